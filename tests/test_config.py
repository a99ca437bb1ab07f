"""Configuration as a user meets it (issue 6): custom outlets, lexicon entries and weights change
labels and scores; bad files fail with the key and line; `sayso config show|check` and
`--config`; a Scorer is immutable, thread-safe and pickles with its configuration."""

from __future__ import annotations

import json
import multiprocessing
import pickle
import subprocess
import sys
import threading
import tomllib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
import sayso
from sayso import cli

ROOT = Path(__file__).resolve().parent.parent
NEWSROOM = ROOT / "examples" / "newsroom.toml"
NEWSROOM_ARTICLE = ROOT / "examples" / "newsroom_article.txt"
EXAMPLE_ARTICLE = ROOT / "examples" / "example_article.txt"

DEFAULT = sayso.Scorer()
DEFAULTS = tomllib.loads(DEFAULT.config_toml())

VOICE = {"name": "Ardle Valley Voice", "kind": "newspaper", "aliases": ["the Valley Voice", "AVV"]}


def claim(scorer: sayso.Scorer, text: str) -> sayso.Claim:
    claims = scorer.score(text).claims
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


def reasons(c: sayso.Claim) -> dict[str, float]:
    return {r.rule: r.delta for r in c.reasons}


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run(argv, capsys) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# --- outlets -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("The mill will close, the Ardle Valley Voice reported.", "named"),
        ("The Ardle Valley Voice reported that the mill would close.", "named"),
        ("The mill will close, according to the Valley Voice.", "named"),
        ("The mill will close, AVV reported.", "named"),
    ],
)
def test_custom_outlet_turns_a_claim_into_relayed(text: str, before: str) -> None:
    assert claim(DEFAULT, text).label == before
    c = claim(sayso.Scorer({"outlet": [VOICE]}), text)
    assert c.label == "relayed"
    assert c.via == ["Ardle Valley Voice"]  # aliases resolve to the canonical name
    assert reasons(c) == {"B.NAMED_OUTLET": DEFAULTS["weights"]["base"]["named_outlet"]}


def test_custom_outlet_as_a_channel_keeps_the_origin() -> None:
    text = "Two officials told AVV that the mill would close."
    assert claim(DEFAULT, text).label == "anonymous"
    c = claim(sayso.Scorer({"outlet": [VOICE]}), text)
    assert (c.label, c.origin, c.via) == ("relayed", "anonymous", ["Ardle Valley Voice"])
    assert reasons(c)["M.RELAY.NATIONAL"] == DEFAULTS["weights"]["relay"]["national"]


def test_valley_courier_alias_becomes_a_relay_with_its_canonical_name() -> None:
    # "Courier" is a built-in outlet name part, so "the Valley Courier" is already an outlet;
    # an alias the defaults cannot guess is what the configuration adds.
    courier = {"name": "Valley Courier", "kind": "newspaper", "aliases": ["VC"]}
    text = "The mill will close, VC reported."
    assert claim(DEFAULT, text).label == "named"
    c = claim(sayso.Scorer({"outlet": [courier]}), text)
    assert (c.label, c.via) == ("relayed", ["Valley Courier"])


def test_outlet_kind_decides_the_weights() -> None:
    text = "Repairs will start in May, Vodny Vestnik said."
    w = DEFAULTS["weights"]
    expected = {
        "newspaper": w["base"]["named_outlet"] + w["relay_as_origin"]["national"],
        "state": w["base"]["named_outlet"] + w["relay_as_origin"]["state"],
        "social": w["relay_as_origin"]["social_base"],
    }
    for kind, base in expected.items():
        c = claim(sayso.Scorer({"outlet": [{"name": "Vodny Vestnik", "kind": kind}]}), text)
        assert c.label == "relayed", kind
        assert reasons(c) == {"B.NAMED_OUTLET": base}, kind


def test_outlet_alias_naming_a_telegram_channel_is_recognised() -> None:
    scorer = sayso.Scorer(
        {
            "outlet": [
                {
                    "name": "Vodny Vestnik",
                    "kind": "state",
                    "aliases": ["the Waterways Ministry's Telegram channel"],
                }
            ]
        }
    )
    c = claim(scorer, "Repairs will start in May, the Waterways Ministry's Telegram channel said.")
    assert c.via == ["Vodny Vestnik"]


