//! Claim scores with reasons (scoring-rubric.md §5): an origin base plus capped modifier
//! families, every point explained.

use crate::attribute::{anon_spec, Attributed, Base};
use crate::config::Weights;
use crate::lexicon::Stance;
use crate::model::{Label, Origin, Reason, Span};
use crate::source::{Class, RelayKind, Specificity};
use crate::text::Lower;
use std::borrow::Cow;

/// One modifier family: its reasons go straight into the claim's list, and its sum is capped
/// when it closes.
struct Family<'r> {
    out: &'r mut Vec<Reason>,
    sum: f64,
}

impl<'r> Family<'r> {
    fn new(out: &'r mut Vec<Reason>) -> Self {
        Family { out, sum: 0.0 }
    }

    fn add(
        &mut self,
        rule: &'static str,
        delta: f64,
        note: impl Into<Cow<'static, str>>,
        span: Option<Span>,
    ) {
        if delta == 0.0 {
            return;
        }
        self.sum += delta;
        self.out.push(Reason {
            rule: Cow::Borrowed(rule),
            delta,
            note: note.into(),
            span,
        });
    }

    /// [`Self::add`] with a note that is written only if the reason is kept.
    fn add_with(
        &mut self,
        rule: &'static str,
        delta: f64,
        note: impl FnOnce() -> String,
        span: Option<Span>,
    ) {
        if delta != 0.0 {
            self.add(rule, delta, note(), span);
        }
    }

    /// Clamp the family to its cap; the clamp itself is a reason when it bites.
    fn close(self, family: &str, lo: f64, hi: f64) -> f64 {
        let clamped = self.sum.clamp(lo, hi);
        if clamped != self.sum {
            self.out.push(Reason {
                rule: format!("{family}.CAP").into(),
                delta: clamped - self.sum,
                note: format!("{family} family capped to [{lo}, {hi}]").into(),
                span: None,
            });
        }
        clamped
    }
}

/// `what "body"`: a reason's note quoting the text, without the formatting machinery (these
/// notes are written for most claims).
fn quoted(what: &str, body: &str) -> String {
    [what, " \"", body, "\""].concat()
}

