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

import argparse
import json
from pathlib import Path

from logistic_fit import Example, average_precision, fit, probability

from articles import quotes as quotes_module
from articles import utterances
from articles.ingest import load_paths
from articles.utterance_model import FEATURES


def examples(corpus: str, gold: str) -> list[Example]:
    """The candidate pairs of one set, with their features and gold labels."""
    articles = load_paths([corpus]).articles
    merge = quotes_module.merge_alike
    quotes_module.merge_alike = lambda items: [u for *_, u in items]  # the rules alone
    try:
        found = quotes_module.analyse_quotes(articles).quotes
    finally:
        quotes_module.merge_alike = merge
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
        ap = average_precision([(probability(b0, w, x), y) for x, y in test])
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
