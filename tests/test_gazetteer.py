from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

import pytest

import dipparse
from dipparse import Gazetteer, GazetteerError, Office, Person

ROOT = Path(__file__).resolve().parent.parent


class TestShippedData:
    def test_size_and_sources(self):
        """The shipped gazetteer has at least 200 people, each with a source and a country."""
        g = Gazetteer.default()
        assert len(g) >= 200
        assert all(p.sources for p in g.people)
        assert all(p.country in ("VN", "CN", "LA", "KH") for p in g.people)

    def test_names_unique_per_country(self):
        """No person is listed twice."""
        g = Gazetteer.default()
        keys = [(dipparse.name_key(p.name), p.country) for p in g.people]
        assert len(keys) == len(set(keys))

    def test_names_are_nfc(self):
        """Every shipped name is NFC (one spelling of each diacritic)."""
        import unicodedata

        assert all(unicodedata.is_normalized("NFC", p.name) for p in Gazetteer.default().people)

    def test_readme_in_sync(self):
        """data/people/README.md is what scripts/gazetteer_readme.py produces from the data."""
        sys.path.insert(0, str(ROOT / "scripts"))
        try:
            import gazetteer_readme
        finally:
            sys.path.pop(0)
        committed = (ROOT / "src" / "dipparse" / "data" / "people" / "README.md").read_text(
            encoding="utf-8"
        )
        assert committed == gazetteer_readme.render()

    @pytest.mark.parametrize(
        ("spelling", "name"),
        [
            ("Tô Lâm", "Tô Lâm"),
            ("TO LAM", "Tô Lâm"),
            ("苏林", "Tô Lâm"),
            ("Tập Cận Bình", "Xi Jinping"),
            ("习近平", "Xi Jinping"),
            ("Vương Nghị", "Wang Yi"),
            ("Mao Ninh", "Mao Ning"),
            ("金壮龙", "Jin Zhuanglong"),
            ("Bounnhang Volachith", "Bounnhang Vorachith"),
            ("Saysomphone Phomvihane", "Xaysomphone Phomvihane"),
            ("ប្រាក់ សុខុន", "Prak Sokhonn"),
            ("Vilay Lakhamphong", "Vilay Lakhamfong"),
            ("Kikeo Khaykhamphithoune", "Kikeo Khaykhamphithoun"),
            ("Khuon Sodary", "Khuon Sudary"),
            ("Oun Poanmonirot", "Aun Pornmoniroth"),
            ("Tia Banh", "Tea Banh"),
        ],
    )
    def test_lookup_spellings(self, spelling, name):
        """Other scripts and Sino-Vietnamese readings find the canonical person."""
        assert [p.name for p in Gazetteer.default().lookup(spelling)] == [name]

    @pytest.mark.parametrize(
        ("text", "name", "country"),
        [
            (
                "The Lao Prime Minister, Sonexay Siphandone, opened the fair.",
                "Sonexay Siphandone",
                "LA",
            ),
            ("Thủ tướng Lào Sonexay Siphandone dự lễ khai mạc.", "Sonexay Siphandone", "LA"),
            ("Senator Say Chhum greeted the guests in Phnom Penh.", "Say Chhum", "KH"),
            ("Hun Manet told reporters the talks went well.", "Hun Manet", "KH"),
        ],
    )
    def test_neighbours_recognized(self, text, name, country):
        """Lao and Cambodian office-holders in the shipped files are found with their country."""
        got = {o.name: o.country for o in dipparse.parse(text).officials}
        assert got.get(name) == country

    @pytest.mark.parametrize(
        ("name", "day", "role", "held"),
        [
            (
                "Vilay Lakhamfong",
                datetime.date(2026, 2, 1),
                "permanent member of the secretariat",
                True,
            ),
            (
                "Vilay Lakhamfong",
                datetime.date(2025, 12, 31),
                "permanent member of the secretariat",
                False,
            ),
            ("Tea Banh", datetime.date(2024, 1, 1), "minister of national defense", False),
            ("Tea Seiha", datetime.date(2024, 1, 1), "minister of national defense", True),
            ("Norodom Sihamoni", datetime.date(2004, 10, 28), "king", False),
            ("Norodom Sihamoni", datetime.date(2025, 1, 1), "king", True),
        ],
    )
    def test_neighbour_offices_on(self, name, day, role, held):
        """Lao and Cambodian offices are dated: the 2026 Secretariat, the 2023 handovers, the reign."""
        (person,) = Gazetteer.default().lookup(name)
        assert (role in [o.role for o in person.offices_on(day)]) is held

    @pytest.mark.parametrize(
        "text",
        [
            "Lao President Thongloun Sisoulith met them. Thongloun thanked Vietnam.",
            "Chủ tịch nước Lào Thongloun Sisoulith tiếp đoàn. Thongloun cảm ơn Việt Nam.",
        ],
    )
    def test_lao_given_name_first(self, text):
        """The Lao press calls a leader by the given name, the first word (``Thongloun``)."""
        (o,) = dipparse.parse(text).officials
        assert [m.text for m in o.mentions] == ["Thongloun Sisoulith", "Thongloun"]
        assert o.country == "LA"


