"""Cross-article utterances, the word diff between versions, and speed on a large set."""

from __future__ import annotations

from articles.utterances import diff_variants, link_utterances
from tests.quotes_helpers import analyse, make

LEDE = "Floods hit the north\n\n"


def _utterance(qa: object, text: str) -> str:
    from articles.quotes import QuoteAnalysis

    assert isinstance(qa, QuoteAnalysis)
    (q,) = [q for q in qa.quotes if qa.text_of(q) == text]
    return q.utterance


def test_punctuation_apostrophe_and_bracket_variants_share_one_utterance() -> None:
    _, qa = analyse(
        LEDE + '"We\'re not against IS [Islamic State] at all, we never were," '
        "said Defence Secretary Mark Penn.",
        LEDE + "“We’re not against ISIS at all, we never were.” Mark Penn said on Friday.",
        LEDE + '"The river will be dredged next year," said Mayor Tom Hale.',
    )
    a = _utterance(qa, "We're not against IS [Islamic State] at all, we never were,")
    b = _utterance(qa, "We’re not against ISIS at all, we never were.")
    c = _utterance(qa, "The river will be dredged next year,")
    assert a == b != c
    assert len(qa.utterance_members(a)) == 2


def test_fragment_of_a_longer_quotation_joins_its_utterance() -> None:
    _, qa = analyse(
        LEDE + '"The plan is reckless and it will cost lives," said opposition leader Kim Sand.',
        LEDE + 'Opposition leader Kim Sand called the plan "reckless" on Monday.',
    )
    assert _utterance(qa, "reckless") == _utterance(
        qa, "The plan is reckless and it will cost lives,"
    )


def test_same_short_word_by_other_speakers_is_not_linked() -> None:
    ids = link_utterances(
        [
            ("a0", "The plan is reckless and it will cost lives,", "Kim Sand"),
            ("a1", "reckless", "Tom Hale"),
            ("a2", "reckless", None),
        ]
    )
    assert len(set(ids)) == 3


def test_interrupted_halves_are_different_utterances() -> None:
    _, qa = analyse(
        LEDE + '"We are ready," said Mayor Tom Hale. "The shelters are open and stocked."',
        LEDE + '"We are ready," Mayor Tom Hale said on Friday.',
    )
    assert _utterance(qa, "The shelters are open and stocked.") not in {
        q.utterance for q in qa.by_article("a1")
    }


def test_word_diff_between_versions() -> None:
    variants = diff_variants(
        [
            ("a0", "We're not against IS [Islamic State] at all, we never were,"),
            ("a1", "We’re not against ISIS at all, we never were."),
        ]
    )
    base, other = variants
    assert base.is_base and not other.is_base
    assert all(op.op == "equal" for op in base.ops)
    assert ("replace", ("ISIS",), ("IS", "[Islamic", "State]")) in [tuple(op) for op in other.ops]
    assert other.differs
    # punctuation and apostrophe styles are not differences
    assert [op.op for op in other.ops] == ["equal", "replace", "equal"]


def test_variants_from_the_analysis() -> None:
    _, qa = analyse(
        LEDE + '"The dams held, but the bridges did not," said Mayor Tom Hale.',
        LEDE + '"The dams held but the old bridges did not," Mayor Tom Hale said.',
    )
    u = qa.quotes[0].utterance
    variants = qa.variants(u)
    assert [v.article_id for v in variants] == ["a0", "a1"]
    shorter = variants[0]
    assert not shorter.is_base and variants[1].is_base
    assert ("delete", ("old",), ("old",)) in [tuple(op) for op in shorter.ops]
    assert not shorter.differs  # only leaves a word out


def test_an_article_quoting_an_utterance_in_fragments_gives_one_version() -> None:
    """qaP B7: two fragments of one article were two versions, each nearly all struck."""
    _, qa = analyse(
        LEDE + '"The dams held, but the bridges did not, and the valley is cut off," said '
        "Mayor Tom Hale.",
        LEDE + 'Mayor Tom Hale said "the dams held, but the bridges did not" and that "the '
        'valley is cut off".',
    )
    u = qa.by_article("a0")[0].utterance
    assert {q.utterance for q in qa.by_article("a1")} == {u}
    variants = qa.variants(u)
    assert [v.article_id for v in variants] == ["a0", "a1"]
    joined = variants[1]
    assert joined.text == "the dams held, but the bridges did not … the valley is cut off"
    assert not joined.differs  # the gap between its fragments adds no words
    assert ("delete", ("and",), ("and",)) in [tuple(op) for op in joined.ops]


