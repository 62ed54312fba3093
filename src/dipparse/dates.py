"""Finding date expressions and giving each its calendar value.

dipparse finds dates with its own grammar and computes their values itself
(month tables and :mod:`dipparse.calendar`); no general-purpose date parser
is run over the text, so nothing is read into an ordinal, a count or a verb.

How the text is read
--------------------
The grammar is one compiled pattern per language (English, Vietnamese, or
both when the language is unknown) of *atoms*, scanned once over
``PreparedText.lower`` (accent-folded, lower-cased, same offsets as the
text), so ``ngay 19 thang 8 nam 2024`` and ``ngày 19 tháng 8 năm 2024`` are
read alike. Case and diacritics are then checked on the prepared text. Atoms
next to each other are joined into ranges by small anchored patterns run
only at an atom's edge. Every repetition is bounded; no pattern nests
quantifiers.

The grammar is not scanned over every offset: every atom holds a digit or a
trigger word (a month, a weekday, the last word of a relative phrase, a
Vietnamese ``tháng``/``thứ``), which plain substring searches find, and it
starts at that word or at one of the three words before it that can open an
atom (a cue word or a capitalized word). The pattern is tried only there.

Atoms, and the rules that keep them precise:

- ISO ``2024-08-18`` (also ``2024/08/18``): a day, anywhere.
- Numeric ``19/8/2024``, ``19.8.2024``, ``19-8-2024``: day first, as
  Vietnamese and British texts write it; month first only when the second
  number cannot be a month (``8/19/2024``). Not inside a longer run of
  numbers or slashes (document numbers ``15/2024/ND-CP`` are not dates).
- English month words (``Aug. 19``, ``August 28th, 2024``, ``19 August
  2024``, ``the 19th of August``, ``the second of December``, ``August
  2024``): the month word must be
  capitalized and written in ASCII, so ``may`` and the verb ``march`` are
  never months. A month word alone is a month only after a cue (``in
  August``, ``mid-August``, ``last March``); ``May`` and ``March`` with
  nothing after them are never read.
- A bare four-digit number 1900-2100 is a year only in year context: after a
  preposition or time word (``in``, ``since``, ``by``, ``until``, ``early``,
  ``fiscal``, ``end of`` ...), after ``năm``, after a determiner or ``of``
  when the next word is one thing rather than many (``the 1999 treaty``, ``a
  2019 report``, ``the Revolution of 1945``, but not ``the 2000
  delegates``, ``the 2000 km``, ``a total of 2000``), listed after a year
  (``in 2024 and 2025``), in a range (``2021-2025``,
  ``from 2021 to 2025``), or right after a capitalized word that names an
  edition (``Exchange 2025``, ``Expo 2025``, ``ASEAN 2025 Summit``), except
  words that introduce numbers (``No.``, ``Decree``, ``Room``, ``Route``,
  currency codes ``USD``, ``VND`` ...; see ``data/dates.json``) and a capital
  that only opens the sentence (``Some 2000 people``). Counts, percentages, money, decades (``1990s``)
  and numbers inside longer numbers are never years.
- Ordinals (``the 13th Party Congress``, ``the 75th anniversary``, ``the
  third plenary session``) are never read: a day number is only taken next
  to a month, or in English as ``on the 5th`` with no noun after it (the
  latest such day up to ``ref``, the next in a sentence about the future;
  ``on the 2nd of next month``).
- Weekdays (``on Sunday``, ``last Friday``, ``thứ Hai``): English names in
  full and capitalized, not in names (``Easter Sunday``, ``Sunday Times``).
  A Vietnamese ``thứ hai`` is a weekday only when capitalized, after a time
  cue (``vào``, ``sáng``, ``hôm``...) or before a date, never after an
  ordinal noun (``lần thứ hai``, ``kỳ họp thứ 8``). A weekday followed by a
  date (``Monday, Aug. 19``; ``thứ Hai (19/8)``) is one mention with the
  date's value, its bracket closed. Two weekdays joined by ``to``,
  ``through`` or ``đến`` (``from Tuesday to Thursday``, ``từ thứ Hai đến
  thứ Tư tuần trước``) are one range from the first.
  A weekday and a bare ordinal (``on Friday, the 16th``) are one day: the
  16th of the month near ``ref`` that falls on a Friday.
- Relative words (``today``, ``yesterday``, ``next year``, ``last month``,
  ``earlier this week``, ``two years ago``; ``hôm qua``, ``sáng nay``, ``năm
  nay``, ``năm ngoái``). Weeks have no granularity of their own: ``last
  week`` is the day range Monday to Sunday, ``earlier this week`` Monday to
  the reference day. ``50 năm`` and ``nhiều năm nay`` are spans, not dates.
- Vietnamese ``ngày 19 tháng 8 năm 2024``, ``tháng 8``, ``tháng 8/2024``,
  ``tháng 10 vừa qua`` (the latest October up to ``ref``), ``tháng 3 tới``
  (the next March),
  ``tháng Tám`` (not in a name such as ``Cách mạng Tháng Tám``), ``ngày 2
  tháng Chín năm 1945``, ``năm
  2024``; numeric ``19/8``, ``19-8`` and ``2.9`` without a year only in
  Vietnamese, after a day cue (``ngày``, ``sáng``, ``từ``, ``Quốc khánh``
  ...) or, for ``/`` and ``-``, when one part has two digits (small
  single-digit pairs such as ``1/3`` are fractions or scores). In a text
  written with diacritics the Vietnamese words must carry their own
  (``thắng 8`` is not ``tháng 8``); a text written without any is read bare.

Periods of a year are ranges of months: ``the first quarter of 2025``,
``Q3 2024``, ``first-quarter``, ``the first half of this year``, ``H1
2025``, ``the first seven months of 2024``, ``quý I/2025``, ``quý 3 năm
2024``, ``6 tháng đầu năm``, ``nửa cuối năm 2023`` (without a year, the
reference's; not ``the first half of December``, of the 20th century, nor
``last quarter``).

Ranges: ``February 19–22``, ``from August 26 to 30``, ``between May 5 and
7``, ``August 30 to September 2``, ``19-22 February``, ``từ 19 đến 22/2``,
``30/8 - 2/9``, ``2021-2025``; months ``January-July``, ``from March to
June 2023``, ``tháng 1 đến tháng 7/2024`` (a year at either end is shared;
without one the last month takes the year nearest ``ref``). ``value`` is the
first day (month, year), ``end_value`` the last.

Values
------
Expressions resolve against ``ref`` (the dateline's date, else the
publication date). A day without a year takes the year that puts it nearest
``ref``; a month without a year likewise (a tie goes to the past, or to the
future in a sentence about the future). A weekday is the nearest such day not
after ``ref``, or the nearest one not before it when the sentence speaks of
the future (``will``, ``is scheduled``, ``sẽ``) and no past reporting verb
(``said``, ``met``, ``đã``) stands between the future word and the weekday:
news names a day within the week by its weekday, so ``will meet on Monday``
in a Monday story is that day, and only ``next Monday`` or ``thứ Hai tới``
is the one after. With ``ref=None`` only expressions that carry their full value
(``Aug. 19, 2024``, ``2025``) are returned.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs
import regex

from dipparse import calendar
from dipparse._data import load_json
from dipparse._digits import to_int
from dipparse.models import DateMention, Granularity, _new
from dipparse.models import _set as _set_attr
from dipparse.names import fold
from dipparse.text import DIACRITIC_LETTER, PreparedText, letter_bytes, letter_runs

__all__ = ["extract_dates"]

# --------------------------------------------------------------------------
# Vocabulary and patterns, built once.


def _key(word: str) -> str:
    return fold(word).lower()


def _alt(words: Iterable[str]) -> str:
    """A trie-shaped alternation of folded words, spaces as bounded white space.

    The shape matters for speed: the engine tries each branch in turn, so
    ``(?:a(?:pr|ug))`` fails on a letter after one test where ``apr|aug|...``
    takes one per word. Branches are greedy, so the longest word wins.

    Example:
        >>> _alt(["Aug", "August", "Apr"])
        '(?:a(?:pr|ug(?:ust)?))'
        >>> regex.fullmatch(_alt(["end of", "in"]), "end  of") is not None
        True
    """
    trie: dict[str, Any] = {}
    for w in {_key(w) for w in words}:
        node = trie
        for ch in " ".join(w.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: dict[str, Any]) -> str:
    end = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        head = r"\s{1,3}" if ch == " " else regex.escape(ch)
        branches.append(head + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not end else "(?:" + "|".join(branches) + ")"
    if end:
        return body + "?"
    return body


@functools.cache
def _vocab() -> dict[str, Any]:
    data: dict[str, Any] = load_json("dates.json")
    return data


def _months() -> dict[str, int]:
    return calendar.month_table()


@functools.cache
def _weekdays_en() -> dict[str, int]:
    out: dict[str, int] = {}
    for num, words in load_json("months.json")["weekdays"].items():
        for w in words:
            if w.isascii() and w.endswith("day"):
                out[w] = int(num)
    return out


def _norm(s: str) -> str:
    return " ".join(s.split())


def _in_a_title(text: str, start: int) -> bool:
    """True when the capitalized word at ``start`` follows a capitalized word in the same sentence."""
    if not text[start : start + 1].isupper() or start < 2 or text[start - 1] != " ":
        return False
    k = text.rfind(" ", 0, start - 1) + 1
    word = text[k : start - 1]
    return bool(word) and word[0].isupper() and word[-1].isalpha()


@functools.cache
def _table(lang: str, name: str) -> dict[str, Any]:
    return {_norm(_key(k)): v for k, v in _vocab()[lang][name].items()}


@functools.cache
def _set(lang: str, name: str) -> frozenset[str]:
    return frozenset(_norm(_key(w)) for w in _vocab()[lang][name])


@functools.cache
def _vi_words() -> frozenset[str]:
    v = _vocab()["vi"]
    words: set[str] = set(v["words"])
    for group in ("relative_days", "relative_weeks", "relative_months", "relative_years"):
        for phrase in v[group]:
            words.update(phrase.split())
    for phrase in (*v["weekdays"], *v["month_words"], *v["number_words"], *v["ago_leads"]):
        words.update(phrase.split())
    return frozenset(words)


_D = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_ORD = r"(?:st|nd|rd|th)?"
_M = r"(?:1[0-2]|0?[1-9])(?!\d)"
_Y = r"(?:1[5-9]\d\d|20\d\d|21\d\d)(?!\d)"
_S = r"\s{1,3}"


def _group(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


@functools.cache
def _en_atoms() -> tuple[str, ...]:
    v = _vocab()["en"]
    months = load_json("months.json")["months"].values()
    full = [words[0] for words in months]
    # Only an abbreviation takes a period: the one after "August." ends a sentence.
    mon = rf"(?:{_alt(full)}\b|{_alt(w for words in months for w in words[1:])}\b\.?)"
    monf = _alt(full)
    wd = _alt(_weekdays_en())
    rel = _alt(
        [*v["relative_days"], *v["relative_weeks"], *v["relative_months"], *v["relative_years"]]
    )
    num = rf"(?:\d{{1,2}}|{_alt(v['number_words'])})"
    parts = [
        # Month word and day: Aug. 19 / August 28th, 2024
        _group(
            "md",
            rf"\b(?P<md_m>{mon})(?:{_S}|(?<=\.))(?P<md_d>{_D}){_ORD}\b(?:,?{_S}(?P<md_y>{_Y}))?",
        ),
        # Day and month word: 19 August 2024 / the 19th of August
        _group(
            "dm",
            rf"\b(?P<dm_d>{_D}){_ORD}(?:{_S}of)?{_S}(?P<dm_m>{mon})(?:,?{_S}(?P<dm_y>{_Y}))?",
        ),
        # Ordinal word, "of" and month word: the second of December
        _group(
            "dw",
            rf"\b(?P<dw_d>{_alt(v['day_ordinals'])}){_S}of{_S}(?P<dw_m>{mon})"
            rf"(?:,?{_S}(?P<dw_y>{_Y}))?",
        ),
        # Month word and year: August 2024
        _group("my", rf"\b(?P<my_m>{mon}),?{_S}(?P<my_y>{_Y})"),
        # Month range: January-July / from January to July 2024 / between March and May
        _group(
            "mr",
            rf"(?:\b(?P<mr_c>from|between){_S})?\b(?P<mr_a>{monf})(?:,?{_S}(?P<mr_ya>{_Y}))?"
            rf"(?:\s{{0,2}}-{{1,2}}\s{{0,2}}|{_S}(?P<mr_w>to|through|till|until|and){_S})"
            rf"(?P<mr_b>{monf})\b(?:,?{_S}(?P<mr_y>{_Y})|(?![.,]?\s{{0,3}}\d))",
        ),
        # Cue and month word: in August / mid-August / last March
        _group(
            "mc",
            rf"\b(?P<mc_c>{_alt(v['month_cues'])})(?:{_S}|-)(?P<mc_m>{monf})\b(?!\.?\s{{0,3}}\d)"
            rf"(?:{_S}(?:of{_S})?(?P<mc_r>last|next|this){_S}year\b)?",
        ),
        # Relative words: next year / earlier this week / two years ago
        _group("rel", rf"\b{rel}\b"),
        _group("ago", rf"\b(?P<ago_n>{num}){_S}(?P<ago_u>days?|months?|years?){_S}ago\b"),
        # Weekday: on Sunday / last Friday / Monday's
        _group("wd", rf"(?:\b(?P<wd_c>{_alt(v['weekday_cues'])}){_S})?\b(?P<wd_d>{wd})\b"),
        # Year ranges with words: from 2021 to 2025 / between 2021 and 2025
        _group(
            "yw",
            rf"\b(?P<yw_c>from|between){_S}(?P<yw_a>{_Y}){_S}(?:to|and|through|until){_S}(?P<yw_b>{_Y})",
        ),
        # Year after a determiner, checked against the next word: the 1999 treaty
        _group(
            "yd",
            rf"\b(?:{_alt(v['year_determiners'])}){_S}(?P<yd_y>{_Y})(?![.,]?\d|s\b|/)"
            rf"(?:{_S}(?P<yd_n>[\p{{L}}][\p{{L}}-]{{0,24}}))?",
        ),
        # Year after "of", checked like the one after a determiner: the Revolution of 1945
        _group(
            "yo",
            rf"\bof{_S}(?P<yo_y>{_Y})(?![.,]?\d|s\b|/)(?:{_S}(?P<yo_n>[\p{{L}}][\p{{L}}-]{{0,24}}))?",
        ),
        # Year with a cue: in 2025 / by the end of 2025 / mid-2025
        _group(
            "yc",
            rf"\b(?:(?:{_alt(v['year_cues'])})(?:{_S}|-)(?:the{_S}(?:year{_S})?)?"
            rf"|(?:{_alt(v['year_of_cues'])}){_S}of{_S})(?P<yc_y>{_Y})",
        ),
    ]
    return tuple(parts)


@functools.cache
def _vi_atoms() -> tuple[str, ...]:
    v = _vocab()["vi"]
    rel = _alt(
        [*v["relative_days"], *v["relative_weeks"], *v["relative_months"], *v["relative_years"]]
    )
    wds = _alt(v["weekdays"])
    cue = _alt(v["day_cues"])
    mw = _alt(v["month_words"])
    year_rel = _alt(v["relative_years"])
    num = rf"(?:\d{{1,3}}(?!\d)|{_alt(v['number_words'])})"
    units = _alt(v["ago_units"])
    lead = _alt(v["ago_leads"])
    not_after = _alt(v["ago_after_not"])
    parts = [
        # ngày 19 tháng 8 năm 2024 / 19 tháng 8, 2024 / ngày 2 tháng Chín năm 1945
        _group(
            "vf",
            rf"(?:\b(?P<vf_c>ngay|mung|mong){_S})?\b(?P<vf_d>{_D}){_S}thang{_S}"
            rf"(?:(?P<vf_m>{_M})|(?P<vf_w>{mw})\b)"
            rf"(?:(?:\s{{0,3}},)?{_S}nam{_S}(?P<vf_y>{_Y})|\s{{0,2}}[/.-]\s{{0,2}}(?P<vf_y2>{_Y}))?",
        ),
        # Month range: tháng 1 đến tháng 7/2024 / tháng 1-7 năm 2024
        _group(
            "vmr",
            rf"\bthang{_S}(?P<vmr_a>{_M})(?:\s{{0,2}}[/.-]\s{{0,2}}(?P<vmr_ya>{_Y}))?"
            rf"(?:\s{{0,2}}-{{1,2}}\s{{0,2}}|{_S}(?:den|toi){_S}(?:thang{_S})?)(?P<vmr_b>{_M})(?![.,]\d)"
            rf"(?:\s{{0,2}}[/.-]\s{{0,2}}(?P<vmr_y>{_Y})|{_S}nam{_S}(?P<vmr_y2>{_Y})"
            rf"|{_S}(?P<vmr_r>{year_rel})\b)?",
        ),
        # tháng 8 / tháng 8/2024 / tháng 8 năm 2024 / tháng 8 năm ngoái
        _group(
            "vm",
            rf"\bthang{_S}(?P<vm_m>{_M})(?![.,]\d)"
            rf"(?:\s{{0,2}}[/.-]\s{{0,2}}(?P<vm_y>{_Y})|{_S}nam{_S}(?P<vm_y2>{_Y})"
            rf"|{_S}(?P<vm_r>{year_rel})\b"
            # tháng 10 vừa qua / tháng 9 tới (not tới nay, "until now") / tháng 8 này
            rf"|{_S}(?P<vm_t>vua{_S}qua|toi(?!{_S}nay\b)|nay)\b)?",
        ),
        # tháng Tám
        _group(
            "vw",
            rf"\bthang{_S}(?P<vw_m>{mw})\b(?:{_S}nam{_S}(?P<vw_y>{_Y})|{_S}(?P<vw_r>{year_rel})\b)?",
        ),
        # năm 2024
        _group("vy", rf"\bnam{_S}(?P<vy_y>{_Y})"),
        # Two numeric day/months joined by a dash: 30/8-2/9, 30/8 - 2/9/2024
        _group(
            "vnr",
            rf"(?:\b(?P<vnr_c>{cue}){_S})?(?<![\d/.,])(?P<vnr_d1>{_D})/(?P<vnr_m1>{_M})\s{{0,2}}-{{1,2}}\s{{0,2}}"
            rf"(?P<vnr_d2>{_D})/(?P<vnr_m2>{_M})(?:/(?P<vnr_y>{_Y}))?(?![/]\d|[.,-]\d|\d|\s?%)",
        ),
        # Numeric day/month with a cue word or on its own: ngày 19/8, Quốc khánh 2.9
        _group(
            "vn",
            rf"(?:\b(?P<vn_c>{cue}){_S})?(?<![\d/.,])(?P<vn_d>{_D})(?P<vn_s>[/.-])(?P<vn_m>{_M})"
            rf"(?:(?P=vn_s)(?P<vn_y>{_Y}))?(?![/]\d|[.,-]\d|\d|\s?%|{_S}thang\b)",
        ),
        # 3 năm trước / cách đây ba năm (not "ba năm trước đó", before another time)
        _group(
            "vago",
            rf"(?:\b(?P<vago_c>{lead}){_S}(?P<vago_n>{num}){_S}(?P<vago_u>{units})\b"
            rf"(?:{_S}(?:ve{_S})?truoc\b)?"
            rf"|(?<![\d.,])\b(?P<vago_n2>{num}){_S}(?P<vago_u2>{units}){_S}(?:ve{_S})?truoc\b)"
            rf"(?!{_S}{not_after}\b)",
        ),
        _group("vr", rf"\b{rel}\b"),
        _group(
            "vwd",
            rf"\b(?P<vwd_d>{wds})\b"
            # "tới" before a second weekday opens a range (thứ Hai tới thứ Năm), not "next".
            rf"(?:{_S}(?P<vwd_t>tuan{_S}(?:truoc|qua|toi|sau|nay)|toi(?!{_S}(?:thu|chu){_S})"
            rf"|truoc|vua{_S}qua|sau)\b)?",
        ),
    ]
    return tuple(parts)


def _common_atoms() -> list[str]:
    return [
        _group(
            "iso",
            rf"(?<![\d/.-])(?P<iso_y>{_Y})(?P<iso_s>[-/.])(?P<iso_m>{_M})(?P=iso_s)(?P<iso_d>{_D})(?![/.]\d|\d)",
        ),
        _group(
            "num",
            rf"(?<![\d/.,-])(?P<num_a>\d{{1,2}})(?P<num_s>[/.-])(?P<num_b>\d{{1,2}})(?P=num_s)(?P<num_y>{_Y})(?![/.-]\d|\d)",
        ),
        # 2021-2025 / 2021–25
        _group(
            "yr",
            rf"(?<![\d/.,-])(?P<yr_a>{_Y})\s{{0,2}}-{{1,2}}\s{{0,2}}(?P<yr_b>{_Y}|\d\d(?!\d))(?![/.-]\d|\d)",
        ),
    ]


# Exchange 2025: a capitalized word then a year, its case checked after the match.
# It goes last so that every cue-led atom at the same place wins first.
_NAME_YEAR = _group("yn", rf"\b(?P<yn_w>[\p{{L}}]{{2,24}})\.?{_S}(?P<yn_y>{_Y})(?![.,]?\d|s\b|/)")


@functools.cache
def _alternatives(lang: str) -> tuple[str, ...]:
    """The grammar's atoms for one language, in the order the grammar tries them."""
    pieces = _common_atoms()
    if lang in ("en", "any"):
        pieces.extend(_en_atoms())
    if lang in ("vi", "any"):
        pieces.extend(_vi_atoms())
    pieces.append(_NAME_YEAR)
    return tuple(pieces)


