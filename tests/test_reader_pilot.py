"""Pilot tests of the reader: focus, navigation, pane assignment, help, persistence."""

from __future__ import annotations

from articles.ingest import load_sample
from articles.model import ArticleSet, BlockKind
from store import Store
from tests.reader_helpers import make_app, panes, reader, settle
from tui.screens.help import HelpScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.article_pane import ArticlePane


async def test_launch_focuses_first_pane_on_first_body_sentence() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        first = panes(app)[0]
        assert app.screen.focused is first
        sentence = first.sentence
        assert sentence is not None
        assert first.article.paragraphs[sentence.paragraph].kind is BlockKind.BODY
        assert sentence == first.article.body_sentences[0]


async def test_two_panes_side_by_side_show_different_articles() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shown = panes(app)
        assert len(shown) == 2
        assert shown[0].article.id != shown[1].article.id
        assert shown[0].region.y == shown[1].region.y
        assert shown[0].region.x < shown[1].region.x


async def test_wide_terminal_shows_more_panes_and_narrow_stacks_them() -> None:
    app = make_app()
    async with app.run_test(size=(260, 50)) as pilot:
        await settle(pilot)
        assert len(panes(app)) == 4
    app = make_app()
    async with app.run_test(size=(190, 50)) as pilot:
        await settle(pilot)
        assert len(panes(app)) == 3
    app = make_app()
    async with app.run_test(size=(60, 40)) as pilot:
        await settle(pilot)
        shown = panes(app)
        assert len(shown) == 2
        assert shown[0].region.x == shown[1].region.x
        assert shown[0].region.y < shown[1].region.y


async def test_sentence_paragraph_and_end_keys_move_the_cursor() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        start = pane.cursor
        assert start is not None
        await pilot.press("j")
        assert pane.cursor == start + 1
        await pilot.press("down", "k")
        assert pane.cursor == start + 1
        await pilot.press("up")
        assert pane.cursor == start
        before = pane.sentence
        assert before is not None
        await pilot.press("J")
        after = pane.sentence
        assert after is not None and after.paragraph > before.paragraph
        assert after.start == pane.article.paragraphs[after.paragraph].start
        await pilot.press("K")
        assert pane.sentence is not None and pane.sentence.paragraph == before.paragraph
        await pilot.press("G")
        assert pane.cursor == max(pane._navigable)
        assert pane.scroll_offset.y > 0
        await pilot.press("g")
        assert pane.cursor == min(pane._navigable)
        assert pane.scroll_offset.y == 0
        await pilot.press("pagedown")
        assert pane.cursor is not None and pane.cursor > min(pane._navigable)


async def test_folded_chrome_is_not_navigable_until_shown() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        kinds = {
            pane.article.paragraphs[pane.article.sentences[i].paragraph].kind
            for i in pane._navigable
        }
        assert BlockKind.CHROME not in kinds
        await pilot.press("f")
        kinds = {
            pane.article.paragraphs[pane.article.sentences[i].paragraph].kind
            for i in pane._navigable
        }
        assert BlockKind.CHROME in kinds


async def test_tab_moves_between_panes_and_c_cycles_the_focused_pane() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        first, second = panes(app)
        await pilot.press("tab")
        assert app.screen.focused is second
        original = second.article.id
        await pilot.press("c")
        assert second.article.id != original
        assert first.article.id == app.article_set.ids[0]
        await pilot.press("C")
        assert second.article.id == original
        await pilot.press("shift+tab")
        assert app.screen.focused is first


async def test_choosing_from_the_article_list_fills_the_active_pane() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        first = panes(app)[0]
        await pilot.press("1")
        assert isinstance(app.screen.focused, ArticleList)
        await pilot.press("end", "enter")
        await pilot.pause()
        assert first.article.id == app.article_set.ids[-1]
        assert app.screen.focused is first


