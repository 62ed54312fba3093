from __future__ import annotations

import datetime

import pytest

import dipparse
from dipparse.header import read_header
from dipparse.text import prepare

D = datetime.date

SEED_HEADERS = {
    "000_dc07e6a3f4e35c2b.txt": (D(2024, 8, 18), None, None),
    "001_a3bd5bc050b58d9e.txt": (D(2024, 8, 29), "VNA", None),
    "002_c93c0863271b3407.txt": (D(2025, 2, 18), "VNS", ("Hà Nội", None, "HÀ NỘI –")),
    "003_affb83e1943e5441.txt": (
        D(2024, 8, 20),
        "Xinhua",
        ("Beijing", D(2024, 8, 19), "BEIJING, Aug. 19 (Xinhua) --"),
    ),
    "004_70de0de1957ff566.txt": (
        D(2024, 8, 19),
        "Xinhua",
        ("Beijing", D(2024, 8, 19), "BEIJING, Aug. 19 (Xinhua) —"),
    ),
}


class TestSeedHeaders:
    @pytest.mark.parametrize("name", sorted(SEED_HEADERS))
    def test_seed(self, name, seed_texts):
        """Each seed's publication date, source and dateline are read."""
        text = seed_texts[name]
        published, source, dateline = SEED_HEADERS[name]
        a = dipparse.parse(text)
        assert a.published == published
        assert a.source == source
        if dateline is None:
            assert a.dateline is None
        else:
            place, date, span = dateline
            assert (a.dateline.place, a.dateline.date) == (place, date)
            assert text[a.dateline.start : a.dateline.end] == span


class TestDatelines:
    @pytest.mark.parametrize(
        ("text", "published", "place", "date", "source"),
        [
            (
                "HANOI, Jan. 3 (Reuters) - The minister said.",
                D(2025, 1, 5),
                "Hanoi",
                D(2025, 1, 3),
                "Reuters",
            ),
            (
                "Hanoi (VNA) – Prime Minister Pham Minh Chinh said.",
                D(2024, 9, 25),
                "Hanoi",
                None,
                "VNA",
            ),
            (
                "NANNING, China, Dec. 30 (Xinhua) -- Trade rose.",
                D(2025, 1, 2),
                "Nanning",
                D(2024, 12, 30),
                "Xinhua",
            ),
            (
                "UNITED NATIONS, Sept. 24 (Xinhua) -- The leader spoke.",
                D(2024, 9, 25),
                "United Nations",
                D(2024, 9, 24),
                "Xinhua",
            ),
            ("HÀ NỘI — Việt Nam and China agreed.", D(2024, 9, 25), "Hà Nội", None, None),
            ("HCM CITY (VNS) — The city hosted a forum.", D(2024, 9, 25), "HCM City", None, "VNS"),
            ("TP.HCM (TTXVN) - Thành phố tổ chức.", D(2024, 9, 25), "TP.HCM", None, "TTXVN"),
            ("HCMC – The city hosted a forum.", D(2024, 9, 25), "HCMC", None, None),
            ("HA NOI – Viet Nam and China agreed.", D(2024, 9, 25), "Hà Nội", None, None),
            (
                "PHNOM PENH, 19 August 2024 (AFP) - Talks began.",
                D(2024, 9, 25),
                "Phnom Penh",
                D(2024, 8, 19),
                "AFP",
            ),
            (
                "BEIJING, Dec. 30 (Xinhua) -- Talks ended.",
                D(2025, 1, 2),
                "Beijing",
                D(2024, 12, 30),
                "Xinhua",
            ),
            (
                " date 2024-05-02 VIENTIANE, May 1 (Xinhua) -- Laos said.",
                None,
                "Vientiane",
                D(2024, 5, 1),
                "Xinhua",
            ),
        ],
    )
    def test_forms(self, text, published, place, date, source):
        """Datelines not in the seeds: agencies, dashes, day-first dates, countries, year rollover."""
        h = read_header(prepare(text), published)
        assert h.dateline is not None
        assert (h.dateline.place, h.dateline.date, h.source) == (place, date, source)
        assert (
            text[h.dateline.start : h.dateline.end].rstrip("-–— ")
            and text[h.dateline.end - 1] in "-–—"
        )

    def test_year_rollover(self):
        """A dateline of Dec. 30 in a story published Jan. 2 is in the year before."""
        h = read_header(prepare("BEIJING, Dec. 30 (Xinhua) -- Talks ended."), D(2025, 1, 2))
        assert h.dateline.date == D(2024, 12, 30)

    def test_no_dateline_mid_text(self):
        """Capitalized words with a dash inside a paragraph are not a dateline."""
        h = read_header(prepare("He said that ASEAN - China ties grew. VIETNAM - CHINA relations."))
        assert h.dateline is None

    def test_span_is_honest(self):
        """The dateline's offsets index the original text, even when it was normalized."""
        text = " date 2025-02-18 HA\u0300 NO\u0323\u0302I – Talks."
        a = dipparse.parse(text)
        assert a.dateline.place == "Hà Nội"
        assert text[a.dateline.start : a.dateline.end].endswith("–")


