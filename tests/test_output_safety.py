"""Output safety: article text, source and outlet names never become markup in the notebook
HTML, and CSV written by the CLI never starts a cell with a spreadsheet formula.

test_display.py checks one article with <script> and <img onerror> in its text, and
test_cli.py one formula in a claim's text; these cover the other ways in: source names, cues,
outlets from the configuration or the ``outlet=`` argument, attribute-breaking quotes,
``javascript:`` URLs, and every CSV column of ``sayso score`` and ``sayso batch``.
"""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
import sayso
from sayso import cli

ALLOWED_TAGS = {"div", "span", "mark", "b"}
ALLOWED_ATTRS = {"class", "style", "title", "data-claim"}

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<a href=\"javascript:alert('x')\">click</a>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '" onmouseover="alert(1)" x="',
    "' onfocus='alert(1)' autofocus '",
    "</div></mark><script>alert(1)</script>",
    "<!-- --><svg onload=alert(1)>",
    "<style>body{display:none}</style>",
    "&lt;script&gt; &amp; &#x3C;b&#x3E;",
]


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        self.stack.append(dict(attrs).get("class") or "")

    def handle_endtag(self, tag: str) -> None:
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if any("sayso-text" in c for c in self.stack) and not any(
            "sayso-badge" in c or "sayso-truncated" in c for c in self.stack
        ):
            self.text.append(data)


def check_inert(html_text: str, article_text: str | None = None) -> Tags:
    p = Tags()
    p.feed(html_text)
    p.close()
    assert set(p.tags) <= ALLOWED_TAGS, set(p.tags) - ALLOWED_TAGS
    names = {k for k, _ in p.attrs}
    assert names <= ALLOWED_ATTRS, names - ALLOWED_ATTRS
    assert p.stack == [], "unbalanced markup"
    for k, v in p.attrs:
        if k == "style":
            assert "javascript" not in (v or "").lower() and "url(" not in (v or "").lower()
    lowered = html_text.lower()
    for raw in ("<script", "<img", "<a ", "<iframe", "<svg", "<style", "<!--"):
        assert raw not in lowered, raw
    if article_text is not None:
        # The reader sees the article exactly as written, markup included, as text.
        assert "".join(p.text) == article_text
    return p


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markup_in_text_and_source_names_stays_text(payload: str) -> None:
    text = (
        f"Minister Ann {payload} Lee said the bridge {payload} would reopen.\n\n"
        f"A senior official at {payload}, who asked not to be named, told Reuters “{payload}”.\n\n"
        f"Visit {payload} for details, the spokesperson said."
    )
    article = sayso.score(text, outlet=payload)
    assert article.claims, "the payload must reach claims, sources and titles"
    html_text = article._repr_html_()
    check_inert(html_text, text)
    # The summary shows the publisher; its markup is escaped too.
    assert article.summary["publisher"] == payload or article.summary["publisher"] is None


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markup_in_configured_outlet_names_stays_text(payload: str) -> None:
    # Text that names the outlet by its alias is relayed "via" the configured name, which then
    # appears in the claim's title and in the summary.
    name = f"Lakeside {payload}"
    scorer = sayso.Scorer(
        {"outlet": [{"name": name, "aliases": ["Lakeside Wire"], "kind": "wire"}]}
    )
    text = "Two officials told the Lakeside Wire that the cost had doubled."
    article = scorer.score(text)
    c = article.claims[0]
    assert c.label == "relayed" and c.via == [name]
    assert article.summary["outlets"] == [name]
    check_inert(article._repr_html_(), text)


def test_javascript_urls_are_never_links() -> None:
    text = (
        "The ministry said details were at javascript:alert(document.cookie) and "
        "JaVaScRiPt:alert(1), and at data:text/html;base64,PHNjcmlwdD4=.\n\n"
        '<a href="javascript:alert(1)">Experts say</a> it is safe.'
    )
    html_text = sayso.score(text)._repr_html_()
    p = check_inert(html_text, text)
    assert not [k for k, _ in p.attrs if k in ("href", "src", "action", "formaction")]


def test_long_hostile_article_stays_inert_when_cut() -> None:
    text = ("The minister said <script>alert(1)</script> it was fine. " * 1_000) + "<b>end</b>"
    html_text = sayso.score(text)._repr_html_()
    check_inert(html_text)
    assert "more characters not shown" in html_text


# --- CSV from the command line ---------------------------------------------------------------

FORMULAS = ["=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", '=HYPERLINK("http://x","y")', "\t=1", "\r=1"]


def csv_cells(text: str) -> list[dict[str, str]]:
    try:
        return list(csv.DictReader(io.StringIO(text, newline="")))
    except csv.Error as e:
        pytest.fail(f"not valid CSV ({e}): {text!r}")


def assert_no_formula(rows: list[dict[str, str]]) -> None:
    assert rows
    for row in rows:
        # A short row means a cell's line break was not quoted and the record was cut.
        assert None not in row.values() and None not in row, f"a broken CSV record: {row}"
        for key, value in row.items():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (key, value)


@pytest.mark.parametrize("formula", FORMULAS)
def test_score_csv_neutralises_every_column(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    formula: str,
) -> None:
    # A formula at the start of the claim, of the source, of the file name and of the cue.
    text = (
        f"{formula} the minister said.\n\n"
        f"{formula} Smith said the bridge would reopen.\n\n"
        f"A source told {formula} Wire that it was over."
    )
    monkeypatch.chdir(tmp_path)
    name = "=evil.txt" if formula.startswith("=") else "@evil.txt"
    Path(name).write_text(text, encoding="utf-8")
    code = cli.main(["score", "-f", "csv", name])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = csv_cells(out)
    assert_no_formula(rows)
    # Neutralised, not dropped: the apostrophe is the only change.
    claims = sayso.score(text).claims
    assert len(rows) == len(claims)
    for row, c in zip(rows, claims):
        assert row["file"] == "'" + name
        assert row["text"] == cli.neutralise(c.text)
        assert row["text"] in (c.text, "'" + c.text)


@pytest.mark.parametrize("level", ["claims", "articles"])
def test_batch_csv_neutralises_ids_texts_and_sources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], level: str
) -> None:
    pytest.importorskip("pandas")
    rows = [
        {"id": f, "body": f"{f} the minister said. {f} Lee said the bridge was {f}."}
        for f in FORMULAS
    ]
    rows.append({"id": "-7", "body": "-5 degrees, the forecaster said."})
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.csv"
    argv = ["batch", str(src), "--text-col", "body", "--id-col", "id", "--level", level]
    code = cli.main([*argv, "--out", str(out), "--outlet", "=cmd|' /C calc'!A0", "-q"])
    _, err = capsys.readouterr()
    assert code == 0, err
    with out.open(encoding="utf-8", newline="") as f:  # as the csv module wants it
        got = csv_cells(f.read())
    assert_no_formula(got)
    n_rows = (
        len(rows) if level == "articles" else len(sayso.claims_frame([r["body"] for r in rows]))
    )
    assert len(got) == n_rows
    assert {r["id"] for r in got} >= {"'" + r["id"] for r in rows if r["id"][0] in "=+-@"}
    if level == "claims":
        assert any(r["text"].startswith("'=1+1") for r in got)
