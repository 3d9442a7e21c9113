"""The claim link model: its shape, its direction, and the tool that fits it."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

from claims_fixtures import TOLL, make_articles

from articles.aliases import learn_aliases
from articles.claim_model import COEFFICIENTS, FEATURES, link_probability
from articles.claims import candidate_pairs, pair_features, prepare_units, weight_scale

ROOT = Path(__file__).resolve().parent.parent


def _fit_tool(name: str = "fit_claim_model"):
    path = ROOT / "tools" / f"{name}.py"
    sys.path.insert(0, str(path.parent))  # the tools import their sibling logistic_fit
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _features(**named: float) -> list[float]:
    values = [0.0] * len(FEATURES)
    for name, value in named.items():
        values[FEATURES.index(name)] = value
    return values


def test_one_coefficient_per_feature_and_per_computed_value() -> None:
    articles = make_articles(TOLL)
    units = prepare_units(articles, learn_aliases([a.text for a in articles]), None)
    a, b = candidate_pairs(units)[0]
    assert len(COEFFICIENTS) == len(FEATURES) == len(pair_features(units[a], units[b], 1.0))


def test_more_in_common_is_likelier_one_claim() -> None:
    base = _features(cosine=0.2, shared_terms=2, shorter_terms=8, longer_terms=12)
    for name, more in [("cosine", 0.6), ("same_utterance", 1.0), ("shared_figures", 2.0)]:
        richer = list(base)
        richer[FEATURES.index(name)] = more
        assert link_probability(richer) > link_probability(base), name
    # claims are kept attributed: two speakers and none in common weigh against
    attributed = _features(cosine=0.5, shared_terms=4, both_attributed=1.0)
    same = _features(cosine=0.5, shared_terms=4, both_attributed=1.0, same_speaker=1.0)
    assert link_probability(same) > link_probability(attributed)
    assert 0.0 <= link_probability(_features(cosine=-1e6)) < 1e-9  # no overflow


def test_pairs_of_one_article_are_never_candidates() -> None:
    articles = make_articles(TOLL)
    units = prepare_units(articles, learn_aliases([a.text for a in articles]), None)
    pairs = candidate_pairs(units)
    assert pairs
    assert all(a < b for a, b in pairs)
    assert all(units[a].articles.isdisjoint(units[b].articles) for a, b in pairs)
    scale = weight_scale(units)
    assert scale > 1.0


def test_the_fit_finds_the_direction_of_the_data() -> None:
    tool = _fit_tool("logistic_fit")
    rng = random.Random(7)
    rows = []
    for _ in range(400):
        x1, x2 = rng.random(), rng.random()
        rows.append(((x1, x2), int(2.5 * x1 - 1.0 * x2 + rng.gauss(0, 0.3) > 0.8)))
    intercept, (w1, w2) = tool.fit(rows, l2=0.1)
    assert w1 > 1.0 and w2 < -0.3 and intercept < 0.0


def test_the_fit_tool_reads_a_gold_set(tmp_path: Path) -> None:
    """End to end on a tiny annotated set: the tool labels pairs from claims.json offsets."""
    tool = _fit_tool()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in TOLL.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    articles = make_articles(TOLL)
    first = [a.content_sentences[0] for a in articles]  # each article's headline
    members = [
        {"article": a.id, "start": s.start, "end": s.end, "text": a.text[s.start : s.end]}
        for a, s in zip(articles, first, strict=True)
    ]
    gold = tmp_path / "gold"
    gold.mkdir()
    claims = {"claims": [{"id": "headline", "summary": "", "members": members}]}
    (gold / "claims.json").write_text(json.dumps(claims), encoding="utf-8")
    rows = tool.examples(str(corpus), str(gold))
    assert rows and all(len(x) == len(FEATURES) for x, _ in rows)
    assert 0 < sum(y for _, y in rows) < len(rows)
