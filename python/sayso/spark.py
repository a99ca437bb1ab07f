"""sayso on Spark DataFrames via ``mapInPandas`` (``pip install 'sayso[spark]'``).

Spark rows have no index, so every output row carries the input row's other columns (or the
ones named in ``keep``), like ``explode``: join claims back to articles on an id column you
keep. Each batch is scored with :func:`sayso.claims_frame` / :func:`sayso.articles_frame`, one
engine thread per task by default; the scorer travels to the executors by pickling its
configuration. Labels arrive as strings.

>>> claims = sayso.spark.claims(df, text_col="body", keep=["id"])    # doctest: +SKIP
>>> claims.groupBy("label").count().show()                           # doctest: +SKIP
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import Any

import pandas as pd

from sayso import frames
from sayso._scorer import Scorer

CLAIMS_DDL = (
    "claim long, start long, end long, text string, label string, origin string, "
    "source string, cue string, via string, flags string, score double, reasons string, "
    "paragraph long, source_start long, source_end long, cue_start long, cue_end long"
)

ARTICLES_DDL = ", ".join(
    [
        "missing boolean",
        "score double",
        "n_claims long",
        *(f"n_{label} long" for label in frames.LABELS),
        *(f"share_{label} double" for label in frames.LABELS),
        "mean_score double",
        "weakest_claim long",
        "premise_score double",
        "n_sources long",
        "sources string",
        "n_outlets long",
        "diversity double",
        "transparency double",
        "single_source_share double",
        "n_non_claims long",
        "publisher string",
    ]
)


def _schema(df: Any, keep: list[str], ddl: str):
    from pyspark.sql.types import StructType

    produced = StructType.fromDDL(ddl)
    clash = sorted(set(keep) & set(produced.fieldNames()))
    if clash:
        raise ValueError(
            f"kept column(s) {clash} clash with sayso's output columns; "
            "rename them or pass keep= without them"
        )
    fields = [df.schema[name] for name in keep] + list(produced.fields)
    return StructType(fields)


def _plain(out: pd.DataFrame) -> pd.DataFrame:
    """Types Arrow hands to Spark without surprises: strings for categoricals."""
    for col in ("label", "origin"):
        if col in out.columns:
            out[col] = out[col].astype(object)
    return out


def _score_batches(
    batches: Iterator[pd.DataFrame],
    *,
    which: str,
    text_col: str,
    keep: list[str],
    n_threads: int | None,
    outlet: str | None,
    strict: bool,
    scorer: Scorer | None,
) -> Iterator[pd.DataFrame]:
    fn = frames.claims_frame if which == "claims" else frames.articles_frame
    for pdf in batches:
        pdf = pdf.reset_index(drop=True)
        res = fn(
            pdf[text_col],
            n_threads=n_threads,
            progress=False,
            strict=strict,
            outlet=outlet,
            scorer=scorer,
        )
        kept = pdf.loc[res.index, keep].reset_index(drop=True)
        yield _plain(pd.concat([kept, res.reset_index(drop=True)], axis=1))


def _run(
    df: Any,
    which: str,
    text_col: str,
    keep: Sequence[str] | None,
    n_threads: int | None,
    outlet: str | None,
    strict: bool,
    scorer: Any,
):
    if text_col not in df.columns:
        raise KeyError(f"no column {text_col!r}; columns are {df.columns}")
    keep = [c for c in df.columns if c != text_col] if keep is None else list(keep)
    missing = [c for c in keep if c not in df.columns]
    if missing:
        raise KeyError(f"keep names unknown column(s) {missing}")
    if scorer is not None and not isinstance(scorer, Scorer):
        scorer = Scorer(scorer)
    schema = _schema(df, keep, CLAIMS_DDL if which == "claims" else ARTICLES_DDL)
    fn = functools.partial(
        _score_batches,
        which=which,
        text_col=text_col,
        keep=keep,
        n_threads=n_threads,
        outlet=outlet,
        strict=strict,
        scorer=scorer,
    )
    return df.select(*dict.fromkeys([*keep, text_col])).mapInPandas(fn, schema)


def claims(
    df: Any,
    text_col: str,
    keep: Sequence[str] | None = None,
    *,
    n_threads: int | None = 1,
    outlet: str | None = None,
    strict: bool = False,
    scorer: Any = None,
):
    """One row per claim: the kept input columns, then the columns of
    :func:`sayso.claims_frame` (``label``/``origin`` as strings).

    Parameters
    ----------
    df : pyspark.sql.DataFrame
    text_col : str
        The column holding the texts (null rows give no claims).
    keep : list of str, optional
        Input columns copied to every claim row (default: all but ``text_col``).
    n_threads, outlet, strict, scorer
        As in :func:`sayso.claims_frame`; ``n_threads`` defaults to 1 per task.
    """
    return _run(df, "claims", text_col, keep, n_threads, outlet, strict, scorer)


def articles(
    df: Any,
    text_col: str,
    keep: Sequence[str] | None = None,
    *,
    n_threads: int | None = 1,
    outlet: str | None = None,
    strict: bool = False,
    scorer: Any = None,
):
    """One row per input row: the kept input columns, then the columns of
    :func:`sayso.articles_frame`. Parameters as in :func:`claims`."""
    return _run(df, "articles", text_col, keep, n_threads, outlet, strict, scorer)


__all__ = ["ARTICLES_DDL", "CLAIMS_DDL", "articles", "claims"]
