"""Notebook display of a scored article: ``Article._repr_html_`` calls :func:`article_html`.

The HTML is self-contained (inline styles only: no stylesheet, script or font from the web),
the article text is escaped (it is untrusted: ``<script>`` renders as text), the wrapper
carries the classes MathJax 2 and 3 skip (so ``$5 and $10`` stays text), colours are
translucent over the page background so the result reads in light and dark themes, and long
articles are cut at ``max_chars`` with a note.
"""

from __future__ import annotations

import html

COLOURS = {
    "named": "#2e7d32",
    "anonymous": "#ef6c00",
    "relayed": "#1565c0",
    "unconfirmed": "#c62828",
}

#: Articles longer than this (in characters) are cut for display.
MAX_CHARS = 20_000

_FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif"


def _esc(s: object) -> str:
    return html.escape(str(s), quote=True)


def _badge(label: str, text: str, title: str | None = None) -> str:
    colour = COLOURS.get(label, "#616161")
    t = f' title="{_esc(title)}"' if title else ""
    return (
        f'<span class="sayso-badge sayso-{_esc(label)}"{t} style="background:{colour};'
        "color:#fff;border-radius:3px;padding:0 4px;font-size:0.75em;font-weight:600;"
        f'white-space:nowrap;margin-left:2px">{_esc(text)}</span>'
    )


def _claim_title(c) -> str:
    parts = [f"{c.label} · score {c.score:.2f}"]
    if c.origin != c.label:
        parts.append(f"origin: {c.origin}")
    if c.source:
        parts.append(f"source: {c.source}")
    if c.cue:
        parts.append(f"cue: {c.cue}")
    if c.via:
        parts.append("via " + " → ".join(c.via))
    if c.flags:
        parts.append("flags: " + ", ".join(sorted(c.flags)))
    for r in c.reasons:
        parts.append(f"{r.rule} {r.delta:+g}: {r.note}")
    return "\n".join(parts)


def _inner(text: str, c, limit: int) -> str:
    """The claim's text with its source and cue marked (when they lie inside the claim)."""
    start, end = c.start, min(c.end, limit)
    marks = []
    for span, kind in ((c.source_span, "source"), (c.cue_span, "cue")):
        if span and start <= span[0] < span[1] <= end:
            marks.append((span[0], span[1], kind))
    marks.sort()
    out = []
    pos = start
    for s, e, kind in marks:
        if s < pos:  # overlapping marks: keep the first
            continue
        out.append(_esc(text[pos:s]))
        if kind == "source":
            style = "font-weight:600;text-decoration:underline;text-underline-offset:2px"
        else:
            style = "font-style:italic;text-decoration:underline dotted"
        out.append(f'<span class="sayso-{kind}" style="{style}">{_esc(text[s:e])}</span>')
        pos = e
    out.append(_esc(text[pos:end]))
    return "".join(out)


def article_html(article, max_chars: int = MAX_CHARS) -> str:
    """Self-contained, escaped HTML for a scored article: claims highlighted in their label's
    colour with source (bold, underlined) and cue (italic, dotted) marked, a score badge after
    each claim (hover it for the reasons), non-claims greyed, a legend and the summary."""
    text = article.text
    limit = min(len(text), max_chars)
    spans = []  # (start, end, kind, obj)
    for c in article.claims:
        spans.append((c.start, c.end, "claim", c))
    for n in article.non_claims:
        spans.append((n.start, n.end, "non", n))
    spans.sort(key=lambda s: (s[0], -s[1]))
    parts = []
    pos = 0
    index = {id(c): i for i, c in enumerate(article.claims)}
    for start, end, kind, obj in spans:
        if start < pos or start >= limit:
            continue
        parts.append(_esc(text[pos:start]))
        if kind == "non":
            parts.append(
                f'<span class="sayso-nonclaim" title="{_esc(obj.kind)} (not a claim)" '
                f'style="opacity:0.6;font-style:italic">{_esc(text[start : min(end, limit)])}</span>'
            )
        else:
            colour = COLOURS.get(obj.label, "#616161")
            i = index[id(obj)]
            parts.append(
                f'<mark class="sayso-claim sayso-{_esc(obj.label)}" data-claim="{i}" '
                f'title="{_esc(_claim_title(obj))}" style="background:{colour}2e;color:inherit;'
                f'border-bottom:2px solid {colour};padding:1px 0;border-radius:2px">'
                f"{_inner(text, obj, limit)}</mark>"
                + _badge(obj.label, f"{obj.label[0].upper()} {obj.score:.2f}", obj.label)
            )
        pos = min(end, limit)
    parts.append(_esc(text[pos:limit]))
    if limit < len(text):
        parts.append(
            f'<div class="sayso-truncated" style="opacity:0.7;font-style:italic;margin-top:0.5em">'
            f"… {len(text) - limit:,} more characters not shown</div>"
        )

    s = article.summary
    legend = " ".join(_badge(label, f"{label} {s['counts'][label]}") for label in COLOURS)
    facts = [f"<b>article score {article.score:.2f}</b>", f"{s['n_claims']} claims"]
    if s["weakest_central_claim"] is not None:
        facts.append(
            f"weakest central claim #{s['weakest_central_claim']} ({s['premise_score']:.2f})"
        )
    if s["sources"]:
        facts.append("sources: " + _esc("; ".join(s["sources"])))
    if s["outlets"]:
        facts.append("via: " + _esc("; ".join(s["outlets"])))
    if s["publisher"]:
        facts.append("publisher: " + _esc(s["publisher"]))
    key = (
        '<span style="opacity:0.8;font-size:0.85em">'
        '<span style="font-weight:600;text-decoration:underline">source</span> · '
        '<span style="font-style:italic;text-decoration:underline dotted">cue</span> · '
        '<span style="opacity:0.6;font-style:italic">not a claim</span></span>'
    )
    return (
        f'<div class="sayso-article tex2jax_ignore mathjax_ignore" style="{_FONT};'
        'line-height:1.7;max-width:60em;color:inherit">'
        f'<div class="sayso-legend" style="margin-bottom:0.3em">{legend} {key}</div>'
        f'<div class="sayso-summary" style="font-size:0.9em;margin-bottom:0.5em">'
        f"{' · '.join(facts)}</div>"
        '<div class="sayso-text" style="white-space:pre-wrap;max-height:40em;overflow:auto;'
        'border-left:3px solid rgba(127,127,127,0.35);padding-left:0.75em">'
        f"{''.join(parts)}</div></div>"
    )
