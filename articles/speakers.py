"""Who says each quotation: attribution by reporting verbs, and canonical speaker names.

Only general cues are used: a list of reporting verbs (said, told, added,
warned, urged, according to...), capitalised name sequences with their
leading titles and roles stripped (``UK Defence Secretary Michael Fallon`` ->
``Michael Fallon``), pronouns resolved to the current speaker, definite role
phrases (``the British prime minister``) resolved to the latest person named
with that role, organisation phrases (``the defence ministry``) resolved to a
full capitalised mention (``Russian Defence Ministry``), and ``the statement``
resolved to the statement last mentioned and who issued it.

Each quotation is attributed within its sentence, read with every quotation
masked out so that words inside quotes never count: first an attribution right
after the closing mark (``," he said``, ``," said X``), then the nearest
reporting verb before the quote with a subject, then any later one.  A
quotation with no attribution in its sentence continues the previous
quotation of its paragraph, or the current speaker (continuation paragraphs).
A short quoted phrase whose words occur in a longer quotation of the same
article takes that quotation's speaker.  A subject that the text does not
name (``an independent analyst``, ``US officials and Syrian rebels``) gives
``None``.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz.distance import Levenshtein

from articles.model import Article, BlockKind
from articles.speech_lexicon import (
    COMPANY_NOUNS,
    CONNECTORS,
    CORPORATE_SUFFIXES,
    CORPORATE_WORDS,
    COUNTRIES,
    DEMONYMS,
    FEMALE_GIVEN_NAMES,
    GROUP_NOUNS,
    HONORIFICS,
    MALE_GIVEN_NAMES,
    NATION_ALIASES,
    NON_NAMES,
    ORG_HEADS,
    PARTIES,
    PLACE_HEADS,
    PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SENTENCE_OPENERS,
    SKIP_BEFORE_VERB,
    STATEMENT_NOUNS,
    TIME_WORDS,
    TITLES,
    unaccented,
    wordset,
)
from articles.utterances import find_containers, words

if TYPE_CHECKING:
    from articles.quotes import QuoteSpan

SHORT_WORDS = 5


_PARTICLE_NAME_RE = re.compile(r"(?:al|el|ad|as|ash|bin|ibn|abu|de|van|von)[-‐][^\W\d_]")
_TOKEN_RE = re.compile(r"_+|[^\W_](?:[\w'’\-.&]*[^\W_])?|[^\w\s]")
_GLUED_NAME_STOP_RE = re.compile(r"(?<=[a-z])\.(?=[A-Z][a-z])")
"""A full stop with no space after it inside a capitalised sequence ("Un.Evan")."""
_GLUED_STOP_RE = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])")
"""A full stop between a word and the next sentence's first word, the space lost."""
_BOUNDARY_RE = re.compile(r"[.!?]+[\"'”’)]*\s+(?=[A-Z_\d“\"‘'])")
_LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")
_DETERMINERS = wordset(
    """
    the a an its their his her our this that these those
    """
)
_ABBREV = wordset(
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


def _adjective_compound(word: str) -> bool:
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
        return not _adjective_compound(text)
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


def _possessive(token: str) -> str | None:
    """``Britain`` for ``Britain's``; None when not a possessive."""
    if "'" not in token and "’" not in token:
        return None
    for suffix in ("'s", "’s", "s'", "s’"):
        if token.endswith(suffix) and len(token) > len(suffix):
            return token[: -len(suffix) + (1 if suffix[0] == "s" else 0)]
    return None


def _nation(token: str) -> str:
    low = token.casefold().rstrip(".")
    base = _possessive(low) or low
    return NATION_ALIASES.get(base, base[:4])


def _looks_national(token: str) -> bool:
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


def _national_word(token: str) -> bool:
    """A nation's modifier (US, UK, British), not a body's acronym (NASA, FBI)."""
    bare = token.rstrip(".")
    if bare.isupper():
        return bare.casefold() in NATION_ALIASES
    return _looks_national(bare)


# --------------------------------------------------------------------------- names


class Mention(NamedTuple):
    """A capitalised name sequence in the text, with the titles in front of it.

    A named tuple rather than a frozen dataclass: an article holds a hundred or
    more mentions, and a tuple is built several times faster.
    """

    name: str
    """The name with titles stripped (``Michael Fallon``) or the organisation name."""
    roles: frozenset[str]
    """Lower-cased title and role words before or after it (``defence``, ``secretary``)."""
    nation: str
    start: int
    is_org: bool


def _title_stop(toks: Sequence[Tok], k: int) -> bool:
    """Whether token ``k`` is the full stop of an abbreviated title before a name ("Sen. Ann")."""
    return (
        toks[k].text == "."
        and k >= 1
        and toks[k - 1].is_cap
        and toks[k - 1].low in TITLES
        and k + 1 < len(toks)
        and toks[k + 1].is_cap
    )


def _initial_stop(toks: Sequence[Tok], k: int) -> bool:
    """Whether token ``k`` is the full stop of a middle initial ("Daniel K. Elwell").

    Not "I" (a numeral: "World War I. Trump said") and not a letter naming a
    variant ("Plan B. May said").
    """
    if (
        toks[k].text == "."
        and k >= 1
        and k + 1 < len(toks)
        and toks[k + 1].is_cap
        and _INITIALISM_RE.fullmatch(toks[k - 1].text)
        and toks[k - 1].low not in NATION_ALIASES
    ):
        return True  # "Maj. Gen. S.B. Moyo": a person's initials (not "U.S.")
    return (
        toks[k].text == "."
        and k >= 2
        and k + 1 < len(toks)
        and len(toks[k - 1].text) == 1
        and toks[k - 1].text.isupper()
        and toks[k - 1].text != "I"
        and toks[k + 1].is_cap
        and toks[k - 2].is_cap
        and toks[k - 2].low not in NON_NAMES
        and toks[k - 2].low not in _LETTERED
    )


_LETTERED = wordset(
    "war plan option type class grade vitamin part phase stage section level category"
    " group appendix exhibit schedule annex article chapter block wing zone"
)
"""Words a capital letter follows as a label, not as an initial ("Plan B", "Exhibit A")."""
_LETTERED_INITIAL_RE = re.compile(
    r"\b(?:" + "|".join(sorted(w.title() for w in _LETTERED)) + r")[ \u00a0]+[A-Z]\.[ \u00a0]+"
)


def _name_words(toks: Sequence[Tok], start: int, end: int) -> tuple[str, ...]:
    """The words of a capitalised sequence, without the full stops of abbreviated titles
    (a middle initial keeps its own: "Daniel K. Elwell", as the name scan reads it)."""
    words: list[str] = []
    for k in range(start, end):
        t = toks[k]
        if t.kind != "punct":
            words.append(t.text)
        elif words and _initial_stop(toks, k):
            words[-1] += "."
    return tuple(words)


_NOT_NAME_WORDS = NON_NAMES - HONORIFICS
"""Words that never start a name (an honorific does: "Mrs May")."""
_GIVEN_NAME_MONTHS = frozenset({"april", "may", "june", "august"})
"""Months that are also first names: "June Brown" is a person, "June 5" a date."""


def _may_be_name(low: str, following: str) -> bool:
    """Whether the capitalised word ``low`` can be part of a name before the word ``following``."""
    if low not in NON_NAMES:
        return True
    return low in _GIVEN_NAME_MONTHS and following not in NON_NAMES and following.isalpha()


def _cap_sequence_before(toks: Sequence[Tok], i: int, lo: int) -> int:
    """Start index of the capitalised sequence that ends at token ``i``."""
    j = i
    while j - 1 >= lo:
        prev = toks[j - 1]
        if (
            prev.is_cap
            and _possessive(prev.text) is None
            and _may_be_name(prev.low, toks[j].low)
            and (prev.low not in NON_NAMES or j == i)  # "June Brown", not "April Boris Johnson"
        ):
            j -= 1
        elif j - 2 >= lo and _title_stop(toks, j - 1):
            j -= 2  # "Gov. Ann Lee": the title before its full stop
        elif j - 3 >= lo and _initial_stop(toks, j - 1):
            j -= 2  # "Daniel K. Elwell": back over the initial and its full stop
        elif prev.kind == "word" and prev.low in CONNECTORS:
            # "von der Leyen", "bin Salman": particles, then a capitalised word
            k = j - 1
            while k - 1 >= lo and toks[k - 1].kind == "word" and toks[k - 1].low in CONNECTORS:
                k -= 1
            if k - 1 >= lo and toks[k - 1].is_cap and _possessive(toks[k - 1].text) is None:
                j = k - 1
            else:
                break
        else:
            break
    return j


def _cap_sequence_after(toks: Sequence[Tok], i: int) -> int:
    """End index (exclusive) of the capitalised sequence that starts at token ``i``."""
    j = i
    while j < len(toks):
        t = toks[j]
        if t.is_cap:
            j += 1
            if _possessive(t.text) is not None:
                break
        elif j > i and (_title_stop(toks, j) or _initial_stop(toks, j)):
            j += 1  # "Sen. Ann Lee", "Daniel K. Elwell": past the full stop
        elif t.kind == "word" and t.low in CONNECTORS and j > i:
            k = j + 1
            while k < len(toks) and toks[k].kind == "word" and toks[k].low in CONNECTORS:
                k += 1  # "von der Leyen"
            if k < len(toks) and toks[k].is_cap:
                j = k
            else:
                break
        else:
            break
    return j


def split_title(parts: Sequence[str]) -> tuple[list[str], list[str], str]:
    """(titles, name, nation) of a capitalised sequence: titles are stripped from the front."""
    titles, name, nation = _split_title(tuple(parts))
    return list(titles), list(name), nation


@lru_cache(maxsize=1 << 14)
def _split_title(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """:func:`split_title` on a hashable sequence (the same names recur), as tuples."""
    titles, name, nation = _split_title_uncached(words)
    return tuple(titles), tuple(name), nation


def _split_title_uncached(words: Sequence[str]) -> tuple[list[str], list[str], str]:
    parts = [(_possessive(p) or p) for p in words]
    lead = 0  # the words before any title: a name when two or more
    while lead < len(parts) and not _title_like(parts[lead]):
        lead += 1
    tail = parts[lead:]
    if (
        lead >= 2
        and tail
        and all(p[:1].isupper() for p in parts[:lead])
        and all(_title_like(p) for p in tail)
        # a title opens the role ("Chief Executive"), or post-nominal letters ("OP",
        # "MP"): not a surname that is also a trade ("Mary Anne Farmer")
        and (
            tail[0].casefold().rstrip(".") in TITLES
            # (letters after a person's name, not a seat's: "Glasgow Southside MSP")
            or (
                all(p.isupper() for p in tail)
                and (
                    parts[0].casefold() in MALE_GIVEN_NAMES
                    or parts[0].casefold() in FEMALE_GIVEN_NAMES
                )
            )
        )
        # (not a surname that is a title: "Martin Luther King Jr")
        and tail[0].casefold() not in _REGNAL_TITLES
        and tail[-1].casefold().rstrip(".") not in _NAME_SUFFIXES
    ):
        # "Richard Moriarty Chief Executive": the name, then the role after it
        parts = parts[:lead]
    if len(parts) > 2 and parts[-1].casefold().rstrip(".") in _NAME_SUFFIXES:
        # "Martin Luther King Jr": the suffix is no name after a title "King"
        titles, name, nation = _split_title_uncached(parts[:-1])
        return titles, [*name, parts[-1]] if name else name, nation
    if (
        len(parts) >= 3
        and parts[0].isupper()
        and 2 <= len(parts[0]) <= 5
        and parts[0].casefold() not in NATION_ALIASES
        and all(p[:1].isupper() and not p.isupper() for p in parts[1:])
    ):
        # "Speaking to the BBC Boris Johnson said": an outlet's acronym, then a name
        parts = parts[1:]
    while parts and (
        (
            parts[0].casefold() in _NOT_NAME_WORDS
            and not (len(parts) == 2 and _may_be_name(parts[0].casefold(), parts[1].casefold()))
        )
        or parts[0].casefold() in SENTENCE_OPENERS
    ):
        parts = parts[1:]
    # the last title word with a name after it: "UK Environment Secretary Paul Grant"
    last_title = -1
    for k, p in enumerate(parts[:-1]):
        low = p.casefold().rstrip(".")
        if low in TITLES or (low in ROLE_NOUNS and last_title == k - 1 and len(parts) - k > 2):
            last_title = k  # a leading role word before a full name: "Resident Tom Harris"
        elif low in CONNECTORS and last_title == k - 1:
            last_title = k  # Secretary of State
    if last_title >= 0 and parts[last_title].casefold() in ("of", "for"):
        if last_title >= len(parts) - 3:
            # "Head of Public Relations", "President of Ghana": a portfolio, no name
            return list(parts), [], ""
        # "Minister of Information Jamal Jarrah": the portfolio is part of the
        # title and a name of two words (three with a particle) follows it.
        last_title = len(parts) - (4 if parts[-2].casefold() in CONNECTORS else 3)
    rest = parts[last_title + 1 :]
    if any(p.casefold() in ORG_HEADS for p in parts) and (
        last_title < 0 or len(rest) < 2 or any(p.casefold() in ORG_HEADS for p in rest)
    ):
        # an organisation ("Russian Defence Ministry"), unless a title and a
        # person's name follow it ("Aurora Police Chief Dan Oates")
        return [], list(parts), ""
    if last_title < 0 or last_title == len(parts) - 1:
        return [], list(parts), ""
    titles = list(parts[: last_title + 1])
    nation = next((_nation(p) for p in titles if _looks_national(p)), "")
    return titles, list(parts[last_title + 1 :]), nation


_ROLES_AND_TITLES = ROLE_NOUNS | TITLES


def _title_like(word: str) -> bool:
    """A title, role, nation or body word: no part of a person's name."""
    low = word.casefold().rstrip(".")
    return (
        low in _ROLES_AND_TITLES or low in ORG_HEADS or low in CONNECTORS or _looks_national(word)
    )


def _of_phrase(name: str) -> bool:
    """A name with "of" in it and no given name opening it ("Freedom of Information",
    "Bank of England"): a thing's or a body's, no person's."""
    return "of" in name.split() and _gender_of_person({}, name) is None


_REGNAL_TITLES = frozenset({"pope", "king", "queen", "prince", "princess", "emperor"})
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_ARTICLE_PREFIX_RE = re.compile(r"^(al|el)[-‐]")


@lru_cache(maxsize=1 << 14)
def last_key(name: str) -> str:
    """The comparison key of a name: its last word, lower-cased, without ``al-`` and
    without accents ("Guzmán" in one place, "Guzman" in a caption)."""
    last = name.split()[-1].casefold() if name.split() else ""
    if not last.isascii():
        last = unaccented(last)
    return _ARTICLE_PREFIX_RE.sub("", last)


def _spelling_key(name: str) -> str:
    """:func:`_folded`, with British and American spellings of one word alike
    ("International Organisation for Migration" / "Organization")."""
    return _folded(name).replace("isation", "ization").replace("centre", "center")


def _folded(name: str) -> str:
    """``name`` case-folded and, when not ASCII, without accents (for comparing names)."""
    low = name.casefold()
    return low if low.isascii() else unaccented(low)


_NAME_WORD = r"(?:[A-Z][\w'’\-.&]*[\w'’]|[A-Z]|(?:al|el|bin|ibn|abu|de|van|von)[-‐][A-Z][\w'’\-]*)"
_NOT_AFTER_ON = (
    "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    "|April|May|June|July|August|September|October|November|December|Twitter|Facebook"
    "|Instagram|Thanksgiving|Christmas|Easter|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov"
    "|Dec|Good|BBC|CNN|X|YouTube|TikTok|Roe)"
)
"""What follows "on" after a body when it is no part of its name ("The Commission on Monday")."""
_BODY_ON = "|".join(f"(?<={head} )" for head in ("Commission", "Committee", "Panel", "Conference"))
_NAME_SEQ_RE = re.compile(
    rf"\b{_NAME_WORD}(?:[ \u00a0]+(?:(?:of|for|al|el|bin|ibn|de|da|di|van|von|der|du|la|le"
    rf"|(?:{_BODY_ON})on(?=[ \u00a0]+(?!{_NOT_AFTER_ON}\b)))"
    rf"[ \u00a0]+|(?!I\.)[A-Z]\.[ \u00a0]+(?=[A-Z][a-z]))?{_NAME_WORD})*"
)
"""Capitalised name sequences: particles and a middle initial ("Daniel K. Elwell") inside,
and "on" after a body's head ("Intergovernmental Panel on Climate Change")."""
_PARTY_TAG_WORD_RE = re.compile(r"[RDI][-‐–][A-Z][a-z]{1,4}")
_PARTY_TAG_RE = re.compile(r"[RDI][-‐–][A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)")
"""A US legislator's party and state in parentheses: "(R-South Dakota)", "(D-Calif.)"."""
_APPOSITION_RE = re.compile(r",\s+(?:the|a|an)\s+((?:[\w\-]+\s+){0,6}[\w\-]+)")
_POSSESSIVE_BEFORE_RE = re.compile(r"([\w\-]+['’]s)\s+$")


_NICKNAME_IN_NAME_RE = re.compile(
    # the space first: a literal the search can skip to (a lookbehind first is
    # tried at every position of every text)
    r" (?<=[^\W\d_] )([\"“‘'](?:(?:el|la|le|al|de|del|da|di|du|van|von|the|[A-Z][\w'’.\-]*)"
    r"(?: |(?=[\"”’']))){1,4}[\"”’']) (?=[A-Z])"
)
"""A quoted nickname between two words of a name: 'Joaquín "El Chapo" Guzmán'."""


TITLE_LINE_REACH = 300
"""A line longer than this on either side of a point is running text, not a headline."""


def title_case_line(text: str, at: int, end: int | None = None) -> bool:
    """Whether the line holding ``text[at:end]`` capitalises most of its longer words
    (a headline), not counting that stretch and the words either side of it (a name
    and its nickname are capitalised in any sentence).

    Looks no further than TITLE_LINE_REACH either way: a longer line is running text,
    and the scan stays bounded however many quotations a long paragraph holds.
    """
    end = at if end is None else end
    lo = max(0, at - TITLE_LINE_REACH)
    start = text.rfind("\n", lo, at) + 1
    if start == 0 and lo > 0:
        return False
    stop = text.find("\n", end, end + TITLE_LINE_REACH)
    if stop < 0:
        if end + TITLE_LINE_REACH < len(text):
            return False
        stop = len(text)
    if text[start:stop].rstrip().endswith("."):
        return False  # a sentence, however many names it lists; a headline has no stop
    before = text[start:at].split()[:-1]  # the word next to the stretch is left out
    after = text[end:stop].split()[1:]
    longer = [w for w in before + after if len(w) > 3 and w[:1].isalpha()]
    if not longer:
        return False
    capitalised = sum(1 for w in longer if w[:1].isupper())
    return capitalised * 3 >= len(longer) * 2


def _without_nicknames(text: str) -> str:
    """``text`` with nicknames inside names blanked out (same length: offsets hold), so
    'Joaquín "El Chapo" Guzmán' reads as the name 'Joaquín Guzmán'."""

    def blank(m: re.Match[str]) -> str:
        if title_case_line(text, m.start(), m.end()):
            return m.group()
        return " " * len(m.group())

    return _NICKNAME_IN_NAME_RE.sub(blank, text)


@lru_cache(maxsize=64)
def mentions_in(text: str) -> tuple[Mention, ...]:
    """Every capitalised name sequence of ``text`` (whole text, captions included).

    The set analysis reads each text once and passes the result on; the small
    cache serves callers that ask about the same article again, without holding
    a hundred mentions for each of thousands of articles.
    """
    out: list[Mention] = []
    append = out.append
    new = tuple.__new__  # builds a Mention from its five fields without a Python-level call
    sequence_mentions = _sequence_mentions
    text = _without_nicknames(text)  # one scan; the same text when no nickname is found
    startswith = text.startswith
    for m in _NAME_SEQ_RE.finditer(text):
        start, end = m.span()
        group = m.group()
        if "." in group and (glued := _GLUED_NAME_STOP_RE.search(group)) is not None:
            # "Kim Jong Un.Evan Vucci": a caption's sentence and its credit, run together
            stop = glued.start()
            pieces = [(start, start + stop), (start + stop + 1, end)]
        elif (second := _second_full_name(group)) is not None:
            # "Donna Rotunno Gloria Allred": a caption naming two people, no comma between
            pieces = [(start, start + second - 1), (start + second, end)]
        else:
            pieces = [(start, end)]
        for start, end in pieces:
            group = text[start:end]
            if ". " in group and (cut := _LETTERED_INITIAL_RE.search(group)) is not None:
                # "Plan B. May said": a label and a sentence end, not a middle initial
                start += cut.end()
                group = group[cut.end() :]
            if start and text[start - 1] == "(" and _PARTY_TAG_RE.match(text, start):
                continue  # "Senator John Thune (R-South Dakota)": his party and state
            appos: str | None = None
            if startswith(",", end):
                found_appos = _APPOSITION_RE.match(text, end)
                appos = found_appos.group(1) if found_appos else None
            if (
                start >= 2
                and text[start - 1] == " "
                and (c := text[start - 2]) != "s"
                and not c.isspace()
            ):
                before = ""  # the common case, decided without the window: no possessive
            elif start == 0 or not text[start - 1].isspace():
                before = ""  # a possessive must be followed by white space up to the name
            else:
                before = _nation_before(text, start)
            for name, roles, nation, is_org in sequence_mentions(group, before, appos):
                append(new(Mention, (name, roles, nation, start, is_org)))
    return tuple(out)


def _second_full_name(group: str) -> int | None:
    """Where the second of two full names run together starts ("Donna Rotunno Gloria
    Allred": each opens with a given name, neither surname is one), else None."""
    words = group.split(" ")
    if len(words) != 4:
        return None
    given = [w.casefold() in MALE_GIVEN_NAMES or w.casefold() in FEMALE_GIVEN_NAMES for w in words]
    if given != [True, False, True, False]:
        return None
    return len(words[0]) + len(words[1]) + 2


def _role_before(text: str, start: int) -> str | None:
    """The role words just before a name: "forest minister Belden Namah", "The French
    president, Emmanuel Macron" (None when the word before is no role noun)."""
    end = start - 2 if text[start - 2] == "," else start - 1
    if not text[end - 1 : end].islower():
        return None  # the common case: a word that cannot be a role, or none
    # the word before first: most are no role noun, and nothing else is read
    space = text.rfind(" ", max(0, end - 20), end)
    if text[space + 1 : end] not in ROLE_NOUNS:
        return None
    words = text[max(0, end - 50) : end].split()
    role = [words[-1]]
    for word in reversed(words[-3:-1]):
        if not word.islower() or word in ("the", "a", "an") or not word.isalpha():
            break
        role.insert(0, word)
    return " ".join(role)


def _nation_before(text: str, start: int) -> str:
    """The nation of a possessive right before ``start`` (``Britain's Cameron``), or ""."""
    window = text[max(0, start - 40) : start]
    bare = window.rstrip()
    if len(bare) == len(window) or not bare.endswith(("'s", "’s")):
        return ""  # _POSSESSIVE_BEFORE_RE needs a possessive, then spaces to the end
    before = _POSSESSIVE_BEFORE_RE.search(text, max(0, start - 40), start)
    return _nation(before.group(1)) if before else ""


_TITLE_CASE_SMALL = wordset(
    "Of A An The And In On At To For By With From Is Are Was Were Be Has Have"
)
"""Small words capitalised inside a sequence: Title Case text, not a name."""


@lru_cache(maxsize=1 << 16)
def _sequence_mentions(
    raw_text: str, before_nation: str, appos: str | None
) -> tuple[tuple[str, frozenset[str], str, bool], ...]:
    """(name, roles, nation, is_org) of each name in one capitalised sequence.

    ``before_nation`` is the nation of a possessive just before the sequence,
    ``appos`` the words of an apposition just after it (``, the US envoy``).
    Sequences (sentence-initial words, recurring names) repeat, hence the cache.
    """
    out: list[tuple[str, frozenset[str], str, bool]] = []
    raw = raw_text.split()
    # a possessive ends a sequence: "Britain's Prime Minister David Cameron" is two
    pieces: list[list[str]] = []
    current: list[str] = []
    for word in raw:
        if _adjective_compound(word):
            # "Neymar-inspired Barcelona", "the Saudi-led coalition": a break, no name
            if current:
                pieces.append(current)
            current = []
            continue
        if current and (word.casefold() in REPORTING_VERBS or word in _TITLE_CASE_SMALL):
            # a Title Case headline: "Sean Spicer Says Trump's Tweets Are Official",
            # "Emotion Of A Nation"; no name holds these words capitalised
            pieces.append(current)
            current = []
            continue
        current.append(word)
        if _possessive(word) is not None:
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    for index, parts in enumerate(pieces):
        while parts and (
            (
                parts[0].casefold() in NON_NAMES
                and not (len(parts) == 2 and _may_be_name(parts[0].casefold(), parts[1].casefold()))
            )
            or parts[0].casefold() in REPORTING_VERBS
            or parts[0].casefold() in SENTENCE_OPENERS
        ):
            parts = parts[1:]
        while len(parts) > 1 and parts[-1].casefold() in _WEEKDAYS:
            parts = parts[:-1]  # "Kim Jong Un Tuesday": the day the sentence names
        if not parts:
            continue
        half = len(parts) // 2
        if half and len(parts) % 2 == 0 and parts[:half] == parts[half:]:
            parts = parts[:half]  # "Heather Townsend Heather Townsend": a credit beside a caption
        if index == 0:
            prev_nation = before_nation
        else:
            last = pieces[index - 1][-1]  # "Britain's": only a possessive lends its nation
            prev_nation = _nation(last) if _possessive(last) is not None else ""
        titles, name, nation = split_title(parts)
        if not name:
            continue
        if "of" in name[2:] and (
            name[0].casefold() in MALE_GIVEN_NAMES or name[0].casefold() in FEMALE_GIVEN_NAMES
        ):
            name = name[: name.index("of", 2)]  # "Jacob Zuma of South Africa": his country
        if titles and len(name) == 1 and titles[-1].casefold() in _REGNAL_TITLES:
            name = [titles[-1], *name]  # "Pope Francis" is the name he goes by
        roles = {p.casefold() for p in titles}
        if appos is not None and index == len(pieces) - 1:
            for word in appos.split():
                roles.add(word.casefold())
                if not nation and _looks_national(word):
                    nation = _nation(word)
        # a place or an institution ("Notre-Dame Cathedral") is no person either
        is_org = any(p.casefold() in ORG_HEADS for p in name) or name[-1].casefold() in PLACE_HEADS
        out.append((" ".join(name), frozenset(roles), nation or prev_nation, is_org))
    return tuple(out)


@dataclass
class NameIndex:
    """The names one article (or a set) mentions, for surname and role look-ups."""

    mentions: list[Mention] = field(default_factory=list)
    full_by_last: dict[str, list[str]] = field(default_factory=dict)
    text: str = field(default="", repr=False)
    """The text the mentions are in (for the role words written before a name)."""
    genders: Mapping[str, str] = field(default_factory=dict, repr=False)
    """What the set says of its people's genders (:func:`genders_of`, read with
    :func:`gender_of`)."""
    _firsts: dict[str, set[str]] | None = field(default=None, repr=False)
    """Full person names by their first word, for :meth:`full_name` (built on first use)."""
    _people: dict[str, list[Mention]] | None = field(default=None, repr=False)
    """Person mentions by surname key, for :meth:`roles_of` (built on first use)."""
    _role_prefixes: dict[str, tuple[list[int], list[frozenset[str]]]] = field(
        default_factory=dict, repr=False
    )
    """Per surname key: mention starts and the roles gathered up to each (roles_of)."""
    _starts: list[int] | None = field(default=None, repr=False)
    """The mentions' start offsets, for :meth:`between` (built on first use)."""
    _leaders: list[tuple[int, str]] | None = field(default=None, repr=False)
    """Who :meth:`protagonist` names after each mention, worked out on first use."""
    _orgs: list[tuple[list[str], str]] | None = field(default=None, repr=False)
    """Each organisation name once (first mention order) with its case-folded words."""
    _counts: dict[str, int] | None = field(default=None, repr=False)
    """How often each name is mentioned (to choose between namesakes)."""
    _suffixes: dict[str, dict[str, list[str]]] = field(default_factory=dict, repr=False)
    """Per surname key: the longer names ending with each word-boundary suffix."""
    _full_names: dict[tuple[str, str | None], str] = field(default_factory=dict, repr=False)
    """:meth:`full_name`'s answers so far."""

    @classmethod
    def of(
        cls,
        text: str,
        mentions: Sequence[Mention] | None = None,
        genders: Mapping[str, str] | None = None,
    ) -> NameIndex:
        """The index of ``text``; ``mentions`` are its :func:`mentions_in` when known,
        ``genders`` what the set says of its people (:func:`genders_of`)."""
        found = mentions_in(text) if mentions is None else mentions
        index = cls(list(found), text=text, genders=genders or {})
        # names recur: each distinct person name once, in order of first mention
        people = list(dict.fromkeys([m.name for m in found if not m.is_org]))
        for name in people:
            if len(name.split()) >= 2:
                index.full_by_last.setdefault(last_key(name), []).append(name)
        # A name of three words and more may go by its second-to-last ("Guzmán" for
        # "Joaquín Guzmán Loera": a first and a second surname), unless that is
        # someone else's last name; the person is then called as the text calls
        # them, up to that surname ("Joaquín Guzmán").
        primary = set(index.full_by_last)
        for name in people:
            parts = name.split()
            if len(parts) >= 3 and parts[-2][:1].isupper():
                second = last_key(parts[-2])
                if second not in primary:
                    index.full_by_last.setdefault(second, []).append(" ".join(parts[:-1]))
        return index

    def full_name(self, name: str, gender: str | None = None) -> str:
        """``Michael Fallon`` for ``Fallon`` when the text names one person so.

        ``gender`` ("m" or "f", from an honorific: "Mrs Hale") chooses between
        namesakes.  Answers are kept: a text asks for the same names again and again.
        """
        key = (name, gender)
        found = self._full_names.get(key)
        if found is None:
            found = self._full_names[key] = self._full_name(name, gender)
        return found

    def _full_name(self, name: str, gender: str | None) -> str:
        parts = name.split()
        if not parts:
            return name
        folded = _folded(name)
        # "News of Ghosn's flight" opening a sentence names no "News of Ghosn"
        joined = " of " in name
        bucket = last_key(name)
        candidates = [c for c in self._extending(bucket, folded) if (joined or " of " not in c)]
        if len(parts) == 1 and not candidates:
            candidates = [c for c in self.full_by_last.get(bucket, []) if joined or " of " not in c]
        if len(parts) == 1 and not candidates:
            # "Terri told DailyMailTV" after "Terri Schiel, 57,": a first name, as
            # tabloids and local papers call people, when one person has it
            if self._firsts is None:
                self._firsts = {}
                for names in self.full_by_last.values():
                    for full in names:
                        self._firsts.setdefault(full.split()[0], set()).add(full)
            firsts = self._firsts.get(name, set())
            if len(firsts) > 1:
                # "Kim" with "North Korean leader Kim Jong Un" and a headline's "Kim Sign
                # Document": the one the text gives a title or role
                firsts = {f for f in firsts if self.roles_of(f, len(self.text))}
            if len(firsts) == 1:
                return next(iter(firsts))
        if not candidates:
            return name
        longest = max(candidates, key=len)
        if all(_folded(longest).endswith(_folded(c)) for c in candidates):
            return longest  # one person, written out more or less fully
        # namesakes ("Carlos Ghosn" and his wife "Carole Nahas Ghosn", "Will Smith"
        # and "Jada Pinkett Smith"): a bare surname is the one the text names in
        # full most often, else the first it names (candidates are in that order)
        if self._counts is None:
            self._counts = {}
            for m in self.mentions:
                self._counts[m.name] = self._counts.get(m.name, 0) + 1
        counts = self._counts
        # ("Pinkett Smith" is Jada Pinkett Smith again, and no evidence for "Smith")
        folds = {c: _folded(c) for c in candidates}
        inner = {g[p:] for g in folds.values() for p in range(1, len(g)) if g[p - 1] == " "}
        people = [c for c, f in folds.items() if f not in inner]
        if gender is not None:
            # "Mrs Hale said": the namesake the set knows as a woman
            genders = {c: _gender_of_person(self.genders, c) for c in people}
            fitting = [c for c in people if genders[c] == gender]
            # (else not one the set knows as a man: "Mrs Hale" beside "Will Hale")
            people = fitting or [c for c in people if genders[c] is None] or people
        return max(people, key=lambda c: counts.get(c, 0))

    def _extending(self, bucket: str, folded: str) -> list[str]:
        """The names of ``bucket`` that end with ``folded`` after a space or hyphen (longer
        forms of it), through an index built once per bucket: a text naming
        thousands of namesakes stays linear."""
        index = self._suffixes.get(bucket)
        if index is None:
            index = self._suffixes[bucket] = {}
            for c in dict.fromkeys(self.full_by_last.get(bucket, [])):
                f = _folded(c)
                for p in range(1, len(f)):
                    if f[p - 1] in " -":
                        index.setdefault(f[p:], []).append(c)
        return index.get(folded, [])

    def org_name(self, content: Sequence[str], before: int | None = None) -> str | None:
        """A full capitalised organisation name ending in ``content`` (``Defence Ministry``).

        The longest such name; but with ``before``, when the text names two bodies
        so ("the party" after "the Labour Party" and "the Green Party"), the one named
        last before that place, in its longest form.
        """
        want = [w.casefold() for w in content]
        if self._orgs is None:
            names = dict.fromkeys([m.name for m in self.mentions if m.is_org])
            self._orgs = [([w.casefold() for w in name.split()], name) for name in names]
        fitting = [
            name
            for got, name in self._orgs
            if (len(got) >= len(want) and got[-len(want) :] == want)
            # "the Academy" after "The Academy of Motion Picture Arts and Sciences"
            or (len(want) == 1 and len(got) > 2 and got[0] == want[0] and got[1] == "of")
        ]
        if not fitting and len(want) >= 2:
            # "the health service" after "the Irish Health Service Executive (HSE)": a
            # body called by the words its name opens with
            n = len(want)
            fitting = [
                name
                for got, name in self._orgs
                if any(got[k : k + n] == want for k in range(len(got) - n))
            ]
        if not fitting:
            return None
        best = max(fitting, key=len)  # (the first of the longest)
        if before is not None and any(not best.endswith(name) for name in fitting):
            latest = None
            for mention in self.between(max(0, before - 1500), before):
                if mention.is_org and mention.name in fitting:
                    latest = mention.name
            if latest is not None:
                best = max((n for n in fitting if n.endswith(latest)), key=len)
        return best

    def latest_person(self, before: int, known_only: bool = False) -> str | None:
        """The last person named in full before ``before`` (for a pronoun with no speaker yet).

        ``known_only``: not a name that reads as a place's ("Fort Meyers").
        """
        if self._starts is None:
            self._starts = [m.start for m in self.mentions]
        for k in range(bisect.bisect_left(self._starts, before) - 1, -1, -1):
            m = self.mentions[k]
            if m.is_org:
                continue
            if known_only and (
                _place_like(m.name) or self._possessed(m, before) or self._addressed(m, before)
            ):
                continue
            last = m.name.rsplit(" ", 1)[-1]
            if last in _MEMBER_TITLES or last in _TRAILING_TITLES:
                continue  # "Conservative MP", "Uttarakhand CM": a role, not a name
            if all(w.casefold() in TITLES for w in m.name.split()):
                continue  # "Prime Minister" (its "Minister"): a title, no one named
            if not m.roles and _of_phrase(m.name):
                continue  # "Freedom of Information": no one's name
            if _REPORTS_BEFORE_RE.search(self.text, max(0, m.start - 10), m.start):
                continue  # "..., reports Fox Business.": the outlet, not a "he"
            if m.roles or len(m.name.split()) >= 2:
                return self.full_name(m.name)
            full = self.full_name(m.name)  # "Guzmán" after "Joaquín Guzmán" is a person
            if full != m.name:
                return full
        return None

    def _addressed(self, m: Mention, before: int) -> bool:
        """Whether mention ``m`` follows a preposition in the sentence of ``before`` ("In a
        letter to Mr Sunak, he said": the writer, not Sunak)."""
        text = self.text
        between = text[m.start : before]
        if "\n" in between or ". " in between:
            return False
        return _after_preposition(text, m.start)

    def _possessed(self, m: Mention, before: int) -> bool:
        """Whether mention ``m`` is a possessive ("Donald Trump's former lawyer has
        pleaded guilty. He said": the lawyer, not Trump)."""
        where = self.text.find(m.name, m.start, before)
        return where >= 0 and self.text.startswith(("'s", "’s"), where + len(m.name))

    def holder_at(self, body: str, before: int) -> str | None:
        """The latest person before ``before`` introduced with ``body`` just before
        the name ("Ex-Nissan boss Carlos Ghosn" for "the former head of Nissan"),
        looking back over at most 200 mentions."""
        if self._starts is None:
            self._starts = [m.start for m in self.mentions]
        text = self.text
        last = bisect.bisect_left(self._starts, before) - 1
        for k in range(last, max(-1, last - 200), -1):
            m = self.mentions[k]
            if m.is_org or body in m.name:
                continue
            where = text.rfind(body, max(0, m.start - 40), m.start)
            if (
                where >= 0
                and not any(c in ",.;:()" for c in text[where : m.start])
                and (m.roles or len(m.name.split()) >= 2)
            ):
                return self.full_name(m.name)
        return None

    def latest_of_gender(self, gender: str, before: int) -> str | None:
        """The last person named before ``before`` whom the set knows as ``gender``."""
        if self._starts is None:
            self._starts = [m.start for m in self.mentions]
        last = bisect.bisect_left(self._starts, before) - 1
        for k in range(last, max(-1, last - 200), -1):  # nearby: bounded on long texts
            m = self.mentions[k]
            if not m.is_org and gender_of(self.genders, self.full_name(m.name)) == gender:
                return self.full_name(m.name)
        return None

    def protagonist(self, before: int) -> str | None:
        """The person named most often before ``before`` (twice at least), or else
        the only person named so far whom the set knows as a he or a she, for "the
        Bournemouth manager told" when no one is described as a manager."""
        if self._leaders is None:
            # after each mention: (its start, the person named most so far, or "")
            self._leaders = []
            counts: dict[str, int] = {}
            people: set[str] = set()  # named in full and known by the set as a he or she
            # (from what the texts say, not from a given name: a given name tells a
            # she from a he, but does not make someone the story's one person)
            known = self.genders.attested if isinstance(self.genders, Genders) else self.genders
            best, best_count, tied = "", 0, False
            for m in self.mentions:
                if not m.is_org:
                    key = last_key(m.name)
                    count = counts[key] = counts.get(key, 0) + 1
                    if count > best_count:
                        best, best_count, tied = key, count, False
                    elif count == best_count and key != best:
                        tied = True
                    if key in known and key in self.full_by_last:
                        people.add(key)
                if best_count >= 2 and not tied and best in self.full_by_last:
                    leader = best  # named twice and more than anyone
                elif len(people) == 1:
                    leader = next(iter(people))  # the only person named so far
                else:
                    leader = ""
                self._leaders.append((m.start, leader))
        k = bisect.bisect_left(self._leaders, (before, "")) - 1
        key = self._leaders[k][1] if k >= 0 else ""
        full = self.full_by_last.get(key) if key else None
        return self.full_name(max(full, key=len)) if full else None

    def _roles(self, m: Mention) -> frozenset[str]:
        """The roles of a mention, with those written just before its name
        ("forest minister Belden Namah", "The French president, Emmanuel Macron").

        Worked out only for the role look-ups below, not for every mention read.
        """
        if m.roles or m.start < 2 or self.text[m.start - 1] != " ":
            return m.roles
        before = _role_before(self.text, m.start)
        return frozenset(w.casefold() for w in before.split()) if before else m.roles

    def roles_of(self, name: str, before: int) -> frozenset[str]:
        """The title and role words the text gives ``name`` before ``before``."""
        if self._people is None:
            self._people = {}
            for m in self.mentions:
                if not m.is_org:
                    self._people.setdefault(last_key(m.name), []).append(m)
        key = last_key(name)
        found = self._role_prefixes.get(key)
        if found is None:
            # per surname, the mentions' starts and the roles gathered up to each one,
            # built once: a look-up is then a bisection, however long the text
            starts: list[int] = []
            gathered: list[frozenset[str]] = []
            roles: set[str] = set()
            for m in self._people.get(key, ()):
                roles.update(
                    r for r in self._roles(m) if r not in CONNECTORS and not _looks_national(r)
                )
                starts.append(m.start)
                gathered.append(frozenset(roles))
            found = self._role_prefixes[key] = (starts, gathered)
        starts, gathered = found
        k = bisect.bisect_left(starts, before)
        return gathered[k - 1] if k else frozenset()

    def between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions starting in ``[lo, hi)``, in text order."""
        if self._starts is None:
            self._starts = [m.start for m in self.mentions]
        first = bisect.bisect_left(self._starts, lo)
        last = bisect.bisect_left(self._starts, hi, first)
        return self.mentions[first:last]

    def by_role_after(self, role: Sequence[str], nation: str, after: int) -> str | None:
        """The first person named after ``after`` (within 2,000 characters) with all
        of ``role`` among their titles: "A Swedish prosecutor says ..." then "The
        prosecutor, Hans Ihrman, said"."""
        want = {w.casefold() for w in role}
        if not want:
            return None
        if self._starts is None:
            self._starts = [m.start for m in self.mentions]
        first = bisect.bisect_right(self._starts, after)
        for m in self.mentions[first : first + 100]:
            if m.start > after + 2000:
                break
            if m.is_org or not want <= self._roles(m):
                continue
            if nation and m.nation and nation != m.nation:
                continue
            return self.full_name(m.name)
        return None

    def by_role(self, role: Sequence[str], nation: str, before: int) -> str | None:
        """The latest person before ``before`` named with all of ``role`` among their titles.

        Looks back over at most 300 mentions (an article has fewer; a huge text
        stays linear).  The roles written before a name ("forest minister Belden
        Namah") are read only where a wanted word stands just before it.
        """
        want = {w.casefold() for w in role}
        if not want:
            return None
        if self._starts is None:
            self._starts = [m.start for m in self.mentions]
        text = self.text
        probe = max(want, key=len)
        last = bisect.bisect_left(self._starts, before) - 1
        for k in range(last, max(-1, last - 300), -1):
            m = self.mentions[k]
            if m.is_org:
                continue
            roles = m.roles
            if not want <= roles:
                if roles or text.find(probe, max(0, m.start - 40), m.start) < 0:
                    continue
                roles = self._roles(m)
                if not want <= roles:
                    continue
            if nation and m.nation and nation != m.nation:
                continue
            return self.full_name(m.name)
        return None


# --------------------------------------------------------------------------- subjects


@dataclass(frozen=True, slots=True)
class Subject:
    """What a reporting verb's subject is, before resolution."""

    kind: str  # name | pronoun | nominal | unknown
    words: tuple[str, ...]
    start: int
    """Token index where the subject starts (for "right after the quote" checks)."""


def _is_modifier(toks: Sequence[Tok], i: int, j: int) -> bool:
    """A lone national word before a common noun (``US officials``): not a name
    (an acronym before a verb is one: "The FA issued a statement")."""
    return (
        j - i == 1
        and _looks_national(toks[i].text)
        and j < len(toks)
        and toks[j].kind == "word"
        and not toks[j].is_cap
        and toks[j].low not in REPORTING_VERBS
        and toks[j].low not in SKIP_BEFORE_VERB
        and not (toks[j].low.endswith("ed") and toks[i].low not in NATION_ALIASES)
    )


def _after_dateline(toks: Sequence[Tok], lo: int, hi: int) -> int:
    """Where a clause starts after a dateline opening it ("SINGAPORE —", "PARIS (AP) --",
    "BEIRUT, Lebanon –"), else ``lo``."""
    k = lo
    while (
        k < hi
        and k - lo < 6
        and (toks[k].text.isupper() or toks[k].text in ",()" or (k > lo and toks[k].is_cap))
    ):
        k += 1
    if k == lo or not toks[lo].text.isupper() or len(toks[lo].text) < 3:
        return lo
    if k < hi and toks[k].text in ("—", "–"):
        return k + 1
    if k + 2 < hi and toks[k].text.isdigit() and toks[k + 1].text == ":":
        return k + 2  # "SYDNEY, March 23: World number one Ashleigh Barty ..."
    if k + 1 < hi and toks[k].text == "-" and toks[k + 1].text == "-":
        return k + 2
    return lo


def _np_forward(toks: Sequence[Tok], lo: int, hi: int) -> Subject | None:
    """The first noun phrase of tokens [lo, hi): a clause's subject."""
    i = _after_dateline(toks, lo, hi)
    while i < hi and toks[i].kind == "word" and toks[i].low in ("but", "and", "meanwhile", "so"):
        i += 1
    if (
        i + 2 < hi
        and toks[i].text[:1].isupper()
        and toks[i].low.endswith("ing")
        and toks[i + 1].text == ","
        and toks[i + 2].is_cap
    ):
        i += 2  # "Commenting, Richard Moriarty, chief executive ..., said"
    elif (
        i + 1 < hi
        and toks[i].text[:1].isupper()  # ("Warning" is a reporting verb: no is_cap)
        and (toks[i].low.endswith("ing") or toks[i].low in _OPENING_PARTICIPLES)
        and toks[i + 1].kind == "word"
        and not toks[i + 1].is_cap
    ):
        # "Speaking to reporters in Gaza, Dr Ann Lee, a spokeswoman, said": the
        # participle's clause runs to the first comma; the subject comes after it.
        # (A name ending in -ing, "King Abdullah", "Manning, the analyst", is
        # followed by a capital or a comma, not by a lower-case word.)
        comma = next((k for k in range(i + 1, hi) if toks[k].text == ","), None)
        if comma is not None and comma + 1 < hi:
            i = comma + 1
    if (
        i + 1 < hi
        and (
            toks[i].low in _INTRODUCERS
            or (toks[i].low in _INTRODUCER_LEADS and toks[i + 1].low in _INTRODUCERS)
        )
        and toks[i + 1].kind == "word"
        and (not toks[i + 1].is_cap or _short_setting_then_name(toks, i + 1, hi))
    ):
        # "Ahead of the Fed's meeting, however, Trump ... called": an opening phrase
        # of time or place runs to a comma (and a "however" after it); the subject follows
        comma = next((k for k in range(i + 1, hi) if toks[k].text == ","), None)
        if comma is not None and comma + 1 < hi:
            i = comma + 1
            if i + 1 < hi and toks[i].low in _ASIDES and toks[i + 1].text == ",":
                i += 2
    if i >= hi:
        return None
    t = toks[i]
    if t.low in PRONOUNS:
        return Subject("pronoun", (t.low,), i)
    if (
        i + 3 < hi
        and toks[i].low in ("a", "an")
        and toks[i + 1].text.islower()
        and toks[i + 2].low == "of"
        and toks[i + 1].low in _ASSOCIATES
    ):
        # "A supporter of Ms Fernandez de Kirchner, who did not give his name, said":
        # someone unnamed, not the one they support
        return _nominal(toks, i, i + 1)
    k = i
    while k < hi and toks[k].kind == "word":
        if toks[k].low == "of" and any(_AGE_RE.fullmatch(t.low) for t in toks[i:k]):
            # "The 57-year-old member of the Rock and Roll Hall of Fame": the member
            return _nominal(toks, i, k - 1)
        if (
            k == i
            and k + 1 < hi
            and toks[k + 1].low == "of"
            and (toks[k].low in GROUP_NOUNS or toks[k].low in _PEOPLE_NOUNS)
        ):
            # "Families of Lucy Letby's victims have expressed": the families, unnamed
            return _nominal(toks, i, k)
        if toks[k].is_cap and (
            toks[k].low not in NON_NAMES or (k + 1 < hi and _title_stop(toks, k + 1))
        ):
            j = _cap_sequence_after(toks, k)
            if _possessive(toks[j - 1].text) is not None or _is_modifier(toks, k, j):
                k = j
                continue
            if (
                j == k + 1
                and "." in toks[k].text
                and j + 1 < hi
                and toks[j].text == "."
                and toks[j + 1].is_cap
            ):
                k = j + 1  # "U.S. President Donald Trump": a dotted abbreviation modifies
                continue
            if (
                j == k + 1
                and toks[k].low in ROLE_NOUNS
                and j + 2 < hi
                and toks[j].low == "and"
                and toks[j + 1].low in ROLE_NOUNS
                and toks[j + 2].is_cap
            ):
                k = j + 2  # "Actor and writer Tim Downie": two roles, then the name
                continue
            r = j
            while r < hi and r - j < 3 and toks[r].kind == "word" and toks[r].text.islower():
                if toks[r].low not in ROLE_NOUNS and toks[r].low not in _RANKING_WORDS:
                    break
                r += 1
            if r > j and r < hi and toks[r].is_cap and toks[r].low not in NON_NAMES:
                k = r  # "Former Tottenham manager Harry Redknapp": a body, a role, the name
                continue
            if toks[j].low == "of" and toks[k].low not in NON_NAMES:
                # "The Match of the Day presenter, who ...": a title naming a role
                r = j + 1
                while (
                    r < hi and toks[r].kind == "word" and (toks[r].is_cap or toks[r].low == "the")
                ):
                    r += 1
                if r > j + 1 and r < hi and toks[r].low in ROLE_NOUNS and toks[r].text.islower():
                    return _nominal(toks, i, r)
            if j + 1 < hi and toks[j].low in ("and", "&") and toks[j + 1].is_cap:
                seat = _cap_sequence_after(toks, j + 1)
                if toks[seat - 1].text in _MEMBER_TITLES:
                    j = seat  # "The Esher and Walton MP": a seat of two places, and its member
            return Subject("name", _name_words(toks, k, j), i)
        k += 1
    if (
        k > i
        and k + 2 < hi
        and toks[i].low == "the"
        and toks[k].text == ","
        and toks[k + 1].low == "the"
        and toks[k + 2].is_cap
        and toks[k - 1].low in ORG_HEADS
    ):
        # "the union, the United Automobile Workers, said": the body's name set off
        end = min(_cap_sequence_after(toks, k + 2), hi)
        if end == hi or toks[end].text == ",":
            return Subject("name", _name_words(toks, k + 2, end), k + 2)
    return _nominal(toks, i, min(k, hi) - 1) if k > i else None


_ASSOCIATES = wordset(
    """
    supporter supporters follower followers fan fans friend friends relative relatives
    neighbour neighbor neighbours neighbors colleague colleagues classmate classmates
    admirer admirers critic critics ally allies acquaintance cousin
    """
)
"""People described by whom they are close to ("a supporter of X"): not X."""
_RANKING_WORDS = wordset("number no one two three seeded ranked")
"""Words of a ranking before a name ("World number one Ashleigh Barty")."""
_OPENING_PARTICIPLES = wordset("known born raised dubbed nicknamed described seen")
"""Past participles that open a phrase about the subject ("Known as Big Sam, Allardyce")."""


def _short_setting_then_name(toks: Sequence[Tok], i: int, hi: int) -> bool:
    """Whether a capitalised opening phrase ("On Twitter", "In Paris") runs to a comma
    within four words and a capitalised word follows it: "On Twitter, Moussa Faki
    Mahamat, chairman of the AU Commission, denounced" is the chairman speaking."""
    for k in range(i, min(hi, i + 5)):
        if toks[k].text == ",":
            return k + 1 < hi and toks[k + 1].is_cap and toks[k + 1].low not in NON_NAMES
        if toks[k].kind != "word":
            return False
    return False


_INTRODUCERS = wordset(
    """
    ahead after before during following amid despite in on at with without since as while
    when although though because if unless until upon throughout from by under over once
    """
)
"""Words opening a phrase of time, place or circumstance before a clause's subject."""
_INTRODUCER_LEADS = wordset(
    """
    shortly soon moments minutes hours days weeks months years immediately just right
    long only even later earlier straight
    """
)
"""Words that lead an opening phrase of time ("Shortly after the vote, Trump said")."""
_ASIDES = wordset("however meanwhile though nevertheless still instead moreover")
"""Adverbs set off by commas after an opening phrase ("In March, however, Lee said")."""


_NOT_DESCRIPTIONS = wordset(
    """
    the a an that this these those in on at to of for from with by after before when while as
    during about against into over under last then later earlier also yesterday today and or but
    """
)
"""Words that start a phrase of place, time or clause, not a description of a person."""
_NOT_QUALIFIERS = wordset(
    """
    The A An This That These Those Its Their His Her Our Your My Another Every Each
    In On At For From With By As After Before When While But And Or If
    the a an this that these those its their his her our your my another every each
    of and or said says told added is was are were has have had will would could
    which who whose what where when as at in on for from with by to
    after before since until during against about over under into than
    """
)
"""Words that are no qualifier of an organisation's name ("The ministry", "said the ministry")."""


_ISO_DATE_BEFORE_RE = re.compile(r"\d{4}-\d{2}-\d{2}\s+$")
"""A date stamp right before a sentence ("2020-03-05 Beleaguered Flybe collapsed")."""
_BUSINESS_NOUN_BEFORE_RE = re.compile(
    rf"\b[a-z]+\s+(?:{'|'.join(sorted(COMPANY_NOUNS | {'agency', 'bureau'}))})\s+$"
)
"""A lower-case business noun right before a name ("credit reporting agency Equifax")."""
_NAME_AFTER_RE = re.compile(r"[ \u00a0]+([A-Z][\w&'’\-]*(?:[ \u00a0]+[A-Z][\w&'’\-]*){0,3})")
"""A capitalised name right after a position (a noun's appositive: "company Equifax")."""


@lru_cache(maxsize=256)
def _org_phrase_re(head: str) -> re.Pattern[str]:
    """Phrases naming an organisation by ``head``: "Russia's defence ministry"
    (qualifier, modifiers), "Boeing, the plane maker", "the carmaker Toyota" and
    "The Tehreek-i-Labaik Pakistan (TLP) party" (a name, its acronym, the noun)."""
    name = r"[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,3}"
    noun = re.escape(head)
    return re.compile(
        rf"\b([A-Z][\w'’\-]*)\s+((?:[a-z][\w\-]*\s+){{0,2}}){noun}\b"
        rf"|\b({name}),\s+(?:the|a|an)\s+(?:[\w\-]+\s+){{0,3}}{noun}\b"
        rf"|\bthe\s+(?:[a-z\-]+\s+){{0,2}}{noun}\s+({name})"
        rf"|\b({name})\s+\([A-Z][A-Za-z.&]{{1,9}}\)\s+{noun}\b"
    )


_PLURAL_PEOPLE = wordset(
    "officials men women leaders ministers presidents spokesmen sides politicians officers"
)
"""What a pair of people is called ("the two officials", "both leaders")."""


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last ". " or line break
    before it, looking back 2,000 characters at most (keeps long texts linear)."""
    lo = max(0, at - 2000)
    return max(text.rfind(". ", lo, at), text.rfind("\n", lo, at), lo - 1) + 1


_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’]*\s+")


_SIMPLE_WORD_RE = re.compile(r"[a-z]+")
_PERFORMERS = wordset(
    "singer actor actress rapper musician artist comedian presenter author novelist dancer"
)
"""What a story calls the performer it is about ("the singer's representative")."""
_ORG_VOICES = frozenset({"spokesperson", "spokesman", "spokeswoman", "source", "sources"})
"""Unnamed people through whom a named organisation speaks."""
_PERSONAL_VOICES = wordset(
    """
    spokesperson spokesman spokeswoman spokespeople representative representatives
    publicist lawyer lawyers attorney attorneys
    """
)
"""Unnamed people who speak for a person ("Theresa May's spokesman", "her representatives")."""
_POSSESSIVE_END_RE = re.compile(r"['’]s?$")
_AND_NAME_RE = re.compile(r" and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*")
_GENERIC_BODIES = wordset("organization organisation group body regulator watchdog")
_SCHOOL_HEADS = wordset("school college university academy")
_ACCOUNT_NOUNS = wordset("account feed handle page channel website")
"""Where a person or body posts ("Bazoum's official account tweeted"): its owner speaks."""
_BASED_RE = re.compile(r"[A-Z][\w'’.-]*-based")
"""A place-based modifier ("the Atlanta-based company"): description, not a name."""
_WHICH_NAMED_RE = re.compile(
    r"\b([A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){0,3}), which [^.,]{1,150}, (?:[A-Za-z]+ ){0,3}"
    r"(?:said|says|announced|confirmed|added|stated|issued|released)\b"
)
"""A name a "which" clause describes, as the subject of a reporting verb: a body
("OceanGate, which owns the submarine, on Thursday said"), not a place or a law."""
_AFFILIATIONS = wordset(
    """
    republican republicans democrat democrats tory tories labour conservative conservatives
    liberal liberals catholic catholics muslim muslims christian christians jew jews marine
    marines australians americans britons
    """
)
"""Capitalised words for what someone belongs to, not who they are."""
_DOCUMENT_ISSUER_RE = re.compile(
    r"\b(?:report|study|survey|assessment|review|analysis)\b[^.;\n]{0,60}"
    r"\b(?:released|published|issued|written|compiled|produced|commissioned)\s+"
    r"(?:[\w ]{0,20}\s)?(?:by|from)\s+(?:the\s+)?(?:[\w.]+['’]s\s+)?$"
)
"""A document then its issuer: "a climate report released Monday by the U.N.'s"."""
_OWNED_DOCUMENT_RE = re.compile(
    r"(?: ?\([A-Z.]{2,12}\))?(?:['’]s (?:[\w-]+ ){0,3}?| (?:[A-Z][\w-]* ){0,3})"
    r"(?i:report|study|survey|assessment|review|analysis)\b"
)
"""The issuer then its document: "(IPCC)'s Sixth Assessment Report", "'s latest report"."""
_ON_TAIL_RE = re.compile(r" on(?: [A-Z][\w-]+)+")
_REPORT_NOUNS = wordset("report study survey assessment review analysis")
"""Documents that speak for whoever owns them ("the UN's latest report")."""
_TEXT_VOICES = wordset("text document")
"""What a statement is also called once it is named ('"...," the text read')."""
_THING_VOICES = wordset("probe lander rover spacecraft satellite robot")
"""Things a story names that speak through their operators' accounts ("The probe tweets")."""


@lru_cache(maxsize=64)
def _thing_name_re(head: str) -> re.Pattern[str]:
    """A capitalised name before ``head``, perhaps with one lower-case word between
    ("Philae comet probe", "Curiosity rover")."""
    return re.compile(
        r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) (?:[a-z]+ )?" + re.escape(head) + r"\b"
    )


_BODY_STAFF = wordset(
    """
    official officials scientist scientists researcher researchers engineer engineers
    executive executives officer officers representative representatives employee
    employees staffer staffers insider insiders trader traders
    """
)
"""Unnamed people of a named body through whom it speaks ("a NASA scientist said")."""
_GROUP_VOICES = wordset("leaders members officials representatives organizers organisers")
"""People through whom a named body speaks ("said leaders from Women's March")."""
_PUBLICATION_PARTS = wordset("page headline editorial cover")
"""Parts of a publication through which it speaks ("screamed the front page of the Sun")."""


_INITIALISM_RE = re.compile(r"(?:[A-Z]\.)+[A-Z]")
"""An initialism before its final full stop, which tokenises apart ("U.S", "U.K")."""


def _first_conjunct(toks: Sequence[Tok], j: int, lo: int) -> Subject | None:
    """The first of two people the clause names as one subject: "Nick Clegg, Meta's
    president of global affairs, and Chief Legal Officer Jennifer Newstead said" is
    Clegg's statement as much as Newstead's, and the first named leads it."""
    k = j - 1
    while k >= lo and toks[k].kind == "word" and toks[k].text.islower() and toks[k].low != "and":
        k -= 1  # ("and chief legal officer Jennifer Newstead")
    if k - 1 < lo or toks[k].low != "and" or toks[k - 1].text != ",":
        return None
    first = _np_forward(toks, lo, k)
    if first is None or first.kind != "name" or first.start > lo + 1 or len(first.words) < 2:
        return None
    # the first name is set off by the comma the "and" follows: "Nick Clegg, ..., and"
    after_first = first.start + len(first.words)
    if after_first >= k or toks[after_first].text != ",":
        return None
    return first


def _nominal(toks: Sequence[Tok], lo: int, head: int) -> Subject:
    """A lower-case noun phrase from ``lo`` to ``head`` inclusive (without full stops:
    "the U.S. president" is the words "the", "U.S", "president")."""
    return Subject("nominal", tuple(t.text for t in toks[lo : head + 1] if t.text != "."), lo)


def _relative_clause_subject(toks: Sequence[Tok], i: int, lo: int) -> Subject | None:
    """The noun phrase a relative clause ending at ``i`` describes: '"...," a resident who
    lives near the leader's mansion in the suburb of Borrowdale said' is the resident."""
    for r in range(i - 1, max(lo, i - 15) - 1, -1):
        t = toks[r]
        if t.kind != "word":
            return None
        if t.low != "who":
            continue
        noun = r - 1
        if noun < lo or toks[noun].kind != "word" or toks[noun].is_cap:
            return None
        for a in range(noun - 1, max(lo, noun - 3) - 1, -1):
            if toks[a].low in ("a", "an", "the"):
                return _nominal(toks, a, noun)
            if toks[a].kind != "word" or toks[a].is_cap:
                break
        return None
    return None


def subject_before(toks: Sequence[Tok], v: int, lo: int) -> Subject | None:
    """The subject of the reporting verb at ``v``, looking back no further than ``lo``."""
    i = v - 1
    while i >= lo:
        low = toks[i].low
        if (low in SKIP_BEFORE_VERB or low in TIME_WORDS) and _surname_month(toks, i, lo):
            break  # "Mrs May said", "Theresa May said": a name, not "may" or a month
        if low in SKIP_BEFORE_VERB:
            i -= 1
        elif (
            low.endswith("ly")
            and len(low) > 4
            and toks[i].text.islower()
            and low not in _LY_NOUNS
            and i - 1 >= lo
            and (toks[i - 1].low in SKIP_BEFORE_VERB or toks[i - 1].is_cap)
        ):
            i -= 1  # "Powell has doggedly insisted", "Trump angrily said"
        elif low in TIME_WORDS:
            i -= 1
            if i >= lo and toks[i].low in ("on", "last", "this", "late", "early", "on"):
                i -= 1
        elif low == "ago":
            i -= 1  # "who weeks ago called", "who two days ago said"
            while i >= lo and (toks[i].low in _SPANS_OF_TIME or toks[i].low.isdigit()):
                i -= 1
        elif low == "part" and i - 2 >= lo and toks[i - 2].low == "for":
            i -= 3
        elif low == "to" and i - 1 >= lo and toks[i - 1].low in _CATENATIVES:
            i -= 2  # "Sean Spicer appeared to acknowledge", "she went on to say"
        elif (
            low == "to"
            and i - 2 >= lo
            and toks[i - 1].low == "on"
            and toks[i - 2].low in _CATENATIVES
        ):
            i -= 3  # "Heard's statement went on to say"
        elif low == "on" and i - 2 >= lo and toks[i - 1].low == "went":
            i -= 1
        elif low == ")" and (opening := _short_gloss(toks, i, lo)) is not None:
            i = opening - 1  # "the French league (LFP) said": the acronym glosses the subject
        else:
            break
    if i < lo:
        return None
    if (
        toks[v].low.endswith("ing")
        and toks[i].low in _PARTICIPLE_ADVERBS
        and i - 1 >= lo
        and toks[i - 1].text == ","
    ):
        return None  # "the row, instead saying": no subject of its own (the main clause's)
    if toks[i].text == "." and i - 1 >= lo and toks[i - 1].low in ("jr", "sr"):
        i -= 1  # "Martin Luther King Jr. said"
    k = i - 1 if toks[i].text == "." else i
    if k - 2 >= lo and _PARTY_TAG_WORD_RE.fullmatch(toks[k].text) and toks[k - 1].text == ",":
        i = k - 2  # "Sen. Ron Wyden, D-Ore. said": the party and state tag the name
    t = toks[i]
    relative = _relative_clause_subject(toks, i, lo)
    if relative is not None:
        return relative
    if t.text == "WHO" and not toks[v].text.isupper():
        # "The WHO said": the World Health Organization, not a relative "who"
        # (unless the sentence is in capitals, as a shouted headline may be)
        return Subject("name", (t.text,), i)
    if t.low in ("and", "but") and i > lo:
        # "Stuart Varney appeared on Fox and said": the sentence's subject;
        # "Weinstein's attorney, Donna Rotunno, spoke ... and declared": the name
        # set off after the description opening the sentence
        opener = _sentence_subject(toks, lo, i) or _opening_apposition(toks, lo, i)
        if opener is not None:
            return opener
    if t.text in (",", "—", "–", "-"):
        # (a typed dash, "--", is two hyphens: "Trump -- a frequent critic -- called";
        # a hyphen standing alone is one: "Salim Jreissati - affiliated to the FPM - tweeted")
        named = _apposed_name(toks, i, lo)
        if named is not None:
            return named
        if toks[v].low.endswith("ing"):
            # "with former chancellor George Osborne, chairman of trustees, saying":
            # the name after "with" is the participle's subject
            with_at = next((k for k in range(i - 1, lo - 1, -1) if toks[k].low == "with"), None)
            if with_at is not None:
                after_with = _np_forward(toks, with_at + 1, i)
                if after_with is not None and after_with.kind == "name":
                    last = next(
                        (
                            x
                            for x in range(after_with.start, i)
                            if toks[x].text.rstrip(".") == after_with.words[-1]
                        ),
                        None,
                    )
                    # (the name, then its description set off or the participle: not
                    # "a meeting with Kim Jong Un on Tuesday, saying")
                    if last is not None and toks[last + 1].text == ",":
                        return after_with
        # "Some countries hesitate, but Dr. Pedro Alonso, the head of WHO's
        # malaria programme, called": the subject opens the clause after "but"
        start = lo
        for k in range(lo + 1, i):
            if toks[k - 1].text == "," and (
                toks[k].low in _CONCESSIVES
                # "She refused, and Perry followed through ..., saying"
                or (toks[k].low == "and" and k + 1 < i and toks[k + 1].is_cap)
            ):
                start = k + 1
        return _np_forward(toks, start, i)
    if t.kind != "word":
        return None
    if (
        t.low == "who"
        and i - 4 >= lo
        and toks[i - 1].text == ","
        and toks[i - 2].text.isdigit()
        and toks[i - 3].text == ","
        and toks[i - 4].is_cap
    ):
        i -= 2  # "Raila Odinga, 72, who hailed": the age set off after the name
    if (
        t.low == "who"
        and i - 2 >= lo
        and toks[i - 1].text == ","
        and toks[i - 2].is_cap
        and toks[i - 2].low not in NON_NAMES
    ):
        # "Ruiz, who called the storm "a monster", ...": the person the clause is about
        j = _org_sequence_before(toks, i - 2, lo)
        if j - 1 >= lo and toks[j - 1].low in ("of", "at", "in", "from", "for"):
            # "Sir Nicholas Winton, organiser of the kindertransport at the outbreak of
            # World War II, who once told her": the person the description is of
            comma = next((c for c in range(j - 2, lo - 1, -1) if toks[c].text == ","), None)
            person = _person_before_comma(toks, comma, lo) if comma is not None else None
            if person is not None:
                return person
        return Subject("name", _name_words(toks, j, i - 1), j)
    if t.low == "who" and i - 1 > lo and toks[i - 1].kind == "word" and not toks[i - 1].is_cap:
        # "Nicolas Maduro, a strong Kirchner ally who has called ...": the name the
        # description in apposition is of
        a = next(
            (k for k in range(i - 2, max(lo, i - 6) - 1, -1) if toks[k].low in ("a", "an")),
            None,
        )
        if a is not None and a - 1 > lo and toks[a - 1].text == ",":
            person = _person_before_comma(toks, a - 1, lo)
            if person is not None:
                return person
    if t.low == "who" and i - 1 > lo and toks[i - 1].text in (",", "—", "–"):
        # "The former personal trainer — who described himself as ...": the noun
        # phrase opening the clause the relative clause describes
        opener = _np_forward(toks, lo, i - 1)
        if opener is not None and opener.words[0].casefold() in ("the", "a", "an"):
            return opener
    if t.low in ("when", "while", "by") and toks[v].low.endswith("ing") and i > lo:
        # "Trump appeared to go off script when asking the "obstructionists"": the
        # participle's subject is the main clause's
        return _np_forward(toks, lo, i)
    if t.low in ("that", "which") and i - 1 > lo and toks[i - 1].low in _DOCUMENTS:
        # "OceanGate, who owned the submersible, issued a statement that says": the
        # issuer opening the clause
        opener = _np_forward(toks, lo, i - 1)
        if opener is not None and opener.kind == "name":
            return opener
    if t.low in ("and", "but", "or", "then", "to", "who", "which", "that"):
        return None
    setting = _name_before_setting(toks, i, lo)
    if setting is not None:
        return setting
    if t.low in PRONOUNS:
        return Subject("pronoun", (t.low,), i)
    if _surname_month(toks, i, lo) and toks[i - 1].low in HONORIFICS:
        return Subject("name", (toks[i - 1].text, t.text), i - 1)  # "Mrs May said"
    if t.is_cap and (t.low not in NON_NAMES or _surname_month(toks, i, lo)):
        j = _org_sequence_before(toks, i, lo)
        coordinated = _first_conjunct(toks, j, lo)
        if coordinated is not None:
            return coordinated
        if (
            j - 1 >= lo
            and toks[j - 1].low in ("former", "ex")
            and all(x.low in ROLE_NOUNS for x in toks[j : i + 1])
        ):
            # "the former Foreign Secretary said": a former role, not its holder now
            start = j - 2 if j - 2 >= lo and toks[j - 2].low in _ARTICLES else j - 1
            return _nominal(toks, start, i)
        return (
            _person_described(toks, j, lo)
            or _person_at(toks, j, lo)
            or _person_of_body(toks, j, lo)
            or _role_of_body(toks, j, lo)
            or _person_before_place(toks, j, lo)
            or _body_before_place(toks, j, lo)
            or _noun_before_preposition(toks, j, lo)
            or Subject("name", _name_words(toks, j, i + 1), j)
        )
    # a lower-case noun phrase: back to its determiner
    j = i
    while j - 1 >= lo:
        prev = toks[j - 1]
        if prev.kind != "word":
            if prev.text == "." and j - 2 >= lo and _INITIALISM_RE.fullmatch(toks[j - 2].text):
                j -= 1  # over an initialism's full stop: "the U.S. president said"
                continue
            break
        if prev.low in ("the", "a", "an") or _possessive(prev.text):
            j -= 1
            break
        if prev.low == "and" and j - 2 >= lo and toks[j - 2].is_cap and toks[j].is_cap:
            j -= 1  # inside a name: "a Department for Business and Trade spokesperson"
            continue
        if (
            prev.low == "of"
            and toks[j].text.isdigit()
            and i == j + 1
            and toks[i].low in _SPANS_OF_TIME
            and j - 2 >= lo
            and toks[j - 2].kind == "word"
            and not toks[j - 2].is_cap
        ):
            j -= 2  # "the miner of 14 years said": the noun the span of time describes
            i = j
            continue
        if prev.low in ("that", "which", "who", "whose", "and", "of") or (
            prev.low in REPORTING_VERBS and not (prev.low == "state" and _state_modifies(toks[j]))
        ):
            break
        j -= 1
    if toks[v].low.endswith("ing") and (
        aux := next((a for a in range(j, i + 1) if toks[a].low in _AUXILIARIES), None)
    ):
        # "Chris Todd has apologised to officers saying:": the participle goes with
        # the clause's subject, before its verb
        main = _np_forward(toks, lo, aux)
        if main is not None and main.kind == "name":
            return main
    if (
        j - 2 > lo
        and toks[j - 1].low in ("in", "on", "at", "during", "after")
        and toks[j - 2].low == "and"
    ):
        # "Rajoy appeared in parliament and in a brief speech said": the sentence's
        # subject, past the phrase of setting
        opener = _sentence_subject(toks, lo, j - 2) or _opening_apposition(toks, lo, j - 2)
        if opener is not None:
            return opener
    if j - 2 >= lo and toks[j - 1].low in ("who", "whose") and toks[j - 2].kind == "word":
        # "A councillor whose town was cut off said": the noun the clause is about
        k = j - 2
        while k - 1 >= lo and toks[k - 1].kind == "word":
            k -= 1
            if toks[k].low in ("the", "a", "an"):
                return _nominal(toks, k, j - 2)
            if toks[k].is_cap:
                break
    return (
        _person_described(toks, j, lo)
        or _name_before_description(toks, i, lo)
        or _name_before_bare_role(toks, i, lo)
        or _nominal(toks, j, i)
    )


_SETTINGS = wordset("in on during via")
_NOT_SETTING_NAMES = GROUP_NOUNS | wordset("others users people many some both all most")
_MEDIA = wordset("twitter facebook instagram x tiktok youtube television radio")


def _name_before_setting(toks: Sequence[Tok], i: int, lo: int) -> Subject | None:
    """ "Diab in his speech promised", "Trump on Twitter said": the name before the
    setting the words were said in, which ends at ``i`` just before the verb."""
    p = i
    while p >= lo and i - p < 4 and toks[p].kind == "word" and toks[p].low not in _SETTINGS:
        if toks[p].is_cap and toks[p].low not in _MEDIA:
            return None
        p -= 1
    if p - 1 < lo or p == i or toks[p].low not in _SETTINGS:
        return None
    last = p - 1
    t = toks[last]
    if not t.is_cap or t.low in NON_NAMES or t.low in _MEDIA or t.low in _NOT_SETTING_NAMES:
        return None  # (not "Others in the room said", "Users on TikTok said")
    first = _org_sequence_before(toks, last, lo)
    before = toks[first - 1] if first > lo else None
    if (
        before is not None
        and before.kind == "word"
        and not before.is_cap
        and before.low not in _ARTICLES
        and before.low not in ("but", "and")
    ):
        return None  # "a flight to London in his view": the name is no subject
    return Subject("name", _name_words(toks, first, last + 1), first)


def _name_before_description(toks: Sequence[Tok], i: int, lo: int) -> Subject | None:
    """The name set off before a description that ends at the verb: '"...", Narongsak
    Osottanakorn, the head of the rescue mission said' is Narongsak speaking."""
    k = i
    while k >= lo and i - k < 12 and toks[k].kind == "word" and not toks[k].is_cap:
        k -= 1
    span = toks[k + 1 : i + 1]
    if k - 1 < lo or toks[k].text != "," or not span or span[0].low not in _ARTICLES:
        return None
    if not any(t.low in ROLE_NOUNS for t in span):
        return None
    return _person_before_comma(toks, k, lo)


def _name_before_bare_role(toks: Sequence[Tok], i: int, lo: int) -> Subject | None:
    """The name before a role without an article, its closing comma left out:
    "Margaret Chan, WHO director-general said" is Chan speaking."""
    head = toks[i].low.rsplit("-", 1)[-1]
    if head not in ROLE_NOUNS:
        return None
    k = i - 1
    while (
        k >= lo
        and i - k <= 3
        and toks[k].kind == "word"
        and (not toks[k].is_cap or toks[k].text.isupper() or _looks_national(toks[k].text))
    ):
        k -= 1
    if k - 1 < lo or toks[k].text != ",":
        return None
    person = _person_before_comma(toks, k, lo)
    return person if person is not None and len(person.words) >= 2 else None


def _person_of_body(toks: Sequence[Tok], j: int, lo: int) -> Subject | None:
    """ "Feryal Ozel, an astrophysicist at the University of Arizona told": the person a
    description set off after a name places at the body starting at ``j``."""
    k = j - 1
    if k >= lo and toks[k].low == "the":
        k -= 1
    if k < lo or toks[k].low not in ("at", "of", "from", "with"):
        return None
    m = k - 1
    while m >= lo and k - m <= 4 and toks[m].kind == "word" and not toks[m].is_cap:
        m -= 1
    if m < lo or toks[m].text != "," or m + 1 >= k:
        return None
    # ("..., an astrophysicist at", "..., chair of the Police Federation")
    if toks[m + 1].low not in _ARTICLES and toks[k - 1].low not in _ROLES_AND_TITLES:
        return None
    return _person_before_comma(toks, m, lo)


_ROLE_LINKS = wordset("of for at")


def _role_of_body(toks: Sequence[Tok], j: int, lo: int) -> Subject | None:
    """ "the former head of Nissan Motor and Renault SA said", "One of the lead lawyers
    for indicted former Nissan Chairman Carlos Ghosn says": a role at a body or for a
    person, the subject of the verb, and not the name after it (the role is resolved
    to whoever the text gives it)."""
    if j - 2 >= lo and toks[j - 1].low == "and" and toks[j - 2].is_cap:
        j = _org_sequence_before(toks, j - 2, lo)  # "of Nissan Motor and Renault SA"
    k = j - 1
    while k >= lo and j - k <= 5 and toks[k].kind == "word":
        if toks[k].low in _ROLE_LINKS:
            break
        k -= 1  # "for indicted former", "of the", "for former Borland chairman"
    if k - 1 < lo or toks[k].low not in _ROLE_LINKS:
        return None
    head = k - 1
    noun = toks[head].low
    singular = noun[:-1] if noun.endswith("s") and noun[:-1] in ROLE_NOUNS else noun
    if toks[head].is_cap or singular not in ROLE_NOUNS or singular in _ORG_VOICES:
        return None  # (a spokesperson for a body: the body speaks)
    m = head
    while (
        m - 1 >= lo
        and head - m < 3
        and toks[m - 1].kind == "word"
        and (toks[m - 1].text.islower() or toks[m - 1].low in ("the", "a", "an"))
    ):
        m -= 1
        if toks[m].low in ("the", "a", "an"):
            words = [t.text for t in toks[m:head]] + [singular]
            if toks[k].low != "for":
                # the body it is a role at: whoever the text introduced with it
                words += [toks[k].low, *_name_words(toks, j, _cap_sequence_after(toks, j))]
            return Subject("nominal", tuple(words), m)
    return None


def _person_before_comma(toks: Sequence[Tok], comma: int, lo: int) -> Subject | None:
    """A person's full name (two words or more, no organisation word) ending just
    before the comma at ``comma``, or None."""
    last = comma - 1
    if last < lo or not toks[last].is_cap or toks[last].low in NON_NAMES:
        return None
    first = _cap_sequence_before(toks, last, lo)
    words = _name_words(toks, first, last + 1)
    if len(words) < 2 or any(w.casefold() in ORG_HEADS for w in words):
        return None
    return Subject("name", words, first)


def _person_at(toks: Sequence[Tok], j: int, lo: int) -> Subject | None:
    """The person before "at"/"from"/"of" and the body starting at ``j``: "Tom Hoffman at
    NASA's Jet Propulsion Laboratory added" is Hoffman speaking, not the laboratory."""
    k = j - 1
    if k >= lo and toks[k].is_cap and _possessive(toks[k].text) is not None:
        k = _org_sequence_before(toks, k, lo) - 1  # "at NASA's Jet Propulsion Laboratory"
    if k >= lo and toks[k].low == "the":
        k -= 1
    if k - 1 < lo or toks[k].low not in ("at", "from", "of") or not toks[k - 1].is_cap:
        return None
    end = k
    start = _org_sequence_before(toks, end - 1, lo)
    words = _name_words(toks, start, end)
    if len(words) < 2 or any(w.casefold() in ORG_HEADS for w in words):
        return None  # a full personal name only: "Ministry of Defence" is no person
    return Subject("name", words, start)


_PLACE_WALK = 8
"""Words looked back over from a place to the body before it ("the US attorney's office")."""


def _person_before_place(toks: Sequence[Tok], j: int, lo: int) -> Subject | None:
    """The person before a body and the place it is in, which starts at ``j``:
    "Stephanie Hinds of the US attorney's office in San Francisco said" is Hinds
    speaking, not the city."""
    if j - 1 < lo or toks[j - 1].low != "in":
        return None
    for p in range(j - 2, max(lo, j - 2 - _PLACE_WALK) - 1, -1):
        t = toks[p]
        if t.kind != "word" or t.low in ("and", "that", "who", "which") or t.low in REPORTING_VERBS:
            return None
        if t.low in ("of", "at", "from"):
            return _person_at(toks, p + 1, lo)
    return None


def _body_before_place(toks: Sequence[Tok], j: int, lo: int) -> Subject | None:
    """The body before the place it is in, which starts at ``j``: "The Palestinian
    Authority Foreign Ministry in Ramallah said" is the ministry speaking, not the city."""
    if j - 2 < lo or toks[j - 1].low != "in" or toks[j - 2].low not in ORG_HEADS:
        return None
    body = j - 2
    if toks[body].is_cap:
        k = _org_sequence_before(toks, body, lo)
        return Subject("name", _name_words(toks, k, body + 1), k)
    start = next(
        (k for k in range(body - 1, max(lo, body - 4) - 1, -1) if toks[k].low in _ARTICLES),
        body,
    )
    return _nominal(toks, start, body)


_OBJECT_PREPOSITIONS = wordset("behind near outside inside against over under beside with about")


def _noun_before_preposition(toks: Sequence[Tok], j: int, lo: int) -> Subject | None:
    """The noun phrase a preposition's object follows: "The company behind the hugely
    popular ChatGPT announced" is the company, not ChatGPT."""
    p = j - 1
    while p >= lo and j - p <= 4 and toks[p].kind == "word" and toks[p].text.islower():
        if toks[p].low in _OBJECT_PREPOSITIONS:
            break
        p -= 1
    if p < lo or toks[p].low not in _OBJECT_PREPOSITIONS or p - 1 < lo:
        return None
    head = p - 1
    if toks[head].kind != "word" or not toks[head].text.islower():
        return None
    start = next(
        (k for k in range(head - 1, max(lo, head - 4) - 1, -1) if toks[k].low in _ARTICLES),
        None,
    )
    return _nominal(toks, start, head) if start is not None else None


def _short_gloss(toks: Sequence[Tok], close: int, lo: int) -> int | None:
    """Where a parenthesis of one to three words closing at ``close`` opens, or None."""
    for k in range(close - 2, max(lo, close - 4) - 1, -1):
        if toks[k].text == "(":
            inside = toks[k + 1 : close]
            return k if inside and all(t.kind == "word" for t in inside) else None
    return None


_CATENATIVES = wordset(
    """
    appeared appears seemed seems went wanted wants tried tries refused refuses declined
    declines continued continues sought seeks hastened rushed moved used was were is are
    had has have would will
    """
)
"""Verbs before "to" and a reporting verb whose subject is the reporting verb's."""


def _sentence_subject(toks: Sequence[Tok], lo: int, hi: int) -> Subject | None:
    """A person's name opening the sentence (``lo``) when the first verb-like
    word follows it directly, for a verb coordinated later with "and"."""
    k = lo
    if k + 2 < hi and toks[k].low in ("a", "an"):
        # "A sombre, almost penitent Rajoy appeared": an epithet before the name
        m = k + 1
        while m < hi and m - k <= 5 and (toks[m].text == "," or toks[m].text.islower()):
            m += 1
        if m > k + 1 and m < hi and toks[m].is_cap and toks[m - 1].text != ",":
            end = _cap_sequence_after(toks, m)
            if end < hi and toks[end].kind == "word" and not toks[end].is_cap:
                return Subject("name", _name_words(toks, m, end), m)
            return None
    if k < hi and toks[k].low.endswith("ing"):
        # "Departing Downing Street shortly before, Truss wished ... and said": the
        # name after the opening participle's phrase
        comma = next((c for c in range(k + 1, min(hi, k + 10)) if toks[c].text == ","), None)
        return _sentence_subject(toks, comma + 1, hi) if comma is not None else None
    if k + 1 < hi and toks[k].low in _LEADING_ADVERBS and toks[k + 1].text == ",":
        return _sentence_subject(toks, k + 2, hi)  # "Meanwhile, chief executive Peter ..."
    while k < hi and k - lo < 3 and toks[k].text.islower() and toks[k].low in ROLE_NOUNS:
        k += 1  # "chief executive Peter Fankhauser apologised ... and called"
    if k < hi and toks[k].low in _INTRODUCERS and _short_setting_then_name(toks, k, hi):
        # "In a statement, Winterkorn took responsibility ... but said": the name
        # after the short opening phrase
        comma = next(c for c in range(k, hi) if toks[c].text == ",")
        return _sentence_subject(toks, comma + 1, hi)
    if k >= hi or not toks[k].is_cap:
        return None
    if toks[k].low in NON_NAMES and not (
        # "Mr Biden did not comment ..., but said": a courtesy title before the name
        toks[k].low in _HONORIFICS
        and _cap_sequence_after(toks, k) - k >= 2 + (k + 1 < hi and toks[k + 1].text == ".")
    ):
        return None
    end = _cap_sequence_after(toks, k)
    if (
        end == k + 1
        and end + 3 < hi
        and toks[end].text == ","
        and toks[end + 1].low in ("for", "meanwhile", "however", "though")
    ):
        # "Williamson, for his part, is adamant ...": a surname and an aside
        return Subject("name", (toks[k].text,), k)
    relative = end + 1 < hi and toks[end].text == "," and toks[end + 1].low == "who"
    # "Jillian Jorgensen, 27, was seated ... and said"
    aged = (
        end + 2 < hi
        and toks[end].text == ","
        and toks[end + 1].text.isdigit()
        and toks[end + 2].text == ","
    )
    if (
        (end - k < 2 and not (end - k == 1 and k > 0 and _surname_after_setting(toks, k)))
        or end >= hi
        or (not (relative or aged) and (toks[end].kind != "word" or toks[end].is_cap))
    ):
        return None  # (or "Theresa May, who will resign, offered ... but stressed")
    words = _name_words(toks, k, end)
    if any(w.casefold() in ORG_HEADS for w in words):
        # "Progressive Socialist Party MP Walid Jumblat took to Twitter and said": the
        # person after the body and its member's title
        titled = [n for n, w in enumerate(words) if w in _MEMBER_TITLES or w.casefold() in TITLES]
        if titled and len(words) - titled[-1] - 1 >= 2:
            return Subject("name", words[titled[-1] + 1 :], k)
        return None
    return Subject("name", words, k)


_HONORIFICS = wordset("mr mrs ms miss dr")


def _surname_after_setting(toks: Sequence[Tok], k: int) -> bool:
    """Whether the one capitalised word at ``k``, after an opening phrase's comma, can
    be a surname ("In a statement, Winterkorn took"), not a common word or a body."""
    low = toks[k].low
    return (
        toks[k - 1].text == ","
        and low not in SENTENCE_OPENERS
        and low not in ORG_HEADS
        and low not in ROLE_NOUNS
        and low not in PRONOUNS
        and not _looks_national(toks[k].text)
        and not low.endswith("s")
    )


def _opening_apposition(toks: Sequence[Tok], lo: int, hi: int) -> Subject | None:
    """The name between the first two commas of a sentence opened by a description
    of a person ("Weinstein's top attorney, Donna Rotunno, spoke"), or None."""
    first = next((k for k in range(lo, min(hi, lo + 8)) if toks[k].text == ","), None)
    if first is None or first == lo or not any(t.low in ROLE_NOUNS for t in toks[lo:first]):
        return None
    start = first + 1
    if start >= hi or not toks[start].is_cap or toks[start].low in NON_NAMES:
        return None
    end = _cap_sequence_after(toks, start)
    if end - start < 2 or end >= hi or toks[end].text != ",":
        return None
    return Subject("name", _name_words(toks, start, end), start)


def _surname_month(toks: Sequence[Tok], i: int, lo: int) -> bool:
    """A month that is a surname here: "Mrs May said", "Theresa May said", and, opening
    a clause, "..., May said" (a month there would follow "in" or "last", and the
    modal "may" is neither capitalised mid-sentence nor followed by "said")."""
    if toks[i].low not in _GIVEN_NAME_MONTHS or not toks[i].text[:1].isupper():
        return False
    if i - 1 < lo:
        return True
    prev = toks[i - 1]
    return (
        prev.low in HONORIFICS
        or (prev.is_cap and prev.low not in NON_NAMES and prev.kind == "word")
        or prev.text in (",", ";", ":")
        or prev.low in ("and", "but")
    )


def _person_described(toks: Sequence[Tok], j: int, lo: int) -> Subject | None:
    """The person a phrase from ``j`` describes: "Sarah Morris, of the residents' association said".

    The phrase is where the person is from ("of", "from" after a comma), not who speaks.
    """
    while (
        j - 1 >= lo
        and (toks[j - 1].kind == "word" or toks[j - 1].text in ("'", "’"))
        and toks[j - 1].low not in ("of", "from")
    ):
        j -= 1  # back over "the local residents'"
    if j - 3 < lo or toks[j - 1].low not in ("of", "from") or toks[j - 2].text != ",":
        return None
    last = j - 3
    if not toks[last].is_cap or toks[last].low in NON_NAMES:
        return None
    first = _cap_sequence_before(toks, last, lo)
    words = _name_words(toks, first, last + 1)
    if last - first < 1 or any(w.casefold() in ORG_HEADS for w in words):
        return None
    return Subject("name", words, first)


def _apposed_name(toks: Sequence[Tok], comma: int, lo: int) -> Subject | None:
    """The name set between commas just before the verb: "The union's president, Tom Lee, said".

    A full name (two words or more) in apposition is the person the phrase
    before it describes, and the one who speaks.
    """
    last = comma - 1
    if last < lo or not toks[last].is_cap or toks[last].low in NON_NAMES:
        return None
    first = _cap_sequence_before(toks, last, lo)
    # "..., former president Carlos Mesa, said": a role may come before the name
    k = first - 1
    while k >= lo and first - k <= 3 and toks[k].kind == "word" and not toks[k].is_cap:
        k -= 1
    described = k < first - 1 and toks[first - 1].low in ROLE_NOUNS
    if k < lo or toks[k].text != "," or (k < first - 1 and not described):
        return None
    # one word names someone only after a role: "another resident, Megan, told"
    if (
        last - first < 1
        and not described
        and not (first - 2 >= lo and toks[first - 2].low in ROLE_NOUNS)
    ):
        return None
    words = _name_words(toks, first, last + 1)
    if not described and (
        # ("Head of the Met's Flying Squad, Det Supt Craig Turner, urged": a titled name)
        (words[0].casefold() in ROLE_NOUNS and len(split_title(list(words))[1]) < 2)
        # (not "Karen Major": a surname that is also a role)
        or (len(words) >= 3 and words[-1].casefold() in ROLE_NOUNS)
    ):
        # "Maj. Gen. S.B. Moyo, Chief of Staff Logistics, said", "Kenny Todd,
        # International Space Station Operations Integration Manager, said": a role
        # in capitals set off after the name
        return _person_before_comma(toks, k, lo)
    if any(w.casefold() in ORG_HEADS for w in words):
        return None
    return _described_by_kin(toks, k, lo) or Subject("name", words, first)


def _described_by_kin(toks: Sequence[Tok], comma: int, lo: int) -> Subject | None:
    """The person before "an aunt of the coach," when the name after it is the coach's.

    "Amporn Sriwichai, an aunt of the rescued coach, Ekkapol Chantawong, said": the
    phrase between the commas ends with "of" and a noun, so the second name belongs
    to it; the first name is the one who speaks.
    """
    k = comma - 1
    while k >= lo and toks[k].kind == "word" and not toks[k].is_cap:
        k -= 1
    span = toks[k + 1 : comma]
    if k - 1 < lo or toks[k].text != "," or len(span) < 3 or span[0].low not in _ARTICLES:
        return None
    of = next((j for j, t in enumerate(span) if t.low == "of"), None)
    if of is None or of == len(span) - 1 or not any(t.low in _KIN_NOUNS for t in span[1:of]):
        return None  # "the head of the union, Ann Lee," is Ann Lee: only family words
    person = _person_before_comma(toks, k, lo)
    if person is None or any(t.kind != "punct" for t in toks[lo : person.start]):
        return None  # the name must open the clause ("After talks with Tom Ode, ...")
    return person


_ARTICLES = wordset("a an the his her their")


def _org_sequence_before(toks: Sequence[Tok], i: int, lo: int) -> int:
    """:func:`_cap_sequence_before`, reaching past "and" inside an organisation's name.

    "Department for Business and Trade", "Ministry of Housing and Local
    Government": the longer reading is kept only when it holds a connector or
    an organisation word, so "Cameron and Obama" stays two names.
    """
    j = _cap_sequence_before(toks, i, lo)
    while j - 2 >= lo and toks[j - 1].low in ("and", "&") and toks[j - 2].is_cap:
        k = _cap_sequence_before(toks, j - 2, lo)
        inside = toks[k:j]
        if not any(t.low in CONNECTORS or t.low in ORG_HEADS for t in inside):
            break
        j = k
    return j


def _issued_statement(toks: Sequence[Tok], i: int, hi: int) -> Subject | None:
    """'a press release issued by the SEC' from ``i``: the statement and its issuer."""
    k = i
    while k < hi and k - i < 4 and toks[k].kind == "word" and toks[k].low not in STATEMENT_NOUNS:
        k += 1
    if k >= hi or toks[k].low not in STATEMENT_NOUNS or toks[i].low not in _ARTICLES:
        return None
    k += 1
    if k < hi and toks[k].low in _ISSUING:
        k += 1
    if k + 1 >= hi or toks[k].low not in ("by", "from"):
        return None
    k += 1
    if toks[k].low == "the" and k + 1 < hi:
        k += 1
    if not toks[k].is_cap:
        return None
    return _nominal(toks, i, _cap_sequence_after(toks, k) - 1)


_DOCUMENTS = STATEMENT_NOUNS | wordset("letter memo email e-mail note message post")
_AUTHORING = wordset("sent wrote issued released published posted signed")


def _document_author(toks: Sequence[Tok], i: int, hi: int) -> Subject | None:
    """'"...," reads the letter Bezos sent to employees' from ``i``: the author named
    between the document and a verb of writing or sending."""
    k = i + 1
    if k + 2 >= hi or toks[i].low not in _ARTICLES or toks[k].low not in _DOCUMENTS:
        return None
    end = _cap_sequence_after(toks, k + 1)
    if end == k + 1 or end >= hi or toks[end].low not in _AUTHORING:
        return None
    return Subject("name", _name_words(toks, k + 1, end), k + 1)


_PASSIVE_NAMING = REPORTING_VERBS | wordset("dubbed nicknamed")
PASSIVE_REACH = 8
"""Tokens back from a quotation to a passive verb's "by" ('by Trump the "tax lady" who').
"""


def _passive_agent(toks: Sequence[Tok], q: int, lo: int) -> Subject | None:
    """The agent of a passive naming or reporting verb shortly before the quotation at
    ``q``: 'dubbed by Trump the "tax lady" who "hates the US"' are Trump's phrases."""
    for k in range(q - 1, max(lo, q - PASSIVE_REACH) - 1, -1):
        t = toks[k]
        if t.low != "by" or k - 1 < lo or toks[k - 1].low not in _PASSIVE_NAMING:
            continue
        if not toks[k - 1].low.endswith("ed") or k + 1 >= q or not toks[k + 1].is_cap:
            return None
        end = _cap_sequence_after(toks, k + 1)
        if end > q or toks[k + 1].low in NON_NAMES:
            return None
        return Subject("name", _name_words(toks, k + 1, end), k + 1)
    return None


_KIN = wordset("son daughter brother sister father mother nephew niece grandson granddaughter")


def _kin_name(toks: Sequence[Tok], i: int, j: int, hi: int) -> Subject | None:
    """ "Murdoch's son James" (the possessive name at [i, j)): James Murdoch."""
    owner = _possessive(toks[j - 1].text)
    if owner is None or j + 1 >= hi or toks[j].low not in _KIN or not toks[j + 1].is_cap:
        return None
    end = _cap_sequence_after(toks, j + 1)
    given = _name_words(toks, j + 1, end)
    if len(given) != 1:
        return None  # "Murdoch's son James" only: a full name needs no surname added
    return Subject("name", (*given, owner.split()[-1]), j + 1)


def _apposed_after_description(toks: Sequence[Tok], i: int, hi: int) -> Subject | None:
    """ "said one 5-Star leader, Luigi Di Maio": the person named after the comma that
    closes a short indefinite description starting at ``i``."""
    comma = next((k for k in range(i + 1, min(hi, i + 12)) if toks[k].text == ","), None)
    if comma is None or comma + 2 >= hi:
        return None
    if not any(
        t.low in ROLE_NOUNS or t.low in _BODY_STAFF or _person_noun(t.low)
        for t in toks[i + 1 : comma]
    ):
        return None
    first = comma + 1
    while first < hi and first - comma <= 3 and toks[first].text.islower():
        first += 1  # "said the last man out of the mine, shift foreman Luis Urzua"
    if first > comma + 1 and toks[first - 1].low not in ROLE_NOUNS:
        return None  # ("said the last man out, who was ...": no role before a name)
    if first >= hi or not toks[first].is_cap:
        return None
    end = _cap_sequence_after(toks, first)
    words = _name_words(toks, first, end)
    if len(words) < 2 or (
        end < hi
        and toks[end].kind == "word"
        and not toks[end].is_cap
        and toks[end].low not in ("on", "in", "at", "who")
    ):
        return None
    return Subject("name", words, first)


_PHRASE_STOPS = wordset("in on at to of for that who which and with from")
"""Words that end the noun phrase after an inverted reporting verb."""
_PARTICIPLE_STOPS = wordset("released issued published posted sent seen obtained shared")
"""...as a participle does that describes a statement ("said an FA statement released on
Tuesday")."""


def _described_statement(toks: Sequence[Tok], i: int, j: int) -> bool:
    """Whether the word at ``j`` is a participle describing a named body's statement
    ending the phrase from ``i`` ("an FA statement released on Tuesday"): no clause's
    verb ("said the statement released ..." names no one, and is left as it was; nor
    does a date: "a Tuesday statement issued by the club")."""
    return (
        toks[j].low in _PARTICIPLE_STOPS
        and toks[j - 1].low in STATEMENT_NOUNS
        and any(t.is_cap and t.low not in TIME_WORDS for t in toks[i + 1 : j - 1])
    )


def _of_inside_name(toks: Sequence[Tok], j: int, hi: int) -> bool:
    """Whether the "of" at ``j`` joins two capitalised words of one name."""
    return toks[j].low == "of" and toks[j - 1].is_cap and j + 1 < hi and toks[j + 1].is_cap


def subject_after(toks: Sequence[Tok], v: int, hi: int) -> Subject | None:
    """The subject after an inverted reporting verb (``said Cameron``, ``said the statement``)."""
    i = v + 1
    if i >= hi or toks[i].kind != "word":
        return None
    t = toks[i]
    if t.low in PRONOUNS:
        return Subject("pronoun", (t.low,), i)
    if t.low in ("one", "a", "an", "another", "the"):
        apposed = _apposed_after_description(toks, i, hi)
        if apposed is not None:
            return apposed
    if t.text == "The" and i + 1 < hi and toks[i + 1].is_cap:
        # "added The Guardian": a capital "The" inside a sentence opens a title
        end = _cap_sequence_after(toks, i + 1)
        closes = end >= hi or toks[end].kind != "word" or toks[end].low in _NOT_DESCRIPTIONS
        words = _name_words(toks, i + 1, end)
        if closes and not any(w.casefold() in ROLE_NOUNS for w in words):
            return Subject("name", ("The", *words), i)
    if t.is_cap and t.low not in _NOT_NAME_WORDS:
        j = _cap_sequence_after(toks, i)
        kin = _kin_name(toks, i, j, hi)
        if kin is not None:
            return kin
        if j < hi and toks[j].is_cap and _possessive(toks[j - 1].text) is not None:
            # "said Takata's Chairman & CEO Shigehisa Takada", "said Apple's Tim Cook":
            # a body's role in capitals, then the person holding it; or a body of the
            # owner's ("said Britain's Foreign Office")
            body = _name_words(toks, j, _cap_sequence_after(toks, j))
            if any(w.casefold() in ORG_HEADS for w in body):
                return Subject("name", body, j)
            m = j
            while m < hi and (
                toks[m].low in _ROLES_AND_TITLES or (m > j and toks[m].low in ("&", "and"))
            ):
                m += 1
            end = _cap_sequence_after(toks, m) if m < hi and toks[m].is_cap else m
            if end - m >= 2:
                return Subject("name", _name_words(toks, m, end), m)
        if (
            j == i + 1
            and "." in t.text
            and j + 1 < hi
            and toks[j].text == "."
            and toks[j + 1].is_cap
        ):
            # "according to U.S. Attorney Damian Williams": a dotted abbreviation modifies
            i = j + 1
            j = _cap_sequence_after(toks, i)
        # "Red Cross official Sam Ode", "Bankrate.com senior economic analyst Mark
        # Hamrick": an organisation, a role (its head last), then the person
        k = j
        while k < hi and toks[k].kind == "word" and not toks[k].is_cap and k - j < 4:
            k += 1
        # "JPL's chief engineer, Rob Manning": a comma may set the name off
        set_off = k + 1 < hi and toks[k].text == "," and toks[k + 1].is_cap
        name_at = k + 1 if set_off else k
        national = _is_modifier(toks, i, j)  # "said British tourist Sam Ogden"
        if (
            k > j
            and name_at < hi
            and toks[name_at].is_cap
            and (toks[k - 1].low in ROLE_NOUNS or national)
            and not any(t.low in _NOT_DESCRIPTIONS for t in toks[j:k])
        ):
            k = name_at
            return Subject("name", _name_words(toks, k, _cap_sequence_after(toks, k)), i)
        if national:
            return _nominal(toks, i, k - 1)  # "said a British tourist": nobody named
        return Subject("name", _name_words(toks, i, j), i)
    if t.low in ROLE_NOUNS and i + 2 < hi and toks[i + 1].low in ("of", "at"):
        # "said chairman of the Disney board Susan Arnold": a role at a body, then
        # the name closing the phrase
        for m in range(i + 3, min(hi, i + 9)):
            if not toks[m].is_cap or toks[m - 1].kind != "word" or toks[m - 1].is_cap:
                continue
            end = _cap_sequence_after(toks, m)
            if end - m >= 2 and (end >= hi or toks[end].kind != "word"):
                return Subject("name", _name_words(toks, m, end), i)
    # "said opposition leader Kim Sand", "insisted engineer Tom Ode": lower-case
    # words describing the person, then the name
    k = i
    while k < hi and k - i < 5 and toks[k].kind == "word" and not toks[k].is_cap:
        k += 1
    described = 0 < k - i <= 3 and not any(t.low in _NOT_DESCRIPTIONS for t in toks[i:k])
    # (up to five words when a role ends them: "said company chairman and chief
    # executive Richard Smith")
    if k > i and k < hi and toks[k].is_cap and (toks[k - 1].low in ROLE_NOUNS or described):
        end = _cap_sequence_after(toks, k)
        if end < hi and toks[end].kind == "word" and _person_noun(toks[end].low):
            # "said one Chiang Rai woman": the capitalised words describe her
            return _nominal(toks, i, end)
        return Subject("name", _name_words(toks, k, end), i)
    if (
        t.low in ("a", "an", "the")
        and k - i >= 2
        and k < hi
        and toks[k].is_cap
        and not any(w.low in _NOT_DESCRIPTIONS for w in toks[i + 1 : k])
    ):
        # "said an emotional Messi as fans massed", "said a tearful Jones": a name
        # with an epithet (the name ends the phrase: not "a Reuters reporter")
        end = _cap_sequence_after(toks, k)
        closes = end >= hi or toks[end].kind != "word" or toks[end].low in _NOT_DESCRIPTIONS
        words = _name_words(toks, k, end)
        # (not "a senior Republican", "a former Marine", "the visiting Australians",
        # "the new Prime Minister": a party, a corps, a nation, a title)
        named = not all(
            w.casefold() in TITLES or w.casefold() in _AFFILIATIONS or _looks_national(w)
            for w in words
        )
        if closes and named and toks[end - 1].low not in ORG_HEADS and toks[k].low not in NON_NAMES:
            return Subject("name", words, i)
    issued = _issued_statement(toks, i, hi) or _document_author(toks, i, hi)
    if issued is not None:
        return issued
    if (
        t.low in _GROUP_VOICES
        and i + 2 < hi
        and toks[i + 1].low in ("from", "of", "at", "for")
        and toks[i + 2].is_cap
    ):
        # "said leaders from Women's March": the body they speak for
        end = i + 2
        while end < hi and toks[end].kind == "word" and toks[end].is_cap:
            end += 1
        return _nominal(toks, i, end - 1)
    if t.low in ("the", "a", "an") or t.is_cap:
        j = i + 1
        while (
            j < hi
            and toks[j].kind == "word"
            # (a name with "of" inside: "the Texas Department of Public Safety")
            and (_of_inside_name(toks, j, hi) or toks[j].low not in _PHRASE_STOPS)
            and toks[j].low not in REPORTING_VERBS
            and not _described_statement(toks, i, j)
        ):
            j += 1
        if (
            j > i + 1
            and j + 1 < hi
            and toks[j].low in ("for", "of", "at", "from", "by")
            and (
                toks[j - 1].low in _ORG_VOICES
                or toks[j - 1].low in STATEMENT_NOUNS
                or toks[j - 1].low in _PUBLICATION_PARTS
                or toks[j - 1].low in _GROUP_VOICES
            )
        ):
            # "said a spokesman for Doctors Without Borders": the body after it
            k = j + 1
            if toks[k].low == "the" and k + 1 < hi:
                k += 1
            if toks[k].is_cap:
                return _nominal(toks, i, _cap_sequence_after(toks, k) - 1)
        described = j < hi and _described_statement(toks, i, j)
        if j > i + 1 and not _clause_follows(toks, i, j if described else min(j + 1, hi)):
            return _nominal(toks, i, j - 1)
    return None


_LY_NOUNS = wordset(
    "family assembly ally rally supply anomaly monopoly bully belly daily weekly monthly"
    " quarterly jelly lily holly reply july italy melly ugly"
)
"""Words ending in -ly that are no adverb ("The Kennedy family said")."""
_SPANS_OF_TIME = wordset(
    """
    a an one two three four five six seven eight nine ten few several some many
    minute minutes hour hours day days week weeks month months year years decade decades
    """
)
"""Words of "two weeks ago" before a verb."""
_PEOPLE_NOUNS = wordset("woman man women men boy girl child person people family couple")


def _person_noun(low: str) -> bool:
    """A noun for a person or people ("woman", "resident", "officials")."""
    return low in _PEOPLE_NOUNS or low in ROLE_NOUNS or low in GROUP_NOUNS


def _voice_noun(low: str) -> bool:
    """A noun for someone who can speak: a person, people, a body or its staff."""
    return (
        _person_noun(low)
        or low in ORG_HEADS
        or low in COMPANY_NOUNS
        or low in _ORG_VOICES
        or low in _BODY_STAFF
        or low in _PLURAL_PEOPLE
    )


_AUXILIARIES = wordset("would will was were is are had has have could should may might must can")


def _clause_follows(toks: Sequence[Tok], i: int, end: int) -> bool:
    """Whether the phrase after an inverted verb is a clause's subject with its verb:
    'said the decision applied to...', 'said the plane would...' (not who said it).

    A finite verb is an auxiliary, or an -ed word after a noun ("a retired teacher"
    and "the recently retired teacher" have the -ed word as an adjective).
    """
    for k in range(i + 1, end):
        low = toks[k].low
        if not toks[k].text.islower():
            continue  # "the May government", "the Will Rogers Foundation"
        if low in _AUXILIARIES:
            return True
        prev = toks[k - 1]
        if (
            low.endswith("ed")
            and len(low) > 4
            and prev.kind == "word"
            and prev.low not in ("the", "a", "an")
            and not prev.low.endswith("ly")
            and not prev.is_cap
            and _possessive(prev.text) is None  # "the city's embattled police"
            and not prev.low.isdigit()
        ):
            return True
    return False


# --------------------------------------------------------------------------- attribution


UNSET = "\0unset"
"""An attribution not found in the sentence (as opposed to None: found, but unnamed)."""


@dataclass
class _State:
    """The discourse so far: who spoke last (for pronouns and continuations)."""

    current: str | None = None
    person: str | None = None
    org: str | None = None
    people: set[str] = field(default_factory=set)
    """Everyone the article has had speak as a person so far."""
    family: str | None = None
    """The family that spoke last ("Joey and Paula Reed", "Reed family"): their "they"."""
    families: set[str] = field(default_factory=set)
    """The families the article has named as speakers."""

    def update(self, speaker: str | None, kind: str) -> None:
        self.current = speaker
        if speaker is None:
            return
        if speaker in self.families:
            self.family = speaker
        if kind == "org":
            self.org = speaker
        elif kind == "person":
            self.person = speaker
            self.people.add(speaker)


@dataclass
class _Resolver:
    """Turns a :class:`Subject` into a canonical speaker within one article."""

    article: Article
    names: NameIndex
    state: _State
    _statement_nouns: list[tuple[int, int]] | None = None
    """Spans of the statement nouns of the text, found on first use."""
    _mid_sentence: set[str] | None = None
    """The words the text capitalises mid-sentence (see _named_mid_sentence)."""
    _openers: set[str] | None = None
    """The first words of the text's names of two words or more ("American Airlines")."""

    def resolve(self, subject: Subject | None, clause: Sequence[Tok], at: int) -> tuple[str, str]:
        """(speaker or UNSET or "" for unknown, kind: person | org | other)."""
        if subject is None:
            return UNSET, "other"
        if subject.kind == "pronoun":
            return self._pronoun(subject.words[0], clause, at)
        if subject.kind == "name":
            words = subject.words
            if words[-1] == "PM" and all(w[:1].isupper() for w in words):
                # "PM vows to defeat 'forces of evil'", "Outgoing Australian PM": the
                # prime minister the text names
                lead = [w.casefold() for w in words[:-1] if w.casefold() in ("outgoing", "former")]
                nation = [w for w in words[:-1] if _looks_national(w)]
                return self._nominal(["the", *lead, *nation, "prime", "minister"], at)
            if len(words) == 1 and words[0].casefold() in _PARTY_MEMBERS:
                # "The Democrat said he never ...": the party member the sentence before
                # was about, else the story's
                person = (
                    self._just_named(words[0].casefold(), at)
                    or self.state.person
                    or self.names.latest_person(at, known_only=True)
                )
                return (person, "person") if person else ("", "other")
            if words[-1] in _MEMBER_TITLES or (
                len(words) >= 3 and words[0] in _MEMBER_TITLES and words[1] in ("for", "of")
            ):
                # "The Esher and Walton MP", "the MP for Esher and Walton": the member the
                # story is about, by seat
                person = self.state.person or self.names.latest_person(at, known_only=True)
                return (person, "person") if person else ("", "other")
            if (
                len(words) == 1
                and words[0].casefold() in ROLE_NOUNS
                and self.names.full_name(words[0]) == words[0]
            ):
                # "Councillor decries flood 'carnage'" (a headline capitalises the
                # role): the councillor the text names, not a person called so
                # (unless someone is: "Bishop said" after "Julie Bishop")
                return self._nominal(["the", words[0].casefold()], at)
            if len(words) == 1 and self._demonym(words[0]):
                # "- American adds that ...": the person the text is about, called
                # by nationality (no name, no company opens with the word)
                person = self.state.person
                return (person, "person") if person else ("", "other")
            if len(words) >= 2 and words[-1].casefold() in _ACCOLADES:
                # "The Rock and Roll Hall of Famer offered": the person the story is
                # about, not one called "Roll Hall of Famer"
                return self._nominal(["the", words[-1].casefold()], at)
            if len(words) > 1 and words[-1].casefold() in ROLE_NOUNS:
                # "the Microsoft CEO said": whom the text introduced so ("Microsoft
                # CEO Satya Nadella"), not a person called "Microsoft CEO"
                found = self.names.by_role(words, "", at)
                if found:
                    return found, "person"
                body = " ".join(w for w in words[:-1] if w[:1].isupper())
                found = self.names.holder_at(body, at) if body else None
                if found:
                    # "the Tesla CEO said" after "Tesla founder Elon Musk": the person
                    # the text introduced with that body, whatever the role
                    return found, "person"
            if (
                len(words) > 1
                and words[-1].casefold() in TITLES
                and all(w.casefold() in TITLES or w.isupper() for w in words)
            ) or (len([w for w in words if w != "The"]) == 2 and words[-1] in _TRAILING_TITLES):
                # "the WHO Director-General said": a role with its body, no name; the
                # person the text gives that role (else the set may know them: _role_holder)
                found, kind = self._nominal(["the", *words], at)
                echoed = found.casefold() == " ".join(w for w in words if w != "The").casefold()
                if (
                    found
                    and not echoed
                    and not any(w.isupper() and len(w) > 2 for w in found.split())
                ):
                    return found, kind
                if words[-1] in _TRAILING_TITLES:
                    return "", "other"  # "The Maidenhead MP": a role, whoever holds it
            if len(words) > 1:
                _, name, _ = split_title(list(words))
                if (
                    name
                    and name[-1].casefold() in TITLES
                    and all(w.casefold() in TITLES or w.casefold() in DEMONYMS for w in name)
                ):
                    # "the British Prime Minister said": a role and its country, no
                    # name (not a person called "Minister")
                    return self._nominal(["the", *(w.casefold() for w in words)], at)
            return self._name(list(words))
        return self._nominal(list(subject.words), at)

    def _family_of(self, surname: str) -> str | None:
        """A family by its surname, when the text names a person of it: the pair the
        text names ("Joey and Paula Reed": the parents who speak for it), else
        "Reed family"; None when no one of the text has that surname."""
        full = self.names.full_name(surname)
        if " " not in full or full.rsplit(" ", 1)[1] != surname:
            return None
        pair = re.search(
            rf"\b([A-Z][\w'’-]+) and ([A-Z][\w'’-]+) {re.escape(surname)}\b", self.article.text
        )
        if pair and all(self._given_name(g) for g in pair.groups()):
            family = f"{pair.group(1)} and {pair.group(2)} {surname}"
        else:
            family = f"{surname} family"  # ("Mr and Mrs Reed" name no one in particular)
        self.state.families.add(family)
        return family

    def _given_name(self, word: str) -> bool:
        """Whether ``word`` is a given name here ("Joey", "Paula"), not a title or a
        person the text calls by that surname ("Trump and Joe Biden")."""
        if word.casefold() in TITLES or word.casefold() in NON_NAMES:
            return False
        return not self._surname(word)

    def _surname(self, word: str) -> bool:
        """Whether the text names someone ``word`` as their surname ("Trump")."""
        full = self.names.full_name(word)
        return " " in full and full.rsplit(" ", 1)[1] == word

    def _family_phrase(self, parts: Sequence[str], at: int) -> str | None:
        """Whose family "Reed's family", "his family", "the Reed family" or "the family" is.

        "the family" alone is the family that spoke last, else the family of the
        person the text has named most so far (whose story it is).
        """
        first = parts[0]
        owner = _possessive(first)
        if owner and owner[:1].isupper():
            surname = self.names.full_name(owner).rsplit(" ", 1)[-1]
            return self._family_of(surname)
        if first.casefold() in ("his", "her"):
            holder, kind = self._pronoun(first.casefold(), (), at)
            return self._family_of(holder.rsplit(" ", 1)[-1]) if kind == "person" else None
        named = [p for p in parts[1:-1] if p[:1].isupper()]
        if first.casefold() == "the" and len(named) == 1:
            return self._family_of(named[0])
        if first.casefold() == "the" and len(parts) == 2:
            if self.state.family:
                return self.state.family
            person = self._story_person(at)
            return self._family_of(person.rsplit(" ", 1)[-1]) if person else None
        return None

    def _demonym(self, word: str) -> bool:
        """Whether ``word`` names a nationality, not someone or something of the text."""
        if word.casefold() not in DEMONYMS or word.endswith("i"):
            return False  # ("Saudi said" is the kingdom more often than a Saudi)
        if self._openers is None:
            self._openers = {m.name.split(" ", 1)[0] for m in self.names.mentions if " " in m.name}
        return word not in self._openers and self.names.full_name(word) == word

    def fits(self, speaker: str, kind: str, pronoun: str) -> bool:
        """Whether a resolved person can be the he/she ``pronoun`` (no other known gender)."""
        if not speaker or kind != "person":
            return False
        want = "f" if pronoun == "she" else "m"
        return (gender_of(self.names.genders, speaker) or want) == want

    def _pronoun(self, pronoun: str, clause: Sequence[Tok], at: int) -> tuple[str, str]:
        if pronoun == "they":
            if self.state.family and self.state.current == self.state.family:
                # "The Reeds thanked Mr Biden ... 'The President's action may have
                # saved Trevor's life,' they said in a statement": the family again
                return self.state.family, "org"
            if any(t.low in STATEMENT_NOUNS for t in clause):
                return "Joint statement", "org"
            return "", "other"
        if pronoun == "it":
            # 'The Counter-Terrorism Agency "reduced the threat level," it said':
            # the body named before the quotation in the same sentence
            start = _sentence_start(self.article.text, at)
            found = next((m.name for m in self.names.between(start, at) if m.is_org), None)
            if found:
                return found, "org"
            found = self.state.org or self.state.current
            if found in self.state.people:
                found = None  # "it" is no person who spoke
            return (found or "", "org")
        want = "f" if pronoun == "she" else "m"
        genders = self.names.genders
        # he/she is a person: the last speaker only when not a body ("The
        # company offered a reward. He called it...")
        current = self.state.current
        candidates = [self.state.person, None if current == self.state.org else current]
        if not any(candidates):
            # a person: "Fort Meyers" and "Sanibel Causeway" are no "he"
            candidates.append(self.names.latest_person(at, known_only=True))
        for found in candidates:
            # "she said" after Jeremy Corbyn spoke is not his: skip a known other gender
            if found and (gender_of(genders, found) or want) == want:
                return found, "person"
        # all of the other gender: the latest person the set says is of this one, else
        # the latest person named, if of no known gender ("... was from 10-year-old
        # Caitlyne Gonzalez. '...,' she said")
        found = self.names.latest_of_gender(want, at) if genders else None
        if not found:
            latest = self.names.latest_person(at, known_only=True)
            if latest and gender_of(genders, latest) is None:
                found = latest
        return (found or "", "person")

    def _name(self, parts: list[str]) -> tuple[str, str]:
        plural = parts[-1] if len(parts) <= 2 and parts[0] in ("The", parts[-1]) else ""
        if (
            len(plural) > 3
            and plural.endswith("s")
            and plural[:-1].isalpha()
            and not self._surname(plural)  # ("Williams said": Serena, no William family)
        ):
            # "The Reeds thanked Mr Biden": the family of a person the text names
            family = self._family_of(plural[:-1])
            if family:
                return family, "org"
        if len(parts) == 1 and parts[0].casefold() in _GIVEN_NAME_MONTHS:
            # ", May said": a surname only when the text names someone so ("Theresa May")
            resolved = self.names.full_name(parts[0])
            return (resolved, "person") if " " in resolved else ("", "other")
        if parts == ["WHO"]:
            return self.names.full_name("WHO"), "org"  # see subject_before
        titles, name, _ = split_title(parts)
        if not name or (len(name) == 1 and name[0].casefold() in GROUP_NOUNS):
            return "", "other"  # "Forecasters warned": a group, nobody in particular
        titled = [k for k, p in enumerate(name) if p.casefold() in TITLES]
        if (
            titled
            and any(p.casefold() in ORG_HEADS for p in name[: titled[0]])
            and len(name) - titled[-1] - 1 >= 2
        ):
            # "Police Service of Northern Ireland Assistant Chief Constable Chris Todd":
            # a body, a title, then the person
            return self._name(name[titled[-1] + 1 :])
        if any(p.casefold() in ORG_HEADS for p in name):
            if len(name) == 1 and (full := self.names.org_name(name)) and " of " in full:
                # "The Academy released a statement" after "The Academy of Motion
                # Picture Arts and Sciences' turn": the body by its full name
                return self._and_extended(full, len(self.article.text)), "org"
            return " ".join(name), "org"
        if (
            "of" in name[2:4]
            and name.index("of") >= len(name) - 3
            and name[-1][:1].isupper()
            and (titles or _gender_of_person({}, " ".join(name)) is not None)
        ):
            # "Ed Markey of Massachusetts", "Bob Casey of Pennsylvania": a person and
            # where they come from ("Duke of York", "Bank of England" have one word before)
            name = name[: name.index("of")]
        full = " ".join(name)
        if titles and len(name) == 1 and titles[-1].casefold() in HONORIFICS:
            honorific = titles[-1].casefold().rstrip(".")
            gender = "m" if honorific == "mr" else "f" if honorific in _FEMALE_HONORIFICS else None
            return self.names.full_name(full, gender), "person"
        if titles and len(name) == 1 and titles[-1].casefold() in _REGNAL_TITLES:
            # "Pope Francis", "King Charles": the title is part of the name they go by
            return f"{titles[-1]} {full}", "person"
        resolved = self.names.full_name(full)
        if not titles and (resolved.casefold() in COUNTRIES or resolved.casefold() in PARTIES):
            return resolved, "org"  # "Russia said": a state, never "he"
        kind = "person" if (titles or len(resolved.split()) >= 2) else "other"
        return resolved, kind

    def _nominal(self, parts: list[str], at: int) -> tuple[str, str]:
        low = [p.casefold() for p in parts]
        # ("its"/"their" open a phrase as "the" does: "Its foreign ministry spokesman")
        content = [
            p
            for p in parts
            if p.casefold() not in ("the", "a", "an", "its", "their") and not _possessive(p)
        ]
        if not content:
            return "", "other"
        head = content[-1].casefold()
        definite = low[0] in ("the", "its", "their") or bool(_possessive(parts[0]))
        if head == "family" and len(parts) <= 3:
            family = self._family_phrase(parts, at)
            return (family, "org") if family else ("", "other")
        if head in _PERSONAL_VOICES and len(parts) <= 4:
            # "her representatives said", "the singer's representative said", "Theresa
            # May's spokesman said": a person speaking through someone unnamed
            person = self._voice_owner(parts[:-1], at)
            if person:
                return f"{person}'s {parts[-1]}", "other"  # (no body, no he or she)
        for k, word in enumerate(low[:-1]):
            skip = 1 if word in STATEMENT_NOUNS and low[k + 1] in _ISSUING else 0
            if (
                word in STATEMENT_NOUNS
                and k + skip + 1 < len(low)
                and low[k + skip + 1] in ("from", "by")
            ) or (
                (word in _ORG_VOICES or word in _PUBLICATION_PARTS or word in _GROUP_VOICES)
                and low[k + 1] in ("for", "of", "at", "from")
            ):
                # "a statement from the White House", "a press release issued by the
                # SEC", "a spokesman for Doctors Without Borders": the body it comes from
                issuer = [
                    p
                    for p in parts[k + skip + 2 :]
                    if p[:1].isupper() or p.casefold() in CONNECTORS
                ]
                while issuer and not issuer[0][:1].isupper():
                    issuer = issuer[1:]
                if issuer:
                    found = self.names.org_name(issuer)
                    if not found and word in _PERSONAL_VOICES:
                        # "a spokesman for Theresa May": the person's spokesman
                        person, kind = self._name(issuer)
                        # (a given name says it is a person: not "Doctors Without Borders")
                        if kind == "person" and person and _gender_of_person({}, person):
                            return f"{person}'s {parts[k]}", "other"
                    return found or " ".join(issuer), "org"
        if (
            definite
            and len(low) >= 4
            and not any(_AGE_RE.fullmatch(w) for w in low)  # (the age says who: below)
            and low.count("of") + low.count("at") == 1
            and (link := low.index("of") if "of" in low else low.index("at")) >= 2
            and low[link - 1] in ROLE_NOUNS
            and link + 1 < len(parts)
            and parts[link + 1][:1].isupper()
        ):
            # "the former head of Nissan Motor and Renault SA": the person the text
            # introduced with that body ("Ex-Nissan boss Carlos Ghosn"), else whoever
            # the role gives
            found = self.names.holder_at(parts[link + 1], at)
            if found:
                return found, "person"
            if "former" in low[:link] or "ex" in low[:link]:
                return "", "other"  # a former role at a body no one is introduced with
            return self._nominal(parts[:link], at)
        if head in _PLURAL_PEOPLE and any(w in ("two", "both") for w in low):
            # "the two officials said", "Both leaders said": the pair the sentence
            # or the one before it named, given to the first of them
            found = self._first_of_pair(at)
            if found:
                return found, "person"
        if definite and (any(_AGE_RE.fullmatch(w) for w in low) or head in _ACCOLADES):
            # "the 67-year-old said", "the 60-year-old socialist leader said", "the
            # five-time Grand Slam winner told": the person the text has just named
            found = self.state.person or self.names.latest_person(at)
            return (found, "person") if found else ("", "other")
        if head in STATEMENT_NOUNS or (definite and len(content) == 1 and head in _TEXT_VOICES):
            owner = _possessive(parts[0]) if len(content) == 1 else None
            if owner is None and all(p.islower() for p in content[:-1]):
                # "the UN's latest report": its owner's, whatever adjectives come between
                owner = next((o for p in parts[:-1] if (o := _possessive(p))), None)
            if owner and owner[:1].isupper():
                # '"...," Heard's statement went on to say': whose statement it is
                return self._name([owner])
            # '"...," the statement said': the document speaks when no one is named
            found = self._statement(at)
            if not found and self.state.current and self.state.current != UNNAMED_STATEMENT:
                # 'His publicist, Yvette Noel-Schure, told The AP ... The statement read:':
                # no issuer named, so whoever spoke last gave it
                kind = "person" if self.state.current in self.state.people else "org"
                return self.state.current, kind
            return found or UNNAMED_STATEMENT, "org"
        if head in _REPORT_NOUNS and all(p.islower() for p in content[:-1]):
            owner = next((o for p in parts[:-1] if (o := _possessive(p))), None)
            if owner and owner[:1].isupper():
                # "according to the UN's latest report": whose report it is
                return self._name([owner])
        if head in _REPORT_NOUNS and (definite or content[0][:1].isupper()):
            # '"...," the report states' after "a climate report released Monday by the
            # U.N.'s Intergovernmental Panel on Climate Change": the body that issued it
            body = self._issuer_of(head, at)
            if body:
                return body, "org"
        if head in _ACCOUNT_NOUNS and len(parts) >= 2:
            # "the presidency's official Twitter account said": the account's owner
            owner = next((o for p in parts[:-1] if (o := _possessive(p))), None)
            if owner:
                if owner.islower():
                    return self._nominal(["the", owner], at)
                return self._name([owner])
        if (
            head == "office"
            and definite
            and len(parts) == 2
            and (self.state.org or "").startswith("Office of ")
        ):
            # "The office added that ...": the office that spoke before
            return self.state.org or "", "org"
        if head == "office" and len(parts) == 2 and low[0] in ("his", "her"):
            # "his office said": the office of the person he or she is
            holder, kind = self._pronoun(low[0], (), at)
            if holder and kind == "person":
                return f"Office of {holder}", "org"
            return "", "other"
        if (
            head == "office"
            and len(content) == 1
            and len(parts) >= 2
            and (owner := _possessive(parts[-2]))
        ):
            # "the president's office said": the office of the person the role names
            # ("Office of Mohamed Bazoum"), or of the role when no one is named
            if owner.islower():
                holder, kind = self._nominal(["the", owner], at)
                full = kind == "person" and " " in holder  # a full name, not "X"
                owner = holder if full else "the " + owner.capitalize()
            else:
                owner = self._name([owner])[0] or owner
            return f"Office of {owner}", "org"  # (by the owner's name, as gold lists do)
        if head in ORG_HEADS or head in COMPANY_NOUNS:
            bare = [p for p in content if not _looks_national(p) or p.islower()]
            found = (
                self.names.org_name(bare or content, at if definite else None)
                if head in ORG_HEADS
                else None
            )
            if (
                head in ORG_HEADS
                and head not in COMPANY_NOUNS  # (a business is found below, by its own rules)
                and len(content) == 1
                and parts[-1].islower()
            ):
                # "the party" (or a bare noun closing a name in brackets: "All
                # Progressives Congress (APC) party") after "The Tehreek-i-Labaik
                # Pakistan (TLP) party": the nearer of that and any "... Party"
                near = self._org_antecedent(content, at)
                text = self.article.text
                lo = max(0, at - 1500)
                if near and (not found or text.rfind(near, lo, at) > text.rfind(found, lo, at)):
                    found = near
            if not found and definite and len(content) == 1 and head in _SCHOOL_HEADS:
                # "Orange Coast College confirmed ... the school said": a place of
                # learning by another of its names
                found = next(
                    (
                        self.names.org_name([other])
                        for other in sorted(_SCHOOL_HEADS - {head})
                        if self.names.org_name([other])
                    ),
                    None,
                )
            if (
                not found
                and definite
                and all(p.islower() or _BASED_RE.fullmatch(p) for p in content)
            ):
                # "the ministry said" after "Russia's defence ministry", "the
                # automaker said" after "Toyota Motor Corp": the body named before
                found = self._org_antecedent(content, at)
                if found:
                    found = self._and_extended(found, at)
            if head not in ORG_HEADS:
                return (found, "org") if found else ("", "other")
            if not found and definite and len(content) == 1 and head in _GENERIC_BODIES:
                # "In a subsequent tweet, the organization said": the body that spoke
                # last, not one called "Organization"; else the latest body named
                # ("The Academy of Motion Picture Arts and Sciences has launched a
                # review ... a spokesperson for the organization said")
                current = self.state.current
                if current in self.state.people:
                    current = None
                if current or self.state.org:
                    return (current or self.state.org or ""), "org"
                bodies = [m for m in self.names.between(max(0, at - 1500), at) if m.is_org]
                if bodies:
                    return self._and_extended(bodies[-1].name, at), "org"
            if not found and definite and len(content) == 1 and head in COMPANY_NOUNS:
                # "OceanGate, which owns the submarine, on Thursday said ... the company
                # said": the latest name a "which" clause describes, as the subject of
                # a reporting verb
                which = _WHICH_NAMED_RE.findall(self.article.text, max(0, at - 1500), at)
                if which:
                    return which[-1], "org"
            if not found and len(content) == 1 and head in COMPANY_NOUNS:
                return "", "other"  # "the company said", and no company named: unknown
            # Unnamed elsewhere: keep the nationality, "the Israeli military" is no
            # more "Military" than it is anyone else's.
            return (found or " ".join(w[:1].upper() + w[1:] for w in content)), "org"
        if definite and len(content) == 1 and head in _THING_VOICES:
            # "The probe tweets:" after "Philae comet probe": the thing so named
            found = self._named_thing(head, at)
            return (found, "org") if found else ("", "other")
        if (
            definite
            and len(content) == 1
            and (head in _ORG_VOICES or head in _BODY_STAFF)
            and self.state.current
            and self.state.current == self.state.org
            and not self.names.by_role([head], "", at)
        ):
            # 'A migration ministry source told AFP ... "...," the official said': the
            # body that just spoke through an unnamed member
            return self.state.current, "org"
        if head in _ORG_VOICES or (not definite and head in _BODY_STAFF):
            # "A Department for Business and Trade spokesperson", "an Amazon source",
            # "a NASA scientist": the organisation speaks through an unnamed person.
            joins = CONNECTORS | {"and", "&"}
            named = [p for p in content[:-1] if p[:1].isupper() or p.casefold() in joins]
            while named and named[0].casefold() in joins:
                named = named[1:]
            while named and named[-1].casefold() in joins:
                named = named[:-1]
            if named and not all(_national_word(p) for p in named):
                found = self.names.org_name(named)
                return (found or " ".join(named)), "org"
            if len(parts) >= 3 and parts[-2].casefold() in ORG_HEADS:
                # "Iran's foreign ministry spokesman", "Its foreign ministry spokesman":
                # the ministry speaks through them
                return self._nominal(parts[:-1], at)
        if (
            definite
            and head not in ROLE_NOUNS
            and content[0][:1].isupper()
            and all(p[:1].isupper() or p in ("of", "for", "and", "&") for p in content)
            and (len(content) >= 2 or content[0].isupper())
        ):
            # "according to the FBI", "said the White House": a body the text names
            # (not "the Duke", "the Pontiff": a title standing for someone)
            return self._name(list(content))
        if definite and len(content) == 1 and head.isalpha() and head not in GROUP_NOUNS:
            # 'A miner who works the day shift ... said Celal Kara, 40. "...," the miner
            # said': the person who just spoke, brought in with that noun
            found = self._introduced_as(head, at)
            if found:
                return found, "person"
        if head not in ROLE_NOUNS or not (definite or low[0] in ("a", "an")):
            return "", "other"
        role = [p for p in content if p.casefold() in ROLE_NOUNS]
        nation = next((_nation(p) for p in content if _looks_national(p)), "")
        if not definite:
            # "A Swedish prosecutor says ...": the lede names them later
            found = self.names.by_role_after(role, nation, at) or self._named_next(at)
            return (found, "person") if found else ("", "other")
        if not nation and _possessive(parts[0]):
            nation = _nation(parts[0])
        if "former" in low or "ex" in low:
            # "The former president said", "The former personal trainer described
            # himself as": not the president the text names, but the person the
            # sentence before was about (whom a former role describes; "The judge
            # said" after "John Smith admitted the attack" is someone else)
            found = self._just_named(head, at)
            return (found, "person") if found else ("", "other")
        found = self.names.by_role(role, nation, at)
        if not found and any(p[:1].isupper() for p in content[:-1]):
            # "the Bournemouth manager": a role tied to a name the text gives
            found = self._undescribed(head, at)
        if not found:
            # "the senator said" before "Senator Jane Roe" is written out
            found = self.names.by_role_after(role, nation, at)
        return (found, "person") if found else ("", "other")

    def _voice_owner(self, owner: Sequence[str], at: int) -> str | None:
        """The person whose voice a phrase names ("her", "the singer's", "Arredondo's"),
        or None when it is no person's (a body's, or unknown)."""
        if not owner:
            return None
        first = owner[0].casefold()
        if len(owner) == 1 and first in ("his", "her"):
            holder, kind = self._pronoun("he" if first == "his" else "she", (), at)
        else:
            possessed = [o for p in owner if (o := _possessive(p))]
            if len(possessed) != 1 or not _possessive(owner[-1]):
                return None
            name = possessed[0]
            if name[:1].isupper():
                holder, kind = self._name([*owner[:-1], name] if owner[0][:1].isupper() else [name])
            elif len(owner) <= 2:
                # "the singer's representative": the person the role is, else the one
                # the story is about
                holder, kind = self._nominal(["the", name], at)
                if not holder and (name in _ACCOLADES or name in _PERFORMERS):
                    holder, kind = self._story_person(at) or "", "person"
            else:
                return None
        return holder if kind == "person" and holder else None

    def _story_person(self, at: int) -> str | None:
        """The person the text has named most often before ``at`` (whose story it is)."""
        counts: dict[str, int] = {}
        for mention in self.names.between(0, at):
            if not mention.is_org and " " in mention.name and not mention.name.isupper():
                full = self.names.full_name(mention.name)
                counts[full] = counts.get(full, 0) + 1
        return max(counts, key=lambda n: counts[n]) if counts else None

    def _issuer_of(self, document: str, at: int) -> str | None:
        """The body the text says issued its ``document`` ("report ... by the IPCC",
        "the IPCC's Sixth Assessment Report", "a WHO report"): the last named so before
        ``at``, else the first after it (a headline's "report" is the body's)."""
        found = list(self._issuers(document))
        before = [name for start, name in found if start < at]
        return before[-1] if before else (found[0][1] if found else None)

    def _issuers(self, document: str) -> Iterable[tuple[int, str]]:
        """(where, name) of every body the text says issued its ``document``."""
        text = self.article.text
        for m in self.names.mentions:
            if not (m.is_org or not _gender_of_person({}, m.name)) or m.roles:
                continue  # (a body: no one with a given name or a title)
            at_name = text.find(m.name, m.start, m.start + 200)
            if at_name < 0:
                continue
            end = at_name + len(m.name)  # (a mention may start at its owner: "U.N.'s")
            if text.startswith(("'s", "’s"), end):
                continue  # "the U.N.'s Intergovernmental Panel": its owner, not the issuer
            before = text[max(0, at_name - 80) : at_name].casefold()
            after = text[end : end + 40].casefold()
            if _DOCUMENT_ISSUER_RE.search(before) and document in before:
                # (a name the index cut at "on": "Intergovernmental Panel on Climate Change")
                tail = _ON_TAIL_RE.match(text, end)
                yield at_name, (m.name + tail.group() if tail else m.name)
                continue
            owned = _OWNED_DOCUMENT_RE.match(after)
            if (
                owned
                and owned.group().casefold().endswith(document)
                and (m.is_org or m.name.isupper())  # (not "Climate report", a headline)
            ):
                yield at_name, m.name

    def _introduced_as(self, noun: str, at: int) -> str | None:
        """The person who spoke last, when the text brought them in as "a <noun>" just
        before naming them (within the 600 characters before ``at``), or None."""
        current = self.state.current
        if not current or current not in self.state.people:
            return None
        text = self.article.text
        lo = max(0, at - 600)
        intros = list(re.finditer(rf"\b[Aa]n?\s+(?:[\w-]+\s+)?{re.escape(noun)}\b", text[lo:at]))
        if not intros:
            return None
        intro = intros[-1]
        surname = current.rsplit(" ", 1)[-1]
        named = text.find(surname, lo + intro.end(), at)
        return current if named >= 0 else None

    def _just_named(self, role: str, at: int) -> str | None:
        """The person the sentence before the one at ``at`` is about (the first person
        it names; else the latest named in the 400 characters before), when the
        sentence at ``at`` names no one before ``at`` and no unnamed ``role`` was
        brought in before."""
        text = self.article.text
        start = _sentence_start(text, at)
        if _unnamed_role_re(role).search(text, max(0, at - 5000), at):
            return None
        if any(
            not all(w.casefold() in ROLE_NOUNS or w.casefold() == role for w in m.name.split())
            for m in self.names.between(start, at)
        ):
            return None  # (a role in capitals, "the former Foreign Secretary", names no one)
        before = _sentence_start(text, max(0, start - 2)) if start > 1 else start
        if self.state.person and text.startswith(("He ", "She "), before):
            # "He also accused ... However, the former Foreign Secretary said": the
            # person that "he" was
            return self.state.person
        people: list[str] = []
        for m in reversed(self.names.between(max(0, start - 400), start)):
            if m.is_org and m.start >= before:
                continue
            if m.is_org:
                break
            if not all(w[:1].isupper() and not w.isupper() for w in m.name.split()):
                continue  # "the biggest WIN for LIFE": no one's name
            if m.name.split()[0].casefold() in _CLAUSE_OPENERS:
                continue  # "Unlike Nissan, ...": a sentence's first word read into a name
            full = self.names.full_name(m.name)
            if m.roles or len(full.split()) >= 2:
                people.append(full)
                if m.start < before:
                    break
        if not people:
            return None
        # "Donald Trump told an event ... and Mr Johnson would": the sentence's first
        # person, its subject more often than not
        in_sentence = [
            self.names.full_name(m.name) for m in self.names.between(before, start) if not m.is_org
        ]
        if self.state.current and self.state.current in in_sentence:
            # 'Questioned whether Lehmann offered to resign, Sutherland replied: "..."':
            # the one who spoke in it
            return self.state.current
        first = next((p for p in in_sentence if p in people), None)
        return first or people[0]

    def _and_extended(self, name: str, at: int) -> str:
        """``name`` read on over "and" where the text last writes it before ``at``
        ("Academy of Motion Picture Arts" -> "... Arts and Sciences")."""
        text = self.article.text
        where = text.rfind(name, max(0, at - 1500), at)
        more = _AND_NAME_RE.match(text, where + len(name)) if where >= 0 else None
        # (not the possessive of "... Arts and Sciences' turn")
        return name + _POSSESSIVE_END_RE.sub("", more.group(0)) if more else name

    def _org_antecedent(self, content: Sequence[str], at: int) -> str | None:
        """The organisation a bare "the <noun>" refers back to, named in the 1,500
        characters before ``at``; None when none is.

        The latest of: a lower-case phrase with the same head after a capitalised
        qualifier ("Russia's defence ministry"); a name in apposition to the noun
        ("Boeing, the plane maker,", "the carmaker Toyota"); for a business, a
        name with a legal form or a company word ("Toyota Motor Corp",
        "Ethiopian Airlines").
        """
        head = content[-1].casefold()
        text = self.article.text
        lo = max(0, at - 1500)
        best: tuple[int, str] | None = None
        best_end = -1
        pattern = _org_phrase_re(head)
        pos = lo
        while (m := pattern.search(text, pos, at)) is not None:
            pos = m.start() + 1  # overlapping: "Shares in the carmaker Toyota" is tried at "the"
            qualifier, modifiers, named_before, named_after, acronymed = m.groups()
            if (
                qualifier
                and (called := _NAME_AFTER_RE.match(text, m.end())) is not None
                and called.group(1).split()[0] not in _NOT_QUALIFIERS
                and called.group(1).split()[0].casefold() not in TIME_WORDS
            ):
                # "Credit monitoring company Equifax": the name after the noun, not
                # "Credit Monitoring Company"
                qualifier, named_after = None, called.group(1)
            if qualifier:
                if (
                    qualifier in _NOT_QUALIFIERS
                    or _BASED_RE.fullmatch(qualifier)
                    or any(w in _NOT_QUALIFIERS for w in modifiers.split())
                ):
                    continue  # ("the Atlanta-based company" names no company)
                words = [qualifier, *modifiers.split(), head]
                name = " ".join(w[:1].upper() + w[1:] for w in words)
            elif acronymed:
                if best_end == m.end():
                    continue  # the same name from a later word: the longer reading stays
                words = acronymed.split()
                owned = [k for k, w in enumerate(words) if _possessive(w)]
                # ("Mr Buhari's All Progressives Congress (APC) party": the party's name)
                words = words[owned[-1] + 1 :] if owned else words
                name = " ".join(words[1:] if words[:1] == ["The"] else words)
                if not name:
                    continue
            else:
                name = named_before or named_after
                if name.split()[0] in _NOT_QUALIFIERS:
                    continue
                if named_before:
                    run = _NAME_RUN_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
                    first = run.start() if run else m.start()
                    if _after_preposition(text, first):
                        continue  # "In a statement to CBS News, the company said": no apposition
            best = (m.start(), name)
            best_end = m.end()
        if head in COMPANY_NOUNS:
            for mention in reversed(self.names.between(lo, at)):
                if best is not None and mention.start < best[0]:
                    break
                if _after_preposition(text, mention.start):
                    continue  # "In a statement to CBS News, the company said": whom it told
                words = mention.name.split()
                last = words[-1].casefold().rstrip(".")
                if len(words) >= 2 and last in CORPORATE_SUFFIXES:
                    best = (mention.start, " ".join(words[:-1]))
                    break
                if len(words) >= 2 and last in CORPORATE_WORDS:
                    best = (mention.start, mention.name)
                    break
            if best is None:
                best = self._business_subject(lo, at)
                if best is None:
                    return self._story_business(at)  # the business the story repeats
            elif (
                sum(1 for m in self.names.mentions if m.name.startswith(best[1])) == 1
                and (story := self._story_business(at)) is not None
                and story != best[1]
            ):
                # "... layoffs at Twitter and Microsoft Corp. The company said": a
                # business named once in passing is not the one the story is about
                return story
        return best[1] if best else None

    def _named_thing(self, head: str, at: int) -> str | None:
        """The name the text gives a thing called ``head`` ("Philae comet probe", "the
        Philae lander"): the latest before ``at``, else the first after it."""
        text = self.article.text
        pattern = _thing_name_re(head)
        before = [m.group(1) for m in pattern.finditer(text, 0, at)]
        names = [n for n in before if n.split()[0].casefold() not in NON_NAMES]
        if names:
            return names[-1]
        after = (m.group(1) for m in pattern.finditer(text, at))
        return next((n for n in after if n.split()[0].casefold() not in NON_NAMES), None)

    def _story_business(self, at: int) -> str | None:
        """The name before ``at`` that the text repeats most (by its first word), at
        least three times, when it is nobody's (no given name opens its full form):
        the business a story is about ("Meta", "Meta Platforms", "Meta")."""
        counts: dict[str, int] = {}
        titled: set[str] = set()  # a name with a title or role is someone's
        for mention in self.names.mentions:
            if mention.start >= at:
                break
            first = mention.name.split(" ", 1)[0]  # "Meta Platforms" is Meta named in full
            counts[first] = counts.get(first, 0) + 1
            if mention.roles and not mention.is_org:
                titled.add(first)
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        for name, count in ranked[:3]:
            if count < 3:
                return None
            if name in titled:
                continue
            first = self.names.full_name(name).split()[0].casefold()
            if first not in FEMALE_GIVEN_NAMES and first not in MALE_GIVEN_NAMES:
                return name if _gender_of_person(self.names.genders, name) is None else None
        return None

    def _named_mid_sentence(self, name: str) -> bool:
        """Whether the text capitalises the first word of ``name`` after a lower-case
        word or a comma somewhere (the words so capitalised are found in one pass)."""
        if self._mid_sentence is None:
            self._mid_sentence = set(_MID_SENTENCE_CAP_RE.findall(self.article.text))
        return name.split()[0] in self._mid_sentence

    def _business_subject(self, lo: int, at: int) -> tuple[int, str] | None:
        """The latest name opening a sentence as its subject ("Apple has unveiled the
        iPhone X.") that is nobody the text presents as a person: what "the company
        says" after it refers to."""
        text = self.article.text
        for mention in reversed(self.names.between(lo, at)):
            start = mention.start
            if mention.is_org:
                continue
            # "US credit reporting agency Equifax said": a business noun names it
            described = _BUSINESS_NOUN_BEFORE_RE.search(text, max(0, start - 30), start)
            if not described and not (
                start == 0
                or text[start - 1] == "\n"
                or text[start - 2 : start] == ". "
                or _ISO_DATE_BEFORE_RE.search(text, max(0, start - 12), start) is not None
            ):
                continue
            # (where the name itself stands: "Beleaguered Flybe" is the mention "Flybe")
            found_at = text.find(mention.name, start, start + 40)
            end = (found_at if found_at >= 0 else start) + len(mention.name)
            after = _BUSINESS_VERB_RE.match(text, end)
            if after is None and not described:
                continue
            name = mention.name
            if self.names.roles_of(name, at) or gender_of(self.names.genders, name):
                continue
            if _looks_national(name):
                continue  # "Leicester's Thai owners took": whose, not what, they are
            if not self._named_mid_sentence(name):
                continue  # capitalised only where it opens a sentence: "Passengers waited"
            return start, name
        return None

    def _first_of_pair(self, at: int) -> str | None:
        """The first of two people named in full in the sentence of ``at`` (or else
        the sentence before): "James Macharia and ... Yilma Goshu ... where the
        two officials said"."""
        end = at
        for _ in range(2):
            start = _sentence_start(self.article.text, end)
            people = [
                self.names.full_name(m.name)
                for m in self.names.between(start, end)
                if not m.is_org and len(m.name.split()) >= 2
            ]
            if len(dict.fromkeys(people)) >= 2:
                return people[0]
            end = start - 1
            if end <= 0:
                break
        return None

    def _named_next(self, at: int) -> str | None:
        """The person the next sentence opens with, named in full ("A councillor said
        ... \n\nHeather Townsend said ..."): a lede's unnamed speaker, named at once."""
        text = self.article.text
        stop = _SENTENCE_END_RE.search(text, at, at + 600)
        if stop is None:
            return None
        following = self.names.between(stop.end(), stop.end() + 300)
        if not following:
            return None
        m = following[0]
        if text[stop.end() : m.start].strip() or m.is_org or len(m.name.split()) < 2:
            return None  # the next sentence does not open with a person's full name
        # ... who speaks there ("Heather Townsend said"), not one spoken of ("Zelimkhan
        # Khangoshvili, 40, was shot")
        after = text[m.start + len(m.name) : m.start + len(m.name) + 80]
        if not any(w in REPORTING_VERBS for w in _SIMPLE_WORD_RE.findall(after.casefold())):
            return None
        return self.names.full_name(m.name)

    def _undescribed(self, role: str, at: int) -> str | None:
        """Who "the <role>" is when nobody is described as one: the person the text
        names most ("the Bournemouth manager told", Howe never called a manager),
        if the text gives them no other role.

        None when the text brought in an unnamed one ("An independent analyst
        told the Guardian ... the analyst said").
        """
        person = self.names.protagonist(at)
        if not person or self.names.roles_of(person, at):
            return None
        # an unnamed one brought in recently (a window keeps long texts linear)
        unnamed = _unnamed_role_re(role).search(self.article.text, max(0, at - 5000), at)
        return None if unnamed else person

    def statement_speaker(self, at: int) -> tuple[str, str]:
        """Who made the statement mentioned just before ``at`` that introduces a
        quotation, and the kind of speaker."""
        issuer = self._statement(at)
        if issuer:
            return issuer, "org"
        # "Here's the entire statement:" with no issuer named near it: the
        # statement of the person the text is about
        person = self.state.person
        return (person, "person") if person else ("", "other")

    def _statement(self, at: int) -> str:
        """Who issued the statement mentioned last before ``at`` ("" when no one is named).

        The statement noun nearest ``at`` is often the attribution itself
        ('"...," the statement said'), which names no one: then the mention
        before it ('The ministry said in a statement', 'A statement issued by
        Abraham Otabil') does.
        """
        text = self.article.text
        if self._statement_nouns is None:
            self._statement_nouns = _statement_nouns(text)
        nouns = self._statement_nouns
        before = bisect.bisect_left(nouns, (at, at))
        # '"...," according to a statement from the White House': the noun after
        # the quotation, in its sentence, comes first
        sentence_end = _sentence_end(text, at)
        after = [
            span
            for span in nouns[before : before + 2]
            if sentence_end < 0 or span[0] < sentence_end
        ]
        for start, end in after + list(reversed(nouns[max(0, before - 3) : before])):
            if start < at < end:
                continue
            issuer = self._issuer(text, start, end)
            if issuer:
                return issuer
        return ""

    def _subject_issuer(self, before: Sequence[Tok], at: int) -> str | None:
        """The subject of the verb that gives the statement, read as any attribution is.

        "Senior members of Volkswagen's supervisory board said in a separate
        statement": the board, not "Senior"; "he said in a statement": the person
        "he" is.
        """
        verb = next(
            (
                k
                for k in range(len(before) - 1, 0, -1)
                if before[k].kind == "word"
                and (before[k].low in REPORTING_VERBS or before[k].low in _ISSUING)
            ),
            None,
        )
        if verb is None:
            return None
        subject = subject_before(before, verb, 0)
        if subject is None or subject.kind not in ("name", "pronoun", "nominal"):
            return None
        if subject.kind == "pronoun" and subject.words[0].casefold() == "they":
            return None
        if subject.kind == "pronoun" and subject.words[0].casefold() == "it":
            # "PwC on Monday sent out what it called a revised statement": the body
            # named last before the verb
            named = self.names.between(before[0].start, before[verb].start)
            bodies = [m for m in named if m.is_org or not _gender_of_person({}, m.name)]
            return bodies[-1].name if bodies else None
        found, _ = self.resolve(subject, before, at)
        return found if found and found != UNSET else None

    def _issuer(self, text: str, start: int, end: int) -> str | None:
        """The issuer named in the sentence of the statement noun at ``start:end``."""
        lo = max(0, start - 2000)
        window_start = max(text.rfind(".", lo, start), text.rfind("\n", lo, start), lo - 1) + 1
        # quoted words name what the statement says, not who made it, and so does
        # the sentence before a quotation the noun follows ('Assange would remain
        # in custody "as soon as is possible", the statement added')
        window_start = max(window_start, *(text.rfind(c, window_start, start) + 1 for c in '"”'))
        before = tokenise(_QUOTED_RE.sub(_blank, text[window_start:start]), window_start)
        if before and before[-1].low == "joint":
            return "Joint statement"
        found = self._subject_issuer(before, start)
        if found:
            return found
        for k, t in enumerate(before):
            if t.is_cap and t.low not in NON_NAMES and not (k == 0 and t.low.endswith("ing")):
                j = _cap_sequence_after(before, k)
                if not _is_modifier(before, k, j):
                    _, name, _ = split_title(list(_name_words(before, k, j)))
                    if name:
                        return " ".join(name)
        # "The foreign ministry issued a statement": a body named in lower case
        for k, t in enumerate(before):
            if t.kind == "word" and t.low in ORG_HEADS and t.low not in STATEMENT_NOUNS:
                lo = k
                while (
                    lo > 0
                    and before[lo - 1].kind == "word"
                    and before[lo - 1].low
                    not in (
                        "the",
                        "a",
                        "an",
                    )
                ):
                    lo -= 1
                phrase = [x.text for x in before[lo : k + 1]]
                issuer, kind = self._nominal(phrase, start)
                if issuer.casefold() == " ".join(phrase).casefold():
                    # "a long club statement": the club named before, if any (not "Long Club")
                    earlier, earlier_kind = self._nominal(["the", t.text], start)
                    if earlier and earlier_kind == "org" and earlier.casefold() != t.low:
                        issuer, kind = earlier, earlier_kind
                if issuer and kind == "org":
                    return issuer
        # "A statement issued by the ministry's spokesman, Abraham Otabil": a
        # person named after "by" / "from", else the body named there
        by = _ISSUED_BY_RE.match(text, end)
        if by is None:
            return None
        stop = text.find(".", by.end(), by.end() + 2000)
        stop = min(len(text), by.end() + 2000) if stop < 0 else stop
        named = self.names.between(by.end(), stop)
        person = next(
            (m for m in named if not m.is_org and (len(m.name.split()) >= 2 or m.roles)), None
        )
        if person is not None:
            return self.names.full_name(person.name)
        org = next((m for m in named if m.is_org), None)
        return org.name if org is not None else None


_REPORTS_BEFORE_RE = re.compile(r"\breport(?:s|ed)\s+$")
"""An outlet named after the verb that cites it ("reports Fox Business")."""
_NAME_RUN_BEFORE_RE = re.compile(r"(?:[A-Z][\w&'’-]*\s+)+$")
"""Capitalised words right before a position (the start of the name they begin)."""
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:to|with|from|against|toward|towards)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$", re.IGNORECASE
)
"""A preposition right before a name (its title aside): the name is an object."""


