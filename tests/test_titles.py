from __future__ import annotations

import pytest

import dipparse
from dipparse import titles
from dipparse.text import prepare
from dipparse.titles import tokenize, words


def titles_of(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {
        o.name: [(t.role, t.organization) for t in o.titles] for o in dipparse.parse(text).officials
    }


def roles_of(text: str) -> dict[str, list[str]]:
    return {o.name: list(o.roles) for o in dipparse.parse(text).officials}


class TestBeforeTheName:
    def test_stacked_with_body(self):
        """Offices stacked before the name, each with its own body."""
        t = titles_of(
            "Yesterday General Secretary of the CPV Central Committee and State President Tô Lâm spoke."
        )
        assert t["Tô Lâm"] == [
            ("general secretary", "Communist Party of Vietnam Central Committee"),
            ("president", None),
        ]

    def test_coordinated(self):
        """'X and Y' before a name gives both offices."""
        assert roles_of(
            "Deputy Prime Minister and Minister of Foreign Affairs Bùi Thanh Sơn arrived."
        )["Bùi Thanh Sơn"] == [
            "deputy prime minister",
            "minister of foreign affairs",
        ]

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            ("The talks were chaired by Chinese Premier Li Qiang.", "Li Qiang", "premier"),
            ("Vietnamese PM Phạm Minh Chính arrived.", "Phạm Minh Chính", "prime minister"),
            ("Dep. PM Trần Hồng Hà visited Kunming.", "Trần Hồng Hà", "deputy prime minister"),
            ("FM Wang Yi welcomed the guests.", "Wang Yi", "minister of foreign affairs"),
            ("NA Chairman Trần Thanh Mẫn opened the session.", "Trần Thanh Mẫn", "chairman"),
        ],
    )
    def test_nationality_and_abbreviations(self, text, name, role):
        """Nationality adjectives and PM, Dep. PM, FM, NA Chairman are read."""
        assert role in roles_of(text)[name]

    def test_na_chairman_organization(self):
        """NA Chairman belongs to the National Assembly."""
        assert titles_of("NA Chairman Trần Thanh Mẫn spoke.")["Trần Thanh Mẫn"] == [
            ("chairman", "National Assembly")
        ]

    def test_all_caps(self):
        """Offices in ALL CAPS are read like any other."""
        assert roles_of("PRIME MINISTER LÊ MINH HƯNG MET AMBASSADOR HE WEI.") == {
            "Lê Minh Hưng": ["prime minister"],
            "He Wei": ["ambassador"],
        }

    def test_ambassador_to(self):
        """'Ambassador to China' names the country of accreditation; the adjective gives the person's."""
        (o,) = dipparse.parse("Vietnamese Ambassador to China Phạm Thanh Bình said so.").officials
        assert (o.country, o.titles[0].role, o.titles[0].organization) == (
            "VN",
            "ambassador",
            "China",
        )

    def test_portfolio_in_role(self):
        """A minister's portfolio is part of the role."""
        assert roles_of("Minister of Industry and Trade Nguyễn Hồng Diên met them.")[
            "Nguyễn Hồng Diên"
        ] == ["minister of industry and trade"]


class TestAfterTheName:
    def test_apposition(self):
        """'Name, office and office,' gives both, bodies expanded."""
        t = titles_of(
            "Wang Yi, member of the Political Bureau of the CPC Central Committee and Chinese foreign minister, said so."
        )
        assert [r for r, _ in t["Wang Yi"]] == [
            "member of the politburo",
            "minister of foreign affairs",
        ]

    def test_region_in_organization(self):
        """The body keeps the region the text names, abbreviations expanded."""
        t = titles_of(
            "Lan Tianli, Secretary of the CPC Committee of China's Guangxi Zhuang Autonomous Region, spoke."
        )
        assert (
            "secretary",
            "Communist Party of China Committee of the Guangxi Zhuang Autonomous Region",
        ) in t["Lan Tianli"]

    def test_who_is_also(self):
        """'Name, who is also office' attaches the office."""
        r = roles_of(
            "Chen Gang met them. Chen, who is also Chairman of the Regional People's Congress Standing Committee, spoke."
        )
        assert r["Chen Gang"] == ["chairman"]

    def test_lower_case(self):
        """Lower-case offices in apposition are read."""
        assert roles_of(
            "Zhao Leji, chairman of the national people's congress standing committee, said."
        )["Zhao Leji"] == ["chairman"]

    def test_elected_as(self):
        """A title apart from the name, when the sentence ties them ('on his election as')."""
        assert roles_of(
            "Lương Cường congratulated Lê Hoài Trung on his appointment as Minister of Foreign Affairs."
        ) == {
            "Lương Cường": [],
            "Lê Hoài Trung": ["minister of foreign affairs"],
        }


class TestAttachment:
    def test_spouse_gets_none(self):
        """In 'X and his wife Y', Y gets none of X's offices."""
        r = roles_of("President Lương Cường and his wife Nguyễn Thị Minh Nguyệt were welcomed.")
        assert r["Lương Cường"] == ["president"]
        assert r["Nguyễn Thị Minh Nguyệt"] == []

    def test_repeated_office_once(self):
        """The same office given twice in different forms is one title."""
        o = {
            x.name: x
            for x in dipparse.parse(
                "Prime Minister Lê Minh Hưng spoke. PM Hưng then left."
            ).officials
        }
        assert o["Lê Minh Hưng"].roles == ("prime minister",)

    def test_unattached_title_dropped(self):
        """An office that names no one is not reported."""
        assert (
            dipparse.parse("The president of the company said the minister would come.").officials
            == ()
        )

    def test_title_span_is_exact(self):
        """Title offsets are the exact span of the office."""
        text = "On Monday, Chinese President Xi Jinping arrived."
        (o,) = dipparse.parse(text).officials
        (t,) = o.titles
        assert text[t.start : t.end] == t.text == "Chinese President"

    def test_gazetteer_never_adds_a_title(self):
        """A known person named without an office gets no title from the gazetteer."""
        (o,) = dipparse.parse("Xi Jinping spoke at length.").officials
        assert o.titles == () and o.country == "CN"


class TestVietnameseTitles:
    @pytest.mark.parametrize(
        "text",
        [
            "Thủ tướng Phạm Minh Chính hội kiến Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình.",
            "Thu tuong Pham Minh Chinh hoi kien Tong Bi thu, Chu tich Trung Quoc Tap Can Binh.",
            "Prime Minister Pham Minh Chinh met General Secretary and Chinese President Xi Jinping.",
        ],
    )
    def test_same_facts_three_ways(self, text):
        """Vietnamese, its ASCII fold and English give the same people and roles."""
        r = roles_of(text)
        assert r["Phạm Minh Chính"] == ["prime minister"]
        assert r["Xi Jinping"] == ["general secretary", "president"]

    def test_politburo_member(self):
        """'Ủy viên Bộ Chính trị' is a member of the politburo."""
        assert (
            "member of the politburo"
            in roles_of("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Trần Văn Tám phát biểu.")[
                "Trần Văn Tám"
            ]
        )


class TestMoreConstructions:
    def test_who_is_also_without_comma(self):
        """'Name who is also office' attaches without a comma too."""
        assert roles_of("He met Chen Gang who is also Chairman of the Regional People's Congress.")[
            "Chen Gang"
        ] == ["chairman"]

    def test_vietnamese_diacritics_in_english(self):
        """English titles whose body has Vietnamese diacritics are read and normalized."""
        t = titles_of(
            "General Secretary of the Communist Party of Việt Nam Central Committee Tô Lâm spoke."
        )
        assert t["Tô Lâm"] == [
            ("general secretary", "Communist Party of Vietnam Central Committee")
        ]

    @pytest.mark.parametrize(
        ("text", "name", "role", "organization"),
        [
            (
                "Chủ tịch Quốc hội Trần Thanh Mẫn phát biểu.",
                "Trần Thanh Mẫn",
                "chairman",
                "Quốc hội",
            ),
            ("Đại sứ Trung Quốc Hà Vĩ chúc mừng.", "He Wei", "ambassador", "Trung Quốc"),
            (
                "Trưởng ban Đối ngoại T.Ư Lê Hoài Trung dự.",
                "Lê Hoài Trung",
                "head",
                "Đối ngoại Trung ương",
            ),
        ],
    )
    def test_vietnamese_offices(self, text, name, role, organization):
        """Vietnamese offices map to the English roles, bodies kept in Vietnamese with T.Ư expanded."""
        assert titles_of(text)[name] == [(role, organization)]


# Texts that exercise both ways of reading words (byte operations and the regex split).
_WORD_TEXTS = [
    "China's Chủ tịch, PM",
    "Trưởng ban Đối ngoại T.Ư Lê Hoài Trung dự.",
    "the people’s ‘quoted’ word_with_underscore 2024-05-22 U.S. ...",
    "TÃ´ LÃ¢m met 习近平 in Hà Nội\x07today",
    "PRIME Minister\x07Li Qiang's U.S. visit",
    "Lâm’s ‘visit’ to the U.S. went well.",
    "'Tis Mr. O'Neil's 2.5 km walk – “fine”.\u00a0End.",
    "Hà Nội, 19/8 (VNA) - Thủ tướng Phạm Minh Chính's talks..",
    "ǅ İstanbul ıs ß end'",
    "",
    "   ",
    "x",
]


