"""The Textual application: wires the article set, the store and settings; thin by design."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.screen import Screen

from articles.model import Article, ArticleSet
from tui.keys import KeyEntry, catalogue
from tui.screens.annotating import AnnotatingScreen
from tui.screens.claiming import ClaimingScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.article_pane import ArticlePane

if TYPE_CHECKING:
    from store import Store


def orphan_message(count: int) -> str:
    return (
        f"{count} annotation(s) could not be placed in the changed text; "
        "they are kept and listed as orphaned in the Tags tab (4)."
    )


def placing_messages(store: Store, article_set: ArticleSet) -> list[str]:
    """Place the set's annotations in today's texts (see :meth:`Store.reanchor`) and
    say what the user must know: passages not found, passages reworded since."""
    messages = []
    orphans = store.reanchor(article_set)
    if orphans:
        messages.append(orphan_message(len(orphans)))
    reworded = store.reworded(article_set)
    if reworded:
        messages.append(
            f"{len(reworded)} annotated passage(s) now read differently in their article "
            "(the text changed since you annotated them); exports give both wordings."
        )
    gone = store.files_gone(article_set)
    if gone:
        shown = ", ".join(gone[:3]) + (f" and {len(gone) - 3} more" if len(gone) > 3 else "")
        count = sum(1 for a in store.annotations() if a.anchor.source in set(gone))
        messages.append(
            f"{count} annotation(s) are on files that are no longer there ({shown}); they "
            "are kept, and placed again if the files come back."
        )
    return messages


MAX_STARTUP_TOASTS = 4
"""Problems found while opening are toasted up to this many; all are printed on exit."""


_TAB_OF = {
    "#article-list": "articles",
    "#quotes-panel": "quotes",
    "#claims-panel": "claims",
    "#tags-panel": "tags",
}
"""The side panel's tab that holds each list (for palette commands run from elsewhere)."""


