from __future__ import annotations

import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dipparse
from dipparse import fields
from dipparse.errors import DataFileError
from dipparse.fields import FieldTaxonomy, _Phrases, extract_fields, phrase_key
from dipparse.text import prepare


def names(text: str, taxonomy: FieldTaxonomy | None = None) -> list[str]:
    return [f.name for f in extract_fields(prepare(text), taxonomy=taxonomy)]


class TestCooperationContext:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "The ministers agreed to deepen cooperation in shipping, tourism and big data.",
                ["ports and maritime", "tourism", "big data"],
            ),
            (
                "They will expand cooperation in such areas as sci-tech innovation and AI.",
                ["science and technology", "innovation", "artificial intelligence"],
            ),
            (
                "Both provinces want collaboration in agriculture, healthcare and e-commerce.",
                ["agriculture", "health", "digital economy"],
            ),
            (
                "They pledged to work in areas such as clean energy and innovation.",
                ["energy", "innovation"],
            ),
            (
                "The two leaders hailed growing trade and investment partnerships.",
                ["trade", "investment"],
            ),
            ("Officials called for more youth exchanges next summer.", ["youth"]),
            (
                "The envoy praised locality-to-locality cooperation along the frontier.",
                ["local cooperation"],
            ),
            (
                "They will boost the connectivity of railways and seaports.",
                ["transport", "ports and maritime"],
            ),
            ("The two economies should expand bilateral trade.", ["trade"]),
            (
                "Cooperation in science and technology, as well as artificial intelligence, will grow.",
                ["science and technology", "artificial intelligence"],
            ),
        ],
    )
    def test_field_in_cooperation(self, text: str, expected: list[str]) -> None:
        """A field word governed by a cooperation word is reported, in order of first mention."""
        assert names(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Trade between the two countries reached 100 billion USD last year.",
            "The delegation met the Minister of Industry and Trade on Monday.",
            "A statement from the Ministry of Education and Training was read out.",
            "The Asian Infrastructure Investment Bank will fund cooperation projects.",
            "He attended the 16th session of the Joint Working Committee in Ha Long.",
            "The sustainable development of the economy matters to everyone.",
            "Police arrested three crime suspects near the border gate.",
            "Việt Nam kiên trì chính sách đối ngoại đa phương hóa và chủ nghĩa đa phương.",
            "Bộ trưởng Bộ Kế hoạch và Đầu tư đã hợp tác chặt chẽ với địa phương.",
            "The two sides will work out a road map for cooperation.",
        ],
    )
    def test_word_outside_cooperation(self, text: str) -> None:
        """A field word in a name or outside a cooperation context is not a field."""
        found = extract_fields(prepare(text))
        assert all(f.name != "investment" for f in found)
        assert [
            f.name
            for f in found
            if f.name
            in {
                "trade",
                "education and training",
                "infrastructure",
                "border management",
                "multilateral cooperation",
                "transport",
                "law enforcement",
                "customs and border gates",
                "green growth",
                "economy",
            }
        ] == []

    def test_organization_inside_cooperation_sentence(self) -> None:
        """A body's name stays out even in a sentence about cooperation."""
        text = "The Ministry of Industry and Trade will boost cooperation in tourism."
        assert names(text) == ["tourism"]

    def test_relics_speak_of_culture(self) -> None:
        """Preserved relic sites name culture without a cooperation word."""
        assert names("The province preserves the relic sites linked with the revolution.") == [
            "culture"
        ]

    def test_all_mentions_with_offsets(self) -> None:
        """Each field lists every mention, each a true slice of the text."""
        text = "They boosted cooperation in trade. Exchanges in trade and tourism grew."
        found = extract_fields(prepare(text))
        trade = next(f for f in found if f.name == "trade")
        assert [m.text for m in trade.mentions] == ["trade", "trade"]
        for f in found:
            for m in f.mentions:
                assert text[m.start : m.end] == m.text


