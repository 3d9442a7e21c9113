"""One article, full text, with a sentence cursor: the reader's main widget.

Built on the line API (``ScrollView.render_line``) so that a 2,000-paragraph
article costs only the lines on screen: paragraphs are wrapped once per width,
rendered lazily and cached; moving the cursor re-renders two paragraphs.

Highlights come down from the screen as :class:`Mark` layers (quotes,
annotations, the selected claim, search matches); the cursor and the selection
belong to the pane.  Offsets are the project's: ``str`` indices into
``Article.text``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import ClassVar

from rich._wrap import divide_line
from rich.style import Style
from rich.text import Text
from textual import events
from textual.actions import SkipAction
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.strip import Strip

from articles.model import Article, BlockKind, Paragraph, Sentence, plain_heading


@dataclass(frozen=True, slots=True)
class Mark:
    """A styled span of article text."""

    start: int
    end: int
    style: Style


@dataclass(slots=True)
class _Block:
    """A paragraph as laid out at the current width."""

    paragraph: Paragraph | None  # None: the pane's own header line
    first_row: int
    offsets: list[int]  # start offset (within the block text) of each wrapped line
    text: str
    kind_style: str


_AS_SPACE = {c: " " for c in [*range(0x20), 0x7F, 0x85, 0x2028, 0x2029]}
"""Control characters and line separators, each drawn as one space."""

_KIND_CLASS = {
    BlockKind.HEADLINE: "article-pane--headline",
    BlockKind.STANDFIRST: "article-pane--standfirst",
    BlockKind.SUBHEAD: "article-pane--subhead",
    BlockKind.CAPTION: "article-pane--caption",
    BlockKind.META: "article-pane--meta",
    BlockKind.CHROME: "article-pane--chrome",
}
_WORD_CHARS = str.isalnum


class ArticlePane(ScrollView, can_focus=True):
    """A scrolling article with a sentence cursor and an optional selection."""

    COMPONENT_CLASSES = {
        "article-pane--cursor",
        "article-pane--selection",
        "article-pane--headline",
        "article-pane--standfirst",
        "article-pane--subhead",
        "article-pane--caption",
        "article-pane--meta",
        "article-pane--chrome",
        "article-pane--info",
    }

    DEFAULT_CSS = """
    ArticlePane {
        border: round $panel-lighten-2;
        border-title-color: $text-muted;
        padding: 0 1;
        scrollbar-size-vertical: 1;
        &:focus { border: round $accent; border-title-color: $text; }
        & > .article-pane--cursor { background: $primary 45%; }
        & > .article-pane--selection { background: $accent 55%; text-style: bold; }
        & > .article-pane--headline { text-style: bold; color: $text; }
        & > .article-pane--standfirst { text-style: italic; }
        & > .article-pane--subhead { text-style: bold; color: $secondary; }
        & > .article-pane--caption { text-style: italic; color: $text-muted; }
        & > .article-pane--meta { color: $text-muted; }
        & > .article-pane--chrome { color: $text-disabled; }
        & > .article-pane--info { color: $text-muted; text-style: italic; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "j,down",
            "cursor_down",
            "Next sentence",
            id="pane.cursor_down",
            show=False,
            tooltip="Move the cursor to the next sentence",
        ),
        Binding(
            "k,up",
            "cursor_up",
            "Previous sentence",
            id="pane.cursor_up",
            show=False,
            tooltip="Move the cursor to the previous sentence",
        ),
        Binding(
            "J,shift+down",
            "paragraph_down",
            "Next paragraph",
            id="pane.paragraph_down",
            show=False,
            tooltip="Move to the first sentence of the next paragraph",
        ),
        Binding(
            "K,shift+up",
            "paragraph_up",
            "Previous paragraph",
            id="pane.paragraph_up",
            show=False,
            tooltip="Move to the first sentence of the previous paragraph",
        ),
        Binding(
            "w",
            "word_forward",
            "Extend by word",
            id="pane.word_forward",
            show=False,
            tooltip="Extend the selection's end by a word (nothing selected: the first word)",
        ),
        Binding(
            "b",
            "word_back",
            "Shrink by word",
            id="pane.word_back",
            show=False,
            tooltip="Move the selection's end back by a word (nothing selected: the last word)",
        ),
        Binding(
            "W",
            "start_forward",
            "Start a word later",
            id="pane.start_forward",
            show=False,
            tooltip="Move the selection's start forward by one word (select part of a sentence)",
        ),
        Binding(
            "B",
            "start_back",
            "Start a word earlier",
            id="pane.start_back",
            show=False,
            tooltip="Move the selection's start back by one word",
        ),
        Binding(
            "pagedown,space",
            "page_down",
            "Page down",
            id="pane.page_down",
            show=False,
            tooltip="Move the cursor one page down",
        ),
        Binding(
            "pageup",
            "page_up",
            "Page up",
            id="pane.page_up",
            show=False,
            tooltip="Move the cursor one page up",
        ),
        Binding(
            "g,home",
            "top",
            "Top",
            id="pane.top",
            show=False,
            tooltip="Move the cursor to the first sentence",
        ),
        Binding(
            "G,end",
            "bottom",
            "Bottom",
            id="pane.bottom",
            show=False,
            tooltip="Move the cursor to the last sentence",
        ),
        Binding(
            "v",
            "toggle_selection",
            "Select",
            id="pane.select",
            show=False,
            tooltip="Select the cursor's sentence, then extend it (v again drops the selection)",
        ),
        Binding(
            "escape",
            "cancel_selection",
            "Cancel selection",
            id="pane.cancel_selection",
            show=False,
            tooltip="Drop the current selection",
        ),
    ]

    class CursorMoved(Message):
        """The cursor is on a new sentence (or the selection changed)."""

        def __init__(self, pane: ArticlePane, sentence: Sentence | None) -> None:
            super().__init__()
            self.pane = pane
            self.sentence = sentence

        @property
        def control(self) -> ArticlePane:
            return self.pane

    class Scrolled(Message):
        """The pane scrolled; carries the fraction of the article scrolled past."""

        def __init__(self, pane: ArticlePane, fraction: float) -> None:
            super().__init__()
            self.pane = pane
            self.fraction = fraction

        @property
        def control(self) -> ArticlePane:
            return self.pane

    show_furniture: var[bool] = var(False)
    """Show page furniture (site chrome) instead of folding it away."""

    def __init__(
        self,
        article: Article,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.article = article
        self.cursor: int | None = None
        """Index into ``article.sentences`` of the current sentence."""
        self.selection_anchor: int | None = None
        """Offset where the selection started, or None when not selecting."""
        self.selection_head: int | None = None
        self.point = 0
        """The caret: where jumps (to a quote, an annotation, a match) landed last."""
        self._marks: dict[str, tuple[Mark, ...]] = {}
        self._blocks: list[_Block] = []
        self._block_rows: list[int] = []
        self._rows = 0
        self._width = 0
        self._laid_out_for = Size(0, 0)
        """The inner size (inside border and padding) the text was last wrapped for."""
        self._strip_cache: dict[int, list[Strip]] = {}
        self._navigable: list[int] = []
        self._quiet = False
        """While set, scrolling is not posted as Scrolled: it is no scrolling of the
        user's for the other panes to follow (following one, or keeping the cursor)."""
        self._just_shown = True
        """An article just shown, its cursor not moved yet: only the cursor's first line
        need be in view (see _keep_cursor_in_view)."""
        self._compute_navigable()
        body = article.body_sentences
        if body:
            self.cursor = body[0].index
        elif self._navigable:
            self.cursor = self._navigable[0]
        if self.cursor is not None:
            self.point = article.sentences[self.cursor].start

    # ------------------------------------------------------------------ content

    def set_article(self, article: Article) -> None:
        """Show another article (cursor on its first body sentence)."""
        self.article = article
        self.selection_anchor = self.selection_head = None
        self._marks = {}
        self._compute_navigable()
        body = article.body_sentences
        self.cursor = body[0].index if body else (self._navigable[0] if self._navigable else None)
        self.point = self.article.sentences[self.cursor].start if self.cursor is not None else 0
        self._relayout()
        self.scroll_to(y=0, animate=False, immediate=True)
        self._just_shown = True  # (the article from its top when it can)
        self.scroll_to_cursor(whole=False)
        self._post_cursor()

    def refresh_layout(self) -> None:
        """Lay the article out again (its metadata changed); the cursor stays."""
        self._relayout()
        self._keep_cursor_in_view()

    def set_marks(self, layer: str, marks: tuple[Mark, ...] | list[Mark]) -> None:
        """Replace one layer of highlights (e.g. "quotes", "annotations", "claim")."""
        marks = tuple(marks)
        old = self._marks.get(layer, ())
        self._marks[layer] = marks
        if old == marks:
            return
        self._invalidate_spans([(m.start, m.end) for m in (*old, *marks)])

    def _visible(self, paragraph: Paragraph) -> bool:
        return self.show_furniture or paragraph.kind is not BlockKind.CHROME

    def _compute_navigable(self) -> None:
        paragraphs = self.article.paragraphs
        self._navigable = [
            s.index for s in self.article.sentences if self._visible(paragraphs[s.paragraph])
        ]

    def watch_show_furniture(self) -> None:
        self._compute_navigable()
        if self.cursor is not None and self.cursor not in self._navigable and self._navigable:
            self.cursor = self._navigable[bisect_right(self._navigable, self.cursor) - 1]
        self._relayout()
        self._keep_cursor_in_view()

    # ------------------------------------------------------------------ layout

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """Lay the text out as soon as the compositor gives the pane its size.

        Textual sends the Resize event only after it has painted the frame in
        which the pane got its size; laying out here puts the text in that very
        frame (the first paint) instead of the next one.  The layout comes
        first so that Textual sizes the scrollbar for the new text.
        """
        inner = size - self.styles.gutter.totals
        wrapped = inner != self._laid_out_for
        if wrapped:
            self._relayout(inner)
        changed = super()._size_updated(size, virtual_size, container_size, layout)
        if wrapped:
            self._keep_cursor_in_view()
        return changed

    def on_resize(self, event: events.Resize) -> None:
        if self.size != self._laid_out_for:
            self._relayout()
        self._keep_cursor_in_view()

    def _keep_cursor_in_view(self) -> None:
        """After the text is wrapped again: the cursor back in view, quietly.

        Synchronised scrolling follows the user's scrolling, not this: echoed,
        every pane's scroll back to its cursor after a terminal resize scrolled
        the other panes away from theirs.
        """
        self._quiet = True
        try:
            if self._just_shown and self._top_hides_cursor():
                # an article just shown opens at its top: where the head (headline,
                # byline, caption) is taller than a small pane, the cursor starts on
                # the headline instead of scrolling it away (qaQ 11)
                self._cursor_to_top()
                return
            # for an article just shown its first line is enough: a long first
            # sentence at 80x24 scrolled the headline's first line away as the pane
            # got its size; later the whole sentence stays in view
            self.scroll_to_cursor(center=False, whole=not self._just_shown)
        finally:
            self._quiet = False

    def _top_hides_cursor(self) -> bool:
        """Whether the cursor's sentence starts below the pane's first screenful."""
        sentence = self.sentence
        height = self.scrollable_content_region.height
        if sentence is None or height <= 0 or not self._navigable:
            return False
        row = self.row_of_offset(sentence.start)
        return row is not None and row >= height

    def _cursor_to_top(self) -> None:
        """The cursor on the headline (else the first sentence shown), the pane at its top."""
        paragraphs = self.article.paragraphs
        sentences = self.article.sentences
        old = self.cursor
        first = next(
            (
                i
                for i in self._navigable
                if paragraphs[sentences[i].paragraph].kind is BlockKind.HEADLINE
            ),
            self._navigable[0],
        )
        self.cursor = first
        self.point = self.article.sentences[first].start
        self._invalidate_sentence(old)
        self._invalidate_sentence(first)
        self.scroll_to(y=0, animate=False, immediate=True)
        self._post_cursor()

    def _header_text(self) -> str:
        meta = self.article.meta
        parts = [p for p in (meta.outlet, meta.byline) if p]
        if meta.date:
            parts.append(meta.date.isoformat())
        return " · ".join(parts)

    def _relayout(self, inner: Size | None = None) -> None:
        """Wrap every shown paragraph for the pane's inner size (default: its size now).

        The vertical scrollbar's column is left out when the text is taller
        than the pane, so the scrollbar appearing never wraps the text again.
        """
        inner = self.size if inner is None else inner
        width, height = inner
        if width <= 0 or height <= 0:
            return  # no size yet: _size_updated lays the text out when it gets one
        self._laid_out_for = inner
        bar = self.styles.scrollbar_size_vertical
        overflow = self.styles.overflow_y
        self._wrap(max(1, width - bar) if overflow != "hidden" else width)
        if overflow == "auto" and bar and self._rows <= height:
            self._wrap(width)  # the text fits: no scrollbar
        self._strip_cache.clear()
        self.virtual_size = Size(self._width, self._rows)
        self.refresh()

    def _wrap(self, width: int) -> None:
        """Split the shown paragraphs into lines of at most ``width`` cells."""
        self._width = width
        self._blocks = []
        row = 0
        meta_line = self._header_text()
        headline_paragraph = next(
            (p for p in self.article.paragraphs if p.kind is BlockKind.HEADLINE), None
        )
        headline = self.article.headline
        shown_headline = (
            headline_paragraph is not None
            and plain_heading(self.article.paragraph_text(headline_paragraph)) == headline
        )
        # With no title above the text, the first sentence-like paragraph stands in as
        # the headline (list, pane title): it is not printed twice.
        first_body = next((p for p in self.article.paragraphs if p.kind is BlockKind.BODY), None)
        stands_in = (
            headline_paragraph is None
            and first_body is not None
            and self.article.paragraph_text(first_body).strip() == headline
        )
        # Outlet, byline and date go under the headline, wherever it comes from.
        meta_after: Paragraph | None = None
        if not shown_headline and not stands_in and self.article.titled:
            row = self._add_block(None, headline, "article-pane--headline", row)
            if meta_line:
                row = self._add_block(None, meta_line, "article-pane--meta", row)
        elif stands_in or headline_paragraph is None:
            if meta_line:
                row = self._add_block(None, meta_line, "article-pane--meta", row)
        else:
            meta_after = headline_paragraph
        for paragraph in self.article.paragraphs:
            if not self._visible(paragraph):
                continue
            text = self.article.paragraph_text(paragraph)
            style = _KIND_CLASS.get(paragraph.kind, "")
            row = self._add_block(paragraph, text, style, row)
            if paragraph is meta_after and meta_line:
                row = self._add_block(None, meta_line, "article-pane--meta", row)
        if not self._blocks:
            row = self._add_block(None, "(no text)", "article-pane--info", row)
        self._block_rows = [b.first_row for b in self._blocks]
        self._rows = row

    def _add_block(self, paragraph: Paragraph | None, text: str, style: str, row: int) -> int:
        # Line breaks inside a paragraph (hard-wrapped text), tabs and other control
        # characters reach the terminal as they are and tear the pane: each is shown
        # as one space, so offsets into the article text still hold.
        text = text.translate(_AS_SPACE)
        offsets = [0, *divide_line(text, self._width, fold=True)]
        self._blocks.append(_Block(paragraph, row, offsets, text, style))
        return row + len(offsets) + 1  # one blank row between paragraphs

    # ------------------------------------------------------------------ rendering

    def _block_index_of_row(self, row: int) -> int:
        return bisect_right(self._block_rows, row) - 1

    def _block_index_of_paragraph(self, paragraph_index: int) -> int | None:
        lo, hi = 0, len(self._blocks)
        while lo < hi:
            mid = (lo + hi) // 2
            block = self._blocks[mid]
            p = block.paragraph
            if p is None:
                # Header blocks sit before or next to the headline; scan linearly.
                for i, b in enumerate(self._blocks):
                    if b.paragraph is not None and b.paragraph.index == paragraph_index:
                        return i
                return None
            if p.index < paragraph_index:
                lo = mid + 1
            elif p.index > paragraph_index:
                hi = mid
            else:
                return mid
        return None

    def _styled(self, block: _Block) -> Text:
        text = Text(block.text, end="")
        if block.kind_style:
            # A span, not the Text's own style: Rich drops a Text's style when
            # it renders a line without spans, so plain headlines, captions and
            # furniture looked like body text.
            text.stylize(self.get_component_rich_style(block.kind_style), 0, len(block.text))
        paragraph = block.paragraph
        if paragraph is None:
            return text
        start, end = paragraph.start, paragraph.end
        for layer in ("claim", "annotations", "quotes", "search"):
            for mark in self._marks.get(layer, ()):
                if mark.end > start and mark.start < end:
                    text.stylize(
                        mark.style, max(mark.start, start) - start, min(mark.end, end) - start
                    )
        if self.cursor is not None:
            sentence = self.article.sentences[self.cursor]
            if sentence.paragraph == paragraph.index:
                # the background only: a quotation keeps its speaker's colour
                style = self._background_of("article-pane--cursor")
                if self.app.no_color:
                    # without colours every background is one grey: an annotated
                    # passage looked like the cursor (NO_COLOR)
                    style = Style(reverse=True)
                text.stylize(style, sentence.start - start, sentence.end - start)
        selection = self.selection_span()
        if selection and selection[1] > start and selection[0] < end:
            style = self._background_of("article-pane--selection")
            text.stylize(style, max(selection[0], start) - start, min(selection[1], end) - start)
        return text

    def _background_of(self, component: str) -> Style:
        """A component's background and weight, without the text colour it inherits."""
        style = self.get_component_rich_style(component)
        return Style(bgcolor=style.bgcolor, bold=style.bold)

    def _block_strips(self, index: int) -> list[Strip]:
        cached = self._strip_cache.get(index)
        if cached is not None:
            return cached
        block = self._blocks[index]
        text = self._styled(block)
        console = self.app.console
        lines = text.divide(block.offsets[1:])
        strips = []
        for line in lines:
            line.rstrip()
            strips.append(Strip(list(line.render(console)), line.cell_len))
        self._strip_cache[index] = strips
        return strips

    def render_line(self, y: int) -> Strip:
        row = y + round(self.scroll_offset.y)
        width = self.scrollable_content_region.width
        base = self.rich_style
        if row < 0 or row >= self._rows or not self._blocks:
            return Strip.blank(width, base)
        index = self._block_index_of_row(row)
        block = self._blocks[index]
        line = row - block.first_row
        strips = self._block_strips(index)
        if line >= len(strips):
            return Strip.blank(width, base)
        return strips[line].extend_cell_length(width, base).crop(0, width).apply_style(base)

    def _invalidate_spans(self, spans: list[tuple[int, int]]) -> None:
        if not self._blocks:
            return
        touched: set[int] = set()
        for start, end in spans:
            first = self.article.paragraph_at(start)
            last = self.article.paragraph_at(max(start, end - 1))
            lo = first.index if first else 0
            hi = last.index if last else lo
            for p in range(lo, hi + 1):
                found = self._block_index_of_paragraph(p)
                if found is not None:
                    touched.add(found)
        for index in touched:
            self._strip_cache.pop(index, None)
            block = self._blocks[index]
            self.refresh_lines(block.first_row, len(block.offsets))

    def _invalidate_sentence(self, sentence_index: int | None) -> None:
        if sentence_index is None:
            return
        s = self.article.sentences[sentence_index]
        self._invalidate_spans([(s.start, s.end)])

    # ------------------------------------------------------------------ cursor

    @property
    def sentence(self) -> Sentence | None:
        return None if self.cursor is None else self.article.sentences[self.cursor]

    def row_of_offset(self, offset: int) -> int | None:
        paragraph = self.article.paragraph_at(offset)
        if paragraph is None:
            return None
        index = self._block_index_of_paragraph(paragraph.index)
        if index is None:
            return None
        block = self._blocks[index]
        local = offset - paragraph.start
        line = bisect_right(block.offsets, local) - 1
        return block.first_row + max(0, line)

    def scroll_to_cursor(self, center: bool = False, *, whole: bool = True) -> None:
        sentence = self.sentence
        if sentence is None or not self._blocks:
            return
        self.scroll_to_span(sentence.start, sentence.end, center=center, whole=whole)

    def scroll_to_span(
        self, start: int, end: int, center: bool = False, *, whole: bool = True
    ) -> None:
        """Bring ``text[start:end]`` into view (``whole``: all its lines, else its first)."""
        top = self.row_of_offset(start)
        bottom = self.row_of_offset(max(start, end - 1)) if whole else top
        if top is None:
            return
        bottom = top if bottom is None else bottom
        height = max(1, self.scrollable_content_region.height)
        current = round(self.scroll_offset.y)
        if center:
            target = max(0, top - height // 3)
        elif top < current:
            target = top
        elif bottom >= current + height:
            target = min(top, bottom - height + 1)
        else:
            return
        self.scroll_to(y=target, animate=False, immediate=True)

    def move_cursor_to(
        self, sentence_index: int, *, center: bool = False, point: int | None = None
    ) -> None:
        """Put the cursor on a sentence (the caret at ``point``) and bring it into view."""
        if sentence_index not in self._navigable and self._navigable:
            pos = bisect_right(self._navigable, sentence_index) - 1
            sentence_index = self._navigable[max(0, pos)]
        old = self.cursor
        self.cursor = sentence_index
        self._just_shown = False
        self.point = self.article.sentences[sentence_index].start if point is None else point
        if self.selection_anchor is not None:
            self._extend_selection_to_cursor(old)
        self._invalidate_sentence(old)
        self._invalidate_sentence(sentence_index)
        self.scroll_to_cursor(center=center)
        self._post_cursor()

    def move_cursor_to_offset(self, offset: int, *, center: bool = True) -> None:
        sentence = self.article.sentence_at(offset)
        if sentence is None:
            following = [s for s in self.article.sentences if s.start >= offset]
            if not following:
                return
            sentence = following[0]
        self.move_cursor_to(sentence.index, center=center, point=offset)

    def _post_cursor(self) -> None:
        self.post_message(self.CursorMoved(self, self.sentence))

    def _step(self, delta: int) -> None:
        if not self._navigable:
            return
        if self.cursor is None:
            self.move_cursor_to(self._navigable[0])
            return
        pos = bisect_right(self._navigable, self.cursor) - 1
        pos = min(max(pos + delta, 0), len(self._navigable) - 1)
        self.move_cursor_to(self._navigable[pos])

    def _step_paragraph(self, delta: int) -> None:
        sentence = self.sentence
        if sentence is None or not self._navigable:
            return
        sentences = self.article.sentences
        if delta > 0 and self.selection_anchor is not None:
            # extending a selection takes whole paragraphs: the rest of this one, then
            # the next one to its end
            mine = [i for i in self._navigable if sentences[i].paragraph == sentence.paragraph]
            if mine and mine[-1] != sentence.index:
                target: int | None = mine[-1]
            else:
                after = [i for i in self._navigable if sentences[i].paragraph > sentence.paragraph]
                following = sentences[after[0]].paragraph if after else None
                last = [i for i in after if sentences[i].paragraph == following]
                target = last[-1] if last else None
        elif delta > 0:
            target = next(
                (i for i in self._navigable if sentences[i].paragraph > sentence.paragraph), None
            )
        elif (
            self.selection_anchor is not None
            and self.selection_head is not None
            and self.selection_head > self.selection_anchor
        ):
            # shrinking a selection made downwards: back to the end of the paragraph
            # before, whole (J then K selects what J selected before)
            before = [i for i in self._navigable if sentences[i].paragraph < sentence.paragraph]
            target = before[-1] if before else None
            if target is not None and sentences[target].start < self.selection_anchor:
                target = next(
                    (i for i in self._navigable if sentences[i].start >= self.selection_anchor),
                    None,
                )
        else:
            here = sentences[self._navigable[0]].paragraph
            candidates = [i for i in self._navigable if sentences[i].paragraph < sentence.paragraph]
            if candidates:
                here = sentences[candidates[-1]].paragraph
                target = next(i for i in self._navigable if sentences[i].paragraph == here)
            else:
                target = self._navigable[0]
        if target is not None:
            self.move_cursor_to(target)

    def _step_page(self, delta: int) -> None:
        sentence = self.sentence
        if sentence is None:
            return
        height = max(1, self.scrollable_content_region.height - 2)
        row = (self.row_of_offset(sentence.start) or 0) + delta * height
        row = min(max(row, 0), max(0, self._rows - 1))
        index = self._block_index_of_row(row)
        # Nearest navigable sentence at or after that row's block.
        for block in self._blocks[index:] if delta > 0 else reversed(self._blocks[: index + 1]):
            if block.paragraph is None:
                continue
            candidates = [
                i
                for i in self._navigable
                if self.article.sentences[i].paragraph == block.paragraph.index
            ]
            if candidates:
                self.move_cursor_to(candidates[0])
                self.scroll_to(y=max(0, block.first_row - 1), animate=False, immediate=True)
                return

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_paragraph_down(self) -> None:
        self._step_paragraph(1)

    def action_paragraph_up(self) -> None:
        self._step_paragraph(-1)

    def action_page_down(self) -> None:
        self._step_page(1)

    def action_page_up(self) -> None:
        self._step_page(-1)

    def action_top(self) -> None:
        if self._navigable:
            self.move_cursor_to(self._navigable[0])
            self.scroll_to(y=0, animate=False, immediate=True)

    def action_bottom(self) -> None:
        if self._navigable:
            self.move_cursor_to(self._navigable[-1])

    # ------------------------------------------------------------------ selection

    def selection_span(self) -> tuple[int, int] | None:
        """The selected (start, end) without the spaces at its ends (a head moved back
        by a word stops before the space after the word before), or None when not
        selecting."""
        if self.selection_anchor is None or self.selection_head is None:
            return None
        a, b = sorted((self.selection_anchor, self.selection_head))
        text = self.article.text
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        return (a, b) if b > a else None

    def target_span(self) -> tuple[int, int] | None:
        """What a verb acts on: the selection, else the current sentence."""
        selection = self.selection_span()
        if selection:
            return selection
        sentence = self.sentence
        return (sentence.start, sentence.end) if sentence else None

    def action_toggle_selection(self) -> None:
        if self.selection_anchor is not None:
            self.action_cancel_selection()
            return
        sentence = self.sentence
        if sentence is None:
            return
        self.selection_anchor = sentence.start
        self.selection_head = sentence.end
        self._invalidate_spans([(sentence.start, sentence.end)])
        self._post_cursor()

    def action_cancel_selection(self) -> None:
        if self.selection_anchor is None:
            raise SkipAction()  # nothing selected: escape means something to the screen
        span = self.selection_span()
        self.selection_anchor = self.selection_head = None
        if span:
            self._invalidate_spans([span])
        self._post_cursor()

    def _extend_selection_to_cursor(self, old_cursor: int | None) -> None:
        sentence = self.sentence
        anchor = self.selection_anchor
        if sentence is None or anchor is None:
            return
        before = self.selection_span()
        anchor_sentence = self.article.sentence_at(anchor)
        if anchor_sentence is not None and anchor_sentence.start < anchor < anchor_sentence.end:
            anchor_sentence = None  # a start the user moved inside a sentence (W, B) stays
        if sentence.end > anchor:  # the cursor's sentence holds the start, or follows it
            self.selection_head = sentence.end
            if anchor_sentence is not None:
                self.selection_anchor = anchor_sentence.start
        else:
            self.selection_head = sentence.start
            if anchor_sentence is not None:
                self.selection_anchor = anchor_sentence.end
        after = self.selection_span()
        spans = [s for s in (before, after) if s]
        self._invalidate_spans(spans)

    def _move_head_by_word(self, delta: int) -> None:
        if self.selection_anchor is None:
            # a selection begun by a word: the sentence's first word (w) or last (b)
            sentence = self.sentence
            if sentence is None:
                return
            edge = sentence.start
            if delta < 0:  # the last word without the sentence's closing marks
                edge = sentence.end
                while edge > sentence.start and not _WORD_CHARS(self.article.text[edge - 1]):
                    edge -= 1
            self.selection_anchor = self.selection_head = edge
        head = self.selection_head
        if head is None:
            return
        before = self.selection_span()
        i = (
            _word_end(self.article.text, head)
            if delta > 0
            else _word_start(self.article.text, head)
        )
        self.selection_head = i
        after = self.selection_span()
        self._invalidate_spans([s for s in (before, after) if s])
        sentence = self.article.sentence_at(max(0, i - 1) if delta > 0 else i)
        if sentence is not None and sentence.index != self.cursor:
            old = self.cursor
            self.cursor = sentence.index
            self._invalidate_sentence(old)
            self._invalidate_sentence(sentence.index)
        self.scroll_to_span(i, i + 1)
        self._post_cursor()

    def action_word_forward(self) -> None:
        self._move_head_by_word(1)

    def action_word_back(self) -> None:
        self._move_head_by_word(-1)

    def _move_start_by_word(self, delta: int) -> None:
        """Move the selection's first character by a word (starting the selection on
        the cursor's sentence first): a clause inside a sentence can be selected."""
        if self.selection_anchor is None:
            self.action_toggle_selection()
        span = self.selection_span()
        if span is None or self.selection_head is None:
            return
        text = self.article.text
        start, end = span
        if delta > 0:
            # the next word's first letter, never past the selection's last word
            new_start = _word_end(text, start)
            while new_start < end and not _WORD_CHARS(text[new_start]):
                new_start += 1
            if new_start >= end:
                return
        else:
            new_start = _word_start(text, start)
        # the head stays where it is: the anchor is the end that is not the head
        self.selection_anchor, self.selection_head = new_start, end
        self._invalidate_spans([span, (new_start, end)])
        self.scroll_to_span(new_start, new_start + 1)
        self._post_cursor()

    def action_start_forward(self) -> None:
        self._move_start_by_word(1)

    def action_start_back(self) -> None:
        self._move_start_by_word(-1)

    # ------------------------------------------------------------------ scrolling

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value) and not self._quiet and self._rows:
            self.post_message(self.Scrolled(self, new_value / max(1, self._rows)))

    def sync_to(self, fraction: float) -> None:
        """Scroll to the same fraction of the article as another pane, without echoing."""
        self._quiet = True
        try:
            self.scroll_to(y=round(fraction * self._rows), animate=False, immediate=True)
        finally:
            self._quiet = False


def _word_end(text: str, i: int) -> int:
    """The end of the word at or after offset ``i``."""
    while i < len(text) and not _WORD_CHARS(text[i]):
        i += 1
    while i < len(text) and (_WORD_CHARS(text[i]) or text[i] in "'’-"):
        i += 1
    return i


def _word_start(text: str, i: int) -> int:
    """The start of the word before offset ``i``."""
    while i > 0 and not _WORD_CHARS(text[i - 1]):
        i -= 1
    while i > 0 and (_WORD_CHARS(text[i - 1]) or text[i - 1] in "'’-"):
        i -= 1
    return i
