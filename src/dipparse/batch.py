"""Parsing many texts: in order, streaming, on one core or a process pool."""

from __future__ import annotations

import datetime as _dt
import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeAlias

from dipparse.fields import FieldTaxonomy
from dipparse.gazetteer import Gazetteer
from dipparse.models import Article
from dipparse.parse import _check_args, parse

__all__ = ["Item", "parse_many"]


Item: TypeAlias = str | tuple[str, _dt.date | None]
"""A text, or a ``(text, published)`` pair whose date wins over ``published=``."""


def _parse_one(
    item: Item,
    published: _dt.date | None,
    language: str | None,
    gazetteer: Gazetteer | None,
    fields: FieldTaxonomy | None,
) -> Article:
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError(
                f"parse_many() expects str or (text, published) items, got a {len(item)}-tuple"
            )
        text, own = item
        return parse(
            text,
            published=own if own is not None else published,
            language=language,
            gazetteer=gazetteer,
            fields=fields,
        )
    return parse(item, published=published, language=language, gazetteer=gazetteer, fields=fields)


def _parse_chunk(
    items: list[Item],
    published: _dt.date | None,
    language: str | None,
    gazetteer: Gazetteer | None,
    fields: FieldTaxonomy | None,
) -> list[Article]:
    return [_parse_one(item, published, language, gazetteer, fields) for item in items]


def parse_many(
    texts: Iterable[Item],
    *,
    workers: int | None = None,
    chunksize: int = 32,
    published: _dt.date | None = None,
    language: str | None = None,
    gazetteer: Gazetteer | None = None,
    fields: FieldTaxonomy | None = None,
) -> Iterator[Article]:
    """Parse many texts, yielding one :class:`Article` per text, in input order.

    The output is identical to ``[parse(t, ...) for t in texts]``. With
    ``workers`` > 1 the texts are parsed in a process pool; only a bounded
    number of chunks is in flight at once, so memory stays flat however long
    ``texts`` is (it may be a generator over a huge corpus).

    Args:
        texts: The articles: strings, or ``(text, published)`` pairs for
            articles that each have their own publication date.
        workers: Processes to use; ``None`` or 1 parses in this process, 0
            uses every core.
        chunksize: Texts sent to a worker at a time.
        published: As for :func:`dipparse.parse`, for every text.
        language: As for :func:`dipparse.parse`, for every text.
        gazetteer: As for :func:`dipparse.parse`, for every text.
        fields: As for :func:`dipparse.parse`, for every text.

    Returns:
        An iterator over the articles, in the order of ``texts``.

    Raises:
        TypeError: ``texts`` is a single ``str``; ``workers``, ``chunksize``,
            ``published``, ``gazetteer`` or ``fields`` is of the wrong type
            (raised at the call); an item of ``texts`` is not a ``str`` or a
            ``(str, date)`` pair (raised when the iterator reaches it).
        ValueError: ``workers`` is negative, ``chunksize`` < 1 or ``language``
            unknown (raised at the call).

    Example:
        >>> [a.source for a in parse_many(["Talks. VNA", "Talks. VNS"])]
        ['VNA', 'VNS']
        >>> [str(a.published) for a in parse_many([("Talks.", datetime.date(2024, 8, 19)), "Talks."])]
        ['2024-08-19', 'None']
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError(
            f"parse_many() expects an iterable of str, got {type(texts).__name__}"
            " (use parse() for one text)"
        )
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool)):
        raise TypeError(f"workers must be None or an int, got {type(workers).__name__}")
    if workers is not None and workers < 0:
        raise ValueError(f"workers must be None or an int >= 0, got {workers!r}")
    if not isinstance(chunksize, int) or isinstance(chunksize, bool):
        raise TypeError(f"chunksize must be an int, got {type(chunksize).__name__}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be >= 1, got {chunksize!r}")
    _check_args("", published, language, gazetteer, fields)
    if workers == 0:
        workers = os.cpu_count() or 1
    # Arguments are checked above, at the call; the work happens as the caller iterates.
    if workers is None or workers == 1:
        return (_parse_one(item, published, language, gazetteer, fields) for item in texts)
    return _parse_in_pool(iter(texts), workers, chunksize, published, language, gazetteer, fields)


def _parse_in_pool(
    it: Iterator[Item],
    workers: int,
    chunksize: int,
    published: _dt.date | None,
    language: str | None,
    gazetteer: Gazetteer | None,
    fields: FieldTaxonomy | None,
) -> Iterator[Article]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[Article]]] = deque()
        limit = workers * 2

        def submit() -> bool:
            chunk = list(itertools.islice(it, chunksize))
            if not chunk:
                return False
            pending.append(pool.submit(_parse_chunk, chunk, published, language, gazetteer, fields))
            return True

        more = True
        while more and len(pending) < limit:
            more = submit()
        while pending:
            done = pending.popleft().result()
            if more:
                more = submit()
            yield from done
