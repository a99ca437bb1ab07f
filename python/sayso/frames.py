"""pandas frames of claims and articles, and the ``df.sayso`` / ``series.sayso`` accessors.

The columns cross from Rust as numpy arrays (no per-claim Python objects are built); label
columns are pandas categoricals. Every input row keeps its place: a missing cell (None, NaN,
``pd.NA``) or a cell that is not a string gives an article row marked ``missing`` and no
claims, or a :class:`TypeError` naming the row when ``strict=True``.

>>> import sayso
>>> claims = sayso.claims_frame(["The minister said the bridge would reopen.", None])
>>> list(claims.columns[:4])
['claim', 'start', 'end', 'text']
>>> articles = sayso.articles_frame(["The minister said the bridge would reopen.", None])
>>> articles["missing"].tolist()
[False, True]
"""

from __future__ import annotations

import functools
import math
import os
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from sayso import _core

try:
    import pandas as pd
except ImportError as _e:  # pragma: no cover - exercised only without pandas
    raise ImportError(
        "sayso's DataFrame functions need pandas: pip install 'sayso[pandas]'"
    ) from _e

LABELS = ("named", "anonymous", "relayed", "unconfirmed")
ORIGINS = ("named", "anonymous", "unknown", "unconfirmed")

#: Articles per call into the engine when a progress bar is shown.
CHUNK = 1000

_PANDAS3 = int(pd.__version__.split(".")[0]) >= 3
_STR: Any = "str" if _PANDAS3 else object


def _arrow_strings() -> bool:
    """Whether string columns can cross as Arrow buffers: pandas 3 keeps ``str`` columns in
    pyarrow ``large_string`` arrays, which wrap the engine's buffers without a copy and without a
    Python ``str`` per cell (which would also hold the interpreter lock)."""
    if not _PANDAS3:
        return False
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return pd.array(["x"], dtype=_STR).dtype.storage == "pyarrow"


_ARROW_STRINGS = _arrow_strings()

CLAIM_COLUMNS = (
    "claim",
    "start",
    "end",
    "text",
    "label",
    "origin",
    "source",
    "cue",
    "via",
    "flags",
    "score",
    "reasons",
    "paragraph",
    "source_start",
    "source_end",
    "cue_start",
    "cue_end",
)

ARTICLE_COLUMNS = (
    "missing",
    "score",
    "n_claims",
    *(f"n_{label}" for label in LABELS),
    *(f"share_{label}" for label in LABELS),
    "mean_score",
    "weakest_claim",
    "premise_score",
    "n_sources",
    "sources",
    "n_outlets",
    "diversity",
    "transparency",
    "single_source_share",
    "n_non_claims",
    "publisher",
)


# --- input -----------------------------------------------------------------------------------


def _is_missing(x: object) -> bool:
    if x is None or x is pd.NA or x is pd.NaT:
        return True
    if isinstance(x, (float, np.floating)):
        return math.isnan(x)
    return False


def _cells_and_index(texts: Any, ids: Any) -> tuple[list, pd.Index]:
    """The cells of ``texts`` as a list and the article ids as an index."""
    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be a column of texts (list, Series, ...), not a single str")
    if isinstance(texts, pd.DataFrame):
        raise TypeError("texts is a DataFrame: pass one column, e.g. df['body'] or df.sayso")
    index: pd.Index | None = None
    if isinstance(texts, pd.Series):
        cells = texts.tolist()
        index = texts.index
    elif isinstance(texts, np.ndarray):
        if texts.ndim != 1:
            raise TypeError(f"texts must be one-dimensional, not an array of shape {texts.shape}")
        cells = texts.tolist()
    elif type(texts).__module__.split(".")[0] == "pyarrow" and hasattr(texts, "to_pylist"):
        cells = texts.to_pylist()
    elif type(texts).__module__.split(".")[0] == "polars" and hasattr(texts, "to_list"):
        cells = texts.to_list()
    elif isinstance(texts, Iterable):
        cells = list(texts)
    else:
        raise TypeError(f"texts must be a column of texts, not {type(texts).__name__}")
    if ids is not None:
        index = ids if isinstance(ids, pd.Index) else pd.Index(list(ids))
        if len(index) != len(cells):
            raise ValueError(f"ids has {len(index)} entries but texts has {len(cells)}")
    if index is None:
        index = pd.RangeIndex(len(cells))
    if index.name is None and not isinstance(index, pd.MultiIndex):
        index = index.rename("article")
    return cells, index


