//! Attribution: clauses, cues, sources, relay chains, back-references and carry-over.
//!
//! Input: claim units from [`crate::segment`] and the cue hits of one automaton pass.
//! Output: one [`Attributed`] per claim, with everything the scorer needs.

use crate::lexicon::HashMap;
use crate::lexicon::{kind, wf, Hit, Lexicon, Stance};
use crate::model::{flags, Label, Origin, Span};
use crate::segment::{Quote, Unit};
use crate::source::{
    listed_outlet_hop, outlet_hop, ArticleOutlets, Class, Hop, Reader, RelayKind, SourceNp,
    Specificity,
};
use crate::text::{
    ceil_char, ends_with_any, floor_char, gallop, is_capitalised, is_quote_char, norm,
    thousands_comma, word_count, words_at_least, words_at_most, Lower,
};
use crate::words::Tok;

/// How far (in bytes) the engine looks around a cue for its source and content: sentences are
/// far shorter, and the bound keeps time linear on pathological input (a 10 MB line).
const WINDOW: usize = 1500;

/// How far back a surname alone is looked up with a first name before it ("Daniel Okonjo" …
/// "Okonjo himself"), in bytes.
const NAME_LOOKBACK: usize = 20_000;

/// Words in the chunk right before a cue past which, when it is no subject, no earlier chunk
/// is taken as the subject.
const MAX_GAP: usize = 12;

/// Word sets of the nouns that name a person by role ("barrister", "chief executive").
const PERSON_NOUNS: u64 = wf::ANONYMOUS_HEAD | wf::NAMED_HEAD | wf::JOURNALIST_HEAD | wf::TITLE;

/// Word sets of the nouns that head a source phrase.
const SOURCE_NOUNS: u64 = PERSON_NOUNS | wf::VAGUE_HEAD | wf::INSTITUTION_HEAD;

/// At most this many words in a bare name joined to a role ("Aoife Ní Bhriain").
const MAX_NAME_WORDS: usize = 6;

fn back(text: &str, lo: usize, pos: usize) -> usize {
    lo.max(floor_char(text, pos.saturating_sub(WINDOW)))
}

fn fwd(text: &str, pos: usize, hi: usize) -> usize {
    hi.min(ceil_char(text, pos + WINDOW))
}

/// The origin base a claim is scored from (rubric §5.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    Witnessed,
    Named,
    NamedOutlet,
    Anonymous,
    Unattributed,
    Vague,
    Hearsay,
    UnconfirmedExplicit,
}

/// A claim with its attribution, before scoring.
#[derive(Debug, Clone)]
pub struct Attributed {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    pub label: Label,
    pub origin: Origin,
    pub base: Base,
    pub source: Option<Span>,
    pub source_text: Option<String>,
    pub cue: Option<Span>,
    pub stance: Option<Stance>,
    pub via: Vec<Hop>,
    /// The class of the origin (who first said it), after resolving back-references.
    pub origin_class: Option<Class>,
    pub flags: Vec<&'static str>,
    pub hedges: Vec<Span>,
    pub hearsay: Option<Span>,
    pub unverified: Option<Span>,
    pub anon_reason: Option<(bool, Span)>,
    pub anon_condition: Option<Span>,
    pub corroboration: Option<Span>,
    pub direct_quote: bool,
    pub no_comment: bool,
    pub caption: bool,
}

impl Attributed {
    fn flag(&mut self, f: &'static str) {
        if !self.flags.contains(&f) {
            self.flags.push(f);
        }
    }
}

#[derive(Debug, Clone)]
struct Frame {
    cue: Span,
    stance: Option<Stance>,
    /// The speaker, once classified (classification is done lazily: most frames are not used).
    speaker: Option<SourceNp>,
    /// The speaker phrase, before classification.
    span: Option<Span>,
    trailing: bool,
    /// The speaker phrase's noun is unknown to the lexicon ("— сказал сварщик"): a person,
    /// unnamed when the phrase has no capitalised word.
    unknown: bool,
}

impl Frame {
    fn has_speaker(&self) -> bool {
        self.speaker.is_some() || self.span.is_some()
    }
}

pub struct Context<'a> {
    pub reader: Reader<'a>,
    pub quotes: &'a [Quote],
    /// Headings that name the outlet their section is about (see
    /// [`crate::segment::Segmented::section_outlets`]).
    pub sections: &'a [(usize, String)],
    pub publisher: Option<Hop>,
    /// Where the last lookup in `quotes` ended (see [`crate::text::gallop`]).
    pub quote_finger: std::cell::Cell<usize>,
    /// The reader's hits outside quotations ([`Self::in_quote`]), worked out for all of them,
    /// in order, on the first [`Self::live_hits`]: each hit is read by several overlapping
    /// regions, and a region's hits are then a slice of these.
    pub live_hits: std::cell::OnceCell<Vec<Hit>>,
    /// Words written after a capitalised word ("Fenwick" in "Moira Fenwick"), with where,
    /// worked out on the first [`Self::second_names`].
    pub second_names: std::cell::OnceCell<HashMap<&'a str, Vec<usize>>>,
}

