"""Entity aliases learnt from the articles: one name for "IS", "ISIS", "Daesh".

Outlets name the same group, person or body differently, and usually say so
somewhere in the text.  This module reads those statements and builds an
:class:`AliasTable` that maps every spelling to one canonical name, so claim
linking sees "Daesh [ISIS]" and "the Islamic State (IS) group" as one entity.

What is learnt (general patterns of news English, nothing keyed to a story):

* ``Long Name (ABBR)``: a capitalised name followed by a parenthesised short
  form starting with the same letter: "Islamic State (IS)", "Syrian
  Observatory for Human Rights (SOHR)".  "Beirut (AFP)" is not an alias.
* ``Name [Other]``: an editorial insertion in square brackets after a
  capitalised name: "Daesh [ISIS]".
* ``X, an alternative name for Y`` / ``X, also known as Y`` / ``X (aka Y)``,
  and "using an alternative name for Y" / "referring to Y" after a sentence
  whose last acronym is X.
* Acronyms whose letters are the initials of a capitalised phrase that occurs
  in the same texts: "US" / "United States", "FSA" / "Free Syrian Army".

A user-editable list (alias -> canonical) is merged in and always wins the
choice of canonical name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

_CONNECTORS = frozenset({"of", "for", "the", "on", "de", "al"})
_NOT_NAMES_TEXT = """
    a an the this that these those he she it they we you i his her its their our my your
    but and or if as in on at by to of for from with when while after before since
    mr mrs ms dr
"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
_WORD_RE = re.compile(r"[A-Za-z][\w'’.-]*\w|[A-Za-z]")
_NAME = r"(?:[A-Z][\w’'-]*|al|of|for|the|on|de)"
_PHRASE = rf"[A-Z][\w’'-]*(?:\s+{_NAME}){{0,6}}"
_PAREN_RE = re.compile(
    rf"(?P<long>{_PHRASE})\s*\((?P<short>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){{0,4}})\)"
)
_SHORT_PAREN_RE = re.compile(r"\((?P<short>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,4})\)")
_TAIL_RE = re.compile(rf"(?P<long>{_PHRASE})\s*$")
_BRACKET_RE = re.compile(
    rf"(?P<long>{_PHRASE})\s*\[(?P<short>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){{0,4}})\]"
)
_AKA_RE = re.compile(
    rf"(?P<long>{_PHRASE}),?\s+(?:\(|,)?\s*(?:also\s+known\s+as|aka|also\s+called|"
    rf"(?:an|another)\s+(?:alternative\s+|other\s+)?name\s+for)\s+(?:the\s+)?(?P<short>{_PHRASE})"
)
_USING_RE = re.compile(
    rf"(?:using|with|giving)\s+(?:an|another)\s+(?:alternative\s+|other\s+)?name\s+for\s+"
    rf"(?:the\s+)?(?P<short>{_PHRASE})|referring\s+to\s+(?:the\s+)?(?P<ref>[A-Z]{{2,6}})\b"
)
_STATEMENT_HINT_RE = re.compile(r" name for |\b(?:known as|aka|also called|referring to)\b")
_HINT_WORDS = (" name for ", "known as", "aka", "also called", "referring to")
"""Substrings one of which every match of _STATEMENT_HINT_RE holds (a cheap pre-check)."""
# "[A-Z](?<!\w[A-Z])" is "\b[A-Z]" written so that the regex engine can skip
# straight to capital letters instead of trying the pattern at every position.
_ACRONYM_RE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{1,5}\b")
_CAP_PHRASE_RE = re.compile(
    r"[A-Z](?<!\w[A-Z])[a-z][\w’'-]*+(?:\s++(?:(?:of|for|the|on)\s+)?[A-Z][\w’'-]*+)+"
)
"""Possessive quantifiers: a word never ends inside itself, so backtracking into one is useless."""
_AKA_KEY_RE = re.compile(
    r"also\s+known\s+as|aka|also\s+called|(?:an|another)\s+(?:alternative\s+|other\s+)?name\s+for"
)
"""The statement words of _AKA_RE: every match of it holds one."""
_BRACKET_KEY_RE = re.compile(r"\[[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,4}\]")
"""The bracketed part of _BRACKET_RE."""
_CAPITAL_RE = re.compile(r"[A-Z]")


