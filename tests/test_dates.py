from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dipparse
from dipparse.dates import extract_dates
from dipparse.text import prepare

D = datetime.date
MON = D(2024, 8, 19)  # a Monday


def read(text: str, ref: datetime.date | None = MON, language: str | None = "en"):
    """(text, value, end_value, granularity) of each date found."""
    return [
        (d.text, d.value, d.end_value, d.granularity)
        for d in extract_dates(prepare(text), ref, language)
    ]


def values(text: str, ref: datetime.date | None = MON, language: str | None = "en"):
    return [(v, e) for _, v, e, _ in read(text, ref, language)]


class TestMonthNames:
    @pytest.mark.parametrize(
        ("text", "span", "value"),
        [
            ("They met on August 28 in Hanoi.", "August 28", "2024-08-28"),
            ("They met on Aug. 19 in Hanoi.", "Aug. 19", "2024-08-19"),
            ("They met on Aug 19 in Hanoi.", "Aug 19", "2024-08-19"),
            ("They met on Aug.19 in Hanoi.", "Aug.19", "2024-08-19"),
            ("They met on 19 August 2024 in Hanoi.", "19 August 2024", "2024-08-19"),
            ("They met on Aug. 19, 2024, in Hanoi.", "Aug. 19, 2024", "2024-08-19"),
            ("They met on August 28th in Hanoi.", "August 28th", "2024-08-28"),
            ("They met on the 12th of August.", "12th of August", "2024-08-12"),
            ("The treaty was signed on Dec. 30, 1999.", "Dec. 30, 1999", "1999-12-30"),
            ("Talks resume on Sept. 2.", "Sept. 2", "2024-09-02"),
            ("BEIJING, AUGUST 19 -- Talks opened.", "AUGUST 19", "2024-08-19"),
            ("They met on the fourth of September.", "fourth of September", "2024-09-04"),
            (
                "It was signed on the thirty-first of May, 2019.",
                "thirty-first of May, 2019",
                "2019-05-31",
            ),
            ("Talks opened on the Twelfth of August.", "Twelfth of August", "2024-08-12"),
        ],
    )
    def test_day(self, text, span, value):
        """A month word with a day reads as that day."""
        assert read(text) == [(span, value, None, "day")]

    @pytest.mark.parametrize(
        ("text", "span", "value"),
        [
            ("Trade rose in August 2024.", "August 2024", "2024-08"),
            ("Trade rose in Sept. 2023.", "Sept. 2023", "2023-09"),
            ("Trade rose in August.", "August", "2024-08"),
            ("Trade rose in mid-August.", "mid-August", "2024-08"),
            ("Trade rose last March.", "last March", "2024-03"),
            ("Trade rose in May last year.", "May last year", "2023-05"),
            ("Trade will rise in December.", "December", "2024-12"),
            ("He visits in the first half of December.", "December", "2024-12"),
            ("He visits in the second week of December.", "December", "2024-12"),
            ("He visits in the latter part of December.", "December", "2024-12"),
        ],
    )
    def test_month(self, text, span, value):
        """A month word with a year, or after a cue, reads as a month."""
        assert read(text) == [(span, value, None, "month")]

    def test_month_without_year_takes_nearest(self):
        """A month alone takes the year that puts it nearest the reference date."""
        assert values("It fell in November.", D(2025, 1, 10)) == [("2024-11", None)]


class TestNumericForms:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Published 2024-08-18 in Hanoi.", "2024-08-18"),
            ("Published 2024/08/18 in Hanoi.", "2024-08-18"),
            ("Published 19/8/2024 in Hanoi.", "2024-08-19"),
            ("Published 03/04/2024 in Hanoi.", "2024-04-03"),
            ("Published 19.08.2024 in Hanoi.", "2024-08-19"),
            ("Published 8/19/2024 in Hanoi.", "2024-08-19"),
        ],
    )
    def test_full_numeric_date(self, text, value):
        """ISO is year first; other numeric dates are day first unless that is impossible."""
        assert values(text) == [(value, None)]

    def test_header_line_is_a_date(self):
        """The `` date YYYY-MM-DD`` header line is a date mention."""
        a = dipparse.parse(" date 2024-08-18 Xi met Lam on Sunday.")
        assert [(d.text, d.value) for d in a.dates] == [
            ("2024-08-18", "2024-08-18"),
            ("on Sunday", "2024-08-18"),
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "Decision 1563/QD-TTg and Decree 15/2024/ND-CP took effect.",
            "Call 024.3825.1234 for details.",
            "The score was 19/8 at half time.",
            "Version 2.9.1 was released.",
            "Invalid 31/02/2024 stays unread.",
        ],
    )
    def test_not_numeric_dates(self, text):
        """Document numbers, phone numbers, versions and impossible days are not dates."""
        assert read(text) == []


class TestYears:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("The Border Treaty of 1999 was ratified.", "1999"),
            ("The August Revolution of 1945 has shaped the nation.", "1945"),
            ("The Accord of 2000 remains in force.", "2000"),
            ("The crisis of 2008 as well as the pandemic hurt trade.", "2008"),
        ],
    )
    def test_year_after_of_before_a_verb(self, text, value):
        """A year after a name and ``of`` is a year though a word in -s follows (was a count)."""
        assert values(text) == [(value, None)]

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Exports grew 8% compared with 2021.", "2021"),
            ("Exports grew 8 percent compared to 2019.", "2019"),
            ("Exports in 2024 versus 2023 grew.", "2023"),
        ],
    )
    def test_year_of_comparison(self, text, value):
        """The year a figure is compared with is a year (was left out)."""
        assert values(text)[-1] == (value, None)

    @pytest.mark.parametrize(
        ("text", "span", "value", "end"),
        [
            ("Trade doubled in 2025.", "2025", "2025", None),
            ("Ties have grown since 1991.", "1991", "1991", None),
            ("The goal is due by the end of 2030.", "2030", "2030", None),
            ("Growth slowed in mid-2023.", "2023", "2023", None),
            ("The Year of Humanistic Exchange 2025 opens.", "2025", "2025", None),
            ("Plans for the 2021-2025 period were set.", "2021-2025", "2021", "2025"),
            ("Plans for 2021–25 were set.", "2021–25", "2021", "2025"),
            ("Output grew from 2021 to 2025.", "2021 to 2025", "2021", "2025"),
            ("Output grew between 2019 and 2024.", "2019 and 2024", "2019", "2024"),
            ("They upheld the 1999 land border treaty.", "1999", "1999", None),
            ("They cited the 2015 Paris Agreement.", "2015", "2015", None),
            ("They cited a 2019 report.", "2019", "2019", None),
            ("They recalled the August Revolution of 1945.", "1945", "1945", None),
        ],
    )
    def test_year(self, text, span, value, end):
        """A four-digit number in year context is a year, or a range of years."""
        assert read(text) == [(span, value, end, "year")]

    @pytest.mark.parametrize(
        "text",
        [
            "The two sides signed 14 documents.",
            "Trade rose 25 percent to 2024 million USD.",
            "Some 2000 delegates attended the congress.",
            "The 2000 delegates and the 2000 people left.",
            "They guard the 2000 km border.",
            "The pact covers 1995 km of border.",
            "Decree 2024 and Room 2010 and No. 2025 are cited.",
            "Prices rose in the 1990s.",
            "It costs $2025 per unit.",
            "The deal is worth USD 2000 million.",
            "The meeting opened at 10:30 in the hall.",
            "He called 0243 2019 2025 for help.",
        ],
    )
    def test_not_years(self, text):
        """Counts, money, units, numbering, decades, times and phone numbers are not years."""
        assert read(text) == []

    @pytest.mark.parametrize(
        ("text", "language", "years"),
        [
            ("Trade grew in 2024 and 2025.", "en", ["2024", "2025"]),
            ("Trade grew in 2020, 2021 and 2022.", "en", ["2020", "2021", "2022"]),
            ("Kim ngạch tăng trong năm 2020, 2021 và 2022.", "vi", ["2020", "2021", "2022"]),
            ("Trade grew in 2024 and 2000 delegates came.", "en", ["2024"]),
        ],
    )
    def test_year_lists(self, text, language, years):
        """Years listed after a year are years too, unless a count follows."""
        assert [v for v, _ in values(text, language=language)] == years

    @pytest.mark.parametrize(
        "text", ["A total of 2000 attended.", "A group of 2000 people came.", "Some of 2000 left."]
    )
    def test_of_before_a_count(self, text):
        """``of`` before a count is not a year cue."""
        assert read(text) == []

    def test_year_needs_no_reference(self):
        """A year carries its full value, so it is kept without a reference date."""
        assert values("Trade doubled in 2025.", None) == [("2025", None)]