class TestVietnamese:
    SENTENCE = "Hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực thương mại, đầu tư, giáo dục - đào tạo và du lịch."
    ENGLISH = "The two sides agreed to promote cooperation in trade, investment, education - training and tourism."
    EXPECTED = ("trade", "investment", "education and training", "tourism")

    @pytest.mark.parametrize("text", [SENTENCE, dipparse.fold(SENTENCE), ENGLISH])
    def test_same_fields_three_ways(self, text: str) -> None:
        """A Vietnamese sentence, its ASCII-folded form and an English rendering give the same fields."""
        assert names(text) == list(self.EXPECTED)

    def test_multilateralism_in_cooperation(self) -> None:
        """``chủ nghĩa đa phương`` in a cooperation sentence is multilateral cooperation."""
        assert names("Hai nước tăng cường phối hợp, ủng hộ chủ nghĩa đa phương.") == [
            "multilateral cooperation"
        ]

    @pytest.mark.parametrize(
        "body",
        ["Công ty Du lịch Sài Gòn", "Tổng công ty Du lịch Sài Gòn", "Ngân hàng Nông nghiệp"],
    )
    def test_field_word_inside_a_body_name(self, body: str) -> None:
        """A field word in a body's name (the body word before it, one or more syllables) is no field."""
        assert names(f"Hai bên thúc đẩy hợp tác với {body}.") == []
        assert names(f"Hai bên thúc đẩy hợp tác với {body} về thương mại.") == ["trade"]

    def test_body_word_inside_another_word(self) -> None:
        """A body word of several syllables counts only as whole words, not inside others."""
        assert names("Hai bên thúc đẩy hợp tác Du lịch Bacông ty.") == ["tourism"]

    def test_land_border_and_young_people(self) -> None:
        """``biên giới đất liền`` (without ``trên``) is border management, ``giới trẻ`` youth."""
        text = (
            "Hai bên tăng cường hợp tác du lịch và giao lưu nhân dân, nhất là giới trẻ; "
            "quản lý tốt biên giới đất liền."
        )
        assert names(text) == ["tourism", "people-to-people exchange", "youth", "border management"]

    def test_mojibake_offsets(self) -> None:
        """Offsets index the original text even when it was repaired."""
        text = "Hai bÃªn há»£p tÃ¡c vá» du lá»‹ch."
        found = extract_fields(prepare(text))
        assert [f.name for f in found] == ["tourism"]
        m = found[0].mentions[0]
        assert text[m.start : m.end] == m.text


class TestFieldTaxonomy:
    def test_default_has_all_canonical_names(self) -> None:
        """The shipped taxonomy covers the canonical names of FIELDS.md."""
        tax = FieldTaxonomy.default()
        for name in ("trade", "people-to-people exchange", "dispute management", "big data"):
            assert name in tax.names

    def test_user_file_extends(self, tmp_path) -> None:
        """A user's file adds a field that parse() then reports."""
        path = tmp_path / "space.json"
        path.write_text(
            json.dumps(
                {
                    "fields": [
                        {"name": "space", "surfaces": ["space exploration", "khám phá vũ trụ"]}
                    ]
                }
            ),
            encoding="utf-8",
        )
        tax = FieldTaxonomy.default().merged(FieldTaxonomy.from_file(path))
        a = dipparse.parse(
            "Both sides will deepen cooperation in space exploration and trade.", fields=tax
        )
        assert [f.name for f in a.fields] == ["space", "trade"]
        assert [f.name for f in dipparse.parse("Hợp tác khám phá vũ trụ.", fields=tax).fields] == [
            "space"
        ]

    def test_user_surface_moves_to_user_field(self) -> None:
        """A surface a user gives to another field is reported under that field."""
        user = FieldTaxonomy.from_dict(
            {"fields": [{"name": "logistics", "surfaces": ["logistics"]}]}
        )
        tax = FieldTaxonomy.default().merged(user)
        assert names("They agreed on cooperation in logistics.", tax) == ["logistics"]

    @pytest.mark.parametrize(
        ("content", "where"),
        [
            ('{"fields": [{"surfaces": ["x"]}]}', "fields[0]"),
            ('{"fields": [{"name": "x", "surfaces": "x"}]}', "fields[0] ('x').surfaces"),
            ('{"fields": [{"name": "x"}]}', "fields[0] ('x')"),
            ('{"fields": [{"name": "x", "surface": ["x"]}]}', "fields[0] ('x')"),
            ('{"fields": [], "context": {"trigers": []}}', "context"),
            ('{"fields": [', "line 1"),
            ("[]", ""),
        ],
    )
    def test_bad_file_names_file_and_entry(self, tmp_path, content: str, where: str) -> None:
        """A malformed taxonomy file raises DataFileError naming the file and the entry."""
        path = tmp_path / "bad.json"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(DataFileError) as info:
            FieldTaxonomy.from_file(path)
        assert info.value.source == str(path)
        assert info.value.location == where
        assert str(path) in str(info.value)

    def test_missing_file(self, tmp_path) -> None:
        """A missing file is a DataFileError (and a ValueError)."""
        with pytest.raises(ValueError, match="cannot read"):
            FieldTaxonomy.from_file(tmp_path / "nope.json")

    def test_parse_rejects_wrong_type(self) -> None:
        """parse(fields=...) takes a FieldTaxonomy only."""
        with pytest.raises(TypeError):
            dipparse.parse("trade", fields={"trade": ["trade"]})  # type: ignore[arg-type]


