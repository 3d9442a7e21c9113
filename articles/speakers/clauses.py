"""Finding the attribution of one quotation within its sentence.

Each sentence is read with every quotation masked out (words inside quotes
never count). :func:`find_attribution` tries, in order, an attribution right
after the closing mark (``," he said``, ``," said X``), the nearest reporting
verb before the quote with a subject, then any later one, and the special
shapes (colon introductions, dash signatures, "quoted as saying", passives),
and gives an :class:`Attribution`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from articles.speakers.names import (
    NOT_NAME_WORDS,
    NameIndex,
    cap_sequence_after,
    gender_of,
    gender_of_person,
    name_words,
    of_phrase,
    split_title,
)
from articles.speakers.resolver import GAVE_NAME_RE, UNSET, Resolver
from articles.speakers.subjects import (
    ASIDES,
    CONCESSIVES,
    DOCUMENTS,
    HONORIFICS,
    LEADING_ADVERBS,
    PARTICIPLE_ADVERBS,
    Subject,
    np_forward,
    opening_apposition,
    passive_agent,
    sentence_subject,
    state_modifies,
    subject_after,
    subject_before,
    voice_noun,
)
from articles.speakers.tokens import (
    ABBREV,
    BOUNDARY_RE,
    DETERMINERS,
    LOWER_WORD_RE,
    Tok,
    national_word,
    possessive,
    tokenise,
)
from articles.speech_lexicon import (
    CONNECTORS,
    NON_NAMES,
    ORG_HEADS,
    PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SENTENCE_OPENERS,
    STATEMENT_NOUNS,
    TIME_WORDS,
    TITLES,
    wordset,
)


def sentences(masked: str) -> list[tuple[int, int]]:
    """Sentence spans of a masked paragraph (quotation marks and words hidden)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in BOUNDARY_RE.finditer(masked):
        before = masked[start : m.start()].rsplit(None, 1)  # only the last word matters
        last = before[-1].casefold().rstrip(".") if before else ""
        if (
            last in ABBREV
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


def follow_subject(masked: str, s0: int, s1: int, resolver: Resolver, at: int) -> bool:
    """Make the person a sentence opens with the antecedent of the pronouns that follow."""
    if not masked.rstrip().endswith(_PARAGRAPH_ENDS) and not _SENTENCE_BREAK_RE.search(masked):
        # a caption or a heading ("Rishi Sunak speaking about ..."): no narrative (a
        # paragraph of sentences that lost its last full stop is one: "Aida Alami grew
        # up in Marrakesh. She says the earthquake was unexpected")
        return False
    given = GAVE_NAME_RE.search(masked, s0, s1)
    if given is not None:
        # "a woman who gave only her first name, Leta, wept as she hugged a stranger":
        # the she that follows is Leta
        resolver.state.update(resolver.names.full_name(given.group(1)), "person")
        return True
    subject = (
        _APPOSED_SUBJECT_RE.match(masked, s0, s1)
        or _ROLE_APPOSED_SUBJECT_RE.match(masked, s0, s1)
        or _POSSESSED_ROLE_SUBJECT_RE.match(masked, s0, s1)
        or _NARRATIVE_SUBJECT_RE.match(masked, s0, s1)
        or _EPITHET_SUBJECT_RE.match(masked, s0, s1)
    )
    role = subject.groupdict().get("role") if subject is not None else None
    if (
        subject is not None
        and subject.re is _ROLE_APPOSED_SUBJECT_RE
        and not any(w in ROLE_NOUNS for w in subject.group("desc").split())
    ):
        subject = None  # ("The company's new logo, Blue Bird, was ...": no role)
    if subject is None or subject.group("name") == "The" or (role and role not in ROLE_NOUNS):
        return _follow_role_subject(masked, s0, s1, resolver, at)
    words = tuple(w.rstrip(".") for w in subject.group("name").split())
    if possessive(words[-1]) is not None:
        return False  # "US President Donald Trump's former lawyer has pleaded": not Trump
    roled = _ROLE_THEN_NAME_RE.match(masked, subject.end("name"), s1)
    if roled is not None and roled.group(1) in ROLE_NOUNS:
        # "National Party leader Christopher Luxon wished her well": the name after
        # the body and the role
        words = (*words, roled.group(1), *roled.group(2).split())
        if roled.group(1) not in TITLES:
            # "Moroccan reporter Aida Alami grew up": the name after the role
            words = tuple(roled.group(2).split())
    if len(words) > 1 and words[0].casefold() in _SUBORDINATORS:
        words = words[1:]  # "As Deschamps prepared to speak, he was mobbed"
    while len(words) > 2 and words[0].casefold() in LEADING_ADVERBS:
        words = words[1:]  # "Earlier Prime Minister Fumio Kishida abandoned ..."
    if (
        len(words) > 3
        and not split_title(list(words))[0]
        # (a full name with its family name's particle: "Luiz Inácio Lula da Silva")
        and not (len(words) <= 6 and any(w in CONNECTORS for w in words[1:-1]))
    ):
        return False  # four capitalised words or more are a name only after a title

    if words[0].casefold() in NOT_NAME_WORDS:
        return False
    found, kind = resolver.resolve(Subject("name", words, 0), (), at)
    if not found or kind == "org":
        return False
    if of_phrase(found):
        return False  # "Freedom of Information", "Bank of England": no one's name
    # Only someone the text presents as a person: with an honorific or title
    # ("Mr Macron"), or given a role or title elsewhere ("Trump also took
    # credit" after "President Trump"); "New Orleans flooded" and "Wall Street
    # fell" name no one.
    titled = (
        bool(split_title(list(words))[0])
        or subject.re is _ROLE_APPOSED_SUBJECT_RE  # ("The head of Nara police, Tomoaki ...")
        or subject.group("age") is not None
        or role is not None  # "fisherman Víctor Manuel Cruz"
        or (roled is not None and roled.group(1) in ROLE_NOUNS)  # "reporter Aida Alami"
    )
    if (
        (titled and kind == "person")
        or found in resolver.state.people  # someone who has spoken already
        or resolver.names.roles_of(found, at)
        or (len(found.split()) >= 2 and gender_of_person({}, found) is not None)
    ):
        resolver.state.focus(found)
        return True
    return False


_SENTENCE_BREAK_RE = re.compile(r"[a-z]{2}\. [A-Z]")
"""A full stop between two sentences inside a paragraph."""
_PARAGRAPH_ENDS = (".", "!", "?", '"', "”", "’", "'", ")", "_", ":", ";")
"""How a paragraph of running text ends (a masked quotation ends in "_")."""


def _follow_role_subject(masked: str, s0: int, s1: int, resolver: Resolver, at: int) -> bool:
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
        resolver.state.focus(person)
        return True
    return False


_PARTICLE = r"(?:da|de|di|do|dos|das|del|van|von|der|den|du|la|le|al|el|bin|ibn)\s+"
"""A particle inside a full name, before the family name ("Lula da Silva", "van der")."""
_ROLE_SUBJECT_RE = re.compile(r"\s*The\s+([a-z]+(?:\s+[a-z]+)?)\s+(?!of\b|for\b|at\b)[a-z]")
"""A sentence opening with "The" and a lower-case noun phrase of one or two words."""
_ROLE_THEN_NAME_RE = re.compile(r"\s+([a-z]+)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+[a-z]")
_NARRATIVE_SUBJECT_RE = re.compile(
    r"\s*(?:[^,\"“_]{0,100},\s+){0,2}(?P<age>\d{1,3}-year-old\s+)?(?:(?P<role>[a-z]+)\s+)?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’-]+)"
    r"(?:\s+(?:"
    + _PARTICLE
    + r"){0,2}(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’-]+)){0,4})\s+(?!"
    + _PARTICLE
    + r"[A-Z])[a-z]"
)
"""A sentence opening with a name and then a lower-case word (its verb, mostly), after a
phrase or two of place or time and a role, maybe; an initialism keeps its full stops
("U.S. Attorney Stephanie Hinds applauded"; "In the fishing community of Puerto
Marqués, east of the bay, fisherman Víctor Manuel Cruz surveyed")."""
_APPOSED_SUBJECT_RE = re.compile(
    r"\s*(?:(?:In|At|On|Near|Outside|Inside|From|After|Before|During|Across|Around|Back|"
    r"Earlier|Later|Elsewhere|Meanwhile|Since|Over|Under|Along|Among)\b[^,\"“_]{0,60},\s+)?"
    r"(?P<age>)(?P<name>(?:[A-Z][\w'’-]+)(?:\s+(?:" + _PARTICLE + r"){0,2}[A-Z][\w'’-]+){0,4}),\s+"
    r"(?:(?:[A-Z][\w-]*['’]s\s+)?[a-z][^,\"“_]{0,80}|who\s[^,\"“_]{0,140}|\d{1,3}),\s+[a-z]"
)
"""A person named in full opening a sentence (after a phrase of place or time, maybe),
set off by a description or an age, then the verb ("Ed Miliband, leader of the Labour
party, remains adamant"; "Le Pen, Macron's opponent in the runoff, quickly called";
"Khan, 70, is a former cricket star"; "In Dundalk, Tom Wroblewski, 67, stood"; a longer
"who" clause: "Agrawal, who grew up in Mumbai and rose ... as CEO, had been candid")."""
_ROLE_APPOSED_SUBJECT_RE = re.compile(
    r"\s*(?:The|Its|His|Her|Their|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s)\s+(?P<age>)"
    r"(?P<desc>[^,\"“_]{0,60}),\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:" + _PARTICLE + r")?"
    r"[A-Z][\w'’-]+){1,3}),\s+[a-z]"
)
"""A role opening a sentence, then the name holding it set off by commas, then the verb
("The head of Nara prefectural police, Tomoaki Onizuka, bowed deeply")."""
_POSSESSED_ROLE_SUBJECT_RE = re.compile(
    r"\s*(?:[^,\"“_]{0,100},\s+)?(?P<age>)[A-Z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){1,3}"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+(?:"
    + _PARTICLE
    + r"){0,2}){1,3}[A-Z][\w'’-]+)\s+(?!"
    + _PARTICLE
    + r"[A-Z])[a-z]"
)
"""A name after someone's role opening a sentence ("In a statement, Perry's general
counsel Mary Anne Wiley defended")."""
_EPITHET_SUBJECT_RE = re.compile(
    r"\s*An?\s+(?P<age>)(?:(?!(?:the|of|for|from|in|at|with|on|by|to|and)\b)[a-z]+\s+){1,3}"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+[a-z]"
)
"""A name after an epithet opening a sentence ("A clearly shocked Altman provided")."""


@lru_cache(maxsize=4096)
def read_sentence(masked: str) -> _Clause | None:
    """The tokens of one masked sentence, or None when it has neither a quotation nor a
    reporting verb (nothing to learn from it).  Cached: syndicated copy repeats sentences."""
    if "_" not in masked and REPORTING_VERBS.isdisjoint(LOWER_WORD_RE.findall(masked)):
        return None
    toks = tuple(tokenise(masked))
    quotes = tuple(i for i, t in enumerate(toks) if t.kind == "quote")
    return _Clause(toks, quotes, tuple(reporting_verb_indexes(toks)))


def _document_that(toks: Sequence[Tok], k: int) -> bool:
    """ "a statement that says": ``k`` is a relative pronoun after a document, not a
    determiner."""
    return toks[k].low in ("that", "which") and k > 0 and toks[k - 1].low in DOCUMENTS


_WITH_PARTICIPLES = wordset("admitting")
"""Participles that report words after "with <someone>"."""
_COLON_ONLY_VERBS = wordset("shared shares")
"""Verbs that report words only when a colon introduces them."""
_RETORT_FORMS = wordset("shot fired hit hits shoots fires")
"""Verbs that report a retort with "back" after them ("Breivik shot back")."""
_POINT_FORMS = wordset("point points pointed pointing")
"""Reporting verbs with "out" after them ("Bezos pointed out that ...")."""


_STATE_PREPOSITIONS = frozenset({"of", "in", "by", "for", "from", "against"})
"""Words after which "state" is the noun ("head of state"; not "to": "refused to state")."""


def reporting_verb_indexes(toks: Sequence[Tok]) -> list[int]:
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
            # '"I do not take time to consider," Breivik shot back', 'Prigozhin shot back
            # that "..."' (not "shot back into the lead": a quotation ends just before,
            # or "that", a colon or a quotation comes next)
            or (
                t.low in _RETORT_FORMS
                and i + 1 < n
                and toks[i + 1].low == "back"
                and (
                    any(x.kind == "quote" for x in toks[max(0, i - 4) : i])
                    or any(
                        x.kind == "quote" or x.text == ":" or x.low == "that"
                        for x in toks[i + 2 : i + 4]
                    )
                )
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
        and not (i > 0 and toks[i - 1].low in DETERMINERS and not _document_that(toks, i - 1))
        # "struck a defiant note": a noun after "a" and its adjective
        and not (
            t.low in _NOUN_FORMS
            and i > 1
            and toks[i - 2].low in ("a", "an")
            and toks[i - 1].text.islower()
        )
        and not (t.low in _NOUN_LIKE_VERBS and i + 1 < n and toks[i + 1].low == "of")
        # "Trump said Trudeau's remarks were ...": a noun after a name's possessive
        # (but "Trudeau's remarks: ..." introduces them)
        and not (
            t.low in _NOUN_FORMS
            and i > 0
            and toks[i - 1].is_cap
            and possessive(toks[i - 1].text)
            and not (i + 1 < n and toks[i + 1].text == ":")
        )
        and not (t.low == "state" and i + 1 < n and state_modifies(toks[i + 1]))
        # "on behalf of the British state", "a head of state": the noun
        and not (
            t.low == "state"
            and i > 0
            and (national_word(toks[i - 1].text) or toks[i - 1].low in _STATE_PREPOSITIONS)
        )
        # "the report states" (not "backed by Western and Gulf states which")
        and not (t.low == "states" and i > 0 and toks[i - 1].is_cap)
        and not (t.low in _CLAIM_FORMS and _claims_a_prize(toks, i + 1))
        # "the inquiry found that ...", 'the judge found Khan had "..."', '"...", the
        # court found' (not "Debris found near the wreck", "the jury found him guilty")
        and not (
            t.low in _FINDING_FORMS
            and not (
                i + 1 < n and (toks[i + 1].low in ("that", ":") or toks[i + 1].kind == "quote")
            )
            and not any(x.kind == "quote" for x in toks[max(0, i - 4) : i + 9])
        )
    ]


_FINDING_FORMS = frozenset({"found", "finds"})
_POSTING = wordset("post posts posted tweet tweets tweeted statement message")
"""Words of a sentence introducing a body's own words with a colon."""
_UTTERANCE_NOUNS = wordset(
    """
    cry cries plea pleas words warning warnings call calls chant chants refrain mantra
    catchphrase slogan promise pledge vow remark remarks comment comments message rallying
    """
)
"""Nouns for someone's words, after them in quotation marks ("Floyd's 'I can't
breathe' cries")."""
_CROWD_NOUNS = wordset(
    "chant chants cries shouts cheers calls chorus sign signs banner banners placard placards"
)
"""What a crowd shouts or holds up: the words after "chants of", "a sign reading" are
nobody's in particular."""


def _passive(toks: Sequence[Tok], v: int) -> bool:
    """Whether the reporting verb at ``v`` is a passive participle ("was declared"),
    also a "told to" after another ("has been directed ... and told to cease"): its
    subject is what is spoken of, not who speaks."""
    if v == 0 or not (
        toks[v].low.endswith("ed") or toks[v].low in ("told", "said", "read", "found")
    ):
        return False
    if toks[v - 1].low in _PASSIVE_AUXILIARIES:
        return True
    if (
        toks[v].low in _DESCRIBING
        and v + 1 < len(toks)
        and toks[v + 1].low == "as"
        and not any(t.low in _OBJECT_GAP for t in toks[max(0, v - 8) : v])
    ):
        # a headline's 'Steroid hailed as "breakthrough"': the drug is hailed (but
        # 'what officials described as "priceless"' has its object before the subject)
        return True
    if toks[v - 1].low != "and" or toks[v].low != "told" or v + 1 >= len(toks):
        return False
    if toks[v + 1].low != "to":
        return False  # ("was questioned by MPs and told them: ...": he speaks)
    return any(
        toks[k].low in ("been", "was", "were") and toks[k + 1].low.endswith("ed")
        for k in range(max(0, v - 12), v - 2)
    ) and not any(t.text == "," for t in toks[max(0, v - 12) : v])


_DESCRIBING = wordset(
    """hailed described branded labelled labeled dubbed touted billed praised condemned
    denounced dismissed criticised criticized decried characterised characterized
    welcomed greeted slammed blasted lauded"""
)
"""Verbs that describe something "as" a quoted word; right before "as" they have no
object, so they are passive (active, the object comes first: "hailed the deal as")."""
_OBJECT_GAP = wordset("what which that whom have has had")
"""Words before a describing verb whose object stands before its subject."""


def passive_after(toks: Sequence[Tok], start: int, hi: int) -> bool:
    """Whether the name starting at ``start`` is the subject of a passive ("Mr. Reed was
    sentenced"): its first word after the name is an auxiliary and a participle."""
    k = cap_sequence_after(toks, start)
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


_NOUN_LIKE_VERBS = wordset("state states claim claims note notes remarks answers demands stress")
"""Reporting verbs that are nouns before "of": "the US state of Colorado", "claims of fraud"."""


@dataclass(frozen=True, slots=True)
class Attribution:
    """The speaker of one quotation and whether a reporting verb governs its sentence."""

    speaker: str | None
    governed: bool
    unnamed: bool = False
    """The text gives the words to someone it describes but does not name ("the owner
    of the cafe said"): nobody named elsewhere is that person."""
    title: str | None = None
    """The title the text gives an unnamed speaker ("prime minister" for "the prime
    minister said" in an article that calls her "May"): its holder in the set speaks."""


def pronoun_opens(toks: Sequence[Tok], q: int) -> bool:
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


def find_attribution(
    toks: Sequence[Tok],
    q: int,
    resolver: Resolver,
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
    if q >= 2 and toks[q - 1].low in ("of", "reading") and toks[q - 2].low in _CROWD_NOUNS:
        # 'whistles and chants of "Go home, Marjorie!"', 'a sign reading "..."': a crowd's
        # words, or a placard's, not the person just named
        return "", "other", True
    if (
        q >= 1
        and q + 1 < len(toks)
        and toks[q + 1].low in _UTTERANCE_NOUNS
        and toks[q - 1].is_cap
        and (owner := possessive(toks[q - 1].text)) is not None
    ):
        # 'Floyd's "I can't breathe" cries echoed around the world': the owner's words
        return (*resolver.resolve(Subject("name", (owner,), q - 1), toks, at), True)
    signed = _dash_signature(toks, q)
    if signed is not None:
        return (*resolver.resolve(signed, toks[signed.start :], at), True)
    tagged = _verb_tag_after(toks, q)
    if tagged is not None:
        return (*resolver.resolve(tagged, toks[tagged.start :], at), True)
    if verbs is None:
        verbs = reporting_verb_indexes(toks)
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
            if (
                speaker
                and (kind == "org" or opener.words[0].isupper())
                and any(t.low in _POSTING for t in toks[:q])
            ):
                # 'ISRO, in a post on X, personified the spacecraft: "..."': the body
                # whose post it is (not "Minutes before leaving, the Republican fired
                # off a post:")
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
            s = np_forward(toks, lo, hi)
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
    agent = passive_agent(toks, q, lo)
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
            if toks[v].low.endswith("ing") and v > 1 and toks[v - 1].low in PARTICIPLE_ADVERBS:
                # "Ms Sturgeon did not mention the row, instead saying that": the main
                # clause's subject, opening it
                lo_main = _clause_start(toks, quotes, v)
                main = np_forward(toks, lo_main, v)
                if main is not None and main.start == lo_main and main.kind == "name":
                    participle = participle or main
            continue
        if toks[v].low.endswith("ing") and v > 0 and toks[v - 1].text == ",":
            # "..., claiming that": the main clause's subject, if a verb there has one
            participle = participle or s
            continue
        if s.kind == "pronoun" and pronoun_hit is None:
            fronted = fronted_antecedent(toks, s.start)
            if fronted is not None:
                # "Although Powell did not rule it out, he stressed ...": the name
                # opening the sentence, not the last speaker
                speaker, kind = resolver.resolve(fronted, toks[:q], at)
                if resolver.fits(speaker, kind, s.words[0]):
                    return speaker, kind, True
            if s.start > 1 and toks[s.start - 1].low in _GOVERNED_CLAUSE_OPENERS:
                # "Barr on Thursday laid out what he said was ...", "Trump congratulated
                # Milei on his platform, when he said:": a he/she in a clause the
                # sentence's subject governs is that subject
                lo_main = _clause_start(toks, quotes, s.start)
                for main in _main_subjects(toks, lo_main, s.start - 1):
                    honorific = main.words[0].casefold().rstrip(".")
                    if (s.words[0] == "he" and honorific in ("ms", "mrs", "miss")) or (
                        s.words[0] == "she" and honorific == "mr"
                    ):
                        continue  # "Ms Merkel thanked Mr Macron, while he said": not her
                    speaker, kind = resolver.resolve(main, toks[:q], at)
                    if resolver.fits(speaker, kind, s.words[0]):
                        return speaker, kind, True
            # the pronoun's antecedent is named before the pronoun, not before the
            # quotation ('"...," he said, describing Notre Dame as "..."')
            pronoun_hit = resolver.resolve(s, toks[v:q], at - (toks[q].start - toks[s.start].start))
            continue
        if s.kind == "pronoun":
            continue
        if toks[v].low == "according" and pronoun_hit is not None:
            # "According to El País, he said ...: "...": the paper is the source, the
            # one who said it is the he/she of the nearer verb
            return (*pronoun_hit, True)
        found = resolver.resolve(s, toks[v:q], at)
        if pronoun_hit is not None and pronoun_hit[1] == "person" and found[1] == "org":
            # "Abe's government said this week ... and on Saturday he told the IOC:": the
            # he/she of the nearer verb is no body named further back
            return (*pronoun_hit, True)
        if (
            not found[0]
            and s.kind == "nominal"
            and pronoun_hit is None
            and not voice_noun(s.words[-1].casefold())
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
            s = np_forward(toks, lo, q)
            if s is not None and s.start == lo and s.kind in ("name", "pronoun"):
                return (*resolver.resolve(s, toks[:q], at), True)
        s = subject_at(v, first)
        if s is None and toks[v - 1].low in ("and", "but"):
            # 'Peter Fankhauser apologised to "millions of customers" and called it':
            # the subject of the verbs the "and" coordinates
            s = sentence_subject(toks, 0, q)
        if s is not None and any(
            toks[k].low in CONCESSIVES and toks[k - 1].text == "," for k in range(first, s.start)
        ):
            # 'sentenced for endangering the "life and health" of officers, though Reed
            # and his family have denied the charges': a clause of its own, whose
            # subject answers the words rather than saying them: no one named says them
            return "", "other", True
        if s is not None:
            return (*resolver.resolve(s, toks[first:], at), True)
    return UNSET, "other", True


def _contrast_subject(toks: Sequence[Tok], verb: int, q: int) -> Subject | None:
    """The name opening a ", while" / ", whereas" clause between the reporting verb at
    ``verb`` and the quotation at ``q``: 'Britain says it supports the strike, while
    Russian President Vladimir Putin views it as an "aggression"' is Putin's word."""
    for k in range(q - 1, verb, -1):
        if toks[k].low in ("while", "whereas") and k > 0 and toks[k - 1].text == ",":
            s = np_forward(toks, k + 1, q)
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
    return np_forward(toks, citing + 1, v - 1)


def _has_subject(s: Subject | None) -> bool:
    """A subject worth the name: a name, a pronoun or a determined noun phrase
    (not the stray words before "When asked about the plant, ...")."""
    return s is not None and (
        s.kind in ("name", "pronoun") or s.words[0].casefold() in ("the", "a", "an")
    )


_SUBORDINATORS = wordset("although though while after before when as since because if once")


_GOVERNED_CLAUSE_OPENERS = wordset("what that which when while as")


def fronted_antecedent(toks: Sequence[Tok], p: int) -> Subject | None:
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
    end = cap_sequence_after(toks, 1)
    if end >= p - 1 or toks[end].kind != "word" or toks[end].is_cap:
        return None  # the name must be the clause's subject, a verb after it
    brk = next((k for k in range(end, p) if toks[k].text in (",", "—", "–", "-")), p)
    if toks[brk].text == ",":
        return Subject("name", name_words(toks, 1, end), 1) if brk == p - 1 else None
    # a dash aside: it must close right before the pronoun
    if brk < p - 1 and toks[p - 1].text in ("—", "–", "-"):
        return Subject("name", name_words(toks, 1, end), 1)
    return None


def _opening_subject(toks: Sequence[Tok], p: int) -> Subject | None:
    """The name opening the sentence as its subject when no other name comes before the
    he/she at ``p``: "Shalit learned a week ago that he was going to be released,
    though he "felt it for the last month," he told" is Shalit."""
    if not toks[0].is_cap or toks[0].low in NON_NAMES or toks[0].low in SENTENCE_OPENERS:
        return None
    end = cap_sequence_after(toks, 0)
    if possessive(toks[end - 1].text) is not None:
        # "Park's lawyer, Seo Seok-gu, called ... what he called": the one set off
        return opening_apposition(toks, 0, p)
    if end >= p or toks[end].kind != "word" or toks[end].is_cap:
        return None  # a verb must follow the name
    if any(t.is_cap and t.low not in NON_NAMES for t in toks[end:p]):
        return None  # another name could be the antecedent
    return Subject("name", name_words(toks, 0, end), 0)


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
        if (
            start >= hi
            or not toks[start].is_cap
            or (toks[start].low in NON_NAMES and toks[start].low not in HONORIFICS)
        ):
            continue  # (but "Mr Trump congratulated Mr Milei ..., when he said")
        if start == lo and toks[start].low.endswith("ing"):
            continue  # "Departing Downing Street shortly before, Truss wished": a participle
        end = cap_sequence_after(toks, start)
        relative = end + 1 < hi and toks[end].text == "," and toks[end + 1].low == "who"
        if end < hi and (relative or (toks[end].kind == "word" and not toks[end].is_cap)):
            found.append(Subject("name", name_words(toks, start, end), start))
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
        and (toks[start].low in ASIDES or toks[start].low in LEADING_ADVERBS)
    ):
        return start + 2  # "However, Numan Kurtulmus, Turkey's deputy prime minister, said"
    return start


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
        j = cap_sequence_after(toks, i)
        subject = Subject("name", name_words(toks, i, j), i)
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
    end = cap_sequence_after(toks, dash + 1)
    if end < len(toks) and toks[end].text not in (",", ".", ")", ";"):
        return None
    return Subject("name", name_words(toks, dash + 1, end), dash + 1)


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
        end = cap_sequence_after(toks, start)
        if end - start > 7 or toks[start].low in NON_NAMES or toks[start].low in _QUESTION_WORDS:
            return None  # (not "'Invalid, null and void': Why Kenya's court threw out ...")
        if possessive(toks[end - 1].text) is not None:
            return None  # "...: Kenya's Supreme Court annuls vote": whose court, not who spoke
        if (
            end + 1 < len(toks)
            and toks[end].kind == "word"
            and toks[end].text.islower()
            and toks[end + 1].is_cap
        ):
            # "'You went looking for trouble': Killer of Leeds student Jacob Thorne
            # jailed": a description of someone, then the name: no label naming who spoke
            return None
    else:
        # (after a bullet; and with no colon: "• Sen. John McCain 'disappointed' in
        # firing", "Trump 'frustrated and angered'")
        start = _after_time_stamp(toks)
        if len(toks) > start and toks[start].kind == "punct" and toks[start].text in "•*-–—":
            start += 1
        if len(toks) <= start or not toks[start].is_cap or toks[start].low in NON_NAMES:
            return None
        end = cap_sequence_after(toks, start)
        if end - start > 7 or end > q or (end < q and toks[end].text != ":"):
            return None
    words = name_words(toks, start, end)
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
    and no reporting verb: a pronoun or a name opening it (a phrase set off after it,
    maybe), then a lower-case word ("Bell was blunt:", "He had a warning:")."""
    if q < 3 or toks[q - 1].text != ":" or any(t.kind == "quote" for t in toks[:q]):
        return None
    first = toks[0]
    if first.low in ("he", "she"):
        return Subject("pronoun", (first.low,), 0)
    if not first.is_cap or first.low in NON_NAMES:
        return None
    end = cap_sequence_after(toks, 0)
    after = end
    if after < q - 1 and toks[after].text == ",":
        # "ISRO, in a post on X, personified the spacecraft:": a phrase set off first
        after = next((k + 1 for k in range(after + 1, q - 1) if toks[k].text == ","), q)
    if after >= q - 1 or toks[after].kind != "word" or toks[after].is_cap:
        return None
    return Subject("name", name_words(toks, 0, end), 0)


def _known_person(names: NameIndex, name: str) -> bool:
    """Whether the text titles ``name`` somewhere, or the set gives them a gender."""
    return bool(names.roles_of(name, len(names.text))) or bool(gender_of(names.genders, name))


def _named_again(text: str, surname: str) -> bool:
    """Whether ``surname`` occurs as a word in ``text`` other than as a label before a
    colon ("Lee", not "Leeds"; not a headline's "Spain Rail Crash:" printed twice)."""
    found = re.finditer(r"\b" + re.escape(surname) + r"\b(?!\s*:)", text)
    return next(found, None) is not None
