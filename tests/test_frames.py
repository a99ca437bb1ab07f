"""pandas frames and accessors: rows kept, index aligned, offsets right, categoricals."""

from __future__ import annotations

import itertools
import pickle

import numpy as np
import pytest

pd = pytest.importorskip("pandas")

import sayso
from sayso import frames

NAMED = "The minister said the bridge would reopen on Monday."
ANON = "Officials who asked not to be named said the talks had stalled."
# Curly quotes, Cyrillic, guillemets and emoji before and inside claims: byte and code-point
# offsets differ everywhere.
UNICODE = (
    "🚀🚀 «Мост закрыт», — сказал Иван Петров. "
    "The spokesperson said “it’s fine” 🚀 and the road would reopen. "
    "Ютуб 🎉 reported that the minister resigned."
)


def test_claims_offsets_are_code_points_on_non_ascii_text():
    texts = [UNICODE, NAMED, "é" * 5 + " " + ANON]
    df = sayso.claims_frame(texts, progress=False)
    assert len(df) >= 3
    for art, row in zip(df.index, df.itertuples()):
        assert texts[art][row.start : row.end] == row.text
        if not pd.isna(row.source_start):
            assert texts[art][row.source_start : row.source_end] == row.source
        if not pd.isna(row.cue_start):
            assert texts[art][row.cue_start : row.cue_end] == row.cue
    # The same claims as the object API, in the same order.
    objs = [c for t in texts for c in sayso.score(t).claims]
    assert [c.text for c in objs] == df["text"].tolist()
    assert [c.start for c in objs] == df["start"].tolist()
    assert [c.label for c in objs] == df["label"].astype(str).tolist()
    assert np.allclose([c.score for c in objs], df["score"].to_numpy())


def test_labels_are_categoricals_in_fixed_order():
    df = sayso.claims_frame([NAMED, ANON])
    assert isinstance(df["label"].dtype, pd.CategoricalDtype)
    assert list(df["label"].cat.categories) == ["named", "anonymous", "relayed", "unconfirmed"]
    assert list(df["origin"].cat.categories) == ["named", "anonymous", "unknown", "unconfirmed"]
    assert df["label"].tolist() == ["named", "anonymous"]
    # Categories are there even when a label does not occur: value_counts shows zeros.
    counts = df["label"].value_counts()
    assert counts["relayed"] == 0 and counts["named"] == 1


def test_column_dtypes():
    df = sayso.claims_frame([NAMED])
    assert list(df.columns) == list(frames.CLAIM_COLUMNS)
    assert df["start"].dtype == np.int64 and df["score"].dtype == np.float64
    assert str(df["source_start"].dtype) == "Int64"
    empty = sayso.claims_frame(["", None])
    assert len(empty) == 0
    assert list(empty.columns) == list(frames.CLAIM_COLUMNS)
    assert isinstance(empty["label"].dtype, pd.CategoricalDtype)


MISSING_CELLS = [None, float("nan"), np.nan, pd.NA, 42, b"bytes"]


@pytest.mark.parametrize("bad", MISSING_CELLS, ids=repr)
def test_missing_cells_keep_their_row(bad):
    s = pd.Series([NAMED, bad, ANON], index=["x", "y", "z"], dtype=object)
    art = sayso.articles_frame(s)
    assert art.index.tolist() == ["x", "y", "z"]
    assert art["missing"].tolist() == [False, True, False]
    assert art.loc["y", "n_claims"] == 0 and np.isnan(art.loc["y", "score"])
    assert art.loc["x", "n_named"] == 1 and art.loc["z", "n_anonymous"] == 1
    claims = sayso.claims_frame(s)
    assert claims.index.tolist() == ["x", "z"]
    assert claims.loc["z", "text"] == ANON


@pytest.mark.parametrize("bad", MISSING_CELLS, ids=repr)
def test_strict_raises_naming_the_row(bad):
    s = pd.Series([NAMED, bad], index=["first", "second"], dtype=object)
    with pytest.raises(TypeError, match=r"row 'second' \(position 1\)"):
        sayso.claims_frame(s, strict=True)
    with pytest.raises(TypeError, match="second"):
        sayso.articles_frame(s, strict=True)


