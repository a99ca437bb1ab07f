"""The sayso command line: outputs, formats, exit codes and error messages."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
import sayso
from sayso import cli

pd = pytest.importorskip("pandas")

NAMED = "The minister said the bridge would reopen on Monday."
ANON = "Officials who asked not to be named said the talks had stalled."
UNICODE = "«Мост закрыт», — сказал Иван Петров. The spokesperson said “it’s fine” 🚀 today."
FORMULA = '=HYPERLINK("http://evil.example","x"), the spokesperson said.'

ROWS = [
    {"id": "a", "body": NAMED},
    {"id": "b", "body": None},
    {"id": "c", "body": UNICODE},
    {"id": "d", "body": ANON},
    {"id": "e", "body": FORMULA},
]


def run(argv, capsys):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "article.txt"
    p.write_text(NAMED + "\n\n" + ANON + "\n", encoding="utf-8")
    return p


@pytest.fixture
def corpus(tmp_path):
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8"
    )
    csv_path = tmp_path / "in.csv"
    pd.DataFrame(ROWS).to_csv(csv_path, index=False)
    out = {"jsonl": jsonl, "csv": csv_path}
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        pass
    else:
        parquet = tmp_path / "in.parquet"
        pd.DataFrame(ROWS).to_parquet(parquet)
        out["parquet"] = parquet
    return out


def read_any(path):
    suffix = path.suffix
    if suffix == ".jsonl":
        return pd.read_json(path, lines=True, dtype={"id": str})
    if suffix == ".csv":
        return pd.read_csv(path, dtype={"id": str})
    return pd.read_parquet(path)


# --- sayso score ---------------------------------------------------------------------------


def test_score_table(article, capsys):
    code, out, _ = run(["score", article], capsys)
    assert code == 0
    assert str(article) in out
    assert "named" in out and "anonymous" in out
    assert "The minister" in out
    assert "article score" in out and "2 claims" in out


def test_score_json_matches_the_api(article, capsys):
    code, out, _ = run(["score", "--format", "json", article], capsys)
    assert code == 0
    docs = json.loads(out)
    want = sayso.score(article.read_text(encoding="utf-8"))
    assert len(docs) == 1 and docs[0]["file"] == str(article)
    assert [c["label"] for c in docs[0]["claims"]] == [c.label for c in want.claims]
    assert docs[0]["score"] == pytest.approx(want.score)


def test_score_several_files_jsonl(article, tmp_path, capsys):
    other = tmp_path / "other.txt"
    other.write_text(UNICODE, encoding="utf-8")
    code, out, _ = run(["score", "-f", "jsonl", article, other], capsys)
    assert code == 0
    lines = [json.loads(x) for x in out.splitlines()]
    assert [d["file"] for d in lines] == [str(article), str(other)]
    text = other.read_text(encoding="utf-8")
    for c in lines[1]["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]


def test_score_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NAMED.encode())))
    code, out, _ = run(["score", "-f", "csv", "-"], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["file"] == "<stdin>" and rows[0]["label"] == "named"


def test_score_csv_neutralises_formulas(tmp_path, capsys):
    p = tmp_path / "evil.txt"
    p.write_text(FORMULA, encoding="utf-8")
    code, out, _ = run(["score", "-f", "csv", p], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and rows[0]["text"].startswith("'=HYPERLINK")
    for row in rows:
        for v in row.values():
            assert not v.startswith(("=", "+", "-", "@")), v


def test_score_missing_file_is_an_error_not_a_traceback(tmp_path, capsys):
    code, out, err = run(["score", tmp_path / "nope.txt"], capsys)
    assert code == 1 and out == ""
    assert "nope.txt" in err and "Traceback" not in err


def test_score_non_utf8_names_file_and_line(tmp_path, capsys):
    p = tmp_path / "latin1.txt"
    p.write_bytes(b"line one\nline two caf\xe9\n")
    code, _, err = run(["score", p], capsys)
    assert code == 1
    assert f"{p}:2: not UTF-8" in err


# --- sayso batch ---------------------------------------------------------------------------


@pytest.mark.parametrize("in_fmt", ["jsonl", "csv", "parquet"])
@pytest.mark.parametrize("out_fmt", ["jsonl", "csv", "parquet"])
def test_batch_claims_roundtrip(corpus, tmp_path, capsys, in_fmt, out_fmt):
    if in_fmt not in corpus or out_fmt == "parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / f"claims.{out_fmt}"
    argv = ["batch", corpus[in_fmt], "--text-col", "body", "--id-col", "id", "--out", out]
    code, _, err = run([*argv, "--chunk-size", "2", "--no-progress"], capsys)
    assert code == 0, err
    got = read_any(out)
    want = sayso.claims_frame([r["body"] for r in ROWS], ids=[r["id"] for r in ROWS])
    assert got["id"].tolist() == want.index.tolist()
    assert got["claim"].tolist() == want["claim"].tolist()
    assert got["label"].astype(str).tolist() == want["label"].astype(str).tolist()
    assert got["start"].tolist() == want["start"].tolist()
    assert got["score"].tolist() == pytest.approx(want["score"].tolist())
    texts = {r["id"]: r["body"] for r in ROWS}
    for row in got.itertuples():
        claim = row.text[1:] if out_fmt == "csv" and row.text.startswith("'=") else row.text
        assert texts[row.id][row.start : row.end] == claim
    if out_fmt == "parquet":
        assert isinstance(got["label"].dtype, pd.CategoricalDtype)
    if out_fmt == "csv":
        assert got.loc[got["id"] == "e", "text"].iloc[0].startswith("'=")


@pytest.mark.parametrize("in_fmt", ["jsonl", "csv"])
def test_batch_articles_keep_every_row(corpus, tmp_path, capsys, in_fmt):
    out = tmp_path / "articles.jsonl"
    argv = ["batch", corpus[in_fmt], "--text-col", "body", "--level", "articles", "--out", out]
    code, _, err = run(argv, capsys)
    assert code == 0, err
    assert "5 articles -> 5 articles rows" in err
    got = pd.read_json(out, lines=True)
    assert got["article"].tolist() == [0, 1, 2, 3, 4]
    assert got["missing"].tolist() == [False, True, False, False, False]
    assert got["n_claims"].iloc[0] == 1


def test_batch_stdout_and_threads(corpus, capsys):
    argv = ["batch", corpus["jsonl"], "--text-col", "body", "--out", "-", "--out-format", "jsonl"]
    code, out, _ = run([*argv, "--n-threads", "2"], capsys)
    assert code == 0
    assert len(out.splitlines()) == len(sayso.claims_frame([r["body"] for r in ROWS]))


def test_batch_strict_names_the_line(corpus, capsys, tmp_path):
    argv = ["batch", corpus["jsonl"], "--text-col", "body", "--strict", "--out"]
    code, _, err = run([*argv, tmp_path / "x.csv"], capsys)
    assert code == 1
    assert f"{corpus['jsonl']}:2: 'body' is null" in err


def test_batch_errors_name_file_and_line(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"body": "fine."}\n{"body": oops}\n', encoding="utf-8")
    code, _, err = run(["batch", bad, "--text-col", "body", "--out", tmp_path / "o.csv"], capsys)
    assert code == 1 and f"{bad}:2: invalid JSON" in err
    code, _, err = run(["batch", bad, "--text-col", "text", "--out", tmp_path / "o.csv"], capsys)
    assert code == 1 and f"{bad}:1: no field 'text'" in err
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("id,body\n1,fine\n2,too,many\n", encoding="utf-8")
    code, _, err = run(["batch", ragged, "--text-col", "body", "--out", tmp_path / "o.csv"], capsys)
    assert code == 1 and f"{ragged}:3:" in err
    code, _, err = run(["batch", tmp_path / "in.txt", "--out", tmp_path / "o.csv"], capsys)
    assert code == 1 and "no such file" in err
    code, _, err = run(
        ["batch", ragged, "--text-col", "body", "--out", tmp_path / "o.xlsx"], capsys
    )
    assert code == 1 and "cannot tell the format" in err


# --- sayso config --------------------------------------------------------------------------


def test_config_show_and_check(tmp_path, capsys):
    code, out, _ = run(["config", "show"], capsys)
    assert code == 0 and out == sayso.Scorer().config_toml()
    good = tmp_path / "good.toml"
    good.write_text("[weights.base]\nnamed = 50\n", encoding="utf-8")
    code, out, _ = run(["config", "check", good], capsys)
    assert code == 0 and "ok" in out
    bad = tmp_path / "bad.toml"
    bad.write_text("# comment\n[weights.base]\nnamd = 50\n", encoding="utf-8")
    code, _, err = run(["config", "check", bad], capsys)
    assert code == 1
    assert str(bad) in err and "namd" in err and "line 3" in err


def test_config_option_changes_scores(tmp_path, article, capsys):
    cfg = tmp_path / "low.toml"
    cfg.write_text("[weights.base]\nnamed = 50\n", encoding="utf-8")
    _, default, _ = run(["score", "-f", "json", article], capsys)
    for argv in (["--config", cfg, "score"], ["score", "--config", cfg]):
        code, out, _ = run([*argv, "-f", "json", article], capsys)
        assert code == 0
        assert (
            json.loads(out)[0]["claims"][0]["score"] < json.loads(default)[0]["claims"][0]["score"]
        )
    code, out, _ = run(["config", "show", "--config", cfg], capsys)
    assert code == 0 and out == sayso.Scorer(cfg).config_toml()
    code, _, err = run(["--config", tmp_path / "none.toml", "score", article], capsys)
    assert code == 1 and "none.toml" in err


# --- the installed entry points ------------------------------------------------------------


def test_python_dash_m_and_exit_codes(article):
    ok = subprocess.run(
        [sys.executable, "-m", "sayso", "score", "-f", "jsonl", str(article)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0 and json.loads(ok.stdout)["file"] == str(article)
    bad = subprocess.run(
        [sys.executable, "-m", "sayso", "score", str(article) + ".missing"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 1
    assert "Traceback" not in bad.stderr and ".missing" in bad.stderr
    usage = subprocess.run(
        [sys.executable, "-m", "sayso", "frobnicate"], capture_output=True, text=True, check=False
    )
    assert usage.returncode == 2


def test_help_documents_csv_safety(capsys):
    with pytest.raises(SystemExit) as e:
        cli.main(["batch", "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert "apostrophe" in out and "--text-col" in out and "--level" in out


def test_neutralise():
    assert cli.neutralise("=1+1") == "'=1+1"
    assert cli.neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert cli.neutralise("-2") == "'-2"
    assert cli.neutralise("fine") == "fine"
    assert cli.neutralise(3) == 3


def test_batch_error_midway_leaves_no_output(tmp_path, capsys):
    bad = tmp_path / "late.jsonl"
    good = "".join(json.dumps({"body": NAMED}) + "\n" for _ in range(5))
    bad.write_text(good + "not json\n", encoding="utf-8")
    out = tmp_path / "claims.csv"
    code, _, err = run(
        ["batch", bad, "--text-col", "body", "--out", out, "--chunk-size", "2"], capsys
    )
    assert code == 1 and f"{bad}:6: invalid JSON" in err
    assert list(tmp_path.iterdir()) == [bad]


def test_batch_empty_input_writes_a_header(tmp_path, capsys):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "claims.csv"
    code, _, _ = run(["batch", empty, "--out", out], capsys)
    assert code == 0
    assert out.read_text().splitlines() == [",".join(["article", *sayso.frames.CLAIM_COLUMNS])]


def test_batch_progress_bar(corpus, tmp_path, capsys):
    pytest.importorskip("tqdm")
    argv = ["batch", corpus["jsonl"], "--text-col", "body", "--out", tmp_path / "c.jsonl"]
    code, _, err = run([*argv, "--progress", "--chunk-size", "2"], capsys)
    assert code == 0
    assert "5article" in err.replace(" ", "")


def test_purge_delay_knob_rejects_negative_values():
    from sayso import _core

    _core._set_purge_delay(0)
    _core._set_purge_delay(10)  # mimalloc's default, for the rest of the session
    with pytest.raises(ValueError, match="at least 0"):
        _core._set_purge_delay(-1)
