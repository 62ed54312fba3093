r"""Numbers from the digits a pattern matched, in any script the patterns accept.

The ``regex`` module follows a newer Unicode than Python 3.11's ``int``: it
matches as ``\d`` some digits (``𑽑``, Kawi digit one, Unicode 15) that
``int`` rejects. Unicode guarantees that decimal digits come in runs of ten
consecutive code points, zero to nine, so such a digit is read by its place
in its run.
"""

from __future__ import annotations

import functools

import regex

__all__ = ["to_int"]

_DIGIT = regex.compile(r"\d")


def to_int(digits: str) -> int:
    r"""Return the number that ``digits`` (each matched by ``regex``'s ``\d``) write.

    Example:
        >>> to_int("2024"), to_int("١٢"), to_int(chr(0x11F51) + chr(0x11F52))
        (2024, 12, 12)
    """
    try:
        return int(digits)
    except ValueError:
        return int(digits.translate({ord(c): _value(c) for c in digits if not c.isdecimal()}))


@functools.lru_cache(maxsize=256)
def _value(c: str) -> str:
    """The ASCII digit of a digit ``regex`` knows and this Python does not."""
    cp = ord(c)
    if not _DIGIT.match(c):
        return c  # not a digit at all: ``int`` reports it
    start = cp
    while start > 0 and _DIGIT.match(chr(start - 1)):
        start -= 1
    return str((cp - start) % 10)