def test_pandas_string_dtypes_with_na():
    for dtype in ["string", "str"]:
        try:
            s = pd.Series([NAMED, None, ANON], dtype=dtype)
        except TypeError:  # "str" before pandas 3
            continue
        art = sayso.articles_frame(s)
        assert art["missing"].tolist() == [False, True, False]
        assert art.index.tolist() == [0, 1, 2]


def test_series_index_becomes_article_id_unless_ids_given():
    s = pd.Series([ANON, NAMED], index=pd.Index([10, 20], name="doc"))
    c = sayso.claims_frame(s)
    assert c.index.name == "doc" and c.index.tolist() == [10, 20]
    c2 = sayso.claims_frame(s, ids=["a", "b"])
    assert c2.index.tolist() == ["a", "b"]
    a = sayso.articles_frame([NAMED, ANON])
    assert a.index.equals(pd.RangeIndex(2)) and a.index.name == "article"
    with pytest.raises(ValueError, match="ids has 1 entries but texts has 2"):
        sayso.articles_frame([NAMED, ANON], ids=["a"])


def test_single_string_or_frame_is_rejected():
    with pytest.raises(TypeError, match="not a single str"):
        sayso.claims_frame(NAMED)
    with pytest.raises(TypeError, match="pass one column"):
        sayso.claims_frame(pd.DataFrame({"body": [NAMED]}))


def test_numpy_pyarrow_and_polars_columns():
    want = sayso.articles_frame([NAMED, None, ANON])
    got = sayso.articles_frame(np.array([NAMED, None, ANON], dtype=object))
    pd.testing.assert_frame_equal(got, want)
    pa = pytest.importorskip("pyarrow")
    got = sayso.articles_frame(pa.array([NAMED, None, ANON]))
    pd.testing.assert_frame_equal(got, want)
    got = sayso.articles_frame(pa.chunked_array([[NAMED], [None, ANON]]))
    pd.testing.assert_frame_equal(got, want)
    pl = pytest.importorskip("polars")
    got = sayso.articles_frame(pl.Series("body", [NAMED, None, ANON]))
    pd.testing.assert_frame_equal(got, want)


def test_articles_frame_matches_summary():
    texts = [NAMED + " " + ANON, UNICODE]
    df = sayso.articles_frame(texts)
    for i, t in enumerate(texts):
        a = sayso.score(t)
        s = a.summary
        row = df.iloc[i]
        assert row["score"] == pytest.approx(a.score)
        assert row["n_claims"] == s["n_claims"]
        for label in sayso.LABELS:
            assert row[f"n_{label}"] == s["counts"][label]
            assert row[f"share_{label}"] == pytest.approx(s["shares"][label])
        assert row["n_sources"] == len(s["sources"])
        assert row["n_non_claims"] == s["n_non_claims"]
        if s["weakest_central_claim"] is None:
            assert pd.isna(row["weakest_claim"])
        else:
            assert row["weakest_claim"] == s["weakest_central_claim"]
            assert row["premise_score"] == pytest.approx(s["premise_score"])


def test_dataframe_accessor_returns_index_aligned_frames():
    df = pd.DataFrame(
        {"body": [NAMED, None, ANON], "outlet": ["x", "y", "z"]},
        index=pd.Index(["d1", "d2", "d3"], name="doc"),
    )
    art = df.sayso.articles("body")
    assert art.index.equals(df.index)
    joined = df.join(art[["score", "missing"]])
    assert len(joined) == 3 and joined.loc["d2", "missing"]
    claims = df.sayso.claims("body")
    assert set(claims.index) <= set(df.index)
    # Each claim can be joined back to its article's row.
    back = claims.join(df[["outlet"]])
    assert back["outlet"].tolist() == ["x", "z"]
    with pytest.raises(KeyError, match="no column 'nope'"):
        df.sayso.claims("nope")


