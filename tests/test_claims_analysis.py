"""Claim detection on small texts: linking, disagreement, omission, blocking, ids."""

from __future__ import annotations

import datetime as dt
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from claims_fixtures import TOLL, TWO_STORIES, make_articles

from articles.aliases import learn_aliases
from articles.claim_features import sentence_features, stem
from articles.claim_model import FEATURES
from articles.claims import (
    LINK_THRESHOLD,
    POSTING_CAP,
    WEAK_LINK_THRESHOLD,
    Claim,
    LinkStats,
    _dense_groups,
    analyse_claims,
    claim_id,
    summarise,
)


def flood_claim(claims):
    for claim in claims:
        texts = " ".join(str(m.sentence) for m in claim.members)
        if texts and {"a", "b"} <= set(claim.article_ids):
            return claim
    pytest.fail(f"no claim links a and b: {claims}")


def test_same_event_is_linked_across_articles() -> None:
    articles = make_articles(TOLL)
    claim = flood_claim(analyse_claims(articles))
    by_id = {a.id: a for a in articles}
    texts = [by_id[m.article_id].text[m.start : m.end] for m in claim.members]
    assert any("12 people were killed" in t for t in texts)
    assert any("65 people were killed" in t for t in texts)


def test_different_tolls_are_a_disagreement() -> None:
    claim = flood_claim(analyse_claims(make_articles(TOLL)))
    assert claim.disagreement, claim
    (dispute,) = [d for d in claim.disagreement if d["quantity"] == "killed"]
    assert dispute["values"] == {"a": "12", "b": "65"}


def test_agreeing_figures_are_not_a_disagreement() -> None:
    texts = dict(TOLL)
    texts["b"] = texts["b"].replace("65", "12")
    claim = flood_claim(analyse_claims(make_articles(texts)))
    assert not claim.disagreement


def test_article_not_making_the_claim_is_listed_as_omitting_it() -> None:
    """An article of the story that leaves the toll out omits the claim; the markets
    report is another story and omits nothing of this one."""
    texts = dict(TOLL)
    texts["d"] = (
        "Valley floods\n\nRescue teams searched the Karsh valley after the floods.\n\n"
        "The mayor of Olmen appealed for tents and blankets.\n"
    )
    claims = analyse_claims(make_articles(texts))
    (claim,) = [c for c in claims if "were killed" in c.summary]
    assert claim.omitted_by == ("d",)
    assert claim.article_ids == ("a", "b")


def test_unrelated_article_makes_no_claim() -> None:
    claims = analyse_claims(make_articles(TOLL))
    assert all("c" not in c.article_ids for c in claims)


def test_aliases_link_different_names() -> None:
    articles = make_articles(
        {
            "x": "Report one\n\nThe Islamic State (IS) group seized the border town of Qarim.\n",
            "y": "Report two\n\nDaesh [ISIS] seized the border town of Qarim on Tuesday.\n",
            "z": "Report three\n\nThe Islamic State (ISIS) group is also called Daesh.\n",
        }
    )
    claims = analyse_claims(articles)
    assert any({"x", "y"} <= set(c.article_ids) for c in claims)


def test_ratio_and_percent_link_as_one_figure() -> None:
    articles = make_articles(
        {
            "p": "One\n\nOnly one in 20 Vostok drones reached their targets, engineers found.\n",
            "q": "Two\n\nEngineers found just five percent of Vostok drones reached targets.\n",
        }
    )
    assert analyse_claims(articles)


def test_claim_ids_are_stable_across_runs_and_article_order() -> None:
    articles = make_articles(TOLL)
    first = {c.id for c in analyse_claims(articles)}
    again = {c.id for c in analyse_claims(tuple(reversed(articles)))}
    assert first and first == again


def test_claim_id_depends_on_content() -> None:
    assert claim_id([("a", "x"), ("b", "y")]) == claim_id([("b", "y"), ("a", "x")])
    assert claim_id([("a", "x"), ("b", "y")]) != claim_id([("a", "x"), ("b", "z")])


def test_summary_is_short_and_cut_at_a_word() -> None:
    line = summarise("word " * 40)
    assert len(line) <= 80 and line.endswith("…") and "  " not in line


def test_fewer_than_two_articles_make_no_claims() -> None:
    assert analyse_claims(make_articles({"a": TOLL["a"]})) == ()


def _many_articles(count: int) -> dict[str, str]:
    """Articles about distinct things, each sharing one sentence with its neighbour."""
    texts = {}
    for n in range(count):
        texts[f"n{n:03d}"] = (
            f"Bulletin {n}\n\n"
            f"The harbour of Port{n} reopened after repairs costing {n + 100} crowns.\n\n"
            f"The harbour of Port{n + 1} reopened after repairs costing {n + 101} crowns.\n\n"
            f"Fishermen in Town{n} welcomed the news about tariff{n}.\n"
        )
    return texts


def test_blocking_compares_far_fewer_pairs_than_all() -> None:
    stats = LinkStats()
    claims = analyse_claims(make_articles(_many_articles(120)), stats=stats)
    all_pairs = stats.sentences * (stats.sentences - 1) // 2
    assert stats.comparisons < all_pairs / 20, (stats.comparisons, all_pairs)
    assert claims  # the shared sentences are still found


def test_comparisons_grow_linearly() -> None:
    small, large = LinkStats(), LinkStats()
    analyse_claims(make_articles(_many_articles(60)), stats=small)
    analyse_claims(make_articles(_many_articles(240)), stats=large)
    assert large.comparisons <= 6 * max(small.comparisons, 1)
    assert POSTING_CAP >= 10


