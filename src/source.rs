//! Source noun phrases: finding their edges around a cue and saying what kind of source they are
//! (named, anonymous, vague, an outlet, a pronoun to resolve ...).

use crate::config::OutletKind;
use crate::lexicon::{kind, wf, Hit, Lexicon};
use crate::model::Span;
use crate::text::{
    ends_with_any, is_capitalised, is_quote_char, push_norm, thousands_comma, Lower,
};
use crate::words::{Tok, WordIndex};
use std::borrow::Cow;

/// How an intermediary relays (rubric M.RELAY).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelayKind {
    Wire,
    National,
    State,
    Unspecified,
    Social,
    Journalist,
    /// A person or organisation passing on what someone else told them ("the senator said,
    /// citing two intelligence officials").
    Party,
}

impl RelayKind {
    pub fn of(k: OutletKind) -> RelayKind {
        match k {
            OutletKind::Wire => RelayKind::Wire,
            OutletKind::State => RelayKind::State,
            OutletKind::Social => RelayKind::Social,
            _ => RelayKind::National,
        }
    }
}

/// The hop of the outlet called `name`: listed, or unlisted by that name.
pub fn outlet_hop(lex: &Lexicon, name: &str) -> Hop {
    match lex.outlet_by_name(name) {
        Some(i) => listed_outlet_hop(lex, i, name),
        None => Hop::unlisted(name.trim()),
    }
}

/// The hop of listed outlet `oi`, named as the article `written` it (its Cyrillic alias when
/// written in Cyrillic).
pub fn listed_outlet_hop(lex: &Lexicon, oi: u32, written: &str) -> Hop {
    let info = &lex.outlets[oi as usize];
    Hop {
        name: info.display(written).to_string(),
        kind: RelayKind::of(info.kind),
        outlet: Some(oi),
    }
}

/// An intermediary in a relay chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hop {
    pub name: String,
    pub kind: RelayKind,
    pub outlet: Option<u32>,
}

impl Hop {
    /// An outlet the configuration does not list, known only by its name as written.
    pub fn unlisted(name: impl Into<String>) -> Hop {
        Hop {
            name: name.into(),
            kind: RelayKind::National,
            outlet: None,
        }
    }
}

/// Word sets of the nouns that head a source phrase.
const SOURCE_HEADS: u64 = wf::ANONYMOUS_HEAD
    | wf::VAGUE_HEAD
    | wf::INSTITUTION_HEAD
    | wf::DOCUMENT_HEAD
    | wf::JOURNALIST_HEAD
    | wf::NAMED_HEAD;

/// At most this many words (modifiers and the noun) in a head that opens with a modifier.
const MAX_MODIFIED_HEAD: usize = 4;

/// Specificity of an anonymous source (rubric M.ANON.SPEC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Specificity {
    S0,
    S1,
    S2,
    S3,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Class {
    /// An identified person, organisation, government or document.
    Named {
        document: bool,
        person_without_role: bool,
    },
    /// The publisher's own journalist ("our reporter in Galway").
    Witnessed,
    Anonymous {
        spec: Specificity,
        count: u32,
    },
    /// A generic collective ("experts", "Western countries").
    Vague,
    /// Footage, a screenshot or a post whose origin is not given.
    Unsourced,
    /// An outlet, journalist or unnamed media speaking for itself.
    Outlet(Hop),
    /// "he", "she", "they", "it": resolve to an earlier source.
    Pronoun,
    /// "the source", "the officials", "one of them": an anonymous source mentioned before.
    AnonBackRef {
        spec: Specificity,
        count: u32,
    },
}

impl Class {
    /// A named document ("documents seen by the Echo").
    pub const DOCUMENT: Class = Class::Named {
        document: true,
        person_without_role: false,
    };
}

/// A source noun phrase and what it is.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceNp {
    pub start: usize,
    pub end: usize,
    pub class: Class,
    /// Outlets named inside the phrase ("the source of Ukrainian Truth").
    pub inner_hops: Vec<Hop>,
}

/// Per-article memory of outlet names met so far ("GameDrift" after "news site GameDrift").
#[derive(Debug, Default, Clone)]
pub struct ArticleOutlets {
    pub names: Vec<(String, RelayKind)>,
    /// `names`, lower-cased, as searchers built once: each source phrase is searched for
    /// every name met so far.
    pub lower: Vec<memchr::memmem::Finder<'static>>,
    /// The outlets mentioned, each once, the latest last: "the newspaper" points back to the
    /// last, "the broadcaster" after "told AFP" to the last broadcaster.
    pub recent: Vec<Hop>,
}

impl ArticleOutlets {
    /// The last outlet mentioned.
    pub fn last(&self) -> Option<&Hop> {
        self.recent.last()
    }

    /// The outlet a definite outlet noun points back to: the latest of the noun's medium,
    /// or the latest of all for a noun of no medium ("the outlet", "издание").
    pub fn last_for(&self, lex: &Lexicon, noun: Option<&str>) -> Option<Hop> {
        // (With no outlet met there is nothing to choose from.)
        if self.recent.is_empty() {
            return None;
        }
        match noun.and_then(|n| lex.medium_of(n)) {
            None => self.last().cloned(),
            Some(m) => self
                .recent
                .iter()
                .rev()
                .find(|h| lex.medium_of_hop(h).is_none_or(|k| k == m))
                .cloned(),
        }
    }
}

pub struct Reader<'a> {
    pub text: &'a str,
    pub lex: &'a Lexicon,
    pub hits: &'a [Hit],
    pub words: &'a WordIndex,
    /// Where the last lookup in `hits` ended (see [`crate::text::gallop`]).
    pub hit_finger: std::cell::Cell<usize>,
}

