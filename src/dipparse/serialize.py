"""The ``dipparse/1`` JSON contract: ``to_dict``, ``from_dict`` and the JSON Schema.

The conversion uses ``cattrs``, so the contract follows the models' fields
in their declared order and no converter is written twice by hand.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
from importlib import resources
from typing import Any

import cattrs
from cattrs.preconf.json import make_converter

from dipparse.errors import ContractError
from dipparse.models import SCHEMA, Article

__all__ = ["article_from_dict", "article_to_dict", "json_schema"]


@functools.cache
def _converter() -> cattrs.Converter:
    conv = make_converter(unstruct_collection_overrides={tuple: list})
    conv.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(_dt.date, lambda v, _: _dt.date.fromisoformat(v))
    return conv


def article_to_dict(article: Article) -> dict[str, Any]:
    """Return ``article`` as a ``dipparse/1`` dictionary (what ``Article.to_dict`` gives).

    Args:
        article: The article to convert.

    Returns:
        A dictionary of JSON types with every key of the contract.

    Example:
        >>> article_to_dict(Article(source="Xinhua"))["source"]
        'Xinhua'
    """
    body: dict[str, Any] = _converter().unstructure(article)
    return {"schema": SCHEMA, **body}


def article_from_dict(data: dict[str, Any]) -> Article:
    """Build an :class:`~dipparse.models.Article` from a ``dipparse/1`` dictionary.

    Args:
        data: What :func:`article_to_dict` (or the command line) wrote.

    Returns:
        The article.

    Raises:
        ContractError: ``data`` is not a dictionary of the ``dipparse/1`` contract.

    Example:
        >>> article_from_dict({"schema": "dipparse/1", "source": "VNA"}).source
        'VNA'
        >>> article_from_dict({"schema": "other/9"})
        Traceback (most recent call last):
        ...
        dipparse.errors.ContractError: expected schema 'dipparse/1', got 'other/9'
    """
    if not isinstance(data, dict):
        raise ContractError(f"expected a dict, got {type(data).__name__}", data)
    schema = data.get("schema", SCHEMA)
    if schema != SCHEMA:
        raise ContractError(f"expected schema {SCHEMA!r}, got {schema!r}", data)
    # "meta" is where the command line keeps provenance; it is not part of an Article.
    body = {k: v for k, v in data.items() if k not in ("schema", "meta")}
    try:
        return _converter().structure(body, Article)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        raise ContractError(f"not a {SCHEMA} object: {exc}", data) from exc


@functools.cache
def _schema_text() -> str:
    return resources.files("dipparse.data").joinpath("schema.json").read_text(encoding="utf-8")


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the ``dipparse/1`` contract.

    The schema ships inside the package as ``dipparse/data/schema.json``.

    Returns:
        A fresh dictionary each call, safe to modify.

    Example:
        >>> json_schema()["properties"]["schema"]["const"]
        'dipparse/1'
    """
    result: dict[str, Any] = json.loads(_schema_text())
    return result
