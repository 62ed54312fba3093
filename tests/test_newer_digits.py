"""Digits that the ``regex`` module knows and this Python's ``int`` does not.

``regex`` follows a newer Unicode than Python 3.11, so its ``\\d`` matches
digits (Kawi, Garay, ...) that ``int()`` rejects; a pattern that matched them
must not make ``parse`` crash.
"""

from __future__ import annotations

import datetime as _dt
import sys

import pytest
import regex
from tests.strategies import spans

import dipparse
from dipparse._digits import to_int

_D = regex.compile(r"\d")
NEWER = [c for c in map(chr, range(sys.maxunicode + 1)) if not c.isdecimal() and _D.match(c)]
KAWI_ONE, KAWI_THREE = "\U00011f51", "\U00011f53"

TEMPLATES = (
    "They signed the {d} cooperation documents.",
    "They signed 2{d} agreements and {d}{d} memoranda.",
    "On 1{d} August 2024 they met. On {d} August they met again.",
    "The 1{d}/8/2024 meeting and the {d}.{d}.20{d}{d} talks.",
    "Ngày {d}{d} tháng {d} năm 2024, hai bên ký {d} văn kiện hợp tác.",
    "{d} days ago they met; {d}{d} years since the signing of the treaty.",
    "date: 2024-0{d}-1{d}\n\nHANOI, Aug. 1{d} (VNA) - Talks were held in 20{d}{d}.",
)


def test_the_newer_digits_exist() -> None:
    # If a future Python knows them all, this file tests nothing: say so.
    if not NEWER:
        pytest.skip("this Python's Unicode knows every digit regex knows")
    assert KAWI_ONE in NEWER


@pytest.mark.parametrize("template", TEMPLATES)
def test_parse_reads_newer_digits_without_crashing(template: str) -> None:
    for d in NEWER:
        text = template.format(d=d)
        article = dipparse.parse(text, published=_dt.date(2024, 9, 1))
        for path, m in spans(article):
            assert text[m.start : m.end] == m.text, path


def test_a_newer_digit_counts_as_its_value() -> None:
    text = f"They signed the {KAWI_THREE} cooperation documents."
    (agreement,) = dipparse.parse(text).agreements
    assert agreement.count == 3
    (date,) = dipparse.parse(
        f"{KAWI_THREE} days ago they met.", published=_dt.date(2024, 9, 1)
    ).dates
    assert date.value == "2024-08-29"


def test_to_int_reads_every_digit_by_its_place() -> None:
    assert to_int("2024") == 2024
    assert to_int("١٢") == 12  # Arabic-Indic, known to int()
    assert to_int(KAWI_ONE + KAWI_THREE) == 13
    for d in NEWER:
        assert 0 <= to_int(d) <= 9
    with pytest.raises(ValueError, match="invalid literal"):
        to_int("1a")
