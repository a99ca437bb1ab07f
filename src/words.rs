//! The word index of one article: every word's span and word-set flags, computed once.
//!
//! The attribution stage reads the words of many overlapping regions (a clause, a subject
//! chunk, a source phrase). Tokenising and lower-casing each region again, and hashing each
//! lower-cased word into a dozen word sets, was most of the engine's time. The index tokenises
//! the article once, looks every word up once ([`Lexicon::word_flags`]), and answers "the words
//! of `[s, e)`" with a slice of it. The words of a region are exactly what
//! [`crate::text::words`] returns for that region: a word cut by the region's edge is clipped
//! the same way (see the property test below).

use crate::lexicon::{packed_key, Lexicon};
use crate::text::{alnum_run, is_alnum, ALNUM, ASCII_CLASS, JOINER};
use std::borrow::Cow;
use std::cell::RefCell;

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

/// The word spans of the whole text, with the rules of [`crate::text::words`], each with
/// whether the word is all ASCII. ASCII bytes are classified directly; other characters are
/// decoded. The gap between words and the word itself are each walked by a tight loop.
fn spans(text: &str, mut f: impl FnMut(usize, usize, bool)) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    // The character at `j`: whether it is a letter or digit, and its length.
    let decode = |j: usize| -> (bool, bool, usize) {
        let c = text[j..].chars().next().unwrap_or(' ');
        (is_alnum(c), c == '’', c.len_utf8())
    };
    let alnum_at = |j: usize| -> bool {
        match bytes.get(j) {
            None => false,
            Some(&b) if b < 0x80 => ASCII_CLASS[usize::from(b)] == ALNUM,
            Some(_) => decode(j).0,
        }
    };
    let mut i = 0;
    while i < n {
        // Between words.
        let b = bytes[i];
        if b < 0x80 {
            if ASCII_CLASS[usize::from(b)] != ALNUM {
                i += 1;
                continue;
            }
        } else {
            let (alnum, _, len) = decode(i);
            if !alnum {
                i += len;
                continue;
            }
        }
        // A word: letters and digits, and inner joiners followed by one.
        let start = i;
        let mut ascii = true;
        while i < n {
            i += alnum_run(bytes, i);
            let Some(&b) = bytes.get(i) else {
                break;
            };
            if b < 0x80 {
                let class = ASCII_CLASS[usize::from(b)];
                if class == ALNUM || class == JOINER && alnum_at(i + 1) {
                    i += 1;
                    continue;
                }
                break;
            }
            let (alnum, joiner, len) = decode(i);
            if alnum || joiner && alnum_at(i + len) {
                ascii = false;
                i += len;
                continue;
            }
            break;
        }
        f(start, i, ascii);
    }
}

/// Slots of the word-flag memo, as a power of two: 4,096 slots of 32 bytes (128 KiB) hold the
/// common words of news text, which make most of its words (measured: 2,048 slots 2% slower,
/// 8,192 and 16,384 no faster).
const MEMO_BITS: u32 = 12;

/// An empty memo slot: no word packs to key 0 (words hold no NUL bytes).
const EMPTY: (u128, u64, u64) = (0, 0, 0);

/// The flags of recently seen short ASCII words, by [`packed_key`], per thread: looking a word
/// up here is a fraction of the cost of [`Lexicon::key_flags`] (a hash lookup, suffix tests and
/// the possessive form). Direct-mapped: a word evicts the one in its slot. The flags are a
/// function of the key and the lexicon, so the memo changes no result; it is emptied when a
/// thread moves to another lexicon.
struct Memo {
    lexicon: u64,
    slots: Box<[(u128, u64, u64)]>,
    /// Words of other characters or longer (Cyrillic text is made of them), by their bytes.
    long: Box<[LongSlot]>,
}

/// Bytes of a word the long-word memo holds: 20 Cyrillic letters, or 40 ASCII ones.
const LONG_BYTES: usize = 40;

/// Slots of the long-word memo, as a power of two: 2,048 slots of 64 bytes (128 KiB); 4,096
/// were no faster on Russian text.
const LONG_BITS: u32 = 11;

