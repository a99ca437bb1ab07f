//! Regression inputs for the fuzz targets in `fuzz/`: every file under
//! `tests/fixtures/fuzz/score_article/` is scored and every file under
//! `tests/fixtures/fuzz/config_parse/` is parsed as TOML and as JSON, with the same invariants
//! the fuzz targets check. A crash found by `cargo fuzz` is added there as a file.

use sayso::{Article, Config, Format, Scorer};
use std::fs;
use std::path::{Path, PathBuf};

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs in {}", dir.display());
    files
        .into_iter()
        .map(|p| {
            let bytes = fs::read(&p).expect("readable input");
            (p, bytes)
        })
        .collect()
}

fn check_span(name: &str, text: &str, what: &str, span: Option<(usize, usize)>) {
    if let Some((a, b)) = span {
        assert!(
            a <= b && b <= text.len(),
            "{name}: {what} {a}..{b} outside text"
        );
        assert!(
            text.is_char_boundary(a) && text.is_char_boundary(b),
            "{name}: {what} {a}..{b} splits a char"
        );
    }
}

fn check_article(name: &str, text: &str, a: &Article) {
    let mut prev_end = 0;
    for c in &a.claims {
        assert!(
            c.start < c.end,
            "{name}: empty claim {}..{}",
            c.start,
            c.end
        );
        check_span(name, text, "claim", Some((c.start, c.end)));
        assert!(c.start >= prev_end, "{name}: claims overlap at {}", c.start);
        prev_end = c.end;
        assert!(
            c.score.is_finite() && (0.0..=1.0).contains(&c.score),
            "{name}: claim score {}",
            c.score
        );
        check_span(name, text, "source", c.source_span);
        check_span(name, text, "cue", c.cue_span);
        for r in &c.reasons {
            assert!(r.delta.is_finite(), "{name}: reason delta {}", r.delta);
            check_span(name, text, "reason", r.span);
        }
    }
    for n in &a.non_claims {
        check_span(name, text, "non-claim", Some((n.start, n.end)));
    }
    assert!(
        a.score.is_finite() && (0.0..=1.0).contains(&a.score),
        "{name}: article score {}",
        a.score
    );
    assert_eq!(a.summary.n_claims, a.claims.len(), "{name}: summary count");
}

#[test]
fn stored_articles_score_without_panicking() {
    let scorer = Scorer::default();
    for (path, bytes) in inputs("score_article") {
        let name = path.display().to_string();
        let text = String::from_utf8_lossy(&bytes);
        let article = scorer.score(&text, None);
        check_article(&name, &text, &article);
        assert_eq!(
            article,
            scorer.score(&text, None),
            "{name}: not deterministic"
        );
        let batch = scorer
            .score_many(&[text.as_ref(), text.as_ref()], None, Some(2))
            .expect("n_threads >= 1");
        assert_eq!(batch, vec![article.clone(), article], "{name}: score_many");
    }
}

#[test]
fn stored_configurations_parse_or_fail_without_panicking() {
    const PROBE: &str = "The minister said the bridge would reopen. \
                         A senior official, who asked not to be named, told Reuters “it is safe”.";
    for (path, bytes) in inputs("config_parse") {
        let name = path.display().to_string();
        let text = String::from_utf8_lossy(&bytes);
        for format in [Format::Toml, Format::Json] {
            match Config::from_user_text(&text, format) {
                Ok(config) => {
                    let article = Scorer::new(config).score(PROBE, None);
                    check_article(&name, PROBE, &article);
                }
                Err(e) => assert!(!e.to_string().is_empty(), "{name}: empty error message"),
            }
        }
    }
}