def _after_preposition(text: str, at: int) -> bool:
    """Whether a preposition stands right before ``at`` ("to Mr Sunak", "to CBS News")."""
    return _PREPOSITION_BEFORE_RE.search(text, max(0, at - 12), at) is not None


_AGE_RE = re.compile(r"\d{1,3}-year-old")
_ACCOLADES = wordset(
    """
    winner champion star superstar legend icon medallist medalist olympian laureate
    finalist titleholder billionaire tycoon mogul heiress famer inductee
    """
)
"""What a story calls the person it is about, not a role anyone else holds ("the
tennis star", "the five-time Grand Slam winner", "the Nobel laureate")."""
_STATEMENT_END_RE = re.compile(r"[.!?][\"”’']?(?:\s|$)")


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends (-1 when it runs to the end of the text)."""
    found = _STATEMENT_END_RE.search(text, at)
    return found.start() if found else -1


@lru_cache(maxsize=256)
def _unnamed_role_re(role: str) -> re.Pattern[str]:
    """ "an independent analyst", "a spokesman": someone unnamed in the role ``role``."""
    return re.compile(
        r"\b(?:an?|another|one)\s+(?:[\w-]+\s+){0,3}" + re.escape(role) + r"\b", re.IGNORECASE
    )


def _statement_nouns(text: str) -> list[tuple[int, int]]:
    """Spans of the statement nouns of ``text`` ("statement", "communiques"...), in order."""
    lower = text.lower()
    if not any(noun in lower for noun in STATEMENT_NOUNS):
        return []  # most texts: one fast scan per noun, no regular expression
    return [m.span() for m in _STATEMENT_NOUN_RE.finditer(text)]


_STATEMENT_NOUN_RE = re.compile(
    r"\b(?:" + "|".join(sorted(STATEMENT_NOUNS)) + r")s?\b", re.IGNORECASE
)
_ISSUED_BY_RE = re.compile(
    r"\s*,?\s*(?:(?:issued|released|signed|published|sent|put\s+out|read\s+out|read)\s+)?"
    r"(?:by|from)\s",
    re.IGNORECASE,
)
_QUOTED_RE = re.compile(r"[\"“][^\"“”]*[\"”]")


def _blank(match: re.Match[str]) -> str:
    """As many spaces as the match is long (token offsets stay those of the text)."""
    return " " * len(match.group(0))


def _sentences(masked: str) -> list[tuple[int, int]]:
    """Sentence spans of a masked paragraph (quotation marks and words hidden)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(masked):
        before = masked[start : m.start()].rsplit(None, 1)  # only the last word matters
        last = before[-1].casefold().rstrip(".") if before else ""
        if (
            last in _ABBREV
            or (len(last) == 1 and last.isalpha())
            or _INITIALS_WORD_RE.fullmatch(last)
        ):
            continue  # (and "S.B. Moyo": initials, not a sentence end)
        if last.rstrip("!") in _BANG_NAMES and masked[m.end() : m.end() + 1].isupper():
            continue  # "told Yahoo! News:": a name written with "!", not a sentence end
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(masked)))
    return spans


