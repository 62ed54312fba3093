from __future__ import annotations

import datetime

import pytest

from dipparse.calendar import (
    month_number,
    nearest_weekday,
    nearest_year,
    resolve_loose,
    safe_date,
    weekday_number,
)

D = datetime.date


class TestWords:
    @pytest.mark.parametrize(
        ("word", "number"),
        [("August", 8), ("Aug.", 8), ("SEPT", 9), ("sep", 9), ("May", 5), ("Mayor", None)],
    )
    def test_month_number(self, word, number):
        """Month words and abbreviations map to 1-12; other words to None."""
        assert month_number(word) == number

    @pytest.mark.parametrize(
        ("word", "number"),
        [
            ("Monday", 0),
            ("Sunday", 6),
            ("thứ Hai", 0),
            ("thu hai", 0),
            ("Chủ nhật", 6),
            ("x", None),
        ],
    )
    def test_weekday_number(self, word, number):
        """English and Vietnamese weekday words map to 0 (Monday) to 6 (Sunday)."""
        assert weekday_number(word) == number


class TestArithmetic:
    def test_safe_date(self):
        """Impossible days give None instead of raising."""
        assert safe_date(2024, 2, 29) == D(2024, 2, 29)
        assert safe_date(2023, 2, 29) is None

    @pytest.mark.parametrize(
        ("month", "day", "ref", "year"),
        [
            (12, 30, D(2025, 1, 3), 2024),
            (1, 3, D(2024, 12, 30), 2025),
            (8, 19, D(2024, 8, 20), 2024),
            (2, 29, D(2025, 3, 1), 2025),
        ],
    )
    def test_nearest_year(self, month, day, ref, year):
        """A day without a year takes the year nearest the reference, across New Year too."""
        assert nearest_year(month, day, ref) == year

    @pytest.mark.parametrize(
        ("weekday", "future", "expected"),
        [
            (0, False, D(2024, 8, 19)),
            (6, False, D(2024, 8, 18)),
            (4, False, D(2024, 8, 16)),
            (4, True, D(2024, 8, 23)),
            (0, True, D(2024, 8, 26)),
        ],
    )
    def test_nearest_weekday(self, weekday, future, expected):
        """Past weekdays are not after the reference; future ones strictly after it."""
        assert nearest_weekday(weekday, D(2024, 8, 19), future=future) == expected


class TestResolveLoose:
    @pytest.mark.parametrize(
        ("text", "ref", "expected"),
        [
            ("Aug. 19", D(2024, 8, 20), D(2024, 8, 19)),
            ("19 August 2024", D(2025, 1, 1), D(2024, 8, 19)),
            ("Dec. 30", D(2025, 1, 2), D(2024, 12, 30)),
            ("19/8", D(2024, 8, 20), D(2024, 8, 19)),
            ("19/8/2024", D(2025, 1, 1), D(2024, 8, 19)),
            ("Feb. 30", D(2024, 3, 1), None),
            ("Mayor 3", D(2024, 3, 1), None),
        ],
    )
    def test_resolve_loose(self, text, ref, expected):
        """Short day expressions as datelines write them resolve against the reference."""
        assert resolve_loose(text, ref) == expected


class TestNearestDate:
    @pytest.mark.parametrize(
        ("month", "day", "ref", "expected"),
        [
            (12, 30, D(2025, 1, 3), D(2024, 12, 30)),
            (1, 3, D(2024, 12, 30), D(2025, 1, 3)),
            (8, 19, D(2024, 8, 20), D(2024, 8, 19)),
            (2, 29, D(2024, 3, 1), D(2024, 2, 29)),
            (2, 29, D(2025, 3, 1), None),
            (4, 31, D(2024, 4, 10), None),
        ],
    )
    def test_nearest_date(self, month, day, ref, expected):
        """The day in its nearest year, or None where that year has no such day."""
        from dipparse.calendar import nearest_date

        assert nearest_date(month, day, ref) == expected

    def test_same_as_nearest_year(self):
        """Every day of the year against references two years round gives nearest_year's date."""
        from dipparse.calendar import nearest_date

        for k in range(0, 800, 7):
            ref = D(2023, 1, 1) + datetime.timedelta(days=k)
            for month in range(1, 13):
                for day in range(1, 32):
                    want = safe_date(nearest_year(month, day, ref), month, day)
                    assert nearest_date(month, day, ref) == want, (month, day, ref)


class TestResolveLooseWithoutReference:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Nov. 2, 2023", datetime.date(2023, 11, 2)),
            ("2 November 2023", datetime.date(2023, 11, 2)),
            ("2/11/2023", datetime.date(2023, 11, 2)),
            ("Nov. 2", None),
            ("2/11", None),
        ],
    )
    def test_year_needed(self, text, expected):
        """Without a reference date only an expression with its year is read."""
        assert resolve_loose(text, None) == expected
