"""Notebook display of a scored article (self-contained, escaped HTML)."""

from __future__ import annotations

import html

COLOURS = {
    "named": "#2e7d32",
    "anonymous": "#ef6c00",
    "relayed": "#1565c0",
    "unconfirmed": "#c62828",
}


def article_html(article) -> str:
    text = article.text
    parts = []
    pos = 0
    for c in article.claims:
        if c.start < pos:
            continue
        parts.append(html.escape(text[pos : c.start]))
        colour = COLOURS.get(c.label, "#777")
        title = f"{c.label} · score {c.score:.2f}"
        if c.source:
            title += f" · source: {c.source}"
        if c.via:
            title += " · via " + " → ".join(c.via)
        parts.append(
            f'<mark class="sayso-claim" style="background:{colour}22;border-bottom:2px solid {colour};'
            f'color:inherit" title="{html.escape(title, quote=True)}">'
            f"{html.escape(text[c.start : c.end])}"
            f'<sup style="color:{colour}">{c.label[0].upper()} {c.score:.2f}</sup></mark>'
        )
        pos = c.end
    parts.append(html.escape(text[pos:]))
    body = "".join(parts).replace("\n", "<br>")
    s = article.summary
    legend = " ".join(
        f'<span style="border-bottom:2px solid {col};padding:0 4px">{lab} {s["counts"][lab]}</span>'
        for lab, col in COLOURS.items()
    )
    return (
        '<div class="sayso-article tex2jax_ignore mathjax_ignore" style="font-family:sans-serif;'
        'line-height:1.6;max-width:60em">'
        f"<div>{legend} · article score {article.score:.2f}</div>"
        f'<div style="white-space:normal">{body}</div></div>'
    )
