//! The word index of one article: every word's span and word-set flags, computed once.
//!
//! The attribution stage reads the words of many overlapping regions (a clause, a subject
//! chunk, a source phrase). Tokenising and lower-casing each region again, and hashing each
//! lower-cased word into a dozen word sets, was most of the engine's time. The index tokenises
//! the article once, looks every word up once ([`Lexicon::word_flags`]), and answers "the words
//! of `[s, e)`" with a slice of it. The words of a region are exactly what
//! [`crate::text::words`] returns for that region: a word cut by the region's edge is clipped
//! the same way (see the property test below).

use crate::lexicon::Lexicon;
use crate::text::{gallop, ALNUM, ASCII_CLASS, JOINER};
use std::borrow::Cow;
use std::cell::Cell;

/// A word of the article with its [`crate::lexicon::wf`] flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    /// Flags of the lower-cased word.
    pub lower: u64,
    /// Flags of the lower-cased word without a possessive "'s" ([`crate::text::norm`]).
    pub norm: u64,
}

impl Tok {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// Whether the lower-cased word is in a set of `flags`.
    pub fn is(&self, flags: u64) -> bool {
        self.lower & flags != 0
    }

    /// Whether the normalised word (no possessive "'s") is in a set of `flags`.
    pub fn is_n(&self, flags: u64) -> bool {
        self.norm & flags != 0
    }
}

/// The word spans of the whole text, with the rules of [`crate::text::words`]. ASCII bytes are
/// classified directly; other characters are decoded.
fn spans(text: &str, mut f: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let alnum_at = |j: usize| -> bool {
        match bytes.get(j) {
            None => false,
            Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
            Some(_) => text[j..].chars().next().is_some_and(char::is_alphanumeric),
        }
    };
    let mut cur: Option<usize> = None;
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let (alnum, joiner, len) = if b < 0x80 {
            let class = ASCII_CLASS[usize::from(b)];
            (class == ALNUM, class == JOINER, 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c == '’', c.len_utf8())
        };
        if alnum {
            if cur.is_none() {
                cur = Some(i);
            }
        } else if joiner && cur.is_some() && alnum_at(i + len) {
            // inner joiner: keep the word going
        } else if let Some(st) = cur.take() {
            f(st, i);
        }
        i += len;
    }
    if let Some(st) = cur {
        f(st, n);
    }
}

/// Every word of one article, in order.
pub struct WordIndex {
    toks: Vec<Tok>,
    /// Where the last lookup ended: the stages read the article front to back, so the next
    /// region is usually near and is found by galloping from here rather than by a binary
    /// search over the whole index (which, on a long article, misses the cache at every step).
    finger: Cell<usize>,
}

impl WordIndex {
    pub fn new(text: &str, lex: &Lexicon) -> WordIndex {
        let mut toks = Vec::with_capacity(text.len() / 6 + 1);
        let bytes = text.as_bytes();
        spans(text, |s, e| {
            // A short ASCII word is read as one 16-byte load when the text allows it.
            let (lower, norm) = match bytes.get(s..s + 16) {
                Some(b16) if e - s <= 16 && bytes[s..e].is_ascii() => {
                    let raw = u128::from_le_bytes(b16.try_into().unwrap_or([0; 16]));
                    lex.packed_word_flags(raw, e - s)
                }
                _ => lex.word_pair_flags(&text[s..e]),
            };
            toks.push(Tok {
                start: s,
                end: e,
                lower,
                norm,
            });
        });
        WordIndex {
            toks,
            finger: Cell::new(0),
        }
    }

