"""Shipped vocabulary files: found with ``importlib.resources``, read once, cached."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from dipparse.errors import DataFileError


@functools.cache
def load_json(name: str) -> Any:
    """Return the parsed JSON of ``dipparse/data/<name>`` (cached: do not mutate it)."""
    path = resources.files("dipparse.data").joinpath(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(f"dipparse/data/{name}", "", str(exc)) from exc
