"""Direct quotations: where they are, who said them, and which are the same words.

Detection works paragraph by paragraph on the content blocks of an article
(headline, standfirst, body, subheads).  A small state machine pairs quote
marks: curly and straight double quotes (mixed freely, as copy-pasted news
does), guillemets and German low marks; single quotes are read afterwards,
outside double quotations, and only when an opening mark (after a space) meets
a closing mark (before a space or punctuation), so apostrophes and possessives
(``it's``, ``Russia’s``, ``rebels'``) never open or close anything.  A mark
left open ends the quotation at the end of its paragraph, so an unbalanced
mark never swallows the rest of the article; when the next paragraph opens
with a mark, the quotation is a *continuation* (news style for speech running
over several paragraphs) and the new paragraph's quotation inherits its
speaker.

Short quoted words (a scare quote such as ``"butcher"``) are quotations only
when a reporting verb governs them in their sentence, or when the same words
occur in a longer quotation of the set; otherwise they are editorial quotes
(a quoted place name, a "capital") and are dropped.

Attribution lives in :mod:`articles.speakers`, cross-article linking and the
word-level diff in :mod:`articles.utterances`; :func:`analyse_quotes` runs the
three steps and returns a :class:`QuoteAnalysis`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from articles.collector import collector_paused
from articles.model import Article, BlockKind, Paragraph
from articles.speakers import (
    Attribution,
    Mention,
    NameIndex,
    add_mention_names,
    attribute_article,
    canonicalise_set,
    genders_of,
    mentions_in,
    title_case_line,
    title_holder,
)
from articles.speakers.resolver import UNNAMED_STATEMENT
from articles.speech_lexicon import CORPORATE_SUFFIXES, REPORTING_VERBS, wordset
from articles.utterances import (
    GAP,
    Variant,
    diff_variants,
    find_containers,
    link_utterances,
    match_words_from,
    merge_alike,
    words,
)

_DOUBLE_RE = re.compile("[\"“”„«»]|''(?!')|(?<=[.,!?;:…])(?:’’(?!’)|″)")
"""Double marks; two apostrophes close a quotation in some agency copy (\"negotiable''),
two right single marks or a double prime in some pages', after the quotation's last
punctuation (“intense vibration.’’, "a new life,″ said); elsewhere they are a plural's
apostrophe typed twice ("the players’’ union") or inches (6½″)."""
_SINGLE_RE = re.compile("['‘’‹›]")
_SINGLE_OPENER_RE = re.compile("['‘‹]")
"""The single marks that can open a quotation (``’`` and ``›`` only close)."""
SHORT_QUOTE_WORDS = 5
"""A quotation of at most this many words needs a reporting verb or a longer source."""


@dataclass(frozen=True, slots=True)
class Quote:
    """One direct quotation in one article (offsets into ``Article.text``)."""

    article_id: str
    start: int
    """First character of the quoted words (after the opening mark)."""
    end: int
    """End (exclusive) of the quoted words (before the closing mark)."""
    open_mark: int
    """Offset of the opening mark (the paragraph's start for a continuation copied
    without its mark, see ``_double_quotes``)."""
    close_mark: int | None
    """Offset of the closing mark; None when the quotation runs to its paragraph's end."""
    speaker: str | None
    """Canonical speaker name (person or organisation), or None when the text does not say."""
    utterance: str
    """Identifier shared by every quotation of the same spoken words, across articles."""
    paragraph: int
    """Index of the paragraph holding the quotation."""


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A detected quotation before attribution: marks and words, in one paragraph."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    paragraph: int
    continued: bool = False
    """True when the paragraph before left a quotation open and this one opens with a mark."""
    joined: bool = False
    """True when the words run on from the span before with no mark between them: a
    paragraph with no mark at all, or one whose first mark closes, after a paragraph
    left open (a statement quoted over paragraphs, marked only at its two ends).
    :func:`join_runs` makes such pieces one quotation where a paragraph break cuts a
    sentence; whole paragraphs stay a quotation each."""

    @property
    def region(self) -> tuple[int, int]:
        """Offsets from the opening mark to just after the closing mark (or the words' end)."""
        return self.open_mark, (self.close_mark + 1 if self.close_mark is not None else self.end)


# --------------------------------------------------------------------------- detection


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _opens(ch: str, prev: str, nxt: str) -> bool:
    """Whether a double mark outside a quotation opens one."""
    if ch in "'’″":
        return False  # two apostrophes, two right single marks and a double prime only close
    if ch == "«":
        return True  # French style puts a space inside: « Oui »
    if _is_space(nxt):
        return False
    if ch in "“„":
        return True
    # straight " and reversed ” » open only after a space, a bracket or a dash, or
    # after a sentence's end with no space before the capital they open on ('each
    # other."It was going so quickly')
    return _is_space(prev) or prev in "([{—–-/" or (prev in ".!?" and nxt.isupper())


def _closes(ch: str, prev: str, nxt: str, opener: str) -> bool:
    """Whether a double mark inside a quotation closes it."""
    if ch in "”»":
        return True
    if ch in "'’″":
        return opener in '"“' and not _is_space(prev)  # "negotiable''", “vibration.’’
    if ch == "“":
        # closes a German „...“ quotation, or a quotation typed with “ at both ends
        return opener == "„" or _is_space(nxt) or nxt in ",.;:!?)]"
    if ch == "«":
        return opener == "»"
    # straight ": closes unless it plainly opens (space before, a word after)
    return not (_is_space(prev) and not _is_space(nxt))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _double_quotes(
    text: str, para: Paragraph, carried: bool = False
) -> tuple[list[QuoteSpan], bool]:
    """Double-mark quotations of one paragraph, and whether one is left open at its end.

    ``carried``: the paragraph before left a quotation open.  If this one's first
    mark closes a quotation, the speech ran on into it with its opening mark
    lost in copying; the words before that mark are the continuation (its
    ``open_mark`` is then the paragraph's start).
    """
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    opener = ""
    first = True
    after_mark = para.start  # where the text after the last mark begins
    for match in _DOUBLE_RE.finditer(text, para.start, para.end):
        i = match.start()
        ch = text[i]
        prev = text[i - 1] if i > para.start else ""
        nxt = text[i + 1] if i + 1 < para.end else ""
        if first and carried and not _opens(ch, prev, nxt) and ch in '"”»':
            s, e = _strip(text, para.start, i)
            if s < e:
                spans.append(QuoteSpan(s, e, para.start, i, para.index, True))
            first = False
            after_mark = match.end()
            continue
        first = False
        if open_at is None:
            if _opens(ch, prev, nxt):
                open_at, opener = i, ch
            elif ch in '"”' and prev in ".!?":
                lost = _lost_opening(text, after_mark, i)
                if lost is not None:
                    spans.append(QuoteSpan(lost, i, lost, i, para.index))
            after_mark = match.end()
            continue
        after_mark = match.end()
        if _closes(ch, prev, nxt, opener):
            s, e = _strip(text, open_at + 1, i)
            if s < e:
                # (a closer of two characters, '' or ’’, is marked at its last: the
                # attribution after it starts one character later)
                spans.append(QuoteSpan(s, e, open_at, match.end() - 1, para.index))
            open_at = None
        elif _opens(ch, prev, nxt):
            # a new quotation opens while one is unclosed: end that one before it
            s, e = _strip(text, open_at + 1, i)
            if s < e:
                spans.append(QuoteSpan(s, e, open_at, None, para.index))
            open_at, opener = i, ch
    if open_at is not None:
        s, e = _strip(text, open_at + 1, para.end)
        if s < e:
            spans.append(QuoteSpan(s, e, open_at, None, para.index))
            return spans, True
    return spans, False


_LOST_OPENING_RE = re.compile(
    r"\b(?:said|says|added|adds|stated|states|wrote|writes|tweeted|posted)\s*:\s+(?=[A-Z])"
)
"""A reporting verb and a colon: what a statement copied without its opening mark
follows ('Chairman Phillip Green said: This is a very sad day for Carillion."')."""


LOST_OPENING_SENTENCES = 3
"""A statement taken for one whose opening mark was lost has fewer sentences than this."""
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+(?=[A-Z])")


def _lost_opening(text: str, lo: int, close: int) -> int | None:
    """Where a statement closed at ``close`` with no opening mark starts: after the last
    "said:" between ``lo`` (the end of the mark before) and the mark, if its words make a
    sentence of three words or more and at most LOST_OPENING_SENTENCES - 1 more; else None."""
    ends = [m.end() for m in _LOST_OPENING_RE.finditer(text, lo, close)]
    if not ends:
        return None
    start = ends[-1]
    if text.count(" ", start, close) < 2:
        return None  # not a sentence of three words
    if len(_SENTENCE_BREAK_RE.findall(text, start, close)) >= LOST_OPENING_SENTENCES:
        return None  # a paragraph's story, not one statement missing a mark
    return start


def _single_opens(text: str, i: int, lo: int, hi: int) -> bool:
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    if _is_space(nxt) or text[i] in "’›":
        return False
    return _is_space(prev) or prev in '([{—–-/"“”'


def _single_closes(text: str, i: int, lo: int, hi: int) -> bool:
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    if _is_space(prev) or text[i] in "‘‹":
        return False
    if prev.isalnum() and nxt.isalnum():
        return False  # it's, Russia’s, don't
    return _is_space(nxt) or nxt in ',.;:!?)]}—–"“”'


def _opens_paragraph_speech(text: str, i: int, lo: int) -> bool:
    """Whether the mark at ``i`` opens the paragraph's speech: at its start, or after a
    colon ("He continued: 'Having consulted ..."), and is no elision ("'90s", "'Tis")."""
    before = text[lo:i].rstrip()
    if before and not before.endswith(":"):
        return False
    word = _ELIDED_RE.match(text, i + 1)
    return word is None


_ELIDED_RE = re.compile(r"\d|(?:tis|twas|em|cause|til|n)\b", re.IGNORECASE)
"""What follows an apostrophe standing for left-out letters or digits."""


def _possessive_s(text: str, i: int, hi: int) -> bool:
    """Whether the mark at ``i`` reads as a plural possessive: "consumers' choices"."""
    return i + 2 < hi and text[i - 1 : i] == "s" and text[i + 1] == " " and text[i + 2].islower()


def _single_quotes(
    text: str, para: Paragraph, taken: list[tuple[int, int]], runs_on: bool = False
) -> list[QuoteSpan]:
    """Single-mark quotations outside the double-mark regions ``taken``.

    ``runs_on``: the next paragraph opens on a single mark.  A quotation opened
    at this paragraph's start (or after a colon) and never closed in it then
    runs to its end, as British copy prints speech over paragraphs ("'Having
    consulted senior colleagues, ... the paper." / "'This Sunday will be the
    last issue,' he said").
    """
    spans: list[QuoteSpan] = []
    lo, hi = para.start, para.end

    def inside(i: int) -> bool:
        return any(a <= i < b for a, b in taken)

    marks = [m.start() for m in _SINGLE_RE.finditer(text, lo, hi) if not inside(m.start())]

    def spans_after(i: int) -> bool:
        return any(a > i for a, _ in taken)

    k = 0
    while k < len(marks):
        i = marks[k]
        if not _single_opens(text, i, lo, hi):
            k += 1
            continue
        close = None
        for j in range(k + 1, len(marks)):
            m = marks[j]
            if text[i] != "‘" and any(i < a < m for a, _ in taken):
                # never across a double quotation, unless the opening mark is one that
                # only opens ('‘This is not a joke. “Moonlight” has won’'): a straight
                # one may be an elision ("the '90s")
                break
            if _single_closes(text, m, lo, hi):
                close = j
                if _possessive_s(text, m, hi):
                    # "consumers' choices,' said ...": a plural possessive, when the
                    # next mark closes the quotation after a comma or a full stop
                    # (not when it opens another: "'ridiculous' and told reporters: 'We")
                    nxt = j + 1
                    if (
                        nxt < len(marks)
                        and text[marks[nxt] - 1] in ",.!?"
                        and _single_closes(text, marks[nxt], lo, hi)
                    ):
                        close = nxt
                break
        if close is None:
            if runs_on and _opens_paragraph_speech(text, i, lo) and not spans_after(i):
                s, e = _strip(text, i + 1, hi)
                if s < e:
                    spans.append(QuoteSpan(s, e, i, None, para.index))
                break
            k += 1
            continue
        m = marks[close]
        s, e = _strip(text, i + 1, m)
        if s < e:
            spans.append(QuoteSpan(s, e, i, m, para.index))
        k = close + 1
    return spans


BRIDGE_PARAGRAPHS = 8
"""Paragraphs with no mark at all that a quotation left open may run through, when a
later paragraph closes it ('“I am shocked ...' / three plain paragraphs / '... crisis.”')."""


def _paragraph_spans(
    text: str, para: Paragraph, left_open: bool, runs_on: bool = False
) -> tuple[list[QuoteSpan], bool]:
    """One content paragraph's quotations, and whether one is left open at its end
    (``runs_on``: the next paragraph opens on a single mark, see _single_quotes)."""
    # most paragraphs hold no mark of one kind or the other: a plain search says so
    doubles: list[QuoteSpan] = []
    still_open = False
    if _DOUBLE_RE.search(text, para.start, para.end) is not None:
        doubles, still_open = _double_quotes(text, para, left_open)
    if left_open and doubles and doubles[0].open_mark == para.start:
        first = doubles[0]
        # words before a closing mark run on with no mark between (see _double_quotes);
        # the mark must read as a closing one ('crisis.”', 'crisis." The'), not as an
        # opening one typed without its space ('replied:"We')
        close = first.close_mark
        joined = (
            close is not None
            and _DOUBLE_RE.match(text, para.start) is None
            and (text[close] in "”»" or _is_space(text[close + 1 : close + 2]))
        )
        doubles[0] = replace(first, continued=True, joined=joined)
    singles: list[QuoteSpan] = []  # stays empty without a mark that can open one
    if _SINGLE_OPENER_RE.search(text, para.start, para.end) is not None:
        singles = _single_quotes(text, para, [q.region for q in doubles], runs_on)
    if singles:
        return sorted(doubles + singles, key=lambda q: q.start), still_open
    return doubles, still_open  # already in order of their start


def detect_spans(article: Article) -> list[QuoteSpan]:
    """Every quotation mark pair in the content paragraphs and the captions, before the
    scare-quote filter."""
    text = article.text
    found: list[QuoteSpan] = []
    left_open = False
    bridge: list[Paragraph] = []  # plain paragraphs a quotation left open may run through

    def flush(closed: bool) -> None:
        for para in bridge:
            if closed:
                s, e = _strip(text, para.start, para.end)
                found.append(QuoteSpan(s, e, para.start, None, para.index, True, True))
            else:
                found.extend(_paragraph_spans(text, para, False)[0])
        bridge.clear()

    paragraphs = article.paragraphs
    for index, para in enumerate(paragraphs):
        if not para.kind.is_content or para.start >= para.end:
            flush(False)
            left_open = False
            if para.kind is BlockKind.CAPTION and para.start < para.end:
                # a caption quotes too ('... were "partners in crime"'), on its own:
                # no quotation runs into it or out of it
                found.extend(_paragraph_spans(text, para, False)[0])
            continue
        after = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        runs_on = (
            after is not None
            and after.kind.is_content
            and after.start < after.end
            and text[after.start] in "'‘"
            and _single_opens(text, after.start, after.start, after.end)
        )
        if (
            left_open
            and para.kind is BlockKind.BODY
            and len(bridge) < BRIDGE_PARAGRAPHS
            and _DOUBLE_RE.search(text, para.start, para.end) is None
        ):
            bridge.append(para)
            continue
        spans, still_open = _paragraph_spans(text, para, left_open, runs_on)
        if bridge and not (spans and spans[0].joined):
            # nothing closes the quotation the plain paragraphs would continue: they
            # stay plain, and this paragraph continues nothing
            spans, still_open = _paragraph_spans(text, para, False, runs_on)
        flush(bool(spans) and spans[0].joined)
        found.extend(spans)
        left_open = still_open
    flush(False)
    return found


def join_runs(
    text: str,
    spans: Sequence[QuoteSpan],
    found: Sequence[Attribution],
    texts: Sequence[list[str]],
) -> tuple[list[QuoteSpan], list[Attribution], list[list[str]]]:
    """Make each run of joined pieces (see ``QuoteSpan.joined``) that a paragraph break
    cuts mid-sentence one quotation ("... the transfer of manufacturing of the" /
    "RTS,S antigen part of the vaccine ..."): from its first opening mark to its last
    closing mark, with the speaker attribution gave the run (it gives the pieces of a
    run one speaker when any of them names one).  Whole paragraphs of a statement marked
    only at its two ends stay one quotation each, as a paragraph left open does."""
    if not any(s.joined for s in spans):
        return list(spans), list(found), list(texts)
    out_spans: list[QuoteSpan] = []
    out_found: list[Attribution] = []
    out_texts: list[list[str]] = []
    for span, attribution, words_ in zip(spans, found, texts, strict=True):
        if (
            span.joined
            and out_spans
            and out_spans[-1].close_mark is None
            and not _ends_sentence(text[out_spans[-1].start : out_spans[-1].end])
        ):
            head, said = out_spans[-1], out_found[-1]
            out_spans[-1] = replace(head, end=span.end, close_mark=span.close_mark)
            out_found[-1] = Attribution(
                said.speaker or attribution.speaker, said.governed or attribution.governed
            )
            out_texts[-1] = out_texts[-1] + words_
            continue
        out_spans.append(span)
        out_found.append(attribution)
        out_texts.append(words_)
    return out_spans, out_found, out_texts


def _ends_sentence(words: str) -> bool:
    """Whether quoted words end a sentence ("... in the United Kingdom."), not one cut by
    a paragraph break ("... manufacturing of the").

    :func:`articles.layout.ends_sentence` asks the same of a line, but the layout rules
    are imported only when a text must be laid out (the shipped sample is not), and a
    colon ends quoted words that introduce more ("... as follows:").
    """
    return words.rstrip().rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…", ":")


_CLOSERS = "\"'”’»)]"


# --------------------------------------------------------------------------- titles

_WORK_NOUNS = wordset(
    """
    movie film book novel song album single series show programme program documentary
    play musical opera newspaper magazine journal podcast painting exhibition poem
    campaign operation game app website blog column report slogan hashtag brand
    """
)
"""Nouns whose quoted Title Case complement is a name, not anyone's words."""
_SHOW_PEOPLE = wordset("host hosts presenter presenters anchor anchors author star stars")
_MEDIA_LEADS = wordset(
    """
    appeared appearing appearance speaking spoke interview interviewed wrote writing
    published aired broadcast featured
    """
)
_WORK_OR_SHOW_PEOPLE = _WORK_NOUNS | _SHOW_PEOPLE
_NOT_NAMING_SUBJECTS = wordset("he she it they we i you who which that also has have had was")
_WORD_AFTER_RE = re.compile(r"\s*([\w'’-]+)")
_NAMING_VERBS = wordset("called named dubbed titled entitled nicknamed")
_TITLE_SMALL_WORDS = wordset("a an and the of in on at to for or nor but with by from as")
_WORD_BEFORE_RE = re.compile(r"([\w'’-]+)\s*$")


def names_a_work(text: str, span: QuoteSpan) -> bool:
    """Whether the quotation is a title or a name: 'the movie "The Dark Knight Rises"',
    'a traffic stopper called "Stockholmslejon"'.

    Only Title Case words of at most eight count, after a noun naming a work or
    a naming verb ("called", "dubbed") that follows a common noun (not '... Obama
    called it "a disaster"', where someone's words are quoted).
    """
    words = text[span.start : span.end].rstrip(",.;:").split()
    if not words or len(words) > 8:
        return False
    if not all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in _TITLE_SMALL_WORDS for w in words
    ):
        return False
    if not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    if span.close_mark is not None:
        after = _WORD_AFTER_RE.match(text, span.close_mark + 1)
        if after is not None and after.group(1).casefold() in _WORK_OR_SHOW_PEOPLE:
            return True  # 'CNN's "New Day" host Chris Cuomo', 'the "Today" programme'
    lead = text[max(0, span.open_mark - 60) : span.open_mark]
    before = _WORD_BEFORE_RE.search(lead)
    if before is None:
        return False
    word = before.group(1).casefold()
    if word in _WORK_NOUNS:
        return True
    if word in ("on", "in"):
        # 'appeared on "Fox and Friends"', 'in an interview on "Face the Nation"'
        earlier = _WORD_BEFORE_RE.search(lead, 0, before.start())
        return earlier is not None and earlier.group(1).casefold() in _MEDIA_LEADS
    if word not in _NAMING_VERBS:
        return False
    earlier = _WORD_BEFORE_RE.search(lead, 0, before.start())
    if earlier is None:
        return False
    noun = earlier.group(1)
    return noun.islower() and noun not in _NOT_NAMING_SUBJECTS


_NAME_LEADS = (
    "known as",
    "goes by",
    "went by",
    "going by",
    "gone by",
    "nicknamed",
    "so-called",
    "the name",
    "the handle",
    "twitter handle",
    "online handle",
    "his handle",
    "her handle",
    "their handle",
    "username",
    "user name",
    "nickname",
    "moniker",
    "alias",
    "pseudonym",
    "aka",
    "a.k.a.",
)
"""Words after which a short quotation is what someone is called, not what they said."""
_NAME_LEAD_RE = re.compile(
    r"(?:^|[^\w.])(?:" + "|".join(re.escape(lead) for lead in _NAME_LEADS) + r")[\s,]*$",
    re.IGNORECASE,
)
_NAME_PARTICLES = wordset("el la le al de del da di du van von der den bin ibn the of")
NICKNAME_WORDS = 4
"""A nickname or handle is at most this many words."""


def names_someone(text: str, span: QuoteSpan) -> bool:
    """Whether the quotation is a nickname, handle or label: 'Joaquín "El Chapo" Guzmán',
    'the drug lord known as "El Chapo"', 'went by "erratic"', 'the so-called "super max"'.

    The seeds' rule: a quoted name quotes nobody's words.  Inside a name, the
    quoted words must be Title Case and stand between two capitalised words.
    """
    quoted = text[span.start : span.end].rstrip(",.;:")
    words = quoted.split()
    if not words or len(words) > NICKNAME_WORDS or any(c in quoted for c in ".!?"):
        return False
    lead = text[max(0, span.open_mark - 40) : span.open_mark]
    if _NAME_LEAD_RE.search(lead):
        return True
    if not words[0][:1].isupper() or not all(
        w[:1].isupper() or w.casefold() in _NAME_PARTICLES for w in words
    ):
        return False
    before = _WORD_BEFORE_RE.search(lead)
    if before is None or not before.group(1)[:1].isupper() or not lead.endswith(" "):
        return False
    if span.close_mark is None or quoted != text[span.start : span.end]:
        return False  # 'Trump's Tweets "Official Statements," Spicer Says'
    after = _WORD_AFTER_RE.match(text, span.close_mark + 1)
    return (
        after is not None
        and after.group(1)[:1].isupper()
        and text[span.close_mark + 1 : span.close_mark + 2] == " "
        and not title_case_line(text, span.open_mark, span.close_mark + 1)
    )


TITLE_WORDS = 6
"""A title or name in quotation marks read as such is at most this many words."""
_OBJECT_PRONOUNS = wordset("it them him her this that")
_LOWER_WORD_AFTER_RE = re.compile(r" [a-z]")


def reads_as_title(text: str, span: QuoteSpan) -> bool:
    """Whether a short quotation in Title Case inside running text is a title or a name
    ('won for "Moonlight"', '"La La Land" was announced'), not anyone's words.

    People are not quoted in Title Case mid-sentence.  Only within a line that is
    not itself in Title Case (a headline capitalises every quotation), and only
    after a lower-case word or before one with no punctuation closing the words
    ('"Absolutely," she said' is an answer).
    """
    quoted = text[span.start : span.end]
    core = quoted.rstrip(",.;:!?")
    words = core.split()
    if not words or len(words) > TITLE_WORDS or any(c in core for c in ".!?;:"):
        return False
    if not words[0][:1].isupper() or not all(
        w[:1].isupper() or w.casefold() in _TITLE_SMALL_WORDS or not w[:1].isalpha() for w in words
    ):
        return False
    if title_case_line(
        text, span.open_mark, span.end if span.close_mark is None else span.close_mark + 1
    ):
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, span.open_mark - 30), span.open_mark)
    if before is not None and before.group(1)[:1].islower():
        # 'called it "A Recipe For Disaster"' characterises and 'replied "Never"'
        # answers: someone's words
        word = before.group(1)
        return word not in _OBJECT_PRONOUNS and word not in REPORTING_VERBS
    return (
        span.close_mark is not None
        and quoted == core
        and _LOWER_WORD_AFTER_RE.match(text, span.close_mark + 1) is not None
    )