_INITIALS_WORD_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
_BANG_NAMES = wordset("yahoo jeopardy")
"""Names written with an exclamation mark ("Yahoo! News")."""


class _Clause(NamedTuple):
    """A masked sentence read once: tokens (offsets from the sentence start), where the
    masked quotations and the reporting verbs are."""

    toks: tuple[Tok, ...]
    quotes: tuple[int, ...]
    verbs: tuple[int, ...]


def _follow_subject(masked: str, s0: int, s1: int, resolver: _Resolver, at: int) -> bool:
    """Make the person a sentence opens with the antecedent of the pronouns that follow."""
    if not masked.rstrip().endswith(_PARAGRAPH_ENDS):
        return False  # a caption or a heading ("Rishi Sunak speaking about ..."): no narrative
    subject = (
        _APPOSED_SUBJECT_RE.match(masked, s0, s1)
        or _POSSESSED_ROLE_SUBJECT_RE.match(masked, s0, s1)
        or _NARRATIVE_SUBJECT_RE.match(masked, s0, s1)
        or _EPITHET_SUBJECT_RE.match(masked, s0, s1)
    )
    if subject is None or subject.group(2) == "The":
        return _follow_role_subject(masked, s0, s1, resolver, at)
    words = tuple(w.rstrip(".") for w in subject.group(2).split())
    if _possessive(words[-1]) is not None:
        return False  # "US President Donald Trump's former lawyer has pleaded": not Trump
    roled = _ROLE_THEN_NAME_RE.match(masked, subject.end(2), s1)
    if roled is not None and roled.group(1) in ROLE_NOUNS:
        # "National Party leader Christopher Luxon wished her well": the name after
        # the body and the role
        words = (*words, roled.group(1), *roled.group(2).split())
    if len(words) > 1 and words[0].casefold() in _SUBORDINATORS:
        words = words[1:]  # "As Deschamps prepared to speak, he was mobbed"
    while len(words) > 2 and words[0].casefold() in _LEADING_ADVERBS:
        words = words[1:]  # "Earlier Prime Minister Fumio Kishida abandoned ..."
    if len(words) > 3 and not split_title(list(words))[0]:
        return False  # four capitalised words or more are a name only after a title

    if words[0].casefold() in _NOT_NAME_WORDS:
        return False
    found, kind = resolver.resolve(Subject("name", words, 0), (), at)
    if not found or kind == "org":
        return False
    if _of_phrase(found):
        return False  # "Freedom of Information", "Bank of England": no one's name
    # Only someone the text presents as a person: with an honorific or title
    # ("Mr Macron"), or given a role or title elsewhere ("Trump also took
    # credit" after "President Trump"); "New Orleans flooded" and "Wall Street
    # fell" name no one.
    titled = bool(split_title(list(words))[0]) or subject.group("age") is not None
    if (
        (titled and kind == "person")
        or found in resolver.state.people  # someone who has spoken already
        or resolver.names.roles_of(found, at)
        or (len(found.split()) >= 2 and _gender_of_person({}, found) is not None)
    ):
        resolver.state.person = found
        return True
    return False