class TestVietnameseArticles:
    def test_vietnamese_header(self):
        """A Vietnamese wire story: dateline, photo credit skipped, closing credit read."""
        text = "HÀ NỘI - Thủ tướng Phạm Minh Chính tiếp Đại sứ Hà Vĩ.\n\nẢNH: TTXVN\n\nTTXVN"
        a = dipparse.parse(text)
        assert (a.dateline.place, a.source, a.language) == ("Hà Nội", "TTXVN", "vi")


class TestSource:
    @pytest.mark.parametrize(
        ("text", "source"),
        [
            ("Talks were held.\n\nVNA", "VNA"),
            ("Talks were held. VNS", "VNS"),
            ("Talks were held.\n— Xinhua", "Xinhua"),
            ("Talks were held. (Photo: VNA)", None),
            ("Talks were held.\nẢNH: TTXVN", None),
            ("Xi met Lam. (Xinhua/Xie Huanchi)", None),
            ("Talks were held.\n\nVNA/VNS", "VNA"),
            ("Hội đàm diễn ra tại Hà Nội. TTXVN", "TTXVN"),
            ("Talks were held with ASEAN", None),
            ("Hai bên ký kết văn kiện. (Theo Nhân Dân)", "Nhân Dân"),
            ("Hai bên ký kết văn kiện.\n\nTPO", "TPO"),
            ("Hai bên ký kết văn kiện.\nẢnh: Nhân Dân", None),
            ("(Ngày Nay) - Ngày 8/2, Thủ tướng tiếp Đại sứ.", "Ngày Nay"),
            ("Hai bên ký kết văn kiện. (Theo Báo Quốc tế)", "Thế giới & Việt Nam"),
            ("Talks were held.\n\nSource: VIR", "VIR"),
            ("Talks were held. (SCMP)", "South China Morning Post"),
            ("Hai bên cam kết tăng cường khối đại đoàn kết.", None),
            ("Hai bên cam kết tăng cường đại đoàn kết.", None),
            ("Ngày nay, hai bên hợp tác.", None),
        ],
    )
    def test_trailing_credit(self, text, source):
        """A closing agency line is the source; a photo credit is not."""
        assert read_header(prepare(text)).source == source

    def test_published_argument_wins(self):
        """An explicit published date wins over the header line."""
        a = dipparse.parse(" date 2024-08-18 Talks.", published=D(2024, 8, 20))
        assert a.published == D(2024, 8, 20)


class TestWhereDatelinesStart:
    @pytest.mark.parametrize(
        ("text", "place"),
        [
            ("Intro line.\n\n  HANOI, Aug. 19 (VNA) – Talks.", "Hanoi"),
            (" date 2024-08-20 \t BEIJING (Xinhua) -- Xi met Lam.", "Beijing"),
            ("\n\n date 2024-08-20\nHÀ NỘI – Lam met Xi.", "Hà Nội"),
            ("Said he. HANOI – not at a line start.", None),
            ("First.\nBEIJING, Aug.\n19 (Xinhua) -- A date across a line.", "Beijing"),
            ("said he.\nhanoi – a lower-case line opens no dateline.", None),
            ("First.\nĐÀ NẴNG (VNA) – A place that opens with a letter past ASCII.", "Đà Nẵng"),
            ('First.\n(VNA) – Hanoi.\n"HANOI – in quotes".\nHUẾ – Third line.', "Huế"),
        ],
    )
    def test_line_starts(self, text, place):
        """A dateline is read at the start of any line or after the date header, nowhere else."""
        h = read_header(prepare(text), datetime.date(2024, 8, 20))
        assert (h.dateline.place if h.dateline else None) == place
        if h.dateline is not None:
            assert text[h.dateline.start : h.dateline.end].endswith(("–", "--"))

    @pytest.mark.parametrize("word", ["date", "Date", "DATE"])
    def test_header_word_in_any_case(self, word):
        """The dateline after the ``date`` header is read whatever the header word's case."""
        h = read_header(prepare(f" {word} 2024-08-20 BEIJING, Aug. 19 (Xinhua) -- Xi met Lam."))
        assert h.published == datetime.date(2024, 8, 20)
        assert h.dateline is not None
        assert (h.dateline.place, h.dateline.date) == ("Beijing", datetime.date(2024, 8, 19))
        assert h.source == "Xinhua"


