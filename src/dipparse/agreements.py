"""Treaties, joint statements, memoranda, document sets, plans and initiatives."""

from __future__ import annotations

import datetime as _dt

from dipparse.models import Agreement, DateMention
from dipparse.text import PreparedText

__all__ = ["extract_agreements"]


def extract_agreements(
    p: PreparedText,
    ref: _dt.date | None,
    dates: tuple[DateMention, ...] = (),
    language: str | None = None,
) -> tuple[Agreement, ...]:
    """Return every agreement mention of ``p``, in text order."""
    return ()
