"""Speaker attribution: reporting verbs, titles, surnames, pronouns, roles, organisations."""

from __future__ import annotations

import pytest

from articles.model import BlockKind
from articles.speakers import mentions_in, split_title
from tests.quotes_helpers import analyse, make, quoted, speaker_of

LEDE = "Floods hit the north\n\n"


def test_verb_after_with_inverted_subject_and_apposition() -> None:
    _, qa = analyse(LEDE + '"We will rebuild," said John Smith, the party leader, in Leeds.')
    assert speaker_of(qa, "We will rebuild,") == "John Smith"


def test_verb_before_with_colon() -> None:
    _, qa = analyse(
        LEDE + 'Jane Doe, speaking after a visit to the town, said: "It is a disaster."'
    )
    assert speaker_of(qa, "It is a disaster.") == "Jane Doe"


def test_told_the_paper_and_later_surname() -> None:
    _, qa = analyse(
        LEDE + "Opposition leader Maria Costa visited the valley on Friday.\n\n"
        '"Nobody was warned in time," Costa told the paper.'
    )
    assert speaker_of(qa, "Nobody was warned in time,") == "Maria Costa"


def test_titles_and_roles_are_stripped() -> None:
    _, qa = analyse(
        LEDE + 'UK Environment Secretary Paul Grant said the response had been "too slow".'
    )
    assert speaker_of(qa, "too slow") == "Paul Grant"


def test_a_leading_role_word_is_not_part_of_the_name() -> None:
    _, qa = analyse(
        LEDE + 'Resident Tom Harris, 67, told the BBC: "We have never seen water rise this fast."'
        '\n\nEconomist Jane Park said the damage was "in the billions".'
    )
    assert speaker_of(qa, "We have never seen water rise this fast.") == "Tom Harris"
    assert speaker_of(qa, "in the billions") == "Jane Park"


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        (
            '"This is a horrific event," Aurora Police Chief Dan Oates told a news conference.',
            "This is a horrific event,",
            "Dan Oates",
        ),
        (
            '"At this time no weapons have been found," Operational Services Bureau Deputy '
            "Chief Jason Bell said.",
            "At this time no weapons have been found,",
            "Jason Bell",
        ),
        (
            "Minister of Information Jamal Jarrah said the committee "
            '"has finalized the statement drafting."',
            "has finalized the statement drafting.",
            "Jamal Jarrah",
        ),
    ],
)
def test_an_organisation_or_a_portfolio_in_the_title_is_not_the_name(
    body: str, quoted: str, speaker: str
) -> None:
    _, qa = analyse(LEDE + body)
    assert speaker_of(qa, quoted) == speaker


def test_abbreviated_titles_and_party_appositions_keep_the_name() -> None:
    _, qa = analyse(
        LEDE + 'Gov. Gavin Newsom spoke first. "We will win," Newsom said.\n\n'
        "Sen. Alex Padilla, D-Calif., said federal aid was on its way. "
        '"This is," he said, "exactly the kind of disaster we feared."'
    )
    assert speaker_of(qa, "This is,") == "Alex Padilla"
    assert speaker_of(qa, "exactly the kind of disaster we feared.") == "Alex Padilla"


def test_names_written_with_an_ampersand() -> None:
    _, qa = analyse(
        LEDE + "The utility PG&E said in a statement that it had cut power to 20,000 "
        'customers "to reduce the risk of new fires."'
    )
    assert speaker_of(qa, "to reduce the risk of new fires.") == "PG&E"


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        (
            "The National Farmers' Union (NFU) president, Tom Bradshaw, said: "
            "'This deal sells out our farmers.'",
            "This deal sells out our farmers.",
            "Tom Bradshaw",
        ),
        (
            "Labour's shadow environment secretary, Steve Reed, told the Guardian the deal "
            'was a "disaster for rural communities".',
            "disaster for rural communities",
            "Steve Reed",
        ),
        (
            'A Department for Business and Trade spokesperson said the deal was "good for '
            'Britain".',
            "good for Britain",
            "Department for Business and Trade",
        ),
        (
            'A spokesperson for the Department for Business and Trade said it was "good".',
            "good",
            "Department for Business and Trade",
        ),
        ('An Amazon spokesperson said: "We are investigating."', "We are investigating.", "Amazon"),
    ],
)
def test_named_appositions_and_organisations_speaking_through_a_spokesperson(
    body: str, quoted: str, speaker: str
) -> None:
    _, qa = analyse(LEDE + body)
    assert speaker_of(qa, quoted) == speaker


def test_a_leading_participle_clause_is_not_the_subject() -> None:
    _, qa = analyse(
        LEDE + "Speaking to reporters from Olmen, Dr Khalil Daqran, a spokesman for the "
        'Central Hospital, said: "We have no beds left."'
    )
    assert speaker_of(qa, "We have no beds left.") == "Khalil Daqran"


def test_a_name_ending_in_ing_is_not_a_participle() -> None:
    _, qa = analyse(
        LEDE + 'Manning, the former analyst, said the leak was "in the public interest".'
    )
    assert speaker_of(qa, "in the public interest") == "Manning"


def test_an_unnamed_national_body_keeps_its_nationality() -> None:
    _, qa = analyse(LEDE + 'The Israeli military said it had struck "terrorist infrastructure".')
    assert speaker_of(qa, "terrorist infrastructure") == "Israeli Military"


FLOOD_STORY = (
    "Floods hit the north\n\n"
    "Floods swept through the valley on Monday, destroying dozens of homes and roads.\n\n"
    '"We will rebuild every house." — Maria Costa, mayor\n\n'
    "Rescue teams worked through the night to reach villages cut off by the water.\n\n"
    "Tom Ode said:\n\n"
    '"Nobody will be left behind."\n\n'
    "The army sent trucks and tents to the worst-hit areas on Tuesday morning.\n"
)


def test_a_quotation_signed_after_a_dash() -> None:
    _, qa = analyse(FLOOD_STORY)
    assert speaker_of(qa, "We will rebuild every house.") == "Maria Costa"


def test_a_short_quotation_introduced_by_said_colon_in_the_paragraph_before() -> None:
    _, qa = analyse(FLOOD_STORY)
    assert speaker_of(qa, "Nobody will be left behind.") == "Tom Ode"


def test_only_a_name_ending_the_sentence_signs_after_a_dash() -> None:
    from articles.speakers.clauses import _dash_signature
    from articles.speakers.tokens import tokenise

    signed = tokenise("___ — Maria Costa, mayor of Olmen.")
    assert _dash_signature(signed, 0) is not None
    assert _dash_signature(signed, 0).words == ("Maria", "Costa")
    for text in ("___ — Olmen Council banners carry it.", "___ — a promise kept.", "___ said Ode."):
        assert _dash_signature(tokenise(text), 0) is None, text


def test_the_statement_of_a_body_named_in_lower_case() -> None:
    _, qa = analyse(
        LEDE + "The foreign ministry issued a statement on Monday.\n\n"
        '"We condemn the attack," the statement said. "Those responsible will be punished," '
        "it added."
    )
    assert speaker_of(qa, "We condemn the attack,") == "Foreign Ministry"
    assert speaker_of(qa, "Those responsible will be punished,") == "Foreign Ministry"


def test_an_abbreviated_courtesy_title_opening_the_subject() -> None:
    _, qa = analyse(
        LEDE + 'Maria Costa visited on Monday. "We will help," Mr. Ode said. Ms. Costa, the '
        'mayor of Olmen, said the town had "never seen anything like it."'
    )
    assert speaker_of(qa, "never seen anything like it.") == "Maria Costa"


def test_present_tense_recalls_and_a_described_name_after_the_verb() -> None:
    _, qa = analyse(
        LEDE + 'Officials insisted the dam was safe. "There is no danger," insisted engineer '
        'Tom Ode.\n\n"It started at midnight," Anna Berg recalls.\n\n"By two o\'clock the water '
        'was at the windows.\n\n"By dawn we were on the roof."'
    )
    assert speaker_of(qa, "There is no danger,") == "Tom Ode"
    assert speaker_of(qa, "It started at midnight,") == "Anna Berg"
    assert speaker_of(qa, "By dawn we were on the roof.") == "Anna Berg"


def test_a_place_after_the_verb_is_no_description() -> None:
    _, qa = analyse(LEDE + 'Tom Ode arrived. "We are safe," he said in Olmen.')
    assert speaker_of(qa, "We are safe,") == "Tom Ode"


def test_two_people_joined_by_and_are_not_one_organisation() -> None:
    _, qa = analyse(LEDE + 'David Cameron and Barack Obama said it was "a mistake".')
    assert speaker_of(qa, "a mistake") != "David Cameron and Barack Obama"


def test_verb_after_a_sentence_with_other_words() -> None:
    _, qa = analyse(
        LEDE + 'Insurers expect most claims to be "paid within weeks" and not months, '
        "Finance Minister Ola Berg told reporters."
    )
    assert speaker_of(qa, "paid within weeks") == "Ola Berg"


def test_pronoun_resolves_to_current_speaker() -> None:
    _, qa = analyse(
        LEDE + "Mayor Tom Hale said the river rose by two metres overnight.\n\n"
        '"We have never seen anything like it," he added.'
    )
    assert speaker_of(qa, "We have never seen anything like it,") == "Tom Hale"


def test_unattributed_continuation_paragraph_keeps_the_speaker() -> None:
    _, qa = analyse(
        LEDE + '"The dams held," said Mayor Tom Hale.\n\n'
        '"The bridges did not, and we will need help from the capital."'
    )
    assert speaker_of(qa, "The bridges did not, and we will need help from the capital.") == (
        "Tom Hale"
    )


def test_definite_role_resolves_to_the_named_holder() -> None:
    _, qa = analyse(
        LEDE + "Prime Minister Lena Holm met farmers near the river on Sunday.\n\n"
        'The prime minister added: "Every family will be compensated."'
    )
    assert speaker_of(qa, "Every family will be compensated.") == "Lena Holm"


def test_organisation_phrase_takes_the_full_name_and_it_follows() -> None:
    _, qa = analyse(
        LEDE + "The Danish Health Ministry published new figures on Monday.\n\n"
        '"Cases of infection are falling in every region," the health ministry said.\n\n'
        '"Clean water is reaching all the shelters," it said.'
    )
    assert speaker_of(qa, "Cases of infection are falling in every region,") == (
        "Danish Health Ministry"
    )
    assert speaker_of(qa, "Clean water is reaching all the shelters,") == "Danish Health Ministry"


def test_the_statement_resolves_to_its_issuer() -> None:
    _, qa = analyse(
        LEDE + "The Green Alliance issued a statement criticising the government.\n\n"
        '"The warnings were ignored for years," the statement said.'
    )
    assert speaker_of(qa, "The warnings were ignored for years,") == "Green Alliance"


def test_a_statement_issued_by_someone_and_names_inside_its_quotation() -> None:
    # the quotation names another body (Citi News): it is what the statement
    # says, not who made it
    _, qa = analyse(
        LEDE + "A statement issued by the Head of Public Relations of the Ministry, "
        "Abraham Otabil, said illegal miners had destroyed farms.\n\n"
        "“We condemn the attack on journalists from Citi News by illegal miners,” "
        "the statement said."
    )
    assert speaker_of(
        qa, "We condemn the attack on journalists from Citi News by illegal miners,"
    ) == ("Abraham Otabil")


def test_it_said_after_a_body_named_in_the_same_sentence() -> None:
    _, qa = analyse(
        LEDE + "Police said the roads were closed.\n\n"
        "The National Flood Agency “raised the alert to level 4,” it said."
    )
    assert speaker_of(qa, "raised the alert to level 4,") == "National Flood Agency"


def test_according_to() -> None:
    _, qa = analyse(LEDE + '"Three villages are cut off," according to Red Cross official Sam Ode.')
    assert speaker_of(qa, "Three villages are cut off,") == "Sam Ode"


def test_unnamed_sources_give_none() -> None:
    _, qa = analyse(
        LEDE + "Prime Minister Lena Holm met farmers near the river on Sunday.\n\n"
        '"Prices of food will rise," an independent analyst said.\n\n'
        'Local officials and residents have said the dykes were "badly neglected" for years.'
    )
    assert speaker_of(qa, "Prices of food will rise,") is None
    assert speaker_of(qa, "badly neglected") is None


def test_no_attribution_anywhere_gives_none() -> None:
    _, qa = analyse(LEDE + '"Water everywhere, and no help in sight for the people of the valley."')
    assert (
        speaker_of(qa, "Water everywhere, and no help in sight for the people of the valley.")
        is None
    )


def test_names_are_canonical_across_the_set() -> None:
    _, qa = analyse(
        LEDE + '"The army is on its way," said Defence Secretary Mark Penn.',
        LEDE + 'Penn said "the soldiers will stay as long as needed" in the north.',
    )
    assert speaker_of(qa, "The army is on its way,") == "Mark Penn"
    assert speaker_of(qa, "the soldiers will stay as long as needed") == "Mark Penn"
    assert qa.speakers() == ["Mark Penn"]


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        (
            "Sarah Morris, of the local residents' association said the town had "
            '"pulled together really well" since the flood.',
            "pulled together really well",
            "Sarah Morris",
        ),
        (
            "Lisa Deakin said her father had received no help.\n\n"
            'Describing the flood, she said: "It just came in and kept coming."',
            "It just came in and kept coming.",
            "Lisa Deakin",
        ),
        (
            "In Ribchester, another resident, Megan, told the BBC that the rain was relentless."
            '\n\n"It has been non-stop rain since the morning, and worse every hour."',
            "It has been non-stop rain since the morning, and worse every hour.",
            "Megan",
        ),
        (
            "June Brown, a councillor in the village, urged residents to leave.\n\n"
            'Ms Brown said: "I have never seen it as bad as this."',
            "I have never seen it as bad as this.",
            "June Brown",
        ),
        (
            "Hairdresser Kelly Hughes said she would not leave her shop.\n\n"
            '"We are just managing to keep the water out," Hughes said.',
            "We are just managing to keep the water out,",
            "Kelly Hughes",
        ),
    ],
)
def test_people_described_by_where_they_are_from_roles_and_first_names(
    body: str, quoted: str, speaker: str
) -> None:
    _, qa = analyse(LEDE + body)
    assert speaker_of(qa, quoted) == speaker


def test_the_same_words_quoted_again_take_the_attributed_speaker() -> None:
    # the headline's 'carnage' is the councillor's word, attributed in the text
    _, qa = analyse(
        "Councillor decries flood 'carnage'\n\n"
        'Heather Townsend said the town had suffered "carnage" after the rain.'
    )
    assert [q.speaker for q in qa.quotes] == ["Heather Townsend", "Heather Townsend"]


def test_a_pronoun_after_a_quotation_that_ended_its_sentence_is_no_attribution() -> None:
    _, qa = analyse(
        LEDE + "Press secretary Tom Reed said the tweets were official.\n\n"
        "Top aide Kelly Conroy claimed the same day that the media had an "
        "“obsession with everything he says.” She denied that the tweets were policy."
    )
    assert speaker_of(qa, "obsession with everything he says.") == "Kelly Conroy"


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        (
            "President Tom Hart signed the order on Monday.\n\n"
            "At his briefing, press secretary Sean Paine appeared to acknowledge that tweets "
            "by President Tom Hart were policy."
            '\n\n"Well, the president is the president, so they are statements," he said.',
            "Well, the president is the president, so they are statements,",
            "Sean Paine",
        ),
        (
            "Stuart Vane appeared on a morning show and said that the party could not focus "
            "because the president was “tweeting late into the night.”",
            "tweeting late into the night.",
            "Stuart Vane",
        ),
    ],
)
def test_the_subject_of_a_catenative_or_coordinated_reporting_verb(
    body: str, quoted: str, speaker: str
) -> None:
    _, qa = analyse(LEDE + body)
    assert speaker_of(qa, quoted) == speaker


def test_a_title_case_headline_with_a_reporting_verb_names_no_one() -> None:
    # "Sean Paine Says Trump" was a name, and "Trump" in the text became it
    _, qa = analyse(
        "Sean Paine Says Hart's Tweets Are Official Statements\n\n"
        'Early on Tuesday, President Hart tweeted criticism of the "mainstream media," '
        "saying they were trying to silence him."
    )
    assert speaker_of(qa, "mainstream media,") == "Hart"


def test_a_headline_naming_the_speaker_before_a_colon() -> None:
    _, qa = analyse(
        "Paine: Hart's tweets are 'official statements'\n\n"
        "Press secretary Sean Paine spoke at the daily briefing on Tuesday."
    )
    assert speaker_of(qa, "official statements") == "Sean Paine"


def test_a_label_before_a_colon_names_the_speaker_only_when_it_is_a_person() -> None:
    _, qa = analyse(
        "CEOs reflect on a tough quarter\n\n"
        "Coca-Cola CEO James Quincey: “There are too many known unknowns ahead of us.”\n\n"
        "Floods: “It is getting worse and worse by the hour in the valley,” a resident "
        "wrote. Floods hit the valley again."
    )
    assert speaker_of(qa, "There are too many known unknowns ahead of us.") == "James Quincey"
    assert speaker_of(qa, "It is getting worse and worse by the hour in the valley,") is None


def test_a_sentence_opening_function_word_is_not_part_of_the_name() -> None:
    _, qa = analyse(
        LEDE + "Jose Mourinho criticised his players after the match.\n\n"
        "What Mourinho described as a 'disastrous' first half was followed by a better second."
    )
    assert speaker_of(qa, "disastrous") == "Jose Mourinho"


def test_a_definite_role_nobody_is_described_by_is_the_story_s_main_person() -> None:
    # nobody is called "manager" in the text; the man it is about is
    _, qa = analyse(
        LEDE + "Eddie Howe has spoken of his disappointment after the defeat.\n\n"
        "Howe said his side had started badly against Rafael Benitez's men.\n\n"
        '"I think we did not perform well in the first half," the Bournemouth manager '
        "told the club's website."
    )
    assert speaker_of(qa, "I think we did not perform well in the first half,") == "Eddie Howe"


def test_the_person_a_sentence_is_about_is_the_next_pronoun_s_antecedent() -> None:
    _, qa = analyse(
        LEDE + 'General Jean Gallet said: "The two towers have been saved."\n\n'
        "Mr Macron was at the site on Monday night. He said the blaze was a "
        '"terrible tragedy" but that the "worst had been avoided".'
    )
    assert speaker_of(qa, "terrible tragedy") == "Macron"
    assert speaker_of(qa, "worst had been avoided") == "Macron"


def test_title_case_subheads_and_places_name_no_speaker() -> None:
    # "Emotion Of A Nation" and "Notre-Dame Cathedral" were taken for the "he"
    _, qa = analyse(
        "‘Worst avoided’: Macron on Notre-Dame Cathedral fire\n\n"
        "‘Emotion Of A Nation’\n\n"
        "The president cancelled a speech and headed to the scene.\n\n"
        "“We will rebuild it because it is what the French expect,” he said."
    )
    assert speaker_of(qa, "We will rebuild it because it is what the French expect,") is None


def test_words_a_body_expresses_are_its_own_not_the_last_speaker_s() -> None:
    _, qa = analyse(
        LEDE + "German Chancellor Angela Merkel called the cathedral a “symbol of European "
        "culture”.\n\n"
        "The Vatican expressed its “incredulity” and “sadness” over the fire.\n\n"
        "“I share the incredulity and sadness of the people of Paris,” the pope said."
    )
    # not Merkel's: the Vatican expressed them
    assert speaker_of(qa, "sadness") == "Vatican"
    assert speaker_of(qa, "incredulity") == "Vatican"


def test_an_unattributed_copy_takes_the_speaker_other_outlets_agree_on() -> None:
    _, qa = analyse(
        "Fire at the cathedral\n\nEmmanuel Macron visited the scene on Monday.\n\n"
        "“We will rebuild this cathedral together because it is what the French expect,” "
        "Macron said.",
        "Fire at the cathedral\n\nThe president cancelled a speech and went to the scene.\n\n"
        "“We will rebuild this cathedral together because it is what the French expect,” "
        "he said.",
    )
    assert {q.speaker for q in qa.quotes} == {"Emmanuel Macron"}


def test_the_role_of_an_unnamed_person_brought_in_before_stays_unnamed() -> None:
    # "the analyst" is the independent analyst of the sentence before, not the
    # person the story is about
    _, qa = analyse(
        LEDE + "Defence Secretary Mark Penn said the strikes were a mistake. Penn spoke on "
        "Friday. Penn flew home on Saturday.\n\n"
        "An independent analyst told the paper that weapons were arriving.\n\n"
        "“I would expect a huge influx of weapons into the north,” the analyst said."
    )
    assert speaker_of(qa, "I would expect a huge influx of weapons into the north,") is None


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        (
            "The plan was published on Monday.\n\n"
            '"The budget protects every family in the country," according to a statement '
            "from the White House.",
            "The budget protects every family in the country,",
            "White House",
        ),
        (
            "Tom Hale, 67, a retired teacher from Leeds, said his house was flooded.\n\n"
            '"We lost everything we owned in one night," the 67-year-old said.',
            "We lost everything we owned in one night,",
            "Tom Hale",
        ),
    ],
)
def test_a_statement_from_someone_and_the_person_of_an_age(
    body: str, quoted: str, speaker: str
) -> None:
    _, qa = analyse(LEDE + body)
    assert speaker_of(qa, quoted) == speaker


def test_a_spokesman_for_a_body_speaks_for_it() -> None:
    _, qa = analyse(
        LEDE + '"We need access to the wounded now," said a spokesman for Doctors Without '
        "Borders.\n\n"
        'A spokeswoman for the Department of Health said: "Cases are falling."'
    )
    assert speaker_of(qa, "We need access to the wounded now,") == "Doctors Without Borders"
    assert speaker_of(qa, "Cases are falling.") == "Department of Health"


def test_more_verbs_of_speech() -> None:
    _, qa = analyse(
        LEDE + 'Tom Smith said: "We accept the offer." Ann Jones disagreed: "It is far too low."'
        "\n\nHis neighbour, Kim Lee, countered. “It was much earlier than that,” she said."
    )
    assert speaker_of(qa, "It is far too low.") == "Ann Jones"
    assert speaker_of(qa, "It was much earlier than that,") == "Kim Lee"


def test_court_roles_lead_names_and_groups_are_nobody_in_particular() -> None:
    _, qa = analyse(
        LEDE + 'Prosecutor Tom Hale told the jury that the defendant "planned every step".\n\n'
        'Forecasters warned that "further heavy rain is expected" over the weekend.'
    )
    assert speaker_of(qa, "planned every step") == "Tom Hale"
    assert speaker_of(qa, "further heavy rain is expected") is None


def test_a_colon_introduction_beats_the_agency_that_reported_it() -> None:
    _, qa = analyse(
        LEDE + "“There are no survivors onboard,” the Ethiopian state broadcaster said, the "
        "news service said.\n\n"
        "And Kenya’s president, Uhuru Kenyatta, said: “My prayers go to all the families,” "
        "the news service noted."
    )
    assert speaker_of(qa, "There are no survivors onboard,") == "Ethiopian State Broadcaster"
    assert speaker_of(qa, "My prayers go to all the families,") == "Uhuru Kenyatta"


@pytest.mark.parametrize(
    ("body", "quoted", "speaker"),
    [
        (
            '"We will stand together," said European Commission President Ursula von der Leyen.',
            "We will stand together,",
            "Ursula von der Leyen",
        ),
        (
            'Ursula von der Leyen said on Monday: "We stand together."',
            "We stand together.",
            "Ursula von der Leyen",
        ),
        (
            '"I have a dream," Martin Luther King Jr. said in 1963.',
            "I have a dream,",
            "Martin Luther King Jr",
        ),
        (
            'Secretary of State John Kerry said: "We will not sign this."',
            "We will not sign this.",
            "John Kerry",
        ),
    ],
)
def test_particles_suffixes_and_state_in_names(body: str, quoted: str, speaker: str) -> None:
    _, qa = analyse(LEDE + body)
    assert speaker_of(qa, quoted) == speaker


def test_the_role_written_before_a_name_describes_that_person() -> None:
    _, qa = analyse(
        LEDE + "The French president, Emmanuel Macron, attended the scene.\n\n"
        "“What happened tonight is a terrible event,” the president said.\n\n"
        "Papua New Guinea's forest minister Belden Namah spoke on Friday. The minister "
        'described the reports as an "act of media terrorism".'
    )
    assert speaker_of(qa, "What happened tonight is a terrible event,") == "Emmanuel Macron"
    assert speaker_of(qa, "act of media terrorism") == "Belden Namah"


def test_a_first_name_cut_short_and_a_pope_s_name() -> None:
    _, qa = analyse(
        LEDE + '"This is a horrific event," Police Chief Dan Oates told reporters.\n\n'
        'Later, Police Chief Daniel Oates said: "His apartment is booby-trapped."\n\n'
        "Pope Francis said he shared the sadness of the town.\n\n"
        '"I associate myself with your sadness," Francis said in a message.'
    )
    assert speaker_of(qa, "This is a horrific event,") == "Daniel Oates"
    assert speaker_of(qa, "His apartment is booby-trapped.") == "Daniel Oates"
    assert speaker_of(qa, "I associate myself with your sadness,") == "Pope Francis"


def test_a_first_name_alone_and_a_person_introduced_by_age() -> None:
    _, qa = analyse(
        LEDE + "Terri Schiel, 57, and her son escaped the crash.\n\n"
        "'We both looked up and saw the plane rocking its way down,' Terri told reporters."
        '\n\n"It was like the second coming," Carl Friedemann said.\n\n'
        "Using a home video camera, 12-year-old Kylie Hetzel filmed the damage.\n\n"
        "“We are kind of sad, but we are ok,” she said in the video."
    )
    assert speaker_of(qa, "We both looked up and saw the plane rocking its way down,") == (
        "Terri Schiel"
    )
    assert speaker_of(qa, "We are kind of sad, but we are ok,") == "Kylie Hetzel"


def test_agency_copy_closing_with_two_apostrophes_and_an_outlet_before_a_name() -> None:
    _, qa = analyse(
        LEDE + "Jeremy Corbyn said the \"catastrophic'' defeat was an \"absolutely decisive'' "
        "verdict.\n\n"
        "His hopes were undermined when the DUP's Sammy Wilson said that the party will back "
        "the government, saying: \"We never wanted a change of government.''\n\n"
        "Speaking to the BBC Boris Johnson said the result meant this “deal is dead”."
    )
    assert speaker_of(qa, "catastrophic") == "Jeremy Corbyn"
    assert speaker_of(qa, "absolutely decisive") == "Jeremy Corbyn"
    assert speaker_of(qa, "We never wanted a change of government.") == "Sammy Wilson"
    assert speaker_of(qa, "deal is dead") == "Boris Johnson"


def test_she_is_not_the_man_quoted_before_when_the_set_knows_them() -> None:
    _, qa = analyse(
        LEDE + "Theresa May's deal was defeated by 432 votes to 202.\n\n"
        "Labour leader Jeremy Corbyn said he had tabled a motion of no confidence.\n\n"
        "“We have a duty to deliver on that referendum vote,” she said.",
        LEDE + "Mrs May said the house had spoken.\n\n"
        "Jeremy Corbyn said the defeat was catastrophic. He tabled a motion at once.",
    )
    assert speaker_of(qa, "We have a duty to deliver on that referendum vote,") == "Theresa May"


def test_genders_come_from_honorifics_and_the_next_sentence_s_pronoun() -> None:
    from articles.speakers import genders_of

    found = genders_of(
        [
            "Mrs May said the house had spoken. Mr Corbyn disagreed.",
            "Anna Berg lost her home in the flood. She said the water came at night.",
            "Tom Lee and Mrs Lee spoke. Mr Lee left.",  # both ways: no verdict
            "Sam Ode said the vote was lost.\nHe tabled a motion at once.",  # a new line
        ]
    )
    assert found["may"] == "f" and found["corbyn"] == "m" and found["berg"] == "f"
    assert found["ode"] == "m"
    assert "lee" not in found


def test_may_as_a_surname_after_an_honorific_or_a_first_name() -> None:
    _, qa = analyse(
        LEDE + "Theresa May lost the vote.\n\n"
        'In a statement after her defeat, Mrs May said: "The House has spoken."\n\n'
        '"This Government will listen," Theresa May said.\n\n'
        'The plan, Tom Hale may say, "will work in the end".'
    )
    assert speaker_of(qa, "The House has spoken.") == "Theresa May"
    assert speaker_of(qa, "This Government will listen,") == "Theresa May"
    assert speaker_of(qa, "will work in the end") == "Tom Hale"