class TestTrailerSearch:
    @pytest.mark.parametrize(
        "tail",
        [
            "He added. VNS",
            "he said, (Theo: VNA)",
            "development. — Nguồn: Báo Quốc tế.",
            "in Hanoi (Photo: Xinhua/Xie Huanchi)",
            "talks, Xinhua / VNA.",
            "a" * 30 + " / b" * 5,
            "x, y.",
        ],
    )
    def test_search_from_the_run_finds_the_same(self, tail):
        """Starting the trailer search where its run begins finds what a full search finds."""
        from dipparse.header import _TRAILER, _TRAILER_RUN

        run = _TRAILER_RUN.match(tail[::-1])
        first = len(tail) - (run.end() if run else 0)
        full = _TRAILER.search(tail)
        fast = _TRAILER.search(tail, max(0, first - 1))
        assert (full and full.span()) == (fast and fast.span())


class TestAgencyAtTheStart:
    @pytest.mark.parametrize(
        ("text", "source"),
        [
            ("VGP - Party General Secretary To Lam hosted a reception.", "VGP"),
            ("TTXVN - Sáng 13/1, Tổng Bí thư phát biểu.", "TTXVN"),
            ("VNA – The Prime Minister met the delegation.", "VNA"),
            ("PANO - The defence ministers held talks.", "Quân đội nhân dân"),
        ],
    )
    def test_credit_is_no_place(self, text, source):
        """An agency that opens the text with a dash credits the article: it is no dateline place."""
        h = read_header(prepare(text), None)
        assert (h.dateline, h.source) == (None, source)


class TestCreditOpeningAParagraph:
    @pytest.mark.parametrize(
        ("text", "source"),
        [
            ("(VOV) – On Monday the Party chief arrived in Beijing.", "VOV"),
            ("Headline here\n(VOVWORLD) -Vietnam and China issued a statement.", "VOV"),
            ("(Dân trí) - Bộ trưởng Ngoại giao Trung Quốc sắp thăm Việt Nam.", "Dân trí"),
            ("Tiêu đề\n\nVOV.VN - Quan hệ giữa hai nước tiếp tục phát triển.", "VOV"),
            ("VTV.vn - Ngoại trưởng hai nước đã điện đàm.", "VTV"),
            ("Chinhphu.vn - Thủ tướng tiếp Đại sứ Trung Quốc.", "VGP"),
            ("Tiêu đề\n\n(VOV5) - Phó Thủ tướng hội đàm với Bộ trưởng.", "VOV"),
            ("(Năm 2024) - Phó Thủ tướng hội đàm.", None),
            ("(Unknown Gazette) – The talks went on.", None),
            ("Vietnam - China trade rose by a third.", None),
        ],
    )
    def test_credit_is_the_source(self, text, source):
        """An agency alone before the dash credits the article and gives no dateline."""
        h = read_header(prepare(text), None)
        assert (h.dateline, h.source) == (None, source)

    def test_dateline_below_the_credit(self):
        """A dateline after a credit line is still read, its own agency first."""
        h = read_header(
            prepare("(VOV) – Photo caption.\nHANOI, May 3 (VNA) – Talks."), D(2024, 5, 4)
        )
        assert (h.dateline.place, h.source) == ("Hanoi", "VNA")


