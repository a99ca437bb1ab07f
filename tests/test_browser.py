"""The notebook HTML rendered by a real browser: headless Chromium (Debian's ``chromium``).

test_display.py and test_output_safety.py parse ``Article._repr_html_()`` with Python's HTML
parser; this checks what a browser actually does with it. An article with claims of every label
and hostile content (a ``<script>``, an ``<img onerror>``, a ``javascript:`` link and an
attribute-breaking quote) is wrapped in a minimal page and loaded by Chromium twice:

* ``--dump-dom``: the DOM after the page ran. A trusted probe script, added by this test to the
  wrapper page (never part of sayso's output), records for every ``<mark>`` its text, computed
  background, size and whether it is the element actually painted at its centre. The test then
  checks that nothing injected ran (the title is unchanged) or became an element or attribute,
  that the hostile markup shows as text, and that every claim's text is in a visible highlight
  of its label's colour.
* ``--screenshot``: the rendered pixels contain each label's highlight colour (the translucent
  mark background over the white page; the legend badges are solid, so they cannot account for
  it).

The test fails (it does not skip) when Chromium is missing: CI installs it (.ci/run). Set
``SAYSO_CHROMIUM`` to use another binary; ``pytest -m "not browser"`` leaves it out.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
import sayso
from sayso import _display

pytestmark = pytest.mark.browser

TIMEOUT = 60  # seconds, per Chromium run
WINDOW = (1200, 1600)

SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"
LINK = "<a href=\"javascript:document.title='pwned'\">details</a>"
QUOTE = '" onmouseover="document.title=\'pwned\'" x="'

TEXT = (
    "WASHINGTON (Reuters) - Health Minister Jane Doe said on Monday that the bridge would "
    f"reopen {SCRIPT} next week.\n\n"
    "A senior official, who spoke on condition of anonymity, said the repairs cost $5 million "
    f"{IMG} and more.\n\n"
    "According to the Associated Press, the mayor said the city would sue the contractor; "
    f"see {LINK}.\n\n"
    "The bridge reportedly collapsed after years of neglect, javascript:document.title='pwned' "
    f"some residents claimed {QUOTE}.\n"
)

# Trusted test harness: runs after the article and after the page's load event, and writes what
# the browser computed into <pre id="probe">, which --dump-dom then shows.
PROBE = """
<pre id="probe"></pre>
<script id="sayso-test-probe">
window.addEventListener("load", () => setTimeout(() => {
  const root = document.querySelector(".sayso-article");
  const attrs = [];
  for (const el of root.querySelectorAll("*")) {
    for (const a of el.attributes) attrs.push([el.tagName.toLowerCase(), a.name, a.value]);
  }
  const marks = [...document.querySelectorAll("mark.sayso-claim")].map((m) => {
    const r = m.getBoundingClientRect();
    const first = m.getClientRects()[0];
    const hit = first && document.elementFromPoint(
      first.left + first.width / 2, first.top + first.height / 2);
    const cs = getComputedStyle(m);
    return {
      claim: Number(m.dataset.claim),
      cls: m.className,
      text: m.textContent,
      background: cs.backgroundColor,
      visibility: cs.visibility,
      display: cs.display,
      opacity: cs.opacity,
      width: r.width,
      height: r.height,
      inViewport: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
      paintedAtCentre: !!hit && (hit === m || m.contains(hit)),
    };
  });
  document.getElementById("probe").textContent = JSON.stringify({
    title: document.title,
    scripts: [...document.scripts].map((s) => s.id),
    elements: [...root.querySelectorAll("*")].map((el) => el.tagName.toLowerCase()),
    attrs: attrs,
    text: root.querySelector(".sayso-text").textContent,
    marks: marks,
  });
}, 200));
</script>
"""


def chromium() -> str:
    exe = os.environ.get("SAYSO_CHROMIUM") or shutil.which("chromium")
    exe = exe or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        pytest.fail(
            "Chromium is not installed: the browser test needs it (Debian: "
            "`apt-get install chromium`; .ci/run installs it when run as root), "
            "or set SAYSO_CHROMIUM to a Chromium binary. Deselect with -m 'not browser'."
        )
    return exe


def run_chromium(tmp_path, *args: str) -> subprocess.CompletedProcess:
    cmd = [
        chromium(),
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--force-color-profile=srgb",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        *args,
    ]
    try:
        done = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"Chromium did not finish within {TIMEOUT} s: {cmd}")
    assert done.returncode == 0, f"{cmd} exited {done.returncode}:\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def article():
    a = sayso.score(TEXT)
    labels = {c.label for c in a.claims}
    # The point is claims of several labels: if the scorer changes, pick new sentences.
    assert len(labels) >= 3, labels
    return a


@pytest.fixture(scope="module")
def page(article, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    path = tmp / "article.html"
    path.write_text(
        '<!doctype html><html><head><meta charset="utf-8"><title>sayso</title></head>'
        '<body style="background:#fff;color:#000;margin:8px">'
        f"{article._repr_html_()}{PROBE}</body></html>",
        encoding="utf-8",
    )
    return tmp, path


class ProbeReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.data = []

    def handle_starttag(self, tag, attrs):
        self.inside = self.inside or (tag == "pre" and ("id", "probe") in attrs)

    def handle_endtag(self, tag):
        if tag == "pre":
            self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.data.append(data)


@pytest.fixture(scope="module")
def probe(page):
    tmp, path = page
    done = run_chromium(tmp, "--virtual-time-budget=3000", "--dump-dom", path.as_uri())
    reader = ProbeReader()
    reader.feed(done.stdout)
    raw = "".join(reader.data)
    assert raw, f"the probe wrote nothing; the DOM Chromium dumped:\n{done.stdout[:3000]}"
    return json.loads(raw)


def rgba(label: str) -> tuple[int, int, int, float]:
    h = _display.COLOURS[label]
    return int(h[1:3], 16), int(h[3:5], 16), int(h[5:7], 16), 0x2E / 255


def test_injected_markup_stays_inert(probe):
    assert probe["title"] == "sayso", "an injected script ran"
    assert probe["scripts"] == ["sayso-test-probe"], "sayso's output added a <script>"
    assert set(probe["elements"]) <= {"div", "span", "mark", "b"}, probe["elements"]
    names = {name for _, name, _ in probe["attrs"]}
    assert names <= {"class", "style", "title", "data-claim"}, names
    for tag, name, value in probe["attrs"]:
        assert "javascript:" not in value.lower() or name == "title", (tag, name, value)
    # The hostile markup is there, as text.
    for payload in (SCRIPT, IMG, LINK, QUOTE):
        assert payload in probe["text"]


def test_every_claim_is_a_visible_highlight(article, probe):
    marks = {m["claim"]: m for m in probe["marks"]}
    assert sorted(marks) == list(range(len(article.claims)))
    for i, c in enumerate(article.claims):
        m = marks[i]
        assert m["text"] == article.text[c.start : c.end], (i, m["text"])
        assert f"sayso-{c.label}" in m["cls"].split()
        r, g, b, a = rgba(c.label)
        red, green, blue, alpha = m["background"].removeprefix("rgba(").rstrip(")").split(",")
        assert (int(red), int(green), int(blue)) == (r, g, b), (c.label, m["background"])
        assert abs(float(alpha) - a) < 0.01, (c.label, m["background"])
        assert m["visibility"] == "visible" and m["display"] != "none", m
        assert float(m["opacity"]) == 1.0, m
        assert m["width"] > 10 and m["height"] > 10, m
        assert m["inViewport"] and m["paintedAtCentre"], m


def test_screenshot_shows_each_label_colour(article, page):
    from PIL import Image  # Pillow comes with matplotlib, in the test extra

    tmp, path = page
    png = tmp / "article.png"
    run_chromium(tmp, f"--screenshot={png}", path.as_uri())
    assert png.stat().st_size > 10_000, png.stat().st_size
    with Image.open(png) as im:
        assert im.size == WINDOW, im.size
        counts = {p: n for n, p in im.convert("RGB").getcolors(WINDOW[0] * WINDOW[1])}
    assert len(counts) > 50, "the screenshot is (nearly) a single colour"
    for label in sorted({c.label for c in article.claims}):
        r, g, b, a = rgba(label)
        want = tuple(round(v * a + 255 * (1 - a)) for v in (r, g, b))
        near = sum(
            n
            for p, n in counts.items()
            if max(abs(p[0] - want[0]), abs(p[1] - want[1]), abs(p[2] - want[2])) <= 3
        )
        # A highlighted line is ~20 px high and hundreds wide: thousands of background pixels.
        assert near > 1000, f"{label}: {near} pixels of its highlight colour {want}"
