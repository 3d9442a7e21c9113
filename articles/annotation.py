"""Annotations: a note and tags on a passage, with anchors that survive edits.

An annotation's target is described twice, as the W3C Web Annotation model
does: a TextPositionSelector (``start``/``end``, the project's offsets: Python
``str`` indices into :attr:`articles.model.Article.text`) and a
TextQuoteSelector (``exact`` plus up to 32 characters of ``prefix`` and
``suffix``).  ``text_hash`` is the article's ``content_hash`` when the anchor
was made, so a changed article is noticed and the anchor re-placed; ``source``
is the article's file relative to the set's folder, so the annotation stays
with its file when article ids shift (a file added whose name is taken).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from articles.controls import visible

CONTEXT_CHARS = 32


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def new_id() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a passage is: position plus quote with context."""

    article_id: str
    text_hash: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    source: str = ""
    """The article's file, relative to the set's folder ("" when not known)."""

    def __post_init__(self) -> None:
        # words from a store or an import made before articles' control characters
        # were shown as symbols: as the article text reads them now
        for name in ("exact", "prefix", "suffix"):
            object.__setattr__(self, name, visible(getattr(self, name)))

    @classmethod
    def from_text(
        cls,
        article_id: str,
        text_hash: str,
        text: str,
        start: int,
        end: int,
        source: str = "",
    ) -> Anchor:
        return cls(
            article_id=article_id,
            text_hash=text_hash,
            start=start,
            end=end,
            exact=text[start:end],
            prefix=text[max(0, start - CONTEXT_CHARS) : start],
            suffix=text[end : end + CONTEXT_CHARS],
            source=source,
        )


@dataclass(frozen=True, slots=True)
class Annotation:
    """A passage with a note and tags.  ``orphaned``: its text could not be found again."""

    id: str
    anchor: Anchor
    note: str = ""
    tags: tuple[str, ...] = ()
    created: dt.datetime = field(default_factory=now)
    modified: dt.datetime = field(default_factory=now)
    orphaned: bool = False
    reworded_from: str = ""
    """The passage's words as annotated, when the article has changed them since
    (the anchor then holds today's words); "" while they are unchanged."""

    def __post_init__(self) -> None:
        # an imported or hand-edited note or tag never drives the terminal or an export
        note = self.note.replace("\r\n", "\n").replace("\r", "\n")  # (a Windows line end)
        object.__setattr__(self, "note", visible(note))
        object.__setattr__(self, "tags", tuple(visible(t) for t in self.tags))
        object.__setattr__(self, "reworded_from", visible(self.reworded_from))


def spaced_words(text: str) -> str:
    """``text``'s words with single spaces: how a passage's words are compared when its
    article may have been re-wrapped or re-spaced since."""
    return " ".join(text.split())


_TAG_QUOTES = "\"'“”‘’«»"


def split_tags(raw: str, known: Iterable[str] = ()) -> tuple[str, ...]:
    """Tags typed as "a, b/c ,a": trimmed, inner spaces single, de-duplicated in any
    letter case, order kept; '/' nests.  A tag that is one of ``known`` in another
    letter case takes the known spelling ("Warnings" -> "warnings"): one tag, not two.
    """
    spelling = {tag.casefold(): tag for tag in known}
    seen: dict[str, str] = {}
    for part in raw.split(","):
        # (quotation marks are no part of a tag: '"quoted,tag"' is two tags, both shown
        # as typed, not '"quoted' and 'tag"' shown as one)
        part = part.strip().strip(_TAG_QUOTES)
        tag = "/".join(" ".join(p.split()) for p in part.split("/") if p.strip())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = spelling.get(tag.casefold(), tag)
    return tuple(seen.values())