def test_outlets_merge_by_name_ignoring_case() -> None:
    text = "The talks stalled, Reuters reported."
    scorer = sayso.Scorer({"outlet": [{"name": "reuters", "kind": "state"}]})
    w = DEFAULTS["weights"]
    assert reasons(claim(DEFAULT, text))["B.NAMED_OUTLET"] == (
        w["base"]["named_outlet"] + w["relay_as_origin"]["wire"]
    )
    assert reasons(claim(scorer, text))["B.NAMED_OUTLET"] == (
        w["base"]["named_outlet"] + w["relay_as_origin"]["state"]
    )
    # The entry was replaced, not added.
    outlets = tomllib.loads(scorer.config_toml())["outlet"]
    assert len(outlets) == len(DEFAULTS["outlet"])
    assert [o for o in outlets if o["name"].lower() == "reuters"] == [
        {"name": "reuters", "kind": "state", "aliases": [], "country": ""}
    ]


def test_replace_outlet_starts_from_an_empty_list() -> None:
    scorer = sayso.Scorer({"replace": ["outlet"], "outlet": [VOICE]})
    assert [o["name"] for o in tomllib.loads(scorer.config_toml())["outlet"]] == [VOICE["name"]]
    assert claim(scorer, "The mill will close, the Ardle Valley Voice reported.").label == "relayed"


# --- lexicon -------------------------------------------------------------------------------


def test_custom_anonymous_head_is_recognised() -> None:
    assert "stewards" not in DEFAULTS["sources"]["anonymous_heads"]
    text = "Stewards said the road was closed."
    assert claim(DEFAULT, text).label == "named"
    c = claim(sayso.Scorer({"sources": {"anonymous_heads": ["steward", "stewards"]}}), text)
    assert (c.label, c.source) == ("anonymous", "Stewards")
    assert "B.ANON" in reasons(c)


def test_custom_anonymity_phrase_is_recognised() -> None:
    assert not any("lobby" in p for p in DEFAULTS["cues"]["anonymity"])
    text = "The minister, speaking on lobby terms, said the road was closed."
    assert claim(DEFAULT, text).label == "named"
    c = claim(sayso.Scorer({"cues": {"anonymity": ["on lobby terms"]}}), text)
    assert (c.label, c.source) == ("anonymous", "The minister")
    assert "anonymity_explained" in c.flags


def test_custom_vague_collective_is_recognised() -> None:
    assert "stallholders" not in DEFAULTS["sources"]["vague_heads"]
    text = "Stallholders said the market was quiet."
    c = claim(sayso.Scorer({"sources": {"vague_heads": ["stallholders"]}}), text)
    assert c.label == "unconfirmed" and "vague_source" in c.flags
    assert reasons(c) == {"B.VAGUE": DEFAULTS["weights"]["base"]["vague"]}


def test_custom_reporting_cue_is_recognised() -> None:
    text = "Mayor Ann Hill grumbled that the road was closed."
    assert "grumbled" not in DEFAULTS["cues"]["neutral"]
    assert claim(DEFAULT, text).label == "unconfirmed"
    c = claim(sayso.Scorer({"cues": {"neutral": ["grumbled"]}}), text)
    assert (c.label, c.source, c.cue) == ("named", "Mayor Ann Hill", "grumbled")


def test_custom_reporting_cue_keeps_its_stance() -> None:
    text = "Mayor Ann Hill insinuated that the road was closed."
    c = claim(sayso.Scorer({"cues": {"distance_strong": ["insinuated"]}}), text)
    assert c.label == "named"
    assert reasons(c)["M.VERB.DISTANCE_STRONG"] == DEFAULTS["weights"]["verb"]["distance_strong"]


def test_custom_no_comment_phrase_and_abbreviation() -> None:
    c = claim(
        sayso.Scorer({"cues": {"no_comment": ["stayed silent when asked"]}}),
        "The minister stayed silent when asked about the road.",
    )
    assert "no_comment" in c.flags
    text = "Cmdt. Ola Berg said the road was closed."
    assert len(DEFAULT.score(text).claims) == 2  # split after "Cmdt."
    c = claim(sayso.Scorer({"language": {"abbreviations": ["Cmdt"]}}), text)
    assert c.source == "Cmdt. Ola Berg"


def test_lists_extend_the_defaults() -> None:
    scorer = sayso.Scorer({"cues": {"neutral": ["quipped"]}})
    neutral = tomllib.loads(scorer.config_toml())["cues"]["neutral"]
    assert neutral == [*DEFAULTS["cues"]["neutral"], "quipped"]
    assert claim(scorer, "The minister said the bridge would reopen.").label == "named"


