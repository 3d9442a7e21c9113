"""A disk cache of a set's quotes and claims, so reopening an unchanged set is instant.

The analysis of a set is a pure function of its articles (text, segmentation,
date), the user's alias list and the analysis code.  :func:`cache_key` hashes
exactly those: the source of every module of the ``articles`` package (so any
change to the analysis code invalidates old entries), the aliases, and per
article, in set order, its id, content hash, date and block kinds.  The set
order is part of the key because claims and quotes are listed in set order.

One entry is one orjson file ``<data dir>/cache/analysis-<key>.json`` holding
the quotes and claims as plain lists; :meth:`AnalysisCache.load` rebuilds the
domain objects.  Files are written atomically (temporary file, then
``os.replace``) but not synced: a cache lost in a crash is only recomputed.  An
unreadable, corrupt or foreign file is a miss, never an error, and the oldest
entries are removed beyond :data:`store.file_cache.MAX_ENTRIES`.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from articles.claims import Claim, ClaimMember
from articles.model import Article
from articles.quotes import Quote, QuoteAnalysis
from store.file_cache import FileCache, code_version
from store.paths import data_dir

FORMAT = 5
"""Version of the file layout below; part of the key."""
PREFIX = "analysis-"


def cache_key(articles_: Sequence[Article], aliases: Mapping[str, str] | None = None) -> str:
    """The key of an analysis of ``articles_`` (in this order) with ``aliases``."""
    digest = hashlib.sha256(f"{code_version()}\0analysis {FORMAT}".encode())
    for alias, name in sorted((aliases or {}).items()):
        digest.update(f"alias\0{alias}\0{name}\n".encode("utf-8", "surrogatepass"))
    for article in articles_:
        date = article.meta.date.isoformat() if article.meta.date else ""
        kinds = "".join(p.kind.value[0] for p in article.paragraphs)
        line = f"{article.id}\0{article.content_hash}\0{date}\0{kinds}\n"
        digest.update(line.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class CachedAnalysis:
    """What the cache holds for one key: the quotes and the claims."""

    quotes: QuoteAnalysis
    claims: tuple[Claim, ...]


# --------------------------------------------------------------------------- (de)serialising


def _quote_row(q: Quote) -> list[Any]:
    return [q.article_id, q.start, q.end, q.open_mark, q.close_mark, q.speaker, q.utterance,
            q.paragraph]  # fmt: skip


def _claim_doc(c: Claim, story: int) -> dict[str, Any]:
    return {
        "id": c.id,
        "story": story,
        "summary": c.summary,
        "members": [
            [m.article_id, m.start, m.end, m.sentence, list(m.numbers), m.role] for m in c.members
        ],
        "article_ids": list(c.article_ids),
        "disagreement": list(c.disagreement),
        "status": c.status,
        "score": c.score,
        "reported": [
            [m.article_id, m.start, m.end, m.sentence, list(m.numbers)] for m in c.reported
        ],
        "related": [[m.article_id, m.start, m.end, m.sentence, list(m.numbers)] for m in c.related],
    }


def _claim(doc: dict[str, Any], stories: list[tuple[str, ...]]) -> Claim:
    # the key check in decode() vouches for the types: no per-field conversion
    members = tuple(
        ClaimMember(a, s, e, n, tuple(nums), role) for a, s, e, n, nums, role in doc["members"]
    )
    article_ids = tuple(doc["article_ids"])
    return Claim(
        id=str(doc["id"]),
        summary=str(doc["summary"]),
        members=members,
        article_ids=article_ids,
        open_articles=stories[doc["story"]],
        disagreement=tuple(dict(d) for d in doc["disagreement"]),
        status=str(doc["status"]),
        score=float(doc["score"]),
        reported=tuple(
            ClaimMember(a, s, e, n, tuple(nums)) for a, s, e, n, nums in doc["reported"]
        ),
        related=tuple(ClaimMember(a, s, e, n, tuple(nums)) for a, s, e, n, nums in doc["related"]),
    )


def encode(key: str, analysis: CachedAnalysis, ids: Sequence[str]) -> bytes:
    """The file bytes of one entry; ``ids`` are the set's article ids in set order.

    The claims of one story share their tuple of the story's articles: it is stored
    once, as positions in ``ids``, and each claim names it by number."""
    position = {aid: k for k, aid in enumerate(ids)}
    numbers: dict[int, int] = {}  # id() of a story's tuple -> its number
    stories: list[list[int]] = []
    claims = []
    for c in analysis.claims:
        number = numbers.get(id(c.open_articles))
        if number is None:
            number = numbers[id(c.open_articles)] = len(stories)
            stories.append([position[aid] for aid in c.open_articles if aid in position])
        claims.append(_claim_doc(c, number))
    return orjson.dumps(
        {
            "format": FORMAT,
            "key": key,
            "quotes": [_quote_row(q) for q in analysis.quotes.quotes],
            "stories": stories,
            "claims": claims,
        }
    )


def decode(raw: bytes, key: str, texts: dict[str, str]) -> CachedAnalysis | None:
    """The entry in ``raw`` if it is a well-formed entry for ``key``; None otherwise.

    ``texts`` maps the set's article ids, in set order, to their text.
    """
    ids = tuple(texts)
    collecting = gc.isenabled()
    gc.disable()  # tens of thousands of small objects: collections would only slow this down
    try:
        doc = orjson.loads(raw)
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("key") != key:
            return None
        quotes = [Quote(*row) for row in doc["quotes"]]
        if any(q.article_id not in texts for q in quotes):
            return None
        stories = [tuple(ids[k] for k in story) for story in doc["stories"]]
        claims = tuple(_claim(c, stories) for c in doc["claims"])
        return CachedAnalysis(QuoteAnalysis.build(quotes, texts), claims)
    except (orjson.JSONDecodeError, KeyError, IndexError, TypeError, ValueError):
        return None
    finally:
        if collecting:
            gc.enable()


# --------------------------------------------------------------------------- the cache


class AnalysisCache(FileCache):
    """Analysis results on disk, one file per key, in ``folder``."""

    prefix = PREFIX

    def load(self, key: str, articles_: Sequence[Article]) -> CachedAnalysis | None:
        """The cached analysis for ``key`` (rebuilt against ``articles_``), or None on a miss."""
        raw = self._read_bytes(key)
        if raw is None:
            return None
        return decode(raw, key, {a.id: a.text for a in articles_})

    def save(self, key: str, analysis: CachedAnalysis, articles_: Sequence[Article]) -> bool:
        """Write the entry for ``key`` atomically; False (and nothing raised) when it cannot."""
        try:
            data = encode(key, analysis, [a.id for a in articles_])
        except (TypeError, ValueError):
            return False
        return self._write(key, data)


def default_cache() -> AnalysisCache:
    """The cache in the user data folder (``$BRIEFREADER_DATA_DIR/cache`` when set)."""
    return AnalysisCache(data_dir() / "cache")


__all__ = ["AnalysisCache", "CachedAnalysis", "cache_key", "code_version", "default_cache"]