class TestWords:
    @pytest.mark.parametrize("text", _WORD_TEXTS)
    def test_offsets_are_exact(self, text):
        """Every word, key and gap is the slice of the prepared text at its offsets."""
        p = prepare(text)
        w = words(p)
        assert len(w.starts) == len(w.ends) == len(w.texts) == len(w.keys) == len(w.caps)
        assert len(w.gaps) == max(0, len(w.starts) - 1)
        for k, (s, e) in enumerate(zip(w.starts, w.ends, strict=True)):
            assert p.text[s:e] == w.texts[k] and p.lower[s:e] == w.keys[k]
            assert w.caps[k] == w.texts[k][0].isupper()
            assert w.index_at(s) == k
            if k + 1 < len(w.starts):
                assert w.gaps[k] == p.text[e : w.starts[k + 1]]

    @pytest.mark.parametrize("text", _WORD_TEXTS)
    def test_words_are_the_token_pattern_matches(self, text):
        """The words are exactly the matches of the token pattern over the text, in order."""
        p = prepare(text)
        w = words(p)
        found = [(m.start(), m.end()) for m in titles._TOKEN.finditer(p.text)]
        assert list(zip(w.starts, w.ends, strict=True)) == found

    def test_one_word_with_inner_punctuation(self):
        """Possessives, dotted abbreviations and curly apostrophes stay inside one word."""
        words_ = [t.text for t in tokenize(prepare("China’s T.Ư and People's U.S."))]
        assert words_ == ["China’s", "T.Ư", "and", "People's", "U.S"]

    def test_shared_per_text(self):
        """One prepared text is split into words once; another text gets its own words."""
        p, q = prepare("Prime Minister"), prepare("Prime Minister")
        assert words(p) is words(p) and words(p) is not words(q)


def found_roles(text: str) -> list[tuple[str, str, str | None]]:
    p = prepare(text)
    return [(p.text[t.start : t.end], t.role, t.organization) for t in titles.find_titles(p)]


class TestRoleReading:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Deputy Prime Minister Le spoke.",
                [("Deputy Prime Minister", "deputy prime minister")],
            ),
            ("Deputy  Prime\nMinister Le", [("Deputy  Prime\nMinister", "deputy prime minister")]),
            ("the vice-president said", [("vice-president", "vice president")]),
            ("the vice - president said", [("vice - president", "vice president")]),
            # Four blanks part the words too far: only the shorter office is read.
            ("the deputy    minister", [("minister", "minister")]),
            ("Deputy    Minister Le", [("Minister", "minister")]),
            # A role ends where a word does: a possessive is not read.
            ("The president's visit", []),
            # The plural is the office of each person named after it; an
            # adjective is no office.
            ("presidents and presidential", [("presidents", "president")]),
            ("presidential", []),
            ("Party Secretary Ly", [("Party Secretary", "secretary")]),
            ("the Party said", []),
            (
                "Tổng Bí thư phát biểu, tổng bí thư phát biểu",
                [("Tổng Bí thư", "general secretary"), ("tổng bí thư", "general secretary")],
            ),
        ],
    )
    def test_role_surfaces(self, text, expected):
        """A role is read with one to three blanks or hyphens between its words, as a whole word."""
        assert [(span, role) for span, role, _ in found_roles(text)] == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Chairman of the Quang Ninh People's Committee",
            "Chairman of the Quảng Ninh People's Committee",
        ],
    )
    def test_same_reading_with_and_without_diacritics(self, text):
        """Accents change nothing in the role or the body's country."""
        p = prepare(text)
        (hit,) = titles.find_titles(p)
        assert (hit.role, hit.country) == ("chairman", "VN")

    @pytest.mark.parametrize(
        ("text", "country"),
        [
            ("Secretary of the Communist Party of China Central Committee", "CN"),
            ("Secretary of the Yunnan Provincial Party Committee", "CN"),
            # The country an ambassador is accredited to is not the one served.
            ("Ambassador to Viet Nam", None),
            ("Secretary of the Provincial Party Committee", None),
        ],
    )
    def test_body_country(self, text, country):
        """The country is the first place or organization word of the body (not of 'to')."""
        (hit,) = titles.find_titles(prepare(text))
        assert hit.country == country


class TestStacks:
    @pytest.mark.parametrize(
        ("text", "sizes"),
        [
            ("President and Prime Minister", [2]),
            ("President, and Prime Minister", [2]),
            ("President ,  and   Prime Minister", [2]),
            ("President cum Prime Minister", [2]),
            ("President \nPrime Minister", [2]),
            # A blank line parts paragraphs: a heading's office is not the next paragraph's.
            ("President \n\nPrime Minister", [1, 1]),
            ("President\n \r\nPrime Minister", [1, 1]),
            ("President.\n\nPrime Minister", [1, 1]),
            ("President of the talks and Prime Minister", [1, 1]),
            ("President met the Prime Minister", [1, 1]),
            ("President of the Academy of Politics (HCMA) and Chairman of the Council", [2]),
            ("President of the Academy of Politics (HCMA), and Chairman of the Council", [2]),
            ("President of the Academy (of the talks) and Chairman", [1, 1]),
        ],
    )
    def test_joined_offices(self, text, sizes):
        """Offices joined by 'and', a comma or 'cum' (blanks, a bracketed short form) form one stack."""
        p = prepare(text)
        assert [len(s) for s in titles.stacks(p, titles.find_titles(p))] == sizes


def title_hits(text: str) -> list[tuple[str, str | None]]:
    return [(h.role, h.organization) for h in titles.find_titles(prepare(text))]


class TestVietnameseBodies:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # A body that starts with a family name is the name (no body at all).
            (
                "Bộ trưởng Ngoại giao Tô Văn Hùng đã tiếp đoàn.",
                {"Tô Văn Hùng": [("minister of foreign affairs", None)]},
            ),
            ("Đại sứ Cao Văn Minh phát biểu.", {"Cao Văn Minh": [("ambassador", None)]}),
            # A place that starts with a family name stays in the body.
            (
                "Bí thư Tỉnh ủy Cao Bằng Lâm Văn Hòa tiếp đoàn.",
                {"Lâm Văn Hòa": [("secretary", "Tỉnh ủy Cao Bằng")]},
            ),
            (
                "Thủ tướng Thái Lan Somchai Wongsa phát biểu.",
                {"Somchai Wongsa": [("prime minister", "Thái Lan")]},
            ),
            ("Bí thư Thành ủy Hà Nội phát biểu tại hội nghị.", {}),
            ("Đại sứ Triều Tiên phát biểu.", {}),
        ],
    )
    def test_name_or_place_after_the_body(self, text, expected):
        """The trailing capitalized words are a name when a family name leads them, unless they are a place."""
        assert titles_of(text) == expected

    def test_words_between_body_and_name(self):
        """Capitalized words between the body read and the name belong to the body."""
        (o,) = dipparse.parse("Bộ trưởng Bộ Công Thương Đỗ Văn Lực phát biểu.").officials
        assert o.name == "Đỗ Văn Lực"
        assert [t.text for t in o.titles] == ["Bộ trưởng Bộ Công Thương"]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Thủ tướng hai nước đã chứng kiến lễ ký.", [("prime minister", None)]),
            ("Tổng Bí thư nói rằng hai nước cần hợp tác.", [("general secretary", None)]),
            ("Bộ trưởng từ chối trả lời.", [("minister", None)]),
            ("Thủ tướng nhận lời mời của Lào.", [("prime minister", None)]),
            (
                "Thủ tướng hội đàm với Thủ tướng Lào.",
                [("prime minister", None), ("prime minister", "Lào")],
            ),
            ("Chủ tịch nước điện đàm với Nga.", [("president", None)]),
            # The same words spelled as body words are read.
            (
                "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn tiếp đoàn.",
                [("chairman", "Ủy ban nhân dân tỉnh Lạng Sơn")],
            ),
            ("Phó Chủ tịch Quốc hội phát biểu.", [("vice chairman", "Quốc hội")]),
            (
                "Bộ trưởng Ngoại giao đại diện Chính phủ ký.",
                [("minister of foreign affairs", None)],
            ),
        ],
    )
    def test_function_words_end_the_body(self, text, expected):
        """A word that folds to a body word (nói/nội, hai/hải) but is spelled otherwise ends the body."""
        assert title_hits(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Phó Chủ tịch Ủy ban Thường vụ Quốc hội phát biểu.",
                [("vice chairman", "Ủy ban Thường vụ Quốc hội")],
            ),
            (
                "Ủy viên trưởng Ủy ban Thường vụ Đại hội đại biểu nhân dân toàn quốc Trung Quốc dự.",
                [("chairman", "Ủy ban Thường vụ Đại hội đại biểu nhân dân toàn quốc Trung Quốc")],
            ),
            (
                "Ủy viên Bộ Chính trị, Bí thư Ban Bí thư Vương Minh dự.",
                [("member of the politburo", "Bộ Chính trị"), ("secretary", "Ban Bí thư")],
            ),
            (
                "Chủ tịch Ủy ban Toàn quốc Hội nghị Chính trị hiệp thương Nhân dân Trung Quốc dự.",
                [
                    (
                        "chairman",
                        "Ủy ban Toàn quốc Hội nghị Chính trị hiệp thương Nhân dân Trung Quốc",
                    )
                ],
            ),
        ],
    )
    def test_standing_committees_and_congresses(self, text, expected):
        """Thường vụ, Ban Bí thư, Đại hội đại biểu, toàn quốc, Hội nghị and hiệp thương are read in a body."""
        assert title_hits(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Có các đồng chí: Ngô Văn Minh, Ủy viên Quốc vụ; Trần Văn Bình, Chủ tịch Chính hiệp.",
            "Ông Lưu Văn Hải, Ủy viên trưởng Nhân đại, phát biểu.",
        ],
    )
    def test_chinese_bodies_give_the_country(self, text):
        """Quốc vụ (State Council), Nhân đại (NPC) and Chính hiệp (CPPCC) are China's bodies."""
        assert {o.country for o in dipparse.parse(text).officials} == {"CN"}

    def test_stretch_to_known_name_stops_at_another_office(self):
        """The body is not stretched over a verb and another office to reach a known name."""
        g = dipparse.Gazetteer([dipparse.Person("Phạm Văn Tâm", "VN")])
        (o,) = dipparse.parse(
            "Chủ tịch nước nói chuyện với Đại sứ Phạm Văn Tâm.", gazetteer=g
        ).officials
        assert [(t.text, t.role, t.organization) for t in o.titles] == [
            ("Đại sứ", "ambassador", None)
        ]


