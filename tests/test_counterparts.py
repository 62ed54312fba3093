"""Counterparts: ``his Lao counterpart X`` gives X the office of the person ``his`` refers to."""

from __future__ import annotations

import pytest

import dipparse
from dipparse.counterparts import find_counterparts
from dipparse.text import prepare


def roles(text: str) -> dict[str, tuple[str, ...]]:
    return {o.name: o.roles for o in dipparse.parse(text).officials}


class TestCounterpartOffice:
    @pytest.mark.parametrize(
        ("text", "name", "expected"),
        [
            (
                "Prime Minister Phạm Minh Chính held talks with his Lao counterpart"
                " Sonexay Siphandone in Hà Nội.",
                "Sonexay Siphandone",
                ("prime minister",),
            ),
            (
                "Foreign Minister Bui Thanh Son met Chinese counterpart Wang Yi in Hanoi.",
                "Wang Yi",
                ("minister of foreign affairs",),
            ),
            (
                "Foreign Minister Bui Thanh Son met Wang Yi, his Chinese counterpart, in Hanoi.",
                "Wang Yi",
                ("minister of foreign affairs",),
            ),
            (
                "Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với người đồng cấp Lào"
                " Thongsavanh Phomvihane.",
                "Thongsavanh Phomvihane",
                ("minister of foreign affairs",),
            ),
            (
                "General Secretary and President Tô Lâm held talks with his Lao"
                " counterpart Thongloun Sisoulith.",
                "Thongloun Sisoulith",
                ("general secretary", "president"),
            ),
        ],
    )
    def test_office_copied(self, text, name, expected):
        """The counterpart holds the office written nearest the other person's name."""
        assert roles(text)[name] == expected

    def test_office_set_off_by_comma_not_copied(self):
        """Of ``Politburo member, Minister X`` only the minister's office has a counterpart."""
        text = (
            "Politburo member, Minister of Foreign Affairs Bui Thanh Son met his Chinese"
            " counterpart Wang Yi."
        )
        assert roles(text)["Wang Yi"] == ("minister of foreign affairs",)

    @pytest.mark.parametrize(
        ("text", "name", "expected"),
        [
            (
                "Prime Minister Phạm Minh Chính held talks with his Chinese counterpart Li Qiang.",
                "Li Qiang",
                ("premier",),
            ),
            (
                "Thủ tướng Phạm Minh Chính hội đàm với người đồng cấp Trung Quốc Lý Cường.",
                "Li Qiang",
                ("premier",),
            ),
            (
                "Premier Li Qiang held talks with his Vietnamese counterpart Pham Minh Chinh.",
                "Phạm Minh Chính",
                ("prime minister",),
            ),
        ],
    )
    def test_office_as_the_country_calls_it(self, text, name, expected):
        """China's head of government is its premier; a prime minister's Chinese counterpart is one."""
        assert roles(text)[name] == expected

    def test_unknown_counterpart_found_with_country(self):
        """A name after ``his Cambodian counterpart`` is a person of Cambodia, with the office."""
        a = dipparse.parse(
            "Minister of National Defence Phan Van Giang and his Cambodian counterpart"
            " Tea Seiha signed a memorandum."
        )
        (o,) = [o for o in a.officials if o.ascii == "Tea Seiha"]
        assert o.country == "KH"
        assert o.roles == ("minister of national defense",)
        assert [t.text for t in o.titles] == ["Cambodian counterpart"]

    @pytest.mark.parametrize(
        "text",
        [
            # The person "his" refers to is in another sentence.
            "Prime Minister Pham Minh Chinh arrived. He met his counterpart Hun Manet.",
            # No office is given to anyone.
            "Pham Minh Chinh met his counterpart Hun Manet.",
        ],
    )
    def test_no_office_to_copy(self, text):
        """Without a person with an office before it in the sentence, a counterpart gets none."""
        assert roles(text)["Hun Manet"] == ()

    def test_explicit_office_wins(self):
        """``his counterpart, Premier Li Qiang``: the office written is the one given."""
        assert roles("Prime Minister Pham Minh Chinh met his counterpart, Premier Li Qiang.")[
            "Li Qiang"
        ] == ("premier",)

    def test_spans(self):
        """The office's span is the words that name the counterpart."""
        text = "Bộ trưởng Ngoại giao Bùi Thanh Sơn gặp người đồng cấp Trung Quốc Vương Nghị."
        (t,) = {o.name: o for o in dipparse.parse(text).officials}["Wang Yi"].titles
        assert text[t.start : t.end] == t.text == "người đồng cấp Trung Quốc"


class TestFindCounterparts:
    @pytest.mark.parametrize(
        "text",
        ["The counterpart fund was set up.", "counterparts met", "No such words here."],
    )
    def test_other_uses(self, text):
        """``counterpart`` in another sense names no one's office that a name follows."""
        assert all(c.country is None for c in find_counterparts(prepare(text)))

    def test_found_in_order(self):
        """Both languages' phrases are found, in text order, with their countries."""
        found = find_counterparts(
            prepare(
                "his Lao counterpart A B and người đồng cấp Campuchia C D and her host counterpart"
            )
        )
        assert [c.country for c in found] == ["LA", "KH", None]
