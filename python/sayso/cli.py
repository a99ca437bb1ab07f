"""The ``sayso`` command line (also ``python -m sayso``).

sayso score FILE...                     claims of each article, as a table, JSON, JSONL or CSV
sayso batch INPUT --out OUTPUT          a corpus (JSONL/CSV/Parquet) to claims or articles
sayso config show | config check FILE   the effective configuration / validate a file

Errors are reported as ``sayso: error: FILE:LINE: message`` with exit status 1 (2 for usage
errors), never as a traceback.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import shutil
import sys
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import sayso

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

CSV_NOTE = (
    "CSV output is safe to open in a spreadsheet: a text cell that starts with "
    "= + - @, a tab or a carriage return gets a leading apostrophe (') so it is not "
    "run as a formula."
)


class CliError(Exception):
    """A user-facing error: printed without a traceback, exit status 1."""


# --- helpers ---------------------------------------------------------------------------------


def neutralise(value: Any) -> Any:
    """A CSV cell that a spreadsheet will not execute: strings starting with = + - @, tab or
    carriage return get a leading apostrophe; everything else is returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _scorer(config: str | None) -> sayso.Scorer:
    if config is None:
        return sayso.Scorer()
    if not Path(config).is_file():
        raise CliError(f"{config}: no such configuration file")
    return sayso.Scorer(config)


def _read_text(path: str) -> str:
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as e:
        raise CliError(f"{path}: cannot read: {e.strerror or e}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise CliError(
            f"{_name(path)}:{line}: not UTF-8 text (byte {e.start}: {e.reason})"
        ) from None


def _name(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _want_bar(flag: bool | None) -> bool:
    if flag is not None:
        return flag
    return sys.stderr is not None and sys.stderr.isatty()


def _bar(enabled: bool, total: int | None, desc: str):
    if not enabled:
        return None
    try:
        from tqdm.auto import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="article", desc=desc, file=sys.stderr)


def _need(module: str, extra: str):
    try:
        return __import__(module)
    except ImportError:
        raise CliError(f"this needs {module}: pip install 'sayso[{extra}]'") from None


# --- sayso score -----------------------------------------------------------------------------


def _claim_row(c) -> dict:
    return {
        "start": c.start,
        "end": c.end,
        "label": c.label,
        "origin": c.origin,
        "score": round(c.score, 4),
        "source": c.source,
        "cue": c.cue,
        "via": " > ".join(c.via),
        "flags": ",".join(sorted(c.flags)),
        "text": c.text,
    }


def _shorten(s: str, width: int) -> str:
    s = " ".join(s.split())
    if len(s) <= width:
        return s
    return s[: max(width - 1, 0)] + "…"


def _print_table(name: str, article, out: TextIO) -> None:
    width = max(shutil.get_terminal_size((100, 24)).columns, 60)
    s = article.summary
    out.write(f"{name}\n")
    if not article.claims:
        out.write("  (no claims)\n")
    else:
        src_w = 24
        text_w = max(width - (4 + 12 + 6 + src_w + 6), 20)
        out.write(f"  {'#':>3}  {'label':<11} {'score':>5}  {'source':<{src_w}}  claim\n")
        for i, c in enumerate(article.claims):
            src = c.source or "-"
            if c.via:
                src += " via " + " > ".join(c.via)
            out.write(
                f"  {i:>3}  {c.label:<11} {c.score:>5.2f}  {_shorten(src, src_w):<{src_w}}  "
                f"{_shorten(c.text, text_w)}\n"
            )
    counts = ", ".join(f"{lab} {s['counts'][lab]}" for lab in sayso.LABELS)
    out.write(f"  article score {article.score:.2f} · {s['n_claims']} claims ({counts})\n")
    extra = []
    if s["sources"]:
        extra.append("sources: " + "; ".join(s["sources"]))
    if s["weakest_central_claim"] is not None:
        extra.append(
            f"weakest central claim: #{s['weakest_central_claim']} ({s['premise_score']:.2f})"
        )
    if s["publisher"]:
        extra.append(f"publisher: {s['publisher']}")
    out.writelines(
        textwrap.fill(line, width, initial_indent="  ", subsequent_indent="    ") + "\n"
        for line in extra
    )
    out.write("\n")