/// Score one claim on the 0-1 scale, with the reasons that produced it.
pub fn score_claim(a: &Attributed, w: &Weights, text: &str) -> (f64, Vec<Reason>) {
    let mut reasons = Vec::with_capacity(6);
    let snippet = |s: Option<Span>| s.map(|(x, y)| &text[x..y]).unwrap_or_default();
    let first_hop = a.via.first().map(|h| h.kind);
    let (base, rule, note) = match a.base {
        Base::Witnessed => (
            w.base.witnessed,
            "B.WITNESSED",
            Cow::Borrowed("the publisher's own journalist"),
        ),
        Base::Named => (
            w.base.named,
            "B.NAMED",
            Cow::Borrowed("identified source on the record"),
        ),
        Base::NamedOutlet => {
            let (b, n) = match first_hop {
                Some(RelayKind::Unspecified) => (
                    w.relay_as_origin.unspecified_base,
                    "unnamed media as the origin",
                ),
                Some(RelayKind::Social) => (
                    w.relay_as_origin.social_base,
                    "a social-media channel as the origin",
                ),
                Some(RelayKind::Wire) => (
                    w.base.named_outlet + w.relay_as_origin.wire,
                    "a wire agency's own reporting",
                ),
                Some(RelayKind::State) => (
                    w.base.named_outlet + w.relay_as_origin.state,
                    "a state-controlled outlet's own reporting",
                ),
                _ => (
                    w.base.named_outlet + w.relay_as_origin.national,
                    "another outlet's own reporting",
                ),
            };
            (b, "B.NAMED_OUTLET", Cow::Borrowed(n))
        }
        Base::Anonymous => (
            w.base.anonymous,
            "B.ANON",
            Cow::Borrowed("anonymous source"),
        ),
        Base::Unattributed => (
            w.base.unattributed,
            "B.UNATTRIBUTED",
            Cow::Borrowed("no source given"),
        ),
        Base::Vague => (
            w.base.vague,
            "B.VAGUE",
            Cow::Borrowed("vague collective source"),
        ),
        Base::Hearsay => (
            w.base.hearsay,
            "B.HEARSAY",
            Cow::Owned(quoted("hearsay:", snippet(a.hearsay))),
        ),
        Base::UnconfirmedExplicit => (
            w.base.unconfirmed_explicit,
            "B.UNCONFIRMED_EXPLICIT",
            Cow::Borrowed("explicitly unconfirmed, no source"),
        ),
    };
    let base_span = match a.base {
        Base::Hearsay => a.hearsay,
        Base::UnconfirmedExplicit => a.unverified.or(a.hearsay),
        _ => a.source,
    };
    reasons.push(Reason {
        rule: Cow::Borrowed(rule),
        delta: base,
        note,
        span: base_span,
    });
    let mut total = base;

    // M.VERB: the cue's stance.
    let mut f = Family::new(&mut reasons);
    if a.base != Base::Unattributed && a.label != Label::Unconfirmed || a.base == Base::Vague {
        if let Some(st) = a.stance {
            let (rule, d, what) = match st {
                Stance::Endorse => ("M.VERB.ENDORSE", w.verb.endorse, "endorsing cue"),
                Stance::Neutral => ("M.VERB.NEUTRAL", w.verb.neutral, "neutral cue"),
                Stance::DistanceMild => (
                    "M.VERB.DISTANCE_MILD",
                    w.verb.distance_mild,
                    "insistent cue",
                ),
                Stance::DistanceStrong => (
                    "M.VERB.DISTANCE_STRONG",
                    w.verb.distance_strong,
                    "distancing cue",
                ),
                Stance::Belief => ("M.VERB.BELIEF", w.verb.belief, "belief or speculation cue"),
                Stance::Deny => ("M.VERB.DENY", 0.0, "denial"),
            };
            f.add_with(rule, d, || quoted(what, snippet(a.cue)), a.cue);
        }
    }
    total += f.close("M.VERB", w.verb.cap_min, w.verb.cap_max);

    // M.HEDGE.
    let mut f = Family::new(&mut reasons);
    if a.hearsay.is_some() && a.base != Base::Hearsay && a.base != Base::UnconfirmedExplicit {
        f.add_with(
            "M.HEDGE.AUTHOR_EVIDENTIAL",
            w.hedge.author_evidential,
            || quoted("hearsay marker", snippet(a.hearsay)),
            a.hearsay,
        );
    }
    let mut seen: Vec<String> = Vec::new();
    for &h in &a.hedges {
        let word = text[h.0..h.1].lower();
        if seen.contains(&word) {
            continue;
        }
        let d = if seen.is_empty() {
            w.hedge.epistemic_first
        } else {
            w.hedge.epistemic_further
        };
        f.add_with("M.HEDGE.EPISTEMIC", d, || quoted("hedge", &word), Some(h));
        seen.push(word);
    }
    total += f.close("M.HEDGE", w.hedge.cap_min, 0.0);

    let origin = a.origin_class.as_ref();
    // M.NAMED.
    let mut f = Family::new(&mut reasons);
    if let Some(Class::Named {
        person_without_role: true,
        ..
    }) = origin
    {
        if a.label == Label::Named {
            f.add(
                "M.NAMED.NO_ROLE",
                w.named.no_role,
                "person named without a position",
                a.source,
            );
        }
    }
    total += f.close("M.NAMED", w.named.cap_min, w.named.cap_max);

    // M.ANON.
    let mut f = Family::new(&mut reasons);
    if a.origin == Origin::Anonymous {
        if let Some((spec, count)) = origin.and_then(anon_spec) {
            let (rule, d, n) = match spec {
                Specificity::S0 => ("M.ANON.SPEC.S0", w.anon.spec_s0, "bare anonymous source"),
                Specificity::S1 => ("M.ANON.SPEC.S1", w.anon.spec_s1, "generic anonymous source"),
                Specificity::S2 => (
                    "M.ANON.SPEC.S2",
                    w.anon.spec_s2,
                    "anonymous source with an affiliation",
                ),
                Specificity::S3 => (
                    "M.ANON.SPEC.S3",
                    w.anon.spec_s3,
                    "anonymous source with a basis of knowledge",
                ),
            };
            f.add(rule, d, n, a.source);
            if count == 2 {
                f.add("M.ANON.COUNT", w.anon.count_two, "two sources", a.source);
            } else if count >= 3 {
                f.add(
                    "M.ANON.COUNT",
                    w.anon.count_three_plus,
                    "three or more sources",
                    a.source,
                );
            }
        }
        match a.anon_reason {
            Some((true, sp)) => f.add_with(
                "M.ANON.JUST.SUBSTANTIVE",
                w.anon.just_substantive,
                || quoted("reason for anonymity:", &text[sp.0..sp.1]),
                Some(sp),
            ),
            Some((false, sp)) => f.add_with(
                "M.ANON.JUST.BOILERPLATE",
                w.anon.just_boilerplate,
                || quoted("boilerplate reason:", &text[sp.0..sp.1]),
                Some(sp),
            ),
            None => {}
        }
    }
    total += f.close("M.ANON", w.anon.cap_min, w.anon.cap_max);

    // M.RELAY: per intermediary hop; an outlet that is also the origin is scored in the base.
    let mut f = Family::new(&mut reasons);
    let skip = usize::from(a.base == Base::NamedOutlet);
    for hop in a.via.iter().skip(skip) {
        let (rule, d) = match hop.kind {
            RelayKind::Wire => ("M.RELAY.WIRE", w.relay.wire),
            RelayKind::National => ("M.RELAY.NATIONAL", w.relay.national),
            RelayKind::State if a.origin == Origin::Named => {
                ("M.RELAY.STATE_OFFICIAL", w.relay.state_official)
            }
            RelayKind::State => ("M.RELAY.STATE_OTHER", w.relay.state_other),
            RelayKind::Unspecified => ("M.RELAY.UNSPECIFIED", w.relay.unspecified),
            RelayKind::Social => ("M.RELAY.SOCIAL", w.relay.social),
            RelayKind::Journalist => ("M.RELAY.JOURNALIST", w.relay.journalist),
            RelayKind::Party => ("M.RELAY.PARTY", w.relay.party),
        };
        f.add_with(rule, d, || ["relayed via ", &hop.name].concat(), None);
    }
    total += f.close("M.RELAY", w.relay.cap_min, 0.0);

    // M.CORROB.
    let mut f = Family::new(&mut reasons);
    if a.flags.contains(&crate::model::flags::CORROBORATED) {
        f.add_with(
            "M.CORROB.SECOND",
            w.corroboration.second,
            || quoted("corroborated:", snippet(a.corroboration)),
            a.corroboration,
        );
    }
    total += f.close("M.CORROB", 0.0, w.corroboration.cap_max);

    // M.STATUS.
    let mut f = Family::new(&mut reasons);
    if a.unverified.is_some() && a.base != Base::UnconfirmedExplicit
        || a.flags.contains(&crate::model::flags::UNVERIFIED) && a.unverified.is_none()
    {
        f.add(
            "M.STATUS.UNVERIFIED",
            w.status.unverified,
            "could not be independently verified",
            a.unverified,
        );
    }
    if a.flags.contains(&crate::model::flags::DENIED) {
        f.add(
            "M.STATUS.DENIED",
            w.status.denied,
            "denied on the record",
            None,
        );
    }
    total += f.close("M.STATUS", w.status.cap_min, 0.0);

    // M.QUOTE.
    if a.direct_quote && a.label == Label::Named {
        let mut f = Family::new(&mut reasons);
        f.add(
            "M.QUOTE.DIRECT_NAMED",
            w.quote.direct_named,
            "verbatim quotation from a named source",
            None,
        );
        total += f.close("M.QUOTE", -100.0, 100.0);
    }
    let score = (total.clamp(0.0, 100.0) / 100.0 * 1e4).round() / 1e4;
    (score, reasons)
}