def _claim_ids_with_hash_seed(seed: str) -> str:
    code = (
        "from articles.ingest import load_sample\n"
        "from articles.claims import analyse_claims\n"
        "print(' '.join(c.id for c in analyse_claims(load_sample().articles)))\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def test_claim_ids_do_not_depend_on_the_hash_seed() -> None:
    first = _claim_ids_with_hash_seed("1")
    assert first.split(), "the sample makes claims"
    assert _claim_ids_with_hash_seed("2") == first


def test_reanalysis_reuses_cached_scans() -> None:
    from articles.claim_features import scan_sentence

    articles = make_articles(TOLL)
    first = analyse_claims(articles)
    hits = scan_sentence.cache_info().hits
    assert analyse_claims(articles) == first
    assert scan_sentence.cache_info().hits > hits


def test_overlapping_groups_around_one_sentence_are_one_claim() -> None:
    # b says it twice; each of its sentences forms a dense group with a and c.
    # The reader should see one claim with both of b's passages, not the same
    # summary listed twice.
    articles = make_articles(
        {
            "a": "One\n\nEngineers at the Vostok plant said 40 turbines failed inspection on"
            " Tuesday.\n",
            "b": "Two\n\nVostok plant engineers said 40 turbines failed the inspection.\n\n"
            "The inspection found 40 turbines failed at the Vostok plant, engineers said on"
            " Tuesday.\n",
            "c": "Three\n\nForty turbines failed inspection at the Vostok plant on Tuesday,"
            " engineers said.\n",
        }
    )
    claims = analyse_claims(articles)
    assert len(claims) == 1
    assert [(m.article_id, m.sentence) for m in claims[0].members] == [
        ("a", 1),
        ("b", 1),
        ("b", 2),
        ("c", 1),
    ]


def test_a_weak_link_to_every_member_and_a_strong_one_joins_a_group() -> None:
    strong, weak = LINK_THRESHOLD + 0.1, WEAK_LINK_THRESHOLD + 0.01
    a, b, c, d, e, f = range(6)
    links = {
        (a, b): strong + 0.2,  # the seed
        (a, c): strong,  # c: strongly to a, weakly to b -> joins
        (b, c): weak,
        (a, d): strong,  # d: strongly to a, nothing to b -> not in a-b's group
        (e, f): weak,  # weak links alone never make a claim
    }
    assert _dense_groups([], links) == [(a, b, c), (a, d)]


def test_weak_links_alone_do_not_join() -> None:
    weak = WEAK_LINK_THRESHOLD + 0.01
    links = {(0, 1): LINK_THRESHOLD + 0.3, (0, 2): weak, (1, 2): weak}
    assert _dense_groups([], links) == [(0, 1)]


def test_a_sentence_stays_in_the_groups_it_fits_nearly_as_well_as_its_best() -> None:
    """A long sentence (0) that shares a little with many others joins many groups; it
    keeps its two best and those it fits at least FIT_SHARE as well, never more than
    MAX_CLAIMS_PER_SENTENCE; a group it leaves with one article is dropped."""
    from types import SimpleNamespace

    from articles.claims import FIT_SHARE, MAX_CLAIMS_PER_SENTENCE, _best_fits

    def unit(article: int) -> SimpleNamespace:
        return SimpleNamespace(occurrences=[SimpleNamespace(article=article)])

    units = [unit(0)] + [unit(1 + i % 3) for i in range(12)]

    def star(fits: list[float]) -> list[tuple[int, ...]]:
        """Sentence 0 in one two-member group per fit, linked to the other at that fit."""
        groups = [(0, 1 + i) for i in range(len(fits))]
        neighbours: dict[int, dict[int, float]] = {0: {}}
        for (_, other), fit in zip(groups, fits, strict=True):
            neighbours[0][other] = fit
            neighbours[other] = {0: fit}
        return _best_fits(units, groups, neighbours)  # type: ignore[arg-type]

    floor = 0.9 * FIT_SHARE
    assert star([0.9, 0.8, floor + 0.01, floor - 0.01]) == [(0, 1), (0, 2), (0, 3)]
    assert star([0.9] * 6) == [(0, 1 + i) for i in range(MAX_CLAIMS_PER_SENTENCE)]
    # a sentence in two groups keeps both, however unequal (two headlines and a lede)
    two = [(0, 1), (0, 2)]
    neighbours = {0: {1: 0.93, 2: 0.5}, 1: {0: 0.93}, 2: {0: 0.5}}
    assert _best_fits(units, two, neighbours) == two  # type: ignore[arg-type]


_BACKGROUND = (
    "Traffic was diverted through the old town on Monday.",
    "Shops near the river reported fewer customers.",
    "The regional council will meet next week.",
    "Engineers inspected three other crossings.",
)


def _one_sentence_each(sentences: dict[str, str]):
    """An article per sentence, each with a background sentence of its own (for IDF)."""
    return make_articles(
        {
            key: f"Story {key}\n\n{sentence}\n\n{_BACKGROUND[i]}\n"
            for i, (key, sentence) in enumerate(sentences.items())
        }
    )


def test_a_shared_figure_links_sentences_worded_differently() -> None:
    # Nothing but the storm and the figure in common: the figure is what makes
    # them one claim (a story's figures recur, so their rarity undervalues them).
    sentences = {
        "a": "The storm destroyed 4,200 homes along the coast.",
        "b": "Officials counted 4,200 houses lost to the storm.",
        "c": "The regional governor visited the scene on Saturday.",
    }
    claims = analyse_claims(_one_sentence_each(sentences))
    assert [c.article_ids for c in claims] == [("a", "b")]


def test_groups_sharing_their_centre_and_another_member_are_one_claim() -> None:
    # c and d are not alike, so dense grouping finds {a, b, c} and {a, b, d}:
    # both centre on a's sentence and share b's.  The reader should see one
    # claim made by four articles, not the same summary twice with three each.
    sentences = {
        "a": "Mayor Ilse Varga vows to rebuild the Osterhal bridge within two years.",
        "b": "Varga vowed to rebuild the Osterhal bridge after its collapse.",
        "c": "The Osterhal bridge will be rebuilt within two years.",
        "d": "Mayor Ilse Varga made the vow after the collapse.",
    }
    claims = analyse_claims(_one_sentence_each(sentences))
    assert [(c.summary, [m.article_id for m in c.members]) for c in claims] == [
        (sentences["a"], ["a", "b", "c", "d"])
    ]


def test_different_measures_of_one_quantity_are_a_disagreement_named_by_unit() -> None:
    texts = {
        "a": "Rain warning\n\nForecasters said up to 80mm of rain could fall on the "
        "Karsh valley.\n",
        "b": "Storm warning\n\nForecasters said up to 100 millimetres of rain could fall on the "
        "Karsh valley.\n",
    }
    (claim,) = [c for c in analyse_claims(make_articles(texts)) if c.reach == 2 and c.disagreement]
    assert claim.disagreement == (
        {"quantity": "mm", "kind": "count", "values": {"a": "80mm", "b": "100mm"}},
    )


def test_a_disputed_count_is_named_by_the_word_the_text_uses() -> None:
    texts = {
        "a": "Evacuation\n\nOfficials said 350 homes were evacuated in Olmen after the floods.\n",
        "b": "Evacuation\n\nOfficials said 400 homes were evacuated in Olmen after the floods.\n",
    }
    (claim,) = [c for c in analyse_claims(make_articles(texts)) if c.disagreement]
    assert [d["quantity"] for d in claim.disagreement] == ["homes"]


def _disputes(texts: dict[str, str]) -> dict[str, dict[str, str]]:
    """quantity -> values of the one claim of ``texts`` whose figures differ."""
    (claim,) = [c for c in analyse_claims(make_articles(texts)) if c.disagreement]
    return {d["quantity"]: d["values"] for d in claim.disagreement}


def test_deaths_and_injuries_in_one_sentence_are_two_quantities() -> None:
    """Each figure counts what its own clause says: 7 killed and 23 injured, not two
    death tolls; "three years ago" counts nothing; "two dozen" is 24."""
    texts = {
        "a": "Plant fire\n\nSeven workers were killed and 23 others were injured when fire "
        "swept the Hallworth plant, three years ago to the day after an inspection.\n",
        "b": "Plant fire\n\nSix workers were killed and more than two dozen others were "
        "injured when fire swept the Hallworth plant.\n",
    }
    assert _disputes(texts) == {
        "injured": {"a": "23", "b": "24"},
        "killed": {"a": "7", "b": "6"},
    }


def test_killing_some_and_injuring_others_are_two_tolls() -> None:
    texts = {
        "a": "Blast\n\nThe blast at the depot in Olmen killed 12 and injured 40, police said.\n",
        "b": "Blast\n\nThe blast at the depot in Olmen killed 12 and injured 45, police said.\n",
    }
    assert _disputes(texts) == {"injured": {"a": "40", "b": "45"}}


def test_prices_to_the_cent_and_in_cents_are_compared() -> None:
    texts = {
        "a": "Fares\n\nThe council approved a 25-cent rise in the bus fare, to $2.75, "
        "on Monday night.\n",
        "b": "Fares\n\nThe council approved a 30-cent rise in the bus fare, to $2.80, "
        "on Monday night.\n",
    }
    assert _disputes(texts) == {"$": {"a": "$2.75", "b": "$2.80"}, "¢": {"a": "25¢", "b": "30¢"}}


def test_speaker_term_names_people_not_organisations() -> None:
    from articles.claims import speaker_term

    assert speaker_term("Michael Fallon") == "falon"
    assert speaker_term("Walid al-Muallem") == "mualem"
    assert speaker_term("Russian Defence Ministry") is None
    assert speaker_term("Joint statement") is None
    assert speaker_term("Fallon") is None  # one word: no full name to go on
    assert speaker_term(None) is None


def test_the_same_words_from_another_speaker_score_lower() -> None:
    """Claims are kept attributed: a different speaker costs, the same speaker helps."""
    from articles.claims import prepare_units, similarity, weight_scale
    from articles.quotes import analyse_quotes

    texts = {
        "a": "Talks stall\n\nAnna Berg visited Olmen on Monday.\n\n"
        '"The dam will be rebuilt within a year," Berg said after meeting the engineers.\n',
        "b": "Talks stall\n\nTom Ode visited Olmen on Monday.\n\n"
        '"The dam will be rebuilt within a year," Ode said after meeting the engineers.\n',
        "c": "Dam pledge\n\nAnna Berg visited Olmen on Monday.\n\n"
        '"The dam will be rebuilt within a year," Berg says after meeting the engineers.\n',
    }
    articles = make_articles(texts)
    units = prepare_units(
        articles, learn_aliases([a.text for a in articles]), analyse_quotes(articles)
    )
    pledge = {u.occurrences[0].article_id: u for u in units if "rebuilt" in u.text}
    assert pledge["a"].speakers == pledge["c"].speakers == {"berg"}
    assert pledge["b"].speakers == {"ode"}
    scale = weight_scale(units)
    same = similarity(pledge["a"], pledge["c"], scale)
    other = similarity(pledge["a"], pledge["b"], scale)

    def logit(p: float) -> float:
        return math.log(p / (1.0 - p))

    assert logit(same) - logit(other) > 0.5, (same, other)


def test_a_figure_naming_nothing_is_never_disputed() -> None:
    """An age in apposition ("Tom Ode, 67,") and "for 40 years" are not one quantity."""
    texts = {
        "a": "Flood\n\nTom Ode, who has lived in Olmen for 40 years, said the flood water "
        "rose faster than ever on Monday night.\n",
        "b": "Flood\n\nTom Ode, 67, said the flood water rose faster than ever in Olmen on "
        "Monday night.\n",
    }
    claims = analyse_claims(make_articles(texts))
    assert claims and all(not c.disagreement for c in claims)


def test_different_shares_of_a_committee_are_disputed() -> None:
    texts = {
        "a": "Rates\n\nEight of the nine members of the committee voted for the rate rise.\n",
        "b": "Rates\n\nSeven of the nine members of the committee voted for the rate rise.\n",
    }
    (claim,) = [c for c in analyse_claims(make_articles(texts)) if c.disagreement]
    assert claim.disagreement[0]["quantity"] == "share"
    assert claim.disagreement[0]["values"] == {"a": "88.9%", "b": "77.8%"}


@pytest.mark.parametrize(
    ("sentence", "summary"),
    [
        ("LONDON (Reuters) - Around 350 homes were evacuated.", "Around 350 homes were evacuated."),
        ("BEIRUT, Lebanon – Russia pressed ahead.", "Russia pressed ahead."),
        ("GENEVA — The United Nations warned.", "The United Nations warned."),
        ('She added: "We are asking people to stay away.', "We are asking people to stay away."),
        ("NATO - the alliance - said so.", "NATO - the alliance - said so."),
        ('A spokeswoman said: "We act."', 'A spokeswoman said: "We act."'),
        # a quotation and its attribution keep the quotation's marks, both of them
        ("“I resign my post,” Morales said.", "“I resign my post,” Morales said."),
        ("He called it a “recipe for disaster”", "He called it a “recipe for disaster”"),
        ("“We will rebuild.”", "We will rebuild."),
        ("‘I resign my post,’ Morales said.", "‘I resign my post,’ Morales said."),
        ("‘We will rebuild.’", "We will rebuild."),
    ],
)
def test_summary_leaves_out_a_dateline_and_a_bare_introduction(sentence: str, summary: str) -> None:
    assert summarise(sentence) == summary


def test_a_vote_s_score_margin_and_verbs_are_no_dispute() -> None:
    # "432 votes to 202", "432 MPs voted against it while 202 voted for it" and
    # "a majority of 230 MPs" report one vote; only different figures would dispute it
    texts = {
        "a": "Deal defeated\n\nThe deal was defeated in the chamber by 432 votes to 202 on "
        "Tuesday night.\n",
        "b": "Deal defeated\n\nThe deal was defeated in the chamber when 432 members voted "
        "against it while 202 voted for it on Tuesday night.\n",
        "c": "Deal defeated\n\nThe deal was defeated in the chamber by 432 votes to 202, a "
        "majority of 230 members, on Tuesday night.\n",
    }
    claims = analyse_claims(make_articles(texts))
    assert claims and not any(c.disagreement for c in claims)


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        ("It’s social media.", {"social", "media"}),
        ("We'll win, they don't know it and I'm sure.", {"win", "know", "sur"}),
        ("Trump's tweet and O'Brien's reply", {"trump", "twet", "obrien", "reply"}),
    ],
)
def test_contractions_of_function_words_are_no_terms(sentence: str, terms: set[str]) -> None:
    # "it's" became the term "it" and "we'll" the term of "well": two short
    # sentences sharing only such words were linked as one claim.
    assert sentence_features(sentence, learn_aliases([""], None)).terms == terms


