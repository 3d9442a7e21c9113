"""The help screen: every binding, its keys (after the user's keymap) and its id."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.keys import KeyEntry, keys_of

WIDE_HELP = 100
"""Terminal columns from which help shows binding ids in a column of their own."""


class HelpScreen(ModalScreen[None]):
    """All keys, grouped by area.  Escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss(None)", "Close help", id="help.close"),
        Binding("j", "scroll(1)", "Scroll down", id="help.down", show=False),
        Binding("k", "scroll(-1)", "Scroll up", id="help.up", show=False),
        Binding("g", "scroll_edge(False)", "Top", id="help.top", show=False),
        Binding("G", "scroll_edge(True)", "Bottom", id="help.bottom", show=False),
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 110; height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, entries: Sequence[KeyEntry]) -> None:
        super().__init__()
        self.entries = entries

    def action_scroll(self, lines: int) -> None:
        """j / k scroll as the arrows do (the list keys help names everywhere)."""
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_scroll_edge(self, bottom: bool) -> None:
        view = self.query_one(VerticalScroll)
        if bottom:
            view.scroll_end(animate=False)
        else:
            view.scroll_home(animate=False)

    def compose(self) -> ComposeResult:
        # At 80 columns the ids had a column of their own and the actions 17 columns
        # (an entry over seven lines): narrow, an id goes under its action instead.
        narrow = self.app.size.width < WIDE_HELP
        table = Table(expand=True, box=None, show_edge=False, pad_edge=False)
        table.add_column("Keys", style="bold", max_width=16 if narrow else None)
        table.add_column("Action")
        if not narrow:
            table.add_column("Binding id (keymap.toml)", style="dim", no_wrap=True)
        area = None
        for entry in self.entries:
            if entry.area != area:
                area = entry.area
                # (a heading may wrap: it does not widen the keys' column)
                table.add_row(Text(area, style="bold underline"), *[""] * (2 - narrow))
            # (several keys wrap between them when narrow: "ctrl+d / pagedown")
            keys = Text(entry.keys, no_wrap=not narrow)
            action = entry.tooltip or entry.description
            if narrow:
                shown = Text(action)
                if entry.id:
                    shown.append(f"  {entry.id}", style="dim")
                table.add_row(keys, shown)
            else:
                table.add_row(keys, action, entry.id or "")
        with VerticalScroll():
            closes = keys_of(self.entries, "help.close", "escape")
            yield Static(Text(f"briefreader — keys  ({closes} closes)", style="bold"))
            yield Static(table)
            yield Static(
                Text(
                    "Remap keys in keymap.toml in the config folder, e.g.\n"
                    '[keymap]\n"pane.cursor_down" = "j,down,ctrl+n"',
                    style="dim",
                )
            )
