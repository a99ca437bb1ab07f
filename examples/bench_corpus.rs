//! Engine-only throughput on a whole corpus, and a target for `perf record`.
//!
//! cargo run --release --example bench_corpus                       # 20,000 generated articles
//! cargo run --release --example bench_corpus -- corpus.jsonl       # the Python benchmark's
//!     corpus (`python python/benchmarks/throughput.py --dump corpus.jsonl`), field "body"
//! Options (after `--`): --articles N, --repeat R, --threads-only, --single-only, --no-linear,
//! --streamed (each article is consumed and dropped as it is scored, as `claims_frame` and the
//! CLI do, instead of all results being kept), --dump OUT.jsonl (write every scored article as JSON, to check that an optimisation leaves
//! the output unchanged: `cmp` two dumps)
//!
//! Prints engine MB/s and articles/s with 1 thread and with all cores (median of R runs), and
//! the 5 KB vs 5 MB per-MB time ratio.

use std::time::Instant;

// The allocator of the Python package: measure the engine as shipped.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../benches/common/corpus.rs"]
mod corpus;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn load(path: &str) -> Vec<String> {
    let data = std::fs::read_to_string(path).expect("readable corpus");
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("JSONL");
            v["body"].as_str().expect("a \"body\" string").to_string()
        })
        .collect()
}

fn main() {
    let mut file = None;
    let mut n = 20_000usize;
    let mut repeat = 3usize;
    let mut single = true;
    let mut multi = true;
    let mut linear = true;
    let mut dump: Option<String> = None;
    let mut streamed = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--articles" => {
                n = args
                    .next()
                    .and_then(|x| x.parse().ok())
                    .expect("--articles N")
            }
            "--repeat" => {
                repeat = args
                    .next()
                    .and_then(|x| x.parse().ok())
                    .expect("--repeat R")
            }
            "--threads-only" => single = false,
            "--single-only" => multi = false,
            "--no-linear" => linear = false,
            "--streamed" => streamed = true,
            "--dump" => dump = Some(args.next().expect("--dump OUT.jsonl")),
            _ => file = Some(a),
        }
    }
    let texts = match &file {
        Some(p) => load(p),
        None => corpus::corpus(7, n).0,
    };
    let total: usize = texts.iter().map(String::len).sum();
    let mb = total as f64 / 1e6;
    println!(
        "corpus: {} articles, {mb:.1} MB ({})",
        texts.len(),
        file.as_deref().unwrap_or("generated")
    );
    let scorer = sayso::Scorer::default();
    if let Some(out) = &dump {
        let mut lines = String::new();
        for a in scorer.score_many(&texts, None, Some(1)).unwrap() {
            lines.push_str(&serde_json::to_string(&a).unwrap());
            lines.push('\n');
        }
        std::fs::write(out, lines).expect("writable dump");
        println!("wrote {out}");
        return;
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut rates = Vec::new();
    let mut configs = Vec::new();
    if single {
        configs.push(1);
    }
    if multi {
        configs.push(cores);
    }
    // Warm-up, untimed, as the Python benchmark does: a language's lexicon is built when its
    // first article is scored.
    let _ = scorer.score_many(&texts[..texts.len().min(100)], None, Some(1));
    for threads in configs {
        let mut times = Vec::new();
        let mut claims = 0;
        for _ in 0..repeat {
            let t = Instant::now();
            claims = if streamed {
                // Each article is used (its claims counted) and dropped on the worker thread,
                // as the data-frame and CLI paths do.
                let out = scorer
                    .score_many_with(&texts, None, Some(threads), |_, a| a.claims.len())
                    .unwrap();
                times.push(t.elapsed().as_secs_f64());
                out.iter().sum::<usize>()
            } else {
                let out = scorer.score_many(&texts, None, Some(threads)).unwrap();
                times.push(t.elapsed().as_secs_f64());
                out.iter().map(|a| a.claims.len()).sum::<usize>()
            };
        }
        let dt = median(times);
        println!(
            "engine {threads} thread(s): {dt:.2} s  {:.1} MB/s  {:.0} articles/s  ({claims} claims)",
            mb / dt,
            texts.len() as f64 / dt
        );
        rates.push(mb / dt);
    }
    if rates.len() == 2 {
        println!("scaling {cores} threads / 1: {:.2}x", rates[1] / rates[0]);
    }
    if linear {
        let small = corpus::long_article(11, 5_000);
        let big = corpus::long_article(11, 5_000_000);
        let per_mb = |t: &str, reps: usize| {
            let s = Instant::now();
            for _ in 0..reps {
                std::hint::black_box(scorer.score(t, None));
            }
            s.elapsed().as_secs_f64() / (t.len() * reps) as f64 * 1e6
        };
        // Interleaved, and the fastest run of each: the pair least disturbed by other work
        // on a shared machine.
        let (mut a, mut b) = (f64::INFINITY, f64::INFINITY);
        for _ in 0..repeat.max(3) {
            a = a.min(per_mb(&small, 1000));
            b = b.min(per_mb(&big, 1));
        }
        println!(
            "linear: 5 KB {:.4} s/MB, 5 MB {:.4} s/MB, ratio {:.2}x",
            a,
            b,
            b / a
        );
    }
}