@pytest.mark.parametrize(
    ("before", "subject", "speaker"),
    [
        # a lower-case name with a capitalised qualifier
        (
            "Russia's defence ministry released a video.",
            "the ministry",
            "Russia's Defence Ministry",
        ),
        # a legal form or a company word after the name
        ("Toyota Motor Corp recalled 2 million cars.", "the automaker", "Toyota Motor"),
        ("Ethiopian Airlines grounded its fleet.", "the airline", "Ethiopian Airlines"),
        # a name in apposition to the noun, either side
        ("Boeing, the plane maker, lost an order.", "the maker", "Boeing"),
        ("Shares in the carmaker Toyota fell.", "the carmaker", "Toyota"),
        # nothing names the body: the noun as a name, or nobody
        ("Officials met on Monday.", "the ministry", "Ministry"),
        ("Passengers waited for hours.", "the airline", None),
        # the subject's own words are no antecedent: "The airline" names nothing
        ("The airline said it grounded its fleet.", "the airline", None),
    ],
)
def test_the_body_a_bare_noun_refers_back_to(
    before: str, subject: str, speaker: str | None
) -> None:
    _, qa = analyse(LEDE + f'{before} "We are sorry for the delays," {subject} said.')
    assert speaker_of(qa, "We are sorry for the delays,") == speaker


def test_a_name_the_text_gives_a_title_elsewhere_is_the_next_he() -> None:
    _, qa = analyse(
        LEDE + "Press Secretary Sean Spicer spoke about President Trump's tweets. "
        '"They are official," Spicer said.\n\n'
        "Trump also took credit on Twitter for the isolation of Qatar. "
        "“So good to see the visit already paying off,” he tweeted."
    )
    assert speaker_of(qa, "So good to see the visit already paying off,") == "Trump"


def test_an_office_speaks_for_its_holder_and_he_is_no_body() -> None:
    _, qa = analyse(
        LEDE + "Prime Minister Abiy Ahmed’s office in a statement offered “deepest condolences”.",
        LEDE + "The company offered a reward. He called it “a fair deal”.",
    )
    assert speaker_of(qa, "deepest condolences") == "Abiy Ahmed"
    assert speaker_of(qa, "a fair deal") is None  # "he" is no company


def test_a_headline_quotation_then_a_colon_then_the_person() -> None:
    _, qa = analyse(
        "‘Worst avoided, vows to rebuild’: Macron on the cathedral fire\n\n"
        "Mr Macron cancelled a planned speech and headed to the scene. Macron spoke later.",
        "Fire in Paris\n\n‘Getting worse’: Floods on the Seine\n\nFloods hit the city again.",
    )
    assert speaker_of(qa, "Worst avoided, vows to rebuild") == "Macron"
    # a common noun before or after the colon names nobody
    assert all(qa.text_of(q) != "Getting worse" or q.speaker is None for q in qa.quotes)


def test_a_sentence_introducing_a_quotation_with_a_colon_gives_its_subject() -> None:
    _, qa = analyse(
        LEDE + "Governor Mark Bell toured the site. Bell was blunt: “We are ready.”\n\n"
        "Ms Anna Ruiz runs the shelter. She had a warning: “Do not come back yet.”\n\n"
        "The message was clear: “Stay away from the river.”"
    )
    assert speaker_of(qa, "We are ready.") == "Mark Bell"
    assert speaker_of(qa, "Do not come back yet.") == "Anna Ruiz"
    # a short quotation that is a whole sentence is kept (no scare quote)
    assert speaker_of(qa, "Stay away from the river.") != "Mark Bell"


def test_the_person_a_who_clause_is_about_called_it_so() -> None:
    _, qa = analyse(
        LEDE + 'Mayor Ana Ruiz, who called the storm "a monster", asked for federal help.'
    )
    assert speaker_of(qa, "a monster") == "Ana Ruiz"


def test_a_quotation_left_open_takes_the_speaker_of_its_continuation() -> None:
    _, qa = analyse(
        LEDE + "Governor Mark Bell spoke first.\n\n"
        '"We are ready. Crews are on standby across the county tonight.\n\n'
        '"We will not stop until everyone is safe," he added.'
    )
    assert speaker_of(qa, "We are ready. Crews are on standby across the county tonight.") == (
        "Mark Bell"
    )


def test_a_role_tied_to_a_country_is_the_only_person_the_set_knows() -> None:
    # 'UK' is named more often than anyone, but is no person; Theresa May is the
    # only person named so far whom the set knows as a she ('Mrs May' elsewhere)
    _, qa = analyse(
        "Heavy defeat for UK government\n\n"
        "Theresa May’s deal was defeated in the UK parliament. The UK is divided.\n\n"
        "Speaking after the vote, the UK prime minister said that the house has spoken.\n\n"
        "“It is clear the house does not support this deal.\n\n"
        "“We will make time to debate it.”\n\n"
        "Labour leader Jeremy Corbyn said that he has tabled a motion.\n\n"
        "Ahead of the vote, the UK prime minister appealed to MPs in the house.\n\n"
        "“A vote against it is a vote for uncertainty.”",
        LEDE + "Mrs May lost the vote on Tuesday.",
    )
    assert speaker_of(qa, "It is clear the house does not support this deal.") == "Theresa May"
    assert speaker_of(qa, "A vote against it is a vote for uncertainty.") == "Theresa May"


@pytest.mark.parametrize(
    "lede",
    [
        # named with the role after the lede
        'A Swedish prosecutor says a man is suspected "of terrorist offenses by murder".\n\n'
        "The prosecutor, Hans Ihrman, said the suspect would face a hearing.",
        # named at once by the next sentence, the role coming later
        'A councillor whose town was cut off by flooding said she was "in tears" at the'
        " “enormity of the distress” it caused.\n\n"
        "Hans Ihrman said the town had suffered after 118mm of rain fell.",
    ],
)
def test_a_lede_s_unnamed_speaker_is_the_person_named_next(lede: str) -> None:
    _, qa = analyse(LEDE + lede)
    quotes = [q for q in qa.quotes if qa.text_of(q) != "in tears"]
    assert [q.speaker for q in quotes] == ["Hans Ihrman"]
    # not anyone named later than the next sentence
    _, qa = analyse(LEDE + lede.split("\n\n")[0] + "\n\nThe rain stopped.\n\nHans Ihrman spoke.")
    assert {q.speaker for q in qa.quotes} == {None}


def test_a_pair_of_people_speaks_through_the_first_named() -> None:
    _, qa = analyse(
        LEDE + "Transport Secretary James Macharia and country manager Yilma Goshu held a press"
        " conference at the Jomo Kenyatta International airport, where the two officials said"
        " the focus was an “investigation in line with international standards”.",
        LEDE + "Minister Ana Ruiz and Governor Tom Hale met on Monday. "
        'Both leaders said they were "ready to act".',
    )
    assert speaker_of(qa, "investigation in line with international standards") == (
        "James Macharia"
    )
    assert speaker_of(qa, "ready to act") == "Ana Ruiz"


def test_the_role_a_text_names_only_later_is_that_person() -> None:
    _, qa = analyse(
        LEDE + 'The senator tweeted: "This deal is dead." Senator Jane Roe later deleted the post.',
        LEDE + 'The prosecutor said the case was "overwhelming".\n\n'
        "Prosecutor Tom Hale spoke to reporters after the hearing.",
        LEDE + '"We will appeal this ruling at once," the senator said.\n\n'
        "The judge, Ann Ode, disagreed.",
    )
    assert speaker_of(qa, "This deal is dead.") == "Jane Roe"
    assert speaker_of(qa, "overwhelming") == "Tom Hale"
    # no senator named in that text: the one senator the set names
    assert speaker_of(qa, "We will appeal this ruling at once,") == "Jane Roe"


def test_a_nickname_inside_a_name_is_no_part_of_it() -> None:
    _, qa = analyse(
        "Cartel boss jailed\n\n"
        "Drug lord Rafael “The Fox” Moreno was sentenced to life on Wednesday.\n\n"
        "Before the sentence, Moreno, 62, turned to his family.\n\n"
        "“I did not have a fair trial,” he said."
    )
    assert speaker_of(qa, "I did not have a fair trial,") == "Rafael Moreno"


def test_a_surname_written_without_its_accent_is_the_same_person() -> None:
    _, qa = analyse(
        "Cartel boss jailed\n\n"
        "Drug lord Rafael Núñez was sentenced to life on Wednesday. (Photo: Rafael Nunez in"
        " court.)\n\n"
        "“I did not have a fair trial,” Nunez said."
    )
    assert speaker_of(qa, "I did not have a fair trial,") == "Rafael Núñez"


def test_a_second_surname_is_how_the_text_may_call_a_person() -> None:
    _, qa = analyse(
        "Cartel boss jailed\n\n"
        "Drug lord Rafael Moreno Ibarra was sentenced to life on Wednesday.\n\n"
        "“I did not have a fair trial,” Moreno told the judge."
    )
    # the person's full name, as the gold format asks (it was "Rafael Moreno", the
    # name up to the surname the text used)
    assert speaker_of(qa, "I did not have a fair trial,") == "Rafael Moreno Ibarra"


def test_a_maiden_name_used_as_a_surname_is_the_person() -> None:
    _, qa = analyse(
        LEDE + "Virginia Roberts Giuffre said she had “lived with the horrors” for years.\n\n"
        "Ms Roberts added: “Maxwell did not act alone.”"
    )
    assert speaker_of(qa, "Maxwell did not act alone.") == "Virginia Roberts Giuffre"


def test_an_acronym_in_brackets_after_the_subject_is_skipped() -> None:
    _, qa = analyse(
        LEDE + "Barcelona said the deal was off.\n\n"
        "PSG believes the league acted unlawfully, while the French league (LFP) said it was"
        " “surprised” by the ruling."
    )
    assert speaker_of(qa, "surprised") == "French League"


def test_a_name_made_an_adjective_is_no_name() -> None:
    names = [m.name for m in mentions_in("The Neymar-inspired Barcelona side lost to Real Madrid.")]
    assert names == ["Barcelona", "Real Madrid"]


def test_a_sentence_adverb_is_no_part_of_a_name() -> None:
    _, qa = analyse(
        LEDE + 'Ideally PSG would have signed him in June.\n\nPSG said "his arrival makes history."'
    )
    assert speaker_of(qa, "his arrival makes history.") == "PSG"


def test_an_organisation_and_a_long_role_before_the_name_after_said() -> None:
    _, qa = analyse(
        LEDE + "“This is an earthquake,” said Bankrate.com senior economic analyst Mark Hamrick."
    )
    assert speaker_of(qa, "This is an earthquake,") == "Mark Hamrick"


def test_one_person_spelt_with_and_without_accents_is_one_speaker() -> None:
    _, qa = analyse(
        "Cartel boss jailed\n\nDrug lord Rafael Núñez told the court: “I did not have a fair"
        " trial.”\n\n“I was treated badly,” Núñez said.",
        "Cartel boss jailed\n\nDrug lord Rafael Nunez told the court: “I want to go home.”",
    )
    assert {q.speaker for q in qa.quotes} == {"Rafael Núñez"}


def test_an_organisations_role_then_a_comma_and_the_name_after_the_verb() -> None:
    _, qa = analyse(LEDE + "“It was flawless,” declared JPL’s chief engineer, Rob Manning.")
    assert speaker_of(qa, "It was flawless,") == "Rob Manning"


def test_a_person_at_an_organisation_speaks_not_the_organisation() -> None:
    _, qa = analyse(
        LEDE + "Project manager Tom Hoffman at NASA’s Jet Propulsion Laboratory (JPL) added:"
        " “We hit the atmosphere at speed.”"
    )
    assert speaker_of(qa, "We hit the atmosphere at speed.") == "Tom Hoffman"


def test_the_aged_leader_is_the_person_just_named() -> None:
    _, qa = analyse(
        LEDE + "President Evo Morales quit on Sunday.\n\n"
        "“I am sending my resignation letter,” the 60-year-old socialist leader said."
    )
    assert speaker_of(qa, "I am sending my resignation letter,") == "Evo Morales"


def test_what_the_text_says_of_a_persons_gender_keeps_he_from_her() -> None:
    from articles.speakers import genders_of

    assert genders_of(["The actress Faye Dunaway won.", "When he gave it to Jane Roe, she smiled."])
    assert genders_of(["When Obama met Dana Merkel, he said hello."]) == {}
    # "his" is the father's: Trump is not made male (the given name says she is female)
    assert genders_of(["His daughter Tiffany Trump spoke."]) == {"tiffany trump": "f"}
    _, qa = analyse(
        LEDE + "Actor Warren Beatty opened the envelope. He handed the card to Faye Dunaway,"
        " she announced the winner.\n\n"
        "Beatty came on stage to explain the mix-up.\n\n"
        "“I want to tell you what happened,” he explained."
    )
    assert speaker_of(qa, "I want to tell you what happened,") == "Warren Beatty"


def test_condemning_words_are_the_condemners() -> None:
    _, qa = analyse(
        LEDE + "President Jane Roe, who was abroad, condemned the “vicious and despicable"
        " attack.”\n\nThe opposition leader Tom Ode slammed the “reckless” response."
    )
    assert speaker_of(qa, "vicious and despicable attack.") == "Jane Roe"
    assert speaker_of(qa, "reckless") == "Tom Ode"


def test_a_title_without_a_name_is_the_one_person_the_set_gives_it() -> None:
    _, qa = analyse(
        LEDE + "NASA Administrator Jim Bridenstine watched the landing on Monday.",
        LEDE + "NASA Administrator said, “Today, we successfully landed on Mars.”",
    )
    assert speaker_of(qa, "Today, we successfully landed on Mars.") == "Jim Bridenstine"


def test_a_role_before_a_name_set_off_by_commas_names_the_speaker() -> None:
    _, qa = analyse(
        LEDE + "The main opposition candidate in the election, former president Carlos Mesa,"
        " said voters “have taught the world a lesson.”"
    )
    assert speaker_of(qa, "have taught the world a lesson.") == "Carlos Mesa"


def test_an_occupation_before_a_name_is_a_role_not_part_of_it() -> None:
    _, qa = analyse(
        LEDE + "Producer Jordan Horowitz gave a speech. Actor Warren Beatty watched.\n\n"
        "Shortly afterward, Horowitz returned to the podium. “This is not a joke,” he said."
    )
    assert speaker_of(qa, "This is not a joke,") == "Jordan Horowitz"


def test_a_role_word_that_is_a_surname_the_text_gives_is_that_person() -> None:
    _, qa = analyse(
        LEDE
        + "Foreign Minister Julie Bishop visited on Monday.\n\n“We stand with you,” Bishop said."
    )
    assert speaker_of(qa, "We stand with you,") == "Julie Bishop"


def test_a_possessive_is_no_gender_cue_for_the_name_after_it() -> None:
    from articles.speakers import genders_of

    assert genders_of(["When his wife met Robin Kerry, she said hello."]) == {}
    assert genders_of(["Mrs May spoke. When her husband met Theresa May, he said hi."]) == {
        "may": "f",
        "theresa may": "f",  # her given name
    }


def test_a_title_only_speaker_needs_the_same_title_in_full() -> None:
    _, qa = analyse(
        LEDE + "EPA Administrator Andrew Wheeler visited on Monday.",
        LEDE + "NASA Administrator said, “Today, we successfully landed on Mars.”",
    )
    assert speaker_of(qa, "Today, we successfully landed on Mars.") != "Andrew Wheeler"


def test_a_nickname_in_a_short_sentence_is_still_blanked_from_the_name() -> None:
    names = [m.name for m in mentions_in('Joaquín "El Chapo" Guzmán was jailed in Brooklyn.')]
    assert names == ["Joaquín Guzmán", "Brooklyn"]


# ---- fifth session: cases from eight more hand-annotated sets


def test_a_hyphenated_title_is_a_role_not_a_name() -> None:
    _, qa = analyse(
        LEDE + "Dr Tedros Adhanom Ghebreyesus, the Director-General of the WHO, spoke today.\n\n"
        "“We are deeply concerned,” the Director-General said.\n\n"
        "Director-General of the WHO, Dr Tedros Adhanom Ghebreyesus, confirmed it.\n\n"
        "He said: “Pandemic is not a word to use lightly.”"
    )
    assert speaker_of(qa, "We are deeply concerned,") == "Tedros Adhanom Ghebreyesus"
    assert speaker_of(qa, "Pandemic is not a word to use lightly.") == "Tedros Adhanom Ghebreyesus"


def test_an_opening_phrase_and_a_typed_dash_aside_before_the_subject() -> None:
    _, qa = analyse(
        LEDE + "President Donald Trump spoke.\n\n"
        "Ahead of the meeting, however, Trump -- a frequent critic of the Fed -- called on"
        ' policymakers to make a "large" rate cut, claiming the market would be'
        ' "10,000 points higher" by now.'
    )
    assert speaker_of(qa, "large") == "Donald Trump"
    assert speaker_of(qa, "10,000 points higher") == "Donald Trump"


def test_said_before_a_clause_is_not_said_by_its_subject() -> None:
    _, qa = analyse(
        LEDE + "President Donald Trump spoke.\n\n"
        'Trump, who said he felt the move was important "psychologically," said the decision'
        " applied to the aircraft."
    )
    assert speaker_of(qa, "psychologically,") == "Donald Trump"


def test_capitalised_words_describing_an_unnamed_speaker_name_nobody() -> None:
    _, qa = analyse(
        LEDE + "“I want to thank the coach for everything he did,” said one Chiang Rai woman.\n\n"
        "“This is the saddest thing I have ever watched,” said British tourist Sam Ogden."
    )
    assert speaker_of(qa, "I want to thank the coach for everything he did,") is None
    assert speaker_of(qa, "This is the saddest thing I have ever watched,") == "Sam Ogden"


def test_a_legislators_party_and_state_are_nobody() -> None:
    _, qa = analyse(
        LEDE + "Senator John Thune (R-South Dakota) opened the hearing.\n\n"
        "“You have an obligation to your users,” he said."
    )
    assert speaker_of(qa, "You have an obligation to your users,") == "John Thune"
    assert [m.name for m in mentions_in("Senator John Thune (R-South Dakota) spoke.")] == [
        "John Thune"
    ]


def test_a_middle_initial_stays_inside_the_name() -> None:
    _, qa = analyse(
        LEDE + "Acting FAA Administrator Daniel K. Elwell spoke to reporters.\n\n"
        "“It made it even more likely,” Elwell said.\n\n"
        "Judge James M. Burke, who weeks ago called him “noncompliant and defiant”,"
        " announced the ruling."
    )
    assert speaker_of(qa, "It made it even more likely,") == "Daniel K. Elwell"
    assert speaker_of(qa, "noncompliant and defiant") == "James M. Burke"


def test_a_role_with_its_bodys_acronym_is_the_person_given_that_role() -> None:
    _, qa = analyse(
        LEDE + "Dr Tedros Adhanom Ghebreyesus, the Director-General of the WHO, spoke.\n\n"
        "“We cannot say this loudly enough,” the WHO Director-General said."
    )
    assert speaker_of(qa, "We cannot say this loudly enough,") == "Tedros Adhanom Ghebreyesus"


def test_he_after_a_clause_opened_by_a_name_is_that_person() -> None:
    _, qa = analyse(
        LEDE + "President Donald Trump and Fed Chairman Jerome Powell met.\n\n"
        "“We are winning anyway,” Trump said in a tweet.\n\n"
        "Although Powell did not rule out another cut, he stressed that it was no cycle.\n\n"
        "“It is not the beginning of a long series of rate cuts,” he told reporters."
    )
    assert speaker_of(qa, "It is not the beginning of a long series of rate cuts,") == (
        "Jerome Powell"
    )


def test_a_body_named_in_two_words_is_never_he() -> None:
    _, qa = analyse(
        LEDE + "A divided Federal Reserve on Wednesday announced it is cutting rates.\n\n"
        "Fed Chairman Jerome Powell has doggedly insisted that the bank is independent.\n\n"
        "“As usual, Powell let us down,” he tweeted."
    )
    assert speaker_of(qa, "As usual, Powell let us down,") == "Jerome Powell"


def test_the_subject_of_a_sentence_quoting_nobody_is_the_next_he() -> None:
    _, qa = analyse(
        LEDE
        + "“Everything is burning,” the spokesman for the cathedral, Andre Finot, told AFP.\n\n"
        "President Emmanuel Macron cancelled a speech over the “terrible fire” in Paris.\n\n"
        "He headed to the scene in person.\n\n"
        "In a tweet he expressed the “emotion of a whole nation” on seeing it ablaze."
    )
    assert speaker_of(qa, "emotion of a whole nation") == "Emmanuel Macron"


def test_an_acronym_speaker_is_the_body_the_set_writes_out() -> None:
    _, qa = analyse(
        "Jets grounded\n\nThe Federal Aviation Administration reversed course on Wednesday.",
        "Jets grounded\n\nThe FAA said it saw “no basis” to stop the planes a day earlier.",
    )
    assert speaker_of(qa, "no basis") == "Federal Aviation Administration"


def test_a_company_called_by_its_first_word_is_the_company() -> None:
    _, qa = analyse(
        LEDE + "United Airlines and American Airlines fly the jet.\n\n"
        "American, with 25 of the jets, said it will be “working to re-book customers as"
        " quickly as possible.”"
    )
    assert speaker_of(qa, "working to re-book customers as quickly as possible.") == (
        "American Airlines"
    )


def test_a_headline_word_before_an_acronym_is_no_fuller_name() -> None:
    """'Moment JAL jet bursts into flames' (a related-story link) makes no body called
    "Moment JAL"; "Russian FSB" still names the FSB in full."""
    _, qa = analyse(
        "Jet collision\n\nMoment JAL jet bursts into flames on the runway\n\n"
        "JAL said it believed the crew had been cleared. “We believe that landing "
        "permission was given,” JAL said.",
        "Arrests\n\nThe Russian FSB arrested two men.\n\n“They were spies,” the FSB said.",
    )
    assert speaker_of(qa, "We believe that landing permission was given,") == "JAL"
    assert speaker_of(qa, "They were spies,") == "Russian FSB"


def test_an_acronym_is_not_expanded_when_two_names_fit() -> None:
    _, qa = analyse(
        LEDE + "The National Rifle Association and the National Retail Association met.\n\n"
        "“We will fight this,” the NRA said."
    )
    assert speaker_of(qa, "We will fight this,") == "NRA"


def test_one_person_transliterated_two_ways_is_one_speaker() -> None:
    _, qa = analyse(
        "Boys rescued\n\nGovernor Narongsak Osatanakorn spoke.\n\n"
        "“We did something nobody thought possible,” Narongsak Osatanakorn said.",
        "Boys rescued\n\n“We have rescued everyone,” Narongsak Osottanakorn told reporters.",
    )
    assert {q.speaker for q in qa.quotes} == {"Narongsak Osatanakorn"}


def test_a_surname_with_its_last_letter_doubled_is_one_speaker() -> None:
    """'Zelensky' in one outlet, 'Zelenskyy' in two others: the spelling quoted most."""
    _, qa = analyse(
        "Mutiny ends\n\n“Russia's weakness is obvious,” Volodymyr Zelensky said.",
        "Mutiny ends\n\n“Russia is weak,” Volodymyr Zelenskyy said.",
        "Mutiny ends\n\n“The world saw it,” Volodymyr Zelenskyy said.",
    )
    assert {q.speaker for q in qa.quotes} == {"Volodymyr Zelenskyy"}


def test_a_name_with_and_without_its_middle_initial_is_one_speaker() -> None:
    """'Donald J. Trump' in one outlet, 'Donald Trump' in two others: one person, so his
    "Not guilty," is one utterance everywhere; two middle initials may be two people."""
    _, qa = analyse(
        "Arraigned\n\n“Not guilty,” Donald J. Trump said in court.",
        "Arraigned\n\n“Not guilty,” Donald Trump told the judge.",
        "Arraigned\n\n“Not guilty.” Donald Trump said.",
    )
    assert {q.speaker for q in qa.quotes} == {"Donald Trump"}
    assert len({q.utterance for q in qa.quotes}) == 1
    _, qa = analyse(
        "Vote\n\n“We won,” Mary A. Smith said.", "Vote\n\n“We lost,” Mary B. Smith said."
    )
    assert {q.speaker for q in qa.quotes} == {"Mary A. Smith", "Mary B. Smith"}


def test_short_surnames_a_letter_apart_stay_two_people() -> None:
    _, qa = analyse(
        "Vote held\n\n“We won,” Bill Clinton said.",
        "Vote held\n\n“We lost,” Bill Clifton said.",
    )
    assert {q.speaker for q in qa.quotes} == {"Bill Clinton", "Bill Clifton"}


def test_a_pull_quote_takes_the_speaker_its_own_article_gives_the_words() -> None:
    _, qa = analyse(
        "Deal dropped\n\n"
        "“We are getting out, but we will start to negotiate and see if we can make a deal.”\n\n"
        "President Donald Trump kept a promise.\n\n"
        "“So we are getting out, but we will start to negotiate and see if we can make a deal,”"
        " Trump said.",
        "Deal dropped\n\n“We are getting out,” said Sean Spicer, quoting the president.",
    )
    first = qa.quotes[0]
    assert qa.text_of(first).startswith("We are getting out, but")
    assert first.speaker == "Donald Trump"


def test_a_participle_after_when_has_the_main_clauses_subject() -> None:
    _, qa = analyse(
        LEDE + "President Donald Trump spoke.\n\n"
        "Trump went off script when asking the “obstructionists” to sit down with him."
        " He first tweeted that the news would come “over the next few days,” and waited.\n\n"
        "He said Russia had further “complicated” the crisis, while suggesting a vote."
    )
    assert speaker_of(qa, "obstructionists") == "Donald Trump"
    assert speaker_of(qa, "over the next few days,") == "Donald Trump"
    assert speaker_of(qa, "complicated") == "Donald Trump"


def test_any_past_tense_verb_after_an_opening_quotation_tags_its_speaker() -> None:
    _, qa = analyse(
        LEDE + "Administrator Scott Pruitt and Director Gary Cohn argued about it.\n\n"
        "“By exiting, you are keeping a promise,” Pruitt gushed to Trump."
        " “America finally has a leader.”\n\n"
        "“All are safe,” the Navy SEALs posted on Facebook."
    )
    assert speaker_of(qa, "By exiting, you are keeping a promise,") == "Scott Pruitt"
    assert speaker_of(qa, "America finally has a leader.") == "Scott Pruitt"


def test_she_after_a_name_described_as_someones_aunt() -> None:
    _, qa = analyse(
        LEDE + "Amporn Sriwichai, an aunt of the rescued coach, Ekkapol Chantawong, said she"
        " was happy.\n\n“If I see him, I just want to hug him,” she said.\n\n"
        "The president of the union, Tom Lee, said it was “no”."
    )
    assert speaker_of(qa, "If I see him, I just want to hug him,") == "Amporn Sriwichai"
    assert speaker_of(qa, "no") == "Tom Lee"


def test_cited_and_touted_govern_their_quoted_words() -> None:
    _, qa = analyse(
        LEDE + "In its emergency order, the FAA cited the aircraft's “configuration after"
        " takeoff” as a reason.\n\nPresident Donald Trump has touted the economy as the"
        " “best ever” in speeches."
    )
    assert speaker_of(qa, "configuration after takeoff") == "FAA"
    assert speaker_of(qa, "best ever") == "Donald Trump"


def test_a_lone_surname_citing_something_stays_the_next_he() -> None:
    _, qa = analyse(
        LEDE + "President Trump spoke, and Sean Spicer confirmed the tweets are statements.\n\n"
        "Trump also took credit on Twitter for the isolation of Qatar, citing it as a"
        " success. “So good to see the visit already paying off,” he tweeted."
    )
    assert speaker_of(qa, "So good to see the visit already paying off,") == "Trump"


def test_he_after_a_clause_opened_by_a_name_and_a_dash_aside() -> None:
    _, qa = analyse(
        LEDE + "President Donald Trump and Fed Chairman Jerome Powell met.\n\n"
        "“We are winning anyway,” Trump said in a tweet.\n\n"
        "Although Powell did not rule out another cut -- depending on the trade war --"
        " he stressed that it was no cycle. Traders expect no cut.\n\n"
        "“It is not the beginning of a long series of rate cuts,” he told reporters."
    )
    assert speaker_of(qa, "It is not the beginning of a long series of rate cuts,") == (
        "Jerome Powell"
    )