class TestVietnameseData:
    def test_spellings_are_nfc(self):
        """The places and body-word spellings are NFC, as prepared text is, or they would never match."""
        import unicodedata

        from dipparse._data import load_json

        offices = load_json("offices.json")
        for word in [
            *load_json("place_names.json")["places"],
            *offices["org_word_forms_vi"],
            *offices["body_stops_vi"],
        ]:
            assert unicodedata.normalize("NFC", word) == word

    @pytest.mark.parametrize(
        ("keys", "size"),
        [
            (["thai", "lan", "somchai"], 2),
            (["ha", "noi"], 2),
            (["ha"], 0),
            (["xin-ga-po"], 1),
            (["xin", "ga", "po"], 3),
            (["thai", "van", "lam"], 0),
            ([], 0),
        ],
    )
    def test_place_size(self, keys, size):
        """A place is matched on whole folded words, hyphenated names either way."""
        assert titles._place_size(keys) == size


class TestMinistries:
    @pytest.mark.parametrize(
        ("text", "role"),
        [
            (
                "Minister of Culture, Sports and Tourism Lê Văn Hòa spoke.",
                "minister of culture, sports and tourism",
            ),
            (
                "Minister of Ethnic Minorities and Religions Lê Văn Hòa spoke.",
                "minister of ethnic minorities and religions",
            ),
            (
                "Deputy Minister of Labour, Invalids and Social Affairs Lê Văn Hòa spoke.",
                "deputy minister of labour, invalids and social affairs",
            ),
            ("Minister of Industry and Trade Lê Văn Hòa spoke.", "minister of industry and trade"),
            ("Bộ trưởng Bộ Công Thương Lê Văn Hòa phát biểu.", "minister of industry and trade"),
            ("Bộ trưởng Công Thương Lê Văn Hòa phát biểu.", "minister of industry and trade"),
            (
                "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Lê Văn Hòa phát biểu.",
                "minister of culture, sports and tourism",
            ),
            (
                "Thứ trưởng Bộ Lao động - Thương binh và Xã hội Lê Văn Hòa dự.",
                "deputy minister of labour, invalids and social affairs",
            ),
            (
                "Bộ trưởng Bộ Nông nghiệp và Môi trường Lê Văn Hòa phát biểu.",
                "minister of agriculture and environment",
            ),
            ("Bo truong Bo Y te Le Van Hoa phat bieu.", "minister of health"),
        ],
    )
    def test_portfolio_in_english_and_vietnamese(self, text, role):
        """A ministry's name gives the same role in English and in Vietnamese, the name after it."""
        assert list(roles_of(text).items()) == [
            ("Le Van Hoa" if text.isascii() else "Lê Văn Hòa", [role])
        ]


class TestVietnameseOffices:
    @pytest.mark.parametrize(
        ("text", "name", "expected"),
        [
            (
                "Hôm qua, Tổng Bí thư – Chủ tịch nước Lê Văn Hòa tiếp đoàn.",
                "Lê Văn Hòa",
                [("general secretary", None), ("president", None)],
            ),
            (
                "Ông Vương Minh, Ủy viên Thường vụ Bộ Chính trị, Thủ tướng Quốc vụ viện Trung Quốc dự.",
                "Wang Ming",
                [
                    ("member of the politburo standing committee", "Thường vụ Bộ Chính trị"),
                    ("premier", "Trung Quốc"),
                ],
            ),
            (
                "Ông Vương Minh, Ủy viên Quốc vụ, Bộ trưởng Bộ Công an Trung Quốc dự.",
                "Wang Ming",
                [("state councilor", "Quốc vụ"), ("minister of public security", "Trung Quốc")],
            ),
            (
                "Phó Thủ tướng Quốc vụ viện Trung Quốc Vương Minh phát biểu.",
                "Wang Ming",
                [("vice premier", "Trung Quốc")],
            ),
            (
                "Chủ nhiệm Ủy ban Kiểm tra Trung ương Lê Văn Hòa tiếp đoàn.",
                "Lê Văn Hòa",
                [("chairman", "Ủy ban Kiểm tra Trung ương")],
            ),
            (
                "Phó Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Lê Văn Hòa dự.",
                "Lê Văn Hòa",
                [("vice chairman", "Ủy ban Đối ngoại của Quốc hội")],
            ),
            (
                "Chánh án Tòa án nhân dân tối cao Lê Văn Hòa tiếp đoàn.",
                "Lê Văn Hòa",
                [("chief justice", "Tòa án nhân dân tối cao")],
            ),
            (
                "Chánh Văn phòng Trung ương Đảng Lê Văn Hòa tháp tùng.",
                "Lê Văn Hòa",
                [("head", "Văn phòng Trung ương Đảng")],
            ),
        ],
    )
    def test_offices(self, text, name, expected):
        """Dash-joined stacks, the Standing Committee, State Councilor, Premier, Chủ nhiệm, Chánh án in Vietnamese."""
        g = dipparse.Gazetteer(
            [
                dipparse.Person("Wang Ming", "CN", aliases=("Vương Minh",)),
                dipparse.Person("Lê Văn Hòa", "VN"),
            ]
        )
        got = {
            o.name: [(t.role, t.organization) for t in o.titles]
            for o in dipparse.parse(text, gazetteer=g).officials
        }
        assert got[name] == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Sáng nay, tại Phủ Chủ tịch, Tổng Bí thư Lê Văn Hòa tiếp đoàn.",
            "Chánh Văn phòng Chủ tịch nước và Tổng Bí thư Lê Văn Hòa dự.",
        ],
    )
    def test_palace_is_no_office(self, text):
        """'Phủ Chủ tịch' (the Presidential Palace) and 'Văn phòng Chủ tịch nước' make no one a president."""
        roles = roles_of(text)["Lê Văn Hòa"]
        assert "general secretary" in roles
        assert "president" not in roles


class TestEnglishBodyBeforeVietnameseName:
    @pytest.mark.parametrize("name", ["Vũ Minh Lan", "Tô Văn Hùng", "Vu Minh Lan"])
    def test_body_stops_before_the_name(self, name):
        """A family name that folds to a body word (vụ) or a connector (to) starts the name, not the body."""
        text = f"Secretary of the CPV Central Committee {name} spoke."
        assert titles_of(text) == {
            name: [("secretary", "Communist Party of Vietnam Central Committee")]
        }


class TestEnglishBodiesWithVietnamesePlaces:
    @pytest.mark.parametrize(
        ("text", "name", "organization"),
        [
            (
                "Secretary of the Ho Chi Minh City Party Committee Le Van Hoa spoke.",
                "Le Van Hoa",
                "Ho Chi Minh City Party Committee",
            ),
            (
                "Chairman of the Thanh Hoa Provincial People's Committee Do Minh Tuan spoke.",
                "Do Minh Tuan",
                "Thanh Hoa Provincial People's Committee",
            ),
            (
                "Chairman of the Dak Lak Provincial People's Committee Ta Anh Tuan spoke.",
                "Ta Anh Tuan",
                "Dak Lak Provincial People's Committee",
            ),
            (
                "Secretary of the Thai Nguyen Provincial Party Committee Le Van Hoa spoke.",
                "Le Van Hoa",
                "Thai Nguyen Provincial Party Committee",
            ),
            # A family name that folds to a body word (trận, đảng) starts the name.
            (
                "Chairman of the National Assembly Tran Van Hoa spoke.",
                "Tran Van Hoa",
                "National Assembly",
            ),
            (
                "Secretary of the CPV Central Committee Dang Minh Tuan spoke.",
                "Dang Minh Tuan",
                "Communist Party of Vietnam Central Committee",
            ),
            # A given name that is an English word ends the name.
            (
                "Secretary of the Vinh Phuc Provincial Party Committee Duong Van An spoke.",
                "Duong Van An",
                "Vinh Phuc Provincial Party Committee",
            ),
        ],
    )
    def test_place_in_body_name_after(self, text, name, organization):
        """A place of several capitalized words stays whole in the body; the name after it is a person."""
        assert titles_of(text) == {
            name: [(titles.find_titles(prepare(text))[0].role, organization)]
        }

    def test_headline_word_is_no_given_name(self):
        """'On' after a name in a title-case headline is not read as a given name."""
        assert titles_of("Deputy Minister Duong Van Hoa On Monday") == {
            "Duong Van Hoa": [("deputy minister", None)]
        }