    /// The words of `text[s..e]`, as [`crate::text::words`] reads them. Borrowed from the index
    /// unless a word crosses an edge of the region and must be clipped.
    pub fn words<'a>(&'a self, text: &str, lex: &Lexicon, s: usize, e: usize) -> Cow<'a, [Tok]> {
        let lo = gallop(&self.toks, self.finger.get(), |t| t.end <= s);
        let hi = gallop(&self.toks, lo, |t| t.start < e);
        self.finger.set(lo);
        if lo >= hi {
            return Cow::Borrowed(&[]);
        }
        let inner = &self.toks[lo..hi];
        if inner[0].start >= s && inner[inner.len() - 1].end <= e {
            return Cow::Borrowed(inner);
        }
        let mut v = inner.to_vec();
        let clip = |t: &mut Tok| -> bool {
            let mut a = t.start.max(s);
            let mut b = t.end.min(e);
            // A word cut by the region starts at its first letter or digit and does not end
            // with a joiner (nothing alphanumeric follows it inside the region).
            while a < b {
                let c = text[a..].chars().next().unwrap_or(' ');
                if c.is_alphanumeric() {
                    break;
                }
                a += c.len_utf8();
            }
            while a < b {
                let c = text[..b].chars().next_back().unwrap_or(' ');
                if c.is_alphanumeric() {
                    break;
                }
                b -= c.len_utf8();
            }
            if a >= b {
                return false;
            }
            let (lower, norm) = lex.word_pair_flags(&text[a..b]);
            *t = Tok {
                start: a,
                end: b,
                lower,
                norm,
            };
            true
        };
        let last = v.len() - 1;
        let keep_last = v[last].end <= e || clip(&mut v[last]);
        let keep_first = v[0].start >= s || clip(&mut v[0]);
        if !keep_last {
            v.pop();
        }
        if !keep_first && !v.is_empty() {
            v.remove(0);
        }
        Cow::Owned(v)
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::lexicon::wf;
    use proptest::prelude::*;

    fn lex() -> &'static Lexicon {
        static L: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        L.get_or_init(|| Lexicon::new(&Config::default()))
    }

    fn same_as_reference(text: &str, s: usize, e: usize) {
        let idx = WordIndex::new(text, lex());
        let got: Vec<(usize, usize)> = idx
            .words(text, lex(), s, e)
            .iter()
            .map(|t| (t.start, t.end))
            .collect();
        let want: Vec<(usize, usize)> = crate::text::words(text, s, e)
            .iter()
            .map(|w| (w.start, w.end))
            .collect();
        assert_eq!(got, want, "{text:?}[{s}..{e}]");
    }

    #[test]
    fn flags_come_from_the_word_sets() {
        let text = "The officials' source, who spoke quietly, told Reuters's reporters";
        let idx = WordIndex::new(text, lex());
        let w = idx.words(text, lex(), 0, text.len());
        let find = |x: &str| *w.iter().find(|t| t.text(text) == x).unwrap();
        assert!(find("The").is(wf::DEFINITE));
        assert!(find("who").is(wf::RELATIVE));
        assert!(find("quietly").is(wf::ADVERB_SUFFIX));
        assert!(find("reporters").is(wf::PLURAL | wf::JOURNALIST_HEAD));
        assert!(find("Reuters's").is_n(wf::PLURAL));
        let press = "the press";
        let idx = WordIndex::new(press, lex());
        assert!(!idx.words(press, lex(), 0, press.len())[1].is(wf::PLURAL));
        assert!(!find("source").is(wf::PREPOSITION));
    }

    #[test]
    fn galloping_finds_what_a_binary_search_finds() {
        let text = "a bb ccc dddd eeeee ffffff g h i j k l m n o p q r s t u v w x y z";
        let idx = WordIndex::new(text, lex());
        for from in 0..=idx.toks.len() + 2 {
            for pos in 0..=text.len() + 1 {
                let want = idx.toks.partition_point(|t| t.end <= pos);
                assert_eq!(crate::text::gallop(&idx.toks, from, |t| t.end <= pos), want);
            }
        }
    }

    #[test]
    fn clipped_words_match_the_reference() {
        let t = "U.S. Rep. Delgado's self-styled 'plan' — 4,300 people";
        for s in (0..t.len()).filter(|&i| t.is_char_boundary(i)) {
            for e in (s..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                same_as_reference(t, s, e);
            }
        }
    }

    proptest! {
        #[test]
        fn any_region_matches_the_reference(
            text in "[a-zA-Z0-9 .,'’&\\-éß«»“”\n]{0,60}",
            a in 0usize..80,
            b in 0usize..80,
        ) {
            let n = text.len();
            let (mut s, mut e) = (a.min(n), b.min(n));
            if s > e {
                std::mem::swap(&mut s, &mut e);
            }
            let s = crate::text::floor_char(&text, s);
            let e = crate::text::ceil_char(&text, e);
            same_as_reference(&text, s, e);
        }
    }
}
