"""Text repair and normalization, with a map back to the original offsets.

Extractors never work on the raw input: they read a :class:`PreparedText`,
whose ``text`` has the HTML a scraper left decoded (character references
such as ``&nbsp;`` or ``&#7897;``) or dropped (tags, invisible format
characters such as soft hyphens and zero-width spaces), is NFC-normalized,
has mojibake (UTF-8 read as Latin-1 or cp1252) repaired word by word and
control characters blanked, and whose
``folded`` and ``lower`` views have exactly the same length as ``text``, so
one offset serves all three. :meth:`PreparedText.span` turns an offset pair in
those views back into offsets of the original, so every mention dipparse
reports is a true slice of the text the caller gave.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from typing import TypeVar

import attrs
import regex

from dipparse._folds import ONE_TO_ONE_FOLDS
from dipparse.models import Mention, _mention

_T = TypeVar("_T")

DIACRITIC_LETTER = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
"""A Latin letter with a diacritic (Latin-1 Supplement to Latin Extended-B, Latin Extended Additional).

What makes a word or a text "written with diacritics"; bullets, curly quotes
and dashes do not.
"""

__all__ = [
    "DIACRITIC_LETTER",
    "PreparedText",
    "fold_char",
    "letter_bytes",
    "letter_runs",
    "non_ascii_count",
    "prepare",
]

# Lead bytes of UTF-8 sequences as Latin-1/cp1252 shows them, followed by a
# continuation byte as it shows it: the signature of mojibake.
_MOJIBAKE = regex.compile(
    r"[\u00c2-\u00f4][\u0080-\u00bf\u2018-\u203a\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2122]"
)
_NON_ASCII_WORD = regex.compile(r"[^\s]*[^\x00-\x7f][^\s]*")
# Plain character classes: the standard ``re`` scans them several times faster
# than ``regex`` does, and these scans run over every article.
# The other spaces (no-break, thin, ideographic...) are blanked with them: a
# name or a dateline spelled with a no-break space reads as with a space.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ud800-\udfff]"
)
_CONTROL_SPLIT = re.compile(f"({_CONTROL.pattern})")
# Byte tables for the fast paths: ``bytes.translate`` runs at memory speed,
# where a regex scan costs tens of nanoseconds a character.
_ASCII_BYTES = bytes(range(0x80))
_NOT_ASCII_CONTROL = bytes(
    c for c in range(256) if not (c <= 0x08 or c in (0x0B, 0x0C) or 0x0E <= c <= 0x1F or c == 0x7F)
)
# Every ASCII byte but the control characters of ``_NOT_ASCII_CONTROL``'s complement.
_PLAIN_ASCII = bytes(c for c in range(0x80) if c in _NOT_ASCII_CONTROL)
# ``a``-``z`` kept, every other byte blanked: in UTF-8 (or ASCII with ``?`` for
# the rest) no other character has a byte in that range.
LETTERS_ONLY = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))
# Past this many distinct characters to fold, one ``translate`` pass is cheaper.
_MANY_FOLDS = 160
# A ``str.replace`` per distinct character to fold costs about as much as
# folding this many non-ASCII characters one at a time for each character of
# the text (``_fold_sparse``): the cheaper way is taken.
_SPARSE_COST = 150


# What a scraper leaves in the text: HTML character references (also escaped
# again, ``&amp;nbsp;``), tags, and format characters that take no room on the
# page but split a word for every reader (soft hyphen, zero-width space and
# joiners, byte order mark, direction marks).
_ENTITY = re.compile(
    r"&(?:amp;){0,4}(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
# Only the names of HTML's own elements: an angle-bracketed word of the text
# that is no tag (``<Vietnam>``) stays.
_BLOCK_TAGS = (
    "address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr"
    "|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul"
)
_INLINE_TAGS = "a|abbr|b|big|cite|code|em|font|i|img|mark|q|s|small|span|strong|sub|sup|time|u"
_TAG = re.compile(
    rf"</?(?:(?P<block>{_BLOCK_TAGS})|{_INLINE_TAGS})(?:[\s/][^<>]{{0,400}})?>", re.IGNORECASE
)
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
_INVISIBLE_SET = frozenset(_INVISIBLE + "\u00ad")
# A soft hyphen right after a lead byte's character is the second byte of
# mojibake (``í`` read as cp1252 is ``Ã\xad``): the repair needs it.
_INVISIBLE_RUN = re.compile(f"(?:[{_INVISIBLE}]|(?<![\u00c2-\u00f4])\u00ad)+")


def _has_markup(original: str) -> bool:
    """Whether :func:`_strip_markup` may change ``original``: cheap tests for its first characters."""
    return (
        ("&" in original and _ENTITY.search(original) is not None)
        or ("<" in original and _TAG.search(original) is not None)
        or (not original.isascii() and _INVISIBLE_RUN.search(original) is not None)
    )


def _entity(m: re.Match[str]) -> str:
    return html.unescape(f"&{m[1]};")


def _strip_markup(original: str) -> tuple[str, list[int], list[int]]:
    r"""``original`` with references decoded, tags and invisible characters dropped, and its map.

    A block tag (``<p>``, ``<br/>``) becomes a line break, so that a paragraph
    opens a line as it does on the page; other tags and the invisible
    characters go. Each character out maps to the characters in it came
    from: a decoded reference to the whole reference.

    Returns:
        The text, and for each of its characters the start and end offsets
        in ``original``.

    Example:
        >>> raw = "Ph&#7841;m<br>Minh"
        >>> text, starts, ends = _strip_markup(raw)
        >>> text, raw[starts[2] : ends[2]]
        ('Phạm\nMinh', '&#7841;')
    """
    text, starts, ends = _apply(original, _ENTITY, _entity, list(range(len(original) + 1)))
    text, starts, ends = _apply(text, _TAG, _tag_out, starts, ends)
    text, starts, ends = _apply(text, _INVISIBLE_RUN, _drop, starts, ends)
    return text, starts, ends


def _tag_out(m: re.Match[str]) -> str:
    return "\n" if m["block"] else ""


def _drop(m: re.Match[str]) -> str:
    return ""


def _apply(
    text: str,
    pattern: re.Pattern[str],
    out: Callable[[re.Match[str]], str],
    starts: list[int],
    ends: list[int] | None = None,
) -> tuple[str, list[int], list[int]]:
    """Replace each match of ``pattern`` in ``text`` by ``out(match)``, carrying the map along.

    ``starts[i]`` and ``ends[i]`` are where ``text[i]`` came from; with
    ``ends`` ``None``, ``text`` is the original and ``starts`` its offsets
    (one more than its length). The characters a replacement puts in map
    to everything the match covered.
    """
    if ends is None:
        ends = starts[1:]
        starts = starts[:-1]
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        a, b = m.span()
        pieces.append(text[pos:a])
        new_starts.extend(starts[pos:a])
        new_ends.extend(ends[pos:a])
        rep = out(m)
        pieces.append(rep)
        new_starts.extend([starts[a]] * len(rep))
        new_ends.extend([ends[b - 1]] * len(rep))
        pos = b
    if not pieces:
        return text, starts, ends
    pieces.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(pieces), new_starts, new_ends


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that folds each character to one character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = ONE_TO_ONE_FOLDS.get(ch)
        if out is None:
            base = unicodedata.normalize("NFD", ch)[:1]
            out = base if base.isascii() and base else ch
        self[code] = out
        return out


_FOLD_TABLE = _FoldTable()


class _LowerTable(dict[int, str]):
    """A ``str.translate`` table that lower-cases each character to one character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        low = ch.lower()
        out = low if len(low) == 1 else ch
        self[code] = out
        return out


