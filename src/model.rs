//! The data the engine hands out: claims, reasons, non-claims and the article summary.
//!
//! Offsets are byte offsets into the article text. The Python bindings convert them to code-point
//! offsets; [`Article::to_char_offsets`] does the same for any Rust caller that needs them.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The attribution label of a claim (see `labels.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    Named,
    Anonymous,
    Relayed,
    Unconfirmed,
}

impl Label {
    pub const ALL: [Label; 4] = [
        Label::Named,
        Label::Anonymous,
        Label::Relayed,
        Label::Unconfirmed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Named => "named",
            Label::Anonymous => "anonymous",
            Label::Relayed => "relayed",
            Label::Unconfirmed => "unconfirmed",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Who originally said a claim. For claims that are not relayed it mirrors the label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    Named,
    Anonymous,
    Unknown,
    Unconfirmed,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Named => "named",
            Origin::Anonymous => "anonymous",
            Origin::Unknown => "unknown",
            Origin::Unconfirmed => "unconfirmed",
        }
    }
}

/// A half-open byte range `[start, end)` in the article text.
pub type Span = (usize, usize);

/// Flags a claim can carry.
pub mod flags {
    pub const NO_COMMENT: &str = "no_comment";
    pub const NOT_CONFIRMED_BY_SUBJECT: &str = "not_confirmed_by_subject";
    pub const UNVERIFIED: &str = "unverified";
    pub const HEDGED: &str = "hedged";
    pub const HEARSAY: &str = "hearsay";
    pub const CORROBORATED: &str = "corroborated";
    pub const CARRIED_OVER: &str = "carried_over";
    pub const DIRECT_QUOTE: &str = "direct_quote";
    pub const DENIED: &str = "denied";
    pub const CAPTION: &str = "caption";
    pub const VAGUE_SOURCE: &str = "vague_source";
    pub const ANONYMITY_EXPLAINED: &str = "anonymity_explained";
}

/// One rule that moved a claim's score, with the text it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    /// Rubric rule id, e.g. `B.NAMED` or `M.RELAY.WIRE` (borrowed when fixed, so that most
    /// reasons cost no allocation).
    pub rule: Cow<'static, str>,
    /// Points added or removed (on the 0-100 scale); the base rule carries the base score.
    pub delta: f64,
    /// What the rule saw, in words.
    pub note: Cow<'static, str>,
    /// The text span that triggered the rule, if any.
    pub span: Option<Span>,
}

/// One claim: the smallest stretch of text that asserts one thing on one source's authority.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub origin: Origin,
    /// The source as written, e.g. "a member of the US delegation".
    pub source: Option<String>,
    pub source_span: Option<Span>,
    /// The attribution cue as written, e.g. "told", "according to".
    pub cue: Option<String>,
    pub cue_span: Option<Span>,
    /// Intermediaries, outermost first.
    pub via: Vec<String>,
    pub flags: Vec<String>,
    /// Attribution strength in [0, 1].
    pub score: f64,
    pub reasons: Vec<Reason>,
    /// Index of the paragraph the claim starts in.
    pub paragraph: usize,
}

impl Claim {
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

/// A stretch of text recognised as not being a claim (dateline, byline, heading, credit ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NonClaim {
    pub start: usize,
    pub end: usize,
    pub kind: String,
}

/// Article-level indicators (scoring-rubric.md §6).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Summary {
    pub n_claims: usize,
    /// Claim counts in label order: named, anonymous, relayed, unconfirmed.
    pub counts: [usize; 4],
    /// Shares of claims in label order.
    pub shares: [f64; 4],
    /// Salience-weighted mean claim score (G.AAS), in [0, 1].
    pub mean_score: f64,
    /// The weakest central claim (G.PREMISE): its index and score.
    pub weakest_central_claim: Option<usize>,
    pub premise_score: Option<f64>,
    /// Distinct identified sources (named and anonymous origins), as written.
    pub sources: Vec<String>,
    /// Distinct intermediaries.
    pub outlets: Vec<String>,
    /// Effective number of origins turned into [0, 1] (G.DIVERSITY).
    pub diversity: f64,
    /// Transparency index (G.TRANSPARENCY), if any component applies.
    pub transparency: Option<f64>,
    /// Largest single-origin share of claims (G.SINGLE_SOURCE_SHARE).
    pub single_source_share: f64,
    pub n_non_claims: usize,
    /// The publisher used to decide what is a relay.
    pub publisher: Option<String>,
}