@functools.cache
def _pattern(lang: str) -> regex.Pattern[str]:
    """The whole grammar of one language."""
    return regex.compile("|".join(_alternatives(lang)))


@functools.cache
def _atom_pattern(lang: str, index: int) -> regex.Pattern[str]:
    """One atom of the grammar alone: matching it costs a fraction of the whole."""
    return regex.compile(_alternatives(lang)[index])


def _ascii_source(lang: str, index: int) -> str:
    r"""The source of one atom for :func:`_ascii_grammar`: ``\p{L}`` is ``a-zA-Z`` on ASCII."""
    src = _alternatives(lang)[index].replace(r"\p{L}", "a-zA-Z")
    if r"\p{" in src:
        raise ValueError(f"no ASCII form for {src!r}")
    return src


@functools.cache
def _ascii_grammar(lang: str) -> re.Pattern[str]:
    r""":func:`_pattern` for a text of ASCII characters alone, by the stdlib ``re``.

    On ASCII, ``\d``, ``\s``, ``\w`` and ``\b`` of ``re.ASCII`` are those
    of ``regex`` (whose ``\s`` leaves out U+001C-U+001F, as ``re.ASCII``
    does) and ``\p{L}`` is ``a-zA-Z``; ``re`` starts a match several times
    faster. A match is the first atom that matches, as :func:`_pattern`'s
    is, in one call where the gate and the atom it lets through take two.

    Example:
        >>> m = _ascii_grammar("en").match("on aug. 19, 2024", 3)
        >>> m.group(), m.lastgroup
        ('aug. 19, 2024', 'md')
    """
    return re.compile(
        "|".join(_ascii_source(lang, i) for i in range(len(_alternatives(lang)))), re.ASCII
    )


@functools.cache
def _ascii_groups(lang: str) -> dict[str, int]:
    """Group names of :func:`_ascii_grammar` to their numbers, as a plain ``dict``."""
    return dict(_ascii_grammar(lang).groupindex)


_ALL_ASCII = frozenset(range(128))
_FIRST_CLASSES = {"CATEGORY_DIGIT": frozenset(range(0x30, 0x3A))}


def _first_of(items: Any) -> tuple[frozenset[int], bool]:
    """The ASCII characters a parsed ``re`` sequence may start with (a superset), and whether it may be empty.

    Zero-width assertions are passed over (their conditions only narrow), and
    anything not known here may start with any character: the set is only
    ever too wide.
    """
    out: set[int] = set()
    for op, av in items:
        name = getattr(op, "name", "")
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        first, empty = _first_of_item(name, av)
        out |= first
        if not empty:
            return frozenset(out), False
    return frozenset(out), True


def _first_of_item(name: str, av: Any) -> tuple[frozenset[int], bool]:
    if name == "LITERAL":
        return frozenset([av]) & _ALL_ASCII, False
    if name == "IN":
        chars: set[int] = set()
        for op, arg in av:
            kind = getattr(op, "name", "")
            if kind == "LITERAL":
                chars.add(arg)
            elif kind == "RANGE":
                chars.update(range(arg[0], min(arg[1], 127) + 1))
            elif kind == "CATEGORY" and getattr(arg, "name", "") in _FIRST_CLASSES:
                chars |= _FIRST_CLASSES[arg.name]
            else:  # a negation, or a class not spelled out here
                return _ALL_ASCII, False
        return frozenset(chars) & _ALL_ASCII, False
    if name == "SUBPATTERN":
        return _first_of(av[-1])
    if name == "BRANCH":
        firsts = [_first_of(branch) for branch in av[1]]
        return frozenset().union(*(f for f, _ in firsts)), any(e for _, e in firsts)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        first, empty = _first_of(av[2])
        return first, empty or av[0] == 0
    return _ALL_ASCII, True


_AsciiRead = tuple[Callable[[str, int], "re.Match[str] | None"], dict[str, int]]


@functools.cache
def _ascii_dispatch(lang: str) -> dict[str, _AsciiRead]:
    """For each ASCII character, :func:`_ascii_grammar` with only the atoms that can start with it.

    The atoms kept are in the grammar's order, so a match is the whole
    grammar's match. At a digit only the few atoms that open with one are
    tried. The words share one grammar, each atom behind a lookahead for its
    first characters: a failing atom then costs one test, where it cost
    reading its words. An atom whose first characters are not known here is
    kept, unguarded, everywhere.

    Example:
        >>> match, groups = _ascii_dispatch("en")["a"]
        >>> match("aug. 19", 0).lastgroup
        'md'
    """
    try:
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_parse as parser

    sources = [_ascii_source(lang, i) for i in range(len(_alternatives(lang)))]
    firsts = [_first_of(parser.parse(src, re.ASCII).data)[0] for src in sources]
    digits = frozenset(range(0x30, 0x3A))
    words = tuple(i for i, first in enumerate(firsts) if not first <= digits)
    made: dict[tuple[int, ...], _AsciiRead] = {}

    def grammar(atoms: tuple[int, ...], guarded: bool) -> _AsciiRead:
        got = made.get(atoms)
        if got is None:
            parts = []
            for i in atoms:
                first = firsts[i]
                guard = ""
                if guarded and first != _ALL_ASCII:
                    guard = "(?=[" + "".join(re.escape(chr(c)) for c in sorted(first)) + "])"
                parts.append(guard + sources[i])
            pattern = re.compile("|".join(parts) or "(?!)", re.ASCII)
            got = made[atoms] = (pattern.match, dict(pattern.groupindex))
        return got

    out = {}
    for c in range(128):
        if c in digits:
            out[chr(c)] = grammar(tuple(i for i, first in enumerate(firsts) if c in first), False)
        else:
            out[chr(c)] = grammar(words, True)
    return out


@functools.cache
def _atom_groups(lang: str, index: int) -> dict[str, int]:
    """Group names of :func:`_atom_pattern` to their numbers."""
    return dict(_atom_pattern(lang, index).groupindex)


_AnyMatch = regex.Match[str] | re.Match[str]


class _Groups:
    """An atom's match, its named groups read through their numbers.

    ``regex`` looks a group name up at several times the cost of the read
    itself, and a match is read by name a dozen times. Each group's span is
    read by its number when asked for: the whole grammar has dozens of
    groups, and ``Match.regs`` would make a pair for each. ``start``,
    ``end`` and ``group`` answer as the match's own methods do (``-1`` and
    ``None`` for a group that took no part).
    """

    __slots__ = ("_index", "_low", "_span", "lastgroup")

    def __init__(self, m: _AnyMatch, low: str, index: dict[str, int]) -> None:
        self.lastgroup = m.lastgroup
        self._span: Callable[[int], tuple[int, int]] = m.span
        self._low = low
        self._index = index

    def start(self, name: str) -> int:
        return self._span(self._index[name])[0]

    def end(self, name: str) -> int:
        return self._span(self._index[name])[1]

    def group(self, name: str) -> str | Any:  # as ``regex.Match.group`` is typed
        s, e = self._span(self._index[name])
        return None if s < 0 else self._low[s:e]


_ANY = "(?s:.)"
_ASCII_CHARS = "".join(map(chr, range(128)))


@functools.cache
def _widened(cls: str) -> str:
    r"""A stdlib class holding every character the ``regex`` class or escape ``cls`` may match.

    Only ASCII is decided by ``regex`` itself (its meaning there is the same in
    every Unicode version); every other character is let through. A negated
    class keeps compiling fast where a range up to U+10FFFF would not.

    Example:
        >>> _widened(r"[\d/]")
        '[^\\x00-\\x2e\\x3a-\\x7f]'
    """
    # One scan of the 128 ASCII characters: the class matches one character at a time.
    hits = set(regex.compile(cls).findall(_ASCII_CHARS))
    kept = [chr(c) in hits for c in range(128)]
    ranges: list[str] = []
    c = 0
    while c < 128:
        if kept[c]:
            c += 1
            continue
        e = c
        while e + 1 < 128 and not kept[e + 1]:
            e += 1
        ranges.append(f"\\x{c:02x}" if e == c else f"\\x{c:02x}-\\x{e:02x}")
        c = e + 1
    return "[^" + "".join(ranges) + "]"


def _skip_group(src: str, i: int) -> int:
    """The offset just past the group that opens at ``src[i]``."""
    depth = 0
    in_class = False
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"unbalanced group in {src!r}")


_ASCII_SPACES = " \\t\\n\\r\\f\\v"


def _narrowed_escape(e: str, *, in_class: bool) -> str | None:
    r"""The narrowed form of the escape ``\e`` (inside a class or not), or ``None`` if it has none."""
    if e == "d":
        return "0-9" if in_class else "[0-9]"
    if e == "s":
        return _ASCII_SPACES if in_class else f"[{_ASCII_SPACES}]"
    return None if e.isalnum() else "\\" + e


