"""Tell the story apart from the page around it, by general features only.

Every block (see :mod:`articles.segment`) gets a :class:`BlockKind`.  The
evidence is generic: lines that recur in several articles of the set, short
lines without sentence punctuation outside the running text, the vocabulary
of web chrome (newsletters, comments, sign-up, cookies, copyright), lines that
address the reader, caption wording and photo credits, byline, dateline and
agency lines.  Nothing here knows any outlet or sample.

The page is read in three parts: the *head* (chrome, section labels, headline,
standfirst, byline, dateline, captions) before the first paragraph of running
text, the *body*, and the *tail* (sign-offs, footers, comments) after the last
paragraph of running text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from articles.model import BlockKind
from articles.segment import credit_wrapped
from articles.speech_lexicon import wordset

_TERMINAL = ".!?…"
_TRAILING_CLOSERS = "\"'”’»)]› "
_QUOTES = '"“”«»„'

# CHROME_RE, WEAK_CHROME_RE and CAPTION_RE run only on lines holding one of their literal
# keys (_CHROME_KEYS and the others, below): a new alternative needs its key there, and a
# phrase in tests/test_layout_prechecks.py.
CHROME_RE = re.compile(
    # The look-around up front lets the engine skip positions inside words at once
    # (three times faster on prose than trying every alternative everywhere).
    r"""
    (?<!\w)(?=[a-z©])(?:
    \bskip\ to\b | \bnewsletters?\b | \bsign\ (?:up|in)\b | \bsubscri(?:be|ption|bers?)\b
    | \blog\ ?(?:in|out)\b | \bsort\ by\b | \bshare\ (?:this|on|via|article)\b
    | \bfollow\ us\b | \badvertisement\b | \ball\ rights\ reserved\b | ©
    | \bread\ (?:more|next|later)\b | \brelated\ (?:articles?|stories|content|topics)\b
    | \bclick\ here\b | \bmost\ (?:read|popular|viewed|shared)\b | \brepublish | \breuse\ this\b
    | \bterms\ (?:of\ (?:use|service)|and\ conditions)\b | \bprivacy\ (?:policy|notice)\b
    | \bdownload\ (?:our|the)\ app\b | \bback\ to\ top\b | \bmain\ menu\b
    | \bjump\ to\b | \bwatch\ live\b | \bsupport\ our\ journalism\b
    | \byour\ inbox\b | \bthis\ article\ is\ more\ than\b
    | \bjoin\ the\ conversation\b | \bour\ standards\b | \beditorial\ (?:standards|guidelines)\b
    | \bprint\ this\b | \bemail\ this\b | \bshow\ more\b | \bload\ more\b
    | \boptimal\ experience\b | \b(?:your|another|a\ different)\ browser\b
    | \benable\ javascript\b
    | \bin\ (?:pictures|photos|images)\s*$
    | \bmost\ recent\ (?:stories|articles|posts)\b | \bpowered\ by\b
    | ^\s*presented\ by\s*$ | ^\s*voiced\ by\b | \blisten\ to\ this\ (?:article|story)\b
    | ^\s*(?:hide|skip|close)\ ad\s*$
    | ^\s*(?:a\ )?(?:part|member)\ of\ (?:the\ )?[\w\ .&'-]{2,40}\ network\s*$
    | \bcopy\ link\b | \blink\ copied\b | \blicensing\ rights\b | \bback\ to\ home\b
    | \b(?:complete|full)\ coverage\s*$ | ^\s*gift\ (?:this\ )?article\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Words of page furniture that also occur in headlines ("Minister's comments spark row"):
# evidence on a very short line ("Comments (12)", "Sponsored") or with other evidence.
WEAK_CHROME_RE = re.compile(
    r"\b(?:comments?|cookies?|copyright|sponsored|donate|newsletters?|briefing|subscribers?)\b",
    re.IGNORECASE,
)
# Lines that begin by telling the reader to do something with the page.
CHROME_IMPERATIVE_RE = re.compile(
    r"^\W*(?:sign\ (?:up|in)|subscribe|follow\ us|join\ (?:us|the)|get\ (?:our|the\ latest)"
    r"|read\ (?:more|next|all\ the\ latest|the\ latest)|click|download|share"
    r"|add\ (?:a|your)\ comment|we\ use\ cookies"
    r"|by\ (?:continuing|using\ this)|support\ us|stay\ informed|don'?t\ miss"
    r"|stay\ with\ [\w\ ]{2,30}\ for\ (?:updates|the\ latest|more)"
    r"|support\ (?:local|independent|our|quality|public)\ (?:journalism|news|reporting)"
    r"|become\ a\ (?:member|subscriber|supporter)|our\ standards(?=\s*:)"
    r"|(?:fund|support)\ (?:independent|local|quality|our)\ journalism"
    r"|more\ on\ this\ (?:story|topic)(?=\W*$)"
    r"|related(?:\ (?:stories|articles|coverage|content))?(?=\W*$|\s*:)"
    r"|see\ also(?=\s*:)|also\ read(?=\s*:)"
    r"|this\ (?:story|article)\ is\ (?:over|more\ than)\ \d+\ years?\ old)\b",
    re.IGNORECASE | re.VERBOSE,
)
# Navigation vocabulary: a short line made only of these words is a menu or share bar.
NAV_WORDS = frozenset(
    [
        "home",
        "menu",
        "search",
        "share",
        "tweet",
        "email",
        "print",
        "facebook",
        "twitter",
        "whatsapp",
        "linkedin",
        "reddit",
        "telegram",
        "messenger",
        "copy",
        "link",
        "more",
        "topics",
        "tags",
        "close",
        "open",
        "next",
        "previous",
        "back",
        "top",
        "login",
        "logout",
        "register",
        "account",
        "settings",
        "x",
        "pinterest",
        "instagram",
        "flipboard",
        "youtube",
        "tiktok",
        "bluesky",
        "threads",
        "mail",
        "sms",
        "comments",
        "comment",
        # a site's sections, as a menu lists them ("News  Sport  Business  Opinion")
        "news",
        "sport",
        "sports",
        "business",
        "opinion",
        "weather",
        "politics",
        "world",
        "culture",
        "lifestyle",
        "entertainment",
        "technology",
        "tech",
        "science",
        "health",
        "travel",
        "video",
        "videos",
        "stories",
        "sections",
        "latest",
        "sign",
        "in",
        "log",
        "subscribe",
        "newsletters",
    ]
)
_READER_RE = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)

_CAPTION_LABEL_RE = re.compile(r"(?:image|photo|picture|video|media)\s+caption\s*[,:]?", re.I)
"""A caption's label on a line of its own, the caption on the next ("Image caption,")."""
CAPTION_RE = re.compile(
    r"""
    ^(?:photo(?:graph)?s?|images?|pictures?|video|illustration|caption|file\ photo)
        \b[^.:]{0,30}:
    | ^credits?\s*:
    | ^(?:map|chart|graphic|infographic)\s*:
    | ^(?:an?\ )?(?:info)?graphic\ (?:explaining|showing|shows)\b
    | ^this\ (?:file\ )?(?:combination\ of\ )?(?:photos?|pictures?|images?)\ (?:shows?|taken)\b
      (?=[^\n]{0,120}$)
    | \b(?:photo|video|frame|image|screen)[ -]?grabs?\b
    | \bscreenshot\b | \bfile\ (?:photo|picture|image)\b
    | ^(?:pictured|above|below|top|left|right)\s*:
    | \b(?:photo(?:graph)?|image|picture|illustration|video)(?:\s+credit)?\s*:\s*[^.!?:]{1,80}$
    | [a-z](?-i:Photo|Image|Picture):\s*[^.!?:]{1,80}$
    | ^(?:image|photo|picture|video|media)\s+(?:source|caption|credit)s?\s*[,:]
    | (?:image|photo|picture|video)\s+(?:source|credit)s?\s*,\s*[^.!?,]{1,60}$
    | \s\scredit\s*:\s*[^.!?]{1,60}$
    | credit(?:\.{2,}|…)\s*[A-Z]
    | [.!?](?:/\s?)?[A-Z][^.!?]{0,50}
      \b(?:getty\ images|afp|reuters|shutterstock|alamy|epa|ap\ photo|via\ ap)\s*$
    | \bin\ this\ (?:image|photo|picture|handout\ photo|file\ photo|video\ grab)\b
    | ^[A-Z][\w.'’\ -]{1,40}/\s?(?:getty\ images|afp|reuters|shutterstock|alamy|epa|ap)
      (?:\ via\ getty\ images)?\s*$
    | \s-\s(?:getty|reuters|afp)\s-\s
    | ^[A-Z][\w.'’\ -]{1,40}\s[-–—|]\s(?:[A-Z][\w.&'’]*\s){0,3}(?:via\ )?
      (?:getty\ images|shutterstock|alamy)\s*$
    | ^[A-Z][\w.&'’\ -]{0,30}\s(?:photo|photograph|picture|image)s?\s?/\s?[A-Z][^/]{1,50}$
    | ^(?:photo\ |image\ |video\ )?courtesy\ (?:of\ )?[^.!?]{2,80}$
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A trailing credit: "(AFP)", "[AFP/Russian Defence Ministry]", "((Kyodo News/AP))".
CREDIT_RE = re.compile(r"[(\[]{1,2}(?P<credit>[A-Z][^()\[\]\n]{0,60})[)\]]{1,2}\s*$")
CREDIT_WORDS_RE = re.compile(
    r"\b(?:afp|reuters|ap|epa|getty|anadolu|xinhua|tass|sputnik|dpa|ansa|efe|upi|pa|bloomberg"
    r"|shutterstock|alamy|handout|file|photo|photos|image|images|picture|pool|courtesy|supplied"
    r"|credit|via|twitter|youtube|facebook|instagram|screenshot|ministry)\b|/",
    re.IGNORECASE,
)
_PICTURE_CREDIT_RE = re.compile(
    r"(?:[A-Z][\w.-]*\s+(?:via\s+)?)?(?:Getty Images|Getty|Shutterstock|Alamy|EPA(?:-EFE)?"
    r"|PA Media|PA Wire|Handout|Pool)"
)
"""A picture agency's bare credit on a line of its own, "AFP via Getty Images" (not a news
agency's name alone: "Reuters" over a headline is the outlet)."""
CAPTION_WORDS_RE = re.compile(
    r"\b(?:shows?|showing|pictured|seen|photo|image|video|footage|picture|purporting)\b",
    re.IGNORECASE,
)

OUTLET_WORDS_RE = re.compile(
    r"\b(?:press|presse|agency|agence|news|media|times|post|journal|herald|tribune|reuters|afp"
    r"|associated|bbc|cnn|daily|gazette|telegraph|guardian|observer|independent|chronicle"
    r"|radio|television|tv|broadcasting|wire|monitor|world|eye|today|express|mail|star"
    r"|courier|ledger|dispatch|sentinel|examiner|globe|mirror|inquirer|bulletin|recorder"
    r"|enquirer|register|chronicle|gazette|standard|sun)\b",
    re.IGNORECASE,
)
BYLINE_RE = re.compile(r"^(?:by|written by|reporting by)\s+(?P<name>@?[A-Z][^\n]{1,80})$", re.I)
# "Helena Horton Environment reporter", "Jane Doe and John Roe Political editors": a
# byline without "By", the names followed by the journalist's role.
ROLE_BYLINE_RE = re.compile(
    r"^(?P<names>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}"
    r"(?:\s(?:and|&)\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3})?)"
    r"\s+(?:[A-Za-z-]+\s){0,3}(?i:reporter|correspondent|editor|writer|journalist|columnist"
    r"|critic|producer)s?$"
)
_BYLINE_SPLIT_RE = re.compile(r"\s*(?:,|:|\||•|·|\s[-–—]\s)\s*")
AGENCIES_RE = re.compile(
    r"^(?:source:\s*)?(?P<outlet>[\w][\w .&'-]{1,60}?)\s+(?:and|&)\s+(?:news\s+)?agencies\.?$",
    re.I,
)
_STAFF_RE = re.compile(r"\s+(?:staff|reporters?|correspondents?|writers?|desk)$", re.I)
# "... – Jane Doe and John Roe, AFP" closing a wire story.
SIGNOFF_RE = re.compile(
    r"(?:^|[–—-])\s*(?P<names>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)+"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)+)*)\s*,\s*"
    r"(?P<agency>[A-Z][A-Za-z&.]{1,20}(?:\s[A-Z][A-Za-z&.]+){0,3})\s*/?\s*$"
)
# "LONDON (Reuters) - ..." / "WASHINGTON, Oct 3 (AP) — ...": a wire dateline opening the
# story names the agency whose copy it is.
WIRE_DATELINE_RE = re.compile(
    # the place: capitalised words ("LONDON/BELFAST", "London", "NEW YORK", "St. Louis")
    r"^[A-Z][\w.'’-]*(?:[ /]+[A-Z][\w.'’-]*){0,3}(?:,[^()\n]{1,40})?\s*"
    r"\((?P<agency>[A-Z][A-Za-z&.]{1,20}(?:\s[A-Z][A-Za-z&.]+){0,3})\)\s*[-–—]"
)
# "Associated Press writers Ann Lee and Tom Ode contributed to this report."
CONTRIBUTORS_RE = re.compile(
    r"\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\b"
    r"|^\W*(?:additional\s+)?reporting\s+(?:from|in)\s+[A-Z]",
    re.IGNORECASE,
)
# "Reporting by Jane Doe; Editing by John Roe" (after a dash or not) credits the reporter.
REPORTING_CREDIT_RE = re.compile(
    r"^\W*(?i:(?:additional\s+)?reporting\s+by)\s+(?P<names>[A-Z][^;\n]{1,80}?)\s*(?:;|$)"
)
# "The Coastal Courier is an independent daily newspaper ..." in a footer names the outlet.
SELF_DESCRIPTION_RE = re.compile(
    r"^(?P<outlet>(?:The\s)?[A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*){0,4})\s"
    r"(?:(?:delivers|provides|publishes|brings)\b[^\n]*\b(?:coverage|news|journalism|reporting|analysis)"
    r"|is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}"
    r"(?:news|media|publication|outlet|newspaper|magazine|website|site|broadcaster|agency))\b"
)
# "Renee Castillo covers Baltimore County for the Harbor Herald. Contact her at ...", "Jane
# Doe is a senior reporter at ...": the note on the writer closing a page.
AUTHOR_NOTE_RE = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s){1,3}[A-Z][\w'’-]+\s"
    r"(?:covers|reports\s+on|writes\s+about|is\s+(?:an?|the)\s+(?:[\w-]+\s){0,4}"
    r"(?:reporter|correspondent|editor|writer|journalist|columnist|contributor))\b"
)
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_ALT = "|".join(m[:3] for m in MONTHS)
DATE_RES = (
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(
        r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>"
        + _MONTH_ALT
        + r")[a-z]*\.?,?\s+(?P<y>\d{4})(?:\b|(?=\d{1,2}:\d{2}))",
        re.I,
    ),
    re.compile(
        r"\b(?P<mon>"
        + _MONTH_ALT
        + r")[a-z]*\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?:\b|(?=\d{1,2}:\d{2}))",
        re.I,
    ),
    # "19/10/2025", "10/19/2025": read only when the day is past 12 (else ambiguous)
    re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})\b"),
)
DATELINE_RE = re.compile(
    r"^(?:published|posted|updated|last\ updated|last\ modified|first\ published|date)\b"
    # a weekday (not any word it opens: "Montrealers", "Sunak", "Saturn")
    r"|^\W*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)\b"
    # a time stamp alone: "5:56 PM ET", "10:30 a.m. EST"
    r"|^\W*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\W*$",
    re.IGNORECASE | re.VERBOSE,
)


