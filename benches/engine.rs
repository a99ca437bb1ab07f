//! Criterion benchmarks of each engine stage on invented articles (see `common/corpus.rs`).
//!
//! cargo bench --bench engine                 # everything
//! cargo bench --bench engine -- scan         # one group
//!
//! Groups (throughput in bytes of article text, so criterion reports MB/s):
//! - `scan`: the lexicon automaton pass (`Lexicon::scan`);
//! - `segment`: paragraphs, non-claims, quotations, sentences (`segment::segment`);
//! - `score`: the whole pipeline for one article (`Scorer::score`: scan + segment +
//!   attribution + scoring + summary); attribution ≈ score − scan − segment;
//! - `score_many`: a batch of 200 articles with 1 and 2 threads;
//! - `linear`: one 5 KB and one 1 MB article (per-byte time should match).
//!
//! Not run in CI; `cargo bench --no-run` must keep compiling.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use sayso::{lexicon::Lexicon, segment, Config, Scorer};
use std::time::Duration;

#[path = "common/corpus.rs"]
mod corpus;

const SEED: u64 = 4;

/// A fixed batch of articles of mixed style and length (about 1 MB in all).
fn batch() -> (Vec<String>, usize) {
    corpus::corpus(SEED, 200)
}

fn stages(c: &mut Criterion) {
    let (texts, total) = batch();
    let lex = Lexicon::new(&Config::default());
    let scorer = Scorer::default();
    let hits: Vec<_> = texts.iter().map(|t| lex.scan(t)).collect();

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(total as u64));
    g.measurement_time(Duration::from_secs(8));
    g.sample_size(20);
    g.bench_function("scan", |b| {
        b.iter(|| {
            let mut n = 0;
            for t in &texts {
                n += lex.scan(black_box(t)).len();
            }
            n
        })
    });
    g.bench_function("segment", |b| {
        b.iter(|| {
            let mut n = 0;
            for (t, h) in texts.iter().zip(&hits) {
                n += segment::segment(black_box(t), h, &lex).units.len();
            }
            n
        })
    });
    g.bench_function("score", |b| {
        b.iter(|| {
            let mut n = 0;
            for t in &texts {
                n += scorer.score(black_box(t), None).claims.len();
            }
            n
        })
    });
    g.finish();

    let mut g = c.benchmark_group("score_many");
    g.throughput(Throughput::Bytes(total as u64));
    g.measurement_time(Duration::from_secs(8));
    g.sample_size(20);
    for threads in [1usize, 2] {
        g.bench_with_input(BenchmarkId::new("threads", threads), &threads, |b, &n| {
            b.iter(|| {
                scorer
                    .score_many(black_box(&texts), None, Some(n))
                    .unwrap()
                    .len()
            })
        });
    }
    g.finish();
}

fn linear(c: &mut Criterion) {
    let scorer = Scorer::default();
    let mut g = c.benchmark_group("linear");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(8));
    for (label, bytes) in [("5KB", 5_000usize), ("1MB", 1_000_000)] {
        let text = corpus::long_article(SEED, bytes);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("score", label), &text, |b, t| {
            b.iter(|| scorer.score(black_box(t), None).claims.len())
        });
    }
    g.finish();
}

fn startup(c: &mut Criterion) {
    // Building a scorer (config parse + automaton) is paid once per process or per Scorer().
    let mut g = c.benchmark_group("startup");
    g.sample_size(10);
    g.bench_function("Scorer::default", |b| b.iter(Scorer::default));
    g.finish();
}

criterion_group!(benches, stages, linear, startup);
criterion_main!(benches);
