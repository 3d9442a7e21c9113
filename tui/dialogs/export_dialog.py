"""The export dialog (``e``): format, tags to include and where to write.

It only asks: the caller renders with :func:`tui.commands.export.build_export`
and writes with ``write_file``.  The destination's suffix follows the chosen
format as long as it is still the previous format's suffix, so a typed folder
or name is kept but a deliberately different suffix is not overwritten.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, RadioButton, RadioSet, Static

from articles.export import FORMATS, SUFFIXES
from tui.dialogs.fields import FieldsDialog
from tui.widgets.tag_input import TagInput

DEFAULT_STEM = "~/briefreader-export"


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to export: a format of FORMATS, tags (empty: all) and the file (``~`` expanded)."""

    format: str
    tags: tuple[str, ...]
    path: str


def follow_suffix(path: str, old_format: str, new_format: str) -> str:
    """``path`` with the old format's suffix swapped for the new one's; as is otherwise."""
    old, new = SUFFIXES.get(old_format, ""), SUFFIXES.get(new_format, "")
    if old and new and path.endswith(old):
        return path[: -len(old)] + new
    return path


def covered(tag: str, known: Sequence[str]) -> bool:
    """Whether an export filtered on ``tag`` can find anything: it or a child is in use."""
    return any(k == tag or k.startswith(tag + "/") for k in known)


class FormatChoice(RadioSet):
    """The formats: space picks the highlighted one, enter exports (as in every field
    of the dialog; a list's own enter picked md again over a retried csv export)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_button", "Pick", show=False),
        Binding(
            "enter",
            "screen.export",
            "Export",
            show=False,
            id="export.enter",
            tooltip="Write the export to the file given",
        ),
    ]

    def on_focus(self) -> None:
        # the highlight on the format chosen, not on the first (md)
        self._selected = next(
            (n for n, button in enumerate(self.query(RadioButton)) if button.value), 0
        )


class ExportDialog(FieldsDialog[ExportRequest | None]):
    """Dismisses with an :class:`ExportRequest`, or None on escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+s",
            "export",
            "Export",
            id="export.save",
            tooltip="Write the export to the file given",
        ),
        Binding(
            "escape",
            "dismiss(None)",
            "Cancel",
            id="export.cancel",
            tooltip="Close without exporting",
        ),
    ]

    DEFAULT_CSS = """
    ExportDialog { align: center middle; }
    ExportDialog > Vertical {
        width: 80; max-width: 95%; height: auto; max-height: 95%;
        padding: 0 1; border: round $accent; background: $surface;
        border-title-color: $accent;
    }
    ExportDialog Label { margin-top: 1; color: $text-muted; }
    ExportDialog RadioSet { width: 1fr; }
    ExportDialog #export-error { color: $error; height: auto; }
    ExportDialog #export-hint { color: $text-muted; margin-top: 1; }
    ExportDialog.-short #export-hint { margin-top: 0; }
    """

    def __init__(
        self,
        known_tags: Sequence[str],
        fmt: str = "md",
        tags: Sequence[str] = (),
        path: str | None = None,
        *,
        retry: bool = False,
    ) -> None:
        """``retry``: opened again on an export that could not be written."""
        super().__init__()
        self.known_tags = tuple(known_tags)
        self.format = fmt if fmt in FORMATS else "md"
        self.tags = tuple(tags)
        self.path = path or DEFAULT_STEM + SUFFIXES[self.format]
        self.again = retry
        self._replacing: Path | None = None
        """An existing file the user was told about: exporting to it again replaces it."""

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Export annotations"
            yield Label("Format (↑↓, space picks)")
            with FormatChoice(id="export-format"):
                for name, label in FORMATS.items():
                    yield RadioButton(f"{name:<6}{label}", value=name == self.format, id=name)
            yield Label("Tags (empty: all; a tag includes its children)")
            yield TagInput(self.known_tags, ", ".join(self.tags), id="export-tags")
            yield Label("Write to")
            # the suggested path is selected when the field gets the focus: typing replaces it
            yield Input(self.path, placeholder="file", id="export-path")
            yield Static("", id="export-error", markup=False)
            yield Static(
                "enter or ctrl+s: export · tab: complete a tag / next field · esc: cancel",
                id="export-hint",
                markup=False,
            )

    def on_mount(self) -> None:
        self.query_one("#export-format", RadioSet).focus()
        if self.again:
            # a retried export: back in the file's field, where enter exports
            self.query_one("#export-path", Input).focus()

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        new = event.pressed.id or self.format
        path_input = self.query_one("#export-path", Input)
        path_input.value = follow_suffix(path_input.value, self.format, new)
        # the cursor at the end, as after typing: ctrl+u then clears the whole path
        path_input.cursor_position = len(path_input.value)
        self.format = new

    @on(Input.Changed)
    def _edited(self) -> None:
        self.query_one("#export-error", Static).update("")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    def request(self) -> ExportRequest | str:
        """The request the fields describe, or why they do not describe one."""
        tags = self.query_one("#export-tags", TagInput).tags
        unknown = [t for t in tags if not covered(t, self.known_tags)]
        if unknown:
            return f"No annotation carries the tag {unknown[0]!r}."
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            return "Give a file to write to."
        target = Path(os.path.expanduser(raw))
        if target.is_dir():
            return f"{raw} is a folder; give a file name."
        if not target.parent.is_dir():
            return f"There is no folder {target.parent}."
        if target.exists() and self._replacing != target:
            # asked once: the same export again replaces the file
            self._replacing = target
            return f"{raw} exists: export again to replace it, or change the name."
        return ExportRequest(format=self.format, tags=tags, path=str(target))

    def action_export(self) -> None:
        result = self.request()
        if isinstance(result, str):
            self.query_one("#export-error", Static).update(result)
        else:
            self.dismiss(result)
