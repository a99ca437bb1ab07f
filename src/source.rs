//! Source noun phrases: finding their edges around a cue and saying what kind of source they are
//! (named, anonymous, vague, an outlet, a pronoun to resolve ...).

use crate::config::OutletKind;
use crate::lexicon::{kind, Hit, Lexicon};
use crate::text::{is_capitalised, is_quote_char, norm, words, Word};

/// How an intermediary relays (rubric M.RELAY).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelayKind {
    Wire,
    National,
    State,
    Unspecified,
    Social,
    Journalist,
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

/// An intermediary in a relay chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hop {
    pub name: String,
    pub kind: RelayKind,
    pub outlet: Option<u32>,
}

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
    /// The last outlet mentioned, for "the newspaper" / "the edition".
    pub last: Option<Hop>,
}

pub struct Reader<'a> {
    pub text: &'a str,
    pub lex: &'a Lexicon,
    pub hits: &'a [Hit],
}

fn lower(w: &str) -> String {
    w.to_lowercase()
}

impl<'a> Reader<'a> {
    fn w(&self, w: &Word) -> &'a str {
        &self.text[w.start..w.end]
    }

    fn hits_in(&self, s: usize, e: usize) -> &'a [Hit] {
        let lo = self.hits.partition_point(|h| h.start < s);
        let hi = self.hits.partition_point(|h| h.start < e);
        &self.hits[lo..hi]
    }

    /// Whether a phrase can be a source: it opens with a determiner, a possessive, a number, a
    /// pronoun, a capitalised word or a known source noun, and is not too long.
    pub fn valid_np(&self, s: usize, e: usize) -> bool {
        let ws = words(self.text, s, e);
        if ws.is_empty() || ws.len() > 16 {
            return false;
        }
        let first = self.w(&ws[0]);
        let fl = lower(first);
        let l = self.lex;
        if l.relative.contains(&fl)
            || l.prepositions.contains(&fl)
            || l.np_stop.contains(&fl) && !l.definite.contains(&fl)
        {
            return false;
        }
        if ws.iter().all(|w| self.w(w).chars().all(|c| c.is_numeric())) {
            return false;
        }
        let lead_ok = is_capitalised(first)
            || first.chars().next().is_some_and(|c| c.is_numeric())
            || l.indefinite.contains(&fl)
            || l.definite.contains(&fl)
            || l.possessive.contains(&fl)
            || l.pronoun_person.contains(&fl)
            || l.pronoun_plural.contains(&fl)
            || l.pronoun_thing.contains(&fl)
            || l.anonymous_heads.contains(&fl)
            || l.vague_heads.contains(&fl)
            || l.institution_heads.contains(&fl)
            || l.document_heads.contains(&fl)
            || l.journalist_heads.contains(&fl)
            || l.named_heads.contains(&fl);
        let titled_name = ws.len() <= 8
            && self.text[s..e]
                .chars()
                .all(|c| c.is_alphabetic() || c.is_whitespace() || ".'’-&".contains(c))
            && ws.last().is_some_and(|w| is_capitalised(self.w(w)))
            && !ws
                .iter()
                .any(|w| l.prepositions.contains(&lower(self.w(w))));
        if !lead_ok && !titled_name {
            return false;
        }
        // An NP of only determiners is not a source ("the").
        ws.iter().any(|w| {
            let t = lower(self.w(w));
            !(l.definite.contains(&t) || l.possessive.contains(&t)) || l.pronoun_thing.contains(&t)
        })
    }

    /// Cut a subject phrase that starts at `s` where the predicate begins: at an auxiliary,
    /// adverb, relative pronoun or a quotation mark.
    pub fn cut_forward(&self, s: usize, e: usize) -> (usize, usize) {
        let ws = words(self.text, s, e);
        let mut end = s;
        for (i, w) in ws.iter().enumerate() {
            let t = lower(self.w(w));
            if i > 0 && (self.lex.np_stop.contains(&t) || self.lex.relative.contains(&t)) {
                break;
            }
            // "-ly" adverbs that are not names or nouns ("quietly", "repeatedly").
            if i > 0
                && Lexicon::ends_with_any(&t, &self.lex.adverb_suffixes, &[])
                && !is_capitalised(self.w(w))
                && !self.lex.adverb_exceptions.contains(&t)
            {
                break;
            }
            end = w.end;
            // Do not run through a full quotation into the predicate.
            if self.text[w.end..e].starts_with(',') {
                break;
            }
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

    /// The object phrase after a cue ("said the head of the State Department on Monday").
    pub fn object_after(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        let e = e.min(crate::text::ceil_char(self.text, s + 400));
        let ws = words(self.text, s, e);
        let mut start = None;
        let mut end = s;
        for (i, w) in ws.iter().enumerate() {
            // Stop at a comma, a sentence end or a colon between words.
            if i > 0 {
                let gap = &self.text[ws[i - 1].end..w.start];
                if gap.contains([',', ';', ':', '(', '[', '.', '!', '?', '—', '–'])
                    || gap.contains(" - ")
                {
                    break;
                }
            }
            let t = lower(self.w(w));
            if start.is_some() && self.lex.np_post_stop.contains(&t) {
                break;
            }
            if start.is_none() {
                start = Some(w.start);
            }
            end = w.end;
        }
        let st = start?;
        Some((st, end))
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
        let ws = words(self.text, s, e);
        if ws.is_empty() {
            np.class = Class::Vague;
            return np;
        }
        let l = self.lex;
        let toks: Vec<String> = ws.iter().map(|w| norm(self.w(w))).collect();
        let phrase = toks.join(" ");
        // Head region: up to the first preposition or relative word.
        let head_len = toks
            .iter()
            .enumerate()
            .position(|(i, t)| {
                i > 0
                    && (l.prepositions.contains(t)
                        || l.relative.contains(t)
                        || l.inclusion.contains(t))
            })
            .unwrap_or(toks.len());
        let head = &toks[..head_len];
        let head_words = &ws[..head_len];
        let first = toks[0].as_str();
        let common_first = [
            &l.vague_heads,
            &l.anonymous_heads,
            &l.institution_heads,
            &l.document_heads,
            &l.journalist_heads,
            &l.named_heads,
            &l.unconfirmed_heads,
        ]
        .iter()
        .any(|set| set.contains(first));
        // A sentence-initial common noun ("Analysts say") is not a name.
        let name_first = if common_first { "" } else { first };
        let has_name_in_head = head_words.iter().enumerate().any(|(i, w)| {
            let raw = self.w(w);
            if !is_capitalised(raw)
                || (i == 0
                    && ((name_first.is_empty() || l.definite.contains(name_first))
                        || l.indefinite.contains(first)
                        || l.possessive.contains(first)))
            {
                return false;
            }
            // A capitalised modifier before a lower-case noun ("a Western diplomat") is not a name.
            match head_words.get(i + 1) {
                None => true,
                Some(n) => {
                    is_capitalised(self.w(n))
                        || !self.w(n).chars().next().is_some_and(|c| c.is_alphabetic())
                }
            }
        });
        let has_name_anywhere = ws.iter().enumerate().any(|(i, w)| {
            let raw = self.w(w);
            is_capitalised(raw)
                && !(i == 0
                    && ((name_first.is_empty() || l.definite.contains(name_first))
                        || l.indefinite.contains(first)
                        || l.possessive.contains(first)))
        });
        let last_head = head.last().map(String::as_str).unwrap_or("");
        let in_set = |set: &crate::lexicon::HashSet<String>| head.iter().any(|t| set.contains(t));
        let two_word_heads = head
            .windows(2)
            .map(|p| format!("{} {}", p[0], p[1]))
            .collect::<Vec<_>>();
        let in_set2 =
            |set: &crate::lexicon::HashSet<String>| two_word_heads.iter().any(|t| set.contains(t));

        // Outlets named in the phrase.
        let mut outlet_hits: Vec<Hop> = Vec::new();
        for h in self.hits_in(s, e) {
            if h.end <= e && h.is(kind::OUTLET) {
                if let Some(oi) = h.entry.outlet {
                    let info = &l.outlets[oi as usize];
                    outlet_hits.push(Hop {
                        name: info.name.clone(),
                        kind: RelayKind::of(info.kind),
                        outlet: Some(oi),
                    });
                }
            }
        }
        // Outlet nouns ("newspaper", "news site") and name parts ("Herald").
        let outlet_noun_pos = toks
            .iter()
            .position(|t| l.outlet_nouns.contains(t))
            .or_else(|| {
                toks.windows(2)
                    .position(|p| l.outlet_nouns.contains(&format!("{} {}", p[0], p[1])))
            });
        let name_run = self.proper_run(&ws);
        let name_part = ws.iter().any(|w| {
            let raw = self.w(w);
            raw.split(['-', '’', '\''])
                .any(|p| l.outlet_name_parts.contains(p))
        });
        let known_dynamic = outlets
            .names
            .iter()
            .find(|(n, _)| !n.is_empty() && phrase.contains(&n.to_lowercase()));
        let is_first_person = l.first_person.contains(first);
        let journalist = head.iter().any(|t| l.journalist_heads.contains(t));
        let anon_head = in_set(&l.anonymous_heads) || in_set2(&l.anonymous_heads);
        let named_head = in_set(&l.named_heads) || in_set2(&l.named_heads);

        // "our reporter in Galway": the publisher's own journalist.
        if is_first_person && journalist {
            np.class = Class::Witnessed;
            return np;
        }
        let unspecified = (toks.len() <= 4
            && (l.unspecified_media.contains(&phrase)
                || (l.unspecified_media.contains(last_head) && !has_name_in_head)))
            || (head.len() <= 3
                && head.iter().any(|t| l.unspecified_media.contains(t))
                && !has_name_in_head);
        let social = l
            .social_conduits
            .iter()
            .any(|c| phrase.contains(c.as_str()));
        // A configured outlet named in full wins over the generic patterns below
        // ("the Waterways Ministry's Telegram channel" listed as an outlet).
        if !anon_head && !journalist {
            let configured = self
                .hits_in(s, e)
                .iter()
                .filter(|h| h.end <= e && h.is(kind::OUTLET))
                .find(|h| {
                    let m = self.text[h.start..h.end].to_lowercase();
                    l.social_conduits.iter().any(|c| m.contains(c.as_str()))
                        || l.unspecified_media.iter().any(|c| m.contains(c.as_str()))
                })
                .and_then(|h| h.entry.outlet);
            if let Some(oi) = configured {
                let info = &l.outlets[oi as usize];
                np.class = Class::Outlet(Hop {
                    name: info.name.clone(),
                    kind: RelayKind::of(info.kind),
                    outlet: Some(oi),
                });
                return np;
            }
        }
        if social && !anon_head {
            np.class = Class::Outlet(Hop {
                name: self.text[s..e].trim().to_string(),
                kind: RelayKind::Social,
                outlet: None,
            });
            return np;
        }
        if unspecified && !anon_head {
            np.class = Class::Outlet(Hop {
                name: self.text[s..e].trim().to_string(),
                kind: RelayKind::Unspecified,
                outlet: None,
            });
            return np;
        }
        // Generic back-reference to the last outlet: "the newspaper", "the edition".
        if ws.len() <= 3
            && l.definite.contains(first)
            && outlet_noun_pos.is_some()
            && name_run.is_none()
        {
            if let Some(last) = &outlets.last {
                np.class = Class::Outlet(last.clone());
                return np;
            }
        }
        let person_of_outlet = anon_head && !named_head;
        if !person_of_outlet && !journalist {
            if let Some(h) = outlet_hits.first() {
                np.class = Class::Outlet(h.clone());
                return np;
            }
            if outlet_noun_pos.is_some()
                || (name_part && has_name_anywhere)
                || known_dynamic.is_some()
            {
                let name = match (&name_run, known_dynamic) {
                    (Some((a, b)), _) => self.text[*a..*b].to_string(),
                    (None, Some((n, _))) => n.clone(),
                    _ => self.text[s..e].trim().to_string(),
                };
                let kind = known_dynamic
                    .map(|(_, k)| *k)
                    .unwrap_or(RelayKind::National);
                np.class = Class::Outlet(Hop {
                    name,
                    kind,
                    outlet: None,
                });
                return np;
            }
        }
        if journalist && !is_first_person {
            let name = name_run
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
        if person_of_outlet {
            np.inner_hops = outlet_hits;
        }

        // Anonymous markers around the phrase.
        // Anonymity clauses near the phrase ("..., who asked not to be named, said").
        let unit_hits = self.hits_in(
            unit.0
                .max(crate::text::floor_char(self.text, s.saturating_sub(300))),
            unit.1.min(crate::text::ceil_char(self.text, e + 300)),
        );
        let anonymity = unit_hits.iter().any(|h| h.is(kind::ANONYMITY));
        let near = self.text[s..unit
            .1
            .min(crate::text::ceil_char(self.text, e + 200))
            .max(s)]
            .to_lowercase();
        let basis = l
            .basis_of_knowledge
            .iter()
            .any(|b| near.contains(b.as_str()));
        let count = count_of(l, first, toks.get(1).map(String::as_str));
        let has_pp = head_len < toks.len() || has_name_anywhere;
        let spec = if basis {
            Specificity::S3
        } else if has_pp {
            Specificity::S2
        } else if head.len() <= 2
            && (head.iter().any(|t| l.bare_anonymous.contains(t))
                || l.bare_anonymous.contains(first))
        {
            Specificity::S0
        } else {
            Specificity::S1
        };

        // Pronouns.
        if ws.len() <= 2
            && (l.pronoun_person.contains(first)
                || l.pronoun_plural.contains(first)
                || l.pronoun_thing.contains(first))
        {
            np.class = Class::Pronoun;
            return np;
        }
        // "one of them", "another", "a second person": anonymous back-references.
        if l.back_reference_quantifiers.contains(first)
            && (toks.len() == 1
                || toks.get(1).is_some_and(|t| l.partitive.contains(t))
                    && toks.get(2).is_some_and(|t| l.partitive_targets.contains(t)))
        {
            np.class = Class::AnonBackRef { spec, count };
            return np;
        }
        if anonymity && !has_name_in_head && !named_head {
            np.class = Class::Anonymous { spec, count };
            return np;
        }
        let definite = l.definite.contains(first);
        if named_head {
            np.class = Class::Named {
                document: false,
                person_without_role: false,
            };
            return np;
        }
        if anon_head && !has_name_in_head {
            let core = l.anonymous_core_heads.contains(last_head);
            let plural = l.is_plural(last_head);
            let generic_plural = head
                .iter()
                .all(|t| l.vague_heads.contains(t) || !l.anonymous_heads.contains(t))
                && in_set(&l.vague_heads)
                && count == 1
                && spec < Specificity::S2;
            if definite && !core && !plural {
                // "the chief executive of Lumen Forge": a role that picks out one person.
                return np;
            }
            if definite && ws.len() <= 3 {
                np.class = Class::AnonBackRef { spec, count };
                return np;
            }
            if !generic_plural {
                np.class = Class::Anonymous { spec, count };
                return np;
            }
        }
        if in_set(&l.unconfirmed_heads) && !self.text[s..e].contains(" by ") {
            np.class = Class::Unsourced;
            return np;
        }
        if in_set(&l.document_heads)
            && toks.iter().any(|t| l.journalist_heads.contains(t))
            && !is_first_person
        {
            let name = name_run
                .map(|(a, b)| self.text[a..b].to_string())
                .unwrap_or_else(|| self.text[s..e].trim().to_string());
            np.class = Class::Outlet(Hop {
                name,
                kind: RelayKind::Journalist,
                outlet: None,
            });
            return np;
        }
        if in_set(&l.document_heads) {
            np.class = Class::Named {
                document: true,
                person_without_role: false,
            };
            return np;
        }
        let vague =
            in_set(&l.vague_heads) || in_set2(&l.vague_heads) || l.vague_heads.contains(&phrase);
        if vague && !has_name_in_head {
            np.class = Class::Vague;
            return np;
        }
        if has_name_anywhere || has_name_in_head {
            let titled = l.titles.contains(first.trim_end_matches('.'));
            let bare_person = ws.len() <= 3
                && ws.iter().all(|w| is_capitalised(self.w(w)))
                && !in_set(&l.institution_heads)
                && !titled;
            np.class = Class::Named {
                document: false,
                person_without_role: bare_person,
            };
            return np;
        }
        if in_set(&l.institution_heads) {
            np.class = Class::Named {
                document: false,
                person_without_role: false,
            };
            return np;
        }
        if definite || l.possessive.contains(first) {
            // "the world's biggest confectioners": a plural generic is vague; "the company" is named.
            if l.is_plural(last_head) {
                np.class = Class::Vague;
            }
            return np;
        }
        if l.indefinite.contains(first) {
            np.class = Class::Anonymous { spec, count };
            return np;
        }
        if l.is_plural(last_head) {
            np.class = Class::Vague;
        }
        np
    }

    /// The last run of capitalised words in a phrase (an outlet's or person's name).
    fn proper_run(&self, ws: &[Word]) -> Option<(usize, usize)> {
        let l = self.lex;
        let mut best: Option<(usize, usize)> = None;
        let mut cur: Option<(usize, usize)> = None;
        for (i, w) in ws.iter().enumerate() {
            let raw = self.w(w);
            let lw = lower(raw);
            let cap = is_capitalised(raw)
                && !(i == 0 && (l.definite.contains(&lw) || l.indefinite.contains(&lw)));
            let joiner = l.name_joiners.contains(&lw);
            if cap || (joiner && cur.is_some()) {
                cur = Some((cur.map(|c| c.0).unwrap_or(w.start), w.end));
                if cap {
                    best = cur;
                }
            } else {
                cur = None;
            }
        }
        // Drop a possessive nationality lead-in ("Japan's Nikkei newspaper" -> "Nikkei").
        best.map(|(a, b)| {
            let t = &self.text[a..b];
            let parts: Vec<&str> = t.split(' ').collect();
            if parts.len() > 1 && (parts[0].ends_with("'s") || parts[0].ends_with("’s")) {
                (a + parts[0].len() + 1, b)
            } else {
                (a, b)
            }
        })
    }
}

fn count_of(l: &Lexicon, first: &str, second: Option<&str>) -> u32 {
    let n = |w: &str| {
        if l.count_two.contains(w) {
            2
        } else if l.count_many.contains(w) {
            3
        } else {
            1
        }
    };
    n(first).max(second.map(n).unwrap_or(1))
}
