"""Throughput of sayso from Python on a deterministic corpus of invented articles.

    python python/benchmarks/throughput.py --articles 20000 --json perf.json

builds 20,000 articles (about 73 MB) from the templates in ``corpus.py`` (``--lang ru``: the
Russian ones in ``corpus_ru.py``, about 74 MB) and reports, for
``sayso.score_many`` and ``sayso.claims_frame``, with 1 thread and with all cores: articles/s,
MB/s (UTF-8 bytes of article text), the scaling ratio, peak RSS and the time to the first
result; then the linear-time check (per-MB time of a 5 MB article vs 5 KB articles). It prints
a table and, with ``--json``, writes everything (with the commit and machine) so runs can be
compared between commits.

Each measurement runs in a fresh interpreter, so peak RSS belongs to that measurement alone
(it includes the corpus held in memory, reported as ``rss_loaded_mb``). Timings are the median
of ``--repeat`` runs after one warm-up call.

Options: ``--quick`` (a smoke run: few articles, one repeat, small linear check),
``--dump corpus.jsonl`` (keep the corpus, field ``body``, for
``cargo run --release --example bench_corpus -- corpus.jsonl``), ``--engine-bin PATH`` (run
that built ``bench_corpus`` example on the same corpus and add the Rust engine's own rates, so
the Python overhead can be read off; streamed, as `claims_frame` is), ``--wait-load X`` (wait up to 10 minutes for the 1-minute
load average to drop below X before measuring: other builds distort the numbers).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))

import corpus
import corpus_ru

# The article generator of each language (``--lang``).
CORPORA = {"en": corpus, "ru": corpus_ru}

TARGETS = {
    "engine_single_mbps": 50.0,
    "claims_frame_single_mbps": 20.0,
    "scaling_2_threads": 1.8,
    "linear_ratio_max": 1.2,
}


# --- measurements (each in its own interpreter) ----------------------------------------------


def _rss_mb(field: str = "VmRSS") -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _peak_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    """User + system CPU seconds of this process, all threads."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _load_texts(path: str) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["body"] for line in f if line.strip()]


def worker_throughput(spec: dict) -> dict:
    texts = _load_texts(spec["corpus"])
    import sayso

    if spec["api"] == "claims_frame":
        import sayso.frames

        def fn(xs, n):
            return sayso.claims_frame(xs, n_threads=n, progress=False)

        def count(out):
            return len(out)
    else:

        def fn(xs, n):
            return sayso.score_many(xs, n_threads=n)

        def count(out):
            return sum(len(a.claims) for a in out)

    threads = spec["threads"]
    fn(texts[:50], threads)  # warm-up: default scorer, thread pool, lazy imports
    rss_loaded = _rss_mb()
    times = []
    cpu = []
    n_claims = 0
    for _ in range(spec["repeat"]):
        c = _cpu_s()
        t = time.perf_counter()
        out = fn(texts, threads)
        times.append(time.perf_counter() - t)
        cpu.append(_cpu_s() - c)
        n_claims = count(out)
        del out
    return {
        "times_s": times,
        "cpu_s": cpu,
        "n_claims": n_claims,
        "rss_loaded_mb": rss_loaded,
        "peak_rss_mb": _peak_mb(),
    }


def worker_first(spec: dict) -> dict:
    """Cold start: a fresh interpreter importing sayso and scoring one article."""
    with open(spec["corpus"], encoding="utf-8") as f:
        first = json.loads(f.readline())["body"]
    t0 = time.perf_counter()
    import sayso

    t1 = time.perf_counter()
    sayso.score(first)
    t2 = time.perf_counter()
    import sayso.frames

    t3 = time.perf_counter()
    sayso.claims_frame([first], progress=False)
    t4 = time.perf_counter()
    sayso.score(first)
    t5 = time.perf_counter()
    return {
        "import_sayso_s": t1 - t0,
        "first_score_s": t2 - t1,
        "score_first_result_s": t2 - t0,
        "import_frames_s": t3 - t2,
        "first_claims_frame_s": t4 - t3,
        "warm_score_s": t5 - t4,
    }


