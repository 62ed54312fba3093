"""The article's own metadata: the ``date`` header, the wire dateline, the credited source."""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterable, Iterator

import attrs
import regex

from dipparse import calendar
from dipparse._data import load_json
from dipparse.models import Dateline, _unchecked
from dipparse.names import fold
from dipparse.text import PreparedText

__all__ = ["Header", "read_header"]

_HEADER = regex.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})\b", regex.IGNORECASE)

_UPPER_WORD = r"[\p{Lu}][\p{Lu}\p{M}.'’]*"
_CASED_WORD = r"[\p{Lu}][\p{L}\p{M}.'’]*"
_DASH = r"(?:--|[-–—])"
# A credit may hold digits: "(VOV5)", "(VTV4)".
# A press-release wire sets its name between slashes: "BEIJING, Nov. 1, 2022 /PRNewswire/ --".
_AGENCY = (
    r"(?:\((?P<agency>[\p{L}][\p{L}\p{N}\p{M} .'’/]{0,40})\)"
    r"|/(?P<agency>[\p{L}][\p{L}\p{N}\p{M} .'’-]{0,40})/)"
)
_DATE_PART = r"(?P<date>[\p{L}]{3,9}(?:\.\s{0,3}|\s+)\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[\p{L}]{3,9}\.?(?:\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{4})?)"
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
# A date with its year: a place in ordinary case and such a date make a
# dateline with no agency ("Beijing, December 11, 2024 – ...").
_DATE_WITH_YEAR = (
    r"(?P<date>[\p{L}]{3,9}(?:\.\s{0,3}|\s+)\d{1,2},\s*\d{4}|\d{1,2}\s+[\p{L}]{3,9}\.?\s+\d{4})"
)
# A dateline opens a paragraph: an ALL-CAPS place (or any place followed by a
# credited agency), an optional date and agency, then a dash. An agency alone
# in parentheses (``(VOV) –``) or a credit in ordinary case (``VTV.vn -``)
# opens a paragraph the same way, with no place: it credits the article.
_DATELINE = regex.compile(
    rf"""(?:(?<=\A\s*(?i:date)\s+\d{{4}}-\d{{2}}-\d{{2}}[ \t]+)|(?<=(?:\A|\n)[ \t]*))
    (?:
      (?P<place>{_UPPER_WORD}(?:[ \t]{_UPPER_WORD}){{0,4}})
      (?:,[ \t]*{_CASED_WORD}(?:[ \t]{_CASED_WORD}){{0,2}}(?=,))?
      (?:,[ \t]*{_DATE_PART})?
      (?:[ \t]*{_AGENCY})?
    |
      (?P<cplace>{_CASED_WORD}(?:[ \t]{_CASED_WORD}){{0,3}})
      (?:(?:,[ \t]*{_DATE_PART})?[ \t]*{_AGENCY}|,[ \t]*{_DATE_WITH_YEAR})
    |
      \((?P<lead>[\p{{L}}][\p{{L}}\p{{N}}\p{{M}} .'’/]{{0,40}})\)
    |
      (?P<credit>{_CASED_WORD}(?:[ \t]{_CASED_WORD}){{0,2}})
    )
    [ \t]*{_DASH}(?:(?=[ \t])|(?P<tight>(?=\p{{Lu}})))""",
    regex.VERBOSE,
)
# Every character the dateline pattern may consume is on one line, apart from
# the white space inside a date: so a dateline starts only at a line's first
# non-blank character (or right after the ``date`` header on the first line).
_HEADER_END = regex.compile(r"\A\s*(?i:date)\s+\d{4}-\d{2}-\d{2}[ \t]+")
_PHOTO = regex.compile(r"(?i)\b(?:photo|photos|ảnh|anh|image|file photo)\s*:?\s*$")
# A photo label earlier in the bracket or line of a credit: "(Ảnh: Thống Nhất - TTXVN)".
_PHOTO_LABEL = regex.compile(r"(?i)\b(?:photo|photos|ảnh|image)[ \t]*:")


