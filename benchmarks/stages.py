"""Where `parse` spends its time: milliseconds per article for each stage of the pipeline.

Run from the project root (after ``pip install .``, or with ``PYTHONPATH=src``)::

    python benchmarks/stages.py              # the 200-article sample the ratio is measured on
    python benchmarks/stages.py --texts seeds --rounds 5

Each stage is timed on a fresh copy of every text (so nothing derived from an
earlier text is reused), in pipeline order, and the figure is the median over
``--rounds`` rounds of the mean per article. ``parse`` is timed separately, as a
user calls it. The garbage collector is paused while timing (``--gc`` keeps it
running), so that its pauses are not charged to whichever stage triggers them.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

import dipparse
from dipparse.agreements import extract_agreements
from dipparse.dates import extract_dates
from dipparse.fields import extract_fields
from dipparse.header import read_header
from dipparse.language import detect_language
from dipparse.officials import extract_officials
from dipparse.text import prepare

STAGES = ("prepare", "header", "language", "dates", "officials", "agreements", "fields")


def texts_for(which: str, count: int) -> list[str]:
    """The seeds, the generated corpus, or the bench's dateparser sample of it."""
    seeds = corpus.load_seeds()
    if which == "seeds":
        return seeds
    generated = corpus.generate(seeds, 2000)
    if which == "corpus":
        return generated[:count]
    step = max(1, len(generated) // count)
    return generated[::step][:count]


def one_round(texts: Sequence[str], salt: str) -> dict[str, float]:
    """Seconds per stage over ``texts``, each text made a new string with ``salt``."""
    gaz = dipparse.Gazetteer.default()
    spent = dict.fromkeys((*STAGES, "parse"), 0.0)
    clock = time.perf_counter
    for original in texts:
        text = original + salt
        t0 = clock()
        p = prepare(text)
        t1 = clock()
        header = read_header(p, None)
        t2 = clock()
        lang = detect_language(p)
        dateline = header.dateline
        ref = dateline.date if dateline and dateline.date else header.published
        t3 = clock()
        dates = extract_dates(p, ref, lang)
        t4 = clock()
        extract_officials(p, gaz, ref, lang)
        t5 = clock()
        extract_agreements(p, ref, dates, lang)
        t6 = clock()
        extract_fields(p, lang, None)
        t7 = clock()
        for stage, a, b in zip(
            STAGES, (t0, t1, t2, t3, t4, t5, t6), (t1, t2, t3, t4, t5, t6, t7), strict=True
        ):
            spent[stage] += b - a
    for original in texts:
        text = original + salt + salt
        t0 = clock()
        dipparse.parse(text)
        spent["parse"] += clock() - t0
    return spent


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", choices=("sample", "corpus", "seeds"), default="sample")
    ap.add_argument("--count", type=int, default=200, help="articles (sample, corpus)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--gc", action="store_true", help="keep the garbage collector running")
    args = ap.parse_args(argv)
    texts = texts_for(args.texts, args.count)
    for text in texts[:20]:
        dipparse.parse(text)  # compile patterns, load data
    rounds = []
    for r in range(args.rounds):
        if not args.gc:
            gc.collect()
            gc.disable()
        try:
            rounds.append(one_round(texts, " " * (r + 1)))
        finally:
            gc.enable()
    chars = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} {args.texts} articles, {chars:,.0f} characters on average;")
    print(f"ms per article, median of {args.rounds} rounds")
    total = 0.0
    for stage in (*STAGES, "parse"):
        ms = statistics.median(r[stage] for r in rounds) / len(texts) * 1e3
        if stage == "parse":
            print(f"  {'sum of stages':<12} {total:7.3f}")
        else:
            total += ms
        print(f"  {stage:<12} {ms:7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
