"""Release checks: what ``pip install dipparse`` gives a user works on its own.

The build makes an sdist and then the wheel from that sdist (so the sdist is
proven complete), ``twine check`` passes on both, and the wheel, installed
into a fresh venv with nothing of this checkout on the path, reads a seed
article. These tests build and install, so they are marked ``slow``: CI runs
them; ``pytest -m "not slow"`` skips them locally.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from tests.conftest import ROOT, SEEDS


def _project_version() -> str:
    """The ``version`` of ``[project]`` in pyproject.toml, the one place it is written."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    project = text.split("\n[project]\n", 1)[1].split("\n[", 1)[0]
    m = re.search(r'^version\s*=\s*"([^"]+)"', project, re.MULTILINE)
    assert m, "no version in [project] of pyproject.toml"
    return m.group(1)


VERSION = _project_version()


def _run(*cmd: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    r = subprocess.run(
        [str(c) for c in cmd],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert r.returncode == 0, f"{' '.join(map(str, cmd))} failed:\n{r.stdout}\n{r.stderr}"
    return r.stdout


def _clean_env() -> dict[str, str]:
    """The environment of a user's shell: nothing of this checkout importable."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PYTHONNOUSERSITE"] = "1"
    return env


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the sdist, then the wheel from it, as ``python -m build`` does for a release."""
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--outdir", out, ROOT)
    return out


def _one(dist: Path, pattern: str) -> Path:
    found = sorted(dist.glob(pattern))
    assert len(found) == 1, f"expected one {pattern} in {dist}, found {found}"
    return found[0]


@pytest.fixture(scope="module")
def venv(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the built wheel installed (its dependencies from the package index)."""
    home = tmp_path_factory.mktemp("venv")
    _run(sys.executable, "-m", "venv", home / "v", env=_clean_env())
    pip = home / "v" / "bin" / "pip"
    _run(pip, "install", "-q", _one(dist, "dipparse-*.whl"), env=_clean_env())
    return home / "v"


@pytest.mark.slow
class TestBuild:
    def test_sdist_and_wheel_named_for_the_version(self, dist: Path):
        """The build gives one sdist and one wheel, both named for pyproject's version."""
        assert _one(dist, "*.tar.gz").name == f"dipparse-{VERSION}.tar.gz"
        assert _one(dist, "*.whl").name == f"dipparse-{VERSION}-py3-none-any.whl"

    def test_twine_check(self, dist: Path):
        """``twine check --strict`` accepts both (metadata and README render on PyPI)."""
        out = _run(sys.executable, "-m", "twine", "check", "--strict", *sorted(dist.iterdir()))
        assert out.count("PASSED") == 2

    def test_wheel_ships_the_data(self, dist: Path):
        """Every data file of the source tree, and py.typed, is inside the wheel."""
        names = set(zipfile.ZipFile(_one(dist, "*.whl")).namelist())
        data = ROOT / "src" / "dipparse" / "data"
        shipped = {
            "dipparse/data/" + p.relative_to(data).as_posix()
            for p in data.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
        }
        assert {n for n in shipped if n.endswith(".json")}, "no JSON data found in the source"
        assert any(re.fullmatch(r"dipparse/data/people/\w+\.json", n) for n in shipped)
        assert shipped <= names, sorted(shipped - names)
        assert "dipparse/py.typed" in names
        assert not [n for n in names if n.startswith(("tests/", "seeds/", "docs/"))]

    def test_sdist_has_tests_docs_and_seeds(self, dist: Path):
        """The sdist carries what it takes to test and document the package."""
        with tarfile.open(_one(dist, "*.tar.gz")) as tar:
            names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
        for needed in ("pyproject.toml", "mkdocs.yml", "CHANGELOG.md", "LICENSE", "README.md"):
            assert needed in names
        assert any(n.startswith("tests/test_") for n in names)
        assert any(n.startswith("docs/") and n.endswith(".md") for n in names)
        assert {f"seeds/{p.name}" for p in SEEDS} <= names


@pytest.mark.slow
class TestInstalledWheel:
    def test_imports_from_the_venv(self, venv: Path, tmp_path: Path):
        """The venv imports the installed dipparse, of pyproject's version, not this checkout."""
        out = _run(
            venv / "bin" / "python",
            "-c",
            "import dipparse; print(dipparse.__file__); print(dipparse.__version__)",
            cwd=tmp_path,
            env=_clean_env(),
        )
        path, version = out.split()
        assert Path(path).resolve().is_relative_to(venv.resolve())
        assert version == VERSION

    def test_command_line_reads_a_seed(self, venv: Path, tmp_path: Path):
        """The installed ``dipparse`` command names the officials of a seed article."""
        seed = ROOT / "seeds" / "001_a3bd5bc050b58d9e.txt"
        out = _run(
            venv / "bin" / "dipparse",
            "--format",
            "table",
            seed,
            cwd=tmp_path,
            env=_clean_env(),
        )
        assert "officials:" in out
        assert "Tô Lâm [VN]" in out
        assert "Xi Jinping [CN]" in out

    def test_version_option(self, venv: Path, tmp_path: Path):
        """``dipparse --version`` prints the one version pyproject.toml sets."""
        out = _run(venv / "bin" / "dipparse", "--version", cwd=tmp_path, env=_clean_env())
        assert out.strip() == f"dipparse {VERSION}"


class TestChangelog:
    def test_release_section_for_the_version(self):
        """CHANGELOG.md has a dated section for the version being released, under Unreleased."""
        text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
        heads = re.findall(r"^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$", text, re.MULTILINE)
        versions = [v for v, _ in heads]
        assert versions[0] == "Unreleased"
        assert VERSION in versions, f"no '## [{VERSION}] - YYYY-MM-DD' section in CHANGELOG.md"
        assert dict(heads)[VERSION], f"the {VERSION} section has no date"
        section = text.split(f"## [{VERSION}]", 1)[1].split("\n## [", 1)[0]
        assert re.search(r"^- ", section, re.MULTILINE), f"the {VERSION} section lists nothing"