def _narrowed(src: str, *, lookbehind: bool) -> str | None:
    r"""A stdlib source matching only where the ``regex`` source ``src`` matches, else ``None``.

    ``\d`` and ``\s`` narrow to their ASCII members, which both engines read
    alike; a word boundary, a property, a group or a negated class has no
    such form here. A lookbehind must keep a fixed width for the stdlib, so it
    takes no quantifier or alternative.

    Example:
        >>> _narrowed(r"\.?\s{0,3}\d", lookbehind=False)
        '\\.?[ \\t\\n\\r\\f\\v]{0,3}[0-9]'
        >>> _narrowed(r"[\d/.-]", lookbehind=True)
        '[0-9/.-]'
        >>> _narrowed(r"s\b|/", lookbehind=False) is None
        True
    """
    out: list[str] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            esc = _narrowed_escape(src[i + 1], in_class=False)
            if esc is None:
                return None
            out.append(esc)
            i += 2
        elif c == "[":
            j = i + 1
            if src[j] == "^":
                return None
            parts: list[str] = []
            while src[j] != "]":
                if src[j] == "\\":
                    esc = _narrowed_escape(src[j + 1], in_class=True)
                    if esc is None:
                        return None
                    parts.append(esc)
                    j += 2
                else:
                    parts.append(src[j])
                    j += 1
            out.append("[" + "".join(parts) + "]")
            i = j + 1
        elif c in "()" or (lookbehind and c in "?*+{|"):
            return None
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _relax(src: str) -> str:
    r"""A stdlib ``re`` pattern that matches wherever the ``regex`` pattern ``src`` matches.

    Word boundaries and positive lookarounds are dropped, negative ones
    narrowed (:func:`_narrowed`) or dropped, named groups and back
    references lose their names, and ``\s``, ``\d``, ``\p{..}`` (and classes
    holding them) widen to every character that may be one of them. Only the
    grammar's own constructs are handled; anything else is an error at import.

    Example:
        >>> _relax(r"(?<![\d/])\b(?P<x>[/.-])\s{1,3}(?P=x)")
        '(?<![0-9/])(?:[/.-])[^\\x00-\\x08\\x0e-\\x1f\\x21-\\x7f]{1,3}(?s:.)'
    """
    out: list[str] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            e = src[i + 1]
            if e == "b":
                i += 2
            elif e in "sdp":
                end = src.index("}", i) + 1 if e == "p" else i + 2
                out.append(_widened(src[i:end]))
                i = end
            elif not e.isalnum():
                out.append(src[i : i + 2])
                i += 2
            else:
                raise ValueError(f"escape \\{e} not handled in {src!r}")
        elif c == "[":
            j = i + 1
            while src[j] != "]":
                j += 2 if src[j] == "\\" else 1
            cls = src[i : j + 1]
            out.append(_widened(cls) if "\\" in cls else cls)
            i = j + 1
        elif src.startswith(("(?<!", "(?!"), i):
            # A negative lookaround is kept where a narrower one can be
            # written: refusing fewer places, it keeps the gate a superset.
            end = _skip_group(src, i)
            head = 4 if src[i + 2] == "<" else 3
            inner = _narrowed(src[i + head : end - 1], lookbehind=head == 4)
            if inner is not None:
                out.append(src[i : i + head] + inner + ")")
            i = end
        elif src.startswith(("(?<=", "(?="), i):
            i = _skip_group(src, i)
        elif src.startswith("(?P<", i):
            out.append("(?:")
            i = src.index(">", i) + 1
        elif src.startswith("(?P=", i):
            # Every back reference of the grammar repeats a one-character separator.
            out.append(_ANY)
            i = src.index(")", i) + 1
        elif src.startswith("(?:", i):
            out.append("(?:")
            i += 3
        elif src.startswith("(?", i):
            raise ValueError(f"group {src[i : i + 4]!r} not handled in {src!r}")
        elif c == "(":
            out.append("(?:")
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


@functools.cache
def _gate_source(atom: str) -> str:
    r"""The stdlib source of one atom's gate: :func:`_relax`, a year read as any ``[12]\d{3}``.

    The looser year keeps the gate a superset of the atom and compiles in
    two thirds of the time (every year of the grammar is spelled out).
    """
    year, loose = _loose_year()
    return _relax(atom).replace(year, loose)


@functools.cache
def _loose_year() -> tuple[str, str]:
    return _relax(_Y), _relax(r"[12]\d{3}")


@functools.cache
def _gate(lang: str) -> re.Pattern[str]:
    """The grammar loosened for the stdlib ``re``, each atom a numbered group.

    A match tells which atom is the first that may match at an offset
    (``lastindex - 1``); where it fails, no atom of the grammar matches.
    It costs a fraction of the grammar.
    """
    return re.compile("|".join(f"({_gate_source(a)})" for a in _alternatives(lang)))


@functools.cache
def _atom_gate(lang: str, index: int) -> re.Pattern[str]:
    """One atom of :func:`_gate` alone."""
    return re.compile(_gate_source(_alternatives(lang)[index]))


_YEAR_LIST = regex.compile(
    rf"(?:\s{{0,2}},\s{{0,3}}(?:(?:and|or|va|hoac){_S})?|{_S}(?:and|or|va|hoac){_S})(?:nam{_S})?"
    rf"(?P<y>{_Y})(?![.,]?\d|s\b|/|-|\s{{0,2}}%)(?:{_S}(?!(?:and|or|va|hoac)\b)(?P<n>[\p{{L}}][\p{{L}}-]{{0,24}}))?"
)
_LOOKBACK_CHARS = 40
_LOOKBACK_WORDS = 3
_WORD_START = regex.compile(r"\b\w")
# A word start (``_WORD_START`` on ASCII) and the letters there (``_ASCII_WORD_AT``), in one match.
_ASCII_WORD_LETTERS = re.compile(r"\b(?=\w)[A-Za-z]{0,30}", re.ASCII)


_DIGITS = regex.compile(r"\d+")
_WORD_AT = regex.compile(r"[^\W\d_]{1,30}")
_ASCII_WORD_AT = re.compile(r"[A-Za-z]{1,30}")


@functools.cache
def _starters(lang: str) -> frozenset[str]:
    """First words of every atom that begins with a word before its digit or trigger."""
    out: set[str] = set()
    langs = ("en", "vi") if lang == "any" else (lang,)
    for code in langs:
        for group, value in _vocab()[code].items():
            if group in (
                "about",
                "not_year_names",
                "count_nouns",
                "weekday_name_words",
                "words",
                "not_plurals",
                # Read by ``_with_periods`` alone, never by the grammar.
                "quarter_words",
                "half_words",
                "month_count_words",
                "quarter_numbers",
                "period_words",
            ):
                continue
            if isinstance(value, (list, dict)):
                out.update(_key(str(w)).split()[0] for w in value if _key(str(w)).split())
    out.update(("from", "between", "mid", "of", "ngay", "mung", "mong", "thang", "nam", "tu"))
    return frozenset(out)


@functools.cache
def _trigger_words(lang: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """Search keys and the whole words they must belong to, for one grammar.

    Month words are found by their first three letters and every ``...day``
    word by ``day``, so a handful of substring searches find them all.
    """
    words: set[str] = set()
    langs = ("en", "vi") if lang == "any" else (lang,)
    if "en" in langs:
        words |= set(_months()) | set(_weekdays_en()) | {"ago"}
    if "vi" in langs:
        words |= {"thang", "thu", "chu"}
    for code in langs:
        for group in ("relative_days", "relative_weeks", "relative_months", "relative_years"):
            words.update(_key(phrase).split()[-1] for phrase in _vocab()[code][group])
    keys = set()
    for w in words:
        if w in _months():
            keys.add(w[:3])
        elif w.endswith("day"):
            keys.add("day")
        else:
            keys.add(w)
    return tuple(sorted(keys)), frozenset(words)


@functools.cache
def _trigger_bytes(lang: str) -> frozenset[bytes]:
    return frozenset(w.encode("ascii") for w in _trigger_words(lang)[1])


@functools.cache
def _run_keys(lang: str) -> frozenset[bytes]:
    """The trigger words and the words a period needs (:func:`_with_periods`), as ASCII bytes."""
    keys = set(_trigger_bytes(lang))
    if lang != "vi":
        keys.update(run for _, _, run in _PERIOD_KEYS_EN)
    if lang != "en":
        keys.update(run for _, _, run in _PERIOD_KEYS_VI)
    return frozenset(keys)


def _present_runs(p: PreparedText, lang: str) -> frozenset[bytes]:
    """Which of :func:`_run_keys` are runs of letters of ``p``: one pass over the runs, shared."""
    return p.memo("date_runs_" + lang, lambda q: _run_keys(lang).intersection(letter_runs(q)))


def _triggers(p: PreparedText, lang: str) -> list[int]:
    """Sorted offsets of every digit run and every whole trigger word in ``p.lower``.

    A trigger word is a whole run of letters (``str.isalpha``). Every trigger
    word is ASCII, so the text's runs of ``a``-``z`` (shared through
    :func:`~dipparse.text.letter_runs`) tell which trigger words occur at
    all; only those are searched.
    """
    low = p.lower
    hits = _digit_starts(low)
    present = _trigger_bytes(lang) & _present_runs(p, lang)
    if not present:
        return hits
    # One byte per character: the offsets of ``padded`` are those of ``low`` plus one.
    padded = b" " + letter_bytes(p) + b" "
    n = len(low)
    plain = low.isascii()
    for word in present:
        needle = b" " + word + b" "
        i = padded.find(needle)
        while i >= 0:
            s, e = i, i + len(word)  # the word's offsets in ``low``
            # A neighbour that is a letter but not ASCII joins the word.
            if plain or (not (s > 0 and low[s - 1].isalpha()) and not (e < n and low[e].isalpha())):
                hits.append(s)
            i = padded.find(needle, e)
    hits.sort()
    return hits


def _may_be_year(low: str, pos: int) -> bool:
    """``False`` only where no year of the grammar (``_Y``) starts at the digit run at ``pos``.

    Example:
        >>> _may_be_year("in 2025.", 3), _may_be_year("the 18th", 4), _may_be_year("12345", 0)
        (True, False, False)
    """
    y = low[pos : pos + 4]
    return (
        len(y) == 4
        and y.isdecimal()
        and not low[pos + 4 : pos + 5].isdecimal()
        and 1500 <= to_int(y) <= 2199
    )


# Every ASCII digit to ``0``, everything else to a space.
_DIGITS_ONLY = bytes(0x30 if 0x30 <= c <= 0x39 else 0x20 for c in range(256))


def _digit_starts(low: str) -> list[int]:
    """``[m.start() for m in _DIGITS.finditer(low)]``, by byte searches on ASCII text.

    Example:
        >>> _digit_starts("on 19/8/2024, 3 talks")
        [3, 6, 8, 14]
    """
    if not low.isascii():
        return [m.start() for m in _DIGITS.finditer(low)]
    digits = low.encode("ascii").translate(_DIGITS_ONLY)
    out = []
    find = digits.find
    i = find(b"0")
    while i >= 0:
        out.append(i)
        i = find(b" ", i)
        if i < 0:
            break
        i = find(b"0", i)
    return out


_CONN_EN = r"(?:\s{0,2}-{1,2}\s{0,2}|\s{1,3}(?P<cw>to|through|till|until|and)\s{1,3})"
_CONN_VI = r"(?:\s{0,2}-{1,2}\s{0,2}|\s{1,3}(?P<cw>den|toi)\s{1,3}(?:ngay\s{1,3})?)"
# After a month-first day: the last day of a same-month range (August 26 to 30).
_TAIL_DAY = regex.compile(
    rf"(?:{_CONN_EN})(?P<d>{_D}){_ORD}\b(?!\s{{0,2}}[/.:-]\s{{0,2}}\d)(?:,?{_S}(?P<y>{_Y}))?"
)
# After any day: the connector before a second full date (August 30 to September 2).
# White space as ``regex`` reads ``\s``, for the stdlib ``re`` (whose ``\s`` also
# takes U+001C-U+001F): patterns of ASCII words and white space alone are
# matched by ``re``, which starts a match several times faster.
_RE_SPACE = r"[^\S\x1c-\x1f]"


def _std(pattern: str) -> re.Pattern[str]:
    r"""Compile a pattern of literals and ``\s`` for the stdlib ``re``, same meaning."""
    return re.compile(pattern.replace(r"\s", _RE_SPACE))


_TAIL_EN = _std(_CONN_EN)
_TAIL_VI = _std(_CONN_VI)
# Before a day-first date: the first day of a range (19-22 February, từ 19 đến 22/2).
_HEAD_DAY = regex.compile(
    rf"(?:\b(?P<c>from|between|tu)\s{{1,3}}(?:ngay\s{{1,3}}|the\s{{1,2}})?)?(?<![\d/.,-])(?P<d>{_D}){_ORD}"
    rf"(?:\s{{0,2}}-{{1,2}}\s{{0,2}}|\s{{1,3}}(?P<cw>to|through|till|until|and|va|den|toi)\s{{1,3}}(?:ngay\s{{1,3}}|the\s{{1,2}})?)\Z"
)
_TAIL_YEAR = regex.compile(
    rf"(?:\s{{0,2}}-{{1,2}}\s{{0,2}}|\s{{1,3}}(?P<cw>to|through|until|till|and|den|toi)\s{{1,3}}(?:nam\s{{1,3}})?)"
    rf"(?P<y>{_Y}|\d\d(?!\d))(?![/.-]\d)"
)
# After a weekday: the date that gives its value (Monday, Aug. 19; thứ Hai (19/8)).
_WD_JOIN = _std(r"(?:\s{0,2},)?\s{0,3}(?:\(\s{0,2})?(?:ngay\s{1,3}|the\s{1,2})?")
# After a weekday, a bare ordinal day with no noun after it: "on Friday, the 16th".
_WD_ORDINAL = re.compile(
    r",?[ \t]{1,2}the[ \t]{1,2}(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?=[ \t]{0,2}(?:[,.;:)]|(?:and|in|at|when|local|morning|afternoon|evening)\b)|\Z)"
)


def _weekday_alternation(names: Iterable[str]) -> str:
    """Weekday names (folded, lower case) as one alternation, longest first, words 1-3 blanks apart."""
    return "|".join(
        r"\s{1,3}".join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True)
    )


# After a weekday: a second one that ends a range (from Tuesday to Thursday, từ thứ Hai đến thứ Tư).
@functools.cache
def _wd_range_en() -> re.Pattern[str]:
    return _std(
        r"(?:\s{0,2}-{1,2}\s{0,2}|\s{1,3}(?P<w>to|through|till|until|and)\s{1,3})"
        rf"(?P<d>{_weekday_alternation(_weekdays_en())})\b"
    )


@functools.cache
def _wd_range_vi() -> re.Pattern[str]:
    return _std(
        r"(?:\s{0,2}-{1,2}\s{0,2}|\s{1,3}(?:den|toi)\s{1,3})"
        rf"(?P<d>{_weekday_alternation(_table('vi', 'weekdays'))})\b"
        r"(?:\s{1,3}tuan\s{1,3}(?P<wk>truoc|qua|toi|sau|nay)\b)?"
    )


_WEEK_SHIFT_VI = {"truoc": -1, "qua": -1, "toi": 1, "sau": 1, "nay": 0}
_VF_HEAD = _std(
    r"\b(?:ngay|tu|mung|mong)\s{1,3}(?:3[01]|[12]\d|0?[1-9])\s{0,2}(?:-{1,2}|\s(?:va|den|toi))\s{0,3}\Z"
)
_DIGIT_NEXT = _std(r"\s{0,3}[,/.-]?\s{0,3}\d")
_DASH_MONTH = re.compile(r"[ \t]{0,2}[-\u2013\u2014]{1,2}[ \t]{0,2}([a-z]{3,9})\b")
_STAMP_LABELS = frozenset(("updated", "published", "posted"))
_UNTIL_NOW = _std(r"\s{1,3}(?:toi|den)\s{1,3}nay\b")
_CLOSE_BRACKET = re.compile(r"[ \t]{0,2}\)")
_BETWEEN_BEFORE = regex.compile(r"\b(?:between|tu|giua)\s{1,3}(?:ngay\s{1,3})?\Z")
_SENTENCE_END = _std(r"[.!?;\n]\s|\n")
# UTF-8 lead bytes of U+00C0-U+023F and lead pairs of U+1E00-U+1EFF: counting
# them counts those letters without a scan per character.
_LATIN_LEADS = (b"\xc3", b"\xc4", b"\xc5", b"\xc6", b"\xc7", b"\xc8")
_LATIN_EXTENDED_LEADS = (b"\xe1\xb8", b"\xe1\xb9", b"\xe1\xba", b"\xe1\xbb")


