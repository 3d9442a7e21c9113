"""Logistic regression for the link models, fitted in pure Python (tools only).

L2-regularised, by Newton's method on standardised features; the coefficients
come back on the raw features, as ``articles/logistic.py`` applies them.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable, Sequence

from articles.logistic import probability

Example = tuple[tuple[float, ...], int]
"""(features, label): label 1 for a pair the gold links."""


def fit(rows: list[Example], l2: float = 1.0, iterations: int = 12) -> tuple[float, list[float]]:
    """Intercept and coefficients (on the raw features) of an L2 logistic regression."""
    if not rows:
        raise ValueError("no examples to fit (an empty fold?)")
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


def average_precision(scored: list[tuple[float, int]]) -> float:
    """Mean precision at each positive, ranking (probability, label) pairs best first."""
    scored = sorted(scored, key=lambda t: -t[0])
    hits, total = 0, 0.0
    for rank, (_, y) in enumerate(scored, 1):
        if y:
            hits += 1
            total += hits / rank
    return total / max(1, hits)


def main(
    description: str,
    examples: Callable[[str, str], list[Example]],
    features: Sequence[str],
) -> int:
    """A fitting tool's command line: ``--set CORPUS GOLD`` per annotated set, ``--folds``
    to report k-fold ranking first, ``--l2``; prints the coefficient block to paste."""
    parser = argparse.ArgumentParser(description=description)
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
        ap = average_precision([(probability(b0, w, x), y) for x, y in test])
        print(f"fold {fold}: average precision {ap:.3f} on {len(test)} pairs")
    intercept, coefficients = fit(rows, args.l2)
    print("COEFFICIENTS = (")
    for name, c in zip(features, coefficients, strict=True):
        print(f"    {c:+.6f},  # {name}")
    print(")")
    print(f"INTERCEPT = {intercept:+.6f}")
    return 0


__all__ = ["Example", "average_precision", "fit", "main", "probability"]
