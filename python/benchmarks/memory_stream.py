"""Memory check: stream about 1 GB of invented articles through ``sayso batch`` and report the
peak RSS of the sayso process (issue 4 target: under 300 MB).

    python python/benchmarks/memory_stream.py --gb 1 --json stream.json

The articles (``corpus.py``, seed 2) are generated on the fly as JSONL and piped into

    python -m sayso batch - --in-format jsonl --text-col body --out DIR/claims.parquet

so no 1 GB input file is written; the claims Parquet goes to a temporary directory (or
``--out-dir``) and is deleted afterwards unless ``--keep``. The sayso process's RSS is sampled
from /proc while it runs and its peak (``ru_maxrss``) is read when it exits. The generator runs
in this process and takes part of one core, so the MB/s here understate the CLI's throughput.
Slow (several minutes on two cores); not run in CI.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus


def rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gb", type=float, default=1.0, help="JSONL to stream, in GB (1e9 bytes)")
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument("--level", choices=["claims", "articles"], default="claims")
    ap.add_argument("--format", choices=["parquet", "jsonl", "csv"], default="parquet")
    ap.add_argument("--chunk-size", type=int, help="sayso batch --chunk-size (default: its own)")
    ap.add_argument("--n-threads", type=int, help="sayso batch --n-threads (default: all cores)")
    ap.add_argument("--out-dir", help="where the output goes (default: a temporary directory)")
    ap.add_argument("--keep", action="store_true", help="keep the output file")
    ap.add_argument("--json", metavar="OUT", help="write the results as JSON")
    args = ap.parse_args(argv)

    out_dir = args.out_dir or tempfile.mkdtemp(prefix="sayso-stream-")
    os.makedirs(out_dir, exist_ok=True)
    out = os.path.join(out_dir, f"{args.level}.{args.format}")
    cmd = [sys.executable, "-m", "sayso", "batch", "-", "--in-format", "jsonl"]
    cmd += ["--text-col", "body", "--id-col", "id", "--level", args.level, "--out", out]
    cmd += ["--no-progress"]
    if args.chunk_size:
        cmd += ["--chunk-size", str(args.chunk_size)]
    if args.n_threads:
        cmd += ["--n-threads", str(args.n_threads)]
    limit = int(args.gb * 1e9)
    print("running:", " ".join(cmd[2:]), f"< {args.gb:g} GB of generated JSONL", flush=True)

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    fed = text_bytes = n = 0
    samples = []
    next_sample = 0
    buf = []
    buf_bytes = 0
    try:
        for i, (style, text) in enumerate(corpus.articles(args.seed)):
            line = json.dumps({"id": i, "style": style, "body": text}, ensure_ascii=False) + "\n"
            b = line.encode()
            buf.append(b)
            buf_bytes += len(b)
            text_bytes += len(text.encode())
            n += 1
            if buf_bytes >= 1 << 20:
                proc.stdin.write(b"".join(buf))
                fed += buf_bytes
                buf, buf_bytes = [], 0
                if fed >= next_sample:
                    r = rss_mb(proc.pid)
                    samples.append((round(fed / 1e6), r, round(time.perf_counter() - t0, 1)))
                    print(f"  fed {fed / 1e6:6.0f} MB  sayso RSS {r or 0:6.0f} MB", flush=True)
                    next_sample += 50_000_000
                if fed >= limit:
                    break
        if buf:
            proc.stdin.write(b"".join(buf))
            fed += buf_bytes
        proc.stdin.close()
    except BrokenPipeError:
        pass
    fed_s = time.perf_counter() - t0
    # Keep sampling while the last chunks are scored.
    while proc.poll() is None:
        r = rss_mb(proc.pid)
        if r is not None:
            samples.append((round(fed / 1e6), r, round(time.perf_counter() - t0, 1)))
        time.sleep(0.5)
    err = proc.stderr.read().decode(errors="replace")
    elapsed = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if proc.returncode != 0:
        print(err, file=sys.stderr)
        return 1
    out_size = os.path.getsize(out) if os.path.exists(out) else None
    if not args.keep:
        if args.out_dir:
            os.remove(out)
        else:
            shutil.rmtree(out_dir, ignore_errors=True)
    report = {
        "command": " ".join(cmd[2:]),
        "jsonl_bytes": fed,
        "text_bytes": text_bytes,
        "articles": n,
        "elapsed_s": elapsed,
        "feeding_s": fed_s,
        "jsonl_mb_per_s": fed / 1e6 / elapsed,
        "articles_per_s": n / elapsed,
        "peak_rss_mb": peak,
        "rss_samples": [{"fed_mb": a, "rss_mb": b, "t_s": c} for a, b, c in samples],
        "output_bytes": out_size,
        "sayso_stderr": err.strip(),
        "cores": os.cpu_count(),
        "target_peak_rss_mb": 300,
        "met": peak < 300,
    }
    print(err.strip())
    print(
        f"streamed {fed / 1e9:.2f} GB JSONL ({text_bytes / 1e9:.2f} GB text, {n} articles) in "
        f"{elapsed:.0f} s ({fed / 1e6 / elapsed:.1f} MB/s, {n / elapsed:.0f} articles/s); "
        f"output {(out_size or 0) / 1e6:.0f} MB"
    )
    print(
        f"peak RSS of sayso batch: {peak:.0f} MB (target < 300 MB: "
        f"{'met' if report['met'] else 'NOT met'})"
    )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
