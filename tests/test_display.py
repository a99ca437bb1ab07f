"""Notebook HTML (escaped, faithful, self-contained, size-capped) and the plot helpers."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
import sayso
from sayso import _display

ALLOWED_TAGS = {"div", "span", "mark", "b"}

EVIL = (
    "WASHINGTON (Reuters) - The minister said <script>alert('x')</script> the bridge "
    "would reopen.\n\n"
    'Officials said <img src=x onerror="alert(1)"> it cost $5 and $10 & more.\n\n'
    "«Мост закрыт», the spokesperson said 🚀 “today”."
)


class Collector(HTMLParser):
    """Records tags, attributes and the text of the article body (without badges)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.attrs = []
        self.stack = []
        self.body = []
        self.marks = []
        self._mark = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        self.attrs.extend(attrs)
        cls = a.get("class", "")
        self.stack.append(cls)
        if tag == "mark":
            self._mark = []

    def handle_endtag(self, tag):
        cls = self.stack.pop()
        if tag == "mark" and self._mark is not None:
            self.marks.append("".join(self._mark))
            self._mark = None
        del cls

    def handle_data(self, data):
        in_text = any("sayso-text" in c for c in self.stack)
        in_badge = any("sayso-badge" in c or "sayso-truncated" in c for c in self.stack)
        if in_text and not in_badge:
            self.body.append(data)
            if self._mark is not None:
                self._mark.append(data)


def parse(html_text):
    p = Collector()
    p.feed(html_text)
    p.close()
    return p


def test_untrusted_markup_renders_as_text():
    art = sayso.score(EVIL)
    out = art._repr_html_()
    p = parse(out)
    assert set(p.tags) <= ALLOWED_TAGS, set(p.tags) - ALLOWED_TAGS
    assert not [k for k, _ in p.attrs if k.startswith("on")]
    assert "<script" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "&lt;img" in out
    # The reader sees exactly the article, markup included, as text.
    assert "".join(p.body) == EVIL


def test_claims_are_highlighted_with_their_text():
    art = sayso.score(EVIL)
    p = parse(_display.article_html(art))
    assert p.marks == [c.text for c in art.claims]
    out = _display.article_html(art)
    for c in art.claims:
        assert f"sayso-claim sayso-{c.label}" in out
        assert f"{c.score:.2f}" in out
    assert out.count('class="sayso-source"') >= 1
    assert out.count('class="sayso-cue"') >= 1


def test_legend_summary_and_self_contained():
    art = sayso.score(EVIL)
    out = _display.article_html(art)
    for label in sayso.LABELS:
        assert f"{label} {art.summary['counts'][label]}" in out
    assert f"article score {art.score:.2f}" in out
    # MathJax leaves the dollars alone; nothing is loaded from elsewhere.
    assert "tex2jax_ignore" in out and "mathjax_ignore" in out
    lowered = out.lower()
    for needle in ("<script", "<link", "<style", "http://", "https://", "url(", "@import"):
        assert needle not in lowered
    # Translucent fills and inherited text colour keep it readable on dark backgrounds.
    assert "color:inherit" in out


def test_long_articles_are_capped():
    text = "The minister said the bridge would reopen on Monday. " * 5000
    art = sayso.score(text)
    out = _display.article_html(art)
    assert len(out) < 20 * _display.MAX_CHARS
    assert "more characters not shown" in out
    p = parse(out)
    assert len("".join(p.body)) == _display.MAX_CHARS
    small = _display.article_html(art, max_chars=100)
    assert len(parse(small).body) and len("".join(parse(small).body)) == 100


def test_plain_repr_beside_html():
    art = sayso.score("The minister said so.")
    assert repr(art).startswith("Article(score=")
    assert "<" not in repr(art)


def test_empty_article():
    out = sayso.score("")._repr_html_()
    assert "0 claims" in out


# --- plots -----------------------------------------------------------------------------------


@pytest.fixture
def mpl():
    mpl = pytest.importorskip("matplotlib")
    mpl.use("Agg", force=True)
    import matplotlib.pyplot as plt

    yield plt
    plt.close("all")


def test_label_shares(mpl):
    pd = pytest.importorskip("pandas")
    import sayso.plot

    texts = [
        "The minister said so.",
        "Officials said the talks had stalled.",
        None,
        "The bridge is unsafe.",
    ]
    arts = sayso.articles_frame(texts)
    ax = sayso.plot.label_shares(arts)
    widths = [p.get_width() for p in ax.patches]
    assert len(widths) == 4 and sum(widths) == pytest.approx(1.0)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == list(sayso.LABELS)
    arts["outlet"] = pd.Series(["a", "b", "a", "b"])
    ax = sayso.plot.label_shares(arts, by="outlet")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a", "b"]
    with pytest.raises(ValueError, match="articles frame"):
        sayso.plot.label_shares(sayso.claims_frame(texts))


def test_score_distribution(mpl):
    pytest.importorskip("pandas")
    import sayso.plot

    claims = sayso.claims_frame(["The minister said so. Officials said no.", "It is unsafe."])
    ax = sayso.plot.score_distribution(claims, bins=10)
    # Stacked: the top of the last layer adds up to the number of claims.
    heights = [p.get_height() for p in ax.patches]
    assert sum(heights) >= len(claims)
    assert ax.get_xlim() == (0.0, 1.0)
    with pytest.raises(ValueError, match="claims frame"):
        sayso.plot.score_distribution(sayso.articles_frame(["x"]))


def test_quickstart_notebook_runs():
    """examples/quickstart.ipynb runs end to end, so it cannot go stale."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "examples" / "quickstart.ipynb"
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": path.parent}}
    )
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # jupyter_client's own deprecation notices
        client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("sayso-claim" in h for h in html)