def test_adverbs_lose_ly_and_nouns_keep_it() -> None:
    assert [stem(w) for w in ("heavily", "heavy", "largely", "large")] == ["heavy"] * 2 + [
        "larg"
    ] * 2
    # "reply" was "rep", "family" "fami": nouns ending in -ly are no adverbs
    assert len({stem(w) for w in ("reply", "rep", "family", "assembly", "assemble")}) == 5


def test_a_word_with_or_without_its_accents_is_one_term() -> None:
    assert stem("Guzmán") == stem("Guzman") == "guzman"
    assert stem("Vélez's") == stem("Velez")


def test_two_claims_around_one_sentence_read_differently() -> None:
    # a's sentence makes two assertions, each shared with another article: two
    # claims centred on it, listed with the same summary twice before.
    sentences = {
        "a": "Varga vows to rebuild the Osterhal bridge within two years with federal money.",
        "c": "The Osterhal bridge will be rebuilt within two years.",
        "d": "Mayor Varga promised federal money for the repairs.",
    }
    claims = analyse_claims(_one_sentence_each(sentences))
    assert [[m.article_id for m in c.members] for c in claims] == [["a", "c"], ["a", "d"]]
    assert [c.summary for c in claims] == [sentences["a"], sentences["d"]]


RATE_CUT = {
    "a": (
        "Central bank cuts rates for the first time in a decade\n\n"
        "The central bank on Wednesday lowered interest rates for the first time since 2008.\n\n"
        "Rates affect the cost of loans, and the bank said rates would stay low.\n\n"
        "Some at the bank had wanted rates unchanged, and rates markets fell.\n\n"
        "The president criticised the bank, saying rates should fall faster.\n"
    ),
    "b": (
        "Bank reduces key rate in first cut in more than ten years\n\n"
        "The bank cut its key rate on Wednesday, its first reduction in more than a decade.\n\n"
        "Banks lend at rates tied to the bank's rate, and mortgage rates may fall.\n\n"
        "The rate decision divided the bank's board, and two members opposed it.\n\n"
        "Markets had expected the bank to cut rates, traders said.\n"
    ),
    "c": (
        "Football club sells its star striker\n\n"
        "The club sold its striker to a rival on Wednesday for a record fee.\n\n"
        "Fans protested outside the ground.\n"
    ),
}


