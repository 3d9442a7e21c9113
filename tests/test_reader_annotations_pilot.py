"""Pilot tests of every annotation verb, search, and claim decisions in the reader."""

from __future__ import annotations

import re

from articles.claim_decisions import DecisionKind
from store import Store
from store.claim_decisions import load_decisions
from tests.reader_helpers import make_app, panes, reader, settle
from tui.dialogs.annotate import AnnotateDialog
from tui.dialogs.tag_prompt import TagPrompt
from tui.widgets.claims_panel import ClaimsPanel
from tui.widgets.tags_panel import TagsPanel


async def test_t_tags_the_current_sentence() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        sentence = pane.sentence
        assert sentence is not None
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TagPrompt)
        await pilot.press(*"casualties/civilian, claims", "enter")
        await pilot.pause()
        (saved,) = store.annotations()
        assert (saved.anchor.start, saved.anchor.end) == (sentence.start, sentence.end)
        assert saved.tags == ("casualties/civilian", "claims")
        assert saved.anchor.exact == pane.article.text[sentence.start : sentence.end]
        assert [(m.start, m.end) for m in pane._marks["annotations"]] == [
            (sentence.start, sentence.end)
        ]


async def test_selecting_two_sentences_and_annotating_with_note_and_tags() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        first = pane.sentence
        assert first is not None
        await pilot.press("v", "j")
        second = pane.sentence
        assert second is not None and second.index == first.index + 1
        assert pane.selection_span() == (first.start, second.end)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AnnotateDialog)
        await pilot.press(*"Two claims", "tab", *"moscow, numbers", "enter")
        await pilot.pause()
        (saved,) = store.annotations()
        assert (saved.anchor.start, saved.anchor.end) == (first.start, second.end)
        assert saved.note == "Two claims"
        assert saved.tags == ("moscow", "numbers")
        assert pane.selection_span() is None
        status = str(reader(app).query_one("#status").render())
        assert "Two claims" in status


async def test_word_selection_and_escape() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        sentence = pane.sentence
        assert sentence is not None
        await pilot.press("v", "w")
        span = pane.selection_span()
        assert span is not None and span[0] == sentence.start and span[1] > sentence.end
        await pilot.press("b", "b")
        span = pane.selection_span()
        assert span is not None and span[1] < sentence.end
        # a selection shrunk by words ends on a word, not on the space after it
        selected = pane.article.text[span[0] : span[1]]
        assert selected == selected.strip() and selected[-1].isalnum()
        await pilot.press("escape")
        assert pane.selection_span() is None


async def test_part_of_a_sentence_is_selected_by_words_from_the_keyboard() -> None:
    """w alone selects the sentence's first word, b alone its last; W / B move the
    selection's start, so a clause inside a sentence can be tagged."""
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        sentence = pane.sentence
        assert sentence is not None
        text = pane.article.text
        found = re.finditer(r"[\w'’-]+", text[sentence.start : sentence.end])
        words = [(m.start() + sentence.start, m.end() + sentence.start) for m in found]
        before_last = len(text[: words[-1][0]].rstrip())  # the end of the words before it
        await pilot.press("w")
        assert pane.selection_span() == words[0]
        await pilot.press("escape", "b")  # the last word, as w gives the first: no marks
        assert pane.selection_span() == words[-1]
        await pilot.press("escape", "v", "W", "W", "b")
        assert pane.selection_span() == (words[2][0], before_last)
        await pilot.press("B")
        assert pane.selection_span() == (words[1][0], before_last)
        await pilot.press("j")  # extending over the next sentence keeps the moved start
        span = pane.selection_span()
        assert span is not None and span[0] == words[1][0] and span[1] > sentence.end
        await pilot.press("k", "t", *"clause", "enter")
        await pilot.pause()
        (saved,) = store.annotations()
        assert saved.anchor.exact == text[words[1][0] : sentence.end].rstrip()


async def test_clearing_the_tags_of_a_note_less_annotation_removes_it() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t", *"check", "enter")
        await pilot.pause()
        assert len(store.annotations()) == 1
        await pilot.press("t", "ctrl+u", "enter")  # the prompt holds "check, ": cleared
        await pilot.pause()
        assert store.annotations() == []
        await pilot.press("u")
        await pilot.pause()
        assert [a.tags for a in store.annotations()] == [("check",)]


