"""Finding people and resolving every mention to one official.

Reading order:

1. Known people: every run of up to ``Gazetteer.max_words()`` capitalized
   words (and every run of Han characters) is looked up in the gazetteer, by
   its accent-free key and by its damaged key (``T Lm``). A spelling that fits
   two different people is left unresolved.
2. Titles (:mod:`dipparse.titles`), whose bodies never run into a known name.
3. Unknown people: a run of two to four capitalized words that the text
   introduces as a person: right after a stack of titles, right before
   ``, <title>``, or after ``his wife``, ``Comrade``, ``Mr.`` and the like.
   Names inside the name of a place or building (``Ho Chi Minh City``,
   ``the Phạm Hồng Thái Memorial Hall``) are not people.
4. Short references: the given name of a Vietnamese (``Lâm``, ``Lam``,
   ``Lm``), the family name of a Chinese (``Xi``) person already named in
   full. Where a short name fits two people, the nearest preceding mention
   decides within a paragraph; otherwise it is left out.
5. Titles attach to the person they stand right before (``President To
   Lam``) or right after (``Liu Ning, member of ...``, ``Liu, who is also
   ...``); a title attached to no one is dropped.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import re
from collections.abc import Sequence
from operator import attrgetter, itemgetter

import attrs
import regex

from dipparse._data import load_json
from dipparse.counterparts import counterpart_titles, find_counterparts
from dipparse.gazetteer import _FAMILY_FIRST, Gazetteer, Person
from dipparse.models import Official, Title, _mention
from dipparse.names import VN_SYLLABLE, ascii_name, damaged_key, fold, han_to_pinyin, name_key, tidy
from dipparse.text import DIACRITIC_LETTER, PreparedText, _diacritics_form
from dipparse.titles import (
    ORG_MARKERS,
    TitleHit,
    _past_rank,
    _place_size,
    _places_by_first,
    _rank_firsts,
    _Spaced,
    _spaced,
    _vocab,
    find_titles,
    is_vn_family_name,
    stacks,
    surnames,
)

# The objects' fields set directly, as models._unchecked does (see there).
_new = object.__new__
_set = object.__setattr__

__all__ = ["extract_officials"]

_HAN_RUN = regex.compile(r"\p{Han}{2,}")
_HAN_NAME = regex.compile(r"\p{Han}{2,4}")
# Forms of address that introduce a name: "Comrade X", "đồng chí X", "Mr. X".
_ADDRESS_WORDS = (
    "Comrade",
    "comrade",
    "Mr",
    "Mrs",
    "Ms",
    "Madam",
    "Madame",
    "Dr",
    "đồng chí",
    "Đồng chí",
    "ông",
    "Ông",
    "bà",
    "Bà",
    "dong chi",
    "Dong chi",
)
_ABBREVIATED = frozenset({"Mr", "Mrs", "Ms", "Dr"})  # also written with a full stop
# The one-word forms of address, as written.
_ADDRESS_SET = frozenset(w for w in _ADDRESS_WORDS if " " not in w)
_ADDRESS = (
    "(?:"
    + "|".join(regex.escape(w) + (r"\.?" if w in _ABBREVIATED else "") for w in _ADDRESS_WORDS)
    + ")"
)
_SPOUSE_WORDS = ("wife", "husband", "spouse")
# How the forms of address read in the folded lower-case view (a shorter one
# finds the longer: "mr" finds "mrs").
_INTRO_HEADS = tuple(
    sorted(
        {
            h
            for h in (fold(w).lower() for w in _ADDRESS_WORDS)
            if not any(
                h != o and h.startswith(o) for o in (fold(x).lower() for x in _ADDRESS_WORDS)
            )
        }
    )
)
# The word each form of address starts with, as the heads view of the spaced
# split reads it ("dong" of "Đồng chí"), and the same for "his"/"her".
_INTRO_WORDS = frozenset(fold(w).lower().split()[0] for w in _ADDRESS_WORDS)
_SPOUSE_INTRO_WORDS = frozenset({"his", "her"})
_INTRO_OR_SPOUSE_WORDS = _INTRO_WORDS | frozenset(_SPOUSE_WORDS)
_INTRO = regex.compile(
    rf"\b(?:(?:[Hh]is|[Hh]er)\s+(?:{'|'.join(_SPOUSE_WORDS)})|{_ADDRESS})[ \t]{{1,3}}(?=\S)"
)
_INTRO_BEFORE = regex.compile(rf"\b{_ADDRESS}[ \t]{{1,3}}\Z")
# "X, <title>", "X, who is (also) (a) <title>", "X, also <title>", "X, the <title>".
_APPOS = regex.compile(
    r",\s{0,3}(?:(?:who\s+(?:is|(?:also\s+)?(?:concurrently\s+)?serves\s+as)\s+|(?:also\s+|concurrently\s+)?serving\s+as\s+)?(?:also\s+)?(?:(?:the|a|an)\s+)?|who\s+(?:was|has\s+been)\s+(?:(?:re-?)?elected|appointed|named)\s+(?:as\s+)?(?:the\s+)?)\Z"
)
_APPOS_SHORT = regex.compile(
    r"(?:,\s{0,3}(?:who\s+(?:is|(?:also\s+)?(?:concurrently\s+)?serves\s+as)\s+|(?:also\s+|concurrently\s+)?serving\s+as\s+)?(?:also\s+)?(?:(?:the|a|an)\s+)?|\s{1,3}who\s+is\s+(?:also\s+)?(?:(?:the|a|an)\s+)?)\Z"
)
# What sets off an office after a short name that is also a pronoun: "He,
# also a member of the Political Bureau ..." is He Lifeng.
_SHORT_APPOSITIONS = (", also ", ", who is also ", ", a member of ")
# A form of address between an office and its holder's name: "Bộ trưởng Ngoại
# giao Trung Quốc ông Vương Nghị", "Chinese Ambassador Mr. Xiong Bo".
_ADDRESS_AFTER = re.compile(
    r"(?:ông|bà|ngài|Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Dr\.?)[ \t]{1,3}(?=[^\W\d_])"
)
_ADDRESS_AFTER_FIRSTS = "ôbnMD"
# "Huang Kunming – member of ...": a dash between blanks sets off an apposition too.
_DASH_BEFORE = re.compile(r"[ \t]{1,3}[-–—][ \t]{1,3}\Z")
_DASHES = "-–—"
# What may close a name set off after an office: "<office>, <name>, ...".
_CLOSES = frozenset(",.;:)")
_PLACE_NOUNS = frozenset(
    "city hall park museum memorial mausoleum square street road avenue bridge airport station school "
    "university academy institute trail prize award campaign house temple pagoda relic site district "
    "province martyrs cemetery stadium theatre theater hospital center centre port expressway "
    "highway railway boulevard corridor route".split()
)
# What a route between two places is, written after them in lower case (``the
# Ho Chi Minh-Moc Bai expressway``).
_ROUTE_NOUNS = frozenset("expressway highway railway road route boulevard corridor bridge".split())
_STOP_NAME_WORDS = frozenset(
    "the a an and of in on at for to with from by as his her their its this that these those he she it they we "
    "i you said says told asked noted stressed affirmed added highly also both all".split()
)
_ELECTED_AS = regex.compile(
    r"(?:,\s{0,3}who\s+(?:was|has\s+been|had\s+been|is)\s+(?:newly\s+|recently\s+)?|\s+on\s+(?:his|her)\s+|\s+(?:was|has\s+been)\s+"
    # "Lam's visit, his first trip since he was appointed party chief"
    r"|(?:'s|’s)?[^.!?\n]{0,80}?\b(?:he|she)\s+(?:was|has\s+been|had\s+been)\s+(?:newly\s+|recently\s+)?)"
    r"(?:(?:re-?)?elected|appointed|named|sworn\s+in|(?:re-?)?election|appointment|nomination)\s+(?:as\s+)?(?:the\s+)?\Z",
    regex.IGNORECASE,
)
# The same in Vietnamese, on the folded, lower-cased text: "X được bầu làm
# <title>", "X giữ chức <title>", "X tái đắc cử <title>".
_ELECTED_AS_VI = re.compile(
    r"[ \t]{1,3}(?:duoc[ \t]{1,3}(?:tai[ \t]{1,3})?(?:bau|bo[ \t]{1,3}nhiem|phe[ \t]{1,3}chuan)"
    r"(?:[ \t]{1,3}(?:lam|giu[ \t]{1,3}chuc|giu|vao[ \t]{1,3}chuc|la))?"
    r"|giu[ \t]{1,3}chuc|dam[ \t]{1,3}nhiem(?:[ \t]{1,3}chuc(?:[ \t]{1,3}vu)?)?|(?:tai[ \t]{1,3})?dac[ \t]{1,3}cu)"
    r"[ \t]{1,3}\Z"
)
_PARAGRAPH = regex.compile(r"\n[ \t]*\n")
# What joins the names of a list: a comma, "and", or both.
_LIST_JOIN = re.compile(
    r"(?:,[ \t]{1,3}(?:(?:and|và|va)[ \t]{1,3})?|[ \t]{1,3}(?:and|và|va)[ \t]{1,3})(?=[^\W\d_])"
)
# A Chinese given name: one or two pinyin syllables (initial, final), folded.
_PINYIN_SYLLABLE = (
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
    r"|ua|uo|ue|ui|er|a|o|e|i|u|v)"
)
_PINYIN_GIVEN = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")
# The words of a name: parted by blanks and hyphens.
_NAME_SPLIT = re.compile(r"[\s\-‐‑]+")
_NEXT_BREAKS_SHORT = regex.compile(r"^[-–][\p{Ll}]")
_START = attrgetter("start")


def _vn_shaped(keys: Sequence[str]) -> bool:
    """True when a name's folded words are Vietnamese syllables, or it opens with a Vietnamese family name."""
    return keys[0] in surnames()[0] or all(map(VN_SYLLABLE.fullmatch, keys))


