from __future__ import annotations

import datetime
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dipparse
from dipparse import agreements
from dipparse.agreements import extract_agreements
from dipparse.models import DateMention
from dipparse.text import prepare

REF = datetime.date(2024, 8, 29)


def read(text: str, ref: datetime.date | None = REF, dates: tuple[DateMention, ...] = ()):
    return extract_agreements(prepare(text), ref, dates)


def facts(text: str, ref: datetime.date | None = REF) -> list[tuple[str, int | None, str | None]]:
    return [(a.kind, a.count, a.signed) for a in read(text, ref)]


class TestKinds:
    @pytest.mark.parametrize(
        ("text", "kind", "surface"),
        [
            (
                "Both sides reaffirmed the maritime boundary treaty.",
                "treaty",
                "maritime boundary treaty",
            ),
            (
                "They welcomed the Laos - Vietnam joint statement.",
                "joint statement",
                "joint statement",
            ),
            (
                "The ministries inked a memorandum of understanding on fisheries.",
                "memorandum",
                "memorandum of understanding",
            ),
            ("An MoU on tourism promotion was also exchanged.", "memorandum", "MoU"),
            (
                "They reviewed five legal documents on border gates.",
                "legal documents",
                "legal documents",
            ),
            (
                "Officials exchanged 9 cooperation documents.",
                "cooperation documents",
                "cooperation documents",
            ),
            (
                "Hanoi ratified the agreement on visa exemption.",
                "agreement",
                "agreement on visa exemption",
            ),
            (
                "They praised the Global Development Initiative.",
                "initiative",
                "Global Development Initiative",
            ),
            (
                "Both sides will align the Belt and Road Initiative with local plans.",
                "initiative",
                "Belt and Road Initiative",
            ),
            (
                "They linked it with the Two Corridors and One Economic Circle plan.",
                "plan",
                "Two Corridors and One Economic Circle",
            ),
            ("They adopted an action plan for the 2025-2027 period.", "plan", "action plan"),
            (
                "Laos backed the Mekong Green Growth Strategy.",
                "plan",
                "Mekong Green Growth Strategy",
            ),
            (
                "He supported the initiative to build a regional power grid.",
                "initiative",
                "initiative to build",
            ),
        ],
    )
    def test_kind(self, text: str, kind: str, surface: str) -> None:
        """Each kind of agreement is found with its kind, as a true slice of the text."""
        (a,) = read(text)
        assert a.kind == kind
        assert surface in a.text
        assert text[a.start : a.end] == a.text

    @pytest.mark.parametrize(
        "text",
        [
            "The treaty was signed long ago.",
            "The agreement will be reviewed next year.",
            "Current agreements must be respected.",
            "This treaty remains the basis of ties.",
            "Various agreements were discussed.",
            "Vietnam took the initiative to propose new talks.",
            "The two countries plan to expand trade.",
            "They read many documents.",
            "Hai bên thỏa thuận sẽ tăng cường hợp tác.",
            "Hiệp ước này có ý nghĩa lịch sử.",
            "Theo kế hoạch, đoàn sẽ thăm Hà Nội.",
        ],
    )
    def test_back_references_and_vague_plurals_are_not_mentions(self, text: str) -> None:
        """A bare back-reference, a vague plural or an ordinary use of a head word is not an agreement."""
        assert read(text) == ()


class TestCounts:
    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("The two sides signed 14 cooperation documents.", 14),
            ("The two sides signed fourteen cooperation documents.", 14),
            ("They implemented three legal documents on the border.", 3),
            ("Twenty-two agreements on trade were reached.", 22),
            ("They exchanged 7 documents.", 7),
            ("Dozens of cooperation documents were exchanged.", None),
            ("The land border treaty is in force.", None),
            ("Hai bên đã trao 12 văn kiện hợp tác.", 12),
            ("Hai bên triển khai ba văn kiện pháp lý về biên giới.", 3),
            ("Hai ben trien khai ba van kien phap ly ve bien gioi.", 3),
        ],
    )
    def test_count(self, text: str, count: int | None) -> None:
        """A count comes from digits or number words; an indefinite quantity gives none."""
        (a,) = read(text)
        assert a.count == count


class TestSigned:
    @pytest.mark.parametrize(
        ("text", "signed"),
        [
            ("The border treaty signed on Dec. 30, 1999 remains in force.", "1999-12-30"),
            ("The pact on fisheries, signed in November 2000, was extended.", "2000-11"),
            ("The trade agreement was signed in 2019.", "2019"),
            ("The two leaders signed the Treaty of Peace on 30 December 1999.", "1999-12-30"),
            ("The 2009 legal documents on the border are being implemented.", "2009"),
            ("They hailed the Land Border Treaty of 1999.", "1999"),
            ("The maritime agreement signed last year took effect.", "2023"),
            (
                "The 5 cooperation documents signed during his recent visit to Laos matter.",
                "2024-08",
            ),
            ("Leaders witnessed the signing of 8 cooperation documents on Monday.", "2024-08-26"),
            ("They marked 25 years since the signing of the land border treaty.", "1999"),
            ("They marked the 30th anniversary of the signing of the fisheries agreement.", "1994"),
            ("Hai bên kỷ niệm 25 năm ký kết Hiệp ước biên giới trên đất liền.", "1999"),
            ("Ba văn kiện pháp lý về biên giới được ký năm 2009.", "2009"),
            ("Hai bên tôn trọng Hiệp ước biên giới trên đất liền năm 1999.", "1999"),
            ("Hai bên đã ký 14 văn kiện hợp tác trong chuyến thăm vừa qua.", "2024-08"),
            ("The fisheries agreement is important.", None),
            ("Both sides will sign two agreements on visa exemption next week.", None),
        ],
    )
    def test_signed(self, text: str, signed: str | None) -> None:
        """The signing date comes from a date, a visit, a year modifier or an anniversary, at its granularity."""
        (a,) = read(text)
        assert a.signed == signed

    def test_anniversary_without_reference_date(self) -> None:
        """An anniversary cannot be resolved without a reference date."""
        (a,) = read("They marked 25 years since the signing of the land border treaty.", ref=None)
        assert a.signed is None

    def test_signing_clause_covers_a_list(self) -> None:
        """A signing clause after a coordinated list dates every agreement in it."""
        text = "They will implement the Laos - Vietnam joint statement and the 6 cooperation documents signed during the visit."
        assert [a.signed for a in read(text)] == ["2024-08", "2024-08"]

    def test_later_statement_dates_earlier_mention(self) -> None:
        """A later anniversary of the same kind and count dates an earlier mention."""
        text = (
            "They carry out the two legal documents on border management. "
            "They will mark 15 years since the signing of the two legal documents on the border."
        )
        assert [a.signed for a in read(text)] == ["2009", "2009"]

    def test_date_mentions_from_the_date_reader(self) -> None:
        """A relative signing date the date reader resolved is used."""
        text = "The customs agreement signed the day before was praised."
        i = text.index("the day before")
        dates = (DateMention("the day before", "2024-08-28", None, "day", i, i + 14),)
        (a,) = read(text, dates=dates)
        assert a.signed == "2024-08-28"


