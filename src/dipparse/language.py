"""Choosing between English and Vietnamese for an article, with no model.

Vietnamese is told apart by its function words, which survive when the
diacritics are folded away (``cua``, ``va``, ``cac``), and by the density of
letters only Vietnamese uses (``ư``, ``ơ``, ``đ``, ``ạ``...). In a short
text the names weigh too much (an English caption about Viet Nam is mostly
Vietnamese names), so there the words that open with a capital count only
when the others do not decide.
"""

from __future__ import annotations

import re
from itertools import repeat

from dipparse.text import PreparedText, letter_bytes, letter_runs, non_ascii_count

__all__ = ["LANGUAGES", "detect_language"]

LANGUAGES = ("en", "vi")
"""The languages dipparse reads."""

_EN = frozenset(
    "the of and to in a is that for on with was as by at from has have he his it its be are "
    "this which will said an were their also "
    # words of diplomatic news that no Vietnamese syllable spells: a wire
    # line of names and offices ("Chinese Premier Li Qiang met Pham Minh
    # Chinh") holds few of the words above
    "met held talks meets premier minister president chinese vietnamese prime foreign "
    "between during after two countries relations cooperation visit".split()
)
_VI = frozenset(
    "cua va cac nhung la duoc voi trong cho nay da khong co nguoi mot hai nuoc ve tai tu "
    "den theo ngay thang nam cung se dong chi viet nam quan he hop tac "
    # syllables of diplomatic news that are no name and no English word: a
    # text written without its diacritics still shows them
    "tuong tiep tich cuoc chuyen ngoai thuc trien nhieu khi".split()
)
_VI_LOWER = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
# Both cases spelled out and the standard ``re``: this scan runs on every
# article, and ``re`` runs a plain class several times faster than ``regex``.
_VI_LETTERS = re.compile(f"[{_VI_LOWER}{_VI_LOWER.upper()}]")
_SAMPLE = 4000  # characters: enough to tell, and the cost stays flat for long texts
# The words of the sample are its runs of ``a``-``z``, read in bytes
# (``text.letter_runs``): the same words as a regex scan, several times faster.
# +1 for a Vietnamese cue word, -1 for an English one (0 for a word in both):
# the sum is the Vietnamese count minus the English count.
_SCORE = {w.encode("ascii"): (w in _VI) - (w in _EN) for w in _EN | _VI if (w in _VI) != (w in _EN)}


# Every letter to ``a``, the space kept: a run of letters starts at each ``" a"``.
_ONE_LETTER = bytes(0x61 if 0x61 <= c <= 0x7A else c for c in range(256))


def _sample_runs(letters: bytes, runs: tuple[bytes, ...]) -> tuple[bytes, ...]:
    """``letters[:_SAMPLE].split()``, taken from ``runs`` (``letters.split()``).

    The whole text's runs are shared with the date reader, so the sample's
    are its first ones: counted with byte operations, the last one cut where
    the sample ends inside it.

    Example:
        >>> _sample_runs(b"ab " * 2000, (b"ab",) * 2000)[-2:]
        (b'ab', b'a')
    """
    head = letters[:_SAMPLE]
    one = head.translate(_ONE_LETTER)
    count = one.count(b" a") + one.startswith(b"a")
    out = runs[:count]
    if count and head[-1:] != b" " and letters[_SAMPLE : _SAMPLE + 1] not in (b" ", b""):
        out = (*out[:-1], head[head.rfind(b" ") + 1 :])
    return out


_SHORT = 150
"""Words up to which the case of each word is read as well (:func:`_by_case`)."""
_CLEAR_EN = -3
"""English cue words minus Vietnamese ones beyond which a short text's case is not read."""
_VI_LETTER_SET = frozenset(_VI_LOWER + _VI_LOWER.upper())
_WORD = re.compile(r"[a-z]+")
# A Vietnamese syllable folded to ASCII: an initial consonant, one to three
# vowels and a final consonant, each from the few Vietnamese allows. An
# English word such as "sign", "deals" or "and" is no such syllable.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)


