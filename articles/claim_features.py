"""What a sentence asserts, as a bag of comparable terms (for claim linking).

A sentence becomes a set of *terms*:

* content words, lower-cased and stemmed by a light suffix stripper that also
  collapses doubled letters ("targetted" = "targeted", "Raqqa" = "Raqa"),
  with compounds joined when the set also writes them as one word ("air
  strikes" = "airstrikes");
* entities, normalised through the :class:`~articles.aliases.AliasTable`
  ("IS", "ISIS", "Daesh" -> one ``ent:`` term);
* figures from :mod:`articles.numbers` ("one in 20" = "five percent"); a year is
  a ``year:`` term, not a count.

Terms are weighted by rarity over all sentences of the set (IDF), so a claim
is recognised by what is specific to it rather than by "Russia" or "said".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, islice
from operator import add

from articles.aliases import AliasTable, phrase_key
from articles.numbers import NumberMention, find_numbers, place_weekdays
from articles.speech_lexicon import unaccented

_STOPWORDS_TEXT = """
    a about above after again against all also although am among an and any are as at be
    because been before being below between both but by can could did do does doing down
    during each either else even ever every few for from further had has have having he her
    here hers herself him himself his how however i if in into is it its itself just least
    less like many may me might more most much must my myself neither no nor not now of off
    on once only or other others our ours ourselves out over own per same several shall she
    should since so some such than that the their theirs them themselves then there these
    they this those though through thus to too under until up upon us very via was we were
    what when where whether which while who whom whose why will with within without would
    yet you your yours yourself yourselves s t ve ll re d m one
    said says say saying told tell tells according added adding stated stating also
    mr mrs ms dr
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
"""Function words and reporting verbs: they carry no assertion of their own."""

_TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_DOUBLE_RE = re.compile(r"(.)\1+")


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """A light English stem: enough to match inflections, never a dictionary form."""
    w = word.lower().replace("’", "'")
    w = unaccented(w)  # "Guzmán" and "Guzman": one name with or without accents
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    for suffix, repl, min_len in _SUFFIXES:
        if len(w) >= min_len and w.endswith(suffix):
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                break
            w = w[: -len(suffix)] + repl
            break
    if len(w) > 6 and w.endswith("ly") and not w.endswith(("ply", "mbly")):
        # adverbs ("largely", "heavily" = "heavy"), not nouns ("reply", "family", "assembly")
        w = w[:-3] + "y" if w.endswith("ily") else w[:-2]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return _DOUBLE_RE.sub(r"\1", w)


_SUFFIXES = (
    ("sses", "ss", 5),
    ("ies", "y", 5),
    ("ied", "y", 5),
    ("ing", "", 6),
    ("ed", "", 5),
    ("es", "e", 5),
    ("s", "", 4),
)


@dataclass(frozen=True, slots=True)
class SentenceFeatures:
    """The terms of one sentence and the figures found in it."""

    terms: frozenset[str]
    numbers: tuple[NumberMention, ...]
    words: tuple[str, ...]
    """Stemmed content words in order (for quantity names in disagreements)."""


@dataclass(frozen=True, slots=True)
class SentenceScan:
    """What the regular expressions find in a sentence (independent of the rest of the set).

    Scanning is most of the cost of feature extraction, so scans are cached
    (:func:`scan_sentence`); the set-dependent steps (aliases, compounds) are cheap.
    """

    numbers: tuple[NumberMention, ...]
    words: tuple[str, ...]
    """Word tokens as written, figures left out."""


@lru_cache(maxsize=262144)
def scan_sentence(text: str) -> SentenceScan:
    """Figures and word tokens of ``text`` (cached: wire copy repeats sentences verbatim).

    Weekdays stay weekdays here; :func:`sentence_features` places them on the
    calendar of the article that prints the sentence.
    """
    numbers = tuple(find_numbers(text))
    if numbers:
        # Blank the figures out (same length, so offsets hold) before tokenising.
        parts, last = [], 0
        for m in numbers:
            parts.append(text[last : m.start])
            parts.append(" " * (m.end - m.start))
            last = m.end
        parts.append(text[last:])
        text = "".join(parts)
    return SentenceScan(numbers, tuple(_TOKEN_RE.findall(text)))


def _entity_spans(words: Sequence[str], aliases: AliasTable) -> dict[int, tuple[int, str]]:
    """Longest alias matches over ``words``: start index -> (length, canonical key)."""
    found: dict[int, tuple[int, str]] = {}
    keys = list(map(phrase_key, words))
    lengths = aliases.lengths
    if lengths.keys().isdisjoint(keys):
        return found
    count = len(words)
    resume = 0
    longest_first = aliases.longest_first()
    canonical_key = aliases.canonical_key
    for i in compress(range(count), map(lengths.__contains__, keys)):
        if i < resume:
            continue  # inside the previous match
        for n in longest_first[keys[i]]:
            if i + n > count:
                continue
            key = keys[i] if n == 1 else " ".join(k for k in keys[i : i + n] if k)
            root = canonical_key(key) if key else None
            if root is not None:
                found[i] = (n, root)
                resume = i + n
                break
    return found


def is_function_word(lower: str) -> bool:
    """Whether a lower-case token carries no assertion: a stopword, a digit string, a
    letter, or a contraction of a function word ("it's", "we'll", "don't", "I'm").

    A contraction is read by the word before its apostrophe: "Trump's" keeps
    "trump", but "it's" is "it" and "we'll" would otherwise stem to "wel", the
    term of "well".
    """
    if lower in STOPWORDS or len(lower) < 2 or lower.isdigit():
        return True
    cut = lower.find("'")
    if cut < 0:
        cut = lower.find("’")
    if cut <= 0:
        return False
    base, suffix = lower[:cut], lower[cut + 1 :]
    if suffix == "t" and base.endswith("n"):
        return True  # don't, isn't, won't, can't: negated auxiliaries
    return suffix in _CONTRACTED and base in STOPWORDS


