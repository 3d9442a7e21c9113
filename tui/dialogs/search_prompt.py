"""The search prompt (``/``): a term to find in every open article."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class SearchPrompt(ModalScreen[str | None]):
    """Dismisses with the term (Enter), or None (escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "dismiss(None)",
            "Cancel",
            id="search.cancel",
            tooltip="Close without searching",
        ),
    ]

    DEFAULT_CSS = """
    SearchPrompt { align: center bottom; }
    SearchPrompt > Vertical {
        width: 80%; max-width: 90; height: auto; margin-bottom: 2;
        padding: 0 1; border: round $accent; background: $surface;
    }
    SearchPrompt Static { color: $text-muted; }
    """

    def __init__(self, initial: str = "") -> None:
        super().__init__()
        self.initial = initial

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Search all open articles"
            yield Input(self.initial, placeholder="words to find", id="search-term")
            yield Static(
                "enter: search · then > next match, < previous · esc: cancel", markup=False
            )

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)
