"""Keys shared by the side panel's lists (articles, quotes, claims, tags).

The reader's help says "j / ↓ move the cursor" and "g / G" go to the top and
bottom: in a list they move its highlight, as the arrows and Home / End do.
Two of the lists are option lists (``first`` / ``last`` are theirs), two are
trees, which get the same two actions from ``TreeEnds``.  One id per key for
all four lists, so one keymap entry remaps them together; help lists them
once, under "Side-panel lists".
"""

from __future__ import annotations

from typing import TypeVar

from textual.binding import Binding, BindingType
from textual.widgets import Tree

NodeData = TypeVar("NodeData")

LIST_BINDINGS: list[BindingType] = [
    Binding(
        "j,down",
        "cursor_down",
        "Next entry",
        id="list.cursor_down",
        show=False,
        tooltip="Highlight the next entry of the list",
    ),
    Binding(
        "k,up",
        "cursor_up",
        "Previous entry",
        id="list.cursor_up",
        show=False,
        tooltip="Highlight the previous entry of the list",
    ),
    Binding(
        "g,home",
        "first",
        "First entry",
        id="list.first",
        show=False,
        tooltip="Highlight the first entry of the list",
    ),
    Binding(
        "G,end",
        "last",
        "Last entry",
        id="list.last",
        show=False,
        tooltip="Highlight the last entry of the list (of the open branches, in a tree)",
    ),
]


class TreeEnds(Tree[NodeData]):
    """A tree whose cursor goes to its first or last visible line, as an option list's does."""

    def action_first(self) -> None:
        self.cursor_line = 0
        self.scroll_to_line(0, animate=False)  # the highlight in view (qaP A7)

    def action_last(self) -> None:
        self.cursor_line = self.last_line
        self.scroll_to_line(self.cursor_line, animate=False)
