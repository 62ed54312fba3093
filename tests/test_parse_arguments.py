"""What parse and detect_language do with arguments of the wrong type or value."""

from __future__ import annotations

import datetime

import pytest

import dipparse
from dipparse import Article


class TestParseArguments:
    @pytest.mark.parametrize(
        ("text", "got"),
        [(b"Talks in Hanoi", "bytes"), (None, "NoneType"), (42, "int"), (["Talks"], "list")],
    )
    def test_text_not_str(self, text: object, got: str) -> None:
        """A text that is not a str is a TypeError naming what was expected and what came."""
        with pytest.raises(TypeError, match=f"expects text as str, got {got}"):
            dipparse.parse(text)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("published", "got"),
        [
            ("2024-08-19", "str"),
            (datetime.datetime(2024, 8, 19, 9, 0), "datetime"),
            (20240819, "int"),
        ],
    )
    def test_published_not_date(self, published: object, got: str) -> None:
        """published must be a datetime.date (a datetime is refused: its time would be dropped)."""
        with pytest.raises(
            TypeError, match=f"expects published as datetime.date or None, got {got}"
        ):
            dipparse.parse("Talks in Hanoi.", published=published)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("language", "error"), [("fr", ValueError), ("EN", ValueError), (1, TypeError)]
    )
    def test_language(self, language: object, error: type[Exception]) -> None:
        """An unknown language is a ValueError; one that is not a str a TypeError."""
        with pytest.raises(error, match="language"):
            dipparse.parse("Talks in Hanoi.", language=language)  # type: ignore[arg-type]

    def test_gazetteer_not_gazetteer(self) -> None:
        """A gazetteer that is not a Gazetteer is a TypeError."""
        with pytest.raises(
            TypeError, match=r"expects gazetteer as dipparse\.Gazetteer or None, got list"
        ):
            dipparse.parse("Talks in Hanoi.", gazetteer=[])  # type: ignore[arg-type]

    @pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\u00a0\u2028\u3000"])
    def test_blank_text_is_empty_article(self, text: str) -> None:
        """Empty and white-space-only text give an empty Article that keeps the arguments."""
        day = datetime.date(2024, 8, 19)
        assert dipparse.parse(text) == Article()
        assert dipparse.parse(text, published=day, language="vi") == Article(
            language="vi", published=day
        )

    def test_str_subclass_accepted(self) -> None:
        """A subclass of str is text."""

        class Text(str):
            pass

        assert dipparse.parse(Text("Talks in Hanoi. VNA")).source == "VNA"


class TestDetectLanguageArguments:
    @pytest.mark.parametrize("value", [None, 5, b"Talks"])
    def test_not_text(self, value: object) -> None:
        """detect_language refuses what is not text with a TypeError."""
        with pytest.raises(TypeError, match="expects str"):
            dipparse.detect_language(value)  # type: ignore[arg-type]
