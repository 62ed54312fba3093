"""Calendar arithmetic shared by the date and header readers.

Month and weekday words come from ``data/months.json``. Values are resolved
against a reference date: a day without a year takes the year that puts it
nearest the reference, a weekday the nearest such day not after it (or the
next one for a sentence about the future).
"""

from __future__ import annotations

import datetime as _dt
import functools

import regex

from dipparse._data import load_json
from dipparse._digits import to_int
from dipparse.names import fold

__all__ = [
    "month_number",
    "month_table",
    "nearest_date",
    "nearest_weekday",
    "nearest_year",
    "resolve_loose",
    "safe_date",
    "weekday_number",
    "weekday_table",
]


@functools.cache
def month_table() -> dict[str, int]:
    """Month words (lower case, no period) to 1-12, from ``data/months.json`` (shared: do not mutate)."""
    table: dict[str, int] = {}
    for num, words in load_json("months.json")["months"].items():
        for w in words:
            table[w] = int(num)
    return table


@functools.cache
def weekday_table() -> dict[str, int]:
    """Weekday words (folded, lower case) to 0 (Monday)-6, from ``data/months.json`` (shared: do not mutate)."""
    table: dict[str, int] = {}
    for num, words in load_json("months.json")["weekdays"].items():
        for w in words:
            table[fold(w)] = int(num)
    return table


def month_number(word: str) -> int | None:
    """Return 1-12 for an English month word (``Aug.``, ``August``), else ``None``.

    Example:
        >>> month_number("Aug."), month_number("SEPT"), month_number("Mayor")
        (8, 9, None)
    """
    return month_table().get(word.rstrip(".").lower())


def weekday_number(word: str) -> int | None:
    """Return 0 (Monday) to 6 (Sunday) for a weekday word, else ``None``.

    Example:
        >>> weekday_number("Sunday"), weekday_number("thứ Hai")
        (6, 0)
    """
    return weekday_table().get(" ".join(fold(word).lower().rstrip(".").split()))


def safe_date(year: int, month: int, day: int) -> _dt.date | None:
    """Return the date, or ``None`` when it does not exist (``Feb. 30``).

    Example:
        >>> safe_date(2024, 2, 29), safe_date(2023, 2, 29)
        (datetime.date(2024, 2, 29), None)
    """
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int, ref: _dt.date) -> int:
    """Return the year that puts ``month``/``day`` nearest ``ref``.

    Example:
        >>> nearest_year(12, 30, _dt.date(2025, 1, 3))
        2024
        >>> nearest_year(2, 19, _dt.date(2025, 2, 18))
        2025
    """
    if not (month == 2 and day == 29):
        d = safe_date(ref.year, month, day)
        # Within half a year of ``ref`` no other year comes as near (or as near).
        if d is not None and abs((d - ref).days) <= 182:
            return ref.year
    best_year = ref.year
    best_gap: int | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        d = safe_date(year, month, min(day, 28) if month == 2 and day == 29 else day)
        if d is None:
            continue
        gap = abs((d - ref).days)
        if best_gap is None or gap < best_gap:
            best_year, best_gap = year, gap
    return best_year


def nearest_date(month: int, day: int, ref: _dt.date) -> _dt.date | None:
    """Return ``month``/``day`` in the year :func:`nearest_year` gives, or ``None`` where it has no such day.

    Example:
        >>> nearest_date(12, 30, _dt.date(2025, 1, 3))
        datetime.date(2024, 12, 30)
        >>> nearest_date(2, 29, _dt.date(2025, 3, 1)) is None  # 2025 is nearest, and has none
        True
    """
    if not (month == 2 and day == 29):
        # ``nearest_year``'s first test, its date kept.
        d = safe_date(ref.year, month, day)
        if d is not None and abs((d - ref).days) <= 182:
            return d
    return safe_date(nearest_year(month, day, ref), month, day)


def nearest_weekday(weekday: int, ref: _dt.date, *, future: bool = False) -> _dt.date:
    """Return the nearest ``weekday`` not after ``ref``, or the next one after it if ``future``.

    Example:
        >>> nearest_weekday(0, _dt.date(2024, 8, 19))  # a Monday dateline
        datetime.date(2024, 8, 19)
        >>> nearest_weekday(4, _dt.date(2024, 8, 19), future=True)
        datetime.date(2024, 8, 23)
    """
    if future:
        ahead = (weekday - ref.weekday()) % 7 or 7
        return ref + _dt.timedelta(days=ahead)
    back = (ref.weekday() - weekday) % 7
    return ref - _dt.timedelta(days=back)


_LOOSE = regex.compile(
    r"^\s*(?:(?P<mon>[\p{L}]+)(?:\.\s*|\s+)(?P<day>\d{1,2})(?:,?\s*(?P<year>\d{4}))?"
    r"|(?P<day2>\d{1,2})\s+(?P<mon2>[\p{L}]+)\.?(?:,?\s*(?P<year2>\d{4}))?"
    r"|(?P<d3>\d{1,2})/(?P<m3>\d{1,2})(?:/(?P<y3>\d{4}))?)\s*$"
)


def resolve_loose(text: str, ref: _dt.date | None) -> _dt.date | None:
    """Read a short day expression (``Aug. 19``, ``19 August 2024``, ``19/8``) against ``ref``.

    Args:
        text: The expression.
        ref: The reference date that supplies a missing year; without one
            only an expression with its year is read.

    Returns:
        The date, or ``None`` if ``text`` is not such an expression (or has
        no year and no ``ref``).

    Example:
        >>> resolve_loose("Aug. 19", _dt.date(2024, 8, 20))
        datetime.date(2024, 8, 19)
        >>> resolve_loose("19/8/2024", _dt.date(2025, 1, 1))
        datetime.date(2024, 8, 19)
        >>> resolve_loose("Aug.19", _dt.date(2024, 8, 20))
        datetime.date(2024, 8, 19)
    """
    m = _LOOSE.match(text)
    if m is None:
        return None
    if m["mon"] or m["mon2"]:
        month = month_number(m["mon"] or m["mon2"])
        day = to_int(m["day"] or m["day2"])
        year_s = m["year"] or m["year2"]
    else:
        month = to_int(m["m3"])
        day = to_int(m["d3"])
        year_s = m["y3"]
    if month is None or not 1 <= month <= 12:
        return None
    if year_s:
        year = to_int(year_s)
    elif ref is not None:
        year = nearest_year(month, day, ref)
    else:
        return None
    return safe_date(year, month, day)