async def test_edit_delete_undo_and_jumps() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        await pilot.press("t", *"one", "enter", "j", "j", "t", *"two", "enter")
        await pilot.pause()
        assert len(store.annotations()) == 2
        first, second = store.annotations()
        await pilot.press("g", "n")
        assert pane.point == first.anchor.start
        await pilot.press("n")
        assert pane.point == second.anchor.start
        await pilot.press("N")
        assert pane.point == first.anchor.start
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, AnnotateDialog)
        await pilot.press(*"edited", "ctrl+s")
        await pilot.pause()
        assert store.annotation(first.id).note == "edited"  # type: ignore[union-attr]
        await pilot.press("D")
        await pilot.pause()
        assert store.annotation(first.id) is None
        await pilot.press("u")
        await pilot.pause()
        assert store.annotation(first.id) is not None
        assert len(pane._marks["annotations"]) == 2


async def test_escape_cancels_the_dialogs_without_saving() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t", *"x", "escape", "a", *"note", "escape")
        await pilot.pause()
        assert store.annotations() == []


async def test_annotation_in_another_article_and_reopen(tmp_path) -> None:
    path = tmp_path / "store.json"
    store = Store.open(path)
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t", *"first", "enter", "tab", "t", *"second", "enter")
        await pilot.pause()
    store.close()
    store = Store.open(path)
    articles = {a.anchor.article_id for a in store.annotations()}
    assert len(articles) == 2
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for pane in panes(app):
            assert len(pane._marks["annotations"]) == 1
    store.close()


async def test_search_finds_matches_in_all_open_articles() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"hollande", "enter")
        await pilot.pause()
        screen = reader(app)
        found_in = {m[0] for m in screen.matches}
        assert len(found_in) >= 2  # not only the panes' articles
        shown = {p.article.id for p in panes(app)}
        assert found_in - shown
        for _ in range(len(screen.matches)):
            await pilot.press("greater_than_sign")
            await pilot.pause()
        # Every match was reached, loading articles into the active pane as needed.
        assert {p.article.id for p in panes(app)} & found_in


async def _reject_highlighted_claim(pilot, app) -> str | None:  # type: ignore[no-untyped-def]
    """Open the Claims tab, reject the highlighted claim; its id (gone from the claims)."""
    await pilot.press("3")
    rejected = reader(app).query_one(ClaimsPanel).highlighted_claim
    await pilot.press("r")
    await pilot.pause()
    assert rejected not in {c.id for c in reader(app).claims}
    return rejected


async def test_claim_decisions_are_stored_and_reapplied() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        rejected = await _reject_highlighted_claim(pilot, app)
        panel = reader(app).query_one(ClaimsPanel)
        accepted = panel.highlighted_claim
        await pilot.press("y")
        await pilot.pause()
        assert reader(app).claim(accepted).status == "accepted"  # type: ignore[union-attr]
        await pilot.press("R", *" (checked)", "enter")
        await pilot.pause()
        assert reader(app).claim(accepted).summary.endswith("(checked)")  # type: ignore[union-attr]
    kinds = [d.kind for d in load_decisions(store)]
    assert kinds == [DecisionKind.REJECT, DecisionKind.ACCEPT, DecisionKind.RENAME]
    # A new session re-applies them to the fresh analysis.
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        ids = {c.id for c in reader(app).claims}
        assert rejected not in ids and accepted in ids


async def test_u_undoes_a_rejected_claim() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        rejected = await _reject_highlighted_claim(pilot, app)
        await pilot.press("u")
        await pilot.pause()
        assert rejected in {c.id for c in reader(app).claims}
        assert load_decisions(store) == []
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Undone: undid claim decision (reject)") for m in messages)


async def test_create_a_claim_from_passages_in_two_articles() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("plus", "ctrl+a", "ctrl+k")  # clear the suggested summary
        await pilot.press(*"My claim", "enter")
        await pilot.pause()
        claim = screen.claim(screen.current_claim)
        assert claim is not None and claim.summary == "My claim"
        await pilot.press("tab", "equals_sign")
        await pilot.pause()
        claim = screen.claim(screen.current_claim)
        assert claim is not None and claim.reach == 2
        # the same passage again is refused, not added twice
        await pilot.press("equals_sign")
        await pilot.pause()
        again = screen.claim(screen.current_claim)
        assert again is not None and len(again.members) == len(claim.members)
        decisions = load_decisions(store)
        assert len(decisions) == 2, decisions
        # each passage keeps its file, which names it if article ids shift
        places = app.article_set.places()
        for decision in decisions:
            assert decision.passage_places == tuple(places[a] for a, _s, _e in decision.passages)