class TestSpeed:
    def test_adversarial_input_is_linear(self) -> None:
        """Long runs of field words, dashes and capitals are read quickly."""
        text = ("cooperation in trade - " * 3000) + ("Ministry Of Trade And " * 2000) + "x"
        t0 = time.perf_counter()
        extract_fields(prepare(text))
        assert time.perf_counter() - t0 < 5


class TestStandalone:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("China is Vietnam's largest trading partner.", ["trade"]),
            ("Both sides agreed to properly handle maritime issues.", ["dispute management"]),
            ("They will boost cooperation to maintain peace, security and stability.", []),
            ("They hailed progress on the Belt and Road cooperation.", []),
            ("Xi, together with his wife, toured a heritage site and a road.", []),
            ("People in border areas now have better health services.", []),
            ("They discussed bilateral relations and regional security.", []),
        ],
    )
    def test_standalone_and_ignored(self, text: str, expected: list[str]) -> None:
        """Some surfaces need no cooperation word; some phrases never name a field."""
        assert names(text) == expected


_TABLE = {
    "trade": "trade",
    "trades union": "union",
    "joint venture": "jv",
    "xe": "xe",
    "x": "x",
    "giao duc-dao tao": "edu",
    "and c": "andc",
    ", thus": "thus",
    "c / d": "cd",
    "e , f g": "efg",
    "b": "b",
}
_PLURAL = {"trade", "xe", "x", "b", "joint venture"}


# A bigger table, with many first words that never occur.
_MANY = {**_TABLE, **{f"filler{i} word": "filler" for i in range(40)}}


_MATCHERS: dict[int, _Phrases[str]] = {}


def _phrases(table: dict[str, str] = _TABLE) -> _Phrases[str]:
    if id(table) not in _MATCHERS:
        _MATCHERS[id(table)] = _Phrases(table, _PLURAL)
    return _MATCHERS[id(table)]


def _reference(
    s: str, start: int = 0, end: int | None = None, table: dict[str, str] = _TABLE
) -> list[tuple[int, int, str]]:
    """The token-by-token reader the fast reader must agree with."""
    return list(_phrases(table)._finditer_tokens(s, start, len(s) if end is None else end))