class TestLabelledSource:
    @pytest.mark.parametrize(
        ("text", "source"),
        [
            (
                "Xi meets Lam\n\nSource: Xinhua| 2019-04-25 16:53:27|Editor: huaxia\n\nXi met Lam.",
                "Xinhua",
            ),
            ("Xi met Lam on Monday.\n\nSource: Xinhua   Editor", "Xinhua"),
            (
                "Source:Global Times Published: 2024/8/19\nWang Yi met Bui Thanh Son.",
                "Global Times",
            ),
            ("Hai bên hội đàm.\nNguồn: Báo Nhân Dân | Biên tập: X", "Nhân Dân"),
            ("Source: Lotus feed\nThe two sides met.", None),
            ("By Zhao Lei | China Daily | Updated: 2024-08-19 07:19\nXi met Lam.", "China Daily"),
            ("Xinhua | Updated: 2023-12-13 21:02\nXi met Trong.", "Xinhua"),
            ("Home | World | Asia\nXi met Trong.", None),
        ],
    )
    def test_label(self, text, source):
        """A "Source:" label at a line start of the head or foot names the source."""
        assert read_header(prepare(text), None).source == source


class TestCreditAboveTheFoot:
    @pytest.mark.parametrize(
        ("text", "source"),
        [
            ("HÀ NỘI — The visit was announced. — VNS\n\n \n\nE-paper", "VNS"),
            ("The two ministers met.- (VNA)\n\nRelated news\n", "VNA"),
            ("Talks were held (Xinhua)\nShare this\nPrint", "Xinhua"),
            ("Talks were held. — VNA/VNS Photo Lâm Khánh\nCaption", None),
            ("Talks were held (Xinhua/Yin Bogu)\nPrint", None),
            ("Ties between China - Vietnam\nPrint", None),
            ("Hai bên hội đàm.\nTheo VOV\nTin liên quan", "VOV"),
            ("Hai bên hội đàm.\nNguồn: TTXVN\nBình luận", "TTXVN"),
            ("Hai bên hội đàm.\nTheo kế hoạch của VOV\nBình luận", None),
        ],
    )
    def test_marked_credit_on_a_last_line(self, text, source):
        """A dash- or parenthesis-marked credit a line or two above the end is the source."""
        assert read_header(prepare(text), None).source == source


class TestPublicationStamp:
    @pytest.mark.parametrize(
        ("text", "published"),
        [
            ("China, Vietnam hold talks\nUpdated: 2024-08-19 07:08\nXi met Lam.", D(2024, 8, 19)),
            ("Thứ Ba, 20/08/2024 - 07:41\nTổng Bí thư tiếp Đại sứ.", D(2024, 8, 20)),
            ("Thu Ba, 20-08-2024, 07:41\nTong Bi thu tiep Dai su.", D(2024, 8, 20)),
            ("Source: Xinhua| 2024-08-19 21:03:15|Editor: huaxia\nXi met Lam.", D(2024, 8, 19)),
            ("Published: Aug 19, 2024 09:14 PM\nXi met Lam.", D(2024, 8, 19)),
            ("Headline\n\nApril 15, 2025 - 20:32 (GMT+7)\nText.", D(2025, 4, 15)),
            ("Headline\nMonday, 19 August 2024\nText.", D(2024, 8, 19)),
            ("Cập nhật: ngày 5 tháng 3 năm 2025\nVăn bản.", D(2025, 3, 5)),
            ("By Zhao Lei | China Daily | Updated: 2024-08-19 07:08\nText.", D(2024, 8, 19)),
            ("08/19/2024 10:00\nText.", D(2024, 8, 19)),
            ("Xi meets PM\n\n  21:29 UTC+8, 2024-06-26\nXi met the PM.", D(2024, 6, 26)),
            ("Xi meets PM\n\n(Xinhua) 08:12, June 28, 2023\nXi met the PM.", D(2023, 6, 28)),
            ("Xi meets PM\nXinhua) 08:12, June 28, 2023\nXi met the PM.", D(2023, 6, 28)),
        ],
    )
    def test_stamp(self, text, published):
        """A line of the head that is nothing but a date stamp gives the publication date."""
        assert dipparse.parse(text).published == published

    @pytest.mark.parametrize(
        "text",
        [
            "Talks were held on August 19, 2024 in Beijing.\nMore text.",
            "The treaty of 1999\n2024-08-19 was the day the talks began in Beijing.",
            "Headline\nUpdated: 2024-02-30 07:08\nText.",
            "Headline\nUpdated: 19 August\nText.",
            "One.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\n2024-08-19\n",
        ],
    )
    def test_no_stamp(self, text):
        """A sentence's date, an impossible day, a yearless date or a line below the head is no stamp."""
        assert dipparse.parse(text).published is None

    def test_header_wins(self):
        """The ``date`` header wins over a stamp, and the caller's date over both."""
        text = " date 2024-08-20 Headline\nUpdated: 2024-08-19 07:08\nXi met Lam."
        assert dipparse.parse(text).published == D(2024, 8, 20)
        assert dipparse.parse(text, published=D(2024, 1, 1)).published == D(2024, 1, 1)

    def test_stamp_resolves_dates(self):
        """Relative dates of a text without a header resolve against its stamp."""
        a = dipparse.parse("Updated: 2024-08-21 07:08\nXi met Lam yesterday.")
        assert [(d.text, d.value) for d in a.dates][-1] == ("yesterday", "2024-08-20")

    def test_stamp_dates_the_dateline(self):
        """A wire dateline's day takes its year from the stamp above it."""
        text = "Xi meets PM\n\n(Xinhua) 08:12, June 28, 2023\n\nBEIJING, June 27 (Xinhua) -- Xi met the PM."
        assert dipparse.parse(text).dateline.date == D(2023, 6, 27)