def test_a_team_speaks_as_a_body_and_an_opening_apposition_names_the_speaker() -> None:
    _, qa = analyse(
        LEDE + "Weinstein’s top attorney, Donna Rotunno, spoke to reporters after court and"
        " declared “it’s tough to get a fair trial.”\n\n"
        "“We are disappointed in the verdict,” the defense team told reporters."
    )
    assert speaker_of(qa, "it’s tough to get a fair trial.") == "Donna Rotunno"
    assert speaker_of(qa, "We are disappointed in the verdict,") == "Defense Team"


# ---- review of the fifth session's rules: each misfire found is a case here


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "White House Chief of Staff John Kelly said the storm was “a monster”.",
            "a monster",
            "John Kelly",
        ),
        ("The National Assembly said the vote was “historic”.", "historic", "National Assembly"),
        (
            "After talks with Tom Ode, the head of the union, Ann Lee, said the offer was"
            " “an insult”.",
            "an insult",
            "Ann Lee",
        ),
        ("“We will not bow to pressure,” said the May government.", None, "May Government"),
        (
            "The Boeing Company makes jets in Seattle.\n\nWhen asked about the plant, “we have"
            " no plans to do so,” said the company.",
            "we have no plans to do so,",
            "Boeing Company",
        ),
        (
            "President Donald Trump spoke.\n\nThe fighting was the worst since World War I."
            " Trump said it was “a disaster” for all.",
            "a disaster",
            "Donald Trump",
        ),
    ],
)
def test_reviewed_rules_leave_ordinary_sentences_alone(
    text: str, quoted: str | None, speaker: str
) -> None:
    _, qa = analyse(LEDE + text)
    quote = quoted or qa.text_of(qa.quotes[0])
    assert speaker_of(qa, quote) == speaker


def test_a_fronted_name_of_the_other_gender_or_another_clause_is_not_he() -> None:
    _, qa = analyse(
        LEDE + "Prime Minister Theresa May met Jeremy Corbyn. Mrs May said she would go on.\n\n"
        "“This deal is dead,” Corbyn said.\n\n"
        "While Theresa May was in Brussels, he said the vote was “a humiliation”.\n\n"
        "Although Powell cut rates by a quarter point, Trump wanted more; in a tweet, he"
        " said Powell was “clueless”."
    )
    assert speaker_of(qa, "a humiliation") == "Jeremy Corbyn"
    assert speaker_of(qa, "clueless") != "Powell"


def test_surnames_with_other_initials_or_one_inside_the_other_stay_apart() -> None:
    _, qa = analyse(
        "Vote held\n\n“We won the seat,” Juan Hernandez said.",
        "Vote held\n\n“We lost the seat,” Juan Fernandez said.",
        "Match report\n\n“We were brilliant,” Mark Williams said.",
        "Match report\n\n“The referee was a disgrace,” Mark Williamson said.",
    )
    assert {q.speaker for q in qa.quotes} == {
        "Juan Hernandez",
        "Juan Fernandez",
        "Mark Williams",
        "Mark Williamson",
    }


def test_acronym_expansion_stays_linear() -> None:
    """Each name is indexed once by its initials, not compared with every acronym."""
    from articles.speakers.canonical import _expansions

    mention_names = {f"k{i}": [f"Alpha Beta Gamma{i} Org"] for i in range(2000)}
    shorts = {f"X{i:03d}" for i in range(500)} | {"ABGO"}
    assert _expansions(shorts, mention_names, {}) == {}


def test_a_name_set_off_before_a_description_that_ends_at_the_verb() -> None:
    _, qa = analyse(
        LEDE + "“We have rescued everyone. We have succeeded”, Narongsak Osottanakorn, the head"
        " of the rescue mission said at a press conference."
    )
    assert speaker_of(qa, "We have rescued everyone. We have succeeded") == (
        "Narongsak Osottanakorn"
    )


def test_a_weekday_after_a_name_is_not_part_of_it() -> None:
    names = [m.name for m in mentions_in("Trump met North Korean leader Kim Jong Un Tuesday.")]
    assert "Kim Jong Un" in names


def test_claiming_a_trophy_is_no_speech_and_a_speaker_named_again_is_the_next_he() -> None:
    _, qa = analyse(
        LEDE + "Didier Deschamps praised France's mental strength after the final.\n\n"
        "Les Bleus claimed the trophy for a second time.\n\n"
        "As Deschamps prepared to begin his media conference he was mobbed by players.\n\n"
        "“They are a little crazy,” he said with a smile."
    )
    assert speaker_of(qa, "They are a little crazy,") == "Didier Deschamps"


def test_who_after_an_of_phrase_is_the_person_described() -> None:
    _, qa = analyse(
        LEDE + "She quoted Sir Nicholas Winton, organiser of the kindertransport at the outbreak"
        " of World War II, who once told her: “Compromise is not a dirty word.”"
    )
    assert speaker_of(qa, "Compromise is not a dirty word.") == "Nicholas Winton"


def test_a_place_and_a_title_is_a_role_not_a_person() -> None:
    _, qa = analyse(
        LEDE + "Theresa May has said she will step down as Prime Minister.\n\n"
        "The Maidenhead MP announced the date after meeting Sir Graham Brady.\n\n"
        "She said: “Our politics may be under strain.”"
    )
    assert speaker_of(qa, "Our politics may be under strain.") == "Theresa May"


def test_the_company_is_the_business_that_opened_the_sentence_before() -> None:
    _, qa = analyse(
        LEDE + "Shares in Apple rose.\n\nApple has unveiled the iPhone X, its most"
        " futuristic phone.\n\nThe company says that the new phone is “the biggest leap"
        " forward since the original iPhone”."
    )
    assert speaker_of(qa, "the biggest leap forward since the original iPhone") == "Apple"


def test_a_family_name_first_is_the_titled_person_who_has_it() -> None:
    _, qa = analyse(
        "Trump, Kim Sign Document to End Summit\n\n"
        "President Donald Trump signed a document alongside North Korean leader Kim Jong Un.\n\n"
        "“I think both sides are going to be impressed,” Trump told reporters.\n\n"
        "Kim called the document “historic”.\n\n"
        "“We had a historic meeting,” he said through a translator."
    )
    assert speaker_of(qa, "We had a historic meeting,") == "Kim Jong Un"


def test_a_name_then_a_description_placing_them_at_a_body() -> None:
    _, qa = analyse(
        LEDE + "Feryal Ozel, an astrophysicist at the University of Arizona told ABC News:"
        " “This has been our first chance to see the inner workings of black holes.”"
    )
    assert (
        speaker_of(qa, "This has been our first chance to see the inner workings of black holes.")
        == "Feryal Ozel"
    )


def test_a_dotted_country_abbreviation_before_a_title_is_no_speaker() -> None:
    _, qa = analyse(
        "Saudi statement\n\nThe statement came late on Friday.\n\n"
        "U.S. President Donald Trump, who has made close ties with Riyadh a centerpiece "
        'of his foreign policy, called the announcement a "good first step," but said '
        'what happened was "unacceptable."'
    )
    assert {q.speaker for q in qa.quotes} == {"Donald Trump"}


def test_two_roles_joined_by_and_before_a_name_are_roles() -> None:
    _, qa = analyse(
        "Tower fire\n\nPolice chief Stuart Cundy said the fire was not under control.\n\n"
        "Actor and writer Tim Downie, who lives near the scene, told the Press Association "
        "he feared the block could collapse.\n\n"
        "He said: “It’s horrendous. The whole building is engulfed in flames.”"
    )
    assert speaker_of(qa, "It’s horrendous. The whole building is engulfed in flames.") == (
        "Tim Downie"
    )


def test_an_opening_phrase_of_time_led_by_an_adverb_is_no_subject() -> None:
    _, qa = analyse(
        "Senate vote\n\nShortly after the vote, President Ann Roe embraced the result, "
        'saying on Twitter, "I applaud the Senate for confirming our nominee."'
    )
    assert speaker_of(qa, "I applaud the Senate for confirming our nominee.") == "Ann Roe"


def test_according_to_a_body_named_with_the_article() -> None:
    _, qa = analyse(
        "Fraud case\n\nThe Federal Bureau of Investigation (FBI) opened a case in March.\n\n"
        "According to the FBI, the banker “lied to agents on three occasions.”\n\n"
        "“We will appeal the ruling,” said the White House."
    )
    assert speaker_of(qa, "lied to agents on three occasions.") in (
        "FBI",
        "Federal Bureau of Investigation",
    )
    assert speaker_of(qa, "We will appeal the ruling,") == "White House"


def test_a_press_release_issued_by_a_body_is_that_body_s() -> None:
    _, qa = analyse(
        "Settlement\n\nThe regulator fined the carmaker on Saturday, according to CNN.\n\n"
        "According to a press release issued by the SEC, “The penalties will be "
        "distributed to harmed investors.”"
    )
    assert speaker_of(qa, "The penalties will be distributed to harmed investors.") == "SEC"


def test_according_to_an_unnamed_source_is_not_the_last_speaker() -> None:
    _, qa = analyse(
        "Settlement\n\nThe carmaker “failed to police the tweets,” according to CNN.\n\n"
        "Its chief agreed to the deal “without admitting or denying the allegations” "
        "according to court documents."
    )
    assert speaker_of(qa, "failed to police the tweets,") == "CNN"
    assert speaker_of(qa, "without admitting or denying the allegations") is None


def test_a_given_name_tells_she_from_he() -> None:
    # no honorific and no "She" opening a sentence after the full name: the given
    # names say who is a she, so "She" is Serena Williams, not the umpire in focus
    _, qa = analyse(
        "Final erupts\n\nChair umpire Carlos Ramos warned Serena Williams for getting "
        "coaching during the match. She briefly disputed that ruling, saying cheating "
        '"is the one thing I have never done, ever."'
    )
    assert speaker_of(qa, "is the one thing I have never done, ever.") == "Serena Williams"


def test_given_names_in_a_title_case_headline_vote_for_no_one() -> None:
    from articles.speakers import genders_of
    from articles.speakers.names import gender_of

    genders = genders_of(["Serena Williams Calls Umpire a Thief\n\nJohn Ode said so."])
    assert gender_of(genders, "Umpire") is None and gender_of(genders, "Serena Williams") is None
    assert gender_of(genders, "John Ode") == "m"
    # a given name speaks for its own bearer only: "Ivanka Trump" is no cue for
    # "Donald Trump", and what the text says of a surname comes first
    genders = genders_of(["Ivanka Trump and Donald Trump spoke. Mrs Ode and John Ode, too."])
    assert gender_of(genders, "Ivanka Trump") == "f"
    assert gender_of(genders, "Donald Trump") == "m"
    assert gender_of(genders, "John Ode") == "f"


def test_a_colon_after_a_participle_or_a_phrase_introduces_the_next_quotation() -> None:
    _, qa = analyse(
        "Leadership race\n\nJohnson won the race on Tuesday.\n\n"
        "US President Donald Trump has congratulated Mr Johnson on winning the race, "
        'tweeting: "He will be great!" Home Secretary Sajid Javid, who was eliminated in '
        'the fourth round, said on Twitter: "Well fought campaign by my fine colleague."'
    )
    assert speaker_of(qa, "He will be great!") == "Donald Trump"
    assert speaker_of(qa, "Well fought campaign by my fine colleague.") == "Sajid Javid"


def test_a_reporting_verb_in_a_dash_aside_is_not_the_attribution() -> None:
    _, qa = analyse(
        "Guilty plea\n\nLawyer Michael Cohen pleaded guilty on Tuesday.\n\n"
        "Cohen told the judge that a payment — what Daniels said Cohen paid her — was "
        "made “in coordination with and at the direction of a candidate,” and was repaid."
    )
    assert speaker_of(qa, "in coordination with and at the direction of a candidate,") == (
        "Michael Cohen"
    )


def test_a_long_opening_phrase_before_the_subject_keeps_the_focus() -> None:
    _, qa = analyse(
        "Report release\n\nAttorney General William Barr spoke on Thursday. "
        "Special counsel Robert Mueller did not.\n\n"
        "Eager to get in a first word ahead of the public release of the special counsel’s "
        "report, Barr on Thursday laid out what he said was the “bottom line:” No collusion."
    )
    assert speaker_of(qa, "bottom line:") == "William Barr"


def test_a_he_in_a_clause_the_subject_governs_is_that_subject() -> None:
    _, qa = analyse(
        "Report out\n\nSpecial counsel Robert Mueller said in his report that he could not "
        "decide. Attorney General William Barr offered his own assessment.\n\n"
        "Eager to get in a first word ahead of the release of the report, Barr on Thursday "
        "laid out in advance what he said was the “bottom line:” No collusion."
    )
    assert speaker_of(qa, "bottom line:") == "William Barr"


def test_a_nationality_standing_for_the_person_in_focus() -> None:
    _, qa = analyse(
        "Biles withdraws\n\n- Five-time Olympic medallist Simone Biles says she withdrew\n\n"
        "- American adds that those competing are ‘not just athletes, we’re people’",
        LEDE + "American Airlines said, “We are ready to fly again.”",
    )
    assert speaker_of(qa, "not just athletes, we’re people") == "Simone Biles"
    assert speaker_of(qa, "We are ready to fly again.") == "American Airlines"


def test_an_agency_acronym_opening_with_its_country() -> None:
    _, qa = analyse(
        "Doping report\n\nIn October, the U.S. Anti-Doping Agency issued a report.\n\n"
        'The team "ran the most sophisticated doping program," USADA said in its report.'
    )
    assert speaker_of(qa, "ran the most sophisticated doping program,") == "Anti-Doping Agency"


def test_a_verb_after_but_has_the_subject_the_relative_clause_describes() -> None:
    _, qa = analyse(
        "New leader\n\nBoris Johnson won the vote.\n\n"
        "Theresa May, who will resign as Prime Minister on Wednesday, offered her "
        "congratulations but stressed that Mr Johnson should work “to deliver a Brexit "
        "that works for the whole UK”, a clear warning."
    )
    assert speaker_of(qa, "to deliver a Brexit that works for the whole UK") == "Theresa May"


def test_a_quotation_after_a_sentence_about_a_person_is_theirs() -> None:
    _, qa = analyse(
        "Condemnation\n\nPrime Minister Ann Roe said the attacks were planned.\n\n"
        "Pope Francis led the condemnation during his Easter address. “I want to express "
        "my closeness to the Christian community.”\n\n"
        "Pope Francis led the prayers. The bishop of the city, Malcolm Ode, said the "
        "church would reopen. “We will rebuild every church in this city.”"
    )
    assert speaker_of(qa, "I want to express my closeness to the Christian community.") == (
        "Pope Francis"
    )
    assert speaker_of(qa, "We will rebuild every church in this city.") == "Malcolm Ode"


def test_a_word_read_into_a_name_once_does_not_rename_the_speaker() -> None:
    from articles.speakers import Attribution, canonicalise_set

    articles = make(LEDE + "Boris Johnson won.", LEDE + "Boris Johnson spoke.")
    found = [
        [Attribution("Boris Johnson", True)] * 3,
        [Attribution("Congratulations Boris Johnson", True), Attribution("Johnson", True)],
    ]
    names = canonicalise_set(articles, found)
    assert {n for per in names for n in per} == {"Boris Johnson"}


def test_a_role_with_its_body_is_whom_the_text_introduced_so() -> None:
    _, qa = analyse(
        "Bosses react\n\nAcme CEO Dana Holt and Zenith CEO Omar Reyes praised the deal.\n\n"
        '"A fine result," the Acme CEO said in a post. "Well done," the Zenith CEO said.'
    )
    assert speaker_of(qa, "A fine result,") == "Dana Holt"
    assert speaker_of(qa, "Well done,") == "Omar Reyes"


def test_the_head_of_a_body_is_the_person_introduced_with_it() -> None:
    _, qa = analyse(
        "Ex-Borland boss Victor Kane flees abroad\n\n"
        "“I will no longer be held hostage,” the former head of Borland Motor and Quill SA "
        "said in a statement. “I have escaped injustice,” he said."
    )
    assert speaker_of(qa, "I will no longer be held hostage,") == "Victor Kane"
    assert speaker_of(qa, "I have escaped injustice,") == "Victor Kane"


def test_a_lawyer_for_someone_is_not_that_someone() -> None:
    _, qa = analyse(
        LEDE + "His lawyer, Ken Tanaka, said he was blindsided.\n\n"
        "One of the lead lawyers for former Borland chairman Victor Kane says he is "
        "“surprised” by the flight."
    )
    assert speaker_of(qa, "surprised") == "Ken Tanaka"


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            'Gala night\n\nLia Torres spoke. "I tried to be humble," said an emotional '
            "Torres as hundreds of fans gathered outside.",
            "I tried to be humble,",
            "Lia Torres",
        ),
        (
            "Gala night\n\nLia Torres spoke.\n\n“It is very hard for me,”- told Lia Torres "
            "during her press conference.",
            "It is very hard for me,",
            "Lia Torres",
        ),
        (
            "Gala night\n\nThe club say they cannot keep her, with Torres admitting that a "
            'move abroad is a "possibility".',
            "possibility",
            "Torres",
        ),
        (
            "New chief\n\nRay Ode founded the firm. Ode pointed out that his move "
            "“isn’t about retiring”.",
            "isn’t about retiring",
            "Ray Ode",
        ),
        (
            "New chief\n\nRay Ode founded the firm. “I will become chairman,” reads the "
            "letter Ode sent to employees.",
            "I will become chairman,",
            "Ray Ode",
        ),
    ],
)
def test_epithets_dashes_participles_and_letters(text: str, quoted: str, speaker: str) -> None:
    _, qa = analyse(text)
    assert speaker_of(qa, quoted) == speaker


def test_a_senator_of_a_state_is_the_senator() -> None:
    _, qa = analyse(
        LEDE + "Another senator, Ed Marlow of Vermont, said the firing “is disturbing.” "
        "The Duke of Kent said it was “sad”."
    )
    assert speaker_of(qa, "is disturbing.") == "Ed Marlow"
    assert speaker_of(qa, "sad") == "Duke of Kent"


def test_the_organization_is_the_body_that_spoke_last() -> None:
    _, qa = analyse(
        LEDE + "In a tweet, OpenLeaks said the move “is illegal.” In another tweet, the "
        "organization said: “Powerful actors are engaged in an effort.”"
    )
    assert speaker_of(qa, "Powerful actors are engaged in an effort.") == "OpenLeaks"


def test_the_statement_after_a_quotation_is_not_its_subject() -> None:
    _, qa = analyse(
        LEDE + "Police said they had been invited in.\n\n"
        'Mr Kane would appear in court "as soon as is possible", the statement added.'
    )
    assert speaker_of(qa, "as soon as is possible") != "Kane"


def test_the_mouthpiece_of_a_king_is_not_the_king() -> None:
    _, qa = analyse(
        LEDE + "“The kingdom regrets it,” according to the mouthpiece of King Omar, who "
        "has taken a greater role."
    )
    assert speaker_of(qa, "The kingdom regrets it,") != "King Omar"


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            LEDE
            + 'Prime Minister Ali Haddad spoke. Haddad in his speech promised news about "this '
            'dangerous warehouse". Trump on Twitter said the blast looked "like an attack".',
            "this dangerous warehouse",
            "Ali Haddad",
        ),
        (
            LEDE
            + 'Prime Minister Ali Haddad spoke. Haddad in his speech promised news about "this '
            'dangerous warehouse". Trump on Twitter said the blast looked "like an attack".',
            "like an attack",
            "Trump",
        ),
        (
            LEDE + "Another senator, Ed Marlow, said the firing “is disturbing.” Sen. Ron Wyden, "
            "D-Ore. said that he “should be called to testify.”",
            "should be called to testify.",
            "Ron Wyden",
        ),
        (
            "Director fired\n\n  • Arizona Sen. John Marsh 'disappointed' in firing\n"
            "  • A letter states the reasons\n\nMarsh spoke later.",
            "disappointed",
            "John Marsh",
        ),
        (
            LEDE + 'Critics were scathing. "He seemed unconcerned by the matter," added The '
            "Guardian.",
            "He seemed unconcerned by the matter,",
            "Guardian",
        ),
        (
            LEDE + '"Not one word of remorse," screamed the front page of the Daily Courier.',
            "Not one word of remorse,",
            "Daily Courier",
        ),
    ],
)
def test_settings_party_tags_bullets_and_papers(text: str, quoted: str, speaker: str) -> None:
    _, qa = analyse(text)
    assert speaker_of(qa, quoted) == speaker


def test_a_glued_word_before_a_paragraph_quotation_is_no_label() -> None:
    _, qa = analyse(
        LEDE + "She told reporters: “People were at the windows.\n\n"
        "Hide Ad“The windows were slightly ajar and a woman was waving.\n\nHide Ad spoke."
    )
    assert speaker_of(qa, "The windows were slightly ajar and a woman was waving.") != "Hide Ad"


def test_a_bare_surname_is_the_namesake_the_text_names_most() -> None:
    _, qa = analyse(
        "Escape\n\nCarlos Vega fled. Carlos Vega is in Beirut with his wife Carole Nahas Vega. "
        "Carlos Vega spoke.\n\nIn a statement, Vega said: “I have not fled justice.”"
    )
    assert speaker_of(qa, "I have not fled justice.") == "Carlos Vega"


def test_news_of_someone_opening_a_sentence_is_no_longer_name() -> None:
    _, qa = analyse(
        "Escape\n\nThe 65-year-old Vega confirmed it: “I am now in Lebanon.”\n\n"
        "News of Vega’s flight surprised the world."
    )
    assert speaker_of(qa, "I am now in Lebanon.") == "Vega"


@pytest.mark.parametrize(
    "sentence",
    [
        "The former personal trainer described himself as an “ordinary white man”.",
        "The former personal trainer — who described himself as an “ordinary white man” — "
        "said he had come to plan the attack.",
        "The former personal trainer, who described himself as an “ordinary white man”, "
        "said he had come to plan the attack.",
    ],
)
def test_a_former_role_with_no_holder_is_the_person_the_sentence_before_named(
    sentence: str,
) -> None:
    _, qa = analyse(LEDE + "He posted a manifesto under the name Brent Tallow. " + sentence)
    assert speaker_of(qa, "ordinary white man") == "Brent Tallow"


def test_the_role_of_an_unnamed_one_brought_in_is_not_the_person_just_named() -> None:
    _, qa = analyse(
        LEDE + "A senior security official said the blast was huge. Prime Minister Ali "
        "Haddad spoke later. The official said that the city “is mourning”."
    )
    assert speaker_of(qa, "is mourning") is None


def test_a_spokesperson_for_a_body_is_the_body() -> None:
    _, qa = analyse(
        LEDE + "“The airship deviated from its planned course,” a spokesperson for the "
        "Ruritanian Foreign Ministry said."
    )
    assert speaker_of(qa, "The airship deviated from its planned course,") == (
        "Ruritanian Foreign Ministry"
    )


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            LEDE + "The state planned to “unseal the indictment in the morning,” according to "
            "U.S. Attorney Damon Wills for the Southern District.",
            "unseal the indictment in the morning,",
            "Damon Wills",
        ),
        (
            LEDE + "Officials spoke.\n\nDeepCo, who owned the submersible, issued a statement that "
            "says, “These men were true explorers of the oceans.”",
            "These men were true explorers of the oceans.",
            "DeepCo",
        ),
        (
            LEDE + 'DeepCo, which owns the submarine, said the crew had died. "We now believe that '
            'our crew have sadly been lost," the company said.',
            "We now believe that our crew have sadly been lost,",
            "DeepCo",
        ),
        (
            LEDE + "The Academy of Screen Arts and Sciences has launched a review. “We condemn the "
            "actions of Mr. Hale,” a spokesperson for the organization said.",
            "We condemn the actions of Mr. Hale,",
            "Academy of Screen Arts and Sciences",
        ),
        (
            LEDE
            + "Leader of the Opposition Sir Ken Starling shared: “Today, we mourn a remarkable "
            "sovereign.”",
            "Today, we mourn a remarkable sovereign.",
            "Ken Starling",
        ),
        (
            LEDE + "Prince Carl released a statement. “We mourn a cherished mother,” he wrote.\n\n"
            "New Prime Minister Lena Marsh has also given a speech.\n\n"
            "She said outside Downing Street: “We are devastated by the news.”",
            "We are devastated by the news.",
            "Lena Marsh",
        ),
    ],
)
def test_held_out_round_f(text: str, quoted: str, speaker: str) -> None:
    _, qa = analyse(text)
    assert speaker_of(qa, quoted) == speaker


def test_a_bare_surname_is_not_the_double_barrelled_namesake() -> None:
    _, qa = analyse(
        "Apology\n\nWill Hale apologised to Chris Stone over a joke about his wife Jada "
        "Pinkett Hale's hair. Pinkett Hale did not comment. Pinkett Hale was at the show.\n\n"
        '"My behaviour was unacceptable," Hale wrote on Instagram.'
    )
    assert speaker_of(qa, "My behaviour was unacceptable,") == "Will Hale"


def test_a_paragraph_opening_on_a_quotation_is_the_person_the_last_one_was_about() -> None:
    _, qa = analyse(
        LEDE + "“I will not seek re-election,” Ann Ward said.\n\n"
        "Party leader Christopher Lowe wished Ward well.\n\n"
        "His comments come after the resignation of Ann Ward\n\n"
        '"On behalf of the party, I offer to Ann Ward our thanks for her service.'
        '\n\n"She has given her all to this job."'
    )
    assert speaker_of(
        qa, "On behalf of the party, I offer to Ann Ward our thanks for her service."
    ) == ("Christopher Lowe")


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            LEDE + "Earlier Prime Minister Fumio Kaneda abandoned the campaign trail and flew to "
            'Tokyo.\n\n"I pray that he will survive," he said.',
            "I pray that he will survive,",
            "Fumio Kaneda",
        ),
        (
            LEDE + "Reports say that about 6,000 people lived there. Governor Ron Dale spoke.\n\n"
            "“We’ve never seen a flood event like this,” he said.",
            "We’ve never seen a flood event like this,",
            "Ron Dale",
        ),
        (
            LEDE + "President Joe Biden blamed his predecessor Donald Trent. Mr Trent took credit "
            "for the ruling himself. The former president said the ruling “was only made "
            "possible because I delivered”.",
            "was only made possible because I delivered",
            "Donald Trent",
        ),
        (
            LEDE + '"Our summer of rage has just begun," said leaders from Women’s March, a group '
            "that organized in 2017.",
            "Our summer of rage has just begun,",
            "Women’s March",
        ),
        (
            LEDE + "Ann Reed lost the case. “I believe the jury overlooked the key issue,” Reed’s "
            "statement went on to say.",
            "I believe the jury overlooked the key issue,",
            "Ann Reed",
        ),
    ],
)
def test_held_out_round_g(text: str, quoted: str, speaker: str) -> None:
    _, qa = analyse(text)
    assert speaker_of(qa, quoted) == speaker


def test_a_place_or_a_storm_is_no_he() -> None:
    _, qa = analyse(
        LEDE + "The damage to the Sanibel Causeway was revealed. It runs between Fort Meyers "
        "and Sanibel Island, where Hurricane Ian made landfall.\n\n"
        "“We’ve never seen a flood event like this,” he said."
    )
    assert speaker_of(qa, "We’ve never seen a flood event like this,") is None


def test_a_house_of_a_body_keeps_the_person_after_it() -> None:
    _, qa = analyse(
        LEDE + "US House of Representatives Speaker Nancy Pell said it was “unequivocally clear”."
    )
    speaker = speaker_of(qa, "unequivocally clear")
    assert speaker is not None and speaker.endswith("Nancy Pell")


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # a role after a sentence about someone is someone else's ("the judge")
        (
            "John Smith, 45, admitted the attack on Friday. The judge said his actions were "
            "“despicable and cowardly”.",
            "despicable and cowardly",
            None,
        ),
        (
            "Police arrested Mark Jones on Monday. The officer said the man was “armed and "
            "dangerous”.",
            "armed and dangerous",
            None,
        ),
        # a party, a corps, a nation, a title are no epithet's name
        ("“We will win,” said a senior Republican.", "We will win,", None),
        ("“We will win,” said a former Marine.", "We will win,", None),
        ("“We will win,” said the visiting Australians.", "We will win,", None),
        ("“We will win,” said the new Prime Minister.", "We will win,", None),
        # a body's name with "of" is not cut
        (
            "“We welcome it,” the US Chamber of Commerce said.",
            "We welcome it,",
            "US Chamber of Commerce",
        ),
        # a later "X said" wins over a participle or an ordinary verb
        (
            "The firm is pledging “full transparency” to customers, Tom Hill said.",
            "full transparency",
            "Tom Hill",
        ),
        (
            "The two leaders shared a “warm and friendly” lunch, a Downing Street spokesman said.",
            "warm and friendly",
            "Downing Street",
        ),
        # a body near a name in another clause does not make them its head
        (
            "Unlike Nissan, Renault chairman Jean Senard said little.\n\n“The company has been "
            "betrayed,” the former head of Nissan said.",
            "The company has been betrayed,",
            None,
        ),
        ("Others in the room said it was “a disgrace”.", "a disgrace", None),
    ],
)
def test_review_of_the_seventh_session(text: str, quoted: str, speaker: str | None) -> None:
    _, qa = analyse(LEDE + text)
    assert speaker_of(qa, quoted) == speaker