def _lede_claim(claims):
    for claim in claims:
        starts = {(m.article_id, m.start) for m in claim.members}
        if ("a", 0) in starts and ("b", 0) in starts:
            return claim
    return None


def test_two_ledes_of_one_event_are_one_claim() -> None:
    """News states its main event first; the model knows two sentences are ledes."""
    from articles.claims import _lede_pairs, pair_features, prepare_units, weight_scale

    articles = make_articles(RATE_CUT)
    assert _lede_claim(analyse_claims(articles)) is not None
    assert not any(
        "c" in claim.article_ids for claim in analyse_claims(articles) if len(claim.members) > 1
    )
    units = prepare_units(articles, learn_aliases([a.text for a in articles]), None)
    pairs = _lede_pairs(units)
    # headline and first two body sentences of each article; never two of one article
    assert pairs and all(units[a].articles.isdisjoint(units[b].articles) for a, b in pairs)
    assert all(units[a].lede and units[b].lede for a, b in pairs)
    headlines = [i for i, u in enumerate(units) if u.occurrences[0].start == 0]
    assert tuple(sorted(headlines[:2])) in pairs  # the two headlines are compared
    both_ledes = FEATURES.index("both_ledes")
    scale = weight_scale(units)
    assert all(pair_features(units[a], units[b], scale)[both_ledes] for a, b in pairs)


def test_a_capitalised_modifier_is_not_what_a_figure_counts() -> None:
    from articles.claims import _counted_noun

    text = "All 12 Thai boys were saved. Four Thai Navy SEAL divers left. 350 Homes Destroyed"
    assert _counted_noun(text, text.index("12") + 2) == "boys"
    assert _counted_noun(text, text.index("Four") + 4) == "divers"
    assert _counted_noun(text, text.index("350") + 3) == "homes"


def test_one_sentence_in_two_typographies_is_one_passage_and_one_summary() -> None:
    articles = make_articles(
        {
            "a": "Hearing held\n\nHe told senators: “It was my mistake and I’m sorry.”\n",
            "b": 'Hearing held\n\nHe told senators: "It was my mistake and I\'m sorry."\n',
            "c": "Hearing held\n\nHe told senators: “It was my mistake and I’m sorry.”\n",
        }
    )
    claims = analyse_claims(articles)
    sorry = [c for c in claims if "mistake" in c.summary.casefold()]
    assert len(sorry) == 1
    assert set(sorry[0].article_ids) == {"a", "b", "c"}


