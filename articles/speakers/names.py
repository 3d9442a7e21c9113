"""Names in an article: the people and bodies it mentions, and how later references find them.

:func:`mentions_in` reads capitalised name sequences with their leading titles
and roles split off (``UK Defence Secretary Michael Fallon`` -> ``Michael
Fallon``, role ``defence secretary``); :class:`NameIndex` resolves a surname, a
role phrase or an organisation phrase to the fullest name mentioned so far, and
:class:`Genders` holds what is known of each person's gender for pronouns.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from articles.speakers.tokens import (
    GLUED_NAME_STOP_RE,
    Tok,
    adjective_compound,
    looks_national,
    nation_key,
    possessive,
)
from articles.speech_lexicon import (
    CONNECTORS,
    CORPORATE_SUFFIXES,
    CORPORATE_WORDS,
    COUNTRIES,
    FEMALE_GIVEN_NAMES,
    HONORIFICS,
    MALE_GIVEN_NAMES,
    NATION_ALIASES,
    NON_NAMES,
    ORG_HEADS,
    PLACE_HEADS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SENTENCE_OPENERS,
    TITLE_ABBREVIATIONS,
    TITLES,
    unaccented,
    wordset,
)

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


def title_stop(toks: Sequence[Tok], k: int) -> bool:
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
        and INITIALISM_RE.fullmatch(toks[k - 1].text)
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


def name_words(toks: Sequence[Tok], start: int, end: int) -> tuple[str, ...]:
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


NOT_NAME_WORDS = NON_NAMES - HONORIFICS
"""Words that never start a name (an honorific does: "Mrs May")."""
GIVEN_NAME_MONTHS = frozenset({"april", "may", "june", "august"})
"""Months that are also first names: "June Brown" is a person, "June 5" a date."""


def _may_be_name(low: str, following: str) -> bool:
    """Whether the capitalised word ``low`` can be part of a name before the word ``following``."""
    if low not in NON_NAMES:
        return True
    return low in GIVEN_NAME_MONTHS and following not in NON_NAMES and following.isalpha()


def cap_sequence_before(toks: Sequence[Tok], i: int, lo: int) -> int:
    """Start index of the capitalised sequence that ends at token ``i``."""
    j = i
    while j - 1 >= lo:
        prev = toks[j - 1]
        if (
            prev.is_cap
            and possessive(prev.text) is None
            and _may_be_name(prev.low, toks[j].low)
            and (prev.low not in NON_NAMES or j == i)  # "June Brown", not "April Boris Johnson"
        ):
            j -= 1
        elif j - 2 >= lo and title_stop(toks, j - 1):
            j -= 2  # "Gov. Ann Lee": the title before its full stop
        elif j - 3 >= lo and _initial_stop(toks, j - 1):
            j -= 2  # "Daniel K. Elwell": back over the initial and its full stop
        elif prev.kind == "word" and prev.low in CONNECTORS:
            # "von der Leyen", "bin Salman": particles, then a capitalised word
            k = j - 1
            while k - 1 >= lo and toks[k - 1].kind == "word" and toks[k - 1].low in CONNECTORS:
                k -= 1
            if k - 1 >= lo and toks[k - 1].is_cap and possessive(toks[k - 1].text) is None:
                j = k - 1
            else:
                break
        else:
            break
    return j


def cap_sequence_after(toks: Sequence[Tok], i: int) -> int:
    """End index (exclusive) of the capitalised sequence that starts at token ``i``."""
    j = i
    while j < len(toks):
        t = toks[j]
        if t.is_cap:
            j += 1
            if possessive(t.text) is not None:
                break
        elif j > i and (title_stop(toks, j) or _initial_stop(toks, j)):
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
    parts = [(possessive(p) or p) for p in words]
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
        and tail[0].casefold() not in REGNAL_TITLES
        and tail[-1].casefold().rstrip(".") not in NAME_SUFFIXES
    ):
        # "Richard Moriarty Chief Executive": the name, then the role after it
        parts = parts[:lead]
    if len(parts) > 2 and parts[-1].casefold().rstrip(".") in NAME_SUFFIXES:
        # "Martin Luther King Jr": the suffix is no name after a title "King"
        titles, name, nation = _split_title_uncached(parts[:-1])
        return titles, [*name, parts[-1]] if name else name, nation
    if (
        len(parts) >= 3
        and parts[0].isupper()
        and 2 <= len(parts[0]) <= 5
        and parts[0].casefold() not in NATION_ALIASES
        and parts[0].casefold() not in TITLES  # "CEO Andy Jassy": his title
        and all(p[:1].isupper() and not p.isupper() for p in parts[1:])
    ):
        # "Speaking to the BBC Boris Johnson said": an outlet's acronym, then a name
        parts = parts[1:]
    while parts and (
        (
            parts[0].casefold() in NOT_NAME_WORDS
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
    nation = next((nation_key(p) for p in titles if looks_national(p)), "")
    return titles, list(parts[last_title + 1 :]), nation


ROLES_AND_TITLES = ROLE_NOUNS | TITLES


def _title_like(word: str) -> bool:
    """A title, role, nation or body word: no part of a person's name."""
    low = word.casefold().rstrip(".")
    return low in ROLES_AND_TITLES or low in ORG_HEADS or low in CONNECTORS or looks_national(word)


