"""The article model shared by every feature.

Offsets
-------
Every offset in briefreader (paragraphs, sentences, quotes, claim members,
annotations, exports) is a Python ``str`` index into :attr:`Article.text`,
end exclusive.  ``Article.text`` is the file's text decoded (UTF-8, or a
fallback encoding that is reported) with universal newlines, i.e. exactly what
``Path(f).read_text(encoding="utf-8")`` returns for a UTF-8 file.  Nothing is
ever removed from it: boilerplate is *classified*, not deleted, so an offset
computed today is still valid for the same file tomorrow.  For HTML input the
stored text is the main text extracted from the page.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TypeVar


class BlockKind(StrEnum):
    """What a paragraph (one block of text) is, for reading and analysis."""

    HEADLINE = "headline"
    """The article's title."""
    STANDFIRST = "standfirst"
    """Sub-headline or summary under the title."""
    BODY = "body"
    """Running text."""
    SUBHEAD = "subhead"
    """A short section heading inside the body."""
    CAPTION = "caption"
    """An image or video caption or credit."""
    META = "meta"
    """Byline, outlet or dateline line."""
    CHROME = "chrome"
    """Site navigation, newsletter, comment and footer text."""

    @property
    def is_content(self) -> bool:
        """Whether the block is part of the story (analysed for quotes and claims)."""
        return self in _CONTENT_KINDS


_CONTENT_KINDS = frozenset(
    {BlockKind.HEADLINE, BlockKind.STANDFIRST, BlockKind.BODY, BlockKind.SUBHEAD}
)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of the article: ``text[start:end]``, no surrounding newline."""

    index: int
    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text[start:end]``, inside paragraph ``paragraph``."""

    index: int
    start: int
    end: int
    paragraph: int


_S = TypeVar("_S", Paragraph, Sentence)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the text says about itself; any field may be unknown."""

    headline: str = ""
    outlet: str | None = None
    byline: str | None = None
    date: _dt.date | None = None


def text_hash(text: str) -> str:
    """An article's content hash: SHA-256 of its text as UTF-8 (lone surrogates kept), in hex."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


_DATE_STAMP_RE = re.compile(r"^(?:date:?\s+)?\d{4}-\d{2}-\d{2}\s+", re.IGNORECASE)
"""A date stamp opening a text, before its first sentence: no part of a title."""
TITLE_FROM_TEXT_CHARS = 100
"""Longest title taken from a text's first sentence when it has no headline."""