def test_a_magnitude_near_a_toll_is_no_toll() -> None:
    texts = {
        "a": "Quake\n\nThe magnitude 7.1 quake on Tuesday killed at least 217 people in "
        "the capital.\n",
        "b": "Quake\n\nThe magnitude 7.1 quake on Tuesday killed at least 225 people in "
        "the capital.\n",
    }
    assert _disputes(texts) == {"killed": {"a": "217", "b": "225"}}


def test_an_article_giving_another_toll_disputes_the_claim_and_does_not_omit_it() -> None:
    """A sentence linked to a claim's member (weakly: the grouping left it out) that
    gives the claim's quantity is its article's figure: a disagreement, not an
    omission.  A linked sentence without the quantity reports nothing."""
    from articles.claims import disagreements, prepare_units, reporters

    texts = {
        "a": "Fire\n\nSeven workers were killed when fire swept the Hallworth plant.\n",
        "b": "Fire\n\nSeven workers were killed when fire swept the Hallworth plant.\n",
        "c": "Fire\n\nNine people died in the blaze, the county coroner said.\n\n"
        "The plant makes plastic pipes for builders.\n",
    }
    articles = make_articles(texts)
    units = prepare_units(articles, learn_aliases([a.text for a in articles]), None)
    index = {u.text: i for i, u in enumerate(units)}
    seven = index[next(t for t in index if t.startswith("Seven"))]
    nine = index[next(t for t in index if t.startswith("Nine"))]
    pipes = index[next(t for t in index if t.startswith("The plant"))]
    neighbours = {seven: {nine: 0.35, pipes: 0.31}}
    found = reporters([seven], units, neighbours, {0, 1})  # a and b make the claim
    assert [(aid, unit.text[:4]) for aid, unit in found] == [("c", "Nine")]
    members = [(o.article_id, units[seven]) for o in units[seven].occurrences]
    (dispute,) = disagreements(members, found)
    assert dispute["values"] == {"a": "7", "b": "7", "c": "9"}


def test_parallel_shares_that_differ_in_one_figure_are_a_disagreement() -> None:
    texts = {
        "a": "Vote\n\nLabour won 41.2% of the vote and National 33.8% of the vote, officials "
        "said on Sunday.\n",
        "b": "Vote\n\nLabour won 42.1% of the vote and National 33.8% of the vote, officials "
        "said on Sunday.\n",
    }
    assert _disputes(texts) == {"share of vote": {"a": "33.8%, 41.2%", "b": "33.8%, 42.1%"}}


def test_a_bare_share_in_a_linked_sentence_is_no_dispute() -> None:
    """A sentence outside a claim that gives some other percentage ("shares fell 11%")
    reports nothing about the claim's figure."""
    from articles.claims import _reported

    assert _reported("killed") and _reported("share of vote") and _reported("homes")
    assert not _reported("share") and not _reported("$")


def test_a_death_toll_that_rose_on_a_weekday_is_the_toll_not_the_weekday() -> None:
    """ "rose to 41 on Sunday": the quantity is the death toll; every article's figure
    is one of its values (a weekday is when, not what is counted)."""
    line = "The death toll from the earthquake in eastern Turkey {verb} to {n} on Sunday."
    texts = {
        "a": "Quake\n\n" + line.format(verb="rose", n=41) + "\n",
        "b": "Quake toll\n\n" + line.format(verb="rose", n=38) + "\n",
        "c": "Quake toll climbs\n\n" + line.format(verb="climbed", n=41) + "\n",
    }
    assert _disputes(texts) == {"killed": {"a": "41", "b": "38", "c": "41"}}


def test_a_figure_joined_to_its_noun_and_one_converted_in_brackets() -> None:
    """ "a 1,600-page report" and "a 1,700 page report" give one quantity (pages); a
    distance converted in brackets ("2,500 miles (4,020km)") is no second figure."""
    line = "In a {} report spanning seven volumes, the chair said the firms were dishonest."
    texts = {
        "a": "Report\n\n" + line.format("1,700 page") + "\n",
        "b": "Report out\n\n" + line.format("1,600-page") + "\n",
        "c": "Report published\n\n" + line.format("1,700-page") + "\n",
    }
    assert _disputes(texts) == {"page": {"a": "1700", "b": "1600", "c": "1700"}}
    far = "He was arrested in Pennsylvania {}, from the crime scene, officials said."
    claims = analyse_claims(
        make_articles(
            {
                "d": "Arrest\n\n" + far.format("over 2,500 miles (4,020km)") + "\n",
                "e": "Arrest made\n\n" + far.format("4,000 kilometers (2,500 miles)") + "\n",
            }
        )
    )
    assert claims and not any(c.disagreement for c in claims)


def test_a_figure_one_member_gives_on_the_side_is_not_the_claims() -> None:
    """The claim is 70,000 cancelled appointments; "100,000 nurses" in one member's
    sentence does not make an outlet that repeats it a reporter of the claim."""
    texts = {
        "a": "Strike\n\nAn estimated 100,000 nurses are striking, cancelling an estimated "
        "70,000 appointments and surgeries.\n\nApproximately 100,000 nurses walked out.\n",
        "b": "Nurses strike\n\nThe minister said around 70,000 appointments and surgeries "
        "will be cancelled.\n",
        "c": "Nurse walkout\n\nThe minister said around 70,000 appointments and surgeries "
        "will be lost.\n",
        "d": "Walkout\n\nApproximately 100,000 nursing staff have walked out across England.\n",
    }
    claims = analyse_claims(make_articles(texts))
    appointments = next(c for c in claims if "appointments" in c.summary)
    assert "d" not in appointments.article_ids
    assert "d" in appointments.omitted_by and "d" not in appointments.reported_by


def test_a_toll_in_a_year_is_a_toll_not_a_ratio() -> None:
    line = "Floods killed {} in 2019 across the province, officials said."
    texts = {
        "x": "Floods\n\n" + line.format(12) + "\n",
        "y": "Flood toll\n\n" + line.format(14) + "\n",
    }
    assert _disputes(texts) == {"killed": {"x": "12", "y": "14"}}