class TestParties:
    def test_parties_named_in_mention(self) -> None:
        """Countries named in the mention are its parties."""
        (a,) = read("They welcomed the Vietnam - China joint statement.")
        assert a.parties == ("CN", "VN")

    def test_two_countries_resolved(self) -> None:
        """``between the two countries`` names the two countries the article is about."""
        text = "Vietnam and China met. They hailed the three legal documents on the border between the two countries."
        (a,) = read(text)
        assert a.parties == ("CN", "VN")

    def test_unclear_parties(self) -> None:
        """Without a country in sight, parties stay empty."""
        (a,) = read("They welcomed the fisheries agreement.")
        assert a.parties == ()


class TestLanguages:
    VIETNAMESE = (
        "Hai bên kỷ niệm 25 năm ký kết Hiệp ước biên giới trên đất liền Việt Nam - Trung Quốc."
    )
    ENGLISH = (
        "The two sides marked 25 years since the signing of the Vietnam - China land border treaty."
    )

    @pytest.mark.parametrize("text", [VIETNAMESE, dipparse.fold(VIETNAMESE), ENGLISH])
    def test_same_facts_three_ways(self, text: str) -> None:
        """A Vietnamese sentence, its ASCII-folded form and an English rendering give the same agreement."""
        (a,) = read(text)
        assert (a.kind, a.count, a.signed, a.parties) == ("treaty", None, "1999", ("CN", "VN"))

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("Hai nước ký Hiệp định thương mại tự do.", "agreement"),
            ("Hai bên ra Tuyên bố chung Việt Nam - Lào.", "joint statement"),
            ("Hai bộ ký bản ghi nhớ về du lịch.", "memorandum"),
            ("Hai bên thông qua kế hoạch hành động giai đoạn 2025 - 2027.", "plan"),
            ("Việt Nam ủng hộ Sáng kiến Phát triển Toàn cầu.", "initiative"),
            ("Hai nước ký thỏa thuận về miễn thị thực.", "agreement"),
        ],
    )
    def test_vietnamese_kinds(self, text: str, kind: str) -> None:
        """Vietnamese heads are read with their modifiers after them."""
        (a,) = read(text)
        assert a.kind == kind
        assert text[a.start : a.end] == a.text

    def test_parse_fills_agreements(self) -> None:
        """parse() reports agreements with offsets into the text given."""
        text = " date 2024-08-29 They marked 25 years since the signing of the land border treaty."
        (a,) = dipparse.parse(text).agreements
        assert (a.kind, a.signed) == ("treaty", "1999")
        assert text[a.start : a.end] == a.text


class TestSpeed:
    @pytest.mark.parametrize(
        "text",
        [
            "the " * 20000 + "treaty",
            "Global " * 5000 + "Initiative",
            "signed during " * 3000 + "visit",
            "Việt Nam - " * 4000 + "hiệp định",
        ],
    )
    def test_adversarial_input_is_fast(self, text: str) -> None:
        """Pathological input is read in well under a second."""
        t0 = time.perf_counter()
        read(text)
        assert time.perf_counter() - t0 < 2


class TestGeneralization:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "The two sides signed a cooperation agreement.",
                [("agreement", "a cooperation agreement")],
            ),
            ("They reached a broad agreement.", []),
            (
                "Both abide by UNCLOS and the Convention on Biological Diversity.",
                [("treaty", "UNCLOS"), ("treaty", "the Convention on Biological Diversity")],
            ),
            ("The party convention was held in May.", []),
            (
                "Hai nước ký Nghị định thư về kiểm dịch sầu riêng.",
                [("agreement", "Nghị định thư về kiểm dịch sầu riêng")],
            ),
            (
                "The plan on aligning the Belt and Road Initiative was praised.",
                [("initiative", "Belt and Road Initiative")],
            ),
        ],
    )
    def test_unseen_phrasing(self, text: str, expected: list[tuple[str, str]]) -> None:
        """Phrasings not in the seeds are read by the same rules."""
        assert [(a.kind, a.text) for a in read(text)] == expected


class TestAsciiAndWideTexts:
    """The readers skip work by the words a text holds; a wide character anywhere changes nothing."""

    @pytest.mark.parametrize(
        "text",
        [
            "The US and Japan backed the BRI and the Global Development Initiative.",
            "Vietnam and China signed the National Digital Transformation Strategy.",
            "The two countries signed a bilateral agreement on fisheries.",
            "Both sides welcomed the RCEP and the U.S. trade agreement with Vietnam.",
            "Officials of the two sides adopted the Master Plan on connectivity.",
        ],
    )
    def test_same_mentions_with_a_wide_character(self, text: str) -> None:
        """An ASCII text and the same text with a curly quote after it give the same mentions."""
        plain = [(a.text, a.kind, a.parties, a.start) for a in read(text)]
        wide = [(a.text, a.kind, a.parties, a.start) for a in read(text + " “ok”")]
        assert plain and plain == wide

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            (
                "They discussed ²Initiative plans and the Global Security Initiative.",
                "Global Security Initiative",
            ),
            (
                "The BRI² and the Belt and Road Initiative were discussed.",
                "Belt and Road Initiative",
            ),
        ],
    )
    def test_wide_characters_next_to_a_name(self, text: str, surface: str) -> None:
        """A name next to a character that is not a word character is still read."""
        assert surface in [a.text for a in read(text)]


class TestAnniversaryNumbers:
    """The number of an anniversary is read wherever it stands before its key."""

    @pytest.mark.parametrize(
        ("text", "signed"),
        [
            (
                "Thousands gathered for celebrations marking the twenty-fifth anniversary of the land border treaty.",
                "1999",
            ),
            (
                "Officials noted the 25th\nanniversary of the signing of the fisheries agreement.",
                "1999",
            ),
            ("They marked 15  years after the conclusion of the border treaty.", "2009"),
            ("They marked years since the signing of the border treaty.", None),
            ("Hai bên kỷ niệm 15 năm ngày ký kết Hiệp ước biên giới trên đất liền.", "2009"),
        ],
    )
    def test_number_before_key(self, text: str, signed: str | None) -> None:
        """Digits, ordinals and hyphenated ordinals count back from the reference date; no number, no date."""
        (a,) = read(text)
        assert a.signed == signed

    @pytest.mark.parametrize(
        "text",
        [
            "Analysts counted 2015 years since the signing of the fisheries agreement.",
            "They marked the x25th anniversary of the signing of the fisheries agreement.",
            "Hai bên kỷ niệm 2015 năm ký kết Hiệp định nghề cá.",
        ],
    )
    def test_number_is_a_whole_word(self, text: str) -> None:
        """The number is a whole word: no count is read out of the end of a longer one (``015`` of ``2015``)."""
        (a,) = read(text)
        assert a.signed is None