class TestEnglishOfficeForms:
    @pytest.mark.parametrize(
        ("text", "name", "expected"),
        [
            (
                "Chinese Assistant Foreign Minister Hua Wen met them.",
                "Hua Wen",
                [("assistant minister of foreign affairs", None)],
            ),
            (
                "Head of the Party Central Committee's Commission for External Relations Le Van Hoa attended.",
                "Le Van Hoa",
                [("head", "Party Central Committee's Commission for External Relations")],
            ),
            (
                "Standing member of the Party Central Committee's Secretariat Le Van Hoa spoke.",
                "Le Van Hoa",
                [("permanent member of the secretariat", None)],
            ),
            (
                "Secretary of the Party Central Committee and Head of its Commission for Information and Education Le Van Hoa spoke.",
                "Le Van Hoa",
                [
                    ("secretary", "Party Central Committee"),
                    ("head", "Commission for Information and Education"),
                ],
            ),
            (
                "Politburo member and Permanent Vice Chairman of the National Assembly Le Van Hoa presided.",
                "Le Van Hoa",
                [("member of the politburo", None), ("vice chairman", "National Assembly")],
            ),
            (
                "Chief Justice of the Supreme People's Court Le Van Hoa received them.",
                "Le Van Hoa",
                [("chief justice", "Supreme People's Court")],
            ),
            (
                "Prosecutor General of the Supreme People's Procuracy Le Van Hoa received them.",
                "Le Van Hoa",
                [("chief procurator", "Supreme People's Procuracy")],
            ),
            (
                "Chairman of the 14th National People's Congress Standing Committee Hua Wen met them.",
                "Hua Wen",
                [("chairman", "14th National People's Congress Standing Committee")],
            ),
            (
                "Politburo member, permanent member of the CPV Central Committee's Secretariat"
                " Le Van Hoa spoke.",
                "Le Van Hoa",
                [
                    ("member of the politburo", None),
                    (
                        "permanent member of the secretariat",
                        "Communist Party of Vietnam Central Committee's Secretariat",
                    ),
                ],
            ),
            (
                "Senate President Hun Sen met the guests.",
                "Hun Sen",
                [("chairman", "Senate")],
            ),
            (
                "Vice President of the Lao National Assembly Hua Wen spoke.",
                "Hua Wen",
                [("vice chairman", "Lao National Assembly")],
            ),
            (
                "President of the Ho Chi Minh National Academy of Politics Hua Wen spoke.",
                "Hua Wen",
                [("president", "Ho Chi Minh National Academy of Politics")],
            ),
            (
                "Prime Minister Le Van Hoa met Cambodian King Norodom Sihamoni.",
                "Norodom Sihamoni",
                [("king", None)],
            ),
            (
                "Chief Procurator of the Supreme People's Procuratorate Hua Wen met them.",
                "Hua Wen",
                [("chief procurator", "Supreme People's Procuratorate")],
            ),
        ],
    )
    def test_offices(self, text, name, expected):
        """Assistant ministers, possessive bodies, 'of its', standing and permanent offices, courts."""
        assert titles_of(text)[name] == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "President of the Ho Chi Minh National Academy of Politics Le Van Hoa spoke.",
                ("president", "Ho Chi Minh National Academy of Politics"),
            ),
            (
                "Head of the Publicity Department of the CPC Central Committee Hua Wen spoke.",
                ("head", "Publicity Department of the Communist Party of China Central Committee"),
            ),
            (
                "Member of the Political Bureau of the Communist Party of China's Central Committee"
                " Hua Wen spoke.",
                (
                    "member of the politburo",
                    "Political Bureau of the Communist Party of China Central Committee",
                ),
            ),
            (
                "Head of the International Liaison Department Hua Wen spoke.",
                ("head", "International Liaison Department"),
            ),
            (
                "Director of the Institute of Ethnic Minorities and Religions Le Van Hoa spoke.",
                ("director", "Institute of Ethnic Minorities and Religions"),
            ),
        ],
    )
    def test_academies_and_departments(self, text, expected):
        """Academies, institutes, the publicity and liaison departments are bodies."""
        (o,) = dipparse.parse(text).officials
        assert [(t.role, t.organization) for t in o.titles] == [expected]


class TestPluralOffices:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Deputy Prime Ministers Le Van Hoa and Tran Van Nam attended.",
                {
                    "Le Van Hoa": ["deputy prime minister"],
                    "Tran Van Nam": ["deputy prime minister"],
                },
            ),
            (
                "Vice Ministers Wang Ming, Li Hong and Zhou Bin attended.",
                {n: ["deputy minister"] for n in ("Wang Ming", "Li Hong", "Zhou Bin")},
            ),
            (
                "Members of the Politburo Le Van Hoa and Tran Van Nam attended.",
                {
                    "Le Van Hoa": ["member of the politburo"],
                    "Tran Van Nam": ["member of the politburo"],
                },
            ),
            ("The two ministers agreed on the plan.", {}),
            (
                "Foreign Ministers Le Van Hoa and Wang Ming met, and Tran Van Nam spoke.",
                {
                    "Le Van Hoa": ["minister of foreign affairs"],
                    "Wang Ming": ["minister of foreign affairs"],
                },
            ),
        ],
    )
    def test_each_name_of_the_list(self, text, expected):
        """An office in the plural is the office of each name of the list after it, and of no one else."""
        assert roles_of(text) == expected


_HEADS_TEXTS = [
    "Tô Lâm's talks with Xi Jinping at the G20 in Hà Nội.",
    "PRIME MINISTER Pham Minh Chinh met the U.S. envoy; 2024-08-19.",
    "Thủ tướng Phạm Minh Chính và Chủ tịch Tập Cận Bình, ‘hữu nghị’.",
    "Άλφα Beta γάμμα and Delta",
    "x1y2 a.b.c O'Neil's co-op",
    "",
]
_HEADS_VOCAB = frozenset(
    "to lam s talks xi jinping g g20 ha noi prime minister pham minh chinh u envoy "
    "thu tuong va chu tich tap can binh huu nghi beta and delta x1y2 a b c o neil co op "
    "president the of 2024 absent".split()
)


class TestSpacedHeads:
    @pytest.mark.parametrize("text", _HEADS_TEXTS)
    @pytest.mark.parametrize("vocab", [_HEADS_VOCAB, set(_HEADS_VOCAB), frozenset({"lam", "xi"})])
    def test_intersection_holds_every_word_of_the_view(self, text, vocab):
        """``vocab & heads`` holds each word of the heads view in ``vocab``, and no other word of letters."""
        sp = titles._spaced(prepare(text))
        view = set(sp.heads_padded.split())
        found = vocab & sp.heads
        assert view & vocab <= found
        # A word of letters alone is given only where the view has it as a run of letters.
        parts = {x for v in view for x in _letter_parts(v)}
        assert all(not w.isalpha() or w in parts for w in found - view)
        assert "absent" not in found

    @pytest.mark.parametrize("text", _HEADS_TEXTS)
    def test_isdisjoint_agrees_with_intersection(self, text):
        """``heads.isdisjoint(words)`` is true exactly where the intersection is empty."""
        sp = titles._spaced(prepare(text))
        for words_ in (("wife", "husband"), ("talks",), ("lam", "absent"), ()):
            assert sp.heads.isdisjoint(words_) == (not frozenset(words_) & sp.heads)


def _letter_parts(word: str) -> list[str]:
    """The runs of letters of a word of the heads view (``g`` of ``g20``)."""
    return "".join(c if c.isalpha() else " " for c in word).split()


class TestCasedRolesWithHyphens:
    @pytest.mark.parametrize(
        "text",
        [
            "NA-Chairman Le Van Hoa spoke.",
            "NA - Chairman Le Van Hoa spoke.",
            "The NA- Chairman met him.",
        ],
    )
    def test_no_crash(self, text):
        """A cased role written with a hyphen is read (it raised KeyError)."""
        got = roles_of(text)
        assert got in ({"Le Van Hoa": ["chairman"]}, {})
        if "Le Van Hoa" in text:
            assert got == {"Le Van Hoa": ["chairman"]}


class TestHostCountry:
    @pytest.mark.parametrize(
        ("text", "name", "country"),
        [
            ("Ambassador to China Le Van Hoa spoke.", "Le Van Hoa", "VN"),
            ("Ambassador to Vietnam Wang Ming spoke.", "Wang Ming", "CN"),
        ],
    )
    def test_ambassador_to_is_the_host(self, text, name, country):
        """'Ambassador to China' serves another state: the body gives no country to the person."""
        (o,) = dipparse.parse(text).officials
        assert (o.name, o.country) == (name, country)


class TestCountryNamedInTheBody:
    @pytest.mark.parametrize(
        ("text", "name", "country"),
        [
            ("President of Laos Khamla Souvanh spoke.", "Khamla Souvanh", "LA"),
            ("The Foreign Minister of Cambodia Sok Vanna spoke.", "Sok Vanna", "KH"),
            ("Ambassador of Thailand Somchai Prasert spoke.", "Somchai Prasert", "TH"),
            ("Ambassador of Japan Tanaka Hiroshi spoke.", "Tanaka Hiroshi", "JP"),
            ("Đại sứ Campuchia Chea Kimtha phát biểu.", "Chea Kimtha", "KH"),
        ],
    )
    def test_third_country(self, text, name, country):
        """A body that names a state other than China or Viet Nam gives its country."""
        (o,) = dipparse.parse(text).officials
        assert (o.name, o.country) == (name, country)

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "Secretary of the Thai Nguyen Provincial Party Committee Ha Van Tuan spoke.",
                "Ha Van Tuan",
            ),
            (
                "Secretary of the Thai Binh Provincial Party Committee Ha Van Tuan spoke.",
                "Ha Van Tuan",
            ),
            ("Chủ tịch Tổng Liên đoàn Lao động Việt Nam Hà Văn Tuấn phát biểu.", "Hà Văn Tuấn"),
        ],
    )
    def test_vietnamese_place_or_word(self, text, name):
        """A Vietnamese province or word that starts like a country's name (Thai, Lao) is Viet Nam's."""
        officials = {o.name: o.country for o in dipparse.parse(text).officials}
        assert officials.get(name) in ("VN", None)
        assert "TH" not in officials.values() and "LA" not in officials.values()


