"""A one-line prompt: a search term, a claim's summary, a new name."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.markup import escape
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class TextPrompt(ModalScreen[str | None]):
    """Dismisses with the trimmed text (Enter; None when empty), or None (escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "dismiss(None)",
            "Cancel",
            id="prompt.cancel",
            tooltip="Close without doing anything",
        ),
    ]

    DEFAULT_CSS = """
    TextPrompt { align: center bottom; }
    TextPrompt > Vertical {
        width: 80%; max-width: 100; height: auto; margin-bottom: 2;
        padding: 0 1; border: round $accent; background: $surface;
    }
    TextPrompt Static { color: $text-muted; }
    """

    def __init__(
        self, title: str, initial: str = "", *, placeholder: str = "", hint: str = ""
    ) -> None:
        super().__init__()
        self.title_text = title
        self.initial = initial
        self.placeholder = placeholder
        self.hint = hint or "enter: ok · esc: cancel"

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = escape(self.title_text)
            yield Input(self.initial, placeholder=self.placeholder, id="prompt-input")
            yield Static(self.hint, markup=False)

    def has_unsaved(self) -> bool:
        """Whether text was typed (a claim's new name): quitting asks first."""
        return self.query_one("#prompt-input", Input).value.strip() != self.initial.strip()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)
