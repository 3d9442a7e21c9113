"""Utterances the rules leave apart but whose quotations are alike on the whole."""

from __future__ import annotations

from articles.utterance_model import COEFFICIENTS, FEATURES
from articles.utterances import content_words, match_words, merge_alike, pair_features

PLEDGE = "We will rebuild every school that the flood destroyed, and we will do it this year"
REWORDED = "We are going to rebuild every school destroyed by the floods within this year"
OTHER_REMARK = "The inspection of the dam is finished and the engineers found nothing wrong"


def _item(article: str, text: str, speaker: str | None, utterance: str):
    return (article, match_words(text), speaker, utterance)


def test_one_coefficient_per_feature() -> None:
    a, b = match_words(PLEDGE), match_words(REWORDED)
    features = pair_features(a, b, content_words(a), content_words(b), "Anna Berg", None)
    assert len(COEFFICIENTS) == len(FEATURES) == len(features)


def test_a_remark_reworded_by_another_outlet_is_one_utterance() -> None:
    items = [
        _item("a", PLEDGE, "Anna Berg", "berg-we-will-rebuild"),
        _item("b", REWORDED, "Anna Berg", "berg-we-are-going"),
        _item("b", OTHER_REMARK, "Anna Berg", "berg-the-inspection-of"),
    ]
    assert merge_alike(items) == [
        "berg-we-will-rebuild",
        "berg-we-will-rebuild",
        "berg-the-inspection-of",
    ]


def test_two_remarks_of_one_speaker_stay_two() -> None:
    items = [
        _item("a", PLEDGE, "Anna Berg", "u1"),
        _item("b", OTHER_REMARK, "Anna Berg", "u2"),
    ]
    assert merge_alike(items) == ["u1", "u2"]


def test_quotations_of_one_article_are_never_paired() -> None:
    items = [_item("a", PLEDGE, "Anna Berg", "u1"), _item("a", REWORDED, "Anna Berg", "u2")]
    assert merge_alike(items) == ["u1", "u2"]


def test_a_one_word_quotation_is_left_to_the_rules() -> None:
    items = [_item("a", PLEDGE, "Anna Berg", "u1"), _item("b", "rebuild", "Anna Berg", "u2")]
    assert merge_alike(items) == ["u1", "u2"]


def test_the_joined_utterance_keeps_the_id_of_its_larger_part() -> None:
    items = [
        _item("a", REWORDED, "Anna Berg", "small"),
        _item("b", PLEDGE, "Anna Berg", "large"),
        _item("c", PLEDGE, "Anna Berg", "large"),
    ]
    assert merge_alike(items) == ["large"] * 3


def test_alike_on_average_not_through_one_pair() -> None:
    """Average linkage: one close pair does not join two utterances whose other
    quotations share nothing."""
    items = [
        _item("a", PLEDGE, "Anna Berg", "u1"),
        _item("b", OTHER_REMARK, "Anna Berg", "u1"),
        _item(
            "c",
            "The inspectors found nothing wrong with the dam and left on Monday",
            "Anna Berg",
            "u2",
        ),
        _item(
            "d", "Officials said the motorway would reopen to traffic next week", "Anna Berg", "u2"
        ),
    ]
    assert merge_alike(items) == ["u1", "u1", "u2", "u2"]


def test_the_fit_tool_labels_pairs_from_a_gold_set(tmp_path) -> None:
    import importlib.util
    import json
    import sys
    from pathlib import Path

    tools = Path(__file__).resolve().parent.parent / "tools"
    sys.path.insert(0, str(tools))  # the tool imports its sibling logistic_fit
    spec = importlib.util.spec_from_file_location(
        "fit_utterance_model", tools / "fit_utterance_model.py"
    )
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    heard = "I heard a loud crack like the roof had split and ran outside the moment it started"
    retold = "I heard a huge bang as if the roof split open and rushed outside as it started"
    texts = {
        "a": f'Quake hits town\n\nAnna Berg spoke on Monday.\n\n"{heard}," Berg said.\n',
        "b": f'Town shaken\n\nAnna Berg lives in Olmen.\n\n"{retold}," Berg said.\n',
    }
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    quotes = []
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
        words = heard if name == "a" else retold
        start = text.index(words)
        quotes.append(
            {
                "article": name,
                "text": words,
                "start": start,
                "end": start + len(words),
                "speaker": "Anna Berg",
                "utterance": "pledge",
            }
        )
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "quotes.json").write_text(json.dumps({"quotes": quotes}), encoding="utf-8")
    rows = tool.examples(str(corpus), str(gold))
    assert rows == [(rows[0][0], 1)]  # the rules leave the two apart; the gold joins them
    assert len(rows[0][0]) == len(FEATURES)


def test_two_speakers_words_are_two_remarks_for_the_model() -> None:
    """Alike words credited to two different speakers are left to the rules."""
    items = [
        _item("a", "we are deeply concerned about the river defences", "Tom Hale", "u1"),
        _item("b", "we are deeply concerned about the river defences now", "Ann Lee", "u2"),
    ]
    assert merge_alike(items) == ["u1", "u2"]
    items[1] = _item("b", "we are deeply concerned about the river defences now", None, "u2")
    assert merge_alike(items) == ["u1", "u1"]


def test_analysis_joins_the_rewording_unless_asked_for_the_rules_alone() -> None:
    from articles.quotes import analyse_quotes
    from tests.quotes_helpers import make

    articles = make(
        f'Floods hit the north\n\n"{PLEDGE}," Anna Berg said on Monday.',
        # unattributed here, so the rules do not join it to Anna Berg's remark
        f'Flood recovery\n\nThe rebuilding starts next week. "{REWORDED}."',
    )

    def utterances(**options: bool) -> set[str]:
        return {q.utterance for q in analyse_quotes(articles, **options).quotes}

    assert len(utterances()) == 1
    assert len(utterances(learnt_merge=False)) == 2
