"""The command palette's entries: key names in their help show literally, never as markup."""

from __future__ import annotations

from textual.content import Content

from articles.ingest import load_sample
from store import Store
from tui.app import BriefReaderApp


async def test_palette_help_shows_keys_literally() -> None:
    app = BriefReaderApp(load_sample(), Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        commands = list(app.get_system_commands(app.screen))
        shown = [Content.from_markup(command.help).plain for command in commands]
    search = [text for text in shown if text.endswith("[/]")]
    assert search, "the search command's key '/' is missing from its help"
    assert any(text.endswith("[]]") for text in shown)  # next quotation: "]"
    # every entry ends with its keys, capital ones too ("[E]" was read as a tag)
    keyless = [c.title for c, text in zip(commands, shown, strict=True) if not text.endswith("]")]
    assert not [t for t in keyless if ":" in t], keyless
    assert any(text.endswith("[E]") for text in shown)


async def test_palette_opens_and_lists_the_search_command() -> None:
    app = BriefReaderApp(load_sample(), Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"search")
        await pilot.pause(0.3)
        assert app.screen.__class__.__name__ == "CommandPalette"
        assert app.return_code is None


async def test_the_claim_keys_the_issue_names_are_found_by_their_verbs() -> None:
    """Issue 4: accept / reject / rename / merge / create, in the palette by those words."""
    app = BriefReaderApp(load_sample(), Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        titles = [c.title.casefold() for c in app.get_system_commands(app.screen)]
    for verb in ("accept", "reject", "rename", "merge", "create"):
        assert any(verb in title and "claim" in title for title in titles) or any(
            title.startswith("claims:") and verb in title for title in titles
        ), verb


async def test_quit_is_in_the_palette_with_its_key_and_once() -> None:
    app = BriefReaderApp(load_sample(), Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        commands = list(app.get_system_commands(app.screen))
    quits = [c for c in commands if "quit" in c.title.casefold()]
    assert [c.title for c in quits] == ["General: Quit"]
    assert Content.from_markup(quits[0].help).plain.endswith("[q]")


async def test_help_lists_the_keys_that_close_each_view_and_they_are_no_commands() -> None:
    """help, the matrix and the variants view: their close keys (after the keymap) are
    in help and in the views themselves, not in the palette."""
    from textual.widgets import Static

    from tui.screens.help import HelpScreen
    from tui.screens.matrix import MatrixScreen

    keymap = {"help.close": "f9,escape", "matrix.close": "f8,escape"}
    app = BriefReaderApp(load_sample(), Store.memory(), keymap=keymap)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        ids = {e.id: e.keys for e in app.key_entries()}
        assert {"help.close", "matrix.close", "variants.close"} <= set(ids)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert not [t for t in titles if t.startswith(("Help:", "Coverage matrix:"))]
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        title = str(app.screen.query(Static).first().render())
        assert f"({ids['help.close']} closes)" in title and "f9" in title
        await pilot.press("escape")
        await pilot.pause()
        app.push_screen(MatrixScreen((), None, app.article_set.articles))
        await pilot.pause()
        legend = str(app.screen.query_one(".legend", Static).render())
        assert "f8" in legend and "closes" in legend


async def test_the_palette_finds_an_article_and_shows_it_in_the_active_pane() -> None:
    """Among hundreds of articles the palette is the search: by number, outlet, headline."""
    sample = load_sample()
    app = BriefReaderApp(sample, Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        found = app.get_system_commands(app.screen)
        commands = [c for c in found if c.title.startswith("Article ")]
        assert len(commands) == len(sample.articles)
        last = sample.articles[-1]
        (command,) = [c for c in commands if c.title.endswith(last.title)]
        assert command.title.startswith(f"Article {len(sample.articles)} ")
        command.callback()
        await pilot.pause()
        reader = app.screen
        assert reader.active_pane is not None and reader.active_pane.article.id == last.id


async def test_ctrl_z_suspends_to_the_shell_and_is_in_the_palette(monkeypatch) -> None:
    """Over ssh, ctrl+z to look at something in the shell is routine (it did nothing)."""
    app = BriefReaderApp(load_sample(), Store.memory())
    suspended: list[bool] = []
    monkeypatch.setattr(app, "action_suspend_process", lambda: suspended.append(True))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+z")
        await pilot.pause()
        commands = list(app.get_system_commands(app.screen))
        # back with fg: everything is drawn again (Textual left the screen blank)
        refreshed: list[bool] = []
        monkeypatch.setattr(app, "refresh", lambda **kw: refreshed.append(kw.get("layout")))
        app.app_resume_signal.publish(app)
        await pilot.pause()
        assert refreshed == [True]
    assert suspended == [True]
    (suspend,) = [c for c in commands if "suspend" in c.title.casefold()]
    assert Content.from_markup(suspend.help).plain.endswith("[ctrl+z]")


async def test_help_at_80_columns_puts_the_ids_under_the_actions() -> None:
    """At 80x24 the ids' own column left the actions 17 columns (seven lines an entry)."""
    from rich.table import Table
    from textual.widgets import Static

    from tui.screens.help import HelpScreen

    app = BriefReaderApp(load_sample(), Store.memory())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        tables = [s.content for s in app.screen.query(Static) if isinstance(s.content, Table)]
        (table,) = tables
        assert [c.header for c in table.columns] == ["Keys", "Action"]
        quit_row = [str(cell) for cell in table.columns[1].cells if "app.quit" in str(cell)]
        assert quit_row == ["Quit briefreader  app.quit"]


async def test_ctrl_z_without_a_shell_to_come_back_to_says_so(monkeypatch) -> None:
    """Run as tmux's or ssh's command, a suspended reader froze the terminal for good."""
    from textual.app import App

    import tui.app as app_module

    suspended: list[bool] = []
    monkeypatch.setattr(App, "action_suspend_process", lambda self: suspended.append(True))
    monkeypatch.setattr(app_module, "job_control", lambda: False)
    app = BriefReaderApp(load_sample(), Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert suspended == [] and app.is_running
        assert any("ctrl+z" in str(n.message) for n in app._notifications)
        monkeypatch.setattr(app_module, "job_control", lambda: True)
        await pilot.press("ctrl+z")
        await pilot.pause()
    assert suspended == [True]
