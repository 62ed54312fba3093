"""Counterparts: the office a text gives by ``his Lao counterpart X``.

``Prime Minister Phạm Minh Chính held talks with his Lao counterpart Sonexay
Siphandone`` names Sonexay Siphandone's office without writing it: he holds
the office of the person ``his`` refers to. Vietnamese says the same with
``người đồng cấp`` (``hội đàm với người đồng cấp Trung Quốc Lý Cường``).

The person the counterpart is read against is the nearest person named
before it in the same sentence; the office copied is that person's office
written nearest to their name in that sentence (the last of a stack:
``Politburo member, Minister of Foreign Affairs X`` gives ``minister of
foreign affairs``), else the first office the text gives them. The copy
names no body: the counterpart's body is their own country's.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Protocol

import attrs

from dipparse.text import PreparedText
from dipparse.titles import TitleHit, _vocab

__all__: list[str] = []

# On the folded lower-case view.
_EN = re.compile(r"(?<![\w'’-])counterpart(?![\w'’-])")
# Up to two words between the possessive and the noun (``his Lao``, ``her
# host``), read backwards from the noun.
_EN_BEFORE = re.compile(r"(?:(?:^|[ \t])(his|her)|([a-z'’-]{1,30}))[ \t]{1,3}\Z")
_POSSESSIVES = frozenset({"his", "her"})
_VI = re.compile(r"(?<!\w)nguoi[ \t]{1,3}dong[ \t]{1,3}cap(?!\w)")
# What may stand between the noun and the name: a comma and blanks.
_TO_NAME = re.compile(r",?[ \t]{1,3}")
# Where a sentence ends: a full stop, question or exclamation mark before a
# blank, or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?[ \t]|\n")

_NameHit = tuple[int, int, str]
# What joins two offices of one person: "General Secretary and President".
_AND = frozenset({"and", "và", "&"})


class _Holder(Protocol):
    """What is read of a person found in the text: the offices attached so far."""

    titles: list[TitleHit]
    country: str | None


@functools.cache
def _role_for_country() -> tuple[dict[str, dict[str, str]], dict[str, tuple[str, str]]]:
    """Per country, the role an office is called there; and the way back.

    ``vi_roles_by_country`` says China's head of government is its
    ``premier``: a Chinese counterpart of a prime minister is a premier, and
    a Vietnamese counterpart of a premier is a prime minister.
    """
    by_country = _vocab().vi_roles_by_country
    back = {
        local: (country, general)
        for country, roles in by_country.items()
        for general, local in roles.items()
    }
    return by_country, back


def _role_in(role: str, country: str | None) -> str:
    """``role`` as the office is called in ``country``."""
    by_country, back = _role_for_country()
    if role in back and back[role][0] != country:
        role = back[role][1]
    return by_country.get(country or "", {}).get(role, role)


def _country_words(lower: str, pos: int) -> tuple[int, str | None]:
    """A country named at ``pos`` (``Trung Quốc``, ``Lào``): where it ends, and the country."""
    words = lower[pos : pos + 60].split(" ")
    v = _vocab()
    for size in (3, 2, 1):
        key = " ".join(words[:size])
        if len(words) > size and key in v.org_countries:
            return pos + len(key), v.org_countries[key]
    return pos, None


def _words_before(lower: str, pos: int, nationalities: Mapping[str, str]) -> tuple[int, str | None]:
    """Where the words that qualify ``counterpart`` at ``pos`` start, and the country they name.

    After ``his`` or ``her``, up to two words (``his Lao``, ``her host``);
    without one, a nationality (``met Chinese counterpart``).
    """
    begin, country = pos, None
    words: list[tuple[int, str]] = []
    at = pos
    for _ in range(3):
        m = _EN_BEFORE.search(lower, max(0, at - 40), at)
        if m is None:
            break
        if m.group(1):
            # The possessive: the words read so far qualify the noun.
            if words:
                begin = words[-1][0]
                country = nationalities.get(words[0][1])
            return begin, country
        words.append((m.start(2), m.group(2)))
        at = m.start(2)
    if words and words[0][1] in nationalities:
        return words[0][0], nationalities[words[0][1]]
    return begin, country


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence that holds ``pos`` starts."""
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - 400), pos):
        start = m.end()
    return start


