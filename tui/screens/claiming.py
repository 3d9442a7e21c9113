"""Claim verbs of the reader: show a claim in every pane, decide about claims, the matrix.

A base class of :class:`tui.screens.reader.ReaderScreen` (one area of
behaviour per file).  The user's decisions are stored and re-applied to every
new analysis, so an accepted, renamed or merged claim stays so and a rejected
suggestion does not come back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, cast

from textual.binding import Binding, BindingType

from articles.model import ArticleSet
from articles.wording import by_value, counted, figure
from tui.labels import article_name
from tui.screens.annotating import AnnotatingScreen
from tui.shorten import shorten
from tui.widgets.article_pane import ArticlePane

# Claim analysis and decisions load with the analysis, not before the first paint.
if TYPE_CHECKING:
    from articles.claim_decisions import ClaimDecision
    from articles.claims import Claim, ClaimMember
    from tui.analysis import Analysis
    from tui.widgets.claims_panel import ClaimsPanel


CLAIMS_SORT_SETTING = "claims.sort"
"""The store setting that keeps the Claims tab's order ("reach" or "dispute")."""


class ClaimingScreen(AnnotatingScreen):
    """The claims half of the reader screen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "3",
            "show_tab('claims')",
            "Claims tab",
            id="reader.tab_claims",
            show=False,
            tooltip="Open the Claims tab of the side panel",
        ),
        Binding(
            "x",
            "matrix",
            "Coverage matrix",
            id="reader.matrix",
            show=False,
            tooltip="Claims × articles and quotations × articles",
        ),
        Binding(
            "plus",
            "create_claim",
            "Create claim from passage",
            id="claims.create",
            show=False,
            tooltip="Create a claim from the selection or the current sentence",
        ),
        Binding(
            "equals_sign",
            "add_to_claim",
            "Add passage to claim",
            id="claims.add_member",
            show=False,
            tooltip="Add the selection or sentence to the chosen claim",
        ),
        Binding(
            "minus",
            "remove_from_claim",
            "Remove passage from claim",
            id="claims.remove_member",
            show=False,
            tooltip="Remove the passage under the cursor from the chosen claim",
        ),
    ]

    BINDINGS += [
        Binding(
            "S",
            "split_claim",
            "Split passage off claim",
            id="claims.split",
            show=False,
            tooltip="Move the passage under the cursor out of the chosen claim, "
            "into a claim of its own",
        ),
        Binding(
            "exclamation_mark",
            "cycle_role",
            "Mark passage role",
            id="claims.role",
            show=False,
            tooltip="Mark the passage under the cursor as supporting, disputing or "
            "adding context to the chosen claim (cycles; a fourth press clears the mark)",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.claims: tuple[Claim, ...] = ()
        """The claims shown: the analysis's suggestions with the user's decisions applied."""
        self.suggested: tuple[Claim, ...] = ()
        """The analysis's claims, before decisions."""
        self.current_claim: str | None = None
        self._claims_at: dict[tuple[str, int], list[Claim]] = {}
        self._merge_source: str | None = None
        self._unapplied = 0
        """How many stored decisions matched no claim last time (said once)."""
        self.analysis: Analysis | None = None
        """Quotes and claims of the set, once the analysis worker is done."""

    def decorate(self, pane: ArticlePane) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _title_pane(self, pane: ArticlePane) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    # ------------------------------------------------------------------ decisions

    def with_decisions(self, suggested: Sequence[Claim]) -> tuple[Claim, ...]:
        """The suggestions with every stored decision applied."""
        from articles.claim_decisions import apply_decisions
        from store.claim_decisions import load_decisions

        self.suggested = tuple(suggested)
        if self.store is None:
            return self.suggested
        unapplied: list[ClaimDecision] = []
        shaped = apply_decisions(
            self.suggested,
            load_decisions(self.store),
            self.article_set.ids,
            self._texts(),
            unapplied,
            self.article_set.places(),
        )
        if len(unapplied) > self._unapplied:
            # say so once: the decisions stay stored, and apply again if their
            # articles come back as they were
            from articles.claim_decisions import describe

            listed = "; ".join(describe(d, 40) for d in unapplied[:2])
            more = f" and {len(unapplied) - 2} more" if len(unapplied) > 2 else ""
            self.notify(
                f"{counted(len(unapplied), 'claim decision')} no longer "
                f"{'applies' if len(unapplied) == 1 else 'apply'} in full (the articles "
                f"changed or are not open; kept): {listed}{more}",
                severity="warning",
                timeout=10,
            )
        self._unapplied = len(unapplied)
        return tuple(shaped)

    def after_undo(self) -> None:
        # an undone decision (a rejected claim, a merge) no longer shapes the claims
        self.set_claims(self.with_decisions(self.suggested))

    def _texts(self) -> dict[str, str]:
        return {a.id: a.text for a in self.article_set.articles}

    def decide(self, decision: ClaimDecision, message: str) -> None:
        """Store a decision and show the claims with it applied."""
        from articles.claim_decisions import anchored
        from store.claim_decisions import save_decision

        if not self._writable():
            return
        # what the decision is about, as words: it follows its claim when the set changes
        decision = anchored(decision, self.claims, self._texts(), self.article_set.places())
        try:
            save_decision(self.store, decision)
        except Exception as error:  # the store says why (disk, lock); the reader goes on
            self.notify(f"Could not save the decision: {error}", severity="error")
            return
        self.set_claims(self.with_decisions(self.suggested))
        self.notify(message, timeout=3)

    # Panel messages are handled by name (on_<panel>_<message>), not with @on(...):
    # the panel modules are imported with the side panel, after the first frame.
    def on_claims_panel_sort_changed(self, event: ClaimsPanel.SortChanged) -> None:
        """Keep the claims' order for the next launch (a preference: never an error)."""
        if self.store is not None and not self.store.read_only:
            with contextlib.suppress(Exception):  # (a full disk: an order, not work)
                self.store.set_setting(CLAIMS_SORT_SETTING, event.sort_by)

    def _setting(self, key: str, default: object) -> object:
        """A setting of the set's store, or ``default`` (no store, or unreadable)."""
        if self.store is None:
            return default
        try:
            return self.store.setting(key, default)
        except Exception:  # (a damaged store answers nothing: the default serves)
            return default

    def on_claims_panel_decision(self, event: ClaimsPanel.Decision) -> None:
        from articles import claim_decisions as decide

        claim = self.claim(event.claim_id)
        if claim is None:
            return
        if event.kind == "accept":
            self.decide(decide.accept(claim.id), "Claim accepted")
        elif event.kind == "reject":
            self.decide(
                decide.reject(claim.id), "Claim rejected: it will not be suggested again (u undoes)"
            )
        elif event.kind == "rename":
            from tui.dialogs.text_prompt import TextPrompt

            def renamed(summary: str | None) -> None:
                if summary:
                    self.decide(decide.rename(claim.id, summary), "Claim renamed")

            self.app.push_screen(TextPrompt("Rename claim", claim.summary), renamed)
        elif event.kind == "merge":
            if self._merge_source is None or self._merge_source == claim.id:
                self._merge_source = claim.id
                self.notify(
                    f"Marked “{shorten(claim.summary, 50)}” for merging: press m on the claim"
                    " to merge it into.",
                    timeout=5,
                )
            else:
                source, self._merge_source = self._merge_source, None
                merged = self.claim(source)
                what = f"“{shorten(merged.summary, 40)}”" if merged else "the marked claim"
                self.decide(
                    decide.merge(claim.id, [source]),
                    f"Merged {what} into “{shorten(claim.summary, 40)}”",
                )

    def action_create_claim(self) -> None:
        from articles import claim_decisions as decide

        target = self._target()
        if target is None:
            return
        pane, start, end = target
        passage = (pane.article.id, start, end)

        def created(summary: str | None) -> None:
            if summary:
                decision = decide.create([passage], summary)
                self.decide(decision, "Claim created: add passages from other articles with =")
                self.current_claim = decision.claim_id

        from tui.dialogs.text_prompt import TextPrompt

        text = " ".join(pane.article.text[start:end].split())
        self.app.push_screen(
            TextPrompt(
                "New claim: a one-line summary", text[:80], hint="enter: create · esc: cancel"
            ),
            created,
        )

    def action_add_to_claim(self) -> None:
        from articles import claim_decisions as decide

        target = self._target()
        claim = self.claim(self.current_claim)
        if target is None or claim is None:
            self.notify("Choose a claim first (Claims tab, enter).", timeout=3)
            return
        pane, start, end = target
        if any(
            m.article_id == pane.article.id and m.start <= start and end <= m.end
            for m in claim.members
        ):
            self.notify("The passage is already part of the chosen claim.", timeout=3)
            return
        self.decide(
            decide.add_member(claim.id, (pane.article.id, start, end)), "Passage added to the claim"
        )

    def _member_here(self) -> tuple[Claim, ClaimMember] | None:
        """The chosen claim and its passage under the cursor, or None (and say why)."""
        pane = self.active_pane
        claim = self.claim(self.current_claim)
        if pane is None or claim is None:
            self.notify("Choose a claim first (Claims tab, enter).", timeout=3)
            return None
        mine = [m for m in claim.members if m.article_id == pane.article.id]
        here = [m for m in mine if m.start <= pane.point < max(m.end, m.start + 1)]
        if not here and pane.sentence is not None:
            s = pane.sentence
            here = [m for m in mine if m.start < s.end and m.end > s.start]
        if not here:
            self.notify("The cursor is not on a passage of the chosen claim.", timeout=3)
            return None
        return claim, here[0]

    def action_remove_from_claim(self) -> None:
        from articles import claim_decisions as decide

        found = self._member_here()
        if found is not None:
            claim, member = found
            passage = (member.article_id, member.start, member.end)
            self.decide(decide.remove_member(claim.id, passage), "Passage removed from the claim")

    def action_split_claim(self) -> None:
        from articles import claim_decisions as decide

        found = self._member_here()
        if found is not None:
            claim, member = found
            passage = (member.article_id, member.start, member.end)
            self.decide(decide.split(claim.id, [passage]), "Passage split off into a new claim")

    def action_cycle_role(self) -> None:
        from articles import claim_decisions as decide

        found = self._member_here()
        if found is None:
            return
        claim, member = found
        # supports, disputes, context, then no mark again
        cycle = [*decide.ROLES, ""]
        role = cycle[(cycle.index(member.role) + 1) % len(cycle)] if member.role else cycle[0]
        passage = (member.article_id, member.start, member.end)
        said = f"Passage marked: {role}" if role else "Passage mark cleared"
        self.decide(decide.mark_role(claim.id, passage, role), said)

    # ------------------------------------------------------------------ showing

    def set_claims(self, claims: Sequence[Claim]) -> None:
        """Show these claims in the panel (and keep the chosen one highlighted)."""
        self.claims = tuple(claims)
        self._claims_at = {}
        for claim in self.claims:
            for member in claim.members:
                for sentence in self._sentences_of(member):
                    self._claims_at.setdefault((member.article_id, sentence), []).append(claim)
        # Absent until mounted (PanelReady fills it); by type name, as its module
        # loads with the side panel, after the first frame.
        for panel in self.query("ClaimsPanel"):
            cast("ClaimsPanel", panel).show_claims(self.claims, len(self.article_set.articles))
        if self.current_claim and not self.claim(self.current_claim):
            self.current_claim = None
        for pane in self.panes:
            self.decorate(pane)
        chosen = self.claim(self.current_claim)
        if chosen is not None:
            # a passage added or removed: the panes that omit the claim change with it
            for pane in self.panes:
                self._mark_omission(pane, chosen)
        if self.active_pane is not None:
            # "claim in 2 articles" must not outlive a rejected claim
            self.update_status(self.active_pane)

    def _sentences_of(self, member: ClaimMember) -> list[int]:
        """The sentences a member passage covers (a passage the user added has no
        sentence of its own: the ones under it)."""
        if member.sentence >= 0:
            return [member.sentence]
        article = self.article_set.by_id(member.article_id)
        if article is None:
            return []
        return [s.index for s in article.sentences if s.start < member.end and member.start < s.end]

    def _mark_omission(self, pane: ArticlePane, claim: Claim) -> bool:
        """Mark the pane as omitting the claim, or not; whether its article has a passage."""
        mine = any(m.article_id == pane.article.id for m in claim.members)
        # an article giving the claim's figure otherwise disputes it; it does not omit it
        pane.set_class(claim.omits(pane.article.id), "-omits")
        self._title_pane(pane)
        return mine

    def claim(self, claim_id: str | None) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)

    def on_claims_panel_claim_chosen(self, event: ClaimsPanel.ClaimChosen) -> None:
        self.show_claim(event.claim_id)

    def show_claim(self, claim_id: str) -> None:
        """Highlight the claim's passages in every pane; say which panes omit it."""
        claim = self.claim(claim_id)
        if claim is None:
            return
        self.current_claim = claim_id
        omitting = []
        for pane in self.panes:
            self.decorate(pane)
            self._mark_omission(pane, claim)
            # its member passage, or the passage giving the claim's figure otherwise
            mine = claim.passages_in(pane.article.id)
            if mine:
                pane.move_cursor_to_offset(mine[0].start, center=True)
            else:
                omitting.append(article_name(self.article_set, pane.article.id))
        text = f"{counted(claim.reach, 'article')} make{'s' if claim.reach == 1 else ''} this claim"
        if claim.reported_by:
            text += f" ({len(claim.reported_by)} give its figure in another sentence)"
        if claim.related_by:
            text += f"; {counted(len(claim.related_by), 'article')} may, in other words"
        if claim.omitted_count:
            text += f"; omitted by {claim.omitted_count}"
            if claim.omitted_count <= NAMED_OMISSIONS:
                names = (article_name(self.article_set, a) for a in claim.omitted_by)
                text += " (" + ", ".join(names) + ")"
        if claim.disagreement:
            text += "; figures differ: " + disagreement_text(claim, self.article_set)
        if omitting:
            text = text.rstrip(".") + ". Not in pane(s): " + ", ".join(omitting)
        self.notify(text, timeout=8)

    def action_matrix(self) -> None:
        from tui.screens.matrix import MatrixScreen

        quotes = self.analysis.quotes if self.analysis else None
        panes = [pane.article.id for pane in self.panes]
        self.app.push_screen(MatrixScreen(self.claims, quotes, self.article_set.articles, panes))


NAMED_OMISSIONS = 4
"""Up to this many, the toast of a chosen claim names the articles omitting it."""


def disagreement_text(claim: Claim, article_set: ArticleSet) -> str:
    """ "killed: 12 (AFP) vs 65 (Middle East Eye)" for each disputed quantity, the
    articles giving one figure together ("30,000 (AP, Guardian) vs 31,000 (Reuters)")."""
    parts = []
    for item in claim.disagreement:
        values: dict[str, str] = dict(item.get("values", {}))
        shown = [
            f"{figure(value)} ({', '.join(article_name(article_set, a) for a in ids)})"
            for value, ids in by_value(values)
        ]
        parts.append(f"{item.get('quantity', 'figure')}: " + " vs ".join(shown))
    return "; ".join(parts)
