"""Linked claims: the same assertion made by several articles.

Pipeline (all pure, sub-quadratic in the number of sentences):

1. every content sentence becomes a weighted bag of terms
   (:mod:`articles.claim_features`: stems, alias-normalised entities,
   normalised figures; IDF over the set's sentences);
2. candidate pairs come from an inverted index over the *rare* terms of each
   sentence (blocking): two sentences are compared only when they share one of
   their most specific terms, and postings longer than a cap are not expanded,
   so the work grows with the number of sentences, not its square;
3. pairs whose articles tell different stories (:func:`stories`: a researcher's
   corpus mixes many) are dropped; a pair of sentences from different articles of
   one story gets a link probability from
   :mod:`articles.claim_model`, a logistic model over what the pair shares
   (IDF-weighted cosine, shared weight and figures, quoted words, the same
   utterance), whether both are attributed and to a common speaker (claims are
   kept attributed), and where the two sentences stand in their articles (two
   ledes are likely the main event, which the whole story repeats in words
   rarity undervalues);
4. claims are *dense* groups: a strongly linked seed pair, then sentences
   strongly linked to most of the group's members, or strongly to one and
   weakly to all (a paraphrase sharing a little with every version); never a
   chain of single links (every wrong cross-article pair costs precision); a
   sentence then stays only in the few groups it fits nearly as well as its best
   (a long sentence shares a little with many others, yet makes few assertions);
5. each claim gets a stable id (a hash of its members' article ids and
   sentence texts), a summary, its omitting articles and any disagreement
   between the figures its members give.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from articles.aliases import AliasTable, learn_aliases
from articles.claim_features import (
    STOPWORDS,
    SentenceFeatures,
    quote_shingles,
    sentence_features,
    stem,
    vocabulary_of,
)
from articles.claim_model import link_probability
from articles.collector import collector_paused
from articles.model import Article, BlockKind, plain_heading
from articles.numbers import CURRENCIES, NumberMention, infer_article_date
from articles.speech_lexicon import ORG_HEADS, wordset

# Thresholds are link probabilities (see articles.claim_model); the rest is tuned on
# general grounds (see the module docstring); none is keyed to any article set.
LINK_THRESHOLD = 0.40
"""Minimum link probability for a strong link: one that can seed a claim."""
WEAK_LINK_THRESHOLD = 0.30
"""Minimum link probability for a weak link: kept, but only as corroboration of strong ones."""
JOIN_FRACTION = 0.67
"""A sentence joins a group when it is strongly linked to at least this share of its members
(or strongly to one and at least weakly to every member)."""
PARTIAL_FLOOR = 0.08
"""Candidates whose blocked-term cosine is below this are not scored in full."""
POSTING_CAP = 60
"""Postings longer than this are too common to block on (keeps the search linear)."""
IDF_POWER = 2.0
"""A shared term adds IDF**IDF_POWER to a pair's dot product (2 = squared TF-IDF cosine)."""
MAX_NEIGHBOURS = 12
"""Links kept per sentence, best first (keeps grouping linear)."""
FIGURE_WEIGHT = 2.0
"""A recurring count or percentage weighs this many times its IDF: a story's key figures
recur in many of its sentences, so rarity undervalues them, yet two sentences giving
the same toll or score are likely making the same claim."""
_FIGURE_PREFIXES = ("count:", "percent:")
LEDE_SENTENCES = 2
"""Body sentences, after the headline, that open an article: its lede."""
LEDE_POSTING_CAP = 24
"""Ledes sharing a term are compared only when at most this many share it (eight
articles' worth): a story's common words are in every lede of a large set."""
TERMS_CAP = 40
"""Term counts above this read as this many in the pair features: a run-on passage
without full stops is no likelier to make a claim than a long sentence."""
STORY_JACCARD = 0.12
"""Share of two texts' terms (Jaccard) above which they tell one story (see
:func:`stories`): every article of the annotated sets had a partner above 0.127,
two articles of different stories rarely reach 0.11."""
STORY_RARE_SHARE = 0.08
"""...and the share of their terms' weight, each term weighing log(1 + articles / the
articles holding it), that they share (see :func:`stories`): no annotated set came
apart at it, two of four pairs of related stories did (not at the Jaccard alone)."""
STORY_SPLIT = 0.10
"""Two groups of a story's articles whose pairs share on average less than this share
of terms (Jaccard) are two stories of one kind (two layoffs, two earthquakes: linked by
a pair of their articles, but no more alike on the whole): on 10 pairs of such stories
mixed, each pair came apart at 0.10 (3 of them at 0.08); none of 99 annotated single
stories did (5 at 0.12)."""
STORY_SPLIT_SIZES = (6, 60)
"""Stories of this many articles are looked at for a split: smaller ones are one
story's few outlets; larger ones would cost a cube of their size."""
FIT_SHARE = 0.7
"""Beyond its SURE_CLAIMS_PER_SENTENCE best groups, a sentence stays in a group only
when its fit there (its mean link probability to the other members) is at least this
share of its best fit (see :func:`_best_fits`): over the sample and six sets annotated
blind, 0.6 kept too many of a long sentence's groups, 0.8 lost true members."""
MAX_CLAIMS_PER_SENTENCE = 4
"""A sentence is in at most this many groups: it makes one assertion or a few."""
SURE_CLAIMS_PER_SENTENCE = 2
"""A sentence keeps its best this many groups whatever their fit: two groups of one
assertion (two outlets' headlines, and one of them with the other's lede) both hold it."""
RELATED_THRESHOLD = LINK_THRESHOLD
"""A sentence of an article without a member, strongly linked to a member and linked to
half the members, keeps its article from being said to omit the claim (see
:attr:`Claim.related`, :func:`relatives`): over six sets annotated blind, 147 of 360
omissions said were of articles that make the claim in other words; now 31 of 187
(with any weak link instead, 7 of 109, but half the true omissions went unsaid)."""
SHARED_TERMS_CAP = 15
"""Shared-term counts above this read as this many: a long shared passage is as sure a
link at fifteen terms as at fifty."""


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
    open_articles: tuple[str, ...] = ()
    """The open articles of the claim's story, in set order (one tuple shared by the
    claims of a story): an article of another story in the set does not omit it."""
    disagreement: tuple[dict[str, Any], ...] = ()
    """``{"quantity": str, "kind": str, "values": {article_id: str}}`` per disputed figure."""
    status: str = "suggested"
    """"suggested" (the machine's), "accepted", or "user" (created by the user)."""
    reported: tuple[ClaimMember, ...] = ()
    """Passages of articles with no member that give the claim's figure in a sentence
    linked to it (another death toll, say): those articles dispute the claim or repeat
    its figure, they do not omit it (see :func:`reporters`, :func:`disagreements`).
    Shown with the members; not members (the link model did not group them)."""
    score: float = 0.0
    """Mean link probability of the members' linked pairs (how sure the machine is)."""
    related: tuple[ClaimMember, ...] = ()
    """Per article with no member and no figure passage, its sentence most strongly
    linked to a member (at RELATED_THRESHOLD or more; see :func:`relatives`): the link
    model found it close, but not enough to group it, so the article may make the claim
    in other words. It is not said to omit it; nor is it counted as making it."""

    @property
    def reported_by(self) -> tuple[str, ...]:
        """The articles of :attr:`reported` without a member, in order, each once."""
        members = set(self.article_ids)
        return tuple(
            dict.fromkeys(m.article_id for m in self.reported if m.article_id not in members)
        )

    @property
    def related_by(self) -> tuple[str, ...]:
        """The articles of :attr:`related` with no member and no figure passage (the
        user may have added one since), in order, each once."""
        if not self.related:
            return ()
        making = {*self.article_ids, *self.reported_by}
        return tuple(
            dict.fromkeys(m.article_id for m in self.related if m.article_id not in making)
        )

    def passages_in(self, article_id: str) -> tuple[ClaimMember, ...]:
        """The claim's passages in one article: its members there, else the passages
        giving its figure (:attr:`reported`), else the one close to it (:attr:`related`);
        none when the article omits it."""
        mine = tuple(m for m in self.members if m.article_id == article_id)
        return (
            mine
            or tuple(m for m in self.reported if m.article_id == article_id)
            or tuple(m for m in self.related if m.article_id == article_id)
        )

    def omits(self, article_id: str) -> bool:
        """Whether the article is of the claim's story and makes it nowhere (an article
        of another story omits nothing of this one)."""
        return article_id in self.open_articles and not self.passages_in(article_id)

    @property
    def reach(self) -> int:
        """How many articles make the claim: its members' and the ones giving its figure."""
        return len(self.article_ids) + len(self.reported_by)

    @property
    def disputed(self) -> bool:
        return bool(self.disagreement)

    @property
    def omitted_by(self) -> tuple[str, ...]:
        """Open articles of the claim's story that do not make it, in set order.

        Derived rather than stored: with thousands of articles, storing it would
        hold claims x articles references.
        """
        inside = {*self.article_ids, *self.reported_by, *self.related_by}
        return tuple(a for a in self.open_articles if a not in inside)

    @property
    def omitted_count(self) -> int:
        """``len(omitted_by)`` without building it."""
        inside = {*self.article_ids, *self.reported_by, *self.related_by}
        return sum(1 for a in self.open_articles if a not in inside)


