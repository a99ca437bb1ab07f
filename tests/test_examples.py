"""The bundled example article and script work as the README shows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import sayso

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "example_article.txt"
SCRIPT = ROOT / "examples" / "score_example.py"


def test_example_article_scores_with_several_labels() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    article = sayso.score(text)
    assert len(article.claims) >= 10
    labels = {c.label for c in article.claims}
    assert len(labels) >= 3, labels
    for c in article.claims:
        assert text[c.start : c.end] == c.text
        assert 0.0 <= c.score <= 1.0 and c.reasons
    kinds = {n.kind for n in article.non_claims}
    assert "byline" in kinds and "trailer" in kinds


def test_example_article_has_every_label() -> None:
    article = sayso.score(ARTICLE.read_text(encoding="utf-8"))
    assert {c.label for c in article.claims} == set(sayso.LABELS)
    relayed = [c for c in article.claims if c.label == "relayed"]
    assert any("Brennock Courier" in " ".join(c.via) for c in relayed)
    assert any("no_comment" in c.flags for c in article.claims)


def test_russian_example_article_reads_with_the_russian_bundle() -> None:
    text = (ROOT / "examples" / "example_article_ru.txt").read_text(encoding="utf-8")
    article = sayso.score(text)
    assert {c.label for c in article.claims} == set(sayso.LABELS)
    vias = {v for c in article.claims for v in c.via}
    assert {"Интерфакс", "Ведомости"} <= vias
    kinds = {n.kind for n in article.non_claims}
    assert {"heading", "dateline", "caption-credit"} <= kinds


def test_example_script_runs() -> None:
    out = subprocess.run(
        [sys.executable, str(SCRIPT)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=120,
    ).stdout
    assert "label" in out and "article score" in out
    for label in sayso.LABELS:
        assert label in out