def cmd_score(args: argparse.Namespace, out: TextIO) -> int:
    scorer = _scorer(args.config)
    if args.files.count("-") > 1:
        raise CliError("'-' (stdin) can be given only once")
    documents = []
    for path in args.files:
        text = _read_text(path)
        documents.append((_name(path), scorer.score(text, args.outlet)))
    fmt = args.format
    if fmt == "table":
        for name, art in documents:
            _print_table(name, art, out)
    elif fmt in ("json", "jsonl"):
        objs = []
        for name, art in documents:
            d = art.to_dict()
            objs.append(
                {
                    "file": name,
                    "score": d["score"],
                    "summary": d["summary"],
                    "claims": d["claims"],
                    "non_claims": d["non_claims"],
                }
            )
        if fmt == "json":
            json.dump(objs, out, ensure_ascii=False, indent=2)
            out.write("\n")
        else:
            out.writelines(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)
    else:  # csv: one row per claim
        fields = ["file", "claim", *_claim_row_fields()]
        # RFC 4180 line ends: a cell holding a bare CR or LF is then quoted, not cut in two.
        w = csv.DictWriter(out, fieldnames=fields, lineterminator="\r\n")
        w.writeheader()
        for name, art in documents:
            for i, c in enumerate(art.claims):
                row = {"file": name, "claim": i, **_claim_row(c)}
                w.writerow({k: neutralise(v) for k, v in row.items()})
    return 0


def _claim_row_fields() -> list[str]:
    return ["start", "end", "label", "origin", "score", "source", "cue", "via", "flags", "text"]


# --- sayso batch -----------------------------------------------------------------------------

IN_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}


def _format_of(path: str, given: str | None, what: str) -> str:
    if given:
        return given
    if path == "-":
        raise CliError(f"{what} is stdin/stdout: say which format with --{what}-format")
    suffix = Path(path).suffix.lower()
    if suffix not in IN_FORMATS:
        raise CliError(
            f"{path}: cannot tell the format from the extension {suffix or '(none)'}; "
            f"use .jsonl, .csv or .parquet or --{what}-format"
        )
    return IN_FORMATS[suffix]


Chunk = tuple[list, list, list]  # (ids, texts, line numbers, or row numbers for Parquet)


def _read_jsonl(path: str, text_col: str, id_col: str | None, size: int) -> Iterator[Chunk]:
    name = _name(path)
    f = sys.stdin if path == "-" else _open_text(path)
    ids: list = []
    texts: list = []
    lines: list = []
    row = 0
    try:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise CliError(
                    f"{name}:{lineno}: invalid JSON: {e.msg} (column {e.colno})"
                ) from None
            if not isinstance(rec, dict):
                raise CliError(f"{name}:{lineno}: expected a JSON object, got {type(rec).__name__}")
            if text_col not in rec:
                keys = ", ".join(map(repr, list(rec)[:10]))
                raise CliError(
                    f"{name}:{lineno}: no field {text_col!r} (fields: {keys}); use --text-col"
                )
            if id_col is not None and id_col not in rec:
                raise CliError(f"{name}:{lineno}: no field {id_col!r} for --id-col")
            texts.append(rec[text_col])
            ids.append(rec[id_col] if id_col is not None else row)
            lines.append(lineno)
            row += 1
            if len(texts) >= size:
                yield ids, texts, lines
                ids, texts, lines = [], [], []
    except UnicodeDecodeError as e:
        raise CliError(f"{name}: not UTF-8 text ({e.reason})") from None
    finally:
        if f is not sys.stdin:
            f.close()
    if texts:
        yield ids, texts, lines


def _open_text(path: str) -> TextIO:
    try:
        return open(path, encoding="utf-8-sig", newline="")
    except OSError as e:
        raise CliError(f"{path}: cannot read: {e.strerror or e}") from None


