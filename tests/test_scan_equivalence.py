"""The fast scans of numbers and aliases find exactly what a plain finditer finds.

Claim analysis tries its costlier patterns only where a match can begin
(after a digit run or number word, before a key word, at a capital letter).
These tests compare each shortcut with the straightforward scan on sample
sentences mixed with awkward fragments, so a later edit of a pattern that
breaks the shortcut's assumption fails here rather than silently changing claims.
"""

from __future__ import annotations

import random
import re

import pytest

from articles import aliases as A
from articles import numbers as N
from articles.ingest import load_sample

_FRAGMENTS = [
    "one", "One", "ONE", "twenty-one", "twenty one", "a dozen", "an score", "A Score",
    "dozens", "sevenpercent", "5%", "5 per cent", "1 in 20", "one out of 20",
    "three of every four", "2,000", "2,0000", "1.5 million", "half", "a third",
    "two thirds", "30 September", "Sept. 3", "October 3rd", "Wednesday",
    "on Saturday, October 3", "ſix", "İ", "ı", "K", "someone", "often", "fifteen",
    "ninety-nine thousand", "١٢", "may 5", "x12", "12x", "_7", "hundreds", "’", "é",
    "Daesh [ISIS]", "the Islamic State (IS) group", "Islamic State, also known as ISIL",
    "ISIS, an alternative name for Islamic State", "IS (aka Daesh)",
    "using an alternative name for IS", "causing another other name for the Foo Bar",
    "referring to ISIS", "Free Syrian Army", "[Foo]", "[", "Dhakaka", "aka",
    "also  known\nas", "A B C D E F G H I J K [L]", "Abc,(aka Def)", "ABCDEFG", "USA",
    "Syrian Observatory for Human Rights (SOHR)", "x" * 120 + " [AB]",
]  # fmt: skip


def _texts(count: int, seed: int) -> list[str]:
    """Sample sentences with fragments inserted at random (deterministic)."""
    rng = random.Random(seed)
    sentences = [a.sentence_text(s) for a in load_sample().articles for s in a.content_sentences]
    out = []
    for _ in range(count):
        words = rng.choice(sentences).split(" ")
        for _ in range(rng.randint(1, 6)):
            words.insert(rng.randint(0, len(words)), rng.choice(_FRAGMENTS))
        text = rng.choice([" ", " ", "  ", "\n", "-"]).join(words)
        out.append(text.upper() if rng.random() < 0.1 else text)
    return out


TEXTS = _texts(1500, seed=11)


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", ["ratio", "percent", "count"])
def test_number_patterns_tried_at_starts_match_finditer(kind: str) -> None:
    pattern = dict(N._PATTERNS)[kind]
    checked = 0
    for text in TEXTS:
        starts = N._number_starts(text, text.lower())
        if starts is None:
            continue
        checked += 1
        assert _spans(N._matches_at(pattern, text, starts)) == _spans(pattern.finditer(text))
    assert checked > 1000


def test_number_starts_give_way_to_letters_that_fold_to_ascii() -> None:
    assert N._number_starts("ſix of them", "ſix of them") is None


def test_find_numbers_matches_a_plain_scan() -> None:
    def plain(text: str) -> list[N.NumberMention]:
        taken: list[tuple[int, int]] = []
        found = []
        present = N._present_kinds(text)
        for kind, pattern in N._PATTERNS:
            if N._NEEDS[kind] not in present:
                continue
            for match in pattern.finditer(text):
                start, end = match.span()
                if any(start < e and end > s for s, e in taken):
                    continue
                mention = N._mention(kind, match, None)
                if mention is not None:
                    taken.append((start, end))
                    found.append(mention)
        return sorted(found, key=lambda m: m.start)

    for text in TEXTS:
        assert N.find_numbers(text) == plain(text), text


def test_date_anchors_match_finditer() -> None:
    extra = [
        "frİday, 3 May",
        "tueſday, 3 Sept",
        "On Friday, 2 October and Sunday 4 Oct",
        "late on Wednesday, 30 September, and Thursday October 1",
    ]
    for text in TEXTS + extra:
        assert _spans(N._anchor_matches(text)) == _spans(N._ANCHOR_RE.finditer(text))


def test_alias_statements_tried_before_key_words_match_finditer() -> None:
    for text in TEXTS:
        brackets = [(m.start(), m.end()) for m in A._BRACKET_KEY_RE.finditer(text)]
        assert _spans(A._matches_before(A._BRACKET_RE, text, brackets)) == _spans(
            A._BRACKET_RE.finditer(text)
        )
        keys = [(m.start(), len(text)) for m in A._AKA_KEY_RE.finditer(text)]
        assert _spans(A._matches_before(A._AKA_RE, text, keys)) == _spans(A._AKA_RE.finditer(text))
        assert _spans(A._using_matches(text)) == _spans(A._USING_RE.finditer(text))


def test_capital_patterns_match_their_plain_forms() -> None:
    acronym = re.compile(r"\b[A-Z]{2,6}\b")
    phrase = re.compile(r"\b[A-Z][a-z][\w’'-]*(?:\s+(?:(?:of|for|the|on)\s+)?[A-Z][\w’'-]*)+")
    for text in TEXTS:
        assert A._ACRONYM_RE.findall(text) == acronym.findall(text)
        assert A._CAP_PHRASE_RE.findall(text) == phrase.findall(text)
