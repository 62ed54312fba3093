"""dipparse: diplomatic news text in, typed and trustworthy data out.

Example:
    >>> import dipparse
    >>> article = dipparse.parse("BEIJING, Aug. 19 (Xinhua) -- Xi Jinping held talks with To Lam.",
    ...                          published=datetime.date(2024, 8, 20))
    >>> article.source, article.dateline.date.isoformat()
    ('Xinhua', '2024-08-19')
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from dipparse.batch import parse_many
from dipparse.errors import ContractError, DataFileError, DipparseError, GazetteerError
from dipparse.fields import FieldTaxonomy
from dipparse.gazetteer import Gazetteer, Office, Person, normalize_name
from dipparse.language import detect_language
from dipparse.models import (
    SCHEMA,
    Agreement,
    Article,
    Dateline,
    DateMention,
    FieldMention,
    Mention,
    Official,
    Title,
)
from dipparse.names import fold, name_key
from dipparse.parse import parse
from dipparse.records import to_frame, to_records
from dipparse.serialize import json_schema


def _installed_version() -> str:
    try:
        return version("dipparse")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0+unknown"


__version__: str = _installed_version()
"""The installed version, read from the package metadata (``pyproject.toml`` is its one source).

Example:
    >>> import importlib.metadata
    >>> dipparse.__version__ == importlib.metadata.version("dipparse")
    True
"""

__all__ = [
    "SCHEMA",
    "Agreement",
    "Article",
    "ContractError",
    "DataFileError",
    "DateMention",
    "Dateline",
    "DipparseError",
    "FieldMention",
    "FieldTaxonomy",
    "Gazetteer",
    "GazetteerError",
    "Mention",
    "Office",
    "Official",
    "Person",
    "Title",
    "__version__",
    "detect_language",
    "fold",
    "json_schema",
    "name_key",
    "normalize_name",
    "parse",
    "parse_many",
    "to_frame",
    "to_records",
]