class TestWeekdays:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Xi met Lam on Monday.", "2024-08-19"),
            ("Xi met Lam on Sunday.", "2024-08-18"),
            ("Xi met Lam on Friday in Beijing.", "2024-08-16"),
            ("Xi said Tuesday that ties are strong.", "2024-08-13"),
            ("Xi, who will fly home later, said on Friday ties are strong.", "2024-08-16"),
            ("The meeting happened last Monday.", "2024-08-12"),
        ],
    )
    def test_past_sentence(self, text, value):
        """In a sentence about the past a weekday is the nearest such day not after the reference."""
        assert values(text) == [(value, None)]

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("The two leaders will meet on Friday.", "2024-08-23"),
            ("Talks are scheduled to open on Wednesday.", "2024-08-21"),
            ("The forum will be held on Sunday.", "2024-08-25"),
            ("On Thursday, the two sides will sign the deal.", "2024-08-22"),
            ("The envoy arrives next Saturday.", "2024-08-24"),
            ("The delegation on Friday will hold talks.", "2024-08-23"),
        ],
    )
    def test_future_sentence(self, text, value):
        """In a sentence about the future a weekday is the next such day after the reference."""
        assert values(text) == [(value, None)]

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("The forum will be held on Monday.", "2024-08-19"),
            ("Xi is scheduled to arrive in Hanoi on Monday.", "2024-08-19"),
            ("Hai bên sẽ ký kết vào thứ Hai.", "2024-08-19"),
            ("The forum will be held next Monday.", "2024-08-26"),
            ("Hai bên sẽ ký kết vào thứ Hai tới.", "2024-08-26"),
        ],
    )
    def test_future_on_the_reference_weekday(self, text, value):
        """The reference day's own weekday in a future sentence is that day; next/tới is a week on."""
        assert values(text, language=None) == [(value, None)]

    def test_weekday_with_date_is_one_mention(self):
        """A weekday followed by its date is one mention with the date's value."""
        assert read("They met on Monday, Aug. 19, 2024.") == [
            ("on Monday, Aug. 19, 2024", "2024-08-19", None, "day")
        ]

    @pytest.mark.parametrize(
        ("text", "span", "value", "end"),
        [
            (
                "Li toured Vietnam from Saturday to Monday.",
                "Saturday to Monday",
                "2024-08-17",
                "2024-08-19",
            ),
            (
                "Li will tour Vietnam from Wednesday to Friday.",
                "Wednesday to Friday",
                "2024-08-21",
                "2024-08-23",
            ),
            (
                "Talks ran Thursday through Saturday.",
                "Thursday through Saturday",
                "2024-08-15",
                "2024-08-17",
            ),
            (
                "Talks ran between Friday and Sunday.",
                "Friday and Sunday",
                "2024-08-16",
                "2024-08-18",
            ),
            (
                "Đoàn sẽ thăm Nam Ninh từ thứ Ba đến thứ Năm.",
                "thứ Ba đến thứ Năm",
                "2024-08-20",
                "2024-08-22",
            ),
            (
                "Hai bên làm việc từ thứ Hai tới thứ Tư tuần trước.",
                "thứ Hai tới thứ Tư tuần trước",
                "2024-08-12",
                "2024-08-14",
            ),
        ],
    )
    def test_weekday_range(self, text, span, value, end):
        """Two weekdays joined by to, through or đến are one range from the first to the second."""
        assert read(text, language=None) == [(span, value, end, "day")]

    def test_weekdays_listed_are_two_mentions(self):
        """``Monday and Wednesday`` without ``between`` lists two days."""
        assert [s for s, _, _, _ in read("Talks ran on Monday and Wednesday.")] == [
            "on Monday",
            "Wednesday",
        ]

    @pytest.mark.parametrize(
        ("text", "span"),
        [
            ("They met on Monday (Aug. 19) in Hanoi.", "on Monday (Aug. 19)"),
            ("Chiều thứ Hai (19/8), hai bên hội đàm.", "Chiều thứ Hai (19/8)"),
            ("Sáng thứ Hai ( ngày 19/8 ), hai bên hội đàm.", "Sáng thứ Hai ( ngày 19/8 )"),
        ],
    )
    def test_weekday_with_bracketed_date_closes_the_bracket(self, text, span):
        """A weekday with its date in brackets is one mention that ends at the closing bracket."""
        assert read(text, language=None) == [(span, "2024-08-19", None, "day")]

    @pytest.mark.parametrize(
        "text",
        [
            "The Sunday Times reported the visit.",
            "Pilgrims marked Easter Sunday.",
            "Markets open Mondays at nine.",
            "A sunday school opened.",
        ],
    )
    def test_not_weekdays(self, text):
        """Weekday words inside names, plurals and lower-case words are not dates."""
        assert read(text) == []

    def test_weekday_needs_reference(self):
        """Without a reference date a weekday has no value and is left out."""
        assert read("Xi met Lam on Monday.", None) == []


class TestRelativeWords:
    @pytest.mark.parametrize(
        ("text", "span", "value", "end", "gran"),
        [
            ("Xi spoke today.", "today", "2024-08-19", None, "day"),
            ("Xi spoke yesterday.", "yesterday", "2024-08-18", None, "day"),
            ("Xi speaks tomorrow.", "tomorrow", "2024-08-20", None, "day"),
            ("Xi will visit next year.", "next year", "2025", None, "year"),
            ("Xi visited last year.", "last year", "2023", None, "year"),
            ("Trade rose this year.", "this year", "2024", None, "year"),
            ("Xi visited last month.", "last month", "2024-07", None, "month"),
            ("Xi visits next month.", "next month", "2024-09", None, "month"),
            ("Xi visited last week.", "last week", "2024-08-12", "2024-08-18", "day"),
            ("Xi visits next week.", "next week", "2024-08-26", "2024-09-01", "day"),
            ("Xi visited two years ago.", "two years ago", "2022", None, "year"),
            ("Xi visited 3 days ago.", "3 days ago", "2024-08-16", None, "day"),
        ],
    )
    def test_relative(self, text, span, value, end, gran):
        """Relative words resolve against the reference date."""
        assert read(text) == [(span, value, end, gran)]

    def test_earlier_this_week(self):
        """``earlier this week`` runs from Monday to the reference day."""
        assert values("Xi visited earlier this week.", D(2024, 8, 22)) == [
            ("2024-08-19", "2024-08-22")
        ]

    def test_relative_needs_reference(self):
        """Without a reference date relative words are left out."""
        assert read("Xi will visit next year and spoke yesterday.", None) == []


class TestRanges:
    @pytest.mark.parametrize(
        ("text", "span", "value", "end"),
        [
            ("It runs February 19–22.", "February 19–22", "2025-02-19", "2025-02-22"),
            ("It ran from August 26 to 30.", "August 26 to 30", "2024-08-26", "2024-08-30"),
            ("It runs between May 5 and 7.", "May 5 and 7", "2025-05-05", "2025-05-07"),
            ("It runs 19-22 February.", "19-22 February", "2025-02-19", "2025-02-22"),
            (
                "It ran from August 30 to September 2.",
                "August 30 to September 2",
                "2024-08-30",
                "2024-09-02",
            ),
            ("It ran Feb. 19-22, 2024.", "Feb. 19-22, 2024", "2024-02-19", "2024-02-22"),
            (
                "It ran Dec. 30, 2023 to Jan. 2, 2024.",
                "Dec. 30, 2023 to Jan. 2, 2024",
                "2023-12-30",
                "2024-01-02",
            ),
        ],
    )
    def test_day_range(self, text, span, value, end):
        """A range gives its first day as value and its last as end_value."""
        assert read(text, D(2025, 2, 18)) == [(span, value, end, "day")]

    def test_range_across_year_end(self):
        """A range that crosses New Year puts its end in the next year."""
        assert values("It runs Dec. 30 to Jan. 2.", D(2024, 12, 20)) == [
            ("2024-12-30", "2025-01-02")
        ]

    @pytest.mark.parametrize(
        ("text", "span", "value", "end"),
        [
            (
                "Talks were held on August 28 and 29.",
                "August 28 and 29",
                "2024-08-28",
                "2024-08-29",
            ),
            (
                "Talks were held on 28 and 29 August.",
                "28 and 29 August",
                "2024-08-28",
                "2024-08-29",
            ),
            ("Trong hai ngày 28 và 29/8, đoàn làm việc.", "28 và 29/8", "2024-08-28", "2024-08-29"),
        ],
    )
    def test_two_days_in_a_row(self, text, span, value, end):
        """Two days in a row joined by 'and' (và) read as the range of both (the second was lost)."""
        assert read(text, language=None) == [(span, value, end, "day")]

    def test_and_between_days_apart_keeps_the_first(self):
        """'August 20 and 28' is no range: the first day is read, not a span over the days between."""
        assert values("Talks on August 20 and 28.") == [("2024-08-20", None)]

    def test_and_without_between_is_two_dates(self):
        """``August 28 and on August 29`` names two days, not a range."""
        assert values("Talks on August 28 and on August 29.") == [
            ("2024-08-28", None),
            ("2024-08-29", None),
        ]


