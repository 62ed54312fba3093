"""The grammar of offices: finding titles and their organizations in text.

A title is a role word or phrase from ``data/offices.json`` (``Prime
Minister``, ``general secretary``, ``PM``, ``Thủ tướng``), optionally preceded
by a nationality (``Chinese``) or an organization (``Guangxi Party``), and
optionally followed by its body (``of the CPV Central Committee``; in
Vietnamese the body follows directly: ``Bí thư Tỉnh ủy Quảng Ninh``). Titles
joined by ``and``, commas or ``cum`` form a *stack* that belongs to one
person. Which person is decided in :mod:`dipparse.officials`; this module
only reads the offices.

Roles are matched on the accent-folded, lower-cased view of the text, so
``THỦ TƯỚNG``, ``Thu tuong`` and ``thủ tướng`` read alike, and all-caps or
lower-case English titles too.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from itertools import accumulate, compress, repeat
from operator import add, gt, itemgetter, not_
from typing import Any, NamedTuple

import attrs
import regex

from dipparse._data import load_json
from dipparse.names import VN_SYLLABLE, fold
from dipparse.text import (
    DIACRITIC_LETTER,
    PreparedText,
    fold_char,
    letter_runs,
    non_ascii_chars,
)

__all__ = [
    "TitleHit",
    "Token",
    "Words",
    "find_titles",
    "stacks",
    "tokenize",
    "words",
]

# The standard library's engine is markedly faster than `regex` on this simple
# class, and \w covers every letter and digit of NFC text.
_TOKEN = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*")
# Split on the words, keeping them: words and the gaps between them alternate.
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_FIRST_CHAR = itemgetter(0)
_PLAIN_WORD = re.compile(r"[^\W_]+")
_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "in", "'s", "to"})
# What may stand between two words of a body: "Party Central Committee (CPV)".
_BODY_GAPS = frozenset({" ", "  ", "   ", "-", "–", "‐", "‑", " (", ") ", ")"})
_SPACED_DASHES = frozenset({" - ", " – ", " — "})
# The body gaps of one character.
_ONE_CHAR_BODY_GAPS = frozenset(g for g in _BODY_GAPS if len(g) == 1)
# A body's short form in brackets may close the first office: "... Academy of
# Politics (HCMA) and Chairman of ...".
_STACK_GAP = regex.compile(
    r"^\s{0,3}(?:\([a-z][a-z0-9&.-]{0,11}\)\s{0,3})?"
    r"(?:,|and|&|cum|/|kiem|va|,\s{0,3}and|,\s{0,3}va|(?<=\s)[-–—](?=\s))?\s{0,3}$"
)
# The longest gap _STACK_GAP matches: ``\s{0,3}(...)\s{0,3},\s{0,3}and\s{0,3}`` and a line feed before ``$``.
_STACK_GAP_MAX = 31
# A blank line parts two paragraphs: titles on either side never stack.
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n|\r[ \t\f\v]*\r")
_STRUCTURAL = frozenset(
    "party committee central provincial municipal regional city people's congress government ministry "
    "commission department politburo na npc cpc cpv cppcc un asean council assembly front union senate "
    "parliament".split()
)
ORG_MARKERS = _STRUCTURAL | frozenset(
    "republic province region autonomous office bureau secretariat embassy agency court army "
    "chinese vietnamese china vietnam".split()
)
"""Words that make a capitalized run a body or a place, never a person's name."""
# Offices held "to" a country: "Ambassador to China".
_ACCREDITED = frozenset({"ambassador", "consul general", "special envoy"})
_VIET_NAM = regex.compile(r"\bVi[eệ]t Nam\b")
_LEADING_THE = regex.compile(r"^(?:the|The)\s+")
_THE_THE = regex.compile(r"\bthe the\b")
_PAREN_ABBR = regex.compile(r"\s{0,2}\([\p{Lu}.]{2,10}\)")


class Token(NamedTuple):
    """A word of the prepared text: its span, the text, its folded lower-case key, its case."""

    start: int
    end: int
    text: str
    key: str
    capitalized: bool


@attrs.frozen
class TitleHit:
    """An office found in the text, in prepared-text offsets.

    Attributes:
        start: First character of the title (nationality or body prefix included).
        end: Just past the title.
        role: The canonical role.
        organization: The body, abbreviations expanded, or ``None``.
        country: The country the title names (``Chinese``, ``of the CPC``), or ``None``.
        vietnamese: Whether the office is written in Vietnamese (``Thủ tướng``).
        plural: Whether the office is written in the plural (``Deputy Prime
            Ministers``): it is every person named after it.
    """

    start: int
    end: int
    role: str
    organization: str | None
    country: str | None
    vietnamese: bool = False
    plural: bool = False


# The objects' fields set directly, as models._unchecked does (see there).
_new = object.__new__
_set = object.__setattr__


@functools.cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Vietnamese and Chinese family names of ``data/surnames.json`` (folded, lower case).

    Example:
        >>> "nguyen" in surnames()[0], "wang" in surnames()[1]
        (True, True)
    """
    data = load_json("surnames.json")
    return frozenset(data["VN"]), frozenset(data["CN"])


@functools.cache
def vn_family_written() -> frozenset[str]:
    """The Vietnamese family names as written (``Đặng``), capitalized and in capitals.

    A word written with diacritics that folds to a family name but is spelled
    otherwise (``Đảng``, the Party; ``Mại`` of ``Thương Mại``) is no family name.

    Example:
        >>> "Đặng" in vn_family_written(), "Đảng" in vn_family_written()
        (True, False)
    """
    names = load_json("surnames.json")["VN_written"]
    return frozenset(names) | frozenset(n.upper() for n in names)


def is_vn_family_name(word: str, key: str) -> bool:
    """Whether ``word`` (as written; folded key ``key``) is a Vietnamese family name."""
    return key in surnames()[0] and (word.isascii() or word in vn_family_written())


@functools.cache
def _ranks() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The military ranks of ``offices.json`` as folded word tuples by first word, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for rank in load_json("offices.json")["ranks"]:
        # A word's final full stop is no part of it, but initials keep their
        # inner ones in the spaced views: ``lt``, ``gen`` and ``h.e``.
        words = tuple(w.strip(".") for w in fold(rank).lower().split())
        by_first.setdefault(words[0], []).append(words)
    return {w: tuple(sorted(ks, key=len, reverse=True)) for w, ks in by_first.items()}


@functools.cache
def _rank_firsts() -> tuple[str, ...]:
    """The first words of the ranks, for one ``startswith`` that rules most words out."""
    return tuple(_ranks())


def _past_rank(sp: _Spaced, j: int) -> int:
    """Where the name starts after a military rank at ``j`` (``General``, ``Lt. Gen.``), else ``j``."""
    s = sp.s
    if not s.startswith(_rank_firsts(), j):
        return j
    text = sp.text
    if (j and s[j - 1] != " ") or not text[j].isupper():
        return j
    e = sp.word_end(j)
    ranks = _ranks().get(s[j:e])
    if ranks is None:
        return j
    for words in ranks:
        b = e
        for w in words[1:]:
            nx = sp.next_start(b)
            if nx == -1 or nx - b > 2 or text[b:nx].strip(". ") or s[nx : sp.word_end(nx)] != w:
                break
            b = sp.word_end(nx)
        else:
            nx = sp.next_start(b)
            # The rank ends with its word (and a full stop); one or two blanks lead to the name.
            if nx != -1 and nx - b <= 3 and not text[b:nx].strip(". ") and text[nx].isupper():
                return nx
    return j


@functools.cache
def _date_words() -> frozenset[str]:
    """The English names of the months and weekdays, folded lower case (``march``, ``saturday``).

    A capitalized one after a body is a date (``Foreign Minister of China on
    Saturday``), never the body's next word.
    """
    data = load_json("months.json")
    return frozenset(
        w
        for group in (*data["months"].values(), *data["weekdays"].values())
        for w in group
        if w.isascii() and w.isalpha() and len(w) > 3
    )


@functools.cache
def _places_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The places of ``data/place_names.json`` as folded word tuples, by their first word.

    A hyphenated name is listed both as one word and as its parts (``xin-ga-po``,
    ``xin ga po``), as a text may write it either way.
    """
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for name in load_json("place_names.json")["places"]:
        key = fold(name).lower()
        for words in (tuple(key.split()), tuple(key.replace("-", " ").split())):
            by_first.setdefault(words[0], set()).add(words)
    return {w: tuple(sorted(ks)) for w, ks in by_first.items()}


def _place_size(keys: Sequence[str]) -> int:
    """How many of the folded, lower-cased words ``keys`` a place name starts them with (0: none).

    The longest place wins (``ha nam`` rather than ``ha``, were both listed).
    """
    if not keys:
        return 0
    best = 0
    for place in _places_by_first().get(keys[0], ()):
        if len(place) > best and tuple(keys[: len(place)]) == place:
            best = len(place)
    return best


