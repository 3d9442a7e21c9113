"""Detection of quotation spans: marks, paragraphs, apostrophes, scare quotes."""

from __future__ import annotations

from tests.quotes_helpers import analyse, quoted, speaker_of


def test_curly_double_quotes() -> None:
    _, qa = analyse(
        "Talks stall in the capital\n\nThe mayor, Tom Hale, said: “We will not give up.”"
    )
    assert quoted(qa) == ["We will not give up."]


def test_straight_double_quotes_and_offsets_exclude_marks() -> None:
    articles, qa = analyse('Talks stall\n\n"We will not give up," Tom Hale said on Monday.')
    (q,) = qa.by_article("a0")
    text = articles[0].text
    assert text[q.start : q.end] == "We will not give up,"
    assert text[q.open_mark] == '"' and q.close_mark is not None and text[q.close_mark] == '"'


def test_mixed_straight_and_curly_marks_make_one_quotation() -> None:
    _, qa = analyse('Talks stall\n\n“The deal is dead at last." he said, and left the room.')
    assert quoted(qa) == ["The deal is dead at last."]


def test_single_quoted_headline() -> None:
    _, qa = analyse(
        "Minister says 'One in ten' schools are unsafe\n\n"
        "Education Minister Eva Lund said on Monday that one school in ten failed the checks, "
        "and that the government would pay for repairs before the winter term begins."
    )
    assert quoted(qa) == ["One in ten"]


def test_guillemets() -> None:
    _, qa = analyse(
        "Grève à Paris\n\n« Nous ne céderons pas », a dit Marie Dupont, said reporters."
    )
    assert quoted(qa) == ["Nous ne céderons pas"]


def test_multi_paragraph_quotation_is_two_entries() -> None:
    _, qa = analyse(
        "Budget row\n\n"
        '"We have cut the deficit," said Finance Minister Ola Berg. "The rest will follow.\n\n'
        '"Nobody should doubt that we keep our promises."'
    )
    assert quoted(qa) == [
        "We have cut the deficit,",
        "The rest will follow.",
        "Nobody should doubt that we keep our promises.",
    ]
    assert {q.speaker for q in qa.quotes} == {"Ola Berg"}
    assert qa.quotes[1].close_mark is None


def test_a_continuation_copied_without_its_opening_mark() -> None:
    # the page lost the mark that opens the second paragraph; its closing mark
    # still ends the speech that began in the paragraph before: one quotation per
    # paragraph, as for a paragraph left open, both the speaker's
    articles, qa = analyse(
        "Talks resume\n\n"
        'The spokesman, Nikos Andreou, said that "we regret the remarks. Some people '
        "do not realise how serious the moment is.\n\n"
        'And because the people are watching, I invite the minister to speak publicly."\n\n'
        'The talks resume on Monday, and a "final" round may follow.'
    )
    assert quoted(qa) == [
        "we regret the remarks. Some people do not realise how serious the moment is.",
        "And because the people are watching, I invite the minister to speak publicly.",
    ]
    assert [q.speaker for q in qa.quotes] == ["Nikos Andreou", "Nikos Andreou"]
    text = articles[0].text
    last = qa.quotes[-1]
    assert last.close_mark is not None and text[last.close_mark] == '"'


def test_a_sentence_a_paragraph_break_cuts_is_one_quotation() -> None:
    # a page copy broke one quoted sentence over two paragraphs: one quotation
    _, qa = analyse(
        "Vaccine deal\n\n"
        "The firms announced an agreement. “The agreement includes the transfer of the\n\n"
        "vaccine's manufacturing to the Indian company,” the statement said."
    )
    assert quoted(qa) == [
        "The agreement includes the transfer of the\n\n"
        "vaccine's manufacturing to the Indian company,"
    ]


def test_a_statement_marked_only_at_its_two_ends_is_a_quotation_per_paragraph() -> None:
    # a statement reprinted over paragraphs with one opening and one closing
    # mark: the plain paragraphs between are its words too, a quotation each
    _, qa = analyse(
        "Chief resigns\n\n"
        "Chief executive Anna Krogh resigned on Wednesday, a week after the audit.\n\n"
        "Krogh took responsibility for the failures. Here is her full statement:\n\n"
        "“I am shocked by the events of the past few days.\n\n"
        "I accept responsibility for the failures that have been found.\n\n"
        "The company needs a fresh start, and I am clearing the way for it.”\n\n"
        "The board meets again on Friday to name a successor."
    )
    assert quoted(qa) == [
        "I am shocked by the events of the past few days.",
        "I accept responsibility for the failures that have been found.",
        "The company needs a fresh start, and I am clearing the way for it.",
    ]
    assert {q.speaker for q in qa.quotes} == {"Anna Krogh"}