async def _panes_chosen_then_reopened(tmp_path, *keys: str) -> tuple[list[str], list[str]]:
    """The panes' article ids after pressing ``keys``, and after quitting and reopening."""
    path = tmp_path / "store.json"
    store = Store.open(path)
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        chosen = [p.article.id for p in panes(app)]
    store.close()
    reopened = Store.open(path)
    assert reopened.pane_articles(app.article_set) == chosen
    app = make_app(store=reopened)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        restored = [p.article.id for p in panes(app)]
    reopened.close()
    return chosen, restored


async def test_pane_assignment_is_restored_from_the_store(tmp_path) -> None:
    chosen, restored = await _panes_chosen_then_reopened(tmp_path, "tab", "c", "c")
    assert restored == chosen


async def test_one_article_in_two_panes_is_restored_as_it_was(tmp_path) -> None:
    # the first article put in the second pane from the Articles list
    chosen, restored = await _panes_chosen_then_reopened(tmp_path, "tab", "1", "enter")
    assert len(chosen) == 2 and chosen[0] == chosen[1]
    assert restored == chosen


async def test_c_skips_the_articles_shown_in_other_panes() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        first, second = panes(app)
        ids = app.article_set.ids
        assert (first.article.id, second.article.id) == ids[:2]
        await pilot.press("c")  # the second article is in the other pane
        assert first.article.id == ids[2]
        await pilot.press("C")
        assert first.article.id == ids[0]
        await pilot.press("C")  # round the end
        assert first.article.id == ids[-1]
        assert second.article.id == ids[1]


async def test_c_swaps_panes_when_every_article_is_shown() -> None:
    sample = load_sample()
    app = make_app(ArticleSet(sample.articles[:2]))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        first, second = panes(app)
        a, b = app.article_set.ids
        await pilot.press("J", "J")  # a reading place in each article is kept
        where_a = first.cursor
        await pilot.press("tab", "j")
        where_b = second.cursor
        await pilot.press("shift+tab", "c")
        await pilot.pause()
        assert (first.article.id, second.article.id) == (b, a)
        assert (first.cursor, second.cursor) == (where_b, where_a)
        assert app.screen.focused is first
        await pilot.press("C")
        await pilot.pause()
        assert (first.article.id, second.article.id) == (a, b)


async def test_sync_scroll_moves_the_other_panes() -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        _first, second = panes(app)
        await pilot.press("G")
        await pilot.pause()
        assert second.scroll_offset.y == 0
        await pilot.press("s")
        assert reader(app).sync_scroll
        await pilot.press("g", "G")
        await pilot.pause()
        assert second.scroll_offset.y > 0


async def test_help_lists_every_binding_with_its_id() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        ids = {entry.id for entry in app.screen.entries}
        for binding in ArticlePane.BINDINGS:
            assert binding.id in ids  # type: ignore[union-attr]
        assert {"app.quit", "app.help", "reader.sync", "reader.next_quote"} <= ids
        # the keys Textual binds itself: focus, the palette, enter in the lists
        assert {
            "reader.focus_next",
            "reader.focus_previous",
            "app.palette",
            "articles.show",
            "quotes.show",
            "claims.show",
            "tags.show",
        } <= ids
        keys = {entry.keys for entry in app.screen.entries}
        assert {"tab", "shift+tab", "ctrl+p", "⏎"} <= keys
        # j / k scroll it, as the list keys it names do everywhere
        view = app.screen.query_one("VerticalScroll")
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert view.scroll_y > 0
        await pilot.press("k", "k", "k")
        await pilot.pause()
        assert view.scroll_y == 0
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_keymap_overrides_a_binding_by_id() -> None:
    app = make_app(keymap={"pane.cursor_down": "ctrl+n"})
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        start = pane.cursor
        assert start is not None
        await pilot.press("ctrl+n")
        assert pane.cursor == start + 1
        await pilot.press("j")
        assert pane.cursor == start + 1
        entry = next(e for e in app.key_entries() if e.id == "pane.cursor_down")
        assert entry.keys == "ctrl+n"


