//! Development helper: score the articles of a gold JSONL file and print predictions as JSONL
//! with code-point offsets, for `evaluate.py --predictions`.
//!
//! cargo run --release --example predict_jsonl -- ../shared/eval/dev_gold.jsonl > /tmp/pred.jsonl

use std::io::{BufRead, Write};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: predict_jsonl GOLD.jsonl");
    let file = std::fs::File::open(&path).expect("cannot open gold file");
    let scorer = sayso::Scorer::default();
    let mut out = std::io::stdout().lock();
    for line in std::io::BufReader::new(file).lines() {
        let line = line.expect("readable line");
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).expect("json line");
        let text = v["text"].as_str().unwrap_or("");
        let mut a = scorer.score(text, None);
        a.to_char_offsets(text);
        let claims: Vec<serde_json::Value> = a
            .claims
            .iter()
            .map(|c| {
                serde_json::json!({"start": c.start, "end": c.end, "label": c.label, "origin": c.origin,
                                   "via": c.via, "source": c.source})
            })
            .collect();
        writeln!(
            out,
            "{}",
            serde_json::json!({"id": v["id"], "claims": claims})
        )
        .unwrap();
    }
}
