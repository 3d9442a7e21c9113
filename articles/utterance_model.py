"""The link model of utterances: how likely two quotations reproduce one remark.

A logistic regression over the pair features that
:func:`articles.utterances.pair_features` computes, in the order of
:data:`FEATURES`.  Fitted with ``tools/fit_utterance_model.py`` on pairs of
quotations (of different articles, which the rules of
:func:`articles.utterances.link_utterances` left apart, sharing a content word)
of hand-annotated story sets: a pair is positive when the gold gives both
quotations one utterance (``gold/FORMAT.md``).  The sets are the bundled sample's
gold and 90 news stories of many kinds, five outlets each, annotated blind; their
texts are third-party and are not shipped.
"""

from __future__ import annotations

from collections.abc import Sequence

from articles.logistic import probability

FEATURES = (
    "jaccard",  # shared content words over all of both
    "containment",  # shared content words over the shorter quotation's
    "shared_words",  # how many content words they share (capped)
    "partial_ratio",  # best fuzzy alignment of the shorter inside the longer (0..1)
    "same_speaker",  # both credited to one speaker
    "both_attributed",  # both credited to someone
    "shorter_words",  # words of the shorter quotation (capped)
    "longer_words",  # words of the longer quotation (capped)
    "long_shared_words",  # shared content words of seven letters or more
)

COEFFICIENTS: tuple[float, ...] = (
    +2.356432,  # jaccard
    +2.439455,  # containment
    +0.560291,  # shared_words
    +4.911169,  # partial_ratio
    +1.799570,  # same_speaker
    -0.984078,  # both_attributed
    -0.015058,  # shorter_words
    -0.029174,  # longer_words
    -0.173299,  # long_shared_words
)
INTERCEPT = -6.814609


def link_probability(features: Sequence[float]) -> float:
    """The model's probability that a pair with ``features`` is one utterance."""
    return probability(INTERCEPT, COEFFICIENTS, features)
