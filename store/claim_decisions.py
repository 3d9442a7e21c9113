"""The user's decisions about claims, as domain objects (the store keeps plain JSON)."""

from __future__ import annotations

import logging

from articles.claim_decisions import ClaimDecision
from store.db import Store

log = logging.getLogger(__name__)


def load_decisions(store: Store) -> list[ClaimDecision]:
    """Every recorded decision, oldest first; unreadable records are skipped (and logged)."""
    decisions: list[ClaimDecision] = []
    for doc in store.claim_decisions():
        try:
            decisions.append(ClaimDecision.from_dict(doc))
        except ValueError as error:
            log.warning("skipped a claim decision: %s", error)
    decisions.sort(key=lambda d: d.created)
    return decisions


def save_decision(store: Store, decision: ClaimDecision) -> None:
    """Record a decision (on disk when this returns); undo forgets it again."""
    what = decision.kind.value.replace("_", " ")
    store.record_claim_decision(decision.to_dict(), undoable=f"claim decision ({what})")
