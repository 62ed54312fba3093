"""A short run of the fuzzer (``scripts/fuzz.py``); the long run is documented in benchmarks/README.md."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def fuzz() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dipparse_fuzz", ROOT / "scripts" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestFuzzSmoke:
    def test_short_run_finds_nothing(self, fuzz: ModuleType) -> None:
        """Some seconds of fuzzing parse find no crash, dishonest span or bad JSON."""
        # Speed is the linear-time tests' job: a loaded CI machine must not turn
        # one slow example into a finding here.
        result = fuzz.run(8, seed=0, batch=50, slow=60.0, log=lambda _: None)
        assert result["findings"] == []
        assert result["examples"] >= 1

    def test_command_line_exit_status(
        self, fuzz: ModuleType, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The command line runs for the time given and exits 0 when nothing is found."""
        assert fuzz.main(["--seconds", "2", "--seed", "1", "--batch", "50", "--slow", "60"]) == 0
        assert "0 findings" in capsys.readouterr().out

    def test_reports_a_planted_crash(self, fuzz: ModuleType, tmp_path: Path) -> None:
        """A target that crashes on some input is caught, shrunk and written out."""

        def planted(text: str, published: Any, language: Any, slow: float) -> None:
            if "\x00" in text:
                raise RuntimeError("planted")

        result = fuzz.run(
            60, seed=0, batch=200, target=planted, out=tmp_path, max_findings=1, log=lambda _: None
        )
        assert len(result["findings"]) == 1
        first = result["findings"][0]
        assert first["error"] == "RuntimeError: planted"
        assert "\\x00" in first["text"]
        assert (tmp_path / "finding-001.json").is_file()