def test_a_thousand_articles_link_their_repeated_utterances() -> None:
    """Scale is measured by the benchmarks; this checks the result at 1,000 articles."""
    from articles.quotes import analyse_quotes

    words = ["river", "council", "damage", "repairs", "farms", "schools", "valley", "bridges"]

    def paragraph(n: int) -> str:
        said = " ".join(words[(n * 7 + k * 3) % len(words)] for k in range(12)).capitalize()
        return (
            f'"{said} number {n}," said Mayor Tom Hale. The council met on day {n} to discuss '
            f"the damage along the river and the cost of repairs for {n % 97} farms and schools."
        )

    texts = [
        "Floods hit the north\n\n" + "\n\n".join(paragraph(i * 20 + k) for k in range(20))
        for i in range(1000)
    ]
    articles = make(*texts)
    assert 4000 < len(articles[0].text) < 8000
    analysis = analyse_quotes(articles)
    assert len(analysis.quotes) == 20_000
    assert {q.speaker for q in analysis.quotes} == {"Tom Hale"}


def test_a_contracted_and_shortened_rendering_is_the_same_utterance() -> None:
    from articles.utterances import expand_contractions

    assert expand_contractions(["we'll", "don't", "won't", "they're", "russia's"]) == [
        "we", "will", "do", "not", "will", "not", "they", "are", "russia's",
    ]  # fmt: skip
    ids = link_utterances(
        [
            ("a", "We will rebuild every single house in this valley, however long it takes,", "X"),
            ("b", "We’ll rebuild every house in this valley,", "X"),
            ("c", "We will never rebuild the old dam in this valley,", "X"),
        ]
    )
    assert ids[0] == ids[1]
    assert ids[2] != ids[0]


def test_a_reworded_rendering_by_the_same_speaker_is_the_same_utterance() -> None:
    ids = link_utterances(
        [
            ("a", "We have never seen the water rise so quickly in this town,", "Tom Ode"),
            ("b", "We have never seen water rise this fast in the town.", "Tom Ode"),
            ("c", "We have never seen the floods rise so high in this county,", "Ann Lee"),
            ("d", "The town will rebuild the bridge before the winter,", "Tom Ode"),
        ]
    )
    assert ids[0] == ids[1]
    assert ids[2] != ids[0]  # like words from someone else are another remark
    assert ids[3] != ids[0]


def test_a_word_quoted_inside_several_statements_joins_none_of_them() -> None:
    who = "Tedros Adhanom Ghebreyesus"
    ids = link_utterances(
        [
            ("a", "Pandemic is not a word to use lightly or carelessly.", who),
            ("b", "All countries can still change the course of this pandemic.", who),
            ("c", "pandemic", who),
        ]
    )
    assert ids[0] != ids[1]


def test_a_reported_tense_is_the_same_utterance() -> None:
    ids = link_utterances(
        [
            ("a", "the worst has been avoided", "Emmanuel Macron"),
            ("b", "worst had been avoided", "Emmanuel Macron"),
        ]
    )
    assert ids[0] == ids[1]


def test_two_remarks_sharing_only_the_story_s_words_stay_apart() -> None:
    # every remark on the first picture of a black hole says it was "seen": two
    # remarks by one speaker that share only those words are two remarks
    who = "Sam Dole"
    story = [
        ("e", "The black hole we have seen is bigger than our solar system,", "Ann Lee"),
        ("f", "Nobody expected a black hole to be seen this clearly,", "Ann Lee"),
        ("g", "A black hole was once only a prediction, never seen,", "Bo Kim"),
        ("h", "We have waited decades for a black hole to be seen,", "Bo Kim"),
        ("i", "What we have seen looks like the simulations of a black hole,", "Cy Moss"),
    ]
    ids = link_utterances(
        [
            ("a", "This is the strongest evidence that black holes exist, never seen before.", who),
            ("b", "We have seen and taken a picture of a black hole.", who),
            ("c", "This is the strongest evidence to date that black holes are real.", who),
            *story,
        ]
    )
    assert ids[0] == ids[2]
    assert ids[1] != ids[0]