class BriefReaderApp(App[int]):
    """briefreader: news articles side by side."""

    TITLE = "briefreader"
    CSS_PATH = "briefreader.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit briefreader"),
        Binding(
            "question_mark,f1", "help", "Help", id="app.help", tooltip="Show every key binding"
        ),
        Binding(
            "ctrl+p",
            "command_palette",
            "palette",  # as Textual's footer names it: short at narrow widths
            id="app.palette",
            show=False,
            tooltip="The command palette: find any action by name",
        ),
        Binding(
            "ctrl+z",
            "suspend_process",
            "Suspend",
            id="app.suspend",
            show=False,
            tooltip="Suspend to the shell (fg brings the reader back)",
        ),
    ]

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Toasts show what users and articles wrote (notes, tags, searches,
        headlines): never read as markup, where '[/b]' would crash the app."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    async def run_async(self, **options: Any) -> Any:
        """Run; then, the terminal restored, ``after_run`` (before asyncio waits for the
        worker threads: see :func:`tui.launch.leave_if_busy`)."""
        try:
            return await super().run_async(**options)
        finally:
            if self.after_run is not None:
                self.after_run()

    after_run: Callable[[], None] | None = None
    """Called when the app has stopped and restored the terminal (set by the launcher)."""

    @contextlib.contextmanager
    def working(self, *, droppable: bool) -> Iterator[None]:
        """Mark the calling worker thread busy while inside; ``droppable``: its work may
        be dropped at exit (reading and analysing the set: a cache), unlike an export."""
        ident = threading.get_ident()
        self.busy_threads[ident] = droppable
        try:
            yield
        finally:
            self.busy_threads.pop(ident, None)

    _quit_warned: object
    """The dialog whose unsaved text a quit warned of: a second quit leaves it."""

    async def action_quit(self) -> None:
        """Quit; a dialog holding text not yet saved asks for a second quit first
        (ctrl+q in the annotate dialog threw a long note away)."""
        unsaved = getattr(self.screen, "has_unsaved", None)
        if callable(unsaved) and unsaved() and self._quit_warned is not self.screen:
            self._quit_warned = self.screen
            self.notify(
                "This dialog holds text not saved yet: ctrl+s (or enter) saves it; "
                "quit again to leave without it.",
                title="Quit?",
                severity="warning",
                timeout=8,
            )
            return
        self.exit()

    def action_suspend_process(self) -> None:
        """ctrl+z: to the shell, when a shell can bring the reader back (``fg``)."""
        if not job_control():
            self.notify(
                "ctrl+z: no shell here can bring the reader back (it was started without "
                "one, as tmux or ssh -t start a command), so it is not suspended.",
                severity="warning",
                timeout=8,
            )
            return
        super().action_suspend_process()

    def action_help_quit(self) -> None:
        """ctrl+c: say how to quit (Textual's own message is markup, shown plain here)."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(f"Press {key} to quit the app", title="Do you want to quit?")
                return

    def __init__(
        self,
        article_set: ArticleSet | None,
        store: Store | None = None,
        *,
        keymap: Mapping[str, str] | None = None,
        startup_messages: Sequence[str] = (),
        loader: Callable[[], ArticleSet] | None = None,
        loading_message: str = "Opening articles…",
        on_first_frame: Callable[[], None] | None = None,
    ) -> None:
        """``article_set`` None: ``loader`` reads it in a worker while a progress bar shows.

        ``on_first_frame`` is called once the first screen (the reader, or the
        progress bar while a large set loads) has been painted.
        """
        super().__init__()
        self._quit_warned = None
        self.busy_threads: dict[int, bool] = {}
        """Worker threads at work, and whether their work may be dropped (see working)."""
        self._on_first_frame = on_first_frame
        self.article_set = article_set or ArticleSet(())
        self.store = store
        self._loader = loader if article_set is None else None
        self._loading_message = loading_message
        self._startup_messages = list(startup_messages)
        if keymap:
            # Only entries that make their key fire: help shows the keymap in force.
            from tui.key_scopes import checked_keymap, class_bindings

            accepted, problems = checked_keymap(keymap, class_bindings(type(self)))
            self._startup_messages.extend(problems)
            self.set_keymap(accepted)
        from store.preferences import preference

        # the set's own theme, else the one the user chose last anywhere
        saved_theme = store.setting("theme") if store is not None else None
        if not isinstance(saved_theme, str):
            saved_theme = preference("theme")
        if isinstance(saved_theme, str) and saved_theme in self.available_themes:
            self.theme = saved_theme

    def get_default_screen(self) -> Screen[Any]:
        """The reader itself when the set is already read: the first screen painted.

        A screen pushed over the default one would cost a second screen's
        mount and styling before the first frame.
        """
        if self._loader is not None:
            return super().get_default_screen()
        reader = self._reader()
        self._after_first_frame(reader)
        return reader

    def on_mount(self) -> None:
        # Back from ctrl+z (fg): draw everything again; Textual 8.2 left the screen
        # blank until each part changed (Textualize/textual#6298).
        self.app_resume_signal.subscribe(self, lambda _: self.refresh(layout=True))
        if self._loader is not None:
            from tui.screens.loading import LoadingScreen

            loading = LoadingScreen(self._loading_message)
            self._after_first_frame(loading)
            self.push_screen(loading)
            self._load(self._loader)
            return
        self._announce()

    def _after_first_frame(self, screen: Screen[Any]) -> None:
        """Run ``on_first_frame`` once ``screen`` (not yet mounted) has been painted.

        Queued on the screen before it mounts, so it runs before the screen's
        own after-first-frame work (the analysis worker among it).
        """
        if self._on_first_frame is not None:
            screen.call_after_refresh(self._first_frame_shown)

    def _first_frame_shown(self) -> None:
        callback, self._on_first_frame = self._on_first_frame, None
        if callback is not None:
            callback()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _load(self, loader: Callable[[], ArticleSet]) -> None:
        """Read the set (and place its annotations) off the UI thread."""
        from tui.commands.common import problem_lines

        try:
            with self.working(droppable=True):
                article_set = loader()
            messages = problem_lines(article_set)
            if self.store is not None:
                article_set = self.store.apply_corrections(article_set)
                messages += placing_messages(self.store, article_set)
        except Exception as error:  # a clear message, never a traceback
            self.call_from_thread(self._load_failed, f"{type(error).__name__}: {error}")
            return
        self.call_from_thread(self._loaded, article_set, messages)

    def _load_failed(self, error: str) -> None:
        self.exit(return_code=1, message=f"briefreader: could not open the articles: {error}")

    def _loaded(self, article_set: ArticleSet, messages: list[str]) -> None:
        if not article_set.articles:
            self.exit(return_code=2, message="briefreader: no readable articles")
            return
        self.article_set = article_set
        self._startup_messages.extend(messages)
        self.pop_screen()
        self.push_screen(self._reader())
        self._announce()

    @property
    def startup_messages(self) -> list[str]:
        """What the user was told about the input and the store (printed again on exit)."""
        return list(self._startup_messages)

    def _reader(self) -> ReaderScreen:
        pane_ids = self.store.pane_articles(self.article_set) if self.store is not None else []
        return ReaderScreen(self.article_set, pane_ids)

    def _announce(self) -> None:
        """Toast what the user should know about the input and the store."""
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
            with contextlib.suppress(Exception):  # (a full disk: a preference, not work)
                self.store.set_setting("theme", theme)
        from store.preferences import set_preference

        set_preference("theme", theme)  # for the sets opened next

    def remember_panes(self, ids: Sequence[str]) -> None:
        """Persist which article is in which pane (restored on the next launch)."""
        if self.store is not None and not self.store.read_only:
            with contextlib.suppress(Exception):  # (a full disk: which pane, not work)
                self.store.set_pane_articles(list(ids), self.article_set)

    # ------------------------------------------------------------------ keys

    def key_sources(self) -> list[tuple[str, str, Iterable[BindingType]]]:
        """Every bindings list, by area, for help and the palette."""
        # The panels' modules load with the side panel, after the first frame.
        from tui.screens.help import HelpScreen
        from tui.screens.matrix import MatrixScreen
        from tui.screens.variants import VariantsScreen
        from tui.widgets.article_list import ArticleList
        from tui.widgets.claims_panel import ClaimsPanel
        from tui.widgets.list_keys import LIST_BINDINGS
        from tui.widgets.quotes_panel import QuotesPanel
        from tui.widgets.tags_panel import TagsPanel

        def own(bindings: Iterable[BindingType]) -> list[BindingType]:
            """A list's bindings but the keys every list shares (listed once)."""
            return [b for b in bindings if b not in LIST_BINDINGS]

        sources: list[tuple[str, str, Iterable[BindingType]]] = [
            ("General", "app", self.BINDINGS),
            ("Panes", "screen", ReaderScreen.BINDINGS),
            ("Side-panel lists", "list", LIST_BINDINGS),
            ("Articles list", "#article-list", own(ArticleList.BINDINGS)),
            ("Annotations and search", "screen", AnnotatingScreen.BINDINGS),
            ("Claims", "screen", ClaimingScreen.BINDINGS),
            ("Quotes panel", "#quotes-panel", own(QuotesPanel.BINDINGS)),
            ("Claims panel", "#claims-panel", own(ClaimsPanel.BINDINGS)),
            ("Tags panel", "#tags-panel", own(TagsPanel.BINDINGS)),
            ("Cursor and selection", "pane", ArticlePane.BINDINGS),
            # the views over the reader: their keys close them (not palette commands)
            ("Help", "view:help", HelpScreen.BINDINGS),
            ("Coverage matrix", "view:matrix", MatrixScreen.BINDINGS),
            ("Utterance variants", "view:variants", VariantsScreen.BINDINGS),
        ]
        return sources

    def key_entries(self) -> list[KeyEntry]:
        return catalogue(self.key_sources(), self._keymap)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
            return
        self.push_screen(HelpScreen(self.key_entries()))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        # Textual's own "Quit" gives way to the app's, which shows its key
        yield from (c for c in super().get_system_commands(screen) if c.title != "Quit")
        reader = next((s for s in self.screen_stack if isinstance(s, ReaderScreen)), None)
        for entry in self.key_entries():
            if entry.owner == "app" and entry.action == "command_palette":
                continue
            if entry.owner == "list" or entry.owner.startswith("view:"):
                continue  # moving a list's highlight, closing a view: keys, not commands
            if reader is not None and not reader.offers(entry.owner, entry.action):
                continue  # a write to a read-only store
            keys = _literal(f"[{entry.keys}]")
            yield SystemCommand(
                f"{entry.area}: {entry.description}",
                f"{_literal(entry.tooltip)} {keys}" if entry.tooltip else keys,
                self._runner(entry, reader),
            )
        if reader is not None:
            yield from self._article_commands(reader)

    def _article_commands(self, reader: ReaderScreen) -> Iterable[SystemCommand]:
        """One command per article: find one by number, outlet, headline or file among
        hundreds, and show it in the active pane (the list has no search of its own)."""
        from tui.labels import article_names

        article_set = reader.article_set
        names = article_names(article_set)
        for article in article_set.articles:

            def show(article: Article = article) -> None:
                reader.show_article(article)
                if reader.active_pane is not None:
                    reader.active_pane.focus()

            yield SystemCommand(
                f"Article {names[article.id]} — {article.title}",
                _literal(f"{article_set.place(article)}: show it in the active pane"),
                show,
            )

    def _runner(self, entry: KeyEntry, reader: ReaderScreen | None) -> Any:
        async def run() -> None:
            if entry.owner == "app":
                await self.run_action(entry.action)
            elif reader is not None and entry.owner == "screen":
                await reader.run_action(entry.action)
            elif reader is not None and entry.owner.startswith("#"):
                # A list's action acts on its highlighted entry: one the user can see.
                # From elsewhere, show the list first and let them choose.
                found = reader.query(entry.owner)
                widget = found.first() if found else None
                if widget is None or reader.focused is not widget:
                    tab = _TAB_OF.get(entry.owner)
                    if tab:
                        reader.action_show_tab(tab)
                    self.notify(f"{entry.description}: choose an entry in this list, then again.")
                    return
                await widget.run_action(entry.action)
            elif reader is not None and reader.active_pane is not None:
                await reader.active_pane.run_action(entry.action)

        return run


def _literal(text: str) -> str:
    """``text`` as palette markup that shows it as written.

    Every "[" is escaped: ``textual.markup.escape`` leaves "[E]" alone (it escapes
    only what starts like a lower-case tag), and the palette then read the key of
    "Edit annotation" as a tag and showed nothing.
    """
    return text.replace("[", "\\[")


def job_control() -> bool:
    """Whether a job-control shell started the reader, to resume it after ctrl+z: the
    reader is then in a process group of its own, not its shell's, and no session
    leader (``tmux new briefreader`` or ``ssh -t host briefreader`` make it one, or run
    it in their ``sh -c``'s group: suspended there, it froze the terminal for good)."""
    try:
        if os.getsid(0) == os.getpid():
            return False
        return os.getpgrp() != os.getpgid(os.getppid())
    except (AttributeError, OSError):  # (not on Unix, or the parent is gone)
        return False