def test_one_closed_quotation_after_a_new_name_is_the_last_speaker_going_on() -> None:
    _, qa = analyse(
        LEDE + "Coach Tim Hart praised his players. “We played well,” Hart said.\n\n"
        "Striker Leo Moss scored twice in the second half.\n\n"
        "“I am proud of every single one of them.”"
    )
    assert speaker_of(qa, "I am proud of every single one of them.") == "Tim Hart"


def test_thousands_of_namesakes_stay_linear() -> None:
    import articles.speakers.canonical as canonical

    def paragraphs(n: int) -> str:
        return "\n\n".join(
            f"{'Abcdefghij'[i % 10]}{'klmnopqrst'[i // 10 % 10]}{'uvwxyzabcd'[i // 100 % 10]}a "
            f"Smith arrived. “We are glad to be here {i},” Smith said."
            for i in range(n)
        )

    calls: list[int] = []
    folded = canonical.folded_name
    for n in (250, 1000):
        count = 0

        def counting(name: str) -> str:
            nonlocal count
            count += 1
            return folded(name)

        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(canonical, "folded_name", counting)
            analyse(LEDE + paragraphs(n))
        calls.append(count)
    # four times the namesakes, about four times the name foldings (it was cubic)
    assert calls[0] > 0 and calls[1] < 6 * calls[0]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # a month-name surname opening a clause, once the text names the person
        (
            "Theresa May announced her resignation on Friday.\n\nHer voice cracking, May "
            "said she had been “the second female prime minister”.",
            "the second female prime minister",
            "Theresa May",
        ),
        # ... and not when it names no one so (the month, or the modal)
        (
            "The council met on Friday.\n\nHer voice cracking, May said she had been “very tired”.",
            "very tired",
            None,
        ),
        # a role and its country: the holder, never a person called "Minister"
        (
            "British Prime Minister Theresa May resigned on Friday.\n\nLater, the British "
            "Prime Minister said she felt “deep regret” at the outcome.",
            "deep regret",
            "Theresa May",
        ),
        ("The French President said he had “great respect” for her.", "great respect", None),
        # an initialism's full stop inside a role
        (
            "Talks between U.S. President Donald Trump and Kim Jong Un ended abruptly.\n\n"
            "“I'd much rather do it right than do it fast,” the U.S. president said.",
            "I'd much rather do it right than do it fast,",
            "Donald Trump",
        ),
        # the WHO is a body, not a relative "who"
        (
            "The World Health Organization on Monday declared an emergency.\n\nThe WHO said "
            "last week the virus was “spreading explosively” in the Americas.",
            "spreading explosively",
            "World Health Organization",
        ),
    ],
)
def test_review_of_the_eighth_session(text: str, quoted: str, speaker: str | None) -> None:
    _, qa = analyse(LEDE + text)
    assert speaker_of(qa, quoted) == speaker


def test_a_person_of_a_body_in_a_place_speaks_not_the_place() -> None:
    _, qa = analyse(
        LEDE + "“The jurors navigated a complex case,” Stephanie Hinds of the US attorney’s "
        "office in San Francisco said in a statement."
    )
    assert speaker_of(qa, "The jurors navigated a complex case,") == "Stephanie Hinds"


def test_a_given_name_tells_he_from_her() -> None:
    _, qa = analyse(
        LEDE + "Mayor Katrina Foley tweeted that the dead included Christina Mauser. Her "
        "husband, Matt Mauser, is a musician. In a Facebook post, he said: “My kids and I are "
        "devastated.”"
    )
    assert speaker_of(qa, "My kids and I are devastated.") == "Matt Mauser"


def test_a_nickname_in_a_sentence_listing_names_is_no_quotation() -> None:
    _, qa = analyse(
        LEDE + "The victims were Michelle “Missy” Langer, Robert “Bobby” Williams and Herbert "
        "“Bert” Snelling."
    )
    assert quoted(qa) == []


def test_identifying_someone_as_words_quotes_the_one_who_does() -> None:
    _, qa = analyse(
        LEDE + "Police Chief Jim Cervera identified the suspect as a “long-time employee of "
        "public utilities.” He declined to say more."
    )
    assert speaker_of(qa, "long-time employee of public utilities.") == "Jim Cervera"


def test_the_company_is_the_one_the_story_is_about_not_one_named_in_passing() -> None:
    _, qa = analyse(
        "Meta to lay off 11,000 staff\n\nMeta Platforms said on Wednesday it would cut 13% of "
        "its staff.\n\nThe cuts at Meta follow thousands of layoffs at other companies "
        "including Twitter and Microsoft Corp.\n\nThe company said its business teams would be "
        "restructured “more substantially.”"
    )
    assert speaker_of(qa, "more substantially.") == "Meta"


def test_the_school_is_the_college_the_text_named() -> None:
    _, qa = analyse(
        LEDE + "Orange Coast College in Costa Mesa confirmed that its coach died.\n\n“He was a "
        "mentor and a friend,” the school said in a statement."
    )
    assert speaker_of(qa, "He was a mentor and a friend,") == "Orange Coast College"


def test_a_titled_name_after_an_opening_phrase_is_whom_she_refers_to() -> None:
    _, qa = analyse(
        "Holmes guilty\n\nElizabeth Holmes, the former chief executive of Theranos, was found "
        "guilty on four charges.\n\nShe was found not guilty on three other charges, and Judge "
        "Edward Davila will rule later.\n\nHolmes faces up to 20 years in prison.\n\nHolmes left "
        "the courthouse with her partner. She did not comment.\n\nIn a statement, U.S. Attorney "
        "Stephanie Hinds applauded the verdict.\n\n“The jurors navigated a complex case,” she said."
    )
    assert speaker_of(qa, "The jurors navigated a complex case,") == "Stephanie Hinds"


def test_a_live_blog_time_stamp_before_a_labelled_headline_is_skipped() -> None:
    _, qa = analyse(
        LEDE + "8:04 p.m. — Attorney General Wilson: ‘We got to be a voice’ for the family\n\n"
        "Prosecutor Creighton Waters said the jury “saw through that”."
    )
    assert speaker_of(qa, "We got to be a voice") == "Wilson"


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # a short opening phrase with a capital before the subject
        (
            "On Twitter, Moussa Faki Mahamat, chairman of the African Union Commission, "
            "denounced the “betrayal of their republican duty”.",
            "betrayal of their republican duty",
            "Moussa Faki Mahamat",
        ),
        # "Ex" and "Known" open no name
        (
            "Known as Big Sam, Sam Allardyce has since apologised, saying he is “deeply "
            "disappointed at this outcome.”",
            "deeply disappointed at this outcome.",
            "Sam Allardyce",
        ),
        # a country is no "he"
        (
            "The England team suffered more shame after manager Sam Allardyce was axed.\n\n"
            "Allardyce left after claims he offered advice on how to “get around” the rules, "
            "he said.",
            "get around",
            "Sam Allardyce",
        ),
    ],
)
def test_review_of_the_eighth_session_second_set(
    text: str, quoted: str, speaker: str | None
) -> None:
    _, qa = analyse(LEDE + text)
    assert speaker_of(qa, quoted) == speaker


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # an office speaks for whoever holds the role, never as "Office"
        (
            "On Twitter, the president's office said “the president and his family are well”.",
            "the president and his family are well",
            "Office of the President",
        ),
        # a company described by its home town is the company the story is about
        (
            "Equifax chief Richard Smith steps down\n\nEquifax said on Tuesday its chief "
            "would retire. Equifax has been criticised.\n\nEquifax is under inquiry after the "
            "Atlanta-based company said “criminals” had exploited a website.",
            "criminals",
            "Equifax",
        ),
        # "the company", and no company named: unknown, not "Company"
        ("The company said Smith had “retired” on Tuesday.", "retired", None),
        # a glued full stop ends a sentence: "Islam.He"
        (
            "“We have rescued more than 50 people,” said police inspector Nazrul Islam.He "
            "said more were trapped.",
            "We have rescued more than 50 people,",
            "Nazrul Islam",
        ),
        # a statement "read"; someone "speaks:"
        (
            "“The FA can confirm that the manager has left,” an FA statement read.",
            "The FA can confirm that the manager has left,",
            "FA",
        ),
        (
            "Twitter chair Bret Taylor welcomed the deal.\n\nMusk speaks: “Free speech is the "
            "bedrock of a functioning democracy,” he says.",
            "Free speech is the bedrock of a functioning democracy,",
            "Musk",
        ),
        # the body's role noun after another of its roles: the person introduced with it
        (
            "Twitter agrees to sale to Tesla founder Elon Musk\n\nThe Tesla CEO said he wants "
            "more “free speech”.",
            "free speech",
            "Elon Musk",
        ),
    ],
)
def test_review_of_the_eighth_session_third_set(
    text: str, quoted: str, speaker: str | None
) -> None:
    _, qa = analyse(LEDE + text)
    assert speaker_of(qa, quoted) == speaker


def test_a_body_that_issued_a_statement_speaks_the_paragraphs_that_follow() -> None:
    _, qa = analyse(
        LEDE + "The FA issued a statement on its website.\n\n“The manager's conduct was "
        "inappropriate. The FA and the manager have agreed to part ways.\n\n“Gareth Southgate "
        "will take charge for the next four matches.\n\n“The FA wishes him well.”"
    )
    assert {q.speaker for q in qa.quotes} == {"FA"}


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # a presidency is a body
        (
            "“The army is ready to attack,” the presidency said.",
            "The army is ready to attack,",
            "Presidency",
        ),
        # an account speaks for its owner
        (
            "President Mohamed Bazoum’s official account tweeted that guards staged an "
            "“anti-Republican demonstration”.",
            "anti-Republican demonstration",
            "Mohamed Bazoum",
        ),
    ],
)
def test_review_of_the_eighth_session_fourth_set(
    text: str, quoted: str, speaker: str | None
) -> None:
    _, qa = analyse(LEDE + text)
    assert speaker_of(qa, quoted) == speaker


def test_the_agent_of_a_passive_naming_verb_speaks_the_names() -> None:
    _, qa = analyse(
        LEDE + "EU competition commissioner Margrethe Vestager fined Google, and US President "
        "Donald Trump was angry.\n\nBut Vestager — who was reportedly dubbed by Trump the “tax "
        "lady” who “hates the US” after she took on a string of Silicon Valley giants — insisted "
        "that she was not anti-American.\n\n“I very much like the US,” she said."
    )
    assert speaker_of(qa, "tax lady") == "Donald Trump"
    assert speaker_of(qa, "hates the US") == "Donald Trump"
    assert speaker_of(qa, "I very much like the US,") == "Margrethe Vestager"


def test_the_speaker_of_a_house_is_a_title_and_a_role() -> None:
    _, qa = analyse(
        LEDE + "Speaker John Bercow has said the House of Commons will return tomorrow.\n\n"
        "Standing on College Green, the outgoing speaker said he had “instructed the House "
        "authorities to prepare”."
    )
    assert speaker_of(qa, "instructed the House authorities to prepare") == "John Bercow"


def test_the_statement_speaks_for_whoever_gave_it() -> None:
    _, qa = analyse(
        "MUNICH -- Volkswagen Group CEO Martin Winterkorn resigned his post on Wednesday.\n\n"
        '"I am shocked by the events of the past few days," he said in a statement.\n\n'
        '"As CEO I accept responsibility for the irregularities," the statement said.\n\n'
        "Senior members of Volkswagen's supervisory board said in a separate statement that "
        'they expected further heads to roll. All those involved "will be subject to the full '
        'consequences," the statement said.'
    )
    # the statement "he" gave, across the paragraph break after "said."
    assert speaker_of(qa, "As CEO I accept responsibility for the irregularities,") == (
        "Martin Winterkorn"
    )
    # the board whose members gave it, not the capitalised "Senior" opening the sentence
    speaker = speaker_of(qa, "will be subject to the full consequences,")
    assert speaker is not None and "Board" in speaker


def test_a_surname_after_an_opening_phrase_is_the_subject_of_a_later_said() -> None:
    _, qa = analyse(
        "BERLIN -- Volkswagen CEO Martin Winterkorn stepped down Wednesday.\n\n"
        "In a statement, Winterkorn took responsibility for the failings found in diesel "
        "engines but said he was “not aware of any wrongdoing on my part.”"
    )
    assert speaker_of(qa, "not aware of any wrongdoing on my part.") == "Martin Winterkorn"


def test_a_name_before_a_role_without_its_article_or_closing_comma() -> None:
    _, qa = analyse(
        LEDE + 'Margaret Chan, WHO director-general said there is an "urgent need to '
        'coordinate international efforts."\n\nAfter meeting Margaret Chan, health officials '
        'said there is an "urgent need to act on this virus now."'
    )
    assert speaker_of(qa, "urgent need to coordinate international efforts.") == ("Margaret Chan")
    assert speaker_of(qa, "urgent need to act on this virus now.") is None


def test_a_sentence_opening_with_a_role_makes_its_holder_the_antecedent() -> None:
    _, qa = analyse(
        LEDE + "Judge Marina Syrova convicted the three women.\n\n"
        "Maria Alyokhina and Nadezhda Tolokonnikova smiled as Vladimir Putin's name was "
        "read.\n\nThe judge then took three hours to read the verdict.\n\n"
        '"The defendants\' correction is possible only through punishment," she said.'
    )
    assert speaker_of(qa, "The defendants' correction is possible only through punishment,") == (
        "Marina Syrova"
    )


def test_a_pronoun_is_not_the_person_it_is_addressed_to() -> None:
    _, qa = analyse(
        "Dominic Raab resigns over bullying report\n\n"
        "Dominic Raab has resigned as justice secretary after an inquiry into bullying.\n\n"
        "The probe was set up by Prime Minister Rishi Sunak after complaints about Mr Raab's "
        'behaviour.\n\nIn a letter to Mr Sunak, he said he would resign if the inquiry "made '
        'any finding of bullying whatsoever".'
    )
    assert speaker_of(qa, "made any finding of bullying whatsoever") == "Dominic Raab"


def test_a_caption_run_into_its_credit_keeps_the_name_whole() -> None:
    mentions = [
        m.name for m in mentions_in("Trump met North Korea leader Kim Jong Un.Evan Vucci)/AP")
    ]
    assert "Kim Jong Un" in mentions and "Evan Vucci" in mentions


def test_a_name_given_by_its_initials_is_the_set_s_one_person_so_named() -> None:
    _, qa = analyse(
        LEDE + '"We are targeting criminals around him," said Major General SB Moyo.',
        LEDE + 'Major General Sibusiso Moyo said: "We are targeting criminals around him."',
    )
    assert {q.speaker for q in qa.quotes} == {"Sibusiso Moyo"}


def test_a_body_is_called_by_the_full_name_the_set_gives_it_with_of() -> None:
    _, qa = analyse(
        LEDE + "Monday, it was the The Academy of Motion Picture Arts and Sciences' turn to "
        'weigh in.\n\nThe Academy released a statement that read, "We deeply regret the '
        'mistakes that were made."',
        LEDE + "PwC apologised to the Motion Picture Academy.\n\n"
        "“We apologize to the entire cast and crew,” the Academy said in a statement.",
    )
    assert {q.speaker for q in qa.quotes} == {"Academy of Motion Picture Arts and Sciences"}


def test_it_giving_a_statement_is_the_body_named_before() -> None:
    _, qa = analyse(
        LEDE + "Going beyond its first apology, PwC on Monday sent out what it called a new "
        "statement in which it shoulders the blame.\n\n"
        "“PwC takes full responsibility for the mistakes,” the new statement says."
    )
    assert speaker_of(qa, "PwC takes full responsibility for the mistakes,") == "PwC"


def test_an_opening_reporting_participle_is_the_main_clause_subject_s() -> None:
    _, qa = analyse(
        LEDE + "Prime Minister Boris Johnson defended the decision.\n\nLabour said more should "
        "have been done.\n\nWarning that state intervention risked creating a “moral hazard” "
        "in future cases, the prime minister hinted at action against directors.\n\n"
        "“It is a lot of taxpayers’ money,” he told reporters."
    )
    assert speaker_of(qa, "moral hazard") == "Boris Johnson"
    assert speaker_of(qa, "It is a lot of taxpayers’ money,") == "Boris Johnson"


def test_a_name_set_off_by_a_description_opens_the_narrative() -> None:
    _, qa = analyse(
        LEDE + 'Orlando Parfitt told reporters: "I have very mixed emotions."\n\n'
        "Ed Miliband, leader of the Labour party, remains adamant that Rebekah Brooks should "
        'lose her job. "Closing down the paper does not solve the problem" he told BBC News.'
    )
    assert speaker_of(qa, "Closing down the paper does not solve the problem") == "Ed Miliband"


def test_dotted_initials_and_a_capitalised_role_after_the_name() -> None:
    _, qa = analyse(
        LEDE + "Zimbabwe army says it is no coup.\n\n“We wish to make it clear that this is not a "
        "takeover,” Maj. Gen. S.B. Moyo, Chief of Staff Logistics, said in his address.\n\n"
        "“We will be clear,” U.S. President Donald Trump said."
    )
    assert speaker_of(qa, "We wish to make it clear that this is not a takeover,") == "S.B. Moyo"
    assert speaker_of(qa, "We will be clear,") == "Donald Trump"


def test_hyphenated_given_names_are_names_and_hyphenated_adjectives_are_not() -> None:
    _, qa = analyse(
        LEDE + "Court removes Park.\n\nPark’s “acts of violating the constitution are a betrayal "
        "of the public trust,” acting Chief Justice Lee Jung-mi said.\n\nPark’s lawyer, Seo "
        "Seok-gu, called the verdict a “tragic decision” made under popular pressure.\n\n"
        "“We will not stop,” said the London-based group."
    )
    assert speaker_of(
        qa, "acts of violating the constitution are a betrayal of the public trust,"
    ) == ("Lee Jung-mi")
    assert speaker_of(qa, "tragic decision") == "Seo Seok-gu"
    assert speaker_of(qa, "We will not stop,") != "London-based"


def test_names_ending_like_demonyms_and_a_name_after_an_epithet() -> None:
    _, qa = analyse(
        LEDE + "OpenAI fired chief executive Sam Altman on Friday.\n\n"
        '"I loved my time at OpenAI," posted Altman on X.\n\n'
        'Greg Brockman said: "I quit today."\n\n'
        "A clearly shocked Altman provided a fleeting response ahead of meetings.\n\n"
        "“I loved my time there,” he said.\n\n"
        "A writer for the New Yorker happened upon him later.\n\n"
        "“It was a shock,” he said.\n\n"
        '"We are worried," said a Mexican official.'
    )
    assert speaker_of(qa, "I loved my time at OpenAI,") == "Sam Altman"
    assert speaker_of(qa, "I loved my time there,") == "Sam Altman"
    assert speaker_of(qa, "It was a shock,") != "New Yorker"
    assert speaker_of(qa, "We are worried,") is None


def test_a_name_after_a_long_definite_description_and_its_role() -> None:
    _, qa = analyse(
        LEDE + '"I hope this will never happen again," said the last man out of the gold and '
        "copper mine, shift foreman Luis Urzua, upon reaching the surface.\n\n"
        '"It is over," said the president of the club, who resigned.'
    )
    assert speaker_of(qa, "I hope this will never happen again,") == "Luis Urzua"
    assert speaker_of(qa, "It is over,") is None


def test_a_caption_naming_two_people_is_two_names() -> None:
    names = [m.name for m in mentions_in("View All\nDonna Rotunno Gloria Allred\nCREDIT: AP")]
    assert "Donna Rotunno" in names and "Gloria Allred" in names
    assert [m.name for m in mentions_in("He met Mary Ann Smith Jones today.")] == [
        "Mary Ann Smith Jones"
    ]


def test_a_he_after_a_possessive_role_and_its_name_is_the_named_one() -> None:
    _, qa = analyse(
        LEDE + "Court removes President Park Geun-hye.\n\nPark’s lawyer, Seo Seok-gu, called the "
        "verdict a “tragic decision” and questioned what he called a “kangaroo court.”"
    )
    assert speaker_of(qa, "kangaroo court.") == "Seo Seok-gu"


def test_a_member_named_after_the_party_and_title_speaks_and_laments() -> None:
    _, qa = analyse(
        LEDE + "Prime Minister Saad Hariri resigned from Saudi Arabia.\n\n"
        "Progressive Socialist Party MP Walid Jumblat took to Twitter and said: “Whatever the "
        "difficulties are, dialogue is fundamental.”\n\n"
        "“Lebanon is too small and weak to endure this,” lamented Jumblat."
    )
    assert speaker_of(qa, "Whatever the difficulties are, dialogue is fundamental.") == (
        "Walid Jumblat"
    )
    assert speaker_of(qa, "Lebanon is too small and weak to endure this,") == "Walid Jumblat"


# Speakers from the ninth session's held-out rounds (K-O): each case is (text after LEDE,
# quoted words, speaker); the id names the rules it checks.
NINTH_SESSION_CASES = [
    pytest.param(
        "The Palestinian Authority Foreign Ministry in Ramallah said it expected to see "
        '"no difference, or perhaps even worse" policies.',
        "no difference, or perhaps even worse",
        "Palestinian Authority Foreign Ministry",
        id="bodies in places accolades and asides 1",
    ),
    pytest.param(
        'Yesterday the interior ministry in Kabul said it had seen "no attack at all".',
        "no attack at all",
        "Interior Ministry",
        id="bodies in places accolades and asides 2",
    ),
    pytest.param(
        "Maria Sharapova failed a drug test.\n\n“I made a huge mistake,” the five-time "
        "Grand Slam winner told a press conference in Los Angeles.",
        "I made a huge mistake,",
        "Maria Sharapova",
        id="bodies in places accolades and asides 3",
    ),
    pytest.param(
        "Nike has suspended its deal with Maria Sharapova. Nike said it was “saddened”. "
        "Nike will review the case.\n\nPorsche, meanwhile, said it would wait. The company "
        "said that meant her contract was “on hold” and Porsche will not renew it.",
        "on hold",
        "Porsche",
        id="bodies in places accolades and asides 4",
    ),
    pytest.param(
        '"It is the most bizarre thing," a NASA spokesperson said.',
        "It is the most bizarre thing,",
        "NASA",
        id="bodies speak through their staff and things through their accounts 1",
    ),
    pytest.param(
        '"It is a wonderful thing," a NASA official said.',
        "It is a wonderful thing,",
        "NASA",
        id="bodies speak through their staff and things through their accounts 2",
    ),
    pytest.param(
        '"It is a bizarre thing," a US official said.',
        "It is a bizarre thing,",
        None,
        id="bodies speak through their staff and things through their accounts 3",
    ),
    pytest.param(
        'NASA scientist calls the comet the most "bizarre, wonderful thing I have ever seen"',
        "bizarre, wonderful thing I have ever seen",
        "NASA",
        id="bodies speak through their staff and things through their accounts 4",
    ),
    pytest.param(
        'Philae comet probe may have bounced\n\nThe probe tweeted: "Touchdown! My new '
        'address: 67P!"',
        "Touchdown! My new address: 67P!",
        "Philae",
        id="bodies speak through their staff and things through their accounts 5",
    ),
    pytest.param(
        "SINGAPORE — President Donald Trump concluded a meeting with Kim Jong Un on "
        "Tuesday, saying that talks would begin “very quickly.”",
        "very quickly.",
        "Donald Trump",
        id="datelines and documents 1",
    ),
    pytest.param(
        "The two leaders signed a joint statement. In the statement, Trump “committed to "
        "provide security guarantees” to North Korea.",
        "committed to provide security guarantees",
        "Joint statement",
        id="datelines and documents 2",
    ),
    pytest.param(
        "The two leaders signed a joint statement.\n\n“President Trump committed to provide "
        "security guarantees to the DPRK,” the text read.",
        "President Trump committed to provide security guarantees to the DPRK,",
        "Joint statement",
        id="datelines and documents 3",
    ),
    pytest.param(
        '"We heard shots," a resident who lives near the mansion in the suburb of Borrowdale said.',
        "We heard shots,",
        None,
        id="relative clauses statements read out and headline words 1",
    ),
    pytest.param(
        "A statement read out by Major General Moyo gave assurances the leader and his "
        "family were “safe and sound”.",
        "safe and sound",
        "Moyo",
        id="relative clauses statements read out and headline words 2",
    ),
    pytest.param(
        "Robert Mugabe under house arrest in Zimbabwe after army seizes control\n\n"
        "The army has denied staging a coup, saying that once it has completed its "
        "“mission”, the country will return to normal.",
        "mission",
        "Army",
        id="relative clauses statements read out and headline words 3",
    ),
    pytest.param(
        "Dominic Raab has resigned.\n\nIn his letter to Mr Sunak, the MP for Esher and "
        'Walton said he is "genuinely sorry for any unintended stress".',
        "genuinely sorry for any unintended stress",
        "Dominic Raab",
        id="members by seat former roles captions and nouns that look like verbs 1",
    ),
    pytest.param(
        "Dominic Raab has resigned.\n\nThe Esher and Walton MP, who said he was sorry, also "
        "claimed that the inquiry had set a “low” threshold.",
        "low",
        "Dominic Raab",
        id="members by seat former roles captions and nouns that look like verbs 2",
    ),
    pytest.param(
        "Dominic Raab has resigned as deputy prime minister after an inquiry into "
        "bullying.\n\nRishi Sunak speaking about his new education "
        "strategy\n\nHe also accused civil servants of leaking.\n\n"
        "However, the former Foreign Secretary said he felt “duty bound to accept the "
        "outcome”.",
        "duty bound to accept the outcome",
        "Dominic Raab",
        id="members by seat former roles captions and nouns that look like verbs 3",
    ),
    pytest.param(
        "Dominic Raab has resigned.\n\nDespite apologising for any distress he had caused, "
        "Mr Raab struck a defiant note in his letter, saying the inquiry would undermine "
        "ministers’ ability to “exercise direct oversight” of civil servants.",
        "exercise direct oversight",
        "Dominic Raab",
        id="members by seat former roles captions and nouns that look like verbs 4",
    ),
    pytest.param(
        "Prime Minister Benjamin Netanyahu announced the release of Gilad Shalit, saying "
        "Israel was united in joy.\n\nShalit learned about a week ago that he was going to "
        'be released, though he "felt it for the last month," he told Egyptian television.',
        "felt it for the last month,",
        "Gilad Shalit",
        id="the subject opening a sentence and the one who spoke in the last 1",
    ),
    pytest.param(
        "CA chief executive James Sutherland spoke after coach Darren Lehmann was cleared."
        '\n\nQuestioned whether Lehmann offered to resign, Sutherland replied: "As far as '
        'I am aware no he has not."\n\n"He will continue to coach the national team," said '
        "the former first-class player.",
        "He will continue to coach the national team,",
        "James Sutherland",
        id="the subject opening a sentence and the one who spoke in the last 2",
    ),
    pytest.param(
        'Media mogul Rupert Murdoch ordered the closure.\n\n"Having consulted senior '
        "colleagues, I have decided that we must act,\" said Murdoch's son James, chairman "
        "of News International.",
        "Having consulted senior colleagues, I have decided that we must act,",
        "James Murdoch",
        id="kin by a given name and names written with a bang 1",
    ),
    pytest.param(
        "Murdoch closes the paper.\n\nOrlando Parfitt, a former News of the World "
        'journalist told Yahoo! News: "I have very mixed emotions."',
        "I have very mixed emotions.",
        "Orlando Parfitt",
        id="kin by a given name and names written with a bang 2",
    ),
    pytest.param(
        'Renzi lost the referendum.\n\n"Today the caste in power lost," said one 5-Star '
        "leader, Luigi Di Maio.",
        "Today the caste in power lost,",
        "Luigi Di Maio",
        id="a name after an indefinite description and a member by party 1",
    ),
    pytest.param(
        "New York's lieutenant governor, Kathy Hochul, will become governor. In a "
        "statement, she said the decision “is the right thing to do.”\n\nAfter announcing "
        "his resignation, New York Gov. Andrew Cuomo directly addressed his daughters.\n\n"
        "The Democrat said he never did or would “intentionally disrespect a woman.”",
        "intentionally disrespect a woman.",
        "Andrew Cuomo",
        id="a name after an indefinite description and a member by party 2",
    ),
    pytest.param(
        "OpenAI fired Sam Altman.\n\nGreg Brockman, who was serving as OpenAI president, "
        "tendered his resignation after the ouster was announced, reports Fox Business. "
        '"Based on today\'s news, I quit," he wrote in a statement.',
        "Based on today's news, I quit,",
        "Greg Brockman",
        id="outlets and objects of prepositions are no speakers 1",
    ),
    pytest.param(
        "OpenAI fired its chief executive.\n\nThe company behind the hugely popular "
        'ChatGPT announced this surprise "leadership transition" in a blog post.',
        "leadership transition",
        None,
        id="outlets and objects of prepositions are no speakers 2",
    ),
    pytest.param(
        "Harvey Weinstein was sentenced. Weinstein addressed the court, saying he was "
        "“confused”.\n\nGloria Allred, who represents three of the accusers, also addressed "
        "the media. She held up a sign with Weinstein’s sentence with the words “This is what "
        "justice looks like.”",
        "This is what justice looks like.",
        "Gloria Allred",
        id="an ungoverned quotation in a sentence opened by she is hers",
    ),
    pytest.param(
        "President Obama hailed the climate accord.\n\nIn his remarks, Obama also hit back "
        "at critics and “skeptics [who] said these actions would kill jobs.”",
        "skeptics [who] said these actions would kill jobs.",
        "Obama",
        id="an ungoverned quotation is the person the sentence opens with",
    ),
    pytest.param(
        "Tesco withdrew the burgers.\n\nIn a statement Tesco’s group Technical Director, Tim "
        "Smith, assured the public that: “The safety and quality of our food is of the "
        "highest importance to Tesco.”",
        "The safety and quality of our food is of the highest importance to Tesco.",
        "Tim Smith",
        id="assured reports",
    ),
    pytest.param(
        "Hariri resigned.\n\nLebanese President Michel Aoun's office said it received a call "
        '"from outside Lebanon".\n\nThe office added that it was waiting to find out the full '
        '"circumstances of his resignation".',
        "circumstances of his resignation",
        "Office of Michel Aoun",
        id="the office is the office that spoke before",
    ),
    pytest.param(
        "Hariri resigned.\n\nMinister of Justice Salim Jreissati - affiliated to the Free "
        'Patriotic Movement - tweeted "The resignation was confusing and suspicious"',
        "The resignation was confusing and suspicious",
        "Salim Jreissati",
        id="an aside between hyphens standing alone",
    ),
]


