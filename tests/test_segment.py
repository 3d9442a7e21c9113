"""Paragraph blocks and sentence splitting (articles.segment)."""

from __future__ import annotations

import pytest

from articles.segment import split_blocks, split_sentences, wrap_width


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


def blocks(text: str) -> list[str]:
    return [text[s:e] for s, e in split_blocks(text)]


# --- sentences -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Hale arrived on Monday. He left on Tuesday.",
            ["Mr. Hale arrived on Monday.", "He left on Tuesday."],
        ),
        (
            "The U.S. Navy sent two ships. Officials in the U.K. said little.",
            ["The U.S. Navy sent two ships.", "Officials in the U.K. said little."],
        ),
        (
            "Gen. Karen Doyle and Dr. Ishaan Rao spoke. Sen. Lopez did not.",
            ["Gen. Karen Doyle and Dr. Ishaan Rao spoke.", "Sen. Lopez did not."],
        ),
        (
            "President John F. Kennedy visited Berlin in 1963. It was June.",
            ["President John F. Kennedy visited Berlin in 1963.", "It was June."],
        ),
        (
            "Growth slowed to 1.5 percent in the third quarter. Prices rose 0.3 percent.",
            ["Growth slowed to 1.5 percent in the third quarter.", "Prices rose 0.3 percent."],
        ),
        (
            "The meeting began on Oct. 3 at No. 10 Downing Street. It ended late.",
            ["The meeting began on Oct. 3 at No. 10 Downing Street.", "It ended late."],
        ),
        (
            "He paused... and then went on. She waited... Nobody came.",
            ["He paused... and then went on.", "She waited...", "Nobody came."],
        ),
        (
            "Prices rose, e.g. for bread and milk. Wages did not.",
            ["Prices rose, e.g. for bread and milk.", "Wages did not."],
        ),
        # Lower-case words that happen to look like abbreviations still end sentences.
        (
            "They worked until the sun. Then they slept.",
            ["They worked until the sun.", "Then they slept."],
        ),
        (
            "The vote was a clear no. Ministers were stunned.",
            ["The vote was a clear no.", "Ministers were stunned."],
        ),
    ],
)
def test_abbreviations_initials_decimals_ellipses(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'She said: "We will rebuild." The crowd cheered.',
            ['She said: "We will rebuild."', "The crowd cheered."],
        ),
        (
            "She said: “We will rebuild.” The crowd cheered.",
            ["She said: “We will rebuild.”", "The crowd cheered."],
        ),
        (
            'He asked "why?" Nobody answered.',
            ['He asked "why?"', "Nobody answered."],
        ),
        (
            "“Is this the end?” she asked. “No!” he replied.",
            ["“Is this the end?” she asked.", "“No!” he replied."],
        ),
        (
            "It was over. “We lost,” the coach said.",
            ["It was over.", "“We lost,” the coach said."],
        ),
        (
            "The minister left (without comment). Reporters waited.",
            ["The minister left (without comment).", "Reporters waited."],
        ),
    ],
)
def test_sentence_ends_inside_closing_quotes(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_quote_continuing_in_lower_case_is_one_sentence() -> None:
    text = '"It is over." he said, and walked out.'
    assert sentences(text) == [text]


def test_sentence_spans_stay_inside_the_given_range() -> None:
    text = "Header\nFirst one. Second one.\nFooter"
    start = text.index("First")
    end = text.index("\nFooter")
    spans = split_sentences(text, start, end)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one."]
    assert all(start <= s < e <= end for s, e in spans)


# --- blocks ----------------------------------------------------------------------------------


def test_one_paragraph_per_line_web_copy() -> None:
    text = (
        "Storm closes ports along the coast\n"
        "Photo: harbour wall at dawn\n"
        "Ports were closed on Monday as a storm moved up the coast.\n"
        "\n"
        "Ferries were cancelled until further notice, the operator said.\n"
    )
    assert blocks(text) == [
        "Storm closes ports along the coast",
        "Photo: harbour wall at dawn",
        "Ports were closed on Monday as a storm moved up the coast.",
        "Ferries were cancelled until further notice, the operator said.",
    ]


def test_lower_case_continuation_joins_the_previous_line() -> None:
    text = "The committee said that the\nbudget would be cut.\n\nNext paragraph."
    assert blocks(text) == ["The committee said that the\nbudget would be cut.", "Next paragraph."]


HARD_WRAPPED = """\
Ministers agreed on Thursday to extend the emergency housing scheme for
another six months, after councils across the country warned that
Thousands of families would otherwise lose their temporary homes before
Christmas.

The scheme, which was introduced last winter, has cost more than 300
million pounds so far. Officials said the extension would be funded
From existing budgets.

Short line.
Another short line.
"""


def test_hard_wrapped_text_joins_full_lines_even_before_capitals() -> None:
    assert wrap_width(HARD_WRAPPED, _lines(HARD_WRAPPED)) is not None
    got = blocks(HARD_WRAPPED)
    assert len(got) == 4, got
    assert got[0].startswith("Ministers agreed") and got[0].endswith("Christmas.")
    assert got[1].startswith("The scheme") and got[1].endswith("From existing budgets.")
    # Short lines that a wrapper would have filled are separate blocks.
    assert got[2:] == ["Short line.", "Another short line."]


def _lines(text: str) -> list[tuple[int, int]]:
    from articles.segment import iter_lines

    return list(iter_lines(text))


def test_web_copy_is_not_taken_for_hard_wrapped_text() -> None:
    text = (
        "Headline about the harbour plan\n"
        "Councillors approved the harbour plan on Tuesday by nine votes to four.\n"
        "Fishermen said they would appeal against the decision.\n"
        "The work is due to start in the spring and take a year and a half.\n"
    )
    assert wrap_width(text, _lines(text)) is None
    assert len(blocks(text)) == 4


def test_markdown_list_items_and_headings_stay_separate() -> None:
    text = (
        "# Budget vote delayed again after a long night of talks in the chamber\n"
        "- the opposition walked out before the final reading of the amended bill\n"
        "- ministers said they would try again next week with a revised version\n"
    )
    assert len(blocks(text)) == 3


def test_blocks_are_trimmed_of_spaces_and_byte_order_mark() -> None:
    text = "\ufeff  Title line  \n\n\t Body text here. \n"
    assert blocks(text) == ["Title line", "Body text here."]


def test_blank_and_whitespace_only_text_has_no_blocks() -> None:
    assert split_blocks("") == []
    assert split_blocks(" \n\t\n\u200b\n") == []


def test_a_wire_dateline_with_an_abbreviated_state_is_not_a_sentence() -> None:
    text = "SACRAMENTO, Calif. (AP) — A wildfire forced people out. They fled (fast). Then rain."
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "SACRAMENTO, Calif. (AP) — A wildfire forced people out.",
        "They fled (fast).",
        "Then rain.",
    ]


