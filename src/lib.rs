//! sayso: score every claim in a news article on whose say-so it rests.
//!
//! The pipeline, one module per stage:
//! text → [`lexicon`] (one automaton pass for every cue) → [`segment`] (paragraphs, non-claims,
//! quotations, sentences) → [`attribute`] (clauses, sources, relay chains, carry-over, labels)
//! → [`score`] (scores with reasons) → [`summary`] (article indicators).
//!
//! ```
//! let scorer = sayso::Scorer::default();
//! let article = scorer.score("The minister said the bridge would reopen on Monday.", None);
//! assert_eq!(article.claims[0].label, sayso::Label::Named);
//! ```

pub mod attribute;
pub mod config;
pub mod lexicon;
pub mod model;
pub mod score;
pub mod segment;
pub mod source;
pub mod summary;
pub mod text;
pub mod words;

pub use config::{Config, ConfigError, Format};
pub use model::{Article, Claim, Label, NonClaim, Origin, Reason, Summary};

use attribute::Context;
use lexicon::{kind, Lexicon};
use source::{outlet_hop, Hop, Reader};
use std::fmt;
use std::sync::Arc;
use text::Lower;

/// Errors the library reports (it never panics on input text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    Config(ConfigError),
    InvalidArgument(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Config(e) => write!(f, "invalid configuration: {e}"),
            Error::InvalidArgument(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<ConfigError> for Error {
    fn from(e: ConfigError) -> Self {
        Error::Config(e)
    }
}

/// A configured scorer. Immutable once built; cheap to clone and safe to share between threads.
#[derive(Clone)]
pub struct Scorer {
    config: Arc<Config>,
    lexicon: Arc<Lexicon>,
    /// The default Russian bundle, built on the first mostly-Cyrillic article, for a scorer
    /// configured in English (the default): one scorer reads both languages. `None` when the
    /// configuration names another language, which then reads every article.
    cyrillic: Option<Arc<std::sync::OnceLock<Lexicon>>>,
}

impl Default for Scorer {
    fn default() -> Self {
        Scorer::new(Config::default())
    }
}

impl Scorer {
    pub fn new(config: Config) -> Scorer {
        let lexicon = Lexicon::new(&config);
        let cyrillic = (config.language.code == "en").then(Default::default);
        Scorer {
            config: Arc::new(config),
            lexicon: Arc::new(lexicon),
            cyrillic,
        }
    }

    /// The lexicon that reads `text`: the Russian bundle for mostly Cyrillic text when this
    /// scorer reads English by default, else the configured one.
    fn lexicon_for(&self, text: &str) -> &Lexicon {
        match &self.cyrillic {
            Some(ru) if text::mostly_cyrillic(text) => ru.get_or_init(|| {
                Lexicon::new(&Config::for_language("ru").expect("embedded ru bundle is valid"))
            }),
            _ => &self.lexicon,
        }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Score one article. `outlet` is the publisher, if the caller knows it.
    pub fn score(&self, text: &str, outlet: Option<&str>) -> Article {
        let lex = self.lexicon_for(text);
        let hits = lex.scan(text);
        let seg = segment::segment(text, &hits, lex);
        let words = words::WordIndex::new(text, lex);
        let reader = Reader {
            text,
            lex,
            hits: &hits,
            words: &words,
            hit_finger: Default::default(),
        };
        let publisher = publisher(lex, text, outlet, &seg, &reader);
        let ctx = Context {
            reader,
            quotes: &seg.quotes,
            sections: &seg.section_outlets,
            publisher: publisher.clone(),
            quote_finger: Default::default(),
            live_hits: Default::default(),
            second_names: Default::default(),
        };
        let units = attribute::split_clauses(&ctx, &seg.units);
        let attributed = attribute::attribute(&ctx, &units);
        let w = &self.config.weights;
        let claims: Vec<Claim> = attributed
            .into_iter()
            .map(|a| {
                let (score, reasons) = score::score_claim(&a, w, text);
                Claim {
                    start: a.start,
                    end: a.end,
                    label: a.label,
                    origin: a.origin,
                    source: a.source_text,
                    source_span: a.source,
                    cue: a.cue.map(|(s, e)| text[s..e].to_string()),
                    cue_span: a.cue,
                    via: a.via.into_iter().map(|h| h.name).collect(),
                    flags: a.flags.into_iter().map(str::to_string).collect(),
                    score,
                    reasons,
                    paragraph: a.paragraph,
                }
            })
            .collect();
        let (summary, score) =
            summary::summarise(&claims, seg.non_claims.len(), publisher.map(|p| p.name), w);
        Article {
            claims,
            non_claims: seg.non_claims,
            score,
            summary,
        }
    }

    /// Score many articles, in parallel when `n_threads` is not 1. Results are in input order
    /// and equal to scoring one by one.
    pub fn score_many<S: AsRef<str> + Sync>(
        &self,
        texts: &[S],
        outlet: Option<&str>,
        n_threads: Option<usize>,
    ) -> Result<Vec<Article>, Error> {
        self.score_many_with(texts, outlet, n_threads, |_, a| a)
    }

    /// [`Self::score_many`], passing each article to `then` (with its text) on the worker
    /// thread that scored it: the caller's post-processing (offset conversion, columns for a
    /// data frame) runs in parallel too, and each article is dropped as soon as it is used.
    pub fn score_many_with<S, R, F>(
        &self,
        texts: &[S],
        outlet: Option<&str>,
        n_threads: Option<usize>,
        then: F,
    ) -> Result<Vec<R>, Error>
    where
        S: AsRef<str> + Sync,
        R: Send,
        F: Fn(&str, Article) -> R + Sync,
    {
        use rayon::prelude::*;
        let one = |t: &S| {
            let t = t.as_ref();
            then(t, self.score(t, outlet))
        };
        match n_threads {
            Some(0) => Err(Error::InvalidArgument(
                "n_threads must be at least 1 (or None for all cores)".into(),
            )),
            Some(1) => Ok(texts.iter().map(one).collect()),
            Some(n) => {
                let pool = thread_pool(n)?;
                Ok(pool.install(|| texts.par_iter().map(one).collect()))
            }
            None => Ok(texts.par_iter().map(one).collect()),
        }
    }
}

/// The publisher: given by the caller, named in a wire dateline, a byline or trailer, or by
/// the article's references to itself ("seen by the BBC", "correspondent of the BBC").
fn publisher(
    lex: &Lexicon,
    text: &str,
    outlet: Option<&str>,
    seg: &segment::Segmented,
    reader: &Reader,
) -> Option<Hop> {
    if let Some(o) = outlet.filter(|o| !o.trim().is_empty()) {
        return Some(outlet_hop(lex, o));
    }
    if let Some(a) = &seg.dateline_agency {
        return Some(outlet_hop(lex, a));
    }
    if let Some(a) = &seg.publication {
        return Some(outlet_hop(lex, a));
    }
    for &(s, e) in &seg.credits_text {
        let lo = reader.hits.partition_point(|h| h.start < s);
        if let Some(h) = reader.hits[lo..]
            .iter()
            .take_while(|h| h.start < e)
            .find(|h| h.is(kind::OUTLET))
        {
            return Some(outlet_hop(lex, &text[h.start..h.end]));
        }
    }
    // "Write to Claire Donnelly at claire.donnelly@wsj.com": a staff address whose domain
    // names a listed outlet.
    for &(s, e) in &seg.credits_text {
        for (at, _) in text[s..e].match_indices('@') {
            let domain = text[s + at + 1..e]
                .split(|c: char| !c.is_ascii_alphanumeric())
                .next();
            if let Some(name) = domain.filter(|d| d.len() >= 2) {
                if lex.outlet_by_name(name).is_some() {
                    return Some(outlet_hop(lex, name));
                }
            }
        }
    }
    // "Ирина Соболева, «Ключегорский вестник»": a byline's name in guillemets, listed or not.
    for &(s, e) in &seg.credits_text {
        let line = &text[s..e];
        if let Some((_, rest)) = line.split_once('«') {
            if let Some((name, _)) = rest.split_once('»') {
                if text::is_capitalised(name.trim()) && text::word_count(name) <= 4 {
                    return Some(outlet_hop(lex, name));
                }
            }
        }
    }
    // "Illustration: Ruth Ansell for The Calder Review": work made for the publisher.
    if let Some(re) = &lex.patterns.commissioned_credit {
        for n in seg.non_claims.iter().filter(|n| n.kind == "caption-credit") {
            if let Some(g) = re.captures(&text[n.start..n.end]).and_then(|c| c.get(1)) {
                return Some(outlet_hop(lex, g.as_str()));
            }
        }
    }
    // "Фото: Андрей Любимов / РБК": a staff photographer of a listed outlet that does not sell
    // its pictures to others (not "Фото: Иван Сомов / ТАСС").
    let mut credits = seg
        .non_claims
        .iter()
        .filter(|n| n.kind == "caption-credit")
        .peekable();
    if let Some(re) = credits.peek().and_then(|_| lex.patterns.staff_credit()) {
        use config::OutletKind as K;
        for n in credits {
            let Some(g) = re.captures(&text[n.start..n.end]).and_then(|c| c.get(1)) else {
                continue;
            };
            let own = lex.outlet_by_name(g.as_str()).is_some_and(|i| {
                matches!(
                    lex.outlets[i as usize].kind,
                    K::Newspaper | K::Magazine | K::Online | K::Broadcaster
                )
            });
            // "Анна Воронцова" over the story and "Фото: Анна Воронцова / «Цифровой контур»": the
            // author's own picture, credited to the paper she writes for, listed or not.
            let line = &text[n.start..n.start + g.start()];
            let photographer = line
                .split_once(':')
                .and_then(|(_, r)| r.split_once('/'))
                .map(|(p, _)| p.trim())
                .filter(|p| !p.is_empty());
            let by_author = photographer.is_some_and(|p| {
                seg.non_claims.iter().any(|b| {
                    b.end <= n.start
                        && matches!(b.kind.as_str(), "byline" | "heading")
                        && text[b.start..b.end].trim() == p
                })
            });
            if own || by_author {
                return Some(outlet_hop(lex, g.as_str()));
            }
        }
    }
    // "documents seen by Reuters": the outlet that has seen them, when every such phrase names
    // the same one (an article that has "seen by The Verge" and "reviewed by Reuters" is by
    // neither, or by a third outlet, and relays both).
    let mut seen_by: Option<Hop> = None;
    let mut two_outlets = false;
    // "a copy seen by this newspaper": the publisher has seen something itself, so an outlet
    // that "reviewed" other papers is another one.
    let mut seen_by_self = false;
    for h in reader.hits.iter().filter(|h| {
        (h.is(kind::SELF_REFERENCE) || h.is(kind::SELF_REFERENCE_BEFORE))
            && !h.is(kind::ACCESS_ONLY)
    }) {
        if h.is(kind::SELF_REFERENCE) {
            let after = text[h.end..text::floor_char(text, (h.end + 40).min(text.len()))]
                .trim_start()
                .to_lowercase();
            seen_by_self |= lex
                .first_hand_objects
                .iter()
                .any(|o| o.contains(' ') && after.starts_with(o.as_str()));
        }
        let span = if h.is(kind::SELF_REFERENCE_BEFORE) {
            let before = &text[text::floor_char(text, h.start.saturating_sub(60))..h.start];
            let before = before.get(..).unwrap_or("");
            capitalised_tail(before)
                .map(|(a, b)| (h.start - before.len() + a, h.start - before.len() + b))
        } else {
            // A listed outlet right after the phrase is the whole name ("seen by the Guardian
            // suggest spills": not "the Guardian suggest spills").
            let lo = reader.hits.partition_point(|o| o.start < h.end);
            reader.hits[lo..]
                .iter()
                .take_while(|o| o.start <= h.end + 5)
                .find(|o| o.is(kind::OUTLET))
                .filter(|o| {
                    let gap = text[h.end..o.start].trim();
                    gap.is_empty() || lex.articles.contains(&gap.lower())
                })
                .map(|o| (o.start, o.end))
                .or_else(|| reader.object_after(h.end, text::ceil_char(text, h.end + 60)))
        };
        let Some((a, b)) = span else { continue };
        let Some(name) = text.get(a..b) else { continue };
        let name = name.trim();
        // "the BBC": drop a leading article when the rest is a known outlet.
        let name = Some(without_article(lex, name))
            .filter(|rest| lex.outlet_by_name(rest).is_some())
            .unwrap_or(name);
        // (Capitalised past a lower-case article: "seen by the Guardian".)
        let bare = without_article(lex, name);
        if bare.chars().next().is_some_and(char::is_uppercase) && text::word_count(name) <= 4 {
            let hop = outlet_hop(lex, name);
            match &seen_by {
                None => seen_by = Some(hop),
                Some(first) if first.name.eq_ignore_ascii_case(&hop.name) => {}
                Some(_) => two_outlets = true,
            }
        }
    }
    // Nor when the article reports what that outlet says ("The Guardian reported that …",
    // "пишет «Коммерсантъ»") and speaks of itself in the first person ("told this newspaper",
    // "сообщили нашему изданию"): the outlet that saw the papers is then another one.
    let relayed = |seen: &Hop| {
        let gap = |a: usize, b: usize| {
            b >= a
                && b - a <= 4
                && text[a..b]
                    .chars()
                    .all(|c| c == ' ' || text::is_quote_char(c))
        };
        let hits = &reader.hits;
        hits.iter().enumerate().any(|(i, h)| {
            h.is(kind::OUTLET)
                && outlet_hop(lex, &text[h.start..h.end])
                    .name
                    .eq_ignore_ascii_case(&seen.name)
                && (hits[i + 1..]
                    .iter()
                    .find(|v| v.start >= h.end)
                    .is_some_and(|v| v.is(kind::VERB) && gap(h.end, v.start))
                    || hits[..i]
                        .iter()
                        .rev()
                        .find(|v| v.end <= h.start)
                        .is_some_and(|v| v.is(kind::VERB) && gap(v.end, h.start)))
        }) && {
            let lower = text::lower(text);
            lex.first_hand_objects
                .iter()
                .any(|o| o.contains(' ') && lower.contains(o.as_str()))
        }
    };
    if !two_outlets && !seen_by_self && seen_by.as_ref().is_some_and(|h| !relayed(h)) {
        return seen_by;
    }
    // "AFP could not immediately verify the footage", "The Journal couldn't verify who wrote
    // them": an outlet that says so of itself. A listed outlet, or a name ending in an outlet's
    // name part; not any capitalised subject ("Police could not confirm").
    let outlet_name = |name: &str| -> Option<Hop> {
        let name = without_article(lex, name).trim();
        let listed = lex.outlet_by_name(name).is_some();
        let part = name
            .rsplit(' ')
            .next()
            .is_some_and(|w| lex.is_outlet_name_part(w));
        (text::word_count(name) <= 4 && (listed || part)).then(|| outlet_hop(lex, name))
    };
    if !lex.publisher_unverified.is_empty() {
        for h in reader.hits.iter().filter(|h| h.is(kind::UNVERIFIED)) {
            if !lex
                .publisher_unverified
                .contains(&text[h.start..h.end].lower())
            {
                continue;
            }
            let before = &text[text::floor_char(text, h.start.saturating_sub(60))..h.start];
            if !before.ends_with(' ') {
                continue;
            }
            if let Some(hop) =
                capitalised_tail(before).and_then(|(a, b)| outlet_name(&before[a..b]))
            {
                return Some(hop);
            }
        }
    }
    // "Al Jazeera's Hoda Salem, reporting from Amman, said": the outlet's own correspondent.
    for phrase in &lex.correspondent_reporting {
        for at in memchr::memmem::find_iter(text.as_bytes(), phrase.as_bytes()) {
            let before = &text[text::floor_char(text, at.saturating_sub(80))..at];
            let Some(before) = before.strip_suffix(", ") else {
                continue;
            };
            let Some((owner, person)) = before
                .rsplit_once("'s ")
                .or_else(|| before.rsplit_once("’s "))
            else {
                continue;
            };
            let person_is_name = !person.is_empty()
                && text::word_count(person) <= 4
                && person.split_whitespace().all(text::is_capitalised);
            if !person_is_name {
                continue;
            }
            if let Some(hop) = capitalised_tail(owner).and_then(|(a, b)| outlet_name(&owner[a..b]))
            {
                return Some(hop);
            }
        }
    }
    // "…, Touchline Daily understands.": a name after a comma that closes the sentence with
    // such a verb (no reporter says it of another outlet).
    for phrase in &lex.publisher_closing {
        for at in memchr::memmem::find_iter(text.as_bytes(), phrase.as_bytes()) {
            if !text[at + phrase.len()..].starts_with('.') {
                continue;
            }
            let before = &text[text::floor_char(text, at.saturating_sub(60))..at];
            let Some((_, after_comma)) = before.rsplit_once(',') else {
                continue;
            };
            let Some((a, _)) = capitalised_tail(after_comma) else {
                continue;
            };
            let name = after_comma[a..].trim();
            if after_comma[..a].trim().is_empty() && text::word_count(name) <= 4 {
                return Some(outlet_hop(lex, name));
            }
        }
    }
    // "Компания не ответила на запрос РБК": a listed outlet that asked for comment. Not in a
    // digest paragraph that opens with that outlet ("РБК сообщает, что … Компания на запрос
    // РБК не ответила."): a review of the press relays the outlet's own request.
    let opens_its_paragraph = |at: usize, name: &str| {
        let i = seg.units.partition_point(|u| u.end <= at);
        let Some(p) = seg.units.get(i).map(|u| u.paragraph) else {
            return false;
        };
        let first = seg.units[..i]
            .iter()
            .rev()
            .take_while(|u| u.paragraph == p)
            .last()
            .unwrap_or(&seg.units[i]);
        first.start < at
            && text[first.start..]
                .trim_start_matches(|c: char| c.is_whitespace() || text::is_quote_char(c))
                .starts_with(name)
    };
    if !lex.publisher_request_cues.is_empty() {
        for h in reader.hits.iter().filter(|h| h.is(kind::OUTLET)) {
            if opens_its_paragraph(h.start, &text[h.start..h.end]) {
                continue;
            }
            let before = &text[text::floor_char(text, h.start.saturating_sub(40))..h.start];
            let before = before
                .trim_end_matches(|c: char| c.is_whitespace() || text::is_quote_char(c))
                .lower();
            if lex
                .publisher_request_cues
                .iter()
                .any(|c| before.ends_with(c.as_str()))
            {
                return Some(outlet_hop(lex, &text[h.start..h.end]));
            }
        }
        // An unlisted one: "на запрос «Шоу-Ленты»", "a request for comment from The Harbourline".
        let requests = reader.hits.iter().filter(|h| {
            h.is(kind::PUBLISHER_REQUEST)
                || h.is(kind::NO_COMMENT) && {
                    // "не ответила на запрос": a no-comment phrase ending with the cue.
                    let phrase = text[h.start..h.end].lower();
                    lex.publisher_request_cues
                        .iter()
                        .any(|c| phrase.ends_with(c.as_str()))
                }
        });
        for h in requests {
            let from = h.end;
            let Some((a, b)) = reader.object_after(from, text::ceil_char(text, from + 60)) else {
                continue;
            };
            // A quoted name ends at its closing mark ("«Шоу-Ленты» не ответила").
            let quoted = text[from..a].contains(['«', '“', '"']);
            let b = match text[a..b].find(['»', '”', '"']) {
                Some(i) if quoted => a + i,
                _ => b,
            };
            let name =
                text[a..b].trim_matches(|c: char| c.is_whitespace() || text::is_quote_char(c));
            let name = without_article(lex, name);
            if text[from..a]
                .trim()
                .trim_matches(text::is_quote_char)
                .is_empty()
                && name.chars().next().is_some_and(char::is_uppercase)
                && text::word_count(name) <= 4
                && !name
                    .split_whitespace()
                    .next()
                    .is_some_and(|first| opens_its_paragraph(a, first))
            {
                return Some(outlet_hop(lex, name));
            }
        }
    }
    own_paper(lex, text, seg, reader)
}

/// A local paper naming itself by its last word after a channel cue ("told the Gazette"): the
/// word is an outlet name part, no known outlet is called so, and no longer name ending in it
/// ("the Ashby Gazette") is mentioned in the article's claims (a photo credit may carry it).
fn own_paper(lex: &Lexicon, text: &str, seg: &segment::Segmented, reader: &Reader) -> Option<Hop> {
    let in_claim = |pos: usize| {
        let i = seg.units.partition_point(|u| u.end <= pos);
        seg.units.get(i).is_some_and(|u| u.start <= pos)
    };
    for h in reader.hits.iter().filter(|h| h.is(kind::TO_CHANNEL)) {
        let ws = reader.words(h.end, text::ceil_char(text, h.end + 60));
        let [art, part, rest @ ..] = &ws[..] else {
            continue;
        };
        let word = part.text(text);
        // "told the Evening Post" with "Picture: Evening Post" under a photo: an unlisted
        // paper's full name that a caption credit gives alone.
        if let Some(name) = credited_name(lex, text, seg, art, part, rest) {
            return Some(Hop::unlisted(name));
        }
        let bare = art.is(lexicon::wf::ARTICLE)
            && text[h.end..art.start].trim().is_empty()
            && text[art.end..part.start] == *" "
            && lex.is_outlet_name_part(word)
            && lex.outlet_by_name(&text[art.start..part.end]).is_none()
            && lex.outlet_by_name(word).is_none()
            && !rest.first().is_some_and(|n| {
                text[part.end..n.start] == *" " && text::is_capitalised(n.text(text))
            });
        if !bare {
            continue;
        }
        // A longer name ending in the word, inside a claim: another paper.
        let longer = memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()).any(|i| {
            let before = text[..i].trim_end_matches(' ');
            let prev = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            before.len() < i
                && text::is_capitalised(prev)
                && !lex.articles.contains(&prev.lower())
                && in_claim(i)
        });
        if !longer {
            return Some(Hop::unlisted(word));
        }
    }
    None
}

/// The unlisted paper's name after the article in "told the Evening Post", when a caption
/// credit is that name alone ("Picture: Evening Post"): the run of capitalised words ends in an
/// outlet name part.
fn credited_name<'t>(
    lex: &Lexicon,
    text: &'t str,
    seg: &segment::Segmented,
    art: &words::Tok,
    part: &words::Tok,
    rest: &[words::Tok],
) -> Option<&'t str> {
    if !art.is(lexicon::wf::ARTICLE) || !text::is_capitalised(part.text(text)) {
        return None;
    }
    let mut end = part;
    for w in rest.iter().take(3) {
        if text[end.end..w.start] != *" " || !text::is_capitalised(w.text(text)) {
            break;
        }
        end = w;
    }
    let name = &text[part.start..end.end];
    let credited = |n: &model::NonClaim| {
        n.kind == "caption-credit"
            && text[n.start..n.end]
                .split_once(':')
                .is_some_and(|(_, r)| r.trim() == name)
    };
    (end.end > part.end
        && lex.is_outlet_name_part(end.text(text))
        && lex.outlet_by_name(name).is_none()
        && seg.non_claims.iter().any(credited))
    .then_some(name)
}

/// A pool of `n` worker threads, built once per size and reused by later batches.
fn thread_pool(n: usize) -> Result<Arc<rayon::ThreadPool>, Error> {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static POOLS: std::sync::OnceLock<Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>> =
        std::sync::OnceLock::new();
    let pools = POOLS.get_or_init(|| Mutex::new(HashMap::new()));
    let mut pools = pools.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(p) = pools.get(&n) {
        return Ok(p.clone());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build()
        .map_err(|e| Error::InvalidArgument(format!("cannot start {n} threads: {e}")))?;
    let pool = Arc::new(pool);
    pools.insert(n, pool.clone());
    Ok(pool)
}

/// A name without the article that opens it ("The Journal" -> "Journal").
fn without_article<'a>(lex: &Lexicon, name: &'a str) -> &'a str {
    name.split_once(' ')
        .filter(|(first, _)| lex.articles.contains(&first.lower()))
        .map_or(name, |(_, rest)| rest)
}

/// The capitalised words at the end of `s` ("... which The Ledger" -> "The Ledger").
fn capitalised_tail(s: &str) -> Option<(usize, usize)> {
    let ws = text::words(s, 0, s.len());
    let mut start = None;
    for w in ws.iter().rev() {
        if w.text(s).chars().next().is_some_and(char::is_uppercase) {
            start = Some(w.start);
        } else {
            break;
        }
    }
    let end = ws.last()?.end;
    start.map(|a| (a, end))
}

