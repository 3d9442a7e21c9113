"""Words as attribution reads them: a sentence's tokens with their offsets, and word shapes.

:func:`tokenise` splits a (masked) sentence into :class:`Tok` (text and start
offset); the helpers here answer questions about one word: is it capitalised,
a possessive, a nation or demonym, an adjective compound ("Kremlin-backed").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from articles.speech_lexicon import (
    DEMONYMS,
    NATION_ALIASES,
    REPORTING_VERBS,
    wordset,
)

SHORT_WORDS = 5


_PARTICLE_NAME_RE = re.compile(r"(?:al|el|ad|as|ash|bin|ibn|abu|de|van|von)[-‐][^\W\d_]")
_TOKEN_RE = re.compile(r"_+|[^\W_](?:[\w'’\-.&]*[^\W_])?|[^\w\s]")
GLUED_NAME_STOP_RE = re.compile(r"(?<=[a-z])\.(?=[A-Z][a-z])")
"""A full stop with no space after it inside a capitalised sequence ("Un.Evan")."""
_GLUED_STOP_RE = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])")
"""A full stop between a word and the next sentence's first word, the space lost."""
BOUNDARY_RE = re.compile(r"[.!?]+[\"'”’)]*\s+(?=[A-Z_\d“\"‘'])")
LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")
DETERMINERS = wordset(
    """
    the a an its their his her our this that these those
    """
)
ABBREV = wordset(
    """
    mr mrs ms dr prof gen lt col sgt capt st sen rep gov no vs u.s u.k
    maj brig adm cmdr supt insp det atty
    """
)


class Tok(NamedTuple):
    """One token of a (masked) sentence."""

    text: str
    start: int
    kind: str
    """``word``, ``punct`` or ``quote`` (a masked quotation)."""
    low: str
    is_cap: bool
    """Capitalised (``Obama``, ``al-Assad``) and not a capitalised reporting verb."""


_ADJECTIVE_COMPOUND_RE = re.compile(r"[-‐]([a-z]{2,})$")
_COMPOUND_HEADS = wordset(
    """
    born made run era style wide like free friendly proof type only specific centric old
    age long level scale wise bound size sized
    """
)
"""Words after a hyphen that make a name an adjective ("Paris-born", "state-run")."""


def adjective_compound(word: str) -> bool:
    """A name and a lower-case word made one adjective ("Neymar-inspired", "Saudi-led",
    "London-based"): no name word, unlike "Jean-Pierre", "al-Assad" or the given names
    "Jung-mi", "Geun-hye" and "Jae-in"."""
    if "-" not in word and "‐" not in word:
        return False
    found = _ADJECTIVE_COMPOUND_RE.search(word)
    if found is None:
        return False
    head = found.group(1)
    return head.endswith(("ed", "ing")) or head in _COMPOUND_HEADS


def _capitalised(text: str, low: str) -> bool:
    if low in REPORTING_VERBS and low not in ("state", "states"):
        return False  # "Says" in a Title Case headline; "Secretary of State" is a name
    if text[:1].isupper():
        return not adjective_compound(text)
    m = _PARTICLE_NAME_RE.match(text)
    return m is not None and text[m.end() - 1].isupper()


@lru_cache(maxsize=1 << 16)
def _word_forms(word: str) -> tuple[str, bool]:
    """(case-folded form, capitalised) of a word token: words recur, so this is cached."""
    low = word.casefold()
    return low, _capitalised(word, low)


def tokenise(text: str, offset: int = 0) -> list[Tok]:
    """Words, punctuation and masked quotations (runs of ``_``) with offsets."""
    out: list[Tok] = []
    append = out.append
    new = tuple.__new__  # builds a Tok from its five fields without a Python-level call
    forms = _word_forms
    # Every character outside white space belongs to a token, so each token is the
    # first occurrence of its text after the previous one: find() gives its offset
    # without a match object per token.
    find = text.find
    at = 0
    for t in _TOKEN_RE.findall(text):
        start = find(t, at)
        at = start + len(t)
        first = t[0]
        if first == "_":
            append(new(Tok, (t, start + offset, "quote", t, False)))
        elif first.isalnum():
            if "." in t and (glued := _GLUED_STOP_RE.search(t)) is not None:
                # "Nazrul Islam.He said": two sentences with the space lost after the
                # stop, not one word (an initialism's stops stay: "U.S", "e.g")
                cut = glued.start()
                head, tail = t[:cut], t[cut + 1 :]
                low, cap = forms(head)
                append(new(Tok, (head, start + offset, "word", low, cap)))
                append(new(Tok, (".", start + cut + offset, "punct", ".", False)))
                low, cap = forms(tail)
                append(new(Tok, (tail, start + cut + 1 + offset, "word", low, cap)))
                continue
            low, cap = forms(t)
            append(new(Tok, (t, start + offset, "word", low, cap)))
        else:
            append(new(Tok, (t, start + offset, "punct", t, False)))
    return out


NAME_POSSESSIVES = frozenset(
    {"women", "men", "people", "workers", "children", "veterans", "farmers", "teachers",
     "nurses", "doctors", "writers", "students", "journalists", "miners", "citizens"}
)  # fmt: skip
"""Plural nouns whose capitalised possessive is part of a body's name ("ANC Women's
League", "People's Bank of China", "Workers' Party"): no owner before a noun."""


def possessive(token: str) -> str | None:
    """``Britain`` for ``Britain's``; None when not a possessive (nor inside a name:
    :data:`NAME_POSSESSIVES`)."""
    if "'" not in token and "’" not in token:
        return None
    if token[:1].isupper():
        base = token[:-2] if token[-2:] in ("'s", "’s") else token[:-1]
        if base.casefold() in NAME_POSSESSIVES:
            return None
    for suffix in ("'s", "’s", "s'", "s’"):
        if token.endswith(suffix) and len(token) > len(suffix):
            return token[: -len(suffix) + (1 if suffix[0] == "s" else 0)]
    return None


def nation_key(token: str) -> str:
    low = token.casefold().rstrip(".")
    base = possessive(low) or low
    return NATION_ALIASES.get(base, base[:4])


def looks_national(token: str) -> bool:
    """A capitalised modifier: US, UK, EU, Syrian, British, Chinese, Israeli...

    Endings read as nationality only where names rarely have them (-ian, -ish, -ese,
    -ean); a word ending in -an, -i or -ch must be a known demonym ("Mexican",
    "Iraqi", "Dutch"), as names end so too ("Altman", "Renzi", "Ulrich").
    """
    bare = token.rstrip(".")
    if bare.isupper() and len(bare) <= 4:
        return True
    if not bare[:1].isupper():
        return False
    low = bare.casefold()
    if low in DEMONYMS or low in NATION_ALIASES or low in _MORE_DEMONYMS:
        return True
    return low.endswith(("ian", "ish", "ese", "ean"))


_MORE_DEMONYMS = wordset(
    """
    ugandan rwandan angolan guatemalan lankan dominican rican samoan tongan alaskan texan
    kansan afghan sudan qatari emirati yemeni omani kuwaiti bahraini nepali afghani
    azerbaijani uzbek kazakh tajik turkmen kyrgyz malawian burundian arab arabian
    catalan basque flemish cypriot maltese monegasque andorran european asian
    """
)
"""Demonyms the endings above do not catch (DEMONYMS holds the common ones)."""


def national_word(token: str) -> bool:
    """A nation's modifier (US, UK, British), not a body's acronym (NASA, FBI)."""
    bare = token.rstrip(".")
    if bare.isupper():
        return bare.casefold() in NATION_ALIASES
    return looks_national(bare)
