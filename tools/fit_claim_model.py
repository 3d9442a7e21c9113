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

import argparse
import json
import math
from collections import defaultdict
from pathlib import Path

from articles import claims
from articles.aliases import learn_aliases
from articles.claim_model import FEATURES
from articles.ingest import load_paths
from articles.quotes import analyse_quotes

Example = tuple[tuple[float, ...], int]


def examples(corpus: str, gold: str) -> list[Example]:
    """The candidate pairs of one set, with their features and gold labels."""
    articles = load_paths([corpus]).articles
    table = learn_aliases([a.text for a in articles], None)
    units = claims._prepare(articles, table, analyse_quotes(articles))
    members: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for claim in json.loads(Path(gold, "claims.json").read_text(encoding="utf-8"))["claims"]:
        for m in claim["members"]:
            members[m["article"]].append((m["start"], m["end"], claim["id"]))

    def claims_of(unit: claims._Unit) -> dict[str, set[str]]:
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


def fit(rows: list[Example], l2: float = 1.0, iterations: int = 12) -> tuple[float, list[float]]:
    """Intercept and coefficients (on the raw features) of an L2 logistic regression."""
    k = len(rows[0][0])
    n = len(rows)
    mean = [math.fsum(r[0][j] for r in rows) / n for j in range(k)]
    std = [
        math.sqrt(math.fsum((r[0][j] - mean[j]) ** 2 for r in rows) / n) or 1.0 for j in range(k)
    ]
    xs = [[1.0] + [(r[0][j] - mean[j]) / std[j] for j in range(k)] for r in rows]
    ys = [r[1] for r in rows]
    w = [0.0] * (k + 1)
    for _ in range(iterations):
        grad = [0.0] * (k + 1)
        hess = [[0.0] * (k + 1) for _ in range(k + 1)]
        for x, y in zip(xs, ys, strict=True):
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            d = p - y
            s = p * (1.0 - p)
            for i in range(k + 1):
                xi = x[i]
                grad[i] += d * xi
                row = hess[i]
                sxi = s * xi
                for j in range(i, k + 1):
                    row[j] += sxi * x[j]
        for i in range(1, k + 1):  # the intercept is not penalised
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        for i in range(k + 1):
            for j in range(i):
                hess[i][j] = hess[j][i]
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(si) for si in step) < 1e-8:
            break
    coefficients = [w[j + 1] / std[j] for j in range(k)]
    intercept = w[0] - math.fsum(w[j + 1] * mean[j] / std[j] for j in range(k))
    return intercept, coefficients


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve ``a x = b`` by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for j in range(c, n + 1):
                m[r][j] -= f * m[c][j]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][j] * x[j] for j in range(r + 1, n))) / m[r][r]
    return x


def _probability(intercept: float, coefficients: list[float], x: tuple[float, ...]) -> float:
    z = intercept + math.fsum(c * v for c, v in zip(coefficients, x, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _average_precision(scored: list[tuple[float, int]]) -> float:
    scored.sort(key=lambda t: -t[0])
    hits, total = 0, 0.0
    for rank, (_, y) in enumerate(scored, 1):
        if y:
            hits += 1
            total += hits / rank
    return total / max(1, hits)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set", nargs=2, action="append", metavar=("CORPUS", "GOLD"), required=True
    )
    parser.add_argument("--folds", type=int, default=0, help="report k-fold ranking first")
    parser.add_argument("--l2", type=float, default=1.0)
    args = parser.parse_args()
    per_set = [examples(corpus, gold) for corpus, gold in args.set]
    rows = [r for s in per_set for r in s]
    print(f"{len(per_set)} sets, {len(rows)} candidate pairs, {sum(y for _, y in rows)} positive")
    for fold in range(args.folds):
        train = [r for i, s in enumerate(per_set) if i % args.folds != fold for r in s]
        test = [r for i, s in enumerate(per_set) if i % args.folds == fold for r in s]
        b0, w = fit(train, args.l2)
        ap = _average_precision([(_probability(b0, w, x), y) for x, y in test])
        print(f"fold {fold}: average precision {ap:.3f} on {len(test)} pairs")
    intercept, coefficients = fit(rows, args.l2)
    print("COEFFICIENTS = (")
    for name, c in zip(FEATURES, coefficients, strict=True):
        print(f"    {c:+.6f},  # {name}")
    print(")")
    print(f"INTERCEPT = {intercept:+.6f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