def _read_csv(path: str, text_col: str, id_col: str | None, size: int) -> Iterator[Chunk]:
    name = _name(path)
    f = (
        io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", newline="")
        if path == "-"
        else _open_text(path)
    )
    csv.field_size_limit(1 << 30)
    try:
        reader = csv.reader(f)
        try:
            header = next(reader)
        except StopIteration:
            raise CliError(f"{name}: empty CSV file (no header line)") from None
        if text_col not in header:
            raise CliError(f"{name}:1: no column {text_col!r} (columns: {header}); use --text-col")
        ti = header.index(text_col)
        ii = None
        if id_col is not None:
            if id_col not in header:
                raise CliError(f"{name}:1: no column {id_col!r} for --id-col")
            ii = header.index(id_col)
        ids: list = []
        texts: list = []
        lines: list = []
        row = 0
        while True:
            try:
                rec = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                raise CliError(f"{name}:{reader.line_num}: invalid CSV: {e}") from None
            if not rec:
                continue
            if len(rec) != len(header):
                raise CliError(
                    f"{name}:{reader.line_num}: {len(rec)} fields, the header has {len(header)}"
                )
            texts.append(rec[ti] or None)  # an empty cell is a missing text, as in pandas
            ids.append(rec[ii] if ii is not None else row)
            lines.append(reader.line_num)
            row += 1
            if len(texts) >= size:
                yield ids, texts, lines
                ids, texts, lines = [], [], []
        if texts:
            yield ids, texts, lines
    except UnicodeDecodeError as e:
        raise CliError(f"{name}: not UTF-8 text ({e.reason})") from None
    finally:
        if path != "-":
            f.close()


def _read_parquet(path: str, text_col: str, id_col: str | None, size: int) -> Iterator[Chunk]:
    _need("pyarrow", "parquet")
    import pyarrow.parquet as pq

    if path == "-":
        raise CliError("Parquet cannot be read from stdin; give a file")
    try:
        pf = pq.ParquetFile(path)
    except OSError as e:
        raise CliError(f"{path}: cannot read Parquet: {e}") from None
    names = pf.schema_arrow.names
    for col, flag in ((text_col, "--text-col"), (id_col, "--id-col")):
        if col is not None and col not in names:
            raise CliError(f"{path}: no column {col!r} (columns: {names}); use {flag}")
    cols = [text_col] if id_col is None else [text_col, id_col]
    row = 0
    for batch in pf.iter_batches(batch_size=size, columns=cols):
        texts = batch.column(text_col).to_pylist()
        if id_col is None:
            ids = list(range(row, row + len(texts)))
        else:
            ids = batch.column(id_col).to_pylist()
        yield ids, texts, list(range(row, row + len(texts)))
        row += len(texts)


def _parquet_rows(path: str) -> int | None:
    try:
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    except Exception:  # noqa: BLE001 - a missing total only affects the progress bar
        return None


class _Writer:
    """Writes frames chunk by chunk to JSONL, CSV or Parquet."""

    def __init__(self, path: str, fmt: str):
        # A file is written as PATH.part and renamed when complete, so an error or Ctrl-C
        # never leaves a truncated output that looks finished.
        self.final = path
        path = path if path == "-" else path + ".part"
        self.path, self.fmt = path, fmt
        self._parquet = None
        self._schema = None
        self._first = True
        self._empty = None
        if fmt == "parquet":
            if path == "-":
                raise CliError("Parquet cannot be written to stdout; give a file")
            _need("pyarrow", "parquet")
            self.f = None
        elif path == "-":
            self.f = sys.stdout
        else:
            try:
                self.f = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
            except OSError as e:
                raise CliError(f"{path}: cannot write: {e.strerror or e}") from None

    def write(self, df) -> None:
        df = df.reset_index()
        if self.fmt == "jsonl":
            if len(df):
                text = df.to_json(orient="records", lines=True, force_ascii=False)
                self.f.write(text if text.endswith("\n") else text + "\n")
        elif self.fmt == "csv":
            for col in df.columns:
                if df[col].dtype == object or str(df[col].dtype) in ("str", "string", "category"):
                    df[col] = df[col].map(neutralise, na_action="ignore").astype(object)
            df.to_csv(self.f, index=False, header=self._first, lineterminator="\r\n")
        else:
            self._write_parquet(df)
        self._first = False

    def _write_parquet(self, df) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._schema is None:
            self._schema = _arrow_schema(df)
            self._parquet = pq.ParquetWriter(self.path, self._schema)
        table = pa.Table.from_pandas(df, schema=self._schema, preserve_index=False)
        self._parquet.write_table(table)

    def close(self, ok: bool) -> None:
        if ok and self._first and self._empty is not None:
            # No input rows at all: still write a valid file (CSV header, Parquet schema).
            self.write(self._empty)
        if self.fmt == "parquet":
            if self._parquet is not None:
                self._parquet.close()
        elif self.f is sys.stdout:
            self.f.flush()
            return
        else:
            self.f.close()
        if ok:
            os.replace(self.path, self.final)
        elif os.path.exists(self.path):
            os.remove(self.path)


