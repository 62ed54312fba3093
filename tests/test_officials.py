from __future__ import annotations

import datetime

import pytest

import dipparse
from dipparse import Gazetteer, Person


def people(text: str, **kw) -> dict[str, dipparse.Official]:
    return {o.name: o for o in dipparse.parse(text, **kw).officials}


class TestSpellingFamilies:
    @pytest.mark.parametrize(
        ("text", "surface"),
        [
            ("Party chief Tô Lâm left for Laos.", "Tô Lâm"),
            ("Party chief To Lam left for Laos.", "To Lam"),
            ("PARTY CHIEF TO LAM LEFT FOR LAOS.", "TO LAM"),
            ("Party chief T Lm left for Laos.", "T Lm"),
            ("Party chief TÃ´ LÃ¢m left for Laos.", "TÃ´ LÃ¢m"),
            ("越共中央总书记苏林 left for Laos.", "苏林"),
        ],
    )
    def test_one_person(self, text, surface):
        """Every spelling of Tô Lâm gives one official with the diacritic name."""
        o = people(text)["Tô Lâm"]
        assert o.ascii == "To Lam" and o.country == "VN"
        assert surface in [m.text for m in o.mentions]

    @pytest.mark.parametrize(
        "text",
        ["2024年习近平会见苏林。", "10月习近平会见苏林", "Năm 2024年习近平会见苏林."],
    )
    def test_han_names_after_digits(self, text):
        """Han names right after a number ("2024年") are found: digits and Han make one word."""
        found = people(text)
        assert {"Xi Jinping", "Tô Lâm"} <= set(found)
        for o in found.values():
            assert all(text[m.start : m.end] == m.text for m in o.mentions)
        assert [m.text for m in found["Tô Lâm"].mentions] == ["苏林"]

    def test_short_forms(self):
        """Short references (given name, with or without accents, damaged) attach to the person."""
        for text, short in [
            ("Tô Lâm arrived. Lâm said ties were strong.", "Lâm"),
            ("To Lam arrived. Lam said ties were strong.", "Lam"),
            ("T Lm arrived. Lm said ties were strong.", "Lm"),
        ]:
            mentions = [m.text for m in people(text)["Tô Lâm"].mentions]
            assert short in mentions

    def test_chinese_family_name(self):
        """A Chinese leader is referred to by the family name."""
        o = people("Li Qiang met the delegation. Li said trade had grown.")["Li Qiang"]
        assert [m.text for m in o.mentions] == ["Li Qiang", "Li"]

    def test_sino_vietnamese_reading(self):
        """Vietnamese press names Xi Jinping 'Tập Cận Bình': one official, name in pinyin."""
        o = people(
            "Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình phát biểu. Đồng chí Tập Cận Bình nhấn mạnh."
        )["Xi Jinping"]
        assert o.country == "CN" and [m.text for m in o.mentions] == [
            "Tập Cận Bình",
            "Tập Cận Bình",
        ]

    def test_one_identity_across_spellings(self):
        """Different spellings in one text merge into one official."""
        offs = dipparse.parse(
            "Tô Lâm met Xi Jinping. 习近平 welcomed To Lam. Xi said. Lam said."
        ).officials
        assert [(o.name, len(o.mentions)) for o in offs] == [("Tô Lâm", 3), ("Xi Jinping", 3)]

    def test_mention_spans_are_honest(self):
        """Every mention is an exact slice of the text, even after repair."""
        text = "Party chief TÃ´ LÃ¢m and Pha\u0323m Minh Chi\u0301nh met. Lâm spoke."
        for o in dipparse.parse(text).officials:
            for m in o.mentions:
                assert text[m.start : m.end] == m.text


class TestUnknownPeople:
    def test_introduced_by_office(self):
        """A person not in the gazetteer is found when an office introduces them."""
        o = people(
            "Vice Chairman of the Lạng Sơn People's Committee Đoàn Thu Hà received them. Hà said."
        )["Đoàn Thu Hà"]
        assert o.country == "VN" and o.roles == ("vice chairman",)
        assert [m.text for m in o.mentions] == ["Đoàn Thu Hà", "Hà"]

    def test_apposition_and_chinese_short_name(self):
        """An unknown Chinese official in apposition, then by family name."""
        o = people(
            "They met Zhou Wenbin, secretary of the Nanning Municipal Party Committee. Zhou said."
        )["Zhou Wenbin"]
        assert o.country == "CN" and [m.text for m in o.mentions] == ["Zhou Wenbin", "Zhou"]

    def test_spouse_and_comrade(self):
        """'his wife' and 'Comrade' introduce people."""
        p = people("Comrade Lê Văn Hiến attended with his wife Phạm Thị Hoa.")
        assert set(p) == {"Lê Văn Hiến", "Phạm Thị Hoa"}

    def test_country_from_office(self):
        """An unknown person's country comes from the office the text gives."""
        assert people("Guangxi Party Secretary Mo Jianwei spoke.")["Mo Jianwei"].country == "CN"

    def test_not_a_place(self):
        """Names inside the name of a place or building are not people."""
        assert people("They visited the Ho Chi Minh Mausoleum and Ho Chi Minh City.") == {}

    @pytest.mark.parametrize(
        "place",
        [
            "Thành phố Hồ Chí Minh",
            "thành phố Hồ Chí Minh",
            "TP Hồ Chí Minh",
            "TP. Hồ Chí Minh",
            "thanh pho Ho Chi Minh",
            "Học viện Chính trị quốc gia Hồ Chí Minh",
            "tỉnh Lê Văn Hiến",
        ],
    )
    def test_not_a_place_vietnamese(self, place):
        """A name after a Vietnamese place or institution word (thành phố, TP., quốc gia) is no person."""
        g = Gazetteer([Person("Hồ Chí Minh", "VN"), Person("Phạm Bình Minh", "VN")])
        got = people(
            f"Sáng 16/9, tại {place}, Phó Thủ tướng Phạm Bình Minh tiếp đoàn.", gazetteer=g
        )
        assert list(got) == ["Phạm Bình Minh"]

    @pytest.mark.parametrize(
        "text",
        [
            "Trưởng Ban Đối ngoại Trung ương Đảng Lê Văn Hiến tiếp đoàn.",
            "Trưởng Ban Đối ngoại Trung ương ĐẢNG Lê Văn Hiến tiếp đoàn.",
        ],
    )
    def test_party_is_no_family_name(self, text):
        """``Đảng`` (the Party) folds as the family name ``Đặng`` does, but ends a body, not a name."""
        g = Gazetteer([Person("Lê Văn Hiến", "VN")])
        assert [m.text for m in people(text, gazetteer=g)["Lê Văn Hiến"].mentions] == [
            "Lê Văn Hiến"
        ]

    def test_capitalized_body_word_is_no_family_name(self):
        """``Mại`` of ``Bộ Thương Mại`` folds to the family name Mai, but is spelled otherwise."""
        g = Gazetteer([Person("Vương Minh", "CN")])
        got = people("Vương Minh, Bộ Trưởng Bộ Thương Mại Trung Quốc, phát biểu.", gazetteer=g)
        assert list(got) == ["Vương Minh"]
        assert [(t.role, t.organization) for t in got["Vương Minh"].titles] == [
            ("minister of commerce", "Trung Quốc")
        ]

    def test_family_name_before_a_known_name(self):
        """Written as the family name ``Đặng``, the word starts a longer name, not the known one."""
        g = Gazetteer([Person("Lê Văn Hiến", "VN")])
        assert list(people("Ông Đặng Lê Văn Hiến tiếp đoàn.", gazetteer=g)) == ["Đặng Lê Văn Hiến"]

    def test_person_after_other_words(self):
        """The words of a place read as such only right before the name: a minister stays a person."""
        g = Gazetteer([Person("Phạm Bình Minh", "VN")])
        assert list(people("Bộ trưởng Phạm Bình Minh tiếp đoàn.", gazetteer=g)) == [
            "Phạm Bình Minh"
        ]
        assert list(people("Ông Phạm Bình Minh. Phạm Bình Minh nói.", gazetteer=g)) == [
            "Phạm Bình Minh"
        ]

    def test_han_name_gets_pinyin(self):
        """An unknown person written in Han characters gets a pinyin name."""
        g = Gazetteer([Person("Placeholder Person", "CN")])
        offs = dipparse.parse(
            "Ambassador 王小明 met the press. His wife 李红 too.", gazetteer=g
        ).officials
        assert [(o.name, o.ascii, [m.text for m in o.mentions]) for o in offs] == [
            ("Wang Xiaoming", "Wang Xiaoming", ["王小明"]),
            ("Li Hong", "Li Hong", ["李红"]),
        ]


