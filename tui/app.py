"""The Textual application: wires the article set, the store and settings; thin by design."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from articles.model import ArticleSet
from tui.keys import KeyEntry, catalogue
from tui.screens.annotating import AnnotatingScreen
from tui.screens.claiming import ClaimingScreen
from tui.screens.help import HelpScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.article_pane import ArticlePane
from tui.widgets.claims_panel import ClaimsPanel
from tui.widgets.quotes_panel import QuotesPanel
from tui.widgets.tags_panel import TagsPanel

if TYPE_CHECKING:
    from store import Store


MAX_STARTUP_TOASTS = 4
"""Problems found while opening are toasted up to this many; all are printed on exit."""


class BriefReaderApp(App[int]):
    """briefreader: news articles side by side."""

    TITLE = "briefreader"
    CSS_PATH = "briefreader.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit briefreader"),
        Binding(
            "question_mark,f1", "help", "Help", id="app.help", tooltip="Show every key binding"
        ),
    ]

    def __init__(
        self,
        article_set: ArticleSet,
        store: Store | None = None,
        *,
        keymap: Mapping[str, str] | None = None,
        startup_messages: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.article_set = article_set
        self.store = store
        self._startup_messages = list(startup_messages)
        if keymap:
            self.set_keymap(dict(keymap))
        saved_theme = store.setting("theme") if store is not None else None
        if isinstance(saved_theme, str) and saved_theme in self.available_themes:
            self.theme = saved_theme

    def on_mount(self) -> None:
        pane_ids = self.store.pane_articles() if self.store is not None else []
        self.push_screen(ReaderScreen(self.article_set, pane_ids))
        shown = self._startup_messages[:MAX_STARTUP_TOASTS]
        for message in shown:
            self.notify(message, severity="warning", timeout=10)
        hidden = len(self._startup_messages) - len(shown)
        if hidden > 0:
            self.notify(
                f"…and {hidden} more (all are listed on the terminal when you quit).",
                severity="warning",
                timeout=10,
            )
        if self.store is not None and self.store.notice:
            self.notify(self.store.notice, severity="warning", timeout=10)

    def watch_theme(self, theme: str) -> None:
        if self.store is not None and not self.store.read_only:
            self.store.set_setting("theme", theme)

    def remember_panes(self, ids: Sequence[str]) -> None:
        """Persist which article is in which pane (restored on the next launch)."""
        if self.store is not None and not self.store.read_only:
            self.store.set_pane_articles(list(ids))

    # ------------------------------------------------------------------ keys

    def key_sources(self) -> list[tuple[str, str, Iterable[BindingType]]]:
        """Every bindings list, by area, for help and the palette."""
        sources: list[tuple[str, str, Iterable[BindingType]]] = [
            ("General", "app", self.BINDINGS),
            ("Panes", "screen", ReaderScreen.BINDINGS),
            ("Annotations and search", "screen", AnnotatingScreen.BINDINGS),
            ("Claims", "screen", ClaimingScreen.BINDINGS),
            ("Quotes panel", "#quotes-panel", QuotesPanel.BINDINGS),
            ("Claims panel", "#claims-panel", ClaimsPanel.BINDINGS),
            ("Tags panel", "#tags-panel", TagsPanel.BINDINGS),
            ("Cursor and selection", "pane", ArticlePane.BINDINGS),
        ]
        return sources

    def key_entries(self) -> list[KeyEntry]:
        return catalogue(self.key_sources(), self._keymap)

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
            return
        self.push_screen(HelpScreen(self.key_entries()))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        reader = next((s for s in self.screen_stack if isinstance(s, ReaderScreen)), None)
        for entry in self.key_entries():
            if entry.owner == "app" and entry.action in {"quit"}:
                continue
            yield SystemCommand(
                f"{entry.area}: {entry.description}",
                f"{entry.tooltip} [{entry.keys}]" if entry.tooltip else f"[{entry.keys}]",
                self._runner(entry, reader),
            )

    def _runner(self, entry: KeyEntry, reader: ReaderScreen | None) -> Any:
        async def run() -> None:
            if entry.owner == "app":
                await self.run_action(entry.action)
            elif reader is not None and entry.owner == "screen":
                await reader.run_action(entry.action)
            elif reader is not None and entry.owner.startswith("#"):
                await reader.query_one(entry.owner).run_action(entry.action)
            elif reader is not None and reader.active_pane is not None:
                await reader.active_pane.run_action(entry.action)

        return run
