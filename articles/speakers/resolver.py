"""Resolving a subject to a speaker against what the article has said so far.

:class:`State` is the reading state of one article (the current speaker, the
people and statements last mentioned); :class:`Resolver` turns a
:class:`~articles.speakers.subjects.Subject` into a name: pronouns to the
current speaker of the right gender, definite roles ("the prime minister") to
the latest person named with that role, organisation phrases to their full
mention, "the statement" to whoever issued it; a subject the text does not
name gives None.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field
from functools import lru_cache

from articles.model import Article, BlockKind, Paragraph
from articles.speakers.names import (
    GIVEN_NAME_MONTHS,
    MEMBER_TITLES,
    REGNAL_TITLES,
    ROLES_AND_TITLES,
    TRAILING_TITLES,
    Mention,
    NameIndex,
    after_preposition,
    body_by_its_last_word,
    cap_sequence_after,
    gender_of,
    gender_of_person,
    name_words,
    place_like,
    split_title,
    surname,
    without_residence,
)
from articles.speakers.subjects import (
    ACCOUNT_NOUNS,
    AGE_RE,
    AND_NAME_RE,
    BASED_RE,
    BODY_STAFF,
    BUSINESS_NOUN_BEFORE_RE,
    DOCUMENT_ISSUER_RE,
    GENERIC_BODIES,
    GROUP_VOICES,
    ISO_DATE_BEFORE_RE,
    ISSUING,
    NAME_AFTER_RE,
    NOT_QUALIFIERS,
    ON_TAIL_RE,
    ORG_VOICES,
    OWNED_DOCUMENT_RE,
    PERFORMERS,
    PERSONAL_VOICES,
    PLURAL_PEOPLE,
    POSSESSIVE_END_RE,
    PUBLICATION_PARTS,
    REPORT_NOUNS,
    SCHOOL_HEADS,
    SENTENCE_END_RE,
    SET_OFF_NAME_AFTER_RE,
    SIMPLE_WORD_RE,
    TEXT_VOICES,
    THING_VOICES,
    WHICH_NAMED_RE,
    Subject,
    is_modifier,
    org_phrase_re,
    sentence_start,
    subject_before,
    thing_name_re,
)
from articles.speakers.tokens import (
    Tok,
    looks_national,
    nation_key,
    national_word,
    possessive,
    tokenise,
)
from articles.speech_lexicon import (
    COMPANY_NOUNS,
    CONNECTORS,
    CORPORATE_SUFFIXES,
    CORPORATE_WORDS,
    COUNTRIES,
    DEMONYMS,
    EPITHETS,
    FEMALE_GIVEN_NAMES,
    GROUP_NOUNS,
    HONORIFICS,
    MALE_GIVEN_NAMES,
    NON_NAMES,
    ORG_HEADS,
    PARTIES,
    REPORTING_VERBS,
    ROLE_NOUNS,
    STATEMENT_ADJECTIVES,
    STATEMENT_NOUNS,
    TIME_WORDS,
    TITLES,
    wordset,
)

# --------------------------------------------------------------------------- attribution


UNSET = "\0unset"
"""An attribution not found in the sentence (as opposed to None: found, but unnamed)."""


@dataclass
class State:
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
    unnamed: str | None = None
    """The gender ("f", "m", or "?" when the noun does not say) of the someone unnamed
    who spoke last ("A woman in her 30s told the paper ..."): the he or she that follows
    is them, not the person named before; None once someone named speaks."""

    voice: tuple[str, str] | None = None
    """(body, gender) when the body spoke last through someone unnamed of that gender
    ("m", "f", or "?" when the noun does not say): "A Downing Street spokesman said: ...
    He added: ..." is the body again."""

    def focus(self, person: str) -> None:
        """The sentence is about ``person`` (named): the antecedent of the he or she next."""
        self.person = person
        self.unnamed = None

    def update(self, speaker: str | None, kind: str) -> None:
        self.current = speaker
        if speaker is None:
            return
        self.unnamed = None
        if speaker in self.families:
            self.family = speaker
        if kind == "org":
            self.org = speaker
        elif kind == "person":
            self.person = speaker
            self.people.add(speaker)