class TestPhraseMatcher:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("more trades, less tariffs", [(5, 11, "trade")]),
            ("the trades union met", [(4, 16, "union")]),
            ("two joint  ventures", [(4, 19, "jv")]),
            ("xes and xees", [(0, 3, "xe"), (8, 12, "xe")]),
            ("giáo dục – đào tạo", [(0, 18, "edu")]),
            ("b & c", [(0, 1, "b"), (2, 5, "andc")]),
            ("trade-b", [(0, 5, "trade"), (6, 7, "b")]),
            ("untrade-b", []),
            ("-b and --b", [(1, 2, "b")]),
            ("c/d,thus", [(0, 3, "cd"), (3, 8, "thus")]),
            ("e,f g e, f h", [(0, 5, "efg")]),
            ("untraded trade_x x\u0301", [(9, 14, "trade"), (15, 16, "x")]),
        ],
    )
    def test_finds_longest_phrases(self, text: str, expected: list[tuple[int, int, str]]) -> None:
        """Phrases match whole tokens, longest first, with plurals, ``&`` and joiners."""
        s = prepare(text).lower
        assert list(_phrases().finditer(s)) == expected
        assert list(_phrases(_MANY).finditer(s)) == expected
        assert _reference(s) == expected

    @pytest.mark.parametrize(
        ("text", "start", "end", "expected"),
        [
            ("the trades union met", 0, 14, [(4, 10, "trade")]),
            ("the trades union met", 5, 20, []),
            ("socio-b", 0, 7, []),
            ("socio-b", 6, 7, [(6, 7, "b")]),
            ("the trades", 0, 9, []),
        ],
    )
    def test_windows(
        self, text: str, start: int, end: int, expected: list[tuple[int, int, str]]
    ) -> None:
        """Only tokens wholly inside the window count."""
        s = prepare(text).lower
        assert list(_phrases().finditer(s, start, end)) == expected
        assert _reference(s, start, end) == expected

    @settings(max_examples=200, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                [
                    "trade",
                    "trades",
                    "union",
                    "joint",
                    "ventures",
                    "xe",
                    "xes",
                    "x",
                    "b",
                    "c",
                    "d",
                    "e",
                    "f",
                    "g",
                    "thus",
                    "and",
                    "giao",
                    "duc",
                    "dao",
                    "tao",
                    "socio",
                    "filler1",
                    "word",
                ]
            ),
            max_size=8,
        ),
        st.lists(
            st.sampled_from([" ", "-", " - ", "&", ",", ", ", "/", "_", "\u0301", ".", "\n", ""]),
            min_size=8,
            max_size=8,
        ),
        st.integers(0, 60),
        st.integers(0, 60),
    )
    def test_agrees_with_token_reader(
        self, words: list[str], gaps: list[str], i: int, j: int
    ) -> None:
        """The fast reader finds exactly what reading token by token finds, in any window."""
        s = "".join(w + g for w, g in zip(words, gaps, strict=False))
        start, end = min(i, j, len(s)), min(max(i, j), len(s))
        for table in (_TABLE, _MANY):
            matcher = _phrases(table)
            assert list(matcher.finditer(s, start, end)) == _reference(s, start, end, table)
            assert list(matcher.finditer(s)) == _reference(s, table=table)


# Openers that are no phrase alone, which the whole-text reader looks for
# through the word after them.
_LOOK_BACK = {
    "the road to": "road",
    "road": "plain road",
    "big data": "data",
    "step up": "step",
    "up": "up",
    "data centre": "centre",
    "b": "b",
}
_LOOK_BACK_MATCHER = _Phrases(_LOOK_BACK, {"road", "up", "big data"})


