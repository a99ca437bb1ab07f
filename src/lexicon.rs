//! The compiled lexicon: one Aho-Corasick automaton over every cue phrase and outlet name, plus
//! word sets for reading source noun phrases. Built once per configuration and shared.

use crate::config::{Config, OutletKind};
use crate::text::{floor_char, Lower};
use aho_corasick::automaton::Automaton;
use aho_corasick::{dfa, AhoCorasick, AhoCorasickBuilder, Anchored, MatchKind};
use std::collections::{HashMap as StdHashMap, HashSet as StdHashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the word sets hold short keys, where SipHash's DoS resistance buys nothing and
/// costs a third of the lookups' time.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A multiply-fold hash for words packed into a `u128` (see [`pack`]).
#[derive(Default, Clone, Copy)]
pub struct Fold(u64);

impl Hasher for Fold {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u128(&mut self, x: u128) {
        let lo = (x as u64) ^ 0x243f_6a88_85a3_08d3;
        let hi = ((x >> 64) as u64) ^ 0x1319_8a2e_0370_7344;
        let m = u128::from(lo).wrapping_mul(u128::from(hi) | 1);
        self.0 ^= (m as u64) ^ ((m >> 64) as u64);
    }
}

/// A word of at most 16 bytes as one integer key (little-endian, zero-padded: words hold no
/// NUL bytes, so the padding is unambiguous).
/// ASCII lower-casing of the 16 bytes of a packed word at once (upper-case letters gain
/// 0x20; the per-byte sums cannot carry into the next byte).
fn ascii_lower(x: u128) -> u128 {
    u128::from(ascii_lower8(x as u64)) | u128::from(ascii_lower8((x >> 64) as u64)) << 64
}

/// [`ascii_lower`] of eight bytes.
fn ascii_lower8(x: u64) -> u64 {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    let low7 = x & (0x7f * ONES);
    let ge_a = low7 + u64::from(0x80 - b'A') * ONES;
    let gt_z = low7 + u64::from(0x7f - b'Z') * ONES;
    let upper = ge_a & !gt_z & !x & (0x80 * ONES);
    x | (upper >> 2)
}

/// The key of an ASCII word of `n <= 16` bytes packed into `raw` (bytes past `n` are
/// ignored): the lower-cased word, zero-padded. Most words fit in the low eight bytes, which
/// are worked on as one 64-bit integer.
#[inline]
pub fn packed_key(raw: u128, n: usize) -> u128 {
    if n < 8 {
        u128::from(ascii_lower8(raw as u64 & ((1u64 << (8 * n)) - 1)))
    } else if n == 8 {
        u128::from(ascii_lower8(raw as u64))
    } else {
        ascii_lower(raw & low_bytes(n))
    }
}

const BLOOM_WORDS: usize = 1024;

/// A bit of the 65,536-bit filter in front of `short_flags`.
fn bloom_bit(key: u128) -> usize {
    let x = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 48) as usize
}

/// A mask of the low `n` bytes of a `u128` (`n <= 16`).
fn low_bytes(n: usize) -> u128 {
    if n >= 16 {
        u128::MAX
    } else {
        (1u128 << (8 * n)) - 1
    }
}

fn pack(bytes: &[u8]) -> u128 {
    let mut b = [0u8; 16];
    b[..bytes.len()].copy_from_slice(bytes);
    u128::from_le_bytes(b)
}

pub type HashSet<T> = StdHashSet<T, BuildHasherDefault<Fnv>>;
pub type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<Fnv>>;

/// Stance of a reporting verb (rubric M.VERB).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stance {
    Neutral,
    Endorse,
    DistanceMild,
    DistanceStrong,
    Belief,
    Deny,
}

/// What a matched phrase can be. One phrase may be several things ("told" is a verb and a
/// channel cue), so kinds are bit flags.
pub mod kind {
    pub const VERB: u32 = 1;
    pub const ACCORDING_TO: u32 = 1 << 1;
    pub const CITING: u32 = 1 << 2;
    pub const QUOTING: u32 = 1 << 3;
    pub const TO_CHANNEL: u32 = 1 << 4;
    pub const HEARSAY: u32 = 1 << 5;
    pub const UNVERIFIED: u32 = 1 << 6;
    pub const NO_COMMENT: u32 = 1 << 7;
    pub const CORROBORATION: u32 = 1 << 8;
    pub const HEDGE: u32 = 1 << 9;
    pub const ANONYMITY: u32 = 1 << 10;
    pub const REASON_SUBSTANTIVE: u32 = 1 << 11;
    pub const REASON_BOILERPLATE: u32 = 1 << 12;
    pub const EDITOR_NOTE: u32 = 1 << 13;
    pub const SELF_REFERENCE: u32 = 1 << 14;
    pub const OUTLET: u32 = 1 << 15;
    pub const SELF_REFERENCE_BEFORE: u32 = 1 << 16;
    /// A phrase that holds a cue word but reports nothing ("carried out"): it hides the cue
    /// and is dropped by [`Lexicon::scan`].
    pub const NOT_CUE: u32 = 1 << 17;
    /// `sources.publisher_request_cues` ("на запрос"): the outlet after it asked for comment.
    pub const PUBLISHER_REQUEST: u32 = 1 << 18;
    /// `cues.outlet_only` ("understands"): a reporting verb only when its subject is an outlet
    /// other than the publisher.
    pub const OUTLET_ONLY: u32 = 1 << 19;
    /// `cues.access_only` ("leaked to"): who got a document, as a `self_reference` phrase, but
    /// never the publisher.
    pub const ACCESS_ONLY: u32 = 1 << 20;
    /// `cues.interview_back_references` ("in the same interview"): the interview relayed
    /// last.
    pub const INTERVIEW_BACK_REFERENCE: u32 = 1 << 21;
    /// `cues.document_verbs`: a verb only after a document that opens its sentence. The scan
    /// clears this bit, so that later stages see a plain verb.
    pub const DOCUMENT_VERB: u32 = 1 << 22;
}

/// Which word sets a single lower-cased word belongs to, as bit flags: every word of an
/// article is looked up once (see [`crate::words::WordIndex`]) and the stages then test bits
/// instead of hashing strings.
pub mod wf {
    pub const RELATIVE: u64 = 1;
    pub const PREPOSITION: u64 = 1 << 1;
    pub const NP_STOP: u64 = 1 << 2;
    pub const DEFINITE: u64 = 1 << 3;
    pub const INDEFINITE: u64 = 1 << 4;
    pub const POSSESSIVE: u64 = 1 << 5;
    pub const PRONOUN_PERSON: u64 = 1 << 6;
    pub const PRONOUN_PLURAL: u64 = 1 << 7;
    pub const PRONOUN_THING: u64 = 1 << 8;
    pub const ANONYMOUS_HEAD: u64 = 1 << 9;
    pub const VAGUE_HEAD: u64 = 1 << 10;
    pub const INSTITUTION_HEAD: u64 = 1 << 11;
    pub const DOCUMENT_HEAD: u64 = 1 << 12;
    pub const JOURNALIST_HEAD: u64 = 1 << 13;
    pub const NAMED_HEAD: u64 = 1 << 14;
    pub const UNCONFIRMED_HEAD: u64 = 1 << 15;
    pub const INCLUSION: u64 = 1 << 16;
    pub const OUTLET_NOUN: u64 = 1 << 17;
    pub const UNSPECIFIED_MEDIA: u64 = 1 << 18;
    pub const FIRST_PERSON: u64 = 1 << 19;
    pub const BARE_ANONYMOUS: u64 = 1 << 20;
    pub const BACK_REFERENCE_QUANTIFIER: u64 = 1 << 21;
    pub const PARTITIVE: u64 = 1 << 22;
    pub const PARTITIVE_TARGET: u64 = 1 << 23;
    pub const ANONYMOUS_CORE_HEAD: u64 = 1 << 24;
    pub const TITLE: u64 = 1 << 25;
    pub const ADVERB_EXCEPTION: u64 = 1 << 26;
    pub const NAME_JOINER: u64 = 1 << 27;
    pub const CLAUSE_JOINER: u64 = 1 << 28;
    pub const LEAD_IN: u64 = 1 << 29;
    pub const COORDINATOR: u64 = 1 << 30;
    pub const COMPLEMENTIZER: u64 = 1 << 31;
    pub const CONTINUATION: u64 = 1 << 32;
    pub const NP_POST_STOP: u64 = 1 << 33;
    pub const COUNT_TWO: u64 = 1 << 34;
    pub const COUNT_MANY: u64 = 1 << 35;
    pub const MODAL: u64 = 1 << 36;
    pub const INFINITIVE_MARKER: u64 = 1 << 37;
    pub const ARTICLE: u64 = 1 << 38;
    pub const ABBREVIATION: u64 = 1 << 39;
    pub const FIRST_HAND_OBJECT: u64 = 1 << 40;
    /// Ends with an adverb suffix ("-ly").
    pub const ADVERB_SUFFIX: u64 = 1 << 41;
    /// Ends with a participle suffix ("-ing").
    pub const PARTICIPLE_SUFFIX: u64 = 1 << 42;
    /// A plural common noun by its suffix ("officials", not "press").
    pub const PLURAL: u64 = 1 << 43;
    /// The first word of a two-word entry of a head or outlet-noun set ("security" of
    /// "security source"): only then is the pair worth looking up.
    pub const BIGRAM_FIRST: u64 = 1 << 44;
    /// The second word of such an entry ("source" of "security source").
    pub const BIGRAM_SECOND: u64 = 1 << 45;
    pub const SUBORDINATOR: u64 = 1 << 46;
    /// Ends with a past-tense suffix ("-ed").
    pub const PAST_SUFFIX: u64 = 1 << 47;
    /// A form of "be" that makes a following participle passive ("were heard").
    pub const PASSIVE_AUXILIARY: u64 = 1 << 48;
    /// A preposition that ties a group to an organisation ("analysts at").
    pub const AFFILIATION: u64 = 1 << 49;
    /// A noun that makes a preposition before it a time or manner ("Monday", "private").
    pub const ADVERBIAL_NOUN: u64 = 1 << 50;
    /// "not", "never", "не".
    pub const NEGATION: u64 = 1 << 51;
    /// A noun that makes the count word after it a rank ("number", "No").
    pub const RANK_NOUN: u64 = 1 << 52;
    /// An adverb between a negation and a verb ("usually", "всегда").
    pub const NEGATION_ADVERB: u64 = 1 << 53;
    /// "than", "чем".
    pub const COMPARATIVE: u64 = 1 << 54;
    /// A word that makes an outlet noun after it no outlet ("social", "rail").
    pub const NON_MEDIA_MODIFIER: u64 = 1 << 55;
    /// The last part of a web address ("com", "ru").
    pub const WEB_DOMAIN: u64 = 1 << 56;
    /// A participle of an item passed around ("circulating", "shared").
    pub const CIRCULATION: u64 = 1 << 57;
    /// A participle of being reached for comment ("reached", "contacted").
    pub const CONTACT_PARTICIPLE: u64 = 1 << 58;

    /// Any personal pronoun set ("he", "they", "it", "her").
    pub const PRONOUN: u64 = PRONOUN_PERSON | PRONOUN_PLURAL | PRONOUN_THING;
    /// An article or determiner that opens a noun phrase ("the", "a").
    pub const DETERMINER: u64 = DEFINITE | INDEFINITE | ARTICLE;
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Entry {
    pub kinds: u32,
    pub stance: Option<Stance>,
    pub outlet: Option<u32>,
    /// A phrase that names a social or unspecified media channel ("Telegram channel",
    /// "state media"): worked out once per phrase when the lexicon is built.
    pub channel: bool,
}

/// A phrase found in the text.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub entry: Entry,
}

