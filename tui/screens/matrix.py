"""Coverage at a glance: claims × articles and quotations × articles."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.coordinate import Coordinate
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from articles.model import Article
from articles.wording import by_value, figure
from tui.keys import close_keys
from tui.shorten import clip

if TYPE_CHECKING:
    from articles.claims import Claim
    from articles.quotes import QuoteAnalysis

# (a space before each mark: many columns lose their padding and still stand apart)
MAKES = Text(" ●", style="bold green")
DIFFERS = Text(" ≠", style="bold red")
DISPUTES = Text(" ✗", style="bold magenta")
OMITS = Text(" ·", style="dim")
CLOSE = Text(" ?", style="yellow")
"""A sentence close to the claim, not grouped with it: the article may make it."""
OTHER_STORY = Text("  ")


_LEGEND_MAX = 12
"""Up to this many articles, the legend names each column's outlet."""
MAX_COLUMNS = 40
"""Article columns shown at most: the panes' articles, then those in most claims (a
grid of a thousand columns is no glance, and building it froze the reader a minute)."""
MAX_ROWS = 400
"""Claims (and quotations) shown at most, in the panel's order."""


def matrix_columns(
    claims: Sequence[Claim], articles: Sequence[Article], first: Sequence[str] = ()
) -> list[int]:
    """Indexes (in set order) of the articles the matrix shows: all of them up to
    MAX_COLUMNS; else the ones in ``first`` (the panes'), then those making the most
    of ``claims``."""
    if len(articles) <= MAX_COLUMNS:
        return list(range(len(articles)))
    index = {a.id: i for i, a in enumerate(articles)}
    making: Counter[str] = Counter()
    for claim in claims:
        making.update(claim.article_ids)
        making.update(claim.reported_by)
    chosen = [index[a] for a in dict.fromkeys(first) if a in index]
    ranked = sorted(range(len(articles)), key=lambda i: (-making[articles[i].id], i))
    for i in ranked:
        if len(chosen) >= MAX_COLUMNS:
            break
        if i not in chosen:
            chosen.append(i)
    return sorted(chosen[:MAX_COLUMNS])


def claim_rows(claims: Sequence[Claim], articles: Sequence[Article]) -> list[list[Text | str]]:
    """One row per claim: summary, then per article ●, ≠ (different figure), ? (a
    sentence close to it) or ·."""
    rows: list[list[Text | str]] = []
    for claim in claims:
        outliers = minority_articles(claim)
        cells: list[Text | str] = [Text(claim.summary)]  # a str cell would be markup
        disputing = _disputing(claim)
        for article in articles:
            if article.id in disputing:
                cells.append(DISPUTES)  # the user marked its passages as disputing the claim
            elif article.id in outliers:
                cells.append(DIFFERS)  # a member's figure, or a linked sentence's
            elif article.id in claim.article_ids or article.id in claim.reported_by:
                cells.append(MAKES)
            elif article.id in claim.related_by:
                cells.append(CLOSE)  # not said to omit it: it may make it in other words
            elif claim.open_articles and article.id not in claim.open_articles:
                cells.append(OTHER_STORY)  # another story: it omits nothing of this one
            else:
                cells.append(OMITS)
        rows.append(cells)
    return rows


def _disputing(claim: Claim) -> set[str]:
    """Articles all of whose passages in ``claim`` the user marked "disputes"."""
    roles: dict[str, set[str | None]] = {}
    for member in claim.members:
        roles.setdefault(member.article_id, set()).add(member.role)
    return {a for a, found in roles.items() if found == {"disputes"}}


def minority_articles(claim: Claim) -> set[str]:
    """Articles whose figure differs from the most common one, per disputed quantity."""
    found: set[str] = set()
    for item in claim.disagreement:
        values: dict[str, str] = dict(item.get("values", {}))
        if not values:
            continue
        counts = Counter(values.values())
        common = counts.most_common(1)[0][0]
        if list(counts.values()).count(counts[common]) > 1:
            found.update(values)  # no majority: every version differs
        else:
            found.update(a for a, v in values.items() if v != common)
    return found


