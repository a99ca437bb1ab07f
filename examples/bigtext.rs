//! Development helper: time the engine on large or pathological inputs.
//!
//! cargo run --release --example bigtext

use std::time::Instant;

fn time(name: &str, text: &str) {
    let s = sayso::Scorer::default();
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
    let para = "Two officials, who asked not to be named, told Reuters on Monday that the talks had stalled. \
                \"We are not there yet,\" the minister said. \"It will take weeks.\" Ukrainian media, citing a source \
                in the delegation, reported that a deal was close. Experts say the market is nervous.\n\n";
    let article: String = para.repeat(10);
    time("5 KB article", &article[..5000.min(article.len())]);
    time("50 KB article", &para.repeat(100));
    time("5 MB article", &para.repeat(12_000));
    time(
        "10 MB no punctuation",
        &"word said another ".repeat(600_000),
    );
    time("1 MB of quotes", &"\"".repeat(1_000_000));
    time("1 MB nested quotes", &"«“‘a ".repeat(100_000));
    time("1 MB one line", &"He said that. ".repeat(75_000));
}