class TestBodyEndsBeforeTheName:
    @pytest.mark.parametrize(
        ("text", "name", "org"),
        [
            (
                "He met Ambassador of Thailand Somchai Prasert in Hanoi.",
                "Somchai Prasert",
                "Thailand",
            ),
            (
                "He met the Ambassador of Laos Khamla Souvanh at the ministry.",
                "Khamla Souvanh",
                "Laos",
            ),
        ],
    )
    def test_trial_words_before_a_connector(self, text, name, org):
        """Capitalized words after a country, then 'in'/'at': a name, not the body's words."""
        assert titles_of(text) == {name: [("ambassador", org)]}

    @pytest.mark.parametrize(
        ("text", "org"),
        [
            ("He met Wang Ming, Foreign Minister of China on Saturday.", "China"),
            ("He met Wang Ming, Foreign Minister of China in March.", "China"),
            ("He met Wang Ming, Secretary of the Party Committee on Monday.", "Party Committee"),
        ],
    )
    def test_date_after_the_body(self, text, org):
        """A weekday or month after the body is a date, not the body's next word."""
        g = dipparse.Gazetteer([dipparse.Person("Wang Ming", "CN")])
        (o,) = dipparse.parse(text, gazetteer=g).officials
        assert [t.organization for t in o.titles] == [org]


class TestVietnameseEnvoyBodies:
    @pytest.mark.parametrize(
        ("text", "name", "country", "org"),
        [
            (
                "Đại sứ Lào tại Việt Nam Khamla Souvanh phát biểu.",
                "Khamla Souvanh",
                "LA",
                "Lào tại Việt Nam",
            ),
            (
                "Đại sứ Thái Lan tại Việt Nam Somchai Prasert chào xã giao.",
                "Somchai Prasert",
                "TH",
                "Thái Lan tại Việt Nam",
            ),
            (
                "Tổng Lãnh sự Việt Nam tại Nam Ninh Hà Văn Tuấn phát biểu.",
                "Hà Văn Tuấn",
                "VN",
                "Việt Nam tại Nam Ninh",
            ),
        ],
    )
    def test_tai_and_the_host(self, text, name, country, org):
        """'Đại sứ <state> tại <host> <name>': the body ends at the host, the name follows."""
        (o,) = dipparse.parse(text).officials
        assert (o.name, o.country, [t.organization for t in o.titles]) == (name, country, [org])

    @pytest.mark.parametrize(
        ("text", "org"),
        [
            ("Phó Bí thư Tỉnh ủy Quảng Ninh tại Hội nghị.", "Tỉnh ủy Quảng Ninh"),
            ("Đại sứ tại Hà Nội.", None),
            ("Đại sứ Việt Nam tại buổi lễ nói.", "Việt Nam"),
        ],
    )
    def test_tai_only_for_envoys(self, text, org):
        """'tại' goes on with an envoy's body only, after its state and before a place."""
        (t,) = titles.find_titles(prepare(text))
        assert t.organization == org


class TestVietnameseBodiesOfOtherMinistries:
    @pytest.mark.parametrize(
        ("text", "name", "role", "org"),
        [
            (
                "Bộ trưởng Bộ Thương mại Trung Quốc Lưu Văn Đào phát biểu.",
                "Lưu Văn Đào",
                "minister of commerce",
                "Trung Quốc",
            ),
            (
                "Trưởng Ban Liên lạc Đối ngoại Trung ương Lưu Văn Đào phát biểu.",
                "Lưu Văn Đào",
                "head",
                "Liên lạc Đối ngoại Trung ương",
            ),
            (
                "Chủ tịch Tổng Liên đoàn Lao động Việt Nam Hà Văn Tuấn phát biểu.",
                "Hà Văn Tuấn",
                "chairman",
                "Tổng Liên đoàn Lao động Việt Nam",
            ),
            (
                "Bộ trưởng Bộ Công nghiệp Trung Quốc Lưu Văn Đào phát biểu.",
                "Lưu Văn Đào",
                "minister",
                "Bộ Công nghiệp Trung Quốc",
            ),
        ],
    )
    def test_body_and_name(self, text, name, role, org):
        """A body the vocabulary lists no ministry for is read whole, and the name after it kept.

        (``Bộ Thương mại`` is listed: its minister is the ``minister of
        commerce``, as ``Minister of Commerce`` gives in English.)
        """
        assert titles_of(text) == {name: [(role, org)]}

    @pytest.mark.parametrize(
        ("text", "org"),
        [
            ("Bộ trưởng Ngoại giao Trung Quốc phát biểu tại hội nghị.", "Trung Quốc"),
            ("Chủ tịch Quốc hội đối với vấn đề này.", "Quốc hội"),
        ],
    )
    def test_verb_ends_the_body(self, text, org):
        """A verb phrase after a body ('phát biểu', 'đối với') is no part of it."""
        (t,) = titles.find_titles(prepare(text))
        assert t.organization == org


class TestCambodianForeignMinister:
    @pytest.mark.parametrize(
        "text",
        [
            "He spoke with Minister of Foreign Affairs and International Cooperation Sok Vanna.",
            "Cambodia's Minister of Foreign Affairs and International Cooperation Sok Vanna spoke.",
        ],
    )
    def test_ministry_name(self, text):
        """Cambodia's 'Ministry of Foreign Affairs and International Cooperation' is a foreign minister's."""
        assert roles_of(text)["Sok Vanna"] == ["minister of foreign affairs"]


class TestSpacedDashInEnglishBody:
    @pytest.mark.parametrize(
        ("text", "name", "org"),
        [
            (
                "Chairman of the Vietnam - China Friendship Association Le Van Lam spoke.",
                "Le Van Lam",
                "Vietnam - China Friendship Association",
            ),
            (
                "Chairwoman of the Viet Nam – Laos Friendship Association Ha Thi Lan spoke.",
                "Ha Thi Lan",
                "Vietnam – Laos Friendship Association",
            ),
        ],
    )
    def test_dash_joins_two_states(self, text, name, org):
        """'Vietnam - China' with blanks around the dash is one body: the office reaches the name."""
        assert titles_of(text) == {name: [("chairman", org)]}

    @pytest.mark.parametrize(
        ("text", "org"),
        [
            ("Secretary of the Party Committee - and more.", "Party Committee"),
            ("Secretary of the Party Committee - we met.", "Party Committee"),
        ],
    )
    def test_dash_before_lower_case(self, text, org):
        """A dash before a lower-case word ends the body."""
        (t,) = titles.find_titles(prepare(text))
        assert t.organization == org


class TestPluralListEndsAtAnOffice:
    @pytest.mark.parametrize(
        ("text", "name", "roles"),
        [
            (
                "Deputy Prime Ministers Le Van Hoa and Ha Van Tuan, and Minister Dinh Van Lam attended.",
                "Dinh Van Lam",
                ["minister"],
            ),
            (
                "Deputy Prime Ministers Le Van Hoa and Ha Van Tuan, and Minister Dinh Van Lam attended.",
                "Ha Van Tuan",
                ["deputy prime minister"],
            ),
        ],
    )
    def test_next_office_is_no_name(self, text, name, roles):
        """The list of a plural office ends where another office starts: that office is no name."""
        got = roles_of(text)
        assert got[name] == roles
        assert not any(n.startswith("Minister") for n in got)


class TestVietnameseBareChairOfChina:
    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            ("Thủ tướng Lê Văn Hoà hội kiến Chủ tịch Tập Cận Bình.", "Xi Jinping", "president"),
            ("Chủ tịch Hồ Cẩm Đào phát biểu.", "Hu Jintao", "president"),
            ("Chủ tịch Quốc hội Trương Đức Giang phát biểu.", "Zhang Dejiang", "chairman"),
            ("Thủ tướng gặp Phó Chủ tịch Hàn Chính tại Nice.", "Han Zheng", "vice president"),
        ],
    )
    def test_bare_chu_tich(self, text, name, role):
        """'(Phó) Chủ tịch' without a body, of China's leader, is the (vice) president; with a body it stays."""
        assert roles_of(text)[name] == [role]


class TestPartyLeader:
    @pytest.mark.parametrize(
        "text",
        [
            "Vietnam Communist Party leader Le Van Hoa met them.",
            "Party leader Le Van Hoa met them.",
        ],
    )
    def test_party_leader(self, text):
        """'Party leader X' is the party's general secretary."""
        assert roles_of(text)["Le Van Hoa"] == ["general secretary"]


# Joiners (full stops, apostrophes) inside, between, before and after words.
_JOINER_TEXTS = [
    "U.S. and People's Republic",
    "a..b and c.'d",
    "x'.y, it's. 'Quoted' .5 and 3.5",
    ".start and end.",
    "'",
    "...",
    "a.b.c d'e'f o'clock.'",
    "Tô Lâm’s visit, Hà Nội. T.Ư ‘Ban’ Hà-Nội",
    "PM Chính, (Hà Nội)",
    "Mr. Lam's. Xi's' talks",
]


