"""MkDocs hooks: publish the contract's JSON Schema at the URL its ``$id`` names."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "src" / "dipparse" / "data" / "schema.json"


def on_post_build(config: Any, **kwargs: Any) -> None:
    """Copy the shipped schema to ``<site>/schema/dipparse-1.json`` (its ``$id``)."""
    schema_id = json.loads(SCHEMA.read_text(encoding="utf-8"))["$id"]
    name = schema_id.rsplit("/", 1)[-1]
    target = Path(config["site_dir"]) / "schema" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SCHEMA, target)