_WORD_RUN_RE = re.compile(r"\w+")
# Characters that IGNORECASE matching equates with an ASCII letter although ``str.lower``
# does not map them to it (dotted and dotless i, long s): lines holding one skip the
# lower-cased substring pre-checks below and go straight to the full expression.
_FOLD_EXCEPTIONS = ("İ", "ı", "ſ")
# Literal, lower-case text that every match of CHROME_RE / WEAK_CHROME_RE / CAPTION_RE
# contains: a line holding none of it cannot match, so the expression need not run.
_CHROME_KEYS = (
    "skip to", "newsletter", "sign ", "subscri", "log", "sort by", "share ", "follow us",
    "advertisement", "all rights reserved", "©", "read ", "related ", "click here", "most ",
    "republish", "reuse this", "terms ", "privacy ", "download ", "back to top", "main menu",
    "jump to", "watch live", "support our journalism", "your inbox", "this article is more",
    "join the conversation", "print this", "email this", "show more", "load more",
    "our standards", "editorial ", "optimal experience", "browser", "javascript",
    "in pictures", "in photos", "in images", "powered by", "presented by", "voiced by",
    "listen to", "hide ad", "skip ad", "close ad", "part of ", "member of ", "copy link",
    "link copied", "licensing rights", "back to home", "complete coverage", "full coverage",
    "gift ",
)  # fmt: skip
_WEAK_CHROME_KEYS = (
    "comment", "cookie", "copyright", "sponsored", "donate", "newsletter", "briefing",
    "subscriber",
)  # fmt: skip
_CAPTION_KEYS = (
    ":", "grab", "screenshot", "file ", " source", " caption", "credit", "getty", "afp",
    "reuters", "shutterstock", "alamy", "epa", "ap photo", "/ap", "courtesy", "via ap",
    "in this image", "in this photo", "in this picture", "in this handout", "in this file",
    "in this video", "graphic", "this photo", "this picture", "this image", "this combination",
    # a credit after the word for the picture: "AP Photo/Joseph Kaczmarek"
    *(f"{word}{plural}{space}/" for word in ("photo", "photograph", "picture", "image")
      for plural in ("", "s") for space in ("", " ")),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Keys:
    """The pre-check keys that can occur in some text: all of them, or one page's.

    A key absent from a whole page is absent from each of its lines, so a page
    is searched for the keys once and its lines only for the few it holds.
    """

    strong: tuple[str, ...]
    weak: tuple[str, ...]
    caption: tuple[str, ...]
    fold_exceptions: bool
    """Whether the text may hold one of ``_FOLD_EXCEPTIONS`` (then each line is checked)."""

    @classmethod
    def of_page(cls, lines: Sequence[str]) -> _Keys:
        page = "\n".join(lines)
        lower = page.lower()
        return cls(
            tuple(k for k in _CHROME_KEYS if k in lower),
            tuple(k for k in _WEAK_CHROME_KEYS if k in lower),
            tuple(k for k in _CAPTION_KEYS if k in lower),
            any(ch in page for ch in _FOLD_EXCEPTIONS),
        )


_ALL_KEYS = _Keys(_CHROME_KEYS, _WEAK_CHROME_KEYS, _CAPTION_KEYS, True)


def _may_match(line: str, keys: tuple[str, ...], fold_exceptions: bool) -> bool:
    """False only when no match is possible: ``line.lower()`` holds none of ``keys``."""
    if keys:
        lower = line.lower()
        for key in keys:
            if key in lower:
                return True
    if not fold_exceptions:
        return False
    return not line.isascii() and any(ch in line for ch in _FOLD_EXCEPTIONS)


def normalise_line(line: str) -> str:
    r"""The form under which lines are compared across articles.

    Runs of non-word characters become one space, ends trimmed: the same as
    ``re.sub(r"\W+", " ", line.casefold()).strip()``, a little faster.
    """
    return " ".join(_WORD_RUN_RE.findall(line.casefold()))


@lru_cache(maxsize=4096)
def words(line: str) -> int:
    """Number of words of ``line``; cached, as the classifier asks about a line many times."""
    return len(line.split())


def ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_TRAILING_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def is_prose(line: str) -> bool:
    """Running text: a long line, a punctuated sentence of a few words, or speech."""
    n = words(line)
    return n >= 12 or (n >= 3 and ends_sentence(line)) or (n >= 5 and _cut_speech(line))


def _cut_speech(line: str) -> bool:
    """A quotation opening the line and never closed: a text cut off mid-speech ('"I have
    not fled justice - I have'), not a quoted heading ('“A night we will never forget”')."""
    if line[:1] == "“":
        return "”" not in line
    return line[:1] == '"' and line.count('"') == 1


def is_caption(line: str) -> bool:
    """Photo or video caption, or a credit line."""
    return _caption(line, _ALL_KEYS)


def _caption(line: str, keys: _Keys) -> bool:
    """:func:`is_caption`, pre-checking only ``keys``."""
    if _may_match(line, keys.caption, keys.fold_exceptions) and CAPTION_RE.search(line):
        return True
    if " for " in line and _PHOTOGRAPHER_RE.search(line) and words(line) <= 60:
        return True  # "... on Wednesday morning. Scott Lind for The National Ledger"
    if (
        line.rstrip(". ")[-4:].isdigit()
        and words(line) <= 60
        and _PLACED_AND_DATED_RE.search(line)
        and _CAPTION_VERB_RE.search(line, 0, 120)
    ):
        # "Javier Milei raises a fist during the closing event ..., in Cordoba,
        # Argentina, November 16, 2023": a wire photo's caption
        return True
    if line.rstrip()[-1:] not in (")", "]"):
        return False  # CREDIT_RE needs a closing bracket at the end
    match = CREDIT_RE.search(line)
    if match is None or words(line) > 60:
        return False
    return bool(CREDIT_WORDS_RE.search(match.group("credit")) or CAPTION_WORDS_RE.search(line))


_PHOTOGRAPHER_RE = re.compile(
    r"[.!?]\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’.-]+){1,2}\s+for\s+(?:[Tt]he\s+)?"
    r"[A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*){0,4}(?<!\.)\s*$"
)
"""A picture credit closing a caption: the photographer "for" the outlet, with no full
stop after it (a sentence would end with one: "... said U.S. Attorney Damon Wills for
the Southern District.")."""


def _credited_copy(line: str, above: str) -> bool:
    """``line`` is ``above`` with only a picture credit added ("2019./Philippe Lopez | AFP")."""
    if not above or not line.startswith(above) or words(above) < 4:
        return False
    rest = line[len(above) :].strip()
    return bool(rest) and words(rest) <= 10 and bool(CREDIT_WORDS_RE.search(rest))


_ALPHA_WORD_RE = re.compile(r"[^\W\d_]{2,}")
"""A word of letters: "Politics & Government" has two."""
_BARE_NAME_RE = re.compile(r"^[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2}$")
"""Two or three capitalised words and nothing else: "Tom Ellis", "Mary Ann Lee"."""
_BREADCRUMB_MARKS = frozenset({"›", "»", ">", "/", "|", "•", "·"})
"""What separates the items of a menu or a breadcrumb trail ("Home › News › World")."""
_TWO_SPACES_RE = re.compile(r"\s{2,}")
_NAV_SPLIT_RE = re.compile(
    r"\s*[" + re.escape("".join(sorted(_BREADCRUMB_MARKS))) + r"]\s*|\s{3,}|\t+"
)


_READING_TIME_RE = re.compile(
    r"\W*\d{1,2}\s*(?:-|\s)?min(?:ute)?s?\s+(?:to\s+)?read\W*"
    r"|\W*read(?:ing)?\s+time\s*:?\s*\d{1,2}\s*min(?:ute)?s?\W*",
    re.I,
)
"""A reading time ("·4 min read", "5-minute read", "Reading time: 4 min")."""
_CODE_RE = re.compile(r"[\"']\);|\bjQuery\(|\bfunction\s*\(|\bdocument\.|\}\);")
"""A script's code copied with a page ('"); jQuery("#212 h3").html("')."""


def is_nav(line: str) -> bool:
    """A menu, breadcrumb trail or share bar: items between separators, or only nav words;
    also a reading time and a script's code left on the page."""
    if _READING_TIME_RE.fullmatch(line) or _CODE_RE.search(line):
        return True
    items = [item for item in _NAV_SPLIT_RE.split(line) if item.strip()]
    if len(items) >= 3 and all(words(item) <= 3 for item in items):
        return True
    if len(items) >= 5 and sum(words(item) > 3 for item in items) <= 1:
        return True  # ("... | World | D.C., Md. & Va": a long menu, one longer item)
    tags = line.split(", ")
    if len(tags) >= 3 and all(
        0 < words(tag) <= 4
        and tag[:1].isupper()
        and not ends_sentence(tag)
        and sum(w[:1].islower() for w in tag.split()) <= 1
        for tag in tags
    ):
        return True  # "Post Office scandal, Rishi Sunak, Paula Vennells": topics' tags
    spaced = [item for item in _TWO_SPACES_RE.split(line.strip()) if item]
    if (len(spaced) >= 3 or (len(spaced) == 2 and words(line) <= 5)) and all(
        words(item) <= 3 and (words(item) == 1 or not ends_sentence(item)) for item in spaced
    ):
        return True  # "HOME  NEWS  India  World", "Give the times   Account": a menu
    if (
        len(items) == 2
        and all(words(item) <= 2 for item in items)
        and len(line) > len("".join(items)) + 1
    ):
        return True  # "Home | Americas", "News / World": a two-step trail
    tokens = re.findall(r"[a-z]+", line.casefold())
    return bool(tokens) and all(token in NAV_WORDS for token in tokens)


def addresses_reader(line: str) -> bool:
    """Speaks to the reader ("your inbox") outside any quotation."""
    return bool(_READER_RE.search(line)) and not any(q in line for q in _QUOTES)


def is_chrome_words(line: str) -> bool:
    """Web furniture by its wording; prose needs stronger evidence than a short line."""
    return _chrome_words(line, _ALL_KEYS)


_WEATHER_RE = re.compile(r"^\W*-?\d+(?:[.,]\d+)?\s?°\s?[CF]?\b[\w\s,]{0,30}$")
"""A weather widget: a temperature and a place ("| 9.4°C Dublin")."""


PROMO_TAIL_MIN_WORDS = 25
"""Words of reporting before a promotion that make a paragraph body, not furniture."""


STANDFIRST_MIN_WORDS = 10
"""An unpunctuated line under a line of three words is its standfirst only from this
length: under a section label ("In The Know") a shorter line is the headline itself."""


_QUOTED_REPORT_RE = re.compile(r"\b(?:said|says|told|added)\b[^\"“]{0,20}[\"“]")
"""A reporting verb and the quotation it introduces."""
_REPORTS_RE = re.compile(r"[\"“”]|\b(?:said|says|told|according to|announced)\b")
"""Reporting: a quotation mark or a reporting verb."""


_CREDIT_LABEL_RE = re.compile(r"^\s*(?:photo\s+)?credit\b", re.IGNORECASE)


def _names_over_credit(above: str, credit: str) -> bool:
    """Whether ``above`` only names people (two to six capitalised words) and the line
    under it is a picture credit ("CREDIT: ..."): a caption, not a title."""
    found = above.split()
    return (
        bool(_CREDIT_LABEL_RE.match(credit))
        and 2 <= len(found) <= 6
        and all(w[:1].isupper() and w.isalpha() for w in found)
    )


LIST_INTRO_MIN_WORDS = 20
"""Words a paragraph ending in a colon needs to be running text that introduces a list."""


def _introduces_list(line: str) -> bool:
    """A paragraph of running text that ends by introducing a list ("... More on what's
    known so far:"), not a label ("Related:")."""
    return line.rstrip().endswith(":") and words(line) >= LIST_INTRO_MIN_WORDS and is_prose(line)


def _chrome_words(line: str, keys: _Keys) -> bool:
    """:func:`is_chrome_words`, pre-checking only ``keys``."""
    if "°" in line and _WEATHER_RE.match(line):
        return True
    if (" | " in line or "  " in line) and is_nav(line):
        return True  # a menu long enough to read as prose ("News | Sports | ... | Legals")
    if not is_prose(line):
        if _strong_chrome(line, keys) or is_nav(line) or CHROME_IMPERATIVE_RE.match(line):
            return True
        weak = _weak_chrome(line, keys)
        return bool(weak) and (words(line) <= 3 or addresses_reader(line))
    if words(line) >= 60:
        return False
    if CHROME_IMPERATIVE_RE.match(line):
        return True
    hits = _strong_chrome(line, keys) | _weak_chrome(line, keys)
    if not hits or not (addresses_reader(line) or len(hits) >= 2):
        return False
    # A paragraph of reporting with a promotion tacked on ('..." Trump said. (For
    # more, subscribe to our newsletters.)') is the reporting: the text before
    # the first sentence holding furniture words is long enough to be an article's.
    first = min(line.casefold().find(h) for h in hits)
    cut = max(line.rfind(". ", 0, first), line.rfind('." ', 0, first), line.rfind(".” ", 0, first))
    if cut < 0 or words(line[:cut]) < PROMO_TAIL_MIN_WORDS:
        return True
    # and the text before it reports: a quotation or a reporting verb (a long
    # sentence of a reader appeal is still the appeal)
    return not _REPORTS_RE.search(line, 0, cut)


def _strong_chrome(line: str, keys: _Keys) -> set[str]:
    """The distinct CHROME_RE matches of ``line``, case-folded."""
    if not _may_match(line, keys.strong, keys.fold_exceptions):
        return set()
    return {m.group(0).casefold() for m in CHROME_RE.finditer(line)}


def _weak_chrome(line: str, keys: _Keys) -> set[str]:
    """The distinct WEAK_CHROME_RE matches of ``line``, case-folded."""
    if not _may_match(line, keys.weak, keys.fold_exceptions):
        return set()
    return {m.group(0).casefold() for m in WEAK_CHROME_RE.finditer(line)}


_NAME_CONNECTORS = frozenset({"of", "the", "and", "for", "de"})
"""Lower-case words inside a publisher's name ("Press Trust of India")."""


def _looks_like_outlet(line: str) -> bool:
    """A short line naming a publisher: outlet vocabulary, or one agency-style acronym."""
    tokens = line.split()
    if not tokens or len(tokens) > 5 or ends_sentence(line):
        return False
    if any(t in _BREADCRUMB_MARKS for t in tokens):
        return False  # "Home › News › World": a trail of sections, not a publisher
    if any(len(t) == 4 and t.isdigit() for t in tokens):
        return False  # "News Archive 2017": a section of a year, not a publisher
    if tokens[0].casefold() in _NOT_PUBLISHER_OPENERS or tokens[-1].casefold() in ("homepage",):
        return False  # "My News", "UK News", "Support the Guardian", "© Associated ..."
    if len(tokens) == 1 and tokens[0].casefold().strip(".,") in _REGIONS:
        return False  # "AFRICA": a section of the site
    if len(tokens) == 1:
        token = tokens[0].strip(".,")
        return token.isupper() and 2 <= len(token) <= 6
    return (
        bool(OUTLET_WORDS_RE.search(line))
        and all(
            # ("Press Trust of India Beijing": an agency and where it files from)
            t[:1].isupper() or not t[:1].isalpha() or t in _NAME_CONNECTORS
            for t in tokens[1:-1]
        )
        and all(t[:1].isupper() or not t[:1].isalpha() for t in (tokens[0], tokens[-1]))
    )


_NOT_PUBLISHER_OPENERS = frozenset(
    {"my", "uk", "world", "local", "latest", "top", "breaking", "more", "support", "©",
     "copyright", "weird", "business", "sport", "sports", "opinion", "live", "home",
     "today’s", "today's"}
)  # fmt: skip
"""First words of site sections and links that outlet vocabulary ("News") ends."""
_REGIONS = frozenset(
    {"africa", "europe", "asia", "americas", "oceania", "world", "politics", "business",
     "sport", "sports", "news", "opinion", "culture", "science", "health", "home"}
)  # fmt: skip
"""Section names a page prints in capitals above the story ("AFRICA", "EUROPE")."""

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_PLACE_AND_DAY_RE = re.compile(
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+"
    rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?\s*[-–—:]?"
)
"""A place and a day on a line of their own: a dateline ("Pretoria, October 21")."""


_PLACED_AND_DATED_RE = re.compile(
    rf"(?:,\s+(?:in\s+)?|\s+in\s+)[A-Z][\w.'’ -]{{1,40}}(?:,\s+[A-Z][\w.'’ -]{{1,40}})?,\s+"
    rf"{_MONTH}\s+"
    r"\d{1,2},\s+\d{4}\.?\s*$"
)
"""A wire photo caption's close: where and when it was taken ("in Cordoba, Argentina,
November 16, 2023")."""
_CAPTION_VERB_RE = re.compile(
    r"\b(?:raises|gestures|speaks|waves|looks|arrives|attends|walks|stands|holds|poses"
    r"|reacts|smiles|delivers|addresses|listens|leaves|sits|celebrates|greets|casts|votes"
    r"|(?:is|are)\s+(?:seen|pictured|shown))\b"
)
"""The present tense of a photo's caption ("X raises a fist", "Y is seen")."""


def is_meta(line: str) -> bool:
    """Byline, agency credit, sign-off or dateline on a line of its own."""
    n = words(line)
    if n <= 30 and CONTRIBUTORS_RE.search(line):
        return True
    if n <= 16 and _time_stamp(line):
        return True  # "Published: Wednesday, March 11, 2026, 8:42 a.m." (a full stop too)
    head, bar, _rest = line.partition(" | ")
    if bar and words(head) <= 8 and (_LABELLED_BYLINE_RE.match(head) or BYLINE_RE.match(head)):
        return True  # "Edited by Ankita Bhardwaj | Updated: August 23, 2023 7:45 pm IST"
    if n > 12 or (ends_sentence(line) and n > 4):
        return False
    if BYLINE_RE.match(line) or AGENCIES_RE.match(line) or DATELINE_RE.match(line):
        return True
    if ROLE_BYLINE_RE.match(line) or REPORTING_CREDIT_RE.match(line):
        return True
    role, comma, where = line.partition(", ")
    if (
        comma
        and words(role) <= 3
        and role[:1].isupper()
        and role.split()[-1].casefold() in _WRITER_ROLES
        and _looks_like_outlet(where.strip())
    ):
        return True  # "Business reporter, BBC News": the writer's role and outlet
    first, joined, second = line.partition(" and ")
    if (
        joined
        and " and " not in second
        and words(first) <= 8
        and words(second) <= 8
        and (ROLE_BYLINE_RE.match(first) or ROLE_BYLINE_RE.match(second))
        and is_meta(first)
        and is_meta(second)
    ):
        # "Blake Montgomery in San Francisco and Dan Milmo Global technology editor":
        # two writers' bylines, one with the writer's role
        return True
    handle = _HANDLE_TAIL_RE.search(line)
    if handle and ROLE_BYLINE_RE.match(line[: handle.start()]):
        return True  # "Rory Carroll Ireland correspondent@rorycarroll72Fri 14 May 2021"
    if SIGNOFF_RE.search(line) and line.lstrip()[:1] in "–—-":
        return True
    if parse_date(line) and n <= 8:
        return True
    if _PLACE_AND_DAY_RE.fullmatch(line.strip()):
        return True  # "Pretoria, October 21": a dateline without its year
    if _AUTHOR_NAMES_RE.fullmatch(line.strip()):
        return True  # "Dave Burke & Lizzy Buchan": the byline, names only
    if n <= 8 and _LABELLED_BYLINE_RE.match(line):
        return True  # "Text by: FRANCE 24", "Words by Jane Doe"
    if n <= 6 and _STAFF_BYLINE_RE.fullmatch(line.strip()):
        return True  # "Clarion Ledger staff", "Special Correspondent": a byline, no name
    parts = [part for part in line.split("|") if part.strip()]
    if len(parts) > 1 and all(
        parse_date(_STAMP_LABEL_RE.sub("", part)) or _SHORT_NAME_RE.fullmatch(part.strip())
        for part in parts
    ):
        # "15 February 2023, 09:58 | Updated: 15 February 2023, 16:58", "Tom Becker |
        # LVPR | Published June 5, 2026": stamps and the names of who and where
        return any(parse_date(_STAMP_LABEL_RE.sub("", part)) for part in parts)
    return _looks_like_outlet(line)


_SHORT_NAME_RE = re.compile(r"(?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,3}")
"""Up to four capitalised words: a writer's name, an outlet's ("Tom Becker", "LVPR")."""
_STAMP_WORDS = wordset(
    "am pm a m p est edt cst cdt mst mdt pst pdt gmt utc bst cet cest et pt ct mt ist aest aedt "
    "jst kst sgt hkt wib sast eat cat wat msk month months year years an "
    "updated update published posted issued last modified on at ago hour hours hr hrs minute "
    "minutes min mins day days week weeks"
)
"""The words of a time stamp besides the date itself."""
_DATE_WORDS = frozenset([*MONTHS, *(m[:3] for m in MONTHS), "sept"]) | wordset(
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun"
)


_LABELLED_STAMP_RE = re.compile(r"\s*(?:(?:last\s+)?updated|published|posted|issued)\b", re.I)
"""A line opening with a time stamp's label."""


def _time_stamp(line: str) -> bool:
    """A date with a time and its labels only ("Published: Wednesday, March 11, 2026,
    8:42 a.m.", "March 11, 2026 6:15 AM EST Updated 2 hours ago")."""
    if not parse_date(line):
        return False
    for word in re.findall(r"[A-Za-z]+", line):
        low = word.casefold()
        if low not in _STAMP_WORDS and low.rstrip(".") not in _DATE_WORDS:
            return False
    return True


_LABELLED_BYLINE_RE = re.compile(
    r"\s*(?:text|words|story|report|edited|written|compiled)\s+by\s*:?\s+[A-Z]", re.I
)
_STAFF_BYLINE_RE = re.compile(
    r"(?:By\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}(?i:staff(?:\s+(?:writers?|reporters?))?"
    r"|(?:special|staff|our|senior|chief|political|foreign)\s+(?:correspondents?|reporters?|writers?)"
    r"|wire\s+services?|news\s+services?)"
)
"""A byline that names no one: "Clarion Ledger staff", "Special Correspondent"."""
_HANDLE_TAIL_RE = re.compile(r"\s*@\w{2,}.*$")
"""A writer's social handle and what a page prints after it (a time stamp), closing a
byline."""
_CAP = "A-ZÀ-ÖØ-Þ"
"""Capital letters, accented ones too ("Álvarez")."""
_NAME_WORD = rf"[{_CAP}][\w'’-]+"
_PARTICLES = r"(?:von|van|der|den|de|da|do|dos|del|della|di|du|le|la|bin|al|ibn|ben|ter)"
_PERSON_NAME = rf"{_NAME_WORD}(?: (?:{_PARTICLES} )*{_NAME_WORD}){{1,2}}"
"""A person's name: two or three capitalised words, particles between ("von der Leyen")."""
_PLACE = rf"{_NAME_WORD}(?: (?:{_PARTICLES} |el |upon |on |am )?{_NAME_WORD}){{0,2}}"
"""A place: up to three capitalised words ("Rio de Janeiro", "Stratford upon Avon")."""
_NAMES = rf"{_PERSON_NAME}(?:(?:, ?| &| and|, and) ?{_PERSON_NAME})*"
_WRITERS_IN = (
    rf"{_NAMES} (?:in|at) {_PLACE}(?:(?:, ?| &| and|, and) ?{_NAMES}(?: (?:in|at) {_PLACE})?)*"
)
"""Writers and where they write from, one place or several ("A in Rome and B in Palermo")."""
_AUTHOR_NAMES_RE = re.compile(
    rf"{_PERSON_NAME}(?:(?:, ?| &| and|, and) ?{_PERSON_NAME})+|{_WRITERS_IN}"
)
"""People's names and nothing else, or one and where they write from ("Helen Davidson in
Taipei"): the writers of a story."""
_WRITES_FROM_RE = re.compile(rf"(?P<writers>{_WRITERS_IN})(?: and agencies)?")
"""Writers and where they write from: the byline is the names."""
_IN_PLACE_RE = re.compile(rf" (?:in|at) {_PLACE}")
_STAMP_LABEL_RE = re.compile(
    r"^\s*(?:(?:last\s+)?updated|published|posted|issued(?:\s+on)?|date)\s*:?\s*", re.I
)
"""The label before a time stamp ("Updated: 15 February 2023", "date 2023-11-20")."""
_DATE_FIELD_LINE_RE = re.compile(r"date\s+\d{4}-\d{2}(?:-\d{2})?", re.I)
"""A saved page's date field on a line of its own (see segment.split_blocks)."""


def _role_byline_names(names: str) -> str:
    """The people of a role byline: "Helena Horton Environment" -> "Helena Horton".

    The pattern cannot tell a capitalised role word from a surname, so a name
    keeps two words per person (three when the third is not a role word).
    """
    people = re.split(r"\s(?:and|&)\s", names)
    kept = []
    for person in people:
        parts = person.split()
        keep = 2 if len(parts) > 2 and parts[2].casefold() in _DESK_WORDS else len(parts)
        kept.append(" ".join(parts[: max(2, keep)]))
    return " and ".join(kept)


_DESK_WORDS = frozenset(
    (  # noqa: SIM905
        "environment political economics economic business science health education"
        " technology tech sports sport arts culture crime home foreign diplomatic defence"
        " security chief senior deputy social media transport energy climate legal consumer"
        " world europe us uk middle east asia africa"
    ).split()
)
"""Words that name a journalist's desk or rank ("Environment reporter", "Chief political")."""


_LINK_LIST_MAX = 6
"""Links at most listed under a "Read more:" label."""
_HIGHLIGHTS_RE = re.compile(
    r"\s*(?:highlights|key\s+points|key\s+facts|at\s+a\s+glance|in\s+brief|story\s+highlights)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
"""A label over a list summarising the story ("Highlights")."""


_GLUE_RE = re.compile(r"\s+\|\s+|\s{2,}|\s+[—–]\s+(?=By\s)")
"""What sets a title's byline and date apart on one copied line: a bar, or a wide gap."""


def glued_title(line: str) -> str | None:
    """The title of a line that carries its byline and date after it ("Turkey and Syria
    earthquake: more than 4,000 killed | Bethan McKernan in Istanbul and agencies | Mon 6
    Feb 2023 08.55 GMT", "FTX founder denied bail  By Al Jazeera Staff  Published On 13
    Dec 2022"), else None."""
    pieces = _glued_pieces(line)
    return pieces[0] if pieces else None


def _glued_pieces(line: str) -> list[str] | None:
    """The title, then the byline and date pieces, of a line :func:`glued_title` cuts."""
    if " |" not in line and "  " not in line.strip() and " By " not in line:
        return None
    pieces = [p for p in _GLUE_RE.split(line.strip()) if p]
    if len(pieces) < 2 or not 3 <= words(pieces[0]) <= 30 or ends_sentence(pieces[0]):
        return None
    bylined = [bool(BYLINE_RE.match(p)) and words(p) <= 20 for p in pieces[1:]]
    if not all(b or is_meta(p) or parse_date(p) for b, p in zip(bylined, pieces[1:], strict=True)):
        return None
    if not any(
        b or (is_meta(p) and not parse_date(p)) for b, p in zip(bylined, pieces[1:], strict=True)
    ):
        return None  # (a date alone after a bar may be the title's own: no byline, no cut)
    return pieces


def _section_label(line: str) -> bool:
    """A site section's label: one to three capitalised words and nothing else ("United
    States", "Courts & Law", "World Cup 2022"; not a short headline, "Truss resigns"), or
    a kicker in capitals ("BREAKING NEWS | KEY BRIDGE COLLAPSE", "BUSINESS NEWS MARCH 25,
    2021 / 4:37 PM / UPDATED")."""
    found = _ALPHA_WORD_RE.findall(line)
    if not found or ends_sentence(line):
        return False
    if len(found) <= 3 and all(w[:1].isupper() for w in found):
        return True
    if _topic_label(found) and ":" not in line:
        return True
    return len(found) <= 10 and all(w.isupper() for w in found) and ": " not in line


_LABEL_SMALL_WORDS = frozenset({"of", "the", "and", "in", "on", "for", "at", "to", "a"})


def _topic_of(label: str, title: str) -> bool:
    """Whether ``label`` is a topic's tag the title under it repeats: four words or
    fewer, each of them in the title ("Turkey-Syria earthquake" over "Turkey and Syria
    earthquake: more than 4,000 killed ...")."""
    tag = [w.casefold() for w in _ALPHA_WORD_RE.findall(label)]
    if not tag or len(tag) > 4:
        return False
    said = {w.casefold() for w in _ALPHA_WORD_RE.findall(title)}
    return all(w in said for w in tag)


def _topic_label(found: Sequence[str]) -> bool:
    """Four or five words naming a topic in Title Case, with no verb-like word ("Death
    of George Floyd", "The Trial of Derek Chauvin"; not "Queen Elizabeth II Dies",
    "Truss Resigns as Prime Minister": a short headline has its verb)."""
    if not 4 <= len(found) <= 5 or not found[0][:1].isupper():
        return False
    for word in found[1:]:
        if word in _LABEL_SMALL_WORDS:
            continue
        if not word[:1].isupper():
            return False
        if word.endswith(("ed", "s")) and not word.endswith("ss") and not word.isupper():
            return False  # "Dies", "Resigns", "Killed": a verb, so a headline
    return True


def is_standfirst_like(line: str) -> bool:
    """A summary under the headline: a long line or a full sentence."""
    n = words(line)
    return n >= 12 or (n >= 6 and ends_sentence(line))


@dataclass(frozen=True, slots=True)
class Layout:
    """Block kinds plus the metadata the blocks revealed."""

    kinds: tuple[BlockKind, ...]
    headline_block: int | None
    outlet: str | None
    byline: str | None
    date: tuple[int, int, int] | None


def parse_date(line: str) -> tuple[int, int, int] | None:
    """(year, month, day) of the first date written in ``line``, if any."""
    for regex in DATE_RES:
        match = regex.search(line)
        if not match:
            continue
        groups = match.groupdict()
        if "a" in groups:
            a, b = int(groups["a"]), int(groups["b"])
            if (a > 12) == (b > 12):
                continue  # "5/6/2025": day first or month first, the line does not say
            groups["d"], groups["m"] = (str(a), str(b)) if a > 12 else (str(b), str(a))
        if "mon" in groups:
            month = [m[:3] for m in MONTHS].index(groups["mon"][:3].lower()) + 1
        else:
            month = int(groups["m"])
        year, day = int(groups["y"]), int(groups["d"])
        if 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100:
            return year, month, day
    return None


_TRAILING_STAMP_LABEL_RE = re.compile(
    r"\s+(?:(?:last\s+)?updated|published|posted)\b\s*(?::.*)?$", re.I
)
"""A time stamp's label (and its time) after a byline's names ("Jane Smith Published:
Oct 21, 2014")."""


def _split_byline(name: str) -> tuple[str, str | None]:
    """("Jane Doe", "Reuters") from "Jane Doe, Reuters"; the rest only if it names an outlet."""
    # "By EMN Updated: Oct 21, 2014": the stamp's label is no part of the name
    name = _TRAILING_STAMP_LABEL_RE.sub("", name.strip())
    parts = _BYLINE_SPLIT_RE.split(name.strip(), maxsplit=1)
    person = parts[0].strip()
    rest = parts[1].strip() if len(parts) > 1 else ""
    more, bar, outlet_after = rest.partition(" | ")
    if name[len(parts[0]) :].lstrip().startswith(",") and _MORE_NAMES_RE.fullmatch(more):
        # "Lori Ashford, Ian Dunmore and Aaron Greer": three writers, not a writer and
        # an outlet (then maybe the outlet: "... and PRIYA MENON | Baltimore Sun")
        person, rest = f"{person}, {more}", outlet_after.strip() if bar else ""
    if (writing := _WRITING_FOR_RE.fullmatch(person)) is not None:
        # "JAMES TOLLAND FOR DAILYMAIL.COM", "Jane Doe for The Sun": the writer, then
        # whom they write for
        outlet = writing.group("outlet")
        return writing.group("person"), outlet.lower() if "." in outlet else outlet
    return person, (rest if rest and OUTLET_WORDS_RE.search(rest) else None)


_MORE_NAMES_RE = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3},\s)*"
    r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3},?\s(?:and|&)\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3}"
)
_WRITING_FOR_RE = re.compile(
    r"(?P<person>.+?)\s+(?i:for)\s+(?P<outlet>(?:[\w-]+\.(?i:com|co\.uk|net|org))"
    r"|(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
)


