"""The subject of a reporting verb: the noun phrase that says who spoke.

:func:`subject_before` reads the words before a verb (``UK Defence Secretary
Michael Fallon said``, ``the ministry's spokesman told``, ``a statement released
by the FA said``) and :func:`subject_after` the words after one (``said John
Smith, the party leader``); both give a :class:`Subject` that the resolver turns
into a speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from articles.speakers.names import (
    GIVEN_NAME_MONTHS,
    INITIALISM_RE,
    MEMBER_TITLES,
    NOT_NAME_WORDS,
    PARTY_TAG_WORD_RE,
    ROLES_AND_TITLES,
    cap_sequence_after,
    cap_sequence_before,
    name_words,
    split_title,
    title_stop,
)
from articles.speakers.tokens import Tok, looks_national, possessive
from articles.speech_lexicon import (
    COMPANY_NOUNS,
    CONNECTORS,
    EPITHETS,
    GROUP_NOUNS,
    HONORIFICS,
    NATION_ALIASES,
    NON_NAMES,
    ORG_HEADS,
    PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SENTENCE_OPENERS,
    SKIP_BEFORE_VERB,
    STATEMENT_NOUNS,
    TIME_WORDS,
    TITLES,
    wordset,
)

# --------------------------------------------------------------------------- subjects


@dataclass(frozen=True, slots=True)
class Subject:
    """What a reporting verb's subject is, before resolution."""

    kind: str  # name | pronoun | nominal | unknown
    words: tuple[str, ...]
    start: int
    """Token index where the subject starts (for "right after the quote" checks)."""


def is_modifier(toks: Sequence[Tok], i: int, j: int) -> bool:
    """A lone national word before a common noun (``US officials``): not a name
    (an acronym before a verb is one: "The FA issued a statement")."""
    return (
        j - i == 1
        and looks_national(toks[i].text)
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


def np_forward(toks: Sequence[Tok], lo: int, hi: int) -> Subject | None:
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
            if i + 1 < hi and toks[i].low in ASIDES and toks[i + 1].text == ",":
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
        if toks[k].low == "of" and any(AGE_RE.fullmatch(t.low) for t in toks[i:k]):
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
            toks[k].low not in NON_NAMES or (k + 1 < hi and title_stop(toks, k + 1))
        ):
            j = cap_sequence_after(toks, k)
            if possessive(toks[j - 1].text) is not None or is_modifier(toks, k, j):
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
                if (
                    toks[r].low not in ROLE_NOUNS
                    and toks[r].low not in _RANKING_WORDS
                    and toks[r].low not in _FORMER_WORDS
                ):
                    break
                r += 1
            if r > j and r < hi and toks[r].is_cap and toks[r].low not in NON_NAMES:
                k = r  # "Former Tottenham manager Harry Redknapp": a body, a role, the name
                continue
            if (
                k == i + 1
                and j < hi
                and (
                    (toks[i].low == "the" and toks[j].low in EPITHETS)
                    or (
                        toks[i].low in ("a", "an", "one")
                        and (
                            toks[j].low in BODY_STAFF
                            or toks[j].low in ORG_VOICES
                            or toks[j].low in ROLE_NOUNS
                        )
                    )
                )
                and toks[j].text.islower()
                and (j + 1 == hi or toks[j + 1].kind != "word")
            ):
                # "The Aston Villa star, who ...": the player; "A Twitter employee, who
                # asked not to be named, ...": an unnamed employee, not Twitter
                return _nominal(toks, i, j)
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
                seat = cap_sequence_after(toks, j + 1)
                if toks[seat - 1].text in MEMBER_TITLES:
                    j = seat  # "The Esher and Walton MP": a seat of two places, and its member
                elif not any(toks[x].low in TITLES for x in range(k, j)):
                    # "Additional District and Sessions Judge Humayun Dilawar": a
                    # title joined by "and", then the name
                    titled = _titled_name_after(toks, j + 1, hi)
                    if titled is not None:
                        return titled
            return Subject("name", name_words(toks, k, j), i)
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
        end = min(cap_sequence_after(toks, k + 2), hi)
        if end == hi or toks[end].text == ",":
            return Subject("name", name_words(toks, k + 2, end), k + 2)
    return _nominal(toks, i, min(k, hi) - 1) if k > i else None


_ASSOCIATES = wordset(
    """
    supporter supporters follower followers fan fans friend friends relative relatives
    neighbour neighbor neighbours neighbors colleague colleagues classmate classmates
    admirer admirers critic critics ally allies acquaintance cousin
    """
)
"""People described by whom they are close to ("a supporter of X"): not X."""
_FORMER_WORDS = wordset("former ex then acting outgoing")
"""Words before a title ("Republican former President Donald Trump")."""
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
    outside near behind beside beyond across around within among between through
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
ASIDES = wordset("however meanwhile though nevertheless still instead moreover")
"""Adverbs set off by commas after an opening phrase ("In March, however, Lee said")."""


