"""A disk cache of a set's segmentation, so reopening an unchanged set skips ingestion.

Segmenting and classifying the texts (paragraph kinds depend on lines that
recur across the whole set) is most of the cost of opening a large set once
the files are read.  The result is a pure function of the decoded texts, what
the reader learnt about each file (id, source, title, outlet, byline, date,
notices) and the ``articles`` code, so :func:`set_key` hashes exactly those,
in set order, with :func:`store.file_cache.code_version`.

One entry is one orjson file ``<data dir>/cache/ingest-<key>.json`` holding,
per article, the paragraph spans and kinds, the sentence spans and the
metadata; the texts themselves are not stored (they were just read).  Entries
are written atomically and pruned like the analysis cache's; an unreadable,
corrupt or foreign entry is a miss, never an error.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

import orjson

from articles.ingest import RawText, build_articles, load_sample, read_paths
from articles.model import Article, ArticleSet, text_hash
from articles.segmentation_codec import decode_article, encode_article
from articles.shipped_sample import sample_articles
from store.file_cache import FileCache, code_version
from store.paths import data_dir

FORMAT = 1
"""Version of the entry layout; part of the key."""
PREFIX = "ingest-"


def set_key(raws: Sequence[RawText], hashes: Sequence[str]) -> str:
    """The key of the segmentation of ``raws`` (whose texts hash to ``hashes``)."""
    digest = hashlib.sha256(f"{code_version()}\0ingest {FORMAT}\n".encode())
    for raw, digest_hex in zip(raws, hashes, strict=True):
        fields = (
            raw.id,
            raw.source,
            digest_hex,
            raw.title or "",
            raw.outlet or "",
            raw.byline or "",
            raw.date.isoformat() if raw.date else "",
            "\1".join(raw.notices),
        )
        digest.update(("\0".join(fields) + "\n").encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


class IngestCache(FileCache):
    """Segmented sets on disk, one file per key, in ``folder`` (shares the analysis folder)."""

    prefix = PREFIX

    def articles(
        self,
        raws: Sequence[RawText],
        build: Callable[[Sequence[RawText]], tuple[Article, ...]] = build_articles,
    ) -> tuple[tuple[Article, ...], bool]:
        """The articles of ``raws``, from the cache when possible; (articles, was_cached).

        A miss segments the texts with ``build`` and writes the entry (best effort).
        """
        hashes = [text_hash(raw.text) for raw in raws]
        key = set_key(raws, hashes)
        found = self._read(key, raws, hashes)
        if found is not None:
            return found, True
        built = build(raws)
        entry = {"format": FORMAT, "key": key, "articles": [encode_article(a) for a in built]}
        self._write(key, orjson.dumps(entry))
        return built, False

    def _read(
        self, key: str, raws: Sequence[RawText], hashes: Sequence[str]
    ) -> tuple[Article, ...] | None:
        data = self._read_bytes(key)
        if data is None:
            return None
        collecting = gc.isenabled()
        gc.disable()  # many small objects: collections would only slow this down
        try:
            doc = orjson.loads(data)
            if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("key") != key:
                return None
            docs = doc["articles"]
            if len(docs) != len(raws):
                return None
            return tuple(
                decode_article(raw, content_hash, entry)
                for raw, content_hash, entry in zip(raws, hashes, docs, strict=True)
            )
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, IndexError):
            return None
        finally:
            if collecting:
                gc.enable()


def load_set(paths: Sequence[str | Path], cache: IngestCache | None = None) -> ArticleSet:
    """:func:`articles.ingest.load_paths`, reusing the segmentation of an unchanged set.

    Raises MissingPathError for a missing path, as ``load_paths`` does.
    """
    found = read_paths(paths)
    cache = cache if cache is not None else default_ingest_cache()
    articles, _cached = cache.articles(found.raws)
    return ArticleSet(articles, found.skipped, root=found.root, folders=found.folders)


def load_cached_sample(cache: IngestCache | None = None) -> ArticleSet:
    """The bundled sample (:func:`articles.ingest.load_sample`), segmented through the cache.

    Every launch without arguments opens the sample: from the second on, its
    first paint needs no layout pass, and the very first reads the segmentation
    shipped with the package (:mod:`articles.shipped_sample`) while it is current.
    """
    cache = cache if cache is not None else default_ingest_cache()
    return load_sample(build=lambda raws: cache.articles(raws, sample_articles)[0])


def default_ingest_cache() -> IngestCache:
    """The cache in the user data folder (next to the analysis cache)."""
    return IngestCache(data_dir() / "cache")


__all__ = ["IngestCache", "default_ingest_cache", "load_cached_sample", "load_set", "set_key"]