def of_phrase(name: str) -> bool:
    """A name with "of" in it and no given name opening it ("Freedom of Information",
    "Bank of England"): a thing's or a body's, no person's."""
    return "of" in name.split() and gender_of_person({}, name) is None


REGNAL_TITLES = frozenset({"pope", "king", "queen", "prince", "princess", "emperor"})
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Generational suffixes closing a name ("Jr", "III"): no surname."""


def surname(name: str) -> str:
    """The last word of a name but a generational suffix ("Samuel A. Alito Jr" -> "Alito")."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".").casefold() in NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else name


_ARTICLE_PREFIX_RE = re.compile(r"^(al|el)[-‐]")


@lru_cache(maxsize=1 << 14)
def last_key(name: str) -> str:
    """The comparison key of a name: its last word, lower-cased, without ``al-`` and
    without accents ("Guzmán" in one place, "Guzman" in a caption)."""
    last = name.split()[-1].casefold() if name.split() else ""
    if not last.isascii():
        last = unaccented(last)
    return _ARTICLE_PREFIX_RE.sub("", last)


def spelling_key(name: str) -> str:
    """:func:`folded_name`, with British and American spellings of one word alike
    ("International Organisation for Migration" / "Organization")."""
    return folded_name(name).replace("isation", "ization").replace("centre", "center")


def folded_name(name: str) -> str:
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
PARTY_TAG_WORD_RE = re.compile(r"[RDI][-‐–][A-Z][a-z]{1,4}")
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


_ACRONYM_WORD_RE = re.compile(r"[A-Z][A-Z.&]{1,7}")


def extends_acronym(longer: str, name: str) -> bool:
    """Whether ``longer`` may be a fuller form of ``name`` as far as acronyms go: an
    acronym is made longer by its nation only ("Russian FSB"), not by a headline's
    first word ("Moment JAL jet bursts into flames")."""
    if not _ACRONYM_WORD_RE.fullmatch(name):
        return True
    words = longer.split()
    return all(looks_national(w) for w in words[: len(words) - len(name.split())])


