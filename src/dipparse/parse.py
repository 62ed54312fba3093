"""``parse()``: the pipeline, in reading order.

text -> prepared text (normalized, with an offset map) -> header -> language
-> dates -> officials -> agreements -> fields -> :class:`Article`.
"""

from __future__ import annotations

import datetime as _dt

from dipparse.agreements import extract_agreements
from dipparse.dates import extract_dates
from dipparse.fields import FieldTaxonomy, extract_fields
from dipparse.gazetteer import Gazetteer
from dipparse.header import read_header
from dipparse.language import LANGUAGES, detect_language
from dipparse.models import Article, _article
from dipparse.officials import extract_officials
from dipparse.text import prepare
from dipparse.unwrap import unwrap

__all__ = ["parse"]


def _check_args(
    text: object, published: object, language: object, gazetteer: object, fields: object = None
) -> None:
    if not isinstance(text, str):
        raise TypeError(f"parse() expects text as str, got {type(text).__name__}")
    if published is not None and (
        not isinstance(published, _dt.date) or isinstance(published, _dt.datetime)
    ):
        raise TypeError(
            f"parse() expects published as datetime.date or None, got {type(published).__name__}"
        )
    if language is not None and not isinstance(language, str):
        raise TypeError(f"parse() expects language as str or None, got {type(language).__name__}")
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"parse() expects language in {LANGUAGES} or None, got {language!r}")
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise TypeError(
            f"parse() expects gazetteer as dipparse.Gazetteer or None, got {type(gazetteer).__name__}"
        )
    if fields is not None and not isinstance(fields, FieldTaxonomy):
        raise TypeError(
            f"parse() expects fields as dipparse.FieldTaxonomy or None, got {type(fields).__name__}"
        )


def parse(
    text: str,
    *,
    published: _dt.date | None = None,
    language: str | None = None,
    gazetteer: Gazetteer | None = None,
    fields: FieldTaxonomy | None = None,
) -> Article:
    """Read one article.

    Args:
        text: The article. A first line `` date YYYY-MM-DD`` is read as the
            publication date; without it, a stamp that stands alone on
            one of the first lines (``Updated: 2024-08-19 07:08``).
        published: The publication date, if you know it; it wins over the
            header line. Relative dates resolve against the dateline's date,
            else this.
        language: ``"en"`` or ``"vi"`` to skip language detection.
        gazetteer: The people to recognize; default :meth:`Gazetteer.default`.
            Build your own with :meth:`Gazetteer.merged`.
        fields: The fields of cooperation to recognize; default
            :meth:`FieldTaxonomy.default`. Extend it with
            :meth:`FieldTaxonomy.from_file` and :meth:`FieldTaxonomy.merged`.

    Returns:
        The :class:`Article`; every offset in it indexes ``text``.

    Raises:
        TypeError: ``text`` is not a ``str``, ``published`` not a ``date``,
            ``language`` not a ``str``, ``gazetteer`` not a :class:`Gazetteer`
            or ``fields`` not a :class:`FieldTaxonomy`.
        ValueError: ``language`` is not one dipparse reads.

    Example:
        >>> a = parse("HÀ NỘI – Prime Minister Phạm Minh Chính met Xi Jinping on Monday.",
        ...           published=datetime.date(2024, 8, 20))
        >>> a.dateline.place, a.published.isoformat()
        ('Hà Nội', '2024-08-20')
    """
    _check_args(text, published, language, gazetteer, fields)
    if not text.strip():
        return Article(language=language, published=published)
    p = unwrap(prepare(text))
    header = read_header(p, published)
    lang = language or detect_language(p)
    ref = header.dateline.date if header.dateline and header.dateline.date else header.published
    dates = extract_dates(p, ref, lang)
    officials = extract_officials(p, gazetteer or Gazetteer.default(), ref, lang)
    agreements = extract_agreements(p, ref, dates, lang)
    fields_found = extract_fields(p, lang, fields)
    return _article(
        lang,
        header.published,
        header.source,
        header.dateline,
        officials,
        dates,
        agreements,
        fields_found,
    )