_LOWER_TABLE = _LowerTable()


def fold_char(ch: str) -> str:
    """Fold one character to one character, ASCII where it has an ASCII base.

    Args:
        ch: A single character.

    Returns:
        A single character.

    Example:
        >>> fold_char("ạ"), fold_char("Đ"), fold_char("习")
        ('a', 'D', '习')
    """
    return ch.translate(_FOLD_TABLE)


def _fold_text(text: str, wide: str | None = None, chars: set[str] | None = None) -> str:
    """``text.translate(_FOLD_TABLE)``, replacing each distinct non-ASCII character instead.

    ASCII folds to itself, and a text holds few distinct other characters
    (under a hundred even in Vietnamese), so one ``str.replace`` per
    character that changes is several times faster than ``translate``, which
    pays a table lookup for every character. Every fold is ASCII, so no
    replacement is changed again by a later one.

    Args:
        text: The text to fold.
        wide: The non-ASCII characters of ``text``, if the caller has them.
        chars: ``set(wide)``, if the caller has it.
    """
    if text.isascii():
        return text
    if wide is None:
        wide = (
            text.encode("utf-8", "surrogatepass")
            .translate(None, _ASCII_BYTES)
            .decode("utf-8", "surrogatepass")
        )
    if chars is None:
        chars = set(wide)
    folds = [(ch, out) for ch in chars if (out := _FOLD_TABLE[ord(ch)]) != ch]
    if not folds:
        return text
    if len(wide) * _SPARSE_COST < len(text) * len(folds):
        return _fold_sparse(text, wide)
    if len(folds) > _MANY_FOLDS:
        return text.translate(_FOLD_TABLE)
    for ch, out in folds:
        text = text.replace(ch, out)
    return text


