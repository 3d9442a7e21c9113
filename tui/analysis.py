"""Run the analyses of an article set off the UI thread (pure: no Textual here)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from articles.claims import Claim, analyse_claims
from articles.model import ArticleSet
from articles.quotes import QuoteAnalysis, analyse_quotes


@dataclass(frozen=True, slots=True)
class Analysis:
    """Quotes and claims of one set, with how long they took."""

    quotes: QuoteAnalysis
    claims: tuple[Claim, ...]
    seconds: float


def analyse_set(
    article_set: ArticleSet,
    *,
    aliases: Mapping[str, str] | None = None,
    progress: Callable[[str, float], None] | None = None,
) -> Analysis:
    """Quotes, then claims (which use the quotes); ``progress(step, fraction)`` between."""
    started = time.perf_counter()
    articles = article_set.articles
    if progress:
        progress("Finding quotations", 0.1)
    quotes = analyse_quotes(articles)
    if progress:
        progress("Linking claims", 0.5)
    claims = analyse_claims(articles, quotes=quotes, aliases=aliases)
    if progress:
        progress("Done", 1.0)
    return Analysis(quotes, tuple(claims), time.perf_counter() - started)
