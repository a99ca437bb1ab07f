//! Article-level indicators (scoring-rubric.md §6): shares per label, weighted mean, weakest
//! central claim, source diversity, transparency and a composite score.

use crate::config::Weights;
use crate::lexicon::{HashMap, HashSet};
use crate::model::{flags, Claim, Label, Origin, Summary};
use crate::text::Lower;

/// Salience weight of each claim: the lead paragraph counts most, then paragraphs 2-4.
fn salience(claims: &[Claim], w: &Weights) -> Vec<f64> {
    // Claims come in text order, so a paragraph's rank grows by one at each new paragraph.
    let mut rank = 0usize;
    let mut last = claims.first().map(|c| c.paragraph);
    claims
        .iter()
        .map(|c| {
            if Some(c.paragraph) != last {
                rank += 1;
                last = Some(c.paragraph);
            }
            if c.has_flag(flags::CAPTION) {
                w.aggregate.w_body
            } else if rank == 0 {
                w.aggregate.w_lead
            } else if rank <= 3 {
                w.aggregate.w_early
            } else {
                w.aggregate.w_body
            }
        })
        .collect()
}

/// One key per source, lower-cased into `key`: a name written in full and by surname alone
/// ("Mayor Ilse Varga", "Varga") count once.
fn source_key(src: &str, key: &mut String) {
    let mut last = None;
    let mut all_caps = true;
    for w in src.split_whitespace() {
        all_caps &= w.chars().next().is_some_and(|c| c.is_uppercase());
        last = Some(w);
    }
    match last {
        Some(last) if all_caps => lower_into(last.trim_end_matches(['.', ',']), key),
        _ => lower_into(src, key),
    }
}

/// `s.to_lowercase()`, written into a reused buffer.
fn lower_into(s: &str, out: &mut String) {
    out.clear();
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&s.lower());
    }
}

/// Summarise scored claims; returns the summary and the composite article score in [0, 1].
pub fn summarise(
    claims: &[Claim],
    n_non_claims: usize,
    publisher: Option<String>,
    w: &Weights,
) -> (Summary, f64) {
    let mut s = Summary {
        n_claims: claims.len(),
        n_non_claims,
        publisher,
        ..Default::default()
    };
    if claims.is_empty() {
        return (s, 0.0);
    }
    for c in claims {
        s.counts[c.label.index()] += 1;
    }
    let n = claims.len() as f64;
    for l in Label::ALL {
        s.shares[l.index()] = s.counts[l.index()] as f64 / n;
    }
    let weights = salience(claims, w);
    let wsum: f64 = weights.iter().sum();
    s.mean_score = claims
        .iter()
        .zip(&weights)
        .map(|(c, w)| c.score * w)
        .sum::<f64>()
        / wsum;
    // Premise: the weakest central claim.
    let central = claims
        .iter()
        .enumerate()
        .filter(|(i, _)| weights[*i] >= w.aggregate.w_early);
    if let Some((i, c)) = central.min_by(|a, b| a.1.score.total_cmp(&b.1.score)) {
        s.weakest_central_claim = Some(i);
        s.premise_score = Some(c.score);
    }
    // Diversity over identified origins: the weight of each origin key, and whether the key has
    // been listed as a source.
    let mut origin_weight: HashMap<String, (f64, bool)> = HashMap::default();
    let mut key = String::new();
    for (c, wt) in claims.iter().zip(&weights) {
        match (c.origin, &c.source) {
            (Origin::Named | Origin::Anonymous, Some(src)) => source_key(src, &mut key),
            (Origin::Unknown, _) => lower_into(c.via.first().map_or("", |v| v.as_str()), &mut key),
            _ => continue,
        };
        if key.is_empty() {
            continue;
        }
        let entry = match origin_weight.get_mut(key.as_str()) {
            Some(e) => e,
            None => origin_weight.entry(key.clone()).or_default(),
        };
        entry.0 += wt;
        if c.origin != Origin::Unknown && !entry.1 {
            entry.1 = true;
            s.sources.push(c.source.clone().unwrap_or_default());
        }
    }
    let mut seen_outlets: HashSet<&str> = HashSet::default();
    for c in claims {
        for v in &c.via {
            if seen_outlets.insert(v) {
                s.outlets.push(v.clone());
            }
        }
    }
    // The weights in key order, so the float sums do not depend on the hash order.
    let mut by_key: Vec<(&String, f64)> = origin_weight.iter().map(|(k, (w, _))| (k, *w)).collect();
    by_key.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let total: f64 = by_key.iter().map(|(_, w)| w).sum();
    if total > 0.0 {
        let hhi: f64 = by_key.iter().map(|(_, w)| (w / total).powi(2)).sum();
        let d = 1.0 / hhi;
        s.diversity = ((d - 1.0) / w.aggregate.diversity_saturation).clamp(0.0, 1.0);
        s.single_source_share = by_key.iter().map(|(_, w)| *w).fold(0.0, f64::max) / total;
    }
    // Transparency: anonymity explained, anonymous sources specific, relays named.
    let mut parts = Vec::new();
    let anon: Vec<&Claim> = claims
        .iter()
        .filter(|c| c.origin == Origin::Anonymous && !c.has_flag(flags::CARRIED_OVER))
        .collect();
    if !anon.is_empty() {
        let explained = anon
            .iter()
            .filter(|c| c.has_flag(flags::ANONYMITY_EXPLAINED))
            .count();
        parts.push(explained as f64 / anon.len() as f64);
        let specific = anon
            .iter()
            .filter(|c| {
                !c.reasons
                    .iter()
                    .any(|r| r.rule == "M.ANON.SPEC.S0" || r.rule == "M.ANON.SPEC.S1")
            })
            .count();
        parts.push(specific as f64 / anon.len() as f64);
    }
    let relayed: Vec<&Claim> = claims
        .iter()
        .filter(|c| c.label == Label::Relayed)
        .collect();
    if !relayed.is_empty() {
        let named = relayed
            .iter()
            .filter(|c| {
                !c.reasons
                    .iter()
                    .any(|r| r.rule == "M.RELAY.UNSPECIFIED" || r.rule == "M.RELAY.SOCIAL")
                    && !c
                        .reasons
                        .iter()
                        .any(|r| r.rule == "B.NAMED_OUTLET" && r.note.contains("unnamed"))
            })
            .count();
        parts.push(named as f64 / relayed.len() as f64);
    }
    if !parts.is_empty() {
        s.transparency = Some(parts.iter().sum::<f64>() / parts.len() as f64);
    }
    let a = &w.aggregate;
    let mut num = a.composite_aas * s.mean_score + a.composite_diversity * s.diversity;
    let mut den = a.composite_aas + a.composite_diversity;
    if let Some(p) = s.premise_score {
        num += a.composite_premise * p;
        den += a.composite_premise;
    }
    if let Some(t) = s.transparency {
        num += a.composite_transparency * t;
        den += a.composite_transparency;
    }
    let score = if den > 0.0 {
        (num / den).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (s, (score * 1e4).round() / 1e4)
}