class _Classifier:
    """The state of classifying one article's blocks."""

    def __init__(
        self,
        lines: Sequence[str],
        recurring: frozenset[str],
        norms: Sequence[str] | None = None,
    ) -> None:
        self.lines = lines
        self.n = len(lines)
        self.kinds: list[BlockKind | None] = [None] * self.n
        self.norm = list(norms) if norms is not None else [normalise_line(x) for x in lines]
        self.keys = _Keys.of_page(lines)
        self.shared = [bool(k) and k in recurring for k in self.norm]
        self._copy_shared: bool | None = None

    @property
    def copy_shared(self) -> bool:
        """Most running text recurs in the set: one copy printed twice, not furniture.

        Asked only about articles with recurring lines at their tail, so worked
        out on first use.
        """
        if self._copy_shared is None:
            pairs = zip(self.lines, self.shared, strict=True)
            prose = [shared for line, shared in pairs if is_prose(line)]
            self._copy_shared = bool(prose) and 2 * sum(prose) >= len(prose)
        return self._copy_shared

    def chrome_like(self, i: int) -> bool:
        line = self.lines[i]
        if _chrome_words(line, self.keys):
            return True
        return self.shared[i] and not is_prose(line)

    def fact_list_item(self, i: int) -> bool:
        """Whether line ``i`` is an item of a bulleted list of facts that follows the
        running text ("- Six workers presumed dead"): the story's key points, not a
        link list (which a heading such as "Related stories" opens, or the set prints
        again elsewhere)."""
        lines = self.lines
        if not _BULLET_RE.match(lines[i]) or words(lines[i]) < 3:
            return False
        first = i
        while first > 0 and _BULLET_RE.match(lines[first - 1]):
            first -= 1
        last = i
        while last + 1 < self.n and _BULLET_RE.match(lines[last + 1]):
            last += 1
        items = range(first, last + 1)
        if last == first or any(self.shared[j] or self.chrome_like(j) for j in items):
            return False
        above = lines[first - 1] if first > 0 else ""
        return is_prose(above) and ends_sentence(above)

    def linked_under_label(self, i: int) -> bool:
        """Whether line ``i`` is one of the short links listed under a "Read more:" label
        ("What is Roe v Wade and what happens now?"): a link, however it ends."""
        for j in range(i, max(-1, i - _LINK_LIST_MAX - 1), -1):
            line = self.lines[j]
            if j < i and CHROME_IMPERATIVE_RE.match(line) and words(line) <= 4:
                return True
            if words(line) > 14:
                return False
        return False

    def tail_furniture(self, i: int, body_start: int) -> bool:
        """Whether block ``i``, scanning back from the end, is still page furniture."""
        line = self.lines[i]
        if self.fact_list_item(i):
            return False
        if self.linked_under_label(i):
            return True
        return (
            self.chrome_like(i)
            or (
                self.shared[i]
                and i > body_start
                and not self.copy_shared
                # (a statement two outlets quote whole is no furniture, nor is a
                # reported one: 'A Tesco spokesman said: "We are ..."')
                and not (
                    is_prose(line)
                    and (line[:1] in _OPENING_QUOTES or _QUOTED_REPORT_RE.search(line))
                )
            )
            or is_meta(line)
            or not is_prose(line)
            or addresses_reader(line)
            or bool(SELF_DESCRIPTION_RE.match(line))
            or (words(line) <= 40 and bool(AUTHOR_NOTE_RE.match(line)))
        )

    def shared_title(self, body_start: int) -> int | None:
        """A recurring line just above the story that reads as its title, or None.

        Syndicated copy keeps its headline: two articles of the set printing the
        same title make it a recurring line, yet it is no furniture.  It counts
        as a title when it is the nearest line above the body (past bylines,
        dates, captions and standfirsts) and looks like one: 4 to 30 words,
        no sentence of running text, no chrome wording.  Furniture that
        recurs (a site name, a list of other stories' titles) never sits
        directly on top of the story with nothing of the article's own in between.
        """
        lines = self.lines
        for i in range(body_start - 1, -1, -1):
            line = lines[i]
            if self.kinds[i] is not None or is_meta(line) or not line.strip():
                continue
            if not self.shared[i]:
                if is_standfirst_like(line):
                    continue  # a summary of this article's own: the title is above it
                return None
            if 4 <= words(line) <= 30 and not is_prose(line) and not _chrome_words(line, self.keys):
                return i
            return None
        return None

    def mark_captions(self) -> None:
        caption_keys: set[str] = set()
        after_picture = False
        for i, line in enumerate(self.lines):
            picture = credit_wrapped(line)
            if (
                picture
                or _caption(line, self.keys)
                # the text under a bare "Image caption," label
                or (
                    i > 0
                    and len(self.lines[i - 1]) < 30
                    and _CAPTION_LABEL_RE.fullmatch(self.lines[i - 1].strip()) is not None
                )
                # a video's title over the same title with its running time ("... 02:05")
                or self._video_label(i)
                or (self.norm[i] and self.norm[i] in caption_keys)
                or (after_picture and not ends_sentence(line) and words(line) <= 40)
                # the text under a picture agency's bare credit ("Getty Images"), as BBC
                # pages print it
                or (
                    i > 0
                    and _PICTURE_CREDIT_RE.fullmatch(self.lines[i - 1].strip()) is not None
                    and not ends_sentence(line)
                    and 3 <= words(line) <= 40
                )
                or self.repeated_label(i)
            ):
                # the unpunctuated line under a picture's alt text is its caption
                self.kinds[i] = BlockKind.CAPTION
                caption_keys.add(self.norm[i])
                above = i - 1
                if (
                    above >= 0
                    and self.kinds[above] is None
                    and _credited_copy(line, self.lines[above])
                ):
                    # the caption printed twice, the credit only on the second copy
                    self.kinds[above] = BlockKind.CAPTION
                elif (
                    above >= 0
                    and self.kinds[above] is None
                    and _names_over_credit(self.lines[above], line)
                ):
                    # "Donna Rotunno Gloria Allred" over "CREDIT: Erik Pendzich": the
                    # people a picture shows, named over its credit
                    self.kinds[above] = BlockKind.CAPTION
            after_picture = picture

    def _video_label(self, i: int) -> bool:
        """Line ``i`` is a video's title printed again with its running time, or is
        that second copy ("U.N. climate report issues dire warning 02:05")."""
        lines = self.lines
        for title, timed in ((i, i + 1), (i - 1, i)):
            # (a running time ends the second copy: most lines end otherwise)
            if title >= 0 and timed < self.n and lines[timed][-1:].isdigit():
                rest = lines[timed].strip()
                head = lines[title].strip()
                if rest.startswith(head) and _RUNNING_TIME_RE.fullmatch(rest[len(head) :]):
                    return True
        return False

    def repeated_label(self, i: int) -> bool:
        """A line of a few words without a full stop printed twice in a row, as
        pages print a picture's caption beside and under it ("Manchester United
        manager Jose Mourinho before the match"), not a title or a subhead."""
        j = i + 1
        if j >= self.n or not self.norm[i] or self.norm[j] != self.norm[i]:
            return False
        line = self.lines[i]
        if not 4 <= words(line) <= 25 or ends_sentence(line):
            return False
        # Only under a title of its own: a title printed twice is the headline.
        return any(
            4 <= words(self.lines[k]) <= 30 and not ends_sentence(self.lines[k])
            for k in range(max(0, i - 3), i)
        )

    def find_body(self) -> tuple[int, int]:
        """[start, end) of the running text."""
        n, lines, kinds = self.n, self.lines, self.kinds
        start = next(
            (
                i
                for i in range(n)
                if kinds[i] is None
                and not self.chrome_like(i)
                and not is_meta(lines[i])
                and words(lines[i]) >= 8
                and (ends_sentence(lines[i]) or _introduces_list(lines[i]))
            ),
            n,
        )
        # A summary set apart from the text by a byline, dateline or caption is a standfirst.
        nxt = next(
            (
                j
                for j in range(start + 1, min(n, start + 9))
                if kinds[j] is None
                and is_prose(lines[j])
                and not self.chrome_like(j)
                and not is_meta(lines[j])
            ),
            None,
        )
        if nxt is not None and nxt > start + 1:
            between = range(start + 1, nxt)
            if all(
                kinds[j] is BlockKind.CAPTION
                or is_meta(lines[j])
                or (self.chrome_like(j) and not is_prose(lines[j]))
                or (words(lines[j]) <= 2 and not ends_sentence(lines[j]))
                for j in between
            ) and any(kinds[j] is BlockKind.CAPTION or is_meta(lines[j]) for j in between):
                kinds[start] = BlockKind.STANDFIRST
                start = nxt
        end = n
        for i in range(n - 1, start - 1, -1):
            if kinds[i] is not None:
                continue
            if not self.tail_furniture(i, start):
                break
            end = i
        if end <= start:
            end = n
        return start, end

    def classify_head(self, body_start: int) -> int | None:
        """Chrome, meta, headline and standfirst before the body; the headline's index."""
        kinds, norm = self.kinds, self.norm
        # a title with its byline and date glued on is read by its title
        lines = [
            (glued_title(line) or line) if i < body_start else line
            for i, line in enumerate(self.lines)
        ]
        shared_title = self.shared_title(body_start)
        open_ = []
        for i in range(body_start):
            if kinds[i] is not None:
                continue
            if _LABELLED_STAMP_RE.match(lines[i]) and _time_stamp(lines[i]):
                kinds[i] = BlockKind.META  # "Published: 21/10/2014" (read as chrome)
            elif self.chrome_like(i) and i != shared_title:
                kinds[i] = BlockKind.CHROME
            elif is_meta(lines[i]):
                kinds[i] = BlockKind.META
            else:
                open_.append(i)
        # The headline is the title-like line just above the standfirst(s) and the body.
        headline: int | None = None
        fallback: int | None = None
        pictured: int | None = None  # a title-like line with a pictograph, if nothing else is
        keywords = _KeywordCheck(lines)
        # the items under a "Highlights" label summarise the story under its headline
        listed = next((j for j in range(body_start) if _HIGHLIGHTS_RE.match(lines[j])), None)
        for i in reversed(open_):
            n = words(lines[i])
            if listed is not None and i > listed:
                continue
            if _BULLET_RE.match(lines[i]):
                continue  # "- The Senate voted 50-48": a summary bullet under the title
            if keywords(lines[i]) or _schedule_line(lines[i]):
                continue  # "verdict read victims jeffrey epstein latest news": search keywords
            if _EMOJI_RE.search(lines[i]):
                # "Start the day smarter ☀️": a promotion, unless no other line is a title
                if (
                    pictured is None
                    and 3 <= n <= SHORT_HEADLINE_WORDS
                    and not ends_sentence(lines[i])
                ):
                    pictured = i
                continue
            if _no_title(lines[i]):
                continue
            if _cut_teaser(lines[i], lines[i + 1] if i + 1 < len(lines) else ""):
                continue  # "Merkel says she had a": a teaser cut short, then in full
            if (
                n < SHORT_SENTENCE_WORDS
                and lines[i].rstrip().endswith(".")
                and any(
                    3 <= words(lines[j]) <= 30 and not ends_sentence(lines[j])
                    for j in open_
                    if j < i
                )
            ):
                continue  # "Elon Musk, looking serious.": a caption, with a title above
            if headline is None and is_standfirst_like(lines[i]) and n > 0:
                nearest = next((j for j in reversed(open_) if j < i), None)
                if (
                    n <= SHORT_HEADLINE_WORDS
                    and not ends_sentence(lines[i])
                    and (nearest is None or _section_label(lines[nearest]))
                ):
                    # a long headline under a section's label ("United States", "Courts &
                    # Law", "World Cup 2022"), not a standfirst under its title
                    headline = i
                    break
                if n <= 30 and not any(
                    3 <= words(lines[j]) <= 30
                    and not _schedule_line(lines[j])
                    and not _EMOJI_RE.search(lines[j])
                    and not _no_title(lines[j])
                    for j in open_
                    if j < i
                ):
                    headline = i  # nothing above looks like a title: this is it
                    break
                continue
            if 3 <= n <= 30:
                headline = i
                break
            if fallback is None and n == 2:
                fallback = i
        for candidate in (fallback, pictured):
            if headline is None:
                headline = candidate
        if headline is None:
            headline = self.long_title(open_, keywords)
        if headline is not None and words(lines[headline]) <= SHORT_BELOW_META_WORDS:
            # A short line under the byline's date, with a longer title above that date:
            # the title is the headline; the short line a link of the page's ("Why you
            # can trust SCMP")
            dated = [j for j in range(headline) if kinds[j] is BlockKind.META]
            if dated:
                title = next(
                    (
                        j
                        for j in reversed(open_)
                        if j < dated[-1]
                        and words(lines[headline]) < words(lines[j]) <= 30
                        and not ends_sentence(lines[j])
                        and not _no_title(lines[j])
                        and not _BULLET_RE.match(lines[j])
                        and not keywords(lines[j])
                        and not _section_label(lines[j])
                    ),
                    None,
                )
                if title is not None and not any(
                    j in open_
                    for j in range(title + 1, dated[-1])
                    if not _BULLET_RE.match(lines[j]) and not self.byline_name(j)
                ):
                    headline = title
        if headline is not None and (pos := open_.index(headline)) > 0:
            # Two title-like lines in a row: the shorter one above is the headline,
            # the longer one under it an unpunctuated standfirst.
            above = open_[pos - 1]
            n_above = len(_ALPHA_WORD_RE.findall(lines[above]))
            if (
                above == headline - 1
                and not _schedule_line(lines[above])
                and not _no_title(lines[above])
                and not _section_label(lines[above])  # ("Sam Bankman-Fried": a topic's tag)
                and not _topic_of(lines[above], lines[headline])
                and n_above >= 3
                # a shorter title above a longer standfirst; or a title that opens with
                # someone's words ("'A wall of flame': Seven killed ...") above a shorter one
                and (
                    n_above <= words(lines[headline])
                    or (
                        lines[above].lstrip()[:1] in "'‘\"“"
                        and lines[above].rstrip()[-1:] not in "'’\"”"  # not one quotation
                    )
                )
                and (n_above > 3 or words(lines[headline]) >= STANDFIRST_MIN_WORDS)
                and not ends_sentence(lines[above])
            ):
                headline = above
        if headline is not None and (pos := open_.index(headline)) > 0:
            # A Title Case line right above a sentence-case one: the title, then its
            # standfirst ("Elon Musk Forced to Step Down ..." / "Musk will remain CEO").
            above = open_[pos - 1]
            if (
                above == headline - 1
                # (not "Courts & Law", "BREAKING NEWS | KEY BRIDGE COLLAPSE": a section's
                # label or a kicker above the headline)
                and not _section_label(lines[above])
                and not _no_title(lines[above])
                and 3 <= len(_ALPHA_WORD_RE.findall(lines[above])) <= 30
                and not ends_sentence(lines[above])
                and _title_cased(lines[above])
                and _capitalised_share(lines[headline]) < 0.5
                and words(lines[headline]) >= STANDFIRST_TITLE_CASE_WORDS
            ):
                headline = above
        if headline is not None and (pos := open_.index(headline)) > 0:
            # A long title right above a shorter one, under a kicker or the page's
            # furniture: the headline, then its secondary headline ("GOAT AT LAST" /
            # "Messi finally wins World Cup as Argentina beat France ..." / "Messi: 'I knew
            # God would give it to me'")
            above = open_[pos - 1]
            top = open_[pos - 2] if pos >= 2 else None
            if (
                above == headline - 1
                and words(lines[headline]) < words(lines[above]) <= SHORT_HEADLINE_WORDS
                and not ends_sentence(lines[above])
                and not _no_title(lines[above])
                and not is_standfirst_like(lines[headline])
                and (top is None or top < above - 1 or _section_label(lines[top]))
                and _capitalised_share(lines[above]) >= 0.2
                # (a Title Case line over a short one is a label over the headline:
                # "Home Secretary Under Pressure Over Windrush" / "Rudd quits after ...")
                and not _title_cased(lines[above])
            ):
                headline = above
        if headline is not None and (pos := open_.index(headline)) > 0:
            # A line that is one quotation ("‘Emotion Of A Nation’") under a
            # title-like line is a pull quote or a section label: the line above
            # is the headline.
            above = open_[pos - 1]
            if (
                _WHOLLY_QUOTED_RE.fullmatch(lines[headline].strip())
                and 3 <= words(lines[above]) <= 30
                and not _no_title(lines[above])
                and not ends_sentence(lines[above])
            ):
                headline = above
        if headline is not None:
            # A title-like line printed twice above a headline printed once: the page's
            # title (its title and its heading), the line under it a picture's label
            # ("Kelly Hopkins nurse strike")
            copies = Counter(norm[j] for j in open_ if norm[j])
            if copies[norm[headline]] < 2:
                headline = next(
                    (
                        j
                        for j in open_
                        if j < headline
                        and copies[norm[j]] >= 2
                        and 4 <= words(lines[j]) <= 30
                        and not ends_sentence(lines[j])
                    ),
                    headline,
                )
            # The title printed twice: the first copy is the headline.
            first = next((j for j in open_ if norm[j] == norm[headline]), headline)
            headline = first
        for i in open_:
            if (
                _BULLET_RE.match(lines[i])
                and words(lines[i]) >= 4
                and (headline is None or i > headline)
            ):
                kinds[i] = BlockKind.STANDFIRST  # the story's summary in bullets
            elif headline is None or i < headline:
                kinds[i] = BlockKind.CHROME
            elif i == headline:
                kinds[i] = BlockKind.HEADLINE
            elif norm[i] == norm[headline] or keywords(lines[i]):
                kinds[i] = BlockKind.CHROME
            elif is_standfirst_like(lines[i]) or words(lines[i]) >= 4:
                kinds[i] = BlockKind.STANDFIRST
            elif self.byline_name(i):
                kinds[i] = BlockKind.META
            else:
                kinds[i] = BlockKind.CHROME
        return headline

    def long_title(self, open_: Sequence[int], keywords: _KeywordCheck) -> int | None:
        """The first open line when it is a long headline (some tabloids run 30 to 60
        words: "'I got this wrong': Mark Zuckerberg says sorry as he ..."), or None.

        Only when nothing shorter above the body is title-like: a line of more than
        30 words that does not end like a sentence and comes first.
        """
        if not open_:
            return None
        i = open_[0]
        line = self.lines[i]
        n = words(line)
        if not SHORT_HEADLINE_WORDS < n <= LONG_HEADLINE_WORDS or ends_sentence(line):
            return None
        if _BULLET_RE.match(line) or keywords(line) or _no_title(line):
            return None
        return i

    def byline_name(self, i: int) -> bool:
        """A bare name over the outlet line: "Tom Ellis" above "BBC News, Kent".

        Two or three capitalised words, nothing else, directly followed by a line
        naming a publisher: the reporter's name, set as pages set bylines.
        """
        line = self.lines[i]
        if not _BARE_NAME_RE.match(line) or OUTLET_WORDS_RE.search(line) or is_nav(line):
            return False
        nxt = next((j for j in range(i + 1, self.n) if self.lines[j].strip()), None)
        if nxt is None:
            return False
        following = self.lines[nxt]
        return (
            _looks_like_outlet(following.split(",")[0])
            or bool(BYLINE_RE.match(following))
            or (
                (bool(DATELINE_RE.match(following)) or bool(parse_date(following)))
                and words(following) <= 8
            )
        )

    def classify_body(self, start: int, end: int, headline: int | None) -> None:
        lines, kinds = self.lines, self.kinds
        headline_key = self.norm[headline] if headline is not None else None
        for i in range(start, end):
            if kinds[i] is not None:
                continue
            line = lines[i]
            repeated_title = bool(headline_key) and self.norm[i] == headline_key
            chrome = repeated_title or _chrome_words(line, self.keys)
            if chrome or (self.shared[i] and not is_prose(line)):
                kinds[i] = BlockKind.CHROME
            elif is_prose(line) or (_BULLET_RE.match(line) and words(line) >= 3):
                kinds[i] = BlockKind.BODY  # (a list item is text, never a subheading)
            elif is_meta(line):
                kinds[i] = BlockKind.META
            else:
                kinds[i] = BlockKind.SUBHEAD
        for i in range(end, self.n):
            if kinds[i] is None:
                kinds[i] = BlockKind.META if is_meta(lines[i]) else BlockKind.CHROME

    def metadata(self) -> tuple[str | None, str | None, tuple[int, int, int] | None]:
        """(outlet, byline, date) from meta lines, wire sign-offs and footers."""
        outlet: str | None = None
        byline: str | None = None
        date: tuple[int, int, int] | None = None
        # A date given with the byline or a "Published:" label is the story's; a bare
        # date line may be the page's print date ("Friday, May 03, 2024" above a story
        # "Updated: Oct 21, 2014"), so it only serves when no labelled date is found.
        bare_date: tuple[int, int, int] | None = None
        copyright_owner: str | None = None  # the outlet when nothing else names it
        signed: str | None = None  # a "By ..." line: the byline before any weaker reading
        if self.n and _DATE_FIELD_LINE_RE.fullmatch(self.lines[0].strip()):
            # "date 2023-11-20" opening a saved page: its date field, the same in every
            # article of the day (a recurring line, yet no furniture)
            self.kinds[0] = BlockKind.META
        metas = [
            line
            for line, kind in zip(self.lines, self.kinds, strict=True)
            if kind is BlockKind.META
        ]
        for line, kind in zip(self.lines, self.kinds, strict=True):
            if kind is BlockKind.HEADLINE and (pieces := _glued_pieces(line)):
                metas.extend(pieces[1:])  # the byline and date glued on the title
        for line in metas:
            if (match := SIGNOFF_RE.search(line)) and line.lstrip()[:1] in "–—-":
                byline = byline or match.group("names").strip()
                outlet = outlet or match.group("agency").strip()
            elif match := BYLINE_RE.match(line):
                person, named_outlet = _split_byline(match.group("name"))
                signed = signed or person
                outlet = outlet or named_outlet
                date = date or parse_date(line)  # "By Jane Doe: June 8, 2017"
            elif match := ROLE_BYLINE_RE.match(line):
                byline = byline or _role_byline_names(match.group("names"))
            elif (
                _BARE_NAME_RE.match(line) or _NAMES_ONLY_RE.fullmatch(line.strip())
            ) and not _looks_like_outlet(line):
                byline = byline or line.strip()  # ("Hallie Miller and Adam Willis" too)
            elif match := _WRITES_FROM_RE.fullmatch(line.strip()):
                # "Angela Giuffrida in Rome", "A in Rome and B in Palermo"
                byline = byline or _IN_PLACE_RE.sub("", match.group("writers"))
            elif match := AGENCIES_RE.match(line):
                named = _STAFF_RE.sub("", match.group("outlet").strip())
                if _NAMES_ONLY_RE.fullmatch(named) and not OUTLET_WORDS_RE.search(named):
                    byline = byline or named  # "Hannah Corbett and agencies": the writer
                else:
                    outlet = outlet or named
            elif (found := parse_date(line)) is not None:
                if _STAMP_LABEL_RE.match(line):
                    date = date or found
                else:
                    bare_date = bare_date or found
            elif outlet is None and _looks_like_outlet(line):
                outlet = line.strip().rstrip(":;,").strip()  # ("Glasgow Times:")
        # ("Democracy Dies in Darkness", a slogan, reads as "A in Rome" above "By Lori
        # Ashford, Ian Dunmore and Aaron Greer")
        byline = signed or byline
        first_body = next((i for i, k in enumerate(self.kinds) if k is BlockKind.BODY), None)
        if outlet is None and first_body is not None:
            dateline = WIRE_DATELINE_RE.match(self.lines[first_body])
            outlet = dateline.group("agency").strip() if dateline else None
        for line, kind in zip(self.lines, self.kinds, strict=True):
            credit = REPORTING_CREDIT_RE.match(line) if kind is not BlockKind.BODY else None
            if byline is None and credit:
                byline = credit.group("names").strip()
            if kind is BlockKind.BODY and (match := SIGNOFF_RE.search(line)):
                if line[: match.start()].strip():  # a sign-off closes a paragraph
                    byline = byline or match.group("names").strip()
                    outlet = outlet or match.group("agency").strip()
            elif kind is BlockKind.CHROME and (match := SELF_DESCRIPTION_RE.match(line)):
                outlet = outlet or match.group("outlet").strip()
            elif (
                kind is BlockKind.CHROME
                and outlet is None
                and (owner := _copyright_owner(line))
                # (named elsewhere too: "for the Harbor Herald"; not a parent company
                # named only there, "Advance Local Media LLC")
                and sum(owner in other for other in self.lines) >= 2
            ):
                copyright_owner = copyright_owner or owner
        home = next(
            (
                m.group("outlet").strip()
                for line, kind in zip(self.lines, self.kinds, strict=True)
                if kind is BlockKind.CHROME and (m := _HOME_LINK_RE.match(line)) is not None
            ),
            None,
        )
        # (the site's logo, "The Guardian - Back to home", names it before a tag list's
        # "UBS" at the foot of the page does)
        return home or outlet or copyright_owner, _names_cased(byline), date or bare_date