def _arrow_schema(df):
    """One Arrow schema for every chunk, with pandas metadata (so nullable ints and
    categoricals read back as such); a column that is all null in the first chunk is typed as
    string so later chunks fit."""
    import pyarrow as pa

    schema = pa.Schema.from_pandas(df, preserve_index=False)
    for i, field in enumerate(schema):
        if pa.types.is_null(field.type) or pa.types.is_large_string(field.type):
            schema = schema.set(i, field.with_type(pa.string()))
    return schema


def cmd_batch(args: argparse.Namespace, out: TextIO) -> int:
    _need("pandas", "pandas")
    from sayso import _core, frames

    if "MIMALLOC_PURGE_DELAY" not in os.environ:
        # A stream of chunks: give freed memory back at once so the footprint stays flat.
        _core._set_purge_delay(0)

    scorer = _scorer(args.config)
    if args.input != "-" and not Path(args.input).exists():
        raise CliError(f"{args.input}: no such file")
    in_fmt = _format_of(args.input, args.in_format, "in")
    out_fmt = _format_of(args.out, args.out_format, "out")
    if args.chunk_size < 1:
        raise CliError("--chunk-size must be at least 1")
    if args.n_threads is not None and args.n_threads < 1:
        raise CliError("--n-threads must be at least 1")
    if (
        args.out != "-"
        and args.input != "-"
        and os.path.abspath(args.out) == os.path.abspath(args.input)
    ):
        raise CliError(f"{args.out}: the output would overwrite the input")
    reader = {"jsonl": _read_jsonl, "csv": _read_csv, "parquet": _read_parquet}[in_fmt]
    chunks = reader(args.input, args.text_col, args.id_col, args.chunk_size)
    total = _parquet_rows(args.input) if in_fmt == "parquet" else None
    bar = _bar(_want_bar(args.progress), total, f"sayso {args.level}")
    writer = _Writer(args.out, out_fmt)
    fn = frames.claims_frame if args.level == "claims" else frames.articles_frame
    writer._empty = fn([], ids=[], scorer=scorer)
    writer._empty.index.name = args.id_col or "article"
    n_in = 0
    n_out = 0
    ok = False
    try:
        for ids, texts, lines in chunks:
            if args.strict:
                for t, line in zip(texts, lines):
                    if not isinstance(t, str):
                        where = f"row {line}" if in_fmt == "parquet" else f"{line}"
                        raise CliError(
                            f"{_name(args.input)}:{where}: {args.text_col!r} is "
                            f"{'null' if t is None else type(t).__name__}, not text (--strict)"
                        )
            try:
                df = fn(
                    texts,
                    ids=ids,
                    n_threads=args.n_threads,
                    progress=False,
                    outlet=args.outlet,
                    scorer=scorer,
                )
            except sayso.SaysoError as e:
                m = re.search(r"texts\[(\d+)\]", str(e))
                if m is None:
                    raise
                line = lines[int(m.group(1))]
                where = f"row {line}" if in_fmt == "parquet" else f"{line}"
                raise CliError(f"{_name(args.input)}:{where}: {e}") from None
            id_name = args.id_col or "article"
            df.index.name = id_name if id_name not in df.columns else "article"
            writer.write(df)
            n_in += len(texts)
            n_out += len(df)
            if bar is not None:
                bar.update(len(texts))
        ok = True
    finally:
        if bar is not None:
            bar.close()
        writer.close(ok)
    if args.out != "-" and not args.quiet:
        print(
            f"sayso: {n_in} articles -> {n_out} {args.level} rows in {args.out}",
            file=sys.stderr,
        )
    return 0


# --- sayso config ----------------------------------------------------------------------------


def cmd_config_show(args: argparse.Namespace, out: TextIO) -> int:
    out.write(_scorer(args.config).config_toml())
    return 0


def cmd_config_check(args: argparse.Namespace, out: TextIO) -> int:
    path = args.file
    if not Path(path).is_file():
        raise CliError(f"{path}: no such configuration file")
    sayso.Scorer(path)
    out.write(f"{path}: ok\n")
    return 0