def test_replace_really_replaces_a_list() -> None:
    hedged = "The minister said the bridge may reopen."
    odd = "The minister said the bridge would perchance reopen."
    assert "hedged" in claim(DEFAULT, hedged).flags
    extended = sayso.Scorer({"cues": {"hedges": ["perchance"]}})
    replaced = sayso.Scorer({"replace": ["cues.hedges"], "cues": {"hedges": ["perchance"]}})
    assert tomllib.loads(replaced.config_toml())["cues"]["hedges"] == ["perchance"]
    # Extending keeps "may"; replacing drops it.
    assert "hedged" in claim(extended, hedged).flags
    c = claim(replaced, hedged)
    assert "hedged" not in c.flags and not any(r.startswith("M.HEDGE") for r in reasons(c))
    assert "hedged" in claim(replaced, odd).flags
    assert "hedged" not in claim(DEFAULT, odd).flags


def test_outlet_names_are_matched_in_the_case_forms_the_declension_rules_make() -> None:
    # "источник «Росбалта»": the genitive of a listed one-word name is that outlet.
    said = "Как рассказал источник «Росбалта», сделка сорвалась."
    odd = said.replace("Росбалта", "Росбалты")
    assert claim(DEFAULT, said).label == "relayed" and claim(DEFAULT, said).via == ["Росбалт"]
    assert claim(DEFAULT, odd).label == "anonymous"
    ru = {"language": {"code": "ru"}}
    # Your rules are tried before the defaults; the first whose ending a name has applies.
    mine = {**ru, "grammar": {"name_declension": [{"ends": ["т"], "add": ["ы"]}]}}
    assert claim(sayso.Scorer(mine), odd).via == ["Росбалт"]
    assert claim(sayso.Scorer(mine), said).label == "anonymous"
    none = {**ru, "replace": ["grammar.name_declension"], "grammar": {"name_declension": []}}
    assert claim(sayso.Scorer(none), said).label == "anonymous"


def test_no_comment_frames_and_verbs_pair_up() -> None:
    text = "The council confirmed the sale but would not expound on the price."
    assert "no_comment" not in claim(DEFAULT, "The council would not expound on the price.").flags
    scorer = sayso.Scorer({"cues": {"no_comment_verbs": ["expound on"]}})
    last = scorer.score(text).claims[-1]
    assert last.label == "unconfirmed" and "no_comment" in last.flags
    # Every frame takes the new verb.
    assert "no_comment" in claim(scorer, "The council refused to expound on the price.").flags


def test_transcript_marks_are_data_and_only_the_mark_is_left_out() -> None:
    text = (
        "Health Secretary Maria Lopez spoke to our reporter.\n\n"
        "Q. Are hospitals ready?\n\n"
        "A. We have added beds: 2,000 of them.\n\n"
        "Q. Is that enough?\n\n"
        "A. The numbers speak for themselves."
    )
    scorer = sayso.Scorer({"grammar": {"question_marks": ["Q."], "answer_marks": ["A."]}})
    claims = scorer.score(text).claims
    said = [text[c.start : c.end] for c in claims]
    assert said[1] == "We have added beds: 2,000 of them."
    assert [c.source for c in claims[1:]] == ["Health Secretary Maria Lopez"] * 2
    # Without these marks configured, the last answer is nobody's.
    assert DEFAULT.score(text).claims[-1].source is None


# --- weights -------------------------------------------------------------------------------


def test_changed_weight_changes_the_score_and_its_reason() -> None:
    text = "Mayor Ann Hill claimed that the road was closed."
    before = claim(DEFAULT, text)
    after = claim(sayso.Scorer({"weights": {"verb": {"distance_strong": -10}}}), text)
    assert reasons(before)["M.VERB.DISTANCE_STRONG"] == -8
    assert reasons(after)["M.VERB.DISTANCE_STRONG"] == -10
    assert after.score == pytest.approx(before.score - 0.02)
    assert after.label == before.label == "named"


def test_changed_base_weight_changes_the_base_reason(tmp_path: Path) -> None:
    path = write(tmp_path, "w.toml", "[weights.base]\nnamed = 70   # points out of 100\n")
    c = claim(sayso.Scorer(path), "The minister said the bridge would reopen.")
    assert reasons(c) == {"B.NAMED": 70}
    assert c.score == pytest.approx(0.70)