impl Hit {
    pub fn is(&self, k: u32) -> bool {
        self.entry.kinds & k != 0
    }
}

/// "Does any of these lower-case strings occur in a text?", by one automaton pass instead of a
/// substring search per string.
pub struct AnyOf(Option<AhoCorasick>);

impl AnyOf {
    /// `list` is lower-cased already. The automaton ignores ASCII case, which changes nothing on
    /// lower-cased text (it has no ASCII capitals) and lets [`Self::in_text_any_case`] search
    /// ASCII text as it is.
    fn new<S: AsRef<str>>(list: impl IntoIterator<Item = S>) -> AnyOf {
        let pats: Vec<String> = list.into_iter().map(|p| p.as_ref().to_string()).collect();
        AnyOf(if pats.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .build(&pats)
                .ok()
        })
    }

    /// Whether any string of the list occurs in the lower-cased `hay` (as `hay.contains(x)`
    /// for some `x`).
    pub fn in_text(&self, hay: &str) -> bool {
        self.0.as_ref().is_some_and(|a| a.is_match(hay))
    }

    /// [`Self::in_text`] of `hay.to_lowercase()`, without the copy when `hay` is ASCII.
    pub fn in_text_any_case(&self, hay: &str) -> bool {
        if hay.is_ascii() {
            self.in_text(hay)
        } else {
            self.in_text(&hay.lower())
        }
    }
}