/// A word the short memo cannot hold (not ASCII, or over 16 bytes) with its flags, as written.
#[derive(Clone, Copy)]
struct LongSlot {
    len: u8,
    bytes: [u8; LONG_BYTES],
    lower: u64,
    norm: u64,
}

const LONG_EMPTY: LongSlot = LongSlot {
    len: 0,
    bytes: [0; LONG_BYTES],
    lower: 0,
    norm: 0,
};

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo {
        lexicon: 0,
        slots: vec![EMPTY; 1 << MEMO_BITS].into_boxed_slice(),
        long: vec![LONG_EMPTY; 1 << LONG_BITS].into_boxed_slice(),
    });
}

/// The slot of a word of at most [`LONG_BYTES`] bytes in the long-word memo.
fn long_slot(w: &[u8]) -> usize {
    let mut h = w.len() as u64;
    for c in w.chunks(8) {
        let mut b = [0u8; 8];
        b[..c.len()].copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    (h >> (64 - LONG_BITS)) as usize
}

fn memo_slot(key: u128) -> usize {
    let x = (key as u64) ^ ((key >> 64) as u64).rotate_left(23);
    (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - MEMO_BITS)) as usize
}

/// Every word of one article, in order.
pub struct WordIndex {
    toks: Vec<Tok>,
    /// For each byte offset of the text (and its end), the first word that ends after it: a
    /// region's words are found by two lookups instead of a search over the index. Empty for
    /// a text of 4 GiB or more, whose words are found by binary search.
    ending_after: Vec<u32>,
}

impl WordIndex {
    pub fn new(text: &str, lex: &Lexicon) -> WordIndex {
        Self::build(text, lex, u32::MAX as usize - 1)
    }