def without_residence(parts: list[str]) -> list[str]:
    """A name without the word for where its bearer lives before it: "Londoner Peter
    Allen", "Parisian Marie Dubois" (a word ending as a demonym, before a given name)."""
    if (
        len(parts) >= 3
        and parts[0].endswith(("er", "ian", "ite"))
        and parts[0].casefold() not in ROLE_NOUNS  # (not "Speaker John Bercow")
        and parts[0].casefold() not in MALE_GIVEN_NAMES
        and parts[0].casefold() not in FEMALE_GIVEN_NAMES
        and (parts[1].casefold() in MALE_GIVEN_NAMES or parts[1].casefold() in FEMALE_GIVEN_NAMES)
    ):
        return parts[1:]
    return parts


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
    pending: tuple[str, int, int] | None = None
    """An abbreviated title ("Rep.") for the name right after it: the title, where it
    starts, where that name must start."""
    for m in _NAME_SEQ_RE.finditer(text):
        start, end = m.span()
        group = m.group()
        if "." in group and (glued := GLUED_NAME_STOP_RE.search(group)) is not None:
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
                    appos
                    and after_preposition(text, start)
                    and any(w.casefold() in REPORTING_VERBS for w in appos.split())
                ):
                    # "In a letter to Mr Williamson, the Prime Minister said": the role
                    # opens the clause as its subject; it is not the object's apposition
                    appos = None
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
            titled_next = None
            if startswith(".", end) and (after := _TITLED_NEXT_RE.match(text, end + 1)):
                last = group.rsplit(" ", 1)[-1]
                if last.casefold() in TITLES:
                    # "Rep. Maxine Waters", "then Gov. Tim Walz": an abbreviated title,
                    # cut off by its full stop, is the next name's role (and where it
                    # starts, for the role words before it), not someone called "Rep"
                    titled_next = (last.casefold(), end - len(last), after.end() - 1)
                    group = group[: len(group) - len(last)].rstrip()
            for name, roles, nation, is_org in (
                sequence_mentions(group, before, appos) if group else ()
            ):
                at = start
                if pending is not None and pending[2] == start:
                    spelt = TITLE_ABBREVIATIONS.get(pending[0])
                    roles, at = roles | {pending[0], *([spelt] if spelt else [])}, pending[1]
                    if at >= 2 and text[at - 1] == " " and (role := _role_before(text, at)):
                        # "The panel's chair, Rep. Maxine Waters": the role before the title
                        roles = roles | {w.casefold() for w in role.split()}
                append(new(Mention, (name, roles, nation, at, is_org)))
            pending = titled_next
    return tuple(out)


_TITLED_NEXT_RE = re.compile(r"[ \u00a0]+[A-Z]")
"""A capitalised word right after an abbreviated title's full stop."""


_FORCE_TAILS = wordset("guard patrol corps brigade battalion regiment squadron")
"""Last words of a uniformed body's name ("Coast Guard", "Border Patrol", "Marine Corps"):
a body, though "a guard" alone is a person."""


def body_by_its_last_word(name: Sequence[str]) -> bool:
    """Whether a name of two words or more is a business's or a force's by its last word:
    "Alaska Airlines", "Alameda Research", "Toyota Motor Corp", "US Coast Guard"."""
    if len(name) < 2:
        return False
    last = name[-1].casefold().rstrip(".")
    return last in CORPORATE_WORDS or last in CORPORATE_SUFFIXES or last in _FORCE_TAILS


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
    return nation_key(before.group(1)) if before else ""


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
        if adjective_compound(word):
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
        if possessive(word) is not None:
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
        parts = without_residence(parts)
        if not parts:
            continue
        half = len(parts) // 2
        if half and len(parts) % 2 == 0 and parts[:half] == parts[half:]:
            parts = parts[:half]  # "Heather Townsend Heather Townsend": a credit beside a caption
        if index == 0:
            prev_nation = before_nation
        else:
            last = pieces[index - 1][-1]  # "Britain's": only a possessive lends its nation
            prev_nation = nation_key(last) if possessive(last) is not None else ""
        titles, name, nation = split_title(parts)
        if titles and len(name) == 1 and name[0].casefold() in CORPORATE_WORDS:
            # "General Motors", "General Dynamics": a company's name, not a general
            titles, name = [], list(parts)
        if not name:
            continue
        if "of" in name[2:] and (
            name[0].casefold() in MALE_GIVEN_NAMES
            or name[0].casefold() in FEMALE_GIVEN_NAMES
            or " ".join(name[name.index("of", 2) + 1 :]).casefold() in COUNTRIES
        ):
            # "Jacob Zuma of South Africa", "Xi Jinping of China": their country
            name = name[: name.index("of", 2)]
        if titles and len(name) == 1 and titles[-1].casefold() in REGNAL_TITLES:
            name = [titles[-1], *name]  # "Pope Francis" is the name he goes by
        roles = {p.casefold() for p in titles}
        if appos is not None and index == len(pieces) - 1:
            for word in appos.split():
                roles.add(word.casefold())
                if not nation and looks_national(word):
                    nation = nation_key(word)
        if (
            len(name) >= 2
            and name[-1].isupper()
            and name[-1].casefold() in TITLES
            and name[0].casefold() not in MALE_GIVEN_NAMES
            and name[0].casefold() not in FEMALE_GIVEN_NAMES
        ):
            continue  # "the Amazon CEO": a body and a title, nobody's name
        # a place or an institution ("Notre-Dame Cathedral") is no person either
        is_org = (
            any(p.casefold() in ORG_HEADS for p in name)
            or name[-1].casefold() in PLACE_HEADS
            or body_by_its_last_word(name)
        )
        out.append((" ".join(name), frozenset(roles), nation or prev_nation, is_org))
    return tuple(out)


