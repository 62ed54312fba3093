"""Flat rows for analysis: :func:`to_records` and, with pandas, :func:`to_frame`.

An :class:`~dipparse.models.Article` is a tree; spreadsheets, SQL and pandas
want tables. :func:`to_records` flattens articles into rows of eight tables,
each row a flat dictionary of JSON scalars (``str``, ``int`` or ``None``)
carrying the id of its article, so the tables join back together:

========================  ====================================================
``articles``              one row per article: language, published, source,
                          dateline, and how many of each item it has
``officials``             one row per person: name, ascii, country, roles
``titles``                one row per office given to a person
``mentions``              one row per place a person is named
``dates``                 one row per date expression
``agreements``            one row per agreement mention
``fields``                one row per field of cooperation
``field_mentions``        one row per place a field is named
========================  ====================================================

``official`` (in ``officials``, ``titles`` and ``mentions``) and ``field``
(in ``fields`` and ``field_mentions``) number the person or field within
its article, from 0, so ``(article, official)`` is a key.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

from dipparse.models import Article

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["TABLES", "to_frame", "to_records"]

TABLES: dict[str, tuple[str, ...]] = {
    "articles": (
        "article",
        "language",
        "published",
        "source",
        "dateline_place",
        "dateline_date",
        "officials",
        "dates",
        "agreements",
        "fields",
    ),
    "officials": (
        "article",
        "official",
        "name",
        "ascii",
        "country",
        "roles",
        "mentions",
        "first_start",
    ),
    "titles": ("article", "official", "name", "text", "role", "organization", "start", "end"),
    "mentions": ("article", "official", "name", "text", "start", "end"),
    "dates": ("article", "text", "value", "end_value", "granularity", "start", "end"),
    "agreements": ("article", "text", "kind", "count", "signed", "parties", "start", "end"),
    "fields": ("article", "field", "name", "mentions", "first_start"),
    "field_mentions": ("article", "field", "name", "text", "start", "end"),
}
"""The tables :func:`to_records` writes, each with its columns in order.