_HOME_LINK_RE = re.compile(
    r"\s*(?P<outlet>[A-Z][\w&'’. ]{1,40}?)\s+[-–—|]\s+Back to home\s*$", re.I
)
"""The site's logo linking home: "The Guardian - Back to home"."""
_COPYRIGHT_RE = re.compile(
    r"^\W*(?:Copyright\s*(?:©|\(c\))?|©)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?"
    r"(?P<owner>(?:The\s)?[A-Z][\w&'’-]*(?:\s(?:[A-Z][\w&'’-]*|\d{1,3}\b)){0,4})"
)
_PUBLISHER_TAILS = frozenset(
    {"media", "group", "inc", "ltd", "llc", "plc", "co", "company", "corporation", "publishing"}
)
_NOT_PUBLISHERS_RE = re.compile(r"\b(?:Images|Photos?|Pictures|All|Rights)\b")


def _copyright_owner(line: str) -> str | None:
    """The publication a page's copyright line names ("Copyright 2024 Harbor Herald
    Media. All rights reserved." -> "Harbor Herald"), not a picture agency's."""
    found = _COPYRIGHT_RE.match(line)
    if found is None:
        return None
    words_ = found.group("owner").split()
    while len(words_) > 1 and words_[-1].casefold().rstrip(".") in _PUBLISHER_TAILS:
        words_.pop()
    owner = " ".join(words_)
    if _NOT_PUBLISHERS_RE.search(owner) or len(owner) < 3:
        return None
    return owner


