"""Dask: results equal the in-process frames, on the threaded scheduler and on a LocalCluster
with two worker processes (so the scorer and the results cross process boundaries)."""

from __future__ import annotations

import pickle

import pytest

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")

import sayso
import sayso.dask

TEXTS = [
    "The minister said the bridge would reopen on Monday.",
    None,
    "Officials who asked not to be named said the talks had stalled.",
    "«Мост закрыт», — сказал Иван Петров. The spokesperson said “it’s fine” 🚀 today.",
    "The bridge is unsafe, according to a report seen by Reuters.",
    "",
    "No one said anything.",
] * 3


@pytest.fixture
def frame():
    return pd.DataFrame(
        {"body": TEXTS, "n": range(len(TEXTS))},
        index=pd.Index([f"doc{i:02d}" for i in range(len(TEXTS))], name="doc"),
    )


def _same(got, want):
    got = got.copy()
    # Dask may hand back pyarrow-backed strings; compare values, not storage.
    for col in want.columns:
        if want[col].dtype == object or str(want[col].dtype) in ("str", "string"):
            got[col] = got[col].astype(want[col].dtype)
    pd.testing.assert_frame_equal(got, want, check_index_type=False)


def test_fixture_has_texts(frame):
    assert frame["body"].notna().sum() == len([t for t in TEXTS if t is not None])


def test_meta_matches_the_computed_frames(frame):
    ddf = dd.from_pandas(frame, npartitions=3)
    claims = sayso.dask.claims(ddf, text_col="body")
    arts = sayso.dask.articles(ddf, text_col="body")
    assert list(claims.columns) == list(sayso.frames.CLAIM_COLUMNS)
    assert list(arts.columns) == list(sayso.frames.ARTICLE_COLUMNS)
    assert isinstance(claims.dtypes["label"], pd.CategoricalDtype)
    assert arts.known_divisions and arts.divisions == ddf.divisions
    got = claims.compute(scheduler="sync")
    for col in ("claim", "start", "end", "score", "label", "origin", "source_start"):
        assert got[col].dtype == claims.dtypes[col], col


def test_threaded_equals_in_process(frame):
    ddf = dd.from_pandas(frame, npartitions=4)
    _same(
        sayso.dask.claims(ddf, text_col="body").compute(scheduler="threads"),
        sayso.claims_frame(frame["body"]),
    )
    _same(
        sayso.dask.articles(ddf["body"]).compute(scheduler="threads"),
        sayso.articles_frame(frame["body"]),
    )


def test_errors(frame):
    ddf = dd.from_pandas(frame, npartitions=2)
    with pytest.raises(TypeError, match="text_col"):
        sayso.dask.claims(ddf)
    with pytest.raises(KeyError, match="no column 'nope'"):
        sayso.dask.claims(ddf, text_col="nope")
    with pytest.raises(TypeError, match=r"row 'doc\d\d' \(position \d+\) is missing"):
        sayso.dask.articles(ddf, text_col="body", strict=True).compute(scheduler="sync")


def test_scorer_pickles_and_travels(frame):
    low = sayso.Scorer({"weights": {"base": {"named": 50}}})
    again = pickle.loads(pickle.dumps(low))
    assert again.config_toml() == low.config_toml()
    ddf = dd.from_pandas(frame, npartitions=2)
    got = sayso.dask.claims(ddf, text_col="body", scorer=low).compute(scheduler="processes")
    _same(got, sayso.claims_frame(frame["body"], scorer=low))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_local_cluster_two_processes(frame):
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        ddf = dd.from_pandas(frame, npartitions=4)
        claims = client.compute(sayso.dask.claims(ddf, text_col="body")).result()
        arts = client.compute(sayso.dask.articles(ddf, text_col="body")).result()
        # Articles and claims cross process boundaries too.
        art_objs = client.gather(client.map(sayso.score, [t for t in TEXTS if t]))
        workers = client.run(lambda: __import__("os").getpid())
    assert len(set(workers.values())) == 2
    _same(claims, sayso.claims_frame(frame["body"]))
    _same(arts, sayso.articles_frame(frame["body"]))
    assert art_objs == [sayso.score(t) for t in TEXTS if t]


# --- Spark (in the same file: both are "scaling out") -----------------------------------------


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    import shutil

    if shutil.which("java") is None:
        pytest.skip("Spark needs Java")
    import warnings

    from pyspark.sql import SparkSession

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        session = (
            SparkSession.builder.master("local[2]")
            .appName("sayso-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()
        )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.mark.filterwarnings("ignore::FutureWarning")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_spark_claims_and_articles(spark):
    import sayso.spark

    ids = [f"doc{i:02d}" for i in range(len(TEXTS))]
    df = spark.createDataFrame(list(zip(ids, TEXTS)), "id string, body string").repartition(3)
    claims = sayso.spark.claims(df, text_col="body")
    assert claims.columns == ["id", *sayso.frames.CLAIM_COLUMNS]
    got = claims.toPandas().sort_values(["id", "claim"]).reset_index(drop=True)
    want = sayso.claims_frame(TEXTS, ids=ids).reset_index(names="id")
    assert got["id"].tolist() == want["id"].tolist()
    assert got["text"].tolist() == want["text"].tolist()
    assert got["label"].tolist() == want["label"].astype(str).tolist()
    assert got["score"].tolist() == pytest.approx(want["score"].tolist())
    assert got["source_start"].isna().tolist() == want["source_start"].isna().tolist()

    arts = sayso.spark.articles(df, text_col="body", keep=["id"]).toPandas()
    arts = arts.sort_values("id").reset_index(drop=True)
    want_a = sayso.articles_frame(TEXTS, ids=ids)
    assert arts["id"].tolist() == ids
    assert arts["missing"].tolist() == want_a["missing"].tolist()
    assert arts["n_claims"].tolist() == want_a["n_claims"].tolist()
    with pytest.raises(ValueError, match="clash"):
        sayso.spark.articles(df.withColumnRenamed("id", "score"), text_col="body")