/// "Does any of these few strings occur in a text?", by a prebuilt vectorised substring search
/// per string. Measured on the line words (credit, trailer), searched in every line, this beats
/// [`AnyOf`]'s automaton pass; on the source-phrase lists [`AnyOf`] stays ahead.
pub struct Substrings(Vec<memchr::memmem::Finder<'static>>);

impl Substrings {
    fn new<S: AsRef<str>>(list: impl IntoIterator<Item = S>) -> Substrings {
        Substrings(
            list.into_iter()
                .map(|p| memchr::memmem::Finder::new(p.as_ref().as_bytes()).into_owned())
                .collect(),
        )
    }

    /// Whether any string of the list occurs in `hay` (as `hay.contains(x)` for some `x`): the
    /// reference [`Self::occurrences`] is tested against.
    #[cfg(test)]
    pub fn in_text(&self, hay: &str) -> bool {
        self.0.iter().any(|f| f.find(hay.as_bytes()).is_some())
    }

    /// Where the strings of the list occur in `text`: one vectorised pass per string over the
    /// whole text, instead of one search per line.
    pub fn occurrences(&self, text: &str) -> Occurrences {
        let mut at: Vec<(usize, usize)> = self
            .0
            .iter()
            .flat_map(|f| {
                let n = f.needle().len();
                f.find_iter(text.as_bytes()).map(move |s| (s, s + n))
            })
            .collect();
        at.sort_unstable();
        Occurrences(at)
    }
}

/// The places where the strings of a [`Substrings`] occur in one text, by start.
pub struct Occurrences(Vec<(usize, usize)>);

impl Occurrences {
    /// Whether one lies inside `[s, e)`: `text[s..e]` contains a string of the list.
    pub fn within(&self, s: usize, e: usize) -> bool {
        let i = self.0.partition_point(|&(a, _)| a < s);
        self.0[i..]
            .iter()
            .take_while(|&&(a, _)| a < e)
            .any(|&(_, b)| b <= e)
    }
}

#[derive(Debug, Clone)]
pub struct OutletInfo {
    pub name: String,
    pub kind: OutletKind,
    /// The first alias written in Cyrillic ("ТАСС" of TASS): the name shown when an article
    /// names the outlet in Cyrillic, in whatever case ("Интерфаксу").
    pub cyrillic: Option<String>,
}

impl OutletInfo {
    /// The name to show for the outlet as `written` in an article: its Cyrillic alias when
    /// written in Cyrillic, else its canonical name.
    pub fn display(&self, written: &str) -> &str {
        match &self.cyrillic {
            Some(c) if crate::text::mostly_cyrillic(written) => c,
            _ => &self.name,
        }
    }
}

fn set(list: &[String]) -> HashSet<String> {
    list.iter().map(|s| s.trim().to_lowercase()).collect()
}

/// A list trimmed and lower-cased, without empty entries, in order.
fn lowered(list: &[String]) -> Vec<String> {
    list.iter()
        .map(|s| s.trim().to_lowercase())
        .filter(|s| !s.is_empty())
        .collect()
}

/// A configuration compiled for matching. It is built once by [`Lexicon::new`]: the word-flag
/// tables, the automaton, the channel flags of outlet phrases and the name-part filter are
/// derived from the lists below, and changing a list afterwards would not reach them.
pub struct Lexicon {
    /// Every phrase, ASCII-lower-cased and matched ignoring ASCII case: a quarter of the states
    /// of an automaton over every case variant, so it stays small and in cache. The DFA is
    /// walked by [`Self::scan`]'s own loop, a table lookup per byte.
    ///
    /// The phrases holding a letter outside ASCII ("El País", "ТАСС") are in a second
    /// automaton, [`Self::rare`]: the byte classes of their letters would more than double the
    /// size of every state of the first, which then fits in cache still less.
    automaton: PhraseAutomaton,
    /// The phrases holding a [`rare_byte`]; scanned only in a text that holds one.
    rare: Option<PhraseAutomaton>,
    /// The case variants that are accepted, each with what it is: a match counts only if its
    /// text is one of its pattern's variants byte for byte.
    variants: Vec<(Box<str>, Entry)>,
    pub outlets: Vec<OutletInfo>,
    /// Lower-cased outlet names and aliases to outlet index.
    pub outlet_names: HashMap<String, u32>,
    pub abbreviations: HashSet<String>,
    /// `language.unit_abbreviations`, lower-cased, without a final stop.
    pub unit_abbreviations: HashSet<String>,
    pub anonymous_heads: HashSet<String>,
    pub anonymous_core_heads: HashSet<String>,
    pub named_heads: HashSet<String>,
    pub titles: HashSet<String>,
    pub institution_heads: HashSet<String>,
    pub document_heads: HashSet<String>,
    pub vague_heads: HashSet<String>,
    pub unconfirmed_heads: HashSet<String>,
    pub journalist_heads: HashSet<String>,
    pub outlet_nouns: HashSet<String>,
    pub non_media_modifiers: HashSet<String>,
    pub web_domains: HashSet<String>,
    pub circulation_words: HashSet<String>,
    pub contact_participles: HashSet<String>,
    pub owned_channel_nouns: HashSet<String>,
    /// `sources.data_site_nouns`, lower-cased.
    pub data_site_nouns: HashSet<String>,
    /// Outlet nouns that need to stand bare or in an outlet-noun pair ("agency").
    pub qualified_outlet_nouns: HashSet<String>,
    /// Outlet nouns by the medium they name (`sources.broadcaster_nouns` …).
    pub medium_nouns: [(OutletKind, HashSet<String>); 5],
    /// `cues.no_comment_final` and `cues.no_comment_final_verbs`, lower-cased.
    pub no_comment_final: Vec<String>,
    pub no_comment_final_verbs: HashSet<String>,
    /// `cues.quoting_split` and `cues.speech_nouns`, lower-cased.
    pub quoting_split: HashSet<String>,
    /// `cues.count_verbs`, lower-cased.
    pub count_verbs: HashSet<String>,
    /// `cues.estimate_verbs`, lower-cased.
    pub estimate_verbs: HashSet<String>,
    /// `cues.closing_report_verbs`, lower-cased.
    pub closing_report_verbs: HashSet<String>,
    /// `sources.role_prefixes`, lower-cased.
    pub role_prefixes: Vec<String>,
    pub speech_nouns: HashSet<String>,
    /// `sources.outlet_agent_cues`, lower-cased.
    pub outlet_agent_cues: Vec<String>,
    /// `sources.publisher_request_cues`, lower-cased.
    pub publisher_request_cues: Vec<String>,
    /// `sources.publisher_closing`, lower-cased.
    pub publisher_closing: Vec<String>,
    /// `sources.publisher_unverified`, lower-cased.
    pub publisher_unverified: HashSet<String>,
    /// `sources.correspondent_reporting`, lower-cased.
    pub correspondent_reporting: Vec<String>,
    pub outlet_name_parts: HashSet<String>,
    /// The first bytes of `outlet_name_parts`: most words cannot be one, and are not hashed.
    name_part_first: [bool; 256],
    pub unspecified_media: HashSet<String>,
    /// `social_conduits` phrases ("telegram channel", "social media"), as one automaton.
    pub social_any: AnyOf,
    pub platforms: HashSet<String>,
    /// `venue_markers` ("published in"), as one automaton.
    pub venue_any: AnyOf,
    /// `basis_of_knowledge` phrases ("familiar with", "briefed on"), as one automaton.
    pub basis_any: AnyOf,
    pub first_hand_objects: HashSet<String>,
    /// `cues.on_air`, lower-cased.
    pub on_air: Vec<String>,
    /// `cues.listener_prepositions`, lower-cased.
    pub listener_prepositions: HashSet<String>,
    /// `cues.publication_verbs`, lower-cased.
    pub publication_verbs: HashSet<String>,
    pub indefinite: HashSet<String>,
    pub definite: HashSet<String>,
    pub possessive: HashSet<String>,
    pub first_person: HashSet<String>,
    /// `grammar.second_person`.
    pub second_person: HashSet<String>,
    pub pronoun_person: HashSet<String>,
    pub pronoun_plural: HashSet<String>,
    pub pronoun_thing: HashSet<String>,
    pub np_stop: HashSet<String>,
    pub np_post_stop: HashSet<String>,
    pub relative: HashSet<String>,
    pub prepositions: HashSet<String>,
    pub clause_joiners: HashSet<String>,
    pub subordinators: HashSet<String>,
    pub passive_auxiliaries: HashSet<String>,
    pub affiliation_prepositions: HashSet<String>,
    pub adverbial_nouns: HashSet<String>,
    pub negations: HashSet<String>,
    pub rank_nouns: HashSet<String>,
    pub negation_adverbs: HashSet<String>,
    pub comparatives: HashSet<String>,
    pub appositive_claim_nouns: Vec<String>,
    pub lead_ins: HashSet<String>,
    /// `grammar.parentheticals`, lower-cased.
    pub parentheticals: HashSet<String>,
    /// The byte length of the longest of `parentheticals`.
    pub parenthetical_max_len: usize,
    /// `grammar.gerund_suffixes`, lower-cased.
    pub gerund_suffixes: Vec<String>,
    /// `grammar.genitive_place_suffixes`, lower-cased.
    pub genitive_place_suffixes: Vec<String>,
    pub modals: HashSet<String>,
    pub infinitive_markers: HashSet<String>,
    /// `grammar.negative_subjects`, lower-cased.
    pub negative_subjects: Vec<String>,
    pub continuations: HashSet<String>,
    pub coordinators: HashSet<String>,
    pub complementizers: HashSet<String>,
    pub adverb_exceptions: HashSet<String>,
    pub articles: HashSet<String>,
    pub back_reference_quantifiers: HashSet<String>,
    pub partitive: HashSet<String>,
    pub partitive_targets: HashSet<String>,
    pub count_two: HashSet<String>,
    pub count_many: HashSet<String>,
    pub name_joiners: HashSet<String>,
    pub inclusion: HashSet<String>,
    pub bare_anonymous: HashSet<String>,
    pub unconfirmed_markers: HashSet<String>,
    pub participle_suffixes: Vec<String>,
    pub past_suffixes: Vec<String>,
    pub verb_subject_order: bool,
    pub noun_describes_name: bool,
    /// `grammar.attribution_back_references`, lower-cased.
    pub attribution_back_references: Vec<String>,
    pub adverb_suffixes: Vec<String>,
    pub plural_suffixes: Vec<String>,
    pub plural_exception_suffixes: Vec<String>,
    pub dative_suffixes: Vec<String>,
    pub dative_exception_suffixes: Vec<String>,
    pub speaker_phrases: Vec<String>,
    pub genitive_plural_suffixes: Vec<String>,
    /// `grammar.name_case_endings`, longest first.
    pub name_case_endings: Vec<String>,
    pub adjective_suffixes: Vec<String>,
    pub participle_phrase_suffixes: Vec<String>,
    pub group_noun_suffixes: Vec<String>,
    pub topic_prepositions: HashSet<String>,
    pub object_case_suffixes: Vec<String>,
    pub person_relatives: HashSet<String>,
    pub place_nouns: HashSet<String>,
    pub question_marks: Vec<String>,
    pub answer_marks: Vec<String>,
    pub representative_heads: HashSet<String>,
    pub female_words: HashSet<String>,
    pub male_words: HashSet<String>,
    pub female_verb_suffixes: Vec<String>,
    pub male_verb_suffixes: Vec<String>,
    pub plural_verb_suffixes: Vec<String>,
    pub plural_adjective_suffixes: Vec<String>,
    pub age_suffixes: Vec<String>,
    pub patterns: LinePatterns,
    /// Lower-cased single words to their [`wf`] set flags ...
    word_flags: HashMap<String, u64>,
    /// ... and those of at most 16 bytes, packed into one integer: the fast path.
    short_flags: StdHashMap<u128, u64, BuildHasherDefault<Fold>>,
    /// One bit per [`bloom_bit`] of every `short_flags` key: most words of an article are in
    /// no set, and one bit test turns them away before the hash lookup.
    short_bloom: Vec<u64>,
    /// Last bytes of the lower-cased adverb, participle and plural suffixes ...
    suffix_ends: [bool; 256],
    /// ... unless one of them is empty (and ends every word).
    empty_suffix: bool,
    /// The longest key of `word_flags`, in bytes: longer words are in no set.
    max_word_len: usize,
    /// Unique to this lexicon in the process ([`Self::id`]).
    id: u64,
}

/// Compiled line patterns for non-claims (see `[patterns]` in the language bundle).
pub struct LinePatterns {
    /// Does a line hold a credit word ("Photo")? Searchers built once, vectorised.
    pub credit_words: Substrings,
    pub trailer_words: Substrings,
    pub timestamp: regex::Regex,
    pub byline: regex::Regex,
    pub trailer: regex::Regex,
    pub credit_line: regex::Regex,
    pub caption_prefix: regex::Regex,
    pub trailing_credit: regex::Regex,
    pub dateline: regex::Regex,
    /// `patterns.commissioned_credit`, when given.
    pub commissioned_credit: Option<regex::Regex>,
    /// `patterns.staff_credit`: compiled on the first caption credit (see [`Self::staff_credit`]).
    staff_credit_pattern: String,
    staff_credit: std::sync::OnceLock<Option<regex::Regex>>,
    /// `patterns.publication_line`, when given.
    pub publication_line: Option<regex::Regex>,
    /// The dateline pattern for reading its groups inside a match of `dateline`, by the PikeVM:
    /// compiled (from `dateline`'s own pattern) on the first dateline, as most texts have none.
    dateline_groups: std::sync::OnceLock<regex_automata::meta::Regex>,
}

impl LinePatterns {
    /// `patterns.staff_credit`, when given: compiled on first use, as most texts have no
    /// caption credit (its Unicode classes cost more to compile than a text to score).
    pub fn staff_credit(&self) -> Option<&regex::Regex> {
        self.staff_credit
            .get_or_init(|| {
                (!self.staff_credit_pattern.is_empty()).then(|| compile(&self.staff_credit_pattern))
            })
            .as_ref()
    }

    /// The groups of the dateline pattern matched at `m` in `line`: the spans of groups 0 to 3.
    pub fn dateline_groups(&self, line: &str, m: &regex::Match) -> [Option<(usize, usize)>; 4] {
        let re = self.dateline_groups.get_or_init(|| {
            // Without the bounded backtracker, whose cost is the pattern's states times the span.
            // Nor the lazy DFA, which an anchored search inside a known match does not need: its
            // reverse automaton doubles the time to compile the pattern.
            let config = regex_automata::meta::Config::new()
                .nfa_size_limit(Some(1 << 22))
                .backtrack(false)
                .hybrid(false);
            regex_automata::meta::Regex::builder()
                .configure(config)
                .build(self.dateline.as_str())
                .unwrap_or_else(|_| {
                    regex_automata::meta::Regex::new(r"[^\s\S]")
                        .expect("valid never-matching pattern")
                })
        });
        let mut caps = re.create_captures();
        // Anchored inside the match: the same match, its groups read over its span only, with
        // look-around still seeing the line.
        let input = regex_automata::Input::new(line)
            .span(m.range())
            .anchored(regex_automata::Anchored::Yes);
        re.search_captures(&input, &mut caps);
        if !caps.is_match() {
            // Not expected (same pattern, same syntax); read the groups the slow way rather
            // than lose the dateline.
            let c = self.dateline.captures(line);
            return std::array::from_fn(|i| {
                c.as_ref()
                    .and_then(|c| c.get(i))
                    .map(|g| (g.start(), g.end()))
            });
        }
        std::array::from_fn(|i| caps.get_group(i).map(|g| (g.start, g.end)))
    }
}

fn compile(p: &str) -> regex::Regex {
    // Configurations are validated before a lexicon is built; an invalid pattern cannot reach
    // here, but fall back to a pattern that never matches rather than panic.
    regex::RegexBuilder::new(p)
        .size_limit(1 << 22)
        .dfa_size_limit(1 << 23)
        .build()
        .unwrap_or_else(|_| regex::Regex::new(r"[^\s\S]").expect("valid never-matching pattern"))
}

/// The case variants a lexicon phrase is matched in: as written, lower case, and with a capital
/// first letter (sentence-initial). Matching is otherwise case-sensitive so that outlet names
/// such as "DR" or "AP" do not match ordinary words.
fn case_variants(p: &str) -> Vec<String> {
    let lower = p.to_lowercase();
    let mut out = vec![p.to_string(), lower.clone()];
    let mut cs = lower.chars();
    if let Some(f) = cs.next() {
        out.push(f.to_uppercase().chain(cs).collect());
    }
    // Title Case, as in headings and captions ("On Condition Of Anonymity").
    if lower.contains(' ') {
        out.push(
            lower
                .split(' ')
                .map(|w| {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect::<String>())
                        .unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    out.sort();
    out.dedup();
    out
}

/// The case forms of a one-word name by the first declension rule whose ending its last part
/// has ("Спорт-Экспресс" → "Спорт-Экспресса", "Спорт-Экспрессу", …). None for a name of
/// several words, an acronym (two capitals in the last part: "ТАСС", "БелТА") or a last part in
/// lower case ("Лента.ру").
fn declined(name: &str, rules: &[crate::config::Declension]) -> Vec<String> {
    let last = name.rsplit(['-', '.']).next().unwrap_or(name);
    let capitals = last.chars().filter(|c| c.is_uppercase()).count();
    if name.contains(char::is_whitespace) || capitals != 1 || !last.starts_with(char::is_uppercase)
    {
        return Vec::new();
    }
    let lower = last.to_lowercase();
    let Some(rule) = rules.iter().find(|r| {
        r.ends
            .iter()
            .any(|e| !e.is_empty() && lower.ends_with(e.as_str()))
    }) else {
        return Vec::new();
    };
    let keep = last.chars().count().saturating_sub(rule.drop);
    if keep == 0 {
        return Vec::new();
    }
    let cut = name.len() - last.len() + last.char_indices().nth(keep).map_or(last.len(), |x| x.0);
    let stem = &name[..cut];
    rule.add.iter().map(|a| format!("{stem}{a}")).collect()
}

impl Lexicon {
    pub fn new(cfg: &Config) -> Lexicon {
        let mut phrases: HashMap<String, Entry> = HashMap::default();
        let mut add =
            |p: &str, kinds: u32, stance: Option<Stance>, outlet: Option<u32>, exact: bool| {
                let p = p.trim();
                if p.is_empty() {
                    return;
                }
                let variants = if exact {
                    vec![p.to_string()]
                } else {
                    case_variants(p)
                };
                for v in variants {
                    let e = phrases.entry(v).or_default();
                    e.kinds |= kinds;
                    if stance.is_some() && e.stance.is_none() {
                        e.stance = stance;
                    }
                    if outlet.is_some() && e.outlet.is_none() {
                        e.outlet = outlet;
                    }
                }
            };
        let c = &cfg.cues;
        let verbs = [
            (&c.neutral, Stance::Neutral),
            (&c.endorse, Stance::Endorse),
            (&c.distance_mild, Stance::DistanceMild),
            (&c.distance_strong, Stance::DistanceStrong),
            (&c.belief, Stance::Belief),
            (&c.deny, Stance::Deny),
        ];
        for (list, st) in verbs {
            for p in list {
                add(p, kind::VERB, Some(st), None, false);
            }
        }
        let simple: [(&Vec<String>, u32); 19] = [
            (&c.according_to, kind::ACCORDING_TO),
            (&c.citing, kind::CITING),
            (&c.quoting, kind::QUOTING),
            (&c.to_channel, kind::TO_CHANNEL),
            (&c.hearsay, kind::HEARSAY),
            (&c.unverified, kind::UNVERIFIED),
            // What an outlet says it could not verify itself is unverified too.
            (&cfg.sources.publisher_unverified, kind::UNVERIFIED),
            (&c.no_comment, kind::NO_COMMENT),
            (&c.corroboration, kind::CORROBORATION),
            (&c.hedges, kind::HEDGE),
            (&c.anonymity, kind::ANONYMITY),
            (&c.anon_reason_substantive, kind::REASON_SUBSTANTIVE),
            (&c.anon_reason_boilerplate, kind::REASON_BOILERPLATE),
            (&c.editor_notes, kind::EDITOR_NOTE),
            (&c.self_reference, kind::SELF_REFERENCE),
            (&c.self_reference_before, kind::SELF_REFERENCE_BEFORE),
            (&c.not_cues, kind::NOT_CUE),
            (&c.quoting_split, kind::QUOTING),
            (&c.interview_back_references, kind::INTERVIEW_BACK_REFERENCE),
        ];
        for (list, k) in simple {
            for p in list {
                add(p, k, None, None, false);
            }
        }
        // Neutral verbs that report only under a condition the scan or attribution tests.
        let conditional: [(&Vec<String>, u32); 3] = [
            (&c.outlet_only, kind::VERB | kind::OUTLET_ONLY),
            (&c.estimate_verbs, kind::VERB),
            (&c.document_verbs, kind::VERB | kind::DOCUMENT_VERB),
        ];
        for (list, k) in conditional {
            for p in list {
                add(p, k, Some(Stance::Neutral), None, false);
            }
        }
        for p in &c.access_only {
            add(
                p,
                kind::SELF_REFERENCE | kind::ACCESS_ONLY,
                None,
                None,
                false,
            );
        }
        for p in &cfg.sources.publisher_request_cues {
            add(p, kind::PUBLISHER_REQUEST, None, None, false);
        }
        // "would not" × "elaborate", "has not" × "commented": no comment, every pair.
        for (frames, verbs) in [
            (&c.no_comment_frames, &c.no_comment_verbs),
            (&c.no_comment_perfect_frames, &c.no_comment_participles),
        ] {
            for f in frames {
                for v in verbs {
                    add(
                        &format!("{} {}", f.trim(), v.trim()),
                        kind::NO_COMMENT,
                        None,
                        None,
                        false,
                    );
                }
            }
        }
        let mut outlets = Vec::new();
        let mut outlet_names = HashMap::default();
        for (i, o) in cfg.outlet.iter().enumerate() {
            let idx = i as u32;
            outlets.push(OutletInfo {
                name: o.name.clone(),
                kind: o.kind,
                cyrillic: o
                    .aliases
                    .iter()
                    .find(|a| crate::text::mostly_cyrillic(a))
                    .map(|a| a.trim().to_string()),
            });
            for n in std::iter::once(&o.name).chain(o.aliases.iter()) {
                let n = n.trim();
                // Names are matched as written; "The X" also matches "the X".
                add(n, kind::OUTLET, None, Some(idx), true);
                if let Some(rest) = n.strip_prefix("The ") {
                    add(&format!("the {rest}"), kind::OUTLET, None, Some(idx), true);
                } else if n.chars().next().is_some_and(|ch| ch.is_lowercase()) {
                    add(&case_variants(n)[0], kind::OUTLET, None, Some(idx), true);
                }
                outlet_names.entry(n.to_lowercase()).or_insert(idx);
            }
        }
        // Case forms of one-word names, after every name as listed, which they do not displace.
        for (i, o) in cfg.outlet.iter().enumerate() {
            let idx = i as u32;
            for n in std::iter::once(&o.name).chain(o.aliases.iter()) {
                for form in declined(n.trim(), &cfg.grammar.name_declension) {
                    if let std::collections::hash_map::Entry::Vacant(v) =
                        outlet_names.entry(form.to_lowercase())
                    {
                        v.insert(idx);
                        add(&form, kind::OUTLET, None, Some(idx), true);
                    }
                }
            }
        }
        let mut pats: Vec<(String, String, Entry)> = phrases
            .into_iter()
            .map(|(p, e)| (p.to_ascii_lowercase(), p, e))
            .collect();
        pats.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        // Keys in order, each with its range of variants, split by whether they hold a rare byte.
        let mut common: (Vec<&str>, Vec<(u32, u32)>) = Default::default();
        let mut rare: (Vec<&str>, Vec<(u32, u32)>) = Default::default();
        let mut last: Option<&str> = None;
        for (i, (key, _, _)) in pats.iter().enumerate() {
            let (keys, groups) = if key.bytes().any(rare_byte) {
                &mut rare
            } else {
                &mut common
            };
            if last == Some(key.as_str()) {
                groups.last_mut().expect("a group per key").1 += 1;
            } else {
                keys.push(key);
                groups.push((i as u32, i as u32 + 1));
            }
            last = Some(key);
        }
        let automaton = PhraseAutomaton::new(&common.0, common.1);
        let rare = (!rare.0.is_empty()).then(|| PhraseAutomaton::new(&rare.0, rare.1));
        let variants = pats
            .into_iter()
            .map(|(_, p, e)| (p.into_boxed_str(), e))
            .collect();
        let s = &cfg.sources;
        let g = &cfg.grammar;
        let mut lex = Lexicon {
            automaton,
            rare,
            variants,
            outlets,
            outlet_names,
            abbreviations: cfg
                .language
                .abbreviations
                .iter()
                .map(|a| a.trim_end_matches('.').to_lowercase())
                .collect(),
            unit_abbreviations: cfg
                .language
                .unit_abbreviations
                .iter()
                .map(|a| a.trim().trim_end_matches('.').to_lowercase())
                .collect(),
            anonymous_heads: set(&s.anonymous_heads),
            anonymous_core_heads: set(&s.anonymous_core_heads),
            named_heads: set(&s.named_heads),
            titles: s
                .titles
                .iter()
                .map(|t| t.trim().trim_end_matches('.').to_lowercase())
                .collect(),
            institution_heads: set(&s.institution_heads),
            document_heads: set(&s.document_heads),
            vague_heads: set(&s.vague_heads),
            unconfirmed_heads: set(&s.unconfirmed_heads),
            journalist_heads: set(&s.journalist_heads),
            outlet_nouns: set(&s.outlet_nouns),
            non_media_modifiers: set(&s.non_media_modifiers),
            web_domains: set(&s.web_domains),
            circulation_words: set(&s.circulation_words),
            contact_participles: set(&s.contact_participles),
            owned_channel_nouns: set(&s.owned_channel_nouns),
            data_site_nouns: set(&s.data_site_nouns),
            qualified_outlet_nouns: set(&s.qualified_outlet_nouns),
            medium_nouns: [
                (OutletKind::Broadcaster, set(&s.broadcaster_nouns)),
                (OutletKind::Newspaper, set(&s.newspaper_nouns)),
                (OutletKind::Agency, set(&s.agency_nouns)),
                (OutletKind::Magazine, set(&s.magazine_nouns)),
                (OutletKind::Online, set(&s.website_nouns)),
            ],
            no_comment_final: lowered(&c.no_comment_final),
            no_comment_final_verbs: set(&c.no_comment_final_verbs),
            quoting_split: set(&c.quoting_split),
            count_verbs: set(&c.count_verbs),
            estimate_verbs: set(&c.estimate_verbs),
            closing_report_verbs: set(&c.closing_report_verbs),
            role_prefixes: lowered(&s.role_prefixes),
            speech_nouns: set(&c.speech_nouns),
            publisher_request_cues: lowered(&s.publisher_request_cues),
            publisher_closing: lowered(&s.publisher_closing),
            publisher_unverified: set(&s.publisher_unverified),
            correspondent_reporting: lowered(&s.correspondent_reporting),
            outlet_agent_cues: lowered(&s.outlet_agent_cues),
            outlet_name_parts: s
                .outlet_name_parts
                .iter()
                .map(|x| x.trim().to_string())
                .collect(),
            name_part_first: [false; 256],
            unspecified_media: set(&s.unspecified_media),
            social_any: AnyOf::new(set(&s.social_conduits)),
            platforms: s.platforms.iter().map(|x| x.trim().to_string()).collect(),
            basis_any: AnyOf::new(s.basis_of_knowledge.iter().map(|x| x.to_lowercase())),
            venue_any: AnyOf::new(s.venue_markers.iter().map(|x| x.to_lowercase())),
            first_hand_objects: set(&c.first_hand_objects),
            on_air: lowered(&c.on_air),
            listener_prepositions: set(&c.listener_prepositions),
            publication_verbs: set(&c.publication_verbs),
            indefinite: set(&g.indefinite),
            definite: set(&g.definite),
            possessive: set(&g.possessive),
            first_person: set(&g.first_person),
            second_person: set(&g.second_person),
            pronoun_person: set(&g.pronoun_person),
            pronoun_plural: set(&g.pronoun_plural),
            pronoun_thing: set(&g.pronoun_thing),
            np_stop: set(&g.np_stop),
            np_post_stop: set(&g.np_post_stop),
            relative: set(&g.relative),
            prepositions: set(&g.prepositions),
            clause_joiners: set(&g.clause_joiners),
            subordinators: set(&g.subordinators),
            passive_auxiliaries: set(&g.passive_auxiliaries),
            affiliation_prepositions: set(&g.affiliation_prepositions),
            adverbial_nouns: set(&g.adverbial_nouns),
            negations: set(&g.negations),
            rank_nouns: set(&g.rank_nouns),
            negation_adverbs: set(&g.negation_adverbs),
            comparatives: set(&g.comparatives),
            appositive_claim_nouns: g
                .appositive_claim_nouns
                .iter()
                .map(|x| x.to_lowercase())
                .collect(),
            lead_ins: set(&g.lead_ins),
            parentheticals: set(&g.parentheticals),
            parenthetical_max_len: g
                .parentheticals
                .iter()
                .map(|p| p.trim().len())
                .max()
                .unwrap_or(0),
            gerund_suffixes: lowered(&g.gerund_suffixes),
            genitive_place_suffixes: lowered(&g.genitive_place_suffixes),
            modals: set(&g.modals),
            infinitive_markers: set(&g.infinitive_markers),
            negative_subjects: lowered(&g.negative_subjects),
            continuations: set(&g.continuations),
            coordinators: set(&g.coordinators),
            complementizers: set(&g.complementizers),
            adverb_exceptions: set(&g.adverb_exceptions),
            articles: set(&g.articles),
            back_reference_quantifiers: set(&g.back_reference_quantifiers),
            partitive: set(&g.partitive),
            partitive_targets: set(&g.partitive_targets),
            count_two: set(&g.count_two),
            count_many: set(&g.count_many),
            name_joiners: set(&g.name_joiners),
            inclusion: set(&g.inclusion),
            bare_anonymous: set(&g.bare_anonymous),
            unconfirmed_markers: set(&g.unconfirmed_markers),
            participle_suffixes: g
                .participle_suffixes
                .iter()
                .map(|x| x.to_lowercase())
                .collect(),
            past_suffixes: g.past_suffixes.iter().map(|x| x.to_lowercase()).collect(),
            verb_subject_order: g.verb_subject_order,
            noun_describes_name: g.noun_describes_name,
            attribution_back_references: g
                .attribution_back_references
                .iter()
                .map(|x| x.to_lowercase())
                .collect(),
            adverb_suffixes: g.adverb_suffixes.iter().map(|x| x.to_lowercase()).collect(),
            plural_suffixes: g.plural_suffixes.iter().map(|x| x.to_lowercase()).collect(),
            dative_suffixes: lowered(&g.dative_suffixes),
            speaker_phrases: lowered(&g.speaker_phrases),
            person_relatives: set(&g.person_relatives),
            place_nouns: set(&g.place_nouns),
            question_marks: g
                .question_marks
                .iter()
                .map(|m| m.trim().to_string())
                .collect(),
            answer_marks: g
                .answer_marks
                .iter()
                .map(|m| m.trim().to_string())
                .collect(),
            representative_heads: set(&g.representative_heads),
            female_words: set(&g.female_words),
            male_words: set(&g.male_words),
            female_verb_suffixes: lowered(&g.female_verb_suffixes),
            male_verb_suffixes: lowered(&g.male_verb_suffixes),
            plural_verb_suffixes: lowered(&g.plural_verb_suffixes),
            plural_adjective_suffixes: lowered(&g.plural_adjective_suffixes),
            age_suffixes: lowered(&g.age_suffixes),
            genitive_plural_suffixes: lowered(&g.genitive_plural_suffixes),
            name_case_endings: {
                let mut v = lowered(&g.name_case_endings);
                v.sort_by_key(|x| std::cmp::Reverse(x.chars().count()));
                v
            },
            adjective_suffixes: lowered(&g.adjective_suffixes),
            participle_phrase_suffixes: lowered(&g.participle_phrase_suffixes),
            group_noun_suffixes: lowered(&g.group_noun_suffixes),
            topic_prepositions: set(&g.topic_prepositions),
            object_case_suffixes: lowered(&g.object_case_suffixes),
            dative_exception_suffixes: lowered(&g.dative_exception_suffixes),
            plural_exception_suffixes: g
                .plural_exception_suffixes
                .iter()
                .map(|x| x.to_lowercase())
                .collect(),
            patterns: {
                let p = &cfg.patterns;
                LinePatterns {
                    credit_words: Substrings::new(&p.credit_words),
                    trailer_words: Substrings::new(&p.trailer_words),
                    timestamp: compile(&p.timestamp),
                    byline: compile(&p.byline),
                    trailer: compile(&p.trailer),
                    credit_line: compile(&p.credit_line),
                    caption_prefix: compile(&p.caption_prefix),
                    trailing_credit: compile(&p.trailing_credit),
                    dateline: compile(&p.dateline),
                    commissioned_credit: (!p.commissioned_credit.is_empty())
                        .then(|| compile(&p.commissioned_credit)),
                    staff_credit_pattern: p.staff_credit.clone(),
                    staff_credit: std::sync::OnceLock::new(),
                    publication_line: (!p.publication_line.is_empty())
                        .then(|| compile(&p.publication_line)),
                    dateline_groups: std::sync::OnceLock::new(),
                }
            },
            word_flags: HashMap::default(),
            short_flags: StdHashMap::default(),
            short_bloom: vec![0; BLOOM_WORDS],
            suffix_ends: [false; 256],
            empty_suffix: false,
            max_word_len: 0,
            id: {
                static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
                NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            },
        };
        let mut flags: HashMap<String, u64> = HashMap::default();
        for (set, bit) in lex.word_sets() {
            for w in set.iter().filter(|w| !w.contains(char::is_whitespace)) {
                *flags.entry(w.clone()).or_default() |= bit;
            }
        }
        for set in [
            &lex.anonymous_heads,
            &lex.named_heads,
            &lex.vague_heads,
            &lex.outlet_nouns,
            &lex.unspecified_media,
        ] {
            for w in set.iter() {
                let mut parts = w.split(' ');
                if let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) {
                    *flags.entry(a.to_string()).or_default() |= wf::BIGRAM_FIRST;
                    *flags.entry(b.to_string()).or_default() |= wf::BIGRAM_SECOND;
                }
            }
        }
        lex.max_word_len = flags.keys().map(String::len).max().unwrap_or(0);
        lex.short_flags = flags
            .iter()
            .filter(|(k, _)| k.len() <= 16)
            .map(|(k, v)| (pack(k.as_bytes()), *v))
            .collect();
        for k in lex.short_flags.keys() {
            let b = bloom_bit(*k);
            lex.short_bloom[b / 64] |= 1 << (b % 64);
        }
        lex.word_flags = flags;
        for p in &lex.outlet_name_parts {
            // (An empty part, which no word holds, is looked up as before.)
            let first = p.as_bytes().first().map_or(0, |&b| usize::from(b));
            lex.name_part_first[first] = true;
        }
        let channel: Vec<bool> = lex
            .variants
            .iter()
            .map(|(v, e)| e.kinds & kind::OUTLET != 0 && lex.names_channel(v))
            .collect();
        for ((_, e), c) in lex.variants.iter_mut().zip(channel) {
            e.channel = c;
        }
        for sfx in lex
            .adverb_suffixes
            .iter()
            .chain(&lex.participle_suffixes)
            .chain(&lex.past_suffixes)
            .chain(&lex.plural_suffixes)
        {
            match sfx.as_bytes().last() {
                Some(&b) => lex.suffix_ends[usize::from(b)] = true,
                None => lex.empty_suffix = true,
            }
        }
        lex
    }

    /// The word sets that single words are tested against, with their flags.
    fn word_sets(&self) -> [(&HashSet<String>, u64); 53] {
        [
            (&self.relative, wf::RELATIVE),
            (&self.prepositions, wf::PREPOSITION),
            (&self.np_stop, wf::NP_STOP),
            (&self.definite, wf::DEFINITE),
            (&self.indefinite, wf::INDEFINITE),
            (&self.possessive, wf::POSSESSIVE),
            (&self.pronoun_person, wf::PRONOUN_PERSON),
            (&self.pronoun_plural, wf::PRONOUN_PLURAL),
            (&self.pronoun_thing, wf::PRONOUN_THING),
            (&self.anonymous_heads, wf::ANONYMOUS_HEAD),
            (&self.vague_heads, wf::VAGUE_HEAD),
            (&self.institution_heads, wf::INSTITUTION_HEAD),
            (&self.document_heads, wf::DOCUMENT_HEAD),
            (&self.journalist_heads, wf::JOURNALIST_HEAD),
            (&self.named_heads, wf::NAMED_HEAD),
            (&self.unconfirmed_heads, wf::UNCONFIRMED_HEAD),
            (&self.inclusion, wf::INCLUSION),
            (&self.outlet_nouns, wf::OUTLET_NOUN),
            (&self.unspecified_media, wf::UNSPECIFIED_MEDIA),
            (&self.first_person, wf::FIRST_PERSON),
            (&self.bare_anonymous, wf::BARE_ANONYMOUS),
            (
                &self.back_reference_quantifiers,
                wf::BACK_REFERENCE_QUANTIFIER,
            ),
            (&self.partitive, wf::PARTITIVE),
            (&self.partitive_targets, wf::PARTITIVE_TARGET),
            (&self.anonymous_core_heads, wf::ANONYMOUS_CORE_HEAD),
            (&self.titles, wf::TITLE),
            (&self.adverb_exceptions, wf::ADVERB_EXCEPTION),
            (&self.name_joiners, wf::NAME_JOINER),
            (&self.clause_joiners, wf::CLAUSE_JOINER),
            (&self.subordinators, wf::SUBORDINATOR),
            (&self.passive_auxiliaries, wf::PASSIVE_AUXILIARY),
            (&self.affiliation_prepositions, wf::AFFILIATION),
            (&self.adverbial_nouns, wf::ADVERBIAL_NOUN),
            (&self.negations, wf::NEGATION),
            (&self.rank_nouns, wf::RANK_NOUN),
            (&self.negation_adverbs, wf::NEGATION_ADVERB),
            (&self.comparatives, wf::COMPARATIVE),
            (&self.non_media_modifiers, wf::NON_MEDIA_MODIFIER),
            (&self.web_domains, wf::WEB_DOMAIN),
            (&self.circulation_words, wf::CIRCULATION),
            (&self.contact_participles, wf::CONTACT_PARTICIPLE),
            (&self.lead_ins, wf::LEAD_IN),
            (&self.coordinators, wf::COORDINATOR),
            (&self.complementizers, wf::COMPLEMENTIZER),
            (&self.continuations, wf::CONTINUATION),
            (&self.np_post_stop, wf::NP_POST_STOP),
            (&self.count_two, wf::COUNT_TWO),
            (&self.count_many, wf::COUNT_MANY),
            (&self.modals, wf::MODAL),
            (&self.infinitive_markers, wf::INFINITIVE_MARKER),
            (&self.articles, wf::ARTICLE),
            (&self.abbreviations, wf::ABBREVIATION),
            (&self.first_hand_objects, wf::FIRST_HAND_OBJECT),
        ]
    }

    /// Whether any-case `word` is, lower-cased, in one of the word sets of `flags` (no
    /// allocation for short ASCII words).
    pub fn word_is(&self, word: &str, flags: u64) -> bool {
        self.word_sets_of(word) & flags != 0
    }

    /// The word-set flags of `word` (lower-cased), to test several sets with one lookup.
    /// The medium an outlet noun names ("broadcaster", "газеты"), if one.
    pub fn medium_of(&self, noun: &str) -> Option<OutletKind> {
        let low = noun.lower();
        self.medium_nouns
            .iter()
            .find(|(_, set)| set.contains(&low))
            .map(|(k, _)| *k)
    }

    /// The medium of an outlet met in an article: a listed one's kind (a wire is an agency; a
    /// state or digital outlet may be called anything: "агентство Bloomberg"), or what an
    /// outlet noun in an unlisted one's name says ("Iranian state television").
    pub fn medium_of_hop(&self, hop: &crate::source::Hop) -> Option<OutletKind> {
        match hop.outlet.map(|oi| self.outlets[oi as usize].kind) {
            Some(OutletKind::Wire) => Some(OutletKind::Agency),
            Some(OutletKind::State | OutletKind::Social | OutletKind::Online) => None,
            Some(k) => Some(k),
            None => hop
                .name
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .rev()
                .find_map(|w| self.medium_of(w)),
        }
    }

    pub fn word_sets_of(&self, word: &str) -> u64 {
        if word.len() <= 16 && word.is_ascii() {
            self.short_lookup(ascii_lower(pack(word.as_bytes())))
        } else {
            self.set_flags(&word.lower())
        }
    }

    /// The set flags of a packed lower-case word of at most 16 bytes.
    fn short_lookup(&self, key: u128) -> u64 {
        let b = bloom_bit(key);
        if self.short_bloom[b / 64] & (1 << (b % 64)) == 0 {
            return 0;
        }
        self.short_flags.get(&key).copied().unwrap_or(0)
    }

    /// The set flags of a lower-cased word, or of the word past a role prefix
    /// (`sources.role_prefixes`: "экс-министр" is read as "министр") when it has none.
    fn set_flags(&self, lower: &str) -> u64 {
        let f = self.plain_set_flags(lower);
        if f != 0 || self.role_prefixes.is_empty() {
            return f;
        }
        self.role_prefixes
            .iter()
            .find_map(|p| lower.strip_prefix(p.as_str()).filter(|r| !r.is_empty()))
            .map_or(0, |rest| self.plain_set_flags(rest))
    }

    fn plain_set_flags(&self, lower: &str) -> u64 {
        if lower.len() <= 16 {
            self.short_lookup(pack(lower.as_bytes()))
        } else if lower.len() <= self.max_word_len {
            self.word_flags.get(lower).copied().unwrap_or(0)
        } else {
            0
        }
    }

    /// The [`wf`] flags of a word in any case, and of its form without a possessive "'s"
    /// ([`crate::text::norm`]). Short ASCII words take [`Self::packed_word_flags`].
    pub fn word_pair_flags(&self, word: &str) -> (u64, u64) {
        if word.len() <= 16 && word.is_ascii() {
            return self.packed_word_flags(pack(word.as_bytes()), word.len());
        }
        let lower = word.lower();
        let flags = |w: &str| self.set_flags(w) | self.suffix_bits(w.as_bytes());
        let f = flags(&lower);
        match lower
            .strip_suffix("'s")
            .or_else(|| lower.strip_suffix("’s"))
        {
            Some(stem) => (f, flags(stem)),
            None => (f, f),
        }
    }

    /// [`Self::word_pair_flags`] of an ASCII word of `n <= 16` bytes packed into `raw` (bytes
    /// past `n` are ignored).
    pub fn packed_word_flags(&self, raw: u128, n: usize) -> (u64, u64) {
        self.key_flags(packed_key(raw, n), n)
    }

    /// [`Self::packed_word_flags`] of a [`packed_key`] of `n` bytes.
    pub fn key_flags(&self, key: u128, n: usize) -> (u64, u64) {
        let bytes = key.to_le_bytes();
        let lower = self.short_lookup(key) | self.suffix_bits(&bytes[..n]);
        let possessive = n >= 2 && key >> (8 * (n - 2)) == u128::from(u16::from_le_bytes(*b"'s"));
        let norm = if possessive {
            self.short_lookup(key & low_bytes(n - 2)) | self.suffix_bits(&bytes[..n - 2])
        } else {
            lower
        };
        (lower, norm)
    }

    /// The suffix flags ([`wf::ADVERB_SUFFIX`], [`wf::PARTICIPLE_SUFFIX`], [`wf::PAST_SUFFIX`],
    /// [`wf::PLURAL`]) of a lower-cased word.
    pub fn suffix_bits(&self, w: &[u8]) -> u64 {
        // Most words end in a letter that ends no suffix.
        if !w.last().is_some_and(|&b| self.suffix_ends[usize::from(b)]) && !self.empty_suffix {
            return 0;
        }
        let ends = |list: &[String], longer: bool| {
            list.iter().any(|s| {
                let s = s.as_bytes();
                // Suffixes are a few bytes: compared in line, back to front, not by memcmp.
                (if longer {
                    w.len() > s.len()
                } else {
                    w.len() >= s.len()
                }) && s.iter().rev().zip(w.iter().rev()).all(|(a, b)| a == b)
            })
        };
        let mut f = 0;
        if ends(&self.adverb_suffixes, true) {
            f |= wf::ADVERB_SUFFIX;
        }
        if ends(&self.participle_suffixes, true) {
            f |= wf::PARTICIPLE_SUFFIX;
        }
        if ends(&self.past_suffixes, true) {
            f |= wf::PAST_SUFFIX;
        }
        if ends(&self.plural_suffixes, true) && !ends(&self.plural_exception_suffixes, false) {
            f |= wf::PLURAL;
        }
        f
    }

    /// Whether the phrase `text[s..e]` stands where a noun does: the word right before it (with
    /// only spaces between) is an article, a possessive or a preposition that is not also an
    /// infinitive marker, a subordinator or a lead-in, and the phrase does not end in a
    /// participle.
    fn noun_position(&self, text: &str, s: usize, e: usize) -> bool {
        let Some((_, prev)) = word_before(text, s) else {
            return false;
        };
        if self.suffix_bits(&text.as_bytes()[s..e]) & wf::PARTICIPLE_SUFFIX != 0 {
            return false;
        }
        let flags = self.word_sets_of(prev);
        // ("Минаков накануне заявил": a lead-in adverb that may also be a preposition.)
        flags & (wf::ARTICLE | wf::POSSESSIVE | wf::PREPOSITION) != 0
            && flags & (wf::INFINITIVE_MARKER | wf::SUBORDINATOR | wf::COMPLEMENTIZER | wf::LEAD_IN)
                == 0
    }

    /// Whether a cue that is also a document noun stands, in its bare form, after an article
    /// or a possessive and one lower-case word that is no plural subject: "its final report",
    /// "an initial report" (not "the analysts report", "the company reports").
    fn document_noun_position(&self, text: &str, s: usize, e: usize) -> bool {
        let w = &text[s..e];
        if w.contains(' ') || w.ends_with('s') || self.word_sets_of(w) & wf::DOCUMENT_HEAD == 0 {
            return false;
        }
        let Some((ps, prev)) = word_before(text, s) else {
            return false;
        };
        if !prev.starts_with(char::is_lowercase) || prev.ends_with('s') {
            return false;
        }
        let not_modifier = wf::PRONOUN
            | wf::RELATIVE
            | wf::MODAL
            | wf::INFINITIVE_MARKER
            | wf::PASSIVE_AUXILIARY
            | wf::COMPLEMENTIZER
            | wf::SUBORDINATOR;
        if self.word_sets_of(prev) & not_modifier != 0 {
            return false;
        }
        word_before(text, ps)
            .is_some_and(|(_, w)| self.word_sets_of(w) & (wf::ARTICLE | wf::POSSESSIVE) != 0)
    }

    /// Whether a one-word cue in a plural form stands where a plural noun does: after one
    /// lower-case word that follows an inclusion word ("including delivery notes"). (Not after
    /// any verb in "-ing": "fuelling fears" is a noun, but that rule cost more claims than it
    /// won when measured.)
    fn plural_noun_position(&self, text: &str, s: usize, e: usize) -> bool {
        let w = &text.as_bytes()[s..e];
        if w.contains(&b' ') || self.suffix_bits(w) & wf::PLURAL == 0 {
            return false;
        }
        let Some((ps, prev)) = word_before(text, s) else {
            return false;
        };
        if !prev.starts_with(char::is_lowercase) {
            return false;
        }
        let flags = self.word_sets_of(prev);
        if flags & (wf::PRONOUN | wf::RELATIVE | wf::DETERMINER) != 0 {
            return false;
        }
        word_before(text, ps).is_some_and(|(_, w)| self.word_sets_of(w) & wf::INCLUSION != 0)
    }

    /// Whether a one-word cue is followed by a modal or an auxiliary, as a noun subject is and a
    /// verb never is ("Neither side's battlefield claims could be verified", "reports were").
    fn before_auxiliary(&self, text: &str, s: usize, e: usize) -> bool {
        if text[s..e].contains(char::is_whitespace) {
            return false;
        }
        let rest = &text[e..];
        let rest = rest.strip_prefix(' ').unwrap_or("");
        let next = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        !next.is_empty()
            && self.word_sets_of(next) & (wf::MODAL | wf::PASSIVE_AUXILIARY) != 0
            && !self.after_relative_subject(text, s)
    }

    /// Whether a relative and a subject come right before `s`: "a move that Bloomberg News
    /// reported was followed by …", "which he said was": the verb of the relative clause, whose
    /// object is the clause after it. The subject is one to three capitalised words or a
    /// person pronoun; the relative is no subordinator ("when", "while").
    fn after_relative_subject(&self, text: &str, s: usize) -> bool {
        let mut words = text[..s]
            .rsplit(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty());
        for n in 0..4 {
            let Some(w) = words.next() else {
                return false;
            };
            if !w.chars().all(char::is_alphanumeric) {
                return false;
            }
            let sets = self.word_sets_of(w);
            if n > 0 && sets & wf::RELATIVE != 0 && sets & wf::SUBORDINATOR == 0 {
                return true;
            }
            let subject =
                w.starts_with(char::is_uppercase) || (n == 0 && sets & wf::PRONOUN_PERSON != 0);
            if !subject || (n > 0 && sets & wf::PRONOUN_PERSON != 0) {
                return false;
            }
        }
        false
    }

    /// One pass over the text: every lexicon phrase that starts and ends at a word boundary.
    /// "The survey put support for a wider ban at just 44%": an estimate verb reports only with
    /// a figure after "at" in its sentence, within 14 words ("put the bag on the table",
    /// "puts a real offer on the table" report nothing).
    fn estimate_without_figure(&self, text: &str, s: usize, e: usize) -> bool {
        // (Called for every verb hit: lower-cased only when some estimate verb has its length.)
        let same_length = self.estimate_verbs.iter().any(|v| v.len() == e - s);
        if !same_length || !self.estimate_verbs.contains(&text[s..e].lower()) {
            return false;
        }
        let rest = &text[e..floor_char(text, e + 240)];
        // The sentence ends at a stop before a space ("$6.99" goes on) or a line break.
        let end = rest
            .char_indices()
            .find(|&(i, c)| {
                "!?;\n".contains(c)
                    || c == '.' && rest[i + 1..].chars().next().is_none_or(char::is_whitespace)
            })
            .map_or(rest.len(), |(i, _)| i);
        let mut words = rest[..end].split_whitespace();
        if !words.by_ref().take(15).any(|w| w == "at") {
            return true;
        }
        !words
            .take(4)
            .any(|w| w.contains(|c: char| c.is_ascii_digit() || "$£€¥%".contains(c)))
    }

    /// "The minutes also record that …": a document verb reports only when a document noun is
    /// among the first six words of its sentence ("He recorded 14 points" reports nothing).
    fn document_verb_without_document(&self, text: &str, s: usize, e: usize) -> bool {
        let before = &text[floor_char(text, s.saturating_sub(240))..s];
        // The sentence opens after the last stop before a space, or a line break.
        let start = before
            .char_indices()
            .rev()
            .find(|&(i, c)| {
                c == '\n'
                    || ".!?".contains(c)
                        && before[i + 1..]
                            .chars()
                            .next()
                            .is_some_and(char::is_whitespace)
            })
            .map_or(0, |(i, c)| i + c.len_utf8());
        // Right after the document noun, an adverb ("also"), a figure ("dated March 3") or the
        // comma that closes a phrase about it, and before an object: not "without giving
        // details", "no comparable delivery record\"".
        let prev = before[start..].split_whitespace().next_back().unwrap_or("");
        let prev_word = prev.trim_matches(|c: char| !c.is_alphanumeric());
        let after_subject = prev.ends_with(',')
            || prev_word.starts_with(|c: char| c.is_ascii_digit())
            || !prev_word.is_empty()
                && self.word_sets_of(prev_word)
                    & (wf::DOCUMENT_HEAD | wf::ADVERB_SUFFIX | wf::NEGATION_ADVERB)
                    != 0;
        let object_next = text[e..].starts_with(' ');
        if !after_subject || !object_next {
            return true;
        }
        let opening = &before[start..];
        !opening
            .split_whitespace()
            .take(6)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .any(|w| !w.is_empty() && self.word_sets_of(w) & wf::DOCUMENT_HEAD != 0)
    }

    pub fn scan(&self, text: &str) -> Vec<Hit> {
        // Every match at word boundaries, then the leftmost-longest non-overlapping ones: a
        // phrase that fails its boundary ("said on" in "said one") must not hide a shorter one.
        let mut all: Vec<(usize, usize, usize)> = Vec::new();
        self.automaton.matches(text, &self.variants, &mut all);
        if let Some(rare) = &self.rare {
            // 32 bytes at a time, without an early exit, so that the test is vectorised.
            let rare_in = |c: &[u8]| c.iter().fold(false, |m, &b| m | rare_byte(b));
            if text.as_bytes().chunks(32).any(rare_in) {
                rare.matches(text, &self.variants, &mut all);
            }
        }
        // Of two matches of one span, a name as written («Интерфакс-Украина») goes before an
        // outlet's name stretched over a regional edition («Интерфакс» + «-Украина»).
        let stretched = |m: &(usize, usize, usize)| self.variants[m.2].0.len() != m.1 - m.0;
        all.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(b.1.cmp(&a.1))
                .then_with(|| stretched(a).cmp(&stretched(b)))
        });
        // Where verb cues start, for a cue in "-s" right before another ("Media reports said",
        // "Reports suggest"): that one is a plural noun, the subject.
        // Not one that is itself in "-s" ("The minister confirms reports that …").
        let verb_at = |at: usize| {
            let i = all.partition_point(|m| m.0 < at);
            all[i..].iter().take_while(|m| m.0 == at).any(|m| {
                self.variants[m.2].1.kinds & kind::VERB != 0 && !text[m.0..m.1].ends_with('s')
            })
        };
        let noun_before_verb = |s: usize, e: usize| {
            let w = &text[s..e];
            w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.contains(' ')
                && text[e..].starts_with(' ')
                && verb_at(e + 1)
        };
        let mut hits = Vec::new();
        let mut last_end = 0;
        for &(s, e, v) in &all {
            if s < last_end {
                continue;
            }
            let mut entry = self.variants[v].1;
            // "carried out": it hides the cue inside it, and is not a hit itself.
            if entry.kinds == kind::NOT_CUE {
                last_end = e;
                continue;
            }
            // A capitalised cue in mid-sentence is a name ("Secretary of State"), not a cue. One
            // that opens a line opens a sentence, whatever ends the line before (a heading).
            if entry.kinds != kind::OUTLET && text[s..].starts_with(char::is_uppercase) {
                let before = text[..s].trim_end();
                let prev = before.chars().next_back();
                let new_line = text[before.len()..s].contains('\n');
                if !new_line && prev.is_some_and(|p| p.is_alphanumeric() || p == ',') {
                    entry.kinds &= kind::OUTLET;
                    entry.stance = None;
                    if entry.kinds == 0 {
                        continue;
                    }
                }
            }
            // A verb cue right after an article, a possessive or a preposition is a noun ("at
            // state grid operator", "his claims"); a form in "-ing" stays a verb ("after
            // telling reporters").
            // Nor is it a verb right after a cue that takes an object ("citing state
            // broadcaster TNBC", "according to state media").
            let after_object_cue = hits.last().is_some_and(|p: &Hit| {
                p.entry.kinds & (kind::CITING | kind::QUOTING | kind::ACCORDING_TO) != 0
                    && p.entry.kinds & kind::VERB == 0
                    && text[p.end..s].trim().is_empty()
            });
            if entry.kinds & kind::VERB != 0
                && (after_object_cue
                    || self.noun_position(text, s, e)
                    || self.before_auxiliary(text, s, e)
                    || self.plural_noun_position(text, s, e)
                    || self.document_noun_position(text, s, e)
                    || self.estimate_without_figure(text, s, e)
                    || entry.kinds & kind::DOCUMENT_VERB != 0
                        && self.document_verb_without_document(text, s, e)
                    || noun_before_verb(s, e))
            {
                entry.kinds &= !(kind::VERB | kind::DOCUMENT_VERB);
                entry.stance = None;
                if entry.kinds == 0 {
                    continue;
                }
            }
            entry.kinds &= !kind::DOCUMENT_VERB;
            // "The Independent Retailers Association", "the Reuters Institute": an outlet's
            // name that opens an organisation's longer name is not the outlet.
            if entry.kinds & kind::OUTLET != 0 && self.opens_institution_name(text, e) {
                entry.kinds &= !kind::OUTLET;
                entry.outlet = None;
                if entry.kinds == 0 {
                    continue;
                }
            }
            last_end = e;
            hits.push(Hit {
                start: s,
                end: e,
                entry,
            });
        }
        if !self.quoting_split.is_empty() {
            self.keep_split_quoting(text, &mut hits);
        }
        if !self.no_comment_final.is_empty() {
            self.add_final_refusals(text, &mut hits);
        }
        hits
    }

    /// "но назвать сумму сделки отказался": a refusal that closes its clause, with one of its
    /// infinitives up to four words before it in the same clause, is a no-comment phrase from
    /// the infinitive to the refusal.
    fn add_final_refusals(&self, text: &str, hits: &mut Vec<Hit>) {
        let mut found = Vec::new();
        for refusal in &self.no_comment_final {
            // The match is byte for byte the lower-cased entry, so never capitalised.
            for at in memchr::memmem::find_iter(text.as_bytes(), refusal.as_bytes()) {
                let end = at + refusal.len();
                if text[..at].ends_with(char::is_alphanumeric)
                    || text[end..].starts_with(char::is_alphanumeric)
                {
                    continue;
                }
                let lo = crate::text::floor_char(text, at.saturating_sub(80));
                let clause_start = text[lo..at]
                    .rfind([',', '.', ';', ':', '!', '?', '«', '»', '"', '—'])
                    .map_or(lo, |i| {
                        lo + i + text[lo + i..].chars().next().map_or(1, char::len_utf8)
                    });
                let Some(start) = text[clause_start..at]
                    .split_whitespace()
                    .rev()
                    .take(5)
                    .find(|w| self.no_comment_final_verbs.contains(&w.lower()))
                    .map(|w| w.as_ptr() as usize - text.as_ptr() as usize)
                else {
                    continue;
                };
                // Not over a phrase the scan found (hits are sorted and do not overlap).
                let i = hits.partition_point(|h| h.start < end);
                if i > 0 && hits[i - 1].end > start {
                    continue;
                }
                found.push(Hit {
                    start,
                    end,
                    entry: Entry {
                        kinds: kind::NO_COMMENT,
                        stance: None,
                        outlet: None,
                        channel: false,
                    },
                });
            }
        }
        if !found.is_empty() {
            hits.extend(found);
            hits.sort_by_key(|h| h.start);
        }
    }

    /// Whether up to four capitalised words right after `e` end in an institution's head
    /// noun that is no outlet noun ("… Retailers Association", "… Institute").
    fn opens_institution_name(&self, text: &str, e: usize) -> bool {
        let mut rest = &text[e..];
        for _ in 0..4 {
            let Some(r) = rest.strip_prefix(' ') else {
                return false;
            };
            let len = r
                .find(|c: char| !(c.is_alphanumeric() || c == '-'))
                .unwrap_or(r.len());
            let word = &r[..len];
            if !word.starts_with(char::is_uppercase) {
                return false;
            }
            let f = self.word_sets_of(word);
            if f & wf::INSTITUTION_HEAD != 0 && f & wf::OUTLET_NOUN == 0 {
                return true;
            }
            // "The Information Commissioner's Office": past a possessive ending.
            rest = r[len..]
                .strip_prefix("'s")
                .or_else(|| r[len..].strip_prefix("’s"))
                .unwrap_or(&r[len..]);
        }
        false
    }

    /// A split quoting verb quotes only before a speech noun with an outlet or a personal
    /// pronoun between ("приводит ТАСС слова министра", "приводит его слова ТАСС", "приводит
    /// агентство её слова"); otherwise its hit is dropped ("приводит к росту цен").
    fn keep_split_quoting(&self, text: &str, hits: &mut Vec<Hit>) {
        let edge = |c: char| c.is_whitespace() || crate::text::is_quote_char(c);
        // The word at `pos` (past spaces and quotation marks), lower-cased, and its end.
        let word_at = |pos: usize| {
            let rest = text[pos..].trim_start_matches(edge);
            let start = text.len() - rest.len();
            // A hyphenated word is one ("пресс-служба").
            let len = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '-'))
                .unwrap_or(rest.len());
            (rest[..len].lower(), start + len)
        };
        let keep: Vec<bool> = (0..hits.len())
            .map(|i| {
                let h = &hits[i];
                if !h.is(kind::QUOTING)
                    || !self.quoting_split.contains(&text[h.start..h.end].lower())
                {
                    return true;
                }
                let outlet = hits.get(i + 1).filter(|o| {
                    o.is(kind::OUTLET) && text[h.end..o.start].trim_matches(edge).is_empty()
                });
                // An outlet's name or noun ("приводит издание слова защитника"), one word
                // that is no preposition ("приводит пресс-служба слова губернатора"), or a
                // pronoun.
                let (pos, noun) = match outlet {
                    Some(o) => (o.end, false),
                    None => match word_at(h.end) {
                        (w, end) if self.outlet_nouns.contains(&w) => (end, true),
                        (w, end)
                            if !w.is_empty()
                                && self.word_sets_of(&w) & wf::PREPOSITION == 0
                                && !self.pronoun_person.contains(&w)
                                && !self.pronoun_plural.contains(&w)
                                && self.speech_nouns.contains(&word_at(end).0) =>
                        {
                            (end, true)
                        }
                        _ => (h.end, false),
                    },
                };
                let (w, end) = word_at(pos);
                let pronoun = self.pronoun_person.contains(&w) || self.pronoun_plural.contains(&w);
                let pos = if pronoun { end } else { pos };
                (outlet.is_some() || noun || pronoun) && self.speech_nouns.contains(&word_at(pos).0)
            })
            .collect();
        let mut k = keep.iter();
        hits.retain(|_| *k.next().unwrap_or(&true));
    }

    /// Unique to this lexicon in the process: memos of its answers ([`crate::words`]) are
    /// kept per lexicon.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Whether a phrase names a social or unspecified media channel: it holds a social
    /// conduit or an unspecified-media phrase ([`Entry::channel`]).
    fn names_channel(&self, phrase: &str) -> bool {
        let m = phrase.lower();
        self.social_any.in_text(&m)
            || self
                .unspecified_media
                .iter()
                .any(|c| m.contains(c.as_str()))
    }

    /// Whether `part` (of a word, split at hyphens and apostrophes) is an outlet name part
    /// ("Herald"), as written.
    pub fn is_outlet_name_part(&self, part: &str) -> bool {
        let first = part.as_bytes().first().map_or(0, |&b| usize::from(b));
        self.name_part_first[first] && self.outlet_name_parts.contains(part)
    }

    /// The outlet a lower-cased name refers to, if it is a known outlet.
    pub fn outlet_by_name(&self, name: &str) -> Option<u32> {
        self.outlet_names.get(&name.trim().lower()).copied()
    }
}