def test_plain_paragraphs_after_an_unclosed_mark_stay_plain_without_a_closing_mark() -> None:
    # nothing closes the quotation: it ends with its paragraph, and the plain
    # paragraphs after it (with their own single-quoted words) are read as usual
    _, qa = analyse(
        "Chief resigns\n\n"
        "“I am shocked by the events of the past few days, said Anna Krogh.\n\n"
        "The board meets again on Friday to name a successor.\n\n"
        "Its chairman called the week 'a very dark chapter' for the firm, he said.\n\n"
        "Analysts said the “reset” would take years, and shares fell."
    )
    texts = quoted(qa)
    assert texts[0].startswith("I am shocked")
    assert "The board meets again on Friday to name a successor." not in "".join(texts)
    assert "a very dark chapter" in texts


def test_interrupted_quotation_is_two_quotations_by_one_speaker() -> None:
    _, qa = analyse('Storm\n\n"We are ready," Mayor Tom Hale said, "and we will rebuild quickly."')
    assert quoted(qa) == ["We are ready,", "and we will rebuild quickly."]
    assert [q.speaker for q in qa.quotes] == ["Tom Hale", "Tom Hale"]


def test_bracketed_insertion_stays_inside() -> None:
    _, qa = analyse('Strikes\n\n"Daesh [Islamic State] must be defeated," said Jan Kowalski.')
    assert quoted(qa) == ["Daesh [Islamic State] must be defeated,"]


def test_apostrophes_and_possessives_are_not_quote_marks() -> None:
    _, qa = analyse(
        "Rebels regroup\n\n"
        "It's Russia’s plan, the rebels' view and Putin's choice, don’t doubt it.\n\n"
        "The rebels' commander Ali Haddad said 'we will fight on' as the villages’ elders left."
    )
    assert quoted(qa) == ["we will fight on"]


def test_unbalanced_mark_is_bounded_by_its_paragraph() -> None:
    _, qa = analyse(
        "Council meets\n\n"
        'The councillor Ann Lee said "the budget is a mess and walked out.\n\n'
        'Later the mayor, Tom Hale, said the plan was "fine" and went home.\n\n'
        "The meeting ended at nine."
    )
    assert quoted(qa) == ["the budget is a mess and walked out.", "fine"]


def test_editorial_scare_quote_is_not_a_quotation() -> None:
    _, qa = analyse('Raqqa falls\n\nRaqqa was the group\'s de facto "capital" for four years.')
    assert quoted(qa) == []


def test_a_quotation_opening_the_headline_counts_but_a_scare_quote_inside_it_does_not() -> None:
    body = (
        "A rescue operation is under way on the island after several buildings were "
        "engulfed by mud early on Saturday, the fire brigade said."
    )
    _, qa = analyse(f"‘At least eight killed’ as landslide engulfs buildings\n\n{body}")
    assert quoted(qa) == ["At least eight killed"]
    _, qa = analyse(f"Landslide engulfs the ‘holiday’ island's buildings\n\n{body}")
    assert quoted(qa) == []


def test_scare_quote_governed_by_a_reporting_verb_counts() -> None:
    _, qa = analyse('Row\n\nThe opposition leader Kim Sand called the plan "reckless" on Monday.')
    assert quoted(qa) == ["reckless"]


def test_titles_and_names_in_quotation_marks_are_not_quotations() -> None:
    _, qa = analyse(
        "Gunman opens fire\n\n"
        "A gunman opened fire at a showing of the new movie “The Dark Knight Rises” in the "
        "US state of Colorado, police said.\n\n"
        'A concrete traffic stopper called "Stockholmslejon" lay on its side.\n\n'
        'The senator called it "A Recipe For Disaster" on Friday.'
    )
    # the senator's words stay a quotation: a naming verb after a pronoun quotes someone
    assert quoted(qa) == ["A Recipe For Disaster"]