def test_years_are_when_not_key_figures() -> None:
    table = learn_aliases(["x"])

    def terms(text: str) -> set[str]:
        return set(sentence_features(text, table).terms)

    assert "year:2020" in terms("Tokyo will host the 2020 Olympics.")
    assert "year:2019" in terms("2019 was the worst year on record.")
    assert {"count:2000", "year:2019"} <= terms("2000 people died in 2019.")
    assert "count:1979" in terms("Officials counted 1,979 damaged homes.")


def test_sentences_of_two_stories_make_no_claim_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A mixed corpus: an aside told in both stories in near the same words is no claim
    across them (as one story, it was); each story keeps its own claims."""
    import articles.claims as claims_module

    articles = make_articles(TWO_STORIES)

    def across(found: tuple[Claim, ...]) -> list[Claim]:
        return [c for c in found if len({m.article_id[:3] for m in c.members}) > 1]

    assert not across(analyse_claims(articles))
    kept = analyse_claims(articles)
    assert {frozenset(c.article_ids) for c in kept} >= {
        frozenset({"dam1", "dam2"}),
        frozenset({"club1", "club2"}),
    }
    monkeypatch.setattr(claims_module, "STORY_JACCARD", 0.0)  # every article one story
    assert across(analyse_claims(articles))


def test_copies_of_a_wire_story_and_its_other_versions_are_one_story() -> None:
    """Near copies of one wire report and another outlet's version: one story (the
    copies are closer to each other than to the other, which must not split it)."""
    from articles.claims import candidate_pairs, prepare_units, stories

    texts = {f"wire{n}": TOLL["a"] + f"\nDesk {n} contributed.\n" for n in range(6)}
    texts["b"] = TOLL["b"]
    articles = make_articles(texts)
    units = prepare_units(articles, learn_aliases([a.text for a in articles]), None)
    assert len(set(stories(units, candidate_pairs(units)))) == 1
    # (TOLL's third article tells another story: it shares no term with the two)
    articles = make_articles(TOLL)
    units = prepare_units(articles, learn_aliases([a.text for a in articles]), None)
    assert len(set(stories(units, candidate_pairs(units)))) == 2


def test_durations_and_names_after_a_figure_are_no_disputed_quantity() -> None:
    """'asked for at least 10 years' against 'a five-year sentence' mixed two durations of
    one claim; '15 NEW YORK — Leonardo da Vinci' counted Leonardos."""
    from articles.claims import _counted_noun

    text = "date 2017-11-15 NEW YORK — Leonardo da Vinci's painting sold. 350 Homes Destroyed"
    assert _counted_noun(text, text.index("15") + 2) == ""
    assert _counted_noun(text, text.index("350") + 3) == "homes"
    texts = {
        "a": "Sentenced\n\nPistorius was given a five-year sentence for killing Reeva "
        "Steenkamp, the judge ruled in Pretoria on Tuesday.\n",
        "b": "Sentenced\n\nPistorius was sentenced in Pretoria on Tuesday for killing Reeva "
        "Steenkamp after the prosecution asked for a 10-year sentence, the judge ruled.\n",
    }
    claims = analyse_claims(make_articles(texts))
    assert any({"a", "b"} <= set(c.article_ids) for c in claims)  # one claim
    assert not [d for c in claims for d in c.disagreement if d["quantity"] in ("year", "years")]


def test_two_stories_of_one_kind_are_told_apart_by_their_rarer_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two Spanish football rows, two disasters: their articles share the kind's words
    (a Jaccard above STORY_JACCARD) but not their own, which weigh more."""
    import articles.claims as claims_module
    from articles.claim_features import SentenceFeatures
    from articles.claims import SentenceUnit, _Occurrence, stories

    kind = [f"kind{n}" for n in range(10)]  # every article's
    own = {"a": [f"a{n}" for n in range(20)], "b": [f"b{n}" for n in range(20)]}
    units = []
    for index in range(6):
        story = "ab"[index // 3]
        terms = kind + own[story] + [f"only{index}_{n}" for n in range(10)]
        unit = SentenceUnit("s", SentenceFeatures(frozenset(terms), (), ()))
        unit.occurrences.append(_Occurrence(index, f"{story}{index}", 0, 0, 1))
        unit.weights = dict.fromkeys(terms, 1.0)
        units.append(unit)
    pairs = [(x, y) for x in range(6) for y in range(x + 1, 6)]
    labels = stories(units, pairs)
    assert labels[0] == labels[1] == labels[2] != labels[3] == labels[4] == labels[5]
    monkeypatch.setattr(claims_module, "STORY_RARE_SHARE", 0.0)  # the Jaccard alone
    assert len(set(stories(units, pairs))) == 1


def test_people_saved_and_people_in_hospital_are_no_dispute() -> None:
    """What befell the people a figure counts says which people they are."""
    texts = {
        "a": "Bridge\n\nRescuers in Genoa said they had saved 12 people from under the rubble "
        "of the collapsed bridge on Tuesday.\n",
        "b": "Bridge\n\nRescuers in Genoa said 16 people were being treated in hospital after "
        "the collapsed bridge fell on Tuesday.\n",
    }
    claims = analyse_claims(make_articles(texts))
    assert claims and all(not c.disagreement for c in claims)
    same = {
        "a": texts["a"],
        "b": "Bridge\n\nRescuers in Genoa said they had saved 14 people from under the rubble "
        "of the collapsed bridge on Tuesday.\n",
    }
    assert _disputes(same) == {"people saved": {"a": "12", "b": "14"}}


def test_the_toll_of_an_earlier_event_dated_in_its_clause_is_no_dispute() -> None:
    texts = {
        "a": "Crash\n\nThe train crash near Santiago killed 80 people, officials said, and "
        "stirred memories of the 2004 Madrid bombing that killed 191 people.\n",
        "b": "Crash\n\nThe train crash near Santiago killed 78 people, officials said on "
        "Thursday after the count.\n",
    }
    assert _disputes(texts) == {"killed": {"a": "80", "b": "78"}}


def test_people_rescued_and_rescue_workers_are_no_dispute() -> None:
    texts = {
        "a": "Mine\n\nFifty-eight others were rescued from the mine at Amasra, the minister said "
        "on Saturday.\n",
        "b": "Mine\n\nRescuers at the mine at Amasra worked through the night on Saturday, with "
        "nearly 150 rescue workers on site.\n",
    }
    claims = analyse_claims(make_articles(texts))
    assert all(not c.disagreement for c in claims)


def test_a_toll_rising_to_a_figure_counts_the_dead() -> None:
    """ "Toll in Genoa bridge collapse rises to 38" against "39 dead" was no dispute."""
    texts = {
        "a": "Genoa\n\nThe toll from the collapse of the motorway bridge in Genoa rose to 38 "
        "on Wednesday, officials in the city said.\n",
        "b": "Genoa\n\nThe collapse of the motorway bridge in Genoa killed 39 people, officials "
        "in the city said on Wednesday.\n",
    }
    assert _disputes(texts) == {"killed": {"a": "38", "b": "39"}}


def test_an_article_of_another_story_does_not_omit_a_claim(tmp_path: Path) -> None:
    """In a folder of two stories a claim is omitted only by articles of its own story
    (every article of the other story was "omitting" every claim: qaN D4); the cache
    gives the same back, and a claim the user makes over both stories hears from both."""
    from articles import claim_decisions as cd
    from articles.quotes import analyse_quotes
    from store.analysis_cache import AnalysisCache, CachedAnalysis

    texts = dict(TWO_STORIES)
    texts["dam3"] = (  # the dam story, without what the two others say of the collapse
        "Amarante counts the cost\n\nRescuers in boats searched the flooded streets of "
        "Amarante for survivors as the Tamega kept rising. The mayor of Amarante, Joana Silva, "
        "opened the municipal gymnasium to families whose houses on the Tamega were swept away. "
        "Farmers in Marco de Canaveses moved cattle to higher ground as the water spread "
        "across the valley.\n"
    )
    articles = make_articles(texts)
    claims = analyse_claims(articles)
    dam = next(c for c in claims if set(c.article_ids) == {"dam1", "dam2"})
    assert set(dam.open_articles) == {"dam1", "dam2", "dam3"}
    assert dam.omitted_by == ("dam3",)
    club = next(c for c in claims if {"club1", "club2"} <= set(c.article_ids))
    assert not club.omitted_by
    cache = AnalysisCache(tmp_path)
    quotes = analyse_quotes(articles)
    assert cache.save("k", CachedAnalysis(quotes, claims), articles)
    loaded = cache.load("k", articles)
    assert loaded is not None and loaded.claims == claims
    made = cd.create([(dam.members[0].article_id, dam.members[0].start, dam.members[0].end),
                      (club.members[0].article_id, club.members[0].start, club.members[0].end)],
                     "both")  # fmt: skip
    applied = cd.apply_decisions(claims, [made], tuple(a.id for a in articles))
    both = next(c for c in applied if c.id == made.claim_id)
    assert set(both.open_articles) == set(texts)


def _pair_disputes(a: str, b: str) -> list[dict[str, object]]:
    claims = analyse_claims(make_articles({"a": a, "b": b}))
    linked = [c for c in claims if {"a", "b"} <= set(c.article_ids)]
    assert linked, claims
    return [d for c in linked for d in c.disagreement]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Vote\n\nMilei won the runoff, and Massa, who took 44.3% of the vote, conceded.\n",
            "Vote\n\nMilei won the runoff, and Massa, who took just over 44% of the vote, "
            "conceded.\n",
            id="a share rounded by one outlet",
        ),
        pytest.param(
            "Vote\n\nWith 99.4% of votes tallied, Milei had 55.7 per cent and Massa conceded "
            "the runoff.\n",
            "Vote\n\nMilei won 55.7% of votes in the runoff and Massa conceded on Sunday.\n",
            id="how far the count is",
        ),
        pytest.param(
            "Collapse\n\nCarillion, the collapsed builder, employs 20,000 people in the UK and "
            "approximately another 23,000 staff abroad, the liquidators said on Monday.\n",
            "Collapse\n\nCarillion, the collapsed builder, has 43,000 staff worldwide, the "
            "liquidators said on Monday.\n",
            id="another figure added to the first",
        ),
        pytest.param(
            "Cuts\n\nAmazon is laying off more than 18,000 employees in its stores and human "
            "resources teams, the company said on Wednesday.\n",
            "Cuts\n\nAmazon previously said that it would lay off nearly 10,000 employees in "
            "its stores and human resources teams, the company said on Wednesday.\n",
            id="an earlier figure the story moved on from",
        ),
        pytest.param(
            "Vote\n\nBuhari won the presidential election by 2.57 million votes, the "
            "electoral commission said on Tuesday.\n",
            "Vote\n\nBuhari won the presidential election with 15,424,921 votes, the "
            "electoral commission said on Tuesday.\n",
            id="a winning margin and a total",
        ),
        pytest.param(
            "Fine\n\nMeta was fined a record 1.2 billion euro (NZ$2 billion) by the Irish "
            "regulator on Monday.\n",
            "Fine\n\nMeta was fined a record 1.2 billion euro ($1.3 billion) by the Irish "
            "regulator on Monday.\n",
            id="two dollars",
        ),
        pytest.param(
            "Collapse\n\nCarillion, which held £200m of prison contracts, went into "
            "liquidation on Monday, the Official Receiver said.\n",
            "Collapse\n\nCarillion, which worked on the £56bn HS2 rail project, went into "
            "liquidation on Monday, the Official Receiver said.\n",
            id="two sums of money far apart",
        ),
    ],
)
def test_figures_that_agree_or_count_other_things_are_no_dispute(a: str, b: str) -> None:
    """qaN D3: "44%" against "44.3%", "99.4% of votes tallied", "another 23,000 abroad",
    £200m of one thing and £56bn of another were shown as disputed figures."""
    assert _pair_disputes(a, b) == []