class TestBareDayOfMonth:
    @pytest.mark.parametrize(
        ("text", "span", "value"),
        [
            ("The envoy arrived on the 3rd, officials said.", "on the 3rd", "2024-08-03"),
            ("The envoy arrived on the 28th in Hanoi.", "on the 28th", "2024-07-28"),
            ("The envoy will arrive on the 28th.", "on the 28th", "2024-08-28"),
            (
                "The envoy will arrive on the 9th of next month.",
                "on the 9th of next month",
                "2024-09-09",
            ),
            (
                "The envoy arrived on the 30th of last month.",
                "on the 30th of last month",
                "2024-07-30",
            ),
        ],
    )
    def test_bare_day(self, text, span, value):
        """``on the 3rd`` is a day of the reference month (of the one before, past it)."""
        assert read(text) == [(span, value, None, "day")]

    @pytest.mark.parametrize(
        "text",
        [
            "They met on the 5th anniversary of the treaty.",
            "The resolution of the 13th Congress was adopted on the 13th floor.",
            "It opened on the 2nd day of the fair.",
        ],
    )
    def test_ordinals_of_things(self, text):
        """An ordinal with a noun after it names a thing, not a day."""
        assert read(text) == []

    def test_needs_reference(self):
        """Without a reference date a bare day has no month and is left out."""
        assert read("The envoy arrived on the 3rd.", None) == []


class TestMonthRanges:
    @pytest.mark.parametrize(
        ("text", "span", "value", "end"),
        [
            ("Exports in the March-June period rose.", "March-June", "2024-03", "2024-06"),
            ("Exports rose from February to May.", "February to May", "2024-02", "2024-05"),
            ("Exports rose between April and July.", "April and July", "2024-04", "2024-07"),
            ("Exports rose from March to June 2023.", "March to June 2023", "2023-03", "2023-06"),
            (
                "It ran from November 2022 to March 2023.",
                "November 2022 to March 2023",
                "2022-11",
                "2023-03",
            ),
            ("Imports rose from October to February.", "October to February", "2023-10", "2024-02"),
            ("Kim ngạch từ tháng 2 đến tháng 6 tăng.", "tháng 2 đến tháng 6", "2024-02", "2024-06"),
            ("Kim ngạch tháng 3-5/2023 tăng mạnh.", "tháng 3-5/2023", "2023-03", "2023-05"),
            (
                "Từ tháng 4 tới tháng 7 năm 2022, hai bên hợp tác.",
                "tháng 4 tới tháng 7 năm 2022",
                "2022-04",
                "2022-07",
            ),
            ("Từ tháng 1 đến tháng 6 năm ngoái, xuất khẩu tăng.", None, "2023-01", "2023-06"),
        ],
    )
    def test_month_range(self, text, span, value, end):
        """Two months joined by a dash, to or đến are one range of months, the year shared."""
        got = read(text, language=None)
        assert [(v, e, g) for _, v, e, g in got] == [(value, end, "month")]
        if span is not None:
            assert got[0][0] == span

    @pytest.mark.parametrize(
        "text",
        [
            "Talks in January and July were held.",
            "the may-june rains",
            "Hai bên gặp vào tháng 8 tới.",
        ],
    )
    def test_not_month_ranges(self, text):
        """A list of two months, lower-case words and tháng ... tới (next) are no ranges."""
        assert all(e is None for _, _, e, _ in read(text, language=None))


class TestYearResolution:
    @pytest.mark.parametrize(
        ("text", "ref", "value"),
        [
            ("They met on Dec. 30.", D(2025, 1, 3), "2024-12-30"),
            ("They meet on Jan. 3.", D(2024, 12, 30), "2025-01-03"),
            ("It runs February 19–22.", D(2025, 2, 18), "2025-02-19"),
            ("They met on August 28.", D(2024, 8, 29), "2024-08-28"),
        ],
    )
    def test_nearest_year(self, text, ref, value):
        """A day without a year takes the year that puts it nearest the reference date."""
        assert values(text, ref)[0][0] == value

    def test_day_without_year_needs_reference(self):
        """Without a reference date a day without a year is left out; a full date is kept."""
        assert values("On Aug. 19 and on Aug. 20, 2024.", None) == [("2024-08-20", None)]


class TestNotDates:
    @pytest.mark.parametrize(
        "text",
        [
            "They implemented the resolution of the 13th Party Congress.",
            "The third plenary session of the 20th CPC Central Committee ended.",
            "They marked the 75th anniversary of diplomatic ties.",
            "The 16th session of the Joint Working Committee opened.",
            "The 5th edition of the fair drew crowds.",
            "They may sign more deals.",
            "The nations march toward modernization.",
            "May both peoples prosper.",
            "March forward, he urged.",
            "The two sides signed 14 cooperation documents.",
            "Trade grew 19.8 percent and 25% year on year.",
            "Celebrations of 25 years since the signing were held.",
            "The New Year meeting is an annual mechanism.",
            "The May 4th Movement shaped modern China.",
            "It is the first of its kind in the region.",
            "The second of the two sessions may open soon.",
        ],
    )
    def test_not_dates(self, text):
        """Ordinals of congresses and sessions, modal and verb ``may``/``march``, counts are not dates."""
        assert read(text) == []


