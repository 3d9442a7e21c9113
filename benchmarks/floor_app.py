"""The floor for first paint: the smallest Textual app that paints one line.

``python benchmarks/floor_app.py`` shows :data:`LINE` and waits for ``q``.  The
first-paint benchmark launches it exactly like ``briefreader`` and waits for
the line, so the ratio between the two is what briefreader adds to Textual's
own start-up.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static

LINE = "Floor app: first paint"
"""The text the benchmark waits for."""


class FloorApp(App[None]):
    """One static line; ``q`` quits."""

    BINDINGS = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Static(LINE)


if __name__ == "__main__":
    FloorApp().run()