class TestClauseWindows:
    """Readers stop at the clause's end, found only at its break characters."""

    @pytest.mark.parametrize(
        ("text", "parties"),
        [
            ("Vietnam and China signed the border treaty between the two countries.", ("CN", "VN")),
            (
                "Vietnam and China met. The sides signed the border treaty between the two countries.",
                ("CN", "VN"),
            ),
            ("The border treaty between Vietnam and Laos; China disagreed.", ("LA", "VN")),
            ("The border treaty between them. Vietnam and Laos met.", ()),
        ],
    )
    def test_parties_in_clause(self, text: str, parties: tuple[str, ...]) -> None:
        """A ``between`` tail is read up to the clause's break; "the two countries" are the text's two."""
        (a,) = read(text)
        assert a.parties == parties

    @pytest.mark.parametrize(
        ("text", "signed"),
        [
            (
                "The two sides signed the fisheries agreement during the visit to Beijing.",
                "2024-08",
            ),
            (
                "The two sides signed the fisheries agreement on 12 March 2023 in Beijing.",
                "2023-03-12",
            ),
            ("The fisheries agreement was signed last year.", "2023"),
            ("The fisheries agreement was signed on Monday.", "2024-08-26"),
        ],
    )
    def test_signing_date_words(self, text: str, signed: str) -> None:
        """A signing clause's date is read from digits, date words and weekdays, else from the visit."""
        (a,) = read(text)
        assert a.signed == signed


class TestProvincesAreNoCountries:
    @pytest.mark.parametrize(
        "text",
        [
            "They signed an agreement on the Lào Cai railway project.",
            "They signed an agreement on the Lao Cai railway project.",
            "They signed an agreement on the Thai Nguyen steel plant.",
        ],
    )
    def test_vietnamese_province(self, text):
        """A Vietnamese province whose name starts with a country's (Lào, Thai) gives Viet Nam, not that country."""
        (a,) = dipparse.parse(text).agreements
        assert a.parties == ("VN",)


class TestPartiesFromTheClause:
    @pytest.mark.parametrize(
        ("text", "mention", "parties"),
        [
            (
                "HÀ NỘI — Việt Nam and China signed 15 cooperation documents on Tuesday.",
                "15 cooperation documents",
                ("CN", "VN"),
            ),
            (
                "Vietnam signed an agreement with China on border gates.",
                "an agreement",
                ("CN", "VN"),
            ),
            (
                "Laos has signed a memorandum of understanding with Cambodia.",
                "a memorandum of understanding",
                ("KH", "LA"),
            ),
            (
                "Việt Nam và Trung Quốc đã ký 15 văn kiện hợp tác.",
                "15 văn kiện hợp tác",
                ("CN", "VN"),
            ),
        ],
    )
    def test_subject_and_with(self, text, mention, parties):
        """The countries that sign (the subject of 'signed') and the one signed 'with' are parties; the dateline is no part of the mention."""
        (a,) = dipparse.parse(text).agreements
        assert (a.text, a.parties) == (mention, parties)

    def test_count_opens_the_phrase(self):
        """Words before a count are not modifiers of the agreement."""
        (a,) = dipparse.parse(
            "Leaders of both countries signed 14 cooperation documents."
        ).agreements
        assert (a.text, a.count) == ("14 cooperation documents", 14)

    def test_complement_never_ends_on_a_dash(self):
        """Dashes join the words of a complement and never end it."""
        (a,) = dipparse.parse(
            "They signed an agreement on the Lào Cai – Hà Nội – Hải Phòng railway."
        ).agreements
        assert a.text.startswith("an agreement on the Lào Cai – Hà Nội – Hải")
        assert a.text[-1].isalnum()


class TestNarrowedTables:
    @pytest.mark.parametrize(
        "text",
        [
            "The Belt and Road Initiative and the Two Corridors, One Economic Circle plan.",
            "One Belt, One Road met the belt and road and the Global Security Initiative.",
            "The Regional Comprehensive Economic Partnership and the UN Convention on the Law "
            "of the Sea, and the United Nations Convention on the Law of the Sea.",
            "Sáng kiến Vành đai và Con đường, Hai hành lang, một vành đai kinh tế.",
            "A road, a belt and an initiative, but no named agreement at all.",
            "",
            "x-Belt and Road, Belt & Road, belt  and   road, One Belt,One Road, one belt one road.",
            "The Vietnam-ASEAN-China free trade area and the China-ASEAN Free Trade Area.",
            "Global Development Initiative-Global Security Initiative/Global Civilization Initiative",
            "belt and road and belt and road initiative initiative",
            "the United Nations Convention on the Law-of-the-Sea (UNCLOS) of 1982",
            "Belt and Road",
        ],
    )
    def test_same_as_whole_table(self, text: str) -> None:
        """A text read with the keys it can hold finds what the whole table finds."""
        from dipparse.agreements import _vocab

        named = _vocab().named_pat
        p = prepare(text)
        assert named.in_text(p) == named.full.in_text(p)

    @pytest.mark.parametrize(
        "text",
        [
            "the Belt & Road Initiative",
            "Two Corridors , One Belt and the two corridors one belt",
            "Sáng kiến Vành đai và Con đường",
            "united   nations convention on the law of the sea",
        ],
    )
    def test_every_match_is_spotted(self, text: str) -> None:
        """Each phrase the whole table finds lies where its key's pattern matches the split."""
        from dipparse.agreements import _vocab
        from dipparse.fields import phrase_key, spaced_words_of

        named = _vocab().named_pat
        assert named.spots is not None
        p = prepare(text)
        padded = spaced_words_of(p).padded
        found = named.full.in_text(p)
        assert found
        for start, end, _ in found:
            key = phrase_key(p.lower[start:end])
            assert named.spots[key][1].match(padded, start) is not None

    def test_keys_need_their_words(self) -> None:
        """Only keys whose words all stand in the text are kept for it."""
        from dipparse.agreements import _vocab

        named = _vocab().named_pat
        keys = named.keys_in(frozenset({"belt", "road", "one"}))
        assert "belt and road" in keys
        assert "belt and road initiative" not in keys
        assert named.keys_in(frozenset({"road"})) == frozenset()


class TestTokenLimit:
    @pytest.mark.parametrize(
        "text",
        [
            "on  land   border management, signed in 1999",
            "   \n of the Sea",
            "Việt Nam–Trung Quốc:  hiệp định",
            "a b c d e f g h i j k l m n o p q r s",
            "",
        ],
    )
    @pytest.mark.parametrize("limit", [1, 2, 3, 16])
    def test_first_tokens_of_all(self, text: str, limit: int) -> None:
        """The first ``limit`` tokens are the first of all the window's tokens."""
        from dipparse.agreements import _tokens

        p = prepare(text)
        assert _tokens(p, 0, len(p.text), limit) == _tokens(p, 0, len(p.text))[:limit]


class TestCountryParties:
    @pytest.mark.parametrize(
        ("text", "parties"),
        [
            ("The land border treaty between Vietnam and China was signed.", ("CN", "VN")),
            ("The land border treaty between Vietnam and_China was signed.", ("CN", "VN")),
            ("The land border treaty between xVietnam and yChina was signed.", ()),
        ],
    )
    def test_names_after_a_gap(self, text: str, parties: tuple[str, ...]) -> None:
        """A country counts after a space or a gap character, not inside a word."""
        (a,) = read(text)
        assert a.parties == parties