_NAMES_ONLY_RE = re.compile(rf"{_NAMES}")
"""People's names and nothing else ("Hannah Corbett", "A and B")."""
_CAPS_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _names_cased(byline: str | None) -> str | None:
    """A byline set in capitals as the names read ("MARK HALLORAN and JENNIFER
    OKAFOR" -> "Mark Halloran and Jennifer Okafor"); any other as written."""
    if not byline:
        return byline
    words = [w for w in _CAPS_WORD_RE.findall(byline) if w.casefold() != "and"]
    if len(words) < 2 or not all(w.isupper() for w in words) or max(map(len, words)) < 3:
        return byline  # (a one-word agency stays as it is: "EMN")

    def cased(match: re.Match[str]) -> str:
        word = match.group()
        if word.casefold() == "and":
            return "and"
        return re.sub(r"[^\W\d_]+", lambda part: part.group().capitalize(), word)

    return _CAPS_WORD_RE.sub(cased, byline)


_BULLET_RE = re.compile(r"\s*[-•*–]\s+\S")
"""A line opening with a bullet mark ("- Donald Trump last night celebrated ...")."""
STANDFIRST_TITLE_CASE_WORDS = 8
"""Words a sentence-case line needs to be the standfirst under a Title Case title (a
shorter one is the headline under a Title Case label: "Rudd quits after leaked memo")."""
SHORT_SENTENCE_WORDS = 8
"""A line ending with a full stop and shorter than this, under a title-like line, is a
caption or a label, not the headline."""
SHORT_HEADLINE_WORDS = 30
"""The longest ordinary headline, in words."""
LONG_HEADLINE_WORDS = 60
"""The longest headline a first line may be when no shorter line is title-like."""
_LONG_WORD_RE = re.compile(r"[^\W\d_][\w'’-]{3,}")