@dataclass(frozen=True, slots=True)
class _Occurrence:
    """Where a unit's sentence text occurs: one sentence of one article."""

    article: int
    article_id: str
    sentence: int
    start: int
    end: int


@dataclass(slots=True)
class SentenceUnit:
    """One distinct sentence text (wire copy repeats sentences verbatim) and its features."""

    text: str
    features: SentenceFeatures
    occurrences: list[_Occurrence] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)
    """term -> squared IDF (the contribution of a shared term to the dot product)."""
    norm: float = 0.0
    quote_ids: set[str] = field(default_factory=set)
    quote_keys: set[str] = field(default_factory=set)
    """Shingles of the quoted words in the sentence ("q:" + three stems)."""
    speakers: set[str] = field(default_factory=set)
    """Terms of the speakers the sentence names or quotes (their surnames' stems)."""
    lede: bool = False
    """A headline or one of the first LEDE_SENTENCES of a body, in some article."""
    quantities: list[tuple[str, str, NumberMention]] | None = None
    """Its counts and shares (see _quantities), worked out once, for disagreements."""

    @property
    def articles(self) -> frozenset[int]:
        return frozenset(o.article for o in self.occurrences)


@dataclass(slots=True)
class LinkStats:
    """What the candidate search did (for tests and benchmarks)."""

    sentences: int = 0
    comparisons: int = 0
    links: int = 0
    """Pairs kept after pruning: strong and weak links alike (>= WEAK_LINK_THRESHOLD)."""


def analyse_claims(
    articles: Sequence[Article],
    *,
    quotes: object = None,
    aliases: Mapping[str, str] | None = None,
    stats: LinkStats | None = None,
    tick: Callable[[float], None] | None = None,
) -> tuple[Claim, ...]:
    """The claims made by two or more of ``articles``, by reach, then disputed first.

    ``quotes`` is an optional quote analysis (anything with ``.quotes``, each
    having ``article_id``, ``start``, ``end`` and ``utterance``): sentences
    that reproduce the same utterance are linked more readily.  ``aliases`` is
    the user's alias list (alias -> canonical name).  ``tick(fraction)`` is
    called between the steps (a caller may raise from it to stop).
    """
    if len(articles) < 2:
        return ()
    with collector_paused():
        return _analyse(articles, quotes, aliases, stats, tick or (lambda fraction: None))


def _analyse(
    articles: Sequence[Article],
    quotes: object,
    aliases: Mapping[str, str] | None,
    stats: LinkStats | None,
    tick: Callable[[float], None],
) -> tuple[Claim, ...]:
    table = learn_aliases([a.text for a in articles], aliases)
    tick(0.1)
    units = prepare_units(articles, table, quotes)
    tick(0.5)
    stats = stats if stats is not None else LinkStats()
    stats.sentences = len(units)
    links, story = _links(units, stats)
    tick(0.8)
    neighbours: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), score in links.items():
        neighbours[a][b] = score
        neighbours[b][a] = score
    groups = _best_fits(units, _dense_groups(units, links), neighbours)
    grouped = {i for group in groups for i in group}
    # A sentence printed verbatim by several articles is a claim on its own.
    # (A unit occurs at most once per article: len(occurrences) is its number of articles.)
    groups += [(i,) for i, u in enumerate(units) if i not in grouped and len(u.occurrences) > 1]
    ids = tuple(a.id for a in articles)
    order = {aid: i for i, aid in enumerate(ids)}
    peers = _story_peers(ids, story)
    unions: dict[tuple[int, ...], tuple[str, ...]] = {}  # several stories' articles
    claims = [
        _make_claim(units, group, central, neighbours, articles, ids, order, peers, unions)
        for group, central in _consolidate(units, groups, neighbours)
    ]
    claims.sort(key=lambda c: (-c.reach, -len(c.disagreement), -c.score, c.id))
    return tuple(_distinct_summaries(claims, {a.id: a.text for a in articles}))


def rank_claims(claims: Iterable[Claim], by: str = "reach") -> list[Claim]:
    """Claims in the reader's order: by reach (most articles first), disputed ones first
    among equals; ``by="dispute"``: disputed ones first, then by reach.  Then the
    larger claims and the machine's surer ones; the summary breaks ties."""
    if by == "dispute":
        return sorted(
            claims, key=lambda c: (not c.disputed, -c.reach, -len(c.members), -c.score, c.summary)
        )
    return sorted(
        claims, key=lambda c: (-c.reach, not c.disputed, -len(c.members), -c.score, c.summary)
    )


def _distinct_summaries(claims: Sequence[Claim], texts: Mapping[str, str]) -> list[Claim]:
    """Claims in order, each summary once: a later claim with the summary of an earlier
    one (the same sentence, with other partners) is summarised by its own partner.

    Two lines reading alike in the panel are two claims the reader cannot tell apart.
    """
    out: list[Claim] = []
    taken: dict[str, set[tuple[str, int]]] = {}
    for claim in claims:
        earlier = taken.get(_reads(claim.summary))
        if earlier is not None:
            for member in claim.members:
                if (member.article_id, member.start) in earlier:
                    continue
                own = summarise(texts[member.article_id][member.start : member.end])
                if _reads(own) not in taken:
                    claim = replace(claim, summary=own)
                    break
        places = taken.setdefault(_reads(claim.summary), set())
        places.update((m.article_id, m.start) for m in claim.members)
        out.append(claim)
    return out


# --------------------------------------------------------------------------- features


def prepare_units(
    articles: Sequence[Article], table: AliasTable, quotes: object
) -> list[SentenceUnit]:
    """The set's content sentences as units: one per distinct text (with every place it
    occurs), its weighted terms, the quotations and speakers it carries, and whether it
    opens an article.  Sentences with fewer than two terms are left out.  What
    :func:`candidate_pairs` and :func:`pair_features` read (and the fitting tool)."""
    quote_index = _quote_index(quotes)
    # The surname terms of every person quoted in the set.
    speaker_terms = frozenset(
        speaker for spans in quote_index.values() for *_, speaker in spans if speaker
    )
    sentences = []
    distinct: set[str] = set()
    for article in articles:
        text = article.text
        content = article.content_sentences
        texts = [text[s.start : s.end] for s in content]
        sentences.append((content, texts))
        distinct.update(texts)
    vocab = vocabulary_of(list(distinct))
    units: list[SentenceUnit] = []
    by_key: dict[tuple[str, object], SentenceUnit] = {}
    for ai, article in enumerate(articles):
        today = article.meta.date or infer_article_date(article.text)
        article_id = article.id
        # Quotations in order of their start; ``active`` holds those that have
        # started and may still reach the current sentence (sentences come in
        # text order), so each sentence checks only the few quotations near it.
        pending = sorted(quote_index.get(article_id, ()))
        next_span = 0
        active: list[tuple[int, int, str, str]] = []
        seen: set[str] = set()
        content, texts = sentences[ai]
        paragraphs = article.paragraphs
        body_seen = 0
        for sentence, text in zip(content, texts, strict=True):
            kind = paragraphs[sentence.paragraph].kind
            opening = kind is BlockKind.HEADLINE or (
                kind is BlockKind.BODY and body_seen < LEDE_SENTENCES
            )
            body_seen += kind is BlockKind.BODY
            if text in seen:  # a repeated headline or caption is one passage
                continue
            seen.add(text)
            # one sentence whatever its typography: wire copy printed with curly
            # quotes in one outlet and straight ones in another is one passage
            key = (text.translate(_PLAIN_MARKS), today)
            unit = by_key.get(key)
            if unit is None:
                features = sentence_features(text, table, vocab, today)
                unit = SentenceUnit(text, features)
                by_key[key] = unit
                if len(features.terms) >= 2:
                    units.append(unit)
                if speaker_terms:
                    unit.speakers.update(speaker_terms.intersection(features.terms))
            unit.occurrences.append(
                _Occurrence(ai, article_id, sentence.index, sentence.start, sentence.end)
            )
            unit.lede = unit.lede or opening
            if not pending:
                continue
            while next_span < len(pending) and pending[next_span][0] < sentence.end:
                active.append(pending[next_span])
                next_span += 1
            if active:
                active = [span for span in active if span[1] > sentence.start]
                for start, end, utt, speaker in active:
                    unit.quote_ids.add(utt)
                    if speaker:
                        unit.speakers.add(speaker)
                    quoted = article.text[max(start, sentence.start) : min(end, sentence.end)]
                    unit.quote_keys.update(quote_shingles(quoted))
    df: Counter[str] = Counter()
    for unit in units:
        repeats = len(unit.occurrences)
        if repeats == 1:
            df.update(unit.features.terms)
        else:
            for term in unit.features.terms:
                df[term] += repeats
    total = sum(len(u.occurrences) for u in units)
    log = math.log
    idf = {t: log((total + 1) / (n + 0.5)) ** IDF_POWER for t, n in df.items()}
    for term, n in df.items():
        # only a figure that recurs: one given once would only lengthen its sentence
        # (two tolls of one event must still link, to be seen to disagree)
        if n >= 2 and term.startswith(_FIGURE_PREFIXES):
            idf[term] *= FIGURE_WEIGHT
    weight_of = idf.__getitem__
    for unit in units:
        terms = unit.features.terms
        unit.weights = dict(zip(terms, map(weight_of, terms), strict=True))
        unit.norm = math.sqrt(math.fsum(unit.weights.values())) or 1.0
    return units