def test_weight_beyond_the_family_cap_is_capped_in_the_reasons() -> None:
    text = "Mayor Ann Hill claimed that the road was closed."
    c = claim(sayso.Scorer({"weights": {"verb": {"distance_strong": -20}}}), text)
    r = reasons(c)
    assert r["M.VERB.DISTANCE_STRONG"] == -20
    assert r["M.VERB.DISTANCE_STRONG"] + r["M.VERB.CAP"] == DEFAULTS["weights"]["verb"]["cap_min"]


# --- bad configuration ---------------------------------------------------------------------

BAD_FILES = [
    # (file name, text, key in the message, line in the message, words in the message)
    (
        "unknown.toml",
        "# ours\n[weights.base]\n\nnmed = 70\n",
        "weights.base.nmed",
        4,
        "unknown key",
    ),
    ("unknown-top.toml", "[cue]\nneutral = ['x']\n", "cue", 1, "unknown key"),
    (
        "unknown.json",
        '{\n  "weights": {\n    "base": {\n      "nmed": 70\n    }\n  }\n}\n',
        "weights.base.nmed",
        4,
        "unknown key",
    ),
    ("type.toml", '[weights.base]\nnamed = "high"\n', "weights.base.named", 2, "found a string"),
    ("type-list.toml", '[cues]\nneutral = "opined"\n', "cues.neutral", 2, "expected a list"),
    ("type-entry.toml", "[cues]\nneutral = [1]\n", "cues.neutral", 2, "must be strings"),
    (
        "type.json",
        '{\n  "cues": {\n    "neutral": [\n      1\n    ]\n  }\n}\n',
        "cues.neutral",
        3,
        "must be strings",
    ),
    ("range.toml", "\n[weights.base]\nnamed = 170\n", "weights.base.named", 3, "out of range"),
    ("range-cap.toml", "[weights.verb]\ncap_min = 5\n", "weights.verb.cap_min", 2, "out of range"),
    (
        "range.json",
        '{\n"weights": {"base": {\n"named": -1}}}\n',
        "weights.base.named",
        3,
        "out of range",
    ),
    ("nan.toml", "[weights.base]\nnamed = nan\n", "weights.base.named", 2, "finite"),
    ("empty.toml", '[cues]\nhedges = ["maybe", "  "]\n', "cues.hedges", 2, "empty"),
    ("long.toml", '[cues]\nhedges = ["' + "x" * 201 + '"]\n', "cues.hedges", 2, "200 bytes"),
    ("lang.toml", '[language]\ncode = ""\n', "language.code", 2, "must not be empty"),
    (
        "saturation.toml",
        "[weights.aggregate]\ndiversity_saturation = 0\n",
        "weights.aggregate.diversity_saturation",
        2,
        "greater than 0",
    ),
    (
        "kind.toml",
        '[[outlet]]\nname = "Ardle Valley Voice"\nkind = "blog"\n',
        "outlet[0]",
        1,
        "unknown variant `blog`",
    ),
    (
        "outlet-field.toml",
        '[[outlet]]\nname = "Ardle Valley Voice"\nkind = "newspaper"\nurl = "x"\n',
        "outlet[0]",
        1,
        "unknown field `url`",
    ),
    (
        "outlet-kind.toml",
        '[[outlet]]\nname = "Ardle Valley Voice"\n',
        "outlet[0]",
        1,
        "missing field `kind`",
    ),
    ("malformed.toml", "[weights.base\nnamed = 1\n", None, 1, "invalid TOML"),
    ("malformed-value.toml", "[weights.base]\nnamed = = 1\n", None, 2, "invalid TOML"),
    ("malformed.json", '{\n"weights": {\n"base": {"named": 1,}\n}}', None, 3, "invalid JSON"),
]


@pytest.mark.parametrize(
    ("name", "text", "key", "line", "words"), BAD_FILES, ids=[b[0] for b in BAD_FILES]
)
def test_bad_file_names_file_key_and_line(
    tmp_path: Path, name: str, text: str, key: str | None, line: int, words: str
) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(sayso.ConfigError) as err:
        sayso.Scorer(path)
    msg = str(err.value)
    assert msg.startswith(f"{path}: "), msg
    if key is not None:
        assert f"{key} (line {line}): " in msg, msg
    else:
        assert f"line {line}: " in msg, msg
    assert words in msg, msg