class TestAmbiguity:
    def test_short_name_by_proximity(self):
        """A short name that fits two people goes to the nearest preceding one in its paragraph."""
        offs = {
            o.name: [m.text for m in o.mentions]
            for o in dipparse.parse(
                "Chen Wenqing met Chen Gang. Chen said the talks were good."
            ).officials
        }
        assert offs["Chen Gang"] == ["Chen Gang", "Chen"]
        assert offs["Chen Wenqing"] == ["Chen Wenqing"]

    def test_ambiguous_short_name_without_context_is_left_out(self):
        """With no preceding mention in the paragraph, an ambiguous short name is not attached."""
        offs = dipparse.parse(
            "Chen Wenqing met Chen Gang.\n\nChen said the talks were good."
        ).officials
        assert all("Chen" not in [m.text for m in o.mentions] for o in offs)

    def test_damaged_form_fitting_two_people_is_unresolved(self):
        """'L Minh Hng' fits Lê Minh Hưng and Lê Minh Hương: it is not repaired into either."""
        assert "Lê Minh Hương" not in people("Deputy L Minh Hng spoke.")
        assert "Lê Minh Hưng" not in people("Deputy L Minh Hng spoke.")

    def test_same_name_picked_by_office_date(self):
        """Two known people spelled alike are told apart by who held office on the article's date."""
        g = Gazetteer(
            [
                Person(
                    "Nguyễn Văn A",
                    "VN",
                    offices=(dipparse.Office("secretary", None, "2000", "2005"),),
                ),
                Person(
                    "Nguyen Van A", "LA", offices=(dipparse.Office("minister", None, "2020", None),)
                ),
            ]
        )
        (o,) = dipparse.parse(
            "Nguyen Van A spoke.", published=datetime.date(2022, 1, 1), gazetteer=g
        ).officials
        assert o.country == "LA"


class TestVietnameseText:
    TEXT = (
        "Sáng 19/8, tại Bắc Kinh, Tổng Bí thư, Chủ tịch nước Tô Lâm hội đàm với Tổng Bí thư, "
        "Chủ tịch Trung Quốc Tập Cận Bình. Đồng chí Tập Cận Bình nhấn mạnh quan hệ hai nước. "
        "Thủ tướng Lý Cường hội kiến Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn."
    )

    def test_people_and_roles(self):
        """A Vietnamese article gives the same officials and roles as its English rendering."""
        got = {o.name: (o.country, o.roles) for o in dipparse.parse(self.TEXT).officials}
        assert got == {
            "Tô Lâm": ("VN", ("general secretary", "president")),
            "Xi Jinping": ("CN", ("general secretary", "president")),
            "Li Qiang": ("CN", ("premier",)),
            "Bùi Thanh Sơn": ("VN", ("deputy prime minister", "minister of foreign affairs")),
        }

    def test_folded_text_restores_names(self):
        """The ASCII-folded article gives the same people, names restored with diacritics."""
        folded = dipparse.fold(self.TEXT)
        got = {o.name: o.roles for o in dipparse.parse(folded).officials}
        assert set(got) == {"Tô Lâm", "Xi Jinping", "Li Qiang", "Bùi Thanh Sơn"}
        assert got["Bùi Thanh Sơn"] == ("deputy prime minister", "minister of foreign affairs")

    def test_sino_vietnamese_surface_kept(self):
        """The Vietnamese surface of a Chinese leader is among the mentions; the name is pinyin."""
        xi = {o.name: o for o in dipparse.parse(self.TEXT).officials}["Xi Jinping"]
        assert [m.text for m in xi.mentions] == ["Tập Cận Bình", "Tập Cận Bình"]


class TestVietnameseShortNames:
    def test_word_is_not_a_short_name(self):
        """In Vietnamese text a given name that is also a word (Chính phủ, Bộ Chính trị) is not a mention."""
        text = "Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ với Ủy viên Bộ Chính trị."
        (o,) = dipparse.parse(text).officials
        assert [m.text for m in o.mentions] == ["Phạm Minh Chính"]

    def test_short_name_after_office(self):
        """'Thủ tướng Chính' is a short reference: the office introduces it."""
        text = "Thủ tướng Phạm Minh Chính tiếp đoàn. Thủ tướng Chính cảm ơn."
        (o,) = dipparse.parse(text).officials
        assert [m.text for m in o.mentions] == ["Phạm Minh Chính", "Chính"]

    def test_body_reaches_known_name(self):
        """A Vietnamese body with lower-case words runs up to the known name it precedes."""
        text = (
            "Ủy viên Bộ Chính trị, Phó Thủ tướng Quốc vụ viện Trung Quốc Đinh Tiết Tường phát biểu."
        )
        (o,) = dipparse.parse(text).officials
        # "Phó Thủ tướng Quốc vụ viện" is the State Council's vice premier, as in English.
        assert (o.name, o.roles) == (
            "Ding Xuexiang",
            ("member of the politburo", "vice premier"),
        )


class TestIntroductions:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Guests included Mrs. Đinh Thị Hạnh from Huế.", "Đinh Thị Hạnh"),
            ("A speech by Dr Phan Văn Quý opened the day.", "Phan Văn Quý"),
            ("Madame Vương Thu Trang thanked the hosts.", "Vương Thu Trang"),
            ("Đoàn do bà Đinh Thị Hạnh dẫn đầu.", "Đinh Thị Hạnh"),
            ("Đoàn do Đồng chí Phan Văn Quý dẫn đầu.", "Phan Văn Quý"),
            ("He came with her husband Vương Văn Tài.", "Vương Văn Tài"),
            ("He thanked him.Comrade Lò Văn Khánh then spoke.", "Lò Văn Khánh"),
        ],
    )
    def test_introduced(self, text, name):
        """Forms of address and 'his wife'/'her husband' introduce a person, even glued to a full stop."""
        assert set(people(text)) == {name}

    @pytest.mark.parametrize(
        "text",
        [
            "Among the strong delegation was Vương Thu Trang's team.",
            "The wife of the chef, Vương Thu Trang's sister, was there.",
        ],
    )
    def test_not_introduced(self, text):
        """Words that merely contain a form of address ('among', 'strong') introduce no one."""
        assert people(text) == {}


