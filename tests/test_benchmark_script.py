"""Smoke test of python/benchmarks/throughput.py: it runs and writes every JSON field (the
numbers themselves are not checked; benchmarks are not run in CI)."""

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "python" / "benchmarks" / "throughput.py"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_quick_run_writes_json(tmp_path, lang):
    out = tmp_path / "perf.json"
    dump = tmp_path / "corpus.jsonl"
    p = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--quick",
            "--articles",
            "12",
            "--json",
            str(out),
            "--dump",
            str(dump),
            "--lang",
            lang,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert p.returncode == 0, p.stderr
    assert "articles/s" in p.stdout
    report = json.loads(out.read_text())
    for key in (
        "git",
        "machine",
        "corpus",
        "results",
        "scaling",
        "first_result",
        "linear",
        "targets",
    ):
        assert key in report
    assert report["corpus"]["articles"] == 12
    assert report["corpus"]["lang"] == lang
    bodies = [json.loads(line)["body"] for line in dump.read_text(encoding="utf-8").splitlines()]
    assert len(bodies) == 12
    # The Russian corpus is Russian: more Cyrillic letters than Latin ones in every article.
    cyrillic = [sum("а" <= c <= "я" for c in b.lower()) for b in bodies]
    latin = [sum("a" <= c <= "z" for c in b.lower()) for b in bodies]
    assert all((c > la) == (lang == "ru") for c, la in zip(cyrillic, latin))
    apis = {(r["api"], r["threads"]) for r in report["results"]}
    assert ("score_many", 1) in apis and ("claims_frame", 1) in apis
    for r in report["results"]:
        for key in ("median_s", "articles_per_s", "mb_per_s", "peak_rss_mb", "n_claims"):
            assert key in r
        assert r["n_claims"] > 0
    assert set(report["scaling"]) == {"score_many", "claims_frame"}
    assert set(report["cpu_overhead"]) == {"score_many", "claims_frame"}
    for key in ("score_first_result_s", "first_claims_frame_s"):
        assert key in report["first_result"]
    for key in ("small_s_per_mb", "big_s_per_mb", "ratio"):
        assert key in report["linear"]
    assert "linear_ratio" in report["targets"]


@pytest.mark.parametrize("module", ["corpus", "corpus_ru"])
def test_corpus_is_deterministic(module):
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        corpus = importlib.import_module(module)
    finally:
        sys.path.remove(str(SCRIPT.parent))
    assert corpus.article(1, 5) == corpus.article(1, 5)
    assert corpus.article(1, 5) != corpus.article(2, 5)
    assert list(corpus.articles(1, 3, start=4)) == [corpus.article(1, i) for i in (4, 5, 6)]
    assert len(corpus.long_article(3, 5_000).encode()) >= 5_000
