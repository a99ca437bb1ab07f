"""Corpus plots with matplotlib (optional: ``pip install 'sayso[plot]'``).

>>> import sayso, sayso.plot
>>> arts = sayso.articles_frame(["Officials said the port was shut.", "He said so."])
>>> ax = sayso.plot.label_shares(arts)                      # doctest: +SKIP
>>> ax = sayso.plot.score_distribution(sayso.claims_frame(["He said so."]))  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

from sayso._display import COLOURS

LABELS = ("named", "anonymous", "relayed", "unconfirmed")


def _plt():
    try:
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError("sayso.plot needs matplotlib: pip install 'sayso[plot]'") from None
    return plt


def _axes(ax: Any):
    if ax is not None:
        return ax
    _, ax = _plt().subplots(figsize=(7, 3.5))
    return ax


def label_shares(articles: Any, by: str | None = None, ax: Any = None):
    """Share of claims per label across a corpus, as stacked horizontal bars.

    Parameters
    ----------
    articles : pandas.DataFrame
        An :func:`sayso.articles_frame` (missing rows count for nothing).
    by : str, optional
        A column (or index level) of ``articles`` to draw one bar per group, e.g. an outlet.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes
    """
    _plt()
    cols = [f"n_{label}" for label in LABELS]
    missing = [c for c in cols if c not in articles.columns]
    if missing:
        raise ValueError(f"not an articles frame: no column(s) {missing}; use sayso.articles_frame")
    if by is None:
        counts = articles[cols].sum().to_frame().T
        counts.index = ["all articles"]
    else:
        counts = articles.groupby(by, observed=True, sort=True)[cols].sum()
    totals = counts.sum(axis=1).replace(0, 1)
    shares = counts.div(totals, axis=0)
    ax = _axes(ax)
    left = [0.0] * len(shares)
    labels = [str(i) for i in shares.index]
    for label, col in zip(LABELS, cols):
        vals = shares[col].tolist()
        ax.barh(labels, vals, left=left, color=COLOURS[label], label=label)
        left = [a + b for a, b in zip(left, vals)]
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of claims")
    ax.invert_yaxis()
    ax.legend(ncols=4, loc="upper center", bbox_to_anchor=(0.5, -0.25), frameon=False)
    ax.set_title(f"Attribution of {int(counts.values.sum())} claims")
    ax.figure.tight_layout()
    return ax


def score_distribution(claims: Any, bins: int = 20, ax: Any = None):
    """Histogram of claim scores in [0, 1], stacked by label.

    Parameters
    ----------
    claims : pandas.DataFrame
        A :func:`sayso.claims_frame`.
    bins : int
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib Axes
    """
    _plt()
    if "score" not in claims.columns or "label" not in claims.columns:
        raise ValueError("not a claims frame: needs 'score' and 'label'; use sayso.claims_frame")
    ax = _axes(ax)
    data = [claims.loc[claims["label"] == label, "score"].to_numpy() for label in LABELS]
    ax.hist(
        data,
        bins=bins,
        range=(0, 1),
        stacked=True,
        color=[COLOURS[label] for label in LABELS],
        label=list(LABELS),
    )
    ax.set_xlim(0, 1)
    ax.set_xlabel("claim score")
    ax.set_ylabel("claims")
    ax.legend(frameon=False)
    ax.set_title(f"Scores of {len(claims)} claims")
    ax.figure.tight_layout()
    return ax


__all__ = ["label_shares", "score_distribution"]