_PLACE_WORD_BEFORE_RE = re.compile(r"\b(?:in|near|outside|around)\s+$")
"""A word saying where, right before a name (searched up to the name's start)."""
_INNER_NAME_RE = re.compile(r" (?:da|de|do|dos|das|del|di|van|von|bin|ibn|al|el) [A-Z]")
"""A family name after its particle ("... Lula da Silva"), inside a full name."""


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
    _located: dict[str, bool] = field(default_factory=dict, repr=False)
    """:meth:`located`'s answers so far."""

    def located(self, name: str) -> bool:
        """Whether the text writes ``name`` as a place ("in Santiago de Compostela",
        "near ..."): a "he" is no place, whatever given name the place opens with."""
        found = self._located.get(name)
        if found is None:
            found = self._located[name] = self._after_place_word(name)
        return found

    def _after_place_word(self, name: str) -> bool:
        """Whether ``name`` stands, as a whole word, right after "in", "near", "outside" or
        "around" somewhere in the text (found with plain string searches: a pattern
        compiled for each name cost a second at a thousand articles)."""
        text = self.text
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if (end >= len(text) or not (text[end].isalnum() or text[end] == "_")) and (
                _PLACE_WORD_BEFORE_RE.search(text, max(0, at - 12), at) is not None
            ):
                return True
            at = text.find(name, at + 1)
        return False

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
        # "Joaquín Guzmán Loera": a first and a second surname; "Ms Roberts" for
        # "Virginia Roberts Giuffre": a maiden name), unless that is someone else's
        # last name; the person keeps their full name.
        primary = set(index.full_by_last)
        for name in people:
            parts = name.split()
            if len(parts) >= 3 and parts[-2][:1].isupper():
                second = last_key(parts[-2])
                if second not in primary:
                    index.full_by_last.setdefault(second, []).append(name)
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
        folded = folded_name(name)
        # "News of Ghosn's flight" opening a sentence names no "News of Ghosn"
        joined = " of " in name
        bucket = last_key(name)
        candidates = [c for c in self._extending(bucket, folded) if (joined or " of " not in c)]
        if len(parts) == 1 and not candidates:
            candidates = [c for c in self.full_by_last.get(bucket, []) if joined or " of " not in c]
        if len(parts) == 1 and candidates in ([], [name]) and name[:1].isupper():
            # "Lula" for "Luiz Inácio Lula da Silva": the name a person goes by, inside
            # their full name right before the particle of the family name
            inner = {
                full
                for names in self.full_by_last.values()
                for full in names
                if f" {name} " in full
                and _INNER_NAME_RE.search(full, full.index(f" {name} "))
                and full.split()[full.split().index(name) + 1].casefold() in CONNECTORS
            }
            # (one person, written with an epithet too: "Leftist Luiz Inácio Lula da Silva")
            inner = {f for f in inner if not any(f != g and f.endswith(" " + g) for g in inner)}
            if len(inner) == 1:
                return next(iter(inner))
        if len(parts) == 1 and not candidates and not _ACRONYM_WORD_RE.fullmatch(name):
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
        if len(parts) == 1 and candidates:
            candidates = [c for c in candidates if extends_acronym(c, name)]
        if not candidates:
            return name
        longest = max(candidates, key=len)
        if all(folded_name(longest).endswith(folded_name(c)) for c in candidates):
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
        folds = {c: folded_name(c) for c in candidates}
        inner = {g[p:] for g in folds.values() for p in range(1, len(g)) if g[p - 1] == " "}
        people = [c for c, f in folds.items() if f not in inner]
        if gender is not None:
            # "Mrs Hale said": the namesake the set knows as a woman
            genders = {c: gender_of_person(self.genders, c) for c in people}
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
                f = folded_name(c)
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

    def role_holder_before(self, before: int, reach: int) -> str | None:
        """The person named with a role ("Sudhanshu Sarangi, director general of ...")
        last before ``before``, within ``reach`` characters, when no other person is
        named after them (for "the official said" just after)."""
        if self._starts is None:
            self._starts = [m.start for m in self.mentions]
        for k in range(bisect.bisect_left(self._starts, before) - 1, -1, -1):
            m = self.mentions[k]
            if m.start < before - reach:
                return None
            if m.is_org or place_like(m.name):
                continue
            if len(m.name.split()) >= 2 and (m.roles or self._role_after(m)):
                return self.full_name(m.name)
            return None
        return None

    def _role_after(self, m: Mention) -> bool:
        """Whether a role is set off after the name: "Sudhanshu Sarangi, director general"."""
        end = m.start + len(m.name)
        if not self.text.startswith(", ", end):
            return False
        words = self.text[end + 2 : end + 60].split()[:3]
        words = [w.strip(",").casefold() for w in words]
        if words and words[0] in ("the", "a", "an"):
            words = words[1:]
        return any(w in ROLES_AND_TITLES for w in words[:2])

    def latest_person(self, before: int, known_only: bool = False) -> str | None:
        """The last person named in full before ``before`` (for a pronoun with no speaker yet).

        ``known_only``: not a name that reads as a place's ("Fort Meyers").
        """
        if self._starts is None:
            self._starts = [m.start for m in self.mentions]
        for k in range(bisect.bisect_left(self._starts, before) - 1, -1, -1):
            m = self.mentions[k]
            if m.is_org or looks_national(m.name):
                continue  # (no "he": "an assistant U.S. attorney")
            if known_only and (
                place_like(m.name)
                or self._possessed(m, before)
                or self._addressed(m, before)
                or self.located(m.name)
            ):
                continue
            last = m.name.rsplit(" ", 1)[-1]
            if last in MEMBER_TITLES or last in TRAILING_TITLES:
                continue  # "Conservative MP", "Uttarakhand CM": a role, not a name
            if all(w.casefold() in TITLES for w in m.name.split()):
                continue  # "Prime Minister" (its "Minister"): a title, no one named
            if not m.roles and of_phrase(m.name):
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
        return after_preposition(text, m.start)

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
                    r for r in self._roles(m) if r not in CONNECTORS and not looks_national(r)
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
            if m.is_org or not _has_roles(want, self._roles(m), self.text, m):
                continue
            if nation and m.nation and nation != m.nation:
                continue
            if not nation and any(
                looks_national(w) for w in self.text[max(0, m.start - 40) : m.start].split()[-4:]
            ):
                # "the prime minister said" is not "the Canadian prime minister, Justin
                # Trudeau", written out later: another country's
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
            if not _has_roles(want, roles, text, m):
                if roles or text.find(probe, max(0, m.start - 40), m.start) < 0:
                    continue
                roles = self._roles(m)
                if not _has_roles(want, roles, text, m):
                    continue
            if nation and m.nation and nation != m.nation:
                continue
            return self.full_name(m.name)
        return None