    /// The index, with the per-byte table for texts of at most `table_limit` bytes.
    fn build(text: &str, lex: &Lexicon, table_limit: usize) -> WordIndex {
        // About one word per six bytes of news text; a little over that, so that the index is
        // rarely copied as it grows.
        let mut toks = Vec::with_capacity(text.len() / 5 + 8);
        let bytes = text.as_bytes();
        MEMO.with_borrow_mut(|memo| {
            if memo.lexicon != lex.id() {
                memo.slots.fill(EMPTY);
                memo.long.fill(LONG_EMPTY);
                memo.lexicon = lex.id();
            }
            spans(text, |s, e, ascii| {
                // A short ASCII word is read as one 16-byte load when the text allows it, and
                // its flags are looked up in the memo first.
                let (lower, norm) = match bytes.get(s..s + 16) {
                    Some(b16) if ascii && e - s <= 16 => {
                        let raw = u128::from_le_bytes(b16.try_into().unwrap_or([0; 16]));
                        let key = packed_key(raw, e - s);
                        let slot = &mut memo.slots[memo_slot(key)];
                        if slot.0 != key {
                            let (lower, norm) = lex.key_flags(key, e - s);
                            *slot = (key, lower, norm);
                        }
                        (slot.1, slot.2)
                    }
                    _ if e - s <= LONG_BYTES => {
                        let w = &bytes[s..e];
                        let slot = &mut memo.long[long_slot(w)];
                        if usize::from(slot.len) != w.len() || slot.bytes[..w.len()] != *w {
                            let (lower, norm) = lex.word_pair_flags(&text[s..e]);
                            slot.len = w.len() as u8;
                            slot.bytes[..w.len()].copy_from_slice(w);
                            slot.lower = lower;
                            slot.norm = norm;
                        }
                        (slot.lower, slot.norm)
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
        });
        let mut ending_after = Vec::new();
        if text.len() <= table_limit {
            ending_after.reserve_exact(text.len() + 1);
            for (k, t) in toks.iter().enumerate() {
                ending_after.resize(t.end, k as u32);
            }
            ending_after.resize(text.len() + 1, toks.len() as u32);
        }
        WordIndex { toks, ending_after }
    }

    /// The first word that ends after byte `pos`.
    fn first_ending_after(&self, pos: usize) -> usize {
        match self.ending_after.get(pos) {
            Some(&k) => k as usize,
            None if self.ending_after.is_empty() => self.toks.partition_point(|t| t.end <= pos),
            None => self.toks.len(),
        }
    }

    /// The first word that starts at or after byte `pos`: the first one ending after it, or
    /// the next when that one starts before `pos`.
    fn first_starting_at(&self, pos: usize) -> usize {
        let k = self.first_ending_after(pos);
        k + usize::from(self.toks.get(k).is_some_and(|t| t.start < pos))
    }

    /// The words of `text[s..e]`, as [`crate::text::words`] reads them. Borrowed from the index
    /// unless a word crosses an edge of the region and must be clipped.
    pub fn words<'a>(&'a self, text: &str, lex: &Lexicon, s: usize, e: usize) -> Cow<'a, [Tok]> {
        let lo = self.first_ending_after(s);
        let hi = self.first_starting_at(e);
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
                if is_alnum(c) {
                    break;
                }
                a += c.len_utf8();
            }
            while a < b {
                let c = text[..b].chars().next_back().unwrap_or(' ');
                if is_alnum(c) {
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
        let want: Vec<(usize, usize)> = crate::text::words(text, s, e)
            .iter()
            .map(|w| (w.start, w.end))
            .collect();
        // With the per-byte table, and by binary search as for a text too long for one.
        for limit in [usize::MAX, 0] {
            let idx = WordIndex::build(text, lex(), limit);
            let got: Vec<(usize, usize)> = idx
                .words(text, lex(), s, e)
                .iter()
                .map(|t| (t.start, t.end))
                .collect();
            assert_eq!(got, want, "{text:?}[{s}..{e}] table limit {limit}");
        }
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
    fn the_memo_answers_for_the_lexicon_in_use() {
        // The same words on one thread with two lexicons, back and forth: each index must
        // carry its own lexicon's flags, not those memoised for the other.
        let mut cfg = Config::default();
        cfg.grammar.plural_suffixes = vec!["x".to_string()];
        cfg.grammar.prepositions.push("reporters".to_string());
        let other = Lexicon::new(&cfg);
        let text = "The reporters, the reporters' boxes and Reporters's notes";
        let flags = |l: &Lexicon| -> Vec<(u64, u64)> {
            let idx = WordIndex::new(text, l);
            idx.words(text, l, 0, text.len())
                .iter()
                .map(|t| (t.lower, t.norm))
                .collect()
        };
        let want = |l: &Lexicon| -> Vec<(u64, u64)> {
            crate::text::words(text, 0, text.len())
                .iter()
                .map(|w| l.word_pair_flags(&text[w.start..w.end]))
                .collect()
        };
        for _ in 0..2 {
            assert_eq!(flags(lex()), want(lex()));
            assert_eq!(flags(&other), want(&other));
        }
        assert_ne!(want(lex()), want(&other));
        let reporters = |l: &Lexicon| flags(l)[1].0;
        assert!(reporters(lex()) & wf::PLURAL != 0 && reporters(lex()) & wf::PREPOSITION == 0);
        assert!(reporters(&other) & wf::PLURAL == 0 && reporters(&other) & wf::PREPOSITION != 0);
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
            text in "[a-zA-Z0-9 .,'’&\\-éß«»“”\n]{0,300}",
            regions in proptest::collection::vec((0usize..400, 0usize..400), 1..6),
        ) {
            // Several regions of one index, in any order, across its 64-byte blocks.
            let n = text.len();
            let idx = WordIndex::new(&text, lex());
            for (a, b) in regions {
                let (mut s, mut e) = (a.min(n), b.min(n));
                if s > e {
                    std::mem::swap(&mut s, &mut e);
                }
                let s = crate::text::floor_char(&text, s);
                let e = crate::text::ceil_char(&text, e);
                let got: Vec<(usize, usize)> = idx
                    .words(&text, lex(), s, e)
                    .iter()
                    .map(|t| (t.start, t.end))
                    .collect();
                let want: Vec<(usize, usize)> = crate::text::words(&text, s, e)
                    .iter()
                    .map(|w| (w.start, w.end))
                    .collect();
                prop_assert_eq!(got, want, "{:?}[{}..{}]", text, s, e);
            }
        }
    }
}
