"""People and their dated offices: records, loading, validation, the name index.

The gazetteer that ships with dipparse lives in ``dipparse/data/people/*.json``
(see the README there for its sources). Users add their own people with
:meth:`Gazetteer.from_file` (JSON in the same shape, or CSV) and
:meth:`Gazetteer.merged`, and pass the result to :func:`dipparse.parse`.
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import io
import json
import os
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs
import regex

from dipparse.errors import GazetteerError
from dipparse.names import ascii_name, damaged_key, is_han, name_key, repair_mojibake, tidy

__all__ = ["Gazetteer", "Office", "Person", "normalize_name"]

_PARTIAL_DATE = regex.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_COUNTRY = regex.compile(r"^[A-Z]{2}$")
_LATIN = regex.compile(r"\p{Latin}")


# Countries whose names are written family name first and referred to by the
# family name; elsewhere in the region (Vietnam) a person is referred to by
# the last syllable, the given name.
def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


# Countries whose press calls a person by the first word of the name: the
# family name in Chinese, Korean and Japanese usage, the given name in Lao
# usage (``Thongloun`` of Thongloun Sisoulith).
_FAMILY_FIRST = frozenset({"CN", "TW", "HK", "MO", "KP", "KR", "JP", "LA"})
# Countries whose leaders the press also calls by the name's last word.
_BOTH_SHORT = frozenset({"LA"})


def _partial_date_start(value: str | None) -> _dt.date | None:
    if value is None:
        return None
    parts = [int(x) for x in value.split("-")] + [1, 1]
    return _dt.date(parts[0], parts[1], parts[2])


def _partial_date_end(value: str | None) -> _dt.date | None:
    if value is None:
        return None
    parts = [int(x) for x in value.split("-")]
    if len(parts) == 1:
        return _dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        nxt = _dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - _dt.timedelta(days=1)
    return _dt.date(parts[0], parts[1], parts[2])


@attrs.frozen
class Office:
    """An office a person held, with the dates the sources give.

    Attributes:
        role: Lower-case office (``general secretary``).
        organization: The body, or ``None``.
        start: ISO date at the precision known (``2024``, ``2024-08``,
            ``2024-08-03``), or ``None``.
        end: Likewise; ``None`` while the office is held or when unknown.

    Example:
        >>> o = Office("president", "Socialist Republic of Vietnam", "2024-05-22", "2024-10-21")
        >>> o.held_on(_dt.date(2024, 8, 19)), o.held_on(_dt.date(2025, 1, 1))
        (True, False)
    """

    role: str
    organization: str | None = None
    start: str | None = None
    end: str | None = None

    def held_on(self, day: _dt.date) -> bool:
        """Tell whether the office was held on ``day`` as far as the dates say.

        An unknown start or end does not rule ``day`` out.

        Example:
            >>> premier = Office("premier", None, "2023-03-11", None)
            >>> premier.held_on(_dt.date(2023, 3, 10)), premier.held_on(_dt.date(2025, 1, 1))
            (False, True)
        """
        first = _partial_date_start(self.start)
        last = _partial_date_end(self.end)
        return (first is None or first <= day) and (last is None or day <= last)


@attrs.frozen
class Person:
    """A known person.

    Attributes:
        name: The canonical name (Vietnamese with diacritics, Chinese in pinyin,
            family name first).
        country: ISO 3166-1 alpha-2 code of the state the person serves.
        aliases: Other spellings: other scripts, Sino-Vietnamese readings,
            other romanizations.
        gender: ``male``, ``female`` or ``None``.
        offices: Offices held, with dates.
        sources: Where the entry was verified.

    Example:
        >>> p = Person("Tập Cận Bình", "CN")
        >>> p.family_first
        True
    """

    name: str
    country: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    gender: str | None = None
    offices: tuple[Office, ...] = attrs.field(default=(), converter=_tuple)
    sources: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    @property
    def ascii(self) -> str:
        """The name folded to ASCII.

        Example:
            >>> Person("Bùi Thanh Sơn", "VN").ascii
            'Bui Thanh Son'
        """
        return ascii_name(self.name)

    @property
    def family_first(self) -> bool:
        """Whether the person is referred to by the first word of the name (Chinese usage).

        Example:
            >>> Person("Li Qiang", "CN").family_first, Person("Lương Cường", "VN").family_first
            (True, False)
        """
        return self.country in _FAMILY_FIRST

    def offices_on(self, day: _dt.date) -> tuple[Office, ...]:
        """Return the offices held on ``day``.

        Example:
            >>> p = Person("A B", "VN", offices=(Office("president", None, "2020", "2021"),))
            >>> [o.role for o in p.offices_on(_dt.date(2020, 6, 1))]
            ['president']
        """
        return tuple(o for o in self.offices if o.held_on(day))

    def short_names(self) -> tuple[str, ...]:
        """Return the one-word forms the press uses for the person.

        Vietnamese names are shortened to the last syllable (``Lâm``), Chinese
        names to the family name (``Xi``); a Sino-Vietnamese alias likewise to
        its first syllable (``Tập``). Lao names, given name first, to either
        word (``Thongloun``, ``Sisoulith``).

        Example:
            >>> Person("Tô Lâm", "VN").short_names()
            ('Lâm',)
            >>> Person("Xi Jinping", "CN", ("习近平", "Tập Cận Bình")).short_names()
            ('Xi', 'Tập')
        """
        out: list[str] = []
        words = self.name.split()
        if len(words) >= 2:
            out.append(words[0] if self.family_first else words[-1])
            if self.country in _BOTH_SHORT:
                # "Thongloun" and, in Viet Nam's press, "Sisoulith".
                out.append(words[-1])
        if self.family_first:
            for alias in self.aliases:
                aw = alias.split()
                if len(aw) >= 2 and _LATIN.search(alias) and not alias.isascii():
                    out.append(aw[0])
        return tuple(dict.fromkeys(out))


def _fail(source: str, where: str, reason: str) -> GazetteerError:
    return GazetteerError(source, where, reason)


def _check_str(value: Any, source: str, where: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(source, where, f"expected a non-empty string, got {value!r}")
    return tidy(value)


def _check_date(value: Any, source: str, where: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _PARTIAL_DATE.match(value):
        raise _fail(source, where, f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    try:
        _partial_date_start(value)
    except ValueError as exc:
        raise _fail(source, where, f"not a calendar date: {value!r}") from exc
    return value


_PERSON_KEYS = frozenset({"name", "country", "aliases", "gender", "offices", "sources", "note"})
_OFFICE_KEYS = frozenset({"role", "organization", "start", "end", "note"})


def _check_keys(raw: Mapping[str, Any], allowed: frozenset[str], source: str, where: str) -> None:
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise _fail(
            source,
            where,
            f"unknown key(s) {', '.join(map(repr, unknown))}; expected {', '.join(sorted(allowed))}",
        )


def _office_from(raw: Any, source: str, where: str) -> Office:
    if not isinstance(raw, Mapping):
        raise _fail(source, where, f"expected an object, got {type(raw).__name__}")
    _check_keys(raw, _OFFICE_KEYS, source, where)
    role = _check_str(raw.get("role"), source, f"{where}.role")
    org = _check_str(raw.get("organization"), source, f"{where}.organization", optional=True)
    start = _check_date(raw.get("start"), source, f"{where}.start")
    end = _check_date(raw.get("end"), source, f"{where}.end")
    assert role is not None
    return Office(role.lower(), org, start, end)


def _person_from(raw: Any, source: str, where: str) -> Person:
    if not isinstance(raw, Mapping):
        raise _fail(source, where, f"expected an object, got {type(raw).__name__}")
    _check_keys(raw, _PERSON_KEYS, source, where)
    name = _check_str(raw.get("name"), source, f"{where}.name")
    assert name is not None
    country = raw.get("country")
    if country is not None and (not isinstance(country, str) or not _COUNTRY.match(country)):
        raise _fail(
            source, f"{where}.country", f"expected an ISO 3166-1 alpha-2 code, got {country!r}"
        )
    aliases_raw = raw.get("aliases", [])
    if not isinstance(aliases_raw, list):
        raise _fail(source, f"{where}.aliases", "expected a list of strings")
    aliases = [_check_str(a, source, f"{where}.aliases[{i}]") for i, a in enumerate(aliases_raw)]
    gender = raw.get("gender")
    if gender not in (None, "male", "female"):
        raise _fail(source, f"{where}.gender", f"expected 'male', 'female' or null, got {gender!r}")
    offices_raw = raw.get("offices", [])
    if not isinstance(offices_raw, list):
        raise _fail(source, f"{where}.offices", "expected a list of objects")
    offices = [_office_from(o, source, f"{where}.offices[{i}]") for i, o in enumerate(offices_raw)]
    sources_raw = raw.get("sources", [])
    if not isinstance(sources_raw, list) or not all(isinstance(s, str) for s in sources_raw):
        raise _fail(source, f"{where}.sources", "expected a list of strings")
    return Person(
        name,
        country,
        tuple(a for a in aliases if a is not None),
        gender,
        tuple(offices),
        tuple(sources_raw),
    )


def _people_from_json(data: Any, source: str) -> list[Person]:
    if isinstance(data, Mapping):
        data = data.get("people")
    if not isinstance(data, list):
        raise _fail(source, "", "expected an object with a 'people' list, or a list of people")
    return [_person_from(raw, source, f"people[{i}]") for i, raw in enumerate(data)]


_CSV_COLUMNS = ("name", "country", "aliases", "gender", "role", "organization", "start", "end")


def _people_from_csv(text: str, source: str) -> list[Person]:
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or "name" not in reader.fieldnames:
        raise _fail(
            source, "line 1", f"expected a header with the columns {', '.join(_CSV_COLUMNS)}"
        )
    unknown = [c for c in reader.fieldnames if c not in _CSV_COLUMNS]
    if unknown:
        raise _fail(source, "line 1", f"unknown column(s): {', '.join(unknown)}")
    by_name: dict[str, dict[str, Any]] = {}
    for row in reader:
        where = f"line {reader.line_num}"
        name = _check_str(row.get("name"), source, where + ", column 'name'")
        assert name is not None
        entry = by_name.setdefault(
            name, {"name": name, "country": None, "aliases": [], "gender": None, "offices": []}
        )
        for key in ("country", "gender"):
            value = (row.get(key) or "").strip() or None
            if value is not None:
                entry[key] = value
        entry["aliases"].extend(
            a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()
        )
        if (row.get("role") or "").strip():
            entry["offices"].append(
                {
                    k: (row.get(k) or "").strip() or None
                    for k in ("role", "organization", "start", "end")
                }
            )
        try:
            _person_from(entry, source, where)
        except GazetteerError as exc:
            raise _fail(source, where, exc.reason) from None
    return [_person_from(e, source, e["name"]) for e in by_name.values()]


@functools.cache
def _default_people() -> tuple[Person, ...]:
    people: list[Person] = []
    folder = resources.files("dipparse.data").joinpath("people")
    for entry in sorted(folder.iterdir(), key=lambda t: t.name):
        if entry.name.endswith(".json"):
            data = json.loads(entry.read_text(encoding="utf-8"))
            people.extend(_people_from_json(data, f"dipparse/data/people/{entry.name}"))
    return tuple(people)


@attrs.frozen(eq=False)
class Gazetteer:
    """A set of known people and an index of every spelling of their names.

    Build the shipped one with :meth:`default`; add your own people with
    :meth:`from_file` and :meth:`merged`. A gazetteer is immutable; its index is
    built on first use.

    Attributes:
        people: The people, in the order given.

    Example:
        >>> g = Gazetteer([Person("Ngô Phương Ly", "VN")])
        >>> [p.name for p in g.lookup("NGO PHUONG LY")]
        ['Ngô Phương Ly']
    """

    people: tuple[Person, ...] = attrs.field(converter=_tuple)
    _cache: dict[str, Any] = attrs.field(factory=dict, init=False, repr=False)

    @classmethod
    def default(cls) -> Gazetteer:
        """Return the gazetteer that ships with dipparse (loaded once, then shared).

        Example:
            >>> len(Gazetteer.default().people) > 0
            True
        """
        return _default()

    @classmethod
    def from_records(
        cls, records: Iterable[Mapping[str, Any]], *, source: str = "<records>"
    ) -> Gazetteer:
        """Build a gazetteer from dictionaries shaped like the shipped JSON entries.

        Raises:
            GazetteerError: An entry is malformed; the message names it.

        Example:
            >>> Gazetteer.from_records([{"name": "Lê Hoài Trung", "country": "VN"}]).people[0].country
            'VN'
        """
        return cls(_people_from_json(list(records), source))

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Gazetteer:
        r"""Read people from a JSON file (the shipped shape) or a CSV file.

        CSV columns: ``name, country, aliases, gender, role, organization,
        start, end``; ``aliases`` separated by ``;``; one row per office, rows
        of the same ``name`` merged.

        Args:
            path: The file; ``.csv`` is read as CSV, anything else as JSON.

        Raises:
            GazetteerError: The file cannot be read, is not valid JSON/CSV, or
                an entry is malformed; the message names the file and the line
                or key.

        Example:
            >>> import pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "people.csv"
            >>> _ = path.write_text(
            ...     "name,country,role,start\nLê Hoài Trung,VN,minister of foreign affairs,2025\n",
            ...     encoding="utf-8",
            ... )
            >>> [(p.name, p.offices[0].role) for p in Gazetteer.from_file(path).people]
            [('Lê Hoài Trung', 'minister of foreign affairs')]
        """
        source = os.fspath(path)
        try:
            with open(source, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise _fail(source, "", f"cannot read: {exc}") from exc
        if source.lower().endswith(".csv"):
            return cls(_people_from_csv(text, source))
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise _fail(source, f"line {exc.lineno}", f"invalid JSON: {exc.msg}") from exc
        return cls(_people_from_json(data, source))

    def merged(self, *others: Gazetteer) -> Gazetteer:
        """Return a gazetteer with the people of ``self`` and ``others``.

        A person of a later gazetteer with the same name key as an earlier
        one replaces it, so a user file can correct a shipped entry.

        Example:
            >>> g = Gazetteer.default().merged(Gazetteer([Person("Lê Văn Tám", "VN")]))
            >>> bool(g.lookup("Le Van Tam"))
            True
        """
        by_key: dict[tuple[str, str | None], Person] = {}
        for gaz in (self, *others):
            for person in gaz.people:
                by_key[(name_key(person.name), person.country)] = person
        return Gazetteer(tuple(by_key.values()))

    # -- the index -------------------------------------------------------

    def _index(self) -> dict[str, tuple[Person, ...]]:
        index: dict[str, tuple[Person, ...]] | None = self._cache.get("index")
        if index is None:
            build: dict[str, list[Person]] = {}

            def add(key: str, person: Person) -> None:
                if key:
                    bucket = build.setdefault(key, [])
                    if person not in bucket:
                        bucket.append(person)

            for person in self.people:
                for spelling in (person.name, *person.aliases):
                    if is_han(spelling.replace(" ", "")):
                        add(spelling.replace(" ", ""), person)
                        continue
                    key = name_key(spelling)
                    add(key, person)
                    if person.family_first:
                        add(key.replace(" ", ""), person)
                    if not spelling.isascii():
                        dk = name_key(damaged_key(spelling))
                        if len(dk.split()) >= 2:
                            add("\x00" + dk, person)
            index = {k: tuple(v) for k, v in build.items()}
            self._cache["index"] = index
        return index

    def lookup(self, spelling: str) -> tuple[Person, ...]:
        """Return every person one of whose names is spelled ``spelling`` (any case or accents).

        Example:
            >>> g = Gazetteer([Person("Xi Jinping", "CN", ("习近平",))])
            >>> [p.name for p in g.lookup("XI JIN-PING")], [p.name for p in g.lookup("习近平")]
            (['Xi Jinping'], ['Xi Jinping'])
        """
        index = self._index()
        compact = spelling.replace(" ", "")
        if is_han(compact):
            return index.get(compact, ())
        key = name_key(spelling)
        return index.get(key, ()) or index.get(key.replace(" ", ""), ())

    def lookup_damaged(self, spelling: str) -> tuple[Person, ...]:
        """Return the people whose name, with its non-ASCII letters dropped, is ``spelling``.

        Example:
            >>> g = Gazetteer([Person("Tô Lâm", "VN")])
            >>> [p.name for p in g.lookup_damaged("T Lm")]
            ['Tô Lâm']
        """
        return self._index().get("\x00" + name_key(spelling), ())

    def lookup_key(self, key: str) -> tuple[Person, ...]:
        """Return the people indexed under ``key``, a :func:`~dipparse.names.name_key` (fast path).

        Example:
            >>> [p.name for p in Gazetteer([Person("Lương Cường", "VN")]).lookup_key("luong cuong")]
            ['Lương Cường']
        """
        index = self._index()
        return index.get(key, ()) or index.get(key.replace(" ", ""), ())

    def lookup_damaged_key(self, key: str) -> tuple[Person, ...]:
        """Like :meth:`lookup_damaged` for a precomputed :func:`~dipparse.names.name_key`.

        Example:
            >>> [p.name for p in Gazetteer([Person("Tô Lâm", "VN")]).lookup_damaged_key("t lm")]
            ['Tô Lâm']
        """
        return self._index().get("\x00" + key, ())

    def first_words(self) -> frozenset[str]:
        """The first word of every indexed key: a window that starts elsewhere cannot match.

        Example:
            >>> sorted(Gazetteer([Person("Tô Lâm", "VN")]).first_words())
            ['t', 'to']
        """
        cached: frozenset[str] | None = self._cache.get("first_words")
        if cached is None:
            cached = frozenset(k.lstrip("\x00").split(" ")[0] for k in self._index())
            self._cache["first_words"] = cached
        return cached

    def _pair_prefixes(self) -> tuple[frozenset[str], frozenset[str]]:
        """What the first two words of a spelling of two or more words can be.

        The first set holds every indexed key cut at a blank, and every whole
        key, with the damage mark dropped: a key of two or more words starts
        with its first two words followed by a blank or the end. The second
        holds every leading part of each key without a blank, which a run of
        words written together (``Xi Jin Ping`` for ``xijinping``) must start
        with. A pair of words in neither cannot start a name, so the matcher
        skips it without trying each window.
        """
        cached: tuple[frozenset[str], frozenset[str]] | None = self._cache.get("pair_prefixes")
        if cached is None:
            spaced: set[str] = set()
            compact: set[str] = set()
            for raw in self._index():
                key = raw.lstrip("\x00")
                spaced.add(key)
                if " " in key:
                    i = key.find(" ")
                    while i != -1:
                        spaced.add(key[:i])
                        i = key.find(" ", i + 1)
                elif raw == key:
                    compact.update(key[:j] for j in range(1, len(key) + 1))
            cached = (frozenset(spaced), frozenset(compact))
            self._cache["pair_prefixes"] = cached
        return cached

    def _short_heads(self) -> frozenset[str]:
        """The first words of the keys of every person's short names (:meth:`short_keys`), damaged keys included."""
        cached: frozenset[str] | None = self._cache.get("short_heads")
        if cached is None:
            cached = frozenset(
                variant.split(" ")[0]
                for person in self.people
                for pair in self.short_keys(person)
                for variant in pair
                if variant
            )
            self._cache["short_heads"] = cached
        return cached

    def max_words(self) -> int:
        """The most words any indexed spelling has (bounds the matcher's window).

        Example:
            >>> Gazetteer([Person("Nguyễn Thị Thanh Nga", "VN")]).max_words()
            4
        """
        cached: int | None = self._cache.get("max_words")
        if cached is None:
            cached = max((len(k.split()) for k in self._index()), default=1)
            self._cache["max_words"] = cached
        return cached

    def short_keys(self, person: Person) -> tuple[tuple[str, str], ...]:
        """Return ``(key, damaged key)`` of each of ``person``'s :meth:`Person.short_names`.

        The keys are :func:`~dipparse.names.name_key` of the short name and of its
        :func:`~dipparse.names.damaged_key`; they are computed once per person.

        Example:
            >>> lam = Person("Tô Lâm", "VN")
            >>> Gazetteer([lam]).short_keys(lam)
            (('lam', 'lm'),)
        """
        cache: dict[int, tuple[Person, tuple[tuple[str, str], ...]]] = self._cache.setdefault(
            "short_keys", {}
        )
        hit = cache.get(id(person))
        if hit is not None and hit[0] is person:
            return hit[1]
        keys = tuple(
            (name_key(short), name_key(damaged_key(short))) for short in person.short_names()
        )
        cache[id(person)] = (person, keys)
        return keys

    def __len__(self) -> int:
        return len(self.people)