/// The word (letters and digits) that ends right before `at` with only spaces or tabs between,
/// and where it starts; none when nothing separates them or no word is there.
fn word_before(text: &str, at: usize) -> Option<(usize, &str)> {
    let before = text[..at].trim_end_matches([' ', '\t']);
    if before.len() == at {
        return None;
    }
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| crate::text::is_alnum(c))
        .last()?
        .0;
    Some((start, &before[start..]))
}

/// A byte of a letter outside ASCII: a lead byte of U+00C0 and above, except 0xE2, which
/// opens the general punctuation of news text (curly quotes, dashes). 0xC2 (U+0080 to
/// U+00BF: no-break space, « ») and continuation bytes are not rare. Every phrase with such a
/// letter holds a rare byte, so a text without one matches none of them.
fn rare_byte(b: u8) -> bool {
    b >= 0xC3 && b != 0xE2
}

/// An automaton over some of the lexicon's lower-cased keys, each with its range in
/// [`Lexicon::variants`].
struct PhraseAutomaton {
    dfa: dfa::DFA,
    groups: Vec<(u32, u32)>,
    /// The longest key, in bytes.
    max_len: usize,
}

impl PhraseAutomaton {
    fn new(keys: &[&str], groups: Vec<(u32, u32)>) -> PhraseAutomaton {
        let dfa = dfa::Builder::new()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .prefilter(false)
            .build(keys)
            .expect("lexicon automaton builds");
        let max_len = keys.iter().map(|k| k.len()).max().unwrap_or(0);
        PhraseAutomaton {
            dfa,
            groups,
            max_len,
        }
    }

