from __future__ import annotations

import datetime

import attrs
import pytest

from dipparse import (
    Agreement,
    Article,
    Dateline,
    DateMention,
    FieldMention,
    Mention,
    Official,
    Title,
)


class TestModels:
    def test_frozen(self):
        """Records cannot be changed after they are made."""
        m = Mention("Lam", 0, 3)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            m.start = 1  # type: ignore[misc]

    def test_collections_are_tuples(self):
        """Lists handed to a record become tuples, so an Article is hashable."""
        o = Official("Tô Lâm", "To Lam", "VN", [], [Mention("Lam", 0, 3)])
        a = Article(officials=[o])
        assert isinstance(a.officials, tuple)
        assert isinstance(o.mentions, tuple)
        assert hash(a) == hash(Article(officials=(o,)))

    def test_span_validation(self):
        """A span that ends before it starts is refused."""
        with pytest.raises(ValueError, match="end"):
            Mention("x", 5, 2)
        with pytest.raises(ValueError, match="start"):
            Mention("x", -1, 2)

    def test_roles_distinct_in_order(self):
        """Official.roles lists each role once, in the order given."""
        t1 = Title("President", "president", None, 0, 9)
        t2 = Title("General Secretary", "general secretary", None, 10, 27)
        t3 = Title("State President", "president", None, 30, 45)
        assert Official("A", "A", None, (t1, t2, t3)).roles == ("president", "general secretary")

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("2024-08-19", datetime.date(2024, 8, 19)),
            ("2024-08", datetime.date(2024, 8, 1)),
            ("2025", datetime.date(2025, 1, 1)),
        ],
    )
    def test_date_property(self, value, expected):
        """DateMention.date gives the first day of its value."""
        assert DateMention("x", value, None, "day", 0, 1).date == expected

    def test_reference_date_prefers_dateline(self):
        """Relative dates resolve against the dateline's date before the publication date."""
        a = Article(
            published=datetime.date(2024, 8, 20),
            dateline=Dateline("Beijing", datetime.date(2024, 8, 19), 0, 10),
        )
        assert a.reference_date == datetime.date(2024, 8, 19)
        assert Article(published=datetime.date(2024, 8, 20)).reference_date == datetime.date(
            2024, 8, 20
        )

    def test_every_model_is_slotted(self):
        """Records use slots (small and fast)."""
        for cls in (
            Article,
            Official,
            Title,
            Mention,
            DateMention,
            Agreement,
            FieldMention,
            Dateline,
        ):
            assert "__slots__" in cls.__dict__


class TestUncheckedConstruction:
    def test_same_objects(self):
        """The extractors' fast constructors build objects equal to the validated ones."""
        from dipparse.models import DateMention, Mention, _mention, _unchecked

        m = _mention("Lam", 3, 6)
        assert m == Mention("Lam", 3, 6) and hash(m) == hash(Mention("Lam", 3, 6))
        d = _unchecked(
            DateMention,
            text="Aug. 19",
            value="2024-08-19",
            end_value=None,
            granularity="day",
            start=0,
            end=7,
        )
        assert d == DateMention("Aug. 19", "2024-08-19", None, "day", 0, 7)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            m.start = 0  # type: ignore[misc]

    @pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 3)])
    def test_bad_offsets_still_refused(self, start, end):
        """A mention asked for with offsets out of order still raises ValueError."""
        from dipparse.text import prepare

        with pytest.raises(ValueError, match="must"):
            prepare("To Lam met Xi").mention(start, end)
