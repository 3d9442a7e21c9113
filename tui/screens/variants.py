"""How each article quotes one utterance, word by word against the longest version."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from articles.utterances import Variant
from tui.keys import close_keys


def render_variant(variant: Variant) -> Text:
    """The version's words; words the base lacks in green, words it drops struck in red."""
    text = Text()
    for op in variant.ops:
        if op.op == "equal":
            text.append(" ".join(op.words) + " ")
        elif op.op == "insert":
            text.append(" ".join(op.words) + " ", style="bold green")
        elif op.op == "delete":
            text.append(" ".join(op.words) + " ", style="red strike")
        else:  # replace: this version's words, the base's shown struck before them
            text.append(" ".join(op.base) + " ", style="red strike")
            text.append(" ".join(op.words) + " ", style="bold yellow")
    return text


class VariantsScreen(ModalScreen[None]):
    """Word-level comparison of the versions of one utterance."""

    BINDINGS = [Binding("escape,q,d", "dismiss(None)", "Close", id="variants.close")]

    DEFAULT_CSS = """
    VariantsScreen { align: center middle; }
    VariantsScreen > VerticalScroll {
        width: 90%; max-width: 120; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    VariantsScreen .variant-title { text-style: bold; margin-top: 1; }
    """

    def __init__(self, title: str, variants: Sequence[Variant], labels: Mapping[str, str]) -> None:
        super().__init__()
        self.title_text = title
        self.variants = variants
        self.labels = labels

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Text(self.title_text, style="bold"))
            yield Static(
                Text(
                    "Compared with the longest version: green = words only this outlet has, "
                    "red struck = words it leaves out, yellow = worded differently.  "
                    f"({close_keys(self.app, 'variants.close', 'escape')} closes)",
                    style="dim",
                )
            )
            for variant in self.variants:
                label = self.labels.get(variant.article_id, variant.article_id)
                suffix = (
                    " (longest version)"
                    if variant.is_base
                    else (
                        ""
                        if variant.differs or any(o.op == "delete" for o in variant.ops)
                        else " (identical words)"
                    )
                )
                yield Static(f"{label}{suffix}", classes="variant-title", markup=False)
                yield Static(render_variant(variant))