def _clean(cells: list, index: pd.Index, strict: bool) -> list[str | None]:
    """Strings stay, everything else becomes None (missing) or raises when ``strict``."""
    out: list[str | None] = []
    for i, x in enumerate(cells):
        if isinstance(x, str):
            out.append(x)
            continue
        if strict:
            what = "missing" if _is_missing(x) else f"a {type(x).__name__}"
            label = index[i]
            # numpy scalars print as "np.int64(3)"; show the plain value.
            label = label.item() if hasattr(label, "item") and callable(label.item) else label
            raise TypeError(
                f"row {label!r} (position {i}) is {what}, expected str; "
                "pass strict=False to keep it as a missing article"
            )
        out.append(None)
    return out


# --- running the engine ----------------------------------------------------------------------


def _engine(scorer: Any) -> Any:
    """The object whose ``claims_columns``/``articles_columns`` do the work."""
    if scorer is None:
        return _core
    from sayso._scorer import Scorer

    if isinstance(scorer, Scorer):
        return scorer._core
    if isinstance(scorer, _core.Scorer):
        return scorer
    return Scorer(scorer)._core


def _in_notebook() -> bool:
    ip = sys.modules.get("IPython")
    if ip is None:
        return False
    shell = ip.get_ipython() if hasattr(ip, "get_ipython") else None
    return shell is not None and "IPKernelApp" in getattr(shell, "config", {})


def _progress_bar(progress: bool | None, n: int, what: str):
    """A tqdm bar, or None. ``progress=None`` shows one for long batches in a terminal or a
    notebook when tqdm is installed; True insists on one; False never shows one."""
    if progress is False or n == 0:
        return None
    if progress is None:
        if n <= CHUNK or os.environ.get("SAYSO_NO_PROGRESS"):
            return None
        if not (sys.stderr is not None and sys.stderr.isatty()) and not _in_notebook():
            return None
    try:
        from tqdm.auto import tqdm
    except ImportError:
        if progress:
            raise ImportError("progress=True needs tqdm: pip install tqdm") from None
        return None
    return tqdm(total=n, unit="article", desc=f"sayso {what}", leave=False)


def _run(
    method: str,
    cells: list[str | None],
    *,
    scorer: Any,
    outlet: str | None,
    n_threads: int | None,
    progress: bool | None,
) -> dict:
    fn = getattr(_engine(scorer), method)
    if method == "claims_columns" and _ARROW_STRINGS:
        fn = functools.partial(fn, strings="buffers")
    bar = _progress_bar(progress, len(cells), method.split("_")[0])
    if bar is None:
        return fn(cells, outlet, n_threads)
    parts = []
    try:
        for lo in range(0, len(cells), CHUNK):
            chunk = cells[lo : lo + CHUNK]
            part = fn(chunk, outlet, n_threads)
            if method == "claims_columns":
                part["article"] += lo
            parts.append(part)
            bar.update(len(chunk))
    finally:
        bar.close()
    return _concat(parts) if parts else fn([], outlet, n_threads)


def _concat(parts: Sequence[dict]) -> dict:
    out = {}
    for key in parts[0]:
        first = parts[0][key]
        if isinstance(first, np.ndarray):
            out[key] = np.concatenate([p[key] for p in parts])
        elif isinstance(first, tuple):  # Arrow buffers: one chunk per part, no copy
            out[key] = _chunked([_arrow(p[key]) for p in parts])
        else:
            out[key] = [x for p in parts for x in p[key]]
    return out


# --- frames ----------------------------------------------------------------------------------


def _nullable_int(a: np.ndarray) -> pd.arrays.IntegerArray:
    """int64 with -1 meaning absent, as a nullable Int64 array."""
    return pd.arrays.IntegerArray(a.astype(np.int64, copy=False), a < 0)