class TestOffices:
    def test_held_on_partial_dates(self):
        """Partial dates count as the whole month or year."""
        o = Office("secretary", None, "2024-12", "2025")
        assert o.held_on(datetime.date(2024, 12, 1)) and o.held_on(datetime.date(2025, 12, 31))
        assert not o.held_on(datetime.date(2024, 11, 30)) and not o.held_on(
            datetime.date(2026, 1, 1)
        )

    def test_short_names(self):
        """Vietnamese names shorten to the given name, Chinese to the family name."""
        assert Person("Bùi Thanh Sơn", "VN").short_names() == ("Sơn",)
        assert Person("Wang Yi", "CN", ("Vương Nghị",)).short_names() == ("Wang", "Vương")


class TestUserFiles:
    def test_json_file(self, tmp_path: Path):
        """A user's JSON file adds people that parse() then recognizes."""
        f = tmp_path / "mine.json"
        f.write_text(
            json.dumps(
                {"people": [{"name": "Hoàng Thị Mơ", "country": "VN", "aliases": ["Madame Mo"]}]}
            ),
            encoding="utf-8",
        )
        g = Gazetteer.default().merged(Gazetteer.from_file(f))
        a = dipparse.parse("Delegates met Hoang Thi Mo in Hue.", gazetteer=g)
        assert [(o.name, o.country) for o in a.officials] == [("Hoàng Thị Mơ", "VN")]

    def test_csv_file(self, tmp_path: Path):
        """CSV rows of one name merge into one person with several offices."""
        f = tmp_path / "mine.csv"
        f.write_text(
            "name,country,aliases,role,start,end\n"
            "Trần Văn Bé,VN,Tran Be;陈文贝,secretary,2020,2022\n"
            "Trần Văn Bé,VN,,chairman,2022-03,\n",
            encoding="utf-8",
        )
        (person,) = Gazetteer.from_file(f).people
        assert person.aliases == ("Tran Be", "陈文贝")
        assert [o.role for o in person.offices] == ["secretary", "chairman"]

    def test_user_entry_replaces_shipped(self):
        """A later entry with the same name replaces the shipped one."""
        g = Gazetteer.default().merged(Gazetteer([Person("Tô Lâm", "VN", ("To Lam Test",))]))
        (p,) = g.lookup("To Lam")
        assert p.aliases == ("To Lam Test",)

    @pytest.mark.parametrize(
        ("content", "where"),
        [
            ('{"people": [{"country": "VN"}]}', "people[0].name"),
            ('{"people": [{"name": "A B", "country": "Vietnam"}]}', "people[0].country"),
            (
                '{"people": [{"name": "A B", "offices": [{"role": "x", "start": "19/8/2024"}]}]}',
                "people[0].offices[0].start",
            ),
            ('{"people": [{"name": "A B", "alias": ["x"]}]}', "people[0]"),
            ('{"people": [{"name": "A B",}]}', "line 1"),
        ],
    )
    def test_bad_json_names_the_key(self, tmp_path: Path, content, where):
        """A bad entry raises GazetteerError naming the file and the key or line."""
        f = tmp_path / "bad.json"
        f.write_text(content, encoding="utf-8")
        with pytest.raises(GazetteerError) as err:
            Gazetteer.from_file(f)
        assert str(f) in str(err.value) and where in str(err.value)
        assert isinstance(err.value, ValueError)

    def test_bad_csv_names_the_line(self, tmp_path: Path):
        """A bad CSV row is reported with its line number."""
        f = tmp_path / "bad.csv"
        f.write_text("name,country\nA B,VN\nC D,Viet\n", encoding="utf-8")
        with pytest.raises(GazetteerError, match="line 3"):
            Gazetteer.from_file(f)

    def test_missing_file(self, tmp_path: Path):
        """A missing file is a GazetteerError, not an OSError from deep inside."""
        with pytest.raises(GazetteerError, match="cannot read"):
            Gazetteer.from_file(tmp_path / "nope.json")

    def test_parse_rejects_non_gazetteer(self):
        """parse() says what it expected when gazetteer is the wrong type."""
        with pytest.raises(TypeError, match="Gazetteer"):
            dipparse.parse("text", gazetteer=[{"name": "x"}])  # type: ignore[arg-type]


