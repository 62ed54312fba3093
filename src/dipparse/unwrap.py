r"""Hard-wrapped text: line feeds that only wrap a paragraph are read as blanks.

Archive pages, e-mails and text taken from PDFs break every line at a fixed
width (``President Tran Duc\nLuong``). The extractors read a line feed as the
end of a headline, a caption or a list item, so a wrapped text loses offices,
names and agreements at every wrap. :func:`unwrap` finds such texts and, in
the views the extractors read, turns each wrapping line feed into a blank;
the text keeps its length, so every offset (and every span of the output)
stays that of the original.

A text is read as wrapped when most of its lines fill the same width: at
least six lines of text; three in four of the lines that go on into
another line reach two thirds of the width most lines reach; and at most
half of those end with a sentence's punctuation (the lines of a list or of
short paragraphs do). A line feed wraps a paragraph when the line before
it reaches that share of the width and the line after it holds text; a
short line (a headline, the last line of a paragraph, a list item) keeps
its line feed.
"""

from __future__ import annotations

import attrs

from dipparse.text import PreparedText

__all__ = ["unwrap"]

_MIN_LINES = 6
"""Lines of text a wrapped text has at least."""
_MIN_WIDTH = 40
"""The width a wrapped text fills at least (shorter lines are lists or verse)."""
_MAX_WIDTH = 140
"""The width a wrapped text fills at most (longer lines are paragraphs)."""
_FULL = 2 / 3
"""The share of the width a line that wraps reaches."""
_WRAPPED_SHARE = 3 / 4
"""The share of lines followed by text that reach it, for the text to be wrapped."""
_LINE_ENDS = frozenset('.;:!?"”)')
"""What ends a list item or a short paragraph; at most half the wrapped lines end so."""


def _wrap_points(text: str) -> list[int]:
    """The offsets of the line feeds that wrap a paragraph, or ``[]`` for a text that is not wrapped."""
    # A wrapped text breaks its lines at most every _MAX_WIDTH characters, most
    # of them with a single line feed: a text with fewer such breaks (most
    # texts, their paragraphs long and parted by blank lines) is not wrapped.
    singles = text.count("\n") - 2 * text.count("\n\n")
    if singles < _MIN_LINES - 1 or singles * _MAX_WIDTH < len(text) * _FULL * _WRAPPED_SHARE:
        return []
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines]
    filled = sorted(n for n in lengths if n)
    if len(filled) < _MIN_LINES:
        return []
    # The width most lines reach: the 80th percentile of the lines of text.
    width = filled[(len(filled) * 4) // 5]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return []
    full = width * _FULL
    followed = [i for i in range(len(lines) - 1) if lengths[i] and lengths[i + 1]]
    if len(followed) < _MIN_LINES - 1:
        return []
    wraps = [i for i in followed if lengths[i] >= full and lengths[i] <= width * 1.25]
    if len(wraps) < len(followed) * _WRAPPED_SHARE:
        return []
    # A wrap falls anywhere in a sentence; lines of a list or short paragraphs
    # end with their punctuation.
    ends = sum(lines[i].rstrip()[-1] in _LINE_ENDS for i in wraps)
    if ends * 2 > len(wraps):
        return []
    points: list[int] = []
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i in wraps:
        line = lines[i].rstrip()
        # "coopera-\ntion": a word broken at a hyphen keeps its line feed.
        if line.endswith("-") and not line.endswith(" -"):
            continue
        points.append(offsets[i] + len(lines[i]))
    return points


def _blank(view: str, points: list[int]) -> str:
    chars = list(view)
    for i in points:
        chars[i] = " "
    return "".join(chars)


def unwrap(p: PreparedText) -> PreparedText:
    r"""``p`` with the line feeds that wrap its paragraphs read as blanks.

    Args:
        p: The prepared text.

    Returns:
        ``p`` itself when the text is not hard-wrapped; else a prepared text
        with the same original, offsets and map, whose ``text``, ``folded``
        and ``lower`` views hold a blank at each wrapping line feed.

    Example:
        >>> from dipparse.text import prepare
        >>> lines = ["Prime Minister Pham Minh Chinh and Chinese Premier Li"] + [
        ...     "Qiang witnessed the signing of ten cooperation documents in"] * 6 + ["Hanoi."]
        >>> q = unwrap(prepare("\n".join(lines)))
        >>> q.text.split("\n") == [q.text], q.original.count("\n")
        (True, 7)
    """
    points = _wrap_points(p.text)
    if not points:
        return p
    return attrs.evolve(
        p,
        text=_blank(p.text, points),
        folded=_blank(p.folded, points),
        lower=_blank(p.lower, points),
    )