class TestPhotoCreditsAreNoSource:
    @pytest.mark.parametrize(
        "text",
        [
            "Tổng Bí thư tiếp ông Lưu Hải Tinh (Ảnh: Thống Nhất - TTXVN).\n\nTại cuộc tiếp, ông nói.",
            "Tổng Bí thư tiếp ông Lưu Hải Tinh (Ảnh: Thống Nhất - TTXVN)",
            "The leaders met in Hanoi (Photo: Tran Hai - VNA).\n\nThey discussed trade.",
        ],
    )
    def test_photographer_and_agency_in_a_caption(self, text):
        """``(Ảnh: name - TTXVN)`` credits a photo, not the article."""
        assert read_header(prepare(text)).source is None

    def test_article_credit_still_read(self):
        """A credit with no photo label still names the source."""
        assert read_header(prepare("Tổng Bí thư tiếp ông.\n\nÔng nói.\n\nTTXVN")).source == "TTXVN"


class TestAliasPrecheck:
    @pytest.mark.parametrize(
        ("tail", "named"),
        [
            ("talks were held. vna", True),
            ("photo: vna/vns", True),
            ("(vov5) - talks", True),
            ("theo kinh te & do thi", True),
            ("the people's daily reported", True),
            ("talks in vnexpressions and vnas", False),
            ("vov5x and 2vna", True),
            ("xvna, vnax", False),
            ("新华社", True),
            ("", False),
        ],
    )
    def test_whole_words_only(self, tail, named):
        """A credit counts in the tail only as whole words, bounded by no letter."""
        from dipparse.header import _names_a_source

        assert _names_a_source(tail) is named

    @pytest.mark.parametrize(
        ("text", "source"),
        [
            ("Talks were held in Hanoi and Beijing.\n\n(VNA)", "VNA"),
            ("Talks were held with VNAS partners.", None),
        ],
    )
    def test_trailing_credit_after_precheck(self, text, source):
        """The trailer is read only where a known credit stands as whole words."""
        assert read_header(prepare(text)).source == source


class TestStampWithADayWordOrACredit:
    @pytest.mark.parametrize(
        ("text", "published"),
        [
            ("Bài viết\n09:15, ngày 03-11-2023\nHai bên hội đàm.", D(2023, 11, 3)),
            ("Thứ Sáu, ngày 03/11/2023 - 09:15\nHai bên hội đàm.", D(2023, 11, 3)),
            ("Headline\n\n2023-11-03 09:15:20(GMT+08:00) CRI\nText.", D(2023, 11, 3)),
            ("Headline\n2023-11-03 09:15 Xinhua\nText.", D(2023, 11, 3)),
            ("Headline\nNovember 3, 2023, 09:15 [GMT+7]\nText.", D(2023, 11, 3)),
            ("Tiêu đề\nThứ Sáu, 03/11/2023 09:15 [GMT+7]\nVăn bản.", D(2023, 11, 3)),
        ],
    )
    def test_stamp(self, text, published):
        """``ngày`` before the date, a bracketed zone and a known credit after the time are part of the stamp."""
        assert dipparse.parse(text).published == published

    @pytest.mark.parametrize(
        ("text", "source"),
        [
            ("Headline\n\n2023-11-03 09:15:20(GMT+08:00) CRI\nText.", "CRI"),
            ("Headline\n2023-11-03 09:15 Xinhua Editor\nText.", "Xinhua"),
        ],
    )
    def test_credit_is_the_source(self, text, source):
        """The credit that closes a stamp names the source."""
        assert dipparse.parse(text).source == source

    @pytest.mark.parametrize(
        "text",
        ["Headline\n2023-11-03 09:15 Hanoi\nText.", "Headline\n03/11/2023 ha noi da\nText."],
    )
    def test_unknown_word_after_no_stamp(self, text):
        """A word after the date that names no source makes the line no stamp."""
        assert dipparse.parse(text).published is None


