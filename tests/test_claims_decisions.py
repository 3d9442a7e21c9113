"""The user's claim decisions: JSON round trip and apply_decisions."""

from __future__ import annotations

import json

import pytest
from claims_fixtures import TOLL, make_articles

from articles import claim_decisions as cd
from articles.claims import Claim, ClaimMember, analyse_claims
from articles.model import Article

ARTICLES = ("a", "b", "c")


def claim(cid: str, *members: tuple[str, int, int], summary: str = "s") -> Claim:
    ms = tuple(ClaimMember(a, s, e, 0) for a, s, e in members)
    arts = tuple(sorted({m.article_id for m in ms}))
    return Claim(cid, summary, ms, arts, ARTICLES)


def passages(c: Claim) -> set[tuple[str, int, int]]:
    return {(m.article_id, m.start, m.end) for m in c.members}


ONE = claim("c1", ("a", 0, 10), ("b", 5, 20))
TWO = claim("c2", ("a", 30, 40), ("c", 0, 9))


def test_decisions_round_trip_through_json() -> None:
    for decision in [
        cd.accept("c1"),
        cd.rename("c1", "New name"),
        cd.merge("c1", ["c2"]),
        cd.split("c1", [("a", 0, 10)]),
        cd.create([("a", 1, 2), ("b", 3, 4)], "mine"),
        cd.mark_role("c1", ("b", 5, 20), "disputes"),
    ]:
        data = json.loads(json.dumps(decision.to_dict()))
        assert cd.ClaimDecision.from_dict(data) == decision


def test_from_dict_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        cd.ClaimDecision.from_dict({"kind": "explode", "claim_id": "x"})
    with pytest.raises(ValueError):
        cd.ClaimDecision.from_dict({"kind": "accept"})


def test_accept_sets_status() -> None:
    (out, _) = cd.apply_decisions([ONE, TWO], [cd.accept("c1")], ARTICLES)
    assert out.status == "accepted"


def test_reject_drops_the_claim_and_it_stays_dropped_after_reanalysis() -> None:
    articles = make_articles(TOLL)
    first = analyse_claims(articles)
    assert first
    decisions = [cd.reject(first[0].id)]
    again = cd.apply_decisions(analyse_claims(articles), decisions)
    assert first[0].id not in {c.id for c in again}
    assert len(again) == len(first) - 1


def test_rename() -> None:
    out = cd.apply_decisions([ONE], [cd.rename("c1", "Floods kill dozens")], ARTICLES)
    assert out[0].summary == "Floods kill dozens"


def test_merge_unites_members_and_removes_the_other() -> None:
    (out,) = cd.apply_decisions([ONE, TWO], [cd.merge("c1", ["c2"])], ARTICLES)
    assert out.id == "c1"
    assert passages(out) == passages(ONE) | passages(TWO)
    assert out.article_ids == ("a", "b", "c") and out.omitted_by == ()


def test_split_moves_passages_to_a_new_claim() -> None:
    decision = cd.split("c1", [("b", 5, 20)])
    out = cd.apply_decisions([ONE], [decision], ARTICLES)
    assert [c.id for c in out] == ["c1", decision.new_id]
    assert passages(out[0]) == {("a", 0, 10)}
    assert passages(out[1]) == {("b", 5, 20)}
    assert out[0].omitted_by == ("b", "c")
    assert out[1].summary != out[0].summary  # two rows must not read alike
    texts = {"a": "x" * 30, "b": "Then Troops were hit hard.", "c": ""}
    named = cd.apply_decisions([ONE], [decision], ARTICLES, texts)
    assert named[1].summary == "Troops were hit"  # its own passage, b[5:20]


def test_add_and_remove_member() -> None:
    (added,) = cd.apply_decisions([ONE], [cd.add_member("c1", ("c", 3, 8))], ARTICLES)
    assert ("c", 3, 8) in passages(added) and added.omitted_by == ()
    (removed,) = cd.apply_decisions(
        [ONE], [cd.add_member("c1", ("c", 3, 8)), cd.remove_member("c1", ("a", 0, 10))], ARTICLES
    )
    assert passages(removed) == {("b", 5, 20), ("c", 3, 8)}
    assert removed.omitted_by == ("a",)


def test_create_from_a_passage() -> None:
    decision = cd.create([("a", 50, 60), ("c", 10, 20)], "User claim")
    out = cd.apply_decisions([ONE], [decision], ARTICLES)
    made = out[0]
    assert made.id == decision.claim_id and made.status == "user"
    assert made.summary == "User claim" and made.omitted_by == ("b",)