async def test_split_and_role_marking_of_a_claim_passage() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        first = panes(app)[0]
        claim = next(
            c
            for c in screen.claims
            if sum(m.article_id == first.article.id for m in c.members) >= 1 and c.reach >= 3
        )
        screen.show_claim(claim.id)
        await pilot.pause()
        first.focus()
        await pilot.press("exclamation_mark")
        await pilot.pause()
        member = next(
            m
            for m in screen.claim(claim.id).members  # type: ignore[union-attr]
            if m.article_id == first.article.id
        )
        assert member.role == "supports"
        await pilot.press("exclamation_mark")
        await pilot.pause()
        member = next(
            m
            for m in screen.claim(claim.id).members  # type: ignore[union-attr]
            if m.article_id == first.article.id and (m.start, m.end) == (member.start, member.end)
        )
        assert member.role == "disputes"
        # the mark is said for as long as the cursor is on the passage, not only in a toast
        assert "this passage disputes" in str(screen.query_one("#status").render())
        await pilot.press("exclamation_mark", "exclamation_mark")  # context, then no mark
        await pilot.pause()
        cleared = next(
            m
            for m in screen.claim(claim.id).members  # type: ignore[union-attr]
            if m.article_id == first.article.id and (m.start, m.end) == (member.start, member.end)
        )
        assert cleared.role is None
        assert "this passage" not in str(screen.query_one("#status").render())
        await pilot.press("S")
        await pilot.pause()
        remaining = screen.claim(claim.id)
        assert remaining is not None
        assert (member.article_id, member.start) not in {
            (m.article_id, m.start) for m in remaining.members
        }
        assert any(
            (member.article_id, member.start) in {(m.article_id, m.start) for m in c.members}
            for c in screen.claims
            if c.id != claim.id
        )


async def test_n_walks_search_matches_until_escape_then_annotations_again() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        await pilot.press("t", *"mark", "enter")
        await pilot.pause()
        (annotation,) = store.annotations()
        await pilot.press("slash", *"Cameron", "enter")
        await pilot.pause()
        screen = reader(app)
        first_match = screen.match_index
        await pilot.press("n")
        assert screen.match_index == (first_match + 1) % len(screen.matches)
        await pilot.press("N")
        assert screen.match_index == first_match
        await pilot.press("escape")
        assert screen.matches == []
        await pilot.press("G", "N")
        assert pane.point == annotation.anchor.start