impl<'a> Reader<'a> {
    fn w(&self, w: &Tok) -> &'a str {
        &self.text[w.start..w.end]
    }

    /// The words of `text[s..e]`.
    pub fn words(&self, s: usize, e: usize) -> Cow<'a, [Tok]> {
        self.words.words(self.text, self.lex, s, e)
    }

    /// The index of the first hit that starts at or after `pos`.
    pub fn hit_at(&self, pos: usize) -> usize {
        let i = crate::text::gallop(self.hits, self.hit_finger.get(), |h| h.start < pos);
        self.hit_finger.set(i);
        i
    }

    pub fn hits_in(&self, s: usize, e: usize) -> &'a [Hit] {
        let lo = self.hit_at(s);
        let hi = lo + crate::text::gallop(&self.hits[lo..], 0, |h| h.start < e);
        &self.hits[lo..hi]
    }

    /// Whether the head of `ws` (its first `head_len` words) is a role held at an outlet: the
    /// outlet's possessive right before it ("the BBC's director general"), or a preposition
    /// and the outlet right after it ("a spokesman for The New York Times"). Not "TASS quoted
    /// the spokesman": there the outlet is the subject.
    fn role_of_outlet(&self, ws: &[Tok], head_len: usize) -> bool {
        let (s, e) = (ws[0].start, ws[ws.len() - 1].end);
        if self.text[s..e].contains(['.', '!', '?']) {
            return false;
        }
        let Some(first) = self.hits_in(s, e).iter().find(|h| h.is(kind::OUTLET)) else {
            return false;
        };
        if let Some(pp) = ws.get(head_len) {
            return first.start >= pp.end;
        }
        // The word holding the outlet's end is possessive; at most three role words follow,
        // none an article ("TASS's report quoted the minister" is a clause).
        let Some(k) = ws.iter().position(|w| w.end >= first.end) else {
            return false;
        };
        let raw = self.w(&ws[k]);
        let rest = &ws[k + 1..];
        let possessive = raw.ends_with("'s")
            || raw.ends_with("’s")
            || self.text[ws[k].end..].starts_with(['\'', '’']);
        possessive && (1..=3).contains(&rest.len()) && !rest.iter().any(|w| w.is_n(wf::DETERMINER))
    }

    /// Whether a phrase can be a source: it opens with a determiner, a possessive, a number, a
    /// pronoun, a capitalised word or a known source noun, or its head is a known source noun
    /// after a few lower-case modifiers; and it is not too long.
    pub fn valid_np(&self, s: usize, e: usize) -> bool {
        let ws = self.words(s, e);
        if ws.is_empty() || ws.len() > 16 {
            return false;
        }
        // "…, more than the carrier has disclosed": a comparison, no speaker (not "a study of
        // more than 2,300 people", where it comes later).
        if ws.iter().take(2).any(|w| w.is(wf::COMPARATIVE)) {
            return false;
        }
        let w0 = ws[0];
        let first = self.w(&w0);
        // Nor a complementiser ("что «Облакотех» рассматривает"), unless a determiner too.
        if w0.is(wf::RELATIVE | wf::PREPOSITION)
            || w0.is(wf::NP_STOP | wf::COMPLEMENTIZER) && !w0.is(wf::DEFINITE)
        {
            return false;
        }
        if ws.iter().all(|w| self.w(w).chars().all(|c| c.is_numeric())) {
            return false;
        }
        let lead_ok = is_capitalised(first)
            || first.chars().next().is_some_and(|c| c.is_numeric())
            || w0.is(wf::INDEFINITE
                | wf::DEFINITE
                | wf::POSSESSIVE
                | wf::PRONOUN_PERSON
                | wf::PRONOUN_PLURAL
                | wf::PRONOUN_THING
                | wf::OUTLET_NOUN
                | wf::TITLE
                | wf::UNCONFIRMED_HEAD
                | SOURCE_HEADS);
        // Read only when the lead word does not already qualify.
        // "lead author Amira Hassan", optionally "of Imperial College London" after it.
        let titled_name = || {
            let head = ws
                .iter()
                .position(|w| w.is(wf::PREPOSITION))
                .unwrap_or(ws.len());
            (1..=8).contains(&head)
                && ws.len() - head <= 7
                && self.text[s..ws[head - 1].end].chars().all(|c| {
                    c.is_alphabetic()
                        || c.is_whitespace()
                        || ".'’-&".contains(c)
                        || is_quote_char(c)
                })
                && is_capitalised(self.w(&ws[head - 1]))
                || self.role_then_name(&ws)
        };
        // "senior officials", "industry sources", "state media", "maintenance records": a few
        // lower-case modifiers before a known source noun ending the head (before "of", "who").
        let modified_head = || {
            // The head also ends where "obtained by" / "seen by" begins ("internal records
            // obtained by The Ledger").
            let access = self
                .hits_in(s, e)
                .iter()
                .find(|h| h.is(kind::SELF_REFERENCE))
                .map_or(usize::MAX, |h| h.start);
            let head = ws
                .iter()
                .enumerate()
                .position(|(i, w)| {
                    i > 0
                        && (w.is_n(wf::PREPOSITION | wf::RELATIVE | wf::INCLUSION)
                            || w.start == access
                            // "местный телеграм-канал «Нерельск сейчас»": the outlet noun
                            // before a quoted name.
                            || ws[i - 1].is_n(wf::OUTLET_NOUN)
                                && self.text[ws[i - 1].end..w.start].contains(['«', '„', '“'])
                            // "financial disclosure forms filed with …": a past participle
                            // after the head noun opens its description.
                            || ws[i - 1].is_n(wf::DOCUMENT_HEAD) && w.is_n(wf::PAST_SUFFIX))
                })
                .unwrap_or(ws.len());
            (2..=MAX_MODIFIED_HEAD).contains(&head)
                && ws[..head - 1].iter().enumerate().all(|(i, w)| {
                    // After a lower-case first word, a capitalised modifier too ("senior
                    // Pentagon officials", "captured Dolorian soldiers").
                    !w.is(wf::NP_STOP | wf::ADVERB_SUFFIX)
                        && (self.w(w).chars().all(|c| c.is_lowercase() || c == '-')
                            || i > 0 && is_capitalised(self.w(w)))
                })
                && (ws[head - 1].is_n(SOURCE_HEADS | wf::UNSPECIFIED_MEDIA | wf::OUTLET_NOUN)
                    || self
                        .lex
                        .unspecified_media
                        .contains(&self.norm_phrase(&ws[..head])))
        };
        // Without articles a genitive may follow the head ("областном министерстве
        // здравоохранения"): a source noun after one or two lower-case modifiers heads it.
        let modified_then_genitive = || {
            self.lex.articles.is_empty()
                && (1..ws.len().min(3)).any(|k| {
                    ws[k].is_n(SOURCE_HEADS)
                        && ws[..k].iter().all(|w| {
                            !w.is(wf::NP_STOP | wf::ADVERB_SUFFIX)
                                && self.w(w).chars().all(|c| c.is_lowercase() || c == '-')
                        })
                })
        };
        if !lead_ok && !titled_name() && !modified_head() && !modified_then_genitive() {
            return false;
        }
        // An NP of only determiners is not a source ("the"); a pronoun is ("it", "her").
        ws.iter()
            .any(|w| !w.is(wf::DEFINITE | wf::POSSESSIVE) || w.is(wf::PRONOUN))
    }

    /// "Жительница одного из домов на улице Заводской Наталья Евсеева": where the subject may
    /// follow its verb and no article marks it, a person noun, the place that describes them,
    /// then their first name and surname, all before the verb. Only a first name that cannot
    /// be a genitive is read as one (a consonant or "-й", "-ья", "-ия" ending: "Андрей",
    /// "Наталья"; not "Ивана", which may be "of Ivan").
    fn tail_name(&self, ws: &[Tok]) -> Option<usize> {
        let n = ws.len();
        if !self.lex.verb_subject_order || n < 4 {
            return None;
        }
        let head = ws[0];
        let (first, last) = (self.w(&ws[n - 2]), self.w(&ws[n - 1]));
        // A first name in "-а"/"-я" is a woman's in the nominative only when the verb right
        // after agrees ("… Светлана Орехова назвала"); else it may be a man's in the genitive
        // ("от фракции Андрея Волкова").
        let female_verb = || {
            let after = self.text[ws[n - 1].end..].trim_start();
            let verb = after
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            !verb.is_empty()
                && self
                    .lex
                    .female_verb_suffixes
                    .iter()
                    .any(|x| verb.ends_with(x.as_str()))
        };
        let nominative = first.ends_with("ья")
            || first.ends_with("ия")
            || first
                .chars()
                .next_back()
                .is_some_and(|c| c == 'й' || !"аеёиоуыэюяь".contains(c))
            || (first.ends_with(['а', 'я']) && female_verb())
            // "Юрист по уголовным делам Инна Гарифуллина напоминает": a woman's first name.
            || is_capitalised(first) && self.lex.female_words.contains(&first.lower());
        let person =
            head.is_n(wf::ANONYMOUS_HEAD | wf::TITLE) && !head.is_n(wf::ANONYMOUS_CORE_HEAD);
        (person
            && nominative
            && is_capitalised(first)
            && is_capitalised(last)
            && first.chars().all(char::is_alphabetic)
            && last.chars().all(|c| c.is_alphabetic() || c == '-'))
        .then_some(ws[n - 1].end)
    }

    /// How many capitalised words end `ws`, each of letters and `joiner` only ("Phil Crane",
    /// "Vasquez-Reyes" with '-', "Sen. Price" with '.').
    fn capitalised_run_back(&self, ws: &[Tok], joiner: char) -> usize {
        ws.iter()
            .rev()
            .take_while(|w| {
                let t = self.w(w);
                is_capitalised(t) && t.chars().all(|c| c.is_alphabetic() || c == joiner)
            })
            .count()
    }

    /// "director of rugby Phil Crane", "head of research Ana Lima": where the subject comes
    /// before its verb, a person's role with an "of" phrase, then the name at the end with no
    /// comma (the role's last word is lower-case and no preposition: "director of Acme Foods"
    /// names no person).
    fn role_then_name(&self, ws: &[Tok]) -> bool {
        let n = ws.len();
        if self.lex.verb_subject_order || n < 5 {
            return false;
        }
        let run = self.capitalised_run_back(ws, '-');
        if !(2..=3).contains(&run) || n - run < 3 {
            return false;
        }
        let Some(prep) = ws[1..n - run].iter().position(|w| w.is_n(wf::PREPOSITION)) else {
            return false;
        };
        // The role's noun, right before the preposition (`prep` counts from the second word),
        // and one or two bare lower-case words after it: "of the ruling Civic Union", "on
        // nearby Tanner Street" name a place or a body, not the person.
        let head = ws[prep];
        let object = &ws[prep + 2..n - run];
        let plain = |w: &Tok| {
            self.w(w).chars().all(char::is_lowercase)
                && !w.is(wf::DETERMINER | wf::POSSESSIVE | wf::PREPOSITION | wf::RELATIVE)
        };
        (1..=2).contains(&object.len())
            && object.iter().all(plain)
            && plain(&head)
            && !head.is(wf::ANONYMOUS_CORE_HEAD | wf::NP_STOP)
            // "A survivor interviewed by state broadcaster NBC Nimara": a participle is no role.
            && !head.is_n(wf::PAST_SUFFIX | wf::PARTICIPLE_SUFFIX)
            && !ws[..prep].iter().any(|w| w.is(wf::RELATIVE))
            && self
                .hits_in(ws[n - run].start, ws[n - 1].end)
                .iter()
                .all(|h| !h.is(kind::OUTLET))
    }

    /// Cut a subject phrase that starts at `s` where the predicate begins: at an auxiliary,
    /// adverb, relative pronoun or a quotation mark.
    /// Where the subject of a clause `s..e` ends: before its first lower-case past-tense verb
    /// that does not follow an article, a determiner or a possessive ("The ministry | backed
    /// the plan", not "A | retired general"); `e` when there is none or what is left before
    /// it is no noun phrase.
    pub fn subject_end(&self, s: usize, e: usize) -> usize {
        let ws = self.words(s, e);
        let verb = (1..ws.len()).find(|&i| {
            let w = &ws[i];
            w.is(wf::PAST_SUFFIX)
                && !is_capitalised(self.w(w))
                && !ws[i - 1].is_n(wf::ARTICLE | wf::DETERMINER | wf::POSSESSIVE)
        });
        match verb {
            Some(i) if self.valid_np(s, ws[i - 1].end) => ws[i - 1].end,
            _ => e,
        }
    }

    pub fn cut_forward(&self, s: usize, e: usize) -> (usize, usize) {
        let ws = self.words(s, e);
        let mut end = s;
        // "Замминистра Игорь Савельев в интервью телеканалу РБК (пояснил)": where the subject may
        // follow its verb, a channel cue inside the chunk ends the subject (the channel is read
        // on its own).
        let channel = self
            .lex
            .verb_subject_order
            .then(|| {
                self.hits_in(s, e)
                    .iter()
                    .find(|h| h.start > s && h.is(kind::TO_CHANNEL))
                    .map(|h| h.start)
            })
            .flatten()
            .unwrap_or(e);
        // (A name that ends the chunk is the subject's, not an outlet's after a channel cue:
        // "Тренер Олег Рябов в разговоре с РИА Новости".)
        if channel == e {
            if let Some(end) = self.tail_name(&ws) {
                return (s, end);
            }
        }
        let mut last = 0;
        for (i, w) in ws.iter().enumerate() {
            // ("A later update on the page", "The first report": a stop word right after an
            // article describes the noun after it.)
            let adjective = i == 1 && ws.len() > 2 && ws[0].is(wf::ARTICLE) && !w.is(wf::RELATIVE);
            if i > 0 && (w.is(wf::NP_STOP | wf::RELATIVE) && !adjective || w.start >= channel) {
                break;
            }
            // "Губернатор Павел Орешкин в телеграм-канале (заявил)": where the subject may
            // follow its verb, a preposition before a channel of the speaker's own (past a
            // possessive) ends the phrase; the channel is where they spoke, not who.
            if i > 0 && self.lex.verb_subject_order && w.is_n(wf::PREPOSITION) {
                let next = ws[i + 1..].iter().find(|n| !n.is_n(wf::POSSESSIVE));
                if next.is_some_and(|n| self.lex.owned_channel_nouns.contains(&self.w(n).lower())) {
                    break;
                }
            }
            // "Обвинитель Ирина Калинкина в прениях (просила)": a preposition of time or
            // manner ends the phrase.
            if i > 0
                && w.is(wf::PREPOSITION)
                && ws.get(i + 1).is_some_and(|n| n.is(wf::ADVERBIAL_NOUN))
                && ws.get(i + 2).is_none_or(|n| !is_capitalised(self.w(n)))
            {
                break;
            }
            // A past-tense verb right after a name of two or more words ("Tomas Berg shared the
            // post", "Russian Defence Ministry released footage").
            if i >= 2
                && w.is(wf::PAST_SUFFIX)
                && !is_capitalised(self.w(w))
                && ws[..i].iter().all(|n| is_capitalised(self.w(n)))
            {
                break;
            }
            // "-ly" adverbs that are not names or nouns ("quietly", "repeatedly").
            if i > 0
                && w.is(wf::ADVERB_SUFFIX)
                && !is_capitalised(self.w(w))
                && !w.is(wf::ADVERB_EXCEPTION)
            {
                break;
            }
            end = w.end;
            last = i;
            // Do not run through a full quotation into the predicate (a thousands separator,
            // "200,000 subscribers", is no comma).
            if self.text[w.end..e].starts_with(',') && !thousands_comma(self.text, w.end) {
                break;
            }
        }
        // "Минфин в (своём комментарии)": a preposition left at the end goes with what was cut.
        while last > 0 && ws[last].is(wf::PREPOSITION) && ws[last].end == end {
            last -= 1;
            end = ws[last].end;
        }
        // Include a closing title quote right after the last word ("“Zarechenskaya Pravda”").
        let rest = &self.text[end..e];
        if let Some(c) = rest.chars().next() {
            if is_quote_char(c) {
                end += c.len_utf8();
            }
        }
        (s, end)
    }

    /// Where an anonymous description cut at `cut` by [`Self::cut_forward`] really ends, inside
    /// a chunk that ends at `e`: a phrase opened by an indefinite determiner or a count keeps
    /// what describes its head ("A Western diplomat in Kyiv", "A person involved in the
    /// talks", "A lifeguard who has worked at the pool for six summers"), but not a time ("An
    /// official on Monday"), a channel ("in a statement") or a clause about its anonymity.
    pub fn description_end(&self, s: usize, cut: usize, e: usize) -> usize {
        if !self.text[cut..e].contains(char::is_alphanumeric) {
            return cut;
        }
        let ws = self.words(s, e);
        let Some(k) = ws.iter().position(|w| w.start >= cut).filter(|&k| k > 0) else {
            return cut;
        };
        let head = &ws[k - 1];
        if !ws[0].is(wf::INDEFINITE)
            || is_capitalised(self.w(head))
            || head.is(wf::PRONOUN | wf::PREPOSITION)
            || !self.text[head.end..ws[k].start].trim().is_empty()
        {
            return cut;
        }
        let reason = kind::ANONYMITY | kind::REASON_SUBSTANTIVE | kind::REASON_BOILERPLATE;
        let mut end = cut;
        let mut i = k;
        while let Some(w) = ws.get(i) {
            if w.is(wf::RELATIVE) {
                // A restrictive clause that describes the source, to the end of the chunk.
                if self.hits_in(w.start, e).iter().any(|h| h.is(reason)) {
                    break;
                }
                return ws[ws.len() - 1].end;
            }
            if w.is(wf::PREPOSITION) {
                let noun = ws[i + 1..].iter().find(|n| !n.is(wf::DETERMINER));
                let Some(noun) = noun else {
                    break;
                };
                let adverbial = noun.is(wf::ADVERBIAL_NOUN | wf::PRONOUN)
                    || self.w(noun).starts_with(|c: char| c.is_ascii_digit());
                // "A report in the Financial Times": a document's outlet belongs to it.
                let outlet_of_document = head.is_n(wf::DOCUMENT_HEAD)
                    && self
                        .hits_in(w.start, noun.end)
                        .iter()
                        .all(|h| h.is(kind::OUTLET) && !h.is(kind::VERB));
                if adverbial || !outlet_of_document && !self.hits_in(w.start, noun.end).is_empty() {
                    break;
                }
            } else if w.is(wf::NP_STOP | wf::ADVERB_SUFFIX) && !w.is(wf::ADVERB_EXCEPTION) {
                break;
            }
            end = w.end;
            i += 1;
        }
        end
    }

    /// Where the name starts in a named organisation's phrase that describes it first ("Finnish
    /// public broadcaster Yle", "Trade union GMB"): after a lower-case institution or outlet
    /// noun that an unquoted capitalised name follows to the end of the phrase. People keep
    /// their titles ("Council leader Ruth Ambrose"), and a name in quotation marks keeps what
    /// introduces it ("the streamer \"Kaiyo\"").
    pub fn name_after_description(&self, s: usize, e: usize) -> usize {
        let ws = self.words(s, e);
        let mut j = ws.len();
        while j > 0 && (is_capitalised(self.w(&ws[j - 1])) || ws[j - 1].is(wf::NAME_JOINER)) {
            j -= 1;
        }
        while j < ws.len() && !is_capitalised(self.w(&ws[j])) {
            j += 1;
        }
        if j == 0 || j == ws.len() || !self.lex.noun_describes_name {
            return s;
        }
        // "the campaign group the Taxpayers' Alliance": an article before the name stays.
        let article = j >= 2 && ws[j - 1].is(wf::ARTICLE);
        let (noun, name) = match article {
            true => (&ws[j - 2], &ws[j - 1]),
            false => (&ws[j - 1], &ws[j]),
        };
        let gap = &self.text[noun.end..name.start];
        let trailing = &self.text[ws[ws.len() - 1].end..e];
        if is_capitalised(self.w(noun))
            || !noun.is(wf::INSTITUTION_HEAD | wf::OUTLET_NOUN)
            || !matches!(gap.trim(), "" | ",")
            || trailing.chars().any(is_quote_char)
        {
            return s;
        }
        name.start
    }

    /// The object phrase after a cue ("said the head of the State Department on Monday").
    pub fn object_after(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        let e = e.min(crate::text::ceil_char(self.text, s + 400));
        let ws = self.words(s, e);
        let mut start = None;
        let mut end = s;
        let mut quoted = false;
        for (i, w) in ws.iter().enumerate() {
            // Stop at a comma, a sentence end or a colon between words.
            if i > 0 {
                let gap = &self.text[ws[i - 1].end..w.start];
                // "Sen. Maria Cantwell": the dot of an abbreviated title ends nothing.
                let title_dot = gap.trim_end() == "."
                    && ws[i - 1].is(wf::ABBREVIATION | wf::TITLE)
                    && is_capitalised(self.w(w));
                if !title_dot
                    && (gap.contains([',', ';', ':', '(', '[', '.', '!', '?', '—', '–'])
                        || gap.contains(" - "))
                {
                    break;
                }
            }
            // "сообщил ТАСС источник в правительстве": where the subject may follow its verb,
            // a place after an anonymous source noun belongs to it ("— сказал Корнилов в
            // интервью" does not).
            let gap_before = &self.text[if i > 0 { ws[i - 1].end } else { s }..w.start];
            // Not the last word of a quoted name ("«Тарханский инсайдер» со ссылкой на").
            let source_place = self.lex.verb_subject_order
                && i > 0
                && w.is(wf::PREPOSITION)
                && ws[i - 1].is_n(wf::ANONYMOUS_HEAD)
                && !is_capitalised(self.w(&ws[i - 1]))
                && !gap_before.contains(['»', '“', '”']);
            // Inside a quoted name ("телеграм-канал «Утечки и взломы»") nothing stops it.
            if gap_before.contains(['«', '„']) {
                quoted = true;
            } else if gap_before.contains(['»', '“', '”']) {
                quoted = false;
            }
            // A capitalised stop word inside a name goes on with it ("Westvale Today TV").
            let in_name = i > 0 && is_capitalised(self.w(w)) && is_capitalised(self.w(&ws[i - 1]));
            // "— сказала одна из соседок": a quantifier's partitive goes on with it.
            let partitive =
                i > 0 && w.is_n(wf::PARTITIVE) && ws[i - 1].is_n(wf::BACK_REFERENCE_QUANTIFIER);
            // "— пояснила на пресс-конференции в ТАСС Елена …": where the subject may follow its
            // verb, a second place phrase after a first with no name yet goes on to the name.
            let place_run = self.lex.verb_subject_order
                && (2..=4).contains(&i)
                && w.is_n(wf::PREPOSITION)
                && ws[0].is_n(wf::PREPOSITION)
                && ws[..i].iter().all(|x| !is_capitalised(self.w(x)));
            if start.is_some()
                && w.is(wf::NP_POST_STOP)
                && !source_place
                && !quoted
                && !in_name
                && !partitive
                && !place_run
            {
                break;
            }
            // "…, писал тогда РБК": where the subject may follow its verb, an adverb between
            // them is neither.
            let adverb_before_name = start.is_none()
                && self.lex.verb_subject_order
                && w.is(wf::NP_STOP)
                && !w.is_n(wf::PREPOSITION)
                && !is_capitalised(self.w(w))
                && ws.get(i + 1).is_some_and(|n| {
                    is_capitalised(self.w(n)) && !self.text[w.end..n.start].contains([',', '.'])
                });
            if start.is_none() && !adverb_before_name {
                start = Some(w.start);
            }
            if start.is_some() {
                end = w.end;
            }
        }
        let st = start?;
        // "told Canal+": a listed name that goes on past its last word with no space between.
        let glued = self
            .hits_in(st, end)
            .iter()
            .filter(|h| h.is(kind::OUTLET) && h.end > end)
            .map(|h| h.end)
            .find(|&x| !self.text[end..x].contains(char::is_whitespace));
        Some((st, glued.unwrap_or(end)))
    }

    /// The object of "told" in `[s, e)` ([`Self::object_after`]) without the reported clause
    /// that follows it with no "that": "told the paper | the road was closed", "told the Echo |
    /// she had". A lower-case article or pronoun right after a noun opens that clause.
    pub fn told_object(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        let (s, e) = self.object_after(s, e)?;
        let ws = self.words(s, e);
        let cut = ws.windows(2).find(|p| {
            p[1].is(wf::ARTICLE | wf::PRONOUN)
                && !is_capitalised(self.w(&p[1]))
                && !p[0].is(wf::PREPOSITION | wf::NAME_JOINER | wf::DETERMINER | wf::POSSESSIVE)
        });
        Some((s, cut.map_or(e, |p| p[0].end)))
    }

    /// Classify a source phrase. `unit` is the claim unit, for anonymity clauses around it.
    pub fn classify(
        &self,
        s: usize,
        e: usize,
        unit: (usize, usize),
        outlets: &ArticleOutlets,
    ) -> SourceNp {
        let mut np = SourceNp {
            start: s,
            end: e,
            class: Class::Named {
                document: false,
                person_without_role: false,
            },
            inner_hops: Vec::new(),
        };
        let ws = self.words(s, e);
        if ws.is_empty() {
            np.class = Class::Vague;
            return np;
        }
        let l = self.lex;
        // "Neither Corrigan nor Marsh (has commented)", "No official", "Никто": no one speaks
        // (not "No. 10").
        let first = self.w(&ws[0]);
        let negative = |n: &String| {
            if first.is_ascii() {
                first.eq_ignore_ascii_case(n)
            } else {
                first.chars().flat_map(char::to_lowercase).eq(n.chars())
            }
        };
        if !self.text[ws[0].end..].starts_with('.') && l.negative_subjects.iter().any(negative) {
            np.class = Class::Unsourced;
            return np;
        }
        if let Some((s2, e2)) = self.without_first_hand_object(&ws) {
            return self.classify(s2, e2, unit, outlets);
        }
        // "Doctors Without Borders", "Reporters Without Borders": where articles mark noun
        // phrases, a plural word, a capitalised preposition and capitalised words after it
        // are one organisation's name, not a group of people or an outlet's journalists.
        let title_case_org = !l.articles.is_empty()
            && ws.len() >= 3
            && ws[0].is_n(wf::PLURAL)
            && ws[1].is_n(wf::PREPOSITION)
            && ws[1..].iter().all(|w| is_capitalised(self.w(w)));
        if title_case_org {
            return np;
        }
        // "Space.com": a bare web address is a website (a listed one is read as listed, below).
        if let [w] = &ws[usize::from(ws.len() == 2 && ws[0].is_n(wf::ARTICLE))..] {
            if self.is_web_address(w) && !self.hits_in(s, e).iter().any(|h| h.is(kind::OUTLET)) {
                np.class = Class::Outlet(Hop::unlisted(self.w(w)));
                return np;
            }
        }
        // "One of the sources", "один из собеседников РБК": one of a group of sources is a
        // source of the group's kind (and of its outlet).
        if ws.len() > 2
            && ws[0].is_n(wf::BACK_REFERENCE_QUANTIFIER)
            && ws[1].is_n(wf::PARTITIVE)
            && !ws[2].is_n(wf::PARTITIVE_TARGET)
        {
            let inner_start = ws[2..]
                .iter()
                .find(|w| !w.is_n(wf::DETERMINER))
                .filter(|w| w.is_n(wf::ANONYMOUS_CORE_HEAD));
            if let Some(w) = inner_start {
                let inner = self.classify(w.start, e, unit, outlets);
                if matches!(inner.class, Class::Anonymous { .. }) {
                    return SourceNp {
                        start: s,
                        end: e,
                        ..inner
                    };
                }
            }
        }
        // "Депутат … от оппозиционной фракции Андрей Волков": named by the name at its end.
        if self.tail_name(&ws).is_some() || self.role_then_name(&ws) {
            return np;
        }
        // "A lawyer for Halvorsen, Julian Pryce": a person's role with their name in apposition
        // names them (not a core source noun: "a source close to the club, Real Madrid").
        if let Some(comma) = self.text[s..e].rfind(',').map(|i| s + i) {
            let tail = self.words(comma, e);
            // Past determiners and possessives, a name's among them ("Rovers' director of
            // football, Neil Ashcombe").
            // The role may follow its organisation's name ("Cornwall Council's cabinet member
            // for transport, Cllr Alan Rowe"): any noun before a preposition heads it.
            let pre = &ws[..ws.len() - tail.len()];
            let pre = &pre[..pre
                .iter()
                .position(|w| w.is_n(wf::PREPOSITION | wf::RELATIVE))
                .unwrap_or(pre.len())];
            let head_word = pre
                .iter()
                .rfind(|w| w.is_n(wf::ANONYMOUS_HEAD | wf::TITLE))
                .or_else(|| {
                    pre.iter().find(|w| {
                        let possessive_name =
                            self.w(w).ends_with('s') && self.text[w.end..].starts_with(['\'', '’']);
                        !w.is_n(wf::DETERMINER | wf::POSSESSIVE) && !possessive_name
                    })
                });
            let named_tail = (2..=4).contains(&tail.len())
                && tail
                    .iter()
                    .all(|w| is_capitalised(self.w(w)) || w.is(wf::NAME_JOINER))
                && self.hits_in(comma, e).iter().all(|h| !h.is(kind::OUTLET));
            if named_tail
                && head_word.is_some_and(|w| {
                    w.is_n(wf::ANONYMOUS_HEAD | wf::TITLE) && !w.is_n(wf::ANONYMOUS_CORE_HEAD)
                })
            {
                return np;
            }
        }
        // "A user posting as @halfbakedhome": an account's handle names it.
        if let Some(at) = self.text[s..e].find('@').map(|i| s + i) {
            if let Some(w) = ws.iter().find(|w| w.start == at + 1) {
                np.start = at;
                np.end = w.end;
                return np;
            }
        }
        // The phrase as normalised words joined by single spaces, built when a test reads it.
        let phrase_cell = std::cell::OnceCell::new();
        let phrase = || phrase_cell.get_or_init(|| self.norm_phrase(&ws)).as_str();
        // Head region: up to the first preposition or relative word.
        let head_len = ws
            .iter()
            .enumerate()
            .position(|(i, w)| i > 0 && w.is_n(wf::PREPOSITION | wf::RELATIVE | wf::INCLUSION))
            .unwrap_or(ws.len());
        let head = &ws[..head_len];
        let w0 = ws[0];
        let common_first = w0.is_n(
            wf::VAGUE_HEAD
                | wf::ANONYMOUS_HEAD
                | wf::INSTITUTION_HEAD
                | wf::DOCUMENT_HEAD
                | wf::JOURNALIST_HEAD
                | wf::NAMED_HEAD
                | wf::UNCONFIRMED_HEAD,
        );
        // "Meteorologists say": one word for people of a trade, no outlet's.
        let group_noun = || {
            ws.len() == 1
                && w0.is_n(wf::PLURAL)
                && !self.hits_in(s, e).iter().any(|h| h.is(kind::OUTLET))
                && l.group_noun_suffixes
                    .iter()
                    .any(|x| self.w(&w0).lower().ends_with(x.as_str()))
        };
        // A sentence-initial common noun ("Analysts say") or a determiner is not a name.
        let first_not_name =
            common_first || w0.is_n(wf::DEFINITE | wf::INDEFINITE | wf::POSSESSIVE) || group_noun();
        // The phrase's hits, read by the tests below.
        let phrase_hits = self.hits_in(s, e);
        // An outlet named inside a person's description is no name of theirs ("источников
        // ТАСС", "Reuters sources"): it is a relay, read below.
        let in_outlet = |w: &Tok| {
            phrase_hits
                .iter()
                .any(|h| h.is(kind::OUTLET) && h.start <= w.start && w.end <= h.end)
        };
        // "Источник «Заречье.Инфо»", "собеседник «СпортАрены»": a name in guillemets after a
        // source noun is an organisation's, not the source's own.
        let quoted_org =
            |w: &Tok| ws[0].is_n(wf::ANONYMOUS_CORE_HEAD) && self.in_guillemets(s, w.start);
        let in_outlet = |w: &Tok| in_outlet(w) || quoted_org(w);
        let has_name_in_head = head.iter().enumerate().any(|(i, w)| {
            if !is_capitalised(self.w(w)) || (i == 0 && first_not_name) || in_outlet(w) {
                return false;
            }
            // "Несколько жителей Соснового Лога": where no article marks the noun phrase, a
            // capitalised run that ends the phrase after a quantified group noun is a genitive
            // (a group has no one name in apposition).
            let quantified_group = l.articles.is_empty()
                && i >= 2
                && head[0].is_n(wf::INDEFINITE)
                && head[1].is_n(wf::ANONYMOUS_HEAD | wf::VAGUE_HEAD)
                && head[2..].iter().all(|n| is_capitalised(self.w(n)));
            if quantified_group {
                return false;
            }
            // "японские СМИ": the abbreviation for the media is no name.
            if w.is_n(wf::UNSPECIFIED_MEDIA) {
                return false;
            }
            // Capitalised modifiers before a lower-case noun ("a Western diplomat", "A White
            // House official") are no name; a name before its appositive is ("Ruiz, chief
            // executive of …"). The word after the whole capitalised run, in a language of noun
            // compounds (one with articles, as English); the next word in one that puts
            // modifiers after the noun ("Северного НИИ педиатрии").
            let j = if l.articles.is_empty() {
                i + 1
            } else {
                head[i + 1..]
                    .iter()
                    .position(|n| !is_capitalised(self.w(n)))
                    .map_or(head.len(), |k| i + 1 + k)
            };
            // "жительница Заречья", "сотрудник Газпрома": where no article marks the noun
            // phrase, one capitalised word ending it right after a lower-case person noun is a
            // genitive (the place or the employer), not the person's name.
            // "Жители посёлка Заречье": so is a place's name after a place noun.
            let place_name = || {
                i >= 2 && l.place_nouns.contains(&self.w(&head[i - 1]).lower()) && {
                    head[1..i - 1].iter().all(|w| !is_capitalised(self.w(w)))
                }
            };
            let genitive = l.articles.is_empty()
                && i + 1 == head.len()
                && (i == 1 || place_name())
                && head[0].is_n(wf::ANONYMOUS_HEAD | wf::VAGUE_HEAD)
                && !head[0].is_n(wf::TITLE | wf::NAMED_HEAD);
            match head.get(j) {
                None => !genitive,
                Some(n) => {
                    is_capitalised(self.w(n))
                        || !self.w(n).chars().next().is_some_and(|c| c.is_alphabetic())
                        || self.text[w.end..n.start].contains(',')
                }
            }
        });
        // "Cabinet member for housing Cllr Jo Reed": past the head's preposition, a phrase
        // that ends in a title and a name after a lower-case word ends in the person's name
        // (not "a spokesman for Halden Works", "a member of the ruling Civic Union", where the
        // run is what the preposition governs), in a language of noun compounds (one with
        // articles, as English).
        let has_name_in_head = has_name_in_head
            || !l.articles.is_empty() && head_len < ws.len() && {
                let run = self.capitalised_run_back(&ws, '.');
                let before = ws.len() - run;
                run >= 2
                    && ws[before].is_n(wf::TITLE)
                    && before > head_len + 1
                    && self.w(&ws[before - 1]).starts_with(char::is_lowercase)
                    && !ws[before - 1].is_n(
                        wf::PREPOSITION
                            | wf::DETERMINER
                            | wf::POSSESSIVE
                            | wf::RELATIVE
                            | wf::COORDINATOR
                            | wf::NAME_JOINER,
                    )
                    && !ws[before..].iter().any(in_outlet)
            };
        let has_name_anywhere = ws.iter().enumerate().any(|(i, w)| {
            is_capitalised(self.w(w)) && !(i == 0 && first_not_name) && !in_outlet(w)
        });
        let last_head = head[head.len() - 1];
        let last_plural = last_head.is_n(wf::PLURAL);
        let in_set = |f: u64| head.iter().any(|w| w.is_n(f));
        let in_set2 = |set: &crate::lexicon::HashSet<String>| self.any_bigram(head, set);

        // Outlets named in the phrase, as hops only where a class takes them.
        let outlet_hits = || {
            phrase_hits
                .iter()
                .filter(|h| h.end <= e && h.is(kind::OUTLET))
                .filter_map(|h| h.entry.outlet.map(|oi| (oi, h.start, h.end)))
        };
        let hop_of = |(oi, a, b): (u32, usize, usize)| listed_outlet_hop(l, oi, &self.text[a..b]);
        // Outlet nouns ("newspaper", "news site") and name parts ("Herald").
        // A capitalised noun that also heads institutions names one ("the International Energy
        // Agency"); "the agency" and "Xinhua News Agency" stay outlets.
        // "its website", "his blog": the speaker's own channel, not an outlet.
        // "the company's website", "сайта компании": an institution's own channel, too.
        let own = |i: usize| {
            let institution = |w: &Tok| w.is_n(wf::INSTITUTION_HEAD) && !is_capitalised(self.w(w));
            i > 0 && ws[i - 1].is(wf::POSSESSIVE) && !ws[i - 1].is(wf::FIRST_PERSON)
                || i > 0 && institution(&ws[i - 1]) && self.possessive_form(&ws[i - 1])
                || l.articles.is_empty() && ws.get(i + 1).is_some_and(institution)
        };
        // "network operator Western Grid": an outlet noun before a lower-case noun of another
        // kind only modifies it, in a language of noun compounds (one with articles, as
        // English; not "цитирует агентство слова министра").
        let modifier = |i: usize| {
            !l.articles.is_empty()
                && ws.get(i + 1).is_some_and(|n| {
                    let raw = self.w(n);
                    raw.starts_with(char::is_lowercase)
                        && !n.is_n(
                            wf::OUTLET_NOUN
                                | wf::JOURNALIST_HEAD
                                | wf::PREPOSITION
                                | wf::RELATIVE
                                | wf::DETERMINER
                                | wf::POSSESSIVE
                                | wf::NP_STOP,
                        )
                })
        };
        // "the charity Diabetes Action Network": a capitalised outlet noun in the name of an
        // institution described by a lower-case noun before it.
        let described_institution = |i: usize| {
            is_capitalised(self.w(&ws[i]))
                && ws[..i]
                    .iter()
                    .rposition(|p| !is_capitalised(self.w(p)))
                    .is_some_and(|j| j + 1 < i && ws[j].is_n(wf::INSTITUTION_HEAD))
        };
        // Not in a relative clause about a person ("a researcher who reviewed the paper").
        let described = &ws[..ws
            .iter()
            .position(|w| w.is_n(wf::RELATIVE))
            .unwrap_or(ws.len())];
        let outlet_noun = described.iter().enumerate().any(|(i, w)| {
            let institution = w.is_n(wf::INSTITUTION_HEAD) && is_capitalised(self.w(w));
            // "Social network Murmur": a modifier that makes a lower-case noun no medium (not
            // a name's word: "Computer Weekly"); in a name, only a broadcast noun ("the Polar
            // Monitoring Network").
            let non_media = i > 0
                && described[i - 1].is_n(wf::NON_MEDIA_MODIFIER)
                && (!is_capitalised(self.w(w)) || {
                    let noun = self.w(w).lower();
                    l.medium_nouns
                        .iter()
                        .any(|(k, set)| *k == OutletKind::Broadcaster && set.contains(&noun))
                });
            w.is_n(wf::OUTLET_NOUN)
                && !(institution || non_media || own(i) || modifier(i) || described_institution(i))
        }) || self.any_bigram(described, &l.outlet_nouns);
        // Read only where an outlet or a journalist is to be named.
        let name_run = || self.proper_run(&ws);
        // Read only where a phrase may name an unlisted outlet (below).
        // A name part inside a name ("The North Wales Herald"), not a capitalised modifier of a
        // lower-case noun ("Independent experts").
        // "The Independent Retailers Association": a capitalised institution noun ends the
        // name of an organisation, whatever outlet name part opens it.
        let institution_name = is_capitalised(self.w(&last_head))
            && last_head.is_n(wf::INSTITUTION_HEAD)
            && !last_head.is_n(wf::OUTLET_NOUN);
        let name_part = || {
            !institution_name
                && ws.iter().enumerate().any(|(i, w)| {
                    let raw = self.w(w);
                    // Not a title before a name ("Majority Leader Thomas Reyes").
                    // Nor a compound's lower-case head after it ("Пресс-атташе").
                    let mut parts = raw.split(['-', '’', '\'']).peekable();
                    let part = std::iter::from_fn(|| {
                        let p = parts.next()?;
                        Some((p, parts.peek().is_none_or(|n| is_capitalised(n))))
                    })
                    .any(|(p, next_ok)| next_ok && l.is_outlet_name_part(p));
                    // (A channel number may end the name: "KSVN News 10".)
                    let name_goes_on = |n: &Tok| {
                        is_capitalised(self.w(n)) || self.w(n).bytes().all(|b| b.is_ascii_digit())
                    };
                    !w.is_n(wf::TITLE) && part && ws.get(i + 1).is_none_or(name_goes_on)
                })
        };
        let known_dynamic = || {
            outlets
                .names
                .iter()
                .zip(&outlets.lower)
                .find(|(_, low)| {
                    let n = low.needle().len();
                    // As whole words of the phrase: "An" is no outlet in "hallanshire police".
                    let b = phrase().as_bytes();
                    n > 0
                        && n <= b.len()
                        && low.find_iter(b).any(|i| {
                            (i == 0 || b[i - 1] == b' ') && b.get(i + n).is_none_or(|&c| c == b' ')
                        })
                })
                .map(|(n, _)| n)
        };
        // "our reporter", and "с которыми поговорил наш корреспондент": the publisher's own.
        let is_first_person = w0.is_n(wf::FIRST_PERSON)
            || ws
                .windows(2)
                .any(|p| p[0].is_n(wf::FIRST_PERSON) && p[1].is_n(wf::JOURNALIST_HEAD));
        let journalist = in_set(wf::JOURNALIST_HEAD);
        // "the official Lusavian news agency LUNA": in a language of noun compounds (one with
        // articles), a source noun before an outlet noun in the head qualifies the outlet; it
        // is no person ("a news agency official" is one; "собеседник агентства" is too).
        // "Telegram-канал «Приозёрский инсайдер»": a word of an outlet's quoted name heads
        // nothing.
        let quoted_outlet_name =
            |w: &Tok| w0.is_n(wf::OUTLET_NOUN) && self.in_guillemets(s, w.start);
        let anon_head = head.iter().enumerate().any(|(i, w)| {
            let rest = &head[i + 1..];
            // Not a modifier of a document noun that ends the head ("official league
            // statistics"), where the head comes last (a language with articles).
            let modifies_document =
                !l.articles.is_empty() && !rest.is_empty() && last_head.is_n(wf::DOCUMENT_HEAD);
            w.is_n(wf::ANONYMOUS_HEAD)
                && !quoted_outlet_name(w)
                && !modifies_document
                && (l.articles.is_empty()
                    || !(rest.iter().any(|n| n.is_n(wf::OUTLET_NOUN))
                        || self.any_bigram(rest, &l.outlet_nouns)))
        }) || in_set2(&l.anonymous_heads);
        let named_head = in_set(wf::NAMED_HEAD) || in_set2(&l.named_heads);

        // "our reporter in Galway", "корреспондент нашего издания", "a reporter for our
        // paper": the publisher's own journalist.
        let ours = || ws.iter().any(|w| w.is_n(wf::FIRST_PERSON));
        if journalist && (is_first_person || ours()) {
            np.class = Class::Witnessed;
            return np;
        }
        // "Russian news agencies": a listed pair after a capitalised modifier.
        let modified_pair = || {
            head.len() == 3
                && is_capitalised(self.w(&head[0]))
                && self.any_bigram(&head[1..], &l.unspecified_media)
        };
        let unspecified = || {
            (ws.len() <= 4
                && (l.unspecified_media.contains(phrase())
                    || (last_head.is_n(wf::UNSPECIFIED_MEDIA) && !has_name_in_head)))
                || (head.len() <= 3 && in_set(wf::UNSPECIFIED_MEDIA) && !has_name_in_head)
                || modified_pair()
        };
        // A configured outlet named in full wins over the generic patterns below
        // ("the Waterways Ministry's Telegram channel" listed as an outlet).
        if !anon_head && !journalist {
            let configured = phrase_hits
                .iter()
                .find(|h| h.end <= e && h.is(kind::OUTLET) && h.entry.channel)
                .and_then(|h| h.entry.outlet.map(|oi| (oi, h.start, h.end)));
            if let Some(hit) = configured {
                np.class = Class::Outlet(hop_of(hit));
                return np;
            }
        }
        // Read before "obtained by" / "seen by": what follows is who saw a document ("records
        // obtained by The Ledger and accounts from six employees" is no social account).
        let before_access = || match phrase_hits.iter().find(|h| h.is(kind::SELF_REFERENCE)) {
            Some(h) => l.social_any.in_text(&self.text[s..h.start].lower()),
            None => l.social_any.in_text(phrase()),
        };
        // "Многие болельщики в соцсетях", "fans on social media": a generic group, wherever it
        // speaks.
        // (Where no article marks the phrase, the noun may open it before a genitive: "Жители
        // Заречного в соцсетях".)
        let vague_group = (last_head.is_n(wf::VAGUE_HEAD)
            || l.articles.is_empty() && head[0].is_n(wf::VAGUE_HEAD))
            && !l.social_any.in_text(&self.norm_phrase(head));
        // "its annual accounts", "the company's latest accounts": a party's own document
        // whose noun may also name social accounts, with nothing social before it.
        let own_document = || {
            (w0.is_n(wf::POSSESSIVE)
                || head[..head.len() - 1]
                    .iter()
                    .any(|w| self.possessive_form(w)))
                && last_head.is_n(wf::DOCUMENT_HEAD)
                && !l
                    .social_any
                    .in_text(&self.norm_phrase(&head[..head.len() - 1]))
        };
        // "A video circulating on social media", "Another post, circulated in a private
        // parents' group,": an item passed around, with no one named as its maker, is no
        // identifiable source (nor is the platform that carries it a relay).
        let circulated = || {
            let passed_on = |w: &Tok| w.is_n(wf::CIRCULATION);
            !w0.is_n(wf::DEFINITE | wf::POSSESSIVE)
                && in_set(wf::DOCUMENT_HEAD | wf::UNCONFIRMED_HEAD)
                && !self.text[s..e].contains(" by ")
                && !ws.iter().any(|w| self.possessive_form(w))
                && (ws.iter().any(passed_on)
                    || self
                        .words(e, unit.1)
                        .first()
                        .is_some_and(|w| passed_on(w) && self.text[e..w.start].trim() == ","))
        };
        if !anon_head && circulated() {
            np.class = Class::Unsourced;
            return np;
        }
        if !anon_head && !vague_group && before_access() && !own_document() {
            np.class = Class::Outlet(Hop {
                name: self.text[s..e].trim().to_string(),
                kind: RelayKind::Social,
                outlet: None,
            });
            return np;
        }
        if !anon_head && unspecified() {
            np.class = Class::Outlet(Hop {
                name: self.text[s..e].trim().to_string(),
                kind: RelayKind::Unspecified,
                outlet: None,
            });
            return np;
        }
        let definite = w0.is_n(wf::DEFINITE);
        // Generic back-reference to the last outlet: "the newspaper", "the edition".
        // A language without articles ("по информации агентства") reads a bare noun as definite.
        // Not the publisher's own noun ("нашему | изданию").
        let ours = || self.first_person_before(s);
        // The outlet met last that the phrase's outlet noun fits ("the broadcaster": not the
        // agency named after it).
        let fitting_outlet = || {
            let noun = ws.iter().rev().find(|w| w.is_n(wf::OUTLET_NOUN));
            outlets.last_for(l, noun.map(|w| self.w(w)))
        };
        let last_outlet = || {
            ((definite || l.articles.is_empty()) && outlet_noun && !ours())
                .then(fitting_outlet)
                .flatten()
        };
        // "the agency" after "the UN refugee agency": the institution last named with the noun.
        if ws.len() <= 3
            && !anon_head
            && (definite || l.articles.is_empty())
            && name_run().is_none()
            && self.noun_last_named_institution(&ws, s, outlets.last())
        {
            np.class = Class::Named {
                document: false,
                person_without_role: false,
            };
            return np;
        }
        // "нашему изданию": the publisher's own noun, first-hand.
        if ws.len() == 1 && outlet_noun && ours() {
            return np;
        }
        // Not "the paper's sources": people of the outlet (below).
        if ws.len() <= 3 && !anon_head {
            if let Some(last) = last_outlet().filter(|_| name_run().is_none()) {
                np.class = Class::Outlet(last);
                return np;
            }
        }
        // "Two residents reached by telephone by Reuters": people an outlet reached.
        let reached = || {
            ws.iter().skip(1).any(|w| w.is_n(wf::CONTACT_PARTICIPLE))
                && !ws[0].is_n(wf::CONTACT_PARTICIPLE)
                && outlet_hits().next().is_some()
        };
        let person_of_outlet = anon_head && !named_head || reached();
        // "A spokesman for The New York Times", "the BBC's director general": a person who
        // speaks for the outlet as an organisation, first-hand.
        let speaks_for_outlet = (named_head || head.len() >= 2 && last_head.is_n(wf::TITLE))
            && self.role_of_outlet(&ws, head_len);
        if !person_of_outlet && !journalist && !speaks_for_outlet {
            // The outlet the phrase names: a listed one, or one read from an outlet noun, a
            // name part or a name the article has used for an outlet.
            let outlet = || -> Option<Hop> {
                if let Some(oi) = outlet_hits().next() {
                    return Some(hop_of(oi));
                }
                let known_dynamic = known_dynamic();
                // "the UN humanitarian agency", "концертного агентства": a noun that names
                // outlets only bare ("the agency") or qualified ("news agency") is no outlet
                // with other modifiers.
                let qualified_only = outlet_noun
                    && !self.any_bigram(&ws, &l.outlet_nouns)
                    && ws.iter().all(|w| {
                        !w.is_n(wf::OUTLET_NOUN)
                            || l.qualified_outlet_nouns.contains(&self.w(w).lower())
                    })
                    && ws.iter().any(|w| {
                        !w.is_n(wf::OUTLET_NOUN | wf::DETERMINER | wf::POSSESSIVE | wf::PREPOSITION)
                    });
                // Bare ("the agency") with no outlet named before: the institution the
                // article is about, not an unnamed outlet.
                // "According to the paper", "the paper reports": a document noun too, with no
                // outlet named before, is the study's paper (a listener, "told the paper", is
                // read as an outlet by the caller).
                let bare_unknown = outlet_noun
                    && ws.iter().all(|w| {
                        w.is_n(wf::DETERMINER | wf::DOCUMENT_HEAD)
                            || l.qualified_outlet_nouns.contains(&self.w(w).lower())
                    })
                    && fitting_outlet().is_none();
                // "The outage-tracking website Downdetector": an unlisted website or portal
                // (`sources.data_site_nouns`) described by what it does, not called a news one
                // ("news website" is an outlet noun of its own) nor named by a web address, is a
                // data service that speaks for itself.
                let data_site = || {
                    if l.data_site_nouns.is_empty() {
                        return false;
                    }
                    let site = |w: &Tok| {
                        w.is_n(wf::OUTLET_NOUN) && l.data_site_nouns.contains(&self.w(w).lower())
                    };
                    // What it does, in a hyphened modifier right before the noun ("outage-
                    // tracking", "price-comparison"): not "football website GoalLine".
                    let service = ws.windows(2).any(|p| {
                        let m = self.w(&p[0]);
                        site(&p[1])
                            && m.contains('-')
                            && (m.starts_with(char::is_lowercase) || p[0].start == ws[0].start)
                    });
                    service
                        && ws.iter().all(|w| !w.is_n(wf::OUTLET_NOUN) || site(w))
                        && !ws.iter().any(|w| w.is_n(wf::WEB_DOMAIN))
                        && !self.any_bigram(&ws, &l.outlet_nouns)
                };
                if known_dynamic.is_none() && data_site() {
                    return None;
                }
                let noun = outlet_noun && !qualified_only && !bare_unknown;
                if !(noun || (has_name_anywhere && name_part()) || known_dynamic.is_some()) {
                    return None;
                }
                // A name in guillemets is the whole name ("«Утечки и взломы»").
                let quoted = self.text[s..e].split_once('«').and_then(|(_, r)| {
                    // The phrase may end before the closing mark.
                    let inner = r.split_once('»').map_or(r, |(inner, _)| inner);
                    inner
                        .starts_with(char::is_uppercase)
                        .then(|| inner.trim().to_string())
                });
                // "в Telegram-канале Росавиации": a channel's owner, unquoted in the language's
                // own script, is no outlet's name.
                let owner = |a: usize| {
                    let before = self.words(s, a);
                    self.text[a..].starts_with(|c: char| !c.is_ascii())
                        && before.last().is_some_and(|w| {
                            l.owned_channel_nouns.contains(&self.w(w).lower())
                                && self.text[w.end..a].trim().is_empty()
                        })
                };
                let run = name_run();
                if quoted.is_none() && known_dynamic.is_none() && run.is_some_and(|(a, _)| owner(a))
                {
                    return None;
                }
                // "— говорится в комментарии МИД в Telegram-канале": a channel noun alone, its
                // owner before it, is the speaker's own channel, no outlet.
                if quoted.is_none()
                    && known_dynamic.is_none()
                    && run.is_some_and(|(a, b)| {
                        l.owned_channel_nouns.contains(&self.text[a..b].lower())
                    })
                {
                    return None;
                }
                let name = match (run, known_dynamic) {
                    _ if quoted.is_some() => quoted.unwrap_or_default(),
                    (Some((a, b)), _) => self.text[a..b].to_string(),
                    (None, Some((n, _))) => n.clone(),
                    _ => self.text[s..e].trim().to_string(),
                };
                let kind = known_dynamic
                    .map(|(_, k)| *k)
                    .unwrap_or(RelayKind::National);
                Some(Hop {
                    name,
                    kind,
                    outlet: None,
                })
            };
            if let Some(hop) = outlet() {
                // "a study published in the Journal of X": the journal is where the document
                // appeared; the document is the named origin.
                if in_set(wf::DOCUMENT_HEAD) && l.venue_any.in_text_any_case(&self.text[s..e]) {
                    np.class = Class::Named {
                        document: true,
                        person_without_role: false,
                    };
                    return np;
                }
                // "council documents seen by the Echo": the documents are the origin, the
                // outlet that saw them (a `self_reference` phrase after the document) a relay,
                // or first-hand when it is the publisher ("screenshots reviewed by The
                // Verge" too: unsourced items an outlet vouches for having seen).
                let access = head
                    .iter()
                    .rfind(|w| w.is_n(wf::DOCUMENT_HEAD | wf::UNCONFIRMED_HEAD))
                    .and_then(|d| {
                        self.hits_in(d.end, e)
                            .iter()
                            .find(|h| h.is(kind::SELF_REFERENCE) && h.end <= e)
                    });
                if let Some(h) = access {
                    np.class = Class::DOCUMENT;
                    // "seen by this newspaper", "obtained by us": first-hand.
                    let by = crate::text::norm(self.text[h.end..e].trim());
                    // "reviewed by the magazine": a bare outlet noun is the outlet last
                    // named, or the publisher (first-hand) when none was.
                    let by_words = self.words(h.end, e);
                    let bare_noun = !l.first_hand_objects.contains(&by)
                        && by_words.first().is_some_and(|w| w.is_n(wf::DEFINITE))
                        && by_words.iter().any(|w| w.is_n(wf::OUTLET_NOUN))
                        && by_words
                            .iter()
                            .all(|w| w.is_n(wf::DETERMINER | wf::OUTLET_NOUN));
                    if bare_noun {
                        np.inner_hops = outlets.last().cloned().into_iter().collect();
                    } else if !l.first_hand_objects.contains(&by) {
                        // The relay is whoever saw it: a known outlet after the phrase, else
                        // the name there ("obtained by The Ledger and accounts from …").
                        let seen_by = outlet_hits()
                            .find(|&(_, a, _)| a >= h.end)
                            .map(hop_of)
                            .or_else(|| {
                                let (a, b) = self.proper_run(&self.words(h.end, e))?;
                                Some(Hop::unlisted(self.text[a..b].trim()))
                            });
                        np.inner_hops = vec![seen_by.unwrap_or(hop)];
                    }
                } else {
                    np.class = Class::Outlet(hop);
                }
                return np;
            }
        }
        if journalist && !is_first_person {
            // The outlet the journalist writes for is the relay ("Reuters correspondent Jane
            // Doe", "the newspaper's Moscow correspondent"); else the journalist, by name.
            if let Some(hop) = outlet_hits().next().map(hop_of).or_else(last_outlet) {
                np.class = Class::Outlet(hop);
                return np;
            }
            // The name without a capitalised role before it ("Journalist Ivan Petrov").
            let role_words = ws
                .iter()
                .take_while(|w| w.is_n(wf::JOURNALIST_HEAD | wf::TITLE))
                .count();
            let name = self
                .proper_run(&ws[role_words..])
                .map(|(a, b)| self.text[a..b].to_string())
                .unwrap_or_else(|| self.text[s..e].trim().to_string());
            np.class = Class::Outlet(Hop {
                name,
                kind: RelayKind::Journalist,
                outlet: None,
            });
            return np;
        }
        // Outlets inside a person's description ("the source of Ukrainian Truth").
        if person_of_outlet && !speaks_for_outlet {
            np.inner_hops = outlet_hits().map(hop_of).collect();
            // "Собеседники издания", "the paper's sources": the outlet last named.
            let unnamed = !ws.iter().skip(1).any(|w| is_capitalised(self.w(w)));
            // Attached to the person noun, not in a phrase after it ("a reviewer for the
            // journal").
            let attached = head.iter().any(|w| w.is_n(wf::OUTLET_NOUN));
            // "Собеседник нашего издания", "a source for our paper": the publisher's own.
            let ours = head
                .iter()
                .any(|w| w.is_n(wf::FIRST_PERSON) && !is_capitalised(self.w(w)));
            if np.inner_hops.is_empty() && attached && unnamed && !ours {
                let bare = outlets
                    .last()
                    .cloned()
                    .filter(|_| l.articles.is_empty() || ws.iter().any(|w| w.is_n(wf::DEFINITE)));
                np.inner_hops.extend(bare);
            }
        }

        // Anonymity clauses near the phrase ("..., who asked not to be named, said").
        let anonymity = || {
            self.hits_in(
                unit.0
                    .max(crate::text::floor_char(self.text, s.saturating_sub(300))),
                unit.1.min(crate::text::ceil_char(self.text, e + 300)),
            )
            .iter()
            .any(|h| h.is(kind::ANONYMITY))
        };
        let count_of = |w: &Tok| {
            if w.is_n(wf::COUNT_TWO) {
                2
            } else if w.is_n(wf::COUNT_MANY) {
                3
            } else {
                1
            }
        };
        let count = count_of(&w0).max(ws.get(1).map_or(1, count_of));
        // Specificity (rubric M.ANON.SPEC), read only for anonymous sources.
        let spec = || {
            let near_end = unit
                .1
                .min(crate::text::ceil_char(self.text, e + 200))
                .max(s);
            let basis = l.basis_any.in_text_any_case(&self.text[s..near_end]);
            let has_pp = head_len < ws.len() || has_name_anywhere;
            if basis {
                Specificity::S3
            } else if has_pp {
                Specificity::S2
            } else if head.len() <= 2 && (in_set(wf::BARE_ANONYMOUS) || w0.is_n(wf::BARE_ANONYMOUS))
            {
                Specificity::S0
            } else {
                Specificity::S1
            }
        };

        // Pronouns.
        // "her" alone is a pronoun, "her lawyer" a possessive phrase.
        // "Both" alone (a count of two that is no determiner) stands for the group before it.
        let both = ws.len() == 1 && w0.is_n(wf::COUNT_TWO) && !w0.is_n(wf::INDEFINITE);
        if both
            || ws.len() <= 2 && w0.is_n(wf::PRONOUN) && (ws.len() == 1 || !w0.is_n(wf::POSSESSIVE))
        {
            np.class = Class::Pronoun;
            return np;
        }
        // "one of them", "another", "a second person": anonymous back-references ("the
        // other", after the first of two sources).
        let the_other =
            ws.len() == 2 && w0.is_n(wf::DEFINITE) && ws[1].is_n(wf::BACK_REFERENCE_QUANTIFIER);
        if the_other
            || w0.is_n(wf::BACK_REFERENCE_QUANTIFIER)
                && (ws.len() == 1
                    || ws.get(1).is_some_and(|t| t.is_n(wf::PARTITIVE))
                        && ws.get(2).is_some_and(|t| t.is_n(wf::PARTITIVE_TARGET)))
        {
            np.class = Class::AnonBackRef {
                spec: spec(),
                count,
            };
            return np;
        }
        // "Two League MPs, speaking on condition of anonymity": anonymity stated right after
        // the phrase makes it anonymous, whatever capitalised words describe it.
        let attached_anonymity = || {
            let to = crate::text::ceil_char(self.text, e + 80).min(unit.1.max(e));
            self.hits_in(e, to).iter().any(|h| {
                // Right after it, or after a participle ("speaking", "who spoke").
                let gap = &self.text[e..h.start];
                // (Past the closing mark of a quoted name: "сотрудников офиса «Полки»,
                // пожелавшие остаться неназванными".)
                // ("…, выступавший перед журналистами на условиях анонимности": a participle
                // phrase set off by a comma may hold its object too.)
                let words = gap.split_whitespace().count();
                h.is(kind::ANONYMITY)
                    && (words <= 2 || words <= 4 && gap.trim_start().starts_with(','))
                    && gap.chars().all(|c| {
                        c == ',' || c.is_whitespace() || c.is_alphabetic() || is_quote_char(c)
                    })
            })
        };
        // ("A spokesman …, who asked not to be named": anonymity stated right after it
        // outweighs a head that names the organisation's voice.)
        if (!(has_name_in_head || named_head) || attached_anonymity()) && anonymity() {
            np.class = Class::Anonymous {
                spec: spec(),
                count,
            };
            return np;
        }
        if named_head {
            np.class = Class::Named {
                document: false,
                person_without_role: false,
            };
            return np;
        }
        // "исследование сотрудников Приреченского университета": where no article marks the
        // phrase, a document noun that opens it, by people of a named body, is the document.
        if anon_head
            && l.articles.is_empty()
            && w0.is_n(wf::DOCUMENT_HEAD)
            && ws.iter().skip(2).any(|w| is_capitalised(self.w(w)))
        {
            np.class = Class::DOCUMENT;
            return np;
        }
        if anon_head && !has_name_in_head {
            let core = last_head.is_n(wf::ANONYMOUS_CORE_HEAD);
            let plural = last_plural;
            // "Stratton's lawyers", "Mr Rehn's spokesman", "the Kremlin's spokesman": the
            // people who speak for a named party, one or several.
            let representative = l.representative_heads.contains(&self.w(&last_head).lower());
            // ("A representative for Reyes": the party after the head's preposition.)
            let named_party = || {
                head.iter()
                    .any(|w| is_capitalised(self.w(w)) && self.possessive_form(w))
                    || ws.get(head_len).is_some_and(|p| p.is_n(wf::PREPOSITION))
                        && ws[head_len + 1..].iter().any(|w| {
                            is_capitalised(self.w(w)) && !w.is_n(wf::DETERMINER) && !in_outlet(w)
                        })
            };
            if representative && !core && named_party() {
                return np;
            }
            if (definite || w0.is_n(wf::POSSESSIVE)) && !core && !plural {
                // "the chief executive of Lumen Forge", "his lawyer": a role that picks out
                // one person.
                return np;
            }
            let spec = spec();
            if definite && ws.len() <= 3 {
                np.class = Class::AnonBackRef { spec, count };
                return np;
            }
            // A listed collective of two words ("участники рынка", "market participants")
            // is generic whatever its head noun names alone. In a language that puts a noun's
            // modifiers after it (one without articles), one word must end the head
            // ("Некоторые врачи", not "Врачи московских поликлиник", which names a group).
            let generic_plural = (in_set2(&l.vague_heads)
                || head
                    .iter()
                    .all(|w| w.is_n(wf::VAGUE_HEAD) || !w.is_n(wf::ANONYMOUS_HEAD))
                    && in_set(wf::VAGUE_HEAD)
                    && (!l.articles.is_empty() || last_head.is_n(wf::VAGUE_HEAD)))
                && count == 1
                && spec < Specificity::S2;
            if !generic_plural {
                np.class = Class::Anonymous { spec, count };
                return np;
            }
        }
        // "Reports in Spain (claim)": hearsay as a subject names no source.
        let hearsay = || {
            phrase_hits
                .iter()
                .any(|h| h.start == s && h.is(kind::HEARSAY))
        };
        if in_set(wf::UNCONFIRMED_HEAD) && !self.text[s..e].contains(" by ")
            || !has_name_in_head && hearsay()
        {
            np.class = Class::Unsourced;
            return np;
        }
        // Not a document's possessive, which describes a person ("the study's lead author"),
        // nor, where no article marks the noun phrase, a document in the genitive after a
        // person noun ("руководитель исследования").
        let after_person = |i: usize| {
            l.articles.is_empty()
                && head[..i]
                    .iter()
                    .any(|p| p.is_n(wf::TITLE | wf::ANONYMOUS_HEAD | wf::NAMED_HEAD))
        };
        let document = head.iter().enumerate().any(|(i, w)| {
            let possessive = self.w(w).ends_with("'s") || self.w(w).ends_with("’s");
            w.is_n(wf::DOCUMENT_HEAD) && !possessive && !after_person(i)
        });
        if document && ws.iter().any(|w| w.is_n(wf::JOURNALIST_HEAD)) && !is_first_person {
            let name = name_run()
                .map(|(a, b)| self.text[a..b].to_string())
                .unwrap_or_else(|| self.text[s..e].trim().to_string());
            np.class = Class::Outlet(Hop {
                name,
                kind: RelayKind::Journalist,
                outlet: None,
            });
            return np;
        }
        // "A post on a local Facebook group claimed": what a platform carries, with no one
        // named for it, is no identifiable source.
        let unowned_post = || {
            let platform = |w: &Tok| l.platforms.contains(self.w(w));
            // ("Facebook group", "Telegram channel": the noun after a platform is its own.)
            ws.iter().skip(1).any(platform)
                && !ws.iter().any(|w| {
                    let t = self.w(w);
                    t.ends_with("'s") || t.ends_with("’s") || w.is_n(wf::POSSESSIVE)
                })
                && ws.iter().enumerate().skip(1).all(|(i, w)| {
                    (!is_capitalised(self.w(w)) || platform(w))
                        && (platform(&ws[i - 1])
                            || !w.is_n(wf::INSTITUTION_HEAD | wf::NAMED_HEAD | wf::TITLE))
                })
        };
        if document && unowned_post() {
            np.class = Class::Vague;
            return np;
        }
        if document {
            np.class = Class::Named {
                document: true,
                person_without_role: false,
            };
            return np;
        }
        let vague =
            in_set(wf::VAGUE_HEAD) || in_set2(&l.vague_heads) || l.vague_heads.contains(phrase());
        // "Analysts at Barrow Finch": the organisation names the group.
        let affiliated = || {
            ws.get(head_len).is_some_and(|p| p.is_n(wf::AFFILIATION))
                && ws[head_len + 1..].iter().any(|w| is_capitalised(self.w(w)))
        };
        if vague && !has_name_in_head && affiliated() {
            return np;
        }
        // "Some Democrats", "Many Republicans": a quantified group, named or not.
        let quantified = w0.is_n(wf::VAGUE_HEAD) && w0.is_n(wf::INDEFINITE) && last_plural;
        if vague && (!has_name_in_head || quantified) {
            // "Two economists said": people counted are particular people, kept unnamed.
            np.class = if count > 1 && !w0.is_n(wf::VAGUE_HEAD) {
                Class::Anonymous {
                    spec: spec(),
                    count,
                }
            } else {
                Class::Vague
            };
            return np;
        }
        // "Sauna enthusiasts have long claimed", "Scouts who have watched him say": a bare
        // plural that opens the sentence (its capital the sentence's) with no name after it is
        // a generic group. One word only before a restrictive "who" ("Williams, who …" and
        // "Williams said" are a name's). Where articles mark noun phrases, as in English.
        let bare_plural_group = || {
            let restrictive = || {
                self.words(e, unit.1).first().is_some_and(|w| {
                    w.is_n(wf::RELATIVE) && self.text[e..w.start].trim().is_empty()
                })
            };
            // "Anglers say": a present form with no "-s" right after ("Williams says").
            let plural_present = || {
                let Some(v) = self
                    .hits_in(e, unit.1)
                    .iter()
                    .find(|h| h.is(kind::VERB))
                    .copied()
                else {
                    return false;
                };
                let Some(verb) = self.text[v.start..v.end].split_whitespace().next() else {
                    return false;
                };
                if !self.text[e..v.start].trim().is_empty() || verb.ends_with('s') {
                    return false;
                }
                // Its third-person form is a listed cue ("say" / "says"): English only, as is
                // this whole test (a language with articles).
                let third = format!("{}s", verb.lower());
                l.scan(&third)
                    .iter()
                    .any(|h| h.start == 0 && h.end == third.len() && h.is(kind::VERB))
            };
            let restrictive_in = ws.get(head_len).is_some_and(|w| {
                w.is_n(wf::RELATIVE) && self.text[head[head_len - 1].end..w.start].trim().is_empty()
            });
            !l.articles.is_empty()
                && last_plural
                && (head.len() == ws.len() || restrictive_in)
                && self.text[unit.0.min(s)..s]
                    .trim_matches(|c: char| c.is_whitespace() || crate::text::is_quote_char(c))
                    .is_empty()
                && !w0.is_n(wf::DETERMINER | wf::POSSESSIVE | wf::TITLE | wf::INSTITUTION_HEAD)
                // ("Federal prosecutors", "Race organisers": an institution's plural.)
                && !last_head.is_n(wf::INSTITUTION_HEAD)
                && !self
                    .w(&w0)
                    .chars()
                    .all(|c| c.is_uppercase() || !c.is_alphabetic())
                && ws[1..].iter().all(|w| !is_capitalised(self.w(w)))
                && (head.len() >= 2 || restrictive_in || restrictive() || plural_present())
        };
        if has_name_anywhere && (!has_name_in_head || head.len() == 1) && bare_plural_group() {
            np.class = Class::Vague;
            return np;
        }
        if has_name_anywhere || has_name_in_head {
            let titled = w0.is_n(wf::TITLE);
            let bare_person = ws.len() <= 3
                && ws.iter().all(|w| is_capitalised(self.w(w)))
                && !in_set(wf::INSTITUTION_HEAD)
                && !titled;
            np.class = Class::Named {
                document: false,
                person_without_role: bare_person,
            };
            return np;
        }
        // "A forklift operator who was on the night shift": a noun that may name a firm names
        // a person when "who" describes it.
        let person = || {
            ws.iter()
                .any(|w| l.person_relatives.contains(&self.w(w).lower()))
        };
        if in_set(wf::INSTITUTION_HEAD) && !(w0.is_n(wf::INDEFINITE) && person()) {
            np.class = Class::Named {
                document: false,
                person_without_role: false,
            };
            return np;
        }
        if definite || w0.is_n(wf::POSSESSIVE) {
            // "the world's biggest confectioners": a plural generic is vague; "the company" is
            // named, and so are "the companies", "the two carriers", "the journal's editors":
            // a short plural the article has introduced.
            if last_plural && ws.len() > 3 {
                np.class = Class::Vague;
            }
            return np;
        }
        if w0.is_n(wf::INDEFINITE) {
            np.class = Class::Anonymous {
                spec: spec(),
                count,
            };
            return np;
        }
        if last_plural {
            np.class = Class::Vague;
        }
        np
    }

    /// Where the speaker starts after a listener that opens the phrase after a verb ("сообщил
    /// ТАСС источник в правительстве", "рассказал нашему изданию источник"): a first-hand object,
    /// or an outlet with its outlet nouns. `s` when the phrase opens with no listener; `None`
    /// when the listener is all there is ("рассказал нашему корреспонденту, что").
    /// Whether a word has a dative ending of the language ("телеканалу", "газете",
    /// "«Спорт-Вектору»"); never in a language that lists none.
    pub fn dative(&self, word: &str) -> bool {
        let word = word.lower();
        ends_with_any(&word, &self.lex.dative_suffixes)
            && !ends_with_any(&word, &self.lex.dative_exception_suffixes)
    }

    pub fn after_listener(&self, s: usize, e: usize) -> Option<usize> {
        let ws = self.words(s, e);
        let n = ws.len();
        // "(нашему) изданию глава района": the publisher's noun, its possessive before the phrase.
        let first_hand = (1..=3.min(n))
            .rev()
            .find(|&k| self.is_first_hand_object(&ws[..k]))
            .or_else(|| self.publisher_noun_opens(&ws).then_some(1));
        // "корреспонденту РИА Новости": the correspondent of a named outlet, with the outlet.
        let first_hand = first_hand.map(|k| {
            ws.get(k)
                .and_then(|w| {
                    self.hits_in(w.start, e)
                        .first()
                        .filter(|h| h.start == w.start && h.is(kind::OUTLET))
                })
                .map_or(k, |h| ws.partition_point(|w| w.start < h.end))
        });
        let i = ws.iter().take_while(|w| w.is_n(wf::OUTLET_NOUN)).count();
        let outlet = || {
            let w = ws.get(i)?;
            let h = self
                .hits_in(w.start, e)
                .first()
                .filter(|h| h.start == w.start && h.is(kind::OUTLET))?;
            Some(ws.partition_point(|w| w.start < h.end))
        };
        // A bare outlet noun refers back to an outlet ("подтвердил изданию представитель"); one
        // followed by a quoted name is that outlet speaking ("сообщил телеграм-канал «Утечки»").
        // (Not a Latin name after it, where the speaker's would be Cyrillic: "рассказал
        // Telegram-каналу Shot".)
        let outlet_noun = || {
            (i > 0
                && i < n
                && !self.text[ws[i - 1].end..ws[i].start].contains(['«', '„', '“'])
                && !self.w(&ws[i]).starts_with(|c: char| c.is_ascii_uppercase()))
            .then_some(i)
        };
        // A name in quotation marks ("заявил «Спорт-Экспрессу» агент"): the listener is the
        // quoted name; also after an outlet noun in the dative ("рассказала телеканалу
        // «Керженск-24» жительница дома"), where a nominative one would speak itself.
        let quoted = || {
            let from = if i > 0 && i < n && self.dative(self.w(&ws[i - 1])) {
                ws[i].start
            } else {
                s
            };
            let close = self.quoted_name_end(from, e)?;
            Some(ws.partition_point(|w| w.start < close))
        };
        match first_hand
            .or_else(outlet)
            .or_else(outlet_noun)
            .or_else(quoted)
        {
            Some(j) if j < n => Some(ws[j].start),
            Some(_) => None,
            None => Some(s),
        }
    }

    /// Where the listener starts in a phrase `[s, e)` that follows its reporting verb as
    /// subject then listener: "— сказал он ТАСС", "— заявил Антон Силуанов РИА Новости",
    /// "— рассказала она «Известиям»". Only where the subject may follow its verb, and only
    /// after a personal pronoun or a capitalised name: after a common noun the outlet is whose
    /// the speaker is ("— сказал источник РИА Новости").
    pub fn listener_after_subject(&self, s: usize, e: usize) -> Option<usize> {
        if !self.lex.verb_subject_order {
            return None;
        }
        let ws = self.words(s, e);
        let hits = self.hits_in(s, e);
        (1..ws.len()).find_map(|k| {
            let last = &ws[k - 1];
            let gap = &self.text[last.end..ws[k].start];
            if gap.contains([',', '(', '—', '–']) {
                return None;
            }
            let pronoun = k == 1 && last.is(wf::PRONOUN_PERSON | wf::PRONOUN_PLURAL);
            let name = is_capitalised(self.w(last))
                && !last.is_n(wf::ANONYMOUS_HEAD | wf::VAGUE_HEAD | wf::OUTLET_NOUN)
                && !hits
                    .iter()
                    .any(|h| h.is(kind::OUTLET) && h.start <= last.start && last.end <= h.end);
            if !(pronoun || name) {
                return None;
            }
            let w = &ws[k];
            let outlet = hits
                .iter()
                .any(|h| h.is(kind::OUTLET) && h.start == w.start);
            let quoted = self.quoted_name_end(w.start, e).is_some();
            let noun = w.is_n(wf::OUTLET_NOUN) && !is_capitalised(self.w(w));
            (outlet || quoted || noun).then_some(w.start)
        })
    }

    /// In the phrase `[s, e)` after a quoting verb that precedes its subject, a personal
    /// pronoun for whom it quotes and the subject beside it: "— цитирует его РИА Новости",
    /// "— приводит его слова ТАСС" (pronoun first), "— приводит агентство её слова" (subject
    /// first). Returns the pronoun's span and the subject's.
    pub fn quoted_pronoun(&self, s: usize, e: usize) -> Option<(Span, Span)> {
        if !self.lex.verb_subject_order {
            return None;
        }
        let ws = self.words(s, e);
        let pronoun = |w: &Tok| w.is(wf::PRONOUN_PERSON | wf::PRONOUN_PLURAL);
        let speech = |w: Option<&Tok>| {
            w.is_some_and(|w| self.lex.speech_nouns.contains(&w.text(self.text).lower()))
        };
        if ws.len() > 1 && pronoun(&ws[0]) {
            let k = 1 + usize::from(speech(ws.get(1)));
            let rest = ws.get(k)?;
            return Some(((ws[0].start, ws[0].end), (rest.start, e)));
        }
        let i = ws.iter().position(pronoun).filter(|&i| i > 0)?;
        speech(ws.get(i + 1)).then(|| ((ws[i].start, ws[i].end), (s, ws[i - 1].end)))
    }

    /// Whether `pos` is inside guillemets opened after `s` ("Источник «Заречье.Инфо»").
    fn in_guillemets(&self, s: usize, pos: usize) -> bool {
        let before = &self.text[s..pos];
        before.matches('«').count() > before.matches('»').count()
    }

    /// Whether a word is a web address: a name, a dot and a `sources.web_domains` part
    /// ("Space.com", "Gazeta.ru").
    fn is_web_address(&self, w: &Tok) -> bool {
        self.w(w).rsplit_once('.').is_some_and(|(name, tail)| {
            name.len() > 1 && self.lex.word_sets_of(tail) & wf::WEB_DOMAIN != 0
        })
    }

    /// The name an outlet noun introduces in `[s, e)`: "каналу Shot", "Telegram-каналу Shot",
    /// "news site Meduza". At most one word before the noun ("новостному каналу"), and a run of
    /// capitalised words right after it, to the end of the phrase.
    pub fn name_after_outlet_noun(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        let ws = self.words(s, e);
        let noun = |w: &Tok| {
            // "Telegram-каналу": the noun after a platform's hyphen.
            let t = self.w(w);
            w.is_n(wf::OUTLET_NOUN)
                || t.rsplit_once('-')
                    .is_some_and(|(_, n)| self.lex.word_sets_of(n) & wf::OUTLET_NOUN != 0)
        };
        let i = ws.iter().take(2).position(noun)?;
        let name = &ws[i + 1..];
        let gap_ok = |a: &Tok, b: &Tok| self.text[a.end..b.start].trim().is_empty();
        (!name.is_empty()
            && name.iter().all(|w| is_capitalised(self.w(w)))
            && gap_ok(&ws[i], &name[0])
            && name.windows(2).all(|p| gap_ok(&p[0], &p[1])))
        .then(|| (name[0].start, name[name.len() - 1].end))
    }

    /// Where a capitalised name quoted in guillemets or curly quotes at `s` ends (past its
    /// closing mark), when it ends before `e`: "«Спорт-Экспрессу»".
    pub fn quoted_name_end(&self, s: usize, e: usize) -> Option<usize> {
        let opened = self.text[..s].ends_with(['«', '„', '“']);
        if !opened || !self.text[s..].starts_with(char::is_uppercase) {
            return None;
        }
        let close = s + self.text[s..e].find(['»', '“', '”'])?;
        let inner = &self.text[s..close];
        // Capitalised, and no function word ("Российской газете", "Спортивному вестнику"), so
        // that a short quotation ("заявил «Нам нечего скрывать»") is not read as a name.
        let ws = self.words(s, close);
        let function = wf::PRONOUN
            | wf::FIRST_PERSON
            | wf::PREPOSITION
            | wf::NP_STOP
            | wf::COMPLEMENTIZER
            | wf::DETERMINER
            | wf::MODAL;
        let name_like = ws.first().is_some_and(|w| is_capitalised(self.w(w)))
            && !ws.iter().any(|w| w.is(function));
        (inner.split_whitespace().count() <= 4
            && name_like
            && !inner.contains(['.', ',', '!', '?']))
        .then(|| close + self.text[close..].chars().next().map_or(0, char::len_utf8))
    }

    /// The end of a speaker phrase `[s, e)` that names only a role, extended over a name in
    /// apposition that closes the sentence: "руководитель исследования, доктор биологических
    /// наук Алексей Шестаков", "the lead author, cardiologist Jane Roe". `e` otherwise.
    pub fn apposed_role_name(&self, s: usize, e: usize, limit: usize) -> usize {
        let ws = self.words(s, e);
        // A role whose head is lower case, after any capitalised modifier or possessor
        // ("Wealdmere Water's director of operations, Priya Chandrasekaran"); not a name.
        if ws.last().is_none_or(|w| is_capitalised(self.w(w))) {
            return e;
        }
        let Some(rest) = self.text[e..limit].strip_prefix(", ") else {
            return e;
        };
        let len = rest
            .find([',', ';', ':', '(', '.', '!', '?'])
            .unwrap_or(rest.len());
        let tail = &rest[len..];
        // The apposition ends the sentence.
        if !tail.trim_start_matches(['.', '!', '?']).trim().is_empty() {
            return e;
        }
        let (a, b) = (e + 2, e + 2 + rest[..len].trim_end().len());
        let aw = self.words(a, b);
        let name_len = aw
            .iter()
            .rev()
            .take_while(|w| is_capitalised(self.w(w)) && !w.is(wf::PRONOUN | wf::DETERMINER))
            .count();
        let quiet = !self.hits_in(a, b).iter().any(|h| h.is(kind::VERB));
        if (2..=3).contains(&name_len) && aw.len() <= 8 && quiet {
            b
        } else {
            e
        }
    }

    /// Whether `part` is a first-hand object ("нашему изданию", "us"), not an acronym that
    /// lower-cases to one ("US").
    /// Whether a lower-case first-person word ends right before `pos` ("нашему | изданию", "our
    /// | paper"; not "told Us | Weekly").
    fn first_person_before(&self, pos: usize) -> bool {
        self.words(
            crate::text::floor_char(self.text, pos.saturating_sub(40)),
            pos,
        )
        .last()
        .is_some_and(|w| {
            w.is_n(wf::FIRST_PERSON)
                && !is_capitalised(self.w(w))
                && self.text[w.end..pos].trim().is_empty()
        })
    }

    /// Whether the phrase opens with an outlet noun whose first-person possessive stands just
    /// before it ("(нашему) изданию глава района"): the publisher's own noun.
    fn publisher_noun_opens(&self, ws: &[Tok]) -> bool {
        ws.first()
            .is_some_and(|w| w.is_n(wf::OUTLET_NOUN) && self.first_person_before(w.start))
    }

    fn is_first_hand_object(&self, part: &[Tok]) -> bool {
        !part
            .first()
            .is_some_and(|w| self.w(w).chars().all(char::is_uppercase))
            && self
                .lex
                .first_hand_objects
                .contains(&self.norm_phrase(part))
    }

    /// The phrase without the publisher named as its listener, at either end: "Нашему изданию
    /// в пресс-службе компании" (to our publication, in the company's press office), "Денис
    /// Ларин в комментарии нашему изданию". `None` when there is none, or nothing else.
    fn without_first_hand_object(&self, ws: &[Tok]) -> Option<(usize, usize)> {
        let n = ws.len();
        // Every first-hand object a phrase can hold here opens with a first-person word: test
        // that flag before the phrase lookup (this runs for every source phrase).
        let is_object = |part: &[Tok]| {
            part.first().is_some_and(|w| w.is(wf::FIRST_PERSON)) && self.is_first_hand_object(part)
        };
        // "(В интервью нашему) изданию глава района": the possessive before the phrase.
        let ours = || n > 1 && self.publisher_noun_opens(ws);
        if let Some(k) = (1..=3.min(n - 1))
            .rev()
            .find(|&k| is_object(&ws[..k]))
            .or_else(|| ours().then_some(1))
        {
            let rest = &ws[k..];
            let i = rest.iter().position(|w| !w.is(wf::PREPOSITION))?;
            return Some((rest[i].start, ws[n - 1].end));
        }
        let k = (1..=3.min(n - 1))
            .rev()
            .find(|&k| is_object(&ws[n - k..]))?;
        let mut end = n - k;
        // The cue that names the listener ("в комментарии") goes with it.
        let channel = self
            .hits_in(ws[0].start, ws[end].start)
            .iter()
            .rfind(|h| h.is(kind::TO_CHANNEL) && h.end == ws[end - 1].end)
            .map(|h| h.start);
        if let Some(c) = channel {
            end = ws.partition_point(|w| w.start < c);
        }
        while end > 0 && ws[end - 1].is(wf::PREPOSITION) {
            end -= 1;
        }
        (end > 0).then(|| (ws[0].start, ws[end - 1].end))
    }

    /// The normalised words of a phrase ([`crate::text::norm`]) joined by single spaces.
    fn norm_phrase(&self, ws: &[Tok]) -> String {
        let mut out = String::with_capacity(ws.last().map_or(0, |w| w.end) - ws[0].start + 1);
        for (i, w) in ws.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            push_norm(&mut out, self.w(w));
        }
        out
    }

    /// Whether the outlet noun of a short phrase ("the agency", "агентство") last appeared
    /// before `s` naming something that is not an outlet ("the UN refugee agency"): no outlet
    /// name near it (a listed one, or `last`, the outlet the article named last) and no
    /// outlet-noun pair ("news agency"). False when it has not appeared.
    fn noun_last_named_institution(&self, ws: &[Tok], s: usize, last: Option<&Hop>) -> bool {
        let Some(noun) = ws.iter().rfind(|w| w.is_n(wf::OUTLET_NOUN)) else {
            return false;
        };
        let lower = self.w(noun).lower();
        // The stem, for a language that declines the noun ("агентство", "агентства").
        let keep = lower.chars().count().saturating_sub(2).max(4);
        let stem: String = lower.chars().take(keep).collect();
        let stem_chars = stem.chars().count();
        let before = self.words(
            crate::text::floor_char(self.text, s.saturating_sub(3000)),
            s,
        );
        // Compared lower-cased char by char, without building a string per word.
        let same_noun = |t: &Tok| {
            let w = self.w(t);
            w.len() <= lower.len() + 4
                && w.chars()
                    .flat_map(char::to_lowercase)
                    .take(stem_chars)
                    .eq(stem.chars())
        };
        // A bare back-reference ("the agency said") points further back: the last use of the
        // noun with a modifier decides, if there is one.
        let bare = |i: usize| i > 0 && before[i - 1].is_n(wf::DEFINITE);
        // One after a source noun ("Источник издания") is the outlet's people, no institution.
        let people = |i: usize| i > 0 && before[i - 1].is_n(wf::ANONYMOUS_HEAD);
        let Some(i) = (0..before.len())
            .rev()
            .find(|&i| same_noun(&before[i]) && !bare(i) && !people(i))
            .or_else(|| (0..before.len()).rfind(|&i| same_noun(&before[i]) && !people(i)))
        else {
            return false;
        };
        let t = before[i];
        let near = (
            crate::text::floor_char(self.text, t.start.saturating_sub(60)),
            crate::text::ceil_char(self.text, t.end + 60),
        );
        // A listed outlet, or the outlet the article named last ("State broadcaster KTV-1").
        let outlet_near = self
            .hits_in(near.0, near.1)
            .iter()
            .any(|h| h.is(kind::OUTLET))
            || last.is_some_and(|h| contains_word(&self.text[near.0..near.1], &h.name));
        let pair = i > 0 && self.any_bigram(&before[i - 1..=i], &self.lex.outlet_nouns);
        // "рассказала нашему изданию": the publisher, no institution.
        let ours = self.first_person_before(t.start);
        // A word capitalised only for opening the sentence, a lower-case word after it ("Как
        // уточняет телеканал"): no name.
        let sentence_opener = |w: &Tok| {
            let before = self.text[..w.start].trim_end_matches([' ', '\t']);
            let word = self.w(w);
            (before.is_empty() || before.ends_with(['.', '!', '?', '\n']))
                && word.chars().skip(1).any(char::is_lowercase)
                && self
                    .words(w.end, crate::text::ceil_char(self.text, w.end + 30))
                    .first()
                    .is_some_and(|n| !is_capitalised(self.w(n)))
        };
        // Named with the noun: a capitalised word beside it in its clause, not a function word
        // opening the sentence ("По данным издания" is a back-reference itself).
        let after = self.words(t.end, crate::text::ceil_char(self.text, t.end + 40));
        let named = before[i.saturating_sub(3)..i]
            .iter()
            .chain(after.iter().take(2))
            .any(|w| {
                let (a, b) = if w.start < t.start {
                    (w.end, t.start)
                } else {
                    (t.end, w.start)
                };
                is_capitalised(self.w(w))
                    && !w.is_n(wf::PREPOSITION | wf::DETERMINER | wf::ARTICLE)
                    && !self.text[a..b].contains(['.', ',', ';', ':'])
                    && !sentence_opener(w)
            });
        !outlet_near && !pair && !ours && named
    }

    /// Whether two adjacent words, normalised and joined by a space, are in `set`.
    /// Whether a word is in the possessive: "company's", "Stratton’s", "Rovers'".
    fn possessive_form(&self, w: &Tok) -> bool {
        let raw = self.w(w);
        raw.ends_with("'s") || raw.ends_with("’s") || self.text[w.end..].starts_with(['\'', '’'])
    }

    fn any_bigram(&self, ws: &[Tok], set: &crate::lexicon::HashSet<String>) -> bool {
        let mut buf = String::new();
        ws.windows(2).any(|p| {
            if !p[0].is_n(wf::BIGRAM_FIRST) || !p[1].is_n(wf::BIGRAM_SECOND) {
                return false;
            }
            buf.clear();
            push_norm(&mut buf, self.w(&p[0]));
            buf.push(' ');
            push_norm(&mut buf, self.w(&p[1]));
            set.contains(&buf)
        })
    }

    /// The last run of capitalised words in a phrase (an outlet's or person's name).
    fn proper_run(&self, ws: &[Tok]) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        let mut cur: Option<(usize, usize)> = None;
        for (i, w) in ws.iter().enumerate() {
            let raw = self.w(w);
            // A number inside a name continues it ("Channel 12", "France 24").
            let number = cur.is_some() && raw.bytes().all(|b| b.is_ascii_digit());
            // Not a sentence-initial determiner or outlet noun ("Портал «Лента.ру»").
            let cap = number
                || is_capitalised(raw)
                    && !(i == 0
                        && (w.is(wf::DEFINITE | wf::INDEFINITE) || w.is_n(wf::OUTLET_NOUN)));
            let joiner = w.is(wf::NAME_JOINER);
            // "«Тальской недели»": a lower-case word inside the guillemets the run opened.
            let quoted = cur.is_some_and(|(a, _)| {
                self.text[..a].ends_with('«') && !self.text[a..w.start].contains('»')
            });
            if cap || quoted || (joiner && cur.is_some()) {
                cur = Some((cur.map(|c| c.0).unwrap_or(w.start), w.end));
                if cap || quoted {
                    best = cur;
                }
            } else {
                cur = None;
            }
        }
        // Drop a possessive nationality lead-in ("Japan's Nikkei newspaper" -> "Nikkei").
        best.map(|(a, b)| match self.text[a..b].split_once(' ') {
            Some((lead, _)) if lead.ends_with("'s") || lead.ends_with("’s") => {
                (a + lead.len() + 1, b)
            }
            _ => (a, b),
        })
    }
}

/// Whether `name` occurs in `hay` as whole words: not inside a longer word ("An" is not in
/// "Hallanshire").
fn contains_word(hay: &str, name: &str) -> bool {
    !name.is_empty()
        && hay.match_indices(name).any(|(i, _)| {
            let before = hay[..i].chars().next_back();
            let after = hay[i + name.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}
