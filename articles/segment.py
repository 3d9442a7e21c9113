"""Split article text into paragraph blocks and sentences, keeping offsets.

Text copied from the web puts one paragraph per line; hard-wrapped text (plain
text e-mails, Markdown) continues a paragraph on the next line.  A line joins
the previous one when it plainly continues it (it starts in lower case and the
previous line does not end a sentence), or, in a text that is hard-wrapped as a
whole, when the previous line is full: its width plus the next line's first
word would pass the wrap width, so the wrapper must have broken it there.  A
headline followed by a caption on the next line stays two blocks.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

_TERMINAL = ".!?…"
_CLOSERS = "\"'”’»)]›"
_OPENERS = "\"'“‘«([‹"

# Words that end in a full stop without ending the sentence, written capitalised:
# titles before a name, and month, day and place abbreviations ("Oct. 3", "St. Louis").
_CAPITAL_ABBREVIATIONS = frozenset(
    (  # noqa: SIM905
        "mr mrs ms dr prof gen lt col sgt capt cmdr adm maj brig cpl pvt sen rep gov pres"
        " st sr jr rev hon fr messrs mme mlle gens ft mt ave blvd"
        " jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri"
        " sat sun"
    ).split(" ")
)
# Abbreviations that never end a sentence in any case.
_ANY_CASE_ABBREVIATIONS = frozenset(["e.g", "i.e", "vs", "cf", "approx", "ca", "al", "viz"])
# Abbreviations that do not end the sentence when a number follows ("No. 10", "Fig. 2").
_NUMBER_ABBREVIATIONS = frozenset(["no", "nos", "vol", "fig", "p", "pp", "art", "ch", "sec"])

# The agency credit closing a dateline: "(AP) —", "(Reuters) -".
_WIRE_CREDIT_RE = re.compile(r"\([A-Z][\w&. ]{0,24}\)\s*[-–—]")
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
_LINE_RE = re.compile(r"[^\n]+")
_BLOCK_START_RE = re.compile(r"(?:#{1,6}\s|>|[-*+•]\s|\d{1,3}[.)]\s|={3,}|-{3,})")
"""A line starting so starts a block of its own in Markdown or plain text: a heading,
a list item, a quotation, a rule."""
_BYLINE_START_RE = re.compile(r"by\s+[A-Z][\w'’.-]+\s+[A-Z]")
"""A short line starting so is a byline ("by Anna Berg: June 8, 2017"), a block of its own;
a long one is running text wrapped before "by"."""
# A candidate sentence end: terminal punctuation, optional closing marks, then space.
_BOUNDARY_RE = re.compile(
    r"([.!?…]+)([" + re.escape(_CLOSERS) + r"]*)"
    # white space, or none where a text lost it ("Renfe said.A Spanish court",
    # "Dante-esque.”The train"): a full stop after a lower-case word, then a capital
    # (and a letter or a space) or a curly opening mark (straight marks are ambiguous)
    r"(\s+|(?<=[a-z][a-z][.!?])(?=[A-Z][a-z ]|“[A-Z])|(?<=[a-z][.!?][”’])(?=[A-Z][a-z ]|“[A-Z]))"
)


def _blank(char: str) -> bool:
    """White space, or an invisible format character (BOM, zero-width space)."""
    return char.isspace() or char in _INVISIBLE


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line that holds non-space text, trimmed of outer spaces.

    A page label glued to the text after it ("Hide AdPrime Minister Keir Starmer
    said", as a copied page with its advertisement buttons gives it) is a line
    of its own.
    """
    for match in _LINE_RE.finditer(text):
        start, end = match.span()
        while start < end and _blank(text[start]):
            start += 1
        while end > start and _blank(text[end - 1]):
            end -= 1
        if start < end:
            glued = _GLUED_LABEL_RE.match(text, start, end)
            if glued is not None:
                yield start, glued.end(1)
                start = glued.end(1)
            yield start, end


_GLUED_LABEL_RE = re.compile(
    r"((?:Hide|Skip|Close) Ad|Advertisement|ADVERTISEMENT|Read [Mm]ore|Read [Nn]ext)(?=[A-Z][a-z])"
)
"""Page labels that a copied page glues to the next paragraph's first word."""


