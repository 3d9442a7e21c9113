"""Which quotations, in different articles, reproduce the same spoken words.

Two quotations are one *utterance* when their words overlap enough: for
quotations of four words or more, at least half of the shorter one's word
trigrams occur in the other (so one may be a fragment of the other, and a word
may differ: ``IS``/``ISIS``); brackets (``[Islamic State]``), punctuation,
case, apostrophe styles and the tense of auxiliaries ("has been" reported as
"had been") are ignored.  A very short quotation (a scare quote such as
``"butcher"``) joins a longer quotation that contains its words in sequence
and has the same speaker, unless several different utterances contain them.
Candidates come from an inverted index of trigrams (and of words, for short
quotations), never from all pairs, so the cost grows with the number of
quotations, not its square.

:func:`diff_variants` gives the word-level differences between the versions
of one utterance, for showing where outlets quote the same words differently.
"""

from __future__ import annotations

import difflib
import heapq
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, TypeVar

from rapidfuzz import fuzz

from articles.claim_features import STOPWORDS
from articles.utterance_model import link_probability

_K = TypeVar("_K")

_WORD_RE = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?")
_BRACKETS_RE = re.compile(r"\[[^\]]*\]")
MAX_POSTINGS = 64
"""Trigrams or words shared by more quotations than this are too common to block on."""
SHORT = 3
"""Quotations of at most this many words link only by containment with the same speaker,
or by the same words (quoted by two outlets, or with no two speakers named)."""
SHORT_SAME_MIN = 2
"""Words a short quotation needs to link by its words alone (one word is any remark's)..."""
DISTINCT_WORD = 6
"""Letters of a word that makes three quoted words one remark, whoever they are credited
to ("I won't resign", "closed for business"), where common words ("doing very well")
are any speaker's; two words need two such words of seven letters ("compelling
evidence", not "war crimes" or "human rights")."""


def _distinctive(key: Sequence[str]) -> bool:
    """Whether a few quoted words are one remark, whoever they are credited to (see
    DISTINCT_WORD)."""
    long = [w for w in key if len(w) >= DISTINCT_WORD and w not in STOPWORDS]
    if len(key) >= 3:
        return bool(long)
    return len(key) == 2 and all(len(w) > DISTINCT_WORD for w in key) and len(long) == 2


SINGLE_WORD_MIN = 4
"""...unless one speaker, and only one, is named for that word, and it is no short word."""


def words(text: str) -> list[str]:
    """Lower-cased words of ``text`` with apostrophes unified (for matching, not display)."""
    folded = text.casefold()
    if len(folded) == len(text) and "\u0345" not in text:
        # Every character folded to one character of the same word class (U+0345
        # aside, which folds to a letter), so the words of the folded text are the
        # folded words; ’ and ' play the same part in the pattern.
        return _WORD_RE.findall(folded.replace("’", "'"))
    return [w.casefold().replace("’", "'") for w in _WORD_RE.findall(text)]


def match_words(text: str) -> list[str]:
    """Words used to compare quotations: bracketed insertions removed, and hyphenated
    words split ("seven-year" in one outlet is "seven year" in another)."""
    return words(_BRACKETS_RE.sub(" ", text).replace("-", " "))


def match_words_from(text: str, known: list[str]) -> list[str]:
    """:func:`match_words` of ``text`` given its :func:`words` ``known``: the same list
    unless the text has brackets or hyphens to read again."""
    return match_words(text) if "[" in text or "-" in text else known