class TestSpacedView:
    @pytest.mark.parametrize("text", _JOINER_TEXTS)
    def test_keys_stand_at_the_words(self, text):
        """The spaced view holds each word's folded key at its offsets and blanks elsewhere."""
        p = prepare(text)
        expected = [" "] * len(p.text)
        for m in titles._TOKEN.finditer(p.text):
            expected[m.start() : m.end()] = p.lower[m.start() : m.end()]
        sp = titles._spaced(p)
        assert sp.s == "".join(expected)
        assert sp.padded == f" {sp.s} "

    @pytest.mark.parametrize("text", _JOINER_TEXTS)
    def test_heads_view_blanks_the_joiners(self, text):
        """The heads view is the padded view with every full stop and apostrophe blanked."""
        sp = titles._spaced(prepare(text))
        assert sp.heads_padded == sp.padded.translate(str.maketrans(".'", "  "))


class TestPortfolioBeforeMinister:
    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            ("Health Minister Dao Hong Lan spoke.", "Dao Hong Lan", "minister of health"),
            (
                "Industry and Trade Minister Nguyen Hong Dien spoke.",
                "Nguyễn Hồng Diên",
                "minister of industry and trade",
            ),
            ("Commerce Minister Wang Wentao spoke.", "Wang Wentao", "minister of commerce"),
            ("Education Minister Huai Jinpeng spoke.", "Huai Jinpeng", "minister of education"),
            (
                "Deputy Health Minister Do Xuan Tuyen spoke.",
                "Do Xuan Tuyen",
                "deputy minister of health",
            ),
        ],
    )
    def test_english(self, text, name, role):
        """``Health Minister X`` is the minister of health, as ``Minister of Health X`` is."""
        assert roles_of(text)[name] == [role]

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            (
                "Bộ trưởng Giáo dục Nguyễn Kim Sơn phát biểu.",
                "Nguyễn Kim Sơn",
                "minister of education and training",
            ),
            (
                "Thứ trưởng Văn hóa Hoàng Đạo Cương dự.",
                "Hoàng Đạo Cương",
                "deputy minister of culture, sports and tourism",
            ),
            (
                "Ngoại trưởng Hoa Kỳ Marco Rubio phát biểu.",
                "Marco Rubio",
                "minister of foreign affairs",
            ),
        ],
    )
    def test_vietnamese_short_forms(self, text, name, role):
        """The short names of ministries (``Bộ trưởng Giáo dục``) and ``Ngoại trưởng`` are offices."""
        assert roles_of(text)[name] == [role]


class TestMoreCountries:
    @pytest.mark.parametrize(
        ("text", "name", "country"),
        [
            ("Bộ trưởng Ngoại giao Australia Marise Payne phát biểu.", "Marise Payne", "AU"),
            ("Bộ trưởng Ngoại giao Ai Cập Badr Abdelatty phát biểu.", "Badr Abdelatty", "EG"),
            ("Turkish Foreign Minister Hakan Fidan spoke.", "Hakan Fidan", "TR"),
            ("Mongolian Foreign Minister Battsetseg Batmunkh spoke.", "Battsetseg Batmunkh", "MN"),
        ],
    )
    def test_country_of_the_office(self, text, name, country):
        """An office of a country beyond the region gives that country to an unknown holder."""
        assert {o.name: o.country for o in dipparse.parse(text).officials}[name] == country

    @pytest.mark.parametrize(
        "text",
        [
            "Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn phát biểu.",
            "Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh phát biểu.",
        ],
    )
    def test_words_of_vietnamese_ministries(self, text):
        """``Giáo dục`` is no ``Đức`` (Germany), ``Tư pháp`` no ``Pháp`` (France)."""
        assert [o.country for o in dipparse.parse(text).officials] == ["VN"]


class TestVietnameseHeadsOfState:
    @pytest.mark.parametrize(
        ("text", "name", "role", "country"),
        [
            ("Tổng thống Nga Vladimir Putin phát biểu.", "Vladimir Putin", "president", "RU"),
            ("Tổng thống Indonesia Prabowo Subianto dự.", "Prabowo Subianto", "president", "ID"),
            ("Phó Tổng thống Philippines Sara Duterte dự.", "Sara Duterte", "vice president", "PH"),
        ],
    )
    def test_tong_thong(self, text, name, role, country):
        """``Tổng thống`` is a president, of the country named after it."""
        (o,) = dipparse.parse(text).officials
        assert (o.name, o.roles, o.country) == (name, (role,), country)


class TestSharedBodies:
    @pytest.mark.parametrize(
        ("text", "name", "country"),
        [
            ("Chủ tịch Quốc hội Hàn Quốc Woo Won-shik phát biểu.", "Woo Won-shik", "KR"),
            ("Chủ tịch Quốc hội Timor Leste Maria Fernanda Lay dự.", "Maria Fernanda Lay", "TL"),
            ("Chủ tịch Quốc hội Trần Thanh Mẫn phát biểu.", "Trần Thanh Mẫn", "VN"),
        ],
    )
    def test_national_assembly_of_another_country(self, text, name, country):
        """A national assembly is Viet Nam's only where the body names no other country."""
        assert {o.name: o.country for o in dipparse.parse(text).officials} == {name: country}


class TestBodyDetails:
    @pytest.mark.parametrize(
        ("text", "name", "organization"),
        [
            (
                "Chairman of the People’s Committee of northern Lang Son province Nguyen Canh Toan spoke.",
                "Nguyễn Cảnh Toàn",
                "People’s Committee of northern Lang Son province",
            ),
            (
                "Secretary of the Party Committee of southern Tay Ninh province Nguyen Hong Linh spoke.",
                "Nguyen Hong Linh",
                "Party Committee of southern Tay Ninh province",
            ),
        ],
    )
    def test_region_adjective_in_body(self, text, name, organization):
        """``northern``, ``southern``... before a province stay in the body."""
        assert titles_of(text)[name] == [
            ("chairman" if "Chairman" in text else "secretary", organization)
        ]

    def test_unclosed_bracket_left_out(self):
        """A body never ends inside a bracket it opened: ``Region (China`` is ``Region``."""
        got = titles_of(
            "Wei Tao, Chairman of the Guangxi Zhuang Autonomous Region (China) on November 2, spoke."
        )
        assert got["Wei Tao"] == [("chairman", "Guangxi Zhuang Autonomous Region")]


class TestUnaccentedTextWithSymbols:
    @pytest.mark.parametrize("prefix", ["", "• ", "“Tin” "])
    def test_bullets_do_not_make_a_text_accented(self, prefix):
        """A Vietnamese text without diacritics reads its bodies the same with a bullet or curly quotes in it."""
        text = prefix + "Ong cam on Chu tich Dang Nhan dan Campuchia Hun Sen."
        assert titles_of(text) == {"Hun Sen": [("chairman", "Dang Nhan dan Campuchia")]}


class TestSecretariesGeneral:
    @pytest.mark.parametrize(
        ("text", "name", "role", "organization"),
        [
            (
                "Tổng Thư ký Quốc hội Lê Quang Mạnh phát biểu.",
                "Lê Quang Mạnh",
                "secretary-general",
                "Quốc hội",
            ),
            (
                "Ông gặp Ngô Chính Long, Phó Tổng Thư ký Quốc vụ viện.",
                "Wu Zhenglong",
                "deputy secretary-general",
                "Quốc vụ viện",
            ),
            (
                "Deputy Secretary-General Amina Mohammed spoke.",
                "Amina Mohammed",
                "deputy secretary-general",
                None,
            ),
        ],
    )
    def test_secretary_general(self, text, name, role, organization):
        """``Tổng Thư ký`` and ``Phó Tổng Thư ký`` (deputy secretary-general) are offices."""
        assert titles_of(text)[name] == [(role, organization)]

    def test_law_in_a_vietnamese_body(self):
        """``Ủy ban Chính trị Pháp luật`` is read whole (``luật`` is a body word)."""
        got = titles_of("Bí thư Ủy ban Chính trị Pháp luật Trung ương Trần Cẩm Tú phát biểu.")
        assert got == {"Trần Cẩm Tú": [("secretary", "Ủy ban Chính trị Pháp luật Trung ương")]}


class TestOpenBodyStops:
    def test_cong_tac_before_a_capital_is_part_of_the_body(self):
        """``Ủy ban công tác Đối ngoại Trung ương`` is read whole."""
        got = titles_of(
            "Chủ nhiệm Văn phòng Ủy ban công tác Đối ngoại Trung ương Vương Nghị tiếp đoàn."
        )
        assert got["Wang Yi"][0][1] == "Văn phòng Ủy ban công tác Đối ngoại Trung ương"

    def test_cong_tac_as_a_verb_ends_the_body(self):
        """``công tác tại`` (on a work trip in) still ends a body."""
        got = titles_of("Bí thư Tỉnh ủy Cao Bằng Trần Hồng Minh công tác tại Hà Nội.")
        assert got["Trần Hồng Minh"] == [("secretary", "Tỉnh ủy Cao Bằng")]


class TestLaoAndExecutiveBodies:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "President of the Lao People's Democratic Republic Thongloun Sisoulith spoke.",
                [("president", "Lao People's Democratic Republic")],
            ),
            (
                "General Secretary of the Central Executive Committee of the Lao People's"
                " Revolutionary Party, President of the Lao People's Democratic Republic"
                " Thongloun Sisoulith spoke.",
                [
                    (
                        "general secretary",
                        "Central Executive Committee of the Lao People's Revolutionary Party",
                    ),
                    ("president", "Lao People's Democratic Republic"),
                ],
            ),
        ],
    )
    def test_long_english_bodies(self, text, expected):
        """``Democratic``, ``Revolutionary`` and ``Executive`` are words of a body's name."""
        assert titles_of(text)["Thongloun Sisoulith"] == expected


