"""The list of open articles: headline, outlet and date; choosing one fills a pane."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from articles.model import Article
from tui.widgets.list_keys import LIST_BINDINGS
from tui.widgets.wrapping_option_list import WrappingOptionList


def article_label(article: Article, number: int) -> Text:
    """Two lines: the headline, then outlet · date (or the file id)."""
    meta = article.meta
    label = Text(f"{number}. ", style="bold")
    label.append(article.title)
    details = [d for d in (meta.outlet, meta.date.isoformat() if meta.date else None) if d]
    label.append("\n   " + (" · ".join(details) if details else article.id), style="dim")
    return label


class ArticleList(WrappingOptionList):
    """Open articles; Enter puts the highlighted one in the active pane."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *LIST_BINDINGS,
        Binding(
            "enter",
            "select",
            "Put in the active pane",
            id="articles.show",
            show=False,
            tooltip="Show the highlighted article in the pane keys act on",
        ),
    ]

    DEFAULT_CSS = """
    ArticleList { height: 1fr; border: none; }
    """

    class Chosen(Message):
        """The user chose an article for the active pane."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, articles: Sequence[Article], *, id: str | None = None) -> None:
        super().__init__(*self.make_options(articles), id=id)

    @staticmethod
    def make_options(articles: Sequence[Article]) -> list[Option]:
        return [Option(article_label(a, i + 1), id=a.id) for i, a in enumerate(articles)]

    def set_articles(self, articles: Sequence[Article]) -> None:
        highlighted = self.highlighted
        self.set_options(self.make_options(articles))
        if highlighted is not None and articles:
            self.highlighted = min(highlighted, len(articles) - 1)

    def on_focus(self) -> None:
        """Focused with nothing highlighted: the first entry, so enter acts at once."""
        if self.highlighted is None:
            self.action_first()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(event.option.id))
