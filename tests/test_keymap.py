"""keymap.toml: what cannot work is refused with a warning, and help shows the keys that fire."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding

from articles.ingest import load_sample
from store import Store
from tests.reader_helpers import make_app, panes, reader, settle
from tui.app import BriefReaderApp
from tui.key_scopes import class_bindings, scopes
from tui.keys import check_keymap, is_key, load_keymap


def _keys(app: BriefReaderApp, binding_id: str) -> str:
    return next(e.keys for e in app.key_entries() if e.id == binding_id)


def test_load_keymap_leaves_out_values_that_are_not_keys(tmp_path: Path) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text(
        '[keymap]\n"no.such" = "z"\n"pane.cursor_down" = 5\n"reader.sync" = "j"\n',
        encoding="utf-8",
    )
    keymap, problems = load_keymap(path)
    assert keymap == {"no.such": "z", "reader.sync": "j"}
    assert len(problems) == 1
    assert '"pane.cursor_down" = 5' in problems[0] and "must be a string" in problems[0]


def test_load_keymap_reports_a_keymap_that_is_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('keymap = "j"\n', encoding="utf-8")
    keymap, problems = load_keymap(path)
    assert keymap == {}
    assert len(problems) == 1 and "table" in problems[0]


async def test_unknown_ids_and_conflicting_keys_are_refused_and_said(tmp_path: Path) -> None:
    # the tester's keymap: help claimed j for sync while j still moved the
    # cursor, and s no longer synced; the unknown id and the number were silent
    path = tmp_path / "keymap.toml"
    path.write_text(
        '[keymap]\n"no.such" = "z"\n"pane.cursor_down" = 5\n"reader.sync" = "j"\n',
        encoding="utf-8",
    )
    keymap, problems = load_keymap(path)
    # as the launcher does: the file's problems, then the keymap's, are toasted
    # and printed on exit, as a syntax error in the file is
    app = BriefReaderApp(load_sample(), Store.memory(), keymap=keymap, startup_messages=problems)
    messages = app.startup_messages
    assert any('"pane.cursor_down" = 5' in m for m in messages)
    assert any('"no.such"' in m and "no binding has this id" in m for m in messages)
    (sync,) = [m for m in messages if '"reader.sync" = "j"' in m]
    # both bindings named, and what the refused one keeps
    assert "refused" in sync and "pane.cursor_down" in sync and "keeps s" in sync
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert _keys(app, "reader.sync") == "s"
        assert _keys(app, "pane.cursor_down") == "j / ↓"
        pane = panes(app)[0]
        start = pane.cursor
        assert start is not None
        await pilot.press("j")
        assert pane.cursor == start + 1
        await pilot.press("s")
        assert reader(app).sync_scroll


async def test_a_key_taken_in_another_scope_is_allowed_and_fires() -> None:
    # "r" rejects a claim in the Claims list and renames a tag in the Tags list:
    # the panes' bindings never meet them
    app = make_app(keymap={"pane.select": "r"})
    assert app.startup_messages == []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert _keys(app, "pane.select") == "r"
        await pilot.press("r")
        assert panes(app)[0].selection_span() is not None


async def test_two_bindings_can_swap_keys() -> None:
    app = make_app(keymap={"pane.cursor_down": "k", "pane.cursor_up": "j"})
    assert app.startup_messages == []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        start = pane.cursor
        assert start is not None
        await pilot.press("k", "k")
        assert pane.cursor == start + 2
        await pilot.press("j")
        assert pane.cursor == start + 1
        assert _keys(app, "pane.cursor_down") == "k"
        assert _keys(app, "pane.cursor_up") == "j"


def test_of_two_entries_on_one_key_the_first_wins() -> None:
    app = make_app(keymap={"reader.sync": "ctrl+y", "reader.matrix": "ctrl+y"})
    (problem,) = app.startup_messages
    assert '"reader.matrix" = "ctrl+y" refused' in problem and "reader.sync" in problem
    assert _keys(app, "reader.sync") == "ctrl+y"
    assert _keys(app, "reader.matrix") == "x"


def test_a_list_key_onto_a_list_binding_and_typed_keys_in_dialogs_are_refused() -> None:
    app = make_app(keymap={"list.cursor_down": "r", "annotate.save": "s", "claims.accept": "Y"})
    assert app.startup_messages[0].startswith('keymap.toml: "list.cursor_down" = "r" refused')
    assert "claims.reject" in app.startup_messages[0]
    assert "typed" in app.startup_messages[1]
    assert len(app.startup_messages) == 2  # Y is free in the Claims list
    assert _keys(app, "claims.accept") == "Y"


def test_key_names_are_checked() -> None:
    assert all(is_key(k) for k in ("j", "J", "ctrl+n", "f5", "pageup", "question_mark", "plus"))
    assert not any(is_key(k) for k in ("Enter", "ctrl+", "foo", "hyperdrive+x", ""))
    app = make_app(keymap={"claims.accept": "Enter"})
    (problem,) = app.startup_messages
    assert "not a key name" in problem and "lower case" in problem


def test_every_binding_on_its_own_keys_is_accepted() -> None:
    # keys shared on purpose (escape: cancel a selection, else clear the search)
    # are not conflicts: only keys the keymap adds are checked
    owners, chains, text_fields = scopes(class_bindings(BriefReaderApp))
    keymap: dict[str, list[str]] = {}
    for raw in owners.values():
        for binding in Binding.make_bindings(raw):
            if binding.id:
                keymap.setdefault(binding.id, []).append(binding.key)
    as_written = {i: ",".join(dict.fromkeys(keys)) for i, keys in keymap.items()}
    accepted, problems = check_keymap(as_written, owners, chains, text_fields)
    assert problems == []
    assert accepted.keys() == as_written.keys()
