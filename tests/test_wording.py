"""Counts in words ("1 article", "2 articles")."""

from __future__ import annotations

from articles.wording import counted


def test_one_is_singular_and_others_plural() -> None:
    assert counted(1, "article") == "1 article"
    assert counted(0, "article") == "0 articles"
    assert counted(5, "article") == "5 articles"
    assert counted(1, "match", "matches") == "1 match"
    assert counted(2, "match", "matches") == "2 matches"