_NOT_DESCRIPTIONS = wordset(
    """
    the a an that this these those in on at to of for from with by after before when while as
    during about against into over under last then later earlier also yesterday today and or but
    """
)
"""Words that start a phrase of place, time or clause, not a description of a person."""
NOT_QUALIFIERS = wordset(
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


ISO_DATE_BEFORE_RE = re.compile(r"\d{4}-\d{2}-\d{2}\s+$")
"""A date stamp right before a sentence ("2020-03-05 Beleaguered Flybe collapsed")."""
BUSINESS_NOUN_BEFORE_RE = re.compile(
    rf"\b[a-z]+\s+(?:{'|'.join(sorted(COMPANY_NOUNS | {'agency', 'bureau'}))})\s+$"
)
"""A lower-case business noun right before a name ("credit reporting agency Equifax")."""
NAME_AFTER_RE = re.compile(r"[ \u00a0]+([A-Z][\w&'’\-]*(?:[ \u00a0]+[A-Z][\w&'’\-]*){0,3})")
"""A capitalised name right after a position (a noun's appositive: "company Equifax")."""
SET_OFF_NAME_AFTER_RE = re.compile(
    r",[ \u00a0]+([A-Z][\w&'’\-]*(?:[ \u00a0]+[A-Z][\w&'’\-]*){0,3})(?=[ \u00a0]*[(,])"
)
"""A name set off after a noun, closed by a comma or its initialism ("Khan's political
party, Pakistan Tehreek-e-Insaf (PTI), said")."""


@lru_cache(maxsize=256)
def org_phrase_re(head: str) -> re.Pattern[str]:
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


PLURAL_PEOPLE = wordset(
    "officials men women leaders ministers presidents spokesmen sides politicians officers"
)
"""What a pair of people is called ("the two officials", "both leaders")."""


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last ". " or line break
    before it, looking back 2,000 characters at most (keeps long texts linear)."""
    lo = max(0, at - 2000)
    ends = [text.rfind(". ", lo, at), text.rfind("\n", lo, at), lo - 1]
    for closed in _CLOSED_ENDS:
        # a sentence that ends inside its quotation ('... in Morocco." He said')
        found = text.rfind(closed, lo, at)
        if found >= 0:
            ends.append(found + len(closed) - 2)
    return max(ends) + 1


_CLOSED_ENDS = ('." ', ".\u201d ", ".' ", ".\u2019 ", '?" ', "?\u201d ", '!" ', "!\u201d ")


SENTENCE_END_RE = re.compile(r"[.!?][\"'”’]*\s+")


SIMPLE_WORD_RE = re.compile(r"[a-z]+")
PERFORMERS = wordset(
    "singer actor actress rapper musician artist comedian presenter author novelist dancer"
)
"""What a story calls the performer it is about ("the singer's representative")."""
ORG_VOICES = frozenset({"spokesperson", "spokesman", "spokeswoman", "source", "sources"})
"""Unnamed people through whom a named organisation speaks."""
PERSONAL_VOICES = wordset(
    """
    spokesperson spokesman spokeswoman spokespeople representative representatives
    publicist lawyer lawyers attorney attorneys
    """
)
"""Unnamed people who speak for a person ("Theresa May's spokesman", "her representatives")."""
POSSESSIVE_END_RE = re.compile(r"['’]s?$")
AND_NAME_RE = re.compile(r" and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*")
GENERIC_BODIES = wordset("organization organisation group body regulator watchdog agency")
SCHOOL_HEADS = wordset("school college university academy")
ACCOUNT_NOUNS = wordset("account feed handle page channel website")
"""Where a person or body posts ("Bazoum's official account tweeted"): its owner speaks."""
BASED_RE = re.compile(r"[A-Z][\w'’.-]*-based")
"""A place-based modifier ("the Atlanta-based company"): description, not a name."""
WHICH_NAMED_RE = re.compile(
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
DOCUMENT_ISSUER_RE = re.compile(
    r"\b(?:report|study|survey|assessment|review|analysis)\b[^.;\n]{0,60}"
    r"\b(?:released|published|issued|written|compiled|produced|commissioned)\s+"
    r"(?:[\w ]{0,20}\s)?(?:by|from)\s+(?:the\s+)?(?:[\w.]+['’]s\s+)?$"
)
"""A document then its issuer: "a climate report released Monday by the U.N.'s"."""
OWNED_DOCUMENT_RE = re.compile(
    r"(?: ?\([A-Z.]{2,12}\))?(?:['’]s (?:[\w-]+ ){0,3}?| (?:[A-Z][\w-]* ){0,3})"
    r"(?i:report|study|survey|assessment|review|analysis)\b"
)
"""The issuer then its document: "(IPCC)'s Sixth Assessment Report", "'s latest report"."""
ON_TAIL_RE = re.compile(r" on(?: [A-Z][\w-]+)+")
REPORT_NOUNS = wordset("report study survey assessment review analysis")
"""Documents that speak for whoever owns them ("the UN's latest report")."""
TEXT_VOICES = wordset("text document")
"""What a statement is also called once it is named ('"...," the text read')."""
THING_VOICES = wordset("probe lander rover spacecraft satellite robot")
"""Things a story names that speak through their operators' accounts ("The probe tweets")."""


@lru_cache(maxsize=64)
def thing_name_re(head: str) -> re.Pattern[str]:
    """A capitalised name before ``head``, perhaps with one lower-case word between
    ("Philae comet probe", "Curiosity rover")."""
    return re.compile(
        r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*) (?:[a-z]+ )?" + re.escape(head) + r"\b"
    )


BODY_STAFF = wordset(
    """
    official officials scientist scientists researcher researchers engineer engineers
    executive executives officer officers representative representatives trader traders
    """
)
"""Unnamed people of a named body through whom it speaks ("a NASA scientist said")."""
GROUP_VOICES = wordset("leaders members officials representatives organizers organisers")
"""People through whom a named body speaks ("said leaders from Women's March")."""
PUBLICATION_PARTS = wordset("page headline editorial cover")
"""Parts of a publication through which it speaks ("screamed the front page of the Sun")."""


def _shared_auxiliary_subject(toks: Sequence[Tok], i: int, v: int, lo: int) -> Subject | None:
    """The subject of an embedded clause whose verb the reporting verb at ``v`` is
    coordinated with by "and" at ``i`` and a repeated auxiliary ("Trump had attacked
    Bragg and had warned"), when a name or pronoun stands right before the first one."""
    aux = next((toks[k].low for k in range(i + 1, v) if toks[k].low in _AUXILIARIES), None)
    if aux is None:
        return None
    first = next((k for k in range(i - 1, lo, -1) if toks[k].low == aux), None)
    if first is None or first - 1 < lo:
        return None
    before = toks[first - 1]
    if before.low in PRONOUNS:
        return Subject("pronoun", (before.low,), first - 1)
    if not before.is_cap or before.low in NON_NAMES:
        return None
    start = cap_sequence_before(toks, first - 1, lo)
    if start == lo:
        return None  # the sentence's own subject: the general rule finds it
    return Subject("name", name_words(toks, start, first), start)


def _first_conjunct(toks: Sequence[Tok], j: int, lo: int) -> Subject | None:
    """The first of two people the clause names as one subject: "Nick Clegg, Meta's
    president of global affairs, and Chief Legal Officer Jennifer Newstead said" is
    Clegg's statement as much as Newstead's, and the first named leads it."""
    k = j - 1
    while k >= lo and toks[k].kind == "word" and toks[k].text.islower() and toks[k].low != "and":
        k -= 1  # ("and chief legal officer Jennifer Newstead")
    if k - 1 < lo or toks[k].low != "and" or toks[k - 1].text != ",":
        return None
    first = np_forward(toks, lo, k)
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
                if (
                    a - 2 >= lo
                    and toks[a - 1].text == ","
                    and toks[a - 2].is_cap
                    and toks[a - 2].low not in NON_NAMES
                ):
                    # '"...," Narongsak Osottanakorn, the former provincial governor who
                    # headed the operation, told reporters': the name the phrase describes
                    first = cap_sequence_before(toks, a - 2, lo)
                    if a - 1 - first >= 2:
                        return Subject("name", name_words(toks, first, a - 1), first)
                return _nominal(toks, a, noun)
            if toks[a].kind != "word" or toks[a].is_cap:
                break
        return None
    return None


