"""Machine instructions per article of `parse`, counted by valgrind: a figure that noise does not move.

Wall-clock figures on a shared VM move by tens of percent from one minute to
the next; the count of instructions the interpreter executes does not. Run
from the project root (needs ``valgrind`` on the ``PATH``; takes about a
minute)::

    python benchmarks/instructions.py              # the bench's 200-article sample
    python benchmarks/instructions.py --texts seeds

It runs the same script twice under ``valgrind --tool=cachegrind``, once
parsing no text and once parsing every text (each made a new string, after the
same warm-up), with a fixed ``PYTHONHASHSEED``, and prints the difference
divided by the number of texts.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def refs(valgrind_stderr: str) -> int:
    """The instruction count in cachegrind's summary (``I refs: 1,234``)."""
    m = _REFS.search(valgrind_stderr)
    if m is None:
        raise ValueError("no 'I refs' line in valgrind's output")
    return int(m.group(1).replace(",", ""))


def run_parses(which: str, count: int) -> int:
    """Warm up on the first texts, then parse ``count`` of them; return how many were parsed."""
    sys.path.insert(0, str(HERE))
    import stages

    import dipparse

    texts = stages.texts_for(which, 200)
    for t in texts[:5]:
        dipparse.parse(t + "\n")
    for t in texts[:count]:
        dipparse.parse(t + " ")
    return min(count, len(texts))


def count_instructions(which: str) -> tuple[float, int]:
    """Instructions per article and the number of articles, from two runs under valgrind."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise RuntimeError("valgrind is not installed")
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    totals = []
    texts = 0
    for count in (0, 200):
        cmd = [
            valgrind,
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            __file__,
            "--texts",
            which,
            "--parse",
            str(count),
        ]
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
        totals.append(refs(out.stderr))
        texts = int(out.stdout.strip() or 0)
    return (totals[1] - totals[0]) / texts, texts


def main(argv: Sequence[str] | None = None) -> int:
    """Print the instructions per article; 2 if valgrind is missing."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--texts", choices=("sample", "corpus", "seeds"), default="sample")
    ap.add_argument("--parse", type=int, help=argparse.SUPPRESS)  # the run under valgrind
    args = ap.parse_args(argv)
    if args.parse is not None:
        print(run_parses(args.texts, args.parse))
        return 0
    try:
        per_article, n = count_instructions(args.texts)
    except RuntimeError as exc:
        print(f"instructions.py: {exc}", file=sys.stderr)
        return 2
    print(f"{n} {args.texts} articles: {per_article / 1e6:.2f} M instructions per article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
