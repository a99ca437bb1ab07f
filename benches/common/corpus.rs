//! Invented news articles for benchmarks: wire copy with datelines, multi-paragraph quotes,
//! relays ("citing"), anonymous sources, live blogs and press releases. Every name, place and
//! organisation is made up (real outlet names appear only as relay targets, as in real copy).
//! Deterministic: article `i` of seed `s` is always the same text.
//!
//! Shared by `benches/engine.rs` and `examples/bench_corpus.rs` (included with `#[path]`).
#![allow(dead_code)]

/// splitmix64: small, fast and good enough to vary templates.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
}

const FIRST: &[&str] = &[
    "Ilse", "Tomas", "Marta", "Oren", "Priya", "Kofi", "Lena", "Dario", "Noor", "Henrik", "Amara",
    "Yusuf", "Celia", "Bram", "Ines", "Mateo", "Saskia", "Jonah", "Farah", "Viktor",
];
const LAST: &[&str] = &[
    "Varga",
    "Reyes",
    "Okonkwo",
    "Lindqvist",
    "Brannagh",
    "Castell",
    "Moreau",
    "Halvorsen",
    "Dunmore",
    "Achterberg",
    "Salgado",
    "Petrakis",
    "Ferreira",
    "Mbeki-Ross",
    "Quillan",
    "Tsang",
];
const ROLE: &[&str] = &[
    "Mayor",
    "Finance Minister",
    "Health Minister",
    "police chief",
    "spokeswoman",
    "spokesman",
    "chief executive",
    "union leader",
    "harbour master",
    "professor",
    "senator",
    "prosecutor",
];
const ORG: &[&str] = &[
    "Halden Works",
    "the Ardle Water Board",
    "Corvane Energy",
    "the Port Authority of Dunmere",
    "Velta Rail",
    "the Ministry of Transport",
    "Lakeside Council",
    "Brightmoor Hospital",
    "the Northern Farmers' Union",
    "Oskar Mining Group",
];
const PLACE: &[&str] = &[
    "DUNMERE",
    "ARDLE",
    "VELTHAM",
    "KESTRA",
    "PORT ORRIN",
    "BRENNOCK",
    "LAKESIDE",
    "CALDER BAY",
];
const OUTLET: &[&str] = &[
    "Reuters",
    "the Associated Press",
    "the Brennock Courier",
    "Interfax",
    "state television",
    "the Lakeside Wire",
    "a local newspaper",
    "Agence France-Presse",
    "the Veltham Herald",
];
const TOPIC: &[&str] = &[
    "the floodgate repairs",
    "the rail strike",
    "the budget talks",
    "the mine closure",
    "the hospital merger",
    "the ferry contract",
    "the water price rise",
    "the bridge inquiry",
];
const VERB: &[&str] = &[
    "said",
    "told reporters",
    "said on Monday",
    "said in a statement",
    "added",
    "confirmed",
    "claimed",
    "warned",
    "insisted",
    "told a news conference",
];
const MONTH: &[&str] = &[
    "Jan", "Feb", "March", "April", "May", "June", "Sept", "Oct", "Nov", "Dec",
];

fn name(r: &mut Rng) -> String {
    format!("{} {}", r.pick(FIRST), r.pick(LAST))
}

fn sentence(r: &mut Rng) -> String {
    let n = r.range(2, 900);
    let pct = r.range(1, 60);
    let who = name(r);
    let role = r.pick(ROLE);
    let org = r.pick(ORG);
    let out = r.pick(OUTLET);
    let topic = r.pick(TOPIC);
    let verb = r.pick(VERB);
    match r.below(14) {
        0 => format!("{role} {who} {verb} that {topic} would cost about {n} million crowns."),
        1 => format!("\"We are not going to wait another {n} days for an answer,\" {who} {verb}."),
        2 => format!(
            "Two officials, who asked not to be named because they were not authorised to speak \
             publicly, said {topic} had stalled over a {pct} percent gap."
        ),
        3 => format!(
            "{out}, citing a person familiar with the matter, reported that {org} had asked for \
             an extension."
        ),
        4 => format!("A source close to {org} told {out} that at least {n} jobs were at risk."),
        5 => format!("Experts say {topic} is unlikely to be settled before the winter."),
        6 => "The figures could not be independently verified.".to_string(),
        7 => format!("A spokesperson for {org} declined to comment."),
        8 => format!(
            "According to documents seen by this newspaper, {org} spent {n},{:03} crowns on \
             consultants last year.",
            r.below(1000)
        ),
        9 => format!("{org} said in a statement that it \"regrets the disruption\" and would review {topic}."),
        10 => format!(
            "The deal was reportedly close on {} {}, but {topic} remains unresolved.",
            r.pick(MONTH),
            r.range(1, 28)
        ),
        11 => format!("\"It is a disgrace,\" said {who}, a {} resident. \"Nobody listens.\"", r.pick(PLACE).to_lowercase()),
        12 => format!(
            "{who}, the {role}, told the {} that {pct} percent of households were affected.",
            r.pick(&["Brennock Courier", "Veltham Herald", "Lakeside Wire"])
        ),
        _ => format!("Turnout at the meeting was around {n} people, organisers said."),
    }
}