def subject_before(toks: Sequence[Tok], v: int, lo: int) -> Subject | None:
    """The subject of the reporting verb at ``v``, looking back no further than ``lo``:
    the noun phrase :func:`_subject_before` finds, corrected where it names a place or a
    body for someone unnamed in or of it."""
    found = _subject_before(toks, v, lo)
    if found is not None and found.kind == "nominal":
        at_place = _person_at_place(toks, found, lo)
        if at_place is not None:
            return at_place
    if toks[v].low.endswith("ing") and (found is None or found.kind == "nominal"):
        participle = _relative_clause_participle(toks, v, lo)
        if participle is not None:
            return participle
    if found is None or found.kind != "name":
        return found
    return (
        _unnamed_member(toks, found, v, lo)
        or _one_of_group(toks, found, v)
        or _resident_of_place(toks, found, v, lo)
        or found
    )


_INDEFINITES = ("a", "an", "one", "another")


def _person_at_place(toks: Sequence[Tok], found: Subject, lo: int) -> Subject | None:
    """ "a doctor at the hospital told": the doctor, not the hospital (but "one official
    at the joint command centre" speaks for it)."""
    noun = found.start - 2
    if not (
        noun >= lo
        and toks[found.start].low in ("the", "a", "an")
        and toks[found.start - 1].low in ("at", "in", "from", "of", "with", "near", "outside")
        and _person_noun(toks[noun].low)
        and toks[noun].low not in BODY_STAFF
        and toks[noun].low not in ORG_VOICES
        and not _person_noun(found.words[-1].casefold())
    ):
        return None
    det = next(
        (
            k
            for k in range(noun, max(lo - 1, noun - 4), -1)
            if toks[k].low in (*_INDEFINITES, "the")
        ),
        None,
    )
    return _nominal(toks, det, noun) if det is not None else None


def _relative_clause_participle(toks: Sequence[Tok], v: int, lo: int) -> Subject | None:
    """ "Mr Johnson, who won an 80-seat majority in 2019 promising to": the participle at
    ``v`` goes with the relative clause's subject, not the verb's object."""
    for k in range(v - 1, max(lo, v - 16), -1):
        if toks[k].kind != "word":
            return None
        if toks[k].low == "who" and k - 2 >= lo and toks[k - 1].text == "," and toks[k - 2].is_cap:
            first = cap_sequence_before(toks, k - 2, lo)
            return Subject("name", name_words(toks, first, k - 1), first)
    return None


def _unnamed_member(toks: Sequence[Tok], found: Subject, v: int, lo: int) -> Subject | None:
    """ "One senior Conservative MP told", "A Labour MP said": someone unnamed the party
    or place describes, not the member the story names."""
    if found.words[-1].casefold() not in ROLE_NOUNS and found.words[-1] not in MEMBER_TITLES:
        return None
    det = found.start - 1
    while (
        det >= lo
        and toks[det].kind == "word"
        and toks[det].text.islower()
        and toks[det].low not in _INDEFINITES
    ):
        det -= 1
    if det < lo or toks[det].low not in _INDEFINITES or found.start - det > 3:
        return None
    last = found.start + len(found.words) - 1
    return _nominal(toks, det, last) if last < v and toks[last].text == found.words[-1] else None


def _one_of_group(toks: Sequence[Tok], found: Subject, v: int) -> Subject | None:
    """ "One of the divers, who spoke on condition of anonymity, described": one of a
    group, unnamed (not someone called "One")."""
    if (
        found.words == ("One",)
        and found.start + 3 < v
        and toks[found.start + 1].low == "of"
        and toks[found.start + 2].low in ("the", "his", "her", "their", "its")
    ):
        return _nominal(toks, found.start, found.start + 3)
    return None


def _resident_of_place(toks: Sequence[Tok], found: Subject, v: int, lo: int) -> Subject | None:
    """ "A woman in Kahramanmaras, close to the epicentre, told", "A resident of Jandaris,
    who asked not to be named, described": the place is where someone unnamed is, set off
    from the verb by a description; they speak, not the place."""
    # (a subject's start may be its phrase's: "A woman in Kahramanmaras" starts at "A")
    at = next((k for k in range(found.start, v) if toks[k].text == found.words[0]), None)
    if at is None or at - 1 <= lo or toks[at - 1].low not in _RESIDENT_PREPOSITIONS:
        return None
    return _unnamed_in_place(toks, at, lo, residents=True)


