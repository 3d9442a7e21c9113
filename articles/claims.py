"""Linked claims: the same assertion made by several articles.

Pipeline (all pure, sub-quadratic in the number of sentences):

1. every content sentence becomes a weighted bag of terms
   (:mod:`articles.claim_features`: stems, alias-normalised entities,
   normalised figures; IDF over the set's sentences);
2. candidate pairs come from an inverted index over the *rare* terms of each
   sentence (blocking): two sentences are compared only when they share one of
   their most specific terms, and postings longer than a cap are not expanded,
   so the work grows with the number of sentences, not its square;
3. a pair of sentences from different articles is scored by IDF-weighted
   cosine, plus a fuzzy token match (rapidfuzz) and a bonus for a shared
   quotation;
4. claims are *dense* groups: a seed pair, then sentences that are similar to
   most of the group's members, never a chain of single links (every wrong
   cross-article pair costs precision);
5. each claim gets a stable id (a hash of its members' article ids and
   sentence texts), a summary, its omitting articles and any disagreement
   between the figures its members give.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from articles.aliases import AliasTable, learn_aliases
from articles.claim_features import (
    SentenceFeatures,
    idf_weights,
    sentence_features,
    vocabulary_of,
)
from articles.model import Article, BlockKind
from articles.numbers import NumberMention, infer_article_date

# Tuned on general grounds (see the module docstring); not keyed to any article set.
LINK_THRESHOLD = 0.20
"""Minimum pair score for two sentences to be linked at all."""
JOIN_FRACTION = 0.67
"""A sentence joins a group when it is linked to at least this share of its members."""
BLOCK_TERMS = 6
"""How many of a sentence's rarest terms are used as blocking keys."""
POSTING_CAP = 200
"""Postings longer than this are too common to block on (keeps the search linear)."""

"""Postings longer than this are too common to block on (keeps the search linear)."""


@dataclass(frozen=True, slots=True)
class ClaimMember:
    """One passage making a claim: ``article.text[start:end]``."""

    article_id: str
    start: int
    end: int
    sentence: int
    """Index of the sentence in ``Article.sentences``."""
    numbers: tuple[str, ...] = ()
    """Figures found in the passage, as displayed ("12", "5%", "09-30")."""
    role: str | None = None
    """"supports", "disputes" or "context" once the user says so; None when unset."""


@dataclass(frozen=True, slots=True)
class Claim:
    """One assertion made by several articles, and where each makes it."""

    id: str
    """Stable across re-analysis: derived from the members' articles and sentence texts."""
    summary: str
    members: tuple[ClaimMember, ...]
    article_ids: tuple[str, ...]
    """Articles making the claim, in set order."""
    omitted_by: tuple[str, ...] = ()
    """Open articles that do not make it."""
    disagreement: tuple[dict[str, Any], ...] = ()
    """``{"quantity": str, "kind": str, "values": {article_id: str}}`` per disputed figure."""
    status: str = "suggested"
    """"suggested" (the machine's), "accepted", or "user" (created by the user)."""
    score: float = 0.0
    """Mean pair similarity of the members (how sure the machine is)."""

    @property
    def reach(self) -> int:
        """How many articles make the claim."""
        return len(self.article_ids)

    @property
    def disputed(self) -> bool:
        return bool(self.disagreement)


@dataclass(slots=True)
class _Unit:
    """One analysable sentence with its features and weighted vector."""

    article: int
    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    kind: BlockKind
    features: SentenceFeatures
    weights: dict[str, float] = field(default_factory=dict)
    norm: float = 0.0
    quote_ids: frozenset[str] = frozenset()


@dataclass(slots=True)
class LinkStats:
    """What the candidate search did (for tests and benchmarks)."""

    sentences: int = 0
    comparisons: int = 0
    links: int = 0


def analyse_claims(
    articles: Sequence[Article],
    *,
    quotes: object = None,
    aliases: Mapping[str, str] | None = None,
    stats: LinkStats | None = None,
) -> tuple[Claim, ...]:
    """The claims made by two or more of ``articles``, by reach, then disputed first.

    ``quotes`` is an optional quote analysis (anything with ``.quotes``, each
    having ``article_id``, ``start``, ``end`` and ``utterance``): sentences
    that reproduce the same utterance are linked more readily.  ``aliases`` is
    the user's alias list (alias -> canonical name).
    """
    if len(articles) < 2:
        return ()
    table = learn_aliases([a.text for a in articles], aliases)
    units = _prepare(articles, table, quotes)
    stats = stats if stats is not None else LinkStats()
    stats.sentences = len(units)
    links = _links(units, stats)
    groups = _dense_groups(units, links)
    claims = [_make_claim(units, group, links, articles) for group in groups]
    claims.sort(key=lambda c: (-c.reach, -len(c.disagreement), -c.score, c.id))
    return tuple(claims)


# --------------------------------------------------------------------------- features