def test_a_short_by_line_is_a_block_but_wrapped_prose_before_by_is_not() -> None:
    text = (
        "Press secretary confirms the tweets are official statements\n"
        "by Anna Berg: June 8, 2017\n\n"
        "The plan for the new bridge over the river was criticised on Monday evening\n"
        "by Tom Hale, the mayor of the town, who said it would cost far more than the\n"
        "council had promised the people who live on both banks of the river.\n"
    )
    blocks = [text[s:e] for s, e in split_blocks(text)]
    assert blocks[0] == "Press secretary confirms the tweets are official statements"
    assert blocks[1] == "by Anna Berg: June 8, 2017"
    assert blocks[2].startswith("The plan for the new bridge") and blocks[2].endswith("river.")


def test_a_sentence_broken_over_a_blank_line_is_one_block() -> None:
    text = (
        "Mr Williams, the most powerful official in Manhattan,\n\nsaid justice was done.\n\n"
        "It made this case, and\n\ntoday's result, possible.\n\nA new paragraph.\n\nlower case"
    )
    blocks = [text[s:e] for s, e in split_blocks(text)]
    assert blocks == [
        "Mr Williams, the most powerful official in Manhattan,\n\nsaid justice was done.",
        "It made this case, and\n\ntoday's result, possible.",
        "A new paragraph.",
        "lower case",
    ]