def _subject_before(toks: Sequence[Tok], v: int, lo: int) -> Subject | None:
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
        elif low == "to" and i - 2 >= lo and toks[i - 1].is_cap:
            # "..., prompting Cullen to accuse him of": the one prompted speaks
            start = cap_sequence_before(toks, i - 1, lo)
            if start - 1 >= lo and toks[start - 1].low in _CAUSATIVES:
                return Subject("name", name_words(toks, start, i), start)
            break
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
        and toks[i].low in PARTICIPLE_ADVERBS
        and i - 1 >= lo
        and toks[i - 1].text == ","
    ):
        return None  # "the row, instead saying": no subject of its own (the main clause's)
    if toks[i].text == "." and i - 1 >= lo and toks[i - 1].low in ("jr", "sr"):
        i -= 1  # "Martin Luther King Jr. said"
    k = i - 1 if toks[i].text == "." else i
    if k - 2 >= lo and PARTY_TAG_WORD_RE.fullmatch(toks[k].text) and toks[k - 1].text == ",":
        i = k - 2  # "Sen. Ron Wyden, D-Ore. said": the party and state tag the name
    t = toks[i]
    relative = _relative_clause_subject(toks, i, lo)
    if relative is not None:
        return relative
    if t.text == "WHO" and not toks[v].text.isupper():
        # "The WHO said": the World Health Organization, not a relative "who"
        # (unless the sentence is in capitals, as a shouted headline may be)
        return Subject("name", (t.text,), i)
    if t.low in ("and", "but") and i > lo and (shared := _shared_auxiliary_subject(toks, i, v, lo)):
        # "Conroy told the judge that Trump had attacked Bragg online and had warned
        # of ...": the verb coordinated by its repeated "had" is the inner clause's
        return shared
    if t.low in ("and", "but") and i > lo:
        # "Stuart Varney appeared on Fox and said": the sentence's subject;
        # "Weinstein's attorney, Donna Rotunno, spoke ... and declared": the name
        # set off after the description opening the sentence
        opener = sentence_subject(toks, lo, i) or opening_apposition(toks, lo, i)
        if opener is not None:
            return opener
    if t.text in (",", "—", "–", "-"):
        # (a typed dash, "--", is two hyphens: "Trump -- a frequent critic -- called";
        # a hyphen standing alone is one: "Salim Jreissati - affiliated to the FPM - tweeted")
        named = _apposed_name(toks, i, lo)
        if named is None:
            # "Spain's prime minister, Mariano Rajoy, a native of Santiago, said": the
            # name set off before a description that is set off too
            opening = next(
                (k for k in range(i - 1, max(lo, i - 12) - 1, -1) if toks[k].text == ","), None
            )
            if (
                opening is not None
                and opening + 1 < i
                and (
                    toks[opening + 1].low in ("a", "an", "the")
                    # "Another mourner, Londoner Peter Allen, 58, said": the age
                    or (opening + 2 == i and _AGE_NUMBER_RE.fullmatch(toks[opening + 1].text))
                    # "Another British visitor, Sarah Kemp, from Bristol, said": where
                    # the person is from, set off after the name
                    or (
                        toks[opening + 1].low in ("from", "of")
                        and opening + 2 < i
                        and all(x.is_cap for x in toks[opening + 2 : i])
                    )
                )
            ):
                named = _apposed_name(toks, opening, lo)
        if named is not None:
            return named
        if toks[v].low.endswith("ing"):
            # "with former chancellor George Osborne, chairman of trustees, saying":
            # the name after "with" is the participle's subject
            with_at = next((k for k in range(i - 1, lo - 1, -1) if toks[k].low == "with"), None)
            if with_at is not None:
                after_with = np_forward(toks, with_at + 1, i)
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
        if toks[lo].low in _SUBORDINATORS:
            # "When Prigozhin left the city, crowds surrounded his car, chanting": the
            # main clause after the subordinate one
            start = next((k + 1 for k in range(lo + 1, i) if toks[k].text == ","), lo)
        for k in range(start + 1, i):
            if toks[k - 1].text == "," and (
                toks[k].low in CONCESSIVES
                # "She refused, and Perry followed through ..., saying"
                or (toks[k].low == "and" and k + 1 < i and toks[k + 1].is_cap)
            ):
                start = k + 1
        return np_forward(toks, start, i)
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
        return Subject("name", name_words(toks, j, i - 1), j)
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
        opener = np_forward(toks, lo, i - 1)
        if opener is not None and opener.words[0].casefold() in ("the", "a", "an"):
            return opener
    if t.low in ("when", "while", "by") and toks[v].low.endswith("ing") and i > lo:
        # "Trump appeared to go off script when asking the "obstructionists"": the
        # participle's subject is the main clause's
        return np_forward(toks, lo, i)
    if t.low in ("that", "which") and i - 1 > lo and toks[i - 1].low in DOCUMENTS:
        # "OceanGate, who owned the submersible, issued a statement that says": the
        # issuer opening the clause
        opener = np_forward(toks, lo, i - 1)
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
        if (
            j - 2 >= lo
            and toks[j - 1].low in _PLACE_PREPOSITIONS
            and toks[j - 2].kind == "word"
            and toks[j - 2].low.endswith("s")
            and toks[j - 2].low in GROUP_NOUNS | BODY_STAFF
        ):
            # "Officials in Santiago de Compostela said": the officials, not the place
            return _nominal(toks, j - 2, j - 2)
        unnamed = _unnamed_in_place(toks, j, lo)
        if unnamed is not None:
            return unnamed
        coordinated = _first_conjunct(toks, j, lo)
        if coordinated is not None:
            return coordinated
        if (
            i == j
            and j - 2 >= lo
            and toks[j - 1].low in KIN_NOUNS
            and toks[j - 2].is_cap
            and (owner := possessive(toks[j - 2].text)) is not None
        ):
            # "Shahzada Dawood's sister Azmeh told NBC": Azmeh Dawood
            return Subject("name", (t.text, owner.split()[-1]), j)
        if (
            j - 1 >= lo
            and toks[j - 1].low in ("former", "ex")
            and all(x.low in ROLE_NOUNS for x in toks[j : i + 1])
        ):
            # "the former Foreign Secretary said": a former role, not its holder now
            start = j - 2 if j - 2 >= lo and toks[j - 2].low in _ARTICLES else j - 1
            return _nominal(toks, start, i)
        return (
            _voice_of_person(toks, j, i, lo)
            or _person_described(toks, j, lo)
            or _person_at(toks, j, lo)
            or _person_of_body(toks, j, lo)
            or _role_of_body(toks, j, lo)
            or _person_before_place(toks, j, lo)
            or _body_before_place(toks, j, lo)
            or _noun_before_preposition(toks, j, lo)
            or Subject("name", name_words(toks, j, i + 1), j)
        )
    # a lower-case noun phrase: back to its determiner
    j = i
    while j - 1 >= lo:
        prev = toks[j - 1]
        if prev.kind != "word":
            if prev.text == "." and j - 2 >= lo and INITIALISM_RE.fullmatch(toks[j - 2].text):
                j -= 1  # over an initialism's full stop: "the U.S. president said"
                continue
            break
        if prev.low in ("the", "a", "an") or possessive(prev.text):
            j -= 1
            if prev.is_cap and possessive(prev.text):
                # "the Manhattan District Attorney's office": the owner's whole name
                j = cap_sequence_before(toks, j, lo)
            elif possessive(prev.text) and prev.text.islower():
                # "The Bahamas attorney general's office": a title in lower case, and
                # the place whose it is
                while j - 1 >= lo and toks[j - 1].text.islower() and toks[j - 1].low in TITLES:
                    j -= 1
                if j - 1 >= lo and toks[j - 1].is_cap and toks[j - 1].low not in NON_NAMES:
                    j = cap_sequence_before(toks, j - 1, lo)
                if j - 1 >= lo and toks[j - 1].low == "the":
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
            prev.low in REPORTING_VERBS and not (prev.low == "state" and state_modifies(toks[j]))
        ):
            break
        j -= 1
    if toks[v].low.endswith("ing") and (
        aux := next((a for a in range(j, i + 1) if toks[a].low in _AUXILIARIES), None)
    ):
        # "Chris Todd has apologised to officers saying:": the participle goes with
        # the clause's subject, before its verb
        main = np_forward(toks, lo, aux)
        if main is not None and main.kind == "name":
            return main
    if (
        j - 2 > lo
        and toks[j - 1].low in ("in", "on", "at", "during", "after")
        and toks[j - 2].low == "and"
    ):
        # "Rajoy appeared in parliament and in a brief speech said": the sentence's
        # subject, past the phrase of setting
        opener = sentence_subject(toks, lo, j - 2) or opening_apposition(toks, lo, j - 2)
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
        # "Mr Massa of the ruling Peronist party had conceded": the person of the body
        or (_person_of_the(toks, j, lo) if toks[j].low == "the" else None)
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
    return Subject("name", name_words(toks, first, last + 1), first)


def _name_before_description(toks: Sequence[Tok], i: int, lo: int) -> Subject | None:
    """The name set off before a description that ends at the verb: '"...", Narongsak
    Osottanakorn, the head of the rescue mission said' is Narongsak speaking."""
    k = i
    # (a capitalised word inside, after a preposition or another capital: "Peter
    # Horby, a professor at University of Oxford and a chief author of the study said")
    while (
        k >= lo
        and i - k < 16
        and toks[k].kind == "word"
        and (not toks[k].is_cap or _inside_description(toks, k, lo))
    ):
        k -= 1
    span = toks[k + 1 : i + 1]
    if k - 1 < lo or toks[k].text != "," or not span or span[0].low not in _ARTICLES:
        return None
    if not any(t.low in ROLE_NOUNS for t in span):
        return None
    return _person_before_comma(toks, k, lo)


