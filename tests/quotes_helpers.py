"""Small articles written for the quotation tests."""

from __future__ import annotations

from articles.ingest import RawText, build_articles
from articles.model import Article
from articles.quotes import Quote, QuoteAnalysis, analyse_quotes


def make(*texts: str) -> list[Article]:
    """Articles ``a0``, ``a1``... from texts (paragraphs separated by blank lines)."""
    raws = [RawText(f"a{i}", f"test:a{i}", text) for i, text in enumerate(texts)]
    return list(build_articles(raws))


def analyse(*texts: str) -> tuple[list[Article], QuoteAnalysis]:
    articles = make(*texts)
    return articles, analyse_quotes(articles)


def quoted(analysis: QuoteAnalysis, article_id: str = "a0") -> list[str]:
    """The quoted words of one article, in order."""
    return [analysis.text_of(q) for q in analysis.by_article(article_id)]


def speaker_of(analysis: QuoteAnalysis, text: str) -> str | None:
    """The speaker of the (only) quotation whose words are ``text``."""
    found: list[Quote] = [q for q in analysis.quotes if analysis.text_of(q) == text]
    assert len(found) == 1, [analysis.text_of(q) for q in analysis.quotes]
    return found[0].speaker