def _by_case(p: PreparedText) -> str | None:
    """The language of a short text, read from the words that are not names.

    An English text about Viet Nam is full of Vietnamese names, which carry
    the diacritics and the cue syllables (``Trọng``, ``Hải``, ``Việt Nam``)
    that count for Vietnamese elsewhere: a word that opens with a capital
    is weak evidence here, used only when no other word says anything. An
    English function word spelled with a diacritic (``Tô``, ``thể``) is
    Vietnamese, and a lower-case word that cannot be a Vietnamese syllable
    (``sign``, ``deals``) is English. ``None`` where this does not decide.

    Example:
        >>> from dipparse.text import prepare
        >>> _by_case(prepare("Nguyễn Phú Trọng hosted Xi Jinping at the Phủ Chủ tịch."))
        'en'
        >>> _by_case(prepare("Tô Lâm gặp Tập Cận Bình"))
        'vi'
    """
    text, lower = p.text, p.lower
    en = strong = weak = 0
    for m in _WORD.finditer(lower, 0, _SAMPLE):
        a, b = m.span()
        word = text[a:b]
        key = m.group()
        plain = word.isascii()
        cues = 2 * (key in _VI)
        if not plain:
            cues += sum(map(_VI_LETTER_SET.__contains__, word))
        if word[:1].isupper():
            weak += cues
            if plain and key in _EN:
                en += 1  # most of an English function word's uses are in lower case
        elif plain and (key in _EN or _SYLLABLE.fullmatch(key) is None):
            en += 2
        else:
            strong += cues
    if strong != en:
        return "vi" if strong > en else "en"
    if en == 0 and weak:
        return "vi"
    return None


def detect_language(p: PreparedText | str) -> str | None:
    """Return ``"vi"``, ``"en"``, or ``None`` when the text is too short to tell.

    Args:
        p: The text, prepared or raw.

    Returns:
        An ISO 639-1 code, or ``None``.

    Raises:
        TypeError: ``p`` is not text.

    Example:
        >>> detect_language("Thủ tướng Phạm Minh Chính hội kiến Chủ tịch Trung Quốc Tập Cận Bình")
        'vi'
        >>> detect_language("Thu tuong Pham Minh Chinh da tiep Dai su Trung Quoc tai Ha Noi")
        'vi'
        >>> detect_language("The Prime Minister received the ambassador of China in Hanoi")
        'en'
        >>> detect_language("Xi")
    """
    if isinstance(p, str):
        from dipparse.text import prepare

        p = prepare(p)
    elif not isinstance(p, PreparedText):
        raise TypeError(f"detect_language() expects str, got {type(p).__name__}")
    words = letter_runs(p)
    if len(p.lower) > _SAMPLE:
        words = _sample_runs(letter_bytes(p), words)
    if len(words) < 3:
        return None
    lead = sum(map(_SCORE.get, words, repeat(0)))  # Vietnamese words minus English ones
    counted = _by_counts(p, words, lead)
    # Names tip a short text towards Vietnamese only: a clear English lead
    # of the cue words stands, whatever the case of the words.
    if len(words) <= _SHORT and (counted != "en" or lead > _CLEAR_EN):
        by_case = _by_case(p)
        if by_case is not None:
            return by_case
    return counted


def _by_counts(p: PreparedText, words: tuple[bytes, ...], lead: int) -> str | None:
    """The language by cue words and Vietnamese letters, every word alike.

    ``words`` are the sample's runs, ``lead`` their Vietnamese cue words
    minus their English ones.
    """
    if lead > 0:
        return "vi"
    sample = p.text[:_SAMPLE]
    if not sample.isascii():
        # Half the Vietnamese letters count as Vietnamese words; there can be
        # no more of them than non-ASCII characters: the text's own count if
        # its preparation kept one, else UTF-8 bounds it cheaply.
        bound = non_ascii_count(p)
        if bound is None:
            bound = len(sample.encode("utf-8", "surrogatepass")) - len(sample)
        if bound // 2 > -lead:
            lead += len(_VI_LETTERS.findall(sample)) // 2
    if lead == 0 and not any(map(_EN.__contains__, (w.decode("ascii") for w in words))):
        return None
    return "vi" if lead > 0 else "en"