class TestEnvoysAndAssistants:
    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            ("Đại biện lâm thời Trung Quốc Lý Minh dự.", "Lý Minh", "chargé d'affaires"),
            ("Chinese Chargé d'affaires Li Ming attended.", "Li Ming", "chargé d'affaires"),
            (
                "Trợ lý Bộ trưởng Ngoại giao Trung Quốc Hoa Xuân Doanh dự.",
                "Hua Chunying",
                "assistant minister of foreign affairs",
            ),
        ],
    )
    def test_roles(self, text, name, role):
        """A chargé d'affaires and an assistant minister are read as such (not as a minister)."""
        assert roles_of(text)[name] == [role]


class TestPartySecretaryGeneral:
    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            (
                "Secretary General of the Communist Party of Viet Nam Central Committee To Lam spoke.",
                "Tô Lâm",
                "general secretary",
            ),
            (
                "UN Secretary-General Antonio Guterres spoke.",
                "Antonio Guterres",
                "secretary-general",
            ),
            ("Tổng Thư ký Quốc hội Lê Quang Mạnh phát biểu.", "Lê Quang Mạnh", "secretary-general"),
        ],
    )
    def test_party_secretary_general_is_general_secretary(self, text, name, role):
        """A party's ``Secretary General`` is its general secretary; the UN's stays secretary-general."""
        assert roles_of(text)[name] == [role]


class TestChiefOfAnOffice:
    @pytest.mark.parametrize(
        ("text", "name", "expected"),
        [
            (
                "Chief of the Party Central Committee Office Le Hoai Trung attended.",
                "Lê Hoài Trung",
                [("head", "Party Central Committee Office")],
            ),
            (
                "Deputy Chief of the Government Office Nguyen Van Thanh attended.",
                "Nguyen Van Thanh",
                [("deputy head", "Government Office")],
            ),
            ("Chief Justice Le Minh Tri spoke.", "Lê Minh Trí", [("chief justice", None)]),
        ],
    )
    def test_chief_is_head(self, text, name, expected):
        """``Chief of the ... Office`` heads it; ``Chief Justice`` stays its own office."""
        assert titles_of(text)[name] == expected

    def test_chief_without_a_body_is_no_office(self):
        """``China's top diplomat and chief Wang Yi``: ``chief`` alone heads nothing."""
        assert titles_of("China's top diplomat and chief Wang Yi spoke.")["Wang Yi"] == []


_BODY_GAP_CASES = [
    # (text, role, organization, title as written)
    (
        "Secretary of the Communist Party of Vietnam Central\nCommittee Nguyen Van A said",
        "secretary",
        "Communist Party of Vietnam Central Committee",
        "Secretary of the Communist Party of Vietnam Central\nCommittee",
    ),
    (
        "Chairman of the Vietnam - China Friendship Association Nguyen Van A",
        "chairman",
        "Vietnam - China Friendship Association",
        "Chairman of the Vietnam - China Friendship Association",
    ),
    (
        "Minister of Foreign Affairs of China on Saturday",
        "minister of foreign affairs",
        "China",
        "Minister of Foreign Affairs of China",
    ),
    (
        "Secretary of the Party Central Committee's Commission for External Relations Le Hoai Trung",
        "secretary",
        "Party Central Committee's Commission for External Relations",
        "Secretary of the Party Central Committee's Commission for External Relations",
    ),
    (
        "Bí thư Thành ủy Hà Nội Trần Văn Tám phát biểu",
        "secretary",
        "Thành ủy Hà Nội",
        "Bí thư Thành ủy Hà Nội",
    ),
    (
        "Bí thư Tỉnh ủy Quảng Ninh Nguyễn Văn Thắng phát biểu",
        "secretary",
        "Tỉnh ủy Quảng Ninh",
        "Bí thư Tỉnh ủy Quảng Ninh",
    ),
]


class TestBodyWordByWord:
    @pytest.mark.parametrize(("text", "role", "organization", "written"), _BODY_GAP_CASES)
    def test_body_ends_where_it_should(self, text, role, organization, written):
        """A body runs over line feeds, spaced dashes and possessives and stops at a date or a name."""
        found = titles.find_titles(prepare(text))
        assert [(t.role, t.organization, text[t.start : t.end]) for t in found] == [
            (role, organization, written)
        ]

    def test_plain_body_words_are_nothing_else(self):
        """A word read as a plain body word is a body word and in no other vocabulary the body reads."""
        kinds = titles._body_word_kinds()
        v = titles._vocab()
        plain = {k for k, kind in kinds.items() if kind == titles._PLAIN_BODY_WORD}
        others = (
            set(titles._CONNECTORS)
            | titles._date_words()
            | set(titles._ranks())
            | set(titles._places_by_first())
            | v.org_words_vi
            | v.vi_org_keys
            | set(v.nationalities)
            | v.role_words
            | {"tai"}
        )
        assert plain == set(v.org_words) - others
        assert "committee" in plain


class TestHeadsIntersection:
    _TEXT = "Lam's talks at the G20 summit with Xi and Chinh in Ha Noi"

    def test_small_vocabulary(self):
        """A small vocabulary gives the words of the view it holds, and its words with digits."""
        heads = titles._spaced(prepare(self._TEXT)).heads
        assert sorted({"talks", "g20", "lam", "visit", "xi"} & heads) == [
            "g20",
            "lam",
            "talks",
            "xi",
        ]

    def test_large_vocabulary(self):
        """A large vocabulary gives every word of the view it holds."""
        heads = titles._spaced(prepare(self._TEXT)).heads
        vocab = frozenset({"talks", "lam", "visit", "xi", "chinh", "noi", "ha", "summit", "hanoi"})
        assert {"talks", "lam", "xi", "chinh", "noi", "ha", "summit"} <= (vocab & heads)
        assert not {"visit", "hanoi"} & (vocab & heads)

    def test_many_vocabularies(self):
        """Vocabularies read after the memory of vocabularies filled up are read right."""
        heads = titles._spaced(prepare(self._TEXT)).heads
        for k in range(80):
            vocab = frozenset(
                {f"w{k}x", "talks", "summit", "absent", *[f"z{k}z{j}" for j in range(9)]}
            )
            found = vocab & heads
            assert {"talks", "summit"} <= found
            assert "absent" not in found


class TestDoubleBlanksInBodies:
    def test_double_blank_inside_a_body(self):
        """Two blanks between a body's words (as scraped pages have) do not end it."""
        got = titles_of(
            "General Secretary of the Communist Party  of Vietnam Central Committee To Lam spoke."
        )
        assert got["Tô Lâm"] == [
            ("general secretary", "Communist Party of Vietnam Central Committee")
        ]


class TestVietnameseBodyWithSpacedDash:
    @pytest.mark.parametrize(
        ("text", "name", "role", "organization"),
        [
            (
                "Trưởng Ban Tuyên giáo - Dân vận Trung ương Ngô Văn Kiên phát biểu.",
                "Ngô Văn Kiên",
                "head",
                "Tuyên giáo - Dân vận Trung ương",
            ),
            (
                "Phó trưởng ban Tuyên giáo - Dân vận Tỉnh ủy Lạng Sơn Hoàng Thị Mai dự.",
                "Hoàng Thị Mai",
                "deputy head",
                "Tuyên giáo - Dân vận Tỉnh ủy Lạng Sơn",
            ),
            (
                "Vụ trưởng Vụ Trung Quốc – Đông Bắc Á Nguyễn Văn Hòa tham dự.",
                "Nguyễn Văn Hòa",
                "director",
                "Vụ Trung Quốc – Đông Bắc Á",
            ),
            (
                "Chủ tịch Hội Hữu nghị Việt Nam - Campuchia Đặng Văn Tường phát biểu.",
                "Đặng Văn Tường",
                "chairman",
                "Hội Hữu nghị Việt Nam - Campuchia",
            ),
        ],
    )
    def test_dash_inside_the_body(self, text, name, role, organization):
        """A dash between blanks inside a Vietnamese body (``Tuyên giáo - Dân vận``) does not end it."""
        assert titles_of(text)[name] == [(role, organization)]

    def test_dash_before_another_office(self):
        """``<office> X - Phó Thủ tướng Y``: the dash before an office ends the first body."""
        got = titles_of("Bộ trưởng Bộ Ngoại giao Lê Văn Tâm - Phó Thủ tướng Trần Văn Hòa dự.")
        assert got["Trần Văn Hòa"] == [("deputy prime minister", None)]

    def test_politburo_member_keeps_every_office(self):
        """A stack ending in a dashed body gives its holder every office of the stack."""
        got = roles_of(
            "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo - Dân vận"
            " Trung ương Ngô Văn Kiên."
        )
        assert got["Ngô Văn Kiên"] == ["member of the politburo", "secretary", "head"]


class TestVietnameseBodyStopWords:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Quốc hội phê chuẩn Phó Thủ tướng gồm các ông Lê Văn An và Trần Văn Bình.",
                [("deputy prime minister", None)],
            ),
            (
                "Bộ trưởng Ngoại giao Trung Quốc ông Vương Nghị đến Hà Nội.",
                [("minister of foreign affairs", "Trung Quốc")],
            ),
        ],
    )
    def test_word_ends_the_body(self, text, expected):
        """``gồm``, ``ông`` are no words of a Vietnamese body."""
        p = prepare(text)
        starts = frozenset(i for i in (text.find("Lê Văn"), text.find("Vương")) if i >= 0)
        got = [(h.role, h.organization) for h in titles.find_titles(p, name_starts=starts)]
        assert got == expected