def _entity_vn_shaped(ent: _Entity) -> bool:
    if ent.vn_shaped is None:
        ent.vn_shaped = _vn_shaped(fold(ent.surface).lower().replace("-", " ").split())
    return ent.vn_shaped


class _Entity:
    """A person as gathered while reading: known (``person``) or not."""

    __slots__ = (
        "country",
        "guessed",
        "key",
        "mentions",
        "person",
        "surface",
        "titles",
        "vn_shaped",
    )

    def __init__(self, person: Person | None, surface: str, country: str | None, key: str) -> None:
        self.person = person
        self.surface = surface
        self.country = country
        # The country was guessed from the family name: an office's own country wins.
        self.guessed = False
        self.key = key
        self.mentions: list[tuple[int, int]] = []
        self.titles: list[TitleHit] = []
        # Every word of the name is a Vietnamese syllable (``Lê Văn Tám``, not
        # ``Khuon Sodary``); ``None`` until asked (see :func:`_vn_shaped`).
        self.vn_shaped: bool | None = None if person is None else True

    @property
    def family_first(self) -> bool:
        if self.person is not None:
            return self.person.family_first
        return self.country in _FAMILY_FIRST


_NameHit = tuple[int, int, str]
"""A mention of a person: ``(start, end, entity key)``."""
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)
_COUNTRY = attrgetter("country")
# What the last character before the blanks at the end of an _APPOS_SHORT match can be.
_APPOS_SHORT_LAST = ",soean"
# One of these (in lower case) is in every text _ELECTED_AS matches.
_ELECTED_WORDS = ("elect", "appoint", "named", "sworn", "nomination")


@functools.cache
def _name_stops() -> frozenset[str]:
    """Words that make a capitalized run a body or a place: ``ORG_MARKERS`` and the ``org_nouns`` data."""
    return ORG_MARKERS | frozenset(load_json("offices.json")["org_nouns"])


@functools.lru_cache(maxsize=4096)
def _family_keys(family: str) -> tuple[str, ...]:
    """The keys a family name is written with: its own and its damaged one (``Phạm``: ``pham``, ``phm``)."""
    # A family name is one word of letters: folding it and dropping its
    # non-ASCII letters are its key and its damaged key (see names.name_key).
    key = fold(family).lower()
    damaged = "".join([c for c in family if c.isascii()]).lower()
    # One letter left ("T" of "Tô") names no one.
    return (key,) if len(damaged) < 2 or damaged == key else (key, damaged)


@functools.lru_cache(maxsize=65536)
def _known_ascii(name: str) -> str:
    """:func:`ascii_name` of a gazetteer name (vocabulary, so worth remembering)."""
    return ascii_name(name)


def _non_ascii(s: str) -> int:
    """How many characters of ``s`` are not ASCII."""
    return len(s) - len(s.encode("ascii", "ignore"))


def _past_address(text: str, j: int) -> int:
    """Where the name starts after a form of address at ``j`` (``ông``, ``Mr.``), else ``j``."""
    if j >= len(text) or text[j] not in _ADDRESS_AFTER_FIRSTS:
        return j
    m = _ADDRESS_AFTER.match(text, j)
    if m is None or not text[m.end()].isupper():
        return j
    return m.end()


def _past_blanks(text: str, pos: int) -> int:
    """The offset after the blanks (at most three) at ``pos``: where the word after a stack starts."""
    gap = text[pos : pos + 3]
    return pos + len(gap) - len(gap.lstrip(" "))


def _introductions(p: PreparedText, sp: _Spaced) -> list[regex.Match[str]]:
    """The matches of ``_INTRO.finditer(p.text)``, found faster.

    Every match starts with a form of address, or with ``his``/``her`` (and
    then only if the text names a spouse): the pattern is tried only where
    one of these starts a word, and overlapping matches are dropped as
    ``finditer`` would drop them.
    """
    text = p.text
    starts: list[int] = []
    if p.lower.isascii():
        # Where the folded view is ASCII, a match starts where a word of the heads
        # view does (the character before is no letter or digit: none of those
        # folds to ASCII and is not one), and that word is the form's first
        # word: a search for it finds every place to try. Most texts hold none.
        heads = sp.heads
        # One intersection for both vocabularies (a large one reads cheaply).
        in_view = _INTRO_OR_SPOUSE_WORDS & heads
        present = _INTRO_WORDS & in_view
        if not in_view.isdisjoint(_SPOUSE_WORDS):
            present |= _SPOUSE_INTRO_WORDS & heads
        if not present:
            return []
        hp = sp.heads_padded
        for head in present:
            needle = f" {head} "
            i = hp.find(needle)
            while i != -1:
                starts.append(i)
                i = hp.find(needle, i + len(head) + 1)
    else:
        low = p.lower
        heads_ = list(_INTRO_HEADS)
        if any(word in low for word in _SPOUSE_WORDS):
            heads_ += ["his", "her"]
        for head in heads_:
            i = low.find(head)
            while i != -1:
                starts.append(i)
                i = low.find(head, i + 1)
    found: dict[int, regex.Match[str]] = {}
    for i in starts:
        # Every form starts with a letter after a word boundary, which a
        # letter right before rules out: most finds are inside a word ("among").
        if i not in found and not (i and text[i - 1].isalpha()):
            m = _INTRO.match(text, i)
            if m is not None:
                found[i] = m
    out: list[regex.Match[str]] = []
    last_end = -1
    for start in sorted(found):
        if start >= last_end:
            out.append(found[start])
            last_end = found[start].end()
    return out


def _word_key(key: str) -> str:
    if key.isalnum():
        return key
    if key.endswith(("'s", "’s")):
        key = key[:-2]
        if key.isalnum():
            return key
    return " ".join(key.replace(".", " ").replace("'", " ").replace("’", " ").split())


_JOINERS = frozenset({" ", "-"})
_JOINER_CHARS = " -"
# A known name may also be wrapped onto the next line ("President Tran\nDuc
# Luong" of a hard-wrapped archive page): its words can be parted by a line feed.
_KNOWN_JOINER_CHARS = " -\n"


@functools.cache
def _place_words_before_vi() -> frozenset[str]:
    """The Vietnamese words that make the name after them a place's (``thanh pho``, ``tp``)."""
    return frozenset(load_json("offices.json")["place_words_before_vi"])