# Ninth-session cases whose text opens with its own headline (no LEDE before it).
NINTH_SESSION_HEADED_CASES = [
    pytest.param(
        "UK deputy prime minister Dominic Raab resigns after bullying inquiry\n\n"
        "Conservative MP says inquiry ‘dismissed all but two’ of claims levelled against him",
        "dismissed all but two",
        "Dominic Raab",
        id="a member heading and a quote in the first of two coordinated verbs 1",
    ),
    pytest.param(
        'The Government announced a "fast-track" inquiry into the collapse.\n\nMeanwhile, '
        'chief executive Peter Fankhauser apologised to "millions of customers and '
        'thousands of employees" and called it a "matter of profound regret".',
        "millions of customers and thousands of employees",
        "Peter Fankhauser",
        id="a member heading and a quote in the first of two coordinated verbs 2",
    ),
    pytest.param(
        "Westminster terror attack: PM vows to defeat 'forces of evil'\n\n"
        "Prime Minister Theresa May said the country would not be cowed.",
        "forces of evil",
        "Theresa May",
        id="pm a caption label and the outlet a statement went to 1",
    ),
    pytest.param(
        "Australian Prime Minister Malcolm Turnbull said today voters would be “dumbstruck "
        "and so appalled” after he was ousted.",
        "dumbstruck and so appalled",
        "Malcolm Turnbull",
        id="pm a caption label and the outlet a statement went to 2",
    ),
    pytest.param(
        "Samsung halts sales of the Note 7.\n\nPhoto Samsung\n\nThe latest incidents forced "
        "new action by Samsung. In a statement to CBS News, the company said “Samsung will "
        "ask all carrier and retail partners to stop sales.”",
        "Samsung will ask all carrier and retail partners to stop sales.",
        "Samsung",
        id="pm a caption label and the outlet a statement went to 3",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), NINTH_SESSION_HEADED_CASES)
def test_ninth_session_headed_attributions(text: str, quoted: str, speaker: str) -> None:
    _, qa = analyse(text)
    assert speaker_of(qa, quoted) == speaker


# Tenth session: clause structure around reporting verbs.
TENTH_SESSION_CASES = [
    pytest.param(
        "Iran, with Russia, is the closest ally of the regime.\n\nIts foreign ministry "
        "spokesman said the strike would merely “help the terrorist groups”.",
        "help the terrorist groups",
        "Foreign Ministry",
        id="a possessive pronoun is no name: its ministry speaks",
    ),
    pytest.param(
        "Russia's defence ministry spokesman said the report was “a lie”.",
        "a lie",
        "Russia's Defence Ministry",
        id="a ministry speaks through its spokesman",
    ),
    pytest.param(
        "A British government spokesman said Friday, “The UK government fully supports "
        "the action.”",
        "The UK government fully supports the action.",
        "British Government",
        id="a national government speaks through its spokesman",
    ),
    pytest.param(
        "Iran also “strongly condemned” the U.S. strike, saying the “unilateral action is "
        "dangerous.”",
        "strongly condemned",
        "Iran",
        id="a participle after a comma goes with the main clause's subject",
    ),
    pytest.param(
        "However, Numan Kurtulmus, Turkey’s deputy prime minister, said in an interview "
        "the strike on the airfield was “positive.”",
        "positive.",
        "Numan Kurtulmus",
        id="an opening however is no name",
    ),
    pytest.param(
        '"Iran strongly condemns any such unilateral strikes," ISNA quoted Bahram Qasemi '
        "as saying.",
        "Iran strongly condemns any such unilateral strikes,",
        "Bahram Qasemi",
        id="an agency quoting someone as saying: the one quoted",
    ),
    pytest.param(
        'The agency quoted Bahram Qasemi as saying that it was "a crime".',
        "a crime",
        "Bahram Qasemi",
        id="quoted as saying before the quotation",
    ),
    pytest.param(
        "Britain says it fully supports the action, while Russian President Vladimir "
        "Putin views the move as an “aggression against a sovereign nation.”",
        "aggression against a sovereign nation.",
        "Vladimir Putin",
        id="a contrasting while clause has its own subject",
    ),
    pytest.param(
        "Trump said the deal was good, while critics called it “a disaster”.",
        "a disaster",
        None,
        id="a contrasting clause with an unnamed subject is not the first speaker's",
    ),
    pytest.param(
        "Prime Minister of the country's east-based government Oussama Hamad has reported "
        '"more than 2,000 dead" in the city alone, but no medical sources have confirmed '
        "such figures.",
        "more than 2,000 dead",
        "Oussama Hamad",
        id="has reported is a reporting verb",
    ),
    pytest.param(
        '"I returned from Derna. It is very disastrous," Hichem Chkiouat, minister of civil '
        "aviation, was quoted as telling Reuters.",
        "I returned from Derna. It is very disastrous,",
        "Hichem Chkiouat",
        id="was quoted as telling: the one quoted",
    ),
    pytest.param(
        "In a statement after the verdict, Mr Damian Williams, the most powerful official "
        "in Manhattan,\n\nsaid the “road to justice has been far too long”.",
        "road to justice has been far too long",
        "Damian Williams",
        id="a sentence a page copy broke over a blank line",
    ),
    pytest.param(
        "Francois Hollande congratulated him. Hollande said the large margin of victory "
        "confirmed that citizens had rallied around “the values of the Republic”.",
        "the values of the Republic",
        "Francois Hollande",
        id="a thing that confirms is not the speaker: the one reporting it is",
    ),
    pytest.param(
        "Jane Doe said critics claimed it was “a scam”.",
        "a scam",
        None,
        id="critics who claim are speakers, if unnamed",
    ),
    pytest.param(
        "Emmanuel Macron won the presidency on Sunday.\n\nMacron further reached out to "
        'those who had voted for Le Pen. "They voted out of anger and sometimes '
        'conviction."',
        "They voted out of anger and sometimes conviction.",
        "Emmanuel Macron",
        id="a quotation after a sentence about the person the text was already about",
    ),
    pytest.param(
        "Marine Le Pen lost.\n\nMacron will be sworn in this week.\n\nLe Pen, Macron's "
        "opponent in the runoff, quickly called him to concede. She said voters had "
        'chosen "continuity," linking him to the government.',
        "continuity,",
        "Marine Le Pen",
        id="a name set off by a possessive description opens the narrative",
    ),
    pytest.param(
        "Disney said Bob Chapek had stepped down. Disney board chair Susan Arnold thanked "
        "Chapek for his leadership during “the unprecedented challenges of the pandemic.”",
        "the unprecedented challenges of the pandemic.",
        "Susan Arnold",
        id="thanked reports",
    ),
    pytest.param(
        "“We thank Bob Chapek for his service,” said chairman of the Disney board Susan Arnold.",
        "We thank Bob Chapek for his service,",
        "Susan Arnold",
        id="said a role at a body and the name closing the phrase",
    ),
    pytest.param(
        "Beth Davidz said she will never forget the screams.\n\nJillian Jorgensen, 27, was "
        'seated in the quiet car and said the train was going "fast enough for me to be '
        "worried'' when it began a hard bank.",
        "fast enough for me to be worried",
        "Jillian Jorgensen",
        id="a name set off by an age opens the sentence whose second verb reports",
    ),
    pytest.param(
        "Some countries have shown consternation over the vaccine, but Dr. Pedro Alonso, "
        "the head of WHO’s global malaria program, called the release “a historical event.”",
        "a historical event.",
        "Pedro Alonso",
        id="a name and its description after but",
    ),
    pytest.param(
        'Former Tottenham manager Harry Redknapp, speaking on BT Sport, said: "I was not '
        'surprised."',
        "I was not surprised.",
        "Harry Redknapp",
        id="a body and a role before the name opening the sentence",
    ),
    pytest.param(
        "Gary Lineker, the presenter, was sad.\n\nThe Match of the Day presenter, who played "
        'for the club, added that the sacking showed the "game is gone".',
        "game is gone",
        "Gary Lineker",
        id="a title naming a role is no name",
    ),
    pytest.param(
        "Leicester City sacked Claudio Ranieri. Leicester City won the title. Leicester City "
        'are 17th.\n\n"His status is without question," a long club statement said.',
        "His status is without question,",
        "Leicester",
        id="a club's statement is the club's",
    ),
    pytest.param(
        "President Jacob Zuma of South Africa has announced an inquiry.\n\nMr Zuma said he "
        'was "saddened and dismayed".',
        "saddened and dismayed",
        "Jacob Zuma",
        id="a person's country after of is no part of the name",
    ),
    pytest.param(
        "Police chief Riah Phiyega confirmed 34 dead.\n\nA sombre-looking President Jacob "
        "Zuma, who cut short a trip, announced an inquiry into what he called the "
        '"shocking" events.',
        "shocking",
        "Jacob Zuma",
        id="a he in a clause the sentence's subject governs, after an epithet",
    ),
    pytest.param(
        "Credit monitoring company Equifax has been hit by a heist.\n\nThe Atlanta-based "
        'company said that "criminals" exploited a website.',
        "criminals",
        "Equifax",
        id="the company named after its description",
    ),
    pytest.param(
        "US credit reporting agency Equifax said its systems were hit.\n\nThe company, "
        "which safeguards data, said in a statement it learned of the breach and “acted "
        "immediately”.",
        "acted immediately",
        "Equifax",
        id="the company a business noun introduced",
    ),
    pytest.param(
        "Equifax was hacked.\n\n“This is clearly a disappointing event,” said company "
        "chairman and chief executive Richard Smith.",
        "This is clearly a disappointing event,",
        "Richard Smith",
        id="said and a long role before the name",
    ),
    pytest.param(
        "Human activity is changing the climate in 'unprecedented' ways, according to the "
        "UN's latest report.",
        "unprecedented",
        "UN",
        id="according to a body's report and no participle",
    ),
    pytest.param(
        "His publicist, Yvette Noel-Schure, told The Associated Press that the icon died.\n\n"
        'The statement read: "It is with profound sadness that I am confirming it."',
        "It is with profound sadness that I am confirming it.",
        "Yvette Noel-Schure",
        id="a statement no one is named for is the last speaker's",
    ),
    pytest.param(
        "Jane Smith said she was sick at her last show, telling the crowd, “wait a few days "
        "before you waste any prayers,” according to TMZ.",
        "wait a few days before you waste any prayers,",
        "Jane Smith",
        id="according to an outlet after a participle that introduces the words",
    ),
    pytest.param(
        'Prince died.\n\nChic frontman Nile Rodgers remembered the star, tweeting: "RIP our '
        'dearly beloved Prince."',
        "RIP our dearly beloved Prince.",
        "Nile Rodgers",
        id="a band and its frontman before the name",
    ),
    pytest.param(
        'The Greek coastguard said that the passengers "refused any help".',
        "refused any help",
        "Greek Coastguard",
        id="a coastguard is a body",
    ),
    pytest.param(
        'A migration ministry source told the AFP news agency that "hundreds" were on board. '
        '"We fear there will be a very large number of missing persons," the official said.',
        "We fear there will be a very large number of missing persons,",
        "Migration Ministry",
        id="the official is the body that just spoke through an unnamed member",
    ),
    pytest.param(
        "Nicola Sturgeon resigned.\n\nMs Sturgeon did not mention the row, instead saying "
        'that she believed "having the courage to do so" mattered.',
        "having the courage to do so",
        "Nicola Sturgeon",
        id="a participle after a comma and an adverb goes with the main clause",
    ),
    pytest.param(
        "Rosemary Lehmberg was arrested.\n\nIn a statement, Perry’s general counsel Mary Anne "
        "Wiley defended the veto. “The veto was made in accordance with the law,” she said.",
        "The veto was made in accordance with the law,",
        "Mary Anne Wiley",
        id="a name after someone's role opens the narrative",
    ),
    pytest.param(
        "Perry threatened a veto unless Lehmberg resigned. She refused, and Perry followed "
        "through, saying he could not provide the money “when the person in charge has "
        "lost the public’s confidence.”",
        "when the person in charge has lost the public’s confidence.",
        "Perry",
        id="a participle goes with the clause after and",
    ),
    pytest.param(
        "The ruling was a victory for opposition leader Raila Odinga, 72, who hailed a "
        '"historic" ruling.',
        "historic",
        "Raila Odinga",
        id="who after a name and its age",
    ),
    pytest.param(
        "Chief Justice David Maraga read the ruling. The victory of President Uhuru Kenyatta "
        'was declared "invalid, null and void" after a long hearing.',
        "invalid, null and void",
        "David Maraga",
        id="a passive's subject is what is spoken of, not the speaker",
    ),
    pytest.param(
        "Police made arrests.\n\nHead of the Met's Flying Squad, Det Supt Craig Turner, "
        'urged victims to "stay patient".',
        "stay patient",
        "Craig Turner",
        id="a titled name set off after a role",
    ),
    pytest.param(
        "Prime Minister Fumio Kishida spoke to reporters.\n\nPosting in X, his office said "
        "he wanted officials to “immediately ascertain the damage situation.”",
        "immediately ascertain the damage situation.",
        "Office of Fumio Kishida",
        id="his office is the office of the one he is",
    ),
    pytest.param(
        "The museum’s trustees accepted his resignation, with former chancellor George "
        "Osborne, chairman of trustees, saying Mr Fischer had “acted honourably”.",
        "acted honourably",
        "George Osborne",
        id="with a name, its description and a participle",
    ),
    pytest.param(
        "Lucy Letby was convicted.\n\nFamilies of Lucy Letby's victims have expressed their "
        "“extreme hurt, anger and distress” after the verdict.",
        "extreme hurt, anger and distress",
        None,
        id="families of someone's victims are not that someone",
    ),
    pytest.param(
        "Lucy Letby was convicted.\n\nDuring the trial, the prosecution labelled Letby a "
        '"calculating and devious" opportunist.',
        "calculating and devious",
        "Prosecution",
        id="the prosecution is a party that speaks",
    ),
    pytest.param(
        "Mariano Rajoy lost the vote.\n\nA sombre, almost penitent Rajoy appeared in parliament "
        "and in a brief speech said, “I will accept the decision.”",
        "I will accept the decision.",
        "Mariano Rajoy",
        id="an epithet before the name and a setting before the second verb",
    ),
    pytest.param(
        "Flybe collapsed.\n\nCommenting, Richard Moriarty Chief Executive at the UK Civil "
        "Aviation Authority, said: “This is a sad day for UK aviation.”",
        "This is a sad day for UK aviation.",
        "Richard Moriarty",
        id="an opening participle and a role after the name",
    ),
    pytest.param(
        "SYDNEY, March 23: World number one Ashleigh Barty stunned tennis by announcing her "
        "retirement, saying she was “spent physically”.",
        "spent physically",
        "Ashleigh Barty",
        id="a dateline with its date and a ranking before the name",
    ),
    pytest.param(
        "Police Service of Northern Ireland Assistant Chief Constable Chris Todd has "
        "apologised to officers saying: “This is unacceptable.”\n\n“We received a Freedom "
        "of Information request.”\n\n“So, what was within that data was the surname,” he "
        "added.",
        "So, what was within that data was the surname,",
        "Chris Todd",
        id="a body a title and a name and a participle with no comma",
    ),
    pytest.param(
        "The PSNI apologised.\n\nLiam Kelly, chair of the Police Federation for Northern "
        "Ireland (PFNI) said employees were “shocked, dismayed and justifiably angry”.",
        "shocked, dismayed and justifiably angry",
        "Liam Kelly",
        id="a name and its role at a body glossed by an acronym",
    ),
    pytest.param(
        '"Current WTA world number one Ashleigh Barty has today announced her retirement," '
        "the WTA said in a statement.",
        "Current WTA world number one Ashleigh Barty has today announced her retirement,",
        "WTA",
        id="a capital current is no part of a name",
    ),
    pytest.param(
        "Flybe collapsed on Thursday.\n\nTransport Secretary Grant Shapps meanwhile said it "
        'was "very sad" that the airline had gone.',
        "very sad",
        "Grant Shapps",
        id="meanwhile between the subject and its verb",
    ),
    pytest.param(
        "Beleaguered Flybe collapsed into administration this morning.\n\nIn a statement, the "
        "regional airline said: “All flights operated by Flybe have been cancelled”.\n\n"
        "Flybe staff were told.",
        "All flights operated by Flybe have been cancelled",
        "Flybe",
        id="an epithet opening the sentence is no part of the business's name",
    ),
    pytest.param(
        "2020-03-05 Beleaguered Flybe collapsed into administration this morning.\n\nIn a "
        "statement, the regional airline said: “All flights operated by Flybe have been "
        "cancelled”.\n\nFlybe staff were told.",
        "All flights operated by Flybe have been cancelled",
        "Flybe",
        id="a date stamp before the sentence naming the business",
    ),
    pytest.param(
        "Arredondo was fired.\n\nAccording to the Texas Department of Public Safety (DPS), "
        'Arredondo acted as "incident commander" in charge.',
        "incident commander",
        "Texas Department of Public Safety",
        id="according to a body named with of",
    ),
    pytest.param(
        "The board fired him.\n\nSchool pupil Caitlin Gonzalez, who survived the shooting, "
        "said her message was: “Turn in your badge and step down.”",
        "Turn in your badge and step down.",
        "Caitlin Gonzalez",
        id="a place and a pupil before the name",
    ),
    pytest.param(
        "The board fired Pete Arredondo.\n\nThe last testimony at the hearing was from 10-year-old "
        "Caitlyne Gonzalez. “Why didn’t they protect my friends?” she said.",
        "Why didn’t they protect my friends?",
        "Caitlyne Gonzalez",
        id="a she with no one of her gender known is the latest person named",
    ),
    pytest.param(
        "Theresa May sacked Gavin Williamson. Critics of the deal with Huawei argue it risks "
        "security.\n\nIn a meeting on Wednesday evening, Mrs May confronted him with "
        "information which she said provided “compelling evidence” that he was responsible.",
        "compelling evidence",
        "Theresa May",
        id="a name after with is no subject and which she said is the sentence's subject",
    ),
    pytest.param(
        "Gavin Williamson was sacked by Theresa May.\n\nWilliamson, for his part, is adamant "
        "that he is not responsible, and declined to resign, because “to resign would have "
        "been to accept guilt.”",
        "to resign would have been to accept guilt.",
        "Gavin Williamson",
        id="a surname and an aside open the sentence a quotation no verb governs is in",
    ),
    pytest.param(
        "India rescued 41 workers.\n\nThe Prime Minister lauded the relief workers. "
        '"Everyone involved has created an amazing example," he posted on X.',
        "Everyone involved has created an amazing example,",
        None,
        id="a title is no person a he can be",
    ),
    pytest.param(
        'India rescued workers.\n\n"The rat miners\' work proved decisive," the Uttarakhand '
        'CM said.\n\nThe Maidenhead MP said it was "bad".',
        "bad",
        None,
        id="a place and its member or chief minister are roles, not names",
    ),
    pytest.param(
        "Marmite ran out.\n\nOne user tweeted: “Scraping out Marmite.”\n\nAnother said: “If "
        "you buy Marmite on the black market, does it become the BROWN market?”",
        "If you buy Marmite on the black market, does it become the BROWN market?",
        None,
        id="another is no name",
    ),
]


def test_a_body_named_for_two_nations_in_the_set_keeps_its_short_name() -> None:
    _, qa = analyse(
        'The Russian Foreign Ministry said it was "a violation".\n\n'
        'The Saudi Foreign Ministry said it was "a courageous decision".',
        'Saudi Arabia\n\nA foreign ministry official hailed the "courageous" strike.\n\n'
        'The Foreign Ministry said it was "the right response".',
    )
    assert speaker_of(qa, "the right response") == "Foreign Ministry"
    assert speaker_of(qa, "a courageous decision") == "Saudi Foreign Ministry"


def test_an_acronym_a_text_spells_out_in_brackets_is_the_full_name() -> None:
    _, qa = analyse(
        "The Intergovernmental Panel on Climate Change (IPCC) issued its report.",
        'The IPCC said it is "unequivocal" that humans warmed the planet.',
    )
    assert speaker_of(qa, "unequivocal") == "Intergovernmental Panel on Climate Change"


def test_a_body_named_by_its_country_two_ways_and_spelt_two_ways_is_one() -> None:
    _, qa = analyse(
        'Greece\'s coastguard said the passengers "refused any help". A migration ministry '
        'source said "hundreds" were aboard. The migration ministry said it was "grim". The '
        'International Organisation for Migration said "we fear more deaths".',
        'The Greek coastguard said "the boat capsized". The Greek migration ministry said '
        '"many are missing". The International Organization for Migration said it was "sad".',
    )
    assert speaker_of(qa, "refused any help") == "Greek Coastguard"
    assert speaker_of(qa, "grim") == "Greek Migration Ministry"
    assert speaker_of(qa, "sad") == speaker_of(qa, "we fear more deaths")


def test_a_headline_quote_before_a_question_takes_the_body_s_speaker() -> None:
    _, qa = analyse(
        "'Invalid, null and void': Why Kenya's Supreme Court threw out the vote\n\n"
        "NAIROBI, Kenya – Kenya’s Supreme Court on Friday annulled the election.\n\n"
        "“We are satisfied,” said Chief Justice David Maraga, who described the results as "
        "“invalid, null and void.”"
    )
    assert speaker_of(qa, "Invalid, null and void") == "David Maraga"


def test_a_body_cut_short_and_a_name_going_by_an_inner_word_are_named_in_full() -> None:
    _, qa = analyse(
        'The Metropolitan Police made arrests. The Met said: "We apologise."',
        'The Federal Reserve raised rates. The Fed said it was "gradual".',
        "Former president Luiz Inacio Lula da Silva surrendered. Lula said he was "
        '"not above the law".',
        'Beth Davidz of Williamsburg was there. Davidz said it was "fun".',
    )
    assert speaker_of(qa, "We apologise.") == "Metropolitan Police"
    assert speaker_of(qa, "gradual") == "Federal Reserve"
    assert speaker_of(qa, "not above the law") == "Luiz Inacio Lula da Silva"
    assert speaker_of(qa, "fun") != "Beth Davidz of Williamsburg"  # no particle: not inner


def test_a_role_and_letters_after_a_name_are_no_part_of_it() -> None:
    assert split_title(["Richard", "Moriarty", "Chief", "Executive"])[1] == ["Richard", "Moriarty"]
    assert split_title(["Anthony", "Fisher", "OP"])[1] == ["Anthony", "Fisher"]
    assert split_title(["Glasgow", "Southside", "MSP"])[1] == ["Glasgow", "Southside", "MSP"]
    assert split_title(["Mary", "Anne", "Farmer"])[1] == ["Mary", "Anne", "Farmer"]
    assert split_title(["Martin", "Luther", "King", "Jr"])[1] == ["Martin", "Luther", "King", "Jr"]


def test_one_person_with_given_names_spelt_two_ways_is_one_speaker() -> None:
    _, qa = analyse(
        "Navalny returns\n\n“I am not afraid,” Alexei Navalny said.\n\n"
        "“This is the best day,” Navalny added.",
        "Navalny returns\n\n“I am very happy,” Alexey Navalny told reporters.",
        "Fund sued\n\n“We will appeal,” Dan Cole said.",
        "Fund sued\n\n“It is over,” Daniel Cole said.",
    )
    speakers = {q.speaker for q in qa.quotes}
    assert len(speakers) == 2
    assert "Alexei Navalny" in speakers  # quoted most
    assert speakers & {"Dan Cole", "Daniel Cole"}


def test_two_given_names_quoted_side_by_side_stay_two_people() -> None:
    _, qa = analyse(
        "Sisters speak\n\n“We won,” Maria Farmer said. “We lost,” Mario Farmer said.",
        "Sisters speak\n\n“It was hard,” Maria Farmer said.",
    )
    assert {q.speaker for q in qa.quotes} == {"Maria Farmer", "Mario Farmer"}


def test_the_party_is_the_one_named_with_its_acronym_before_the_noun() -> None:
    _, qa = analyse(
        "Court frees woman\n\nThe Peoples Democratic Party lost.\n\n"
        "A spokesman for Mr Buhari's All Progressives Congress (APC) party praised him,"
        ' saying: "He will remain a hero for this move."\n\n'
        "The Tehreek-i-Labaik Pakistan (TLP) party has called for"
        ' protests. The party also issued a statement saying, "all those who ordered the'
        ' release deserve death."'
    )
    assert speaker_of(qa, "He will remain a hero for this move.") == "All Progressives Congress"
    said = speaker_of(qa, "all those who ordered the release deserve death.")
    assert said == "Tehreek-i-Labaik Pakistan"


def test_the_party_is_the_one_named_last_before_it() -> None:
    _, qa = analyse(
        "Parties split\n\nThe Green Party backed the plan. The Labour Party was angry."
        ' "This is a disgrace," the party said.\n\n'
        'The Green Party met later. "We are pleased," the party said.'
    )
    assert speaker_of(qa, "This is a disgrace,") == "Labour Party"
    assert speaker_of(qa, "We are pleased,") == "Green Party"


def test_a_role_in_capitals_set_off_after_a_name_is_the_names() -> None:
    _, qa = analyse(
        "Soyuz fails\n\nKenny Todd, International Space Station Operations Integration"
        " Manager, said a commission will be “tasked with finding out what happened.”"
    )
    assert speaker_of(qa, "tasked with finding out what happened.") == "Kenny Todd"


def test_a_bodys_role_in_capitals_then_the_person_after_the_verb() -> None:
    _, qa = analyse(
        "Recall widened\n\n“We are pleased,” said Takata’s Chairman & CEO Shigehisa Takada"
        " in a statement.\n\n“We are ready,” said Apple’s Tim Cook.\n\n"
        "“We are watching,” said Britain’s Foreign Office."
    )
    assert speaker_of(qa, "We are pleased,") == "Shigehisa Takada"
    assert speaker_of(qa, "We are ready,") == "Tim Cook"
    assert speaker_of(qa, "We are watching,") == "Foreign Office"


def test_one_who_echoes_a_message_speaks_the_words_after_the_colon() -> None:
    _, qa = analyse(
        "Uber boss quits\n\nTravis Kalanick is staying on the board. In a statement, the"
        ' company\'s board says:\n\n"Travis has always put Uber first. This is bold."\n\n'
        "In a succinct note to employees, he echoes the board's message:\n\n"
        '"I never thought I would be writing this."'
    )
    assert speaker_of(qa, "I never thought I would be writing this.") == "Travis Kalanick"


