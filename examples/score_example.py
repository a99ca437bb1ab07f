"""Score the bundled example article and print one row per claim, then the summary.

python examples/score_example.py [path/to/article.txt] [--outlet NAME]
"""

from __future__ import annotations

import argparse
import shutil
import textwrap
from pathlib import Path

import sayso

HERE = Path(__file__).resolve().parent


def cell(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def print_claims(article: sayso.Article, width: int, full: bool) -> None:
    head = f"{'#':>2}  {'label':<11} {'score':>5}  {'source':<26} {'via':<18} claim"
    print(head)
    print("-" * min(width, 120))
    indent = len(head) - len("claim")
    text_width = max(30, width - indent)
    for i, c in enumerate(article.claims):
        source = cell(c.source or "-", 26)
        via = cell(" > ".join(c.via) or "-", 18)
        claim = " ".join(c.text.split())
        lines = textwrap.wrap(claim, text_width) if full else [cell(claim, text_width)]
        lines = lines or [""]
        print(f"{i:>2}  {c.label:<11} {c.score:>5.2f}  {source:<26} {via:<18} {lines[0]}")
        for more in lines[1:]:
            print(" " * indent + more)


def print_summary(article: sayso.Article, width: int) -> None:
    def wrapped(head: str, items: list[str]) -> None:
        print(textwrap.fill(head + ("; ".join(items) or "-"), width, subsequent_indent="  "))

    s = article.summary
    print()
    print(f"article score: {article.score:.2f}   claims: {s['n_claims']}   ", end="")
    print(f"non-claims: {s['n_non_claims']}   publisher: {s['publisher'] or '-'}")
    print(
        "labels:  "
        + "   ".join(
            f"{label} {s['counts'][label]} ({s['shares'][label]:.0%})" for label in sayso.LABELS
        )
    )
    if s["weakest_central_claim"] is not None:
        weakest = article.claims[s["weakest_central_claim"]]
        print(f"weakest central claim: #{s['weakest_central_claim']} ({weakest.score:.2f})")
    wrapped("sources: ", s["sources"])
    wrapped("outlets: ", s["outlets"])
    wrapped("not claims: ", [f"{n.kind} {n.text.strip()!r}" for n in article.non_claims])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=HERE / "example_article.txt", type=Path)
    ap.add_argument("--outlet", help="the publisher, if you know it")
    ap.add_argument("--full", action="store_true", help="wrap long claims instead of cutting them")
    args = ap.parse_args()
    text = args.path.read_text(encoding="utf-8")
    article = sayso.score(text, outlet=args.outlet)
    width = shutil.get_terminal_size((120, 24)).columns
    print_claims(article, width, args.full)
    print_summary(article, width)


if __name__ == "__main__":
    main()