def _latin_letters(text: str) -> int:
    """``len(DIACRITIC_LETTER.findall(text))``: the letters of U+00C0-U+024F and U+1E00-U+1EFF.

    Example:
        >>> _latin_letters("Hà Nội, Đà Nẵng, ɐ")
        5
    """
    raw = text.encode("utf-8", "surrogatepass")
    if b"\xc9" in raw:  # U+0240-U+027F: only part of it counts
        return len(DIACRITIC_LETTER.findall(text))
    return sum(map(raw.count, _LATIN_LEADS)) + sum(map(raw.count, _LATIN_EXTENDED_LEADS))


_WORD = regex.compile(r"[\p{L}\p{M}]+")
_NUMBERISH = regex.compile(r"\d|[%$€£¥]")


@functools.cache
def _future_en() -> regex.Pattern[str]:
    cues = _vocab()["en"]["future_cues"]
    return regex.compile(rf"(?:\b|(?<=\w))(?:{_alt(cues)})\b")


@functools.cache
def _future_literals() -> tuple[str, ...]:
    return tuple(_norm(_key(c)) for c in _vocab()["en"]["future_cues"])


@functools.cache
def _future_literal_pattern() -> re.Pattern[str]:
    """Any of :func:`_future_literals` as a substring, one trie for the stdlib ``re``."""
    # The literals have single spaces: the trie's bounded white space becomes one space.
    return re.compile(_alt(_future_literals()).replace(r"\s{1,3}", " "))


def _may_hold_future_cue(s: str) -> bool:
    r"""``False`` only where ``_future_en()`` cannot match anywhere in ``s``.

    Where every run of white space is one space, the pattern's ``\s{1,3}``
    can only match that space, so a cue that matches is a plain substring:
    a few ``in`` tests instead of a regex scan of the sentence.
    """
    bare = s.replace(" ", "")
    if "  " in s or "".join(bare.split()) != bare:
        return True
    return _future_literal_pattern().search(s) is not None


# A finite past verb; a participle after "be"/"been"/"to" (will be held) is not one.
_PAST_EN = regex.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bto\s)\b(?:said|says|told|met|held|received|signed|announced|stated|noted|added|visited|"
    r"attended|hosted|was|were|had|did|began|ended|opened|arrived|left|made|took|gave)\b"
)


@functools.cache
def _vi_tense(accented: bool) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Future and past cue patterns, with diacritics or folded."""

    def alt(words: list[str]) -> str:
        forms = sorted({w if accented else _key(w) for w in words}, key=lambda w: (-len(w), w))
        return "|".join(regex.escape(w) for w in forms)

    v = _vocab()["vi"]
    return (
        regex.compile(rf"\b(?:{alt(v['future_cues'])})\b"),
        regex.compile(rf"\b(?:{alt(v['past_cues'])})\b"),
    )


# --------------------------------------------------------------------------
# One extraction.


@attrs.define
class _Found:
    start: int
    end: int
    value: str
    end_value: str | None
    granularity: Granularity


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def _expand_year(a: int, b_text: str) -> int | None:
    b = to_int(b_text)
    if len(b_text) == 2:
        b = a // 100 * 100 + b
    return b if a < b <= a + 100 else None


class _Reader:
    """State of one call: the text views, the reference date and the language."""

    def __init__(self, p: PreparedText, ref: _dt.date | None, lang: str) -> None:
        self.p = p
        self.low = p.lower
        self.ref = ref
        self.lang = lang

    @functools.cached_property
    def accented(self) -> bool:
        """Whether the text is written with diacritics (read only for Vietnamese atoms).

        Vietnamese has about one accented letter in four; a text folded to
        ASCII has none, an English one a few in names.
        """
        sample = self.p.text[:5000]
        if sample.isascii():
            return False
        return _latin_letters(sample) * 60 >= len(sample)

    # ---- checks -------------------------------------------------------

    def capitalized(self, pos: int) -> bool:
        return self.p.folded[pos : pos + 1].isupper()

    def ascii(self, start: int, end: int) -> bool:
        return self.p.text[start:end].isascii()

    def vi_ok(self, start: int, end: int) -> bool:
        """Vietnamese words in ``[start, end)`` are written as the grammar's words."""
        allowed = _vi_words()
        for w in _WORD.findall(self.p.text[start:end]):
            lw = w.lower()
            if self.accented:
                if lw not in allowed:
                    return False
            elif not lw.isascii():
                return False
        return True

    def word_before(self, pos: int) -> tuple[str, int]:
        """The lower-case folded word ending just before ``pos`` (skipping spaces), and its start."""
        i = pos
        while i > 0 and self.low[i - 1] in " \t":
            i -= 1
        j = i
        while j > 0 and (self.low[j - 1].isalpha() or self.low[j - 1] == "."):
            j -= 1
        return self.low[j:i].rstrip("."), j

    def sentence(self, pos: int) -> tuple[int, int]:
        lo = max(0, pos - 200)
        start = lo
        for m in _SENTENCE_END.finditer(self.low, lo, pos):
            start = m.end()
        m2 = _SENTENCE_END.search(self.low, pos, min(len(self.low), pos + 200))
        end = m2.start() if m2 else min(len(self.low), pos + 200)
        return start, end

    def future(self, start: int, end: int) -> bool:
        """Whether the sentence around ``[start, end)`` speaks of the future."""
        s0, s1 = self.sentence(start)
        before = self.low[s0:start]
        if self.lang != "en":
            # Vietnamese cues are read with their diacritics where the text has them (sẽ, not sẻ).
            view = self.p.text[s0:start].lower() if self.accented else before
            fut_re, past_re = _vi_tense(self.accented)
            fut = [m.end() for m in fut_re.finditer(view)]
            past = [m.end() for m in past_re.finditer(view)]
            if fut and (not past or max(fut) > max(past)):
                return True
        if _may_hold_future_cue(before):
            fut_en = [m.end() for m in _future_en().finditer(before)]
            if fut_en:
                past_en = [m.end() for m in _PAST_EN.finditer(before)]
                return not past_en or max(fut_en) > max(past_en)
        after = self.low[end:s1][:80]
        cue_after = _may_hold_future_cue(after)
        # "Xi on Friday will travel ...": the verb right after the day.
        if cue_after and _future_en().match(after.lstrip(" ,")):
            return True
        if len(before.split()) <= 2:
            # "On Friday, the two sides will ..." / "Thứ Sáu, hai bên sẽ ...": the day comes first.
            if cue_after and _future_en().search(after):
                return True
            if self.lang != "en":
                view = self.p.text[end:s1][:80].lower() if self.accented else after
                return bool(_vi_tense(self.accented)[0].search(view))
        return False

    # ---- values -------------------------------------------------------

    def day(self, year: int | None, month: int, day: int) -> _dt.date | None:
        if year is None:
            if self.ref is None:
                return None
            return calendar.nearest_date(month, day, self.ref)
        return calendar.safe_date(year, month, day)

    def month_year(self, month: int, start: int, end: int) -> int | None:
        if self.ref is None:
            return None
        ref_n = self.ref.year * 12 + self.ref.month - 1
        future = self.future(start, end)
        best: tuple[int, int] | None = None
        for year in (self.ref.year - 1, self.ref.year, self.ref.year + 1):
            gap = year * 12 + month - 1 - ref_n
            # Ties go to the past, or to the future in a sentence about it.
            rank = (abs(gap), 0 if (gap > 0) == future else 1)
            if best is None or rank < (abs(best[1]), 0 if (best[1] > 0) == future else 1):
                best = (year, gap)
        return best[0] if best else None

    # ---- output -------------------------------------------------------

    def day_found(
        self, start: int, end: int, a: _dt.date, b: _dt.date | None = None
    ) -> _Found | None:
        if b is not None and b <= a:
            return None
        return _Found(start, end, a.isoformat(), b.isoformat() if b else None, "day")


_MONTH_TABLE = calendar.month_table()


def _month_of(word: str) -> int | None:
    return _MONTH_TABLE.get(word.rstrip(".").replace(" ", ""))


def _weekday_date(weekday: int, ref: _dt.date, mode: str) -> _dt.date:
    if mode == "ahead":
        return ref + _dt.timedelta(days=(weekday - ref.weekday()) % 7)
    if mode == "last":
        back = (ref.weekday() - weekday) % 7 or 7
        return ref - _dt.timedelta(days=back)
    return calendar.nearest_weekday(weekday, ref, future=mode == "future")


def _weekday_ordinal(
    weekday: int, day: int, ref: _dt.date, when: _dt.date, mode: str
) -> _dt.date | None:
    """The date of ``Friday, the 16th``: the 16th of the month near ``ref`` that falls on a Friday.

    ``when`` is the weekday read alone; if it is that day, it is the date.
    Otherwise the nearest month (up to three away) whose day falls on the
    weekday, the past first unless the sentence speaks of the future; where
    none does, the day of ``ref``'s month (or the one before, or after) as
    ``on the 16th`` reads.

    Example:
        >>> ref = _dt.date(2024, 8, 19)
        >>> _weekday_ordinal(4, 16, ref, _dt.date(2024, 8, 16), "past")
        datetime.date(2024, 8, 16)
        >>> _weekday_ordinal(4, 21, ref, _dt.date(2024, 8, 16), "past")  # Friday, June 21
        datetime.date(2024, 6, 21)
    """
    if when.day == day:
        return when
    ahead = mode in ("ahead", "future")
    best: _dt.date | None = None
    for shift in range(-3, 4):
        y, mo = _shift_month(ref.year, ref.month, shift)
        d = calendar.safe_date(y, mo, day)
        if d is None or d.weekday() != weekday:
            continue
        key = (d < ref if ahead else d > ref, abs((d - ref).days))
        if best is None or key < (best < ref if ahead else best > ref, abs((best - ref).days)):
            best = d
    if best is not None:
        return best
    for shift in (0, 1) if ahead else (0, -1):
        y, mo = _shift_month(ref.year, ref.month, shift)
        d = calendar.safe_date(y, mo, day)
        if d is not None and ((d >= ref) if ahead else (d <= ref)):
            return d
    return None


def _weekday_range(start: int, end: int, first: _dt.date, gap: int) -> _Found | None:
    """The days from ``first`` to the next weekday ``gap`` days on (``Tuesday to Thursday``)."""
    days = gap % 7
    if not days:
        return None
    last = first + _dt.timedelta(days=days)
    return _Found(start, end, first.isoformat(), last.isoformat(), "day")


def _week_range(
    ref: _dt.date, shift: int, part: str, ahead: bool = False
) -> tuple[_dt.date, _dt.date]:
    """The days a relative week phrase names: a whole week, part of one or a weekend.

    A weekend is a Saturday and the Sunday after it: ``past_weekend`` the
    last one over before ``ref``, ``coming_weekend`` the first that starts
    after it, ``nearest_weekend`` the one ``ref`` falls in, else the last one
    (the next one in a sentence about the future, ``ahead``).

    Example:
        >>> wed = _dt.date(2024, 8, 21)
        >>> _week_range(wed, 0, "past_weekend"), _week_range(wed, 0, "coming_weekend")
        ((datetime.date(2024, 8, 17), datetime.date(2024, 8, 18)), (datetime.date(2024, 8, 24), datetime.date(2024, 8, 25)))
    """
    if part.endswith("weekend"):
        saturday = ref + _dt.timedelta(days=5 - ref.weekday())  # of ref's week
        week = _dt.timedelta(weeks=1)
        if part == "coming_weekend":
            if saturday <= ref:
                saturday += week
        elif part == "past_weekend":
            if saturday + _dt.timedelta(days=1) >= ref:
                saturday -= week
        elif saturday > ref and not ahead:
            saturday -= week
        return saturday, saturday + _dt.timedelta(days=1)
    monday = ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(weeks=shift)
    sunday = monday + _dt.timedelta(days=6)
    if part == "before":
        return monday, max(monday, ref)
    if part == "after":
        return min(ref, sunday), sunday
    return monday, sunday