BAD_DICTS = [
    ({"weights": {"base": {"nmed": 1}}}, "weights.base.nmed: unknown key"),
    ({"weights": {"base": {"named": "high"}}}, "weights.base.named: expected"),
    ({"weights": {"base": {"named": 500}}}, "weights.base.named: 500 is out of range"),
    ({"weights": {"base": {"named": float("nan")}}}, "weights.base.named: must be a finite"),
    ({"weights": {"verb": {"cap_max": float("inf")}}}, "weights.verb.cap_max: must be a finite"),
    ({"cues": {"neutral": "opined"}}, "cues.neutral: expected a list, found a string"),
    ({"cues": {"neutral": [None]}}, "cues.neutral[0]: null is not a valid value"),
    ({"cues": {"hedges": [""]}}, "cues.hedges: entries must not be empty strings"),
    ({"sources": {"anonymous_heads": [" "]}}, "sources.anonymous_heads: entries must not be empty"),
    ({"outlet": {"name": "X"}}, "outlet: expected a list, found a table"),
    ({"outlet": [{"name": "X", "kind": "blog"}]}, "outlet[0]: unknown variant `blog`"),
    (
        {"grammar": {"name_declension": [{"ending": ["т"]}]}},
        "grammar.name_declension[0]: unknown field `ending`",
    ),
    ({"grammar": {"name_declension": ["ом"]}}, "grammar.name_declension[0]: invalid type"),
    ({"replace": ["cues.hedge"]}, "replace: unknown key path `cues.hedge`"),
    ({"replace": "cues.hedges"}, "replace: must be a list of key paths"),
    ({"weights": {"base": {"named": {1, 2}}}}, "configuration is not serialisable"),
]


@pytest.mark.parametrize(("config", "message"), BAD_DICTS, ids=[m for _, m in BAD_DICTS])
def test_bad_dict_names_the_key(config: dict, message: str) -> None:
    with pytest.raises(sayso.ConfigError) as err:
        sayso.Scorer(config)
    assert str(err.value).startswith(message), str(err.value)
    assert "line " not in str(err.value)  # a dict has no lines: none are made up


@pytest.mark.parametrize(
    ("outlet", "message"),
    [
        ({"name": " ", "kind": "newspaper"}, "name: must not be empty"),
        ({"name": "X", "kind": "newspaper", "aliases": [""]}, "aliases: aliases must not be empty"),
    ],
)
def test_empty_outlet_names_and_aliases_are_errors(outlet: dict, message: str) -> None:
    # The index counts the merged list (defaults first): see the report on issue 6.
    with pytest.raises(sayso.ConfigError, match=rf"^outlet\[\d+\]\.{message}"):
        sayso.Scorer({"outlet": [outlet]})


def test_unreadable_and_non_utf8_files_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(sayso.ConfigError, match="cannot read configuration"):
        sayso.Scorer(tmp_path / "missing.toml")
    with pytest.raises(sayso.ConfigError, match="cannot read configuration"):
        sayso.Scorer(tmp_path)
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(b'[cues]\nneutral = ["caf\xe9"]\n')
    with pytest.raises(sayso.ConfigError, match=r"latin1\.toml: line 2: not UTF-8"):
        sayso.Scorer(latin1)


def test_a_byte_order_mark_is_not_an_error(tmp_path: Path) -> None:
    files = {
        "bom.toml": "[weights.base]\nnamed = 70\n",
        "bom.json": '{"weights": {"base": {"named": 70}}}',
    }
    for name, text in files.items():
        path = tmp_path / name
        path.write_bytes(b"\xef\xbb\xbf" + text.encode())
        c = claim(sayso.Scorer(path), "The minister said the bridge would reopen.")
        assert reasons(c) == {"B.NAMED": 70}, name


def test_config_error_is_a_sayso_error_and_a_value_error() -> None:
    assert issubclass(sayso.ConfigError, sayso.SaysoError)
    assert issubclass(sayso.ConfigError, ValueError)
    with pytest.raises(TypeError):
        sayso.Scorer(["weights"])  # type: ignore[arg-type]


# --- sayso config show | check -------------------------------------------------------------