@functools.cache
def _default() -> Gazetteer:
    return Gazetteer(_default_people())


def normalize_name(name: str, gazetteer: Gazetteer | None = None) -> str:
    """Return the canonical spelling of a person's name, or the name tidied as written.

    Any spelling of a known person gives the gazetteer's name: with or without
    diacritics, in any case, with its non-ASCII letters dropped by a broken
    pipeline, as mojibake, in Han characters, or as the Sino-Vietnamese reading
    of a Chinese name. A name that fits no one, or two different people, is
    kept as written: only NFC-normalized, mojibake repaired and white space
    collapsed. One word alone (``Lam``) is not resolved: which Lâm it is
    depends on the article, which :func:`dipparse.parse` reads.

    Args:
        name: The name as a text spells it.
        gazetteer: The people to recognize; default :meth:`Gazetteer.default`.

    Returns:
        The canonical name, or the tidied input.

    Raises:
        TypeError: ``name`` is not a ``str``.

    Example:
        >>> [normalize_name(s) for s in ["TO LAM", "T Lm", "TÃ´ LÃ¢m", "苏林"]]
        ['Tô Lâm', 'Tô Lâm', 'Tô Lâm', 'Tô Lâm']
        >>> normalize_name("Tập Cận Bình"), normalize_name("Xi  Jin-ping")
        ('Xi Jinping', 'Xi Jinping')
        >>> normalize_name("  Nguye\u0302\u0303n Văn  Tèo ")
        'Nguyễn Văn Tèo'
    """
    if not isinstance(name, str):
        raise TypeError(f"normalize_name() expects str, got {type(name).__name__}")
    g = gazetteer if gazetteer is not None else Gazetteer.default()
    written = tidy(repair_mojibake(name))
    if len(written.split()) < 2 and not is_han(written):
        return written
    people = g.lookup(written)
    if not people and written.isascii():
        people = g.lookup_damaged(written)
    names = {p.name for p in people}
    return names.pop() if len(names) == 1 else written