# --------------------------------------------------------------------------- analysis


@dataclass(frozen=True, slots=True)
class QuoteAnalysis:
    """The quotations of a set of articles, attributed and linked across articles."""

    quotes: tuple[Quote, ...]
    """All quotations, in article order, then by start offset."""
    _by_article: dict[str, tuple[Quote, ...]] = field(default_factory=dict, repr=False)
    _by_utterance: dict[str, tuple[Quote, ...]] = field(default_factory=dict, repr=False)
    _texts: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, quotes: Sequence[Quote], texts: dict[str, str]) -> QuoteAnalysis:
        by_article: dict[str, list[Quote]] = {}
        by_utterance: dict[str, list[Quote]] = {}
        for quote in quotes:
            by_article.setdefault(quote.article_id, []).append(quote)
            by_utterance.setdefault(quote.utterance, []).append(quote)
        return cls(
            tuple(quotes),
            {k: tuple(v) for k, v in by_article.items()},
            {k: tuple(v) for k, v in by_utterance.items()},
            texts,
        )

    def by_article(self, article_id: str) -> tuple[Quote, ...]:
        """The quotations of one article, by start offset."""
        return self._by_article.get(article_id, ())

    def speakers(self) -> list[str]:
        """Canonical speakers, most quoted first (ties alphabetical)."""
        counts: dict[str, int] = {}
        for quote in self.quotes:
            if quote.speaker is not None:
                counts[quote.speaker] = counts.get(quote.speaker, 0) + 1
        return sorted(counts, key=lambda s: (-counts[s], s.casefold()))

    def utterance_members(self, utterance_id: str) -> tuple[Quote, ...]:
        """Every quotation of one utterance, in article order."""
        return self._by_utterance.get(utterance_id, ())

    def utterances(self) -> list[str]:
        """Utterance ids in order of first appearance."""
        return list(self._by_utterance)

    def text_of(self, quote: Quote) -> str:
        """The quoted words of ``quote`` (without marks)."""
        return self._texts.get(quote.article_id, "")[quote.start : quote.end]

    def variants(self, utterance_id: str) -> list[Variant]:
        """Word-level diff of every article's version of an utterance against the longest.

        An article quoting the utterance in several fragments gives one version, its
        fragments in text order joined by GAP (not one nearly all struck-out version per
        fragment)."""
        fragments: dict[str, list[Quote]] = {}
        for quote in self.utterance_members(utterance_id):
            fragments.setdefault(quote.article_id, []).append(quote)
        versions = [
            # (a fragment quoted twice, in a headline and the text, counts once)
            (article_id, f" {GAP} ".join(dict.fromkeys(_fragment_texts(self, qs))))
            for article_id, qs in fragments.items()
        ]
        return diff_variants(versions)