# --- parser ----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="a TOML or JSON configuration merged on top of the defaults",
    )
    p = argparse.ArgumentParser(
        prog="sayso",
        description="Score every claim in a news article on whose say-so it rests: "
        "named, anonymous, relayed or unconfirmed.",
        epilog="Run 'sayso COMMAND --help' for a command's options. " + CSV_NOTE,
    )
    p.add_argument("--version", action="version", version=f"sayso {sayso.__version__}")
    p.add_argument(
        "--config",
        metavar="FILE",
        default=None,
        help="a TOML or JSON configuration merged on top of the defaults",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    s = sub.add_parser(
        "score",
        parents=[common],
        help="score text files and print their claims",
        description="Score each FILE (UTF-8 text; '-' reads stdin) and print its claims "
        "and the article summary.",
        epilog="Formats: table (readable, the default), json (one array of articles), jsonl "
        "(one article per line), csv (one claim per line). " + CSV_NOTE,
    )
    s.add_argument("files", nargs="+", metavar="FILE", help="text file, or - for stdin")
    s.add_argument("-f", "--format", choices=["table", "json", "jsonl", "csv"], default="table")
    s.add_argument("--outlet", metavar="NAME", help="the publisher of the articles, if known")
    s.set_defaults(func=cmd_score)

    b = sub.add_parser(
        "batch",
        parents=[common],
        help="score a corpus (JSONL, CSV or Parquet) into claims or articles",
        description="Score the text column of INPUT chunk by chunk (memory stays bounded) and "
        "write one row per claim (--level claims) or per article (--level articles). Formats "
        "follow the extensions .jsonl/.ndjson, .csv and .parquet; '-' is stdin/stdout with "
        "--in-format/--out-format. Every input row keeps its place: a null or non-string text "
        "gives an article row with missing=true and no claims (--strict makes it an error).",
        epilog=CSV_NOTE,
    )
    b.add_argument("input", metavar="INPUT", help="JSONL, CSV or Parquet file, or -")
    b.add_argument("-o", "--out", required=True, metavar="OUTPUT", help="output file, or -")
    b.add_argument("--text-col", default="text", metavar="COL", help="text column (default: text)")
    b.add_argument(
        "--id-col",
        metavar="COL",
        help="column with article ids (default: the row number, from 0)",
    )
    b.add_argument("--level", choices=["claims", "articles"], default="claims")
    b.add_argument("--in-format", choices=["jsonl", "csv", "parquet"])
    b.add_argument("--out-format", choices=["jsonl", "csv", "parquet"])
    b.add_argument("--n-threads", type=int, metavar="N", help="engine threads (default: all cores)")
    b.add_argument(
        "--chunk-size",
        type=int,
        default=500,
        metavar="N",
        help="articles per chunk (500; memory grows with it)",
    )
    b.add_argument("--outlet", metavar="NAME", help="the publisher of every article, if known")
    b.add_argument("--strict", action="store_true", help="fail on null or non-string texts")
    g = b.add_mutually_exclusive_group()
    g.add_argument(
        "--progress", action="store_true", default=None, help="always show a progress bar"
    )
    g.add_argument(
        "--no-progress", dest="progress", action="store_false", help="never show a progress bar"
    )
    b.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")
    b.set_defaults(func=cmd_batch)

    c = sub.add_parser("config", help="show or check a configuration")
    csub = c.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    cs = csub.add_parser(
        "show",
        parents=[common],
        help="print the effective configuration (defaults merged with --config) as TOML",
    )
    cs.set_defaults(func=cmd_config_show)
    cc = csub.add_parser(
        "check",
        parents=[common],
        help="validate a configuration file; errors name the key and line",
    )
    cc.add_argument("file", metavar="FILE")
    cc.set_defaults(func=cmd_config_check)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 error, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    out = sys.stdout
    try:
        return args.func(args, out)
    except BrokenPipeError:
        # The reader went away (e.g. `sayso score ... | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except CliError as e:
        print(f"sayso: error: {e}", file=sys.stderr)
        return 1
    except sayso.ConfigError as e:
        print(f"sayso: error: {e}", file=sys.stderr)
        return 1
    except sayso.SaysoError as e:
        print(f"sayso: error: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"sayso: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("sayso: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