class _Atom:
    """A matched atom read to (year?, month, day) parts before ranges are joined."""

    __slots__ = ("day", "end", "kind", "month", "start", "year")

    def __init__(
        self, kind: str, start: int, end: int, year: int | None, month: int, day: int
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.year = year
        self.month = month
        self.day = day


def _read_day_atom(r: _Reader, m: _Groups) -> _Atom | None:
    """Read a day-level atom (md, dm, dw, iso, num, vf, vn) or return ``None``."""
    kind = m.lastgroup
    g = m.group
    if kind == "md":
        # The commonest atom: its groups read straight from the spans.
        span, index, low = m._span, m._index, m._low
        s, e = span(index["md"])
        ms, me = span(index["md_m"])
        folded = r.p.folded
        if not (folded[ms : ms + 1].isupper() and r.p.text[s:e].isascii()):
            return None
        month = _month_of(low[ms:me])
        if month is None:
            return None
        ys, ye = span(index["md_y"])
        # "the May 4th Movement", "the April 30 Street": a date that names something.
        if ys < 0 and folded[e + 1 : e + 2].isupper() and r.word_before(s)[0] == "the":
            return None
        ds, de = span(index["md_d"])
        return _Atom("md", s, e, to_int(low[ys:ye]) if ys >= 0 else None, month, to_int(low[ds:de]))
    if kind == "dm":
        if not (r.capitalized(m.start("dm_m")) and r.ascii(m.start("dm"), m.end("dm"))):
            return None
        month = _month_of(g("dm_m"))
        y = g("dm_y")
        if month is None:
            return None
        return _Atom(
            "dm", m.start("dm"), m.end("dm"), to_int(y) if y else None, month, to_int(g("dm_d"))
        )
    if kind == "dw":
        if not (r.capitalized(m.start("dw_m")) and r.ascii(m.start("dw"), m.end("dw"))):
            return None
        month = _month_of(g("dw_m"))
        y = g("dw_y")
        if month is None:
            return None
        day = int(_table("en", "day_ordinals")[_norm(g("dw_d"))])
        return _Atom("dw", m.start("dw"), m.end("dw"), to_int(y) if y else None, month, day)
    if kind == "iso":
        return _Atom(
            "iso",
            m.start("iso"),
            m.end("iso"),
            to_int(g("iso_y")),
            to_int(g("iso_m")),
            to_int(g("iso_d")),
        )
    if kind == "num":
        a, b = to_int(g("num_a")), to_int(g("num_b"))
        day, month = (a, b) if b <= 12 else (b, a)
        if month > 12 or day == 0 or month == 0:
            return None
        return _Atom("num", m.start("num"), m.end("num"), to_int(g("num_y")), month, day)
    if kind == "vf":
        return _read_vf(r, m)
    if kind == "vn":
        return _read_vn(r, m)
    return None


def _read_vf(r: _Reader, m: _Groups) -> _Atom | None:
    """``ngày 19 tháng 8 năm 2024``, ``ngày 2 tháng Chín``: a day, its month as a number or a word."""
    g = m.group
    s = m.start("vf")
    y = g("vf_y") or g("vf_y2")
    word = g("vf_w")
    cued = g("vf_c") is not None
    if not cued and y is None:
        # "20 tháng" alone may count months; a cue or a year makes it a day,
        # and so does a first day with its cue (ngày 19 và 20 tháng 8), or the
        # cue just before (the second date of "từ ngày 19 tháng 8 đến ngày 21 tháng 8").
        prev, prev_start = r.word_before(s)
        cued = (
            prev in ("ngay", "mung", "mong")
            or (
                word is not None
                and prev in _set("vi", "day_cues")
                and r.capitalized(m.start("vf_w"))
            )
        ) and r.vi_ok(prev_start, s)
        if not cued and _VF_HEAD.search(r.low, max(0, s - 24), s) is None:
            return None
    if not r.vi_ok(s, m.end("vf")):
        return None
    if word is None:
        month = to_int(g("vf_m"))
    else:
        # tháng Chín: a month word in lower case only after its day cue (ngày 5
        # tháng mười hai); "12 tháng năm 2023" counts the months of a year.
        if not (r.capitalized(m.start("vf_w")) or g("vf_c") is not None):
            return None
        month = int(_table("vi", "month_words")[_norm(word)])
        if month == 5 and y is None and _DIGIT_NEXT.match(r.low, m.end("vf_w")) is not None:
            return None
    return _Atom("vf", s, m.end("vf"), to_int(y) if y else None, month, to_int(g("vf_d")))


def _read_vn(r: _Reader, m: _Groups) -> _Atom | None:
    g = m.group
    sep = g("vn_s")
    cue = g("vn_c")
    y = g("vn_y")
    start = m.start("vn_d")
    if cue is not None and not r.vi_ok(m.start("vn_c"), m.end("vn_c")):
        cue = None
    if cue is None and y is None:
        prev, _ = r.word_before(start)
        if prev and prev in _set("vi", "day_cues") and r.vi_ok(start - len(prev) - 1, start):
            cue = prev
    if y is None and cue is None and sep != "." and _cued_head_day(r, start):
        # "ngày 2-4/9", "từ 2 đến 4/9": the cue stands before the range's first day.
        cue = "range"
    if y is None and cue is None:
        two_digit = len(g("vn_d")) == 2 or len(g("vn_m")) == 2
        if sep == "." or not two_digit:
            return None
    return _Atom(
        "vn", start, m.end("vn"), to_int(y) if y else None, to_int(g("vn_m")), to_int(g("vn_d"))
    )


def _resolve_pair(
    r: _Reader, a: _Atom, b_year: int | None, b_month: int, b_day: int
) -> tuple[_dt.date, _dt.date] | None:
    """Dates of a range whose parts may each lack a year."""
    if a.year is None and b_year is not None:
        a_year = b_year - (1 if (a.month, a.day) > (b_month, b_day) else 0)
        da = calendar.safe_date(a_year, a.month, a.day)
        db = calendar.safe_date(b_year, b_month, b_day)
    else:
        da = r.day(a.year, a.month, a.day)
        if da is None:
            return None
        year = b_year
        if year is None:
            year = da.year + (1 if (b_month, b_day) < (da.month, da.day) else 0)
        db = calendar.safe_date(year, b_month, b_day)
    if da is None or db is None or db <= da:
        return None
    return da, db


_ASCII_DIGIT = re.compile(r"[0-9]")


def _opens_sentence(low: str, pos: int) -> bool:
    """Whether only blanks stand between ``pos`` and the text's start or a sentence's end."""
    k = pos
    while k > 0 and low[k - 1] in " \t":
        k -= 1
    return k == 0 or low[k - 1] in ".!?\n:;(\"'"


def _cued_head_day(r: _Reader, pos: int) -> bool:
    """Whether a range's first day stands before ``pos`` with a cue before it (``ngày 2-``, ``từ 2 đến``)."""
    low = r.low
    if not _may_have_head_day(low, pos):
        return False
    h = _HEAD_DAY.search(low, max(0, pos - 24), pos)
    if h is None or h.group("cw") in ("and", "va") or not r.vi_ok(h.start(), h.end()):
        return False
    if h.group("c") in ("tu", "from", "between"):
        return True
    prev, at = r.word_before(h.start("d"))
    return bool(prev) and prev in _set("vi", "day_cues") and r.vi_ok(at, h.start("d"))


def _may_have_head_day(low: str, pos: int) -> bool:
    """``False`` only where ``_HEAD_DAY`` cannot match right before ``pos``.

    Its connector ends in white space or a dash, and its day starts with an
    ASCII digit within the 24 characters searched.
    """
    if pos == 0:
        return False
    c = low[pos - 1]
    if not (c == "-" or c.isspace() or not c.isascii()):
        return False
    return _ASCII_DIGIT.search(low, max(0, pos - 24), pos) is not None


_VNR_MAX_DAYS = 31
"""The longest range two dashed day/months (30/8-2/9) are read as without a cue word (twice that with one)."""
_HEAD_DAY_KINDS = frozenset({"dm", "vn", "vf", "num"})


def _num_head_ok(r: _Reader, a: _Atom, h: regex.Match[str]) -> bool:
    """Whether a first day ``h`` opens a range with the day-first full date ``a`` (3 – 6/8/2013).

    The date must be read day first, and a cue must mark the range: a word
    before the first day (from, từ, ngày) or a connector word (đến, to).
    """
    if not r.low.startswith(str(a.day), a.start) and not r.low.startswith(f"0{a.day}", a.start):
        return False
    if h.group("c") is not None or h.group("cw") is not None:
        return True
    prev, at = r.word_before(h.start("d"))
    return bool(prev) and prev in _set("vi", "day_cues") and r.vi_ok(at, h.start("d"))


@functools.cache
def _vi_numbers(accented: bool) -> dict[str, int]:
    words = _vocab()["vi"]["number_words"]
    return {(w if accented else _key(w)): int(n) for w, n in words.items()}


def _vi_number(r: _Reader, start: int, end: int) -> int | None:
    """The Vietnamese number word at ``[start, end)`` (``ba``, ``bốn``), else ``None``.

    In a text written with diacritics the word must carry them as the number
    does (``sáu`` six, not ``sau`` after).
    """
    if start >= end:
        return None
    word = r.p.text[start:end].lower()
    return _vi_numbers(r.accented).get(word if r.accented else _key(word))


def _lower_month_word_ok(r: _Reader, m: _Groups, start: int) -> bool:
    """Whether ``tháng`` and a month word in lower case at ``start`` name a month.

    Only with its year (``tháng mười hai năm 2023``), and not after a count
    (``ba tháng hai năm``: three months, two years).
    """
    if not m.group("vw_y") or _norm(m.group("vw_m")) == "nam":
        return False
    if r.low[max(0, start - 4) : start].rstrip()[-1:].isdigit():
        return False
    prev, prev_start = r.word_before(start)
    return _vi_number(r, prev_start, prev_start + len(prev)) is None


def _between_before(r: _Reader, pos: int) -> bool:
    return bool(_BETWEEN_BEFORE.search(r.low, max(0, pos - 16), pos))


# First letters of every day atom that opens with a word: month words (Aug. 19)
# and the cues of ``ngày 19 tháng 8`` (a day atom read at a weekday's end must
# start there, so ``vn``'s cue words, which leave the day further on, do not count).
_DAY_ATOM_LETTERS = "".join(
    sorted(
        {_key(w)[:1] for words in load_json("months.json")["months"].values() for w in words}
        | set("nm")
    )
)
_DAY_KINDS = frozenset({"md", "dm", "dw", "iso", "num", "vf", "vn"})
"""The atoms :func:`_read_day_atom` reads."""
_EN_KINDS = frozenset({"my", "mr", "mc", "rel", "ago", "wd", "yw", "yd", "yo", "yc"})


class _Scanner:
    def __init__(self, r: _Reader) -> None:
        self.r = r
        self.atoms = len(_alternatives(r.lang))
        self.starters = _starters(r.lang)
        self.out: list[_Found] = []
        # Prepared text is folded to ASCII wherever it can be: most texts are
        # ASCII throughout, and there the stdlib ``re`` runs the whole grammar.
        self.ascii_only = r.low.isascii()
        self.dispatch: dict[str, _AsciiRead] = _ascii_dispatch(r.lang) if self.ascii_only else {}

    def match(self, pos: int) -> _AnyMatch | None:
        """``_pattern(lang).match(low, pos)``.

        On ASCII text the stdlib grammar (:func:`_ascii_grammar`) answers;
        elsewhere the gate, and the atoms it lets through one at a time: the
        grammar takes its first atom that matches, and every atom before the
        first one the loosened gate accepts cannot match.
        """
        low = self.r.low
        if self.ascii_only:
            if pos < len(low):
                return self.dispatch[low[pos]][0](low, pos)
            return _ascii_grammar(self.r.lang).match(low, pos)
        got = self.match_atom(pos)
        return got[0] if got is not None else None

    def read(self, pos: int) -> _Groups | None:
        """:meth:`match`, its groups read by name at a fraction of the cost."""
        low = self.r.low
        if self.ascii_only:
            if pos < len(low):
                match, groups = self.dispatch[low[pos]]
            else:
                match, groups = _ascii_grammar(self.r.lang).match, _ascii_groups(self.r.lang)
            m = match(low, pos)
            return None if m is None else _Groups(m, low, groups)
        got = self.match_atom(pos)
        if got is None:
            return None
        m2, index = got
        return _Groups(m2, low, _atom_groups(self.r.lang, index))

    def match_atom(self, pos: int) -> tuple[_AnyMatch, int] | None:
        """:meth:`match` and the index of the atom that matched, on a text not ASCII throughout."""
        low = self.r.low
        lang = self.r.lang
        g = _gate(lang).match(low, pos)
        if g is None:
            return None
        index = (g.lastindex or 1) - 1
        while True:
            m = _atom_pattern(lang, index).match(low, pos)
            if m is not None:
                return m, index
            index += 1
            while index < self.atoms and _atom_gate(lang, index).match(low, pos) is None:
                index += 1
            if index >= self.atoms:
                return None

    def run(self) -> list[_Found]:
        """Try the grammar at every candidate start, in order, and return what it found.

        Every atom holds a digit or a trigger word (a month, a weekday, the
        last word of a relative phrase) and starts at most a few words before
        it, so the grammar is tried only there: at each trigger and at the
        words before it that can open an atom (see :meth:`may_start`). Words
        and triggers the scan has already passed are not looked at.
        """
        r = self.r
        low = r.low
        folded = r.p.folded
        starters = self.starters
        read = self.read
        # On ASCII text the grammar is matched here and its groups read through
        # ``_Groups``: what :meth:`read` does, without a call per offset.
        # Triggers and words are characters of the text, never its end.
        dispatch = self.dispatch if self.ascii_only else None
        ascii_word_start = _ASCII_WORD_LETTERS.finditer
        # In English a word opens an atom before a number only when the
        # number is a year (in 2025, the 1999 treaty, Expo 2025); Vietnamese
        # cue words also open days (ngày 19 tháng 8, sáng 19/8).
        look_all = r.lang != "en"
        pos = 0
        last = -1
        for ts in _triggers(r.p, r.lang):
            if ts < pos:
                last = ts
                continue
            # Only the words after the previous trigger, and not before ``pos``:
            # the last few word starts of the narrower window are those of the
            # wider one from ``pos`` on.
            lo = max(last + 1, ts - _LOOKBACK_CHARS, pos)
            last = ts
            if lo < ts and (look_all or low[ts].isalpha() or _may_be_year(low, ts)):
                if low[lo - 1 if lo else 0 : ts].isascii():
                    # On ASCII (and the character before, for ``\b``) the stdlib
                    # ``re`` reads ``\b\w`` as ``regex`` does, and runs faster.
                    # Each match is a word start and the run of letters there
                    # (``_ASCII_WORD_AT``, empty where none): no run of
                    # letters goes on past ``ts``, a digit or a trigger word.
                    for wm in list(ascii_word_start(low, lo, ts))[-_LOOKBACK_WORDS:]:
                        w = wm.start()
                        if w < pos:
                            continue
                        # ``may_start`` on ASCII: a word of ``a``-``z`` that
                        # stops before ``ts`` (a digit or a non-letter follows).
                        we = wm.end()
                        if we == w:
                            continue
                        if we - w < 30 and we >= ts:
                            if not self.may_start(w):
                                continue
                        elif wm.group() not in starters and not (
                            # A capital that is no cue word can only open a
                            # name and a year (``Expo 2025``): the year is the
                            # trigger, after at most a period and three spaces.
                            ts - we <= 4 and folded[w].isupper() and not low[ts].isalpha()
                        ):
                            continue
                        if dispatch is not None:
                            match, groups = dispatch[low[w]]
                            got = match(low, w)
                            if got is not None:
                                pos = self.attempt(w, pos, _Groups(got, low, groups))
                        else:
                            m = read(w)
                            if m is not None:
                                pos = self.attempt(w, pos, m)
                else:
                    starts = [w.start() for w in _WORD_START.finditer(low, lo, ts)]
                    for w in starts[-_LOOKBACK_WORDS:]:
                        if w >= pos and self.may_start(w):
                            m = read(w)
                            if m is not None:
                                pos = self.attempt(w, pos, m)
            if ts >= pos:
                if dispatch is not None:
                    match, groups = dispatch[low[ts]]
                    got = match(low, ts)
                    if got is not None:
                        pos = self.attempt(ts, pos, _Groups(got, low, groups))
                else:
                    m = read(ts)
                    if m is not None:
                        pos = self.attempt(ts, pos, m)
        return self.out

    def attempt(self, start: int, pos: int, m: _Groups) -> int:
        """Read the grammar's match ``m`` at ``start``; return the offset the scan goes on from."""
        got = self.handle(m)
        if got is None:
            return pos
        out = self.out
        if out and got.start < out[-1].end:
            # A head-day range reached back over an earlier mention: keep the wider one.
            while out and got.start < out[-1].end:
                out.pop()
        out.append(got)
        if got.granularity == "year" and got.end_value is None:
            self.year_list(got)
        return max(out[-1].end, start + 1)

    def year_list(self, first: _Found) -> None:
        """Add the years listed after ``first``: in 2024 and 2025; năm 2020, 2021 và 2022."""
        low = self.r.low
        end = first.end
        for _ in range(10):
            m = _YEAR_LIST.match(low, end)
            if m is None or (m.group("n") and self.counts_things(m.start("n"), m.group("n"))):
                return
            year = to_int(m.group("y"))
            if not 1900 <= year <= 2100:
                return
            self.out.append(_Found(m.start("y"), m.end("y"), f"{year:04d}", None, "year"))
            end = m.end("y")

    def may_start(self, pos: int) -> bool:
        """Whether an atom can begin with the word at ``pos``: a cue word or a capital."""
        low = self.r.low
        word = None
        if low[pos : pos + 1].isascii():
            # ``_WORD_AT`` on ASCII letters, by the stdlib ``re``; a run that
            # stops short at a non-ASCII character may go on: ask ``regex``.
            m = _ASCII_WORD_AT.match(low, pos)
            if m is None:
                return False
            end = m.end()
            if end - pos == 30 or end == len(low) or low[end].isascii():
                word = m.group()
        if word is None:
            m2 = _WORD_AT.match(low, pos)
            if m2 is None:
                return False
            word = m2.group()
        return word in self.starters or self.r.capitalized(pos)

    # ---- dispatch -----------------------------------------------------

    def handle(self, m: _Groups) -> _Found | None:
        kind = m.lastgroup or ""
        if kind in _DAY_KINDS:
            # A day atom its checks refuse is no other kind of mention.
            atom = _read_day_atom(self.r, m)
            return None if atom is None else self.day_atom(atom)
        g = m.group
        if kind == "yr":
            return self.year_range(m.start("yr"), m.end("yr"), to_int(g("yr_a")), g("yr_b"))
        if kind == "yn":
            return self.year_after_name(m)
        if kind in _EN_KINDS:
            return self.english(m, kind)
        return self.vietnamese(m, kind)

    # ---- days and ranges ----------------------------------------------

    def day_atom(self, a: _Atom) -> _Found | None:
        r = self.r
        low = r.low
        vi = a.kind in ("vf", "vn")
        # A second full date after a connector: August 30 to September 2.
        tail = first_tail = (_TAIL_VI if vi else _TAIL_EN).match(low, a.end)
        if tail is None and r.lang != "en":
            tail = _TAIL_VI.match(low, a.end)
        if tail is not None and (tail.group("cw") != "and" or _between_before(r, a.start)):
            m2 = self.read(tail.end())
            b = _read_day_atom(r, m2) if m2 is not None else None
            if b is not None and b.start == tail.end():
                pair = _resolve_pair(r, a, b.year, b.month, b.day)
                if pair is not None:
                    return r.day_found(a.start, b.end, *pair)
        # A bare last day after a month-first date: February 19-22, 2025.
        # It opens with the English connector (``first_tail``, read above).
        if a.kind == "md" and first_tail is not None:
            t = _TAIL_DAY.match(low, a.end)
            # "and" makes a range after "between", or of two days in a row
            # (November 10 and 11).
            if t is not None and (
                t.group("cw") != "and"
                or _between_before(r, a.start)
                or to_int(t.group("d")) == a.day + 1
            ):
                b_day = to_int(t.group("d"))
                b_year = to_int(t.group("y")) if t.group("y") else a.year
                if b_day > a.day:
                    pair = _resolve_pair(r, a, b_year, a.month, b_day)
                    if pair is not None:
                        return r.day_found(a.start, t.end(), *pair)
        # A bare first day before a day-first date: 19-22 February, từ 19 đến 22/2,
        # từ ngày 3 – 6/8/2013.
        if a.kind in _HEAD_DAY_KINDS and _may_have_head_day(low, a.start):
            h = _HEAD_DAY.search(low, max(0, a.start - 24), a.start)
            if (
                h is not None
                and (
                    h.group("cw") not in ("and", "va")
                    or h.group("c") == "between"
                    or to_int(h.group("d")) + 1 == a.day
                )
                and (a.kind == "dm" or h.group("c") == "from" or r.vi_ok(h.start(), h.end()))
                and (a.kind != "num" or _num_head_ok(r, a, h))
            ):
                a_day = to_int(h.group("d"))
                if a_day < a.day:
                    first = _Atom(a.kind, h.start("d"), a.end, a.year, a.month, a_day)
                    pair = _resolve_pair(r, first, a.year, a.month, a.day)
                    if pair is not None:
                        return r.day_found(h.start("d"), a.end, *pair)
        d = r.day(a.year, a.month, a.day)
        return _Found(a.start, a.end, d.isoformat(), None, "day") if d is not None else None

    def year_range(self, start: int, end: int, a: int, b_text: str) -> _Found | None:
        b = _expand_year(a, b_text)
        if b is None or not 1900 <= a <= 2100:
            return None
        return _Found(start, end, f"{a:04d}", f"{b:04d}", "year")

    def year(self, start: int, end: int, year: int) -> _Found | None:
        if not 1900 <= year <= 2100:
            return None
        low = self.r.low
        t = _TAIL_YEAR.match(low, end)
        if t is not None and (t.group("cw") != "and" or _between_before(self.r, start)):
            b = _expand_year(year, t.group("y"))
            if b is not None:
                return _Found(start, t.end(), f"{year:04d}", f"{b:04d}", "year")
        if _NUMBERISH.match(low, end) or low.startswith(("s ", "s.", "s,"), end):
            return None
        return _Found(start, end, f"{year:04d}", None, "year")

    def year_after_name(self, m: _Groups) -> _Found | None:
        r = self.r
        w_start = m.start("yn_w")
        word = m.group("yn_w")
        if not r.capitalized(w_start) or word in _set("en", "not_year_names"):
            return None
        prev, _ = r.word_before(w_start)
        if prev == "viet" and word == "nam":
            return None
        # A capital that only opens a sentence names nothing: "Some 2000 people".
        head = r.low[max(0, w_start - 3) : w_start].rstrip(" \t\"'(")
        if not head or head[-1] in ".!?:;\n":
            return None
        ys, ye = m.start("yn_y"), m.end("yn_y")
        # A headline's last word is no name of the year on the next line, and a
        # year that opens a date (2023-07-13) is the date's, read on its own.
        if "\n" in r.low[m.end("yn_w") : ys] or (
            r.low[ye : ye + 1] in "-/" and r.low[ye + 1 : ye + 2].isdigit()
        ):
            return None
        return self.year(ys, ye, to_int(m.group("yn_y")))

    # ---- English ------------------------------------------------------

    def english(self, m: _Groups, kind: str) -> _Found | None:
        r = self.r
        g = m.group
        ref = r.ref
        if kind == "my":
            if not (r.capitalized(m.start("my_m")) and r.ascii(m.start("my"), m.end("my"))):
                return None
            month = _month_of(g("my_m"))
            if month is None:
                return None
            return _Found(m.start("my"), m.end("my"), _ym(to_int(g("my_y")), month), None, "month")
        if kind == "mr":
            ms = m.start("mr_a")
            mb = m.start("mr_b")
            # The month words in ASCII; the dash between may be any (January–July).
            if not (
                r.capitalized(ms)
                and r.capitalized(mb)
                and r.ascii(ms, m.end("mr_a"))
                and r.ascii(mb, m.end("mr_b"))
            ):
                return None
            if g("mr_w") == "and" and g("mr_c") != "between":
                return None  # January and July: two months, not a range
            a, b = _month_of(g("mr_a")), _month_of(g("mr_b"))
            if a is None or b is None:
                return None
            ya, yb = g("mr_ya"), g("mr_y")
            return self.month_range(
                ms,
                m.end("mr"),
                a,
                b,
                to_int(ya) if ya else None,
                to_int(yb) if yb else None,
            )
        if kind == "mc":
            ms = m.start("mc_m")
            if not (r.capitalized(ms) and r.ascii(m.start("mc"), m.end("mc"))):
                return None
            month = _month_of(g("mc_m"))
            if month is None or ref is None:
                return None
            dash = _DASH_MONTH.match(r.low, m.end("mc"))
            if (
                dash is not None
                and r.capitalized(dash.start(1))
                and _month_of(dash.group(1)) is not None
            ):
                # "in January-July": the first month of a range, read at its word.
                return None
            cue = _norm(g("mc_c"))
            rel = g("mc_r")
            if rel is not None:
                year = ref.year + {"last": -1, "next": 1, "this": 0}[rel]
            elif cue == "last":
                year = ref.year if month < ref.month else ref.year - 1
            elif cue == "next":
                year = ref.year if month > ref.month else ref.year + 1
            elif cue == "this":
                year = ref.year
            else:
                got = r.month_year(month, m.start("mc"), m.end("mc"))
                if got is None:
                    return None
                year = got
            start = (
                ms if cue not in ("last", "next", "this", "mid", "early", "late") else m.start("mc")
            )
            return _Found(start, m.end("mc"), _ym(year, month), None, "month")
        if kind == "rel":
            return self.relative("en", m.start("rel"), m.end("rel"))
        if kind == "ago":
            if ref is None or r.word_before(m.start("ago"))[0] in _STAMP_LABELS:
                # "Updated 2 days ago": a page's age counts from the reader's clock.
                return None
            n_text = g("ago_n")
            nw = _table("en", "number_words")
            word = nw.get(_norm(n_text))
            n = int(word) if word is not None else to_int(n_text)
            unit = _table("en", "ago_units")[g("ago_u")]
            s, e = m.start("ago"), m.end("ago")
            if unit == "day":
                return _Found(s, e, (ref - _dt.timedelta(days=n)).isoformat(), None, "day")
            if unit == "month":
                y, mo = _shift_month(ref.year, ref.month, -n)
                return _Found(s, e, _ym(y, mo), None, "month")
            return _Found(s, e, f"{ref.year - n:04d}", None, "year")
        if kind == "wd":
            return self.english_weekday(m)
        if kind == "yw":
            return self.year_range(m.start("yw_a"), m.end("yw"), to_int(g("yw_a")), g("yw_b"))
        if kind == "yc":
            return self.year(m.start("yc_y"), m.end("yc_y"), to_int(g("yc_y")))
        if kind == "yd":
            if g("yd_n") is None or self.counts_things(m.start("yd_n"), g("yd_n")):
                return None
            return self.year(m.start("yd_y"), m.end("yd_y"), to_int(g("yd_y")))
        if kind == "yo":
            before, before_start = r.word_before(m.start("yo"))
            if before in _set("en", "quantity_before_of"):
                return None
            if (
                g("yo_n") is not None
                # A name before "of" takes a year: the Treaty of 1999 remains in force.
                and not (before and r.capitalized(before_start))
                and self.counts_things(m.start("yo_n"), g("yo_n"))
            ):
                return None
            return self.year(m.start("yo_y"), m.end("yo_y"), int(g("yo_y")))
        return None

    def month_range(
        self, start: int, end: int, a: int, b: int, year_a: int | None, year_b: int | None
    ) -> _Found | None:
        """A range of months (``January-July 2024``), a year given at either end or none.

        Without a year the last month takes the year nearest ``ref`` (as a
        month alone does) and the first month the same year, or the one
        before when the range crosses a new year (``November to February``).
        """
        wraps = 1 if a > b else 0
        if year_b is None and year_a is not None:
            year_b = year_a + wraps
        if year_b is None:
            year_b = self.r.month_year(b, start, end)
            if year_b is None:
                return None
        if year_a is None:
            year_a = year_b - wraps
        if (year_a, a) >= (year_b, b):
            return None
        return _Found(start, end, _ym(year_a, a), _ym(year_b, b), "month")

    def counts_things(self, pos: int, noun: str) -> bool:
        """Whether ``noun`` after a number makes it a count: a plural or a unit.

        "the 1999 treaty" is a year, "the 2000 delegates" a count: a year
        modifies one thing, a count many. A capitalized plural is a name
        ("the 2015 Paris Agreement", "the 2021 Congress").
        """
        if noun in _set("en", "count_nouns"):
            return True
        if noun in _set("en", "not_plurals"):
            return False  # "the Treaty of 1999 was signed": a word, not a plural noun
        plural = noun.endswith("s") and not noun.endswith(("ss", "us", "is"))
        return plural and not self.r.capitalized(pos)

    def english_weekday(self, m: _Groups) -> _Found | None:
        r = self.r
        g = m.group
        ds, de = m.start("wd_d"), m.end("wd_d")
        if not (r.capitalized(ds) and r.ascii(ds, de)):
            return None
        prev, _ = r.word_before(ds)
        if prev in _set("en", "weekday_name_words"):
            return None
        start = m.start("wd")
        joined = self.weekday_with_date(start, de)
        if joined is not None:
            return joined
        # A capitalized word right after a bare weekday makes a name: Sunday Times.
        after = r.p.folded[de : de + 2]
        if g("wd_c") is None and len(after) == 2 and after[0] == " " and after[1].isupper():
            return None
        if r.ref is None:
            return None
        cue = g("wd_c")
        cue = _norm(cue) if cue else None
        if cue in ("since", "by", "until", "till", "from", "early", "late"):
            start = ds
        weekday = _weekdays_en()[g("wd_d")]
        if cue in ("last", "past"):
            mode = "last"
        elif cue in ("next", "coming"):
            mode = "future"
        else:
            mode = "ahead" if r.future(start, de) else "past"
        when = _weekday_date(weekday, r.ref, mode)
        if r.low.startswith(" the ", de) or r.low.startswith(", the ", de):
            o = _WD_ORDINAL.match(r.low, de)
            if o is not None:
                day = _weekday_ordinal(weekday, int(o.group(1)), r.ref, when, mode)
                if day is not None:
                    return _Found(start, o.end(), day.isoformat(), None, "day")
        t = _wd_range_en().match(r.low, de)
        if (
            t is not None
            and r.capitalized(t.start("d"))
            and r.ascii(de, t.end())
            and (t.group("w") != "and" or r.word_before(ds)[0] == "between")
        ):
            got = _weekday_range(start, t.end(), when, _weekdays_en()[t.group("d")] - weekday)
            if got is not None:
                return got
        return _Found(start, de, when.isoformat(), None, "day")

    def weekday_with_date(self, start: int, end: int) -> _Found | None:
        r = self.r
        j = _WD_JOIN.match(r.low, end)
        if j is None:
            return None
        c = r.low[j.end() : j.end() + 1]
        if c.isascii() and not ("0" <= c <= "9" or c in _DAY_ATOM_LETTERS):
            # A day atom opens with a digit, a month word or ``ngày``/``mùng``
            # (one of the Vietnamese day-month forms): most weekdays are
            # followed by none of them, and the grammar is not tried there.
            return None
        m2 = self.read(j.end())
        if m2 is None:
            return None
        b = _read_day_atom(r, m2)
        if b is None or b.start != j.end():
            return None
        got = self.day_atom(b)
        if got is None:
            return None
        stop = got.end
        if "(" in r.low[end : j.end()]:
            # thứ Hai (19/8): the mention takes the bracket it opened.
            close = _CLOSE_BRACKET.match(r.low, stop)
            if close is not None:
                stop = close.end()
        return _Found(start, stop, got.value, got.end_value, got.granularity)

    def relative(self, lang: str, start: int, end: int) -> _Found | None:
        r = self.r
        ref = r.ref
        if ref is None:
            return None
        phrase = _norm(r.low[start:end])
        if phrase in _table(lang, "relative_days"):
            if lang != "vi" and _in_a_title(r.p.text, start):
                # "The Europe Today", "USA Today": a capitalized word after a
                # capitalized one, inside a sentence, ends a name.
                return None
            if lang == "vi":
                # "Sáng nay (19/8)", "Hôm qua 18/8": the date that follows is the
                # same day, written out; one mention, valued by the written date.
                joined = self.weekday_with_date(start, end)
                if joined is not None:
                    return joined
            n = int(_table(lang, "relative_days")[phrase])
            return _Found(start, end, (ref + _dt.timedelta(days=n)).isoformat(), None, "day")
        if phrase in _table(lang, "relative_weeks"):
            shift, part = _table(lang, "relative_weeks")[phrase]
            ahead = part == "nearest_weekend" and r.future(start, end)
            a, b = _week_range(ref, int(shift), str(part), ahead)
            return _Found(start, end, a.isoformat(), b.isoformat() if b != a else None, "day")
        if phrase in _table(lang, "relative_months"):
            y, mo = _shift_month(ref.year, ref.month, int(_table(lang, "relative_months")[phrase]))
            return _Found(start, end, _ym(y, mo), None, "month")
        if phrase in _table(lang, "relative_years"):
            y = ref.year + int(_table(lang, "relative_years")[phrase])
            return _Found(start, end, f"{y:04d}", None, "year")
        return None

    # ---- Vietnamese ---------------------------------------------------

    def vietnamese(self, m: _Groups, kind: str) -> _Found | None:
        r = self.r
        g = m.group
        ref = r.ref
        if kind == "vm":
            s, e = m.start("vm"), m.end("vm")
            if not r.vi_ok(s, e):
                return None
            month = int(g("vm_m"))
            y = g("vm_y") or g("vm_y2")
            if y:
                return _Found(s, e, _ym(int(y), month), None, "month")
            if ref is None:
                return None
            rel = g("vm_r")
            tail = g("vm_t")
            if rel is not None:
                year = ref.year + int(_table("vi", "relative_years")[_norm(rel)])
            elif tail is not None or _UNTIL_NOW.match(r.low, e):
                # vừa qua (and "từ tháng 1 đến nay", until now): the latest such
                # month up to ref; tới: the next one after it.
                t = _norm(tail) if tail is not None else "vua qua"
                if t == "toi":
                    year = ref.year if month > ref.month else ref.year + 1
                elif t == "nay":
                    year = ref.year
                else:
                    year = ref.year if month <= ref.month else ref.year - 1
            else:
                got = r.month_year(month, s, e)
                if got is None:
                    return None
                year = got
            return _Found(s, e, _ym(year, month), None, "month")
        if kind == "vmr":
            s, e = m.start("vmr"), m.end("vmr")
            if not r.vi_ok(s, e):
                return None
            ya, yb = g("vmr_ya"), g("vmr_y") or g("vmr_y2")
            year_b = to_int(yb) if yb else None
            rel = g("vmr_r")
            if rel is not None:
                if ref is None:
                    return None
                year_b = ref.year + int(_table("vi", "relative_years")[_norm(rel)])
            return self.month_range(
                s, e, int(g("vmr_a")), int(g("vmr_b")), to_int(ya) if ya else None, year_b
            )
        if kind == "vw":
            s, e = m.start("vw"), m.end("vw")
            y = g("vw_y")
            if not r.vi_ok(s, e) or (ref is None and not y):
                return None
            if not r.capitalized(m.start("vw_m")) and not _lower_month_word_ok(r, m, s):
                return None
            before = _norm(r.low[max(0, s - 24) : s])
            if any(before.endswith(x) for x in _set("vi", "month_name_prefixes")):
                return None
            month = int(_table("vi", "month_words")[_norm(g("vw_m"))])
            rel = g("vw_r")
            if rel is not None and ref is not None:
                year = ref.year + int(_table("vi", "relative_years")[_norm(rel)])
                return _Found(s, e, _ym(year, month), None, "month")
            got = to_int(y) if y else r.month_year(month, s, e)
            return _Found(s, e, _ym(got, month), None, "month") if got else None
        if kind == "vy":
            s = m.start("vy")
            if not r.vi_ok(s, m.start("vy_y")):
                return None
            prev, _ = r.word_before(s)
            if prev == "viet" or (
                r.p.text[s : s + 1] == "N" and not r.accented and not _opens_sentence(r.low, s)
            ):
                # "Nam" in unaccented text is a name, unless it opens a
                # sentence ("Nam 2023, hai nuoc ...": Năm).
                return None
            return self.year(m.start("vy_y"), m.end("vy_y"), int(g("vy_y")))
        if kind == "vago":
            return self.vietnamese_ago(m)
        if kind == "vnr":
            # A range of two day/months (30/8-2/9): both parts must make days
            # in order, a month apart at most, two with a cue word (từ 1/6-31/7):
            # no ratio or score (1/2-3/4).
            s, e = m.start("vnr_d1"), m.end("vnr")
            y = g("vnr_y")
            cued = m.start("vnr_c") >= 0 and r.vi_ok(m.start("vnr_c"), m.end("vnr_c"))
            a = _Atom("vn", s, m.end("vnr_m1"), None, to_int(g("vnr_m1")), to_int(g("vnr_d1")))
            pair = _resolve_pair(
                r, a, to_int(y) if y else None, to_int(g("vnr_m2")), to_int(g("vnr_d2"))
            )
            if pair is None or (pair[1] - pair[0]).days > _VNR_MAX_DAYS * (2 if cued else 1):
                return None
            return r.day_found(s, e, *pair)
        if kind == "vr":
            s, e = m.start("vr"), m.end("vr")
            if not r.vi_ok(s, e):
                return None
            prev, prev_start = r.word_before(s)
            before = r.low[max(0, s - 4) : s].rstrip()
            if (
                prev in _set("vi", "quantity_words")
                or (before and before[-1:].isdigit())
                or _vi_number(r, prev_start, prev_start + len(prev)) is not None
            ):
                # "nhiều năm trước", "2 tuần trước", "hai tuần trước": so many
                # years or weeks ago, not last year or last week.
                return None
            if prev == "viet":
                return None
            return self.relative("vi", s, e)
        if kind == "vwd":
            return self.vietnamese_weekday(m)
        return None

    def vietnamese_ago(self, m: _Groups) -> _Found | None:
        """``3 năm trước``, ``cách đây hai tháng``: so many days, months or years before ``ref``."""
        r = self.r
        ref = r.ref
        s, e = m.start("vago"), m.end("vago")
        if ref is None or not r.vi_ok(s, e):
            return None
        lead = m.group("vago_c") is not None
        n_key = "vago_n" if lead else "vago_n2"
        u_key = "vago_u" if lead else "vago_u2"
        ns, ne = m.start(n_key), m.end(n_key)
        n_text = r.low[ns:ne]
        n = to_int(n_text) if n_text[:1].isdigit() else _vi_number(r, ns, ne)
        if n is None or n == 0:
            return None
        prev, _ = r.word_before(s)
        if prev in _set("vi", "duration_words"):
            # "trong 3 năm trước": the years before, a period and no date.
            return None
        unit = _table("vi", "ago_units")[_norm(m.group(u_key))]
        if unit == "day":
            return _Found(s, e, (ref - _dt.timedelta(days=n)).isoformat(), None, "day")
        if unit == "month":
            y, mo = _shift_month(ref.year, ref.month, -n)
            return _Found(s, e, _ym(y, mo), None, "month")
        return _Found(s, e, f"{ref.year - n:04d}", None, "year")

    def vietnamese_weekday(self, m: _Groups) -> _Found | None:
        r = self.r
        g = m.group
        s, e = m.start("vwd_d"), m.end("vwd_d")
        if not r.vi_ok(s, e):
            return None
        prev, prev_start = r.word_before(s)
        if prev in _set("vi", "ordinal_nouns"):
            return None
        day_word = r.p.text[s:e].split()[-1]
        cue = prev in _set("vi", "weekday_cues") and r.vi_ok(prev_start, s)
        start = prev_start if cue else s
        joined = self.weekday_with_date(start, e)
        if joined is not None:
            return joined
        if not (cue or day_word[:1].isupper() or day_word.isdigit() or "nhat" in r.low[s:e]):
            return None
        if day_word.isdigit() and not cue:
            return None
        if r.ref is None:
            return None
        weekday = int(_table("vi", "weekdays")[_norm(r.low[s:e])])
        tail = g("vwd_t")
        end = e
        mode = "ahead" if r.future(start, e) else "past"
        when = None
        if tail is not None and r.vi_ok(m.start("vwd_t"), m.end("vwd_t")):
            t = _norm(tail)
            end = m.end("vwd_t")
            if t.startswith("tuan "):
                # thứ Hai tuần trước: the Monday of last week.
                shift = _WEEK_SHIFT_VI[t.split()[1]]
                when = _week_range(r.ref, shift, "all")[0] + _dt.timedelta(days=weekday)
            elif t in ("toi", "sau"):
                mode = "future"
            else:
                mode = "last" if t == "truoc" else "past"
        if when is None:
            when = _weekday_date(weekday, r.ref, mode)
        if tail is None:
            rng = _wd_range_vi().match(r.low, e)
            if rng is not None and r.vi_ok(e, rng.end()):
                second = int(_table("vi", "weekdays")[_norm(rng.group("d"))])
                if rng.group("wk") is not None:
                    # từ thứ Hai đến thứ Tư tuần trước: the week is named once, at the end.
                    monday = _week_range(r.ref, _WEEK_SHIFT_VI[rng.group("wk")], "all")[0]
                    when = monday + _dt.timedelta(days=weekday)
                # từ thứ Hai đến thứ Tư: the range starts at its first day, as day ranges do.
                first = s if prev == "tu" else start
                got = _weekday_range(first, rng.end(), when, second - weekday)
                if got is not None:
                    return got
        return _Found(start, end, when.isoformat(), None, "day")


# "on the 5th": a day of the month alone, where no noun follows the ordinal
# (not "on the 5th anniversary"). Literal "on the " lets ``re`` skip ahead fast.
_BARE_ORD = r"(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
_BARE_DAY = re.compile(
    rf"(on|from|between) the {_BARE_ORD}"
    # A last day: "from the 22nd to the 24th", "on the 12th and 13th", "the 5th-7th".
    rf"(?:(?:[ \t]{{0,2}}-{{1,2}}[ \t]{{0,2}}|[ \t](to|through|till|until|and)[ \t])(?:the )?{_BARE_ORD})?"
    r"(?: of (this|last|next) month\b|(?=[ \t]{0,2}(?:[,.;:)]|(?:and|in|at|when|local|morning"
    r"|afternoon|evening)\b)|\Z))"
)
_BARE_LEADS = ("on the ", "from the ", "between the ")


def _bare_day_matches(low: str) -> Iterator[re.Match[str]]:
    """``_BARE_DAY.finditer(low)``: its literal leads (``on the ``...) found by ``str.find``, the pattern tried only there.

    Example:
        >>> [m.group() for m in _bare_day_matches("on the 5th, on the 6th anniversary, from the 7th to the 9th.")]
        ['on the 5th', 'from the 7th to the 9th']
    """
    starts: list[int] = []
    for lead in _BARE_LEADS:
        i = low.find(lead)
        while i >= 0:
            starts.append(i)
            i = low.find(lead, i + len(lead))
    if not starts:
        return
    starts.sort()
    end = 0
    for i in starts:
        if i >= end:
            m = _BARE_DAY.match(low, i)
            if m is not None:
                end = m.end()
                yield m


def _bare_range_ok(m: re.Match[str]) -> bool:
    """Whether a bare day match reads as a date: a range needs its last day after its first.

    ``from`` and ``between`` open only a range; ``and`` joins a range after
    ``between`` or of two days in a row (``on the 12th and 13th``).
    """
    first, conn, last = m.group(2), m.group(3), m.group(4)
    if last is None:
        return m.group(1) == "on"
    a, b = int(first), int(last)
    if b == a:
        return False
    if b < a:
        # "from the 25th to the 2nd": the last day is in the next month; "and"
        # joins no such pair.
        return conn != "and" and m.group(1) == "from"
    if conn == "and":
        return m.group(1) == "between" or b == a + 1
    return True


_MONTH_CONTEXT_CHARS = 300
"""How far back a month named before a bare day (``In July, ... on the 16th``) still gives its month."""


def _month_before(low: str, before: _Found | None, pos: int) -> tuple[int, int] | None:
    """The year and month of ``before``, the mention nearest before ``pos``, if it gives a bare day its month.

    Only a single month (``in July``, ``tháng 7``) in the same paragraph,
    at most ``_MONTH_CONTEXT_CHARS`` back: a day or another date nearer
    names the time the text has moved on to.

    Example:
        >>> _month_before("in july, ... on the 16th", _Found(3, 7, "2024-07", None, "month"), 13)
        (2024, 7)
    """
    if (
        before is None
        or before.granularity != "month"
        or before.end_value is not None
        or pos - before.end > _MONTH_CONTEXT_CHARS
        or "\n" in low[before.end : pos]
    ):
        return None
    return int(before.value[:4]), int(before.value[5:7])


def _with_bare_days(r: _Reader, ref: _dt.date, found: list[_Found]) -> list[_Found]:
    """``found`` with each ``on the 5th`` (``from the 5th to the 7th``) that no other mention covers.

    ``of this month`` (``last``, ``next``) names the month, and the mention
    takes the words (``next month`` inside it is no mention of its own).
    After a month named just before it (``In July, ... on the 16th``) the
    day is of that month (:func:`_month_before`). Otherwise the (first) day
    is the latest such day up to ``ref``, or the first from ``ref`` on in a
    sentence about the future; a range's last day is in the same month, or
    in the next one when it comes before the first (``from the 25th to the
    2nd``; ``of next month`` then names the last's).

    The mentions of ``found`` do not overlap and are in order, so their ends
    are sorted too: each bare day finds its neighbours by bisection, and the
    new mentions are merged in once.
    """
    low = r.low
    ends = [f.end for f in found]
    n = len(found)
    added: list[_Found] = []
    dropped: list[int] = []
    for m in _bare_day_matches(low):
        s, e = m.span()
        if s and low[s - 1].isalnum():
            continue
        day = int(m.group(2))
        last = int(m.group(4)) if m.group(4) else None
        which = m.group(5)
        if not _bare_range_ok(m):
            if m.group(1) != "on" or m.group(3) != "and":
                continue
            # "on the 12th and 14th (of next month)": two days; the first is read alone.
            e, last = m.end(2) + 2, None
        # The mentions that overlap [s, e): from the first that ends after s.
        k = first = bisect.bisect_right(ends, s)
        while k < n and found[k].start < e:
            k += 1
        inside = range(first, k)
        if inside and (
            which is None or any(found[i].start < s or found[i].end > e for i in inside)
        ):
            continue
        # "from the 25th to the 2nd": the range runs into the next month.
        wraps = last is not None and last < day
        context = None
        if which is None:
            before = found[first - 1] if first else None
            if added and (before is None or added[-1].end > before.end):
                before = added[-1]
            context = _month_before(low, before, s)
        if which is not None:
            # "of next month" names the month of the last day.
            shift = {"this": 0, "last": -1, "next": 1}[which] - wraps
            y, mo = _shift_month(ref.year, ref.month, shift)
            when = calendar.safe_date(y, mo, day)
        elif context is not None:
            # "In July, ... On the 16th": the month just named.
            when = calendar.safe_date(context[0], context[1], day)
        else:
            ahead = r.future(s, e)
            when = None
            for shift in (0, 1) if ahead else (0, -1):
                y, mo = _shift_month(ref.year, ref.month, shift)
                d = calendar.safe_date(y, mo, day)
                if d is not None and ((d >= ref) if ahead else (d <= ref)):
                    when = d
                    break
        until = None
        if when is not None and last is not None:
            y, mo = _shift_month(when.year, when.month, wraps)
            until = calendar.safe_date(y, mo, last)
            if until is None:
                continue
        if when is not None:
            dropped.extend(inside)
            added.append(
                _Found(s, e, when.isoformat(), None if until is None else until.isoformat(), "day")
            )
    if not added:
        return found
    gone = set(dropped)
    kept = [f for i, f in enumerate(found) if i not in gone]
    return sorted([*kept, *added], key=lambda f: f.start)


@functools.cache
def _vi_bare_day() -> re.Pattern[str]:
    """A Vietnamese day with no month: ``Sáng 18, tại Bắc Kinh``, ``chiều 18 (giờ địa phương)``.

    Only a comma not followed by a number (``ngày 18, 19/8`` lists days of a
    month written later), ``tại`` or a bracketed local-time note may follow.
    """
    cues = "|".join(sorted({_key(w) for w in _vocab()["vi"]["bare_day_cues"]}))
    return re.compile(
        rf"\b({cues})[ \t]{{1,3}}(3[01]|[12]\d|0?[1-9])"
        r"(?=[ \t]{0,2},[ \t]{0,3}(?![\d ])|[ \t]{1,3}tai\b|[ \t]{1,3}\((?:theo[ \t]{1,3})?gio\b)"
    )


def _vi_bare_day_matches(low: str) -> list[re.Match[str]]:
    """``_vi_bare_day().finditer(low)``: each cue word found by ``str.find``, the pattern tried only there.

    Example:
        >>> [m.group() for m in _vi_bare_day_matches("sang 18, tai ha noi; ngay 3 tai hue")]
        ['sang 18', 'ngay 3']
    """
    pattern = _vi_bare_day()
    out = []
    for cue in _bare_day_cues(False):
        needle = cue + " "
        i = low.find(needle)
        while i >= 0:
            if i == 0 or not low[i - 1].isalnum():
                m = pattern.match(low, i)
                if m is not None:
                    out.append(m)
            i = low.find(needle, i + 1)
    out.sort(key=lambda m: m.start())
    return out


@functools.cache
def _bare_day_cues(accented: bool) -> frozenset[str]:
    words = _vocab()["vi"]["bare_day_cues"]
    return frozenset(w.lower() if accented else _key(w) for w in words)


def _with_vi_bare_days(r: _Reader, ref: _dt.date, found: list[_Found]) -> list[_Found]:
    """``found`` with each Vietnamese day that names no month (``Sáng 18,``), in ``ref``'s month.

    The day is the latest such day up to ``ref``, or the first from ``ref``
    on in a sentence about the future, as ``on the 18th`` is.
    """
    low = r.low
    # In a text with diacritics the cue carries them (sáng, not sang "to go").
    cues = _bare_day_cues(r.accented)
    # The mentions do not overlap and are in order: their ends are sorted, and
    # the one that may overlap a day is found by bisection.
    ends = [f.end for f in found]
    added: list[_Found] = []
    for m in _vi_bare_day_matches(low):
        s, e = m.span()
        if r.p.text[s : m.end(1)].lower() not in cues:
            continue
        ds = m.start(2)
        k = bisect.bisect_right(ends, ds)
        if (k < len(found) and found[k].start < e) or (added and added[-1].end > ds):
            continue
        day = int(m.group(2))
        ahead = r.future(ds, e)
        when = None
        for shift in (0, 1) if ahead else (0, -1):
            y, mo = _shift_month(ref.year, ref.month, shift)
            d = calendar.safe_date(y, mo, day)
            if d is not None and ((d >= ref) if ahead else (d <= ref)):
                when = d
                break
        if when is not None:
            added.append(_Found(s, e, when.isoformat(), None, "day"))
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.start)