class TestMinistriesWithCommas:
    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            (
                "Minister of Information, Culture and Tourism Khampheng Saysompheng spoke.",
                "Khampheng Saysompheng",
                "minister of information, culture and tourism",
            ),
            (
                "Deputy Minister of Information, Culture, and Tourism Khampheng Saysompheng spoke.",
                "Khampheng Saysompheng",
                "deputy minister of information, culture and tourism",
            ),
            (
                "Cambodian Minister of Agriculture, Forestry and Fisheries Chan Sophal attended.",
                "Chan Sophal",
                "minister of agriculture, forestry and fisheries",
            ),
            (
                "Minister of Education, Youth and Sport Chea Dara attended.",
                "Chea Dara",
                "minister of education, youth and sport",
            ),
        ],
    )
    def test_ministry_whose_name_holds_commas(self, text, name, role):
        """A Lao or Cambodian ministry named with commas gives its minister's office, and no other person."""
        assert roles_of(text) == {name: [role]}


class TestDefenceMinistryWithoutNational:
    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            (
                "Minister of Defence General Phan Van Giang met the delegation.",
                "Phan Văn Giang",
                "minister of national defense",
            ),
            (
                "Deputy Minister of Defense Hoang Xuan Chien met the delegation.",
                "Hoang Xuan Chien",
                "deputy minister of national defense",
            ),
        ],
    )
    def test_minister_of_defence(self, text, name, role):
        """``Minister of Defence`` is the minister of national defense; a rank after it is no portfolio."""
        assert roles_of(text) == {name: [role]}


class TestCommanders:
    @pytest.mark.parametrize(
        ("text", "name", "expected"),
        [
            (
                "Commander of the Vietnam Coast Guard Lieut. Gen. Le Quang Dao met the envoy.",
                "Le Quang Dao",
                [("commander", "Vietnam Coast Guard")],
            ),
            (
                "Deputy Commander-in-Chief of the Royal Cambodian Armed Forces Gen. Mao Sophan spoke.",
                "Mao Sophan",
                [("deputy commander-in-chief", "Royal Cambodian Armed Forces")],
            ),
            (
                "Tư lệnh Bộ đội Biên phòng Trung tướng Lê Văn Hải tiếp đoàn.",
                "Lê Văn Hải",
                [("commander", "Bộ đội Biên phòng")],
            ),
            (
                "Phó Tư lệnh Cảnh sát biển Việt Nam Nguyễn Văn Tâm dự.",
                "Nguyễn Văn Tâm",
                [("deputy commander", "Cảnh sát biển Việt Nam")],
            ),
            (
                "Tư lệnh Quân khu 2 Phạm Văn Hòa tiếp đoàn.",
                "Phạm Văn Hòa",
                [("commander", "Quân khu 2")],
            ),
        ],
    )
    def test_commander_and_unit(self, text, name, expected):
        """A commander's office and unit, English or Vietnamese (``Tư lệnh Quân khu 2``)."""
        assert titles_of(text)[name] == expected

    def test_commander_as_a_common_noun(self):
        """``the commander said`` names no one."""
        assert titles_of("The commander said the drill was a success.") == {}


class TestViceSecretary:
    def test_vice_secretary_is_deputy_secretary(self):
        """``Vice Secretary of the Central Military Commission`` is its deputy secretary."""
        got = titles_of("Vice Secretary of the Central Military Commission Phan Van Giang spoke.")
        assert got["Phan Văn Giang"] == [("deputy secretary", "Central Military Commission")]


class TestVietnameseBodyWithCua:
    @pytest.mark.parametrize(
        ("text", "name", "expected"),
        [
            (
                "Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Vũ Hải Hà hội kiến đoàn.",
                "Vũ Hải Hà",
                [("chairman", "Ủy ban Đối ngoại của Quốc hội")],
            ),
            (
                "Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội Nguyễn Minh Tâm dự.",
                "Nguyễn Minh Tâm",
                [("vice chairman", "Ủy ban Kinh tế của Quốc hội")],
            ),
        ],
    )
    def test_cua_before_a_capitalized_body_word(self, text, name, expected):
        """``của`` (of) before a capitalized word goes on with a Vietnamese body."""
        assert titles_of(text)[name] == expected

    def test_cua_before_a_lower_case_word(self):
        """``của`` before a lower-case word ends the body."""
        got = titles_of("Bộ trưởng Ngoại giao Lê Văn Tâm dự lễ của các nước.")
        assert got["Lê Văn Tâm"] == [("minister of foreign affairs", None)]


class TestForeignNameAfterVietnameseOffice:
    @pytest.mark.parametrize(
        ("text", "name", "role", "body"),
        [
            (
                "Tổng thống Martin Ellwood phát biểu tại lễ đón.",
                "Martin Ellwood",
                "president",
                None,
            ),
            (
                "Đón đoàn có Bộ trưởng Bộ Ngoại giao Khamsouk Vongphachanh.",
                "Khamsouk Vongphachanh",
                "minister of foreign affairs",
                None,
            ),
            ("Đại sứ Katrin Holmberg trình quốc thư.", "Katrin Holmberg", "ambassador", None),
            ("Chủ tịch Vingroup Phạm Văn Lộc phát biểu.", "Phạm Văn Lộc", "chairman", "Vingroup"),
            ("Chủ tịch Samsung Lee Jae-won phát biểu.", "Lee Jae-won", "chairman", "Samsung"),
        ],
    )
    def test_name_is_no_body(self, text, name, role, body):
        """A capitalized word no Vietnamese syllable spells, before another such, starts a name, not a body."""
        got = {
            o.name: [(t.role, t.organization) for t in o.titles]
            for o in dipparse.parse(text).officials
        }
        assert got[name] == [(role, body)]

    @pytest.mark.parametrize(
        ("text", "name", "expected"),
        [
            (
                "Bộ trưởng Chủ nhiệm Văn phòng Chính phủ Trần Văn Lộc phát biểu.",
                "Trần Văn Lộc",
                [("minister", None), ("chairman", "Văn phòng Chính phủ")],
            ),
            (
                "Chủ nhiệm Văn phòng Chủ tịch nước Lê Văn Lộc báo cáo.",
                "Lê Văn Lộc",
                [("chairman", "Văn phòng Chủ tịch nước")],
            ),
            (
                "Tiếp theo là Chủ nhiệm Văn phòng Thủ tướng Bounthavy Sengsouvanh.",
                "Bounthavy Sengsouvanh",
                [("chairman", "Văn phòng Thủ tướng")],
            ),
            (
                "Tổng Bí thư Đảng Nhân dân Cách mạng Lào Bounthavy Sengsouvanh dự.",
                "Bounthavy Sengsouvanh",
                [("general secretary", "Đảng Nhân dân Cách mạng Lào")],
            ),
        ],
    )
    def test_office_words_in_a_body(self, text, name, expected):
        """A second office after 'Bộ trưởng' is no body; 'Văn phòng Chủ tịch nước' and 'Cách mạng' are."""
        got = {
            o.name: [(t.role, t.organization) for t in o.titles]
            for o in dipparse.parse(text).officials
        }
        assert got[name] == expected


class TestVietnameseBodyWithVa:
    @pytest.mark.parametrize(
        ("text", "body"),
        [
            (
                "Bộ trưởng Bộ Giáo dục và Thể thao Khamsouk Vongphachanh dự.",
                "Bộ Giáo dục và Thể thao",
            ),
            (
                "Bo truong Bo Giao duc va The thao Khamsouk Vongphachanh du.",
                "Bo Giao duc va The thao",
            ),
        ],
    )
    def test_va_joins_a_body(self, text, body):
        """'và' before a capitalized body word and its lower-case syllable joins one body."""
        (off,) = dipparse.parse(text).officials
        assert [t.organization for t in off.titles] == [body]

    @pytest.mark.parametrize(
        ("text", "name", "roles"),
        [
            (
                "Ông Lê Văn Tám, Chủ tịch Ủy ban Hữu nghị và Phu nhân đã dự.",
                "Lê Văn Tám",
                ["chairman"],
            ),
            (
                "Bộ trưởng Bộ Ngoại giao và Bộ trưởng Bộ Công an Lê Văn Tám dự.",
                "Lê Văn Tám",
                ["minister of foreign affairs", "minister of public security"],
            ),
        ],
    )
    def test_va_before_an_office_or_spouse(self, text, name, roles):
        """'và' before an office or 'Phu nhân' joins no body."""
        offs = {o.name: o for o in dipparse.parse(text).officials}
        assert list(offs[name].roles) == roles
        for o in offs.values():
            assert all("Phu" not in (t.organization or "") for t in o.titles)


class TestSameOfficeAcrossLanguages:
    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            ("He met Interior Minister Keo Sothy.", "Keo Sothy", "minister of home affairs"),
            ("He met Minister of the Interior Keo Sothy.", "Keo Sothy", "minister of home affairs"),
            (
                "Bộ trưởng Bộ Thương mại Campuchia Keo Sothy dự.",
                "Keo Sothy",
                "minister of commerce",
            ),
            (
                "He met President of the Central Committee of the Lao Front for National Construction Bounmy Keosavang.",
                "Bounmy Keosavang",
                "chairman",
            ),
        ],
    )
    def test_role(self, text, name, role):
        """Interior is home affairs, Bộ Thương mại is commerce, a front's president is its chairman."""
        got = {o.name: list(o.roles) for o in dipparse.parse(text).officials}
        assert got[name] == [role]