fn paragraph(r: &mut Rng) -> String {
    let k = r.range(1, 4);
    (0..k).map(|_| sentence(r)).collect::<Vec<_>>().join(" ")
}

/// A multi-paragraph quotation: each paragraph opens a quote, only the last closes it.
fn long_quote(r: &mut Rng) -> String {
    let who = name(r);
    let k = r.range(2, 4);
    let mut paras = Vec::new();
    for i in 0..k {
        let body = format!(
            "We have waited {} months for {}, and the people of {} deserve better than this",
            r.range(2, 30),
            r.pick(TOPIC),
            r.pick(PLACE).to_lowercase()
        );
        if i == 0 {
            paras.push(format!("\u{201c}{body}, {who} said."));
        } else if i + 1 == k {
            paras.push(format!("\u{201c}{body}.\u{201d}"));
        } else {
            paras.push(format!("\u{201c}{body}."));
        }
    }
    paras.join("\n\n")
}

fn fill(r: &mut Rng, out: &mut String, target: usize) {
    while out.len() < target {
        if r.below(6) == 0 {
            out.push_str(&long_quote(r));
        } else {
            out.push_str(&paragraph(r));
        }
        out.push_str("\n\n");
    }
}

/// Article `i`: a style chosen from the index, a length from about 0.5 KB to 30 KB.
pub fn article(seed: u64, i: u64) -> String {
    let mut r = Rng::new(seed.wrapping_mul(1_000_003).wrapping_add(i));
    let target = match r.below(10) {
        0..=3 => r.range(500, 2_000),
        4..=7 => r.range(2_000, 6_000),
        8 => r.range(6_000, 15_000),
        _ => r.range(15_000, 30_000),
    };
    let mut s = String::with_capacity(target + 1024);
    match r.below(6) {
        0 => {
            // wire copy with a dateline and a trailer
            let agency = r.pick(&["Reuters", "AP", "AFP"]);
            s.push_str(&format!(
                "{} agrees to review {}\n\n{}, {} {} ({agency}) - ",
                r.pick(ORG),
                r.pick(TOPIC),
                r.pick(PLACE),
                r.pick(MONTH),
                r.range(1, 28)
            ));
            fill(&mut r, &mut s, target);
            s.push_str(&format!(
                "Reporting by {}; Editing by {}\n",
                name(&mut r),
                name(&mut r)
            ));
        }
        1 => {
            // live blog: timestamped entries
            s.push_str(&format!("Live: {} - latest updates\n\n", r.pick(TOPIC)));
            while s.len() < target {
                s.push_str(&format!("{:02}:{:02} GMT\n", r.range(6, 23), r.below(60)));
                s.push_str(&paragraph(&mut r));
                s.push_str("\n\n");
            }
        }
        2 => {
            // press release
            s.push_str(&format!(
                "FOR IMMEDIATE RELEASE\n\n{} announces results of {}\n\n",
                r.pick(ORG),
                r.pick(TOPIC)
            ));
            fill(&mut r, &mut s, target);
            s.push_str(&format!(
                "About {}\n{} is a made-up organisation used for benchmarks.\n\nMedia contact: {}, press@example.org\n",
                r.pick(ORG),
                r.pick(ORG),
                name(&mut r)
            ));
        }
        3 => {
            // relay-heavy roundup
            s.push_str(&format!(
                "What we know about {}\n\nBy {}\n\n",
                r.pick(TOPIC),
                name(&mut r)
            ));
            while s.len() < target {
                s.push_str(&format!(
                    "{}, citing {} sources, reported that {} would announce {} new measures. ",
                    r.pick(OUTLET),
                    r.pick(&["two", "several", "unnamed", "government"]),
                    r.pick(ORG),
                    r.range(2, 40)
                ));
                s.push_str(&paragraph(&mut r));
                s.push_str("\n\n");
            }
        }
        _ => {
            // ordinary news story
            s.push_str(&format!(
                "{} under pressure over {}\n\nBy {}\n\n",
                r.pick(ORG),
                r.pick(TOPIC),
                name(&mut r)
            ));
            fill(&mut r, &mut s, target);
        }
    }
    s
}

/// `n` articles, and their total size in bytes.
pub fn corpus(seed: u64, n: usize) -> (Vec<String>, usize) {
    let v: Vec<String> = (0..n as u64).map(|i| article(seed, i)).collect();
    let total = v.iter().map(String::len).sum();
    (v, total)
}

/// One article of at least `bytes` bytes, built from whole paragraphs.
pub fn long_article(seed: u64, bytes: usize) -> String {
    let mut r = Rng::new(seed);
    let mut s = String::with_capacity(bytes + 4096);
    s.push_str("DUNMERE, Nov 3 (Reuters) - ");
    fill(&mut r, &mut s, bytes);
    s
}