class TestVietnamese:
    @pytest.mark.parametrize(
        ("text", "span", "value", "gran"),
        [
            ("Ngày 19/8/2024, hai bên ký kết.", "19/8/2024", "2024-08-19", "day"),
            (
                "Hội nghị diễn ra ngày 19 tháng 8 năm 2024.",
                "ngày 19 tháng 8 năm 2024",
                "2024-08-19",
                "day",
            ),
            ("Đoàn đến Hà Nội ngày 19-8.", "19-8", "2024-08-19", "day"),
            ("Đoàn đến Hà Nội ngày 20/8.", "20/8", "2024-08-20", "day"),
            ("Mít tinh mừng Quốc khánh 2.9 tại Hà Nội.", "2.9", "2024-09-02", "day"),
            ("Xuất khẩu tăng trong tháng 7.", "tháng 7", "2024-07", "month"),
            ("Xuất khẩu tăng trong tháng 7/2023.", "tháng 7/2023", "2023-07", "month"),
            ("Xuất khẩu tăng trong tháng Bảy.", "tháng Bảy", "2024-07", "month"),
            ("Kim ngạch tăng trong năm 2023.", "2023", "2023", "year"),
            ("Kim ngạch tăng mạnh năm nay.", "năm nay", "2024", "year"),
            ("Kim ngạch tăng mạnh năm ngoái.", "năm ngoái", "2023", "year"),
            ("Bộ trưởng đã phát biểu hôm qua.", "hôm qua", "2024-08-18", "day"),
            ("Bộ trưởng phát biểu sáng nay.", "sáng nay", "2024-08-19", "day"),
            ("Hai bên hội đàm vào thứ Hai.", "vào thứ Hai", "2024-08-19", "day"),
            ("Hai bên đã hội đàm vào chủ nhật.", "vào chủ nhật", "2024-08-18", "day"),
            ("Hai bên sẽ hội đàm vào thứ Sáu.", "vào thứ Sáu", "2024-08-23", "day"),
            ("Hai bên hội đàm thứ Tư tới.", "thứ Tư tới", "2024-08-21", "day"),
            ("Vào thứ Sáu, hai bên sẽ ký kết.", "Vào thứ Sáu", "2024-08-23", "day"),
            ("Hai bên ký kết thứ Năm tuần trước.", "thứ Năm tuần trước", "2024-08-15", "day"),
            ("Hai bên sẽ gặp thứ Hai tuần sau.", "thứ Hai tuần sau", "2024-08-26", "day"),
        ],
    )
    def test_vietnamese_forms(self, text, span, value, gran):
        """Vietnamese dates, months, years, relative words and weekdays are read."""
        assert read(text, language="vi") == [(span, value, None, gran)]

    @pytest.mark.parametrize(
        ("text", "span", "value", "end"),
        [
            (
                "Hai bên làm việc ngày 27 và 28 tháng 8.",
                "27 và 28 tháng 8",
                "2024-08-27",
                "2024-08-28",
            ),
            ("Đoàn thăm từ 12 đến 15 tháng 9.", "12 đến 15 tháng 9", "2024-09-12", "2024-09-15"),
            ("Đoàn thăm Bắc Kinh ngày 5-7 tháng 7.", "5-7 tháng 7", "2024-07-05", "2024-07-07"),
        ],
    )
    def test_day_range_before_month_word(self, text, span, value, end):
        """Two days with one cue before ``tháng`` are a range (the first day gave only the month)."""
        assert read(text, language="vi") == [(span, value, end, "day")]

    def test_bare_day_before_month_word_is_not_a_day(self):
        """``20 tháng 8`` with no cue, year or first day may count months: only the month is read."""
        assert read("Sau 20 tháng 8 dự án xong.", language="vi") == [
            ("tháng 8", "2024-08", None, "month")
        ]

    @pytest.mark.parametrize(
        ("text", "span", "value"),
        [
            ("Tháng 11 vừa qua, hai bên đã ký kết.", "Tháng 11 vừa qua", "2023-11"),
            ("Tháng 7 vừa qua, hai bên đã ký kết.", "Tháng 7 vừa qua", "2024-07"),
            ("Tháng 2 tới, hai bên sẽ ký kết.", "Tháng 2 tới", "2025-02"),
            ("Hai bên sẽ gặp vào tháng 10 tới.", "tháng 10 tới", "2024-10"),
            ("Từ tháng 1 tới nay, hai bên đã gặp.", "tháng 1", "2024-01"),
            ("Từ tháng 2 đến nay, hai bên đã gặp.", "tháng 2", "2024-02"),
        ],
    )
    def test_month_past_or_next(self, text, span, value):
        """``vừa qua`` is the latest such month up to the reference, ``tới`` the next one."""
        assert read(text, language="vi") == [(span, value, None, "month")]

    @pytest.mark.parametrize(
        ("text", "span", "value"),
        [
            ("Tháng Chín năm 2023, hai bên ký kết.", "Tháng Chín năm 2023", "2023-09"),
            ("Hai bên gặp vào tháng Năm năm 2021.", "tháng Năm năm 2021", "2021-05"),
        ],
    )
    def test_month_word_with_year(self, text, span, value):
        """A month written as a word takes the year after it (was the nearest month and a year)."""
        assert read(text, None, language="vi") == [(span, value, None, "month")]

    @pytest.mark.parametrize(
        ("text", "value", "end"),
        [
            ("Đoàn thăm từ 19 đến 22/2.", "2025-02-19", "2025-02-22"),
            ("Đoàn thăm từ ngày 19 đến ngày 22/2/2025.", "2025-02-19", "2025-02-22"),
            ("Đoàn thăm từ 30/1 đến 2/2.", "2025-01-30", "2025-02-02"),
            ("Kế hoạch giai đoạn 2021-2025 được thông qua.", "2021", "2025"),
            ("Kế hoạch từ năm 2021 đến năm 2025 được thông qua.", "2021", "2025"),
        ],
    )
    def test_vietnamese_ranges(self, text, value, end):
        """Vietnamese day and year ranges give first and last value."""
        assert values(text, D(2025, 2, 18), "vi") == [(value, end)]

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Ngay 19 thang 8 nam 2024, hai ben ky ket.", "2024-08-19"),
            ("Hai ben hoi dam vao thu Hai.", "2024-08-19"),
            ("Bo truong phat bieu hom qua.", "2024-08-18"),
            ("Kim ngach tang manh nam nay.", "2024"),
            ("Doan tham tu 19 den 22/8.", "2024-08-19"),
        ],
    )
    def test_folded_text(self, text, value):
        """Vietnamese written without diacritics is read like the same text with them."""
        assert values(text, language="vi")[0][0] == value

    @pytest.mark.parametrize(
        "text",
        [
            "Cách mạng Tháng Tám thành công năm xưa.",
            "Hai nước kỷ niệm 50 năm quan hệ ngoại giao.",
            "Quan hệ phát triển nhiều năm nay.",
            "Đây là lần thứ hai hai bên gặp nhau.",
            "Kỳ họp thứ 8 Quốc hội khai mạc.",
            "Đội tuyển thắng 2-1 trong trận đấu.",
            "Tăng trưởng đạt 2.9% trong quý.",
            "Khoảng 1/3 dân số tham gia.",
            "Có 1.000 người tham dự.",
            "Việt Nam nay đã khác xưa.",
            "Hai bên chia sẻ kinh nghiệm với nhau.",
        ],
    )
    def test_not_vietnamese_dates(self, text):
        """Names, spans, ordinals, scores, decimals, fractions and counts are not dates."""
        assert read(text, language="vi") == []

    def test_diacritics_are_checked_in_accented_text(self):
        """In a text with diacritics, ``thắng 8`` (won 8) is not ``tháng 8`` (August)."""
        assert read("Đội nhà đã thắng 8 trận liên tiếp trong mùa giải này.", language="vi") == []