def test_mark_member_role() -> None:
    (out,) = cd.apply_decisions([ONE], [cd.mark_role("c1", ("b", 5, 20), "disputes")], ARTICLES)
    roles = {(m.article_id, m.start): m.role for m in out.members}
    assert roles == {("a", 0): None, ("b", 5): "disputes"}
    with pytest.raises(ValueError):
        cd.mark_role("c1", ("b", 5, 20), "loves")
    # "" clears the mark
    marks = [cd.mark_role("c1", ("b", 5, 20), "disputes"), cd.mark_role("c1", ("b", 5, 20), "")]
    (out,) = cd.apply_decisions([ONE], marks, ARTICLES)
    assert all(m.role is None for m in out.members)


def test_decisions_about_missing_claims_are_skipped() -> None:
    out = cd.apply_decisions([ONE], [cd.accept("gone"), cd.merge("gone", ["c1"])], ARTICLES)
    assert out == (ONE,)


def test_created_id_is_stable_for_the_same_passages() -> None:
    p = [("a", 1, 2), ("b", 3, 4)]
    assert cd.create(p, "x").claim_id == cd.create(list(reversed(p)), "y").claim_id


def _texts(articles: tuple[Article, ...]) -> dict[str, str]:
    return {a.id: a.text for a in articles}


def test_anchored_decisions_round_trip_through_json() -> None:
    articles = make_articles(TOLL)
    claims = analyse_claims(articles)
    toll = claims[0]
    member = toll.members[0]
    decision = cd.anchored(
        cd.mark_role(toll.id, (member.article_id, member.start, member.end), "disputes"),
        claims,
        _texts(articles),
    )
    assert decision.anchors and decision.passage_texts
    data = json.loads(json.dumps(decision.to_dict()))
    assert cd.ClaimDecision.from_dict(data) == decision


def test_decisions_follow_their_claim_when_the_set_changes() -> None:
    """An article added and a paragraph inserted change every claim id and offset:
    accept, merge and role still apply, to the claims that succeed theirs."""
    before = make_articles(TOLL)
    claims = analyse_claims(before)
    toll = next(c for c in claims if "killed" in c.summary)
    other = next(c for c in claims if c.id != toll.id and "Flash floods" in c.summary)
    in_a = next(m for m in toll.members if m.article_id == "a")
    texts = _texts(before)
    decisions = [
        cd.anchored(d, claims, texts)
        for d in (
            cd.accept(toll.id),
            cd.merge(toll.id, [other.id]),
            cd.mark_role(toll.id, ("a", in_a.start, in_a.end), "disputes"),
        )
    ]
    changed = dict(TOLL)
    changed["a"] = TOLL["a"].replace(
        "\n\nFlash floods", "\n\nHeavy rain had fallen for a week before.\n\nFlash floods"
    )
    changed["d"] = (
        "Valley mourns its dead\n\n"
        "At least 40 people were killed when the Karsh river burst its banks near Olmen.\n"
    )
    after = make_articles(changed)
    fresh = analyse_claims(after)
    assert toll.id not in {c.id for c in fresh}  # the ids changed with the set
    unapplied: list[cd.ClaimDecision] = []
    shaped = cd.apply_decisions(fresh, decisions, [a.id for a in after], _texts(after), unapplied)
    assert not unapplied
    kept = next(c for c in shaped if c.status == "accepted")
    assert {"a", "b", "d"} <= set(kept.article_ids)
    words = {after[0].text[m.start : m.end] for m in kept.members if m.article_id == "a"}
    assert any("12 people were killed" in w for w in words)
    assert any("Flash floods swept" in w for w in words)  # the merged claim's passage
    disputing = [after[0].text[m.start : m.end] for m in kept.members if m.role == "disputes"]
    assert disputing == [texts["a"][in_a.start : in_a.end]]
    assert disputing[0].startswith("At least 12 people")
    # without the texts, the decisions find nothing (the old behaviour)
    plain = cd.apply_decisions(fresh, decisions, [a.id for a in after])
    assert all(c.status == "suggested" for c in plain)


def test_a_decision_whose_claim_is_gone_is_reported_unapplied() -> None:
    articles = make_articles(TOLL)
    claims = analyse_claims(articles)
    decision = cd.anchored(cd.accept(claims[0].id), claims, _texts(articles))
    others = tuple(
        make_articles({"x": "Markets rally\n\nShares rose.\n", "y": "Rain\n\nIt rained.\n"})
    )
    unapplied: list[cd.ClaimDecision] = []
    cd.apply_decisions(analyse_claims(others), [decision], ["x", "y"], _texts(others), unapplied)
    assert unapplied == [decision]