def _prepare(articles: Sequence[Article], table: AliasTable, quotes: object) -> list[_Unit]:
    quote_index = _quote_index(quotes)
    vocab = vocabulary_of([a.text for a in articles])
    units: list[_Unit] = []
    for ai, article in enumerate(articles):
        today = article.meta.date or infer_article_date(article.text)
        seen: set[str] = set()
        for sentence in article.content_sentences:
            text = article.sentence_text(sentence)
            if text in seen:  # a repeated headline or caption is one passage
                continue
            seen.add(text)
            features = sentence_features(text, table, vocab, today)
            if len(features.terms) < 2:
                continue
            kind = article.paragraphs[sentence.paragraph].kind
            qids = frozenset(
                utt
                for (start, end, utt) in quote_index.get(article.id, ())
                if start < sentence.end and end > sentence.start
            )
            units.append(
                _Unit(
                    ai,
                    article.id,
                    sentence.index,
                    sentence.start,
                    sentence.end,
                    text,
                    kind,
                    features,
                    quote_ids=qids,
                )
            )
    idf = idf_weights([u.features.terms for u in units])
    for unit in units:
        unit.weights = {t: idf[t] for t in unit.features.terms}
        unit.norm = math.sqrt(sum(w * w for w in unit.weights.values())) or 1.0
    return units


def _quote_index(quotes: object) -> dict[str, list[tuple[int, int, str]]]:
    """article id -> (start, end, utterance) of every quotation with an utterance id."""
    index: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for quote in getattr(quotes, "quotes", None) or ():
        utterance = getattr(quote, "utterance", None) or getattr(quote, "utterance_id", None)
        article_id = getattr(quote, "article_id", None) or getattr(quote, "article", None)
        start, end = getattr(quote, "start", None), getattr(quote, "end", None)
        if utterance and article_id and isinstance(start, int) and isinstance(end, int):
            index[str(article_id)].append((start, end, str(utterance)))
    return index


# --------------------------------------------------------------------------- linking


def _candidates(units: Sequence[_Unit], stats: LinkStats) -> Iterable[tuple[int, int]]:
    """Pairs of units from different articles sharing one of their rarest terms."""
    postings: dict[str, list[int]] = defaultdict(list)
    keys: list[list[str]] = []
    for ui, unit in enumerate(units):
        rare = sorted(unit.weights, key=lambda t: (-unit.weights[t], t))[:BLOCK_TERMS]
        keys.append(rare)
        for term in rare:
            postings[term].append(ui)
        for qid in unit.quote_ids:
            postings["quote:" + qid].append(ui)
    seen: set[tuple[int, int]] = set()
    for plist in postings.values():
        if len(plist) < 2 or len(plist) > POSTING_CAP:
            continue
        for x in range(len(plist)):
            a = plist[x]
            for y in range(x + 1, len(plist)):
                b = plist[y]
                if units[a].article == units[b].article:
                    continue
                pair = (a, b) if a < b else (b, a)
                if pair in seen:
                    continue
                seen.add(pair)
                stats.comparisons += 1
                yield pair


def similarity(a: _Unit, b: _Unit) -> float:
    """How strongly two sentences make the same assertion (0..~1.3)."""
    shared = a.weights.keys() & b.weights.keys()
    if not shared:
        return 0.0
    dot = sum(a.weights[t] ** 2 for t in shared)
    cosine = dot / (a.norm * b.norm)
    score = cosine
    if a.quote_ids & b.quote_ids:
        score += 0.15
    if cosine > 0.15:
        fuzzy = fuzz.token_set_ratio(a.text, b.text) / 100.0
        score += 0.15 * max(0.0, fuzzy - 0.5)
    return score


def _links(units: Sequence[_Unit], stats: LinkStats) -> dict[tuple[int, int], float]:
    links: dict[tuple[int, int], float] = {}
    for a, b in _candidates(units, stats):
        score = similarity(units[a], units[b])
        if score >= LINK_THRESHOLD:
            links[(a, b)] = score
    stats.links = len(links)
    return links


# --------------------------------------------------------------------------- grouping


def _dense_groups(
    units: Sequence[_Unit], links: Mapping[tuple[int, int], float]
) -> list[tuple[int, ...]]:
    """Groups where every member is linked to at least JOIN_FRACTION of the others."""
    neighbours: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), score in links.items():
        neighbours[a][b] = score
        neighbours[b][a] = score
    groups: list[tuple[int, ...]] = []
    seen_groups: set[frozenset[int]] = set()
    covered: set[tuple[int, int]] = set()
    for (a, b), _score in sorted(links.items(), key=lambda kv: (-kv[1], kv[0])):
        if (a, b) in covered:
            continue
        group = [a, b]
        candidates = (set(neighbours[a]) | set(neighbours[b])) - {a, b}
        ranked = sorted(
            candidates,
            key=lambda c: (-sum(neighbours[c].get(m, 0.0) for m in group), c),
        )
        for c in ranked:
            linked = sum(1 for m in group if m in neighbours[c])
            if linked >= max(1, math.ceil(JOIN_FRACTION * len(group))):
                group.append(c)
        key = frozenset(group)
        for x in group:
            for y in group:
                if x < y:
                    covered.add((x, y))
        if key in seen_groups:
            continue
        seen_groups.add(key)
        groups.append(tuple(sorted(group)))
    return _drop_subsets(groups)


