"""Fields of cooperation, matched in context."""

from __future__ import annotations

from dipparse.models import FieldMention
from dipparse.text import PreparedText

__all__ = ["extract_fields"]


def extract_fields(p: PreparedText, language: str | None = None) -> tuple[FieldMention, ...]:
    """Return the fields of cooperation ``p`` names, each with all its mentions."""
    return ()
