"""The seed article reaches the accuracy issue 2 asks for.

A small, self-contained copy of the evaluation logic in shared/eval/evaluate.py:
a gold claim is matched by the predicted claim with the largest overlap, if that overlap covers at
least half of the gold span; its label is correct if it equals the gold label or is in the gold
``accept`` list.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import sayso

FIXTURES = Path(__file__).parent / "fixtures"
LABEL_ACCURACY = 0.90
CLAIM_RECALL = 0.95


@dataclass
class Result:
    n_gold: int
    matched: int
    correct: int
    misses: list[str]

    @property
    def claim_recall(self) -> float:
        return self.matched / self.n_gold

    @property
    def label_accuracy(self) -> float:
        return self.correct / self.n_gold


def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def evaluate(gold: dict, predicted: Sequence[Any]) -> Result:
    """`predicted`: objects with .start, .end, .label (sayso.Claim or stand-ins)."""
    text = gold["text"]
    preds = [c for c in predicted if c.end > c.start]
    res = Result(n_gold=0, matched=0, correct=0, misses=[])
    for g in gold["claims"]:
        res.n_gold += 1
        best, best_ov = None, 0
        for p in preds:
            ov = overlap(p.start, p.end, g["start"], g["end"])
            if ov > best_ov:
                best, best_ov = p, ov
        if best is None or best_ov < 0.5 * (g["end"] - g["start"]):
            res.misses.append(
                f"missed   gold={g['label']:<11} {text[g['start'] : g['end']][:80]!r}"
            )
            continue
        res.matched += 1
        if best.label == g["label"] or best.label in g.get("accept", []):
            res.correct += 1
        else:
            res.misses.append(
                f"mislabel gold={g['label']:<11} pred={best.label:<11} "
                f"{text[g['start'] : g['end']][:80]!r}"
            )
    return res


@pytest.fixture(scope="module")
def seed() -> tuple[dict, sayso.Article]:
    gold = json.loads((FIXTURES / "seed_gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    text = (FIXTURES / "seed_lavrov_blinken.txt").read_text(encoding="utf-8")
    assert text == gold["text"], "the fixture text and the gold text differ"
    return gold, sayso.score(text)


def test_seed_fixture_is_the_annotated_article(seed: tuple[dict, sayso.Article]) -> None:
    gold, _ = seed
    assert len(gold["claims"]) == 27
    assert len(gold["non_claims"]) == 4


def test_the_evaluation_itself(seed: tuple[dict, sayso.Article]) -> None:
    gold, _ = seed
    perfect = [SimpleNamespace(**c) for c in gold["claims"]]
    res = evaluate(gold, perfect)
    assert (res.claim_recall, res.label_accuracy) == (1.0, 1.0)
    # A span covering less than half of a gold claim does not match it.
    short = [
        SimpleNamespace(start=c["start"], end=c["start"] + 1, label=c["label"])
        for c in gold["claims"]
    ]
    assert evaluate(gold, short).matched == 0
    # Accepted alternatives count as correct, other labels do not.
    flipped = [
        SimpleNamespace(start=c["start"], end=c["end"], label=(c["accept"] or ["?"])[0])
        for c in gold["claims"]
    ]
    n_accept = sum(bool(c["accept"]) for c in gold["claims"])
    assert evaluate(gold, flipped).correct == n_accept


def test_seed_article_accuracy(seed: tuple[dict, sayso.Article]) -> None:
    gold, article = seed
    res = evaluate(gold, article.claims)
    report = (
        f"label_accuracy={res.label_accuracy:.3f} (need {LABEL_ACCURACY}), "
        f"claim_recall={res.claim_recall:.3f} (need {CLAIM_RECALL})\n" + "\n".join(res.misses)
    )
    assert res.claim_recall >= CLAIM_RECALL, report
    assert res.label_accuracy >= LABEL_ACCURACY, report


# Probe sets: invented articles annotated from labels.md by a separate annotator, then used to
# find missing rules (development data, like the seed). Floors guard each language bundle.
PROBES = [
    ("en_probe.jsonl", 0.90),
    ("ru_probe_1.jsonl", 0.98),
    ("ru_probe_2.jsonl", 0.94),
    ("en_probe_3.jsonl", 0.90),
    ("ru_probe_3.jsonl", 0.93),
    ("en_probe_4.jsonl", 0.93),
    ("ru_probe_4.jsonl", 0.93),
    ("en_probe_5.jsonl", 0.91),
    ("ru_probe_5.jsonl", 0.87),
    ("en_probe_6.jsonl", 0.94),
    ("ru_probe_6.jsonl", 0.91),
    ("en_probe_7.jsonl", 0.95),
    ("ru_probe_7.jsonl", 0.90),
    ("en_probe_8.jsonl", 0.88),
    ("ru_probe_8.jsonl", 0.89),
    ("en_probe_9.jsonl", 0.89),
    ("ru_probe_9.jsonl", 0.88),
    ("en_probe_10.jsonl", 0.93),
    ("ru_probe_10.jsonl", 0.89),
    ("en_probe_11.jsonl", 0.90),
    ("ru_probe_11.jsonl", 0.83),
    ("en_probe_12.jsonl", 0.95),
    ("ru_probe_12.jsonl", 0.92),
    ("en_probe_13.jsonl", 0.95),
    ("ru_probe_13.jsonl", 0.90),
    ("en_probe_14.jsonl", 0.92),
    ("ru_probe_14.jsonl", 0.93),
    ("en_probe_15.jsonl", 0.94),
    ("ru_probe_15.jsonl", 0.93),
    ("en_probe_16.jsonl", 0.88),
    ("ru_probe_16.jsonl", 0.95),
    ("en_probe_17.jsonl", 0.94),
    ("ru_probe_17.jsonl", 0.95),
    ("en_probe_18.jsonl", 0.96),
    ("ru_probe_18.jsonl", 0.95),
    ("en_probe_19.jsonl", 0.95),
    ("ru_probe_19.jsonl", 0.92),
    ("en_probe_20.jsonl", 0.88),
    ("ru_probe_20.jsonl", 0.89),
    ("en_probe_21.jsonl", 0.92),
    ("ru_probe_21.jsonl", 0.87),
    ("en_probe_22.jsonl", 0.94),
    ("ru_probe_22.jsonl", 0.92),
    ("en_probe_23.jsonl", 0.92),
    ("ru_probe_23.jsonl", 0.89),
    ("en_probe_24.jsonl", 0.93),
    ("ru_probe_24.jsonl", 0.87),
    ("en_probe_25.jsonl", 0.88),
    ("ru_probe_25.jsonl", 0.86),
    ("en_probe_26.jsonl", 0.90),
    ("ru_probe_26.jsonl", 0.88),
    ("en_probe_27.jsonl", 0.91),
    ("ru_probe_27.jsonl", 0.87),
    ("en_probe_28.jsonl", 0.93),
    ("ru_probe_28.jsonl", 0.89),
    ("en_probe_29.jsonl", 0.94),
    ("ru_probe_29.jsonl", 0.84),
    ("en_probe_30.jsonl", 0.94),
    ("ru_probe_30.jsonl", 0.95),
    ("en_probe_31.jsonl", 0.94),
    ("ru_probe_31.jsonl", 0.92),
    ("en_probe_32.jsonl", 0.96),
    ("ru_probe_32.jsonl", 0.95),
    ("en_probe_33.jsonl", 0.97),
    ("ru_probe_33.jsonl", 0.94),
    ("en_probe_34.jsonl", 0.96),
    ("ru_probe_34.jsonl", 0.95),
    ("en_probe_35.jsonl", 0.94),
    ("ru_probe_35.jsonl", 0.96),
    ("en_probe_36.jsonl", 0.97),
    ("ru_probe_36.jsonl", 0.96),
    ("en_probe_37.jsonl", 0.95),
    ("ru_probe_37.jsonl", 0.90),
    # Retired held-out sets: held out until the twenty-seventh session pooled their misses to
    # write rules (eval/heldout/README.md); since then development data like the probes.
    ("en_retired_1.jsonl", 0.95),
    ("ru_retired_1.jsonl", 0.95),
    ("en_retired_2.jsonl", 0.89),
    ("ru_retired_2.jsonl", 0.95),
    ("en_retired_3.jsonl", 0.96),
    ("ru_retired_3.jsonl", 0.94),
    ("en_retired_4.jsonl", 0.90),
    ("ru_retired_4.jsonl", 0.94),
    ("en_retired_5.jsonl", 0.94),
    ("ru_retired_5.jsonl", 0.94),
    ("en_retired_6.jsonl", 0.90),
    ("ru_retired_6.jsonl", 0.88),
    ("en_retired_7.jsonl", 0.96),
    ("ru_retired_7.jsonl", 0.93),
    ("en_retired_8.jsonl", 0.93),
    ("ru_retired_8.jsonl", 0.94),
    ("en_retired_9.jsonl", 0.93),
    ("ru_retired_9.jsonl", 0.95),
    ("en_retired_10.jsonl", 0.92),
    ("ru_retired_10.jsonl", 0.92),
    ("en_retired_11.jsonl", 0.92),
    ("ru_retired_11.jsonl", 0.91),
    ("en_retired_12.jsonl", 0.90),
    ("ru_retired_12.jsonl", 0.87),
    ("en_retired_13.jsonl", 0.86),
    ("ru_retired_13.jsonl", 0.86),
    ("en_retired_14.jsonl", 0.92),
    ("ru_retired_14.jsonl", 0.93),
    ("en_retired_15.jsonl", 0.89),
    ("ru_retired_15.jsonl", 0.92),
    ("en_retired_16.jsonl", 0.92),
    ("ru_retired_16.jsonl", 0.91),
    ("en_retired_17.jsonl", 0.91),
    ("ru_retired_17.jsonl", 0.87),
    ("en_retired_18.jsonl", 0.91),
    ("ru_retired_18.jsonl", 0.93),
    ("en_retired_19.jsonl", 0.92),
    ("ru_retired_19.jsonl", 0.89),
    ("en_retired_20.jsonl", 0.95),
    ("ru_retired_20.jsonl", 0.94),
    ("ru_retired_21.jsonl", 0.89),
]


@pytest.mark.parametrize(("name", "floor"), PROBES)
def test_probe_set_accuracy(name: str, floor: float) -> None:
    lines = (FIXTURES / "probes" / name).read_text(encoding="utf-8").splitlines()
    golds = [json.loads(line) for line in lines if line.strip()]
    scorer = sayso.Scorer()
    results = [evaluate(g, scorer.score(g["text"]).claims) for g in golds]
    n = sum(r.n_gold for r in results)
    correct = sum(r.correct for r in results)
    matched = sum(r.matched for r in results)
    misses = "\n".join(m for r in results for m in r.misses)
    report = f"{name}: label_accuracy={correct / n:.3f} (need {floor})\n{misses}"
    assert matched / n >= CLAIM_RECALL, report
    assert correct / n >= floor, report
