"""The main screen: side panel (articles, quotes, claims, tags) and 2-4 article panes."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer, Static, TabbedContent, TabPane

from articles.model import Article, ArticleSet
from tui.widgets.article_list import ArticleList
from tui.widgets.article_pane import ArticlePane

MIN_PANE_WIDTH = 56
"""A pane narrower than this reads badly; extra panes appear only when they fit."""
STACK_BELOW = 70
"""Below this many columns for the panes, they are stacked instead of side by side."""
SIDE_PANEL_MIN_WIDTH = 110
"""The side panel shows by default only on terminals at least this wide."""
SIDE_PANEL_WIDTH = 34
"""Keep in step with the #side width in DEFAULT_CSS."""


class ReaderScreen(Screen[None]):
    """Articles side by side, with the panels that link them."""

    BINDINGS: list[BindingType] = [
        Binding(
            "c",
            "cycle_article(1)",
            "Next article in pane",
            id="reader.next_article",
            tooltip="Show the next article of the set in this pane",
        ),
        Binding(
            "C",
            "cycle_article(-1)",
            "Previous article in pane",
            id="reader.prev_article",
            show=False,
            tooltip="Show the previous article of the set in this pane",
        ),
        Binding(
            "s", "toggle_sync", "Sync scroll", id="reader.sync", tooltip="Scroll all panes together"
        ),
        Binding(
            "f",
            "toggle_furniture",
            "Page furniture",
            id="reader.furniture",
            show=False,
            tooltip="Show or fold site chrome (navigation, newsletters, footers)",
        ),
        Binding(
            "p,f2",
            "toggle_panel",
            "Side panel",
            id="reader.panel",
            show=False,
            tooltip="Show or hide the side panel (articles, quotes, claims, tags)",
        ),
        Binding(
            "1",
            "show_tab('articles')",
            "Articles tab",
            id="reader.tab_articles",
            show=False,
            tooltip="Open the Articles tab of the side panel",
        ),
    ]

    DEFAULT_CSS = """
    ReaderScreen { layout: vertical; }
    #main { height: 1fr; }
    #side { width: 34; border-right: vkey $panel-lighten-2; }
    #side.-hidden { display: none; }
    #panes { width: 1fr; layout: horizontal; }
    #panes.-stacked { layout: vertical; }
    #panes > ArticlePane { width: 1fr; height: 1fr; }
    #status { height: 1; padding: 0 1; background: $panel; color: $text-muted; }
    """

    sync_scroll: var[bool] = var(False, bindings=True)
    """Whether scrolling one pane scrolls the others to the same place."""
    show_furniture: var[bool] = var(False)
    """Whether site chrome is shown (dimmed) instead of folded away."""

    def __init__(self, article_set: ArticleSet, pane_ids: Sequence[str] = ()) -> None:
        super().__init__()
        self.article_set = article_set
        self._initial_ids = list(pane_ids)
        self.active_pane: ArticlePane | None = None
        self._panel_forced: bool | None = None

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="side"), TabbedContent(id="tabs", initial="articles"):
                with TabPane("Articles", id="articles"):
                    yield ArticleList(self.article_set.articles, id="article-list")
            yield Container(id="panes")
        yield Static("", id="status")
        yield Footer()

    def on_mount(self) -> None:
        self._fit_panes(self.app.size.width)
        panes = self.panes
        if panes:
            panes[0].focus()
            self.active_pane = panes[0]

    def on_resize(self) -> None:
        self._fit_panes(self.app.size.width)

    @property
    def panes(self) -> list[ArticlePane]:
        return list(self.query_one("#panes").query_children(ArticlePane))

    def pane_ids(self) -> list[str]:
        return [p.article.id for p in self.panes]

    def _panel_visible(self, width: int) -> bool:
        if self._panel_forced is not None:
            return self._panel_forced
        return width >= SIDE_PANEL_MIN_WIDTH

    def _fit_panes(self, width: int) -> None:
        """Show the side panel, and 2-4 panes side by side or stacked, for this width."""
        side = self.query_one("#side")
        panel = self._panel_visible(width)
        side.set_class(not panel, "-hidden")
        available = width - (SIDE_PANEL_WIDTH if panel else 0)
        container = self.query_one("#panes")
        stacked = available < STACK_BELOW
        container.set_class(stacked, "-stacked")
        articles = self.article_set.articles
        wanted = 2 if stacked else max(2, min(4, available // MIN_PANE_WIDTH))
        wanted = max(1, min(wanted, len(articles)))
        panes = self.panes
        if len(panes) == wanted:
            return
        ids = [p.article.id for p in panes] or self._initial_ids
        chosen = self._choose_ids(ids, wanted)
        for pane in panes[wanted:]:
            if pane is self.active_pane:
                self.active_pane = None
            pane.remove()
        new = [self._make_pane(article_id) for article_id in chosen[len(panes) :]]
        if new:
            container.mount_all(new)
        self._persist_panes(chosen)

    def _choose_ids(self, ids: Sequence[str], count: int) -> list[str]:
        known = [i for i in ids if self.article_set.by_id(i) is not None]
        chosen: list[str] = []
        for article_id in [*known, *self.article_set.ids]:
            if article_id not in chosen:
                chosen.append(article_id)
            if len(chosen) == count:
                break
        return chosen

    def _make_pane(self, article_id: str) -> ArticlePane:
        article = self.article_set.by_id(article_id)
        assert article is not None
        pane = ArticlePane(article)
        pane.show_furniture = self.show_furniture
        self._title_pane(pane)
        return pane

    def _title_pane(self, pane: ArticlePane) -> None:
        article = pane.article
        number = self.article_set.ids.index(article.id) + 1
        outlet = f" · {article.meta.outlet}" if article.meta.outlet else ""
        pane.border_title = f"{number}/{len(self.article_set.articles)}{outlet}"
        pane.border_subtitle = article.id

    def _persist_panes(self, ids: Sequence[str] | None = None) -> None:
        """Tell the app which article is in which pane, so it can be restored."""
        ids = list(ids) if ids is not None else self.pane_ids()
        self.app.call_later(self.app.remember_panes, ids)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ panes

    def show_article(self, article: Article, pane: ArticlePane | None = None) -> None:
        """Put ``article`` in ``pane`` (default: the active pane)."""
        pane = pane or self.active_pane or (self.panes[0] if self.panes else None)
        if pane is None:
            return
        pane.set_article(article)
        self._title_pane(pane)
        self._persist_panes()
        self.on_article_shown(pane)

    def on_article_shown(self, pane: ArticlePane) -> None:
        """Hook for highlights that depend on the article (quotes, annotations)."""

    @on(ArticlePane.CursorMoved)
    def _cursor_moved(self, event: ArticlePane.CursorMoved) -> None:
        self.active_pane = event.pane
        self.update_status(event.pane)

    def update_status(self, pane: ArticlePane) -> None:
        sentence = pane.sentence
        article = pane.article
        where = ""
        if sentence is not None:
            paragraph = article.paragraphs[sentence.paragraph]
            where = (
                f"¶{paragraph.index + 1} · sentence {sentence.index + 1}/{len(article.sentences)}"
            )
        selection = pane.selection_span()
        if selection:
            where += f" · selecting {selection[1] - selection[0]} chars (t tag, a annotate, esc)"
        info = self.status_details(pane)
        self.query_one("#status", Static).update(" · ".join(x for x in (where, info) if x))

    def status_details(self, pane: ArticlePane) -> str:
        """Extra context for the status line (the quote's speaker, the annotation's note)."""
        return ""

    def on_descendant_focus(self, event: object) -> None:
        focused = self.focused
        if isinstance(focused, ArticlePane):
            self.active_pane = focused
            self.update_status(focused)

    @on(ArticleList.Chosen)
    def _article_chosen(self, event: ArticleList.Chosen) -> None:
        article = self.article_set.by_id(event.article_id)
        if article is not None:
            self.show_article(article)
            if self.active_pane is not None:
                self.active_pane.focus()

    @on(ArticlePane.Scrolled)
    def _pane_scrolled(self, event: ArticlePane.Scrolled) -> None:
        if not self.sync_scroll:
            return
        for pane in self.panes:
            if pane is not event.pane:
                pane.sync_to(event.fraction)

    # ------------------------------------------------------------------ actions

    def action_cycle_article(self, step: int) -> None:
        pane = self.active_pane
        if pane is None:
            return
        ids = self.article_set.ids
        index = (ids.index(pane.article.id) + step) % len(ids)
        article = self.article_set.articles[index]
        self.show_article(article, pane)

    def action_toggle_sync(self) -> None:
        self.sync_scroll = not self.sync_scroll
        self.notify(f"Synchronised scrolling {'on' if self.sync_scroll else 'off'}")

    def action_toggle_furniture(self) -> None:
        self.show_furniture = not self.show_furniture
        for pane in self.panes:
            pane.show_furniture = self.show_furniture
        self.notify("Page furniture " + ("shown" if self.show_furniture else "folded"))

    def action_toggle_panel(self) -> None:
        side = self.query_one("#side")
        self._panel_forced = side.has_class("-hidden")
        self._fit_panes(self.app.size.width)

    def action_show_tab(self, tab: str) -> None:
        if self.query_one("#side").has_class("-hidden"):
            self._panel_forced = True
            self._fit_panes(self.app.size.width)
        self.query_one("#tabs", TabbedContent).active = tab
        pane = self.query_one(f"#{tab}", TabPane)
        focusable = [w for w in pane.query("*") if w.can_focus]
        if focusable:
            focusable[0].focus()