def test_nicknames_and_handles_are_not_quotations() -> None:
    _, qa = analyse(
        "‘The Fox’ sentenced to life\n\n"
        "Drug lord Rafael “The Fox” Moreno was sentenced on Wednesday.\n\n"
        'Moreno, better known as "The Fox," told the judge: "I did not have a fair trial."\n\n'
        "His accomplice, who went by “nightowl” online, posted the files.\n\n"
        "He will serve his time in the so-called “super max” prison.",
        # a sentence "The Fox" is quoted in elsewhere: still his name
        'Prosecutors said "The Fox" ran the network for 20 years.',
    )
    assert quoted(qa) == ["I did not have a fair trial."]
    assert quoted(qa, "a1") == []


def test_titles_in_running_text_are_not_quotations() -> None:
    _, qa = analyse(
        "Mix-up at the awards\n\n"
        "The presenter announced “Harbour Lights” as the winner, but the prize went to"
        " “Winter Road” instead, and the “Harbour Lights” team left the stage.\n\n"
        "“Winter Road” had been the favourite for weeks.\n\n"
        "‘This is not a joke. “Winter Road” has won,’ the producer Ann Lee told the room.\n\n"
        "“Absolutely,” Lee said when asked if she was sure."
    )
    assert quoted(qa) == [
        "This is not a joke. “Winter Road” has won,",
        "Absolutely,",
    ]


def test_a_short_answer_in_title_case_after_a_reporting_verb_stays_a_quotation() -> None:
    _, qa = analyse(
        "Row\n\nThe minister, asked if he would quit, replied “Never” on Monday.",
        "Row\n\n“Never,” Tom Ode said when asked if he would quit.",
    )
    assert [qa.text_of(q) for q in qa.quotes] == ["Never", "Never,"]


def test_handle_as_a_verb_introduces_no_nickname() -> None:
    _, qa = analyse("Storm\n\nMayor Jane Ode said the city would handle “the worst storms” well.")
    assert quoted(qa) == ["the worst storms"]


def test_a_straight_apostrophe_never_opens_a_quotation_across_a_double_one() -> None:
    _, qa = analyse(
        "Boom years\n\nIn the '90s the “boom” ended, and the investors' money went, Jane Ode said."
    )
    assert quoted(qa) == ["boom"]


def test_title_case_headline_words_between_capitals_stay_quotations() -> None:
    _, qa = analyse(
        "President Trump Considers His Tweets 'Official Statements' Of The White House\n\n"
        'Spicer said the tweets were "official statements" of the president.'
    )
    assert quoted(qa) == ["Official Statements", "official statements"]


def test_state_of_is_not_a_reporting_verb() -> None:
    _, qa = analyse(
        "Gunman opens fire\n\nThe shooting in the US state of Colorado was "
        "“a horrific event” for the city."
    )
    assert quoted(qa) == []


def test_short_quote_found_in_a_longer_quotation_counts() -> None:
    _, qa = analyse(
        "‘Shoring up the regime’\n\n"
        '"They are shoring up the regime and prolonging the war," said Defence Secretary '
        "Mark Penn."
    )
    assert quoted(qa) == [
        "Shoring up the regime",
        "They are shoring up the regime and prolonging the war,",
    ]
    assert {q.speaker for q in qa.quotes} == {"Mark Penn"}


def test_chrome_and_empty_quotes_are_ignored() -> None:
    _, qa = analyse('Headline here\n\nHe said "" and nothing else happened in the town that day.')
    assert quoted(qa) == []


def test_names_of_shows_are_not_quotations() -> None:
    _, qa = analyse(
        "Tweets row\n\n"
        "Tom Vane appeared on “Fox and Friends” and said the tweets were a distraction.\n\n"
        "Sam Gork told CNN’s “New Day” host Chris Cuomo that the tweets were "
        "“not policy at all.”"
    )
    assert quoted(qa) == ["not policy at all."]


def test_a_plural_possessive_inside_a_single_quotation_does_not_close_it() -> None:
    _, qa = analyse(
        "Fine for Facebook\n\n"
        "'Despite repeated promises, Facebook undermined consumers' choices,' said FTC "
        "Chairman Joe Simons, a Republican, in a statement."
    )
    assert quoted(qa) == ["Despite repeated promises, Facebook undermined consumers' choices,"]
    assert qa.quotes[0].speaker == "Joe Simons"


def test_a_text_cut_off_mid_quotation_keeps_its_last_quotation() -> None:
    from tests.quotes_helpers import analyse

    _, qa = analyse(
        'Escape\n\nIn a statement issued on Monday, Vega said: "I am now in Lebanon."\n\n'
        '"I have not fled justice - I have escaped in'
    )
    texts = [qa.text_of(q) for q in qa.quotes]
    assert "I have not fled justice - I have escaped in" in texts


