"""Finding date expressions and giving each its calendar value."""

from __future__ import annotations

import datetime as _dt

from dipparse.models import DateMention
from dipparse.text import PreparedText

__all__ = ["extract_dates"]


def extract_dates(
    p: PreparedText, ref: _dt.date | None, language: str | None = None
) -> tuple[DateMention, ...]:
    """Return every date expression of ``p``, in text order, resolved against ``ref``."""
    return ()
