"""sayso on Dask DataFrames (``pip install 'sayso[dask]'``).

Each partition is scored with :func:`sayso.claims_frame` / :func:`sayso.articles_frame` through
``map_partitions`` with an explicit ``meta``, one engine thread per task by default (Dask
already runs tasks in parallel). The scorer travels to the workers by pickling its
configuration and is rebuilt once per partition; the default scorer is built once per worker
process. The index of the result is the index of the input (repeated once per claim for
:func:`claims`), so known divisions are kept.

>>> import dask.dataframe as dd, pandas as pd, sayso.dask
>>> ddf = dd.from_pandas(pd.DataFrame({"body": ["He said so.", None]}), npartitions=2)
>>> sayso.dask.articles(ddf, text_col="body").compute()["missing"].tolist()
[False, True]
"""

from __future__ import annotations

from typing import Any

import pandas as pd

try:
    import dask.dataframe as dd
except ImportError as _e:  # pragma: no cover - exercised only without dask
    raise ImportError("sayso.dask needs dask: pip install 'sayso[dask]'") from _e

from sayso import frames
from sayso._scorer import Scorer


def _texts(obj: Any, text_col: str | None):
    """The text column of a (Dask or pandas) DataFrame or Series."""
    if isinstance(obj, (pd.DataFrame, dd.DataFrame)):
        if text_col is None:
            raise TypeError("text_col is required for a DataFrame: e.g. text_col='body'")
        if text_col not in obj.columns:
            raise KeyError(f"no column {text_col!r}; columns are {list(obj.columns)}")
        return obj[text_col]
    return obj


def _portable(scorer: Any) -> Scorer | None:
    """A picklable scorer (or None for the default configuration)."""
    if scorer is None or isinstance(scorer, Scorer):
        return scorer
    return Scorer(scorer)


def _claims_part(part, text_col, n_threads, outlet, strict, scorer):
    return frames.claims_frame(
        _texts(part, text_col),
        n_threads=n_threads,
        progress=False,
        strict=strict,
        outlet=outlet,
        scorer=scorer,
    )


def _articles_part(part, text_col, n_threads, outlet, strict, scorer):
    return frames.articles_frame(
        _texts(part, text_col),
        n_threads=n_threads,
        progress=False,
        strict=strict,
        outlet=outlet,
        scorer=scorer,
    )


def _meta(obj: Any, text_col: str | None, which: str) -> pd.DataFrame:
    empty = _texts(obj._meta, text_col).iloc[:0]
    fn = frames.claims_frame if which == "claims" else frames.articles_frame
    return fn(empty, progress=False)


def claims(
    ddf: Any,
    text_col: str | None = None,
    *,
    n_threads: int | None = 1,
    outlet: str | None = None,
    strict: bool = False,
    scorer: Any = None,
) -> dd.DataFrame:
    """One row per claim, lazily, as a Dask DataFrame (columns of :func:`sayso.claims_frame`).

    Parameters
    ----------
    ddf : dask DataFrame or Series
        The articles; a DataFrame needs ``text_col``.
    text_col : str, optional
        The column holding the texts.
    n_threads : int, optional
        Engine threads per task (default 1: Dask runs the tasks in parallel).
    outlet, strict, scorer
        As in :func:`sayso.claims_frame`.
    """
    texts = _texts(ddf, text_col)
    scorer = _portable(scorer)
    return ddf.map_partitions(
        _claims_part,
        text_col if texts is not ddf else None,
        n_threads,
        outlet,
        strict,
        scorer,
        meta=_meta(ddf, text_col, "claims"),
        align_dataframes=False,
    )


def articles(
    ddf: Any,
    text_col: str | None = None,
    *,
    n_threads: int | None = 1,
    outlet: str | None = None,
    strict: bool = False,
    scorer: Any = None,
) -> dd.DataFrame:
    """One row per article, lazily, as a Dask DataFrame aligned with ``ddf`` (columns of
    :func:`sayso.articles_frame`). Parameters as in :func:`claims`."""
    texts = _texts(ddf, text_col)
    scorer = _portable(scorer)
    return ddf.map_partitions(
        _articles_part,
        text_col if texts is not ddf else None,
        n_threads,
        outlet,
        strict,
        scorer,
        meta=_meta(ddf, text_col, "articles"),
        align_dataframes=False,
    )


__all__ = ["articles", "claims"]
