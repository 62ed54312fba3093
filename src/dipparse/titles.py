"""The grammar of offices: finding titles and their organizations in text.

A title is a role word or phrase from ``data/offices.json`` (``Prime
Minister``, ``general secretary``, ``PM``, ``Thủ tướng``), optionally preceded
by a nationality (``Chinese``) or an organization (``Guangxi Party``), and
optionally followed by its body (``of the CPV Central Committee``; in
Vietnamese the body follows directly: ``Bí thư Tỉnh ủy Quảng Ninh``). Titles
joined by ``and``, commas or ``cum`` form a *stack* that belongs to one
person. Which person is decided in :mod:`dipparse.officials`; this module
only reads the offices.

Roles are matched on the accent-folded, lower-cased view of the text, so
``THỦ TƯỚNG``, ``Thu tuong`` and ``thủ tướng`` read alike, and all-caps or
lower-case English titles too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs
import regex

from dipparse._data import load_json
from dipparse.names import fold
from dipparse.text import PreparedText

__all__ = ["TitleHit", "Token", "find_titles", "stacks", "tokenize"]

# The standard library's engine is markedly faster than `regex` on this simple
# class, and \w covers every letter and digit of NFC text.
_TOKEN = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*")
_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "in", "'s", "to"})
_STACK_GAP = regex.compile(r"^\s{0,3}(?:,|and|&|cum|/|kiem|va|,\s{0,3}and|,\s{0,3}va)?\s{0,3}$")
_STRUCTURAL = frozenset(
    "party committee central provincial municipal regional city people's congress government ministry "
    "commission department politburo na npc cpc cpv cppcc un asean council assembly front union".split()
)
ORG_MARKERS = _STRUCTURAL | frozenset(
    "republic province region autonomous office bureau secretariat embassy agency court army "
    "chinese vietnamese china vietnam".split()
)
"""Words that make a capitalized run a body or a place, never a person's name."""
# Offices held "to" a country: "Ambassador to China".
_ACCREDITED = frozenset({"ambassador", "consul general", "special envoy"})
_VIET_NAM = regex.compile(r"\bVi[eệ]t Nam\b")
_LEADING_THE = regex.compile(r"^(?:the|The)\s+")
_THE_THE = regex.compile(r"\bthe the\b")
_PAREN_ABBR = regex.compile(r"\s{0,2}\([\p{Lu}.]{2,10}\)")


class Token(NamedTuple):
    """A word of the prepared text: its span, the text, its folded lower-case key, its case."""

    start: int
    end: int
    text: str
    key: str
    capitalized: bool


@attrs.frozen
class TitleHit:
    """An office found in the text, in prepared-text offsets.

    Attributes:
        start: First character of the title (nationality or body prefix included).
        end: Just past the title.
        role: The canonical role.
        organization: The body, abbreviations expanded, or ``None``.
        country: The country the title names (``Chinese``, ``of the CPC``), or ``None``.
        vietnamese: Whether the office is written in Vietnamese (``Thủ tướng``).
    """

    start: int
    end: int
    role: str
    organization: str | None
    country: str | None
    vietnamese: bool = False


