#!/usr/bin/env python3
"""Score dipparse output against gold annotations (see GOLD.md).

Run it with the Python that has dipparse installed:

    python ../shared/spec/score.py                      # seeds, summary
    python ../shared/spec/score.py --misses             # and what was missed
    python ../shared/spec/score.py --json               # machine-readable

Each gold file names its text with "file" (looked up in --texts) or carries
it in "text". The output of dipparse.parse(text).to_dict() is compared with
the gold in the vocabulary of OUTPUT.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent


def fold(s: str | None) -> str:
    """Lower-case ASCII key of a name: diacritics off, đ to d, spaces folded."""
    if not s:
        return ""
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().split())


def person_key(s: str | None) -> str:
    """Identity key of a person's name: folded, word order ignored (Kishida Fumio = Fumio Kishida)."""
    return " ".join(sorted(fold(s).replace("-", " ").split()))


def nfc(s: str | None) -> str:
    return unicodedata.normalize("NFC", s or "")


def locate(text: str, items: list[dict]) -> list[tuple[int, int] | None]:
    """Span of each item: the n-th occurrence of its text for its n-th entry."""
    seen: dict[str, int] = {}
    spans: list[tuple[int, int] | None] = []
    for item in items:
        t = item["text"]
        n = seen.get(t, 0)
        seen[t] = n + 1
        pos = -1
        for _ in range(n + 1):
            pos = text.find(t, pos + 1)
            if pos < 0:
                break
        spans.append((pos, pos + len(t)) if pos >= 0 else None)
    return spans


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def __getitem__(self, key: str) -> int:
        return self.counts.get(key, 0)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def match_spans(gold: list[dict], gspans, pred: list[dict]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, pred index) of overlapping spans."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, gs in enumerate(gspans):
        if gs is None:
            continue
        for pi, p in enumerate(pred):
            if pi in used or p.get("start") is None:
                continue
            if overlaps(gs, (p["start"], p["end"])):
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


def score_article(text: str, gold: dict, out: dict, t: Tally, misses: list[str]) -> None:
    # header
    t.add("published.n")
    if out.get("published") == gold.get("published"):
        t.add("published.ok")
    else:
        misses.append(f"published: want {gold.get('published')} got {out.get('published')}")
    t.add("source.n")
    if fold(out.get("source")) == fold(gold.get("source")):
        t.add("source.ok")
    else:
        misses.append(f"source: want {gold.get('source')} got {out.get('source')}")
    t.add("dateline.n")
    gd, od = gold.get("dateline"), out.get("dateline")
    if (gd is None and od is None) or (
        gd
        and od
        and fold(gd.get("place")) == fold(od.get("place"))
        and gd.get("date") == od.get("date")
    ):
        t.add("dateline.ok")
    else:
        misses.append(f"dateline: want {gd} got {od and {k: od.get(k) for k in ('place', 'date')}}")

    # officials
    preds = {}
    for o in out.get("officials", []):
        preds.setdefault(person_key(o.get("name")), o)
        if o.get("ascii"):
            preds.setdefault(person_key(o.get("ascii")), o)
    n_pred = len(out.get("officials", []))
    matched_pred_ids = set()
    for g in gold["officials"]:
        t.add("officials.gold")
        o = preds.get(person_key(g["name"]))
        if o is None:
            misses.append(f"official missed: {g['name']}")
            t.add("roles.gold", len(g.get("roles", [])))
            t.add("surfaces.gold", len(g.get("surfaces", [])))
            continue
        matched_pred_ids.add(id(o))
        t.add("officials.tp")
        if nfc(o.get("name")) == nfc(g["name"]):
            t.add("officials.exact")
        else:
            misses.append(f"official spelling: want {g['name']} got {o.get('name')}")
        t.add("country.n")
        if o.get("country") == g.get("country"):
            t.add("country.ok")
        else:
            misses.append(f"country of {g['name']}: want {g.get('country')} got {o.get('country')}")
        roles = {(ti.get("role") or "").strip().lower() for ti in o.get("titles", [])}
        for r in g.get("roles", []):
            t.add("roles.gold")
            if r.lower() in roles:
                t.add("roles.tp")
            else:
                misses.append(f"role of {g['name']} missed: {r} (got {sorted(roles)})")
        t.add("roles.pred", len(roles))
        surfaces = {nfc(m.get("text")) for m in o.get("mentions", [])}
        for s in g.get("surfaces", []):
            t.add("surfaces.gold")
            if nfc(s) in surfaces:
                t.add("surfaces.tp")
            else:
                misses.append(f"mention of {g['name']} missed: {s!r}")
    t.add("officials.pred", n_pred)
    for o in out.get("officials", []):
        if id(o) not in matched_pred_ids:
            misses.append(f"official not in gold: {o.get('name')}")

    # dates
    gdates = gold["dates"]
    gspans = locate(text, gdates)
    pdates = out.get("dates", [])
    pairs = match_spans(gdates, gspans, pdates)
    t.add("dates.gold", len(gdates))
    t.add("dates.pred", len(pdates))
    t.add("dates.found", len(pairs))
    hit_g = set()
    for gi, pi in pairs:
        g, p = gdates[gi], pdates[pi]
        if p.get("value") == g.get("value") and p.get("end_value") == g.get("end_value"):
            t.add("dates.tp")
        else:
            misses.append(
                f"date value {g['text']!r}: want {g.get('value')}..{g.get('end_value')} "
                f"got {p.get('value')}..{p.get('end_value')}"
            )
        hit_g.add(gi)
    for gi, g in enumerate(gdates):
        if gi not in hit_g:
            misses.append(f"date missed: {g['text']!r}")
    hit_p = {pi for _, pi in pairs}
    for pi, p in enumerate(pdates):
        if pi not in hit_p:
            misses.append(f"date not in gold: {p.get('text')!r} -> {p.get('value')}")

    # agreements
    gagr = gold["agreements"]
    aspans = locate(text, gagr)
    pagr = out.get("agreements", [])
    pairs = match_spans(gagr, aspans, pagr)
    t.add("agreements.gold", len(gagr))
    t.add("agreements.pred", len(pagr))
    t.add("agreements.tp", len(pairs))
    hit_g = set()
    for gi, pi in pairs:
        g, p = gagr[gi], pagr[pi]
        hit_g.add(gi)
        for key in ("kind", "count", "signed"):
            t.add(f"agreements.{key}.n")
            if p.get(key) == g.get(key):
                t.add(f"agreements.{key}.ok")
            else:
                misses.append(f"agreement {key} {g['text']!r}: want {g.get(key)} got {p.get(key)}")
    for gi, g in enumerate(gagr):
        if gi not in hit_g:
            misses.append(f"agreement missed: {g['text']!r}")
    hit_p = {pi for _, pi in pairs}
    for pi, p in enumerate(pagr):
        if pi not in hit_p:
            misses.append(f"agreement not in gold: {p.get('text')!r}")

    # fields
    gf = set(gold["fields"])
    pf = {f.get("name") for f in out.get("fields", [])}
    t.add("fields.gold", len(gf))
    t.add("fields.pred", len(pf))
    t.add("fields.tp", len(gf & pf))
    for name in sorted(gf - pf):
        misses.append(f"field missed: {name}")
    for name in sorted(pf - gf):
        misses.append(f"field not in gold: {name}")