def _fold_sparse(text: str, wide: str) -> str:
    """``text.translate(_FOLD_TABLE)``, built piece by piece around its few non-ASCII characters.

    ``wide`` holds them in text order, so each ``str.find`` from just past
    the one before lands on the next. Each ``str.replace`` copies and scans
    the whole text, which costs more than this where the characters are few;
    and the pieces join into a compact ASCII string wherever every fold is
    ASCII, whose ``lower`` and searches take the fast paths.

    Example:
        >>> _fold_sparse("Trần Văn, 2024", "ầă")
        'Tran Van, 2024'
    """
    pieces: list[str] = []
    append = pieces.append
    find = text.find
    pos = 0
    for ch, out in zip(wide, wide.translate(_FOLD_TABLE), strict=True):
        i = find(ch, pos)
        append(text[pos:i])
        append(out)
        pos = i + 1
    append(text[pos:])
    return "".join(pieces)


class _PlainNFC(dict[str, bool]):
    """Whether a character can never compose with the character before it under NFC.

    Such characters have ``NFC_Quick_Check`` ``Yes`` or ``No``, never
    ``Maybe``: the ``Maybe`` ones are combining marks (category ``M``) and
    the Hangul vowel and final jamo. Characters past the BMP are counted
    out, whatever later Unicode versions add there.
    """

    def __missing__(self, ch: str) -> bool:
        plain = not (
            unicodedata.category(ch).startswith("M") or "\u1100" <= ch <= "\u11ff" or ch > "\uffff"
        )
        self[ch] = plain
        return plain


_COMPOSES_WITH_NOTHING_BEFORE = _PlainNFC()


# Damaged text repeats its words (names, common syllables), and ftfy costs tens
# of microseconds a word: remember the answers, within a fixed bound.
@functools.lru_cache(maxsize=16384)
def _repair_word(word: str) -> str:
    # Composed first: a word written decomposed (``a`` and a combining grave
    # for ``à``) shows its mojibake only once composed, and a repair left for
    # the next preparation would make preparing twice differ from once.
    fixed = unicodedata.normalize("NFC", word)
    if _MOJIBAKE.search(fixed):
        try:
            import ftfy

            fixed = ftfy.fix_encoding(fixed)
            if _CONTROL.search(fixed):
                # The control characters left are blanked afterwards, which
                # splits the word: repair each piece as well, so that
                # preparing the prepared text changes nothing more.
                fixed = "".join(
                    ftfy.fix_encoding(piece) if _MOJIBAKE.search(piece) else piece
                    for piece in _CONTROL_SPLIT.split(fixed)
                )
        except Exception:
            fixed = word
    return unicodedata.normalize("NFC", fixed)