def _reads(summary: str) -> str:
    """How a summary reads: "I'm sorry" and "I’m sorry" are one line to a reader."""
    return summary.translate(_PLAIN_MARKS).casefold()


_PLAIN_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
"""Typographic quotes, apostrophes and no-break spaces as plain ones (for unit keys)."""


def _quote_index(quotes: object) -> dict[str, list[tuple[int, int, str, str]]]:
    """article id -> (start, end, utterance, speaker term) of every quotation with an utterance.

    The speaker term is :func:`speaker_term` of the quotation's speaker, "" when
    the speaker is unknown or not a person.
    """
    index: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for quote in getattr(quotes, "quotes", None) or ():
        utterance = getattr(quote, "utterance", None) or getattr(quote, "utterance_id", None)
        article_id = getattr(quote, "article_id", None) or getattr(quote, "article", None)
        start, end = getattr(quote, "start", None), getattr(quote, "end", None)
        if utterance and article_id and isinstance(start, int) and isinstance(end, int):
            speaker = speaker_term(getattr(quote, "speaker", None)) or ""
            index[str(article_id)].append((start, end, str(utterance), speaker))
    return index


@lru_cache(maxsize=4096)
def speaker_term(name: object) -> str | None:
    """The term a person's surname becomes in sentence features ("Michael Fallon" -> "falon").

    None for an unknown speaker and for organisations ("Russian Defence
    Ministry", "Joint statement"), whose last word names no one in particular.
    """
    if not isinstance(name, str):
        return None
    words = [w for w in _NAME_SPLIT_RE.split(name) if w]
    if len(words) < 2 or any(w.casefold() in ORG_HEADS for w in words):
        return None
    if not all(w[:1].isupper() or w.casefold() in _NAME_PARTICLES for w in words):
        return None
    surname = words[-1].casefold()
    return stem(surname) if len(surname) >= 2 else None


_NAME_SPLIT_RE = re.compile(r"[\s\-‐]+")
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "de", "da", "di", "van", "von"})


# --------------------------------------------------------------------------- linking


def weight_scale(units: Sequence[SentenceUnit]) -> float:
    """The weight of a term found once in the set: shared weights over it do not
    depend on the set's size (IDF grows with the number of sentences)."""
    total = sum(len(u.occurrences) for u in units)
    return math.log((total + 1) / 1.5) ** IDF_POWER or 1.0


def pair_features(a: SentenceUnit, b: SentenceUnit, scale: float) -> tuple[float, ...]:
    """What :data:`articles.claim_model.FEATURES` names, for two sentences, in that order."""
    shared = a.weights.keys() & b.weights.keys()
    weights = [a.weights[t] for t in shared]  # a term weighs the same in every sentence
    dot = math.fsum(weights)
    quotes_a, quotes_b = a.quote_keys, b.quote_keys
    shared_quotes = quotes_a & quotes_b
    return (
        dot / (a.norm * b.norm),
        dot / scale,
        max(weights, default=0.0) / scale,
        min(len(shared), SHARED_TERMS_CAP),
        len(shared_quotes) / min(len(quotes_a), len(quotes_b)) if shared_quotes else 0.0,
        not a.quote_ids.isdisjoint(b.quote_ids),
        bool(quotes_a or quotes_b),
        bool(a.speakers and b.speakers),
        not a.speakers.isdisjoint(b.speakers),
        sum(1 for t in shared if t.startswith(_FIGURE_PREFIXES)),
        min(len(a.weights), len(b.weights), TERMS_CAP),
        min(max(len(a.weights), len(b.weights)), TERMS_CAP),
        a.lede and b.lede,
    )


def similarity(a: SentenceUnit, b: SentenceUnit, scale: float) -> float:
    """How likely two sentences make the same assertion (a probability, 0..1)."""
    if a.weights.keys().isdisjoint(b.weights.keys()):
        return 0.0
    return link_probability(pair_features(a, b, scale))


def _story_peers(ids: tuple[str, ...], story: Sequence[int]) -> list[tuple[str, ...]]:
    """Per article (by index), the articles of its story in set order, one tuple
    shared by a story's articles; an article :func:`stories` did not label (it has no
    sentence to compare) is its own story."""
    members: dict[int, list[str]] = defaultdict(list)
    labels = [story[i] if i < len(story) else len(ids) + i for i in range(len(ids))]
    for aid, label in zip(ids, labels, strict=True):
        members[label].append(aid)
    shared = {label: tuple(found) for label, found in members.items()}
    return [shared[label] for label in labels]


def _links(
    units: Sequence[SentenceUnit], stats: LinkStats
) -> tuple[dict[tuple[int, int], float], list[int]]:
    """Scored links between units of different articles: candidate pairs (see
    :func:`candidate_pairs`) whose link probability reaches WEAK_LINK_THRESHOLD,
    each unit's best MAX_NEIGHBOURS kept; and the story of each article (by index,
    :func:`stories`)."""
    scale = weight_scale(units)
    links: dict[tuple[int, int], float] = {}
    pairs = candidate_pairs(units, stats)
    story = stories(units, pairs)
    for a, b in pairs:
        if story[units[a].occurrences[0].article] != story[units[b].occurrences[0].article]:
            continue  # sentences of two stories make no claim together
        score = similarity(units[a], units[b], scale)
        if score >= WEAK_LINK_THRESHOLD:
            links[(a, b)] = score
    links = _prune(links)
    stats.links = len(links)
    return links, story