_PLACE_PREPOSITIONS = wordset("in near outside across around")
_RESIDENT_PREPOSITIONS = _PLACE_PREPOSITIONS | {"from", "of"}
"""Where someone unnamed is in, near, from or of ("a resident of Jandaris")."""


def _inside_description(toks: Sequence[Tok], k: int, lo: int) -> bool:
    """Whether the capitalised word at ``k`` is part of a place or body a description
    names ("at University of Oxford"), not the name the description is set after."""
    j = k - 1
    while j >= lo and toks[j].is_cap and k - j < 5:
        j -= 1
    if j - 1 >= lo and toks[j].low == "the":
        j -= 1  # "a professor at the University of Oxford"
    return j >= lo and toks[j].low in ("at", "of", "for", "in", "from", "with")


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
        and (not toks[k].is_cap or toks[k].text.isupper() or looks_national(toks[k].text))
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
    if toks[m + 1].low not in _ARTICLES and toks[k - 1].low not in ROLES_AND_TITLES:
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
    if toks[head].is_cap or singular not in ROLE_NOUNS or singular in ORG_VOICES:
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
                words += [toks[k].low, *name_words(toks, j, cap_sequence_after(toks, j))]
            return Subject("nominal", tuple(words), m)
    return None


def _person_before_comma(toks: Sequence[Tok], comma: int, lo: int) -> Subject | None:
    """A person's full name (two words or more, no organisation word) ending just
    before the comma at ``comma``, or None."""
    last = comma - 1
    if last < lo or not toks[last].is_cap or toks[last].low in NON_NAMES:
        return None
    first = cap_sequence_before(toks, last, lo)
    words = name_words(toks, first, last + 1)
    if len(words) < 2 or any(w.casefold() in ORG_HEADS for w in words):
        return None
    return Subject("name", words, first)


def _person_of_the(toks: Sequence[Tok], the: int, lo: int) -> Subject | None:
    """The person named before "of the" / "at the" and a lower-case body at ``the``:
    "Mr Massa of the ruling Peronist party", "Jane Roe at the local council"."""
    k = the - 1
    if k - 1 < lo or toks[k].low not in ("at", "from", "of") or not toks[k - 1].is_cap:
        return None
    start = _org_sequence_before(toks, k - 1, lo)
    words = name_words(toks, start, k)
    titled = start > lo and toks[start - 1].low in HONORIFICS
    if not words or any(w.casefold() in ORG_HEADS for w in words):
        return None
    if len(words) < 2 and not titled and words[0].casefold() not in HONORIFICS:
        return None
    return Subject("name", words, start)


_DESCRIBING_PREPOSITIONS = wordset("in near outside across around from of with")
"""Prepositions of the phrases describing someone unnamed ("in her 30s", "from Sapporo")."""


def _unnamed_in_place(
    toks: Sequence[Tok], j: int, lo: int, residents: bool = False
) -> Subject | None:
    """Someone unnamed, described, then the place (starting at ``j``) they are in or from:
    "a police official in Pokhara told", "A woman in her 30s from Sapporo told" (not the
    place; not "a spokesman from Airbus": a body's voice is the body's). With
    ``residents``, also "a resident of Jandaris" (someone of a place, not of a body)."""
    prepositions = _RESIDENT_PREPOSITIONS if residents else _PLACE_PREPOSITIONS | {"from"}
    if j - 3 >= lo and toks[j - 1].low in ("a", "an") and toks[j - 2].low in ("in", "with"):
        j -= 1  # "a man in a Floyd T-shirt told": what they wear, not where they are
        prepositions = prepositions | {"with"}
    if j - 2 < lo or toks[j - 1].low not in prepositions:
        return None
    article = None
    for k in range(j - 2, max(lo, j - 10) - 1, -1):
        t = toks[k]
        if t.low in _INDEFINITES:
            article = k
            break
        if t.kind != "word":
            return None  # (capitalised words may describe them: "one Credit Suisse employee")
    if article is None or article + 1 >= j - 1:
        return None
    head = article + 1
    while head + 1 < j - 1 and toks[head + 1].low not in _DESCRIBING_PREPOSITIONS:
        head += 1
    noun = toks[head].low
    if toks[j - 1].low in ("from", "of") and (
        not _person_noun(noun) or noun in ORG_VOICES or noun in BODY_STAFF
    ):
        return None
    if not voice_noun(noun):
        return None
    return _nominal(toks, article, head)


def _person_at(toks: Sequence[Tok], j: int, lo: int) -> Subject | None:
    """The person before "at"/"from"/"of" and the body starting at ``j``: "Tom Hoffman at
    NASA's Jet Propulsion Laboratory added" is Hoffman speaking, not the laboratory."""
    k = j - 1
    if k >= lo and toks[k].is_cap and possessive(toks[k].text) is not None:
        k = _org_sequence_before(toks, k, lo) - 1  # "at NASA's Jet Propulsion Laboratory"
    if k >= lo and toks[k].low == "the":
        k -= 1
    if k - 1 < lo or toks[k].low not in ("at", "from", "of") or not toks[k - 1].is_cap:
        return None
    end = k
    start = _org_sequence_before(toks, end - 1, lo)
    words = name_words(toks, start, end)
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
        return Subject("name", name_words(toks, k, body + 1), k)
    start = next(
        (k for k in range(body - 1, max(lo, body - 4) - 1, -1) if toks[k].low in _ARTICLES),
        body,
    )
    return _nominal(toks, start, body)


_OBJECT_PREPOSITIONS = wordset("behind near outside inside against over under beside with about")


_OWNED_VOICES = wordset(
    "office spokesman spokeswoman spokesperson spokespeople lawyer lawyers attorney attorneys "
    "representative representatives campaign team family"
)
"""What a possessive opens when it speaks for its owner ("Trudeau's Office said")."""


def _voice_of_person(toks: Sequence[Tok], j: int, i: int, lo: int) -> Subject | None:
    """Someone who speaks for the person named at ``j``..``i``: "Defense lawyers of
    Pistorius argued", "Lawyers for Pistorius argued" (not Pistorius, nor a body called
    "Lawyers for Pistorius")."""
    if i - j >= 2 and toks[j].low in PERSONAL_VOICES and toks[j + 1].low in ("for", "of"):
        return _nominal(toks, j, i)
    if (
        i == j
        and toks[j].low in _OWNED_VOICES
        and j - 1 >= lo
        and (owner := possessive(toks[j - 1].text)) is not None
        and owner.casefold() not in TITLES  # ("the Information Commissioner's Office")
    ):
        return _nominal(toks, j - 1, i)  # "Trudeau's Office said", capitalised
    if j - 2 < lo or toks[j - 1].low not in ("for", "of") or toks[j - 2].low not in PERSONAL_VOICES:
        return None
    start = j - 2
    while start - 1 >= lo and toks[start - 1].kind == "word" and start > j - 5:
        if toks[start - 1].low in ("the", "a", "an", "his", "her", "their"):
            start -= 1
            break
        if toks[start - 1].low in ("and", "but", "who", "that", "which") or toks[start - 1].low in (
            REPORTING_VERBS
        ):
            break
        start -= 1  # "Defense lawyers", "Pistorius's defence lawyers"
    return _nominal(toks, start, i)


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
            if inside and PARTY_TAG_WORD_RE.match(inside[0].text):
                return k  # "Nancy Pelosi (D-Calif.) called": her party and state
            return k if inside and all(t.kind == "word" for t in inside) else None
    return None


