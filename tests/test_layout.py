"""Boilerplate folding, captions and metadata on web copy from various kinds of site.

The fixture texts in tests/fixtures/web and tests/fixtures/site_set are written
for these tests; they imitate the furniture of real news pages (menus, share
bars, newsletter boxes, cookie banners, comment sections, footers).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from articles.ingest import load_paths
from articles.layout import classify, is_caption, is_chrome_words
from articles.model import Article, BlockKind

FIXTURES = Path(__file__).parent / "fixtures"


def kinds_by_text(article: Article) -> dict[str, BlockKind]:
    return {article.paragraph_text(p): p.kind for p in article.paragraphs}


def kind_of(article: Article, start: str) -> BlockKind:
    matches = [p.kind for p in article.paragraphs if article.paragraph_text(p).startswith(start)]
    assert matches, f"no paragraph starts with {start!r}"
    return matches[0]


@pytest.fixture(scope="module")
def web() -> dict[str, Article]:
    loaded = load_paths([FIXTURES / "web"])
    assert loaded.skipped == ()
    return {a.id: a for a in loaded.articles}


# --- a wire story behind a site's menu --------------------------------------------------------


def test_headline_not_on_the_first_line(web: dict[str, Article]) -> None:
    article = web["wire_floods"]
    assert article.headline == "Floodwaters recede in northern Italy as thousands return home"
    for nav in ("Skip to content", "Menu", "World", "Europe"):
        assert kind_of(article, nav) is BlockKind.CHROME
    assert kind_of(article, "Floodwaters recede") is BlockKind.HEADLINE


def test_byline_dateline_and_signoff(web: dict[str, Article]) -> None:
    article = web["wire_floods"]
    assert kind_of(article, "By Giulia Ferraro") is BlockKind.META
    assert kind_of(article, "Published 3 October 2015") is BlockKind.META
    assert article.meta.byline == "Giulia Ferraro and Mark Ellis"
    assert article.meta.date == dt.date(2015, 10, 3)
    # The closing "– Names, AFP" of a wire story names the agency.
    assert article.meta.outlet == "AFP"


def test_caption_with_agency_credit(web: dict[str, Article]) -> None:
    assert kind_of(web["wire_floods"], "Residents clear mud") is BlockKind.CAPTION


def test_newsletter_cookie_and_copyright_footer_folded(web: dict[str, Article]) -> None:
    article = web["wire_floods"]
    for furniture in (
        "Sign up for our daily newsletter",
        "Get the day's top stories delivered to your inbox",
        "We use cookies",
        "© 2015 Continental Press Agency",
    ):
        assert kind_of(article, furniture) is BlockKind.CHROME, furniture
    # The story itself, down to the sign-off paragraph, is body.
    body = [article.paragraph_text(p) for p in article.paragraphs if p.kind is BlockKind.BODY]
    assert body[0].startswith("Thousands of people began returning")
    assert body[-1].startswith("Meteorologists warned")
    assert len(body) == 7


# --- a story credited to "staff and agencies" -------------------------------------------------


def test_agencies_credit_and_photograph_caption(web: dict[str, Article]) -> None:
    article = web["agencies_strike"]
    assert article.headline == "Rail workers walk out over pay as talks collapse"
    assert kind_of(article, "This article is more than") is BlockKind.CHROME
    assert kind_of(article, "Union says members") is BlockKind.STANDFIRST
    assert kind_of(article, "Pickets outside a station") is BlockKind.CAPTION
    assert kind_of(article, "Northern Ledger staff and agencies") is BlockKind.META
    assert article.meta.outlet == "Northern Ledger"
    for furniture in ("Topics", "Rail industry", "Share on Facebook", "Reuse this content"):
        assert kind_of(article, furniture) is BlockKind.CHROME, furniture
    assert kind_of(article, "Negotiations are expected") is BlockKind.BODY


# --- the title printed twice, comments below ---------------------------------------------------


def test_repeated_title_outlet_line_and_comment_section(web: dict[str, Article]) -> None:
    article = web["repeated_title"]
    titles = [p for p in article.paragraphs if article.paragraph_text(p).startswith("Wildfire")]
    assert [p.kind for p in titles] == [BlockKind.HEADLINE, BlockKind.CHROME]
    assert article.meta.outlet == "Pacific Coast Daily News"
    assert kind_of(article, "Photo by: Reuters") is BlockKind.CAPTION
    for furniture in ("Add a comment", "Sort by", "There are no comments yet"):
        assert kind_of(article, furniture) is BlockKind.CHROME
    # A short body paragraph just before a caption stays body.
    assert kind_of(article, "Crews from three counties") is BlockKind.BODY
    assert kind_of(article, "Evacuation orders remained") is BlockKind.BODY


# --- lines recurring across the articles of one site ------------------------------------------


def test_lines_recurring_across_a_set_are_folded() -> None:
    loaded = load_paths([FIXTURES / "site_set"])
    assert len(loaded.articles) == 3
    for article in loaded.articles:
        kinds = kinds_by_text(article)
        assert kinds["Coastal Courier"] is BlockKind.CHROME
        assert kinds["Home | News | Sport | Opinion"] is BlockKind.CHROME
        assert kinds["Most read"] is BlockKind.CHROME
        assert kinds["Get our free morning briefing in your inbox"] is BlockKind.CHROME
        footer = next(t for t in kinds if t.startswith("The Coastal Courier is"))
        assert kinds[footer] is BlockKind.CHROME
        assert article.meta.outlet == "The Coastal Courier"
        headline = next(p for p in article.paragraphs if p.kind is BlockKind.HEADLINE)
        assert article.paragraph_text(headline) == article.headline
        assert sum(p.kind is BlockKind.STANDFIRST for p in article.paragraphs) == 1
        assert sum(p.kind is BlockKind.BODY for p in article.paragraphs) >= 2
    headlines = {a.headline for a in loaded.articles}
    assert "Lifeboat crew rescues kayakers caught in sea fog" in headlines


def test_a_recurring_line_alone_is_not_chrome_in_a_single_article() -> None:
    lines = ["Coastal Courier", "A short headline here", "Body text that runs on and on."]
    alone = classify(lines)
    shared = classify(lines, frozenset({"coastal courier"}))
    assert shared.kinds[0] is BlockKind.CHROME
    assert alone.kinds[1] is BlockKind.HEADLINE


# --- the parts on their own -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Police at the scene on Sunday (AFP)",
        "A man walks past the damaged building in the city centre. (Reuters/John Smith)",
        "Photo: Hannah Price",
        "Photo by: AP",
        "Firefighters at work. Photograph: Lee Morgan/Getty Images",
        "A file photo of the minister at a summit",
        "A video grab shows the convoy on the highway",
        "[Anadolu Agency]",
    ],
)
def test_captions(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Russia steps up strikes on Islamic State (IS)",
        "The ministry said it had seen no evidence of the attack.",
        "Officials photographed the damage, the report said (page 4).",
    ],
)
def test_not_captions(line: str) -> None:
    assert not is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "Advertisement",
        "Sign up to our newsletter",
        "Subscribe now",
        "Facebook Twitter WhatsApp Email",
        "Share this article",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "There are no comments yet. Add your comment to start the conversation.",
        "Read more: how the floods unfolded",
        "Comments (12)",
        "Sponsored content",
        "Stay informed with our newsletters",
        "Cookie settings",
    ],
)
def test_chrome_wording(line: str) -> None:
    assert is_chrome_words(line)


@pytest.mark.parametrize(
    "line",
    [
        "His comments came as officials met in Geneva to discuss the ceasefire proposal.",
        "The company said subscribers would not be affected by the outage on Monday.",
        '"You will never walk alone," the crowd sang as the newsletter editor wept.',
        "Twitter bans state media accounts",
        "He declined to comment.",
        "Minister's comments on tariffs spark row",
        "Pentagon briefing cancelled amid row",
        "Tap water cut off across the city for a second day.",
        "Publisher sues over copyright of wartime photographs",
    ],
)
def test_news_prose_that_mentions_chrome_words_is_not_chrome(line: str) -> None:
    assert not is_chrome_words(line)


def test_short_body_sentences_at_the_end_stay_body() -> None:
    lines = [
        "Minister resigns over expenses",
        "The transport minister resigned on Friday after a week of reports about his expenses.",
        "He denied any wrongdoing.",
        "Share on Facebook",
    ]
    layout = classify(lines)
    assert layout.kinds == (
        BlockKind.HEADLINE,
        BlockKind.BODY,
        BlockKind.BODY,
        BlockKind.CHROME,
    )


def test_byline_with_outlet_and_x_and_agencies() -> None:
    layout = classify(
        [
            "Markets fall as oil prices jump",
            "By Priya Natarajan, Financial Times",
            "Stock markets fell sharply on Monday after oil prices jumped by a tenth.",
        ]
    )
    assert layout.byline == "Priya Natarajan"
    assert layout.outlet == "Financial Times"
    layout = classify(
        [
            "Markets fall as oil prices jump",
            "Stock markets fell sharply on Monday after oil prices jumped by a tenth.",
            "Evening Post and agencies",
        ]
    )
    assert layout.outlet == "Evening Post"