def test_near_sums_and_added_tolls_still_differ() -> None:
    assert _pair_disputes(
        "Fine\n\nThe regulator fined the bank £1.2bn for rigging the currency markets.\n",
        "Fine\n\nThe regulator fined the bank £1.5bn for rigging the currency markets.\n",
    )
    (toll,) = _pair_disputes(
        "Quake\n\nThe quake killed 632 people and another 329 were injured, officials said.\n",
        "Quake\n\nThe quake killed 632 people and another 153 were injured, officials said.\n",
    )
    assert toll["values"] == {"a": "329", "b": "153"}


def test_a_weekday_placed_on_the_calendar_keeps_its_weekday_term() -> None:
    """An article whose date is known turns "on Wednesday" into a date; one whose date is
    unknown cannot: both still share the weekday."""
    table = learn_aliases(["x"])
    text = "The dam burst on Wednesday night."
    undated = sentence_features(text, table).terms
    dated = sentence_features(text, table, today=dt.date(2017, 2, 23)).terms
    weekdays = {t for t in undated if t.startswith("weekday:")}
    assert weekdays and weekdays <= dated
    assert any(t.startswith("date:") for t in dated)


def test_two_stories_of_one_kind_linked_by_one_pair_come_apart() -> None:
    """Two earthquakes (or two layoffs) in one folder: one pair of their articles as
    alike as two of one story joined them (a death toll of one quake disputed the other's:
    qaO D3); on average they are far less alike than each story's own articles."""
    from articles.claims import _story_parts

    quake_a, quake_b = [0, 1, 2, 3], [4, 5, 6, 7]

    def overlap(x: int, y: int) -> float:
        if {x, y} == {0, 4}:
            return 0.13  # the one close pair
        same = (x in quake_a) == (y in quake_a)
        return 0.2 if same else 0.08

    parts = _story_parts(quake_a + quake_b, overlap)
    assert sorted(map(sorted, parts)) == [quake_a, quake_b]
    # one story whose outlets differ (pairs from 0.11 to 0.2) stays one
    assert _story_parts(quake_a + quake_b, lambda x, y: 0.11 + 0.01 * ((x + y) % 10)) == [
        quake_a + quake_b
    ]
    # an article alike to none is no story of its own: the group stays whole
    assert len(_story_parts([0, 1, 2, 3, 9], lambda x, y: 0.0 if 9 in (x, y) else 0.2)) == 1