def summarize(t: Tally) -> dict[str, float]:
    s: dict[str, float] = {}
    s["officials.p"], s["officials.r"], s["officials.f1"] = prf(
        t["officials.tp"], t["officials.pred"], t["officials.gold"]
    )
    s["officials.exact_spelling"] = (
        t["officials.exact"] / t["officials.tp"] if t["officials.tp"] else 0.0
    )
    s["officials.country"] = t["country.ok"] / t["country.n"] if t["country.n"] else 0.0
    s["roles.r"] = t["roles.tp"] / t["roles.gold"] if t["roles.gold"] else 1.0
    s["mentions.r"] = t["surfaces.tp"] / t["surfaces.gold"] if t["surfaces.gold"] else 1.0
    s["dates.p"], s["dates.r"], s["dates.f1"] = prf(t["dates.tp"], t["dates.pred"], t["dates.gold"])
    s["dates.found.r"] = t["dates.found"] / t["dates.gold"] if t["dates.gold"] else 1.0
    s["agreements.p"], s["agreements.r"], s["agreements.f1"] = prf(
        t["agreements.tp"], t["agreements.pred"], t["agreements.gold"]
    )
    for key in ("kind", "count", "signed"):
        n = t[f"agreements.{key}.n"]
        s[f"agreements.{key}"] = t[f"agreements.{key}.ok"] / n if n else 0.0
    s["fields.p"], s["fields.r"], s["fields.f1"] = prf(
        t["fields.tp"], t["fields.pred"], t["fields.gold"]
    )
    for key in ("published", "source", "dateline"):
        s[key] = t[f"{key}.ok"] / t[f"{key}.n"] if t[f"{key}.n"] else 0.0
    parts = [s["officials.f1"], s["roles.r"], s["dates.f1"], s["agreements.f1"], s["fields.f1"]]
    s["overall"] = sum(parts) / len(parts)
    return s


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--gold", type=Path, default=SHARED / "gold", help="folder of gold JSON files")
    ap.add_argument(
        "--texts", type=Path, default=SHARED / "seeds", help="folder of the texts gold files name"
    )
    ap.add_argument("--misses", action="store_true", help="list what each article missed or added")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = ap.parse_args(argv)

    import dipparse  # the library under test

    t = Tally()
    report: list[str] = []
    for path in sorted(args.gold.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (
            gold["text"]
            if "text" in gold
            else (args.texts / gold["file"]).read_text(encoding="utf-8")
        )
        out = dipparse.parse(text).to_dict()
        misses: list[str] = []
        score_article(text, gold, out, t, misses)
        if misses:
            report.append(f"## {path.name}")
            report.extend(f"  {m}" for m in misses)
    s = summarize(t)
    if args.json:
        print(json.dumps(s, indent=2, sort_keys=True))
    else:
        if args.misses:
            print("\n".join(report))
        for key in sorted(s):
            print(f"{key:28s} {s[key]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