class TestReadingShortcuts:
    """The pre-checks that skip work must not skip a name."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("He met Mr. Tran Van Nam.", "Tran Van Nam"),
            ("(Comrade Vo Van Hai spoke.)", "Vo Van Hai"),
            ("Ông Nguyễn Văn An phát biểu.", "Nguyễn Văn An"),
            ("His wife Le Thi Hoa came.", "Le Thi Hoa"),
        ],
    )
    def test_introduced_name_found(self, text: str, name: str) -> None:
        """A name after a form of address is read wherever the form stands."""
        assert name in [o.name for o in dipparse.parse(text).officials]

    def test_pair_prefixes_cover_every_key(self) -> None:
        """Every indexed spelling of two words starts with a pair the matcher accepts."""
        g = Gazetteer([Person("Ngô Phương Ly", "VN"), Person("Xi Jinping", "CN")])
        pairs, compact = g._pair_prefixes()
        assert {"ngo phuong", "xi jinping", "ngo phuong ly", "ng phng"} <= pairs
        assert "xijin" in compact
        assert "lam son" not in pairs


class TestFamilyNameAsEnglishWord:
    @pytest.mark.parametrize(
        "text",
        [
            "Deputy Minister of Foreign Affairs To Van Hung met the delegation.",
            "They met To Van Hung, Deputy Minister of Foreign Affairs.",
            "Bộ trưởng Ngoại giao Tô Văn Hùng đã tiếp đoàn.",
        ],
    )
    def test_to_is_a_family_name(self, text):
        """'To' (Tô) leads a name when Vietnamese syllables follow it."""
        (o,) = people(text).values()
        assert o.name in ("To Van Hung", "Tô Văn Hùng")
        assert o.roles and o.roles[0].endswith("minister of foreign affairs")

    @pytest.mark.parametrize(
        "text",
        [
            "Deputy Prime Minister To Visit Japan Next Week",
            "Ambassador To Viet Nam Arrives In Ha Noi",
            "The Minister To Meet Counterparts",
        ],
    )
    def test_to_in_a_headline(self, text):
        """In a title-case headline 'To' is the English word, not a name."""
        assert people(text) == {}


class TestAppositions:
    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            (
                "Minister Le Van Hoa met them. Hoa, who is also a member of the Politburo, spoke.",
                "Le Van Hoa",
                "member of the politburo",
            ),
            (
                "Wang Ming met them. Wang, also general secretary of the CPC Central Committee, spoke.",
                "Wang Ming",
                "general secretary",
            ),
            (
                "They met Zhou Wenbin, also secretary of the Nanning Municipal Party Committee.",
                "Zhou Wenbin",
                "secretary",
            ),
        ],
    )
    def test_also_and_article(self, text, name, role):
        """', also <office>' and ', who is also a <office>' give the office to the name before."""
        g = Gazetteer([Person("Le Van Hoa", "VN"), Person("Wang Ming", "CN")])
        assert role in people(text, gazetteer=g)[name].roles


class TestFormsOfAddress:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "Ms Pham Thu Hang, spokesperson of the Ministry of Foreign Affairs, answered.",
                "Phạm Thu Hằng",
            ),
            ("Mr Le Van Hoa, Deputy Minister of Trade, spoke.", "Le Van Hoa"),
        ],
    )
    def test_not_part_of_the_name(self, text, name):
        """A form of address before a name in apposition is not part of the name."""
        assert list(people(text)) == [name]


class TestSpellingWithDiacritics:
    def gazetteer(self):
        return Gazetteer([Person("Lê Văn Thành", "VN"), Person("Nguyễn Hòa Bình", "VN")])

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Thứ trưởng Lê Văn Thanh dự.", "Lê Văn Thanh"),
            ("Deputy Minister Lê Văn Thanh attended.", "Lê Văn Thanh"),
            ("Phó Thủ tướng Lê Văn Thành dự.", "Lê Văn Thành"),
            ("Deputy PM Le Van Thanh attended.", "Lê Văn Thành"),
            ("Deputy PM Nguyễn Hoà Bình attended.", "Nguyễn Hòa Bình"),
        ],
    )
    def test_other_diacritics_are_another_person(self, text, name):
        """A name written with other diacritics than a known person's is someone else; ASCII and tone placement still match."""
        assert list(people(text, gazetteer=self.gazetteer())) == [name]

    def test_gazetteer_in_ascii_matches_any_diacritics(self):
        """A person listed without diacritics matches the name written with them."""
        g = Gazetteer([Person("Le Van Hoa", "VN")])
        assert list(people("Minister Lê Văn Hòa spoke.", gazetteer=g)) == ["Le Van Hoa"]


class TestPronounIsNoShortName:
    def test_he_is_a_pronoun(self):
        """'He said' after He Wei is named is the pronoun; 'Ambassador He' is He Wei."""
        g = Gazetteer([Person("He Wei", "CN")])
        text = "Ambassador He Wei attended. He said ties were strong. Ambassador He left."
        (o,) = people(text, gazetteer=g).values()
        assert [m.text for m in o.mentions] == ["He Wei", "He"]
        assert text[o.mentions[1].start :].startswith("He left")


class TestVietnameseIntroductions:
    def test_comrade_before_an_office(self):
        """'đồng chí Tổng Bí thư X': the office follows the form of address, no person 'Tổng Bí'."""
        g = Gazetteer([Person("Wang Ming", "CN", aliases=("Vương Minh",))])
        got = people("Ông chuyển lời thăm hỏi đến đồng chí Tổng Bí thư Vương Minh.", gazetteer=g)
        assert list(got) == ["Wang Ming"]
        assert got["Wang Ming"].roles == ("general secretary",)

    def test_npc_chairman_in_vietnamese(self):
        """'Ủy viên trưởng Nhân đại toàn quốc' is the NPC's chairman."""
        g = Gazetteer([Person("Wang Ming", "CN", aliases=("Vương Minh",))])
        got = people("Ủy viên trưởng Nhân đại toàn quốc Vương Minh dự.", gazetteer=g)
        assert got["Wang Ming"].roles == ("chairman",)

    @pytest.mark.parametrize(
        ("text", "roles"),
        [
            ("Thủ tướng Việt Nam hội đàm với Thủ tướng Vương Minh.", ("premier",)),
            ("Phó Thủ tướng Vương Minh dự.", ("vice premier",)),
        ],
    )
    def test_chinese_prime_minister_in_vietnamese(self, text, roles):
        """'Thủ tướng' of a Chinese official is a premier, as English names the office."""
        g = Gazetteer([Person("Wang Ming", "CN", aliases=("Vương Minh",))])
        assert people(text, gazetteer=g)["Wang Ming"].roles == roles


class TestDashAppositions:
    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            (
                "The delegation was led by Wang Ming – member of the Political Bureau of the CPC Central Committee.",
                "Wang Ming",
                "member of the politburo",
            ),
            (
                "He received Le Van Hoa - Secretary of the Quang Ninh Provincial Party Committee.",
                "Le Van Hoa",
                "secretary",
            ),
            (
                "Ông Wang Ming - Ủy viên Bộ Chính trị, Trưởng Ban Tuyên giáo - phát biểu.",
                "Wang Ming",
                "member of the politburo",
            ),
        ],
    )
    def test_known_name(self, text, name, role):
        """'X – <office>': a dash between blanks sets off an apposition, as a comma does."""
        g = Gazetteer([Person("Le Van Hoa", "VN"), Person("Wang Ming", "CN")])
        assert role in people(text, gazetteer=g)[name].roles

    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            (
                "The delegation was led by Zhou Wenbin – secretary of the Nanning Municipal Party Committee.",
                "Zhou Wenbin",
                "secretary",
            ),
        ],
    )
    def test_unknown_name(self, text, name, role):
        """An unknown name before '– <office>' is read as a person."""
        assert people(text)[name].roles == (role,)

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("HANOI – Prime Minister Le Van Hoa met them.", "Le Van Hoa"),
            ("Talks: Wang Ming – President Le Van Hoa.", "Le Van Hoa"),
        ],
    )
    def test_office_before_a_name_goes_forward(self, text, name):
        """An office right before a name is that name's, dash before it or not."""
        g = Gazetteer([Person("Le Van Hoa", "VN"), Person("Wang Ming", "CN")])
        got = {n: o.roles for n, o in people(text, gazetteer=g).items()}
        assert got[name] and not got.get("Wang Ming")

    @pytest.mark.parametrize(
        "text",
        [
            "HÀ NỘI – Vietnamese PM asks for closer ties with Guangxi.",
            "ĐÀ NẴNG – Chinese Ambassador calls for more flights.",
        ],
    )
    def test_dateline_place_is_no_person(self, text):
        """A listed place before a dash (a dateline) is not read as a person."""
        assert people(text) == {}