class TestMoreCredits:
    @pytest.mark.parametrize(
        ("text", "source", "place"),
        [
            ("VIENTIANE, Nov. 3 (KPL) -- Lao leaders met.", "KPL", "Vientiane"),
            ("Vientiane, November 3 (KPL) – Lao leaders met.", "KPL", "Vientiane"),
            ("PHNOM PENH, Nov. 3 (AKP) -- Cambodian leaders met.", "AKP", "Phnom Penh"),
            ("TCCS - Hai nước láng giềng có truyền thống hữu nghị.", "Tạp chí Cộng sản", None),
        ],
    )
    def test_agencies(self, text, source, place):
        """Lao, Cambodian and party-journal credits are sources, never places."""
        a = dipparse.parse(text)
        assert a.source == source
        assert (a.dateline.place if a.dateline else None) == place

    @pytest.mark.parametrize(
        ("text", "source"),
        [
            ("By Li Yan | chinadaily.com.cn | Updated: 2023-11-03 09:15\nText.", "China Daily"),
            ("Headline\n2023-11-03 09:15:20 | Source: Xinhua\nText.", "Xinhua"),
            ("Headline\nUpdated: 2023-11-03 09:15 | globaltimes.cn\nText.", "Global Times"),
        ],
    )
    def test_barred_fields(self, text, source):
        """A field of a barred head line credits by web address or after a ``Source:`` label."""
        assert dipparse.parse(text).source == source


class TestDatelineMonthGluedToDay:
    @pytest.mark.parametrize(
        ("text", "place", "date", "source"),
        [
            ("Hanoi, Nov.2 (VNA) - The ministers met.", "Hanoi", D(2023, 11, 2), "VNA"),
            ("BEIJING, Nov.2 (Xinhua) -- The ministers met.", "Beijing", D(2023, 11, 2), "Xinhua"),
        ],
    )
    def test_abbreviation_then_day(self, text, place, date, source):
        """``Nov.2`` (no space after the period) is the dateline's date."""
        a = dipparse.parse(text, published=D(2023, 11, 3))
        assert (a.dateline.place, a.dateline.date, a.source) == (place, date, source)


class TestDatelineOwnYear:
    @pytest.mark.parametrize(
        ("text", "date"),
        [
            ("Hanoi, 2 November 2023 (VNA) – The ministers met on Thursday.", D(2023, 11, 2)),
            ("Hà Nội, 2/11/2023 (TTXVN) - Chiều nay, hai Bộ trưởng hội đàm.", D(2023, 11, 2)),
            ("BEIJING, Nov. 2, 2023 (Xinhua) -- The ministers met.", D(2023, 11, 2)),
        ],
    )
    def test_date_without_published(self, text, date):
        """A dateline date that gives its year is read with no publication date."""
        a = dipparse.parse(text)
        assert a.dateline is not None and a.dateline.date == date

    def test_no_year_no_date(self):
        """Without its year and without a publication date the dateline has no date."""
        a = dipparse.parse("BEIJING, Nov. 2 (Xinhua) -- The ministers met.")
        assert a.dateline is not None and a.dateline.date is None

    def test_relative_days_follow_it(self):
        """Relative days resolve against a dateline date that gives its year."""
        a = dipparse.parse("Hanoi, 2 November 2023 (VNA) – The ministers met on Thursday.")
        assert [d.value for d in a.dates] == ["2023-11-02", "2023-11-02"]


class TestPressReleaseWire:
    @pytest.mark.parametrize(
        ("text", "place", "date"),
        [
            ("BEIJING, Nov. 2, 2023 /PRNewswire/ -- The forum opened.", "Beijing", D(2023, 11, 2)),
            ("HANOI, Nov. 2, 2023 /PRNewswire-Asia/ -- The forum opened.", "Hanoi", D(2023, 11, 2)),
        ],
    )
    def test_slashed_agency(self, text, place, date):
        """``/PRNewswire/`` after a dateline's date credits the release's wire."""
        a = dipparse.parse(text)
        assert (a.dateline.place, a.dateline.date, a.source) == (place, date, "PR Newswire")


