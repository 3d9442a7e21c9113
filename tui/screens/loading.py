"""Shown while a large article set is read in a worker (the reader follows at once)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, ProgressBar, Static


class LoadingScreen(Screen[None]):
    """A message and an indeterminate progress bar; the app replaces it when loaded."""

    DEFAULT_CSS = """
    LoadingScreen { align: center middle; }
    LoadingScreen > Vertical {
        width: 70; height: auto; border: round $accent; padding: 1 2; background: $surface;
    }
    LoadingScreen ProgressBar { margin-top: 1; }
    """

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.message, markup=False)
            yield ProgressBar(total=None, show_eta=False)
        yield Footer()
