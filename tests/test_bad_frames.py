"""Bad values in frames: every row is kept, the index comes back as given, missing cells are
reported row by row, and ``strict=True`` is a TypeError naming the row.

test_frames.py covers single bad cells (None, NaN, pd.NA, ints, bytes) in a three-row column;
these tests mix every kind in one column, on odd indexes, empty inputs and other dtypes.
"""

from __future__ import annotations

import numpy as np
import pytest

pd = pytest.importorskip("pandas")

import sayso
from sayso import frames

NAMED = "The minister said the bridge would reopen on Monday."
ANON = "Officials who asked not to be named said the talks had stalled."


def mixed_cells() -> list[tuple[object, bool]]:
    """(cell, is missing) for every kind of value a scraped column may hold."""
    return [
        (NAMED, False),
        (None, True),
        (float("nan"), True),
        (np.nan, True),
        (np.float32("nan"), True),
        (pd.NA, True),
        (pd.NaT, True),
        (b"The minister said so.", True),
        (bytearray(b"x"), True),
        (42, True),
        (np.int64(7), True),
        (3.5, True),
        (True, True),
        ([NAMED], True),
        ({"body": NAMED}, True),
        (np.str_(ANON), False),  # a str subclass is a str
        ("", False),
        (ANON, False),
    ]


def check_articles(art: pd.DataFrame, index: pd.Index, missing: list[bool]) -> None:
    assert list(art.columns) == list(frames.ARTICLE_COLUMNS)
    assert len(art) == len(index)
    assert art.index.tolist() == index.tolist()
    assert art["missing"].tolist() == missing
    gone = art[art["missing"]]
    assert (gone["n_claims"] == 0).all()
    assert gone["score"].isna().all()


