"""Names every doctest may use without importing them."""

from __future__ import annotations

import datetime
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace: dict[str, Any]) -> None:
    import dipparse

    doctest_namespace["datetime"] = datetime
    doctest_namespace["dipparse"] = dipparse
