"""Split article text into paragraph blocks and sentences, keeping offsets.

Text copied from the web puts one paragraph per line; hard-wrapped text (plain
text e-mails, Markdown) continues a paragraph on the next line.  A line joins
the previous one only when it plainly continues it (it starts in lower case
and the previous line does not end a sentence), so a headline followed by a
caption on the next line stays two blocks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_TERMINAL = ".!?…"
_CLOSERS = "\"'”’»)]›"
_OPENERS = "\"'“‘«([‹"

# Words that end in a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col sgt capt cmdr adm maj sen rep gov pres st sr jr
    rev hon fr messrs mme mlle no nos vol vs etc inc ltd co corp bros dept univ est
    approx ca cf al fig jan feb mar apr jun jul aug sep sept oct nov dec mon tue
    wed thu fri sat sun u.s u.k u.n e.g i.e a.m p.m mt ft ave blvd rd
    """.split()
)

_LINE_RE = re.compile(r"[^\n]+")
# A candidate sentence end: terminal punctuation, optional closing marks, then space.
_BOUNDARY_RE = re.compile(r"([.!?…]+)([" + re.escape(_CLOSERS) + r"]*)(\s+)")


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line that holds non-space text, trimmed of outer spaces."""
    for match in _LINE_RE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end


def _continues(text: str, prev: tuple[int, int], line: tuple[int, int]) -> bool:
    """Whether ``line`` continues the paragraph ending with ``prev`` (hard wrap)."""
    # Only lines that are directly adjacent (no blank line between) can join.
    if text.count("\n", prev[1], line[0]) != 1:
        return False
    last = text[prev[1] - 1]
    first = text[line[0]]
    if last in _TERMINAL or last in "\"”’:":
        return False
    return first.islower()


def split_blocks(text: str) -> list[tuple[int, int]]:
    """Paragraph blocks as (start, end) spans, trimmed, in order."""
    blocks: list[tuple[int, int]] = []
    for line in iter_lines(text):
        if blocks and _continues(text, blocks[-1], line):
            blocks[-1] = (blocks[-1][0], line[1])
        else:
            blocks.append(line)
    return blocks


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    """Whether the word ending at ``dot`` (a full stop) is an abbreviation or initial."""
    i = dot
    while i > start and not text[i - 1].isspace() and text[i - 1] not in _OPENERS:
        i -= 1
    word = text[i:dot].lower()
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    # A single capital initial ("John F. Kennedy") or dotted acronym ("U.S.").
    if len(word) == 1 and word.isalpha():
        return True
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as (start, end) spans, trimmed."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _BOUNDARY_RE.finditer(text, start, end):
        punct_start = match.start(1)
        nxt = match.end()
        if nxt >= end:
            break
        following = text[nxt]
        # The next sentence starts with a capital, a digit or an opening mark.
        if not (following.isupper() or following.isdigit() or following in _OPENERS):
            continue
        if following in _OPENERS and nxt + 1 < end and text[nxt + 1].islower():
            continue
        punct = match.group(1)
        if punct == "." and _is_abbreviation(text, cursor, punct_start):
            continue
        # "..." inside a sentence, followed by a lower-case word, is caught above;
        # an ellipsis followed by a capital ends the sentence.
        sentence_end = match.end(2)
        spans.append((cursor, sentence_end))
        cursor = nxt
    if cursor < end:
        spans.append((cursor, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]
