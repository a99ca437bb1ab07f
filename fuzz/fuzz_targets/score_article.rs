//! Arbitrary bytes, read as (lossy) UTF-8, are scored with the default configuration; the
//! result must be well formed. A panic, a hang or a broken invariant is a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn scorer() -> &'static sayso::Scorer {
    static S: OnceLock<sayso::Scorer> = OnceLock::new();
    S.get_or_init(sayso::Scorer::default)
}

fn check_span(text: &str, what: &str, span: Option<(usize, usize)>) {
    if let Some((a, b)) = span {
        assert!(
            a <= b && b <= text.len(),
            "{what} span {a}..{b} outside text"
        );
        assert!(
            text.is_char_boundary(a) && text.is_char_boundary(b),
            "{what} span {a}..{b} splits a char"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;
    let article = scorer().score(text, None);

    let mut prev_end = 0;
    for c in &article.claims {
        assert!(c.start < c.end, "empty claim {}..{}", c.start, c.end);
        assert!(
            c.end <= text.len(),
            "claim {}..{} outside text",
            c.start,
            c.end
        );
        assert!(
            text.is_char_boundary(c.start) && text.is_char_boundary(c.end),
            "claim {}..{} splits a char",
            c.start,
            c.end
        );
        assert!(
            c.start >= prev_end,
            "claims overlap or are out of order at {}",
            c.start
        );
        prev_end = c.end;
        assert!(
            c.score.is_finite() && (0.0..=1.0).contains(&c.score),
            "claim score {}",
            c.score
        );
        check_span(text, "source", c.source_span);
        check_span(text, "cue", c.cue_span);
        for r in &c.reasons {
            assert!(r.delta.is_finite(), "reason delta {}", r.delta);
            check_span(text, "reason", r.span);
        }
    }
    for n in &article.non_claims {
        check_span(text, "non-claim", Some((n.start, n.end)));
    }
    assert!(
        article.score.is_finite() && (0.0..=1.0).contains(&article.score),
        "article score {}",
        article.score
    );
    assert_eq!(article.summary.n_claims, article.claims.len());
});