@lru_cache(maxsize=65536)
def phrase_key(phrase: str) -> str:
    """How a name is compared: words in lower case, acronyms kept in capitals.

    "IS" (the group) and "is" (the verb) must stay apart, "Islamic state" and
    "Islamic State" must not.
    """
    words = _WORD_RE.findall(phrase.replace("’", "'"))
    out = []
    for word in words:
        word = word.strip(".'")
        if word.endswith("'s"):
            word = word[:-2]
        if not word:
            continue
        out.append(word if word.isupper() and len(word) > 1 else word.lower())
    return " ".join(out)


def _strip_article(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    return " ".join(words)


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in phrase.split() if w[:1].isupper())


class AliasTable:
    """Groups of names that mean the same entity, and the canonical name of each.

    Built by :func:`learn_aliases`; :meth:`add` merges two names (union-find).
    """

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._display: dict[str, str] = {}
        self._pinned: set[str] = set()
        self.max_words = 1
        self.first_words: set[str] = set()
        """The first word (as :func:`phrase_key` writes it) of every known name."""
        self.lengths: dict[str, set[int]] = {}
        """First word of a known name -> the word counts of the names it starts."""
        self._longest_first: dict[str, tuple[int, ...]] | None = None
        self._roots: dict[str, str] = {}
        """Canonical key of names already looked up (cleared when a name is added)."""

    def _find(self, key: str) -> str:
        parent = self._parent.setdefault(key, key)
        if parent != key:
            parent = self._find(parent)
            self._parent[key] = parent
        return parent

    def add(self, alias: str, canonical: str, *, pinned: bool = False) -> None:
        """Record that ``alias`` names the same entity as ``canonical``."""
        a, b = phrase_key(_strip_article(alias)), phrase_key(_strip_article(canonical))
        if not a or not b or (a == b and not pinned):
            return
        self._longest_first = None
        self._roots.clear()
        self._display.setdefault(a, _strip_article(alias))
        self._display.setdefault(b, _strip_article(canonical))
        self.max_words = max(self.max_words, len(a.split()), len(b.split()))
        self.first_words.update((a.split()[0], b.split()[0]))
        for key in (a, b):
            words = key.split()
            self.lengths.setdefault(words[0], set()).add(len(words))
        ra, rb = self._find(a), self._find(b)
        if pinned:
            self._pinned.add(b)
            self._display[b] = _strip_article(canonical)
        if ra == rb:
            return
        # The root names the group: a pinned (user) name, else the longest name.
        if ra in self._pinned or (rb not in self._pinned and _better(ra, rb)):
            self._parent[rb] = ra
        else:
            self._parent[ra] = rb

    def canonical(self, phrase: str) -> str | None:
        """The canonical key of ``phrase`` if it is a known alias, else None."""
        key = phrase_key(phrase)
        if key not in self._parent:
            return None
        return self._find(key)

    def canonical_key(self, key: str) -> str | None:
        """Like :meth:`canonical` for an already computed :func:`phrase_key`."""
        root = self._roots.get(key)
        if root is None:
            if key not in self._parent:
                return None
            root = self._roots[key] = self._find(key)
        return root

    def longest_first(self) -> dict[str, tuple[int, ...]]:
        """:attr:`lengths` with each set of word counts sorted from the longest name down."""
        if self._longest_first is None:
            self._longest_first = {
                word: tuple(sorted(counts, reverse=True)) for word, counts in self.lengths.items()
            }
        return self._longest_first

    def display(self, key: str) -> str:
        """The canonical name as written in the text (for summaries and the UI)."""
        return self._display.get(self._find(key), key)

    def groups(self) -> list[tuple[str, ...]]:
        """Every group of two or more names, canonical name first."""
        members: dict[str, list[str]] = {}
        for key in self._parent:
            members.setdefault(self._find(key), []).append(key)
        out = []
        for root, keys in members.items():
            if len(keys) < 2:
                continue
            rest = sorted(k for k in keys if k != root)
            out.append(tuple(self._display.get(k, k) for k in [root, *rest]))
        return sorted(out)

    def __len__(self) -> int:
        return len(self._parent)