def test_a_family_speaks_by_the_pair_the_text_names_or_as_the_family() -> None:
    _, qa = analyse(
        "Reed freed\n\nMr Biden said he had shared the news with Trevor Reed's parents,"
        " Joey and Paula Reed.\n\n"
        'The Reeds thanked Mr Biden, saying "our family has been living a nightmare" for'
        " 985 days.\n\n"
        "\"The President's action may have saved Trevor's life,\" they said in a statement."
        "\n\n“We ask for privacy,” the family said.",
        "Reed freed\n\nTrevor Reed is home.\n\n“Our prayers have been answered,” Reed’s"
        " family said in a statement.",
    )
    for words in (
        "our family has been living a nightmare",
        "The President's action may have saved Trevor's life,",
        "We ask for privacy,",
    ):
        assert speaker_of(qa, words) == "Joey and Paula Reed"
    # another article names no pair: the family, by the surname
    assert speaker_of(qa, "Our prayers have been answered,") == "Reed family"


def test_a_name_after_a_courtesy_title_opens_the_sentence_for_a_later_verb() -> None:
    _, qa = analyse(
        "Reed freed\n\nMr. Biden did not comment on details of the release, but said:"
        ' "The negotiations required difficult decisions."'
    )
    assert speaker_of(qa, "The negotiations required difficult decisions.") == "Biden"


def test_words_a_later_concessive_clause_answers_are_no_ones() -> None:
    _, qa = analyse(
        "Reed jailed\n\nTrevor Reed was freed.\n\nMr. Reed was sentenced to nine years for"
        " endangering the “life and health” of police officers, though Mr. Reed and his"
        " family have denied the charges."
    )
    assert speaker_of(qa, "life and health") is None


def test_a_body_called_by_the_words_its_name_opens_with() -> None:
    _, qa = analyse(
        "Attack\n\nThe Irish Health Service Executive (HSE) has shut down its IT systems."
        "\n\nTests will proceed, although “you cannot get a test through your GP,” the"
        " health service said."
    )
    said = speaker_of(qa, "you cannot get a test through your GP,")
    assert said == "Irish Health Service Executive"


def test_an_accolade_in_capitals_is_the_person_the_story_is_about() -> None:
    _, qa = analyse(
        "Diamond retires\n\nNeil Diamond has Parkinson's disease.\n\n"
        'The Rock and Roll Hall of Famer offered his "sincerest apologies" to fans.'
    )
    assert speaker_of(qa, "sincerest apologies") == "Neil Diamond"


def test_the_noun_a_speaker_was_brought_in_with_is_that_speaker() -> None:
    _, qa = analyse(
        "Mine blast\n\nA miner who works the day shift hurried to the site. “We saw a"
        " frightful scene,” said Celal Kara, 40. “They are all my friends,” the miner of 14"
        ' years said after exiting the mine.\n\n"It was bad," the officer said.'
    )
    assert speaker_of(qa, "They are all my friends,") == "Celal Kara"
    assert speaker_of(qa, "It was bad,") is None  # no officer brought in


def test_the_white_house_is_no_person_a_pronoun_stands_for() -> None:
    _, qa = analyse(
        "Trump ill\n\nDonald Trump tested positive.\n\nTrump also shared a video recorded"
        " inside the White House. “I think I’m doing very well,” he said in the video."
    )
    assert speaker_of(qa, "I think I’m doing very well,") == "Donald Trump"


def test_a_body_named_in_apposition_after_although_speaks() -> None:
    _, qa = analyse(
        "Deal reached\n\nDetails were not released, although the union, the United"
        " Automobile Workers, said it had “achieved major wins.”"
    )
    assert speaker_of(qa, "achieved major wins.") == "United Automobile Workers"


def test_a_he_of_the_nearer_verb_is_no_body_named_further_back() -> None:
    _, qa = analyse(
        "Tokyo wins\n\nPrime Minister Shinzo Abe made a plea.\n\n"
        "Abe’s government said this week it will spend money to fix the crisis and on"
        " Saturday he told the IOC: “Let me assure you the situation is under control.”"
    )
    said = speaker_of(qa, "Let me assure you the situation is under control.")
    assert said == "Shinzo Abe"


def test_the_first_of_two_people_named_as_one_subject_leads_the_statement() -> None:
    _, qa = analyse(
        "Fine\n\n“This decision is flawed,” Nick Clegg, Meta’s president of global affairs,"
        " and Chief Legal Officer Jennifer Newstead said in a statement."
    )
    assert speaker_of(qa, "This decision is flawed,") == "Nick Clegg"


def test_the_second_of_two_passive_verbs_names_no_speaker() -> None:
    _, qa = analyse(
        "Fine\n\nThe regulator fined Meta.\n\nThe social media giant has been directed to"
        " suspend data transfers within five months and told to cease the “unlawful"
        " processing, including storage, in the US” of data."
    )
    assert speaker_of(qa, "unlawful processing, including storage, in the US") is None


def test_a_report_speaks_for_the_body_the_text_says_issued_it() -> None:
    _, qa = analyse(
        "Climate report\n\nExtremes are one theme of a landmark climate report released"
        " Monday by the U.N.'s Intergovernmental Panel on Climate Change (IPCC).\n\n"
        '"It is unequivocal that human influence has warmed the planet," the report states.'
    )
    said = speaker_of(qa, "It is unequivocal that human influence has warmed the planet,")
    assert said == "Intergovernmental Panel on Climate Change"


def test_states_reports_after_a_document_not_after_a_region() -> None:
    _, qa = analyse(
        "Strikes\n\n“Russian planes are striking the rebels,” a source from Tajammu al-Izzah,"
        " an opposition group backed by Western and Gulf states which has been hit by"
        " airstrikes, told the newspaper.\n\n"
        '"Warming is unequivocal," the report by the World Meteorological Organization'
        " states."
    )
    assert speaker_of(qa, "Russian planes are striking the rebels,") == "Tajammu al-Izzah"


def test_a_person_speaking_through_someone_unnamed_is_that_persons_voice() -> None:
    _, qa = analyse(
        "Tina Turner dies\n\nTina Turner has died at 83.\n\n“With her, the world loses a"
        " legend,” the singer’s representative said in a statement.\n\n"
        '"It is serious," Theresa May\'s spokesman said.\n\n'
        '"We are fine," the company\'s spokesman said.',
        "Tina Turner dies\n\nTina Turner has died.\n\n“We thank you,” her representatives"
        " said.\n\n“She was a force,” her representatives added.",
    )
    # one name for her representatives across the set: the form quoted most
    assert speaker_of(qa, "With her, the world loses a legend,") == (
        "Tina Turner's representatives"
    )
    assert speaker_of(qa, "We thank you,") == "Tina Turner's representatives"
    assert speaker_of(qa, "It is serious,") == "Theresa May's spokesman"
    assert speaker_of(qa, "We are fine,") is None  # a body's spokesman, no body named


def test_the_regulator_is_the_body_that_spoke_last_and_a_trader_speaks_for_the_bank() -> None:
    _, qa = analyse(
        "Fine\n\nThe bank has been fined by the Commodity Futures Trading Commission.\n\n"
        'The commission said Barclays had manipulated the rate on "numerous occasions".\n\n'
        "Barclays conspired “as a result of instructions from senior management” the"
        " regulator said. Emails included a Barclays trader saying: “We have another big"
        " fixing tomorrow.”"
    )
    said = speaker_of(qa, "as a result of instructions from senior management")
    assert said == "Commodity Futures Trading Commission"
    assert speaker_of(qa, "We have another big fixing tomorrow.") == "Barclays"


def test_a_relative_clause_after_an_apposition_is_the_named_persons() -> None:
    _, qa = analyse(
        "Attack\n\nVenezuelan President Nicolas Maduro, a strong Kirchner ally who has"
        ' called the accusations against her a "farse," also tweeted his support.\n\n'
        "A supporter of Ms Fernandez de Kirchner, who did not give his name, said: "
        '"I saw this arm come up over my shoulder."'
    )
    assert speaker_of(qa, "farse,") == "Nicolas Maduro"
    assert speaker_of(qa, "I saw this arm come up over my shoulder.") is None


def test_a_bodys_name_goes_on_past_on_but_not_into_a_date() -> None:
    names = [
        m.name
        for m in mentions_in(
            "The Intergovernmental Panel on Climate Change warned. The European Commission"
            " on Monday fined Google. The Committee on Foreign Affairs met. Obama on Friday"
            " spoke."
        )
    ]
    assert "Intergovernmental Panel on Climate Change" in names
    assert "Committee on Foreign Affairs" in names
    assert "European Commission" in names
    assert "Obama" in names


def test_a_nationality_opening_a_sentence_is_no_business_a_noun_refers_to() -> None:
    _, qa = analyse(
        "Ranieri sacked\n\nLeicester's Thai owners took the drastic measure.\n\n"
        "The club qualified for the last 16.\n\n"
        '"His status as the most successful manager is without question," the club said.'
    )
    assert speaker_of(qa, "His status as the most successful manager is without question,") != (
        "Thai"
    )


def test_an_unnamed_official_is_not_the_person_the_next_sentence_is_about() -> None:
    _, qa = analyse(
        'Diplomats expelled\n\nA Russian official condemned the move as "Russophobic'
        ' hysteria" and did not rule out a reciprocal move.\n\n'
        "Zelimkhan Khangoshvili, 40, was shot dead in a Berlin park in August."
    )
    assert speaker_of(qa, "Russophobic hysteria") is None


def test_a_judge_cutting_off_a_defendant_is_the_she_who_speaks_next() -> None:
    _, qa = analyse(
        'Breivik verdict\n\nAnders Behring Breivik added: "I would like to end with a'
        ' statement of regret," but he was cut off by presiding judge Wenche Elizabeth'
        ' Arntzen.\n\n"This is not the point to address anyone," she said.\n\n'
        '"I do not take time to consider," Breivik shot back defiantly.'
    )
    assert speaker_of(qa, "This is not the point to address anyone,") == (
        "Wenche Elizabeth Arntzen"
    )
    assert speaker_of(qa, "I do not take time to consider,") == "Anders Behring Breivik"


def test_review_cases_keep_their_speakers() -> None:
    """Cases the first versions of this session's rules got wrong."""
    _, qa = analyse(
        "Report\n\nThe report was written by academics for the BBC.\n\n"
        '"It is bad," the report said.\n\n'
        'John Smith was questioned by MPs on Monday and told them: "I did nothing wrong."'
        '\n\nDonald Trump and Joe Biden debated. "We are proud," Biden\'s family said.\n\n'
        'His lawyer, Karen Major, told reporters: "He is innocent."'
    )
    assert speaker_of(qa, "It is bad,") != "BBC"
    assert speaker_of(qa, "I did nothing wrong.") == "John Smith"
    assert speaker_of(qa, "We are proud,") == "Biden family"
    assert speaker_of(qa, "He is innocent.") == "Karen Major"
    _, qa = analyse(
        'Tennis\n\nSerena Williams won. Prince William watched.\n\n"I am happy," Williams said.'
    )
    assert speaker_of(qa, "I am happy,") == "Serena Williams"


def test_a_body_named_with_and_without_its_country_is_one_speaker() -> None:
    _, qa = analyse(
        "Attack\n\nThe Irish Health Service Executive (HSE) shut its systems.\n\n"
        '"We are working on it," the Irish Health Service Executive said.',
        "Attack\n\nThe Health Service Executive shut its systems.\n\n"
        '"Appointments are cancelled," the Health Service Executive said.\n\n'
        '"Vaccines go ahead," the Health Service Executive added.',
    )
    speakers = {q.speaker for q in qa.quotes}
    assert len(speakers) == 1
    assert next(iter(speakers)).endswith("Health Service Executive")


def test_a_named_bodys_statement_described_by_a_participle() -> None:
    """ "said an FA statement released on Tuesday": the FA speaks; the participle
    describes the statement (no clause follows it)."""
    _, qa = analyse(
        LEDE + '"The manager has left his post," said an FA statement released on Tuesday.'
    )
    assert speaker_of(qa, "The manager has left his post,") == "FA"
    # a statement whose issuer is not named stays unattributed, as before
    _, qa = analyse(LEDE + '"The manager has left his post," said a statement issued by the club.')
    assert speaker_of(qa, "The manager has left his post,") is None
    # nor does a date name one ("a Tuesday statement")
    _, qa = analyse(LEDE + '"The manager has left his post," said a Tuesday statement issued.')
    assert speaker_of(qa, "The manager has left his post,") is None


def test_a_role_opening_the_clause_after_a_fronted_phrase_is_not_an_apposition() -> None:
    # "to Mr Williamson, the Prime Minister said": the prime minister speaks, not the
    # man the letter went to; and a capitalised title is no name tying the role to
    # the person the story names most ("the Bournemouth manager" is)
    lead = LEDE + "Theresa May sacked Gavin Williamson. Mr Williamson denied it.\n\n"
    _, qa = analyse(
        lead + "In a letter to Mr Williamson, the Prime Minister said she had "
        '"lost full confidence" in him. Prime Minister Theresa May had given '
        'the "green light" to Huawei.'
    )
    assert speaker_of(qa, "lost full confidence") == "Theresa May"
    _, qa = analyse(lead + 'In a letter to Mr Williamson, the minister said "it is over".')
    assert speaker_of(qa, "it is over") is None  # no minister named: the text does not say


def test_a_name_s_remarks_are_what_the_sentence_is_about_not_who_speaks() -> None:
    lead = LEDE + "Justin Trudeau hosted the summit. Donald Trump left early.\n\n"
    _, qa = analyse(lead + 'Trump said Trudeau\'s remarks were "very dishonest and weak."')
    assert speaker_of(qa, "very dishonest and weak.") == "Donald Trump"
    _, qa = analyse(lead + 'In Trudeau\'s remarks: "We will not be pushed around."')
    assert speaker_of(qa, "We will not be pushed around.") == "Justin Trudeau"


def test_a_person_called_by_the_name_he_goes_by_is_one_speaker() -> None:
    # 'Robert "Bobby" Tran' in one outlet, "Bobby Tran" in another: one person, by
    # his given name
    _, qa = analyse(
        'Fare rise approved\n\nCouncil member Robert "Bobby" Tran voted against it.\n\n'
        '"Every quarter matters to them," Tran said.',
        "Council votes\n\nCouncilman Bobby Tran said the rise was wrong.\n\n"
        '"This is the wrong signal," Tran said.',
    )
    assert speaker_of(qa, "Every quarter matters to them,") == "Robert Tran"
    assert speaker_of(qa, "This is the wrong signal,") == "Robert Tran"


def test_said_one_engineer_is_someone_unnamed_not_the_last_person_named() -> None:
    lead = LEDE + "Chief executive Daniel Achterberg announced the cuts on Wednesday.\n\n"
    for line in (
        '"It felt like a call of doom," said one engineer who was told her job had gone.',
        '"It felt like a call of doom," said another engineer.',
        '"It felt like a call of doom," said one of the engineers.',
    ):
        _, qa = analyse(lead + line)
        assert speaker_of(qa, "It felt like a call of doom,") is None


def test_a_description_and_a_name_after_a_headline_quote_name_no_speaker() -> None:
    # "'...': Killer of Leeds student Jacob Thorne jailed": the man jailed, described,
    # is no label saying who spoke
    _, qa = analyse(
        "'You went looking for trouble': Killer of Leeds student Jacob Thorne jailed for "
        "life\n\nLiam Garrity, 24, was jailed for life at Leeds Crown Court on Friday."
    )
    assert speaker_of(qa, "You went looking for trouble") != "Killer of Leeds"


def test_a_person_of_a_body_is_named_without_the_body() -> None:
    for line, who in (
        ('Outside court, Det Insp Karen Lloyd of West Yorkshire Police said: "It was senseless."',
         "Karen Lloyd"),
        ('Professor Ann Lee of Harvard University said the attack was "senseless".', "Ann Lee"),
    ):  # fmt: skip
        _, qa = analyse(LEDE + line)
        (quote,) = qa.quotes
        assert quote.speaker == who
    _, qa = analyse(LEDE + 'The Governor of the Bank of England said rates were "on hold".')
    assert qa.quotes[0].speaker == "Bank of England"  # a body's own name stays whole


def test_the_judge_is_the_high_court_judge_styled_mrs_justice() -> None:
    lead = LEDE + "Mrs Justice Harriet Crane sentenced Liam Garrity at Leeds Crown Court.\n\n"
    _, qa = analyse(lead + '"Jacob had done nothing to you," the judge said.')
    assert speaker_of(qa, "Jacob had done nothing to you,") == "Harriet Crane"
    # a justice minister is no judge
    _, qa = analyse(
        LEDE + "Justice Minister Ann Roe spoke first.\n\n" + '"We act," the judge said.'
    )
    assert speaker_of(qa, "We act,") is None


def test_state_after_a_nationality_or_a_preposition_is_the_noun() -> None:
    lead = LEDE + "Inquiry chair Sir Martin Haig said the deaths were avoidable.\n\n"
    _, qa = analyse(
        lead + "Prime Minister Ann Roe apologised on behalf of British state, saying the fire "
        "\u201cshould never have happened\u201d."
    )
    assert speaker_of(qa, "should never have happened") == "Ann Roe"


def test_a_sentence_adverb_before_the_government_is_no_name() -> None:
    _, qa = analyse(
        LEDE + "However, the government has said that is \u201cunaffordable\u201d and it will "
        "not negotiate."
    )
    assert speaker_of(qa, "unaffordable") not in ("However", "However Government")


def test_the_one_a_causative_prompts_to_speak_is_the_speaker() -> None:
    lead = LEDE + "Union chief Pat Cullen said nurses were sorry.\n\n"
    lead += "The Royal College of Nursing (RCN) has said it will staff cancer wards.\n\n"
    _, qa = analyse(
        lead + "The health secretary refused to discuss pay \u2014 prompting Cullen to accuse "
        "him of \u201cbelligerence\u201d."
    )
    assert speaker_of(qa, "belligerence") == "Pat Cullen"


def test_an_advertisement_label_glued_to_a_paragraph_is_no_speaker() -> None:
    lead = LEDE + "Inquiry chair Sir Martin Haig published the report.\n"
    (article,), qa = analyse(
        lead + "Advertisement\nHide AdAddressing the survivors this morning, he said the "
        "\u201csimple truth\u201d is that all the deaths were avoidable."
    )
    assert speaker_of(qa, "simple truth") == "Martin Haig"
    starts = {article.text[p.start : p.end][:7]: p.kind for p in article.paragraphs}
    assert starts["Hide Ad"] is BlockKind.CHROME and starts["Address"] is BlockKind.BODY


def test_a_court_that_found_or_concluded_words_speaks_them() -> None:
    lead = LEDE + "The Paris Court ruled on Monday.\n\n"
    for line in (
        'The firm showed "a pact of corruption", the court found.',
        'The court concluded that the deal was "a pact of corruption".',
    ):
        _, qa = analyse(lead + line)
        assert speaker_of(qa, "a pact of corruption") == "Paris Court"


def test_someone_described_takes_no_name_from_another_outlet() -> None:
    """The cafe owner's "We have lost everything." is not the farmer's, whom only the
    other outlet names (a described speaker takes a name her own text gives)."""
    farmer = (
        "Floods in Faenza\n\nFarmers said 5,000 farms were damaged. "
        '"We have lost everything," said Luca Bianchi, who grows peaches near Faenza.\n'
    )
    cafe = (
        "Faenza cafe owner counts losses\n\nThe owner of the Caffe Roma in Faenza said: "
        '"We have lost everything." Her shop was under a metre of water.\n'
    )
    _, qa = analyse(farmer, cafe)
    by_article = {q.article_id: q.speaker for q in qa.quotes}
    assert by_article == {"a0": "Luca Bianchi", "a1": None}


def test_a_university_provost_is_named_without_the_title() -> None:
    _, qa = analyse(
        LEDE + "\u201cThese murders have shaken everyone in our community,\u201d Washington "
        "State University Provost Elizabeth Chilton said."
    )
    assert speaker_of(qa, "These murders have shaken everyone in our community,") == (
        "Elizabeth Chilton"
    )


def test_words_a_firm_is_said_to_have_shown_are_not_the_firms() -> None:
    lead = LEDE + "Sir Martin Haig, the chair of the inquiry, published the report.\n\n"
    _, qa = analyse(
        lead + "Studio E demonstrated \u201ca cavalier attitude to the regulations affecting "
        "fire safety\u201d."
    )
    assert speaker_of(qa, "a cavalier attitude to the regulations affecting fire safety") != (
        "Studio E"
    )


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            'The ANC Women’s League said it would be "making submissions to the State on '
            'our view that an appeal is in the interest of the judicial system".',
            "making submissions to the State on our view that an appeal is in the "
            "interest of the judicial system",
            "Women’s League",
        ),
        (
            '"Rates will stay where they are," the People’s Bank of China said.',
            "Rates will stay where they are,",
            "People’s Bank of China",
        ),
        (
            '"His status is without question," a long club statement said.',
            "His status is without question,",
            "Club",
        ),
    ],
)
def test_a_body_s_name_keeps_its_plural_possessive_and_not_a_statement_s_adjective(
    sentence: str, words: str, speaker: str
) -> None:
    _, analysis = analyse("Headline here\n\n" + sentence)
    assert speaker_of(analysis, words) == speaker


def test_a_long_description_naming_a_body_still_gives_the_name_before_it() -> None:
    _, qa = analyse(
        LEDE + '"This is the only drug so far that reduces mortality," Peter Horby, a professor '
        "at University of Oxford and a chief author of the study said, according to the BBC."
    )
    assert speaker_of(qa, "This is the only drug so far that reduces mortality,") == "Peter Horby"


@pytest.mark.parametrize(
    "headline", ['Steroid hailed as "breakthrough" drug', 'Drug branded as a "miracle"']
)
def test_what_a_headline_describes_as_a_word_does_not_say_it(headline: str) -> None:
    _, qa = analyse(
        headline + "\n\nDoctors in London reported the results of a large trial on Tuesday, "
        "and hospitals began using the cheap drug at once.\n\n"
        'It is the drug hailed by scientists as a "major breakthrough".'
    )
    quoted_words = [qa.text_of(q) for q in qa.quotes]
    assert quoted_words[-1] == "major breakthrough"
    assert all(q.speaker is None for q in qa.quotes)


def test_what_officials_described_as_a_word_is_their_word() -> None:
    _, qa = analyse(
        LEDE + "Thieves took jewels that museum director Marion Ackermann described as "
        '"priceless" from the collection on Monday.'
    )
    assert speaker_of(qa, "priceless") == "Marion Ackermann"


def test_words_a_crowd_chants_are_quoted_words() -> None:
    _, qa = analyse(
        LEDE + 'The crowd chanted "Liberty!" as he arrived.\n\n'
        'Maria Lopez shouted "Out, out, out" at the minister.'
    )
    assert [qa.text_of(q) for q in qa.quotes] == ["Liberty!", "Out, out, out"]
    assert speaker_of(qa, "Out, out, out") == "Maria Lopez"


def test_he_in_a_when_clause_is_the_sentence_s_subject() -> None:
    _, qa = analyse(
        LEDE + "Mr Trump congratulated Mr Milei on his platform, Truth Social, when he said: "
        '"The whole world was watching! I am very proud of you."'
    )
    assert speaker_of(qa, "The whole world was watching! I am very proud of you.") == "Trump"


def test_it_in_a_what_clause_is_no_person() -> None:
    _, qa = analyse(
        LEDE + "Tom Hill Ireland correspondent@tomhill72Fri 14 May 2021 12.02 BST\n\n"
        "Ireland's state health services provider has shut all its IT systems after what it "
        'described as a "significant ransomware attack" overnight.'
    )
    assert "Hill" not in (speaker_of(qa, "significant ransomware attack") or "")


@pytest.mark.parametrize(
    "opening",
    [
        "Mr Massa had already conceded defeat",
        "Mr Massa of the ruling Peronist party had already conceded defeat",
    ],
)
def test_a_participle_s_words_are_the_main_clause_subject_s(opening: str) -> None:
    _, qa = analyse(
        LEDE + "Sergio Massa, the economy minister, lost the runoff on Sunday.\n\n"
        f'{opening}, saying Argentines "chose another path."'
    )
    assert speaker_of(qa, "chose another path.") == "Sergio Massa"


def test_the_official_is_the_person_just_named_with_a_role() -> None:
    _, qa = analyse(
        LEDE + "Sudhanshu Sarangi, director general of Odisha Fire Services, admitted that "
        "they do not expect any survivors under the coaches.\n\n"
        '"A crane has arrived, we will pull up the coaches one by one," the official said.'
    )
    assert speaker_of(qa, "A crane has arrived, we will pull up the coaches one by one,") == (
        "Sudhanshu Sarangi"
    )


def test_the_official_is_nobody_named_long_before() -> None:
    _, qa = analyse(
        LEDE
        + "Sudhanshu Sarangi, director general of Odisha Fire Services, visited the site.\n\n"
        + "Rescue teams worked through the night in the rain to reach the last coaches. " * 6
        + '\n\n"We will not stop," the official said.'
    )
    assert speaker_of(qa, "We will not stop,") is None


def test_a_sentence_closing_on_said_and_a_name_makes_them_the_he_that_follows() -> None:
    _, qa = analyse(
        LEDE + "Amitabh Sharma, a rail ministry spokesperson, said the work was nearly done.\n\n"
        "About 200 injured people were moved to hospitals in other cities, said PK Jena, "
        "the state's top administrative official.\n\n"
        "Another 200 were discharged after receiving care, he added.\n\n"
        "“The challenge now is identifying the bodies.”"
    )
    assert speaker_of(qa, "The challenge now is identifying the bodies.") == "PK Jena"


def test_a_name_after_said_that_opens_what_was_said_is_no_inverted_subject() -> None:
    _, qa = analyse(
        LEDE + "Al Jazeera’s Tom Ackerman, reporting from Washington DC, said Wednesday’s "
        "announcement could be a prelude to further increases.\n\n"
        "“The Fed is taking it slow,” he said."
    )
    assert speaker_of(qa, "The Fed is taking it slow,") == "Tom Ackerman"


def test_a_name_set_off_before_a_description_set_off_too_speaks() -> None:
    _, qa = analyse(
        LEDE + "Spain's prime minister, Mariano Rajoy, a native of Santiago, said on a visit "
        'that two inquiries had been opened, "one judicial and the other by the ministry".'
    )
    assert speaker_of(qa, "one judicial and the other by the ministry") == "Mariano Rajoy"


def test_according_to_a_paper_he_said_is_no_word_of_the_paper() -> None:
    _, qa = analyse(
        LEDE + "The train crashed near Santiago de Compostela on Wednesday night. One of the "
        "drivers told officials that he was travelling at 190km/h on a curve.\n\n"
        'According to El País, he said over the radio: "I was doing 190. I hope no one '
        'has been killed."'
    )
    assert speaker_of(qa, "I was doing 190. I hope no one has been killed.") is None


def test_a_headline_label_printed_twice_is_no_speaker() -> None:
    """'Spain Rail Crash: Train "Travelling Too Fast"' above the same headline again: the
    label names the story, not a person the text names again."""
    _, qa = analyse(
        "Spain Rail Crash: Train 'Travelling Too Fast'\n\n"
        "Spain Rail Crash: Train 'Travelling Too Fast'\n\n"
        "A train that crashed killing 78 people in northern Spain was reportedly travelling "
        "at nearly three times the speed limit, officials said on Thursday.\n"
    )
    assert all(q.speaker != "Spain Rail Crash" for q in qa.quotes)


def test_near_variants_of_today_s_attribution_rules() -> None:
    _, qa = analyse(
        LEDE + '"This is the only drug so far," Peter Horby, a professor at the University of '
        "Oxford and a chief author of the study said.\n\n"
        'Officials in Santiago de Compostela said "the investigation continues" on Thursday.\n\n'
        'The fans sang "You will never walk alone" as the players left the pitch.'
    )
    assert speaker_of(qa, "This is the only drug so far,") == "Peter Horby"
    assert speaker_of(qa, "the investigation continues") is None  # no place speaks
    assert speaker_of(qa, "You will never walk alone") is None  # kept: sung words