class _Sources:
    """The offices a counterpart's office is copied from, found by bisection.

    A text may name many people and many counterparts; each look-up costs
    a logarithm of those, not a pass over them.
    """

    def __init__(
        self, text: str, hits: Sequence[_NameHit], entities: Mapping[str, _Holder]
    ) -> None:
        self.text = text
        self.hits = sorted(hits, key=lambda h: h[1])
        self.ends = [h[1] for h in self.hits]
        self.entities = entities
        self.titles: dict[str, tuple[list[int], list[TitleHit]]] = {}

    def _titles(self, key: str) -> tuple[list[int], list[TitleHit]]:
        got = self.titles.get(key)
        if got is None:
            ordered = sorted(self.entities[key].titles, key=lambda t: t.start)
            got = self.titles[key] = ([t.start for t in ordered], ordered)
        return got

    def offices(self, before: int, sentence: int, other: str) -> list[TitleHit]:
        """The offices of the nearest person named in ``[sentence, before)`` other than ``other``.

        The office written nearest the name in that sentence, with those
        joined to it by ``and`` (``General Secretary and President``), but
        not those set off by a comma (``Politburo member, Minister of ...``:
        the minister's counterpart is no Politburo member); else the first
        office the text gives the person.
        """
        i = bisect.bisect_right(self.ends, before)
        while i > 0:
            i -= 1
            start, _, key = self.hits[i]
            if key != other:
                break
        else:
            return []
        if start < sentence:
            return []
        starts, ordered = self._titles(key)
        if not ordered:
            return []
        lo, hi = bisect.bisect_left(starts, sentence), bisect.bisect_left(starts, before)
        if lo == hi:
            return [ordered[0]]
        out = [ordered[hi - 1]]
        for t in reversed(ordered[max(lo, hi - 8) : hi - 1]):
            if self.text[t.end : out[-1].start].strip().lower() not in _AND:
                break
            out.append(t)
        return out[::-1]


@attrs.frozen
class Counterpart:
    """Words that name someone as a counterpart (``his Lao counterpart``).

    Attributes:
        start: First character of the words that qualify the noun (``Lao``),
            or of the noun.
        end: Just past the words (the country's name included in Vietnamese:
            ``người đồng cấp Lào``).
        country: The country the words name, or ``None``.
        name_at: Where the counterpart's name would start if it follows.
    """

    start: int
    end: int
    country: str | None
    name_at: int


def find_counterparts(p: PreparedText) -> list[Counterpart]:
    """The places ``p`` names someone as a counterpart, in text order.

    Args:
        p: The prepared text.

    Returns:
        The phrases found; most texts hold none.
    """
    lower = p.lower
    if "counterpart" not in lower and "dong cap" not in lower:
        return []
    nationalities = _vocab().nationalities
    found: list[Counterpart] = []
    for m in _EN.finditer(lower):
        begin, country = _words_before(lower, m.start(), nationalities)
        gap = _TO_NAME.match(lower, m.end())
        found.append(Counterpart(begin, m.end(), country, gap.end() if gap else m.end()))
    for m in _VI.finditer(lower):
        after = m.end() + 1 if lower[m.end() : m.end() + 1] == " " else m.end()
        stop, country = _country_words(lower, after)
        found.append(Counterpart(m.start(), stop if country else m.end(), country, stop + 1))
    found.sort(key=lambda c: c.start)
    return found


def counterpart_titles(
    p: PreparedText,
    found: Sequence[Counterpart],
    hits: Sequence[_NameHit],
    entities: Mapping[str, _Holder],
) -> Iterator[tuple[str, TitleHit]]:
    """Yield ``(person key, office)`` for each person named as someone's counterpart.

    Args:
        p: The prepared text.
        found: What :func:`find_counterparts` found in ``p``.
        hits: The names found, ``(start, end, person key)``, in text order.
        entities: The people by key, with the offices attached to them.

    Yields:
        The key of the counterpart and the office copied to them, spanning
        the words that name it, with the country those words name.
    """
    if not found:
        return
    text = p.text
    sources = _Sources(text, hits, entities)
    by_start = {h[0]: h for h in hits}
    by_end = {h[1]: h for h in hits}
    for c in found:
        target = by_start.get(c.name_at)
        limit = c.start
        # "Xi Jinping, his Chinese counterpart": the name before.
        if target is None:
            k = text.rfind(",", max(0, c.start - 8), c.start)
            if k < 0:
                continue
            target = by_end.get(k)
            if target is None:
                continue
            limit = target[0]
        country = c.country or entities[target[2]].country
        for source in sources.offices(limit, _sentence_start(text, limit), target[2]):
            yield (
                target[2],
                TitleHit(c.start, c.end, _role_in(source.role, country), None, c.country),
            )