@functools.cache
def _place_word_seconds_vi() -> frozenset[str]:
    """The second words of the two-word phrases of :func:`_place_words_before_vi` (``pho``)."""
    return frozenset(
        parts[1] for parts in (w.split(" ") for w in _place_words_before_vi()) if len(parts) == 2
    )


def _after_place_word_vi(sp: _Spaced, first: int) -> bool:
    """Whether a Vietnamese place or institution word stands right before the name at ``first``.

    ``thành phố Hồ Chí Minh``, ``TP. Hồ Chí Minh``, ``Học viện Chính trị quốc
    gia Hồ Chí Minh``: the words are read folded, one or two of them.
    """
    s, text = sp.s, sp.text
    gap = text[max(0, first - 2) : first]
    if gap.endswith(". "):
        k = first - 3
    elif gap.endswith(" "):
        k = first - 2
    else:
        return False
    if k < 0 or s[k] == " ":
        return False
    a = s.rfind(" ", 0, k) + 1
    w1 = s[a : k + 1]
    words = _place_words_before_vi()
    if gap.endswith(". "):
        return w1 == "tp"
    if w1 in words:
        return True
    if w1 not in _place_word_seconds_vi():
        # No phrase of two words ends with it: most words before a name.
        return False
    if a < 2 or text[a - 1] != " " or s[a - 2] == " ":
        return False
    b = s.rfind(" ", 0, a - 1) + 1
    return f"{s[b : a - 1]} {w1}" in words


def _is_place_name(sp: _Spaced, first: int, last_end: int) -> bool:
    """A name followed by a place or building noun, or led by ``the`` or a Vietnamese place word, names a place.

    ``first`` is the offset of the name's first word, ``last_end`` the end of its last.
    """
    if _after_place_word_vi(sp, first):
        return True
    s, text = sp.s, sp.text
    n = len(s)
    e = last_end
    steps = 0
    # The words joined to the name by a blank or a hyphen, capitalized.
    hyphened = False
    while steps < 4 and e + 1 < n and text[e] in _JOINER_CHARS and s[e + 1] != " ":
        nx = e + 1
        if not text[nx].isupper():
            # "Ho Chi Minh-Moc Bai expressway": a route from the place the name names.
            return hyphened and text[e] == " " and s[nx : sp.word_end(nx)] in _ROUTE_NOUNS
        hyphened = hyphened or text[e] != " "
        e = sp.word_end(nx)
        if s[nx:e] in _PLACE_NOUNS:
            return True
        steps += 1
    return (
        first >= 2
        and text[first - 1] in _JOINER_CHARS
        and s[first - 2] != " "
        and s[s.rfind(" ", 0, first - 1) + 1 : first - 1] == "the"
    )


def _after_family_name(sp: _Spaced, i: int) -> bool:
    """Whether a capitalized Vietnamese family name stands right before the word at ``i``.

    Then the words from ``i`` end a longer name (``Nguyen Tan Cuong``), not
    the known name they spell alone (``Tan Cuong``, a reading of Qin Gang).
    """
    if i < 2 or sp.text[i - 1] != " " or sp.s[i - 2] == " ":
        return False
    a = sp.s.rfind(" ", 0, i - 1) + 1
    # Written with diacritics, it must be a family name's own spelling: "Trung
    # ương Đảng Lê Hoài Trung" (the Party's Central Committee) holds none.
    return sp.text[a].isupper() and is_vn_family_name(sp.text[a : i - 1], sp.s[a : i - 1])


def _given_name_last(sp: _Spaced, run: Sequence[_Word], a: int, b: int) -> bool:
    """Whether the English word at ``a:b`` (``An``) ends the Vietnamese name ``run`` reads.

    It must be capitalized, a Vietnamese syllable, after a run led by a
    Vietnamese family name, and the name must end with it: no capitalized
    word follows (``Le Thanh Long On Monday`` is a headline).
    """
    s, text = sp.s, sp.text
    if not (text[a].isupper() and text[a + 1 : b].islower() and VN_SYLLABLE.fullmatch(s[a:b])):
        return False
    first = s[run[0][0] : run[0][1]]
    if first not in surnames()[0]:
        return False
    nxt = sp.next_start(b)
    return nxt == -1 or not (text[nxt].isupper() and text[b:nxt].strip() == "")


def _list_next(text: str, end: int) -> int:
    """Where the next name of a list starts after a name that ends at ``end`` (``, ``, `` and ``, `` và ``), or -1."""
    m = _LIST_JOIN.match(text, end)
    return -1 if m is None else m.end()


def _surname_as_word_ok(keys: Sequence[str]) -> bool:
    """Whether a run led by a family name that is also an English word (``To``, ``He``) is a name.

    ``To Van Hung`` is; ``To Visit Japan`` and ``To Viet Nam`` are not: the
    words after a Vietnamese family name must be Vietnamese syllables, at
    least two of them, and no place. After a Chinese one (``He Ping``) one
    given name of one or two pinyin syllables must follow (``He Said`` is
    none).
    """
    rest = keys[1:]
    if len(rest) == 1 and keys[0] in surnames()[1] and keys[0] not in surnames()[0]:
        return _PINYIN_GIVEN.fullmatch(rest[0]) is not None
    return len(rest) >= 2 and all(VN_SYLLABLE.fullmatch(w) for w in rest) and not _place_size(rest)


def _choose(people: Sequence[Person], ref: _dt.date | None) -> Person | None:
    """One person for a spelling: the only one, or the only one in office on ``ref``."""
    if len(people) == 1:
        return people[0]
    if len({p.name for p in people}) == 1 and len({p.country for p in people}) == 1:
        return people[0]
    if ref is not None:
        active = [p for p in people if p.offices_on(ref)]
        if len(active) == 1:
            return active[0]
    return None


_Word = tuple[int, int]
"""A word as ``(start, end)`` offsets."""


def _cmp_key(key: str) -> str:
    """A word's comparison key: its key, a possessive ``'s`` left out (``Lam's`` is ``Lam``)."""
    return key if key.isalnum() else _word_key(key)