/// A scored article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    pub claims: Vec<Claim>,
    pub non_claims: Vec<NonClaim>,
    /// Composite article score in [0, 1].
    pub score: f64,
    pub summary: Summary,
}

impl Article {
    /// Rewrite every byte offset as a Unicode code-point offset (what Python's `str` indexes).
    pub fn to_char_offsets(&mut self, text: &str) {
        if text.is_ascii() {
            return;
        }
        let map = CharIndex::new(text);
        let conv = |b: usize| map.char_of(b);
        for c in &mut self.claims {
            c.start = conv(c.start);
            c.end = conv(c.end);
            c.source_span = c.source_span.map(|(a, b)| (conv(a), conv(b)));
            c.cue_span = c.cue_span.map(|(a, b)| (conv(a), conv(b)));
            for r in &mut c.reasons {
                r.span = r.span.map(|(a, b)| (conv(a), conv(b)));
            }
        }
        for n in &mut self.non_claims {
            n.start = conv(n.start);
            n.end = conv(n.end);
        }
    }
}

/// Byte offset to code-point offset conversion for one text: the count of code points before
/// each 64-byte block, and the bytes of the block counted on demand.
pub struct CharIndex<'a> {
    bytes: &'a [u8],
    blocks: Vec<usize>,
}

/// Bytes per block of a [`CharIndex`].
const CHAR_BLOCK: usize = 64;

/// The code points that start in `b`: its bytes that are not UTF-8 continuation bytes.
fn starts_in(b: &[u8]) -> usize {
    b.iter().filter(|&&x| (x as i8) >= -0x40).count()
}

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / CHAR_BLOCK + 1);
        let mut n = 0;
        for chunk in bytes.chunks(CHAR_BLOCK) {
            blocks.push(n);
            n += starts_in(chunk);
        }
        CharIndex { bytes, blocks }
    }

    /// The code-point index of byte offset `b` (rounded down to a char boundary; the text's
    /// length in code points past its end).
    pub fn char_of(&self, b: usize) -> usize {
        let mut b = b.min(self.bytes.len());
        while b < self.bytes.len() && (self.bytes[b] as i8) < -0x40 {
            b -= 1;
        }
        let k = b / CHAR_BLOCK;
        match self.blocks.get(k) {
            Some(&before) => before + starts_in(&self.bytes[k * CHAR_BLOCK..b]),
            // `b` is the end of a text whose length is a multiple of the block size.
            None => self.blocks.last().map_or(0, |&before| {
                before + starts_in(&self.bytes[(k - 1) * CHAR_BLOCK..b])
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CharIndex;

    #[test]
    fn char_of_is_the_code_point_index_of_every_byte_offset() {
        let base = "Источник «ТАСС» — said “no”, 😀 ok. ";
        for n in [0, 1, 2, 3, 5, 9, 40] {
            let text = base.repeat(n);
            let index = CharIndex::new(&text);
            for b in 0..=text.len() + 2 {
                // The code point that holds byte `b`, or the length past the end.
                let want = text
                    .char_indices()
                    .take_while(|&(i, _)| i <= b)
                    .count()
                    .saturating_sub(1)
                    + usize::from(b >= text.len() && !text.is_empty());
                assert_eq!(index.char_of(b), want, "byte {b} of {n} copies");
            }
        }
    }
}