_CAUSATIVES = wordset(
    """
    prompting prompted leading led forcing forced causing caused spurring spurred
    driving drove pushing pushed moving
    """
)
"""Verbs whose object does what follows ("prompting Cullen to accuse")."""
_CATENATIVES = wordset(
    """
    appeared appears seemed seems went wanted wants tried tries refused refuses declined
    declines continued continues sought seeks hastened rushed moved used was were is are
    had has have would will
    """
)
"""Verbs before "to" and a reporting verb whose subject is the reporting verb's."""


def sentence_subject(toks: Sequence[Tok], lo: int, hi: int) -> Subject | None:
    """A person's name opening the sentence (``lo``) when the first verb-like
    word follows it directly, for a verb coordinated later with "and"."""
    k = lo
    if k + 2 < hi and toks[k].low in ("a", "an"):
        # "A sombre, almost penitent Rajoy appeared": an epithet before the name
        m = k + 1
        while m < hi and m - k <= 5 and (toks[m].text == "," or toks[m].text.islower()):
            m += 1
        if m > k + 1 and m < hi and toks[m].is_cap and toks[m - 1].text != ",":
            end = cap_sequence_after(toks, m)
            if end < hi and toks[end].kind == "word" and not toks[end].is_cap:
                return Subject("name", name_words(toks, m, end), m)
            return None
    if k < hi and toks[k].low.endswith("ing"):
        # "Departing Downing Street shortly before, Truss wished ... and said": the
        # name after the opening participle's phrase
        comma = next((c for c in range(k + 1, min(hi, k + 10)) if toks[c].text == ","), None)
        return sentence_subject(toks, comma + 1, hi) if comma is not None else None
    if k + 1 < hi and toks[k].low in LEADING_ADVERBS and toks[k + 1].text == ",":
        return sentence_subject(toks, k + 2, hi)  # "Meanwhile, chief executive Peter ..."
    while k < hi and k - lo < 3 and toks[k].text.islower() and toks[k].low in ROLE_NOUNS:
        k += 1  # "chief executive Peter Fankhauser apologised ... and called"
    if k < hi and toks[k].low in _INTRODUCERS and _short_setting_then_name(toks, k, hi):
        # "In a statement, Winterkorn took responsibility ... but said": the name
        # after the short opening phrase
        comma = next(c for c in range(k, hi) if toks[c].text == ",")
        return sentence_subject(toks, comma + 1, hi)
    if k >= hi or not toks[k].is_cap:
        return None
    if toks[k].low in NON_NAMES and not (
        # "Mr Biden did not comment ..., but said": a courtesy title before the name
        toks[k].low in _HONORIFICS
        and cap_sequence_after(toks, k) - k >= 2 + (k + 1 < hi and toks[k + 1].text == ".")
    ):
        return None
    end = cap_sequence_after(toks, k)
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
    words = name_words(toks, k, end)
    if toks[end].low == "and" and not any(w.casefold() in TITLES for w in words):
        # "Additional District and Sessions Judge Humayun Dilawar ruled": a title
        # joined by "and", then the name (not "Smith and Jones", two people)
        after = _titled_name_after(toks, end + 1, hi)
        if after is not None:
            return after
    if any(w.casefold() in ORG_HEADS for w in words):
        # "Progressive Socialist Party MP Walid Jumblat took to Twitter and said": the
        # person after the body and its member's title
        titled = [n for n, w in enumerate(words) if w in MEMBER_TITLES or w.casefold() in TITLES]
        if titled and len(words) - titled[-1] - 1 >= 2:
            return Subject("name", words[titled[-1] + 1 :], k)
        return None
    return Subject("name", words, k)


_HONORIFICS = wordset("mr mrs ms miss dr")


def _titled_name_after(toks: Sequence[Tok], k: int, hi: int) -> Subject | None:
    """The name after a title in the capitalised words at ``k`` (``Sessions Judge
    Humayun Dilawar``, ``Sessions Judge (ADSJ) Humayun Dilawar``), when a lower-case
    word (the verb) follows the name."""
    if k >= hi or not toks[k].is_cap:
        return None
    end = cap_sequence_after(toks, k)
    words = name_words(toks, k, end)
    titled = [n for n, w in enumerate(words) if w.casefold() in TITLES]
    if not titled:
        return None
    start = k
    name = words[titled[-1] + 1 :]
    if not name and end + 3 < hi and toks[end].text == "(" and toks[end + 2].text == ")":
        # an initialism in brackets between the title and the name
        start = end + 3
        end = cap_sequence_after(toks, start)
        name = name_words(toks, start, end)
    if len(name) < 2 or end >= hi or toks[end].kind != "word" or toks[end].is_cap:
        return None
    return Subject("name", tuple(name), start)


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
        and not looks_national(toks[k].text)
        and not low.endswith("s")
    )


def opening_apposition(toks: Sequence[Tok], lo: int, hi: int) -> Subject | None:
    """The name between the first two commas of a sentence opened by a description
    of a person ("Weinstein's top attorney, Donna Rotunno, spoke"), or None."""
    first = next((k for k in range(lo, min(hi, lo + 8)) if toks[k].text == ","), None)
    if first is None or first == lo or not any(t.low in ROLE_NOUNS for t in toks[lo:first]):
        return None
    start = first + 1
    if start >= hi or not toks[start].is_cap or toks[start].low in NON_NAMES:
        return None
    end = cap_sequence_after(toks, start)
    if end - start < 2 or end >= hi or toks[end].text != ",":
        return None
    return Subject("name", name_words(toks, start, end), start)


