from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from tests.conftest import SEEDS

import dipparse
from dipparse import cli

CLI = [sys.executable, "-m", "dipparse"]


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*CLI, *args], input=stdin, capture_output=True, timeout=120, check=False, cwd=cwd
    )


def jsonl(r: subprocess.CompletedProcess[bytes]) -> list[dict]:
    return [json.loads(line) for line in r.stdout.decode().splitlines()]


def errors(r: subprocess.CompletedProcess[bytes]) -> list[str]:
    return r.stderr.decode().splitlines()


def write_jsonl(path: Path, lines: list[object | str]) -> Path:
    """Write records (dicts become JSON, strings are written as they are) one per line."""
    with path.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(
                (line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n"
            )
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder tree: two seeds at the top, one in a subfolder, one hidden, and a non-text file."""
    root = tmp_path / "corpus"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "b.txt").write_bytes(SEEDS[1].read_bytes())
    (root / "a.txt").write_bytes(SEEDS[0].read_bytes())
    (root / "sub" / "deeper" / "c.txt").write_bytes(SEEDS[2].read_bytes())
    (root / ".cache" / "d.txt").write_bytes(SEEDS[3].read_bytes())
    (root / "notes.md").write_text("Xi Jinping met To Lam.", encoding="utf-8")
    return root


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
        "bad",
        [
            ["--format", "xml", "a"],
            ["--published", "19/08/2024", "a"],
            [],
            ["--workers", "-1", "a"],
            ["--workers", "two", "a"],
            ["--max-bytes", "lots", "a"],
        ],
    )
    def test_usage_errors(self, bad):
        """Bad options exit with status 2."""
        assert run(*bad).returncode == 2

    def test_version_and_help(self):
        """--version prints the version; --help explains every option."""
        from dipparse import __version__

        assert run("--version").stdout.decode().strip() == f"dipparse {__version__}"
        helptext = run("--help").stdout.decode()
        for opt in (
            "--format",
            "--published",
            "--version",
            "FILE",
            "--glob",
            "--jsonl-field",
            "--workers",
            "--max-bytes",
            "--no-meta",
            "--quiet",
            "141",
        ):
            assert opt in helptext


class TestMeta:
    def test_file_output_names_its_file_and_validates(self):
        """Each object carries meta.source_file and still validates against the shipped schema."""
        r = run("--format", "jsonl", str(SEEDS[0]))
        (obj,) = jsonl(r)
        assert obj["meta"] == {"source_file": str(SEEDS[0])}
        jsonschema.validate(obj, dipparse.json_schema())

    def test_output_reads_back_as_the_parsed_article(self):
        """Article.from_dict reads a command-line object (meta and all) back to parse()'s result."""
        (obj,) = jsonl(run("--format", "jsonl", str(SEEDS[1])))
        expected = dipparse.parse(SEEDS[1].read_text(encoding="utf-8"))
        assert dipparse.Article.from_dict(obj) == expected

    def test_no_meta_gives_the_bare_contract(self):
        """--no-meta prints exactly Article.to_dict()."""
        (obj,) = jsonl(run("--format", "jsonl", "--no-meta", str(SEEDS[2])))
        assert obj == dipparse.parse(SEEDS[2].read_text(encoding="utf-8")).to_dict()

    def test_stdin_is_named(self):
        """Standard input is named <stdin> in meta."""
        (obj,) = jsonl(run("--format", "jsonl", "-", stdin=b"Talks in Hanoi."))
        assert obj["meta"] == {"source_file": "<stdin>"}


class TestDirectories:
    def test_recursive_sorted_and_filtered(self, corpus: Path):
        """A folder is read recursively, in path order, *.txt only, hidden entries skipped."""
        r = run("--format", "jsonl", str(corpus))
        assert r.returncode == 0, r.stderr
        files = [Path(o["meta"]["source_file"]).relative_to(corpus).as_posix() for o in jsonl(r)]
        assert files == ["a.txt", "b.txt", "sub/deeper/c.txt"]

    def test_output_matches_parse(self, corpus: Path):
        """Each object is what parse() gives for that file."""
        for obj in jsonl(run("--format", "jsonl", "--no-meta", str(corpus / "sub"))):
            text = (corpus / "sub" / "deeper" / "c.txt").read_text(encoding="utf-8")
            assert obj == dipparse.parse(text).to_dict()

    @pytest.mark.parametrize(
        ("globs", "expected"),
        [
            (["*.md"], ["notes.md"]),
            (["*.md", "c.*"], ["notes.md", "sub/deeper/c.txt"]),
            (["sub/*/*.txt"], ["sub/deeper/c.txt"]),
        ],
    )
    def test_glob(self, corpus: Path, globs: list[str], expected: list[str]):
        """--glob picks the files by name, or by path below the folder when it has a '/'."""
        args = [a for g in globs for a in ("--glob", g)]
        r = run("--format", "jsonl", *args, str(corpus))
        files = [Path(o["meta"]["source_file"]).relative_to(corpus).as_posix() for o in jsonl(r)]
        assert files == expected

    def test_folder_without_match_is_an_error(self, corpus: Path):
        """A folder with no matching file is named on stderr, exit 1, other inputs still read."""
        r = run("--format", "jsonl", "--glob", "*.pdf", str(corpus), str(SEEDS[0]))
        assert r.returncode == 1
        assert errors(r) == [f"dipparse: {corpus}: no file matching '*.pdf'"]
        assert len(jsonl(r)) == 1

    def test_bad_file_inside_folder(self, corpus: Path):
        """A binary file in a folder is reported; the folder's other files are still read."""
        (corpus / "b2.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
        r = run("--format", "jsonl", str(corpus))
        assert r.returncode == 1
        assert errors(r) == [f"dipparse: {corpus / 'b2.txt'}: binary file (NUL byte at offset 4)"]
        assert len(jsonl(r)) == 3


class TestJsonLines:
    def test_records_and_carried_fields(self, tmp_path: Path):
        """Each record is one article; its other fields go to meta with source_file and line."""
        src = write_jsonl(
            tmp_path / "in.jsonl",
            [
                {"id": "a1", "text": "Xi Jinping met To Lam.", "tags": ["x"], "n": 1.5},
                {"text": "Talks in Hà Nội.", "id": "a2", "url": None},
            ],
        )
        r = run("--format", "jsonl", "--jsonl-field", "text", str(src))
        assert r.returncode == 0, r.stderr
        objs = jsonl(r)
        assert [o["meta"] for o in objs] == [
            {"id": "a1", "tags": ["x"], "n": 1.5, "source_file": str(src), "line": 1},
            {"id": "a2", "url": None, "source_file": str(src), "line": 2},
        ]
        assert objs[1]["officials"] == dipparse.parse("Talks in Hà Nội.").to_dict()["officials"]
        schema = dipparse.json_schema()
        for obj in objs:
            jsonschema.validate(obj, schema)

    def test_bad_records_in_the_middle(self, tmp_path: Path):
        """Bad records are named with file and line; the good ones around them are still parsed."""
        src = write_jsonl(
            tmp_path / "in.jsonl",
            [
                {"id": 1, "text": "First."},
                "{broken json",
                ["not", "an", "object"],
                {"id": 4, "body": "no text field"},
                {"id": 5, "text": 42},
                "",
                {"id": 7, "text": "Last."},
            ],
        )
        r = run("--format", "jsonl", "--jsonl-field", "text", str(src))
        assert r.returncode == 1
        assert [o["meta"]["id"] for o in jsonl(r)] == [1, 7]
        assert [o["meta"]["line"] for o in jsonl(r)] == [1, 7]
        err = errors(r)
        assert [e.split(": ")[1] for e in err] == [f"{src}:{n}" for n in (2, 3, 4, 5)]
        assert "not JSON" in err[0] and "not a JSON object" in err[1]
        assert "no field 'text'" in err[2] and "not a string" in err[3]

    def test_stdin_and_folder(self, tmp_path: Path):
        """JSON Lines come from standard input or from *.jsonl files in a folder."""
        (tmp_path / "d").mkdir()
        write_jsonl(tmp_path / "d" / "x.jsonl", [{"body": "One."}, {"body": "Two."}])
        (tmp_path / "d" / "skip.txt").write_text("not read", encoding="utf-8")
        stdin = b'{"body": "Zero.", "k": 0}\n'
        r = run("--format", "jsonl", "--jsonl-field", "body", "-", str(tmp_path / "d"), stdin=stdin)
        assert r.returncode == 0, r.stderr
        assert [(o["meta"]["source_file"], o["meta"]["line"]) for o in jsonl(r)] == [
            ("<stdin>", 1),
            (str(tmp_path / "d" / "x.jsonl"), 1),
            (str(tmp_path / "d" / "x.jsonl"), 2),
        ]

    def test_bom_crlf_and_non_utf8_line(self, tmp_path: Path):
        """A UTF-8 BOM and CRLF endings are accepted; a non-UTF-8 line is reported alone."""
        src = tmp_path / "in.jsonl"
        src.write_bytes(b'\xef\xbb\xbf{"t": "A."}\r\n{"t": "caf\xe9"}\r\n{"t": "B."}\r\n')
        r = run("--format", "jsonl", "--jsonl-field", "t", str(src))
        assert r.returncode == 1
        assert [o["meta"]["line"] for o in jsonl(r)] == [1, 3]
        assert errors(r) == [f"dipparse: {src}:2: not UTF-8 text (byte 10 of the line)"]

    def test_record_over_max_bytes(self, tmp_path: Path):
        """With --max-bytes a record too large is skipped and reported; the next line is read."""
        src = write_jsonl(
            tmp_path / "in.jsonl",
            [{"t": "short"}, {"t": "x" * 5000}, {"t": "also short"}],
        )
        r = run("--format", "jsonl", "--jsonl-field", "t", "--max-bytes", "1k", str(src))
        assert r.returncode == 1
        assert [o["meta"]["line"] for o in jsonl(r)] == [1, 3]
        assert errors(r) == [
            f"dipparse: {src}:2: record larger than --max-bytes (1024 bytes); skipped"
        ]

    def test_reserved_field_names_warn_once(self, tmp_path: Path):
        """A record field named 'line' is replaced by dipparse's line, with one warning."""
        src = write_jsonl(tmp_path / "in.jsonl", [{"t": "A.", "line": 9}, {"t": "B.", "line": 8}])
        r = run("--format", "jsonl", "--jsonl-field", "t", str(src))
        assert r.returncode == 0
        assert [o["meta"]["line"] for o in jsonl(r)] == [1, 2]
        assert len(errors(r)) == 1 and "warning" in errors(r)[0]


class TestWorkers:
    def test_two_workers_same_output(self, corpus: Path, tmp_path: Path):
        """--workers 2 prints byte for byte what --workers 1 prints, bad records included."""
        records: list[object] = []
        for i in range(200):  # 7 chunks of 32, more than the 4 a 2-process pool has in flight
            if i == 99:
                records.append("{oops")
            seed = SEEDS[i % len(SEEDS)]
            records.append({"id": i, "text": seed.read_text(encoding="utf-8")})
        src = write_jsonl(tmp_path / "many.jsonl", records)
        base = ["--format", "jsonl", "--jsonl-field", "text", str(src)]
        one = run(*base, "--workers", "1")
        two = run(*base, "--workers", "2")
        assert one.returncode == two.returncode == 1
        assert one.stdout == two.stdout
        assert len(jsonl(one)) == 200
        assert errors(one) == errors(two)


class TestRobustness:
    def test_binary_file(self, tmp_path: Path):
        """A binary file is reported as such; the good files are still processed."""
        png = tmp_path / "img.txt"
        png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        r = run("--format", "jsonl", str(png), str(SEEDS[0]))
        assert r.returncode == 1
        assert errors(r) == [f"dipparse: {png}: binary file (NUL byte at offset 8)"]
        assert len(jsonl(r)) == 1

    def test_utf16_file(self, tmp_path: Path):
        """A UTF-16 file is told apart from other binary files."""
        f = tmp_path / "u16.txt"
        f.write_bytes("Hà Nội".encode("utf-16"))
        r = run(str(f))
        assert r.returncode == 1
        assert "UTF-16 text, not UTF-8" in r.stderr.decode()

    def test_file_over_max_bytes(self, tmp_path: Path):
        """A file over --max-bytes is skipped with its size and the limit; others processed."""
        big = tmp_path / "big.txt"
        big.write_text("Talks. " * 1000, encoding="utf-8")
        r = run("--format", "jsonl", "--max-bytes", "5000", str(big), str(SEEDS[0]))
        assert r.returncode == 1
        assert errors(r) == [
            f"dipparse: {big}: larger than --max-bytes (7000 > 5000 bytes); skipped"
        ]
        assert len(jsonl(r)) == 1
        assert run("--max-bytes", "0", str(big)).returncode == 0

    def test_stdin_over_max_bytes(self):
        """Standard input is cut off at --max-bytes and reported, not read whole."""
        r = run("--max-bytes", "100", "-", stdin=b"x" * 5000)
        assert r.returncode == 1
        assert errors(r) == ["dipparse: <stdin>: larger than --max-bytes (100 bytes); skipped"]

    @pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/mem is Linux's")
    def test_unreadable_file(self):
        """A file that opens but cannot be read (an I/O error) is reported with the OS reason."""
        r = run("--format", "jsonl", "/proc/self/mem", str(SEEDS[0]))
        assert r.returncode == 1
        assert errors(r) == ["dipparse: /proc/self/mem: cannot read: Input/output error"]
        assert len(jsonl(r)) == 1

    @pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file"
    )
    def test_permission_denied(self, tmp_path: Path):
        """A file without read permission is reported; the good files are still processed."""
        f = tmp_path / "locked.txt"
        f.write_text("secret", encoding="utf-8")
        f.chmod(0)
        r = run("--format", "jsonl", str(f), str(SEEDS[0]))
        assert r.returncode == 1
        assert errors(r) == [f"dipparse: {f}: permission denied"]

    def test_permission_denied_message(self, monkeypatch, capsys, tmp_path: Path):
        """The permission-denied message is one line naming the file (in-process, any user)."""
        f = tmp_path / "locked.txt"
        f.write_text("secret", encoding="utf-8")

        def deny(name: str) -> object:
            raise PermissionError(13, "Permission denied", name)

        monkeypatch.setattr(cli, "_open", deny)
        assert cli.main(["--quiet", str(f)]) == cli.EXIT_FAILED_INPUT
        assert capsys.readouterr().err == f"dipparse: {f}: permission denied\n"

    def test_broken_pipe(self, tmp_path: Path):
        """`dipparse many | head -c` ends with status 141 and nothing on stderr."""
        src = write_jsonl(
            tmp_path / "many.jsonl", [{"t": SEEDS[0].read_text(encoding="utf-8")}] * 2000
        )
        for workers in ("1", "2"):
            with subprocess.Popen(
                [*CLI, "--format", "jsonl", "--workers", workers, "--jsonl-field", "t", str(src)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            ) as proc:
                assert proc.stdout is not None and proc.stderr is not None
                first = proc.stdout.readline()
                proc.stdout.close()  # the reader goes away, as `head` does
                err = proc.stderr.read()
                assert proc.wait(timeout=120) == 141
            assert json.loads(first)["schema"] == "dipparse/1"
            assert err == b""

    def test_parser_crash_is_reported_and_run_goes_on(self, monkeypatch, capsys, tmp_path: Path):
        """If parse() raises on one record, that record is reported and the others are printed."""
        src = write_jsonl(tmp_path / "in.jsonl", [{"t": "A."}, {"t": "BOOM"}, {"t": "C."}])
        real = dipparse.batch.parse

        def fragile(text: str, **kw: object) -> dipparse.Article:
            if text == "BOOM":
                raise RuntimeError("kaboom")
            return real(text, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(dipparse.batch, "parse", fragile)
        monkeypatch.setattr(cli, "parse", fragile)
        status = cli.main(["--quiet", "--format", "jsonl", "--jsonl-field", "t", str(src)])
        out, err = capsys.readouterr()
        assert status == cli.EXIT_FAILED_INPUT
        assert [json.loads(line)["meta"]["line"] for line in out.splitlines()] == [1, 3]
        assert err.startswith(
            f"dipparse: {src}:2: internal error while parsing (RuntimeError: kaboom)"
        )


class TestProgress:
    def test_no_bar_when_stderr_is_not_a_terminal(self):
        """Piped standard error gets no progress bar: a clean run writes nothing there."""
        r = run("--format", "jsonl", *map(str, SEEDS))
        assert r.returncode == 0 and r.stderr == b""

    @pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
    @pytest.mark.parametrize(("quiet", "shown"), [([], True), (["--quiet"], False)])
    def test_bar_on_a_terminal(self, quiet: list[str], shown: bool):
        """On a terminal the bar counts the articles; --quiet turns it off."""
        import fcntl
        import pty
        import struct
        import termios

        master, slave = pty.openpty()
        # A fresh pseudo-terminal is 0 columns wide; give it a real terminal's size.
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
        try:
            proc = subprocess.run(
                [*CLI, "--format", "jsonl", *quiet, *map(str, SEEDS)],
                stdout=subprocess.PIPE,
                stderr=slave,
                timeout=120,
                check=False,
            )
            os.close(slave)
            slave = -1
            chunks = []
            while True:
                try:
                    data = os.read(master, 65536)
                except OSError:  # EIO: the terminal has no writer left
                    break
                if not data:
                    break
                chunks.append(data)
        finally:
            if slave >= 0:
                os.close(slave)
            os.close(master)
        assert proc.returncode == 0
        assert len(proc.stdout.decode().splitlines()) == len(SEEDS)
        tty = b"".join(chunks).decode()
        assert (f"{len(SEEDS)} articles" in tty) is shown


class TestParseSize:
    @pytest.mark.parametrize(
        ("text", "size"),
        [
            ("0", 0),
            ("1000", 1000),
            ("64k", 65536),
            ("50M", 50 * 2**20),
            ("2GiB", 2 * 2**30),
            ("3 KB", 3072),
        ],
    )
    def test_sizes(self, text: str, size: int):
        """Sizes take binary units k, M, G, T with an optional B or iB."""
        assert cli.parse_size(text) == size

    @pytest.mark.parametrize("text", ["", "-1", "1.5M", "10X", "M"])
    def test_not_sizes(self, text: str):
        """What is not a size raises ValueError."""
        with pytest.raises(ValueError, match="not a size"):
            cli.parse_size(text)


class TestPublishedField:
    def test_each_record_its_own_date(self, tmp_path: Path):
        """--published-field gives each JSON Lines record its own publication date."""
        f = tmp_path / "in.jsonl"
        f.write_text(
            json.dumps({"text": "Talks on Monday.", "date": "2024-08-20T06:00:00Z"})
            + "\n"
            + json.dumps({"text": "Talks on Monday.", "date": "2025-02-18"})
            + "\n"
            + json.dumps({"text": "Talks on Monday."})
            + "\n",
            encoding="utf-8",
        )
        r = run(
            "--format",
            "jsonl",
            "--jsonl-field",
            "text",
            "--published-field",
            "date",
            "--published",
            "2023-01-01",
            str(f),
        )
        assert r.returncode == 0, r.stderr
        got = [json.loads(line)["published"] for line in r.stdout.decode().splitlines()]
        assert got == ["2024-08-20", "2025-02-18", "2023-01-01"]

    def test_bad_date_warns_and_parses(self, tmp_path: Path):
        """A record whose date field is not a date is parsed without it, with a warning naming its line."""
        f = tmp_path / "in.jsonl"
        f.write_text(json.dumps({"text": "Talks.", "date": "last week"}) + "\n", encoding="utf-8")
        r = run("--format", "jsonl", "--jsonl-field", "text", "--published-field", "date", str(f))
        assert r.returncode == 0
        assert "in.jsonl:1" in r.stderr.decode() and json.loads(r.stdout)["published"] is None

    def test_needs_jsonl(self):
        """--published-field without --jsonl-field is a usage error."""
        assert run("--published-field", "date", "x.txt").returncode == 2
