"""The quick tag prompt (``t``): one line of comma-separated tags for a passage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.shorten import shorten
from tui.widgets.tag_input import TagInput


class TagPrompt(ModalScreen[tuple[str, ...] | None]):
    """Asks for tags; dismisses with them (split and trimmed, maybe ``()``), or None on escape.

    ``()`` means the user cleared the field and pressed Enter: for a new passage
    there is nothing to save; for an existing annotation it removes its tags.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "dismiss(None)",
            "Cancel",
            id="tag_prompt.cancel",
            tooltip="Close the prompt without tagging",
        ),
    ]

    DEFAULT_CSS = """
    TagPrompt { align: center bottom; }
    TagPrompt > Vertical {
        width: 90%; max-width: 100; height: auto;
        margin-bottom: 2; padding: 0 1;
        border: round $accent; background: $surface;
        border-title-color: $accent;
    }
    TagPrompt #tag-prompt-passage { color: $text-muted; height: auto; max-height: 2; }
    TagPrompt #tag-prompt-hint { color: $text-muted; }
    """

    def __init__(
        self, passage: str, known_tags: Sequence[str], initial: str = "", *, retry: bool = False
    ) -> None:
        """``retry``: opened again on tags that could not be saved."""
        super().__init__()
        self.retry = retry
        self.passage = passage
        self.known_tags = tuple(known_tags)
        self.initial = initial

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Tag"
            yield Static(
                Text(f"“{shorten(self.passage, 160)}”"), id="tag-prompt-passage", markup=False
            )
            yield TagInput(self.known_tags, self.initial, id="tag-prompt-input")
            yield Static(
                "enter saves · tab completes · esc cancels", id="tag-prompt-hint", markup=False
            )

    def on_mount(self) -> None:
        self.query_one(TagInput).focus()

    def has_unsaved(self) -> bool:
        """Whether tags were typed (quitting asks first)."""
        typed = self.query_one(TagInput).value.strip(" ,")
        return self.retry or typed != self.initial.strip(" ,")

    @on(Input.Submitted, "#tag-prompt-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(self.query_one("#tag-prompt-input", TagInput).tags)