def _arrow(buffers: tuple) -> Any:
    """A pyarrow ``large_string`` array over the engine's ``(offsets, data, valid)`` buffers."""
    import pyarrow as pa

    offsets, data, valid = buffers
    mask = None if valid is None else pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.Array.from_buffers(
        pa.large_string(),
        len(offsets) - 1,
        [mask, pa.py_buffer(offsets), pa.py_buffer(data)],
        null_count=-1 if valid is not None else 0,
    )


def _chunked(arrays: list) -> Any:
    import pyarrow as pa

    return pa.chunked_array(arrays, type=pa.large_string())


def _strs(values: Any) -> Any:
    """A string column from the engine: a list of str, Arrow buffers or a pyarrow array."""
    if isinstance(values, tuple):
        values = _arrow(values)
    if not isinstance(values, list):
        return pd.array(values, dtype=_STR)
    return pd.array(values, dtype=_STR) if _PANDAS3 else np.array(values, dtype=object)


def claims_frame(
    texts: Any,
    ids: Any = None,
    n_threads: int | None = None,
    progress: bool | None = None,
    strict: bool = False,
    outlet: str | None = None,
    scorer: Any = None,
) -> pd.DataFrame:
    """One row per claim of every article.

    Parameters
    ----------
    texts : list, pandas Series, numpy array, pyarrow or polars string column
        The articles. Cells that are None, NaN, ``pd.NA`` or not a string are missing
        articles: they have no claims (or raise, with ``strict=True``).
    ids : sequence, optional
        Article ids, one per text. Default: the Series index, else positions 0..n-1.
    n_threads : int, optional
        Engine threads; None uses all cores, 1 is serial.
    progress : bool, optional
        tqdm progress bar: None shows one for long batches in a terminal or notebook,
        False never, True always (needs tqdm).
    strict : bool
        Raise :class:`TypeError` naming the row instead of keeping a missing article.
    outlet : str, optional
        The publisher of every article, if known.
    scorer : sayso.Scorer, path or mapping, optional
        A configured scorer (or its configuration). Default: the default configuration.

    Returns
    -------
    pandas.DataFrame
        Indexed by article id, repeated once per claim (like ``Series.explode``), so it
        aligns with the input. Columns: ``claim`` (index within the article), ``start``,
        ``end`` (code-point offsets: ``text[start:end]`` is the claim), ``text``, ``label``
        and ``origin`` (categoricals), ``source``, ``cue``, ``via`` (intermediaries joined
        with " > ", outermost first), ``flags`` (comma-separated), ``score`` in [0, 1],
        ``reasons`` ("RULE +delta; ..."), ``paragraph`` and the nullable ``source_start``,
        ``source_end``, ``cue_start``, ``cue_end``.

    Examples
    --------
    >>> df = claims_frame(["Officials said the port was shut.", "No claim here"])
    >>> df[["text", "label"]].iloc[0].tolist()
    ['Officials said the port was shut.', 'anonymous']
    """
    cells, index = _cells_and_index(texts, ids)
    cells = _clean(cells, index, strict)
    cols = _run(
        "claims_columns",
        cells,
        scorer=scorer,
        outlet=outlet,
        n_threads=n_threads,
        progress=progress,
    )
    return _claims_from_columns(cols, index)


def _claims_from_columns(cols: dict, index: pd.Index) -> pd.DataFrame:
    data = {
        "claim": cols["claim"],
        "start": cols["start"],
        "end": cols["end"],
        "text": _strs(cols["text"]),
        "label": pd.Categorical.from_codes(cols["label"], categories=list(LABELS)),
        "origin": pd.Categorical.from_codes(cols["origin"], categories=list(ORIGINS)),
        "source": _strs(cols["source"]),
        "cue": _strs(cols["cue"]),
        "via": _strs(cols["via"]),
        "flags": _strs(cols["flags"]),
        "score": cols["score"],
        "reasons": _strs(cols["reasons"]),
        "paragraph": cols["paragraph"],
        "source_start": _nullable_int(cols["source_start"]),
        "source_end": _nullable_int(cols["source_end"]),
        "cue_start": _nullable_int(cols["cue_start"]),
        "cue_end": _nullable_int(cols["cue_end"]),
    }
    return pd.DataFrame(data, index=index.take(cols["article"]), columns=list(CLAIM_COLUMNS))