class _Reader:
    def __init__(
        self,
        p: PreparedText,
        gazetteer: Gazetteer,
        ref: _dt.date | None,
        language: str | None = None,
    ) -> None:
        self.p = p
        self.gaz = gazetteer
        self.ref = ref
        # The words are read off the spaced view, only where a name, an office
        # or a short reference can start: words are named by their start offset.
        self.sp = _spaced(p)
        self.entities: dict[str, _Entity] = {}
        self.hits: list[_NameHit] = []
        self.taken: set[int] = set()
        self._titles: list[TitleHit] = []
        self._title_starts: list[int] = []
        self._title_ends: list[int] = []
        # The entities by the keys of their Vietnamese family names (see _family_hit).
        self._family_forms: dict[str, list[str]] | None = None
        self.language = language
        self._paragraph_breaks: list[int] | None = None
        # The capitalized words found by their first part, per first part
        # searched (known_people's, reused by short_mentions).
        self._capitalized: dict[str, list[int]] = {}

    def _end(self, word: _Word) -> int:
        """End of a word without a possessive ``'s``."""
        start, end = word
        key = self.sp.s[start:end]
        return end - 2 if key.endswith(("'s", "’s")) and len(key) > 2 else end

    def _word_at(self, pos: int) -> int | None:
        """``pos`` if a word starts there, else ``None``."""
        s = self.sp.s
        if 0 <= pos < len(s) and s[pos] != " " and (pos == 0 or s[pos - 1] == " "):
            return pos
        return None

    def _words_with_heads(self, heads: frozenset[str] | set[str]) -> list[int]:
        """The capitalized words whose first part is one of ``heads``, in order."""
        sp = self.sp
        text = sp.text
        found = self._capitalized
        out: list[int] = []
        view = sp.heads
        if type(view) is not frozenset:
            # The view is searched itself: a head that is no word of it is
            # found nowhere, so only the gazetteer's short names that the
            # view holds (one intersection) and any other head are searched for.
            listed = self.gaz._short_heads()
            present = listed & view
            for head in heads:
                at = found.get(head)
                if at is None:
                    if head in listed and head not in present:
                        continue
                    at = [i for i in sp.find_head(head) if text[i].isupper()]
                out += at
            out.sort()
            return out
        for head in heads & view:
            at = found.get(head)
            out += at if at is not None else [i for i in sp.find_head(head) if text[i].isupper()]
        out.sort()
        return out

    # -- 1. known people --------------------------------------------------

    def _add_known(
        self,
        words: Sequence[_Word],
        person: Person,
        start: int | None = None,
        end: int | None = None,
    ) -> None:
        key = "p:" + person.name
        if key not in self.entities:
            self.entities[key] = _Entity(person, person.name, person.country, key)
        s = words[0][0] if start is None else start
        e = self._end(words[-1]) if end is None else end
        self.hits.append((s, e, key))
        self.taken.update([w[0] for w in words])

    def known_people(self) -> None:
        p = self.p
        sp = self.sp
        s, text, hp, padded = sp.s, sp.text, sp.heads_padded, sp.padded
        n = len(s)
        gaz = self.gaz
        width = max(2, min(gaz.max_words(), 5))
        # The index itself, read as lookup_key and lookup_damaged_key read it.
        get = gaz._index().get
        # A word ends where the padded view has a blank (one character later).
        find = padded.find
        # What the first two words of a name can be: most capitalized words that
        # start a gazetteer key are not followed by a word that goes on with it.
        pairs, compact = gaz._pair_prefixes()
        capitalized = self._capitalized
        starts: list[int] = []
        # Only a capitalized word whose first part starts a gazetteer key can
        # start a name: each such part is searched for in the heads view, and
        # only a word followed by a second one that can go on with the key is read.
        for head in gaz.first_words() & sp.heads:
            needle = f" {head} "
            step = len(head) + 1
            at: list[int] = []
            i = hp.find(needle)
            while i != -1:
                if text[i].isupper() and padded[i] == " ":
                    at.append(i)
                    e = i + step - 1
                    if padded[e + 1] != " ":
                        e = find(" ", e + 1) - 1
                    # The second word of the window (below): without one that can
                    # continue a gazetteer key, no window from i can match.
                    if e + 1 < n and text[e] in _KNOWN_JOINER_CHARS and s[e + 1] != " ":
                        nx = e + 1
                        e2 = find(" ", nx + 1) - 1
                        if text[nx].isupper() or e2 - nx <= 3:
                            # The two keys with the gap between, a blank in ``s``.
                            pair = s[i:e2]
                            flat = pair.replace(" ", "")
                            if not flat.isalnum():
                                key = s[i:e]
                                key2 = s[nx:e2]
                                pair = (
                                    (key if key.isalnum() else _word_key(key))
                                    + " "
                                    + (key2 if key2.isalnum() else _word_key(key2))
                                )
                                flat = pair.replace(" ", "")
                            if pair in pairs or flat in compact:
                                starts.append(i)
                i = hp.find(needle, i + step)
            capitalized[head] = at
        starts.sort()
        nxt = 0  # the words before are read (the loop moves past a name it reads)
        for i in starts:
            if i < nxt:
                continue
            # The longest window of joined words, each capitalized or short, from i.
            e = find(" ", i + 1) - 1
            window = [(i, e)]
            key = s[i:e]
            keys = [key if key.isalnum() else _word_key(key)]
            while len(window) < width and e + 1 < n and text[e] in _KNOWN_JOINER_CHARS:
                nx = e + 1
                if s[nx] == " ":
                    break
                e = find(" ", nx + 1) - 1
                if not (text[nx].isupper() or e - nx <= 3):
                    break
                window.append((nx, e))
                key = s[nx:e]
                keys.append(key if key.isalnum() else _word_key(key))
            for size in range(len(window), 1, -1):
                end = window[size - 1][1]
                key = " ".join(keys[:size])
                people = get(key, ()) or get(key.replace(" ", ""), ())
                damaged = False
                # A name with no letter with a diacritic ("To Lam’s", its apostrophe
                # curly) is read as one in ASCII is.
                plain = text[i:end].isascii() or not DIACRITIC_LETTER.search(text, i, end)
                if not people and plain:
                    people = get("\x00" + key, ())
                    damaged = bool(people)
                if not people:
                    continue
                if damaged and sum(text[a].isupper() for a, _ in window[:size]) < 2:
                    continue
                if not damaged and not plain:
                    # Written with diacritics: "Lê Văn Thanh" is not "Lê Văn Thành".
                    people = tuple(q for q in people if _spelling_fits(text[i:end], q))
                    if not people:
                        continue
                person = _choose(people, self.ref)
                if (
                    person is not None
                    and not _is_place_name(sp, i, end)
                    and not (text[i - 1 : i] == " " and _after_family_name(sp, i))
                ):
                    self._add_known(window[:size], person)
                nxt = end
                break
        # Han characters fold to themselves, so a text whose folded view is ASCII
        # (a constant-time test) has none.
        for m in () if p.lower.isascii() else _HAN_RUN.finditer(p.text):
            run = m.group()
            pos = 0
            while pos < len(run) - 1:
                found = False
                for size in range(min(4, len(run) - pos), 1, -1):
                    people = gaz.lookup(run[pos : pos + size])
                    person = _choose(people, self.ref) if people else None
                    if person is not None:
                        at_ = m.start() + pos
                        # Digits and Han characters make one word ("2024年习近平"):
                        # the name belongs to the word that contains it.
                        if s[at_] != " ":
                            k = s.rfind(" ", 0, at_) + 1
                            self._add_known([(k, sp.word_end(k))], person, at_, at_ + size)
                        pos += size
                        found = True
                        break
                if not found:
                    pos += 1

    # -- 3. unknown people ------------------------------------------------

    def _name_run(self, first: int, *, forward: bool, limit: int = 4) -> list[_Word] | None:
        """The longest run (2..limit words) of capitalized name-like words starting (or ending) at ``first``."""
        sp = self.sp
        s, text = sp.s, sp.text
        n = len(s)
        taken = self.taken
        end = sp.padded.find(" ", first + 1) - 1
        # A run of two to four Han characters is a name by itself; ASCII never is one.
        if (
            2 <= end - first <= 4
            and not text[first].isascii()
            and first not in taken
            and _HAN_NAME.fullmatch(text, first, end)
        ):
            return [(first, end)]
        run: list[_Word] = []
        a, b = first, end
        # A family name that is also an English word (``To``, for Tô): the
        # name's first word, read on trial (see :func:`_surname_as_word_ok`).
        trial = False
        while len(run) < limit:
            if a in taken or not text[a].isupper() or not text[a:b].isalpha():
                break
            if run and self._title_word(a):
                # "President Thongloun, also serving as ...": the office is no
                # part of the name read back from the apposition.
                break
            if text[a:b] in _ADDRESS_SET:
                # "Ms Pham Thu Hang": a form of address is no part of the name.
                break
            # Only the written word is a stop word: "Tô" is no "to".
            if s[a:b] in _STOP_NAME_WORDS and text[a:b].lower() == s[a:b]:
                if forward and len(run) >= 2 and _given_name_last(sp, run, a, b):
                    # "Duong Van An": a Vietnamese given name that is an English word.
                    run.append((a, b))
                    break
                if (
                    (s[a:b] not in surnames()[0] and s[a:b] not in surnames()[1])
                    or not text[a + 1 : b].islower()
                    or (run and forward)
                ):
                    break
                trial = True
            run.append((a, b))
            if trial and not forward:
                break
            # The next word, joined by a blank or a hyphen.
            if forward:
                if (
                    b - a == 1
                    and b + 2 < n
                    and text[b] == "."
                    and text[b + 1] == " "
                    and text[b + 2].isupper()
                ):
                    # "Joseph R. Biden", "S. Jaishankar": an initial and its full stop.
                    run[-1] = (a, b + 1)
                    a = b + 2
                    b = sp.padded.find(" ", a + 1) - 1
                    continue
                if b + 1 < n and text[b] in _JOINER_CHARS and s[b + 1] != " ":
                    a = b + 1
                    b = sp.padded.find(" ", a + 1) - 1
                    if text[a - 1] == "-" and text[a:b].isalpha() and text[a:b].islower():
                        # "Woo Won-shik", "Kim Jong-un": a given name's lower-case
                        # part after a hyphen belongs to the word before.
                        run[-1] = (run[-1][0], b)
                        if b + 1 < n and text[b] in _JOINER_CHARS and s[b + 1] != " ":
                            a = b + 1
                            b = sp.padded.find(" ", a + 1) - 1
                        else:
                            break
                else:
                    break
            elif a >= 2 and text[a - 1] in _JOINER_CHARS and s[a - 2] != " ":
                b = a - 1
                a = s.rfind(" ", 0, b) + 1
            else:
                break
        if len(run) < 2:
            return None
        if not forward:
            run.reverse()
        if not _name_stops().isdisjoint([s[a:b] for a, b in run]):
            # A body or a place rather than a person (``Armed Forces`` of a
            # body whose first words no body reads).
            return None
        if trial and not _surname_as_word_ok([s[a:b] for a, b in run]):
            # Read as the English word: it ends the run.
            if forward:
                return None
            run = run[1:]
            if len(run) < 2:
                return None
        return run

    def _hit_end_at(self, start: int) -> int:
        """The end of the name found that starts at ``start``, or -1."""
        for a, b, _ in self.hits:
            if a == start:
                return b
        return -1

    def _unknown(self, run: Sequence[_Word], country: str | None) -> None:
        sp = self.sp
        lo, hi = run[0], run[-1]
        if _is_place_name(sp, lo[0], hi[1]):
            return
        if sp.s[lo[0] : lo[1]] in _places_by_first() and _place_size(
            [sp.s[a:b] for a, b in run]
        ) == len(run):
            # A listed place (``HÀ NỘI –`` of a dateline) is no person.
            return
        keys = [sp.s[a:b] for a, b in run]
        if _vocab().org_words.issuperset(keys) and not all(VN_SYLLABLE.fullmatch(k) for k in keys):
            # Words of a body's name (``Ministry of Foreign Affairs, Chinese
            # Ambassador ...``), not a person's: a Vietnamese name whose
            # syllables are also body words (``Tran Thanh Son``) stays one.
            return
        surface = tidy(self.p.text[lo[0] : hi[1]])
        guessed = False
        vn_shaped = None
        if country == "VN":
            vn_shaped = _vn_shaped(keys)
        if vn_shaped is False:
            # "National Assembly President Khuon Sodary": a body Viet Nam
            # shares with others, and a name no Vietnamese one.
            country = None
        if country is None:
            vn, cn = surnames()
            first = sp.s[lo[0] : lo[1]]
            if first in vn and first not in cn:
                country, guessed = "VN", True
            elif first in cn and first not in vn:
                country, guessed = "CN", True
        key = "u:" + name_key(surface)
        entity = self.entities.get(key)
        if entity is None:
            entity = self.entities[key] = _Entity(None, surface, country, key)
            entity.guessed = guessed
            entity.vn_shaped = vn_shaped
        elif entity.country is None or (entity.guessed and not guessed):
            entity.country, entity.guessed = country, guessed
        self.hits.append((lo[0], self._end(hi), key))
        self.taken.update([w[0] for w in run])

    def unknown_people(self, groups: Sequence[Sequence[TitleHit]]) -> None:
        s = self.sp.s
        rank_firsts = _rank_firsts()
        n = len(s)
        text = self.p.text
        taken = self.taken
        for group in groups:
            last = group[-1]
            pos = last.end
            k = _past_blanks(text, pos)
            if k != pos and k < n and text[k] in _ADDRESS_AFTER_FIRSTS:
                k = _past_address(text, k)
            if k != pos and s.startswith(rank_firsts, k):
                k = _past_rank(self.sp, k)
            country = next(filter(None, map(_COUNTRY, group)), None)
            # Whether a name follows the stack: then the stack is that name's.
            named_after = False
            while k != pos and k < n and s[k] != " ":
                named_after = True
                if k != pos and last.plural and self._title_word(k):
                    # "..., and Minister X": the list of the plural office ends.
                    break
                if k in taken:
                    # A known name: the list may go on after it.
                    end = self._hit_end_at(k)
                else:
                    run = self._name_run(k, forward=True)
                    if run is None or run[0][0] != k:
                        named_after = False
                        break
                    self._unknown(run, country)
                    end = self._end(run[-1])
                if not last.plural or end < 0:
                    break
                # "Deputy Prime Ministers X and Y": the next name of the list.
                pos = end
                k = _list_next(text, end)
                if k < 0:
                    break
            first = group[0]
            if first.vietnamese:
                # Vietnamese puts the office before the name; "X, Bí thư ..." is a
                # list, not an apposition, except as an item of a list of people.
                self._list_item(first.start, group)
                continue
            if not named_after and text[pos : pos + 2] == ", ":
                self._set_off_after(pos + 2, country)
            window_start = max(0, first.start - 60)
            fs = first.start
            dash = (
                _DASH_BEFORE.search(text, max(0, fs - 7), fs)
                if fs >= 3 and (text[fs - 2] in _DASHES or text[fs - 3] in _DASHES)
                else None
            )
            if dash is not None:
                if named_after:
                    # "HÀ NỘI – General Secretary ... Tô Lâm": the dash ends a dateline.
                    continue
                q = dash.start()
            else:
                # What may follow the comma holds no comma: only the last one can start a match.
                comma = text.rfind(",", window_start, first.start)
                if comma == -1:
                    continue
                tail = text[comma + 1 : first.start]
                # After the comma and up to three blanks, the pattern reads "who",
                # "the", "a", "an", "also", "serving", "concurrently" or nothing:
                # any other first letter rules it out.
                if tail == " ":
                    q = comma
                elif tail.lstrip()[:1] in "wtasc":
                    m = _APPOS.match(text, comma, first.start)
                    if m is None:
                        continue
                    q = comma
                else:
                    continue
            # The word that ends right where the apposition starts.
            if q > 0 and s[q - 1] != " " and (q == n or s[q] == " "):
                k = s.rfind(" ", 0, q) + 1
                if k not in taken:
                    run = self._name_run(k, forward=False)
                    if run is not None and run[-1][0] == k:
                        self._unknown(run, next(filter(None, map(_COUNTRY, group)), None))
        for m in _introductions(self.p, self.sp):
            at = self._word_at(m.end())
            # "đồng chí Tổng Bí thư ...": an office, not a name, follows.
            if at is None or at in taken or self._title_word(at):
                continue
            run = self._name_run(at, forward=True)
            if run is not None:
                self._unknown(run, None)

    def _set_off_after(self, k: int, country: str | None) -> None:
        """An unknown name set off by commas right after an office: ``<office>, X Y, said``."""
        text = self.p.text
        # A name starts with a capital letter (a blank is none).
        if k >= len(text) or not text[k].isupper() or k in self.taken:
            return
        if self.sp.s.startswith(_rank_firsts(), k):
            # "..., H.E. Sinlavong Khoutphaitoun": an honorific before the name.
            k = _past_rank(self.sp, k)
            if k >= len(text) or k in self.taken:
                return
        run = self._name_run(k, forward=True)
        # The name ends the apposition: a comma, or the sentence's end.
        if (
            run is None
            or run[0][0] != k
            or text[run[-1][1] : run[-1][1] + 1] not in (",", ";", ".")
        ):
            return
        if not self._title_word(k):
            self._unknown(run, country)

    def _list_item(self, start: int, group: Sequence[TitleHit]) -> None:
        """An unknown name that starts an item of a list of people: ``…; Đỗ Bá Tỵ, Phó Chủ tịch …``.

        ``start`` is where the offices after the name start; the name must
        follow a colon or a semicolon, or start a line.
        """
        text, s = self.p.text, self.sp.s
        q = start - 2
        if q < 1 or text[q:start] != ", " or s[q - 1] == " ":
            return
        k = s.rfind(" ", 0, q) + 1
        if k in self.taken:
            return
        run = self._name_run(k, forward=False)
        if run is None or run[-1][0] != k:
            return
        before = text[max(0, run[0][0] - 4) : run[0][0]].rstrip(" \t")
        if before and before[-1] not in ":;\n":
            return
        self._unknown(run, next(filter(None, map(_COUNTRY, group)), None))

    # -- 4. short references ---------------------------------------------

    def short_mentions(self) -> None:
        forms: dict[str, list[str]] = {}
        for key, ent in self.entities.items():
            for pair in self._short_keys(ent):
                for variant in pair:
                    if variant and (variant not in forms or key not in forms[variant]):
                        forms.setdefault(variant, []).append(key)
        if not forms:
            return
        sp = self.sp
        s, text = sp.s, sp.text
        n = len(s)
        ends: dict[str, list[int]] = {}
        for _, end, key in self.hits:
            ends.setdefault(key, []).append(end)
        for seen in ends.values():
            seen.sort()
        taken = self.taken
        word_end = sp.padded.find
        for k in self._words_with_heads({f.split(" ")[0] for f in forms}):
            if k in taken:
                continue
            end = word_end(" ", k + 1) - 1
            keys = forms.get(_cmp_key(s[k:end]))
            if keys is None:
                continue
            if (
                end + 1 < n
                and text[end] in _JOINER_CHARS
                and s[end + 1] != " "
                and text[end + 1].isupper()
                and s[end + 1 : word_end(" ", end + 2) - 1] not in _STOP_NAME_WORDS
            ):
                continue
            if k >= 2 and text[k - 1] in _JOINER_CHARS and s[k - 2] != " ":
                before = s.rfind(" ", 0, k - 1) + 1
                if (
                    text[before].isupper()
                    and before not in taken
                    and not self._title_word(before)
                    # "Mr Xi", "Ông Tập": a form of address is no part of a name.
                    and text[before : k - 1] not in _ADDRESS_SET
                    # "General Giang": nor is a military rank.
                    and _past_rank(sp, before) != k
                ):
                    continue
            # "Lâm-đồng": a dash and a lower-case letter make one word of the two.
            dash = text[end : end + 1]
            if (dash == "-" or dash == "–") and _NEXT_BREAKS_SHORT.match(text[end : end + 2]):
                continue
            if self._inside_title(k):
                continue
            if (
                text[k:end].lower() in _STOP_NAME_WORDS
                and not self._introduced(k)
                and not text.startswith(_SHORT_APPOSITIONS, end)
            ):
                # "He said": the pronoun, unless an office or "Mr" comes right
                # before (``Vice Premier He``) or an apposition after (``He,
                # also a member of ...``).
                continue
            if (
                self.language == "vi"
                and VN_SYLLABLE.fullmatch(s[k:end]) is not None
                and not self._introduced(k)
            ):
                # Vietnamese press names a person by a bare given name only after
                # an office or "đồng chí"/"ông"/"bà"; elsewhere the syllable is a
                # word ("Chính phủ", "Lâm Đồng"). A name no Vietnamese syllable
                # spells (``Thongloun``) is no word.
                continue
            if len(keys) == 1:
                chosen: str | None = keys[0]
            else:
                chosen = self._nearest(keys, k, ends)
            if chosen is None:
                continue
            self.hits.append((k, self._end((k, end)), chosen))
            bisect.insort(ends.setdefault(chosen, []), end)
            taken.add(k)

    def _family_hit(self, k: int) -> _NameHit | None:
        """A Vietnamese person's family name alone at ``k``, right after an office: ``Prime Minister Pham``.

        Foreign wire copy names a Vietnamese official so, once named in full;
        anywhere else the family name alone is no reference (``Pham`` may be
        anyone's). The mention found is added to the hits.
        """
        sp = self.sp
        s, text = sp.s, sp.text
        n = len(s)
        if k >= n or k in self.taken or not text[k].isupper() or self.language == "vi":
            return None
        e = sp.padded.find(" ", k + 1) - 1
        if e + 1 < n and text[e] in _JOINER_CHARS and s[e + 1] != " " and text[e + 1].isupper():
            # "Prime Minister Pham Minh Chinh" whom the gazetteer does not know.
            return None
        forms = self._family_forms
        if forms is None:
            forms = self._family_forms = {}
            for key, ent in self.entities.items():
                if ent.country != "VN" or ent.family_first:
                    continue
                words = (ent.person.name if ent.person is not None else ent.surface).split()
                if len(words) < 2:
                    continue
                for variant in _family_keys(words[0]):
                    if key not in forms.setdefault(variant, []):
                        forms[variant].append(key)
        keys = forms.get(_cmp_key(s[k:e]))
        if keys is None:
            return None
        if len(keys) == 1:
            chosen: str | None = keys[0]
        else:
            ends: dict[str, list[int]] = {}
            for _, b, key in self.hits:
                ends.setdefault(key, []).append(b)
            for seen in ends.values():
                seen.sort()
            chosen = self._nearest(keys, k, ends)
        if chosen is None:
            return None
        hit = (k, self._end((k, e)), chosen)
        self.hits.append(hit)
        self.taken.add(k)
        return hit

    def _inside_title(self, pos: int) -> bool:
        """Whether the word at ``pos`` lies inside an office's span (``Bộ Chính trị``)."""
        return self._title_word(pos) and not self._title_ends_before(pos)

    def _title_ends_before(self, pos: int) -> bool:
        i = bisect.bisect_right(self._title_starts, pos)
        return bool(i) and self._titles[i - 1].end <= pos

    def _introduced(self, pos: int) -> bool:
        """Whether an office or a form of address stands right before the word at ``pos``."""
        i = bisect.bisect_right(self._title_ends, pos)
        if i and self.p.text[self._title_ends[i - 1] : pos].strip(" ") == "":
            return True
        return bool(_INTRO_BEFORE.search(self.p.text, max(0, pos - 20), pos))

    def _title_word(self, pos: int) -> bool:
        """Whether the word at ``pos`` is part of an office (``PM`` in ``PM Chinh``)."""
        i = bisect.bisect_right(self._title_starts, pos)
        return bool(i) and self._titles[i - 1].start <= pos < self._titles[i - 1].end

    def _short_keys(self, ent: _Entity) -> tuple[tuple[str, str], ...]:
        """``(key, damaged key)`` of each short form of an entity's name."""
        if ent.person is not None:
            return self.gaz.short_keys(ent.person)
        words = ent.surface.split()
        if len(words) < 2 or ent.country is None:
            return ()
        short = words[0] if ent.family_first else words[-1]
        key = name_key(short)
        # An ASCII word (no white space: it comes from a split) is its own damaged form.
        return ((key, key if short.isascii() else name_key(damaged_key(short))),)

    def _nearest(self, keys: Sequence[str], pos: int, ends: dict[str, list[int]]) -> str | None:
        """The candidate mentioned last before ``pos`` in the same paragraph, if any."""
        if self._paragraph_breaks is None:
            # Needed only where a short name fits two people: found on first use.
            self._paragraph_breaks = [m.start() for m in _PARAGRAPH.finditer(self.p.text)]
        breaks = self._paragraph_breaks
        i = bisect.bisect_left(breaks, pos)
        para_start = breaks[i - 1] if i else -1
        best: tuple[int, str] | None = None
        for key in keys:
            seen = ends.get(key, [])
            i = bisect.bisect_right(seen, pos)
            if i and seen[i - 1] > para_start and (best is None or seen[i - 1] > best[0]):
                best = (seen[i - 1], key)
        return best[1] if best else None

    # -- 5. attaching titles ---------------------------------------------

    def attach(self, groups: Sequence[Sequence[TitleHit]]) -> None:
        hits = self.hits
        by_start = dict(zip(map(_FIRST, hits), hits, strict=True))
        by_end = dict(zip(map(_SECOND, hits), hits, strict=True))
        hit_ends = list(map(_SECOND, hits))
        text = self.p.text
        entities = self.entities
        for group in groups:
            last = group[-1]
            pos = last.end
            j = _past_blanks(text, pos)
            target = by_start.get(j) if j > pos else None
            if target is None and j > pos and j < len(text) and text[j] in _ADDRESS_AFTER_FIRSTS:
                k = _past_address(text, j)
                if k != j:
                    j = k
                    target = by_start.get(j)
            if target is None and j > pos and self.sp.s.startswith(_rank_firsts(), j):
                # "Minister of National Defence General X": a rank before the name.
                k = _past_rank(self.sp, j)
                if k != j:
                    j = k
                    target = by_start.get(j)
            if target is None and j > pos:
                # "Prime Minister Pham": a family name alone after the office.
                target = self._family_hit(j)
                if target is not None:
                    by_start[target[0]] = by_end[target[1]] = target
            if (
                target is not None
                and len(group) > 1
                and not group[0].vietnamese
                # A list's gap (", and", or a comma before an office with its
                # own nationality) lies inside the stack's span: most stacks hold none.
                and (
                    "and" in text[group[0].end : last.start]
                    or "," in text[group[0].end : last.start]
                )
            ):
                group = self._split_list(group, by_end)
            if target is None:
                target = self._appos_before(group[0].start, by_end)
            if target is None:
                target = self._elected_as(group[0].start, hit_ends)
            if target is None and not group[0].vietnamese and text[pos : pos + 2] == ", ":
                # "Minister of Foreign Affairs, Bui Thanh Son, and ...": the name
                # set off by commas after the office.
                k = pos + 2
                if self.sp.s.startswith(_rank_firsts(), k):
                    # "..., H.E. Sinlavong Khoutphaitoun": an honorific before the name.
                    k = _past_rank(self.sp, k)
                target = by_start.get(k)
                if target is not None and text[target[1] : target[1] + 1] not in _CLOSES:
                    target = None
            if target is None:
                continue
            targets = [target]
            if last.plural and target[0] == j:
                # "Deputy Prime Ministers X and Y": each name of the list.
                while True:
                    k = _list_next(text, targets[-1][1])
                    nxt = by_start.get(k) if k >= 0 else None
                    if nxt is None:
                        break
                    targets.append(nxt)
            country = next(filter(None, map(_COUNTRY, group)), None)
            for target in targets:
                ent = entities[target[2]]
                ent.titles.extend(group)
                if (ent.country is None or (ent.guessed and country is not None)) and (
                    country != "VN" or _entity_vn_shaped(ent)
                ):
                    ent.country, ent.guessed = country, False

    def _appos_before(self, i: int, by_end: dict[int, _NameHit]) -> _NameHit | None:
        """The name a title at ``i`` is an apposition of (``Liu, also ...``, ``X – member of ...``)."""
        text = self.p.text
        window = text[max(0, i - 30) : i]
        # The pattern needs a comma or "who" and ends with a comma, "is",
        # "also", "the", "a" or "an" and blanks, or a dash: most windows have neither.
        tail = window.rstrip()[-1:]
        if ("," in window or "who" in window) and tail in _APPOS_SHORT_LAST:
            # A match holds no comma but the one it may start with, and runs to
            # the window's end: it starts at the last comma or after it.
            m = _APPOS_SHORT.search(window, max(0, window.rfind(",")))
            return None if m is None else by_end.get(i - (len(m.group())))
        if tail and tail in _DASHES and window[-1:] in " \t":
            d = _DASH_BEFORE.search(window)
            return None if d is None else by_end.get(i - (len(d.group())))
        return None

    def _split_list(
        self, group: Sequence[TitleHit], by_end: dict[int, _NameHit]
    ) -> Sequence[TitleHit]:
        """``A, <office>, and <office> B``: the offices before ``, and`` go to ``A``; the rest is returned.

        Only where the stack is an apposition of the name before it and
        names the next person after ``, and``, or after a comma where the
        next office opens with its own nationality (``A, member of ...,
        Chinese Ambassador to Vietnam B``): a list of people.
        """
        text = self.p.text
        cut = 0
        for k in range(len(group) - 1, 0, -1):
            gap = text[group[k - 1].end : group[k].start]
            if "," in gap and "and" in gap:
                cut = k
                break
        if not cut:
            nationalities = _vocab().nationalities
            lower = self.p.lower
            for k in range(len(group) - 1, 0, -1):
                start = group[k].start
                first = lower[start : self.sp.word_end(start)]
                if "," in text[group[k - 1].end : start] and first in nationalities:
                    cut = k
                    break
        if not cut:
            return group
        before = self._appos_before(group[0].start, by_end)
        if before is None:
            return group
        ent = self.entities[before[2]]
        head = group[:cut]
        ent.titles.extend(head)
        country = next(filter(None, map(_COUNTRY, head)), None)
        if ent.country is None or (ent.guessed and country is not None):
            ent.country, ent.guessed = country, False
        return group[cut:]

    def _elected_as(self, pos: int, hit_ends: Sequence[int]) -> _NameHit | None:
        """The person a title stands apart for: ``X, who was elected as <title>``, ``X on his election as``."""
        i = bisect.bisect_right(hit_ends, pos)
        if not i or pos - hit_ends[i - 1] > 80:
            return None
        hit = self.hits[i - 1]
        between = self.p.text[hit[1] : pos]
        # The pattern starts with a comma or a blank and names an election or
        # appointment (any case): most gaps do neither.
        if not (between[:1] in (",", "'", "’") or between[:1].isspace()):
            return None
        if between.isascii():
            low = between.lower()
            if not any(word in low for word in _ELECTED_WORDS):
                return None
        elif pos - hit[1] <= 40 and _ELECTED_AS_VI.match(self.p.lower, hit[1], pos) is not None:
            # "X được bầu làm <title>": the pattern spans the whole gap.
            return hit
        return hit if _ELECTED_AS.match(between) else None

    # -- output -------------------------------------------------------------

    def officials(self) -> tuple[Official, ...]:
        p = self.p
        original = p.original
        # The prepared text is the original itself: its offsets need no map, and
        # two distinct spans are two distinct mentions.
        plain = p.text is original
        entities = self.entities
        for start, end, key in self.hits:
            entities[key].mentions.append((start, end))
        out: list[tuple[int, Official]] = []
        for ent in entities.values():
            spans = ent.mentions
            if not spans:
                continue
            spans.sort()
            person = ent.person
            if person is not None:
                name = person.name
                ascii_ = _known_ascii(name)
            else:
                name = self._unknown_name(ent)
                ascii_ = ascii_name(name)
            titles: dict[str, Title] = {}
            if ent.titles:
                # "Thủ tướng" of a Chinese official is a premier, as English has it.
                vocab = _vocab()
                by_role = vocab.vi_roles_by_country.get(ent.country or "", {})
                bare = vocab.vi_bare_roles_by_country.get(ent.country or "", {})
                for t in sorted(ent.titles, key=_START) if len(ent.titles) > 1 else ent.titles:
                    role = by_role.get(t.role, t.role) if t.vietnamese else t.role
                    if t.vietnamese and t.organization is None:
                        role = bare.get(role, role)
                    prev = titles.get(role)
                    if prev is None or (prev.organization is None and t.organization is not None):
                        s, e = p.span(t.start, t.end)
                        if 0 <= s <= e:
                            # ``_unchecked(Title, ...)`` written out: its keyword
                            # arguments cost more than the object.
                            title = _new(Title)
                            _set(title, "text", original[s:e])
                            _set(title, "role", role)
                            _set(title, "organization", t.organization)
                            _set(title, "start", s)
                            _set(title, "end", e)
                            titles[role] = title
                        else:
                            titles[role] = Title(original[s:e], role, t.organization, s, e)
            if len(titles) > 1:
                _drop_bare_ministers(titles)
            if plain:
                mentions = tuple(
                    [
                        _mention(original[s:e], s, e) if 0 <= s <= e else p.mention(s, e)
                        for s, e in (dict.fromkeys(spans) if len(spans) > 1 else spans)
                    ]
                )
            else:
                mentions = tuple(dict.fromkeys([p.mention(s, e) for s, e in spans]))
            official = _new(Official)
            _set(official, "name", name)
            _set(official, "ascii", ascii_)
            _set(official, "country", ent.country)
            _set(official, "titles", tuple(titles.values()))
            _set(official, "mentions", mentions)
            out.append((spans[0][0], official))
        out.sort(key=_FIRST)
        return tuple([o for _, o in out])

    def _unknown_name(self, ent: _Entity) -> str:
        surface = ent.surface
        # Han characters are never ASCII: most names need no look for them.
        if not surface.isascii():
            compact = surface.replace(" ", "")
            if _HAN_NAME.fullmatch(compact):
                return han_to_pinyin(compact)
        # Prefer the spelling with the most diacritics among the full mentions.
        best = surface
        most = _non_ascii(best)
        key = ent.key[2:]  # the name key of the surface
        seen: set[str] = set()
        text = self.p.text
        for s, e in ent.mentions:
            written = text[s:e]
            # Tidying (NFC of NFC text, white space collapsed) never adds a
            # non-ASCII character, so a mention with no more of them than the
            # best cannot win.
            if written in seen or (written.isascii() or _non_ascii(written) <= most):
                continue
            seen.add(written)
            cand = tidy(written)
            if _non_ascii(cand) > most and name_key(cand) == key:
                best, most = cand, _non_ascii(cand)
        return best


