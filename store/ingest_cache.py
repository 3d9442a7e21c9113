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

import datetime as dt
import gc
import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from articles.ingest import RawText, build_articles, load_sample, read_paths
from articles.model import (
    Article,
    ArticleSet,
    BlockKind,
    Metadata,
    Paragraph,
    Sentence,
    text_hash,
)
from store.file_cache import FileCache, code_version
from store.paths import data_dir

FORMAT = 1
"""Version of the entry layout; part of the key."""
PREFIX = "ingest-"

_KINDS = tuple(BlockKind)
_KIND_CODE = {kind: i for i, kind in enumerate(_KINDS)}


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


def _article_doc(article: Article) -> list[Any]:
    paragraphs = [v for p in article.paragraphs for v in (p.start, p.end, _KIND_CODE[p.kind])]
    sentences = [v for s in article.sentences for v in (s.start, s.end, s.paragraph)]
    meta = article.meta
    date = meta.date.isoformat() if meta.date else None
    return [paragraphs, sentences, meta.headline, meta.outlet, meta.byline, date]


def _article(raw: RawText, content_hash: str, doc: list[Any]) -> Article:
    flat_paragraphs, flat_sentences, headline, outlet, byline, date = doc
    it = iter(flat_paragraphs)
    paragraphs = tuple(
        Paragraph(i, start, end, _KINDS[kind])
        for i, (start, end, kind) in enumerate(zip(it, it, it, strict=True))
    )
    it = iter(flat_sentences)
    sentences = tuple(
        Sentence(i, start, end, paragraph)
        for i, (start, end, paragraph) in enumerate(zip(it, it, it, strict=True))
    )
    if any(p.end > len(raw.text) for p in paragraphs[-1:]):
        raise ValueError("entry does not fit the text")
    meta = Metadata(
        headline=str(headline),
        outlet=outlet,
        byline=byline,
        date=dt.date.fromisoformat(date) if date else None,
    )
    return Article(
        id=raw.id,
        source=raw.source,
        text=raw.text,
        paragraphs=paragraphs,
        sentences=sentences,
        meta=meta,
        content_hash=content_hash,
        notices=raw.notices,
    )


class IngestCache(FileCache):
    """Segmented sets on disk, one file per key, in ``folder`` (shares the analysis folder)."""

    prefix = PREFIX

    def articles(self, raws: Sequence[RawText]) -> tuple[tuple[Article, ...], bool]:
        """The articles of ``raws``, from the cache when possible; (articles, was_cached).

        A miss segments the texts and writes the entry (best effort).
        """
        hashes = [text_hash(raw.text) for raw in raws]
        key = set_key(raws, hashes)
        found = self._read(key, raws, hashes)
        if found is not None:
            return found, True
        built = build_articles(raws)
        entry = {"format": FORMAT, "key": key, "articles": [_article_doc(a) for a in built]}
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
                _article(raw, content_hash, entry)
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
    return ArticleSet(articles, found.skipped, root=found.root)


def load_cached_sample(cache: IngestCache | None = None) -> ArticleSet:
    """The bundled sample (:func:`articles.ingest.load_sample`), segmented through the cache.

    Every launch without arguments opens the sample: from the second on, its
    first paint needs no layout pass.
    """
    cache = cache if cache is not None else default_ingest_cache()
    return load_sample(build=lambda raws: cache.articles(raws)[0])


def default_ingest_cache() -> IngestCache:
    """The cache in the user data folder (next to the analysis cache)."""
    return IngestCache(data_dir() / "cache")


__all__ = ["IngestCache", "default_ingest_cache", "load_cached_sample", "load_set", "set_key"]
