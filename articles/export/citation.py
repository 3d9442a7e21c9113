"""Where a passage comes from, as a reader would cite it.

Shared by the Markdown and CSV formatters so that both name an article the
same way.  Paragraph numbers count the story's own paragraphs (headline,
standfirst, body, subheads: :attr:`BlockKind.is_content`), from 1, so that
site navigation before the headline does not shift them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from articles.annotation import Annotation
from articles.model import Article, BlockKind


@dataclass(frozen=True, slots=True)
class Citation:
    """What is known about a passage's article; empty strings when unknown."""

    article_id: str
    outlet: str
    headline: str
    date: str
    """ISO date (YYYY-MM-DD) or ``""``."""
    paragraph: int | None
    """1-based number among the story's paragraphs, or None when not placed (see
    :meth:`~articles.model.Article.paragraph_number`: a caption has the number of
    the paragraph before it, page text above the first one 0)."""
    article_open: bool
    """Whether the article is among the open ones."""
    place: str = ""
    """``paragraph 4``, ``paragraphs 4–5``, or ``caption after paragraph 3``; ``""`` when
    not placed."""
    block: str = ""
    """What the passage is in: ``body``, ``headline``, ``caption``...; ``""`` when not placed."""


def index_articles(articles: Iterable[Article]) -> dict[str, Article]:
    """Articles by id."""
    return {article.id: article for article in articles}


def passage_start(annotation: Annotation, article: Article) -> int | None:
    """Where the passage is in the article's current text, or None.

    The stored position when the text there is still the passage; else the
    first occurrence of the passage (the store re-anchors properly; this is
    only for citing).
    """
    anchor = annotation.anchor
    if anchor.exact and article.text[anchor.start : anchor.end] == anchor.exact:
        return anchor.start
    if anchor.exact:
        found = article.text.find(anchor.exact)
        return found if found >= 0 else None
    if anchor.text_hash == article.content_hash and 0 <= anchor.start <= len(article.text):
        return anchor.start
    return None


def cite(annotation: Annotation, articles: Mapping[str, Article]) -> Citation:
    """The citation of ``annotation`` given the open articles by id."""
    article_id = annotation.anchor.article_id
    article = articles.get(article_id)
    if article is None:
        return Citation(article_id, "", "", "", None, False)
    start = None if annotation.orphaned else passage_start(annotation, article)
    paragraph = None if start is None else article.paragraph_at(start)
    place = "" if start is None else article.paragraph_label(start, "paragraph ") or ""
    if start is not None and paragraph is not None and paragraph.kind is BlockKind.BODY:
        # a passage running over several of the story's paragraphs cites them all
        length = len(annotation.anchor.exact) or annotation.anchor.end - annotation.anchor.start
        last = article.paragraph_at(start + max(0, length - 1))
        if last is not None and last.kind is BlockKind.BODY and last.index != paragraph.index:
            first_number = article.paragraph_number(start)
            last_number = article.paragraph_number(last.start)
            place = f"paragraphs {first_number}–{last_number}"
    return Citation(
        article_id=article_id,
        outlet=article.meta.outlet or "",
        headline=article.meta.headline,
        date=article.meta.date.isoformat() if article.meta.date else "",
        paragraph=None if start is None else article.paragraph_number(start),
        article_open=True,
        place=place,
        block="" if paragraph is None else paragraph.kind.value,
    )