class TestNamesInTheMention:
    @pytest.mark.parametrize(
        "text",
        [
            "The Việt Nam–Trung Quốc land border treaty took effect.",
            "The Viet Nam-China land border treaty took effect.",
            "The China–Viet Nam land border treaty took effect.",
        ],
    )
    def test_countries_joined_by_a_dash(self, text):
        """Both countries of 'Việt Nam–Trung Quốc' are parties, and 'Nam' (năm, five) is no count."""
        (a,) = dipparse.parse(text).agreements
        assert (a.text, a.count, a.parties) == (text.split(" took")[0], None, ("CN", "VN"))


class TestClauseVerbsEndTheMention:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "The 9 accords include agreements on fisheries and visas.",
                [("The 9 accords", 9), ("agreements on fisheries", None)],
            ),
            (
                "These papers cover protocols on durian exports.",
                [("protocols on durian exports", None)],
            ),
            (
                "Officials said the set comprises treaties on extradition.",
                [("treaties on extradition", None)],
            ),
            (
                "Hanoi and Vientiane signed agreements on hydropower.",
                [("agreements on hydropower", None)],
            ),
            (
                "The three ministries signed memoranda on fisheries.",
                [("memoranda on fisheries", None)],
            ),
        ],
    )
    def test_verb_before_the_head(self, text, expected):
        """A verb or another plural head before a head is no modifier, and its subject gives no count."""
        assert [(a.text, a.count) for a in read(text)] == expected

    @pytest.mark.parametrize(
        ("text", "surface", "count"),
        [
            ("All 15 signed documents were handed over.", "15 signed documents", 15),
            (
                "They praised the signed agreements on trade.",
                "the signed agreements on trade",
                None,
            ),
        ],
    )
    def test_signed_as_modifier(self, text, surface, count):
        """After a determiner or a count, 'signed' still modifies the head."""
        (a,) = read(text)
        assert (a.text, a.count) == (surface, count)


class TestBracketedShortForms:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "The banks inked a memorandum of understanding (MoU) on payments.",
                ["a memorandum of understanding (MoU) on payments"],
            ),
            (
                "Both sides signed a Memorandum of Understanding ( MOU ) and an MoU on ports.",
                ["a Memorandum of Understanding", "an MoU on ports"],
            ),
        ],
    )
    def test_short_form_is_the_same_mention(self, text, expected):
        """A short form in brackets right after the full name is no second mention."""
        assert [a.text for a in read(text)] == expected

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            (
                "The academies signed a memorandum of cooperation last week.",
                "a memorandum of cooperation",
            ),
            ("Two memoranda of cooperation were exchanged.", "Two memoranda of cooperation"),
        ],
    )
    def test_memorandum_of_cooperation(self, text, surface):
        """'memorandum of cooperation' names a memorandum on its own, as 'of understanding' does."""
        (a,) = read(text)
        assert (a.text, a.kind) == (surface, "memorandum")


class TestDeals:
    @pytest.mark.parametrize(
        ("text", "surface", "count"),
        [
            ("Hanoi and Beijing sign 14 deals from rail to fruit.", "14 deals", 14),
            ("The sides inked 7 cooperation deals in Hanoi.", "7 cooperation deals", 7),
        ],
    )
    def test_counted_deals(self, text, surface, count):
        """A counted set of deals is an agreement mention with its count."""
        (a,) = read(text)
        assert (a.text, a.kind, a.count) == (surface, "agreement", count)

    @pytest.mark.parametrize(
        "text",
        [
            "The deals were signed on Monday.",
            "They made a great deal of progress.",
            "He deals with it.",
        ],
    )
    def test_uncounted_deals(self, text):
        """Deals without a count, and the word in other senses, are no mention."""
        assert read(text) == ()

    @pytest.mark.parametrize(
        ("text", "surface", "signed"),
        [
            (
                "They agreed to renew an expired 2020 deal on patrols.",
                "an expired 2020 deal on patrols",
                "2020",
            ),
            ("The two sides signed a trade deal worth $5 billion.", "a trade deal", None),
            ("Vietnam and Laos signed a deal on rail links.", "a deal on rail links", None),
        ],
    )
    def test_one_deal(self, text, surface, signed):
        """A deal made specific by a modifier or a subject is an agreement mention."""
        (a,) = read(text)
        assert (a.text, a.kind, a.signed) == (surface, "agreement", signed)

    @pytest.mark.parametrize(
        "text",
        [
            "It took a great deal of effort.",
            "It is a big deal for both.",
            "The deal was reached after talks.",
            "No deal was reached.",
        ],
    )
    def test_deal_idioms_and_back_references(self, text):
        """``a great deal``, ``a big deal for both`` and the bare ``the deal`` name no agreement."""
        assert read(text) == ()


class TestOccasionIsNoComplement:
    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            ("Laos and Vietnam signed 9 agreements on the occasion of the visit.", "9 agreements"),
            (
                "They inked 4 cooperation documents on Li's official trip to Hanoi.",
                "4 cooperation documents",
            ),
            ("The ministers signed 3 protocols on the sidelines of the forum.", "3 protocols"),
            ("They signed a treaty on behalf of the two governments.", "a treaty"),
        ],
    )
    def test_on_the_occasion(self, text, surface):
        """An 'on' phrase that gives the occasion of the signing is not what the agreement is on."""
        assert read(text)[0].text == surface

    def test_subject_stays(self):
        """An 'on' phrase that gives the subject is still read."""
        assert (
            read("They signed an agreement on visa exemption.")[0].text
            == "an agreement on visa exemption"
        )


class TestVietnameseStopsKeepTheirDiacritics:
    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            ("Hai ngân hàng ký Hiệp định hợp tác tài chính.", "Hiệp định hợp tác tài chính"),
            ("Hai bộ ký Bản ghi nhớ về hợp tác kỹ thuật.", "Bản ghi nhớ về hợp tác kỹ thuật"),
            ("Hai tỉnh ký Nghị định thư về hải quan.", "Nghị định thư về hải quan"),
            ("Hai bên trao 8 văn kiện hợp tác quan trọng.", "8 văn kiện hợp tác quan trọng"),
            ("Họ ký thỏa thuận về chuỗi cung ứng.", "thỏa thuận về chuỗi cung ứng"),
        ],
    )
    def test_word_folding_to_a_stop(self, text, surface):
        """A word that only folds to a stop word ('tài' to 'tại') does not end the mention."""
        assert read(text)[0].text == surface

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            ("Hai bên ký Hiệp định thương mại tại Hà Nội.", "Hiệp định thương mại"),
            ("Hai ben ky Hiep dinh thuong mai tai Ha Noi.", "Hiep dinh thuong mai"),
        ],
    )
    def test_stop_words_still_stop(self, text, surface):
        """The stop word itself, or its folded form in a text without diacritics, ends the mention."""
        assert read(text)[0].text == surface


