"""Shared set-up for the reader's Pilot and snapshot tests."""

from __future__ import annotations

from collections.abc import Mapping

from textual.pilot import Pilot

from articles.ingest import load_sample
from articles.model import ArticleSet
from store import Store
from tui.app import BriefReaderApp
from tui.screens.reader import ReaderScreen
from tui.widgets.article_pane import ArticlePane


def make_app(
    article_set: ArticleSet | None = None,
    store: Store | None = None,
    keymap: Mapping[str, str] | None = None,
) -> BriefReaderApp:
    """The app on the sample with an in-memory store (nothing touches the disk)."""
    return BriefReaderApp(article_set or load_sample(), store or Store.memory(), keymap=keymap)


async def settle(pilot: Pilot) -> None:
    """Wait for the analysis worker and the repaint that follows it."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def reader(app: BriefReaderApp) -> ReaderScreen:
    screen = next(s for s in app.screen_stack if isinstance(s, ReaderScreen))
    return screen


def panes(app: BriefReaderApp) -> list[ArticlePane]:
    return reader(app).panes
