"""The link model of claims: how likely two sentences make the same assertion.

A logistic regression over the pair features that :func:`articles.claims.pair_features`
computes, in the order of :data:`FEATURES`.  Fitted with ``tools/fit_claim_model.py``
on candidate sentence pairs (those the claims blocking compares) of hand-annotated
story sets: a pair is positive when both sentences are members of one gold claim
(``gold/FORMAT.md``).  The sets are the bundled sample's gold and 90 news stories of
many kinds, five outlets each, annotated blind (the annotators never saw this code or
its output); their texts are third-party and are not shipped.  Every feature is
scale-free (shares, counts, weights over the weight of a term found once), so a set
of ten articles and one of a thousand read alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from articles.logistic import probability

FEATURES = (
    "cosine",  # IDF-weighted cosine of the two bags of terms
    "shared_weight",  # the shared terms' summed weight, over the weight of a term found once
    "top_shared_weight",  # the rarest shared term's weight, likewise
    "shared_terms",  # how many terms they share (capped)
    "quote_share",  # share of the shorter quotation's word shingles in both
    "same_utterance",  # both reproduce one utterance (quote analysis)
    "quoted",  # either quotes someone
    "both_attributed",  # both name or quote a speaker
    "same_speaker",  # ... and a common one
    "shared_figures",  # counts and percentages both give
    "shorter_terms",  # terms of the shorter sentence (capped)
    "longer_terms",  # terms of the longer sentence (capped)
    "both_ledes",  # both open their articles (headline or first body sentences)
)

COEFFICIENTS: tuple[float, ...] = (
    +5.464173,  # cosine
    +0.663948,  # shared_weight
    +0.139104,  # top_shared_weight
    +0.249761,  # shared_terms
    +1.817728,  # quote_share
    +1.818198,  # same_utterance
    -0.465876,  # quoted
    -0.872528,  # both_attributed
    +0.989754,  # same_speaker
    +0.499485,  # shared_figures
    -0.010158,  # shorter_terms
    +0.002889,  # longer_terms
    +1.164663,  # both_ledes
)
INTERCEPT = -2.953439


def link_probability(features: Sequence[float]) -> float:
    """The model's probability that a pair with ``features`` makes one claim."""
    return probability(INTERCEPT, COEFFICIENTS, features)
