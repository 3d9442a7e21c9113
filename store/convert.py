"""Domain objects to TinyDB documents and back; the rest of the app never sees documents.

Reading is forgiving: a document that cannot be understood gives None (the
store skips it and leaves it in the file) rather than an exception.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from articles.annotation import Anchor, Annotation, now


def anchor_to_doc(anchor: Anchor) -> dict[str, Any]:
    return {
        "article_id": anchor.article_id,
        "text_hash": anchor.text_hash,
        "start": anchor.start,
        "end": anchor.end,
        "exact": anchor.exact,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "source": anchor.source,
    }


def anchor_from_doc(doc: Mapping[str, Any]) -> Anchor | None:
    try:
        start, end = int(doc["start"]), int(doc["end"])
        if not 0 <= start <= end:
            return None  # no passage: start after end, or before the text
        return Anchor(
            article_id=str(doc["article_id"]),
            text_hash=str(doc.get("text_hash") or ""),
            start=start,
            end=end,
            exact=str(doc.get("exact") or ""),
            prefix=str(doc.get("prefix") or ""),
            suffix=str(doc.get("suffix") or ""),
            source=str(doc.get("source") or ""),
        )
    except (KeyError, TypeError, ValueError):
        return None


def annotation_to_doc(annotation: Annotation) -> dict[str, Any]:
    return {
        "id": annotation.id,
        "anchor": anchor_to_doc(annotation.anchor),
        "note": annotation.note,
        "tags": list(annotation.tags),
        "created": annotation.created.isoformat(),
        "modified": annotation.modified.isoformat(),
        "orphaned": annotation.orphaned,
        "reworded_from": annotation.reworded_from,
    }


def parse_time(value: Any) -> dt.datetime | None:
    """An ISO 8601 time (naive ones taken as UTC), or None."""
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def annotation_from_doc(doc: Mapping[str, Any]) -> Annotation | None:
    anchor_doc = doc.get("anchor")
    anchor = anchor_from_doc(anchor_doc) if isinstance(anchor_doc, Mapping) else None
    ident = doc.get("id")
    if anchor is None or not isinstance(ident, str) or not ident:
        return None
    tags = doc.get("tags") or ()
    if not isinstance(tags, list | tuple):
        return None
    # a time edited beyond reading takes the other one (an export showed "now" for
    # "created", a new time at every export); only when neither reads, now
    created = parse_time(doc.get("created")) or parse_time(doc.get("modified")) or now()
    modified = parse_time(doc.get("modified")) or created
    return Annotation(
        id=ident,
        anchor=anchor,
        note=str(doc.get("note") or ""),
        tags=tuple(str(t) for t in tags),
        created=created,
        modified=modified,
        orphaned=bool(doc.get("orphaned", False)),
        reworded_from=str(doc.get("reworded_from") or ""),
    )


def date_to_doc(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def date_from_doc(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
