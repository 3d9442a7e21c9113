"""The one place the exports depend on quote and claim analysis.

``articles.quotes`` or ``articles.claims`` may be absent or fail on odd input;
the brief then simply names no speakers, or has no claims section.
:class:`QuoteLike` and :class:`ClaimLike` are the shapes the Markdown brief
reads, so the formatter never imports the analysis itself.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any, Protocol


class QuoteLike(Protocol):
    """What the brief reads from a quotation (``articles.quotes.Quote``)."""

    @property
    def article_id(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def speaker(self) -> str | None: ...


class QuotesLike(Protocol):
    """A quote analysis (``articles.quotes.QuoteAnalysis``): what claim linking and the
    brief read."""

    @property
    def quotes(self) -> Sequence[QuoteLike]: ...


class ClaimLike(Protocol):
    """What the brief reads from a claim (``articles.claims.Claim``)."""

    @property
    def summary(self) -> str: ...

    @property
    def members(self) -> Sequence[Any]:
        """(article_id, start, end) triples, or objects with those attributes."""
        ...

    @property
    def article_ids(self) -> Sequence[str]: ...


def find_claims(
    articles: Sequence[Any], quotes: QuotesLike | None = None
) -> tuple[ClaimLike, ...] | None:
    """Claims made across ``articles``, or None when claim analysis is unavailable.

    None (not an empty tuple) tells the brief to leave the section out
    rather than say "no claims".  ``quotes`` (from :func:`find_quotes`) helps
    the linking; without it the quotations are analysed here.
    """
    try:
        module = importlib.import_module("articles.claims")
        analyse = module.analyse_claims
    except (ImportError, AttributeError):
        return None
    try:
        if quotes is None:
            quotes = _quotes(articles)
        return tuple(analyse(tuple(articles), quotes=quotes))
    except Exception:  # analysis is optional for an export; never fail the export on it
        return None


def find_quotes(articles: Sequence[Any]) -> QuotesLike | None:
    """The quotations of ``articles`` with their speakers, or None when quote
    analysis is unavailable (the brief then names no speakers)."""
    return _quotes(articles)


def _quotes(articles: Sequence[Any]) -> QuotesLike | None:
    """The quote analysis, which helps claim linking, when it is available."""
    try:
        module = importlib.import_module("articles.quotes")
        return module.analyse_quotes(tuple(articles))
    except Exception:  # optional: claims work without it
        return None