def test_decisions_follow_their_words_when_article_ids_shift() -> None:
    """ "story" and "story-2" are two outlets' story.txt; a third one sorting between
    them makes the second "story-3": accept, role and a created claim follow the
    words; a passage whose words are gone is reported."""
    bbc = TOLL["a"]
    reuters = TOLL["b"]
    before = make_articles({"story": bbc, "story-2": reuters})
    claims = analyse_claims(before)
    toll = next(c for c in claims if "killed" in c.summary)
    theirs = next(m for m in toll.members if m.article_id == "story-2")
    passage = ("story-2", theirs.start, theirs.end)
    texts = _texts(before)
    schools = texts["story-2"].index("Schools")
    made = ("story-2", schools, schools + len("Schools across the province were closed"))
    decisions = [
        cd.anchored(d, claims, texts)
        for d in (
            cd.accept(toll.id),
            cd.mark_role(toll.id, passage, "disputes"),
            cd.create([made], "Schools shut"),
        )
    ]
    after = make_articles({"story": bbc, "story-2": TOLL["c"], "story-3": reuters})
    unapplied: list[cd.ClaimDecision] = []
    shaped = cd.apply_decisions(
        analyse_claims(after), decisions, [a.id for a in after], _texts(after), unapplied
    )
    assert not unapplied
    kept = next(c for c in shaped if c.status == "accepted")
    assert [m.article_id for m in kept.members if m.role == "disputes"] == ["story-3"]
    created = next(c for c in shaped if c.summary == "Schools shut")
    assert [m.article_id for m in created.members] == ["story-3"]
    # the words of the created claim's passage gone: said, not silently emptied
    gone = make_articles({"story": bbc, "story-2": TOLL["a"].replace("valley", "vale")})
    unapplied = []
    cd.apply_decisions(
        analyse_claims(gone), decisions, ["story", "story-2"], _texts(gone), unapplied
    )
    assert any(d.kind is cd.DecisionKind.CREATE for d in unapplied)


def test_a_passage_stays_in_its_own_file_when_a_copy_takes_its_id() -> None:
    """bbc/ and reuters/ each hold story.txt ("story", "story-2"); cnn/story.txt, a
    copy of Reuters word for word, joins and takes "story-2": the words are in
    both, at the same place, but the decision was about the Reuters file."""
    bbc, reuters = TOLL["a"], TOLL["b"]
    before = make_articles({"story": bbc, "story-2": reuters})
    places = {"story": "bbc/story.txt", "story-2": "reuters/story.txt"}
    claims = analyse_claims(before)
    texts = _texts(before)
    schools = texts["story-2"].index("Schools")
    made = ("story-2", schools, schools + len("Schools across the province were closed"))
    decision = cd.anchored(cd.create([made], "Schools shut"), claims, texts, places)
    assert decision.passage_places == ("reuters/story.txt",)
    assert cd.ClaimDecision.from_dict(json.loads(json.dumps(decision.to_dict()))) == decision
    after = make_articles({"story": bbc, "story-2": reuters, "story-3": reuters})
    now = {"story": "bbc/story.txt", "story-2": "cnn/story.txt", "story-3": "reuters/story.txt"}
    shaped = cd.apply_decisions(
        analyse_claims(after), [decision], [a.id for a in after], _texts(after), places=now
    )
    created = next(c for c in shaped if c.summary == "Schools shut")
    assert [m.article_id for m in created.members] == ["story-3"]
    # the file closed: its copy is not taken for it (two articles hold the words)
    unapplied: list[cd.ClaimDecision] = []
    closed = {"story": "bbc/story.txt", "story-2": "cnn/story.txt", "story-3": "ap/story.txt"}
    shaped = cd.apply_decisions(
        analyse_claims(after), [decision], [a.id for a in after], _texts(after), unapplied, closed
    )
    assert not any(c.summary == "Schools shut" for c in shaped) and unapplied


