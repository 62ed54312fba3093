"""Fields of cooperation, matched in context.

A field word counts only where the text speaks of working together in the
field: after a cooperation word in the same sentence (``cooperation in trade,
investment and tourism``), right before one (``trade and investment
partnerships``, ``youth exchanges``), or a short reach after a verb of
cooperation (``boost trade``). A field word that stands inside the name of a
body (``Ministry of Industry and Trade``) is never a field. The vocabulary is
data (``data/fields.json``); users add their own with
:meth:`FieldTaxonomy.from_file` and :meth:`FieldTaxonomy.merged`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Generic, Literal, TypeVar

import attrs
import regex

from dipparse._data import load_json
from dipparse.errors import DataFileError
from dipparse.models import FieldMention, Mention, _new, _set
from dipparse.text import PreparedText, _diacritics_form, prepare

__all__ = ["FieldEntry", "FieldTaxonomy", "extract_fields", "phrase_key"]

Mode = Literal["context", "attached", "standalone"]
_MODES: tuple[Mode, ...] = ("context", "attached", "standalone")
# What a phrase of the lower-case table reads as: (kind, field name, mode).
_Label = tuple[str, str | None, Mode | None]
_MODE_KEYS = {"context": "surfaces", "attached": "attached", "standalone": "standalone"}
_CONTEXT_KEYS = (
    "triggers",
    "verbs",
    "modifiers",
    "stops",
    "organizations",
    "organizations_vi",
    "ignore",
)

# How far a cooperation word reaches forward, in characters, when the
# sentence goes on; a verb reaches only a few words.
_TRIGGER_REACH = 420
_VERB_REACH = 40

_SENTENCE_END = regex.compile(r"[.!?](?=[\s\"'”’)]*(?:\n|$|[\"“‘(]?\p{Lu}))|\n\s*\n|[.!?]\s*\n")
# The same on ASCII text, for the standard library's faster engine: there
# ``\s`` is these six characters and ``\p{Lu}`` is A-Z.
_SENTENCE_END_ASCII = re.compile(
    r"[.!?](?=[\t\n\x0b\x0c\r \"')]*(?:\n|$|[\"(]?[A-Z]))"
    r"|\n[\t\n\x0b\x0c\r ]*\n|[.!?][\t\n\x0b\x0c\r ]*\n"
)
# On other text, the standard library's engine finds the next place where a
# sentence may end, and answers there for the cases it reads as ``regex``
# does: narrower classes (the capitals of the Latin blocks, which ``regex``
# itself picks out of ``\p{Lu}``; the ASCII blanks), so that a match of theirs
# is one of ``_SENTENCE_END``'s with the same end. Anywhere else it stops at
# the ``maybe`` group and ``_SENTENCE_END`` decides.
_LATIN_CAPITALS = "".join(
    regex.findall(r"\p{Lu}", "".join(map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)])))
)
# It is tried only at such a character (see :func:`_next_break`).
_SENTENCE_END_SURE = re.compile(
    r"[.!?\n](?:"
    rf"(?<=[.!?])(?=[\t\n\x0b\x0c\r \"'”’)]*(?:\n|$|[\"“‘(]?[A-Z{_LATIN_CAPITALS}]))"
    # Only where no other blank follows the ASCII ones would ``\s*`` stop there too.
    r"|(?<=\n)[\t\n\x0b\x0c\r ]*\n(?![\t\n\x0b\x0c\r ]*[^\S\t\n\x0b\x0c\r ])"
    r"|(?P<maybe>))"
)
_GAP_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'-]*|[^\s\p{L}\p{N}]")
# The same on ASCII text, for the standard library's faster engine.
_GAP_TOKEN_ASCII = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*|[^\t\n\x0b\x0c\r A-Za-z0-9]")
_CONNECTORS = frozenset({",", "and", "&", "or", "/", "va"})
_PLAIN_GAP = _CONNECTORS | {'"', "'", "-", ""}
_FUNCTION_WORDS = frozenset(
    "in of with to for by on at from the a an its their his her our this that these those "
    "as is are was were be been will would should can could has have had which who".split()
)
_NAME_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.]*")
# The same with its words as the groups of a split, and both on ASCII text,
# for the standard library's faster engine.
_NAME_SPLIT = regex.compile(f"({_NAME_TOKEN.pattern})")
_NAME_TOKEN_ASCII = re.compile(r"[A-Za-z0-9][A-Za-z0-9'.]*")
_NAME_SPLIT_ASCII = re.compile(f"({_NAME_TOKEN_ASCII.pattern})")
_NAME_JOINERS = frozenset({"of", "and", "for", "the", "on", "&", "va", "-"})
_CHAIN_GAP = regex.compile(r"(?:[\s,&/-]|(?<![\w])(?:and|va)(?![\w])){0,12}")
_NAME_GAPS = frozenset({"", "-", "&", "–", "—"})
# Walking left from a capitalized word, a comma between capitalized words
# stays inside the name: ``Ministry of Culture, Sports and Tourism``.
_LEFT_NAME_GAPS = _NAME_GAPS | {","}


# The standard library's engine runs this plain class several times faster
# than `regex`; \w plus the combining marks is the same set of word characters.
_PHRASE_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+|[-&,/]")
_WORD_RUN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
_SPACE_OR_JOINER = frozenset(" ,&/-")
# A character beyond ASCII that the tokenizer skips.
_NON_ASCII_GAP = re.compile(r"[^\x00-\x7f](?<![^\W_])(?<![\u0300-\u036f])")
_JOINERS = frozenset("-&,/")
# In a text whose gaps are spaces: a word, and the next token after a position.
_SPACED_WORD = re.compile(r"[^ ,&/\-]+")
# Up to this many distinct opening words in a text are looked for one by one
# (``str.find`` of each as a whole part, the indices counted from the spaces
# before it, see :func:`_part_indices`); for more, one pass tests every part
# against the set, which costs about as much as ten words looked for.
_FEW_WORDS = 8
# An opener that is no phrase alone, with at most this many words after it,
# is looked for through those words.
_FEW_NEXT = 6
_SPACED_NEXT = re.compile(r" *([,&/\-]|[^ ,&/\-]+)")
# What the tokenizer skips, among ASCII characters: all but letters, digits
# and the joiners (the space is already a space).
_ASCII_GAPS = {c: " " for c in range(128) if not chr(c).isalnum() and chr(c) not in "-&,/ "}
_T = TypeVar("_T")
# A node of a phrase table's tree of tokens: what its key reads as, and the
# nodes one token longer.
_Node = tuple[_T | None, "dict[str, _Node[_T]] | None"]


def _word_paths(kids: dict[str, _Node[_T]] | None, most: int) -> tuple[frozenset[str], ...] | None:
    """The words (not the joiners) of each way from a node's children down to a phrase.

    ``None`` when there are more than ``most`` of them.
    """
    paths: list[frozenset[str]] = []
    todo = [(kids, frozenset[str]())]
    while todo:
        node_kids, have = todo.pop()
        for w, (value, more) in (node_kids or {}).items():
            need = have if w in _JOINERS else have | {w}
            if value is not None:
                paths.append(need)
            if more:
                todo.append((more, need))
        if len(paths) + len(todo) > most:
            return None
    return tuple(paths)


def _tokenize(s: str) -> list[str]:
    """The words and the joiners that matter of a lower-cased text (``&`` read as ``and``)."""
    toks = _PHRASE_TOKEN.findall(s)
    if "&" in s:
        toks = ["and" if t == "&" else t for t in toks]
    return toks


def _phrase_key(words: Iterable[str]) -> str:
    return " ".join(words).replace(" - ", "-")


def phrase_key(surface: str) -> str:
    """Return the key a surface is matched by: folded, lower-cased, tokens joined.

    Example:
        >>> phrase_key("Giáo dục – Đào tạo"), phrase_key("trade & investment")
        ('giao duc-dao tao', 'trade and investment')
    """
    # An ASCII surface folds to itself: lower-casing it is all prepare does
    # that changes its tokens, and the vocabulary has hundreds of them.
    return _phrase_key(_tokenize(surface.lower() if surface.isascii() else prepare(surface).lower))


def _spaces_for_gaps(s: str) -> str:
    """``s`` with every character the tokenizer skips made a space (same length, same tokens)."""
    t = s.translate(_ASCII_GAPS)
    return t if t.isascii() else _NON_ASCII_GAP.sub(" ", t)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or "\u0300" <= c <= "\u036f"


def _is_token_char(c: str) -> bool:
    return c.isalnum() or "\u0300" <= c <= "\u036f" or c in _JOINERS


class _Phrases(Generic[_T]):
    """Longest-match lookup of many phrases in a lower-cased text.

    A phrase is a sequence of tokens (words and the joiners ``-``, ``&``,
    ``,``, ``/``) with anything else between them; the last word may take a
    plural ``s``/``es`` when the phrase is pluralizable. The text's gaps are
    made spaces (:func:`_spaces_for_gaps`), so its words come out of one
    ``str.split``; a set lookup picks the few that can open a phrase, and only
    those are read on, word by word, against the table. Nothing is compiled:
    a table is ready as soon as it is built.
    """

    def __init__(self, table: Mapping[str, _T], plural: Iterable[str] = ()) -> None:
        self.table = dict(table)
        self.plural = frozenset(plural)
        prefixes: set[str] = set()
        firsts: set[str] = set()
        maxn = 0
        plain = bool(self.table) and self.plural <= self.table.keys()
        for k in self.table:
            words = k.replace("-", " - ").split(" ")
            prefixes.update(_phrase_key(words[:n]) for n in range(1, len(words)))
            firsts.add(words[0])
            maxn = max(maxn, len(words))
            if plain and (not k or "&" in k or words != _PHRASE_TOKEN.findall(k)):
                # Keys made by phrase_key are sequences of whole tokens;
                # anything else (hand-made keys) keeps to the token reader.
                plain = False
        self.prefixes = frozenset(prefixes)
        self.maxn = maxn
        # For each prefix, the tokens that make it a longer key or prefix (as
        # the text has them: ``&`` for ``and``, a plural where one is allowed):
        # a reader stops at any other token without building a key.
        follow: dict[str, set[str]] = {}
        for k in self.table:
            words = k.replace("-", " - ").split(" ")
            for n in range(1, len(words)):
                w = words[n]
                nxt = follow.setdefault(_phrase_key(words[:n]), set())
                nxt.add(w)
                if w == "and":
                    nxt.add("&")
            if len(words) > 1 and k in self.plural:
                nxt.update((words[-1] + "s", words[-1] + "es"))
        self._follow = {k: frozenset(v) for k, v in follow.items()}
        self._plain = plain
        # The words that can open a phrase, as they stand in a text: a
        # pluralizable phrase of one word also opens with its plural.
        openers = {w for w in firsts if w not in _JOINERS}
        for k in self.plural:
            if k in firsts:
                openers.update((k + "s", k + "es"))
        self._openers = frozenset(openers)
        joiners = {w for w in firsts if w in _JOINERS}
        if "and" in firsts:
            joiners.add("&")
        self._joiner_openers = "".join(sorted(joiners))
        if "and" in self._follow:
            self._follow["&"] = self._follow["and"]
        # A joiner that opens phrases only with a word after it (``, thus``)
        # is looked for where such a word stands, not at every comma.
        self._after_joiner: dict[str, str] = {}
        self._scanned_joiners = ""
        for j in self._joiner_openers:
            then = self._follow.get(j, frozenset())
            alone = self._get("and" if j == "&" else j) is not None
            if alone or not then.isdisjoint(_JOINERS):
                self._scanned_joiners += j
                continue
            for w in then:
                self._after_joiner[w] = self._after_joiner.get(w, "") + j
        self._scan_words = self._openers | self._after_joiner.keys()
        # The same table as a tree of tokens: each node holds what its key
        # reads as (``_get``) and the nodes one token longer, so a reader walks
        # it without building keys.
        self._roots: dict[str, _Node[_T]] = {w: self._node([w]) for w in openers}
        for j in self._after_joiner.values():
            for c in j:
                self._roots.setdefault(c, self._node(["and" if c == "&" else c]))
        # An opener that is no phrase alone (``the`` of ``the road to``) is
        # no candidate in a text that lacks a word each of its phrases needs.
        # Each as the words any one of which makes a way (paths of one word),
        # and the paths of several words.
        self._needs: dict[str, tuple[frozenset[str], tuple[frozenset[str], ...]]] = {}
        for w, (value, kids) in self._roots.items():
            if value is None and w not in self._after_joiner:
                paths = _word_paths(kids, 24)
                if paths is not None:
                    single = frozenset(w for n in paths if len(n) == 1 for w in n)
                    self._needs[w] = (single, tuple(n for n in paths if len(n) != 1))
        # Every joiner that opens a phrase is a root too, for the window reader.
        for c in self._joiner_openers:
            self._roots.setdefault(c, self._node(["and" if c == "&" else c]))
        # The whole-text reader looks for an opener that is no phrase alone
        # and goes on only with a few words (``the`` of ``the road to``) where
        # those words stand, one word back: ``the`` stands in every sentence,
        # ``road`` in few. A function word is too common to look for instead.
        self._before: dict[str, frozenset[str]] = {}
        moved: set[str] = set()
        for w in sorted(openers):
            value, kids = self._roots[w]
            if (
                value is not None
                or not kids
                or len(kids) > _FEW_NEXT
                or w in self._after_joiner
                or not _JOINERS.isdisjoint(kids)
                or not _FUNCTION_WORDS.isdisjoint(kids)
            ):
                continue
            moved.add(w)
            for k in kids:
                self._before[k] = self._before.get(k, frozenset()) | {w}
        self._all_openers = self._openers.difference(moved)
        self._special = frozenset(self._after_joiner.keys() | self._before.keys())
        # A word looked for only to find an opener before it: no candidate
        # where none of those openers is a word of the text.
        self._before_only = frozenset(
            w for w in self._before if w not in self._all_openers and w not in self._after_joiner
        )
        self._all_scan = self._all_openers | self._special
        # A word as a whole part of the padded spaced text: ``str.find`` of it
        # gives the next candidate's offset without a list of every word's.
        self._needles = {w: f" {w} " for w in self._all_scan | self._scan_words}
        # An opener looked for through a word after it is no candidate of its
        # own, and a word looked for to find the opener before it is kept.
        self._all_needs = {
            w: v for w, v in self._needs.items() if w not in moved and w not in self._before
        }

    def _node(self, words: list[str]) -> _Node[_T]:
        key = _phrase_key(words)
        nxt = self._follow.get(key)
        kids = None
        if nxt:
            kids = {w: self._node([*words, "and" if w == "&" else w]) for w in nxt}
        return self._get(key), kids

    def _get(self, key: str) -> _T | None:
        hit = self.table.get(key)
        if hit is None and key.endswith("s"):
            for base in (key[:-1], key[:-2] if key.endswith("es") else ""):
                if base in self.plural:
                    return self.table[base]
        return hit

    def _longest(self, s: str, start: int, stop: int) -> tuple[int, _T] | None:
        """The longest phrase of tokens from ``start`` that end by ``stop``: ``(end, value)``."""
        words: list[str] = []
        keys: list[tuple[int, str]] = []
        for m in _PHRASE_TOKEN.finditer(s, start):
            if m.end() > stop or len(words) >= self.maxn:
                break
            w = m.group()
            words.append("and" if w == "&" else w)
            key = _phrase_key(words)
            keys.append((m.end(), key))
            if key not in self.prefixes:
                break
        for end, key in reversed(keys):
            hit = self._get(key)
            if hit is not None:
                return end, hit
        return None

    def _inside_word(self, s: str, pos: int, start: int) -> bool:
        """True when the token at ``pos`` follows a hyphen inside a word (``socio-economic``).

        The readers ask only where no phrase they found ends at the hyphen: the
        two words of ``culture-tourism`` are two phrases.

        Both tokens before it must lie in the window that starts at ``start``.
        """
        if pos - 2 < start or s[pos - 1] != "-" or not _is_token_char(s[pos - 2]):
            return False
        if s[pos - 2] in _JOINERS or start == 0:
            return True
        # The word before the hyphen must start inside the window.
        return _WORD_RUN.fullmatch(s, start - 1, pos - 1) is None

    def finditer(
        self, s: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, int, _T]]:
        """Yield ``(start, end, value)`` of each longest phrase, left to right, not overlapping.

        Only phrases of tokens wholly inside ``s[start:end]`` count.
        """
        stop = len(s) if end is None else end
        if not self._plain:
            yield from self._finditer_tokens(s, start, stop)
            return
        yield from self._find(_spaced_words(_spaces_for_gaps(s)), start, stop)

    def in_text(
        self, p: PreparedText, start: int = 0, end: int | None = None
    ) -> list[tuple[int, int, _T]]:
        """What :meth:`finditer` yields for ``p.lower``, with the spaced words shared per text."""
        stop = len(p.lower) if end is None else end
        if not self._plain:
            return list(self._finditer_tokens(p.lower, start, stop))
        sw = spaced_words_of(p)
        if start == 0 and stop == len(sw.text) and not self._scanned_joiners:
            return self._find_all(sw)
        return self._find(sw, start, stop)

    def _find_all(self, sw: _SpacedWords) -> list[tuple[int, int, _T]]:
        """What :meth:`_find` gives for the whole text, for a table with no scanned joiners.

        One pass over the words that can open a phrase, in text order: the
        candidates are met in the order :meth:`_find` sorts them into, a
        joiner that opens a phrase right before its word, and each is read on
        through the tree of tokens, the next word taken from ``parts`` where a
        single space stands before it.
        """
        parts = sw.parts
        words = sw.words
        hits = self._all_scan.intersection(words)
        needs = self._all_needs
        dead = []
        for w in hits.intersection(needs):
            single, several = needs[w]
            if single.isdisjoint(words) and not any(map(words.issuperset, several)):
                dead.append(w)
        # Such a word finds an opener before it only where the opener is a
        # whole part, one of ``words``.
        before = self._before
        for w in hits.intersection(self._before_only):
            if before[w].isdisjoint(words):
                dead.append(w)
        if dead:
            hits = hits.difference(dead)
        if not hits:
            return []
        t = sw.text
        size = len(t)
        at: Iterable[int]
        # The offsets of the candidates, where finding them gave them.
        known: list[int] | None = None
        if len(hits) > _FEW_WORDS:
            at = itertools.compress(_counting(len(parts)), map(hits.__contains__, parts))
        else:
            at, known = _part_indices(sw, hits, self._needles)
        roots = self._roots
        after = self._after_joiner
        openers = self._all_openers
        special = self._special
        out: list[tuple[int, int, _T]] = []
        pos = 0
        # :meth:`_SpacedWords.located` written out: this loop visits every
        # candidate of every text, and the list of tuples would cost 5 % of
        # the fields stage.
        find = sw.padded.find
        needles = self._needles
        b = 0
        j = -9
        n = 0
        for i in at:
            w = parts[i]
            if known is None:
                d = i - j
                if d == 1:
                    a = b + 1
                elif d == 2:
                    a = b + 2 + len(parts[j + 1])
                elif d == 3:
                    a = b + 3 + len(parts[j + 1]) + len(parts[j + 2])
                else:
                    a = find(needles[w], b)
                j = i
            else:
                a = known[n]
                n += 1
            b = a + len(w)
            if w in special:
                if w in after:
                    k = a - 1
                    while k >= 0 and t[k] == " ":
                        k -= 1
                    # A joiner opening a phrase before this word (``, thus``).
                    if (
                        k >= pos
                        and t[k] in after[w]
                        and not (k >= 2 and t[k - 1] == "-" and t[k - 2] != " ")
                    ):
                        found = self._walk(t, parts, k + 1, -1, roots[t[k]], size)
                        if found is not None:
                            out.append((k, found[0], found[1]))
                            pos = found[0]
                if w in before and a and t[a - 1] == " ":
                    # An opener that goes on with this word, a word before it:
                    # after a single space, the part before this one.
                    o = parts[i - 1]
                    if o:
                        if o in before[w]:
                            c = a - 1 - len(o)
                            if c >= pos and not (
                                c >= 2 and t[c - 1] == "-" and t[c - 2] != " " and pos != c - 1
                            ):
                                # The walk's first step, written out: the
                                # opener is no phrase alone, and this word
                                # (one of its next words) follows it.
                                kids = roots[o][1]
                                step = kids[w] if kids is not None else (None, None)
                                if step[1] is not None:
                                    found = self._walk(t, parts, b, i, step, size)
                                elif step[0] is not None:
                                    found = (b, step[0])
                                else:
                                    found = None
                                if found is not None:
                                    out.append((c, found[0], found[1]))
                                    pos = found[0]
                    else:
                        k = a - 2
                        while k >= 0 and t[k] == " ":
                            k -= 1
                        for o in before[w]:
                            c = k + 1 - len(o)
                            if (
                                c >= pos
                                and t.startswith(o, c)
                                and (c == 0 or t[c - 1] in _SPACE_OR_JOINER)
                                and not (
                                    c >= 2 and t[c - 1] == "-" and t[c - 2] != " " and pos != c - 1
                                )
                            ):
                                found = self._walk(t, parts, k + 1, -1, roots[o], size)
                                if found is not None:
                                    out.append((c, found[0], found[1]))
                                    pos = found[0]
                                break
                if w not in openers:
                    continue
            if a < pos or (t[a - 1] == "-" and a >= 2 and t[a - 2] != " " and pos != a - 1):
                # Inside a phrase found, or after a hyphen inside a word (in
                # the spaced text every character but a space is a token's)
                # unless a phrase ends at the hyphen: ``culture-tourism``.
                continue
            node = roots[w]
            value, kids = node
            if kids is not None and b < size:
                nw = parts[i + 1] if t[b] == " " else ""
                if not nw:
                    found = self._walk(t, parts, b, i, node, size)
                    if found is not None:
                        out.append((a, found[0], found[1]))
                        pos = found[0]
                    continue
                # Most openers of longer phrases stand alone, and most
                # phrases that go on end with the next word: the first step
                # of :meth:`_walk`, written out, where a single space comes
                # before the next word.
                nxt = kids.get(nw)
                if nxt is not None:
                    e = b + 1 + len(nw)
                    nvalue, nkids = nxt
                    if nkids is not None:
                        found = self._walk(t, parts, e, i + 1, nxt, size)
                        if found is not None:
                            out.append((a, found[0], found[1]))
                            pos = found[0]
                            continue
                    elif nvalue is not None:
                        out.append((a, e, nvalue))
                        pos = e
                        continue
            if value is not None:
                out.append((a, b, value))
                pos = b
        return out

    def _walk(
        self, t: str, parts: list[str], b: int, i: int, node: _Node[_T], stop: int
    ) -> tuple[int, _T] | None:
        """The longest phrase that goes on from ``node`` after offset ``b``: ``(end, value)``.

        ``i`` is the index in ``parts`` of the word that ends at ``b``, or -1;
        the phrase ends by ``stop``.
        """
        value, kids = node
        best = None if value is None else (b, value)
        # Where the next token is looked for: past ``b`` over spaces that
        # hold no token. With ``i >= 0``, ``parts[i]`` ends there (a space or
        # a joiner follows it in ``t``), or, when ``glued``, ``parts[i + 1]``
        # starts there (right after a joiner): the tokens come out of
        # ``parts`` as ``_SPACED_NEXT`` reads them, without the engine.
        q = b
        glued = False
        while kids is not None and q < stop:
            if i < 0:
                m = _SPACED_NEXT.match(t, q)
                if m is None or m.end() > stop:
                    break
                w = m.group(1)
                e = m.end()
            elif glued:
                glued = False
                i += 1
                w = parts[i]
                if not w:
                    continue
                e = q + len(w)
            elif t[q] == " ":
                i += 1
                w = parts[i]
                if not w:
                    q += 1
                    continue
                e = q + 1 + len(w)
            else:
                # A joiner: a token of its own, and the next part starts after it.
                w = t[q]
                e = q + 1
                glued = True
            if e > stop:
                break
            nxt = kids.get(w)
            if nxt is None:
                break
            q = b = e
            value, kids = nxt
            if value is not None:
                best = (b, value)
        return best

    def _find(self, sw: _SpacedWords, start: int, stop: int) -> list[tuple[int, int, _T]]:
        t = sw.text
        size = len(t)
        openers = self._openers
        parts = sw.parts
        # Each candidate: its offset, its token, and its index in ``parts``
        # (-1 when it is not known).
        cands: list[tuple[int, str, int]]
        joiners = self._joiner_openers
        if start == 0 and stop == size:
            hits = self._scan_words.intersection(sw.words)
            if len(hits) > _FEW_WORDS:
                at: Iterable[int] = itertools.compress(
                    range(len(parts)), map(hits.__contains__, parts)
                )
                cands = sw.located(at, self._needles)
            else:
                # A few words: ``str.find`` finds each at the speed of C,
                # and with it the offset of each.
                indices, offsets = _part_indices(sw, hits, self._needles)
                cands = list(zip(offsets, map(parts.__getitem__, indices), indices, strict=True))
            after = self._after_joiner
            if after:
                with_joiners = []
                for a, w, i in cands:
                    js = after.get(w)
                    if js is not None:
                        k = a - 1
                        while k >= 0 and t[k] == " ":
                            k -= 1
                        if k >= 0 and t[k] in js:
                            with_joiners.append((k, t[k], -1))
                        if w not in openers:
                            continue
                    with_joiners.append((a, w, i))
                cands = with_joiners
            joiners = self._scanned_joiners
        else:
            cands = []
            for m in _SPACED_WORD.finditer(t, start, stop):
                w = m.group()
                if w in openers:
                    a, b = m.span()
                    if (a == start and a and t[a - 1] not in _SPACE_OR_JOINER) or (
                        b == stop < size and t[b] not in _SPACE_OR_JOINER
                    ):
                        continue  # a word cut by the window
                    cands.append((a, w, -1))
        if joiners:
            for j in joiners:
                i = t.find(j, start, stop)
                while i >= 0:
                    cands.append((i, j, -1))
                    i = t.find(j, i + 1, stop)
            cands.sort()
        out: list[tuple[int, int, _T]] = []
        pos = 0
        roots = self._roots
        for a, w, i in cands:
            if a < pos or (
                a and t[a - 1] == "-" and pos != a - 1 and self._inside_word(t, a, start)
            ):
                continue
            b = a + len(w)
            value, kids = roots[w]
            if kids is not None:
                # Most openers of longer phrases stand alone: look at the
                # next token before reading on.
                nt: str | None
                if b >= stop:
                    nt = ""
                elif i >= 0:
                    # The part ends at a space or a joiner; after a single
                    # space the next part is the next token.
                    c = t[b]
                    nt = c if c != " " else (parts[i + 1] or None)
                else:
                    after_m = _SPACED_NEXT.match(t, b)
                    nt = after_m.group(1) if after_m is not None else ""
                if nt is None or nt in kids:
                    found = self._walk(t, parts, b, i, (value, kids), stop)
                    if found is not None:
                        out.append((a, found[0], found[1]))
                        pos = found[0]
                    continue
            if value is not None:
                out.append((a, b, value))
                pos = b
        return out

    def _finditer_tokens(self, s: str, start: int, stop: int) -> Iterator[tuple[int, int, _T]]:
        """The token-by-token reader, for tables the fast reader cannot take."""
        first = {k.replace("-", " - ").split(" ")[0] for k in self.table}
        first |= {w + "s" for w in first} | {w + "es" for w in first}
        pos = start
        for m in _PHRASE_TOKEN.finditer(s, start):
            a = m.start()
            if m.end() > stop:
                return
            if a < pos:
                continue
            w = m.group()
            if a == start and a and w[0] not in _JOINERS and _WORD_RUN.match(s, a - 1):
                continue  # the end of a word that starts before the window
            if ("and" if w == "&" else w) not in first:
                continue
            if a and s[a - 1] == "-" and pos != a - 1 and self._inside_word(s, a, start):
                continue
            found = self._longest(s, a, stop)
            if found is not None:
                yield a, found[0], found[1]
                pos = found[0]

    def search(self, s: str, start: int = 0, end: int | None = None) -> bool:
        """True when some phrase occurs in ``s[start:end]``."""
        return next(self.finditer(s, start, end), None) is not None


@attrs.frozen
class _SpacedWords:
    """A lower-cased text with its gaps made spaces, and its words as ``str.split`` gives them."""

    text: str
    parts: list[str]
    """The text with the joiners made spaces too, split at each space."""
    padded: str
    """What ``parts`` was split from, with a space before and after: the
    part that is word ``w`` at offset ``x`` is ``padded.find(f" {w} ", y)``
    for any ``y`` after the part before it that is ``w``, up to ``x``."""
    words: frozenset[str]

    def located(self, at: Iterable[int], needles: Mapping[str, str]) -> list[tuple[int, str, int]]:
        """``(offset, word, index)`` of each part at the rising indices ``at``.

        Each part lies past the one before: a few parts on, their lengths
        give the way to it; farther, ``str.find`` of the word as a whole part
        (``needles[w]``, the word between spaces) from there.
        """
        parts = self.parts
        find = self.padded.find
        out = []
        b = 0
        j = -9
        for i in at:
            w = parts[i]
            d = i - j
            if d == 1:
                a = b + 1
            elif d == 2:
                a = b + 2 + len(parts[j + 1])
            elif d == 3:
                a = b + 3 + len(parts[j + 1]) + len(parts[j + 2])
            else:
                a = find(needles[w], b)
            b = a + len(w)
            j = i
            out.append((a, w, i))
        return out


# The same for ASCII text as a byte table, which ``bytes.translate`` applies
# at memory speed: the gaps made spaces.
_ASCII_GAP_BYTES = bytes(ord(" ") if c in _ASCII_GAPS else c for c in range(256))


def _spaced_words(t: str) -> _SpacedWords:
    # With the joiners made spaces too (``u``), a split at each space gives the
    # words (and empty parts between adjacent spaces). Their offsets are
    # found where needed, not summed up for every word. Four replacements of
    # one character by another (a scan in C each, a copy where it occurs)
    # cost several times less than a translation of every character.
    u = t.replace("-", " ").replace("&", " ").replace(",", " ").replace("/", " ")
    parts = u.split(" ") if t else []
    return _SpacedWords(t, parts, f" {u} ", frozenset(parts))


_COUNT: list[int] = list(range(4096))


def _counting(n: int) -> list[int]:
    """The integers from 0 on, at least ``n`` of them: indices without making an object each."""
    global _COUNT
    count = _COUNT
    if len(count) < n:
        # A new list, bound at once: a thread reading the old one still reads 0, 1, 2, ...
        count = _COUNT = list(range(max(n, 2 * len(count))))
    return count


def _part_indices(
    sw: _SpacedWords, words: Iterable[str], needles: Mapping[str, str]
) -> tuple[list[int], list[int]]:
    """The indices of ``sw.parts`` that hold one of ``words``, rising, and their offsets in ``sw.text``.

    ``needles[w]`` is ``w`` between spaces: its matches in ``sw.padded`` are
    the parts that are ``w``, each found at the offset of its word in
    ``sw.text``. A part's index is the count of spaces before it in the split
    text, counted on from the part before.
    """
    padded = sw.padded
    find = padded.find
    at: list[int] = []
    for w in words:
        needle = needles[w]
        x = find(needle)
        while x >= 0:
            at.append(x)
            x = find(needle, x + 1)
    at.sort()
    count = padded.count
    out = []
    i = 0
    last = 0
    for x in at:
        # ``padded`` holds the split text one place on: its spaces in
        # ``last + 1 .. x`` are the split text's in ``last .. x - 1``.
        i += count(" ", last + 1, x + 1)
        out.append(i)
        last = x
    return out, at


def _spaced_text(p: PreparedText) -> _SpacedWords:
    s = p.lower
    if s.isascii():
        return _spaced_words(s.encode("ascii").translate(_ASCII_GAP_BYTES).decode("ascii"))
    return _spaced_words(_spaces_for_gaps(s))


def spaced_words_of(p: PreparedText) -> _SpacedWords:
    """The spaced split of ``p.lower``, computed once per prepared text and shared."""
    return p.memo("fields.spaced", _spaced_text)


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _fail(source: str, where: str, reason: str) -> DataFileError:
    return DataFileError(source, where, reason)


def _str_list(value: Any, source: str, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(source, where, "must be a list of non-empty strings")
    return [v.strip() for v in value]


@attrs.frozen
class FieldEntry:
    """One field of cooperation and the words that name it.

    Attributes:
        name: The canonical name reported in :attr:`FieldMention.name`.
        surfaces: Words that name the field where the text speaks of cooperation.
        attached: Words that name it only right before a cooperation word.
        standalone: Words that name it wherever they stand.

    Example:
        >>> FieldEntry("space", ("space technology",)).name
        'space'
    """

    name: str
    surfaces: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    attached: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    standalone: tuple[str, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen
class _Compiled:
    lower: _Phrases[tuple[str, str | None, Mode | None]]
    cased: regex.Pattern[str] | None
    cased_labels: dict[str, tuple[str, str | None, Mode | None]]
    organizations: frozenset[str]
    organization_phrases: tuple[str, ...]
    """The names in :attr:`organizations` of several words, padded with a space."""
    triggers: frozenset[str]
    trigger_words: frozenset[str]
    trigger_phrases: tuple[str, ...]
    marked: dict[str, frozenset[str]]
    """For a key only surfaces with diacritics give, their :func:`~dipparse.text._diacritics_form` forms."""
    trigger_memo: dict[str, bool] = attrs.field(factory=dict)
    """:func:`_span_has_trigger`'s answers so far."""


