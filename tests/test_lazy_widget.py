"""The side panel's lazy placeholders: mounted after a refresh, quiet when their place is gone."""

from __future__ import annotations

from textual.app import App
from textual.containers import Vertical
from textual.widgets import Static

from tui.widgets.lazy import Lazy


class Host(App[None]):
    def __init__(self, *, remove_at_once: bool) -> None:
        super().__init__()
        self.remove_at_once = remove_at_once

    async def on_mount(self) -> None:
        box = Vertical(Lazy(Static("late", id="late")), id="box")
        await self.mount(box)  # the placeholder is in, its widget comes after a refresh
        if self.remove_at_once:  # as when the user quits right after launch
            await box.remove()


async def test_the_widget_replaces_its_placeholder_after_a_refresh() -> None:
    app = Host(remove_at_once=False)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.pause()
        assert app.query_one("#late", Static).parent is app.query_one("#box")
        assert not app.query(Lazy)


async def test_a_placeholder_whose_place_is_gone_mounts_nothing_and_raises_nothing() -> None:
    app = Host(remove_at_once=True)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.pause()
        assert not app.query("#late")
    assert app.return_code in (None, 0)