def stories(units: Sequence[SentenceUnit], pairs: Iterable[tuple[int, int]]) -> list[int]:
    """The story of each article (by index): a label shared by the articles of one story.

    A researcher's corpus often holds many stories; their sentences share generic
    words and figures ("convicted on five counts", "footage showed the man"), and
    linked as claims they tied unrelated stories together.  Two articles are of one
    story when the terms of their texts overlap by STORY_JACCARD (Jaccard index) and
    the rarer terms weigh STORY_RARE_SHARE of the two texts' weight, and stories are
    the connected groups of such articles, so that outlets which word a story very
    differently are joined through the others.  An article
    alike to none is joined to its closest match above half that overlap.  On the
    annotated sets every story held together; mixed, 25 stories came apart exactly.
    Only article pairs with candidate sentences are compared, once, and none within
    a story already joined: near linear in practice.
    """
    terms: dict[int, set[str]] = defaultdict(set)
    for unit in units:
        for o in unit.occurrences:
            terms[o.article].update(unit.weights)
    n = max(terms) + 1 if terms else 0
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def overlap(x: int, y: int) -> float:
        tx, ty = terms[x], terms[y]
        shared = len(tx & ty)
        return shared / (len(tx) + len(ty) - shared or 1)

    # Terms weighted by how few articles hold them: two stories of one kind (two
    # Spanish football rows, two disasters) share the kind's words, not their own.
    held: Counter[str] = Counter()
    for found in terms.values():
        held.update(found)
    rarity = {term: math.log(1 + n / count) for term, count in held.items()}

    def one_story(x: int, y: int) -> bool:
        if overlap(x, y) < STORY_JACCARD:
            return False
        tx, ty = terms[x], terms[y]
        union = math.fsum(rarity[t] for t in tx | ty)
        return bool(union) and math.fsum(rarity[t] for t in tx & ty) >= STORY_RARE_SHARE * union

    article_pairs = [
        (units[a].occurrences[0].article, units[b].occurrences[0].article) for a, b in pairs
    ]
    tried: set[tuple[int, int]] = set()
    for x, y in article_pairs:
        rx, ry = find(x), find(y)
        if rx == ry or (x, y) in tried:
            continue
        tried.add((x, y))
        if one_story(x, y):
            parent[rx] = ry
    sizes = Counter(find(i) for i in range(n))
    alone = {i for i in range(n) if sizes[find(i)] == 1}
    best: dict[int, tuple[float, int]] = {}
    for x, y in article_pairs:
        for one, other in ((x, y), (y, x)):
            if one in alone and one != other:
                score = overlap(one, other)
                if score > best.get(one, (0.0, -1))[0]:
                    best[one] = (score, other)
    for one, (score, other) in best.items():
        if score >= STORY_JACCARD / 2:
            parent[find(one)] = find(other)
    labels = [find(i) for i in range(n)]
    groups: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        groups[label].append(i)
    low, high = STORY_SPLIT_SIZES
    for members in groups.values():
        if low <= len(members) <= high:
            for part in _story_parts(members, overlap)[1:]:
                for i in part:
                    labels[i] = part[0]
    return labels


def _story_parts(members: Sequence[int], overlap: Callable[[int, int], float]) -> list[list[int]]:
    """The articles of one story, as groups alike on average (average linkage, stopped
    below STORY_SPLIT): two stories of one kind come apart; a part of a single article
    stays with the group it is most alike, and a story that does not come apart into
    parts of two or more is one group."""
    sims = [[overlap(x, y) if x != y else 0.0 for y in members] for x in members]
    clusters = [[k] for k in range(len(members))]
    sums = [row[:] for row in sims]  # sums[a][b]: similarities between clusters a and b
    while len(clusters) > 1:
        best, pair = -1.0, (0, 0)
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                mean = sums[a][b] / (len(clusters[a]) * len(clusters[b]))
                if mean > best:
                    best, pair = mean, (a, b)
        if best < STORY_SPLIT:
            break
        a, b = pair
        clusters[a] += clusters[b]
        for c in range(len(clusters)):
            sums[a][c] += sums[b][c]
            sums[c][a] = sums[a][c]
        del clusters[b]
        del sums[b]
        for row in sums:
            del row[b]
    if len(clusters) == 1 or any(len(c) < 2 for c in clusters):
        return [list(members)]
    return [[members[k] for k in cluster] for cluster in clusters]


def candidate_pairs(
    units: Sequence[SentenceUnit], stats: LinkStats | None = None
) -> list[tuple[int, int]]:
    """Pairs of units of different articles worth scoring (sparse, via an inverted index).

    Every term whose posting list is at most POSTING_CAP long is a blocking key,
    and the postings are walked once to accumulate each candidate pair's shared
    weight (the dot product of the two sentences restricted to those terms).
    Longer postings (common words) are never expanded, so the work is bounded
    by ``terms * POSTING_CAP**2`` and grows linearly with the set.  Pairs whose
    partial cosine is below PARTIAL_FLOOR are dropped; then the ledes' pairs
    (see :func:`_lede_pairs`) are added.  Each pair is ``(a, b)`` with ``a < b``.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for ui, unit in enumerate(units):
        for term in unit.weights:
            postings[term].append(ui)
    single = [u.occurrences[0].article if len(u.occurrences) == 1 else -1 for u in units]
    n = len(units)
    acc: dict[int, float] = defaultdict(float)
    for key_term, plist in postings.items():
        if len(plist) < 2 or len(plist) > POSTING_CAP:
            continue
        weight = units[plist[0]].weights.get(key_term, 0.0)
        for x, a in enumerate(plist):
            sa = single[a]
            base = a * n
            for b in plist[x + 1 :]:
                if sa >= 0 and sa == single[b]:
                    continue
                acc[base + b] += weight
    if stats is not None:
        stats.comparisons = len(acc)
    pairs = []
    for pair_key, dot in acc.items():
        a, b = divmod(pair_key, n)
        if dot < PARTIAL_FLOOR * units[a].norm * units[b].norm:
            continue
        # a sentence printed by several articles may share one with the other
        if (single[a] < 0 or single[b] < 0) and not units[a].articles.isdisjoint(units[b].articles):
            continue
        pairs.append((a, b))
    blocked = set(pairs)
    pairs.extend(pair for pair in _lede_pairs(units) if pair not in blocked)
    return pairs


def _lede_pairs(units: Sequence[SentenceUnit]) -> list[tuple[int, int]]:
    """Pairs of ledes of different articles sharing any term.

    News puts the main event first (the inverted pyramid), so two outlets' ledes
    are likely the same assertion, but a story's key words recur in most of its
    sentences and weigh little.  Ledes sharing any term are therefore compared,
    the story's common words included (the main blocking skips them), through
    their own inverted index (the model knows both are ledes): a few per
    article, and terms shared by more than LEDE_POSTING_CAP ledes are not
    expanded, so a large set stays linear.
    """
    ledes = [i for i, u in enumerate(units) if u.lede]
    postings: dict[str, list[int]] = defaultdict(list)
    for i in ledes:
        for term in units[i].weights:
            postings[term].append(i)
    pairs: set[tuple[int, int]] = set()
    for plist in postings.values():
        if 2 <= len(plist) <= LEDE_POSTING_CAP:
            pairs.update((a, b) for x, a in enumerate(plist) for b in plist[x + 1 :])
    return sorted((a, b) for a, b in pairs if units[a].articles.isdisjoint(units[b].articles))


def _prune(links: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """Keep each unit's MAX_NEIGHBOURS best links: bounds the grouping work per unit."""
    best: dict[int, list[float]] = defaultdict(list)
    for (a, b), score in links.items():
        best[a].append(score)
        best[b].append(score)
    floor = {
        u: sorted(scores, reverse=True)[MAX_NEIGHBOURS - 1]
        for u, scores in best.items()
        if len(scores) > MAX_NEIGHBOURS
    }
    return {
        (a, b): score
        for (a, b), score in links.items()
        if score >= floor.get(a, 0.0) or score >= floor.get(b, 0.0)
    }


# --------------------------------------------------------------------------- grouping


def _dense_groups(
    units: Sequence[SentenceUnit], links: Mapping[tuple[int, int], float]
) -> list[tuple[int, ...]]:
    """Groups seeded by a strong link, each member tied to the rest (see :func:`_joins`)."""
    neighbours: dict[int, dict[int, float]] = defaultdict(dict)
    strong: dict[int, set[int]] = defaultdict(set)
    for (a, b), score in links.items():
        neighbours[a][b] = score
        neighbours[b][a] = score
        if score >= LINK_THRESHOLD:
            strong[a].add(b)
            strong[b].add(a)
    groups: list[tuple[int, ...]] = []
    seen_groups: set[frozenset[int]] = set()
    covered: set[tuple[int, int]] = set()
    for (a, b), score in sorted(links.items(), key=lambda kv: (-kv[1], kv[0])):
        if score < LINK_THRESHOLD:
            break  # sorted: the rest are weak links, which corroborate but never seed
        if (a, b) in covered:
            continue
        group = [a, b]
        members = {a, b}
        candidates = (neighbours[a].keys() | neighbours[b].keys()) - members
        # Ranked by their links to the seed pair (scores are >= 0, so the sum
        # equals the one of sum() over the two).
        ranked = sorted(
            candidates,
            key=lambda c: (-(neighbours[c].get(a, 0.0) + neighbours[c].get(b, 0.0)), c),
        )
        for c in ranked:
            if _joins(len(strong[c] & members), neighbours[c].keys(), members):
                group.append(c)
                members.add(c)
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