def find_containers(
    haystacks: Sequence[Sequence[str]], needles: Sequence[Sequence[str]]
) -> dict[int, list[int]]:
    """For each needle (by index), the haystacks that contain its words contiguously.

    One pass over the haystacks' words, looking up only runs that start with a
    needle's first word, so the cost is linear in the words of the haystacks.
    """
    wanted: dict[tuple[str, ...], list[int]] = {}
    for k, needle in enumerate(needles):
        if needle:
            wanted.setdefault(tuple(needle), []).append(k)
    if not wanted:
        return {}
    lengths = sorted({len(t) for t in wanted})
    first_words = {t[0] for t in wanted}
    found: dict[int, list[int]] = {}
    for h, items in enumerate(haystacks):
        hits: set[int] = set()
        for i, w in enumerate(items):
            if w not in first_words:
                continue
            for n in lengths:
                run = tuple(items[i : i + n])
                if len(run) == n and run in wanted:
                    hits.update(wanted[run])
        for k in hits:
            found.setdefault(k, []).append(h)
    return found


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _shared_with_earlier(
    i: int, keys: Iterable[_K], postings: Mapping[_K, list[int]]
) -> dict[int, int]:
    """How many of item ``i``'s ``keys`` each earlier item shares (long postings skipped)."""
    shared: dict[int, int] = {}
    for key in keys:
        posting = postings[key]
        if len(posting) > MAX_POSTINGS:
            continue
        for j in posting:
            if j < i:
                shared[j] = shared.get(j, 0) + 1
    return shared


REWORDED_SHARE = 0.6
"""Share of the shorter quotation's content words that a rewording by the same speaker keeps."""
REWORDED_MIN = 3
REWORDED_LONGER_SHARE = 0.2
"""Share of the longer quotation's content words a rewording keeps too: three story words
("nursing", "patients", "NHS") are not what a short remark and a long statement share."""
"""Content words a rewording must share at least (two could be any remark on one topic)."""
REWORDED_COMMON_SHARE = 0.1
"""A content word in more than this share of the set's quotations is the story's, not the
remark's (see REWORDED_RARE_MIN)."""
REWORDED_COMMON_MIN = 4
"""...unless it is in at most this many quotations (a small set has no story words)."""
REWORDED_RARE_MIN = 1
"""Words of the remark itself, not of the story, that a rewording must keep at least."""


def _link_rewordings(
    tokens: Sequence[list[str]],
    speakers: Sequence[str | None],
    unique: set[int],
    uf: _UnionFind,
) -> None:
    """Join two renderings of one remark by the same speaker worded differently.

    "We have never seen the water rise so quickly" and "We have never seen
    water rise this fast" share few trigrams but most content words.  Only
    for the same speaker, with REWORDED_MIN shared content words and
    REWORDED_SHARE of the shorter's; candidates come from an inverted index
    of (speaker, word), capped like the trigrams', never from all pairs.
    """
    from articles.claim_features import STOPWORDS, stem

    content: dict[int, set[str]] = {}
    postings: dict[tuple[str, str], list[int]] = {}
    for i in unique:
        speaker = speakers[i]
        if speaker is None:
            continue
        found = {stem(w) for w in expand_contractions(tokens[i]) if w not in STOPWORDS}
        found.discard("")
        if len(found) < REWORDED_MIN:
            continue
        content[i] = found
        who = speaker.casefold()
        for word in found:
            postings.setdefault((who, word), []).append(i)
    # The story's own words ("black hole" in every remark on the first picture of
    # one) are what any two of its remarks share: a rewording keeps more than those.
    frequency: dict[str, int] = {}
    for found in content.values():
        for word in found:
            frequency[word] = frequency.get(word, 0) + 1
    common_at = max(REWORDED_COMMON_MIN, REWORDED_COMMON_SHARE * len(content))
    for i, found in content.items():
        who = speakers[i].casefold()  # type: ignore[union-attr]
        # words shared with each earlier quotation, and how many of them are rare (one pass)
        shared: dict[int, int] = {}
        rare: dict[int, int] = {}
        for word in found:
            posting = postings[(who, word)]
            if len(posting) > MAX_POSTINGS:
                continue
            is_rare = frequency[word] <= common_at
            for j in posting:
                if j < i:
                    shared[j] = shared.get(j, 0) + 1
                    if is_rare:
                        rare[j] = rare.get(j, 0) + 1
        for j, count in shared.items():
            if (
                count >= REWORDED_MIN
                and count >= REWORDED_SHARE * min(len(found), len(content[j]))
                and count >= REWORDED_LONGER_SHARE * max(len(found), len(content[j]))
                and rare.get(j, 0) >= REWORDED_RARE_MIN
            ):
                uf.union(i, j)


