//! Property tests: whatever the input string, the engine returns well-formed results.
//!
//! Inputs mix news-like fragments (cues, outlets, quotation marks of every style, datelines,
//! abbreviations) with arbitrary Unicode scalars, CR/LF, NUL, emoji and combining marks, so the
//! generated text reaches the attribution paths and not only the "no claim" path.

use proptest::prelude::*;
use sayso::{Article, Label, Origin, Scorer};

const FRAGMENTS: &[&str] = &[
    "The minister said",
    " a senior official told Reuters",
    " told this newspaper",
    " according to the ministry",
    ", citing a source in the delegation,",
    " Ukrainian media reported",
    " TASS quotes Lavrov",
    " reportedly",
    " declined to comment",
    " could not be independently verified",
    " experts say",
    " As the source noted,",
    " she added",
    " the bridge is safe",
    " who asked not to be named",
    "KYIV, Nov 3 (Reuters) - ",
    "By Ann Lee\n\n",
    "Photo author, TASS Photo caption, ",
    "(Reporting by Ann Lee; Editing by Bo Roe)",
    "3 hours ago\n\n",
    " U.S.",
    " Mr.",
    " Jan.",
    " 3.5",
    " […]",
    "...",
    "…",
    ".",
    ". ",
    "?",
    "!",
    ":",
    " -",
    " –",
    " “",
    "”",
    " «",
    "»",
    " „",
    "“",
    "‘",
    "’",
    "\"",
    "'",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\0",
    " ",
    "\t",
    "\u{00a0}",
    " 😀",
    "👩\u{200d}👩\u{200d}👧",
    "🇺🇦",
    "e\u{0301}",
    "\u{0301}",
    "\u{200b}",
    "\u{feff}",
    " Он сказал",
    " «Мост закрыт»",
    " 北京",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
        2 => any::<char>().prop_map(String::from),
        1 => "[A-Za-z]{1,8}".prop_map(|w| format!(" {w}")),
    ]
}

/// Arbitrary text: 0-60 fragments.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..60).prop_map(|v| v.concat())
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        // Keep a failing run short too: shrinking stops after this many steps.
        max_shrink_iters: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn in_text(text: &str, span: Option<(usize, usize)>) -> Result<(), TestCaseError> {
    if let Some((a, b)) = span {
        prop_assert!(a <= b && b <= text.len(), "span {a}..{b} outside text");
        prop_assert!(
            text.is_char_boundary(a) && text.is_char_boundary(b),
            "span {a}..{b} splits a char"
        );
    }
    Ok(())
}

fn check_article(text: &str, a: &Article) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for c in &a.claims {
        prop_assert!(c.start < c.end, "empty claim {}..{}", c.start, c.end);
        prop_assert!(c.end <= text.len());
        prop_assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
        prop_assert!(
            c.start >= prev_end,
            "claims overlap or are out of order at {}",
            c.start
        );
        prev_end = c.end;
        prop_assert!(
            c.score.is_finite() && (0.0..=1.0).contains(&c.score),
            "score {}",
            c.score
        );
        prop_assert!(!c.reasons.is_empty(), "a claim without reasons");
        in_text(text, c.source_span)?;
        in_text(text, c.cue_span)?;
        for r in &c.reasons {
            prop_assert!(r.delta.is_finite());
            in_text(text, r.span)?;
        }
        match c.label {
            Label::Relayed => prop_assert!(matches!(
                c.origin,
                Origin::Named | Origin::Anonymous | Origin::Unknown
            )),
            l => {
                prop_assert_eq!(c.origin.as_str(), l.as_str());
                prop_assert!(c.via.is_empty(), "{:?} claim with via {:?}", l, c.via);
            }
        }
    }
    for n in &a.non_claims {
        prop_assert!(n.start <= n.end && n.end <= text.len());
        prop_assert!(text.is_char_boundary(n.start) && text.is_char_boundary(n.end));
        for c in &a.claims {
            prop_assert!(
                n.end <= c.start || n.start >= c.end,
                "non-claim {:?} {}..{} overlaps claim {}..{}",
                n.kind,
                n.start,
                n.end,
                c.start,
                c.end
            );
        }
    }
    prop_assert!(a.score.is_finite() && (0.0..=1.0).contains(&a.score));
    prop_assert_eq!(a.summary.n_claims, a.claims.len());
    prop_assert_eq!(a.summary.counts.iter().sum::<usize>(), a.claims.len());
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn claims_are_well_formed(t in text()) {
        check_article(&t, &sayso::score(&t, None))?;
    }

    #[test]
    fn arbitrary_strings_are_safe(t in any::<String>()) {
        check_article(&t, &sayso::score(&t, None))?;
    }

    #[test]
    fn a_publisher_changes_nothing_structural(t in text()) {
        check_article(&t, &sayso::score(&t, Some("Reuters")))?;
    }

    #[test]
    fn scoring_is_deterministic(t in text()) {
        let scorer = Scorer::default();
        prop_assert_eq!(scorer.score(&t, None), scorer.score(&t, None));
        prop_assert_eq!(sayso::score(&t, None), scorer.score(&t, None));
    }

    #[test]
    fn char_offsets_select_the_same_text(t in text()) {
        let bytes = sayso::score(&t, None);
        let mut chars = bytes.clone();
        chars.to_char_offsets(&t);
        let cs: Vec<char> = t.chars().collect();
        prop_assert_eq!(bytes.claims.len(), chars.claims.len());
        for (b, c) in bytes.claims.iter().zip(&chars.claims) {
            let by_char: String = cs[c.start..c.end].iter().collect();
            prop_assert_eq!(&t[b.start..b.end], by_char.as_str());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..config() })]

    #[test]
    fn score_many_equals_mapping_score(texts in prop::collection::vec(text(), 0..12)) {
        let scorer = Scorer::default();
        let one_by_one: Vec<Article> = texts.iter().map(|t| scorer.score(t, None)).collect();
        for n in [Some(1), Some(2), None] {
            let many = scorer.score_many(&texts, None, n).expect("n_threads >= 1");
            prop_assert_eq!(&many, &one_by_one);
        }
        prop_assert!(scorer.score_many(&texts, None, Some(0)).is_err());
    }
}