Every row also has the key ``table``, the name of its table, before these.
Lists (an official's ``roles``, an agreement's ``parties``) are joined with
``;`` so that every value is a scalar.
"""

_SEP = ";"

ArticleLike: TypeAlias = Article | Mapping[str, Any]
"""An :class:`Article`, or a ``dipparse/1`` dictionary (such as a line of ``dipparse --format jsonl``)."""


def _article(value: object) -> Article:
    if isinstance(value, Article):
        return value
    if isinstance(value, Mapping):
        return Article.from_dict(dict(value))
    raise TypeError(
        f"expected a dipparse.Article, a dipparse/1 dict or an (id, article) pair, "
        f"got {type(value).__name__}"
    )


def _rows(aid: Hashable, a: Article, wanted: Collection[str]) -> Iterator[dict[str, Any]]:
    if "articles" in wanted:
        dl = a.dateline
        yield {
            "table": "articles",
            "article": aid,
            "language": a.language,
            "published": a.published.isoformat() if a.published else None,
            "source": a.source,
            "dateline_place": dl.place if dl else None,
            "dateline_date": dl.date.isoformat() if dl and dl.date else None,
            "officials": len(a.officials),
            "dates": len(a.dates),
            "agreements": len(a.agreements),
            "fields": len(a.fields),
        }
    for i, o in enumerate(a.officials):
        if "officials" in wanted:
            yield {
                "table": "officials",
                "article": aid,
                "official": i,
                "name": o.name,
                "ascii": o.ascii,
                "country": o.country,
                "roles": _SEP.join(o.roles),
                "mentions": len(o.mentions),
                "first_start": min((m.start for m in o.mentions), default=None),
            }
        if "titles" in wanted:
            for t in o.titles:
                yield {
                    "table": "titles",
                    "article": aid,
                    "official": i,
                    "name": o.name,
                    "text": t.text,
                    "role": t.role,
                    "organization": t.organization,
                    "start": t.start,
                    "end": t.end,
                }
        if "mentions" in wanted:
            for m in o.mentions:
                yield {
                    "table": "mentions",
                    "article": aid,
                    "official": i,
                    "name": o.name,
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                }
    if "dates" in wanted:
        for d in a.dates:
            yield {
                "table": "dates",
                "article": aid,
                "text": d.text,
                "value": d.value,
                "end_value": d.end_value,
                "granularity": d.granularity,
                "start": d.start,
                "end": d.end,
            }
    if "agreements" in wanted:
        for g in a.agreements:
            yield {
                "table": "agreements",
                "article": aid,
                "text": g.text,
                "kind": g.kind,
                "count": g.count,
                "signed": g.signed,
                "parties": _SEP.join(g.parties),
                "start": g.start,
                "end": g.end,
            }
    for j, f in enumerate(a.fields):
        if "fields" in wanted:
            yield {
                "table": "fields",
                "article": aid,
                "field": j,
                "name": f.name,
                "mentions": len(f.mentions),
                "first_start": min((m.start for m in f.mentions), default=None),
            }
        if "field_mentions" in wanted:
            for m in f.mentions:
                yield {
                    "table": "field_mentions",
                    "article": aid,
                    "field": j,
                    "name": f.name,
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                }


def _check_tables(tables: Iterable[str] | None) -> tuple[str, ...]:
    if tables is None:
        return tuple(TABLES)
    if isinstance(tables, str):
        tables = (tables,)
    chosen = tuple(tables)
    unknown = [t for t in chosen if t not in TABLES]
    if unknown:
        raise ValueError(f"unknown table(s) {unknown}; the tables are {list(TABLES)}")
    return chosen


def to_records(
    articles: Iterable[ArticleLike | tuple[Hashable, ArticleLike]],
    *,
    tables: Iterable[str] | None = None,
) -> Iterator[dict[str, Any]]:
    """Flatten articles into rows, one per item, lazily.

    Args:
        articles: The articles, each an :class:`Article`, a ``dipparse/1``
            dictionary, or an ``(id, article)`` pair to give it your own id
            (a file name, a database key). Without an id, an article's id
            is its position, from 0. May be a generator: rows are produced
            as the articles are read.
        tables: The tables to write (names of :data:`TABLES`); default all.

    Yields:
        One dictionary per row: ``table``, ``article`` and that table's
        columns (:data:`TABLES`), article by article, in the order of the
        table list.

    Raises:
        TypeError: An item is not an article, a dictionary or a pair.
        ValueError: A table name is unknown.
        dipparse.errors.ContractError: A dictionary is not ``dipparse/1``.

    Example:
        >>> from dipparse import Article, Official, Mention
        >>> a = Article(source="VNA",
        ...             officials=[Official("Tô Lâm", "To Lam", "VN", (), [Mention("Lâm", 9, 12)])])
        >>> for row in to_records([("doc-1", a)], tables=["officials", "mentions"]):
        ...     print(row)  # doctest: +NORMALIZE_WHITESPACE
        {'table': 'officials', 'article': 'doc-1', 'official': 0, 'name': 'Tô Lâm',
         'ascii': 'To Lam', 'country': 'VN', 'roles': '', 'mentions': 1, 'first_start': 9}
        {'table': 'mentions', 'article': 'doc-1', 'official': 0, 'name': 'Tô Lâm',
         'text': 'Lâm', 'start': 9, 'end': 12}
    """
    wanted = frozenset(_check_tables(tables))
    for position, item in enumerate(articles):
        if isinstance(item, tuple):
            if len(item) != 2:
                raise TypeError(f"expected an (id, article) pair, got a tuple of {len(item)}")
            aid, value = item
        else:
            aid, value = position, item
        yield from _rows(aid, _article(value), wanted)


_DAY_COLUMNS = {"articles": ("published", "dateline_date")}
_NULLABLE_INT = {
    "agreements": ("count",),
    "officials": ("first_start",),
    "fields": ("first_start",),
}


def to_frame(
    articles: Iterable[ArticleLike | tuple[Hashable, ArticleLike]],
    *,
    tables: Iterable[str] | None = None,
) -> dict[str, pd.DataFrame]:
    """Return the rows of :func:`to_records` as one pandas DataFrame per table.

    Needs the optional dependency pandas: ``pip install 'dipparse[pandas]'``.
    Every table is present, with its columns, even when it has no rows.
    ``published`` and ``dateline_date`` are ``datetime64`` columns; a partial
    date (``2024-08``) stays a string, as in the JSON; ``count`` and
    ``first_start`` are nullable integers (``Int64``).

    Args:
        articles: As for :func:`to_records`.
        tables: As for :func:`to_records`.

    Returns:
        A dictionary from table name to DataFrame, in the order of :data:`TABLES`.

    Raises:
        ModuleNotFoundError: pandas is not installed.

    Example:
        >>> from dipparse import Article, FieldMention, Mention
        >>> a = Article(fields=[FieldMention("trade", [Mention("trade", 0, 5), Mention("trade", 9, 14)])])
        >>> frames = to_frame([a, Article()])
        >>> frames["fields"][["article", "name", "mentions"]]
           article   name  mentions
        0        0  trade         2
        >>> len(frames["articles"]), list(frames["dates"].columns)[:3]
        (2, ['article', 'text', 'value'])
    """
    try:
        import pandas as pd
    except ModuleNotFoundError as exc:  # pragma: no cover - the test extra installs pandas
        raise ModuleNotFoundError(
            "dipparse.to_frame needs pandas: pip install 'dipparse[pandas]'", name="pandas"
        ) from exc
    chosen = _check_tables(tables)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in chosen}
    for row in to_records(articles, tables=chosen):
        rows[row.pop("table")].append(row)
    frames: dict[str, pd.DataFrame] = {}
    for name in chosen:
        df = pd.DataFrame(rows[name], columns=list(TABLES[name]))
        for col in _DAY_COLUMNS.get(name, ()):
            df[col] = pd.to_datetime(df[col], format="%Y-%m-%d")
        for col in _NULLABLE_INT.get(name, ()):
            df[col] = df[col].astype("Int64")
        frames[name] = df
    return frames