def _photo_credit(line: str, at: int) -> bool:
    """Whether the credit at ``at`` is a photo's: a photo label opens its bracket or line before it."""
    opened = line.rfind("(", 0, at)
    return _PHOTO_LABEL.search(line, opened + 1 if opened >= 0 else 0, at) is not None


_TRAILER = regex.compile(
    r"(?:^|[\s.!?”\"])(?:[-–—]+\s*)?\(?(?:(?:[Tt]heo|[Nn]guồn|[Nn]guon|[Ss]ource)\s*:?\s+)?(?P<src>[\p{L}][\p{L}\p{M}'’ ]{1,40}?(?:\.(?:com\.vn|com\.cn|vn|cn|com|net|org))?(?:/[\p{L}][\p{L}\p{M}'’ ]{1,40}?)*)\)?[ \t.]*\Z"
)
# What a trailer consumes after its first character, part by part, read
# backwards from the end: a match starts at most one character before this
# run, so the search starts there instead of at every offset of the tail.
# A web address's ending ("nhandan.vn"), reversed, may close the credit.
_TRAILER_RUN = regex.compile(
    r"[ \t.]*\)?(?:(?:nv|nc|moc|ten|gro)\.){0,2}[\p{L}\p{M}'’ /\s]*:?[\p{L}\p{M}'’ /\s]*\(?\s*[-–—]*"
)
# The same three patterns for a tail of ASCII characters alone, by the
# stdlib ``re``: on ASCII, ``re.ASCII``'s ``\s``, ``\b`` and case folding are
# those of ``regex`` and ``\p{L}`` is ``A-Za-z`` (``\p{M}`` has no ASCII
# member), and ``re`` runs a match several times faster. Most credits are
# ASCII.
_ASCII_LETTER = "A-Za-z"


