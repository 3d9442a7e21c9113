"""Fit the utterance link model (articles/utterance_model.py) on hand-annotated story sets.

Usage::

    python tools/fit_utterance_model.py --set CORPUS GOLD [--set CORPUS GOLD ...] [--folds 2]

CORPUS is a folder of articles, GOLD a folder holding its ``quotes.json`` (the
customer's gold format: quotations with ``article``, ``start``, ``end`` and
``utterance``).  The quotations are found and grouped by the rules alone (the
model's merging switched off); every pair of quotations of different articles in
different utterances that :func:`articles.utterances.candidate_pairs` proposes,
and that is not credited to two different speakers, becomes one example: positive
when both match gold quotations (overlapping by at least half the longer span, as
the scorer matches them) of one gold utterance.  The coefficients are printed as
the block to paste into ``articles/utterance_model.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from logistic_fit import Example, main

from articles import quotes as quotes_module
from articles import utterances
from articles.ingest import load_paths
from articles.utterance_model import FEATURES


def examples(corpus: str, gold: str) -> list[Example]:
    """The candidate pairs of one set, with their features and gold labels."""
    articles = load_paths([corpus]).articles
    found = quotes_module.analyse_quotes(articles, learnt_merge=False).quotes  # the rules alone
    entries = json.loads(Path(gold, "quotes.json").read_text(encoding="utf-8"))["quotes"]

    def gold_utterance(q: quotes_module.Quote) -> str | None:
        best, most = None, 0
        for g in entries:
            if g["article"] != q.article_id:
                continue
            overlap = min(g["end"], q.end) - max(g["start"], q.start)
            longer = max(g["end"] - g["start"], q.end - q.start)
            if overlap > most and overlap >= 0.5 * longer:
                best, most = g.get("utterance"), overlap
        return best

    texts = {a.id: a.text for a in articles}
    tokens = [utterances.match_words(texts[q.article_id][q.start : q.end]) for q in found]
    contents = [
        utterances.content_words(t) if len(t) >= utterances.MERGE_MIN_WORDS else frozenset()
        for t in tokens
    ]
    ids = {u: k for k, u in enumerate(dict.fromkeys(q.utterance for q in found))}
    groups = [ids[q.utterance] for q in found]
    golds = [gold_utterance(q) for q in found]
    out = []
    for i, j in utterances.candidate_pairs([q.article_id for q in found], contents, groups):
        if utterances.speakers_apart(found[i].speaker, found[j].speaker):
            continue  # never scored (see merge_alike)
        features = utterances.pair_features(
            tokens[i], tokens[j], contents[i], contents[j], found[i].speaker, found[j].speaker
        )
        positive = golds[i] is not None and golds[i] == golds[j]
        out.append((tuple(float(x) for x in features), int(positive)))
    return out


if __name__ == "__main__":
    raise SystemExit(main(__doc__.split("\n\n")[0], examples, FEATURES))
