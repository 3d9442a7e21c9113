"""One name per speaker across a set of articles.

:func:`add_mention_names` collects the names every article mentions;
:func:`canonicalise_set` maps each article's speakers to one display name for
the set: surnames and honorific forms to the full name, initials and acronyms
to what they stand for, and two transliterations of one person ("Narongsak
Osatanakorn" / "Narongsak Osottanakorn") to the one quoted most.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence, Set

from rapidfuzz.distance import Levenshtein

from articles.model import Article
from articles.speakers.clauses import Attribution
from articles.speakers.names import (
    NAME_SUFFIXES,
    Mention,
    extends_acronym,
    folded_name,
    last_key,
    mentions_in,
    spelling_key,
    split_title,
)
from articles.speakers.subjects import PERSONAL_VOICES
from articles.speakers.tokens import looks_national, nation_key, possessive
from articles.speech_lexicon import (
    CONNECTORS,
    CORPORATE_WORDS,
    ORG_HEADS,
    TITLES,
    wordset,
)

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
        counted = spellings.setdefault(spelling_key(target), {})
        counted[target] = counted.get(target, 0) + speakers[name]
    chosen = {
        folded: max(counted, key=lambda t: (counted[t], not t.isascii(), t))
        for folded, counted in spellings.items()
        if len(counted) > 1
    }
    if chosen:
        mapping = {
            name: chosen.get(spelling_key(target), target) for name, target in mapping.items()
        }
    nicknamed = _nicknamed(set(mapping.values()), articles)
    if nicknamed:
        mapping = {name: nicknamed.get(target, target) for name, target in mapping.items()}
    inner = _inner_names(mapping, mention_names)
    if inner:
        mapping = {name: inner.get(target, target) for name, target in mapping.items()}
    national = _national_spellings(mapping, speakers)
    if national:
        mapping = {name: national.get(target, target) for name, target in mapping.items()}
    initialled = _initials_expanded(set(mapping.values()))
    if initialled:
        mapping = {name: initialled.get(target, target) for name, target in mapping.items()}
    middles = _middle_initials(mapping, speakers)
    if middles:
        mapping = {name: middles.get(target, target) for name, target in mapping.items()}
    voices = _one_voice(mapping, speakers)
    if voices:
        mapping = {name: voices.get(target, target) for name, target in mapping.items()}
    together = [{mapping[a.speaker] for a in found if a.speaker} for found in per_article]
    variants = _transliterations(mapping, speakers, together)
    if variants:
        mapping = {name: variants.get(target, target) for name, target in mapping.items()}
    people = {t: _person_of_body(t) for t in set(mapping.values())}
    return [
        [people[mapping[a.speaker]] if a.speaker else None for a in attributions]
        for attributions in per_article
    ]


_MIDDLE_RE = re.compile(r"[A-Z]\.?")


def _middle_initials(mapping: Mapping[str, str], counts: Mapping[str, int]) -> dict[str, str]:
    """One name for a person written with and without a middle initial or a suffix
    ("Donald J. Trump" / "Donald Trump", "John G. Roberts Jr" / "John Roberts"): the form
    quoted most (on a tie, the shortest); never when two people share the first and last
    names once the initials are dropped ("Mary A. Smith" and "Mary B. Smith")."""
    quoted: dict[str, int] = {}
    for name, target in mapping.items():
        quoted[target] = quoted.get(target, 0) + counts.get(name, 0)
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for target in quoted:
        words = target.split()
        while len(words) > 2 and words[-1].rstrip(".").casefold() in NAME_SUFFIXES:
            words = words[:-1]
        if len(words) < 2 or _org_like(target):
            continue
        middle = words[1:-1]
        if not all(_MIDDLE_RE.fullmatch(w) for w in middle):
            continue
        groups[(words[0], words[-1])].append(target)
    found: dict[str, str] = {}
    for forms in groups.values():
        if len(forms) < 2:
            continue
        middles = {tuple(f.split()[1:-1]) for f in forms if len(f.split()) > 2}
        if len({m for m in middles if m and _MIDDLE_RE.fullmatch(m[0])}) > 1:
            continue  # two different middle initials: maybe two people
        best = max(forms, key=lambda f: (quoted[f], -len(f)))
        found.update({f: best for f in forms if f != best})
    return found


def _person_of_body(name: str) -> str:
    """ "Ann Lee" from "Professor Ann Lee of Harvard University", "Karen Lloyd" from "Det
    Insp Karen Lloyd of West Yorkshire Police": a person's name (after any titles) then
    "of" and the body they belong to; a body's own name is kept ("Bank of England",
    "Archbishop of Canterbury": no person's name before the "of")."""
    head, sep, body = name.partition(" of ")
    if not sep or not body:
        return name
    _titles, person, _ = split_title(head.split())
    if not 2 <= len(person) <= 3 or not all(w[:1].isupper() for w in person):
        return name
    if any(w.casefold() in ORG_HEADS or w.casefold() in TITLES for w in person):
        return name
    if not any(w.casefold() in ORG_HEADS for w in body.split()):
        return name  # "of" and a place: "Beth Davidz of Williamsburg" may be how she is named
    return " ".join(person)


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
        if voice in PERSONAL_VOICES:
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
            by_first.setdefault(folded_name(words[0]), []).append(target)

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
            by_last.setdefault(folded_name(words[-1]), []).append(target)
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
            key = folded_name(name.split()[part])
            near = [
                g
                for g in groups
                if any(alike(key, folded_name(o.split()[part])) for o in g)
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
    shorter, longer = sorted((a, b), key=len)
    if longer == shorter + shorter[-1:]:
        return True  # a final letter doubled: "Zelensky" / "Zelenskyy"
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
    loose: dict[str, str] = {}
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
                if _opens_a_name(words[k]) and _initials(name) == acronym:
                    found[acronym] = name
                    break
            else:
                # else, on the bracket's line, the longest tail of two words or more that
                # opens with the acronym's letter or holds all its letters: a name kept in
                # its own language ("Bernhard Schulte Shipmanagement (BSM)") or translated
                # ("Federal Electricity Commission (CFE)")
                line = run.group(1)[run.group(1).rfind("\n") + 1 :].split()
                for k in range(len(line) - 1):
                    initials = _initials(" ".join(line[k:]))
                    if _opens_a_name(line[k]) and (
                        initials[:1] == acronym[:1] or set(acronym) <= set(initials)
                    ):
                        loose.setdefault(acronym, " ".join(line[k:]))
                        break
        if len(found) == len(acronyms):
            break
    return {**loose, **found}


def _opens_a_name(word: str) -> bool:
    return word[:1].isupper() and word.casefold() not in ("the", "a", "an")


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


_OTHER_OFFICE = frozenset(
    {"deputy", "vice", "former", "ex", "acting", "assistant", "associate", "junior", "shadow",
     "interim", "outgoing", "incoming", "late", "previous", "future", "then"}
)  # fmt: skip
"""Words before a title that make it another office ("deputy prime minister")."""


def title_holder(title: str, roles: Mapping[str, set[str]]) -> str | None:
    """The one person of the set given ``title`` (case-folded words, "prime minister")
    before their name, also with words before it ("British Prime Minister Theresa May",
    "Additional Judge Humayun Dilawar"); None when no one or two people are, or the words
    make it another office ("Deputy Prime Minister ...")."""
    words = title.split()
    people: set[str] = set()
    for written, holders in roles.items():
        have = written.split()
        extra = have[: len(have) - len(words)]
        if have[len(extra) :] == words and not any(w in _OTHER_OFFICE for w in extra):
            people |= holders
            if len(people) > 1:
                return None
    return next(iter(people)) if people else None


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
        found = {c for c in found if extends_acronym(c, name)}
        if len(found) == 1:
            return found.pop()
        if found and _org_like(name) and _one_chain(found):
            return max(found, key=len)
    return name


_NICKNAME_RE = re.compile(r"[\"“‘']([A-Z][a-z]+)[\"”’'] ([A-Z][\w'’-]+)")
"""The name a person goes by in quotation marks, then the surname: '"Bobby" Tran'
(searched from the quotation mark, which keeps the scan of a large set cheap)."""
_GIVEN_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)\s$")


