//! Development helper: time the engine on large or pathological inputs and on a batch of
//! realistic articles (one thread).
//!
//! cargo run --release --example bigtext [ARTICLE.txt ...]

use std::time::Instant;

fn time(s: &sayso::Scorer, name: &str, text: &str) {
    let t = Instant::now();
    let a = s.score(text, None);
    let dt = t.elapsed().as_secs_f64();
    println!(
        "{name:<28} {:>8.2} MB {:>8.3} s {:>8.1} MB/s claims={}",
        text.len() as f64 / 1e6,
        dt,
        text.len() as f64 / 1e6 / dt,
        a.claims.len()
    );
}

fn main() {
    let s = sayso::Scorer::default();
    let files: Vec<String> = std::env::args().skip(1).collect();
    if !files.is_empty() {
        let texts: Vec<String> = files
            .iter()
            .map(|f| std::fs::read_to_string(f).expect("readable"))
            .collect();
        let total: usize = texts.iter().map(String::len).sum();
        let reps = (20_000_000 / total.max(1)).max(1);
        let t = Instant::now();
        let mut n = 0;
        for _ in 0..reps {
            for x in &texts {
                n += s.score(x, None).claims.len();
            }
        }
        let dt = t.elapsed().as_secs_f64();
        let mb = (total * reps) as f64 / 1e6;
        let lex = sayso::lexicon::Lexicon::new(s.config());
        let t2 = Instant::now();
        let mut nh = 0;
        for _ in 0..reps {
            for x in &texts {
                nh += lex.scan(x).len();
            }
        }
        let scan = t2.elapsed().as_secs_f64();
        let t3 = Instant::now();
        for _ in 0..reps {
            for x in &texts {
                let hits = lex.scan(x);
                nh += sayso::segment::segment(x, &hits, &lex).units.len();
            }
        }
        let seg = t3.elapsed().as_secs_f64() - scan;
        let t4 = Instant::now();
        for _ in 0..reps {
            for x in &texts {
                nh += sayso::words::WordIndex::new(x, &lex).len();
            }
        }
        let idx = t4.elapsed().as_secs_f64();
        println!(
            "stages: scan {:.0}% segment {:.0}% word index {:.0}% rest {:.0}% ({nh})",
            100.0 * scan / dt,
            100.0 * seg / dt,
            100.0 * idx / dt,
            100.0 * (dt - scan - seg - idx) / dt
        );
        println!(
            "articles x{reps}: {mb:.1} MB in {dt:.2} s = {:.1} MB/s, {:.0} articles/s ({n} claims)",
            mb / dt,
            (texts.len() * reps) as f64 / dt
        );
        return;
    }
    let para = "Two officials, who asked not to be named, told Reuters on Monday that the talks had stalled. \
                \"We are not there yet,\" the minister said. \"It will take weeks.\" Ukrainian media, citing a source \
                in the delegation, reported that a deal was close. Experts say the market is nervous.\n\n";
    time(&s, "5 KB article", &para.repeat(20)[..5000]);
    time(&s, "5 MB article", &para.repeat(20_000));
    time(
        &s,
        "10 MB no punctuation",
        &"word said another ".repeat(600_000),
    );
    time(&s, "1 MB of quotes", &"\"".repeat(1_000_000));
    time(&s, "1 MB nested quotes", &"«“‘a ".repeat(100_000));
    time(&s, "1 MB one line", &"He said that. ".repeat(75_000));
}
