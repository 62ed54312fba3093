"""Characters that fold to one ASCII character but have no Unicode decomposition to it."""

from __future__ import annotations

ONE_TO_ONE_FOLDS: dict[str, str] = {
    "đ": "d",
    "Đ": "D",
    "ø": "o",
    "Ø": "O",
    "ł": "l",
    "Ł": "L",
    "ı": "i",
    "‘": "'",
    "’": "'",
    "‚": ",",
    "“": '"',
    "”": '"',
    "–": "-",
    "—": "-",
    "‑": "-",
    "‐": "-",
    "−": "-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
}
"""One character in, one character out: the folded views keep every offset."""