_LOWER_WORD_RE = re.compile(r"\b[a-z][a-z'’-]{2,}\b")
KEYWORD_NAMES = 2
"""Names written in lower case that make a line a list of search keywords, not a title."""


class _KeywordCheck:
    """Finds lines of search keywords ("Ghislaine Maxwell guilty verdict read victims
    jeffrey epstein latest news sentence") on one page: a line that writes in lower
    case KEYWORD_NAMES words the page capitalises elsewhere and never writes in lower
    case elsewhere, as no title does with a name.  Substring counts (C speed) stand
    for word counts: a word inside a longer one only makes the test stricter."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self._page: str | None = None

    def __call__(self, line: str) -> bool:
        words = set(_LOWER_WORD_RE.findall(line))
        if len(words) < KEYWORD_NAMES:
            return False
        if self._page is None:
            self._page = "\n".join(self.lines)
        page = self._page
        found = 0
        for word in words:
            capital = word[:1].upper() + word[1:]
            if page.count(word) == line.count(word) and page.count(capital) > line.count(capital):
                found += 1
                if found >= KEYWORD_NAMES:
                    return True
        return False


_EMOJI_RE = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff]")
"""Pictographs: a promotion's ("Start the day smarter ☀️ ..."), not a news title's."""
_RUNNING_TIME_RE = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?")
"""A video's running time after its title."""
_CLOCK_TIME_RE = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b", re.I)


