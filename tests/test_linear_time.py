"""Linear time on hostile input: doubling the input at most about doubles the time.

Each input is built to stress one extractor's patterns (long runs of
capitalized words for names, of ``and`` and titles for offices, of digits and
dashes and month names for dates, of commas for enumerations, words with no
spaces, mojibake, Vietnamese and Han text). The test times a stage on a text
of ``n`` characters and on one of ``2n``, in the same run, interleaved, and
asserts the ratio: a pattern that backtracks catastrophically or a quadratic
loop shows a ratio of 4 or more, linear work about 2. No absolute time is
asserted, so a slow machine passes and a quadratic extractor does not.
"""

from __future__ import annotations

import cProfile
import datetime
import io
import pstats
import random
import re
import statistics
import time
from collections.abc import Callable

import pytest

import dipparse
from dipparse.header import read_header
from dipparse.text import prepare

N = 40_000
"""Characters in the smaller input; the larger has twice as many."""
LIMIT = 3.0
"""The largest t(2n) / t(n) accepted: linear gives ~2, quadratic ~4."""
ATTEMPTS = 3
"""Measurements before failing, so that one burst of machine noise does not fail the test."""


def _repeat(unit: str) -> Callable[[int], str]:
    def build(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return build


def _words(vocabulary: str, sep: str = " ") -> Callable[[int], str]:
    words = vocabulary.split()

    def build(n: int) -> str:
        rng = random.Random(n)
        out: list[str] = []
        size = 0
        while size < n + len(sep):
            w = rng.choice(words)
            out.append(w)
            size += len(w) + len(sep)
        return sep.join(out)[:n]

    return build


HOSTILE: dict[str, Callable[[int], str]] = {
    # names
    "capitalized words": _words(
        "Nguyen Van Xi Jinping Pham Minh Chinh To Lam Huang Kunming Li Qiang Bui Thanh Son"
    ),
    "capitalized Vietnamese": _words("Nguyễn Thị Ánh Tuyết Phạm Minh Chính Tô Lâm Đặng Hoàng"),
    "all-caps lines": _words("HANOI BEIJING NANNING HÀ NỘI GUANGXI", sep="\n"),
    "cased datelines": _repeat("Beijing, December 11, 2024 Hanoi, 15 June 2024\n"),
    "hyphenated names": _repeat("Xi-Jin-ping-"),
    "honorifics": _repeat("Mr. Ms. Madame Comrade "),
    # offices
    "and": _repeat("and "),
    "titles": _repeat(
        "General Secretary and President and Prime Minister and Deputy Foreign Minister and "
    ),
    "of the": _repeat("Secretary of the Committee of the Party of the Province of the "),
    "Vietnamese titles": _repeat("Tổng Bí thư Chủ tịch nước Thủ tướng Bộ trưởng "),
    "Vietnamese bodies": _repeat("Bí thư Tỉnh ủy Cao Bằng Thái Lan Tô Văn Hà Nội hội đàm nói "),
    "family names as words": _repeat("Minister To Van To Hung To Viet Nam "),
    "dash appositions": _repeat("Wang Ming – member of the Politburo – Le Van - "),
    "spaced dashes in a body": _repeat("Chairman of the Vietnam - China - Laos - Thailand in "),
    "envoy bodies": _repeat("Đại sứ Lào tại Việt Nam tại Thái Lan tại "),
    "Vietnamese dashed bodies": _repeat("Trưởng ban Tuyên giáo - Dân vận - Việt Nam - Lào - "),
    "address after offices": _repeat("Đại sứ Trung Quốc ông Bộ trưởng bà Mr. Ambassador Mr "),
    "Vietnamese plural lists": _repeat("các Phó Thủ tướng Trần Hồng Hà, Lê Văn và Hai Bộ trưởng "),
    "family names after offices": _repeat("Prime Minister Pham Minh Chinh Prime Minister Pham "),
    "body head nouns": _repeat("deputy head of the Royal Armed Forces Diplomacy Association "),
    "family name He": _repeat("He Baoxiang, He Said, He, also a Vice Chairman He Ping "),
    "serving-as appositions": _repeat(
        "President Tran Van, also serving as Dr. concurrently serving as "
    ),
    "numbered units": _repeat("Tư lệnh Quân khu 2 Vùng 1 Hải quân khu 3 đoàn 12 "),
    "cua in bodies": _repeat("Chủ nhiệm Ủy ban của Quốc hội của của Ban "),
    "blank lines between titles": _repeat("President \n\n Prime Minister \n "),
    "counterparts": _repeat("Prime Minister Pham Minh Chinh met his Lao counterpart Tea Seiha, "),
    "counterpart words": _repeat("his his Chinese host counterpart counterpart, "),
    "honorifics and events": _repeat("Samdech Techo Samdech Belt and Road Forum Diễn đàn BRI "),
    "pronoun elections": _repeat("To Lam’s trip since he was appointed party chief, he was "),
    "Vietnamese elections": _repeat(
        "Trần Văn Tám được bầu làm được tái bổ nhiệm giữ chức tái đắc cử "
    ),
    "Vietnamese ministry fields": _repeat(
        "Bộ trưởng Bộ Thông tin, Văn hóa và Du lịch, Năng lượng, "
    ),
    "foreign legislatures": _repeat("Thai Speaker New Zealand Senate President of the Thai House "),
    "initials": _repeat("President Joseph R. S. T. Biden A. B. "),
    "visits before signings": _repeat(
        "paid a visit on June 25. During the visit, they signed 14 documents. "
    ),
    "office lists": _repeat("Minister of Finance Phet Phom, and Minister Noudeng Vong, and "),
    "spouses": _repeat("Phu nhân Thủ tướng Phu nhân Tổng Bí thư Lê Thị "),
    "Vietnamese counterparts": _repeat(
        "Bộ trưởng Lê Văn Hà gặp người đồng cấp Lào Lào Trung Quốc "
    ),
    # dates
    "digits and dashes": _repeat("1-2-3-4-5-6-7-8-9-"),
    "day ranges": _repeat("19–22–"),
    "iso dates run": _repeat("2024-08-19-"),
    "digits": _repeat("1234567890"),
    "month names": _repeat("August "),
    "month day comma": _repeat("Aug. 19, "),
    "date ranges": _repeat("from August 19 to "),
    "Vietnamese dates": _repeat("ngày 19 tháng 8 năm 2024 "),
    "Vietnamese month words": _repeat(
        "ngày 19 tháng Mười Hai năm 2 tháng mười một đến ngày 3 tháng "
    ),
    "weekdays": _repeat("on Monday, "),
    "weekday ordinals": _repeat("on Friday, the 16th Friday the the 2nd, "),
    "Vietnamese ago": _repeat("cách đây ba năm về trước 3 ngày trước "),
    "spaced day ranges": _repeat("từ 3 – 6/8/2013 – "),
    "dashed day/month ranges": _repeat("từ 30/8-2/9 - 3/9-"),
    "Vietnamese bare days": _repeat("sáng 18, chiều 19 tại ngày 2 (giờ "),
    "bare day ranges": _repeat("from the 3rd to the 4th-between the 5th and "),
    "bare days after a month": _repeat("In July, on the 16th, on the 2nd. "),
    "quarters and halves": _repeat("the first quarter of Q3 2024 H1/first half first-half of "),
    "Vietnamese quarters": _repeat("quý I/2025 quy định 6 tháng đầu năm nửa cuối năm quý "),
    "numbers with commas": _repeat("1,000,000,"),
    # agreements and fields
    "commas": _repeat(", "),
    "bare commas": _repeat(","),
    "field lists": _repeat("trade, investment, education and training, tourism, "),
    "agreements": _repeat("the 14 cooperation documents and the memorandum of understanding on "),
    "signing conjuncts": _repeat("In 1999 they signed the treaty, and in 2000 "),
    "issuing subjects": _repeat("Vietnam and China issue joint statement ra "),
    "bracketed short forms": _repeat("memorandum of understanding (MoU) "),
    "occasions": _repeat("signed 12 agreements on the occasion of the visit on "),
    "listed documents": _repeat("On May 8 they signed 14 documents, including:\n1. "),
    "long signed subjects": _repeat("An MoU on trade between A and B was "),
    "Vietnamese documents": _repeat("ký Hiệp định A và Bản ghi nhớ đối với được ký "),
    "dashed field pairs": _repeat("cooperation in culture-tourism-trade-"),
    "Vietnamese look-alikes": _repeat("hợp tác ngày càng cảng tài tại chính mà tùy "),
    # text shapes
    "one long word": _repeat("a"),
    "long capitalized word": _repeat("A"),
    "mojibake word": _repeat("Ã´"),
    "mojibake words": _repeat("TÃ´ LÃ¢m "),
    "diacritics no spaces": _repeat("ễ"),
    "combining marks": _repeat("a\u0301\u0323"),
    "Han no spaces": _repeat("习近平苏林"),
    "Han and spaces": _repeat("习近平 苏林 "),
    "parentheses": _repeat("(Xinhua) "),
    "slashed wires": _repeat("HANOI, Nov. 1 /PR Newswire/ /"),
    "open parentheses": _repeat("("),
    "newlines": _repeat("\n"),
    "short lines": _repeat("A\n"),
    "spaces and tabs": _repeat(" \t"),
    "dots": _repeat("."),
    "quotes": _repeat("“"),
    "dashes": _repeat("-- "),
    "control characters": _repeat("a\x00"),
    "lone surrogates": _repeat("a\ud800"),
    "html references": _repeat("&amp;amp;#7841;&nbsp;"),
    "ampersands": _repeat("&amp"),
    "open tags": _repeat("<p class=x "),
    "tags": _repeat("<p>Ph<b>a</b>m</p><br/>"),
    "invisible characters": _repeat("a\u200b\u00ad\ufeff"),
    "no-break spaces": _repeat("Pham\u00a0Minh\u00a0"),
    "credit lines": _repeat("(VOV Gazette) –\nVTV.vn Daily News -\n"),
    "source labels": _repeat("Source: Xinhua Global Times China Daily "),
    "source label lines": _repeat("Source: Xinhua |\n"),
    "dash credits": _repeat("(— VNS — VNA ("),
    "publication stamps": _repeat("Updated: Thứ Ba, 20/08/2024 - 07:41 (GMT+7) | "),
    "stamps with an age": _repeat("November 21, 2026 10:04 AM GMT+7 Updated 2 hours ago\n"),
    "stamp times": _repeat("12:30 pm 12:30 "),
}


def _per_call(fn: Callable[[str], object], text: str, number: int) -> float:
    # CPU time of this process: other jobs on the machine do not enter the ratio.
    t0 = time.process_time()
    for _ in range(number):
        fn(text)
    return (time.process_time() - t0) / number


def _ratio(fn: Callable[[str], object], small: str, big: str) -> float:
    """Median of t(big) / t(small), the two timed alternately so that they share the noise."""
    fn(small)
    fn(big)
    once = _per_call(fn, small, 1)
    number = max(1, round(0.01 / max(once, 1e-6)))
    t_small, t_big = [], []
    for _ in range(5):
        t_small.append(_per_call(fn, small, number))
        t_big.append(_per_call(fn, big, number))
    return statistics.median(t_big) / statistics.median(t_small)


def assert_linear(fn: Callable[[str], object], build: Callable[[int], str], n: int = N) -> None:
    small, big = build(n), build(2 * n)
    ratios = []
    for _ in range(ATTEMPTS):
        ratios.append(_ratio(fn, small, big))
        if ratios[-1] < LIMIT:
            return
    pytest.fail(
        f"doubling the input multiplied the time by {[round(r, 2) for r in ratios]};"
        f" where the time goes on the larger input:\n{_hotspots(fn, big)}"
    )


def _hotspots(fn: Callable[[str], object], text: str, top: int = 8) -> str:
    """cProfile's top functions for ``fn(text)``, to name the pattern or loop that does not scale."""
    prof = cProfile.Profile()
    prof.runcall(fn, text)
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


STAGES: dict[str, Callable[[str], object]] = {
    "parse": dipparse.parse,
    "prepare": prepare,
    "header": lambda t: read_header(prepare(t)),
    "language": dipparse.detect_language,
    # With a reference date the relative readers run too (bare days, weekdays, periods).
    "parse with a date": lambda t: dipparse.parse(t, published=datetime.date(2024, 8, 19)),
}


class TestLinearTime:
    @pytest.mark.parametrize("name", list(HOSTILE))
    def test_parse(self, name: str) -> None:
        """parse, every extractor included, takes at most about twice as long on twice the input."""
        assert_linear(STAGES["parse"], HOSTILE[name])

    @pytest.mark.parametrize(
        "name",
        [
            "weekdays",
            "weekday ordinals",
            "bare day ranges",
            "bare days after a month",
            "Vietnamese bare days",
            "quarters and halves",
            "Vietnamese quarters",
            "Vietnamese month words",
        ],
    )
    def test_parse_with_a_date(self, name: str) -> None:
        """parse with a reference date (every relative reader runs) is linear on the date inputs."""
        assert_linear(STAGES["parse with a date"], HOSTILE[name])

    @pytest.mark.parametrize("name", list(HOSTILE))
    def test_prepare(self, name: str) -> None:
        """Text preparation (repair, NFC, folding, offset map) is linear on every hostile input."""
        assert_linear(STAGES["prepare"], HOSTILE[name])

    @pytest.mark.parametrize("name", list(HOSTILE))
    def test_header(self, name: str) -> None:
        """The header reader (date line, dateline, credit) is linear on every hostile input."""
        assert_linear(STAGES["header"], HOSTILE[name])

    @pytest.mark.parametrize(
        "name", ["capitalized Vietnamese", "Vietnamese dates", "and", "one long word"]
    )
    def test_language(self, name: str) -> None:
        """Language detection is linear (it reads a bounded sample)."""
        assert_linear(STAGES["language"], HOSTILE[name])


class TestStampPattern:
    @pytest.mark.parametrize(
        "unit",
        [
            "1-2-3-",
            "12:30 ",
            "updated: ",
            "thu ba, ",
            "2024-08-19 07:08 ",
            "aug 19, 2024 ",
            "10:04 am gmt+7 updated 2 hours ago ",
            "updated 2 ",
            "cap nhat 3 gio truoc ",
        ],
    )
    def test_fullmatch(self, unit: str) -> None:
        """The publication stamp's pattern is linear on a field of any length."""
        from dipparse.header import _stamp

        assert_linear(_stamp().fullmatch, _repeat(unit))


class TestHostileInputsAreRight:
    @pytest.mark.parametrize("name", list(HOSTILE))
    def test_sizes(self, name: str) -> None:
        """Each hostile input has the length asked for, so the doubling is real."""
        assert len(HOSTILE[name](N)) == N
        assert len(HOSTILE[name](2 * N)) == 2 * N

    def test_catches_quadratic(self) -> None:
        """The measurement tells a backtracking pattern from linear work, and names it."""
        # Cubic (doubling the input multiplies the time by about 8), so that no
        # noise on a loaded machine brings one attempt under the limit of 3.
        backtracking = re.compile(r"a*a*b")

        with pytest.raises(pytest.fail.Exception, match=r"multiplied the time(.|\n)*search"):
            assert_linear(backtracking.search, HOSTILE["one long word"], n=300)