/// Score one article with the default configuration.
pub fn score(text: &str, outlet: Option<&str>) -> Article {
    static DEFAULT: std::sync::OnceLock<Scorer> = std::sync::OnceLock::new();
    DEFAULT.get_or_init(Scorer::default).score(text, outlet)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str) -> Vec<(String, Label)> {
        score(text, None)
            .claims
            .iter()
            .map(|c| (text[c.start..c.end].to_string(), c.label))
            .collect()
    }

    #[test]
    fn the_four_labels() {
        let text = "The minister said the bridge would reopen. A source familiar with the plan said it would not. \
                    Two officials told Reuters the cost had doubled. Experts say bridges are costly.";
        let l: Vec<Label> = labels(text).into_iter().map(|x| x.1).collect();
        assert_eq!(
            l,
            vec![
                Label::Named,
                Label::Anonymous,
                Label::Relayed,
                Label::Unconfirmed
            ]
        );
    }

    #[test]
    fn a_party_citing_a_source_relays_it() {
        // A speaker who is not an outlet, passing on what a source told them: relayed via the
        // speaker, from the source. A reason ("citing weaker demand") makes no relay.
        for (text, via, source) in [
            (
                "The senator said, citing two intelligence officials, that the talks had failed.",
                "The senator",
                "two intelligence officials",
            ),
            (
                "Депутат Иван Петров, ссылаясь на источники в полиции, заявил, что задержаны трое.",
                "Депутат Иван Петров",
                "источники в полиции",
            ),
        ] {
            let c = &score(text, None).claims[0];
            assert_eq!(c.label, Label::Relayed, "{text}");
            assert_eq!(c.origin, Origin::Anonymous, "{text}");
            assert_eq!(c.via, vec![via.to_string()], "{text}");
            assert_eq!(c.source.as_deref(), Some(source), "{text}");
            assert!(
                c.reasons.iter().any(|r| r.rule == "M.RELAY.PARTY"),
                "{text}"
            );
        }
        let c = &score(
            "The ministry said, citing preliminary data, that 40 people had died.",
            None,
        )
        .claims[0];
        assert_eq!((c.label, c.via.len()), (Label::Named, 0));
    }

    #[test]
    fn what_first_reports_news_is_an_outlet() {
        // An unknown name after "first reported by" is a publication, remembered for the
        // sentences after it; a person's name stays a person.
        let text = "The job cuts were first reported by TechLedger on Monday. According to \
                    TechLedger, the chief executive told senior leaders that no more cuts were planned.";
        let a = score(text, None);
        assert_eq!(a.claims[0].label, Label::Relayed);
        assert_eq!(a.claims[0].via, vec!["TechLedger".to_string()]);
        assert_eq!(a.claims[1].label, Label::Relayed);
        assert_eq!(a.claims[1].via, vec!["TechLedger".to_string()]);
        assert_eq!(a.claims[1].source.as_deref(), Some("the chief executive"));
        let a = score(
            "The story was first reported by John Smith, a local resident.",
            None,
        );
        assert_eq!(
            (a.claims[0].label, a.claims[0].via.len()),
            (Label::Named, 0)
        );
    }

    #[test]
    fn russian_openers_and_people_named_by_their_work() {
        let label_via = |text: &str| {
            let c = score(text, None).claims.pop().unwrap();
            (c.label, c.via)
        };
        // "Первым об этом написал X": the subject follows the verb.
        let (l, via) = label_via("Первым об этом написал канал «Серый кардинал».");
        assert_eq!(
            (l, via),
            (Label::Relayed, vec!["Серый кардинал".to_string()])
        );
        // A lower-case "певица" after an adverb is the subject, and its interview relays it.
        let (l, via) = label_via(
            "Тогда певица заявила в интервью «Комсомольской правде», что развод прошёл спокойно.",
        );
        assert_eq!(
            (l, via),
            (Label::Relayed, vec!["Комсомольская правда".to_string()])
        );
        // Fans are a generic collective.
        let (l, _) = label_via("Поклонники певицы предполагают, что это связано с разводом.");
        assert_eq!(l, Label::Unconfirmed);
    }

    #[test]
    fn words_that_look_like_cues_and_sources_that_are_not_people() {
        let first = |text: &str| score(text, None).claims.remove(0);
        // A cue word inside a phrase that reports nothing, or used as a noun before an
        // auxiliary, is no cue.
        for text in [
            "Invoices did not match work carried out on the building.",
            "Hale, who wore a grey suit and showed no emotion, was led to the cells.",
            "His claims could not be checked against the invoices.",
        ] {
            let c = first(text);
            assert_eq!((c.label, c.cue), (Label::Unconfirmed, None), "{text}");
        }
        // A passive with an adverb before its verb names no speaker either.
        let c = first("Neither side's battlefield claims could be independently verified.");
        assert_eq!((c.label, c.source), (Label::Unconfirmed, None));
        // Hearsay before a perfect infinitive: who says so is not given.
        let c = first("Hale is said to have told parishioners that the villa was a gift.");
        assert_eq!((c.label, c.source), (Label::Unconfirmed, None));
        // A generic collective, even capitalised at the start of the sentence.
        let c = first("Fraud specialists say such cases often go undetected.");
        assert_eq!(c.label, Label::Unconfirmed);
        // A consensus compiled by a company is a document of the company.
        let c = first(
            "Analysts had expected a profit, according to a consensus compiled by the company.",
        );
        assert_eq!(c.label, Label::Named);
        // Modified documents seen by an outlet: the document is the source.
        let c = first("Staff skipped checks, according to internal records obtained by Reuters.");
        assert_eq!(
            c.source.as_deref(),
            Some("internal records obtained by Reuters")
        );
        assert_ne!(c.label, Label::Unconfirmed);
    }

    #[test]
    fn titles_that_are_also_common_nouns_point_back_and_names_keep_their_words() {
        // "the doctor" after an anonymous doctor is that doctor, though "Doctor" is a title.
        let text = "PORTMARA (AFP) - A senior doctor, who asked not to be named, told AFP that \
                    wards were full. \"We have patients in corridors,\" the doctor said.";
        let a = score(text, None);
        assert_eq!(a.claims[1].label, Label::Anonymous);
        // A capitalised stop word inside an outlet's name ("Today") does not end it.
        let a = score(
            "Tressell told Westvale Today TV that work could begin soon.",
            None,
        );
        assert_eq!(a.claims[0].via, vec!["Westvale Today TV".to_string()]);
    }

    #[test]
    fn an_outlet_only_mentioned_is_the_one_the_agency_points_back_to() {
        let text = "Снижение началось после публикации Bloomberg. Агентство со ссылкой на три \
                    источника сообщило, что запуск отложен. По данным собеседников агентства, \
                    причиной стали проблемы с поставками.";
        let a = score(text, None);
        for c in &a.claims[1..] {
            assert_eq!(c.label, Label::Relayed);
            assert_eq!(c.via, vec!["Bloomberg".to_string()]);
        }
        // A place whose noun is modified and followed by a genitive speaks.
        let c = score(
            "Как сообщили в областном министерстве здравоохранения, больницы переполнены.",
            None,
        )
        .claims
        .remove(0);
        assert_eq!(c.label, Label::Named);
        assert_eq!(
            c.source.as_deref(),
            Some("областном министерстве здравоохранения")
        );
        // "По предварительным данным ведомства": the institution named before.
        let text = "Дома остались без тепла, сообщили в пресс-службе управления МЧС. По \
                    предварительным данным ведомства, авария произошла ночью.";
        assert_eq!(score(text, None).claims[1].label, Label::Named);
    }

    #[test]
    fn a_quoted_name_after_a_source_noun_is_an_organisation() {
        // "Источник «Заречье.Инфо»": the name in guillemets is not the source's own.
        let text = "Источник «Заречье.Инфо» в правительстве, попросивший не называть его имени, \
                    рассказал, что сигналов не было.";
        assert_eq!(score(text, None).claims[0].label, Label::Anonymous);
    }

    #[test]
    fn a_negated_verb_reports_nothing_and_content_is_no_listener() {
        let c = score("Источник этих сведений канал не называет.", None)
            .claims
            .remove(0);
        assert_eq!((c.label, c.cue), (Label::Unconfirmed, None));
        // What follows "рассказал," is the content, not whom it was told to.
        let text = "Один из рецензентов, согласившийся поговорить на условиях анонимности, \
                    рассказал, что авторам пришлось пересчитывать данные по требованию журнала.";
        let c = score(text, None).claims.remove(0);
        assert_eq!((c.label, c.via.len()), (Label::Anonymous, 0));
    }

    #[test]
    fn what_someone_was_told_reaches_us_through_them() {
        // scoring-rubric.md: "Zelensky said Russia had told mediators …" is relayed via a party.
        let c = score(
            "Zelensky said Russia had told mediators it would not attack energy sites.",
            None,
        )
        .claims
        .remove(0);
        assert_eq!(c.label, Label::Relayed);
        assert_eq!(c.via, vec!["Zelensky".to_string()]);
        assert_eq!(c.source.as_deref(), Some("Russia"));
        // What the speaker told others is their own.
        let c = score(
            "The minister said he had told the committee that cuts were needed.",
            None,
        )
        .claims
        .remove(0);
        assert_eq!((c.label, c.via.len()), (Label::Named, 0));
        // A lower-case modifier, then a capitalised one, before a source noun.
        let c = score(
            "The plan was shelved, senior Pentagon officials said.",
            None,
        )
        .claims
        .remove(0);
        assert_eq!(c.label, Label::Anonymous);
        assert_eq!(c.source.as_deref(), Some("senior Pentagon officials"));
    }

    #[test]
    fn requests_for_comment_rulings_and_content_after_an_inverted_verb() {
        let first = |text: &str| score(text, None).claims.remove(0);
        let c = first("We have contacted the hospital for further comment.");
        assert_eq!((c.label, c.cue), (Label::Unconfirmed, None));
        let c = first("The Post has not been able to independently verify the timelines.");
        assert_eq!(c.label, Label::Unconfirmed);
        let c = first("The court ruled that her explanation was implausible.");
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Named, Some("The court"))
        );
        let c = first("Humanitarian groups have long accused the authorities of delaying rescues.");
        assert_eq!(c.label, Label::Unconfirmed);
        // After "Name, role, said", a phrase followed by its own verb is content, not an
        // inverted speaker.
        let c = first("Okafor, a physician, said a colleague in the pharmacy had told him so.");
        assert_ne!(c.source.as_deref(), Some("a colleague"));
        // A person's role with their name in apposition names them.
        let c = first("A lawyer for Halvorsen, Julian Pryce, said his client denies the claims.");
        assert_eq!(c.label, Label::Named);
        // A relative clause closed by a comma leaves the no-comment to the main clause.
        let a = score(
            "The panel, which brought the case, declined to comment last night.",
            None,
        );
        assert_eq!(a.claims.len(), 1);
        let c = first("The road is closed, said a witness who was at the scene.");
        assert_eq!(c.source.as_deref(), Some("a witness"));
    }

    #[test]
    fn russian_dialogue_answers_groups_and_centres() {
        let last = |text: &str| score(text, None).claims.pop().unwrap();
        // An interview answer after a dialogue dash is a quotation of whoever answers.
        let c = last("Орлов ушёл с поста.\n\n— Пока я остаюсь в совете, а дальше посмотрим, — ответил Орлов.");
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Named, Some("Орлов"))
        );
        assert!(c.has_flag(crate::model::flags::DIRECT_QUOTE));
        // "…, сообщил агентству, что …": the listener is no inverted speaker.
        let c = last(
            "Источник, знакомый с ситуацией, сообщил агентству, что компания обратилась в полицию.",
        );
        assert_eq!(c.label, Label::Anonymous);
        // "приводит ТАСС слова X" relays X via TASS; "приводит к росту" is no cue.
        let c =
            last("«Мы разберёмся», — приводит ТАСС слова главного конструктора Валерия Кудрина.");
        assert_eq!(
            (c.label, c.via.clone()),
            (Label::Relayed, vec!["ТАСС".to_string()])
        );
        assert_eq!(
            c.source.as_deref(),
            Some("главного конструктора Валерия Кудрина")
        );
        let c = last("Рост тарифов приводит к росту цен.");
        assert_eq!((c.label, c.cue), (Label::Unconfirmed, None));
        // A person noun, the place that describes them, then a first name that can only be
        // nominative and a surname: named.
        let c = last(
            "Депутат заксобрания от оппозиционной фракции Андрей Волков назвал закон ошибкой.",
        );
        assert_eq!(c.label, Label::Named);
        assert!(c.source.is_some_and(|s| s.ends_with("Андрей Волков")));
        // A generic group speaking on social media is still a generic group.
        let c = last("Многие болельщики в соцсетях уверены, что история всплыла неслучайно.");
        assert_eq!((c.label, c.via.len()), (Label::Unconfirmed, 0));
        // A research or forecast centre is an institution.
        let c = last("По прогнозу регионального центра по гидрометеорологии, жара продержится.");
        assert_eq!(c.label, Label::Named);
    }

    #[test]
    fn russian_fronted_topic_or_object_leaves_the_subject_after_the_verb() {
        let last = |text: &str| score(text, None).claims.pop().unwrap();
        // A phrase about what is reported, with a person noun it governs, is no subject.
        let c = last("Об отставке министра сообщил источник в Кремле.");
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Anonymous, Some("источник в Кремле"))
        );
        let c = last("О задержании подозреваемого рассказала соседка Анна Котова.");
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Named, Some("соседка Анна Котова"))
        );
        // An object in the accusative before the verb: the subject follows it, or there is
        // none ("it was confirmed").
        let c = last("Информацию подтвердили два источника в правительстве.");
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Anonymous, Some("два источника в правительстве"))
        );
        let c = last("Эту версию подтвердил источник в полиции.");
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Anonymous, Some("источник в полиции"))
        );
        let c = last("Эту версию подтвердили.");
        assert_eq!((c.label, c.source), (Label::Unconfirmed, None));
        // A plural verb after a singular phrase: the phrase is its object ...
        let c = last("Подлинность документа подтвердили два источника.");
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Anonymous, Some("два источника"))
        );
        // ... but not after a place, which speaks for the people in it, nor when the phrase
        // is plural.
        let c = last("В пресс-службе Минздрава подтвердили подготовку документа.");
        assert_eq!(c.label, Label::Named);
        assert!(c.source.is_some_and(|s| s.ends_with("Минздрава")));
        let c = last("Другие обвиняют тренерский штаб.");
        assert_eq!(c.source.as_deref(), Some("Другие"));
        // The lists are data: without them the fronted phrase is read as the subject.
        let mut cfg = Config::for_language("ru").expect("the Russian configuration");
        cfg.grammar.topic_prepositions.clear();
        cfg.grammar.object_case_suffixes.clear();
        cfg.grammar.plural_verb_suffixes.clear();
        let bare = Scorer::new(cfg);
        let first = |text: &str| bare.score(text, None).claims.pop().unwrap().source;
        assert_ne!(
            first("Об отставке министра сообщил источник в Кремле.").as_deref(),
            Some("источник в Кремле")
        );
        assert_ne!(
            first("Информацию подтвердили два источника в правительстве.").as_deref(),
            Some("два источника в правительстве")
        );
    }

    #[test]
    fn nouns_and_gerunds_that_look_like_cues() {
        let claims = |text: &str| score(text, None).claims;
        // "considering adding": a gerund object, no continuation of the speaker before.
        let c = claims("Cllr Akers said the vote was final. He is considering adding his name.");
        assert_eq!((c[1].label, c[1].cue.is_none()), (Label::Unconfirmed, true));
        let c = claims("Cllr Akers said the vote was final, adding that he was sorry.");
        assert_eq!(c[0].label, Label::Named);
        // "in a blog post": the noun, not the verb "post"; the speaker before "wrote".
        let c = claims("“We own it,” chief executive Noor Halvorsen wrote in a blog post.");
        assert_eq!(
            (c[0].label, c[0].source.as_deref()),
            (Label::Named, Some("chief executive Noor Halvorsen"))
        );
        // "a 30-year dispute": a noun after a numbered modifier.
        let c = claims(
            "The two states would end a 30-year dispute over the river, according to reports.",
        );
        assert_eq!(
            (c[0].label, c[0].source.as_deref()),
            (Label::Unconfirmed, None)
        );
        // A company's own accounts are its document, not social media accounts.
        let c = claims("Tallyhive's latest accounts, filed in March, show revenue rose 38%.");
        assert_eq!((c[0].label, c[0].via.len()), (Label::Named, 0));
    }

    #[test]
    fn people_named_after_their_portfolio_or_by_surname_alone() {
        let claims = |text: &str| score(text, None).claims;
        // A title and a name after the role's preposition name the person ...
        let c = claims("Cabinet member for housing Cllr Jo Reed said the cuts were agonising.");
        assert_eq!(c[0].label, Label::Named);
        // ... an institution after it does not.
        let c = claims("Two members of the ruling Civic Union, speaking on condition of anonymity, said the vote was close.");
        assert_eq!(c[0].label, Label::Anonymous);
        // "the witness" points back to the anonymous source who testified.
        let c = claims("A former site supervisor, who cannot be named, said he was told to tick boxes. The witness denied this.");
        assert_eq!(c[1].label, Label::Anonymous);
        // A surname the article gave with a first name opens the sentence before "he said".
        let c = claims(
            "Daniel Okonjo scored late. A source at the club said he would stay.\n\nOkonjo himself was coy when asked about his future. \"I am happy here,\" he said.",
        );
        assert_eq!(
            (c[3].label, c[3].source.as_deref()),
            (Label::Named, Some("Okonjo"))
        );
    }

    #[test]
    fn a_russian_byline_names_the_publisher() {
        let a = score(
            "Ирина Соболева, «Ключегорский вестник»\n\nДиректор предприятия Виктор Нестеренко рассказал «Вестнику», что бригады работают.",
            None,
        );
        assert_eq!(a.non_claims[0].kind, "byline");
        assert_eq!(
            (a.claims[0].label, a.claims[0].via.len()),
            (Label::Named, 0)
        );
        // Another paper's correspondent: the relay keeps the paper's whole name.
        let a = score(
            "Прокурор попросил суд приговорить главу района, передаёт корреспондент «Тальской недели».",
            None,
        );
        assert_eq!(
            (a.claims[0].label, a.claims[0].via.clone()),
            (Label::Relayed, vec!["Тальской недели".to_string()])
        );
    }

    #[test]
    fn russian_parties_commissions_and_fronted_party_names() {
        let last = |text: &str| score(text, None).claims.pop().unwrap();
        // The party a court report is about is one person.
        let c = last("«Я с этим не согласен», — ответил подсудимый.");
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Named, Some("подсудимый"))
        );
        // An election commission is an institution, whatever case it takes.
        let c = last("Явка, по данным комиссии, составила 23,4%.");
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Named, Some("комиссии"))
        );
        // A party's name in guillemets as the subject of its own clause is no listener.
        let c = last("«Справедливая Россия» получила 19 мандатов, сообщила Лариса Гуськова.");
        assert_eq!((c.label, c.via.len()), (Label::Named, 0));
        // "в заявлении для нашего издания": a statement to the publisher is first-hand.
        let c = last(
            "Пресс-агент певицы Дарья Вольская в заявлении для нашего издания назвала слухи домыслами.",
        );
        assert_eq!((c.label, c.via.len()), (Label::Named, 0));
        let c = last("Министр в комментарии для РБК назвал решение ошибкой.");
        assert_eq!(
            (c.label, c.via.clone()),
            (Label::Relayed, vec!["РБК".to_string()])
        );
        // A quoted company name opening the reporter's sentence continues no quotation; a
        // quotation that opens the next sentence does.
        let a = score(
            "Шестаков говорил, что завод не продаётся. «Промальянс» объединяет три завода.",
            None,
        );
        assert_eq!(
            (a.claims[1].label, a.claims[1].source.as_deref()),
            (Label::Unconfirmed, None)
        );
        let a = score(
            "«Завод не продаётся», — говорил Шестаков. «Мы его только купили».",
            None,
        );
        assert_eq!(a.claims[1].source.as_deref(), Some("Шестаков"));
        // "заметил" reports; the observer who asked not to be named is anonymous.
        let c = last(
            "Наблюдательница, попросившая не называть её имени, заметила, что урну вскрывали.",
        );
        assert_eq!(c.label, Label::Anonymous);
    }

    #[test]
    fn names_that_hold_an_outlet_and_ages_used_as_nouns() {
        let first = |text: &str| score(text, None).claims.remove(0);
        let c = first("The Information Commissioner's Office confirmed it had received a report.");
        assert_eq!((c.label, c.via.len()), (Label::Named, 0));
        let c = first("The 31-year-old wrote that the couple had split.");
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Named, Some("The 31-year-old"))
        );
        // "a 1998 interview with": the channel phrase with a modifier inside.
        let c = first(
            "In a 1998 interview with The Guardian, Castellane said she had been turned down.",
        );
        assert_eq!(
            (c.label, c.via.clone()),
            (Label::Relayed, vec!["The Guardian".to_string()])
        );
        // Someone's representative speaks for them on the record.
        let c = first("A representative for Reyes confirmed the split in a statement.");
        assert_eq!(c.label, Label::Named);
        let c = first("A representative of the company confirmed the split.");
        assert_eq!(c.label, Label::Anonymous);
    }

    #[test]
    fn publisher_is_not_a_relay() {
        let text = "KYIV, Nov 3 (Reuters) - Two officials told Reuters the cost had doubled.";
        let a = score(text, None);
        assert_eq!(a.claims[0].label, Label::Anonymous);
        let a = score(
            "Two officials told Reuters the cost had doubled.",
            Some("Reuters"),
        );
        assert_eq!(a.claims[0].label, Label::Anonymous);
        // The outlet that asked for comment is the publisher.
        let a = score(
            "Аналитик Софья Лаптева рассказала РБК, что реакция рынка избыточна. Компания не \
             ответила на запрос РБК.",
            None,
        );
        assert_eq!(
            (a.claims[0].label, a.claims[0].via.len()),
            (Label::Named, 0)
        );
        // A place not in capitals before a known agency is a dateline too.
        let a = score(
            "Marrow Cape (AFP) - An engineer told AFP on condition of anonymity that a valve failed.",
            None,
        );
        assert_eq!(a.claims[0].label, Label::Anonymous);
        assert_eq!(a.summary.publisher.as_deref(), Some("Agence France-Presse"));
        let a = score("Two officials told Reuters the cost had doubled.", None);
        assert_eq!(a.claims[0].label, Label::Relayed);
        assert_eq!(a.claims[0].via, vec!["Reuters".to_string()]);
    }

    #[test]
    fn publication_line_names_the_publisher() {
        // "Outlet, date" before the body: the outlet is the publisher, in any case form.
        let a = score(
            "РБК, 14 мая 2025, 11:32\n\nАналитик Софья Лаптева рассказала РБК, что спрос упал.",
            None,
        );
        assert_eq!(a.summary.publisher.as_deref(), Some("РБК"));
        assert_eq!(
            (a.claims[0].label, a.claims[0].via.len()),
            (Label::Named, 0)
        );
        let a = score(
            "«Деловой Петрозаводск», 5 сентября 2025\n\nВ интервью «Деловому Петрозаводску» \
             директор верфи Виктор Лаптев рассказал, что заказов стало больше.",
            None,
        );
        assert_eq!(
            (a.claims[0].label, a.claims[0].via.len()),
            (Label::Named, 0)
        );
        let a = score(
            "Reuters, March 5, 2025\n\nTwo officials told Reuters the cost had doubled.",
            None,
        );
        assert_eq!(a.claims[0].label, Label::Anonymous);
        // Without the line, the same outlet is a relay.
        let (label, _, via) = first("Аналитик Софья Лаптева рассказала РБК, что спрос упал.");
        assert_eq!((label, via), (Label::Relayed, vec!["РБК".to_string()]));
    }

    #[test]
    fn pronoun_points_past_unsourced_sentences_to_the_person_opening_one() {
        // The person named a few unsourced sentences back, across a paragraph break and a
        // line that opens with a caption's name.
        let text = "Photo: the crew room\n\nMoira Fenwick has been pulled out of the sea twice. \
                    Next month she steps down.\n\nWe meet in the crew room at Porthallow. \
                    \"Rescue is ordinary,\" she says.";
        let a = score(text, None);
        let c = a.claims.last().unwrap();
        assert_eq!(c.label, Label::Named);
        assert_eq!(c.source.as_deref(), Some("Moira Fenwick"));
        // Not past a sentence with a source of its own.
        let text = "Moira Fenwick runs the trust. A volunteer, who asked not to be named, said \
                    crews were angry. \"It hurt,\" she said.";
        let a = score(text, None);
        assert_eq!(a.claims.last().unwrap().label, Label::Anonymous);
    }

    #[test]
    fn one_of_a_group_and_counted_speakers_after_a_fronted_listener() {
        // "One of RBC's sources" is an anonymous source relayed by RBC, not a name.
        let c = &score("Один из собеседников РБК сказал, что цена низкая.", None).claims[0];
        assert_eq!((c.label, c.origin), (Label::Relayed, Origin::Anonymous));
        assert_eq!(c.via, vec!["РБК".to_string()]);
        // "Об этом ТАСС сообщили три источника": the outlet before the verb is the listener.
        let c = &score("Об этом ТАСС сообщили три источника.", None).claims[0];
        assert_eq!((c.label, c.origin), (Label::Relayed, Origin::Anonymous));
        assert_eq!(c.source.as_deref(), Some("три источника"));
        // "В Кремле ТАСС сообщили": a plural verb after an outlet and the place before it; the
        // place speaks, the outlet is told. Not a name the place's noun governs.
        let c = &score("В Минфине РБК сообщили, что контракт расторгнут.", None).claims[0];
        assert_eq!((c.label, c.origin), (Label::Relayed, Origin::Named));
        assert_eq!(
            (c.source.as_deref(), c.via.clone()),
            (Some("Минфине"), vec!["РБК".to_string()])
        );
        let (label, ..) = first("В пресс-службе «Кедра» сообщили, что Шалимов травмирован.");
        assert_eq!(label, Label::Named);
        // A woman's name in "-а" after her role is named when her verb agrees.
        let (label, ..) =
            first("Депутат от фракции «Городской союз» Светлана Орехова назвала сделку ошибкой.");
        assert_eq!(label, Label::Named);
    }

    #[test]
    fn a_named_party_citing_a_named_source_relays_it() {
        let c = &score(
            "Senator Jane Roe, citing the Pentagon, said the strike had failed.",
            None,
        )
        .claims[0];
        assert_eq!((c.label, c.origin), (Label::Relayed, Origin::Named));
        assert_eq!(c.source.as_deref(), Some("the Pentagon"));
        assert_eq!(c.via.len(), 1);
        assert!(c.via[0].contains("Jane Roe"));
        // A reason cited is no source.
        let (label, source, via) =
            first("The bank raised its rate on Wednesday, citing stubborn food inflation.");
        assert_eq!(
            (label, source.as_deref(), via.len()),
            (Label::Named, Some("The bank"), 0)
        );
    }

    #[test]
    fn a_surname_after_a_relayed_quote_keeps_its_relay() {
        let text = "Xinhua quoted foreign ministry spokesman Liang Wenhao as saying the talks \
                    would resume. Liang added that China stands ready to help.";
        let c = &score(text, None).claims[1];
        assert_eq!(
            (c.label, c.via.clone()),
            (Label::Relayed, vec!["Xinhua".to_string()])
        );
        // Not when the person then speaks on a platform of their own.
        let text = "Xinhua quoted foreign ministry spokesman Liang Wenhao as saying the talks \
                    would resume. Liang later wrote on X that China stands ready to help.";
        let c = &score(text, None).claims[1];
        assert_eq!((c.label, c.via.len()), (Label::Named, 0));
    }

    #[test]
    fn a_thousands_separator_does_not_split_a_claim() {
        let a = score(
            "One victim said she had paid him £14,500 after he warned that prices would rise.",
            None,
        );
        assert_eq!(a.claims.len(), 1);
        assert_eq!(a.claims[0].label, Label::Anonymous);
    }

    #[test]
    fn relay_chain_keeps_origin_and_via() {
        let text =
            "Ukrainian media, citing a source in the delegation, reported that the talks failed.";
        let c = &score(text, None).claims[0];
        assert_eq!(c.label, Label::Relayed);
        assert_eq!(c.origin, Origin::Anonymous);
        assert_eq!(c.via, vec!["Ukrainian media".to_string()]);
    }

    #[test]
    fn carry_over_and_back_reference() {
        let text = "A diplomat who asked not to be named told Reuters the talks were tense. As the source noted, nothing was agreed.\n\n\"It was cold,\" she said. \"Very cold.\"";
        let a = score(text, None);
        assert_eq!(a.claims[1].label, Label::Relayed);
        assert_eq!(a.claims[1].via, vec!["Reuters".to_string()]);
        assert_eq!(a.claims[3].label, a.claims[2].label);
        assert!(a.claims[3].has_flag(model::flags::CARRIED_OVER));
    }

    #[test]
    fn scores_are_bounded_and_explained() {
        let a = score(
            "Reportedly, the sides may meet. Police said two people died.",
            None,
        );
        for c in &a.claims {
            assert!((0.0..=1.0).contains(&c.score));
            assert!(!c.reasons.is_empty());
        }
        assert!(a.claims[0].score < a.claims[1].score);
        assert!((0.0..=1.0).contains(&a.score));
    }

    #[test]
    fn any_input_is_safe() {
        for t in [
            "",
            " ",
            "\0",
            "\"",
            "«",
            "“”“",
            "a.",
            "...",
            "\r\n\r",
            "😀 said 😀",
            "Он сказал, что «да».",
        ] {
            let a = score(t, None);
            for c in &a.claims {
                assert!(c.start < c.end && c.end <= t.len());
                assert!(t.is_char_boundary(c.start) && t.is_char_boundary(c.end));
            }
        }
    }

    #[test]
    fn an_indeclinable_outlet_ending_the_clause_speaks() {
        // "сообщил ТАСС" may mean "told TASS"; with nothing after it, TASS is the speaker, and
        // the bare sentence before takes the same attribution.
        for text in [
            "В городе задержаны двое. Об этом сообщил ТАСС.",
            "В городе задержаны двое, сообщил телеграм-канал Mash.",
        ] {
            let a = score(text, None);
            assert!(
                a.claims
                    .iter()
                    .all(|c| c.label == Label::Relayed && c.origin == Origin::Unknown),
                "{text}: {a:?}"
            );
        }
        // A dative listener is no speaker.
        let c = &score("Об этом он сообщил агентству.", None).claims[0];
        assert!(c.via.is_empty(), "{c:?}");
    }

    #[test]
    fn a_speaker_phrase_takes_any_noun_phrase() {
        let text = "Два источника подтвердили планы. По словам одного из них, сокращения затронут \
                    маркетинг. По словам медиков, детям стало плохо после обеда.";
        let a = score(text, None);
        let got: Vec<(Label, Option<&str>)> = a
            .claims
            .iter()
            .map(|c| (c.label, c.source.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![
                (Label::Anonymous, Some("Два источника")),
                (Label::Anonymous, Some("одного из них")),
                (Label::Unconfirmed, Some("медиков")),
            ]
        );
    }

    #[test]
    fn a_cue_ending_in_its_preposition_names_the_place_after_it() {
        let c = &score(
            "Эвакуированы 388 человек, в том числе 97 детей, уточнили в МЧС.",
            None,
        )
        .claims[0];
        assert_eq!(c.source.as_deref(), Some("МЧС"));
        assert_eq!(c.label, Label::Named);
    }

    #[test]
    fn a_russian_dateline_with_a_region_names_the_agency() {
        let text = "УСТЬ-ЛУГА (Ленинградская область), 3 мая — РИА Новости. Глава района \
                    Иван Петров заявил РИА Новости, что дамба держится.";
        let a = score(text, None);
        assert_eq!(a.summary.publisher.as_deref(), Some("РИА Новости"));
        assert_eq!(a.non_claims.len(), 1);
        // Told the publisher itself: first-hand.
        assert_eq!(a.claims[0].label, Label::Named, "{:?}", a.claims[0]);
    }

    #[test]
    fn modifiers_are_not_cues() {
        // "state" in "state news agency", "report" after "an anti-corruption".
        let c = &score(
            "Russian state news agency TASS, citing a Kremlin spokesman, said talks would resume.",
            None,
        )
        .claims[0];
        assert_eq!(c.label, Label::Relayed);
        assert_eq!(c.via, vec!["TASS".to_string()]);
        assert_eq!(c.source.as_deref(), Some("a Kremlin spokesman"));
        let a = score(
            "A survey found support had fallen. The vote was moved ahead of an anti-corruption \
             report due in December.",
            None,
        );
        assert_eq!(a.claims[1].label, Label::Unconfirmed, "{:?}", a.claims[1]);
        assert!(a.claims[1].cue.is_none());
    }

    #[test]
    fn one_of_a_group_is_anonymous() {
        for text in [
            "— Мы ничего не знали, — сказала одна из соседок.",
            "“We knew nothing,” said one of the neighbours.",
            "По словам одного из источников, сделку оценят в 8 млрд рублей.",
            // A person noun and one capitalised genitive: the employer, not a name.
            "Сотрудник Газпрома сообщил, что труба лопнула.",
        ] {
            let c = &score(text, None).claims[0];
            assert_eq!(c.label, Label::Anonymous, "{text}: {c:?}");
        }
    }

    #[test]
    fn passive_quoting_and_learning_outlets_relay() {
        let a = score(
            "The newspaper O Jogo spoke to his agent. “He is happy here,” Falcão was quoted as \
             saying by the newspaper.",
            None,
        );
        assert_eq!(a.claims[1].label, Label::Relayed, "{:?}", a.claims[1]);
        assert_eq!(a.claims[1].via, vec!["O Jogo".to_string()]);
        assert_eq!(a.claims[1].source.as_deref(), Some("Falcão"));
        let c = &score(
            "Как стало известно «Спорт-Экспрессу», медобследование пройдёт в понедельник.",
            None,
        )
        .claims[0];
        assert_eq!(c.label, Label::Relayed, "{c:?}");
    }

    #[test]
    fn stated_anonymity_and_documents_before_the_verb() {
        // Anonymity stated right after the phrase outweighs the capitalised words in it.
        let c = &score(
            "Two League MPs, speaking on condition of anonymity, told me the party was in revolt.",
            None,
        )
        .claims[0];
        assert_eq!(c.label, Label::Anonymous, "{c:?}");
        // "В письме говорится": the document speaks.
        let c = &score("В письме также указано, что расходы вырастут.", None).claims[0];
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Named, Some("письме"))
        );
        // A hedged bare sentence still takes the attribution of the sentence after it.
        let a = score(
            "Компания может направить 5 млрд рублей на выкуп акций. Об этом сообщает РБК со \
             ссылкой на презентацию для инвесторов.",
            None,
        );
        assert_eq!(a.claims[0].label, Label::Relayed, "{:?}", a.claims[0]);
        assert!(a.claims[0].has_flag(crate::model::flags::HEDGED));
    }

    #[test]
    fn a_pronoun_points_back_to_someone_of_its_gender() {
        // "она" is not the director who "сообщил"; the spokeswoman who "заявила" is.
        let a = score(
            "Пресс-секретарь Анна Ветрова заявила, что завод закроют. Директор сообщил о \
             проверке. «Мы всё восстановим», — сказала она.",
            None,
        );
        assert_eq!(
            a.claims[2].source.as_deref(),
            Some("Пресс-секретарь Анна Ветрова")
        );
        // "who" makes a person of "a forklift operator", whom "he" may mean.
        let a = score(
            "Mrs Danielle Ruiz said the sky was orange. A forklift operator who was on the night \
             shift said the motor had been overheating. “Everybody complained,” he said.",
            None,
        );
        assert_eq!(a.claims[2].label, Label::Anonymous, "{:?}", a.claims[2]);
        // A person named earlier in the sentence is who "по её словам" means.
        let c = &score(
            "Его коллега Нина Арсеньева, напротив, поддержала министерство: по её словам, текст \
             сырой.",
            None,
        )
        .claims[0];
        assert_eq!(c.source.as_deref(), Some("Нина Арсеньева"));
    }

    #[test]
    fn a_pronoun_with_no_earlier_source_means_the_person_named_before() {
        for (text, source) in [
            (
                "Finance Minister Jane Roe spoke in parliament on Tuesday. She said the budget \
                 was balanced.",
                "Finance Minister Jane Roe",
            ),
            (
                "Министр финансов Антон Силуанов выступил в Думе. По его словам, бюджет \
                 сбалансирован.",
                "Министр финансов Антон Силуанов",
            ),
        ] {
            let c = &score(text, None).claims[1];
            assert_eq!((c.label, c.source.as_deref()), (Label::Named, Some(source)));
        }
        // Not a firm, and not someone of the other gender.
        for text in [
            "Kestrel Semiconductor Inc. cut its forecast. He said demand was weak.",
            "Анна Петрова выступила в Думе. «Бюджет сбалансирован», — сказал он.",
        ] {
            let c = &score(text, None).claims[1];
            assert_eq!(c.label, Label::Unconfirmed, "{text}: {c:?}");
        }
    }

    #[test]
    fn an_outlet_qualified_by_a_source_noun_is_still_an_outlet() {
        // "official" before "news agency" qualifies the outlet; "a news agency official" and
        // "собеседник агентства" stay people.
        for (text, label) in [
            (
                "The rebels took the town, the official Lusavian news agency LUNA reported.",
                Label::Relayed,
            ),
            (
                "The official news agency LUNA reported that the rebels took the town.",
                Label::Relayed,
            ),
            (
                "A news agency official said the rebels took the town.",
                Label::Anonymous,
            ),
            (
                "В Telegram-канале «Осведомитель» утверждают, что мэр подал в отставку.",
                Label::Relayed,
            ),
            (
                "В газете «Вечерний Урал» утверждают, что мэр подал в отставку.",
                Label::Relayed,
            ),
        ] {
            let c = &score(text, None).claims[0];
            assert_eq!(c.label, label, "{text}: {c:?}");
        }
    }

    #[test]
    fn a_pronoun_cue_inside_a_clause_means_its_speaker() {
        for (text, label, source) in [
            (
                "Собеседник редакции подтвердил, что вопрос обсуждался, но решения, по его словам, нет.",
                Label::Anonymous,
                "Собеседник редакции",
            ),
            (
                "Эксперты рынка полагают, что средств не хватит: по их оценкам, нужно вдвое больше.",
                Label::Unconfirmed,
                "Эксперты рынка",
            ),
        ] {
            let c = &score(text, None).claims[0];
            assert_eq!(c.label, label, "{text}: {c:?}");
            assert_eq!(c.source.as_deref(), Some(source), "{text}");
        }
    }

    #[test]
    fn a_prosecutors_request_is_attributed_and_a_coordinated_verb_shares_the_subject() {
        let text = "Государственный обвинитель Ирина Калинкина в прениях просила назначить \
                    подсудимому девять лет. По её словам, вина доказана.";
        let a = score(text, None);
        assert_eq!(a.claims.len(), 2);
        for c in &a.claims {
            assert_eq!(c.label, Label::Named, "{c:?}");
            assert_eq!(
                c.source.as_deref(),
                Some("Государственный обвинитель Ирина Калинкина")
            );
        }
        let text = "Сомов заявил, что не брал чужого, и попросил суд учесть его заслуги.";
        let a = score(text, None);
        assert_eq!(a.claims.len(), 2, "{a:?}");
        for c in &a.claims {
            assert_eq!(c.source.as_deref(), Some("Сомов"), "{c:?}");
        }
    }

    #[test]
    fn a_hearsay_phrase_opening_the_sentence_is_its_attribution() {
        let text = "Диспетчер Иван Петров не вышел на связь. По неподтверждённым данным, он \
                    признал, что не проверил соединения.";
        assert_eq!(score(text, None).claims[1].label, Label::Unconfirmed);
        let text = "Dispatcher John Smith could not be reached. Reportedly, he admitted that he \
                    had not checked the valve.";
        assert_eq!(score(text, None).claims[1].label, Label::Unconfirmed);
        // A source named after a comma still speaks for the sentence.
        let c = &score(
            "По предварительным данным, пострадали трое, сообщили в МЧС.",
            None,
        )
        .claims[0];
        assert_eq!((c.label, c.source.as_deref()), (Label::Named, Some("МЧС")));
    }

    #[test]
    fn an_institutions_own_website_is_no_outlet() {
        for text in [
            "Revenue rose, according to the company's website.",
            "По данным сайта компании, сеть насчитывает 640 магазинов.",
        ] {
            let c = &score(text, None).claims[0];
            assert_eq!(c.label, Label::Named, "{text}: {c:?}");
            assert!(c.via.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_reporting_verb_opening_a_phrase_is_content_not_a_subject() {
        let text = "The person, who spoke on condition of anonymity, said administration \
                    officials had told Senate Democrats they could live with it.";
        let c = &score(text, None).claims[0];
        assert_eq!(c.label, Label::Anonymous, "{c:?}");
        assert_eq!(c.source.as_deref(), Some("The person"));
    }

    #[test]
    fn a_place_name_and_stated_anonymity_make_no_named_person() {
        let c = &score(
            "Жители посёлка Заречье жалуются, что об эвакуации узнали от соседей.",
            None,
        )
        .claims[0];
        assert_eq!(c.label, Label::Unconfirmed, "{c:?}");
        let c = &score(
            "Жительница села Ивановка Мария Петрова рассказала, что вода ушла.",
            None,
        )
        .claims[0];
        assert_eq!(c.label, Label::Named, "{c:?}");
        // A bare role with its anonymity stated is someone new, not the named person before.
        let text = "Глава района Павел Гринёв назвал ферму примером. Один из соседей, пенсионер, \
                    не захотевший называть своё имя, жалуется, что грузовики разбили дорогу.";
        assert_eq!(score(text, None).claims[1].label, Label::Anonymous);
        // "после" opens a phrase, not a subordinate clause.
        let c = &score("Олег Корнеев после поражения заявил, что не уйдёт.", None).claims[0];
        assert_eq!(c.source.as_deref(), Some("Олег Корнеев"));
    }

    #[test]
    fn a_dialogue_dash_paragraph_continues_its_speaker() {
        let text = "Фермер Игорь Донской рассказал о начале бизнеса.\n\n\
                    — Мы начинали с трёх коров. Денег не было, — говорит Донской.\n\n\
                    — Первый год был катастрофой. Сыр не получался.\n\n\
                    Сыроварня производит 300 кг сыра в неделю.";
        let a = score(text, None);
        let got: Vec<(&str, Label)> = a
            .claims
            .iter()
            .map(|c| (&text[c.start..c.end], c.label))
            .collect();
        assert_eq!(
            got[2],
            (
                "— Первый год был катастрофой. Сыр не получался.",
                Label::Named
            )
        );
        assert_eq!(a.claims[2].source.as_deref(), Some("Донской"));
        assert_eq!(got[3].1, Label::Unconfirmed);
        // A question between dialogue paragraphs ends the run: the paragraph after it is an
        // answer, one quotation of the interviewee's (the person named last before it).
        let text = "— Нет, это неправда, — ответил агент Павел Зорин.\n\n— Интерес есть?\n\n\
                    — Клубы проявляют интерес. Но он сосредоточен на сезоне.";
        let a = score(text, None);
        assert_eq!(a.claims.len(), 2);
        assert_eq!(
            &text[a.claims[1].start..a.claims[1].end],
            "— Клубы проявляют интерес. Но он сосредоточен на сезоне."
        );
        assert_eq!(a.claims[1].source.as_deref(), Some("агент Павел Зорин"));
        // An answer after a question is not the asker's: no quotation joins its sentences.
        let text = "— Вы согласны? — спросил судья Иван Орлов.\n\n— Нет. Работы выполнены.";
        let a = score(text, None);
        assert_eq!(a.claims.len(), 3);
        assert!(a.claims[1..].iter().all(|c| c.source.is_none()), "{a:?}");
    }

    #[test]
    fn a_quoting_verb_after_a_dash_closes_a_dialogue_quotation() {
        let text = "Адвокат заявил, что обжалует приговор.\n\n\
                    — Суд проигнорировал документы, — цитирует ТАСС адвоката.";
        let c = &score(text, None).claims[1];
        assert_eq!(c.label, Label::Relayed, "{c:?}");
        assert_eq!(c.via, vec!["ТАСС".to_string()]);
        assert_eq!(c.cue.as_deref(), Some("цитирует"));
    }

    #[test]
    fn a_named_partys_representatives_are_named() {
        for (text, label) in [
            (
                "Stratton's lawyers said the messages were taken out of context.",
                Label::Named,
            ),
            (
                "Mr Rehn's spokesman said the minister would not resign.",
                Label::Named,
            ),
            (
                "Google's engineers said the bug was fixed.",
                Label::Anonymous,
            ),
            // A party's own document is no social account.
            (
                "The firm paid £62m in dividends, according to its annual accounts.",
                Label::Named,
            ),
        ] {
            let c = &score(text, None).claims[0];
            assert_eq!(c.label, label, "{text}: {c:?}");
        }
    }

    #[test]
    fn a_long_gap_before_a_cue_is_safe() {
        // More whitespace before a cue than the engine's look-back window.
        let gap = " ".repeat(2000);
        for t in [
            format!("The survey was published{gap}said the minister."),
            format!("It came ahead of an anti-corruption{gap}report, he said."),
        ] {
            let a = score(&t, None);
            assert!(!a.claims.is_empty(), "{}", t.len());
        }
    }

    #[test]
    fn listeners_and_quoted_pronouns_around_a_verb_are_read_apart() {
        // (second claim: label, source, via) after a sentence that only names the person.
        let second = |text: &str| {
            let a = score(text, None);
            assert_eq!(a.claims.len(), 2, "{text}");
            let c = &a.claims[1];
            (c.label, c.source.clone().unwrap_or_default(), c.via.clone())
        };
        let relayed =
            |source: &str, via: &str| (Label::Relayed, source.to_string(), vec![via.to_string()]);
        let ru = "Министр финансов Антон Силуанов выступил на форуме.";
        let en = "Finance minister Anna Berg spoke at the forum.";
        for (text, want) in [
            // "— сказал он ТАСС": the subject, then its listener.
            (
                format!("{ru} «Бюджет сбалансирован», — сказал он РИА Новости."),
                relayed("Министр финансов Антон Силуанов", "РИА Новости"),
            ),
            (
                format!("{ru} «Бюджет сбалансирован», — заявил Силуанов «Известиям»."),
                relayed("Силуанов", "Известия"),
            ),
            // A quoting verb before the pronoun it quotes and its subject, either way round.
            (
                format!("{ru} «Бюджет сбалансирован», — цитирует его РИА Новости."),
                relayed("Министр финансов Антон Силуанов", "РИА Новости"),
            ),
            (
                format!("{ru} «Бюджет сбалансирован», — приводит его слова ТАСС."),
                relayed("Министр финансов Антон Силуанов", "ТАСС"),
            ),
            (
                format!("{en} \"The budget will balance,\" Reuters quoted her as saying."),
                relayed("Finance minister Anna Berg", "Reuters"),
            ),
            (
                format!("{en} \"The budget will balance,\" she told Reuters."),
                relayed("Finance minister Anna Berg", "Reuters"),
            ),
        ] {
            assert_eq!(second(&text), want, "{text}");
        }
        // After a common noun the outlet is whose the source is.
        assert_eq!(
            second(&format!(
                "{ru} «Бюджет сбалансирован», — сказал источник РИА Новости."
            )),
            relayed("источник РИА Новости", "РИА Новости")
        );
        // An outlet alone before a verb whose speaker follows it is the listener.
        for (text, source, via) in [
            (
                "Об этом РИА Новости сообщил источник в правительстве.",
                "источник в правительстве",
                "РИА Новости",
            ),
            (
                "Об этом «Известиям» рассказал источник в отрасли.",
                "источник в отрасли",
                "Известия",
            ),
            (
                "Об этом ТАСС сообщили в пресс-службе министерства.",
                "пресс-службе министерства",
                "ТАСС",
            ),
        ] {
            let c = &score(text, None).claims[0];
            assert_eq!(
                (c.label, c.source.as_deref(), c.via.clone()),
                (Label::Relayed, Some(source), vec![via.to_string()]),
                "{text}"
            );
        }
        // A role pointing back to the person an outlet relayed keeps the relay.
        let a = score(
            "Об этом «Известиям» рассказал председатель комитета Госдумы Аркадий Лесников. \
             «Банки считают, что программа убыточна», — пояснил депутат.",
            None,
        );
        let c = &a.claims[1];
        assert_eq!(
            (c.label, c.origin, c.via.clone()),
            (Label::Relayed, Origin::Named, vec!["Известия".to_string()])
        );
        // Not a name that completes a noun before it: "«Гранита»" is whose press office it is.
        let c = &score(
            "В пресс-службе «Гранита» сообщили «СпортАрене», что трансферов не будет.",
            None,
        )
        .claims[0];
        assert_eq!(c.via, vec!["СпортАрене".to_string()]);
        // A split quoting verb with no speech noun after it reports nothing.
        let a = score("Рост цен приводит его к убыткам.", None);
        assert_eq!(a.claims[0].label, Label::Unconfirmed);
    }

    #[test]
    fn an_outlet_that_first_published_the_subject_relays_it() {
        // The passive in an appositive or relative clause after the subject: the subject is
        // the origin, the publisher (described by a plain noun, or known) the relay.
        for (text, via) in [
            (
                "The memo, first published by the German site Digitalwatch, says the plan was dropped.",
                "Digitalwatch",
            ),
            (
                "The report, which was first published by Der Spiegel, says the plan was dropped.",
                "Der Spiegel",
            ),
        ] {
            let c = &score(text, None).claims[0];
            assert_eq!(
                (c.label, c.origin, c.via.clone()),
                (Label::Relayed, Origin::Named, vec![via.to_string()]),
                "{text}"
            );
            assert!(c.source.as_deref().is_some_and(|s| s.starts_with("The ")), "{text}");
        }
        // A person described by a role stays a person.
        let c = &score("The video was first published by activist Jane Roe.", None).claims[0];
        assert_eq!((c.label, c.via.len()), (Label::Named, 0));
    }

    #[test]
    fn lead_in_adverbs_outlet_and_institution_names_and_a_sports_agent() {
        let first = |text: &str| {
            let c = score(text, None).claims.remove(0);
            (c.label, c.source.unwrap_or_default(), c.via)
        };
        // "накануне" may be a preposition, but not before a verb.
        assert_eq!(
            first("Главный тренер Олег Минаков накануне заявил, что рассчитывает на Ганиева."),
            (Label::Named, "Главный тренер Олег Минаков".into(), vec![])
        );
        // A source noun inside an outlet's quoted name heads nothing.
        let (label, _, via) =
            first("Telegram-канал «Приозёрский инсайдер» пишет, что Дорохов уволен.");
        assert_eq!(
            (label, via),
            (Label::Relayed, vec!["Приозёрский инсайдер".into()])
        );
        // The person the sentence just before names is nearer than an earlier source.
        let a = score(
            "One official said the talks had stalled. Finance minister Anna Berg spoke at the \
             forum. She said the budget would balance.",
            None,
        );
        let c = &a.claims[2];
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Named, Some("Finance minister Anna Berg"))
        );
        // So for whom an outlet quotes.
        let a = score(
            "One official said the talks had stalled. Finance minister Anna Berg spoke at the \
             forum. \"The budget will balance,\" Reuters quoted her as saying.",
            None,
        );
        let c = &a.claims[2];
        assert_eq!(
            (c.label, c.origin, c.source.as_deref()),
            (
                Label::Relayed,
                Origin::Named,
                Some("Finance minister Anna Berg")
            )
        );
        // An institution described by a noun before its name is no outlet, whatever its name.
        let (label, _, via) = first(
            "A spokesperson for the charity Diabetes Action Network said the change was simple.",
        );
        assert_eq!((label, via.len()), (Label::Named, 0));
        // A player's agent is a person; after a sentence that opens with the agent's name,
        // the bare role is that named person (written as it is).
        let (label, source, _) = first("«Предложения есть», — сказал агент игрока.");
        assert_eq!((label, source.as_str()), (Label::Anonymous, "агент игрока"));
        let a = score(
            "Агент футболиста Руслан Тагиров не стал отрицать интерес. \
             «Предложения есть», — сказал агент.",
            None,
        );
        assert_eq!(
            (a.claims[1].label, a.claims[1].source.as_deref()),
            (Label::Named, Some("агент"))
        );
    }

    #[test]
    fn a_person_noun_heads_a_genitive_document_and_any_relative_form_opens_a_clause() {
        // "руководитель исследования" is a person, whom "она" can point back to.
        let a = score(
            "Руководитель исследования рассказала нашему изданию, что результаты хорошие. \
             «Мы рассчитывали на 10–15%», — сказала она.",
            None,
        );
        assert_eq!(
            (a.claims[1].label, a.claims[1].source.as_deref()),
            (Label::Named, Some("Руководитель исследования"))
        );
        // "чьи" opens a relative clause, as "чей" does.
        let c = &score(
            "Один из свидетелей, чьи данные засекречены, показал на процессе, что получал указания.",
            None,
        )
        .claims[0];
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Anonymous, Some("Один из свидетелей"))
        );
    }

    /// The first claim's label, source and relay chain.
    fn first(t: &str) -> (Label, Option<String>, Vec<String>) {
        let c = score(t, None).claims.into_iter().next().unwrap();
        (c.label, c.source, c.via)
    }

    /// The first claim of `t` is named, with `source` as its source.
    fn assert_named_by(t: &str, source: &str) {
        let (label, src, _) = first(t);
        assert_eq!((label, src.as_deref()), (Label::Named, Some(source)), "{t}");
    }

    #[test]
    fn collectives_orders_and_names_that_open_with_an_outlet() {
        // A listed two-word collective is generic, as "experts" is; so is a plural generic
        // head that ends the phrase in Russian, not one with modifiers after it.
        for t in [
            "Market participants believe rates will rise.",
            "Участники рынка полагают, что ставка вырастет.",
            "Некоторые врачи опасаются, что вспышка распространится.",
        ] {
            assert_eq!(first(t).0, Label::Unconfirmed, "{t}");
        }
        assert_eq!(
            first("Врачи городской больницы сообщили, что мальчик в стабильном состоянии.").0,
            Label::Anonymous
        );
        // Posts whose authors are not given are no source.
        assert_eq!(
            first("Posts shared widely in local groups claimed that the school had closed.").0,
            Label::Unconfirmed
        );
        // An outlet's name that opens an organisation's longer name is not the outlet.
        for t in [
            "The Independent Retailers Association said small shops had been hit hardest.",
            "The Reuters Institute said trust in news had fallen.",
        ] {
            let (label, _, via) = first(t);
            assert_eq!((label, via.len()), (Label::Named, 0), "{t}");
        }
        // "told X to …" inside what someone said is an order, no relay of X's words.
        let (label, source, via) =
            first("Prosecutor Ann Lee said Whitcomb told technicians to run taps for ten minutes.");
        assert_eq!(
            (label, source.as_deref(), via.len()),
            (Label::Named, Some("Prosecutor Ann Lee"), 0)
        );
        // "…, who say": the noun phrase that ends the clause before speaks.
        let (label, source, _) = first(
            "Plans to move the council's planning department into the old library have been              met with fury from residents, who say the reading rooms will be lost.",
        );
        assert_eq!(
            (label, source.as_deref()),
            (Label::Unconfirmed, Some("residents"))
        );
        // A capitalised role that opens the sentence, then a role and a name: one person.
        let (label, source, _) = first(
            "Инфекционист, доктор медицинских наук Аркадий Белозёров посоветовал пить только              кипячёную воду.",
        );
        assert_eq!(
            (label, source.as_deref()),
            (
                Label::Named,
                Some("Инфекционист, доктор медицинских наук Аркадий Белозёров")
            )
        );
        // "не стал отрицать" is a cue; "нашему журналу" is the publisher.
        let (label, source, _) = first(
            "Агент хоккеиста Роман Шестаков в разговоре с нашим изданием не стал отрицать, что              переговоры идут.",
        );
        assert_eq!(
            (label, source.as_deref()),
            (Label::Named, Some("Агент хоккеиста Роман Шестаков"))
        );
        let (label, _, via) =
            first("Как рассказал нашему журналу источник в министерстве, субсидии сократят.");
        assert_eq!((label, via.len()), (Label::Anonymous, 0));
    }

    #[test]
    fn names_in_s_asides_captions_and_parentheticals() {
        let claims = |t: &str| {
            score(t, None)
                .claims
                .into_iter()
                .map(|c| (t[c.start..c.end].to_string(), c.label, c.source))
                .collect::<Vec<_>>()
        };
        // A name in "'s" before a verb is the subject, not a possessive; "stated aim" stays
        // a noun phrase.
        let c = claims("Supermarket chain Greenbury's said in a statement that stores had closed.");
        assert_eq!(
            (c[0].1, c[0].2.as_deref()),
            (Label::Named, Some("Supermarket chain Greenbury's"))
        );
        assert_eq!(
            claims("McDonald's said the stores were closed.")[0].1,
            Label::Named
        );
        assert_eq!(
            claims("The firm's stated aim is growth.")[0].1,
            Label::Unconfirmed
        );
        // A caption with its credit on the same line is a claim; the credit is not.
        let t = "Elmstead Primary School, where five pupils have measles. Image source, Eastmoor \
                 News Agency\n\nFive children have measles, the health board said.";
        let a = score(t, None);
        assert_eq!(
            &t[a.claims[0].start..a.claims[0].end],
            "Elmstead Primary School, where five pupils have measles."
        );
        assert!(a
            .non_claims
            .iter()
            .any(|n| &t[n.start..n.end] == "Image source, Eastmoor News Agency"));
        // The reporter's aside ("a detail Tokyo has not publicly confirmed") is split off and
        // is unconfirmed; the relay before it keeps its outlet.
        let c = claims(
            "Japan's Kyodo News, citing a government source, said one of the crew was a \
             biologist, a detail Tokyo has not publicly confirmed.",
        );
        assert_eq!(
            (c.len(), c[0].1, c[1].1),
            (2, Label::Relayed, Label::Unconfirmed)
        );
        // A coordinated clause that ends with its own "according to" is a claim of its own.
        let c = claims(
            "Experts say rates of 95% are needed to stop the virus, and uptake in the area stood \
             at 84% last year, according to figures published by the health board.",
        );
        assert_eq!(
            (c.len(), c[0].1, c[1].1),
            (2, Label::Unconfirmed, Label::Named)
        );
        // A parenthetical opened by an adverb does not put the speaker after the verb.
        let c = claims(
            "A screenshot circulating on Telegram, purportedly taken from an internal channel, \
             shows engineers discussing a rollback.",
        );
        assert_eq!(
            (c[0].1, c[0].2.as_deref()),
            (
                Label::Unconfirmed,
                Some("A screenshot circulating on Telegram")
            )
        );
    }

    #[test]
    fn no_one_speaks_a_channel_alone_relays_and_representatives_speak_for_their_body() {
        // A subject that names no one who speaks is no source.
        for t in [
            "Neither Corrigan nor Marsh has commented publicly on the reports.",
            "Neither Russia nor Ukraine regularly discloses its own military losses.",
            "Никто из участников встречи не прокомментировал эти сообщения.",
        ] {
            assert_eq!(first(t).0, Label::Unconfirmed, "{t}");
        }
        assert_eq!(
            first("No. 10 said the prime minister had full confidence in her.").0,
            Label::Named
        );
        // With no reporting verb, a channel phrase makes its subject speak through the outlet.
        for (t, via) in [
            (
                "Okereke, speaking to Sky Sports after the final whistle, dedicated his goals to \
                 his grandmother.",
                "Sky Sports",
            ),
            (
                "Автор гола Гаспарян во флеш-интервью телеканалу «Матч ТВ» посвятил мяч сыну.",
                "Матч ТВ",
            ),
        ] {
            let (label, _, v) = first(t);
            assert_eq!((label, v), (Label::Relayed, vec![via.to_string()]), "{t}");
        }
        // Unnamed agencies under a capitalised modifier are unspecified media.
        let (label, _, via) =
            first("Two climbers have been found alive, Russian news agencies reported Tuesday.");
        assert_eq!(
            (label, via),
            (Label::Relayed, vec!["Russian news agencies".to_string()])
        );
        // (Nor a news agency: a bare plural group, generic as "Environmental groups say".)
        assert_eq!(
            first("Aid agencies said the camp was full.").0,
            Label::Unconfirmed
        );
        // "cited by" is the passive of "cites": the source before it is the origin.
        let (label, source, via) =
            first("A police source, cited by the Daily Mail, said the suspect had fled.");
        assert_eq!(
            (label, source.as_deref(), via),
            (
                Label::Relayed,
                Some("A police source"),
                vec!["Daily Mail".to_string()]
            )
        );
        // So is "на которого ссылается X" in Russian.
        let (label, source, via) = first(
            "Источник в правоохранительных органах, на которого ссылается «Коммерсантъ», \
             утверждает, что обвиняемый давил на свидетелей.",
        );
        assert_eq!(
            (label, source.as_deref(), via),
            (
                Label::Relayed,
                Some("Источник в правоохранительных органах"),
                vec!["Коммерсантъ".to_string()]
            )
        );
        // A verb coordinated after an opening prepositional phrase shares the clause's subject.
        let (label, source, _) =
            first("В суде Полунин вину не признал и заявил, что стал жертвой захвата.");
        assert_eq!((label, source.as_deref()), (Label::Named, Some("Полунин")));
        // A representative speaks for the organisation, unless anonymity is stated beside it.
        assert_eq!(
            first("Представитель компании сообщил, что задержаны 40 рейсов.").0,
            Label::Named
        );
        assert_eq!(
            first(
                "Представитель клуба, попросивший не называть его имени, признал, что переговоры \
                 идут."
            )
            .0,
            Label::Anonymous
        );
    }

    #[test]
    fn documents_seen_by_two_outlets_name_no_publisher() {
        // One outlet that has seen the documents is taken for the publisher: first-hand.
        let one = "Helixa is cutting 1,800 jobs, according to a memo seen by The Verge.";
        assert_eq!(score(one, None).claims[0].label, Label::Named);
        // Two different ones: the article is by neither, and each is a relay.
        let two = "Helixa is cutting 1,800 jobs, according to a memo seen by The Verge. Staff \
                   will lose access on Wednesday, according to an email reviewed by Reuters.";
        let a = score(two, None);
        assert_eq!(
            (a.claims[0].label, a.claims[0].via.clone()),
            (Label::Relayed, vec!["The Verge".to_string()])
        );
        assert_eq!(
            (a.claims[1].label, a.claims[1].via.clone()),
            (Label::Relayed, vec!["Reuters".to_string()])
        );
    }

    #[test]
    fn a_bare_back_reference_does_not_hide_the_outlet_it_points_to() {
        // "the agency said" points back to an outlet: "told the agency" later is not read as
        // an institution for want of an outlet name near that bare mention.
        let text = "SALVAKH, June 9 (AFP) - The ship was seized late on Sunday, state news agency VNA                     reported. It was intercepted off the island of Korrat, the agency said, citing a                     statement from the coastguard command.\n\nThe crew were held at a naval base.                     Officials gave no further details.\n\nXinhua, quoting deputy foreign minister                     Ilyan Moravec, reported that the crew were in good health. Moravec also told the                     agency that he was open to dialogue.";
        let a = score(text, None);
        let c = a.claims.last().unwrap();
        assert_eq!(
            (c.label, c.via.clone()),
            (Label::Relayed, vec!["Xinhua".to_string()])
        );
    }

    #[test]
    fn groups_of_a_trade_our_correspondents_and_people_described_by_a_clause() {
        // One word for people of a trade opening a sentence is a generic group; a surname in
        // "-s" is still a name.
        for (t, label) in [
            (
                "Meteorologists say this summer has been one of the driest.",
                Label::Unconfirmed,
            ),
            (
                "Paediatricians say children sleep too little.",
                Label::Unconfirmed,
            ),
            (
                "Часть синоптиков считает, что вода поднимется.",
                Label::Unconfirmed,
            ),
            (
                "Evans said this summer has been one of the driest.",
                Label::Named,
            ),
        ] {
            assert_eq!(first(t).0, label, "{t}");
        }
        // The publisher's own correspondent, whatever the word order, witnessed it.
        let t = "Суд приговорил Ладыгина к восьми годам, передаёт корреспондент нашего издания.";
        assert_eq!((first(t).0, first(t).2), (Label::Named, vec![]));
        // An outlet noun in a relative clause describes the person, who is no outlet.
        let t = "A researcher who reviewed the paper, and who asked not to be named, told us \
                 the authors had re-run it.";
        assert_eq!((first(t).0, first(t).2), (Label::Anonymous, vec![]));
        // "инженера компании": a noun governs the genitive after it, so one person speaks, and
        // "он" points back to him.
        let t = "По словам главного инженера компании Виктора Шубина, трубу заменили.\n\n\
                 «Воду дадут до пятницы», — отметил он.";
        let c = &score(t, None).claims[1];
        assert_eq!(
            (c.label, c.source.as_deref()),
            (
                Label::Named,
                Some("главного инженера компании Виктора Шубина")
            )
        );
    }

    #[test]
    fn quoting_verbs_with_whom_they_quote_first_and_outlets_in_guillemets_after_the_verb() {
        let relay = |t: &str, i: usize| {
            let a = score(t, None);
            let c = &a.claims[i];
            (c.label, c.source.clone(), c.via.clone())
        };
        // "— цитирует министра агентство": whom it quotes, then the outlet (a back-reference).
        let t = "Агентство Antara передало заявление министра. «Мы хотим роста», — цитирует \
                 министра агентство.";
        assert_eq!(
            relay(t, 1),
            (
                Label::Relayed,
                Some("министра".into()),
                vec!["Antara News".into()]
            )
        );
        // A name in guillemets ending the clause after a past verb is its speaker.
        let t = "Сделка сорвалась, сообщила «Медуза».";
        assert_eq!(
            relay(t, 0),
            (Label::Relayed, Some("Медуза".into()), vec!["Медуза".into()])
        );
        // The publisher's "нашему изданию" is no institution a later bare "издание" means: the
        // outlet named last is.
        let t = "Руководитель работы рассказала нашему изданию, что результат хороший. Профессор \
                 Марк Орлов в комментарии РБК заметил, что выборка мала. «Это проблема», — \
                 цитирует Орлова издание.";
        assert_eq!(
            relay(t, 2),
            (Label::Relayed, Some("Орлова".into()), vec!["РБК".into()])
        );
        // "В службе нашему изданию сообщили": the publisher's own noun is no relay.
        let t = "В службе нашему изданию сообщили, что ходатайство не поступало.";
        assert_eq!(relay(t, 0).0, Label::Named);
    }

    /// Each claim's text, label and source.
    fn spans_labels_sources<'t, 'a>(
        text: &'t str,
        a: &'a Article,
    ) -> Vec<(&'t str, Label, Option<&'a str>)> {
        a.claims
            .iter()
            .map(|c| (&text[c.start..c.end], c.label, c.source.as_deref()))
            .collect()
    }

    #[test]
    fn interview_answers_are_the_interviewees() {
        let text = "В интервью нашему изданию глава района Олег Миронов рассказал, что завод \
                    закроют.\n\n— Когда вы узнали?\n\n— Неделю назад. Нам никто не говорил \
                    заранее.\n\nДиректор центра занятости Анна Белова подтвердила нашему \
                    изданию, что программа начнётся в октябре.\n\n— «Ведомости» писали, что \
                    оборудование продадут. Это так?\n\n— Я читал эту публикацию.\n\n\
                    — В городе говорят, что вы уедете.\n\n— Мне никто ничего не предлагал.";
        let a = score(text, None);
        let got = spans_labels_sources(text, &a);
        let mayor = Some("глава района Олег Миронов");
        // "нашему изданию" is the publisher: first-hand.
        assert_eq!((got[0].1, got[0].2), (Label::Named, mayor));
        // An answer and the sentences after it in its paragraph: the interviewee's, even after
        // someone else spoke in between.
        for (t, label, source) in &got {
            if t.contains("Неделю назад") || t.contains("читал") || t.contains("предлагал")
            {
                assert_eq!((*label, *source), (Label::Named, mayor), "{t}");
            }
        }
        // The interviewer's own lines are not the interviewee's.
        let relay = got.iter().find(|g| g.0.contains("Ведомости")).unwrap();
        assert_eq!(relay.1, Label::Relayed);
        let rumour = got
            .iter()
            .find(|g| g.0.contains("В городе говорят"))
            .unwrap();
        assert_eq!(rumour.1, Label::Unconfirmed);
        assert!(a
            .non_claims
            .iter()
            .any(|n| &text[n.start..n.end] == "— Когда вы узнали?"));
    }

    #[test]
    fn quoted_in_the_passive_with_no_agent_is_quoted_by_the_outlet_named_last() {
        let text = "The ministry told the state news agency KTA that two diplomats were expelled. \
                    The spokeswoman was quoted as saying that they had recruited officers.";
        let c = &score(text, None).claims[1];
        assert_eq!(
            (c.label, c.via.clone()),
            (Label::Relayed, vec!["KTA".to_string()])
        );
        // No outlet before it: no relay is made up.
        let c = &score("The minister was quoted as saying it was fair.", None).claims[0];
        assert_eq!((c.label, c.via.len()), (Label::Named, 0));
    }

    #[test]
    fn no_comment_phrases_are_every_frame_with_every_verb_of_comment() {
        for t in [
            "Hale confirmed he had been questioned but would not elaborate.",
            "The council confirmed the sale but refused to discuss the price.",
            "The airline confirmed the delay but has not yet explained the cause.",
        ] {
            let a = score(t, None);
            let last = a.claims.last().unwrap();
            assert_eq!(a.claims.len(), 2, "{t}");
            assert_eq!(last.label, Label::Unconfirmed, "{t}");
            assert!(last.flags.iter().any(|f| f == "no_comment"), "{t}");
        }
        // What a speaker says they will not discuss is their claim, not a refusal to comment.
        let c = &score(
            "Manager Tomas Lindqvist said he would not discuss players under contract.",
            None,
        )
        .claims[0];
        assert_eq!(c.label, Label::Named);
        // "could not confirm" is the reporter's: unverified, not a party's silence.
        let c = &score("Reuters could not confirm the report.", None).claims[0];
        assert!(!c.flags.iter().any(|f| f == "no_comment"));
    }

    #[test]
    fn transcript_answers_marked_a_are_the_interviewees() {
        let text = "Health Secretary Maria Lopez spoke to our reporter about the winter.\n\n\
                    Q: Are hospitals ready for the winter?\n\n\
                    A: We have added 2,000 beds. We are better prepared than last year.\n\n\
                    Q: Critics say that is not enough.\n\n\
                    A: The numbers speak for themselves.";
        let a = score(text, None);
        let got = spans_labels_sources(text, &a);
        let lopez = Some("Health Secretary Maria Lopez");
        assert_eq!(
            got[1],
            (
                "We have added 2,000 beds. We are better prepared than last year.",
                Label::Named,
                lopez
            )
        );
        // The interviewer's statement is theirs, without its mark.
        assert_eq!(
            got[2],
            (
                "Critics say that is not enough.",
                Label::Unconfirmed,
                Some("Critics")
            )
        );
        assert_eq!((got[3].1, got[3].2), (Label::Named, lopez));
        assert_eq!(a.claims.len(), 4);
    }

    #[test]
    fn transcript_lines_labelled_with_names_are_turns() {
        let text = "Pia Lund runs the Orrin ferry line.\n\n\
                    The Ledger: How close did you come to closing?\n\n\
                    Lund: Very close. We had six weeks of cash left.\n\n\
                    The Ledger: Rivals say ferries are finished. Are they wrong?\n\n\
                    Lund: They have said that for years.";
        let a = score(text, None);
        let got = spans_labels_sources(text, &a);
        let pos = |s: &str| got.iter().position(|g| g.0.starts_with(s)).unwrap();
        // The answers are the speaker's, without the label; the label is no claim.
        let v = &got[pos("Very close.")];
        assert_eq!(
            (v.0, v.1, v.2),
            (
                "Very close. We had six weeks of cash left.",
                Label::Named,
                Some("Lund")
            )
        );
        assert_eq!(
            (got[pos("They have")].1, got[pos("They have")].2),
            (Label::Named, Some("Lund"))
        );
        // The interviewer's statement keeps its own source; its question is no claim.
        assert_eq!(got[pos("Rivals say")].1, Label::Unconfirmed);
        assert!(a.non_claims.iter().any(|n| n.kind == "speaker-label"));
        // One label alone ("Update:" lines of a live page) makes no transcript.
        let live = "Update: The bridge is closed.\n\nUpdate: Police said the driver was hurt.";
        let a = score(live, None);
        assert_eq!(a.claims[0].start, 0);
    }

    #[test]
    fn a_credit_for_the_publisher_or_its_request_for_comment_names_it() {
        let a = score(
            "Illustration: Ruth Ansell for The Calder Review\n\nThe family\u{2019}s lawyer, Annika Shore, told The Calder Review that nothing had been signed.",
            None,
        );
        assert_eq!(a.non_claims[0].kind, "caption-credit");
        assert_eq!(
            (a.claims[0].label, a.claims[0].via.len()),
            (Label::Named, 0)
        );
        let a = score(
            "Другой источник, знакомый с парой, в разговоре с «Шоу-Лентой» эту версию опроверг.\n\nПредставитель певицы на запрос «Шоу-Ленты» не ответила.",
            None,
        );
        assert_eq!(
            (a.claims[0].label, a.claims[0].via.len()),
            (Label::Anonymous, 0)
        );
        // Without the request, the same outlet is a relay.
        let a = score(
            "Другой источник, знакомый с парой, в разговоре с «Шоу-Лентой» эту версию опроверг.",
            None,
        );
        assert_eq!(a.claims[0].label, Label::Relayed);
    }

    #[test]
    fn interviewed_by_an_outlet_is_a_relay() {
        let c = &score(
            "Anna Petrova, interviewed by the BBC on Monday, said the mine would close.",
            None,
        )
        .claims[0];
        assert_eq!(
            (c.label, c.via.clone()),
            (Label::Relayed, vec!["BBC".to_string()])
        );
        let c = &score(
            "The coach, who was interviewed by police on Monday, said he was innocent.",
            None,
        )
        .claims[0];
        assert_eq!(c.label, Label::Named);
    }

    #[test]
    fn a_phrase_after_a_quotation_is_its_speaker_even_with_an_unknown_noun() {
        for (text, source) in [
            ("«Мы всё видели», — сказал сварщик.", "сварщик"),
            (
                "— Мы всё видели, — сказал один из бывших прорабов.",
                "один из бывших прорабов",
            ),
            (
                "\u{201c}We saw it all,\u{201d} said the welder.",
                "the welder",
            ),
        ] {
            let c = &score(text, None).claims[0];
            assert_eq!(
                (c.label, c.source.as_deref()),
                (Label::Anonymous, Some(source)),
                "{text}"
            );
        }
        // Right after a named person spoke, the unknown noun is that person's role.
        let text =
            "Ведущий синоптик Гидрометцентра Татьяна Позднякова сообщила, что дожди усилятся.\n\n\
                    «Циклон остановился над краем», — пояснила метеоролог.";
        let c = &score(text, None).claims[1];
        assert_eq!(c.label, Label::Named);
    }

    #[test]
    fn an_unclosed_quotation_in_the_first_person_goes_on_with_its_speaker() {
        let text = "\u{201c}Everybody knew it,\u{201d} said a shift supervisor. \u{201c}You\u{2019}d write it up, and then somebody would close it.\n\n\
                    \u{201c}After that they had it off the floor.\u{201d}";
        let a = score(text, None);
        assert_eq!(a.claims.len(), 3);
        for c in &a.claims {
            assert_eq!(
                (c.label, c.source.as_deref()),
                (Label::Anonymous, Some("a shift supervisor"))
            );
        }
    }

    #[test]
    fn a_press_review_heading_names_the_paper_its_section_is_about() {
        let text = "«Вечерний Заречинск»: у завода может смениться владелец\n\n\
                    По словам собеседников газеты, владелец ведёт переговоры о продаже.";
        let c = &score(text, None).claims[0];
        assert_eq!(
            (c.label, c.via.clone()),
            (Label::Relayed, vec!["Вечерний Заречинск".to_string()])
        );
    }

    #[test]
    fn a_name_with_its_apposition_before_the_verb_is_the_subject() {
        let text = "Dr. Marcus Idowu-Lyle, a researcher who was not involved in the study, called the findings \"robust and genuinely useful.\" But he cautioned that the trial was small.";
        let a = score(text, None);
        for c in &a.claims {
            assert_eq!(c.source.as_deref(), Some("Dr. Marcus Idowu-Lyle"));
        }
        // After a clause, the phrase after the verb still speaks.
        let c = &score(
            "\u{201c}It will not last,\u{201d} said the union leader, Ana Ruiz.",
            None,
        )
        .claims[0];
        assert_eq!(c.source.as_deref(), Some("the union leader, Ana Ruiz"));
    }

    #[test]
    fn russian_listeners_and_the_publishers_own_source() {
        let c = &score(
            "Ранее Левченко говорил РИА Новости, что деньги заморозил партнёр.",
            None,
        )
        .claims[0];
        assert_eq!(
            (c.label, c.via.clone()),
            (Label::Relayed, vec!["РИА Новости".to_string()])
        );
        let c = &score("В интервью порталу «Наука Сибири» Зарубин напомнил, что исследование разошлось с моделями.", None).claims[0];
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Relayed, Some("Зарубин"))
        );
        let text = "Портал «Спорт-Регион» со ссылкой на источник в клубе утверждает, что травма серьёзная. \
                    Собеседник нашего издания в клубе признал, что обследование назначено.";
        let a = score(text, None);
        assert_eq!(
            (a.claims[0].label, a.claims[1].label),
            (Label::Relayed, Label::Anonymous)
        );
    }

    #[test]
    fn a_russian_study_by_staff_of_a_named_body_is_a_named_document() {
        let c = &score("Торфяники выделяют втрое больше метана, говорится в исследовании сотрудников Приреченского государственного университета.", None).claims[0];
        assert_eq!(c.label, Label::Named);
        // Staff of no named body stay unnamed.
        let c = &score(
            "Торфяники выделяют втрое больше метана, рассказали сотрудники лаборатории.",
            None,
        )
        .claims[0];
        assert_eq!(c.label, Label::Anonymous);
    }

    #[test]
    fn nobody_is_no_source() {
        for text in [
            "Nobody said the plant was safe.",
            "Никто не сообщил, что завод закрыт.",
        ] {
            let c = &score(text, None).claims[0];
            assert_eq!(
                (c.label, c.source.as_deref()),
                (Label::Unconfirmed, None),
                "{text}"
            );
        }
    }

    #[test]
    fn a_first_question_with_a_remark_after_it_is_answered_by_the_interviewee() {
        let text = "Генеральный директор пароходства Игорь Лапин рассказал о планах компании.\n\n\
                    — Игорь Николаевич, откуда убыток? Ещё два года назад пароходство было в плюсе.\n\n\
                    — Причин три. Первая — топливо.";
        let a = score(text, None);
        let c = a.claims.last().unwrap();
        assert_eq!(
            (c.label, c.source.as_deref()),
            (
                Label::Named,
                Some("Генеральный директор пароходства Игорь Лапин")
            )
        );
    }

    #[test]
    fn a_printed_interview_answers_in_the_interviewees_voice() {
        let text = "Its leader, Cllr Ama Reyes, spoke to the Harbour Echo on Monday.\n\n\
                    How bad is it?\n\n\
                    It is the worst position we have been in. We have cut £41m already.\n\n\
                    Why has the gap grown?\n\n\
                    Care costs are the biggest reason. Our placements have doubled.\n\n\
                    Will you ask for support?\n\n\
                    We are talking to the ministry. An official there told me privately that \
                    we are on a list.\n\n\
                    Will libraries close?\n\n\
                    I can't comment on individual proposals.";
        let a = score(text, None);
        let got = spans_labels_sources(text, &a);
        let reyes = Some("Its leader, Cllr Ama Reyes");
        for t in ["It is the worst", "Care costs", "We are talking"] {
            let c = got.iter().find(|g| g.0.starts_with(t)).unwrap();
            assert_eq!((c.1, c.2), (Label::Named, reyes), "{t}");
        }
        // What someone told the interviewee reaches the article through them.
        let told = a
            .claims
            .iter()
            .find(|c| text[c.start..c.end].starts_with("An official"))
            .unwrap();
        assert_eq!(told.label, Label::Relayed);
        assert_eq!(told.origin, Origin::Anonymous);
        assert_eq!(told.via, vec!["Its leader, Cllr Ama Reyes".to_string()]);
        // A refusal in an answer stays a refusal.
        assert_eq!(got.last().unwrap().1, Label::Unconfirmed);
        // Questions are no claims.
        assert!(a
            .non_claims
            .iter()
            .any(|n| &text[n.start..n.end] == "Will libraries close?"));
    }

    #[test]
    fn a_refusal_in_an_interview_answer_is_unconfirmed() {
        let text = "Глава района Олег Миронов рассказал, что завод закроют.\n\n\
                    — Когда закроют?\n\n\
                    — Без комментариев.";
        assert_eq!(
            score(text, None).claims.last().unwrap().label,
            Label::Unconfirmed
        );
        let text = "The Harbourline: Did you turn down a takeover approach?\n\n\
                    Vantongeren: We have never been short of suitors.\n\n\
                    The Harbourline: From the Koenraad group?\n\n\
                    Vantongeren: I'm not going to comment on that.";
        let c = score(text, None).claims.last().cloned().unwrap();
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Unconfirmed, Some("Vantongeren"))
        );
    }

    #[test]
    fn an_explainer_under_question_headings_is_no_interview() {
        let text = "Water bills will rise by 18% in April, the regulator said.\n\n\
                    How much will bills go up?\n\n\
                    The average bill will rise by about £90 a year.\n\n\
                    Who sets the bills?\n\n\
                    Bills are set by the water companies.\n\n\
                    Can you save money?\n\n\
                    If you live alone, a meter could save you money.";
        let a = score(text, None);
        for c in &a.claims[1..] {
            assert_eq!(c.label, Label::Unconfirmed, "{}", &text[c.start..c.end]);
        }
    }

    #[test]
    fn a_reason_given_with_citing_is_the_subjects() {
        for (t, src) in [
            (
                "The Bank of Orrland raised its main rate on Wednesday, citing stubborn inflation.",
                "The Bank of Orrland",
            ),
            (
                "The company withdrew the product, citing safety concerns.",
                "The company",
            ),
        ] {
            assert_eq!(
                first(t),
                (Label::Named, Some(src.to_string()), vec![]),
                "{t}"
            );
        }
        // Not an adverbial that opens the sentence.
        assert_eq!(
            first("In March, the company withdrew the product, citing safety concerns.").0,
            Label::Unconfirmed
        );
    }

    #[test]
    fn bare_plural_groups_that_open_a_sentence_are_generic() {
        for t in [
            "Sauna enthusiasts have long claimed that the practice strengthens the heart.",
            "Scouts who have watched him this season say his work has improved.",
            // One word, with a present form that has no "-s": a plural group.
            "Anglers say the stretch had only just recovered.",
        ] {
            assert_eq!(first(t).0, Label::Unconfirmed, "{t}");
        }
        // A name, or a group tied to a named body, is no generic group.
        for t in [
            "Williams said the ruling was wrong.",
            "Williams says the ruling was wrong.",
            // An institution's plural with a modifier is the institution.
            "Federal prosecutors said the case was strong.",
            "Race organisers said the route would not change.",
            "Lawyers for Smith said the ruling was wrong.",
            "Economists at Harwick Capital say rates will rise.",
        ] {
            assert_eq!(first(t).0, Label::Named, "{t}");
        }
    }

    #[test]
    fn official_data_is_a_document_and_documents_the_publisher_saw_are_first_hand() {
        assert_eq!(
            first("Ferreyra scored 19 goals, according to official league statistics.").0,
            Label::Named
        );
        // "the magazine" with no outlet named before: the publisher itself.
        assert_eq!(
            first("Maintenance logs reviewed by the magazine show that the truck was flagged."),
            (
                Label::Named,
                Some("Maintenance logs reviewed by the magazine".to_string()),
                vec![]
            )
        );
        // With one named before, that outlet.
        let text = "The Ledger reported the plan. Emails obtained by the newspaper show that \
                    the mayor knew.";
        let c = &score(text, None).claims[1];
        assert_eq!(
            (c.label, c.via.clone()),
            (Label::Relayed, vec!["Ledger".to_string()])
        );
    }

    #[test]
    fn an_outlet_that_closes_a_sentence_with_understands_is_the_publisher() {
        let text = "Marlow Rovers have opened talks for Tomás Ferreyra, Touchline Daily \
                    understands.\n\n\
                    \"He has grown up a lot,\" said his former coach in an interview with \
                    Touchline Daily.";
        let a = score(text, None);
        let c = a.claims.last().unwrap();
        assert_eq!((c.label, c.via.len()), (Label::Named, 0));
    }

    #[test]
    fn understands_reports_only_for_a_listed_outlet_other_than_the_publisher() {
        let relay = "Sky Sports News understands Rovers are prepared to add bonuses worth €4m.";
        let (label, _, via) = first(relay);
        assert_eq!(
            (label, via),
            (Label::Relayed, vec!["Sky Sports".to_string()])
        );
        // The publisher's own "understands", an unlisted paper naming itself, and a person.
        for t in [
            "Sky Sports | 21 July 2025\n\nSky Sports News understands Rovers have bid €20m.",
            "The Gazette understands that a confiscation hearing is expected this year.",
            "The minister understands the concerns of residents.",
        ] {
            assert_eq!(first(t).0, Label::Unconfirmed, "{t}");
        }
    }

    #[test]
    fn a_role_with_an_of_phrase_then_a_name_names_the_speaker() {
        for (t, src) in [
            (
                "\"We were outstanding,\" said Ardwell director of rugby Phil Crane.",
                "Ardwell director of rugby Phil Crane",
            ),
            (
                "The plan worked, said head of research Ana Lima.",
                "head of research Ana Lima",
            ),
        ] {
            assert_eq!(
                first(t),
                (Label::Named, Some(src.to_string()), vec![]),
                "{t}"
            );
        }
        // A body or a place after the preposition names no person.
        let (label, _, _) = first("The plan worked, said a member of the ruling Civic Union.");
        assert_eq!(label, Label::Anonymous);
    }

    #[test]
    fn a_state_after_a_role_s_town_is_no_speaker() {
        let t = "Karen Whitlow, a nurse from Harmon Falls, Minnesota, told reporters that her \
                 car shut down on a snowy highway.";
        assert_eq!(first(t).0, Label::Named);
        assert_eq!(first(t).1.as_deref(), Some("Karen Whitlow"));
    }

    #[test]
    fn a_fronted_phrase_does_not_make_the_reporting_clause_a_subject() {
        // "Okafor said she" is no subject of "expected"; the channel before it is a relay.
        let t = "Speaking to the BBC on Friday, Okafor said she expected the guidelines to be \
                 reviewed.";
        assert_eq!(
            first(t),
            (
                Label::Relayed,
                Some("Okafor".to_string()),
                vec!["BBC".to_string()]
            )
        );
        let t = "In Paris on Friday, Okafor said she expected the guidelines to be reviewed.";
        assert_eq!(first(t).1.as_deref(), Some("Okafor"));
    }

    #[test]
    fn words_said_on_a_listed_outlet_s_air_are_relayed() {
        for (t, via) in [
            (
                "Senator Tom Keller said on CBS's \"Face the Nation\" that he could not \
                 support her.",
                "CBS News",
            ),
            (
                "Speaking on BBC Radio 4's Today programme on Friday, Okafor said she expected \
                 the guidelines to be reviewed.",
                "BBC Radio 4",
            ),
        ] {
            let (label, _, v) = first(t);
            assert_eq!((label, v), (Label::Relayed, vec![via.to_string()]), "{t}");
        }
        // A day, the speaker's own channel and an anonymity phrase are no outlet's air.
        for t in [
            "Okafor said on Friday that the plan would work.",
            "Doloria's military said on its Telegram channel that it had struck a depot.",
        ] {
            assert_eq!(first(t).0, Label::Named, "{t}");
        }
        let t = "Two officials, speaking on condition of anonymity, said the talks had failed.";
        assert_eq!(first(t).0, Label::Anonymous);
    }

    #[test]
    fn a_parenthetical_pronoun_speaks_for_the_name_that_opens_its_sentence() {
        for (t, name) in [
            (
                "Anna Berg moved to the theatre from film and, as she admits, still thinks in \
                 shots.",
                "Anna Berg",
            ),
            (
                "Анна Вересаева пришла в театр из кино и, как она признаётся, до сих пор \
                 думает «кадрами».",
                "Анна Вересаева",
            ),
        ] {
            assert_eq!(
                first(t),
                (Label::Named, Some(name.to_string()), vec![]),
                "{t}"
            );
        }
        // A pronoun that closes the sentence gives someone else's account of the name.
        assert_eq!(
            first("Mr Hale drove too fast, she said.").0,
            Label::Unconfirmed
        );
    }

    #[test]
    fn russian_listeners_regional_broadcasters_and_withheld_names() {
        let (label, _, via) =
            first("Ранее Сычёв заявлял «Коммерсанту», что считает преследование «заказным».");
        assert_eq!((label, via.len()), (Label::Relayed, 1));
        let (label, source, via) = first(
            "Как сообщает ГТРК «Заречье» со ссылкой на областную прокуратуру, ведомство \
             начало проверку.",
        );
        assert_eq!(label, Label::Relayed);
        assert_eq!(source.as_deref(), Some("областную прокуратуру"));
        assert_eq!(via, vec!["Заречье".to_string()]);
        let t = "Представитель подрядчика, пожелавший не называть своего имени, объяснил \
                 отставание погодой.";
        assert_eq!(first(t).0, Label::Anonymous);
    }

    #[test]
    fn document_descriptions_and_thousands_stay_inside_the_source() {
        let t = "Brennan received $1.8 million, according to financial disclosure forms filed \
                 with the Office of Government Ethics.";
        assert_eq!(first(t).0, Label::Named);
        let t = "A resident with 2,000 followers said the bridge was closed.";
        assert_eq!(
            first(t).1.as_deref(),
            Some("A resident with 2,000 followers")
        );
    }

    #[test]
    fn a_caption_over_a_credit_after_an_interview_byline_and_a_date_is_a_claim() {
        let t = "Заголовок статьи о театре\n\nБеседовала Мария Ковальчук\n\n7 февраля 2025\n\n\
                 Анна Вересаева на репетиции «Вишнёвого сада»\n\nФото: Денис Шубин\n\n\
                 В субботу состоится премьера, сообщили в театре.";
        let a = score(t, None);
        let kinds: Vec<&str> = a.non_claims.iter().map(|n| n.kind.as_str()).collect();
        assert_eq!(kinds, ["heading", "byline", "dateline", "caption-credit"]);
        assert!(a.claims[0].flags.iter().any(|f| f == "caption"));
        let t = "Trumpeter dies at 86\n\nBy Ann Lee\n\nEldon Matthis on stage in 1978. \
                 Credit...Paul Ostrander/Getty Images\n\nMatthis died on Friday, his family said.";
        let a = score(t, None);
        assert!(a.non_claims.iter().any(|n| n.kind == "caption-credit"));
        assert_eq!(a.claims.len(), 2);
    }

    #[test]
    fn a_statement_after_a_no_comment_clause_is_a_claim_of_its_own() {
        for t in [
            "The ministry did not respond to a request for comment, but theatre director \
             Viktor Rybakov said the text had not changed.",
            "В министерстве на запрос не ответили, а директор театра Виктор Рыбаков заявил, \
             что текст не менялся.",
        ] {
            let a = score(t, None);
            let labels: Vec<Label> = a.claims.iter().map(|c| c.label).collect();
            assert_eq!(labels, [Label::Unconfirmed, Label::Named], "{t}");
        }
        // "она сама" points back as "она" does.
        let t =
            "Анна Вересаева пришла в театр из кино и, как она сама признаётся, до сих пор думает \
                 «кадрами».";
        assert_eq!(
            score(t, None).claims.last().unwrap().source.as_deref(),
            Some("Анна Вересаева")
        );
    }

    #[test]
    fn a_bare_bracketed_agency_dateline_names_the_publisher() {
        let t = "(Bloomberg) -- The bank is exploring a merger, people familiar said.\n\n\
                 The foundation is open to a deal, a person close to it told Bloomberg News.";
        let a = score(t, None);
        assert!(a.non_claims.iter().any(|n| n.kind == "dateline"));
        let c = a.claims.last().unwrap();
        assert_eq!((c.label, c.via.len()), (Label::Anonymous, 0));
    }

    #[test]
    fn a_fronted_outlet_relative_clause_keeps_the_according_phrase_with_its_content() {
        let text = "According to Bloomberg News, which cited people familiar with the plans, \
                    the company had hoped the tablet would win back customers.";
        let a = score(text, None);
        assert_eq!(a.claims.len(), 1);
        assert_eq!(a.claims[0].label, Label::Relayed);
        assert_eq!(a.claims[0].origin, Origin::Anonymous);
    }

    #[test]
    fn an_outlet_noun_in_the_dative_before_the_verb_is_the_listener() {
        let text = "«Известия» сообщают, что таксистов обяжут проходить медосмотр. Об этом \
                    газете рассказали в министерстве транспорта края.";
        let c = &score(text, None).claims[1];
        assert_eq!(
            (c.label, c.via.clone()),
            (Label::Relayed, vec!["Известия".to_string()])
        );
        // With no outlet named before, the noun is the publisher's own.
        let own = "Об этом газете рассказали в министерстве транспорта края.";
        assert_eq!(first(own).0, Label::Named);
    }

    #[test]
    fn own_channels_outlet_names_and_the_outlets_people() {
        // "в своём Telegram-канале": the place where the speaker posted, not a relay.
        let t = "Об этом сообщила в своем Telegram-канале его дочь Марина Сомова.";
        assert_eq!(
            first(t),
            (
                Label::Named,
                Some("его дочь Марина Сомова".to_string()),
                vec![]
            )
        );
        // "Урал-Пресс": a name part after a hyphen names an outlet; "Пресс-атташе" does not.
        let t = "Как ранее сообщало агентство «Урал-Пресс» со ссылкой на мэра Андрея \
                 Кирсанова, аукцион может пройти уже в декабре.";
        assert_eq!(first(t).2, vec!["Урал-Пресс".to_string()]);
        let t = "Пресс-атташе «Торпедо» Мария Ушакова заявила, что сделка закрыта.";
        assert_eq!(first(t).0, Label::Named);
        // "Источник издания" is the outlet's source: "издание" later is still the outlet.
        let text = "«Ведомости» сообщают, что долг группы вырос. Источник издания в \
                    правительстве объясняет это пересмотром сметы. Как отмечает издание, \
                    крупнейшим кредитором остается банк.";
        let c = score(text, None).claims.last().cloned().unwrap();
        assert_eq!(
            (c.label, c.via),
            (Label::Relayed, vec!["Ведомости".to_string()])
        );
    }

    #[test]
    fn a_pronoun_goes_back_past_a_sentence_that_opens_with_the_same_pronoun() {
        let text = "Agnes Tolliver has supervised the line since 2004. She is 67 and keeps a \
                    thermos of tea by the scales.\n\n\
                    \"When I started here, there were four hundred of us,\" she says.";
        let c = score(text, None).claims.last().cloned().unwrap();
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Named, Some("Agnes Tolliver"))
        );
    }

    #[test]
    fn a_quoted_name_in_the_dative_after_the_verb_is_its_listener() {
        let t = "— Замены ему нет, — говорит «Спорт-Вектору» бывший капитан «Энергии» Денис \
                 Ладыгин.";
        let (label, source, via) = first(t);
        assert_eq!(label, Label::Relayed);
        assert_eq!(
            source.as_deref(),
            Some("бывший капитан Энергии Денис Ладыгин")
        );
        assert_eq!(via, vec!["Спорт-Вектору".to_string()]);
    }

    #[test]
    fn russian_generic_groups_before_a_genitive_or_after_ryad() {
        for t in [
            "Жители Заречного в соцсетях жалуются, что об эвакуации предупредили поздно.",
            "Ряд аналитиков, однако, считает, что рост цен может съесть часть прибыли.",
        ] {
            assert_eq!(first(t).0, Label::Unconfirmed, "{t}");
        }
        // Counted people are particular people, kept unnamed.
        assert_eq!(
            first("Пять экспертов считают, что рост цен может съесть часть прибыли.").0,
            Label::Anonymous
        );
    }

    #[test]
    fn a_description_of_the_cited_source_leaves_the_outlet_the_subject() {
        let t = "Интерфакс со ссылкой на источник, знакомый с ходом расследования, сообщил, \
                 что посредником выступал помощник.";
        let (label, _, via) = first(t);
        assert_eq!(
            (label, via),
            (Label::Relayed, vec!["Интерфакс".to_string()])
        );
    }

    #[test]
    fn a_publisher_shares_no_more_than_a_first_word_with_another_outlet() {
        let text = "Дмитрий Глебов, «Лесногорск онлайн»\n\n\
                    Telegram-канал «Лесногорск 24» утверждает, что сделка согласована.";
        let c = &score(text, None).claims[0];
        assert_eq!(
            (c.label, c.via.clone()),
            (Label::Relayed, vec!["Лесногорск 24".to_string()])
        );
    }

    #[test]
    fn a_short_phrase_closing_the_sentence_after_the_verb_is_the_inverted_speaker() {
        let t = "Halvorsen Foods is exploring a sale, according to people familiar with the \
                 matter. The Brannock, Ohio-based company has hired advisers, said the people, \
                 who asked not to be identified.";
        let c = &score(t, None).claims[1];
        assert_eq!(c.label, Label::Anonymous);
    }

    #[test]
    fn a_singular_appositive_after_counted_people_from_a_body_describes_the_body() {
        let t = "Two officials from the Agrarian Union, the junior partner, said the party's \
                 ministers had only agreed to send the bill to parliament.";
        let (label, source, _) = first(t);
        assert_eq!(label, Label::Anonymous);
        assert_eq!(
            source.as_deref(),
            Some("Two officials from the Agrarian Union")
        );
    }

    #[test]
    fn a_pronoun_after_a_fronted_prepositional_phrase_means_the_named_subject() {
        let t = "At a quarter to six, before the mist has lifted, Hilde Maranek unties a boat \
                 from an iron ring.\n\n\"Usually it is the baker,\" she said.";
        let c = &score(t, None).claims[1];
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Named, Some("Hilde Maranek"))
        );
    }

    #[test]
    fn the_publishers_own_outlet_noun_after_the_verb_is_first_hand() {
        let t = "Совладельцы агрохолдинга ведут переговоры о продаже дивизиона, рассказали \
                 изданию два источника, знакомых с ходом переговоров.";
        let (label, _, via) = first(t);
        assert_eq!((label, via), (Label::Anonymous, Vec::<String>::new()));
    }

    #[test]
    fn a_digest_paragraph_opening_with_an_outlet_relays_its_request_for_comment() {
        let t = "РБК сообщает, что строительство моста может быть заморожено. Компания \
                 «МостСтрой» на запрос РБК не ответила.";
        let a = score(t, None);
        assert_eq!(a.claims[0].label, Label::Relayed);
        assert_eq!(a.summary.publisher, None);
    }

    #[test]
    fn an_outlet_noun_points_back_to_an_institution_only_one_named_with_it() {
        // "По данным издания" is a back-reference itself, no institution named "издание".
        let t = "«Коммерсантъ» пишет, что маркетплейсы могут снизить комиссию для продавцов из \
                 малых городов и сел страны. По данным издания, проект обсуждается в \
                 министерстве.\n\n«Ведомости» сообщают, что банки ужесточат требования. Как \
                 пишет издание, речь идет о проверке дохода.";
        let c = &score(t, None).claims[3];
        assert_eq!(
            (c.label, c.via.clone()),
            (Label::Relayed, vec!["Ведомости".to_string()])
        );
    }

    #[test]
    fn airlines_and_legal_clause_abbreviations() {
        assert_eq!(
            first("По данным авиакомпании, на борту находились 164 пассажира.").0,
            Label::Named
        );
        let t = "СК возбудил уголовное дело о разбое (п. «б» ч. 4 ст. 162 УК РФ), говорится в \
                 сообщении на сайте ведомства.";
        let a = score(t, None);
        assert_eq!(a.claims.len(), 1);
        assert_eq!(a.claims[0].label, Label::Named);
    }

    #[test]
    fn a_possessive_before_a_noun_after_the_verb_is_its_object_not_a_speaker() {
        let t = "Кардиолог клиники «Медпрактика» Антон Воронцов, не участвовавший в \
                 исследовании, назвал его результаты «важными, но предварительными».";
        let (label, source, _) = first(t);
        assert_eq!(label, Label::Named);
        assert_eq!(
            source.as_deref(),
            Some("Кардиолог клиники Медпрактика Антон Воронцов")
        );
    }

    #[test]
    fn a_document_noun_closing_a_participle_phrase_after_the_cue() {
        let t = "Губернатор ввел режим ЧС, следует из опубликованного на портале правовой \
                 информации указа.";
        assert_eq!(first(t).0, Label::Named);
    }

    #[test]
    fn bulleted_key_points_are_claims_without_their_full_stop() {
        let t = "Storm live: one dead\n\nKey points\n\
                 - A man in his 70s has died after a tree fell on his car, police say\n\
                 - Northcoast Power says 48,000 homes are without electricity\n\n\
                 16:42\nThe weather office has extended its warning.";
        let a = score(t, None);
        let labels: Vec<Label> = a.claims.iter().map(|c| c.label).collect();
        assert_eq!(labels, vec![Label::Named, Label::Named, Label::Unconfirmed]);
    }

    #[test]
    fn manner_of_speaking_verbs_frame_a_quotation() {
        let t = "Его жена Валентина Петровна к работе мужа относится с тревогой.\n\n\
                 — Ему уже 67, а он в ледоход на реку выходит, — вздыхает она.";
        let c = &score(t, None).claims[1];
        assert_eq!(c.label, Label::Named);
        let t = "\"We will rebuild,\" the mayor, Ann Cole, sighed.";
        assert_eq!(first(t).0, Label::Named);
        let t = "Капитан «Тала» Никита Жуков в своём Telegram-канале извинился перед \
                 болельщиками за результат.";
        assert_eq!(first(t).0, Label::Named);
    }

    #[test]
    fn expert_comment_circulated_by_a_science_media_centre_is_relayed() {
        let t = "Prof. Nikhil Rao, an epidemiologist who was not involved in the research, said \
                 in comments circulated by the Science Media Centre that the study adds to a \
                 consistent picture.";
        let (label, _, via) = first(t);
        assert_eq!(
            (label, via),
            (Label::Relayed, vec!["Science Media Centre".to_string()])
        );
    }

    #[test]
    fn a_progressive_is_no_passive_and_impersonal_document_verbs() {
        // "are appealing" is not "were heard": its subject speaks.
        let t = "Police officers are appealing for anyone with dashcam footage to come forward.";
        assert_ne!(first(t).0, Label::Unconfirmed);
        let t = "В пресс-релизе института уточняется, что работа финансировалась за счет гранта.";
        assert_eq!(first(t).0, Label::Named);
        let t = "Как сообщает «Чемпионат», клуб готов продать полузащитника.";
        assert_eq!(first(t).0, Label::Relayed);
    }

    #[test]
    fn a_name_inside_a_relative_clause_is_not_the_subject() {
        let t = "A battalion commander, who gave only his call sign, Bear, in line with military \
                 rules, told Reuters by telephone that his unit had entered the village.";
        let (_, source, _) = first(t);
        assert_eq!(source.as_deref(), Some("A battalion commander"));
        // Right before the cue, a phrase after a relative clause is the speaker.
        let t = "The company is exploring a sale of its sensors unit, which could fetch about \
                 $900 million, two people familiar with the matter said.";
        assert_eq!(first(t).0, Label::Anonymous);
    }

    #[test]
    fn russian_media_after_any_adjective_and_an_adverb_before_an_inverted_outlet() {
        let t = "Ранее японские СМИ сообщали, что траулер отключил систему идентификации.";
        assert_eq!(first(t).0, Label::Relayed);
        let t = "В прошлом году «ЛавкаПлюс» уже признавала утечку адресов, писал тогда РБК.";
        let (label, _, via) = first(t);
        assert_eq!((label, via), (Label::Relayed, vec!["РБК".to_string()]));
    }

    #[test]
    fn a_russian_refusal_closing_its_clause_is_a_no_comment_of_its_own() {
        let t = "Спортивный директор клуба Артём Белов в интервью «Спорт-Экспрессу» подтвердил \
                 интерес к игроку, но назвать сумму сделки отказался. «Переговоры идут», — \
                 приводит издание слова Белова.";
        let a = score(t, None);
        let labels: Vec<Label> = a.claims.iter().map(|c| c.label).collect();
        assert_eq!(
            labels,
            vec![Label::Relayed, Label::Unconfirmed, Label::Relayed]
        );
        assert!(a.claims[1].flags.iter().any(|f| f == "no_comment"));
        // Not a refusal of something said: "отказался от участия" names no infinitive.
        let t = "Министр подтвердил планы, но от участия в форуме отказался.";
        assert_eq!(score(t, None).claims.len(), 1);
    }

    #[test]
    fn an_outlet_noun_before_the_speech_noun_keeps_the_split_quoting_verb() {
        let t = "«Спорт-Экспресс» пишет о переходе. «Переговоры идут», — приводит издание слова \
                 Белова.";
        let c = &score(t, None).claims[1];
        assert_eq!(
            (c.label, c.source.as_deref(), c.via.clone()),
            (
                Label::Relayed,
                Some("Белова"),
                vec!["Спорт-Экспресс".to_string()]
            )
        );
    }

    #[test]
    fn any_one_word_before_the_speech_noun_keeps_the_split_quoting_verb() {
        let t = "— Всех, кто остался без жилья, разместим в пунктах временного размещения, — \
                 приводит пресс-служба слова губернатора.";
        assert_eq!(first(t).0, Label::Named);
        // "приводит к росту цен" quotes nobody.
        let t = "Повышение тарифов приводит к росту цен на продукты, отмечают экономисты.";
        assert_eq!(first(t).0, Label::Unconfirmed);
    }

    #[test]
    fn the_paper_with_no_outlet_named_is_the_study_but_told_the_paper_is_an_outlet() {
        let t = "Naps longer than an hour were associated with faster decline, according to the \
                 paper.";
        assert_eq!(first(t).0, Label::Named);
        let (label, _, via) = first("Several residents told the paper the road was dangerous.");
        assert_eq!(
            (label, via),
            (Label::Relayed, vec!["the paper".to_string()])
        );
    }

    #[test]
    fn score_many_matches_score() {
        let texts = vec!["The minister said so.", "", "Experts say it is bad."];
        let s = Scorer::default();
        let many = s.score_many(&texts, None, Some(2)).unwrap();
        for (t, a) in texts.iter().zip(&many) {
            assert_eq!(&s.score(t, None), a);
        }
        assert!(s.score_many(&texts, None, Some(0)).is_err());
    }

    #[test]
    fn outlets_that_speak_of_themselves_and_their_correspondents_publish() {
        // "AFP could not immediately verify": the outlet says so of itself, and its sentence
        // is unconfirmed; "told AFP" is then first-hand.
        let a = score(
            "An official told AFP that 40 homes burned. AFP could not immediately verify the \
             footage.",
            None,
        );
        assert_eq!(a.summary.publisher.as_deref(), Some("Agence France-Presse"));
        assert_eq!(a.claims[0].label, Label::Anonymous);
        assert_eq!(a.claims[1].label, Label::Unconfirmed);
        // "The Journal couldn't verify who wrote them": the verb is in what was not verified.
        let a = score(
            "Sen. Wendell Price told the Journal he had not been briefed. The Journal \
             couldn't verify who wrote the posts.",
            None,
        );
        assert_eq!(a.claims[0].label, Label::Named);
        assert_eq!(a.claims[1].label, Label::Unconfirmed);
        // Not any capitalised subject.
        let a = score(
            "Police could not confirm who wrote the note. An official told AFP it was a hoax.",
            None,
        );
        assert_eq!(a.summary.publisher, None);
        assert_eq!(a.claims[1].label, Label::Relayed);
        // "Al Jazeera's Hoda Salem, reporting from Amman": the outlet's own correspondent.
        let a = score(
            "Al Jazeera's Hoda Salem, reporting from Amman, said residents were hopeful. \
             Two diplomatic sources told Al Jazeera the draft was ready.",
            None,
        );
        assert_eq!(a.summary.publisher.as_deref(), Some("Al Jazeera"));
        assert_eq!(a.claims[1].label, Label::Anonymous);
    }

    #[test]
    fn role_then_name_before_the_verb_and_back_references_after_a_place() {
        // A role, then the name set off before the verb: the subject, not the words after.
        assert_eq!(
            first(
                "The shadow environment secretary, Tom Ashworth, said the two accounts \
                 “cannot both be true”."
            ),
            (
                Label::Named,
                Some("The shadow environment secretary, Tom Ashworth".to_string()),
                vec![]
            )
        );
        // "Penang, Malaysia, the people said": the people are the sources before.
        let a = score(
            "Two people familiar with the plans said cuts were coming. The cuts will fall on \
             sites in Penang, Malaysia, the people said.",
            None,
        );
        assert_eq!(a.claims[1].label, Label::Anonymous);
        // A report or an article in an outlet is relayed through it.
        for t in [
            "A report in the Financial Times in 2022 said the auditors had resigned.",
            "An article in The Guardian said the auditors had resigned.",
        ] {
            assert_eq!(first(t).0, Label::Relayed, "{t}");
        }
        // Company accounts are a document, not social-media accounts.
        let (label, _, via) = first(
            "Ardent Food Group reported profits of £41.7m, according to accounts filed at \
             Companies House.",
        );
        assert_eq!((label, via.len()), (Label::Named, 0));
    }

    #[test]
    fn russian_sharing_verbs_unnamed_passers_by_and_rapsi() {
        assert_eq!(
            first("Адвокат Ксения Малахова заявила РАПСИ, что её подзащитный вину не признаёт.").0,
            Label::Relayed
        );
        assert_eq!(
            first("Пожилой мужчина, не пожелавший представиться, рассказал, что видел художника.")
                .0,
            Label::Anonymous
        );
        assert_eq!(
            first(
                "«Я его знала только по репродукциям», — поделилась учительница Ольга Никифорова."
            )
            .0,
            Label::Named
        );
        assert_eq!(
            first("Местные активисты утверждают, что ремонт сделан плохо.").0,
            Label::Unconfirmed
        );
    }

    #[test]
    fn hyphenated_openers_single_onlookers_and_russian_comma_complementizers() {
        // A pronoun points back to a hyphenated surname that opens an unsourced sentence.
        let a = score(
            "Imelda Vasquez-Reyes was packing up. It was 4am and she was tired.\n\n\
             \"Something told me to look at one more frame,\" she says.",
            None,
        );
        let c = a.claims.last().unwrap();
        assert_eq!(
            (c.label, c.source.as_deref()),
            (Label::Named, Some("Imelda Vasquez-Reyes"))
        );
        // One fan is a person kept unnamed, with or without a clause about them; fans are a
        // generic group.
        assert_eq!(
            first("\"It was never like this,\" said a fan who lives nearby.").0,
            Label::Anonymous
        );
        assert_eq!(
            first("«Такого не было», — рассказал болельщик, назвавшийся Михаилом.").0,
            Label::Anonymous
        );
        assert_eq!(
            first("Fans say the club is finished.").0,
            Label::Unconfirmed
        );
        // "сообщает, что …": a verb in the content does not take the claim from the outlet,
        // and an outlet closing the sentence still relays it.
        let (label, source, via) = first(
            "Интерфакс со ссылкой на источник, знакомый с ходом переговоров, сообщает, что \
             российская сторона настаивает на тарифе.",
        );
        assert_eq!(
            (label, source.as_deref(), via),
            (
                Label::Relayed,
                Some("источник"),
                vec!["Интерфакс".to_string()]
            )
        );
        assert_eq!(
            first("В последнем слове Семёнов заявил, что стал жертвой расправы, передаёт РИА Новости.")
                .0,
            Label::Relayed
        );
    }

    #[test]
    fn notes_taken_hearsay_openers_and_unowned_posts() {
        // "took notes", "state Sen.", "command post": a cue word inside a phrase that reports
        // nothing.
        assert_eq!(
            first("Mr Voss, wearing a grey suit, sat in the dock and took notes.").0,
            Label::Unconfirmed
        );
        assert_eq!(
            first("Texas state Sen. Wendell Price told reporters he had not been briefed."),
            (
                Label::Named,
                Some("Texas state Sen. Wendell Price".to_string()),
                vec![]
            )
        );
        // The "it" of "It is understood" is no speaker for a verb later in the sentence.
        let a = score(
            "Oxwell County Council said the plan was approved.\n\nIt is understood Ashgrove \
             has secured an option on a field, fuelling fears of a second phase.",
            None,
        );
        assert_eq!(a.claims[1].label, Label::Unconfirmed);
        // A post on a platform that no one is named for is no identifiable source; one on
        // someone's own page is theirs.
        assert_eq!(
            first("A post on a local Facebook group claimed on Sunday that the dam had failed.").0,
            Label::Unconfirmed
        );
        assert_eq!(
            first("Певица отменила тур, сообщается на её официальной странице во «ВКонтакте».").0,
            Label::Named
        );
    }

    #[test]
    fn outlets_after_a_dense_clause_and_publications_in_guillemets() {
        // "…, с 10 до 17%, пишет Politico": the outlet after the verb is its subject.
        let (label, source, via) = first(
            "Еврокомиссия готовит предложение о пошлинах на электромобили, произведённые за \
             пределами ЕС, с 10 до 17%, пишет Politico со ссылкой на проект документа.",
        );
        assert_eq!(
            (label, source.as_deref(), via),
            (
                Label::Relayed,
                Some("проект документа"),
                vec!["Politico".to_string()]
            )
        );
        // A name in guillemets that writes is a publication, listed or not; one that speaks
        // is not.
        assert_eq!(
            first("Как пишет «Медвестник», аналогичные препараты разрабатываются.").2,
            vec!["Медвестник".to_string()]
        );
        assert_eq!(
            first("Как заявили в «Газпроме», поставки продолжатся.").0,
            Label::Named
        );
        // A source noun, then a description set off by commas: the subject, not the listener.
        assert_eq!(
            first("Источник, близкий к «Волжанину», подтвердил «Спорт-Вектору», что предложение отправлено.")
                .1
                .as_deref(),
            Some("Источник")
        );
        // "put the overall death toll at".
        assert_eq!(
            first("The monitor, a London-based group, put the overall death toll at 34.").0,
            Label::Named
        );
    }

    #[test]
    fn a_count_word_after_a_rank_noun_closes_the_subject() {
        // "number three" is a rank: the verb after it reports.
        let (label, source, _) =
            first("Asked about the injury, the world number three said only: \"I am fine.\"");
        assert_eq!(label, Label::Named);
        assert_eq!(source.as_deref(), Some("the world number three"));
        assert_eq!(
            first("The world number one told reporters the injury was minor."),
            (
                Label::Named,
                Some("The world number one".to_string()),
                vec![]
            )
        );
        // Without a rank noun a count word is still a determiner: in "One report said" the
        // cue is "said", not the noun "report".
        let c = &score("One report said the plant was closed.", None).claims[0];
        assert_eq!(c.cue.as_deref(), Some("said"));
    }

    #[test]
    fn back_references_negated_verbs_and_contracted_refusals() {
        let labels = |t: &str| -> Vec<(Label, Option<String>)> {
            score(t, None)
                .claims
                .into_iter()
                .map(|c| (c.label, c.source))
                .collect()
        };
        // "Both" stands for the group before it, named or not.
        let a = labels("Two people briefed on the talks said a deal was near.\n\nBoth cautioned that the talks could still founder.");
        assert_eq!(a[1].0, Label::Anonymous);
        let b = labels("Maria Lopez and Tom Ray said a deal was near. Both cautioned that the talks could founder.");
        assert_eq!(b[1], (Label::Named, Some("Maria Lopez and Tom Ray".into())));
        // "the lobbyist" points back to an unnamed lobbyist.
        let c = labels("A lobbyist involved in the talks, who declined to be named, said firms were pushing.\n\n\"Nobody wants a bailout,\" the lobbyist said.");
        assert_eq!(c[1].0, Label::Anonymous);
        // "declining to give her name" withholds a name.
        assert_eq!(
            first("\"It felt decided,\" one parent told the Courier, declining to give her name.")
                .0,
            Label::Anonymous
        );
        // A negation with an adverb before the verb reports nothing.
        assert_eq!(
            first("Ukraine's military does not usually comment on strikes inside Russia.").1,
            None
        );
        assert_eq!(
            first("Кремль не всегда комментирует такие сообщения.").1,
            None
        );
        // A contracted refusal is a refusal, not a quotation going on.
        let d = labels("Two traders, who asked not to be identified, said the bank sold dollars. The central bank didn't respond to a request for comment.");
        assert_eq!(d.last().unwrap().0, Label::Unconfirmed);
        assert_eq!(d.last().unwrap().1.as_deref(), Some("The central bank"));
    }

    #[test]
    fn russian_role_nouns_and_interrupted_quotations() {
        // After "по словам", a singular genitive in "-и" is one person's role, not a group.
        let a = score(
            "Анна Ветлугина рассказала, что гонка была трудной. По словам биатлонистки, промах случился из-за спешки.",
            None,
        );
        assert_eq!(a.claims[1].label, Label::Named);
        assert_eq!(
            first("По словам экспертов, промах случился из-за спешки.").0,
            Label::Unconfirmed
        );
        // The author's words between dashes inside one pair of guillemets: one quotation, and
        // every sentence of it is the speaker's.
        let t = "«Я не знаю, — признался Бутко журналистам, — забивал ли я так поздно. Наверное, нет. Этот гол посвящаю отцу».";
        let b = score(t, None);
        assert_eq!(b.claims.len(), 1);
        assert_eq!(b.claims[0].source.as_deref(), Some("Бутко"));
        assert_eq!(b.claims[0].end, t.len());
    }

    #[test]
    fn numbers_before_a_stop_or_a_cue_word() {
        // A decimal number is no abbreviation: the sentence ends after it.
        let a = score(
            "One of them said the lira breached 41.60. The bank didn't respond to a request for comment.",
            None,
        );
        assert_eq!(a.claims.len(), 2);
        assert_eq!(a.claims[0].label, Label::Anonymous);
        // "in all 50 states.": a counted noun that closes the sentence, not a verb.
        assert_eq!(
            first("The bill would fund upgrades to water systems in all 50 states.").1,
            None
        );
        assert_eq!(
            first("Ana Ruiz, 31, said she was scared.").1.as_deref(),
            Some("Ana Ruiz")
        );
        // "has said nothing" reports nothing.
        assert_eq!(first("Oduya himself has said nothing in public.").1, None);
    }

    #[test]
    fn comparisons_and_pronoun_listeners_are_no_sources() {
        // "more than the carrier has disclosed" compares; the speaker is the one before.
        let (label, source, _) = first("A person familiar with the inspections said cracks were found on four engines, more than the carrier has so far disclosed.");
        assert_eq!(label, Label::Anonymous);
        assert_eq!(
            source.as_deref(),
            Some("A person familiar with the inspections")
        );
        // "told him by radio": a person listens, no outlet relays.
        let (label, _, via) = first(
            "Team director Frank Hollis said the team trusted him and had told him by radio to go.",
        );
        assert_eq!(label, Label::Named);
        assert!(via.is_empty());
        // A social network is no news network; "Computer Weekly" is still a publication.
        let (label, _, via) = first("Social network Murmur said its service had been restored.");
        assert_eq!((label, via.len()), (Label::Named, 0));
        assert_eq!(
            first("The researcher told Computer Weekly that the flaw was serious.").2,
            vec!["Computer Weekly".to_string()]
        );
        // A stop word between an article and a noun describes the noun.
        assert_eq!(
            first("A later update on the page blamed a configuration change.")
                .1
                .as_deref(),
            Some("A later update on the page")
        );
        assert_eq!(
            first("An earlier report said the plant was closed.")
                .1
                .as_deref(),
            Some("An earlier report")
        );
        // A sports broadcaster is an outlet.
        let (label, _, via) =
            first("Speaking to Eurosport, Rinaldi said he had been on the limit.");
        assert_eq!(
            (label, via),
            (Label::Relayed, vec!["Eurosport".to_string()])
        );
    }

    #[test]
    fn listener_name_glued_to_punctuation() {
        // "Canal+": the listed name runs past its last word; the relay keeps all of it.
        for t in [
            "The coach told Canal+ that the team was exhausted.",
            "\"We were exhausted,\" the coach told Canal+ on Sunday.",
        ] {
            let (label, _, via) = first(t);
            assert_eq!(
                (label, via),
                (Label::Relayed, vec!["Canal+".to_string()]),
                "{t}"
            );
        }
        // Not a name's prefix cut at a word: "told Canalside residents" names no outlet.
        let (label, _, via) = first("The coach told Canalside residents that the pool was shut.");
        assert_eq!((label, via.len()), (Label::Named, 0));
    }

    #[test]
    fn neuter_verbs_websites_and_named_channels() {
        // An institution's neuter verb is a cue as the other genders are.
        let (label, src, _) =
            first("Министерство в своем Telegram-канале назвало решение ошибочным.");
        assert_eq!(
            (label, src.as_deref()),
            (Label::Named, Some("Министерство"))
        );
        // "по сообщению X": according to X's report.
        let (label, _, via) = first("По сообщению Синьхуа, к району направлены два корабля.");
        assert_eq!((label, via), (Label::Relayed, vec!["Синьхуа".to_string()]));
        // "В аэропорту сообщили": an institution's locative, as "В больнице".
        let (label, src, _) = first("В аэропорту сообщили, что рейсы задерживаются.");
        assert_eq!((label, src.as_deref()), (Label::Named, Some("аэропорту")));
        // A channel noun then a Latin name: that name is the outlet, not the speaker.
        let (label, _, via) =
            first("Очевидец рассказал Telegram-каналу Pryamo, что слышал хлопки.");
        assert_eq!((label, via), (Label::Relayed, vec!["Pryamo".to_string()]));
        let (label, src, via) = first("Об этом рассказал изданию Иван Петров.");
        assert_eq!(
            (label, src.as_deref(), via.len()),
            (Label::Named, Some("Иван Петров"), 0)
        );
        // A web address is a website; a company whose name has a dot is not ("ДОМ.РФ").
        let (label, _, via) = first("Dr Leigh told Space.com that the comet had fizzled out.");
        assert_eq!(
            (label, via),
            (Label::Relayed, vec!["Space.com".to_string()])
        );
        let (label, _, via) = first("По данным ДОМ.РФ, выдано около 48 тыс. кредитов.");
        assert_eq!((label, via.len()), (Label::Named, 0));
        // Rankings are data, as figures are: a named document.
        let (label, _, _) =
            first("The win lifts Vasquez to ninth, according to the tour's live rankings.");
        assert_eq!(label, Label::Named);
        // "declined to address" refuses as "declined to discuss" does.
        let (label, _, _) = first("Lindqvist declined to address the report on Wednesday.");
        assert_eq!(label, Label::Unconfirmed);
    }

    #[test]
    fn a_listener_of_the_speakers_own_ends_an_earlier_relay() {
        let t = "Dr Marcus Leigh told Space.com that the comets had fizzled out.\n\n\
                 \"It is interesting,\" Leigh said in an email to the Sentinel. \"I would be cautious.\"";
        let a = score(t, None);
        let labels: Vec<_> = a.claims.iter().map(|c| (c.label, c.via.len())).collect();
        assert_eq!(
            labels,
            vec![(Label::Relayed, 1), (Label::Named, 0), (Label::Named, 0)]
        );
        // With no listener of its own, the same speaker's next words keep the relay; a
        // listener inside the content ("Blinken told Lavrov") is none of the speaker's.
        let t = "Dr Marcus Leigh told Space.com that the comets had fizzled out. \
                 Leigh added that Blinken told Lavrov nothing.";
        let a = score(t, None);
        assert_eq!(a.claims[1].label, Label::Relayed);
        // In Russian the word after the verb may be its speaker ("— сказал дипломат").
        let t = "Посол Павел Зимин в интервью телеканалу «Россия 24» назвал претензии необоснованными. \
                 «Мы ждём ответа», — сказал дипломат.";
        let a = score(t, None);
        assert_eq!(a.claims.last().map(|c| c.label), Some(Label::Relayed));
    }

    #[test]
    fn an_outlet_noun_points_back_to_an_outlet_of_its_medium() {
        // "the broadcaster" after "told AFP": not the agency, even as the publisher.
        let t = "BEIRUT (AFP) - A security source told AFP that the building was empty. \
                 Iranian state television said the strikes were a provocation. \
                 Kamali also accused Washington of \"giving a green light\", the broadcaster said.";
        let a = score(t, None);
        // (State television is no listed outlet to point to: the noun itself is the relay.)
        let last = a.claims.last().unwrap();
        assert_eq!(
            (last.label, last.via.clone()),
            (Label::Relayed, vec!["the broadcaster".to_string()]),
            "{:?}",
            a.claims
        );
        // A listed broadcaster named before the agency is the one "the broadcaster" means; a
        // noun of no medium ("the outlet") still means the last outlet of any kind.
        let t = "Kan News reported that the drone evaded two missiles. \
                 A diplomat told Reuters that talks had stalled. \
                 The drone was launched from the north, the broadcaster said.";
        let a = score(t, None);
        assert_eq!(a.claims.last().unwrap().via, vec!["Kan News".to_string()]);
        let t = t.replace("the broadcaster said", "the outlet said");
        let a = score(&t, None);
        assert_eq!(a.claims.last().unwrap().via, vec!["Reuters".to_string()]);
        // Russian: "по данным телекомпании" after NHK and an agency named since.
        let t = "Японская телекомпания NHK сообщила, что судно задержано. \
                 Об этом также пишет агентство Рейтер. \
                 По данным телекомпании, на борту 26 человек.";
        let a = score(t, None);
        assert_eq!(a.claims.last().unwrap().via, vec!["NHK".to_string()]);
    }

    #[test]
    fn russian_inverted_outlets_adverbs_and_own_channels() {
        // "…, которая …, сообщает агентство Синьхуа": the outlet after its noun is the speaker,
        // not the phrase before the relative clause.
        let (label, src, via) = first(
            "Министерство выразило «серьезную обеспокоенность» действиями береговой охраны, \
             которая задержала судно, сообщает агентство Синьхуа.",
        );
        assert_eq!(
            (label, src.as_deref(), via),
            (
                Label::Relayed,
                Some("агентство Синьхуа"),
                vec!["Синьхуа".to_string()]
            )
        );
        // A reporter or an outlet noun in the dative after the place is a listener.
        for t in [
            "В пресс-службе перевозчика корреспонденту ТАСС пояснили, что компенсации будут.",
            "В пресс-службе перевозчика изданию пояснили, что компенсации будут.",
        ] {
            assert_eq!(
                first(t).1.as_deref(),
                Some("пресс-службе перевозчика"),
                "{t}"
            );
        }
        let (_, src, _) =
            first("В интервью нашему изданию глава района Иван Петров рассказал о планах.");
        assert_eq!(src.as_deref(), Some("глава района Иван Петров"));
        // An adverb opening the sentence is no speaker.
        let (_, src, _) = first("Иначе считает критик Мария Дельвиг.");
        assert_eq!(src.as_deref(), Some("критик Мария Дельвиг"));
        // A party's own channel, its name unquoted in Cyrillic: first-hand; an outlet's name
        // after a channel noun is a relay.
        let (label, _, via) =
            first("«Рейсы задерживаются», — говорится в Telegram-канале Росавиации.");
        assert_eq!((label, via.len()), (Label::Named, 0));
        let (label, _, via) = first("Об этом говорится в Telegram-канале Mash.");
        assert_eq!((label, via), (Label::Relayed, vec!["Mash".to_string()]));
    }

    #[test]
    fn a_title_points_back_to_the_unnamed_source_holding_it() {
        let t = "One Treasury minister, speaking on condition of anonymity, said the chancellor \
                 had raised his concerns. As the minister put it: \"Disagreeing is not disloyalty.\"";
        let a = score(t, None);
        assert_eq!(a.claims.last().unwrap().label, Label::Anonymous);
        // Not an institution ("the council said" after "a council source"), nor a title the
        // unnamed source does not hold.
        let t = "A council source, who asked not to be named, said the pool would shut. \
                 The council said no decision had been taken.";
        assert_eq!(score(t, None).claims.last().unwrap().label, Label::Named);
        let t = "Prime Minister Ann Cole said the plan was sound. A minister who asked not to be \
                 named said it was not. \"It is a mess,\" the prime minister said.";
        assert_eq!(score(t, None).claims.last().unwrap().label, Label::Named);
    }

    #[test]
    fn items_passed_around_and_people_an_outlet_reached() {
        // A video or a post passed around, with no one named as its maker, is no source; the
        // platform that carries it is no relay. A post by someone is theirs.
        for t in [
            "A video circulating on social media showed soldiers entering the village.",
            "Another post, circulated in a private parents' group, claimed the head had quit.",
            "Видео, появившееся в соцсетях, показывает, как горит склад.",
        ] {
            let (label, _, via) = first(t);
            assert_eq!((label, via.len()), (Label::Unconfirmed, 0), "{t}");
        }
        let (label, _, _) = first("A post shared by the mayor said the roads were closed.");
        assert_ne!(label, Label::Unconfirmed);
        // People an outlet reached: the outlet relays them, unless it is the publisher.
        let a = score(
            "Fighting continued, officials said. Two residents reached by telephone by the BBC \
             said heavy gunfire could be heard.",
            None,
        );
        let c = a.claims.last().unwrap();
        assert_eq!((c.label, c.origin), (Label::Relayed, Origin::Anonymous));
        assert_eq!(c.via, ["BBC"]);
        let a = score(
            "KASANGA, March 3 (Reuters) - Fighting continued.\n\nTwo residents reached by \
             telephone by Reuters said heavy gunfire could be heard near the airport.",
            None,
        );
        assert_eq!(a.claims.last().unwrap().label, Label::Anonymous);
    }

    #[test]
    fn short_definite_plurals_and_adverbial_cues() {
        // "the two carriers", "The companies": a plural the article introduced is named; a long
        // generic one is vague.
        let t = "Aurelia Air and Nordstrand Airlines agreed to merge, the two carriers said. \
                 The companies said the deal would close in 2026.";
        let a = score(t, None);
        assert!(a.claims.iter().all(|c| c.label == Label::Named));
        let (label, _, _) = first("The world's biggest chocolate makers say cocoa is scarce.");
        assert_eq!(label, Label::Unconfirmed);
        // Hearsay decides a sentence whose only cue is an adverbial participle or "as hoped".
        for t in [
            "The president is reportedly frustrated that the sponsors did not consult him \
             before announcing the deal.",
            "Halloran is reportedly planning a viewing evening if the comet brightens as hoped.",
        ] {
            assert_eq!(first(t).0, Label::Unconfirmed, "{t}");
        }
    }

    #[test]
    fn russian_groups_withheld_details_and_a_follow_us_trailer() {
        // A quantified group before a place's name in the genitive is no named person; a bare
        // plural of people is a generic collective.
        let (label, _, _) = first(
            "Несколько жителей Соснового Лога пожаловались, что узнали об эвакуации от соседей.",
        );
        assert!(matches!(label, Label::Anonymous | Label::Unconfirmed));
        assert_eq!(
            first("Пациенты жалуются на многочасовые очереди.").0,
            Label::Unconfirmed
        );
        // Details withheld: a refusal split from the statement.
        let a = score(
            "Представитель МИД заявил, что Рим готов помочь, но от подробностей воздержался.",
            None,
        );
        let labels: Vec<Label> = a.claims.iter().map(|c| c.label).collect();
        assert_eq!(labels, [Label::Named, Label::Unconfirmed]);
        // "Подписывайтесь на «X»" closes the publisher's own story: what X was told is
        // first-hand.
        let t = "Источник в банке подтвердил «Хайтек-обзору», что утечка была.\n\n\
                 Подписывайтесь на «Хайтек-обзор» в Telegram.";
        assert_eq!(first(t).0, Label::Anonymous);
        let t = "Источник в банке подтвердил «Хайтек-обзору», что утечка была.";
        assert_eq!(first(t).0, Label::Relayed);
    }

    #[test]
    fn counts_after_add_and_numbered_station_names() {
        // A count after "added" is its object, unless a verb follows it in the clause.
        for t in [
            "Prentice and Harry Lowe had added 142 for the third wicket.",
            "The company added 3,000 jobs last year.",
        ] {
            assert_eq!(first(t).0, Label::Unconfirmed, "{t}");
        }
        // Not after a verb that reports before a count ("said 3 died").
        assert_eq!(first("Officials said 3 died.").0, Label::Anonymous);
        let a = score(
            "Officials said 3 died. The mayor added 10 people were hurt.",
            None,
        );
        assert_eq!(a.claims.last().unwrap().label, Label::Named);
        // A station's name may end in its channel number.
        let (label, _, via) =
            first("A lineman told KSVN News 10 that crews had been ordered to keep the line on.");
        assert_eq!(
            (label, via),
            (Label::Relayed, vec!["KSVN News 10".to_string()])
        );
    }

    #[test]
    fn spoken_refusals_a_refusal_after_and_that_and_facts_not_established() {
        let (label, _, _) = first("The minister won't comment on the report.");
        assert_eq!(label, Label::Unconfirmed);
        let a = score(
            "The club said the player had apologised and that it would not comment further.",
            None,
        );
        let labels: Vec<Label> = a.claims.iter().map(|c| c.label).collect();
        assert_eq!(labels, [Label::Named, Label::Unconfirmed]);
        let (label, _, via) = first(
            "The Calder Review was unable to establish where it came from or to verify what it \
             shows.",
        );
        assert_eq!((label, via.len()), (Label::Unconfirmed, 0));
    }

    #[test]
    fn that_after_a_verb_and_its_listener_opens_the_verbs_content() {
        let a = score(
            "Его адвокат Денис Кулагин заявил «Интерфаксу», что защита считает запрошенное \
             наказание «несоразмерным».",
            None,
        );
        assert_eq!(a.claims.len(), 1);
        assert_eq!(a.claims[0].label, Label::Relayed);
    }

    #[test]
    fn an_evasion_after_what_it_evades_and_present_appeals() {
        let a = score(
            "Министр заявил, что переговоры продолжатся, но от ответа на вопрос о тарифах \
             уклонился.",
            None,
        );
        let labels: Vec<Label> = a.claims.iter().map(|c| c.label).collect();
        assert_eq!(labels, [Label::Named, Label::Unconfirmed]);
        // Not an evasion of something else ("уклонился от уплаты налогов").
        let a = score(
            "Он уклонился от уплаты налогов, заявили в прокуратуре.",
            None,
        );
        assert!(a.claims.iter().all(|c| c.label == Label::Named));
        let (label, _, _) = first("ГУ МЧС призывает жителей держаться подальше от деревьев.");
        assert_eq!(label, Label::Named);
    }

    #[test]
    fn an_institution_that_expects_intends_or_promises_is_the_source() {
        for (t, src) in [
            (
                "В компании «Тиховодскэнерго» рассчитывают восстановить электроснабжение к вечеру.",
                "Тиховодскэнерго",
            ),
            (
                "В банке намерены добиваться введения процедуры наблюдения.",
                "банке",
            ),
            (
                "В ЦИК обещают опубликовать итоги к 10:00 понедельника.",
                "ЦИК",
            ),
            (
                "В региональном минздраве уточнили, что у пострадавших ожоги.",
                "минздраве",
            ),
            (
                "По данным предприятия, авария произошла около 6:40.",
                "предприятия",
            ),
        ] {
            assert_named_by(t, src);
        }
    }

    #[test]
    fn a_fronted_source_with_a_participle_and_a_reason_clause_stay_one_claim() {
        // The participle on the source is no claim of its own, nor is what the club expected.
        let a = score(
            "По информации источников, близких к «Энергии», клуб рассчитывал выручить за \
             форварда не менее 8 млн евро.",
            None,
        );
        assert_eq!(a.claims.len(), 1);
        assert_eq!(a.claims[0].label, Label::Anonymous);
        let a = score(
            "По словам собеседника, решение принималось «под давлением сроков», поскольку \
             оператор спутника рассчитывал начать его эксплуатацию до конца года.",
            None,
        );
        assert_eq!(a.claims.len(), 1);
        assert_eq!(a.claims[0].source.as_deref(), Some("собеседника"));
        // A time clause where someone else speaks is still a claim of its own.
        let a = score(
            "Complaints were first reported by the Ellesby Observer in 2022, when several \
             customers told the paper they could not reach the builder.",
            None,
        );
        assert_eq!(a.claims.len(), 2);
    }

    #[test]
    fn the_publisher_from_a_dateline_with_its_country_or_a_staff_address() {
        for t in [
            "Oil slick spreads\n\nPuerto Salinas (Chile) (AFP) - An oil slick has spread, the \
             coast guard said.\n\nValdés told AFP that it was bad.",
            "Oil slick spreads\n\nPuerto Salinas, Chile (AFP) - An oil slick has spread, the \
             coast guard said.\n\nValdés told AFP that it was bad.",
        ] {
            let a = score(t, None);
            assert_eq!(a.non_claims[1].kind, "dateline", "{t}");
            assert_eq!(a.claims[1].label, Label::Named, "{t}");
        }
        // The paper by its last word, once its staff address names it; another paper's address
        // leaves "the Journal" a relay.
        let body = "Bank to cut jobs\n\nMs. Harlan told the Journal the union would fight.";
        let a = score(
            &format!("{body}\n\nWrite to Claire Donnelly at claire.donnelly@wsj.com"),
            None,
        );
        assert_eq!(a.claims.len(), 1);
        assert_eq!(a.claims[0].label, Label::Named);
        assert_eq!(
            a.non_claims.last().map(|n| n.kind.as_str()),
            Some("trailer")
        );
        let a = score(
            &format!("{body}\n\nWrite to Ann Lee at ann.lee@ft.com"),
            None,
        );
        assert_eq!(a.claims[0].label, Label::Relayed);
    }

    #[test]
    fn a_possessor_gives_no_gender_to_the_speaker() {
        let a = score(
            "Another witness, a girl who cannot be named, said she had seen the punch.\n\n\
             Outside court, Mr Blythe's solicitor, Farida Qureshi, told reporters her client was \
             devastated. \"He has never denied that a man died,\" she said.",
            None,
        );
        let last = a.claims.last().unwrap();
        assert_eq!(last.label, Label::Named);
        assert_eq!(
            last.source.as_deref(),
            Some("Mr Blythe's solicitor, Farida Qureshi")
        );
    }

    #[test]
    fn a_document_past_its_participle_phrase_and_other_russian_frames() {
        for (t, src) in [
            (
                "В заявлении, опубликованном на сайте компании, говорится, что завод закроется.",
                "заявлении",
            ),
            (
                "Согласно тексту законопроекта, контроль возложат на ведомство.",
                "тексту законопроекта",
            ),
            (
                "Информацию о задержании подтвердили и в ГУ МВД России по Московской области.",
                "ГУ МВД России по Московской области",
            ),
            (
                "Губернатор Олег Петров поручил обследовать все дома этой серии.",
                "Губернатор Олег Петров",
            ),
        ] {
            assert_named_by(t, src);
        }
        // One refusal: the objects of a short subject are not two claims.
        let a = score("Сам Веленский на звонки и сообщения не ответил.", None);
        assert_eq!(a.claims.len(), 1);
        assert_eq!(a.claims[0].label, Label::Unconfirmed);
    }

    #[test]
    fn monitoring_networks_party_figures_and_sources_that_indicate() {
        let (label, _, via) = first(
            "The ice sheet lost 210bn tonnes of ice last year, according to the Polar Monitoring \
             Network, an international consortium.",
        );
        assert_eq!((label, via.len()), (Label::Named, 0));
        let (label, _, _) = first("One senior party figure claimed the paper had been leaked.");
        assert_eq!(label, Label::Anonymous);
        let (label, _, _) = first(
            "Sources at the club have indicated privately that the owner would accept a bid.",
        );
        assert_eq!(label, Label::Anonymous);
        let (label, _, via) =
            first("Priya Venkataraman, a researcher, told CoinDesk that the pattern was odd.");
        assert_eq!((label, via), (Label::Relayed, vec!["CoinDesk".to_string()]));
    }

    #[test]
    fn refusals_to_name_speculate_or_put_a_figure_and_one_on_a_noun() {
        for t in [
            "He declined to put a figure on job losses.",
            "Police said they would not speculate on a motive.",
            "The company said it does not comment on possible reviews.",
            "Ødegaard declined to speculate on the cause.",
            "He declined to name the supplement, citing possible legal action.",
        ] {
            let a = score(t, None);
            assert_eq!(a.claims.len(), 1, "{t}");
            assert_eq!(a.claims[0].label, Label::Unconfirmed, "{t}");
            assert!(a.claims[0].flags.iter().any(|f| f == "no_comment"), "{t}");
        }
        // A refusal in a relative clause describes the sources the outlet cites.
        let (label, source, via) = first(
            "The Marlow Courier, citing two Green members of the legislature it declined to \
             name, reports that the deal is off.",
        );
        assert_eq!(label, Label::Relayed);
        assert_eq!(
            source.as_deref(),
            Some("two Green members of the legislature")
        );
        assert_eq!(via, ["Marlow Courier"]);
    }

    #[test]
    fn a_quoted_company_that_ends_the_clause_speaks_and_is_no_listener() {
        let (label, source, via) = first("Авария устранена, сообщил «Горводоканал».");
        assert_eq!(label, Label::Named);
        assert_eq!(source.as_deref(), Some("Горводоканал"));
        assert!(via.is_empty());
        // A quoted name in the dative, a speaker after it, is the listener.
        let (label, _, via) = first("Сделка сорвалась, заявил «Спорт-Экспрессу» агент игрока.");
        assert_eq!(
            (label, via),
            (Label::Relayed, vec!["Спорт-Экспресс".to_string()])
        );
    }

    #[test]
    fn russian_publishers_from_bylines_copyright_lines_and_issue_datelines() {
        for (t, kind) in [
            (
                "Заголовок\n\nДарья Миронова, Олег Рязанцев / РБК\n\nГендиректор Марина \
                 Оселедец в интервью РБК объяснила сокращение.",
                "byline",
            ),
            (
                "Заголовок\n\nПредседатель профсоюза Сергей Малахов заявил «Старогорскому \
                 обозревателю», что забастовка продолжится.\n\n© «Старогорский обозреватель», \
                 2025. При перепечатке ссылка обязательна.",
                "trailer",
            ),
            (
                "Заголовок\n\nАлина Шестакова, «Город 24»\n\nЮрист Константин Деев в \
                 комментарии «Городу 24» пояснил, что деньги вернут.",
                "byline",
            ),
            (
                "Заголовок\n\nГазета «Коммерсантъ» №212 от 19.11.2024, стр. 9\n\nВ ФАС «Ъ» \
                 сообщили, что ходатайство пока не поступало.",
                "dateline",
            ),
        ] {
            let a = score(t, None);
            assert!(a.non_claims.iter().any(|n| n.kind == kind), "{t}");
            assert_eq!(a.claims.len(), 1, "{t}");
            assert_eq!(a.claims[0].label, Label::Named, "{t}");
        }
    }

    #[test]
    fn an_outlet_citing_a_named_person_between_commas_relays_them() {
        let (label, source, via) = first(
            "Xinhua, citing a command spokesman, Senior Colonel Zhao Minghui, said the drills \
             included live fire.",
        );
        assert_eq!(label, Label::Relayed);
        assert_eq!(via, ["Xinhua"]);
        assert!(source.is_some_and(|s| s.ends_with("Zhao Minghui")));
        let (label, _, via) = first("Rayburn later told Fox Business that he had been leaned on.");
        assert_eq!(
            (label, via),
            (Label::Relayed, vec!["Fox Business".to_string()])
        );
    }

    #[test]
    fn anonymity_after_a_quoted_name_and_more_russian_anonymity_phrases() {
        for t in [
            "Двое сотрудников регионального офиса «Полки», пожелавшие остаться неназванными, \
             рассказали, что офис закроют.",
            "Один из игроков «Металлург-Урала», попросивший не раскрывать его имя, рассказал, \
             что команда недовольна.",
            "Ее коллега по фракции, пожелавший остаться неизвестным, рассказал, что голосование \
             сорвано.",
        ] {
            assert_eq!(first(t).0, Label::Anonymous, "{t}");
        }
    }

    #[test]
    fn confirmed_or_denied_to_a_listed_outlet_is_told_to_it() {
        for (t, outlet) in [
            (
                "A representative for Reyes confirmed the split to Variety on Sunday.",
                "Variety",
            ),
            ("Olsen denied the allegations to TMZ.", "TMZ"),
        ] {
            let (label, _, via) = first(t);
            assert_eq!(
                (label, via),
                (Label::Relayed, vec![outlet.to_string()]),
                "{t}"
            );
        }
        // Not a clause that goes on past the object.
        let (label, _, via) = first("The company confirmed it would sell the unit to Reuters.");
        assert_eq!((label, via.len()), (Label::Named, 0));
    }

    #[test]
    fn a_staff_photographers_credit_names_the_publisher_but_an_agencys_does_not() {
        let body = "\n\nАвиакомпании подписали соглашение, рассказали РБК два источника.";
        let (label, _, via) = first(&format!("Заголовок\n\nФото: Андрей Любимов / РБК{body}"));
        assert_eq!(label, Label::Anonymous);
        assert!(via.is_empty());
        // An agency sells its pictures: the credit says nothing of who publishes the article.
        let body = "\n\nАвиакомпании подписали соглашение, рассказали ТАСС два источника.";
        let (label, _, via) = first(&format!("Заголовок\n\nФото: Иван Сомов / ТАСС{body}"));
        assert_eq!(label, Label::Relayed);
        assert_eq!(via, ["ТАСС"]);
        let (label, _, _) = first(
            "Headline\n\nPhotograph: Tom Pascoe/The Guardian\n\nThe airline is in talks, two \
             people told the Guardian.",
        );
        assert_eq!(label, Label::Anonymous);
    }

    #[test]
    fn a_role_after_a_possessor_a_name_then_an_age_and_a_partitive_possessive() {
        assert_named_by(
            "\"We do not take this lightly,\" said Wealdmere Water's director of operations, \
             Priya Chandrasekaran.",
            "Wealdmere Water's director of operations, Priya Chandrasekaran",
        );
        // An age after the name in apposition: no "said she" inversion.
        assert_named_by(
            "Another diner, Jodie Frayne, 34, said she and four friends had fallen ill.",
            "Jodie Frayne",
        );
        // "her" in "a member of her team" is the woman "she" means next, not the member.
        let a = score(
            "Ines Valdes won the final on Sunday. She said she had played through pain. A \
             member of her team, speaking on condition of anonymity, said scans had shown \
             inflammation. Asked about the Finals, she said: \"Let me enjoy tonight first.\"",
            None,
        );
        let last = a.claims.last().unwrap();
        assert_eq!(last.label, Label::Named);
        assert_ne!(last.source.as_deref(), Some("A member of her team"));
    }

    #[test]
    fn a_refusal_that_opens_a_closing_partial_quotation_is_no_comment() {
        for t in [
            "A police spokesman said it would be \"inappropriate to comment on speculation\".",
            "A Harbridge spokesman said the club \"does not comment on speculation\".",
        ] {
            assert_eq!(first(t).0, Label::Unconfirmed, "{t}");
        }
        // A statement of several sentences that opens with one stays the speaker's.
        let t = "A spokesman said: \"We do not comment on leaks. The plan stands and will go \
                 ahead.\"";
        assert_eq!(first(t).0, Label::Named, "{t}");
    }

    #[test]
    fn a_womans_first_name_after_a_role_and_agreement_as_a_stance() {
        // A present-tense verb shows no gender: a woman's first name is nominative anyway.
        for t in [
            "Юрист по уголовным делам Инна Гарифуллина напоминает, что вернуть деньги трудно.",
            "Учитель обществознания из Твери Марина Осокина считает новое задание полезным.",
        ] {
            assert_eq!(first(t).0, Label::Named, "{t}");
        }
        assert_named_by(
            "Ректор института Геннадий Бобров с этим не согласен.",
            "Ректор института Геннадий Бобров",
        );
        assert_named_by(
            "Вместе с тем Вальтер согласна, что комплекс один из самых интересных.",
            "Вальтер",
        );
        // A collective agrees or not with no one named.
        assert_eq!(
            first("Оппозиция не согласна с итогами выборов.").0,
            Label::Unconfirmed
        );
    }

    #[test]
    fn russian_drafts_refusals_with_adjectives_and_unconfirmed_reports() {
        assert_named_by(
            "Согласно проекту демоверсии, в ЕГЭ появится новое задание.",
            "проекту демоверсии",
        );
        let a = score(
            "В пресс-службе компании подтвердили, что она «рассматривает варианты», но от более \
             подробных комментариев отказались.",
            None,
        );
        assert_eq!(a.claims.len(), 2);
        assert_eq!(a.claims[1].label, Label::Unconfirmed);
        let a = score(
            "Как писали «Известия» со ссылкой на источник в министерстве, ведомство рассматривает \
             эту возможность, однако официально эта информация не подтверждалась.",
            None,
        );
        assert_eq!(a.claims.len(), 2);
        assert_eq!(a.claims[0].label, Label::Relayed);
        assert_eq!(a.claims[1].label, Label::Unconfirmed);
    }

    #[test]
    fn a_russian_speaker_before_their_own_channel_and_its_verb() {
        // A hyphenated noun after a possessive is no modifier of a Russian verb, and the
        // channel after the name is where the speaker spoke.
        for t in [
            "Губернатор области Павел Орешкин в своём телеграм-канале заявил, что угрозы нет.",
            "Губернатор области Павел Орешкин в телеграм-канале заявил, что угрозы нет.",
        ] {
            let (label, source, via) = first(t);
            assert_eq!(label, Label::Named, "{t}");
            assert_eq!(
                source.as_deref(),
                Some("Губернатор области Павел Орешкин"),
                "{t}"
            );
            assert!(via.is_empty(), "{t}");
        }
    }

    #[test]
    fn a_continuation_speaks_for_the_subject_of_the_clause_before_it() {
        // The subject ends at its past-tense verb ("backed"), not at the comma; a participle
        // after an article is no verb ("A retired general").
        assert_named_by(
            "The ministry backed the plan, saying it would cut costs.",
            "The ministry",
        );
        let (_, source, _) = first("A retired general backed the plan, saying it would cut costs.");
        assert_eq!(source.as_deref(), Some("A retired general"));
        assert_named_by(
            "In a note to clients, Harwell Securities analyst Jonah Feld raised his target, \
             writing that the data were \"cleaner than expected\".",
            "Harwell Securities analyst Jonah Feld",
        );
        assert_named_by(
            "Министр поддержал проект, сообщив, что он снизит расходы.",
            "Министр",
        );
    }

    #[test]
    fn title_case_organisations_and_noun_compounds() {
        // A plural, a capitalised preposition and a capitalised name are one organisation.
        assert_named_by(
            "Reporters Without Borders said the journalist had been detained.",
            "Reporters Without Borders",
        );
        assert_named_by(
            "Doctors Without Borders said its teams had treated 54 people.",
            "Doctors Without Borders",
        );
        // "Doctors" alone is still a vague group.
        assert_eq!(
            first("Doctors said the patient had died.").0,
            Label::Unconfirmed
        );
        // An "-ing" noun after an article and a noun is no cue; nor is "member states".
        for t in [
            "An evacuation warning, which means residents should be ready to leave, remains in place.",
            "The proposal needs the approval of both member states and the European Parliament.",
        ] {
            let (label, source, _) = first(t);
            assert_eq!((label, source), (Label::Unconfirmed, None), "{t}");
        }
        // "a statement saying …" still reports.
        assert_named_by(
            "The agency issued a statement saying the talks had failed.",
            "The agency",
        );
    }

    #[test]
    fn the_other_of_two_sources_is_the_same_anonymous_group() {
        let a = score(
            "Two sources familiar with the matter said the unit was shut. The other said the \
             cracker had been cut to minimum rates.",
            None,
        );
        assert_eq!(a.claims.len(), 2);
        assert_eq!(a.claims[1].label, Label::Anonymous);
    }

    #[test]
    fn a_citing_phrase_after_a_parenthetical_is_no_subject() {
        let (label, source, via) = first(
            "Японское агентство Kyodo, в свою очередь, со ссылкой на источник в правительстве \
             Филиппин сообщает, что Манила запросила консультации.",
        );
        assert_eq!(label, Label::Relayed);
        assert_eq!(source.as_deref(), Some("источник в правительстве Филиппин"));
        assert_eq!(via, ["Kyodo News"]);
        let (label, source, via) = first(
            "Kyodo, in turn, citing a government source, reported that Manila had asked for talks.",
        );
        assert_eq!(label, Label::Relayed);
        assert_eq!(source.as_deref(), Some("a government source"));
        assert_eq!(via, ["Kyodo News"]);
    }

    #[test]
    fn national_agencies_trade_press_and_declined_outlet_names() {
        for (t, outlet) in [
            (
                "Министерство иностранных дел Норвегии, по данным агентства NTB, воздержалось от \
                 оценок, сообщив лишь, что получило приглашение.",
                "NTB",
            ),
            (
                "По данным источника «Советского спорта», у защитника повреждение связок колена.",
                "Советский спорт",
            ),
            (
                "Подруга певицы, пожелавшая остаться неизвестной, рассказала StarHit, что решение \
                 было взаимным.",
                "StarHit",
            ),
            (
                "Industry intelligence service OPIS reported that heavy flaring had been seen at \
                 the plant, citing people living nearby.",
                "OPIS",
            ),
            (
                "The emir welcomed the proposal, the Qatar News Agency reported.",
                "Qatar News Agency",
            ),
        ] {
            let (label, _, via) = first(t);
            assert_eq!(label, Label::Relayed, "{t}");
            assert_eq!(via, [outlet], "{t}");
        }
    }

    #[test]
    fn what_the_publisher_itself_learned_names_no_source() {
        // «Ъ» is the publisher (its own sources speak first-hand); what it learned is its own.
        let a = score(
            "Как стало известно «Ъ», авиакомпания ведёт переговоры с кредиторами.\n\n\
             По словам двух источников «Ъ», знакомых с ходом переговоров, компания просит \
             отсрочку.",
            Some("Коммерсантъ"),
        );
        assert_eq!(a.claims[0].label, Label::Unconfirmed, "{:?}", a.claims[0]);
        assert_eq!(a.claims[1].label, Label::Anonymous, "{:?}", a.claims[1]);
        // Another outlet's learning is still a relay.
        let c = &score(
            "Как стало известно «Спорт-Экспрессу», медобследование пройдёт в понедельник.",
            Some("Коммерсантъ"),
        )
        .claims[0];
        assert_eq!(c.label, Label::Relayed, "{c:?}");
    }

    #[test]
    fn interview_answers_after_a_sentence_that_introduces_the_speaker() {
        let a = score(
            "Главный тренер «Метеора» Андрей Вершинин на пресс-конференции был немногословен.\n\n\
             — Чего не хватило команде?\n\n\
             — Дисциплины. Мы сами отдали игру.\n\n\
             — Будут ли изменения в составе?\n\n\
             — Посмотрим.",
            None,
        );
        let answers: Vec<_> = a.claims.iter().filter(|c| c.paragraph > 0).collect();
        assert_eq!(answers.len(), 2, "{:?}", a.claims);
        for c in answers {
            assert_eq!(c.label, Label::Named, "{c:?}");
            assert_eq!(
                c.source.as_deref(),
                Some("Главный тренер Метеора Андрей Вершинин")
            );
        }
    }

    #[test]
    fn anonymity_inside_a_participle_phrase_after_the_speaker() {
        let (label, _, _) = first(
            "Высокопоставленный представитель администрации США, выступавший перед журналистами \
             на условиях анонимности, заявил, что Вашингтон не ищет конфронтации.",
        );
        assert_eq!(label, Label::Anonymous);
    }

    #[test]
    fn an_outlet_noun_in_the_dative_before_a_quoted_name_is_the_listener() {
        let (label, source, via) = first(
            "«В квартире плюс девять», — рассказала телеканалу «Керженск-24» жительница дома № 15 \
             Наталья Веселова.",
        );
        assert_eq!(label, Label::Relayed);
        assert_eq!(
            source.as_deref(),
            Some("жительница дома № 15 Наталья Веселова")
        );
        assert_eq!(via, ["Керженск-24"]);
        // In the nominative the channel speaks itself.
        let (label, _, via) = first("«Утечки нет», — сообщил телеграм-канал «Утечки».");
        assert_eq!(label, Label::Relayed);
        assert_eq!(via, ["Утечки"]);
    }

    #[test]
    fn a_verb_in_a_relative_clause_that_describes_a_thing_reports_nothing() {
        for t in [
            "She became famous with the song Northern Wind, which Stolyarov wrote for her.",
            "Известность певице принесла песня «Северный ветер», которую написал для неё Столяров.",
        ] {
            let (label, source, _) = first(t);
            assert_eq!((label, source), (Label::Unconfirmed, None), "{t}");
        }
        // A relative that speaks, with what it said, still reports.
        assert_eq!(
            first("Он поддержал губернатора, который заявил, что угрозы нет.").0,
            Label::Named
        );
    }

    #[test]
    fn a_fronted_phrase_on_the_document_that_carried_the_words_is_no_claim() {
        let a = score(
            "In a statement carried by the official news agency SPA, the foreign ministry said \
             its envoy had held talks with both sides.",
            None,
        );
        assert_eq!(a.claims.len(), 1, "{:?}", a.claims);
        let c = &a.claims[0];
        assert_eq!(c.label, Label::Relayed);
        assert_eq!(c.source.as_deref(), Some("the foreign ministry"));
        assert_eq!(c.via, ["SPA"]);
    }

    #[test]
    fn a_document_that_concludes_or_reads() {
        assert_named_by(
            "A report by council planning officers had recommended approval, concluding that the \
             benefits outweighed the harm.",
            "A report by council planning officers",
        );
        assert_named_by(
            "\"Kaylee was the light of every room she walked into,\" the page reads.",
            "the page",
        );
    }

    #[test]
    fn a_relative_after_a_short_passive_clause_speaks_for_the_agent() {
        let (_, source, _) = first("The plan was attacked by officials, who said it was dead.");
        assert_eq!(source.as_deref(), Some("officials"));
        // Not a place after a role with no passive verb.
        let (_, source, _) =
            first("The head of the agency in Paris, who said the plan was dead, resigned.");
        assert_eq!(source.as_deref(), Some("The head of the agency"));
    }

    #[test]
    fn a_pronoun_with_no_earlier_source_means_the_person_last_named() {
        let a = score(
            "The first thing you notice about Ines Calloway's studio is the dust. She is 44.\n\n\
             \u{201c}I didn't come from this world at all,\u{201d} she says.",
            None,
        );
        let c = a.claims.last().unwrap();
        assert_eq!(c.label, Label::Named);
        assert_eq!(c.source.as_deref(), Some("Ines Calloway"));
        // A surname alone that the article gave with a first name before.
        let a = score(
            "It was a difficult week for Tiago Ferreira's side. Speaking before the game, \
             Ferreira was asked about the bid. \"Nothing has come to the club,\" he said.",
            None,
        );
        assert_eq!(a.claims.last().unwrap().source.as_deref(), Some("Ferreira"));
        // Not a place after a preposition, nor a name of the other gender.
        for t in [
            "Flights from New York were cancelled on Friday. She told reporters she was stranded.",
            "Police questioned Mr John Marsh on Friday. She told reporters she was stranded.",
        ] {
            let c = score(t, None).claims.pop().unwrap();
            assert_eq!(c.label, Label::Unconfirmed, "{t}: {:?}", c.source);
        }
    }

    #[test]
    fn papers_seen_by_an_outlet_the_article_relays_name_no_publisher() {
        let t = "Ministers ignored warnings, according to a draft report seen by The Guardian.\n\n\
                 The Guardian reported that the chair had written to the Cabinet Office. Two \
                 people told this newspaper that an earlier draft named two ministers.";
        let a = score(t, None);
        assert_eq!(a.claims[0].label, Label::Relayed, "{:?}", a.claims[0]);
        assert_eq!(a.claims[0].via, ["The Guardian"]);
        // The outlet's own investigation says both and stays first-hand.
        let t = "Customer data was exposed, according to documents seen by The Courier.\n\n\
                 A former executive, speaking to this newspaper, said the sale loomed.";
        assert_eq!(score(t, None).claims[0].label, Label::Named);
    }

    #[test]
    fn russian_gerund_phrases_refusals_and_a_sentence_opening_word() {
        // A phrase an adverbial participle opens is read past: the subject stands before it.
        let (label, src, via) = first(
            "Пресс-секретарь министерства Анна Котова, комментируя публикацию CNN, заявила, что переговоры продолжаются.",
        );
        assert_eq!(label, Label::Named);
        assert_eq!(
            src.as_deref(),
            Some("Пресс-секретарь министерства Анна Котова")
        );
        assert!(via.is_empty(), "{via:?}");
        // "отказался комментировать" is a refusal to comment: unconfirmed, with the flag.
        let c = score(
            "Министр отказался комментировать сообщения о своей отставке.",
            None,
        )
        .claims
        .remove(0);
        assert_eq!(c.label, Label::Unconfirmed);
        assert!(c.flags.iter().any(|f| f == "no_comment"), "{:?}", c.flags);
        // «Как уточняет телеканал»: "Как" is capitalised only for opening the sentence, so the
        // channel is still the one named before, and sources who spoke to it are relayed.
        let a = score(
            "Как сообщил CNN, переговоры прошли в Дохе. Как уточняет телеканал, делегации встретились дважды. Источники в правительстве заявили телеканалу, что сделка близка.",
            None,
        );
        assert_eq!(a.claims[2].label, Label::Relayed, "{:?}", a.claims[2]);
        assert_eq!(a.claims[2].via, ["CNN"]);
    }

    #[test]
    fn the_report_points_back_to_the_outlet_report_before_it() {
        // "according to the report" after "X reported": the same relayed report.
        let t =
            "Corvane Foods plans to close two bakeries next year, the Financial Times reported on \
                 Tuesday, citing three people briefed on the plan.\n\nAbout 400 jobs would go, \
                 according to the report, while a third site would be sold.";
        let a = score(t, None);
        assert_eq!(a.claims[1].label, Label::Relayed, "{:?}", a.claims[1]);
        assert_eq!(a.claims[1].via, a.claims[0].via);
        // After a claim that relays nothing, the report is a document of its own.
        let t = "The regulator said on Tuesday that fares would rise.\n\nAbout 400 jobs \
                 would go, according to the report, while a third site would be sold.";
        assert_eq!(score(t, None).claims[1].label, Label::Named);
    }

    #[test]
    fn a_name_after_a_relative_is_the_subject_of_its_verb() {
        // "a move that Reuters reported was followed by …": the verb before "was" is the
        // relative clause's, the apposition a claim of its own.
        let t = "Halden Air cut its winter schedule in March, a move that Reuters reported was \
                 followed by a wave of complaints.";
        let a = score(t, None);
        assert_eq!(a.claims.len(), 2, "{:?}", a.claims);
        assert_eq!(a.claims[0].label, Label::Unconfirmed);
        assert_eq!(a.claims[1].label, Label::Relayed);
        assert_eq!(a.claims[1].via, ["Reuters"]);
        // A participle before "was" stays no cue.
        let (label, src, _) = first("The amount reported was higher than the year before.");
        assert_eq!(label, Label::Unconfirmed);
        assert_eq!(src, None);
    }

    #[test]
    fn regional_editions_and_title_case_outlet_names() {
        // «Интерфакс-Сибирь» is Interfax; «Интерфакс-Украина», listed itself, stays itself.
        let (label, _, via) =
            first("Как сообщал ранее «Интерфакс-Сибирь», суд принял иск к рассмотрению.");
        assert_eq!(
            (label, via),
            (Label::Relayed, vec!["Интерфакс".to_string()])
        );
        let (_, _, via) = first("Как сообщает «Интерфакс-Украина», суд принял иск к рассмотрению.");
        assert_eq!(via.len(), 1);
        assert_ne!(via[0], "Интерфакс", "the listed agency, not Interfax");
        // "Shot" is SHOT: what someone said in conversation with it is relayed.
        let (label, _, via) =
            first("Продюсер певицы Игорь Лавров в беседе с Shot заявил, что концерт перенесут.");
        assert_eq!((label, via), (Label::Relayed, vec!["SHOT".to_string()]));
    }

    #[test]
    fn parenthetical_sources_after_a_subject_and_bare_hearsay() {
        // An according-to phrase between commas after a short subject does not split the
        // sentence: the subject and what follows are one relayed claim.
        let t = "Бывший директор, как утверждает «Коммерсантъ», на допросе вину не признал и \
                 заявил, что подписывал документы по указанию руководства.";
        let a = score(t, None);
        assert_eq!(a.claims.len(), 1, "{:?}", a.claims);
        assert_eq!(a.claims[0].label, Label::Relayed);
        assert_eq!(a.claims[0].via, ["Коммерсантъ"]);
        // «как говорят» alone between commas: hearsay with no speaker, not the subject's word.
        let c = score(
            "Банк, как говорят, готовит продажу розничного бизнеса.",
            None,
        )
        .claims
        .remove(0);
        assert_eq!((c.label, c.source), (Label::Unconfirmed, None));
        assert!(c.flags.iter().any(|f| f == "hearsay"), "{:?}", c.flags);
        // With a speaker of its own the phrase is theirs.
        let (label, src, _) = first("Банк, как говорят источники, готовит продажу бизнеса.");
        assert_eq!(
            (label, src.as_deref()),
            (Label::Anonymous, Some("источники"))
        );
    }

    #[test]
    fn russian_correspondents_of_outlets_and_words_said_on_air() {
        // A correspondent of a named outlet is that outlet's listener, not our own reporter.
        for t in [
            "Тренер команды Олег Рябов в разговоре с корреспондентом РИА Новости заявил, что \
             контракт продлят.",
            "Тренер команды Олег Рябов заявил корреспонденту «Интерфакса», что контракт продлят.",
        ] {
            let (label, src, via) = first(t);
            assert_eq!(label, Label::Relayed, "{t}");
            assert_eq!(src.as_deref(), Some("Тренер команды Олег Рябов"));
            assert_eq!(via.len(), 1, "{t}");
        }
        let (label, _, via) =
            first("Тренер Олег Рябов заявил корреспонденту нашего издания, что контракт продлят.");
        assert_eq!((label, via.len()), (Label::Named, 0));
        // "в эфире" a broadcaster, after its outlet noun too, is told to it.
        let (label, _, via) = first("Министр в эфире BBC заявил, что цены стабилизируются.");
        assert_eq!((label, via), (Label::Relayed, vec!["BBC".to_string()]));
        let (label, src, via) =
            first("В эфире радио Sputnik синоптик Илья Северин предупредил, что придут морозы.");
        assert_eq!(label, Label::Relayed);
        assert!(
            src.as_deref().is_some_and(|s| s.ends_with("Илья Северин")),
            "{src:?}"
        );
        assert_eq!(via, ["Sputnik"]);
    }

    #[test]
    fn a_report_after_a_determiner_and_a_modifier_is_a_noun() {
        // "its final report", "an initial report": a document still to come, no cue.
        for t in [
            "The inquiry is due to publish its final report in June.",
            "The board is expected to issue an initial report within a month.",
        ] {
            let (label, src, _) = first(t);
            assert_eq!((label, src), (Label::Unconfirmed, None), "{t}");
        }
        // A plural subject before the bare verb still reports.
        let a = score("The inspectors report that the dam is sound.", None);
        assert_eq!(a.claims[0].cue.as_deref(), Some("report"));
    }

    #[test]
    fn russian_speakers_past_two_place_phrases_and_roles_before_an_adjective_genitive() {
        // "— пояснила на пресс-конференции в ТАСС Елена …": past both place phrases.
        let (label, src, _) = first(
            "«Мы меняем правила приёма», — пояснила на пресс-конференции в Москве заместитель министра \
             Анна Белова.",
        );
        assert_eq!(label, Label::Named);
        assert_eq!(src.as_deref(), Some("заместитель министра Анна Белова"));
        // "координатор инициативной группы": a role that governs a genitive after an
        // adjective is still a person, whom "её" points back to.
        let t = "«Парк нужен всем», — сказала координатор инициативной группы Ольга Седова.\n\n\
                 По её словам, обращение подписали 3 тыс. жителей.";
        let a = score(t, None);
        assert_eq!(a.claims[1].label, Label::Named, "{:?}", a.claims[1]);
    }

    #[test]
    fn russian_threats_condemnation_concern_and_documents_in_the_plural() {
        for (text, want) in [
            (
                "Профсоюз пригрозил, что медики перейдут к забастовке.",
                "Профсоюз",
            ),
            (
                "Премьер-министр Лидии Антон Корнев осудил удар.",
                "Премьер-министр Лидии Антон Корнев",
            ),
            (
                "В МИД России выразили обеспокоенность эскалацией.",
                "МИД России",
            ),
            // A genitive place continues the institution before it; a name does not.
            (
                "В правительстве Москвы заявили, что тарифы вырастут.",
                "правительстве Москвы",
            ),
            (
                "Банк России в обзоре отмечал, что доля долгов невелика.",
                "Банк России",
            ),
            (
                "Компания «Гарант-Аудит» ещё в 2022 году указывала на расхождения в отчётности.",
                "Гарант-Аудит",
            ),
            (
                "Гендиректор завода Сергей Лапин в своём Telegram-канале поблагодарил коллектив.",
                "Сергей Лапин",
            ),
            (
                "По предварительной оценке полиции, ущерб превысил 9 млн рублей.",
                "полиции",
            ),
            // A participle phrase after the verb keeps the subject as the speaker.
            (
                "Депутат Ирина Лаптева раскритиковала закон, назвав его «вредным».",
                "Депутат Ирина Лаптева",
            ),
            (
                "Деньги, согласно документам, обналичивались через подставные фирмы.",
                "документам",
            ),
        ] {
            let (label, src, _) = first(text);
            assert_eq!(label, Label::Named, "{text}");
            assert!(
                src.as_deref().is_some_and(|s| s.contains(want)),
                "{text}: {src:?}"
            );
        }
        let (_, src, _) = first("В Кремле Песков заявил, что тарифы вырастут.");
        assert_eq!(src.as_deref(), Some("Песков"));
        // An auditor's written conclusion speaks for the quote before it.
        let (label, _, _) = first("«Нарушения существенные», — говорится в заключении аудиторов.");
        assert_eq!(label, Label::Named);
        // "грозит" is the sentence a suspect faces, not a threat anyone made.
        let (label, _, _) = first("Ему грозит до десяти лет лишения свободы.");
        assert_eq!(label, Label::Unconfirmed);
    }

    #[test]
    fn estimates_put_at_a_figure_and_posts_continue_their_subject() {
        // A survey or ministry that puts something at a figure reports an estimate.
        for text in [
            "But the survey put support for a wider ban covering all soft drinks at just 44%.",
            "The roadmap puts the price of the tier at $6.99 a month.",
            "The ministry put enemy losses over the same period at \"up to 300 personnel\".",
        ] {
            assert_eq!(first(text).0, Label::Named, "{text}");
        }
        // "posting on X that …": a participle of posting continues its subject.
        let (label, src, _) = first(
            "The former fly-half Rhys Dando was less forgiving, posting on X that the club had \
             \"bottled it\".",
        );
        assert_eq!(label, Label::Named);
        assert_eq!(src.as_deref(), Some("The former fly-half Rhys Dando"));
        // Without a figure after "at", "put" reports nothing, and does not split a quotation.
        assert_eq!(first("He put the bag at the door.").0, Label::Unconfirmed);
        let t = "\"We are not going back,\" Marta Veloso told us, \"until the company puts a real offer \
                 on the table.\"";
        let a = score(t, None);
        assert_eq!(a.claims.len(), 1, "{:?}", a.claims);
        assert_eq!(a.claims[0].label, Label::Named);
    }

    #[test]
    fn documents_an_outlet_saw_relay_it_and_so_do_their_back_references() {
        // Who saw the document, between commas, relays it as "a memo seen by" does; the same
        // document named again later is relayed by the same outlet.
        let t = "By Jane Roe\n\nA report by consultants, obtained by the Guardian last month, said the \
                 final bill was £480 million. The report adds that costs rose.\n\n\
                 A memo seen by Bloomberg says 300 jobs will go. The memo also says staff were told.";
        let a = score(t, None);
        let vias: Vec<(Label, Vec<String>)> =
            a.claims.iter().map(|c| (c.label, c.via.clone())).collect();
        let g = vec!["The Guardian".to_string()];
        let b = vec!["Bloomberg".to_string()];
        assert_eq!(
            vias,
            vec![
                (Label::Relayed, g.clone()),
                (Label::Relayed, g),
                (Label::Relayed, b.clone()),
                (Label::Relayed, b)
            ]
        );
        // "leaked to" an unlisted paper, past a time phrase and a date the subject left out,
        // after a clause of its own; and never the publisher.
        let t = "By Jane Roe\n\nThe line is now expected to open in 2026, and a report by \
                 consultants in March, leaked to the Greyport Chronicle last month, put the final bill \
                 at close to £480 million.";
        let a = score(t, None);
        let got: Vec<(Label, Vec<String>)> =
            a.claims.iter().map(|c| (c.label, c.via.clone())).collect();
        assert_eq!(
            got,
            vec![
                (Label::Unconfirmed, vec![]),
                (Label::Relayed, vec!["Greyport Chronicle".to_string()])
            ]
        );
        assert_eq!(a.summary.publisher, None);
        // "seen by the Guardian" with no other outlet: the Guardian publishes the article, also
        // when a subheading runs on after its name ("seen by the Guardian suggest …").
        let t = "Sewage spilled for 212 days\n\nDocuments seen by the Guardian suggest spills doubled\n\n\
                 A water company discharged sewage on 212 days, according to documents seen by the \
                 Guardian.\n\nThe documents show managers were warned.";
        let a = score(t, None);
        assert_eq!(a.summary.publisher.as_deref(), Some("The Guardian"));
        assert!(
            a.claims.iter().all(|c| c.label == Label::Named),
            "{:?}",
            a.claims
        );
    }

    #[test]
    fn outlet_reports_as_events_and_closing_reporters() {
        // An outlet's report named as an event in time, with nothing it says, is no cue; a
        // report "that …" still relays.
        let (label, _, via) = first(
            "Halden's shares, which jumped 11 per cent after the Reuters report, were up a \
             further 2 per cent on Wednesday.",
        );
        assert_eq!((label, via), (Label::Unconfirmed, vec![]));
        assert_eq!(
            first("The stock fell after the Financial Times published its report.").0,
            Label::Unconfirmed
        );
        let (label, _, via) =
            first("The stock fell after the Financial Times reported that the chief would quit.");
        assert_eq!(
            (label, via),
            (Label::Relayed, vec!["Financial Times".to_string()])
        );
        // A report noun right after an outlet's name is the outlet's.
        let (label, src, _) = first(
            "Shares rose 4% following a Bloomberg report that the company was exploring a sale.",
        );
        assert_eq!((label, src.as_deref()), (Label::Relayed, Some("Bloomberg")));
        // An outlet closing the sentence relays the speaker whose "said … that" comes first.
        let (label, src, via) = first(
            "Analytics firm Chainlume said in a report that $310 million had been moved out of \
             the exchange's wallets, CoinDesk reported.",
        );
        assert_eq!(label, Label::Relayed);
        assert_eq!(src.as_deref(), Some("Chainlume"));
        assert_eq!(via, vec!["CoinDesk".to_string()]);
        // A one-word name that closes with "reported" after another cue is an outlet.
        let (label, src, via) = first(
            "The spokeswoman, Ilena Varga, accused Kelmar of attacks on civilian \
             infrastructure, TNA reported.",
        );
        assert_eq!(label, Label::Relayed);
        assert_eq!(src.as_deref(), Some("The spokeswoman, Ilena Varga"));
        assert_eq!(via, vec!["TNA".to_string()]);
        // "in the same interview" relays through the outlet of the interview before, and the
        // quotation after it carries that on.
        let t = "\"I'm sore,\" Hale told Sky Sports at the finish.\n\nSpeaking later in the same \
                 interview, the 24-year-old said he would start.\n\n\"The hip is fine.";
        let a = score(t, None);
        let got: Vec<(Label, Vec<String>)> =
            a.claims.iter().map(|c| (c.label, c.via.clone())).collect();
        let sky = vec!["Sky Sports".to_string()];
        assert_eq!(got, vec![(Label::Relayed, sky.clone()); 3]);
        // Without the back-reference the speaker is heard first-hand.
        let t = "\"I'm sore,\" Hale told Sky Sports at the finish.\n\nLater, the 24-year-old \
                 said he would start.";
        assert_eq!(score(t, None).claims[1].label, Label::Named);
    }

    #[test]
    fn stated_anonymity_and_shared_subjects() {
        // A first name alone, with the surname withheld, is anonymous; the name, age, place
        // and relative clause before the cue still give the speaker.
        let (label, src, _) = first(
            "Margaret, 81, from Cleve Hill, who asked that her surname not be published, said \
             her husband had died in December.",
        );
        assert_eq!(
            (label, src.as_deref()),
            (Label::Anonymous, Some("Margaret"))
        );
        // A full name with the same shape stays named.
        let (label, src, _) = first(
            "Margaret Hobbs, 81, from Cleve Hill, who has lived there since 1970, said the \
             ward was full.",
        );
        assert_eq!(
            (label, src.as_deref()),
            (Label::Named, Some("Margaret Hobbs"))
        );
        // A clause with its own subject and reporting verb after ", and" is a claim of its own
        // (not an object after the verb: "declared no conflicts of interest").
        let a = score(
            "The mayor won a second term last year, and the opposition has said the vote was \
             rigged.",
            None,
        );
        let got: Vec<Label> = a.claims.iter().map(|c| c.label).collect();
        assert_eq!(got, vec![Label::Unconfirmed, Label::Named]);
        let a = score(
            "The study was funded by a charity, and the authors declared no conflicts of \
             interest.",
            None,
        );
        assert_eq!(a.claims.len(), 1);
        // A verb after ", and" shares the subject that opens the clause.
        let (label, src, _) = first(
            "Researchers at Kingsport University and the Bremen Institute for Marine Sciences \
             analysed 40 years of measurements from ships and floats, and found that oxygen \
             had declined.",
        );
        assert_eq!(label, Label::Named);
        assert_eq!(
            src.as_deref(),
            Some(
                "Researchers at Kingsport University and the Bremen Institute for Marine Sciences"
            )
        );
    }

    #[test]
    fn russian_places_that_report() {
        // An impersonal "сообщается" after a place speaks for it, with no hearsay flag; alone
        // it stays hearsay.
        let a = score("В сообщении МЧС сообщается, что пункт развёрнут.", None);
        assert_eq!(a.claims[0].label, Label::Named);
        assert!(!a.claims[0].flags.iter().any(|f| f == "hearsay"));
        let a = score("Сообщается, что пункт развёрнут.", None);
        assert_eq!(a.claims[0].label, Label::Unconfirmed);
        assert!(a.claims[0].flags.iter().any(|f| f == "hearsay"));
        // After a cue that ends with its preposition, the place speaks whatever its noun.
        let (label, src, _) =
            first("Посольство рекомендовало туристам избегать толп, сообщили в дипмиссии.");
        assert_eq!((label, src.as_deref()), (Label::Named, Some("дипмиссии")));
        // A channel phrase set off before the verb is no subject; "Сам" is no part of a name.
        let (label, src, _) = first(
            "Аналитик крупного банка, попросивший не называть его имени, в разговоре с нашим \
             изданием оценил вероятность как невысокую.",
        );
        assert_eq!(
            (label, src.as_deref()),
            (Label::Anonymous, Some("Аналитик крупного банка"))
        );
        let (_, src, _) = first("Сам Орехов ответил, что банк не комментирует слухи.");
        assert_eq!(src.as_deref(), Some("Орехов"));
        // A former role is a role.
        let (_, src, _) = first("Сам экс-министр называл эту информацию «фантазиями следствия».");
        assert_eq!(src.as_deref(), Some("экс-министр"));
        // A ministry's comment in its own Telegram channel is first-hand.
        let (label, _, via) =
            first("«Обвинения абсурдны», — говорится в комментарии МИД в Telegram-канале.");
        assert_eq!((label, via), (Label::Named, vec![]));
    }

    #[test]
    fn captions_scores_orders_and_possessive_colons() {
        // A caption's "(Photographer/Outlet)" credit is no heading and no source.
        let a = score(
            "Strike strands commuters\n\nCommuters queue for buses outside the station. (Ron \
             Ash/The Calder Ledger)\n\nThe walkout began at midnight.",
            None,
        );
        assert_eq!(a.claims.len(), 2, "{:?}", a.claims);
        assert!(a.claims[0].flags.iter().any(|f| f == "caption"));
        assert_eq!(a.claims[0].label, Label::Unconfirmed);
        // "posted" before a score reports nothing; "was first reported" names no speaker.
        for text in [
            "Yorkshire had posted 187 for six after Hale made 71.",
            "The fire was first reported at about 11:40 a.m. near the lake.",
        ] {
            let (label, src, _) = first(text);
            assert_eq!((label, src), (Label::Unconfirmed, None), "{text}");
        }
        // "in her words" points back to the speaker before it.
        let a = score(
            "\"Heat hurts panels,\" said lead author Mette Lind. Grid operators, in her words, \
             are \"planning for the average summer.\"",
            None,
        );
        assert_eq!(a.claims[1].label, Label::Named, "{:?}", a.claims[1]);
        // A thing of his, said to be so, before a colon and a quotation: his words.
        let a = score(
            "\"She signed what her team gave her,\" lawyer Tom Aldana said.\n\nHis closing line \
             to jurors was blunt: \"Follow the auditors.\"",
            None,
        );
        assert_eq!(a.claims[1].label, Label::Named, "{:?}", a.claims[1]);
        // Told to do something: an order the witness reports, not words she passes on.
        let (label, _, via) = first(
            "The first witness, accountant Priya Shah, testified that Dunmore told her at a \
             meeting to \"find\" $18 million.",
        );
        assert_eq!((label, via), (Label::Named, vec![]));
    }

    #[test]
    fn documents_that_record_and_list() {
        let (label, src, _) =
            first("The minutes also record that a sale could raise £1.2 million.");
        assert_eq!((label, src.as_deref()), (Label::Named, Some("The minutes")));
        // No document opens the sentence: a score, not a report.
        let c = &score("He recorded 14 points and six rebounds.", None).claims[0];
        assert_eq!((c.label, c.cue.as_deref()), (Label::Unconfirmed, None));
        // A noun after another word, even in a sentence a report opens.
        let c = &score("The report offered few details.", None).claims[0];
        assert_eq!(
            (c.label, c.cue.as_deref()),
            (Label::Unconfirmed, None),
            "{c:?}"
        );
    }

    #[test]
    fn a_that_clause_after_a_citing_phrase_is_the_reports() {
        let a = score(
            "Bloomberg News reported last month, citing people familiar with the matter, that \
             Stratton had rejected a plea deal.",
            None,
        );
        assert_eq!(a.claims.len(), 1, "{:?}", a.claims);
        assert_eq!(a.claims[0].label, Label::Relayed);
        assert_eq!(a.claims[0].via, vec!["Bloomberg".to_string()]);
        // "credited" gives someone's account of a cause.
        let (label, src, _) =
            first("Ribeiro, who hit 14 aces, credited hours of work on his serve.");
        assert_eq!((label, src.as_deref()), (Label::Named, Some("Ribeiro")));
    }

    #[test]
    fn the_unlisted_noun_of_an_unnamed_person_points_back() {
        let a = score(
            "A steward who worked at the festival said radios failed. The steward said radios \
             had been failing \"all weekend\" because of the crowds.",
            None,
        );
        assert_eq!(a.claims[1].label, Label::Anonymous, "{:?}", a.claims[1]);
    }

    #[test]
    fn data_websites_speak_for_themselves() {
        let (label, _, via) = first(
            "More than 48,000 users reported problems, according to the outage-tracking website \
             Downdetector.",
        );
        assert_eq!((label, via), (Label::Named, vec![]));
        // A news website is an outlet.
        let (label, _, via) = first("The news website Stranda said the bridge was closed.");
        assert_eq!((label, via), (Label::Relayed, vec!["Stranda".to_string()]));
    }

    #[test]
    fn items_an_outlet_reviewed_and_what_the_publisher_saw() {
        // Screenshots another outlet reviewed reach the article through it.
        let (label, _, via) = first(
            "Employees signed a letter, according to screenshots reviewed by The Verge. \
             The plan was unchanged, according to a copy seen by this newspaper.",
        );
        assert_eq!(
            (label, via),
            (Label::Relayed, vec!["The Verge".to_string()])
        );
        let a = score(
            "Employees signed a letter, according to screenshots reviewed by The Verge. \
             The plan was unchanged, according to a copy seen by this newspaper.",
            None,
        );
        assert_eq!(a.claims[1].label, Label::Named, "{:?}", a.claims[1]);
        assert!(a.claims[1].via.is_empty());
    }

    #[test]
    fn russian_second_places_that_refuse() {
        let a = score(
            "В пресс-службе банка заявили, что «не комментируют слухи», в «Аврора Финанс» на \
             запрос «Ъ» не ответили.",
            None,
        );
        assert_eq!(a.claims.len(), 2, "{:?}", a.claims);
        assert!(a.claims[1].flags.iter().any(|f| f == "no_comment"));
        let (label, _, _) = first(
            "Рябов также дал понять, что не собирается уходить: «Я работаю, пока со мной не \
             расторгнут контракт».",
        );
        assert_eq!(label, Label::Named);
        // The publisher as listener before a plural verb is no part of the object before it.
        let (label, src, _) =
            first("Подлинность документа редакции подтвердили два источника в правительстве.");
        assert_eq!(
            (label, src.as_deref()),
            (Label::Anonymous, Some("два источника в правительстве"))
        );
    }

    #[test]
    fn russian_objects_first_anonymity_clauses_and_possessive_sources() {
        // A common-noun phrase opening the clause is the object when a speaker follows the verb.
        assert_named_by(
            "Факт обыска подтвердил официальный представитель СК Олег Дронов.",
            "официальный представитель СК Олег Дронов",
        );
        // A clause asking for anonymity describes the subject before it.
        let (label, src, _) = first(
            "Трое учителей школы, попросивших не называть их имён, рассказали, что зарплату \
             задерживают.",
        );
        assert_eq!(
            (label, src.as_deref()),
            (Label::Anonymous, Some("Трое учителей школы"))
        );
        // "по его подсчётам" resolves "его" to the person before it.
        let a = score(
            "Экономист Павел Рудин изучил отчёты. По его подсчётам, ущерб составил 3 млн рублей.",
            None,
        );
        assert_eq!(a.claims[1].label, Label::Named, "{:?}", a.claims[1]);
        assert_eq!(a.claims[1].source.as_deref(), Some("Экономист Павел Рудин"));
        assert_named_by(
            "Пётр Нилов насчитал на площади около 200 человек.",
            "Пётр Нилов",
        );
        // An agency-preceded hearsay phrase keeps its agency.
        assert_named_by(
            "По предварительным данным ведомства, авария произошла около 04:30.",
            "ведомства",
        );
    }

    #[test]
    fn publishers_from_a_correspondent_dateline_and_a_credit() {
        // The listed agency inside a correspondent's bracket publishes the story.
        let a = score(
            "КАЗАНЬ, 3 марта. /Корр. ТАСС Мария Лесных/. Пожар на складе потушен. Жертв нет.",
            None,
        );
        assert_eq!(a.summary.publisher.as_deref(), Some("ТАСС"));
        // The author's own picture names the paper she writes for, listed or not.
        let a = score(
            "Анна Воронцова\n\nМы не видели договор, сказал директор школы.\n\nФото: Анна \
             Воронцова / «Цифровой контур»",
            None,
        );
        assert_eq!(a.summary.publisher.as_deref(), Some("Цифровой контур"));
        // Without the byline the photographer's outlet is only a credit.
        let a = score(
            "Мы не видели договор, сказал директор школы.\n\nФото: Анна Воронцова / «Цифровой \
             контур»",
            None,
        );
        assert_eq!(a.summary.publisher, None);
        // "told the Evening Post" with the paper's name alone in a picture credit.
        let a = score(
            "The plant will close, the manager told the Evening Post.\n\nPicture: Evening Post",
            None,
        );
        assert_eq!(a.summary.publisher.as_deref(), Some("Evening Post"));
        assert_eq!(a.claims[0].label, Label::Named, "{:?}", a.claims[0]);
    }

    #[test]
    fn reports_in_a_place_and_a_participle_of_telling() {
        // "reports in" a place is hearsay; reports in media relay them.
        let (label, _, _) = first("The deal is off, according to reports in Italy.");
        assert_eq!(label, Label::Unconfirmed);
        let (label, _, via) = first("The deal is off, according to reports in Spanish media.");
        assert_eq!(
            (label, via),
            (Label::Relayed, vec!["Spanish media".to_string()])
        );
        // "telling reporters" after the object is the subject speaking, not a relay.
        assert_named_by(
            "The mayor rejected the accusations, telling reporters that the budget was balanced.",
            "The mayor",
        );
    }
}