# A bare office and the prefixes of the offices that name its portfolio: with
# one of those, the bare office ("Minister Wang Yi") is the same office again.
_BARE_OFFICES = (
    ("minister", ("minister of ",)),
    ("deputy minister", ("deputy minister of ", "vice minister of ")),
)


def _drop_bare_ministers(titles: dict[str, Title]) -> None:
    """Leave out ``minister`` where the person's ``minister of ...`` is given too (same for deputies)."""
    for bare, prefixes in _BARE_OFFICES:
        if bare in titles and any(r.startswith(prefixes) for r in titles):
            del titles[bare]


def extract_officials(
    p: PreparedText,
    gazetteer: Gazetteer,
    ref: _dt.date | None = None,
    language: str | None = None,
) -> tuple[Official, ...]:
    """Return one :class:`Official` per person ``p`` names, in order of first mention.

    Args:
        p: The prepared text.
        gazetteer: The known people.
        ref: The article's reference date, which picks between two known
            people of the same name by their offices.
        language: ``en`` or ``vi``, if known.

    Returns:
        The officials.

    Example:
        >>> from dipparse.text import prepare
        >>> offs = extract_officials(prepare("Prime Minister Phạm Minh Chính met Liu Ning. Chinh said."),
        ...                          Gazetteer.default())
        >>> [(o.name, o.roles, [m.text for m in o.mentions]) for o in offs][0]
        ('Phạm Minh Chính', ('prime minister',), ['Phạm Minh Chính', 'Chinh'])
    """
    r = _Reader(p, gazetteer, ref, language)
    r.known_people()
    name_starts = frozenset(map(_FIRST, r.hits))
    short_names = frozenset(key for ent in r.entities.values() for key, _ in r._short_keys(ent))
    titles = find_titles(p, name_starts, short_names)
    r._titles = titles
    r._title_starts = [t.start for t in titles]
    r._title_ends = sorted(t.end for t in titles)
    groups = stacks(p, titles)
    r.unknown_people(groups)
    counterparts = [
        # "his Cambodian counterpart, Samdech Techo Hun Sen": past an honorific.
        attrs.evolve(c, name_at=_past_rank(r.sp, c.name_at)) if c.name_at < len(p.text) else c
        for c in find_counterparts(p)
    ]
    for c in counterparts:
        # "his Cambodian counterpart Tea Seiha": a name, whoever's it is.
        at = r._word_at(c.name_at)
        if at is not None and at not in r.taken and not r._title_word(at):
            run = r._name_run(at, forward=True)
            if run is not None:
                r._unknown(run, c.country)
    r.short_mentions()
    r.hits.sort(key=_FIRST)
    r.attach(_held(p, groups) if groups else groups)
    for key, title in counterpart_titles(p, counterparts, r.hits, r.entities):
        ent = r.entities[key]
        ent.titles.append(title)
        if title.country is not None and (ent.country is None or ent.guessed):
            ent.country, ent.guessed = title.country, False
    _list_countries(r)
    return r.officials()