impl<'a> Context<'a> {
    fn text(&self) -> &'a str {
        self.reader.text
    }

    fn lex(&self) -> &'a Lexicon {
        self.reader.lex
    }

    /// Every capitalised word's alphabetic opening (not one followed by a digit) that comes
    /// right after a capitalised word of two or more letters, with only spaces between: where
    /// a surname alone may have been given with a first name ("Moira Fenwick"), found in one
    /// pass over the text.
    fn second_names(&self) -> &HashMap<&'a str, Vec<usize>> {
        self.second_names.get_or_init(|| {
            let text = self.text();
            let mut names: HashMap<&'a str, Vec<usize>> = HashMap::default();
            let mut prev: Option<(usize, &str)> = None;
            for tok in text.split_whitespace() {
                let at = tok.as_ptr() as usize - text.as_ptr() as usize;
                if let Some((end, first)) = prev {
                    let spaces = text[end..at].bytes().all(|b| b == b' ');
                    let run = tok
                        .char_indices()
                        .find(|&(_, c)| !c.is_alphabetic())
                        .map_or(tok.len(), |(i, _)| i);
                    let digit_after = tok[run..].starts_with(|c: char| c.is_alphanumeric());
                    if spaces
                        && run > 0
                        && !digit_after
                        && first.len() > 1
                        && is_capitalised(first)
                        && first.chars().all(char::is_alphabetic)
                    {
                        names.entry(&tok[..run]).or_default().push(at);
                    }
                }
                prev = Some((at + tok.len(), tok));
            }
            names
        })
    }

    /// Where the outlet starts in the phrase `[s, e)` after a quoting verb that names whom it
    /// quotes first ("— цитирует министра агентство", "— цитирует Ольшанского издание"): the
    /// first word after the phrase's first that is an outlet noun or opens an outlet's name,
    /// when the first is neither. Only where the subject may follow its verb.
    fn outlet_after_quoted(&self, s: usize, e: usize) -> Option<usize> {
        if !self.lex().verb_subject_order {
            return None;
        }
        let ws = self.reader.words(s, e);
        let hits = self.reader.hits_in(s, e);
        let outlet = |w: &Tok| {
            w.is_n(wf::OUTLET_NOUN)
                || hits
                    .iter()
                    .any(|h| h.is(kind::OUTLET) && h.start == w.start)
        };
        if ws.first().is_none_or(outlet) {
            return None;
        }
        ws.iter().skip(1).find(|w| outlet(w)).map(|w| w.start)
    }

    /// Whether a word has a dative ending of the language ("газете", "«Спорт-Вектору»"); never
    /// in a language that lists none.
    fn dative(&self, word: &str) -> bool {
        self.reader.dative(word)
    }

    /// Whether the phrase `[s, e)` after a reporting verb that may take a listener, with nothing
    /// but the clause's end after it (up to `end`), is the verb's speaker: its first word has
    /// no dative ending ("Об этом сообщил ТАСС.", "сообщил телеграм-канал Mash." — not
    /// "сообщил агентству.").
    fn listener_is_speaker(&self, s: usize, e: usize, end: usize) -> bool {
        let lex = self.lex();
        let text = self.text();
        if lex.dative_suffixes.is_empty()
            || !text[e..end]
                .trim_matches(|c: char| {
                    // The name's closing quotation mark: "сообщила «Медуза»."
                    c.is_whitespace() || matches!(c, '.' | '!' | '?' | '…') || is_quote_char(c)
                })
                .is_empty()
        {
            return false;
        }
        self.reader
            .words(s, e)
            .first()
            .is_some_and(|w| !self.dative(w.text(text)))
    }

    /// `quotes.partition_point(pred)`, galloping from the last lookup.
    fn quote_at(&self, pred: impl Fn(&Quote) -> bool) -> usize {
        let i = gallop(self.quotes, self.quote_finger.get(), pred);
        self.quote_finger.set(i);
        i
    }

    /// Quotations that start in `[s, e)` (quotations are sorted by start).
    fn quotes_in(&self, s: usize, e: usize) -> &'a [Quote] {
        let lo = self.quote_at(|q| q.start < s);
        let hi = lo + gallop(&self.quotes[lo..], 0, |q| q.start < e);
        &self.quotes[lo..hi]
    }

    /// Inside a quotation of speech (not a title or scare quote).
    fn in_quote(&self, pos: usize) -> bool {
        let i = self.quote_at(|q| q.start <= pos);
        self.quotes[..i]
            .iter()
            .rev()
            .take(8)
            .any(|q| !q.short && q.start <= pos && pos < q.end)
    }

    /// Whether `[s, e)` is an outlet noun alone in the dative, not after a preposition ("Об
    /// этом газете рассказали", not "в газете"): the outlet named last, as a listener.
    fn dative_outlet_noun(&self, cs: usize, (s, e): Span) -> bool {
        let [w] = self.reader.words(s, e)[..] else {
            return false;
        };
        w.is_n(wf::OUTLET_NOUN)
            && self.dative(w.text(self.text()))
            && !self
                .reader
                .words(cs, s)
                .last()
                .is_some_and(|p| p.is_n(wf::PREPOSITION))
    }

    /// Whether the phrase `[s, e)` in the clause from `cs`, before a verb that takes a listener
    /// and ends at `verb_end`, is that listener rather than its subject: an outlet's name or a quoted name alone
    /// ("Об этом ТАСС сообщил …", "Об этом «Известиям» рассказал …"), with a speaker after the
    /// verb (a source noun, a capitalised name, or a preposition before one: "в пресс-службе
    /// министерства").
    fn fronted_listener(&self, cs: usize, (s, e): Span, verb_end: usize, end: usize) -> bool {
        let text = self.text();
        let ws = self.reader.words(s, e);
        let (Some(first), Some(last)) = (ws.first(), ws.last()) else {
            return false;
        };
        let outlet = self
            .reader
            .hits_in(s, e)
            .iter()
            .any(|o| o.is(kind::OUTLET) && o.start <= first.start && last.end <= o.end);
        let quoted = text[..first.start].ends_with('«')
            && self
                .reader
                .quoted_name_end(first.start, end)
                .is_some_and(|c| c >= last.end && c <= e + 2);
        // It opens its clause, past function words ("Об этом"), not a noun's complement ("В
        // пресс-службе «Гранита» сообщили «СпортАрене»").
        let opens = self.reader.words(cs, s).iter().enumerate().all(|(i, w)| {
            (i == 0 || !is_capitalised(w.text(text))) && !w.is_n(SOURCE_NOUNS | wf::OUTLET_NOUN)
        });
        // Nor the subject of a clause of its own before the verb ("«Справедливая Россия»
        // получила 19 мандатов, сообщила …").
        let own_clause = text[e..verb_end.clamp(e, end.max(e))].contains(',');
        if !(outlet || quoted || self.dative_outlet_noun(cs, (s, e))) || !opens || own_clause {
            return false;
        }
        let Some((a, b)) = self.reader.object_after(verb_end, end) else {
            return false;
        };
        let after = self.reader.words(a, b);
        // Past a count ("Об этом РБК рассказали два источника").
        let counted = after
            .iter()
            .take_while(|w| {
                w.is_n(wf::COUNT_TWO | wf::COUNT_MANY)
                    || w.text(text).chars().all(|c| c.is_ascii_digit())
            })
            .count();
        let after = &after[counted..];
        let speaker = |w: &Tok| {
            w.is_n(SOURCE_NOUNS | wf::TITLE)
                || is_capitalised(w.text(text))
                    && !text[..w.start].ends_with(['«', '"', '“'])
                    && !self
                        .reader
                        .hits_in(w.start, w.end)
                        .iter()
                        .any(|h| h.is(kind::OUTLET))
        };
        match after.first() {
            Some(w) if w.is_n(wf::PREPOSITION) => after.get(1).is_some_and(speaker),
            Some(w) => speaker(w) && !w.is_n(wf::PRONOUN),
            None => false,
        }
    }

    /// Whether the cue `verb` opens with a plural verb form (`grammar.plural_verb_suffixes`).
    fn plural_verb(&self, verb: &Hit) -> bool {
        let text = self.text();
        self.reader
            .words(verb.start, verb.end)
            .first()
            .is_some_and(|v| ends_with_any(&v.text(text).lower(), &self.lex().plural_verb_suffixes))
    }

    /// "В Кремле ТАСС сообщили": the place that opens the clause `cs` and the outlet alone
    /// (listed, or a name in guillemets) between it and the plural verb `verb`, whose listener
    /// the outlet is (a singular name does not agree with the verb).
    fn place_before_outlet(&self, cs: usize, (s, e): Span, verb: &Hit) -> Option<(Span, Span)> {
        let text = self.text();
        let plural_verb = self.plural_verb(verb);
        let gap = text[e..verb.start].trim_matches(|c: char| c.is_whitespace() || is_quote_char(c));
        if !plural_verb || !gap.is_empty() {
            return None;
        }
        let ws = self.reader.words(s, e);
        let last = ws.last()?;
        // The outlet ends the phrase (the place may run into it: "В Министерстве … области
        // «Ъ»"): a listed one, or a name in guillemets.
        let outlet_start = self
            .reader
            .hits_in(s, e)
            .iter()
            .rfind(|o| o.is(kind::OUTLET) && last.end <= o.end)
            .map(|o| o.start)
            .or_else(|| {
                let open = text[..last.start].ends_with('«') && text[last.end..].starts_with('»');
                open.then_some(last.start)
            })?;
        let place = self.reader.words(cs, outlet_start);
        let [prep, head, ..] = &place[..] else {
            return None;
        };
        // Not a name that a lower-case noun right before it governs ("В пресс-службе «Кедра»
        // сообщили": the club's press service).
        let governed = place.len() == 2 && !is_capitalised(head.text(text));
        let speaks = !governed && (is_capitalised(head.text(text)) || head.is_n(SOURCE_NOUNS));
        (prep.is_n(wf::PREPOSITION) && speaks && !head.is_n(wf::PRONOUN))
            .then(|| ((head.start, place[place.len() - 1].end), (outlet_start, e)))
    }

    /// Cue hits of `[s, e)` outside quotations.
    fn live_hits(&self, s: usize, e: usize) -> &[Hit] {
        let live = self.live_hits.get_or_init(|| {
            let hits = self.reader.hits;
            hits.iter()
                .enumerate()
                .filter(|&(i, h)| !self.in_quote(h.start) && !self.event_mention(i))
                .map(|(_, h)| *h)
                .collect()
        });
        let lo = live.partition_point(|h| h.start < s);
        let hi = live.partition_point(|h| h.start < e);
        // Hits do not overlap: only the last one may run past `e`.
        let hi = if hi > lo && live[hi - 1].end > e {
            hi - 1
        } else {
            hi
        };
        &live[lo..hi]
    }

    /// "Shares jumped after the Reuters report, …", "… fell after the Financial Times published
    /// its report": an outlet's report named as an event in time, with no content of its own,
    /// is no cue. (A report "that …", "saying …" or "on …" still relays.)
    fn event_mention(&self, i: usize) -> bool {
        let hits = self.reader.hits;
        let h = &hits[i];
        if h.entry.kinds != kind::VERB || i == 0 || !hits[i - 1].is(kind::OUTLET) {
            return false;
        }
        let text = self.text();
        let o = &hits[i - 1];
        if !text[o.end..h.start].trim().is_empty() {
            return false;
        }
        // Before the outlet: a subordinator ("after", "since"), perhaps with an article.
        let lo = floor_char(text, o.start.saturating_sub(24));
        let before = self.reader.words(lo, o.start);
        let mut k = before.len();
        if k > 0 && before[k - 1].is(wf::ARTICLE) {
            k -= 1;
        }
        if k == 0 || !before[k - 1].is(wf::SUBORDINATOR) {
            return false;
        }
        // After the cue: nothing, or a possessive or article and a document noun, then the
        // clause ends.
        let hi = ceil_char(text, (h.end + 40).min(text.len()));
        let after = self.reader.words(h.end, hi);
        let mut j = 0;
        let noun = self.reader.words(h.start, h.end);
        if !noun.last().is_some_and(|w| w.is_n(wf::DOCUMENT_HEAD)) {
            if after
                .first()
                .is_some_and(|w| w.is(wf::POSSESSIVE | wf::ARTICLE))
            {
                j = 1;
            }
            if !after.get(j).is_some_and(|w| w.is_n(wf::DOCUMENT_HEAD)) {
                return false;
            }
            j += 1;
        }
        let end = if j == 0 { h.end } else { after[j - 1].end };
        text[end..].trim_start().starts_with([',', '.', ';'])
    }

    fn is_publisher(&self, hop: &Hop) -> bool {
        match &self.publisher {
            None => false,
            Some(p) => {
                // "«Вестнику»", "«Тальской недели»" in «Ключегорский вестник» and «Тальская
                // неделя»: the name's last word, or every word, in another case.
                let pw: Vec<&str> = p.name.split_whitespace().collect();
                let hw: Vec<&str> = hop.name.split_whitespace().collect();
                let inflected = !hw.is_empty()
                    && (hw.len() == pw.len()
                        && pw
                            .iter()
                            .zip(&hw)
                            .all(|(a, b)| a.eq_ignore_ascii_case(b) || same_stem(a, b, self.lex()))
                        // "told the Journal" in The Wall Street Journal: an unlisted one-word name
                        // that is the publisher's last word (a listed "the Times" is another
                        // paper).
                        || hw.len() == 1
                            && pw.len() > 1
                            && pw.last().is_some_and(|l| {
                                same_stem(l, hw[0], self.lex())
                                    || hop.outlet.is_none() && l.eq_ignore_ascii_case(hw[0])
                            })
                        // The publisher known by its last word ("на запрос «Недели»").
                        || pw.len() == 1
                            && hw.len() > 1
                            && hw.last().is_some_and(|l| same_stem(l, pw[0], self.lex())));
                (p.outlet.is_some() && p.outlet == hop.outlet)
                    || p.name.eq_ignore_ascii_case(&hop.name)
                    || same_stem(&p.name, &hop.name, self.lex())
                    || inflected
                    // "BBC" for "BBC News"; not two names that share a first word ("Лесногорск
                    // 24", "Лесногорск онлайн").
                    || {
                        // Without articles: "The Calder Review" is "Calder Review".
                        let articles = &self.lex().articles;
                        let content = |ws: &[&str]| -> Vec<String> {
                            ws.iter()
                                .map(|w| w.lower())
                                .filter(|w| !articles.contains(w))
                                .collect()
                        };
                        let (pc, hc) = (content(&pw), content(&hw));
                        pc == hc
                            || (pc.len() <= 1 || hc.len() <= 1)
                                && brand(&p.name, self.lex())
                                    .is_some_and(|b| brand(&hop.name, self.lex()) == Some(b))
                    }
            }
        }
    }

    /// The run of letters and digits before `pos`.
    fn word_before(&self, pos: usize) -> &'a str {
        let t = &self.text()[back(self.text(), 0, pos)..pos];
        let t = t.trim_end();
        t.rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
    }

    /// The word before the word before `pos` ("number" in "number three said").
    fn second_word_before(&self, pos: usize) -> &'a str {
        let w = self.word_before(pos);
        let at = (w.as_ptr() as usize).wrapping_sub(self.text().as_ptr() as usize);
        if at <= pos {
            self.word_before(at)
        } else {
            ""
        }
    }

    /// Where the clause holding `pos` starts: after a closing quotation, a semicolon or the
    /// start of the unit.
    fn clause_start(&self, u: (usize, usize), pos: usize) -> usize {
        let mut cs = back(self.text(), u.0, pos);
        for q in self.quotes_in(cs, pos) {
            if q.end <= pos && q.end > cs && !q.short {
                cs = q.end;
            }
        }
        if let Some(i) = self.text()[cs..pos].rfind(';') {
            cs = cs + i + 1;
        }
        cs
    }

    /// "The chief executive of Lumen Forge, the Stockholm studio behind Skyhaven, announced":
    /// when the subject found, `[s, e)`, describes a thing ("the Stockholm studio") right after
    /// the clause's opening noun phrase, which has a source noun ("chief executive"), the
    /// subject is that opening phrase and the rest its appositive.
    fn subject_before_appositive(
        &self,
        cs: usize,
        (s, e): (usize, usize),
        after: &str,
    ) -> Option<(usize, usize)> {
        let text = self.text();
        let comma = text[cs..s].trim_end().strip_suffix(',')?.len() + cs;
        if text[cs..comma].contains(',') {
            return None;
        }
        let described = self.reader.words(s, e);
        let head = described
            .iter()
            .take_while(|w| !w.is_n(wf::PREPOSITION | wf::RELATIVE))
            .collect::<Vec<_>>();
        // A thing: a lower-case head that is not a source noun ("the Hertfordshire Advertiser"
        // is a name), with the cue's content `after` the cue, not before it.
        let thing = described.first()?.is_n(wf::DETERMINER)
            && !head.iter().any(|w| w.is_n(SOURCE_NOUNS))
            && !is_capitalised(head.last()?.text(text));
        let (a, b) = self.clean_chunk(cs, comma, false)?;
        let opening = self.reader.words(a, b);
        // "two officials from the Agrarian Union, the junior partner, said": a singular
        // appositive after a counted group of people "from" something describes that thing.
        let counted_of = || {
            opening
                .first()
                .is_some_and(|w| w.is_n(wf::COUNT_TWO | wf::COUNT_MANY))
                && opening.iter().any(|w| w.is_n(wf::PREPOSITION))
                && described.first().is_some_and(|w| w.is_n(wf::ARTICLE))
                && !head.last().is_some_and(|w| w.is_n(wf::PLURAL))
        };
        if !(thing || counted_of()) || !words_at_least(after, 5) {
            return None;
        }
        let sourced = opening
            .iter()
            .take_while(|w| !w.is_n(wf::PREPOSITION | wf::RELATIVE))
            .any(|w| w.is_n(SOURCE_NOUNS));
        (sourced && self.reader.valid_np(a, b)).then_some((a, b))
    }

    /// The subject phrase before a cue: the last comma-separated chunk that reads as a noun
    /// phrase, joined with an appositive before it ("Cllr Janet Hebden, the cabinet member").
    fn subject_before(&self, cs: usize, pos: usize) -> Option<(usize, usize)> {
        let text = self.text();
        let mut chunks: Vec<(usize, usize)> = Vec::new();
        let mut start = cs;
        for i in memchr::memchr_iter(b',', &text.as_bytes()[cs..pos]) {
            // "1,100": a thousands separator, not a clause comma.
            if !thousands_comma(text, cs + i) && !self.in_short_quote(cs + i) {
                chunks.push((start, cs + i));
                start = cs + i + 1;
            }
        }
        chunks.push((start, pos));
        // "Kyodo, in turn, citing …", "Kyodo, в свою очередь, со ссылкой на …": a discourse
        // phrase between commas is read past, never a subject.
        // (Only chunks short enough to be one are lower-cased to look them up.)
        // So is a phrase an adverbial participle opens («…, комментируя публикацию CNN, …»).
        if chunks.len() >= 3 && !self.lex().parentheticals.is_empty() {
            let lex = self.lex();
            let first = chunks[0].0;
            chunks.retain(|&(a, b)| {
                let t = text[a..b].trim();
                // (Not a role before a name: «Подруга певицы, телеведущая Алина Зорич, …».)
                let mut ws = t.split_whitespace();
                let gerund = a > first
                    && ws
                        .next()
                        .is_some_and(|w| lower_case_form(w, &lex.gerund_suffixes))
                    && ws.next().is_some_and(|w| w.starts_with(char::is_lowercase));
                !gerund
                    && (t.len() > lex.parenthetical_max_len
                        || !lex.parentheticals.contains(&t.lower()))
            });
        }
        let n = chunks.len();
        // "Carol Brennan, 58, of St. Albans, Hertfordshire, denies": a name, an age and short
        // place appositives before the cue; the name is the subject.
        let age = |&(a, b): &(usize, usize)| is_age(&text[a..b]);
        if let Some(j) = (1..n.saturating_sub(1)).find(|&j| age(&chunks[j])) {
            // (A relative clause may follow them: "Margaret, 81, from Cleve Hill, who asked
            // that her surname not be published, said".)
            let places = chunks[j + 1..n - 1].iter().all(|&(a, b)| {
                let ws = self.reader.words(a, b);
                ws.len() <= 4 || ws[0].is(wf::RELATIVE) && !ws[0].is(wf::SUBORDINATOR)
            }) && text[chunks[n - 1].0..pos].trim().is_empty();
            let (a, b) = chunks[j - 1];
            if let Some((a, b)) = places.then(|| self.clean_chunk(a, b, false)).flatten() {
                if self.reader.valid_np(a, b) && is_capitalised(&text[a..b]) {
                    // "Her granddaughter, Lily Castellane, 19, …": a short role before the
                    // name is read with it.
                    let role = (j >= 2)
                        .then(|| self.clean_chunk(chunks[j - 2].0, chunks[j - 2].1, false))
                        .flatten()
                        .filter(|&(ra, rb)| {
                            let ws = self.reader.words(ra, rb);
                            ws.len() <= 4
                                && ws[0].is_n(wf::POSSESSIVE)
                                && ws.last().is_some_and(|w| w.is_n(PERSON_NOUNS))
                        });
                    return Some((role.map_or(a, |r| r.0), b));
                }
            }
        }
        // The words of the chunk right before the cue.
        let last = self.reader.words(chunks[n - 1].0, chunks[n - 1].1);
        // "Researchers at Kingsport University analysed 40 years of measurements, and found
        // that …": a cue after ", and" shares the subject of the verb that opens the clause.
        if n >= 2 && last.len() == 1 && last[0].is(wf::COORDINATOR) {
            let ws = self.reader.words(chunks[0].0, chunks[0].1);
            let verb = ws.iter().enumerate().skip(1).find(|(_, w)| {
                w.is(wf::PAST_SUFFIX) && !is_capitalised(w.text(text)) && !w.is_n(SOURCE_NOUNS)
            });
            if let Some((i, _)) = verb.filter(|&(i, _)| i <= 12) {
                if let Some((a, b)) = self.clean_chunk(ws[0].start, ws[i - 1].end, false) {
                    if self.reader.valid_np(a, b)
                        && self.reader.words(a, b).iter().any(|w| w.is_n(SOURCE_NOUNS))
                    {
                        return Some((a, b));
                    }
                }
            }
        }
        // "… met with fury from residents, who say …": a relative word alone before the cue
        // speaks for the noun phrase that ends the clause before it (a chunk too long to be a
        // noun phrase itself), after its last preposition.
        if n >= 2 && last.len() == 1 && last[0].is(wf::RELATIVE) {
            let prev = self.reader.words(chunks[n - 2].0, chunks[n - 2].1);
            let after_prep = prev
                .iter()
                .rposition(|w| w.is_n(wf::PREPOSITION))
                .map(|p| &prev[p + 1..])
                // (Or a shorter clause with a passive verb: "The plan was attacked by
                // officials, who said …".)
                .filter(|np| {
                    (prev.len() > 8 || prev.iter().any(|w| w.is(wf::PASSIVE_AUXILIARY)))
                        && (1..=5).contains(&np.len())
                });
            if let Some(np) = after_prep {
                let span = (np[0].start, np[np.len() - 1].end);
                if self.reader.valid_np(span.0, span.1) {
                    return Some(span);
                }
            }
        }
        // "…, a move that Bloomberg News reported was followed by …": a relative and a name
        // right before the cue; the name is the subject of the relative clause.
        // (The cheap tests first: a capitalised word ends the chunk at the cue.)
        let name_ends = last
            .last()
            .is_some_and(|w| is_capitalised(w.text(text)) && text[w.end..pos].trim().is_empty());
        if name_ends && !self.lex().articles.is_empty() {
            let rel = last
                .iter()
                .rposition(|w| w.is(wf::RELATIVE) && !w.is(wf::SUBORDINATOR));
            if let Some(r) = rel.filter(|&r| r > 0) {
                let name = &last[r + 1..];
                if (1..=3).contains(&name.len())
                    && name.iter().all(|w| is_capitalised(w.text(text)))
                {
                    return Some((name[0].start, name[name.len() - 1].end));
                }
            }
        }
        // "Интерфакс со ссылкой на источник, знакомый с ходом расследования, сообщил": a
        // lower-case description after a citing phrase describes what is cited; the subject
        // opens the chunk before it.
        // (Past an empty chunk between the last comma and the cue.)
        let m = n - usize::from(n >= 2 && text[chunks[n - 1].0..chunks[n - 1].1].trim().is_empty());
        // A chunk that a citing phrase opens ("со ссылкой на …", "citing …").
        let opens_citing = |(ca, cb): (usize, usize)| {
            self.reader
                .hits_in(ca, cb)
                .first()
                .is_some_and(|h| h.is(kind::CITING) && text[ca..h.start].trim().is_empty())
        };
        // A chunk that, cleaned, reads as a noun phrase.
        let np_chunk = |(a, b): (usize, usize)| {
            self.clean_chunk(a, b, false)
                .filter(|&(a, b)| self.reader.valid_np(a, b))
        };
        // "Японское агентство Kyodo, со ссылкой на источник в правительстве Филиппин,
        // сообщает": a citing phrase that opens the chunk before the cue is no subject; the
        // chunk before it is.
        if m >= 2 && m == n && opens_citing(chunks[m - 1]) {
            if let Some(span) = np_chunk(chunks[m - 2]) {
                return Some(span);
            }
        }
        if m >= 2 {
            let (pa, pb) = chunks[m - 2];
            let described = self
                .reader
                .words(chunks[m - 1].0, chunks[m - 1].1)
                .first()
                .is_some_and(|w| !is_capitalised(w.text(text)) && !w.is(wf::RELATIVE));
            let citing = self
                .reader
                .hits_in(pa, pb)
                .iter()
                .find(|h| h.is(kind::CITING) && h.end <= pb)
                .map(|h| h.start);
            if let Some(span) = citing.filter(|_| described).and_then(|c| np_chunk((pa, c))) {
                return Some(span);
            }
        }
        // "Xinhua, citing a command spokesman, Senior Colonel Zhao Minghui, said": a citing
        // phrase set off by commas, then the cited person's name, between the subject and the
        // cue.
        if m >= 3 {
            let apposed_name = || {
                let named = self.reader.words(chunks[m - 1].0, chunks[m - 1].1);
                (1..=MAX_NAME_WORDS + 2).contains(&named.len())
                    && named.iter().all(|w| is_capitalised(w.text(text)))
            };
            if opens_citing(chunks[m - 2]) && apposed_name() {
                if let Some(span) = np_chunk(chunks[m - 3]) {
                    return Some(span);
                }
            }
        }
        // "В заявлении, опубликованном на сайте компании, говорится": a place or document with
        // a participle phrase (a lower-case adjective form) between it and the cue speaks.
        if m >= 2 && !self.lex().participle_phrase_suffixes.is_empty() {
            let (pa, pb) = chunks[m - 2];
            let described = self.reader.words(chunks[m - 1].0, chunks[m - 1].1);
            let participle = described.len() >= 2
                && described.first().is_some_and(|w| {
                    let endings = &self.lex().participle_phrase_suffixes;
                    let t = w.text(text);
                    lower_case_form(t, endings)
                        || w.is_n(wf::PARTICIPLE_SUFFIX) && t.starts_with(char::is_lowercase)
                });
            if participle
                && self
                    .reader
                    .words(pa, pb)
                    .first()
                    .is_some_and(|w| w.is_n(wf::PREPOSITION))
            {
                if let Some(span) = self.clean_chunk(pa, pb, true) {
                    return Some(span);
                }
            }
        }
        let mut skip_relative = None;
        // The last four chunks, past a relative clause and the phrase after it.
        for (k, &(a, b)) in chunks.iter().enumerate().rev() {
            if k + 4 + 2 * usize::from(skip_relative.is_some()) < n {
                break;
            }
            if skip_relative == Some(k) {
                continue;
            }
            // "…, в разговоре с нашим изданием оценил": a channel phrase set off before the cue
            // is no subject.
            if k > 0
                && self
                    .reader
                    .hits_in(a, b)
                    .first()
                    .is_some_and(|h| h.is(kind::TO_CHANNEL) && text[a..h.start].trim().is_empty())
            {
                continue;
            }
            // A long clause right before the cue that is no subject ("..., announced on Thursday
            // that it was laying off 180 people in a post that drew angry replies"): the cue's
            // subject is not further back.
            let clause_next_to_cue = |a, b| k == n - 1 && words_at_least(&text[a..b], MAX_GAP);
            // "Critics, including the campaign group X, argue": the named member speaks.
            if let Some(named) = self.included_name(a, b) {
                return Some(named);
            }
            let Some((ca, cb)) = self.clean_chunk(a, b, k == n - 1) else {
                if clause_next_to_cue(a, b) {
                    return None;
                }
                continue;
            };
            let (ca, cut) = self.reader.cut_forward(ca, cb);
            let cb = self.reader.description_end(ca, cut, cb);
            if !self.reader.valid_np(ca, cb) {
                if clause_next_to_cue(a, b) {
                    return None;
                }
                continue;
            }
            // "A commander, who gave only his call sign, Hrim, in line with military rules,
            // told": a phrase right after a relative clause, more before the cue, is in
            // apposition inside it.
            let in_relative = k >= 2 && k + 1 < n && {
                let rel = self.reader.words(chunks[k - 1].0, chunks[k - 1].1);
                rel.len() >= 3 && rel[0].is(wf::RELATIVE)
            };
            if in_relative {
                skip_relative = Some(k - 1);
                continue;
            }
            if k >= 2 && self.place_after_role(chunks[k - 2], chunks[k - 1], (ca, cb)) {
                continue;
            }
            let (a, b) = (ca, cb);
            // Appositive before it: a name and its role, or, when nothing but introductory
            // phrases comes earlier, an appositive that reads as one.
            if k > 0 {
                let (pa, pb) = chunks[k - 1];
                if let Some((pa, pb)) = self.clean_chunk(pa, pb, false) {
                    let first = self.reader.words(pa, pb);
                    // A name and a role, either way round: one side is a bare name ("Ada
                    // Ruiz, the mayor", "Her barrister, Helen Osei KC"). "The talks stalled,
                    // diplomatic sources said" and "Revenue fell 5%, chief financial officer
                    // Mark Lee said" are a clause and a noun phrase.
                    let second = self.reader.words(a, b);
                    let bare_name = |ws: &[Tok]| {
                        (1..=MAX_NAME_WORDS).contains(&ws.len())
                            && is_capitalised(ws[0].text(text))
                            && ws
                                .iter()
                                .all(|w| is_capitalised(w.text(text)) || w.is(wf::NAME_JOINER))
                    };
                    // The other side, before a bare name, is a role: a person noun heads it.
                    let role = |ws: &[Tok]| {
                        let head = ws
                            .iter()
                            .position(|w| w.is_n(wf::PREPOSITION | wf::RELATIVE))
                            .unwrap_or(ws.len());
                        head > 0 && ws[head - 1].is_n(PERSON_NOUNS)
                    };
                    // "lead author Ingrid Solberg, a nephrologist at …": a short role and a
                    // name, then a description opened by an indefinite article.
                    let role_name = |ws: &[Tok]| {
                        let tail = ws
                            .iter()
                            .rev()
                            .take_while(|w| is_capitalised(w.text(text)))
                            .count();
                        (2..=3).contains(&tail) && tail < ws.len() && ws.len() - tail <= 3
                    };
                    let description = |ws: &[Tok]| ws.first().is_some_and(|w| w.is(wf::INDEFINITE));
                    // "… and Penang, Malaysia, the people said": a plural role is no one name's.
                    // ("the people" is a back-reference to a source before.)
                    let plural_role = second.last().is_some_and(|w| w.is_n(wf::PLURAL))
                        || matches!(&second[..], [d, h] if d.is_n(wf::DEFINITE) && h.is_n(wf::ANONYMOUS_CORE_HEAD));
                    let name_and_role = bare_name(&first) && role(&second) && !plural_role
                        || bare_name(&second) && role(&first)
                        || role_name(&first) && description(&second);
                    let intro_only = || {
                        chunks[..k - 1]
                            .iter()
                            .all(|&(x, y)| self.clean_chunk(x, y, false).is_none())
                    };
                    // With nothing but introductory phrases earlier, a bare name first is
                    // enough ("Ada Ruiz, the mayor of Kestra").
                    let paired = name_and_role || bare_name(&first) && intro_only();
                    if paired
                        && first.len() <= 7
                        && self.reader.valid_np(pa, pb)
                        && !first.first().is_some_and(|w| w.is_n(wf::PREPOSITION))
                        && self.reader.cut_forward(pa, pb).1 == pb
                    {
                        return Some((pa, b));
                    }
                }
            }
            return Some((a, b));
        }
        None
    }

    /// "Karen Whitlow, a nurse from Harmon Falls, Minnesota, told": a short capitalised chunk
    /// after a lower-case role that ends in a preposition and a name, itself after a bare
    /// name, is the place's state or country, not the speaker.
    fn place_after_role(&self, name: Span, role: Span, place: Span) -> bool {
        let text = self.text();
        let caps = |ws: &[Tok]| ws.iter().all(|w| is_capitalised(w.text(text)));
        let place = self.reader.words(place.0, place.1);
        if !(1..=2).contains(&place.len()) || !caps(&place) {
            return false;
        }
        let role = self.reader.words(role.0, role.1);
        let ends_in_name = role
            .iter()
            .rposition(|w| w.is_n(wf::PREPOSITION))
            .is_some_and(|p| p > 0 && p + 1 < role.len() && caps(&role[p + 1..]));
        let name = self.reader.words(name.0, name.1);
        ends_in_name
            && role.first().is_some_and(|w| !is_capitalised(w.text(text)))
            && (1..=MAX_NAME_WORDS).contains(&name.len())
            && caps(&name)
    }

    /// The phrase after an inclusion word that opens `[a, b)` ("including the Taxpayers'
    /// Alliance"), when it names someone: a capitalised word that is not its first.
    fn included_name(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        // Read the chunk's words only when its first word is an inclusion word.
        let first_word = self.text()[a..b]
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .split(|c: char| !c.is_alphanumeric())
            .next()?;
        if !self.lex().word_is(first_word, wf::INCLUSION) {
            return None;
        }
        let ws = self.reader.words(a, b);
        let (_, rest) = ws.split_first()?;
        let last = rest.last()?;
        let named = rest
            .iter()
            .enumerate()
            .any(|(i, w)| (i > 0 || !w.is(wf::DETERMINER)) && is_capitalised(w.text(self.text())));
        (named && self.reader.valid_np(rest[0].start, last.end))
            .then_some((rest[0].start, last.end))
    }

    /// The noun phrase that opens a clause: a capitalised name ("Kestrel Air"), or a
    /// determiner and up to three words ending in a source noun ("The company", "Its parent
    /// company").
    fn opening_np(&self, ws: &[Tok]) -> Option<(usize, usize)> {
        let text = self.text();
        let first = ws.first()?;
        let span = if first.is(wf::DETERMINER | wf::POSSESSIVE) {
            let j = ws
                .iter()
                .take(4)
                .skip(1)
                .position(|w| w.is_n(SOURCE_NOUNS | wf::DOCUMENT_HEAD | wf::OUTLET_NOUN))?;
            (first.start, ws[j + 1].end)
        } else {
            let run = ws
                .iter()
                .take_while(|w| is_capitalised(w.text(text)) || w.is(wf::NAME_JOINER))
                .count();
            if run == 0 || run > MAX_NAME_WORDS || run == ws.len() {
                return None;
            }
            (first.start, ws[run - 1].end)
        };
        self.reader.valid_np(span.0, span.1).then_some(span)
    }

    /// Where the name ends in "Name, description" (`[s, e)`): a bare capitalised name before
    /// the first comma, and a lower-case description after it ("Pellworth Foods, the maker of
    /// …"). Not "Her barrister, Helen Osei KC": the role comes first there.
    fn name_before_appositive(&self, s: usize, e: usize) -> Option<usize> {
        let text = self.text();
        let comma = s + text[s..e].find(',')?;
        let name = self.reader.words(s, comma);
        let rest = self.reader.words(comma, e);
        let bare = (1..=MAX_NAME_WORDS).contains(&name.len())
            && name
                .iter()
                .all(|w| is_capitalised(w.text(text)) || w.is(wf::NAME_JOINER));
        let described = rest.first().is_some_and(|w| !is_capitalised(w.text(text)));
        // "Инфекционист, профессор Аркадий Белозёров": one capitalised word that opens the
        // sentence, then a role and a name, is the person's first role, no name.
        let tail = rest
            .iter()
            .rev()
            .take_while(|w| is_capitalised(w.text(text)))
            .count();
        let role_and_name = name.len() == 1 && tail >= 2 && tail < rest.len() && {
            let role = &rest[rest.len() - tail - 1];
            role.text(text).chars().all(char::is_alphabetic)
                && !role.is_n(wf::PREPOSITION | wf::DETERMINER)
        };
        (bare && described && !role_and_name).then_some(name[name.len() - 1].end)
    }

    /// The noun phrase that ends at the comma before `pos`, after the last cue before it and
    /// any preposition that governs it ("declined to comment beyond (a notice on its website),").
    fn antecedent(&self, pos: usize) -> Option<(usize, usize)> {
        let text = self.text();
        let comma = text[..pos].trim_end();
        let comma = comma.strip_suffix(',')?.len();
        let hits = self.reader.hits;
        let floor = back(text, 0, comma);
        let lo = hits[..hits.partition_point(|h| h.start < comma)]
            .last()
            .map_or(floor, |h| h.end.max(floor));
        let ws = self.reader.words(lo.min(comma), comma);
        let first = ws.iter().position(|w| !w.is(wf::PREPOSITION))?;
        let ws = &ws[first..];
        let ok = (1..=8).contains(&ws.len())
            && !text[ws[0].start..comma].contains(|c: char| ",;:".contains(c) || is_quote_char(c));
        ok.then(|| (ws[0].start, ws[ws.len() - 1].end))
    }

    /// The end of an access phrase between commas after a document subject `(s, e)` and before
    /// the cue at `cue` ("Minutes of the meeting, reviewed by the Financial Times, show").
    fn document_access_appositive(&self, s: usize, e: usize, cue: usize) -> Option<usize> {
        let text = self.text();
        let gap = &text[e..cue];
        // (Past a short phrase the subject left out: "Minutes of the meeting in November 2023,
        // reviewed by …".)
        let lead = gap.find(',')?;
        if !words_at_most(&gap[..lead], 4) || gap[..lead].contains(['"', '“', '«', ';']) {
            return None;
        }
        let inner = &gap[lead + 1..];
        let close = inner.trim_end().strip_suffix(',')?;
        let from = cue - gap.len() + (gap.len() - inner.len());
        let to = from + close.len();
        if close.contains([',', ';']) || !words_at_most(close, 10) {
            return None;
        }
        let access = self.reader.hits_in(from, to);
        let opens = access.iter().find(|h| h.is(kind::SELF_REFERENCE))?;
        if !(text[from..opens.start].trim().is_empty()
            && self
                .reader
                .words(s, e)
                .iter()
                .any(|w| w.is_n(wf::DOCUMENT_HEAD)))
        {
            return None;
        }
        // Up to the name of who got it ("leaked to the Chronicle last month").
        let named_end = self
            .reader
            .words(opens.end, to)
            .iter()
            .rev()
            .find(|w| is_capitalised(w.text(text)))
            .map(|w| w.end);
        Some(named_end.unwrap_or(to))
    }

    /// A capitalised place name in the genitive («России», «Москвы») or a short abbreviation in
    /// capitals («РФ», «США»), for a language that lists genitive endings.
    fn genitive_place(&self, w: Tok) -> bool {
        let lex = self.lex();
        if lex.genitive_place_suffixes.is_empty() {
            return false;
        }
        let t = w.text(self.text());
        let n = t.chars().count();
        (2..=4).contains(&n) && t.chars().all(char::is_uppercase)
            || n >= 4
                && is_capitalised(t)
                && ends_with_any(&t.lower(), &lex.genitive_place_suffixes)
    }

    /// The subject of a chunk that opens with a prepositional phrase and no comma, where the
    /// subject may follow one ("На брифинге Лавров", "В ходе встречи министр"): from the first
    /// name or source noun that no preposition or channel cue governs. With none, next to the
    /// verb, the place itself speaks ("В МЧС сообщили", "В компании заявили").
    fn after_opening_phrase(&self, ws: &[Tok], next_to_verb: bool) -> Option<(usize, usize)> {
        let text = self.text();
        let end = ws.last()?.end;
        // "с которыми поговорил наш корреспондент": a relative clause, no subject chunk.
        if ws.get(1).is_some_and(|w| w.is_n(wf::RELATIVE)) {
            return None;
        }
        let hits = self.reader.hits_in(ws[0].start, end);
        let channel_end = hits
            .iter()
            .filter(|h| h.is(kind::TO_CHANNEL))
            .map(|h| h.end)
            .max()
            .unwrap_or(0);
        // The outlet the channel phrase governs, whole ("В интервью РИА Новости Оршанский"),
        // also after a lower-case outlet noun ("В эфире радио Sputnik Северин").
        let outlet_noun_gap = |a: usize, b: usize| {
            let gap = self.reader.words(a, b);
            gap.len() <= 3
                && gap.last().is_some_and(|w| w.is_n(wf::OUTLET_NOUN))
                && gap.iter().all(|w| !is_capitalised(w.text(text)))
        };
        let listener_end = hits
            .iter()
            .find(|h| {
                channel_end > 0
                    && h.is(kind::OUTLET)
                    && h.start >= channel_end
                    && (text[channel_end..h.start]
                        .trim_matches(|c: char| c.is_whitespace() || is_quote_char(c))
                        .is_empty()
                        || outlet_noun_gap(channel_end, h.start))
            })
            .map_or(channel_end, |h| h.end);
        // An unlisted outlet in quotation marks, after an outlet noun or not ("В интервью
        // порталу «Наука Сибири» Зарубин").
        let listener_end = match ws.iter().position(|w| w.start >= channel_end) {
            Some(i) if channel_end > 0 && listener_end == channel_end => {
                let i = i + usize::from(ws[i].is_n(wf::OUTLET_NOUN));
                let from = ws.get(i).map_or(end, |w| w.start);
                let gap = &text[channel_end..from];
                match gap.trim_end().ends_with(['«', '“', '"']) {
                    true => text[from..end]
                        .find(['»', '”', '"'])
                        .map_or(listener_end, |k| from + k + 1),
                    false => listener_end,
                }
            }
            _ => listener_end,
        };
        // "Об отставке министра сообщил источник": a phrase about what is reported runs over
        // the lower-case words after its preposition, up to a pronoun or a capitalised word.
        let lex = self.lex();
        let topic_end = if !lex.topic_prepositions.is_empty()
            && lex.topic_prepositions.contains(&ws[0].text(text).lower())
        {
            (1..ws.len())
                .find(|&j| {
                    is_capitalised(ws[j].text(text)) || ws[j].is_n(wf::PRONOUN | wf::POSSESSIVE)
                })
                .unwrap_or(ws.len())
        } else {
            0
        };
        // (Also past a possessive after the preposition: "в своём Telegram-канале".)
        let governed = |j: usize| {
            j < topic_end
                || ws[j - 1].is_n(wf::PREPOSITION)
                || j >= 2 && ws[j - 2].is_n(wf::PREPOSITION) && ws[j - 1].is_n(wf::POSSESSIVE)
                || ws[j].start < listener_end
                || ws[j - 1].start < channel_end
        };
        // A lower-case genitive after the place continues it ("В пресс-службе министерства"),
        // and so does the name of an outlet the place is ("В Telegram-канале «Осведомитель»").
        let continues_place = |j: usize| {
            let outlet_name = || {
                (1..j)
                    .rev()
                    .find(|&k| ws[k].is_n(wf::OUTLET_NOUN) || !is_capitalised(ws[k].text(text)))
                    .is_some_and(|k| {
                        ws[k].is_n(wf::OUTLET_NOUN)
                            && ws[..k].iter().any(|p| p.is_n(wf::PREPOSITION))
                            // A quoted name ends at its closing mark.
                            && !text[ws[k].end..ws[j].start].contains(['»', '”'])
                    })
            };
            j >= 2
                && (ws[j - 2].is_n(wf::PREPOSITION)
                    && ws[j - 1].is_n(SOURCE_NOUNS)
                    && (!is_capitalised(ws[j].text(text)) || self.genitive_place(ws[j]))
                    || is_capitalised(ws[j].text(text))
                        && outlet_name()
                        // (Not past the listed outlet a channel phrase governs: "В эфире
                        // радио Sputnik Северин".)
                        && !(listener_end > channel_end && ws[j].start >= listener_end))
        };
        let start = (1..ws.len()).find(|&j| {
            !ws[j].is_n(wf::PREPOSITION)
                && !governed(j)
                && !continues_place(j)
                && (is_capitalised(ws[j].text(text))
                    || ws[j].is_n(
                        SOURCE_NOUNS
                            | wf::TITLE
                            | wf::OUTLET_NOUN
                            | wf::DOCUMENT_HEAD
                            | wf::PRONOUN_PERSON
                            | wf::PRONOUN_PLURAL,
                    ))
        });
        // "В пресс-службе перевозчика корреспонденту ТАСС пояснили", "В службе нашему изданию
        // сообщили": a reporter or an outlet noun in the dative after the place (and its
        // possessive) is a listener; the place speaks. Not after a channel phrase ("В интервью
        // нашему изданию глава …").
        let listener = start
            .filter(|&j| {
                next_to_verb
                    && topic_end == 0
                    && channel_end == 0
                    && !is_capitalised(ws[j].text(text))
                    && ws[j].is_n(wf::JOURNALIST_HEAD | wf::OUTLET_NOUN)
                    && self.dative(ws[j].text(text))
            })
            .map(|j| j - usize::from(ws[j - 1].is_n(wf::POSSESSIVE | wf::FIRST_PERSON)))
            .filter(|&k| k >= 2);
        if let Some(k) = listener {
            return Some((ws[1].start, ws[k - 1].end));
        }
        match start {
            Some(j) => Some((ws[j].start, end)),
            // "В МЧС сообщили", "В письме говорится": the place or the document itself.
            None if next_to_verb && ws.len() >= 2 && topic_end == 0 => {
                let w = ws[1];
                (is_capitalised(w.text(text))
                    || w.is_n(SOURCE_NOUNS | wf::DOCUMENT_HEAD | wf::OUTLET_NOUN))
                .then_some((w.start, end))
            }
            None => None,
        }
    }

    fn in_short_quote(&self, pos: usize) -> bool {
        let i = self.quote_at(|q| q.start < pos);
        self.quotes[..i]
            .iter()
            .rev()
            .take(4)
            .any(|q| q.short && pos < q.end)
    }

    /// Trim a chunk, drop leading joiners; `None` if it opens with a preposition, a participle
    /// or (except for the chunk next to the verb) a relative pronoun.
    fn clean_chunk(&self, a: usize, b: usize, next_to_verb: bool) -> Option<(usize, usize)> {
        let text = self.text();
        let ws = self.reader.words(a, b);
        let mut i = 0;
        while i < ws.len() {
            let t = ws[i];
            // "…, что два чиновника признали": a complementiser opens content, not a subject.
            if t.is_n(wf::CLAUSE_JOINER) && !t.is_n(wf::RELATIVE)
                || t.is_n(wf::LEAD_IN)
                || t.is_n(wf::COMPLEMENTIZER) && !t.is_n(wf::RELATIVE)
            {
                i += 1;
                continue;
            }
            if t.is_n(wf::RELATIVE) {
                if next_to_verb {
                    i += 1;
                    continue;
                }
                return None;
            }
            break;
        }
        // "The company cut its forecast and said …": a verb coordinated with the clause's own
        // verb shares its subject, the noun phrase that opens the clause.
        if next_to_verb && ws.len() >= i + 3 && ws[ws.len() - 1].is_n(wf::COORDINATOR) {
            let clause = &ws[i..ws.len() - 1];
            // "В суде Полунин вину не признал и заявил": past an opening prepositional phrase
            // where a clause may open with one.
            let from = match clause.first() {
                Some(w) if w.is_n(wf::PREPOSITION) && self.lex().verb_subject_order => self
                    .after_opening_phrase(clause, false)
                    .and_then(|(s, _)| clause.iter().position(|w| w.start == s))
                    .unwrap_or(0),
                _ => 0,
            };
            return self.opening_np(&clause[from..]);
        }
        // Next to the cue, a subordinate clause ("Shares fell 5% after the company") holds the
        // subject: it starts after the last subordinator with words after it. A pronoun there
        // ("Paz fuelled it when he posted") stands for the main clause's subject: no cut.
        if next_to_verb {
            if let Some(j) = ws
                .get(i..ws.len().saturating_sub(1))
                .unwrap_or_default()
                .iter()
                .rposition(|t| t.is_n(wf::SUBORDINATOR))
            {
                if !ws[i + j + 1].is_n(wf::PRONOUN) || ws[i + j + 1].is_n(wf::POSSESSIVE) {
                    i += j + 1;
                }
            }
        }
        let w = ws.get(i)?;
        if w.is_n(wf::PREPOSITION) {
            return self
                .lex()
                .verb_subject_order
                .then(|| self.after_opening_phrase(&ws[i..], next_to_verb))
                .flatten();
        }
        if w.is_n(wf::PARTICIPLE_SUFFIX)
            && !w.text(text).chars().next().is_some_and(char::is_uppercase)
        {
            return None;
        }
        // "Информацию подтвердил источник": an object put before the verb.
        let suffixes = &self.lex().object_case_suffixes;
        if next_to_verb && !suffixes.is_empty() && ends_with_any(&w.text(text).lower(), suffixes) {
            return None;
        }
        let end = ws.last().map(|l| l.end).unwrap_or(b);
        Some((w.start, end))
    }
}

/// The brand of an outlet name: its first word that is not an article ("BBC" of "BBC News").
fn brand(name: &str, lex: &Lexicon) -> Option<String> {
    name.split_whitespace()
        .find(|w| !lex.articles.contains(&w.lower()))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).lower())
        .filter(|b| b.len() >= 2)
}

/// Split claim units into clauses where a second part carries its own attribution.
pub fn split_clauses(ctx: &Context, units: &[Unit]) -> Vec<(Unit, bool)> {
    let mut out = Vec::new();
    for &u in units {
        let mut cur = u;
        let mut elided = false;
        // At most a few splits per sentence.
        for _ in 0..4 {
            match find_split(ctx, cur) {
                Some((left_end, right_start, right_elided)) => {
                    let left = Unit {
                        end: left_end,
                        ..cur
                    };
                    out.push((left, elided));
                    cur = Unit {
                        start: right_start,
                        ..cur
                    };
                    elided = right_elided;
                }
                None => break,
            }
        }
        out.push((cur, elided));
    }
    out
}

