"""An article's segmentation as plain lists, and back: the form caches and shipped data use.

The encoded form holds what segmenting and classifying a text produced (the
paragraph spans and kinds, the sentence spans, the metadata), never the text
itself: decoding pairs it with the text it was made from.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from articles.model import Article, BlockKind, Metadata, Paragraph, Sentence

if TYPE_CHECKING:
    from articles.ingest import RawText

_KINDS = tuple(BlockKind)
_KIND_CODE = {kind: i for i, kind in enumerate(_KINDS)}


def encode_article(article: Article) -> list[Any]:
    """``[paragraphs, sentences, headline, outlet, byline, date]``, flat and JSON-ready."""
    paragraphs = [v for p in article.paragraphs for v in (p.start, p.end, _KIND_CODE[p.kind])]
    sentences = [v for s in article.sentences for v in (s.start, s.end, s.paragraph)]
    meta = article.meta
    date = meta.date.isoformat() if meta.date else None
    return [paragraphs, sentences, meta.headline, meta.outlet, meta.byline, date]


def decode_article(raw: RawText, content_hash: str, doc: list[Any]) -> Article:
    """The article of ``raw`` whose segmentation :func:`encode_article` gave as ``doc``.

    Raises ValueError, TypeError, IndexError or KeyError when ``doc`` is not such
    an encoding or does not fit the text.
    """
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


__all__ = ["decode_article", "encode_article"]
