"""Speed shortcuts in the quotation analysis give exactly what the plain definitions give."""

from __future__ import annotations

import sys

import pytest

from articles.ingest import load_sample
from articles.utterances import _WORD_RE, words


def _plain_words(text: str) -> list[str]:
    """The definition :func:`articles.utterances.words` shortcuts."""
    return [w.casefold().replace("’", "'") for w in _WORD_RE.findall(text)]


def _folding_characters() -> list[str]:
    """Every character that case folding changes (the others leave a text as it is)."""
    out = []
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        if ch.casefold() != ch:
            out.append(ch)
    return out


def test_words_match_the_plain_definition_for_every_folding_character() -> None:
    chars = _folding_characters()
    assert "\u0345" in chars and "ẞ" in chars and "İ" in chars
    for ch in chars:
        for text in (ch, f"a{ch}b", f"{ch}’s x-{ch} _{ch}_ ‘{ch}’"):
            assert words(text) == _plain_words(text), repr(text)


@pytest.mark.parametrize(
    "text",
    [
        "ΑΣ ΟΔΟΣ said: “It’s Straße's İstanbul”",
        "ᾼ and ᾳ",  # letters whose folding holds U+0345's counterpart
        "don’t—won't, rock’n’roll _x_ -dash- 3.5 [IS]",
        "",
    ],
)
def test_words_on_mixed_text(text: str) -> None:
    assert words(text) == _plain_words(text)


def test_words_on_the_sample() -> None:
    for article in load_sample().articles:
        for paragraph in article.paragraphs:
            text = article.paragraph_text(paragraph)
            assert words(text) == _plain_words(text)
