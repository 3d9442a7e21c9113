"""A widget mounted after the first refresh, that gives up quietly when its place is gone.

Textual's ``textual.lazy.Lazy`` mounts its widget one refresh after being
composed; when the screen is torn down in between (the user quits right
after launch) that mount raises ``MountError`` and the app exits with status 1.
This one checks that its parent is still there first.
"""

from __future__ import annotations

from textual.widget import Widget


class Lazy(Widget):
    """Stands in for ``widget`` until the next refresh, then is replaced by it."""

    DEFAULT_CSS = """
    Lazy {
        display: none;
    }
    """

    def __init__(self, widget: Widget) -> None:
        self._widget = widget
        """What to mount in this placeholder's place."""
        super().__init__()

    def compose_add_child(self, widget: Widget) -> None:
        self._widget.compose_add_child(widget)

    async def mount_composed_widgets(self, widgets: list[Widget]) -> None:
        parent = self.parent
        if not isinstance(parent, Widget):
            return

        async def mount() -> None:
            if not (parent.is_attached and self.is_attached):
                return  # the screen went away first (quitting): nothing to show
            await parent.mount(self._widget, after=self)
            await self.remove()

        self.call_after_refresh(mount)
