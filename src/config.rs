//! Configuration: lexicons, outlets and weights as data.
//!
//! The defaults are embedded from `data/` at build time. A user's file (TOML or JSON) or map is
//! merged on top of them: tables merge key by key, scalars override, lists extend the default list
//! (unless the key is named in the top-level `replace` list), and outlets with the same `name`
//! replace the default entry. Unknown keys, wrong types and out-of-range weights are errors that
//! name the key (and, for files, the line).

use serde::{Deserialize, Serialize};
use std::fmt;

/// The embedded language bundles by code; the first is the default.
const LANGUAGES: [(&str, &str); 2] = [
    ("en", include_str!("../data/en.toml")),
    ("ru", include_str!("../data/ru.toml")),
];
const DEFAULT_OUTLETS: &str = include_str!("../data/outlets.toml");
const DEFAULT_WEIGHTS: &str = include_str!("../data/weights.toml");

/// A configuration problem, naming the key and (for files) the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub key: Option<String>,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.key, self.line) {
            (Some(k), Some(l)) => write!(f, "{k} (line {l}): {}", self.message),
            (Some(k), None) => write!(f, "{k}: {}", self.message),
            (None, Some(l)) => write!(f, "line {l}: {}", self.message),
            (None, None) => write!(f, "{}", self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

impl ConfigError {
    fn at(key: &str, message: impl Into<String>) -> Self {
        ConfigError {
            key: Some(key.to_string()),
            line: None,
            message: message.into(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageMeta {
    pub code: String,
    pub name: String,
    pub abbreviations: Vec<String>,
    /// Abbreviations of units and list ends ("руб", "млрд", "т.д") that end the sentence when
    /// a capital follows them ("… 38 млрд руб. По словам …").
    #[serde(default)]
    pub unit_abbreviations: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cues {
    pub neutral: Vec<String>,
    pub endorse: Vec<String>,
    pub distance_mild: Vec<String>,
    pub distance_strong: Vec<String>,
    pub belief: Vec<String>,
    pub deny: Vec<String>,
    pub according_to: Vec<String>,
    pub citing: Vec<String>,
    pub quoting: Vec<String>,
    pub to_channel: Vec<String>,
    pub hearsay: Vec<String>,
    pub unverified: Vec<String>,
    pub no_comment: Vec<String>,
    /// Openings that, before a verb of `no_comment_verbs`, say a party gave no comment ("would
    /// not", "declined to"): every pair is a `no_comment` phrase ("would not elaborate").
    #[serde(default)]
    pub no_comment_frames: Vec<String>,
    /// Verbs of comment in the form `no_comment_frames` take ("comment", "elaborate").
    #[serde(default)]
    pub no_comment_verbs: Vec<String>,
    /// Perfect openings ("has not", "have not yet") and the participles they take
    /// ("commented", "elaborated"): every pair is a `no_comment` phrase too.
    #[serde(default)]
    pub no_comment_perfect_frames: Vec<String>,
    #[serde(default)]
    pub no_comment_participles: Vec<String>,
    /// Refusals that close their clause after what was not done ("назвать сумму отказался").
    #[serde(default)]
    pub no_comment_final: Vec<String>,
    /// Infinitives a clause-final refusal refuses ("назвать", "комментировать").
    #[serde(default)]
    pub no_comment_final_verbs: Vec<String>,
    pub corroboration: Vec<String>,
    pub hedges: Vec<String>,
    pub anonymity: Vec<String>,
    pub anon_reason_substantive: Vec<String>,
    pub anon_reason_boilerplate: Vec<String>,
    pub first_hand_objects: Vec<String>,
    pub editor_notes: Vec<String>,
    pub self_reference: Vec<String>,
    pub self_reference_before: Vec<String>,
    /// Reporting verbs that report only for an outlet other than the publisher ("Sky Sports
    /// News understands …" relays Sky; "the Courier understands" in the Courier is its own).
    #[serde(default)]
    pub outlet_only: Vec<String>,
    /// Prepositions that put a listed outlet on the air after a reporting verb ("said on
    /// CBS's “Face the Nation”", "speaking on BBC Radio 4"): the outlet relays the words.
    #[serde(default)]
    pub on_air: Vec<String>,
    /// Prepositions that mark whom a confirmation or denial was given to, after a short object
    /// ("confirmed the split to Variety"): a listed outlet after one is told.
    #[serde(default)]
    pub listener_prepositions: Vec<String>,
    /// Verbs that only a publication does ("Как пишет «Медвестник»"): a name in guillemets
    /// as their subject is an outlet, listed or not.
    #[serde(default)]
    pub publication_verbs: Vec<String>,
    /// Phrases that hold a cue word without reporting anything ("carried out", "showed no
    /// emotion"): matched so that they hide the cue inside them, and otherwise ignored.
    #[serde(default)]
    pub not_cues: Vec<String>,
    /// Quoting verbs that quote only with an outlet and a speech noun after them ("приводит
    /// ТАСС слова министра"); elsewhere they are no cue ("приводит к росту").
    #[serde(default)]
    pub quoting_split: Vec<String>,
    /// Cues that report nothing with a number right after them ("had added 142 for the third
    /// wicket", "added 3,000 jobs").
    #[serde(default)]
    pub count_verbs: Vec<String>,
    /// Verbs that report an estimate only with a figure after "at" in their clause ("The
    /// survey put support at 44%"; not "put the bag on the table"). They are neutral cues.
    #[serde(default)]
    pub estimate_verbs: Vec<String>,
    /// Verbs that report only with a document as their subject, opening the sentence ("The
    /// minutes also record that …", "A product roadmap dated March 3 lists …"; not "He recorded
    /// 14 points"). They are neutral cues.
    #[serde(default)]
    pub document_verbs: Vec<String>,
    /// Verbs that, closing a sentence in which someone else is reported first, make the
    /// one-word name before them the outlet that relays it ("Varga accused Kelmar of …, TNA
    /// reported").
    #[serde(default)]
    pub closing_report_verbs: Vec<String>,
    /// Phrases that point back to an interview an outlet relayed ("Speaking later in the same
    /// interview, Hale said"): the claim is relayed the same way.
    #[serde(default)]
    pub interview_back_references: Vec<String>,
    /// Phrases after a document that name who got it, as `self_reference` does, but never the
    /// publisher ("a report leaked to the Chronicle").
    #[serde(default)]
    pub access_only: Vec<String>,
    /// Nouns for someone's words after such a verb and its outlet ("слова").
    #[serde(default)]
    pub speech_nouns: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sources {
    pub anonymous_heads: Vec<String>,
    pub anonymous_core_heads: Vec<String>,
    pub named_heads: Vec<String>,
    pub titles: Vec<String>,
    pub institution_heads: Vec<String>,
    pub document_heads: Vec<String>,
    pub vague_heads: Vec<String>,
    pub unconfirmed_heads: Vec<String>,
    pub journalist_heads: Vec<String>,
    pub outlet_nouns: Vec<String>,
    pub outlet_name_parts: Vec<String>,
    pub unspecified_media: Vec<String>,
    pub social_conduits: Vec<String>,
    pub platforms: Vec<String>,
    pub basis_of_knowledge: Vec<String>,
    /// Phrases that make an outlet after them the place a document appeared, not a relay ("a
    /// study published in the Journal of X").
    #[serde(default)]
    pub venue_markers: Vec<String>,
    /// Outlet nouns that name an outlet only bare ("the agency") or in an outlet-noun pair
    /// ("news agency"): "the UN refugee agency" is an institution.
    #[serde(default)]
    pub qualified_outlet_nouns: Vec<String>,
    /// Outlet nouns by medium, for which outlet "the broadcaster", "the newspaper" or "the
    /// agency" points back to: the last one of that medium (a state outlet or one of unknown
    /// medium fits any noun; a noun in none of these lists fits any outlet).
    #[serde(default)]
    pub broadcaster_nouns: Vec<String>,
    #[serde(default)]
    pub newspaper_nouns: Vec<String>,
    #[serde(default)]
    pub agency_nouns: Vec<String>,
    #[serde(default)]
    pub magazine_nouns: Vec<String>,
    #[serde(default)]
    pub website_nouns: Vec<String>,
    /// Words before "by" that make its object an outlet even when it is not a known one
    /// ("first reported by TechLedger").
    #[serde(default)]
    pub outlet_agent_cues: Vec<String>,
    /// Words that make an outlet noun after them something else ("social network Murmur",
    /// "rail network", "mobile network"): no outlet.
    #[serde(default)]
    pub non_media_modifiers: Vec<String>,
    /// Last parts of web addresses ("com", "ru"): a name glued to one by a dot ("told
    /// Space.com", "рассказал Gazeta.ru") is a website, an outlet whether listed or not.
    #[serde(default)]
    pub web_domains: Vec<String>,
    /// Participles of an item passed around ("circulating", "shared", "появившееся"): a post
    /// or a video so described, with no author given, is no identifiable source.
    #[serde(default)]
    pub circulation_words: Vec<String>,
    /// Participles of being reached for comment ("reached", "contacted"): "two residents
    /// reached by Reuters" are the residents, with the outlet that reached them as the relay.
    #[serde(default)]
    pub contact_participles: Vec<String>,
    /// Nouns of a party's own channel or site, after which an unquoted name in the language's
    /// own script is the owner, no outlet ("в Telegram-канале Росавиации", "на сайте Минздрава";
    /// not "Telegram-канал Mash" or "канал «Пятый угол»").
    #[serde(default)]
    pub owned_channel_nouns: Vec<String>,
    /// Outlet nouns of a data service that speaks for itself when no listed outlet is named
    /// with them ("the outage-tracking website Downdetector"; "news website" is an outlet).
    #[serde(default)]
    pub data_site_nouns: Vec<String>,
    /// Prefixes of a source noun that leave it a source noun ("экс-министр" is read as
    /// "министр"), for words that are not listed whole. Only words outside ASCII are looked
    /// up past them.
    #[serde(default)]
    pub role_prefixes: Vec<String>,
    /// Words before a known outlet that asked for comment ("не ответила на запрос РБК",
    /// "did not respond to questions from Reuters"): the outlet asking is the publisher.
    #[serde(default)]
    pub publisher_request_cues: Vec<String>,
    /// Verbs with which the publisher, named after a comma, closes a sentence of its own
    /// reporting ("…, Touchline Daily understands."): that name is the publisher.
    #[serde(default)]
    pub publisher_closing: Vec<String>,
    /// Phrases with which an outlet says it could not verify something itself ("AFP could
    /// not immediately verify the footage"): a listed outlet, or a name with an outlet's name
    /// part, right before one is the publisher. Each is read as an `unverified` phrase too.
    #[serde(default)]
    pub publisher_unverified: Vec<String>,
    /// Words after "Outlet's Name," that make the name the outlet's own correspondent ("Al
    /// Jazeera's Hoda Salem, reporting from Amman, said"): that outlet is the publisher.
    #[serde(default)]
    pub correspondent_reporting: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grammar {
    pub indefinite: Vec<String>,
    pub definite: Vec<String>,
    pub possessive: Vec<String>,
    pub first_person: Vec<String>,
    /// "you", "вы": with the first person, the words of someone speaking.
    #[serde(default)]
    pub second_person: Vec<String>,
    pub pronoun_person: Vec<String>,
    pub pronoun_plural: Vec<String>,
    pub pronoun_thing: Vec<String>,
    pub np_stop: Vec<String>,
    pub np_post_stop: Vec<String>,
    pub relative: Vec<String>,
    pub prepositions: Vec<String>,
    pub clause_joiners: Vec<String>,
    /// Words that open a subordinate clause inside a subject chunk ("Shares fell after the
    /// company said"): the subject of the cue starts after the last one.
    #[serde(default)]
    pub subordinators: Vec<String>,
    /// Forms of "be" before a participle: "explosions were heard" is a passive, and a reporting
    /// verb after one names no speaker unless "by" follows.
    #[serde(default)]
    pub passive_auxiliaries: Vec<String>,
    /// Prepositions that tie a generic group to an organisation that names it ("Analysts at
    /// Barrow Finch", "experts from the University of Leeds"): named, not a vague collective.
    #[serde(default)]
    pub affiliation_prepositions: Vec<String>,
    /// Nouns that make a preposition an adverbial of time or manner ("a spokesman on Monday
    /// said", "in private"), not the place or body of an anonymous source ("a diplomat in Kyiv
    /// said").
    #[serde(default)]
    pub adverbial_nouns: Vec<String>,
    /// Negations: a reporting verb right after one reports nothing ("did not say",
    /// "не называет").
    #[serde(default)]
    pub negations: Vec<String>,
    /// Nouns that make a count word after them a rank, not a determiner ("the world number
    /// three said": "three" closes the subject, the verb after it reports).
    #[serde(default)]
    pub rank_nouns: Vec<String>,
    /// Adverbs that may stand between a negation and a reporting verb ("does not usually
    /// comment", "не всегда комментирует"): nothing is reported either.
    #[serde(default)]
    pub negation_adverbs: Vec<String>,
    /// Words of a comparison ("than", "чем"): a phrase holding one is no speaker ("more than
    /// the carrier has disclosed").
    #[serde(default)]
    pub comparatives: Vec<String>,
    /// Openings of a sentence that names the source of the sentence before it ("Об этом
    /// сообщает ТАСС."): the unattributed sentence before takes its attribution.
    #[serde(default)]
    pub attribution_back_references: Vec<String>,
    pub appositive_claim_nouns: Vec<String>,
    pub lead_ins: Vec<String>,
    /// Discourse phrases set off by commas between a subject and what follows it ("Kyodo, in
    /// turn, citing …", "Kyodo, в свою очередь, со ссылкой на …"): read past, never a subject.
    #[serde(default)]
    pub parentheticals: Vec<String>,
    /// Endings of adverbial participles that open a phrase between commas before the verb
    /// («Официальный представитель МИД, комментируя публикацию CNN, заявила»): read past,
    /// never a subject, whatever it names.
    #[serde(default)]
    pub gerund_suffixes: Vec<String>,
    /// Endings of a capitalised place name in the genitive that continues the institution
    /// before it in an opening phrase («В МИД России заявили», «В правительстве Москвы»): the
    /// speaker is the whole institution, not the place.
    #[serde(default)]
    pub genitive_place_suffixes: Vec<String>,
    pub modals: Vec<String>,
    pub infinitive_markers: Vec<String>,
    /// Single words that open a subject naming no one who speaks ("Neither X nor Y has
    /// commented", "No official confirmed", "Никто не комментирует"): such a subject is no
    /// source. Compared with the subject's first word, so a phrase ("no one") is listed by
    /// its first word ("no").
    #[serde(default)]
    pub negative_subjects: Vec<String>,
    pub continuations: Vec<String>,
    pub coordinators: Vec<String>,
    pub complementizers: Vec<String>,
    pub participle_suffixes: Vec<String>,
    /// Endings of past-tense verbs ("-ed"): such a lower-case word right after a name ends the
    /// name's subject phrase ("Tomas Berg shared the post").
    #[serde(default)]
    pub past_suffixes: Vec<String>,
    /// Whether the subject may follow its reporting verb ("Об этом сообщает ТАСС", "В МЧС
    /// сообщили"): a clause with no subject before the verb takes the phrase after it, and a
    /// clause that opens with a prepositional phrase finds its subject after that phrase.
    #[serde(default)]
    pub verb_subject_order: bool,
    /// Whether a lower-case institution or outlet noun right before a capitalised name
    /// describes the name (English "trade union GMB": the source is "GMB") rather than
    /// governing it as a genitive does (Russian "управления МЧС").
    #[serde(default)]
    pub noun_describes_name: bool,
    pub adverb_suffixes: Vec<String>,
    pub adverb_exceptions: Vec<String>,
    pub plural_suffixes: Vec<String>,
    pub plural_exception_suffixes: Vec<String>,
    /// Endings of a word in the dative case ("агентству", "Интерфаксу"), less the exceptions
    /// ("издание"): a name after a reporting verb without them is its speaker, not its
    /// listener ("Об этом сообщил ТАСС"). Empty where nouns have no case endings.
    #[serde(default)]
    pub dative_suffixes: Vec<String>,
    #[serde(default)]
    pub dative_exception_suffixes: Vec<String>,
    /// "according to" phrases whose object is always someone speaking ("по словам", "in the
    /// words of"): any noun phrase after them is the source, not only a known source noun.
    #[serde(default)]
    pub speaker_phrases: Vec<String>,
    /// Plural endings of the case a speaker phrase governs ("по словам медиков"), besides
    /// `plural_suffixes`.
    #[serde(default)]
    pub genitive_plural_suffixes: Vec<String>,
    /// Case endings a name's words drop when two mentions of one name are compared
    /// ("«Деловому Петрозаводску»" is «Деловой Петрозаводск»). Empty: names compare whole.
    #[serde(default)]
    pub name_case_endings: Vec<String>,
    /// Adjective endings ("-ые", "-ого"), where nouns and adjectives are told apart by them: a
    /// plural-looking source noun right after a lower-case word without one is a genitive
    /// that word governs ("инженера компании"), not a plural ("местные жители").
    #[serde(default)]
    pub adjective_suffixes: Vec<String>,
    /// Endings of participles that open a phrase describing the noun before them, in the
    /// forms no plain adjective list covers ("-нном", "-вшем": "В заявлении, опубликованном на
    /// сайте, говорится" — the document speaks past the phrase).
    #[serde(default)]
    pub participle_phrase_suffixes: Vec<String>,
    /// Endings of plural nouns for people of one trade ("-ists", "-icians"; "-ики"): such a
    /// capitalised word alone, opening a sentence, is a group ("Meteorologists say",
    /// "Синоптики предупреждают"), not a name.
    #[serde(default)]
    pub group_noun_suffixes: Vec<String>,
    /// Prepositions that open a phrase about what is reported ("О задержании", "Об отставке
    /// министра"): the nouns after one, lower-case, are its object and the nouns it governs,
    /// never the subject of the verb after them ("Об отставке министра сообщил источник").
    #[serde(default)]
    pub topic_prepositions: Vec<String>,
    /// Endings of a word that opens an object, never a subject ("Информацию", "Эту"), where
    /// the object may come before the verb and the subject after it ("Информацию подтвердил
    /// источник").
    #[serde(default)]
    pub object_case_suffixes: Vec<String>,
    /// Relative pronouns that stand only for people ("who"): a source described with one is a
    /// person that "he" or "she" may point back to.
    #[serde(default)]
    pub person_relatives: Vec<String>,
    /// People who speak for a party ("lawyer", "spokesman", "agent"): after a named party's
    /// possessive ("Stratton's lawyers") they name who speaks, one or several.
    #[serde(default)]
    pub representative_heads: Vec<String>,
    /// Nouns for settlements and regions ("посёлка", "village"): a capitalised word right after
    /// one is a place's name ("Жители посёлка Заречье"), not a person's.
    #[serde(default)]
    pub place_nouns: Vec<String>,
    /// Marks that open an interviewer's question and an interviewee's answer in a transcript
    /// ("Q:", "A:"): such lines take turns as dialogue-dash lines do.
    #[serde(default)]
    pub question_marks: Vec<String>,
    #[serde(default)]
    pub answer_marks: Vec<String>,
    /// Words that mark a woman or a man ("she", "spokeswoman", "Mrs"; "he", "Mr"), and the past
    /// verb endings that agree with one ("сказала", "сказал"): "he" does not point back to a
    /// woman.
    #[serde(default)]
    pub female_words: Vec<String>,
    #[serde(default)]
    pub male_words: Vec<String>,
    #[serde(default)]
    pub female_verb_suffixes: Vec<String>,
    #[serde(default)]
    pub male_verb_suffixes: Vec<String>,
    /// Endings of a plural verb ("подтвердили", "сообщают"): a noun phrase before one with no
    /// plural word in it is its object, and the subject follows ("Подлинность документа
    /// подтвердили два источника"). Empty where verbs do not mark number this way.
    #[serde(default)]
    pub plural_verb_suffixes: Vec<String>,
    /// Endings of plural adjectives and of words used as plural nouns ("другие", "опрошенные"):
    /// such a phrase before a plural verb may be its subject.
    #[serde(default)]
    pub plural_adjective_suffixes: Vec<String>,
    /// Endings of hyphenated words that name a person by age ("31-year-old"): a noun, which
    /// a verb may follow ("the 31-year-old wrote"), not a modifier of the word after it ("a
    /// 30-year dispute").
    #[serde(default)]
    pub age_suffixes: Vec<String>,
    pub articles: Vec<String>,
    pub back_reference_quantifiers: Vec<String>,
    pub partitive: Vec<String>,
    pub partitive_targets: Vec<String>,
    pub count_two: Vec<String>,
    pub count_many: Vec<String>,
    pub name_joiners: Vec<String>,
    pub inclusion: Vec<String>,
    pub bare_anonymous: Vec<String>,
    pub unconfirmed_markers: Vec<String>,
    /// How a one-word outlet name changes with its case ("Спорт-Экспресс", "источник
    /// «Спорт-Экспресса»"): the case forms are matched as the outlet too. The first rule whose
    /// ending the name's last part has applies. Names of several words, acronyms and names
    /// ending otherwise are matched only as listed. Empty where names do not inflect.
    #[serde(default)]
    pub name_declension: Vec<Declension>,
}

/// One rule of `grammar.name_declension`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declension {
    /// Endings the rule applies to ("ъ", "а").
    pub ends: Vec<String>,
    /// How many letters to drop from the end before adding a case ending.
    #[serde(default)]
    pub drop: usize,
    /// The case endings ("а", "у", "ом", "е"); none leaves the name as listed.
    #[serde(default)]
    pub add: Vec<String>,
}

/// Line patterns (regular expressions) for non-claims: datelines, bylines, credits, trailers.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Patterns {
    pub credit_words: Vec<String>,
    pub trailer_words: Vec<String>,
    pub timestamp: String,
    pub byline: String,
    pub trailer: String,
    pub credit_line: String,
    pub caption_prefix: String,
    pub trailing_credit: String,
    pub dateline: String,
    /// The publisher in a credit line of work made for it ("Illustration: Ruth Ansell for The
    /// Calder Review"): group 1. Empty: none.
    #[serde(default)]
    pub commissioned_credit: String,
    /// A staff photographer's credit ("Фото: Андрей Любимов / РБК"): the outlet in group 1 is
    /// the publisher when it is a listed newspaper, magazine, broadcaster or online outlet
    /// (agencies sell their pictures to others). Empty: none.
    #[serde(default)]
    pub staff_credit: String,
    /// A line giving the publisher and the date or time of publication ("РБК, 14 мая 2025,
    /// 11:32", "«Деловой Петрозаводск», 5 сентября 2025"): the name in group 1 (any) or group 2
    /// (only a known outlet). Empty: none.
    #[serde(default)]
    pub publication_line: String,
}

impl Patterns {
    /// Every pattern with its key path.
    pub fn regexes(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("patterns.timestamp", &self.timestamp),
            ("patterns.byline", &self.byline),
            ("patterns.trailer", &self.trailer),
            ("patterns.credit_line", &self.credit_line),
            ("patterns.caption_prefix", &self.caption_prefix),
            ("patterns.trailing_credit", &self.trailing_credit),
            ("patterns.dateline", &self.dateline),
            ("patterns.commissioned_credit", &self.commissioned_credit),
            ("patterns.staff_credit", &self.staff_credit),
            ("patterns.publication_line", &self.publication_line),
        ]
    }
}

/// The kind of an outlet, which decides the relay penalty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutletKind {
    Wire,
    Agency,
    Broadcaster,
    Newspaper,
    Magazine,
    Online,
    State,
    Social,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outlet {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kind: OutletKind,
    #[serde(default)]
    pub country: String,
}

macro_rules! weights_struct {
    ($name:ident { $($field:ident),* $(,)? }) => {
        #[derive(Debug, Clone, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name { $(pub $field: f64,)* }
        impl $name {
            fn fields(&self) -> Vec<(&'static str, f64)> {
                vec![$((stringify!($field), self.$field)),*]
            }
        }
    };
}

weights_struct!(BaseWeights {
    witnessed,
    named,
    named_outlet,
    anonymous,
    unattributed,
    vague,
    hearsay,
    unconfirmed_explicit
});
weights_struct!(VerbWeights {
    endorse,
    neutral,
    distance_mild,
    distance_strong,
    belief,
    cap_min,
    cap_max
});
weights_struct!(HedgeWeights {
    author_evidential,
    epistemic_first,
    epistemic_further,
    cap_min
});
weights_struct!(NamedWeights {
    no_role,
    cap_min,
    cap_max
});
weights_struct!(AnonWeights {
    spec_s0,
    spec_s1,
    spec_s2,
    spec_s3,
    just_substantive,
    just_boilerplate,
    count_two,
    count_three_plus,
    cap_min,
    cap_max
});
weights_struct!(RelayWeights {
    wire,
    national,
    state_official,
    state_other,
    unspecified,
    social,
    journalist,
    party,
    cap_min
});
weights_struct!(RelayOriginWeights {
    wire,
    national,
    state,
    unspecified_base,
    social_base
});
weights_struct!(CorroborationWeights { second, cap_max });
weights_struct!(StatusWeights {
    denied,
    unverified,
    cap_min
});
weights_struct!(QuoteWeights { direct_named });
weights_struct!(AggregateWeights {
    w_lead,
    w_early,
    w_body,
    composite_aas,
    composite_premise,
    composite_diversity,
    composite_transparency,
    diversity_saturation
});

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weights {
    pub base: BaseWeights,
    pub verb: VerbWeights,
    pub hedge: HedgeWeights,
    pub named: NamedWeights,
    pub anon: AnonWeights,
    pub relay: RelayWeights,
    pub relay_as_origin: RelayOriginWeights,
    pub corroboration: CorroborationWeights,
    pub status: StatusWeights,
    pub quote: QuoteWeights,
    pub aggregate: AggregateWeights,
}

/// The effective configuration: defaults merged with the user's changes.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub language: LanguageMeta,
    pub cues: Cues,
    pub sources: Sources,
    pub grammar: Grammar,
    pub patterns: Patterns,
    pub outlet: Vec<Outlet>,
    pub weights: Weights,
}

/// The codes of the embedded language bundles ("en", "ru").
pub fn bundled_languages() -> impl Iterator<Item = &'static str> {
    LANGUAGES.iter().map(|(code, _)| *code)
}

/// The default configuration of the bundle `code` (English for a code with no bundle).
fn default_value(code: &str) -> toml::Table {
    let bundle = LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .unwrap_or(&LANGUAGES[0])
        .1;
    let mut root: toml::Table = bundle.parse().expect("embedded language bundle parses");
    let outlets: toml::Table = DEFAULT_OUTLETS
        .parse()
        .expect("embedded outlets.toml parses");
    let weights: toml::Table = DEFAULT_WEIGHTS
        .parse()
        .expect("embedded weights.toml parses");
    root.insert(
        "outlet".into(),
        outlets
            .get("outlet")
            .cloned()
            .unwrap_or(toml::Value::Array(vec![])),
    );
    root.insert("weights".into(), toml::Value::Table(weights));
    root
}

impl Default for Config {
    fn default() -> Self {
        Config::for_language("en").expect("embedded configuration is valid")
    }
}

/// The format of a configuration text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Json,
}

impl Config {
    /// The embedded defaults of a bundled language ([`bundled_languages`]).
    pub fn for_language(code: &str) -> Result<Config, ConfigError> {
        if !bundled_languages().any(|c| c == code) {
            return Err(ConfigError::at(
                "language.code",
                format!(
                    "no bundled language `{code}` (bundled: {})",
                    bundled_languages().collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        Config::from_table(default_value(code))
    }

    fn from_table(table: toml::Table) -> Result<Config, ConfigError> {
        let cfg: Config = toml::Value::Table(table)
            .try_into()
            .map_err(|e: toml::de::Error| ConfigError {
                key: None,
                line: None,
                message: e.message().to_string(),
            })?;
        cfg.validate()?;
        Ok(cfg)
    }

    /// Merge a user configuration text (TOML or JSON) on top of the defaults.
    pub fn from_user_text(text: &str, format: Format) -> Result<Config, ConfigError> {
        let user: toml::Table = match format {
            Format::Toml => text.parse::<toml::Table>().map_err(|e| ConfigError {
                key: None,
                line: e.span().map(|s| line_of(text, s.start)),
                message: format!("invalid TOML: {}", e.message().trim().replace('\n', "; ")),
            })?,
            Format::Json => {
                let v: serde_json::Value = serde_json::from_str(text).map_err(|e| ConfigError {
                    key: None,
                    line: Some(e.line()),
                    message: format!("invalid JSON: {e}"),
                })?;
                json_to_table(v)?
            }
        };
        Self::from_user_table(user, Some(text))
    }

    /// Merge an already parsed user table on top of the defaults.
    pub fn from_user_table(user: toml::Table, text: Option<&str>) -> Result<Config, ConfigError> {
        // A user configuration extends the bundle its `language.code` names (English if none).
        let code = user
            .get("language")
            .and_then(|l| l.get("code"))
            .and_then(|c| c.as_str())
            .filter(|c| bundled_languages().any(|b| b == *c))
            .unwrap_or("en");
        let mut base = default_value(code);
        let replace = match user.get("replace") {
            None => Vec::new(),
            Some(toml::Value::Array(a)) => a
                .iter()
                .map(|v| {
                    v.as_str().map(str::to_string).ok_or_else(|| {
                        ConfigError::at("replace", "must be a list of key paths (strings)")
                    })
                })
                .collect::<Result<Vec<_>, _>>()?,
            Some(_) => {
                return Err(ConfigError::at(
                    "replace",
                    "must be a list of key paths (strings)",
                ))
            }
        };
        for (k, v) in user {
            if k == "replace" {
                continue;
            }
            merge(&mut base, &k, v, &k, &replace).map_err(|mut e| {
                if let (Some(t), Some(key)) = (text, &e.key) {
                    e.line = find_key_line(t, key);
                }
                e
            })?;
        }
        for r in &replace {
            match lookup(&base, r) {
                None => {
                    return Err(ConfigError::at(
                        "replace",
                        format!("unknown key path `{r}`"),
                    ))
                }
                Some(toml::Value::Array(_)) => {}
                Some(_) => {
                    return Err(ConfigError::at(
                        "replace",
                        format!("`{r}` is not a list; only lists can be replaced"),
                    ))
                }
            }
        }
        Self::from_table(base).map_err(|mut e| {
            if let (Some(t), Some(key)) = (text, &e.key) {
                e.line = find_key_line(t, key);
            }
            e
        })
    }

    /// The configuration as TOML text that loads back exactly: it opens with a `replace` line
    /// naming every list, so loading it does not extend the defaults a second time.
    pub fn to_toml(&self) -> String {
        let mut keys: Vec<String> = self
            .lexicon_lists()
            .into_iter()
            .map(|(k, _)| format!("{k:?}"))
            .collect();
        keys.push("\"outlet\"".to_string());
        format!(
            "# The effective sayso configuration. Edit it and load it with --config / Scorer(path).\n\
             replace = [{}]\n\n{}",
            keys.join(", "),
            toml::to_string(self).unwrap_or_default()
        )
    }

    /// The configuration as JSON text (used for pickling).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Rebuild a configuration from [`Config::to_json`] output.
    pub fn from_full_json(text: &str) -> Result<Config, ConfigError> {
        let cfg: Config = serde_json::from_str(text).map_err(|e| ConfigError {
            key: None,
            line: Some(e.line()),
            message: e.to_string(),
        })?;
        cfg.validate()?;
        Ok(cfg)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let w = &self.weights;
        let groups: Vec<(&str, Vec<(&'static str, f64)>)> = vec![
            ("base", w.base.fields()),
            ("verb", w.verb.fields()),
            ("hedge", w.hedge.fields()),
            ("named", w.named.fields()),
            ("anon", w.anon.fields()),
            ("relay", w.relay.fields()),
            ("relay_as_origin", w.relay_as_origin.fields()),
            ("corroboration", w.corroboration.fields()),
            ("status", w.status.fields()),
            ("quote", w.quote.fields()),
            ("aggregate", w.aggregate.fields()),
        ];
        for (group, fields) in groups {
            for (name, v) in fields {
                let key = format!("weights.{group}.{name}");
                if !v.is_finite() {
                    return Err(ConfigError::at(&key, "must be a finite number"));
                }
                let (lo, hi) = match (group, name) {
                    ("base", _) | ("relay_as_origin", "unspecified_base" | "social_base") => {
                        (0.0, 100.0)
                    }
                    ("aggregate", _) => (0.0, 100.0),
                    (_, "cap_min") => (-100.0, 0.0),
                    (_, "cap_max") => (0.0, 100.0),
                    _ => (-100.0, 100.0),
                };
                if v < lo || v > hi {
                    return Err(ConfigError::at(
                        &key,
                        format!("{v} is out of range [{lo}, {hi}]"),
                    ));
                }
            }
        }
        if w.aggregate.diversity_saturation <= 0.0 {
            return Err(ConfigError::at(
                "weights.aggregate.diversity_saturation",
                "must be greater than 0",
            ));
        }
        let composite = w.aggregate.composite_aas
            + w.aggregate.composite_premise
            + w.aggregate.composite_diversity
            + w.aggregate.composite_transparency;
        if composite <= 0.0 {
            return Err(ConfigError::at(
                "weights.aggregate",
                "the composite weights must not all be 0",
            ));
        }
        for (i, o) in self.outlet.iter().enumerate() {
            if o.name.trim().is_empty() {
                return Err(ConfigError::at(
                    &format!("outlet[{i}].name"),
                    "must not be empty",
                ));
            }
            if o.aliases.iter().any(|a| a.trim().is_empty()) {
                return Err(ConfigError::at(
                    &format!("outlet[{i}].aliases"),
                    "aliases must not be empty strings",
                ));
            }
        }
        let lists = self.lexicon_lists();
        for (key, list) in lists {
            if list.iter().any(|s| s.trim().is_empty()) {
                return Err(ConfigError::at(key, "entries must not be empty strings"));
            }
            if list.iter().any(|s| s.len() > 200) {
                return Err(ConfigError::at(
                    key,
                    "entries must be at most 200 bytes long",
                ));
            }
        }
        for (key, pat) in self.patterns.regexes() {
            if pat.len() > 4000 {
                return Err(ConfigError::at(key, "pattern is longer than 4000 bytes"));
            }
            regex::RegexBuilder::new(pat)
                .size_limit(1 << 22)
                .build()
                .map_err(|e| {
                    ConfigError::at(
                        key,
                        format!(
                            "invalid regular expression: {}",
                            e.to_string().replace('\n', " ")
                        ),
                    )
                })?;
        }
        if self.language.code.trim().is_empty() {
            return Err(ConfigError::at("language.code", "must not be empty"));
        }
        Ok(())
    }

    /// Every lexicon list with its key path.
    pub fn lexicon_lists(&self) -> Vec<(&'static str, &Vec<String>)> {
        let c = &self.cues;
        let s = &self.sources;
        let g = &self.grammar;
        vec![
            ("language.abbreviations", &self.language.abbreviations),
            (
                "language.unit_abbreviations",
                &self.language.unit_abbreviations,
            ),
            ("cues.neutral", &c.neutral),
            ("cues.endorse", &c.endorse),
            ("cues.distance_mild", &c.distance_mild),
            ("cues.distance_strong", &c.distance_strong),
            ("cues.belief", &c.belief),
            ("cues.deny", &c.deny),
            ("cues.according_to", &c.according_to),
            ("cues.citing", &c.citing),
            ("cues.quoting", &c.quoting),
            ("cues.to_channel", &c.to_channel),
            ("cues.hearsay", &c.hearsay),
            ("cues.unverified", &c.unverified),
            ("cues.no_comment", &c.no_comment),
            ("cues.no_comment_frames", &c.no_comment_frames),
            ("cues.no_comment_verbs", &c.no_comment_verbs),
            (
                "cues.no_comment_perfect_frames",
                &c.no_comment_perfect_frames,
            ),
            ("cues.no_comment_participles", &c.no_comment_participles),
            ("cues.no_comment_final", &c.no_comment_final),
            ("cues.no_comment_final_verbs", &c.no_comment_final_verbs),
            ("cues.corroboration", &c.corroboration),
            ("cues.hedges", &c.hedges),
            ("cues.anonymity", &c.anonymity),
            ("cues.anon_reason_substantive", &c.anon_reason_substantive),
            ("cues.anon_reason_boilerplate", &c.anon_reason_boilerplate),
            ("cues.first_hand_objects", &c.first_hand_objects),
            ("cues.editor_notes", &c.editor_notes),
            ("cues.self_reference", &c.self_reference),
            ("cues.self_reference_before", &c.self_reference_before),
            ("cues.outlet_only", &c.outlet_only),
            ("cues.on_air", &c.on_air),
            ("cues.listener_prepositions", &c.listener_prepositions),
            ("cues.publication_verbs", &c.publication_verbs),
            ("cues.not_cues", &c.not_cues),
            ("cues.quoting_split", &c.quoting_split),
            ("cues.count_verbs", &c.count_verbs),
            ("cues.estimate_verbs", &c.estimate_verbs),
            ("cues.document_verbs", &c.document_verbs),
            ("cues.closing_report_verbs", &c.closing_report_verbs),
            (
                "cues.interview_back_references",
                &c.interview_back_references,
            ),
            ("cues.access_only", &c.access_only),
            ("cues.speech_nouns", &c.speech_nouns),
            ("sources.anonymous_heads", &s.anonymous_heads),
            ("sources.anonymous_core_heads", &s.anonymous_core_heads),
            ("sources.named_heads", &s.named_heads),
            ("sources.titles", &s.titles),
            ("sources.institution_heads", &s.institution_heads),
            ("sources.document_heads", &s.document_heads),
            ("sources.vague_heads", &s.vague_heads),
            ("sources.unconfirmed_heads", &s.unconfirmed_heads),
            ("sources.journalist_heads", &s.journalist_heads),
            ("sources.outlet_nouns", &s.outlet_nouns),
            ("sources.outlet_name_parts", &s.outlet_name_parts),
            ("sources.unspecified_media", &s.unspecified_media),
            ("sources.social_conduits", &s.social_conduits),
            ("sources.platforms", &s.platforms),
            ("sources.basis_of_knowledge", &s.basis_of_knowledge),
            ("sources.venue_markers", &s.venue_markers),
            ("sources.qualified_outlet_nouns", &s.qualified_outlet_nouns),
            ("sources.broadcaster_nouns", &s.broadcaster_nouns),
            ("sources.newspaper_nouns", &s.newspaper_nouns),
            ("sources.agency_nouns", &s.agency_nouns),
            ("sources.magazine_nouns", &s.magazine_nouns),
            ("sources.website_nouns", &s.website_nouns),
            ("sources.outlet_agent_cues", &s.outlet_agent_cues),
            ("sources.non_media_modifiers", &s.non_media_modifiers),
            ("sources.web_domains", &s.web_domains),
            ("sources.circulation_words", &s.circulation_words),
            ("sources.contact_participles", &s.contact_participles),
            ("sources.owned_channel_nouns", &s.owned_channel_nouns),
            ("sources.data_site_nouns", &s.data_site_nouns),
            ("sources.role_prefixes", &s.role_prefixes),
            ("sources.publisher_request_cues", &s.publisher_request_cues),
            ("sources.publisher_closing", &s.publisher_closing),
            ("sources.publisher_unverified", &s.publisher_unverified),
            (
                "sources.correspondent_reporting",
                &s.correspondent_reporting,
            ),
            ("grammar.indefinite", &g.indefinite),
            ("grammar.definite", &g.definite),
            ("grammar.possessive", &g.possessive),
            ("grammar.first_person", &g.first_person),
            ("grammar.second_person", &g.second_person),
            ("grammar.pronoun_person", &g.pronoun_person),
            ("grammar.pronoun_plural", &g.pronoun_plural),
            ("grammar.pronoun_thing", &g.pronoun_thing),
            ("grammar.np_stop", &g.np_stop),
            ("grammar.np_post_stop", &g.np_post_stop),
            ("grammar.relative", &g.relative),
            ("grammar.prepositions", &g.prepositions),
            ("grammar.clause_joiners", &g.clause_joiners),
            ("grammar.subordinators", &g.subordinators),
            ("grammar.passive_auxiliaries", &g.passive_auxiliaries),
            (
                "grammar.affiliation_prepositions",
                &g.affiliation_prepositions,
            ),
            ("grammar.adverbial_nouns", &g.adverbial_nouns),
            ("grammar.negations", &g.negations),
            ("grammar.rank_nouns", &g.rank_nouns),
            ("grammar.negation_adverbs", &g.negation_adverbs),
            ("grammar.comparatives", &g.comparatives),
            (
                "grammar.attribution_back_references",
                &g.attribution_back_references,
            ),
            ("grammar.appositive_claim_nouns", &g.appositive_claim_nouns),
            ("grammar.lead_ins", &g.lead_ins),
            ("grammar.parentheticals", &g.parentheticals),
            ("grammar.gerund_suffixes", &g.gerund_suffixes),
            (
                "grammar.genitive_place_suffixes",
                &g.genitive_place_suffixes,
            ),
            ("grammar.modals", &g.modals),
            ("grammar.infinitive_markers", &g.infinitive_markers),
            ("grammar.negative_subjects", &g.negative_subjects),
            ("grammar.continuations", &g.continuations),
            ("grammar.coordinators", &g.coordinators),
            ("grammar.complementizers", &g.complementizers),
            ("grammar.participle_suffixes", &g.participle_suffixes),
            ("grammar.past_suffixes", &g.past_suffixes),
            ("grammar.adverb_suffixes", &g.adverb_suffixes),
            ("grammar.adverb_exceptions", &g.adverb_exceptions),
            ("grammar.plural_suffixes", &g.plural_suffixes),
            (
                "grammar.plural_exception_suffixes",
                &g.plural_exception_suffixes,
            ),
            ("grammar.dative_suffixes", &g.dative_suffixes),
            ("grammar.speaker_phrases", &g.speaker_phrases),
            ("grammar.person_relatives", &g.person_relatives),
            ("grammar.place_nouns", &g.place_nouns),
            ("grammar.question_marks", &g.question_marks),
            ("grammar.answer_marks", &g.answer_marks),
            ("grammar.representative_heads", &g.representative_heads),
            ("grammar.female_words", &g.female_words),
            ("grammar.male_words", &g.male_words),
            ("grammar.female_verb_suffixes", &g.female_verb_suffixes),
            ("grammar.male_verb_suffixes", &g.male_verb_suffixes),
            ("grammar.plural_verb_suffixes", &g.plural_verb_suffixes),
            ("grammar.age_suffixes", &g.age_suffixes),
            (
                "grammar.plural_adjective_suffixes",
                &g.plural_adjective_suffixes,
            ),
            (
                "grammar.genitive_plural_suffixes",
                &g.genitive_plural_suffixes,
            ),
            ("grammar.name_case_endings", &g.name_case_endings),
            ("grammar.adjective_suffixes", &g.adjective_suffixes),
            (
                "grammar.participle_phrase_suffixes",
                &g.participle_phrase_suffixes,
            ),
            ("grammar.group_noun_suffixes", &g.group_noun_suffixes),
            ("grammar.topic_prepositions", &g.topic_prepositions),
            ("grammar.object_case_suffixes", &g.object_case_suffixes),
            (
                "grammar.dative_exception_suffixes",
                &g.dative_exception_suffixes,
            ),
            ("grammar.articles", &g.articles),
            (
                "grammar.back_reference_quantifiers",
                &g.back_reference_quantifiers,
            ),
            ("grammar.partitive", &g.partitive),
            ("grammar.partitive_targets", &g.partitive_targets),
            ("grammar.count_two", &g.count_two),
            ("grammar.count_many", &g.count_many),
            ("grammar.name_joiners", &g.name_joiners),
            ("grammar.inclusion", &g.inclusion),
            ("grammar.bare_anonymous", &g.bare_anonymous),
            ("grammar.unconfirmed_markers", &g.unconfirmed_markers),
            ("patterns.credit_words", &self.patterns.credit_words),
            ("patterns.trailer_words", &self.patterns.trailer_words),
        ]
    }
}

fn type_name(v: &toml::Value) -> &'static str {
    match v {
        toml::Value::String(_) => "a string",
        toml::Value::Integer(_) => "an integer",
        toml::Value::Float(_) => "a number",
        toml::Value::Boolean(_) => "a boolean",
        toml::Value::Datetime(_) => "a date",
        toml::Value::Array(_) => "a list",
        toml::Value::Table(_) => "a table",
    }
}

fn lookup<'a>(t: &'a toml::Table, path: &str) -> Option<&'a toml::Value> {
    let mut parts = path.split('.');
    let mut cur = t.get(parts.next()?)?;
    for p in parts {
        cur = cur.as_table()?.get(p)?;
    }
    Some(cur)
}

/// Merge `value` into `base[key]`, checking it against the default's shape.
fn merge(
    base: &mut toml::Table,
    key: &str,
    value: toml::Value,
    path: &str,
    replace: &[String],
) -> Result<(), ConfigError> {
    let Some(existing) = base.get_mut(key) else {
        return Err(ConfigError::at(path, "unknown key"));
    };
    match (existing, value) {
        (toml::Value::Table(bt), toml::Value::Table(ut)) => {
            for (k, v) in ut {
                merge(bt, &k, v, &format!("{path}.{k}"), replace)?;
            }
            Ok(())
        }
        (toml::Value::Array(ba), toml::Value::Array(ua)) => {
            if path == "outlet" {
                return merge_outlets(ba, ua, replace.iter().any(|r| r == path));
            }
            // Declension rules are tables, and yours are tried before the defaults.
            if path == "grammar.name_declension" {
                for (i, v) in ua.iter().enumerate() {
                    let rule: Declension = v.clone().try_into().map_err(|e: toml::de::Error| {
                        ConfigError::at(&format!("{path}[{i}]"), e.message())
                    })?;
                    if rule.ends.iter().any(|e| e.trim().is_empty()) {
                        return Err(ConfigError::at(
                            &format!("{path}[{i}].ends"),
                            "entries must not be empty strings",
                        ));
                    }
                }
                if !replace.iter().any(|r| r == path) {
                    ba.splice(0..0, ua);
                } else {
                    *ba = ua;
                }
                return Ok(());
            }
            if let Some(bad) = ua.iter().find(|v| !v.is_str()) {
                return Err(ConfigError::at(
                    path,
                    format!("list entries must be strings, found {}", type_name(bad)),
                ));
            }
            if replace.iter().any(|r| r == path) {
                *ba = ua;
            } else {
                ba.extend(ua);
            }
            Ok(())
        }
        (e @ (toml::Value::Float(_) | toml::Value::Integer(_)), v)
            if matches!(v, toml::Value::Float(_) | toml::Value::Integer(_)) =>
        {
            let x = match v {
                toml::Value::Float(f) => f,
                toml::Value::Integer(i) => i as f64,
                _ => unreachable!(),
            };
            *e = toml::Value::Float(x);
            Ok(())
        }
        (e @ toml::Value::String(_), v @ toml::Value::String(_))
        | (e @ toml::Value::Boolean(_), v @ toml::Value::Boolean(_)) => {
            *e = v;
            Ok(())
        }
        (e, v) => Err(ConfigError::at(
            path,
            format!("expected {}, found {}", type_name(e), type_name(&v)),
        )),
    }
}

fn merge_outlets(
    base: &mut Vec<toml::Value>,
    user: Vec<toml::Value>,
    replace_all: bool,
) -> Result<(), ConfigError> {
    if replace_all {
        base.clear();
    }
    for (i, v) in user.into_iter().enumerate() {
        let toml::Value::Table(t) = &v else {
            return Err(ConfigError::at(
                &format!("outlet[{i}]"),
                "each outlet must be a table with name, kind and aliases",
            ));
        };
        let o: Outlet = toml::Value::Table(t.clone())
            .try_into()
            .map_err(|e: toml::de::Error| ConfigError::at(&format!("outlet[{i}]"), e.message()))?;
        if o.name.trim().is_empty() {
            return Err(ConfigError::at(
                &format!("outlet[{i}].name"),
                "must not be empty",
            ));
        }
        if o.aliases.iter().any(|a| a.trim().is_empty()) {
            return Err(ConfigError::at(
                &format!("outlet[{i}].aliases"),
                "aliases must not be empty strings",
            ));
        }
        let name = t.get("name").and_then(|n| n.as_str()).unwrap_or("");
        if let Some(slot) = base.iter_mut().find(|b| {
            b.get("name")
                .and_then(|n| n.as_str())
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        }) {
            *slot = v;
        } else {
            base.push(v);
        }
    }
    Ok(())
}

fn json_to_table(v: serde_json::Value) -> Result<toml::Table, ConfigError> {
    if !v.is_object() {
        return Err(ConfigError {
            key: None,
            line: Some(1),
            message: "a configuration must be a JSON object".into(),
        });
    }
    fn conv(v: serde_json::Value, path: &str) -> Result<toml::Value, ConfigError> {
        Ok(match v {
            serde_json::Value::Null => {
                return Err(ConfigError::at(path, "null is not a valid value"))
            }
            serde_json::Value::Bool(b) => toml::Value::Boolean(b),
            serde_json::Value::Number(n) => match n.as_i64() {
                Some(i) => toml::Value::Integer(i),
                None => toml::Value::Float(n.as_f64().unwrap_or(f64::NAN)),
            },
            serde_json::Value::String(s) => toml::Value::String(s),
            serde_json::Value::Array(a) => toml::Value::Array(
                a.into_iter()
                    .enumerate()
                    .map(|(i, x)| conv(x, &format!("{path}[{i}]")))
                    .collect::<Result<_, _>>()?,
            ),
            serde_json::Value::Object(o) => {
                let mut t = toml::Table::new();
                for (k, x) in o {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    t.insert(k, conv(x, &p)?);
                }
                toml::Value::Table(t)
            }
        })
    }
    match conv(v, "")? {
        toml::Value::Table(t) => Ok(t),
        _ => Err(ConfigError {
            key: None,
            line: None,
            message: "a configuration must be a JSON object".into(),
        }),
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

/// Best-effort line of a dotted key in a TOML or JSON text: the line that sets its last part,
/// preferring one inside the table named by the rest of the path.
fn find_key_line(text: &str, key: &str) -> Option<usize> {
    // "outlet[2]...": the third `[[outlet]]` table of a TOML file.
    if let Some(rest) = key.strip_prefix("outlet[") {
        let n: usize = rest.split(']').next()?.parse().ok()?;
        return text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.trim() == "[[outlet]]")
            .nth(n)
            .map(|(i, _)| i + 1);
    }
    let clean: String = key.split('[').next().unwrap_or(key).to_string();
    let mut parts: Vec<&str> = clean.split('.').collect();
    let last = parts.pop()?;
    let table = parts.join(".");
    let mut current = String::new();
    let mut fallback = None;
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.starts_with('[') {
            current = t.trim_matches(|c| c == '[' || c == ']').trim().to_string();
            if current == clean {
                return Some(i + 1);
            }
            continue;
        }
        let name = t
            .split(['=', ':'])
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches('"');
        let full = if current.is_empty() {
            name.to_string()
        } else {
            format!("{current}.{name}")
        };
        if full == clean || (name == last && current == table) {
            return Some(i + 1);
        }
        if name == last && fallback.is_none() {
            fallback = Some(i + 1);
        }
    }
    fallback
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_load_and_validate() {
        let c = Config::default();
        assert_eq!(c.language.code, "en");
        assert!(c.outlet.len() > 50);
        assert_eq!(c.weights.base.named, 80.0);
    }

    #[test]
    fn every_bundled_language_loads_and_a_user_file_extends_the_one_it_names() {
        for code in bundled_languages() {
            let c = Config::for_language(code).unwrap();
            assert_eq!(c.language.code, code);
            assert!(!c.cues.neutral.is_empty() && !c.outlet.is_empty());
        }
        let err = Config::for_language("xx").unwrap_err();
        assert_eq!(err.key.as_deref(), Some("language.code"));
        let ru = Config::from_user_text("[language]\ncode = \"ru\"\n", Format::Toml).unwrap();
        assert!(ru.cues.neutral.iter().any(|c| c == "сообщил"));
        assert!(ru.grammar.verb_subject_order);
        let en = Config::from_user_text("[cues]\nneutral = [\"quipped\"]\n", Format::Toml).unwrap();
        assert!(!en.grammar.verb_subject_order && en.cues.neutral.iter().any(|c| c == "said"));
    }

    #[test]
    fn user_lists_extend_and_scalars_override() {
        let c = Config::from_user_text(
            "[weights.base]\nnamed = 70\n[cues]\nneutral = [\"opined\"]\n",
            Format::Toml,
        )
        .unwrap();
        assert_eq!(c.weights.base.named, 70.0);
        assert!(c.cues.neutral.iter().any(|s| s == "opined"));
        assert!(c.cues.neutral.iter().any(|s| s == "said"));
    }

    #[test]
    fn replace_replaces_a_list() {
        let c = Config::from_user_text(
            "replace = [\"cues.hedges\"]\n[cues]\nhedges = [\"maybe\"]\n",
            Format::Toml,
        )
        .unwrap();
        assert_eq!(c.cues.hedges, vec!["maybe".to_string()]);
    }

    #[test]
    fn unknown_key_names_key_and_line() {
        let e = Config::from_user_text("[weights.base]\n\nnmed = 70\n", Format::Toml).unwrap_err();
        assert_eq!(e.key.as_deref(), Some("weights.base.nmed"));
        assert_eq!(e.line, Some(3));
    }

    #[test]
    fn wrong_type_and_range_are_errors() {
        let e =
            Config::from_user_text("[weights.base]\nnamed = \"high\"\n", Format::Toml).unwrap_err();
        assert_eq!(e.key.as_deref(), Some("weights.base.named"));
        let e = Config::from_user_text("[weights.base]\nnamed = 170\n", Format::Toml).unwrap_err();
        assert!(e.message.contains("out of range"), "{e}");
        let e = Config::from_user_text("{\"weights\": {\"verb\": {\"cap_min\": 5}}}", Format::Json)
            .unwrap_err();
        assert_eq!(e.key.as_deref(), Some("weights.verb.cap_min"));
    }

    #[test]
    fn malformed_text_reports_line() {
        let e = Config::from_user_text("[cues\nneutral = 1", Format::Toml).unwrap_err();
        assert_eq!(e.line, Some(1));
        let e = Config::from_user_text("{\n\"cues\": }", Format::Json).unwrap_err();
        assert_eq!(e.line, Some(2));
    }

    #[test]
    fn outlets_merge_by_name() {
        let c = Config::from_user_text(
            "[[outlet]]\nname = \"Valley Courier\"\nkind = \"newspaper\"\naliases = [\"the Courier\"]\n",
            Format::Toml,
        )
        .unwrap();
        assert!(c.outlet.iter().any(|o| o.name == "Valley Courier"));
        let e = Config::from_user_text("[[outlet]]\nname = \"X\"\nkind = \"blog\"\n", Format::Toml)
            .unwrap_err();
        assert!(e.key.unwrap().starts_with("outlet"));
    }

    #[test]
    fn shown_configuration_loads_back_exactly() {
        let c = Config::default();
        let back = Config::from_user_text(&c.to_toml(), Format::Toml).unwrap();
        assert_eq!(back.cues.neutral, c.cues.neutral);
        assert_eq!(back.outlet.len(), c.outlet.len());
    }

    #[test]
    fn replace_must_name_a_list_and_outlet_errors_name_the_users_entry() {
        let e = Config::from_user_text("replace = [\"weights.base\"]\n", Format::Toml).unwrap_err();
        assert_eq!(e.key.as_deref(), Some("replace"));
        let text = "[[outlet]]\nname = \"A\"\nkind = \"newspaper\"\n[[outlet]]\nname = \" \"\nkind = \"newspaper\"\n";
        let e = Config::from_user_text(text, Format::Toml).unwrap_err();
        assert_eq!(e.key.as_deref(), Some("outlet[1].name"));
        assert_eq!(e.line, Some(4));
    }

    #[test]
    fn invalid_pattern_is_an_error_naming_the_key() {
        let e = Config::from_user_text("[patterns]\nbyline = '''(unclosed'''\n", Format::Toml)
            .unwrap_err();
        assert_eq!(e.key.as_deref(), Some("patterns.byline"));
        assert_eq!(e.line, Some(2));
    }

    #[test]
    fn json_round_trip() {
        let c = Config::default();
        let back = Config::from_full_json(&c.to_json()).unwrap();
        assert_eq!(back.cues.neutral, c.cues.neutral);
    }
}