def _surname_month(toks: Sequence[Tok], i: int, lo: int) -> bool:
    """A month that is a surname here: "Mrs May said", "Theresa May said", and, opening
    a clause, "..., May said" (a month there would follow "in" or "last", and the
    modal "may" is neither capitalised mid-sentence nor followed by "said")."""
    if toks[i].low not in GIVEN_NAME_MONTHS or not toks[i].text[:1].isupper():
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
    first = cap_sequence_before(toks, last, lo)
    words = name_words(toks, first, last + 1)
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
    first = cap_sequence_before(toks, last, lo)
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
    words = name_words(toks, first, last + 1)
    if not described and (
        # ("Head of the Met's Flying Squad, Det Supt Craig Turner, urged": a titled name)
        (
            words[0].casefold() in ROLE_NOUNS
            and words[0].casefold().rstrip(".") not in _STYLES
            and len(split_title(list(words))[1]) < 2
        )
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


_STYLES = wordset("lord lady sir dame mr mrs ms miss dr")
"""Styles before a surname that make a name, not a role ("the court's president, Lord
Reed, told")."""


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
    if of is None or of == len(span) - 1 or not any(t.low in KIN_NOUNS for t in span[1:of]):
        return None  # "the head of the union, Ann Lee," is Ann Lee: only family words
    person = _person_before_comma(toks, k, lo)
    if person is None or any(t.kind != "punct" for t in toks[lo : person.start]):
        return None  # the name must open the clause ("After talks with Tom Ode, ...")
    return person


_ARTICLES = wordset("a an the his her their")


def _org_sequence_before(toks: Sequence[Tok], i: int, lo: int) -> int:
    """:func:`cap_sequence_before`, reaching past "and" inside an organisation's name.

    "Department for Business and Trade", "Ministry of Housing and Local
    Government": the longer reading is kept only when it holds a connector or
    an organisation word, so "Cameron and Obama" stays two names.
    """
    j = cap_sequence_before(toks, i, lo)
    while j - 2 >= lo and toks[j - 1].low in ("and", "&") and toks[j - 2].is_cap:
        k = cap_sequence_before(toks, j - 2, lo)
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
    if k < hi and toks[k].low in ISSUING:
        k += 1
    if k + 1 >= hi or toks[k].low not in ("by", "from"):
        return None
    k += 1
    if toks[k].low == "the" and k + 1 < hi:
        k += 1
    if not toks[k].is_cap:
        return None
    return _nominal(toks, i, cap_sequence_after(toks, k) - 1)


DOCUMENTS = STATEMENT_NOUNS | wordset("letter memo email e-mail note message post")
_AUTHORING = wordset("sent wrote issued released published posted signed")


def _document_author(toks: Sequence[Tok], i: int, hi: int) -> Subject | None:
    """'"...," reads the letter Bezos sent to employees' from ``i``: the author named
    between the document and a verb of writing or sending."""
    k = i + 1
    if k + 2 >= hi or toks[i].low not in _ARTICLES or toks[k].low not in DOCUMENTS:
        return None
    end = cap_sequence_after(toks, k + 1)
    if end == k + 1 or end >= hi or toks[end].low not in _AUTHORING:
        return None
    return Subject("name", name_words(toks, k + 1, end), k + 1)


_PASSIVE_NAMING = REPORTING_VERBS | wordset("dubbed nicknamed")
PASSIVE_REACH = 8
"""Tokens back from a quotation to a passive verb's "by" ('by Trump the "tax lady" who').
"""


def passive_agent(toks: Sequence[Tok], q: int, lo: int) -> Subject | None:
    """The agent of a passive naming or reporting verb shortly before the quotation at
    ``q``: 'dubbed by Trump the "tax lady" who "hates the US"' are Trump's phrases."""
    for k in range(q - 1, max(lo, q - PASSIVE_REACH) - 1, -1):
        t = toks[k]
        if t.low != "by" or k - 1 < lo or toks[k - 1].low not in _PASSIVE_NAMING:
            continue
        if not toks[k - 1].low.endswith("ed") or k + 1 >= q or not toks[k + 1].is_cap:
            return None
        end = cap_sequence_after(toks, k + 1)
        if end > q or toks[k + 1].low in NON_NAMES:
            return None
        return Subject("name", name_words(toks, k + 1, end), k + 1)
    return None


_KIN = wordset("son daughter brother sister father mother nephew niece grandson granddaughter")


def _kin_name(toks: Sequence[Tok], i: int, j: int, hi: int) -> Subject | None:
    """ "Murdoch's son James" (the possessive name at [i, j)): James Murdoch."""
    owner = possessive(toks[j - 1].text)
    if owner is None or j + 1 >= hi or toks[j].low not in _KIN or not toks[j + 1].is_cap:
        return None
    end = cap_sequence_after(toks, j + 1)
    given = name_words(toks, j + 1, end)
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
        t.low in ROLE_NOUNS or t.low in BODY_STAFF or _person_noun(t.low)
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
    end = cap_sequence_after(toks, first)
    words = name_words(toks, first, end)
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
    if t.low in ("one", "a", "an", "another", "the", "its", "his", "her", "their"):
        # ("said its regional director, Hossam Elsharkawy": the body's director, named)
        apposed = _apposed_after_description(toks, i, hi)
        if apposed is not None:
            return apposed
    if t.text == "The" and i + 1 < hi and toks[i + 1].is_cap:
        # "added The Guardian": a capital "The" inside a sentence opens a title
        end = cap_sequence_after(toks, i + 1)
        closes = end >= hi or toks[end].kind != "word" or toks[end].low in _NOT_DESCRIPTIONS
        words = name_words(toks, i + 1, end)
        if closes and not any(w.casefold() in ROLE_NOUNS for w in words):
            return Subject("name", ("The", *words), i)
    if t.is_cap and t.low not in NOT_NAME_WORDS:
        j = cap_sequence_after(toks, i)
        if (
            j + 1 < hi
            and toks[j].text == "Said"
            and toks[j + 1].text in (",", ".")
            and toks[v].text.islower()
        ):
            j += 1  # "said Aicha Ait Said, a mother of four": a surname, in a sentence
        kin = _kin_name(toks, i, j, hi)
        if kin is not None:
            return kin
        if j < hi and toks[j].is_cap and possessive(toks[j - 1].text) is not None:
            # "said Takata's Chairman & CEO Shigehisa Takada", "said Apple's Tim Cook":
            # a body's role in capitals, then the person holding it; or a body of the
            # owner's ("said Britain's Foreign Office")
            body = name_words(toks, j, cap_sequence_after(toks, j))
            if any(w.casefold() in ORG_HEADS for w in body):
                return Subject("name", body, j)
            m = j
            while m < hi and (
                toks[m].low in ROLES_AND_TITLES or (m > j and toks[m].low in ("&", "and"))
            ):
                m += 1
            end = cap_sequence_after(toks, m) if m < hi and toks[m].is_cap else m
            if end - m >= 2:
                return Subject("name", name_words(toks, m, end), m)
        if (
            j == i + 1
            and "." in t.text
            and j + 1 < hi
            and toks[j].text == "."
            and toks[j + 1].is_cap
        ):
            # "according to U.S. Attorney Damian Williams": a dotted abbreviation modifies
            i = j + 1
            j = cap_sequence_after(toks, i)
        # "Red Cross official Sam Ode", "Bankrate.com senior economic analyst Mark
        # Hamrick": an organisation, a role (its head last), then the person
        k = j
        while k < hi and toks[k].kind == "word" and not toks[k].is_cap and k - j < 4:
            k += 1
        # "JPL's chief engineer, Rob Manning": a comma may set the name off
        set_off = k + 1 < hi and toks[k].text == "," and toks[k + 1].is_cap
        name_at = k + 1 if set_off else k
        national = is_modifier(toks, i, j)  # "said British tourist Sam Ogden"
        if (
            k > j
            and name_at < hi
            and toks[name_at].is_cap
            and (toks[k - 1].low in ROLE_NOUNS or national)
            and not any(t.low in _NOT_DESCRIPTIONS for t in toks[j:k])
        ):
            k = name_at
            return Subject("name", name_words(toks, k, cap_sequence_after(toks, k)), i)
        if national:
            return _nominal(toks, i, k - 1)  # "said a British tourist": nobody named
        return Subject("name", name_words(toks, i, j), i)
    if t.low in ROLE_NOUNS and i + 2 < hi and toks[i + 1].low in ("of", "at"):
        # "said chairman of the Disney board Susan Arnold": a role at a body, then
        # the name closing the phrase
        for m in range(i + 3, min(hi, i + 9)):
            if not toks[m].is_cap or toks[m - 1].kind != "word" or toks[m - 1].is_cap:
                continue
            end = cap_sequence_after(toks, m)
            if end - m >= 2 and (end >= hi or toks[end].kind != "word"):
                return Subject("name", name_words(toks, m, end), i)
    # "said opposition leader Kim Sand", "insisted engineer Tom Ode": lower-case
    # words describing the person, then the name
    k = i
    while k < hi and k - i < 5 and toks[k].kind == "word" and not toks[k].is_cap:
        k += 1
    described = 0 < k - i <= 3 and not any(t.low in _NOT_DESCRIPTIONS for t in toks[i:k])
    # (up to five words when a role ends them: "said company chairman and chief
    # executive Richard Smith")
    if k > i and k < hi and toks[k].is_cap and (toks[k - 1].low in ROLE_NOUNS or described):
        end = cap_sequence_after(toks, k)
        head = end
        while (
            head < hi
            and head - end < 3
            and toks[head].kind == "word"
            and not toks[head].is_cap
            and not _person_noun(toks[head].low)
        ):
            head += 1  # ("said one Hong Kong-based venture capitalist")
        if head < hi and toks[head].kind == "word" and _person_noun(toks[head].low):
            # "said one Chiang Rai woman": the capitalised words describe her
            return _nominal(toks, i, head)
        return Subject("name", name_words(toks, k, end), i)
    if (
        t.low in ("a", "an", "the")
        and k - i >= 2
        and k < hi
        and toks[k].is_cap
        and not any(w.low in _NOT_DESCRIPTIONS for w in toks[i + 1 : k])
    ):
        # "said an emotional Messi as fans massed", "said a tearful Jones": a name
        # with an epithet (the name ends the phrase: not "a Reuters reporter")
        end = cap_sequence_after(toks, k)
        closes = end >= hi or toks[end].kind != "word" or toks[end].low in _NOT_DESCRIPTIONS
        words = name_words(toks, k, end)
        # (not "a senior Republican", "a former Marine", "the visiting Australians",
        # "the new Prime Minister": a party, a corps, a nation, a title)
        named = not all(
            w.casefold() in TITLES or w.casefold() in _AFFILIATIONS or looks_national(w)
            for w in words
        )
        if closes and named and toks[end - 1].low not in ORG_HEADS and toks[k].low not in NON_NAMES:
            return Subject("name", words, i)
    issued = _issued_statement(toks, i, hi) or _document_author(toks, i, hi)
    if issued is not None:
        return issued
    if (
        t.low in GROUP_VOICES
        and i + 2 < hi
        and toks[i + 1].low in ("from", "of", "at", "for")
        and toks[i + 2].is_cap
    ):
        # "said leaders from Women's March": the body they speak for
        end = i + 2
        while end < hi and toks[end].kind == "word" and toks[end].is_cap:
            end += 1
        return _nominal(toks, i, end - 1)
    if (
        t.low == "one"
        and i + 3 < hi
        and toks[i + 1].low == "of"
        and toks[i + 2].low in ("the", "his", "her", "their", "its")
        and toks[i + 3].kind == "word"
        and not toks[i + 3].is_cap
    ):
        # "said one of the engineers": one of a group, unnamed
        return _nominal(toks, i, i + 3)
    if t.low in ("the", "a", "an", "one", "another") or t.is_cap:
        # ("said one engineer who was told", "said another worker": someone unnamed)
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
                toks[j - 1].low in ORG_VOICES
                or toks[j - 1].low in STATEMENT_NOUNS
                or toks[j - 1].low in PUBLICATION_PARTS
                or toks[j - 1].low in GROUP_VOICES
            )
        ):
            # "said a spokesman for Doctors Without Borders": the body after it
            k = j + 1
            if toks[k].low == "the" and k + 1 < hi:
                k += 1
            if toks[k].is_cap:
                return _nominal(toks, i, cap_sequence_after(toks, k) - 1)
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


