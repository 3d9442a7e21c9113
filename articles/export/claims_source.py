"""The one place the exports depend on claim analysis.

``articles.claims`` may be absent or fail on odd input; the brief then simply
has no claims section.  :class:`ClaimLike` is the shape the Markdown brief
reads, so the formatter never imports the analysis itself.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any, Protocol


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


def find_claims(articles: Sequence[Any]) -> tuple[ClaimLike, ...] | None:
    """Claims made across ``articles``, or None when claim analysis is unavailable.

    None (not an empty tuple) tells the brief to leave the section out
    rather than say "no claims".
    """
    try:
        module = importlib.import_module("articles.claims")
        analyse = module.analyse_claims
    except (ImportError, AttributeError):
        return None
    try:
        return tuple(analyse(tuple(articles), quotes=_quotes(articles)))
    except Exception:  # analysis is optional for an export; never fail the export on it
        return None


def _quotes(articles: Sequence[Any]) -> object:
    """The quote analysis, which helps claim linking, when it is available."""
    try:
        module = importlib.import_module("articles.quotes")
        return module.analyse_quotes(tuple(articles))
    except Exception:  # optional: claims work without it
        return None
