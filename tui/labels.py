"""How the reader names an article in one line: its number in the set, then its outlet.

Two articles of one outlet ("Middle East Eye" twice in the sample) stay apart by
their number, the one every pane title starts with ("2/5 ...").
"""

from __future__ import annotations

from articles.model import Article, ArticleSet
from tui.shorten import shorten


def article_name(article_set: ArticleSet, article_id: str) -> str:
    """ "2 AFP", or "2 Russia presses Syria strikes…" without an outlet; the id if unknown."""
    for number, article in enumerate(article_set.articles, 1):
        if article.id == article_id:
            return _name(number, article)
    return article_id


def article_names(article_set: ArticleSet) -> dict[str, str]:
    """:func:`article_name` of every article, in one pass (for panels listing many)."""
    return {a.id: _name(n, a) for n, a in enumerate(article_set.articles, 1)}


def _name(number: int, article: Article) -> str:
    return f"{number} {article.meta.outlet or shorten(article.title, 30)}"
