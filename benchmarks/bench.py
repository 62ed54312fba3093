"""Benchmark dipparse: throughput, the ratio to dateparser, cold start, memory.

Run from the project root (or anywhere; paths are relative to this file)::

    python benchmarks/bench.py            # the full run, a few minutes
    python benchmarks/bench.py --quick    # a smoke run, well under a minute
    python benchmarks/bench.py --stream 100000   # memory over 100,000 articles
    python benchmarks/bench.py --profile  # also print where the time goes

In one run on one machine it prints:

* ``dipparse.parse`` throughput (articles/s, MB/s of UTF-8 text) on the seed
  articles and on a corpus generated from them (``benchmarks/corpus.py``);
* ``dateparser.search_dates`` throughput on the same texts (the seeds and a
  fixed sample of the corpus; dateparser is ~100 times slower, so the whole
  corpus would take long) and the ratio dipparse / dateparser on exactly the
  texts both parsed, the two timed alternately so that they share the load
  of the machine;
* ``dipparse.parse_many`` throughput with 1 worker and with every core;
* cold start: ``import dipparse`` plus the first ``parse``, in a fresh
  interpreter each time;
* memory: resident set size while parsing a stream of generated articles, at
  10 % and at 100 % of the stream, and the peak.

Every figure is the median of repeated runs (``--repeat``). ``--json FILE``
writes the figures for the record; ``--check`` exits with status 1 when a
target is missed (ratio >= 30, cold start < 1 s, memory flat).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as _dt
import gc
import io
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

TARGET_RATIO = 30.0
TARGET_COLD_S = 1.0
# "Flat": resident memory at the end of the stream within this much of where
# it stood at 10 % (allocator noise and lazily filled caches stay under it).
FLAT_TOLERANCE_MB = 5.0
FLAT_TOLERANCE_FRACTION = 0.05


# --------------------------------------------------------------------------- helpers


def _mb(texts: Sequence[str]) -> float:
    return sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6


def _rss_mb() -> float | None:
    """Current resident set size in MB (Linux ``/proc``), else ``None``."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            pages = int(f.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _peak_rss_mb() -> float | None:
    """Peak resident set size of this process in MB, where the platform tells it.

    On Linux this is ``VmHWM``, which starts afresh at ``exec``; ``ru_maxrss``
    would carry over the size of the process that forked this one.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / 1e6
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6


def _median_time(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _passes_for(run: Callable[[], object], min_seconds: float) -> int:
    """How many passes of ``run`` one timed run needs to last ``min_seconds``."""
    t0 = time.perf_counter()
    run()
    once = max(time.perf_counter() - t0, 1e-6)
    return max(1, round(min_seconds / once))


def _throughput(
    texts: Sequence[str], run: Callable[[], object], repeat: int, min_seconds: float
) -> dict[str, float]:
    """Median articles/s and MB/s of ``run`` over ``texts`` (after one warm-up pass)."""
    passes = _passes_for(run, min_seconds)

    def timed() -> None:
        for _ in range(passes):
            run()

    return _figures(texts, _median_time(timed, repeat) / passes)


def _env() -> dict[str, str]:
    """The environment for child interpreters: this one's, with dipparse's path first."""
    import dipparse

    env = dict(os.environ)
    src = str(Path(dipparse.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    return env


# --------------------------------------------------------------------------- measurements

_COLD_CHILD = r"""
import json, sys, time
text = open(sys.argv[1], encoding="utf-8").read()
t0 = time.perf_counter()
import dipparse
t1 = time.perf_counter()
dipparse.parse(text)
t2 = time.perf_counter()
sys.path.insert(0, sys.argv[2])
import bench
print(json.dumps({"import_s": t1 - t0, "first_parse_s": t2 - t1, "peak_rss_mb": bench._peak_rss_mb()}))
"""


def cold_start(text_path: Path, repeat: int) -> dict[str, Any]:
    """Median cost of ``import dipparse`` + first ``parse`` in fresh interpreters."""
    runs = []
    walls = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", _COLD_CHILD, str(text_path), str(HERE)],
            check=True,
            capture_output=True,
            text=True,
            env=_env(),
        )
        walls.append(time.perf_counter() - t0)
        runs.append(json.loads(out.stdout))
    total = [r["import_s"] + r["first_parse_s"] for r in runs]
    peaks = [r["peak_rss_mb"] for r in runs if r["peak_rss_mb"] is not None]
    return {
        "import_s": statistics.median(r["import_s"] for r in runs),
        "first_parse_s": statistics.median(r["first_parse_s"] for r in runs),
        "total_s": statistics.median(total),
        "process_wall_s": statistics.median(walls),
        "peak_rss_mb": statistics.median(peaks) if peaks else None,
    }


def import_profile(top: int) -> list[tuple[float, str]]:
    """The slowest imports under ``import dipparse`` (``python -X importtime``)."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import dipparse"],
        check=True,
        capture_output=True,
        text=True,
        env=_env(),
    )
    rows = []
    for line in out.stderr.splitlines():
        parts = line.split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        rows.append((int(parts[1]) / 1e6, parts[2].rstrip()))
    rows.sort(reverse=True)
    return rows[:top]


