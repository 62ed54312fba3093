"""Finding people and resolving every mention to one official."""

from __future__ import annotations

import datetime as _dt

from dipparse.gazetteer import Gazetteer
from dipparse.models import Official
from dipparse.text import PreparedText

__all__ = ["extract_officials"]


def extract_officials(
    p: PreparedText,
    gazetteer: Gazetteer,
    ref: _dt.date | None = None,
    language: str | None = None,
) -> tuple[Official, ...]:
    """Return one :class:`Official` per person ``p`` names."""
    return ()