def _joins(strong: int, linked: Set[int], members: Set[int]) -> bool:
    """Whether a sentence strongly linked to ``strong`` of ``members`` (and linked at
    all to ``linked``) belongs to the group.

    It does when it is strongly linked to most of the members (JOIN_FRACTION),
    or strongly to one and at least weakly to every one: a paraphrase that
    shares few rare words with each version, but some with all of them.  Never
    through a chain of single links, which costs precision at every step.
    """
    if strong >= max(1, math.ceil(JOIN_FRACTION * len(members))):
        return True
    return strong >= 1 and members <= linked


def _best_fits(
    units: Sequence[SentenceUnit],
    groups: list[tuple[int, ...]],
    neighbours: Mapping[int, Mapping[int, float]],
) -> list[tuple[int, ...]]:
    """Each sentence kept in the groups it fits nearly as well as its best one.

    Groups grow from every strong link, so a long sentence that shares a little with
    many others joins many groups; yet a sentence makes one assertion or a few. Its fit
    to a group is its mean link probability to the other members (0 where unlinked); it
    stays where the fit is at least FIT_SHARE of its best, in MAX_CLAIMS_PER_SENTENCE
    groups at most. A group left without two articles is dropped.
    """
    fits: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for gi, group in enumerate(groups):
        others = len(group) - 1
        for u in group:
            links = neighbours.get(u, {})
            fits[u].append((sum(links.get(v, 0.0) for v in group) / others, gi))
    kept: dict[int, list[int]] = defaultdict(list)
    for u, found in fits.items():
        found.sort(key=lambda fit: (-fit[0], fit[1]))
        floor = FIT_SHARE * found[0][0]
        for rank, (fit, gi) in enumerate(found[:MAX_CLAIMS_PER_SENTENCE]):
            if fit < floor and rank >= SURE_CLAIMS_PER_SENTENCE:
                break
            kept[gi].append(u)
    fitted = []
    for gi in range(len(groups)):
        members = sorted(kept.get(gi, ()))
        articles = {o.article for u in members for o in units[u].occurrences}
        if len(articles) >= 2:
            fitted.append(tuple(members))
    return _drop_subsets(fitted)


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
    return _claim_id(members, {})


def _claim_id(members: Iterable[tuple[str, str]], text_digests: dict[str, bytes]) -> str:
    """:func:`claim_id`, hashing each distinct text once (``text_digests`` caches them)."""
    digest = hashlib.sha1()
    for article_id, text in sorted(set(members)):
        text_digest = text_digests.get(text)
        if text_digest is None:
            text_digest = text_digests[text] = hashlib.sha1(text.encode()).digest()
        digest.update(article_id.encode())
        digest.update(b"\0")
        digest.update(text_digest)
    return "c" + digest.hexdigest()[:12]


def _central(
    units: Sequence[SentenceUnit],
    group: Sequence[int],
    neighbours: Mapping[int, Mapping[int, float]],
) -> int:
    """The member most strongly tied to the rest of ``group`` (the claim's summary).

    Ties go to the text, not the position, so the choice does not depend on the
    order the articles were opened in (rounding absorbs float summation order).
    """
    inside = set(group)
    centrality = {
        i: round(
            math.fsum(score for j, score in neighbours.get(i, {}).items() if j in inside)
            + len(units[i].occurrences),
            9,
        )
        for i in group
    }
    return max(group, key=lambda i: (centrality[i], units[i].text))


def _consolidate(
    units: Sequence[SentenceUnit],
    groups: Sequence[tuple[int, ...]],
    neighbours: Mapping[int, Mapping[int, float]],
) -> list[tuple[tuple[int, ...], int]]:
    """Groups that are variants of one claim, as one group; each with its central member.

    Dense grouping can find several overlapping cliques around one sentence
    (each a slightly different choice of the other articles' sentences); shown
    as claims they are the same summary listed two or three times.  Groups with
    the same central sentence are merged when they are made by the same
    articles, or when they share another member besides it (then they are two
    views of one cluster, not two assertions that happen to share a headline).
    """
    by_central: dict[int, list[tuple[frozenset[int], frozenset[str]]]] = defaultdict(list)
    for group in groups:
        articles = frozenset(o.article_id for i in group for o in units[i].occurrences)
        by_central[_central(units, group, neighbours)].append((frozenset(group), articles))
    out = []
    for central, parts in by_central.items():
        # A handful of parts per central sentence: merge them into clusters of
        # (members, the article sets of its parts, how many parts).
        clusters: list[tuple[set[int], set[frozenset[str]], int]] = []
        for members, articles in parts:
            joined = [c for c in clusters if articles in c[1] or len(c[0] & members) >= 2]
            clusters = [c for c in clusters if not any(c is j for j in joined)]
            clusters.append(
                (
                    set(members).union(*(c[0] for c in joined)),
                    {articles}.union(*(c[1] for c in joined)),
                    1 + sum(c[2] for c in joined),
                )
            )
        for members_set, _articles, count in clusters:
            group = tuple(sorted(members_set))
            # A merged group may centre on another member now.
            out.append((group, central if count == 1 else _central(units, group, neighbours)))
    return out


def _make_claim(
    units: Sequence[SentenceUnit],
    group: Sequence[int],
    central_index: int,
    neighbours: Mapping[int, Mapping[int, float]],
    articles: Sequence[Article],
    article_ids: tuple[str, ...],
    order: Mapping[str, int],
    peers: Sequence[tuple[str, ...]],
    unions: dict[tuple[int, ...], tuple[str, ...]],
) -> Claim:
    inside = set(group)
    pair_scores = [
        score for i in group for j, score in neighbours.get(i, {}).items() if j in inside
    ]
    central = units[central_index]
    occurrences = sorted(
        ((o, units[i]) for i in group for o in units[i].occurrences),
        key=lambda pair: (pair[0].article, pair[0].start),
    )
    in_claim = {o.article for o, _ in occurrences}
    # the articles of the claim's story (a sentence printed verbatim in two stories: both)
    # (by identity: a story's tuple is shared, and hashing it would cost its length)
    stories_of = {id(peers[a]): peers[a] for a in in_claim}
    if len(stories_of) == 1:
        story = next(iter(stories_of.values()))
    else:
        # a sentence printed verbatim in several stories: their articles, worked out
        # once per combination of stories (a large set has many such sentences)
        key = tuple(sorted(stories_of))
        story = unions.get(key) or ()
        if not story:
            theirs: set[str] = set().union(*stories_of.values())
            story = unions[key] = tuple(aid for aid in article_ids if aid in theirs)
    others = reporters(group, units, neighbours, in_claim) if len(in_claim) < len(story) else []
    close = (
        relatives(
            group,
            units,
            neighbours,
            in_claim | {o.article for _, u in others for o in u.occurrences},
        )
        if len(in_claim) + len(others) < len(story)
        else []
    )
    displays = {i: displays_of(units[i]) for i in group}
    members = tuple(
        ClaimMember(o.article_id, o.start, o.end, o.sentence, displays[i])
        for i in group
        for o in units[i].occurrences
    )
    members = tuple(sorted(members, key=lambda m: (order[m.article_id], m.start)))
    return Claim(
        id=_claim_id(((o.article_id, unit.text) for o, unit in occurrences), {}),
        summary=summarise(central.text),
        members=members,
        article_ids=tuple(article_ids[i] for i in sorted(in_claim)),
        open_articles=story,
        disagreement=tuple(disagreements([(o.article_id, u) for o, u in occurrences], others)),
        reported=tuple(
            sorted(
                (
                    ClaimMember(o.article_id, o.start, o.end, o.sentence, displays_of(unit))
                    for aid, unit in others
                    for o in unit.occurrences
                    if o.article_id == aid
                ),
                key=lambda m: (order[m.article_id], m.start),
            )
        ),
        score=round(sum(pair_scores) / len(pair_scores), 3) if pair_scores else 1.0,
        related=tuple(
            sorted(
                (
                    ClaimMember(o.article_id, o.start, o.end, o.sentence, displays_of(unit))
                    for o, unit in close
                ),
                key=lambda m: (order[m.article_id], m.start),
            )
        ),
    )


def displays_of(unit: SentenceUnit) -> tuple[str, ...]:
    """The figures of a sentence as displayed (a member's :attr:`ClaimMember.numbers`)."""
    return tuple(m.display for m in unit.features.numbers if m.kind != "label")


