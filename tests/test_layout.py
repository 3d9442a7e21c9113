"""Boilerplate folding, captions and metadata on web copy from various kinds of site.

The fixture texts in tests/fixtures/web and tests/fixtures/site_set are written
for these tests; they imitate the furniture of real news pages (menus, share
bars, newsletter boxes, cookie banners, comment sections, footers).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from articles.ingest import RawText, build_articles, load_paths
from articles.layout import classify, is_caption, is_chrome_words, is_meta
from articles.model import Article, BlockKind

FIXTURES = Path(__file__).parent / "fixtures"


def kinds_by_text(article: Article) -> dict[str, BlockKind]:
    return {article.paragraph_text(p): p.kind for p in article.paragraphs}


def one_article(text: str) -> Article:
    """The article ``text`` makes on its own (no other text of a set beside it)."""
    return build_articles([RawText("a", "test:a", text)])[0]


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


# --- syndicated copy: the same story, or the same title, in two articles of the set ------------

WIRE_STORY = [
    "Hundreds evacuated in riverside town floods",
    "LONDON (Reuters) - Around 350 homes were evacuated on Tuesday after the river broke "
    "its banks, officials said.",
    '"Our teams are working around the clock," the agency said in a statement.',
    "Forecasters warned up to 80 millimetres of rain could fall by Thursday.",
    "A resident said the water rose faster than ever before in living memory.",
    "— Reporting by Paul Sandle; Editing by Kate Holton",
]


def _set_of(*articles: list[str]) -> list:
    """Each article's Layout, with lines recurring across ``articles`` as the set's."""
    from articles.layout import normalise_line

    counts: dict[str, int] = {}
    for lines in articles:
        for key in {normalise_line(line) for line in lines}:
            counts[key] = counts.get(key, 0) + 1
    recurring = frozenset(k for k, c in counts.items() if k and c >= 2)
    return [classify(lines, recurring) for lines in articles]


def test_two_articles_with_the_same_title_both_keep_it_as_their_headline() -> None:
    one = ["Storm closes coastal road", "The coast road was shut on Monday after a landslide."]
    two = ["Storm closes coastal road", "Engineers said the road could stay closed for a week."]
    for layout, lines in zip(_set_of(one, two), (one, two), strict=True):
        assert layout.headline_block == 0
        assert layout.kinds[0] is BlockKind.HEADLINE
        assert layout.kinds[1] is BlockKind.BODY, lines


def test_a_wire_story_printed_by_two_outlets_keeps_its_body_in_both() -> None:
    site_a = ["Home | News | Sport", *WIRE_STORY, "Daily Ledger is a local newspaper."]
    site_b = ["Menu", *WIRE_STORY]
    for layout, lines in zip(_set_of(site_a, site_b), (site_a, site_b), strict=True):
        kinds = dict(zip(lines, layout.kinds, strict=True))
        assert kinds[WIRE_STORY[0]] is BlockKind.HEADLINE
        for line in WIRE_STORY[1:5]:
            assert kinds[line] is BlockKind.BODY, line
        assert layout.outlet == "Reuters"
        assert layout.byline == "Paul Sandle"


def test_recurring_headlines_of_other_stories_above_the_title_stay_furniture() -> None:
    related = ["Council approves new bridge plan", "School reopens after summer repairs"]
    one = [*related, "Storm closes coastal road", "The coast road was shut on Monday after rain."]
    two = [*related, "Fire crews tackle moorland blaze", "Crews fought the fire through the night."]
    for layout in _set_of(one, two):
        assert layout.kinds[0] is BlockKind.CHROME
        assert layout.kinds[1] is BlockKind.CHROME
        assert layout.headline_block == 2


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("LONDON (Reuters) - Shares fell on Monday as oil prices rose.", "Reuters"),
        ("WASHINGTON (AP) — The Senate passed the bill late on Friday night.", "AP"),
        ("BEIRUT, Oct 3 (AFP) - Russia pressed on with its strikes in Syria.", "AFP"),
    ],
)
def test_a_wire_dateline_names_the_agency(line: str, agency: str) -> None:
    assert classify(["A headline of some words", line]).outlet == agency


def test_a_dateline_without_an_agency_names_no_outlet() -> None:
    assert classify(["A headline of some words", "BEIRUT, Lebanon – Russia struck."]).outlet is None


def test_a_byline_without_by_and_an_unpunctuated_standfirst() -> None:
    layout = classify(
        [
            "Skip to main content",
            "Ministers accused of 'betraying' farmers over new trade deal",
            "Unions say the agreement will flood the market with cheap imports",
            "Helena Horton Environment reporter",
            "Tue 12 Mar 2024 14.05 GMT",
            'Ministers have been accused of "betraying" British farmers after signing a deal.',
            "The union said imports would rise by 40% over five years, hurting its members.",
        ]
    )
    assert layout.headline_block == 1
    assert layout.kinds[2] is BlockKind.STANDFIRST
    assert layout.kinds[3] is BlockKind.META
    assert layout.byline == "Helena Horton"
    assert layout.date == (2024, 3, 12)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Doe Political editor", "Jane Doe"),
        ("Jane Doe Middle East correspondent", "Jane Doe"),
        ("Ann Lee and Tom Roe Health reporters", "Ann Lee and Tom Roe"),
        ("Mary Ann Smith reporter", "Mary Ann Smith"),
    ],
)
def test_role_bylines(line: str, names: str) -> None:
    layout = classify(["A headline of several words", line, "Some text runs here at length."])
    assert layout.kinds[1] is BlockKind.META
    assert layout.byline == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By MARK HALLORAN and JENNIFER OKAFOR", "Mark Halloran and Jennifer Okafor"),
        ("By MARY O'NEILL-SMITH", "Mary O'Neill-Smith"),
        ("By Jane DeLuca", "Jane DeLuca"),
    ],
)
def test_a_byline_set_in_capitals_reads_as_names(line: str, names: str) -> None:
    layout = classify(["A headline of several words", line, "Some text runs here at length."])
    assert layout.byline == names


def test_labelled_image_captions_and_a_glued_timestamp() -> None:
    layout = classify(
        [
            "Ashford floods: Hundreds of homes evacuated after river bursts",
            "March 5, 20245:12 PM GMTUpdated 2 hours ago",
            "Image source, Getty Images",
            "Image caption, Firefighters used boats to reach stranded residents",
            "Hundreds of people have been evacuated from their homes after the river burst.",
            "Crews rescued 35 people overnight, the fire service said in a statement.",
            "(Reporting by Paul Sandle; Editing by Kate Holton)",
        ]
    )
    assert layout.headline_block == 0
    assert layout.kinds[1] is BlockKind.META
    assert layout.date == (2024, 3, 5)
    assert layout.kinds[2] is BlockKind.CAPTION
    assert layout.kinds[3] is BlockKind.CAPTION
    assert layout.kinds[6] is BlockKind.META
    assert layout.byline == "Paul Sandle"


def test_a_standfirst_above_a_byline_date_and_share_bar() -> None:
    layout = classify(
        [
            "News|Conflict",
            "Strikes kill dozens as ceasefire talks stall",
            "Health officials say at least 45 people were killed, including 12 children.",
            "By Staff Reporter",
            "Published On 14 May 2024",
            "14 May 2024",
            "Save",
            "Click here to share on social media",
            "Air strikes across the territory have killed at least 45 people overnight.",
            "Hospitals said they were overwhelmed and had run out of beds for the wounded.",
            "Source: Gulf Herald and news agencies",
        ]
    )
    assert layout.headline_block == 1
    assert layout.kinds[2] is BlockKind.STANDFIRST
    assert layout.kinds[6] is BlockKind.CHROME
    assert layout.kinds[8] is BlockKind.BODY
    assert layout.outlet == "Gulf Herald"


def test_a_page_with_an_image_credit_reporting_from_and_contributors() -> None:
    lines = [
        "Advertisement",
        "Federal Help Vowed as Floods Swamp the Valley",
        "The president spoke with the governor as rivers crested at record levels.",
        "Image",
        "Residents waded through floodwater on Tuesday.Credit...Jo Tully for The Daily Ledger",
        "By Jane Doe and John Roe",
        "Reporting from Montpelier, Vt.",
        "July 11, 2023",
        "The president promised on Tuesday to send federal help to the flooded valley.",
        "At least 100 people had been rescued from their homes, the governor said.",
        "Ann Lee and Tom Ode contributed reporting to this article.",
    ]
    layout = classify(lines)
    kinds = dict(zip(lines, layout.kinds, strict=True))
    assert layout.headline_block == 1
    assert kinds[lines[2]] is BlockKind.STANDFIRST
    assert kinds[lines[4]] is BlockKind.CAPTION
    assert kinds[lines[6]] is BlockKind.META
    assert kinds[lines[8]] is BlockKind.BODY
    assert kinds[lines[10]] is BlockKind.META


def test_a_breadcrumb_trail_is_navigation_not_the_outlet() -> None:
    layout = classify(
        [
            "Home › News › World",
            "UN warns of famine risk as fighting spreads",
            "The United Nations warned on Friday that millions of people face famine.",
        ]
    )
    assert layout.kinds[0] is BlockKind.CHROME
    assert layout.outlet is None
    assert layout.headline_block == 1


def test_a_bare_name_over_the_outlet_line_is_the_byline() -> None:
    layout = classify(
        [
            "Ashford floods: Hundreds of homes evacuated after river bursts",
            "5 March 2024",
            "Tom Ellis",
            "BBC News, Kent",
            "Hundreds of people have been evacuated from their homes after the river burst.",
            "Crews rescued 35 people overnight, the fire service said in a statement.",
        ]
    )
    assert layout.kinds[2] is BlockKind.META
    assert layout.byline == "Tom Ellis"
    # without an outlet under it, a short capitalised line is no byline
    plain = classify(["Storm closes coast road", "Tom Ellis", "The road was shut on Monday."])
    assert plain.byline is None


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


def test_a_pictures_alt_text_wrapped_in_its_credit_and_the_caption_under_it() -> None:
    # copied from a page, a picture reads "<credit> <alt text><credit>", then its
    # unpunctuated caption; both in the running text, and hard-wrap detection
    # must not join the caption to the alt text
    text = (
        "Town cut off by floods\n\n"
        "Heavy rain closed every road out of the town on Sunday, the council said.\n\n"
        "Jan Mill A garden submerged under water, with a shed and a fence in the "
        "middle of it all.Jan Mill\n"
        "Jan Mill's house and garden was one of several in the town that were flooded\n\n"
        "Residents said the drains had not been cleared for years.\n\n"
        "Ann Lee A street with flooding on the road and pavement Ann Lee\n"
        "Ann Lee says water came up through the sinks\n\n"
        "The council said it would review its response.\n"
    )
    article = one_article(text)
    kinds = kinds_by_text(article)
    for caption in (
        "Jan Mill A garden submerged under water, with a shed and a fence in the middle "
        "of it all.Jan Mill",
        "Jan Mill's house and garden was one of several in the town that were flooded",
        "Ann Lee A street with flooding on the road and pavement Ann Lee",
        "Ann Lee says water came up through the sinks",
    ):
        assert kinds[caption] is BlockKind.CAPTION
    assert kinds["Residents said the drains had not been cleared for years."] is BlockKind.BODY


def test_a_time_stamp_and_the_name_above_it_are_meta_not_the_headline() -> None:
    layout = classify(
        [
            "White House",
            "Press Secretary Says The President's Tweets Are Official Statements",
            "Aric Jenks",
            "5:56 PM ET",
            "The president considers his tweets to be official statements, his press "
            "secretary said on Tuesday.",
        ]
    )
    assert layout.headline_block == 1
    assert layout.kinds[2] is BlockKind.META and layout.kinds[3] is BlockKind.META
    assert layout.byline == "Aric Jenks"


def test_a_section_label_above_the_title_is_not_the_headline() -> None:
    layout = classify(
        [
            "Politics & Government",
            "Press Secretary Says The President's Tweets Are Official Statements",
            "Questions about the president's tweets dominated the briefing on Tuesday.",
            "The press secretary defended the president's use of social media again.",
        ]
    )
    assert layout.headline_block == 1


def test_a_browser_notice_a_menu_spaced_out_and_a_byline_with_its_date() -> None:
    text = (
        "IE 11 is not supported. For an optimal experience visit our site on another browser.\n\n"
        "The Valley Magazine\n\n"
        "  News     Politics       Entertainment      Under the Radar\n\n"
        "News Archive 2017\n\n"
        "Press secretary confirms that the president's tweets are official statements\n"
        "by Anna Berg: June 8, 2017\n\n"
        "On Tuesday, during the daily press briefing, the press secretary said the "
        "president's tweets were official statements.\n\n"
        "The spokesman gives the briefing at the White House in Washington.Nick Kamm / "
        "AFP - Getty Images\n\n"
        "The remarks drew criticism from members of the president's own party.\n"
    )
    article = one_article(text)
    assert article.headline == (
        "Press secretary confirms that the president's tweets are official statements"
    )
    assert article.meta.byline == "Anna Berg"
    assert article.meta.date == dt.date(2017, 6, 8)
    assert article.meta.outlet != "News Archive 2017"
    kinds = kinds_by_text(article)
    assert kinds[next(t for t in kinds if t.startswith("IE 11"))] is BlockKind.CHROME
    assert kinds[next(t for t in kinds if "Politics" in t)] is BlockKind.CHROME
    assert kinds[next(t for t in kinds if "Getty Images" in t)] is BlockKind.CAPTION


def test_a_credit_in_double_brackets_makes_a_caption() -> None:
    assert is_caption(
        "Local residents walk past destroyed buildings in the city, where the quake hit "
        "on Monday. ((Kyodo News/Associated Press))"
    )


def test_a_caption_printed_twice_with_the_credit_on_the_second_copy() -> None:
    caption = (
        "Scaffolding erected for the renovation remains in place a day after the fire "
        "destroyed the roof of the cathedral on April 16, 2019."
    )
    layout = classify(
        [
            "Macron pledges to rebuild the cathedral after the fire",
            "The president vowed on Tuesday to rebuild the cathedral within five years.",
            caption,
            caption + "/Philippe Lopez | AFP | Getty Images",
            "More than 400 firefighters battled the blaze for 15 hours, officials said.",
        ]
    )
    assert layout.kinds[2] is BlockKind.CAPTION
    assert layout.kinds[3] is BlockKind.CAPTION
    assert layout.kinds[4] is BlockKind.BODY


def test_a_weather_widget_and_a_caption_printed_twice_are_not_the_title() -> None:
    layout = classify(
        [
            "| 9.4°C Dublin",
            "'We should have been 5 or 6-2 down' - Mourinho tears into his team",
            "Manchester United manager Jose Mourinho before the match",
            "Manchester United manager Jose Mourinho before the match",
            "Jose Mourinho ripped into his players once again after a late winner secured "
            "a 2-1 win at Bournemouth.",
        ]
    )
    assert layout.headline_block == 1
    assert layout.kinds[0] is BlockKind.CHROME
    assert layout.kinds[2] is BlockKind.CAPTION and layout.kinds[3] is BlockKind.CAPTION


def test_a_line_that_is_one_quotation_under_the_title_is_no_headline() -> None:
    # "‘Emotion Of A Nation’" (a section label) was taken for the headline and
    # the real title above it, a quotation of its own, folded as chrome.
    (article,) = build_articles(
        [
            RawText(
                "a",
                "test:a",
                "‘Worst avoided, vows to rebuild’: Macron on the cathedral fire\n\n"
                "‘Emotion Of A Nation’\n\n"
                "Macron cancelled a planned speech and headed to the scene, where he vowed"
                " the cathedral would be reborn.\n",
            )
        ]
    )
    assert article.meta.headline == "‘Worst avoided, vows to rebuild’: Macron on the cathedral fire"
    assert kind_of(article, "‘Emotion") is not BlockKind.HEADLINE


def test_reporting_with_a_promotion_tacked_on_is_body() -> None:
    from articles.layout import is_chrome_words

    reporting = (
        '"One by one we are keeping the promise I made to the people during our campaign,"'
        ' Trump said. "The Paris Climate Accord is simply the latest example of Washington'
        ' entering into an agreement that disadvantages the U.S."'
    )
    promo = (
        " (For more information on this and other political stories, subscribe to the"
        " White House Patch for daily newsletters and breaking news alerts.)"
    )
    assert not is_chrome_words(reporting + promo)
    assert is_chrome_words(promo.strip())


def test_a_section_label_above_a_short_headline_is_not_the_headline() -> None:
    articles = build_articles(
        [
            RawText(
                id="a",
                source="a.txt",
                text="In The Know\n\nHarvey Weinstein convicted on two of five charges\n\n"
                "Harvey Weinstein has been found guilty on two of five counts in his New York"
                " trial, but acquitted on the most serious charges against him.\n",
            ),
            RawText(
                id="b",
                source="b.txt",
                text="Trump: U.S. to Exit Paris Climate Deal\n\n"
                "Donald Trump Paris Climate Agreement 2 - Getty - H 2017\nWin McNamee/Getty Images"
                "\n\nPresident Donald Trump kept one of his central campaign promises by pulling"
                " the United States from the Paris global climate pact.\n",
            ),
        ]
    )
    assert articles[0].meta.headline == "Harvey Weinstein convicted on two of five charges"
    assert articles[1].meta.headline == "Trump: U.S. to Exit Paris Climate Deal"


def test_a_long_reader_appeal_is_still_furniture() -> None:
    from articles.layout import is_chrome_words

    appeal = (
        "Thousands of readers in more than 180 countries now rely on our independent reporting"
        " from Washington, London and Hong Kong every single day of the week, because we refuse"
        " to hide it. Subscribe to our newsletter and support our journalism today."
    )
    assert is_chrome_words(appeal)


def test_gallery_and_read_the_latest_links_under_the_title_are_furniture() -> None:
    text = (
        "Flood latest: Nine confirmed dead in Riverside and dozens unaccounted for\n\n"
        "Jane Holt\n\n"
        "Read all the latest on the Riverside flood here\n\n"
        "Riverside flood in pictures\n\n"
        "At least nine people have died after the river burst its banks overnight, and "
        "police expect the death toll to rise as the water recedes.\n\n"
        "Up to 600 people were evacuated from the lower town before dawn on Tuesday."
    )
    article = one_article(text)
    assert article.headline.startswith("Flood latest: Nine confirmed dead")
    assert kind_of(article, "Riverside flood in pictures") is BlockKind.CHROME
    assert kind_of(article, "Read all the latest") is BlockKind.CHROME


def test_a_title_case_line_over_a_sentence_case_one_is_the_headline() -> None:
    text = (
        "Mayor Forced to Step Down as Harbour Board Chair in Audit Settlement\n\n"
        "She will remain mayor but must pay a $20,000 fine\n\n"
        "Ann Roe\n\n"
        "Ann Roe will step down as chair of the harbour board as part of a settlement "
        "with the audit office, and will also pay a fine, officials said on Saturday."
    )
    article = one_article(text)
    assert article.headline.startswith("Mayor Forced to Step Down")
    assert kind_of(article, "She will remain mayor") is BlockKind.STANDFIRST


def test_summary_bullets_and_a_short_caption_under_the_title_are_not_the_headline() -> None:
    text = (
        "Senate confirms the new harbour commissioner after a bitter fight\n\n"
        "- Ann Roe last night celebrated the confirmation of her pick\n\n"
        "- The Senate voted 50-48 in favour of the nominee\n\n"
        "The commissioner, looking pleased.\n\n"
        "The Senate voted 50-48 on Saturday to confirm the new harbour commissioner, "
        "ending weeks of hearings and protests outside the chamber."
    )
    article = one_article(text)
    assert article.headline.startswith("Senate confirms the new harbour commissioner")


def test_a_long_tabloid_headline_is_the_headline() -> None:
    headline = (
        "'We got this wrong': Harbour chief says sorry as he tells workers in a 6am email "
        "that he is cutting 1,100 jobs - around 13% of staff - in one of the biggest "
        "layoffs at the port this year after profits fell by two thirds"
    )
    text = (
        f"{headline}\n\n"
        "  • The port will let go of 13 percent of its staff in the cuts this week\n\n"
        "The harbour chief apologised to workers on Wednesday after an early morning email "
        "confirmed the job losses, blaming soaring costs and a weak shipping market."
    )
    article = one_article(text)
    assert article.headline == headline
    assert kinds_by_text(article)[headline] is BlockKind.HEADLINE


def test_a_headline_with_a_pictograph_is_the_headline_when_no_other_line_is() -> None:
    text = (
        "Flood survivors share stories \U0001f30a online\n\n"
        "By Staff Reporter\n\n"
        "Residents posted videos \U0001f4f9 of the torrent on social media as the river "
        "rose overnight, officials said.\n\n"
        "The water reached the first floor of homes near the bridge."
    )
    article = one_article(text)
    assert article.headline == "Flood survivors share stories \U0001f30a online"
    promoted = one_article("Start the day smarter \u2600\ufe0f with our newsletter\n\n" + text)
    assert promoted.headline == "Flood survivors share stories \U0001f30a online"


def test_a_long_first_line_that_ends_like_a_sentence_is_no_headline() -> None:
    lede = (
        "The harbour chief apologised to workers on Wednesday after an early morning email "
        "confirmed that 1,100 jobs would go, around 13% of staff, in one of the biggest "
        "rounds of layoffs at the port this year after its profits fell by two thirds."
    )
    article = one_article(lede + "\n\nHe said the cuts were painful but necessary for the port.")
    assert kinds_by_text(article)[lede] is not BlockKind.HEADLINE


def test_a_courtesy_credit_is_a_caption() -> None:
    assert is_caption("Courtesy of Mariah Bush, Redding Record Searchlight")


def test_a_lede_that_introduces_a_list_with_a_colon_is_running_text() -> None:
    lede = (
        "In news that shook Silicon Valley on Friday, the chief executive of a leading "
        'company was abruptly fired. The board wrote that he "was not consistently candid '
        "in his communications.\" More on what's known so far:"
    )
    text = lede + "\n\n- Co-founder quits: his deputy resigned hours after the news broke."
    article = one_article(text)
    assert kinds_by_text(article)[lede] is BlockKind.BODY
    labelled = build_articles([RawText("b", "test:b", "Related:\n\n" + text)])[0]
    assert kinds_by_text(labelled)["Related:"] is not BlockKind.BODY


def test_names_over_a_credit_and_site_furniture_are_no_headline() -> None:
    text = (
        "Weinstein Defense Lawyer Blasts ‘Obscene’ 23-Year Prison Sentence\n\n"
        "By\n\nGene Maddaus\n\nSenior Media Writer\n\nGene's Most Recent Stories\n\n"
        "View All\n\nDonna Rotunno Gloria Allred\n\nCREDIT: Erik Pendzich/Shutterstock\n\n"
        "Harvey Weinstein's defense attorney blasted the judge's decision on Wednesday, "
        "calling the sentence obscene and promising an appeal."
    )
    article = one_article(text)
    assert article.headline.startswith("Weinstein Defense Lawyer Blasts")
    assert kinds_by_text(article)["Donna Rotunno Gloria Allred"] is BlockKind.CAPTION
    assert is_chrome_words("Beta V.1.0 - Powered by automated translation")


def test_an_age_banner_and_a_sponsor_label_are_no_headline() -> None:
    assert is_chrome_words("This story is over 5 years old.")
    assert is_chrome_words("Presented By")
    assert not is_chrome_words("This story is about five old friends.")
    assert not is_chrome_words("Award presented by the Queen to firefighters")
    text = (
        "This story is over 5 years old.\n\n"
        "Putting Mugabe under house arrest definitely isn’t a coup, Zimbabwe army says\n\n"
        "A general in military fatigues appeared on state TV on Wednesday denying the army "
        "had carried out a coup, despite soldiers taking control of the capital."
    )
    article = one_article(text)
    assert article.headline.startswith("Putting Mugabe under house arrest")


def test_photo_credits_caption_labels_and_search_keywords_are_no_headline() -> None:
    assert is_caption("AP Photo/Joseph Kaczmarek")
    assert is_caption("Annie Farmer at the court in July 2019Image source, Getty Images")
    assert is_caption("Maxwell sits as the verdict is read  Credit: Jane Rosenberg/Reuters")
    assert not is_caption("The photo was taken in New York.")
    credit = (
        "Inside the Amtrak disaster: Passengers thrown across train in crash\n\n"
        "Article content\n\nAP Photo/Joseph Kaczmarek\n\n"
        "PHILADELPHIA — Daylight revealed mangled train cars Wednesday after an Amtrak "
        "passenger train derailed in Philadelphia."
    )
    article = one_article(credit)
    assert article.headline.startswith("Inside the Amtrak disaster")
    labelled = (
        "Ghislaine Maxwell: Survivors speak of relief after guilty verdict\n\n"
        "Image caption,\n\nAnnie Farmer testified against Maxwell\n\n"
        "A woman who was groomed by Ghislaine Maxwell and gave key evidence at her trial "
        "hopes the verdict brings solace."
    )
    article = one_article(labelled)
    assert article.headline.startswith("Ghislaine Maxwell: Survivors")
    assert kind_of(article, "Annie Farmer testified") is BlockKind.CAPTION
    keywords = (
        "Maxwell victims 'sob with joy' at guilty verdict\n\n"
        "Ghislaine Maxwell guilty verdict read victims jeffrey epstein latest news sentence\n\n"
        "Ghislaine Maxwell's accusers have said others must be held accountable after the "
        "British socialite was convicted of helping Jeffrey Epstein abuse girls."
    )
    article = one_article(keywords)
    assert article.headline.startswith("Maxwell victims 'sob with joy'")
    assert kind_of(article, "Ghislaine Maxwell guilty verdict read") is BlockKind.CHROME


def test_a_programme_slot_a_stamp_line_and_a_video_label_are_no_headline() -> None:
    assert is_meta("15 February 2023, 09:58 | Updated: 15 February 2023, 16:58")
    assert not is_meta("Sport | Politics | World news today")
    radio = (
        "Ben Kentish 10pm - 1am\n\n"
        "'Privilege of my life': Nicola Sturgeon says 'nothing will come close' to the job\n\n"
        "15 February 2023, 09:58 | Updated: 15 February 2023, 16:58\n\n"
        "Nicola Sturgeon has said serving as First Minister of Scotland has been the "
        "privilege of her life after she announced her resignation."
    )
    article = one_article(radio)
    assert article.headline.startswith("'Privilege of my life'")
    video = (
        "Watch CBS News\n\n"
        'Major U.N. climate report warns of "extreme" and "unprecedented" impacts\n\n'
        "U.N. climate report issues dire warning\n\n"
        "U.N. climate report issues dire warning 02:05\n\n"
        "From flood to fire, 2021 has been a summer of extraordinary extremes across the "
        "globe, a sign that the impacts of climate change are already widespread."
    )
    article = one_article(video)
    assert article.headline.startswith("Major U.N. climate report")
    assert kind_of(article, "U.N. climate report issues dire warning 02:05") is BlockKind.CAPTION


def test_summary_bullets_without_a_title_are_the_standfirst() -> None:
    text = (
        "* Protesters armed and determined to die - police chief\n\n"
        '* President Zuma says violence "shocking", announces inquiry\n\n'
        "By Jon Herskovitz\n\n"
        "MARIKANA, South Africa, Aug 17 The police killing of 34 striking platinum miners "
        "cut to the quick of South Africa's psyche on Friday."
    )
    article = one_article(text)
    assert kind_of(article, "* President Zuma says") is BlockKind.STANDFIRST


def test_a_statement_two_outlets_end_with_is_no_furniture() -> None:
    statement = (
        "\"However, domestic results in the current campaign have placed the club's "
        'Premier League status under threat, and the board feels a change is necessary."'
    )
    texts = [
        f"{title}\n\n{body}\n\n{title} after nine months, the {len(body)}-word report "
        f"says of a club that won the league.\n\n{statement}\n\nLeiceste"
        for title, body in (
            (
                "Leicester sack Ranieri",
                "Claudio Ranieri was fired as the manager of Leicester on Thursday, nine "
                "months after guiding the club to the title.",
            ),
            (
                "Ranieri sacked by champions Leicester",
                "The Italian who won the Premier League with a team of bargain signings has "
                "lost his job after a run of defeats left the club near the bottom three.",
            ),
        )
    ]
    articles = build_articles([RawText(f"a{i}", f"test:a{i}", t) for i, t in enumerate(texts)])
    for article in articles:
        assert kind_of(article, '"However, domestic results') is BlockKind.BODY


def test_a_caption_in_this_image_or_credited_via_an_agency() -> None:
    assert is_caption(
        "Kenya’s President Uhuru Kenyatta speaks to the nation in this image taken from TV, "
        "Friday Sept. 1, 2017. Kenya TV pool via AP"
    )
    assert not is_caption("The car pool was used by staff.")


def test_writers_names_alone_are_the_byline_and_a_date_stamp_is_no_title() -> None:
    assert is_meta("Dave Burke & Lizzy Buchan")
    assert is_meta("Rana Moussaoui and Anna Smolchenko")
    assert not is_meta("Harry and Meghan")
    text = (
        "Politics\n\nDave Burke & Lizzy Buchan\n\n"
        "Nicola Sturgeon QUITS as Scottish First Minister in surprise announcement\n\n"
        "Nicola Sturgeon has dramatically quit as Scotland's First Minister, saying she is "
        "passing over the baton."
    )
    article = one_article(text)
    assert article.headline.startswith("Nicola Sturgeon QUITS")
    stamped = (
        " date 2023-02-15 Ms Sturgeon will leave office as the longest serving First "
        "Minister, having led the country since 2014.\n\nShe said she was proud."
    )
    article = one_article(stamped)
    assert article.title.startswith("Ms Sturgeon will leave office")


def test_a_promotion_with_pictographs_over_the_title_is_no_headline() -> None:
    text = (
        "Start the day smarter ☀️ Notable deaths in 2022 Dangerous dams in US King Tut's tomb\n"
        "Wells Fargo\n\n"
        "Amtrak train traveled twice the speed limit on track curve before crash\n\n"
        "Greg Toppo, and Doug Stanglin\n\n"
        "PHILADELPHIA — The Amtrak train that derailed in Philadelphia was traveling at 106 "
        "mph shortly before the crash, the National Transportation Safety Board said."
    )
    article = one_article(text)
    assert article.headline.startswith("Amtrak train traveled twice")


def test_reading_times_share_bars_script_code_and_a_writer_s_place_are_no_headline() -> None:
    for line in (
        "·4 min read",
        "6 minute read",
        "Twitter Facebook Reddit Pinterest Email",
        '"); jQuery("#212 h3").html("',
    ):
        assert is_chrome_words(line), line
    assert not is_chrome_words("He said the function of the court was clear.")
    assert is_meta("Helen Davidson in Taipei")
    assert not is_meta("Chaos in Paris")
    text = (
        "Hong Kong activist Joshua Wong jailed for 13 and a half months over protest\n\n"
        "Helen Davidson in Taipei\n\n·4 min read\n\n"
        "The high-profile Hong Kong activist Joshua Wong will spend more than a year in jail "
        "over a protest outside police headquarters."
    )
    article = one_article(text)
    assert article.headline.startswith("Hong Kong activist Joshua Wong jailed")


def test_a_reported_statement_two_outlets_end_with_is_no_furniture() -> None:
    statement = (
        'A Tesco spokesman said: "We are currently experiencing availability issues on a '
        'number of Unilever products. We hope to have this issue resolved soon."'
    )
    bodies = (
        "Marmite has vanished from Tesco's website after a row over prices with Unilever, "
        "which wants to raise them by ten per cent.",
        "Shoppers hunting for Ben & Jerry's and PG Tips found empty shelves on Thursday as "
        "the supermarket's dispute with its supplier went on.",
    )
    texts = [
        f"Tesco runs out of Marmite\n\n{body}\n\nA second paragraph of {n} words says what "
        f"happened next in the dispute.\n\n{statement}"
        for n, body in enumerate(bodies)
    ]
    articles = build_articles([RawText(f"a{i}", f"test:a{i}", t) for i, t in enumerate(texts)])
    for article in articles:
        assert kind_of(article, "A Tesco spokesman said") is BlockKind.BODY


def test_a_role_byline_with_a_handle_and_an_audio_label_are_no_headline() -> None:
    assert is_meta("Rory Carroll Ireland correspondent@rorycarroll72Fri 14 May 2021 12.02 BST")
    assert is_chrome_words("Voiced by Amazon Polly")
    assert not is_meta("Police seek man @ large in Dublin")
    text = (
        "Ransomware attack disrupts Irish health services\n\nVoiced by Amazon Polly\n\n"
        "IT systems shut down and some medical appointments cancelled after attempt to access"
        " data\n\nRory Carroll Ireland correspondent@rorycarroll72Fri 14 May 2021 12.02 BST\n\n"
        "Ireland’s state health services provider has shut all its IT systems and cancelled"
        " some medical appointments after a ransomware attack overnight."
    )
    article = one_article(text)
    assert article.headline == "Ransomware attack disrupts Irish health services"


def test_captions_glued_credits_tags_and_section_labels_are_no_headline() -> None:
    for line in (
        "This file combination of pictures show three cricketers. - AFP Photo",
        "Infographic explaining how seismic stations work. Los Angeles Times 2017",
        "Map: United States",
        "Bob Chapek is stepping down as Disney CEO, giving the role to Bob IgerImage: Joe Bu",
    ):
        assert is_caption(line), line
    assert is_meta("Chris Baynes,Tom Embury-Dennis,Peter Stubley")
    assert is_meta("By @chelean on")
    assert is_meta("Press Trust of India Beijing")
    text = (
        "BusinessUnited States of America\n\n"
        "Shock CEO swap at Disney — Bob Iger returns, Bob Chapek goes\n\n18 minutes ago\n\n"
        "The Walt Disney Company has brought back its previous chief executive, Bob Iger, at"
        " short notice to replace the man who replaced him."
    )
    assert one_article(text).headline.startswith("Shock CEO swap at Disney")
    text = (
        "spot fixing\nThis file combination of pictures show three cricketers. - AFP Photo\n\n"
        "DOHA: The ICC found three players guilty of corruption on Saturday and banned each"
        " of them for at least five years."
    )
    assert kind_of(one_article(text), "spot fixing") is BlockKind.CHROME


def test_a_teaser_cut_short_above_its_full_line_is_no_headline() -> None:
    text = (
        "German Parliament votes to legalise gay marriage with 393 votes in favour\n\n"
        "Merkel says she had a\n"
        'Merkel says she had a "life-changing experience" when she met a couple\n\n'
        "The German Parliament has approved by a clear majority to legalise same-sex"
        " marriage, days after the chancellor dropped her opposition."
    )
    assert one_article(text).headline.startswith("German Parliament votes")


def test_headlines_like_furniture_stay_headlines() -> None:
    assert not is_chrome_words("Fears voiced by farmers over new trade deal")
    assert not is_caption("Chart-topping rapper arrested: police")
    for title, next_line in (
        ("WorldCom boss jailed", "The former chief executive was jailed for 25 years."),
        (
            "Storm Arwen hits north-east coast",
            "Storm Arwen hits north-east coast as thousands lose power",
        ),
    ):
        text = (
            f"{title}\n\n{next_line}\n\nThe storm brought winds of up to 98mph to the coast"
            " on Friday night, and thousands of homes were left without power."
        )
        assert one_article(text).headline == title


def test_writers_and_where_they_write_from_are_the_byline() -> None:
    for line, names in (
        ("Angela Giuffrida in Rome", "Angela Giuffrida"),
        ("Helen Davidson and Jane Roe in New York", "Helen Davidson and Jane Roe"),
        ("José Álvarez in Bogotá", "José Álvarez"),
        ("Ursula von der Leyen in Brussels", "Ursula von der Leyen"),
        ("Sam Jones in Rio de Janeiro", "Sam Jones"),
        (
            "Lorenzo Tondo in Rome and Angela Giuffrida in Palermo",
            "Lorenzo Tondo and Angela Giuffrida",
        ),
        ("Sam Jones in Madrid and agencies", "Sam Jones"),
    ):
        layout = classify(
            [
                "Italy floods: death toll rises to 13 as Emilia-Romagna counts cost",
                line,
                "Thu 18 May 2023 14.02 BST",
                "At least 13 people have died after torrential rain caused rivers to burst.",
                "The government announced €20m in emergency funding on Thursday.",
            ]
        )
        assert layout.kinds[1] is BlockKind.META
        assert layout.byline == names


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        ("LONDON/BELFAST (Reuters) -National Health Service nurses staged a strike.", "Reuters"),
        ("London (CNN) — The blaze that killed 72 people was caused by failures.", "CNN"),
        ("London (AFP) - The disaster was the culmination of decades of failure.", "AFP"),
        ("NEW YORK, Oct 3 (AP) — Stocks fell on Friday as investors sold banks.", "AP"),
    ],
)
def test_a_wire_dateline_names_the_outlet(dateline: str, agency: str) -> None:
    layout = classify(["Nurses strike over pay in Britain", dateline, "The union said so."])
    assert layout.outlet == agency


def test_a_title_printed_twice_is_the_headline_over_a_pictures_label() -> None:
    title = "Broken Britain: Largest nurses strike in history underway as services are rocked"
    layout = classify(
        [
            title,
            title,
            "Kelly Hopkins nurse strike",
            "By Georgina Cutler",
            "The biggest nurses strike in NHS history has started as a row over pay goes on.",
            "Thousands of nurses have begun a 12-hour strike in a bitter dispute over pay.",
        ]
    )
    assert layout.headline_block == 0
    assert layout.kinds[2] is not BlockKind.HEADLINE


def test_a_short_label_speaking_to_the_reader_is_no_headline() -> None:
    """'Have your say' (a comments link) under the title and its pictures' captions."""
    lines = [
        "Pistorius jailed for five years - ‘but he’ll be out in 10 months’",
        "Oscar Pistorius in court in Pretoria, South Africa for sentencing",
        "Oscar Pistorius in court in Pretoria, South Africa for sentencing",
        "Have your say",
        "OSCAR PISTORIUS has been sentenced to five years in prison for killing his "
        "girlfriend Reeva Steenkamp on Valentine’s Day last year.",
        "The amputee athlete stood staring straight ahead as Judge Thokozile Masipa "
        "announced his sentence for killing the model.",
    ]
    layout = classify(lines)
    assert layout.headline_block == 0
    assert layout.kinds[3] is BlockKind.CHROME
    # a longer title that speaks to the reader is still a title, and so is a short one
    # that asks nothing of the reader
    for title in ("What you need to know about the strike", "Meet your new MP"):
        assert classify([title, *lines[4:]]).headline_block == 0, title


