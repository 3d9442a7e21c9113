"""Placing imported annotations in the open articles before they are stored.

An annotation from another analyst names its article by id and text hash.
The id may differ here (a renamed file), so the article is looked for by id,
then by text hash, then by where the quoted passage occurs; inside it the
passage is re-placed with :func:`articles.anchoring.reanchor` (position,
quote with context, fuzzy).  What cannot be found is kept, flagged
``orphaned``, with its anchor as given, never dropped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from articles.anchoring import reanchor
from articles.annotation import Anchor, Annotation, spaced_words
from articles.model import Article


def _find_article(anchor: Anchor, articles: Sequence[Article]) -> Article | None:
    for article in articles:
        if article.id == anchor.article_id:
            return article
    if anchor.text_hash:
        for article in articles:
            if article.content_hash == anchor.text_hash:
                return article
    if anchor.exact:
        holding = [a for a in articles if anchor.exact in a.text]
        if len(holding) == 1:
            return holding[0]
    return None


def _in_article(anchor: Anchor, article: Article) -> Anchor | None:
    """The anchor placed in ``article``, or None."""
    anchor = dataclasses.replace(anchor, article_id=article.id)
    text = article.text
    if not anchor.exact:
        # Position only (another tool's export): trust it when the text is the one it was made on.
        fits = 0 <= anchor.start <= anchor.end <= len(text) and anchor.start < anchor.end
        if fits and anchor.text_hash in ("", article.content_hash):
            return Anchor.from_text(
                article.id, article.content_hash, text, anchor.start, anchor.end
            )
        return None
    if anchor.text_hash == article.content_hash and text[anchor.start : anchor.end] == anchor.exact:
        return anchor
    return reanchor(anchor, text, article.content_hash)


def place(annotation: Annotation, articles: Sequence[Article]) -> Annotation:
    """``annotation`` anchored in ``articles``, or flagged orphaned (anchor kept) if not found.

    An annotation that is already correctly placed comes back unchanged, so a
    round trip through an export loses nothing.
    """
    article = _find_article(annotation.anchor, articles)
    placed = _in_article(annotation.anchor, article) if article is not None else None
    if placed is None:
        return dataclasses.replace(annotation, orphaned=True)
    # words the article has changed since: the anchor holds today's, the annotation
    # keeps the ones annotated (as the store does when it re-anchors)
    original = annotation.reworded_from or annotation.anchor.exact
    same = not original or spaced_words(placed.exact) == spaced_words(original)
    return dataclasses.replace(
        annotation, anchor=placed, orphaned=False, reworded_from="" if same else original
    )
