"""Genders of the people a set of texts names, so that "he" and "she" find the right person.

:func:`genders_of` learns them from honorifics (Mrs May), gendered nouns (the
actress Faye Dunaway), kin phrases, pronouns that follow a name and given
names; a name with evidence both ways gets no verdict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from articles.speakers.names import Genders, Mention, last_key
from articles.speakers.subjects import KIN_NOUNS, sentence_start
from articles.speech_lexicon import (
    FEMALE_GIVEN_NAMES,
    MALE_GIVEN_NAMES,
    NON_NAMES,
    wordset,
)

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
_KIN_THEN_NAME_RE = re.compile(
    r"['’]s ("
    + "|".join(sorted(KIN_NOUNS, key=len, reverse=True))
    + r"),?\s+([A-Z][a-z'’-]+\s+[A-Z][\w'’-]+)\b(?!\s+[A-Z])"
)
"""A possessive, a kin noun, then a full name ("Shahzada's sister, Azmeh Dawood")."""
_APPOSED_KIN_RE = re.compile(
    # the comma first: a literal the search skips to (a name first would be tried at
    # every capital of every text); the name before it is read afterwards
    r",\s+(?:an?|the|his|her|their)\s+(?:[a-z-]+\s+)?("
    + "|".join(sorted(KIN_NOUNS, key=len, reverse=True))
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
                votes.setdefault(last_key(named.group(1)), set()).add(KIN_NOUNS[match.group(1)])
        # "Shahzada's sister, Azmeh Dawood": the kin word says the gender of the one person
        # (keyed by the full name: her brother shares her surname)
        for match in _KIN_THEN_NAME_RE.finditer(text):
            votes.setdefault(match.group(2).casefold(), set()).add(KIN_NOUNS[match.group(1)])
        if _COMMA_PRONOUN_RE.search(text):  # a cheap search first: the pattern is rare
            for match in _NAME_THEN_PRONOUN_RE.finditer(text):
                pronoun = match.group(2)
                start = sentence_start(text, match.start())
                if _OTHER_PRONOUNS[pronoun].search(text, start, match.start()):
                    gender = "f" if pronoun == "she" else "m"
                    votes.setdefault(last_key(match.group(1)), set()).add(gender)
    result = Genders()
    for key, found in [*by_given.items(), *votes.items()]:
        if len(found) == 1:
            result[key] = next(iter(found))
    result.attested = frozenset(key for key in votes if key in result)
    return result
