"""The seed quality gate: scores on the gold set must not fall below the pinned floor.

The floor (``tests/quality_floor.json``) is raised whenever the library gets
better; a change that lowers any score fails here and has to say why.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLOOR = json.loads((ROOT / "tests" / "quality_floor.json").read_text(encoding="utf-8"))


def _score_module() -> Any:
    spec = importlib.util.spec_from_file_location("dipparse_score", ROOT / "scripts" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    score = _score_module()
    import dipparse

    tally = score.Tally()
    for path in sorted((ROOT / "tests" / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (ROOT / "seeds" / gold["file"]).read_text(encoding="utf-8")
        score.score_article(text, gold, dipparse.parse(text).to_dict(), tally, [])
    result: dict[str, float] = score.summarize(tally)
    return result


@pytest.mark.parametrize("metric", sorted(FLOOR))
def test_score_not_below_floor(scores: dict[str, float], metric: str) -> None:
    """Each seed score stays at or above the figure already reached."""
    assert scores[metric] >= FLOOR[metric] - 1e-9, f"{metric} fell to {scores[metric]:.3f}"