async def test_a_decision_keeps_the_highlight_where_it_was() -> None:
    # After a reject the highlight went back to the top: the next key (a merge)
    # then acted on an unrelated claim.
    app = make_app(store=Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        panel = reader(app).query_one(ClaimsPanel)
        await pilot.press("down", "down")
        assert panel.highlighted == 2
        below = panel.get_option_at_index(3).id
        await pilot.press("r")
        await pilot.pause()
        assert panel.highlighted == 2
        assert panel.highlighted_claim == below


async def test_the_status_line_shows_tags_and_note_before_the_quotation() -> None:
    # On a quoted sentence the quotation came first and pushed the user's own
    # tags off the end of a 120-column status line.
    app = make_app(store=Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("]")  # a sentence with a quotation
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"A long note about what this passage claims", "tab", *"mytag", "enter")
        await pilot.pause()
        status = str(reader(app).query_one("#status").render())
        assert "“" in status  # the quotation is there too
        assert "mytag" in status[:118]


async def test_the_status_line_forgets_a_rejected_claim_at_once() -> None:
    from articles import claim_decisions as decide

    app = make_app(store=Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        pane = panes(app)[0]
        member = next(
            m for c in screen.claims for m in c.members if m.article_id == pane.article.id
        )
        pane.move_cursor_to_offset(member.start, center=True)
        await pilot.pause()
        assert "claim in" in str(screen.query_one("#status").render())
        here = (pane.article.id, member.sentence)
        for claim in [
            c for c in screen.claims if here in {(m.article_id, m.sentence) for m in c.members}
        ]:
            screen.decide(decide.reject(claim.id), "rejected")
        await pilot.pause()
        assert "claim in" not in str(screen.query_one("#status").render())


async def test_an_orphaned_annotation_can_be_deleted_from_the_tags_tab() -> None:
    from articles.annotation import Anchor, Annotation
    from articles.ingest import load_sample

    article = load_sample().articles[0]
    orphan = Annotation(
        "urn:orphan",
        Anchor(article.id, "old-hash", 0, 22, "A sentence now deleted"),
        tags=("check",),
        orphaned=True,
    )
    store = Store.memory()
    store.save_annotation(orphan)
    app = make_app(store=store)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await pilot.pause()
        panel = app.screen.query_one(TagsPanel)
        panel.focus()
        orphans = panel.root.children[-1]
        orphans.expand()
        await pilot.pause()
        panel.move_cursor(orphans.children[0])
        await pilot.press("D")
        await pilot.pause()
        assert store.annotations() == []
        await pilot.press("u")
        await pilot.pause()
        assert [a.id for a in store.annotations()] == ["urn:orphan"]


async def test_d_in_the_tags_tab_off_a_passage_deletes_what_the_status_line_shows() -> None:
    """With the Tags tab focused on a tag, D deletes the annotation at the pane's cursor,
    the one the status line shows and E edits (it said "Put the cursor on an annotated
    passage first.": qaN D10)."""
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        first = panes(app)[0]
        first.focus()
        await pilot.press("t")
        await pilot.pause()
        await pilot.press(*"probe")
        await pilot.press("enter")
        await pilot.pause()
        assert len(store.annotations()) == 1
        assert reader(app).annotation_at(first) is not None  # the status line shows it
        await pilot.press("4")
        await pilot.pause()
        panel = app.screen.query_one(TagsPanel)
        panel.focus()
        panel.move_cursor(panel.root.children[0])  # a tag, not a passage
        await pilot.pause()
        await pilot.press("D")
        await pilot.pause()
        assert store.annotations() == []


async def test_undo_names_the_article_it_changed_when_no_pane_shows_it() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        first = panes(app)[0]
        tagged = first.article
        await pilot.press("t", *"check", "enter")
        await pilot.pause()
        assert len(store.annotations()) == 1
        await pilot.press("c")  # the pane moves on: no pane shows the tagged article
        await pilot.pause()
        assert tagged.id not in {p.article.id for p in panes(app)}
        await pilot.press("u")
        await pilot.pause()
        assert store.annotations() == []
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Undone:") and m.endswith(tagged.meta.outlet) for m in messages)


async def test_a_read_only_store_is_said_in_the_status_line(tmp_path) -> None:
    path = tmp_path / "store.json"
    with Store.open(path) as first:
        first.save_annotation(_any_annotation())
    store = Store.open(path, read_only=True)
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        status = str(reader(app).query_one("#status").render())
        assert status.startswith("read-only · ")
        await pilot.press("j")
        assert str(reader(app).query_one("#status").render()).startswith("read-only · ")
        # a key that would write says why it does nothing
        await pilot.press("t")
        await pilot.pause()
        said = [n.message for n in app._notifications if "open read-only" in n.message]
        assert said and said[-1].startswith("Tag")
        assert isinstance(app.screen, type(reader(app)))  # no prompt opened
        # so does a decision key in the Claims list
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        said = [n.message for n in app._notifications if "open read-only" in n.message]
        assert len(said) == 2 and said[-1].startswith("Accept")
    store.close()


async def test_a_read_only_store_dims_the_keys_that_would_write(tmp_path) -> None:
    path = tmp_path / "store.json"
    Store.open(path).close()
    store = Store.open(path, read_only=True)
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        active = app.screen.active_bindings
        assert not active["t"].enabled and not active["a"].enabled
        assert active["e"].enabled and active["slash"].enabled  # reading and exporting work
        palette = [c.title for c in app.get_system_commands(app.screen)]
        assert not [t for t in palette if t.endswith((": Tag", ": Annotate"))]
        assert [t for t in palette if t.endswith(": Export")]
        await pilot.press("t")
        await pilot.pause()
        assert app.screen is reader(app)  # no tag prompt
        await pilot.press("3")
        await settle(pilot)
        active = app.screen.active_bindings
        assert not active["y"].enabled and active["o"].enabled  # accept off, sort on
        await pilot.press("y")
        await pilot.pause()
        assert store.claim_decisions() == []
        await pilot.press("4")
        await settle(pilot)
        assert not app.screen.active_bindings["r"].enabled
    store.close()


def _any_annotation():
    from articles.annotation import Anchor, Annotation

    return Annotation("urn:x", Anchor("elsewhere", "h", 0, 5, "Hello"), note="n")


async def test_saving_an_empty_annotation_says_nothing_was_saved() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AnnotateDialog)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.annotations() == []
        assert any("Nothing saved" in n.message for n in app._notifications)


async def _to_a_paragraph_of_several_sentences(pilot, pane) -> None:  # type: ignore[no-untyped-def]
    """The cursor to the first sentence of a paragraph of two sentences or more."""
    sentences = pane.article.sentences
    await pilot.press("j")
    while len([s for s in sentences if s.paragraph == pane.sentence.paragraph]) < 2:
        await pilot.press("J")


async def test_J_extends_a_selection_by_whole_paragraphs() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        sentences = pane.article.sentences

        def last_of(paragraph: int) -> int:
            return max(s.end for s in sentences if s.paragraph == paragraph)

        # from a paragraph's first sentence of several
        await _to_a_paragraph_of_several_sentences(pilot, pane)
        first = pane.sentence
        await pilot.press("v", "J")  # the rest of this paragraph
        assert pane.selection_span() == (first.start, last_of(first.paragraph))
        await pilot.press("J")  # then the next paragraph, whole
        span = pane.selection_span()
        assert span is not None and span[0] == first.start
        following = pane.sentence.paragraph
        assert following > first.paragraph and span[1] == last_of(following)


async def test_the_status_line_says_when_several_annotations_lie_here() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t", *"first", "enter")
        await pilot.pause()
        await pilot.press("v", "w", "t", *"second", "enter")  # a word of the same sentence
        await pilot.pause()
        assert len(store.annotations()) == 2
        status = str(reader(app).query_one("#status").render())
        assert "(+1 more here)" in status


async def test_a_reworded_annotation_says_so_in_the_status_line() -> None:
    import dataclasses

    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t", *"check", "enter")
        await pilot.pause()
        (saved,) = store.annotations()
        store.save_annotation(dataclasses.replace(saved, reworded_from="the old words"))
        reader(app).redecorate_annotations()
        await pilot.pause()
        status = str(reader(app).query_one("#status").render())
        assert "reworded since annotated" in status


async def test_K_after_J_gives_back_whole_paragraphs() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        await _to_a_paragraph_of_several_sentences(pilot, pane)
        await pilot.press("v", "J")
        first_span = pane.selection_span()
        await pilot.press("J", "K")
        assert pane.selection_span() == first_span


async def test_a_save_that_fails_keeps_what_was_typed_in_the_dialog() -> None:
    """A full disk: the note and tags come back in the dialog, saved once there is room."""
    store = Store.memory()
    real_save = store.save_annotation
    failing = [True]

    def save(annotation: object) -> None:
        if failing[0]:
            _full_disk()
        real_save(annotation)  # type: ignore[arg-type]

    store.save_annotation = save  # type: ignore[method-assign]
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"A long note", "tab", *"check", "enter")
        await pilot.pause()
        assert store.annotations() == []
        dialog = app.screen
        assert isinstance(dialog, AnnotateDialog)
        assert dialog.query_one("#annotate-note").text == "A long note"  # type: ignore[attr-defined]
        failing[0] = False
        await pilot.press("enter")  # back in the tags, where enter saved: it saves again
        await pilot.pause()
        (saved,) = store.annotations()
        assert (saved.note, saved.tags) == ("A long note", ("check",))
        await pilot.press("t")
        await pilot.pause()
        failing[0] = True
        await pilot.press(*"more", "enter")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, TagPrompt)
        assert "more" in prompt.query_one("TagInput").value  # type: ignore[attr-defined]


