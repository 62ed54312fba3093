"""The ``dipparse`` command line: files, folders and JSON Lines in, ``dipparse/1`` out.

Inputs are read lazily and articles written as soon as they are parsed, so
memory stays flat over a corpus of any size. An input that cannot be read
(missing, unreadable, binary, not UTF-8, too large, a malformed JSON Lines
record) is named on standard error with its file (and line), the run goes on,
and the exit status is 1 at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import fnmatch
import json
import os
import re
import stat
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import IO, Any, NamedTuple, TextIO

from dipparse.batch import parse_many
from dipparse.models import Article
from dipparse.parse import parse

__all__ = ["DEFAULT_MAX_BYTES", "format_table", "main", "parse_size"]

EXIT_OK = 0
EXIT_FAILED_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a reader that went away

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""Default of ``--max-bytes``: larger files (or JSON Lines records) are skipped."""

_SNIFF_BYTES = (
    8192  # how far to look for NUL bytes before calling a file binary, as git and grep do
)
_SKIP_CHUNK = 1 << 20
_STDIN = "<stdin>"
_RESERVED_META = ("source_file", "line")
_ISSUES = "https://github.com/dipparse/dipparse/issues"
_SIZE_RE = re.compile(r"(\d{1,15})\s{0,2}([kmgt]?)(i?b)?", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


def parse_size(value: str) -> int:
    """Read a byte count such as ``1000``, ``64k``, ``50M`` or ``2GiB`` (binary units).

    Args:
        value: Digits with an optional unit ``k``, ``M``, ``G`` or ``T``,
            optionally followed by ``B`` or ``iB``; case does not matter.

    Returns:
        The number of bytes.

    Raises:
        ValueError: ``value`` is not a size.

    Example:
        >>> parse_size("50M"), parse_size("64kB"), parse_size("0")
        (52428800, 65536, 0)
    """
    m = _SIZE_RE.fullmatch(value.strip())
    if m is None:
        raise ValueError(f"not a size such as 1000, 64k or 50M: {value!r}")
    return int(m.group(1)) * _UNITS[m.group(2).lower()]


def _size_arg(value: str) -> int:
    try:
        return parse_size(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _date_arg(value: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def _workers_arg(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes (0 or more): {value!r}")
    return n


def _parser() -> argparse.ArgumentParser:
    from dipparse import __version__

    ap = argparse.ArgumentParser(
        prog="dipparse",
        description=(
            "Read diplomatic news articles and print the officials, offices, dates, "
            "agreements and fields of cooperation they name, as dipparse/1 JSON."
        ),
        epilog="Exit status: 0 when every input was read, 1 when some input could not be "
        "read or parsed (each is named on standard error; the others are still processed), "
        "2 for a usage error, 130 when interrupted, 141 when the output pipe was closed "
        "(as by 'dipparse corpus/ | head').",
    )
    ap.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="text files to read (UTF-8), or folders, read recursively for the files that "
        "match --glob; '-' reads standard input",
    )
    ap.add_argument(
        "--format",
        choices=("json", "jsonl", "table"),
        default="json",
        help="json: one indented dipparse/1 object per article (default); jsonl: one object "
        "per line; table: a readable summary",
    )
    ap.add_argument(
        "--published",
        type=_date_arg,
        metavar="YYYY-MM-DD",
        help="publication date for inputs whose text does not start with a 'date' header line",
    )
    ap.add_argument(
        "--published-field",
        metavar="FIELD",
        help="with --jsonl-field: the record field holding each article's publication date "
        "(ISO 8601, e.g. 2024-08-19 or 2024-08-19T08:00:00Z); it wins over --published",
    )
    ap.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="in folders, read the files whose name matches PATTERN (a pattern with '/' is "
        "matched against the path below the folder); may be repeated; default '*.txt', or "
        "'*.jsonl' with --jsonl-field. Hidden files and folders are skipped",
    )
    ap.add_argument(
        "--jsonl-field",
        metavar="FIELD",
        help="read the inputs as JSON Lines, one article per line in the string field FIELD; "
        "the record's other fields are carried through to the output's 'meta' object",
    )
    ap.add_argument(
        "--workers",
        type=_workers_arg,
        default=1,
        metavar="N",
        help="parse in N processes (0: one per core; default 1); the output is the same and "
        "in the same order",
    )
    ap.add_argument(
        "--max-bytes",
        type=_size_arg,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="skip, with an error, a file (or JSON Lines record) larger than SIZE, such as "
        "1000, 64k or 50M (default 50M; 0 for no limit)",
    )
    ap.add_argument(
        "--no-meta",
        action="store_true",
        help="leave out the 'meta' object (source_file, line and carried-through fields) and "
        "print the bare dipparse/1 contract",
    )
    ap.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar (it is only shown when standard error is a terminal)",
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return ap


class _Item(NamedTuple):
    text: str
    meta: dict[str, Any]
    where: str
    published: _dt.date | None = None


def _with_dates(items: Iterator[_Item], field: str, rep: _Reporter) -> Iterator[_Item]:
    """Give each JSON Lines record the publication date its ``field`` holds."""
    for item in items:
        value = item.meta.get(field)
        if value is None:
            yield item
            continue
        try:
            day = _dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            rep.warn(
                item.where,
                f"field {field!r} is not a date (YYYY-MM-DD...): {str(value)[:40]!r}; parsed without it",
            )
            yield item
            continue
        yield item._replace(published=day)


class _Reporter:
    """Writes one-line messages to standard error and counts the failures."""

    def __init__(self) -> None:
        self.failures = 0
        self.bar: Any = None
        self._warned: set[str] = set()

    def _write(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr, flush=True)

    def error(self, where: str, reason: str) -> None:
        self.failures += 1
        self._write(f"dipparse: {where}: {reason}")

    def warn(self, where: str, message: str) -> None:
        self._write(f"dipparse: {where}: warning: {message}")

    def warn_once(self, key: str, message: str) -> None:
        if key not in self._warned:
            self._warned.add(key)
            self._write(f"dipparse: warning: {message}")


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {exc.strerror or exc}"


def _binary_reason(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text, not UTF-8 (convert it, e.g. with iconv)"
    nul = head.find(b"\x00")
    if nul >= 0:
        return f"binary file (NUL byte at offset {nul})"
    return None


def _too_large(size: int | None, limit: int) -> str:
    if size is None:  # a stream, read only up to the limit
        return f"larger than --max-bytes ({limit} bytes); skipped"
    return f"larger than --max-bytes ({size} > {limit} bytes); skipped"


def _walk(top: str, globs: Sequence[str], rep: _Reporter) -> Iterator[str]:
    """Yield the files below ``top`` matching ``globs``, in sorted, reproducible order."""

    def onerror(exc: OSError) -> None:
        rep.error(exc.filename or top, _os_reason(exc))

    for root, dirs, files in os.walk(top, onerror=onerror):
        # Sorting in place also fixes the order os.walk descends in.
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel_root = os.path.relpath(root, top)
        for name in sorted(files):
            if name.startswith("."):
                continue
            rel = name if rel_root == "." else f"{rel_root}/{name}".replace(os.sep, "/")
            if any(fnmatch.fnmatchcase(rel if "/" in g else name, g) for g in globs):
                yield os.path.join(root, name)


def _open(name: str) -> IO[bytes]:
    return sys.stdin.buffer if name == "-" else open(name, "rb")


def _close(name: str, fh: IO[bytes]) -> None:
    if name != "-":
        fh.close()


def _read_text(name: str, max_bytes: int, rep: _Reporter) -> Iterator[_Item]:
    display = _STDIN if name == "-" else name
    try:
        fh = _open(name)
    except OSError as exc:
        rep.error(display, _os_reason(exc))
        return
    try:
        st = os.fstat(fh.fileno())
        if stat.S_ISDIR(st.st_mode):
            rep.error(display, "is a directory")
            return
        # A regular file's size is known up front; a pipe is cut off at the limit below.
        if max_bytes and stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
            rep.error(display, _too_large(st.st_size, max_bytes))
            return
        data = fh.read(max_bytes + 1) if max_bytes else fh.read()
    except OSError as exc:
        rep.error(display, _os_reason(exc))
        return
    finally:
        _close(name, fh)
    if max_bytes and len(data) > max_bytes:
        rep.error(display, _too_large(None, max_bytes))
        return
    reason = _binary_reason(data[:_SNIFF_BYTES])
    if reason is not None:
        rep.error(display, reason)
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        rep.error(display, f"not UTF-8 text (byte {exc.start})")
        return
    yield _Item(text, {"source_file": display}, display)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object" if isinstance(value, dict) else type(value).__name__


def _record(
    body: bytes, where: str, field: str, rep: _Reporter
) -> tuple[str, dict[str, Any]] | None:
    if b"\x00" in body:
        rep.error(where, "binary data (NUL byte)")
        return None
    try:
        line = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        rep.error(where, f"not UTF-8 text (byte {exc.start} of the line)")
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        rep.error(where, f"not JSON: {exc.msg} (column {exc.colno})")
        return None
    if not isinstance(record, dict):
        rep.error(where, f"the record is {_json_type(record)}, not a JSON object")
        return None
    if field not in record:
        rep.error(where, f"no field {field!r} in the record")
        return None
    text = record.pop(field)
    if not isinstance(text, str):
        rep.error(where, f"field {field!r} is {_json_type(text)}, not a string")
        return None
    return text, record


def _read_jsonl(name: str, field: str, max_bytes: int, rep: _Reporter) -> Iterator[_Item]:
    display = _STDIN if name == "-" else name
    try:
        fh = _open(name)
    except OSError as exc:
        rep.error(display, _os_reason(exc))
        return
    lineno = 0
    try:
        if stat.S_ISDIR(os.fstat(fh.fileno()).st_mode):
            rep.error(display, "is a directory")
            return
        peek = getattr(fh, "peek", None)
        head = peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if peek is not None else b""
        reason = _binary_reason(head)
        if reason is not None:
            rep.error(display, reason)
            return
        limit = max_bytes + 1 if max_bytes else -1
        while True:
            raw = fh.readline(limit)
            if not raw:
                break
            lineno += 1
            if max_bytes and len(raw) == limit and not raw.endswith(b"\n"):
                # Skip the rest of an oversized line without holding it in memory.
                while True:
                    rest = fh.readline(_SKIP_CHUNK)
                    if not rest or rest.endswith(b"\n"):
                        break
            body = raw.rstrip(b"\r\n")
            if lineno == 1 and body.startswith(b"\xef\xbb\xbf"):
                body = body[3:]
            if not body.strip():
                continue
            where = f"{display}:{lineno}"
            if max_bytes and len(body) > max_bytes:
                rep.error(where, "record " + _too_large(None, max_bytes))
                continue
            got = _record(body, where, field, rep)
            if got is None:
                continue
            text, meta = got
            for key in _RESERVED_META:
                if key in meta:
                    rep.warn_once(
                        key,
                        f"the input records' own field {key!r} is replaced in 'meta' by "
                        f"dipparse's {key!r}",
                    )
            meta["source_file"] = display
            meta["line"] = lineno
            yield _Item(text, meta, where)
    except OSError as exc:
        rep.error(f"{display}:{lineno + 1}" if lineno else display, _os_reason(exc))
    finally:
        _close(name, fh)


def _items(
    names: Sequence[str],
    globs: Sequence[str],
    field: str | None,
    max_bytes: int,
    rep: _Reporter,
) -> Iterator[_Item]:
    """Yield every input article, lazily, reporting what cannot be read."""
    for name in names:
        if name != "-" and os.path.isdir(name):
            failures = rep.failures
            found = False
            for path in _walk(name, globs, rep):
                found = True
                yield from _read_one(path, field, max_bytes, rep)
            if not found and rep.failures == failures:  # an unreadable folder is reported once
                rep.error(name, "no file matching " + " or ".join(repr(g) for g in globs))
        else:
            yield from _read_one(name, field, max_bytes, rep)


def _read_one(name: str, field: str | None, max_bytes: int, rep: _Reporter) -> Iterator[_Item]:
    if field is None:
        return _read_text(name, max_bytes, rep)
    return _read_jsonl(name, field, max_bytes, rep)


def _parse_stream(
    items: Iterator[_Item],
    workers: int,
    published: _dt.date | None,
    on_crash: Callable[[_Item, BaseException], None],
) -> Generator[tuple[_Item, Article], None, None]:
    """Pair every item with its article, through :func:`parse_many`.

    ``pending`` holds the items handed to ``parse_many`` and not yet returned
    (a bounded number). If parsing raises, a bug in dipparse or a worker that
    died, those items are parsed again one by one here to find and report the
    culprit, and the run goes on with a fresh ``parse_many`` over the rest.
    """
    pending: deque[_Item] = deque()

    def feed() -> Iterator[tuple[str, _dt.date | None]]:
        for item in items:
            pending.append(item)
            yield item.text, item.published

    while True:
        try:
            for article in parse_many(feed(), workers=workers, published=published):
                yield pending.popleft(), article
        except Exception:  # a parser bug or a dead worker must not end a corpus run
            stuck = list(pending)
            pending.clear()
            for item in stuck:
                try:
                    article = parse(item.text, published=item.published or published)
                except Exception as exc:
                    on_crash(item, exc)
                    continue
                yield item, article
            continue
        return


def format_table(article: Article, name: str = "") -> str:
    """Return a readable terminal summary of ``article``.

    Example:
        >>> print(format_table(Article(source="VNA"), "a.txt"))
        == a.txt
        published: -   source: VNA   dateline: -   language: -
    """
    lines = [f"== {name}"] if name else []
    dl = article.dateline
    dateline = "-" if dl is None else f"{dl.place}{', ' + dl.date.isoformat() if dl.date else ''}"
    lines.append(
        f"published: {article.published or '-'}   source: {article.source or '-'}   "
        f"dateline: {dateline}   language: {article.language or '-'}"
    )
    if article.officials:
        lines.append("officials:")
        for o in article.officials:
            roles = "; ".join(
                t.role + (f" ({t.organization})" if t.organization else "") for t in o.titles
            )
            lines.append(
                f"  {o.name} [{o.country or '?'}] x{len(o.mentions)}"
                + (f": {roles}" if roles else "")
            )
    if article.dates:
        lines.append("dates:")
        for d in article.dates:
            value = d.value + (f"..{d.end_value}" if d.end_value else "")
            lines.append(f"  {d.text!r} -> {value}")
    if article.agreements:
        lines.append("agreements:")
        for a in article.agreements:
            extra = ", ".join(
                x
                for x in (
                    f"count {a.count}" if a.count is not None else "",
                    f"signed {a.signed}" if a.signed else "",
                    "/".join(a.parties),
                )
                if x
            )
            lines.append(f"  {a.kind}: {a.text!r}" + (f" ({extra})" if extra else ""))
    if article.fields:
        lines.append("fields: " + ", ".join(f"{f.name} x{len(f.mentions)}" for f in article.fields))
    return "\n".join(lines)


def _emit(out: TextIO, article: Article, item: _Item, fmt: str, meta: bool) -> None:
    if fmt == "table":
        out.write(format_table(article, item.where) + "\n\n")
        return
    data = article.to_dict()
    if meta:
        data["meta"] = item.meta
    out.write(json.dumps(data, ensure_ascii=False, indent=2 if fmt == "json" else None) + "\n")


def _progress_bar(quiet: bool) -> Any:
    if quiet or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency; a stripped install still runs
        return None

    class _Bar(tqdm):  # type: ignore[type-arg]
        # No monitor thread: --workers forks a process pool after the bar exists,
        # and forking a process with threads running is asking for deadlocks.
        monitor_interval = 0

    return _Bar(desc="dipparse", unit=" articles", file=sys.stderr, mininterval=0.5)


def _run(args: argparse.Namespace, out: TextIO, rep: _Reporter) -> int:
    globs = args.glob or (["*.jsonl"] if args.jsonl_field is not None else ["*.txt"])
    items = _items(args.files, globs, args.jsonl_field, args.max_bytes, rep)
    if args.published_field is not None:
        items = _with_dates(items, args.published_field, rep)

    def on_crash(item: _Item, exc: BaseException) -> None:
        rep.error(
            item.where,
            f"internal error while parsing ({type(exc).__name__}: {exc}); skipped. "
            f"Please report it at {_ISSUES}",
        )

    rep.bar = _progress_bar(args.quiet)
    stream = _parse_stream(items, args.workers, args.published, on_crash)
    try:
        for item, article in stream:
            _emit(out, article, item, args.format, not args.no_meta)
            if rep.bar is not None:
                rep.bar.update()
        out.flush()
    finally:
        # Closing the stream now, not at garbage collection, shuts a process pool down in order.
        stream.close()
        if rep.bar is not None:
            rep.bar.close()
            rep.bar = None
    return EXIT_FAILED_INPUT if rep.failures else EXIT_OK


def _utf8_stdout() -> TextIO:
    out = sys.stdout
    reconfigure = getattr(out, "reconfigure", None)
    if reconfigure is not None and not out.isatty():
        # JSON is UTF-8 whatever the locale says; a terminal keeps its own encoding.
        with contextlib.suppress(ValueError, OSError):
            reconfigure(encoding="utf-8")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Args:
        argv: The arguments, without the program name; default ``sys.argv[1:]``.

    Returns:
        0 when every input was read, 1 when some could not be, 2 for a usage
        error, 130 when interrupted, 141 when standard output was closed early.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if args.published_field is not None and args.jsonl_field is None:
        parser.error("--published-field needs --jsonl-field")
    rep = _Reporter()
    try:
        return _run(args, _utf8_stdout(), rep)
    except BrokenPipeError:
        # The reader went away (``dipparse corpus/ | head``): stop quietly. Pointing
        # stdout at devnull keeps the interpreter's final flush from failing again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):  # pragma: no cover - stdout without a descriptor
            pass
        finally:
            os.close(devnull)
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print("dipparse: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