def wrap_width(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None for one-paragraph-per-line text.

    In wrapped text most lines followed directly by another line are nearly
    full (within the top part of the width) and end in the middle of a
    sentence; in web copy such lines are whole paragraphs of any length that
    end with sentence punctuation.
    """
    followed = [
        (s, e) for (s, e), (ns, _) in itertools.pairwise(lines) if text.count("\n", e, ns) == 1
    ]
    if len(followed) < 3:
        return None
    width = max(e - s for s, e in followed)
    if not 30 <= width <= 120:
        return None
    full = [(s, e) for s, e in followed if e - s >= 0.6 * width]
    open_ended = [(s, e) for s, e in full if text[e - 1] not in _TERMINAL]
    if len(full) < 0.6 * len(followed) or len(open_ended) < 0.5 * len(full):
        return None
    return width


def _continues(
    text: str,
    prev: tuple[int, int],
    last_line: tuple[int, int],
    line: tuple[int, int],
    width: int | None,
) -> bool:
    """Whether ``line`` continues the paragraph ``prev`` (hard wrap).

    ``last_line`` is the last physical line of ``prev``.
    """
    # Only lines that are directly adjacent (no blank line between) can join, but
    # for a sentence a page copy broke over a blank line ("..., the most powerful
    # official in Manhattan,\n\nsaid the ..."): it goes on in lower case after
    # a comma or a word that cannot end a sentence
    if text.count("\n", prev[1], line[0]) != 1:
        return text[line[0]].islower() and _broken_off(text[last_line[0] : last_line[1]])
    if _BLOCK_START_RE.match(text, line[0], line[1]):
        return False
    if (
        _BYLINE_START_RE.match(text, line[0], line[1])
        and len(text[line[0] : line[1]].split()) <= 8
        and not _full(text, last_line, line, width)
    ):
        return False  # a byline under a title (wrapped prose fills the line above)
    if credit_wrapped(text[last_line[0] : last_line[1]]):
        return False  # a picture's alt text stands alone, so does its caption
    last = text[prev[1] - 1]
    first = text[line[0]]
    if first.islower() and not (last in _TERMINAL or last in '"”’:'):
        return True
    if first.islower() and last in '"”' and text[prev[1] - 2] not in _TERMINAL + ",":
        return True  # 'screamed "Bloodbath", "Killing Field"\nand "Mine Slaughter"'

    return _full(text, last_line, line, width)


_OPEN_ENDINGS = frozenset(
    ["and", "or", "but", "the", "a", "an", "of", "to", "in", "with", "for", "that"]
)
"""Words a sentence cannot end with: a line ending with one was broken off."""


def _broken_off(line: str) -> bool:
    """Whether ``line`` stops in the middle of a sentence (a comma or an open word)."""
    if line.endswith(","):
        return True
    last = line.rsplit(None, 1)[-1]
    return last in _OPEN_ENDINGS


def _full(text: str, last_line: tuple[int, int], line: tuple[int, int], width: int | None) -> bool:
    """Whether ``last_line`` was broken only because ``line``'s first word did not fit."""
    if width is None:
        return False
    first_word = len(text[line[0] : line[1]].split(None, 1)[0])
    return (last_line[1] - last_line[0]) + 1 + first_word > width


def credit_wrapped(line: str) -> bool:
    """A picture's alt text as copied from a page: the credit before it and glued after it.

    "Janet Miller A garden submerged under waterJanet Miller", "Getty Images
    Firefighters at the scene.Getty Images": the same two to four capitalised
    words open the line and end it, and the alt text between them starts with
    a capital ("New York is bigger than New York" is a headline).
    """
    if not line[-1:].isalpha():
        return False  # a credit ends in a letter; most lines end in punctuation
    first = line.split(None, 4)
    for n in range(min(4, len(first) - 1), 1, -1):
        credit = " ".join(first[:n])
        if not credit[:1].isupper() or not line.endswith(credit):
            continue
        before = len(line) - len(credit) - 1
        if before <= len(credit) or not first[n][:1].isupper():
            continue
        # glued on after a word or a full stop ("waterJanet Miller"), or set
        # apart at the end of a line that is no sentence ("pavement Ann Lee")
        glued = line[before].islower() or line[before] == "."
        if glued or line[before].isspace():
            return True
    return False


def split_blocks(text: str) -> list[tuple[int, int]]:
    """Paragraph blocks as (start, end) spans, trimmed, in order.

    A Markdown heading's marks ("# ", "## ") are left out of its block: the
    heading is its words.
    """
    lines = list(iter_lines(text))
    width = wrap_width(text, lines)
    blocks: list[tuple[int, int]] = []
    last_line = (0, 0)
    for line in lines:
        if blocks and _continues(text, blocks[-1], last_line, line, width):
            blocks[-1] = (blocks[-1][0], line[1])
        else:
            blocks.append(line)
        last_line = line
    for k, (start, end) in enumerate(blocks):
        marks = _HEADING_MARKS_RE.match(text, start, end)
        if marks is not None and marks.end() < end:
            blocks[k] = (marks.end(), end)
    if blocks:
        # "date 2023-11-20 Argentine presidential candidate ...": a page's date field
        # saved in front of its first line is a block of its own (the page's date),
        # not the first words of a headline or a caption
        start, end = blocks[0]
        field = _DATE_FIELD_RE.match(text, start, end)
        if field is not None:
            rest = field.end()
            while text[rest].isspace():
                rest += 1
            blocks[0:1] = [(start, field.end()), (rest, end)]
    if any(end - start > MAX_BLOCK_CHARS for start, end in blocks):
        blocks = [piece for block in blocks for piece in _cut_long(text, *block)]
    return blocks


MAX_BLOCK_CHARS = 5000
"""A block longer than this (a text saved without line breaks: 2 MB on one line) is
cut at sentence ends into blocks of at most this length: each is a paragraph to show,
and a paragraph is what the reader redraws as the cursor moves in it (two seconds a key
for 2 MB).  News paragraphs are far shorter (2,000 characters at most in 93 sets)."""
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’')\]]*\s+")


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` as spans of at most MAX_BLOCK_CHARS, cut after a sentence's
    end (else at a space, else anywhere), white space left out."""
    pieces = []
    while end - start > MAX_BLOCK_CHARS:
        limit = start + MAX_BLOCK_CHARS
        cut = None
        for found in _SENTENCE_END_RE.finditer(text, start + MAX_BLOCK_CHARS // 2, limit):
            cut = found
        if cut is not None:
            stop, resume = cut.end() - len(cut.group()) + len(cut.group().rstrip()), cut.end()
        else:
            space = text.rfind(" ", start + MAX_BLOCK_CHARS // 2, limit)
            stop = resume = space if space > 0 else limit
        pieces.append((start, stop))
        start = resume
        while start < end and text[start].isspace():
            start += 1
    pieces.append((start, end))
    return pieces


_DATE_FIELD_RE = re.compile(r"date[ \t]+\d{4}-\d{2}(?:-\d{2})?(?=[ \t]+\S)")
"""A date field ("date 2023-11-20") that a saved page opens its first line with."""
_HEADING_MARKS_RE = re.compile(r"#{1,6}[ \t]+")
"""The marks opening a Markdown heading."""


def _is_abbreviation(text: str, start: int, dot: int, following: str) -> bool:
    """Whether the word ending at ``dot`` (a full stop) is an abbreviation or initial.

    ``following`` is the first character of the next word.
    """
    i = dot
    while i > start and not text[i - 1].isspace() and text[i - 1] not in _OPENERS:
        i -= 1
    word = text[i:dot]
    if not word:
        return False
    lower = word.lower()
    if lower in _ANY_CASE_ABBREVIATIONS:
        return True
    if word[0].isupper() and lower in _CAPITAL_ABBREVIATIONS:
        return True
    if lower in _NUMBER_ABBREVIATIONS and following.isdigit():
        return True
    # A single capital initial ("John F. Kennedy").
    if len(word) == 1 and word.isupper():
        return True
    # A dotted capital acronym ("U.S.", "U.N."); lower-case "a.m." may end a sentence.
    return bool(re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word))


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
        if punct == "." and _is_abbreviation(text, cursor, punct_start, following):
            continue
        if following == "(" and _WIRE_CREDIT_RE.match(text, nxt, end):
            continue  # "SACRAMENTO, Calif. (AP) — ...": a dateline, not a sentence
        if (
            punct == "."
            and _CLOCK_ZONE_RE.match(text, nxt, end)
            and _AM_PM_RE.search(text, max(cursor, punct_start - 4), punct_start + 1)
        ):
            continue  # "at 1:28 a.m. EDT (0528 GMT), giving police ...": the time's zone
        # "..." inside a sentence, followed by a lower-case word, is caught above;
        # an ellipsis followed by a capital ends the sentence.
        sentence_end = match.end(2)
        spans.append((cursor, sentence_end))
        cursor = nxt
    if cursor < end:
        spans.append((cursor, end))
    if '"' in text[start:end]:
        spans = _split_glued_straight(text, start, spans)
    return [(s, e) for s, e in spans if text[s:e].strip()]


_AM_PM_RE = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_CLOCK_ZONE_RE = re.compile(
    r"(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|IST|JST|KST|AEST|AEDT|HKT|SGT|WIB)\b"
)
"""Time zones written after a clock time ("1:28 a.m. EDT"): the sentence goes on."""


_GLUED_STRAIGHT_RE = re.compile(r'(?<=[a-z][a-z])[.!?]"(?=[A-Z][a-z ])')
"""A full stop and a straight quotation mark glued to the next sentence ('told the
station."A lot of people'): whether the mark closes the last sentence or opens the
next, the count of marks before it in the paragraph says."""


def _split_glued_straight(
    text: str, paragraph_start: int, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        for found in _GLUED_STRAIGHT_RE.finditer(text, s, e):
            mark = found.end() - 1
            opens = text.count('"', paragraph_start, mark) % 2 == 0
            cut = mark if opens else mark + 1  # (the mark goes with the sentence it opens)
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out
