//! Development helper: show how the engine reads one article (quotations, claims, cues).
//!
//! cargo run --example explain -- FILE.txt

fn main() {
    let path = std::env::args().nth(1).expect("usage: explain FILE.txt");
    let text = std::fs::read_to_string(&path).expect("readable file");
    let scorer = sayso::Scorer::default();
    // The bundle the scorer reads the text with (Russian for mostly Cyrillic text).
    let lex = if sayso::text::mostly_cyrillic(&text) {
        let ru = sayso::config::Config::for_language("ru").expect("embedded ru bundle");
        sayso::lexicon::Lexicon::new(&ru)
    } else {
        sayso::lexicon::Lexicon::new(scorer.config())
    };
    let hits = lex.scan(&text);
    let seg = sayso::segment::segment(&text, &hits, &lex);
    if std::env::var_os("EXPLAIN_HITS").is_some() {
        for h in &hits {
            println!("HIT {:#x} {:?}", h.entry.kinds, &text[h.start..h.end]);
        }
    }
    for q in &seg.quotes {
        println!(
            "QUOTE short={} closed={} {:?}",
            q.short,
            q.closed,
            &text[q.start..q.end]
        );
    }
    if std::env::var_os("EXPLAIN_UNITS").is_some() {
        for u in &seg.units {
            println!("UNIT {:?}", &text[u.start..u.end]);
        }
    }
    let a = scorer.score(&text, None);
    for c in &a.claims {
        println!(
            "{:<11} {:.2} src={:?} cue={:?} via={:?} flags={:?}\n    {:?}",
            c.label.as_str(),
            c.score,
            c.source,
            c.cue,
            c.via,
            c.flags,
            &text[c.start..c.end]
        );
    }
    for n in &a.non_claims {
        println!("NON {} {:?}", n.kind, &text[n.start..n.end]);
    }
    println!("PUBLISHER {:?}", a.summary.publisher);
}