    /// Every match at word boundaries, overlapping ones too, as (start, end, variant): the
    /// DFA's state after each byte, and the patterns that end there when it is a match state
    /// (a special state that is not dead: an unanchored search never dies).
    ///
    /// Each step waits for the last one's table lookup, so a long text is read as [`LANES`]
    /// slices at once, whose lookups overlap. A slice's walk starts `max_len` bytes early: an
    /// unanchored automaton's state is the longest pattern prefix ending at the byte, so it is
    /// exact by the slice's start, and matches are kept only from there.
    fn matches(
        &self,
        text: &str,
        variants: &[(Box<str>, Entry)],
        all: &mut Vec<(usize, usize, usize)>,
    ) {
        const LANES: usize = 4;
        let bytes = text.as_bytes();
        let dfa = &self.dfa;
        let Ok(start) = dfa.start_state(Anchored::No) else {
            return;
        };
        let n = bytes.len();
        let chunk = n.div_ceil(LANES);
        if chunk < 4 * self.max_len {
            let mut sid = start;
            for (i, &b) in bytes.iter().enumerate() {
                sid = dfa.next_state(Anchored::No, sid, b);
                self.report(text, variants, sid, i + 1, all);
            }
            return;
        }
        // Lane c reports matches ending in (lo[c], lo[c] + chunk].
        let lo: [usize; LANES] = std::array::from_fn(|c| (c * chunk).min(n));
        let mut sid = [start; LANES];
        for c in 1..LANES {
            for &b in &bytes[lo[c] - self.max_len..lo[c]] {
                sid[c] = dfa.next_state(Anchored::No, sid[c], b);
            }
        }
        let last = n - lo[LANES - 1];
        for k in 0..last {
            for c in 0..LANES {
                let i = lo[c] + k;
                sid[c] = dfa.next_state(Anchored::No, sid[c], bytes[i]);
                if dfa.is_special(sid[c]) {
                    self.report(text, variants, sid[c], i + 1, all);
                }
            }
        }
        for c in 0..LANES - 1 {
            let from = lo[c] + last;
            for (i, &b) in bytes[from..lo[c + 1]].iter().enumerate() {
                sid[c] = dfa.next_state(Anchored::No, sid[c], b);
                self.report(text, variants, sid[c], from + i + 1, all);
            }
        }
    }

