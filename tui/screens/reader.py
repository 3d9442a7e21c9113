"""The main screen: side panel (articles, quotes, claims, tags) and 2-4 article panes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, cast

from rich.style import Style
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.markup import escape
from textual.reactive import var
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from articles.model import Article, ArticleSet
from articles.wording import counted
from tui.labels import article_name, article_names
from tui.messages import AnalysisFailed, AnalysisProgress, AnalysisReady, PanelReady
from tui.screens.claiming import CLAIMS_SORT_SETTING, ClaimingScreen
from tui.shorten import clip
from tui.widgets.article_pane import ArticlePane, Mark

if TYPE_CHECKING:
    from textual.widgets import ProgressBar, TabbedContent

    from tui.app import BriefReaderApp
    from tui.widgets.article_list import ArticleList
    from tui.widgets.quotes_panel import QuotesPanel

CLAIM_STYLE = Style(underline=True, bold=True)
"""The chosen claim's passages (on top of quote colours and the cursor)."""
MIN_PANE_WIDTH = 50
NARROWEST_PANE = 34
"""The narrowest pane P may ask for: a newspaper column of text."""
"""A pane narrower than this reads badly; extra panes appear only when they fit."""
STACK_BELOW = 70
"""Below this many columns for the panes, they are stacked instead of side by side."""
SIDE_PANEL_MIN_WIDTH = 110
"""The side panel shows by default only on terminals at least this wide."""
SIDE_PANEL_WIDTH = 34
"""The side panel's least width; keep in step with the #side width in DEFAULT_CSS."""
SIDE_PANEL_EXTRA = 26
"""How much wider the side panel grows when the panes leave room (see _side_width)."""


STORE_WRITES = frozenset(
    {
        "tag",
        "annotate",
        "edit_annotation",
        "delete_annotation",
        "undo",
        "create_claim",
        "add_to_claim",
        "remove_from_claim",
        "split_claim",
        "cycle_role",
        "edit_metadata",
    }
)
"""The screen's actions that change the store (the side panels guard their own)."""