def worker_linear(spec: dict) -> dict:
    import sayso

    small_size, big_size = spec["small"], spec["big"]
    gen = CORPORA[spec.get("lang", "en")]
    smalls = [gen.long_article(1000 + k, small_size) for k in range(spec["n_small"])]
    big = gen.long_article(999, big_size)
    small_mb = sum(len(s.encode()) for s in smalls) / 1e6
    big_mb = len(big.encode()) / 1e6
    for s in smalls[:20]:
        sayso.score(s)  # warm-up
    ts, tb = [], []
    for _ in range(spec["repeat"]):
        t = time.perf_counter()
        for s in smalls:
            sayso.score(s)
        ts.append((time.perf_counter() - t) / small_mb)
        t = time.perf_counter()
        sayso.score(big)
        tb.append((time.perf_counter() - t) / big_mb)
    a, b = statistics.median(ts), statistics.median(tb)
    return {
        "small_bytes": small_size,
        "big_bytes": big_size,
        "n_small": len(smalls),
        "small_s_per_mb": a,
        "big_s_per_mb": b,
        "small_runs_s_per_mb": ts,
        "big_runs_s_per_mb": tb,
        "ratio": b / a,
    }


WORKERS = {"throughput": worker_throughput, "first": worker_first, "linear": worker_linear}


def run_worker(spec: dict) -> dict:
    p = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", json.dumps(spec)],
        capture_output=True,
        text=True,
        check=False,
    )
    if p.returncode != 0:
        raise RuntimeError(f"worker {spec['kind']} failed:\n{p.stderr}")
    return json.loads(p.stdout.strip().splitlines()[-1])


# --- the engine alone (optional) -------------------------------------------------------------


def run_engine(binary: str, corpus_path: str, repeat: int) -> dict:
    p = subprocess.run(
        # Streamed: each article is dropped once used, as claims_frame does with its own.
        [binary, corpus_path, "--repeat", str(repeat), "--no-linear", "--streamed"],
        capture_output=True,
        text=True,
        check=True,
    )
    out = {"raw": p.stdout}
    for m in re.finditer(
        r"engine (\d+) thread\(s\): ([\d.]+) s\s+([\d.]+) MB/s\s+([\d.]+) articles/s", p.stdout
    ):
        out[f"threads_{m.group(1)}"] = {
            "median_s": float(m.group(2)),
            "mb_per_s": float(m.group(3)),
            "articles_per_s": float(m.group(4)),
        }
    return out


# --- machine and commit ----------------------------------------------------------------------