def voice_noun(low: str) -> bool:
    """A noun for someone who can speak: a person, people, a body or its staff."""
    return (
        _person_noun(low)
        or low in ORG_HEADS
        or low in COMPANY_NOUNS
        or low in ORG_VOICES
        or low in BODY_STAFF
        or low in PLURAL_PEOPLE
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
            and possessive(prev.text) is None  # "the city's embattled police"
            and not prev.low.isdigit()
        ):
            return True
    return False


AGE_RE = re.compile(r"\d{1,3}-year-old")
_AGE_NUMBER_RE = re.compile(r"\d{1,3}")
"""An age set off after a name ("Peter Allen, 58, said")."""
LEADING_ADVERBS = wordset("earlier later meanwhile then now also separately previously recently")


def state_modifies(nxt: Tok) -> bool:
    """ "state" before this word is a noun: "state broadcaster", "state-run" (not "state that")."""
    if nxt.text in ("-", "‐"):
        return True
    return nxt.kind == "word" and nxt.text.islower() and nxt.low not in _STATE_VERB_OBJECTS


_STATE_VERB_OBJECTS = wordset("that the a an in on to this these their his her its it there what")


ISSUING = wordset("issued released published posted sent signed")
"""Participles between a statement noun and its issuer ("a release issued by the SEC")."""


CONCESSIVES = wordset("though although whereas while but")
_SUBORDINATORS = wordset("when as after before while although though if since because once")
"""Words opening a subordinate clause before the main one."""


PARTICIPLE_ADVERBS = wordset("instead also again then later before after while")
"""Adverbs between a comma and a participle that goes with the main clause (", instead
saying")."""
KIN_NOUNS = {
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
