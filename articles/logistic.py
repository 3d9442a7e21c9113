"""A fitted logistic model's probability: the one formula the link models share."""

from __future__ import annotations

import math
from collections.abc import Sequence


def probability(
    intercept: float, coefficients: Sequence[float], features: Sequence[float]
) -> float:
    """``1 / (1 + exp(-(intercept + coefficients . features)))``."""
    z = intercept + math.fsum(c * x for c, x in zip(coefficients, features, strict=True))
    if z < -30.0:  # exp overflow guard; the probability is 0 to many digits anyway
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))
