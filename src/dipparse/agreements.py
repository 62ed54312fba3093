"""Treaties, joint statements, memoranda, document sets, plans and initiatives.

Three readers, in order of trust, each skipping what an earlier one found:

1. agreements known by name (``data/agreements.json``: ``the Belt and Road
   Initiative``, ``the Two Corridors and One Economic Circle``);
2. capitalized names ending in a name head (``the Global Development
   Initiative``, ``the National Digital Transformation Strategy``);
3. head nouns (``treaty``, ``joint statement``, ``hiệp định``) that the text
   makes specific: a count (``the 14 cooperation documents``), a modifier
   (``the land border treaty``), a complement (``three legal documents on land
   border management``) or a signing clause. A bare back-reference (``the
   treaty``, ``this agreement``) and a vague plural (``current agreements``)
   are not mentions.

The signing date comes from a signing clause (``signed in 1999``, ``signed
during his recent visit to China``), a year modifier (``the 1999 treaty``) or
an anniversary (``25 years since the signing of``, counted back from the
reference date), and spreads to mentions coordinated with the one that has it
and to later or earlier mentions of the same agreement (same kind and count).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, Generic, NamedTuple, TypeVar

import attrs
import regex

from dipparse._data import load_json
from dipparse._digits import to_int
from dipparse.calendar import month_number, nearest_weekday, safe_date, weekday_number
from dipparse.fields import (
    _JOINERS,
    _PHRASE_TOKEN,
    _is_cased,
    _Phrases,
    phrase_key,
    spaced_words_of,
)
from dipparse.models import Agreement, AgreementKind, DateMention, _unchecked
from dipparse.names import fold
from dipparse.text import PreparedText

__all__ = ["extract_agreements"]

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+){0,4}|\S")
# The same on ASCII text, for the stdlib engine: there the pattern's letters,
# marks and numbers are ASCII letters and digits, and its white space these six.
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['.-][A-Za-z0-9]+){0,4}|[^ \t\n\v\f\r]")
# A full stop ends a clause only before a capital, a quote or the end: not in ``Dec. 30``.
_SENTENCE_BREAK = regex.compile(r"[.!?](?=\s*(?:[\p{Lu}\"“(]|$))|[;\n]")
_DIGITS = regex.compile(r"\d{1,3}")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_DASHES = frozenset({"-", "–", "—"})
_PARTICIPLE = regex.compile(r"[a-z]{3,}(?:ed|ing|ly)")
_TAKE_INITIATIVE = regex.compile(
    r"(?:tak(?:e|es|en|ing)|took|seiz(?:e|ed|es|ing)|at|on|by)\s+the\s*$"
)
_GAP_COORD = regex.compile(r"\s*,?\s*(?:(?:and|as well as|va|cung)\s+)?")
_SIGN_AFTER = regex.compile(
    r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|has been|have been|had been|being|duoc|da duoc|da)\s+)?"
    r"(?:signed|inked|concluded|issued|adopted|ky ket|ky|thong qua|ra)(?![\w])"
)
# The same for an ASCII text, for the stdlib engine (several times faster
# here): on ASCII the pattern's white space is these six, its ``\w`` these.
_SIGN_AFTER_ASCII = re.compile(
    _SIGN_AFTER.pattern.replace(r"\s", "[ \t\n\v\f\r]").replace(r"[\w]", "[A-Za-z0-9_]")
)
_SIGN_VERB = regex.compile(r"(?:sign(?:ed|s|ing)?|ink(?:ed|s|ing)?|conclud(?:e|ed|es|ing))\s+$")
_SIGNED_ONLY = regex.compile(r"\s*,?\s*(?:\w+\s+){0,2}?(?:signed|inked|ky)")
# A date may stand between the verb and the signing: "witnessed Tuesday the signing of".
_WITNESS_BEFORE = regex.compile(
    r"(?:witness(?:ed|es|ing)?|attend(?:ed|s|ing)?|chung kien)(?:\s+[^\s,;.]{1,12}){0,3}?\s+(?:the\s+)?"
    # The signed documents handed over: "the handover ceremony of", "lễ trao".
    r"(?:signing|handover|handing[ -]over|exchange|le ky(?: ket)?|le trao(?: doi)?)"
    # "the signing and exchange of", "lễ ký và trao (đổi)": the documents signed are handed over.
    r"(?:\s+(?:and|va)\s+(?:the\s+)?(?:exchange|handover|trao(?:\s+doi)?))?"
    r"\s+(?:ceremony\s+)?(?:of\s+)?(?:the\s+)?$"
)
# One of these ends every match of ``_WITNESS_BEFORE`` but for its last words.
_WITNESS_WORDS = ("signing", "le ky", "handover", "handing", "exchange", "le trao")
_VERB_SIGN_BEFORE = regex.compile(
    r"(?:signed|inked|issued|adopted|(?<![\w])ky(?:\s+ket)?|(?<![\w])ra)\s+(?:(?:cac|nhung)\s+)?$"
)
_VERB_SIGN_ENDS = ("signed", "inked", "issued", "adopted", "ky", "ket", "ra", "cac", "nhung")
_ANNIVERSARY = regex.compile(
    r"(?<!\w)(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:st|nd|rd|th)?\s+"
    r"(?:years?\s+(?:since|of|after|from)\s+(?:the\s+)?(?:signing|conclusion|inking)\s+of"
    r"|anniversary\s+of\s+(?:the\s+)?(?:signing\s+of|conclusion\s+of)?)\s*(?:the\s+)?$"
    r"|(?<!\w)(?P<vn>\d{1,3})\s+nam\s+(?:(?:ngay|ke\s+tu(?:\s+khi|\s+ngay)?)\s+)?(?:ky(?:\s+ket)?\s+)?$"
)
# Each form of the pattern has one of these words and ends, but for spaces,
# with one of those: the English forms, then the Vietnamese.
_ANNIVERSARY_EN = (("signing", "conclusion", "inking", "anniversary"), ("of", "the"))
_ANNIVERSARY_VI = (("nam",), ("nam", "ngay", "tu", "khi", "ky", "ket"))
# The words one of which every match holds, right after its number: from
# that word to the end a match has only letters ``a``-``z`` and spaces.
_ANNIVERSARY_KEYS = ("year", "anniversary", "nam")
# Read on a reversed window (each class takes every non-ASCII character, to
# be safe): the run that ends the window of characters that can follow a
# match's key (letters ``a``-``z`` and spaces), and the run before a key of
# spaces and then of characters its number can hold (letters, digits, ``-``).
_AFTER_KEY_REVERSED = re.compile(r"[a-z\t\n\v\f\r \x1c-\x1f\x80-\U0010ffff]*")
_BEFORE_KEY_REVERSED = re.compile(
    r"[\t\n\v\f\r \x1c-\x1f\x80-\U0010ffff]*[a-z0-9\-\x80-\U0010ffff]*"
)
_BETWEEN = regex.compile(r"\s*(?:signed\s+|ky\s+)?(?:between|giua)\s")
# The words (up to three) after a dash that joins them to the word before.
_AFTER_DASH = re.compile(r"(?<=[^\W_])[-–]([^\W_]+(?: [^\W_]+){0,2})")
_WITH = re.compile(r"\s{0,3}(?:signed\s{1,3}|ky\s{1,3})?(?:with|voi)\s{1,3}(?:the\s{1,3})?(?=\S)")
# The end of a clause's subject: its signing verb, right before the mention.
_SUBJECT_VERB = re.compile(
    r"(?:\s(?:have|has|had|will|to|da|se))?\s{1,3}(?:sign(?:ed|s)?|ink(?:ed|s)?|conclud(?:ed|es|e)"
    r"|issu(?:ed|es|e)|seal(?:ed|s)?|adopt(?:ed|s)?|releas(?:ed|es|e)|ky(?:\s{1,3}ket)?|ra|thong\s{1,3}qua)\s{1,3}\Z"
)
# The words a match of ``_SUBJECT_VERB`` ends with, but for its spaces.
_SUBJECT_VERB_ENDS = (
    *("sign", "signed", "signs", "ink", "inked", "inks", "conclude", "concluded", "concludes"),
    *("issue", "issued", "issues", "seal", "sealed", "seals", "adopt", "adopted", "adopts"),
    *("release", "released", "releases", "ky", "ket", "ra", "qua"),
)
_EXPLICIT_DATE = regex.compile(
    r"(?<![\w])(?:"
    r"ngay\s+(?P<d4>\d{1,2})\s*/\s*(?P<m4>\d{1,2})(?:\s*/\s*(?P<y4>\d{4}))?"
    r"|ngay\s+(?P<d5>\d{1,2})\s+thang\s+(?P<m5>\d{1,2})(?:\s+nam\s+(?P<y5>\d{4}))?"
    r"|thang\s+(?P<m6>\d{1,2})\s*(?:/|\s+nam\s+)\s*(?P<y6>\d{4})"
    r"|(?:in|nam|vao nam)\s+(?P<y7>(?:19|20)\d\d)(?!\d)"
    r"|(?P<rel>last year|last month|yesterday|today|this year|nam ngoai|nam truoc|hom qua|hom nay)"
    r"|on\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[a-z]{3,9})\.?(?:,?\s+(?P<y1>\d{4}))?(?!\w)"
    r"|(?P<m2>[a-z]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y2>\d{4}))?"
    r"|(?P<m3>[a-z]{3,9})\.?,?\s+(?P<y3>\d{4})"
    r")"
)
_DATE_HINTS = (
    *"0123456789",
    "day",
    "last",
    "this year",
    "nam ngoai",
    "nam truoc",
    "hom qua",
    "hom nay",
)
# A comma and a word that opens the next conjunct of a clause.
_NEXT_CONJUNCT = re.compile(r",[ \t\n]{0,3}(?:and|but|while|whereas|va|nhung|con)[ \t\n]")
_VISIT = regex.compile(
    r"(?:during|on the occasion of|at the time of|as part of|(?:with)?in the framework of|trong|nhan)\s+(?P<mid>(?:[\w'’()-]+\s+){0,16}?)"
    r"(?:visit|trip|tour|chuyen tham|chuyen cong du)(?P<tail>[^.;]{0,40})"
)
_REFERENCE_BACK = 110
_LEFT_FIRST = 40
_SIGN_REACH = 160


@attrs.frozen
class _Head:
    kind: AgreementKind
    self_standing: bool = False
    count_only: bool = False
    complement_only: bool = False
    named_only: bool = False
    post: bool = False


@attrs.frozen
class _Vocab:
    head_pat: _Phrases[_Head]
    named: dict[str, tuple[str, AgreementKind]]
    named_pat: _Narrowed[tuple[str, AgreementKind]]
    named_cased_pat: regex.Pattern[str] | None
    named_cased_keys: tuple[str, ...]
    named_events_after: frozenset[str]
    named_events_before: frozenset[str]
    name_heads: dict[str, tuple[AgreementKind, int]]
    name_head_pat: regex.Pattern[str]
    name_head_keys: tuple[str, ...]
    name_joiners: frozenset[str]
    numbers: dict[str, int]
    # The last words of the keys of several words of ``indefinite`` and ``numbers``.
    pair_last: frozenset[str]
    ordinals: dict[str, int]
    indefinite: frozenset[str]
    determiners: frozenset[str]
    backrefs: frozenset[str]
    vague: frozenset[str]
    weak: frozenset[str]
    left_stops: frozenset[str]
    # The plural heads of one word (``agreements``, ``pacts``).
    plural_heads: frozenset[str]
    post_stops: frozenset[str]
    # The first two words of the Vietnamese heads: ``và`` before them opens a
    # second document, not a capitalized name's next word.
    post_head_pairs: frozenset[tuple[str, str]]
    # Two words that end a Vietnamese mention where neither does alone
    # (``đối với``): folded, and as written (lower-cased, with diacritics).
    post_stop_pairs: frozenset[tuple[str, str]]
    post_stop_pairs_marked: frozenset[tuple[str, str]]
    post_stop_firsts: frozenset[str]
    # Two words a comma joins inside a Vietnamese mention (``phòng, chống``).
    post_comma_pairs: frozenset[tuple[str, str]]
    # The same, as written (lower-cased, with their diacritics).
    post_stops_marked: frozenset[str]
    complement_words: frozenset[str]
    complement_stops: frozenset[str]
    # Words that make an ``on`` phrase after a head its occasion (``on the sidelines of``).
    occasions: frozenset[str]
    verb_markers_vi: frozenset[str]
    countries: dict[str, str]
    country_pat: _Phrases[str]
    country_cased_pat: regex.Pattern[str] | None
    country_cased_keys: tuple[str, ...]
    two_countries: _Phrases[bool]
    # The words each key needs among the text's words (see _required_words);
    # a table none of whose keys has them all finds nothing in that text.
    named_cased_needs: tuple[frozenset[str], ...] | None
    country_cased_needs: tuple[frozenset[str], ...] | None
    # Every word some cased key needs, or None where a key needs none: a
    # text with none of them holds no cased key (one set test).
    named_cased_words: frozenset[str] | None
    country_cased_words: frozenset[str] | None
    country_needs: _Needs
    two_countries_needs: _Needs
    # The first words of the two-country phrases (``None``: a phrase opens
    # with a joiner), and of the country names: a window that holds none of
    # them has no such phrase.
    two_countries_first: tuple[str, ...] | None
    country_first: re.Pattern[str]
    # Name heads that are plain ASCII words, lower-cased, or None when a head
    # is not (a user's pattern): then the whole text is searched.
    name_head_words: dict[str, str] | None
    # ``including``, ``bao gồm``: the words that open the list of a set's members.
    list_openers: re.Pattern[str]
    # The words a next sentence names before its opener (``The documents include``).
    list_subjects: tuple[str, ...]
    # The openers, folded (their common prefixes once: ``includ``).
    list_opener_words: tuple[str, ...]


def _cased_alternation(keys: Iterable[str]) -> regex.Pattern[str] | None:
    ordered = sorted(set(keys), key=lambda k: (-len(k), k))
    if not ordered:
        return None
    body = "|".join(regex.escape(k) for k in ordered)
    return regex.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def _any_in(keys: Iterable[str], text: str) -> bool:
    """True when one of ``keys`` occurs in ``text``.

    A test per key finds the usual case (none) several times faster than the
    search, which tries its lookbehind at every offset; where one occurs, the
    search runs as before.
    """
    # A loop, not ``any`` over a generator: no frame resumed per key.
    found = False
    for k in keys:
        if k in text:
            found = True
            break
    return found


# The runs of letters and digits of an ASCII key.
_ASCII_RUN = re.compile(r"[a-z0-9]+")


def _required_words(key: str) -> frozenset[str]:
    """The words of the spaced split that a phrase key needs in a text to be found there.

    Every word token of a key read by ``_Phrases`` is one whole part of the
    text's spaced split, but for ``and``, which ``&`` stands for. A key that
    is no plain sequence of tokens needs nothing (it is always looked for).
    """
    words = key.replace("-", " - ").split(" ")
    if words != _PHRASE_TOKEN.findall(key):
        return frozenset()
    return frozenset(w for w in words if w not in _JOINERS and w != "and")


def _cased_needs(keys: Iterable[str]) -> tuple[frozenset[str], ...] | None:
    r"""The lower-cased words a cased ASCII key needs in the words of an ASCII text.

    A key found with the ``(?<![\w-])``/``(?![\w-])`` bounds in ``folded``
    or ``text`` stands in ``lower`` as itself lower-cased, and where ``lower``
    is ASCII, the characters on either side fold to no letter or digit (no
    character that is not ``\w`` folds to one), so each run of letters and
    digits of the key is a whole word of the spaced split. ``None`` when a key
    is not ASCII.
    """
    out = []
    for k in keys:
        if not k.isascii():
            return None
        out.append(frozenset(_ASCII_RUN.findall(k.lower())))
    return tuple(out)


def _any_word(needs: tuple[frozenset[str], ...] | None) -> frozenset[str] | None:
    """Every word one of ``needs`` holds; ``None`` when one is empty (or ``needs`` is)."""
    if needs is None or not all(needs):
        return None
    return frozenset().union(*needs)


class _Needs(NamedTuple):
    """What the keys of a table need among a text's words (see :func:`_required_words`)."""

    # True when some key needs nothing.
    always: bool
    # The words each of which is all some key needs: one set test for most keys.
    single: frozenset[str]
    # What each other key needs.
    several: tuple[frozenset[str], ...]


