"""The benchmark (``benchmarks/bench.py``) runs end to end on a tiny corpus and reports every figure."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestBenchmarkSmoke:
    def test_tiny_run_reports_every_figure(
        self, bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A tiny run prints and writes throughput, the ratio, parse_many, cold start and memory."""
        out = tmp_path / "figures.json"
        args = ["--count", "12", "--repeat", "1", "--dateparser-sample", "2", "--stream", "30"]
        assert bench.main([*args, "--workers", "2", "--json", str(out)]) == 0
        printed = capsys.readouterr().out
        for words in ("art/s", "MB/s", "Ratio", "Cold start", "stream of 30 articles", "Targets"):
            assert words in printed
        figures = json.loads(out.read_text(encoding="utf-8"))
        for key in (
            "parse_seeds",
            "parse_corpus",
            "dateparser_sample",
            "parse_many_1",
            "parse_many_all",
        ):
            assert figures[key]["articles_per_s"] > 0
        assert figures["parse_many_all"]["workers"] == 2
        assert figures["ratio_sample"] > 0
        assert 0 < figures["cold_start"]["total_s"] < 60
        assert set(figures["memory"]["rss_mb"]) <= {"10%", "50%", "100%"}
        assert set(figures["targets_met"]) == {"ratio", "cold_start", "memory_flat"}

    def test_corpus_is_seeded_and_varied(self) -> None:
        """The generated corpus is the same for the same seed, different for another, and not the seeds."""
        import corpus

        seeds = corpus.load_seeds()
        first = corpus.generate(seeds, 20, seed=3)
        assert first == corpus.generate(seeds, 20, seed=3)
        assert first != corpus.generate(seeds, 20, seed=4)
        assert len(set(first)) == 20
        assert not set(first) & set(seeds)
        assert all(t.startswith(" date ") for t in first)

    def test_corpus_is_the_same_in_every_interpreter(self) -> None:
        """Two interpreters with different hash seeds generate the same corpus (figures are comparable)."""
        import os
        import subprocess

        code = (
            "import hashlib, sys; sys.path.insert(0, 'benchmarks'); import corpus; "
            "print(hashlib.sha256('\\x00'.join(corpus.generate(corpus.load_seeds(), 30)).encode()).hexdigest())"
        )
        digests = set()
        for hash_seed in ("1", "2"):
            env = {**os.environ, "PYTHONHASHSEED": hash_seed}
            out = subprocess.run(
                [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
            )
            assert out.returncode == 0, out.stderr
            digests.add(out.stdout.strip())
        assert len(digests) == 1

    def test_stage_timings(self, capsys: pytest.CaptureFixture[str]) -> None:
        """benchmarks/stages.py prints a time for every stage of parse and for parse itself."""
        spec = importlib.util.spec_from_file_location("stages", ROOT / "benchmarks" / "stages.py")
        assert spec is not None and spec.loader is not None
        stages = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(stages)
        assert stages.main(["--texts", "seeds", "--rounds", "1"]) == 0
        printed = capsys.readouterr().out
        for stage in (*stages.STAGES, "sum of stages", "parse"):
            assert f"  {stage} " in printed

    def test_instruction_count_script(self, capsys: pytest.CaptureFixture[str]) -> None:
        """benchmarks/instructions.py parses what it is asked to and reads valgrind's count."""
        spec = importlib.util.spec_from_file_location(
            "instructions", ROOT / "benchmarks" / "instructions.py"
        )
        assert spec is not None and spec.loader is not None
        instructions = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(instructions)
        assert instructions.main(["--texts", "seeds", "--parse", "3"]) == 0
        assert capsys.readouterr().out.strip() == "3"
        assert instructions.refs("==1== \n==1== I   refs:      9,183,121,924\n") == 9183121924
        with pytest.raises(ValueError, match="I refs"):
            instructions.refs("no summary")