# What parts two office holders of a list: ", ", ", and ", " and ", ", và ", " và ".
_LIST_GAP = re.compile(r"(?:,[ \t]{1,3}(?:(?:and|và)[ \t]{1,3})?|[ \t]{1,3}(?:and|và)[ \t]{1,3})\Z")


def _list_countries(r: _Reader) -> None:
    """Give a listed office holder of no known country the country of the one listed before.

    ``Attending were Lao Deputy Prime Minister A, Minister of Planning and
    Investment B, ...``: the nationality written once holds for the list. Only a
    person of whom nothing else tells the country takes it, and only when the
    office follows the previous person's name straight after the list's comma
    or ``and``.
    """
    pending = [
        (ent.titles[0].start, ent)
        for ent in r.entities.values()
        if ent.country is None and ent.titles
    ]
    if not pending:
        return
    text = r.p.text
    by_end = {end: key for _start, end, key in r.hits}
    for start, ent in sorted(pending, key=itemgetter(0)):
        m = _LIST_GAP.search(text, max(0, start - 8), start)
        if m is None:
            continue
        key = by_end.get(m.start())
        if key is None:
            continue
        before = r.entities[key]
        if before is not ent and before.country is not None:
            ent.country, ent.guessed = before.country, True


@functools.cache
def _assisted() -> re.Pattern[str]:
    """The words right before an office that make its holder the one assisted (``Trợ lý``, ``assistant to the``)."""
    words = sorted(load_json("offices.json")["assistant_words"], key=len, reverse=True)
    alternation = "|".join(r"[ \t]{1,3}".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<![^\W\d_])(?:{alternation})[ \t]{{1,3}}\Z")