def quote_rows(
    quotes: QuoteAnalysis, articles: Sequence[Article], limit: int | None = None
) -> list[list[Text | str]]:
    """One row per utterance, the most widely quoted first (``limit`` rows at most)."""
    found = []
    for n, utterance in enumerate(quotes.utterances()):
        members = quotes.utterance_members(utterance)
        found.append((-len({q.article_id for q in members}), n, members))
    found.sort(key=lambda item: item[:2])
    rows: list[list[Text | str]] = []
    for _, _, members in found[:limit]:
        carried = {q.article_id for q in members}
        longest = max(members, key=lambda q: q.end - q.start)
        title = f"{longest.speaker or '?'}: “{clip(quotes.text_of(longest), 51)}”"
        cells: list[Text | str] = [Text(title)]
        cells.extend(MAKES if a.id in carried else OMITS for a in articles)
        rows.append(cells)
    return rows


class MatrixScreen(ModalScreen[None]):
    """Which outlet reports what: ● makes it, ≠ gives a different figure, ? may make it
    in other words, · omits it."""

    BINDINGS = [
        Binding("escape,q,x", "dismiss(None)", "Close", id="matrix.close"),
        Binding("j", "move(1)", "Next row", id="matrix.down", show=False),
        Binding("k", "move(-1)", "Previous row", id="matrix.up", show=False),
        Binding("l,right", "column(1)", "Next article", id="matrix.right", show=False),
        Binding("h,left", "column(-1)", "Previous article", id="matrix.left", show=False),
        Binding("tab", "focus_next", "Other table", id="matrix.other", show=False),
    ]

    DEFAULT_CSS = """
    MatrixScreen { align: center middle; }
    MatrixScreen > Vertical {
        width: 95%; height: 95%; border: round $accent; background: $surface; padding: 0 1;
    }
    MatrixScreen.-narrow > Vertical { width: 100%; height: 100%; }
    MatrixScreen DataTable { height: 1fr; }
    MatrixScreen .legend { color: $text-muted; }
    MatrixScreen #matrix-where { height: 1; color: $text-muted; }
    """

    def __init__(
        self,
        claims: Sequence[Claim],
        quotes: QuoteAnalysis | None,
        articles: Sequence[Article],
        first: Sequence[str] = (),
    ) -> None:
        """``first``: article ids shown before others when not every article fits (the
        panes')."""
        super().__init__()
        self.claims = claims
        self.quotes = quotes
        self.all_articles = articles
        self.columns = matrix_columns(claims, articles, first)
        self.articles = [articles[i] for i in self.columns]

    def compose(self) -> ComposeResult:
        with Vertical():
            if len(self.all_articles) <= _LEGEND_MAX:
                legend = "  ".join(
                    f"{i + 1}={a.meta.outlet or a.id}" for i, a in enumerate(self.articles)
                )
            elif len(self.articles) == len(self.all_articles):
                # a legend of hundreds of names filled the dialog and hid the grid: the
                # line under the tables names the article of the cursor's column
                legend = f"columns 1-{len(self.articles)}: the articles (h/l or ←/→ name each)"
            else:
                legend = (
                    f"{len(self.articles)} of {len(self.all_articles)} articles (the panes', "
                    "then those in most claims; h/l or ←/→ name each)"
                )
            if len(self.claims) > MAX_ROWS:
                legend += f"; the first {MAX_ROWS} of {len(self.claims)} claims"
            closes = close_keys(self.app, "matrix.close", "escape")
            total = len(self.all_articles)
            stories = any(len(c.open_articles) < total for c in self.claims[:MAX_ROWS])
            blank = "  (blank: another story)" if stories else ""
            yield Static(
                f"Coverage: ● makes it  ≠ different figure  ✗ disputes it  ? maybe, in other "
                "words  · omits it"
                f"{blank}    {legend}"
                f"    ({closes} closes)",
                classes="legend",
                markup=False,
            )
            # the text column stays in view while the article columns scroll
            yield DataTable(id="claims-matrix", zebra_stripes=True, cursor_type="cell")
            yield DataTable(id="quotes-matrix", zebra_stripes=True, cursor_type="cell")
            yield Static("", id="matrix-where", markup=False)

    def action_move(self, rows: int) -> None:
        """j / k move through the focused table's rows, as the arrows do."""
        self._step("cursor_down" if rows > 0 else "cursor_up")

    def action_column(self, step: int) -> None:
        """h / l (and the arrows) move to the previous or next article's column."""
        self._step("cursor_right" if step > 0 else "cursor_left")

    def _step(self, action: str) -> None:
        table = self.focused
        if isinstance(table, DataTable):
            getattr(table, f"action_{action}")()

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        """Name the row's claim or quotation and the article of the cursor's column."""
        table = event.data_table
        row, column = event.coordinate.row, event.coordinate.column
        if row >= table.row_count:
            return
        title = str(table.get_cell_at(Coordinate(row, 0)))
        where = clip(title, 60)
        if column >= 1:
            article = self.articles[column - 1]
            cell = str(event.value).strip()
            said = {
                "●": "makes it",
                "≠": "gives a different figure",
                "✗": "disputes it (as you marked its passage)",
                "?": "may make it in other words (a sentence close to it)",
                "·": "omits it",
            }.get(cell, "another story")
            if cell == "≠" and table.id == "claims-matrix" and row < len(self.claims):
                said = f"gives {self._figures(self.claims[row], article.id)}"
            name = article.meta.outlet or article.id
            headline = clip(article.meta.headline or "", 40)
            where = f"{self.columns[column - 1] + 1} {name}: {said} · {headline} · {where}"
        self.query_one("#matrix-where", Static).update(where)

    @staticmethod
    def _figures(claim: Claim, article_id: str) -> str:
        """The figure ``article_id`` gives for each disputed quantity and the others':
        "31,000 (others: 30,000)"."""
        parts = []
        for item in claim.disagreement:
            values: dict[str, str] = dict(item.get("values", {}))
            if article_id not in values:
                continue
            mine = values[article_id]
            others = [figure(v) for v, _ids in by_value(values) if v != mine]
            parts.append(f"{figure(mine)} (others: {', '.join(others)})")
        return "; ".join(parts) or "a different figure"

    def on_mount(self) -> None:
        # a small terminal gives the grid every column (20 articles fit 80)
        self.set_class(self.app.size.width < 100, "-narrow")
        numbers = [str(i + 1) for i in self.columns]
        # the article columns in view at 80 columns too: the text column gives way, and
        # many columns lose their padding (20 articles fit 80 columns)
        # (the border, the padding and a scroll bar's two columns)
        room = self.app.size.width - (6 if self.has_class("-narrow") else 10)
        tight = 5 * len(numbers) + 24 > room
        width = 3 if tight else 5
        text_width = max(14 if tight else 24, min(60, room - width * len(numbers)))
        table = self.query_one("#claims-matrix", DataTable)
        quotes_table = self.query_one("#quotes-matrix", DataTable)
        for grid in (table, quotes_table):
            grid.fixed_columns = 1
            if tight:
                grid.cell_padding = 0
        table.add_column("Claim", width=text_width)
        for n in numbers:
            table.add_column(Text(n.rjust(2)), width=3)
        for row in claim_rows(self.claims[:MAX_ROWS], self.articles):
            table.add_row(*row)
        quotes_table.add_column("Quotation", width=text_width)
        for n in numbers:
            quotes_table.add_column(Text(n.rjust(2)), width=3)
        if self.quotes is not None:
            for row in quote_rows(self.quotes, self.articles, MAX_ROWS):
                quotes_table.add_row(*row)
        table.focus()
