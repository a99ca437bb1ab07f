"""Hypothesis properties: on any Unicode text the results are well formed and deterministic.

Texts mix news-like fragments (cues, outlets, every style of quotation mark, datelines) with
arbitrary code points, combining marks, emoji, right-to-left script, CR/LF/CRLF and NUL, so that
the generated text reaches the attribution paths and not only "no claim". A few explicit inputs
(10,000 nested or unbalanced quotation marks) are always tried.
"""

from __future__ import annotations

import sayso
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

ORIGINS = {"named", "anonymous", "unknown", "unconfirmed"}

FRAGMENTS = [
    "The minister said",
    " a senior official told Reuters",
    " told this newspaper",
    " according to the ministry",
    ", citing a source in the delegation,",
    " state media reported",
    " reportedly",
    " declined to comment",
    " could not be independently verified",
    " experts say",
    " she added",
    " who asked not to be named",
    "KYIV, Nov 3 (Reuters) - ",
    "By Ann Lee\n\n",
    "Photo author, TASS Photo caption, ",
    "(Reporting by Ann Lee; Editing by Bo Roe)",
    " U.S.",
    " Mr.",
    " 3.5",
    "...",
    "…",
    ".",
    "?",
    "!",
    ":",
    " –",
    "“",
    "”",
    "«",
    "»",
    "„",
    "‘",
    "’",
    '"',
    "'",
    "\n",
    "\r",
    "\r\n",
    "\n\n",
    "\0",
    " ",
    "\t",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "😀",
    "👩\u200d👩\u200d👧",
    "🇺🇦",
    "e\u0301",
    "\u0301\u0308",
    "\u202e",  # right-to-left override
    " قال الوزير",  # Arabic: "the minister said"
    " «השר אמר»",  # Hebrew in guillemets
    " Он сказал",
    " 北京",
]

# Any code point except surrogates (a str with a lone surrogate has no UTF-8 form; that case is
# a SaysoError, tested in test_api.py).
ANY_CHAR = st.characters(exclude_categories=("Cs",))

fragment = st.one_of(
    st.sampled_from(FRAGMENTS),
    ANY_CHAR,
    st.text(alphabet=ANY_CHAR, max_size=8),
    st.from_regex(r"[A-Za-z]{1,8}", fullmatch=True).map(lambda w: " " + w),
)
texts = st.lists(fragment, max_size=60).map("".join)

PROPS = settings(
    max_examples=150,
    deadline=None,
    database=None,  # no .hypothesis/ directory in the checkout
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

DEEP_QUOTES = [
    "“" * 10_000 + "The minister said so." + "”" * 10_000,
    "The minister said " + "“" * 10_000,
    "”" * 10_000 + " a source told Reuters.",
    ("«“„‘" * 2_500) + " said the official",
    '"' * 10_001 + " experts say it is safe.",
    "The spokesman said “" * 10_000,
    "“a”" * 10_000,
]


def check(text: str, article: sayso.Article) -> None:
    n = len(text)
    prev_end = 0
    for c in article.claims:
        assert 0 <= c.start < c.end <= n, (c.start, c.end, n)
        assert c.start >= prev_end, f"claims overlap or are out of order at {c.start}"
        prev_end = c.end
        assert text[c.start : c.end] == c.text
        assert 0.0 <= c.score <= 1.0, c.score
        assert c.label in sayso.LABELS, c.label
        assert c.origin in ORIGINS, c.origin
        if c.label != "relayed":
            assert c.origin == c.label and not c.via
        # The source is a cleaned-up name (whitespace collapsed, or carried over from an earlier
        # sentence), so only its span is checked; the cue is the text as written.
        if c.source_span is not None:
            assert 0 <= c.source_span[0] <= c.source_span[1] <= n
        if c.cue_span is not None:
            assert 0 <= c.cue_span[0] <= c.cue_span[1] <= n
            assert text[c.cue_span[0] : c.cue_span[1]] == c.cue
    for nc in article.non_claims:
        assert 0 <= nc.start <= nc.end <= n
    assert 0.0 <= article.score <= 1.0, article.score
    assert article.summary["n_claims"] == len(article.claims)
    assert sum(article.summary["counts"].values()) == len(article.claims)


@PROPS
@given(texts)
@example("")
@example("\0")
@example("\r\n\r\n")
@example("“")
@example("The minister said “the bridge is safe.\r\nExperts say\0 it is not.")
@example("\u202eThe minister said\u202c «השר אמר» 😀\u0301.")
def test_claims_are_well_formed(text: str) -> None:
    check(text, sayso.score(text))


@PROPS
@given(st.text(alphabet=ANY_CHAR, max_size=300))
def test_arbitrary_unicode_is_well_formed(text: str) -> None:
    check(text, sayso.score(text))


def test_ten_thousand_nested_or_unbalanced_quotes() -> None:
    for text in DEEP_QUOTES:
        check(text, sayso.score(text))


@PROPS
@given(texts)
def test_scoring_is_deterministic(text: str) -> None:
    first = sayso.score(text)
    assert sayso.score(text) == first
    assert sayso.Scorer().score(text) == first
    assert first.to_dict() == sayso.score(text).to_dict()


@settings(PROPS, max_examples=40)
@given(st.lists(texts, max_size=12), st.sampled_from([1, 2, None]))
def test_score_many_equals_mapping_score(batch: list[str], n_threads: int | None) -> None:
    many = sayso.score_many(batch, n_threads=n_threads)
    assert many == [sayso.score(t) for t in batch]
    for t, a in zip(batch, many):
        check(t, a)


def test_score_many_on_the_hard_inputs_equals_mapping_score() -> None:
    batch = DEEP_QUOTES + ["", "\0", "😀\u0301", "\r\n"]
    assert sayso.score_many(batch, n_threads=2) == [sayso.score(t) for t in batch]
