"""Keys shared by the side panel's lists (articles, quotes, claims, tags).

The reader's help says "j / ↓ move the cursor": in a list they move its
highlight, as the arrows do.  One id for all four lists, so one keymap entry
remaps them together; help lists them once, under "Side-panel lists".
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

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
]