@pytest.mark.parametrize("line", ["Pretoria, October 21", "London, 3 March", "New York, Jan. 5 -"])
def test_a_place_and_a_day_alone_are_a_dateline(line: str) -> None:
    assert is_meta(line)


def test_a_dateline_without_its_year_is_no_headline() -> None:
    lines = [
        "Oscar Pistorius Sentenced To 5 Years In Prison - Eastern Mirror",
        "Sports",
        "Oscar Pistorius sentenced to 5 years in prison",
        "Disgraced athlete sent to hell-hole South African jail for killing his lover",
        "Agencies",
        "Pretoria, October 21",
        "Olympic and Paralympic sprinter Oscar Pistorius was sentenced to five years in "
        "prison on Tuesday for killing his girlfriend Reeva Steenkamp.",
        "His only reaction was to wipe his eyes before two police officers led him down "
        "to the holding cells.",
    ]
    layout = classify(lines)
    assert layout.kinds[5] is BlockKind.META
    assert layout.headline_block == 2


_SENTENCED = [
    "Olympic sprinter Oscar Pistorius was sentenced to five years in prison on Tuesday "
    "for killing his girlfriend.",
    "He wiped his eyes as police officers led him down to the cells below the court.",
]
"""A story's first paragraphs, under the dates and bylines the tests put above them."""


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By EMN Updated: Oct 21, 2014 11:11 pm", "EMN"),
        ("By Jane Smith Published: Oct 21, 2014", "Jane Smith"),
    ],
)
def test_a_time_stamp_s_label_is_no_part_of_the_byline(line: str, byline: str) -> None:
    layout = classify(["Pistorius sentenced to five years in prison", line, *_SENTENCED])
    assert layout.byline == byline
    assert layout.date == (2014, 10, 21)