_CONTRACTIONS = {
    "won't": ("will", "not"), "can't": ("can", "not"), "shan't": ("shall", "not"),
    "let's": ("let", "us"), "it's": ("it", "is"), "that's": ("that", "is"),
    "there's": ("there", "is"), "here's": ("here", "is"), "what's": ("what", "is"),
    "who's": ("who", "is"), "he's": ("he", "is"), "she's": ("she", "is"),
    "i'm": ("i", "am"),
}  # fmt: skip
_SUFFIXES = (("n't", "not"), ("'ll", "will"), ("'re", "are"), ("'ve", "have"))


def expand_contractions(tokens: Sequence[str]) -> list[str]:
    """Folded words with contractions written out ("we'll" -> "we", "will"), for matching.

    Only unambiguous forms: "'s" (is, has, or a possessive) and "'d" (had or
    would) stay as written, but for a few pronouns where "'s" is "is".
    """
    out: list[str] = []
    for token in tokens:
        if "'" not in token:
            out.append(token)
            continue
        whole = _CONTRACTIONS.get(token)
        if whole is not None:
            out.extend(whole)
            continue
        for suffix, full in _SUFFIXES:
            if token.endswith(suffix) and len(token) > len(suffix):
                out.append(token[: -len(suffix)])
                out.append(full)
                break
        else:
            out.append(token)
    return out


_TENSELESS = {
    **dict.fromkeys(("has", "had", "have"), "have"),
    **dict.fromkeys(("is", "was", "are", "were", "am"), "be"),
    **dict.fromkeys(("will", "would"), "will"),
    **dict.fromkeys(("can", "could"), "can"),
}
"""Auxiliaries without tense: one outlet's "the worst has been avoided" is another's
reported "worst had been avoided"."""


def _trigrams(items: Sequence[str]) -> set[tuple[str, str, str]]:
    get = _TENSELESS.get
    bare = [get(w, w) for w in items]
    return {(bare[i], bare[i + 1], bare[i + 2]) for i in range(len(bare) - 2)}


NEAR_COPY = 90
"""rapidfuzz ratio (0-100) of two short quotations' words above which one is the other
with a word dropped or changed ("The kingdom expresses its deep regret" / "The
kingdom expresses deep regret"): in a short quotation one change breaks most trigrams."""
NEAR_COPY_WORDS = 4
NEAR_COPY_MAX_WORDS = 20
"""Near copies are looked for among short quotations only (a long one keeps its trigrams)."""


