"""The Quotes tab: speakers, their utterances, and how many articles carry each."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Tree

from tui.messages import PanelReady
from tui.shorten import clip
from tui.widgets.list_keys import LIST_BINDINGS, TreeEnds

if TYPE_CHECKING:
    from articles.quotes import QuoteAnalysis


class QuotesPanel(TreeEnds[str]):
    """Speaker nodes with one leaf per utterance; selecting a leaf shows it in every pane."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *LIST_BINDINGS,
        Binding(
            "enter",
            "select_cursor",
            "Show in every pane",
            id="quotes.show",
            show=False,
            tooltip="Open a speaker, or show the utterance in every pane that quotes it",
        ),
        Binding(
            "d",
            "variants",
            "Quote variants",
            id="quotes.variants",
            tooltip="Compare, word by word, how each article quotes this utterance",
        ),
    ]

    DEFAULT_CSS = """
    QuotesPanel { height: 1fr; border: none; }
    """

    class UtteranceChosen(Message):
        """Show this utterance in every pane that carries it."""

        def __init__(self, utterance: str) -> None:
            super().__init__()
            self.utterance = utterance

    class VariantsRequested(Message):
        """Open the word-level comparison of this utterance's versions."""

        def __init__(self, utterance: str) -> None:
            super().__init__()
            self.utterance = utterance

    def on_mount(self) -> None:
        # Panels mount lazily, after the first paint: ask the screen for their contents.
        self.post_message(PanelReady(self))

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("Quotations", id=id)
        self.show_root = False
        self.root.add_leaf(Text("Finding quotations…", style="dim italic"))

    def show_analysis(
        self, analysis: QuoteAnalysis, styles: Mapping[str | None, Style], total_articles: int
    ) -> None:
        """Fill the tree from the analysis: speakers by number of quotations."""
        self.clear()
        by_speaker: dict[str | None, dict[str, list]] = {}
        for quote in analysis.quotes:
            by_speaker.setdefault(quote.speaker, {}).setdefault(quote.utterance, []).append(quote)
        if not by_speaker:
            self.root.add_leaf(Text("No quotations found.", style="dim italic"))
        order = sorted(
            by_speaker.items(),
            key=lambda item: (
                item[0] is None,
                -sum(len(q) for q in item[1].values()),
                item[0] or "",
            ),
        )
        for speaker, utterances in order:
            label = Text(
                speaker or "Unattributed", style=styles.get(speaker, Style()) + Style(bold=True)
            )
            label.append(f"  {sum(len(q) for q in utterances.values())}", style="dim")
            node = self.root.add(label, expand=True)
            ranked = sorted(
                utterances.items(),
                key=lambda item: (-len({q.article_id for q in item[1]}), item[1][0].article_id),
            )
            for utterance, quotes in ranked:
                articles = len({q.article_id for q in quotes})
                longest = max(quotes, key=lambda q: q.end - q.start)
                text = analysis.text_of(longest)
                leaf = Text(
                    f"{articles}/{total_articles} ", style="bold" if articles > 1 else "dim"
                )
                leaf.append(f"“{clip(text, 60)}”")
                node.add_leaf(leaf, data=utterance)
        self.root.expand()
        if self.has_focus:
            self.on_focus()  # refilled under the user's eyes: keep a row highlighted

    def on_focus(self) -> None:
        """Focused with no cursor row: the first row, so enter acts at once."""
        if self.cursor_line < 0 and self.root.children:
            self.cursor_line = 0

    def _chosen_utterance(self) -> str | None:
        node = self.cursor_node
        return node.data if node is not None and node.data else None

    def on_tree_node_selected(self, event: Tree.NodeSelected[str]) -> None:
        event.stop()
        if event.node.data:
            self.post_message(self.UtteranceChosen(event.node.data))

    def action_variants(self) -> None:
        utterance = self._chosen_utterance()
        if utterance:
            self.post_message(self.VariantsRequested(utterance))