def _nicknamed(targets: Set[str], articles: Sequence[Article]) -> dict[str, str]:
    """ "Bobby Tran" -> "Robert Tran" when the set writes 'Robert "Bobby" Tran' (one
    outlet calls him by his given name, another by the one he goes by)."""
    found: dict[str, str] = {}
    for article in articles:
        text = article.text
        for match in _NICKNAME_RE.finditer(text):
            nick, surname = match.groups()
            if f"{nick} {surname}" not in targets:
                continue
            given = _GIVEN_BEFORE_RE.search(text, max(0, match.start() - 30), match.start())
            if given and given.group(1) != nick:
                found[f"{nick} {surname}"] = f"{given.group(1)} {surname}"
    return found


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
        if not (looks_national(first) or possessive(first)):
            continue  # (a country's possessive is grouped with its adjective by nation_key)
        spelt = groups.setdefault((nation_key(first), rest.casefold()), {})
        spelt[target] = spelt.get(target, 0) + counts.get(name, 0)
    found = {
        target: max(spelt, key=lambda t: (possessive(t.split()[0]) is None, spelt[t], t))
        for spelt in groups.values()
        if len(spelt) > 1 and any(possessive(t.split()[0]) is None for t in spelt)
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
        if rest in quoted and looks_national(first) and _org_like(rest):
            national.setdefault(rest, []).append(target)
    for bare, variants in national.items():
        if len({nation_key(v.split(" ", 1)[0]) for v in variants}) == 1:
            best = max([bare, *variants], key=lambda t: (quoted[t], -len(t)))
            found.update({t: best for t in (bare, *variants) if t != best})
    return {name: target for name, target in found.items() if name != target}


def _one_chain(names: Iterable[str]) -> bool:
    """Whether the longest of ``names`` ends with every other one (one body named more
    or less fully, not two bodies: "Russian Foreign Ministry", "Saudi Foreign Ministry")."""
    folded = [n.casefold() for n in names]
    longest = max(folded, key=len)
    return all(longest.endswith(n) for n in folded)