_PARAGRAPH_ENDS = (".", "!", "?", '"', "”", "’", "'", ")", "_", ":", ";")
"""How a paragraph of running text ends (a masked quotation ends in "_")."""


def _follow_role_subject(masked: str, s0: int, s1: int, resolver: _Resolver, at: int) -> bool:
    """A sentence opening with a role the text has given someone ("The judge then took
    three hours to read the verdict") makes that person the antecedent of the pronouns
    that follow."""
    found = _ROLE_SUBJECT_RE.match(masked, s0, s1)
    if found is None:
        return False
    words = found.group(1).split()
    if words[0] in ROLE_NOUNS and (len(words) == 1 or words[1] not in ROLE_NOUNS):
        words = words[:1]  # "The judge then took"
    if words[-1] not in ROLE_NOUNS or words[0] in ("former", "ex", "late"):
        return False
    person, kind = resolver._nominal(["the", *words], at)
    if person and kind == "person":
        resolver.state.person = person
        return True
    return False


_ROLE_SUBJECT_RE = re.compile(r"\s*The\s+([a-z]+(?:\s+[a-z]+)?)\s+(?!of\b|for\b|at\b)[a-z]")
"""A sentence opening with "The" and a lower-case noun phrase of one or two words."""

_CLAUSE_OPENERS = NON_NAMES | wordset(
    "unlike despite although though whereas without within beyond besides amid among"
)
_LEADING_ADVERBS = wordset("earlier later meanwhile then now also separately previously recently")
_ROLE_THEN_NAME_RE = re.compile(r"\s+([a-z]+)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+[a-z]")
_NARRATIVE_SUBJECT_RE = re.compile(
    r"\s*(?:[^,\"“_]{0,100},\s+)?(?P<age>\d{1,3}-year-old\s+)?"
    r"((?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’-]+)"
    r"(?:\s+(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’-]+)){0,4})\s+[a-z]"
)
"""A sentence opening with a name and then a lower-case word (its verb, mostly); an
initialism keeps its full stops ("U.S. Attorney Stephanie Hinds applauded")."""
_APPOSED_SUBJECT_RE = re.compile(
    r"\s*(?P<age>)((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,3}),\s+"
    r"(?:[A-Z][\w-]*['’]s\s+)?[a-z][^,\"“_]{0,80},\s+[a-z]"
)
"""A person named in full opening a sentence, set off by a description, then the verb
("Ed Miliband, leader of the Labour party, remains adamant"; "Le Pen, Macron's
opponent in the runoff, quickly called")."""
_POSSESSED_ROLE_SUBJECT_RE = re.compile(
    r"\s*(?:[^,\"“_]{0,100},\s+)?(?P<age>)[A-Z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){1,3}"
    r"((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s+[a-z]"
)
"""A name after someone's role opening a sentence ("In a statement, Perry's general
counsel Mary Anne Wiley defended")."""
_EPITHET_SUBJECT_RE = re.compile(
    r"\s*An?\s+(?P<age>)(?:(?!(?:the|of|for|from|in|at|with|on|by|to|and)\b)[a-z]+\s+){1,3}"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+[a-z]"
)
"""A name after an epithet opening a sentence ("A clearly shocked Altman provided")."""