def test_the_same_few_words_quoted_by_two_outlets_are_one_remark() -> None:
    ids = link_utterances(
        [
            ("a", "total destruction", None),
            ("b", "total destruction,", "Fire Service"),
            ("c", "historic", "Ann Lee"),
            ("d", "historic", None),
            ("e", "compelling evidence", "Ann Lee"),
            ("f", "compelling evidence", "Bo Kim"),
            ("g", "a great day", "Ann Lee"),
            ("g", "a great day", "Bo Kim"),
            ("h", "doing very well", "Ann Lee"),
            ("i", "doing very well", "Bo Kim"),
        ]
    )
    assert ids[0] == ids[1]
    assert ids[2] != ids[3]  # one word could be anyone's
    # two outlets credit the same words to two speakers: one remark, one misattributed
    assert ids[4] == ids[5]
    # one article credits them to two speakers: two remarks
    assert ids[6] != ids[7]
    # common words two outlets credit to two speakers: any two speakers' words
    assert ids[8] != ids[9]


def test_a_contraction_is_held_by_its_words_written_out() -> None:
    ids = link_utterances(
        [
            ("a", "I won't resign", "Luis Rubiales"),
            ("b", "I will not resign, I will not resign,", "Luis Rubiales"),
            ("c", "I can't resign", "Luis Rubiales"),
        ]
    )
    assert ids[0] == ids[1]
    assert ids[2] != ids[1]


def test_a_short_quotation_with_one_word_dropped_is_the_same_remark() -> None:
    ids = link_utterances(
        [
            ("a", "The kingdom expresses its deep regret,", "Saudi Press Agency"),
            ("b", "The kingdom expresses deep regret,", None),
            ("c", "The kingdom rejects the claims,", None),
            ("d", "The kingdom expresses deep concern,", "Turkey"),
        ]
    )
    assert ids[0] == ids[1]
    assert ids[2] != ids[0]
    assert ids[3] != ids[0]  # a near copy by another named speaker is another remark


def test_a_speakers_same_word_in_two_outlets_is_one_remark_whichever_statement_holds_it() -> None:
    ids = link_utterances(
        [
            ("a", "possibility", "Lia Torres"),
            ("b", "possibility", "Lia Torres"),
            ("c", "it is a possibility", "Lia Torres"),
            ("d", "one possibility among many", "Lia Torres"),
        ]
    )
    assert ids[0] == ids[1]
    assert ids[2] != ids[3]  # which longer statement the word quotes is unknown


def test_one_word_joins_the_one_speaker_its_unattributed_article_names() -> None:
    items = [
        ("a", "curt", "Brice Robin"),
        ("b", "curt", None),
        ("c", "historic", "Ann Lee"),
        ("d", "historic", None),
        ("e", "reckless", "Ann Lee"),
        ("f", "reckless", "Bo Kim"),
        ("g", "reckless", None),
    ]
    texts = {
        "a": 'The prosecutor Brice Robin said the replies became "curt".',
        "b": 'Replies went from courteous to "curt", the prosecutor, Mr Robin, said later.',
        "c": 'Ann Lee called it "historic".',
        "d": 'A "historic" day, said no one in particular.',
        "e": 'Ann Lee called it "reckless".',
        "f": 'Bo Kim called it "reckless".',
        "g": 'A "reckless" plan, say Ann Lee and Bo Kim.',
    }
    ids = link_utterances(items, texts=texts)
    assert ids[0] == ids[1]
    assert ids[2] != ids[3]  # the unattributed copy's article names no Lee
    assert len({ids[4], ids[5], ids[6]}) == 3  # two speakers named for the word
    # without the texts, one word is any remark's
    assert len(set(link_utterances(items[:2]))) == 2


def test_an_unattributed_fragment_joins_the_one_statement_that_holds_it() -> None:
    statement = "As CEO I accept responsibility for the irregularities that were found"
    items = [
        ("a", statement, "Martin Winterkorn"),
        ("b", "irregularities", None),
        ("c", "irregularities", None),
        ("d", "that were found", None),
        ("e", "The faults that were found are serious", "Berthold Huber"),
    ]
    texts = {
        "a": "",
        "b": "Winterkorn took responsibility for the “irregularities” in the engines.",
        "c": "Regulators found “irregularities” in the engines.",
        "d": "Winterkorn resigned; he spoke of faults “that were found”.",
        "e": "",
    }
    ids = link_utterances(items, texts=texts)
    assert ids[1] == ids[0]
    assert ids[2] != ids[0]  # its article names no Winterkorn
    assert ids[3] != ids[0]  # two speakers' statements hold the words


