"""MkDocs hooks for the dipparse docs.

- Publish the contract's JSON Schema at the URL its ``$id`` names.
- Fail the strict build when a page still shows a Sphinx role
  (``:class:`Article```) or a doctest as prose: the Griffe extension
  (``roles.py``) should have turned every one into a link or a code block.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "src" / "dipparse" / "data" / "schema.json"
_LEFTOVER_ROLE = re.compile(r":(?:class|meth|func|attr|data|mod|exc|obj):(?:<code>|`)")
_PROSE_DOCTEST = re.compile(r"<p>\s*(?:&gt;){3}\s")

log = logging.getLogger("mkdocs.hooks.dipparse")


def on_page_content(html: str, page: Any, **kwargs: Any) -> str:
    """Warn (an error under ``--strict``) about docstring syntax left unrendered."""
    for pattern, what in (
        (_LEFTOVER_ROLE, "a Sphinx role"),
        (_PROSE_DOCTEST, "a doctest rendered as prose"),
    ):
        m = pattern.search(html)
        if m:
            context = html[max(0, m.start() - 80) : m.end() + 80]
            log.warning("%s: %s left unrendered: ...%s...", page.file.src_path, what, context)
    return html


def on_post_build(config: Any, **kwargs: Any) -> None:
    """Copy the shipped schema to ``<site>/schema/<name>`` as its ``$id`` says."""
    schema_id = json.loads(SCHEMA.read_text(encoding="utf-8"))["$id"]
    name = schema_id.rsplit("/", 1)[-1]
    target = Path(config["site_dir"]) / "schema" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SCHEMA, target)
