"""Pilot tests of the side panel's lists: j/k move like the arrows, and focus highlights a row."""

from __future__ import annotations

from textual.widgets import OptionList

from tests.reader_helpers import make_app, panes, reader, settle
from tui.widgets.article_list import ArticleList
from tui.widgets.claims_panel import ClaimsPanel
from tui.widgets.quotes_panel import QuotesPanel
from tui.widgets.tags_panel import TagsPanel


async def test_articles_list_highlights_on_focus_and_takes_j_k() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        first = panes(app)[0]
        await pilot.press("1")
        await pilot.pause()
        articles = reader(app).query_one(ArticleList)
        assert app.screen.focused is articles
        assert articles.highlighted == 0  # enter acts at once
        await pilot.press("j", "j", "k")
        assert articles.highlighted == 1
        await pilot.press("enter")
        await pilot.pause()
        assert first.article.id == app.article_set.ids[1]


async def test_quotes_list_highlights_on_focus_and_enter_acts_at_once() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await pilot.pause()
        quotes = reader(app).query_one(QuotesPanel)
        assert app.screen.focused is quotes
        assert quotes.cursor_line == 0  # the first speaker
        await pilot.press("j")
        assert quotes.cursor_line == 1
        node = quotes.cursor_node
        assert node is not None and node.data  # an utterance
        await pilot.press("j", "k")
        assert quotes.cursor_line == 1
        pane = panes(app)[0]
        before = pane.point
        await pilot.press("enter")
        await pilot.pause()
        assert pane.point != before  # shown in the panes


async def test_claims_list_takes_j_k() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await pilot.pause()
        claims = reader(app).query_one(ClaimsPanel)
        assert app.screen.focused is claims
        assert claims.highlighted == 0
        await pilot.press("j", "j")
        assert claims.highlighted == 2
        await pilot.press("k")
        assert claims.highlighted == 1
        await pilot.press("enter")
        await pilot.pause()
        assert reader(app).current_claim == claims._sorted()[1].id


async def test_tags_list_highlights_on_focus_and_takes_j_k() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t", *"alpha, beta", "enter")
        await pilot.pause()
        await pilot.press("4")
        await pilot.pause()
        tags = reader(app).query_one(TagsPanel)
        assert app.screen.focused is tags
        assert tags.cursor_line == 0
        assert tags.current_tag() == "alpha"
        await pilot.press("j", "j")  # the passage under "alpha", then "beta"
        assert tags.cursor_line == 2
        assert tags.current_tag() == "beta"
        await pilot.press("k", "k")
        assert tags.current_tag() == "alpha"


async def test_g_and_capital_g_go_to_the_ends_of_every_list() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t", *"alpha, beta", "enter")
        await pilot.pause()
        screen = reader(app)
        for key, panel in (
            ("1", screen.query_one(ArticleList)),
            ("3", screen.query_one(ClaimsPanel)),
        ):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(panel, OptionList)
            await pilot.press("G")
            assert panel.highlighted == panel.option_count - 1 > 0
            await pilot.press("g")
            assert panel.highlighted == 0
        for key, tree in (
            ("2", screen.query_one(QuotesPanel)),
            ("4", screen.query_one(TagsPanel)),
        ):
            await pilot.press(key)
            await pilot.pause()
            await pilot.press("G")
            await pilot.pause()
            assert tree.cursor_line == tree.last_line > 0
            # the highlight in view, however long the tree (qaP A7)
            assert (
                tree.scroll_offset.y <= tree.cursor_line < tree.scroll_offset.y + tree.size.height
            )
            await pilot.press("g")
            await pilot.pause()
            assert tree.cursor_line == 0 and tree.scroll_offset.y == 0


async def test_a_list_filled_while_focused_keeps_a_highlighted_row() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await pilot.pause()
        screen = reader(app)
        quotes = screen.query_one(QuotesPanel)
        assert app.screen.focused is quotes
        screen._fill_quotes_panel()  # as when the analysis ends after the tab was opened
        await pilot.pause()
        assert quotes.cursor_line == 0


async def test_help_lists_the_list_keys_once() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        entries = [e for e in app.key_entries() if e.id == "list.cursor_down"]
        assert [e.keys for e in entries] == ["j / ↓"]


def _all_lines_shown(panel: OptionList) -> bool:
    """Whether the list has room for every wrapped line of every entry at its width now."""
    width = panel.scrollable_content_region.width
    needed = panel.get_content_height(panel.size, panel.size, width)
    return panel.virtual_size.height == needed


async def test_claims_keep_their_last_line_when_the_list_is_refilled_unfocused() -> None:
    # A claim created from a pane refills the list while it has no focus (no
    # focus border: wider); back in the list, entries lost their last line.
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await pilot.pause()
        claims = reader(app).query_one(ClaimsPanel)
        assert _all_lines_shown(claims)
        panes(app)[0].focus()
        await pilot.press("plus")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert _all_lines_shown(claims)
        await pilot.press("3")
        await settle(pilot)
        assert app.screen.focused is claims
        assert _all_lines_shown(claims)
        await pilot.press("y")  # refilled while focused
        await settle(pilot)
        assert _all_lines_shown(claims)


async def test_articles_keep_their_last_line_when_the_list_gains_focus() -> None:
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        articles = reader(app).query_one(ArticleList)
        assert _all_lines_shown(articles)
        await pilot.press("1")
        await settle(pilot)
        assert app.screen.focused is articles
        assert _all_lines_shown(articles)


async def test_hiding_the_panel_from_its_list_gives_the_keys_back_to_a_pane() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await pilot.pause()
        assert isinstance(app.screen.focused, ClaimsPanel)
        await pilot.press("p")
        await pilot.pause()
        pane = panes(app)[0]
        assert app.screen.focused is pane
        before = pane.cursor
        await pilot.press("j")
        assert pane.cursor != before


async def test_the_side_panel_takes_the_room_the_panes_leave() -> None:
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        side = reader(app).query_one("#side")
        assert len(panes(app)) == 2 and side.outer_size.width > 40  # wider than its least (34)
        assert all(p.size.width >= 50 for p in panes(app))
    narrow = make_app()
    async with narrow.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert reader(narrow).query_one("#side").outer_size.width == 34


async def test_a_tagged_quotation_shows_one_pair_of_marks_in_the_tags_list() -> None:
    from articles.annotation import Anchor, Annotation
    from store import Store

    app = make_app(store=Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        article, sentence = next(
            (a, s) for a in app.article_set.articles for s in a.sentences if a.text[s.start] in '“"'
        )
        anchor = Anchor.from_text(
            article.id, article.content_hash, article.text, sentence.start, sentence.end
        )
        app.store.save_annotation(Annotation(id="urn:q", anchor=anchor, tags=("quote",)))
        reader(app).redecorate_annotations()
        await pilot.press("4")
        await pilot.pause()
        panel = reader(app).query_one(TagsPanel)
        rows = [str(node.label) for node in _nodes(panel.root)]
        (row,) = [r for r in rows if "“" in r]
        assert "““" not in row and "“”" not in row and not row.startswith('“"')


def _nodes(node):  # type: ignore[no-untyped-def]
    """A tree node and every node under it."""
    yield node
    for child in node.children:
        yield from _nodes(child)
