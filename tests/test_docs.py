"""The documentation cannot drift from the code: every example in it runs here.

Each Markdown page of ``docs/`` (and the README) is run top to bottom in a
fresh working directory that holds a link to ``seeds/``:

- a ``pycon`` block, or a ``python`` block that starts with ``>>>``, is a
  doctest; the blocks of one page share their names, like a session;
- any other ``python`` block is executed and must not raise;
- a ``console`` block holds ``$ command`` lines; each runs in ``bash`` with
  ``dipparse`` meaning this checkout's ``python -m dipparse``, and what it
  prints (stdout and stderr, as a terminal shows them) must match the lines below it (``...``
  stands for any text, as in doctests).

Blocks in other languages (``sh`` for installation, ``json``, ``csv``) are
shown, not run. A block right after the comment ``<!-- docs-test: skip ... -->``
(which says why: a dependency dipparse does not have) is only compiled, and a
block that only includes a file (``--8<-- "path"``) is that file's business.
"""

from __future__ import annotations

import ast
import doctest
import inspect
import itertools
import os
import re
import shlex
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import ROOT

import dipparse

DOCS = ROOT / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if "_tools" not in p.parts)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
_SKIP = re.compile(r"^\s*<!--\s*docs-test:\s*skip\b")
_INCLUDE = re.compile(r"^\s*--8<--\s+\S+\s*$")
_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[\w-]*)[^\n]*$")


class Block:
    """One fenced code block of a Markdown page."""

    def __init__(self, lang: str, code: str, line: int, *, skip: bool = False) -> None:
        self.lang = lang
        self.code = code
        self.line = line
        self.skip = skip or all(_INCLUDE.match(x) for x in code.splitlines() if x.strip())

    def __repr__(self) -> str:
        return f"<{self.lang} block at line {self.line}>"


def blocks(text: str) -> list[Block]:
    """Return the fenced code blocks of ``text``, with the line each one's code starts at."""
    found: list[Block] = []
    lines = text.splitlines()
    i = 0
    before = ""
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            if lines[i].strip():
                before = lines[i]
            i += 1
            continue
        indent, fence, lang = m["indent"], m["fence"], m["lang"]
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not (
            lines[j].strip().startswith(fence) and lines[j].strip().strip(fence[0]) == ""
        ):
            body.append(lines[j][len(indent) :] if lines[j].startswith(indent) else lines[j])
            j += 1
        found.append(Block(lang, "\n".join(body) + "\n", i + 2, skip=bool(_SKIP.match(before))))
        before = ""
        i = j + 1
    return found