def _schedule_line(line: str) -> bool:
    """A programme slot, "Ben Kentish 10pm - 1am": a few words and a clock time."""
    return words(line) <= 8 and _CLOCK_TIME_RE.search(line) is not None


_OPENING_QUOTES = "\"“‘'«"
"""Marks a paragraph of quoted speech opens with."""


def _capitalised_share(line: str) -> float:
    """Share of the words of four letters or more that open with a capital."""
    found = _LONG_WORD_RE.findall(line)
    return sum(w[0].isupper() for w in found) / len(found) if found else 0.0


def _cut_teaser(line: str, following: str) -> bool:
    """Whether ``line`` is ``following`` cut short mid-sentence ("Merkel says she had a"
    over 'Merkel says she had a "life-changing experience" ...'): it stops on a word
    no title ends with. Not a title its caption or standfirst goes on from ("Notre-Dame
    fire" over "Notre-Dame fire: flames engulf ...", "Storm Arwen hits north-east
    coast" over "... coast as thousands lose power")."""
    if not line.strip() or len(following) <= len(line) or not following.startswith(line):
        return False
    return following[len(line)] == " " and line.split()[-1] in _CUT_WORDS


_CUT_WORDS = frozenset(
    (  # noqa: SIM905
        "a an the of to and or but in on at by for with from as that this his her their its"
        " had has have is was were be been will would could should can may she he they we"
        " it who which"
    ).split()
)
"""Words a line cut short mid-sentence ends with: no title ends so."""