@dataclass(frozen=True, slots=True)
class Article:
    """One article as stored and analysed.  Immutable; see the module docstring for offsets."""

    id: str
    """Unique within the open set; the file stem (suffixed when two files share one)."""
    source: str
    """Where it came from (a path, or ``sample:NAME``)."""
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    meta: Metadata
    content_hash: str
    """:func:`text_hash` of ``text``; keys caches and annotation anchors."""
    notices: tuple[str, ...] = field(default=())
    """Things the user should be told about this file (fallback decoding, truncation)."""

    @property
    def headline(self) -> str:
        return self.meta.headline

    @property
    def titled(self) -> bool:
        """Whether the text has a headline of its own (else ``meta.headline`` is its id)."""
        return bool(self.meta.headline) and self.meta.headline != self.id

    @property
    def title(self) -> str:
        """What to call the article: its headline; for a text with none, its first
        sentence of running text (a file name tells a reader nothing); else its id."""
        if self.titled:
            return _DATE_STAMP_RE.sub("", self.meta.headline.strip(), count=1)
        paragraphs = self.paragraphs
        first = next((s for s in self.sentences if paragraphs[s.paragraph].kind.is_content), None)
        found = " ".join(self.text[first.start : first.end].split()) if first else ""
        found = _DATE_STAMP_RE.sub("", found, count=1)  # "date 2023-02-15 Ms Sturgeon will ..."
        if len(found) > TITLE_FROM_TEXT_CHARS:
            # a title's length: the sentence's opening words, cut at a word
            cut = found.rfind(" ", 0, TITLE_FROM_TEXT_CHARS)
            found = found[: cut if cut > 0 else TITLE_FROM_TEXT_CHARS].rstrip(",;:–—- ") + "…"
        return found or self.id

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    @property
    def content_sentences(self) -> tuple[Sentence, ...]:
        """Sentences of headline, standfirst, body and subheads (not chrome or captions)."""
        return tuple(s for s in self.sentences if self.paragraphs[s.paragraph].kind.is_content)

    @property
    def body_sentences(self) -> tuple[Sentence, ...]:
        """Sentences of the running text only: where the reading cursor starts."""
        return tuple(
            s for s in self.sentences if self.paragraphs[s.paragraph].kind is BlockKind.BODY
        )

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset``, or None."""
        return _containing(self.sentences, offset)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph containing ``offset``, or None."""
        return _containing(self.paragraphs, offset)

    def paragraph_number(self, offset: int) -> int | None:
        """1-based number of the story paragraph (body text) holding ``offset``.

        This is the "¶" of citations and of the reader's status line: paragraphs
        as a reader counts them, down the story's text.  A passage outside them
        (the headline, the standfirst, a subheading, a caption, a byline, page
        furniture) gets the number of the story paragraph before it (0 before
        the first), so numbers never go backwards down the article;
        :meth:`paragraph_label` says which it is.
        """
        paragraph = self.paragraph_at(offset)
        return None if paragraph is None else self._number_of(paragraph)

    def paragraph_label(self, offset: int, mark: str = "¶") -> str | None:
        """Where ``offset`` is, for people: ``¶4``, ``headline``, ``standfirst``, or
        ``caption after ¶3`` outside the story's paragraphs (``mark`` is
        ``"paragraph "`` in written citations)."""
        paragraph = self.paragraph_at(offset)
        if paragraph is None:
            return None
        if paragraph.kind in (BlockKind.HEADLINE, BlockKind.STANDFIRST):
            return paragraph.kind.value
        number = self._number_of(paragraph)
        if paragraph.kind is BlockKind.BODY:
            return f"{mark}{number}"
        what = _OUTSIDE_NAMES.get(paragraph.kind, paragraph.kind.value)
        return f"{what} after {mark}{number}" if number else f"{what} before {mark}1"

    def _number_of(self, paragraph: Paragraph) -> int:
        """Story paragraphs up to and including ``paragraph`` (see paragraph_number)."""
        return sum(1 for p in self.paragraphs[: paragraph.index + 1] if p.kind is BlockKind.BODY)


_OUTSIDE_NAMES = {
    BlockKind.META: "byline",
    BlockKind.CHROME: "page text",
    BlockKind.SUBHEAD: "subheading",
}
"""How a label names a passage outside the story's paragraphs (else by its kind)."""


_MARKDOWN_HEADING_RE = re.compile(r"^#{1,6}\s+")


def plain_heading(line: str) -> str:
    """A headline as one plain line: a Markdown heading mark and the emphasis around
    it removed, spaces collapsed (``"# **Mayor  opens bridge**"`` -> ``"Mayor opens bridge"``)."""
    return " ".join(_MARKDOWN_HEADING_RE.sub("", line.strip()).strip("*_ ").split())


def _containing(spans: tuple[_S, ...], offset: int) -> _S | None:
    """Binary search of ordered, non-overlapping spans for the one holding ``offset``."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        span = spans[mid]
        if offset < span.start:
            hi = mid
        elif offset >= span.end:
            lo = mid + 1
        else:
            return span
    return None


@dataclass(frozen=True, slots=True)
class ArticleSet:
    """The articles open together, and what ingestion had to say about the input."""

    articles: tuple[Article, ...]
    skipped: tuple[tuple[str, str], ...] = ()
    """(path, reason) for every file that could not be opened."""
    root: str | None = None
    """The folder the set was opened from: the folder given, or the closest folder
    holding every path given (see :func:`articles.ingest.set_root`); None for none."""
    is_sample: bool = False
    folders: tuple[str, ...] = ()
    """The folders given, in order (where an older store of the set may be)."""

    def by_id(self, article_id: str) -> Article | None:
        for article in self.articles:
            if article.id == article_id:
                return article
        return None

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.articles)

    def places(self) -> dict[str, str]:
        """Each article's :meth:`place`, by article id."""
        return {a.id: self.place(a) for a in self.articles}

    def place(self, article: Article) -> str:
        """The article's file relative to the set's folder, "/"-separated (its source
        as given when the set has no folder): what names it across re-openings, while
        its id may shift when another file with its name joins the set."""
        if self.root and not article.source.startswith("sample:"):
            try:
                return Path(article.source).relative_to(self.root).as_posix()
            except ValueError:
                pass
        return article.source