TITLED_AND_SET_OFF_CASES = [
    pytest.param(
        "The company CEO Andy Jassy said in a post that the company will cut jobs. "
        '"This year\'s review has been more difficult," the Amazon CEO noted.',
        "This year's review has been more difficult,",
        "Andy Jassy",
        id="the body's CEO is the CEO the text introduced without a body",
    ),
    pytest.param(
        "Tesla CEO Elon Musk said it was fine. "
        '"This year\'s review has been more difficult," the Amazon CEO noted.',
        "This year's review has been more difficult,",
        "Amazon CEO",
        id="another body's CEO is not the Amazon CEO",
    ),
    pytest.param(
        "Police arrested former Prime Minister Imran Khan.\n\nLahore Police Chief Bilal "
        "Kamiana confirmed the arrest.\n\nKhan, 70, is a former cricket star. He has "
        'denied wrongdoing.\n\n"By the time you hear this, they will have arrested me," '
        "he said.",
        "By the time you hear this, they will have arrested me,",
        "Imran Khan",
        id="a name and its age opening a sentence is the he that follows",
    ),
    pytest.param(
        "Additional District and Sessions Judge (ADSJ) Humayun Dilawar ruled that the "
        "charges were proven, adding that the former PM “deliberately submitted fake "
        "details”.",
        "deliberately submitted fake details",
        "Humayun Dilawar",
        id="a title joined by and, its initialism, then the name",
    ),
    pytest.param(
        "Khan's political party, Pakistan Tehreek-e-Insaf (PTI) said in a statement it "
        "had appealed.\n\nIn a brief post, his party said: “Imran Khan is being moved to "
        "Kot Lakhpat Jail.”",
        "Imran Khan is being moved to Kot Lakhpat Jail.",
        "Pakistan Tehreek-e-Insaf",
        id="his party is the party named after his party",
    ),
    pytest.param(
        "Khan, 70, was arrested, his family said. In a brief post on the X platform, his "
        "party said: “Imran Khan is being moved to Kot Lakhpat Jail.”",
        "Imran Khan is being moved to Kot Lakhpat Jail.",
        "Imran Khan's party",
        id="his party, named nowhere, is the party of the one he is",
    ),
    pytest.param(
        "Commenting, Richard Moriarty Chief Executive at the UK Civil Aviation Authority, "
        "said: “This is a sad day for UK aviation.”\n\nFlybe chief executive Mark Anderson "
        "said it had no alternative.",
        "This is a sad day for UK aviation.",
        "Richard Moriarty",
        id="a name before its title is still the name",
    ),
    pytest.param(
        "The comment came from 10-year-old Caitlyne Gonzalez, who attended the school. "
        "She lost two friends.\n\n“I am here today,” the little girl said.",
        "I am here today,",
        "Caitlyne Gonzalez",
        id="the little girl is the girl just named",
    ),
    pytest.param(
        "The comment came from Tom Gonzalez, who attended the school.\n\nA man in the "
        "crowd shouted at him. “Go home,” the man said.",
        "Go home,",
        None,
        id="the man is not the one named before a man came in unnamed",
    ),
    pytest.param(
        "Luis Rubiales kissed player Jenni Hermoso.\n\nHermoso issued a statement on Friday "
        "rebuking him, while the federation president cast himself as the victim.\n\n"
        "“I won’t resign,” he declared.",
        "I won’t resign,",
        "Luis Rubiales",
        id="a given name that is one gender says she is no he",
    ),
    pytest.param(
        "Lorella Palmer, a British tourist, described it.\n\n“The room shook,” she told "
        "BBC News.\n\nMoroccan reporter Aida Alami grew up in Marrakesh and has been in touch "
        "with her parents. She says the earthquake was totally unexpected\n\n“It is not a "
        "country where people know what to do,” she told the BBC.",
        "It is not a country where people know what to do,",
        "Aida Alami",
        id="a reporter named in a paragraph that lost its last full stop is the next she",
    ),
    pytest.param(
        "Oscar Pistorius was jailed on Tuesday.\n\nDefense lawyers of Pistorius argued a "
        'jail term would "break" him, and said imprisonment would be harmful.',
        "break",
        "Oscar Pistorius's lawyers",
        id="lawyers of a person speak for him, they are not him",
    ),
    pytest.param(
        "Oscar Pistorius was jailed on Tuesday.\n\nLawyers for Pistorius argued a jail term "
        'would "break" him.',
        "break",
        "Oscar Pistorius's lawyers",
        id="lawyers for a person are no body called so",
    ),
    pytest.param(
        "Judge Thokozile Masipa sentenced him.\n\nOscar Pistorius is given five years in "
        "prison in a sentence the judge hoped was “fair and just both to society and the "
        "accused”.",
        "fair and just both to society and the accused",
        "Thokozile Masipa",
        id="what the judge hoped a sentence was is the judge's",
    ),
    pytest.param(
        "Frenchman Michael Bizet, 43, told AFP that he had been in bed. “It was terrible,” "
        "he said.",
        "It was terrible,",
        "Michael Bizet",
        id="a nationality before the name is no part of it",
    ),
    pytest.param(
        'The company CEO Andy Jassy wrote to staff. "This review was hard," the Amazon CEO '
        'noted.\n\n"We plan to eliminate just over 18,000 roles," the CEO said.',
        "We plan to eliminate just over 18,000 roles,",
        "Andy Jassy",
        id="the CEO is no person called Amazon CEO",
    ),
    pytest.param(
        'Justin Trudeau hosted the summit.\n\n"We are focused on what we accomplished," '
        "Trudeau's Office said in a statement.",
        "We are focused on what we accomplished,",
        "Office of Justin Trudeau",
        id="a capitalised office of a person is the person's office",
    ),
]


OPENING_WORD_CASES = [
    pytest.param(
        "Former sub-postmistress Maureen Latham, 67, who ran a branch, said the gesture was "
        "meaningless.\n\n“It’s too little, too late,” she told MailOnline.",
        "It’s too little, too late,",
        "Maureen Latham",
        id="former before a role no lexicon lists is no name",
    ),
    pytest.param(
        "Remarkably, the two seats beside the panel were empty.\n\nAudio captured the moment "
        "a pilot radioed for help. ‘We are an emergency,’ she told controllers.",
        "We are an emergency,",
        None,
        id="an adverb opening a sentence is nobody",
    ),
    pytest.param(
        "Missing Alaska Airlines door plug found in back yard\n\nAudio captured the moment "
        "a pilot radioed for help. ‘We are an emergency,’ she told controllers.",
        "We are an emergency,",
        None,
        id="an airline is no she",
    ),
    pytest.param(
        "The star witness was Caroline Ellison, the former chief executive of Alameda "
        "Research. Over three days, she described how he had instructed her.\n\n“He "
        "directed me to commit these crimes,” Ms. Ellison testified.",
        "He directed me to commit these crimes,",
        "Caroline Ellison",
        id="testified reports, and a research firm is no she",
    ),
    pytest.param(
        "Mr. Bankman-Fried’s decision to testify proved costly. Under cross-examination by "
        "Danielle Sassoon, an assistant U.S. attorney, he often appeared evasive, repeatedly "
        "telling the jury that he could not remember key conversations. He conceded he had "
        "made errors but maintained that he had not intended to defraud anyone.\n\n“I made "
        "a number of small mistakes,” he testified.",
        "I made a number of small mistakes,",
        None,  # (not "U.S"; the lede names no one else)
        id="a nation and a preposition opening a sentence are no he",
    ),
    pytest.param(
        "The US Coast Guard said it had pulled 17 people from the water.\n\nAmong the "
        "visitors was Ben Hutchinson, 34, from Manchester.\n\n“We were lucky,” he told the "
        "BBC.",
        "We were lucky,",
        "Ben Hutchinson",
        id="a coast guard is a body, no he",
    ),
    pytest.param(
        "One worker was taken to the R Adams Cowley Shock Trauma Center.\n\nA co-worker who "
        "gave his name only as Luis said the men had been on a break.\n\n“They were working "
        "hard for their families,” he said.",
        "They were working hard for their families,",
        "Luis",
        id="the name an unnamed person gave is theirs, and a center is a body",
    ),
    pytest.param(
        'Gov. Wes Moore has said the investigation so far "points to an accident."\n\nIn '
        "Dundalk, Tom Wroblewski, 67, stood at the end of his street on Wednesday.\n\n"
        '"That bridge was part of who we are," he said.',
        "That bridge was part of who we are,",
        "Tom Wroblewski",
        id="a person set off by an age after a phrase of place is the next he",
    ),
    pytest.param(
        '"It will take months," Rafael Díaz Morales, president of a hoteliers\' association, '
        "told Milenio.\n\nIn the fishing community of Puerto Marqués, east of the bay, "
        'fisherman Víctor Manuel Cruz surveyed his boat. "The sea came up to the road," he '
        "said.",
        "The sea came up to the road,",
        "Víctor Manuel Cruz",
        id="a role and a name after two phrases of place are the next he",
    ),
    pytest.param(
        "Cathedral spokesman André Finot told French media the frame was lost. “Everything "
        "is burning,” he said.\n\nFrench President Emmanuel Macron, who cancelled a TV "
        "address to rush to the scene, fought back tears as he spoke outside the cathedral."
        "\n\n“Notre-Dame de Paris is our history,” he said.",
        "Notre-Dame de Paris is our history,",
        "Emmanuel Macron",
        id="the he of a sentence opening with a name is that person",
    ),
    pytest.param(
        "Dmitry Peskov said the fighters would not be prosecuted. “The higher goal,” he "
        "said, “was to avoid bloodshed.”\n\nHe declined to say whether the defence "
        "minister, Sergei Shoigu, whose removal Prigozhin had demanded, would keep his job. "
        "Personnel matters were “the exclusive prerogative of the commander-in-chief”, he said.",
        "the exclusive prerogative of the commander-in-chief",
        "Dmitry Peskov",
        id="a name set off inside a clause is no subject",
    ),
    pytest.param(
        "Yevgeny Prigozhin led the revolt against Vladimir Putin.\n\n"
        '"All those who prepared an armed rebellion will suffer inevitable punishment," '
        'Putin said. "Any internal turmoil is a deadly threat."\n\nPrigozhin shot back '
        'that "the president made a deep mistake," adding: "We are patriots of our '
        'homeland."',
        "We are patriots of our homeland.",
        "Yevgeny Prigozhin",
        id="shot back that reports a retort",
    ),
    pytest.param(
        '"We will head to Moscow," Yevgeny Prigozhin said.\n\nAuthorities in Moscow '
        "declared a counterterrorism regime, and Mayor Sergei Sobyanin declared Monday a "
        'non-working day. "I ask you to refrain from traveling," he said.',
        "I ask you to refrain from traveling,",
        "Sergei Sobyanin",
        id="the one person a paragraph brings in is its he, not the last speaker",
    ),
    pytest.param(
        'In Paris, prosecutor Rémy Heitz said an investigation was under way. "Nothing '
        'indicates a deliberate act," he said.\n\nAmong those following developments '
        "closely was Véronique Lamarre, a Montreal architect who specializes in heritage "
        'buildings.\n\n"The wooden frame was an extraordinary thing," she said.',
        "The wooden frame was an extraordinary thing,",
        "Véronique Lamarre",
        id="the one person the paragraph before brings in, and an accented given name",
    ),
    pytest.param(
        '"I felt a jolt," Satoshi Yamake, 17, said. Another passenger, a 28-year-old man, '
        "told broadcaster NHK he had seen sparks. 'It was getting hotter,' he said.",
        "It was getting hotter,",
        None,
        id="the he after someone unnamed spoke is them, not the last person named",
    ),
    pytest.param(
        "“We wonder where that money was,” said one union official.\n\nMarc Dufresne, an "
        "architectural historian, said the loss was irreplaceable. “You can rebuild a roof,” "
        "he said.",
        "You can rebuild a roof,",
        "Marc Dufresne",
        id="a named person's apposition is no one unnamed",
    ),
]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    NINTH_SESSION_CASES + TENTH_SESSION_CASES + TITLED_AND_SET_OFF_CASES + OPENING_WORD_CASES,
)
def test_attributions_after_a_lede(text: str, quoted: str, speaker: str | None) -> None:
    """Each case's text after the same lede: the quotation's speaker (None: no one)."""
    _, qa = analyse(LEDE + text)
    assert speaker_of(qa, quoted) == speaker


def test_a_title_no_one_holds_in_the_text_is_its_holder_in_the_set() -> None:
    """'the prime minister said' where this text calls her "May" only: the one person
    another article gives the title; not when two people hold it in the set."""
    letter = (
        "May sacks Williamson\n\nTheresa May has sacked Gavin Williamson.\n\nIn a letter, "
        "the prime minister said an inquiry had secured the “full cooperation” of the others."
    )
    _, qa = analyse(letter, "Williamson out\n\nPrime Minister Theresa May sacked him today.\n")
    assert speaker_of(qa, "full cooperation") == "Theresa May"
    _, qa = analyse(
        letter,
        "Williamson out\n\nPrime Minister Theresa May sacked him today.\n",
        "Talks\n\nPrime Minister Justin Trudeau met her on Friday.\n",
    )
    assert speaker_of(qa, "full cooperation") is None
    # words before the title in the other article ("Additional Judge"): the same office
    _, qa = analyse(
        "Khan jailed\n\nThe judge found Khan had “deliberately submitted fake details” of "
        "the gifts.",
        "Khan sentenced\n\nAdditional Judge Humayun Dilawar sentenced Khan to three years.\n",
    )
    assert speaker_of(qa, "deliberately submitted fake details") == "Humayun Dilawar"
    # ... unless they make it another office
    _, qa = analyse(letter, "Talks\n\nDeputy Prime Minister Dominic Raab met her.\n")
    assert speaker_of(qa, "full cooperation") is None


def test_the_reporter_in_the_byline_is_no_she_of_the_story() -> None:
    """'By Jane Doe' names the reporter: a "she" with no one named in the story before it
    is unknown, not the reporter."""
    _, qa = analyse(
        "Plane returns after panel blows out\n\nBy Jane Doe\n\nThe plane landed safely on "
        "Friday.\n\nAudio captured the moment a pilot radioed for help. ‘We are an "
        "emergency,’ she told controllers.\n"
    )
    assert speaker_of(qa, "We are an emergency,") is None


def test_a_statement_no_text_gives_an_issuer_is_nobodys() -> None:
    """'"...," the statement said' where no text names who issued it: no speaker called
    "Statement"; another outlet naming the issuer of the same words gives it."""
    quote = "“Prigozhin accepted the proposal to stop the movement of the armed people,” "
    _, qa = analyse(
        "Deal struck\n\nThe deal was announced on Saturday.\n\n" + quote + "the statement said.\n"
    )
    assert (
        speaker_of(qa, "Prigozhin accepted the proposal to stop the movement of the armed people,")
        is None
    )
    _, qa = analyse(
        "Deal struck\n\nThe deal was announced on Saturday.\n\n" + quote + "the statement said.\n",
        "Mutiny ends\n\n" + quote + "the Belarusian presidency said.\n",
    )
    assert {q.speaker for q in qa.quotes} == {"Belarusian Presidency"}


def test_a_body_goes_by_the_name_the_set_spells_out() -> None:
    """'BSM said' where an outlet writes "Bernhard Schulte Shipmanagement (BSM)": the name
    spelt out; a legal form ("Corp") is no part of the name a body goes by."""
    _, qa = analyse(
        "Ship stuck\n\nThe manager, Bernhard Schulte Shipmanagement (BSM), spoke.\n\n"
        '"All 25 crew are safe," BSM said in a statement.\n\n"The ship ran aground," '
        "Evergreen Marine Corp said.\n",
        "Canal blocked\n\nAdvertisement\n\nBernhard Schulte Shipmanagement (BSM), the "
        "manager, said the crew were safe.\n",
    )
    assert speaker_of(qa, "All 25 crew are safe,") == "Bernhard Schulte Shipmanagement"
    assert speaker_of(qa, "The ship ran aground,") == "Evergreen Marine"


def test_the_role_of_the_last_speaker_is_theirs_and_a_country_is_no_part_of_a_name() -> None:
    """'The president ... he said' right after President Biden spoke is Biden, not the
    other president named last; "Xi Jinping of China" is Xi Jinping."""
    _, qa = analyse(
        "Summit\n\nPresident Joe Biden met President Xi Jinping of China on Monday.\n\n"
        '"We had a good talk," Biden said.\n\nThe president then described the talks as '
        'frank. "We disagreed on Taiwan," he said.\n\n"It was frank," Xi Jinping of China '
        "told reporters.\n"
    )
    assert speaker_of(qa, "We disagreed on Taiwan,") == "Joe Biden"
    assert speaker_of(qa, "It was frank,") == "Xi Jinping"


def test_a_heading_quoting_someone_does_not_go_on_with_the_last_speaker() -> None:
    """A subheading quoting words the set gives someone takes their speaker, not the
    speaker of the paragraph above (qaP A3)."""
    articles, qa = analyse(
        "Bridge collapse\n\nThe bridge fell on Tuesday after a ship struck it, and the port "
        "was closed.\n\n“We want answers,” said Gustavo Torres, an activist.\n\n"
        "‘Not quick or easy or cheap’\n\nThe transportation secretary, Pete Buttigieg, said "
        "rebuilding “will not be quick or easy or cheap”.\n"
    )
    heading = next(
        p for p in articles[0].paragraphs if "‘Not quick" in articles[0].text[p.start : p.end]
    )
    assert heading.kind is BlockKind.SUBHEAD
    assert speaker_of(qa, "Not quick or easy or cheap") == "Pete Buttigieg"


def test_someone_unnamed_in_a_place_is_no_place_speaking() -> None:
    """'a senior district official in Ghazipur told PTI': an unnamed official, not the
    district; nor the quotation that follows in the same paragraph."""
    _, qa = analyse(
        LEDE + "Four of them were from Ghazipur district and had left on January 13.\n\n"
        '"They had gone to Nepal for sightseeing," a senior district official in Ghazipur '
        'told PTI. "We are in touch with the families."\n\n'
        '"I saw the plane shaking," a witness near the airport said.'
    )
    assert speaker_of(qa, "They had gone to Nepal for sightseeing,") is None
    assert speaker_of(qa, "We are in touch with the families.") is None
    assert speaker_of(qa, "I saw the plane shaking,") is None


def test_a_he_after_the_one_person_a_paragraph_names_is_theirs() -> None:
    """The paragraph names Prigozhin, then 'he' (his): the he of the quotation is him,
    not the president who spoke in the paragraph before."""
    _, qa = analyse(
        LEDE + "Yevgeny Prigozhin led the revolt. Belarusian President Alexander "
        "Lukashenko brokered a deal.\n\n"
        '"This is exactly the kind of blow dealt in 1917," Lukashenko said.\n\n'
        "Prigozhin’s rebellion began on Friday evening, when he accused the military "
        "leadership of a strike on his camps. “There are 25,000 of us,” he said."
    )
    assert speaker_of(qa, "There are 25,000 of us,") == "Yevgeny Prigozhin"


def test_a_sentence_ending_inside_its_quotation_ends_there() -> None:
    """'... said: "My thoughts are with them." He said ...': the he of the second sentence
    is the speaker of the first, not someone of the paragraph before."""
    _, qa = analyse(
        LEDE + "King Mohammed VI has declared three days of mourning, and the palace said he "
        "had ordered the army to help.\n\n"
        "Prime Minister Rishi Sunak, who is attending the G20 summit, said: “My thoughts are "
        "with all those affected.” He said the UK was “ready to support our friends”."
    )
    assert speaker_of(qa, "ready to support our friends") == "Rishi Sunak"


NAMED_AFTER_SETTING_OFF_CASES = [
    pytest.param(
        "The federation warned that the window was narrowing. “The next 48 hours will be "
        "critical,” said its regional director, Hossam Elsharkawy.",
        "The next 48 hours will be critical,",
        "Hossam Elsharkawy",
        id="a body's role set off before the name after an inverted verb",
    ),
    pytest.param(
        "A firefighter was injured.\n\n“We watched it die in front of our eyes,” sobbed "
        "tourist Emma Collins, 29, from Manchester.",
        "We watched it die in front of our eyes,",
        "Emma Collins",
        id="sobbed reports speech",
    ),
    pytest.param(
        "Another British visitor, Sarah Kemp, from Bristol, said the experience had been "
        "“absolutely terrifying”.",
        "absolutely terrifying",
        "Sarah Kemp",
        id="where the person is from set off after the name",
    ),
    pytest.param(
        '"We have bread and water from volunteers," said Aicha Ait Said, a mother of four.',
        "We have bread and water from volunteers,",
        "Aicha Ait Said",
        id="Said as a surname",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), NAMED_AFTER_SETTING_OFF_CASES)
def test_a_name_after_what_sets_it_off_speaks(text: str, quote: str, speaker: str) -> None:
    _, qa = analyse(LEDE + text)
    assert speaker_of(qa, quote) == speaker


def test_the_company_is_the_business_opening_the_sentence_before() -> None:
    """A business with a company word named earlier ('United Airlines') is not 'the
    company' when another business opens the sentence before ('Boeing said it ...')."""
    _, qa = analyse(
        LEDE + "United Airlines said it has 79 of the Boeing planes and had suspended "
        "service.\n\n"
        'Boeing said it supported the decision. "Safety is our top priority," the company '
        "said in a statement."
    )
    assert speaker_of(qa, "Safety is our top priority,") == "Boeing"


def test_he_after_a_body_s_spokesman_is_the_body_again() -> None:
    _, qa = analyse(
        LEDE + 'Alan Bates led the campaign. "It was long," he said.\n\n'
        "A Downing Street spokesman said: “The Prime Minister welcomes the decision.”\n\n"
        "He added: “The focus must now be on getting justice.”\n\n"
        "A Home Office spokeswoman said: “We are working on it.” He said it was over."
    )
    assert speaker_of(qa, "The focus must now be on getting justice.") == "Downing Street"
    assert speaker_of(qa, "It was long,") == "Alan Bates"


def test_a_party_before_a_leader_s_role_is_no_second_newcomer() -> None:
    """'Lib Dem leader Sir Ed Davey': the paragraph brings in one person (Davey), so the
    he after him is Davey, not the body that spoke before."""
    _, qa = analyse(
        LEDE + "Scotland Yard confirmed last week that it is investigating fraud offences.\n\n"
        "Lib Dem leader Sir Ed Davey, who was postal affairs minister from 2010 to 2012, "
        "has faced mounting pressure over his handling of the scandal. He has said he was "
        "“misled” by Post Office bosses."
    )
    assert speaker_of(qa, "misled") == "Ed Davey"


def test_someone_unnamed_described_then_their_town_is_no_town_speaking() -> None:
    """'A woman in her 30s from Sapporo told the paper ...': she, unnamed, then says the
    quotation after (not the passenger named before); 'a spokesman from Airbus' is still
    the company's voice."""
    _, qa = analyse(
        LEDE + '"I felt a jolt," Satoshi Yamake, 17, said. A woman in her 30s from Sapporo '
        'told the Asahi Shimbun that she had heard children screaming. "The flight '
        'attendants kept telling us to stay calm," she said.\n\n'
        '"It is fine," a spokesman from Airbus said.'
    )
    assert speaker_of(qa, "I felt a jolt,") == "Satoshi Yamake"
    assert speaker_of(qa, "The flight attendants kept telling us to stay calm,") is None
    assert speaker_of(qa, "It is fine,") == "Airbus"


def test_a_crowd_chanting_is_nobody_named() -> None:
    """'a group chanted' is some group, not the Wagner Group named before; crowds chanting
    after a clause about Prigozhin are the crowds, not him."""
    _, qa = analyse(
        LEDE + "The Wagner Group seized the city. Prigozhin spoke at length.\n\n"
        'Some residents shook hands with the fighters, and a group chanted "Long live '
        'Wagner!" as Prigozhin left.\n\n'
        "When Prigozhin finally left the city late on Saturday, crowds surrounded his car, "
        "chanting 'Wagner! Wagner!' and reaching through the window.\n\n"
        'When the vote came, Smith stood up, saying "this is wrong".'
    )
    assert speaker_of(qa, "Long live Wagner!") is None
    assert speaker_of(qa, "Wagner! Wagner!") is None
    assert speaker_of(qa, "this is wrong") == "Smith"


BODY_SAID_BEFORE_CASES = [
    pytest.param(
        "The German Foreign Office said it was in close contact with its partners. “We are "
        "following the events closely,” a spokesperson said.",
        "We are following the events closely,",
        "German Foreign Office",
        id="a spokesperson after the body said",
    ),
    pytest.param(
        "Japan Airlines has said that its pilots received clearance. “We believe that "
        "landing permission was given,” a company official said at a news conference.",
        "We believe that landing permission was given,",
        "Japan Airlines",
        id="a company official after the business has said",
    ),
    pytest.param(
        'Paul Smith said it was bad. "It was bad," a witness said.',
        "It was bad,",
        None,
        id="a witness after a person said is nobody named",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), BODY_SAID_BEFORE_CASES)
def test_an_unnamed_voice_after_a_body_said_is_the_body(
    text: str, quote: str, speaker: str | None
) -> None:
    _, qa = analyse(LEDE + text)
    assert speaker_of(qa, quote) == speaker


def test_a_sports_epithet_is_the_player_the_text_named_in_that_role() -> None:
    """'The Aston Villa star ... said' after 'Villa keeper Emiliano Martinez': the
    keeper, not the club, nor the last speaker."""
    _, qa = analyse(
        LEDE + '"We will be back," Kylian Mbappe said.\n\n'
        "Villa keeper Emiliano Martinez then pulled off an incredible save.\n\n"
        "He saved from Kingsley Coman in the shootout before Aurelien Tchouameni missed.\n\n"
        'The Aston Villa star, who later collected the Golden Glove, said: "I dreamed '
        'about this so many times."'
    )
    assert speaker_of(qa, "I dreamed about this so many times.") == "Emiliano Martinez"


def test_found_reports_a_finding_only_before_what_was_found() -> None:
    """'Debris found near Titanic wreck' (a standfirst) and 'the jury found him guilty'
    make no speaker of the debris or the jury."""
    _, qa = analyse(
        "Titan submersible: all five on board dead, coastguard says\n\n"
        "Debris found near Titanic wreck as OceanGate says passengers have been lost\n\n"
        "Debris from the vessel, including its tail cone, was found on the seabed about "
        "1,600ft (500 metres) from the bow of the Titanic by a remotely operated vehicle "
        "(ROV) sent down from the Canadian ship Horizon Arctic on Thursday morning, Rear Adm "
        "John Mauger told a press conference in Boston.\n\n"
        '"This is an incredibly unforgiving environment," he said.\n\n'
        "The jury found him guilty.\n\n"
        '"We have done our job," the coastguard said.'
    )
    assert speaker_of(qa, "This is an incredibly unforgiving environment,") == "John Mauger"
    assert speaker_of(qa, "We have done our job,") != "Jury"


def test_a_sister_named_after_her_kin_word_is_a_she_in_a_family_of_hes() -> None:
    """'Shahzada's sister, Azmeh Dawood' is a she although her brother Shahzada Dawood is
    a he: her quotation after 'she said' is hers, not the broadcaster's."""
    _, qa = analyse(
        LEDE + "Shahzada Dawood was on board. He was 48.\n\n"
        "Shahzada's sister, Azmeh Dawood, spoke to NBC News from Amsterdam.\n\n"
        '"I keep thinking of Suleman, 19 years old, in there," she said.'
    )
    assert speaker_of(qa, "I keep thinking of Suleman, 19 years old, in there,") == "Azmeh Dawood"


def test_a_pair_a_family_statement_mourns_is_not_the_family_speaking() -> None:
    _, qa = analyse(
        LEDE + "Shahzada Dawood, 48, and his son Suleman were on board.\n\n"
        "In a statement, the Dawood family confirmed the deaths.\n\n"
        '"It is with profound grief that we announce the passing of Shahzada and Suleman '
        'Dawood," the statement said.'
    )
    assert speaker_of(qa, "It is with profound grief that we announce the passing of "
                      "Shahzada and Suleman Dawood,") == "Dawood family"  # fmt: skip


def test_a_body_that_spoke_paragraphs_ago_does_not_go_on_by_default() -> None:
    """OceanGate spoke; two paragraphs of narrative later a quotation no verb attributes
    ('it emerged that the navy had detected a signature "..."') is not OceanGate's; the
    company a sentence after OceanGate said something is OceanGate."""
    _, qa = analyse(
        LEDE + "In a statement, OceanGate said: “We now believe that our CEO has been lost.”\n\n"
        "“These men were true explorers,” the company said.\n\n"
        "The Titan lost contact with its mothership on Sunday. It had set off with about "
        "96 hours of oxygen.\n\n"
        "The search had covered more than 26,000 sq km of ocean.\n\n"
        "On Thursday evening it emerged that the US navy had detected a signature "
        "“consistent with an implosion” in the area.",
        LEDE + '"The Navy detected an anomaly consistent with an implosion," a senior US Navy '
        "official said.",
    )
    assert speaker_of(qa, "These men were true explorers,") == "OceanGate"
    assert speaker_of(qa, "consistent with an implosion") != "OceanGate"


