"""Number normalisation: the same figure written differently gives the same token."""

from __future__ import annotations

import datetime as dt

import pytest

from articles.numbers import find_numbers, infer_article_date, parse_number


def tokens(text: str, today: dt.date | None = None) -> list[str]:
    return [m.token for m in find_numbers(text, today=today)]


@pytest.mark.parametrize(
    "text",
    [
        "only one in 20 strikes",
        "one out of 20 strikes",
        "five percent of strikes",
        "5% of strikes",
        "5 per cent of strikes",
        "1 in 20 strikes",
    ],
)
def test_shares_normalise_to_five_percent(text: str) -> None:
    assert tokens(text) == ["percent:5"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a dozen jihadists", "count:12"),
        ("Dozen jihadists killed", "count:12"),
        ("twelve jihadists", "count:12"),
        ("12 jihadists", "count:12"),
        ("twenty-one dead", "count:21"),
        ("2,000 troops", "count:2000"),
        ("1.5 million people", "count:1500000"),
    ],
)
def test_counts_in_digits_and_words(text: str, value: str) -> None:
    assert tokens(text) == [value]


def test_pronoun_one_is_not_a_figure() -> None:
    assert tokens("one of the fiercest critics") == []


def test_vague_amounts_are_marked() -> None:
    (mention,) = find_numbers("dozens of civilians")
    assert mention.vague


def test_dates_in_both_orders() -> None:
    assert tokens("began on 30 September") == ["date:09-30"]
    assert tokens("on October 3, pressed") == ["date:10-03"]


def test_weekday_becomes_a_date_when_the_article_date_is_known() -> None:
    saturday = dt.date(2015, 10, 3)
    assert tokens("strikes began on Wednesday", today=saturday) == ["date:09-30"]
    assert tokens("strikes began on Wednesday") == ["weekday:2"]


def test_article_date_from_weekday_next_to_date() -> None:
    anchor = infer_article_date("Russia on Saturday, October 3, pressed ahead")
    assert anchor is not None
    assert (anchor.month, anchor.day, anchor.weekday()) == (10, 3, 5)


def test_offsets_cover_the_figure() -> None:
    text = "Officials said one out of 20 strikes hit"
    (mention,) = find_numbers(text)
    assert text[mention.start : mention.end] == "one out of 20"


def test_parse_number_rejects_words() -> None:
    assert parse_number("several") is None
    assert parse_number("forty two") == 42


@pytest.mark.parametrize(
    "text",
    ["tueſday, 3 Sept", "On Friday and frİday, 3 May", "two thirdſ", "a\nthird of them"],
)
def test_letters_that_fold_to_ascii_never_raise(text: str) -> None:
    find_numbers(text)
    infer_article_date(text)


def test_fraction_across_a_line_break() -> None:
    assert tokens("a\nthird of them") == ["percent:33.3"]


@pytest.mark.parametrize(
    ("text", "display", "token"),
    [
        ("up to 80mm of rain", "80mm", "count:80mm"),
        ("up to 80 millimetres of rain", "80mm", "count:80mm"),
        ("gusts of 90mph", "90mph", "count:90mph"),
        ("a 5km stretch", "5km", "count:5km"),
        ("1,200 feet high", "1200ft", "count:1200ft"),
        ("highs of 40C", "40°C", "count:40°C"),
        ("the 100m final", "100m", "count:100m"),
        ("a $5bn deal", "$5bn", "count:5000000000$"),
        ("£2.5m in aid", "£2.5m", "count:2500000£"),
        ("€300 fines", "€300", "count:300€"),
        ("20k runners", "20000", "count:20000"),
    ],
)
def test_units_and_money_written_onto_the_figure(text: str, display: str, token: str) -> None:
    (mention,) = find_numbers(text)
    assert (mention.display, mention.token) == (display, token)
    assert text[mention.start : mention.end].strip() == text[mention.start : mention.end]
    assert any(ch.isdigit() for ch in text[mention.start : mention.end])


@pytest.mark.parametrize(
    "text",
    ["a fee of 222m euros", "a 222 million euro transfer", "for €222m", "a €222 million deal"],
)
def test_a_currency_named_after_the_figure_is_the_same_sum(text: str) -> None:
    (mention,) = find_numbers(text)
    assert mention.token == "count:222000000€"


def test_pounds_without_sterling_may_be_a_weight() -> None:
    assert [m.token for m in find_numbers("5 pounds of flour")] == ["count:5"]
    assert [m.token for m in find_numbers("3 million pounds sterling")] == ["count:3000000£"]


