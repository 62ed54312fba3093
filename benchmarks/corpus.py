"""A larger corpus generated from the seed articles, for benchmarking.

Each generated article recombines paragraphs drawn from all seeds (a header
line, an optional wire dateline, three to eight body paragraphs, an optional
credit line), then varies what a parser keys on: people's names are swapped
for other names of the same country (the shipped gazetteer's people and
generated ones), month names, days, years and weekdays are redrawn. The
result reads like the seeds but is not any of them, so a parser cannot win by
caching whole texts, and the mix of lengths and features stays realistic.

Everything is seeded: the same ``seed`` gives the same corpus on every machine.

Usage from Python::

    from corpus import generate, load_seeds
    texts = generate(load_seeds(), 2000, seed=1)

or ``python benchmarks/corpus.py --count 2000 --out corpus.jsonl``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"

_HEADER = re.compile(r"\A\s*date\s+\d{4}-\d{2}-\d{2}\s*")
_PARAGRAPHS = re.compile(r"\n\s*\n")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_MONTH_ABBR = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
_MONTH_RE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)(?P<day>\s+\d{1,2}\b)?"
)
_YEAR_RE = re.compile(r"\b(?:19[5-9]\d|20[0-3]\d)\b")
_WEEKDAY_RE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

# Syllables to make names that no gazetteer knows: parsers meet those daily.
_VN_FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
_VN_MIDDLE = "Văn Thị Minh Hữu Đức Thanh Quang Xuân Hồng Ngọc Anh Công".split()
_VN_GIVEN = "Hùng Dũng Lan Hương Sơn Thắng Trung Phúc Long Hải Tuấn Khoa Bình Nam Vinh".split()
_CN_FAMILY = (
    "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma".split()
)
_CN_GIVEN = "Wei Fang Min Jing Qiang Lei Jun Yang Yong Jie Tao Ming Chao Hua Ping Gang Hong".split()
_DATELINES = (
    "BEIJING, {mon} {day} (Xinhua) -- ",
    "HÀ NỘI – ",
    "HANOI, {mon} {day} (VNA) – ",
    "NANNING, {mon} {day} (Xinhua) -- ",
    "",
    "",
)
_CREDITS = ("VNA", "VNS", "Xinhua", "", "")


def load_seeds(directory: Path = SEEDS_DIR) -> list[str]:
    """Return the text of every ``*.txt`` seed article, sorted by file name."""
    return [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]


def paragraphs(texts: Sequence[str]) -> list[str]:
    """Split the seeds into body paragraphs, header lines and short credit lines left out."""
    out: list[str] = []
    for text in texts:
        body = _HEADER.sub("", text, count=1)
        for para in _PARAGRAPHS.split(body):
            para = para.strip()
            if len(para) >= 60:
                out.append(para)
    return out


def _known_names() -> dict[str, list[str]]:
    """People of the shipped gazetteer by country, with their ASCII spellings."""
    try:
        import dipparse
    except ImportError:  # the corpus does not need dipparse, only uses its names
        return {}
    by_country: dict[str, list[str]] = {}
    for person in dipparse.Gazetteer.default().people:
        if person.country is None:
            continue
        names = by_country.setdefault(person.country, [])
        for name in sorted({person.name, dipparse.fold(person.name)}):
            if " " in name:
                names.append(name)
    return by_country


def _new_name(rng: random.Random, country: str) -> str:
    if country == "CN":
        given = rng.choice(_CN_GIVEN) + rng.choice(_CN_GIVEN).lower()
        return f"{rng.choice(_CN_FAMILY)} {given}"
    return f"{rng.choice(_VN_FAMILY)} {rng.choice(_VN_MIDDLE)} {rng.choice(_VN_GIVEN)}"


class _Varier:
    """Redraws names and dates in a paragraph."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        known = _known_names()
        self.country_of: dict[str, str] = {}
        for country, names in known.items():
            for name in names:
                self.country_of[name] = country
        self.pool: dict[str, list[str]] = {c: list(dict.fromkeys(n)) for c, n in known.items()}
        alternatives = sorted(self.country_of, key=len, reverse=True)
        self.name_re = (
            re.compile("|".join(re.escape(n) for n in alternatives)) if alternatives else None
        )

    def name(self, m: re.Match[str]) -> str:
        country = self.country_of[m.group()]
        pool = self.pool.get(country, [])
        if pool and self.rng.random() < 0.5:
            return self.rng.choice(pool)
        return _new_name(self.rng, country)

    def month(self, m: re.Match[str]) -> str:
        i = self.rng.randrange(12)
        word = _MONTH_ABBR[i] if m.group().endswith(".") or "." in m.group() else _MONTHS[i]
        day = f" {self.rng.randint(1, 28)}" if m.group("day") else ""
        return word + day

    def vary(self, para: str) -> str:
        if self.name_re is not None:
            para = self.name_re.sub(self.name, para)
        para = _MONTH_RE.sub(self.month, para)
        para = _YEAR_RE.sub(lambda m: str(self.rng.randint(1990, 2030)), para)
        return _WEEKDAY_RE.sub(lambda m: self.rng.choice(_WEEKDAYS), para)


def generate(seeds: Sequence[str], count: int, *, seed: int = 1) -> list[str]:
    """Return ``count`` articles recombined from the paragraphs of ``seeds``.

    Args:
        seeds: The seed article texts.
        count: How many articles to make.
        seed: The random seed; the same seed gives the same corpus.

    Returns:
        The articles, each a ``str`` starting with a `` date YYYY-MM-DD`` line.
    """
    return list(itertools.islice(stream(seeds, seed=seed), count))


def stream(seeds: Sequence[str], *, seed: int = 1) -> Iterator[str]:
    """Yield generated articles without end (see :func:`generate`); memory stays constant."""
    rng = random.Random(seed)
    paras = paragraphs(seeds)
    if not paras:
        raise ValueError("no seed paragraphs to recombine")
    varier = _Varier(rng)
    while True:
        year = rng.randint(2015, 2026)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        header = f" date {year:04d}-{month:02d}-{day:02d} "
        dateline = rng.choice(_DATELINES).format(mon=_MONTH_ABBR[month - 1], day=day)
        body = [varier.vary(p) for p in rng.sample(paras, min(len(paras), rng.randint(3, 8)))]
        body[0] = dateline + body[0]
        credit = rng.choice(_CREDITS)
        if credit:
            body.append(credit)
        yield header + "\n\n" + "\n\n".join(body) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="JSON Lines, one text per line")
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8") as f:
        for text in generate(load_seeds(), args.count, seed=args.seed):
            f.write(json.dumps(text, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
