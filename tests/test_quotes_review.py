"""Attribution rules that must not over-reach: inputs a review of the real-copy rules found."""

from __future__ import annotations

import pytest

from tests.quotes_helpers import analyse, speaker_of

LEDE = "Storm hits the coast\n\n"


@pytest.mark.parametrize("opener", ["New Orleans flooded in 2005.", "Wall Street fell on Monday."])
def test_a_place_or_a_body_opening_a_sentence_is_no_antecedent_for_he(opener: str) -> None:
    _, qa = analyse(
        LEDE
        + "Tom Hale, the mayor, said the town would recover.\n\n"
        + opener
        + '\n\n"We will rebuild this town, whatever it takes," he said.'
    )
    assert speaker_of(qa, "We will rebuild this town, whatever it takes,") == "Tom Hale"


def test_the_role_of_someone_else_is_not_the_person_the_story_is_about() -> None:
    _, qa = analyse(
        LEDE + "Tom Hale was arrested on Monday.\n\nHale denies the charges against him.\n\n"
        '"The evidence against him is overwhelming and clear," the prosecutor said.'
    )
    assert speaker_of(qa, "The evidence against him is overwhelming and clear,") is None


@pytest.mark.parametrize(
    "after", ["Ann Lee said.", "Ann Lee told reporters."], ids=["said", "told-reporters"]
)
def test_a_bare_attribution_after_a_full_stop_still_attributes(after: str) -> None:
    _, qa = analyse(LEDE + f'"We will rebuild this town from the ground up." {after}')
    assert speaker_of(qa, "We will rebuild this town from the ground up.") == "Ann Lee"


def test_an_ellipsis_does_not_end_the_sentence_of_its_attribution() -> None:
    _, qa = analyse(LEDE + '"We will rebuild this town, whatever it takes..." Ann Lee said.')
    assert speaker_of(qa, "We will rebuild this town, whatever it takes...") == "Ann Lee"


def test_a_month_after_a_preposition_is_no_first_name() -> None:
    _, qa = analyse(
        LEDE + "In April Boris Johnson announced the plan.\n\n"
        '"We will go ahead with it, as promised," he said.'
    )
    assert speaker_of(qa, "We will go ahead with it, as promised,") == "Boris Johnson"
