"""Words for counts shown to a reader: "1 article", "3 articles", "1 match"."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` and ``noun``, plural unless one ("1 article", "2 matches" with
    ``plural="matches"``; the plural is the noun and an "s" when not given)."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