def test_series_accessor():
    s = pd.Series([NAMED, ANON], index=[5, 6])
    assert s.sayso.articles().index.tolist() == [5, 6]
    assert s.sayso.claims(n_threads=1)["label"].tolist() == ["named", "anonymous"]


def test_scorer_configuration_is_used():
    low = sayso.Scorer({"weights": {"base": {"named": 50}}})
    default = sayso.claims_frame([NAMED])["score"].iloc[0]
    custom = sayso.claims_frame([NAMED], scorer=low)["score"].iloc[0]
    assert custom < default
    assert low.claims_frame([NAMED])["score"].iloc[0] == custom


def test_threads_do_not_change_results():
    texts = [NAMED, ANON, UNICODE, None] * 40
    one = sayso.claims_frame(texts, n_threads=1)
    two = sayso.claims_frame(texts, n_threads=2)
    pd.testing.assert_frame_equal(one, two)
    with pytest.raises(sayso.SaysoError, match="n_threads"):
        sayso.claims_frame(texts, n_threads=0)


def test_chunked_progress_gives_the_same_frames(monkeypatch):
    pytest.importorskip("tqdm")
    monkeypatch.setattr(frames, "CHUNK", 7)
    texts = [NAMED, None, ANON, UNICODE] * 6  # 24 rows: 4 chunks
    ids = [f"r{i}" for i in range(len(texts))]
    with_bar = sayso.claims_frame(texts, ids=ids, progress=True)
    without = sayso.claims_frame(texts, ids=ids, progress=False)
    pd.testing.assert_frame_equal(with_bar, without)
    art_bar = sayso.articles_frame(texts, ids=ids, progress=True)
    pd.testing.assert_frame_equal(art_bar, sayso.articles_frame(texts, ids=ids, progress=False))
    assert art_bar["missing"].sum() == 6


def test_frames_pickle():
    df = sayso.claims_frame([NAMED, UNICODE])
    pd.testing.assert_frame_equal(pickle.loads(pickle.dumps(df)), df)


def test_low_level_columns_are_numpy():
    cols = sayso._core.claims_columns([NAMED, None, ANON])
    assert cols["article"].dtype == np.int64 and cols["article"].tolist() == [0, 2]
    assert cols["label"].dtype == np.int8 and cols["score"].dtype == np.float64
    assert cols["text"] == [NAMED, ANON]
    art = sayso._core.articles_columns([NAMED, None])
    assert art["missing"].tolist() == [False, True]
    with pytest.raises(TypeError, match=r"texts\[1\] is int"):
        sayso._core.claims_columns([NAMED, 1])


STRING_COLUMNS = ("text", "source", "cue", "via", "flags", "reasons")


def _decode(buffers):
    """Arrow (offsets, data, valid) buffers back to a list of str/None, by hand."""
    offsets, data, valid = buffers
    raw = data.tobytes()
    out = [raw[a:b].decode("utf-8") for a, b in itertools.pairwise(offsets)]
    if valid is not None:
        out = [s if ok else None for s, ok in zip(out, valid)]
    return out


def test_string_buffers_hold_the_same_cells_as_lists():
    texts = [NAMED, None, UNICODE, "", ANON, "No claim here", "Officials said it rained."]
    lists = sayso._core.claims_columns(texts)
    bufs = sayso._core.claims_columns(texts, strings="buffers")
    assert any(s is None for s in lists["source"])  # the null mask is exercised
    for key in STRING_COLUMNS:
        offsets, data, _ = bufs[key]
        assert offsets.dtype == np.int64 and data.dtype == np.uint8
        assert offsets[0] == 0 and len(offsets) == len(lists[key]) + 1
        assert _decode(bufs[key]) == lists[key], key
    np.testing.assert_array_equal(bufs["start"], lists["start"])
    empty = sayso._core.claims_columns([], strings="buffers")
    assert empty["text"][0].tolist() == [0] and len(empty["text"][1]) == 0
    with pytest.raises(ValueError, match="strings must be"):
        sayso._core.claims_columns([NAMED], strings="arrow")