def parse_throughput(texts: Sequence[str], repeat: int, min_seconds: float) -> dict[str, float]:
    """``dipparse.parse`` over ``texts``, everything it extracts."""
    import dipparse

    def run() -> None:
        for t in texts:
            dipparse.parse(t)

    return _throughput(texts, run, repeat, min_seconds)


def _figures(texts: Sequence[str], seconds: float) -> dict[str, float]:
    return {
        "articles": len(texts),
        "mb": _mb(texts),
        "seconds_per_pass": seconds,
        "articles_per_s": len(texts) / seconds,
        "mb_per_s": _mb(texts) / seconds,
    }


def compare_dateparser(
    texts: Sequence[str], repeat: int, min_seconds: float, *, given_language: bool = True
) -> tuple[dict[str, float], dict[str, float], float]:
    """``dipparse.parse`` and ``dateparser.search_dates`` on the same texts, timed alternately.

    Each round times a pass of each, so both see the same load on the
    machine; the ratio is the median of the rounds' ratios. dateparser is told
    each text's language (``languages=[...]``), its fastest setting, unless
    ``given_language`` is false: then it is called as ``search_dates(text)``
    and detects the language itself.

    Returns:
        dipparse's figures, dateparser's figures, the ratio.
    """
    from dateparser.search import search_dates

    import dipparse

    langs = [[dipparse.detect_language(t) or "en"] for t in texts]

    def run_parse() -> None:
        for t in texts:
            dipparse.parse(t)

    def run_dateparser() -> None:
        for t, lang in zip(texts, langs, strict=True):
            if given_language:
                search_dates(t, languages=lang)
            else:
                search_dates(t)

    run_dateparser()  # warm up: dateparser loads its language data on first use
    passes = _passes_for(run_parse, min_seconds)
    ours, theirs, ratios = [], [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(passes):
            run_parse()
        t1 = time.perf_counter()
        run_dateparser()
        t2 = time.perf_counter()
        ours.append((t1 - t0) / passes)
        theirs.append(t2 - t1)
        ratios.append(theirs[-1] / ours[-1])
    return (
        _figures(texts, statistics.median(ours)),
        _figures(texts, statistics.median(theirs)),
        statistics.median(ratios),
    )


def parse_many_throughput(
    texts: Sequence[str], workers: int, repeat: int, chunksize: int
) -> dict[str, float]:
    """``dipparse.parse_many`` over ``texts``; a pool run includes starting the pool."""
    import dipparse

    def run() -> None:
        for _ in dipparse.parse_many(texts, workers=workers, chunksize=chunksize):
            pass

    result = _throughput(texts, run, repeat, min_seconds=0.0)
    result["workers"] = workers
    return result


_STREAM_CHILD = r"""
import gc, json, os, sys, time
sys.path.insert(0, sys.argv[1])
import bench, corpus, dipparse
n = int(sys.argv[2]); use_tracemalloc = sys.argv[3] == "1"
if use_tracemalloc:
    import tracemalloc
    tracemalloc.start()
marks = {max(1, n // 10): "10%", max(1, n // 2): "50%", n: "100%"}
out = {"articles": n, "rss_mb": {}, "traced_mb": {}}
t0 = time.perf_counter()
for i, text in enumerate(corpus.stream(corpus.load_seeds(), seed=7), 1):
    dipparse.parse(text)
    if i in marks:
        gc.collect()
        out["rss_mb"][marks[i]] = bench._rss_mb()
        if use_tracemalloc:
            out["traced_mb"][marks[i]] = tracemalloc.get_traced_memory()[0] / 1e6
    if i >= n:
        break
out["seconds"] = time.perf_counter() - t0
out["peak_rss_mb"] = bench._peak_rss_mb()
if use_tracemalloc:
    out["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
print(json.dumps(out))
"""


def memory_stream(n: int, use_tracemalloc: bool) -> dict[str, Any]:
    """Parse ``n`` generated articles in a fresh process, sampling its memory."""
    out = subprocess.run(
        [sys.executable, "-c", _STREAM_CHILD, str(HERE), str(n), "1" if use_tracemalloc else "0"],
        check=True,
        capture_output=True,
        text=True,
        env=_env(),
    )
    result: dict[str, Any] = json.loads(out.stdout)
    first = result["rss_mb"].get("10%")
    last = result["rss_mb"].get("100%")
    if first is not None and last is not None:
        result["growth_mb"] = last - first
        result["flat"] = last - first <= max(FLAT_TOLERANCE_MB, FLAT_TOLERANCE_FRACTION * first)
    if use_tracemalloc:
        t_first, t_last = result["traced_mb"]["10%"], result["traced_mb"]["100%"]
        result["traced_growth_mb"] = t_last - t_first
        result.setdefault("flat", True)
        result["flat"] = result["flat"] and t_last - t_first <= FLAT_TOLERANCE_MB
    return result


def profile(texts: Sequence[str], top: int) -> str:
    """The top ``top`` cProfile entries of parsing ``texts``, by own time and cumulative."""
    import dipparse

    for t in texts[:10]:
        dipparse.parse(t)
    prof = cProfile.Profile()
    prof.enable()
    for t in texts:
        dipparse.parse(t)
    prof.disable()
    buf = io.StringIO()
    for key in ("tottime", "cumulative"):
        buf.write(f"--- top {top} by {key}\n")
        pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(top)
    return buf.getvalue()


# --------------------------------------------------------------------------- report


def machine() -> dict[str, Any]:
    import dipparse

    commit = None
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    try:
        import dateparser

        dp_version = dateparser.__version__
    except (ImportError, AttributeError):
        dp_version = None
    return {
        "date_utc": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M"),
        "cores": os.cpu_count(),
        "cpu": platform.processor() or platform.machine(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "dipparse": dipparse.__version__,
        "dateparser": dp_version,
        "commit": commit,
    }


def _row(label: str, r: dict[str, float]) -> str:
    return (
        f"  {label:<38} {r['articles_per_s']:>10.1f} art/s {r['mb_per_s']:>9.3f} MB/s"
        f"   ({r['articles']} articles, {r['mb']:.2f} MB)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Benchmark dipparse.parse against dateparser.search_dates."
    )
    parser.add_argument("--quick", action="store_true", help="fewer articles and repeats")
    parser.add_argument("--count", type=int, help="generated corpus size (default 2000)")
    parser.add_argument("--repeat", type=int, help="runs per figure, median taken (default 5)")
    parser.add_argument(
        "--dateparser-sample",
        type=int,
        help="corpus articles given to dateparser too (default 200; 0 = the whole corpus)",
    )
    parser.add_argument("--stream", type=int, help="articles in the memory stream (default 20000)")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also trace Python allocations in the stream"
    )
    parser.add_argument(
        "--dateparser-default",
        action="store_true",
        help="also time search_dates(text) without languages on the seeds (slow; for reference)",
    )
    parser.add_argument("--workers", type=int, help="cores for parse_many (default: all)")
    parser.add_argument("--profile", action="store_true", help="print cProfile and import times")
    parser.add_argument("--top", type=int, default=25, help="profile entries to print")
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)

    quick = args.quick
    count = args.count if args.count is not None else (300 if quick else 2000)
    repeat = args.repeat if args.repeat is not None else (3 if quick else 5)
    dp_sample = args.dateparser_sample
    if dp_sample is None:
        dp_sample = 40 if quick else 200
    stream_n = args.stream if args.stream is not None else (2000 if quick else 20000)
    workers = args.workers or os.cpu_count() or 1
    min_seconds = 0.2 if quick else 0.5

    info = machine()
    print(
        f"dipparse {info['dipparse']} ({info['commit']}), dateparser {info['dateparser']}, "
        f"Python {info['python']}, {info['cores']} cores, {info['platform']}, {info['date_utc']} UTC"
    )
    print(f"median of {repeat} runs per figure; MB = 10^6 bytes of UTF-8 text\n")

    seeds = corpus.load_seeds()
    texts = corpus.generate(seeds, count, seed=1)
    step = max(1, len(texts) // dp_sample) if dp_sample else 1
    sample = texts[::step][:dp_sample] if dp_sample else texts
    results: dict[str, Any] = {"machine": info}

    with tempfile.TemporaryDirectory() as tmp:
        first_text = Path(tmp) / "first.txt"
        first_text.write_text(max(seeds, key=len), encoding="utf-8")
        results["cold_start"] = cold_start(first_text, repeat)

    gc.collect()
    results["parse_corpus"] = parse_throughput(texts, repeat, min_seconds)
    (
        results["parse_seeds"],
        results["dateparser_seeds"],
        results["ratio_seeds"],
    ) = compare_dateparser(seeds, repeat, min_seconds)
    (
        results["parse_sample"],
        results["dateparser_sample"],
        results["ratio_sample"],
    ) = compare_dateparser(sample, repeat, min_seconds)
    if args.dateparser_default:
        (_, results["dateparser_default_seeds"], results["ratio_default_seeds"]) = (
            compare_dateparser(seeds, repeat, min_seconds, given_language=False)
        )
    # Enough texts that starting the pool (part of every timed run) is amortized.
    many = texts * (1 if quick else 5)
    results["parse_many_1"] = parse_many_throughput(many, 1, repeat, chunksize=64)
    results["parse_many_all"] = parse_many_throughput(many, workers, repeat, chunksize=64)
    # Without /proc (macOS, Windows) resident memory is not sampled: trace allocations instead.
    use_tracemalloc = args.tracemalloc or _rss_mb() is None
    results["memory"] = memory_stream(max(stream_n, 10), use_tracemalloc)
    results["peak_rss_mb_bench"] = _peak_rss_mb()

    cs = results["cold_start"]
    mem = results["memory"]
    print("Throughput")
    print(_row("dipparse.parse, seeds", results["parse_seeds"]))
    print(_row("dipparse.parse, generated corpus", results["parse_corpus"]))
    print(_row("dipparse.parse, dateparser sample", results["parse_sample"]))
    print(_row("dateparser.search_dates, seeds", results["dateparser_seeds"]))
    print(_row("dateparser.search_dates, sample", results["dateparser_sample"]))
    if "dateparser_default_seeds" in results:
        print(
            _row(
                "dateparser, seeds, no languages",
                results["dateparser_default_seeds"],
            )
        )
    print(_row("dipparse.parse_many, 1 worker", results["parse_many_1"]))
    print(_row(f"dipparse.parse_many, {workers} workers", results["parse_many_all"]))
    print(
        "\nRatio dipparse.parse / dateparser.search_dates (same texts, median of alternated runs)"
    )
    print(f"  seeds  {results['ratio_seeds']:8.1f}x")
    print(f"  sample {results['ratio_sample']:8.1f}x   (target >= {TARGET_RATIO:.0f}x)")
    if "ratio_default_seeds" in results:
        print(
            f"  seeds, dateparser without languages {results['ratio_default_seeds']:8.1f}x"
            "   (for reference; the target applies to the rows above)"
        )
    print("\nCold start (fresh interpreter: import dipparse + first parse of the longest seed)")
    print(
        f"  import {cs['import_s'] * 1000:.0f} ms + first parse {cs['first_parse_s'] * 1000:.0f} ms"
        f" = {cs['total_s'] * 1000:.0f} ms   (target < {TARGET_COLD_S * 1000:.0f} ms;"
        f" whole process {cs['process_wall_s'] * 1000:.0f} ms)"
    )
    print("\nMemory")
    if cs["peak_rss_mb"] is not None:
        print(f"  peak RSS after import + first parse   {cs['peak_rss_mb']:8.1f} MB")
    rss = mem["rss_mb"]
    if rss.get("10%") is not None:
        print(
            f"  stream of {mem['articles']} articles: RSS {rss['10%']:.1f} MB at 10%,"
            f" {rss['50%']:.1f} MB at 50%, {rss['100%']:.1f} MB at 100%"
            f" (growth {mem['growth_mb']:+.1f} MB), peak {mem['peak_rss_mb']:.1f} MB"
        )
    if use_tracemalloc:
        tr = mem["traced_mb"]
        print(
            f"  traced Python memory: {tr['10%']:.2f} MB at 10%, {tr['100%']:.2f} MB at 100%,"
            f" peak {mem['traced_peak_mb']:.2f} MB"
        )
    print(f"  memory flat: {'yes' if mem.get('flat') else 'NO'}")
    if results["peak_rss_mb_bench"] is not None:
        print(f"  peak RSS of this benchmark process    {results['peak_rss_mb_bench']:8.1f} MB")

    if args.profile:
        print("\nProfile of dipparse.parse over the generated corpus (cProfile)")
        print(profile(texts, args.top))
        print("Slowest imports under `import dipparse` (-X importtime, cumulative)")
        for seconds, name in import_profile(15):
            print(f"  {seconds * 1000:8.1f} ms  {name}")

    targets = {
        "ratio": results["ratio_sample"] >= TARGET_RATIO and results["ratio_seeds"] >= TARGET_RATIO,
        "cold_start": cs["total_s"] < TARGET_COLD_S,
        "memory_flat": bool(mem.get("flat")),
    }
    results["targets_met"] = targets
    print("\nTargets: " + ", ".join(f"{k} {'met' if v else 'MISSED'}" for k, v in targets.items()))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 1 if args.check and not all(targets.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