class TestSigningDateOfTheConjunct:
    @pytest.mark.parametrize(
        ("text", "signed"),
        [
            (
                "In 1995, Laos and Vietnam signed the Border Treaty, and in 2007 a protocol on markers.",
                "1995",
            ),
            ("Laos and Vietnam signed the Border Treaty, and in 2007 a protocol on markers.", None),
            (
                "Laos and Vietnam signed the Border Treaty in 1995, and in 2007 a protocol on markers.",
                "1995",
            ),
            (
                "They issued a joint statement on Monday, but talks went on until Friday.",
                "2024-08-26",
            ),
        ],
    )
    def test_date_of_the_next_conjunct(self, text, signed):
        """A date after a comma and 'and'/'but' belongs to the next conjunct, not to the signing before it."""
        assert read(text)[0].signed == signed


class TestHeadlineVerbs:
    @pytest.mark.parametrize(
        ("text", "surface", "parties"),
        [
            (
                "Laos, Vietnam issue joint statement on ties",
                "joint statement on ties",
                ("LA", "VN"),
            ),
            ("Cambodia and Vietnam sealed 9 agreements.", "9 agreements", ("KH", "VN")),
            ("Leaders Hail Land Border Treaty", "Land Border Treaty", ()),
            ("Lào và Việt Nam ra Tuyên bố chung.", "Tuyên bố chung", ("LA", "VN")),
        ],
    )
    def test_verb_is_no_modifier_and_gives_the_subject(self, text, surface, parties):
        """A verb before the head (issue, seal, hail, ra) is not in the mention; its subject gives the parties."""
        (a,) = read(text)
        assert (a.text, a.parties) == (surface, parties)


class TestVagueWordWithSpecificModifiers:
    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            ("It followed an historic land border agreement.", "an historic land border agreement"),
            ("They will sign a new fisheries agreement.", "a new fisheries agreement"),
        ],
    )
    def test_one_agreement_named_by_its_modifiers(self, text, surface):
        """A vague word does not unmake one agreement its other modifiers name."""
        (a,) = read(text)
        assert a.text == surface

    @pytest.mark.parametrize(
        "text", ["They reviewed current trade agreements.", "They reviewed the new agreement."]
    )
    def test_vague_plural_or_vague_alone(self, text):
        """A vague plural, or a vague word with nothing else, is still no mention."""
        assert read(text) == ()


class TestQuotedTitles:
    @pytest.mark.parametrize(
        ("text", "surface", "parties"),
        [
            (
                "Hai bên tuân thủ “Thỏa thuận về những nguyên tắc cơ bản chỉ đạo giải quyết"
                " vấn đề trên biển Việt Nam - Trung Quốc”; phát huy các cơ chế.",
                "Thỏa thuận về những nguyên tắc cơ bản chỉ đạo giải quyết vấn đề trên biển"
                " Việt Nam - Trung Quốc",
                ("CN", "VN"),
            ),
            (
                'Both abide by the "Agreement on Basic Principles Guiding the Settlement of'
                ' Sea-Related Issues" of 2011.',
                "Agreement on Basic Principles Guiding the Settlement of Sea-Related Issues",
                (),
            ),
        ],
    )
    def test_title_runs_to_the_closing_quote(self, text, surface, parties):
        """A mention that opens a quoted title ends where the quote closes, not at a function word."""
        (a,) = read(text)
        assert (a.text, a.parties) == (surface, parties)
        assert text[a.start : a.end] == a.text

    def test_signing_clause_after_the_quote(self):
        """A signing clause right after the closing quote dates the quoted agreement."""
        (a,) = read('They honour the "Agreement on Sea Issues" signed in 2011.')
        assert (a.text, a.signed) == ("Agreement on Sea Issues", "2011")

    def test_no_closing_quote(self):
        """Without its closing quote on the same line the mention is read as usual."""
        got = read('He called it a "memorandum of understanding on trade,\nwhich" nobody read.')
        assert [a.text for a in got] == ["memorandum of understanding on trade"]


class TestWitnessedWithADate:
    def test_date_between_verb_and_signing(self):
        """``witnessed Tuesday the signing of``: the day between the verb and the signing dates it."""
        (a,) = read(
            "The two leaders witnessed Tuesday the signing of 36 agreements.",
            datetime.date(2023, 12, 12),
        )
        assert (a.count, a.signed) == (36, "2023-12-12")


class TestLongPartyNames:
    @pytest.mark.parametrize(
        "text",
        [
            "They signed a memorandum of understanding between the Ministry of Transport of"
            " Vietnam and the National Development and Reform Commission of China on railways.",
            "Hai bên ký Bản ghi nhớ về hợp tác đường sắt giữa Bộ Giao thông vận tải Việt Nam"
            " và Ủy ban Cải cách và Phát triển quốc gia Trung Quốc.",
        ],
    )
    def test_both_parties_of_a_long_between(self, text):
        """Parties named after ``between`` are read up to 160 characters into the clause."""
        (a,) = read(text)
        assert a.parties == ("CN", "VN")


class TestSameDay:
    @pytest.mark.parametrize(
        "text",
        [
            "On August 19, the leaders met. On the same day, they signed 14 documents.",
            "Ngày 19/8, hai nhà lãnh đạo hội đàm. Cùng ngày, hai bên ký 14 văn kiện.",
            "On August 19, the leaders met. The same day, they witnessed the signing of 14 documents.",
        ],
    )
    def test_signed_the_same_day(self, text):
        """``the same day`` / ``cùng ngày`` before the signing is the day the text named last."""
        a = dipparse.parse(text, published=datetime.date(2024, 8, 20))
        assert [(g.count, g.signed) for g in a.agreements] == [(14, "2024-08-19")]

    def test_no_day_before(self):
        """With no day named before, ``the same day`` dates nothing."""
        a = dipparse.parse(
            "On the same day they signed 3 deals.", published=datetime.date(2024, 8, 20)
        )
        assert [g.signed for g in a.agreements] == [None]


class TestVietnamesePartnershipsAreNoPlans:
    @pytest.mark.parametrize(
        "text",
        [
            "Hai nước thiết lập quan hệ Đối tác Chiến lược Toàn diện năm 2008.",
            "Quan hệ Đối tác Hợp tác Chiến lược Toàn diện phát triển tốt.",
            "Bộ Kế hoạch và Đầu tư chủ trì.",
        ],
    )
    def test_head_word_inside_a_name(self, text):
        """``Chiến lược`` in ``Đối tác Chiến lược`` is an adjective of the partnership, no plan."""
        assert read(text) == ()

    def test_named_plan_after_a_verb(self):
        """A plan named after a verb is still one."""
        (a,) = read("Hai bên triển khai Chiến lược Phát triển Kinh tế.")
        assert (a.text, a.kind) == ("Chiến lược Phát triển Kinh tế", "plan")

    def test_long_name_read_to_its_end(self):
        """A capitalized name at the twelfth word is read to its end, not cut inside."""
        (a,) = read(
            "Hai nước ra tuyên bố chung về nâng tầm quan hệ Đối tác hợp tác Chiến lược"
            " Toàn diện, thúc đẩy hợp tác."
        )
        assert a.text.endswith("Chiến lược Toàn diện")