def _better(a: str, b: str) -> bool:
    """Whether key ``a`` makes a better canonical name than ``b`` (more words, then longer)."""
    return (len(a.split()), len(a), a) > (len(b.split()), len(b), b)


def learn_aliases(
    texts: Iterable[str], user_aliases: Mapping[str, str] | None = None
) -> AliasTable:
    """An :class:`AliasTable` learnt from ``texts`` plus the user's own list (alias -> name)."""
    table = AliasTable()
    acronyms: set[str] = set()
    phrases: dict[str, set[str]] = {}
    for text in texts:
        facts = _text_facts(text)
        for alias, canonical in facts.pairs:
            table.add(alias, canonical)
        acronyms.update(facts.acronyms)
        for initials, phrase in facts.phrases:
            phrases.setdefault(initials, set()).add(phrase)
    _add_initials(acronyms, phrases, table)
    for alias, canonical in (user_aliases or {}).items():
        table.add(alias, canonical, pinned=True)
    return table


@dataclass(frozen=True, slots=True)
class _TextFacts:
    """What one article says about names, before it is merged with the others' facts."""

    pairs: tuple[tuple[str, str], ...]
    """(alias, canonical) statements, in text order."""
    acronyms: frozenset[str]
    phrases: tuple[tuple[str, str], ...]
    """(initials, capitalised phrase) for acronym matching across the set."""


class _Recorder:
    """Collects :meth:`AliasTable.add` calls (the same interface, no merging)."""

    def __init__(self) -> None:
        self.pairs: list[tuple[str, str]] = []

    def add(self, alias: str, canonical: str) -> None:
        self.pairs.append((alias, canonical))


@lru_cache(maxsize=16384)
def _text_facts(text: str) -> _TextFacts:
    """One article's alias facts; cached, so reopening a set re-reads only changed texts."""
    recorder = _Recorder()
    _learn_from_text(text, recorder)
    phrases = [
        found for found in map(_initialled, _CAP_PHRASE_RE.findall(text)) if found is not None
    ]
    return _TextFacts(
        tuple(recorder.pairs), frozenset(_ACRONYM_RE.findall(text)), tuple(dict.fromkeys(phrases))
    )


@lru_cache(maxsize=65536)
def _initialled(match: str) -> tuple[str, str] | None:
    """(initials, name) of a capitalised phrase of two words or more, else None."""
    phrase = _strip_article(match)
    initials = _initials(phrase)
    if len(initials) >= 2 and len(phrase.split()) >= 2:
        return initials, phrase
    return None


def _learn_from_text(text: str, table: AliasTable | _Recorder) -> None:
    for match in _SHORT_PAREN_RE.finditer(text):
        before = _TAIL_RE.search(text, max(0, match.start() - 80), match.start())
        if before is None:
            continue
        long, short = _tail_name(before["long"]), match["short"]
        if long and short and long[0].upper() == short[0].upper() and long != short:
            table.add(short, long)
    if "[" in text:
        keys = [(m.start(), m.end()) for m in _BRACKET_KEY_RE.finditer(text)]
        for match in _matches_before(_BRACKET_RE, text, keys):
            long, short = _tail_name(match["long"]), match["short"]
            if long and short and long.split()[-1].lower() not in _NOT_NAMES:
                table.add(short, long)
    if not any(word in text for word in _HINT_WORDS) or not _STATEMENT_HINT_RE.search(text):
        return
    keys = [(m.start(), len(text)) for m in _AKA_KEY_RE.finditer(text)]
    for match in _matches_before(_AKA_RE, text, keys):
        long, short = _tail_name(match["long"]), _strip_article(match["short"])
        if long and short:
            table.add(long, short)
    for match in _using_matches(text):
        short = _strip_article(match["short"] or match["ref"] or "")
        if not short:
            continue
        sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()))
        preceding = text[sentence_start + 1 : match.start()]
        acronyms = [a for a in _ACRONYM_RE.findall(preceding) if a != short.split()[0]]
        if acronyms:
            table.add(acronyms[-1], short)


