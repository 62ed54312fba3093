"""Choosing between English and Vietnamese for an article, with no model.

Vietnamese is told apart by its function words, which survive when the
diacritics are folded away (``cua``, ``va``, ``cac``), and by the density of
letters only Vietnamese uses (``ư``, ``ơ``, ``đ``, ``ạ``...).
"""

from __future__ import annotations

import re
from itertools import repeat

from dipparse.text import PreparedText, letter_bytes, letter_runs

__all__ = ["LANGUAGES", "detect_language"]

LANGUAGES = ("en", "vi")
"""The languages dipparse reads."""

_EN = frozenset(
    "the of and to in a is that for on with was as by at from has have he his it its be are "
    "this which will said an were their also".split()
)
_VI = frozenset(
    "cua va cac nhung la duoc voi trong cho nay da khong co nguoi mot hai nuoc ve tai tu "
    "den theo ngay thang nam cung se dong chi viet nam quan he hop tac".split()
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
    if lead > 0:
        return "vi"
    sample = p.text[:_SAMPLE]
    if not sample.isascii():
        # Half the Vietnamese letters count as Vietnamese words; there can be
        # no more of them than non-ASCII characters, which UTF-8 bounds cheaply.
        bound = len(sample.encode("utf-8", "surrogatepass")) - len(sample)
        if bound // 2 > -lead:
            lead += len(_VI_LETTERS.findall(sample)) // 2
    if lead == 0 and not any(map(_EN.__contains__, (w.decode("ascii") for w in words))):
        return None
    return "vi" if lead > 0 else "en"