async def test_a_delete_or_undo_that_fails_says_why_and_keeps_the_reader() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t", *"kept", "enter")
        await pilot.pause()
        (saved,) = store.annotations()

        store.delete_annotation = _full_disk  # type: ignore[method-assign,assignment]
        store.undo_last = _full_disk  # type: ignore[method-assign,assignment]
        await pilot.press("D")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert app.is_running
        assert store.annotations() == [saved]
        shown = [str(n.message) for n in app._notifications]
        assert any("Could not delete" in m for m in shown)
        assert any("Could not undo" in m for m in shown)


async def test_ctrl_q_over_an_unsaved_note_asks_before_quitting() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"ten minutes of notes", "ctrl+q")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, AnnotateDialog)
        assert any("not saved" in str(n.message) for n in app._notifications)
        await pilot.press("ctrl+s")
        await pilot.pause()
        (saved,) = store.annotations()
        assert saved.note == "ten minutes of notes"
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running


async def test_ctrl_q_twice_leaves_an_unsaved_note() -> None:
    app = make_app(store=Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t", *"half-typed", "ctrl+q")
        await pilot.pause()
        assert app.is_running
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running


async def test_a_metadata_correction_that_fails_keeps_the_dialog_and_ctrl_q_asks() -> None:
    """A full disk: the correction comes back in its dialog (it ended the reader); and
    ctrl+q over any dialog's edited fields asks first (the rename and M dialogs too)."""
    from tui.dialogs.metadata import MetadataDialog

    store = Store.memory()

    store.correct_metadata = _full_disk  # type: ignore[method-assign,assignment]
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("M", "tab", "ctrl+a", "ctrl+k", *"Toronto Star", "ctrl+s")
        await pilot.pause()
        assert app.is_running
        dialog = app.screen
        assert isinstance(dialog, MetadataDialog)
        assert dialog.query_one("#metadata-outlet").value == "Toronto Star"  # type: ignore[attr-defined]
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, MetadataDialog)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running