@pytest.mark.parametrize(
    "stamp",
    [
        "By EMN Updated: Oct 21, 2014 11:11 pm",
        "Published: October 21, 2014",
        "Published: 21/10/2014",
    ],
)
def test_a_labelled_date_wins_over_a_page_s_print_date(stamp: str) -> None:
    layout = classify(
        ["Friday, May 03, 2024", "Pistorius sentenced to five years in prison", stamp, *_SENTENCED]
    )
    assert layout.date == (2014, 10, 21)


def test_a_bare_date_line_is_the_date_when_no_other_is_given() -> None:
    layout = classify(
        ["Pistorius sentenced to five years in prison", "21 October 2014", *_SENTENCED]
    )
    assert layout.date == (2014, 10, 21)


def test_an_outlet_line_s_trailing_colon_is_no_part_of_its_name() -> None:
    body = [
        "Nicola Sturgeon has resigned as First Minister of Scotland after eight years in "
        "the job, she told reporters in Edinburgh.",
        "She said she had known in her head and her heart that the time was right.",
    ]
    layout = classify(["Sturgeon resigns as First Minister", "Glasgow Times:", *body])
    assert layout.outlet == "Glasgow Times"


def test_a_saved_page_s_date_field_dates_every_article_of_the_day() -> None:
    """The same "date 2023-11-20" field opens several saved pages of one day: a recurring
    line, yet the articles' date, and the headline is the words after it (qaN D12)."""
    texts = {
        "a": " date 2023-11-20 Javier Milei won Argentina's runoff on Sunday, defeating "
        "Sergio Massa by a wide margin, official results showed.\n\n"
        "Massa conceded defeat before the count was over.\n",
        "b": " date 2023-11-20 Argentines elected the libertarian Javier Milei as president "
        "on Sunday, giving him a clear victory over Sergio Massa.\n\n"
        "Massa called him to concede on Sunday night.\n",
    }
    articles = build_articles([RawText(id=k, source=k, text=v) for k, v in texts.items()])
    for article in articles:
        assert article.meta.date == dt.date(2023, 11, 20)
        assert not (article.meta.headline or "").startswith("date")
        assert article.paragraphs[0].kind is BlockKind.META
        assert article.text[article.paragraphs[0].end :].lstrip().startswith(("Javier", "Arg"))


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Oscar Pistorius Sentenced To 5 Years In Prison - Eastern Mirror", "Eastern Mirror"),
        ("Pistorius gets five years | The Daily Star", "The Daily Star"),
        ("Pistorius jailed - but he may be out in ten months", None),
    ],
)
def test_a_page_title_names_its_site_after_a_dash(title: str, outlet: str | None) -> None:
    body = "Oscar Pistorius was sentenced to five years in prison on Tuesday for killing her."
    assert classify([title, body]).outlet == outlet


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (
            "Argentine presidential candidate Javier Milei raises a fist during the closing "
            "event of his campaign, in Cordoba, Argentina, November 16, 2023",
            True,
        ),
        (
            "Supporters are seen outside the party's headquarters in Buenos Aires, Nov 19, 2023.",
            True,
        ),
        (
            "Milei won the runoff on Sunday, officials said in Buenos Aires, November 20, 2023.",
            False,
        ),
    ],
)
def test_a_wire_photo_caption_ends_with_where_and_when(line: str, caption: bool) -> None:
    """A photo caption over a story (qaN D12: it was taken for the headline)."""
    assert is_caption(line) is caption