class TestNormalizeName:
    @pytest.mark.parametrize(
        ("spelling", "name"),
        [
            ("Tô Lâm", "Tô Lâm"),
            ("To Lam", "Tô Lâm"),
            ("TO LAM", "Tô Lâm"),
            ("T Lm", "Tô Lâm"),
            ("TÃ´ LÃ¢m", "Tô Lâm"),
            ("苏林", "Tô Lâm"),
            ("Tập Cận Bình", "Xi Jinping"),
            ("习近平", "Xi Jinping"),
            ("Phm Minh Chnh", "Phạm Minh Chính"),
        ],
    )
    def test_spelling_families(self, spelling, name):
        """Every spelling family of a known person gives the canonical name."""
        assert dipparse.normalize_name(spelling) == name

    def test_unknown_kept_as_written(self):
        """An unknown name is only NFC-normalized and tidied."""
        assert dipparse.normalize_name("  Tra\u0302\u0300n  Văn Bé ") == "Trần Văn Bé"

    def test_ambiguous_damage_kept(self):
        """A damaged form that fits two people is not repaired into either."""
        assert dipparse.normalize_name("L Minh Hng") == "L Minh Hng"

    def test_single_word_not_resolved(self):
        """One word alone depends on the article, so it is kept."""
        assert dipparse.normalize_name("Lam") == "Lam"

    def test_type_error(self):
        """A non-string is a TypeError naming what was expected."""
        with pytest.raises(TypeError, match="expects str"):
            dipparse.normalize_name(None)  # type: ignore[arg-type]


class TestShortKeys:
    @pytest.mark.parametrize(
        ("person", "keys"),
        [
            (Person("Tô Lâm", "VN"), (("lam", "lm"),)),
            (Person("Xi Jinping", "CN", ("习近平", "Tập Cận Bình")), (("xi", "xi"), ("tap", "tp"))),
            (Person("Lula", "BR"), ()),
        ],
    )
    def test_keys(self, person, keys):
        """Short names give their comparison key and their damaged key."""
        assert Gazetteer([person]).short_keys(person) == keys

    def test_computed_once(self):
        """Asking twice returns the same keys object."""
        lam = Person("Tô Lâm", "VN")
        g = Gazetteer([lam])
        assert g.short_keys(lam) is g.short_keys(lam)