class TestNamedEvents:
    @pytest.mark.parametrize(
        "text",
        [
            "He attended the third Belt and Road Forum for International Cooperation.",
            "Ông dự Diễn đàn Vành đai và Con đường lần thứ ba.",
            "Leaders met at the BRI Summit.",
        ],
    )
    def test_event_named_after_an_initiative(self, text):
        """A forum or summit named after an initiative is no mention of the initiative."""
        assert read(text) == ()

    def test_initiative_itself(self):
        """The initiative named on its own still is one."""
        (a,) = read("Việt Nam ủng hộ Sáng kiến Vành đai và Con đường.")
        assert a.kind == "initiative"


class TestClauseBreaksFoundByCharacter:
    @settings(max_examples=400, deadline=None)
    @given(
        st.text(alphabet=list('aB .!?;\n\t"“(ÀxY\r\u00a0É'), max_size=40),
        st.integers(min_value=0, max_value=45),
        st.integers(min_value=0, max_value=50),
    )
    def test_same_breaks_as_the_pattern(self, text: str, pos: int, reach: int) -> None:
        """The clause's start and end are the pattern's last and first break in the window."""
        p = prepare(text)
        t = p.text
        at = min(pos, len(t))
        lo = max(0, at - reach)
        starts = (
            [m.end() for m in agreements._SENTENCE_BREAK.finditer(t, lo, at)] if at > lo else []
        )
        assert agreements._clause_start(p, pos, reach) == (starts[-1] if starts else lo)
        hi = min(len(t), pos + reach)
        ends = [m.start() for m in agreements._SENTENCE_BREAK.finditer(t, pos, hi)]
        assert agreements._clause_end(p, pos, reach) == (ends[0] if ends else hi)


class TestPeriodsOfPlans:
    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            ("Both sides adopted the Action Plan for 2024-2028.", "the Action Plan for 2024-2028"),
            ("They signed the cooperation plan for 2024.", "the cooperation plan for 2024"),
            (
                "The cooperation agreement for 2021–25 works well.",
                "The cooperation agreement for 2021–25",
            ),
        ],
    )
    def test_period_makes_it_specific(self, text, surface):
        """The period a plan covers (``for 2024-2028``) names a specific plan."""
        (a,) = read(text)
        assert a.text == surface

    def test_period_is_no_signing_date(self):
        """``adopted the Action Plan for 2024-2028 and issued a Joint Statement``: no signing year 2024."""
        found = dipparse.parse(
            " date 2024-08-20\nBoth sides adopted the Action Plan for 2024-2028 and issued a Joint Statement."
        ).agreements
        assert [(a.kind, a.signed) for a in found] == [("plan", None), ("joint statement", None)]


class TestDateAfterTheSubject:
    @pytest.mark.parametrize(
        ("text", "surface", "signed"),
        [
            (
                "They signed the memorandum on trade on Monday.",
                "the memorandum on trade",
                "2024-08-26",
            ),
            (
                "They signed an MoU on cooperation on 19 August.",
                "an MoU on cooperation",
                "2024-08-19",
            ),
            ("They signed an agreement on fisheries in 2020.", "an agreement on fisheries", "2020"),
        ],
    )
    def test_date_ends_the_subject(self, text, surface, signed):
        """``on Monday`` after ``the memorandum on trade`` is its signing date, not part of its subject."""
        (a,) = read(text, dates=tuple(dipparse.parse(text, published=REF).dates))
        assert (a.text, a.signed) == (surface, signed)


def parsed(text: str, published: datetime.date = REF) -> list[tuple[str, str | None]]:
    return [(a.text, a.signed) for a in dipparse.parse(text, published=published).agreements]


class TestSecondDocumentAfterVa:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Hai bên ký Hiệp định vận tải đường bộ và Bản ghi nhớ về hợp tác du lịch ngày 3/6/2022.",
                [
                    ("Hiệp định vận tải đường bộ", "2022-06-03"),
                    ("Bản ghi nhớ về hợp tác du lịch", "2022-06-03"),
                ],
            ),
            (
                "Hai bộ đã ký Thỏa thuận hợp tác giáo dục và Nghị định thư kiểm dịch ngày 10/1/2021.",
                [
                    ("Thỏa thuận hợp tác giáo dục", "2021-01-10"),
                    ("Nghị định thư kiểm dịch", "2021-01-10"),
                ],
            ),
        ],
    )
    def test_va_before_a_head_opens_a_second_mention(self, text, expected):
        """``và Bản ghi nhớ`` opens a second document, dated by the verb before the first."""
        assert parsed(text) == expected

    def test_va_inside_a_name_still_joins(self):
        """``và`` before a capitalized word that opens no head stays inside the name."""
        assert [a.text for a in read("Hai bên ký Hiệp định Thương mại và Đầu tư.")] == [
            "Hiệp định Thương mại và Đầu tư"
        ]


class TestVerbBeforeSignsTheList:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "On Tuesday the ministers signed the Agreement on Fisheries and an MoU on health.",
                [("the Agreement on Fisheries", "2024-08-27"), ("an MoU on health", "2024-08-27")],
            ),
            (
                "In 2019 the two sides inked a treaty on extradition and a memorandum on tourism.",
                [("a treaty on extradition", "2019"), ("a memorandum on tourism", "2019")],
            ),
        ],
    )
    def test_conjunct_after_a_dated_object_takes_its_date(self, text, expected):
        """A mention coordinated after one the signing verb before dates takes that date."""
        assert parsed(text) == expected

    def test_a_year_modifier_does_not_spread(self):
        """A date from a year modifier (``the 1999 treaty``) is no verb's date for the next mention."""
        assert parsed("They recalled the 1999 land border treaty and the fisheries agreement.") == [
            ("the 1999 land border treaty", "1999"),
            ("the fisheries agreement", None),
        ]


class TestRangeOfDaysGivesTheMonth:
    @pytest.mark.parametrize(
        ("text", "signed"),
        [
            (
                "They signed six cooperation documents during the visit from March 4 to 6.",
                "2024-03",
            ),
            (
                "During the visit from 4 to 6 March, they signed six cooperation documents.",
                "2024-03",
            ),
            ("Trong chuyến thăm từ ngày 4 đến 6/3, hai bên đã ký 6 văn kiện hợp tác.", "2024-03"),
            (
                "They signed six cooperation documents during the trip from May 30 to June 2.",
                "2024",
            ),
            ("They signed six cooperation documents on March 5.", "2024-03-05"),
        ],
    )
    def test_signing_within_a_range(self, text, signed):
        """A signing during a range of days is dated by what the range states: its month, else its year."""
        ((_, value),) = parsed(text, datetime.date(2024, 6, 10))
        assert value == signed


