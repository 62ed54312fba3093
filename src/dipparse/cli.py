"""The ``dipparse`` command line."""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from dipparse.models import Article
from dipparse.parse import parse

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILED_INPUT = 1
EXIT_USAGE = 2


def _date_arg(value: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    from dipparse import __version__

    ap = argparse.ArgumentParser(
        prog="dipparse",
        description=(
            "Read diplomatic news articles and print the officials, offices, dates, "
            "agreements and fields of cooperation they name."
        ),
        epilog="Exit status: 0 when every input was read, 1 when an input could not be "
        "read (the others are still processed), 2 for a usage error.",
    )
    ap.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="text files to read (UTF-8); '-' reads standard input",
    )
    ap.add_argument(
        "--format",
        choices=("json", "jsonl", "table"),
        default="json",
        help="json: one indented dipparse/1 object per input (default); jsonl: one object per "
        "line; table: a readable summary",
    )
    ap.add_argument(
        "--published",
        type=_date_arg,
        metavar="YYYY-MM-DD",
        help="publication date for inputs whose text does not start with a 'date' header line",
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return ap


def _read(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(name, "rb") as fh:
            data = fh.read()
    return data.decode("utf-8")


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


def _emit(out: TextIO, article: Article, name: str, fmt: str) -> None:
    if fmt == "jsonl":
        out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "json":
        out.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(format_table(article, name) + "\n\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Args:
        argv: The arguments, without the program name; default ``sys.argv[1:]``.

    Returns:
        0 when every input was read, 1 when some could not be, 2 for a usage error.
    """
    args = _parser().parse_args(argv)
    status = EXIT_OK
    out = sys.stdout
    for name in args.files:
        try:
            text = _read(name)
        except FileNotFoundError:
            print(f"dipparse: {name}: no such file", file=sys.stderr)
            status = EXIT_FAILED_INPUT
            continue
        except IsADirectoryError:
            print(f"dipparse: {name}: is a directory", file=sys.stderr)
            status = EXIT_FAILED_INPUT
            continue
        except PermissionError:
            print(f"dipparse: {name}: permission denied", file=sys.stderr)
            status = EXIT_FAILED_INPUT
            continue
        except UnicodeDecodeError as exc:
            print(f"dipparse: {name}: not UTF-8 text (byte {exc.start})", file=sys.stderr)
            status = EXIT_FAILED_INPUT
            continue
        except OSError as exc:
            print(f"dipparse: {name}: {exc.strerror or exc}", file=sys.stderr)
            status = EXIT_FAILED_INPUT
            continue
        article = parse(text, published=args.published)
        _emit(out, article, name, args.format)
    out.flush()
    return status