class TestWholeTextReader:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("the road to peace", [(0, 11, "road")]),
            ("the  road to", [(0, 12, "road")]),
            ("the, road to", [(5, 9, "plain road")]),
            ("the-road to", []),
            ("roads, big datas", [(0, 5, "plain road"), (7, 16, "data")]),
            ("other-the road to", [(10, 14, "plain road")]),
            ("road to the road to", [(0, 4, "plain road"), (8, 19, "road")]),
            ("big data centre", [(0, 8, "data")]),
            ("big  data  centre up", [(0, 9, "data"), (18, 20, "up")]),
            ("step up, up", [(0, 7, "step"), (9, 11, "up")]),
            ("up the road", [(0, 2, "up"), (7, 11, "plain road")]),
        ],
    )
    def test_openers_found_through_the_next_word(
        self, text: str, expected: list[tuple[int, int, str]]
    ) -> None:
        """An opener that is no phrase alone is found wherever its phrase goes on."""
        p = prepare(text)
        assert _LOOK_BACK_MATCHER.in_text(p) == expected
        assert list(_LOOK_BACK_MATCHER._finditer_tokens(p.lower, 0, len(text))) == expected

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                ["the", "road", "roads", "to", "big", "data", "datas", "centre", "step", "up", "b"]
            ),
            max_size=10,
        ),
        st.lists(
            st.sampled_from([" ", "  ", "-", " - ", "&", ",", ", ", "/", ".", "\n", ""]),
            min_size=10,
            max_size=10,
        ),
    )
    def test_agrees_with_token_reader(self, words: list[str], gaps: list[str]) -> None:
        """The whole-text reader finds exactly what reading token by token finds."""
        p = prepare("".join(w + g for w, g in zip(words, gaps, strict=False)))
        reference = _LOOK_BACK_MATCHER._finditer_tokens(p.lower, 0, len(p.lower))
        assert _LOOK_BACK_MATCHER.in_text(p) == list(reference)


class TestDashedFieldPairs:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Links in culture-tourism were deepened through cooperation.", ["culture", "tourism"]),
            ("They will expand cooperation in finance–agriculture.", ["finance", "agriculture"]),
            ("Hai tỉnh đẩy mạnh hợp tác văn hóa-du lịch.", ["culture", "tourism"]),
            ("Hai bên tăng cường hợp tác y tế-giáo dục.", ["health", "education and training"]),
        ],
    )
    def test_both_words_of_a_dashed_pair(self, text: str, expected: list[str]) -> None:
        """Two field words joined by a dash without spaces are two fields."""
        assert names(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "They deepened socio-economic cooperation.",
            "They deepened agro-tourism cooperation.",
        ],
    )
    def test_a_prefix_is_no_field(self, text: str) -> None:
        """A word after a hyphen inside a word, whose first part is no field, is no field."""
        assert "tourism" not in names(text) and "economy" not in names(text)


class TestAgreementSubjects:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("The provinces signed agreements on energy and on railways.", ["energy", "transport"]),
            ("The ministries inked memoranda on agriculture.", ["agriculture"]),
            ("Officials signed a protocol on the export of mangoes.", ["trade"]),
            ("Hai bộ ký thỏa thuận về du lịch.", ["tourism"]),
        ],
    )
    def test_field_an_agreement_is_on(self, text: str, expected: list[str]) -> None:
        """What an agreement, memorandum or protocol is on is a field of cooperation."""
        assert names(text) == expected

    def test_reach_ends_at_the_clause(self) -> None:
        """The field word must follow the agreement closely, not in a later clause."""
        assert names("They signed an agreement on visas, and the economy grew.") == []


class TestNamesWithFieldWords:
    @pytest.mark.parametrize(
        "text",
        [
            "Xi flew on to the Asia-Pacific Economic Cooperation summit.",
            "The Greater Mekong Subregion Economic Cooperation summit opened.",
            'Hai bên thúc đẩy kết nối khuôn khổ "Hai hành lang, một vành đai kinh tế".',
        ],
    )
    def test_no_field_inside_a_known_name(self, text: str) -> None:
        """A field word inside the name of a forum or a plan is no field."""
        assert names(text) == []


class TestMoreSurfaces:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Hai bên tăng cường phối hợp đa phương.", ["multilateral cooperation"]),
            ("Hai nước đẩy mạnh hợp tác trên biển.", ["ports and maritime"]),
            ("Hai bên nhất trí tăng cường xuất khẩu nông thủy sản.", ["trade", "agriculture"]),
            ("Họ thúc đẩy hợp tác thanh toán bằng nội tệ.", ["finance"]),
            ("Hai bên thúc đẩy hợp tác chuyển đổi xanh.", ["green growth"]),
            ("Despite cooperation, the maritime dispute lingers.", ["dispute management"]),
            ("They will expand land border gate cooperation.", ["customs and border gates"]),
            ("They urged coordination in border protection.", ["border management"]),
            (
                "They vowed to improve customs clearance at the crossing.",
                ["customs and border gates"],
            ),
            ("MoUs were inked in the sectors of tourism and health.", ["tourism", "health"]),
        ],
    )
    def test_surface(self, text: str, expected: list[str]) -> None:
        """Common wordings of a field in news on the two countries are found."""
        assert names(text) == expected


