from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import SEEDS

CLI = [sys.executable, "-m", "dipparse"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, timeout=120, check=False)


class TestCommandLine:
    def test_json_one_object_per_file(self):
        """--format json prints one dipparse/1 object per input file."""
        r = run(str(SEEDS[0]), str(SEEDS[1]))
        assert r.returncode == 0, r.stderr
        decoder = json.JSONDecoder()
        text = r.stdout.decode()
        objs, pos = [], 0
        while pos < len(text.rstrip()):
            obj, end = decoder.raw_decode(text, pos)
            objs.append(obj)
            pos = end + 1
        assert [o["schema"] for o in objs] == ["dipparse/1", "dipparse/1"]

    def test_jsonl(self):
        """--format jsonl prints one object per line."""
        r = run("--format", "jsonl", *map(str, SEEDS))
        lines = r.stdout.decode().splitlines()
        assert len(lines) == len(SEEDS)
        assert all(json.loads(line)["schema"] == "dipparse/1" for line in lines)

    def test_table(self):
        """--format table prints a readable summary naming the file."""
        r = run("--format", "table", str(SEEDS[1]))
        out = r.stdout.decode()
        assert r.returncode == 0
        assert SEEDS[1].name in out and "source: VNA" in out

    def test_stdin_and_published(self):
        """'-' reads standard input; --published sets the date."""
        r = run("--published", "2024-08-20", "-", stdin=b"Xi met Lam.")
        assert r.returncode == 0
        assert json.loads(r.stdout)["published"] == "2024-08-20"

    def test_missing_file_others_still_processed(self, tmp_path: Path):
        """A missing file is named on stderr, the others are processed, exit status 1."""
        r = run("--format", "jsonl", str(tmp_path / "nope.txt"), str(SEEDS[0]))
        assert r.returncode == 1
        assert "nope.txt" in r.stderr.decode()
        assert len(r.stdout.decode().splitlines()) == 1

    def test_not_utf8(self, tmp_path: Path):
        """A file that is not UTF-8 gets a one-line error naming it."""
        bad = tmp_path / "latin1.txt"
        bad.write_bytes("Hà Nội café".encode("latin-1", "replace"))
        r = run(str(bad))
        assert r.returncode == 1
        err = r.stderr.decode().strip()
        assert "latin1.txt" in err and "UTF-8" in err and len(err.splitlines()) == 1

    @pytest.mark.parametrize(
        "bad", [["--format", "xml", "a"], ["--published", "19/08/2024", "a"], []]
    )
    def test_usage_errors(self, bad):
        """Bad options exit with status 2."""
        assert run(*bad).returncode == 2

    def test_version_and_help(self):
        """--version prints the version; --help explains every option."""
        from dipparse import __version__

        assert run("--version").stdout.decode().strip() == f"dipparse {__version__}"
        helptext = run("--help").stdout.decode()
        for opt in ("--format", "--published", "--version", "FILE"):
            assert opt in helptext
