"""Smoke test of python/benchmarks/throughput.py: it runs and writes every JSON field (the
numbers themselves are not checked; benchmarks are not run in CI)."""

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "python" / "benchmarks" / "throughput.py"


def test_quick_run_writes_json(tmp_path):
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
    assert len(dump.read_text().splitlines()) == 12
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


def test_corpus_is_deterministic():
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import corpus
    finally:
        sys.path.remove(str(SCRIPT.parent))
    assert corpus.article(1, 5) == corpus.article(1, 5)
    assert corpus.article(1, 5) != corpus.article(2, 5)
    assert len(corpus.long_article(3, 5_000).encode()) >= 5_000