def _fragment_texts(analysis: QuoteAnalysis, quotes: Sequence[Quote]) -> list[str]:
    """The texts of one article's fragments of an utterance, in text order, a fragment
    quoted again (its words case-folded, without end punctuation) left out."""
    seen: set[str] = set()
    texts = []
    for quote in sorted(quotes, key=lambda q: q.start):
        text = analysis.text_of(quote)
        key = text.casefold().rstrip(" .,;:!?")
        if key not in seen:
            seen.add(key)
            texts.append(text)
    return texts


def analyse_quotes(
    articles: Sequence[Article],
    *,
    learnt_merge: bool = True,
    tick: Callable[[float], None] | None = None,
) -> QuoteAnalysis:
    """Detect, attribute and link the quotations of ``articles`` (pure, roughly linear).

    ``learnt_merge=False`` leaves the utterances as the rules link them, without
    :func:`~articles.utterances.merge_alike` (the fitting tool's training pairs).
    ``tick(fraction)`` is called as the work goes (after each article): for a
    progress bar, and a caller may raise from it to stop the analysis.
    """
    with collector_paused():
        return _analyse(articles, learnt_merge, tick or _no_tick)


def _no_tick(fraction: float) -> None:
    """No one follows the progress."""


def _analyse(
    articles: Sequence[Article], learnt_merge: bool, tick: Callable[[float], None]
) -> QuoteAnalysis:
    detected: list[tuple[Article, list[QuoteSpan]]] = []
    attributions = []
    span_words: list[list[str]] = []  # every span's words, in article then span order
    mention_names: dict[str, list[str]] = {}
    named: set[str] = set()
    roles: dict[str, set[str]] = {}  # role -> the people the set gives it
    # each text's names read once, for the set's genders, the article and the set
    all_mentions = [mentions_in(article.text) for article in articles]
    # "Mrs May" in one outlet, "she" in another
    genders = genders_of((a.text for a in articles), all_mentions)
    total = len(articles) or 1
    for k, (article, mentions) in enumerate(zip(articles, all_mentions, strict=True)):
        tick(0.8 * k / total)  # (attribution is most of the work; linking the rest)
        spans = detect_spans(article)
        texts = [words(article.text[s.start : s.end]) for s in spans]
        index = NameIndex.of(article.text, _in_the_story(article, mentions), genders)
        found = [
            # a statement whose issuer the text does not name is nobody's (not a
            # "Statement" the set's names complete); the set may name its issuer
            replace(a, speaker=None) if a.speaker == UNNAMED_STATEMENT else a
            for a in attribute_article(article, spans, texts, index)
        ]
        spans, found, texts = join_runs(article.text, spans, found, texts)
        detected.append((article, spans))
        span_words.extend(texts)
        attributions.append(found)
        add_mention_names(mention_names, named, article.text, mentions, roles)
    tick(0.8)
    names = canonicalise_set(articles, attributions, mention_names, roles)
    for found, speakers in zip(attributions, names, strict=True):
        for j, attribution in enumerate(found):
            if speakers[j] is None and attribution.title:
                # "the prime minister said" where this text calls her "May": the one
                # person the set gives the title
                speakers[j] = title_holder(attribution.title, roles)
    # the scare-quote filter needs the longer quotations of the whole set (each wording once)
    long_words = list(dict.fromkeys(tuple(w) for w in span_words if len(w) > SHORT_QUOTE_WORDS))
    # a short quote needs a reporting verb, or the same words in a longer quotation
    undecided = [
        (article, span, attribution, speaker)
        for (article, spans), found, speakers in zip(detected, attributions, names, strict=True)
        for span, attribution, speaker in zip(spans, found, speakers, strict=True)
    ]
    needs_source = [
        k
        for k, (w, (article, span, attribution, _)) in enumerate(
            zip(span_words, undecided, strict=True)
        )
        if w
        and len(w) <= SHORT_QUOTE_WORDS
        and not attribution.governed
        and not _is_sentence(article.text, span)
        and not _opens_headline(article, span)
    ]
    sourced = find_containers(long_words, [span_words[k] for k in needs_source])
    # or the same words quoted where a reporting verb governs them ('carnage'
    # in a headline, 'she said the town suffered "carnage"' in the text)
    governed_words = {
        tuple(w)
        for w, (_, _, attribution, _) in zip(span_words, undecided, strict=True)
        if w and attribution.governed
    }
    dropped = {
        k
        for n, k in enumerate(needs_source)
        if n not in sourced and tuple(span_words[k]) not in governed_words
    }
    dropped.update(k for k, (a, span, _, _) in enumerate(undecided) if names_a_work(a.text, span))
    # A nickname or a title is no quotation wherever the set prints it ('"El
    # Chapo" was sentenced' in a headline, once a text writes 'Joaquín "El Chapo"
    # Guzmán'; "Moonlight" in a longer quotation, once a text writes 'won for
    # "Moonlight"').
    nicknames = {
        tuple(span_words[k])
        for k, (a, span, _, _) in enumerate(undecided)
        if len(span_words[k]) <= TITLE_WORDS  # a cheap pre-check: both tests apply it
        and (names_someone(a.text, span) or reads_as_title(a.text, span))
    }
    if nicknames:
        dropped.update(k for k, w in enumerate(span_words) if tuple(w) in nicknames)
    kept_ids = [k for k in range(len(undecided)) if span_words[k] and k not in dropped]
    # (a statement whose issuer no text names is nobody's: the set may name its issuer)
    kept = [(undecided[k][0], undecided[k][1], undecided[k][3]) for k in kept_ids]
    kept_texts = [a.text[s.start : s.end] for a, s, _ in kept]
    # the words quotations are compared by, read once for the rules and the model
    compared = [
        match_words_from(text, span_words[k]) for text, k in zip(kept_texts, kept_ids, strict=True)
    ]
    utterance_ids = link_utterances(
        [(a.id, text, sp) for (a, _, sp), text in zip(kept, kept_texts, strict=True)],
        compared,
        {a.id: a.text for a in articles},
    )
    # An unattributed quotation of words another outlet attributes ('"We will
    # rebuild," he said' where "he" names no one in this article) takes the
    # speaker every attributed copy of the utterance agrees on.
    # The same article's attributed copy comes first: a pull quote above the
    # text repeats words the text gives to one speaker, whoever else the set
    # credits with parts of the utterance.
    speakers_of: dict[str, set[str]] = {}
    in_article: dict[tuple[str, str], set[str]] = {}
    for (a, _, sp), u in zip(kept, utterance_ids, strict=True):
        if sp:
            speakers_of.setdefault(u, set()).add(sp)
            in_article.setdefault((a.id, u), set()).add(sp)
    # Words the text gives to someone it describes without a name ("the owner of
    # the cafe said") take a speaker only that text names too: the mother who
    # speaks for a family, not a farmer quoted by another outlet alone.
    unnamed = [undecided[k][2].unnamed for k in kept_ids]
    speakers = [
        sp or _named_in(a, _agreed(in_article.get((a.id, u))) or _agreed(speakers_of.get(u)), anon)
        for (a, _, sp), u, anon in zip(kept, utterance_ids, unnamed, strict=True)
    ]
    # A body by the name it goes by: "Evergreen Marine" for "Evergreen Marine Corp".
    speakers = [_without_legal_form(sp) for sp in speakers]
    # Utterances the rules left apart whose quotations are alike on the whole (one
    # remark reworded or translated by two outlets) are one.
    if learnt_merge:
        utterance_ids = merge_alike(
            [
                (a.id, words_of, who, u)
                for (a, _, _), words_of, who, u in zip(
                    kept, compared, speakers, utterance_ids, strict=True
                )
            ]
        )
    # The halves of one interrupted quotation ('"With sorrow," they wrote, "for the many
    # millions ..."') are one speaker's, whichever half the set named them for.
    for k in range(1, len(kept)):
        (a, first, _), (b, second, _) = kept[k - 1], kept[k]
        if (
            a.id == b.id
            and utterance_ids[k - 1] == utterance_ids[k]
            and (speakers[k - 1] is None) != (speakers[k] is None)
            and first.close_mark is not None
            and second.open_mark - first.close_mark <= INTERRUPTION_GAP
            and "\n" not in a.text[first.close_mark : second.open_mark]
        ):
            speakers[k - 1] = speakers[k] = speakers[k - 1] or speakers[k]
    quotes = [
        Quote(a.id, s.start, s.end, s.open_mark, s.close_mark, who, u, s.paragraph)
        for (a, s, _), who, u in zip(kept, speakers, utterance_ids, strict=True)
    ]
    return QuoteAnalysis.build(quotes, {a.id: a.text for a in articles})