def test_a_removed_passage_takes_its_figure_and_its_words_out_of_the_claim() -> None:
    """The toll claim: 12 in "a", 65 in "b". Once "b"'s passage is removed, "b" omits
    the claim and disputes nothing, and the claim is not named by "b"'s words."""
    articles = make_articles(TOLL)
    claims = analyse_claims(articles)
    toll = next(c for c in claims if c.disagreement)
    texts = _texts(articles)
    theirs = next(m for m in toll.members if m.article_id == "b")
    assert toll.summary.startswith(texts["b"][theirs.start : theirs.start + 20])
    decision = cd.remove_member(toll.id, ("b", theirs.start, theirs.end))
    (kept,) = (
        c for c in cd.apply_decisions(claims, [decision], ["a", "b"], texts) if c.id == toll.id
    )
    assert kept.article_ids == ("a",) and kept.omitted_by == ("b",)
    assert kept.disagreement == ()
    ours = kept.members[0]
    assert kept.summary.startswith(texts["a"][ours.start : ours.start + 20])


def test_an_article_s_figure_leaves_the_dispute_with_the_passage_that_gave_it() -> None:
    """'b' gives 65 in one member and nothing countable in another: once the first is
    removed, 'b' still makes the claim but no longer disputes its figure."""
    toll = Claim(
        "t",
        "toll",
        (
            ClaimMember("a", 0, 10, 0, ("12",)),
            ClaimMember("b", 0, 10, 0, ("65",)),
            ClaimMember("b", 20, 30, 1, ()),
            ClaimMember("c", 0, 10, 0, ("12",)),
        ),
        ("a", "b", "c"),
        ("a", "b", "c"),
        disagreement=(
            {"quantity": "killed", "kind": "count", "values": {"a": "12", "b": "65", "c": "12"}},
        ),
    )
    (kept,) = cd.apply_decisions([toll], [cd.remove_member("t", ("b", 0, 10))], ["a", "b", "c"])
    assert kept.article_ids == ("a", "b", "c")
    assert kept.disagreement == ()
    # a passage the user added gives figures nobody has read: the article's stand
    added = cd.apply_decisions(
        [toll],
        [cd.add_member("t", ("b", 40, 50)), cd.remove_member("t", ("b", 0, 10))],
        ["a", "b", "c"],
    )
    assert added[0].disagreement == toll.disagreement


def test_an_article_keeps_the_figures_its_other_passages_give() -> None:
    """'c' gives "191, 80" (191 in a passage on another event): once that passage is
    removed, 'c' still says 80, against 'b''s 78."""
    toll = Claim(
        "t",
        "toll",
        (
            ClaimMember("a", 0, 10, 0, ("80",)),
            ClaimMember("b", 0, 10, 0, ("78",)),
            ClaimMember("c", 0, 10, 0, ("80",)),
            ClaimMember("c", 20, 30, 1, ("191",)),
        ),
        ("a", "b", "c"),
        ("a", "b", "c"),
        disagreement=(
            {
                "quantity": "killed",
                "kind": "count",
                "values": {"a": "80", "b": "78", "c": "191, 80"},
            },
        ),
    )
    (kept,) = cd.apply_decisions([toll], [cd.remove_member("t", ("c", 20, 30))], ["a", "b", "c"])
    assert kept.disagreement[0]["values"] == {"a": "80", "b": "78", "c": "80"}


def test_an_added_member_and_its_mark_follow_their_passage_when_a_word_changes() -> None:
    """A sentence added to a claim and marked "disputes", then a word of it edited: the
    member and its mark follow the reworded sentence, as an annotation would (both were
    dropped: qaN D5)."""
    articles = make_articles(TOLL)
    claims = analyse_claims(articles)
    toll = next(c for c in claims if "killed" in c.summary)
    texts = _texts(articles)
    words = "The mayor of Olmen appealed for tents and blankets."
    start = texts["a"].index(words)
    passage = ("a", start, start + len(words))
    decisions = [
        cd.anchored(d, claims, texts)
        for d in (cd.add_member(toll.id, passage), cd.mark_role(toll.id, passage, "disputes"))
    ]
    changed = dict(TOLL)
    changed["a"] = TOLL["a"].replace("tents and blankets", "tents and warm blankets")
    after = make_articles(changed)
    unapplied: list[cd.ClaimDecision] = []
    shaped = cd.apply_decisions(
        analyse_claims(after), decisions, [a.id for a in after], _texts(after), unapplied
    )
    assert not unapplied
    kept = next(c for c in shaped if "killed" in c.summary)
    marked = [m for m in kept.members if m.role == "disputes"]
    assert len(marked) == 1
    now = after[0].text[marked[0].start : marked[0].end]
    assert "warm blankets" in now and now.startswith("The mayor of Olmen")