_KEY_REACH = 10
"""Whitespace-separated chunks before a key word within which a name can start.

A name (_PHRASE) is at most seven words without spaces inside, plus a comma or
a parenthesis before the key word: ten chunks leaves a margin.
"""


def _matches_before(
    pattern: re.Pattern[str], text: str, keys: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that is a name (_PHRASE) then a key.

    ``keys`` are (start, end) of every occurrence of the key part, in order; a
    match starts at a capital letter within _KEY_REACH chunks before its key and
    ends by the key's end.  Trying the pattern only at those capitals, resuming
    after each match like finditer, finds the same matches without running the
    pattern at every capital letter of the text.
    """
    starts: dict[int, int] = {}
    for key_start, key_end in keys:
        low = _window_start(text, key_start, _KEY_REACH)
        for capital in _CAPITAL_RE.finditer(text, low, key_start + 1):
            starts.setdefault(capital.start(), key_end)
    resume = 0
    for start in sorted(starts):
        if start < resume:
            continue
        match = pattern.match(text, start, starts[start])
        if match is not None:
            yield match
            resume = match.end()


def _window_start(text: str, end: int, chunks: int) -> int:
    """A position at or before the start of the last ``chunks`` whitespace-separated chunks
    of ``text[:end]`` (their start exactly unless they are very long)."""
    low = max(0, end - 300)
    parts = text[low:end].rsplit(None, chunks)
    if len(parts) > chunks:
        return low + len(parts[0])
    return 0  # fewer chunks, or very long ones: from the start of the text


def _using_matches(text: str) -> Iterator[re.Match[str]]:
    """``_USING_RE.finditer(text)``, trying the pattern only where it can begin.

    A match begins at "referring", or at "using", "with" or "giving" at most a
    few chunks before "name"; like finditer, the search resumes after each match.
    """
    starts: set[int] = set()
    find = text.find
    at = find("referring")
    while at >= 0:
        starts.add(at)
        at = find("referring", at + 1)
    at = find("name")
    while at >= 0:
        low = _window_start(text, at, 6)
        for word in ("using", "with", "giving"):
            hit = find(word, low, at)
            while hit >= 0:
                starts.add(hit)
                hit = find(word, hit + 1, at)
        at = find("name", at + 1)
    resume = 0
    for start in sorted(starts):
        if start < resume:
            continue
        match = _USING_RE.match(text, start)
        if match is not None:
            yield match
            resume = match.end()


def _tail_name(phrase: str) -> str:
    """The name at the end of a matched phrase, without leading articles or sentence words."""
    words = phrase.split()
    # Keep the trailing run of capitalised words (and connectors inside it).
    kept: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() or (kept and word.lower() in _CONNECTORS):
            kept.append(word)
        else:
            break
    while kept and kept[-1].lower() in _CONNECTORS | _NOT_NAMES:
        kept.pop()
    return " ".join(reversed(kept))


def _add_initials(acronyms: set[str], phrases: dict[str, set[str]], table: AliasTable) -> None:
    """Acronyms whose letters are the initials of exactly one capitalised phrase in the set."""
    for acronym in sorted(acronyms):
        candidates = phrases.get(acronym, set())
        keys = {phrase_key(p) for p in candidates}
        if len(keys) == 1:  # only when unambiguous within the set
            table.add(acronym, min(candidates))
