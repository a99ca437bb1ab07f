//! Arbitrary text as a user configuration, in TOML and in JSON: parsing must return Ok or Err,
//! never panic. A configuration that is accepted must also give a scorer that can score text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sayso::{Config, Format, Scorer};

const PROBE: &str = "The minister said the bridge would reopen. \
                     A senior official, who asked not to be named, told Reuters “it is safe”.";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for format in [Format::Toml, Format::Json] {
        match Config::from_user_text(&text, format) {
            Ok(config) => {
                let article = Scorer::new(config).score(PROBE, None);
                for c in &article.claims {
                    assert!(c.start < c.end && c.end <= PROBE.len());
                    assert!(c.score.is_finite() && (0.0..=1.0).contains(&c.score));
                }
                assert!(article.score.is_finite() && (0.0..=1.0).contains(&article.score));
            }
            Err(e) => {
                // The message must render (Display is what users see).
                let _ = e.to_string();
            }
        }
    }
});
