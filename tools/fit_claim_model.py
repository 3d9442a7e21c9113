"""Fit the claim link model (articles/claim_model.py) on hand-annotated story sets.

Usage::

    python tools/fit_claim_model.py --set CORPUS GOLD [--set CORPUS GOLD ...] [--folds 2]

CORPUS is a folder of articles, GOLD a folder holding its ``claims.json`` (the
customer's gold format: members with ``article``, ``start`` and ``end``).  Every
candidate pair the claims blocking compares becomes one example: positive when
the two sentences are members of one gold claim in different articles.  An
L2-regularised logistic regression is fitted by Newton's method (pure Python: no
dependency beyond the app's), and the coefficients are printed as the block to
paste into ``articles/claim_model.py``.  ``--folds 2`` first reports, per fold of
whole sets, how the model fitted on the other fold ranks that fold's pairs.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from logistic_fit import Example, main

from articles import claims
from articles.aliases import learn_aliases
from articles.claim_model import FEATURES
from articles.ingest import load_paths
from articles.quotes import analyse_quotes


def examples(corpus: str, gold: str) -> list[Example]:
    """The candidate pairs of one set, with their features and gold labels."""
    articles = load_paths([corpus]).articles
    table = learn_aliases([a.text for a in articles], None)
    units = claims.prepare_units(articles, table, analyse_quotes(articles))
    members: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for claim in json.loads(Path(gold, "claims.json").read_text(encoding="utf-8"))["claims"]:
        for m in claim["members"]:
            members[m["article"]].append((m["start"], m["end"], claim["id"]))

    def claims_of(unit: claims.SentenceUnit) -> dict[str, set[str]]:
        # a sentence is a gold member when they overlap by half the shorter
        found: dict[str, set[str]] = {}
        for o in unit.occurrences:
            ids = {
                cid
                for start, end, cid in members.get(o.article_id, ())
                if min(end, o.end) - max(start, o.start)
                >= max(1, 0.5 * min(end - start, o.end - o.start))
            }
            found[o.article_id] = ids
        return found

    gold_of = [claims_of(u) for u in units]
    scale = claims.weight_scale(units)
    out = []
    for a, b in claims.candidate_pairs(units):
        positive = any(
            aa != bb and not ca.isdisjoint(cb)
            for aa, ca in gold_of[a].items()
            for bb, cb in gold_of[b].items()
        )
        features = tuple(float(x) for x in claims.pair_features(units[a], units[b], scale))
        out.append((features, int(positive)))
    return out


if __name__ == "__main__":
    raise SystemExit(main(__doc__.split("\n\n")[0], examples, FEATURES))