/// A split point in `u`: (end of left part, start of right part, right part has no subject).
fn find_split(ctx: &Context, u: Unit) -> Option<(usize, usize, bool)> {
    let text = ctx.text();
    let lex = ctx.lex();
    let hits = ctx.live_hits(u.start, u.end);
    let has =
        |s: usize, e: usize, k: u32| hits.iter().any(|h| h.start >= s && h.end <= e && h.is(k));
    if u.end - u.start > 4 * WINDOW {
        return None;
    }
    if hits.is_empty() && !text[u.start..u.end].contains(';') {
        return None;
    }
    let ws = ctx.reader.words(u.start, u.end);
    if ws.len() < 6 {
        return None;
    }
    for (i, w) in ws.iter().enumerate().skip(2) {
        let gap = &text[ws[i - 1].end..w.start];
        // "£14,500": a thousands separator between digits is no comma.
        let comma = gap.contains(',') && !(gap == "," && thousands_comma(text, ws[i - 1].end));
        let semicolon = gap.contains(';');
        let and_but = w.is(wf::COORDINATOR);
        // Only commas, semicolons and "and"/"but" can open a second claim.
        if !(comma || semicolon || and_but) || ctx.in_quote(w.start) {
            continue;
        }
        let left_end = ws[i - 1].end + gap.find([',', ';']).map(|x| x + 1).unwrap_or(0);
        let left_end = if comma || semicolon {
            left_end
        } else {
            ws[i - 1].end
        };
        let left_words = i;
        let right_words = ws.len() - i;
        if left_words < 3 || right_words < 2 {
            continue;
        }
        let rs = w.start;
        // "Bloomberg reported last month, citing people familiar with the matter, that …": the
        // clause is the content of the verb before the citing phrase set off by commas.
        if comma
            && w.is_n(wf::COMPLEMENTIZER)
            && hits.iter().any(|c| {
                c.is(kind::CITING)
                    && c.end <= left_end
                    && text[u.start..c.start].trim_end().ends_with(',')
                    && hits
                        .iter()
                        .any(|v| v.is(kind::VERB) && v.end <= c.start && v.start >= u.start)
            })
        {
            continue;
        }
        let next_complementizer = ws.get(i + 1).is_some_and(|n| n.is_n(wf::COMPLEMENTIZER));
        // Read only by the tests that need them: most candidate words are rejected first.
        let left_has_frame = || {
            has(
                u.start,
                left_end,
                kind::VERB | kind::ACCORDING_TO | kind::NO_COMMENT,
            )
        };
        let right_status = || {
            has(
                rs,
                u.end,
                kind::NO_COMMENT | kind::UNVERIFIED | kind::HEARSAY,
            )
        };
        let left_status = || has(u.start, left_end, kind::NO_COMMENT | kind::UNVERIFIED);
        if semicolon && right_words >= 3 {
            return Some((left_end, rs, false));
        }
        let joiner = w.is_n(wf::CLAUSE_JOINER);
        // A reporting verb opens the next word ("..., and said", "..., which said").
        let next_is_verb = || {
            ws.get(i + 1)
                .is_some_and(|n| hits.iter().any(|h| h.start == n.start && h.is(kind::VERB)))
        };
        // "and declined to comment", "but did not say how much", "and accuse Kiev of ...".
        // ("…, and that it would not comment further": past "that" and a subject.)
        if joiner && w.is_n(wf::COORDINATOR) {
            let reach = if next_complementizer { 4 } else { 2 };
            let starts_status = hits.iter().any(|h| {
                h.start >= ws[i + 1.min(ws.len() - 1)].start.min(u.end)
                    && h.start <= ws.get(i + reach).map(|x| x.start).unwrap_or(u.end)
                    && (h.is(kind::NO_COMMENT) || h.is(kind::UNVERIFIED))
            });
            let starts_verb = comma && next_is_verb();
            let left_status = left_status();
            // Not inside a short subject and its objects, with no comma and no cue before ("Сам
            // Веленский на звонки и сообщения не ответил": one refusal).
            let bare_left =
                || !comma && !left_has_frame() && !words_at_least(&text[u.start..left_end], 7);
            if starts_status && !left_status && !bare_left() {
                return Some((left_end, rs, true));
            }
            if starts_verb && left_has_frame() {
                return Some((left_end, rs, true));
            }
            if left_status && (next_complementizer || next_is_verb()) {
                return Some((left_end, rs, true));
            }
            // "…, but analysts expect …", "…, а аналитики ожидают, что …": a clause with a
            // subject and a reporting verb of its own, within a few words and no comma.
            // Not content that goes on after "that" ("…, and that analysts expect …").
            let own_verb = || {
                let until = ws.get(i + 7).map_or(u.end, |x| x.start);
                hits.iter().any(|h| {
                    h.is(kind::VERB)
                        && h.start > ws.get(i + 1).map_or(u.end, |x| x.start)
                        && h.start < until
                        && !text[w.end..h.start].contains([',', ';', '"', '“', '«'])
                        && ws[i + 1..]
                            .iter()
                            .take_while(|x| x.end <= h.start)
                            .all(|x| !x.is_n(wf::COMPLEMENTIZER | wf::RELATIVE | wf::SUBORDINATOR))
                })
            };
            // Also after a no-comment clause ("…did not respond, but the director said …").
            if comma && own_verb() && left_has_frame() {
                return Some((left_end, rs, false));
            }
        }
        if !comma {
            continue;
        }
        // "В «А» заявили, что …, в «Б» на запрос не ответили": where a place speaks for those
        // in it, a second place with a refusal of its own is a clause of its own.
        // (A refusal quoted on the left is content: "заявили, что «не комментируют слухи»".)
        if lex.verb_subject_order
            && w.is_n(wf::PREPOSITION)
            && left_has_frame()
            && !hits.iter().any(|h| {
                h.end <= left_end
                    && h.is(kind::NO_COMMENT | kind::UNVERIFIED)
                    && !ctx.in_quote(h.start)
                    && !ctx.in_short_quote(h.start)
            })
            && hits.iter().any(|h| {
                h.start > rs
                    && h.is(kind::NO_COMMENT)
                    && !text[rs..h.start].contains([',', ';'])
                    && words_at_most(&text[rs..h.start], 8)
            })
        {
            return Some((left_end, rs, false));
        }
        // "..., saying only that": the no-comment clause is answered by what follows.
        if w.is_n(wf::CONTINUATION) && left_status() {
            return Some((left_end, rs, true));
        }
        // "declined to comment beyond a statement, which said ...": what the statement said is
        // a claim of its own.
        if w.is(wf::RELATIVE) && next_is_verb() && left_status() {
            return Some((left_end, rs, true));
        }
        // "Unions say ..., where one post in ten is empty, according to X": the relative clause
        // has a source of its own, the clause before its own verb; so has a coordinated one
        // ("Experts say …, and uptake stood at 84%, according to figures published by …").
        let trailing_according = || {
            hits.iter().any(|h| {
                h.start > rs
                    && h.is(kind::ACCORDING_TO)
                    && text[..h.start].trim_end().ends_with(',')
                    && !text[h.end..u.end].contains([',', ';'])
            })
        };
        if (w.is(wf::RELATIVE) || joiner && comma && trailing_according())
            && has(rs, u.end, kind::ACCORDING_TO)
            && has(u.start, left_end, kind::VERB)
            && !has(u.start, left_end, kind::ACCORDING_TO)
        {
            return Some((left_end, rs, false));
        }
        // "..., although this has not been confirmed", "..., a figure the department declined".
        let appositive = opens_with_any(
            &text[rs..fwd(text, rs, u.end).min(ceil_char(text, rs + 40))],
            &lex.appositive_claim_nouns,
        );
        // "The panel, which brought the case, declined to comment": a relative clause closed by
        // a comma leaves the status to the main clause after it.
        let status_in_relative = || {
            let close = text[rs..u.end].find(',').map_or(u.end, |x| rs + x);
            has(
                rs,
                close,
                kind::NO_COMMENT | kind::UNVERIFIED | kind::HEARSAY,
            )
        };
        if (joiner || appositive)
            && right_status()
            && !left_status()
            && (!w.is(wf::RELATIVE) || status_in_relative())
        {
            return Some((left_end, rs, false));
        }
        if appositive && (has(rs, u.end, kind::VERB) || has(rs, u.end, kind::NO_COMMENT)) {
            return Some((left_end, rs, false));
        }
        // A second clause with its own subject and cue: "..., but a security source said ...",
        // "..., which the council says ...", "..., the Russian authorities say that ...".
        // (Also past who saw a document subject: "…, and a report by consultants, leaked to
        // the Chronicle last month, put the bill at £480m".)
        // (Or past a short appositive set off before the verb: "…, and the main opposition
        // coalition, the Alliance for Renewal, has said …".)
        let subject_end = |h: &Hit| match text[rs..h.start].find(',') {
            None => Some(h.start),
            Some(c) => ctx
                .document_access_appositive(rs, rs + c, h.start)
                .map(|_| rs + c)
                .or_else(|| {
                    let mid = text[rs + c + 1..h.start].trim_end();
                    let (name, aux) = mid.rsplit_once(',')?;
                    let apposed = !lex.verb_subject_order
                        && !name.contains(',')
                        && words_at_most(name, 6)
                        && name.trim_start().starts_with(|ch: char| ch.is_alphabetic())
                        && words_at_most(aux, 1);
                    apposed.then_some(h.start)
                }),
        };
        let right_frame = hits.iter().find(|h| {
            h.start > rs
                && (h.is(kind::VERB) || h.is(kind::ACCORDING_TO))
                && !text[h.end..].starts_with(" to ")
                && subject_end(h).is_some_and(|se| words_at_most(&text[rs..se], 10))
        });
        if let Some(h) = right_frame {
            if h.is(kind::ACCORDING_TO) {
                if joiner {
                    return Some((left_end, rs, false));
                }
                continue;
            }
            let se = subject_end(h).unwrap_or(h.start);
            let Some(clean) = ctx.clean_chunk(rs, se, true) else {
                continue;
            };
            let (a, b) = ctx.reader.cut_forward(clean.0, clean.1);
            if !ctx.reader.valid_np(a, b) || b < se - 1 && words_at_least(&text[b..se], 3) {
                continue;
            }
            let after = &text[h.end..fwd(text, h.end, u.end)];
            // (", and the opposition has said the vote was rigged": after a comma and "and",
            // four words of content are a clause.)
            // (Only where a verb of the content shows: "declared no conflicts of interest" is
            // an object.)
            let short_clause = || {
                w.is_n(wf::COORDINATOR)
                    && !lex.verb_subject_order
                    && ctx
                        .reader
                        .words(h.end, h.end + after.len())
                        .iter()
                        .any(|x| x.is(wf::PASSIVE_AUXILIARY | wf::MODAL))
            };
            let content_after = words_at_least(after, 4)
                && (after.contains(" that ") || words_at_least(after, 6) || short_clause())
                && !after.trim_start().starts_with(',');
            if joiner && content_after {
                return Some((left_end, rs, false));
            }
            // "According to the Gazette, Whitfield told staff …": a fronted according-to phrase
            // is no claim of its own.
            // Also with a relative clause on the outlet ("According to Bloomberg News, which
            // cited people familiar with the plans, the company had hoped …").
            let fronted_according = hits.first().is_some_and(|f| {
                let phrase = &text[f.end..left_end.saturating_sub(1).max(f.end)];
                // Or a participle on the source ("По информации источников, близких к
                // «Энергии», клуб …"): a lower-case adjective form and no cue up to the comma.
                let relative_after = |c: usize| {
                    ctx.reader
                        .words(f.end + c, left_end)
                        .first()
                        .is_some_and(|w| {
                            w.is(wf::RELATIVE)
                                || lower_case_form(w.text(text), &lex.adjective_suffixes)
                                    && !has(w.start, left_end, kind::VERB)
                        })
                };
                f.is(kind::ACCORDING_TO)
                    && text[u.start..f.start].trim().is_empty()
                    && phrase.find(',').is_none_or(relative_after)
            });
            // "In a statement carried by the official Sahil News Agency, the foreign ministry
            // said …": a fronted phrase on the document that carried the words is no claim of
            // its own (a preposition, then a document noun within a few words).
            let fronted_document = ws[0].is_n(wf::PREPOSITION)
                && ws[1..i.min(4)].iter().any(|x| x.is_n(wf::DOCUMENT_HEAD))
                && !ws[..i].iter().any(|x| x.is_n(wf::COMPLEMENTIZER));
            // (Nor "заявил «Интерфаксу», что …": past the verb's listener, "that" opens its
            // content.)
            // "Сам Аристов, как утверждает «Коммерсантъ», в суде …", "Smith, according to the
            // Times, later …": an according-to phrase between commas after a short subject
            // leaves that subject to the clause after it.
            let parenthetical_according = hits
                .iter()
                .find(|f| f.start > u.start && f.end <= left_end && f.is(kind::ACCORDING_TO))
                .is_some_and(|f| {
                    let before = text[u.start..f.start].trim_end();
                    before.ends_with(',')
                        && words_at_most(before, 4)
                        && !has(u.start, f.start, kind::VERB)
                });
            let opens_content = w.is_n(wf::COMPLEMENTIZER);
            let left_content = !fronted_according
                && !parenthetical_according
                && !fronted_document
                && words_at_least(&text[u.start..left_end], 5)
                && !hits.iter().any(|x| {
                    let gap = text[x.end.min(left_end)..left_end]
                        .trim_matches(|c: char| c == ',' || c.is_whitespace());
                    x.is(kind::VERB)
                        && x.end <= left_end
                        && (gap.is_empty()
                            || opens_content && !words_at_least(gap, 4) && !gap.contains(','))
                });
            // Not a reason or condition clause on what someone expects ("…, поскольку оператор
            // рассчитывал …"): it goes on with the claim before it.
            let expectation_clause =
                w.is_n(wf::SUBORDINATOR) && h.entry.stance == Some(Stance::Belief);
            if !joiner && !expectation_clause && content_after && left_has_frame() && left_content {
                return Some((left_end, rs, false));
            }
        }
    }
    None
}

/// Who answers an interview's questions: the person named last before the first answer that
/// names no speaker of its own.
/// Whether the verb `h` closes the sentence inside a relative clause that describes a thing
/// with no content of its own: "the song Northern Wind, which Stolyarov wrote for her.",
/// "песня «Северный ветер», которую написал для неё Столяров." The relative opens the clause
/// after a comma; a subject comes between it and the verb (English) or a capitalised one after
/// the verb (where the subject may follow its verb); nothing reported follows (no
/// complementiser, colon or quotation, a few words at most). Not "officials, who said the
/// plan was dead".
fn describing_relative(ctx: &Context, u: Unit, h: &Hit) -> bool {
    let text = ctx.text();
    let lex = ctx.lex();
    // (Five words after the verb at most: most cues have more, and are done with here.)
    if u.end - h.end > 80 {
        return false;
    }
    // (The relative and up to two words before the verb: the comma is near it.)
    let from = floor_char(text, h.start.saturating_sub(60)).max(u.start);
    let Some(comma) = memchr::memrchr(b',', &text.as_bytes()[from..h.start]).map(|c| from + c)
    else {
        return false;
    };
    let between = ctx.reader.words(comma + 1, h.start);
    let Some(rel) = between.first() else {
        return false;
    };
    if !rel.is(wf::RELATIVE) || rel.is(wf::COMPLEMENTIZER) || between.len() > 3 {
        return false;
    }
    let tail = &text[h.end..u.end];
    let after = ctx.reader.words(h.end, u.end);
    if after.len() > 5
        || tail.contains([':', ','])
        || tail.contains(is_quote_char)
        || after.iter().any(|w| w.is(wf::COMPLEMENTIZER))
    {
        return false;
    }
    if lex.verb_subject_order {
        between.len() == 1 && after.last().is_some_and(|w| is_capitalised(w.text(text)))
    } else {
        between.len() >= 2 && between[1..].iter().all(|w| is_capitalised(w.text(text)))
    }
}

/// An interview answer's speaker, named outside it (a transcript's label, the person who opens
/// the sentence before the questions): the answer carries their words.
fn answered_by(ctx: &Context, a: &mut Attributed, (s, e): Span, class: Class) {
    a.source = Some((s, e));
    a.source_text = Some(clean_source(&ctx.text()[s..e]));
    label_from(a, &class);
    a.origin_class = Some(class);
    a.flag(flags::CARRIED_OVER);
}

/// The person an unattributed sentence shortly before an interview's first answer opens with
/// (a role and a name of two or more capitalised words: "Главный тренер «Метеора» Андрей
/// Вершинин на пресс-конференции был немногословен."), with their class.
fn qa_opener(
    ctx: &Context,
    done: &[Attributed],
    u: Unit,
    outlets: &ArticleOutlets,
) -> Option<(usize, usize, Class)> {
    let text = ctx.text();
    let p = done
        .iter()
        .rev()
        .take(2)
        .find(|p| p.source.is_none() && p.paragraph + 3 >= u.paragraph)?;
    let (s, e) = ctx.reader.cut_forward(p.start, p.end);
    let ws = ctx.reader.words(s, e);
    let n = ws.len();
    let name = (2..=MAX_NAME_WORDS + 4).contains(&n)
        && ws[n - 2..].iter().all(|w| is_capitalised(w.text(text)))
        && !text[ws[n - 2].start..e].contains(is_quote_char);
    if !name || e >= p.end {
        return None;
    }
    let np = ctx.reader.classify(s, e, (p.start, p.end), outlets);
    matches!(
        np.class,
        Class::Named {
            document: false,
            ..
        }
    )
    .then_some((s, e, np.class))
}

fn interviewee_of(done: &[Attributed], lex: &Lexicon) -> Option<usize> {
    done.iter().rposition(|p| {
        matches!(
            p.origin_class,
            Some(Class::Named {
                document: false,
                ..
            })
        ) && p.source.is_some()
            && !p.no_comment
            && !not_a_person(p, lex)
    })
}

/// Whether the phrase from `s` to `e` opens with a lower-case first-person word: "told us",
/// "сказал мне" (not "told US officials").
fn opens_first_person(ctx: &Context, s: usize, e: usize) -> bool {
    ctx.reader.words(s, e).first().is_some_and(|w| {
        w.is_n(wf::FIRST_PERSON) && w.text(ctx.text()).starts_with(char::is_lowercase)
    })
}

/// Whether the claim's cue tells its speaker's words to the first person ("told me", "сказал
/// мне"): in an interview answer, the interviewee is the listener.
fn told_first_person(ctx: &Context, a: &Attributed) -> bool {
    a.cue
        .is_some_and(|(_, e)| opens_first_person(ctx, e, a.end))
}

/// Whether an interview answer refuses to comment in its own voice: a no-comment phrase with
/// no reporting verb before it, in a unit of one sentence ("— Без комментариев.", "I’m not
/// going to comment on that."; not "He said he would not comment", nor a refusal followed by
/// what the speaker will say).
fn answer_refusal(ctx: &Context, u: Unit) -> bool {
    let text = ctx.text();
    let hits = ctx.reader.hits;
    let lo = ctx.reader.hit_at(u.start);
    let mut verb_before = false;
    for h in hits[lo..].iter().take_while(|h| h.start < u.end) {
        if h.is(kind::NO_COMMENT) && h.end <= u.end {
            let rest = text[h.end..u.end].trim_end_matches(|c: char| {
                c.is_whitespace() || is_quote_char(c) || matches!(c, '.' | '!' | '?' | '…')
            });
            return !verb_before && !rest.contains(['.', '!', '?']);
        }
        verb_before |= h.is(kind::VERB);
    }
    false
}

/// Attribute every claim unit of an article.
pub fn attribute(ctx: &Context, units: &[(Unit, bool)]) -> Vec<Attributed> {
    let mut done: Vec<Attributed> = Vec::with_capacity(units.len());
    let mut outlets = ArticleOutlets::default();
    // The speaker of the unit just before, for a clause split from it with its subject elided.
    let mut last_speaker: Option<SourceNp> = None;
    let mut last_unit: Option<Unit> = None;
    // Who answers an interview's questions: the person named last before the first answer that
    // names no speaker of its own ("— Нет, — ответил Орлов" names one).
    let mut interviewee: Option<usize> = None;
    let mut sections = ctx.sections.iter().peekable();
    for &(u, elided) in units {
        // A press review's section heading names the outlet "the paper" means next.
        while let Some((_, name)) = sections.next_if(|(at, _)| *at <= u.start) {
            remember_outlet(&mut outlets, &outlet_hop(ctx.lex(), name));
        }
        // A clause split off at "which"/"who" speaks for the noun phrase before it.
        let antecedent = || {
            let first = ctx.reader.words(u.start, u.end).first().copied()?;
            let (s, e) = first
                .is(wf::RELATIVE)
                .then(|| ctx.antecedent(u.start))
                .flatten()?;
            Some(ctx.reader.classify(s, e, (u.start, u.end), &outlets))
        };
        // "Kestrel cut its forecast …, and said …": with no speaker in the clause before, the
        // noun phrase that opens it.
        let opening = || {
            let p = last_unit?;
            let (s, e) = ctx.opening_np(&ctx.reader.words(p.start, p.end))?;
            Some(ctx.reader.classify(s, e, (u.start, u.end), &outlets))
        };
        let inherited = if elided {
            antecedent()
                .or_else(|| last_speaker.clone())
                .or_else(opening)
        } else {
            None
        };
        let before = outlets.last().cloned();
        let mut a = attribute_unit(ctx, u, inherited, &done, &mut outlets);
        // "Speaking later in the same interview, the 24-year-old said …": a back-reference to
        // an interview relays the claim through the outlet that relayed the last one, in this
        // paragraph or the three before.
        if a.label == Label::Named
            && a.via.is_empty()
            && ctx
                .live_hits(u.start, u.end)
                .iter()
                .any(|h| h.is(kind::INTERVIEW_BACK_REFERENCE))
        {
            let relayed = done
                .iter()
                .rev()
                .take_while(|p| p.paragraph + 3 >= a.paragraph)
                .find(|p| p.label == Label::Relayed && !p.via.is_empty());
            if let (Some(p), Some(class)) = (relayed, a.origin_class.clone()) {
                a.via = p.via.clone();
                label_from(&mut a, &class);
            }
        }
        // "Vantongeren: I’m not going to comment on that.": an answer is a quotation as a
        // whole, but a refusal in it, reported by no verb before it, is the claim's status.
        if u.answer && !a.no_comment && answer_refusal(ctx, u) {
            a.no_comment = true;
            a.label = Label::Unconfirmed;
            a.origin = Origin::Unconfirmed;
            a.base = Base::UnconfirmedExplicit;
            a.via.clear();
            a.source = u.speaker;
            a.source_text = u.speaker.map(|(s, e)| clean_source(&ctx.text()[s..e]));
        }
        // An interview answer with no source, refusal or hearsay of its own is the speaker's.
        let unsourced = a.source.is_none() && !a.no_comment && a.hearsay.is_none();
        if let Some((s, e)) = u.speaker.filter(|_| unsourced) {
            // A transcript's answer: its speaker label's ("Vantongeren: …").
            let np = ctx.reader.classify(s, e, (u.start, u.end), &outlets);
            answered_by(ctx, &mut a, (s, e), np.class);
        } else if u.answer && unsourced {
            interviewee = interviewee.or_else(|| interviewee_of(&done, ctx.lex()));
            // "Главный тренер Андрей Вершинин на пресс-конференции был немногословен. — Чего не
            // хватило? — Дисциплины.": with no one quoted before, the person the sentence
            // before the questions opens with answers them.
            let opener = interviewee
                .is_none()
                .then(|| qa_opener(ctx, &done, u, &outlets))
                .flatten();
            if let Some((s, e, class)) = opener {
                answered_by(ctx, &mut a, (s, e), class);
            } else if let Some(who) = interviewee.map(|i| &done[i]) {
                carry(&mut a, who);
                // "Its leader spoke to the Echo on Monday." before the questions: a printed
                // interview is the publisher's, the answers first-hand.
                if u.printed_qa && a.label == Label::Relayed && who.via.len() == 1 {
                    if let Some(class) = a.origin_class.clone() {
                        a.via.clear();
                        label_from(&mut a, &class);
                    }
                }
            }
        } else if u.answer && a.via.is_empty() && told_first_person(ctx, &a) {
            // "An official there told me privately …" in an answer: the interviewee passes on
            // what someone else told them, a relay through a party.
            interviewee = interviewee.or_else(|| interviewee_of(&done, ctx.lex()));
            let who = interviewee.and_then(|i| done[i].source_text.clone());
            if let (Some(name), Some(class)) = (who, a.origin_class.clone()) {
                a.via = vec![Hop {
                    name,
                    kind: RelayKind::Party,
                    outlet: None,
                }];
                label_from(&mut a, &class);
            }
        }
        // An outlet only mentioned ("after a Bloomberg report") is still the one "the agency"
        // and "собеседники агентства" point back to next.
        if outlets.last() == before.as_ref() {
            if let Some(hop) = mentioned_outlet(ctx, u) {
                remember_outlet(&mut outlets, &hop);
            }
        }
        if !elided {
            last_speaker = a.source.map(|src| SourceNp {
                start: src.0,
                end: src.1,
                class: a.origin_class.clone().unwrap_or(Class::Vague),
                inner_hops: a.via.clone(),
            });
            last_unit = Some(u);
        }
        // A bare "could not be verified" or "declined to comment" sentence also flags the
        // claim it answers.
        if let Some(prev) = done.last_mut() {
            if prev.paragraph + 1 >= a.paragraph {
                if a.unverified.is_some() && a.base == Base::UnconfirmedExplicit {
                    prev.flag(flags::UNVERIFIED);
                }
                if a.no_comment && prev.label != Label::Unconfirmed {
                    prev.flag(flags::NOT_CONFIRMED_BY_SUBJECT);
                }
                if a.stance == Some(Stance::Deny) && elided_appositive(ctx, &a) {
                    prev.flag(flags::DENIED);
                }
            }
        }
        if a.label == Label::Unconfirmed
            && a.base == Base::Unattributed
            && a.flags.is_empty()
            && a.hearsay.is_none()
        {
            a.origin = Origin::Unconfirmed;
        }
        // "…. Об этом сообщает ТАСС.": a sentence that names the source of the one before it
        // gives that sentence, if it has no attribution of its own, the same attribution.
        if let Some(prev) = done.last_mut() {
            // A hedge ("может направить") is the claim's own and is kept below.
            let bare = |p: &Attributed| {
                p.label == Label::Unconfirmed
                    && p.cue.is_none()
                    && p.base == Base::Unattributed
                    && p.flags.iter().all(|f| *f == flags::HEDGED)
                    && p.hearsay.is_none()
                    && !p.direct_quote
            };
            if prev.paragraph + 1 >= a.paragraph
                && a.cue.is_some()
                && a.label != Label::Unconfirmed
                && bare(prev)
                && names_source_before(ctx, &a)
            {
                let (start, end, paragraph) = (prev.start, prev.end, prev.paragraph);
                let (caption, hedges) = (prev.caption, std::mem::take(&mut prev.hedges));
                *prev = a.clone();
                (prev.start, prev.end, prev.paragraph) = (start, end, paragraph);
                (prev.caption, prev.hedges, prev.direct_quote) = (caption, hedges, false);
                prev.flags
                    .retain(|f| *f != flags::DIRECT_QUOTE && *f != flags::HEDGED);
                if !prev.hedges.is_empty() {
                    prev.flag(flags::HEDGED);
                }
                prev.flag(flags::CARRIED_OVER);
            }
        }
        done.push(a);
    }
    done
}

/// Whether the claim opens by pointing back at the sentence before ("Об этом сообщает ТАСС",
/// "Ранее об этом писала газета"), after at most one adverb.
fn names_source_before(ctx: &Context, a: &Attributed) -> bool {
    let lex = ctx.lex();
    if lex.attribution_back_references.is_empty() {
        return false;
    }
    let text = ctx.text();
    let head = &text[a.start..ceil_char(text, a.start + 60).min(a.end)];
    let ws = ctx.reader.words(a.start, a.start + head.len());
    let skip = match ws.first() {
        Some(w) if w.is(wf::NP_STOP) => w.end - a.start,
        _ => 0,
    };
    opens_with_any(head[skip..].trim_start(), &lex.attribution_back_references)
}

fn elided_appositive(ctx: &Context, a: &Attributed) -> bool {
    let text = ctx.text();
    opens_with_any(
        &text[a.start..ceil_char(text, a.start + 40).min(a.end)],
        &ctx.lex().appositive_claim_nouns,
    )
}

/// Whether `t`, lower-cased, starts with one of the lower-case `prefixes`.
fn opens_with_any(t: &str, prefixes: &[String]) -> bool {
    if t.is_ascii() {
        let b = t.as_bytes();
        return prefixes
            .iter()
            .any(|p| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p.as_bytes()));
    }
    let t = t.lower();
    prefixes.iter().any(|p| t.starts_with(p.as_str()))
}

fn new_attributed(u: Unit) -> Attributed {
    Attributed {
        start: u.start,
        end: u.end,
        paragraph: u.paragraph,
        label: Label::Unconfirmed,
        origin: Origin::Unconfirmed,
        base: Base::Unattributed,
        source: None,
        source_text: None,
        cue: None,
        stance: None,
        via: Vec::new(),
        origin_class: None,
        flags: Vec::new(),
        hedges: Vec::new(),
        hearsay: None,
        unverified: None,
        anon_reason: None,
        anon_condition: None,
        corroboration: None,
        direct_quote: false,
        no_comment: false,
        caption: u.caption,
    }
}