@functools.cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Vietnamese and Chinese family names of ``data/surnames.json`` (folded, lower case).

    Example:
        >>> "nguyen" in surnames()[0], "wang" in surnames()[1]
        (True, True)
    """
    data = load_json("surnames.json")
    return frozenset(data["VN"]), frozenset(data["CN"])


def tokenize(p: PreparedText) -> list[Token]:
    """Split the prepared text into words (``People's`` and ``T.Ư`` are one word).

    Example:
        >>> from dipparse.text import prepare
        >>> [t.text for t in tokenize(prepare("China's Chủ tịch, PM"))]
        ["China's", 'Chủ', 'tịch', 'PM']
    """
    low = p.lower
    text = p.text
    new = tuple.__new__  # a NamedTuple built without its Python-level __new__
    out = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        word = text[s:e]
        out.append(new(Token, (s, e, word, low[s:e], word[:1].isupper())))
    return out


@attrs.frozen
class _Vocab:
    uncased: regex.Pattern[str]
    cased: regex.Pattern[str]
    uncased_first: frozenset[str]
    cased_first: frozenset[str]
    by_surface: dict[str, tuple[str, str | None, bool]]
    member_of: tuple[tuple[tuple[str, ...], str], ...]
    abbreviations: dict[str, str]
    nationalities: dict[str, str]
    org_countries: dict[str, str]
    org_country_pat: regex.Pattern[str]
    org_words: frozenset[str]
    role_words: frozenset[str]


def _surface_pattern(surface: str) -> str:
    words = [regex.escape(w) for w in regex.split(r"[\s-]+", surface.strip())]
    return r"[\s-]{1,3}".join(words)


@functools.cache
def _vocab() -> _Vocab:
    data = load_json("offices.json")
    by_surface: dict[str, tuple[str, str | None, bool]] = {}
    uncased: list[str] = []
    cased: list[str] = []
    role_words: set[str] = set()
    for entry in data["roles"]:
        for vi, surface in [(False, s) for s in entry["surfaces"]] + [
            (True, s) for s in entry.get("vi", [])
        ]:
            if entry.get("cased"):
                by_surface[surface] = (entry["role"], entry.get("organization"), False)
                cased.append(surface)
            else:
                key = " ".join(fold(surface).lower().replace("-", " ").split())
                by_surface[key] = (entry["role"], entry.get("organization"), vi)
                uncased.append(surface.lower())
                if not vi:
                    role_words.add(key.split()[0])
    uncased.sort(key=len, reverse=True)
    cased.sort(key=len, reverse=True)
    edge_l = r"(?<![\p{L}\p{N}])"
    edge_r = r"(?![\p{L}\p{N}])"
    return _Vocab(
        uncased=regex.compile(
            edge_l + "(?:" + "|".join(_surface_pattern(fold(s)) for s in uncased) + ")" + edge_r
        ),
        cased=regex.compile(
            edge_l + "(?:" + "|".join(_surface_pattern(s) for s in cased) + ")" + edge_r
        ),
        uncased_first=frozenset(regex.split(r"[\s.-]+", fold(s))[0] for s in uncased),
        cased_first=frozenset(regex.split(r"[\s.-]+", s)[0] for s in cased),
        by_surface=by_surface,
        member_of=tuple((tuple(r["contains"]), r["role"]) for r in data["member_of"]),
        abbreviations=data["abbreviations"],
        nationalities=data["nationalities"],
        org_countries=data["org_countries"],
        org_country_pat=regex.compile(
            r"(?<!\S)(?:"
            + "|".join(
                regex.escape(k) for k in sorted(data["org_countries"], key=len, reverse=True)
            )
            + r")(?!\S)"
        ),
        org_words=frozenset(data["org_words"]),
        role_words=frozenset(role_words),
    )


def _role_of(surface: str, cased: bool) -> tuple[str, str | None, bool]:
    v = _vocab()
    if cased:
        return v.by_surface[" ".join(surface.split())]
    key = " ".join(surface.replace("-", " ").split())
    return v.by_surface[key]


def _country_in(org_key: str) -> str | None:
    """The country of the first organization or place word of a folded body, or ``None``."""
    v = _vocab()
    m = v.org_country_pat.search(org_key)
    return v.org_countries[m.group()] if m else None


def _normalize_org(raw: str, english: bool) -> str:
    v = _vocab()
    text = _PAREN_ABBR.sub("", raw)
    words = []
    for w in text.split():
        if w in v.abbreviations:
            words.append(v.abbreviations[w])
        elif english and w.endswith(("'s", "’s")) and fold(w[:-2]).lower() in v.nationalities:
            words.append("the")
        else:
            words.append(w)
    out = " ".join(words)
    if english:
        out = _VIET_NAM.sub("Vietnam", out)
        out = _LEADING_THE.sub("", out)
        out = _THE_THE.sub("the", out)
    return out


def _is_org_token(tok: Token, prev: Token | None) -> bool:
    v = _vocab()
    if tok.key in v.org_words or tok.text in v.abbreviations or tok.key in v.nationalities:
        return True
    if not tok.capitalized:
        return False
    return prev is None or prev.key in _CONNECTORS


def _extend_org(
    p: PreparedText,
    tokens: Sequence[Token],
    i: int,
    stop_at: frozenset[int],
    *,
    direct: bool,
    short_names: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """Return the token range ``[i, j)`` of the body that starts at token ``i``, or ``None``.

    A body never runs into a known name (``stop_at``), nor, in Vietnamese, into
    a known person's short name that no body word follows (``Thủ tướng Chính
    cảm ơn`` but ``Thủ tướng Chính phủ``).
    """
    v = _vocab()
    n = len(tokens)
    j = i
    prev: Token | None = None
    last_content = -1
    while j < n and j - i < 16:
        tok = tokens[j]
        if tok.start in stop_at:
            break
        if (
            direct
            and tok.key in short_names
            and (j + 1 >= n or tokens[j + 1].key not in v.org_words or tokens[j + 1].capitalized)
        ):
            break
        if j > i:
            gap = p.text[tokens[j - 1].end : tok.start]
            if gap not in (" ", "-", " (", ") ", ")"):
                break
        if tok.key in _CONNECTORS:
            nxt = tokens[j + 1] if j + 1 < n else None
            if tok.key == "and" and (
                nxt is None or nxt.key in v.role_words or nxt.key in v.nationalities
            ):
                break
            prev = tok
            j += 1
            continue
        if direct and not tok.capitalized and tok.key not in v.org_words:
            break
        if not _is_org_token(
            tok, prev if prev is not None else (None if j == i else tokens[j - 1])
        ):
            break
        if tok.key in v.role_words and j > i and not tok.capitalized:
            break
        last_content = j
        prev = tok
        j += 1
    if last_content < i:
        return None
    if direct:
        last_content = _vietnamese_name_cut(p, tokens, i, last_content)
        if last_content < i:
            return None
    return i, last_content + 1


def _reach_known_name(
    p: PreparedText,
    tokens: Sequence[Token],
    body: tuple[int, int] | None,
    first: int,
    name_starts: frozenset[int],
) -> tuple[int, int] | None:
    """Stretch a Vietnamese body up to a known name that follows it in the same phrase.

    ``Phó Thủ tướng Quốc vụ viện Trung Quốc Đinh Tiết Tường``: the body runs
    on, lower-case words included, until the name; a comma or a full stop ends it.
    """
    k = body[1] if body is not None else first
    if k >= len(tokens) or tokens[k].start in name_starts:
        return body
    j = k
    if j > 0 and p.text[tokens[j - 1].end : tokens[j].start] != " ":
        return body
    while j < len(tokens) and j - k < 8:
        if tokens[j].start in name_starts:
            return (first if body is None else body[0]), j
        if j > 0 and p.text[tokens[j - 1].end : tokens[j].start] != " ":
            break
        j += 1
    return body


def _vietnamese_name_cut(p: PreparedText, tokens: Sequence[Token], i: int, last: int) -> int:
    """In ``Bí thư Thành ủy Hà Nội Trần Văn Tám``, end the body before the trailing name.

    Vietnamese puts the body straight after the office and the name straight
    after the body: the name is the last two to four capitalized words, led by
    a family name.
    """
    vietnamese = surnames()[0]
    end = last
    while (
        end + 1 < len(tokens)
        and end - last < 4
        and tokens[end + 1].capitalized
        and p.text[tokens[end].end : tokens[end + 1].start] == " "
    ):
        end += 1
    for k in range(i + 1, end):
        if tokens[k].key in vietnamese and tokens[k].capitalized and 2 <= end - k + 1 <= 4:
            return min(k - 1, last)
    return last


def find_titles(
    p: PreparedText,
    tokens: Sequence[Token] | None = None,
    name_starts: frozenset[int] = frozenset(),
    by_start: dict[int, int] | None = None,
    short_names: frozenset[str] = frozenset(),
) -> list[TitleHit]:
    """Return every office phrase of the text, in order, without overlaps.

    Args:
        p: The prepared text.
        tokens: :func:`tokenize` of ``p`` (computed if not given).
        name_starts: Offsets where a known name starts; a body never runs into one.
        by_start: Token index by start offset, if the caller has it.
        short_names: Folded short names of the people found (``chinh``): a
            Vietnamese body stops before one.

    Returns:
        The titles, in text order.

    Example:
        >>> from dipparse.text import prepare
        >>> [(t.role, t.organization) for t in find_titles(prepare(
        ...     "General Secretary of the CPV Central Committee and President To Lam"),
        ...     name_starts=frozenset({61}))]
        [('general secretary', 'Communist Party of Vietnam Central Committee'), ('president', None)]
    """
    v = _vocab()
    if tokens is None:
        tokens = tokenize(p)
    if by_start is None:
        by_start = {t.start: k for k, t in enumerate(tokens)}
    hits: list[tuple[int, int, str, bool]] = []
    # Try the role patterns only where a word that can start a role starts:
    # one dictionary look-up per word instead of the whole alternation at every character.
    for tok in tokens:
        if tok.key in v.uncased_first:
            m = v.uncased.match(p.lower, tok.start)
            if m is not None:
                hits.append((m.start(), m.end(), m.group(), False))
        if tok.text in v.cased_first:
            m = v.cased.match(p.text, tok.start)
            if m is not None:
                hits.append((m.start(), m.end(), m.group(), True))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[TitleHit] = []
    last_end = -1
    for start, end, surface, cased in hits:
        if start < last_end or start not in by_start:
            continue
        role, org, vietnamese = _role_of(surface, cased)
        t_start, t_end = start, end
        country: str | None = None
        k_first = k_last = by_start[start]
        while k_last + 1 < len(tokens) and tokens[k_last].end < end:
            k_last += 1
        if tokens[k_last].end != end:
            continue
        # A nationality or a body before the role: "Chinese President", "Guangxi Party Secretary".
        k = k_first - 1
        while k >= 0 and k_first - k <= 4 and p.text[tokens[k].end : tokens[k + 1].start] == " ":
            tok = tokens[k]
            if tok.key in v.nationalities and tok.capitalized and k == k_first - 1:
                country = v.nationalities[tok.key]
                t_start = tok.start
                break
            if (
                tok.capitalized
                and (tok.key in v.org_words or tok.text in v.abbreviations)
                and tok.key not in v.role_words
            ):
                t_start = tok.start
                k -= 1
                continue
            break
        prefix_org = p.text[t_start:start].strip() if country is None and t_start < start else ""
        if prefix_org and not any(w in _STRUCTURAL for w in fold(prefix_org).lower().split()):
            # A bare place before an office ("... Guangxi Prime Minister") is not its body.
            t_start, prefix_org = start, ""
        # The body after the role: "of the CPV Central Committee", or directly in Vietnamese.
        body: tuple[int, int] | None = None
        nxt = k_last + 1
        if (
            nxt < len(tokens)
            and (tokens[nxt].key == "of" or (tokens[nxt].key == "to" and role in _ACCREDITED))
            and p.text[tokens[k_last].end : tokens[nxt].start] == " "
            and role != "member of"
        ):
            q = nxt + 1
            if q < len(tokens) and tokens[q].key == "the":
                q += 1
            body = _extend_org(p, tokens, q, name_starts, direct=False)
        elif (
            nxt < len(tokens)
            and (role == "member of" or vietnamese)
            and p.text[tokens[k_last].end : tokens[nxt].start] == " "
        ):
            q = nxt
            if role == "member of" and q < len(tokens) and tokens[q].key == "the":
                q += 1
            body = _extend_org(
                p, tokens, q, name_starts, direct=vietnamese, short_names=short_names
            )
        if vietnamese and name_starts:
            body = _reach_known_name(p, tokens, body, k_last + 1, name_starts)
        org_text: str | None = org
        if body is not None:
            b0, b1 = body
            t_end = tokens[b1 - 1].end
            raw = p.text[tokens[b0].start : t_end]
            org_text = _normalize_org(raw, english=not vietnamese)
        elif prefix_org:
            org_text = _normalize_org(prefix_org, english=True)
        if role == "member of":
            if org_text is None:
                continue
            okey = fold(org_text).lower()
            role = next(
                (r for needles, r in v.member_of if any(nd in okey for nd in needles)), "member"
            )
        if role in ("minister", "deputy minister") and org_text is not None and body is not None:
            # "Minister of Industry and Trade": the portfolio is part of the role.
            role, org_text = f"{role} of {org_text.lower()}", None
        if org_text is not None:
            okey = fold(org_text).lower()
            country = country or _country_in(okey)
            if role == "chairman" and okey in v.nationalities:
                role = "president"
        out.append(TitleHit(t_start, t_end, role, org_text, country, vietnamese))
        last_end = t_end
    return out


def stacks(p: PreparedText, titles: Sequence[TitleHit]) -> list[list[TitleHit]]:
    """Group titles joined by ``and``, commas, ``cum`` or ``&`` into stacks.

    Example:
        >>> from dipparse.text import prepare
        >>> p = prepare("Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son")
        >>> [[t.role for t in s] for s in stacks(p, find_titles(p, name_starts=frozenset({54})))]
        [['deputy prime minister', 'minister of foreign affairs']]
    """
    groups: list[list[TitleHit]] = []
    for t in titles:
        if groups and _STACK_GAP.match(p.lower[groups[-1][-1].end : t.start]):
            groups[-1].append(t)
        else:
            groups.append([t])
    return groups