INTERRUPTION_GAP = 40
"""Characters at most between the halves of an interrupted quotation ('," they wrote, "')."""

_OFF_THE_STORY = frozenset({BlockKind.META, BlockKind.CHROME})


def _in_the_story(article: Article, mentions: Sequence[Mention]) -> Sequence[Mention]:
    """The name mentions outside the byline, dateline and page furniture: "By Jane Doe"
    is the reporter, never the "she" of a quotation (a caption, which names who is
    pictured, stays)."""
    off = [(p.start, p.end) for p in article.paragraphs if p.kind in _OFF_THE_STORY]
    if not off:
        return mentions
    return [m for m in mentions if not any(lo <= m.start < hi for lo, hi in off)]


def _is_sentence(text: str, span: QuoteSpan) -> bool:
    """Whether the quoted words are a whole sentence ('"We are ready."'): someone's
    words, never a scare quote, however short."""
    words = text[span.start : span.end]
    return words[:1].isupper() and words.rstrip()[-1:] in ".!?" and " " in words.strip()


def _opens_headline(article: Article, span: QuoteSpan) -> bool:
    """Whether the quotation opens the headline ("'At least eight killed' as landslide
    engulfs ..."): a headline leads with someone's words, not with a scare quote."""
    para = article.paragraphs[span.paragraph]
    return para.kind is BlockKind.HEADLINE and span.open_mark == para.start


