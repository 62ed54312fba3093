"""Hypothesis strategies and settings profiles for dipparse's property tests and fuzzer.

Profiles for the property tests (choose with the environment variable
``DIPPARSE_HYPOTHESIS_PROFILE``); ``scripts/fuzz.py`` sets its own:

* ``dipparse`` (default): 300 examples per property, no deadline; the whole
  property suite runs in about a minute on two cores.
* ``quick``: 50 examples, for a fast local loop.
* ``thorough``: 3,000 examples, before a release (about 15 minutes).

The text strategies mix sentences written for these tests (names, offices,
dates, agreements and fields in English and Vietnamese, Chinese names in Han
characters) with the Unicode a crawler meets: lone surrogates, control
characters, combining marks, right-to-left text and bidi controls, zero-width
characters, mojibake, very long words, and unusual line breaks.
"""

from __future__ import annotations

import datetime
import os
from typing import Any, get_args

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

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
from dipparse.language import LANGUAGES
from dipparse.models import AgreementKind

settings.register_profile(
    "dipparse",
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "quick",
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "thorough",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROPERTY_SETTINGS = settings.get_profile(os.environ.get("DIPPARSE_HYPOTHESIS_PROFILE", "dipparse"))
"""The settings every property test uses (applied per test, so other tests keep their own)."""


# Written for these tests: the shapes diplomatic news takes, not seed text.
SENTENCES = (
    "HÀ NỘI – Prime Minister Phạm Minh Chính received Chinese Ambassador Hà Vĩ on Tuesday.",
    "BEIJING, March 4 (Xinhua) -- Chinese President Xi Jinping met Vietnamese leader To Lam.",
    "NANNING, Oct. 12 (VNA) – The two sides signed 14 cooperation documents.",
    "General Secretary and President Tô Lâm held talks with Premier Li Qiang in Beijing.",
    "Deputy Foreign Minister Nguyễn Minh Vũ and Vice Minister Sun Weidong co-chaired the meeting.",
    "The visit runs from February 19–22, 2025, at the invitation of the Chinese side.",
    "They agreed to boost cooperation in trade, investment, education and training, and tourism.",
    "The land border treaty signed in 1999 remains the basis of the boundary.",
    "A memorandum of understanding on digital transformation was signed on Aug. 19, 2024.",
    "The joint statement issued last week welcomed progress in railway connectivity.",
    "Thủ tướng Phạm Minh Chính tiếp Đại sứ Trung Quốc tại Việt Nam ngày 5 tháng 9 năm 2024.",
    "Hai bên nhất trí thúc đẩy hợp tác thương mại, đầu tư, giáo dục và du lịch.",
    "Chủ tịch nước Lương Cường hội kiến Chủ tịch Quốc hội Trung Quốc Triệu Lạc Tế.",
    "习近平同越共中央总书记苏林举行会谈。",
    "Secretary of the CPC Guangxi Zhuang Autonomous Region Committee Chen Gang visited Hạ Long.",
    "Ms. Ngô Phương Ly and Madame Peng Liyuan visited the Temple of Literature on Sunday.",
    "Earlier this month, on the 75th anniversary of diplomatic ties, the ministers spoke by phone.",
    "The Belt and Road Initiative and the Two Corridors, One Belt framework were discussed.",
    "Vietnam News Agency (VNA) said the next meeting would be held in 2026.",
    "He noted that 2025 marks the Vietnam-China Year of Humanistic Exchange.",
    "The delegation arrived on Monday and left on Wednesday, Sept. 3.",
    "Bộ trưởng Ngoại giao Bùi Thanh Sơn và Ngoại trưởng Vương Nghị ký bản ghi nhớ hợp tác.",
    "Photo: Xinhua/Xie Huanchi",
    "VNA/VNS",
)

# Pieces a crawler or a broken pipeline leaves in text.
NOISE = (
    "\ud800",
    "\udfff",
    "\udc80abc",
    "\ud83d",
    "\x00",
    "\x07",
    "\x1b[0m",
    "\x7f",
    "\x85",
    "\x9f",
    "\u0301",
    "a\u0300\u0323\u0302",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u200f",
    "\u202e",
    "\u2066",
    "שלום עולם",
    "مرحبا بالعالم",
    "TÃ´ LÃ¢m",
    "Ä\x90áº·ng",
    "â€“",
    "â€™",
    "\u00a0",
    "\u2028",
    "\u2029",
    "\r\n",
    "\r",
    "\t",
    "\x0c",
    "\ufffd",
    "🇻🇳🇨🇳",
    "😀",
    "ǅ",
    "İ",
    "ß",
    "ﬁ",
    "Ⅻ",
    "⁹",
    "١٢٣",
    "2024-02-30",
    " date 2024-13-45",
    "(((",
    ")",
    "–",
    "--",
    ",",
)

_UNICODE = st.characters(codec=None)
_CONTROL = st.sampled_from([chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))])
_SURROGATE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
_COMBINING = st.characters(categories=["Mn", "Me", "Mc"])
_RTL = st.characters(min_codepoint=0x0590, max_codepoint=0x08FF)
_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_VIETNAMESE = st.sampled_from(list("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐ"))

_odd_char = st.one_of(_UNICODE, _CONTROL, _SURROGATE, _COMBINING, _RTL, _HAN, _VIETNAMESE)
odd_text = st.text(_odd_char, max_size=200)
"""Random text drawn from every corner of Unicode, surrogates and controls included."""

