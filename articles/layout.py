"""Tell the story apart from the page around it, by general features only.

Every block (see :mod:`articles.segment`) gets a :class:`BlockKind`.  The
evidence is generic: lines that recur in several articles of the set, short
lines without sentence punctuation outside the running text, the vocabulary
of web chrome (newsletters, comments, sign-up, copyright), caption wording and
credits, byline and agency lines.  Nothing here knows any outlet or sample.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from articles.model import BlockKind

_TERMINAL = ".!?…"
_TRAILING_CLOSERS = "\"'”’»)]› "

CHROME_RE = re.compile(
    r"""
    \bskip\ to\b | \bnewsletters?\b | \bsign\ (?:up|in)\b | \bsubscrib | \blog\ ?in\b
    | \bcomments?\b | \bsort\ by\b | \bshare\ (?:this|on|via)\b | \bfollow\ us\b
    | \badvertisement\b | \bcookies?\b | \ball\ rights\ reserved\b | © | \bcopyright\b
    | \bread\ (?:more|next)\b | \brelated\ (?:articles?|stories|content|topics)\b
    | \bclick\ here\b | \bmost\ (?:read|popular|viewed)\b | \brepublish | \bterms\ of\ (?:use|service)\b
    | \bprivacy\ policy\b | \bdownload\ (?:our|the)\ app\b | \bsponsored\b | \bback\ to\ top\b
    | \bmain\ menu\b | \bjump\ to\b | \bwatch\ live\b | \bsupport\ our\ journalism\b | \bdonate\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