class TestListedMembersTakeTheSetsDate:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "On May 8 the two sides signed four cooperation documents, including an MoU on "
                "education and an agreement on customs.",
                [
                    ("four cooperation documents", "2024-05-08"),
                    ("an MoU on education", "2024-05-08"),
                    ("an agreement on customs", "2024-05-08"),
                ],
            ),
            (
                "The leaders witnessed the signing of 5 documents on May 8.\n\n"
                "The documents include a memorandum on tourism and a protocol on fruit exports.",
                [
                    ("5 documents", "2024-05-08"),
                    ("a memorandum on tourism", "2024-05-08"),
                    ("a protocol on fruit exports", "2024-05-08"),
                ],
            ),
            (
                "Ngày 8/5, hai bên đã ký 2 văn kiện hợp tác, bao gồm:\n\n"
                "1. Bản ghi nhớ về hợp tác y tế;\n\n"
                "2. Thỏa thuận về hợp tác giáo dục.\n\n"
                "Cùng ngày, hai bên nhắc lại Hiệp định biên giới năm 1999.",
                [
                    ("2 văn kiện hợp tác", "2024-05-08"),
                    ("Bản ghi nhớ về hợp tác y tế", "2024-05-08"),
                    ("Thỏa thuận về hợp tác giáo dục", "2024-05-08"),
                    ("Hiệp định biên giới năm 1999", "1999"),
                ],
            ),
        ],
    )
    def test_members_of_a_dated_set(self, text, expected):
        """The documents a dated set lists (``including``, ``The documents include``, ``bao gồm:``) take its date."""
        assert parsed(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "On May 8 they signed four cooperation documents. Talks later covered an agreement on fisheries.",
            "On May 8 they signed four cooperation documents.\n\nThe visit included a review of the agreement on fisheries.",
        ],
    )
    def test_no_list_no_date(self, text):
        """A later mention outside a list the set opens keeps no date of the set."""
        assert parsed(text)[1][1] is None

    def test_count_bounds_the_members(self):
        """A set of two lists two members; a third mention after them keeps its own (no) date."""
        text = (
            "On May 8 they signed two agreements, including an MoU on trade, an MoU on health "
            "and later recalled a protocol on fisheries."
        )
        assert [s for _, s in parsed(text)] == ["2024-05-08", "2024-05-08", "2024-05-08", None]


class TestLongSubjectBeforeSigned:
    @pytest.mark.parametrize(
        ("text", "signed"),
        [
            (
                "A memorandum of understanding on cooperation in trade, tourism and education between "
                "the city of Da Nang and the province of Yunnan was signed on Thursday.",
                "2024-08-29",
            ),
            (
                "Bản ghi nhớ về hợp tác thương mại giữa tỉnh Cao Bằng và Khu tự trị Quảng Tây "
                "đã được ký kết ngày 12/3.",
                "2024-03-12",
            ),
        ],
    )
    def test_passive_verb_ending_the_subject_dates_it(self, text, signed):
        """``An MoU on X between A and B was signed on Thursday``: the signing date of the MoU."""
        ((_, value),) = parsed(text)
        assert value == signed

    @pytest.mark.parametrize(
        "text",
        [
            "An agreement on trade with the company which was signed in 2019 expired.",
            "Bản ghi nhớ về thương mại giữa hai tỉnh được kỳ vọng ngày 12/3 sẽ mang lại lợi ích.",
        ],
    )
    def test_verb_of_another_clause_does_not_date_it(self, text):
        """A relative clause's verb or ``được kỳ vọng`` (is expected) is no signing of the mention."""
        assert parsed(text)[0][1] is None


class TestVietnamesePartiesAndStops:
    def test_trung_hoa_is_china(self):
        """``nước Cộng hòa Nhân dân Trung Hoa`` names China as a party."""
        (a,) = read(
            "Bản ghi nhớ giữa Bộ Y tế Việt Nam và Ủy ban Y tế nước Cộng hòa Nhân dân Trung Hoa."
        )
        assert a.parties == ("CN", "VN")

    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            (
                "Hai bên ký Nghị định thư về yêu cầu kiểm dịch đối với sầu riêng.",
                "Nghị định thư về yêu cầu kiểm dịch",
            ),
            ("Hai bên ký Thỏa thuận đối tác chiến lược.", "Thỏa thuận đối tác chiến lược"),
        ],
    )
    def test_doi_voi_ends_a_mention(self, text, surface):
        """``đối với`` (for) ends a Vietnamese mention; ``đối tác`` (partner) does not."""
        (a,) = read(text)
        assert a.text == surface

    def test_two_corridors_one_economic_belt(self):
        """``two corridors, one economic belt`` names the Two Corridors and One Economic Circle plan."""
        (a,) = read("They acted within the “two corridors, one economic belt” framework.")
        assert (a.text, a.kind) == ("two corridors, one economic belt", "plan")


class TestShortFormBeforeTheHead:
    @pytest.mark.parametrize(
        ("text", "surface", "count"),
        [
            (
                "They signed two official development assistance (ODA) agreements.",
                "two official development assistance (ODA) agreements",
                2,
            ),
            (
                "Laos and Thailand inked three free trade area (FTA) protocols.",
                "three free trade area (FTA) protocols",
                3,
            ),
        ],
    )
    def test_bracketed_short_form_is_a_modifier(self, text, surface, count):
        """A short form in brackets between the modifiers and the head stays in the mention."""
        (a,) = read(text)
        assert (a.text, a.count) == (surface, count)


class TestProgrammes:
    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            (
                "The ministries signed a cooperation programme for 2025-2027.",
                "a cooperation programme for 2025-2027",
            ),
            (
                "They adopted the action program on climate change.",
                "the action program on climate change",
            ),
            (
                "Hai bộ đã ký Chương trình hợp tác giai đoạn 2025-2027.",
                "Chương trình hợp tác giai đoạn 2025-2027",
            ),
            ("Hai bên thông qua Chương trình hành động chung.", "Chương trình hành động chung"),
        ],
    )
    def test_programme_is_a_plan(self, text, surface):
        """A cooperation or action programme (``Chương trình hợp tác``) is a plan."""
        (a,) = read(text)
        assert (a.text, a.kind) == (surface, "plan")

    def test_generic_programmes_are_no_mention(self):
        """A bare ``the cooperation programme`` is a back-reference, not a mention."""
        assert read("They praised the cooperation programme.") == ()


class TestParticipleAfterADeterminer:
    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            (
                "Laos and China signed an amended agreement on the mining of potash.",
                "an amended agreement on the mining of potash",
            ),
            ("They inked a revised treaty on extradition.", "a revised treaty on extradition"),
            ("They renewed an extended fisheries accord.", "an extended fisheries accord"),
        ],
    )
    def test_participle_qualifies_the_head(self, text, surface):
        """``an amended agreement on X`` is a mention (was read as the mass noun ``agreement``)."""
        (a,) = read(text)
        assert a.text == surface

    @pytest.mark.parametrize(
        "text",
        [
            "They praised the revised agreement.",
            "Both sides hope to reach an early agreement on it.",
        ],
    )
    def test_no_mention_without_more(self, text):
        """The participle alone makes no mention specific, and ``early`` is no participle."""
        assert read(text) == ()