fn attribute_unit(
    ctx: &Context,
    u: Unit,
    inherited: Option<SourceNp>,
    done: &[Attributed],
    outlets: &mut ArticleOutlets,
) -> Attributed {
    let text = ctx.text();
    let lex = ctx.lex();
    let span = (u.start, u.end);
    let mut a = new_attributed(u);
    let hits = ctx.live_hits(u.start, u.end);
    a.direct_quote = ctx
        .quotes_in(u.start.saturating_sub(1), u.end)
        .iter()
        .any(|q| {
            !q.short && q.start < u.end && q.end > u.start && q.start >= u.start.saturating_sub(1)
        });
    if a.direct_quote {
        a.flag(flags::DIRECT_QUOTE);
    }
    if u.caption {
        a.flag(flags::CAPTION);
    }
    // Status and hedge cues (hedges count inside quotations too: they are the speaker's).
    let all = ctx.reader.hits;
    let lo = ctx.reader.hit_at(u.start);
    for h in all[lo..]
        .iter()
        .take_while(|h| h.start < u.end)
        .filter(|h| h.end <= u.end)
    {
        if h.is(kind::HEDGE) {
            a.hedges.push((h.start, h.end));
        }
    }
    for h in hits {
        let sp = (h.start, h.end);
        if h.is(kind::UNVERIFIED) && a.unverified.is_none() {
            a.unverified = Some(sp);
        }
        // "Песков заявил, что Кремль не комментирует слухи", "Lindqvist said he would not
        // discuss players": silence inside what someone said is their content, not the claim's
        // status.
        let reported = |h: &Hit| {
            hits.iter()
                .take_while(|v| v.end <= h.start)
                .filter(|v| v.is(kind::VERB))
                .any(|v| {
                    let gap = ctx.reader.words(v.end, h.start);
                    gap.iter().any(|w| w.is(wf::COMPLEMENTIZER))
                        || gap.first().is_some_and(|w| w.is(wf::PRONOUN_PERSON))
                })
        };
        // "citing two members it declined to name, reports": a refusal in a relative clause
        // on a noun (a pronoun right after it, nothing after the refusal) describes the noun.
        let on_a_noun = |h: &Hit| {
            let ws = ctx.reader.words(
                floor_char(text, h.start.saturating_sub(60)).max(u.start),
                h.start,
            );
            let closes = text[h.end..u.end]
                .trim_start()
                .starts_with([',', '.', ';', ')']);
            closes
                && matches!(&ws[..], [.., n, p]
                    if p.is(wf::PRONOUN)
                        && text[n.end..p.start] == *" "
                        && !n.is_n(wf::PRONOUN | wf::CLAUSE_JOINER | wf::COMPLEMENTIZER)
                        && !hits.iter().any(|v| v.is(kind::VERB) && v.start <= n.start && n.end <= v.end))
        };
        if h.is(kind::NO_COMMENT) && !reported(h) && !on_a_noun(h) {
            a.no_comment = true;
        }
        // "В канале утверждают, что решение якобы согласовано": a hearsay word in what a
        // speaker says is theirs (a hedge), not the claim's want of a source.
        if h.is(kind::HEARSAY) && a.hearsay.is_none() && !reported(h) {
            a.hearsay = Some(sp);
        }
        if h.is(kind::REASON_SUBSTANTIVE) && a.anon_reason.is_none() {
            a.anon_reason = Some((true, sp));
        } else if h.is(kind::REASON_BOILERPLATE) && a.anon_reason.is_none() {
            a.anon_reason = Some((false, sp));
        }
        if h.is(kind::ANONYMITY) && a.anon_condition.is_none() {
            a.anon_condition = Some(sp);
        }
        if h.is(kind::CORROBORATION) && a.corroboration.is_none() {
            a.corroboration = Some(sp);
        }
    }
    // "A spokesman said the club \"does not comment on speculation\".": a refusal that opens a
    // quotation closing the sentence after a reporting verb is the claim's status. (From the
    // refusal hits, which are rare, to the quotation around one.)
    if !a.no_comment {
        let closing_quote = |q: &Quote| {
            // One clause, not a statement of several sentences ("said: “We do not comment on
            // leaked documents. The government remains committed …”").
            let inner = text[q.start..q.end].trim_end_matches(|c: char| !c.is_alphanumeric());
            q.end <= u.end
                && !text[q.end..u.end].contains(char::is_alphanumeric)
                && !inner.contains(['.', '!', '?', ';'])
                && !text[u.start..q.start].trim_end().ends_with(':')
                && hits.iter().any(|v| v.is(kind::VERB) && v.end <= q.start)
        };
        a.no_comment = ctx
            .reader
            .hits_in(u.start, u.end)
            .iter()
            .filter(|h| h.is(kind::NO_COMMENT))
            .any(|h| {
                ctx.quotes_in(u.start, u.end).iter().any(|q| {
                    q.start < h.start
                        && h.end <= q.end
                        && ctx.reader.words(q.start, h.start).len() <= 3
                        && closing_quote(q)
                })
            });
    }
    if !a.hedges.is_empty() {
        a.flag(flags::HEDGED);
    }

    // "Reportedly, he admitted …", "По неподтверждённым данным, он признал …": a hearsay
    // phrase that opens the sentence is its attribution; a verb after it is content.
    let opening_hearsay = a.hearsay.is_some_and(|(s, e)| {
        !text[u.start..s].contains(char::is_alphanumeric) && text[e..].starts_with(',')
    });
    // Frames around reporting verbs.
    let mut frames: Vec<Frame> = Vec::new();
    // An outlet told something, before the verb whose speaker follows it.
    let mut fronted_listener: Option<Span> = None;
    let mut passive_speakers: Vec<SourceNp> = Vec::new();
    let mut passive_origin: Option<SourceNp> = None;
    for (hi, h) in hits.iter().enumerate() {
        if !(h.is(kind::VERB) || h.is(kind::CORROBORATION) || h.is(kind::QUOTING)) {
            continue;
        }
        // Not a verb after a comma or a dash, which may name the sentence's source after it
        // ("По предварительным данным, пострадали трое, сообщили в МЧС").
        if opening_hearsay && !text[..h.start].trim_end().ends_with([',', '—', '–', '-']) {
            continue;
        }
        // "Moreno had reportedly told friends", "якобы заявил": who says so is not given, so
        // the subject is no source (the hearsay marker decides the label).
        let hearsay_verb = hi > 0 && hits[hi - 1].is(kind::HEARSAY) && {
            let gap = ctx.reader.words(hits[hi - 1].end, h.start);
            gap.len() <= 1 && gap.iter().all(|w| w.is(wf::PASSIVE_AUXILIARY | wf::MODAL))
        };
        // "Компания, как говорят, рассматривает …": a hearsay verb alone in a short phrase
        // between commas has no speaker; the subject before it is the claim's, not the verb's.
        let bare_hearsay = h.is(kind::HEARSAY)
            && text[h.end..].trim_start().starts_with(',')
            && text[u.start..h.start]
                .rfind(',')
                .is_some_and(|c| words_at_most(&text[u.start + c + 1..h.start], 1));
        if hearsay_verb || bare_hearsay || describing_relative(ctx, u, h) {
            continue;
        }
        // "promised to speak", "vowed to fight": an intention, not a report.
        if text[h.end..].starts_with(" to ") && !h.is(kind::TO_CHANNEL) {
            continue;
        }
        // "Solís said Whitcomb told technicians to run taps": an order inside what someone
        // said ("told X to …") passes on no one's words.
        if h.is(kind::TO_CHANNEL) && hits[..hi].iter().any(|p| p.is(kind::VERB)) {
            let ws = ctx.reader.words(h.end, fwd(text, h.end, u.end));
            let order = ws.iter().take(4).enumerate().skip(1).any(|(i, w)| {
                w.is(wf::INFINITIVE_MARKER)
                    && !ws[i - 1].is(wf::MODAL | wf::PASSIVE_AUXILIARY)
                    && ws[..i].iter().all(|x| !x.is(wf::COMPLEMENTIZER))
                    && !text[h.end..w.start].contains([',', ';', '"', '“'])
                    && ws.get(i + 1).is_some_and(|n| !is_capitalised(n.text(text)))
            });
            if order {
                continue;
            }
        }
        let wb = lex.word_sets_of(ctx.word_before(h.start));
        let wb_is = |f: u64| wb & f != 0;
        if wb_is(wf::INFINITIVE_MARKER) && !h.is(kind::CORROBORATION) {
            continue;
        }
        // "Prentice and Lowe had added 142 for the third wicket": a count after the verb is its
        // object, not reported words, when no verb follows it in the clause ("He added 10
        // people had died" reports).
        let count_object = || {
            text[h.end..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                && lex.count_verbs.contains(&text[h.start..h.end].lower())
                && !ctx
                    .reader
                    .words(h.end, fwd(text, h.end, u.end))
                    .iter()
                    .take(6)
                    .any(|w| w.is(wf::PASSIVE_AUXILIARY | wf::MODAL | wf::PAST_SUFFIX))
        };
        if count_object() {
            continue;
        }
        // "if the comet brightens as hoped.": a cue after a lead-in that ends the sentence
        // reports no one's words.
        if wb_is(wf::LEAD_IN) && !text[h.end..u.end].contains(char::is_alphanumeric) {
            continue;
        }
        // "The president is reportedly frustrated that the sponsors did not consult him before
        // announcing the deal": a participle after a preposition, past a hearsay word, is an
        // adverbial of what is reported; the hearsay decides the sentence.
        if wb_is(wf::PREPOSITION)
            && a.hearsay.is_some_and(|(hs, _)| hs < h.start)
            && lex.suffix_bits(&text.as_bytes()[h.start..h.end]) & wf::PARTICIPLE_SUFFIX != 0
        {
            continue;
        }
        // "The channel does not name its source", "did not say when", "does not usually
        // comment": nothing is reported.
        let negated_adverb = || lex.word_is(ctx.second_word_before(h.start), wf::NEGATION);
        if wb_is(wf::NEGATION) || wb_is(wf::NEGATION_ADVERB) && negated_adverb() {
            continue;
        }
        // "KNA quoted the president as saying": "as saying" completes the quoting verb.
        if wb_is(wf::LEAD_IN)
            && !h.is(kind::QUOTING)
            && hits.iter().any(|q| q.is(kind::QUOTING) && q.end <= h.start)
        {
            continue;
        }
        // "state media", "state television": the first word of a media phrase, not a verb.
        if opens_media_phrase(ctx, h.start) {
            continue;
        }
        // "may yet prove", "will say": a possibility or a plan, not a report. Only the words
        // next to the verb count: in "The bill will fail, said X" the modal is the content's.
        // Read from the verb backwards, two words at most, so the cost does not grow with the
        // clause.
        let pre = &text[ctx.clause_start(span, h.start)..h.start];
        if pre
            .split_whitespace()
            .rev()
            .take(2)
            .take_while(|w| !w.ends_with([',', ';', ':', '"', '“', '”', '—', '–']))
            .any(|w| lex.word_is(w, wf::MODAL))
        {
            continue;
        }
        // "is considering adding their name": a continuation verb as the object of a
        // participle right before it, not after a comma, a coordinator, a preposition or a
        // noun ("…, adding that", "and adding", "before adding", "wrote to the council saying").
        let before = text[..h.start].trim_end();
        if lex.word_is(&text[h.start..h.end], wf::CONTINUATION)
            && ctx
                .reader
                .words(back(text, span.0, h.start), h.start)
                .last()
                .is_some_and(|w| {
                    text[w.end..h.start].trim().is_empty()
                        && w.text(text).chars().all(char::is_lowercase)
                        && w.is(wf::PARTICIPLE_SUFFIX)
                        && !w.is_n(wf::COORDINATOR | wf::PREPOSITION | wf::SUBORDINATOR)
                })
        {
            continue;
        }
        // "an answer", "the report", "his statement", "Chile's state agency": a noun or an
        // adjective, not a reporting verb.
        // Not a company's name in "'s" before a verb ("McDonald's said the …", "Greenbury's
        // said in a statement"): an article or a pronoun after it, or a preposition, a
        // complementiser or a comma after a past form.
        let verb_after_name = || {
            let rest = text[h.end..].trim_start();
            let next = ctx.reader.words(h.end, fwd(text, h.end, u.end));
            // A past form ("said", "told", "reported") cannot be a noun after "'s".
            let past = text[h.start..h.end].ends_with('d');
            let adjacent = next
                .first()
                .filter(|w| text[h.end..w.start].trim().is_empty());
            adjacent.is_some_and(|w| {
                w.is(wf::DEFINITE | wf::INDEFINITE | wf::PRONOUN | wf::POSSESSIVE)
                    || past && w.is(wf::PREPOSITION | wf::COMPLEMENTIZER)
            }) || past && rest.starts_with(',')
        };
        let after_possessive =
            (before.ends_with("'s") || before.ends_with("’s")) && !verb_after_name();
        // "an anti-corruption report": a hyphenated modifier after a determiner.
        let after_modifier = || {
            let mut toks = before.split_whitespace().rev();
            let (Some(m), Some(d)) = (toks.next(), toks.next()) else {
                return false;
            };
            let determiner =
                || lex.word_sets_of(d) & (wf::INDEFINITE | wf::DEFINITE | wf::POSSESSIVE) != 0;
            // "in a blog post", "in the company statement": a lower-case modifier between a
            // preposition's determiner and a word that may be a noun.
            let mut in_phrase = || {
                m.chars().all(char::is_lowercase)
                    && lex.word_is(&text[h.start..h.end], wf::DOCUMENT_HEAD)
                    && toks.next().is_some_and(|p| lex.word_is(p, wf::PREPOSITION))
            };
            // ("a 30-year dispute": a number in the modifier too.) Only where articles mark
            // noun phrases: a Russian verb is no noun ("в своём телеграм-канале заявил").
            let hyphenated = !lex.articles.is_empty()
                && m.contains('-')
                && m.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                && m.chars()
                    .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-')
                && !ends_with_any(m, &lex.age_suffixes);
            // "An evacuation warning, which means …": an "-ing" word after an article and a
            // lower-case noun, closing its phrase (a comma, a full stop, "which" after it), is
            // a noun compound; "a statement saying the talks failed" goes on with content.
            // (The phrase's end first: the cheapest test, and the one most cues fail.)
            let compound = || {
                let cue = &text[h.start..h.end];
                let rest = text[h.end..].trim_start();
                !lex.articles.is_empty()
                    && (rest.starts_with([',', '.', ';', ')'])
                        || rest.split_whitespace().next().is_some_and(|w| {
                            lex.word_is(w, wf::RELATIVE) && !lex.word_is(w, wf::COMPLEMENTIZER)
                        }))
                    && !cue.contains(' ')
                    // (A suffix is lower-case after a word's first letter.)
                    && lex.suffix_bits(cue.as_bytes()) & wf::PARTICIPLE_SUFFIX != 0
                    && m.chars().all(char::is_lowercase)
                    && lex.suffix_bits(m.as_bytes()) & (wf::ADVERB_SUFFIX | wf::PARTICIPLE_SUFFIX)
                        == 0
                    && lex.word_is(d, wf::ARTICLE)
            };
            (hyphenated || in_phrase()) && determiner() || compound()
        };
        // ("the world number three said": a count word after a rank noun is a rank.)
        let ranked = || lex.word_is(ctx.second_word_before(h.start), wf::RANK_NOUN);
        // "… in all 50 states.": a number right before a word that closes the clause counts a
        // noun (not one set off by commas, "Ana Ruiz, 31, said", nor a name's number).
        let counted = || {
            let gap = &text[..h.start];
            let digits = gap.trim_end_matches(' ');
            let closes = || {
                text[h.end..u.end].trim_start().is_empty()
                    || text[h.end..].starts_with(['.', ',', ';', ':', ')'])
            };
            digits.len() < gap.len()
                && digits.ends_with(|c: char| c.is_ascii_digit())
                && ctx.word_before(h.start).bytes().all(|b| b.is_ascii_digit())
                && closes()
                && !ranked()
                // ("Israel's Channel 12 reported.": a number after a name is part of it.)
                && !is_capitalised(ctx.second_word_before(h.start))
        };
        // ("An earlier report said": a stop word between an article and the noun.)
        let after_article =
            || wb_is(wf::NP_STOP) && lex.word_is(ctx.second_word_before(h.start), wf::ARTICLE);
        if wb_is(wf::INDEFINITE) && !wb_is(wf::COUNT_TWO | wf::VAGUE_HEAD) && !ranked()
            || counted()
            || after_article()
            || wb_is(wf::DEFINITE | wf::POSSESSIVE)
            || after_possessive
            || after_modifier()
        {
            continue;
        }
        let after = &text[h.end..fwd(text, h.end, u.end)];
        // "reported by X and confirmed by Y", "disputed by Tom Reardon"; "was quoted as saying
        // by the newspaper": past the lead-in words of a quoting verb.
        let by = after.strip_prefix(" by ").map(|_| h.end + 4).or_else(|| {
            let ws = ctx.reader.words(h.end, h.end + after.len());
            let k = ws.iter().take(3).position(|w| !w.is(wf::LEAD_IN))?;
            let w = ws[k];
            (h.is(kind::QUOTING)
                && k > 0
                && ws.get(k + 1).is_some()
                && text[w.end..].starts_with(" by ")
                && !text[h.end..w.start].contains([',', ';', ':']))
            .then_some(w.end + 4)
        });
        // "Источник, на которого ссылается «Коммерсантъ», утверждает": a quoting phrase
        // opened by a relative word has its agent right after it, as "quoted by X" has.
        let by = by.or_else(|| {
            let ws = ctx.reader.words(h.start, h.end);
            (h.is(kind::QUOTING) && ws.iter().take(2).any(|w| w.is(wf::RELATIVE))).then_some(h.end)
        });
        if let Some(bs) = by.or(if h.is(kind::CORROBORATION) {
            Some(h.end)
        } else {
            None
        }) {
            if let Some((s, e)) = ctx.reader.object_after(bs, u.end) {
                let mut np = ctx.reader.classify(s, e, span, outlets);
                // "first reported by TechLedger": a name that first reports news is an outlet.
                let agent_cue = by.is_some() && {
                    let lead = text[back(text, u.start, h.start)..h.end].lower();
                    lex.outlet_agent_cues
                        .iter()
                        .any(|c| lead.ends_with(c.as_str()))
                };
                let e = ctx.name_before_appositive(s, e).unwrap_or(e);
                // One word ("TechLedger") or a name with an outlet's name part ("Greenfield
                // Daily News"); "John Smith, a local resident" stays a person.
                let outlet_like = || {
                    let ws = ctx.reader.words(s, e);
                    let ws = match ws.first() {
                        Some(w) if w.is(wf::DEFINITE) => &ws[1..],
                        _ => &ws[..],
                    };
                    ws.len() == 1 || ws.iter().any(|w| lex.is_outlet_name_part(w.text(text)))
                };
                // "first published by the German site Digitalwatch": a name after a lower-case
                // noun that names no person, institution or document (the name is the outlet).
                let described = || {
                    let ws = ctx.reader.words(s, e);
                    let k = ws
                        .iter()
                        .rposition(|w| !is_capitalised(w.text(text)))
                        .filter(|&k| k + 1 < ws.len())?;
                    let noun = ws[k];
                    let plain = !noun.is_n(
                        SOURCE_NOUNS
                            | wf::TITLE
                            | wf::DOCUMENT_HEAD
                            | wf::PREPOSITION
                            | wf::NAME_JOINER
                            | wf::RELATIVE,
                    ) && !text[noun.end..ws[k + 1].start].contains(',');
                    plain.then_some(ws[k + 1].start)
                };
                let described = (agent_cue
                    && matches!(
                        np.class,
                        Class::Named {
                            document: false,
                            ..
                        }
                    ))
                .then(described)
                .flatten();
                if agent_cue
                    && matches!(
                        np.class,
                        Class::Named {
                            document: false,
                            person_without_role: true
                        }
                    )
                    && outlet_like()
                    || described.is_some()
                {
                    let s = described.unwrap_or(s);
                    let hop = Hop::unlisted(clean_source(&text[s..e]));
                    remember_outlet(outlets, &hop);
                    np = SourceNp {
                        start: s,
                        end: e,
                        class: Class::Outlet(hop),
                        inner_hops: Vec::new(),
                    };
                }
                // "The minister was quoted by TASS": the subject is the origin.
                if h.is(kind::QUOTING) && passive_origin.is_none() {
                    let mut cs = ctx.clause_start(span, h.start);
                    // "according to a Senate aide quoted by Politico": the aide.
                    let (lo, hi) = (
                        hits.partition_point(|a| a.start < cs),
                        hits.partition_point(|a| a.start < h.start),
                    );
                    if let Some(acc) = hits[lo..hi.max(lo)]
                        .iter()
                        .rfind(|a| a.is(kind::ACCORDING_TO) && a.end < h.start)
                    {
                        cs = acc.end;
                    }
                    if let Some((a, b)) = ctx.subject_before(cs, h.start) {
                        passive_origin = Some(ctx.reader.classify(a, b, span, outlets));
                    }
                }
                passive_speakers.push(np.clone());
                frames.push(Frame {
                    cue: (h.start, h.end),
                    stance: h.entry.stance,
                    speaker: Some(np),
                    span: None,
                    trailing: false,
                    unknown: false,
                });
            }
            continue;
        }
        // "explosions were heard", "the plan was announced": a passive without "by" names no
        // speaker ("Peskov was quoted as saying" still names its origin).
        // "could be independently verified", "was first reported": an adverb may come between.
        let passive = wb_is(wf::PASSIVE_AUXILIARY) || {
            let ws = ctx.reader.words(back(text, u.start, h.start), h.start);
            let n = ws.len();
            n >= 2
                && (ws[n - 1].is(wf::ADVERB_SUFFIX) && !ws[n - 1].is(wf::ADVERB_EXCEPTION)
                    || ws[n - 1].is(wf::NEGATION_ADVERB))
                && ws[n - 2].is(wf::PASSIVE_AUXILIARY)
        };
        // "Officers are appealing for witnesses": a progressive, not a passive.
        let progressive = ctx
            .reader
            .words(h.start, h.end)
            .first()
            .is_some_and(|w| w.is(wf::PARTICIPLE_SUFFIX));
        if passive && !progressive && !h.is(kind::QUOTING | kind::CORROBORATION) {
            continue;
        }
        let cs = ctx.clause_start(span, h.start);
        let pre = &text[cs..h.start];
        let only_punct = !pre.chars().any(|c| c.is_alphanumeric());
        // "..., reports “Kommersant”": a verb right after a comma that closes a clause (not
        // after "citing X,") may put its speaker after it.
        let near = back(text, u.start, h.start);
        let before_verb = text[near..h.start].trim_end();
        // "..., saying they fuel the war": a continuation's speaker is before it, never after.
        let continues = lex.word_is(&text[h.start..h.end], wf::CONTINUATION);
        // Where the subject may follow the verb, a listener may come between them ("…,
        // рассказал нашему изданию источник") and a clause with no subject before its verb
        // takes the phrase after it ("Об этом сообщает ТАСС").
        let vs = lex.verb_subject_order;
        let after_comma =
            before_verb.ends_with(',') && (vs || !h.is(kind::TO_CHANNEL)) && !continues && {
                let prev_chunk_start = before_verb[..before_verb.len() - 1]
                    .rfind(',')
                    .map_or(near, |i| near + i + 1);
                let prev_end = near + before_verb.len() - 1;
                // "A screenshot …, purportedly taken from …, shows": a parenthetical opened by
                // an adverb, after the subject, where no verb goes before its subject.
                let parenthetical = !vs
                    && ctx
                        .reader
                        .words(prev_chunk_start, prev_end)
                        .first()
                        .is_some_and(|w| w.is(wf::ADVERB_SUFFIX) && !w.is(wf::ADVERB_EXCEPTION));
                // "Dr. Marcus Idowu-Lyle, a researcher …, called the findings": a name opening
                // the sentence, then its apposition, is the subject; no quotation before.
                let lead = &text[u.start..prev_chunk_start.max(u.start)];
                // "The Brannock, Ohio-based company has hired advisers, said the people, who
                // …": a short phrase that closes the sentence after the verb (or opens a
                // relative clause) is the inverted speaker, whatever opens the sentence.
                let inverted_tail = || {
                    let tail = &text[h.end..u.end];
                    let (np, rest) = tail.split_once(',').unwrap_or((tail, ""));
                    let np_words = ctx.reader.words(h.end, h.end + np.len());
                    let rest_words = ctx.reader.words(u.end - rest.len(), u.end);
                    (1..=6).contains(&np_words.len())
                        && !np.contains(is_quote_char)
                        && rest_words.first().is_none_or(|w| w.is(wf::RELATIVE))
                };
                let is_name = |name: &str| {
                    words_at_most(name, 5)
                        && !name.is_empty()
                        && name.split_whitespace().all(is_capitalised)
                };
                // "The shadow environment secretary, Tom Ashworth, said …": a role, then the
                // name set off right before the verb, is the subject too.
                let named_apposition = !vs
                    && prev_chunk_start > u.start
                    && !inverted_tail()
                    && !text[u.start..h.start].contains(is_quote_char)
                    && (lead.find(',').is_some_and(|c| is_name(lead[..c].trim()))
                        || is_name(text[prev_chunk_start..prev_end].trim())
                        // "Another diner, Jodie Frayne, 34, said": a name, then an age.
                        || is_age(&text[prev_chunk_start..prev_end])
                            && lead.split(',').any(|c| is_name(c.trim())));
                // "Источник, близкий к «Волжанину», подтвердил «Спорт-Вектору»": a source noun
                // alone opening the sentence, then a lower-case description, is the subject.
                let described_source = || {
                    vs && lead.find(',').is_some_and(|c| {
                        let head = ctx.reader.words(u.start, u.start + c);
                        matches!(&head[..], [w] if w.is_n(wf::ANONYMOUS_HEAD))
                    }) && ctx
                        .reader
                        .words(prev_chunk_start, prev_end)
                        .first()
                        .is_some_and(|w| !is_capitalised(w.text(text)))
                };
                // "Трое врачей, попросивших не называть их имён, рассказали …": a clause that
                // asks for anonymity describes the subject before it.
                let anonymity_clause = || {
                    vs && prev_chunk_start > u.start
                        && ctx
                            .reader
                            .hits_in(prev_chunk_start, prev_end)
                            .iter()
                            .any(|c| c.is(kind::ANONYMITY))
                        && ctx
                            .reader
                            .words(prev_chunk_start, prev_end)
                            .first()
                            .is_some_and(|w| !is_capitalised(w.text(text)))
                };
                let named_apposition = named_apposition || described_source() || anonymity_clause();
                // "X, ссылаясь на источники, написал": a citing phrase is parenthetical.
                // "…, с 10 до 17%, пишет Politico": where the subject may follow its verb, a
                // listed outlet right after it is the subject, whatever the chunk before is
                // (also after its outlet noun: "…, сообщает агентство Синьхуа").
                let outlet_next = || {
                    vs && ctx.reader.hits_in(h.end, u.end).first().is_some_and(|o| {
                        o.is(kind::OUTLET)
                            && !text[h.end..o.start].contains([',', ';', ':'])
                            && ctx
                                .reader
                                .words(h.end, o.start)
                                .iter()
                                .all(|w| w.is_n(wf::OUTLET_NOUN))
                    })
                };
                !parenthetical
                    && !named_apposition
                    && (ctx.clean_chunk(prev_chunk_start, prev_end, false).is_some()
                        || outlet_next())
                    && !ctx
                        .reader
                        .hits_in(prev_chunk_start, prev_end)
                        .iter()
                        .any(|c| c.is(kind::CITING))
            };
        // Read once where it decides inversion; the same subject is used below otherwise.
        let subject_before = vs.then(|| ctx.subject_before(cs, h.start));
        // "…, и попросил суд учесть …": a verb right after the coordinator that opens the
        // clause shares the subject of the clause before; what follows it is its object.
        let coordinated = || {
            let ws = ctx.reader.words(cs, h.start);
            !ws.is_empty() && ws.iter().all(|w| w.is_n(wf::COORDINATOR))
        };
        // "Подлинность документа подтвердили два источника": a plural verb after a phrase
        // with no plural word, number or coordination in it; that phrase is its object.
        let singular_object = || {
            let Some(Some((a, b))) = subject_before else {
                return false;
            };
            let plural_verb = ctx.plural_verb(h);
            let ws = ctx.reader.words(a, b);
            // "Подлинность документа редакции подтвердили …": the publisher as the listener
            // right before the verb is no part of the phrase.
            let ws = match ws.split_last() {
                Some((last, rest))
                    if !rest.is_empty()
                        && text[last.end..h.start].trim().is_empty()
                        && lex.first_hand_objects.contains(&last.text(text).lower()) =>
                {
                    rest
                }
                _ => &ws[..],
            };
            // "В пресс-службе Минздрава подтвердили": a place before the verb speaks for the
            // people in it.
            let after_place = ctx
                .reader
                .words(cs, a)
                .iter()
                .any(|w| w.is_n(wf::PREPOSITION));
            plural_verb
                && !after_place
                && !ws.is_empty()
                && !ws.iter().any(|w| {
                    w.is_n(
                        wf::PLURAL
                            | wf::PRONOUN
                            | wf::COORDINATOR
                            | wf::COUNT_TWO
                            | wf::COUNT_MANY
                            | wf::PARTITIVE
                            | wf::BACK_REFERENCE_QUANTIFIER,
                    ) || {
                        // "МЧС", "12": an acronym may stand for many; a number counts them.
                        let t = w.text(text);
                        t.chars().filter(|c| c.is_uppercase()).nth(1).is_some()
                            || ends_with_any(&t.lower(), &lex.plural_adjective_suffixes)
                            || t.bytes().any(|c| c.is_ascii_digit())
                    }
                })
        };
        // "Факт задержания подтвердил официальный представитель МВД": in a language that puts
        // the subject after the verb, a common-noun phrase opening the clause, with no source
        // word in it, is the object when a speaker closes the clause after the verb.
        let thing_object = || {
            let Some(Some((a, b))) = subject_before else {
                return false;
            };
            let ws = ctx.reader.words(a, b);
            let speaker_word =
                |w: &Tok| w.is_n(SOURCE_NOUNS | wf::OUTLET_NOUN) || is_capitalised(w.text(text));
            lex.verb_subject_order
                && ctx.reader.words(cs, a).is_empty()
                && ws.len() >= 2
                && !ws[0].is_n(SOURCE_NOUNS | wf::OUTLET_NOUN | wf::PRONOUN | wf::FIRST_PERSON)
                && !ws[1..].iter().any(speaker_word)
                && ctx.reader.hits_in(a, b).is_empty()
                && ctx.reader.object_after(h.end, u.end).is_some_and(|(s, e)| {
                    !text[e..u.end].contains(char::is_alphanumeric)
                        && ctx.reader.words(s, e).iter().any(speaker_word)
                })
        };
        let no_subject_before = !continues
            && (subject_before.is_some_and(|s| s.is_none())
                || !lex.plural_verb_suffixes.is_empty() && singular_object()
                || thing_object())
            && !coordinated();
        // "…, в том числе 97 детей, уточнили в МЧС": a cue that ends with its preposition
        // names the place that speaks after it, whatever comes before.
        let place_cue = vs
            && ctx
                .reader
                .words(h.start, h.end)
                .last()
                .is_some_and(|w| w.is_n(wf::PREPOSITION) && w.end == h.end);
        // "Об этом ТАСС сообщил источник", "Об этом «Известиям» рассказал министр": an outlet
        // alone before a verb that takes a listener is that listener when a speaker follows.
        // ("Об этом газете заявили в министерстве": an outlet noun in the dative right before
        // any reporting verb is a listener.)
        let dative_noun = vs
            .then(|| {
                ctx.reader
                    .words(cs, h.start)
                    .last()
                    .map(|w| (w.start, w.end))
            })
            .flatten()
            .filter(|&sb| {
                text[sb.1..h.start].trim().is_empty()
                    && ctx.dative_outlet_noun(cs, sb)
                    && ctx.fronted_listener(cs, sb, h.end, u.end)
            });
        let listener_first = vs
            && (h.is(kind::TO_CHANNEL) || place_cue)
            && subject_before
                .flatten()
                .is_some_and(|sb| ctx.fronted_listener(cs, sb, h.end, u.end))
            || dative_noun.is_some();
        if listener_first {
            fronted_listener = dative_noun.or(subject_before.flatten());
        }
        // "В Кремле ТАСС сообщили", "В министерстве «Ъ» заявили": after the place that opens
        // the clause, an outlet alone before a plural verb is told; the place speaks.
        let place_before_outlet = (vs && !listener_first)
            .then(|| ctx.place_before_outlet(cs, subject_before.flatten()?, h))
            .flatten();
        let subject_before = match place_before_outlet {
            Some((place, outlet)) => {
                fronted_listener = Some(outlet);
                Some(Some(place))
            }
            None => subject_before,
        };
        if only_punct && (cs > u.start || text[near..h.start].contains(is_quote_char))
            || after_comma
            || no_subject_before
            || place_cue
            || listener_first
        {
            // Inverted: "…," said Jonah Feld / "- told Sokolenko".
            // "— сказал он ТАСС": the subject ends where its listener starts.
            let object = ctx.reader.object_after(h.end, u.end).map(|(s, e)| {
                // ("— цитирует Ольшанского издание": whom a quoting verb quotes comes first.)
                if h.is(kind::QUOTING) {
                    // "— приводит портал слова собеседника": the outlet noun before the words.
                    let ws = ctx.reader.words(s, e);
                    if ws.len() >= 3
                        && !ws[0].is_n(wf::PREPOSITION | wf::PRONOUN | wf::POSSESSIVE)
                        && lex.speech_nouns.contains(&ws[1].text(text).lower())
                    {
                        return (s, ws[0].end);
                    }
                    // "— цитирует его РИА Новости": the subject beside the pronoun it quotes.
                    // "— цитирует министра агентство": the outlet after whom it quotes.
                    return ctx
                        .reader
                        .quoted_pronoun(s, e)
                        .map(|(_, subject)| subject)
                        .or_else(|| ctx.outlet_after_quoted(s, e).map(|o| (o, e)))
                        .unwrap_or((s, e));
                }
                let x = ctx.reader.listener_after_subject(s, e).unwrap_or(e);
                (s, s + text[s..x].trim_end().len())
            });
            // "— отметила в беседе с РБК онколог …": past the channel phrase and its listener.
            let channel_first = object.and_then(|(s, _)| {
                ctx.reader
                    .hits_in(s, u.end)
                    .first()
                    .filter(|c| vs && c.start == s && c.is(kind::TO_CHANNEL) && !c.is(kind::VERB))
                    .copied()
            });
            let object = match channel_first {
                Some(c) => ctx.reader.object_after(c.end, u.end).and_then(|(s, e)| {
                    ctx.reader
                        .after_listener(s, e)
                        .filter(|&x| x > s)
                        .map(|x| (x, e))
                }),
                None => object,
            };
            // "— говорит «Спорт-Вектору» бывший капитан …": a quoted name in the dative right
            // after any reporting verb, a speaker after it, is its listener.
            let quoted_listener = object
                .filter(|_| vs && channel_first.is_none() && !h.is(kind::TO_CHANNEL))
                .and_then(|(s, e)| {
                    let close = ctx.reader.quoted_name_end(s, e)?;
                    let name = text[s..close].trim_end_matches(is_quote_char);
                    let last = name.rsplit(' ').next()?;
                    let rest = text[close..e].trim_start();
                    (ctx.dative(last) && rest.starts_with(char::is_alphabetic))
                        .then_some((s, close))
                });
            if quoted_listener.is_some() {
                fronted_listener = quoted_listener;
            }
            let object = match (
                channel_first,
                vs && h.is(kind::TO_CHANNEL) || quoted_listener.is_some(),
            ) {
                // "…, сообщили ТАСС в пресс-службе суда": with only the listener before a
                // preposition, the phrase after it.
                // "Об этом сообщил ТАСС.": an indeclinable name that ends the clause is no
                // listener but the speaker.
                (None, true) => object.and_then(|(s, e)| match ctx.reader.after_listener(s, e) {
                    Some(x) => Some((x, e)),
                    None => ctx
                        .reader
                        .object_after(e, u.end)
                        .or_else(|| ctx.listener_is_speaker(s, e, u.end).then_some((s, e))),
                }),
                _ => object,
            };
            // "— рассказал «Интерфаксу» руководитель исследования, доктор наук Алексей
            // Шестаков": a role is followed by the name in apposition.
            let object = object.map(|(s, e)| (s, ctx.reader.apposed_role_name(s, e, u.end)));
            // "— сказал на пресс-конференции замглавы ЦБ Андрей Ветров": past the place.
            let object = object.map(|(s, e)| {
                let ws = ctx.reader.words(s, e);
                match ws.first() {
                    Some(w) if vs && w.is_n(wf::PREPOSITION) => {
                        // "Как сообщили в пресс-службе министерства": with no one named past
                        // it, the place itself speaks, as it does before the verb.
                        let place = ws.get(1).filter(|p| {
                            ws.len() > 1
                                && (p.is_n(SOURCE_NOUNS) || is_capitalised(p.text(text)))
                                && !ctx
                                    .reader
                                    .hits_in(w.start, p.end)
                                    .iter()
                                    .any(|h| h.is(kind::TO_CHANNEL) || h.is(kind::ACCORDING_TO))
                        });
                        ctx.after_opening_phrase(&ws, false)
                            .or(place.map(|p| (p.start, e)))
                            .unwrap_or((s, e))
                    }
                    _ => (s, e),
                }
            });
            if let Some((s, e)) = object {
                let clean = !ctx.reader.words(s, e).iter().any(|w| w.is_n(wf::NP_STOP));
                // Not when the verb introduces content: "..., said her client accepted that",
                // "..., describes the scene on the seafront: “...”", "..., adding: 'Nobody'".
                let introduces = || {
                    let rest = &text[e..u.end];
                    let clause = &rest[..rest.find([',', '.', ';']).unwrap_or(rest.len())];
                    let cws = ctx.reader.words(e, e + clause.len());
                    // "…, said a colleague in the pharmacy had told him": the phrase is the
                    // subject of a clause of its own (an auxiliary or a reporting verb follows
                    // it before any relative word).
                    let own_clause = || {
                        let upto = cws
                            .iter()
                            .position(|w| w.is(wf::RELATIVE))
                            .unwrap_or(cws.len());
                        cws[..upto].iter().any(|w| {
                            w.is(wf::MODAL | wf::PASSIVE_AUXILIARY)
                                || ctx
                                    .reader
                                    .hits_in(w.start, w.end)
                                    .iter()
                                    .any(|h| h.start == w.start && h.is(kind::VERB))
                        })
                    };
                    // "…, сообщил агентству, что …": a listener, then the content after a comma.
                    let content_after_comma = || {
                        rest.trim_start().starts_with(',')
                            && ctx
                                .reader
                                .words(e, u.end)
                                .first()
                                .is_some_and(|w| w.is(wf::COMPLEMENTIZER))
                    };
                    text[h.end..s].contains(':')
                        || clause.contains(':')
                        || cws.first().is_some_and(|w| w.is(wf::COMPLEMENTIZER))
                        || own_clause()
                        || content_after_comma()
                };
                // "…, denies 11 counts of fraud": a number opens a speaker only before a source
                // noun ("…, said two officials"), singular or plural.
                // "one of the neighbours", "одна из соседок": the noun after the partitive.
                let past_partitive = |ows: &[Tok]| -> usize {
                    let partitive = ows.len() > 2
                        && ows[0].is_n(wf::BACK_REFERENCE_QUANTIFIER | wf::INDEFINITE)
                        && ows[1].is_n(wf::PARTITIVE);
                    2 * usize::from(partitive)
                };
                let thing_counted = || {
                    let ows = ctx.reader.words(s, e);
                    let ows = &ows[past_partitive(&ows)..];
                    let counted = ows.first().is_some_and(|w| {
                        w.text(text).starts_with(|c: char| c.is_ascii_digit())
                            || w.is(wf::COUNT_TWO | wf::COUNT_MANY)
                    });
                    let source_noun = |w: &Tok| {
                        w.is_n(SOURCE_NOUNS)
                            || lex.plural_suffixes.iter().any(|x| {
                                w.text(text)
                                    .strip_suffix(x.as_str())
                                    .is_some_and(|one| lex.word_is(one, SOURCE_NOUNS))
                            })
                    };
                    counted
                        && !ows
                            .iter()
                            .take_while(|w| !w.is_n(wf::PREPOSITION | wf::RELATIVE))
                            .any(source_noun)
                };
                // "Pellworth, the maker of X, reported a 38% fall": a speaker has a name (not a
                // day or month: "on Tuesday"), or a pronoun or a source noun before any
                // preposition; a thing has neither.
                let speaker_like = || {
                    let ows = ctx.reader.words(s, e);
                    let ows = &ows[past_partitive(&ows)..];
                    let named = ows
                        .iter()
                        .any(|w| is_capitalised(w.text(text)) && !w.is(wf::ADVERBIAL_NOUN));
                    // "назвал его результаты «важными»": a possessive before a noun is no
                    // pronoun speaker.
                    let possessive_before = |w: &Tok| {
                        w.is_n(wf::POSSESSIVE) && ows.last().is_some_and(|l| l.start > w.start)
                    };
                    named
                        || ows
                            .iter()
                            .take_while(|w| !w.is_n(wf::PREPOSITION | wf::RELATIVE))
                            .any(|w| {
                                w.is_n(wf::PRONOUN) && !possessive_before(w)
                                    || w.is_n(
                                        SOURCE_NOUNS
                                            | wf::ANONYMOUS_HEAD
                                            | wf::DOCUMENT_HEAD
                                            | wf::OUTLET_NOUN
                                            | wf::UNSPECIFIED_MEDIA
                                            | wf::UNCONFIRMED_HEAD,
                                    )
                            })
                };
                // "«…», — сказал сварщик.": right after a quotation, a short phrase that ends the
                // sentence is its speaker, whether or not the lexicon knows its noun.
                let closes_quote = || {
                    let dash = |c: char| c == '—' || c == '–';
                    only_punct
                        && (text[near..h.start].contains(is_quote_char)
                            || text[near..h.start].contains(dash)
                                && text[u.start..].starts_with(dash))
                        && text[e..u.end].trim().chars().all(|c| ".!…".contains(c))
                        && words_at_most(&text[s..e], 5)
                        && !ctx.reader.words(s, e).iter().any(|w| {
                            w.is_n(wf::PREPOSITION) && w.start == s
                                || w.text(text).starts_with(|c: char| c.is_ascii_digit())
                        })
                };
                // An unknown noun just after a named person spoke is that person's role, told
                // by the claims before ("— пояснила синоптик" after "Татьяна Позднякова"); "one
                // of …" is someone new.
                // ("…, сообщили в дипмиссии": after a cue that ends with its preposition, the
                // place is the speaker whatever its noun.)
                let known = ctx.reader.valid_np(s, e) && (speaker_like() || place_cue);
                let new_person = || {
                    let ows = ctx.reader.words(s, e);
                    past_partitive(&ows) > 0
                        || !done.last().is_some_and(|p| {
                            u.paragraph <= p.paragraph + 1
                                && p.source.is_some()
                                && matches!(
                                    p.origin_class,
                                    Some(Class::Named {
                                        document: false,
                                        ..
                                    })
                                )
                        })
                };
                if clean
                    && !introduces()
                    && !thing_counted()
                    && (known || closes_quote() && new_person())
                {
                    let unknown = !known;
                    frames.push(Frame {
                        cue: (h.start, h.end),
                        stance: h.entry.stance,
                        speaker: None,
                        span: Some((s, e)),
                        trailing: true,
                        unknown,
                    });
                    continue;
                }
            }
        }
        let subj = subject_before.unwrap_or_else(|| ctx.subject_before(cs, h.start));
        // "Shares rose 4% following a Bloomberg report that …": a report noun right after an
        // outlet's name is that outlet's, whatever the subject phrase before it holds.
        // (The hit before this one is tested first: most cues follow no outlet.)
        let subj = subj.map(|(s, e)| {
            let outlet = hi.checked_sub(1).map(|k| &hits[k]).filter(|o| {
                o.is(kind::OUTLET)
                    && s < o.start
                    && o.end <= e
                    && matches!(text[o.end..h.start].trim(), "" | "'s" | "’s")
                    && ctx
                        .reader
                        .words(h.start, h.end)
                        .last()
                        .is_some_and(|w| w.is_n(wf::DOCUMENT_HEAD) && !w.is(wf::PLURAL))
                    && !ctx
                        .reader
                        .words(s, o.start)
                        .iter()
                        .all(|w| w.is(wf::ARTICLE | wf::DEFINITE))
            });
            outlet.map_or((s, e), |o| (o.start, o.end))
        });
        // Citing inside the subject region: "RBC with reference to the publication of X adds".
        let subj = match (
            subj,
            hits[gallop(hits, 0, |c| c.start < cs)..]
                .iter()
                .take_while(|c| c.end <= h.start)
                .find(|c| c.is(kind::CITING)),
        ) {
            (Some((s, e)), Some(c)) if c.start > s && c.start < e => {
                Some((s, text[s..c.start].trim_end().len() + s))
            }
            // "Citing unnamed officials, Axios reported": the subject follows the cited object.
            (Some((s, e)), Some(c)) if c.start <= s && c.end < e => {
                match memchr::memchr(b',', &text.as_bytes()[c.end..h.start]) {
                    Some(i) => ctx.subject_before(c.end + i + 1, h.start),
                    None => Some((s, e)),
                }
            }
            (None, Some(c)) => ctx.subject_before(cs, c.start),
            (x, _) => x,
        };
        let Some((s, e)) = subj else { continue };
        let (s, e) = ctx
            .subject_before_appositive(cs, (s, e), after)
            .unwrap_or((s, e));
        // "The ministry backed the plan, saying …": a continuation's speaker is the subject
        // of the clause before it, which ends at its past-tense verb.
        let (s, e) = if continues {
            (s, ctx.reader.subject_end(s, e))
        } else {
            (s, e)
        };
        // "Xinhua …, said the government had declared …": a phrase that opens with a reporting
        // verb is that verb's content, not the subject of a cue inside it.
        let opens_with_verb = hits.iter().any(|v| {
            v.start == s && v.end < h.start && v.is(kind::VERB) && {
                // "said the government", "said Price" (not "state news agency Pravek").
                let next = ctx.reader.words(v.end, e).first().copied();
                // "said administration officials": any word after it, unless the verb's word
                // opens a media phrase.
                !is_capitalised(&text[v.start..v.end])
                    && next.is_some_and(|n| {
                        n.is(wf::DETERMINER | wf::POSSESSIVE | wf::PRONOUN)
                            || is_capitalised(n.text(text))
                            || !opens_media_phrase(ctx, v.start)
                    })
            }
        });
        // "In Paris, Okafor said she expected …": a phrase with a reporting verb inside it is
        // that verb's subject and content, not the subject of a cue after it.
        // (Only a verb with a pronoun after it and nothing else: "the firefighter who
        // responded", "state television" hold no report, and "Bloomberg reported" before
        // "that two people … said" is read as the outer frame.)
        let holds_verb = || {
            hits.iter()
                .filter(|v| v.start > s && v.end <= e && v.is(kind::VERB))
                .any(|v| {
                    let rest = ctx.reader.words(v.end, e);
                    rest.len() == 1
                        && rest[0].is_n(wf::PRONOUN)
                        && !ctx
                            .reader
                            .words(s, v.start)
                            .iter()
                            .any(|w| w.is(wf::RELATIVE))
                })
        };
        if opens_with_verb || holds_verb() {
            continue;
        }
        // "Minutes of the meeting, reviewed by the Financial Times, show …": who saw the
        // document, between commas, belongs to its subject as in "a memo seen by Bloomberg".
        let e = ctx.document_access_appositive(s, e, h.start).unwrap_or(e);
        let before = text[back(text, u.start, s)..s].trim_end();
        let opens_clause = before.ends_with([',', '"', '”', '’', '-', '–', '—', '»']);
        let trailing = opens_clause
            && words_at_least(before, 3)
            && !after
                .split_whitespace()
                .any(|w| lex.word_is(w, wf::COMPLEMENTIZER))
            && (words_at_most(after, 10) || after.trim_start().starts_with(','));
        frames.push(Frame {
            cue: (h.start, h.end),
            stance: h.entry.stance,
            speaker: None,
            span: Some((s, e)),
            trailing,
            unknown: false,
        });
    }
    // "Sky Sports News understands …": a verb that reports only for a listed outlet, and not
    // for the publisher, whose own "understands" is its unsourced reporting (an outlet that
    // names itself is rarely a listed one: "the Daily Courier understands" in the Courier).
    frames.retain_mut(|f| {
        if !hits.iter().any(|h| h.start == f.cue.0 && h.is(kind::OUTLET_ONLY)) {
            return true;
        }
        let Some((s, e)) = f.span else { return false };
        let np = ctx.reader.classify(s, e, span, outlets);
        let keep =
            matches!(&np.class, Class::Outlet(hop) if hop.outlet.is_some() && !ctx.is_publisher(hop));
        f.speaker = Some(np);
        keep
    });
    // "according to X".
    let mut according: Option<(Span, SourceNp)> = None;
    // "According to the Gazette, which has seen a copy of the bid, ...": what the outlet has
    // seen is the origin behind it.
    let mut according_access: Option<SourceNp> = None;
    for h in hits.iter().filter(|h| h.is(kind::ACCORDING_TO)) {
        // "по его словам" ("in his words"): the source is the pronoun inside the cue.
        let inner_pronoun = || {
            ctx.reader
                .words(h.start, h.end)
                .iter()
                .find(|w| w.is(wf::PRONOUN))
                .map(|w| (w.start, w.end))
        };
        // "по словам защитника": any phrase after a speaker phrase is its speaker.
        let speaker = lex.speaker_phrases.contains(&text[h.start..h.end].lower());
        // "Нина Арсеньева поддержала Минтранс: по её словам, …": a person named earlier in the
        // sentence (a run of two or more capitalised words) is who the inner pronoun means.
        let named_in_sentence = || {
            let ws = ctx.reader.words(u.start, h.start);
            let caps =
                |w: &Tok| is_capitalised(w.text(text)) && !w.is(wf::PRONOUN | wf::POSSESSIVE);
            let mut end = ws.len();
            while end > 1 {
                let e = ws[..end].iter().rposition(caps)?;
                let start = ws[..=e].iter().rposition(|w| !caps(w)).map_or(0, |i| i + 1);
                if e > start {
                    return Some((ws[start].start, ws[e].end));
                }
                end = start;
            }
            None
        };
        let pronoun_cue = inner_pronoun();
        // Only for "his"/"her" of the name's gender ("по их словам" is a group).
        let named_for_pronoun = |(ps, pe): Span| {
            let p = &text[ps..pe];
            if !lex.word_is(p, wf::PRONOUN_PERSON) {
                return None;
            }
            let (s, e) = named_in_sentence()?;
            gender_agrees(p, &text[s..e], lex).then_some((s, e))
        };
        // "Собеседник редакции подтвердил, что …, но решения, по его словам, нет": the
        // speaker of a verb earlier in the clause, of the pronoun's gender or number.
        let frame_speaker = |(ps, pe): Span| {
            let p = &text[ps..pe];
            let fits = |&(s, e): &Span| {
                // The head noun: first where modifiers follow it (a language without
                // articles: "Собеседник редакции"), else last before a preposition.
                let ws = ctx.reader.words(s, e);
                let ws = &ws[..ws
                    .iter()
                    .position(|w| w.is_n(wf::PREPOSITION))
                    .unwrap_or(ws.len())];
                let head = if lex.articles.is_empty() {
                    ws.iter().find(|w| !w.is_n(wf::DETERMINER | wf::POSSESSIVE))
                } else {
                    ws.last()
                };
                let plural = head.is_some_and(|w| w.is_n(wf::PLURAL));
                if lex.word_is(p, wf::PRONOUN_PERSON) {
                    !plural && gender_agrees(p, &text[s..e], lex)
                } else {
                    lex.word_is(p, wf::PRONOUN_PLURAL) && plural
                }
            };
            frames
                .iter()
                .rev()
                .filter(|f| f.cue.1 <= h.start)
                .filter_map(|f| f.speaker.as_ref().map(|np| (np.start, np.end)).or(f.span))
                .filter(|&(_, e)| e <= ps)
                .find(fits)
        };
        // "следует из опубликованного на портале указа": a participle phrase before its
        // document noun, in a language without articles; the phrase runs to the noun that
        // closes the clause.
        let head_final_document = || {
            if !lex.articles.is_empty() {
                return None;
            }
            let rest = &text[h.end..u.end];
            let clause = &rest[..rest.find([',', ';', '.', '(']).unwrap_or(rest.len())];
            let ws = ctx.reader.words(h.end, h.end + clause.len());
            let (first, last) = (ws.first()?, ws.last()?);
            ((3..=8).contains(&ws.len())
                && !first.is_n(wf::PREPOSITION | SOURCE_NOUNS | wf::DOCUMENT_HEAD)
                && !is_capitalised(first.text(text))
                && last.is_n(wf::DOCUMENT_HEAD))
            .then_some((first.start, last.end))
        };
        if let Some((s, e)) = head_final_document()
            .or_else(|| object_until_comma_with(ctx, h.end, u.end, speaker))
            .or_else(|| pronoun_cue.and_then(named_for_pronoun))
            .or_else(|| pronoun_cue.and_then(frame_speaker))
            .or(pronoun_cue)
        {
            let mut np = ctx.reader.classify(s, e, span, outlets);
            // An unlisted common noun read as a speaker: a person's role ("по словам
            // защитника") names the person it points back to; a group ("по словам медиков")
            // is a vague collective. Where the phrase governs a case of its own, a nominative
            // plural ending is that case's singular ("по словам биатлонистки", not
            // "биатлонисток"): one person's role too.
            let named = matches!(np.class, Class::Named { .. });
            if speaker && (named || matches!(np.class, Class::Vague)) {
                let ws = ctx.reader.words(s, e);
                let common = ws.iter().all(|w| {
                    !is_capitalised(w.text(text)) && !w.is_n(SOURCE_NOUNS | wf::NAMED_HEAD)
                }) && ctx.reader.hits_in(s, e).is_empty();
                let genitive_plural =
                    |w: &Tok| ends_with_any(&w.text(text).lower(), &lex.genitive_plural_suffixes);
                let plural = ws
                    .last()
                    .is_some_and(|w| w.is_n(wf::PLURAL) || genitive_plural(w));
                let case_singular = |w: &Tok| {
                    !lex.genitive_plural_suffixes.is_empty()
                        && w.is_n(wf::PLURAL)
                        && !w.is_n(wf::VAGUE_HEAD)
                        && !genitive_plural(w)
                };
                if named && common && plural {
                    np.class = Class::Vague;
                } else if !named && common && matches!(&ws[..], [w] if case_singular(w)) {
                    np.class = Class::Named {
                        document: false,
                        person_without_role: false,
                    };
                }
            }
            // "Как стало известно «Спорт-Экспрессу»", "in remarks carried by LUNA": a name in
            // quotation marks, or one word, that learns or carries the news is an outlet.
            let quoted = text[..s].ends_with(['«', '„', '“'])
                && text[e..].starts_with(['»', '“', '”'])
                || text[s..].starts_with(['«', '„', '“']) && text[..e].ends_with(['»', '“', '”']);
            let one_name = || {
                let ws = ctx.reader.words(s, e);
                ws.len() == 1 && is_capitalised(ws[0].text(text))
            };
            if (quoted || one_name())
                && matches!(
                    np.class,
                    Class::Named {
                        document: false,
                        ..
                    }
                )
                && lex
                    .outlet_agent_cues
                    .contains(&text[h.start..h.end].lower())
            {
                let hop = Hop::unlisted(clean_source(&text[s..e]));
                remember_outlet(outlets, &hop);
                np.class = Class::Outlet(hop);
            }
            if matches!(np.class, Class::Outlet(_)) {
                according_access = hits
                    .iter()
                    .find(|a| a.start >= e && a.is(kind::SELF_REFERENCE_BEFORE))
                    .filter(|a| {
                        let gap = text[e..a.start].trim_start_matches([',', ' ']).trim_end();
                        lex.relative.contains(&gap.lower())
                    })
                    .and_then(|a| object_until_comma(ctx, a.end, u.end))
                    .map(|(s, e)| SourceNp {
                        start: s,
                        end: e,
                        // A document, as in "documents seen by the Echo".
                        class: Class::DOCUMENT,
                        inner_hops: Vec::new(),
                    });
            }
            // "according to reports in Spanish media" relays the media; "according to reports
            // in Italy" stays hearsay: a cue in both lists that ends with a preposition needs
            // an outlet after it ("по предварительным данным ведомства" keeps its agency).
            if h.is(kind::HEARSAY)
                && !matches!(np.class, Class::Outlet(_))
                && ctx
                    .reader
                    .words(h.start, h.end)
                    .last()
                    .is_some_and(|w| w.is_n(wf::PREPOSITION))
            {
                continue;
            }
            according = Some(((h.start, h.end), np));
            break;
        }
    }
    // "citing X" / "X quotes Y": the origin behind the speaker.
    // A chain: "citing a report in Gazzetta dello Sport that quoted a source close to ..."
    let mut cited: Option<(Span, SourceNp)> = None;
    let mut cited_inner: Option<SourceNp> = None;
    let object_of = |h: &Hit| {
        if h.is(kind::QUOTING) {
            // "— цитирует «Интерфакс» директора центра": verb, outlet, then whom it quotes.
            ctx.reader.object_after(h.end, u.end).map(|(s, e)| {
                // "— цитирует его РИА Новости": the pronoun is whom it quotes.
                if let Some((pronoun, _)) = ctx.reader.quoted_pronoun(s, e) {
                    return pronoun;
                }
                // "— цитирует министра агентство": whom it quotes, before the outlet.
                if let Some(o) = ctx.outlet_after_quoted(s, e) {
                    return (s, s + text[s..o].trim_end().len());
                }
                let words = ctx.reader.words(s, e);
                let outlet_first = ctx
                    .reader
                    .hits_in(s, e)
                    .first()
                    .filter(|o| {
                        o.is(kind::OUTLET) && words.first().is_some_and(|w| w.start == o.start)
                    })
                    .map(|o| o.end)
                    // "приводит портал слова собеседника": an outlet noun for the outlet.
                    .or_else(|| {
                        words
                            .first()
                            .filter(|w| w.is_n(wf::OUTLET_NOUN) && words.len() >= 3)
                            .map(|w| w.end)
                    });
                // "quoted Karvak's president, Dragan Vuko, as saying": the name in apposition.
                let e = apposed_name(ctx, e, u.end).unwrap_or(e);
                // "приводит ТАСС слова министра": past the words to whose they are.
                let next = outlet_first.and_then(|o| {
                    let i = words.iter().position(|w| w.start >= o)?;
                    let speech = lex.speech_nouns.contains(&words[i].text(text).lower());
                    words.get(i + usize::from(speech))
                });
                match next {
                    Some(next) => (next.start, e),
                    None => (s, e),
                }
            })
        } else {
            object_until_comma(ctx, h.end, u.end)
        }
    };
    for (i, h) in hits.iter().enumerate() {
        if !(h.is(kind::CITING) || h.is(kind::QUOTING)) {
            continue;
        }
        if let Some((s, e)) = object_of(h) {
            let np = ctx.reader.classify(s, e, span, outlets);
            // "... that quoted X" / "... which cited X" right after the object.
            if let Some(next) = hits[i + 1..].iter().find(|n| n.start >= e) {
                let gap = text[e..next.start].trim().lower();
                if (next.is(kind::CITING) || next.is(kind::QUOTING))
                    && (lex.complementizers.contains(&gap) || lex.relative.contains(&gap))
                {
                    if let Some((s2, e2)) = object_of(next) {
                        cited_inner = Some(ctx.reader.classify(s2, e2, span, outlets));
                    }
                }
            }
            cited = Some(((h.start, h.end), np));
            break;
        }
    }
    // What an outlet cites, read more loosely: used only for the origin behind an outlet.
    let cited_bare = hits
        .iter()
        .filter(|h| cited.is_none() && h.is(kind::CITING))
        .find_map(|h| object_until_comma_with(ctx, h.end, u.end, true))
        .map(|(s, e)| ctx.reader.classify(s, e, span, outlets));
    // "told Reuters", "speaking to the Financial Times": the channel.
    let mut channel_hops: Vec<Hop> = Vec::new();
    // Where the unit names someone it was said to who is no outlet ("in an email to the
    // Sentinel", "told colleagues"): a channel of the speaker's own, when it is the cue's.
    let mut listener_at: Option<(usize, Span)> = None;
    for h in hits.iter().filter(|h| h.is(kind::TO_CHANNEL)) {
        let Some((mut s, mut e)) = ctx.reader.told_object(h.end, u.end) else {
            continue;
        };
        // "рассказал, что авторам …": a listener follows its verb directly; what comes after a
        // comma or a complementiser is the content.
        if text[h.end..s].contains([',', ';', ':'])
            || ctx
                .reader
                .words(s, e)
                .first()
                .is_some_and(|w| w.is_n(wf::COMPLEMENTIZER))
        {
            continue;
        }
        // A listener takes no preposition: "сообщил в своём Telegram-канале" names a place.
        if ctx
            .reader
            .words(s, e)
            .first()
            .is_some_and(|w| w.is_n(wf::PREPOSITION))
        {
            continue;
        }
        // "— сказал он ТАСС": the listener after the subject.
        if let Some(x) = ctx.reader.listener_after_subject(s, e) {
            s = x;
        }
        // "had told him by radio", "told her on Monday": a person, no outlet.
        let ws = ctx.reader.words(s, e);
        if ws.first().is_some_and(|w| {
            w.is_n(wf::PRONOUN)
                && (!w.is_n(wf::POSSESSIVE) || ws.get(1).is_none_or(|n| n.is_n(wf::PREPOSITION)))
        }) {
            continue;
        }
        // "сообщил ТАСС источник": the listener only, not the speaker after it.
        if lex.verb_subject_order {
            if let Some(x) = ctx.reader.after_listener(s, e).filter(|&x| x > s) {
                e = s + text[s..x].trim_end().len();
            }
        }
        let obj = norm(&text[s..e]);
        // "told us": first-hand, no hop; also when the phrase runs on past it ("в заявлении
        // для нашего издания назвала …").
        // (A lower-case first-person word: "told US officials" is no "told us".)
        // (Not a correspondent of a named outlet: "в беседе с корреспондентом РИА Новости".)
        let outlet_named = || {
            ctx.reader
                .hits_in(s, e)
                .iter()
                .any(|o| o.is(kind::OUTLET) && o.start > s)
        };
        if (lex.first_hand_objects.contains(&obj) || opens_first_person(ctx, s, e))
            && !outlet_named()
        {
            continue;
        }
        // An outlet noun alone, after an article if any ("изданию", "the paper").
        let lone_outlet_noun = {
            let ws = ctx.reader.words(s, e);
            let ws = match ws.first() {
                Some(w) if w.is_n(wf::ARTICLE) => &ws[1..],
                _ => &ws[..],
            };
            matches!(ws, [w] if w.is_n(wf::OUTLET_NOUN))
        };
        // Where no article marks a noun as known, "рассказали изданию два источника" with no
        // outlet named before is the publisher's own noun, first-hand; English "told the
        // paper" is another paper, an outlet even though "the paper" as a source may be a
        // study's.
        let articles = !lex.articles.is_empty();
        if lone_outlet_noun && !articles && outlets.last().is_none() {
            continue;
        }
        let np = ctx.reader.classify(s, e, span, outlets);
        let np = match np.class {
            Class::Outlet(_) => np,
            _ if lone_outlet_noun && articles => SourceNp {
                class: Class::Outlet(Hop::unlisted(clean_source(&text[s..e]))),
                ..np
            },
            _ => np,
        };
        if let Class::Outlet(hop) = np.class {
            if hop.kind != RelayKind::Journalist {
                remember_outlet(outlets, &hop);
                channel_hops.push(hop);
            }
        } else if let Some(close) = lex
            .verb_subject_order
            .then(|| ctx.reader.quoted_name_end(s, u.end))
            .flatten()
            // Not the speaker that ends the clause: "сообщил «Горводоканал».", the company.
            .filter(|&close| !ctx.listener_is_speaker(s, close, u.end))
        {
            // "заявил «Спорт-Экспрессу»": a quoted name told something is a publication.
            let hop = Hop::unlisted(text[s..close].trim_end_matches(['»', '“', '”']));
            remember_outlet(outlets, &hop);
            channel_hops.push(hop);
        } else if let Some((a, b)) = ctx.reader.name_after_outlet_noun(s, e) {
            // "рассказал Telegram-каналу Shot": the name an outlet noun gives.
            let hop = Hop::unlisted(&text[a..b]);
            remember_outlet(outlets, &hop);
            channel_hops.push(hop);
        } else {
            listener_at = Some((h.start, (s, e)));
        }
    }
    // "confirmed the split to Variety", "denied the allegations to TMZ": a verb that confirms
    // or denies, a short object, then "to" and a listed outlet, is told to that outlet.
    if channel_hops.is_empty() && !lex.listener_prepositions.is_empty() {
        for h in hits.iter().filter(|h| {
            h.is(kind::VERB)
                && !h.is(kind::TO_CHANNEL)
                && matches!(h.entry.stance, Some(Stance::Endorse | Stance::Deny))
        }) {
            let end = text[h.end..u.end]
                .find([',', ';', '.', '"', '“', '«'])
                .map_or(u.end, |i| h.end + i);
            let ws = ctx.reader.words(h.end, end);
            // A short object, not a clause ("confirmed it would sell the unit to Reuters").
            let Some(to) = ws
                .iter()
                .take(5)
                .position(|w| lex.listener_prepositions.contains(&w.text(text).lower()))
            else {
                continue;
            };
            if to == 0
                || ws[..to]
                    .iter()
                    .any(|w| w.is_n(wf::PRONOUN | wf::COMPLEMENTIZER | wf::MODAL))
            {
                continue;
            }
            let after = ws.get(to + 1).map_or(end, |w| w.start);
            let outlet = ctx
                .reader
                .hits_in(after, end)
                .first()
                .filter(|o| o.is(kind::OUTLET) && text[ws[to].end..o.start].trim().len() <= 3)
                .and_then(|o| o.entry.outlet.map(|oi| (oi, o)));
            if let Some((oi, o)) = outlet {
                let hop = listed_outlet_hop(lex, oi, &text[o.start..o.end]);
                remember_outlet(outlets, &hop);
                channel_hops.push(hop);
                break;
            }
        }
    }

    // "said on CBS's “Face the Nation”", "Speaking on BBC Radio 4's Today programme": a
    // reporting or channel verb, a preposition of `cues.on_air` and a listed outlet that aired
    // the words (not "on its Telegram channel": the speaker's own platform).
    if !lex.on_air.is_empty() {
        for h in hits.iter().filter(|h| h.is(kind::VERB | kind::TO_CHANNEL)) {
            let rest = &text[h.end..u.end];
            let Some(after) = rest.strip_prefix(' ').and_then(|r| {
                lex.on_air.iter().find_map(|p| {
                    r.get(..p.len())
                        .filter(|w| w.eq_ignore_ascii_case(p))
                        .and_then(|_| r[p.len()..].strip_prefix(' '))
                })
            }) else {
                continue;
            };
            // Read only when a listed outlet's name comes next ("said on Monday" does not).
            let s0 = u.end - after.len();
            let near = floor_char(text, (s0 + 48).min(u.end));
            if !ctx
                .reader
                .hits_in(s0, near)
                .iter()
                .any(|x| x.is(kind::OUTLET))
            {
                continue;
            }
            let Some((s, e)) = ctx.reader.told_object(s0, u.end) else {
                continue;
            };
            let listed = ctx.reader.hits_in(s, e).iter().any(|x| x.is(kind::OUTLET));
            let own = || {
                ctx.reader
                    .words(s, e)
                    .first()
                    .is_some_and(|w| w.is_n(wf::POSSESSIVE))
            };
            if !listed || own() {
                continue;
            }
            if let Class::Outlet(hop) = ctx.reader.classify(s, e, span, outlets).class {
                if hop.outlet.is_some() && hop.kind != RelayKind::Journalist {
                    remember_outlet(outlets, &hop);
                    channel_hops.push(hop);
                }
            }
        }
    }

    if let Some((s, e)) = fronted_listener {
        // The name without its guillemets.
        let opened = text[s..e].trim_start_matches('«');
        let name = opened.trim_end_matches('»');
        let s = e - opened.len();
        let class = ctx.reader.classify(s, s + name.len(), span, outlets).class;
        // "Об этом газете рассказали" with no outlet named before: the publisher's own noun.
        let own_noun = outlets.last().is_none() && ctx.dative_outlet_noun(s, (s, e));
        let hop = match class {
            Class::Outlet(hop) => hop,
            // "«Известиям» рассказал": a quoted name told something is a publication.
            _ => Hop::unlisted(name),
        };
        if hop.kind != RelayKind::Journalist && !own_noun {
            remember_outlet(outlets, &hop);
            channel_hops.push(hop);
        }
    }

    // "Okereke, speaking to Sky Sports after the final whistle, dedicated his goals …": with
    // no reporting verb, the subject of the channel phrase spoke through the outlet.
    if !channel_hops.is_empty() && !frames.iter().any(Frame::has_speaker) {
        if let Some(h) = hits
            .iter()
            .find(|h| h.is(kind::TO_CHANNEL) && !h.is(kind::VERB))
        {
            let cs = ctx.clause_start(span, h.start);
            if let Some(sp) = ctx.subject_before(cs, h.start) {
                frames.push(Frame {
                    cue: (h.start, h.end),
                    stance: None,
                    speaker: None,
                    span: Some(sp),
                    trailing: false,
                    unknown: false,
                });
            }
        }
    }

    // The outer frame.
    // "X reported that …": what follows "that" is content, and a cue there ("…, far more
    // than Lattice has acknowledged") speaks for none of it.
    let content_from = frames
        .iter()
        .filter(|f| !f.trailing && f.has_speaker())
        .find_map(|f| {
            // "reported on Saturday that": a few words may come between.
            let that = ctx
                .reader
                .words(f.cue.1, u.end)
                .iter()
                .take(5)
                .find(|w| w.is(wf::COMPLEMENTIZER))
                .copied()?;
            // ("сообщает, что": Russian sets the complementizer off with a comma.)
            let gap = text[f.cue.1..that.start].trim_end();
            let comma = gap.ends_with(',');
            let gap = gap.strip_suffix(',').unwrap_or(gap);
            (!gap.contains([',', ';', ':'])).then_some((that.start, comma))
        });
    // "…, что …, передаёт РИА Новости": an outlet closing the sentence still relays it.
    // (So does one that ends it in English: "Chainlume said in a report that …, CoinDesk
    // reported.")
    let closing_outlet = |f: &Frame| {
        content_from.is_some_and(|(c, comma)| {
            comma
                || f.cue.0 > c
                    && !text[f.cue.1..u.end].contains(char::is_alphanumeric)
                    && text[..f.cue.0]
                        .trim_end()
                        .ends_with(|ch: char| ch.is_alphanumeric())
        }) && f
            .speaker
            .clone()
            .or_else(|| {
                f.span
                    .map(|(s, e)| ctx.reader.classify(s, e, span, outlets))
            })
            .is_some_and(|np| matches!(np.class, Class::Outlet(_)))
    };
    let verb_frame = frames
        .iter()
        .rev()
        .find(|f| {
            f.trailing
                && f.has_speaker()
                && (content_from.is_none_or(|(c, _)| f.cue.0 < c) || closing_outlet(f))
        })
        .or_else(|| frames.iter().find(|f| f.has_speaker()))
        .cloned();
    let verb_frame = verb_frame.map(|mut f| {
        if f.speaker.is_none() {
            f.speaker = f
                .span
                .map(|(s, e)| ctx.reader.classify(s, e, span, outlets));
            if let Some(np) = f.speaker.as_mut().filter(|np| {
                f.unknown
                    && matches!(np.class, Class::Named { .. })
                    && !ctx
                        .reader
                        .words(np.start, np.end)
                        .iter()
                        .any(|w| is_capitalised(w.text(text)))
            }) {
                np.class = Class::Anonymous {
                    spec: Specificity::S1,
                    count: 1,
                };
            }
        }
        // "Varga accused Kelmar of …, TNA reported": a one-word name that closes the sentence
        // with a report verb, after another reporting verb, relays what comes before it.
        // (The cue is lower-cased only for such a name.)
        if f.trailing {
            if let Some(np) = f.speaker.as_mut().filter(|np| {
                matches!(
                    np.class,
                    Class::Named {
                        document: false,
                        ..
                    }
                ) && is_capitalised(&text[np.start..np.end])
                    && ctx.reader.words(np.start, np.end).len() == 1
                    && hits.iter().any(|h| h.is(kind::VERB) && h.end <= np.start)
                    && lex
                        .closing_report_verbs
                        .contains(&text[f.cue.0..f.cue.1].lower())
            }) {
                let hop = Hop::unlisted(text[np.start..np.end].trim());
                remember_outlet(outlets, &hop);
                np.class = Class::Outlet(hop);
            }
        }
        f
    });
    let speaker_is_outlet =
        |f: &Frame| matches!(f.speaker.as_ref().map(|s| &s.class), Some(Class::Outlet(_)));
    // "The Bank of Orrland raised its rate, citing stubborn inflation": a reason, not a source,
    // after the comma; the name that opens the sentence is who gives it.
    let citing_subject = || {
        let h = hits
            .iter()
            .find(|h| h.is(kind::CITING) && text[u.start..h.start].trim_end().ends_with(','))?;
        let (s, e) = leading_name(ctx, u.start, h.start)?;
        let after = &text[e..h.start];
        let one_word = !text[s..e].contains(' ');
        let verb_next = after
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_lowercase));
        if after.starts_with(',') && one_word
            || !(verb_next || after.starts_with(','))
            || text[s..e].contains(',')
            || !ctx.reader.valid_np(s, e)
        {
            return None;
        }
        let np = ctx.reader.classify(s, e, span, outlets);
        Some(((h.start, h.end), np, Some(Stance::Neutral)))
    };
    let (outer, outer_kind) = match (&verb_frame, &according) {
        (Some(v), _) if speaker_is_outlet(v) => {
            (Some((v.cue, v.speaker.clone().unwrap(), v.stance)), 'v')
        }
        (_, Some((cue, np))) => (Some((*cue, np.clone(), Some(Stance::Neutral))), 'a'),
        (Some(v), None) => (Some((v.cue, v.speaker.clone().unwrap(), v.stance)), 'v'),
        (None, None) => match (&cited, inherited) {
            (Some((cue, _)), _) => {
                // "Kestrel cut its forecast, citing weaker demand": the subject is the source.
                let subj = leading_name(ctx, u.start, cue.0)
                    .map(|(s, e)| ctx.reader.classify(s, e, span, outlets));
                (subj.map(|np| (*cue, np, Some(Stance::Neutral))), 'c')
            }
            (None, inherited) => match (citing_subject(), inherited) {
                (Some(subject), _) => (Some(subject), 'c'),
                (None, Some(np)) => (
                    Some((
                        first_cue(hits).unwrap_or((u.start, u.start)),
                        np,
                        first_stance(hits),
                    )),
                    'i',
                ),
                (None, None) => match colon_speaker(ctx, u, outlets) {
                    Some((colon, np)) => (Some(((colon, colon), np, Some(Stance::Neutral))), 'q'),
                    None => (None, ' '),
                },
            },
        },
    };
    // Dash attribution after a quotation: "“…” – Cllr Peter Lane, Ashby North ward".
    let outer = outer.or_else(|| dash_attribution(ctx, u, outlets));
    // "It is understood Ashgrove has …, fuelling fears …": the "it" of a hearsay phrase is no
    // speaker for a verb after it.
    let outer = outer.filter(|(_, np, _)| {
        np.class != Class::Pronoun
            || a.hearsay
                .is_none_or(|(hs, he)| !(hs <= np.start && np.start < he))
    });

    if let Some((cue, np, stance)) = outer {
        let mut np = np;
        // "Margaret, 81, who asked that her surname not be published, said": a first name
        // alone, its anonymity stated between it and the cue, names no one identifiable.
        if matches!(
            np.class,
            Class::Named {
                document: false,
                ..
            }
        ) && a
            .anon_condition
            .is_some_and(|(s, e)| np.end <= s && e <= cue.0)
            && ctx.reader.words(np.start, np.end).len() == 1
        {
            np.class = Class::Anonymous {
                spec: Specificity::S1,
                count: 1,
            };
        }
        // "Как пишет «Медвестник»": a name in guillemets that writes is a publication.
        if !lex.publication_verbs.is_empty()
            && matches!(
                np.class,
                Class::Named {
                    document: false,
                    ..
                }
            )
        {
            let verb = text[cue.0..cue.1]
                .split_whitespace()
                .last()
                .unwrap_or("")
                .lower();
            let name = text[np.start..np.end].trim();
            let quoted = name
                .strip_prefix('«')
                .and_then(|n| n.strip_suffix('»'))
                .or_else(|| {
                    (text[..np.start].ends_with('«') && text[np.end..].starts_with('»'))
                        .then_some(name)
                });
            if let Some(n) = quoted.filter(|n| {
                lex.publication_verbs.contains(&verb)
                    && is_capitalised(n)
                    && !n.contains(['«', '»'])
                    && words_at_most(n, 4)
            }) {
                let hop = Hop::unlisted(n);
                remember_outlet(outlets, &hop);
                np.class = Class::Outlet(hop);
            }
        }
        a.cue = Some(cue).filter(|c| c.1 > c.0);
        a.stance = stance;
        // Resolve pronouns and back-references against earlier claims.
        let mut opener = None;
        let resolved = match np.class {
            Class::Pronoun => match pronoun_referent(ctx, &np, done, u, outlets) {
                Some(Referent::Opener(s2, e2, class)) => {
                    opener = Some((s2, e2, class));
                    None
                }
                Some(Referent::Claim(ante)) => Some(ante),
                None => None,
            },
            // "the official added" with no anonymous source before it: a named person's role.
            Class::AnonBackRef { .. } => resolve(&np, done, text, lex)
                .or_else(|| same_head_antecedent(&np, done, ctx, u.paragraph)),
            Class::Named {
                document: false, ..
            } => same_head_antecedent(&np, done, ctx, u.paragraph)
                .or_else(|| relayed_surname_antecedent(&np, done, ctx, u.paragraph)),
            Class::Named { document: true, .. } => relayed_document_antecedent(ctx, &np, done, u),
            // "— уточнил эксперт": a bare noun where no article marks it as known (not one
            // whose anonymity the sentence states: that is someone new).
            Class::Anonymous { .. } if lex.articles.is_empty() && a.anon_condition.is_none() => {
                same_head_antecedent(&np, done, ctx, u.paragraph)
            }
            _ => None,
        };
        let mut named_before: Option<String> = None;
        if let Some((s2, e2, class)) = opener {
            named_before = Some(clean_source(&text[s2..e2]));
            np.class = class;
        }
        // A bare role noun with no claim to point back to: the named person whose role opens
        // the sentence before (written as it is: "агент").
        if resolved.is_none()
            && lex.articles.is_empty()
            && matches!(np.class, Class::Anonymous { .. })
            && a.anon_condition.is_none()
        {
            if let Some((_, _, class)) = named_opening_before(ctx, &np, done, u, outlets) {
                np.class = class;
            }
        }
        let mut via: Vec<Hop> = Vec::new();
        let mut origin_class = np.class.clone();
        // The phrase naming who originally said it, when an outlet relays someone.
        let mut origin_span: Option<Span> = None;
        // How a pronoun origin is written: whom it points to.
        let mut origin_text: Option<String> = None;
        if let Some(ante) = resolved {
            // "He later told The Times", "Volk later wrote on X": a channel of its own replaces
            // the antecedent's relays.
            let own_platform = a.cue.is_some_and(|(_, ce)| {
                let ws = ctx.reader.words(ce, ceil_char(text, ce + 40).min(u.end));
                ws.windows(2)
                    .take(3)
                    .any(|p| p[0].is_n(wf::PREPOSITION) && lex.platforms.contains(p[1].text(text)))
            });
            // (Not the speaker after the verb: "— сказал дипломат".)
            let own_listener = listener_at.zip(a.cue).is_some_and(|((at, obj), (cs, ce))| {
                (at == cs || (ce..=ce + 2).contains(&at)) && (obj.1 <= np.start || obj.0 >= np.end)
            });
            if channel_hops.is_empty() && !own_platform && !own_listener {
                via = ante.via.clone();
            }
            if let Some(c) = &ante.origin_class {
                origin_class = match (&np.class, c) {
                    (Class::AnonBackRef { spec, count }, Class::Anonymous { .. }) => {
                        Class::Anonymous {
                            spec: *spec,
                            count: *count,
                        }
                    }
                    _ => c.clone(),
                };
            }
        } else if let Class::AnonBackRef { spec, count } = np.class {
            origin_class = Class::Anonymous { spec, count };
        } else if let Class::Pronoun = np.class {
            origin_class = Class::Vague;
        }
        // Whom a speaker who is no outlet passes on: a cited source ("the senator said, citing
        // two intelligence officials"; "citing weaker demand" gives a reason, no source), or
        // whoever told them ("Zelensky said Russia had told mediators …", "the mayor said a
        // colleague in the pharmacy had told him …", not "the company he had told").
        let party_origin = || -> Option<SourceNp> {
            let speaker = resolved.is_none()
                && matches!(
                    np.class,
                    Class::Named {
                        document: false,
                        ..
                    } | Class::Anonymous { .. }
                );
            if !speaker {
                return None;
            }
            if let Some((_, c)) = cited.as_ref().filter(|(ccue, c)| {
                ccue.0 >= np.end
                    && matches!(
                        c.class,
                        Class::Anonymous { .. }
                            | Class::Outlet(_)
                            | Class::Named {
                                document: false,
                                ..
                            }
                    )
            }) {
                return Some(c.clone());
            }
            // "… testified that Dunmore told her at a meeting to \"find\" $18 million": told
            // to do something, an order, not words passed on.
            // (The infinitive marker that is also a preposition, "to", outside a cue phrase:
            // not "according to".)
            let order = |f: &Frame| {
                let ws = ctx.reader.words(f.cue.1, u.end);
                let ws = &ws[..ws.len().min(8)];
                ws.iter()
                    .take_while(|w| !w.is(wf::COMPLEMENTIZER))
                    .position(|w| {
                        w.is(wf::INFINITIVE_MARKER)
                            && w.is(wf::PREPOSITION)
                            && !hits.iter().any(|h| h.start <= w.start && w.end <= h.end)
                    })
                    .and_then(|i| ws.get(i + 1))
                    .is_some_and(|n| {
                        n.text(text).starts_with(char::is_lowercase)
                            && !n.is(wf::DETERMINER | wf::POSSESSIVE | wf::PRONOUN)
                    })
            };
            // "Oresku rejected the accusations, telling reporters that …": an adverbial
            // participle after the main clause's comma shares its subject; the object before it
            // told no one. (Where the language has gerunds of their own, "-ing" words are
            // not that: «…, рассказавший ТАСС» describes the noun before it.)
            let main_participle = |f: &Frame| {
                text[cue.1..f.cue.0].trim_end().ends_with(',')
                    && ctx.reader.words(f.cue.0, f.cue.1).first().is_some_and(|w| {
                        if lex.gerund_suffixes.is_empty() {
                            w.is(wf::PARTICIPLE_SUFFIX)
                        } else {
                            lower_case_form(w.text(text), &lex.gerund_suffixes)
                        }
                    })
                    && !ctx
                        .reader
                        .words(cue.1, f.cue.0)
                        .iter()
                        .any(|w| w.is(wf::COMPLEMENTIZER))
            };
            let inner = frames.iter().find(|f| {
                f.cue.0 >= cue.1
                    && hits
                        .iter()
                        .any(|h| h.start == f.cue.0 && h.is(kind::TO_CHANNEL) && h.is(kind::VERB))
                    && !order(f)
                    && !main_participle(f)
            })?;
            let ends_in_pronoun = |sp: &SourceNp| {
                ctx.reader
                    .words(sp.start, sp.end)
                    .last()
                    .is_some_and(|w| w.is(wf::PRONOUN) && sp.end - sp.start > w.end - w.start)
            };
            content_subject(ctx, cue.1, inner.cue.0, span, outlets)
                .filter(|sp| !ends_in_pronoun(sp))
                .or_else(|| {
                    let (a, b) = ctx.subject_before(cue.1, inner.cue.0)?;
                    // It opens the content.
                    let opening = ctx.reader.words(cue.1, a);
                    opening
                        .iter()
                        .all(|w| w.is(wf::COMPLEMENTIZER))
                        .then(|| ctx.reader.classify(a, b, span, outlets))
                })
                .filter(|sp| {
                    !ends_in_pronoun(sp)
                        && sp.start >= np.end
                        && matches!(
                            sp.class,
                            Class::Named {
                                document: false,
                                ..
                            } | Class::Anonymous { .. }
                                | Class::Outlet(_)
                        )
                })
        };
        if let Class::Outlet(hop) = &np.class {
            remember_outlet(outlets, hop);
            via.push(hop.clone());
            // Who the outlet itself relies on.
            origin_class = Class::Outlet(hop.clone());
            if let Some(po) = &passive_origin {
                origin_span = push_cited(&mut via, &mut origin_class, po, outlets);
            } else if let Some(doc) = according_access.as_ref().filter(|_| outer_kind == 'a') {
                origin_span = push_cited(&mut via, &mut origin_class, doc, outlets);
            } else if let Some((ccue, c)) = &cited {
                // Fronted: "Citing unnamed officials, Axios reported".
                let fronted = !text[u.start..ccue.0].contains(char::is_alphanumeric);
                // "— цитирует его РИА Новости": the verb before whom it quotes and its subject.
                // "— цитирует министра агентство": whom it quotes, then its subject.
                let inverted = (c.class == Class::Pronoun || lex.verb_subject_order)
                    && ccue.1 <= c.start
                    && c.end <= np.start;
                if c.start > np.start || outer_kind == 'c' || fronted || inverted {
                    origin_span = push_cited(&mut via, &mut origin_class, c, outlets);
                    if let Some(ci) = &cited_inner {
                        origin_span =
                            push_cited(&mut via, &mut origin_class, ci, outlets).or(origin_span);
                    }
                }
            } else if let Some(c) = cited_bare.as_ref().filter(|c| c.start > np.start) {
                origin_span = push_cited(&mut via, &mut origin_class, c, outlets);
            } else if let Some((_, acc)) = according.as_ref().filter(|_| outer_kind == 'v') {
                origin_span = push_cited(&mut via, &mut origin_class, acc, outlets);
            } else if let Some((inner, sp)) = frames
                .iter()
                .filter(|f| f.cue.0 < cue.0 || outer_kind == 'a')
                .filter_map(|f| {
                    let sp = f.speaker.clone().or_else(|| {
                        f.span
                            .map(|(s, e)| ctx.reader.classify(s, e, span, outlets))
                    })?;
                    Some((f, sp))
                })
                .find(|(f, sp)| {
                    !matches!(sp.class, Class::Outlet(_)) && (f.cue.0 < cue.0 || sp.start >= np.end)
                })
            {
                // "Russia's Defence Ministry said ..., the Interfax news agency reported";
                // "According to the Gazette, Whitfield told staff …": the outlet relays them.
                origin_class = sp.class.clone();
                origin_span = Some((sp.start, sp.end));
                a.stance = inner.stance;
            } else if let Some((inner, sp)) = frames
                .iter()
                .filter(|f| f.cue.0 >= cue.1 && f.span.is_some_and(|(s, _)| s < cue.0))
                .find_map(|f| {
                    let (s, e) = f.span?;
                    Some((f, ctx.reader.classify(s, e, span, outlets)))
                })
                .filter(|(_, sp)| {
                    // The passive is in an appositive or relative clause set off after it.
                    !matches!(sp.class, Class::Outlet(_))
                        && sp.end <= cue.0
                        && text[sp.end..cue.0].trim_start().starts_with(',')
                })
            {
                // "The memo, first published by the German site Digitalwatch, says …": the
                // subject the outlet's passive describes is the origin.
                origin_class = sp.class.clone();
                origin_span = Some((sp.start, sp.end));
                a.stance = inner.stance;
            } else if let Some((inner, sp)) = frames
                .iter()
                .find(|f| f.cue.0 >= cue.1)
                .and_then(|f| Some((f, content_subject(ctx, cue.1, f.cue.0, span, outlets)?)))
                .filter(|(_, sp)| !matches!(sp.class, Class::Outlet(_)))
            {
                // "GameDrift said one of its sources had described ...".
                origin_class = sp.class.clone();
                origin_span = Some((sp.start, sp.end));
                a.stance = inner.stance;
            }
            // "Reuters quoted her as saying", "— цитирует его ТАСС": whom the pronoun means.
            if let (Class::Pronoun, Some((s2, e2))) = (&origin_class, origin_span) {
                let pronoun = SourceNp {
                    start: s2,
                    end: e2,
                    class: Class::Pronoun,
                    inner_hops: Vec::new(),
                };
                match pronoun_referent(ctx, &pronoun, done, u, outlets) {
                    Some(Referent::Opener(s3, e3, class)) => {
                        origin_class = class;
                        origin_text = Some(clean_source(&text[s3..e3]));
                    }
                    Some(Referent::Claim(ante)) => {
                        origin_class = ante.origin_class.clone().unwrap_or(Class::Vague);
                        origin_text = ante.source_text.clone();
                    }
                    None => {}
                }
            }
        } else if let Some(origin) = party_origin() {
            // The speaker passes on what a source told them: a relay through a party
            // (scoring-rubric.md, M.RELAY.PARTY).
            let (s, mut e) = (ctx.reader.name_after_description(np.start, np.end), np.end);
            if e <= cue.0 {
                e = ctx.name_before_appositive(s, e).unwrap_or(e);
            }
            via.push(Hop {
                name: clean_source(&text[s..e]),
                kind: RelayKind::Party,
                outlet: None,
            });
            origin_span = push_cited(&mut via, &mut origin_class, &origin, outlets);
        }
        via.extend(np.inner_hops.iter().cloned());
        for p in passive_speakers.iter().filter(|p| p.start != np.start) {
            if let Class::Outlet(h) = &p.class {
                via.push(h.clone());
                a.flag(flags::CORROBORATED);
            }
        }
        via.extend(channel_hops.iter().cloned());
        // "The spokeswoman was quoted as saying": quoted by no one named after it, so by the
        // outlet the article named last.
        if via.is_empty()
            && a.cue
                .is_some_and(|c| agentless_passive_quote(ctx, c, u.end))
        {
            via.extend(outlets.last().cloned());
        }
        // The publisher is not a relay.
        via.retain(|h| !ctx.is_publisher(h));
        let mut seen = Vec::new();
        via.retain(|h| {
            let k = h.name.lower();
            if seen.contains(&k) {
                false
            } else {
                seen.push(k);
                true
            }
        });
        // The publisher quoting itself: treat as the outlet's own voice.
        // ("Как стало известно «Ъ»" in Kommersant: what the publisher itself learned names no
        // source.)
        if via.is_empty() && matches!(origin_class, Class::Outlet(_)) {
            let learned = a
                .cue
                .is_some_and(|(cs, ce)| lex.outlet_agent_cues.contains(&text[cs..ce].lower()));
            origin_class = if learned {
                Class::Unsourced
            } else {
                Class::Named {
                    document: false,
                    person_without_role: false,
                }
            };
        }
        if matches!(np.class, Class::Pronoun) && resolved.is_none() {
            np.class = Class::Vague;
        }
        a.source = origin_span
            .filter(|_| !via.is_empty())
            .or(Some((np.start, np.end)))
            .filter(|s| s.1 > s.0);
        if matches!(origin_class, Class::Named { .. } | Class::Outlet(_)) {
            a.source = a
                .source
                .map(|(s, e)| (ctx.reader.name_after_description(s, e), e));
            // "Dr. Ruth Kavanagh, a food microbiologist at …, said": before its verb, a name
            // stands without the description after it (which still shaped its class).
            if let (Some((s, e)), Some(c)) = (a.source, a.cue) {
                if e <= c.0 {
                    a.source = Some((s, ctx.name_before_appositive(s, e).unwrap_or(e)));
                }
            }
        }
        // "The Institute for the Study of War (ISW)": a bracket the phrase opened closes in it.
        a.source = a.source.map(|(s, e)| {
            let open = text[s..e].bytes().filter(|&b| b == b'(').count();
            let close = text[s..e].bytes().filter(|&b| b == b')').count();
            (
                s,
                e + usize::from(open > close && text[e..].starts_with(')')),
            )
        });
        a.source_text = a.source.map(|(s, e)| clean_source(&text[s..e]));
        a.via = via;
        a.origin_class = Some(origin_class.clone());
        label_from(&mut a, &origin_class);
        if let Some(ante) = resolved {
            // A pronoun is written as whom it points to; "the employee" stays as written.
            let rewrite = match np.class {
                Class::Pronoun => true,
                Class::AnonBackRef { .. } => {
                    a.source_text.as_deref().is_some_and(|s| word_count(s) <= 2)
                }
                _ => false,
            };
            if rewrite {
                a.source_text = ante.source_text.clone().or(a.source_text.take());
            }
        }
        if let Some(name) = named_before.or(origin_text) {
            a.source_text = Some(name);
        }
    } else if a.no_comment || a.unverified.is_some() || a.hearsay.is_some() {
        // Sentence-level status with no source.
    } else if let Some(prev) = carry_over_from(ctx, u, done) {
        carry(&mut a, prev);
    }

    // Status cues decide the label of claims that only report a status.
    if a.no_comment {
        // Who declined: the subject before the no-comment phrase.
        if let Some(h) = hits.iter().find(|h| h.is(kind::NO_COMMENT)) {
            // "The ministry declined to comment, Interfax said": who declined, not who reports it.
            let reported_after = a.cue.is_some_and(|c| c.0 >= h.end);
            if a.source.is_none() || reported_after {
                let cs = ctx.clause_start(span, h.start);
                if let Some((s, e)) = ctx.subject_before(cs, h.start) {
                    let np = ctx.reader.classify(s, e, span, outlets);
                    a.source = Some((s, e));
                    a.source_text = Some(clean_source(&text[s..e]));
                    a.origin_class = Some(np.class);
                }
            }
            a.cue = Some((h.start, h.end));
        }
        a.label = Label::Unconfirmed;
        a.origin = Origin::Unconfirmed;
        a.via.clear();
        a.base = Base::Unattributed;
        a.flag(flags::NO_COMMENT);
    } else if a.unverified.is_some() {
        a.flag(flags::UNVERIFIED);
        // "…, but this could not be verified": a clause that only says so is unconfirmed, not
        // the claim of the speaker it was split from.
        // "The Journal couldn't verify who wrote them": the verb is in what could not be
        // verified, and its subject says only that.
        let verb_in_object = a.unverified.is_some_and(|(us, ue)| {
            lex.publisher_unverified.contains(&text[us..ue].lower())
                && a.cue.is_some_and(|c| c.0 >= ue)
                && a.source.is_some_and(|s| s.0 < us)
        });
        if outer_kind == 'i' && !hits.iter().any(|h| h.is(kind::VERB)) || verb_in_object {
            a.label = Label::Unconfirmed;
            a.origin = Origin::Unconfirmed;
            a.via.clear();
            a.source = None;
            a.source_text = None;
            a.origin_class = None;
            a.flags.retain(|f| *f != flags::CARRIED_OVER);
        }
        if a.label == Label::Unconfirmed {
            a.base = Base::UnconfirmedExplicit;
        }
    }
    // "В пресс-службе района сообщается": an impersonal verb that found its source is no
    // hearsay.
    if a.hearsay.is_some() && a.hearsay == a.cue && a.label != Label::Unconfirmed {
        a.hearsay = None;
    }
    if a.hearsay.is_some() {
        a.flag(flags::HEARSAY);
        if a.label == Label::Unconfirmed && a.base == Base::Unattributed {
            let hs = ctx.text()[a.hearsay.unwrap().0..a.hearsay.unwrap().1].lower();
            a.base = if lex
                .unconfirmed_markers
                .iter()
                .any(|m| hs.contains(m.as_str()))
            {
                Base::UnconfirmedExplicit
            } else {
                Base::Hearsay
            };
        }
    }
    if (a.anon_condition.is_some() || a.anon_reason.is_some()) && a.origin == Origin::Anonymous {
        a.flag(flags::ANONYMITY_EXPLAINED);
    }
    a
}

