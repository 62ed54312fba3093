#!/usr/bin/env python3
"""Date F1 of dipparse next to ``dateparser.search_dates`` on the gold set, in one run.

    PYTHONPATH=src python benchmarks/date_f1.py [--gold tests/gold] [--texts seeds] [--misses]

Both readers get the same reference date for each article: the one dipparse
reads from the text (the dateline's date, else the ``date`` header), which is
the one the gold was resolved against. Matching is that of
``scripts/score.py``: a gold date is found by a predicted one whose span
overlaps it (greedy, one to one), and counts as right when ``value`` and
``end_value`` agree. ``dateparser`` returns datetimes with no granularity and
no ranges, so its value is cut to the gold's granularity before comparing
(``2025-08-19`` matches a gold ``2025``), which favours it.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib.util
import json
import sys
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _score_module() -> Any:
    spec = importlib.util.spec_from_file_location("dipparse_score", ROOT / "scripts" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit("scripts/score.py not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dateparser_dates(text: str, ref: _dt.date | None, language: str | None) -> list[dict[str, Any]]:
    """Dates as ``dateparser.search_dates`` finds them, with spans located in order."""
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "current_period"}
    if ref is not None:
        settings["RELATIVE_BASE"] = _dt.datetime(ref.year, ref.month, ref.day)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=[language] if language else None, settings=settings)
    out: list[dict[str, Any]] = []
    pos = 0
    for surface, when in found or []:
        start = text.find(surface, pos)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        pos = start + len(surface)
        out.append(
            {
                "text": surface,
                "value": when.date().isoformat(),
                "end_value": None,
                "start": start,
                "end": start + len(surface),
            }
        )
    return out


def score(
    score_mod: Any,
    text: str,
    gold: list[dict[str, Any]],
    pred: list[dict[str, Any]],
    *,
    cut_to_gold: bool,
    misses: list[str],
) -> tuple[int, int, int]:
    """(true positives, predicted, gold) with score.py's span matching."""
    spans = score_mod.locate(text, gold)
    pairs = score_mod.match_spans(gold, spans, pred)
    tp = 0
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        value = p.get("value") or ""
        if cut_to_gold:
            value = value[: len(g["value"])]
        if value == g["value"] and p.get("end_value") == g.get("end_value"):
            tp += 1
        else:
            misses.append(
                f"value {g['text']!r}: want {g['value']}..{g.get('end_value')} got {p.get('value')}"
            )
    hit_g = {gi for gi, _ in pairs}
    hit_p = {pi for _, pi in pairs}
    misses.extend(f"missed {g['text']!r}" for gi, g in enumerate(gold) if gi not in hit_g)
    misses.extend(
        f"extra {p['text']!r} -> {p['value']}" for pi, p in enumerate(pred) if pi not in hit_p
    )
    return tp, len(pred), len(gold)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    ap.add_argument("--texts", type=Path, default=ROOT / "seeds")
    ap.add_argument("--misses", action="store_true", help="list each reader's misses and extras")
    args = ap.parse_args(argv)

    import dipparse

    score_mod = _score_module()
    totals = {"dipparse": [0, 0, 0, 0.0], "dateparser": [0, 0, 0, 0.0]}
    report: dict[str, list[str]] = {"dipparse": [], "dateparser": []}
    for path in sorted(args.gold.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (
            gold["text"]
            if "text" in gold
            else (args.texts / gold["file"]).read_text(encoding="utf-8")
        )

        t0 = time.perf_counter()
        article = dipparse.parse(text)
        t1 = time.perf_counter()
        ours = article.to_dict()["dates"]
        ref = article.reference_date
        t2 = time.perf_counter()
        theirs = dateparser_dates(text, ref, article.language)
        t3 = time.perf_counter()

        for name, pred, cut, secs in (
            ("dipparse", ours, False, t1 - t0),
            ("dateparser", theirs, True, t3 - t2),
        ):
            misses: list[str] = []
            tp, n_pred, n_gold = score(
                score_mod, text, gold["dates"], pred, cut_to_gold=cut, misses=misses
            )
            row = totals[name]
            row[0] += tp
            row[1] += n_pred
            row[2] += n_gold
            row[3] += secs
            if misses:
                report[name].append(f"  {path.name} (ref {ref}):")
                report[name].extend(f"    {m}" for m in misses)

    print(
        f"{'reader':12s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>4s} {'pred':>5s} {'gold':>5s} {'seconds':>8s}"
    )
    for name, (tp, n_pred, n_gold, secs) in totals.items():
        p, r, f = score_mod.prf(int(tp), int(n_pred), int(n_gold))
        print(
            f"{name:12s} {p:6.3f} {r:6.3f} {f:6.3f} {int(tp):4d} {int(n_pred):5d} {int(n_gold):5d} {secs:8.3f}"
        )
    print("(dipparse seconds: the whole parse(); dateparser seconds: search_dates alone)")
    if args.misses:
        for name, lines in report.items():
            print(f"\n## {name}")
            print("\n".join(lines) if lines else "  none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