class TestVietnameseDiacritics:
    @pytest.mark.parametrize(
        "text",
        [
            "Hợp tác giữa hai tỉnh ngày càng đi vào chiều sâu.",
            "Hai bên hợp tác mà tùy theo điều kiện từng bên.",
            "Hai bên phối hợp làm việc tại chính quyền xã.",
        ],
    )
    def test_word_that_only_folds_to_a_surface(self, text: str) -> None:
        """A word written with other diacritics than a surface's ('càng', not 'cảng') is no field."""
        assert names(text) == []

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Hai bên hợp tác về cảng biển và tài chính.", ["ports and maritime", "finance"]),
            ("Hai bên hợp tác văn hoá và phòng chống ma túy.", ["culture", "law enforcement"]),
            ("Hai ben hop tac ve cang bien va tai chinh.", ["ports and maritime", "finance"]),
        ],
    )
    def test_surface_as_written_or_without_diacritics(self, text: str, expected: list[str]) -> None:
        """A surface with its own diacritics (either tone placement) or with none is found."""
        assert names(text) == expected


class TestCommaInsideAName:
    @pytest.mark.parametrize(
        "text",
        [
            "They boosted cooperation with the Ministry of Culture, Sports and Tourism.",
            "Hai bên tăng cường hợp tác với Bộ Văn hóa, Thể thao và Du lịch.",
        ],
    )
    def test_field_word_in_a_name_with_a_comma(self, text: str) -> None:
        """A field word at the end of a body's name that holds a comma is no field."""
        assert names(text) == []

    def test_capitalized_list_without_a_body(self) -> None:
        """A capitalized list of fields with no body's word before it is still fields."""
        assert names("Hai bên hợp tác về Kinh tế, Thương mại và Du lịch.") == [
            "economy",
            "trade",
            "tourism",
        ]


class TestCooperationWordInAName:
    @pytest.mark.parametrize(
        "text",
        [
            "The PM attended the Shanghai Cooperation Organization summit and toured tourism sites.",
            "They chaired the Steering Committee for Bilateral Cooperation, then visited trade fairs.",
            "Thủ tướng dự Hội nghị Tổ chức Hợp tác Thượng Hải và thăm các khu du lịch.",
        ],
    )
    def test_trigger_inside_a_body_name(self, text: str) -> None:
        """A cooperation word in the name of a body opens no cooperation for the words after it."""
        assert names(text) == []

    def test_trigger_in_running_text(self) -> None:
        """The same word in running text still does."""
        assert names("They pledged cooperation and visited tourism sites.") == ["tourism"]


# Phrases that go on through joiners and runs of spaces: the whole-text
# reader walks them through the spaced split.
_JOINED = {
    phrase_key(k): v
    for k, v in {
        "people-to-people exchanges": "exchanges",
        "people-to-people": "people",
        "trade, investment": "pair",
        "two-way trade": "two-way",
        "science & technology": "science",
        "science": "science alone",
    }.items()
}
_JOINED_MATCHER = _Phrases(_JOINED, {phrase_key("people-to-people exchanges")})