class TestBareMinisterIsTheSameOffice:
    @pytest.mark.parametrize(
        ("text", "name", "roles"),
        [
            (
                "Foreign Minister Wang Ming arrived. Minister Wang Ming said the talks went well.",
                "Wang Ming",
                ("minister of foreign affairs",),
            ),
            (
                "Bộ trưởng Ngoại giao Lê Văn Hoà đến. Bộ trưởng Lê Văn Hoà cho biết.",
                "Lê Văn Hoà",
                ("minister of foreign affairs",),
            ),
            (
                "Deputy Foreign Minister Le Van Hoa arrived. Deputy Minister Le Van Hoa spoke.",
                "Le Van Hoa",
                ("deputy minister of foreign affairs",),
            ),
        ],
    )
    def test_bare_office_left_out(self, text, name, roles):
        """'Minister X' after 'Foreign Minister X' gives no second office 'minister'."""
        assert people(text)[name].roles == roles

    @pytest.mark.parametrize(
        ("text", "name", "roles"),
        [
            ("Minister Le Van Hoa spoke.", "Le Van Hoa", ("minister",)),
            (
                "Deputy Prime Minister and Minister Le Van Hoa spoke.",
                "Le Van Hoa",
                ("deputy prime minister", "minister"),
            ),
        ],
    )
    def test_bare_office_alone_kept(self, text, name, roles):
        """A bare 'minister' with no portfolio given elsewhere stays."""
        assert people(text)[name].roles == roles


class TestVietnameseListsOfPeople:
    @pytest.mark.parametrize(
        ("text", "name", "role", "country"),
        [
            (
                "Đoàn có các đồng chí: Hà Văn Tuấn, Phó Chủ tịch Quốc hội; Lưu Thị Mai, Bí thư Tỉnh ủy Cao Bằng.",
                "Hà Văn Tuấn",
                "vice chairman",
                "VN",
            ),
            (
                "Đoàn có các đồng chí: Hà Văn Tuấn, Phó Chủ tịch Quốc hội; Lưu Thị Mai, Bí thư Tỉnh ủy Cao Bằng.",
                "Lưu Thị Mai",
                "secretary",
                "VN",
            ),
            (
                "Phía Trung Quốc có: Kim Đại Long, Bộ trưởng Bộ Công nghiệp Trung Quốc.",
                "Kim Đại Long",
                "minister",
                "CN",
            ),
            (
                "Thành phần đoàn:\nHà Văn Tuấn, Phó Chủ tịch Quốc hội.",
                "Hà Văn Tuấn",
                "vice chairman",
                "VN",
            ),
        ],
    )
    def test_item_of_a_list(self, text, name, role, country):
        """An unknown name that starts an item of a list of people holds the offices after its comma."""
        o = people(text)[name]
        assert (o.roles[0], o.country) == (role, country)

    @pytest.mark.parametrize(
        "text",
        [
            "Thủ tướng gặp Hà Văn Tuấn, Phó Chủ tịch Quốc hội Lưu Thị Mai.",
            "Hội nghị Cao Bằng, Bí thư Tỉnh ủy phát biểu.",
        ],
    )
    def test_not_an_item(self, text):
        """A name before ', <office>' in running Vietnamese text is no holder of that office."""
        got = people(text)
        assert "Hà Văn Tuấn" not in got and "Cao Bằng" not in got


class TestHardWrappedText:
    @pytest.mark.parametrize(
        ("text", "name", "roles", "mention"),
        [
            (
                "talks with Prime Minister Le Van Hoa, President Tran\nDuc Luong and others.",
                "Trần Đức Lương",
                ("president",),
                "Tran\nDuc Luong",
            ),
            (
                "talks with General Secretary of the Central Committee of the Communist Party of\n"
                "Vietnam Nong Duc Manh yesterday.",
                "Nông Đức Mạnh",
                ("general secretary",),
                "Nong Duc Manh",
            ),
        ],
    )
    def test_line_feed_inside(self, text, name, roles, mention):
        """A known name or an English body wrapped onto the next line is read whole."""
        o = people(text)[name]
        assert (o.roles, o.mentions[0].text) == (roles, mention)
        assert "Duc Luong" not in people(text)


class TestShortNameAfterFormOfAddress:
    @pytest.mark.parametrize(
        ("text", "name", "short"),
        [
            ("Wang Ming spoke first. Mr Wang said ties are good.", "Wang Ming", "Wang"),
            ("Le Van Hoa spoke first. Mr Hoa said ties are good.", "Lê Văn Hoà", "Hoa"),
            ("Lê Văn Hoà phát biểu. Ông Hoà cho biết.", "Lê Văn Hoà", "Hoà"),
            ("Comrade Le Van Hoa spoke. Comrade Hoa said.", "Lê Văn Hoà", "Hoa"),
        ],
    )
    def test_short_name_read(self, text, name, short):
        """A short name right after 'Mr', 'Ông', 'Comrade' is a mention of the person."""
        g = Gazetteer([Person("Lê Văn Hoà", "VN"), Person("Wang Ming", "CN")])
        assert short in [m.text for m in people(text, gazetteer=g)[name].mentions]


class TestListOfPeopleWithAppositions:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "He met Le Van Hoa, member of the Politburo, and Vice President Ha Thi Lan.",
                {"Le Van Hoa": ("member of the politburo",), "Ha Thi Lan": ("vice president",)},
            ),
            (
                "He met Wang Ming, member of the Politburo and Foreign Minister, and President Le Van Hoa.",
                {
                    "Wang Ming": ("member of the politburo", "minister of foreign affairs"),
                    "Le Van Hoa": ("president",),
                },
            ),
            (
                "Guests included Wang Ming, member of the Politburo and Vice Premier,"
                " Chinese Ambassador to Vietnam Hua Wen, and others.",
                {
                    "Wang Ming": ("member of the politburo", "vice premier"),
                    "Hua Wen": ("ambassador",),
                },
            ),
        ],
    )
    def test_split_at_comma_and(self, text, expected):
        """'A, <office>, and <office> B' or 'A, <office>, <Chinese office> B': A's offices, then B's."""
        g = Gazetteer([Person("Wang Ming", "CN")])
        got = {n: o.roles for n, o in people(text, gazetteer=g).items()}
        assert got == expected

    @pytest.mark.parametrize(
        ("text", "name", "roles"),
        [
            (
                "Deputy Prime Minister, and Foreign Minister Le Van Hoa spoke.",
                "Le Van Hoa",
                ("deputy prime minister", "minister of foreign affairs"),
            ),
            (
                "Tổng Bí thư Tô Lâm, Ủy viên Bộ Chính trị, Thủ tướng Lê Văn Hoà dự.",
                "Lê Văn Hoà",
                ("member of the politburo", "prime minister"),
            ),
            (
                "They met Wang Ming, member of the Politburo, Chinese Vice Premier, on Monday.",
                "Wang Ming",
                ("member of the politburo", "vice premier"),
            ),
        ],
    )
    def test_no_split(self, text, name, roles):
        """Without a name before (or in Vietnamese order) the stack stays the next name's."""
        assert people(text)[name].roles == roles


class TestCountryOfAnUnknownPerson:
    @pytest.mark.parametrize(
        ("text", "country"),
        [
            ("Ông Lưu Văn Hải, Ủy viên trưởng Nhân đại Trung Quốc, phát biểu.", "CN"),
            ("Ông Lưu Văn Hải, Ủy viên Quốc vụ, phát biểu.", "CN"),
            ("Ông Lưu Văn Hải, Bộ trưởng Ngoại giao, phát biểu.", "VN"),
        ],
    )
    def test_office_country_wins_over_the_family_name(self, text, country):
        """An office's own country beats the guess from the family name (Lưu is Vietnamese too)."""
        (o,) = dipparse.parse(text).officials
        assert o.country == country