@attrs.frozen(eq=False)
class FieldTaxonomy:
    """The fields of cooperation dipparse reports and how the text names them.

    Build the shipped taxonomy with :meth:`default`, your own from a JSON file
    with :meth:`from_file` (the shape of ``dipparse/data/fields.json``), and
    combine them with :meth:`merged`. A taxonomy is immutable; its matcher is
    compiled on first use and then reused.

    Attributes:
        fields: The fields, in the order given.
        context: The context vocabulary: ``triggers``, ``verbs``, ``stops``,
            ``organizations``, ``organizations_vi`` and ``ignore`` lists.

    Example:
        >>> tax = FieldTaxonomy.default().merged(
        ...     FieldTaxonomy.from_dict({"fields": [{"name": "space", "surfaces": ["space"]}]}))
        >>> "space" in tax.names and "trade" in tax.names
        True
    """

    fields: tuple[FieldEntry, ...] = attrs.field(converter=_tuple)
    context: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    _cache: dict[str, Any] = attrs.field(factory=dict, init=False, repr=False)

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical field names, in order.

        Example:
            >>> FieldTaxonomy.default().names[:2]
            ('trade', 'investment')
        """
        return tuple(f.name for f in self.fields)

    @classmethod
    def default(cls) -> FieldTaxonomy:
        """Return the taxonomy that ships with dipparse (loaded once, then shared).

        Example:
            >>> len(FieldTaxonomy.default().names) >= 30
            True
        """
        return _default_taxonomy()

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "<dict>") -> FieldTaxonomy:
        """Build a taxonomy from an object shaped like ``data/fields.json``.

        ``{"fields": [{"name": ..., "surfaces": [...], "attached": [...],
        "standalone": [...]}], "context": {"triggers": [...], ...}}``; every
        key but ``fields`` and each entry's ``name`` is optional.

        Args:
            data: The parsed JSON object.
            source: What to call it in error messages.

        Raises:
            DataFileError: ``data`` or an entry is malformed; the message names
                ``source`` and the entry.

        Example:
            >>> FieldTaxonomy.from_dict({"fields": [{"name": "space", "surfaces": ["space"]}]}).names
            ('space',)
            >>> FieldTaxonomy.from_dict({"fields": [{"surfaces": ["x"]}]}, source="my.json")
            Traceback (most recent call last):
            ...
            dipparse.errors.DataFileError: my.json, fields[0]: 'name' must be a non-empty string
        """
        if not isinstance(data, dict) or not isinstance(data.get("fields"), list):
            raise _fail(source, "", "expected an object with a 'fields' list")
        entries: list[FieldEntry] = []
        for i, raw in enumerate(data["fields"]):
            where = f"fields[{i}]"
            if not isinstance(raw, dict):
                raise _fail(source, where, "must be an object")
            name = raw.get("name")
            if not isinstance(name, str) or not name.strip():
                raise _fail(source, where, "'name' must be a non-empty string")
            where = f"fields[{i}] ({name!r})"
            unknown = set(raw) - {"name", "surfaces", "attached", "standalone"}
            if unknown:
                raise _fail(source, where, f"unknown key(s) {sorted(unknown)}")
            lists = {k: _str_list(raw.get(k), source, f"{where}.{k}") for k in _MODE_KEYS.values()}
            if not any(lists.values()):
                raise _fail(source, where, "needs at least one surface")
            entries.append(
                FieldEntry(name.strip(), lists["surfaces"], lists["attached"], lists["standalone"])
            )
        ctx_raw = data.get("context", {})
        if not isinstance(ctx_raw, dict):
            raise _fail(source, "context", "must be an object")
        unknown = set(ctx_raw) - set(_CONTEXT_KEYS)
        if unknown:
            raise _fail(source, "context", f"unknown key(s) {sorted(unknown)}")
        context = {k: tuple(_str_list(ctx_raw.get(k), source, f"context.{k}")) for k in ctx_raw}
        return cls(tuple(entries), context)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> FieldTaxonomy:
        """Read a taxonomy from a JSON file shaped like ``data/fields.json``.

        Args:
            path: The file.

        Raises:
            DataFileError: The file cannot be read, is not JSON, or an entry is
                malformed; the message names the file and the entry.

        Example:
            >>> import json, pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "space.json"
            >>> _ = path.write_text(json.dumps(
            ...     {"fields": [{"name": "space", "surfaces": ["space exploration"]}]}))
            >>> tax = FieldTaxonomy.default().merged(FieldTaxonomy.from_file(path))
            >>> [f.name for f in extract_fields(prepare("Cooperation in space exploration."),
            ...                                 taxonomy=tax)]
            ['space']
        """
        source = os.fspath(path)
        try:
            with open(source, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise _fail(source, "", f"cannot read: {exc}") from exc
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise _fail(source, f"line {exc.lineno}", f"invalid JSON: {exc.msg}") from exc
        return cls.from_dict(data, source=source)

    def merged(self, *others: FieldTaxonomy) -> FieldTaxonomy:
        """Return a taxonomy with the fields and context words of ``self`` and ``others``.

        Surfaces of a field already known are added to it; a new name is
        appended. A surface a later taxonomy gives to another field moves to
        that field, so a user file can correct the shipped mapping.

        Example:
            >>> extra = FieldTaxonomy.from_dict({"fields": [{"name": "trade", "surfaces": ["barter"]}]})
            >>> "barter" in FieldTaxonomy.default().merged(extra).fields[0].surfaces
            True
        """
        owner: dict[str, tuple[str, Mode]] = {}
        order: dict[str, None] = {}
        originals: dict[str, str] = {}
        context: dict[str, dict[str, None]] = {}
        for tax in (self, *others):
            for entry in tax.fields:
                order.setdefault(entry.name, None)
                for mode in _MODES:
                    for s in getattr(entry, _MODE_KEYS[mode]):
                        key = phrase_key(s) if not _is_cased(s) else s
                        owner.pop(key, None)
                        owner[key] = (entry.name, mode)
                        originals[key] = s
            for k, words in tax.context.items():
                context.setdefault(k, {}).update(dict.fromkeys(words))
        by_name: dict[str, dict[Mode, list[str]]] = {n: {m: [] for m in _MODES} for n in order}
        for key, (name, mode) in owner.items():
            by_name[name][mode].append(originals[key])
        entries = tuple(
            FieldEntry(n, by_name[n]["context"], by_name[n]["attached"], by_name[n]["standalone"])
            for n in order
            if any(by_name[n].values())
        )
        return FieldTaxonomy(entries, {k: tuple(v) for k, v in context.items()})

    def _compiled(self) -> _Compiled:
        compiled: _Compiled | None = self._cache.get("compiled")
        if compiled is None:
            compiled = _compile(self)
            self._cache["compiled"] = compiled
        return compiled


def _is_cased(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _compile(tax: FieldTaxonomy) -> _Compiled:
    ctx = tax.context
    triggers = {phrase_key(t) for t in ctx.get("triggers", ())}
    labels: dict[str, tuple[str, str | None, Mode | None]] = {}
    cased: dict[str, tuple[str, str | None, Mode | None]] = {}
    plural: set[str] = set()
    marked: dict[str, set[str]] = {}
    plain: set[str] = set()
    for entry in tax.fields:
        for mode in _MODES:
            for s in getattr(entry, _MODE_KEYS[mode]):
                if _is_cased(s):
                    cased[s] = ("field", entry.name, mode)
                    continue
                key = phrase_key(s)
                auto = _has_trigger(key, triggers)
                labels[key] = ("field", entry.name, "standalone" if auto else mode)
                if s.isascii():
                    plural.add(key)
                    plain.add(key)
                else:
                    marked.setdefault(key, set()).add(_diacritics_form(s))
    for kind in ("triggers", "verbs", "modifiers", "stops", "ignore"):
        for s in ctx.get(kind, ()):
            labels.setdefault(phrase_key(s), (kind, None, None))
    cased_pat = None
    if cased:
        cbody = "|".join(regex.escape(k) for k in sorted(cased, key=lambda k: (-len(k), k)))
        cased_pat = regex.compile(rf"(?<![\w-])(?:{cbody})(?![\w-])")
    orgs = frozenset(
        phrase_key(o) for k in ("organizations", "organizations_vi") for o in ctx.get(k, ())
    )
    return _Compiled(
        _Phrases(labels, plural),
        cased_pat,
        cased,
        orgs,
        tuple(f" {o} " for o in sorted(orgs) if " " in o),
        frozenset(triggers),
        frozenset(t for t in triggers if " " not in t),
        tuple(sorted(t for t in triggers if " " in t)),
        {k: frozenset(v) for k, v in marked.items() if k not in plain},
    )


@functools.cache
def _default_taxonomy() -> FieldTaxonomy:
    return FieldTaxonomy.from_dict(load_json("fields.json"), source="dipparse/data/fields.json")


def _in_name(p: PreparedText, start: int, orgs: frozenset[str], phrases: tuple[str, ...]) -> bool:
    """True when the capitalized word at ``start`` is part of the name of a body.

    ``phrases`` are the names of ``orgs`` of several words, each padded with a space.
    """
    text = p.text
    if not text[start : start + 1].isupper():
        return False
    lower = p.lower
    # The words and gaps to the left come out of one split of the window
    # before ``start``: token k is ``left[2k - 1]``, the gaps around it
    # ``left[2k - 2]`` and ``left[2k]``; an ASCII window takes the faster engine.
    lo = max(0, start - 120)
    hi = min(len(text), start + 160)
    ascii_window = text[lo:hi].isascii()
    left = (_NAME_SPLIT_ASCII if ascii_window else _NAME_SPLIT).split(text[lo:start])
    run: list[str] = []
    # Walk left over capitalized words, joiners between them, and the lower-case
    # second syllable of a Vietnamese word (``Giáo dục``). Read right to left, so
    # this part of the run is reversed below.
    pos = start
    for k in range(len(left) - 2, 0, -2):
        gap = left[k + 1]
        if gap.strip() not in _LEFT_NAME_GAPS:
            break
        tok = left[k]
        end = pos - len(gap)
        pos = end - len(tok)
        low = lower[pos:end]
        # A Vietnamese name capitalizes its first syllable only (``Tổng công
        # ty``): a lower-case syllable one or two plain spaces after a capital.
        if (
            tok[0].isupper()
            or low in _NAME_JOINERS
            or (
                k > 1
                and not left[k - 1].strip()
                and (
                    left[k - 2][0].isupper()
                    or (k > 3 and left[k - 4][0].isupper() and not left[k - 3].strip())
                )
            )
        ):
            run.append(low)
            continue
        break
    run.reverse()
    prev_end = start
    prev_cap = True
    for m in (_NAME_TOKEN_ASCII if ascii_window else _NAME_TOKEN).finditer(text, start, hi):
        a, b = m.span()
        if text[prev_end:a].strip() not in _NAME_GAPS:
            break
        cap = text[a].isupper()
        low = lower[a:b]
        if cap or low in _NAME_JOINERS or (prev_cap and len(run) < 12):
            run.append(low)
            prev_end = b
            prev_cap = cap
            if len(run) > 14 or (low[-1] == "." and len(low) > 4):
                # A word's full stop, not an abbreviation's, ends the sentence
                # and the name: "... on Agricultural Cooperation. Prime Minister".
                break
            continue
        break
    words = [w.rstrip(".") for w in run]
    if not orgs.isdisjoint(words):
        return True
    # Padded, so that a name of several words matches whole words only.
    joined = f" {' '.join(words)} "
    return any(map(joined.__contains__, phrases))


def _sentence_ends(text: str) -> list[int]:
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    ends.append(len(text) + 1)
    return ends


def _next_break(text: str, pos: int) -> int:
    """The first offset from ``pos`` of one of ``.!?`` or a newline, else -1.

    Four ``str.find`` calls, each bounded by the nearest found so far, scan
    at memory speed; a class's search tests the four at every character.
    """
    best = len(text)
    for c in ".\n?!":
        i = text.find(c, pos, best)
        if i >= 0:
            best = i
    return best if best < len(text) else -1


def _sentence_end_after(text: str, pos: int) -> int:
    """Where ``_SENTENCE_END.search(text, pos)`` ends, or ``len(text) + 1``.

    A match starts at one of ``.!?`` or a newline, so the first place where it
    does is the first such character at which it matches. At each,
    ``_SENTENCE_END_SURE`` matches (its last branch is empty), and answers
    unless that branch is the one it took. The most common end, a full stop
    with a space and a capital A-Z after it, is one its first branch takes.
    """
    size = len(text)
    while True:
        # :func:`_next_break`, written out: it runs for most cooperation words.
        c = size
        for ch in ".\n?!":
            i = text.find(ch, pos, c)
            if i >= 0:
                c = i
        if c == size:
            return size + 1
        if text[c] == "." and text[c + 1 : c + 2] == " " and "A" <= text[c + 2 : c + 3] <= "Z":
            return c + 1
        m = _SENTENCE_END_SURE.match(text, c)
        if m is not None and m.lastindex is None:
            return m.end()
        e = _SENTENCE_END.match(text, c)
        if e is not None:
            return e.end()
        pos = c + 1


def _sentence_end_after_ascii(text: str, pos: int) -> int:
    """Where ``_SENTENCE_END_ASCII.search(text, pos)`` ends, or ``len(text) + 1``.

    Every match starts at one of ``.!?`` or a newline: it is tried there only.
    """
    c = _next_break(text, pos)
    while c >= 0:
        m = _SENTENCE_END_ASCII.match(text, c)
        if m is not None:
            return m.end()
        c = _next_break(text, c + 1)
    return len(text) + 1


def _gap_ok(gap: str) -> bool:
    """True when only connectors and at most one modifier stand between a surface and its anchor."""
    if len(gap) <= 32 and _PLAIN_GAP.issuperset(gap.split(" ")):
        # Each part is one token and a connector: the common case, read
        # without the tokenizer. A long gap is most often a sentence that
        # fails within a few tokens, and not worth splitting whole.
        return True
    others = 0
    # Read token by token: a long gap most often fails within a few words.
    for m in (_GAP_TOKEN_ASCII if gap.isascii() else _GAP_TOKEN).finditer(gap):
        tok = m.group()
        if tok in _CONNECTORS or tok in ('"', "'", "-"):
            continue
        if not tok[0].isalnum() or tok in _FUNCTION_WORDS:
            return False
        others += 1
        if others > 1:
            return False
    return True


def extract_fields(
    p: PreparedText, language: str | None = None, taxonomy: FieldTaxonomy | None = None
) -> tuple[FieldMention, ...]:
    """Return the fields of cooperation ``p`` names, each with all its mentions.

    Args:
        p: The prepared text.
        language: ``"en"``, ``"vi"`` or ``None``; both vocabularies are matched
            either way, so mixed text works.
        taxonomy: The fields to look for; default :meth:`FieldTaxonomy.default`.

    Returns:
        One :class:`FieldMention` per field, in order of first mention.

    Example:
        >>> fs = extract_fields(prepare("They agreed to boost cooperation in trade and tourism."))
        >>> [(f.name, f.mentions[0].text) for f in fs]
        [('trade', 'trade'), ('tourism', 'tourism')]
        >>> extract_fields(prepare("He met the Minister of Industry and Trade."))
        ()
    """
    comp = (taxonomy or FieldTaxonomy.default())._compiled()
    # Each event: (start, end, (kind, name, mode)).
    events = comp.lower.in_text(p)
    if comp.cased is not None:
        _add_cased(comp.cased, comp.cased_labels, p.folded, events)
    if not any(hit[0] == "field" for _, _, hit in events):
        return ()
    text = p.text
    if comp.marked and language != "en" and not text.isascii():
        # Where the text writes a Vietnamese surface's diacritics, they must be
        # the surface's own: ``ngày càng`` (ever more) names no ``cảng`` (port).
        # An English text's words with diacritics are names, which hold no
        # field. Most events are no field, or a field written in ASCII: tested inline.
        kept = [
            ev
            for ev in events
            if ev[2][0] != "field"
            or text[ev[0] : ev[1]].isascii()
            or not _other_word(comp, p, ev[0], ev[1])
        ]
        if len(kept) < len(events):
            events = kept
            if not any(hit[0] == "field" for _, _, hit in events):
                return ()
    # The end of the sentence after a position is searched for from there, on
    # need: no end's match holds a letter, a digit or a joiner, so from such a
    # position the next match is the one a scan of the whole text finds. The
    # positions asked for rise, so the last answer serves until it is passed.
    ends: list[int] = []
    end_after = _sentence_end_after_ascii if text.isascii() else _sentence_end_after
    last = [0, -1]  # [asked from, answer]

    def sentence_end(pos: int) -> int:
        if last[0] <= pos < last[1]:
            return last[1]
        c = text[pos : pos + 1]
        if not (c.isalnum() or c in _JOINERS):
            if not ends:
                ends.extend(_sentence_ends(text))
            return ends[bisect.bisect_right(ends, pos)] if pos < ends[-1] else ends[-1]
        end = end_after(text, pos)
        last[0] = pos
        last[1] = end
        return end

    # Which events are counted, by index: a flag each, so that the counted
    # ones come out of one ``itertools.compress`` in text order.
    counted = bytearray(len(events))
    lower = p.lower
    orgs = comp.organizations
    phrases = comp.organization_phrases
    # Cooperation words that stand in the name of a body (``Shanghai
    # Cooperation Organization``, ``Steering Committee for Bilateral
    # Cooperation``) name the body, and open no cooperation. Whether a
    # capitalized one does is asked only where a field depends on it, once.
    named: dict[int, bool] = {}

    def in_name(i: int) -> bool:
        hit = named.get(i)
        if hit is None:
            hit = named[i] = _in_name(p, events[i][0], orgs, phrases)
        return hit

    # One pass, left to right. A surface right before a cooperation word, or
    # before a surface that is, is attached ("trade and investment
    # partnerships"): the surfaces since the last other event wait in ``run``
    # until a cooperation word (or a standalone surface holding one) takes
    # them, last first, as far as the gaps between them allow.
    run: list[int] = []
    # Surfaces within the reach of a cooperation word or verb.
    open_until = -1
    # The reaches of capitalized cooperation words: (until, index).
    capital_reach: list[tuple[int, int]] = []
    chain: int | None = None  # end of a modifier (``bilateral``) and the surfaces right after it
    for i, (s, e, (kind, _name, mode)) in enumerate(events):
        if kind == "field":
            if mode == "standalone":
                counted[i] = 1
                if _span_has_trigger(comp, lower[s:e]):
                    if run:
                        _attach(events, run, s, lower, counted)
                        run = []
                else:
                    run.append(i)
            else:
                run.append(i)
            if chain is not None and _CHAIN_GAP.fullmatch(lower, chain, s):
                counted[i] = 1
                chain = e
                continue
            chain = None
            if mode == "standalone":
                # ``max(open_until, min(end, e + _TRIGGER_REACH))``, without the calls.
                end = last[1] if last[0] <= s < last[1] else sentence_end(s)
                reach = e + _TRIGGER_REACH
                if end < reach:
                    reach = end
                if reach > open_until:
                    open_until = reach
            elif mode == "context" and (
                s < open_until
                or (capital_reach and any(s < u and not in_name(j) for u, j in capital_reach))
            ):
                counted[i] = 1
        elif kind == "triggers":
            chain = None
            end = last[1] if last[0] <= s < last[1] else sentence_end(s)
            if text[s].isupper():
                # A capitalized cooperation word in the name of a body takes
                # no surface before it.
                if run:
                    if not in_name(i):
                        _attach(events, run, s, lower, counted)
                    run = []
                reach = e + _TRIGGER_REACH
                capital_reach.append((end if end < reach else reach, i))
            else:
                if run:
                    _attach(events, run, s, lower, counted)
                    run = []
                reach = e + _TRIGGER_REACH
                if end < reach:
                    reach = end
                if reach > open_until:
                    open_until = reach
        else:
            if run:
                run = []
            chain = e if kind == "modifiers" else None
            if kind == "verbs":
                end = last[1] if last[0] <= s < last[1] else sentence_end(s)
                limit = e + _VERB_REACH
                if end < limit:
                    limit = end
                comma = text.find(",", e, limit)
                if comma >= 0:
                    limit = comma
                if limit > open_until:
                    open_until = limit
            elif kind == "stops":
                open_until = -1
                capital_reach.clear()
    found: dict[str, list[Mention]] = {}
    original = p.original
    # Where preparing changed nothing, offsets are the original's already.
    span = p.span if p._starts is not None else None
    for s, e, hit in itertools.compress(events, counted):
        name = hit[1]
        # Only a capitalized word can stand in a name.
        if name is None or (text[s].isupper() and _in_name(p, s, orgs, phrases)):
            continue
        # What :meth:`PreparedText.mention` builds, for offsets known to be
        # valid: :func:`~dipparse.models._mention` written out, as it runs for
        # every mention of every article.
        if span is not None:
            s, e = span(s, e)
        m = _new(Mention)
        _set(m, "text", original[s:e])
        _set(m, "start", s)
        _set(m, "end", e)
        ms = found.get(name)
        if ms is None:
            found[name] = [m]
        else:
            ms.append(m)
    out = []
    for name, ms in found.items():
        f = _new(FieldMention)
        _set(f, "name", name)
        _set(f, "mentions", tuple(ms))
        out.append(f)
    return tuple(out)


def _attach(
    events: list[tuple[int, int, _Label]],
    run: list[int],
    anchor: int,
    lower: str,
    counted: bytearray,
) -> None:
    """Count the surfaces of ``run`` that a cooperation word at ``anchor`` takes.

    The last surface is taken when only connectors and a modifier stand
    between it and the word, each one before it likewise up to the one after
    it, and the first that is not ends the run.
    """
    for k in reversed(run):
        s, e, _ = events[k]
        if not _gap_ok(lower[e:anchor]):
            return
        counted[k] = 1
        anchor = s


def _add_cased(
    pat: regex.Pattern[str],
    labels: dict[str, _Label],
    folded: str,
    events: list[tuple[int, int, _Label]],
) -> None:
    """Add the events of the cased surfaces (``AI``) in ``folded`` to ``events``, kept in order.

    What ``pat.finditer(folded)`` finds: a match starts where one of the
    surfaces ``labels`` holds does, so the pattern is tried only where
    ``str.find`` finds one, not at every offset.
    """
    at: list[int] = []
    for k in labels:
        x = folded.find(k)
        while x >= 0:
            at.append(x)
            x = folded.find(k, x + 1)
    if not at:
        return
    if len(labels) > 1:
        at = sorted(set(at))
    match = pat.match
    pos = 0
    added = False
    for x in at:
        if x < pos:
            continue
        m = match(folded, x)
        if m is not None:
            pos = m.end()
            events.append((x, pos, labels[m.group()]))
            added = True
    if added:
        events.sort()


def _other_word(comp: _Compiled, p: PreparedText, s: int, e: int) -> bool:
    """True when the field surface found folded at ``s:e``, written with diacritics, is another word."""
    forms = comp.marked.get(_phrase_key(_tokenize(p.lower[s:e])))
    return forms is not None and _diacritics_form(p.text[s:e]) not in forms


def _has_trigger(key: str, triggers: Iterable[str]) -> bool:
    words = set(key.replace("-", " ").split())
    return any(t in words or (" " in t and t in key) for t in triggers)


def _span_has_trigger(comp: _Compiled, span: str) -> bool:
    """:func:`_has_trigger_split` of a standalone surface's span, remembered per span.

    The same few standalone surfaces recur in text after text; each is read
    against every trigger phrase once.
    """
    memo = comp.trigger_memo
    hit = memo.get(span)
    if hit is None:
        if len(memo) >= 4096:
            memo.clear()
        hit = memo[span] = _has_trigger_split(span, comp.trigger_words, comp.trigger_phrases)
    return hit


def _has_trigger_split(key: str, words: frozenset[str], phrases: tuple[str, ...]) -> bool:
    """Do as :func:`_has_trigger`, with the one-word triggers apart.

    A word can only equal a one-word trigger, a phrase only occur as a substring.
    """
    return not words.isdisjoint(key.replace("-", " ").split()) or any(t in key for t in phrases)