@lru_cache(maxsize=4096)
def _read_sentence(masked: str) -> _Clause | None:
    """The tokens of one masked sentence, or None when it has neither a quotation nor a
    reporting verb (nothing to learn from it).  Cached: syndicated copy repeats sentences."""
    if "_" not in masked and REPORTING_VERBS.isdisjoint(_LOWER_WORD_RE.findall(masked)):
        return None
    toks = tuple(tokenise(masked))
    quotes = tuple(i for i, t in enumerate(toks) if t.kind == "quote")
    return _Clause(toks, quotes, tuple(_verbs(toks)))


def _document_that(toks: Sequence[Tok], k: int) -> bool:
    """ "a statement that says": ``k`` is a relative pronoun after a document, not a
    determiner."""
    return toks[k].low in ("that", "which") and k > 0 and toks[k - 1].low in _DOCUMENTS


_WITH_PARTICIPLES = wordset("admitting")
"""Participles that report words after "with <someone>"."""
_COLON_ONLY_VERBS = wordset("shared shares")
"""Verbs that report words only when a colon introduces them."""
_RETORT_FORMS = wordset("shot fired hit hits shoots fires")
"""Verbs that report a retort with "back" after them ("Breivik shot back")."""
_POINT_FORMS = wordset("point points pointed pointing")
"""Reporting verbs with "out" after them ("Bezos pointed out that ...")."""


