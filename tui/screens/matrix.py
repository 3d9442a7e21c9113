"""Coverage at a glance: claims × articles and quotations × articles."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from articles.model import Article
from tui.keys import close_keys

if TYPE_CHECKING:
    from articles.claims import Claim
    from articles.quotes import QuoteAnalysis

MAKES = Text("●", style="bold green")
DIFFERS = Text("≠", style="bold red")
OMITS = Text("·", style="dim")


_LEGEND_MAX = 12
"""Up to this many articles, the legend names each column's outlet."""


def claim_rows(claims: Sequence[Claim], articles: Sequence[Article]) -> list[list[Text | str]]:
    """One row per claim: summary, then per article ●, ≠ (different figure) or ·."""
    rows: list[list[Text | str]] = []
    for claim in claims:
        outliers = minority_articles(claim)
        cells: list[Text | str] = [Text(claim.summary)]  # a str cell would be markup
        for article in articles:
            if article.id in outliers:
                cells.append(DIFFERS)  # a member's figure, or a linked sentence's
            elif article.id in claim.article_ids or article.id in claim.reported_by:
                cells.append(MAKES)
            else:
                cells.append(OMITS)
        rows.append(cells)
    return rows


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


def quote_rows(quotes: QuoteAnalysis, articles: Sequence[Article]) -> list[list[Text | str]]:
    """One row per utterance quoted in two or more articles (then the rest)."""
    rows: list[tuple[int, list[Text | str]]] = []
    for utterance in quotes.utterances():
        members = quotes.utterance_members(utterance)
        carried = {q.article_id for q in members}
        longest = max(members, key=lambda q: q.end - q.start)
        words = " ".join(quotes.text_of(longest).split())
        title = f"{longest.speaker or '?'}: “{words[:50]}{'…' if len(words) > 50 else ''}”"
        cells: list[Text | str] = [Text(title)]
        cells.extend(MAKES if a.id in carried else OMITS for a in articles)
        rows.append((-len(carried), cells))
    rows.sort(key=lambda item: item[0])
    return [cells for _, cells in rows]


class MatrixScreen(ModalScreen[None]):
    """Which outlet reports what: ● makes it, ≠ gives a different figure, · omits it."""

    BINDINGS = [Binding("escape,q,x", "dismiss(None)", "Close", id="matrix.close")]

    DEFAULT_CSS = """
    MatrixScreen { align: center middle; }
    MatrixScreen > Vertical {
        width: 95%; height: 95%; border: round $accent; background: $surface; padding: 0 1;
    }
    MatrixScreen DataTable { height: 1fr; }
    MatrixScreen .legend { color: $text-muted; }
    """

    def __init__(
        self, claims: Sequence[Claim], quotes: QuoteAnalysis | None, articles: Sequence[Article]
    ) -> None:
        super().__init__()
        self.claims = claims
        self.quotes = quotes
        self.articles = articles

    def compose(self) -> ComposeResult:
        with Vertical():
            if len(self.articles) <= _LEGEND_MAX:
                legend = "  ".join(
                    f"{i + 1}={a.meta.outlet or a.id}" for i, a in enumerate(self.articles)
                )
            else:
                # a legend of hundreds of names filled the dialog and hid the grid
                legend = f"columns 1-{len(self.articles)}: the articles as numbered in the list"
            closes = close_keys(self.app, "matrix.close", "escape")
            yield Static(
                f"Coverage: ● makes it  ≠ different figure  · omits it    {legend}"
                f"    ({closes} closes)",
                classes="legend",
                markup=False,
            )
            yield DataTable(id="claims-matrix", zebra_stripes=True, cursor_type="row")
            yield DataTable(id="quotes-matrix", zebra_stripes=True, cursor_type="row")

    def on_mount(self) -> None:
        numbers = [str(i + 1) for i in range(len(self.articles))]
        # the article columns in view at 80 columns too: the text column gives way
        text_width = max(24, min(60, self.app.size.width - 6 * len(numbers) - 8))
        table = self.query_one("#claims-matrix", DataTable)
        table.add_column("Claim", width=text_width)
        for n in numbers:
            table.add_column(n, width=3)
        for row in claim_rows(self.claims, self.articles):
            table.add_row(*row)
        quotes_table = self.query_one("#quotes-matrix", DataTable)
        quotes_table.add_column("Quotation", width=text_width)
        for n in numbers:
            quotes_table.add_column(n, width=3)
        if self.quotes is not None:
            for row in quote_rows(self.quotes, self.articles):
                quotes_table.add_row(*row)
        table.focus()