@pytest.mark.parametrize(
    "line",
    [
        "Related: What the bridge collapse means for your commute",
        "See also: How the port handles hazardous cargo",
        "Also read: Divers recover two bodies",
    ],
)
def test_a_labelled_link_to_another_story_is_furniture(line: str) -> None:
    """ "Related: <headline>" between paragraphs is a link, not a subheading (qaP A10)."""
    text = (
        "Bridge collapses\n\nThe bridge fell into the river on Tuesday after a ship hit it, "
        "and six workers are missing.\n\n" + line + "\n\nThe port will stay closed for "
        "weeks, the governor said on Wednesday.\n"
    )
    assert kinds_by_text(one_article(text))[line] is BlockKind.CHROME
    assert not is_chrome_words("Related to the collapse, officials said the port would close.")


def test_a_key_facts_list_after_the_story_is_text_and_the_writer_s_note_furniture() -> None:
    """qaP A10: a bulleted list of facts closing the story stays in the text (each item
    its own block); 'X covers Y for Z. Contact her at ...' is the note on the writer."""
    text = (
        "Bridge collapses\n\nThe bridge fell into the river on Tuesday after a ship hit it, "
        "and six workers are missing.\n\nResidents gathered along the shore on Tuesday to "
        "look at the twisted metal, police said.\n\n"
        "- Six workers presumed dead\n- 22 crew on board, all accounted for\n"
        "- Port closed to shipping until further notice\n\n"
        "Renee Castillo covers Baltimore County for the Harbor Herald. Contact her at "
        "rc@example.org.\n\nCopyright 2024 Harbor Herald Media. All rights reserved.\n"
    )
    kinds = kinds_by_text(one_article(text))
    assert kinds["- Six workers presumed dead"] is BlockKind.BODY
    assert kinds["- Port closed to shipping until further notice"] is BlockKind.BODY
    note = "Renee Castillo covers Baltimore County for the Harbor Herald. Contact her at "
    assert kinds[note + "rc@example.org."] is BlockKind.CHROME


