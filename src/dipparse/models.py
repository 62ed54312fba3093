"""The typed records that :func:`dipparse.parse` returns.

Every record is a frozen, slotted ``attrs`` class; collections are tuples, so
an :class:`Article` can be shared between threads and processes, hashed, and
compared for equality. Offsets are Python ``str`` indices into the exact text
that was parsed: for every record with ``text``, ``start`` and ``end``,
``source_text[start:end] == text``.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Literal, TypeVar

import attrs

Granularity = Literal["day", "month", "year"]
"""How precise a date value is: ``2024-08-19``, ``2024-08`` or ``2024``."""

AgreementKind = Literal[
    "treaty",
    "joint statement",
    "memorandum",
    "legal documents",
    "cooperation documents",
    "agreement",
    "initiative",
    "plan",
]
"""The kinds of agreement of the output contract."""

_SURROGATE = re.compile("[\ud800-\udfff]")

SCHEMA = "dipparse/1"
"""The name and version of the output contract (``Article.to_dict()["schema"]``).

Example:
    >>> dipparse.Article().to_dict()["schema"] == dipparse.SCHEMA
    True
    >>> dipparse.SCHEMA
    'dipparse/1'
"""


def _check_span(instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")
    if attribute.name == "end" and value < instance.start:
        raise ValueError(f"end ({value}) must not be before start ({instance.start})")


@attrs.frozen
class Mention:
    """One place where the text names a person or a field.

    Attributes:
        text: The exact characters of the text, ``source[start:end]``.
        start: Offset of the first character.
        end: Offset just past the last character.

    Example:
        >>> Mention("Lam", 10, 13)
        Mention(text='Lam', start=10, end=13)
    """

    text: str
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)


_new = object.__new__
_set = object.__setattr__
_A = TypeVar("_A")


def _unchecked(cls: type[_A], /, **values: Any) -> _A:
    """``cls(**values)`` without the validators and converters, for values known to be valid.

    The extractors build many objects per article from offsets they have just
    checked (``0 <= start <= end``) and tuples they have just made; the
    validators cost more than the object. Objects a user builds still go
    through them.
    """
    obj = _new(cls)
    for name, value in values.items():
        _set(obj, name, value)
    return obj


def _mention(text: str, start: int, end: int) -> Mention:
    """``Mention(text, start, end)`` for offsets known to be valid; see :func:`_unchecked`.

    Written out rather than through :func:`_unchecked`: the extractors build a
    few dozen mentions per article, and the keyword arguments would cost 1 %.
    """
    m = _new(Mention)
    _set(m, "text", text)
    _set(m, "start", start)
    _set(m, "end", end)
    return m


@attrs.frozen
class Title:
    """An office the text gives an official.

    Attributes:
        text: The exact span of the office in the text.
        role: The lower-case office without its body (``general secretary``).
        organization: The body the office belongs to, abbreviations expanded,
            or ``None``.
        start: Offset of the first character of ``text``.
        end: Offset just past ``text``.

    Example:
        >>> t = Title("PM", "prime minister", None, 0, 2)
        >>> t.role
        'prime minister'
    """

    text: str
    role: str
    organization: str | None
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)


def _tuple_of(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen
class Official:
    """One person, however many times and however the text names them.

    Attributes:
        name: The full name as the person's own language writes it in Latin
            script (``Phạm Minh Chính``; Chinese in pinyin, ``Xi Jinping``).
        ascii: ``name`` folded to ASCII (``Pham Minh Chinh``).
        country: ISO 3166-1 alpha-2 code of the state the person serves, or
            ``None``.
        titles: Every distinct office the text gives the person.
        mentions: Every place the text names the person, short forms included.

    Example:
        >>> o = Official("Tô Lâm", "To Lam", "VN", (), (Mention("Lam", 0, 3),))
        >>> o.ascii, len(o.mentions)
        ('To Lam', 1)
    """

    name: str
    ascii: str
    country: str | None
    titles: tuple[Title, ...] = attrs.field(default=(), converter=_tuple_of)
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_tuple_of)

    @property
    def roles(self) -> tuple[str, ...]:
        """The distinct roles of :attr:`titles`, in the order first given.

        Example:
            >>> Official("A", "A", None, (Title("PM", "prime minister", None, 0, 2),)).roles
            ('prime minister',)
        """
        return tuple(dict.fromkeys(t.role for t in self.titles))


@attrs.frozen
class DateMention:
    """A date expression, resolved to a calendar value.

    Attributes:
        text: The exact span of the expression.
        value: The date as ISO 8601 at its granularity (``2024-08-19``,
            ``2024-08`` or ``2024``); for a range, its first day.
        end_value: The last day of a range, else ``None``.
        granularity: ``day``, ``month`` or ``year``.
        start: Offset of the first character.
        end: Offset just past the last character.

    Example:
        >>> d = DateMention("Aug. 19", "2024-08-19", None, "day", 0, 7)
        >>> d.date
        datetime.date(2024, 8, 19)
    """

    text: str
    value: str
    end_value: str | None
    granularity: Granularity
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)

    @property
    def date(self) -> _dt.date:
        """The first day that :attr:`value` names, as a :class:`datetime.date`.

        Example:
            >>> DateMention("2025", "2025", None, "year", 0, 4).date
            datetime.date(2025, 1, 1)
        """
        parts = [int(p) for p in self.value.split("-")] + [1, 1]
        return _dt.date(parts[0], parts[1], parts[2])


@attrs.frozen
class Agreement:
    """A treaty, statement, memorandum, document set, plan or initiative.

    Attributes:
        text: The exact span of the mention.
        kind: One of :data:`AgreementKind`.
        count: The number the text states (``the 14 cooperation documents``),
            else ``None``.
        signed: The signing date as ISO 8601 at the granularity known, else
            ``None``.
        parties: ISO 3166-1 alpha-2 codes of the parties the text makes clear,
            sorted.
        start: Offset of the first character.
        end: Offset just past the last character.

    Example:
        >>> a = Agreement("the land border treaty", "treaty", None, "1999", ("CN", "VN"), 0, 22)
        >>> a.kind, a.signed
        ('treaty', '1999')
    """

    text: str
    kind: AgreementKind
    count: int | None
    signed: str | None
    parties: tuple[str, ...] = attrs.field(converter=_tuple_of)
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)


@attrs.frozen
class FieldMention:
    """A field of cooperation the text names, with every place it names it.

    Attributes:
        name: The canonical field name (``trade``, ``education and training``).
        mentions: Every place in the text that names the field.

    Example:
        >>> FieldMention("trade", (Mention("trade", 5, 10),)).name
        'trade'
    """

    name: str
    mentions: tuple[Mention, ...] = attrs.field(converter=_tuple_of)


@attrs.frozen
class Dateline:
    """The place and date that open a wire story (``BEIJING, Aug. 19 (Xinhua) --``).

    Attributes:
        place: The place in ordinary case, with diacritics where it has them.
        date: The dateline's date, resolved against the publication date, or
            ``None`` when the dateline gives none.
        start: Offset of the first character of the dateline.
        end: Offset just past its closing dash.

    Example:
        >>> Dateline("Hà Nội", None, 17, 25).place
        'Hà Nội'
    """

    place: str
    date: _dt.date | None
    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)


@attrs.frozen
class Article:
    """Everything dipparse read in one text.

    Attributes:
        language: ``en`` or ``vi`` as detected or given, else ``None``.
        published: The article's own date (a ``date`` header line, a
            publication stamp in the head, or the ``published=`` argument),
            else ``None``.
        source: The news agency or paper credited, else ``None``.
        dateline: The wire dateline, else ``None``.
        officials: One record per person named.
        dates: Every date expression, in text order.
        agreements: Every agreement mention, in text order.
        fields: Every field of cooperation named, in order of first mention.

    Example:
        >>> a = Article()
        >>> a.to_dict()["schema"], a.officials
        ('dipparse/1', ())
    """

    language: str | None = None
    published: _dt.date | None = None
    source: str | None = None
    dateline: Dateline | None = None
    officials: tuple[Official, ...] = attrs.field(default=(), converter=_tuple_of)
    dates: tuple[DateMention, ...] = attrs.field(default=(), converter=_tuple_of)
    agreements: tuple[Agreement, ...] = attrs.field(default=(), converter=_tuple_of)
    fields: tuple[FieldMention, ...] = attrs.field(default=(), converter=_tuple_of)

    @property
    def reference_date(self) -> _dt.date | None:
        """The date relative expressions resolve against: the dateline's, else ``published``.

        Example:
            >>> import datetime
            >>> Article(published=datetime.date(2024, 8, 20)).reference_date
            datetime.date(2024, 8, 20)
        """
        if self.dateline is not None and self.dateline.date is not None:
            return self.dateline.date
        return self.published

    def to_dict(self) -> dict[str, Any]:
        """Return the article as the ``dipparse/1`` JSON contract.

        Example:
            >>> list(Article().to_dict())  # doctest: +NORMALIZE_WHITESPACE
            ['schema', 'language', 'published', 'source', 'dateline', 'officials',
             'dates', 'agreements', 'fields']
        """
        from dipparse.serialize import article_to_dict

        return article_to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        r"""Return :meth:`to_dict` as a JSON string (UTF-8 characters kept as they are).

        A lone surrogate (which a Python ``str``, and so a mention's exact
        text, can hold, but UTF-8 cannot) is written as a ``\udXXX`` escape,
        so the result can always be encoded as UTF-8 and reads back to the
        same text. (A high surrogate directly followed by a low one reads back
        as the one character the pair encodes: JSON cannot tell them apart.)

        Args:
            indent: Indentation as for :func:`json.dumps`; ``None`` for one line.

        Example:
            >>> Article().to_json()[:24]
            '{"schema": "dipparse/1",'
            >>> Article(source="VNA\udc80").to_json().encode("utf-8")
            b'{..."source": "VNA\\udc80", ...}'
        """
        import json

        out = json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
        if _SURROGATE.search(out) is None:
            return out
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Read back what :meth:`to_dict` wrote.

        Args:
            data: A ``dipparse/1`` object.

        Returns:
            An equal :class:`Article`.

        Raises:
            dipparse.errors.ContractError: ``data`` is not a ``dipparse/1`` object.

        Example:
            >>> a = Article(source="VNA")
            >>> Article.from_dict(a.to_dict()) == a
            True
        """
        from dipparse.serialize import article_from_dict

        return article_from_dict(data)


def _article(
    language: str | None,
    published: _dt.date | None,
    source: str | None,
    dateline: Dateline | None,
    officials: tuple[Official, ...],
    dates: tuple[DateMention, ...],
    agreements: tuple[Agreement, ...],
    fields: tuple[FieldMention, ...],
) -> Article:
    """``Article(...)`` as :func:`dipparse.parse` builds it, without the converters' calls.

    The extractors return tuples already, so the converters would return
    their argument; anything else still goes through ``tuple``.
    """
    return _unchecked(
        Article,
        language=language,
        published=published,
        source=source,
        dateline=dateline,
        officials=officials if type(officials) is tuple else tuple(officials),
        dates=dates if type(dates) is tuple else tuple(dates),
        agreements=agreements if type(agreements) is tuple else tuple(agreements),
        fields=fields if type(fields) is tuple else tuple(fields),
    )