class TestAfterTheShortForm:
    @pytest.mark.parametrize(
        ("text", "surface", "signed"),
        [
            (
                "A memorandum of understanding (MoU) on rice exports was signed on Monday.",
                "A memorandum of understanding (MoU) on rice exports",
                "2024-08-26",
            ),
            (
                "The memorandum of understanding (MoU) was signed in 2019.",
                "The memorandum of understanding",
                "2019",
            ),
        ],
    )
    def test_complement_and_signing_after_the_short_form(self, text, surface, signed):
        """What a memorandum is on and when it was signed are read past ``(MoU)``."""
        (a,) = read(text, dates=tuple(dipparse.parse(text, published=REF).dates))
        assert (a.text, a.signed) == (surface, signed)


class TestVietnameseWordsInsideAMention:
    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            (
                "Hai bên đã ký 20 văn kiện hợp tác trên nhiều lĩnh vực.",
                "20 văn kiện hợp tác trên nhiều lĩnh vực",
            ),
            (
                "Hai bộ ký Hiệp định chuyển giao người bị kết án phạt tù.",
                "Hiệp định chuyển giao người bị kết án phạt tù",
            ),
            ("Hai bên ký Hiệp định kết nối đường sắt.", "Hiệp định kết nối đường sắt"),
            (
                "Hai bộ ký hiệp định về phòng, chống ma túy.",
                "hiệp định về phòng, chống ma túy",
            ),
        ],
    )
    def test_mention_reads_on(self, text, surface):
        """``trên`` before a noun, ``kết`` of ``kết án``/``kết nối`` and ``phòng, chống`` stay inside."""
        (a,) = read(text)
        assert a.text == surface

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Văn kiện trên đã được ký.", []),
            ("Hiệp định trên, hai bên nhất trí thực hiện.", []),
            ("Hai bên ký hiệp định về phòng, sau đó họp báo.", ["hiệp định về phòng"]),
        ],
    )
    def test_back_reference_and_comma_still_end(self, text, expected):
        """``trên`` after the phrase is ``above`` (a back-reference); another comma ends a mention."""
        assert [a.text for a in read(text)] == expected


class TestParticipleAfterTheParties:
    @pytest.mark.parametrize(
        ("text", "signed"),
        [
            (
                "Under the land border treaty between the Socialist Republic of Viet Nam and the "
                "People's Republic of China signed in 1999, the border was marked.",
                "1999",
            ),
            ("An agreement on fisheries between Laos and Thailand signed in 2015 expired.", "2015"),
            ("The agreement on fisheries with Laos, Vietnam signed in 2019, expired.", None),
        ],
    )
    def test_bare_participle_dates_it(self, text, signed):
        """``the treaty between A and B signed in 1999``: the participle after the parties dates it."""
        assert read(text)[0].signed == signed


class TestPlanOfAction:
    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            (
                "They exchanged 12 documents, including a plan of action for 2026-2030.",
                "a plan of action for 2026-2030",
            ),
            (
                "The ministers adopted a programme of action on trade.",
                "a programme of action on trade",
            ),
        ],
    )
    def test_plan_of_action_is_a_plan(self, text, mention):
        """``plan of action`` is written for ``action plan``: a plan."""
        found = {a.text: a.kind for a in dipparse.parse(text).agreements}
        assert found.get(mention) == "plan"


class TestWitnessedSigningDate:
    def test_the_date_nearest_before_the_signing(self):
        """A dateline's date does not date a signing the sentence puts on another day."""
        text = (
            "HANOI, Nov. 20 (VNA) – Following their talks on Thursday, the two Prime Ministers"
            " witnessed the signing of 12 cooperation documents."
        )
        (a,) = dipparse.parse(text, published=datetime.date(2026, 11, 20)).agreements
        assert (a.count, a.signed) == (12, "2026-11-19")

    def test_without_a_date_the_dateline_dates_it(self):
        text = "HANOI, Nov. 20 (VNA) – After the talks, the two leaders witnessed the signing of 12 documents."
        (a,) = dipparse.parse(text, published=datetime.date(2026, 11, 20)).agreements
        assert a.signed == "2026-11-20"

    @pytest.mark.parametrize(
        "text",
        [
            "Sau hội đàm, hai Thủ tướng chứng kiến lễ ký và trao 10 văn kiện hợp tác.",
            "After the talks, the two leaders witnessed the signing and exchange of 10 cooperation documents.",
        ],
    )
    def test_signing_and_handover(self, text):
        """``the signing and exchange of``, ``lễ ký và trao``: a witnessed signing too."""
        (a,) = dipparse.parse(text, published=datetime.date(2026, 11, 20)).agreements
        assert (a.count, a.signed) == (10, "2026-11-20")


class TestSignedDuringAVisitNamedBefore:
    @pytest.mark.parametrize(
        ("text", "signed"),
        [
            (
                "Prime Minister Pham Minh Chinh paid an official visit to China from June 24-27."
                " During the visit, the two sides signed 14 cooperation documents.",
                "2024-06",
            ),
            (
                "Prime Minister Pham Minh Chinh paid a working visit to China on June 25."
                " During the visit, the two sides signed 14 cooperation documents.",
                "2024-06-25",
            ),
            ("Trong chuyến thăm, hai bên đã ký 14 văn kiện hợp tác.", "2024-06"),
        ],
    )
    def test_the_visit_dates_the_signing(self, text, signed):
        """``During the visit, they signed ...``: the visit the paragraph dated before, else the month."""
        (a,) = dipparse.parse(text, published=datetime.date(2024, 6, 28)).agreements
        assert a.signed == signed

    def test_no_visit_no_date_from_before(self):
        """A sentence that names no visit does not take an earlier sentence's date."""
        text = "Talks were held on June 25. The two sides signed 14 cooperation documents."
        (a,) = dipparse.parse(text, published=datetime.date(2024, 6, 28)).agreements
        assert a.signed is None


class TestWitnessedHandover:
    @pytest.mark.parametrize(
        "text",
        [
            "At noon on October 13, right after the talks, the two Prime Ministers witnessed the"
            " handover ceremony of 10 important cooperation documents.",
            "On October 13, the two Prime Ministers witnessed the exchange of 10 cooperation documents.",
            "Ngày 13/10, hai Thủ tướng chứng kiến lễ trao 10 văn kiện hợp tác.",
        ],
    )
    def test_handover_dates_the_documents(self, text):
        """Signed documents handed over at a witnessed ceremony are dated by it."""
        (a,) = dipparse.parse(text, published=datetime.date(2024, 10, 14)).agreements
        assert (a.count, a.signed) == (10, "2024-10-13")

    def test_an_exchange_of_delegations_is_no_signing(self):
        assert dipparse.parse("They discussed the exchange of 12 delegations.").agreements == ()

    def test_as_part_of_a_long_named_visit(self):
        """``as part of <a long name>'s official visit``: the visit dates the signing (its month)."""
        text = (
            "Vietnam and China signed 13 documents on bilateral cooperation as part of General Secretary"
            " of the Communist Party of Vietnam (CPV) Nguyen Phu Trong's ongoing official visit to China."
        )
        (a,) = dipparse.parse(text, published=datetime.date(2022, 10, 31)).agreements
        assert a.signed == "2022-10"