fn first_cue(hits: &[Hit]) -> Option<Span> {
    hits.iter()
        .find(|h| h.is(kind::VERB) || h.is(kind::NO_COMMENT))
        .map(|h| (h.start, h.end))
}

fn first_stance(hits: &[Hit]) -> Option<Stance> {
    hits.iter()
        .find(|h| h.is(kind::VERB))
        .and_then(|h| h.entry.stance)
}

fn remember_outlet(outlets: &mut ArticleOutlets, hop: &Hop) {
    if hop.kind != RelayKind::Unspecified && hop.kind != RelayKind::Social {
        if !outlets.names.iter().any(|(n, _)| n == &hop.name) && hop.name.len() >= 2 {
            outlets.names.push((hop.name.clone(), hop.kind));
            let lower = hop.name.lower();
            outlets
                .lower
                .push(memchr::memmem::Finder::new(lower.as_bytes()).into_owned());
        }
        outlets.recent.retain(|h| h.name != hop.name);
        outlets.recent.push(hop.clone());
    }
}

/// The last known outlet named in a unit, as a hop.
fn mentioned_outlet(ctx: &Context, u: Unit) -> Option<Hop> {
    let (text, lex) = (ctx.text(), ctx.lex());
    let hits = ctx.reader.hits;
    let lo = ctx.reader.hit_at(u.start);
    let h = hits[lo..]
        .iter()
        .take_while(|h| h.start < u.end)
        .filter(|h| h.is(kind::OUTLET))
        .last()?;
    Some(listed_outlet_hop(
        lex,
        h.entry.outlet?,
        &text[h.start..h.end],
    ))
}