def _verbs(toks: Sequence[Tok]) -> list[int]:
    """Indexes of the reporting verbs of a sentence (``according`` when a word follows).

    The rare test comes first: most tokens are not reporting verbs.
    """
    n = len(toks)
    return [
        i
        for i, t in enumerate(toks)
        if (
            t.low in REPORTING_VERBS
            or (t.low == "according" and i + 1 < n)
            # "Oussama Hamad has reported" (not "was reported", "the deaths reported by")
            or (
                t.low == "reported"
                and i > 0
                and toks[i - 1].low in _REPORTED_AUXILIARIES
                and not (i + 1 < n and toks[i + 1].low == "by")
            )
            or (t.low in _POINT_FORMS and i + 1 < n and toks[i + 1].low == "out")
            # '"I do not take time to consider," Breivik shot back' (not "shot back into
            # the lead": a quotation ends just before)
            or (
                t.low in _RETORT_FORMS
                and i + 1 < n
                and toks[i + 1].low == "back"
                and any(x.kind == "quote" for x in toks[max(0, i - 4) : i])
            )
            # "Sir Keir Starmer shared: “...”" (not "shared a lunch")
            or (t.low in _COLON_ONLY_VERBS and i + 1 < n and toks[i + 1].text == ":")
            # "with Messi admitting that a move is a "possibility"" (not "the firm
            # admitting losses, analyst Tom Reed said")
            or (
                t.low in _WITH_PARTICIPLES and any(x.low == "with" for x in toks[max(0, i - 4) : i])
            )
        )
        and t.kind == "word"
        and (t.text[:1].islower() or i == 0)
        and not (i > 0 and toks[i - 1].low in _DETERMINERS and not _document_that(toks, i - 1))
        # "struck a defiant note": a noun after "a" and its adjective
        and not (
            t.low in _NOUN_FORMS
            and i > 1
            and toks[i - 2].low in ("a", "an")
            and toks[i - 1].text.islower()
        )
        and not (t.low in _NOUN_LIKE_VERBS and i + 1 < n and toks[i + 1].low == "of")
        and not (t.low == "state" and i + 1 < n and _state_modifies(toks[i + 1]))
        # "the report states" (not "backed by Western and Gulf states which")
        and not (t.low == "states" and i > 0 and toks[i - 1].is_cap)
        and not (t.low in _CLAIM_FORMS and _claims_a_prize(toks, i + 1))
    ]


def _passive(toks: Sequence[Tok], v: int) -> bool:
    """Whether the reporting verb at ``v`` is a passive participle ("was declared"),
    also a "told to" after another ("has been directed ... and told to cease"): its
    subject is what is spoken of, not who speaks."""
    if v == 0 or not (toks[v].low.endswith("ed") or toks[v].low in ("told", "said", "read")):
        return False
    if toks[v - 1].low in _PASSIVE_AUXILIARIES:
        return True
    if toks[v - 1].low != "and" or toks[v].low != "told" or v + 1 >= len(toks):
        return False
    if toks[v + 1].low != "to":
        return False  # ("was questioned by MPs and told them: ...": he speaks)
    return any(
        toks[k].low in ("been", "was", "were") and toks[k + 1].low.endswith("ed")
        for k in range(max(0, v - 12), v - 2)
    ) and not any(t.text == "," for t in toks[max(0, v - 12) : v])


def _passive_after(toks: Sequence[Tok], start: int, hi: int) -> bool:
    """Whether the name starting at ``start`` is the subject of a passive ("Mr. Reed was
    sentenced"): its first word after the name is an auxiliary and a participle."""
    k = _cap_sequence_after(toks, start)
    return (
        k + 1 < hi
        and toks[k].low in _PASSIVE_AUXILIARIES
        and toks[k + 1].low not in _FEELINGS  # ("Mary Jones was delighted with the ...")
        and _passive(toks, k + 1)
    )


_FEELINGS = wordset(
    """
    delighted pleased concerned worried shocked surprised disappointed saddened thrilled
    excited relieved satisfied frustrated angered outraged dismayed horrified stunned
    amazed devastated heartbroken alarmed troubled encouraged
    """
)
"""Past participles that say how someone feels ("was delighted with"), no passive."""


_PASSIVE_AUXILIARIES = wordset("was were been being is are be")
"""Before a past participle that makes it passive ("was declared", "were told")."""
_REPORTED_AUXILIARIES = wordset("has have had also")
"""Before "reported" when someone reports (a passive's "was" is not among them)."""
_NOUN_FORMS = wordset("note notes call calls claim claims remarks reply replies answers")
"""Reporting verbs spelt as nouns ("a defiant note", "a similar claim")."""
_CLAIM_FORMS = wordset("claim claims claimed claiming")
_PRIZES = wordset(
    """
    trophy title titles crown cup championship prize award medal medals gold silver bronze
    victory win seat seats spot place record lives life
    """
)
"""What is claimed without speaking ("Les Bleus claimed the trophy", "claimed two lives")."""


def _claims_a_prize(toks: Sequence[Tok], k: int) -> bool:
    """Whether the words from ``k`` are a won or taken object ("the trophy", "two lives")."""
    for j in range(k, min(k + 4, len(toks))):
        if toks[j].low in _PRIZES:
            return True
        if toks[j].kind != "word" or toks[j].low in ("that", "to"):
            return False
    return False


def _state_modifies(nxt: Tok) -> bool:
    """ "state" before this word is a noun: "state broadcaster", "state-run" (not "state that")."""
    if nxt.text in ("-", "‐"):
        return True
    return nxt.kind == "word" and nxt.text.islower() and nxt.low not in _STATE_VERB_OBJECTS


_STATE_VERB_OBJECTS = wordset("that the a an in on to this these their his her its it there what")


_NOUN_LIKE_VERBS = wordset("state states claim claims note notes remarks answers demands stress")
"""Reporting verbs that are nouns before "of": "the US state of Colorado", "claims of fraud"."""


_ISSUING = wordset("issued released published posted sent signed")
"""Participles between a statement noun and its issuer ("a release issued by the SEC")."""
UNNAMED_STATEMENT = "Statement"
"""The speaker of a statement whose issuer the text does not name."""


@dataclass(frozen=True, slots=True)
class Attribution:
    """The speaker of one quotation and whether a reporting verb governs its sentence."""

    speaker: str | None
    governed: bool


def _pronoun_opens(toks: Sequence[Tok], q: int) -> bool:
    """Whether the sentence opens with he/she and a lower-case verb, its quotation at
    ``q`` coming later ("She held up a sign with the words ...")."""
    return (
        q >= 3
        and toks[0].low in ("he", "she")
        and toks[1].kind == "word"
        and toks[1].text.islower()
    )


def _document_opener(toks: Sequence[Tok], q: int, verbs: Sequence[int]) -> bool:
    """Whether the sentence opens with the document it quotes ("In the statement,",
    "Under the joint declaration,") and no reporting verb stands before quotation ``q``."""
    if len(toks) < 4 or toks[0].low not in ("in", "under") or toks[1].low != "the":
        return False
    k = 2
    if toks[k].low == "joint":
        k += 1
    if k + 1 >= q or toks[k].low not in _DOCUMENT_NOUNS or toks[k + 1].text != ",":
        return False
    return not any(k < v < q for v in verbs)


_DOCUMENT_NOUNS = STATEMENT_NOUNS | wordset("text document agreement accord")


def _find(
    toks: Sequence[Tok],
    q: int,
    resolver: _Resolver,
    at: int,
    verbs: Sequence[int] | None = None,
    quotes: Sequence[int] | None = None,
    closes_sentence: bool = False,
) -> tuple[str, str, bool]:
    """(speaker/UNSET/"", kind, governed) for the quotation token ``q`` of a sentence.

    ``verbs`` are the reporting verbs of ``toks`` and ``quotes`` its masked
    quotations (token indexes, ascending), when the caller has them already;
    ``closes_sentence``: the quoted words end with a full stop, "!" or "?".
    """
    signed = _dash_signature(toks, q)
    if signed is not None:
        return (*resolver.resolve(signed, toks[signed.start :], at), True)
    tagged = _verb_tag_after(toks, q)
    if tagged is not None:
        return (*resolver.resolve(tagged, toks[tagged.start :], at), True)
    if verbs is None:
        verbs = _verbs(toks)
    document = _document_opener(toks, q, verbs)
    if document:
        # 'In the statement, Trump "committed to provide security guarantees"': the
        # words are the statement's, whoever it says does what
        issuer = resolver._statement(at)
        if issuer:
            return issuer, "org", True
    if not verbs:
        opener = _colon_intro(toks, q)
        if opener is not None:
            # 'Bell was blunt: "We are ready."': the person the sentence is about
            speaker, kind = resolver.resolve(opener, toks[:q], at)
            if speaker and kind == "person":
                return speaker, kind, True
        labelled = _colon_label(toks, q)
        if labelled is not None:
            speaker, kind = resolver.resolve(labelled, toks[:q], at)
            # a label is a name if it has a title ("CEO James Quincey") or the
            # text names that person again ("Spicer" -> "Sean Spicer" below a
            # headline); "Floods: 'It's getting worse'" and "Breaking News:" are not
            titled = bool(split_title(list(labelled.words))[0])
            again = bool(speaker) and _named_again(resolver.article.text, speaker.split()[-1])
            known = again and (kind != "other" or _known_person(resolver.names, speaker))
            if speaker and (titled or known):
                return speaker, kind, True
        return UNSET, "other", False
    hi = len(toks)
    if quotes is None:
        nxt_quote = next((k for k in range(q + 1, hi) if toks[k].kind == "quote"), hi)
    else:
        nxt_quote = next((k for k in quotes if k > q), hi)
    first = q + 1
    # (a typed dash too: '"...,"- told Leo Messi')
    while first < nxt_quote and toks[first].kind == "punct" and toks[first].text in ",.:—–-":
        first += 1
    after = [v for v in verbs if q < v < nxt_quote]
    before = [v for v in verbs if v < q]

    def subject_at(v: int, lo: int) -> Subject | None:
        if _passive(toks, v):
            return None  # 'the victory was declared "invalid"': no speaker named
        if toks[v].low == "according":
            return (
                subject_after(toks, v + 1, hi) if v + 1 < hi and toks[v + 1].low == "to" else None
            )
        quoted = _quoted_as_saying(toks, v, lo)
        if quoted is not None:
            return quoted
        s = subject_before(toks, v, lo)
        if s is None and v == lo and not toks[v].low.endswith("ing"):
            # "Said Tom Ode: ..." (not "Describing the flood, she said")
            s = subject_after(toks, v, hi)
        elif (
            s is None
            and v == lo == 0
            and toks[v].text[:1].isupper()
            and not any(t.text == "," for t in toks[v:q])
        ):
            # 'Warning that it risked a "moral hazard", the prime minister hinted':
            # the main clause's subject, after the participle's phrase
            s = _np_forward(toks, lo, hi)
            if s is not None and s.kind == "nominal":
                roles = [k for k, w in enumerate(s.words[:5]) if w.casefold() in ROLE_NOUNS]
                s = Subject("nominal", s.words[: roles[0] + 1], s.start) if roles else None
        return s

    # 0. introduced with a colon: 'Uhuru Kenyatta, said: "..."' (a verb after the
    # quotation then names who reported it: '," the news service noted')
    lo = _clause_start(toks, quotes, q)
    colon_verb = _colon_verb(toks, q, verbs, lo)
    if colon_verb is not None and not toks[colon_verb].low.endswith("ing"):
        s = subject_at(colon_verb, lo)
        if s is not None and s.kind != "pronoun":
            return (*resolver.resolve(s, toks[: q - 1], at), True)
    # 0b. a passive naming or reporting verb and its agent just before: 'reportedly
    # dubbed by Trump the "tax lady"', 'was described by police as "dangerous"'
    agent = _passive_agent(toks, q, lo)
    if agent is not None:
        return (*resolver.resolve(agent, toks[agent.start :], at), True)
    # 1. right after the closing mark: '," he said' / '," said X' / '," a source ..., told'
    # (not after 'tweeting: "He will be great!" Home Secretary ...': a quotation a
    # colon introduces and a full stop, "!" or "?" ends, then a new clause)
    new_clause = colon_verb is not None and closes_sentence and q + 1 < hi and toks[q + 1].is_cap
    if (
        after
        and not new_clause
        and not (
            toks[after[0]].low.endswith("ing") and toks[after[0] - 1].low in (",", "while", "when")
        )
        and not (
            # '", a clear warning': a noun after its article, not a verb
            toks[after[0]].low.endswith("ing") and toks[first].low in ("a", "an", "the")
        )
    ):
        # (not a participle after a comma: 'a "large" rate cut, claiming ...' or
        # '"complicated" the crisis, while suggesting' is the clause before the
        # quotation going on)
        v = after[0]
        s = subject_at(v, first)
        sourced = (
            toks[v].low == "according"
            and bool(before)
            and q - before[-1] <= 4
            and toks[before[-1]].low.endswith("ing")
        )
        if sourced:
            # 'acknowledged he was sick, telling the crowd, "wait a few days," according
            # to TMZ': the participle's speaker; the outlet is only the source
            s = None
        elif s is None and toks[v].low == "according" and v == first:
            # '"..." according to court documents': a source the text does not
            # name, not the last speaker
            return "", "other", True
        # an unnamed phrase after an inverted verb ('", announced the ruling') is its
        # object when a reporting verb before the quotation has a subject of its own
        inverted_object = (
            v == first
            and s is not None
            and s.kind == "nominal"
            and any(_has_subject(subject_at(b, 0)) for b in before)
        )
        if s is not None and (s.start == first or v == first) and not inverted_object:
            if s.kind == "pronoun" and (opener := _opening_subject(toks, s.start)) is not None:
                # 'Shalit learned ... that he was going to be released, though he "felt
                # it for the last month," he told': the name the sentence opens with
                speaker, kind = resolver.resolve(opener, toks[:q], at)
                if resolver.fits(speaker, kind, s.words[0]):
                    return speaker, kind, True
            return (*resolver.resolve(s, toks[first:], at), True)
    # 2. the nearest reporting verb before the quotation that has a subject (unless
    # the quotation sits in a contrasting clause with a subject of its own)
    contrast = _contrast_subject(toks, before[-1] if before else -1, q)
    if contrast is not None:
        return (*resolver.resolve(contrast, toks[contrast.start : q], at), True)
    pronoun_hit: tuple[str, str] | None = None
    thing: tuple[str, str] | None = None  # an unnamed subject, kept if no one else speaks
    participle: Subject | None = None
    asides = _dash_asides(toks, q)
    for v in reversed(before):
        if any(a < v < b for a, b in asides):
            continue  # "a payment — what Daniels said Cohen paid her — was made": an aside
        # the clause starts after a quotation before the verb that a capital
        # follows ('"...!" Home Secretary Sajid Javid, who ..., said:' is not the
        # sentence opener's; 'appeared on "Fox and Friends" and said' is)
        s = subject_at(v, _clause_start(toks, quotes, v))
        if s is None:
            if toks[v].low.endswith("ing") and v > 1 and toks[v - 1].low in _PARTICIPLE_ADVERBS:
                # "Ms Sturgeon did not mention the row, instead saying that": the main
                # clause's subject, opening it
                lo_main = _clause_start(toks, quotes, v)
                main = _np_forward(toks, lo_main, v)
                if main is not None and main.start == lo_main and main.kind == "name":
                    participle = participle or main
            continue
        if toks[v].low.endswith("ing") and v > 0 and toks[v - 1].text == ",":
            # "..., claiming that": the main clause's subject, if a verb there has one
            participle = participle or s
            continue
        if s.kind == "pronoun" and pronoun_hit is None:
            fronted = _fronted_antecedent(toks, s.start)
            if fronted is not None:
                # "Although Powell did not rule it out, he stressed ...": the name
                # opening the sentence, not the last speaker
                speaker, kind = resolver.resolve(fronted, toks[:q], at)
                if resolver.fits(speaker, kind, s.words[0]):
                    return speaker, kind, True
            if s.start > 1 and toks[s.start - 1].low in ("what", "that", "which"):
                # "Barr on Thursday laid out what he said was ...": a he/she in a
                # clause the sentence's subject governs is that subject
                lo_main = _clause_start(toks, quotes, s.start)
                for main in _main_subjects(toks, lo_main, s.start - 1):
                    speaker, kind = resolver.resolve(main, toks[:q], at)
                    if resolver.fits(speaker, kind, s.words[0]):
                        return speaker, kind, True
            # the pronoun's antecedent is named before the pronoun, not before the
            # quotation ('"...," he said, describing Notre Dame as "..."')
            pronoun_hit = resolver.resolve(s, toks[v:q], at - (toks[q].start - toks[s.start].start))
            continue
        if s.kind == "pronoun":
            continue
        found = resolver.resolve(s, toks[v:q], at)
        if pronoun_hit is not None and pronoun_hit[1] == "person" and found[1] == "org":
            # "Abe's government said this week ... and on Saturday he told the IOC:": the
            # he/she of the nearer verb is no body named further back
            return (*pronoun_hit, True)
        if (
            not found[0]
            and s.kind == "nominal"
            and pronoun_hit is None
            and not _voice_noun(s.words[-1].casefold())
        ):
            # 'Hollande said the large margin of victory confirmed that citizens had
            # rallied around "the values of the Republic"': a thing confirms nothing
            # aloud; the speaker of the clause it is reported in says it
            thing = found
            continue
        return (*found, True)
    if thing is not None:
        return (*thing, True)
    if pronoun_hit is not None:
        return (*pronoun_hit, True)
    if participle is not None:
        return (*resolver.resolve(participle, toks[:q], at), True)
    # 3. a later reporting verb in the sentence
    for v in after:
        if toks[v].low.endswith("ing") and toks[v - 1].text == "," and toks[v].low != "according":
            # 'Iran also "strongly condemned" the strike, saying ...': the participle
            # goes with the main clause, whose subject opens the clause
            s = _np_forward(toks, lo, q)
            if s is not None and s.start == lo and s.kind in ("name", "pronoun"):
                return (*resolver.resolve(s, toks[:q], at), True)
        s = subject_at(v, first)
        if s is None and toks[v - 1].low in ("and", "but"):
            # 'Peter Fankhauser apologised to "millions of customers" and called it':
            # the subject of the verbs the "and" coordinates
            s = _sentence_subject(toks, 0, q)
        if s is not None and any(
            toks[k].low in _CONCESSIVES and toks[k - 1].text == "," for k in range(first, s.start)
        ):
            # 'sentenced for endangering the "life and health" of officers, though Reed
            # and his family have denied the charges': a clause of its own, whose
            # subject answers the words rather than saying them: no one named says them
            return "", "other", True
        if s is not None:
            return (*resolver.resolve(s, toks[first:], at), True)
    return UNSET, "other", True