def test_a_link_list_under_its_heading_stays_furniture() -> None:
    text = (
        "Bridge collapses\n\nThe bridge fell into the river on Tuesday after a ship hit it, "
        "and six workers are missing.\n\nResidents gathered along the shore on Tuesday to "
        "look at the twisted metal, police said.\n\nMore on this story\n\n"
        "- What the bridge collapse means for your commute\n- How the port handles cargo\n"
    )
    kinds = kinds_by_text(one_article(text))
    assert kinds["- How the port handles cargo"] is BlockKind.CHROME


@pytest.mark.parametrize(
    ("lines", "outlet", "byline"),
    [
        pytest.param(
            [
                "Democracy Dies in Darkness",
                "Panel blows out",
                "By Lori Ashford, Ian Dunmore and Aaron Greer",
                "The panel blew out at 16,000 feet, officials said on Friday.",
            ],
            None,
            "Lori Ashford, Ian Dunmore and Aaron Greer",
            id="a slogan is no writer in a place; three writers after By",
        ),
        pytest.param(
            [
                "Panel blows out",
                "By JAMES TOLLAND FOR DAILYMAIL.COM",
                "The panel blew out at 16,000 feet, officials said on Friday.",
            ],
            "dailymail.com",
            "James Tolland",
            id="a writer for an outlet",
        ),
        pytest.param(
            [
                "Dundalk wakes to a gap",
                "By Renee Castillo",
                "The bridge fell on Tuesday, and six workers are missing, police said.",
                "Sign up for the Harbor Herald morning newsletter.",
                "Copyright 2024 Harbor Herald Media. All rights reserved.",
            ],
            "Harbor Herald",
            "Renee Castillo",
            id="the outlet a copyright line names and the page names again",
        ),
        pytest.param(
            [
                "Panel blows out",
                "By Jane Doe",
                "The panel blew out at 16,000 feet, officials said on Friday.",
                "© 2024 Advance Local Media LLC. All rights reserved.",
            ],
            None,
            "Jane Doe",
            id="no outlet from a parent company named only in its copyright",
        ),
    ],
)
def test_outlet_and_byline_from_the_page_s_lines(
    lines: list[str], outlet: str | None, byline: str
) -> None:
    layout = classify(lines)
    assert (layout.outlet, layout.byline) == (outlet, byline)


