"""Name normalization: folding, comparison keys, damaged forms, name order.

These are pure functions of text. They know nothing of who is who; the
gazetteer (:mod:`dipparse.gazetteer`) uses them to build its index, and
:func:`normalize_name` uses the gazetteer to turn any known spelling into the
canonical one.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import regex

from dipparse._folds import ONE_TO_ONE_FOLDS
from dipparse.text import prepare

__all__ = [
    "ascii_name",
    "damaged_key",
    "fold",
    "han_to_pinyin",
    "is_han",
    "name_key",
    "repair_mojibake",
    "tidy",
]

# Letters Unicode does not decompose to an ASCII base (đ, ø, ł...) and
# typographic punctuation, one character each (shared with the offset-keeping
# fold of dipparse.text), plus the ligatures that fold to two letters.
_FOLD_EXTRA = str.maketrans(
    {**ONE_TO_ONE_FOLDS, "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"}
)


class _MarksDropped(dict[int, str]):
    """A ``str.translate`` table: combining marks dropped, then ``_FOLD_EXTRA`` applied.

    Both steps map one character at a time, so one table does both; it is
    filled in per character on first sight.
    """

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = "" if unicodedata.combining(ch) else ch.translate(_FOLD_EXTRA)
        self[code] = out
        return out


_MARKS_DROPPED = _MarksDropped()
_SPACES = regex.compile(r"\s+")
_KEY_DROP = regex.compile(r"[\s\-‐‑–—.'’_]+")
# The characters of _KEY_DROP other than white space, made blanks.
_KEY_DROP_TABLE = str.maketrans(dict.fromkeys("-‐‑–—.'’_", " "))
_HAN = regex.compile(r"^\p{Han}+$")
# One Vietnamese syllable, accent-folded and lower-case: onset, one to three
# vowels, final. ``Thongsavanh`` or ``Trump`` is none; ``Lee`` or ``Hun`` is.
VN_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


def fold(s: str) -> str:
    """Fold ``s`` to plain ASCII where a letter has an ASCII base.

    Diacritics are removed and ``đ``/``Đ`` become ``d``/``D`` (which Unicode
    decomposition does not do). Characters with no Latin base (Han, Thai, ...)
    are kept as they are. ``fold`` is idempotent.

    Args:
        s: Any text.

    Returns:
        The folded text.

    Example:
        >>> fold("Tô Lâm"), fold("Đặng Minh Khôi"), fold("Nguyễn Phú Trọng")
        ('To Lam', 'Dang Minh Khoi', 'Nguyen Phu Trong')
        >>> fold(fold("Hạ Long")) == fold("Hạ Long")
        True
    """
    if s.isascii():
        return s
    # Decompose first, then map what has no decomposition (đ, ø, æ, also inside
    # decomposed letters such as ǣ), so that folding twice changes nothing.
    return unicodedata.normalize("NFKD", s).translate(_MARKS_DROPPED)


def tidy(s: str) -> str:
    """NFC-normalize ``s`` and collapse its white space; nothing else changes.

    Example:
        >>> tidy("  Ngo\u0302  Phương   Ly ")
        'Ngô Phương Ly'
    """
    nfc = unicodedata.normalize("NFC", s)
    if nfc.isprintable():
        # The blank is the only printable white space: str.split reads it as the pattern does.
        return " ".join(nfc.split())
    return _SPACES.sub(" ", nfc).strip()


def name_key(s: str) -> str:
    """Return a case-, accent-, hyphen- and spacing-insensitive key of a name.

    Two spellings of one name have the same key: ``Tô Lâm``, ``TO LAM`` and
    ``to  lam`` all give ``to lam``.

    Args:
        s: A name.

    Returns:
        The key: lower-case ASCII words separated by single spaces.

    Example:
        >>> name_key("TÔ  LÂM") == name_key("To Lam") == "to lam"
        True
        >>> name_key("Xi Jin-ping")
        'xi jin ping'
    """
    folded = fold(tidy(s)).lower()
    if folded.isprintable():
        # As in tidy: with the blank the only white space, blanking and splitting does it.
        return " ".join(folded.translate(_KEY_DROP_TABLE).split())
    return _KEY_DROP.sub(" ", folded).strip()


def damaged_key(s: str) -> str:
    """Return the form a broken pipeline leaves of ``s``: every non-ASCII letter dropped.

    ``Tô Lâm`` becomes ``T Lm`` and ``Phạm Minh Chính`` becomes ``Phm Minh Chnh``.
    The gazetteer indexes these forms so that such damage can be undone.

    Args:
        s: A name as written with its diacritics.

    Returns:
        The damaged form, white space collapsed.

    Example:
        >>> damaged_key("Phạm Minh Chính")
        'Phm Minh Chnh'
    """
    nfc = unicodedata.normalize("NFC", s)
    return _SPACES.sub(" ", "".join(c for c in nfc if c.isascii())).strip()


def ascii_name(s: str) -> str:
    """Return ``s`` folded to ASCII, with any character that has no ASCII form dropped.

    Example:
        >>> ascii_name("Bùi Thanh Sơn")
        'Bui Thanh Son'
    """
    folded = fold(tidy(s))
    if not folded.isascii():
        folded = folded.encode("ascii", "ignore").decode("ascii")
    if folded.isprintable():
        # As in tidy: with the blank the only white space, splitting does it.
        return " ".join(folded.split())
    return _SPACES.sub(" ", folded).strip()


def is_han(s: str) -> bool:
    """Tell whether ``s`` is written in Han characters only.

    Example:
        >>> is_han("习近平"), is_han("Xi")
        (True, False)
    """
    return bool(_HAN.match(s))


# Two-character family names; all others are one character.
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 独孤 南宫 万俟 闻人".split()
)


@functools.lru_cache(maxsize=4096)
def han_to_pinyin(s: str) -> str:
    """Romanize a Chinese personal name in Hanyu Pinyin, family name first.

    Tone marks are left out and the given name is one word, as the output
    contract writes Chinese names (uses the ``pypinyin`` library, whose
    phrase dictionary reads polyphonic characters in names correctly more
    often than a per-character table would).

    Args:
        s: A name in Han characters.

    Returns:
        The pinyin name, ``Family Given``.

    Example:
        >>> han_to_pinyin("王小明")
        'Wang Xiaoming'
        >>> han_to_pinyin("欧阳修")
        'Ouyang Xiu'
    """
    from pypinyin import Style, lazy_pinyin

    s = tidy(s).replace(" ", "")
    split = 2 if s[:2] in _COMPOUND_SURNAMES and len(s) > 2 else 1
    family = "".join(lazy_pinyin(s[:split], style=Style.NORMAL))
    given = "".join(lazy_pinyin(s[split:], style=Style.NORMAL))
    parts = [family.capitalize()]
    if given:
        parts.append(given.capitalize())
    return " ".join(parts)


def repair_mojibake(s: str) -> str:
    """Undo UTF-8 text that was decoded as Latin-1 or cp1252, where that is unambiguous.

    Uses ``ftfy``, which recognizes mojibake by its byte patterns and leaves
    text alone when it cannot tell; the result is NFC.

    Args:
        s: Text that may be damaged.

    Returns:
        The repaired text; undamaged text comes back unchanged (NFC).

    Example:
        >>> repair_mojibake("TÃ´ LÃ¢m")
        'Tô Lâm'
        >>> repair_mojibake("Tô Lâm")
        'Tô Lâm'
    """
    return prepare(s).text