_JUDGE_HONORIFICS = frozenset({"mr", "mrs", "ms", "lord", "lady", "dame", "sir"})
"""Before "Justice", the style of a judge of the English High Court ("Mrs Justice Crane")."""


def _has_roles(want: AbstractSet[str], roles: AbstractSet[str], text: str, m: Mention) -> bool:
    """Whether ``roles`` (of mention ``m`` in ``text``) hold every wanted role: "Mrs
    Justice Crane" is the judge too (not "Justice Minister Ann Roe", nor "Justice
    Khosa" of a bench a chief justice heads, whom "the top judge" does not mean)."""
    return all(
        w in roles
        or (
            w == "judge"
            and "justice" in roles
            and text[m.start : m.start + 6].split(" ")[0].rstrip(".").casefold()
            in _JUDGE_HONORIFICS
        )
        for w in want
    )


INITIALISM_RE = re.compile(r"(?:[A-Z]\.)+[A-Z]")
"""An initialism before its final full stop, which tokenises apart ("U.S", "U.K")."""


_REPORTS_BEFORE_RE = re.compile(r"\breport(?:s|ed)\s+$")
"""An outlet named after the verb that cites it ("reports Fox Business")."""
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:to|with|from|against|toward|towards)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$", re.IGNORECASE
)
"""A preposition right before a name (its title aside): the name is an object."""