    /// The matches of state `sid`, reached after byte `e - 1`, at word boundaries.
    #[inline]
    fn report(
        &self,
        text: &str,
        variants: &[(Box<str>, Entry)],
        sid: aho_corasick::automaton::StateID,
        e: usize,
        all: &mut Vec<(usize, usize, usize)>,
    ) {
        let dfa = &self.dfa;
        if !dfa.is_special(sid) || !dfa.is_match(sid) {
            return;
        }
        let bytes = text.as_bytes();
        for k in 0..dfa.match_len(sid) {
            let pid = dfa.match_pattern(sid, k);
            let s = e - dfa.pattern_len(pid);
            let (from, to) = self.groups[pid.as_usize()];
            let found = &bytes[s..e];
            let Some(v) = (from as usize..to as usize).find(|&v| variants[v].0.as_bytes() == found)
            else {
                continue;
            };
            if !boundary_before(text, s) {
                continue;
            }
            if boundary_after(text, e) {
                all.push((s, e, v));
            } else if variants[v].1.kinds & kind::OUTLET != 0 {
                // «Интерфакс-Урал», «Коммерсантъ-Волга»: a regional edition of an outlet,
                // the outlet's name, a hyphen and a capitalised Cyrillic word, is the outlet.
                if let Some(end) = regional_edition_end(text, e) {
                    all.push((s, end, v));
                }
            }
        }
    }
}

