"""Snapshots of the annotation dialogs and the Tags panel at 100x30 (cursor blink off)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.screen import ModalScreen
from textual.widgets import Input, Static, TextArea

from articles.annotation import Anchor, Annotation
from store.tags import TagInfo
from tui.dialogs.annotate import AnnotateDialog
from tui.dialogs.export_dialog import ExportDialog
from tui.dialogs.tag_prompt import TagPrompt
from tui.widgets.tags_panel import TagsPanel

KNOWN = ("aid", "casualties", "casualties/civilian", "ceasefire")
PASSAGE = (
    "The ministry said [IS] fighters had withdrawn from the district overnight, "
    "a claim that could not be independently verified, and that aid convoys would resume."
)


class _DialogHost(App[None]):
    """A plain screen of text with one dialog pushed over it."""

    def __init__(self, dialog: ModalScreen[Any]) -> None:
        super().__init__()
        self.dialog = dialog

    def compose(self) -> ComposeResult:
        yield Static("Article text under the dialog. " * 40, markup=False)

    def on_mount(self) -> None:
        self.push_screen(self.dialog)


def _typing(*keys: str) -> Callable[[Pilot], Awaitable[None]]:
    """A run_before that stops the cursors blinking, presses ``keys`` and waits for suggestions.

    (The snapshot's own ``press`` would type "_" literally and not wait for the
    suggester's worker.)
    """

    async def run(pilot: Pilot) -> None:
        await pilot.pause()
        for widget in pilot.app.screen.query("Input, TextArea"):
            if isinstance(widget, Input | TextArea):
                widget.cursor_blink = False
        await pilot.press(*keys)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run


def _keys(text: str) -> list[str]:
    return ["space" if char == " " else char for char in text]


def test_annotate_dialog(snap_compare) -> None:
    app = _DialogHost(AnnotateDialog(PASSAGE, KNOWN))
    press = [*_keys("Contradicts the"), "enter", *_keys("army's statement."), "tab"]
    press += _keys("aid, casualties/c")
    assert snap_compare(app, terminal_size=(100, 30), run_before=_typing(*press))


def test_annotate_dialog_keeps_its_keys_in_view_on_24_rows(snap_compare) -> None:
    app = _DialogHost(AnnotateDialog(PASSAGE, KNOWN))
    assert snap_compare(app, terminal_size=(80, 24), run_before=_typing(*_keys("short")))


def test_export_dialog_keeps_its_keys_in_view_on_24_rows(snap_compare) -> None:
    app = _DialogHost(ExportDialog(KNOWN, path="/tmp/brief.md"))
    assert snap_compare(app, terminal_size=(80, 24))


def test_tag_prompt(snap_compare) -> None:
    app = _DialogHost(TagPrompt(PASSAGE, KNOWN, initial="aid, "))
    assert snap_compare(app, terminal_size=(100, 30), run_before=_typing(*_keys("cea")))


def test_export_dialog(snap_compare) -> None:
    app = _DialogHost(ExportDialog(KNOWN, path="/tmp/brief.md"))
    assert snap_compare(app, terminal_size=(100, 30), run_before=_typing("down", "space"))


def _annotation(
    ident: str, article: str, start: int, exact: str, tags: tuple[str, ...], **kw: Any
) -> Annotation:
    return Annotation(
        ident, Anchor(article, "h", start, start + len(exact), exact), tags=tags, **kw
    )


class _PanelHost(App[None]):
    def compose(self) -> ComposeResult:
        yield TagsPanel(id="tags")

    def on_mount(self) -> None:
        annotations = (
            _annotation(
                "a1", "bbc", 10, "Five civilians were killed [sic].", ("casualties/civilian",)
            ),
            _annotation("a2", "cnn", 5, "Aid trucks were stopped at the crossing.", ("aid",)),
            _annotation("a3", "bbc", 2, "Trucks entered at dawn.", ("aid",), note="contradicts"),
            _annotation("a4", "cnn", 0, "A quote that vanished.", ("aid",), orphaned=True),
            _annotation("a5", "bbc", 40, "Just a note here.", (), note="check"),
        )
        tags = (
            TagInfo("aid", "#3cb44b", 3),
            TagInfo("casualties/civilian", "#4363d8", 1),
        )
        panel = self.query_one(TagsPanel)
        panel.show(tags, annotations, {"bbc": "BBC News", "cnn": "CNN"})
        panel.focus()


def test_tags_panel(snap_compare) -> None:
    press = ["enter", "down", "down", "down", "down", "enter"]
    assert snap_compare(_PanelHost(), terminal_size=(100, 30), press=press)