_SUMMARY_LEADS_RE = re.compile(
    # a wire dateline: "BEIRUT, Lebanon – ", "LONDON (Reuters) - "
    # (a place after a comma, an agency in brackets, or else a long dash, so that
    # "NATO - the alliance" keeps its subject)
    r"^[A-Z][A-Z .'’-]{1,40}(?:(?:,[^()\n–—-]{1,40})?\s*\([^()\n]{1,25}\)\s*[-–—]"
    r"|,[^()\n–—-]{1,40}\s*[-–—]|\s*[–—])\s+(?=\S)"
    # an attribution that only introduces the quotation: "She added: ", "Tom Ode said: "
    r"|^(?:[A-Z][\w'’.-]*\s+){0,3}(?:said|says|added|adds|told\s+\w+|stated|wrote):\s+(?=\S)"
)


def summarise(text: str, width: int = 80) -> str:
    """One line from a sentence: whitespace collapsed, cut at a word near ``width``.

    A leading wire dateline or a bare "X said:" introducing a quotation is left
    out: the line says what is claimed, the passage itself keeps every word.
    """
    line = _SUMMARY_LEADS_RE.sub("", plain_heading(text), count=1).strip()
    inner = line.strip(_QUOTE_MARKS)
    # A sentence that is one quotation reads without its marks; one that holds a
    # quotation and more keeps them ('“I resign,” Morales said'). A single mark
    # inside may be an apostrophe, so single quotation marks go only from a
    # sentence that both opens and closes with one.
    single = line[:1] in _SINGLE_MARKS and line[-1:] not in _QUOTE_MARKS
    if not single and not any(mark in inner for mark in _DOUBLE_MARKS):
        line = inner
    if len(line) <= width:
        return line
    cut = line[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip(",;:–- ") + "…"


_QUOTE_MARKS = "“”\"'‘’"
_DOUBLE_MARKS = '“”"'
_SINGLE_MARKS = "'‘’"


def _quantities_of(unit: SentenceUnit) -> list[tuple[str, str, NumberMention]]:
    """:func:`_quantities`, worked out once per unit."""
    found = unit.quantities
    if found is None:
        found = unit.quantities = _quantities(unit)
    return found


def _reported(key: str) -> bool:
    """Whether a linked sentence outside a claim giving quantity ``key`` reports the
    claim's figure: a toll or a count of something named ("killed", "homes", "share of
    vote"); not a bare share or sum, which a neighbouring sentence gives of anything."""
    return key != "share" and key not in _UNIT_KEYS


_UNIT_KEYS = CURRENCIES | frozenset({"¢", "p", "mm", "cm", "km", "m", "kg", "t", "mi"})


def reporters(
    group: Sequence[int],
    units: Sequence[SentenceUnit],
    neighbours: Mapping[int, Mapping[int, float]],
    inside: Set[int],
) -> list[tuple[str, SentenceUnit]]:
    """Sentences of articles outside a claim (``inside``: the indexes of the articles in
    it) that are linked to a member and give a quantity the members give: ``"Nine
    died"`` next to a claim that seven were killed reports the toll, differently.
    The claim's quantities are the ones at least half of its articles, and at least
    two, give: a figure one member mentions on the side ("100,000 nurses" in a sentence
    about 70,000 cancelled appointments, "within two years" in a pledge of federal
    money) is not what the claim is about.
    (Walks the members' links only: never the set's articles, which would make the
    claims of a large set cost claims x articles.)"""
    givers: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i in group:
        articles = {o.article for o in units[i].occurrences}
        for key, _, n in _quantities_of(units[i]):
            givers[(key, n.kind)] |= articles
    need = max(2, (len(inside) + 1) // 2)
    keys = {quantity for quantity, articles in givers.items() if len(articles) >= need}
    if not keys:
        return []
    found: dict[int, SentenceUnit] = {}
    for i in group:
        for j in neighbours.get(i, {}):
            unit = units[j]
            if not unit.features.numbers or j in found:
                continue
            if all(o.article in inside for o in unit.occurrences):
                continue
            if any((key, n.kind) in keys and _reported(key) for key, _, n in _quantities_of(unit)):
                found[j] = unit
    return [
        (o.article_id, unit) for unit in found.values() for o in unit.occurrences
        if o.article not in inside
    ]  # fmt: skip


def relatives(
    group: Sequence[int],
    units: Sequence[SentenceUnit],
    neighbours: Mapping[int, Mapping[int, float]],
    inside: Set[int],
) -> list[tuple[_Occurrence, SentenceUnit]]:
    """Per article outside ``inside`` (the indexes of the articles making the claim or
    giving its figure), its sentence closest to the claim, when it is strongly linked
    to a member (RELATED_THRESHOLD) and linked at all to half the members at least:
    "Two of the eight workers were rescued" beside a claim grouped from "Two were
    pulled from the water" in other words; not "100,000 nurses walked out" beside a
    claim of 70,000 cancelled appointments that one member gives with the strikers'
    number. (Walks the members' links only, as :func:`reporters` does.)"""
    strong: dict[int, float] = {}
    linked: Counter[int] = Counter()
    for i in group:
        for j, score in neighbours.get(i, {}).items():
            linked[j] += 1
            if score >= RELATED_THRESHOLD and score > strong.get(j, 0.0):
                strong[j] = score
    need = (len(group) + 1) // 2
    best: dict[int, tuple[float, _Occurrence, SentenceUnit]] = {}
    for j, score in strong.items():
        if linked[j] < need:
            continue
        unit = units[j]
        for o in unit.occurrences:
            if o.article in inside:
                continue
            found = best.get(o.article)
            if found is None or score > found[0]:
                best[o.article] = (score, o, unit)
    return [(o, unit) for _, o, unit in best.values()]


def _quantities(unit: SentenceUnit) -> list[tuple[str, str, NumberMention]]:
    """(quantity key, its name for a reader, figure) for every precise count or share.

    The key compares ("homes" and "home" are one quantity); the name is the
    word the text uses ("homes"), or the unit ("mm"), "share", or the toll a
    figure gives ("killed", "injured", "missing": "Seven workers were killed
    and 23 others were injured" gives one of each).
    """
    out = []
    text = unit.text
    previous: NumberMention | None = None
    for number in unit.features.numbers:
        converted = (
            previous is not None
            and previous.unit
            and number.unit
            and _CONVERSION_RE.fullmatch(text, previous.end, number.start) is not None
        )
        previous = number
        if converted:
            continue  # "2,500 miles (4,020km)": the same distance in another unit, rounded
        if number.vague or number.kind not in {"count", "percent"}:
            continue
        if number.kind == "count" and not number.unit and 1900 <= number.value <= 2100:
            continue  # a year
        if _DATED_EVENT_RE.search(_clause_around(text, number.start, number.end)):
            # "2004's Madrid train bombing that killed 191 people": the figure of an
            # event the clause dates and describes, another than the story's
            continue
        if _EARLIER_FIGURE_RE.search(_clause_before(text, number.start)):
            # "previously said it would cut nearly 10,000", "up from 40": a figure the
            # story has moved on from, not the one an outlet gives now
            continue
        further = _FURTHER_BEFORE_RE.search(text, max(0, number.start - 24), number.start)
        if number.kind == "percent":
            if _COUNTING_PROGRESS_RE.match(text, number.end):
                continue  # "with 99.4% of votes tallied": how far the count is, no result
            # a share of what, when the text says: "41% of the vote", "9% of its staff"
            of = _SHARE_OF_RE.match(text, number.end)
            key = name = f"share of {of.group(1).casefold()}" if of else "share"
        elif number.unit:
            key = name = number.unit  # "80mm" and "100 millimetres" of rain: one quantity
        elif number.value == int(number.value) and (toll := _toll_of(text, number)):
            # (a toll counts people: "the magnitude 7.1 quake killed 217" is 217 killed;
            # "another 329 injured" is the toll of the injured)
            key = name = toll
        elif further:
            continue  # "and another 23,000 abroad": a part added to another figure
        elif _MARGIN_BEFORE_RE.search(text, max(0, number.start - 24), number.start) or (
            _WON_BY_RE.search(text, max(0, number.start - 90), number.start)
        ):
            # "a majority of 230", "won ... by 2.57 million votes": a margin, not a count
            key = name = "majority"
        else:
            word = (
                _counted_noun(text, number.end)
                or _counted_before(text, number.start)
                or _counted_of(text, number.start)
            )
            if not word:
                continue  # "Tom Harris, 67, said": nothing says what is counted
            if word in _TIME_UNITS:
                # "three years ago" is when; "10 years" the sentence asked, served, or
                # led: a story's durations are of many things, and the sentences of one
                # claim mixed them ("asked for 10 years" against "a five-year sentence")
                continue
            key, name = stem(word), word
            if _RUNNING_TOTAL_RE.search(_clause_around(text, number.start, number.end)):
                # "He now has 12 World Cup goals", "his career tally": a running total,
                # another quantity than the "eight goals" of this tournament
                key, name = f"{key} total", f"{word} in all"
            if word.endswith("ed") and len(word) > 5 and _VERB_FORM_RE.fullmatch(word):
                # "Fifty-eight others were rescued": a participle, what befell people
                # (not the "150 rescue workers" on site)
                key, name = f"{stem('people')} {stem(word)}", f"people {word}"
            elif word in _GENERIC_COUNTED and (done := _what_befell(text, number)):
                # "16 people being treated" and "saved a dozen people" count different
                # people: what befell them, when the text says, tells which
                key, name = f"{key} {stem(done)}", f"{word} {done}"
        out.append((key, name, number))
    return out


_RUNNING_TOTAL_RE = re.compile(
    r"\b(?:now\s+has|now\s+have|career|all-time|in\s+total|overall|tally|so\s+far\s+in\s+his)\b",
    re.IGNORECASE,
)
"""Words that make a figure a running total ("now has 12 goals", "career tally")."""
_GENERIC_COUNTED = frozenset({"people", "persons", "others", "individuals"})
"""Counted nouns that say only "people": the verb says which people."""
_AUXILIARY_WORDS = frozenset({"were", "was", "are", "is", "being", "been", "have", "had", "has"})
_VERB_FORM_RE = re.compile(r"[a-z]{3,}(?:ed|en|ing)$")
_CLAUSE_BOUNDARY_RE = re.compile(r"[,;:()\u2014\u2013]|\s-\s|[.!?]\s")
_DATED_EVENT_RE = re.compile(
    r"\b(?:19|20)\d\d(?:['’]s)?\s+(?:[A-Za-z-]+\s+){1,4}(?:that|which|when|in\s+which)\s"
)
"""A year naming an event, then a relative clause about it ("2004's Madrid train
bombing that killed", "the 1972 crash in which"); the figure's clause only."""


_EARLIER_FIGURE_RE = re.compile(
    r"\b(?:previously|initially|originally|at\s+first|had\s+earlier|up\s+from|down\s+from"
    r"|revised\s+from|an\s+earlier\s+(?:toll|figure|estimate|count)\s+of)\b",
    re.I,
)
"""Words in a figure's clause, before it, saying it is an earlier one ("previously said
it would lay off nearly 10,000", "up from 40")."""


def _clause_before(text: str, start: int) -> str:
    """The words of a figure's clause before it (back to a comma, colon, bracket or dash)."""
    before = text[max(0, start - 80) : start]
    cuts = list(_CLAUSE_BOUNDARY_RE.finditer(before))
    return before[cuts[-1].end() :] if cuts else before


def _clause_around(text: str, start: int, end: int) -> str:
    """The figure's own clause: up to the nearest comma, colon, bracket or dash either
    side (the figure itself left out)."""
    before = _clause_before(text, start)
    after = text[end : end + 80]
    cut = _CLAUSE_BOUNDARY_RE.search(after)
    if cut:
        after = after[: cut.start()]
    return before + " " + after


def _what_befell(text: str, number: NumberMention) -> str:
    """The verb saying what befell the people a figure counts: the participle after
    them ("16 people being treated", "58 others were rescued") or the verb before the
    figure ("evacuated 10,000 people"); "" when none does."""
    words = re.findall(r"[A-Za-z]+", text[number.end : number.end + 60])[1:5]
    for word in words:
        low = word.casefold()
        if low in _AUXILIARY_WORDS or low in ("also", "still", "all") or low.endswith("ly"):
            continue  # ("were also rescued", "were reportedly killed")
        if _VERB_FORM_RE.fullmatch(low):
            return low
        break
    before = re.findall(r"[A-Za-z]+", text[max(0, number.start - 30) : number.start])
    if before and before[-1].casefold().endswith("ed") and len(before[-1]) > 4:
        # (a deed done to them; "carrying 629 people" is "550 people on board")
        return before[-1].casefold()
    return ""


_CONVERSION_RE = re.compile(
    r"\s*\(\s*(?:about|around|some|roughly|nearly|almost|over|more than)?\s*"
)
"""Between a figure and the same figure in another unit, in brackets after it."""
_FURTHER_BEFORE_RE = re.compile(
    r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+(?:[a-z]+\s+)?$", re.I
)
"""Words before a figure that add it to another ("another 23,000", "a further 12")."""
_COUNTING_PROGRESS_RE = re.compile(
    r"\s+of\s+(?:the\s+|all\s+)?(?:votes?|ballots?|polling\s+(?:stations|places)|precincts"
    r"|returns|tally\s+sheets)\s+(?:\w+\s+)?(?:counted|tallied|processed|reported|in|"
    r"verified|scrutinised|scrutinized)\b",
    re.I,
)
"""After a percentage: how much of the count is done ("99.4% of votes tallied")."""
_SHARE_OF_RE = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|all|those|eligible|registered)?\s*([a-z]{3,})\b"
)
"""The noun of a share ("of the vote", "of its workforce")."""