def after_preposition(text: str, at: int) -> bool:
    """Whether a preposition stands right before ``at`` ("to Mr Sunak", "to CBS News")."""
    return _PREPOSITION_BEFORE_RE.search(text, max(0, at - 12), at) is not None


MEMBER_TITLES = frozenset({"MP", "MEP", "MSP", "MLA", "TD"})
"""Members of a parliament, called by their seat ("the Esher and Walton MP")."""
TRAILING_TITLES = frozenset(
    {"MP", "MEP", "MSP", "MLA", "CM", "PM", "Senator", "Governor", "Mayor", "Councillor"}
)
"""Titles written after a place: "The Maidenhead MP announced" names a role, not a person."""
_WEEKDAYS = wordset("monday tuesday wednesday thursday friday saturday sunday")


def gender_of(genders: Mapping[str, str], name: str) -> str | None:
    """ "m" or "f" for a person's name: what the set says of the surname, or else
    what the given name says (:func:`genders_of`); None when neither says."""
    attested = getattr(genders, "attested", ())
    if " " in name and (full := name.casefold()) in attested:
        return genders[full]  # the person's own ("Shahzada's sister, Azmeh Dawood")
    found = genders.get(last_key(name))
    if found is None and " " in name:
        found = genders.get(name.casefold())
        words = name.split()
        if found is None and len(words) >= 3:
            # "Anders Behring Breivik": the given name with the surname
            found = genders.get(f"{words[0]} {words[-1]}".casefold())
    return found


def gender_of_person(genders: Mapping[str, str], name: str) -> str | None:
    """What the set says of ``name``'s gender, else what its given name says."""
    found = gender_of(genders, name)
    if found is None:
        given = name.split(" ", 1)[0].casefold()
        found = "f" if given in FEMALE_GIVEN_NAMES else "m" if given in MALE_GIVEN_NAMES else None
    return found


def place_like(name: str) -> bool:
    """A place's (or a storm's) name by its first or last word ("Fort Meyers",
    "Sanibel Causeway", "Hurricane Ian")."""
    words = name.split()
    return words[0].casefold() in _PLACE_LEADS or words[-1].casefold() in PLACE_HEADS


_PLACE_LEADS = wordset(
    "fort port mount mt lake cape san santa st saint point hurricane storm typhoon cyclone"
)


class Genders(dict[str, str]):
    """Surname key -> "m" or "f" where the texts say so; full name (case-folded) ->
    "m" or "f" where its given name does (:func:`genders_of`, :func:`gender_of`)."""

    attested: frozenset[str] = frozenset()
    """The keys the texts show a gender for themselves (an honorific, a pronoun, a
    gendered noun), not only by a given name."""
