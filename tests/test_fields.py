from __future__ import annotations

import json
import time

import pytest

import dipparse
from dipparse.errors import DataFileError
from dipparse.fields import FieldTaxonomy, extract_fields
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