class TestSpans:
    def test_spans_index_the_original(self):
        """Every mention's text is the original slice at its offsets, even after repair."""
        text = "Ha\u0300 Nô\u0323i – Hai bên hội đàm ngày 19/8/2024 và sáng nay."
        p = prepare(text)
        found = extract_dates(p, MON, "vi")
        assert [d.text for d in found] == ["19/8/2024", "sáng nay"]
        for d in found:
            assert text[d.start : d.end] == d.text

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet="0123456789 /.-–,AugustMonday thángnămngày", max_size=80))
    def test_spans_honest_on_any_text(self, text):
        """On arbitrary text every span is honest and values are well-formed."""
        for d in extract_dates(prepare(text), MON, None):
            assert text[d.start : d.end] == d.text
            assert d.granularity in ("day", "month", "year")
            assert d.date.year >= 1

    def test_language_none_reads_both(self):
        """With no language both grammars run."""
        assert values("On Aug. 19 and ngày 20/8.", MON, None) == [
            ("2024-08-19", None),
            ("2024-08-20", None),
        ]

    def test_linear_on_adversarial_input(self):
        """Long runs of digits, dashes and month words: twice the text takes about twice the time."""
        from tests.test_linear_time import assert_linear

        unit = "1-1-1-August August 19/19/19/in in May-May-tháng 1 đến tháng 1 đến "

        def build(n: int) -> str:
            return (unit * (n // len(unit) + 1))[:n]

        assert_linear(lambda t: extract_dates(prepare(t), MON, None), build, n=20_000)


_SCAN_TEXTS = [
    "HANOI, Aug. 19 (VNA) - Talks on Monday, Aug. 19, 2024 and from August 30 to September 2.",
    "In 2025 the 2000 delegates met; the 1999 treaty of 1945, Expo 2025 and No. 2024.",
    "Ngày 19 tháng 8 năm 2024, thứ Hai (19/8), sáng nay và năm ngoái, từ 19 đến 22/2.",
    "Ngay 2.9 tai Ha Noi, thang Tam, nam 2021-2025, 15/2024/ND-CP, 30/8 - 2/9/2024.",
    "two years ago, earlier this week, mid-August, last March 2023, 2024-08-18 and 19.8.2024",
    "Ｍonday ٣ 𝟘 ǅ ẞ ﬁ Aug.\u00a019 2024\u2009- 2025 the\u3000 2019 report, Việt Nam 2024",
    "on the second of December, the twenty-first of May 2023, first of its kind, third of may",
    "the January-July period, from March 2023 to May, tháng 1 đến tháng 7/2024, tháng 3-5 năm nay",
]


class TestGatedMatch:
    @pytest.mark.parametrize("lang", ["en", "vi", "any"])
    @pytest.mark.parametrize("text", _SCAN_TEXTS)
    def test_same_as_the_whole_grammar(self, text, lang):
        """At every offset the gated matcher gives the whole grammar's match, groups included."""
        from dipparse.dates import _pattern, _Reader, _Scanner

        p = prepare(text)
        scanner = _Scanner(_Reader(p, None, lang))
        grammar = _pattern(lang)
        for pos in range(len(p.lower) + 1):
            want = grammar.match(p.lower, pos)
            got = scanner.match(pos)
            if want is None:
                assert got is None, pos
                continue
            assert got is not None, pos
            assert (got.span(), got.lastgroup) == (want.span(), want.lastgroup)
            assert {k: v for k, v in got.groupdict().items() if v is not None} == {
                k: v for k, v in want.groupdict().items() if v is not None
            }

    @settings(max_examples=150, deadline=None)
    @given(st.text(alphabet=" 0123456789/.-,AaugMondyhtnràộĐ\n", max_size=40))
    def test_same_on_any_text(self, text):
        """The gate never refuses an offset where some atom of the grammar matches."""
        from dipparse.dates import _pattern, _Reader, _Scanner

        p = prepare(text)
        scanner = _Scanner(_Reader(p, None, "any"))
        for pos in range(len(p.lower) + 1):
            want = _pattern("any").match(p.lower, pos)
            got = scanner.match(pos)
            assert (want and want.span()) == (got and got.span())

    @pytest.mark.parametrize("pattern", [r"\w+", r"(?>ab)", r"a(?i:b)"])
    def test_relax_refuses_what_it_does_not_know(self, pattern):
        """A construct the loosening does not handle is an error, not a silent miss."""
        from dipparse.dates import _relax

        with pytest.raises(ValueError, match="not handled"):
            _relax(pattern)


class TestAccentedText:
    @pytest.mark.parametrize(
        "text",
        [
            "",
            "plain",
            "Hà Nội, Đà Nẵng",
            "ɐɑ ɏ Ɂ ẞ ỹ Ỹ ḁ",
            "À" * 5 + "\u0250" + "x" * 10,
            "习近平 ’ “",
        ],
    )
    def test_letter_count(self, text):
        """The byte count of Latin letters agrees with the regex count."""
        from dipparse.dates import _latin_letters
        from dipparse.text import DIACRITIC_LETTER

        assert _latin_letters(text) == len(DIACRITIC_LETTER.findall(text))


class TestAsciiGrammar:
    @settings(max_examples=300, deadline=None)
    @given(
        st.text(alphabet=" 0123456789/.-,()%AaugMondyhtnrsTWFJbecil\n", max_size=50),
        st.sampled_from(["en", "vi", "any"]),
    )
    def test_same_as_the_whole_grammar(self, text, lang):
        """On ASCII text the grammar picked by the first character matches as the whole grammar does."""
        from dipparse.dates import _pattern, _Reader, _Scanner

        p = prepare(text)
        scanner = _Scanner(_Reader(p, None, lang))
        grammar = _pattern(lang)
        for pos in range(len(p.lower) + 1):
            want = grammar.match(p.lower, pos)
            got = scanner.match(pos)
            assert (want and (want.span(), want.lastgroup)) == (
                got and (got.span(), got.lastgroup)
            ), pos

    @pytest.mark.parametrize("lang", ["en", "vi", "any"])
    def test_every_atom_starts_with_a_character_it_is_tried_at(self, lang):
        """Each atom's match at the start of a phrase it reads opens with a character whose grammar holds it."""
        from dipparse.dates import _ascii_dispatch, _pattern

        dispatch = _ascii_dispatch(lang)
        phrases = [
            "2024-08-18",
            "19/8/2024",
            "2021-2025",
            "aug. 19",
            "19 august",
            "the second of december",
            "august 2024",
            "from march to june",
            "in august",
            "next year",
            "two years ago",
            "on sunday",
            "from 2021 to 2025",
            "the 1999 treaty",
            "of 1945",
            "in 2025",
            "expo 2025",
            "ngay 19 thang 8 nam 2024",
            "thang 1 den thang 7/2024",
            "thang 8",
            "thang tam",
            "nam 2024",
            "ngay 19/8",
            "hom qua",
            "thu hai",
        ]
        for phrase in phrases:
            m = dispatch[phrase[0]][0](phrase, 0)
            want = _pattern(lang).match(phrase, 0)
            assert (want and (want.span(), want.lastgroup)) == (m and (m.span(), m.lastgroup)), (
                phrase
            )


class TestYearAfterAName:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Wang Yi Meets Son\n\n2023-07-13 19:06\n\nThey met.", [("2023-07-13", "2023-07-13")]),
            ("Wang Meets 2023-07-13 in Jakarta.", [("2023-07-13", "2023-07-13")]),
            ("They met at Expo 2025 in Osaka.", [("2025", "2025")]),
        ],
    )
    def test_headline_word_before_a_date(self, text, expected):
        """A capitalized word names the year after it only on its line, and not a year that opens a date."""
        got = [(d.text, d.value) for d in extract_dates(prepare(text), MON, None)]
        assert got == expected


class TestVietnameseDayRangesWithACue:
    @pytest.mark.parametrize(
        ("text", "span", "value", "end"),
        [
            ("Chuyến thăm diễn ra ngày 2-4/9 theo lời mời.", "2-4/9", "2024-09-02", "2024-09-04"),
            ("Hội nghị họp từ 2-4/9 tại Hà Nội.", "2-4/9", "2024-09-02", "2024-09-04"),
            ("Hội chợ mở sáng 5 - 7/10.", "5 - 7/10", "2024-10-05", "2024-10-07"),
            ("Đoàn làm việc từ ngày 2 đến 4/9.", "2 đến 4/9", "2024-09-02", "2024-09-04"),
        ],
    )
    def test_single_digit_days(self, text, span, value, end):
        """A range of one-digit days before a month is read where a cue word opens it."""
        assert read(text, language="vi") == [(span, value, end, "day")]

    @pytest.mark.parametrize("text", ["Tỷ lệ 2-4/9 số phiếu.", "Chỉ số 3 - 5/8 tăng."])
    def test_no_cue_no_date(self, text):
        """Without a cue word, ``2-4/9`` may be a ratio: no date."""
        assert read(text, language="vi") == []


class TestUnaccentedYearWord:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Nam 2023, hai nuoc ra tuyen bo chung.", ["2023"]),
            ("Hai ben ky ket. Nam 2023, hai nuoc nang cap quan he.", ["2023"]),
            ("Ong Tran Van Nam 2023 phat bieu.", []),
            ("Viet Nam 2023 la nam ban le.", []),
        ],
    )
    def test_nam_opening_a_sentence(self, text, expected):
        """Unaccented ``Nam 2023`` is the year word where it opens a sentence, a name elsewhere."""
        assert [v for _, v, _, _ in read(text, language="vi")] == expected


class TestBareDayScan:
    @pytest.mark.parametrize(
        "low",
        [
            "on the 5th, on the 6th anniversary, on the 7th.",
            "on the on the 1st and",
            "talks on the 2nd of next month",
            "on the 31st",
            "nothing here",
            "from the 3rd to the 5th, between the 1st and 2nd; on the from the 4th-6th.",
            "between the on the 9th and 10th of last month",
        ],
    )
    def test_same_as_a_full_scan(self, low):
        """Trying the pattern only where ``on the`` stands finds what a scan of every offset finds."""
        from dipparse.dates import _BARE_DAY, _bare_day_matches

        assert [m.span() for m in _bare_day_matches(low)] == [
            m.span() for m in _BARE_DAY.finditer(low)
        ]


class TestDayRangeBeforeAFullNumericDate:
    @pytest.mark.parametrize(
        ("text", "span", "value", "end"),
        [
            (
                "Đoàn thăm Lào từ ngày 4 – 7/3/2019 theo lời mời.",
                "4 – 7/3/2019",
                "2019-03-04",
                "2019-03-07",
            ),
            (
                "Hội thảo diễn ra từ 9 - 11/10/2022 tại Huế.",
                "9 - 11/10/2022",
                "2022-10-09",
                "2022-10-11",
            ),
            (
                "Phiên họp kéo dài ngày 20 – 22/5/2018.",
                "20 – 22/5/2018",
                "2018-05-20",
                "2018-05-22",
            ),
            (
                "The fair runs from 14 - 16/11/2023 in Nanning.",
                "14 - 16/11/2023",
                "2023-11-14",
                "2023-11-16",
            ),
        ],
    )
    def test_first_day_with_a_cue(self, text, span, value, end):
        """A bare first day, a spaced dash and a full day-first date make one range."""
        assert read(text, ref=None, language=None) == [(span, value, end, "day")]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Tỷ lệ 4 - 7/3/2019 được công bố.", [("7/3/2019", "2019-03-07", None, "day")]),
            ("Đoàn thăm từ 14 – 7/3/2019.", [("7/3/2019", "2019-03-07", None, "day")]),
        ],
    )
    def test_no_range(self, text, expected):
        """No cue word, or a first day after the last: the full date stands alone."""
        assert read(text, ref=None, language="vi") == expected