def articles_frame(
    texts: Any,
    ids: Any = None,
    n_threads: int | None = None,
    progress: bool | None = None,
    strict: bool = False,
    outlet: str | None = None,
    scorer: Any = None,
) -> pd.DataFrame:
    """One row per article, in input order, with the article-level indicators.

    Parameters are those of :func:`claims_frame`.

    Returns
    -------
    pandas.DataFrame
        Indexed by article id (the Series index, ``ids`` or positions). Columns: ``missing``
        (the cell was not a string: its other columns are NaN or 0), ``score``, ``n_claims``,
        ``n_<label>`` and ``share_<label>`` for each label, ``mean_score``, ``weakest_claim``
        (index of the weakest central claim, nullable) and its ``premise_score``,
        ``n_sources`` and ``sources`` (distinct identified sources, joined with "; "),
        ``n_outlets``, ``diversity``, ``transparency``, ``single_source_share``,
        ``n_non_claims`` and ``publisher``.

    Examples
    --------
    >>> df = articles_frame(["Officials said the port was shut.", float("nan")])
    >>> df[["missing", "n_claims", "n_anonymous"]].values.tolist()
    [[False, 1, 1], [True, 0, 0]]
    """
    cells, index = _cells_and_index(texts, ids)
    cells = _clean(cells, index, strict)
    cols = _run(
        "articles_columns",
        cells,
        scorer=scorer,
        outlet=outlet,
        n_threads=n_threads,
        progress=progress,
    )
    return _articles_from_columns(cols, index)


def _articles_from_columns(cols: dict, index: pd.Index) -> pd.DataFrame:
    data = {k: cols[k] for k in ARTICLE_COLUMNS if k in cols}
    data["weakest_claim"] = _nullable_int(cols["weakest_claim"])
    data["sources"] = _strs(cols["sources"])
    data["publisher"] = _strs(cols["publisher"])
    return pd.DataFrame(data, index=index.copy(), columns=list(ARTICLE_COLUMNS))


# --- accessors -------------------------------------------------------------------------------


@pd.api.extensions.register_dataframe_accessor("sayso")
class SaysoFrameAccessor:
    """``df.sayso.claims("body")`` and ``df.sayso.articles("body")``: new frames aligned with
    ``df``'s index (the claims frame repeats an article's index label once per claim)."""

    def __init__(self, obj: pd.DataFrame):
        self._obj = obj

    def _column(self, column: Any) -> pd.Series:
        if column not in self._obj.columns:
            raise KeyError(f"no column {column!r}; columns are {list(self._obj.columns)}")
        if list(self._obj.columns).count(column) > 1:
            raise ValueError(f"column name {column!r} is not unique")
        return self._obj[column]

    def claims(self, column: Any, **kwargs: Any) -> pd.DataFrame:
        """One row per claim of ``df[column]``; see :func:`sayso.claims_frame`."""
        return claims_frame(self._column(column), **kwargs)

    def articles(self, column: Any, **kwargs: Any) -> pd.DataFrame:
        """One row per row of ``df``; see :func:`sayso.articles_frame`."""
        return articles_frame(self._column(column), **kwargs)


@pd.api.extensions.register_series_accessor("sayso")
class SaysoSeriesAccessor:
    """``s.sayso.claims()`` and ``s.sayso.articles()`` for a Series of texts."""

    def __init__(self, obj: pd.Series):
        self._obj = obj

    def claims(self, **kwargs: Any) -> pd.DataFrame:
        """One row per claim; see :func:`sayso.claims_frame`."""
        return claims_frame(self._obj, **kwargs)

    def articles(self, **kwargs: Any) -> pd.DataFrame:
        """One row per row of the Series; see :func:`sayso.articles_frame`."""
        return articles_frame(self._obj, **kwargs)


__all__ = [
    "ARTICLE_COLUMNS",
    "CLAIM_COLUMNS",
    "LABELS",
    "ORIGINS",
    "articles_frame",
    "claims_frame",
]
