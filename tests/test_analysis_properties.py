"""Quote and claim analysis never fail on odd text, and their offsets always hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.claims import analyse_claims
from articles.ingest import RawText, build_articles
from articles.quotes import analyse_quotes

PIECES = st.sampled_from(
    [
        '"',
        "'",
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "[",
        "]",
        "(",
        ")",
        "\n",
        "\n\n",
        " ",
        ".",
        ",",
        " said ",
        " told reporters ",
        " he added. ",
        "Mr Smith",
        "the ministry",
        "It's",
        "rebels'",
        "12",
        "one in 20",
        "five percent",
        "On Monday",
        "Daesh [IS]",
        "Islamic State (IS)",
        "The minister",
        "Berlin",
        "é",
        "—",
        "…",
        "?",
        "!",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=80).map("".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXTS, min_size=1, max_size=4))
def test_quotes_and_claims_hold_on_any_text(texts: list[str]) -> None:
    raws = [RawText(f"a{i}", f"test:{i}", text) for i, text in enumerate(texts)]
    articles = build_articles(raws)
    by_id = {a.id: a for a in articles}
    analysis = analyse_quotes(articles)
    for quote in analysis.quotes:
        text = by_id[quote.article_id].text
        assert 0 <= quote.start <= quote.end <= len(text)
        assert analysis.text_of(quote) == text[quote.start : quote.end]
    for claim in analyse_claims(articles, quotes=analysis):
        assert len(claim.article_ids) >= 2
        for member in claim.members:
            assert 0 <= member.start < member.end <= len(by_id[member.article_id].text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, TEXTS)
def test_shared_text_in_two_articles_links_without_failing(shared: str, extra: str) -> None:
    body = f"A headline about the talks\n\n{shared} The ministers met in Vienna on Monday."
    raws = [RawText("a", "test:a", body), RawText("b", "test:b", f"{body}\n\n{extra}")]
    articles = build_articles(raws)
    claims = analyse_claims(articles, quotes=analyse_quotes(articles))
    by_id = {a.id: a for a in articles}
    for claim in claims:
        for member in claim.members:
            assert by_id[member.article_id].text[member.start : member.end].strip()