@pytest.mark.parametrize(
    "index",
    [
        pd.RangeIndex(18),
        pd.Index([5] * 9 + [2] * 9),  # duplicates
        pd.Index([f"doc-{i % 4}" for i in range(18)], name="doc"),  # duplicate strings
        pd.Index(range(170, -10, -10)),  # descending, not starting at 0
        pd.DatetimeIndex(["2024-03-01"] * 18),
        pd.MultiIndex.from_arrays([[i // 3 for i in range(18)], ["x", "y", "x"] * 6]),
        pd.CategoricalIndex(["a", "b", "a"] * 6),
    ],
    ids=["range", "dup-int", "dup-str", "descending", "datetime", "multi", "categorical"],
)
def test_mixed_bad_cells_keep_rows_and_index(index: pd.Index) -> None:
    cells = mixed_cells()
    s = pd.Series([c for c, _ in cells], index=index, dtype=object)
    missing = [m for _, m in cells]
    art = sayso.articles_frame(s)
    check_articles(art, index, missing)
    # Strings are scored exactly as on their own, whatever sits between them.
    got = art[~art["missing"]].reset_index(drop=True)
    want = sayso.articles_frame([NAMED, ANON, "", ANON]).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, want)
    # The claims come only from the string rows, each under its row's label, in row order.
    claims = sayso.claims_frame(s)
    assert claims.index.tolist() == [index[0], index[15], index[17]]
    assert claims["text"].tolist() == [NAMED, ANON, ANON]
    # The accessors give the same frames.
    df = pd.DataFrame({"body": s, "other": range(18)}, index=index)
    pd.testing.assert_frame_equal(df.sayso.articles("body"), art)
    pd.testing.assert_frame_equal(df.sayso.claims("body"), claims)


def test_duplicate_index_keeps_every_row_in_order() -> None:
    s = pd.Series([NAMED, ANON, None, NAMED + " " + ANON], index=["a", "a", "a", "b"])
    art = sayso.articles_frame(s)
    assert art.index.tolist() == ["a", "a", "a", "b"]
    assert art["n_claims"].tolist() == [1, 1, 0, 2]
    assert art["missing"].tolist() == [False, False, True, False]
    claims = sayso.claims_frame(s)
    assert claims.index.tolist() == ["a", "a", "b", "b"]
    assert claims["label"].astype(str).tolist() == ["named", "anonymous", "named", "anonymous"]


@pytest.mark.parametrize(
    "empty",
    [
        [],
        (),
        pd.Series([], dtype=object),
        pd.Series([], dtype="str"),
        pd.Series([], dtype="category"),
        pd.Series([], dtype=float),
        np.array([], dtype=object),
        iter([]),
    ],
    ids=["list", "tuple", "object", "str", "category", "float", "numpy", "iterator"],
)
def test_empty_inputs_give_empty_frames_with_every_column(empty: object) -> None:
    art = sayso.articles_frame(empty)
    assert art.shape == (0, len(frames.ARTICLE_COLUMNS))
    assert list(art.columns) == list(frames.ARTICLE_COLUMNS)
    empty2 = list(empty) if not hasattr(empty, "__len__") else empty
    claims = sayso.claims_frame(empty2)
    assert claims.shape == (0, len(frames.CLAIM_COLUMNS))
    assert isinstance(claims["label"].dtype, pd.CategoricalDtype)


def test_empty_dataframe_through_the_accessor() -> None:
    df = pd.DataFrame({"body": pd.Series([], dtype=object)}, index=pd.Index([], name="doc"))
    art = df.sayso.articles("body")
    assert len(art) == 0 and art.index.name == "doc"
    assert len(df.sayso.claims("body")) == 0


def string_dtypes() -> list:
    out: list = ["category", "string", "str"]
    pa = pytest.importorskip("pyarrow")
    out += ["string[pyarrow]", pd.ArrowDtype(pa.string()), pd.ArrowDtype(pa.large_string())]
    return out


@pytest.mark.parametrize("dtype", string_dtypes(), ids=str)
def test_categorical_and_pyarrow_string_columns(dtype: object) -> None:
    values = [NAMED, None, ANON, NAMED, None]
    index = pd.Index([30, 10, 30, 20, 0], name="id")
    s = pd.Series(values, index=index, dtype=dtype)
    want_art = sayso.articles_frame(pd.Series(values, index=index, dtype=object))
    want_claims = sayso.claims_frame(pd.Series(values, index=index, dtype=object))
    art = sayso.articles_frame(s)
    pd.testing.assert_frame_equal(art, want_art)
    assert art["missing"].tolist() == [False, True, False, False, True]
    pd.testing.assert_frame_equal(sayso.claims_frame(s), want_claims)
    with pytest.raises(TypeError, match=r"\(position 1\) is missing, expected str"):
        sayso.articles_frame(s, strict=True)


def test_categorical_with_unused_categories() -> None:
    cat = pd.Categorical([ANON, None, ANON], categories=[NAMED, ANON, "unused"])
    art = sayso.articles_frame(pd.Series(cat))
    assert art["missing"].tolist() == [False, True, False]
    assert art["n_anonymous"].tolist() == [1, 0, 1]


@pytest.mark.parametrize(
    "column",
    [
        pd.Series([1, 2, 3]),
        pd.Series([np.nan, np.nan, np.nan]),
        pd.Series([pd.NA, pd.NA, pd.NA], dtype="Int64"),
        pd.Series([True, False, True]),
        pd.Series(pd.to_datetime(["2024-01-01", None, "2024-01-02"])),
    ],
    ids=["int", "all-nan", "nullable-int", "bool", "datetime"],
)
def test_columns_without_strings_are_all_missing(column: pd.Series) -> None:
    art = sayso.articles_frame(column)
    check_articles(art, column.index, [True, True, True])
    assert len(sayso.claims_frame(column)) == 0
    with pytest.raises(TypeError, match=r"row 0 \(position 0\) is .*expected str"):
        sayso.claims_frame(column, strict=True)


@pytest.mark.parametrize(
    ("bad", "what"),
    [
        (None, "missing"),
        (float("nan"), "missing"),
        (pd.NA, "missing"),
        (pd.NaT, "missing"),
        (b"bytes", "a bytes"),
        (7, "a int"),
        (2.5, "a float"),
        ([NAMED], "a list"),
    ],
    ids=repr,
)
def test_strict_type_error_names_the_first_bad_row(bad: object, what: str) -> None:
    s = pd.Series([NAMED, ANON, bad, None], index=["p", "q", "r", "s"], dtype=object)
    for fn in (sayso.claims_frame, sayso.articles_frame):
        with pytest.raises(TypeError) as e:
            fn(s, strict=True)
        msg = str(e.value)
        assert "row 'r' (position 2)" in msg and what in msg and "expected str" in msg
    # A TypeError is not a SaysoError: callers can tell bad input from an engine failure.
    assert not issubclass(TypeError, sayso.SaysoError)
    # strict=True passes when every cell is a string.
    assert len(sayso.articles_frame(s.iloc[:2], strict=True)) == 2


def test_very_long_strings_keep_their_row() -> None:
    para = "The minister said the bridge would reopen. Officials said it would not.\n\n"
    long_text = para * 30_000  # about 2 MB
    huge_word = "x" * 3_000_000  # 3 MB without a space
    s = pd.Series([NAMED, long_text, None, huge_word, ANON], index=list("vwxyz"))
    art = sayso.articles_frame(s)
    check_articles(art, s.index, [False, False, True, False, False])
    assert art.loc["w", "n_claims"] == 60_000
    assert art.loc["y", "n_claims"] <= 1
    claims = sayso.claims_frame(s)
    w = claims.loc["w"]
    assert len(w) == 60_000
    assert (w["start"].to_numpy()[1:] >= w["end"].to_numpy()[:-1]).all()
    last = w.iloc[-1]
    assert long_text[last["start"] : last["end"]] == last["text"]
    assert claims.loc["v", "text"] == NAMED and claims.loc["z", "text"] == ANON