class TestBodyWordsAreNoName:
    @pytest.mark.parametrize(
        "text",
        [
            "He was met by officials of the Ministry of Foreign Affairs, Chinese Ambassador Hua Wen and others.",
            "He thanked the National Assembly, Vice Chairman Hua Wen and others.",
        ],
    )
    def test_body_before_an_office(self, text):
        """Capitalized words of a body's name before ', <office>' are no person."""
        assert list(people(text)) == ["Hua Wen"]

    def test_vietnamese_name_of_body_syllables(self):
        """A Vietnamese name whose syllables are also body words (Tran, Thanh, Son) is still one."""
        got = people("Deputy Minister Tran Thanh Son, Chinese Ambassador Hua Wen and others.")
        assert list(got) == ["Tran Thanh Son", "Hua Wen"]


class TestNameSetOffAfterTheOffice:
    @pytest.mark.parametrize(
        ("text", "name", "roles", "country"),
        [
            (
                "The Minister of Foreign Affairs, Le Van Hoa, and others met.",
                "Le Van Hoa",
                ("minister of foreign affairs",),
                "VN",
            ),
            (
                "The Foreign Minister of Laos, Khamla Souvanh, said so.",
                "Khamla Souvanh",
                ("minister of foreign affairs",),
                "LA",
            ),
            ("He met the Prime Minister, Wang Ming.", "Wang Ming", ("prime minister",), "CN"),
        ],
    )
    def test_set_off_by_commas(self, text, name, roles, country):
        """'<office>, X,' with no name right after the office: X holds it."""
        g = Gazetteer([Person("Le Van Hoa", "VN"), Person("Wang Ming", "CN")])
        o = people(text, gazetteer=g)[name]
        assert (o.roles, o.country) == (roles, country)

    @pytest.mark.parametrize(
        "text",
        [
            "He became Prime Minister, Hoa said.",
            "The Foreign Minister, Vietnam Airlines, and others met.",
        ],
    )
    def test_not_set_off(self, text):
        """A name not closed by punctuation, or a body, is no holder of the office before it."""
        g = Gazetteer([Person("Le Van Hoa", "VN")])
        assert all(not o.roles for o in people(text, gazetteer=g).values())


class TestMilitaryRankBeforeTheName:
    @pytest.mark.parametrize(
        ("text", "name", "roles"),
        [
            (
                "Minister of National Defence General Le Van Hoa met them.",
                "Le Van Hoa",
                ("minister of national defense",),
            ),
            (
                "Deputy Minister of National Defence Sen. Lt. Gen. Ha Van Tuan spoke.",
                "Ha Van Tuan",
                ("deputy minister of national defense",),
            ),
            (
                "Bộ trưởng Quốc phòng Đại tướng Hà Văn Tuấn tiếp đoàn.",
                "Hà Văn Tuấn",
                ("minister of national defense",),
            ),
            (
                "Thứ trưởng Bộ Quốc phòng Thượng tướng Hà Văn Tuấn phát biểu.",
                "Hà Văn Tuấn",
                ("deputy minister of national defense",),
            ),
        ],
    )
    def test_rank_between_office_and_name(self, text, name, roles):
        """A military rank between an office and a name: the office is the name's, the rank no office."""
        got = people(text)
        assert got[name].roles == roles
        assert [t.organization for t in got[name].titles] == [None]


class TestKnownNameInsideALongerName:
    @pytest.mark.parametrize(
        "text",
        [
            "Chief of the General Staff Nguyen Tan Cuong spoke.",
            "Senior Lieutenant General Nguyễn Tân Cương phát biểu.",
        ],
    )
    def test_tail_of_a_longer_name(self, text):
        """A known name that ends a longer Vietnamese name (Tan Cuong of Nguyen Tan Cuong) is not that person."""
        assert "Qin Gang" not in people(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Foreign Minister Tần Cương met them.",
            "President Tran Dai Quang met Qin Gang.",
        ],
    )
    def test_known_name_alone(self, text):
        """The same known name after an office or a verb is read."""
        assert "Qin Gang" in people(text)


class TestHyphenatedGivenNames:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("President Yoon Suk-yeol met them.", "Yoon Suk-yeol"),
            ("Chairman Woo Won-shik met them.", "Woo Won-shik"),
        ],
    )
    def test_lower_case_part_after_hyphen(self, text, name):
        """A given name written with a hyphen and a lower-case part (``Suk-yeol``) stays whole."""
        assert name in people(text)


class TestCambodianHonorifics:
    @pytest.mark.parametrize(
        "text",
        [
            "Prime Minister Samdech Techo Hun Sen met them.",
            "Thủ tướng Campuchia Samdech Techo Hun Sen phát biểu.",
            "Premier Li Keqiang held talks with his Cambodian counterpart, Samdech Techo Hun Sen.",
        ],
    )
    def test_honorific_is_no_person(self, text):
        """``Samdech Techo`` is an honorific: Hun Sen is the one person, with the office."""
        found = people(text)
        assert "Samdech Techo" not in found
        assert found["Hun Sen"].roles == ("prime minister",)


class TestLaoShortNames:
    def test_family_name_alone(self):
        """A Lao leader named in full is found again by the family name alone (``Sisoulith``)."""
        o = people(
            "Tô Lâm welcomed Lao President Thongloun Sisoulith. Lâm thanked Sisoulith for the visit."
        )["Thongloun Sisoulith"]
        assert [m.text for m in o.mentions] == ["Thongloun Sisoulith", "Sisoulith"]

    def test_given_name_alone(self):
        """The given name alone (``Thongloun``) still is a mention."""
        o = people("Lao President Thongloun Sisoulith arrived. Thongloun said.")[
            "Thongloun Sisoulith"
        ]
        assert [m.text for m in o.mentions] == ["Thongloun Sisoulith", "Thongloun"]


class TestAssistants:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Trợ lý Tổng Bí thư Trần Văn Cường dự buổi tiếp.", "Trần Văn Cường"),
            ("Assistant to the Prime Minister Tran Van Cuong attended.", "Tran Van Cuong"),
            ("Thư ký Thủ tướng Nguyễn Văn Bình dự.", "Nguyễn Văn Bình"),
        ],
    )
    def test_assistant_holds_no_office_of_the_one_assisted(self, text, name):
        """The assistant of a General Secretary is named, but is no General Secretary."""
        assert people(text)[name].roles == ()

    def test_envoy_of_a_leader(self):
        """``Đặc phái viên của Tổng Bí thư ... X``: X is the General Secretary."""
        got = people("Ông là Đặc phái viên của Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình.")
        assert got["Xi Jinping"].roles == ("general secretary", "president")


class TestNamesWithCurlyPossessive:
    @pytest.mark.parametrize("text", ["To Lam’s visit to Beijing ended.", "He met To Lam’s wife."])
    def test_ascii_name_with_curly_apostrophe(self, text):
        """A name written without diacritics is found whatever its apostrophe (``To Lam’s``)."""
        assert "Tô Lâm" in people(text)


class TestOfficeGivenByAPronoun:
    def test_since_he_was_appointed(self):
        """``X's visit, his first since he was appointed party chief``: X holds the office."""
        text = (
            "To Lam’s visit to Beijing, his first overseas trip since he was appointed party"
            " chief early this month, signals a desire for closer ties."
        )
        assert people(text)["Tô Lâm"].roles == ("general secretary",)


class TestServesAs:
    def test_who_also_serves_as(self):
        """``X, who also serves as Chairman of ...``: X holds that office too."""
        text = (
            "At a reception, Bùi Thanh Sơn, who also serves as Chairman of the Việt Nam – China"
            " Steering Committee for Bilateral Cooperation, said."
        )
        (t,) = people(text)["Bùi Thanh Sơn"].titles
        assert (t.role, t.organization) == (
            "chairman",
            "Vietnam – China Steering Committee for Bilateral Cooperation",
        )