_CONCESSIVES = wordset("though although whereas while but")


_PARTICIPLE_ADVERBS = wordset("instead also again then later before after while")
"""Adverbs between a comma and a participle that goes with the main clause (", instead
saying")."""


def _contrast_subject(toks: Sequence[Tok], verb: int, q: int) -> Subject | None:
    """The name opening a ", while" / ", whereas" clause between the reporting verb at
    ``verb`` and the quotation at ``q``: 'Britain says it supports the strike, while
    Russian President Vladimir Putin views it as an "aggression"' is Putin's word."""
    for k in range(q - 1, verb, -1):
        if toks[k].low in ("while", "whereas") and k > 0 and toks[k - 1].text == ",":
            s = _np_forward(toks, k + 1, q)
            if s is not None and s.kind == "name" and s.start == k + 1:
                return s
            return None
    return None


_CITING_VERBS = wordset("quoted quotes quoting cited cites citing")


def _quoted_as_saying(toks: Sequence[Tok], v: int, lo: int) -> Subject | None:
    """The person in '"...," ISNA quoted Bahram Qasemi as saying' (not the agency
    that quotes them), for the reporting verb at ``v``."""
    if v - 2 < lo or toks[v - 1].low != "as" or toks[v].low not in ("saying", "telling"):
        return None
    citing = next(
        (k for k in range(v - 2, max(lo, v - 9) - 1, -1) if toks[k].low in _CITING_VERBS), None
    )
    if citing is None:
        return None
    if citing + 1 == v - 1 and citing > lo and toks[citing - 1].low in ("was", "were", "is"):
        # '"...," Hichem Chkiouat, a minister, was quoted as telling Reuters'
        return subject_before(toks, citing, lo)
    if citing + 1 >= v - 1:
        return None
    return _np_forward(toks, citing + 1, v - 1)


def _has_subject(s: Subject | None) -> bool:
    """A subject worth the name: a name, a pronoun or a determined noun phrase
    (not the stray words before "When asked about the plant, ...")."""
    return s is not None and (
        s.kind in ("name", "pronoun") or s.words[0].casefold() in ("the", "a", "an")
    )


_MID_SENTENCE_CAP_RE = re.compile(r"[a-z,] ([A-Z][\w'’&-]*)")
"""A capitalised word after a lower-case word or a comma: a name, not a sentence's opening."""
_BUSINESS_VERB_RE = re.compile(
    r"(?:, (?:meanwhile|however|though|too|instead|in turn|for its part),)?"
    r" (?:has|had|is|was|said|says|will|would|[a-z]+ed|[a-z]+s)\b"
)
"""A finite verb right after a name, or after an aside ("Porsche, meanwhile, said"): the
name is its sentence's subject."""
_PARTY_MEMBERS = wordset("democrat republican conservative tory socialist liberal")
"""What a story calls a politician it is about by party ("The Democrat said")."""
_MEMBER_TITLES = frozenset({"MP", "MEP", "MSP", "MLA", "TD"})
"""Members of a parliament, called by their seat ("the Esher and Walton MP")."""
_TRAILING_TITLES = frozenset(
    {"MP", "MEP", "MSP", "MLA", "CM", "PM", "Senator", "Governor", "Mayor", "Councillor"}
)
"""Titles written after a place: "The Maidenhead MP announced" names a role, not a person."""
_WEEKDAYS = wordset("monday tuesday wednesday thursday friday saturday sunday")
_SUBORDINATORS = wordset("although though while after before when as since because if once")


def _fronted_antecedent(toks: Sequence[Tok], p: int) -> Subject | None:
    """The name opening a subordinate clause that ends just before the he/she at ``p``
    ("Although Powell did not rule it out, he stressed"), or None.

    The clause must end right before the pronoun: its first comma, or a dash
    aside closing there ("Although Powell ... -- depending on the trade war --
    he"); "Although Powell cut rates, Trump wanted more; in a tweet, he said"
    is not about Powell.
    """
    if p < 4 or toks[p].low not in ("he", "she"):
        return None
    if toks[0].low not in _SUBORDINATORS:
        return _opening_subject(toks, p)
    if not toks[1].is_cap or toks[1].low in NON_NAMES:
        return None
    end = _cap_sequence_after(toks, 1)
    if end >= p - 1 or toks[end].kind != "word" or toks[end].is_cap:
        return None  # the name must be the clause's subject, a verb after it
    brk = next((k for k in range(end, p) if toks[k].text in (",", "—", "–", "-")), p)
    if toks[brk].text == ",":
        return Subject("name", _name_words(toks, 1, end), 1) if brk == p - 1 else None
    # a dash aside: it must close right before the pronoun
    if brk < p - 1 and toks[p - 1].text in ("—", "–", "-"):
        return Subject("name", _name_words(toks, 1, end), 1)
    return None


def _opening_subject(toks: Sequence[Tok], p: int) -> Subject | None:
    """The name opening the sentence as its subject when no other name comes before the
    he/she at ``p``: "Shalit learned a week ago that he was going to be released,
    though he "felt it for the last month," he told" is Shalit."""
    if not toks[0].is_cap or toks[0].low in NON_NAMES or toks[0].low in SENTENCE_OPENERS:
        return None
    end = _cap_sequence_after(toks, 0)
    if _possessive(toks[end - 1].text) is not None:
        # "Park's lawyer, Seo Seok-gu, called ... what he called": the one set off
        return _opening_apposition(toks, 0, p)
    if end >= p or toks[end].kind != "word" or toks[end].is_cap:
        return None  # a verb must follow the name
    if any(t.is_cap and t.low not in NON_NAMES for t in toks[end:p]):
        return None  # another name could be the antecedent
    return Subject("name", _name_words(toks, 0, end), 0)


def _mask(text: str, lo: int, hi: int, spans: Sequence[QuoteSpan]) -> str:
    """The paragraph ``text[lo:hi]`` with each quotation (marks included) hidden by ``_``.

    A quotation that ends its sentence with a full stop keeps that full stop
    after the mask ('"...the President." She denied it' is two sentences: the
    pronoun after it is no attribution of the quotation).
    """
    masked = text[lo:hi]
    for span in spans:
        a, b = span.region
        a, b = max(a, lo) - lo, min(b, hi) - lo
        if a < b:
            end = "_"
            if (
                span.close_mark is not None
                and text[span.end - 2 : span.end] not in ("..", "")
                and text[span.end - 1] == "."
                and not _BARE_ATTRIBUTION_RE.match(text, span.close_mark + 1, hi)
            ):
                end = "."
            masked = masked[:a] + "_" * (b - a - 1) + end + masked[b:]
    return masked


_BARE_ATTRIBUTION_RE = re.compile(
    r"\s+(?!(?:He|She|They|It|We|I|You)\b)(?:[A-Z][\w'’.-]*\s+){1,4}"
    r"(?:said|says|told|added|explained|insisted|declared|wrote|tweeted)"
    r"(?:\s+[a-z]+){0,2}\s*[.,;]"
)
"""'"..." Ann Lee said.': the quotation's own full stop, then only who said it
(sloppy copy; edited copy writes '"...," Ann Lee said.')."""


# Both start with a literal, so the scan skips ahead to candidates (most text has none).
_HONORIFIC_RE = re.compile(r"M(r|rs|s|iss)\b\.?\s+([A-Z][\w'’-]+)")
_GIVEN_NAME_RE = re.compile(
    r"(?<![\w'’-])([A-Z][a-zà-ÿ'’-]+)\s+([A-Z][\w'’-]+)\b(?![\w'’-]|\s+[A-Z])"
)
"""A given name and a family name, with no third capitalised word (a Title Case headline
is no name: "Serena Williams Calls Umpire a Thief")."""
_PRONOUN_OPENING_RE = re.compile(r"(?:He|She) ")
_NAME_OPENING_RE = re.compile(r"([A-Z][a-z'’-]+)\s+([A-Z][\w'’-]+)\s+[a-z]")
_GENDERED_NOUNS = {
    **dict.fromkeys(
        wordset(
            "actress businesswoman chairwoman spokeswoman congresswoman sportswoman"
            " policewoman queen princess duchess dame countess baroness"
        ),
        "f",
    ),
    **dict.fromkeys(
        wordset(
            "businessman chairman spokesman congressman sportsman policeman king prince duke baron"
        ),
        "m",
    ),
}
"""Words that say whether the person named next is a woman or a man ("actress Faye Dunaway").
(No family words: "his daughter Ivanka Trump" shares her surname with her father.)"""
_GENDERED_NOUN_RE = re.compile(
    # a space first (a lower-case noun never opens a sentence): a literal the search
    # skips to, where a leading \b would be tried at every position
    r" (" + "|".join(sorted(_GENDERED_NOUNS, key=len, reverse=True)) + r"),?\s+"
    r"(?:[A-Z][a-z'’-]+\s+)+?([A-Z][\w'’-]+)\b(?!\s+[A-Z])"
)
_KIN_NOUNS = {
    **dict.fromkeys(
        wordset(
            "aunt mother sister wife daughter grandmother granddaughter niece widow girlfriend"
            " stepmother mum mom"
        ),
        "f",
    ),
    **dict.fromkeys(
        wordset(
            "uncle father brother husband son grandfather grandson nephew widower boyfriend"
            " stepfather dad"
        ),
        "m",
    ),
}
"""Family words in apposition right after a name: "Amporn Sriwichai, an aunt of the coach"."""
_APPOSED_KIN_RE = re.compile(
    # the comma first: a literal the search skips to (a name first would be tried at
    # every capital of every text); the name before it is read afterwards
    r",\s+(?:an?|the|his|her|their)\s+(?:[a-z-]+\s+)?("
    + "|".join(sorted(_KIN_NOUNS, key=len, reverse=True))
    + r")\b"
)
_NAME_BEFORE_RE = re.compile(r"[A-Z][a-z'’-]+\s+([A-Z][\w'’-]+)$")
_NAME_THEN_PRONOUN_RE = re.compile(r"\b[A-Z][a-z'’-]+\s+([A-Z][\w'’-]+),\s+(he|she)\s+[a-z]")
"""'When he handed the card to Faye Dunaway, she announced': after a "he" earlier in the
sentence, the "she" can only take up the name (and the other way round)."""
_COMMA_PRONOUN_RE = re.compile(r",\s+s?he\s")
_OTHER_PRONOUNS = {"he": re.compile(r"\bshe\b", re.I), "she": re.compile(r"\bhe\b", re.I)}
"""Only subject pronouns: "When his wife met John Kerry, she said" says nothing of Kerry."""


def genders_of(
    texts: Iterable[str], mentions: Sequence[Sequence[Mention]] | None = None
) -> Genders:
    """Surname key -> "m" or "f" where the texts say so unambiguously.

    Evidence: an honorific ("Mrs May", "Mr Corbyn") or a sentence opening with
    "He"/"She" right after one opening with the person's full name; a given
    name that is one gender in nearly every use ("Serena Williams"; from
    ``mentions``, each text's :func:`mentions_in`, when the caller has them).  A
    surname with evidence both ways (two people, or a mistake) gets none.
    """
    votes: dict[str, set[str]] = {}  # from what the texts say of someone
    by_given: dict[str, set[str]] = {}  # from given names
    for n, text in enumerate(texts):
        for match in _HONORIFIC_RE.finditer(text):
            if match.start() and text[match.start() - 1].isalnum():
                continue  # "EMrs": inside a word
            gender = "m" if match.group(1) == "r" else "f"
            votes.setdefault(last_key(match.group(2)), set()).add(gender)
        # "Jeremy Corbyn said the vote was lost. He announced...": the sentence
        # before a "He"/"She" opens with the person's full name
        for match in _PRONOUN_OPENING_RE.finditer(text):
            pronoun_at = end = match.start()
            while end > 0 and (text[end - 1].isspace() or text[end - 1] in '"”’'):
                end -= 1
            if end == pronoun_at or end == 0 or text[end - 1] not in ".!?":
                continue  # not the start of a sentence
            end -= 1  # the full stop of the sentence before
            lo = max(0, end - 300)
            start = max(text.rfind(". ", lo, end), text.rfind("\n", lo, end), lo - 1) + 1
            while start < end and text[start] in ' "“”’':
                start += 1
            named = _NAME_OPENING_RE.match(text, start, end)
            if named and named.group(1).casefold() not in NON_NAMES:
                gender = "m" if text[pronoun_at] == "H" else "f"
                votes.setdefault(last_key(named.group(2)), set()).add(gender)
        for match in _GENDERED_NOUN_RE.finditer(text):
            gender = _GENDERED_NOUNS[match.group(1)]
            votes.setdefault(last_key(match.group(2)), set()).add(gender)
        # "Serena Williams": a given name that is one gender in nearly every use
        # (keyed by the full name: "Ivanka Trump" says nothing of "Donald Trump")
        if mentions is None:
            pairs = [(m.group(1), m.group(2)) for m in _GIVEN_NAME_RE.finditer(text)]
        else:  # the names the caller has read already: no second pass over the text
            pairs = [
                (parts[0], parts[-1])  # ("Anders Behring Breivik": Anders, Breivik)
                for m in mentions[n]
                if not m.is_org and 2 <= len(parts := m.name.split()) <= 3
            ]
        for given_name, family in pairs:
            given = given_name.casefold()
            full = f"{given} {family.casefold()}"
            if given in FEMALE_GIVEN_NAMES:
                by_given.setdefault(full, set()).add("f")
            elif given in MALE_GIVEN_NAMES:
                by_given.setdefault(full, set()).add("m")
        for match in _APPOSED_KIN_RE.finditer(text):
            named = _NAME_BEFORE_RE.search(text, max(0, match.start() - 80), match.start())
            if named:
                votes.setdefault(last_key(named.group(1)), set()).add(_KIN_NOUNS[match.group(1)])
        if _COMMA_PRONOUN_RE.search(text):  # a cheap search first: the pattern is rare
            for match in _NAME_THEN_PRONOUN_RE.finditer(text):
                pronoun = match.group(2)
                start = _sentence_start(text, match.start())
                if _OTHER_PRONOUNS[pronoun].search(text, start, match.start()):
                    gender = "f" if pronoun == "she" else "m"
                    votes.setdefault(last_key(match.group(1)), set()).add(gender)
    result = Genders()
    for key, found in [*by_given.items(), *votes.items()]:
        if len(found) == 1:
            result[key] = next(iter(found))
    result.attested = frozenset(key for key in votes if key in result)
    return result


def gender_of(genders: Mapping[str, str], name: str) -> str | None:
    """ "m" or "f" for a person's name: what the set says of the surname, or else
    what the given name says (:func:`genders_of`); None when neither says."""
    found = genders.get(last_key(name))
    if found is None and " " in name:
        found = genders.get(name.casefold())
        words = name.split()
        if found is None and len(words) >= 3:
            # "Anders Behring Breivik": the given name with the surname
            found = genders.get(f"{words[0]} {words[-1]}".casefold())
    return found


def _gender_of_person(genders: Mapping[str, str], name: str) -> str | None:
    """What the set says of ``name``'s gender, else what its given name says."""
    found = gender_of(genders, name)
    if found is None:
        given = name.split(" ", 1)[0].casefold()
        found = "f" if given in FEMALE_GIVEN_NAMES else "m" if given in MALE_GIVEN_NAMES else None
    return found


def _place_like(name: str) -> bool:
    """A place's (or a storm's) name by its first or last word ("Fort Meyers",
    "Sanibel Causeway", "Hurricane Ian")."""
    words = name.split()
    return words[0].casefold() in _PLACE_LEADS or words[-1].casefold() in PLACE_HEADS


_FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss"})
_PLACE_LEADS = wordset(
    "fort port mount mt lake cape san santa st saint point hurricane storm typhoon cyclone"
)


class Genders(dict[str, str]):
    """Surname key -> "m" or "f" where the texts say so; full name (case-folded) ->
    "m" or "f" where its given name does (:func:`genders_of`, :func:`gender_of`)."""

    attested: frozenset[str] = frozenset()
    """The keys the texts show a gender for themselves (an honorific, a pronoun, a
    gendered noun), not only by a given name."""


def attribute_article(
    article: Article,
    spans: Sequence[QuoteSpan],
    span_words: Sequence[Sequence[str]] | None = None,
    names: NameIndex | None = None,
) -> list[Attribution]:
    """Speaker (article-level canonical name or None) of each span, in order.

    ``span_words`` are the spans' :func:`~articles.utterances.words` and
    ``names`` the article's :class:`NameIndex`, when the caller has them already.
    """
    if names is None:
        names = NameIndex.of(article.text)
    state = _State()
    resolver = _Resolver(article, names, state)
    by_para: dict[int, list[int]] = {}
    for k, span in enumerate(spans):
        by_para.setdefault(span.paragraph, []).append(k)
    result: list[Attribution] = [Attribution(None, False)] * len(spans)
    introducing = False
    carried: str | None = None  # whom the last paragraph's closing sentence was about
    for para in article.paragraphs:
        if not para.kind.is_content:
            continue
        members = by_para.get(para.index, [])
        masked = _mask(article.text, para.start, para.end, [spans[k] for k in members])
        previous: str | None = None
        has_previous = False
        introduced, introducing = introducing, False
        # the person the sentence before was about (the last paragraph's closing one
        # for a paragraph that opens on a quotation: "Party leader Tom Ode wished her
        # well.\n\n\"On behalf of the party, I offer ...")
        focused, carried = carried, None
        # a person carried over a paragraph break stands for a statement reprinted
        # over paragraphs only ('"On behalf of the party, I offer ...' left open), not
        # for one closed quotation (the last speaker may be going on)
        carried_in = focused
        if para.kind is BlockKind.SUBHEAD and not members:
            carried = focused  # a heading between them does not change the subject
        for s0, s1 in _sentences(masked):
            clause = _read_sentence(masked[s0:s1])
            if clause is None:
                # no quotation and no reporting verb: only who the text is about
                # now ("Mr Macron was at the site."), for a "he" that follows
                followed = _follow_subject(masked, s0, s1, resolver, para.start + s0)
                focused = state.person if followed else None
                if s1 >= len(masked.rstrip()) and masked.rstrip().endswith(":"):
                    # "Here is her full statement:" closing its paragraph
                    # introduces the next one's quotation, by the statement's issuer
                    found = _STATEMENT_NOUN_RE.search(masked, s0, s1)
                    if found is not None:
                        speaker, kind = resolver.statement_speaker(para.start + found.end())
                        if speaker:
                            state.update(speaker, kind)
                            introducing = True
                issued = _introduces_statement(masked, s0, s1, para.start, resolver)
                introducing = issued or introducing
                continue
            toks = clause.toks
            base = para.start + s0  # token offsets are relative to the sentence
            focus_before, focused = focused, None
            if not clause.quotes:
                speaker, kind, governed = _find_plain(toks, resolver, base, clause.verbs)
                if speaker != UNSET:
                    # "Maria Costa said:" closing its paragraph introduces the next one's quotation
                    introducing = s1 >= len(masked.rstrip()) and masked.rstrip().endswith(":")
                    if introducing and speaker == UNNAMED_STATEMENT and state.person:
                        # "Here's the statement posted on its website:": the
                        # statement of the person the text is about
                        speaker, kind = state.person, "person"
                    state.update(speaker or None, kind)
                if not speaker or speaker == UNSET or kind != "person":
                    # "Macron cancelled a speech, where he vowed...": the name opening it
                    # (also when a lone surname spoke: the text may title it elsewhere)
                    _follow_subject(masked, s0, s1, resolver, base)
                continue
            attributed_here = False
            for k in members:
                at = spans[k].open_mark
                rel = at - base
                qi = next(
                    (
                        i
                        for i in clause.quotes
                        if toks[i].start <= rel < toks[i].start + len(toks[i].text)
                    ),
                    None,
                )
                if qi is None:
                    continue
                closes = article.text[spans[k].end - 1 : spans[k].end] in (".", "!", "?")
                speaker, kind, governed = _find(
                    toks, qi, resolver, at, clause.verbs, clause.quotes, closes
                )
                attributed_here = attributed_here or speaker != UNSET
                if speaker == UNSET:
                    # speech going on: the paragraph's previous quotation, or a continuation
                    governed = governed or has_previous or spans[k].continued or introduced
                    speaker = (previous if has_previous else state.current) or ""
                    opener = _sentence_subject(toks, 0, qi) if not has_previous else None
                    if opener is not None and _passive_after(toks, opener.start, qi):
                        opener = None  # 'Mr. Reed was sentenced for endangering the "life
                        # and health" of officers': what befell him, not his words
                    if opener is not None:
                        # 'In his remarks, Obama also hit back at critics and "skeptics
                        # [who] said ..."': the person the sentence opens with
                        holder, holder_kind = resolver.resolve(opener, toks[:qi], base)
                        if holder and holder_kind != "org":
                            speaker = holder
                    elif not has_previous and _pronoun_opens(toks, qi):
                        # 'She held up a sign with the words "This is what justice looks
                        # like."': the one the sentence's he/she is
                        holder, holder_kind = resolver.resolve(
                            Subject("pronoun", (toks[0].low,), 0), toks[:qi], base
                        )
                        if holder and holder_kind == "person":
                            speaker = holder
                    if (
                        not has_previous
                        and not spans[k].continued
                        and focus_before
                        and at == base
                        and (focus_before is not carried_in or spans[k].close_mark is None)
                        and not _about_someone(span_words, k)
                    ):
                        # "Pope Francis led the condemnation in his address. \"I want
                        # to express ...\"": a quotation opening the sentence after one
                        # about a person, with no attribution, is that person's
                        speaker = focus_before
                    if (
                        introduced
                        and speaker
                        and speaker != state.org
                        and _names_in(span_words, k, last_key(speaker))
                    ):
                        # "Here is the full statement:" then '"The board has lost
                        # confidence in Mr Smith"': words naming him are not his (a
                        # body's statement names the body: "The FA and Allardyce have")
                        speaker = ""
                    kind = "person" if speaker and speaker == state.person else "other"
                    short = span_words is not None and len(span_words[k]) <= SHORT_WORDS
                    if short and not governed and at > para.start:
                        # a few quoted words inside a sentence no one speaks ('The
                        # Vatican expressed its "sadness"'): not the last speaker's
                        speaker, kind = "", "other"
                name = speaker or None
                result[k] = Attribution(name, governed)
                previous, has_previous = name, True
                state.update(name, kind)
            if not attributed_here:
                # 'Macron cancelled a speech over the "terrible fire"': nobody is
                # quoted here, but the pronouns that follow are about Macron
                _follow_subject(masked, s0, s1, resolver, base)
            issued = _introduces_statement(masked, s0, s1, para.start, resolver)
            introducing = issued or introducing
        if carried is None:
            carried = focused
    # A quotation running over paragraphs is often attributed only at its end
    # ('"We are ready. ... \n\n "We will not stop," he added'): a paragraph left
    # open takes the speaker of the paragraph that continues it.
    for k in range(len(spans) - 2, -1, -1):
        after = result[k + 1]
        if (
            result[k].speaker is None
            and after.speaker is not None
            and spans[k].close_mark is None
            and spans[k + 1].continued
        ):
            result[k] = Attribution(after.speaker, True)
    return _fragments_follow_sources(article, spans, result, span_words)


_ISSUED_STATEMENT_RE = re.compile(
    r"\b(?:issued|released|published|posted|put out|sent)\s+(?:a|an|the|its|his|her|their)"
    r"\s+(?:[\w-]+\s+)?(?:statement|letter|message)\b"
)


def _introduces_statement(
    masked: str, s0: int, s1: int, para_start: int, resolver: _Resolver
) -> bool:
    """Whether the sentence ``masked[s0:s1]`` closes its paragraph saying that someone
    issued a statement ("The FA issued a statement on its website."): the issuer then
    speaks the quotation opening the next paragraph, as after "Here is her statement:"."""
    if s1 < len(masked.rstrip()):
        return False
    found = _ISSUED_STATEMENT_RE.search(masked, s0, s1)
    if found is None:
        return False
    speaker = resolver._statement(para_start + found.end())
    if not speaker:
        return False
    resolver.state.update(speaker, "org")
    return True


def _main_subjects(toks: Sequence[Tok], lo: int, hi: int) -> list[Subject]:
    """The names that may be the subject of the clause at ``lo``: at its start, or
    after an opening phrase up to its first comma ("Eager to get in a first word,
    Barr laid out")."""
    found = []
    for start in (lo, next((k + 1 for k in range(lo, hi) if toks[k].text == ","), hi)):
        if start < hi and toks[start].low in ("a", "an"):
            # "A sombre-looking President Jacob Zuma, who ...": an epithet before the name
            k = start + 1
            while k < hi and k - start <= 3 and toks[k].kind == "word" and toks[k].text.islower():
                k += 1
            if k > start + 1 and k < hi and toks[k].is_cap:
                start = k
        if start >= hi or not toks[start].is_cap or toks[start].low in NON_NAMES:
            continue
        if start == lo and toks[start].low.endswith("ing"):
            continue  # "Departing Downing Street shortly before, Truss wished": a participle
        end = _cap_sequence_after(toks, start)
        relative = end + 1 < hi and toks[end].text == "," and toks[end + 1].low == "who"
        if end < hi and (relative or (toks[end].kind == "word" and not toks[end].is_cap)):
            found.append(Subject("name", _name_words(toks, start, end), start))
    return found


def _clause_start(toks: Sequence[Tok], quotes: Sequence[int] | None, at: int) -> int:
    """Where the clause holding token ``at`` starts: after the last quotation before
    it that a capitalised word follows ('"He will be great!" Home Secretary ...')."""
    start = 0
    for k in reversed(quotes or ()):
        if k < at and k + 1 < len(toks) and toks[k + 1].is_cap:
            start = k + 1
            break
    if (
        start + 2 < at
        and toks[start + 1].text == ","
        and (toks[start].low in _ASIDES or toks[start].low in _LEADING_ADVERBS)
    ):
        return start + 2  # "However, Numan Kurtulmus, Turkey's deputy prime minister, said"
    return start


def _names_in(span_words: Sequence[Sequence[str]] | None, k: int, key: str) -> bool:
    """Whether quotation ``k`` names ``key`` (a surname key), possessive included."""
    if span_words is None:
        return False
    return any(w == key or w in (key + "'s", key + "’s") for w in span_words[k])


def _about_someone(span_words: Sequence[Sequence[str]] | None, k: int) -> bool:
    """Whether quotation ``k`` opens with he/she/his/her: words about someone, such
    as a tribute ('"He was a loving father"'), not that person's own."""
    first = span_words[k][:1] if span_words is not None else []
    return bool(first) and first[0] in ("he", "she", "his", "her")


def _dash_asides(toks: Sequence[Tok], q: int) -> list[tuple[int, int]]:
    """Token ranges set off by a pair of dashes before ``q`` ("— what Daniels said —")."""
    dashes = [k for k in range(q) if toks[k].text in ("—", "–")]
    if dashes and dashes[0] > 0 and all(t.text.isupper() for t in toks[: dashes[0]]):
        dashes = dashes[1:]  # "WASHINGTON — ...": a dateline's dash opens no aside
    return list(zip(dashes[::2], dashes[1::2], strict=False))


def _colon_verb(toks: Sequence[Tok], q: int, verbs: Sequence[int], lo: int) -> int | None:
    """The reporting verb a colon right before the quotation closes: 'said:', 'said on
    Twitter:', 'told reporters on Monday:' (a few words of place or time between)."""
    if q < 2 or toks[q - 1].text != ":":
        return None
    for v in range(q - 2, max(lo, q - 6) - 1, -1):
        if v in verbs:
            return v
        if toks[v].kind != "word":
            return None
    return None


def _verb_tag_after(toks: Sequence[Tok], q: int) -> Subject | None:
    """'"...," Pruitt gushed': a quotation opening its sentence, then a name or a
    pronoun and a past-tense verb, is that speaker's, whatever the verb (news has
    more ways to say "said" than any list)."""
    if any(t.kind != "punct" for t in toks[:q]):
        return None
    i = q + 1
    while i < len(toks) and toks[i].kind == "punct" and toks[i].text in ",—–":
        i += 1
    if i >= len(toks) or toks[i].kind != "word":
        return None
    if toks[i].low in PRONOUNS:
        subject, j = Subject("pronoun", (toks[i].low,), i), i + 1
    elif toks[i].is_cap and toks[i].low not in NON_NAMES:
        j = _cap_sequence_after(toks, i)
        subject = Subject("name", _name_words(toks, i, j), i)
    else:
        return None
    if j < len(toks) and toks[j].low.endswith("ly") and not toks[j].is_cap:
        j += 1  # '," he later recalled'
    if j >= len(toks):
        return None
    verb = toks[j]
    if verb.kind != "word" or verb.is_cap or len(verb.low) < 5 or not verb.low.endswith("ed"):
        return None
    if verb.low in _CITING_VERBS:
        return None  # '"...," ISNA quoted Bahram Qasemi as saying': the one quoted speaks
    return subject


