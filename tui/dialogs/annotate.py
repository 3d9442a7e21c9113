"""The annotate dialog (``a``): a note and tags for a passage, new or already annotated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.markup import escape
from textual.widgets import Input, Label, Static, TextArea

from tui.dialogs.fields import FieldsDialog
from tui.shorten import shorten
from tui.widgets.tag_input import TagInput


@dataclass(frozen=True, slots=True)
class AnnotationDraft:
    """What the user typed: the note (trimmed, newlines kept) and the tags (split, trimmed)."""

    note: str
    tags: tuple[str, ...]


class AnnotateDialog(FieldsDialog[AnnotationDraft | None]):
    """Note first, then tags; dismisses with an :class:`AnnotationDraft`, or None on escape.

    The draft may be empty (no note, no tags): the caller decides whether that
    saves a bare highlight, deletes, or does nothing.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+s",
            "save",
            "Save",
            id="annotate.save",
            tooltip="Save the note and tags (from either field)",
        ),
        Binding(
            "escape",
            "cancel",
            "Cancel",
            id="annotate.cancel",
            tooltip="Close without saving (twice when the note was edited)",
        ),
    ]

    DEFAULT_CSS = """
    AnnotateDialog { align: center middle; }
    AnnotateDialog > Vertical {
        width: 90%; max-width: 100; height: auto; max-height: 90%;
        padding: 0 1; border: round $accent; background: $surface;
        border-title-color: $accent;
    }
    AnnotateDialog #annotate-passage { color: $text-muted; height: auto; max-height: 3; }
    AnnotateDialog Label { margin-top: 1; color: $text-muted; }
    AnnotateDialog #annotate-note { height: 8; }
    AnnotateDialog #annotate-hint { color: $text-muted; margin-top: 1; }
    AnnotateDialog.-short #annotate-hint { margin-top: 0; }
    AnnotateDialog.-short #annotate-note { height: 5; }
    AnnotateDialog.-short #annotate-passage { max-height: 2; }
    AnnotateDialog.-tiny Label { margin-top: 0; }
    AnnotateDialog.-tiny #annotate-hint { margin-top: 0; height: 1; }
    AnnotateDialog.-tiny #annotate-note { height: 2; border: none; }
    AnnotateDialog.-tiny #annotate-tags { height: 1; border: none; }
    AnnotateDialog.-tiny #annotate-passage { max-height: 1; }
    """

    # (under 16 rows the tags fell below the dialog's edge: at 40x12 they could not be seen)
    VERTICAL_BREAKPOINTS = [(0, "-tiny"), (16, "-short"), (28, "-tall")]

    def __init__(
        self,
        passage: str,
        known_tags: Sequence[str],
        note: str = "",
        tags: Sequence[str] = (),
        title: str = "Annotate",
        *,
        retry: bool = False,
    ) -> None:
        """``retry``: opened again after a save that failed, focus in the tags (where
        enter saves, as the user last did)."""
        super().__init__()
        self.retry = retry
        self.passage = passage
        self.known_tags = tuple(known_tags)
        self.note = note
        self.tags = tuple(tags)
        self.title_text = title
        self._warned = False

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = escape(self.title_text)
            yield Static(
                Text(f"“{shorten(self.passage, 240)}”"), id="annotate-passage", markup=False
            )
            yield Label("Note")
            yield TextArea(self.note, id="annotate-note", tab_behavior="focus", soft_wrap=True)
            yield Label("Tags")
            # a separator after the tags already there: what is typed next is a new tag
            # ("frame/security" then "test" was saved as "frame/securitytest")
            initial = ", ".join(self.tags) + ", " if self.tags else ""
            yield TagInput(self.known_tags, initial, id="annotate-tags")
            yield Static(
                "tab: to tags / complete · enter in tags or ctrl+s: save · esc: cancel",
                id="annotate-hint",
                markup=False,
            )

    def on_mount(self) -> None:
        note = self.query_one("#annotate-note", TextArea)
        note.move_cursor(note.document.end)
        if self.retry:
            self.query_one("#annotate-tags", TagInput).focus()
        else:
            note.focus()

    def draft(self) -> AnnotationDraft:
        """The dialog's current contents as a draft."""
        note = self.query_one("#annotate-note", TextArea).text.strip()
        tags = self.query_one("#annotate-tags", TagInput).tags
        return AnnotationDraft(note=note, tags=tags)

    def has_unsaved(self) -> bool:
        """Whether the note or the tags were edited, or could not be saved (opened again
        on them): quitting asks first."""
        draft = self.draft()
        return self.retry or draft.note != self.note.strip() or draft.tags != self.tags

    def action_cancel(self) -> None:
        """Close without saving; an edited note asks for a second escape first."""
        edited = self.has_unsaved()
        if edited and not self._warned:
            self._warned = True
            self.notify("The note was edited: escape again discards it, ctrl+s saves.", timeout=4)
            return
        self.dismiss(None)

    def action_save(self) -> None:
        self.dismiss(self.draft())

    @on(Input.Submitted, "#annotate-tags")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()