def machine() -> dict:
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem_gb = float("nan")
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem_gb = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(mem_gb, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def git_state() -> dict:
    def git(*a: str) -> str:
        try:
            return subprocess.run(
                ["git", *a], cwd=REPO, capture_output=True, text=True, check=False
            ).stdout.strip()
        except OSError:
            return ""

    return {
        "commit": git("rev-parse", "HEAD"),
        "dirty_src": bool(git("status", "--porcelain", "--", "src", "bindings", "data")),
    }


def wait_for_load(limit: float, timeout: float = 600.0) -> float:
    t = time.monotonic()
    while os.getloadavg()[0] >= limit and time.monotonic() - t < timeout:
        time.sleep(10)
    return os.getloadavg()[0]


# --- main ------------------------------------------------------------------------------------


def build_corpus(path: str, seed: int, n: int, lang: str = "en") -> dict:
    styles: dict[str, int] = {}
    total = 0
    sizes = []
    with open(path, "w", encoding="utf-8") as f:
        for i, (style, text) in enumerate(CORPORA[lang].articles(seed, n)):
            f.write(json.dumps({"id": i, "style": style, "body": text}, ensure_ascii=False))
            f.write("\n")
            styles[style] = styles.get(style, 0) + 1
            b = len(text.encode())
            total += b
            sizes.append(b)
    sizes.sort()
    return {
        "lang": lang,
        "seed": seed,
        "articles": n,
        "bytes": total,
        "mb": total / 1e6,
        "mean_bytes": total / max(n, 1),
        "median_bytes": sizes[len(sizes) // 2] if sizes else 0,
        "max_bytes": sizes[-1] if sizes else 0,
        "styles": styles,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--lang", choices=sorted(CORPORA), default="en", help="language of the invented articles"
    )
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per measurement (median)")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="'all cores'")
    ap.add_argument("--quick", action="store_true", help="smoke run: tiny corpus, one repeat")
    ap.add_argument("--json", metavar="OUT", help="write the results as JSON")
    ap.add_argument("--dump", metavar="JSONL", help="keep the corpus here")
    ap.add_argument("--engine-bin", metavar="PATH", help="built bench_corpus example")
    ap.add_argument("--wait-load", type=float, metavar="X", help="wait for load average < X")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        spec = json.loads(args.worker)
        print(json.dumps(WORKERS[spec["kind"]](spec)))
        return 0

    if args.quick:
        if args.articles == 20_000:
            args.articles = 200
        args.repeat = 1
        linear = {"small": 5_000, "big": 200_000, "n_small": 20}
    else:
        linear = {"small": 5_000, "big": 5_000_000, "n_small": 200}

    started = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    load_before = os.getloadavg()[0]
    if args.wait_load is not None:
        load_before = wait_for_load(args.wait_load)

    tmp = None
    if args.dump:
        corpus_path = args.dump
    else:
        fd, tmp = tempfile.mkstemp(prefix="sayso-corpus-", suffix=".jsonl")
        os.close(fd)
        corpus_path = tmp
    try:
        t = time.perf_counter()
        info = build_corpus(corpus_path, args.seed, args.articles, args.lang)
        info["build_s"] = time.perf_counter() - t
        print(
            f"corpus: {info['articles']} articles, {info['mb']:.1f} MB, mean "
            f"{info['mean_bytes'] / 1e3:.1f} KB, max {info['max_bytes'] / 1e3:.0f} KB "
            f"(seed {args.seed}, built in {info['build_s']:.1f} s)",
            flush=True,
        )
        results = []
        configs = [("score_many", 1), ("score_many", args.threads)]
        configs += [("claims_frame", 1), ("claims_frame", args.threads)]
        for api, threads in configs:
            r = run_worker(
                {
                    "kind": "throughput",
                    "api": api,
                    "threads": threads,
                    "repeat": args.repeat,
                    "corpus": corpus_path,
                }
            )
            med = statistics.median(r["times_s"])
            r.update(
                cpu_median_s=statistics.median(r["cpu_s"]),
                cpu_utilisation=statistics.median(r["cpu_s"]) / med,
                api=api,
                threads=threads,
                median_s=med,
                articles_per_s=info["articles"] / med,
                mb_per_s=info["mb"] / med,
                load=os.getloadavg()[0],
            )
            results.append(r)
            print(
                f"  {api:<13} {threads} thread(s): {med:7.2f} s {r['mb_per_s']:7.1f} MB/s "
                f"{r['articles_per_s']:8.0f} articles/s  peak RSS {r['peak_rss_mb']:.0f} MB",
                flush=True,
            )
        first = run_worker({"kind": "first", "corpus": corpus_path})
        lin = run_worker(
            {"kind": "linear", "lang": args.lang, "repeat": max(args.repeat, 3), **linear}
        )
        engine = run_engine(args.engine_bin, corpus_path, args.repeat) if args.engine_bin else None
    finally:
        if tmp is not None:
            os.unlink(corpus_path)

    def rate(api: str, threads: int) -> float:
        return next(r["mb_per_s"] for r in results if r["api"] == api and r["threads"] == threads)

    scaling = {
        api: rate(api, args.threads) / rate(api, 1) for api in ("score_many", "claims_frame")
    }

    def cpu(api: str, threads: int) -> float:
        return next(
            r["cpu_median_s"] for r in results if r["api"] == api and r["threads"] == threads
        )

    # On a shared machine the cores may not be free, and wall-clock scaling says little. CPU
    # time with n threads over CPU time with one is the parallel overhead (locks, spinning,
    # copies): near 1.0 is good. It cannot show work that runs serially; read it together
    # with cpu_utilisation (CPU seconds per wall second) of the n-thread run.
    cpu_overhead = {
        api: cpu(api, args.threads) / cpu(api, 1) for api in ("score_many", "claims_frame")
    }
    targets = {
        "claims_frame_single_mbps": {
            "target": TARGETS["claims_frame_single_mbps"],
            "value": rate("claims_frame", 1),
            "met": rate("claims_frame", 1) >= TARGETS["claims_frame_single_mbps"],
        },
        "linear_ratio": {
            "target": TARGETS["linear_ratio_max"],
            "value": lin["ratio"],
            "met": lin["ratio"] <= TARGETS["linear_ratio_max"],
        },
    }
    if args.threads == 2:
        for api, s in scaling.items():
            targets[f"scaling_{api}"] = {
                "target": TARGETS["scaling_2_threads"],
                "value": s,
                "met": s >= TARGETS["scaling_2_threads"],
            }
    if engine and "threads_1" in engine:
        e1 = engine["threads_1"]["mb_per_s"]
        targets["engine_single_mbps"] = {
            "target": TARGETS["engine_single_mbps"],
            "value": e1,
            "met": e1 >= TARGETS["engine_single_mbps"],
        }
        targets["python_overhead"] = {
            "target": 2.5,
            "value": e1 / rate("claims_frame", 1),
            "met": e1 / rate("claims_frame", 1) <= 2.5,
        }
        e2 = engine.get(f"threads_{args.threads}")
        if e2 and args.threads == 2:
            s = e2["mb_per_s"] / e1
            targets["scaling_engine"] = {"target": 1.8, "value": s, "met": s >= 1.8}

    report = {
        "started": started,
        "git": git_state(),
        "machine": machine(),
        "load_before": load_before,
        "load_after": os.getloadavg()[0],
        "repeat": args.repeat,
        "quick": args.quick,
        "corpus": info,
        "results": results,
        "scaling": scaling,
        "cpu_overhead": cpu_overhead,
        "first_result": first,
        "linear": lin,
        "engine": engine,
        "targets": targets,
    }

    m = report["machine"]
    print()
    print(f"sayso throughput, {m['cores']} cores, {m['cpu']}, {m['memory_gb']} GB")
    print(
        f"{'api':<16}{'threads':>8}{'median s':>10}{'articles/s':>12}{'MB/s':>8}"
        f"{'peak RSS':>10}{'CPU used':>10}"
    )
    for r in results:
        print(
            f"{r['api']:<16}{r['threads']:>8}{r['median_s']:>10.2f}{r['articles_per_s']:>12.0f}"
            f"{r['mb_per_s']:>8.1f}{r['peak_rss_mb']:>7.0f} MB{r['cpu_utilisation']:>9.2f}x"
        )
    if engine:
        for k, v in engine.items():
            if k.startswith("threads_"):
                print(
                    f"{'engine (Rust)':<16}{k[8:]:>8}{v['median_s']:>10.2f}"
                    f"{v['articles_per_s']:>12.0f}{v['mb_per_s']:>8.1f}"
                )
    for api, s in scaling.items():
        print(
            f"scaling {api}: {args.threads} threads / 1 = {s:.2f}x wall clock; CPU time "
            f"{cpu_overhead[api]:.2f}x of one thread's"
        )
    print(
        f"first result (fresh interpreter): import sayso {first['import_sayso_s'] * 1e3:.0f} ms"
        f" + first score {first['first_score_s'] * 1e3:.1f} ms; claims_frame: import pandas "
        f"{first['import_frames_s'] * 1e3:.0f} ms + first frame "
        f"{first['first_claims_frame_s'] * 1e3:.1f} ms"
    )
    print(
        f"linear: {lin['small_bytes'] / 1e3:.0f} KB articles {lin['small_s_per_mb'] * 1e3:.1f} "
        f"ms/MB, {lin['big_bytes'] / 1e6:g} MB article {lin['big_s_per_mb'] * 1e3:.1f} ms/MB, "
        f"ratio {lin['ratio']:.2f}x"
    )
    for k, v in targets.items():
        print(
            f"target {k}: {v['value']:.2f} vs {v['target']} -> {'met' if v['met'] else 'NOT met'}"
        )
    print(f"load average: {report['load_before']:.2f} before, {report['load_after']:.2f} after")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