class TestWalkThroughJoiners:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("people-to-people exchanges", [(0, 26, "exchanges")]),
            ("People - to -  people  exchanges", [(0, 32, "exchanges")]),
            ("people-to-people ties", [(0, 16, "people")]),
            ("people-to-people-exchanges", [(0, 16, "people")]),
            ("people-to-", []),
            ("trade,investment", [(0, 16, "pair")]),
            ("trade ,  investment", [(0, 19, "pair")]),
            ("trade; investment", []),
            ("two-way  trade", [(0, 14, "two-way")]),
            ("two-way. Trade", [(0, 14, "two-way")]),
            ("science and technology, science", [(0, 22, "science"), (24, 31, "science alone")]),
            ("science &technology", [(0, 19, "science")]),
            ("science - technology", [(0, 7, "science alone")]),
        ],
    )
    def test_phrases_read_through_joiners_and_gaps(
        self, text: str, expected: list[tuple[int, int, str]]
    ) -> None:
        """A phrase goes on through joiners and any run of gaps between its tokens."""
        p = prepare(text)
        assert _JOINED_MATCHER.in_text(p) == expected
        assert list(_JOINED_MATCHER._finditer_tokens(p.lower, 0, len(text))) == expected

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                [
                    *("people", "to", "exchanges", "trade", "investment", "two", "way"),
                    *("science", "and", "technology", "ties", "Exchange"),
                ]
            ),
            max_size=12,
        ),
        st.lists(
            st.sampled_from([" ", "  ", "-", " - ", "&", " & ", ",", " ,  ", "/", ". ", "\n", ""]),
            min_size=12,
            max_size=12,
        ),
    )
    def test_agrees_with_token_reader(self, words: list[str], gaps: list[str]) -> None:
        """The whole-text reader's walk finds exactly what reading token by token finds."""
        p = prepare("".join(w + g for w, g in zip(words, gaps, strict=False)))
        reference = _JOINED_MATCHER._finditer_tokens(p.lower, 0, len(p.lower))
        assert _JOINED_MATCHER.in_text(p) == list(reference)


class TestCasedSurfaces:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("They agreed to boost cooperation in AI and tourism.", ["AI", "tourism"]),
            (
                "They agreed to boost cooperation in AI, AI-based tools and tourism.",
                ["AI", "tourism"],
            ),
            ("They agreed to boost cooperation in SAID and AIR links.", []),
            ("They agreed to boost cooperation in ai and trade.", ["trade"]),
            ("Cooperation in AI (AI) matters.", ["AI", "AI"]),
        ],
    )
    def test_cased_surface_only_as_a_whole_word(self, text: str, expected: list[str]) -> None:
        """A cased surface (``AI``) counts only as a whole word written in capitals."""
        found = extract_fields(prepare(text))
        assert sorted(m.text for f in found for m in f.mentions) == sorted(expected)


class TestSentenceEndsFoundByCharacter:
    @settings(max_examples=400, deadline=None)
    @given(
        st.text(alphabet=list("aB .!?\n\t\"'”’)(“‘ÀẠxY\r\x0c\u00a0\u2028É"), max_size=30),
        st.integers(min_value=0, max_value=30),
    )
    def test_same_end_as_the_pattern(self, text: str, pos: int) -> None:
        """The end found at the break characters is where the sentence pattern's search ends."""
        pos = min(pos, len(text))
        m = fields._SENTENCE_END.search(text, pos)
        assert fields._sentence_end_after(text, pos) == (m.end() if m else len(text) + 1)
        ascii_text = text.encode("ascii", "ignore").decode("ascii")
        pos = min(pos, len(ascii_text))
        m = fields._SENTENCE_END_ASCII.search(ascii_text, pos)
        expected = m.end() if m else len(ascii_text) + 1
        assert fields._sentence_end_after_ascii(ascii_text, pos) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Boost cooperation. Trade rose.", []),
            ("Boost cooperation in trade. Tourism rose.", ["trade"]),
            ("Boost cooperation in trade! Tourism rose.", ["trade"]),
            ("Boost cooperation in trade\n\nTourism rose.", ["trade"]),
            (
                "Boost cooperation in trade, tourism and investment.",
                ["trade", "tourism", "investment"],
            ),
        ],
    )
    def test_reach_ends_with_the_sentence(self, text: str, expected: list[str]) -> None:
        """A cooperation word reaches the fields of its own sentence only."""
        assert [f.name for f in extract_fields(prepare(text))] == expected


