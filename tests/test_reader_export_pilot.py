"""Pilot tests: correcting metadata, and annotating then exporting from the reader."""

from __future__ import annotations

import json

from articles.ingest import load_sample
from store import Store
from tests.reader_helpers import make_app, panes, settle
from tui.dialogs.export_dialog import ExportDialog
from tui.dialogs.metadata import MetadataDialog


async def test_metadata_corrections_show_and_persist(tmp_path) -> None:
    path = tmp_path / "store.json"
    store = Store.open(path)
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        pane = panes(app)[0]
        await pilot.press("M")
        await pilot.pause()
        assert isinstance(app.screen, MetadataDialog)
        await pilot.press("ctrl+a", "ctrl+k", *"Corrected headline", "tab")
        await pilot.press("ctrl+a", "ctrl+k", *"Example Outlet", "tab")
        await pilot.press(*"2015-10-03", "enter")
        await pilot.pause()
        assert pane.article.meta.headline == "Corrected headline"
        assert "Corrected headline" in str(pane.border_title)
    store.close()
    reopened = Store.open(path)
    corrected = reopened.apply_corrections(load_sample()).articles[0].meta
    assert (corrected.headline, corrected.outlet, str(corrected.date)) == (
        "Corrected headline",
        "Example Outlet",
        "2015-10-03",
    )
    reopened.close()


async def test_a_bad_date_is_refused_in_the_dialog() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("M")
        await pilot.pause()
        await pilot.press("tab", "tab", *"3rd of October", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MetadataDialog)


async def _export_json_from_the_dialog(pilot, app, path) -> None:  # type: ignore[no-untyped-def]
    """``e``, the path and the JSON format filled in, then ``ctrl+s`` once."""
    await pilot.press("e")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, ExportDialog)
    dialog.query_one("#export-path").value = str(path)  # type: ignore[attr-defined]
    dialog.query_one("#export-format").query_one("#json").value = True  # type: ignore[attr-defined]
    await pilot.pause()
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_annotate_then_export_json_from_the_reader(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("a", *"why [sic], dear", "tab", *"casualties/civilian", "enter")
        await pilot.pause()
        await _export_json_from_the_dialog(pilot, app, tmp_path / "brief.json")
        await app.workers.wait_for_complete()
        await pilot.pause()
    written = json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))
    assert written["type"] == "AnnotationCollection"
    (item,) = written["items"]
    bodies = {b["purpose"]: b["value"] for b in item["body"]}
    assert bodies == {"commenting": "why [sic], dear", "tagging": "casualties/civilian"}


async def test_the_reader_s_export_follows_a_link_and_keeps_the_mode(tmp_path, monkeypatch) -> None:
    # the export dialog's file is a link to a private file: the file is written, the
    # link stays a link and the file stays private
    monkeypatch.setenv("HOME", str(tmp_path))
    target = tmp_path / "private" / "brief.json"
    target.parent.mkdir()
    target.write_text("old")
    target.chmod(0o600)
    link = tmp_path / "brief.json"
    link.symlink_to(target)
    store = Store.memory()
    app = make_app(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("a", *"a note", "tab", *"sources", "enter")
        await pilot.pause()
        await _export_json_from_the_dialog(pilot, app, link)  # told the file exists
        await pilot.press("ctrl+s")  # replace it
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["type"] == "AnnotationCollection"
    assert target.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["brief.json"]


async def test_an_export_that_cannot_be_written_says_why_and_keeps_the_dialog(
    tmp_path, monkeypatch
) -> None:
    """A full disk: the reason in words, and the dialog again with the choices made."""
    import errno

    from tui.commands import export as export_command

    def full(path, data) -> None:  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(export_command, "write_file", full)
    app = make_app(store=Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t", *"sources", "enter")
        await pilot.pause()
        await _export_json_from_the_dialog(pilot, app, tmp_path / "brief.json")
        await app.workers.wait_for_complete()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#export-path").value == str(tmp_path / "brief.json")  # type: ignore[attr-defined]
        assert dialog.query_one("#export-format").query_one("#json").value  # type: ignore[attr-defined]
        (message,) = [str(n.message) for n in app._notifications if "failed" in str(n.message)]
        assert "No space left on device" in message and "Errno" not in message
        # room again: enter exports as chosen (it picked md in the format list)
        monkeypatch.undo()
        monkeypatch.setenv("HOME", str(tmp_path))
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    written = json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))
    assert written["type"] == "AnnotationCollection"


async def test_enter_in_the_format_list_exports_the_format_chosen(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    app = make_app(store=Store.memory())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t", *"sources", "enter")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#export-path").value = str(tmp_path / "brief.csv")  # type: ignore[attr-defined]
        await pilot.press("down", "space", "enter")  # csv, picked with space; enter exports
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert (tmp_path / "brief.csv").read_text(encoding="utf-8").startswith("id,article_id,")