def test_a_fragment_joins_another_outlet_s_statement_not_its_own_article_s() -> None:
    items = [
        ("a", "If you are a predator and you are confused, remember this", "Gloria Allred"),
        ("a", "confused", None),
    ]
    texts = {"a": 'Weinstein said he was "confused". Gloria Allred said: "If you are ..."'}
    ids = link_utterances(items, texts=texts)
    assert ids[0] != ids[1]


def test_a_short_quotation_held_whole_by_a_longer_one_links_when_no_speaker_is_named() -> None:
    ids = link_utterances(
        [
            ("a", "We had a historic meeting and decided to leave the past behind", "Kim Jong Un"),
            ("b", "leave the past behind", None),
            ("c", "We must now put the past behind us for good", "Donald Trump"),
            ("d", "We said we would never put the past behind us", "Moon Jae-in"),
            ("e", "put the past behind", None),
        ]
    )
    assert ids[0] == ids[1]
    assert ids[4] not in (ids[2], ids[3])  # two speakers' words hold it: no one's
    assert ids[2] != ids[3]


def test_a_hyphenated_word_printed_as_two_words_is_the_same_utterance() -> None:
    ids = link_utterances(
        [
            ("a", "extraordinary seven year period", "Janet Yellen"),
            ("b", "This marks the end of an extraordinary seven-year period", "Janet Yellen"),
        ]
    )
    assert ids[0] == ids[1]


def test_seven_words_in_a_row_make_one_remark_cut_two_ways() -> None:
    ids = link_utterances(
        [
            (
                "a",
                "We have been forced to dispense with the national coach. We wish him the"
                " greatest of luck,",
                "Luis Rubiales",
            ),
            (
                "b",
                "We have been forced to dispense with the coach, remembering all the good"
                " things he has given us,",
                "Luis Rubiales",
            ),
            ("c", "We have been forced to act on the rules of the league today,", "Ann Lee"),
        ]
    )
    assert ids[0] == ids[1]
    assert ids[2] != ids[0]  # another speaker's words


def test_common_words_two_outlets_credit_to_two_speakers_stay_two_remarks() -> None:
    ids = link_utterances(
        [
            ("a", "war crimes", "Volodymyr Zelensky"),
            ("b", "war crimes", "Antony Blinken"),
            ("c", "I will not resign", "Luis Rubiales"),
            ("d", "I won't resign", "Luis Rubiales"),
        ]
    )
    assert ids[0] != ids[1]
    assert ids[2] == ids[3]  # whichever wording comes first


def test_a_short_remark_and_a_long_statement_sharing_story_words_are_two() -> None:
    """Pat Cullen's "tragic day for nursing ... patients ... the NHS" and her long
    statement that also names nursing, patients and the NHS are two remarks."""
    short = (
        "Strike\n\nShe told the BBC: \u201cIt's a tragic day for nursing, it's a tragic day "
        "for patients and it's a tragic day for the NHS,\u201d said Pat Cullen.\n"
    )
    long = (
        "Walkout\n\nPat Cullen said: \u201cFor many of us, this is our first time striking and "
        "our emotions are really mixed. The NHS is in crisis, the nursing profession can't "
        "take any more, our loved ones are already suffering. It is not unreasonable to "
        "demand better. We are committed to our patients and always will be.\u201d\n"
    )
    _, qa = analyse(short, long)
    assert len({q.utterance for q in qa.quotes}) == 2


def test_a_fragment_an_article_quotes_twice_counts_once_in_its_version() -> None:
    """qaQ 8: the Sun quotes "I knew God would give it to me" in its headline and its text;
    its version is that once, not the fragment lined up against the next sentence."""
    _, qa = analyse(
        LEDE + '"I knew God would give it to me. I had a feeling it was going to be this one," '
        "Lionel Messi said.",
        "Messi: 'I knew God would give it to me'\n\nMessi lifted the trophy.\n\n"
        '"I knew God would give it to me," Lionel Messi said.',
    )
    u = qa.by_article("a0")[0].utterance
    (_, sun) = qa.variants(u)
    assert sun.text == "I knew God would give it to me"


def test_every_analysis_module_imports_on_its_own() -> None:
    """articles.utterances imported first once failed on an import cycle (through
    articles.speakers); the suite's import order hid it."""
    import subprocess
    import sys

    for module in ("articles.utterances", "articles.speakers.names", "articles.quotes"):
        done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True)
        assert done.returncode == 0, done.stderr.decode()