class TestBodyHeadNounsAreNoName:
    @pytest.mark.parametrize(
        "body",
        [
            "Royal Cambodian Armed Forces",
            "China Public Diplomacy Association",
            "Soong Ching Ling Foundation",
            "Vietnam Coast Guard",
            "Vietnam Airlines Corporation",
            "Eastern Theatre Command",
            "Vietnam Cooperative Alliance",
        ],
    )
    def test_body_after_an_office_is_no_person(self, body):
        """The last words of a body after an office (``Armed Forces``) are no person's name."""
        got = people(f"Tran Quoc Hung, deputy head of the {body}, met Deputy Minister Le Van Binh.")
        assert sorted(got) == ["Le Van Binh", "Tran Quoc Hung"]

    @pytest.mark.parametrize(
        ("text", "name", "organization"),
        [
            (
                "Vice Chairman of the Vietnam Oil and Gas Group Tran Van Cuong attended.",
                "Tran Van Cuong",
                "Vietnam Oil and Gas Group",
            ),
            (
                "Director of the China Railway Engineering Corporation Wang Jun attended.",
                "Wang Jun",
                "China Railway Engineering Corporation",
            ),
        ],
    )
    def test_holder_named_after_the_body(self, text, name, organization):
        """A body whose words include ``Oil``, ``Gas``, ``Engineering`` still leads to its holder."""
        (t,) = people(text)[name].titles
        assert t.organization == organization


class TestFormOfAddressAfterTheOffice:
    @pytest.mark.parametrize(
        ("text", "name", "role", "organization"),
        [
            (
                "Thủ tướng tiếp Bộ trưởng Ngoại giao Trung Quốc ông Vương Nghị tại Hà Nội.",
                "Wang Yi",
                "minister of foreign affairs",
                "Trung Quốc",
            ),
            (
                "Chủ tịch nước tiếp Đại sứ Lào bà Khamphao Ernthavanh tại Phủ Chủ tịch.",
                "Khamphao Ernthavanh",
                "ambassador",
                "Lào",
            ),
            ("Chinese Ambassador Mr. Xiong Bo spoke at the event.", "Xiong Bo", "ambassador", None),
        ],
    )
    def test_office_goes_past_the_form_of_address(self, text, name, role, organization):
        """``<office> ông X``: the office is X's, and ``ông`` is no part of its body."""
        (t,) = people(text)[name].titles
        assert (t.role, t.organization) == (role, organization)


class TestFamilyNameAfterAnOffice:
    @pytest.mark.parametrize(
        ("text", "name", "short"),
        [
            (
                "Prime Minister Pham Minh Chinh met the delegation. Prime Minister Pham said trade grew.",
                "Phạm Minh Chính",
                "Pham",
            ),
            (
                "NA Chairman Tran Thanh Man met Zhao Leji. Chairman Tran called for closer ties.",
                "Trần Thanh Mẫn",
                "Tran",
            ),
            (
                "Deputy Minister Nguyen Quoc Dung spoke. Deputy Minister Nguyen added a word.",
                "Nguyen Quoc Dung",
                "Nguyen",
            ),
        ],
    )
    def test_family_name_is_a_mention(self, text, name, short):
        """Once named in full, a Vietnamese official is referred to by family name after an office."""
        assert [m.text for m in people(text)[name].mentions][-1] == short

    def test_family_name_alone_is_no_mention(self):
        """Without an office before it, a Vietnamese family name alone refers to no one."""
        got = people(
            "Prime Minister Pham Minh Chinh met the delegation. Pham later said trade grew."
        )
        assert [m.text for m in got["Phạm Minh Chính"].mentions] == ["Pham Minh Chinh"]

    def test_two_of_one_family(self):
        """Two officials of one family: the one named last before it in the paragraph."""
        text = (
            "Deputy Prime Minister Tran Hong Ha and Deputy Prime Minister Tran Luu Quang"
            " attended. Deputy Prime Minister Tran spoke first."
        )
        got = people(text)
        assert [m.text for m in got["Trần Lưu Quang"].mentions] == ["Tran Luu Quang", "Tran"]
        assert [m.text for m in got["Trần Hồng Hà"].mentions] == ["Tran Hong Ha"]


class TestVietnamesePluralOffices:
    @pytest.mark.parametrize(
        ("text", "names", "role"),
        [
            (
                "Thủ tướng Lý Cường cùng các Phó Thủ tướng Đinh Tiết Tường và Hà Lập Phong dự họp.",
                ["Ding Xuexiang", "He Lifeng"],
                "vice premier",
            ),
            (
                "Dự lễ có các Phó Thủ tướng Trần Hồng Hà, Lê Thành Long và Hồ Đức Phớc.",
                ["Trần Hồng Hà", "Lê Thành Long", "Hồ Đức Phớc"],
                "deputy prime minister",
            ),
            (
                "Hai Bộ trưởng Nguyễn Văn Tâm và Trần Quốc Bình ký biên bản.",
                ["Nguyễn Văn Tâm", "Trần Quốc Bình"],
                "minister",
            ),
            (
                "Cac Pho Thu tuong Tran Hong Ha va Nguyen Van Hai du hop.",
                ["Tran Hong Ha", "Nguyen Van Hai"],
                "deputy prime minister",
            ),
        ],
    )
    def test_each_name_of_the_list_holds_the_office(self, text, names, role):
        """``các Phó Thủ tướng X và Y``: X and Y both hold the office."""
        got = {key: o for o in people(text).values() for key in (o.name, o.ascii)}
        for name in names:
            assert role in got[name].roles


class TestChinesePlacesInVietnamese:
    @pytest.mark.parametrize(
        "text",
        [
            "Ông Trương Quốc Thanh từng là bí thư tỉnh ủy Liêu Ninh.",
            "Đoàn đã thăm tỉnh Cát Lâm và thành phố Thẩm Dương.",
            "Bí thư Tỉnh ủy Hắc Long Giang tiếp đoàn.",
        ],
    )
    def test_province_is_no_person(self, text):
        """A Chinese province or city written in Vietnamese (``Liêu Ninh``) is no person."""
        got = people(text)
        assert not any(n in got for n in ("Liêu Ninh", "Cát Lâm", "Thẩm Dương", "Hắc Long Giang"))


class TestChineseFamilyNameHe:
    @pytest.mark.parametrize(
        ("text", "name", "role"),
        [
            (
                "He Baoxiang, vice-chairman of the National Committee of the CPPCC, visited Laos.",
                "He Baoxiang",
                "vice chairman",
            ),
            (
                "Vice Chairman He Jianguo met the Vietnamese delegation.",
                "He Jianguo",
                "vice chairman",
            ),
            (
                "Present were He Rong, Minister of Justice, and others.",
                "He Rong",
                "minister of justice",
            ),
        ],
    )
    def test_unknown_name_led_by_he(self, text, name, role):
        """``He`` followed by a pinyin given name is a family name, not the pronoun."""
        assert people(text)[name].roles == (role,)

    @pytest.mark.parametrize(
        "text",
        [
            "He Said He Would Visit Hanoi, a minister said.",
            "He Also Met Officials, the envoy said.",
        ],
    )
    def test_pronoun_before_an_english_word(self, text):
        """``He`` before an English word (``He Said``) is the pronoun: no person is read."""
        assert not any(name.startswith("He ") for name in people(text))

    def test_short_name_with_apposition(self):
        """``He, also a member of ...`` after ``He Lifeng``: a mention, though ``He`` is a pronoun."""
        text = (
            "Chinese Vice Premier He Lifeng met the minister. He, also a member of the Political"
            " Bureau of the CPC Central Committee, said trade grew. He added that ties were good."
        )
        mentions = [m.text for m in people(text)["He Lifeng"].mentions]
        assert mentions == ["He Lifeng", "He"]