def _near_copy(a: Sequence[str], b: Sequence[str], who_a: str | None, who_b: str | None) -> bool:
    """Whether two short quotations are one wording with a word or two dropped, with no
    two speakers named ("a great day" and "a sad day" are two remarks: a word changed)."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(shorter) < NEAR_COPY_WORDS or len(longer) > NEAR_COPY_MAX_WORDS:
        return False
    if len(longer) - len(shorter) > 2:
        return False
    if who_a is not None and who_b is not None and who_a.casefold() != who_b.casefold():
        return False
    rest = iter(longer)
    if not all(word in rest for word in shorter):  # in order: the shorter is a subsequence
        return False
    return fuzz.ratio(" ".join(a), " ".join(b)) >= NEAR_COPY


SHARED_RUN = 7
"""Words in a row two quotations share that make them one remark cut or worded two ways
("We have been forced to dispense with the national coach" / "... with the coach,
remembering all the good things"), by one speaker or with none named for one of them."""


def _one_speaker(a: str | None, b: str | None) -> bool:
    """Whether two quotations may be one speaker's: the same one, or none named for one."""
    return a is None or b is None or _same_speaker(a, b)


def _longest_run(a: Sequence[str], b: Sequence[str]) -> int:
    """The most words in a row ``a`` and ``b`` share (contractions written out)."""
    x, y = expand_contractions(a), expand_contractions(b)
    matcher = difflib.SequenceMatcher(None, x, y, autojunk=False)
    return matcher.find_longest_match(0, len(x), 0, len(y)).size


def _same_speaker(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.casefold() == b.casefold()


def link_utterances(
    items: Sequence[tuple[str, str, str | None]],
    known_words: Sequence[list[str]] | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[str]:
    """An utterance id for each (article_id, quoted text, speaker), shared by the same words.

    ``known_words`` are the :func:`match_words` of each text when the caller has them
    already (see :func:`match_words_from`).  ``texts``
    (article id -> article text) lets an unattributed one-word quotation join the
    same word quoted from the one speaker its own article names.
    """
    if known_words is None:
        tokens = [match_words(text) for _, text, _ in items]
    else:
        tokens = list(known_words)
    speakers = [speaker for _, _, speaker in items]
    uf = _UnionFind(len(items))
    # identical wording (syndicated copy) links at once, whatever its frequency
    first_of: dict[tuple[str, ...], int] = {}
    for i, t in enumerate(tokens):
        if len(t) > SHORT:
            key = tuple(t)
            if key in first_of:
                uf.union(first_of[key], i)
            else:
                first_of[key] = i
    unique = set(first_of.values())
    # The same few words quoted by two outlets of one story ('saved from "total
    # destruction"'), with no two speakers named for them, are one remark.
    short_same: dict[tuple[str, ...], list[int]] = {}
    for i, t in enumerate(tokens):
        if SHORT_SAME_MIN <= len(t) <= SHORT or (len(t) == 1 and len(t[0]) >= SINGLE_WORD_MIN):
            short_same.setdefault(tuple(t), []).append(i)
    for key, members in short_same.items():
        if len(members) < 2:
            continue
        named = {who.casefold() for i in members if (who := speakers[i]) is not None}
        if len(key) < SHORT_SAME_MIN:
            if not _one_named_speaker(named, members, items, texts):
                continue
        elif len(named) > 1 and (len({items[i][0] for i in members}) < 2 or not _distinctive(key)):
            continue  # (two speakers' "doing very well", "war crimes" may be two remarks)
        # Two or three words in the same order, quoted by two outlets of one story, are
        # one remark even when they credit it to different speakers ("compelling
        # evidence" to the prime minister in one, to her minister in another): one
        # misattributes it, or quotes another's echo of it.
        for i in members[1:]:
            uf.union(members[0], i)
    # Trigrams of the words as spoken: "we'll" and "we will" are the same words.
    grams = [
        _trigrams(expand_contractions(t)) if i in unique else set() for i, t in enumerate(tokens)
    ]
    postings: dict[tuple[str, str, str], list[int]] = {}
    for i, gs in enumerate(grams):
        for g in gs:
            postings.setdefault(g, []).append(i)
    # a short quotation no one is named for, held whole by others: the speakers of those
    unnamed_held: dict[int, list[int]] = {}
    for i, gs in enumerate(grams):
        if not gs:
            continue
        for j, count in _shared_with_earlier(i, gs, postings).items():
            smaller = min(len(gs), len(grams[j]))
            if count >= math.ceil(0.5 * smaller):
                if count < 3 and not _same_speaker(speakers[i], speakers[j]):
                    # a few shared words only count for the same speaker, or whole for
                    # a quotation no one is named for ('leave the past behind')
                    if count == smaller and (speakers[i] is None) != (speakers[j] is None):
                        unnamed, holder = (i, j) if speakers[i] is None else (j, i)
                        unnamed_held.setdefault(unnamed, []).append(holder)
                    continue
            elif not _near_copy(tokens[i], tokens[j], speakers[i], speakers[j]) and not (
                count >= SHARED_RUN - 2
                and _one_speaker(speakers[i], speakers[j])
                and _longest_run(tokens[i], tokens[j]) >= SHARED_RUN
            ):
                continue
            uf.union(i, j)
    for unnamed, holders in unnamed_held.items():
        if len({(speakers[h] or "").casefold() for h in holders}) == 1:
            for h in holders:  # (never when two speakers' words hold it)
                uf.union(unnamed, h)
    _link_rewordings(tokens, speakers, unique, uf)
    by_speaker: dict[str, list[int]] = {}
    for i, speaker in enumerate(speakers):
        if speaker is not None:
            by_speaker.setdefault(speaker.casefold(), []).append(i)
    for members in by_speaker.values():
        if not any(tokens[i] and len(tokens[i]) <= SHORT for i in members):
            continue
        # Quotations with the same words are one haystack and one needle: the repeats of
        # syndicated copy then cost nothing, and the groups are joined as a whole.
        # Words as spoken: "I won't resign" is held by "I will not resign, I will not".
        same: dict[tuple[str, ...], list[int]] = {}
        for i in members:
            same.setdefault(tuple(expand_contractions(tokens[i])), []).append(i)
        keys = list(same)
        # a group's length as written: its shortest wording ("I won't resign" is short
        # whichever outlet's "I will not resign" came first)
        written = {key: min(len(tokens[i]) for i in same[key]) for key in keys}
        needles = [key for key in keys if key and written[key] <= SHORT]
        hits = find_containers(keys, needles)
        joined: set[int] = set()
        for n, containers in hits.items():
            anchor = same[needles[n]][0]
            longer = [h for h in containers if written[keys[h]] > SHORT]
            if len({uf.find(same[keys[h]][0]) for h in longer}) > 1:
                # "pandemic" inside five different statements: which one it
                # quotes is unknown, and joining all would make them one; the
                # speaker's same word quoted by several outlets is one remark
                for i in same[needles[n]][1:]:
                    uf.union(anchor, i)
                continue
            for h in containers:
                group = same[keys[h]]
                uf.union(anchor, group[0])
                if h not in joined:
                    joined.add(h)
                    for i in group[1:]:
                        uf.union(group[0], i)
    if texts is not None:
        _join_unattributed_fragments(items, tokens, speakers, texts, uf)
    return _name_groups(uf, tokens, speakers)


MERGE_THRESHOLD = 0.40
"""Two utterances are one when the link probability of their quotations, averaged over
their pairs from different articles, reaches this (see :func:`merge_alike`)."""
MERGE_POSTING_CAP = 40
"""Content words quoted by more quotations than this are too common to pair them on."""
MERGE_MIN_WORDS = 2
"""A one-word quotation is the rules' alone (a scare quote's word is in many remarks)."""
MERGE_WORDS_CAP = 40
"""Quotation lengths above this read as this many words in the link features."""
SHARED_WORDS_CAP = 10
"""Shared content words above this read as this many in the link features."""
LONG_WORD = 7
"""Letters of a long shared word (names, rare terms) in the link features."""


def content_words(tokens: Sequence[str]) -> frozenset[str]:
    """The words of a quotation (as spoken: contractions written out) that carry meaning."""
    return frozenset(w for w in expand_contractions(tokens) if w not in STOPWORDS)


def pair_features(
    a: Sequence[str],
    b: Sequence[str],
    content_a: frozenset[str],
    content_b: frozenset[str],
    who_a: str | None,
    who_b: str | None,
) -> tuple[float, ...]:
    """What :data:`articles.utterance_model.FEATURES` names, for two quotations' words."""
    shared = content_a & content_b
    union = len(content_a | content_b)
    return (
        len(shared) / union if union else 0.0,
        len(shared) / max(1, min(len(content_a), len(content_b))),
        min(len(shared), SHARED_WORDS_CAP),
        # (the first MERGE_WORDS_CAP words: the alignment costs their product)
        fuzz.partial_ratio(" ".join(a[:MERGE_WORDS_CAP]), " ".join(b[:MERGE_WORDS_CAP])) / 100.0,
        _same_speaker(who_a, who_b),
        min(len(a), len(b), MERGE_WORDS_CAP),
        min(max(len(a), len(b)), MERGE_WORDS_CAP),
        sum(1 for w in shared if len(w) >= LONG_WORD),
    )


def candidate_pairs(
    articles: Sequence[str], contents: Sequence[frozenset[str]], groups: Sequence[int]
) -> list[tuple[int, int]]:
    """Pairs of quotations of different articles and different utterances sharing a
    content word (an inverted index; words in over MERGE_POSTING_CAP quotations skipped)."""
    postings: dict[str, list[int]] = {}
    for i, words_of in enumerate(contents):
        for w in words_of:
            postings.setdefault(w, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for plist in postings.values():
        if len(plist) < 2 or len(plist) > MERGE_POSTING_CAP:
            continue
        for x, i in enumerate(plist):
            for j in plist[x + 1 :]:
                if groups[i] != groups[j] and articles[i] != articles[j]:
                    pairs.add((i, j))
    return sorted(pairs)


def merge_alike(items: Sequence[tuple[str, Sequence[str], str | None, str]]) -> list[str]:
    """Utterance ids after joining the utterances whose quotations are alike.

    ``items`` are (article id, words, speaker, utterance id) per quotation.  The
    rules of :func:`link_utterances` join quotations sharing runs of words; an
    outlet that rewords or translates a remark differently shares fewer.  Each pair
    of quotations of different articles and utterances that shares a content word,
    and is not credited to two different speakers, gets a link probability
    (:mod:`articles.utterance_model`); two utterances are joined, most alike first,
    while the probability averaged over all their pairs of different articles (a
    pair sharing nothing counting 0) reaches MERGE_THRESHOLD.  Average linkage: one
    alike pair does not chain two remarks of a speech together.  A joined utterance
    keeps the id of its larger part.
    """
    ids = [u for *_, u in items]
    order = list(dict.fromkeys(ids))
    index = {u: k for k, u in enumerate(order)}
    groups = [index[u] for u in ids]
    sums = _alike_sums(items, groups)
    if not sums:
        return ids
    counts: list[dict[str, int]] = [{} for _ in order]
    for g, (article, *_) in zip(groups, items, strict=True):
        counts[g][article] = counts[g].get(article, 0) + 1
    sizes = [sum(c.values()) for c in counts]
    into = _average_linkage(sums, counts, [*sizes])
    roots = []
    for g in range(len(order)):
        while into[g] != g:
            g = into[g]
        roots.append(g)
    # the id a joined group shows: that of its largest original part (earliest on a tie)
    shown_by_root: dict[int, tuple[int, int]] = {}
    for g, root in enumerate(roots):
        shown_by_root[root] = max(shown_by_root.get(root, (0, 0)), (sizes[g], -g))
    shown = [order[-shown_by_root[root][1]] for root in roots]
    return [shown[g] for g in groups]


def speakers_apart(who_a: str | None, who_b: str | None) -> bool:
    """Whether two quotations are credited to two different speakers: then they are two
    remarks for the model, however alike their words ("deeply concerned" from a mayor
    and from a governor); the rules alone join those (an outlet's misattribution)."""
    return who_a is not None and who_b is not None and not _same_speaker(who_a, who_b)


def _alike_sums(
    items: Sequence[tuple[str, Sequence[str], str | None, str]], groups: Sequence[int]
) -> dict[tuple[int, int], float]:
    """The link probabilities of the candidate pairs, summed per pair of groups."""
    articles = [a for a, *_ in items]
    tokens = [w for _, w, _, _ in items]
    known: dict[tuple[str, ...], frozenset[str]] = {}  # wire copy repeats quotations
    contents = []
    for t in tokens:
        words_of = tuple(t)
        found = known.get(words_of)
        if found is None:
            found = content_words(t) if len(t) >= MERGE_MIN_WORDS else frozenset()
            known[words_of] = found
        contents.append(found)
    sums: dict[tuple[int, int], float] = {}
    # a pair of wordings scores the same wherever it recurs (the features are symmetric)
    scored: dict[tuple[tuple[str, ...], tuple[str, ...], bool], float] = {}
    for i, j in candidate_pairs(articles, contents, groups):
        who_i, who_j = items[i][2], items[j][2]
        if speakers_apart(who_i, who_j):
            continue
        words_i, words_j = tuple(tokens[i]), tuple(tokens[j])
        same = _same_speaker(who_i, who_j)
        key = (words_i, words_j, same) if words_i <= words_j else (words_j, words_i, same)
        p = scored.get(key)
        if p is None:
            p = link_probability(
                pair_features(tokens[i], tokens[j], contents[i], contents[j], who_i, who_j)
            )
            scored[key] = p
        pair = (min(groups[i], groups[j]), max(groups[i], groups[j]))
        sums[pair] = sums.get(pair, 0.0) + p
    return sums


def _cross(counts: Sequence[dict[str, int]], sizes: Sequence[int], g: int, h: int) -> int:
    """Pairs of one quotation of group ``g`` and one of ``h`` from different articles."""
    small, large = (
        (counts[g], counts[h]) if len(counts[g]) <= len(counts[h]) else (counts[h], counts[g])
    )
    return sizes[g] * sizes[h] - sum(n * large.get(a, 0) for a, n in small.items())


def _average_linkage(
    sums: dict[tuple[int, int], float], counts: list[dict[str, int]], sizes: list[int]
) -> list[int]:
    """Join groups while the best average link reaches MERGE_THRESHOLD; for each group,
    the group it was joined into (itself when it was not).  ``counts`` (articles per
    group) and ``sizes`` are updated as groups join."""
    linked: dict[int, dict[int, float]] = {}
    for (g, h), total in sums.items():
        linked.setdefault(g, {})[h] = total
        linked.setdefault(h, {})[g] = total
    heap = []
    for (g, h), total in sums.items():
        n = _cross(counts, sizes, g, h)
        if n:
            heap.append((-total / n, g, h))
    heapq.heapify(heap)
    into = list(range(len(sizes)))
    while heap:
        neg, g, h = heapq.heappop(heap)
        if -neg < MERGE_THRESHOLD:
            break
        if into[g] != g or into[h] != h:
            continue  # one of them has joined another group since
        current = linked[g].get(h, 0.0) / max(1, _cross(counts, sizes, g, h))
        if abs(current + neg) > 1e-12:
            continue  # a stale entry: the pair was re-pushed with its new average
        # h joins g: g's pairs gain h's, and h is gone
        into[h] = g
        for a, n in counts[h].items():
            counts[g][a] = counts[g].get(a, 0) + n
        sizes[g] += sizes[h]
        del linked[g][h]
        for k, total in linked.pop(h).items():
            if k == g:
                continue
            linked[k].pop(h, None)
            merged = linked[g].get(k, 0.0) + total
            linked[g][k] = linked[k][g] = merged
        for k, total in linked[g].items():
            n = _cross(counts, sizes, g, k)
            if n:
                heapq.heappush(heap, (-total / n, min(g, k), max(g, k)))
    return into


def _join_unattributed_fragments(
    items: Sequence[tuple[str, str, str | None]],
    tokens: Sequence[list[str]],
    speakers: Sequence[str | None],
    texts: Mapping[str, str],
    uf: _UnionFind,
) -> None:
    """An unattributed short quotation joins the one utterance, by one speaker, that
    holds its words, when its own article names that speaker: 'took responsibility
    for the "irregularities"' where another outlet quotes the statement whole."""
    needles = [i for i, t in enumerate(tokens) if speakers[i] is None and 0 < len(t) <= SHORT]
    if not needles:
        return
    haystacks = [i for i, t in enumerate(tokens) if speakers[i] is not None and len(t) > SHORT]
    hits = find_containers([tokens[h] for h in haystacks], [tokens[n] for n in needles])
    for n, found in hits.items():
        needle = needles[n]
        # another outlet's copy of the statement: the same article quoting the word
        # twice may use it of two things ('he was "confused"', 'if you are confused')
        holders = [haystacks[h] for h in found if items[haystacks[h]][0] != items[needle][0]]
        if not holders:
            continue
        named = {(speakers[h] or "").casefold() for h in holders}
        if len(named) != 1 or len({uf.find(h) for h in holders}) != 1:
            continue  # several speakers or several statements hold the words
        speaker = speakers[holders[0]] or ""
        if speaker.split()[-1] in texts.get(items[needle][0], ""):
            uf.union(holders[0], needle)


def _one_named_speaker(
    named: set[str],
    members: Sequence[int],
    items: Sequence[tuple[str, str, str | None]],
    texts: Mapping[str, str] | None,
) -> bool:
    """Whether the copies of one quoted word are one speaker's remark.

    One word is any remark's: the copies link only when one speaker, and only
    one, is named for the word, and every article printing it unattributed
    names that speaker too ('"curt"' in one outlet's bullet points, the
    prosecutor's word in another's text, the prosecutor named in both).
    """
    if len(named) != 1 or texts is None:
        return False
    speaker = next(who for i in members if (who := items[i][2]) is not None)
    surname = speaker.split()[-1]
    return all(
        surname in texts.get(article_id, "")
        for article_id, _, who in (items[i] for i in members)
        if who is None
    )


_NOT_SLUG_RE = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 14)
def _slug(text: str, limit: int = 3) -> str:
    """Lower-case letters and digits of ``text``'s words, hyphenated (cached: words recur)."""
    parts = [_NOT_SLUG_RE.sub("", w) for w in words(text)]
    return "-".join(p for p in parts if p)[:40].strip("-") or "x"


def _name_groups(uf: _UnionFind, tokens: list[list[str]], speakers: list[str | None]) -> list[str]:
    """Readable, unique ids: speaker's last name and the first words of the longest member."""
    # (imported here: articles.speakers imports this module)
    from articles.speakers.names import surname

    groups: dict[int, list[int]] = {}
    for i in range(len(tokens)):
        groups.setdefault(uf.find(i), []).append(i)
    names: dict[int, str] = {}
    taken: set[str] = set()
    next_suffix: dict[str, int] = {}  # suffixes below this are taken already for a base
    for root, members in groups.items():
        longest = max(members, key=lambda m: (len(tokens[m]), -m))
        speaker = next((speakers[m] for m in members if speakers[m]), None)
        who = _slug(surname(speaker)) if speaker else "unattributed"  # (not "Jr")
        what = "-".join(_slug(w) for w in tokens[longest][:3]) or "x"
        base = f"{who}-{what}"
        name, n = base, next_suffix.get(base, 2)
        if name in taken:
            name = f"{base}-{n}"
            while name in taken:
                n += 1
                name = f"{base}-{n}"
            next_suffix[base] = n + 1
        taken.add(name)
        names[root] = name
    return [names[uf.find(i)] for i in range(len(tokens))]


# --------------------------------------------------------------------------- variants


class WordOp(NamedTuple):
    """One step of a word diff of a version against the base version."""

    op: str
    """``equal``, ``insert`` (only here), ``delete`` (only in the base) or ``replace``."""
    words: tuple[str, ...]
    """This version's words (for ``delete``: the base's words this version lacks)."""
    base: tuple[str, ...]
    """The base version's words at this place (empty for ``insert``)."""


@dataclass(frozen=True, slots=True)
class Variant:
    """One article's version of an utterance, diffed word by word against the base version."""

    article_id: str
    text: str
    ops: tuple[WordOp, ...]
    is_base: bool
    """True for the longest version, which the others are compared with."""

    @property
    def differs(self) -> bool:
        """Whether this version has any word the base lacks or words in other forms."""
        return any(op.op in ("insert", "replace") for op in self.ops)


GAP = "…"
"""What joins the fragments of one article's version of an utterance."""


def _diff_key(token: str) -> str:
    found = match_words(token)
    return " ".join(found) if found else token


def diff_variants(versions: Sequence[tuple[str, str]]) -> list[Variant]:
    """Word-level diff of each (article_id, text) against the longest version."""
    if not versions:
        return []
    split = [text.split() for _, text in versions]
    base_index = max(range(len(versions)), key=lambda i: (len(split[i]), -i))
    base = split[base_index]
    base_keys = [_diff_key(t) for t in base]
    out: list[Variant] = []
    for i, (article_id, text) in enumerate(versions):
        mine = split[i]
        keys = [_diff_key(t) for t in mine]
        matcher = difflib.SequenceMatcher(None, base_keys, keys, autojunk=False)
        ops: list[WordOp] = []
        for tag, a0, a1, b0, b1 in matcher.get_opcodes():
            if tag == "delete" and all(t == GAP for t in base[a0:a1]):
                continue  # (the base's own gap between fragments: no words left out)
            if tag == "insert" and all(t == GAP for t in mine[b0:b1]):
                tag = "equal"  # (this version's gap between fragments: no words added)
            elif tag == "replace" and all(t == GAP for t in mine[b0:b1]):
                tag = "delete"  # (words the gap between fragments leaves out)
            if tag == "delete":
                ops.append(WordOp(tag, tuple(base[a0:a1]), tuple(base[a0:a1])))
            else:
                ops.append(WordOp(tag, tuple(mine[b0:b1]), tuple(base[a0:a1])))
        out.append(Variant(article_id, text, tuple(ops), i == base_index))
    return out