def _drop_subsets(groups: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """Groups that are not contained in a larger group (their links are already there)."""
    by_member: dict[int, list[int]] = defaultdict(list)
    for gi, group in enumerate(groups):
        for member in group:
            by_member[member].append(gi)
    sets = [frozenset(g) for g in groups]
    kept = []
    for gi, group in enumerate(groups):
        others = {oi for oi in by_member[group[0]] if oi != gi}
        if any(
            sets[gi] <= sets[oi] and (len(sets[oi]) > len(sets[gi]) or oi < gi) for oi in others
        ):
            continue
        kept.append(group)
    return kept


# --------------------------------------------------------------------------- claims


def claim_id(members: Iterable[tuple[str, str]]) -> str:
    """A stable id from (article id, passage text) pairs: same members, same id."""
    digest = hashlib.sha1()
    for article_id, text in sorted(set(members)):
        digest.update(article_id.encode())
        digest.update(b"\0")
        digest.update(hashlib.sha1(text.encode()).digest())
    return "c" + digest.hexdigest()[:12]


def _make_claim(
    units: Sequence[_Unit],
    group: Sequence[int],
    links: Mapping[tuple[int, int], float],
    articles: Sequence[Article],
) -> Claim:
    members = [units[i] for i in group]
    pair_scores = [links.get((a, b), 0.0) for x, a in enumerate(group) for b in group[x + 1 :]]
    centrality = {
        i: sum(links.get((min(i, j), max(i, j)), 0.0) for j in group if j != i) for i in group
    }
    central = units[max(group, key=lambda i: (centrality[i], -i))]
    in_claim = {u.article_id for u in members}
    order = {a.id: n for n, a in enumerate(articles)}
    article_ids = tuple(sorted(in_claim, key=order.__getitem__))
    claim_members = tuple(
        ClaimMember(
            u.article_id,
            u.start,
            u.end,
            u.sentence,
            tuple(m.display for m in u.features.numbers),
        )
        for u in sorted(members, key=lambda u: (order[u.article_id], u.start))
    )
    return Claim(
        id=claim_id((u.article_id, u.text) for u in members),
        summary=summarise(central.text),
        members=claim_members,
        article_ids=article_ids,
        omitted_by=tuple(a.id for a in articles if a.id not in in_claim),
        disagreement=tuple(disagreements(members)),
        score=round(sum(pair_scores) / len(pair_scores), 3) if pair_scores else 0.0,
    )


def summarise(text: str, width: int = 80) -> str:
    """One line from a sentence: whitespace collapsed, cut at a word near ``width``."""
    line = " ".join(text.split()).strip("“”\"'‘’ ")
    if len(line) <= width:
        return line
    cut = line[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip(",;:–- ") + "…"


_DEATH_WORDS = frozenset({"kil", "dead", "death", "die", "toll", "casualty", "casualti"})


def _quantities(unit: _Unit) -> list[tuple[str, NumberMention]]:
    """(quantity name, figure) for every precise count or share in a sentence."""
    out = []
    text = unit.text
    for number in unit.features.numbers:
        if number.vague or number.kind not in {"count", "percent"}:
            continue
        if number.kind == "count" and 1900 <= number.value <= 2100:
            continue  # a year
        after = text[number.end : number.end + 40]
        words = [w for w in unit.features.words if w in _DEATH_WORDS]
        if number.kind == "percent":
            name = "share"
        elif words:
            name = "killed"
        else:
            from articles.claim_features import stem

            nxt = [stem(w) for w in after.split()[:2] if w.isalpha()]
            name = nxt[0] if nxt else "count"
        out.append((name, number))
    return out


def disagreements(members: Sequence[_Unit]) -> list[dict[str, Any]]:
    """Figures for the same quantity that differ between the articles of a group."""
    by_quantity: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for unit in members:
        for name, number in _quantities(unit):
            by_quantity[(name, number.kind)][unit.article_id].add(number.display)
    out = []
    for (name, kind), per_article in sorted(by_quantity.items()):
        if len(per_article) < 2:
            continue
        values = {v for vs in per_article.values() for v in vs}
        if len(values) < 2:
            continue
        # Articles that agree on some value for this quantity are not in dispute.
        common = set.intersection(*per_article.values())
        if common:
            continue
        out.append(
            {
                "quantity": name,
                "kind": kind,
                "values": {aid: ", ".join(sorted(vs)) for aid, vs in sorted(per_article.items())},
            }
        )
    return out