class TestServingAsApposition:
    @pytest.mark.parametrize(
        ("text", "name", "roles"),
        [
            (
                "Tran Van Hai, concurrently serving as Minister of Justice, spoke.",
                "Tran Van Hai",
                ("minister of justice",),
            ),
            (
                "Bounnhang Vorachith, also serving as President, attended the ceremony.",
                "Bounnhang Vorachith",
                ("president",),
            ),
        ],
    )
    def test_serving_as_sets_off_an_office(self, text, name, roles):
        """``X, (also) serving as <office>``: X holds the office."""
        assert people(text)[name].roles == roles

    def test_office_before_a_short_name_is_no_part_of_it(self):
        """``President Thongloun, also serving as ...``: the office before the short name is no name."""
        text = (
            "Lao leader Thongloun Sisoulith arrived. President Thongloun, also serving as"
            " Secretary General of the Lao People's Revolutionary Party Central Committee, spoke."
        )
        got = people(text)
        assert list(got) == ["Thongloun Sisoulith"]
        assert got["Thongloun Sisoulith"].roles == ("president", "general secretary")


class TestDoctorBeforeTheName:
    def test_doctor_between_office_and_name(self):
        """``Deputy Prime Minister Dr. X``: the title of address is passed over."""
        got = people("Cambodian Deputy Prime Minister Dr. Hang Chuon Naron met the envoy.")
        assert got["Hang Chuon Naron"].roles == ("deputy prime minister",)


class TestShortNameAfterARank:
    @pytest.mark.parametrize(
        ("text", "name", "short"),
        [
            (
                "Defence Minister Phan Van Giang met the envoy. General Giang said ties were good.",
                "Phan Văn Giang",
                "Giang",
            ),
            (
                "Defence Minister Dong Jun arrived. Senior Lieutenant General Dong said ties were good.",
                "Dong Jun",
                "Dong",
            ),
        ],
    )
    def test_rank_before_a_short_name(self, text, name, short):
        """``General Giang``: a military rank before a short name is no part of a longer name."""
        mentions = [m.text for m in people(text)[name].mentions]
        assert len(mentions) == 2 and mentions[1] == short


class TestHonorificsAndLegislatures:
    @pytest.mark.parametrize(
        ("text", "name", "titles", "country"),
        [
            (
                "They met the Chairman of the Lao Front for National Construction, H.E. Bounmy Keosavang.",
                "Bounmy Keosavang",
                [("chairman", "Lao Front for National Construction")],
                "LA",
            ),
            (
                "Cambodian Prime Minister Samdech Moha Borvor Thipadei Hun Manet spoke.",
                "Hun Manet",
                [("prime minister", None)],
                "KH",
            ),
            (
                "They later met Cambodian Senate Speaker Chea Sokhom.",
                "Chea Sokhom",
                [("chairman", "Senate")],
                "KH",
            ),
            (
                "He greeted Keo Sothy, President of Cambodia’s National Assembly.",
                "Keo Sothy",
                [("chairman", "National Assembly")],
                "KH",
            ),
            (
                "He met Deputy Commander-in-Chief of the Royal Cambodian Armed Forces Keo Sothy.",
                "Keo Sothy",
                [("deputy commander-in-chief", "Royal Cambodian Armed Forces")],
                "KH",
            ),
        ],
    )
    def test_office_reaches_the_name(self, text, name, titles, country):
        """Honorifics (H.E., Samdech ...), speakers, commanders and a possessive country."""
        offs = {o.name: o for o in dipparse.parse(text).officials}
        assert [(t.role, t.organization) for t in offs[name].titles] == titles
        assert offs[name].country == country
        assert all(" " not in o.name or o.name == name for o in offs.values())

    @pytest.mark.parametrize(
        "text",
        [
            "The keynote speaker Anna Bell spoke first.",
            "The Royal Cambodian Armed Forces held a drill.",
        ],
    )
    def test_no_office_without_a_body(self, text):
        """'speaker' without a body is no office; a body's words are no person."""
        assert [o.name for o in dipparse.parse(text).officials] == []


class TestSharedBodyCountry:
    @pytest.mark.parametrize(
        ("text", "name", "country"),
        [
            ("He met National Assembly President Keo Sothy.", "Keo Sothy", None),
            ("He met National Assembly Chairman Tran Van Tam.", "Tran Van Tam", "VN"),
            ("Chủ tịch Quốc hội Trần Văn Tám phát biểu.", "Trần Văn Tám", "VN"),
        ],
    )
    def test_vietnams_default_needs_a_vietnamese_name(self, text, name, country):
        """A body Viet Nam shares with others gives VN only to a name of Vietnamese syllables."""
        offs = {o.name: o for o in dipparse.parse(text).officials}
        assert offs[name].country == country


class TestUnitedStatesInVietnamese:
    @pytest.mark.parametrize(
        "text",
        [
            "Tổng thống Mỹ Daniel Brooks phát biểu.",
            "Bộ trưởng Ngoại giao điện đàm với Ngoại trưởng Mỹ Daniel Brooks.",
        ],
    )
    def test_my_is_the_united_states(self, text):
        """'Mỹ' in a Vietnamese office's body gives the United States."""
        offs = {o.name: o for o in dipparse.parse(text).officials}
        assert offs["Daniel Brooks"].country == "US"


class TestRouteNamedForAPlace:
    @pytest.mark.parametrize(
        "text",
        [
            "They signed an MoU on the Phnom Penh-Bavet expressway and Ho Chi Minh-Moc Bai expressway.",
            "Work began on Ho Chi Minh-Moc Bai expressway last year.",
        ],
    )
    def test_route_is_no_person(self, text):
        """A name joined by a hyphen to another place before a route noun names the route's end."""
        assert [o.name for o in dipparse.parse(text).officials] == []

    def test_person_still_read(self):
        """The person of that name, with no route after it, is still read."""
        offs = dipparse.parse("President Ho Chi Minh founded the party.").officials
        assert [o.name for o in offs] == ["Hồ Chí Minh"]