long_word = st.builds(
    lambda c, n: c * n,
    st.sampled_from(["a", "Ã", "ệ", "习", "-", "1", "A", ".", "\u0301"]),
    st.integers(200, 1500),
) | st.text(st.characters(categories=["L"]), min_size=200, max_size=400)
"""A very long run with no white space."""

fragment = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(NOISE),
    st.text(_odd_char, max_size=40),
    long_word,
)


@st.composite
def spliced(draw: st.DrawFn) -> str:
    """A sentence with noise spliced in at random places, inside words too."""
    text = draw(st.sampled_from(SENTENCES))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        text = (
            text[:at] + draw(st.sampled_from(NOISE) | st.text(_odd_char, max_size=20)) + text[at:]
        )
    return text


@st.composite
def articles_text(draw: st.DrawFn) -> str:
    """An article-shaped text: maybe a header line, paragraphs of sentences and noise, a credit."""
    parts = []
    if draw(st.booleans()):
        day = draw(st.dates(datetime.date(1990, 1, 1), datetime.date(2035, 12, 31)))
        parts.append(f" date {day.isoformat()} ")
    paragraphs = draw(
        st.lists(st.lists(fragment | spliced(), min_size=1, max_size=5), min_size=1, max_size=4)
    )
    sep = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", " "]))
    parts.append(sep.join(" ".join(p) for p in paragraphs))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["VNA", "VNS", "Xinhua", "(Xinhua)", "— VNA/VNS"])))
    return "\n".join(parts)


texts = st.one_of(odd_text, spliced(), articles_text(), st.text(max_size=50))
"""Any text a user might hand to ``parse``."""

whitespace = st.text(st.sampled_from(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u00a0\u2028\u3000"))
"""Text of white space only (as ``str.isspace`` understands it)."""

published = st.none() | st.dates(datetime.date(1950, 1, 1), datetime.date(2100, 12, 31))
languages = st.sampled_from([None, *LANGUAGES])


# --------------------------------------------------------------------------- models


@st.composite
def _span(draw: st.DrawFn, source: str) -> tuple[int, int]:
    start = draw(st.integers(0, len(source)))
    end = draw(st.integers(start, min(len(source), start + 60)))
    return start, end


@st.composite
def article_records(draw: st.DrawFn) -> tuple[str, Article]:
    """A source text and an :class:`Article` whose every span honestly indexes it.

    Built directly, not by ``parse``, so the contract's serialization is tested
    over every field whatever the extractors find today.
    """
    source = draw(st.one_of(odd_text, spliced()))

    def mention() -> Mention:
        s, e = draw(_span(source))
        return Mention(source[s:e], s, e)

    short = st.text(min_size=1, max_size=30)
    ascii_text = st.text(st.characters(max_codepoint=0x7F), max_size=30)
    iso = st.dates().map(lambda d: d.isoformat())
    partial = st.one_of(iso, iso.map(lambda v: v[:7]), iso.map(lambda v: v[:4]))
    officials = []
    for _ in range(draw(st.integers(0, 3))):
        titles = []
        for _ in range(draw(st.integers(0, 2))):
            s, e = draw(_span(source))
            titles.append(Title(source[s:e], draw(short), draw(st.none() | short), s, e))
        officials.append(
            Official(
                draw(short),
                draw(ascii_text),
                draw(st.none() | st.sampled_from(["VN", "CN", "US"])),
                tuple(titles),
                tuple(mention() for _ in range(draw(st.integers(0, 3)))),
            )
        )
    dates = []
    for _ in range(draw(st.integers(0, 3))):
        s, e = draw(_span(source))
        gran = draw(st.sampled_from(["day", "month", "year"]))
        value = draw(iso)[: {"day": 10, "month": 7, "year": 4}[gran]]
        dates.append(DateMention(source[s:e], value, draw(st.none() | iso), gran, s, e))
    agreements = []
    for _ in range(draw(st.integers(0, 2))):
        s, e = draw(_span(source))
        kind = draw(st.sampled_from(get_args(AgreementKind)))
        agreements.append(
            Agreement(
                source[s:e],
                kind,
                draw(st.none() | st.integers(1, 500)),
                draw(st.none() | partial),
                tuple(sorted(draw(st.sets(st.sampled_from(["VN", "CN", "LA"]), max_size=2)))),
                s,
                e,
            )
        )
    fields = [
        FieldMention(draw(short), tuple(mention() for _ in range(draw(st.integers(1, 3)))))
        for _ in range(draw(st.integers(0, 2)))
    ]
    dateline = None
    if draw(st.booleans()):
        s, e = draw(_span(source))
        dateline = Dateline(draw(short), draw(st.none() | st.dates()), s, e)
    article = Article(
        language=draw(languages),
        published=draw(published),
        source=draw(st.none() | short),
        dateline=dateline,
        officials=tuple(officials),
        dates=tuple(dates),
        agreements=tuple(agreements),
        fields=tuple(fields),
    )
    return source, article


def spans(article: Article) -> list[tuple[str, Any]]:
    """Every record of ``article`` that carries ``text``, ``start`` and ``end``, with its path."""
    out: list[tuple[str, Any]] = []
    for i, o in enumerate(article.officials):
        out += [(f"officials[{i}].titles[{j}]", t) for j, t in enumerate(o.titles)]
        out += [(f"officials[{i}].mentions[{j}]", m) for j, m in enumerate(o.mentions)]
    out += [(f"dates[{i}]", d) for i, d in enumerate(article.dates)]
    out += [(f"agreements[{i}]", a) for i, a in enumerate(article.agreements)]
    for i, f in enumerate(article.fields):
        out += [(f"fields[{i}].mentions[{j}]", m) for j, m in enumerate(f.mentions)]
    return out