class Words:
    """The words of a prepared text as parallel lists, index ``k`` for the ``k``-th word.

    Built in bulk (one regex split, offsets by accumulated lengths) rather than
    one object per word, and only when an attribute is first read: the
    extractors themselves read the words off a cheaper view (see
    :func:`_spaced`).

    Attributes:
        starts: Offset of each word.
        ends: Offset just past each word.
        texts: Each word as written (``People's``, ``T.Ư``).
        keys: Each word accent-folded and lower-cased (``p.lower`` at its span).
        caps: Whether each word starts with a capital letter.
        gaps: ``gaps[k]`` is the text between word ``k`` and word ``k + 1``.
        text: The prepared text the words are read from.

    Example:
        >>> from dipparse.text import prepare
        >>> w = words(prepare("China's Chủ tịch, PM"))
        >>> w.texts, w.keys, w.gaps
        (["China's", 'Chủ', 'tịch', 'PM'], ["china's", 'chu', 'tich', 'pm'], [' ', ' ', ', '])
        >>> w.starts, w.caps, w.index_at(8), w.index_at(9)
        ([0, 8, 12, 18], [True, True, False, True], 1, None)
    """

    __slots__ = ("_caps", "_ends", "_gaps", "_keys", "_p", "_starts", "_texts", "text")

    def __init__(self, p: PreparedText) -> None:
        self.text = p.text
        self._p: PreparedText | None = p
        self._texts: list[str] | None = None

    def _build(self) -> None:
        p = self._p
        if p is not None:
            self._p = None
            if not _split_fast(self, p):
                self._split(p)

    def _split(self, p: PreparedText) -> None:
        """One regex split of the text: words and gaps alternate."""
        parts = _TOKEN_SPLIT.split(p.text)
        offsets = list(accumulate(map(len, parts)))
        self._starts: list[int] = offsets[0:-1:2]
        self._ends: list[int] = offsets[1::2]
        self._texts = parts[1::2]
        self._gaps: list[str] = parts[2:-1:2]
        # ASCII folds to itself, so an ASCII word's key is the word in lower case;
        # only the other words are read from the folded view.
        self._keys: list[str] = list(map(str.lower, self._texts))
        if not p.text.isascii():
            lower, starts, ends, keys = p.lower, self._starts, self._ends, self._keys
            for k in compress(range(len(keys)), map(not_, map(str.isascii, self._texts))):
                keys[k] = lower[starts[k] : ends[k]]
        self._caps: list[bool] = list(map(str.isupper, map(_FIRST_CHAR, self._texts)))

    @property
    def starts(self) -> list[int]:
        """Offset of each word."""
        self._build()
        return self._starts

    @property
    def ends(self) -> list[int]:
        """Offset just past each word."""
        self._build()
        return self._ends

    @property
    def keys(self) -> list[str]:
        """Each word accent-folded and lower-cased."""
        self._build()
        return self._keys

    @property
    def caps(self) -> list[bool]:
        """Whether each word starts with a capital letter."""
        self._build()
        return self._caps

    @property
    def gaps(self) -> list[str]:
        """The text between each word and the next."""
        self._build()
        return self._gaps

    @property
    def texts(self) -> list[str]:
        """Each word as written; sliced from the text on first use."""
        self._build()
        if self._texts is None:
            text = self.text
            self._texts = list(map(text.__getitem__, map(slice, self._starts, self._ends)))
        return self._texts

    def __len__(self) -> int:
        return len(self.starts)

    def index_at(self, pos: int) -> int | None:
        """The index of the word that starts at offset ``pos``, or ``None``."""
        starts = self.starts
        k = bisect.bisect_left(starts, pos)
        return k if k < len(starts) and starts[k] == pos else None

    def index_containing(self, pos: int) -> int | None:
        """The index of the word that contains offset ``pos``, or ``None`` (between words)."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return k if k >= 0 and pos < self.ends[k] else None

    def joined(self, i: int, j: int) -> bool:
        """Whether words ``i..j`` (inclusive) are separated by single spaces (or hyphens) only."""
        return all(map(_JOINERS.__contains__, self.gaps[i:j]))


# The fast split reads the words off the folded lower-case view with byte
# operations (``bytes.translate`` and ``split`` run at memory speed, where the
# regex costs tens of nanoseconds a character). It applies where that view is
# ASCII and every character of the text is, there, of the same kind as in the
# text (a letter or digit, a ``.``/``'``/``’`` that may join two runs of them,
# or a gap); then the words of the view are the words of the text, at the
# same offsets, and their keys are the view's characters.
_KEEP_WORD_BYTES = bytes(c if chr(c).isalnum() or c in b".'" else 0x20 for c in range(256))
# Over the kept bytes: gaps made ``x`` and word bytes blanks, to read the gap lengths.
_GAP_RUNS = bytes(0x78 if c == 0x20 else 0x20 for c in range(256))
_JOINER_BYTES = (b".", b"'")


def _kind(ch: str) -> str:
    """What ``_TOKEN`` makes of a character: word, joiner or gap."""
    if ch.isalnum():
        return "w"
    return "j" if ch in ".'’" else "g"


# Which non-ASCII characters keep their kind in the folded lower-case view:
# ``_SAME_KIND`` keep it; ``_GAP_TO_JOINER`` are gaps that fold to a joiner
# (``‘`` to ``'``), blanked where they occur; any other (``_OTHER_KIND``) sends
# the text to the regex split. Filled in per character on first sight: they
# describe characters, never a text.
_SAME_KIND: set[str] = set()
_GAP_TO_JOINER: set[str] = set()
_OTHER_KIND: set[str] = set()


def _learn_kinds(chars: Iterable[str]) -> None:
    for ch in chars:
        folded = fold_char(ch)
        low = folded.lower()
        view = low if len(low) == 1 else folded
        kind, seen = _kind(ch), _kind(view)
        if kind == seen:
            _SAME_KIND.add(ch)
        elif kind == "g" and seen == "j":
            _GAP_TO_JOINER.add(ch)
        else:
            _OTHER_KIND.add(ch)


def _kept(p: PreparedText) -> bytes | None:
    """``p.lower`` with every gap character a blank, or ``None`` where byte operations do not apply."""
    found = _kept_joiners(p)
    return None if found is None else found[0]


def _kept_joiners(p: PreparedText) -> tuple[bytes, list[int]] | None:
    """:func:`_kept` and the offsets of its joiners (:func:`_joiner_offsets`), or ``None``."""
    text, lower = p.text, p.lower
    if not lower.isascii():
        return None
    blank: Iterable[str] = ()
    if not text.isascii():
        new = non_ascii_chars(p) - _SAME_KIND
        if new:
            _learn_kinds(new - _GAP_TO_JOINER - _OTHER_KIND)
            if not _OTHER_KIND.isdisjoint(new):
                return None
            blank = new & _GAP_TO_JOINER
    kept = lower.encode("ascii").translate(_KEEP_WORD_BYTES)
    if blank:
        buf = bytearray(kept)
        for ch in blank:
            i = text.find(ch)
            while i != -1:
                buf[i] = 0x20
                i = text.find(ch, i + 1)
        kept = bytes(buf)
    # A joiner belongs to a word only between two letters or digits: the usual
    # others (a full stop or a quote before a gap) are blanked here, and a text
    # with any left over takes the regex split.
    kept = kept.replace(b". ", b"  ").replace(b"' ", b"  ")
    if kept[-1:] in _JOINER_BYTES:
        end = kept.rstrip(b".'")
        kept = end + b" " * (len(kept) - len(end))
    if kept[:1] in _JOINER_BYTES:
        start = kept.lstrip(b".'")
        kept = b" " * (len(kept) - len(start)) + start
    # Any joiner left must stand between two letters or digits. There are a
    # few (the full stops were blanked above): each is found and looked at,
    # where searches for the bad pairs would each scan the whole view.
    last = len(kept) - 1
    joiners = _joiner_offsets(kept)
    for i in joiners:
        if (i and kept[i - 1] in _NOT_WORD_BYTES) or (i < last and kept[i + 1] in _NOT_WORD_BYTES):
            return None
    return kept, joiners


# What a byte of a kept view is when it is no letter or digit: a gap or a joiner.
_NOT_WORD_BYTES = frozenset(b" .'")


def _joiner_offsets(kept: bytes) -> list[int]:
    """The offsets of the joiners (``.``, ``'``) of a kept view, full stops first."""
    out: list[int] = []
    for joiner in _JOINER_CODES:
        i = kept.find(joiner)
        while i != -1:
            out.append(i)
            i = kept.find(joiner, i + 1)
    return out


_JOINER_CODES = (0x2E, 0x27)


def _split_fast(w: Words, p: PreparedText) -> bool:
    """Fill ``w`` from byte operations on ``p.lower``; ``False`` where they do not apply."""
    text = p.text
    if len(text) < 3:
        return False
    kept = _kept(p)
    if kept is None:
        return False
    keys = kept.decode("ascii").split()
    n = len(keys)
    if n < 3:
        return False
    gap_lens = list(map(len, kept.translate(_GAP_RUNS).split()))
    lead = gap_lens.pop(0) if kept[:1] == b" " else 0
    key_lens = list(map(len, keys))
    starts = list(accumulate(map(add, key_lens, gap_lens), initial=lead))
    del starts[n:]
    ends = list(map(add, starts, key_lens))
    # A one-character gap is the character after its word; the longer ones are sliced.
    gaps = list(itemgetter(*ends[:-1])(text))
    for k in compress(range(n - 1), map(gt, gap_lens, repeat(1))):
        gaps[k] = text[ends[k] : starts[k + 1]]
    w._starts, w._ends, w._keys, w._gaps = starts, ends, keys, gaps
    w._caps = list(map(str.isupper, itemgetter(*starts)(text)))
    return True


class _Spaced:
    """The words of a prepared text as one string: each word's key where the word stands.

    Every gap character is a blank, so the string has the text's length and
    its offsets; :meth:`str.find` of ``" key "`` in :attr:`padded` finds a
    word where it is, and a word's neighbours are read off around it. The
    extractors read the few words that matter this way instead of building
    per-word lists.

    Attributes:
        s: The keys at their offsets, blanks between.
        padded: ``s`` with a blank before and after: ``padded[i]`` is the
            character before offset ``i`` of the text.
        heads_padded: ``padded`` with the joiners (``.``, ``'``) blanked too:
            the first part of each word (``lam`` of ``lam's``) stands alone.
        heads: The distinct words of ``heads_padded``, read by intersection
            with a vocabulary (``vocab & heads``), which may also give a few
            words of ``vocab`` that a search then does not find.
        text: The prepared text.
        exact: Whether ``s`` is ``p.lower`` with only gap characters (none
            a letter or digit) blanked, as where byte operations read it.

    Example:
        >>> from dipparse.text import prepare
        >>> v = _spaced(prepare("Tô Lâm's visit, Hà Nội."))
        >>> v.s, v.find_key("lam's"), v.find_head("lam"), v.word_end(3)
        ("to lam's visit  ha noi ", [3], [3], 8)
    """

    __slots__ = ("exact", "heads", "heads_padded", "padded", "s", "text")

    def __init__(self, p: PreparedText) -> None:
        self.text = p.text
        found = _kept_joiners(p)
        kept = None if found is None else found[0]
        self.exact = kept is not None
        heads: str | None = None
        if found is not None:
            kept, joiners = found
            s = kept.decode("ascii")
            if joiners:
                # The few joiners blanked one by one (a translate reads every byte).
                buf = bytearray(kept)
                for i in joiners:
                    buf[i] = 0x20
                heads = buf.decode("ascii")
        else:
            w = Words(p)
            w._split(p)
            parts: list[str] = []
            pos = 0
            for start, key in zip(w._starts, w._keys, strict=True):
                parts.append(" " * (start - pos))
                parts.append(key)
                pos = start + len(key)
            parts.append(" " * (len(p.text) - pos))
            s = "".join(parts)
        self.s = s
        self.padded = f" {s} "
        if heads is not None:
            self.heads_padded = f" {heads} "
        elif kept is None and ("." in s or "'" in s):
            self.heads_padded = self.padded.translate(_JOINERS_BLANKED)
        else:
            self.heads_padded = self.padded
        self.heads: frozenset[str] | _Heads = (
            _Heads(p, self.heads_padded)
            if kept is not None
            else frozenset(self.heads_padded.split())
        )

    def word_end(self, start: int) -> int:
        """The end of the word that starts (or lies) at ``start``."""
        # The blank after the text ends the last word.
        return self.padded.find(" ", start + 1) - 1

    def find_key(self, key: str) -> list[int]:
        """The offsets of the words whose key is ``key``, in order."""
        padded = self.padded
        needle = f" {key} "
        out: list[int] = []
        i = padded.find(needle)
        while i != -1:
            out.append(i)
            i = padded.find(needle, i + len(key) + 1)
        return out

    def find_head(self, head: str) -> list[int]:
        """The offsets of the words whose first part (up to a joiner) is ``head``, in order."""
        hp, padded = self.heads_padded, self.padded
        needle = f" {head} "
        out: list[int] = []
        i = hp.find(needle)
        while i != -1:
            if padded[i] == " ":
                out.append(i)
            i = hp.find(needle, i + len(head) + 1)
        return out

    def next_start(self, end: int) -> int:
        """The offset of the first word at or after ``end``, or ``-1``."""
        m = _NONBLANK.search(self.s, end)
        return -1 if m is None else m.start()


class _Heads:
    """The distinct words of an ASCII heads view, for intersection with a vocabulary.

    The view's words are its runs of letters and digits. Those of letters
    alone are runs of ``a``-``z`` in ``p.lower``, which language detection
    and dates have already split off (:func:`~dipparse.text.letter_runs`) and
    hashed. ``vocab & heads`` gives every word of ``vocab`` in the view,
    plus the words with a digit (not told apart here) and, for a large
    vocabulary, the runs of letters that in the view run on into a digit
    (``g`` of ``g20``): the callers search for each word found, and find
    none of those.

    A large vocabulary (a frozenset of more than ``_FEW_WORDS``, such as the
    gazetteer's first words) is read against the runs that are a word of
    any large vocabulary read so far (:func:`_vocab_entry`): one pass over
    the runs, on first use, rather than a set of every run; a small one is
    searched for word by word in the view itself.

    Example:
        >>> from dipparse.text import prepare
        >>> heads = _spaced(prepare("Lam's talks at the G20")).heads
        >>> sorted({"talks", "g", "g20", "lam", "visit"} & heads)
        ['g20', 'lam', 'talks']
        >>> sorted(frozenset({"talks", "g", "g20", "lam", "visit", "a", "b", "c", "d"}) & heads)
        ['g', 'g20', 'lam', 'talks']
    """

    __slots__ = ("_padded", "_runs", "_words")

    def __init__(self, p: PreparedText, padded: str) -> None:
        # The runs themselves, not ``p``: the view is kept in ``p``'s memo, and
        # a reference back would make a cycle that keeps every text alive
        # until the cyclic collector runs (memory grew over a stream).
        self._words: tuple[bytes, ...] = letter_runs(p) or ()
        # The heads view, blank-padded (``_Spaced.heads_padded``).
        self._padded = padded
        # The runs read for a state of the union of large vocabularies, and
        # that state (one object: set at once, also where threads share the view).
        self._runs: tuple[_UnionState | None, frozenset[bytes]] = (None, _NO_BYTES)

    def _letters(self, letters: frozenset[bytes], added: tuple[int, int]) -> frozenset[bytes]:
        """``letters`` (a large vocabulary's, added to the union at ``added``) that are runs of the view."""
        state = _VOCAB_UNION[0]
        epoch, count, union = state
        if added[0] != epoch or added[1] > count:
            # Not in the union read (another thread changed it): read it alone.
            return letters.intersection(self._words)
        known, runs = self._runs
        if known is not state:
            runs = union.intersection(self._words)
            self._runs = (state, runs)
        return letters & runs

    def __rand__(self, vocab: AbstractSet[str]) -> frozenset[str]:
        return self._present(vocab)

    def isdisjoint(self, words: Iterable[str]) -> bool:
        """Whether ``words & self`` would be empty."""
        return not self._present(words)

    def _present(self, vocab: Iterable[str]) -> frozenset[str]:
        if type(vocab) is not frozenset or len(vocab) <= _FEW_WORDS:
            # A vocabulary made per call, or a small one: word by word, each
            # searched for in the view (a word of letters is a word of the
            # view where blanks stand on either side).
            padded = self._padded
            return frozenset(
                [
                    w
                    for w in vocab
                    if w.isascii() and (f" {w} " in padded if w.isalpha() else w.isalnum())
                ]
            )
        letters, back, digits, added = _vocab_entry(vocab)
        found = self._letters(letters, added)
        out = frozenset(map(back.__getitem__, found)) if found else _NO_WORDS
        return out | digits if digits else out


_NO_WORDS: frozenset[str] = frozenset()
_NO_BYTES: frozenset[bytes] = frozenset()
_UnionState = tuple[int, int, frozenset[bytes]]
# The words of letters of every large vocabulary remembered by _vocab_entry,
# as one set, with how often the memory was cleared and how many
# vocabularies were added since: a new state whenever a vocabulary is added,
# so a view can tell whether its runs were read for the vocabularies of the moment.
_VOCAB_UNION: list[_UnionState] = [(0, 0, _NO_BYTES)]
_VOCAB_LOCK = threading.Lock()
# A vocabulary this small is read word by word rather than through _vocab_entry.
_FEW_WORDS = 8
_VocabEntry = tuple[frozenset[bytes], dict[bytes, str], frozenset[str], tuple[int, int]]
_VOCAB_BYTES: dict[int, tuple[frozenset[str], _VocabEntry]] = {}


def _vocab_entry(vocab: frozenset[str]) -> _VocabEntry:
    """A vocabulary's ASCII words of letters as bytes, the way back, its ASCII words with a digit, and where it joined the union.

    Remembered per vocabulary object (the extractors' vocabularies are made
    once); a word of any other character is never a word of an ASCII view.
    Where it joined the union of large vocabularies is ``(clears, count)``:
    how often the memory was cleared, and how many vocabularies the union
    held with it.
    """
    hit = _VOCAB_BYTES.get(id(vocab))
    if hit is not None and hit[0] is vocab:
        return hit[1]
    back = {w.encode("ascii"): w for w in vocab if w.isascii() and w.isalpha() and w.islower()}
    digits = frozenset(w for w in vocab if w.isascii() and w.isalnum() and not w.isalpha())
    letters = frozenset(back)
    with _VOCAB_LOCK:
        epoch, count, union = _VOCAB_UNION[0]
        if len(_VOCAB_BYTES) > 64:
            # Vocabularies made per call would pile up: start again.
            _VOCAB_BYTES.clear()
            epoch, count, union = epoch + 1, 0, _NO_BYTES
        entry = (letters, back, digits, (epoch, count + 1))
        _VOCAB_BYTES[id(vocab)] = (vocab, entry)
        _VOCAB_UNION[0] = (epoch, count + 1, union | letters)
    return entry


_JOINERS_BLANKED = str.maketrans(".'", "  ")
_NONBLANK = re.compile(r"[^ ]")


def _spaced(p: PreparedText) -> _Spaced:
    """The :class:`_Spaced` view of ``p``, computed once per prepared text.

    Example:
        >>> from dipparse.text import prepare
        >>> _spaced(prepare("PM Chính, (Hà Nội)")).s
        'pm chinh   ha noi '
    """
    return p.memo("titles.spaced", _Spaced)


_JOINERS = frozenset({" ", "-"})


def words(p: PreparedText) -> Words:
    """The :class:`Words` of ``p``, computed once per prepared text.

    Example:
        >>> from dipparse.text import prepare
        >>> p = prepare("Thủ tướng Phạm Minh Chính")
        >>> words(p) is words(p), words(p).keys
        (True, ['thu', 'tuong', 'pham', 'minh', 'chinh'])
    """
    return p.memo("titles.words", Words)


def tokenize(p: PreparedText) -> list[Token]:
    """Split the prepared text into words (``People's`` and ``T.Ư`` are one word).

    :func:`words` gives the same words as parallel lists, which is cheaper.

    Example:
        >>> from dipparse.text import prepare
        >>> [t.text for t in tokenize(prepare("China's Chủ tịch, PM"))]
        ["China's", 'Chủ', 'tịch', 'PM']
    """
    w = words(p)
    return list(map(Token._make, zip(w.starts, w.ends, w.texts, w.keys, w.caps, strict=True)))


@attrs.frozen
class _Vocab:
    uncased: _LazyPatterns
    """The lower-case role pattern for each first word a role can have."""
    uncased_ascii: _LazyPatterns
    """The same patterns for an ASCII text, in the standard library's faster engine."""
    uncased_words: dict[str, _RoleWords]
    """The same roles as words, for the first words whose roles all start with that word."""
    cased: _LazyPatterns
    """The cased role pattern for each first word a role can have."""
    uncased_first: frozenset[str]
    cased_first: frozenset[str]
    start_keys: frozenset[str] | None
    """The keys of the words a role can start with, or ``None`` if a cased first word is not ASCII."""
    cased_keys: frozenset[str]
    """The cased first words in lower case."""
    by_surface: dict[str, tuple[str, str | None, bool]]
    member_of: tuple[tuple[tuple[str, ...], str], ...]
    role_by_body: dict[str, tuple[tuple[str, ...], str]]
    needs_body: frozenset[str]
    abbreviations: dict[str, str]
    nationalities: dict[str, str]
    org_countries: dict[str, str]
    org_countries_shared: frozenset[str]
    org_country_pat: regex.Pattern[str]
    org_words: frozenset[str]
    role_words: frozenset[str]
    vi_org_forms: frozenset[str]
    """Vietnamese body words as written, lower case (``nội``, ``hải``)."""
    vi_org_keys: frozenset[str]
    """Their folded keys (``noi``, ``hai``)."""
    vi_body_stops: frozenset[str]
    vi_body_stops_open: frozenset[str]
    numbered_bodies_vi: frozenset[str]
    """Vietnamese body words a unit's number follows (``khu`` of ``Quân khu 2``)."""
    """Lower-case Vietnamese phrases of two words that end a body (``hội đàm``)."""
    org_words_vi: frozenset[str]
    """Words that go on with a body only in Vietnamese order (``vu`` of ``Thường vụ``)."""
    vi_lower_forms: frozenset[str]
    """Second syllables of a body's words, read only in lower case (``dục`` of ``Giáo dục``)."""
    vi_lower_keys: frozenset[str]
    """Their folded keys, for a text without diacritics."""
    vi_compounds: frozenset[str]
    """Folded Vietnamese body words of two syllables (``thong tin``), read as one body word."""
    vi_compound_firsts: frozenset[str]
    """Their first syllables."""
    vi_roles_by_country: dict[str, dict[str, str]]
    vi_bare_roles_by_country: dict[str, dict[str, str]]
    """The same for a Vietnamese office written without its body (``Chủ tịch`` of China's is its president)."""
    """The role a Vietnamese office gives a person of a country (``premier`` for China)."""
    plurals: frozenset[str]
    """The keys of the English offices in the plural (``deputy prime ministers``)."""


# Offices whose plural is no office of each person named after it.
_NO_PLURAL = frozenset({"head", "chair", "member", "members", "director"})


def _plural(key: str) -> str | None:
    """The plural of an English office's key: its head noun in the plural, or ``None``.

    Example:
        >>> _plural("deputy prime minister"), _plural("member of the politburo"), _plural("chairman")
        ('deputy prime ministers', 'members of the politburo', 'chairmen')
    """
    words = key.split(" ")
    at = words.index("of") - 1 if "of" in words else len(words) - 1
    if at < 0 or key in _NO_PLURAL:
        return None
    w = words[at]
    if w.endswith("man"):
        w = w[:-3] + "men"
    elif w.endswith("y") and w[-2:-1] not in ("a", "e", "o", "u"):
        w = w[:-1] + "ies"
    elif w.endswith(("s", "x", "ch", "sh")):
        return None
    else:
        w += "s"
    return " ".join([*words[:at], w, *words[at + 1 :]])


def _surface_pattern(surface: str) -> str:
    words = [regex.escape(w) for w in regex.split(r"[\s-]+", surface.strip())]
    return r"[\s-]{1,3}".join(words)


def _ascii_surface_pattern(surface: str) -> str:
    """:func:`_surface_pattern` for the standard library, on ASCII text only.

    There ``regex``'s white space is tab, line feed, vertical tab, form feed,
    carriage return and blank (``re``'s also takes the four ASCII separators
    0x1c-0x1f), and a letter or digit is ``[A-Za-z0-9]``.
    """
    words = [re.escape(w) for w in regex.split(r"[\s-]+", surface.strip())]
    return r"[\t\n\x0b\x0c\r -]{1,3}".join(words)


class _LazyPatterns(dict[str, "regex.Pattern[str]"]):
    """The role pattern for each first word, compiled on first use.

    A text meets only a few of the first words, so compiling all of them at
    the first parse would cost far more than matching does. A compiled
    pattern is an ordinary dictionary entry, so a look-up costs no call.
    """

    def __init__(self, groups: dict[str, tuple[str, ...]], *, ascii_only: bool = False) -> None:
        super().__init__()
        self._groups = groups
        self._ascii_only = ascii_only

    def __missing__(self, first: str) -> regex.Pattern[str]:
        group = self._groups[first]
        pat = self[first] = (
            _compile_ascii_surfaces(group) if self._ascii_only else _compile_surfaces(group)
        )
        return pat

    def for_ascii(self) -> _LazyPatterns:
        """The same patterns for matching in ASCII text only, compiled by the standard library."""
        return _LazyPatterns(self._groups, ascii_only=True)

    def firsts(self) -> frozenset[str]:
        """The first words that have a pattern."""
        return frozenset(self._groups)


@functools.cache
def _compile_surfaces(group: tuple[str, ...]) -> regex.Pattern[str]:
    """One pattern for ``group`` (in its order), its ends at word edges."""
    return regex.compile(
        r"(?<![\p{L}\p{N}])(?:"
        + "|".join(_surface_pattern(s) for s in group)
        + r")(?![\p{L}\p{N}])"
    )


@functools.cache
def _compile_ascii_surfaces(group: tuple[str, ...]) -> Any:
    """:func:`_compile_surfaces` for ASCII text, in the standard library's engine."""
    return re.compile(
        r"(?<![A-Za-z0-9])(?:"
        + "|".join(_ascii_surface_pattern(s) for s in group)
        + r")(?![A-Za-z0-9])"
    )


def _patterns_by_first(surfaces: Sequence[str]) -> _LazyPatterns:
    """One pattern per first word of ``surfaces`` (in their order), for matching at a word.

    A surface can match where a word starts only if its first word is that
    whole word (the word ends where the first word does, or the edge check
    fails), so trying the surfaces of that first word alone finds what the
    whole alternation would: the same alternative, first in the same order.
    That holds only for first words without inner punctuation; if any has
    some, every first word gets the whole alternation.
    """
    groups: dict[str, list[str]] = {}
    for surface in surfaces:
        groups.setdefault(regex.split(r"[\s.-]+", surface)[0], []).append(surface)
    if all(_PLAIN_WORD.fullmatch(first) for first in groups):
        return _LazyPatterns({first: tuple(group) for first, group in groups.items()})
    return _LazyPatterns(dict.fromkeys(groups, tuple(surfaces)))


class _RoleWords(NamedTuple):
    """A first word's roles as words, read in ASCII text without the pattern.

    On ASCII text the pattern of :func:`_compile_ascii_surfaces` matches the
    first of its surfaces whose words stand in the text in order, parted by
    one to three blanks or hyphens, the last word not followed by a letter or
    digit (a word never starts with a blank or a hyphen, so the gap never
    gives a character back). Where every surface starts with the first word
    itself, that is read with string comparisons: no pattern is compiled, and
    a word that starts no role (``party`` of ``the Party``) costs a
    ``startswith`` or two.
    """

    longer: tuple[tuple[str, ...], ...]
    """The surfaces of two words or more that come before the first word alone, as words."""
    seconds: tuple[str, ...]
    """Their second words."""
    alone: bool
    """Whether the first word alone is a surface."""


_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_ASCII_GAP = frozenset("\t\n\x0b\x0c\r -")


def _role_words(patterns: _LazyPatterns) -> dict[str, _RoleWords]:
    """The :class:`_RoleWords` of each first word of ``patterns`` whose surfaces all start with it."""
    out: dict[str, _RoleWords] = {}
    for first, group in patterns._groups.items():
        alts = [tuple(regex.split(r"[\s-]+", s.strip())) for s in group]
        if not all(a[0] == first and all(a) for a in alts):
            continue
        longer: list[tuple[str, ...]] = []
        alone = False
        for a in alts:
            if len(a) == 1:
                # Nothing after the first word alone is ever tried.
                alone = True
                break
            longer.append(a)
        out[first] = _RoleWords(tuple(longer), tuple(dict.fromkeys(a[1] for a in longer)), alone)
    return out


def _read_longer(lower: str, e: int, longer: tuple[tuple[str, ...], ...]) -> int:
    """The end of the first of ``longer`` that stands in ``lower`` with its first word ending at ``e``, or ``-1``."""
    n = len(lower)
    # The first gap is the same for every surface.
    first = e
    while first < n and lower[first] in _ASCII_GAP and first - e < 4:
        first += 1
    if not 0 < first - e < 4:
        return -1
    for words in longer:
        if not lower.startswith(words[1], first):
            continue
        pos = first + len(words[1])
        for w in words[2:]:
            g = pos
            while g < n and lower[g] in _ASCII_GAP and g - pos < 4:
                g += 1
            if not (0 < g - pos < 4 and lower.startswith(w, g)):
                break
            pos = g + len(w)
        else:
            if pos == n or lower[pos] not in _ASCII_ALNUM:
                return pos
    return -1


@functools.cache
def _vocab() -> _Vocab:
    data = load_json("offices.json")
    by_surface: dict[str, tuple[str, str | None, bool]] = {}
    uncased: list[str] = []
    cased: list[str] = []
    role_words: set[str] = set()
    plurals: set[str] = set()
    for entry in data["roles"]:
        for vi, surface in [(False, s) for s in entry["surfaces"]] + [
            (True, s) for s in entry.get("vi", [])
        ]:
            if entry.get("cased"):
                # Keyed as read: words parted by one blank (the pattern takes
                # blanks and hyphens between them).
                by_surface[" ".join(surface.replace("-", " ").split())] = (
                    entry["role"],
                    entry.get("organization"),
                    False,
                )
                cased.append(surface)
            else:
                key = " ".join(fold(surface).lower().replace("-", " ").split())
                by_surface[key] = (entry["role"], entry.get("organization"), vi)
                uncased.append(surface.lower())
                if not vi and not entry.get("portfolio_first"):
                    # A portfolio's word (``Trade`` of ``Trade Minister``) goes on
                    # with a body (``Industry and Trade``); other first words end one.
                    role_words.add(key.split()[0])
                    many = _plural(key)
                    if many is not None and many not in by_surface:
                        by_surface[many] = (entry["role"], entry.get("organization"), vi)
                        uncased.append(many)
                        plurals.add(many)
    uncased.sort(key=len, reverse=True)
    cased.sort(key=len, reverse=True)
    uncased_by_first = _patterns_by_first([fold(s) for s in uncased])
    cased_by_first = _patterns_by_first(cased)
    return _Vocab(
        uncased=uncased_by_first,
        uncased_ascii=uncased_by_first.for_ascii(),
        uncased_words=_role_words(uncased_by_first),
        cased=cased_by_first,
        uncased_first=uncased_by_first.firsts(),
        cased_first=cased_by_first.firsts(),
        # An ASCII word's key is its lower case; another's depends on the folding.
        start_keys=uncased_by_first.firsts() | frozenset(f.lower() for f in cased_by_first.firsts())
        if all(f.isascii() for f in cased_by_first.firsts())
        else None,
        cased_keys=frozenset(f.lower() for f in cased_by_first.firsts()),
        by_surface=by_surface,
        member_of=tuple((tuple(r["contains"]), r["role"]) for r in data["member_of"]),
        needs_body=frozenset(data["needs_body"]),
        role_by_body={
            r["role"]: (tuple(r["contains"]), r["becomes"]) for r in data["role_by_body"]
        },
        abbreviations=data["abbreviations"],
        nationalities=data["nationalities"],
        org_countries=data["org_countries"],
        org_countries_shared=frozenset(data["org_countries_shared"]),
        org_country_pat=regex.compile(
            r"(?<!\S)(?:"
            + "|".join(
                regex.escape(k) for k in sorted(data["org_countries"], key=len, reverse=True)
            )
            + r")(?!\S)"
        ),
        org_words=frozenset(data["org_words"]),
        role_words=frozenset(role_words),
        vi_org_forms=frozenset(data["org_word_forms_vi"]),
        vi_org_keys=frozenset(fold(w).lower() for w in data["org_word_forms_vi"]),
        vi_body_stops=frozenset(data["body_stops_vi"]),
        vi_body_stops_open=frozenset(data["body_stops_vi_open"]),
        numbered_bodies_vi=frozenset(data["numbered_bodies_vi"]),
        org_words_vi=frozenset(data["org_words_vi"]),
        vi_lower_forms=frozenset(data["org_words_vi_lower"]),
        vi_lower_keys=frozenset(fold(w).lower() for w in data["org_words_vi_lower"]),
        vi_compounds=frozenset(fold(w).lower() for w in data["compound_words_vi"]),
        vi_compound_firsts=frozenset(fold(w).lower().split()[0] for w in data["compound_words_vi"]),
        vi_roles_by_country=data["vi_roles_by_country"],
        vi_bare_roles_by_country=data["vi_bare_roles_by_country"],
        plurals=frozenset(plurals),
    )


def _country_in(org_key: str, nationalities: Mapping[str, str] | None = None) -> str | None:
    """The country of the first organization or place word of a folded body, or ``None``.

    A body that several countries have (``Quốc hội``, ``National Assembly``:
    ``org_countries_shared``) gives its default country only when the body
    names no other (``Quốc hội Hàn Quốc`` is South Korea's). With
    ``nationalities`` (an English body's), a nationality word names a country
    too (``the Thai National Assembly``).
    """
    words = org_key.split(" ")
    shared = _vocab().org_countries_shared
    first: str | None = None
    # Where the body's words are parted by single blanks and hold no other
    # white space (as ``_normalize_org`` leaves them), the pattern's matches
    # are runs of whole words: read them off the words, leftmost first and, at
    # one word, in the pattern's order.
    if words == org_key.split():
        by_first = _country_keys()
        k = 0
        while k < len(words):
            word = words[k]
            step = 1
            for key_words, country in by_first.get(word, ()):
                if words[k : k + len(key_words)] == key_words:
                    if " ".join(key_words) not in shared:
                        return country
                    first = first or country
                    step = len(key_words)
                    break
            else:
                if nationalities is not None and (
                    word in nationalities or word in _nationality_pair_starts()
                ):
                    nationality = _nationality_at(words, k, nationalities)
                    if nationality is not None:
                        return nationality
            k += step
        return first
    v = _vocab()
    for m in v.org_country_pat.finditer(org_key):
        if m.group() not in shared:
            return v.org_countries[m.group()]
        first = first or v.org_countries[m.group()]
    if nationalities is not None:
        words = org_key.split()
        for k in range(len(words)):
            nationality = _nationality_at(words, k, nationalities)
            if nationality is not None:
                return nationality
    return first


@functools.cache
def _nationality_pair_starts() -> frozenset[str]:
    """The first words of the nationalities of two words (``new`` of ``new zealand``)."""
    return frozenset(k.split(" ")[0] for k in _vocab().nationalities if k.count(" ") == 1)


@functools.cache
def _nationality_pair_ends() -> frozenset[str]:
    """The last words of the nationalities of two words (``zealand`` of ``new zealand``)."""
    return frozenset(k.split(" ")[1] for k in _vocab().nationalities if k.count(" ") == 1)


def _nationality_at(words: Sequence[str], k: int, nationalities: Mapping[str, str]) -> str | None:
    """The country of the nationality word (or two) at ``words[k]``, or ``None``.

    ``us`` is no nationality here: a body's lower-cased words may hold the pronoun.
    """
    word = words[k]
    if k + 1 < len(words):
        pair = f"{word} {words[k + 1]}"
        if pair in nationalities:
            return nationalities[pair]
    if word != "us":
        return nationalities.get(word)
    return None


@functools.cache
def _country_keys() -> dict[str, list[tuple[list[str], str]]]:
    """The keys of ``org_countries`` as word lists, by first word, in ``org_country_pat``'s order."""
    v = _vocab()
    by_first: dict[str, list[tuple[list[str], str]]] = {}
    for key in sorted(v.org_countries, key=len, reverse=True):
        words = key.split(" ")
        # Checked at load: a key is words parted by single blanks.
        if words != key.split():  # pragma: no cover - shipped data holds none
            raise ValueError(f"org_countries key {key!r} is not single-spaced")
        by_first.setdefault(words[0], []).append((words, v.org_countries[key]))
    return by_first


def _possessive_country(raw: str) -> str | None:
    """The country of the first nationality or country word in the possessive in an English body."""
    nationalities = _vocab().nationalities
    for w in raw.split():
        if w.endswith(("'s", "’s")):
            country = nationalities.get(fold(w[:-2]).lower())
            if country is not None:
                return country
    return None


def _normalize_org(raw: str, english: bool) -> str:
    v = _vocab()
    # Each substitution runs only where its literal part occurs.
    text = _PAREN_ABBR.sub("", raw) if "(" in raw else raw
    abbreviations = v.abbreviations
    words = text.split()
    if english and ("'s" in text or "’s" in text):
        parts = []
        for w in words:
            if w in abbreviations:
                parts.append(abbreviations[w])
            elif w.endswith(("'s", "’s")) and fold(w[:-2]).lower() in v.nationalities:
                # "(Committee of) China's Guangxi ..." is "the Guangxi ...", but
                # in "the Communist Party of China's Central Committee" the
                # country names the party: "... Party of China Central Committee".
                party = len(parts) > 1 and parts[-1] == "of" and parts[-2].lower() == "party"
                parts.append(w[:-2] if party else "the")
            else:
                parts.append(w)
        out = " ".join(parts)
    else:
        # No word ends in a possessive: only abbreviations change.
        out = " ".join(map(abbreviations.get, words, words))
    if english:
        if "t Nam" in out:
            out = _VIET_NAM.sub("Vietnam", out)
        if out.startswith(("the", "The")):
            out = _LEADING_THE.sub("", out)
        if "the the" in out:
            out = _THE_THE.sub("the", out)
    return out


def _extend_org(
    sp: _Spaced,
    i: int,
    stop_at: frozenset[int],
    *,
    direct: bool,
    short_names: frozenset[str] = frozenset(),
    abroad: bool = False,
) -> tuple[int, int] | None:
    """Return the offsets ``(start, end)`` of the body whose first word starts at ``i``, or ``None``.

    A body never runs into a known name (``stop_at``), nor, in Vietnamese, into
    a known person's short name that no body word follows (``Thủ tướng Chính
    cảm ơn`` but ``Thủ tướng Chính phủ``). ``abroad``: the office is held in
    another country (an ambassador), whose Vietnamese body names it after
    ``tại`` (``Đại sứ Lào tại Việt Nam``).
    """
    v = _vocab()
    org_words, role_words, nationalities = v.org_words, v.role_words, v.nationalities
    date_words = _date_words()
    ranks = _ranks()
    abbreviations = v.abbreviations
    vi_org_keys, vi_org_forms, org_words_vi = v.vi_org_keys, v.vi_org_forms, v.org_words_vi
    s, text = sp.s, sp.text
    find = sp.padded.find
    n = len(s)
    # What each vocabulary word is, in one look-up (see _body_word_kinds).
    kinds = _body_word_kinds().get
    count = 0
    last_count = 0  # how many words were read up to the last body word
    last_end = -1
    j = i
    prev_connector = False
    prev_lower_body = False
    prev_key = ""
    prev_cap = False
    # Capitalized words read in a row from the start or a connector: in
    # English they are kept only if a body word follows (``the Ho Chi Minh
    # City Party Committee``, but not ``the Central Committee Le Van Hung``).
    lead = 0
    # In Vietnamese, the words still to read of a listed place the body names
    # (``Thái Lan``: ``Lan`` is no body word by itself).
    place_left = 0
    places = _places_by_first()
    while True:
        if j in stop_at:
            break
        # The word's end: ``padded`` ends in a blank, and is one character ahead of ``s``.
        e = find(" ", j + 1) - 1
        key = s[j:e]
        if key.endswith(("'s", "’s")) and len(key) > 2 and key not in org_words:
            # "the Party Central Committee's Commission for External Relations"
            key = key[:-2]
        if direct and key in short_names:
            nx = sp.next_start(e)
            if nx == -1 or s[nx : sp.word_end(nx)] not in org_words or text[nx].isupper():
                break
        count += 1
        if kinds(key) == _PLAIN_BODY_WORD and not place_left and (not direct or text[j].isupper()):
            # A body word and nothing else (most are): what the branches below
            # make of it, read at once. It is no connector, date, rank, place,
            # nationality, role word or Vietnamese-only or -spelled word.
            connector = False
            lead = 0
            last_count, last_end = count, e
        else:
            # An English connector; in a Vietnamese body only as written (``Tô``
            # folds to ``to`` and is a family name).
            connector = (
                (key in _CONNECTORS and text[j:e].lower() == key)
                or (
                    abroad
                    and direct
                    and j > i
                    and key == "tai"
                    and text[j:e].lower() in ("tại", "tai")
                )
                or (direct and j > i and key == "va" and _vi_and_joins(sp, j, e))
                or (
                    # "Ủy ban Đối ngoại của Quốc hội": "của" (of) before a
                    # capitalized word goes on with a Vietnamese body.
                    direct
                    and j > i
                    and key == "cua"
                    and text[j:e] in ("của", "cua")
                    and e + 1 < n
                    and text[e] == " "
                    and text[e + 1].isupper()
                )
            )
            if connector and lead and last_count < count - 1:
                # Capitalized words read on trial, then a connector: they were a
                # name (``Ambassador of Thailand Urawadee Sriphiromya in Hanoi``).
                break
            if connector:
                if key == "and":
                    # The next word: a single blank usually leads to it.
                    nx = e + 1 if e + 1 < n and s[e + 1] != " " else sp.next_start(e)
                    if nx == -1:
                        break
                    ne = s.find(" ", nx)
                    nkey = s[nx:ne] if ne != -1 else s[nx:]
                    if nkey in role_words or nkey in nationalities:
                        break
                lead = 0
            else:
                cap = text[j].isupper()
                if cap and (
                    key in date_words
                    # "of China on Saturday": a date follows the body; "Bộ trưởng
                    # Quốc phòng Đại tướng X": a rank, then the name (in English,
                    # "General" is also a body's word: the General Staff).
                    or (direct and key in ranks and _past_rank(sp, j) != j)
                ):
                    break
                trial = False
                if direct and cap and not place_left and key in places:
                    place_left = _place_size(_keys_ahead(sp, j, 8))
                if direct and cap and not place_left and prev_key == "phong":
                    # "Văn phòng Chủ tịch nước", "Văn phòng Thủ tướng": the
                    # office whose staff the body is, part of its name.
                    place_left = _vi_role_size(sp, j)
                placed = bool(place_left)
                if placed:
                    place_left -= 1
                    body_word = True
                else:
                    body_word = (key in org_words or (direct and key in org_words_vi)) and not (
                        # Spelled otherwise than the body word it folds to: "Tô" is no "tổ".
                        key in vi_org_keys
                        and not text[j:e].isascii()
                        and text[j:e].lower() not in vi_org_forms
                    )
                    if direct and not cap and not body_word and key in v.vi_lower_keys:
                        # "Bộ Giáo dục và Thể thao": a name's names are capitalized,
                        # so a lower-case syllable of a body's word is no name's.
                        body_word = text[j:e].isascii() or text[j:e] in v.vi_lower_forms
                    if direct and not body_word:
                        # "Bộ Năng lượng và Mỏ", "Bộ Thông tin, Văn hóa và Du lịch":
                        # a body's word of two syllables, the second in lower case.
                        if cap:
                            body_word = key in v.vi_compound_firsts and _vi_compound_at(sp, j)
                        elif prev_cap and f"{prev_key} {key}" in v.vi_compounds:
                            body_word = True
                if (
                    direct
                    and not body_word
                    and 0 < len(key) <= 2
                    and key.isdigit()
                    and j > i
                    and _word_before(sp, j) in v.numbered_bodies_vi
                ):
                    # "Quân khu 2", "Vùng 1": a unit's number is part of its name.
                    body_word = True
                if (
                    direct
                    and not cap
                    # A listed place's lower-case words are its own (Khu tự trị ... Quảng Tây).
                    and not placed
                    and (not body_word or _not_vietnamese_body(sp, j, e, v))
                ):
                    break
                # A body word, or a capitalized word at the start or after a connector.
                if body_word or text[j:e] in abbreviations or key in nationalities:
                    # A capitalized Vietnamese syllable (``Thanh`` of ``Thanh Hoa``)
                    # or nationality (``Thai`` of ``Thai Nguyen``) can lead a
                    # place's name; an English body word ends a lead.
                    lead = (
                        lead + 1
                        if cap
                        and (key in vi_org_keys or key in nationalities)
                        and (lead or j == i or prev_connector)
                        else 0
                    )
                elif cap and (j == i or prev_connector or (prev_lower_body and not direct)):
                    if direct and j == i and (_foreign_name_next(sp, e) or _vi_role_at(sp, j, e)):
                        # "Tổng thống Donald Trump", "Đại sứ Marc Knapper": a
                        # name in no Vietnamese spelling follows the office; a
                        # company's (``Chủ tịch Vingroup Phạm Nhật Vượng``)
                        # is followed by a Vietnamese one.
                        break
                    # After "of", or a lower-case body word ("of northern Tay Ninh
                    # province"): read on trial as the lead of a name.
                    lead = 1
                elif cap and not direct and 0 < lead < 4:
                    # Read on trial: kept if a body word comes before the run ends.
                    lead += 1
                    trial = True
                elif not direct and key[:1].isdigit() and _ORDINAL.fullmatch(key):
                    # "the 14th National People's Congress": kept if a body word follows.
                    trial = True
                else:
                    break
                if not trial:
                    if not cap and j > i and key in role_words:
                        break
                    last_count, last_end = count, e
        if count >= 16:
            break
        # The next word, if a body gap (a blank, a hyphen, a bracket) leads to it.
        nxt = e + 1
        if nxt < n and s[nxt] != " ":
            # A gap of one character (the usual blank).
            gap = text[e]
            # A hard-wrapped English body goes on over a single line feed.
            if gap not in _ONE_CHAR_BODY_GAPS and (direct or gap != "\n"):
                break
        else:
            if nxt >= n:
                break
            nxt += 1
            if nxt >= n or s[nxt] == " ":
                # "the Vietnam - China Friendship Association": a dash between
                # blanks joins two capitalized words of an English body; of a
                # Vietnamese one only before a body word or a place (Ban Tuyên
                # giáo - Dân vận, Hội Hữu nghị Việt Nam - Campuchia).
                if (
                    text[e : e + 3] not in _SPACED_DASHES
                    or e + 3 >= n
                    or s[e + 3] == " "
                    or not text[e + 3].isupper()
                    or (direct and not _vi_body_after_dash(sp, e + 3, v))
                ):
                    break
                nxt = e + 3
            if (
                nxt != e + 3
                and text[e:nxt] not in _BODY_GAPS
                # "Bộ Thông tin, Văn hóa và Du lịch": a comma lists a
                # Vietnamese body's fields.
                and not (direct and text[e:nxt] == ", " and _vi_compound_at(sp, nxt))
            ):
                break
        prev_connector = connector
        prev_lower_body = not connector and text[j].islower() and key in org_words
        prev_key = key
        prev_cap = text[j].isupper()
        j = nxt
    if last_count == 0:
        return None
    last_end = _trailing_name_cut(sp, i, last_end)
    if last_end < 0:
        return None
    opened = text.rfind("(", i, last_end)
    if opened != -1 and text.find(")", opened, last_end) == -1:
        # "the Guangxi Zhuang Autonomous Region (China": the bracket is not the body's.
        last_end = opened
        while last_end > i and text[last_end - 1].isspace():
            last_end -= 1
        if last_end <= i:
            return None
    return i, last_end


# A body word that is nothing else :func:`_extend_org` tells apart (see there).
_PLAIN_BODY_WORD = 1
_OTHER_BODY_KIND = 2


@functools.cache
def _body_word_kinds() -> dict[str, int]:
    """What :func:`_extend_org` may read a word's key as: ``_PLAIN_BODY_WORD``, or else any bit of 2.

    A key in ``org_words`` and in none of the other vocabularies the body's
    reading looks at (connectors, dates, ranks, places, role words,
    nationalities, Vietnamese body words and their spellings, ``tai``) is a
    plain body word; any other key in them has the bit 2 set; a key in none
    is absent.
    """
    v = _vocab()
    kinds = dict.fromkeys(v.org_words, _PLAIN_BODY_WORD)
    for vocab in (
        _CONNECTORS,
        _date_words(),
        _ranks(),
        _places_by_first(),
        v.org_words_vi,
        v.vi_org_keys,
        v.nationalities,
        v.role_words,
        ("tai",),
    ):
        for key in vocab:
            kinds[key] = kinds.get(key, 0) | _OTHER_BODY_KIND
    return kinds


def _keys_ahead(sp: _Spaced, j: int, limit: int) -> list[str]:
    """The keys of up to ``limit`` words from the one at ``j``, joined by single blanks or hyphens."""
    s, text = sp.s, sp.text
    n = len(s)
    out: list[str] = []
    while len(out) < limit:
        e = sp.word_end(j)
        out.append(s[j:e])
        if not (e + 1 < n and text[e] in " -" and s[e + 1] != " "):
            break
        j = e + 1
    return out


def _reach_known_name(
    sp: _Spaced,
    body: tuple[int, int] | None,
    role_end: int,
    name_starts: frozenset[int],
    limit: int,
) -> tuple[int, int] | None:
    """Stretch a Vietnamese body up to a known name that follows it in the same phrase.

    ``Phó Thủ tướng Quốc vụ viện Trung Quốc Đinh Tiết Tường``: the body runs
    on, lower-case words included, until the name; a comma, a full stop,
    another office (which starts at ``limit``) or a word that is no body word
    (:func:`_not_vietnamese_body`) ends it.
    """
    v = _vocab()
    s, text = sp.s, sp.text
    n = len(s)
    e = body[1] if body is not None else role_end
    # The word after the body (or the role), a single blank before it.
    if not (e + 1 < n and text[e] == " " and s[e + 1] != " "):
        return body
    k = e + 1
    if k in name_starts:
        return body
    first = body[0] if body is not None else k
    j = k
    steps = 0
    ranks = _ranks()
    while True:
        e = sp.word_end(j)
        if not text[j].isupper() and _not_vietnamese_body(sp, j, e, v):
            break
        if s[j:e] in ranks and _past_rank(sp, j) != j:
            # "Bộ trưởng Quốc phòng Đại tướng X": the rank is no body.
            break
        nx = sp.next_start(e)
        steps += 1
        if nx == -1 or steps >= 8 or nx >= limit:
            break
        if nx in name_starts:
            return first, e
        if text[e:nx] != " ":
            break
        j = nx
    return body


def _vi_plural_before(text: str, end: int) -> bool:
    """Whether the word that ends at ``end`` makes the Vietnamese office after it plural (``các``, ``hai``)."""
    a = text.rfind(" ", 0, end) + 1
    return text[a:end] in _VI_PLURAL_WORDS


_VI_PLURAL_WORDS = frozenset({"các", "Các", "cac", "Cac", "hai", "Hai"})


def _in_place_name(sp: _Spaced, start: int) -> bool:
    """True when the Vietnamese office at ``start`` names a building or an office.

    ``Phủ Chủ tịch`` is the Presidential Palace and ``Văn phòng Chủ tịch nước``
    the Office of the President (but ``Chính phủ`` before an office is the
    Government's).
    """
    s, text = sp.s, sp.text
    if start < 2 or text[start - 1] != " " or s[start - 2] == " ":
        return False
    a = s.rfind(" ", 0, start - 1) + 1
    key = s[a : start - 1]
    if key not in ("phu", "phong"):
        return False
    before = s[s.rfind(" ", 0, a - 1) + 1 : a - 1] if a >= 2 and text[a - 1] == " " else ""
    return (key == "phu" and before != "chinh") or (key == "phong" and before == "van")


def _vi_and_joins(sp: _Spaced, j: int, e: int) -> bool:
    """True when ``và`` at ``text[j:e]`` joins two words of one Vietnamese body.

    It does before a capitalized Vietnamese word that starts no office and no
    Vietnamese name and goes on with a body's lower-case syllable: ``Bộ Giáo
    dục và Thể thao``, ``Kế hoạch và Đầu tư``; not ``và Thủ tướng``, ``và
    Phu nhân``, ``và Nguyễn Văn Tám``.
    """
    text, s = sp.text, sp.s
    if text[j:e] not in ("và", "va") or e + 1 >= len(text) or text[e] != " ":
        return False
    a = e + 1
    b = sp.word_end(a)
    if b + 1 >= len(text) or text[b] != " " or not text[a].isupper() or not text[a:b].isalpha():
        return False
    first = s[a:b]
    c = b + 1
    d = sp.word_end(c)
    word = text[c:d]
    if not (word.isalpha() and word.islower()):
        return False
    v = _vocab()
    if f"{first} {s[c:d]}" in v.vi_compounds:
        # "Bộ Công chính và Vận tải" (``Vận`` folds to a name's ``Văn``).
        return True
    if (
        VN_SYLLABLE.fullmatch(first) is None
        or first in surnames()[0]
        or first in _ranks()
        or _vi_role_size(sp, a)
    ):
        return False
    if f"{text[a:b].lower()} {word}" in v.vi_body_stops:
        return False
    if word.isascii():
        return s[c:d] in v.vi_lower_keys or s[c:d] in v.vi_org_keys
    return word in v.vi_lower_forms or word in v.vi_org_forms


def _vi_compound_at(sp: _Spaced, a: int) -> bool:
    """True when a Vietnamese body's word of two syllables starts at ``a``: ``Du lịch``.

    The first syllable capitalized, the second in lower case, as a body's name
    writes them and a person's never does.
    """
    text, s = sp.text, sp.s
    b = sp.word_end(a)
    if b + 1 >= len(text) or text[b] != " " or not text[a].isupper() or s[b + 1] == " ":
        return False
    c = b + 1
    return text[c].islower() and f"{s[a:b]} {s[c : sp.word_end(c)]}" in _vocab().vi_compounds


def _vi_role_size(sp: _Spaced, j: int) -> int:
    """How many words, two or three, the Vietnamese office that starts at ``j`` has; 0 for none."""
    by_surface = _vocab().by_surface
    keys = _keys_ahead(sp, j, 3)
    for size in (3, 2):
        hit = by_surface.get(" ".join(keys[:size])) if len(keys) >= size else None
        if hit is not None and hit[2]:
            return size
    return 0


def _vi_role_at(sp: _Spaced, j: int, e: int) -> bool:
    """True when a Vietnamese office of two words starts with the word ``text[j:e]``.

    ``Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ`` is written without the
    comma too: the second office is no body of the first.
    """
    text = sp.text
    if e + 1 >= len(text) or text[e] != " ":
        return False
    nxt = sp.word_end(e + 1)
    hit = _vocab().by_surface.get(f"{sp.s[j:e]} {sp.s[e + 1 : nxt]}")
    return hit is not None and hit[2]


def _foreign_name_next(sp: _Spaced, e: int) -> bool:
    """True when the word after a single blank at ``e`` is a capitalized word no Vietnamese syllable spells.

    It makes the capitalized word before it, right after a Vietnamese office,
    a foreign name's first word rather than a body: ``Thủ tướng Anthony
    Albanese``, ``Bộ trưởng Ngoại giao Thongsavanh Phimvihane``.
    """
    text = sp.text
    if e + 1 >= len(text) or text[e] != " " or not text[e + 1].isupper():
        return False
    nxt = sp.word_end(e + 1)
    word = text[e + 1 : nxt]
    key = sp.s[e + 1 : nxt]
    return (
        word.isalpha()
        and not word.isupper()
        and VN_SYLLABLE.fullmatch(key) is None
        and key not in _vocab().org_words
    )


def _word_before(sp: _Spaced, j: int) -> str:
    """The key of the word before the one at ``j``, one blank between them (else ``""``)."""
    s = sp.s
    if j < 2 or sp.text[j - 1] != " " or s[j - 2] == " ":
        return ""
    return s[s.rfind(" ", 0, j - 1) + 1 : j - 1]


@functools.cache
def _vi_role_starts() -> tuple[str, ...]:
    """The Vietnamese offices' keys, each with the blank after it (for one ``startswith``).

    The data writes them folded already (``offices.json``'s ``vi`` surfaces).
    """
    return tuple(
        sorted(
            {
                " ".join(vi.lower().replace("-", " ").split()) + " "
                for entry in load_json("offices.json")["roles"]
                for vi in entry.get("vi", [])
            }
        )
    )


@functools.cache
def _place_firsts_written() -> frozenset[str]:
    """The first words of ``data/place_names.json``'s places as written, in lower case."""
    return frozenset(name.split()[0].lower() for name in load_json("place_names.json")["places"])


def _vi_body_after_dash(sp: _Spaced, j: int, v: _Vocab) -> bool:
    """Whether the capitalized word at ``j``, after a dash between blanks, goes on with a Vietnamese body.

    A body word as Vietnamese spells it (``Dân`` of ``Tuyên giáo - Dân vận``)
    or a listed place (``Việt Nam - Campuchia``) does; an office (``- Phó Thủ
    tướng``) and a caption's ``- Ảnh`` do not.
    """
    s, text = sp.s, sp.text
    if s.startswith(_vi_role_starts(), j):
        return False
    e = sp.word_end(j)
    key = s[j:e]
    word = text[j:e].lower()
    if (key in v.org_words or key in v.org_words_vi) and not (
        key in v.vi_org_keys and not word.isascii() and word not in v.vi_org_forms
    ):
        return True
    return word in _place_firsts_written() or (word.isascii() and key in _places_by_first())


def _not_vietnamese_body(sp: _Spaced, j: int, e: int, v: _Vocab) -> bool:
    """True when the lower-case word ``text[j:e]``, whose key is a body word, is not one here.

    In a text written with diacritics the spelling tells a body word from a
    word that folds to the same key (``nội`` against ``nói``, ``hải`` against
    ``hai``); a verb phrase (``hội đàm``) ends the body where it starts.
    """
    key = sp.s[j:e]
    text = sp.text
    word = text[j:e].lower()
    if key in v.vi_org_keys and word not in v.vi_org_forms and DIACRITIC_LETTER.search(text):
        return True
    if word in v.vi_body_stops:
        # "gồm", "ông": one word that is never a body's ("Phó Thủ tướng gồm các
        # ông X", "Bộ trưởng Ngoại giao Trung Quốc ông X").
        return True
    if e + 1 < len(text) and text[e] == " ":
        nxt = sp.word_end(e + 1)
        phrase = f"{word} {text[e + 1 : nxt].lower()}"
        if nxt > e + 1 and phrase in v.vi_body_stops:
            # "Ủy ban công tác Đối ngoại": a capitalized word after it makes
            # the phrase part of the body's name.
            return not (
                phrase in v.vi_body_stops_open
                and nxt + 1 < len(text)
                and text[nxt] == " "
                and text[nxt + 1].isupper()
            )
    return False


def _trailing_name_cut(sp: _Spaced, first: int, body_end: int) -> int:
    """In ``Bí thư Thành ủy Hà Nội Trần Văn Tám``, end the body before the trailing name.

    The name straight after a body (Vietnamese order, and English as in
    ``Secretary of the CPV Central Committee Trần Văn Tám``) is the last two
    to four capitalized words, led by a Vietnamese family name. The body's
    words run from ``first`` to ``body_end``, parted by blanks in the spaced
    view; the result is the end of the body's new last word (``-1``: none left). The
    capitalized words between the body read and the name belong to the body
    (``Bộ Công Thương Nguyễn Hồng Diên``).
    """
    vietnamese = surnames()[0]
    s, text = sp.s, sp.text
    n = len(s)
    # The body's words, split off the spaced view at once.
    keys = s[first:body_end].split()
    last = len(keys) - 1
    after: list[tuple[int, int]] = []
    e = body_end
    while len(after) < 4 and e + 1 < n and text[e] == " " and s[e + 1] != " ":
        nx = e + 1
        if not text[nx].isupper():
            break
        e = sp.word_end(nx)
        after.append((nx, e))
        keys.append(s[nx:e])
    end = len(keys) - 1
    places = _places_by_first()
    kinds = _body_word_kinds().get
    # No place among the words the loop below reads (the usual case): it comes
    # down to the family name test of the last three.
    if places.keys().isdisjoint(keys[:end]) and vietnamese.isdisjoint(keys[max(0, end - 3) : end]):
        return body_end
    # The body's words as (start, end): parted by blanks only.
    words: list[tuple[int, int]] = []
    a = first
    for key in keys[: last + 1]:
        b = a + len(key)
        words.append((a, b))
        a = b
        while a < n and s[a] == " ":
            a += 1
    words += after
    # From the body's first word on (``Đại sứ Cao Văn Minh`` has no body): a
    # name's words are all capitalized, and a place is no name (``Thái Lan``,
    # ``Tỉnh ủy Cao Bằng``); a place the body enters belongs to it whole.
    k = 0
    while k < end:
        size = _place_size(keys[k:]) if keys[k] in places else 0
        if size:
            if k <= last:
                last = max(last, k + size - 1)
            k += size
            continue
        if (
            k >= end - 3
            and keys[k] in vietnamese
            and is_vn_family_name(text[words[k][0] : words[k][1]], keys[k])
            and all(text[a].isupper() for a, _ in words[k:])
            # No name holds a body's word: "the Thai Senate" (``Thái`` is a family name).
            and not any(kinds(key) == _PLAIN_BODY_WORD for key in keys[k + 1 : end + 1])
        ):
            return words[k - 1][1] if k else -1
        k += 1
    return words[min(last, end)][1]


# The offices whose role the body after them decides ("member of the Politburo").
_MEMBER_OF = frozenset({"member of", "permanent member of"})
# An ordinal inside an English body's name: "the 14th National People's Congress".
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
# The role of a legislature's (vice) president, as Viet Nam's National Assembly has it.
_PRESIDING = {"president": "chairman", "vice president": "vice chairman"}


@functools.cache
def _presiding_bodies() -> tuple[str, ...]:
    """Words of a legislature's name, whose president is its chairman (``assembly``, ``senate``)."""
    return tuple(load_json("offices.json")["presiding_bodies"])


@functools.cache
def _start_keys_split(keys: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """``keys`` parted into plain words (letters and digits) and the others."""
    plain = frozenset(k for k in keys if _PLAIN_WORD.fullmatch(k))
    return plain, tuple(sorted(keys - plain))


def find_titles(
    p: PreparedText,
    name_starts: frozenset[int] = frozenset(),
    short_names: frozenset[str] = frozenset(),
) -> list[TitleHit]:
    """Return every office phrase of the text, in order, without overlaps.

    Args:
        p: The prepared text.
        name_starts: Offsets where a known name starts; a body never runs into one.
        short_names: Folded short names of the people found (``chinh``): a
            Vietnamese body stops before one.

    Returns:
        The titles, in text order.

    Example:
        >>> from dipparse.text import prepare
        >>> [(t.role, t.organization) for t in find_titles(prepare(
        ...     "General Secretary of the CPV Central Committee and President To Lam"),
        ...     name_starts=frozenset({61}))]
        [('general secretary', 'Communist Party of Vietnam Central Committee'), ('president', None)]
    """
    v = _vocab()
    sp = _spaced(p)
    s = sp.s
    text = p.text
    lower = p.lower
    n = len(s)
    ascii_lower = lower.isascii()
    uncased = v.uncased_ascii if ascii_lower else v.uncased
    uncased_words = v.uncased_words
    exact = sp.exact
    uncased_first, cased_first, cased = v.uncased_first, v.cased_first, v.cased
    # (start, minus the length, cased, end, surface): in sorted order, at one
    # offset the longer reading comes first, and a lower-case one before a cased one.
    hits: list[tuple[int, int, bool, int, str]] = []
    # Try the role patterns only where a word that can start a role stands: the
    # words are found by set intersection and string search, the patterns at the few hits.
    if v.start_keys is not None:
        plain, other = _start_keys_split(v.start_keys)
        cased_keys = v.cased_keys
        # A plain key is a word's whole first part; the others are searched for directly.
        padded = sp.padded
        for key in (*(plain & sp.heads), *other):
            # ``sp.find_key(key)`` written out: one call fewer per key.
            needle = f" {key} "
            i = padded.find(needle)
            if i == -1:
                continue
            found: list[int] = []
            step = len(key) + 1
            while i != -1:
                found.append(i)
                i = padded.find(needle, i + step)
            # The word at each offset found is ``key`` in the folded view.
            roles = uncased_words.get(key) if ascii_lower else None
            if roles is not None:
                longer, seconds, alone = roles
                size = len(key)
                for start in found:
                    # Where ``s`` is ``lower`` with gaps blanked, the word found
                    # is ``key`` in ``lower`` too, with no letter or digit on either side.
                    if not exact and (
                        (start and lower[start - 1] in _ASCII_ALNUM)
                        or not lower.startswith(key, start)
                    ):
                        continue
                    e = start + size
                    end = -1
                    # A longer role needs a gap character after the first word and
                    # then its second word or more gap characters.
                    if (
                        longer
                        and e + 1 < n
                        and lower[e] in _ASCII_GAP
                        and (lower.startswith(seconds, e + 1) or lower[e + 1] in _ASCII_GAP)
                    ):
                        end = _read_longer(lower, e, longer)
                    if end < 0 and alone and (exact or e == n or lower[e] not in _ASCII_ALNUM):
                        end = e
                    if end >= 0:
                        hits.append((start, start - end, False, end, lower[start:end]))
            elif key in uncased_first:
                match = uncased[key].match
                for start in found:
                    m = match(lower, start)
                    if m is not None:
                        end = m.end()
                        hits.append((start, start - end, False, end, m.group()))
            if key in cased_keys:
                size = len(key)
                for start in found:
                    word = text[start : start + size]
                    if word in cased_first:
                        m = cased[word].match(text, start)
                        if m is not None:
                            end = m.end()
                            hits.append((start, start - end, True, end, m.group()))
    else:
        w = words(p)
        for k in sorted(
            {
                *compress(range(len(w)), map(uncased_first.__contains__, w.keys)),
                *compress(range(len(w)), map(cased_first.__contains__, w.texts)),
            }
        ):
            start = w.starts[k]
            end = s.find(" ", start)
            if end == -1:
                end = n
            key = s[start:end]
            if key in uncased_first:
                m = uncased[key].match(lower, start)
                if m is not None:
                    hits.append((start, start - m.end(), False, m.end(), m.group()))
            word = text[start:end]
            if word in cased_first:
                m = cased[word].match(text, start)
                if m is not None:
                    hits.append((start, start - m.end(), True, m.end(), m.group()))
    if not hits:
        return []
    # Offsets and lengths decide the order; no two hits share offset and case.
    hits.sort()
    hit_starts: list[int] | None = None
    out: list[TitleHit] = []
    last_end = -1
    by_surface = v.by_surface
    nationalities, org_words, abbreviations = v.nationalities, v.org_words, v.abbreviations
    role_words, plurals = v.role_words, v.plurals
    for start, _, _cased, end, surface in hits:
        if start < last_end:
            continue
        # One word and nothing else is its own key.
        skey = surface if surface.isalnum() else " ".join(surface.replace("-", " ").split())
        role, org, vietnamese = by_surface[skey]
        # The role must end where a word does.
        if s[end - 1] == " " or (end < n and s[end] != " "):
            continue
        if vietnamese and _in_place_name(sp, start):
            continue
        t_start, t_end = start, end
        country: str | None = None
        # A nationality or a body before the role: "Chinese President", "Guangxi Party Secretary".
        cur = start
        steps = 0
        while steps < 4 and cur >= 2 and text[cur - 1] == " " and s[cur - 2] != " ":
            pe = cur - 1
            ps = s.rfind(" ", 0, pe) + 1
            key = s[ps:pe]
            cap = text[ps].isupper()
            if key in nationalities and cap and (steps == 0 or not key.endswith(("'s", "’s"))):
                # "Thai Senate President": the nationality before the body (not
                # a possessive before a place: "... with China's Guangxi Prime
                # Minister X" is a headline run into the text).
                country = nationalities[key]
                t_start = ps
                break
            if cap and key in _nationality_pair_ends() and ps >= 2 and text[ps - 1] == " ":
                # "New Zealand Prime Minister", "South Korean President".
                ps2 = s.rfind(" ", 0, ps - 1) + 1
                pair = f"{s[ps2 : ps - 1]} {key}"
                if pair in nationalities and text[ps2].isupper():
                    country = nationalities[pair]
                    t_start = ps2
                    break
            if cap and (key in org_words or text[ps:pe] in abbreviations) and key not in role_words:
                t_start = ps
                cur = ps
                steps += 1
                continue
            break
        prefix_org = text[cur:start].strip() if cur < start else ""
        if prefix_org and not any(x in _STRUCTURAL for x in fold(prefix_org).lower().split()):
            # A bare place before an office ("... Guangxi Prime Minister") is not its body.
            t_start, prefix_org = start, ""
        # The body after the role: "of the CPV Central Committee", or directly in Vietnamese.
        body: tuple[int, int] | None = None
        host = False
        # The word after the role, if a single blank leads to it.
        if end + 1 < n and text[end] == " " and s[end + 1] != " ":
            nxt = end + 1
            ne = s.find(" ", nxt)
            if ne == -1:
                ne = n
            nkey = s[nxt:ne]
            # "Ambassador to China": the body is the host country, not the person's.
            host = nkey == "to"
            if (nkey == "of" or (host and role in _ACCREDITED)) and role not in _MEMBER_OF:
                # The word after "of": a single blank usually leads to it.
                q = ne + 1 if ne + 1 < n and s[ne + 1] != " " else sp.next_start(ne)
                if q != -1:
                    # "of the ...", and "of its ..." after a body named before.
                    for det in ("the", "its"):
                        if s.startswith(det, q) and (q + 3 == n or s[q + 3] == " "):
                            q = q + 4 if q + 4 < n and s[q + 4] != " " else sp.next_start(q + 3)
                            break
                if q != -1:
                    body = _extend_org(sp, q, name_starts, direct=False)
            elif role in _MEMBER_OF or vietnamese:
                q = nxt
                if role in _MEMBER_OF and nkey == "the":
                    q = sp.next_start(q + 3)
                if q != -1:
                    body = _extend_org(
                        sp,
                        q,
                        name_starts,
                        direct=vietnamese,
                        short_names=short_names,
                        abroad=role in _ACCREDITED,
                    )
        if vietnamese and name_starts:
            # The stretch stops where another office starts (``Chủ tịch nước
            # nói chuyện với Đại sứ ...``).
            if hit_starts is None:
                hit_starts = [h[0] for h in hits]
            i_next = bisect.bisect_left(hit_starts, end)
            limit = hit_starts[i_next] if i_next < len(hit_starts) else n
            body = _reach_known_name(sp, body, end, name_starts, limit)
        org_text: str | None = org
        okey: str | None = None
        if body is not None:
            b0, t_end = body
            org_text = _normalize_org(text[b0:t_end], english=not vietnamese)
            if (
                not vietnamese
                and country is None
                and ("'s " in text[b0:t_end] or "’s " in text[b0:t_end])
            ):
                # "President of Cambodia's National Assembly": the country the
                # possessive names, which the body's name drops, is the body's.
                country = _possessive_country(text[b0:t_end])
        elif prefix_org:
            org_text = _normalize_org(prefix_org, english=True)
        if org_text is None:
            role_key = " ".join(s[start:end].split())
            if role_key in v.needs_body and (country is None or role_key != "speaker"):
                # "chief negotiator": "chief" names an office only with its body
                # ("Chief of the Party Central Committee Office"); a nationality
                # names a speaker's legislature ("Thai Speaker X").
                continue
        if role in _MEMBER_OF:
            if org_text is None:
                continue
            okey = fold(org_text).lower()
            permanent = role != "member of"
            role = next(
                (r for needles, r in v.member_of if any(nd in okey for nd in needles)), "member"
            )
            if permanent and role == "member of the secretariat":
                role = "permanent member of the secretariat"
        elif role in v.role_by_body and org_text is not None:
            # "Secretary General of the CPV Central Committee": a party's
            # secretary-general is its general secretary.
            okey = fold(org_text).lower()
            by_body_words, by_body_role = v.role_by_body[role]
            if any(w in okey for w in by_body_words):
                role = by_body_role
        if (
            role in ("minister", "deputy minister")
            and org_text is not None
            and body is not None
            and not vietnamese
        ):
            # (A Vietnamese ministry is read by its own surface; another body
            # stays the organization: "Bộ trưởng Bộ Công nghiệp ...".)
            # "Minister of Industry and Trade": the portfolio is part of the role.
            role, org_text = f"{role} of {org_text.lower()}", None
        if org_text is not None:
            if okey is None:
                okey = fold(org_text).lower()
            if not host:
                # "Chairman of the Thai National Assembly": an English body's
                # nationality word names its country too.
                country = country or _country_in(okey, None if vietnamese else nationalities)
            if role == "chairman" and okey in nationalities:
                role = "president"
            elif role in _PRESIDING and any(w in okey for w in _presiding_bodies()):
                # The president of a legislature presides over it: "Senate President".
                role = _PRESIDING[role]
        # ``TitleHit(...)`` with its fields set directly, as models._unchecked
        # does: the generated ``__init__`` costs more than the object.
        hit = _new(TitleHit)
        _set(hit, "start", t_start)
        _set(hit, "end", t_end)
        _set(hit, "role", role)
        _set(hit, "organization", org_text)
        _set(hit, "country", country)
        _set(hit, "vietnamese", vietnamese)
        _set(
            hit,
            "plural",
            skey in plurals
            # "các Phó Thủ tướng X và Y": Vietnamese marks the plural before the office.
            or (
                vietnamese
                and start >= 4
                and text[start - 1] == " "
                and _vi_plural_before(text, start - 1)
            ),
        )
        out.append(hit)
        last_end = t_end
    return out


@functools.lru_cache(maxsize=1024)
def _joins(gap: str) -> bool:
    """Whether ``gap`` (folded, lower case) joins two titles into a stack: no blank line parts them.

    Remembered per gap, within a bound: a few short gaps (``" and "``,
    ``", "``) make most of them, and the patterns cost more than the look-up.
    """
    return _STACK_GAP.match(gap) is not None and _BLANK_LINE.search(gap) is None


def stacks(p: PreparedText, titles: Sequence[TitleHit]) -> list[list[TitleHit]]:
    """Group titles joined by ``and``, commas, ``cum`` or ``&`` into stacks.

    Example:
        >>> from dipparse.text import prepare
        >>> p = prepare("Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son")
        >>> [[t.role for t in s] for s in stacks(p, find_titles(p, name_starts=frozenset({54})))]
        [['deputy prime minister', 'minister of foreign affairs']]
    """
    groups: list[list[TitleHit]] = []
    lower = p.lower
    end = 0
    for t in titles:
        start = t.start
        # A joining gap is at most 14 characters long (three blanks, ", and",
        # three blanks and a final line feed): a longer one is not read.
        if groups and start - end <= _STACK_GAP_MAX and _joins(lower[end:start]):
            groups[-1].append(t)
        else:
            groups.append([t])
        end = t.end
    return groups