class TestForeignLegislaturesAndMinistries:
    @pytest.mark.parametrize(
        ("text", "name", "titles", "country"),
        [
            (
                "Thai Speaker Wan Muhamad Noor Matha met Chairman Tran Thanh Man.",
                "Wan Muhamad Noor Matha",
                [("chairman", None)],
                "TH",
            ),
            (
                "He met Thai Senate President Mongkol Surasajja in Bangkok.",
                "Mongkol Surasajja",
                [("chairman", "Senate")],
                "TH",
            ),
            (
                "He met President of the Thai Senate Mongkol Surasajja in Bangkok.",
                "Mongkol Surasajja",
                [("chairman", "Thai Senate")],
                "TH",
            ),
            (
                "He met Chairman of the Thai National Assembly Wan Muhamad Noor Matha.",
                "Wan Muhamad Noor Matha",
                [("chairman", "Thai National Assembly")],
                "TH",
            ),
            (
                "Speaker of the Thai House Wan Muhamad Noor Matha received the delegation.",
                "Wan Muhamad Noor Matha",
                [("chairman", "Thai House")],
                "TH",
            ),
            (
                "Bộ trưởng Bộ Thông tin, Văn hóa và Du lịch Lào Suanesavanh Vignaket tiếp đoàn.",
                "Suanesavanh Vignaket",
                [("minister", "Bộ Thông tin, Văn hóa và Du lịch Lào")],
                "LA",
            ),
            (
                "Bộ trưởng Bộ Công chính và Vận tải Lào Viengsavath Siphandone tiếp đoàn.",
                "Viengsavath Siphandone",
                [("minister", "Bộ Công chính và Vận tải Lào")],
                "LA",
            ),
            (
                "New Zealand Prime Minister Christopher Luxon met him in Auckland.",
                "Christopher Luxon",
                [("prime minister", None)],
                "NZ",
            ),
            (
                "He met US Secretary of State Marco Rubio and Peruvian President Dina Boluarte.",
                "Marco Rubio",
                [("secretary of state", None)],
                "US",
            ),
            (
                "Peruvian President Dina Boluarte and Swiss President Karin Keller-Sutter spoke.",
                "Dina Boluarte",
                [("president", None)],
                "PE",
            ),
            (
                "He met Chairman of the Vietnam–Laos Intergovernmental Committee Le Van Hung.",
                "Le Van Hung",
                [("chairman", "Vietnam–Laos Intergovernmental Committee")],
                "VN",
            ),
            (
                "Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây Trần Cương tiếp đoàn.",
                "Chen Gang",
                [("secretary", "Khu ủy Khu tự trị dân tộc Choang Quảng Tây")],
                "CN",
            ),
            (
                "Chủ tịch Chính quyền Khu tự trị dân tộc Choang Quảng Tây Vi Thao tiếp đoàn.",
                "Wei Tao",
                [("chairman", "Chính quyền Khu tự trị dân tộc Choang Quảng Tây")],
                "CN",
            ),
            (
                "Bộ trưởng Bộ Du lịch Campuchia Huot Hak tiếp đoàn.",
                "Huot Hak",
                [("minister", "Bộ Du lịch Campuchia")],
                "KH",
            ),
        ],
    )
    def test_office_and_country(self, text, name, titles, country):
        """A nationality names a speaker's legislature and a body's country; a Vietnamese
        ministry's fields (``Thông tin``, ``Du lịch``) are read as its name."""
        offs = {o.name: o for o in dipparse.parse(text).officials}
        assert [(t.role, t.organization) for t in offs[name].titles] == titles
        assert offs[name].country == country

    @pytest.mark.parametrize(
        "text",
        [
            "Chinese chief negotiator Li Chenggang said talks went well.",
            "The Thai keynote speaker Anna Bell spoke first.",
        ],
    )
    def test_nationality_alone_makes_no_chief(self, text):
        """A nationality stands for a body only before 'Speaker', never before 'chief'."""
        offs = dipparse.parse(text).officials
        assert all(t.role not in ("chief", "chairman") for o in offs for t in o.titles)

    def test_a_possessive_before_a_place_is_no_nationality_of_the_office(self):
        """A headline run into the text ("... China's Guangxi Prime Minister X") keeps X's country."""
        text = "PM asks for links with China’s Guangxi Prime Minister Trần Văn Tám received them."
        offs = {o.name: o for o in dipparse.parse(text).officials}
        assert offs["Trần Văn Tám"].country == "VN"

    def test_a_lower_case_verb_is_no_field_of_the_ministry(self):
        """``thông tin`` (informed) after the minister's name is no part of the ministry."""
        text = "Bộ trưởng Bộ Công nghiệp Lào Santiphab Phomvihane thông tin về dự án."
        (o,) = dipparse.parse(text).officials
        assert o.name == "Santiphab Phomvihane"
        assert [t.organization for t in o.titles] == ["Bộ Công nghiệp Lào"]


class TestVietnameseElectionAndSpouse:
    @pytest.mark.parametrize(
        ("text", "name", "roles"),
        [
            (
                "Ông Trần Cẩm Tú được bầu làm Thường trực Ban Bí thư.",
                "Trần Cẩm Tú",
                ["permanent member of the secretariat"],
            ),
            (
                "Đồng chí Trần Văn Tám được bầu giữ chức Thủ tướng Chính phủ.",
                "Trần Văn Tám",
                ["prime minister"],
            ),
            (
                "Ông Nguyễn Văn Tám giữ chức Bộ trưởng Bộ Tài chính từ năm 2025.",
                "Nguyễn Văn Tám",
                ["minister of finance"],
            ),
            ("Ông Lương Cường tái đắc cử Chủ tịch nước.", "Lương Cường", ["president"]),
        ],
    )
    def test_office_after_an_election(self, text, name, roles):
        """``X được bầu làm <office>``, ``X giữ chức <office>``: the office is X's."""
        offs = {o.name: o for o in dipparse.parse(text).officials}
        assert [t.role for t in offs[name].titles] == roles

    def test_office_before_a_name_stays_its_holders(self):
        """Without such a verb, a name before an office does not take it."""
        offs = {
            o.name: o
            for o in dipparse.parse("Ông Trần Văn Tám gặp Thủ tướng Phạm Minh Chính.").officials
        }
        assert offs["Trần Văn Tám"].titles == ()
        assert [t.role for t in offs["Phạm Minh Chính"].titles] == ["prime minister"]

    @pytest.mark.parametrize(
        "text",
        [
            "Phó Chủ tịch nước Võ Thị Ánh Xuân cùng Phu nhân Thủ tướng Lê Thị Bích Trân dự lễ.",
            "Phu nhân Tổng Bí thư, Chủ tịch nước Ngô Phương Ly thăm trường.",
        ],
    )
    def test_the_spouse_of_an_office_holder_holds_no_office(self, text):
        """``Phu nhân Thủ tướng X``: X is the prime minister's wife, named, with no office."""
        offs = {o.name: o for o in dipparse.parse(text).officials}
        spouse = next(n for n in offs if n in ("Lê Thị Bích Trân", "Ngô Phương Ly"))
        assert offs[spouse].titles == ()


class TestCountryOfAList:
    def test_a_listed_office_holder_takes_the_lists_nationality(self):
        """``Lao Deputy Prime Minister A, Minister of ... B``: B is Lao too."""
        text = (
            "Attending were Lao Deputy Prime Minister Thongsavanh Phomvihane, Minister of"
            " Planning and Investment Phet Phomphiphak, and Minister of Finance Noudeng Vongsay."
        )
        offs = {o.name: o for o in dipparse.parse(text).officials}
        assert offs["Phet Phomphiphak"].country == "LA"
        assert offs["Noudeng Vongsay"].country == "LA"

    def test_a_person_outside_a_list_keeps_no_country(self):
        """A sentence between the two names: nothing ties them."""
        text = (
            "Lao Deputy Prime Minister Thongsavanh Phomvihane spoke. Later, Minister of"
            " Planning and Investment Phet Phomphiphak spoke."
        )
        offs = {o.name: o for o in dipparse.parse(text).officials}
        assert offs["Phet Phomphiphak"].country is None

    def test_an_office_holder_with_a_country_keeps_it(self):
        """Each office with its own nationality keeps it."""
        text = "They met Lao Prime Minister Sonexay Siphandone, and Thai Speaker Wan Muhamad Noor Matha."
        offs = {o.name: o for o in dipparse.parse(text).officials}
        assert offs["Wan Muhamad Noor Matha"].country == "TH"


class TestInitialsInNames:
    @pytest.mark.parametrize(
        ("text", "name", "short"),
        [
            (
                "US President Joseph R. Biden met Chinese President Xi Jinping. Biden said so.",
                "Joseph R. Biden",
                "Biden",
            ),
            (
                "Indian External Affairs Minister S. Jaishankar met him. Jaishankar said so.",
                "S. Jaishankar",
                "Jaishankar",
            ),
        ],
    )
    def test_an_initial_is_part_of_the_name(self, text, name, short):
        """``Joseph R. Biden``: the initial and its full stop are in the name, not its end."""
        offs = {o.name: o for o in dipparse.parse(text).officials}
        assert [m.text for m in offs[name].mentions] == [name, short]

    def test_a_capital_letter_ending_a_sentence_is_no_initial(self):
        """``... Vice President A. Then ...``: no person ``A. Then``."""
        assert dipparse.parse("He met Vice President A. Then they left.").officials == ()