@pytest.mark.parametrize(
    "line", ["My News", "UK News", "Support the Guardian", "AFRICA", "© Associated Newspapers Ltd"]
)
def test_a_site_section_or_link_is_no_outlet(line: str) -> None:
    layout = classify(
        [line, "Panel blows out", "By Jane Doe",
         "The panel blew out at 16,000 feet, officials said on Friday."]
    )  # fmt: skip
    assert layout.outlet is None


def test_a_site_name_with_its_homepage_link_is_the_outlet() -> None:
    layout = classify(
        ["BBC News", "Panel blows out", "By Jane Doe",
         "The panel blew out at 16,000 feet, officials said on Friday."]
    )  # fmt: skip
    assert layout.outlet == "BBC News"


FITCH = "Fitch hails 'a victory' as Supreme Court sides with Mississippi, overturns Roe v. Wade"
HEAD_CASES = [
    pytest.param(
        [
            "Skip to main content",
            "Reuters",
            "World | Business | Markets | Sustainability | Legal | Breakingviews | Technology | "
            "Investigations | More",
            "United States",
            "June 24, 2022 6:27 PM GMT+1 Updated 2 years ago",
            "U.S. Supreme Court overturns Roe v. Wade, ending constitutional right to abortion",
            "By Reuters Staff",
        ],
        "U.S. Supreme Court overturns Roe v. Wade, ending constitutional right to abortion",
        id="a long headline under a section label, a menu of pipes long enough for prose",
    ),
    pytest.param(
        [
            "The Guardian",
            "News   Opinion   Sport   Culture   Lifestyle",
            "World Cup 2022",
            "Messi completes his destiny as Argentina beat France on penalties in epic final",
            "Lionel Messi scores twice and Kylian Mbappé hits a hat-trick in a 3-3 classic",
            "Jonathan Wilde at Lusail Stadium",
            "Sun 18 Dec 2022 19.52 GMT",
        ],
        "Messi completes his destiny as Argentina beat France on penalties in epic final",
        id="a writer at a place is a byline; the standfirst under the headline",
    ),
    pytest.param(
        [
            "The Hindu",
            "HOME  NEWS  India  World  States  Cities  OPINION  BUSINESS  SPORT",
            "SCIENCE",
            "Updated - August 24, 2023 01:12 am IST",
            "Chandrayaan-3 makes history, India becomes first country to land near the Moon",
            "Vikram lander touches down at 6.04 p.m.; Modi says the success ‘belongs to all of "
            "humanity’",
            "Special Correspondent",
            "READ LATER  PRINT  SHARE",
        ],
        "Chandrayaan-3 makes history, India becomes first country to land near the Moon",
        id="a menu set apart by two spaces, a byline naming no one, read later",
    ),
    pytest.param(
        [
            "Clarion Ledger",
            "Part of the USA TODAY Network",
            "News | Sports | Entertainment | Opinion | Obituaries | eNewspaper | Legals",
            "LOCAL",
            FITCH,
            "Clarion Ledger staff",
            "Published 9:32 a.m. CT June 24, 2022 | Updated 6:15 p.m. CT June 24, 2022",
        ],
        FITCH,
        id="a network's tagline, an outlet's staff, a central-time stamp",
    ),
]