_CONTRACTED = frozenset({"s", "re", "ve", "ll", "d", "m"})


class _SimpleTerms(dict[str, str]):
    """Lower-case word -> its term, or "" for a stopword, a digit string or a letter.

    Filled on first use; the words of a news set recur, so most lookups are hits.
    """

    def __missing__(self, lower: str) -> str:
        if len(self) > 500_000:
            self.clear()  # bound the memory of a long session
        term = "" if is_function_word(lower) else stem(lower)
        self[lower] = term
        return term


_SIMPLE_TERMS = _SimpleTerms()


def sentence_features(
    text: str,
    aliases: AliasTable,
    vocabulary: frozenset[str] | None = None,
    today: object = None,
) -> SentenceFeatures:
    """The terms of ``text``; ``vocabulary`` (stems seen in the set) enables compound joining."""
    scan = scan_sentence(text)
    numbers = place_weekdays(scan.numbers, today)  # type: ignore[arg-type]
    words = scan.words
    entities = _entity_spans(words, aliases) if len(aliases) else {}
    terms: set[str] = {_figure_term(m, text) for m in numbers if not m.vague}
    if numbers is not scan.numbers:
        # a weekday placed on the calendar keeps its weekday term too: an article whose
        # date is unknown says "on Wednesday" of the same day
        terms.update(_figure_term(m, text) for m in scan.numbers if m.kind == "weekday")
    lowered = list(map(str.lower, words))
    if vocabulary is not None and not vocabulary.isdisjoint(
        map(add, lowered, islice(lowered, 1, None))
    ):
        ordered = _ordered_terms_joining(lowered, entities, vocabulary)
    else:
        # No two neighbouring words join into a known word: each word is its own term.
        simple = _SIMPLE_TERMS.__getitem__
        ordered = []
        done = 0
        for start, (n, root) in entities.items():
            ordered += filter(None, map(simple, lowered[done:start]))
            ordered.append("ent:" + root)
            done = start + n
        ordered += filter(None, map(simple, lowered[done:]))
    terms.update(ordered)
    return SentenceFeatures(frozenset(terms), numbers, tuple(ordered))


_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")


def is_year(number: NumberMention, text: str) -> bool:
    """Whether a count is a year: a whole number from 1900 to 2100 written as four
    digits that counts nothing named after it ("2000 people" and "1950 homes" are
    counts; "in 2020", "the 2020 Olympics", "2019 was" are years)."""
    if not (
        number.kind == "count"
        and not number.unit
        and not number.vague
        and 1900 <= number.value <= 2100
        and text[number.start : number.end].isdigit()
    ):
        return False
    after = _NEXT_WORD_RE.match(text, number.end)
    if after is None:
        return True
    word = after.group(1)
    return word in STOPWORDS or word.endswith("ed")


def _figure_term(number: NumberMention, text: str) -> str:
    """A figure's term; a year is a ``year:`` term, not a count: it says when, and it
    is no key figure (:data:`articles.claims.FIGURE_WEIGHT`): the stories of a large
    set share their years ("Tokyo will host the 2020 Olympics" drew in every 2020
    story of a corpus)."""
    if is_year(number, text):
        return f"year:{int(number.value)}"
    return number.token


def _ordered_terms_joining(
    lowered: Sequence[str], entities: dict[int, tuple[int, str]], vocabulary: frozenset[str]
) -> list[str]:
    """The terms of a sentence in order, two words read as one when the set writes them so."""
    ordered: list[str] = []
    i = 0
    count = len(lowered)
    while i < count:
        if i in entities:
            n, root = entities[i]
            ordered.append("ent:" + root)
            i += n
            continue
        lower = lowered[i]
        if is_function_word(lower):
            i += 1
            continue
        if i + 1 < count and i + 1 not in entities:
            joined = lower + lowered[i + 1]
            if len(joined) >= 6 and joined in vocabulary:
                ordered.append(stem(joined))
                i += 2
                continue
        i += 1
        ordered.append(stem(lower))
    return ordered


def vocabulary_of(texts: Sequence[str]) -> frozenset[str]:
    """Every single word (lower case, six letters or more) in ``texts``.

    These are the targets of compound joining: "air strikes" is read as one
    term when the set also writes "airstrikes".
    """
    words: set[str] = set()
    for text in texts:
        words.update(scan_sentence(text).words)
    vocab = {word.lower() for word in words if len(word) >= 6}
    vocab -= STOPWORDS
    return frozenset(vocab)


@lru_cache(maxsize=65536)
def quote_shingles(quoted: str, size: int = 3) -> frozenset[str]:
    """Runs of ``size`` stemmed words of a quotation that hold a content word.

    Two passages quoting the same words share shingles however each outlet
    writes its quote marks, apostrophes or bracketed insertions.
    """
    words = [stem(w) for w in _TOKEN_RE.findall(quoted)]
    if len(words) < size:
        if words and any(w not in STOPWORDS for w in words):
            return frozenset({"q:" + " ".join(words)})
        return frozenset()
    content = [w not in STOPWORDS for w in words]
    return frozenset(
        "q:" + " ".join(words[i : i + size])
        for i in range(len(words) - size + 1)
        if True in content[i : i + size]
    )
