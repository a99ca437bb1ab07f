"""Configuration errors: every bad configuration is a ``sayso.ConfigError`` that names the key
(and, for files, the file and line); nothing panics, nothing else escapes.

test_config.py covers the common mistakes (unknown keys, a wrong type or range per section,
empty entries, malformed files, unreadable paths); here are the remaining shapes of wrong
types and ranges, structural problems in files (duplicate and dotted keys, deep nesting,
top-level values that are not tables), non-mapping configurations, invalid regular expressions
in ``[patterns]`` and valid ones that match nothing or everything, and random configurations
and texts that must be accepted or rejected, never crash.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
import sayso
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# (configuration, key the message must name, words the message must contain)
BAD_DICTS = [
    ({"nope": 1}, "nope", "unknown key"),
    ({"cues": {"neutrall": ["x"]}}, "cues.neutrall", "unknown key"),
    ({"outlet": [{"name": "X", "kind": "wire", "colour": "red"}]}, "outlet[0]", "colour"),
    # wrong types
    ({"weights": {"base": {"named": True}}}, "weights.base.named", "found a boolean"),
    ({"weights": {"base": {"named": None}}}, "weights.base.named", "null"),
    ({"weights": {"base": {"named": [70]}}}, "weights.base.named", "found a list"),
    ({"weights": {"base": 5}}, "weights.base", "expected a table"),
    ({"weights": [1]}, "weights", "expected a table"),
    ({"cues": {"neutral": ["opined", 5]}}, "cues.neutral", "must be strings"),
    ({"cues": {"neutral": [["nested"]]}}, "cues.neutral", "must be strings"),
    ({"outlet": ["Reuters"]}, "outlet[0]", "table"),
    ({"outlet": [{"name": "X"}]}, "outlet[0]", "kind"),
    ({"language": {"code": 5}}, "language.code", "expected a string"),
    ({"replace": [3]}, "replace", "list of key paths"),
    # out-of-range weights
    ({"weights": {"base": {"named": 170}}}, "weights.base.named", "out of range"),
    ({"weights": {"base": {"named": -1}}}, "weights.base.named", "out of range"),
    ({"weights": {"base": {"named": 10**30}}}, "weights.base.named", "out of range"),
    ({"weights": {"base": {"named": float("inf")}}}, "weights.base.named", "finite"),
    ({"weights": {"verb": {"cap_min": 5}}}, "weights.verb.cap_min", "out of range"),
    ({"weights": {"verb": {"cap_max": -5}}}, "weights.verb.cap_max", "out of range"),
    ({"weights": {"relay": {"wire": 101}}}, "weights.relay.wire", "out of range"),
    (
        {"weights": {"aggregate": {"diversity_saturation": 0}}},
        "weights.aggregate.diversity_saturation",
        "greater than 0",
    ),
    (
        {
            "weights": {
                "aggregate": {
                    "composite_aas": 0,
                    "composite_premise": 0,
                    "composite_diversity": 0,
                    "composite_transparency": 0,
                }
            }
        },
        "weights.aggregate",
        "must not all be 0",
    ),
    # empty lexicon entries
    ({"language": {"abbreviations": [""]}}, "language.abbreviations", "empty"),
    ({"cues": {"neutral": ["x" * 300]}}, "cues.neutral", "200 bytes"),
    # The user's first outlet is outlet[0], whatever the number of built-in outlets.
    ({"outlet": [{"name": "", "kind": "wire"}]}, "outlet[0].name", "empty"),
    ({"outlet": [{"name": "X", "kind": "wire", "aliases": [""]}]}, "outlet[0].aliases", "empty"),
    # Python values JSON cannot carry.
    ({"weights": {"base": {"named": 1 + 2j}}}, None, "not serialisable"),
]


@pytest.mark.parametrize(("config", "key", "words"), BAD_DICTS, ids=lambda x: repr(x)[:50])
def test_bad_dict_is_a_config_error_naming_the_key(config: dict, key: str | None, words: str):
    with pytest.raises(sayso.ConfigError) as e:
        sayso.Scorer(config)
    msg = str(e.value)
    if key is not None:
        assert msg.startswith((f"{key}:", f"{key} ")), msg
    assert words in msg, msg


@pytest.mark.parametrize("config", [42, 3.5, [1, 2], b"weights.toml", object(), True])
def test_a_config_that_is_neither_mapping_nor_path_is_a_type_error(config: object) -> None:
    # Wrong types are TypeError throughout sayso (see the README), and the message says what
    # a configuration may be.
    with pytest.raises(TypeError, match="config must be a path, a mapping or None"):
        sayso.Scorer(config)  # type: ignore[arg-type]


# (file name, contents, key the message must name or None, line, words)
BAD_FILES = [
    ("multiline.toml", '[cues]\n\n\nneutral = [\n  "a",\n  5,\n]\n', "cues.neutral", 4, "strings"),
    ("dotted.toml", "[weights]\nverb.cap_min = 5\n", "weights.verb.cap_min", 2, "range"),
    ("table.toml", "[weights]\nbase = 3\n", "weights.base", 2, "expected a table"),
    ("top.toml", "x = 1\n", "x", 1, "unknown key"),
    ("dup.toml", "[weights.base]\nnamed = 70\nnamed = 71\n", None, 3, "duplicate key"),
    ("unclosed.toml", '[cues]\nneutral = ["a",\n', None, None, "invalid TOML"),
    ("big.toml", "[weights.base]\nnamed = 99999999999999999999\n", None, 2, "invalid TOML"),
    ("deep.toml", "a = " + "[" * 10_000 + "]" * 10_000 + "\n", None, 1, "invalid TOML"),
    ("nan.json", '{"weights": {"base": {"named": NaN}}}', None, 1, "invalid JSON"),
    ("blank.json", "", None, 1, "invalid JSON"),
    ("deep.json", '{"a": ' + "[" * 10_000 + "]" * 10_000 + "}", None, 1, "invalid JSON"),
    ("list.json", "[1, 2]", None, None, "JSON object"),
    ("string.json", '"weights"', None, None, "JSON object"),
    ("null.json", "null", None, None, "JSON object"),
]


@pytest.mark.parametrize(
    ("name", "text", "key", "line", "words"), BAD_FILES, ids=[f[0] for f in BAD_FILES]
)
def test_bad_file_names_the_file_key_and_line(
    tmp_path: Path, name: str, text: str, key: str | None, line: int | None, words: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(sayso.ConfigError) as e:
        sayso.Scorer(path)
    msg = str(e.value)
    assert msg.startswith(f"{path}: "), msg
    if key is not None:
        assert f": {key} " in msg or f": {key}:" in msg, msg
    if line is not None:
        assert f"line {line})" in msg or f"line {line}:" in msg, msg
    assert words in msg, msg
    # The same text passed as a string path gives the same error.
    with pytest.raises(sayso.ConfigError, match=re.escape(msg)):
        sayso.Scorer(str(path))


def test_an_empty_file_is_the_default_configuration(tmp_path: Path) -> None:
    for name in ["empty.toml", "comments.toml"]:
        path = tmp_path / name
        path.write_text("" if name == "empty.toml" else "# nothing\n\n# here\n", encoding="utf-8")
        assert sayso.Scorer(path).config_toml() == sayso.Scorer().config_toml()


# Random configurations: values of every JSON type under real and made-up keys. Each is either
# accepted (and then scores text) or a ConfigError; anything else (a panic, a TypeError, a
# crash) fails.
KEYS = [
    "weights",
    "base",
    "named",
    "verb",
    "cap_min",
    "cues",
    "neutral",
    "hedges",
    "outlet",
    "name",
    "kind",
    "aliases",
    "replace",
    "language",
    "code",
    "sources",
    "x",
    "",
]
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["wire", "cues.hedges", "outlet", "", " "]),
)
JSONISH = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(
    max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.dictionaries(st.sampled_from(KEYS), JSONISH, max_size=4))
def test_random_configurations_are_accepted_or_config_errors(config: dict) -> None:
    try:
        scorer = sayso.Scorer(config)
    except sayso.ConfigError as e:
        assert str(e)
        return
    article = scorer.score("The minister said the bridge would reopen.")
    assert 0.0 <= article.score <= 1.0


@settings(
    max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.text(max_size=200), st.sampled_from(["toml", "json"]))
def test_random_text_is_accepted_or_a_config_error(text: str, fmt: str) -> None:
    try:
        sayso._core.Scorer(text, fmt)
    except sayso.ConfigError as e:
        assert str(e)


# --- regular expressions in [patterns] -------------------------------------------------------

BAD_PATTERNS = [
    ("timestamp", "(unclosed", "unclosed group"),
    ("byline", "[z-a]", "invalid character class range"),
    ("dateline", "a{99999999}", "size limit"),
    ("trailer", "(?<name", "invalid regular expression"),
    ("credit_line", "\\", "invalid regular expression"),
]


@pytest.mark.parametrize(
    ("key", "pattern", "words"), BAD_PATTERNS, ids=[b[0] for b in BAD_PATTERNS]
)
def test_invalid_regular_expression_names_the_key(
    tmp_path: Path, key: str, pattern: str, words: str
):
    with pytest.raises(sayso.ConfigError) as e:
        sayso.Scorer({"patterns": {key: pattern}})
    msg = str(e.value)
    assert msg.startswith(f"patterns.{key}:"), msg
    assert words in msg, msg
    path = tmp_path / "patterns.toml"
    path.write_text(f"# mine\n[patterns]\n{key} = '''{pattern}'''\n", encoding="utf-8")
    with pytest.raises(sayso.ConfigError) as e:
        sayso.Scorer(path)
    msg = str(e.value)
    assert msg.startswith(f"{path}: patterns.{key} (line 3): "), msg


HOSTILE_TEXTS = [
    (
        "KYIV, Nov 3 (Reuters) - A source told Reuters it was over.\n\nBy Ann Lee\n\n"
        "Photo author, TASS Photo caption, The minister said so (Photo: AP).\n\n"
        "(Reporting by Ann Lee)"
    ),
    "",
    "x",
    "\n\n",
    "a" * 5_000 + "!" + "\n" + "The minister said so.",
]


@pytest.mark.parametrize(
    "key",
    [
        "timestamp",
        "byline",
        "trailer",
        "credit_line",
        "caption_prefix",
        "trailing_credit",
        "dateline",
    ],
)
def test_patterns_that_match_nothing_or_everything_keep_results_well_formed(key: str) -> None:
    # Empty matches, a match on every line, a capture of the whole line, and a pattern that
    # backtracks exponentially in engines that backtrack (Rust's regex does not).
    for pattern in ["", "^", "$", "^(.*)$", "(?s).*", r"\b", "(x)?", "^(a+)+$"]:
        scorer = sayso.Scorer({"patterns": {key: pattern}})
        for text in HOSTILE_TEXTS:
            t = time.perf_counter()
            article = scorer.score(text)
            assert time.perf_counter() - t < 5, (key, pattern)
            prev = 0
            for c in article.claims:
                assert prev <= c.start < c.end <= len(text), (key, pattern, c.start, c.end)
                assert text[c.start : c.end] == c.text
                assert 0.0 <= c.score <= 1.0
                prev = c.end
            for n in article.non_claims:
                assert 0 <= n.start <= n.end <= len(text), (key, pattern)