/// Add what an outlet cites to the chain; returns the span of a non-outlet origin.
fn push_cited(
    via: &mut Vec<Hop>,
    origin: &mut Class,
    c: &SourceNp,
    outlets: &mut ArticleOutlets,
) -> Option<Span> {
    match &c.class {
        Class::Outlet(h) => {
            remember_outlet(outlets, h);
            via.push(h.clone());
            *origin = Class::Outlet(h.clone());
            None
        }
        other => {
            via.extend(c.inner_hops.iter().cloned());
            *origin = other.clone();
            Some((c.start, c.end))
        }
    }
}

/// Set label, origin and base from the origin class and the relay chain.
fn label_from(a: &mut Attributed, origin: &Class) {
    let relayed = !a.via.is_empty();
    let (origin_label, base) = match origin {
        Class::Named { .. } => (Origin::Named, Base::Named),
        Class::Witnessed => (Origin::Named, Base::Witnessed),
        Class::Anonymous { .. } | Class::AnonBackRef { .. } => (Origin::Anonymous, Base::Anonymous),
        Class::Outlet(_) => (Origin::Unknown, Base::NamedOutlet),
        Class::Vague | Class::Pronoun => (Origin::Unconfirmed, Base::Vague),
        Class::Unsourced => (Origin::Unconfirmed, Base::Unattributed),
    };
    a.base = base;
    if relayed {
        a.label = Label::Relayed;
        a.origin = match origin_label {
            Origin::Unconfirmed => {
                if matches!(origin, Class::Vague) {
                    Origin::Anonymous
                } else {
                    Origin::Unknown
                }
            }
            o => o,
        };
        if a.base == Base::Vague {
            a.base = Base::Anonymous;
        }
    } else {
        a.origin = origin_label;
        a.label = match origin_label {
            Origin::Named => Label::Named,
            Origin::Anonymous => Label::Anonymous,
            _ => Label::Unconfirmed,
        };
        if matches!(origin, Class::Vague) {
            a.flag(flags::VAGUE_SOURCE);
        }
    }
}