def test_a_name_set_off_by_a_long_who_clause_is_the_he_that_follows() -> None:
    _, qa = analyse(
        LEDE + "CEO Parag Agrawal was fired. “It was quick,” Marisol Grant, a barista, said.\n\n"
        "Agrawal, who grew up in Mumbai and rose through Twitter’s engineering ranks before "
        "succeeding Jack Dorsey as CEO, had been candid with staff about what lay ahead. In "
        "April he told employees that “once the deal closes, we don’t know which direction "
        "the platform will go.”"
    )
    assert (
        speaker_of(qa, "once the deal closes, we don’t know which direction the platform will go.")
        == "Parag Agrawal"
    )


def test_a_company_named_with_a_rank_is_the_company() -> None:
    """'General Motors' is a company (not a general called Motors): 'a GM spokesperson'
    is General Motors'."""
    _, qa = analyse(
        LEDE + "General Motors said Friday it was pausing paid ads on the platform.\n\n"
        '"We are engaging with Twitter," a GM spokesperson said.'
    )
    assert speaker_of(qa, "We are engaging with Twitter,") == "General Motors"


def test_chants_of_a_crowd_are_nobody_named() -> None:
    _, qa = analyse(
        LEDE + "Rep. Marjorie Taylor Greene showed up to rally the faithful but was drowned out "
        "by whistles and chants of “Go home, Marjorie!” Protesters held a sign reading "
        "“No one is above the law.”"
    )
    assert speaker_of(qa, "Go home, Marjorie!") is None
    assert speaker_of(qa, "No one is above the law.") is None


def test_the_body_a_description_names_before_is_not_one_named_only_later() -> None:
    """'the space agency said' after 'Indian Space Research Organisation (ISRO)
    chairman': ISRO, not the European Space Agency the text names further down."""
    _, qa = analyse(
        LEDE + '"India is on the moon," Indian Space Research Organisation (ISRO) chairman '
        "S. Somanath told scientists.\n\n"
        '"Chandrayaan-3 has successfully soft-landed on the moon," the space agency said.\n\n'
        "Congratulations poured in. The European Space Agency's director general Josef "
        "Aschbacher called it incredible."
    )
    assert speaker_of(qa, "Chandrayaan-3 has successfully soft-landed on the moon,") == (
        "Indian Space Research Organisation"
    )


THEY_AND_TAGS_CASES = [
    pytest.param(
        "The court's three liberal justices - Stephen Breyer, Sonia Sotomayor and Elena "
        "Kagan - issued a jointly written dissent.\n\n"
        '"With sorrow we dissent," they wrote.',
        "With sorrow we dissent,",
        "Stephen Breyer, Sonia Sotomayor and Elena Kagan",
        id="they are the people the sentence before names together",
    ),
    pytest.param(
        'Joe Biden called it "a sad day". House Speaker Nancy Pelosi (D-Calif.) called the '
        "ruling “cruel.”",
        "cruel.",
        "Nancy Pelosi",
        id="a party and state in brackets after the name",
    ),
    pytest.param(
        'Joe Biden called it "a sad day".\n\nRepublican former President Donald Trump, who '
        'appointed three of the justices, told Fox News that the decision "will work out '
        'for everybody."',
        "will work out for everybody.",
        "Donald Trump",
        id="a party and former before the title",
    ),
    pytest.param(
        '"Roe was egregiously wrong," Justice Samuel A. Alito Jr. wrote.\n\n'
        "Chief Justice John G. Roberts Jr. agreed with upholding the law. The decision, he "
        "wrote, “is a serious jolt to the legal system.”",
        "is a serious jolt to the legal system.",
        "John G. Roberts Jr",
        id="the last speaker's Jr is no sign the paragraph is about him",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), THEY_AND_TAGS_CASES)
def test_groups_party_tags_and_suffixes(text: str, quote: str, speaker: str) -> None:
    _, qa = analyse(LEDE + text)
    assert speaker_of(qa, quote) == speaker


def test_a_title_s_office_is_named_by_the_whole_title() -> None:
    """'the Manhattan District Attorney's office said' is that office (it was "Office of
    Attorney", or "Manhattan District Office")."""
    _, qa = analyse(
        LEDE + "In a statement of facts, the Manhattan District Attorney's office said Mr Trump "
        '"orchestrated a scheme with others".'
    )
    assert speaker_of(qa, "orchestrated a scheme with others") == (
        "Manhattan District Attorney's Office"
    )


def test_a_body_s_post_introduced_by_a_colon_is_the_body_s() -> None:
    """'ISRO, in a post on X, personified the spacecraft: "..."' is ISRO's (not the last
    speaker's, nor 'ISRO Telemetry' the text names with ISRO's first word); 'Minutes
    before leaving, the Republican fired off a post:' names no 'Minutes'."""
    _, qa = analyse(
        LEDE + "The ISRO Telemetry, Tracking and Command Network in Bengaluru tracked it.\n\n"
        '"Today\'s feat is the result of hard work," Rahul Gandhi posted on X.\n\n'
        "ISRO, in a post on X, personified the spacecraft: “India, I reached my destination "
        "and you too!”\n\n"
        "Minutes before leaving Trump Tower, Donald Trump fired off a post on Truth Social: "
        "“Seems so SURREAL.”"
    )
    assert speaker_of(qa, "India, I reached my destination and you too!") == "ISRO"
    assert speaker_of(qa, "Seems so SURREAL.") != "Minutes"


def test_a_former_staffer_speaks_for_no_body_and_a_kin_name_takes_the_surname() -> None:
    _, qa = analyse(
        LEDE + "“India’s space programme has come of age,” said one former Isro scientist.\n\n"
        '"It was fine," a NASA scientist said.\n\n'
        "Shahzada Dawood's sister Azmeh told NBC News that Suleman had been 'terrified' "
        "about the trip."
    )
    assert speaker_of(qa, "India’s space programme has come of age,") is None
    assert speaker_of(qa, "It was fine,") == "NASA"
    assert speaker_of(qa, "terrified") == "Azmeh Dawood"


def test_the_company_after_a_business_set_off_by_its_description_is_that_business() -> None:
    _, qa = analyse(
        LEDE + "Officials in Nepal said the plane was an ATR 72.\n\n"
        'ATR, the Franco-Italian planemaker, said its experts were assisting. "ATR '
        'specialists are fully engaged," the company said in a statement.'
    )
    assert speaker_of(qa, "ATR specialists are fully engaged,") == "ATR"


def test_qaq_titles_and_interrupted_quotations() -> None:
    """qaQ 6, 7: 'Justices Clarence Thomas' and 'Defender Raphaël Varane' are titled names;
    the halves of one interrupted quotation share the speaker the set names."""
    _, qa = analyse(
        LEDE + "He was joined by Justices Clarence Thomas and Neil Gorsuch. “It is wrong,” "
        "Thomas wrote.\n\nDefender Raphaël Varane told TF1: “We gave everything.”\n\n"
        "The three liberal justices dissented.\n\n"
        "“With sorrow,” they wrote, “for the many millions of American women who have lost "
        "a fundamental constitutional protection - we dissent.”",
        LEDE + "The court's three liberal justices - Stephen Breyer, Sonia Sotomayor and Elena "
        "Kagan - issued a dissent.\n\n"
        '"With sorrow - for this Court, but more, for the many millions of American women '
        'who have lost a fundamental constitutional protection - we dissent," they wrote.',
    )
    assert speaker_of(qa, "It is wrong,") == "Clarence Thomas"
    assert speaker_of(qa, "We gave everything.") == "Raphaël Varane"
    justices = "Stephen Breyer, Sonia Sotomayor and Elena Kagan"
    assert speaker_of(qa, "With sorrow,") == justices


def test_a_short_quotation_its_sentence_credits_to_a_named_person_stays_theirs() -> None:
    """qaQ 2: 'Mayor Brandon Scott called the collapse "an unthinkable tragedy."' is
    Scott's, although Olszewski said "This is an unthinkable tragedy" too; and Olszewski's
    utterance id is by his surname, not "jr"."""
    _, qa = analyse(
        LEDE + "Baltimore County Executive Johnny Olszewski Jr spoke at the scene. "
        '"This is an unthinkable tragedy, and our hearts are with the families," Olszewski '
        "said.\n\n"
        'Mayor Brandon Scott called the collapse "an unthinkable tragedy."'
    )
    assert speaker_of(qa, "an unthinkable tragedy.") == "Brandon Scott"
    long = next(q for q in qa.quotes if qa.text_of(q).startswith("This is"))
    assert long.utterance.startswith("olszewski-")


def test_an_employee_not_authorised_to_speak_is_unnamed_and_a_participle_is_no_name() -> None:
    """A body's employee who "asked not to be named" speaks for no body; "Entering
    Twitter HQ", a post's first words, names no person "Twitter"; "the agency" is the
    agency named before it, not "Agency"."""
    _, qa = analyse(
        LEDE + 'Musk posted a video, writing: "Entering Twitter HQ - let that sink in!"\n\n'
        "A Twitter employee, who asked not to be named because they were not authorised "
        'to speak to the media, described the mood inside the company as "numb."\n\n'
        'A Google engineer, who has worked there for years, said: "It is over."',
        LEDE + "The World Health Organization (WHO) met on Thursday. Almost 6.9 million deaths "
        "have been reported, though the agency has said the real number is higher. "
        '"It is time to move on," the agency said.',
    )
    assert speaker_of(qa, "numb.") is None
    assert speaker_of(qa, "It is over.") == "Google"
    assert speaker_of(qa, "It is time to move on,") == "World Health Organization"


def test_that_was_someones_warning_gives_the_lone_quotation_before_its_speaker() -> None:
    """A pull quotation alone in its paragraph, then "That was Agrawal's grim warning to
    staffers ...": Agrawal's words, and the "he" after them is Agrawal, not the last
    speaker (Trump) nor the story's protagonist (Musk)."""
    _, qa = analyse(
        LEDE + "Elon Musk closed his takeover of Twitter, firing chief executive Parag "
        "Agrawal.\n\n"
        'Trump cheered the news. "I am very happy that Twitter is now in sane hands," the '
        "former president wrote.\n\n"
        "Elon Musk carries a sink into Twitter's San Francisco headquarters on Wednesday.\n\n"
        '"We don\'t know which direction the platform will go."\n\n'
        "That was Agrawal's grim warning to staffers back in April, when the board first "
        "agreed to Musk's offer. \"Once the deal closes, we don't know which direction the "
        'platform will go," he told an all-hands meeting.'
    )
    assert speaker_of(qa, "We don't know which direction the platform will go.") == (
        "Parag Agrawal"
    )
    once = "Once the deal closes, we don't know which direction the platform will go,"
    assert speaker_of(qa, once) == "Parag Agrawal"


def test_a_place_opening_the_sentence_and_a_repeated_auxiliary() -> None:
    """ "Outside the courthouse, Todd Blanche, one of Mr. Trump's lawyers, said" is
    Blanche speaking (not "Outside"), and so is the "he" after; "Conroy told the judge
    that Trump had attacked Bragg online and had warned of '...'" is Trump's warning."""
    _, qa = analyse(
        LEDE + "Prosecutor Christopher Conroy told the judge that Trump had attacked Bragg "
        'online and had warned of "potential death & destruction" if he were charged.\n\n'
        "Outside the courthouse, Todd Blanche, one of Mr. Trump's lawyers, said his client "
        'was "frustrated."\n\n'
        '"It\'s not going to stop him," he said.'
    )
    assert speaker_of(qa, "potential death & destruction") == "Trump"
    assert speaker_of(qa, "frustrated.") == "Todd Blanche"
    assert speaker_of(qa, "It's not going to stop him,") == "Todd Blanche"


def test_a_ministry_of_defence_is_the_ministry_not_the_defence_minister() -> None:
    _, qa = analyse(
        LEDE + "The defence minister, Sergei Shoigu, was absent.\n\n"
        "The UK’s Ministry of Defence said the mutiny represented “the most significant "
        "challenge to the Russian state in recent times”."
    )
    said = speaker_of(qa, "the most significant challenge to the Russian state in recent times")
    assert said is not None and said.endswith("Ministry of Defence")


def test_unnamed_people_of_a_place_set_off_by_a_description_are_nobody_named() -> None:
    """'One mourner, a nurse, said' is no person called "One"; "A woman in Kahramanmaras,
    close to the epicentre, told", "A resident of Jandaris, who asked not to be named,
    described", "One aid worker in Idlib said": someone unnamed, not the place, and the
    she or he after them is not the last named speaker."""
    _, qa = analyse(
        LEDE + '"Whole neighbourhoods have been destroyed," the group\'s leader, Raed '
        "al-Saleh, said.\n\n"
        'One mourner, a 42-year-old nurse from Croydon, said: "I came straight from my '
        'shift."\n\n'
        "A woman in Kahramanmaras, close to the epicentre, told Sky News she had fled her "
        'flat. "It was like the end of the world," she said.\n\n'
        "A resident of Jandaris, who asked not to be named, described the moment the quake "
        'hit. "We woke up to the walls falling on us," he said.\n\n'
        'One aid worker in Idlib said hospitals were "completely overwhelmed" and had run '
        "out of beds."
    )
    assert speaker_of(qa, "I came straight from my shift.") is None
    assert speaker_of(qa, "It was like the end of the world,") is None
    assert speaker_of(qa, "We woke up to the walls falling on us,") is None
    assert speaker_of(qa, "completely overwhelmed") is None


def test_an_abbreviated_title_is_the_next_names_role_not_a_person() -> None:
    """ "Rep. Maxine Waters (D-Calif.)": "Rep" was a person of its own (the full stop cut
    the sequence), who then took every "he" after it."""
    _, qa = analyse(
        LEDE + "SBF had been due to testify. The panel’s chair, Rep. Maxine Waters "
        '(D-Calif.), had said the arrest came as a surprise but insisted that "the '
        'American people deserve to hear directly from Mr. Bankman-Fried."\n\n'
        'Sam Bankman-Fried has denied wrongdoing. "I didn\'t knowingly commingle funds," '
        "he insisted at the DealBook Summit last month."
    )
    assert speaker_of(
        qa, "the American people deserve to hear directly from Mr. Bankman-Fried."
    ) == ("Maxine Waters")
    assert speaker_of(qa, "I didn't knowingly commingle funds,") == "Sam Bankman-Fried"


def test_abbreviated_titles_give_their_role_to_the_name_after_them() -> None:
    from articles.speakers.names import mentions_in

    found = [(m.name, set(m.roles)) for m in mentions_in("Then Sen. Ann Roe met Gen. Bo Li.")]
    assert found == [("Ann Roe", {"sen", "senator"}), ("Bo Li", {"gen", "general"})]


def test_number_ten_is_downing_street() -> None:
    """British news names the prime minister's office by its door: "No10 first claimed",
    "A No 10 spokesperson said", "Number 10 said" are Downing Street, not "No"."""
    _, qa = analyse(
        LEDE + "No10 first claimed the PM had not known of “specific allegations”.\n\n"
        "A No 10 spokesperson said the government would not “implement new policies”.\n\n"
        "Number 10 said it was “nonsense”."
    )
    for words in ("specific allegations", "implement new policies", "nonsense"):
        assert speaker_of(qa, words) == "Downing Street"


def test_unnamed_people_described_by_place_field_or_dress_are_nobody_named() -> None:
    """ "said one Hong Kong-based venture capitalist" (not "Hong"); "A Beijing-based AI
    researcher said ... the researcher said" (no body "AI", nor the researcher named
    earlier); "a community organiser in Minneapolis told" (not the city); "a man in a
    Floyd T-shirt told" (not "Floyd T-shirt")."""
    _, qa = analyse(
        LEDE + "Its board includes AI researcher Helen Toner.\n\n"
        '"Altman was the face of American AI," said one Hong Kong-based venture '
        "capitalist who asked not to be named.\n\n"
        'A Beijing-based AI researcher said the episode showed tension. "Everyone here '
        'is asking the same question," the researcher said.\n\n'
        "“One trial does not end centuries of injustice,” a community organiser in "
        "Minneapolis told Al Jazeera.\n\n"
        '"This is history, man," a man in a Floyd T-shirt told The Post.'
    )
    for words in (
        "Altman was the face of American AI,",
        "Everyone here is asking the same question,",
        "One trial does not end centuries of injustice,",
        "This is history, man,",
    ):
        assert speaker_of(qa, words) is None, words


def test_a_name_set_off_with_an_age_and_a_place_titles_office() -> None:
    """ "Another mourner, Londoner Peter Allen, 58, said": Peter Allen (the age set off
    after him hid the name); "The Bahamas attorney general's office said ... the office
    said": that office (was "Office of the General")."""
    _, qa = analyse(
        LEDE + '"It is done," King Charles III said.\n\n'
        "Another mourner, Londoner Peter Allen, 58, said he had come straight from his "
        'office. "You feel like you knew her," he said.\n\n'
        "The Bahamas attorney general's office said Bankman-Fried had been taken into "
        'custody. "It was deemed appropriate to seek his arrest," the office said.'
    )
    assert speaker_of(qa, "You feel like you knew her,") == "Peter Allen"
    assert speaker_of(qa, "It was deemed appropriate to seek his arrest,") == (
        "Bahamas Attorney General's Office"
    )


def test_the_prime_minister_is_not_another_countrys_named_later() -> None:
    """In a British article, "the prime minister said" is not "the Canadian prime
    minister, Justin Trudeau", who is written out only paragraphs later."""
    _, qa = analyse(
        LEDE + "Speaking outside Downing Street, Truss said: “We are all devastated.”\n\n"
        "“It is the passing of the second Elizabethan age,” the prime minister said.\n\n"
        "“She was one of my favourite people in the world,” the Canadian prime minister, "
        "Justin Trudeau, told reporters."
    )
    assert speaker_of(qa, "It is the passing of the second Elizabethan age,") != "Justin Trudeau"


def test_a_name_described_by_a_who_clause_after_the_quotation_and_one_of_a_group() -> None:
    """'"...," Narongsak Osottanakorn, the former provincial governor who headed the
    operation, told reporters': Narongsak (the "who" clause hid him); "One of the divers,
    who spoke on condition of anonymity, described ... '...,' he said": the diver, not
    the diver named before."""
    _, qa = analyse(
        LEDE + "Rick Stanton, a British diver, led the team.\n\n"
        '"This mission was a success," Narongsak Osottanakorn, the former provincial '
        "governor who headed the operation, told reporters.\n\n"
        "One of the divers, who spoke on condition of anonymity because he was not "
        'authorized to talk to the media, described the final trip out. "They were very '
        'calm," he said.'
    )
    assert speaker_of(qa, "This mission was a success,") == "Narongsak Osottanakorn"
    assert speaker_of(qa, "They were very calm,") is None


def test_someones_words_by_possessive_and_the_man_the_sentence_named_last() -> None:
    """'Floyd's "I can't breathe" cries echoed around the world': Floyd's words; "Chauvin
    was caught kneeling on the neck of the handcuffed Floyd, 46, ... as the man gasped
    '...'": the man is Floyd, not the judge the paragraph before named."""
    _, qa = analyse(
        LEDE + "Judge Peter Cahill read out the verdicts.\n\n"
        "George Floyd died in May. Floyd's \"I can't breathe\" cries echoed around the "
        "world.",
        LEDE + "Judge Peter Cahill read out the verdicts.\n\n"
        "Chauvin was caught kneeling on the neck of the handcuffed George Floyd, 46, for "
        'nine minutes as the man gasped "I can\'t breathe."',
    )
    assert [q.speaker for q in qa.quotes] == ["George Floyd", "George Floyd"]


def test_unnamed_members_a_first_name_given_and_remembered_as() -> None:
    """ "One senior Conservative MP told TOI" is unnamed (not the member the story named
    before); "a woman who gave only her first name, Leta, wept as she hugged a stranger.
    '...,' she said" is Leta; "Macron remembered her as 'a friend of France'" is Macron."""
    _, qa = analyse(
        LEDE + 'Home Secretary Suella Braverman said: "It is over."\n\n'
        'One senior Conservative MP told TOI that Sunak was "the obvious choice for the '
        'markets".\n\n'
        "At a downtown park, a woman who gave only her first name, Leta, wept as she "
        'hugged a stranger. "I have been holding my breath since last May," she said.\n\n'
        'Liz Truss called her "the rock". French President Emmanuel Macron remembered her '
        'as "a friend of France".'
    )
    assert speaker_of(qa, "the obvious choice for the markets") is None
    assert speaker_of(qa, "I have been holding my breath since last May,") == "Leta"
    assert speaker_of(qa, "a friend of France") == "Emmanuel Macron"


def test_slogans_and_brandings_are_quotations_of_their_speakers() -> None:
    """'with one No10 source branding him "a snake"' and 'Mr Johnson, who won an 80-seat
    majority in 2019 promising to "get Brexit done"' are quotations (a reporting verb
    governs them), Downing Street's and Johnson's; they were dropped as scare quotes."""
    _, qa = analyse(
        LEDE + "Boris sacked Michael Gove on Wednesday night, with one No10 source branding "
        "him “a snake”.\n\n"
        "Mr Johnson, who won an 80-seat majority in 2019 promising to “get Brexit done”, "
        "closed his speech."
    )
    assert speaker_of(qa, "a snake") == "Downing Street"
    assert speaker_of(qa, "get Brexit done") == "Johnson"


def test_a_spelt_out_corporation_keeps_its_name_and_a_one_word_company_drops_inc() -> None:
    """ "Federal Deposit Insurance Corporation" is the agency's name (its "Corporation"
    is no legal form to drop); "Roku Inc" goes by "Roku"."""
    _, qa = analyse(
        LEDE + "Regulators appointed the Federal Deposit Insurance Corporation (FDIC) as "
        'receiver. "All insured depositors will have full access," the FDIC said.\n\n'
        'Roku Inc said it "does not know to what extent" it will recover its cash.'
    )
    assert speaker_of(qa, "All insured depositors will have full access,") == (
        "Federal Deposit Insurance Corporation"
    )
    assert speaker_of(qa, "does not know to what extent") == "Roku"


def test_a_name_with_a_particle_and_the_name_its_bearer_goes_by() -> None:
    """ "Luiz Inácio Lula da Silva" is one name (a "da" inside it is no verb after
    "Lula"), and "Lula" is that person: the name he goes by, before the particle of his
    family name (it was "Luiz Inácio Lula", or plain "Lula")."""
    _, qa = analyse(
        LEDE + "Brazil’s former president Luiz Inácio Lula da Silva has snatched back power "
        "in a dramatic vote, defeating Jair Bolsonaro.\n\n"
        '"Brazil is back," he told supporters.\n\n'
        '"They tried to bury me alive," Lula said.'
    )
    assert speaker_of(qa, "Brazil is back,") == "Luiz Inácio Lula da Silva"
    assert speaker_of(qa, "They tried to bury me alive,") == "Luiz Inácio Lula da Silva"


def test_an_employee_a_doctor_at_a_place_and_a_salutation_are_nobody_named() -> None:
    """ "one Credit Suisse employee in London told the BBC" (not London, nor the bank: an
    employee speaks for themselves), "a doctor at the hospital told" (not the hospital);
    "Congratulations Lula!" names no "Congratulations Lula"; "one official at the joint
    command centre" still speaks for it."""
    _, qa = analyse(
        LEDE + "Larissa's General Hospital is full. The Joint Command Centre met.\n\n"
        '"We found out from the news," one Credit Suisse employee in London told the BBC.'
        "\n\n"
        '"Most were young people," a doctor at the hospital told Skai TV.',
        LEDE + "Luiz Inácio Lula da Silva won. Alberto Fernandez wrote on Twitter: "
        '"Congratulations Lula! Your victory opens a new time." "Brazil is back," Lula '
        "said.\n\n"
        '"It was an international team," one official at the joint command centre said.',
    )
    assert speaker_of(qa, "We found out from the news,") is None
    assert speaker_of(qa, "Most were young people,") is None
    assert speaker_of(qa, "Brazil is back,") == "Luiz Inácio Lula da Silva"
    assert speaker_of(qa, "It was an international team,") == "Joint Command Centre"


def test_a_first_name_given_in_the_clause_and_the_governor_by_his_abbreviated_title() -> None:
    """ "One Fort Myers Beach resident, who gave only her first name, Linda, said" is
    Linda (not the town), and so is the "she" after; "the Republican governor said" is
    "Gov. Ron DeSantis" (an abbreviated title is its role), not the hurricane named
    last."""
    _, qa = analyse(
        LEDE + "Hurricane Ian hit Florida. Gov. Ron DeSantis spoke.\n\n"
        "One Fort Myers Beach resident, who gave only her first name, Linda, said she had "
        "watched the water rise. “The whole street just became the Gulf,” she said.\n\n"
        '"We have never seen a flood event like this," the Republican governor said.'
    )
    assert speaker_of(qa, "The whole street just became the Gulf,") == "Linda"
    assert speaker_of(qa, "We have never seen a flood event like this,") == "Ron DeSantis"


def test_a_role_opening_the_sentence_then_the_name_set_off_is_the_he_after() -> None:
    """ "The head of Nara prefectural police, Tomoaki Onizuka, bowed deeply ... '...,' he
    said": Onizuka, not Abe, whom the paragraph before named."""
    _, qa = analyse(
        LEDE + "Former prime minister Shinzo Abe was shot while campaigning.\n\n"
        "The head of Nara prefectural police, Tomoaki Onizuka, bowed deeply at a news "
        "conference on Saturday, a day after Abe died.\n\n“It is a grave responsibility,” he "
        "said."
    )
    assert speaker_of(qa, "It is a grave responsibility,") == "Tomoaki Onizuka"


def test_a_name_given_only_as_speaks_however_the_sentence_is_built() -> None:
    """ "Another passenger, who gave his name only as Andreas, said ... a 'huge bang'" is
    Andreas, and so is his "he" after (the name was looked for in the tokens between the
    verb and the quotation only); "'...,' said one woman, who gave her name only as
    Natalia" stays Natalia."""
    _, qa = analyse(
        LEDE + 'Stefanos Gogakos, 28, said the impact was huge. "It felt like an earthquake," '
        "he said.\n\n"
        "Another passenger, who gave his name only as Andreas, said he had been sitting in "
        'the fifth carriage when he heard a "huge bang".\n\n"Then everything went black," '
        "he said.\n\n"
        "'They're our boys,' said one woman, who gave her name only as Natalia."
    )
    assert speaker_of(qa, "huge bang") == "Andreas"
    assert speaker_of(qa, "Then everything went black,") == "Andreas"
    assert speaker_of(qa, "They're our boys,") == "Natalia"


def test_a_possessed_role_with_the_name_set_off_welcomed_and_a_surname_given() -> None:
    """ "Credit Suisse's chairman, Axel Lehmann, did not hide his disappointment. '...,'
    he told" is Lehmann (not UBS's chairman named before); "The European Central Bank
    president, Christine Lagarde, welcomed the 'swift action'" is Lagarde; "said a
    resident in her sixties, who gave only her surname, Tanaka" is Tanaka."""
    _, qa = analyse(
        LEDE + "UBS chairman Colm Kelleher spoke.\n\n"
        "Credit Suisse's chairman, Axel Lehmann, did not hide his disappointment. \"It is "
        'a sad day," he told the press conference.\n\n'
        'The European Central Bank president, Christine Lagarde, welcomed the "swift '
        'action" of the Swiss authorities.\n\n'
        "“I can’t believe this happened,” said a resident in her sixties, who gave only "
        "her surname, Tanaka."
    )
    assert speaker_of(qa, "It is a sad day,") == "Axel Lehmann"
    assert speaker_of(qa, "swift action") == "Christine Lagarde"
    assert speaker_of(qa, "I can’t believe this happened,") == "Tanaka"


def test_a_styled_name_set_off_after_a_role_is_the_speaker() -> None:
    """ "The court's president, Lord Reed, told a packed courtroom that ... 'serious and
    systematic defects'" is Reed: "Lord Reed" is a styled name, not a role in capitals set
    off after someone (the quotation went to the president named last, Kagame)."""
    _, qa = analyse(
        LEDE + "The government of President Paul Kagame has rejected criticism.\n\n"
        "The court's president, Lord Reed, told a packed courtroom in London that Rwanda's "
        'procedures had "serious and systematic defects", citing evidence.'
    )
    said = speaker_of(qa, "serious and systematic defects")
    assert said is not None and said.endswith("Reed")