class TestBylineAndAddressCredits:
    BODY = "Thủ tướng tiếp Đại sứ tại Hà Nội.\nHai bên trao đổi về hợp tác.\n"

    @pytest.mark.parametrize(
        ("tail", "source"),
        [
            ("Ngọc Anh (TTXVN)", "TTXVN"),
            ("Vân Anh (VOV)", "VOV"),
            ("Theo nhandan.vn", "Nhân Dân"),
            ("Theo Chinhphu.vn", "VGP"),
            ("(Theo vnexpress.net)", "VnExpress"),
        ],
    )
    def test_credit(self, tail, source):
        """A byline ending in the given name Anh, or a paper's web address, credits the source."""
        assert dipparse.parse(self.BODY + tail + "\n").source == source

    @pytest.mark.parametrize("tail", ["Ảnh: TTXVN", "Anh: TTXVN", "(Photo: VNA)"])
    def test_photo_credit_still_none(self, tail):
        """A photo label before the credit still makes it no source."""
        assert dipparse.parse(self.BODY + tail + "\n").source is None


class TestCasedDatelineWithYear:
    @pytest.mark.parametrize(
        ("text", "place", "date"),
        [
            (
                "Beijing, December 11, 2024 – The ministers met on Tuesday.",
                "Beijing",
                datetime.date(2024, 12, 11),
            ),
            (
                "Hanoi, 15 June 2024 — The ministry said it would sign.",
                "Hanoi",
                datetime.date(2024, 6, 15),
            ),
        ],
    )
    def test_place_and_full_date(self, text, place, date):
        """A place in ordinary case with a date and its year, then a dash, is a dateline."""
        d = read_header(prepare(text)).dateline
        assert d is not None
        assert (d.place, d.date) == (place, date)

    @pytest.mark.parametrize(
        "text",
        [
            "Monday, December 11, 2024 – The ministers met.",
            "Hanoi, June 15 – The ministry said.",
        ],
    )
    def test_no_dateline(self, text):
        """A weekday is no place; without a year or an agency an ordinary-case place makes none."""
        assert read_header(prepare(text)).dateline is None


class TestStampWithAnAge:
    @pytest.mark.parametrize(
        ("text", "published"),
        [
            (
                "By Khanh Vu\nNovember 21, 2026 10:04 AM GMT+7 Updated 2 hours ago\n"
                "HANOI, Nov 21 (Reuters) - Vietnam said on Friday it would sign.",
                D(2026, 11, 21),
            ),
            ("November 21, 2026 10:04 AM GMT+7Updated 2 days ago\nText.", D(2026, 11, 21)),
            ("Headline\nNovember 21, 2026 Published an hour ago\nText.", D(2026, 11, 21)),
            ("Cập nhật: 15/04/2025 20:32 Cập nhật 3 giờ trước\nVăn bản.", D(2025, 4, 15)),
        ],
    )
    def test_full_date_is_the_stamp(self, text, published):
        """A stamp's full date is the publication date; the page's age after it is read over."""
        assert dipparse.parse(text).published == published

    @pytest.mark.parametrize(
        "text",
        [
            "Updated 2 hours ago\nHANOI, Nov 21 (Reuters) - Vietnam said on Friday it would sign.",
            "Published 3 days ago\nVietnam said on Friday it signed the deal.",
        ],
    )
    def test_age_alone_gives_no_date(self, text):
        """An age alone has no reference: no publication date, and no date resolved from it."""
        a = dipparse.parse(text)
        assert a.published is None
        assert [d.text for d in a.dates] == []

    def test_age_is_no_date_mention(self):
        """``Updated 2 days ago`` counts from the reader's clock: no mention, while the text's own ``ago`` is one."""
        a = dipparse.parse(
            "November 21, 2026 10:04 AM GMT+7 Updated 2 days ago\nVietnam signed the deal two days ago."
        )
        assert [(d.text, d.value) for d in a.dates] == [
            ("November 21, 2026", "2026-11-21"),
            ("two days ago", "2026-11-19"),
        ]