def _shell_env(tmp: Path) -> dict[str, str]:
    """Return an environment where ``dipparse`` is this checkout's command line.

    ``python`` is the interpreter running the tests, as in the venv a user
    installed dipparse into.
    """
    bindir = tmp / ".bin"
    bindir.mkdir(exist_ok=True)
    python = shlex.quote(sys.executable)
    for name, body in (("dipparse", f"{python} -m dipparse"), ("python", python)):
        shim = bindir / name
        shim.write_text(f'#!/bin/sh\nexec {body} "$@"\n')
        shim.chmod(0o755)
    src = str(Path(dipparse.__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PATH"] = f"{bindir}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    env["COLUMNS"] = "80"
    return env


def run_console(block: Block, where: str, env: dict[str, str]) -> None:
    """Run each ``$ command`` of a console block and compare what it prints."""
    checker = doctest.OutputChecker()
    commands: list[tuple[str, list[str], int]] = []
    continued = False
    for n, line in enumerate(block.code.splitlines()):
        if continued:  # the command's previous line ended with a backslash
            commands[-1] = (commands[-1][0] + "\n" + line, [], commands[-1][2])
        elif line.startswith("$ "):
            commands.append((line[2:], [], block.line + n))
        elif commands:
            commands[-1][1].append(line)
        elif line.strip():
            pytest.fail(f"{where}:{block.line + n}: console output before any '$ ' command")
        continued = bool(commands) and not commands[-1][1] and line.endswith("\\")
    for command, want_lines, line in commands:
        r = subprocess.run(
            ["bash", "-c", "set -o pipefail; " + command],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )
        got = r.stdout
        want = "\n".join(want_lines).strip("\n")
        want = want + "\n" if want else ""
        if not checker.check_output(want, got, FLAGS):
            pytest.fail(
                f"{where}:{line}: $ {command}\n(exit status {r.returncode})\n"
                + checker.output_difference(doctest.Example(command, want), got, FLAGS),
                pytrace=False,
            )


def run_page(path: Path, tmp: Path) -> int:
    """Run every example of the page at ``path`` in ``tmp``; return how many blocks ran."""
    where = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name
    if not (tmp / "seeds").exists():
        (tmp / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    env = _shell_env(tmp)
    globs: dict[str, Any] = {"__name__": "__docs__"}
    parser = doctest.DocTestParser()
    ran = 0
    for block in blocks(path.read_text(encoding="utf-8")):
        if block.skip:
            if block.lang == "python" and not block.code.lstrip().startswith(">>>"):
                compile(block.code, f"{where}:{block.line}", "exec")  # shown, so at least valid
            continue
        if block.lang == "console":
            run_console(block, where, env)
        elif block.lang == "pycon" or (
            block.lang == "python" and block.code.lstrip().startswith(">>>")
        ):
            test = parser.get_doctest(block.code, globs, where, where, block.line - 1)
            runner = doctest.DocTestRunner(optionflags=FLAGS)
            report: list[str] = []
            runner.run(test, out=report.append, clear_globs=False)
            globs.update(test.globs)  # DocTest works on a copy; the page's next block goes on
            if runner.failures:
                pytest.fail("".join(report), pytrace=False)
        elif block.lang == "python":
            code = compile(block.code, f"{where}:{block.line}", "exec")
            exec(code, globs)
        else:
            continue
        ran += 1
    return ran


class TestDocsExamples:
    @pytest.mark.parametrize(
        "page", [*PAGES, ROOT / "README.md"], ids=lambda p: str(p.relative_to(ROOT))
    )
    def test_page_examples_run(self, page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
        """Every example on the page runs and prints what the page shows."""
        monkeypatch.chdir(tmp_path)
        run_page(page, tmp_path)

    def test_pages_exist(self):
        """The documentation has the pages its navigation promises."""
        nav = re.findall(r"([\w/-]+\.md)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
        assert nav, "mkdocs.yml lists no pages"
        missing = [n for n in nav if not (DOCS / n).is_file()]
        assert not missing
        assert {str(p.relative_to(DOCS)) for p in PAGES} <= set(nav)


class TestExampleRunner:
    def test_blocks_found_with_their_lines(self):
        """Fenced blocks are found with their language and first code line, indented or not."""
        text = (
            "intro\n\n```pycon\n>>> 1 + 1\n2\n```\n\n!!! note\n    ```python\n    x = 1\n    ```\n"
        )
        found = blocks(text)
        assert [(b.lang, b.line) for b in found] == [("pycon", 4), ("python", 10)]
        assert found[1].code == "x = 1\n"
        assert not any(b.skip for b in found)

    def test_skip_comment_and_includes(self):
        """A block after a docs-test skip comment, or one that includes a file, is not run."""
        text = (
            "<!-- docs-test: skip (needs pyspark) -->\n```python\nimport pyspark\n```\n\n"
            '```python\nx = 1\n```\n\n```python\n--8<-- "examples/a.py"\n```\n'
        )
        assert [b.skip for b in blocks(text)] == [True, False, True]

    def test_console_command_continued(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
        """A command whose line ends with a backslash goes on on the next line."""
        page = tmp_path / "page.md"
        page.write_text("```console\n$ echo one \\\n    two\none two\n```\n", encoding="utf-8")
        run_dir = tmp_path / "run"
        run_dir.mkdir()
        monkeypatch.chdir(run_dir)
        assert run_page(page, run_dir) == 1

    def test_wrong_output_fails(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
        """A doctest whose shown output is not what the code prints fails the page."""
        page = tmp_path / "page.md"
        page.write_text("```pycon\n>>> 1 + 1\n3\n```\n", encoding="utf-8")
        run_dir = tmp_path / "run"
        run_dir.mkdir()
        monkeypatch.chdir(run_dir)
        with pytest.raises(pytest.fail.Exception, match="Expected"):
            run_page(page, run_dir)

    def test_console_output_compared(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
        """A console block runs the checkout's dipparse and compares its output."""
        page = tmp_path / "page.md"
        good = f"```console\n$ dipparse --version\ndipparse {dipparse.__version__}\n```\n"
        page.write_text(good, encoding="utf-8")
        run_dir = tmp_path / "run"
        run_dir.mkdir()
        monkeypatch.chdir(run_dir)
        assert run_page(page, run_dir) == 1
        page.write_text("```console\n$ dipparse --version\ndipparse 99\n```\n", encoding="utf-8")
        with pytest.raises(pytest.fail.Exception, match="dipparse --version"):
            run_page(page, run_dir)


def _attribute_docstring(module_name: str, name: str) -> str | None:
    """Return the docstring written under ``name = ...`` in a module's source, if any."""
    tree = ast.parse(inspect.getsource(sys.modules[module_name]))
    body = tree.body
    for stmt, after in itertools.pairwise(body):
        targets: list[ast.expr] = []
        if isinstance(stmt, ast.Assign):
            targets = list(stmt.targets)
        elif isinstance(stmt, ast.AnnAssign):
            targets = [stmt.target]
        if any(isinstance(t, ast.Name) and t.id == name for t in targets) and (
            isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            return inspect.cleandoc(after.value.value)
    return None


def _public_docstring(name: str) -> tuple[str | None, str]:
    """Return the docstring of ``dipparse.<name>`` and the module it is defined in."""
    obj = getattr(dipparse, name)
    if inspect.isclass(obj) or inspect.isroutine(obj):
        return inspect.getdoc(obj), obj.__module__
    # A constant: its docstring is the string under its assignment.
    for module_name in sorted(m for m in sys.modules if m.split(".")[0] == "dipparse"):
        doc = _attribute_docstring(module_name, name)
        if doc is not None:
            return doc, module_name
    return None, "dipparse"


def _public_members() -> list[str]:
    """Return ``Class.member`` for each public method and property of the exported classes."""
    found = []
    for name in dipparse.__all__:
        obj = getattr(dipparse, name)
        if not inspect.isclass(obj):
            continue
        for member, value in vars(obj).items():
            if member.startswith("_"):
                continue
            if (
                isinstance(value, property)
                or inspect.isroutine(value)
                or hasattr(value, "__func__")
            ):
                found.append(f"{name}.{member}")
    return found


class TestPublicNames:
    @pytest.mark.parametrize("name", dipparse.__all__)
    def test_has_docstring_with_example(self, name: str):
        """Each public name has a docstring with a ``>>>`` example."""
        doc, _ = _public_docstring(name)
        assert doc, f"dipparse.{name} has no docstring"
        assert ">>>" in doc, f"dipparse.{name}'s docstring has no example"

    @pytest.mark.parametrize("path", _public_members())
    def test_member_has_docstring_with_example(self, path: str):
        """Each public method and property of an exported class has an example too."""
        cls_name, member = path.split(".")
        value = vars(getattr(dipparse, cls_name))[member]
        func = value.fget if isinstance(value, property) else getattr(value, "__func__", value)
        doc = inspect.getdoc(func)
        assert doc, f"dipparse.{path} has no docstring"
        assert ">>>" in doc, f"dipparse.{path}'s docstring has no example"

    @pytest.mark.parametrize(
        "name",
        [
            n
            for n in dipparse.__all__
            if not (
                inspect.isclass(getattr(dipparse, n)) or inspect.isroutine(getattr(dipparse, n))
            )
        ],
    )
    def test_constant_example_runs(self, name: str):
        """A constant's example runs (doctest does not collect attribute docstrings)."""
        doc, module_name = _public_docstring(name)
        assert doc
        test = doctest.DocTestParser().get_doctest(
            textwrap.dedent(doc), {"dipparse": dipparse}, f"dipparse.{name}", module_name, 0
        )
        runner = doctest.DocTestRunner(optionflags=FLAGS)
        report: list[str] = []
        runner.run(test, out=report.append)
        assert runner.tries > 0
        assert runner.failures == 0, "".join(report)

    @pytest.mark.parametrize("name", dipparse.__all__)
    def test_in_api_reference(self, name: str):
        """Each public name is rendered in the API reference."""
        reference = "\n".join(
            p.read_text(encoding="utf-8") for p in sorted((DOCS / "reference").glob("*.md"))
        )
        assert re.search(rf"^::: dipparse\.{re.escape(name)}\s*$", reference, re.MULTILINE)