def test_config_show_is_toml_that_round_trips(tmp_path: Path, capsys) -> None:
    code, out, _ = run(["config", "show"], capsys)
    assert code == 0
    shown = tomllib.loads(out)
    assert set(shown) == {
        "replace",
        "language",
        "cues",
        "sources",
        "grammar",
        "patterns",
        "outlet",
        "weights",
    }
    assert shown["weights"]["base"]["named"] == 80
    # It names every list in `replace`, so loading it back does not extend the defaults twice.
    assert "outlet" in shown["replace"] and "cues.neutral" in shown["replace"]
    assert sayso.Scorer(write(tmp_path, "again.toml", out)).config_toml() == out
    path = write(tmp_path, "shown.toml", out)
    again = sayso.Scorer(path)
    texts = [
        EXAMPLE_ARTICLE.read_text(encoding="utf-8"),
        NEWSROOM_ARTICLE.read_text(encoding="utf-8"),
        "Two officials told Reuters the talks had stalled. The minister may resign, aides said.",
    ]
    assert again.score_many(texts) == DEFAULT.score_many(texts)


def test_config_show_with_config_shows_the_merge(capsys) -> None:
    code, out, _ = run(["config", "show", "--config", NEWSROOM], capsys)
    assert code == 0
    shown = tomllib.loads(out)
    voice = [o for o in shown["outlet"] if o["name"] == "Ardle Valley Voice"]
    assert voice and voice[0]["aliases"] == ["the Valley Voice", "AVV"]
    assert shown["cues"]["anonymity"][-1] == "on lobby terms"
    assert len(shown["cues"]["anonymity"]) == len(DEFAULTS["cues"]["anonymity"]) + 1
    assert shown["weights"]["relay_as_origin"]["state"] == -20
    assert shown["weights"]["base"] == DEFAULTS["weights"]["base"]