# Quarters, halves and the first months of a year: month ranges read where
# a key word stands (``str.find``), the pattern tried only in a window
# around it, so a text without one pays a few substring searches.
_PERIOD_YEAR_EN = (
    rf"(?:(?:[ \t]{{1,3}}of|,)?[ \t]{{1,3}}(?:(?P<y>{_Y})|(?P<r>this|last|next)[ \t]{{1,3}}year\b"
    rf"|(?P<t>the[ \t]{{1,3}}year)\b)|[ \t]{{0,2}}[/-][ \t]{{0,2}}(?P<y2>{_Y}))?"
)
# Each key, how many words before it the period opens (``first`` in ``first
# quarter``, ``first seven`` in ``first seven months of``), and the run of
# letters it needs: a key whose run the text lacks is not searched for.
_PERIOD_KEYS_EN = (
    ("quarter", 1, b"quarter"),
    ("half", 1, b"half"),
    (" months", 2, b"months"),
    ("q1", 0, b"q"),
    ("q2", 0, b"q"),
    ("q3", 0, b"q"),
    ("q4", 0, b"q"),
    ("h1", 0, b"h"),
    ("h2", 0, b"h"),
)
_PERIOD_KEYS_VI = (
    ("quy ", 0, b"quy"),
    ("thang dau nam", 1, b"dau"),
    ("thang cuoi nam", 1, b"cuoi"),
    ("nua dau nam", 0, b"nua"),
    ("nua cuoi nam", 0, b"nua"),
    ("thang nam", 1, b"thang"),
)
_PERIOD_RUNS_EN = frozenset(run for _, _, run in _PERIOD_KEYS_EN)
_PERIOD_RUNS_VI = frozenset(run for _, _, run in _PERIOD_KEYS_VI)
_OF_AFTER = re.compile(r"[ \t]{1,3}of\b")
_VI_REL_YEAR = {"nay": 0, "ngoai": -1, "truoc": -1, "toi": 1, "sau": 1}


