"""Errors of dipparse's own.

Every error subclasses :class:`DipparseError` and also the builtin it really
is, so ``except ValueError`` keeps working for callers who do not know
dipparse.
"""

from __future__ import annotations

from typing import Any


class DipparseError(Exception):
    """Base class of every error dipparse raises on purpose.

    Example:
        >>> issubclass(GazetteerError, DipparseError)
        True
    """


class GazetteerError(DipparseError, ValueError):
    """A gazetteer file or entry is malformed.

    Attributes:
        source: The file (or ``<data>``) the entry came from.
        location: Where in it: a line number, a JSON path or a key.
        reason: What is wrong.

    Example:
        >>> str(GazetteerError("people.csv", "line 3", "missing 'name'"))
        "people.csv, line 3: missing 'name'"
    """

    def __init__(self, source: str, location: str, reason: str) -> None:
        self.source = source
        self.location = location
        self.reason = reason
        where = f"{source}, {location}" if location else source
        super().__init__(f"{where}: {reason}")


class DataFileError(DipparseError, ValueError):
    """A vocabulary file (fields, offices, ...) is malformed.

    Attributes:
        source: The file the entry came from.
        location: Where in it.
        reason: What is wrong.

    Example:
        >>> str(DataFileError("fields.json", "fields[2]", "no 'name'"))
        "fields.json, fields[2]: no 'name'"
    """

    def __init__(self, source: str, location: str, reason: str) -> None:
        self.source = source
        self.location = location
        self.reason = reason
        where = f"{source}, {location}" if location else source
        super().__init__(f"{where}: {reason}")


class ContractError(DipparseError, ValueError):
    """A dictionary handed to ``Article.from_dict`` is not a ``dipparse/1`` object.

    Attributes:
        data: The offending input.

    Example:
        >>> ContractError("no 'schema' key", {}).data
        {}
    """

    def __init__(self, message: str, data: Any = None) -> None:
        self.data = data
        super().__init__(message)