def _no_title(line: str) -> bool:
    """A short line no page sets as its title: a topic tag or a time in lower case ("spot
    fixing", "18 minutes ago"), a section label run into the next ("BusinessUnited
    States of America"), a label of four words or fewer asking the reader to take part
    ("Have your say", "Share your story")."""
    n = words(line)
    if n <= 3 and line == line.lower() and not ends_sentence(line):
        return True
    if (
        n <= SHORT_READER_LABEL_WORDS
        and not ends_sentence(line)
        and addresses_reader(line)
        and _READER_LABEL_RE.match(line) is not None
    ):
        return True
    if _label_trail(line):
        return True
    if n <= SHORT_READER_LABEL_WORDS + 1 and not ends_sentence(line) and _YOU_RE.search(line):
        return True  # "Why you can trust SCMP": a link to the site's own pages
    return n <= 6 and _GLUED_SECTION_RE.match(line) is not None


_WRITER_ROLES = wordset(
    "reporter correspondent editor writer journalist columnist producer contributor"
)
"""What a byline calls its writer ("Business reporter, BBC News")."""
_YOU_RE = re.compile(r"\byou (?:can|could|should|need|must|will)\b", re.I)
"""A short line telling the reader what they can do ("Why you can trust SCMP"; "Meet your
new MP" is a headline)."""


def _label_trail(line: str) -> bool:
    """A trail of labels: pieces set apart by " | " that are all capitalised labels
    ("News | Black Lives Matter", "TRENDING: Queen Elizabeth II | King Charles III |
    Kohinoor"), or a breadcrumb of three pieces or more set apart by " / " ("News / World
    News / UK News / Queen Elizabeth II dies at 96"). A title with its site after a bar
    ("Queen dies at 96 | UK News") has words in lower case."""
    if line.count(" / ") >= 2:
        return True
    if "|" not in line:
        return False
    pieces = [p.strip() for p in line.split("|")]
    return all(
        0 < len(found := _ALPHA_WORD_RE.findall(p)) <= 4
        and all(w[:1].isupper() or w in _LABEL_SMALL_WORDS for w in found)
        for p in pieces
    )


SHORT_BELOW_META_WORDS = 6
"""A line this short under a byline's date is no headline when a title stands above it."""
SHORT_READER_LABEL_WORDS = 4
"""A line this short that asks the reader to take part is a page's label, not its title
("What you need to know about the strike" is a title: longer)."""
_READER_LABEL_RE = re.compile(
    r"\s*(?:have|share|send|tell|submit|post|leave|add|join|sign|follow|subscribe|comment)\b",
    re.I,
)
"""How a label asking the reader to take part opens ("Have your say", "Share your
story"); "Meet your new MP" is a headline."""


_GLUED_SECTION_RE = re.compile(
    r"\s*(?:News|Business|Politics|World|Sports?|Culture|Science|Health|Tech(?:nology)?"
    r"|Opinion|Entertainment|Europe|Asia|Africa|Americas|Lifestyle|Economy)"
    r"[A-Z][a-z]{3,}(?:\s+(?:[A-Z][\w'’-]*|of|and|the|&))*\s*$"
)
"""A section's label run into the next label of a copied page ("BusinessUnited States")."""


def _title_cased(line: str) -> bool:
    """Whether a line is written in Title Case ("Musk Forced to Step Down as Chairman")."""
    return len(_LONG_WORD_RE.findall(line)) >= 3 and _capitalised_share(line) >= 0.8


_WHOLLY_QUOTED_RE = re.compile(r"[‘“\"'][^‘’“”\"\n]+[’”\"']")
"""A line that is one quotation and nothing else."""


_TITLE_SITE_RE = re.compile(r".{12,}?\s[-–—|]\s(?P<site>[^-–—|]{2,40})")
"""A page title and the site's name after a dash or a bar."""


def classify(
    lines: Sequence[str],
    recurring: frozenset[str] = frozenset(),
    norms: Sequence[str] | None = None,
) -> Layout:
    """Kinds for the blocks ``lines`` of one article.

    ``recurring`` holds :func:`normalise_line` forms of lines that occur in two
    or more articles of the set: site furniture, unless it is running text
    inside the story (wire copy shared by two outlets).  ``norms`` are the
    lines' :func:`normalise_line` forms when the caller has them already.
    """
    state = _Classifier(lines, recurring, norms)
    state.mark_captions()
    body_start, body_end = state.find_body()
    headline = state.classify_head(body_start)
    state.classify_body(body_start, body_end, headline)
    if headline is None and body_start < state.n and words(lines[body_start]) <= 30:
        # No title above the text: the first sentence-like line stands in.
        headline = body_start
    outlet, byline, date = state.metadata()
    if outlet is None and headline is not None:
        # "Oscar Pistorius Sentenced To 5 Years In Prison - Eastern Mirror": a page
        # title naming its site after a dash or a bar
        titled = _TITLE_SITE_RE.match(lines[headline].strip())
        if titled is not None and _looks_like_outlet(titled.group("site")):
            outlet = titled.group("site").strip()
    final = tuple(k if k is not None else BlockKind.BODY for k in state.kinds)
    return Layout(final, headline, outlet, byline, date)