class ReaderScreen(ClaimingScreen):
    """Articles side by side, with the panels that link them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "tab",
            "app.focus_next",
            "Next pane or panel",
            id="reader.focus_next",
            show=False,
            tooltip="Move the focus: panes, then the side panel's tabs and list",
        ),
        Binding(
            "shift+tab",
            "app.focus_previous",
            "Previous pane or panel",
            id="reader.focus_previous",
            show=False,
            tooltip="Move the focus back: the side panel's list and tabs, then the panes",
        ),
        Binding(
            "c",
            "cycle_article(1)",
            "Next article in pane",
            id="reader.next_article",
            show=False,
            tooltip="In this pane, the next article no other pane shows "
            "(all shown: swap with the pane showing the next one)",
        ),
        Binding(
            "C",
            "cycle_article(-1)",
            "Previous article in pane",
            id="reader.prev_article",
            show=False,
            tooltip="In this pane, the previous article no other pane shows "
            "(all shown: swap with the pane showing the previous one)",
        ),
        Binding(
            "M",
            "edit_metadata",
            "Correct headline/outlet/date",
            id="reader.metadata",
            show=False,
            tooltip="Correct this article's headline, outlet and date (kept in the store)",
        ),
        Binding(
            "s",
            "toggle_sync",
            "Sync scroll",
            id="reader.sync",
            tooltip="Scroll all panes together",
            show=False,  # the footer keeps room for Quit and Help at 80 columns
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
            "P",
            "cycle_panes",
            "Number of panes",
            id="reader.panes",
            show=False,
            tooltip="Show 2, 3 or 4 articles side by side (cycles; then back to what "
            "the terminal's width fits)",
        ),
        Binding(
            "]",
            "jump_quote(1)",
            "Next quotation",
            id="reader.next_quote",
            show=False,
            tooltip="Jump to the next quotation in this pane",
        ),
        Binding(
            "[",
            "jump_quote(-1)",
            "Previous quotation",
            id="reader.prev_quote",
            show=False,
            tooltip="Jump to the previous quotation in this pane",
        ),
        Binding(
            "2",
            "show_tab('quotes')",
            "Quotes tab",
            id="reader.tab_quotes",
            show=False,
            tooltip="Open the Quotes tab of the side panel",
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
    /* a pane that omits the chosen claim: dashed (never the focus's look, whatever
       the theme's colours), in $error, as $warning is $accent in the default theme;
       with the focus, the focus colour */
    #panes > ArticlePane.-omits { border: dashed $error; border-subtitle-color: $error; }
    #panes > ArticlePane.-omits:focus { border: dashed $accent; }
    #progress { height: 1; padding: 0 1; }
    #progress.-done { display: none; }
    #status {
        height: 1; padding: 0 1; background: $panel; color: $text-muted;
        text-wrap: nowrap; text-overflow: ellipsis;
    }
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
        self._panes_forced: int | None = None
        """The number of panes the user chose (P), or None: what the width fits."""
        self._speaker_styles: dict[str | None, Style] = {}
        self._resumed = False
        self._wanted_tab = "articles"
        """The side-panel tab to show once the tabs exist (a key may come first)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that write to a read-only store are shown dimmed and do nothing.

        The status line says "read-only" and the launch notice says why.
        """
        if action in STORE_WRITES and self.store is not None and self.store.read_only:
            return None
        return True

    def on_key(self, event: events.Key) -> None:
        """A key that would write to a read-only store says why it does nothing (it is
        dimmed in the footer, and was otherwise silent)."""
        if self.store is None or not self.store.read_only:
            return
        # (the keys dimmed in a read-only instance are those that write: the panes',
        # and the Claims and Tags lists' decisions)
        bound = self.active_bindings.get(event.key)
        if bound is not None and not bound.enabled:
            self.notify(
                f"{bound.binding.description}: the store is open read-only, "
                "nothing can be saved (see the notice at launch).",
                severity="warning",
            )

    def offers(self, owner: str, action: str) -> bool:
        """Whether the action of a binding owned by this screen or one of its panels can run."""
        name = action.partition("(")[0]
        if owner == "screen":
            return self.check_action(name, ()) is True
        found = self.query(owner) if owner.startswith("#") else None
        return not found or found.first().check_action(name, ()) is True

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            # The side panel's contents mount right after the first paint (_mount_side).
            yield Vertical(id="side")
            # The first panes are composed with the screen (no second mount before the
            # first paint); _fit_panes adjusts them when the terminal is resized.
            _panel, stacked, wanted = self._layout_for(self.app.size.width)
            ids = self._choose_ids(self._initial_ids, wanted)
            with Container(id="panes", classes="-stacked" if stacked else ""):
                yield from (self._make_pane(article_id) for article_id in ids)
        # The analysis progress bar mounts into this row after the first frame.
        yield Horizontal(id="progress")
        yield Static("", id="status", markup=False)
        yield Footer()

    def _side_tabs(self) -> TabbedContent:
        """The side panel's tabs; the hidden tabs' panels mount when first idle (Lazy).

        Their modules (and Textual's tabs) are imported here, after the first frame.
        """
        from textual.widgets import TabbedContent, TabPane

        from tui.widgets.article_list import ArticleList
        from tui.widgets.claims_panel import ClaimsPanel
        from tui.widgets.lazy import Lazy
        from tui.widgets.quotes_panel import QuotesPanel
        from tui.widgets.tags_panel import TagsPanel

        tabs = TabbedContent(id="tabs", initial=self._wanted_tab)
        read_only = self.store is not None and self.store.read_only
        articles = ArticleList(self.article_set.articles, id="article-list")
        tabs.compose_add_child(TabPane("Articles", articles, id="articles"))
        # PanelReady fills these once they are mounted.
        tabs.compose_add_child(TabPane("Quotes", Lazy(QuotesPanel(id="quotes-panel")), id="quotes"))
        sort_by = self._setting(CLAIMS_SORT_SETTING, "reach")
        claims = ClaimsPanel(id="claims-panel", read_only=read_only, sort_by=str(sort_by))
        tags = TagsPanel(id="tags-panel", read_only=read_only)
        tabs.compose_add_child(TabPane("Claims", Lazy(claims), id="claims"))
        tabs.compose_add_child(TabPane("Tags", Lazy(tags), id="tags"))
        return tabs

    def _mount_side(self) -> None:
        """Fill the side panel and the progress row after the first frame.

        The article text comes first; the rows keep their place meanwhile, so
        the panes do not move.  Nothing to fill when the reader is already gone.
        """
        from textual.widgets import ProgressBar

        rows = [*self.query("#side"), *self.query("#progress")]
        if len(rows) < 2 or not all(row.is_attached for row in rows):
            return  # quit before the first frame was followed up
        side, progress = rows
        side.mount(self._side_tabs())
        progress.mount(ProgressBar(total=1.0, show_eta=False, id="progress-bar"))

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Runs before Screen's own handler.  The first resume follows the mount,
        # which has just styled every widget: restyling the whole screen again
        # would only delay the first frame.  Later resumes (after a dialog, a
        # theme change meanwhile) restyle as usual.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_mount(self) -> None:
        self.call_after_refresh(self._mount_side)
        self._fit_panes(self.app.size.width)
        self.call_after_refresh(self._persist_panes)  # a store write: after the first frame
        panes = self.panes
        if panes:
            panes[0].focus()
            self.active_pane = panes[0]
            self.call_after_refresh(self.update_status, panes[0])
        self.refresh_tags()
        # After the first frame: the worker's imports and analysis would hold the
        # GIL while the main thread composes and paints it.
        self.call_after_refresh(self.analyse)

    # ------------------------------------------------------------------ analysis

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self) -> None:
        """Quotes and claims in a thread; the text is readable meanwhile."""
        # Imported here: the analysis modules are not needed for the first paint.
        from store.analysis_cache import default_cache
        from tui.analysis import AnalysisStopped, analyse_set

        worker = get_current_worker()
        shown = [-1.0]

        def progress(step: str, fraction: float) -> None:
            if worker.is_cancelled:
                # the reader quit (or the set changed): stop at the next article, or
                # quitting waits for the whole analysis on a blank terminal
                raise AnalysisStopped
            if fraction - shown[0] >= 0.01 or fraction >= 1.0:
                shown[0] = fraction
                self.post_message(AnalysisProgress(step, fraction))

        try:
            with cast("BriefReaderApp", self.app).working(droppable=True):
                result = analyse_set(self.article_set, progress=progress, cache=default_cache())
        except AnalysisStopped:
            return
        except Exception as error:  # the reader must survive a failed analysis
            self.post_message(AnalysisFailed(f"{type(error).__name__}: {error}"))
            return
        if not worker.is_cancelled:
            self.post_message(AnalysisReady(result))

    @on(AnalysisProgress)
    def _analysis_progress(self, event: AnalysisProgress) -> None:
        for bar in self.query("#progress-bar"):  # mounted after the first frame
            cast("ProgressBar", bar).update(progress=event.fraction)
            bar.border_title = event.step

    @on(AnalysisFailed)
    def _analysis_failed(self, event: AnalysisFailed) -> None:
        self.query_one("#progress").add_class("-done")
        self.notify(f"Analysis failed: {event.error}", severity="error", timeout=10)

    @on(AnalysisReady)
    def _analysis_ready(self, event: AnalysisReady) -> None:
        self.analysis = event.analysis
        self.query_one("#progress").add_class("-done")
        quotes = event.analysis.quotes
        from tui.colours import speaker_styles

        self._speaker_styles = speaker_styles(quotes.speakers())
        self._fill_quotes_panel()
        self.set_claims(self.with_decisions(event.analysis.claims))
        for pane in self.panes:
            self.decorate(pane)
        if self.active_pane is not None:
            self.update_status(self.active_pane)

    def _fill_quotes_panel(self) -> None:
        if self.analysis is None:
            return
        for panel in self.query("QuotesPanel"):  # by name: see _side_tabs
            cast("QuotesPanel", panel).show_analysis(
                self.analysis.quotes, self._speaker_styles, len(self.article_set.articles)
            )

    @on(PanelReady)
    def _panel_ready(self, event: PanelReady) -> None:
        from tui.widgets.claims_panel import ClaimsPanel
        from tui.widgets.quotes_panel import QuotesPanel
        from tui.widgets.tags_panel import TagsPanel

        if isinstance(event.panel, QuotesPanel):
            self._fill_quotes_panel()
        elif isinstance(event.panel, ClaimsPanel):
            if self.analysis is not None:
                event.panel.show_claims(self.claims, len(self.article_set.articles))
        elif isinstance(event.panel, TagsPanel):
            self.refresh_tags()

    def decorate(self, pane: ArticlePane) -> None:
        """Set the pane's highlight layers for its article."""
        pane.set_marks("annotations", self.annotation_marks(pane))
        pane.set_marks(
            "search",
            [
                Mark(s, e, Style(reverse=True, bold=True))
                for a, s, e in self.matches
                if a == pane.article.id
            ],
        )
        if self.analysis is None:
            return
        quotes = self.analysis.quotes.by_article(pane.article.id)
        styles = self._speaker_styles
        pane.set_marks(
            "quotes", [Mark(q.start, q.end, styles.get(q.speaker, Style())) for q in quotes]
        )
        claim = self.claim(self.current_claim)
        passages = claim.passages_in(pane.article.id) if claim else ()
        pane.set_marks("claim", [Mark(m.start, m.end, CLAIM_STYLE) for m in passages])

    def quote_at(self, pane: ArticlePane):  # type: ignore[no-untyped-def]
        """The quotation at the pane's caret, else the first one in its sentence."""
        if self.analysis is None or pane.sentence is None:
            return None
        sentence = pane.sentence
        quotes = self.analysis.quotes.by_article(pane.article.id)
        inside = [q for q in quotes if q.open_mark <= pane.point <= q.end]
        if inside:
            return inside[0]
        return next((q for q in quotes if q.end > sentence.start and q.start < sentence.end), None)

    def action_jump_quote(self, step: int) -> None:
        pane = self.active_pane
        if pane is None or self.analysis is None:
            return
        quotes = self.analysis.quotes.by_article(pane.article.id)
        if step > 0:
            target = next((q for q in quotes if q.start > pane.point), None)
        else:
            target = next((q for q in reversed(quotes) if q.start < pane.point - 1), None)
        if target is None:
            self.notify("No more quotations in this direction.", timeout=2)
            return
        pane.move_cursor_to_offset(target.start, center=False)

    # Panel messages are handled by name (on_<panel>_<message>), not with @on(...):
    # the panel modules are imported with the side panel, after the first frame.
    def on_quotes_panel_utterance_chosen(self, event: QuotesPanel.UtteranceChosen) -> None:
        if self.analysis is None:
            return
        members = self.analysis.quotes.utterance_members(event.utterance)
        missing = []
        for pane in self.panes:
            mine = [q for q in members if q.article_id == pane.article.id]
            if mine:
                pane.move_cursor_to_offset(mine[0].start, center=True)
            else:
                missing.append(article_name(self.article_set, pane.article.id))
        quoting = {q.article_id for q in members}
        names = [name for a, name in article_names(self.article_set).items() if a in quoting]
        message = f"Quoted in {counted(len(names), 'article')}: " + ", ".join(names)
        if missing:
            # (a name may end with its own full stop: one is enough)
            message = message.rstrip(".") + ". Not quoted in pane(s): " + ", ".join(missing)
        self.notify(message, timeout=6)

    def on_quotes_panel_variants_requested(self, event: QuotesPanel.VariantsRequested) -> None:
        if self.analysis is None:
            return
        from tui.screens.variants import VariantsScreen

        members = self.analysis.quotes.utterance_members(event.utterance)
        if not members:
            return
        speaker = members[0].speaker or "Unattributed"
        labels = {a.id: f"{a.meta.outlet or a.id} — {a.title}" for a in self.article_set.articles}
        carried = len({q.article_id for q in members})
        self.app.push_screen(
            VariantsScreen(
                # (a version per article; an article may quote the words in fragments)
                f"{speaker}: {counted(len(members), 'quotation')} in {counted(carried, 'article')}",
                self.analysis.quotes.variants(event.utterance),
                labels,
            )
        )

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

    def _layout_for(self, width: int) -> tuple[bool, bool, int]:
        """(side panel shown, panes stacked, number of panes) for a terminal width."""
        panel = self._panel_visible(width)
        available = width - (SIDE_PANEL_WIDTH if panel else 0)
        stacked = available < STACK_BELOW
        wanted = 2 if stacked else max(2, min(4, available // MIN_PANE_WIDTH))
        if self._panes_forced is not None and not stacked:
            # the user's choice, as long as each pane keeps a readable column
            wanted = max(2, min(self._panes_forced, available // NARROWEST_PANE))
        return panel, stacked, max(1, min(wanted, len(self.article_set.articles)))

    def _side_width(self, width: int, stacked: bool, panes: int) -> int:
        """The side panel's width: its least, plus half of what the panes do not need
        (quotations and claims are read there), never taking a pane away."""
        if stacked:
            return SIDE_PANEL_WIDTH
        spare = width - SIDE_PANEL_WIDTH - panes * MIN_PANE_WIDTH
        return SIDE_PANEL_WIDTH + max(0, min(SIDE_PANEL_EXTRA, spare // 2))

    def _fit_panes(self, width: int) -> None:
        """Show the side panel, and 2-4 panes side by side or stacked, for this width."""
        panel, stacked, wanted = self._layout_for(width)
        side = self.query_one("#side")
        side.set_class(not panel, "-hidden")
        side.styles.width = self._side_width(width, stacked, wanted)
        container = self.query_one("#panes")
        container.set_class(stacked, "-stacked")
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
        """``count`` article ids: those of ``ids`` still open, in order and repeats kept
        (the Articles list may put one article in two panes), then the set's articles
        not shown yet."""
        chosen = [i for i in ids if self.article_set.by_id(i) is not None][:count]
        for article_id in self.article_set.ids:
            if len(chosen) == count:
                break
            if article_id not in chosen:
                chosen.append(article_id)
        return chosen

    def _make_pane(self, article_id: str) -> ArticlePane:
        article = self.article_set.by_id(article_id)
        assert article is not None
        pane = ArticlePane(article)
        pane.show_furniture = self.show_furniture
        self._title_pane(pane)
        self.call_after_refresh(self.decorate, pane)
        return pane

    def _title_pane(self, pane: ArticlePane) -> None:
        """Border title: number and headline (always in view); subtitle: outlet and file."""
        article = pane.article
        number = self.article_set.ids.index(article.id) + 1
        # titles are markup: what the article or the user wrote is escaped
        pane.border_title = escape(f"{number}/{len(self.article_set.articles)} {article.title}")
        outlet = f"{article.meta.outlet} · " if article.meta.outlet else ""
        omits = "omits the chosen claim · " if pane.has_class("-omits") else ""
        pane.border_subtitle = escape(f"{omits}{outlet}{article.id}")

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
        claim = self.claim(self.current_claim)
        pane.set_class(claim is not None and claim.omits(article.id), "-omits")
        self.decorate(pane)
        self._title_pane(pane)
        self._persist_panes()

    @on(ArticlePane.CursorMoved)
    def _cursor_moved(self, event: ArticlePane.CursorMoved) -> None:
        # Moves made for the user in other panes (showing a claim) leave the active pane.
        if event.pane.has_focus or self.active_pane is None:
            self.active_pane = event.pane
        if event.pane is self.active_pane:
            self.update_status(event.pane)

    def update_status(self, pane: ArticlePane) -> None:
        sentence = pane.sentence
        article = pane.article
        where = ""
        if sentence is not None:
            place = article.paragraph_label(sentence.start)
            where = f"{place} · sentence {sentence.index + 1}/{len(article.sentences)}"
        selection = pane.selection_span()
        if selection:
            where += f" · selecting {selection[1] - selection[0]} chars (t tag, a annotate, esc)"
        info = self.status_details(pane)
        # said for as long as it holds, not only in a toast that fades
        lock = "read-only" if self.store is not None and self.store.read_only else ""
        self.query_one("#status", Static).update(" · ".join(x for x in (lock, where, info) if x))

    def status_details(self, pane: ArticlePane) -> str:
        """Extra context for the status line: the speaker of the quotation at the cursor."""
        parts = []
        note = self.annotation_status(pane)
        if note:
            parts.append(note)
        if pane.sentence is not None:
            claims = self._claims_at.get((pane.article.id, pane.sentence.index), [])
            if claims:
                # the chosen claim when it has this sentence, else the widest
                best = next(
                    (c for c in claims if c.id == self.current_claim),
                    max(claims, key=lambda c: c.reach),
                )
                flag = " ≠ figures differ" if any(c.disputed for c in claims) else ""
                parts.append(f"claim in {counted(best.reach, 'article')}{flag}")
                sentence = pane.sentence
                role = next(
                    (
                        m.role
                        for m in best.members
                        if m.role
                        and m.article_id == pane.article.id
                        and m.start < sentence.end
                        and sentence.start < m.end
                    ),
                    None,
                )
                if role:
                    parts.append(f"this passage {role}")  # (! marks it: supports, disputes ...)
        quote = self.quote_at(pane)
        if quote is None or self.analysis is None:
            return " · ".join(parts)
        carried = len(
            {q.article_id for q in self.analysis.quotes.utterance_members(quote.utterance)}
        )
        words = self.analysis.quotes.text_of(quote)
        short = clip(words, 40)
        # after the user's own note and tags, which come first: a long quotation
        # pushed them off the end of the line; the speaker before the words, which a
        # narrow terminal cuts first (with an ellipsis)
        parts.insert(
            1 if note else 0,
            f"{quote.speaker or 'speaker not stated'}: “{short}” ({counted(carried, 'article')})",
        )
        return " · ".join(parts)

    def watch_focused(self, focused: object) -> None:
        """The pane that takes focus is the one pane keys act on, at once.

        ``on_descendant_focus`` comes through the message queue, after keys
        typed in the same burst: 'Tab' then 'c' cycled the pane Tab had left.
        """
        if isinstance(focused, ArticlePane):
            self.active_pane = focused

    def on_descendant_focus(self, event: object) -> None:
        focused = self.focused
        if isinstance(focused, ArticlePane):
            self.active_pane = focused
            self.update_status(focused)

    def on_article_list_chosen(self, event: ArticleList.Chosen) -> None:
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
        """The next (``step`` 1) or previous (-1) article of the set not shown in
        another pane; when every one is, swap with the pane showing the next."""
        pane = self.active_pane
        if pane is None:
            return
        ids = self.article_set.ids
        here = ids.index(pane.article.id)
        elsewhere = {p.article.id for p in self.panes if p is not pane}
        for distance in range(1, len(ids)):
            article = self.article_set.articles[(here + step * distance) % len(ids)]
            if article.id not in elsewhere:
                self.show_article(article, pane)
                return
        following = ids[(here + step) % len(ids)]
        other = next((p for p in self.panes if p is not pane and p.article.id == following), None)
        if other is None:
            self.notify("This is the only article.", timeout=2)
            return
        # each article keeps its reading place in its new pane
        mine, theirs = (pane.article, pane.cursor), (other.article, other.cursor)
        for target, (article, cursor) in ((pane, theirs), (other, mine)):
            self.show_article(article, target)
            if cursor is not None:
                target.move_cursor_to(cursor)
        self.notify(f"Swapped with pane {self.panes.index(other) + 1}", timeout=2)

    def action_edit_metadata(self) -> None:
        from tui.dialogs.metadata import MetadataDialog, MetadataEdit

        pane = self.active_pane
        if pane is None or not self._writable():
            return
        article = pane.article

        def done(edit: MetadataEdit | None) -> None:
            if edit is None:
                return
            try:
                self.store.correct_metadata(
                    article.id,
                    source=self.article_set.place(article),
                    headline=edit.headline or None,
                    outlet=edit.outlet or None,
                    date=edit.date,
                )
            except Exception as error:  # a full disk: say so, and keep what was typed
                self.notify(f"Could not save the correction: {error}", severity="error")
                self.app.push_screen(MetadataDialog(article.meta, edit), done)
                return
            self.article_set = self.store.apply_corrections(self.article_set)
            corrected = self.article_set.by_id(article.id)
            if corrected is None:
                return
            for other in self.panes:
                if other.article.id == article.id:
                    other.article = corrected
                    other.refresh_layout()
                    self._title_pane(other)
            from tui.widgets.article_list import ArticleList

            self.query_one(ArticleList).set_articles(self.article_set.articles)
            self.notify("Metadata corrected", timeout=3)

        self.app.push_screen(MetadataDialog(article.meta), done)

    def action_toggle_sync(self) -> None:
        self.sync_scroll = not self.sync_scroll
        self.notify(f"Synchronised scrolling {'on' if self.sync_scroll else 'off'}")

    def action_toggle_furniture(self) -> None:
        self.show_furniture = not self.show_furniture
        for pane in self.panes:
            pane.show_furniture = self.show_furniture
        self.notify("Page furniture " + ("shown" if self.show_furniture else "folded"))

    def action_cycle_panes(self) -> None:
        """The next of 2, 3, 4 panes side by side that fits, then back to what the
        width fits."""
        width = self.app.size.width
        panel, stacked, shown = self._layout_for(width)
        most = min(4, len(self.article_set.articles))
        available = width - (SIDE_PANEL_WIDTH if panel else 0)
        fitting = [n for n in range(2, most + 1) if available // NARROWEST_PANE >= n]
        if stacked or len(fitting) < 2:
            hint = " (p hides the side panel)" if panel else ""
            self.notify(f"Too narrow for another number of panes{hint}", timeout=3)
            return
        saved, self._panes_forced = self._panes_forced, None
        natural = self._layout_for(width)[2]
        self._panes_forced = saved
        # after the count shown, the next that fits; the width's own count is "auto"
        later = [n for n in fitting if n > shown] or fitting
        target: int | None = later[0]
        if self._panes_forced is not None and target == natural:
            target = None
        self._panes_forced = target
        self._fit_panes(width)
        now = self._layout_for(width)[2]
        chosen = "as the width fits" if target is None else "chosen with P"
        more = ""
        if fitting[-1] < most and now == fitting[0]:
            # back to the fewest: say why the next number is never offered (qaP B5)
            need = (fitting[-1] + 1) * NARROWEST_PANE + (SIDE_PANEL_WIDTH if panel else 0)
            hint = ", or p hides the side panel" if panel else ""
            more = f" · {fitting[-1] + 1} panes need {need} columns{hint}"
        self.notify(f"{now} panes ({chosen}){more}", timeout=3 if more else 2)

    def action_toggle_panel(self) -> None:
        side = self.query_one("#side")
        self._panel_forced = side.has_class("-hidden")
        self._fit_panes(self.app.size.width)
        focused = self.focused
        if side.has_class("-hidden") and focused is not None and side in focused.ancestors:
            # the keys go to a pane again, not to a list no one sees
            pane = self.active_pane if self.active_pane in self.panes else None
            target = pane or (self.panes[0] if self.panes else None)
            if target is not None:
                target.focus()

    def action_show_tab(self, tab: str, attempt: int = 0) -> None:
        from textual.widgets import TabbedContent, TabPane

        if self.query_one("#side").has_class("-hidden"):
            self._panel_forced = True
            self._fit_panes(self.app.size.width)
        self._wanted_tab = tab
        tabs = self.query("#tabs")
        if not tabs or not tabs.first().is_mounted or not self.query(f"#{tab}"):
            # The side panel mounts just after the first frame: a key pressed
            # before it is ready is kept (the tabs open on it) and applied when
            # they are there, rather than lost.
            if attempt < 100:
                self.set_timer(0.02, lambda: self.action_show_tab(tab, attempt + 1))
            return
        self.query_one("#tabs", TabbedContent).active = tab
        pane = self.query_one(f"#{tab}", TabPane)
        focusable = [w for w in pane.query("*") if w.can_focus]
        if focusable:
            focusable[0].focus()
        elif attempt < 100:
            # The tab's panel is still its lazy placeholder: focus it once it is in.
            self.set_timer(0.02, lambda: self.action_show_tab(tab, attempt + 1))