CAPTION_RE = re.compile(
    r"""
    ^(?:photo(?:graph)?s?|images?|pictures?|video|illustration|caption|credit|file\ photo)
        \b[^.:]{0,30}:
    | \b(?:photo|video|frame|image|screen)[ -]?grabs?\b
    | \bscreenshot\b | \bfile\ (?:photo|picture|image)\b
    | ^(?:pictured|above|below|top|left|right)\s*:
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A trailing credit: "(AFP)", "[AFP/Russian Defence Ministry]", "(Getty Images)".
CREDIT_RE = re.compile(r"[(\[][A-Z][\w .'/&-]{0,60}[)\]]\s*$")
CAPTION_WORDS_RE = re.compile(
    r"\b(?:shows?|showing|pictured|seen|photo|image|video|footage|picture|purporting)\b",
    re.IGNORECASE,
)

OUTLET_WORDS_RE = re.compile(
    r"\b(?:press|presse|agency|agence|news|media|times|post|journal|herald|tribune|reuters|afp"
    r"|associated|bbc|cnn|daily|gazette|telegraph|guardian|observer|independent|chronicle"
    r"|radio|television|tv|broadcasting|wire|monitor|world|eye|today|express|mail|star)\b",
    re.IGNORECASE,
)
BYLINE_RE = re.compile(r"^(?:by|written by|reporting by)\s+(?P<name>[A-Z][^\n]{1,80})$", re.I)
AGENCIES_RE = re.compile(r"^(?P<outlet>[\w][\w .&'-]{1,60}?)\s+(?:and|&)\s+agencies\.?$", re.I)
# "... – Rana Moussaoui and Anna Smolchenko, AFP/" closing a wire story.
SIGNOFF_RE = re.compile(
    r"[–—-]\s*(?P<names>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)+"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)+)*)\s*,\s*"
    r"(?P<agency>[A-Z][A-Za-z&.]{1,20}(?:\s[A-Z][A-Za-z&.]+){0,3})\s*/?\s*$"
)
# "Middle East Eye delivers independent ... coverage" in a footer names the outlet.
SELF_DESCRIPTION_RE = re.compile(
    r"^(?P<outlet>(?:The\s)?[A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*){0,4})\s"
    r"(?:delivers|provides|publishes|brings|is\s+(?:an?|the)\s+\w*\s*(?:news|media|publication|outlet))\b"
    r"[^\n]*\b(?:coverage|news|journalism|reporting|analysis)\b"
)
MONTHS = (
    "january february march april may june july august september october november december"
).split()
DATE_RES = (
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(
        r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>" + "|".join(m[:3] for m in MONTHS)
        + r")[a-z]*\.?,?\s+(?P<y>\d{4})\b",
        re.I,
    ),
    re.compile(
        r"\b(?P<mon>" + "|".join(m[:3] for m in MONTHS)
        + r")[a-z]*\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b",
        re.I,
    ),
)
DATELINE_RE = re.compile(
    r"^(?:published|posted|updated|last updated|date)\b|^\W*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b",
    re.IGNORECASE,
)


def normalise_line(line: str) -> str:
    """The form under which lines are compared across articles."""
    return re.sub(r"\W+", " ", line.casefold()).strip()


def words(line: str) -> int:
    return len(line.split())


def ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_TRAILING_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def is_prose(line: str) -> bool:
    """Running text: a long line, or a punctuated sentence of a few words."""
    n = words(line)
    return n >= 12 or (n >= 5 and ends_sentence(line))


def is_caption(line: str) -> bool:
    if CAPTION_RE.search(line):
        return True
    return bool(CREDIT_RE.search(line)) and bool(CAPTION_WORDS_RE.search(line))


def is_chrome_words(line: str) -> bool:
    return bool(CHROME_RE.search(line))


def is_meta(line: str) -> bool:
    """Byline, agency credit or dateline on a line of its own."""
    if words(line) > 12 or ends_sentence(line) and words(line) > 4:
        return False
    if BYLINE_RE.match(line) or AGENCIES_RE.match(line) or DATELINE_RE.match(line):
        return True
    if parse_date(line) and words(line) <= 8:
        return True
    return words(line) <= 5 and bool(OUTLET_WORDS_RE.search(line)) and not ends_sentence(line)


@dataclass(frozen=True, slots=True)
class Layout:
    """Block kinds plus the metadata the blocks revealed."""

    kinds: tuple[BlockKind, ...]
    headline_block: int | None
    outlet: str | None
    byline: str | None
    date: tuple[int, int, int] | None


def parse_date(line: str) -> tuple[int, int, int] | None:
    for regex in DATE_RES:
        match = regex.search(line)
        if not match:
            continue
        groups = match.groupdict()
        if "mon" in groups:
            month = [m[:3] for m in MONTHS].index(groups["mon"][:3].lower()) + 1
        else:
            month = int(groups["m"])
        year, day = int(groups["y"]), int(groups["d"])
        if 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100:
            return year, month, day
    return None


def classify(lines: Sequence[str], recurring: frozenset[str] = frozenset()) -> Layout:
    """Kinds for the blocks ``lines`` of one article.

    ``recurring`` holds :func:`normalise_line` forms of lines that occur in two
    or more articles of the set: site furniture, unless it is running text
    inside the story (wire copy shared by two outlets).
    """
    n = len(lines)
    kinds: list[BlockKind | None] = [None] * n
    norm = [normalise_line(line) for line in lines]
    shared = [bool(k) and k in recurring for k in norm]

    # Captions, and repeats of a caption, wherever they are.
    caption_keys: set[str] = set()
    for i, line in enumerate(lines):
        if is_caption(line) or norm[i] in caption_keys:
            kinds[i] = BlockKind.CAPTION
            caption_keys.add(norm[i])

    def chrome_like(i: int) -> bool:
        line = lines[i]
        if is_chrome_words(line) and (not is_prose(line) or words(line) < 40):
            return True
        return shared[i] and not is_prose(line)

    # The body starts at the first punctuated prose block that is not a caption.
    body_start = next(
        (
            i
            for i in range(n)
            if kinds[i] is None
            and not chrome_like(i)
            and words(lines[i]) >= 8
            and ends_sentence(lines[i])
        ),
        n,
    )
    # The body ends at the last prose block that is not furniture.
    body_end = n
    for i in range(n - 1, body_start - 1, -1):
        if kinds[i] is not None:
            continue
        line = lines[i]
        furniture = (
            chrome_like(i)
            or (shared[i] and i > body_start)
            or is_meta(line)
            or not is_prose(line)
        )
        if not furniture:
            break
        body_end = i
    if body_end <= body_start:
        body_end = n

    outlet: str | None = None
    byline: str | None = None
    date: tuple[int, int, int] | None = None
    headline_block: int | None = None
    headline_key: str | None = None

    # Head: chrome, meta, headline, standfirst.
    for i in range(body_start):
        if kinds[i] is not None:
            continue
        line = lines[i]
        if chrome_like(i):
            kinds[i] = BlockKind.CHROME
        elif headline_key is not None and norm[i] == headline_key:
            kinds[i] = BlockKind.CHROME  # the title printed twice
        elif is_meta(line):
            kinds[i] = BlockKind.META
        elif headline_block is None and 2 <= words(line) <= 30:
            kinds[i] = BlockKind.HEADLINE
            headline_block, headline_key = i, norm[i]
        else:
            kinds[i] = BlockKind.STANDFIRST

    # Body: running text, subheads, stray chrome.
    for i in range(body_start, body_end):
        if kinds[i] is not None:
            continue
        line = lines[i]
        if headline_key is not None and norm[i] == headline_key:
            kinds[i] = BlockKind.CHROME
        elif is_prose(line):
            kinds[i] = BlockKind.BODY
        elif chrome_like(i):
            kinds[i] = BlockKind.CHROME
        elif is_meta(line) and not ends_sentence(line):
            kinds[i] = BlockKind.META
        else:
            kinds[i] = BlockKind.SUBHEAD

    # Tail: everything after the body is furniture of some kind.
    for i in range(body_end, n):
        if kinds[i] is None:
            kinds[i] = BlockKind.META if is_meta(lines[i]) else BlockKind.CHROME

    if headline_block is None and body_start < n and words(lines[body_start]) <= 30:
        # No title above the text: the first sentence-like line stands in.
        headline_block = body_start

    # Metadata from meta lines, wire sign-offs and footers.
    for i, line in enumerate(lines):
        kind = kinds[i]
        if kind is BlockKind.META:
            if match := BYLINE_RE.match(line):
                byline = byline or match.group("name").strip()
            elif match := AGENCIES_RE.match(line):
                outlet = outlet or match.group("outlet").strip()
            elif (found := parse_date(line)) is not None:
                date = date or found
            elif outlet is None and OUTLET_WORDS_RE.search(line):
                outlet = line.strip()
    for i, line in enumerate(lines):
        if kinds[i] is BlockKind.BODY and (match := SIGNOFF_RE.search(line)):
            byline = byline or match.group("names").strip()
            outlet = outlet or match.group("agency").strip()
        elif kinds[i] is BlockKind.CHROME and (match := SELF_DESCRIPTION_RE.match(line)):
            outlet = outlet or match.group("outlet").strip()

    final = tuple(k if k is not None else BlockKind.BODY for k in kinds)
    return Layout(final, headline_block, outlet, byline, date)