def _without_legal_form(speaker: str | None) -> str | None:
    """A body's speaker name without its legal form (CORPORATE_SUFFIXES: "Corp", "Inc"):
    the name it goes by."""
    if not speaker or " " not in speaker:
        return speaker
    bare, last = speaker.rsplit(" ", 1)
    form = last.casefold().rstrip(".")
    if form not in CORPORATE_SUFFIXES or form == "corporation":
        # ("Federal Deposit Insurance Corporation": a body's name, spelt out)
        return speaker
    return bare if " " in bare or form in _ABBREVIATED_FORMS else speaker


_ABBREVIATED_FORMS = wordset("inc corp ltd plc llc")
"""Legal forms a one-word name goes without ("Roku Inc" is Roku; "Telefonica SA" keeps
its form: a one-word name and "SA" may be a word of the name)."""


def _named_in(article: Article, speaker: str | None, described: bool) -> str | None:
    """``speaker``, unless the quotation's own words are given to someone described
    (``described``) and ``article`` names the speaker by none of their names."""
    if speaker is None or not described:
        return speaker
    names = [w.removesuffix("'s") for w in speaker.split() if w[:1].isupper() and len(w) > 2]
    return speaker if any(name in article.text for name in names) else None


def _agreed(speakers: set[str] | None) -> str | None:
    """The one speaker of a set of speakers, or None."""
    if speakers and len(speakers) == 1:
        return next(iter(speakers))
    return None


__all__ = ["Quote", "QuoteAnalysis", "QuoteSpan", "Variant", "analyse_quotes", "detect_spans"]