class TestPartIndices:
    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(st.sampled_from(["in", "trade", "in-", "a", "", ",", "&", "b/c"]), max_size=12),
        st.sets(st.sampled_from(["in", "trade", "a", "b", "c"]), min_size=1),
    )
    def test_indices_of_the_parts(self, words: list[str], wanted: set[str]) -> None:
        """The parts that hold the words looked for are found at their indices and offsets, in order."""
        sw = fields.spaced_words_of(prepare(" ".join(words)))
        needles = {w: f" {w} " for w in wanted}
        expected = [i for i, w in enumerate(sw.parts) if w in wanted]
        # A part's offset in the text: the parts before it and a space after each.
        offsets = [sum(map(len, sw.parts[:i])) + i for i in expected]
        assert fields._part_indices(sw, wanted, needles) == (expected, offsets)
        assert all(
            sw.text.startswith(sw.parts[i], a) for i, a in zip(expected, offsets, strict=True)
        )


class TestAttachedRuns:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("They opened trade and investment partnerships.", ["trade", "investment"]),
            (
                "They opened trade, tourism and investment partnerships.",
                ["trade", "tourism", "investment"],
            ),
            ("Trade grew; they opened investment partnerships.", ["investment"]),
            ("Trade which the two sides value is an investment partnership.", ["investment"]),
        ],
    )
    def test_surfaces_before_a_cooperation_word(self, text: str, expected: list[str]) -> None:
        """The surfaces right before a cooperation word are taken back to the first long gap."""
        assert [f.name for f in extract_fields(prepare(text))] == expected


class TestScienceAndEngineering:
    @pytest.mark.parametrize(
        "text",
        [
            "Hai tỉnh hợp tác trong các lĩnh vực nông nghiệp, khoa học kỹ thuật.",
            "Hai tinh hop tac trong linh vuc khoa hoc ky thuat.",
            "Hai bên tăng cường hợp tác khoa học - kỹ thuật.",
        ],
    )
    def test_khoa_hoc_ky_thuat_is_science_and_technology(self, text: str) -> None:
        """``khoa học kỹ thuật`` (science and engineering) is science and technology."""
        assert "science and technology" in [f.name for f in extract_fields(prepare(text))]


class TestFieldBeforeASentenceEnd:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "They signed an MoU on Agricultural Cooperation. Prime Minister Keo Sothy hosted a dinner.",
                "agriculture",
            ),
            ("The two sides agreed to expand Trade. Deputy Minister Le Van Tam spoke.", "trade"),
        ],
    )
    def test_next_sentence_is_no_name(self, text, name):
        """A capitalized field word ending a sentence is not part of a body named in the next one."""
        assert name in [f.name for f in dipparse.parse(text).fields]


class TestNewIndustriesAndResources:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "The two sides agreed to expand cooperation in semiconductors.",
                "industry and supply chains",
            ),
            (
                "They pledged cooperation on rare earths and critical minerals.",
                "industry and supply chains",
            ),
            ("Hai bên thúc đẩy hợp tác về chất bán dẫn và đất hiếm.", "industry and supply chains"),
            ("They agreed to cooperate in nuclear power and oil and gas.", "energy"),
            ("Hai nước tăng cường hợp tác điện hạt nhân.", "energy"),
            ("Both sides will boost fisheries cooperation.", "agriculture"),
            ("Hai bên hợp tác trong lĩnh vực thủy sản.", "agriculture"),
            ("They agreed to deepen cooperation in cybersecurity.", "defense and security"),
        ],
    )
    def test_named_field(self, text: str, name: str) -> None:
        """Semiconductors and critical minerals, nuclear power, fisheries, cybersecurity."""
        assert name in [f.name for f in dipparse.parse(text).fields]

    def test_no_field_outside_cooperation(self) -> None:
        """Without a word of cooperation nearby the words name no field."""
        text = "A semiconductor plant opened. The Vietnam Oil and Gas Group reported profits."
        assert [f.name for f in dipparse.parse(text).fields] == []