@functools.cache
def _period_en() -> re.Pattern[str]:
    """``the first quarter of 2025``, ``first-half``, ``the first seven months of 2024``, ``Q3 2024``, ``H1/2025``."""
    v = _vocab()["en"]
    return re.compile(
        rf"(?:\b(?P<o>{_alt(v['quarter_words'])})(?P<hy>[ \t]{{1,2}}|-)(?P<u>quarter|half)\b(?!-?finals?\b)"
        rf"|\bfirst[ \t]{{1,2}}(?P<n>{_alt(v['month_count_words'])}|[2-9]|1[01])[ \t]{{1,2}}months\b"
        rf"|\b(?P<qh>[qh])(?P<qn>[1-4])\b){_PERIOD_YEAR_EN}(?![\d/.-]\d)"
    )


@functools.cache
def _period_vi() -> re.Pattern[str]:
    """``quý I/2025``, ``quý 3 năm 2024``, ``6 tháng đầu năm nay``, ``nửa cuối năm 2023`` (folded)."""
    quarters = "|".join(
        sorted((_key(k) for k in _vocab()["vi"]["quarter_numbers"]), key=len, reverse=True)
    )
    count = _alt(w for w, n in _vocab()["vi"]["number_words"].items() if n < 12)
    return re.compile(
        rf"(?:\bquy[ \t]{{1,3}}(?P<q>{quarters})\b(?![.,]\d)"
        rf"|\b(?P<n>1[01]|[1-9]|{count})[ \t]{{1,3}}thang(?:[ \t]{{1,3}}(?P<d>dau|cuoi))?[ \t]{{1,3}}nam\b"
        rf"|\bnua[ \t]{{1,3}}(?P<h>dau|cuoi)[ \t]{{1,3}}nam\b)"
        rf"(?:[ \t]{{0,2}}[/.-][ \t]{{0,2}}(?P<y>{_Y})|[ \t]{{1,3}}(?:nam[ \t]{{1,3}})?(?P<y2>{_Y})"
        rf"|[ \t]{{1,3}}(?:nam[ \t]{{1,3}})?(?P<r>nay|ngoai|truoc|toi|sau)\b)?(?!\d)"
    )