HEAD_CASES += [
    pytest.param(
        [
            "The Baltimore Sun",
            "News | Sports | Business | Opinion | Obituaries | Things To Do",
            "BREAKING NEWS | KEY BRIDGE COLLAPSE",
            "Divers recover bodies of 2 workers from Key Bridge wreckage; search for 4 others "
            "continues",
            "By NATALIE ROWE and AARON KESSLER | Baltimore Sun",
        ],
        "Divers recover bodies of 2 workers from Key Bridge wreckage; search for 4 others "
        "continues",
        id="a kicker in capitals above the headline",
    ),
    pytest.param(
        [
            "NDTV",
            "LIVE TV  Latest  India  World  Videos  Trends  Opinion  Business",
            "This Article is From Aug 23, 2023",
            "'I Reached My Destination': Chandrayaan-3 Lands On Moon, India Makes History",
            "Edited by Ankita Bhardwaj | Updated: August 23, 2023 7:45 pm IST",
            "Read Time: 4 mins",
            "Highlights",
            "India is the first country to land near the Moon's south pole",
            "Lander Vikram touched down at 6:04 pm after a 17-minute descent",
        ],
        "'I Reached My Destination': Chandrayaan-3 Lands On Moon, India Makes History",
        id="the items under Highlights are no headline",
    ),
    pytest.param(
        [
            "The Telegraph",
            "News | Sport | Money | Business | Opinion | Ukraine | Travel",
            "Post Office victims to be cleared en masse under new law, Sunak announces",
            "Hundreds of sub-postmasters wrongly convicted will be exonerated by the end of the "
            "year",
            "By Eleanor Whitby, Political Correspondent",
            "10 January 2024 • 3:12pm",
            "Related Topics",
            "Post Office scandal, Rishi Sunak, Paula Vennells",
        ],
        "Post Office victims to be cleared en masse under new law, Sunak announces",
        id="a list of topics' tags under the byline",
    ),
    pytest.param(
        [
            "MONTREAL COURIER",
            "Local | Canada | World | Opinion | Arts | Sports | Obituaries",
            "Published April 16, 2019 • Last updated April 16, 2019 6:31 PM EDT",
            "Montrealers, French expats mourn as Notre-Dame burns: 'It's our cathedral too'",
        ],
        "Montrealers, French expats mourn as Notre-Dame burns: 'It's our cathedral too'",
        id="a word that opens with a weekday's letters is no weekday",
    ),
    pytest.param(
        [
            "Politics | Opinions | Style | Investigations | Climate | Business | World | D.C., "
            "Md. & Va",
            "Courts & Law",
            "Supreme Court overturns Roe v. Wade, ending right to abortion upheld for decades",
            "The 6-to-3 ruling is expected to lead to abortion bans in roughly half the states",
            "By Washington Post Staff",
            "June 24, 2022 at 10:15 a.m. EDT",
            "Gift Article",
            "Share",
            "Demonstrators gather outside the Supreme Court in Washington on Friday. (The "
            "Washington Post)",
        ],
        "Supreme Court overturns Roe v. Wade, ending right to abortion upheld for decades",
        id="a long menu with one longer item, a gift link, a caption under them",
    ),
]


HEAD_CASES += [
    pytest.param(
        [
            "The Sun",
            "Home   Football   Sport   TV & Showbiz   Money   Tech",
            "GOAT AT LAST",
            "Messi finally wins World Cup as Argentina beat France on penalties in greatest final "
            "of all time",
            "Messi: 'I knew God would give it to me'",
            "Tom Barclay in Lusail",
            "Published: 18:45, 18 Dec 2022 | Updated: 22:30, 18 Dec 2022",
        ],
        "Messi finally wins World Cup as Argentina beat France on penalties in greatest final "
        "of all time",
        id="qaQ 3: a long headline over a shorter secondary one, under a kicker",
    ),
]


# Blind sets of the twenty-third session: 9 of 32 headlines were labels, breadcrumbs,
# bylines or captions.
HEAD_CASES += [
    pytest.param(
        ["AP", "U.S. News  World News  Politics  Sports  Entertainment  Business", "SECTIONS",
         "Death of George Floyd",
         "Chauvin guilty of murder and manslaughter in Floyd's death",
         "By AMY FORLITI, STEVE KARNOWSKI and TAMMY WEBBER", "April 20, 2021"],
        "Chauvin guilty of murder and manslaughter in Floyd's death",
        id="a topic's label in Title Case above the headline",
    ),
    pytest.param(
        ["Skip to content", "The Trial of Derek Chauvin",
         "Derek Chauvin Is Found Guilty of Murdering George Floyd",
         "The verdict was a rare rebuke of police violence, and came after a trial.",
         "By John Eligon and Tim Arango"],
        "Derek Chauvin Is Found Guilty of Murdering George Floyd",
        id="a series label over a Title Case headline",
    ),
    pytest.param(
        ["THE TIMES OF INDIA", "Sign In",
         "TRENDING: Queen Elizabeth II | King Charles III | Kohinoor | Asia Cup 2022",
         "News / World News / UK News / Queen Elizabeth II dies at 96",
         "Queen Elizabeth II dies at 96; PM Modi pays tribute to 'stalwart of our times'"],
        "Queen Elizabeth II dies at 96; PM Modi pays tribute to 'stalwart of our times'",
        id="trending labels and a breadcrumb above the headline",
    ),
    pytest.param(
        ["Features  Economy  Opinion  Video  More", "News | Black Lives Matter",
         "‘We are able to breathe again’: Chauvin guilty of George Floyd murder",
         "By Al Jazeera Staff and News Agencies | Published On 21 Apr 2021 | 21 Apr 2021"],
        "‘We are able to breathe again’: Chauvin guilty of George Floyd murder",
        id="a section trail with a bar above the headline",
    ),
    pytest.param(
        ["South China Morning Post", "Business / Banking & Finance",
         "Silicon Valley Bank collapse: Chinese joint venture says its operations are stable",
         "Enoch Yiu", "Published: 10:45am, 11 Mar 2023", "Why you can trust SCMP"],
        "Silicon Valley Bank collapse: Chinese joint venture says its operations are stable",
        id="a short link under the date, the title above it",
    ),
    pytest.param(
        ["The Guardian - Back to home", "OpenAI", "This article is more than 2 years old",
         "‘Shocked and saddened’: Greg Brockman reveals how OpenAI board ousted Sam Altman",
         "Blake Montgomery in San Francisco and Dan Milmo Global technology editor",
         "Sat 18 Nov 2023 19.40 GMT"],
        "‘Shocked and saddened’: Greg Brockman reveals how OpenAI board ousted Sam Altman",
        id="two writers' bylines joined by and",
    ),
    pytest.param(
        ["Global development", "Turkey-Syria earthquake",
         "Turkey and Syria earthquake: more than 4,000 killed as rescuers battle freezing "
         "conditions | Bethan McKernan in Istanbul and agencies | Mon 6 Feb 2023 08.55 GMT",
         "Second powerful tremor hits region hours after 7.8-magnitude quake flattened "
         "buildings in the dead of night"],
        "Turkey and Syria earthquake: more than 4,000 killed as rescuers battle freezing "
        "conditions | Bethan McKernan in Istanbul and agencies | Mon 6 Feb 2023 08.55 GMT",
        id="a topic's tag above a title with its byline glued on",
    ),
    pytest.param(
        ["Technology", "18 November 2023", "Share",
         "Sam Altman: ChatGPT creator OpenAI sacks boss, saying he was not 'candid'",
         "By Shiona McCallum & Liv McMahon", "Technology reporters", "Getty Images",
         "Sam Altman has become the public face of the artificial intelligence boom"],
        "Sam Altman: ChatGPT creator OpenAI sacks boss, saying he was not 'candid'",
        id="a caption under a picture agency's credit",
    ),
    pytest.param(
        ["Navigation menu", "Features   Economy   Opinion   Video   More",
         "US & Canada|Climate Crisis",
         "Biden warns Hurricane Ian may be Florida’s ‘deadliest’ as rescues continue"],
        "Biden warns Hurricane Ian may be Florida’s ‘deadliest’ as rescues continue",
        id="labels set apart by a bare bar",
    ),
    pytest.param(
        ["Banking & Finance", "+ FOLLOW",
         "UBS to take over Credit Suisse for US$3.25 billion in Swiss government-brokered deal",
         "Reading Time: 4 minutes", "Why you can trust SCMP"],
        "UBS to take over Credit Suisse for US$3.25 billion in Swiss government-brokered deal",
        id="a short link addressing the reader",
    ),
    pytest.param(
        ["Business | Market Data | Economy | Technology | Companies",
         "Credit Suisse: UBS agrees to buy rival in 'emergency rescue'", "Published",
         "19 March 2023", "By Hannah Doyle", "Business reporter, BBC News"],
        "Credit Suisse: UBS agrees to buy rival in 'emergency rescue'",
        id="a company called Credit, and a writer's role with the outlet",
    ),
]  # fmt: skip


