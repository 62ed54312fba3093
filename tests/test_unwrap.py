"""Hard-wrapped text reads as the same text unwrapped."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dipparse
from dipparse.text import prepare
from dipparse.unwrap import unwrap

ARTICLE = """ date 2024-10-14
Vietnam, China sign cooperation documents

HANOI - Prime Minister Pham Minh Chinh and Chinese Premier Li Qiang held talks in Hanoi on Sunday, after which the two leaders witnessed the handover of 10 cooperation documents, including a memorandum of understanding on railway connection between Lao Cai and Hekou.

General Secretary and President To Lam received the Chinese Premier on the same day. Minister of Foreign Affairs Bui Thanh Son and Deputy Minister of Industry and Trade Nguyen Sinh Nhat Tan attended the meeting, which focused on trade, investment, transport and tourism.

The two sides agreed to deepen cooperation in agriculture, digital transformation and green development, and to open more border gates next year.
"""


def wrapped(text: str, width: int) -> str:
    return "\n".join(
        "\n".join(textwrap.wrap(line, width)) if len(line) > width else line
        for line in text.split("\n")
    )


def summary(a: dipparse.Article):
    return (
        [(o.name, o.roles) for o in a.officials],
        [(d.value, d.end_value) for d in a.dates],
        [(g.kind, g.count, g.signed) for g in a.agreements],
        [f.name for f in a.fields],
        a.published,
    )


class TestWrappedText:
    @pytest.mark.parametrize("width", [50, 60, 72, 80, 100])
    def test_same_reading_as_unwrapped(self, width):
        """An article wrapped at a fixed width gives what the article gives."""
        text = wrapped(ARTICLE, width)
        assert text.count("\n") >= ARTICLE.count("\n") + 5
        assert summary(dipparse.parse(text)) == summary(dipparse.parse(ARTICLE))

    def test_spans_index_the_wrapped_text(self):
        """A mention that crosses a wrap keeps its line feed: spans index the text given."""
        text = wrapped(ARTICLE, 60)
        a = dipparse.parse(text)
        mentions = [m for o in a.officials for m in o.mentions] + list(a.dates)
        assert mentions
        assert all(text[m.start : m.end] == m.text for m in mentions)

    def test_short_lines_keep_their_line_feeds(self):
        """A list whose lines end with punctuation is no wrapped text."""
        text = "\n".join(
            f"{i}. Memorandum of understanding between the two ministries on item {i};"
            for i in range(1, 9)
        )
        p = prepare(text)
        assert unwrap(p) is p

    def test_paragraphs_not_wrapped(self):
        """An ordinary article (long paragraphs) is left as it is."""
        p = prepare(ARTICLE)
        assert unwrap(p) is p

    def test_headline_keeps_its_line_feed(self):
        """The short headline above a wrapped body stays a line of its own."""
        q = unwrap(prepare(wrapped(ARTICLE, 60)))
        assert "\nVietnam, China sign cooperation documents\n" in q.text


class TestUnwrapKeepsOffsets:
    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet=st.sampled_from("ab .\n-"), max_size=800))
    def test_only_line_feeds_become_blanks(self, text):
        """Unwrapping changes nothing but line feeds to blanks, in every view, at the same offsets."""
        p = prepare(text)
        q = unwrap(p)
        assert q.original == p.original
        for a, b in ((p.text, q.text), (p.folded, q.folded), (p.lower, q.lower)):
            assert len(a) == len(b)
            assert all(x == y or (x == "\n" and y == " ") for x, y in zip(a, b, strict=True))
