"""Run the analyses of an article set off the UI thread (pure: no Textual here)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from articles.claims import Claim, analyse_claims
from articles.model import ArticleSet
from articles.quotes import QuoteAnalysis, analyse_quotes
from store.analysis_cache import AnalysisCache, CachedAnalysis, cache_key


class AnalysisStopped(Exception):
    """Raised from a ``progress`` callback to stop an analysis no one waits for."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """Quotes and claims of one set, with how long they took."""

    quotes: QuoteAnalysis
    claims: tuple[Claim, ...]
    seconds: float
    cached: bool = False
    """True when the result came from the analysis cache (nothing was recomputed)."""


def analyse_set(
    article_set: ArticleSet,
    *,
    aliases: Mapping[str, str] | None = None,
    progress: Callable[[str, float], None] | None = None,
    cache: AnalysisCache | None = None,
) -> Analysis:
    """Quotes, then claims (which use the quotes); ``progress(step, fraction)`` between.

    With a ``cache``, an unchanged set (same articles, aliases and analysis
    code) is read back instead of recomputed, and a fresh result is written.
    """
    started = time.perf_counter()
    articles = article_set.articles
    key = cache_key(articles, aliases) if cache is not None else ""
    if cache is not None:
        if progress:
            progress("Reading cached analysis", 0.05)
        found = cache.load(key, articles)
        if found is not None:
            if progress:
                progress("Done", 1.0)
            return Analysis(found.quotes, found.claims, time.perf_counter() - started, True)
    if progress:
        progress("Finding quotations", 0.1)
    quotes = analyse_quotes(articles, tick=_stage(progress, "Finding quotations", 0.1, 0.6))
    if progress:
        progress("Linking claims", 0.6)
    stage = _stage(progress, "Linking claims", 0.6, 0.98)
    claims = tuple(analyse_claims(articles, quotes=quotes, aliases=aliases, tick=stage))
    if cache is not None:
        cache.save(key, CachedAnalysis(quotes, claims), articles)
    if progress:
        progress("Done", 1.0)
    return Analysis(quotes, claims, time.perf_counter() - started)


def _stage(
    progress: Callable[[str, float], None] | None, step: str, low: float, high: float
) -> Callable[[float], None] | None:
    """A stage's ``tick(fraction)`` as the overall ``progress`` between ``low`` and ``high``
    (which may raise to stop the analysis: the reader's does when it quits)."""
    if progress is None:
        return None
    report = progress

    def tick(fraction: float) -> None:
        report(step, low + (high - low) * fraction)

    return tick