class TestVietnameseAgo:
    REF = D(2023, 2, 11)

    @pytest.mark.parametrize(
        ("text", "span", "value", "granularity"),
        [
            ("Bốn năm trước, hai bên đã ký hiệp định.", "Bốn năm trước", "2019", "year"),
            ("Ông từng sang thăm 6 năm trước.", "6 năm trước", "2017", "year"),
            (
                "Cách đây 30 năm, hai nước bình thường hóa quan hệ.",
                "Cách đây 30 năm",
                "1993",
                "year",
            ),
            ("Đoàn đã sang làm việc hai tháng trước.", "hai tháng trước", "2022-12", "month"),
            ("Bản ghi nhớ được ký 10 ngày về trước.", "10 ngày về trước", "2023-02-01", "day"),
            ("Bon nam truoc, hai ben da ky hiep dinh.", "Bon nam truoc", "2019", "year"),
        ],
    )
    def test_so_long_ago(self, text, span, value, granularity):
        """A number, a unit and ``trước`` (or ``cách đây`` before them) count back from the reference."""
        assert read(text, ref=self.REF, language="vi") == [(span, value, None, granularity)]

    @pytest.mark.parametrize(
        "text",
        [
            "Hai tuần trước, đoàn đã sang thăm.",
            "Dự án khởi công ba năm trước đó.",
            "Trong 5 năm trước, thương mại tăng mạnh.",
            "Nhiều năm trước, hai bên đã hợp tác.",
        ],
    )
    def test_not_last_year_or_week(self, text):
        """A count before ``năm trước``/``tuần trước`` is no last year or last week."""
        assert read(text, ref=self.REF, language="vi") == []

    def test_needs_a_reference(self):
        """Without a reference date nothing is counted back."""
        assert read("Ba năm trước, hai bên đã ký.", ref=None, language="vi") == []


class TestVietnameseMonthWordWithRelativeYear:
    @pytest.mark.parametrize(
        ("text", "span", "value"),
        [
            ("Hai bên ký kết vào tháng Ba năm trước.", "tháng Ba năm trước", "2023-03"),
            ("Đoàn sang thăm hồi tháng Mười năm ngoái.", "tháng Mười năm ngoái", "2023-10"),
            ("Hội nghị sẽ họp vào tháng Tám năm tới.", "tháng Tám năm tới", "2025-08"),
        ],
    )
    def test_month_word_then_relative_year(self, text, span, value):
        """``tháng Ba năm trước`` is March of last year, one mention."""
        assert read(text, language="vi") == [(span, value, None, "month")]


class TestBareDayRanges:
    @pytest.mark.parametrize(
        ("text", "span", "value", "end"),
        [
            (
                "The fair will run from the 21st to the 23rd.",
                "from the 21st to the 23rd",
                "2024-08-21",
                "2024-08-23",
            ),
            (
                "Talks were held on the 6th and 7th in Beijing.",
                "on the 6th and 7th",
                "2024-08-06",
                "2024-08-07",
            ),
            (
                "The delegation stayed from the 2nd-4th, the ministry said.",
                "from the 2nd-4th",
                "2024-08-02",
                "2024-08-04",
            ),
            (
                "Drills will take place between the 3rd and 9th of next month.",
                "between the 3rd and 9th of next month",
                "2024-09-03",
                "2024-09-09",
            ),
        ],
    )
    def test_range(self, text, span, value, end):
        """Two bare ordinal days joined by ``to``, a dash or ``and`` are one range of the reference month."""
        assert read(text) == [(span, value, end, "day")]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Talks were held on the 6th and 9th.", [("on the 6th", "2024-08-06", None, "day")]),
            ("It ran from the 13th Congress to the 14th.", []),
            ("The fair ran between the 25th and the 2nd.", []),
            ("Prizes went from the 1st to the 3rd place.", []),
        ],
    )
    def test_no_range(self, text, expected):
        """Days not in a row after ``and``, ordinals of things or a last day before the first after ``between`` make no range."""
        assert read(text) == expected

    @pytest.mark.parametrize(
        ("text", "span", "value", "end"),
        [
            (
                "The fair will run from the 25th to the 2nd.",
                "from the 25th to the 2nd",
                "2024-08-25",
                "2024-09-02",
            ),
            (
                "The forum was held from the 28th to the 3rd, officials said.",
                "from the 28th to the 3rd",
                "2024-07-28",
                "2024-08-03",
            ),
            (
                "The forum, held from the 25th to the 2nd of next month, drew 300 people.",
                "from the 25th to the 2nd of next month",
                "2024-08-25",
                "2024-09-02",
            ),
        ],
    )
    def test_range_into_next_month(self, text, span, value, end):
        """``from the 25th to the 2nd``: a last day before the first is in the next month."""
        assert read(text) == [(span, value, end, "day")]

    def test_range_into_next_year(self):
        """A range that wraps in December ends in January of the next year."""
        assert read("The fair will run from the 28th to the 2nd.", D(2024, 12, 19)) == [
            ("from the 28th to the 2nd", "2024-12-28", "2025-01-02", "day")
        ]


class TestVietnameseRelativeDayWithItsDate:
    @pytest.mark.parametrize(
        ("text", "span", "value"),
        [
            ("Sáng nay (19/8), hai Bộ trưởng hội đàm.", "Sáng nay (19/8)", "2024-08-19"),
            ("Hôm qua (18/8), đoàn đã tới Vientiane.", "Hôm qua (18/8)", "2024-08-18"),
            ("Chiều mai 20/8, hai bên sẽ ký kết.", "Chiều mai 20/8", "2024-08-20"),
            ("Tối nay, ngày 19/8, Đại sứ chiêu đãi.", "Tối nay, ngày 19/8", "2024-08-19"),
        ],
    )
    def test_one_mention(self, text, span, value):
        """A relative day and the date written after it are one mention."""
        assert read(text, language="vi") == [(span, value, None, "day")]

    def test_no_date_after(self):
        """A relative day alone stays a mention of its own."""
        assert read("Sáng nay, 3 đoàn đã tới.", language="vi") == [
            ("Sáng nay", "2024-08-19", None, "day")
        ]


class TestVietnameseDashedDayMonthRanges:
    @pytest.mark.parametrize(
        ("text", "span", "value", "end"),
        [
            ("Đoàn thăm Trung Quốc từ 30/8-2/9.", "30/8-2/9", "2024-08-30", "2024-09-02"),
            ("Hội nghị họp từ 30/8 - 2/9 tại Vientiane.", "30/8 - 2/9", "2024-08-30", "2024-09-02"),
            ("Hội chợ mở cửa 29/12-3/1/2025.", "29/12-3/1/2025", "2024-12-29", "2025-01-03"),
            ("Triển lãm mở từ 1/7-25/8.", "1/7-25/8", "2024-07-01", "2024-08-25"),
        ],
    )
    def test_range(self, text, span, value, end):
        """Two day/months joined by a dash are one range, across months and years."""
        assert read(text, language="vi") == [(span, value, end, "day")]

    @pytest.mark.parametrize("text", ["Tỷ lệ 1/2-3/4 số phiếu.", "Tỷ số 3/1 - 1/3 được giữ."])
    def test_ratios_are_no_dates(self, text):
        """Fractions a season apart with no cue word are no range."""
        assert read(text, language="vi") == []