def test_single_marked_speech_over_paragraphs_opens_each_and_closes_the_last() -> None:
    _, qa = analyse(
        "Paper to close after hacking scandal\n\n"
        "Rupert Murdoch's company will close the tabloid, James Murdoch said today.\n\n"
        "'Having consulted senior colleagues, I have decided that we must act.\n\n"
        "'This Sunday will be the last issue,' he said in a statement.\n\n"
        "He continued: ‘The good things the paper does have been sullied by behaviour\n\n"
        "‘It failed when it came to itself.’\n\n"
        "'90s nostalgia was not the point, the staff said.\n\n"
        "'Tis the season, wrote one reader."
    )
    assert quoted(qa) == [
        "Having consulted senior colleagues, I have decided that we must act.",
        "This Sunday will be the last issue,",
        "The good things the paper does have been sullied by behaviour",
        "It failed when it came to itself.",
    ]


def test_a_caption_quotes_too_on_its_own() -> None:
    _, qa = analyse(
        "Maxwell found guilty\n\nThe jury reached its verdict on Wednesday after five days.\n\n"
        "Image caption,\n\n"
        'Prosecutors said that Maxwell and Epstein were "partners in crime who preyed on '
        'vulnerable young girls for a decade"\n\n'
        'Her lawyer said "we will appeal" the verdict.'
    )
    assert quoted(qa) == [
        "partners in crime who preyed on vulnerable young girls for a decade",
        "we will appeal",
    ]


def test_a_straight_mark_glued_after_a_full_stop_opens_on_its_capital() -> None:
    _, qa = analyse(
        'Train crash\n\nThe carriages piled up on each other."It was going so quickly,"'
        ' passenger Ricardo Montesco told the station."A lot of people were squashed,"'
        " he said."
    )
    assert quoted(qa) == ["It was going so quickly,", "A lot of people were squashed,"]


def test_two_right_single_marks_or_a_double_prime_close_a_quotation() -> None:
    """Some pages type the closing mark as ’’ or ″ (a double prime)."""
    _, qa = analyse(
        "Quake shakes the valley\n\n"
        "A woman described fleeing her house after an “intense vibration.’’ A man holding "
        "a child said he was jolted awake and ran outside with his neighbours.\n\n"
        '"Looking forward to a new life,″ said Tom Hale, who had waited six years.'
    )
    assert quoted(qa) == ["intense vibration.", "Looking forward to a new life,"]


def test_a_double_prime_after_a_figure_is_no_mark() -> None:
    _, qa = analyse(
        'Phone launched\n\nThe new phone has a 6.1″ screen, and "it sells well," Tom Hale said.'
    )
    assert quoted(qa) == ["it sells well,"]


def test_a_statement_copied_without_its_opening_mark() -> None:
    """'Tom Hale said: This is a sad day."': the words after the colon are quoted."""
    _, qa = analyse(
        "Builder collapses\n\n"
        'The chairman, Tom Hale, said: This is a very sad day for the company."\n\n'
        "Talks with the banks had failed, the company said on Monday."
    )
    assert quoted(qa) == ["This is a very sad day for the company."]
    (q,) = qa.by_article("a0")
    assert q.speaker == "Tom Hale"
    # no colon after a reporting verb: a stray closing mark quotes nothing
    _, qa = analyse(
        'Builder collapses\n\nThe chairman, Tom Hale, met the banks. Talks failed."\n\n'
        "The company said on Monday that it would close."
    )
    assert quoted(qa) == []


def test_doubled_apostrophes_and_inches_inside_a_quotation_close_nothing() -> None:
    _, qa = analyse(
        "Union vote\n\n“The players’’ union will fight this,” the captain said on Monday.\n\n"
        "“The screen is 6½″ wide and bright,” said Tom Hale, the designer."
    )
    assert quoted(qa) == [
        "The players’’ union will fight this,",
        "The screen is 6½″ wide and bright,",
    ]


def test_the_attribution_after_two_closing_single_marks() -> None:
    _, qa = analyse("Town rebuilt\n\n“We will rebuild the whole town,’’ said Tom Hale, the mayor.")
    assert speaker_of(qa, "We will rebuild the whole town,") == "Tom Hale"


def test_a_paragraph_after_said_colon_is_no_statement_missing_its_mark() -> None:
    _, qa = analyse(
        "Results\n\nThe company said: Revenue fell. Costs rose. Staff left. Shares dropped. "
        'The board met on Monday."'
    )
    assert quoted(qa) == []