@dataclass
class Resolver:
    """Turns a :class:`Subject` into a canonical speaker within one article."""

    article: Article
    names: NameIndex
    state: State
    _statement_nouns: list[tuple[int, int]] | None = None
    """Spans of the statement nouns of the text, found on first use."""
    _mid_sentence: set[str] | None = None
    """The words the text capitalises mid-sentence (see _named_mid_sentence)."""
    _openers: set[str] | None = None
    """The first words of the text's names of two words or more ("American Airlines")."""
    _names_given: list[tuple[int, str]] | None = None
    """Where the text says someone unnamed gave a name, and the name (found on first use)."""
    described: bool = False
    """Whether the last subject resolved describes someone the text does not name ("the
    owner of the Caffe Roma"): unknown, but not unsaid."""
    unheld_title: str | None = None
    """The title of the last subject resolved when the text gives it no one ("the prime
    minister said" in an article calling her "May"): another article may name the holder."""

    def resolve(self, subject: Subject | None, clause: Sequence[Tok], at: int) -> tuple[str, str]:
        """(speaker or UNSET or "" for unknown, kind: person | org | other)."""
        self.described = False
        self.unheld_title = None
        if subject is None:
            return UNSET, "other"
        if subject.kind != "pronoun" and (given := self._name_given_at(at)):
            # "A co-worker who gave his name only as Luis said", "One Fort Myers Beach
            # resident, who gave only her first name, Linda, said": the name they gave
            return self.names.full_name(given), "person"
        if subject.kind != "pronoun" and (seat := seat_of_government(subject.words)):
            # "No10 first claimed", "A No 10 spokesperson said": the seat the text
            # writes by its door number speaks under its street's name
            return seat, "org"
        if subject.kind == "pronoun":
            return self._pronoun(subject.words[0], clause, at)
        if subject.kind == "name":
            words = subject.words
            if words[-1] == "PM" and all(w[:1].isupper() for w in words):
                # "PM vows to defeat 'forces of evil'", "Outgoing Australian PM": the
                # prime minister the text names
                lead = [w.casefold() for w in words[:-1] if w.casefold() in ("outgoing", "former")]
                nation = [w for w in words[:-1] if looks_national(w)]
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
            if words[-1] in MEMBER_TITLES or (
                len(words) >= 3 and words[0] in MEMBER_TITLES and words[1] in ("for", "of")
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
            if (
                len(words) > 1
                and words[-1].casefold() in ROLE_NOUNS
                and not any(w.casefold() in ORG_HEADS for w in words[:-1])
            ):
                # "the Microsoft CEO said": whom the text introduced so ("Microsoft
                # CEO Satya Nadella"), not a person called "Microsoft CEO" (but "The
                # UK's Ministry of Defence said" is the ministry, not its minister)
                found = self.names.by_role(words, "", at)
                if found:
                    return found, "person"
                body = " ".join(w for w in words[:-1] if w[:1].isupper())
                found = self.names.holder_at(body, at) if body else None
                if found:
                    # "the Tesla CEO said" after "Tesla founder Elon Musk": the person
                    # the text introduced with that body, whatever the role
                    return found, "person"
                found = (
                    self.names.by_role(words[-1:], "", at)
                    if len(words) <= 3 and gender_of_person({}, " ".join(words[:-1])) is None
                    else None
                )
                if found and self.names.roles_of(found, at) <= ROLES_AND_TITLES:
                    # "the Amazon CEO noted" after "The company CEO Andy Jassy": the
                    # one introduced with the role and no body of their own
                    return found, "person"
            if (
                len(words) > 1
                and words[-1].casefold() in TITLES
                and all(w.casefold() in TITLES or w.isupper() for w in words)
            ) or (len([w for w in words if w != "The"]) == 2 and words[-1] in TRAILING_TITLES):
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
                if words[-1] in TRAILING_TITLES:
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
        described = self._nominal(list(subject.words), at)
        self.described = not described[0]
        voice = next((w.casefold() for w in reversed(subject.words) if w.isalpha()), "")
        if described[0] and described[1] == "org" and voice in _VOICE_GENDERS:
            self.state.voice = (described[0], _VOICE_GENDERS[voice])
        k = subject.start
        apposed = 2 <= k <= len(clause) and clause[k - 1].text == "," and clause[k - 2].is_cap
        if not described[0] and not apposed:  # (not "Marc Dufresne, an architectural historian")
            head = next((w.casefold() for w in reversed(subject.words) if w.isalpha()), "")
            one_of = subject.words[0].casefold() == "one" and "of" in subject.words[1:2]
            if head in _PEOPLE_BY_GENDER or head in ROLE_NOUNS or one_of:
                # someone unnamed speaks ("one of the divers", too): the he or she that
                # follows is them
                self.state.unnamed = _PEOPLE_BY_GENDER.get(head, "?")
        return described

    def _family_of(self, surname: str) -> str | None:
        """A family by its surname, when the text names a person of it: the pair the
        text names ("Joey and Paula Reed": the parents who speak for it), else
        "Reed family"; None when no one of the text has that surname."""
        full = self.names.full_name(surname)
        if " " not in full or full.rsplit(" ", 1)[1] != surname:
            return None
        pair = next(
            (
                found
                for found in re.finditer(
                    rf"\b([A-Z][\w'’-]+) and ([A-Z][\w'’-]+) {re.escape(surname)}\b",
                    self.article.text,
                )
                if not self._inside_quotation(found.start())
            ),
            None,
        )  # (not the pair a family statement mourns: "the passing of Shahzada and Suleman")
        if pair and all(self._given_name(g) for g in pair.groups()):
            family = f"{pair.group(1)} and {pair.group(2)} {surname}"
        else:
            family = f"{surname} family"  # ("Mr and Mrs Reed" name no one in particular)
        self.state.families.add(family)
        return family

    def _body_with_words(self, words: Sequence[str], at: int) -> str | None:
        """The one body named in the 1,500 characters before ``at`` whose name holds all
        of ``words`` ("space": "Indian Space Research Organisation"), else None."""
        want = {w.casefold() for w in words}
        found = {
            m.name
            for m in self.names.between(max(0, at - 1500), at)
            if m.is_org and want <= {w.casefold() for w in m.name.split()}
        }
        return found.pop() if len(found) == 1 else None

    def _inside_quotation(self, at: int) -> bool:
        """Whether ``at`` lies inside a quotation of its paragraph (an opening mark
        before it in the paragraph is not yet closed)."""
        paragraph = self.article.paragraph_at(at)
        if paragraph is None:
            return False
        before = self.article.text[paragraph.start : at]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

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
        owner = possessive(first)
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
        if not speaker or kind != "person" or pronoun not in ("he", "she"):
            return False  # ("it", "they": no one person)
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
            together = self._people_named_together(at)
            if together:
                # "... justices - Stephen Breyer, Sonia Sotomayor and Elena Kagan - issued
                # a dissent. '...,' they wrote": the people named together
                return together, "org"
            return "", "other"
        if pronoun == "it":
            # 'The Counter-Terrorism Agency "reduced the threat level," it said':
            # the body named before the quotation in the same sentence
            start = sentence_start(self.article.text, at)
            found = next((m.name for m in self.names.between(start, at) if m.is_org), None)
            if found:
                return found, "org"
            found = self.state.org or self.state.current
            if found in self.state.people:
                found = None  # "it" is no person who spoke
            return (found or "", "org")
        want = "f" if pronoun == "she" else "m"
        if self.state.unnamed in (want, "?"):
            # "A woman in her 30s told the Asahi Shimbun that she had heard children
            # screaming. '...,' she said": the woman, whom the text does not name
            self.described = True
            return "", "person"
        voice = self.state.voice
        if voice is not None and voice[0] == self.state.current and voice[1] in (want, "?"):
            return voice[0], "org"  # the body's spokesman again
        genders = self.names.genders
        # he/she is a person: the last speaker only when not a body ("The
        # company offered a reward. He called it...")
        current = self.state.current
        candidates = [self.state.person, None if current == self.state.org else current]
        newcomer = self._newcomer(at)
        if newcomer and newcomer not in candidates:
            # 'Mayor Sergei Sobyanin declared Monday a non-working day. "I ask you to
            # refrain from traveling," he said': the one person the paragraph has just
            # brought in, not the last speaker
            candidates.insert(0, newcomer)
        if not any(candidates):
            # a person: "Fort Meyers" and "Sanibel Causeway" are no "he"
            candidates.append(self.names.latest_person(at, known_only=True))
        for found in candidates:
            # "she said" after Jeremy Corbyn spoke is not his: skip a known other gender
            # (and a nation: "an assistant U.S. attorney, he ...")
            if found and (gender_of(genders, found) or want) == want and not looks_national(found):
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

    def _newcomer(self, at: int) -> str | None:
        """The one person named in full in the sentences of ``at``'s paragraph before its
        sentence, when the last speaker is not named there: whom a he or she that
        follows most likely is."""
        text = self.article.text
        paragraph = self.article.paragraph_at(at)
        if paragraph is None:
            return None
        start = sentence_start(text, at)
        lo = paragraph.start
        if start <= lo:
            # a paragraph that opens with the quotation: the one before it ("Among those
            # following developments was Véronique Lamarre, a Montreal architect." then
            # '"The wooden frame was an extraordinary thing," she said.')
            previous = self._paragraph_before(paragraph.index)
            if previous is None:
                return None
            lo, start = previous.start, previous.end
        people = {
            full: m.start
            for m in reversed(self.names.between(lo, start))
            if not m.is_org
            and not looks_national(m.name)
            and " " in (full := self.names.full_name(m.name))
            and not self.names.located(full)
            and not place_like(full)
            and not self._qualifies_role(m)
        }
        if len(people) != 1:
            return None
        ((person, first),) = people.items()
        if person == self.state.person or not (
            self.names.roles_of(person, at) or gender_of_person({}, person)
        ):
            return None  # (someone the text presents as a person: a role or a given name)
        last = self.state.person
        before = text[lo:start]
        if (last and surname(last) in before) or _PERSONAL_PRONOUN_RE.search(text, lo, first):
            # the last speaker named again, or a he or she before the newcomer ("He
            # declined to say whether the defence minister, Sergei Shoigu, would keep his
            # job"): the paragraph goes on about them (a he after the newcomer is the
            # newcomer's: "Prigozhin's rebellion began when he accused ...")
            return None
        return person

    def _sentence_before(self, at: int) -> tuple[int, int] | None:
        """(start, end) of the sentence before ``at``'s: in its paragraph, or the last of
        the paragraph before when ``at``'s sentence opens its own."""
        text = self.article.text
        paragraph = self.article.paragraph_at(at)
        if paragraph is None:
            return None
        start = sentence_start(text, at)
        if start - 2 > paragraph.start:
            before, end = max(sentence_start(text, start - 2), paragraph.start), start
        else:
            previous = self._paragraph_before(paragraph.index)
            if previous is None:
                return None
            before = max(sentence_start(text, previous.end - 1), previous.start)
            end = previous.end
        while before < end and text[before].isspace():
            before += 1
        return before, end

    def _people_named_together(self, at: int) -> str | None:
        """The people the sentence before ``at``'s names together, in full ("Stephen
        Breyer, Sonia Sotomayor and Elena Kagan - issued a jointly written dissent"): whom
        a "they" that follows is."""
        span = self._sentence_before(at)
        if span is None:
            return None
        text = self.article.text
        people = [
            m
            for m in self.names.between(*span)
            if not m.is_org and " " in m.name and not looks_national(m.name)
        ]
        for k in range(len(people) - 1):
            run = [people[k]]
            for m in people[k + 1 :]:
                gap = text[run[-1].start + len(run[-1].name) : m.start]
                if not _LIST_GAP_RE.fullmatch(gap):
                    break
                run.append(m)
            if len(run) >= 2:
                names = [self.names.full_name(m.name) for m in run]
                return ", ".join(names[:-1]) + " and " + names[-1]
        return None

    def _body_said_before(self, at: int, business: bool = False) -> str | None:
        """The body opening the sentence before ``at``'s as the subject of a reporting
        verb: "The German Foreign Office said it was in close contact with its
        partners."; "In a statement, OceanGate said ..." (with ``business``, a name that
        is no person's, for "the company said"). The sentence before may close the
        paragraph before, when ``at``'s sentence opens its own."""
        text = self.article.text
        span = self._sentence_before(at)
        if span is None:
            return None
        before = span[0]
        if (opening_phrase := _OPENING_PHRASE_RE.match(text, before)) is not None:
            before = opening_phrase.end()  # "In a statement, OceanGate said"
        opening = self.names.between(before, before + 5)
        if not opening:
            return None
        mention = opening[0]
        found = text.find(mention.name, mention.start, mention.start + 60)
        if found < 0 or not _SAID_AFTER_RE.match(text, found + len(mention.name)):
            return None
        if mention.is_org:
            return mention.name
        name, kind = self._name(mention.name.split())
        if kind == "org":
            return name
        roles = self.names.roles_of(name, at)
        if (
            business
            and kind == "other"
            # (no person's role; a business's is one: "ATR, the Franco-Italian planemaker")
            and (not roles or any(r in COMPANY_NOUNS or r.endswith("maker") for r in roles))
            and not gender_of(self.names.genders, name)
        ):
            return name
        return None

    def _last_named_person(self, at: int, roles: Set[str] | None = None) -> str | None:
        """The last person named before ``at`` (within 1,500 characters) whom the text
        shows to be one: a given name or a role ("Emiliano Martinez"; not "the Golden
        Glove" or "Aston Villa"); with ``roles``, the last named with one of them ("Villa
        keeper Emiliano Martinez")."""
        for mention in reversed(self.names.between(max(0, at - 1500), at)):
            name = self.names.full_name(mention.name)
            if mention.is_org or " " not in name or looks_national(name):
                continue
            if roles is not None:
                before = self.article.text[max(0, mention.start - 24) : mention.start].split()
                if mention.roles & roles or (before and before[-1].casefold() in roles):
                    return name  # ("Villa keeper Emiliano Martinez")
                continue
            if (
                gender_of(self.names.genders, name)
                or gender_of_person({}, name)
                or self.names.roles_of(name, at)
            ):
                return name
        return None

    def _qualifies_role(self, mention: Mention) -> bool:
        """Whether ``mention`` qualifies the role after it ("Lib Dem leader Sir Ed
        Davey"): a party or body, not a person of its own."""
        text = self.article.text
        at = text.find(mention.name, mention.start, mention.start + 80)
        if at < 0:
            return False
        after = _LOWER_WORD_AFTER_RE.match(text, at + len(mention.name))
        return after is not None and after.group(1) in ROLE_NOUNS

    def _paragraph_before(self, index: int) -> Paragraph | None:
        """The story paragraph before paragraph ``index`` (captions and furniture skipped)."""
        for paragraph in reversed(self.article.paragraphs[:index]):
            if paragraph.kind is BlockKind.BODY:
                return paragraph
            if paragraph.kind.is_content:
                return None  # a heading between: a new section
        return None

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
        if len(parts) == 1 and parts[0].casefold() in GIVEN_NAME_MONTHS:
            # ", May said": a surname only when the text names someone so ("Theresa May")
            resolved = self.names.full_name(parts[0])
            return (resolved, "person") if " " in resolved else ("", "other")
        if parts == ["WHO"]:
            return self.names.full_name("WHO"), "org"  # see subject_before
        titles, name, _ = split_title(parts)
        name = without_residence(name)  # ("Londoner Peter Allen")
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
        if body_by_its_last_word(name):
            return " ".join(name), "org"  # "The US Coast Guard said"
        if (
            "of" in name[2:4]
            and name.index("of") >= len(name) - 3
            and name[-1][:1].isupper()
            and (
                titles
                or gender_of_person({}, " ".join(name)) is not None
                or " ".join(name[name.index("of") + 1 :]).casefold() in COUNTRIES
            )
        ):
            # "Ed Markey of Massachusetts", "Bob Casey of Pennsylvania": a person and
            # where they come from ("Duke of York", "Bank of England" have one word before)
            name = name[: name.index("of")]
        full = " ".join(name)
        if titles and len(name) == 1 and titles[-1].casefold() in HONORIFICS:
            honorific = titles[-1].casefold().rstrip(".")
            gender = "m" if honorific == "mr" else "f" if honorific in _FEMALE_HONORIFICS else None
            return self.names.full_name(full, gender), "person"
        if titles and len(name) == 1 and titles[-1].casefold() in REGNAL_TITLES:
            # "Pope Francis", "King Charles": the title is part of the name they go by
            return f"{titles[-1]} {full}", "person"
        resolved = self.names.full_name(full)
        if not titles and (resolved.casefold() in COUNTRIES or resolved.casefold() in PARTIES):
            return resolved, "org"  # "Russia said": a state, never "he"
        kind = "person" if (titles or len(resolved.split()) >= 2) else "other"
        return resolved, kind

    def _name_given_at(self, at: int) -> str | None:
        """The name someone unnamed gave in the sentence at ``at`` ("who gave only her
        first name, Linda,", "said one woman, who gave her name only as Natalia"), if any."""
        text = self.article.text
        if self._names_given is None:
            # (found once per article: most name no one this way, and the sentence
            # bounds below are not worked out for every subject)
            self._names_given = [(m.start(), m.group(1)) for m in GAVE_NAME_RE.finditer(text)]
        if not self._names_given:
            return None
        start = sentence_start(text, at)
        end = _sentence_end(text, at)
        end = len(text) if end < 0 else end
        return next((name for where, name in self._names_given if start <= where < end), None)

    def _nominal(self, parts: list[str], at: int) -> tuple[str, str]:
        low = [p.casefold() for p in parts]
        # ("its"/"their" open a phrase as "the" does: "Its foreign ministry spokesman")
        content = [
            p
            for p in parts
            if p.casefold() not in ("the", "a", "an", "its", "their") and not possessive(p)
        ]
        if not content:
            return "", "other"
        head = content[-1].casefold()
        definite = low[0] in ("the", "its", "their") or bool(possessive(parts[0]))
        if definite and low[0] == "the" and (head in EPITHETS or _AGE_EPITHET_RE.fullmatch(head)):
            # "The Aston Villa star said", "the 35-year-old said": the person the story
            # is on, as sports and news writing name them a second time (the one the
            # text gives that role, if any)
            holder = self.names.by_role([head], "", at) if head in EPITHETS else None
            if holder and holder not in self.state.people and not gender_of_person({}, holder):
                holder = None  # (a person, not "the Golden Glove" they collected)
            found = (
                holder
                or self._last_named_person(at, EPITHETS)
                or self.state.person
                or self._last_named_person(at)
            )
            if found:
                return found, "person"
        if head == "family" and len(parts) <= 3:
            family = self._family_phrase(parts, at)
            return (family, "org") if family else ("", "other")
        if head in PERSONAL_VOICES and len(parts) <= 4:
            # "her representatives said", "the singer's representative said", "Theresa
            # May's spokesman said": a person speaking through someone unnamed
            person = self._voice_owner(parts[:-1], at)
            if person:
                return f"{person}'s {parts[-1]}", "other"  # (no body, no he or she)
        for k, word in enumerate(low[:-1]):
            skip = 1 if word in STATEMENT_NOUNS and low[k + 1] in ISSUING else 0
            if (
                word in STATEMENT_NOUNS
                and k + skip + 1 < len(low)
                and low[k + skip + 1] in ("from", "by")
            ) or (
                (
                    word in ORG_VOICES
                    or word in PUBLICATION_PARTS
                    or word in GROUP_VOICES
                    or word in PERSONAL_VOICES  # "lawyers for Pistorius"
                )
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
                    if not found and word in PERSONAL_VOICES:
                        # "a spokesman for Theresa May": the person's spokesman
                        person, kind = self._name(issuer)
                        # (a given name says it is a person: not "Doctors Without Borders")
                        if kind == "person" and person and gender_of_person({}, person):
                            return f"{person}'s {low[k]}", "other"
                    return found or " ".join(issuer), "org"
        if (
            definite
            and len(low) >= 4
            and not any(AGE_RE.fullmatch(w) for w in low)  # (the age says who: below)
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
        if head in PLURAL_PEOPLE and any(w in ("two", "both") for w in low):
            # "the two officials said", "Both leaders said": the pair the sentence
            # or the one before it named, given to the first of them
            found = self._first_of_pair(at)
            if found:
                return found, "person"
        if definite and (any(AGE_RE.fullmatch(w) for w in low) or head in _ACCOLADES):
            # "the 67-year-old said", "the 60-year-old socialist leader said", "the
            # five-time Grand Slam winner told": the person the text has just named
            found = self.state.person or self.names.latest_person(at)
            return (found, "person") if found else ("", "other")
        if head in STATEMENT_NOUNS or (definite and len(content) == 1 and head in TEXT_VOICES):
            owner = possessive(parts[0]) if len(content) == 1 else None
            if owner is None and all(p.islower() for p in content[:-1]):
                # "the UN's latest report": its owner's, whatever adjectives come between
                owner = next((o for p in parts[:-1] if (o := possessive(p))), None)
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
        if head in REPORT_NOUNS and all(p.islower() for p in content[:-1]):
            owner = next((o for p in parts[:-1] if (o := possessive(p))), None)
            if owner and owner[:1].isupper():
                # "according to the UN's latest report": whose report it is
                return self._name([owner])
        if head in REPORT_NOUNS and (definite or content[0][:1].isupper()):
            # '"...," the report states' after "a climate report released Monday by the
            # U.N.'s Intergovernmental Panel on Climate Change": the body that issued it
            body = self._issuer_of(head, at)
            if body:
                return body, "org"
        if head in ACCOUNT_NOUNS and len(parts) >= 2:
            # "the presidency's official Twitter account said": the account's owner
            owner = next((o for p in parts[:-1] if (o := possessive(p))), None)
            if owner:
                if owner.islower():
                    return self._nominal(["the", owner], at)
                return self._name([owner])
        if (
            head == "office"
            and definite
            and len(parts) == 2
            and (
                (self.state.org or "").startswith("Office of ")
                or (self.state.org or "").endswith("'s Office")
            )
        ):
            # "The office added that ...": the office that spoke before
            return self.state.org or "", "org"
        if head == "office" and len(parts) == 2 and low[0] in ("his", "her"):
            # "his office said": the office of the person he or she is
            holder, kind = self._pronoun(low[0], (), at)
            if holder and kind == "person":
                return f"Office of {holder}", "org"
            return "", "other"
        phrase = parts[1:] if low[0] == "the" else parts
        if (
            head == "office"
            and len(phrase) >= 3
            and (owner := possessive(phrase[-2])) is not None
            and owner.islower()
            and (places := [p for p in phrase[:-2] if p[:1].isupper()])
            and all(p.casefold() in TITLES for p in [*phrase[len(places) : -2], owner])
            and phrase[: len(places)] == places
        ):
            # "The Bahamas attorney general's office": a place's title-holder's office
            title = [*phrase[len(places) : -2], owner]
            holder, kind = self._nominal(["the", *title], at)
            if kind == "person" and " " in holder:
                return f"Office of {holder}", "org"
            words = [*places, *(w.capitalize() for w in title)]
            return " ".join(words) + "'s Office", "org"
        if (
            head == "office"
            and (len(content) == 1 or all(p[:1].isupper() for p in content[:-1]))
            and len(parts) >= 2
            and (owner := possessive(parts[-2]))
        ):
            # "the president's office said": the office of the person the role names
            # ("Office of Mohamed Bazoum"), or of the role when no one is named
            if owner.islower():
                holder, kind = self._nominal(["the", owner], at)
                full = kind == "person" and " " in holder  # a full name, not "X"
                owner = holder if full else "the " + owner.capitalize()
            else:
                named = [p for p in parts[:-2] if p[:1].isupper()] + [owner]
                if len(named) >= 2 and named[-1].casefold() in TITLES:
                    # "the Manhattan District Attorney's office": a title's office, no
                    # one's name
                    return f"{' '.join(named)}'s Office", "org"
                owner = self._name([owner])[0] or owner
            return f"Office of {owner}", "org"  # (by the owner's name, as gold lists do)
        if low[0] in ("his", "her") and len(content) == 2 and head in ORG_HEADS:
            # "his party said": the party named before ("Khan's political party,
            # Pakistan Tehreek-e-Insaf"), else the party of the one he is
            near = self._org_antecedent(content[1:], at)
            if near:
                return self._and_extended(near, at), "org"
            owner, kind = self._pronoun("he" if low[0] == "his" else "she", (), at)
            return (f"{owner}'s {head}", "org") if owner and kind == "person" else ("", "other")
        if head in GENERIC_BODIES and low[0] in ("a", "an") and len(content) == 1:
            # "a group chanted": some group the text brings in, not one it has named
            # ("Wagner Group")
            return "", "other"
        if head in ORG_HEADS or head in COMPANY_NOUNS:
            bare = [p for p in content if not looks_national(p) or p.islower()]
            found = (
                self.names.org_name(bare or content, at if definite else None)
                if head in ORG_HEADS
                else None
            )
            if (
                found
                and definite
                and len(content) >= 2
                and all(w.islower() for w in content)
                and self.article.text.find(found) > at
                and (earlier := self._body_with_words(content[:-1], at)) is not None
            ):
                # "the space agency said" with the "European Space Agency" named only
                # later: the body named before with those words ("Indian Space Research
                # Organisation")
                found = earlier
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
            if not found and definite and len(content) == 1 and head in SCHOOL_HEADS:
                # "Orange Coast College confirmed ... the school said": a place of
                # learning by another of its names
                found = next(
                    (
                        self.names.org_name([other])
                        for other in sorted(SCHOOL_HEADS - {head})
                        if self.names.org_name([other])
                    ),
                    None,
                )
            if (
                not found
                and (definite or content[-1] in ORG_HEADS)
                and all(p.islower() or BASED_RE.fullmatch(p) for p in content)
            ):
                # "the ministry said" after "Russia's defence ministry", "the
                # automaker said" after "Toyota Motor Corp": the body named before
                # (first, the business that spoke in the sentence before: "In a
                # statement, OceanGate said ... '...,' the company said")
                found = (
                    self._body_said_before(at, business=True)
                    if definite and len(content) == 1 and head in COMPANY_NOUNS
                    else None
                ) or self._org_antecedent(content, at)
                if found:
                    found = self._and_extended(found, at)
            if head not in ORG_HEADS:
                return (found, "org") if found else ("", "other")
            if not found and definite and len(content) == 1 and head in GENERIC_BODIES:
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
                which = WHICH_NAMED_RE.findall(self.article.text, max(0, at - 1500), at)
                if which:
                    return which[-1], "org"
            if not found and len(content) == 1 and head in COMPANY_NOUNS:
                return "", "other"  # "the company said", and no company named: unknown
            # Unnamed elsewhere: keep the nationality, "the Israeli military" is no
            # more "Military" than it is anyone else's; not a word describing the
            # statement ("a long club statement" is the club's, not "Long Club"'s).
            named = [w for w in content[:-1] if w.casefold() not in STATEMENT_ADJECTIVES]
            named.append(content[-1])
            if not found and definite and len(named) >= 2 and all(w.islower() for w in named):
                # "the space agency said" after "Indian Space Research Organisation
                # (ISRO)": the body the text named with its qualifier, by another head
                found = self._body_with_words(named[:-1], at)
            return (found or " ".join(w[:1].upper() + w[1:] for w in named)), "org"
        if definite and len(content) == 1 and head in THING_VOICES:
            # "The probe tweets:" after "Philae comet probe": the thing so named
            found = self._named_thing(head, at)
            return (found, "org") if found else ("", "other")
        if definite and len(content) == 1 and head in _BACK_REFERRING:
            # 'Sudhanshu Sarangi, director general of Odisha Fire Services, admitted
            # ... "A crane has arrived," the official said': the one just named
            # (not when an unnamed one was brought in before: "A senior security
            # official said ... Prime Minister Ali Haddad spoke. The official said")
            brought_in = _BACK_REFERRING[head]
            if not brought_in.search(self.article.text, max(0, at - 4 * BACK_REFERENCE_REACH), at):
                person = self.names.role_holder_before(at, BACK_REFERENCE_REACH)
                if person:
                    return person, "person"
        if (
            definite
            and len(content) == 1
            and (head in ORG_VOICES or head in BODY_STAFF)
            and self.state.current
            and self.state.current == self.state.org
            and not self.names.by_role([head], "", at)
        ):
            # 'A migration ministry source told AFP ... "...," the official said': the
            # body that just spoke through an unnamed member
            return self.state.current, "org"
        if (head in ORG_VOICES or head in BODY_STAFF) and any(
            p.casefold() in _NO_LONGER for p in content[:-1]
        ):
            # "one former Isro scientist": someone who no longer speaks for the body
            return "", "other"
        if head in ORG_VOICES or (not definite and head in BODY_STAFF):
            # "A Department for Business and Trade spokesperson", "an Amazon source",
            # "a NASA scientist": the organisation speaks through an unnamed person.
            joins = CONNECTORS | {"and", "&"}
            named = [
                p
                for p in content[:-1]
                if (p[:1].isupper() or p.casefold() in joins)
                and p not in _FIELDS
                and not p.casefold().endswith(("-based", "-born"))
            ]
            while named and named[0].casefold() in joins:
                named = named[1:]
            while named and named[-1].casefold() in joins:
                named = named[:-1]
            if named and not all(national_word(p) for p in named):
                found = self.names.org_name(named)
                return (found or " ".join(named)), "org"
            if len(parts) >= 3 and parts[-2].casefold() in ORG_HEADS:
                # "Iran's foreign ministry spokesman", "Its foreign ministry spokesman":
                # the ministry speaks through them
                return self._nominal(parts[:-1], at)
        if (
            not definite
            and (head in ORG_VOICES or head in BODY_STAFF)
            and all(p.islower() for p in content)
            and (body := self._body_said_before(at)) is not None
        ):
            # "Japan Airlines said it believed ... '...,' an official told a news
            # conference": the body the sentence before reported speaking
            return body, "org"
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
        if (
            definite
            and head in _PEOPLE_BY_GENDER
            and len(content) <= 3
            and all(p.islower() and p.casefold() not in ROLE_NOUNS for p in content)
        ):
            # 'The comment came from 10-year-old Caitlyne Gonzalez. She lost two friends.
            # "...," the little girl said': the person just named (not when someone
            # unnamed came in after them: "A man in the crowd shouted ... the man said")
            want = _PEOPLE_BY_GENDER[head]
            text = self.article.text
            in_sentence = [
                m for m in self.names.between(sentence_start(text, at), at) if not m.is_org
            ]
            if in_sentence:
                # "Chauvin was caught kneeling on the neck of Floyd, 46, ... as the man
                # gasped": the person the sentence named last
                person = self.names.full_name(in_sentence[-1].name)
                if (gender_of(self.names.genders, person) or want) == want:
                    return person, "person"
            for person in (self.state.person, self.names.latest_person(at, known_only=True)):
                last_named = (
                    text.rfind(person.rsplit(" ", 1)[-1], max(0, at - 600), at) if person else -1
                )
                if (
                    person
                    and last_named >= 0
                    and (gender_of(self.names.genders, person) or want) == want
                    and not re.search(
                        rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,2}}{head}\b", text[last_named:at]
                    )
                ):
                    return person, "person"
        if head not in ROLE_NOUNS or not (definite or low[0] in ("a", "an")):
            return "", "other"
        role = [p for p in content if p.casefold() in ROLE_NOUNS]
        nation = next((nation_key(p) for p in content if looks_national(p)), "")
        if not definite:
            # "A Swedish prosecutor says ...": the lede names them later
            found = self.names.by_role_after(role, nation, at) or self._named_next(at)
            return (found, "person") if found else ("", "other")
        if not nation and possessive(parts[0]):
            nation = nation_key(parts[0])
        if "former" in low or "ex" in low:
            # "The former president said", "The former personal trainer described
            # himself as": not the president the text names, but the person the
            # sentence before was about (whom a former role describes; "The judge
            # said" after "John Smith admitted the attack" is someone else)
            found = self._just_named(head, at)
            return (found, "person") if found else ("", "other")
        last = self.state.person
        if last and not nation and {p.casefold() for p in role} <= self.names.roles_of(last, at):
            # "The president compared the crisis to 1917" right after Putin spoke: the
            # last speaker holds the role, not another president named before him
            return last, "person"
        found = self.names.by_role(role, nation, at)
        if len(content) == 1 and self._unnamed_since(head, found, at):
            # 'A Beijing-based AI researcher said ... "...?" the researcher said': the
            # one brought in unnamed just before, not a researcher named earlier
            return "", "other"
        if not found and any(
            p[:1].isupper() and p.casefold() not in ROLE_NOUNS for p in content[:-1]
        ):
            # "the Bournemouth manager": a role tied to a name the text gives (not "the
            # Prime Minister", a title capitalised: whoever the story names most is not
            # the prime minister for that)
            found = self._undescribed(head, at)
        if not found:
            # "the senator said" before "Senator Jane Roe" is written out
            found = self.names.by_role_after(role, nation, at)
        if not found and all(p.casefold() in TITLES for p in content):
            self.unheld_title = " ".join(p.casefold() for p in content)
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
            possessed = [o for p in owner if (o := possessive(p))]
            if len(possessed) != 1 or not possessive(owner[-1]):
                return None
            name = possessed[0]
            if name[:1].isupper():
                holder, kind = self._name([*owner[:-1], name] if owner[0][:1].isupper() else [name])
            elif len(owner) <= 2:
                # "the singer's representative": the person the role is, else the one
                # the story is about
                holder, kind = self._nominal(["the", name], at)
                if not holder and (name in _ACCOLADES or name in PERFORMERS):
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
            if not (m.is_org or not gender_of_person({}, m.name)) or m.roles:
                continue  # (a body: no one with a given name or a title)
            at_name = text.find(m.name, m.start, m.start + 200)
            if at_name < 0:
                continue
            end = at_name + len(m.name)  # (a mention may start at its owner: "U.N.'s")
            if text.startswith(("'s", "’s"), end):
                continue  # "the U.N.'s Intergovernmental Panel": its owner, not the issuer
            before = text[max(0, at_name - 80) : at_name].casefold()
            after = text[end : end + 40].casefold()
            if DOCUMENT_ISSUER_RE.search(before) and document in before:
                # (a name the index cut at "on": "Intergovernmental Panel on Climate Change")
                tail = ON_TAIL_RE.match(text, end)
                yield at_name, (m.name + tail.group() if tail else m.name)
                continue
            owned = OWNED_DOCUMENT_RE.match(after)
            if (
                owned
                and owned.group().casefold().endswith(document)
                and (m.is_org or m.name.isupper())  # (not "Climate report", a headline)
            ):
                yield at_name, m.name

    def _unnamed_since(self, noun: str, holder: str | None, at: int) -> bool:
        """Whether someone unnamed was brought in as "a ... <noun>" in the 600
        characters before ``at``, with ``holder`` (a named person in that role) not
        named again after it."""
        text = self.article.text
        intros = list(_unnamed_role_re(noun).finditer(text, max(0, at - 600), at))
        if not intros:
            return False
        intro = intros[-1]
        return not holder or text.find(surname(holder), intro.end(), at) < 0

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
        start = sentence_start(text, at)
        if _unnamed_role_re(role).search(text, max(0, at - 5000), at):
            return None
        if any(
            not all(w.casefold() in ROLE_NOUNS or w.casefold() == role for w in m.name.split())
            for m in self.names.between(start, at)
        ):
            return None  # (a role in capitals, "the former Foreign Secretary", names no one)
        before = sentence_start(text, max(0, start - 2)) if start > 1 else start
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
        more = AND_NAME_RE.match(text, where + len(name)) if where >= 0 else None
        # (not the possessive of "... Arts and Sciences' turn")
        return name + POSSESSIVE_END_RE.sub("", more.group(0)) if more else name

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
        pattern = org_phrase_re(head)
        pos = lo
        while (m := pattern.search(text, pos, at)) is not None:
            pos = m.start() + 1  # overlapping: "Shares in the carmaker Toyota" is tried at "the"
            qualifier, modifiers, named_before, named_after, acronymed = m.groups()
            if (
                qualifier
                and (called := NAME_AFTER_RE.match(text, m.end())) is not None
                and called.group(1).split()[0] not in NOT_QUALIFIERS
                and called.group(1).split()[0].casefold() not in TIME_WORDS
            ):
                # "Credit monitoring company Equifax": the name after the noun, not
                # "Credit Monitoring Company"
                qualifier, named_after = None, called.group(1)
            elif (
                qualifier
                and possessive(qualifier)
                and (called := SET_OFF_NAME_AFTER_RE.match(text, m.end())) is not None
                and called.group(1).split()[0] not in NOT_QUALIFIERS
            ):
                # "Khan's political party, Pakistan Tehreek-e-Insaf (PTI), said": the
                # name set off after the noun
                qualifier, named_after = None, called.group(1)
            if qualifier:
                if (
                    qualifier in NOT_QUALIFIERS
                    or BASED_RE.fullmatch(qualifier)
                    or any(w in NOT_QUALIFIERS for w in modifiers.split())
                ):
                    continue  # ("the Atlanta-based company" names no company)
                words = [qualifier, *modifiers.split(), head]
                name = " ".join(w[:1].upper() + w[1:] for w in words)
            elif acronymed:
                if best_end == m.end():
                    continue  # the same name from a later word: the longer reading stays
                words = acronymed.split()
                owned = [k for k, w in enumerate(words) if possessive(w)]
                # ("Mr Buhari's All Progressives Congress (APC) party": the party's name)
                words = words[owned[-1] + 1 :] if owned else words
                name = " ".join(words[1:] if words[:1] == ["The"] else words)
                if not name:
                    continue
            else:
                name = named_before or named_after
                if name.split()[0] in NOT_QUALIFIERS or name.split()[0].casefold() in NON_NAMES:
                    continue  # ("However, the government said": no name in apposition)
                if named_before:
                    run = _NAME_RUN_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
                    first = run.start() if run else m.start()
                    if after_preposition(text, first):
                        continue  # "In a statement to CBS News, the company said": no apposition
            best = (m.start(), name)
            best_end = m.end()
        if head in COMPANY_NOUNS:
            for mention in reversed(self.names.between(lo, at)):
                if best is not None and mention.start < best[0]:
                    break
                if after_preposition(text, mention.start):
                    continue  # "In a statement to CBS News, the company said": whom it told
                words = mention.name.split()
                last = words[-1].casefold().rstrip(".")
                if len(words) >= 2 and last in CORPORATE_SUFFIXES:
                    best = (mention.start, " ".join(words[:-1]))
                    break
                if len(words) >= 2 and last in CORPORATE_WORDS:
                    best = (mention.start, mention.name)
                    break
            if (
                best is not None
                and (subject := self._business_subject(best[0] + 1, at)) is not None
                and sentence_start(text, subject[0]) > best[0]
            ):
                # "United Airlines said ... Boeing said it supported the decision.
                # '...,' the company said": the business opening a later sentence
                best = subject
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
        pattern = thing_name_re(head)
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
                return name if gender_of_person(self.names.genders, name) is None else None
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
            described = BUSINESS_NOUN_BEFORE_RE.search(text, max(0, start - 30), start)
            if not described and not (
                start == 0
                or text[start - 1] == "\n"
                or text[start - 2 : start] == ". "
                or ISO_DATE_BEFORE_RE.search(text, max(0, start - 12), start) is not None
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
            if looks_national(name):
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
            start = sentence_start(self.article.text, end)
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
        stop = SENTENCE_END_RE.search(text, at, at + 600)
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
        if not any(w in REPORTING_VERBS for w in SIMPLE_WORD_RE.findall(after.casefold())):
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
                and (before[k].low in REPORTING_VERBS or before[k].low in ISSUING)
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
            bodies = [m for m in named if m.is_org or not gender_of_person({}, m.name)]
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
                j = cap_sequence_after(before, k)
                if not is_modifier(before, k, j):
                    _, name, _ = split_title(list(name_words(before, k, j)))
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


_NAME_RUN_BEFORE_RE = re.compile(r"(?:[A-Z][\w&'’-]*\s+)+$")
"""Capitalised words right before a position (the start of the name they begin)."""
_ACCOLADES = wordset(
    """
    winner champion star superstar legend icon medallist medalist olympian laureate
    finalist titleholder billionaire tycoon mogul heiress famer inductee
    """
)
"""What a story calls the person it is about, not a role anyone else holds ("the
tennis star", "the five-time Grand Slam winner", "the Nobel laureate")."""
_STATEMENT_END_RE = re.compile(r"[.!?][\"”’']?(?:\s|$)")


_LIST_GAP_RE = re.compile(r",\s+|,?\s+and\s+|\s+&\s+")
"""What stands between the names of a list ("A, B and C")."""
_OPENING_PHRASE_RE = re.compile(r"(?:In|On|Earlier|Later)\b[^,.\n]{0,40},\s+")
"""A short phrase of setting opening a sentence ("In a statement, ")."""
_SAID_AFTER_RE = re.compile(
    r"(?:,\s(?:the|a|an)\s[^,.;\"“”]{1,60},)?"
    r" (?:has |had |also |later |on \w+ )?(?:said|says|told|confirmed|announced|added|stated)\b"
)
"""A reporting verb right after a name opening a sentence (a description set off between:
"ATR, the Franco-Italian planemaker, said")."""
_LOWER_WORD_AFTER_RE = re.compile(r" ([a-z]+) [A-Z]")
"""A lower-case word between a name and the next capitalised word."""
_PEOPLE_BY_GENDER = {"girl": "f", "woman": "f", "boy": "m", "man": "m"}
_VOICE_GENDERS = {"spokesman": "m", "spokeswoman": "f", "spokesperson": "?"}
"""The unnamed voices of a body, by gender."""
"""What a text calls the person it is about, by gender ("the little girl said")."""


GAVE_NAME_RE = re.compile(
    r"\b(?:(?:gave|giving|gives|identified)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?"
    r"name\s+(?:only\s+)?as|(?:gave|giving|gives)\s+only\s+(?:his|her|their)\s+(?:first\s+"
    r"|family\s+|sur)name\s*,"
    r"|(?:identified|known|named)\s+only\s+as)\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


_PERSONAL_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")


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
    return [m.span() for m in STATEMENT_NOUN_RE.finditer(text)]


STATEMENT_NOUN_RE = re.compile(
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


_CLAUSE_OPENERS = NON_NAMES | wordset(
    "unlike despite although though whereas without within beyond besides amid among"
)
UNNAMED_STATEMENT = "Statement"
"""The speaker of a statement whose issuer the text does not name."""


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


_FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss"})


_DOOR_NUMBER_RE = re.compile(
    r"(?:no\.?|number)\s*10(?:\s+(?:"
    + "|".join(sorted(ORG_VOICES | {"official", "officials", "aide", "aides"}))
    + r"))?"
)


def seat_of_government(words: Sequence[str]) -> str | None:
    """ "Downing Street" for "No 10", "No10", "Number 10" (with "a"/"the" before and a
    spokesperson, source or aide after), the way British news names the prime
    minister's office; else None."""
    for k, word in enumerate(words):
        if word[:2] in ("No", "Nu") and _DOOR_NUMBER_RE.fullmatch(" ".join(words[k:]).casefold()):
            return "Downing Street"  # (after "a", "one", "with one": "with one No10 source")
    return None


_FIELDS = frozenset({"AI", "IT", "PR", "HR", "ML", "VR", "ESG", "STEM", "LGBT", "LGBTQ"})
"""Fields and sectors written as acronyms: "an AI researcher" works in AI, not for it
(a body of that name would be "an OpenAI researcher")."""
_NO_LONGER = wordset("former ex ex- retired onetime one-time")
"""Words that put someone outside the body they are described by."""
_AGE_EPITHET_RE = re.compile(r"\d{1,3}-year-old")
_BACK_REFERRING = {
    noun: re.compile(rf"\b(?:an?|another)\s+(?:[\w-]+\s+){{0,3}}{noun}\b", re.I)
    for noun in ("official", "officer")
}
"""Nouns that, with "the", refer back to the person just named with a role (unless one
was brought in unnamed before: the pattern finds "a senior security official")."""
BACK_REFERENCE_REACH = 400
"""How far back (characters before the quotation) that person may be named."""