def test_a_title_s_glued_byline_and_date_are_cut_from_the_headline() -> None:
    from articles.layout import glued_title

    line = (
        "FTX founder Sam Bankman-Fried denied bail in the Bahamas  By Al Jazeera Staff and "
        "News Agencies  Published On 13 Dec 2022"
    )
    assert glued_title(line) == "FTX founder Sam Bankman-Fried denied bail in the Bahamas"
    assert glued_title("Queen dies at 96 | UK News") is None
    assert (
        glued_title(
            "Greece train crash death toll rises to 38 as anger spills onto streets — By Al "
            "Jazeera Staff and news agencies, Published On 1 Mar 2023"
        )
        == "Greece train crash death toll rises to 38 as anger spills onto streets"
    )
    layout = classify(
        ["Global development",
         "Turkey and Syria earthquake: more than 4,000 killed as rescuers battle freezing "
         "conditions | Bethan McKernan in Istanbul and Ruth Michaelson | Mon 6 Feb 2023 20.05 GMT",
         "More than 4,000 people have been killed after a 7.8-magnitude earthquake struck "
         "southern Turkey and northern Syria, officials said."]
    )  # fmt: skip
    assert layout.headline_block == 1
    assert (layout.byline, layout.date) == ("Bethan McKernan and Ruth Michaelson", (2023, 2, 6))


@pytest.mark.parametrize(("head", "headline"), HEAD_CASES)
def test_the_headline_among_a_web_page_s_head_lines(head: list[str], headline: str) -> None:
    body = [
        "WASHINGTON (Reuters) - The court on Friday overturned the ruling that had recognised "
        "the right, and the decision was met with protests across the country.",
        "The court, in a 6-3 ruling powered by its conservative majority, upheld the law that "
        "bans the procedure after 15 weeks, officials said.",
    ]
    layout = classify([*head, *body])
    assert layout.headline_block is not None
    assert head[layout.headline_block] == headline


OUTLET_AND_BYLINE_MORE = [
    pytest.param(
        [
            "‘The bird is freed’: Elon Musk fires Twitter bosses",
            "Hannah Corbett and agencies",
            "Musk completed the takeover on Thursday, the company said in a filing on Friday.",
        ],
        None,
        "Hannah Corbett",
        id="a writer and agencies",
    ),
    pytest.param(
        [
            "Divers recover bodies from Key Bridge wreckage",
            "By NATALIE ROWE, AARON KESSLER and PRIYA MENON | Baltimore Sun",
            "Divers recovered two bodies on Wednesday, police said at a news conference.",
        ],
        "Baltimore Sun",
        "Natalie Rowe, Aaron Kessler and Priya Menon",
        id="three writers in capitals, then the outlet after a bar",
    ),
    pytest.param(
        [
            "The Sun",
            "Messi finally wins the World Cup",
            "By Tom Barclay",
            "Argentina won on penalties after a 3-3 draw, the organisers said on Sunday.",
        ],
        "The Sun",
        "Tom Barclay",
        id="a masthead naming a Sun",
    ),
    pytest.param(
        [
            "FRANCE 24",
            "Mbappé hat-trick not enough as France lose World Cup final",
            "Argentina won on penalties after a 3-3 draw, the organisers said on Sunday.",
            "© 2022 FRANCE 24 - All rights reserved. FRANCE 24 is not responsible for links.",
        ],
        "FRANCE 24",
        None,
        id="a copyright owner whose name ends with a number",
    ),
]


@pytest.mark.parametrize(("lines", "outlet", "byline"), OUTLET_AND_BYLINE_MORE)
def test_more_outlets_and_bylines(lines: list[str], outlet: str | None, byline: str | None) -> None:
    layout = classify(lines)
    assert (layout.outlet, layout.byline) == (outlet, byline)


def test_the_links_listed_under_read_more_at_the_end_are_furniture() -> None:
    """qaQ 5: the three link titles under "Read more:" stayed in the story (one ends with
    a question mark, so it read as a sentence)."""
    text = (
        "Roe overturned\n\nThe court overturned the ruling on Friday, and protests began "
        "outside, police said.\n\nFrench President Emmanuel Macron said the decision was "
        "a setback, his office said on Friday.\n\n"
        "Read more:\nWhat is Roe v Wade and what happens now?\nIn pictures: Reaction outside "
        "the Supreme Court\n\nCopyright © 2022 BBC.\n"
    )
    kinds = kinds_by_text(one_article(text))
    assert kinds["What is Roe v Wade and what happens now?"] is BlockKind.CHROME
    assert kinds["In pictures: Reaction outside the Supreme Court"] is BlockKind.CHROME


def test_an_issued_on_stamp_dates_the_story() -> None:
    """qaQ 10: "Issued on: 18/12/2022 - 20:47" (France 24) is the story's date."""
    layout = classify(
        ["FRANCE 24", "Sport", "Issued on: 18/12/2022 - 20:47   Modified: 19/12/2022 - 01:15",
         "‘Nous reviendrons’: Mbappé hat-trick not enough as France lose World Cup final",
         "Kylian Mbappé scored a hat-trick in the World Cup final on Sunday but France lost."]
    )  # fmt: skip
    assert layout.date == (2022, 12, 18)
    assert layout.kinds[2] is BlockKind.META


def test_two_names_alone_under_the_headline_are_the_byline() -> None:
    """qaQ 10: "Hallie Miller and Adam Willis" on a line of their own is the byline."""
    layout = classify(
        ["'Heroes': Mayday call stopped traffic before Key Bridge fell, Moore says",
         "Hallie Miller and Adam Willis", "March 26, 2024",
         "Moments before a container ship knocked down the bridge, its crew radioed a warning."]
    )  # fmt: skip
    assert layout.byline == "Hallie Miller and Adam Willis"


def test_the_site_s_logo_linking_home_names_the_outlet() -> None:
    """ "The Guardian - Back to home" names the outlet; a topic's tag alone at the foot of
    the page ("UBS") does not (the pane read "UBS · 2023-03-19")."""
    layout = classify(
        ["Skip to main content", "The Guardian - Back to home", "News", "Opinion",
         "UBS agrees to buy Credit Suisse for £2.6bn as Swiss insist deal is not a bailout",
         "Eleanor Marsh and Daniel Hewitt", "Sun 19 Mar 2023 20.41 GMT",
         "UBS has agreed to buy its troubled rival Credit Suisse in a deal orchestrated by "
         "the Swiss government, officials said.",
         "The all-share takeover was announced on Sunday evening in Bern, the bank said.",
         "Banking", "UBS", "Switzerland", "Share", "Reuse this content"]
    )  # fmt: skip
    assert layout.outlet == "The Guardian"