@functools.cache
def _assisted_ends() -> tuple[tuple[str, ...], int]:
    """The last words of the phrases :func:`_assisted` reads (``ly``, ``the``, ``to``), and how far back a match's last word can start."""
    lasts = {w.split()[-1] for w in load_json("offices.json")["assistant_words"]}
    # The longest last word and the most blanks after it.
    return tuple(sorted(lasts)), max(map(len, lasts)) + 3


def _held(p: PreparedText, groups: Sequence[Sequence[TitleHit]]) -> list[Sequence[TitleHit]]:
    """``groups`` without the stacks that name the person someone assists.

    ``Trợ lý Tổng Bí thư Trần Văn Cường``, ``Assistant to the Prime Minister
    X``: the name after the office is the assistant's (still a person the
    text names), who does not hold the office.
    """
    search = _assisted().search
    lasts, width = _assisted_ends()
    lower = p.lower
    out: list[Sequence[TitleHit]] = []
    for g in groups:
        start = g[0].start
        # A match ends in one to three blanks right after a phrase's last
        # word: most offices have no such word before them, and the pattern,
        # tried at every offset of its window, is not run for them.
        if lower[max(0, start - width) : start].rstrip(" \t").endswith(lasts) and (
            search(lower, max(0, start - 24), start) is not None
        ):
            continue
        out.append(g)
    return out


def _spelling_fits(surface: str, person: Person) -> bool:
    """Whether a name written with diacritics can be ``person``, whose key it folds to.

    Each word must carry the diacritics of the same word in one of the
    person's spellings (where the tone mark sits in ``oa``/``uy`` aside). A
    spelling with other words (another script, a compact form) cannot tell:
    then the name fits.
    """
    if surface == person.name or surface in person.aliases:
        return True
    words = _NAME_SPLIT.split(surface.strip())
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    key = [fold(w).lower() for w in words]
    comparable = False
    for spelling in (person.name, *person.aliases):
        if spelling.isascii():
            # A spelling without diacritics cannot tell (a gazetteer in ASCII).
            continue
        sw = _NAME_SPLIT.split(spelling)
        if [fold(w).lower() for w in sw] != key:
            continue
        comparable = True
        if all(_diacritics_form(a) == _diacritics_form(b) for a, b in zip(words, sw, strict=True)):
            return True
    return not comparable