@pytest.mark.skipif(not frames._ARROW_STRINGS, reason="needs pandas 3 with pyarrow")
def test_claims_frame_strings_are_arrow_backed_and_match_the_list_path():
    pa = pytest.importorskip("pyarrow")
    texts = [NAMED, None, UNICODE, ANON] * 300  # over CHUNK: progress=True joins chunks
    df = sayso.claims_frame(texts, progress=False)
    chunked = sayso.claims_frame(texts, progress=True)
    pd.testing.assert_frame_equal(df, chunked)
    cols = sayso._core.claims_columns(texts)
    index = pd.RangeIndex(len(texts), name="article")
    listed = frames._claims_from_columns(cols, index)
    pd.testing.assert_frame_equal(df, listed)
    assert isinstance(df["text"].array._pa_array, pa.ChunkedArray)
    assert df["source"].isna().any()


# Texts that have made the engine panic; whatever the engine does with them, Python sees a
# result or a SaysoError naming the row (never a PanicException, which escapes `except
# Exception`), and the other rows are unaffected.
HARD = [
    "The rate rose to 3.5¡ The minister said so.",
    "Prices rose 40“ a senior official told Reuters.",
]


@pytest.mark.parametrize("hard", HARD)
def test_engine_failures_are_sayso_errors_naming_the_row(hard):
    texts = [NAMED, None, hard]
    try:
        df = sayso.claims_frame(texts, n_threads=2)
    except sayso.SaysoError as e:
        assert "texts[2]" in str(e)
    else:
        assert set(df.index) <= {0, 2}
    try:
        sayso.articles_frame(texts)
    except sayso.SaysoError as e:
        assert "texts[2]" in str(e)


def test_lone_surrogate_is_a_sayso_error_naming_the_row():
    with pytest.raises(sayso.SaysoError, match=r"texts\[1\] is not valid Unicode"):
        sayso.claims_frame([NAMED, "broken \ud800 text"])


def _fresh_python(code: str) -> str:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_import_does_not_load_pandas_but_the_frames_are_there():
    # pandas takes most of a second to import: a CLI call or a worker that only scores
    # should not pay for it.
    got = _fresh_python(
        "import sys, sayso\n"
        "print('pandas' in sys.modules, 'claims_frame' in dir(sayso))\n"
        "print(sayso.claims_frame(['The minister said so.']).label.tolist())\n"
        "print('pandas' in sys.modules)\n"
    )
    assert got.splitlines() == ["False True", "['named']", "True"]


@pytest.mark.parametrize("order", ["sayso first", "pandas first"])
def test_accessors_are_registered_whichever_is_imported_first(order):
    imports = "import sayso\nimport pandas as pd\n"
    if order == "pandas first":
        imports = "import pandas as pd\nimport sayso\n"
    got = _fresh_python(
        imports + "df = pd.DataFrame({'text': ['Officials said the road was shut.']})\n"
        "print(df.sayso.claims('text').label.tolist())\n"
        "print(df.text.sayso.articles().n_claims.tolist())\n"
    )
    assert got.splitlines() == ["['anonymous']", "[1]"]


def test_pandas_still_imports_when_the_accessors_cannot_load():
    # The accessors are registered from inside pandas' import: a failure there must leave
    # pandas importable, with a warning, and the frame functions must say what is missing.
    got = _fresh_python(
        "import sys, warnings, sayso\n"
        "sys.modules['sayso.frames'] = None  # makes importing sayso.frames fail\n"
        "with warnings.catch_warnings(record=True) as w:\n"
        "    warnings.simplefilter('always')\n"
        "    import pandas\n"
        "print(pandas.DataFrame({'a': [1]}).shape)\n"
        "print(any('accessors are not available' in str(x.message) for x in w))\n"
        "try:\n"
        "    sayso.claims_frame\n"
        "except AttributeError as e:\n"
        "    print('is not available' in str(e))\n"
    )
    assert got.splitlines() == ["(1, 1)", "True", "True"]
