"""Properties that hold for every text: no crash, honest spans, a faithful contract.

The strategies (``tests/strategies.py``) splice sentences with the Unicode a
crawler meets; these tests assert only what must hold whatever the extractors
find, so they keep their meaning as extractors improve.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import dipparse
from dipparse import Article, Mention, Official, fold, name_key
from dipparse.names import tidy
from dipparse.text import fold_char, prepare
from strategies import (
    PROPERTY_SETTINGS,
    article_records,
    languages,
    published,
    spans,
    texts,
    whitespace,
)


@functools.cache
def _validator() -> jsonschema.protocols.Validator:
    schema = dipparse.json_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator: jsonschema.protocols.Validator = cls(schema)
    return validator


def _has_surrogate_pair(s: str) -> bool:
    """Whether a high surrogate is directly followed by a low one (JSON cannot keep them apart)."""
    return any(
        "\ud800" <= a <= "\udbff" and "\udc00" <= b <= "\udfff" for a, b in itertools.pairwise(s)
    )


def assert_honest(text: str, article: Article) -> None:
    """Every span of ``article`` indexes ``text`` and holds exactly the reported characters."""
    for path, record in spans(article):
        assert 0 <= record.start <= record.end <= len(text), path
        assert text[record.start : record.end] == record.text, path
    if article.dateline is not None:
        assert 0 <= article.dateline.start <= article.dateline.end <= len(text)


class TestParseNeverRaises:
    @PROPERTY_SETTINGS
    @given(texts, published, languages)
    @example("\ud800", None, None)
    @example(" date 2024-02-30 HÀ NỘI – ", None, None)
    @example("\x00" * 50, None, "vi")
    def test_any_text(self, text: str, when: datetime.date | None, lang: str | None) -> None:
        """parse returns an Article for any str, with any valid published and language."""
        article = dipparse.parse(text, published=when, language=lang)
        assert isinstance(article, Article)
        if when is not None:
            assert article.published == when
        if lang is not None:
            assert article.language == lang

    @PROPERTY_SETTINGS
    @given(whitespace, published)
    def test_blank_text_gives_empty_article(self, text: str, when: datetime.date | None) -> None:
        """Empty and white-space-only text give an empty Article, not an error."""
        assert dipparse.parse(text, published=when) == Article(published=when)

    @PROPERTY_SETTINGS
    @given(texts)
    def test_deterministic(self, text: str) -> None:
        """Parsing the same text twice gives equal articles."""
        assert dipparse.parse(text) == dipparse.parse(text)

    @PROPERTY_SETTINGS
    @given(texts)
    def test_detect_language(self, text: str) -> None:
        """detect_language answers en, vi or None for any text."""
        assert dipparse.detect_language(text) in (None, "en", "vi")


class TestSpansHonest:
    @PROPERTY_SETTINGS
    @given(texts)
    @example("Tô Lâm\ud800 met Xi Jinping in Hà Nội on Aug. 19, 2024.")
    @example("TÃ´ LÃ¢m met Xi Jinping on Aug. 19, 2024.")
    @example("To\u0302 La\u0302m met Xi Jinping on Aug. 19, 2024.")
    def test_parse_spans(self, text: str) -> None:
        """Every mention parse reports is text[start:end], whatever the text holds."""
        assert_honest(text, dipparse.parse(text))

    @PROPERTY_SETTINGS
    @given(texts, st.data())
    def test_prepared_spans(self, text: str, data: st.DataObject) -> None:
        """Any range of the prepared text maps to an in-bounds, ordered range of the original."""
        p = prepare(text)
        assert len(p.text) == len(p.folded) == len(p.lower)
        start = data.draw(st.integers(0, len(p.text)))
        end = data.draw(st.integers(start, len(p.text)))
        s, e = p.span(start, end)
        assert 0 <= s <= e <= len(text)
        m = p.mention(start, end)
        assert text[m.start : m.end] == m.text


class TestRoundTrip:
    @PROPERTY_SETTINGS
    @given(texts)
    def test_parsed_article(self, text: str) -> None:
        """from_dict(to_dict(a)) == a for every parsed article."""
        a = dipparse.parse(text)
        assert Article.from_dict(a.to_dict()) == a

    @PROPERTY_SETTINGS
    @given(article_records())
    def test_built_article(self, record: tuple[str, Article]) -> None:
        """from_dict(to_dict(a)) == a for articles using every field of the contract."""
        _, a = record
        assert Article.from_dict(a.to_dict()) == a


class TestJsonOutput:
    @PROPERTY_SETTINGS
    @given(texts)
    def test_parsed_json_valid(self, text: str) -> None:
        """to_json of any parsed article is valid JSON that conforms to the shipped schema."""
        data = json.loads(dipparse.parse(text).to_json())
        _validator().validate(data)

    @PROPERTY_SETTINGS
    @given(article_records())
    def test_built_json_valid(self, record: tuple[str, Article]) -> None:
        """to_json encodes as UTF-8 (lone surrogates too), conforms to the schema, reads back equal."""
        source, a = record
        data = json.loads(a.to_json(indent=1).encode("utf-8"))
        _validator().validate(data)
        if not _has_surrogate_pair(source):
            assert Article.from_dict(data) == a

    @pytest.mark.parametrize(
        "odd",
        [chr(0xD800), chr(0xDFFF), f"a{chr(0xDC80)}b", chr(0xD83D)],
        ids=["d800", "dfff", "dc80", "d83d"],
    )
    def test_lone_surrogate_file(self, tmp_path: Path, odd: str) -> None:
        """A mention holding a lone surrogate is written to a UTF-8 file and read back exactly."""
        text = f"Tô Lâm{odd} met Xi"
        a = Article(
            officials=(Official("Tô Lâm", "To Lam", "VN", (), (Mention(text, 0, len(text)),)),)
        )
        out = tmp_path / "a.json"
        out.write_text(a.to_json(), encoding="utf-8")
        back = Article.from_dict(json.loads(out.read_text(encoding="utf-8")))
        assert back == a
        assert back.officials[0].mentions[0].text == text


class TestNormalizers:
    @pytest.mark.parametrize("s", ["Ǽ", "ǽ", "Ǣ", "Ǿ", "︱"])
    def test_fold_one_step(self, s: str) -> None:
        """fold reaches its fixed point in one call for letters that decompose to Æ, Ø, dashes."""
        assert fold(fold(s)) == fold(s)

    @PROPERTY_SETTINGS
    @given(texts)
    @example("Đặng ǅ ß ﬁ Ⅻ İ")
    def test_fold_idempotent(self, s: str) -> None:
        """fold(fold(s)) == fold(s)."""
        assert fold(fold(s)) == fold(s)

    @pytest.mark.parametrize("s", ["ẞ", "Ǽ"])
    def test_name_key_one_step(self, s: str) -> None:
        """name_key reaches its fixed point in one call for capital sharp s and Ǽ."""
        assert name_key(name_key(s)) == name_key(s)

    @PROPERTY_SETTINGS
    @given(texts)
    def test_name_key_idempotent(self, s: str) -> None:
        """name_key(name_key(s)) == name_key(s) (the characters of the known bugs left out)."""
        assert name_key(name_key(s)) == name_key(s)

    @PROPERTY_SETTINGS
    @given(texts)
    def test_tidy_idempotent(self, s: str) -> None:
        """tidy(tidy(s)) == tidy(s)."""
        assert tidy(tidy(s)) == tidy(s)

    @PROPERTY_SETTINGS
    @given(st.characters(codec=None))
    def test_fold_char_one_to_one(self, ch: str) -> None:
        """fold_char maps one character to one character, and again to the same."""
        folded = fold_char(ch)
        assert len(folded) == 1
        assert fold_char(folded) == folded

    @PROPERTY_SETTINGS
    @given(texts)
    @example("\x8dÂ\x80")
    @example("\x81ß\x80 TÃ´\x85LÃ¢m")
    @example("a\u0300\xa1\xaf")  # mojibake that shows only once composed
    def test_prepare_idempotent(self, s: str) -> None:
        """Preparing prepared text changes nothing more."""
        once = prepare(s).text
        assert prepare(once).text == once


def _field_paths(schema: dict[str, Any]) -> set[str]:
    return set(schema.get("properties", {}))


def test_schema_covers_to_dict() -> None:
    """The shipped schema requires every key to_dict writes, and allows only the CLI's optional meta beside them."""
    schema = dipparse.json_schema()
    assert set(Article().to_dict()) == set(schema["required"])
    assert _field_paths(schema) - set(schema["required"]) == {"meta"}