class TestWeekends:
    WED = D(2024, 8, 21)

    @pytest.mark.parametrize(
        ("text", "span", "value", "end"),
        [
            ("The ministers met over the weekend.", "over the weekend", "2024-08-17", "2024-08-18"),
            (
                "The ministers met last weekend in Hanoi.",
                "last weekend",
                "2024-08-17",
                "2024-08-18",
            ),
            ("The ministers will meet this weekend.", "this weekend", "2024-08-24", "2024-08-25"),
            ("The ministers will meet next weekend.", "next weekend", "2024-08-24", "2024-08-25"),
        ],
    )
    def test_english(self, text, span, value, end):
        """A weekend phrase is the Saturday and Sunday it names, by tense where it is open."""
        assert read(text, ref=self.WED) == [(span, value, end, "day")]

    @pytest.mark.parametrize(
        ("text", "span", "value", "end"),
        [
            ("Cuối tuần qua, hai Bộ trưởng hội đàm.", "Cuối tuần qua", "2024-08-17", "2024-08-18"),
            ("Hai bên sẽ ký kết vào cuối tuần này.", "cuối tuần này", "2024-08-24", "2024-08-25"),
            ("Đoàn sẽ sang thăm cuối tuần tới.", "cuối tuần tới", "2024-08-24", "2024-08-25"),
        ],
    )
    def test_vietnamese(self, text, span, value, end):
        """``cuối tuần qua/này/tới`` is a weekend, not the whole week."""
        assert read(text, ref=self.WED, language="vi") == [(span, value, end, "day")]

    def test_on_a_sunday(self):
        """Read on a Sunday, ``last weekend`` is the one before and ``this weekend`` the current one."""
        sun = D(2024, 8, 25)
        assert values("They met last weekend and met again this weekend.", sun) == [
            ("2024-08-17", "2024-08-18"),
            ("2024-08-24", "2024-08-25"),
        ]


class TestVietnameseDayWithoutMonth:
    @pytest.mark.parametrize(
        ("text", "span", "value"),
        [
            ("Sáng 16, tại Bắc Kinh, hai bên hội đàm.", "Sáng 16", "2024-08-16"),
            ("Chiều 16 (giờ địa phương), đoàn tới Vientiane.", "Chiều 16", "2024-08-16"),
            ("Hai bên sẽ ký kết tối 23, tại Hà Nội.", "tối 23", "2024-08-23"),
            ("Hom 16, tai Ha Noi, hai ben hoi dam.", "Hom 16", "2024-08-16"),
        ],
    )
    def test_day_of_reference_month(self, text, span, value):
        """A time-of-day cue and a day with no month is a day of the reference month."""
        assert read(text, language="vi") == [(span, value, None, "day")]

    @pytest.mark.parametrize(
        "text",
        [
            "Hội nghị lần thứ 16, tại Hà Nội.",
            "Ông sang 16, tại Hà Nội.",
            "Tuổi 16, tại Huế, anh đi học.",
        ],
    )
    def test_no_day(self, text):
        """An ordinal, ``sang`` (to go) or an age is no day."""
        assert read(text, language="vi") == []

    def test_list_of_days(self):
        """``ngày 16, 17 và 18/8`` lists days of the month written later: the first is not read alone."""
        assert [s for s, *_ in read("Ngày 16, 17 và 18/8, hai bên họp.", language="vi")] == [
            "17 và 18/8"
        ]

    def test_needs_reference(self):
        """Without a reference date the day is left out."""
        assert read("Sáng 16, tại Bắc Kinh, hai bên hội đàm.", ref=None, language="vi") == []


class TestTodayInAName:
    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("The report in The Europe Today said the ministers met.", 0),
            ("Today, the ministers met. They said today was historic.", 2),
        ],
    )
    def test_name_is_no_date(self, text, count):
        """'Today' after a capitalized word inside a sentence ends a name (The Europe Today), no date."""
        got = dipparse.parse(text, published=datetime.date(2024, 12, 11)).dates
        assert len([d for d in got if d.text.lower() == "today"]) == count


class TestVietnameseDayWithMonthWord:
    @pytest.mark.parametrize(
        ("text", "span", "value"),
        [
            ("Đoàn đến Bắc Kinh ngày 19 tháng Tám.", "ngày 19 tháng Tám", "2024-08-19"),
            (
                "Ngày 2 tháng Chín năm 1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập.",
                "Ngày 2 tháng Chín năm 1945",
                "1945-09-02",
            ),
            (
                "Hội nghị diễn ra ngày 5 tháng Mười Hai năm 2023 tại Hà Nội.",
                "ngày 5 tháng Mười Hai năm 2023",
                "2023-12-05",
            ),
            (
                "Hội nghị diễn ra ngày 5 tháng mười hai năm 2023 tại Hà Nội.",
                "ngày 5 tháng mười hai năm 2023",
                "2023-12-05",
            ),
            (
                "Hiệp định ký ngày 15 tháng Mười Một năm 2024.",
                "ngày 15 tháng Mười Một năm 2024",
                "2024-11-15",
            ),
            ("Ngày 10 tháng Giêng, hai bên hội đàm.", "Ngày 10 tháng Giêng", "2025-01-10"),
            (
                "Hoi nghi dien ra ngay 19 thang Tam nam 2024.",
                "ngay 19 thang Tam nam 2024",
                "2024-08-19",
            ),
            (
                "Hoi nghi dien ra ngay 3 thang muoi nam 2024.",
                "ngay 3 thang muoi nam 2024",
                "2024-10-03",
            ),
            ("Mít tinh mừng Quốc khánh 2 tháng Chín.", "2 tháng Chín", "2024-09-02"),
        ],
    )
    def test_day(self, text, span, value):
        """``ngày 19 tháng Tám``: a day with its month written as a word is one day."""
        assert read(text, language="vi") == [(span, value, None, "day")]

    def test_range(self):
        """Two such days joined by ``đến`` are one range."""
        assert read(
            "Chủ tịch nước sẽ thăm Trung Quốc từ ngày 19 tháng Tám đến ngày 21 tháng Tám.",
            language="vi",
        ) == [("ngày 19 tháng Tám đến ngày 21 tháng Tám", "2024-08-19", "2024-08-21", "day")]

    def test_numeric_range_with_cue_before_each_day(self):
        """``từ ngày 19 tháng 8 đến ngày 21 tháng 8`` is one range (the month 8 is no first day)."""
        assert read(
            "Chủ tịch nước sẽ thăm Trung Quốc từ ngày 19 tháng 8 đến ngày 21 tháng 8.",
            language="vi",
        ) == [("ngày 19 tháng 8 đến ngày 21 tháng 8", "2024-08-19", "2024-08-21", "day")]

    def test_lower_case_month_with_year(self):
        """``tháng mười hai năm 2023`` in lower case is a month when its year follows."""
        assert read("Hội nghị tổ chức vào tháng mười hai năm 2023.", language="vi") == [
            ("tháng mười hai năm 2023", "2023-12", None, "month")
        ]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Sau 5 tháng hai nước đã ký hiệp định.", []),
            ("Trong 12 tháng năm 2023, xuất khẩu tăng.", [("2023", "2023", None, "year")]),
            ("Sau ba tháng hai năm 2023 mới xong.", [("2023", "2023", None, "year")]),
            ("Hội nghị tổ chức vào tháng mười hai.", []),
            ("Kỷ niệm Cách mạng Tháng Tám thành công.", []),
        ],
    )
    def test_not_a_day(self, text, expected):
        """A count of months, a lower-case number word or a name is no day."""
        assert read(text, language="vi") == expected


class TestWeekdayWithBareOrdinal:
    @pytest.mark.parametrize(
        ("text", "span", "value"),
        [
            (
                "The talks were held on Friday, the 16th, in Beijing.",
                "on Friday, the 16th",
                "2024-08-16",
            ),
            ("He arrived on Friday the 16th in Beijing.", "on Friday the 16th", "2024-08-16"),
            ("The talks will be held on Friday, the 23rd.", "on Friday, the 23rd", "2024-08-23"),
            # No Wednesday the 31st in August 2024: July's is the one.
            ("He arrived on Wednesday, the 31st.", "on Wednesday, the 31st", "2024-07-31"),
            ("He arrived on Tuesday, the 16th.", "on Tuesday, the 16th", "2024-07-16"),
            ("He will arrive on Saturday, the 5th.", "on Saturday, the 5th", "2024-10-05"),
            (
                "They met on Friday, the 16th of August.",
                "on Friday, the 16th of August",
                "2024-08-16",
            ),
        ],
    )
    def test_weekday_and_ordinal(self, text, span, value):
        """``on Friday, the 16th`` is one day: the 16th of the month near the reference that falls on a Friday."""
        assert read(text) == [(span, value, None, "day")]

    @pytest.mark.parametrize(
        "text",
        [
            "The assembly opened on Friday, the 16th session of its term.",
            "He spoke on Friday, the 16th anniversary of the treaty.",
        ],
    )
    def test_ordinal_of_a_thing(self, text):
        """An ordinal that names a session or an anniversary stays out of the weekday's mention."""
        assert read(text) == [("on Friday", "2024-08-16", None, "day")]