def _dash_signature(toks: Sequence[Tok], q: int) -> Subject | None:
    """The name signing a quotation after a dash: '"We will rebuild." — Maria Costa, mayor'.

    Only a capitalised name that ends the sentence (or is followed by a comma
    and a description) signs it; '"..." — Moscow says otherwise' is no signature.
    """
    dash = q + 1
    if dash < len(toks) and toks[dash].text == ".":
        dash += 1  # the quotation's own full stop, kept by the mask
    if dash + 1 >= len(toks) or toks[dash].text not in ("—", "–"):
        return None
    first = toks[dash + 1]
    if not first.is_cap or first.low in NON_NAMES:
        return None
    end = _cap_sequence_after(toks, dash + 1)
    if end < len(toks) and toks[end].text not in (",", ".", ")", ";"):
        return None
    return Subject("name", _name_words(toks, dash + 1, end), dash + 1)


def _colon_label(toks: Sequence[Tok], q: int) -> Subject | None:
    """The speaker a headline names before a colon: "Spicer: Trump's tweets are 'statements'".

    A name of one to three capitalised words (after titles: "Coca-Cola CEO
    James Quincey: ...") opening the sentence, then the colon, then the
    quotation; or the quotation, the colon, then the name ("‘Worst avoided’:
    Macron on the fire").
    """
    if q == 0 and len(toks) > 2 and toks[1].text == ":" and toks[2].is_cap:
        # the other order: "‘Worst avoided’: Macron on Notre-Dame fire"
        start = 2
        end = _cap_sequence_after(toks, start)
        if end - start > 7 or toks[start].low in NON_NAMES or toks[start].low in _QUESTION_WORDS:
            return None  # (not "'Invalid, null and void': Why Kenya's court threw out ...")
        if _possessive(toks[end - 1].text) is not None:
            return None  # "...: Kenya's Supreme Court annuls vote": whose court, not who spoke
    else:
        # (after a bullet; and with no colon: "• Sen. John McCain 'disappointed' in
        # firing", "Trump 'frustrated and angered'")
        start = _after_time_stamp(toks)
        if len(toks) > start and toks[start].kind == "punct" and toks[start].text in "•*-–—":
            start += 1
        if len(toks) <= start or not toks[start].is_cap or toks[start].low in NON_NAMES:
            return None
        end = _cap_sequence_after(toks, start)
        if end - start > 7 or end > q or (end < q and toks[end].text != ":"):
            return None
    words = _name_words(toks, start, end)
    titles, name, _ = split_title(list(words))
    if len(name) > 3 or (end == q and not titles):
        return None  # with no colon, only a titled name ("Sen. John McCain 'disappointed'")
    if end == q and all(w.casefold() in TITLES for w in name):
        return None  # "• Prime Minister 'shocked' by result": a title, no name
    if any(w.casefold() in ORG_HEADS or w.casefold() in TIME_WORDS for w in words):
        return None
    return Subject("name", words, start)


_QUESTION_WORDS = wordset("why how what who when where which whether")
_CLOCK_PARTS = wordset("am pm a.m p.m gmt bst et edt est pt cet")


def _after_time_stamp(toks: Sequence[Tok]) -> int:
    """Where a line starts after a live blog's time stamp ("8:04 p.m. — AG Wilson:
    ..."): past the dash after the time, else 0."""
    if not toks or not toks[0].text.isdigit():
        return 0
    for k, t in enumerate(toks[:7]):
        if t.text in ("—", "–", "-") and k > 0:
            return k
        if not (t.text.isdigit() or t.text in (":", ".") or t.low in _CLOCK_PARTS):
            return 0
    return 0


def _colon_intro(toks: Sequence[Tok], q: int) -> Subject | None:
    """The subject of a sentence that introduces the quotation at ``q`` with a colon
    and no reporting verb: a pronoun or a name opening it, then a lower-case word
    ("Bell was blunt:", "He had a warning:")."""
    if q < 3 or toks[q - 1].text != ":" or any(t.kind == "quote" for t in toks[:q]):
        return None
    first = toks[0]
    if first.low in ("he", "she"):
        return Subject("pronoun", (first.low,), 0)
    if not first.is_cap or first.low in NON_NAMES:
        return None
    end = _cap_sequence_after(toks, 0)
    if end >= q - 1 or toks[end].kind != "word" or toks[end].is_cap:
        return None
    return Subject("name", _name_words(toks, 0, end), 0)


def _known_person(names: NameIndex, name: str) -> bool:
    """Whether the text titles ``name`` somewhere, or the set gives them a gender."""
    return bool(names.roles_of(name, len(names.text))) or bool(gender_of(names.genders, name))


def _named_again(text: str, surname: str) -> bool:
    """Whether ``surname`` occurs as a word twice or more in ``text`` ("Lee", not "Leeds")."""
    found = re.finditer(r"\b" + re.escape(surname) + r"\b", text)
    return next(found, None) is not None and next(found, None) is not None


def _find_plain(
    toks: Sequence[Tok],
    resolver: _Resolver,
    base: int = 0,
    verbs: Sequence[int] | None = None,
) -> tuple[str, str, bool]:
    """The first reporting verb with a subject in a sentence without quotations.

    ``base`` is the text offset of the tokens' offset 0; ``verbs`` as for :func:`_find`.
    """
    for v in _verbs(toks) if verbs is None else verbs:
        s = subject_before(toks, v, 0)
        if s is None:
            continue
        fronted = _fronted_antecedent(toks, s.start) if s.kind == "pronoun" else None
        if fronted is not None:
            speaker, kind = resolver.resolve(fronted, toks, toks[v].start + base)
            if resolver.fits(speaker, kind, s.words[0]):
                return speaker, kind, True
        return (*resolver.resolve(s, toks, toks[v].start + base), True)
    return UNSET, "other", False


def _fragments_follow_sources(
    article: Article,
    spans: Sequence[QuoteSpan],
    result: list[Attribution],
    span_words: Sequence[Sequence[str]] | None = None,
) -> list[Attribution]:
    """A short quoted phrase found in a longer attributed quotation takes its speaker."""
    texts = (
        [words(article.text[s.start : s.end]) for s in spans] if span_words is None else span_words
    )
    out = list(result)
    # The same words quoted again ('carnage' in a headline, "carnage" attributed
    # in the text): an unattributed one takes the attributed one's speaker.
    said_by: dict[tuple[str, ...], list[int]] = {}
    for k, w in enumerate(texts):
        if w and result[k].speaker:
            said_by.setdefault(tuple(w), []).append(k)
    if said_by:
        for k, w in enumerate(texts):
            others = said_by.get(tuple(w)) if w and not result[k].speaker else None
            if others:
                nearest = min(others, key=lambda h: abs(spans[h].start - spans[k].start))
                out[k] = Attribution(result[nearest].speaker, result[k].governed)
    result = out
    long_ids = [k for k, w in enumerate(texts) if len(w) > SHORT_WORDS and result[k].speaker]
    if not long_ids:
        return result
    shorts = [k for k, w in enumerate(texts) if w and len(w) <= SHORT_WORDS]
    hits = find_containers([texts[k] for k in long_ids], [texts[k] for k in shorts])
    out = list(result)
    for s, containers in hits.items():
        k = shorts[s]
        sources = [long_ids[h] for h in containers]
        nearest = min(sources, key=lambda h: abs(spans[h].start - spans[k].start))
        out[k] = Attribution(result[nearest].speaker, result[k].governed)
    return out


# --------------------------------------------------------------------------- the set


def add_mention_names(
    buckets: dict[str, list[str]],
    seen: set[str],
    text: str,
    mentions: Sequence[Mention] | None = None,
    roles: dict[str, set[str]] | None = None,
) -> None:
    """Add the full person names and organisation names ``text`` mentions, by last key.

    ``buckets`` collects them over a set for :func:`canonicalise_set` (each name
    once, in order of first mention; ``seen`` holds the names added so far); a
    caller that walks the articles anyway fills it as it goes, passing the
    text's :func:`mentions_in` as ``mentions``, so each text is read once.
    """
    for m in mentions_in(text) if mentions is None else mentions:
        name = m.name
        if roles is not None and m.roles and not m.is_org and " " in name:
            # "NASA Administrator Jim Bridenstine": the words before the name, as
            # written, are the title a title-only speaker would give
            head = text[m.start : m.start + 120]
            title = head[: head.find(name.split()[0])].split()
            if title:
                roles.setdefault(" ".join(w.casefold() for w in title), set()).add(name)
        if name not in seen and (m.is_org or len(name.split()) >= 2):
            seen.add(name)
            buckets.setdefault(last_key(name), []).append(name)


def _of_form(name: str, speakers: Mapping[str, int]) -> str | None:
    """ "Academy" -> "Academy of Motion Picture Arts and Sciences": a one-word body is the
    one speaker of the set that names it in full with "of"."""
    if " " in name or name.casefold() not in ORG_HEADS:
        return None
    forms = [s for s in speakers if s.startswith(name + " of ")]
    return forms[0] if len(forms) == 1 else None


_INITIALS_RE = re.compile(r"(?:[A-Z]\.?\s?){1,3}")


def _initials_expanded(names: set[str]) -> dict[str, str]:
    """ "SB Moyo" -> "Sibusiso Moyo": a name given by its initials is the one person of
    the set with that surname whose given name starts so."""
    found: dict[str, str] = {}
    for name in names:
        head, _, surname = name.rpartition(" ")
        if not head or not _INITIALS_RE.fullmatch(head):
            continue
        fuller = {
            other
            for other in names
            if other != name
            and other.endswith(" " + surname)
            and other[:1] == head[:1]
            and not _INITIALS_RE.fullmatch(other.rpartition(" ")[0])
        }
        if len(fuller) == 1:
            found[name] = fuller.pop()
    return found


def canonicalise_set(
    articles: Sequence[Article],
    per_article: Sequence[Sequence[Attribution]],
    mention_names: dict[str, list[str]] | None = None,
    roles: Mapping[str, set[str]] | None = None,
) -> list[list[str | None]]:
    """One name per speaker across the set: ``Fallon`` -> ``Michael Fallon``,
    ``Defence Ministry`` -> ``Russian Defence Ministry`` when some article says so,
    ``NASA Administrator`` -> ``Jim Bridenstine`` when one person in the set has the role.

    ``mention_names`` is :func:`add_mention_names` over ``articles`` in order, when
    the caller has it already, and ``roles`` what it collected of people's roles."""
    speakers: dict[str, int] = {}
    for attributions in per_article:
        for a in attributions:
            if a.speaker:
                speakers[a.speaker] = speakers.get(a.speaker, 0) + 1
    by_last: dict[str, list[str]] = {}
    for name in speakers:
        by_last.setdefault(last_key(name), []).append(name)
    needs_mentions = any(len(n.split()) == 1 or _org_like(n) for n in speakers)
    if mention_names is None:
        mention_names = {}
        seen: set[str] = set()
        if needs_mentions:
            for article in articles:
                add_mention_names(mention_names, seen, article.text)
    mapping: dict[str, str] = {}
    longer, mentioned = _Extensions(by_last), _Extensions(mention_names)
    for name in speakers:
        holder = _role_holder(name, roles) if roles else None
        mapping[name] = (
            holder or _of_form(name, speakers) or _longer_form(name, longer, mentioned, speakers)
        )
        if mapping[name] == name:
            mapping[name] = _commoner_tail(name, speakers)
    short_forms = {t for t in mapping.values() if _ACRONYM_RE.fullmatch(t) or " " not in t}
    if short_forms:
        expanded = _expansions(short_forms, mention_names, by_last)
        unknown = {t for t in short_forms - expanded.keys() if _ACRONYM_RE.fullmatch(t)}
        if unknown:
            expanded.update(_spelt_out(unknown, articles))
        mapping = {name: expanded.get(target, target) for name, target in mapping.items()}
    # "Joaquin Guzman" in one outlet and "Joaquín Guzmán" in another are one person:
    # the spelling quoted most (accented on a tie, as the person writes it) for both
    spellings: dict[str, dict[str, int]] = {}
    for name, target in mapping.items():
        counted = spellings.setdefault(_spelling_key(target), {})
        counted[target] = counted.get(target, 0) + speakers[name]
    chosen = {
        folded: max(counted, key=lambda t: (counted[t], not t.isascii(), t))
        for folded, counted in spellings.items()
        if len(counted) > 1
    }
    if chosen:
        mapping = {
            name: chosen.get(_spelling_key(target), target) for name, target in mapping.items()
        }
    inner = _inner_names(mapping, mention_names)
    if inner:
        mapping = {name: inner.get(target, target) for name, target in mapping.items()}
    national = _national_spellings(mapping, speakers)
    if national:
        mapping = {name: national.get(target, target) for name, target in mapping.items()}
    initialled = _initials_expanded(set(mapping.values()))
    if initialled:
        mapping = {name: initialled.get(target, target) for name, target in mapping.items()}
    voices = _one_voice(mapping, speakers)
    if voices:
        mapping = {name: voices.get(target, target) for name, target in mapping.items()}
    together = [{mapping[a.speaker] for a in found if a.speaker} for found in per_article]
    variants = _transliterations(mapping, speakers, together)
    if variants:
        mapping = {name: variants.get(target, target) for name, target in mapping.items()}
    return [
        [mapping.get(a.speaker, a.speaker) if a.speaker else None for a in attributions]
        for attributions in per_article
    ]


def _one_voice(mapping: Mapping[str, str], counts: Mapping[str, int]) -> dict[str, str]:
    """One name for the unnamed people who speak for a person: "Tina Turner's
    representative", "... representatives" and "... spokespeople" as the form quoted
    most (on a tie, the first); lawyers and attorneys apart from spokespeople."""
    quoted: dict[str, int] = {}
    for name, target in mapping.items():
        if "'s " in target:
            quoted[target] = quoted.get(target, 0) + counts.get(name, 0)
    groups: dict[tuple[str, bool], list[str]] = {}
    for target in quoted:
        owner, _, voice = target.rpartition("'s ")
        if voice in _PERSONAL_VOICES:
            groups.setdefault((owner, voice in _LEGAL_VOICES), []).append(target)
    found: dict[str, str] = {}
    for forms in groups.values():
        if len(forms) > 1:
            best = max(forms, key=lambda f: quoted[f])
            found.update({f: best for f in forms if f != best})
    return found


_LEGAL_VOICES = wordset("lawyer lawyers attorney attorneys")


TRANSLITERATION_SIMILARITY = 0.75
"""Normalised edit similarity of two long surnames taken for one name spelt two ways."""
_LONG_SURNAME = 8
TRANSLITERATION_BUCKET = 50
"""Speakers sharing a first name beyond which spellings are not compared (the grouping
compares every pair of a bucket)."""


def _transliterations(
    mapping: Mapping[str, str], counts: Mapping[str, int], together: Sequence[set[str]] = ()
) -> dict[str, str]:
    """One spelling for a person whom outlets transliterate differently.

    "Narongsak Osatanakorn", "Narongsak Osottanakorn" and "Narongsak Osatanaskorn"
    are one man: the same first name and long surnames a letter or three apart.
    Short surnames are left alone ("Bill Clinton" and "Bill Clifton" are two
    people), as are surnames with other first letters or lengths two apart, or one
    the start of the other ("Hernandez"/"Fernandez", "Williams"/"Williamson"), and
    two names one article quotes side by side (``together``: each article's
    speakers).  The spelling quoted most wins, on a tie the one quoted first.
    """
    quoted: dict[str, int] = {}
    for name, target in mapping.items():
        quoted[target] = quoted.get(target, 0) + counts.get(name, 0)
    order = {name: k for k, name in enumerate(quoted)}
    # which articles quote each name (two names quoted in one article are two people)
    where: dict[str, set[int]] = defaultdict(set)
    for k, names_here in enumerate(together):
        for name in names_here:
            where[name].add(k)
    by_first: dict[str, list[str]] = {}
    for target in quoted:
        words = target.split()
        if len(words) >= 2 and len(words[-1]) >= _LONG_SURNAME and not _org_like(target):
            by_first.setdefault(_folded(words[0]), []).append(target)

    def rank(name: str) -> tuple[int, int]:
        return quoted[name], -order[name]  # the spelling quoted most; on a tie, the first

    found = _alike_groups(by_first, _spelt_alike, -1, where, rank)
    # ... and the same surname with given names alike: "Alexei" / "Alexey Navalny",
    # "Ahmednasir" / "Ahmednassir Abdullahi", "Dan" / "Daniel Cole" (once the surnames
    # are settled)
    by_last: dict[str, list[str]] = {}
    for target in quoted:
        words = target.split()
        if target not in found and len(words) == 2 and not _org_like(target):
            by_last.setdefault(_folded(words[-1]), []).append(target)
    found.update(_alike_groups(by_last, _given_alike, 0, where, rank))
    return found


def _alike_groups(
    buckets: Mapping[str, list[str]],
    alike: Callable[[str, str], bool],
    part: int,
    where: Mapping[str, set[int]],
    rank: Callable[[str], tuple[int, int]],
) -> dict[str, str]:
    """Name -> the name it is one person with: single-linkage groups, in each bucket, of
    names whose word at ``part`` is ``alike``, never two that one article quotes side
    by side (``where``: the articles quoting each); each group goes by its best
    ``rank``."""
    found: dict[str, str] = {}
    for names in buckets.values():
        if len(names) < 2 or len(names) > TRANSLITERATION_BUCKET:
            continue  # (a name shared by that many speakers is no set's transliteration)
        groups: list[list[str]] = []
        for name in names:
            key = _folded(name.split()[part])
            near = [
                g
                for g in groups
                if any(alike(key, _folded(o.split()[part])) for o in g)
                and not any(where.get(name, set()) & where.get(o, set()) for o in g)
            ]
            merged = [name, *(n for g in near for n in g)]
            groups = [g for g in groups if g not in near] + [merged]
        for group in groups:
            if len(group) > 1:
                best = max(group, key=rank)
                found.update({n: best for n in group if n != best})
    return found


def _given_alike(a: str, b: str) -> bool:
    """Two given names of one surname that are one person's: a short form that starts
    the long one ("Dan", "Daniel") or a spelling a letter apart ("Alexei", "Alexey").
    "Maria" and "Mario" are a letter apart too: callers keep apart two names that
    one article quotes side by side."""
    if a == b or a[:1] != b[:1]:
        return False
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) < 3 or not shorter.isalpha():
        return False  # an initial: "J. Simons" may be anyone of the family
    if longer.startswith(shorter):
        return True
    return len(shorter) >= 5 and Levenshtein.normalized_similarity(a, b) >= 0.8


def _spelt_alike(a: str, b: str) -> bool:
    """Two long surnames that are one name transliterated twice (see _transliterations)."""
    if a[:1] != b[:1] or abs(len(a) - len(b)) > 1 or a.startswith(b) or b.startswith(a):
        return False
    return Levenshtein.normalized_similarity(a, b) >= TRANSLITERATION_SIMILARITY


_ACRONYM_RE = re.compile(r"[A-Z][A-Z.&]{1,7}")
_INITIALS_SKIP = wordset("of for and the de du des la le di da del on in at to &")


_NATIONAL_INITIALS = frozenset({"US", "UK", "EU"})
"""Initials of a country or union that open an agency's acronym ("USADA", "UKAD")."""


def _initials(name: str) -> str:
    """ "FAA" for "Federal Aviation Administration", "PSG" for "Paris Saint-Germain"."""
    parts = [p for w in name.split() for p in w.split("-") if p]
    return "".join(p[0] for p in parts if p.casefold() not in _INITIALS_SKIP).upper()


_BRACKETED_RE = re.compile(r"\(([A-Z][A-Za-z.&]{1,9})\)")
"""An acronym in brackets after the name it stands for: "(IPCC)"."""
_SPELT_OUT_RE = re.compile(r"((?:[A-Z][\w’'-]*\s+(?:(?:of|on|for|and|the|de|&)\s+)*){1,8})\($")
"""The capitalised words before "(" where a text defines an acronym: "Intergovernmental
Panel on Climate Change (IPCC)"."""


def _spelt_out(acronyms: Set[str], articles: Sequence[Article]) -> dict[str, str]:
    """The full names the set's texts give ``acronyms`` in brackets after them, when
    their initials are the acronym's (a name splits at "on", so the mentions miss it).
    One pass over the texts, whatever the number of acronyms."""
    found: dict[str, str] = {}
    for article in articles:
        text = article.text
        if "(" not in text:
            continue
        for bracket in _BRACKETED_RE.finditer(text):
            acronym = bracket.group(1)
            if acronym not in acronyms or acronym in found:
                continue
            run = _SPELT_OUT_RE.search(text, max(0, bracket.start() - 120), bracket.start() + 1)
            if run is None:
                continue
            words = run.group(1).split()
            # the longest tail of the run whose initials are the acronym's
            for k in range(len(words)):
                name = " ".join(words[k:])
                if (
                    words[k][:1].isupper()
                    and words[k].casefold() not in ("the", "a", "an")
                    and _initials(name) == acronym
                ):
                    found[acronym] = name
                    break
        if len(found) == len(acronyms):
            break
    return found


def _expansions(
    short_forms: set[str], mention_names: Mapping[str, list[str]], by_last: Mapping[str, list[str]]
) -> dict[str, str]:
    """Short speaker names the set writes out in full, and their full forms.

    An acronym is the one capitalised name of the set with its initials ("FAA
    said" in one outlet, "the Federal Aviation Administration" in another); a
    single word is the one company name it opens ("American, with 25 jets, said"
    after "American Airlines"), unless someone of that name is a person.
    """
    # each name of the set indexed once, by its initials and by its first word
    by_initials: dict[str, set[str]] = defaultdict(set)
    companies: dict[str, set[str]] = defaultdict(set)
    bodies: dict[str, set[str]] = defaultdict(set)  # by the first three letters
    for bucket in mention_names.values():
        for n in bucket:
            words = n.split()
            if len(words) < 2:
                continue
            if all(w[:1].isupper() or w.casefold() in _INITIALS_SKIP for w in words):
                by_initials[_initials(n)].add(n)
            if words[-1].casefold() in CORPORATE_WORDS:
                companies[words[0]].add(n)
            if words[-1].casefold() in ORG_HEADS and len(words[0]) > 3:
                bodies[words[0][:3].casefold()].add(n)
    found: dict[str, str] = {}
    for short in short_forms:
        bare = short.replace(".", "")
        if _ACRONYM_RE.fullmatch(short) and len(bare) >= 2:
            matches = by_initials.get(bare, set())
            if not matches and bare[:2] in _NATIONAL_INITIALS and len(bare) >= 4:
                # "USADA" for the "U.S. Anti-Doping Agency", whose names are read
                # apart ("U.S", "Anti-Doping Agency"): the agency
                matches = {n for n in by_initials.get(bare[2:], set()) if _org_like(n)}
        elif short[:1].isupper() and by_last.get(last_key(short), [short]) == [short]:
            matches = companies.get(short, set())
            if not matches and len(short) >= 3:
                # "the Met" for the "Metropolitan Police", "the Fed" for the "Federal
                # Reserve": a body's name cut short
                matches = {
                    n
                    for n in bodies.get(short[:3].casefold(), ())
                    if n.split()[0].startswith(short) and len(n.split()[0]) > len(short)
                }
        else:
            continue
        if len(matches) == 1:
            found[short] = next(iter(matches))
    return found


def _role_holder(name: str, roles: Mapping[str, set[str]]) -> str | None:
    """The one person of the set with the role a title-only speaker names ("NASA
    Administrator said" where another article writes "NASA Administrator Jim
    Bridenstine"); None when the name holds a personal name, or two people the role."""
    words = name.split()
    if not words or words[-1].casefold() not in TITLES:
        return None
    if not all(w.casefold() in TITLES or w.isupper() for w in words):
        return None
    people = roles.get(" ".join(w.casefold() for w in words), set())
    return next(iter(people)) if len(people) == 1 else None


def _org_like(name: str) -> bool:
    return any(p.casefold() in ORG_HEADS for p in name.split())


class _Extensions:
    """Look-up of the names in buckets (by last key) that extend a shorter name.

    ``C`` extends ``N`` when, case-folded, ``C`` is longer and ends with ``" " + N``
    or ``"-" + N``.  Each bucket is indexed once by those word-boundary suffixes, so
    a look-up does not scan a bucket that grows with the size of the set.
    """

    def __init__(self, buckets: dict[str, list[str]]) -> None:
        self.buckets = buckets
        self.indexes: dict[str, dict[str, list[str]]] = {}

    def extending(self, key: str, low: str) -> list[str]:
        """The names of bucket ``key`` that extend ``low`` (case-folded), in bucket order."""
        index = self.indexes.get(key)
        if index is None:
            index = {}
            for candidate in self.buckets.get(key, []):
                folded = candidate.casefold()
                for p in range(1, len(folded) + 1):
                    # (not after "of": "News of Vega's flight" is no longer "Vega")
                    if folded[p - 1] in " -" and not folded.endswith(" of ", 0, p):
                        index.setdefault(folded[p:], []).append(candidate)
            self.indexes[key] = index
        return index.get(low, [])

    def names(self, key: str) -> list[str]:
        """The names of bucket ``key``."""
        return self.buckets.get(key, [])


def _commoner_tail(name: str, counts: Mapping[str, int]) -> str:
    """A full name quoted more often that ``name`` ends with, if any: "Congratulations
    Boris Johnson" (a tweet's first word read into the name) is "Boris Johnson"."""
    if _org_like(name):
        return name  # "Saudi Foreign Ministry" is not any "Foreign Ministry"
    words = name.split()
    for k in range(1, len(words) - 1):
        tail = " ".join(words[k:])
        if counts.get(tail, 0) > counts.get(name, 0):
            return tail
    return name


def _longer_form(
    name: str,
    by_last: _Extensions,
    mention_names: _Extensions,
    counts: dict[str, int],
) -> str:
    key = last_key(name)
    low = name.casefold()
    among = by_last.extending(key, low)
    if among and " " in name:
        # a full name is made longer only by a form quoted as often: "Congratulations
        # Boris Johnson", a tweet's first word read into a name once, is no fuller name
        # (a body's by one quoted half as often: "Greek Migration Ministry")
        share = 2 if _org_like(name) else 1
        among = [c for c in among if share * counts.get(c, 0) >= counts.get(name, 0)]
    if among and _org_like(name) and not _one_chain(among):
        # "Foreign Ministry" where the set has the Russian and the Saudi one: which
        # is unknown (one chain, "Defence Ministry" < "Russian Defence Ministry", is not)
        return name
    if among:
        return max(among, key=lambda c: (counts.get(c, 0), len(c)))
    parts = low.split()
    if len(parts) >= 2 and len(by_last.names(key)) <= 20:  # a bounded scan per name
        # "Dan Oates" and "Daniel Oates" (a first name cut short) are one person
        fuller = [
            c
            for c in by_last.names(key)
            if len(c) > len(name)
            and len(c.split()) == len(parts)
            and all(w.startswith(p) for p, w in zip(parts, c.casefold().split(), strict=True))
        ]
        if fuller:
            return max(fuller, key=lambda c: (counts.get(c, 0), len(c)))
    if len(name.split()) == 1 or _org_like(name):
        found = set(mention_names.extending(key, low))
        if len(found) == 1:
            return found.pop()
        if found and _org_like(name) and _one_chain(found):
            return max(found, key=len)
    return name


_INNER_NAME_PARTICLES = (CONNECTORS - {"of", "for"}) | wordset("do dos das del della")
"""Particles of a name ("da Silva"), not the "of" of a place or a body."""


def _inner_names(
    mapping: Mapping[str, str], mention_names: Mapping[str, list[str]]
) -> dict[str, str]:
    """One-word speakers the set names in full with that word inside: "Lula" is "Luiz
    Inacio Lula da Silva" (the name he goes by is neither his first nor his last)."""
    single = {t for t in mapping.values() if " " not in t and t[:1].isupper() and not t.isupper()}
    if not single:
        return {}
    holders: dict[str, set[str]] = defaultdict(set)
    for bucket in mention_names.values():
        for name in bucket:
            words = name.split()
            if len(words) < 3 or _org_like(name):
                continue
            for k, word in enumerate(words[1:-1], 1):
                # a name with a particle after the word ("da Silva"), as names go by
                # an inner word there; not "Walt Disney World", "Beth Davidz of Williamsburg"
                if word in single and any(w in _INNER_NAME_PARTICLES for w in words[k + 1 :]):
                    holders[word].add(name)
    return {word: names.pop() for word, names in holders.items() if len(names) == 1}


def _national_spellings(mapping: Mapping[str, str], counts: Mapping[str, int]) -> dict[str, str]:
    """One spelling for a body named by its country two ways: "Greece's Coastguard" and
    "Greek Coastguard" are one (the adjective's form, then the one quoted most)."""
    groups: dict[tuple[str, str], dict[str, int]] = {}
    for name, target in mapping.items():
        first, _, rest = target.partition(" ")
        if not rest or not _org_like(target):
            continue
        if not (_looks_national(first) or _possessive(first)):
            continue  # (a country's possessive is grouped with its adjective by _nation)
        spelt = groups.setdefault((_nation(first), rest.casefold()), {})
        spelt[target] = spelt.get(target, 0) + counts.get(name, 0)
    found = {
        target: max(spelt, key=lambda t: (_possessive(t.split()[0]) is None, spelt[t], t))
        for spelt in groups.values()
        if len(spelt) > 1 and any(_possessive(t.split()[0]) is None for t in spelt)
        for target in spelt
    }
    # A body named with and without its country ("Irish Health Service Executive" /
    # "Health Service Executive") is one, when only one country's is named so (the
    # Russian and the Saudi "Foreign Ministry" keep their names)
    quoted: dict[str, int] = {}
    for name, target in mapping.items():
        quoted[target] = quoted.get(target, 0) + counts.get(name, 0)
    national: dict[str, list[str]] = {}
    for target in quoted:
        first, _, rest = target.partition(" ")
        if rest in quoted and _looks_national(first) and _org_like(rest):
            national.setdefault(rest, []).append(target)
    for bare, variants in national.items():
        if len({_nation(v.split(" ", 1)[0]) for v in variants}) == 1:
            best = max([bare, *variants], key=lambda t: (quoted[t], -len(t)))
            found.update({t: best for t in (bare, *variants) if t != best})
    return {name: target for name, target in found.items() if name != target}


def _one_chain(names: Iterable[str]) -> bool:
    """Whether the longest of ``names`` ends with every other one (one body named more
    or less fully, not two bodies: "Russian Foreign Ministry", "Saudi Foreign Ministry")."""
    folded = [n.casefold() for n in names]
    longest = max(folded, key=len)
    return all(longest.endswith(n) for n in folded)