/// "Xinhua quoted spokesman Liang Wenhao as saying … Liang added …": a surname alone that ends
/// (or opens the name that ends) the source of the claim just before (this paragraph or the
/// one before), when an outlet or a party relayed that claim: the same person, reached the
/// same way (as "he added" is).
fn relayed_surname_antecedent<'d>(
    np: &SourceNp,
    done: &'d [Attributed],
    ctx: &Context,
    here: usize,
) -> Option<&'d Attributed> {
    let text = ctx.text();
    let [w] = &ctx.reader.words(np.start, np.end)[..] else {
        return None;
    };
    let surname = w.text(text);
    if !is_capitalised(surname) || !surname.chars().all(char::is_alphabetic) {
        return None;
    }
    let prev = done.last()?;
    let src = prev.source_text.as_deref()?;
    let named = matches!(
        prev.origin_class,
        Some(Class::Named {
            document: false,
            ..
        })
    );
    // The name's last word, or the first of its capitalised run ("Liang" of "spokesman Liang
    // Wenhao": a family name written first).
    let words: Vec<&str> = src.split_whitespace().collect();
    let run = words.iter().rev().take_while(|w| is_capitalised(w)).count();
    let same = words.last() == Some(&surname) || run >= 2 && words[words.len() - run] == surname;
    (named && !prev.via.is_empty() && prev.paragraph + 1 >= here && words.len() >= 2 && same)
        .then_some(prev)
}

/// The earlier claim a definite person noun points back to ("Three current employees, who
/// spoke on condition of anonymity, said …" … "“…,” the employee said"; "Дипломат Иван Петров
/// …" … "— сказал дипломат"): the nearest source holding the same noun. Only a plain person
/// noun, not a title that picks out one person ("the mayor").
fn same_head_antecedent<'d>(
    np: &SourceNp,
    done: &'d [Attributed],
    ctx: &Context,
    here: usize,
) -> Option<&'d Attributed> {
    let (text, lex) = (ctx.text(), ctx.lex());
    let ws = ctx.reader.words(np.start, np.end);
    let (head, lead) = ws.split_last()?;
    let definite = match lead {
        [] => lex.articles.is_empty(),
        [d] | [d, _] => d.is(wf::DEFINITE) && !d.is(wf::POSSESSIVE),
        _ => false,
    };
    // A known person's role, as opposed to a source noun ("the official", "чиновник"; not
    // "the source", "источник"), may point back to a named person (below).
    let role = definite
        && head.is_n(wf::ANONYMOUS_HEAD)
        && !head.is_n(wf::BARE_ANONYMOUS | wf::NAMED_HEAD | wf::PLURAL);
    // "Источник также утверждает" after "По словам собеседника «Матч ТВ»": a bare core noun
    // where no article marks it points back to the last anonymous source nearby.
    if lead.is_empty() && lex.articles.is_empty() && head.is_n(wf::ANONYMOUS_CORE_HEAD) {
        // Not a new source described after a comma ("Источник, близкий к следствию, …").
        if text[np.end..].trim_start().starts_with(',') {
            return None;
        }
        let anonymous = done.iter().rev().take(2).find(|p| {
            matches!(p.origin_class, Some(Class::Anonymous { .. }))
                && !p.no_comment
                && p.paragraph + 1 >= here
        });
        return match anonymous {
            None if role => named_person_before(np, done, here, lex),
            found => found,
        };
    }
    // A head that is also a title ("the doctor", "the director") points back too: to whoever
    // it last described, named or not; so does a core role ("the official") that a source
    // before it holds.
    let plain = head.is_n(wf::ANONYMOUS_HEAD)
        && !head.is_n(wf::ANONYMOUS_CORE_HEAD | wf::NAMED_HEAD | wf::PLURAL);
    let holds_noun = |noun: &str, src: &str| {
        src.lower()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.starts_with(noun) && w.len() <= noun.len() + 4)
    };
    // "One Treasury minister, speaking on condition of anonymity, said …" … "As the minister
    // put it": a person's title too points back to an unnamed source just before that holds
    // it (not an institution: "the council said" after "a council source").
    let title = head.is_n(PERSON_NOUNS)
        && !head.is_n(wf::INSTITUTION_HEAD | wf::PLURAL)
        && !is_capitalised(head.text(text));
    if definite && title && !plain && !role && lead.len() == 1 {
        let noun = head.text(text).lower();
        let unnamed = done.iter().rev().take(3).find(|p| {
            matches!(p.origin_class, Some(Class::Anonymous { .. }))
                && p.paragraph + 1 >= here
                && p.source_text
                    .as_deref()
                    .is_some_and(|s| holds_noun(&noun, s))
        });
        if unnamed.is_some() {
            return unnamed;
        }
    }
    // "A steward who worked at the festival said …" … "The steward said": an unlisted noun
    // after "the" points back to an unnamed person before it ("who") that holds the noun.
    let unlisted = definite
        && lead.len() == 1
        && !is_capitalised(head.text(text))
        && !head.is_n(
            SOURCE_NOUNS
                | wf::DOCUMENT_HEAD
                | wf::OUTLET_NOUN
                | wf::UNCONFIRMED_HEAD
                | wf::PLURAL
                | wf::PRONOUN,
        );
    if unlisted {
        let noun = head.text(text).lower();
        let unnamed = done.iter().rev().take(12).find(|p| {
            matches!(p.origin_class, Some(Class::Anonymous { .. }))
                && !p.no_comment
                && p.source_text.as_deref().is_some_and(|s| {
                    holds_noun(&noun, s)
                        && s.split_whitespace()
                            .any(|w| lex.person_relatives.contains(&w.lower()))
                })
        });
        if unnamed.is_some() {
            return unnamed;
        }
    }
    if !definite
        || !(plain || role)
        || ws
            .iter()
            .any(|w| is_capitalised(w.text(text)) && w.start > ws[0].start)
    {
        return None;
    }
    let noun = head.text(text).lower();
    let same_noun = done.iter().rev().take(12).find(|p| {
        // A generic group ("Experts believe") is no one to point back to.
        !matches!(p.origin_class, Some(Class::Vague))
            && p.source.is_some_and(|(a, _)| a != np.start)
            && p.source_text
                .as_deref()
                .is_some_and(|s| holds_noun(&noun, s))
    });
    match same_noun {
        Some(_) => same_noun,
        None if role => named_person_before(np, done, here, lex),
        None => None,
    }
}

/// "…, The Information reported, citing two people …" … "according to the report": a bare
/// definite document noun points back to the relayed claim just before it whose reporting
/// verb names the same thing (it opens with the noun's stem). Not a document of its own ("the
/// survey" after "Reuters reported"), nor one after a sourced claim that relays nothing.
fn relayed_document_antecedent<'d>(
    ctx: &Context,
    np: &SourceNp,
    done: &'d [Attributed],
    u: Unit,
) -> Option<&'d Attributed> {
    let text = ctx.text();
    let ws = ctx.reader.words(np.start, np.end);
    let [d, head] = &ws[..] else {
        return None;
    };
    if !d.is(wf::DEFINITE) || d.is(wf::POSSESSIVE) || !head.is_n(wf::DOCUMENT_HEAD) {
        return None;
    }
    let prev = done.iter().rev().take(3).find(|p| p.source.is_some())?;
    if prev.paragraph + 1 < u.paragraph || prev.via.is_empty() {
        return None;
    }
    let stem: String = head.text(text).lower().chars().take(5).collect();
    // "Bloomberg reported …" … "according to the report"; "A memo seen by Bloomberg says …"
    // … "The memo adds": the same document, relayed by the same outlet.
    let reported = || {
        ctx.reader
            .hits_in(prev.start, prev.end)
            .iter()
            .any(|h| h.is(kind::VERB) && text[h.start..h.end].lower().starts_with(stem.as_str()))
    };
    let same_document = || {
        if !matches!(prev.origin_class, Some(Class::Named { document: true, .. })) {
            return false;
        }
        let (a, b) = prev.source.unwrap_or_default();
        ctx.reader
            .words(a, b)
            .iter()
            .any(|w| w.is_n(wf::DOCUMENT_HEAD) && w.text(text).lower().starts_with(stem.as_str()))
    };
    (reported() || same_document()).then_some(prev)
}

/// "Глава округа Игорь Ставров …" … "— добавил чиновник"; "Deputy Mayor Jan Holt said …" …
/// "the official added": a known person described by another noun. Only the last source
/// before it, a named person, at most two paragraphs back (an interview's question between).
fn named_person_before<'d>(
    np: &SourceNp,
    done: &'d [Attributed],
    here: usize,
    lex: &Lexicon,
) -> Option<&'d Attributed> {
    done.iter()
        .rev()
        .take(4)
        .find(|p| p.source.is_some_and(|(a, _)| a != np.start))
        .filter(|p| {
            matches!(
                p.origin_class,
                Some(Class::Named {
                    document: false,
                    ..
                })
            ) && p.paragraph + 2 >= here
                && !not_a_person(p, lex)
        })
}

/// Whom a person pronoun means.
enum Referent<'d> {
    /// The named person opening the sentence just before: their span and class.
    Opener(usize, usize, Class),
    /// An earlier claim.
    Claim(&'d Attributed),
}

/// "Finance Minister Jane Roe spoke in parliament. She said …": the person named by the
/// sentence just before, when it has no source, is nearer than any earlier claim; else the
/// earlier claim the pronoun points back to.
fn pronoun_referent<'d>(
    ctx: &Context,
    np: &SourceNp,
    done: &'d [Attributed],
    u: Unit,
    outlets: &ArticleOutlets,
) -> Option<Referent<'d>> {
    match named_opening_before(ctx, np, done, u, outlets) {
        Some((s, e, class)) => Some(Referent::Opener(s, e, class)),
        None => match named_mention_before(ctx, np, done, u, outlets) {
            Some((s, e, class)) => Some(Referent::Opener(s, e, class)),
            None => resolve(np, done, ctx.text(), ctx.lex()).map(Referent::Claim),
        },
    }
}

/// Find the earlier claim a pronoun or back-reference points to.
fn resolve<'d>(
    np: &SourceNp,
    done: &'d [Attributed],
    text: &str,
    lex: &Lexicon,
) -> Option<&'d Attributed> {
    let phrase = norm(&text[np.start..np.end]);
    let wants_anon = matches!(np.class, Class::AnonBackRef { .. });
    let singular = phrase
        .split_whitespace()
        .next()
        .is_some_and(|w| lex.word_is(w, wf::PRONOUN_PERSON));
    let head = phrase.split_whitespace().last().unwrap_or("").to_string();
    // "he" is not the woman quoted before ("Danielle Ruiz … she said. … he said").
    let pronoun_gender = singular
        .then(|| gender_of_words(phrase.split_whitespace().take(1), lex))
        .flatten();
    for prev in done.iter().rev().take(12) {
        if pronoun_gender.is_some_and(|g| gender_of(prev, text, lex).is_some_and(|p| p != g)) {
            continue;
        }
        // "A member of her team said …. Asked …, she said": a possessive of the pronoun's
        // gender after a partitive points to the one the group belongs to, whom the pronoun
        // means (not "A man in his 70s").
        let possessor = |g: bool| {
            prev.source_text.as_deref().is_some_and(|src| {
                let mut ws = src.split_whitespace().peekable();
                while let Some(w) = ws.next() {
                    let Some(&next) = ws.peek() else { break };
                    if lex.word_is(w, wf::PARTITIVE)
                        && lex.word_is(next, wf::POSSESSIVE)
                        && gender_of_words(std::iter::once(next), lex) == Some(g)
                    {
                        return true;
                    }
                }
                false
            })
        };
        if pronoun_gender.is_some_and(possessor) {
            continue;
        }
        // Who declined to comment may speak next ("X declined to comment. \"…,\" she said"),
        // but is no anonymous source for "the official" to point back to.
        if prev.source.is_none() || prev.no_comment && wants_anon {
            continue;
        }
        let Some(class) = &prev.origin_class else {
            continue;
        };
        if wants_anon {
            if matches!(class, Class::Anonymous { .. }) {
                // Prefer an antecedent with the same head noun ("the source" -> "... source ...").
                let src = prev.source_text.as_deref().unwrap_or("").lower();
                let singular = lex
                    .plural_suffixes
                    .iter()
                    .find_map(|s| head.strip_suffix(s.as_str()))
                    .unwrap_or(&head);
                let first = phrase.split_whitespace().next().unwrap_or("");
                if src.contains(singular)
                    || lex.partitive_targets.contains(&head)
                    || lex.back_reference_quantifiers.contains(first)
                {
                    return Some(prev);
                }
            }
            continue;
        }
        match class {
            Class::Vague | Class::Unsourced | Class::Pronoun => continue,
            // "he" and "she" are not "sources close to the club", "the ministry" or "the study".
            Class::Named { document: true, .. } if singular => continue,
            // Nor is an outlet, unless a journalist speaks for it.
            Class::Outlet(hop) if singular && hop.kind != RelayKind::Journalist => continue,
            _ if singular && not_a_person(prev, lex) => continue,
            _ => return Some(prev),
        }
    }
    if wants_anon {
        return done
            .iter()
            .rev()
            .take(12)
            .find(|p| !p.no_comment && matches!(p.origin_class, Some(Class::Anonymous { .. })));
    }
    None
}

/// The named person who opens the unit before `u` (in its paragraph or the one before), when
/// that unit is no attributed claim: whom a person pronoun with no earlier source means. Not
/// when the pronoun's gender rules the phrase out.
fn named_opening_before(
    ctx: &Context,
    np: &SourceNp,
    done: &[Attributed],
    u: Unit,
    outlets: &ArticleOutlets,
) -> Option<(usize, usize, Class)> {
    let lex = ctx.lex();
    let words = ctx.reader.words(np.start, np.end);
    // One word, or a pronoun the phrase reads as one with a word after it ("она сама").
    let word = match &words[..] {
        [word] => word,
        [word, _] if matches!(np.class, Class::Pronoun) && word.is(wf::PRONOUN_PERSON) => word,
        _ => return None,
    };
    // Or a bare role noun, where no article marks a noun as known, that opens that sentence
    // too ("Агент футболиста Руслан Тагиров не стал отрицать … — сказал агент").
    let pronoun = word.is(wf::PRONOUN_PERSON);
    let role = !pronoun
        && lex.articles.is_empty()
        && word.is_n(wf::ANONYMOUS_HEAD)
        && !word.is_n(wf::ANONYMOUS_CORE_HEAD | wf::PLURAL);
    if !(pronoun || role) {
        return None;
    }
    // Nor when it is an outlet's report about them ("Силуанов выступил на форуме, сообщает
    // ТАСС. «…», — приводит агентство его слова").
    let eligible = |p: &Attributed| {
        (p.source.is_none() || matches!(p.origin_class, Some(Class::Outlet(_))))
            && p.paragraph + 1 >= u.paragraph
    };
    // "Agnes Tolliver has run the line since 2004. She is 67, … “…,” she says.": past the
    // unsourced sentences between, the nearest that opens with a person's name (a few back,
    // in this paragraph or the one before).
    // "Анна Вересаева пришла из кино и, как она признаётся, …": first the name that opens
    // the pronoun's own sentence, when the pronoun speaks in a parenthetical with more of the
    // sentence after it ("Mr Hale drove too fast, she said." is someone else's account).
    let parenthetical = || {
        let after = &ctx.text()[np.end..u.end];
        after
            .find(',')
            .is_some_and(|c| words_at_most(&after[..c], 2) && words_at_least(&after[c..], 3))
            && !ctx.text()[u.start..np.start].contains(is_quote_char)
    };
    let own = (pronoun && np.start > u.start && parenthetical())
        .then(|| opener_name(ctx, (u.start, np.start), word, pronoun, role, outlets))
        .flatten();
    own.or_else(|| {
        done.iter()
            .rev()
            .take(4)
            .take_while(|p| eligible(p))
            .find_map(|prev| opener_name(ctx, (prev.start, prev.end), word, pronoun, role, outlets))
    })
}

/// "The first thing you notice about Ines Calloway's studio is the dust. … “…,” she says.":
/// for a person pronoun that no name opening a sentence before accounts for, the last person
/// named inside the nearest unsourced sentences (in its paragraph or the one before), who is
/// nearer than any earlier claim.
fn named_mention_before(
    ctx: &Context,
    np: &SourceNp,
    done: &[Attributed],
    u: Unit,
    outlets: &ArticleOutlets,
) -> Option<(usize, usize, Class)> {
    let words = ctx.reader.words(np.start, np.end);
    let [word] = &words[..] else { return None };
    if !word.is(wf::PRONOUN_PERSON) {
        return None;
    }
    done.iter()
        .rev()
        .take(4)
        .take_while(|p| p.source.is_none() && p.paragraph + 1 >= u.paragraph)
        .find_map(|prev| mentioned_name(ctx, (prev.start, prev.end), word, outlets))
}