class TestPeriodsOfAYear:
    @pytest.mark.parametrize(
        ("text", "span", "value", "end"),
        [
            (
                "Exports rose in the first quarter of 2025.",
                "first quarter of 2025",
                "2025-01",
                "2025-03",
            ),
            ("Exports rose 3 percent in Q3 2024.", "Q3 2024", "2024-07", "2024-09"),
            ("Sales fell in Q4/2023.", "Q4/2023", "2023-10", "2023-12"),
            ("GDP grew in the second quarter.", "second quarter", "2024-04", "2024-06"),
            ("First-quarter growth was revised.", "First-quarter", "2024-01", "2024-03"),
            (
                "Growth is expected in the fourth quarter of next year.",
                "fourth quarter of next year",
                "2025-10",
                "2025-12",
            ),
            (
                "Trade rose in the first half of this year.",
                "first half of this year",
                "2024-01",
                "2024-06",
            ),
            ("H1 2025 sales rose.", "H1 2025", "2025-01", "2025-06"),
            (
                "Trade rose in the first seven months of 2024.",
                "first seven months of 2024",
                "2024-01",
                "2024-07",
            ),
        ],
    )
    def test_english(self, text, span, value, end):
        """A quarter, a half or the first months of a year is a range of months."""
        assert read(text) == [(span, value, end, "month")]

    @pytest.mark.parametrize(
        ("text", "span", "value", "end"),
        [
            ("Xuất khẩu tăng trong quý I/2025.", "quý I/2025", "2025-01", "2025-03"),
            ("Xuất khẩu tăng trong quý 3 năm 2024.", "quý 3 năm 2024", "2024-07", "2024-09"),
            ("Xuất khẩu tăng trong quý II năm nay.", "quý II năm nay", "2024-04", "2024-06"),
            ("Xuất khẩu tăng trong quý IV.", "quý IV", "2024-10", "2024-12"),
            (
                "Trong 6 tháng đầu năm 2024, kim ngạch tăng.",
                "6 tháng đầu năm 2024",
                "2024-01",
                "2024-06",
            ),
            ("Trong 9 tháng đầu năm, kim ngạch tăng.", "9 tháng đầu năm", "2024-01", "2024-09"),
            (
                "Trong sáu tháng cuối năm ngoái, kim ngạch giảm.",
                "sáu tháng cuối năm ngoái",
                "2023-07",
                "2023-12",
            ),
            ("Nửa cuối năm 2023, kim ngạch giảm.", "Nửa cuối năm 2023", "2023-07", "2023-12"),
            ("Xuat khau tang trong quy I/2025.", "quy I/2025", "2025-01", "2025-03"),
        ],
    )
    def test_vietnamese(self, text, span, value, end):
        """``quý I/2025``, ``6 tháng đầu năm`` and ``nửa cuối năm`` are ranges of months."""
        assert read(text, language="vi") == [(span, value, end, "month")]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("The team reached the quarter-finals.", []),
            ("In the first half of the 20th century, trade was small.", []),
            (
                "Talks resume in the first half of December.",
                [("December", "2024-12", None, "month")],
            ),
            ("A quarter of the population lives there.", []),
            ("Growth slowed in the last quarter.", []),
            ("Room Q3 is on the left.", []),
        ],
    )
    def test_english_not_a_period(self, text, expected):
        """A period of something else, a relative quarter or a code is no range of months."""
        assert read(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Theo quy định, quý khách cần đăng ký.",
            "Trong 2 tháng đầu năm học mới, trường tuyển sinh.",
            "Kim loại quý 1 lần nữa tăng giá.",
        ],
    )
    def test_vietnamese_not_a_period(self, text):
        """``quy định``, ``quý khách``, the first months of a school year are no period."""
        assert read(text, language="vi") == []

    def test_without_reference(self):
        """Without a reference date only a period with its year is read."""
        assert read(
            "Exports rose in the first quarter of 2025 and in the second quarter.", None
        ) == [("first quarter of 2025", "2025-01", "2025-03", "month")]


class TestMonthRangeAfterACue:
    @pytest.mark.parametrize(
        ("text", "span"),
        [
            ("Exports in January-July rose 5 percent.", "January-July"),
            ("Exports in January – July rose 5 percent.", "January – July"),
            ("Exports in January—July rose 5 percent.", "January—July"),
            ("In January–July, exports rose.", "January–July"),
        ],
    )
    def test_range_not_its_first_month(self, text, span):
        """``in January-July`` is the range, not January after its cue; any dash joins the months."""
        assert read(text) == [(span, "2024-01", "2024-07", "month")]


class TestFirstMonthsOfAYear:
    @pytest.mark.parametrize(
        ("text", "span", "value", "end", "language"),
        [
            (
                "Tourist arrivals in the first eight months rose 40 percent.",
                "first eight months",
                "2024-01",
                "2024-08",
                "en",
            ),
            (
                "Trong 7 tháng năm 2024, kim ngạch đạt 95 tỷ USD.",
                "7 tháng năm 2024",
                "2024-01",
                "2024-07",
                "vi",
            ),
            ("Xuất khẩu 11 tháng đầu năm tăng.", "11 tháng đầu năm", "2024-01", "2024-11", "vi"),
        ],
    )
    def test_first_months(self, text, span, value, end, language):
        """``in the first eight months``, ``7 tháng năm 2024``: January to the month counted."""
        assert read(text, language=language) == [(span, value, end, "month")]

    @pytest.mark.parametrize(
        ("text", "expected", "language"),
        [
            ("For the first three months, talks stalled.", [], "en"),
            ("In the first two months of his term, he visited China.", [], "en"),
            ("Ngày 7 tháng năm 2024 là ngày quan trọng.", [("2024", "2024", None, "year")], "vi"),
            ("Sau 3 tháng năm 2024 mới có kết quả.", [("2024", "2024", None, "year")], "vi"),
            ("Trong 12 tháng năm 2023, xuất khẩu tăng.", [("2023", "2023", None, "year")], "vi"),
        ],
    )
    def test_not_first_months(self, text, expected, language):
        """Months of something else, a span after ``sau`` or a day are no period of the year."""
        assert read(text, language=language) == expected


class TestBareDayAfterAMonth:
    @pytest.mark.parametrize(
        ("text", "span", "value"),
        [
            (
                "In July, the two sides agreed on a plan. On the 16th, they signed it.",
                "On the 16th",
                "2024-07-16",
            ),
            ("Talks resumed in June and ended on the 3rd.", "on the 3rd", "2024-06-03"),
        ],
    )
    def test_month_named_before(self, text, span, value):
        """``In July, ... On the 16th``: a bare day takes the month named just before it."""
        assert read(text)[-1] == (span, value, None, "day")

    def test_not_across_a_paragraph(self):
        """A month in an earlier paragraph gives no month to a bare day."""
        assert read("Trade rose in July.\nThe envoy arrived on the 3rd, officials said.")[-1] == (
            "on the 3rd",
            "2024-08-03",
            None,
            "day",
        )

    def test_not_after_another_date(self):
        """A day named between the month and the bare day leaves the bare day to the reference month."""
        assert read(
            "In July, talks began. On Aug. 2, a plan was drafted. On the 16th, it was signed."
        )[-1] == ("On the 16th", "2024-08-16", None, "day")


class TestDayRangeWithOrdinals:
    @pytest.mark.parametrize(
        ("text", "span"),
        [
            ("The talks ran from the 8th to the 10th of July.", "8th to the 10th of July"),
            ("The talks ran between the 8th and the 10th of July.", "8th and the 10th of July"),
        ],
    )
    def test_first_day_with_the(self, text, span):
        """``from the 8th to the 10th of July`` is one range, ``the`` before each day."""
        assert read(text) == [(span, "2024-07-08", "2024-07-10", "day")]


class TestMonthBeforeADash:
    def test_dash_then_other_words(self):
        """``in August - the first ...``: a dash not followed by a month leaves the month read."""
        assert read("The talks, held in August - the first since 2019 - went well.") == [
            ("August", "2024-08", None, "month"),
            ("2019", "2019", None, "year"),
        ]
