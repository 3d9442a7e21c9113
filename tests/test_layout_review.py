"""Layout rules that must not over-reach: inputs a review of the real-copy rules found."""

from __future__ import annotations

import pytest

from articles.layout import classify, is_caption, is_chrome_words, is_meta
from articles.model import BlockKind
from articles.segment import credit_wrapped, split_blocks

BODY = "The storm brought down power lines across the county overnight, officials said."


def test_a_title_printed_twice_is_the_headline_not_a_caption() -> None:
    layout = classify(
        [
            "Daily Planet",
            "Big storm hits the coast overnight",
            "Big storm hits the coast overnight",
            BODY,
        ]
    )
    assert layout.headline_block == 1


def test_a_headline_above_a_longer_captioned_line_stays_the_headline() -> None:
    layout = classify(["Notre-Dame fire", "Notre-Dame fire: flames engulf the spire (AFP)", BODY])
    assert layout.kinds[0] is BlockKind.HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "AI startups line up to take on OpenAI",
        "New York is bigger than New York",
        "Donald Trump vs Donald Trump",
    ],
)
def test_headlines_that_repeat_words_are_no_picture_credit(line: str) -> None:
    assert not credit_wrapped(line)


def test_a_temperature_in_a_headline_or_prose_is_not_furniture() -> None:
    assert not is_chrome_words("Heatwave: temperatures to hit 40°C on Friday")
    assert not is_chrome_words(
        "The claim is not supported by evidence, and the heat reached 40°C on Friday."
    )
    assert is_chrome_words("| 9.4°C Dublin")


def test_a_sentence_ending_with_an_agency_name_is_no_caption() -> None:
    assert not is_caption("The plan was blocked. Critics blame the EPA")


def test_wrapped_prose_ending_in_a_short_by_line_stays_one_paragraph() -> None:
    text = (
        "The council met on Monday to discuss the plans for the new bridge over the\n"
        "river, which have been delayed twice since the spring because of the cost of\n"
        "the steel and the shortage of workers in the county, and the design itself was\n"
        "criticised at the meeting as too expensive and too slow to build, most sharply\n"
        "by Tom Hale, the city engineer.\n"
    )
    assert len(split_blocks(text)) == 1


def test_a_two_step_breadcrumb_is_no_headline() -> None:
    from articles.layout import is_nav

    assert is_nav("Home | Americas") and is_nav("News / World")
    assert not is_nav("AC/DC") and not is_nav("9/11 anniversary") and not is_nav("Trump wins")


def test_a_two_step_breadcrumb_above_the_title_leaves_it_the_headline() -> None:
    from tests.quotes_helpers import make

    (article,) = make(
        "most read\nHome | Europe\n\n"
        "Court jails harbour boss over 'reckless' dredging contract\n\n"
        "Updated: 2021-03-04 10:15\n\n"
        "A court in Rotterdam on Thursday sentenced the former harbour director to three years"
        " in prison for awarding a dredging contract without a tender, judges said.\n\n"
        "The contract cost the city 40 million euros more than planned, prosecutors said."
    )
    assert article.meta.headline == "Court jails harbour boss over 'reckless' dredging contract"


def test_speech_cut_off_at_the_end_of_a_text_is_prose_not_a_footer() -> None:
    from articles.layout import is_prose

    assert is_prose('"I have not fled justice - I have escaped in')
    assert is_prose("“We will rebuild every home in the")
    assert not is_prose('"Read more"')
    assert not is_prose("“A night we will never forget”")
    assert not is_prose("Share this article on social")


@pytest.mark.parametrize(
    "line",
    [
        "March 11, 2026 6:15 AM EST Updated 2 hours ago",
        "Published: Wednesday, March 11, 2026, 8:42 a.m.",
        "Tom Becker | LVPR | Published June 5, 2026",
        "May 22, 2023, 2:31 AM | Updated: 3:00 am",
    ],
)
def test_time_stamps_and_bylines_with_a_stamp_are_meta(line: str) -> None:
    assert is_meta(line)


@pytest.mark.parametrize(
    "line",
    ["March 11, 2026: Seven die in a fire at the plant"],
)
def test_a_headline_with_a_date_is_no_time_stamp(line: str) -> None:
    assert not is_meta(line)


def test_a_site_s_sections_are_its_menu_and_its_masthead_names_the_outlet() -> None:
    layout = classify(
        [
            "Skip to main content",
            "The Riverside Courier",
            "News  Sport  Business  Opinion  Weather",
            "Seven dead, dozens hurt as blaze tears through Marston plastics plant",
            "By Helen Marsh, Senior Reporter",
            "Published: Wednesday, March 11, 2026, 8:42 a.m.",
            BODY,
        ]
    )
    assert layout.kinds[2] is BlockKind.CHROME
    assert layout.kinds[1] is BlockKind.META
    assert layout.headline_block == 3
    assert layout.kinds[5] is BlockKind.META


@pytest.mark.parametrize(
    "line",
    [
        "A view of the plant on Wednesday morning. Scott Lind for The National Ledger",
        "Firefighters at the scene. Jane Doe for the Daily Planet",
    ],
)
def test_a_photographer_s_credit_for_an_outlet_makes_a_caption(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Stay with Channel 9 for updates.",
        "Support local journalism. Become a member today.",
        "Our Standards: The Newswire Trust Principles.",
    ],
)
def test_a_site_s_calls_to_action_are_furniture(line: str) -> None:
    assert is_chrome_words(line)
    assert not is_chrome_words("Stay with us, the mayor told residents on Monday.")


def test_a_title_opening_with_a_quotation_is_the_headline_over_a_shorter_standfirst() -> None:
    layout = classify(
        [
            "THE NATIONAL LEDGER",
            "'A wall of flame': Seven killed in Ohio plastics factory fire that regulators "
            "had flagged",
            "A 2023 federal inspection found broken sprinklers at the plant",
            "By Samuel Okonkwo and Rachel Hirsch",
            BODY,
        ]
    )
    assert layout.headline_block == 1
    assert layout.kinds[2] is BlockKind.STANDFIRST


@pytest.mark.parametrize(
    "line",
    [
        "6 mins to read",
        "Fund independent journalism with $15 per month",
        "More on this story",
        "RELATED",
        "Related stories:",
    ],
)
def test_reading_times_banners_and_related_labels_are_furniture(line: str) -> None:
    assert is_chrome_words(line)


def test_a_day_month_year_date_is_read_when_the_day_says_which_is_which() -> None:
    from articles.layout import parse_date

    assert parse_date("Issued on: 19/10/2025 - 02:31") == (2025, 10, 19)
    assert parse_date("10/19/2025") == (2025, 10, 19)
    assert parse_date("5/6/2025") is None  # May 6 or 5 June: the line does not say