/// The last person's name inside the stretch `prev` that the pronoun `word` may stand for: two
/// or more capitalised words, none an institution, outlet or abbreviation word, not after a
/// preposition unless a possessive ends it ("in New York" is a place; "about Ines Calloway's
/// studio" a person).
fn mentioned_name(
    ctx: &Context,
    prev: Span,
    word: &Tok,
    outlets: &ArticleOutlets,
) -> Option<(usize, usize, Class)> {
    let (text, lex) = (ctx.text(), ctx.lex());
    let ws = ctx.reader.words(prev.0, prev.1);
    let want = gender_of_words(std::iter::once(word.text(text)), lex);
    let name_word = |w: &Tok| {
        let t = w.text(text);
        is_capitalised(t)
            && !w.is_n(
                wf::INSTITUTION_HEAD
                    | wf::OUTLET_NOUN
                    | wf::ABBREVIATION
                    | wf::PRONOUN
                    | wf::DETERMINER
                    | wf::PREPOSITION,
            )
            && t.chars().skip(1).all(|c| !c.is_uppercase() || c == '-')
    };
    let mut found = None;
    let mut i = 0;
    while i < ws.len() {
        if !name_word(&ws[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < ws.len() && (name_word(&ws[j]) || ws[j].is(wf::NAME_JOINER) && j + 1 < ws.len()) {
            // Not across punctuation ("Calloway, Smith").
            if text[ws[j - 1].end..ws[j].start].trim().is_empty() {
                j += 1;
            } else {
                break;
            }
        }
        let run = &ws[i..j];
        // Not part of an organisation's name ("Kestrel Semiconductor Inc.", "Hillcrest
        // Academy"): a capitalised word the run stopped at.
        let organisation = ws.get(j).is_some_and(|w| {
            is_capitalised(w.text(text)) && text[run[run.len() - 1].end..w.start].trim().is_empty()
        });
        i = j;
        if organisation {
            continue;
        }
        // Or a surname alone that the article gave with a first name before ("Ferreira").
        let surname = || {
            let t = run[0].text(text);
            let lo = prev.0.saturating_sub(NAME_LOOKBACK);
            t.chars().all(char::is_alphabetic)
                && ctx
                    .second_names()
                    .get(t)
                    .is_some_and(|at| at.iter().any(|&k| k >= lo && k + t.len() <= prev.0))
        };
        let size = (2..=MAX_NAME_WORDS).contains(&run.len()) || run.len() == 1 && surname();
        if !size || !name_word(&run[run.len() - 1]) {
            continue;
        }
        let (s, mut e) = (run[0].start, run[run.len() - 1].end);
        let stem = ["'s", "’s"].iter().find_map(|p| text[s..e].strip_suffix(p));
        let possessive = stem.is_some();
        if let Some(stem) = stem {
            e = s + stem.len();
        }
        let after_preposition = run[0].start > prev.0
            && ws
                .iter()
                .rev()
                .find(|w| w.end <= run[0].start)
                .is_some_and(|w| w.is_n(wf::PREPOSITION));
        if after_preposition && !possessive {
            continue;
        }
        // With the title before it ("Mr John Marsh").
        let title = ws[..i - run.len()].last().map_or(s, |w| w.start);
        let have = gender_of_words(text[title..e].split_whitespace(), lex);
        if want.zip(have).is_some_and(|(w, h)| w != h) {
            continue;
        }
        let c = ctx.reader.classify(s, e, prev, outlets);
        if matches!(
            c.class,
            Class::Named {
                document: false,
                ..
            }
        ) {
            found = Some((s, e, c.class));
        }
    }
    found
}

/// The named person who opens the stretch `prev`, for the pronoun or role noun `word`.
fn opener_name(
    ctx: &Context,
    prev: Span,
    word: &Tok,
    pronoun: bool,
    role: bool,
    outlets: &ArticleOutlets,
) -> Option<(usize, usize, Class)> {
    let (text, lex) = (ctx.text(), ctx.lex());
    let ws = ctx.reader.words(prev.0, prev.1);
    // "At a quarter to six, before the mist has lifted, Hilde Maranek unties …": after an
    // opening prepositional phrase the subject opens a later comma chunk, a capitalised name
    // before a lower-case word.
    let fronted = ws
        .first()
        .is_some_and(|w| w.is_n(wf::PREPOSITION))
        .then(|| {
            memchr::memchr_iter(b',', &text.as_bytes()[prev.0..prev.1])
                .take(4)
                .find_map(|i| {
                    let cws = ctx.reader.words(prev.0 + i + 1, prev.1);
                    let run = cws
                        .iter()
                        .take_while(|w| is_capitalised(w.text(text)) || w.is(wf::NAME_JOINER))
                        .count();
                    ((2..=MAX_NAME_WORDS).contains(&run) && run < cws.len())
                        .then(|| (cws[0].start, cws[run - 1].end))
                })
        });
    let (s, e) = fronted
        .flatten()
        .or_else(|| {
            ctx.opening_np(&ws)
                .filter(|&(s, e)| ctx.reader.words(s, e).len() >= 2)
        })
        .unwrap_or_else(|| ctx.reader.cut_forward(prev.0, prev.1));
    // A person's name ends it: two capitalised words, neither an institution noun nor an
    // abbreviation ("Kestrel Semiconductor Inc.").
    let name = ctx.reader.words(s, e);
    // "Министр финансов Антон Силуанов выступил …": a lower-case past verb after a name ends it.
    // "Finance minister Anna Berg spoke …": so does any lower-case word after two capitalised
    // ones (not a joiner inside a name, "Ludwig van Beethoven").
    let cut = (1..name.len()).find(|&i| {
        let lower = !is_capitalised(name[i].text(text));
        let capitalised = |j: usize| is_capitalised(name[j].text(text));
        lower
            && capitalised(i - 1)
            && (name[i].is(wf::PAST_SUFFIX)
                || i >= 2 && capitalised(i - 2) && !name[i].is(wf::NAME_JOINER))
    });
    // The verb's gender too, where verbs agree ("Анна Петрова выступила" is no "он").
    let verb_end = cut.map_or(e, |i| name[i].start);
    let verb_gender = ws
        .iter()
        .find(|w| w.start >= verb_end)
        .and_then(|w| gender_of_verb(w.text(text), lex));
    let name = &name[..cut.unwrap_or(name.len())];
    // "Okonjo himself was coy …" after "Daniel Okonjo" earlier: a surname alone, before a
    // lower-case word, that the article gave with a first name before.
    let full_name =
        matches!(name, [.., a, b] if is_capitalised(a.text(text)) && is_capitalised(b.text(text)));
    let surname = match name {
        _ if full_name => None,
        [one, next, ..] if !is_capitalised(next.text(text)) => Some(one),
        [one] => Some(one),
        _ => None,
    }
    .filter(|w| {
        let t = w.text(text);
        is_capitalised(t)
            && t.chars().all(char::is_alphabetic)
            && !w.is_n(wf::PRONOUN | wf::DETERMINER | wf::INSTITUTION_HEAD | wf::OUTLET_NOUN)
            && {
                // Within a bounded stretch before.
                let lo = prev.0.saturating_sub(NAME_LOOKBACK);
                ctx.second_names()
                    .get(t)
                    .is_some_and(|at| at.iter().any(|&i| i >= lo && i + t.len() <= prev.0))
            }
    });
    let name = match surname {
        Some(w) => std::slice::from_ref(w),
        None => name,
    };
    let (first, last) = match name {
        [.., first, last] => (first, last),
        [one] if surname.is_some() => (one, one),
        _ => return None,
    };
    if role && !same_stem(name[0].text(text), word.text(text), lex) {
        return None;
    }
    let person_name = [first, last].iter().all(|w| {
        is_capitalised(w.text(text))
            && !w.is_n(wf::INSTITUTION_HEAD | wf::OUTLET_NOUN | wf::ABBREVIATION)
            // Not "TechLedger" or "BBC"; "Vasquez-Reyes" and "O'Brien" are names.
            && !w
                .text(text)
                .chars()
                .zip(w.text(text).chars().skip(1))
                .any(|(a, b)| a.is_alphabetic() && b.is_uppercase())
    }) && !text[last.end..].starts_with('.')
        // Not a place after a preposition ("Flights from New York were cancelled").
        && !(name.len() > 2 && name[name.len() - 3].is_n(wf::PREPOSITION));
    if !person_name {
        return None;
    }
    let want = pronoun
        .then(|| gender_of_words(std::iter::once(word.text(text)), lex))
        .flatten();
    let have = gender_of_words(text[s..e].split_whitespace(), lex).or(verb_gender);
    if want.zip(have).is_some_and(|(w, h)| w != h) {
        return None;
    }
    let e = last.end;
    let c = ctx.reader.classify(s, e, prev, outlets);
    matches!(
        c.class,
        Class::Named {
            document: false,
            ..
        }
    )
    .then_some((s, e, c.class))
}

/// The grammatical gender words mark: female (`true`) or male (`false`); none when they
/// mark neither or both.
fn gender_of_words<'w>(words: impl Iterator<Item = &'w str>, lex: &Lexicon) -> Option<bool> {
    let (mut female, mut male) = (false, false);
    for w in words {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).lower();
        female |= lex.female_words.contains(&w);
        male |= lex.male_words.contains(&w);
    }
    (female != male).then_some(female)
}

/// Whether a pronoun may stand for a phrase: neither's words mark a gender, or both the same.
fn gender_agrees(pronoun: &str, phrase: &str, lex: &Lexicon) -> bool {
    let want = gender_of_words(std::iter::once(pronoun), lex);
    let have = gender_of_words(phrase.split_whitespace(), lex);
    want.zip(have).is_none_or(|(w, h)| w == h)
}

/// The gender of a claim's source: from the words of its phrase ("spokeswoman", "Mrs"), or
/// from its verb where verbs agree with their subject ("сказала", "заявил").
fn gender_of(a: &Attributed, text: &str, lex: &Lexicon) -> Option<bool> {
    let src = a.source_text.as_deref()?;
    // Not the possessor before "'s": "Mr Blythe's solicitor, Farida Qureshi" is no man.
    let src = src
        .rsplit_once("'s ")
        .or_else(|| src.rsplit_once("’s "))
        .map_or(src, |(_, head)| head);
    // Not a pronoun inside it: "Его коллега Нина Арсеньева" is no man.
    let words = src
        .split_whitespace()
        .filter(|w| !lex.word_is(w, wf::PRONOUN | wf::POSSESSIVE));
    gender_of_words(words, lex)
        .or_else(|| gender_of_verb(text[a.cue?.0..a.cue?.1].split_whitespace().next()?, lex))
}

/// Whether a comma chunk is only an age ("Ana Ruiz, 31, said"): one to three digits.
fn is_age(chunk: &str) -> bool {
    let t = chunk.trim();
    (1..=3).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_digit())
}

/// Whether `word` is lower-case and ends with one of `suffixes` (an adjective or participle
/// form, where the language marks one: "близких", "опубликованном").
fn lower_case_form(word: &str, suffixes: &[String]) -> bool {
    word.starts_with(char::is_lowercase) && ends_with_any(&word.lower(), suffixes)
}

/// The gender a past verb agrees with, where verbs agree ("сказала", "сказал").
fn gender_of_verb(verb: &str, lex: &Lexicon) -> Option<bool> {
    let v = verb.lower();
    if ends_with_any(&v, &lex.female_verb_suffixes) {
        Some(true)
    } else if ends_with_any(&v, &lex.male_verb_suffixes) {
        Some(false)
    } else {
        None
    }
}

/// Whether a claim's source cannot be "he" or "she": a group (a count above one, or a plural
/// source noun before any preposition: "sources close to the club", "Two officials"; "Alves"
/// is a name), or an institution: an institution noun ends the words before any preposition
/// ("the ministry", "Police"; not "a spokesman for the ministry", "Council leader Ruth Ambrose").
fn not_a_person(a: &Attributed, lex: &Lexicon) -> bool {
    if matches!(a.origin_class, Some(Class::Anonymous { count, .. }) if count > 1) {
        return true;
    }
    let Some(src) = a.source_text.as_deref() else {
        return false;
    };
    // "A forklift operator who was on the night shift": only a person is "who".
    if src
        .split_whitespace()
        .any(|w| lex.person_relatives.contains(&w.lower()))
    {
        return false;
    }
    let mut institution = false;
    // A singular person noun heads what follows it without a preposition ("представитель
    // министерства", "аналитик инвестиционной компании …": a genitive in "-и" is no plural).
    let mut person = false;
    // Whether a lower-case noun with no flags (no adjective ending) came before, past any
    // adjectives after it.
    let mut after_noun = false;
    for w in src
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .take_while(|w| !lex.word_is(w, wf::PREPOSITION | wf::RELATIVE))
    {
        let (lower, norm) = lex.word_pair_flags(w);
        // "главного инженера компании", "координатор инициативной группы": after a lower-case
        // noun (no adjective ending) and its adjectives, where no article marks noun phrases,
        // a plural-looking noun is the genitive it governs.
        let governed = !lex.adjective_suffixes.is_empty() && after_noun;
        let lower_case = w.starts_with(char::is_lowercase);
        let adjective = lower_case && ends_with_any(&w.lower(), &lex.adjective_suffixes);
        after_noun = if adjective {
            after_noun
        } else {
            lower_case && lower == 0
        };
        if lower & wf::PLURAL != 0 && lower & SOURCE_NOUNS != 0 && !governed {
            if !person {
                return true;
            }
        } else if lower & (PERSON_NOUNS & !wf::VAGUE_HEAD) != 0 {
            person = true;
        }
        institution = (lower | norm) & wf::INSTITUTION_HEAD != 0;
    }
    institution && !person
}

/// Whether the cue at `cue` is a quoting verb in the passive with no outlet after it up to
/// `end`: "was quoted as saying", not "was quoted by Reuters as saying".
fn agentless_passive_quote(ctx: &Context, cue: Span, end: usize) -> bool {
    let hits = ctx.reader.hits_in(cue.0, end);
    hits.first()
        .is_some_and(|h| h.start == cue.0 && h.end == cue.1 && h.is(kind::QUOTING))
        && !hits.iter().any(|h| h.is(kind::OUTLET))
        && ctx
            .reader
            .words(
                crate::text::floor_char(ctx.text(), cue.0.saturating_sub(16)),
                cue.0,
            )
            .last()
            .is_some_and(|w| w.is(wf::PASSIVE_AUXILIARY) && w.end + 1 >= cue.0)
}

/// Give `a` the attribution of `prev`, whose speaker goes on speaking.
fn carry(a: &mut Attributed, prev: &Attributed) {
    a.label = prev.label;
    a.origin = prev.origin;
    a.base = prev.base;
    a.via = prev.via.clone();
    a.source = prev.source;
    a.source_text = prev.source_text.clone();
    a.origin_class = prev.origin_class.clone();
    a.stance = prev.stance;
    a.flag(flags::CARRIED_OVER);
}

/// A cue-less unit continuing a quotation inherits the attribution of the claim before it.
fn carry_over_from<'d>(ctx: &Context, u: Unit, done: &'d [Attributed]) -> Option<&'d Attributed> {
    let text = ctx.text();
    let starts_quote = text[u.start..].starts_with(is_quote_char) || ctx.in_quote(u.start);
    if !starts_quote {
        return None;
    }
    // "«Промальянс» объединяет три завода": a quoted name opening a sentence of the reporter's
    // is no quotation that goes on.
    let opening = ctx.quotes_in(u.start, u.end).first();
    let quoted_name = |q: &Quote| {
        let inner = &text[q.start..q.end];
        let open = inner.chars().next();
        let close = inner.chars().next_back();
        let pair = matches!(
            (open, close),
            (Some('«'), Some('»')) | (Some('“'), Some('”')) | (Some('"'), Some('"'))
        );
        pair && inner
            .trim_matches(is_quote_char)
            .starts_with(char::is_uppercase)
    };
    if opening.is_some_and(|q| {
        q.start == u.start
            && q.short
            && quoted_name(q)
            && text[q.end..u.end].chars().any(char::is_alphabetic)
    }) {
        return None;
    }
    let mut prev = done.last()?;
    // "X confirmed the talks, but declined to name the fee. «…»": past a refusal split off the
    // same speaker's sourced clause, the quotation goes on from that clause.
    if let [.., before, last] = done {
        if last.no_comment
            && !before.no_comment
            && before.source.is_some()
            && before.source == last.source
            && before.paragraph == last.paragraph
        {
            prev = before;
        }
    }
    let adjacent = prev.paragraph == u.paragraph
        || prev.end <= u.start && text[prev.end..u.start].trim().is_empty();
    if prev.no_comment || !adjacent || prev.source.is_none() {
        return None;
    }
    Some(prev)
}

fn object_until_comma(ctx: &Context, s: usize, e: usize) -> Option<Span> {
    object_until_comma_with(ctx, s, e, false)
}

/// The subject of a reporting verb at `verb` that opens the content of an outlet's cue ending
/// at `from`: "Bloomberg reported that two people familiar with the matter said", "GameDrift
/// said one of its sources had described". The words in between, after an optional "that", read
/// as a noun phrase up to the verb or an auxiliary right before it.
fn content_subject(
    ctx: &Context,
    from: usize,
    verb: usize,
    unit: Span,
    outlets: &ArticleOutlets,
) -> Option<SourceNp> {
    let ws = ctx.reader.words(from, verb);
    let skip = usize::from(ws.first()?.is(wf::COMPLEMENTIZER));
    let (a, b) = (ws.get(skip)?.start, ws.last()?.end);
    if ctx.text()[from..a].contains(|c: char| !c.is_whitespace()) && skip == 0 {
        return None;
    }
    let (a, c) = ctx.reader.cut_forward(a, b);
    if c < a || ctx.reader.words(c, b).len() > 1 || !ctx.reader.valid_np(a, c) {
        return None;
    }
    Some(ctx.reader.classify(a, c, unit, outlets))
}

/// The object of "citing" up to a comma or "that": [`object_until_comma`], or with `bare`, any
/// short phrase that opens with neither a function word nor a verb ("citing gardaí", "citing
/// fishermen in Kafountine"): what an outlet cites is its source.
fn object_until_comma_with(ctx: &Context, s: usize, e: usize, bare: bool) -> Option<Span> {
    let text = ctx.text();
    let mut e = fwd(text, s, e);
    // "со ссылкой на очевидцев сообщают": where the verb may follow its subject's citing
    // phrase, the object ends at the reporting verb after it (English "report" is a noun too).
    if ctx.lex().verb_subject_order {
        if let Some(v) = ctx
            .reader
            .hits_in(s, e)
            .iter()
            .find(|h| h.start > s && h.is(kind::VERB))
        {
            e = v.start;
        }
    }
    let region = &text[s..e];
    let mut end = e;
    for i in memchr::memchr3_iter(b',', b';', b':', region.as_bytes()) {
        if !ctx.in_short_quote(s + i) {
            end = s + i;
            break;
        }
    }
    // Stop before "that" introducing the content, or a pronoun opening a relative clause
    // ("maintenance records it obtained"; not the possessive "her lawyer").
    let ws = ctx.reader.words(s, end);
    let mut stop = end;
    for (i, w) in ws.iter().enumerate() {
        // Not one governed by a preposition ("одного из них").
        let governed = i > 0 && ws[i - 1].is_n(wf::PREPOSITION);
        let relative = w.is(wf::PRONOUN) && !w.is(wf::POSSESSIVE) && !governed;
        if (w.is(wf::COMPLEMENTIZER) || relative) && w.start > s + 1 {
            stop = w.start;
            break;
        }
    }
    let seg = text[s..stop].trim_end_matches(['.', '!', '?', ' ']);
    let mut st = s + (seg.len() - seg.trim_start().len());
    let en = s + seg.trim_end().len();
    // "Как сообщили в МЧС": where a place can speak, the place after its preposition; "Как
    // писал ранее «Коммерсантъ»": a time word between the verb and its subject is not the
    // subject.
    if ctx.lex().verb_subject_order {
        let ws = ctx.reader.words(st, en);
        if let Some(w) = ws.iter().take_while(|w| w.is(wf::LEAD_IN)).last() {
            st = w.end + (text[w.end..en].len() - text[w.end..en].trim_start().len());
        }
        if let [p, next, ..] = &ctx.reader.words(st, en)[..] {
            if p.start == st && p.is_n(wf::PREPOSITION) {
                st = next.start;
            }
        }
    }
    if en <= st || !(ctx.reader.valid_np(st, en) || bare && bare_object(ctx, st, en)) {
        return None;
    }
    // "according to its organiser, Dr. Sam Whitlow, ...": keep the name in apposition.
    Some((st, apposed_name(ctx, end, e).unwrap_or(en)))
}

/// "The mayor was defiant: “We will rebuild.”": a quotation right after a colon belongs to the
/// subject of the clause before it, when that subject names someone (not "The message was
/// clear:"). Returns the colon's position and the subject.
fn colon_speaker(ctx: &Context, u: Unit, outlets: &ArticleOutlets) -> Option<(usize, SourceNp)> {
    let text = ctx.text();
    let colon = u.start + text[u.start..u.end].find(':')?;
    let after = text[colon + 1..u.end].trim_start();
    let quote_start = u.end - after.len();
    if !after.starts_with(is_quote_char)
        || !ctx
            .quotes_in(quote_start, u.end)
            .iter()
            .any(|q| q.start == quote_start && !q.short)
        || ctx.in_quote(colon)
    {
        return None;
    }
    let (s, e) = ctx.clean_chunk(u.start, colon, true)?;
    // "His closing line to jurors was blunt: \"…\"": a person's words, by the possessive that
    // opens a thing (no person or name) said to be so in a word or two.
    let ws = ctx.reader.words(s, e);
    if let [first, rest @ ..] = &ws[..] {
        let aux = rest.iter().position(|w| w.is(wf::PASSIVE_AUXILIARY));
        let thing = |w: &Tok| {
            !is_capitalised(w.text(text)) && !w.is_n(PERSON_NOUNS | SOURCE_NOUNS | wf::PRONOUN)
        };
        if first.is(wf::POSSESSIVE)
            && !first.is(wf::FIRST_PERSON | wf::RELATIVE)
            && aux.is_some_and(|a| {
                // The head, before any preposition ("line to jurors").
                let head = rest[..a]
                    .iter()
                    .position(|w| w.is_n(wf::PREPOSITION))
                    .unwrap_or(a);
                head > 0 && rest.len() - a <= 3 && rest[..head].iter().all(thing)
            })
        {
            let np = SourceNp {
                start: first.start,
                end: first.end,
                class: Class::Pronoun,
                inner_hops: Vec::new(),
            };
            return Some((colon, np));
        }
    }
    let (s, e) = ctx.reader.cut_forward(s, e);
    if !ctx.reader.valid_np(s, e) {
        return None;
    }
    // "Lumora's chief executive, Jared Whitfield, hit back in a post on X:": the name set off
    // after the role is the speaker's too.
    let e = apposed_name(ctx, e, colon).unwrap_or(e);
    // Someone: a name after the first word, or a person, institution or pronoun word.
    let someone = ctx.reader.words(s, e).iter().enumerate().any(|(i, w)| {
        i > 0 && is_capitalised(w.text(text))
            || w.is_n(PERSON_NOUNS | SOURCE_NOUNS | wf::PRONOUN_PERSON | wf::PRONOUN_PLURAL)
    });
    if !someone {
        return None;
    }
    let np = ctx.reader.classify(s, e, (u.start, u.end), outlets);
    // A document with its author ("A post by the streamer X seemed to sum up the mood:") too.
    let person = match &np.class {
        Class::Named { .. } | Class::Witnessed | Class::Anonymous { .. } | Class::Pronoun => true,
        Class::Outlet(hop) => hop.kind == RelayKind::Journalist,
        _ => false,
    };
    person.then_some((colon, np))
}

/// Whether two names are one name in different cases: the same lower-cased stem of at least
/// four letters once up to two case endings (`grammar.name_case_endings`) are dropped
/// ("Волга-Информу" is "Волга-Информ", "Коммерсанта" is "Коммерсантъ").
fn same_stem(a: &str, b: &str, lex: &Lexicon) -> bool {
    // A stem has four letters at least, so the names open with the same four.
    fn opening(x: &str) -> impl Iterator<Item = char> + '_ {
        x.trim().chars().flat_map(char::to_lowercase).take(4)
    }
    if !opening(a).eq(opening(b)) {
        return false;
    }
    // The longest ending off ("Деловому" and "Деловой" are "делов"), or up to two one-letter
    // ones ("Известиям" and "Известия" are "извест").
    let stem = |x: &str, one_letter: bool| {
        let mut l = x.trim().lower();
        for _ in 0..if one_letter { 2 } else { 1 } {
            let ending = lex
                .name_case_endings
                .iter()
                .filter(|e| !one_letter || e.chars().count() == 1)
                .find(|e| l.ends_with(e.as_str()));
            match ending {
                Some(e) => l.truncate(l.len() - e.len()),
                None => break,
            }
        }
        l
    };
    [false, true].into_iter().any(|one_letter| {
        let (sa, sb) = (stem(a, one_letter), stem(b, one_letter));
        sa == sb && sa.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !sa.is_ascii()
    })
}

/// The end of a name in apposition right after `end` (", Dr. Sam Whitlow"), up to `e`.
fn apposed_name(ctx: &Context, end: usize, e: usize) -> Option<usize> {
    let r = ctx.text()[end..e].strip_prefix(", ")?;
    let rs = end + 2;
    if !r.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let (a, b) = ctx.reader.object_after(rs, e).unwrap_or((rs, rs));
    // The apposition closes: "according to its organiser, Dr. Sam Whitlow, the …" (not
    // "According to TechLedger, Whitfield told …").
    let closes = ctx.text()[b..e]
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| matches!(c, ',' | ')' | '.' | ';' | ':' | '!' | '?'));
    let name = closes
        && b > a
        && ctx.reader.words(a, b).len() <= 4
        && ctx.text()[a..b].split_whitespace().all(|w| {
            // "Skills for Care": a name joiner inside the name.
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                || ctx.lex().word_is(w, wf::NAME_JOINER)
        });
    name.then_some(b)
}

/// Whether an unspecified-media phrase ("state media") starts at `s`.
fn opens_media_phrase(ctx: &Context, s: usize) -> bool {
    let text = ctx.text();
    ctx.lex().unspecified_media.iter().any(|p| {
        text.get(s..s + p.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(p))
            && !text[s + p.len()..].starts_with(char::is_alphanumeric)
    })
}

/// A short phrase that can be what an outlet cites: up to six words, the first neither a
/// function word nor an adverb, and no word a verb cue.
fn bare_object(ctx: &Context, s: usize, e: usize) -> bool {
    let ws = ctx.reader.words(s, e);
    (1..=6).contains(&ws.len())
        && !ws[0].is(wf::PREPOSITION | wf::RELATIVE | wf::COMPLEMENTIZER | wf::NP_STOP)
        && !ws[0].is(wf::ADVERB_SUFFIX)
        && !ctx
            .reader
            .hits_in(s, e)
            .iter()
            .any(|h| h.is(kind::VERB | kind::NO_COMMENT))
}

/// The capitalised name at the start of a unit ("Kestrel Semiconductor Inc. cut ...").
fn leading_name(ctx: &Context, s: usize, e: usize) -> Option<Span> {
    let text = ctx.text();
    let ws = ctx.reader.words(s, e);
    let mut end = None;
    let capital = |w: &Tok| w.text(text).chars().next().is_some_and(char::is_uppercase);
    for (i, w) in ws.iter().enumerate() {
        // "Celebrity magazine Glint", "Norwegian broadcaster TV Nord": an outlet noun or a
        // title between capitalised words.
        // "The Bank of Orrland": a name joiner between capitalised words.
        let joined = end.is_some()
            && (w.is_n(wf::OUTLET_NOUN | wf::TITLE) || w.is(wf::NAME_JOINER))
            && text[ws[i - 1].end..w.start].trim().is_empty()
            && ws.get(i + 1).is_some_and(capital);
        // "The company", "Police": a definite institution noun.
        let institution = w.is_n(wf::INSTITUTION_HEAD)
            && (i == 0
                || i == 1
                    && ws[0].is_n(wf::DEFINITE)
                    && text[ws[0].end..w.start].trim().is_empty());
        if capital(w) || joined || institution {
            end = Some(w.end);
        } else {
            break;
        }
    }
    let end = end?;
    let end = if text[end..].starts_with('.')
        && ctx.lex().abbreviations.contains(
            &text[ws[0].start..end]
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .lower(),
        ) {
        end + 1
    } else {
        end
    };
    Some((ws[0].start, end))
}

fn dash_attribution(
    ctx: &Context,
    u: Unit,
    outlets: &ArticleOutlets,
) -> Option<(Span, SourceNp, Option<Stance>)> {
    let text = ctx.text();
    let q = ctx
        .quotes_in(u.start, u.end)
        .iter()
        .rev()
        .find(|q| !q.short && q.closed && q.end <= u.end)?;
    let rest = &text[q.end..u.end];
    let trimmed = rest.trim_start();
    let dash = trimmed.chars().next()?;
    if !matches!(dash, '-' | '–' | '—') {
        return None;
    }
    let ds = q.end + (rest.len() - trimmed.len());
    let after = ds + dash.len_utf8();
    let (s, e) = ctx.reader.object_after(after, u.end)?;
    if !text[s..e].chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let np = ctx.reader.classify(s, e, (u.start, u.end), outlets);
    Some(((ds, after), np, Some(Stance::Neutral)))
}

/// A source phrase for display: no edge quotes or commas, no double quotation marks inside,
/// single spaces.
fn clean_source(s: &str) -> String {
    let t = s.trim_matches(|c: char| is_quote_char(c) || c == ',' || c.is_whitespace());
    // Most phrases are ASCII words and single spaces already: nothing to drop or join.
    let mut prev = 0u8;
    let clean = t.bytes().all(|b| {
        let ok = b < 0x80 && b != b'"' && !(9..=13).contains(&b) && !(b == b' ' && prev == b' ');
        prev = b;
        ok
    });
    if clean {
        return t.to_string();
    }
    let mut out = String::with_capacity(t.len());
    let mut space = false;
    for c in t.chars() {
        if matches!(c, '"' | '“' | '”' | '«' | '»') {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// The specificity of an anonymous origin, for scoring.
pub fn anon_spec(c: &Class) -> Option<(Specificity, u32)> {
    match c {
        Class::Anonymous { spec, count } | Class::AnonBackRef { spec, count } => {
            Some((*spec, *count))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::clean_source;

    #[test]
    fn source_texts_lose_quotes_commas_and_extra_space() {
        for (raw, want) in [
            ("the minister", "the minister"),
            (" “the minister”, ", "the minister"),
            ("a  senior\tofficial\n", "a senior official"),
            ("«Мост», ", "Мост"),
            ("Reuters’ “own” reporter", "Reuters’ own reporter"),
            ("the ,  BBC", "the , BBC"),
            ("\"Ivan Petrov\"", "Ivan Petrov"),
            ("", ""),
            (" , ", ""),
        ] {
            assert_eq!(clean_source(raw), want, "{raw:?}");
        }
    }
}