def _period_hits(
    low: str,
    keys: tuple[tuple[str, int, bytes], ...],
    runs: frozenset[bytes],
    pattern: re.Pattern[str],
) -> list[re.Match[str]]:
    """Matches of ``pattern`` that open the given number of words before one of ``keys``.

    Example:
        >>> low = "in the first-quarter of 2025"
        >>> [m.group() for m in _period_hits(low, _PERIOD_KEYS_EN, frozenset([b"quarter"]), _period_en())]
        ['first-quarter of 2025']
    """
    out: list[re.Match[str]] = []
    for key, back, run in keys:
        if run not in runs:
            continue
        i = low.find(key)
        while i >= 0:
            at = i + (key[0] == " ")
            for _ in range(back):
                # The start of the word before: over blanks or a hyphen, then letters and digits.
                j = at
                while j > 0 and low[j - 1] in " \t-":
                    j -= 1
                k = j
                while k > 0 and low[k - 1].isalnum():
                    k -= 1
                at = k if k < j else -1
                if at < 0:
                    break
            if at >= 0 and not (at and low[at - 1].isalnum()):
                m = pattern.match(low, at)
                if m is not None:
                    out.append(m)
            i = low.find(key, i + 1)
    return out


def _period_en_months(r: _Reader, m: re.Match[str]) -> tuple[int, int, int | None] | None:
    """First and last month of an English period match, and its year (``None``: the reference's)."""
    low, text = r.low, r.p.text
    s = m.start()
    year: int | None = None
    if m.group("y") or m.group("y2"):
        year = int(m.group("y") or m.group("y2"))
    elif m.group("r"):
        if r.ref is None:
            return None
        year = r.ref.year + {"this": 0, "last": -1, "next": 1}[m.group("r")]
    elif m.group("t") is None:
        # No year: "in the second quarter", "first-quarter growth"; not a
        # period of something else (the first half of the 20th century, of
        # December) nor "last quarter" (the one before).
        if m.group("qh") or _OF_AFTER.match(low, m.end()):
            return None
        if m.group("n"):
            # "in the first eight months": of the reference's year (not "for
            # the first three months" of something else).
            prev, prev_start = r.word_before(s)
            if prev != "the" or r.word_before(prev_start)[0] not in ("in", "during", "over"):
                return None
        elif m.group("o") in ("last", "final") or (
            m.group("hy") != "-" and r.word_before(s)[0] != "the"
        ):
            return None
    if m.group("qh"):
        if not text[s : s + 1].isupper():
            return None
        k = int(m.group("qn"))
        if m.group("qh") == "h":
            return (1, 6, year) if k == 1 else (7, 12, year) if k == 2 else None
        return 3 * k - 2, 3 * k, year
    if m.group("n"):
        word = m.group("n")
        count = int(word) if word.isdigit() else int(_table("en", "month_count_words")[word])
        return 1, count, year
    if m.group("u") == "half":
        k = int(_table("en", "half_words")[m.group("o")])
        return (1, 6, year) if k == 1 else (7, 12, year)
    k = int(_table("en", "quarter_words")[_norm(m.group("o"))])
    return 3 * k - 2, 3 * k, year


def _period_vi_months(r: _Reader, m: re.Match[str]) -> tuple[int, int, int | None] | None:
    """First and last month of a Vietnamese period match, and its year (``None``: the reference's)."""
    text = r.p.text
    s, e = m.span()
    allowed = _vi_words() | {"quý", "nửa"}
    for w in _WORD.findall(text[s:e]):
        lw = w.lower()
        if lw in ("i", "ii", "iii", "iv"):
            if not w.isupper():  # a Roman numeral is written in capitals
                return None
        elif r.accented and lw not in allowed:
            return None
    year: int | None = None
    if m.group("y") or m.group("y2"):
        year = int(m.group("y") or m.group("y2"))
    elif m.group("r"):
        year = None if r.ref is None else r.ref.year + _VI_REL_YEAR[m.group("r")]
        if year is None:
            return None
    else:
        after = _WORD_AT.match(r.low, e + 1 if r.low[e : e + 1] == " " else e)
        if after is not None and (
            after.group() in ("hoc", "tai") if m.group("q") is None else m.group("q").isdigit()
        ):
            # "2 tháng đầu năm học (tài chính)": the first months of a school
            # (fiscal) year; "quý 1 lần" (precious, once): a quarter's number
            # in figures has no word after it.
            return None
    if m.group("q"):
        k = int(_vocab()["vi"]["quarter_numbers"][text[m.start("q") : m.end("q")].upper()])
        return 3 * k - 2, 3 * k, year
    if m.group("h"):
        return (1, 6, year) if m.group("h") == "dau" else (7, 12, year)
    word = m.group("n")
    count = int(word) if word.isdigit() else _vi_number(r, m.start("n"), m.end("n"))
    if count is None or not 1 <= count <= 11:
        return None
    if m.group("d") is None:
        # "7 tháng năm 2024", the statistics' first seven months: with its
        # year in figures, and not a day (ngày 7 tháng năm ...).
        prev = r.word_before(s)[0]
        if m.group("y2") is None or prev == "sau" or prev in _set("vi", "day_cues"):
            return None
        if prev in _set("vi", "quantity_words"):  # "hơn 3 tháng năm 2024": a span
            return None
    return (1, count, year) if m.group("d") != "cuoi" else (13 - count, 12, year)


def _with_periods(r: _Reader, found: list[_Found]) -> list[_Found]:
    """``found`` with each quarter, half or first months of a year as a range of months.

    ``the first quarter of 2025`` is 2025-01 to 2025-03, ``quý II năm nay``
    April to June of the reference year, ``6 tháng đầu năm 2024`` January to
    June; a year inside the span is no mention of its own. Without a year the
    period is in the reference year.

    Example:
        >>> from dipparse.text import prepare
        >>> p = prepare("Exports rose in the first quarter of 2025 and in Q3 2024.")
        >>> [(f.value, f.end_value) for f in _with_periods(_Reader(p, None, "en"), [])]
        [('2025-01', '2025-03'), ('2024-07', '2024-09')]
    """
    low = r.low
    hits: list[tuple[re.Match[str], bool]] = []
    runs = _present_runs(r.p, r.lang)
    if r.lang != "vi" and not runs.isdisjoint(_PERIOD_RUNS_EN):
        hits.extend((m, False) for m in _period_hits(low, _PERIOD_KEYS_EN, runs, _period_en()))
    if r.lang != "en" and not runs.isdisjoint(_PERIOD_RUNS_VI):
        hits.extend((m, True) for m in _period_hits(low, _PERIOD_KEYS_VI, runs, _period_vi()))
    if not hits:
        return found
    hits.sort(key=lambda h: h[0].start())
    starts = [f.start for f in found]
    dropped: set[int] = set()
    added: list[_Found] = []
    last_end = -1
    for m, vi in hits:
        got = _period_vi_months(r, m) if vi else _period_en_months(r, m)
        if got is None:
            continue
        first, last, year = got
        if year is None:
            if r.ref is None:
                continue
            year = r.ref.year
        s, e = m.span()
        k = bisect.bisect_left(starts, s)
        if s < last_end or (k and found[k - 1].end > s):
            continue
        inside = []
        while k < len(found) and found[k].start < e:
            inside.append(k)
            k += 1
        if inside and found[inside[-1]].end > e:
            continue  # a mention reaches past the period: it wins
        dropped.update(inside)
        added.append(_Found(s, e, _ym(year, first), _ym(year, last), "month"))
        last_end = e
    if not added:
        return found
    kept = [f for i, f in enumerate(found) if i not in dropped]
    return sorted([*kept, *added], key=lambda f: f.start)


def extract_dates(
    p: PreparedText, ref: _dt.date | None, language: str | None = None
) -> tuple[DateMention, ...]:
    """Return every date expression of ``p``, in text order, resolved against ``ref``.

    Args:
        p: The prepared text.
        ref: The reference date (the dateline's date, else the publication
            date); ``None`` keeps only expressions that carry their full value.
        language: ``"en"``, ``"vi"`` or ``None`` (read both grammars).

    Returns:
        The date mentions; spans index ``p.original``.

    Example:
        >>> import datetime
        >>> from dipparse.text import prepare
        >>> p = prepare("Talks will be held on Friday and from August 30 to September 2.")
        >>> [(d.text, d.value, d.end_value) for d in extract_dates(p, datetime.date(2024, 8, 19))]
        [('on Friday', '2024-08-23', None), ('August 30 to September 2', '2024-08-30', '2024-09-02')]
        >>> [d.value for d in extract_dates(prepare("in 2025, not the 13th Party Congress"), None)]
        ['2025']
    """
    lang = language if language in ("en", "vi") else "any"
    if not p.text:
        return ()
    reader = _Reader(p, ref, lang)
    found = _Scanner(reader).run()
    if ref is not None and lang != "vi":
        found = _with_bare_days(reader, ref, found)
    if ref is not None and lang != "en":
        found = _with_vi_bare_days(reader, ref, found)
    found = _with_periods(reader, found)
    out: list[DateMention] = []
    original = p.original
    # Without a map the offsets of ``p.text`` are those of the original.
    span = p.span if p._starts is not None else None
    for f in found:
        s, e = (f.start, f.end) if span is None else span(f.start, f.end)
        if 0 <= s <= e:
            # What ``_unchecked`` does, written out: a few mentions per article.
            d = _new(DateMention)
            _set_attr(d, "text", original[s:e])
            _set_attr(d, "value", f.value)
            _set_attr(d, "end_value", f.end_value)
            _set_attr(d, "granularity", f.granularity)
            _set_attr(d, "start", s)
            _set_attr(d, "end", e)
            out.append(d)
        else:  # offsets the validators refuse: let them raise as before
            out.append(DateMention(original[s:e], f.value, f.end_value, f.granularity, s, e))
    return tuple(out)