def test_a_wrapped_line_ending_on_a_closing_quote_goes_on_in_lower_case() -> None:
    text = (
        'Newspaper headlines screamed "Bloodbath", "Killing Field"\n'
        'and "Mine Slaughter", with graphic photographs.\n\nNext paragraph.'
    )
    blocks = [text[s:e] for s, e in split_blocks(text)]
    assert blocks[0].endswith("graphic photographs.")


def test_a_markdown_headings_marks_are_not_its_words() -> None:
    text = (
        "# Floods kill 14 in Italy\n\nRescuers searched on Thursday.\n\n"
        "## What next\n\nRain.\n#5 seed.\n"
    )
    blocks = [text[s:e] for s, e in split_blocks(text)]
    assert blocks[0] == "Floods kill 14 in Italy" and "What next" in blocks
    assert "#5 seed." in " ".join(blocks)  # no space after "#": not a heading


def test_a_text_on_one_huge_line_is_cut_into_paragraphs_at_sentence_ends() -> None:
    """2 MB saved without line breaks: the reader redraws a paragraph per key."""
    from articles.segment import MAX_BLOCK_CHARS

    sentence = "The minister said the bridge would be rebuilt within a year. "
    text = "Bridge collapse\n\n" + sentence * 40_000
    blocks = split_blocks(text)
    assert blocks[0] == (0, len("Bridge collapse"))
    assert all(end - start <= MAX_BLOCK_CHARS for start, end in blocks)
    for start, end in blocks[1:]:
        piece = text[start:end]
        assert piece.startswith("The minister") and piece.endswith("a year.")
    # nothing but white space between the pieces
    covered = "".join(text[s:e] for s, e in blocks[1:])
    assert covered.replace(" ", "") == text[len("Bridge collapse\n\n") :].replace(" ", "")


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            # a page copied without the space after full stops ("said.A Spanish court")
            "The train left the rails, Renfe said.A Spanish court opened an inquiry. "
            "It called the scene Dante-esque.”The train was carrying 247 people, "
            "the U.S. embassy said.The e.g. list and www.example.com stay whole.",
            [
                "The train left the rails, Renfe said.",
                "A Spanish court opened an inquiry.",
                "It called the scene Dante-esque.”",
                "The train was carrying 247 people, the U.S. embassy said.",
                "The e.g. list and www.example.com stay whole.",
            ],
        ),
        (
            # a glued straight mark goes with the sentence it opens or closes
            '"It seems the wagons piled up," Ricardo Montesco told the station."A lot of people '
            'were squashed on the bottom." He said the scene was "awful."Then he left.',
            [
                '"It seems the wagons piled up," Ricardo Montesco told the station.',
                '"A lot of people were squashed on the bottom."',
                'He said the scene was "awful."',
                "Then he left.",
            ],
        ),
    ],
)
def test_sentences_glued_by_a_lost_space_are_told_apart(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == sentences


def test_a_saved_page_s_date_field_is_a_block_of_its_own() -> None:
    """' date 2023-11-20 Argentine presidential candidate ...': the page's date field
    saved in front of its first line is no part of a headline or a caption (qaN D12)."""
    text = " date 2023-11-20 Milei wins Argentina's runoff\n\nMilei won on Sunday.\n"
    blocks = split_blocks(text)
    assert [text[s:e] for s, e in blocks] == [
        "date 2023-11-20",
        "Milei wins Argentina's runoff",
        "Milei won on Sunday.",
    ]
    # only a date field opening the text: words after a date inside it stay together
    inside = "Milei wins\n\ndate 2023-11-20 was the day.\n"
    assert [inside[s:e] for s, e in split_blocks(inside)][1] == "date 2023-11-20 was the day."


def test_a_clock_time_and_its_zone_stay_in_one_sentence() -> None:
    """'1:28 a.m. EDT (0528 GMT), giving police ...' is one sentence (it was cut after
    "a.m.": qaP A4); "It was 9 p.m. Everyone left." is two."""
    text = (
        "The ship lost power at 1:28 a.m. EDT (0528 GMT), giving police time to halt "
        "traffic. It was 9 p.m. Everyone left."
    )
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "The ship lost power at 1:28 a.m. EDT (0528 GMT), giving police time to halt traffic.",
        "It was 9 p.m.",
        "Everyone left.",
    ]