def test_an_article_with_a_sentence_close_to_the_claim_is_not_said_to_omit_it() -> None:
    """A sentence strongly linked to a member and linked to half the members, left out
    of the group, is the article's passage close to the claim (it may make it in other
    words): not an omission, nor a member; one passage per article, its closest."""
    from types import SimpleNamespace

    from articles.claims import (
        LINK_THRESHOLD,
        RELATED_THRESHOLD,
        WEAK_LINK_THRESHOLD,
        Claim,
        ClaimMember,
        relatives,
    )

    def unit(article: int) -> SimpleNamespace:
        return SimpleNamespace(occurrences=[SimpleNamespace(article=article)])

    # members 0, 1, 2 (articles 0, 1, 2); candidates of articles 3 and 4
    units = [unit(0), unit(1), unit(2), unit(3), unit(3), unit(4), unit(4)]
    strong, weak = RELATED_THRESHOLD + 0.1, WEAK_LINK_THRESHOLD + 0.01
    neighbours = {
        0: {3: strong, 4: strong + 0.1, 5: strong},
        1: {3: weak, 4: weak},
        2: {6: weak},
        3: {},
        4: {},
        5: {},  # strongly to one member only: a side of that member's sentence
        6: {},  # weakly to one member: nothing
    }
    found = relatives([0, 1, 2], units, neighbours, {0, 1, 2})  # type: ignore[arg-type]
    assert [(o.article, next(k for k, x in enumerate(units) if x is u)) for o, u in found] == [
        (3, 4)
    ]
    assert RELATED_THRESHOLD >= LINK_THRESHOLD  # a strong link, not a weak one
    claim = Claim(
        "c1",
        "Two were pulled from the water",
        members=(ClaimMember("a", 0, 5, 0), ClaimMember("b", 0, 5, 0)),
        article_ids=("a", "b"),
        open_articles=("a", "b", "c", "d"),
        related=(ClaimMember("c", 10, 20, 1), ClaimMember("a", 30, 40, 2)),
    )
    assert claim.related_by == ("c",)  # (not "a": it makes the claim)
    assert claim.omitted_by == ("d",) and claim.omitted_count == 1
    assert not claim.omits("c") and claim.omits("d")
    assert claim.passages_in("c") == (ClaimMember("c", 10, 20, 1),)
    assert claim.reach == 2


def test_a_count_after_of_disagrees_with_the_same_count_before_its_noun() -> None:
    """qaQ 1: "The ship's crew of 21, all from India" against "carrying 22 crew members":
    a different figure, not an article omitting the claim."""
    common = (
        "Bridge falls\n\nA container ship struck the Key Bridge in Baltimore on Tuesday and "
        "the bridge collapsed into the Patapsco River.\n\n"
    )
    articles = make_articles(
        {
            "a": common + "The ship was carrying 22 crew members, all of them Indian, the "
            "owner said.\n",
            "b": common + "The ship's crew of 21, all from India, were unharmed, the owner said.\n",
            "c": common + "The ship was carrying 22 crew members, all Indian nationals, the "
            "owner said.\n",
        }
    )
    crew = [
        c for c in analyse_claims(articles) if any(d["quantity"] == "crew" for d in c.disagreement)
    ]
    assert crew, "the crew figures are not compared"
    (dispute,) = [d for d in crew[0].disagreement if d["quantity"] == "crew"]
    assert dispute["values"]["b"] == "21" and dispute["values"]["a"] == "22"
    assert "b" not in crew[0].omitted_by


def test_a_running_total_is_not_the_same_quantity_as_this_event_s_count() -> None:
    """qaQ 4: "He now has 12 World Cup goals" (his career) does not disagree with "top
    scorer with eight goals" (this tournament)."""
    common = (
        "Final\n\nArgentina beat France on penalties in the World Cup final in Lusail on "
        "Sunday after a 3-3 draw, with Kylian Mbappe scoring a hat-trick.\n\n"
    )
    articles = make_articles(
        {
            "a": common + "Mbappe finished as the tournament's top scorer with eight goals.\n",
            "b": common + "Mbappe now has 12 World Cup goals at the age of 23, the tournament's "
            "top scorer.\n",
            "c": common + "Mbappe finished as the tournament's top scorer with eight goals, "
            "officials said.\n",
        }
    )
    assert not any(
        d["quantity"].startswith("goal") and "b" in d["values"]
        for c in analyse_claims(articles)
        for d in c.disagreement
    )