_TOLLS = {
    **dict.fromkeys(
        wordset(
            "killed kill kills killing dead died die dies dying death deaths toll fatalities "
            "fatality lives bodies"
        ),
        "killed",
    ),
    **dict.fromkeys(
        wordset(
            "injured injuring injures injury injuries hurt wounded wounding hospitalised "
            "hospitalized"
        ),
        "injured",
    ),
    **dict.fromkeys(wordset("missing unaccounted"), "missing"),
}
"""Words that say which toll a figure near them counts."""
_TOLL_WORDS_AFTER = 5
_TOLL_WORDS_BEFORE = 4
_TOLL_STOPS = frozenset({"and", "or", "but", "while", "whereas"})
_TOLL_WORD_RE = re.compile(r"[\w'’-]+|[,.;:!?]")
_TIME_UNITS = wordset(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades"
)
_MEASURE_ADJECTIVES = wordset("strong odd plus long high wide deep tall old large member")
"""Words joined to a figure that say how big, not what ("a 4,000-strong crowd")."""
_WHEN_WORDS = wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december today yesterday tonight"
)


def _toll_of(text: str, number: NumberMention) -> str:
    """ "killed", "injured" or "missing" when a toll word stands in the figure's own
    clause: after it ("23 others were injured") else before it ("killing 12",
    "the death toll rose to nine"), never across "and" or another figure
    ("killing 12 and injuring 40": 12 killed, 40 injured); else ""."""
    after = _TOLL_WORD_RE.findall(text, number.end, number.end + 80)[:_TOLL_WORDS_AFTER]
    before = _TOLL_WORD_RE.findall(text, max(0, number.start - 60), number.start)
    for words, nouns in ((after, True), (before[::-1][:_TOLL_WORDS_BEFORE], False)):
        for word in words:
            low = word.casefold()
            if low in _TOLL_STOPS or not low[:1].isalpha():
                break  # a clause mark, a conjunction or another figure ends the search
            if low in _TOLLS and (nouns or low not in _TOLL_NOUNS_AFTER):
                return _TOLLS[low]
    if _TOLL_RISE_RE.search(text, max(0, number.start - 120), number.start):
        return "killed"  # "the death toll from the quake in eastern Turkey rose to 41"
    return ""


_TOLL_RISE_RE = re.compile(
    r"\b(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|fatalities|people\s+killed))\b"
    r"[^.;:!?]{0,80}?\b(?:rose|risen|rises|climbed|climbs|reached|reaches|stands|stood|hit|hits"
    r"|jumped|increased|grew|is|was|now)\b(?:\s+(?:to|at|by|over|above|nearly|almost|about"
    r"|around|some|least))*\s+$",
    re.I,
)
"""A death toll named earlier in the clause, whose figure follows its verb ("Toll in
Genoa bridge collapse rises to 38": a headline's toll is the dead)."""


_TOLL_NOUNS_AFTER = frozenset({"lives", "bodies"})
"""Toll words only after the figure ("2,000 lost their lives"; "who lives two streets
away" counts no dead)."""


