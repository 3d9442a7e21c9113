"""The Claims tab: claims with reach, disagreement and omission markers; sortable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import var
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.messages import PanelReady
from tui.widgets.list_keys import LIST_BINDINGS
from tui.widgets.wrapping_option_list import WrappingOptionList

if TYPE_CHECKING:
    from articles.claims import Claim


def claim_label(claim: Claim, total: int) -> Text:
    """Reach, markers, then the summary: "3/5 ≠ ∅2 Fallon said ..."."""
    label = Text(f"{claim.reach}/{total} ", style="bold")
    if claim.disputed:
        label.append("≠ ", style="bold red")
    omitted = claim.omitted_count
    if omitted:
        label.append(f"∅{omitted} ", style="yellow")
    if claim.status != "suggested":
        label.append("✓ " if claim.status == "accepted" else "✎ ", style="green")
    label.append(claim.summary)
    return label


class ClaimsPanel(WrappingOptionList):
    """Claims made by several articles; Enter shows one in every pane."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *LIST_BINDINGS,
        Binding(
            "enter",
            "select",
            "Show claim in every pane",
            id="claims.show",
            show=False,
            tooltip="Scroll every pane to its passage; a pane that omits it says so",
        ),
        Binding(
            "y",
            "decide('accept')",
            "Accept",  # short: the footer keeps room for Quit and Help at 80 columns
            id="claims.accept",
            tooltip="Accept the highlighted claim (kept through re-analysis)",
        ),
        Binding(
            "r",
            "decide('reject')",
            "Reject",
            id="claims.reject",
            tooltip="Reject the highlighted suggestion: it will not come back",
        ),
        Binding(
            "R",
            "decide('rename')",
            "Rename claim",
            id="claims.rename",
            show=False,  # in help and the palette; the footer keeps Quit and Help
            tooltip="Give the highlighted claim your own summary line",
        ),
        Binding(
            "m",
            "decide('merge')",
            "Merge claims",
            id="claims.merge",
            show=False,  # in help and the palette; the footer keeps Quit and Help
            tooltip="Mark the highlighted claim, then press m on the claim to merge it into",
        ),
        Binding(
            "o",
            "toggle_sort",
            "Sort claims",
            id="claims.sort",
            show=False,  # in help and the palette; the footer keeps Quit and Help
            tooltip="Sort claims by reach (articles making them) or by dispute",
        ),
    ]

    DEFAULT_CSS = """
    ClaimsPanel { height: 1fr; border: none; }
    """

    sort_by: var[str] = var("reach")
    """"reach" (most articles first) or "dispute" (disagreements first)."""

    class ClaimChosen(Message):
        """Show this claim in every pane."""

        def __init__(self, claim_id: str) -> None:
            super().__init__()
            self.claim_id = claim_id

    class SortChanged(Message):
        """The user sorted the claims another way (kept for the next launch)."""

        def __init__(self, sort_by: str) -> None:
            super().__init__()
            self.sort_by = sort_by

    class Decision(Message):
        """The user decided about a claim: accept, reject, rename or merge."""

        def __init__(self, kind: str, claim_id: str) -> None:
            super().__init__()
            self.kind = kind
            self.claim_id = claim_id

    def on_mount(self) -> None:
        # Panels mount lazily, after the first paint: ask the screen for their contents.
        self.post_message(PanelReady(self))

    def __init__(
        self, *, id: str | None = None, read_only: bool = False, sort_by: str = "reach"
    ) -> None:
        """``sort_by``: the order the user chose last ("reach" or "dispute")."""
        super().__init__(Option(Text("Linking claims…", style="dim italic"), disabled=True), id=id)
        self.set_reactive(
            ClaimsPanel.sort_by, sort_by if sort_by in ("reach", "dispute") else "reach"
        )
        self.read_only = read_only
        """Decisions cannot be stored: their keys are shown dimmed and do nothing."""
        self._claims: tuple[Claim, ...] = ()
        self._total = 0

    def show_claims(self, claims: Sequence[Claim], total_articles: int) -> None:
        self._claims = tuple(claims)
        self._total = total_articles
        self._refill()

    def _sorted(self) -> list[Claim]:
        from articles.claims import rank_claims

        return rank_claims(self._claims, self.sort_by)

    def _refill(self) -> None:
        chosen = self.highlighted_claim
        where = self.highlighted or 0
        claims = self._sorted()
        if not claims:
            self.set_options(
                [Option(Text("No claims shared by two articles.", style="dim"), disabled=True)]
            )
            return
        self.set_options([Option(claim_label(c, self._total), id=c.id) for c in claims])
        ids = [c.id for c in claims]
        # the same claim, or (rejected, merged away) the row where it was: a
        # highlight back at the top sent the next decision to the wrong claim
        self.highlighted = ids.index(chosen) if chosen in ids else min(where, len(ids) - 1)

    def watch_sort_by(self) -> None:
        if self._claims:
            self._refill()

    @property
    def highlighted_claim(self) -> str | None:
        if self.highlighted is None or not self._claims:
            return None
        option = self.get_option_at_index(self.highlighted)
        return option.id

    def action_toggle_sort(self) -> None:
        self.sort_by = "dispute" if self.sort_by == "reach" else "reach"
        if self._claims:
            self.highlighted = 0  # the new order is read from its top
            self.scroll_home(animate=False)
        self.notify(f"Claims sorted by {self.sort_by}", timeout=2)
        self.post_message(self.SortChanged(self.sort_by))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return None if self.read_only and action == "decide" else True

    def action_decide(self, kind: str) -> None:
        claim_id = self.highlighted_claim
        if claim_id:
            self.post_message(self.Decision(kind, claim_id))

    def on_focus(self) -> None:
        """Focused with nothing highlighted: the first entry, so enter acts at once."""
        if self.highlighted is None:
            self.action_first()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.ClaimChosen(event.option.id))