def _needs(needs: Iterable[frozenset[str]]) -> _Needs:
    needs = tuple(needs)
    return _Needs(
        any(not n for n in needs),
        frozenset(w for n in needs if len(n) == 1 for w in n),
        tuple(n for n in needs if len(n) > 1),
    )


def _may_occur(needs: _Needs, words: frozenset[str]) -> bool:
    """True when some key has all the words it needs among ``words``."""
    return (
        needs.always or not needs.single.isdisjoint(words) or any(n <= words for n in needs.several)
    )


_V = TypeVar("_V")
# Sub-tables kept per table, by the keys they hold (a vocabulary cache: the
# texts of a corpus hold few distinct sets of keys).
_SUBTABLES_KEPT = 256


def _key_tokens(key: str) -> list[str] | None:
    """The tokens of a phrase key, or ``None`` when it is no plain sequence of tokens."""
    tokens = key.replace("-", " - ").split(" ")
    if not key or "&" in key or tokens != _PHRASE_TOKEN.findall(key):
        return None
    return tokens


def _windows(t: str, spans: list[tuple[int, int]], back: int, ahead: int) -> list[tuple[int, int]]:
    """Windows of the spaced text ``t`` around ``spans``, merged where they touch.

    Each window opens ``back`` runs of non-spaces before its span (a run
    holds a token at least) and closes ``ahead`` runs after it, so it starts
    after a space (or at 0) and ends at a space (or the end): it cuts no word.
    """
    size = len(t)
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        lo = a
        for _ in range(back):
            j = lo - 1
            while j >= 0 and t[j] == " ":
                j -= 1
            if j < 0:
                lo = 0
                break
            lo = t.rfind(" ", 0, j) + 1
        hi = b
        for _ in range(ahead):
            while hi < size and t[hi] == " ":
                hi += 1
            hi = t.find(" ", hi)
            if hi < 0:
                hi = size
                break
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _in_windows(
    table: _Phrases[_V],
    p: PreparedText,
    t: str,
    spans: list[tuple[int, int]],
    back: int,
    ahead: int,
) -> list[tuple[int, int, _V]]:
    """What ``table.in_text(p)`` finds, where every phrase it finds lies in the windows.

    A window that cuts no word and no phrase the whole text's reading finds
    holds the phrases of that reading that lie in it: the reader goes left to
    right taking the longest phrase at each place, and no phrase before the
    window reaches into it.
    """
    out: list[tuple[int, int, _V]] = []
    for lo, hi in _windows(t, spans, back, ahead):
        out += table.in_text(p, lo, hi)
    return out


class _Narrowed(Generic[_V]):
    """A phrase table read, in each text, through the keys that text can hold.

    A key none of whose matches can be in a text (a word it needs is not
    among the text's words, see :func:`_required_words`) changes nothing a
    longest-match reader finds there: where a key of the whole table
    matches, it is one the text can hold. So a text is read with the table of
    the keys it can hold, which has fewer words to look for: the reader
    visits each of the text's words that opens one of its keys. Each key is
    found through one word it needs (its anchor), the one fewest keys need.

    Of those keys, a text holds only those whose words stand in it in their
    order with spaces between, in the spaced split with the joiners made
    spaces too (:func:`_spot`), and the table is read only around the places
    where they stand so (see :func:`_in_windows`).
    """

    def __init__(self, table: Mapping[str, _V]) -> None:
        self.table = dict(table)
        self.full = _Phrases(self.table)
        needs = {k: _required_words(k) for k in self.table}
        self.always = frozenset(k for k, n in needs.items() if not n)
        counts = Counter(w for n in needs.values() for w in n)
        by_anchor: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for k, n in needs.items():
            if n:
                anchor = min(n, key=lambda w: (counts[w], -len(w), w))
                by_anchor.setdefault(anchor, []).append((k, n))
        self.by_anchor = {a: tuple(ks) for a, ks in by_anchor.items()}
        self.anchors = frozenset(self.by_anchor)
        self._subtables: dict[frozenset[str], _Phrases[_V]] = {}
        spots = {k: _spot(k) for k in self.table}
        # ``None`` when a key has no such pattern: texts are read whole.
        self.spots: dict[str, tuple[str, re.Pattern[str]]] | None = (
            None if self.always or None in spots.values() else {k: p for k, p in spots.items() if p}
        )

    def keys_in(self, words: frozenset[str]) -> frozenset[str]:
        """The keys whose needed words are all among ``words``."""
        hit = self.anchors.intersection(words)
        if not hit:
            return self.always
        by_anchor = self.by_anchor
        return self.always.union([k for a in hit for k, n in by_anchor[a] if n <= words])

    def table_for(self, keys: frozenset[str]) -> _Phrases[_V] | None:
        """The table of ``keys`` (``None`` when there are none), built once per set of keys."""
        if not keys:
            return None
        if keys == self.table.keys():
            return self.full
        sub = self._subtables.get(keys)
        if sub is None:
            if len(self._subtables) >= _SUBTABLES_KEPT:
                self._subtables = {}
            sub = self._subtables[keys] = _Phrases({k: self.table[k] for k in keys})
        return sub

    def in_text(self, p: PreparedText) -> list[tuple[int, int, _V]]:
        """What ``_Phrases(table).in_text(p)`` finds."""
        sw = spaced_words_of(p)
        keys = self.keys_in(sw.words)
        spots = self.spots
        if spots is None or not keys:
            sub = self.table_for(keys)
            return [] if sub is None else sub.in_text(p)
        padded = sw.padded
        find = padded.find
        # A pattern is tried where its first word stands (``str.find`` gets
        # there several times faster than the pattern's search).
        by_first: dict[str, list[re.Pattern[str]]] = {}
        for k in keys:
            first, pat = spots[k]
            by_first.setdefault(first, []).append(pat)
        spans = []
        for first, pats in by_first.items():
            x = find(first)
            while x >= 0:
                for pat in pats:
                    m = pat.match(padded, x)
                    if m is not None:
                        # ``padded`` is the split text with a space before: its
                        # offset ``x`` is the text's ``x - 1``; a match ends before a space.
                        spans.append((x, m.end() - 1))
                x = find(first, x + 1)
        # Every phrase the whole table finds lies around one of those places:
        # read there with it, and no table of those keys need be built.
        return _in_windows(self.full, p, sw.text, spans, 1, 1) if spans else []