/// The end of «-Урал» in «Интерфакс-Урал»: a hyphen at `e` and a word opening with a Cyrillic
/// capital after it.
fn regional_edition_end(text: &str, e: usize) -> Option<usize> {
    let rest = text[e..].strip_prefix('-')?;
    let first = rest.chars().next()?;
    if !matches!(first, 'А'..='Я' | 'Ё') {
        return None;
    }
    let len: usize = rest
        .chars()
        .take_while(|&c| is_word_char(c))
        .map(char::len_utf8)
        .sum();
    Some(e + 1 + len)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// A hyphen glued to a word ("no-reply", "add-ons") keeps the word going.
fn is_joiner(c: char) -> bool {
    c == '-' || c == '\u{2011}'
}

fn boundary_before(text: &str, s: usize) -> bool {
    if s == 0 {
        return true;
    }
    let prev = text[..s].chars().next_back().unwrap_or(' ');
    let first = text[s..].chars().next().unwrap_or(' ');
    !((is_word_char(prev) || is_joiner(prev)) && is_word_char(first))
}

fn boundary_after(text: &str, e: usize) -> bool {
    if e >= text.len() {
        return true;
    }
    let next = text[e..].chars().next().unwrap_or(' ');
    let last = text[..e].chars().next_back().unwrap_or(' ');
    !((is_word_char(next) || is_joiner(next)) && is_word_char(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_word_outlet_names_are_matched_in_their_case_forms() {
        let ru = Config::for_language("ru").expect("the Russian configuration");
        let rules = &ru.grammar.name_declension;
        assert_eq!(
            declined("Спорт-Экспресс", rules),
            [
                "Спорт-Экспресса",
                "Спорт-Экспрессу",
                "Спорт-Экспрессом",
                "Спорт-Экспрессе"
            ]
        );
        assert_eq!(
            declined("Коммерсантъ", rules),
            ["Коммерсанта", "Коммерсанту", "Коммерсантом", "Коммерсанте"]
        );
        assert_eq!(
            declined("Фонтанка", rules),
            ["Фонтанки", "Фонтанке", "Фонтанку", "Фонтанкой"]
        );
        // Acronyms, names of several words, a vowel before "а", a lower-case last part.
        for left in [
            "ТАСС",
            "БелТА",
            "Эхо Москвы",
            "Синьхуа",
            "Лента.ру",
            "Известия",
            "Reuters",
        ] {
            assert!(declined(left, rules).is_empty(), "{left}");
        }
        // A rule that would drop more letters than the name has adds nothing.
        let greedy = [crate::config::Declension {
            ends: vec!["с".into()],
            drop: 9,
            add: vec!["а".into()],
        }];
        assert!(declined("Ас", &greedy).is_empty());
        let lex = Lexicon::new(&ru);
        let text = "Как рассказал источник «Росбалта», сделка сорвалась.";
        let hit = lex
            .scan(text)
            .into_iter()
            .find(|h| h.is(kind::OUTLET))
            .expect("the outlet in its genitive form");
        assert_eq!(&text[hit.start..hit.end], "Росбалта");
        assert_eq!(
            lex.outlet_by_name("Росбалта")
                .map(|i| lex.outlets[i as usize].name.as_str()),
            Some("Rosbalt")
        );
    }

    #[test]
    fn any_of_in_any_case_is_any_of_the_lower_cased_text() {
        let any = AnyOf::new(["documents seen by", "according to people familiar", "ölçüm"]);
        for hay in [
            "Documents SEEN BY the paper",
            "ACCORDING to People Familiar with it",
            "according to people",
            "Ölçüm ve DOCUMENTS seen by Ölçüm",
            "ÖLÇÜM",
            "İstanbul documents seen by",
            "",
        ] {
            let want = any.in_text(&hay.to_lowercase());
            assert_eq!(any.in_text_any_case(hay), want, "{hay:?}");
        }
        assert!(any.in_text_any_case("Documents Seen By"));
        assert!(!any.in_text_any_case("documents were seen"));
        assert!(!AnyOf::new(Vec::<String>::new()).in_text_any_case("anything"));
    }

    #[test]
    fn packed_keys_lower_case_every_byte_at_every_length() {
        // Both paths (up to eight bytes, and longer) against byte-wise lower-casing, for every
        // byte value in every position and every length.
        for b in 0..=255u8 {
            for pos in 0..16 {
                let mut bytes = *b"Mixed-Case Words";
                bytes[pos] = b;
                let raw = u128::from_le_bytes(bytes);
                for n in 0..=16 {
                    let mut lower = [0u8; 16];
                    lower[..n].copy_from_slice(&bytes[..n].to_ascii_lowercase());
                    let want = u128::from_le_bytes(lower);
                    assert_eq!(packed_key(raw, n), want, "byte {b:#x} at {pos}, n {n}");
                }
            }
        }
        let key = packed_key(u128::from_le_bytes(*b"ReUTERS's xxxxxx"), 9);
        assert_eq!(&key.to_le_bytes()[..10], b"reuters's\0");
    }

    #[test]
    fn occurrences_within_a_span_are_substrings_of_it() {
        let words = Substrings::new(["Photo", "photo)", "aa"]);
        let text = "Photo: X\nA line (AP photo) here\nbaaa\nnothing";
        let occ = words.occurrences(text);
        let mut s = 0;
        for line in text.split('\n') {
            let e = s + line.len();
            assert_eq!(occ.within(s, e), words.in_text(line), "{line:?}");
            // A span that cuts an occurrence does not hold it.
            if e > s + 1 {
                assert_eq!(
                    occ.within(s + 1, e - 1),
                    words.in_text(&line[1..line.len() - 1])
                );
            }
            s = e + 1;
        }
    }

    #[test]
    fn a_long_text_read_in_slices_finds_every_phrase_once() {
        // Texts long enough to be read as several slices at once, of varied lengths so that
        // the slices' edges fall inside phrases: the hits are those of each sentence alone.
        let lex = Lexicon::new(&Config::default());
        let sentence = "According to people familiar with the matter, The New York Times said, \
                        citing ТАСС, that Reuters reported it. ";
        let one: Vec<(usize, usize)> = lex
            .scan(sentence)
            .iter()
            .map(|h| (h.start, h.end))
            .collect();
        assert!(one.len() >= 5, "{one:?}");
        for pad in 0..60 {
            let text = format!("{}{}", " ".repeat(pad), sentence.repeat(40));
            let got: Vec<(usize, usize)> =
                lex.scan(&text).iter().map(|h| (h.start, h.end)).collect();
            let want: Vec<(usize, usize)> = (0..40)
                .flat_map(|r| one.iter().map(move |&(s, e)| (s, e, r)))
                .map(|(s, e, r)| (pad + r * sentence.len() + s, pad + r * sentence.len() + e))
                .collect();
            assert_eq!(got, want, "padding {pad}");
        }
    }

    /// The default lexicon's hits in `text`, and their texts.
    fn scanned(text: &str) -> (Vec<Hit>, Vec<&str>) {
        let hits = Lexicon::new(&Config::default()).scan(text);
        let words = hits.iter().map(|h| &text[h.start..h.end]).collect();
        (hits, words)
    }

    #[test]
    fn scan_respects_word_boundaries_and_case() {
        let text = "Dr. Smith said it was unsaid, Reuters reported, according to AP.";
        let (_, words) = scanned(text);
        assert!(words.contains(&"said"));
        assert!(!words.contains(&"unsaid"));
        assert!(words.contains(&"Reuters"));
        assert!(words.contains(&"according to"));
        assert!(words.contains(&"AP"));
        assert!(!words.contains(&"Dr"));
    }

    #[test]
    fn a_phrase_failing_its_boundary_does_not_hide_a_shorter_one() {
        // Overlapping matches: "according to" inside a longer run of letters is no phrase,
        // and the cue that a longer candidate starts with still counts.
        let text = "Officials said. Accordingtoday, sources told Reutersx and told AP.";
        let (hits, words) = scanned(text);
        assert_eq!(words, vec!["said", "told", "told", "AP"], "{hits:?}");
        // Hits come in order and never overlap.
        assert!(hits.windows(2).all(|p| p[0].end <= p[1].start));
    }

    #[test]
    fn phrases_carry_several_kinds() {
        let lex = Lexicon::new(&Config::default());
        let text = "She told Reuters.";
        let h = lex
            .scan(text)
            .into_iter()
            .find(|h| &text[h.start..h.end] == "told")
            .unwrap();
        assert!(h.is(kind::VERB) && h.is(kind::TO_CHANNEL));
    }

    #[test]
    fn a_verb_cue_where_a_noun_stands_is_no_verb() {
        let lex = Lexicon::new(&Config::default());
        let verbs = |text: &str| -> Vec<String> {
            lex.scan(text)
                .iter()
                .filter(|h| h.is(kind::VERB))
                .map(|h| text[h.start..h.end].to_string())
                .collect()
        };
        assert!(verbs("Officials at state utility Eskom agreed.").is_empty());
        assert!(verbs("He repeated his claims.").is_empty());
        // Not after an infinitive marker, and an "-ing" form after a preposition is a verb.
        assert_eq!(verbs("He declined to state his reasons."), ["state"]);
        assert_eq!(verbs("He left after telling reporters."), ["telling"]);
        assert_eq!(verbs("The minister said so."), ["said"]);
        // A plural form after an inclusion word and one more word is a noun.
        assert!(verbs("Records leaked, including delivery notes and codes.").is_empty());
        assert_eq!(
            verbs("Including Sunday, the minister notes, it rained."),
            ["notes"]
        );
    }

    #[test]
    fn phrases_with_letters_outside_ascii_are_found_beside_the_others() {
        // "El País" and "ТАСС" live in the second automaton, "said" and "Reuters" in the first:
        // both passes feed one leftmost-longest selection.
        let text = "El País said, citing ТАСС and Reuters, that Clarín agreed.";
        let (hits, found) = scanned(text);
        assert_eq!(
            found,
            ["El País", "said", "citing", "ТАСС", "Reuters", "Clarín"]
        );
        assert!(hits.windows(2).all(|w| w[0].end <= w[1].start));
        // A text without a letter outside ASCII skips the second pass and loses nothing.
        let (_, found) = scanned("Reuters said the talks ended.");
        assert_eq!(found, ["Reuters", "said"]);
        // Every phrase is in exactly one of the two automata.
        let lex = Lexicon::new(&Config::default());
        let rare = lex.rare.as_ref().map_or(0, |r| r.groups.len());
        let keys: std::collections::HashSet<String> = lex
            .variants
            .iter()
            .map(|v| v.0.to_ascii_lowercase())
            .collect();
        assert_eq!(lex.automaton.groups.len() + rare, keys.len());
    }
}