# A word of a text decomposed (NFD): letters, digits and the combining marks.
_DECOMPOSED_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")


@functools.lru_cache(maxsize=4096)
def _diacritics_form(s: str) -> str:
    """``s`` lower-cased, each word with its marks sorted after its letters.

    Two spellings of one Vietnamese word give one form whichever vowel they
    put the tone on (``hoá``, ``hóa``); words that fold alike but are not the
    same (``cảng`` and ``càng``, ``tài`` and ``tại``, ``Đặng`` and ``Dặng``)
    give two. Fields and the names of known people compare spellings by it.

    Example:
        >>> _diacritics_form("Văn hoá") == _diacritics_form("văn hóa")
        True
        >>> _diacritics_form("càng") == _diacritics_form("cảng")
        False
    """
    words = _DECOMPOSED_WORD.findall(unicodedata.normalize("NFD", s.lower()))
    return " ".join(
        "".join(c for c in w if not unicodedata.combining(c))
        + "".join(sorted(c for c in w if unicodedata.combining(c)))
        for w in words
    )


@attrs.frozen
class PreparedText:
    """The text as extractors read it, with the way back to the original.

    Attributes:
        original: The exact text the caller gave.
        text: HTML references decoded, tags and invisible characters
            dropped, NFC, mojibake repaired, control characters and
            no-break or other wide spaces blanked to a space.
        folded: ``text`` with each character folded to ASCII where it can be;
            same length as ``text``.
        lower: ``folded`` lower-cased; same length as ``text``.
    """

    original: str
    text: str
    folded: str
    lower: str
    _starts: tuple[int, ...] | None
    _ends: tuple[int, ...] | None
    _memo: dict[str, object] = attrs.field(init=False, factory=dict, eq=False, repr=False)
    """Values derived from this text once and shared by the extractors (tokenizations)."""

    def memo(self, key: str, make: Callable[[PreparedText], _T]) -> _T:
        """Return ``make(self)``, computed once per prepared text and key.

        Extractors share derived views of one text (word lists, sentence
        ends) through this instead of caches keyed on the text's content, so a
        text read twice is read twice.

        Example:
            >>> p = prepare("To Lam met Xi")
            >>> p.memo("words", lambda q: q.text.split()) is p.memo("words", lambda q: [])
            True
        """
        try:
            return self._memo[key]  # type: ignore[return-value]
        except KeyError:
            value = make(self)
            self._memo[key] = value
            return value

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``text[start:end]`` to the offsets of the same characters in ``original``.

        Args:
            start: Offset in ``text``.
            end: Offset in ``text``, ``>= start``.

        Returns:
            ``(start, end)`` in ``original``.

        Example:
            >>> p = prepare("Ha\u0300 Nô\u0323i")
            >>> p.text
            'Hà Nội'
            >>> p.span(3, 6)
            (4, 8)
        """
        if self._starts is None or self._ends is None:
            return start, end
        if end <= start:
            pos = self._starts[start] if start < len(self._starts) else len(self.original)
            return pos, pos
        return self._starts[start], self._ends[end - 1]

    def mention(self, start: int, end: int) -> Mention:
        """Return a :class:`~dipparse.models.Mention` of ``text[start:end]`` in original offsets.

        Args:
            start: Offset in ``text``.
            end: Offset in ``text``.

        Returns:
            A mention whose ``text`` is the original's characters.

        Example:
            >>> prepare("To Lam").mention(3, 6)
            Mention(text='Lam', start=3, end=6)
        """
        if self._starts is None:
            s, e = start, end
        else:
            s, e = self.span(start, end)
        if 0 <= s <= e:
            return _mention(self.original[s:e], s, e)
        return Mention(self.original[s:e], s, e)  # raises the validators' error


def _prepare_clean(original: str) -> PreparedText | None:
    """``prepare(original)`` for a non-ASCII text that needs no repair at all, else ``None``.

    A clean text (no control character, no mojibake, already NFC) is its own
    ``text``; the checks and the fold run on its non-ASCII characters alone,
    taken out with byte operations: two characters next to each other in the
    text are next to each other there too, so a mojibake pair cannot hide
    (and the text itself is searched only when they look like one).
    """
    if ("&" in original or "<" in original) and _has_markup(original):
        return None
    try:
        raw = original.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: blanked on the general path
        return None
    # One pass keeps the ASCII control characters and every non-ASCII byte;
    # the few bytes left are then looked at for a control character.
    kept = raw.translate(None, _PLAIN_ASCII)
    if kept.translate(None, _NOT_ASCII_CONTROL):
        return None
    wide = kept.decode("utf-8")
    if _CONTROL.search(wide):
        return None
    # Joined up, non-ASCII characters apart in the text can look like
    # mojibake ("à" ... "’"): only a hit there needs the whole text searched.
    if _MOJIBAKE.search(wide) and _MOJIBAKE.search(original):
        return None
    chars = set(wide)
    if not _INVISIBLE_SET.isdisjoint(chars):
        return None
    if all(map(_COMPOSES_WITH_NOTHING_BEFORE.__getitem__, chars)):
        # Every ASCII character is a boundary of NFC, and no character here
        # composes with the one before it, so the text is NFC exactly when
        # each of its non-ASCII runs is. Joining the runs only adds
        # neighbours to check: a ``False`` there may be wrong, and is
        # answered by the general path below, which is exact.
        if not unicodedata.is_normalized("NFC", wide):
            return None
    elif not unicodedata.is_normalized("NFC", original):
        return None
    folded = _fold_text(original, wide, chars)
    lower = folded.lower()
    if len(lower) != len(folded):
        lower = folded.translate(_LOWER_TABLE)
    p = PreparedText(original, original, folded, lower, None, None)
    # Counted here for free; language detection bounds a count with it.
    p._memo[_NON_ASCII] = len(wide)
    # The distinct ones too, which the officials' word view reads.
    p._memo[_WIDE_CHARS] = chars
    return p


def prepare(original: str) -> PreparedText:
    """Normalize ``original`` for extraction and keep the map back to it.

    Args:
        original: The text as the caller gave it.

    Returns:
        The prepared text.

    Example:
        >>> p = prepare("TÃ´ LÃ¢m met Xi")
        >>> p.text, p.folded
        ('Tô Lâm met Xi', 'To Lam met Xi')
        >>> p.mention(0, 6).text
        'TÃ´ LÃ¢m'
    """
    if original.isascii():
        if not original.encode("ascii").translate(None, _NOT_ASCII_CONTROL) and not (
            ("&" in original or "<" in original) and _has_markup(original)
        ):
            return PreparedText(original, original, original, original.lower(), None, None)
    else:
        quick = _prepare_clean(original)
        if quick is not None:
            return quick
    if _has_markup(original):
        return _prepare_markup(original)
    return _prepare_plain(original)


def _prepare_markup(original: str) -> PreparedText:
    """``prepare`` for a text with HTML left in it: the rest of the work on the stripped text, maps composed."""
    stripped, outer_starts, outer_ends = _strip_markup(original)
    inner = _prepare_plain(stripped)
    if inner._starts is None or inner._ends is None:
        starts, ends = outer_starts, outer_ends
    else:
        starts = [outer_starts[i] for i in inner._starts]
        ends = [outer_ends[i - 1] for i in inner._ends]
    return PreparedText(original, inner.text, inner.folded, inner.lower, tuple(starts), tuple(ends))


def _prepare_plain(original: str) -> PreparedText:
    """``prepare`` for a text with no HTML left in it, past the fast paths."""
    if not _MOJIBAKE.search(original) and unicodedata.is_normalized("NFC", original):
        # No word needs repair (a word with mojibake would match in the whole
        # text) and NFC changes nothing, so only control characters change,
        # one for one: the offsets need no map.
        text = _CONTROL.sub(" ", original)
        folded = _fold_text(text)
        lower = folded.lower()
        if len(lower) != len(folded):
            lower = folded.translate(_LOWER_TABLE)
        return PreparedText(original, text, folded, lower, None, None)

    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0

    def keep(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            chunk = original[pos:upto]
            pieces.append(chunk)
            starts.extend(range(pos, upto))
            ends.extend(range(pos + 1, upto + 1))
            pos = upto

    for m in _NON_ASCII_WORD.finditer(original):
        keep(m.start())
        word = m.group()
        new = _repair_word(word)
        if new == word:
            keep(m.end())
            continue
        # Align the unchanged head and tail; the changed middle maps as a block.
        head = 0
        limit = min(len(word), len(new))
        while head < limit and word[head] == new[head]:
            head += 1
        tail = 0
        while tail < limit - head and word[-1 - tail] == new[-1 - tail]:
            tail += 1
        ws = m.start()
        pieces.append(new)
        for i in range(len(new)):
            if i < head:
                starts.append(ws + i)
                ends.append(ws + i + 1)
            elif i >= len(new) - tail:
                j = len(word) - (len(new) - i)
                starts.append(ws + j)
                ends.append(ws + j + 1)
            else:
                starts.append(ws + head)
                ends.append(ws + len(word) - tail)
        pos = m.end()
    keep(len(original))
    text = _CONTROL.sub(" ", "".join(pieces))
    folded = _fold_text(text)
    lower = folded.lower()
    if len(lower) != len(folded):
        lower = folded.translate(_LOWER_TABLE)
    identity = len(text) == len(original) and text == original
    return PreparedText(
        original,
        text,
        folded,
        lower,
        None if identity else tuple(starts),
        None if identity else tuple(ends),
    )


_NON_ASCII = "non_ascii"


def non_ascii_count(p: PreparedText) -> int | None:
    """The number of non-ASCII characters of ``p.text`` where preparing it counted them, else ``None``.

    Example:
        >>> non_ascii_count(prepare("Hà Nội – Bắc Kinh")), non_ascii_count(prepare("Ha Noi"))
        (4, None)
    """
    count = p._memo.get(_NON_ASCII)
    return count if isinstance(count, int) else None


_WIDE_CHARS = "wide_chars"


def _wide_chars(p: PreparedText) -> AbstractSet[str]:
    text = p.text
    return set(text.encode("utf-8").translate(None, _ASCII_BYTES).decode("utf-8"))


def non_ascii_chars(p: PreparedText) -> AbstractSet[str]:
    """The distinct non-ASCII characters of ``p.text``; computed once per text (preparing often has them).

    Not to be changed by the caller: the set is shared.

    Example:
        >>> sorted(non_ascii_chars(prepare("Hà Nội – Hà Nam"))), non_ascii_chars(prepare("Ha"))
        (['à', 'ộ', '–'], set())
    """
    return p.memo(_WIDE_CHARS, _wide_chars)


def _letter_bytes(p: PreparedText) -> bytes:
    return p.lower.encode("ascii", "replace").translate(LETTERS_ONLY)


def letter_bytes(p: PreparedText) -> bytes:
    """``p.lower`` with ``a``-``z`` kept and every other character a space, one byte each; computed once per text.

    Offsets are those of ``p.lower``, so a byte search finds a word where it is.

    Example:
        >>> letter_bytes(prepare("Hà Nội, 19/8"))
        b'ha noi      '
    """
    return p.memo("letter_bytes", _letter_bytes)


def _letter_runs(p: PreparedText) -> tuple[bytes, ...]:
    return tuple(letter_bytes(p).split())


def letter_runs(p: PreparedText) -> tuple[bytes, ...]:
    """The runs of ``a``-``z`` in ``p.lower``, in order, as ASCII bytes; computed once per text.

    Cue words (language detection, date triggers) are ASCII, so which of them
    a text holds is read from these runs without a regex scan.

    Example:
        >>> letter_runs(prepare("Hà Nội, 19/8: talks"))
        (b'ha', b'noi', b'talks')
    """
    return p.memo("letter_runs", _letter_runs)