def _spot(key: str) -> tuple[str, re.Pattern[str]] | None:
    """A pattern every match of ``key`` is a match of, in a text's padded spaced split.

    There the key's words stand in their order, each a whole part, with
    spaces between (its joiners are spaces there), but ``and``, which ``&``
    (a space there too) stands for. Returned with the key's first word
    between spaces, which every match of the pattern starts with; ``None``
    for a key that is no plain sequence of tokens, or that opens or ends
    with ``and``.
    """
    tokens = _key_tokens(key)
    words = [w for w in tokens or () if w not in _JOINERS]
    if not words or words[0] == "and" or words[-1] == "and":
        return None
    body = ""
    for w in words[:-1]:
        body += "(?:and +)?" if w == "and" else re.escape(w) + " +"
    return f" {words[0]} ", re.compile(f" {body}{re.escape(words[-1])}(?= )")


def _first_words(keys: Iterable[str]) -> re.Pattern[str]:
    firsts = {next(iter(_PHRASE_TOKEN.findall(k)), "") for k in keys}
    if "" in firsts or firsts & _JOINERS:
        return re.compile("")  # a key that opens with no word: every window may hold it
    # A key's first word stands in the text after no letter or digit (a gap
    # or a joiner there): the lookbehind spares trying every word at each offset.
    body = "|".join(sorted(map(re.escape, firsts), key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![^\W_])(?:{body})")


def _first_word_list(keys: Iterable[str]) -> tuple[str, ...] | None:
    """The first words of ``keys``; ``None`` when one opens with no word."""
    firsts = {next(iter(_PHRASE_TOKEN.findall(k)), "") for k in keys}
    if "" in firsts or firsts & _JOINERS:
        return None
    return tuple(sorted(firsts))


def _folded_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(phrase_key(w) for w in words)


def _without_extensions(words: Iterable[str]) -> tuple[str, ...]:
    """The words none of the others is a prefix of (``include`` stands for ``includes``).

    Example:
        >>> _without_extensions(["include", "includes", "such as"])
        ('include', 'such as')
    """
    ws = sorted(set(words))
    return tuple(w for w in ws if not any(o != w and w.startswith(o) for o in ws))


@functools.cache
def _vocab() -> _Vocab:
    data: Mapping[str, Any] = load_json("agreements.json")
    nums: Mapping[str, Any] = load_json("numbers.json")
    heads: dict[str, _Head] = {}
    for h in data["heads"]:
        heads[phrase_key(h["surface"])] = _Head(
            h["kind"],
            bool(h.get("self")),
            bool(h.get("count_only")),
            bool(h.get("complement_only")),
            bool(h.get("named_only")),
            h.get("order") == "post",
        )
    named: dict[str, tuple[str, AgreementKind]] = {}
    cased: list[str] = []
    for entry in data["named"]:
        for s in entry["surfaces"]:
            if _is_cased(s):
                cased.append(s)
                named[s] = (entry["name"], entry["kind"])
            else:
                named[phrase_key(s)] = (entry["name"], entry["kind"])
    name_heads = {k: (v["kind"], int(v["min_words"])) for k, v in data["name_heads"].items()}
    countries: dict[str, str] = {}
    ccased: list[str] = []
    for code, names in data["countries"].items():
        for n in names:
            if _is_cased(n):
                ccased.append(n)
                countries[n] = code
            else:
                countries[phrase_key(n)] = code
    numbers = {phrase_key(k): int(v) for k, v in nums["cardinals"].items()}
    indefinite = _folded_set(nums["indefinite"])
    country_plain = [k for k in countries if k not in ccased]
    two = _folded_set(data["two_countries"])
    return _Vocab(
        head_pat=_Phrases(heads),
        named=named,
        named_pat=_Narrowed({k: n for k, n in named.items() if k not in cased}),
        named_cased_pat=_cased_alternation(cased),
        named_cased_keys=tuple(cased),
        named_events_after=frozenset(data["named_events"]["after"]),
        named_events_before=frozenset(fold(w).lower() for w in data["named_events"]["before"]),
        name_heads=name_heads,
        # Heads are plain words, so a substring test can rule them out; a
        # head that is not (a user's pattern) leaves the search always on.
        name_head_keys=tuple(name_heads) if all(k.isalpha() for k in name_heads) else ("",),
        name_head_pat=regex.compile(
            r"(?<![\w-])(?:" + "|".join(sorted(name_heads, key=len, reverse=True)) + r")(?![\w-])"
        ),
        name_joiners=frozenset(data["name_joiners"]),
        numbers=numbers,
        pair_last=frozenset(k.rsplit(" ", 1)[1] for k in (*numbers, *indefinite) if " " in k),
        ordinals={phrase_key(k): int(v) for k, v in nums["ordinals"].items()},
        indefinite=indefinite,
        determiners=_folded_set(data["determiners"]),
        backrefs=_folded_set(data["back_references"]),
        vague=_folded_set(data["vague"]),
        weak=_folded_set(data["weak"]),
        left_stops=_folded_set(data["left_stops"]),
        plural_heads=frozenset(
            k
            for k, h in heads.items()
            if not h.post and " " not in k and (k.endswith("s") or k == "memoranda")
        ),
        post_stops=_folded_set(data["post_stops"]),
        post_stop_pairs=frozenset(
            (ws[0], ws[1])
            for w in data["post_stop_pairs"]
            if len(ws := phrase_key(w).split(" ")) == 2
        ),
        post_comma_pairs=frozenset(
            (ws[0], ws[-1])
            for w in data["post_comma_pairs"]
            if len(ws := phrase_key(w.replace(",", " ")).split(" ")) == 2
        ),
        post_stop_firsts=frozenset(phrase_key(w).split(" ")[0] for w in data["post_stop_pairs"]),
        post_stop_pairs_marked=frozenset(
            (ws[0], ws[1])
            for w in data["post_stop_pairs"]
            if len(ws := unicodedata.normalize("NFC", w).lower().split(" ")) == 2
        ),
        post_head_pairs=frozenset(
            (ws[0], ws[1]) for k, h in heads.items() if h.post and len(ws := k.split(" ")) > 1
        ),
        post_stops_marked=frozenset(
            unicodedata.normalize("NFC", w).lower() for w in data["post_stops"]
        ),
        complement_words=_folded_set(data["complement_words"]),
        complement_stops=_folded_set(data["complement_stops"]),
        occasions=_folded_set(data["complement_occasions"]),
        verb_markers_vi=_folded_set(data["verb_markers_vi"]),
        countries=countries,
        country_pat=_Phrases({k: c for k, c in countries.items() if k not in ccased}),
        country_cased_pat=_cased_alternation(ccased),
        country_cased_keys=tuple(ccased),
        two_countries=_Phrases(dict.fromkeys(two, True)),
        named_cased_needs=_cased_needs(cased),
        country_cased_needs=_cased_needs(ccased),
        named_cased_words=_any_word(_cased_needs(cased)),
        country_cased_words=_any_word(_cased_needs(ccased)),
        country_needs=_needs(map(_required_words, country_plain)),
        two_countries_needs=_needs(map(_required_words, two)),
        two_countries_first=_first_word_list(two),
        country_first=_first_words(country_plain),
        name_head_words=(
            {k: k.lower() for k in name_heads}
            if all(k.isalpha() and k.isascii() for k in name_heads)
            else None
        ),
        list_openers=re.compile(
            r"(?<![a-z0-9])(?:"
            + "|".join(
                sorted(
                    (re.escape(fold(w).lower()) for w in data["list_openers"]),
                    key=len,
                    reverse=True,
                )
            )
            + r")(?![a-z0-9])"
        ),
        list_subjects=tuple(fold(w).lower() for w in data["list_subjects"]),
        list_opener_words=_without_extensions(fold(w).lower() for w in data["list_openers"]),
    )


@attrs.define
class _Found:
    start: int
    end: int
    kind: AgreementKind
    count: int | None = None
    signed: str | None = None
    mods: frozenset[str] = frozenset()
    signed_by_clause: bool = False
    # Dated by the signing verb before it, which governs its conjuncts too.
    signed_by_verb: bool = False
    # The reader's own look for a signing clause, where it looked (-1: none).
    sign_at: int = -1
    sign: re.Match[str] | regex.Match[str] | None = None


class _Tok(NamedTuple):
    # A tuple built with ``tuple.__new__`` (``_new_tok``): readers build dozens
    # per mention, and a class's ``__init__`` costs several times as much.
    start: int
    end: int
    text: str
    low: str

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


_new_tok = tuple.__new__


def _tokens(p: PreparedText, start: int, end: int, limit: int | None = None) -> list[_Tok]:
    """The tokens of ``p.text[start:end]``; only the first ``limit`` when given.

    No token holds a space, so the text is read in the pieces between spaces:
    a piece of ASCII letters and digits is one token as it stands, and only
    the others go through a pattern (the ASCII one where the piece is ASCII).
    """
    text = p.text
    lower = p.lower
    start = max(0, start)
    end = min(len(text), end)
    out: list[_Tok] = []
    a = start
    window = text[start:end]
    rest = ""
    if limit is None:
        pieces = window.split(" ")
    else:
        # The first ``limit`` pieces hold ``limit`` tokens unless some are
        # empty: the rest of the window is split only where they do not.
        pieces = window.split(" ", limit)
        if len(pieces) > limit:
            rest = pieces.pop()
    while True:
        for piece in pieces:
            if piece:
                if piece.isalnum() and piece.isascii():
                    b = a + len(piece)
                    out.append(_new_tok(_Tok, (a, b, piece, lower[a:b])))
                elif piece[:-1].isalnum() and piece.isascii() and not piece[-1].isalnum():
                    # A word and a mark after it (``Vietnam,``): the pattern's
                    # word stops at a mark no letter or digit follows, and the
                    # mark is a token of its own unless it is white space.
                    b = a + len(piece) - 1
                    out.append(_new_tok(_Tok, (a, b, piece[:-1], lower[a:b])))
                    if piece[-1] not in "\t\n\v\f\r":
                        out.append(_new_tok(_Tok, (b, b + 1, piece[-1], lower[b : b + 1])))
                else:
                    pat = _ASCII_TOKEN if piece.isascii() else _TOKEN
                    for m in pat.finditer(piece):
                        s, e = m.span()
                        out.append(_new_tok(_Tok, (a + s, a + e, m.group(), lower[a + s : a + e])))
                if limit is not None and len(out) >= limit:
                    del out[limit:]
                    return out
            a += len(piece) + 1
        if not rest:
            return out
        pieces, rest = rest.split(" "), ""


# The characters a match of ``_SENTENCE_BREAK`` is, the most frequent first:
# it is tried only at them, and they are looked for one by one with ``str.find`` and
# ``str.rfind``, which scan at memory speed, each bounded by the nearest found
# so far; a class's search tests them all at every character.
_BREAK_CHARS = ".\n;?!"


def _first_break(text: str, lo: int, hi: int) -> int:
    """The first offset in ``lo .. hi - 1`` of one of ``_BREAK_CHARS``, else -1."""
    best = hi
    for c in _BREAK_CHARS:
        i = text.find(c, lo, best)
        if i >= 0:
            best = i
    return best if best < hi else -1


def _last_break(text: str, lo: int, hi: int) -> int:
    """The last offset in ``lo .. hi - 1`` of one of ``_BREAK_CHARS``, else -1."""
    best = lo - 1
    for c in _BREAK_CHARS:
        i = text.rfind(c, best + 1, hi)
        if i >= 0:
            best = i
    return best if best >= lo else -1


def _clause_start(p: PreparedText, pos: int, reach: int) -> int:
    """Where the last match of ``_SENTENCE_BREAK`` in ``p.text[pos - reach : pos]`` ends.

    Every match is one of the characters ``_BREAK_CHARS``, so the window
    is read backwards for them, and the pattern is tried only there (a match
    of one character is one ``finditer`` yields wherever the pattern matches).
    """
    text = p.text
    pos = min(pos, len(text))
    lo = max(0, pos - reach)
    if pos <= lo:
        return lo
    q = _last_break(text, lo, pos)
    while q >= 0:
        if _SENTENCE_BREAK.match(text, q, pos) is not None:
            return q + 1
        q = _last_break(text, lo, q)
    return lo


def _clause_end(p: PreparedText, pos: int, reach: int) -> int:
    """Where the first match of ``_SENTENCE_BREAK`` in ``p.text[pos : pos + reach]`` starts, else its end."""
    text = p.text
    hi = min(len(text), pos + reach)
    q = _first_break(text, pos, hi)
    while q >= 0:
        if _SENTENCE_BREAK.match(text, q, hi) is not None:
            return q
        q = _first_break(text, q + 1, hi)
    return hi


def _is_period(low: str) -> bool:
    """A year or a range of years as one token: ``2024``, ``2021-2025``, ``2021–25``."""
    if _is_year(low):
        return True
    a, dash, b = low.partition("-") if "-" in low else low.partition("–")
    return bool(dash) and _is_year(a) and (_is_year(b) or (len(b) == 2 and b.isdigit()))


def _is_year(low: str) -> bool:
    """``_YEAR.fullmatch(low)``, without the pattern for ASCII words."""
    if low.isascii():
        return len(low) == 4 and low[:2] in ("19", "20") and low[2:].isdigit()
    return _YEAR.fullmatch(low) is not None


def _number(v: _Vocab, low: str) -> int | None:
    # An ASCII word is a number of digits when it is ASCII digits (the
    # pattern's \d); others are left to the pattern.
    if (len(low) <= 3 and low.isdigit()) if low.isascii() else _DIGITS.fullmatch(low):
        return to_int(low)
    if low in v.numbers:
        return v.numbers[low]
    if "-" in low:
        tens, _, unit = low.partition("-")
        t, u = v.numbers.get(tens), v.numbers.get(unit)
        if t is not None and u is not None and t % 10 == 0 and t >= 20 and u < 10:
            return t + u
    return None


@attrs.define
class _Left:
    start: int
    count: int | None = None
    indefinite: bool = False
    year: str | None = None
    det: str | None = None
    backref: bool = False
    vague: bool = False
    mods: list[str] = attrs.field(factory=list)
    capital_mods: int = 0
    possessive_only: bool = False


def _is_participle(low: str) -> bool:
    """``_PARTICIPLE.fullmatch(low)``: three letters ``a``-``z`` or more, then ``ed``, ``ing`` or ``ly``."""
    if not (low.isascii() and low.isalpha() and low.islower()):
        return False
    if low.endswith("ing"):
        return len(low) >= 6
    return low.endswith(("ed", "ly")) and len(low) >= 5


def _read_left(v: _Vocab, toks: list[_Tok], head_start: int) -> tuple[_Left, int]:
    """Read the determiner, count and modifiers before an English head noun.

    Also returns the lowest index read at: the reader looks two tokens back
    from there, so where it is 2 or more, the tokens before did not matter.
    """
    left = _Left(head_start)
    i = len(toks) - 1
    lowest = i
    while i >= 0 and len(left.mods) < 7:
        lowest = i
        t = toks[i]
        low = t.low
        if left.count is not None and low not in v.determiners:
            # A count opens the noun phrase but for its determiner: ``Việt Nam
            # and China signed 15 documents`` is no modifier of them.
            break
        # A key of several words ends with one of ``pair_last``: the pair
        # and the triple ending at any other word are no key.
        if i > 0 and low in v.pair_last:
            pair = f"{toks[i - 1].low} {low}"
            triple = f"{toks[i - 2].low} {pair}" if i > 1 else ""
            if triple in v.indefinite or pair in v.indefinite:
                left.indefinite = True
                left.start = toks[i - (2 if triple in v.indefinite else 1)].start
                break
            if pair in v.numbers and left.count is None and not left.mods:
                left.count = v.numbers[pair]
                left.start = toks[i - 1].start
                i -= 2
                continue
        if low in v.determiners:
            left.det = low
            left.start = t.start
            break
        if low in v.backrefs:
            left.backref = True
            break
        # A number word inside a name is no count: ``Việt Nam`` (``năm``, five).
        num = None if t.capital and i > 0 and toks[i - 1].capital else _number(v, low)
        if num is not None and left.count is None:
            left.count = num
            left.start = t.start
            i -= 1
            continue
        if left.year is None and _is_year(low):
            left.year = low
            left.start = t.start
            i -= 1
            continue
        if low in _DASHES and left.mods and i > 0 and toks[i - 1].word:
            if all(x.text.isupper() or not x.word for x in toks[:i]):
                # ``HÀ NỘI — ...``: the dash ends a dateline.
                break
            i -= 1
            continue
        if low in ("and", "of", "&") and left.capital_mods and i > 0 and toks[i - 1].capital:
            i -= 1
            continue
        if low in ("'", "’") and i > 0 and toks[i - 1].word and toks[i - 1].end == t.start:
            # ``the two countries' agreement``: a plural possessive.
            left.mods.append(toks[i - 1].low + "'")
            left.possessive_only = len(left.mods) == 1
            left.start = toks[i - 1].start
            break
        if not t.word or low in v.left_stops:
            if (
                low == ")"
                and i > 2
                and toks[i - 2].low == "("
                and toks[i - 1].text.isupper()
                and len(toks[i - 1].text) <= 8
                and toks[i - 3].word
            ):
                # ``official development assistance (ODA) agreements``: the
                # short form of the words before it is part of the modifiers.
                i -= 3
                continue
            break
        if low in v.plural_heads and i < len(toks) - 1:
            # ``the 12 pacts include agreements``: a plural head is a mention
            # of its own, never a modifier of the head after it.
            break
        if low in v.vague and i > 0 and _is_participle(low) and _opens_clause(v, toks[i - 1]):
            # ``the two countries signed documents``: after a noun, ``signed``
            # is the verb of the clause, not the modifier of ``the signed documents``.
            break
        if low in v.vague:
            left.vague = True
            left.start = t.start
            i -= 1
            continue
        if not t.capital and _is_participle(low):
            if low.endswith("ed") and i > 0 and toks[i - 1].low in v.determiners:
                # ``an amended agreement on ...``, ``a revised treaty``: after
                # a determiner the participle qualifies the head as ``new`` does.
                left.vague = True
                left.start = t.start
                i -= 1
                continue
            break
        if low not in v.weak:
            left.mods.append(low)
            left.capital_mods += t.capital
        left.start = t.start
        if low.endswith(("'s", "’s", "s'", "s’")):
            # ``China's agreement`` is often consent, not a document.
            left.possessive_only = len(left.mods) == 1 and low not in v.weak
            break
        i -= 1
    return left, lowest


def _opens_clause(v: _Vocab, t: _Tok) -> bool:
    """True when ``t`` can be the last word of a clause's subject (a noun or a name)."""
    low = t.low
    return (
        t.word
        and low not in v.determiners
        and low not in v.backrefs
        and low not in v.vague
        and low not in v.left_stops
        and _number(v, low) is None
        and not _is_participle(low)
    )


# Words that open a date after an agreement's subject: "on Monday", "in 2020".
_DATE_PREPOSITIONS = frozenset({"on", "in", "at", "since", "from", "by"})


def _date_word(toks: list[_Tok], k: int) -> bool:
    """Whether ``toks[k]`` opens a date: a year, a month, a weekday, or a day before a month."""
    low = toks[k].low
    if month_number(low) is not None or weekday_number(low) is not None or _is_period(low):
        return True
    return (
        low.isdigit()
        and len(low) <= 2
        and k + 1 < len(toks)
        and month_number(toks[k + 1].low) is not None
    )


def _read_complement(v: _Vocab, toks: list[_Tok], initiative: bool) -> tuple[int | None, list[str]]:
    """Read ``on land border management`` / ``of Friendship`` / ``to build ...`` after a head."""
    if not toks:
        return None, []
    first = toks[0]
    words: list[str] = []
    end: int | None = None
    if first.low == "of":
        for t in toks[1:8]:
            if t.capital or (t.low in ("and", "of", "the") and words):
                if t.capital:
                    words.append(t.low)
                    end = t.end
                continue
            break
        return end, words
    if first.low not in v.complement_words or (first.low == "to" and not initiative):
        return None, []
    if first.low == "for" and len(toks) > 1 and _is_period(toks[1].low):
        # ``the action plan for 2024-2028``: the period it covers.
        if len(toks) > 3 and toks[2].low in _DASHES and _is_period(f"2000-{toks[3].low}"):
            return toks[3].end, [toks[1].low, toks[3].low]
        return toks[1].end, [toks[1].low]
    if len(toks) > 1 and (
        toks[1].low[:1].isdigit()
        or month_number(toks[1].low) is not None
        or weekday_number(toks[1].low) is not None
    ):
        # ``on Monday``, ``on Dec. 30``: a date, not what the agreement is about.
        return None, []
    limit = 13 if first.low == "to" else 8
    stops = (
        frozenset({"and", "as", "while", "which", "that", "so"})
        if first.low == "to"
        else v.complement_stops
    )
    read = 1
    for k, t in enumerate(toks[1:], 2):
        if t.low in _DASHES:
            # Dashes join words (``Lào Cai – Hà Nội``): they do not count, and
            # the complement never ends on one.
            continue
        if read >= limit or not t.word or t.low in stops:
            break
        if t.low in _DATE_PREPOSITIONS and k < len(toks) and _date_word(toks, k):
            # ``the memorandum on trade on Monday``: the date ends the subject.
            break
        read += 1
        if t.low not in v.determiners:
            words.append(t.low)
        end = t.end
    if first.low == "on" and not v.occasions.isdisjoint(words):
        # ``signed 12 agreements on the occasion of ...``, ``on Xi's visit``:
        # when they were signed, not what they are about.
        return None, []
    return (end, words) if words else (None, [])


def _read_post(v: _Vocab, toks: list[_Tok]) -> tuple[int | None, list[str], bool]:
    """Read the modifiers after a Vietnamese head; the flag says the first is capitalized."""
    words: list[str] = []
    end: int | None = None
    first_capital = bool(toks) and toks[0].capital
    # Where the words carry their diacritics, a stop must be the word itself:
    # ``tài chính`` (finance) is not ``tại`` (at), nor ``quan trọng`` ``trong``.
    # Where they do not, a folded match is the best reading there is.
    marked = not all(t.text.isascii() for t in toks[:12])
    # Twelve words at most; but a capitalized name that the twelfth word is
    # part of is read to its end ("Đối tác hợp tác Chiến lược Toàn diện"),
    # up to four words on: its later syllables are in lower case.
    limit = 16 if len(toks) > 12 and any(t.capital for t in toks[9:12]) else 12
    for j, t in enumerate(toks[:limit]):
        if j >= 12 and t.capital:
            break
        if t.low in _DASHES:
            if j + 1 < len(toks) and toks[j + 1].capital and words:
                continue
            break
        if not t.word:
            if (
                t.low == ","
                and words
                and j + 1 < len(toks)
                and (words[-1], toks[j + 1].low) in v.post_comma_pairs
            ):
                continue
            break
        if (
            t.low in v.post_stop_firsts
            and j + 1 < len(toks)
            and not t.capital
            and (t.low, toks[j + 1].low) in v.post_stop_pairs
            and (
                not marked or (t.text.lower(), toks[j + 1].text.lower()) in v.post_stop_pairs_marked
            )
        ):
            break
        if (
            not t.capital
            and t.low in v.post_stops
            and (not marked or t.text.lower() in v.post_stops_marked)
            and not (
                t.low == "va"
                and j + 1 < len(toks)
                and toks[j + 1].capital
                and words
                and (
                    j + 2 >= len(toks)
                    or (toks[j + 1].low, toks[j + 2].low) not in v.post_head_pairs
                )
            )
        ):
            break
        words.append(t.low)
        end = t.end
    return end, words, first_capital


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _explicit_date(m: regex.Match[str], ref: _dt.date | None) -> str | None:
    g = m.groupdict()
    for d, mo, y in (("d1", "m1", "y1"), ("d2", "m2", "y2")):
        if g[d] and g[mo]:
            month = month_number(g[mo])
            if month is None:
                return None
            day = to_int(g[d])
            if g[y]:
                return (
                    _iso(to_int(g[y]), month, day) if safe_date(to_int(g[y]), month, day) else None
                )
            if ref is None:
                return None
            year = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
            return _iso(year, month, day) if safe_date(year, month, day) else None
    if g["m3"]:
        m3 = month_number(g["m3"])
        return _iso(to_int(g["y3"]), m3) if m3 else None
    for d, mo, y in (("d4", "m4", "y4"), ("d5", "m5", "y5")):
        if g[d]:
            day, month = to_int(g[d]), to_int(g[mo])
            vyear: int | None = to_int(g[y]) if g[y] else (ref.year if ref else None)
            if vyear is None or safe_date(vyear, month, day) is None:
                return None
            return _iso(vyear, month, day)
    if g["m6"]:
        month = to_int(g["m6"])
        return _iso(to_int(g["y6"]), month) if 1 <= month <= 12 else None
    if g["y7"]:
        return g["y7"]
    if ref is None:
        return None
    if g["rel"]:
        rel = g["rel"]
        if rel in ("last year", "nam ngoai", "nam truoc"):
            return _iso(ref.year - 1)
        if rel == "this year":
            return _iso(ref.year)
        if rel == "last month":
            prev = ref.replace(day=1) - _dt.timedelta(days=1)
            return _iso(prev.year, prev.month)
        day_ = ref - _dt.timedelta(days=1) if rel in ("yesterday", "hom qua") else ref
        return day_.isoformat()
    if g["wd"]:
        wd = weekday_number(g["wd"])
        return nearest_weekday(wd, ref).isoformat() if wd is not None else None
    return None


def _range_value(d: DateMention) -> str | None:
    """The part a range of days states of its single day: the month, else the year, else none.

    ``during the visit from December 1 to 2``: the signing was on one of the
    days, so only the month is known.
    """
    value, end = d.value, d.end_value
    if end is None:
        return value
    if value[:7] == end[:7]:
        return value[:7]
    return value[:4] if value[:4] == end[:4] else None


# The ranges of days of the last tuple of date mentions read: the one tuple
# of an article is passed to every look for a signing date.
_RANGES: list[tuple[tuple[DateMention, ...], tuple[DateMention, ...]]] = [((), ())]


def _ranges_of(dates: tuple[DateMention, ...]) -> tuple[DateMention, ...]:
    """The ranges of days among ``dates`` (cached for the last tuple asked about)."""
    last = _RANGES[0]
    if last[0] is dates:
        return last[1]
    ranges = tuple(d for d in dates if d.end_value is not None and d.granularity == "day")
    _RANGES[0] = (dates, ranges)
    return ranges


def _in_range(
    p: PreparedText, start: int, end: int, ranges: tuple[DateMention, ...]
) -> DateMention | None:
    """The range of days among ``ranges`` that holds ``p.text[start:end]``, else ``None``."""
    found = _ranges_of(ranges)
    if not found:
        return None
    s, e = p.span(start, end)
    for d in found:
        if d.start <= s and e <= d.end:
            return d
    return None


def _date_in(
    p: PreparedText,
    start: int,
    end: int,
    ref: _dt.date | None,
    dates: tuple[DateMention, ...],
    ranges: tuple[DateMention, ...] | None = None,
) -> str | None:
    """The first date in ``p.lower[start:end]``; one day of a range of ``ranges`` gives what the range states."""
    window = p.lower[start:end]
    # Every match of the pattern holds a digit or one of these words (an
    # ASCII window has no digit but ASCII ones): most windows hold none.
    if window.isascii() and not any(w in window for w in _DATE_HINTS):
        matches: Iterable[regex.Match[str]] = ()
    else:
        matches = _EXPLICIT_DATE.finditer(p.lower, start, end)
    for m in matches:
        value = _explicit_date(m, ref)
        if value is not None:
            within = _in_range(p, m.start(), m.end(), dates if ranges is None else ranges)
            return value if within is None else _range_value(within)
    for d in dates:
        if start <= d.start < end:
            if d.end_value is not None and d.granularity == "year":
                # A period of years (the plan for 2024-2028) dates no signing.
                continue
            return _range_value(d)
    return None


_VISIT_BACK = 600
"""Characters before a sentence where the date of the visit it refers back to is looked for."""


def _during_visit_before(
    p: PreparedText, start: int, end: int, ref: _dt.date | None, dates: tuple[DateMention, ...]
) -> str | None:
    """The date of the visit ``During the visit, they signed ...`` refers back to, else ``None``.

    The sentence ``p.lower[start:end]`` names a visit without a date: the
    visit is the one the paragraph dated before it (``paid a visit from June
    24-27. During the visit, the two sides signed 14 documents``: June 2024),
    else the reference date's month, as a visit after the verb gives.
    """
    low = p.lower
    if "visit" not in low[start:end] and "chuyen" not in low[start:end]:
        return None
    if _VISIT.search(low, start, end) is None:
        return None
    para = max(p.text.rfind("\n", 0, start) + 1, start - _VISIT_BACK)
    value = _last_date_in(para, start, dates)
    if value is not None:
        return value
    return _iso(ref.year, ref.month) if ref is not None else None


def _last_date_in(start: int, end: int, dates: tuple[DateMention, ...]) -> str | None:
    """The value of the last date mention that starts in ``[start, end)``, else ``None``.

    A period of years (``the plan for 2024-2028``) dates no signing and is skipped.
    """
    value = None
    for d in dates:
        if d.start >= end:
            break
        if d.start >= start and not (d.end_value is not None and d.granularity == "year"):
            value = _range_value(d)
    return value


def _signing_date(
    p: PreparedText,
    start: int,
    ref: _dt.date | None,
    dates: tuple[DateMention, ...],
    conjunct: bool = False,
) -> str | None:
    """The date the words after a signing verb give: a date, or the visit it happened during.

    With ``conjunct`` the words read end where the next conjunct of the
    clause opens (``signed the treaty, and in 2000 an agreement``): they
    follow a mention the verb before it signs, not the verb.
    """
    stop = _clause_end(p, start, _SIGN_REACH)
    if conjunct and "," in p.lower[start:stop]:
        nxt = _NEXT_CONJUNCT.search(p.lower, start, stop)
        if nxt is not None:
            stop = nxt.start()
    value = _date_in(p, start, stop, ref, (), dates)
    if value is not None:
        return value
    visit = _VISIT.search(p.lower, start, stop)
    if visit is not None and ref is not None:
        inner = _date_in(p, visit.start(), min(stop, visit.end()), ref, dates)
        if inner is not None:
            return inner
        return _iso(ref.year, ref.month)
    return _date_in(p, start, stop, ref, dates)


def _sign_after(p: PreparedText, pos: int) -> re.Match[str] | regex.Match[str] | None:
    """``_SIGN_AFTER.match`` at ``pos``, within the 40 characters after it."""
    low = p.lower
    pat = _SIGN_AFTER_ASCII if low.isascii() else _SIGN_AFTER
    return pat.match(low, pos, min(len(low), pos + 40))


# An agreement's title in quotes: the opening mark and the one that closes it.
_QUOTES = {"“": "”", '"': '"', "‘": "’", "«": "»", "„": "“"}
_CLOSING_QUOTES = frozenset(_QUOTES.values())
_QUOTED_REACH = 240
"""Characters after a mention where the quote that closes its title is looked for."""


def _signed_after(
    p: PreparedText,
    f: _Found,
    ref: _dt.date | None,
    dates: tuple[DateMention, ...],
) -> str | None:
    """The date a signing clause right after a mention gives (``signed in 1999``)."""
    end = f.end
    if p.text[end : end + 1] in _CLOSING_QUOTES:
        # A quoted title: the clause goes on after the closing mark.
        end += 1
    m = f.sign if f.sign_at >= end else _sign_after(p, end)
    if m is None:
        return None
    return _signing_date(p, m.end(), ref, dates)


# A passive signing verb that ends a long subject: ``An MoU on trade between A
# and B was signed on Thursday``; ``kỳ vọng`` (expected), ``kỳ họp`` are no ``ký``.
_FAR_SIGNED = re.compile(
    r"[ \t\n]{1,3}(?:was|were|has[ ]been|have[ ]been|had[ ]been|da[ ]duoc|duoc)[ \t\n]{1,3}"
    r"(?:[a-z]{2,12}ly[ \t\n]{1,3})?"
    r"(?:signed|inked|ky[ ]ket|ky(?![ ](?:vong|niem|hop|thi|luc|tich)))(?![a-z0-9])"
)
_FAR_VERBS = (" signed", " inked", " ky")
_FAR_PARTICIPLE = re.compile(r"[ \t\n]{1,3}(?:signed|inked)(?![a-z0-9])")
# The words a long subject's tail opens with after the mention (what it is
# on, between whom): a clause of its own (``which``) owns its verb.
_FAR_OPENERS = frozenset({"on", "in", "for", "between", "with", "to", "of", "ve", "giua", "voi"})
_FAR_REACH = 240


def _signed_far(
    p: PreparedText, f: _Found, stop: int, ref: _dt.date | None, dates: tuple[DateMention, ...]
) -> str | None:
    """The date a passive signing verb that ends the mention's long subject gives, else ``None``."""
    low = p.lower
    end = f.end
    # The cheap tests first: most mentions are followed by no opener, or by
    # no passive verb in reach.
    if low[end : end + 1] != " ":
        return None
    first = low[end + 1 : end + 9]
    first = first[: first.find(" ")] if " " in first else first
    if first not in _FAR_OPENERS:
        return None
    reach_end = min(stop, end + _FAR_REACH)
    # Where the verb stands, found by ``str.find``: the patterns need only be
    # tried from a few words before it (a regex search scans every character).
    verb = min((at for w in _FAR_VERBS if (at := low.find(w, end, reach_end)) >= 0), default=-1)
    if verb < 0:
        return None
    hi = min(stop, _clause_end(p, end, _FAR_REACH))
    if verb >= hi:
        return None
    m = _FAR_SIGNED.search(low, max(end, verb - 40), hi)
    if m is None:
        # ``the treaty between A and B signed in 1999``: a bare participle,
        # where no comma lets a clause of its own open before it.
        m = _FAR_PARTICIPLE.search(low, max(end, verb - 4), hi)
        if m is None or "," in low[end : m.start()]:
            return None
    if not _FAR_RELATIVES.isdisjoint(low[end : m.start()].split()):
        return None
    return _signing_date(p, m.end(), ref, dates)


_FAR_RELATIVES = frozenset({"which", "that", "who", "whose", "ma", "where"})


def _run_length(pat: re.Pattern[str], s: str, pos: int) -> int:
    """The length of what ``pat`` (a pattern that always matches) matches at ``pos`` in ``s``."""
    m = pat.match(s, pos)
    return m.end() - pos if m is not None else 0


def _anniversary(v: _Vocab, p: PreparedText, start: int, ref: _dt.date | None) -> str | None:
    if ref is None:
        return None
    lo = max(0, start - 90)
    # Most mentions have no such word before them, or do not follow it: the
    # search itself tries every offset.
    near = p.lower[lo:start]
    tail = near.rstrip()
    words: tuple[str, ...]
    # No tail ends with both an English and a Vietnamese ending.
    if tail.endswith(_ANNIVERSARY_EN[1]):
        words = _ANNIVERSARY_EN[0]
    elif tail.endswith(_ANNIVERSARY_VI[1]):
        words = _ANNIVERSARY_VI[0]
    else:
        return None
    if not any(w in near for w in words):
        return None
    # The search tries the pattern at every offset, its number reading on
    # through each word (hundreds of steps a word): it starts, instead, where
    # a match can start at the earliest. The key of a match lies in the run of
    # letters and spaces that ends the window, so at or after the first key
    # found there; before its key a match has spaces, and before them its
    # number, a run of letters, digits and ``-`` (with no space in it).
    rev = near[::-1]
    size = len(near)
    tail_start = size - _run_length(_AFTER_KEY_REVERSED, rev, 0)
    first = min(
        (i for i in (near.find(k, tail_start) for k in _ANNIVERSARY_KEYS) if i >= 0),
        default=-1,
    )
    if first < 0:
        return None
    first -= _run_length(_BEFORE_KEY_REVERSED, rev, size - first)
    m = _ANNIVERSARY.search(p.lower, lo + first, start)
    if m is None:
        return None
    raw = m["n"] or m["vn"]
    n = _number(v, raw) if raw else None
    if n is None and raw:
        n = v.ordinals.get(raw)
    if n is None or not 0 < n < 200:
        return None
    return _iso(ref.year - n)


def _cased_may_occur(
    keys: tuple[str, ...],
    needs: tuple[frozenset[str], ...] | None,
    any_word: frozenset[str] | None,
    p: PreparedText,
    s: str,
) -> bool:
    """True unless no cased key (``keys``, found in ``s``: ``p.folded`` or ``p.text``) can be there."""
    if needs is not None and p.lower.isascii():
        words = spaced_words_of(p).words
        if any_word is not None and any_word.isdisjoint(words):
            return False
        return any(n <= words and k in s for k, n in zip(keys, needs, strict=True))
    return _any_in(keys, s)


def _countries_in(
    v: _Vocab, p: PreparedText, start: int, end: int, plain: _Phrases[str] | None
) -> set[str]:
    """The countries named, capitalized, in ``p.text[start:end]``.

    ``plain`` is the table of the country names not in capitals, ``None``
    when the text can hold none of them.
    """
    # A name counts where its first letter is a capital: a span with no
    # capital (``islower``: no upper-case character) has none.
    if (
        plain is not None
        and not p.text[start:end].islower()
        and v.country_first.search(p.lower, start, end)
    ):
        found = {code for s, _, code in plain.in_text(p, start, end) if p.text[s].isupper()}
    else:
        found = set()
    if v.country_cased_pat is not None and _any_in(v.country_cased_keys, p.folded[start:end]):
        found.update(
            v.countries[m.group()] for m in v.country_cased_pat.finditer(p.folded, start, end)
        )
    if plain is not None and ("-" in p.lower[start:end] or "–" in p.lower[start:end]):
        # ``the Vietnam-China land border treaty``: a name after a dash that
        # joins it to a word (the table reads no name inside a word).
        for m in _AFTER_DASH.finditer(p.lower, start, end):
            if not p.text[m.start(1)].isupper():
                continue
            words = m.group(1).split(" ")
            for k in range(len(words), 0, -1):
                code = v.countries.get(" ".join(words[:k]))
                if code is not None:
                    found.add(code)
                    break
    return found


def _top_two(v: _Vocab, p: PreparedText, plain: _Phrases[str] | None) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    if plain is not None:
        for s, _, code in plain.in_text(p):
            if p.text[s].isupper():
                counts[code] += 1
    if v.country_cased_pat is not None and _cased_may_occur(
        v.country_cased_keys, v.country_cased_needs, v.country_cased_words, p, p.folded
    ):
        for m in v.country_cased_pat.finditer(p.folded):
            counts[v.countries[m.group()]] += 1
    top = counts.most_common(3)
    if len(top) < 2 or (len(top) == 3 and top[2][1] == top[1][1]):
        return ()
    return tuple(sorted(code for code, _ in top[:2]))


def _find_named(v: _Vocab, p: PreparedText) -> list[_Found]:
    out: list[_Found] = []
    for s, e, (name, kind) in v.named_pat.in_text(p):
        if not _names_an_event(v, p, s, e):
            out.append(_Found(s, e, kind, mods=frozenset({name})))
    if v.named_cased_pat is not None and _cased_may_occur(
        v.named_cased_keys, v.named_cased_needs, v.named_cased_words, p, p.folded
    ):
        for m in v.named_cased_pat.finditer(p.folded):
            name, kind = v.named[m.group()]
            if not _names_an_event(v, p, m.start(), m.end()):
                out.append(_Found(m.start(), m.end(), kind, mods=frozenset({name})))
    return out


def _names_an_event(v: _Vocab, p: PreparedText, s: int, e: int) -> bool:
    """Whether a named agreement at ``[s, e)`` is part of an event's name.

    ``the Belt and Road Forum``, ``Diễn đàn Vành đai và Con đường``: a word
    of ``named_events`` right after it (English) or before it (Vietnamese).
    """
    low = p.lower
    after = low[e : e + 16].split(None, 1)
    if after and after[0].strip(",.;:") in v.named_events_after:
        return True
    before = " ".join(low[max(0, s - 16) : s].split()[-2:])
    return before in v.named_events_before or before.rpartition(" ")[2] in v.named_events_before


def _name_heads_in(v: _Vocab, p: PreparedText) -> list[tuple[int, int, str]]:
    """What ``v.name_head_pat.finditer(p.text)`` finds: ``(start, end, head)``.

    Heads that are plain words are looked for where they occur (``str.find``),
    and only those whose lower-cased form is a word of the text where that
    says enough (see :func:`_cased_needs`); the pattern checks each place.
    Found heads are whole words, so no two overlap and every place the
    pattern matches at is one ``finditer`` yields.
    """
    text = p.text
    heads = v.name_head_words
    if heads is None:
        if not _any_in(v.name_head_keys, text):
            return []
        return [(m.start(), m.end(), m.group()) for m in v.name_head_pat.finditer(text)]
    if p.lower.isascii():
        words = spaced_words_of(p).words
        keys = [k for k, low in heads.items() if low in words]
    else:
        keys = list(heads)
    found: dict[int, tuple[int, int, str]] = {}
    match = v.name_head_pat.match
    for k in keys:
        i = text.find(k)
        while i >= 0:
            if i not in found and (m := match(text, i)) is not None:
                found[i] = (i, m.end(), m.group())
            i = text.find(k, i + 1)
    return sorted(found.values())


def _capital_run(v: _Vocab, toks: list[_Tok], start: int) -> tuple[int, int, int]:
    """Read back the capitalized words before a name head at ``start``.

    Returns the count of words, where the first starts, and the index read
    last: where it is 1 or more, no token before that one mattered.
    """
    words = 0
    first = start
    i = len(toks) - 1
    while i >= 0:
        t = toks[i]
        if t.capital and t.word and not t.low.endswith(("'s", "’s")):
            if t.low in v.determiners or t.low in v.left_stops:
                break
            words += 1
            first = t.start
            i -= 1
            continue
        if t.low in v.name_joiners and i > 0 and toks[i - 1].capital and words:
            i -= 1
            continue
        if t.low in _DASHES and i > 0 and toks[i - 1].capital and words:
            i -= 1
            continue
        break
    return words, first, i


def _find_capitalized(v: _Vocab, p: PreparedText, taken: list[tuple[int, int]]) -> list[_Found]:
    out: list[_Found] = []
    for ms, me, head in _name_heads_in(v, p):
        if _overlaps(taken, ms, me):
            continue
        kind, need = v.name_heads[head]
        lo = _clause_start(p, ms, 120)
        # Most names are a few words: those after a space near the head are
        # read first, and the whole clause only where the reading gets to
        # their start (a space ends every token, so those tokens are the same).
        cut = p.text.find(" ", max(lo, ms - _LEFT_FIRST), ms) + 1
        toks = _tokens(p, cut, ms) if cut > lo else []
        words, first, last = _capital_run(v, toks, ms)
        if last < 1:
            # The words before the space at ``cut`` come first (see above).
            toks = _tokens(p, lo, cut) + toks if cut > lo else _tokens(p, lo, ms)
            words, first, last = _capital_run(v, toks, ms)
        if words >= need:
            mods = frozenset(t.low for t in toks if t.start >= first and t.word)
            out.append(_Found(first, me, kind, mods=mods))
    return out


def _abbreviation_of(p: PreparedText, prev: _Found, f: _Found) -> bool:
    """True when ``f`` is the bracketed short form of ``prev``: ``memorandum of understanding (MoU)``."""
    if f.kind != prev.kind or f.count is not None or f.end - f.start > 8:
        return False
    if p.text[prev.end : f.start].strip() != "(" or p.text[f.end : f.end + 3].lstrip()[:1] != ")":
        return False
    return p.text[f.start : f.end].isalpha() and not p.text[f.start : f.end].islower()


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _find_heads(
    v: _Vocab,
    p: PreparedText,
    taken: list[tuple[int, int]],
    ref: _dt.date | None,
    dates: tuple[DateMention, ...],
) -> list[_Found]:
    out: list[_Found] = []
    for hs, he, head in v.head_pat.in_text(p):
        if _overlaps(taken, hs, he):
            continue
        found = (
            _read_post_head(v, p, head, hs, he) if head.post else _read_pre_head(v, p, head, hs, he)
        )
        if found is None:
            continue
        if _overlaps(taken, found.start, found.end):
            # The complement ran into a named agreement: keep the head alone.
            found.end = he
            if _overlaps(taken, found.start, found.end):
                continue
        out.append(found)
    return out


def _read_pre_head(v: _Vocab, p: PreparedText, head: _Head, hs: int, he: int) -> _Found | None:
    lo = _clause_start(p, hs, _REFERENCE_BACK)
    # The reader mostly stops within a few words: the words after a space
    # near the head come first, and the whole clause only where it reads on
    # to their start (a space ends every token, so those words are the same).
    cut = p.text.find(" ", max(lo, hs - _LEFT_FIRST), hs) + 1
    near = _tokens(p, cut, hs) if cut > lo else []
    left, lowest = _read_left(v, near, hs) if cut > lo else (None, 0)
    if left is None or lowest < 2:
        # The words before the space at ``cut`` come first (see above).
        toks = _tokens(p, lo, cut) + near if cut > lo else _tokens(p, lo, hs)
        left = _read_left(v, toks, hs)[0]
    # The complement reader looks at 13 tokens at most, and at one unless the
    # first opens a complement.
    stop = _clause_end(p, he, 140)
    after = _tokens(p, he, stop, 1)
    base = he
    if after and after[0].text == "(":
        # ``a memorandum of understanding (MoU) on trade``, ``... (MoU) was
        # signed``: the complement and the signing clause follow the short form.
        short = _tokens(p, he, stop, 3)
        if (
            len(short) == 3
            and short[2].text == ")"
            and len(short[1].text) <= 8
            and short[1].text[:1].isupper()
            and short[1].text.isalpha()
        ):
            base = short[2].end
            after = _tokens(p, base, stop, 1)
    if after and (after[0].low == "of" or after[0].low in v.complement_words):
        after = _tokens(p, base, stop, 16)
    is_initiative = head.kind == "initiative"
    comp_end, comp_words = _read_complement(v, after, is_initiative)
    if is_initiative:
        # Every match ends, but for spaces, with ``the``: most heads do not.
        before = p.lower[max(0, hs - 30) : hs]
        if before.rstrip().endswith("the") and _TAKE_INITIATIVE.search(
            p.lower, max(0, hs - 30), hs
        ):
            return None
    sign_at = comp_end or base
    signing = _sign_after(p, sign_at)
    plural = p.lower[he - 1 : he] == "s" or p.lower[hs:he].endswith("memoranda")
    has_count = left.count is not None or left.indefinite
    if after and after[0].low == "of" and len(after) > 1 and _is_year(after[1].low):
        # ``the Land Border Treaty of 1999``
        left.year = left.year or after[1].low
        comp_end = comp_end or after[1].end
    mods_specific = bool(left.mods) and not left.possessive_only
    specific = bool(has_count or left.year or mods_specific or comp_words)
    bare = left.det is None and not (has_count or left.year or left.mods)
    if bare and not plural and not p.text[hs : hs + 1].isupper() and not head.self_standing:
        # ``reached agreement on``: the mass noun, agreement as consensus.
        return None
    if left.det in ("a", "an") and _SIGN_VERB.search(p.lower, max(0, left.start - 20), left.start):
        # ``signed a cooperation agreement``: a new agreement, not a back-reference.
        specific = True
    if left.backref and left.count is None:
        return None
    if head.complement_only:
        ok = bool(comp_words) and left.det in ("the", None)
    elif head.count_only:
        ok = has_count
    elif head.self_standing:
        ok = not (left.vague and plural and not has_count)
    else:
        ok = specific or (
            plural
            and left.det == "the"
            and signing is not None
            and _SIGNED_ONLY.match(signing[0]) is not None
        )
        if (
            ok
            and left.vague
            and not (has_count or comp_words or left.year)
            # ``an historic land border agreement``: one agreement, named by
            # its modifiers; ``current trade agreements`` stays a vague plural.
            and not (mods_specific and not plural and left.det is not None)
        ):
            ok = False
        if ok and plural and not (has_count or comp_words or left.year or left.det or signing):
            ok = left.capital_mods > 0
    if not ok:
        return None
    end = comp_end or he
    count = left.count if not left.indefinite else None
    mods = frozenset(left.mods) | frozenset(comp_words)
    return _Found(left.start, end, head.kind, count, left.year, mods, sign_at=sign_at, sign=signing)


def _inside_name_vi(p: PreparedText, before: list[_Tok], hs: int) -> bool:
    """Whether the word at ``hs`` goes on a capitalized name (``Đối tác Chiến lược``).

    Vietnamese capitalizes a name's first syllable only: a capital on one of
    the two syllables right before makes the head word an adjective of that
    name (a partnership), not the head of a named plan.
    """
    at = hs
    for t in before[-1:-3:-1]:
        if t.end != at - 1 or p.text[at - 1] != " " or not t.low.isalpha():
            return False
        if p.text[t.start].isupper():
            return True
        at = t.start
    return False


def _read_post_head(v: _Vocab, p: PreparedText, head: _Head, hs: int, he: int) -> _Found | None:
    before = _tokens(p, _clause_start(p, hs, 40), hs)
    # The post-head reader looks at 12 tokens and the two after them at most.
    after = _tokens(p, he, _clause_end(p, he, 120), 16)
    count: int | None = None
    start = hs
    indefinite = vague = False
    if before:
        last = before[-1].low
        pair = f"{before[-2].low} {last}" if len(before) > 1 else ""
        if pair in v.indefinite or pair in v.vague:
            indefinite = pair in v.indefinite
            vague = pair in v.vague
            start = before[-2].start
        elif pair in v.numbers:
            count, start = v.numbers[pair], before[-2].start
        elif (num := _number(v, last)) is not None:
            count, start = num, before[-1].start
        elif last in v.vague:
            vague, start = True, before[-1].start
        elif last in v.verb_markers_vi or pair in v.verb_markers_vi:
            return None
    if (
        after
        and after[0].low in v.backrefs
        and not (
            # ``trên`` before a noun is ``on`` (``36 văn kiện trên nhiều lĩnh
            # vực``), after the phrase it is ``above`` (``văn kiện trên đã``).
            after[0].low == "tren"
            and len(after) > 1
            and after[1].word
            and after[1].low not in v.post_stops
        )
    ):
        return None
    if head.named_only and _inside_name_vi(p, before, hs):
        return None
    end, words, first_capital = _read_post(v, after)
    if head.named_only and not first_capital:
        return None
    has_count = count is not None or indefinite
    if head.self_standing:
        ok = True
    elif head.count_only:
        ok = has_count
    else:
        ok = has_count or bool(words)
    if ok and vague and not has_count and not head.self_standing:
        ok = False
    if not ok:
        return None
    year = None
    rest = [t for t in after if t.start >= (end or he)]
    if len(rest) > 1 and rest[0].low == "nam" and _is_year(rest[1].low):
        # ``Hiệp ước biên giới năm 1999``
        year, end = rest[1].low, rest[1].end
    return _Found(start, end or he, head.kind, count, year, frozenset(words))


def _to_closing_quote(text: str, f: _Found) -> None:
    """Extend a mention that opens a quoted title to the closing quote.

    ``“Thỏa thuận về những nguyên tắc cơ bản chỉ đạo giải quyết vấn đề trên
    biển Việt Nam - Trung Quốc”``: the quotes say where the title ends, which
    the readers, stopping at a function word, do not.

    Example:
        >>> f = _Found(1, 13, "agreement")
        >>> _to_closing_quote('"Agreement on Basic Principles for Sea Issues" was signed.', f)
        >>> f.end
        45
    """
    close = _QUOTES.get(text[f.start - 1 : f.start]) if f.start else None
    if close is None or close in text[f.start : f.end]:
        return
    c = text.find(close, f.end, f.end + _QUOTED_REACH)
    if c < 0:
        return
    inside = text[f.end : c]
    if "\n" in inside or any(q in inside for q in _QUOTES):
        return
    f.end = c


# "On the same day, they signed ...": the day the text named last.
_SAME_DAY = re.compile(r"\b(?:the\s{1,3}same\s{1,3}day|cung\s{1,3}ngay)\b")


def _same_day(p: PreparedText, start: int, end: int, dates: tuple[DateMention, ...]) -> str | None:
    """The day ``the same day`` (``cùng ngày``) in ``p.lower[start:end]`` refers to, else ``None``.

    It is the last day the text names before the phrase: a date mention with
    a day and no range.

    Example:
        >>> from dipparse.dates import extract_dates
        >>> from dipparse.text import prepare
        >>> p = prepare("Talks were held on August 19. The same day, they signed a treaty.")
        >>> _same_day(p, 30, 50, extract_dates(p, _dt.date(2024, 8, 20), "en"))
        '2024-08-19'
    """
    low = p.lower
    if "same" not in low[start:end] and "cung ngay" not in low[start:end]:
        return None
    m = _SAME_DAY.search(low, start, end)
    if m is None:
        return None
    at = p.span(m.start(), m.start())[0]
    day = None
    for d in dates:
        if d.end > at:
            break
        if d.end_value is None and len(d.value) == 10:
            day = d.value
    return day


def _signing_subject(p: PreparedText, start: int) -> int | None:
    """Where the subject of the signing verb right before ``start`` begins, or ``None``.

    ``Việt Nam and China signed 15 documents``: the clause up to ``signed``.
    """
    # A match ends, but for spaces, with a signing verb: most mentions
    # follow none, and the search tries the pattern at every offset.
    if not p.lower[max(0, start - 24) : start].rstrip().endswith(_SUBJECT_VERB_ENDS):
        return None
    lo = _clause_start(p, start, 80)
    m = _SUBJECT_VERB.search(p.lower, lo, start)
    return None if m is None or m.start() <= lo else lo


def _two_countries_in(v: _Vocab, p: PreparedText, start: int, end: int) -> bool:
    # A phrase's first word stands in the window: a test per word rules most
    # windows out several times faster than a search for them.
    firsts = v.two_countries_first
    if firsts is not None and not _any_in(firsts, p.lower[start:end]):
        return False
    return bool(v.two_countries.in_text(p, start, end))


# The kinds a mention names a set of documents by, with or without a count.
_SET_KINDS = frozenset({"cooperation documents", "legal documents"})
# How far after a set its list may open, and how far the list may run.
_LIST_OPEN_REACH = 400
_LIST_REACH = 3000
# A line that is an item of a list: ``1.``, ``2)``, ``-``, ``•``, ``+``.
_LIST_ITEM = re.compile(r"[ \t]{0,4}(?:\d{1,2}[.)]|[-•+*–])")


def _list_end(text: str, at: int) -> int:
    """Where the list opened at ``at`` ends: its paragraph's end, or after the items a colon opens."""
    limit = min(len(text), at + _LIST_REACH)
    end = text.find("\n", at, limit)
    if end < 0:
        return limit
    if not text[at:end].rstrip().endswith(":"):
        return end
    pos = end
    while pos < limit:
        while pos < limit and text[pos] == "\n":
            pos += 1
        if pos >= limit or _LIST_ITEM.match(text, pos) is None:
            break
        nxt = text.find("\n", pos, limit)
        end = pos = limit if nxt < 0 else nxt
    return end


def _date_members(v: _Vocab, p: PreparedText, at: int, kept: list[_Found]) -> None:
    """Give the members a dated set lists (``14 documents signed on Monday, including X``) its date.

    The list opens in the set's sentence or the next one (``The documents
    include ...``), and runs to its paragraph's end, or through the numbered
    lines a colon opens; a count bounds how many members it has.
    """
    s = kept[at]
    low = p.lower
    hi = min(len(low), s.end + _LIST_OPEN_REACH)
    # Each opener is looked for with ``str.find`` (a regex search of the
    # alternation scans every character), and the pattern checks the first.
    first = min((k for w in v.list_opener_words if (k := low.find(w, s.end, hi)) >= 0), default=-1)
    m = v.list_openers.search(low, first, hi) if first >= 0 else None
    if m is None:
        return
    between = low[s.end : m.start()]
    ends = between.count(". ") + between.count(".\n")
    if ends > 1:
        return
    if ends == 1:
        opening = between[max(between.rfind(". "), between.rfind(".\n")) + 2 :]
        if not any(w in opening for w in v.list_subjects):
            return
    end = _list_end(p.text, m.end())
    left = s.count
    for j in range(at + 1, len(kept)):
        f = kept[j]
        if f.start >= end or (left is not None and left <= 0):
            break
        if f.start < m.end():
            continue
        if f.signed is None:
            f.signed = s.signed
        if left is not None:
            left -= 1


def _compatible(a: _Found, b: _Found) -> bool:
    if a.kind != b.kind or a.count != b.count:
        return False
    if a.count is not None:
        return True
    return a.mods <= b.mods or b.mods <= a.mods


def extract_agreements(
    p: PreparedText,
    ref: _dt.date | None,
    dates: tuple[DateMention, ...] = (),
    language: str | None = None,
) -> tuple[Agreement, ...]:
    """Return every agreement mention of ``p``, in text order.

    Args:
        p: The prepared text.
        ref: The reference date (dateline, else publication) that anniversaries
            and relative signing dates count from; ``None`` leaves them unresolved.
        dates: The date mentions of the text, used for signing dates the
            agreement reader does not parse itself (``signed on Monday``).
        language: ``"en"``, ``"vi"`` or ``None``; both vocabularies are read
            either way.

    Returns:
        The agreements, in text order.

    Example:
        >>> from dipparse.text import prepare
        >>> text = "They marked 25 years since the signing of the land border treaty."
        >>> [(a.text, a.kind, a.signed) for a in extract_agreements(prepare(text), _dt.date(2024, 8, 29))]
        [('the land border treaty', 'treaty', '1999')]
    """
    v = _vocab()
    found = _find_named(v, p)
    taken = [(f.start, f.end) for f in found]
    found += _find_capitalized(v, p, taken)
    taken = [(f.start, f.end) for f in found]
    found += _find_heads(v, p, taken, ref, dates)
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[_Found] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue
        if kept and _abbreviation_of(p, kept[-1], f):
            continue
        _to_closing_quote(p.text, f)
        kept.append(f)
    for i, f in enumerate(kept):
        if f.signed is not None:
            continue
        value = _signed_after(p, f, ref, dates) or _signed_far(
            p, f, kept[i + 1].start if i + 1 < len(kept) else len(p.text), ref, dates
        )
        if value is not None:
            f.signed, f.signed_by_clause = value, True
            continue
        f.signed = _anniversary(v, p, f.start, ref)
        if f.signed is None:
            before = p.lower[max(0, f.start - 60) : f.start]
            # Each pattern needs a word its matches hold (``signing``), or one
            # that ends them but for spaces: most mentions have neither.
            if any(w in before for w in _WITNESS_WORDS) and _WITNESS_BEFORE.search(before):
                clause = (_clause_start(p, f.start, 300), _clause_end(p, f.end, 200))
                f.signed = (
                    _date_in(p, f.end, clause[1], ref, dates)
                    # The date nearest before the mention: "HANOI, Nov. 20 – Following
                    # their talks on Thursday, they witnessed the signing of ...".
                    or _last_date_in(clause[0], f.start, dates)
                    or _date_in(p, clause[0], f.start, ref, dates)
                    or _same_day(p, clause[0], f.start, dates)
                    or (ref.isoformat() if ref else None)
                )
            elif before.rstrip().endswith(_VERB_SIGN_ENDS) and _VERB_SIGN_BEFORE.search(before):
                # ``the two sides issued a joint statement``: the sentence's own date.
                start = _clause_start(p, f.start, 300)
                f.signed = (
                    _signing_date(p, f.end, ref, dates, conjunct=True)
                    or _date_in(p, start, f.start, ref, dates)
                    or _same_day(p, start, f.start, dates)
                    or _during_visit_before(p, start, f.start, ref, dates)
                )
                f.signed_by_verb = f.signed is not None
    # A signing clause after a list covers the whole list.
    for i in range(len(kept) - 1, 0, -1):
        cur, prev = kept[i], kept[i - 1]
        if cur.signed_by_clause and prev.signed is None:
            gap = p.lower[prev.end : cur.start]
            if _GAP_COORD.fullmatch(gap) or _GAP_COORD.fullmatch(gap.removesuffix("the ")):
                prev.signed, prev.signed_by_clause = cur.signed, True
    # The verb before a list signs the whole list: ``ký Hiệp định A và Bản ghi nhớ B``.
    for i in range(1, len(kept)):
        cur, prev = kept[i], kept[i - 1]
        if prev.signed_by_verb and cur.signed is None:
            gap = p.lower[prev.end : cur.start]
            if _GAP_COORD.fullmatch(gap) or _GAP_COORD.fullmatch(gap.removesuffix("the ")):
                cur.signed, cur.signed_by_verb = prev.signed, True
    for i, f in enumerate(kept):
        if f.signed is not None and (f.count is not None or f.kind in _SET_KINDS):
            _date_members(v, p, i, kept)
    # The same agreement named again keeps the date it was given anywhere.
    for f in kept:
        if f.signed is None:
            for g in kept:
                if g is not f and g.signed is not None and _compatible(f, g):
                    f.signed = g.signed
                    break
    top: tuple[str, ...] | None = None
    result: list[Agreement] = []
    if kept:
        words = spaced_words_of(p).words
        plain = v.country_pat if _may_occur(v.country_needs, words) else None
        any_two = _may_occur(v.two_countries_needs, words)
    for f in kept:
        parties = _countries_in(v, p, f.start, f.end, plain)
        # The tail ends the clause within 70 characters: where those hold
        # neither word, it has no ``between``, and its end is not needed.
        reach = p.lower[f.end : f.end + 70]
        between = None
        tail_end = f.end
        if "between" in reach or "giua" in reach:
            # The parties' names can be long ("between the Ministry of
            # Transport of Vietnam and the National Development and Reform
            # Commission of China"): the clause is read up to 160 characters.
            tail_end = _clause_end(p, f.end, 160)
            tail = p.lower[f.end : tail_end]
            between = ("between" in tail or "giua" in tail) and _BETWEEN.match(tail)
        if between:
            parties |= _countries_in(v, p, f.end, tail_end, plain)
        # The clause's subject before its signing verb: ``Việt Nam and China
        # signed 15 documents``, ``the two sides signed ...``.
        subject = (
            _signing_subject(p, f.start)
            if len(parties) < 2 and (plain is not None or any_two) and not between
            else None
        )
        if plain is not None and len(parties) < 2 and not between:
            with_ = _WITH.match(reach)
            if with_ is not None:
                # ``an agreement with Laos``
                parties |= _countries_in(v, p, f.end, f.end + with_.end() + 40, plain)
            if subject is not None:
                parties |= _countries_in(v, p, subject, f.start, plain)
        if (
            len(parties) < 2
            and any_two
            and (
                _two_countries_in(v, p, f.start, f.end)
                or (between and _two_countries_in(v, p, f.end, tail_end))
                or (subject is not None and _two_countries_in(v, p, subject, f.start))
            )
        ):
            if top is None:
                top = _top_two(v, p, plain)
            parties |= set(top)
        s, e = p.span(f.start, f.end)
        if not 0 <= s <= e:  # cannot be: the validators raise their error
            Agreement(p.original[s:e], f.kind, f.count, f.signed, (), s, e)
        result.append(
            _unchecked(
                Agreement,
                text=p.original[s:e],
                kind=f.kind,
                count=f.count,
                signed=f.signed,
                parties=tuple(sorted(parties)),
                start=s,
                end=e,
            )
        )
    return tuple(result)
