"""Fuzz dipparse for a fixed time: random and structured text, every invariant checked.

Usage (from the project root)::

    python scripts/fuzz.py --minutes 10
    python scripts/fuzz.py --seconds 30 --seed 1 --out fuzz-findings

Each input comes from the property tests' strategies (``tests/strategies.py``:
sentences spliced with lone surrogates, control characters, combining marks,
right-to-left text, mojibake, very long words) and from the seed articles'
paragraphs spliced the same way. For each input the fuzzer checks what the
property tests check: ``parse`` does not raise, every span is honest,
``from_dict(to_dict(a)) == a``, ``to_json()`` is valid UTF-8 JSON that
conforms to the schema; and it flags any single ``parse`` slower than
``--slow`` seconds (a pattern backtracking).

Hypothesis runs in batches with fresh random seeds until the time is up; a
failure is shrunk to a minimal input, printed and written under ``--out``.
Exit status: 0 when nothing was found, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import dipparse  # noqa: E402


class SlowParseError(Exception):
    """One parse took longer than the limit: likely a backtracking pattern."""


def _strategies() -> tuple[Any, Any, Any]:
    import strategies as s

    paragraphs = [
        p.strip()
        for path in sorted((ROOT / "seeds").glob("*.txt"))
        for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))
        if p.strip()
    ]

    @st.composite
    def seed_spliced(draw: st.DrawFn) -> str:
        text = draw(st.sampled_from(paragraphs)) if paragraphs else ""
        for _ in range(draw(st.integers(0, 8))):
            at = draw(st.integers(0, len(text)))
            noise = draw(st.sampled_from(s.NOISE) | s.odd_text | s.long_word)
            text = text[:at] + noise + text[at:]
        return text

    texts = st.one_of(s.texts, seed_spliced(), s.articles_text())
    return texts, s.published, s.languages


def check_article(text: str, published: Any, language: Any, slow: float) -> None:
    """Parse ``text`` and check every invariant of the output; raise on a violation."""
    t0 = time.perf_counter()
    a = dipparse.parse(text, published=published, language=language)
    took = time.perf_counter() - t0
    if took > slow:
        raise SlowParseError(f"parse took {took:.2f} s on {len(text)} characters")
    records: list[Any] = [m for o in a.officials for m in (*o.titles, *o.mentions)]
    records += [*a.dates, *a.agreements, *(m for f in a.fields for m in f.mentions)]
    for r in records:
        assert 0 <= r.start <= r.end <= len(text), r
        assert text[r.start : r.end] == r.text, r
    if a.dateline is not None:
        assert 0 <= a.dateline.start <= a.dateline.end <= len(text), a.dateline
    assert dipparse.Article.from_dict(a.to_dict()) == a
    data = json.loads(a.to_json().encode("utf-8"))
    _validator().validate(data)


_VALIDATOR: Any = None


def _validator() -> Any:
    global _VALIDATOR
    if _VALIDATOR is None:
        import jsonschema

        schema = dipparse.json_schema()
        _VALIDATOR = jsonschema.validators.validator_for(schema)(schema)
    return _VALIDATOR


def _batch(
    texts: Any,
    published: Any,
    languages: Any,
    batch: int,
    deadline: float,
    slow: float,
    target: Callable[[str, Any, Any, float], None],
    last: dict[str, Any],
) -> Callable[[int], int]:
    """One Hypothesis run of up to ``batch`` inputs; returns how many it checked."""

    def run_batch(seed: int) -> int:
        count = 0

        @settings(
            max_examples=batch,
            deadline=None,
            database=None,
            derandomize=False,
            phases=[Phase.generate, Phase.shrink],
            suppress_health_check=list(HealthCheck),
            print_blob=False,
        )
        @given(texts, published, languages)
        def fuzz(text: str, when: Any, lang: Any) -> None:
            nonlocal count
            if count and time.monotonic() >= deadline and not last:
                # Time is up: let the batch finish quickly (but every batch runs
                # at least one input, however loaded the machine).
                return
            count += 1
            try:
                target(text, when, lang, slow)
            except Exception:
                last["input"] = (text, when, lang)
                last["count"] = count
                raise

        fuzz._hypothesis_internal_use_seed = seed  # type: ignore[attr-defined]
        try:
            fuzz()
        finally:
            last["count"] = count
        return count

    return run_batch


def run(
    seconds: float,
    *,
    seed: int | None = None,
    batch: int = 500,
    slow: float = 2.0,
    target: Callable[[str, Any, Any, float], None] = check_article,
    out: Path | None = None,
    max_findings: int = 5,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Fuzz ``target`` for ``seconds``; return the examples run and the findings."""
    texts, published, languages = _strategies()
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    examples = 0
    findings: list[dict[str, str]] = []
    batches = 0
    while time.monotonic() < deadline and len(findings) < max_findings:
        batches += 1
        last: dict[str, Any] = {}
        fuzz = _batch(texts, published, languages, batch, deadline, slow, target, last)

        try:
            fuzz(rng.getrandbits(64))
        except Exception as exc:
            text, when, lang = last.get("input", ("?", None, None))
            finding = {
                "error": f"{type(exc).__name__}: {exc}".splitlines()[0][:500],
                "text": repr(text),
                "published": repr(when),
                "language": repr(lang),
                "traceback": "".join(traceback.format_exception(exc)),
            }
            findings.append(finding)
            log(
                f"FOUND {finding['error']}\n  parse({finding['text'][:300]}, published={when!r}, language={lang!r})"
            )
            if out is not None:
                out.mkdir(parents=True, exist_ok=True)
                path = out / f"finding-{len(findings):03d}.json"
                path.write_text(json.dumps(finding, indent=2) + "\n", encoding="utf-8")
                log(f"  written to {path}")
        examples += last.pop("count", 0)
        left = max(0.0, deadline - time.monotonic())
        log(f"batch {batches}: {examples} inputs, {len(findings)} findings, {left:.0f} s left")
    return {"examples": examples, "batches": batches, "findings": findings, "seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fuzz dipparse.parse for a fixed time.")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--minutes", type=float, help="how long to run")
    length.add_argument("--seconds", type=float, help="how long to run (default 60)")
    parser.add_argument("--seed", type=int, help="random seed, to repeat a run")
    parser.add_argument("--batch", type=int, default=500, help="inputs per Hypothesis batch")
    parser.add_argument("--slow", type=float, default=2.0, help="seconds one parse may take")
    parser.add_argument("--out", type=Path, help="directory to write findings to")
    parser.add_argument("--max-findings", type=int, default=5, help="stop after this many findings")
    args = parser.parse_args(argv)
    seconds = args.minutes * 60 if args.minutes is not None else (args.seconds or 60.0)
    t0 = time.monotonic()
    result = run(
        seconds,
        seed=args.seed,
        batch=args.batch,
        slow=args.slow,
        out=args.out,
        max_findings=args.max_findings,
    )
    took = time.monotonic() - t0
    print(
        f"dipparse {dipparse.__version__}: {result['examples']} inputs in {took:.0f} s,"
        f" {len(result['findings'])} findings"
    )
    return 1 if result["findings"] else 0


if __name__ == "__main__":
    sys.exit(main())