async def test_command_palette_offers_the_bound_actions() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Panes: Sync scroll" in titles
        assert "Cursor and selection: Next sentence" in titles
        assert "Theme" in titles


async def test_a_large_set_loads_in_a_worker_behind_a_progress_bar() -> None:
    from threading import Event

    from articles.ingest import load_sample
    from store import Store
    from tui.app import BriefReaderApp
    from tui.screens.loading import LoadingScreen
    from tui.screens.reader import ReaderScreen

    release = Event()

    def loader():  # type: ignore[no-untyped-def]
        release.wait(5)
        return load_sample()

    app = BriefReaderApp(None, Store.memory(), loader=loader, loading_message="Opening…")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LoadingScreen)  # the terminal answers at once
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert len(app.article_set.articles) == 5


async def test_the_chosen_theme_is_remembered() -> None:
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await pilot.pause()
    assert store.setting("theme") == "nord"
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.theme == "nord"
    # another set (its own store, no theme of its own) opens in the user's last theme
    app = make_app(store=Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.theme == "nord"


async def test_a_key_right_after_a_focus_change_acts_on_the_newly_focused_pane() -> None:
    # Tab then "c" typed in one burst: the focus event reaches the screen through
    # the message queue, after the "c"; the pane keys act on must follow focus at once
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        left, right = panes(app)[:2]
        before_left, before_right = left.article.id, right.article.id
        screen = reader(app)
        screen.set_focus(right)
        screen.action_cycle_article(1)  # before any queued message is handled
        await settle(pilot)
        assert left.article.id == before_left
        assert right.article.id != before_right


async def test_a_list_command_from_the_palette_acts_only_on_an_entry_in_view() -> None:
    # ctrl+p -> "Reject claim" from a pane rejected the first claim, never shown.
    from tui.widgets.claims_panel import ClaimsPanel

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        before = [c.id for c in reader(app).claims]
        commands = app.get_system_commands(app.screen)
        reject = next(c for c in commands if c.title == "Claims panel: Reject")
        await reject.callback()
        await pilot.pause()
        await pilot.pause()
        assert [c.id for c in reader(app).claims] == before  # nothing rejected
        panel = reader(app).query_one(ClaimsPanel)
        assert reader(app).focused is panel  # the list is shown to choose from
        await reject.callback()  # now on the highlighted, visible claim
        await pilot.pause()
        assert len(reader(app).claims) == len(before) - 1


def _cursor_in_view(pane: ArticlePane) -> bool:
    sentence = pane.sentence
    assert sentence is not None
    top = pane.row_of_offset(sentence.start)
    bottom = pane.row_of_offset(max(sentence.start, sentence.end - 1))
    assert top is not None and bottom is not None
    first = round(pane.scroll_offset.y)
    return first <= top and bottom < first + pane.scrollable_content_region.height


async def test_the_cursor_stays_in_view_when_the_terminal_is_resized() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("tab", *"JJJ", "shift+tab", *"JJJJJ", "j")
        await pilot.pause()
        shown = panes(app)
        assert all(_cursor_in_view(p) for p in shown)
        for size in ((80, 24), (60, 30), (160, 45), (100, 30)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            assert [_cursor_in_view(p) for p in shown] == [True] * len(shown), size


async def test_a_resize_is_not_echoed_by_synchronised_scrolling() -> None:
    # The tester's case: sync on, the cursor moved down in the first pane; after
    # the resize each pane's scroll back to its cursor was echoed to the other,
    # and the first pane showed paragraphs above its cursor.
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("s", *"JJJJJ", "j")
        await pilot.pause()
        first = panes(app)[0]
        assert _cursor_in_view(first)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert [_cursor_in_view(p) for p in panes(app)] == [True, True]


async def test_the_cursor_stays_in_view_when_furniture_is_shown() -> None:
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        for _ in range(60):  # down until the text scrolls: the cursor is on the last rows
            await pilot.press("j")
            if pane.scroll_offset.y > 0:
                break
        assert _cursor_in_view(pane)
        rows = pane._rows
        await pilot.press("f")
        await pilot.pause()
        assert pane._rows > rows  # furniture shown above the cursor
        assert _cursor_in_view(pane)


async def test_every_pane_opens_at_its_headline_at_80x24() -> None:
    """A long first sentence scrolled the second pane one line, hiding its headline's
    first line; the cursor's first line in view is enough until the cursor moves."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = panes(app)
        assert [round(p.scroll_offset.y) for p in shown] == [0] * len(shown)
        await pilot.press("j", "j", "j", "j", "j", "j")
        await pilot.pause()
        assert _cursor_in_view(shown[0])


async def test_p_chooses_how_many_articles_are_side_by_side() -> None:
    """At 160 columns the width fits 2 panes beside the side panel, 3 without: P asks for
    3 or 4 (down to a newspaper column each), then goes back to what the width fits (4
    panes needed 200 columns or more: qaN D13)."""
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert len(screen.panes) == 2
        await pilot.press("P")
        await pilot.pause()
        assert len(screen.panes) == 3
        await pilot.press("P")  # 4 do not fit beside the panel: back to the width's 2
        await pilot.pause()
        assert len(screen.panes) == 2
        # ... and it says why 4 are never offered (qaP B5)
        said = [n.message for n in app._notifications]
        assert any("4 panes need" in m and "p hides the side panel" in m for m in said)
        await pilot.press("p")  # the side panel hidden: 3 fit, P asks for 4
        await pilot.pause()
        assert len(screen.panes) == 3
        await pilot.press("P")
        await pilot.pause()
        assert len(screen.panes) == 4
        assert all(pane.size.width >= 34 for pane in screen.panes)
        await pilot.press("P")  # 2 can be chosen too (qaO D11)
        await pilot.pause()
        assert len(screen.panes) == 2
        await pilot.press("P")  # then what the width fits
        await pilot.pause()
        assert len(screen.panes) == 3


async def test_a_dialog_shows_the_reader_dimmed_behind_it() -> None:
    """qaP B10: the app's screen background made every dialog blank the reader out."""
    from tui.dialogs.text_prompt import TextPrompt

    app = make_app()
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        app.push_screen(TextPrompt("Rename claim", "A summary"))
        await pilot.pause()
        assert isinstance(app.screen, TextPrompt)
        assert app.screen.styles.background.a < 1  # see-through: the reader shows dimmed
        assert reader(app).styles.background.a == 1


async def test_a_head_taller_than_a_small_pane_opens_at_the_headline() -> None:
    """qaQ 11: at 80x24 a web page's head (masthead, headline, byline, caption) pushed the
    first body sentence below the pane, and the pane scrolled its headline away; it opens
    at its top, the cursor on the headline."""
    from articles.ingest import RawText, build_articles
    from articles.model import ArticleSet

    head = (
        "AP News\n\nMessi finally wins World Cup as Argentina beats France in shootout\n\n"
        "By RICARDO ALONSO and PETER HENNIGAN\n\nUpdated 6:32 PM GMT, December 18, 2022\n\n"
        "Argentina's Lionel Messi lifts the trophy after the final at the Lusail Stadium in "
        "Lusail, Qatar, Sunday, Dec. 18, 2022. (AP Photo/Martin Meissner)\n\n"
        "Argentina's players celebrate with the trophy in Lusail, Qatar, on Sunday. (AP "
        "Photo/Hassan Ammar)\n\n"
    )
    body = "LUSAIL, Qatar (AP) — Lionel Messi won the World Cup on Sunday, officials said.\n\n"
    raws = [RawText(f"a{k}", f"test:{k}", head + body * 6) for k in range(2)]
    app = make_app(ArticleSet(build_articles(raws)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        assert round(pane.scroll_offset.y) == 0
        assert pane.article.paragraphs[pane.sentence.paragraph].kind is BlockKind.HEADLINE
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert _cursor_in_view(pane)