def sayso_cmd(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sayso", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_config_check_exit_status(tmp_path: Path) -> None:
    ok = sayso_cmd("config", "check", NEWSROOM)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == f"{NEWSROOM}: ok"
    bad = write(
        tmp_path, "bad.toml", '[[outlet]]\nname = "X"\nkind = "newspaper"\n\n[cues]\nhedgs = []\n'
    )
    res = sayso_cmd("config", "check", bad)
    assert res.returncode == 1
    assert res.stdout == ""
    assert res.stderr.strip() == f"sayso: error: {bad}: cues.hedgs (line 6): unknown key"
    assert "Traceback" not in res.stderr
    missing = sayso_cmd("config", "check", tmp_path / "nope.toml")
    assert missing.returncode == 1 and "no such configuration file" in missing.stderr
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(b'[cues]\nneutral = ["caf\xe9"]\n')
    res = sayso_cmd("config", "check", latin1)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert "line 2: not UTF-8" in res.stderr


# --- --config on the commands --------------------------------------------------------------


def test_score_takes_config(capsys) -> None:
    _, before, _ = run(["score", "-f", "json", NEWSROOM_ARTICLE], capsys)
    for argv in (["--config", NEWSROOM, "score"], ["score", "--config", NEWSROOM]):
        code, after, _ = run([*argv, "-f", "json", NEWSROOM_ARTICLE], capsys)
        assert code == 0
        b = json.loads(before)[0]["claims"]
        a = json.loads(after)[0]["claims"]
        assert [c["label"] for c in b] == ["named", "named", "named", "anonymous", "named"]
        assert [c["label"] for c in a] == ["relayed", "anonymous", "relayed", "relayed", "named"]
        assert a[0]["via"] == ["Ardle Valley Voice"]


def test_score_with_a_bad_config_fails_cleanly(tmp_path: Path, capsys) -> None:
    bad = write(tmp_path, "bad.json", json.dumps({"weights": {"base": {"named": 101}}}, indent=2))
    code, out, err = run(["score", "--config", bad, NEWSROOM_ARTICLE], capsys)
    assert code == 1 and out == ""
    assert f"{bad}: weights.base.named (line 4): 101 is out of range" in err


def test_batch_takes_config(tmp_path: Path, capsys) -> None:
    pytest.importorskip("pandas")
    rows = [
        {"id": "a", "text": "The mill will close, the Ardle Valley Voice reported."},
        {"id": "b", "text": "The minister, speaking on lobby terms, said the road was closed."},
    ]
    src = write(tmp_path, "in.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    labels = {}
    for name, extra in (("default", []), ("newsroom", ["--config", NEWSROOM])):
        out = tmp_path / f"{name}.jsonl"
        code, _, err = run(["batch", src, "--out", out, "--id-col", "id", "-q", *extra], capsys)
        assert code == 0, err
        recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        labels[name] = {r["id"]: r["label"] for r in recs}
    assert labels["default"] == {"a": "named", "b": "named"}
    assert labels["newsroom"] == {"a": "relayed", "b": "anonymous"}


# --- the worked example in the README -------------------------------------------------------


def test_newsroom_example_changes_labels_as_the_readme_shows() -> None:
    text = NEWSROOM_ARTICLE.read_text(encoding="utf-8")
    before = DEFAULT.score(text).claims
    after = sayso.Scorer(NEWSROOM).score(text).claims
    assert [c.label for c in before] == ["named", "named", "named", "anonymous", "named"]
    assert [(c.label, c.via) for c in after] == [
        ("relayed", ["Ardle Valley Voice"]),  # the regional paper
        ("anonymous", []),  # the house phrase "on lobby terms"
        ("relayed", ["Vodny Vestnik"]),  # the ministry's channel, kind "state"
        ("relayed", ["Ardle Valley Voice"]),  # an alias of the paper
        ("named", []),  # untouched
    ]
    assert "anonymity_explained" in after[1].flags
    # The one weight change: a state outlet's own reporting starts at 60 - 20 instead of 60 - 10.
    w = DEFAULTS["weights"]
    assert reasons(after[2]) == {"B.NAMED_OUTLET": w["base"]["named_outlet"] - 20}
    assert after[2].score == pytest.approx((w["base"]["named_outlet"] - 20) / 100)
    assert after[4] == before[4]


# --- immutability, threads, processes -------------------------------------------------------

TEXTS = [
    NEWSROOM_ARTICLE.read_text(encoding="utf-8"),
    EXAMPLE_ARTICLE.read_text(encoding="utf-8"),
    "Two officials told AVV that the mill would close. Stewards said the road was closed.",
    "The minister, speaking on lobby terms, said the bridge may reopen.",
]
CUSTOM = {
    "outlet": [VOICE],
    "sources": {"anonymous_heads": ["stewards"]},
    "weights": {"base": {"anonymous": 50}, "hedge": {"epistemic_first": -7}},
}


def test_scorer_is_immutable(tmp_path: Path) -> None:
    config = json.loads(json.dumps(CUSTOM))
    path = write(tmp_path, "c.json", json.dumps(config))
    for scorer in (sayso.Scorer(config), sayso.Scorer(path)):
        expected = scorer.score_many(TEXTS)
        with pytest.raises(AttributeError):
            scorer._core = DEFAULT._core  # type: ignore[misc]
        with pytest.raises(AttributeError):
            scorer.config = {}  # type: ignore[attr-defined]
        with pytest.raises(AttributeError):
            del scorer._core
        # Changing what it was built from afterwards changes nothing.
        config["weights"]["base"]["anonymous"] = 10
        config["outlet"].clear()
        path.write_text("{}", encoding="utf-8")
        assert scorer.score_many(TEXTS) == expected


def test_scorer_is_safe_to_share_between_threads() -> None:
    scorer = sayso.Scorer(CUSTOM)
    expected = [scorer.score(t) for t in TEXTS]
    results: list = [None] * 8
    barrier = threading.Barrier(8)

    def work(i: int) -> None:
        barrier.wait()
        results[i] = [scorer.score(t) for t in TEXTS * 5] + scorer.score_many(TEXTS, n_threads=2)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for r in results:
        assert r == expected * 6


def test_configured_scorer_pickles_with_its_configuration(tmp_path: Path) -> None:
    path = write(tmp_path, "c.json", json.dumps(CUSTOM))
    scorer = sayso.Scorer(path)
    data = pickle.dumps(scorer)
    path.unlink()  # the pickle carries the configuration, not the path
    back = pickle.loads(data)
    assert back.config_toml() == scorer.config_toml()
    assert back.score_many(TEXTS) == scorer.score_many(TEXTS)
    assert back.score_many(TEXTS) != DEFAULT.score_many(TEXTS)


def test_configured_scorer_gives_identical_results_in_another_process() -> None:
    scorer = sayso.Scorer(CUSTOM)
    expected = [scorer.score(t) for t in TEXTS]
    # spawn: a fresh interpreter that shares nothing with this one but the pickle.
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        got = list(pool.map(scorer.score, TEXTS))
        toml_there = pool.submit(scorer.config_toml).result()
    assert got == expected
    assert toml_there == scorer.config_toml()
    assert [c.label for c in got[2].claims] == ["relayed", "anonymous"]