def test_a_measure_never_equals_a_bare_count() -> None:
    (rain,) = find_numbers("80mm of rain")
    (homes,) = find_numbers("80 homes")
    assert rain.value == homes.value and rain.token != homes.token


@pytest.mark.parametrize("text", ["at 10am", "the M25 motorway", "G7 leaders", "a 4x4"])
def test_codes_and_times_are_not_measures(text: str) -> None:
    assert all(m.unit == "" for m in find_numbers(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("the Boeing 737 Max 9 jets were grounded", "737"),
        ("the Boeing 737 Max 9 jets were grounded", "9"),
        ("Alaska Airlines Flight 1282 lost a panel", "1282"),
        ("it hit as a Category 5 hurricane", "5"),
        ("it was a category five storm", "five"),
        ("SU-34 jets dropped bombs", "34"),
        ("cases of COVID-19 rose", "19"),
        ("under Article 50 of the treaty", "50"),
        ("officials at No. 10 said", "10"),
    ],
)
def test_a_number_that_names_is_a_label_not_a_figure(text: str, label: str) -> None:
    (found,) = (m for m in find_numbers(text) if text[m.start : m.end] == label)
    assert found.kind == "label"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("About 200 people died", "200"),
        ('He said: "Some 600 militants fled."', "600"),
        ("Alaska's 65 jets were grounded", "65"),
        ("on Sunday 12 people were hurt", "12"),
        ("FAA Grounds 171 Boeing Jets After Blowout", "171"),
        ("the airline grounded 65 planes", "65"),
    ],
)
def test_a_count_after_a_capital_is_still_a_count(text: str, count: str) -> None:
    (found,) = (m for m in find_numbers(text) if text[m.start : m.end] == count)
    assert found.kind == "count"


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Eight of the nine members voted for it", 88.9),
        ("two of its 12 stores closed", 16.7),
        ("3 of 4 voters", 75.0),
    ],
)
def test_n_of_the_m_is_a_share(text: str, share: float) -> None:
    (mention,) = find_numbers(text)
    assert mention.kind == "percent" and round(mention.value, 1) == share


def test_n_of_the_noun_stays_a_count() -> None:
    assert [(m.kind, m.value) for m in find_numbers("12 of the rebels")] == [("count", 12.0)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("more than two dozen people", [("count", 24.0)]),
        ("a dozen eggs", [("count", 12.0)]),
        ("a 25-cent rise to $2.75", [("count", 25.0), ("count", 2.75)]),
        ("at 6:15 AM EST, 2 hours later", [("count", 2.0)]),
        ("the 18:30 train and the 9 a.m. bus carried 300 people", [("count", 300.0)]),
        ("shares rose 2.75 points", [("count", 2.75)]),
    ],
)
def test_dozens_cents_and_clock_times(text: str, found: list[tuple[str, float]]) -> None:
    assert [(m.kind, m.value) for m in find_numbers(text)] == found


def test_money_is_shown_and_compared_to_the_cent() -> None:
    (a,), (b,) = find_numbers("$2.75"), find_numbers("$2.80")
    assert (a.display, b.display) == ("$2.75", "$2.80")
    assert a.token != b.token
    assert find_numbers("$2.8")[0].token == b.token


def test_large_sums_keep_two_decimals() -> None:
    (a,), (b,) = find_numbers("$4.21 billion"), find_numbers("$4.24bn")
    assert (a.display, b.display) == ("$4.21bn", "$4.24bn")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a currency glued to its figure: the figure, not "0" from its last digit group
        ("imposed Rs100,000 fine on Khan", [(100000.0, "Rs")]),
        ("imposed Rs 100,000 fine", [(100000.0, "Rs")]),
        # New Zealand dollars are no US dollars
        ("fined 1.2 billion euro (NZD$2 billion)", [(1.2e9, "€"), (2e9, "NZ$")]),
        ("US$5m and HK$2m", [(5e6, "$"), (2e6, "HK$")]),
        # a decimal comma before a scale word (a thousands group has three digits)
        ("Buhari won 15,4 million votes", [(15.4e6, "")]),
        ("Buhari won 15,424,921 votes", [(15424921.0, "")]),
    ],
)
def test_currencies_before_figures_and_decimal_commas(
    text: str, figures: list[tuple[float, str]]
) -> None:
    """qaO D4: "Rs100,000" was read as 0, "15,4 million" as 4,000,000, NZ$ as $."""
    assert [(m.value, m.unit) for m in find_numbers(text)] == figures
