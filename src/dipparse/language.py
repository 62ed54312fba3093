"""Choosing between English and Vietnamese for an article, with no model.

Vietnamese is told apart by its function words, which survive when the
diacritics are folded away (``cua``, ``va``, ``cac``), and by the density of
letters only Vietnamese uses (``ư``, ``ơ``, ``đ``, ``ạ``...).
"""

from __future__ import annotations

import regex

from dipparse.text import PreparedText

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
_VI_LETTERS = regex.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", regex.I)
_WORD = regex.compile(r"[a-z]+")
_SAMPLE = 4000  # characters: enough to tell, and the cost stays flat for long texts


def detect_language(p: PreparedText | str) -> str | None:
    """Return ``"vi"``, ``"en"``, or ``None`` when the text is too short to tell.

    Args:
        p: The text, prepared or raw.

    Returns:
        An ISO 639-1 code, or ``None``.

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
    words = _WORD.findall(p.lower, 0, _SAMPLE)
    if len(words) < 3:
        return None
    en = sum(w in _EN for w in words)
    vi = sum(w in _VI for w in words)
    if not p.text.isascii():
        vi += len(_VI_LETTERS.findall(p.text, 0, _SAMPLE)) // 2
    if en == 0 and vi == 0:
        return None
    return "vi" if vi > en else "en"
