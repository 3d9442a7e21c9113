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
    "same_speaker",  # both credited to one speaker (two different speakers are never paired)
    "shorter_words",  # words of the shorter quotation (capped)
    "longer_words",  # words of the longer quotation (capped)
    "long_shared_words",  # shared content words of seven letters or more
)

COEFFICIENTS: tuple[float, ...] = (
    +6.461623,  # jaccard
    +1.695103,  # containment
    +0.393732,  # shared_words
    +3.996141,  # partial_ratio
    +0.718225,  # same_speaker
    -0.033037,  # shorter_words
    +0.000285,  # longer_words
    -0.326968,  # long_shared_words
)
INTERCEPT = -6.537640


def link_probability(features: Sequence[float]) -> float:
    """The model's probability that a pair with ``features`` is one utterance."""
    return probability(INTERCEPT, COEFFICIENTS, features)