def _ascii_form(pattern: regex.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` for the stdlib ``re``, exact on subjects of ASCII characters alone."""
    src = pattern.pattern.replace(r"\p{L}", _ASCII_LETTER).replace(r"\p{M}", "")
    if r"\p{" in src:
        raise ValueError(f"no ASCII form for {src!r}")
    return re.compile(src, re.ASCII)


_TRAILER_ASCII = _ascii_form(_TRAILER)
_TRAILER_RUN_ASCII = _ascii_form(_TRAILER_RUN)
_PHOTO_ASCII = _ascii_form(_PHOTO)
# Wherever the dateline pattern matches, this stdlib pattern matches too: one
# to five words that open with a capital (or any non-ASCII character), then
# the comma, parenthesis or dash that must follow the place. Most lines open
# with a sentence that fails it at its second word, at a fraction of the cost.
_WIDE = "\u0080-\U0010ffff"
_DATELINE_GATE = re.compile(
    rf"[A-Z{_WIDE}][A-Za-z.'{_WIDE}]*(?:[ \t][A-Z{_WIDE}][A-Za-z.'{_WIDE}]*){{0,4}}[ \t]*[,(\-–—]"
)


@attrs.frozen
class Header:
    """What the opening and closing lines say about the article.

    Attributes:
        published: The ``date`` header's date, else the date of a
            publication stamp in the head (``Updated: 2024-08-19 07:08``),
            else ``None``.
        dateline: The wire dateline, else ``None``.
        source: The credited agency or paper, else ``None``.
    """

    published: _dt.date | None
    dateline: Dateline | None
    source: str | None


@functools.cache
def _sources() -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in load_json("sources.json")["sources"]:
        for alias in entry["aliases"]:
            out[fold(alias).lower()] = entry["name"]
    return out


@functools.cache
def _places() -> dict[str, str]:
    places: dict[str, str] = load_json("places.json")["places"]
    return places


def _place_name(raw: str) -> str:
    key = " ".join(fold(raw).lower().split())
    known = _places().get(key)
    if known is not None:
        return known
    return " ".join(w[:1].upper() + w[1:].lower() for w in raw.split())


# A paper credited by its web address: ``VOV.VN``, ``Chinhphu.vn``.
_DOMAIN = re.compile(r"\.(?:com\.vn|com\.cn|vn|cn|com|net|org)\Z")


def _source_of(name: str) -> str | None:
    """The canonical name of a credited agency, or ``None``; ``VNA/VNS`` credits the first.

    Example:
        >>> _source_of("VNA/VNS"), _source_of("VOV.VN"), _source_of("Hanoi")
        ('VNA', 'VOV', None)
    """
    for part in name.split("/"):
        key = " ".join(fold(part).lower().split())
        hit = _sources().get(key)
        if hit is None and "." in key:
            hit = _sources().get(_DOMAIN.sub("", key))
        if hit is not None:
            return hit
    return None


# A run of letters as ``re`` reads them: word characters but digits and ``_``.
_LETTER_RUN = re.compile(r"[^\W\d_]+")


@functools.cache
def _alias_heads() -> dict[str, tuple[str, ...]]:
    """The aliases of :func:`_sources` by their first run of letters (``""``: none opens one)."""
    heads: dict[str, list[str]] = {}
    for alias in _sources():
        m = _LETTER_RUN.match(alias)
        heads.setdefault(m.group() if m is not None else "", []).append(alias)
    return {head: tuple(aliases) for head, aliases in heads.items()}


def _is_letter(c: str) -> bool:
    return c.isalnum() and not c.isdecimal()


def _names_a_source(s: str) -> bool:
    """Whether an alias of :func:`_sources` stands in ``s`` as whole words.

    A credit is bounded by white space, punctuation or a slash, never by a
    letter. An alias that opens with a letter starts where a run of letters
    of ``s`` starts, and that run is the alias's own first run (a letter
    cannot follow it in ``s`` either), so only the aliases filed under a
    run of ``s`` are tried, at that run: the text is split once, where a
    search for every alias would try each at every offset.

    Example:
        >>> _names_a_source("photo: vna/vns"), _names_a_source("vnas and the vn")
        (True, False)
    """
    heads = _alias_heads()
    n = len(s)
    if not heads.keys().isdisjoint(_LETTER_RUN.findall(s)):
        for m in _LETTER_RUN.finditer(s):
            for alias in heads.get(m.group(), ()):
                i = m.start()
                e = i + len(alias)
                if s.startswith(alias, i) and (e == n or not _is_letter(s[e])):
                    return True
    for alias in heads.get("", ()):
        # No letter opens it: every place it stands is tried.
        i = s.find(alias)
        while i >= 0:
            e = i + len(alias)
            if (i == 0 or not _is_letter(s[i - 1])) and (e == n or not _is_letter(s[e])):
                return True
            i = s.find(alias, i + 1)
    return False


def _tail(text: str) -> str:
    """``text.rstrip()[-120:]``, without copying the whole text when its end is not blank.

    Example:
        >>> _tail("x" * 300 + " " * 5) == "x" * 120
        True
    """
    chunk = text[-256:].rstrip()
    if len(chunk) >= 120 or len(text) <= 256:
        return chunk[-120:]
    return text.rstrip()[-120:]


def _given_name_anh(before: str, at: int) -> bool:
    """Whether the photo word at ``at`` is the given name ``Anh`` of a byline (``Minh Anh (TTXVN)``).

    ``Ảnh`` written without its diacritics is also a common given name: with
    no colon after it and a capitalized word before it, it ends a name.

    Example:
        >>> _given_name_anh("Minh Anh ", 5), _given_name_anh("Anh: ", 0), _given_name_anh("Photo ", 0)
        (True, False, False)
    """
    word = before[at:].strip()
    if word not in ("Anh", "ANH"):
        return False
    prev = before[:at].rstrip(" \t").rsplit(None, 1)
    return bool(prev) and prev[-1][:1].isupper()


def _trailing_source(p: PreparedText) -> str | None:
    tail = _tail(p.text)
    # The credit is one of the known aliases, so a tail that holds none (read
    # as :func:`_source_of` reads a name) names no source: skip the costly
    # trailer pattern there.
    if not _names_a_source(" ".join(fold(tail).lower().split())):
        return None
    plain = tail.isascii()
    run = (_TRAILER_RUN_ASCII if plain else _TRAILER_RUN).match(tail[::-1])
    first = len(tail) - (run.end() if run is not None else 0)
    m = (_TRAILER_ASCII if plain else _TRAILER).search(tail, max(0, first - 1))
    if m is None:
        return None
    before = tail[: m.start("src")].rstrip("( \t")
    # A photo word ends where the closing white space and colon begin, and
    # is at most ten letters long: the search starts there, not at offset 0.
    photo = _PHOTO_ASCII if plain else _PHOTO
    pm = photo.search(before, max(0, len(before.rstrip().rstrip(":").rstrip()) - 10))
    if pm is not None and not _given_name_anh(before, pm.start()):
        return None
    line_start = tail.rfind("\n", 0, m.start("src")) + 1
    if _photo_credit(tail[line_start:], m.start("src") - line_start):
        return None
    src = m.group("src").strip()
    # A photo credit names a person after the slash: "Xinhua/Xie Huanchi".
    parts = src.split("/")
    if len(parts) > 1 and any(_source_of(x) is None for x in parts):
        return None
    return _source_of(src)


# A "Source:" label opens a line of a web page's head or foot ("Source: Xinhua |
# Editor: ...", "Source:Global Times Published: ..."): the words after it, up
# to a bar or a wide gap, hold the credit at their start.
_LABEL = re.compile(r"(?m)^[ \t]*(?:Source|SOURCE|Nguồn|NGUỒN)[ \t]*:[ \t]*([^|\n]{1,60})")
_LABEL_STOP = re.compile(r"[ \t]{2}|\|")
_LABEL_HEAD = 1500
"""Characters from the start where a "Source:" label is looked for."""
_LABEL_FOOT = 400
"""Characters from the end where a "Source:" label is looked for."""
# A credit marked by a dash or parentheses on one of the last lines, with a
# line or two of page furniture after it ("— VNS\n\nE-paper").
_MARKED = regex.compile(
    r"(?:(?:\A|[\s.!?”\"])(?:[-–—]+[ \t]*\(?|\()|\A[ \t]*(?=[TtNnSs]))"
    r"(?:(?:[Tt]heo|[Nn]guồn|[Ss]ource)[ \t]*:?[ \t]*)?"
    r"(?P<src>[\p{L}][\p{L}\p{M}'’ /]{0,40}?)\)?[ \t.]*\Z"
)
# "Theo VOV", "Nguồn: TTXVN" alone on a line credit the article as well.
_FOOT_LABEL = re.compile(r"[ \t]*(?:[Tt]heo|[Nn]guồn|[Ss]ource)\b")
_FOOT_LINES = 3
"""Lines from the end where a marked credit is looked for, the last one included."""


_FIELD_LABEL = re.compile(r"\A(?:[Ss]ource|SOURCE|[Nn]guồn|NGUỒN|[Tt]heo)[ \t]*:[ \t]*")


def _barred_source(head: str) -> str | None:
    r"""A source that is one field of a bar-separated line of the head: ``By X | China Daily | Updated: ...``.

    Example:
        >>> _barred_source("By Zhao Lei | China Daily | Updated: 2024-08-19\nText")
        'China Daily'
    """
    if "|" not in head:
        return None
    for line in head.splitlines():
        if "|" in line:
            for part in line.split("|"):
                # "... | Source: Xinhua | ...": the field's label is no part of the name.
                hit = _source_of(_FIELD_LABEL.sub("", part.strip())) if len(part) < 60 else None
                if hit is not None:
                    return hit
    return None


def _labelled_source(p: PreparedText) -> str | None:
    """The source a "Source:" label names at a line start of the head or the foot.

    The label's words are the longest known run of words after it.
    """
    lower = p.lower
    foot = max(0, len(lower) - _LABEL_FOOT)
    for a, b in ((0, _LABEL_HEAD), (foot, len(lower))):
        # The label, folded and lower-cased, before the pattern reads it.
        if lower.find("source", a, b) < 0 and lower.find("nguon", a, b) < 0:
            continue
        for m in _LABEL.finditer(p.text, a, min(b, len(lower))):
            words = _LABEL_STOP.split(m[1], maxsplit=1)[0].split()[:5]
            for n in range(len(words), 0, -1):
                hit = _source_of(" ".join(words[:n]))
                if hit is not None:
                    return hit
    return None


def _foot_source(text: str) -> str | None:
    r"""A credit marked by a dash or parentheses that ends one of the last lines but the last.

    Example:
        >>> _foot_source("Talks were held. — VNS\n\n \nE-paper\n")
        'VNS'
        >>> _foot_source("Talks were held. — VNA/VNS Photo\nCaption")
    """
    lines = [ln for ln in text[-400:].splitlines() if ln.strip()][-_FOOT_LINES:-1]
    for line in reversed(lines):
        # The credit, its marks and the spaces between them take at most
        # this many characters at the end of the line.
        end = line.rstrip()[-56:]
        label = _FOOT_LABEL.match(line)
        if label is not None:
            end = line.strip()
        elif not end.endswith(")") and not any(d in end for d in "-–—"):
            continue
        m = _MARKED.search(end)
        if (
            m is not None
            and (label is None or m.start() == 0)
            and not _photo_credit(end, m.start("src"))
        ):
            src = m.group("src").strip()
            parts = src.split("/")
            if all(_source_of(x) is not None for x in parts):
                return _source_of(src)
    return None


_STAMP_HEAD = 1200
"""Characters from the start where a publication stamp is looked for."""
_STAMP_LINES = 8
"""Non-blank lines from the start where a publication stamp is looked for."""
_STAMP_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*[(\[]?(?:gmt|utc|ict)(?:[ \t]*[+-][ \t]*\d{1,2}(?::?\d{2})?)?[)\]]?)?"

_STAMP_AGE = (
    r"(?:(?:\d{1,3}|an?|one)[ \t]{1,3}(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)"
    r"[ \t]{1,3}ago|\d{1,3}[ \t]{1,3}(?:giay|phut|gio|ngay|tuan)[ \t]{1,3}truoc)"
)
"""The age of a page on its stamp (``2 hours ago``, ``3 giờ trước``), folded and lower-cased."""


@functools.cache
def _stamp() -> re.Pattern[str]:
    """A whole stamp field of the folded, lower-cased head: label, weekday, date, time.

    Every repetition is bounded and every part is told from the next by a
    literal or a class it cannot hold, so a match is linear in the field.
    """

    def alternation(words: Iterable[str]) -> str:
        # Longest first, so that a word's longer form wins; a space is a few blanks.
        ordered = sorted(words, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", "[ \t]{1,3}") for w in ordered)

    label = alternation(load_json("stamps.json")["labels"])
    weekday = alternation(calendar.weekday_table())
    months = alternation(calendar.month_table())
    sep = r"[ \t]{0,3}[,|\-–—]?[ \t]{0,3}"
    date = (
        r"(?:(?P<iy>\d{4})[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})"
        r"|(?P<na>\d{1,2})[-/.](?P<nb>\d{1,2})[-/.](?P<ny>\d{4})"
        rf"|(?P<mm>{months})\.?[ \t]{{1,3}}(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]{{1,3}}(?P<my>\d{{4}})"
        rf"|(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?[ \t]{{1,3}}(?P<dm>{months})\.?,?[ \t]{{1,3}}(?P<dy>\d{{4}})"
        r"|ngay[ \t]{1,3}(?P<vd>\d{1,2})[ \t]{1,3}thang[ \t]{1,3}(?P<vm>\d{1,2})[ \t]{1,3}nam[ \t]{1,3}(?P<vy>\d{4}))"
    )
    return re.compile(
        # A credit in parentheses may open the line: "(Xinhua) 08:12, June 28, 2023".
        r"[ \t]*(?:\(?[a-z][a-z '.’/-]{0,40}\)[ \t]{0,3})?"
        rf"(?:(?:{label})[ \t]{{0,3}}:?[ \t]{{0,3}}(?:(?:on|at|luc|ngay)[ \t]{{1,3}})?)?"
        rf"(?:(?:{weekday})\.?{sep})?"
        rf"(?:{_STAMP_TIME}{sep})?"
        # "16:33, ngày 25-12-2022", "Chủ nhật, ngày 18/08/2024 - 21:03".
        rf"(?:ngay[ \t]{{1,3}})?{date}"
        rf"(?:{sep}{_STAMP_TIME})?"
        # An age may follow ("... 10:04 AM GMT+7 Updated 2 hours ago"): it
        # counts from the reader's clock, so the full date is the stamp's.
        rf"(?:{sep}(?:{label})[ \t]{{0,3}}:?[ \t]{{0,3}}{_STAMP_AGE})?"
        # A credit may close the line: "2022-10-29 15:00:39(GMT+08:00) CRI".
        r"(?:[ \t]{1,3}(?P<credit>[a-z][a-z0-9&'’]{0,20}(?:[ \t][a-z][a-z0-9&'’]{0,20}){0,3}))?"
        r"[ \t.]*"
    )


def _stamp_date(lower: str) -> _dt.date | None:
    r"""The date of a publication stamp on one of the head's first lines, else ``None``.

    A stamp is a line, or one field of a line parted by bars (``Source:
    Xinhua | 2024-08-19 21:03:15 | Editor: huaxia``), that holds nothing but
    an optional label, weekday and time around a full date with its year. A
    date inside a sentence is never a stamp.

    Example:
        >>> _stamp_date("china, vietnam hold talks\nupdated: 2024-08-19 07:08\nbeijing -- ...")
        datetime.date(2024, 8, 19)
        >>> _stamp_date("thu ba, 20/08/2024 - 07:41\n")
        datetime.date(2024, 8, 20)
        >>> _stamp_date("talks were held on august 19, 2024 in beijing.\n") is None
        True
    """
    return _stamp_line(lower)[0]


def _stamp_line(lower: str) -> tuple[_dt.date | None, str | None]:
    """The date of the head's publication stamp and the source it credits, if any.

    A stamp may end with the name of its agency or paper (``... 15:00:39
    (GMT+08:00) CRI``): a known source only, else the line is no stamp.
    """
    pattern = _stamp()
    seen = 0
    for line in lower[:_STAMP_HEAD].splitlines():
        if not line.strip():
            continue
        seen += 1
        if seen > _STAMP_LINES:
            break
        # A stamp is short; a sentence's digits are not looked at.
        if len(line) > 160 or not any(c.isdigit() for c in line):
            continue
        for field in line.split("|"):
            m = pattern.fullmatch(field.rstrip())
            if m is not None:
                credit = None
                if m["credit"] is not None:
                    words = m["credit"].split()
                    credit = next(
                        (
                            hit
                            for n in range(len(words), 0, -1)
                            if (hit := _source_of(" ".join(words[:n]))) is not None
                        ),
                        None,
                    )
                    if credit is None:
                        continue
                when = _stamp_fields(m)
                if when is not None:
                    return when, credit
    return None, None


def _stamp_fields(m: re.Match[str]) -> _dt.date | None:
    """The date a :func:`_stamp` match names, or ``None`` when no such day exists."""
    if m["iy"]:
        return calendar.safe_date(int(m["iy"]), int(m["im"]), int(m["id"]))
    if m["ny"]:
        a, b = int(m["na"]), int(m["nb"])
        # Day first, as Vietnamese and European pages write it, unless that cannot be.
        day, month = (b, a) if b > 12 >= a else (a, b)
        return calendar.safe_date(int(m["ny"]), month, day)
    if m["my"] or m["dy"]:
        word, d, y = (m["mm"], m["md"], m["my"]) if m["my"] else (m["dm"], m["dd"], m["dy"])
        named = calendar.month_number(word)
        return None if named is None else calendar.safe_date(int(y), named, int(d))
    return calendar.safe_date(int(m["vy"]), int(m["vm"]), int(m["vd"]))


def _line_starts(window: str) -> Iterator[int]:
    """Offsets where a dateline may start, in order: each line's first non-blank character."""
    n = len(window)
    i = 0
    while True:
        while i < n and window[i] in " \t":
            i += 1
        yield i
        i = window.find("\n", i) + 1
        if i == 0:
            return


def _dateline_at(window: str, pos: int) -> regex.Match[str] | None:
    r"""``_DATELINE.match(window, pos)``, answered without the pattern where it cannot match.

    Its branches open with an upper-case letter (``\p{Lu}``), which in ASCII
    is ``A``-``Z`` alone, or a parenthesis: most lines open with something else.
    """
    c = window[pos : pos + 1]
    if c == "(":
        return _DATELINE.match(window, pos)
    if c.isascii() and not ("A" <= c <= "Z"):
        return None
    if _DATELINE_GATE.match(window, pos) is None:
        return None
    return _DATELINE.match(window, pos)


def _datelines(window: str) -> Iterator[regex.Match[str]]:
    """``_DATELINE.finditer(window)``, tried only where a dateline can start."""
    h = _HEADER_END.match(window)
    after_header = h.end() if h is not None else -1
    done = 0
    for pos in _line_starts(window):
        if 0 <= after_header <= pos:
            if after_header != pos and after_header >= done:
                m = _dateline_at(window, after_header)
                if m is not None:
                    done = m.end()
                    yield m
            after_header = -1
        if pos < done:
            continue
        m = _dateline_at(window, pos)
        if m is not None:
            done = m.end()
            yield m
    if after_header >= done:
        m = _dateline_at(window, after_header)
        if m is not None:
            yield m


def read_header(p: PreparedText, published: _dt.date | None = None) -> Header:
    """Read the ``date`` header, the dateline and the source of an article.

    Args:
        p: The prepared text.
        published: The publication date the caller knows; it wins over the header.

    Returns:
        The header; each part ``None`` where the text does not give it.

    Example:
        >>> from dipparse.text import prepare
        >>> h = read_header(prepare(" date 2024-08-20 BEIJING, Aug. 19 (Xinhua) -- Xi met Lam."))
        >>> h.published, h.dateline.place, h.dateline.date, h.source
        (datetime.date(2024, 8, 20), 'Beijing', datetime.date(2024, 8, 19), 'Xinhua')
    """
    text = p.text
    stamp_credit = None
    if published is None:
        hm = _HEADER.match(text)
        if hm is not None:
            try:
                published = _dt.date(int(hm[1]), int(hm[2]), int(hm[3]))
            except ValueError:
                published = None
        else:
            # No header: a page's own publication stamp in the head, if any.
            published, stamp_credit = _stamp_line(p.lower)
    dateline = None
    source = None
    window = text[:3000]
    for m in _datelines(window):
        credit_only = m.group("lead") or m.group("credit")
        if credit_only:
            # "(VOV) – ...", "VTV.vn - ...": a credit that opens a paragraph
            # names the source and no place; a dateline below may still come.
            if source is None:
                source = _source_of(credit_only)
            continue
        if m.group("tight"):
            continue
        place = m.group("place") or m.group("cplace")
        agency = m.group("agency")
        if m.group("cplace") and not agency and place.lower() in _WEEKDAYS:
            # "Monday, December 11, 2024 – ...": a weekday, no place.
            continue
        agency_name = _source_of(agency) if agency else None
        if agency and agency_name is None and not m.group("place"):
            continue
        if m.group("place") and not agency and not m.group("date") and len(place) < 3:
            continue
        if not agency and not m.group("date"):
            credit = _source_of(place)
            if credit is not None:
                # "VGP - ...", "TTXVN - ...": the agency credits itself, no place.
                source = credit
                break
        when = None
        if m.group("date"):
            # A date with its year needs no publication date (Nov. 1, 2022).
            when = calendar.resolve_loose(m.group("date"), published)
        start, end = p.span(m.start(), m.end())
        dateline = _unchecked(Dateline, place=_place_name(place), date=when, start=start, end=end)
        source = agency_name or source
        break
    if source is None:
        source = _labelled_source(p) or _barred_source(window[:_LABEL_HEAD]) or stamp_credit
    if source is None:
        source = _trailing_source(p)
    if source is None:
        source = _foot_source(text)
    return Header(published, dateline, source)