def _full_disk(*_: object, **__: object) -> None:
    """A store change on a full disk, as the store reports it."""
    from store.errors import StoreError

    raise StoreError("could not write store: No space left on device")


async def test_the_annotate_dialog_shows_its_tags_field_at_40x12() -> None:
    """The tags fell below the dialog's edge on a tiny terminal: reachable only blind."""
    app = make_app(store=Store.memory())
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AnnotateDialog)
        for field in ("#annotate-note", "#annotate-tags"):
            region = dialog.query_one(field).region
            assert region.height >= 1 and region.bottom <= 12, (field, region)
        box = dialog.query_one("Vertical").region
        assert dialog.query_one("#annotate-tags").region.bottom <= box.bottom


async def test_the_status_line_gives_the_chosen_claims_reach_on_a_shared_sentence() -> None:
    """On a sentence two claims share, 'claim in N articles' is the chosen claim's reach,
    not the widest claim's (the mark of one showed beside the other's reach: qaO D9)."""
    app = make_app(store=Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        claims_of: dict[tuple[str, int], list] = {}
        for claim in screen.claims:
            for m in claim.members:
                claims_of.setdefault((m.article_id, m.sentence), []).append(claim)
        shown = {pane.article.id for pane in panes(app)}
        here, narrow = next(
            (key, min(found, key=lambda c: c.reach))
            for key, found in claims_of.items()
            if key[0] in shown and len({c.reach for c in found}) > 1
        )
        screen.show_claim(narrow.id)
        pane = next(p for p in panes(app) if p.article.id == here[0])
        pane.focus()
        pane.move_cursor_to_offset(pane.article.sentences[here[1]].start, center=True)
        await pilot.pause()
        assert f"claim in {narrow.reach} articles" in str(screen.query_one("#status").render())


async def test_a_date_not_on_the_calendar_is_said_so() -> None:
    """2024-02-30 has the shape asked for: the dialog says it is no date (qaP A12)."""
    from tui.dialogs.metadata import MetadataDialog

    app = make_app(store=Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("M", "tab", "tab", "ctrl+a", "ctrl+k", *"2024-02-30", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MetadataDialog)
        error = str(app.screen.query_one("#metadata-error").render())
        assert "2024-02-30 is no date on the calendar" in error
        await pilot.press("ctrl+a", "ctrl+k", *"30/02/2024", "enter")
        await pilot.pause()
        assert "must look like 2015-10-03" in str(app.screen.query_one("#metadata-error").render())
