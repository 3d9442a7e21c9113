"""Counts in words ("1 article", "2 articles")."""

from __future__ import annotations

from articles.wording import counted


def test_one_is_singular_and_others_plural() -> None:
    assert counted(1, "article") == "1 article"
    assert counted(0, "article") == "0 articles"
    assert counted(5, "article") == "5 articles"
    assert counted(1, "match", "matches") == "1 match"
    assert counted(2, "match", "matches") == "2 matches"


def test_figures_are_grouped_by_thousands_and_values_by_who_gives_them() -> None:
    from articles.wording import by_value, figure

    assert figure("30000") == "30,000"
    assert [figure(v) for v in ("1700", "5%", "$5bn", "09-30", "1.5")] == [
        "1700",  # four digits: a year or a count, as written
        "5%",
        "$5bn",
        "09-30",
        "1.5",
    ]
    values = {"ap": "30000", "guardian": "30000", "reuters": "31000", "herald": "30000"}
    assert by_value(values) == [("30000", ["ap", "guardian", "herald"]), ("31000", ["reuters"])]


def test_a_disagreement_names_the_articles_of_each_figure_together() -> None:
    from articles.claims import Claim
    from articles.ingest import load_sample
    from tui.screens.claiming import disagreement_text

    sample = load_sample()
    a, b, c = (article.id for article in sample.articles[:3])
    claim = Claim(
        "c1",
        "Traffic",
        members=(),
        article_ids=(a, b, c),
        disagreement=(
            {
                "quantity": "vehicles",
                "kind": "count",
                "values": {a: "30000", b: "31000", c: "30000"},
            },
        ),
    )
    text = disagreement_text(claim, sample)
    assert text.startswith("vehicles: 30,000 (1 ") and ", 3 " in text
    assert text.count("30,000") == 1 and "vs 31,000 (2 " in text