_MARGIN_BEFORE_RE = re.compile(r"\b(?:majority|margin)\s+of\s+(?:just\s+|only\s+)?$", re.I)
_WON_BY_RE = re.compile(
    r"\b(?:won|wins|win|winning|beat|beats|beating|defeated|defeats|defeating|led|leads"
    r"|leading|ahead)\b[^.;:!?]{0,70}\bby\s+(?:more\s+than\s+|about\s+|around\s+|nearly\s+"
    r"|almost\s+|some\s+|just\s+|over\s+)?$",
    re.I,
)
"""Words before a winning margin ("won the election by 2.57 million votes")."""
_SCORE_BEFORE_RE = re.compile(r"\b([a-z]+)\s+to\s+$")


def _counted_before(text: str, start: int) -> str:
    """The noun of a score's second figure: "432 votes to 202" -> "votes"."""
    found = _SCORE_BEFORE_RE.search(text, max(0, start - 24), start)
    return found.group(1) if found and found.group(1) not in STOPWORDS else ""


def _counted_of(text: str, start: int) -> str:
    """The noun a figure after "of" counts: "The ship's crew of 21, all from India" ->
    "crew" (not "at the age of 23", "one out of 20")."""
    found = _NOUN_OF_BEFORE_RE.search(text, max(0, start - 40), start)
    if found is None:
        return ""
    word = found.group(1).casefold()
    return "" if word in STOPWORDS or word in _NOT_COUNTED_OF else word


_NOUN_OF_BEFORE_RE = re.compile(
    r"\b([a-z]{3,})\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+"
    r"|more\s+than\s+|at\s+least\s+|up\s+to\s+)?$"
)
_NOT_COUNTED_OF = frozenset(
    {"age", "ages", "out", "total", "average", "rate", "sum", "score", "maximum", "minimum",
     "height", "depth", "speed", "cost", "value", "price", "length", "distance", "weight",
     "capacity", "margin", "majority", "toll", "tally", "number", "figure", "estimate"}
)  # fmt: skip
"""Nouns before "of" and a figure that name no counted thing ("a total of", "the age of")."""


def _counted_noun(text: str, end: int) -> str:
    """The word naming what a figure ending at ``end`` counts ("homes"), or "".

    The first content word among the next three, within the figure's clause:
    "350 homes" -> "homes", "12 of the rebels" -> "rebels"; a figure followed by
    punctuation ("aged 67,") counts nothing named.
    """
    if text[end : end + 1] in _CLAUSE_MARKS:
        return ""
    words = text[end : end + 60].split()[:5]
    # a capitalised modifier is what kind, not what ("12 Thai boys", "four Navy SEAL
    # divers"): the first lower-case word names the thing counted, if one follows
    lower = [w for w in words if w[:1].islower() or not w[:1].isalpha()]
    if words and not words[0][:1].islower() and lower and words[0][-1:] not in _CLAUSE_MARKS:
        words = words[words.index(lower[0]) :]
    if words and words[0].startswith("-"):
        # "a 1,600-page report": the noun joined to the figure is what it counts (as
        # in "a 1,700 page report"); not "4,000-strong", "12-year-old boy" (the noun
        # after it counts)
        joined = words[0][1:].rstrip(_CLAUSE_MARKS).lower()
        if joined.isalpha() and joined not in _MEASURE_ADJECTIVES:
            return joined
        words = words[1:]
    for word in words[:3]:
        written = word.strip(_CLAUSE_MARKS + "\"'“”‘’()[]")
        bare = written.lower()
        if bare in _WHEN_WORDS:
            return ""  # "rose to 41 on Sunday": when, not what is counted
        if bare.isalpha() and bare not in STOPWORDS:
            if not written[:1].islower() and lower:
                # capitalised in running text: a name or a new sentence ("15 NEW YORK —
                # Leonardo da Vinci"), no noun (a Title Case headline capitalises it:
                # "350 Homes Destroyed")
                return ""
            # "202 voted for it": a verb says what they did, not what is counted
            # ("12 killed", "5 injured" are counts of people, kept)
            if bare.endswith("ed") and bare not in _COUNTED_PARTICIPLES:
                return ""
            return bare
        if word[-1:] in _CLAUSE_MARKS:
            break
    return ""


_CLAUSE_MARKS = ",.;:!?"
_COUNTED_PARTICIPLES = wordset(
    """
    killed injured wounded dead missing displaced arrested detained evacuated rescued
    infected hospitalised hospitalized confirmed
    """
)


_CURRENCY_KEYS = CURRENCIES
_SUMS_APART = 10
"""Sums of money further apart than this factor are two sums, never one disputed."""
_FIGURE_RE = re.compile(r"(\D*?)(\d+)(?:\.(\d+))?(\D*)")


def _coarser_forms(displays: Set[str]) -> dict[str, str]:
    """Each display that a display with fewer decimals rounds ("44.3%" -> "44%", "$1.54bn"
    -> "$1.5bn"): one figure, given more or less precisely."""
    parsed = []
    for display in displays:
        found = _FIGURE_RE.fullmatch(display)
        if found is not None:
            lead, whole, decimals, tail = found.groups()
            parsed.append(
                (display, lead, tail, float(f"{whole}.{decimals or 0}"), len(decimals or ""))
            )
    out: dict[str, str] = {}
    for display, lead, tail, value, places in parsed:
        forms = [
            (places2, other)
            for other, lead2, tail2, value2, places2 in parsed
            if places2 < places
            and (lead2, tail2) == (lead, tail)
            and round(value, places2) == value2
        ]
        if forms:
            out[display] = min(forms)[1]  # the coarsest: "$179.36m" and "$179.4m" are "$179m"
    return out


def disagreements(
    members: Sequence[tuple[str, SentenceUnit]],
    others: Sequence[tuple[str, SentenceUnit]] = (),
) -> list[dict[str, Any]]:
    """Figures for the same quantity that differ between the articles of a group.

    ``members`` are (article id, sentence unit) pairs; ``others`` the same for
    sentences of other articles linked to a member: they count only for the
    quantities the members give (see :func:`reporters`).
    """
    by_quantity: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    names: dict[tuple[str, str], str] = {}
    amounts: dict[str, float] = {}  # display -> value
    for article_id, unit in members:
        for key, name, number in _quantities_of(unit):
            names.setdefault((key, number.kind), name)
            by_quantity[(key, number.kind)][article_id].add(number.display)
            amounts[number.display] = number.value
    for article_id, unit in others:
        for key, _name, number in _quantities_of(unit):
            if (key, number.kind) in by_quantity and _reported(key):
                by_quantity[(key, number.kind)][article_id].add(number.display)
                amounts[number.display] = number.value
    out = []
    for (key, kind), per_article in sorted(by_quantity.items()):
        if len(per_article) < 2:
            continue
        values = {v for vs in per_article.values() for v in vs}
        if len(values) < 2:
            continue
        given = per_article  # as the articles write them, for the reader
        coarser = _coarser_forms(values)
        if coarser:
            # "44%" and "44.3%": one figure, rounded by one outlet
            per_article = {a: {coarser.get(v, v) for v in vs} for a, vs in per_article.items()}
            values = {v for vs in per_article.values() for v in vs}
            if len(values) < 2:
                continue
        if key in _CURRENCY_KEYS:
            # "£200m" of prison contracts and "£56bn" of HS2 are two sums: only the sums
            # near the one most articles give are one sum, given differently
            givers = Counter(v for vs in per_article.values() for v in vs)
            usual = amounts[max(givers, key=lambda v: (givers[v], amounts[v]))]
            near = {v for v in values if usual / _SUMS_APART <= amounts[v] <= usual * _SUMS_APART}
            per_article = {a: vs & near for a, vs in per_article.items() if vs & near}
            values = near
            if len(per_article) < 2 or len(values) < 2:
                continue
        # Articles that agree on some value for this quantity are not in dispute,
        # unless each gives as many other values, all different: two parallel lists
        # ("Labour 41.2%, National 33.8%" against "Labour 42.1%, National 33.8%").
        common = set.intersection(*per_article.values())
        if common:
            rest = [vs - common for vs in per_article.values()]
            if not all(rest) or len({len(r) for r in rest}) != 1:
                continue
        out.append(
            {
                "quantity": names[(key, kind)],
                "kind": kind,
                "values": {
                    aid: ", ".join(sorted(v for v in given[aid] if coarser.get(v, v) in vs))
                    for aid, vs in sorted(per_article.items())
                },
            }
        )
    return out
