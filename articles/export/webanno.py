"""W3C Web Annotation (JSON-LD) export and import.

Each annotation becomes::

    {"@context": [...], "id": "urn:uuid:...", "type": "Annotation",
     "motivation": "commenting" | "tagging",
     "created": "2015-10-03T12:00:00Z", "modified": "...",
     "body": [{"type": "TextualBody", "purpose": "tagging", "value": "casualties/civilian"},
              {"type": "TextualBody", "purpose": "commenting", "value": "the note",
               "format": "text/plain"}],
     "target": {"source": "urn:briefreader:article:<id>",
                "articleId": "<id>", "textHash": "<sha256 of the article text>",
                "selector": [{"type": "TextQuoteSelector",
                              "exact": ..., "prefix": ..., "suffix": ...},
                             {"type": "TextPositionSelector", "start": 10, "end": 42}]}}

Offset unit: ``start``/``end`` of the TextPositionSelector are Python ``str``
indices, i.e. Unicode code points (not UTF-16 units, not bytes), into the
article's stored text (the file decoded as UTF-8 with newlines normalised to
``\\n``), end exclusive.  The output says so in an ``offsetUnit`` property
(on the collection for ``json``, on every line for ``jsonl``), a term of the
extension context that follows the standard one in ``@context``.

``json`` is an AnnotationCollection holding its annotations in ``items``
(``as:items``, which the standard context defines) with ``total``;
``jsonl`` is one complete Annotation per line.  :func:`parse_annotations`
reads both back, plus a paged collection (``first.items``), an
AnnotationPage, a bare list or a single Annotation, so that files from other
Web Annotation tools import too.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote, unquote, urlparse

from articles.annotation import Anchor, Annotation, now, split_tags
from articles.export.times import iso_time, parse_time

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
TERMS_NAMESPACE = "urn:briefreader:terms#"
CONTEXT: list[Any] = [
    ANNO_CONTEXT,
    {
        "briefreader": TERMS_NAMESPACE,
        "articleId": "briefreader:articleId",
        "file": "briefreader:file",
        "textHash": "briefreader:textHash",
        "offsetUnit": "briefreader:offsetUnit",
        "orphaned": {"@id": "briefreader:orphaned", "@type": "xsd:boolean"},
        "rewordedFrom": "briefreader:rewordedFrom",
    },
]
"""The standard context, then the terms this exporter adds."""

OFFSET_UNIT = (
    "TextPositionSelector start/end are Unicode code points (Python str indices) into the "
    "article's stored text (decoded as UTF-8, newlines normalised to LF), end exclusive"
)
ARTICLE_URN = "urn:briefreader:article:"
_ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:briefreader:imported-annotation")


class AnnotationFormatError(ValueError):
    """The input is not Web Annotation JSON this module can read; the message is one line."""


def article_uri(article_id: str) -> str:
    """The target ``source`` for an article: a URN stable across machines."""
    return ARTICLE_URN + quote(article_id, safe="")


def to_webanno(annotation: Annotation, *, standalone: bool = False) -> dict[str, Any]:
    """One annotation as a Web Annotation object.

    ``standalone`` adds the ``@context`` and ``offsetUnit`` a line of
    ``jsonl`` needs on its own.
    """
    anchor = annotation.anchor
    body: list[dict[str, str]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in annotation.tags
    ]
    if annotation.note:
        body.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": annotation.note,
                "format": "text/plain",
            }
        )
    item: dict[str, Any] = {}
    if standalone:
        item["@context"] = CONTEXT
    item |= {
        "id": annotation.id,
        "type": "Annotation",
        "motivation": "commenting" if annotation.note else "tagging",
        "created": iso_time(annotation.created),
        "modified": iso_time(annotation.modified),
    }
    if body:
        item["body"] = body
    item["target"] = {
        "source": article_uri(anchor.article_id),
        "articleId": anchor.article_id,
        # the article's file, relative to the folder opened (ids shift when files of
        # the same name are opened together; the file does not)
        **({"file": anchor.source} if anchor.source else {}),
        "textHash": anchor.text_hash,
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": anchor.exact,
                "prefix": anchor.prefix,
                "suffix": anchor.suffix,
            },
            {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end},
        ],
    }
    if annotation.orphaned:
        item["orphaned"] = True
    if annotation.reworded_from:
        item["rewordedFrom"] = annotation.reworded_from
    if standalone:
        item["offsetUnit"] = OFFSET_UNIT
    return item


def to_webanno_collection(annotations: Sequence[Annotation], *, label: str = "") -> str:
    """An AnnotationCollection as indented JSON text (ends with a newline)."""
    collection: dict[str, Any] = {"@context": CONTEXT, "type": "AnnotationCollection"}
    if label:
        collection["label"] = label
    collection |= {
        "offsetUnit": OFFSET_UNIT,
        "total": len(annotations),
        "items": [to_webanno(a) for a in annotations],
    }
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(annotations: Iterable[Annotation]) -> str:
    """One self-contained Annotation per line (JSON Lines)."""
    return "".join(
        json.dumps(to_webanno(a, standalone=True), ensure_ascii=False) + "\n" for a in annotations
    )


# Reading back ---------------------------------------------------------------


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("type", obj.get("@type"))
    values = value if isinstance(value, list) else [value]
    return {v.split(":")[-1] for v in values if isinstance(v, str)}


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(obj: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = obj.get(key, default)
    if not isinstance(value, str):
        raise AnnotationFormatError(f"{where}: '{key}' should be text")
    return value


def _offset(obj: dict[str, Any], key: str, where: str) -> int:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise AnnotationFormatError(
            f"{where}: TextPositionSelector '{key}' should be a number >= 0"
        )
    return value


def article_id_from_source(source: str) -> str:
    """The article id a target source names: our URN, else the file name's stem."""
    if source.startswith(ARTICLE_URN):
        return unquote(source[len(ARTICLE_URN) :])
    path = (
        unquote(urlparse(source).path) if "://" in source or source.startswith("file:") else source
    )
    return PurePosixPath(path.replace("\\", "/")).stem or source


def _target(item: dict[str, Any], where: str) -> dict[str, Any]:
    targets = _as_list(item.get("target"))
    if not targets:
        raise AnnotationFormatError(f"{where}: no target")
    target = targets[0]
    if not isinstance(target, dict):
        raise AnnotationFormatError(f"{where}: the target names no passage (no selector)")
    return target


def _anchor(item: dict[str, Any], where: str) -> Anchor:
    target = _target(item, where)
    source = target.get("source", target.get("id", ""))
    article_id = target.get("articleId")
    if not isinstance(article_id, str) or not article_id:
        if not isinstance(source, str) or not source:
            raise AnnotationFormatError(f"{where}: the target has no source")
        article_id = article_id_from_source(source)
    quote_sel: dict[str, Any] | None = None
    position: dict[str, Any] | None = None
    for selector in _as_list(target.get("selector")):
        if not isinstance(selector, dict):
            continue
        kinds = _types(selector)
        if "TextQuoteSelector" in kinds and quote_sel is None:
            quote_sel = selector
        elif "TextPositionSelector" in kinds and position is None:
            position = selector
    if quote_sel is None and position is None:
        raise AnnotationFormatError(
            f"{where}: the target has no TextQuoteSelector or TextPositionSelector"
        )
    exact = prefix = suffix = ""
    if quote_sel is not None:
        exact = _text(quote_sel, "exact", where)
        prefix = _text(quote_sel, "prefix", where, "")
        suffix = _text(quote_sel, "suffix", where, "")
    if position is not None:
        start, end = _offset(position, "start", where), _offset(position, "end", where)
        if end < start:
            raise AnnotationFormatError(f"{where}: TextPositionSelector ends before it starts")
    else:
        start, end = 0, len(exact)
    text_hash = target.get("textHash", "")
    return Anchor(
        article_id=article_id,
        text_hash=text_hash if isinstance(text_hash, str) else "",
        start=start,
        end=end,
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        source=file if isinstance(file := target.get("file"), str) else "",
    )


def _bodies(item: dict[str, Any], where: str) -> tuple[tuple[str, ...], str]:
    """(tags, note) from the bodies: ``tagging`` ones are tags, the rest the note."""
    motivation = item.get("motivation")
    default_purpose = motivation if isinstance(motivation, str) else "commenting"
    tags: list[str] = []
    notes: list[str] = []
    if isinstance(item.get("bodyValue"), str):
        notes.append(item["bodyValue"])
    for body in _as_list(item.get("body")):
        if isinstance(body, str):  # a body given by URI carries no text to keep
            continue
        if not isinstance(body, dict):
            raise AnnotationFormatError(f"{where}: a body should be an object")
        value = body.get("value", body.get("chars"))
        if not isinstance(value, str):
            continue
        purpose = body.get("purpose", default_purpose)
        if isinstance(purpose, list):
            purpose = purpose[0] if purpose else default_purpose
        if isinstance(purpose, str) and purpose.split(":")[-1] == "tagging":
            tags.extend(t for t in split_tags(value) if t not in tags)
        else:
            notes.append(value)
    return tuple(tags), "\n\n".join(notes)


def annotation_from_webanno(item: Any, where: str = "annotation") -> Annotation:
    """One :class:`Annotation` from a Web Annotation object; AnnotationFormatError if unusable.

    An object without an ``id`` gets one derived from its content, so that
    importing the same file twice still does not duplicate it.
    """
    if not isinstance(item, dict):
        raise AnnotationFormatError(f"{where}: not a JSON object")
    if "Annotation" not in _types(item) and "target" not in item:
        raise AnnotationFormatError(f"{where}: not a Web Annotation (no type 'Annotation')")
    anchor = _anchor(item, where)
    tags, note = _bodies(item, where)
    annotation_id = item.get("id", item.get("@id"))
    if not isinstance(annotation_id, str) or not annotation_id:
        canonical = json.dumps(item, sort_keys=True, ensure_ascii=False)
        annotation_id = f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, canonical)}"
    try:
        created = parse_time(item["created"]) if "created" in item else now()
        modified = parse_time(item["modified"]) if "modified" in item else created
    except (TypeError, ValueError, AttributeError):
        raise AnnotationFormatError(
            f"{where}: 'created'/'modified' is not an ISO date-time"
        ) from None
    return Annotation(
        id=annotation_id,
        anchor=anchor,
        note=note,
        tags=tags,
        created=created,
        modified=modified,
        orphaned=item.get("orphaned") is True,
        reworded_from=str(item.get("rewordedFrom") or ""),
    )


def _items(document: Any) -> list[Any]:
    """The annotation objects in a parsed JSON document of any accepted shape."""
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        raise AnnotationFormatError("not a Web Annotation collection, page or annotation")
    kinds = _types(document)
    if "Annotation" in kinds:
        return [document]
    if "items" in document or "AnnotationPage" in kinds:
        items = document.get("items", [])
    elif isinstance(document.get("first"), dict):
        items = document["first"].get("items", [])
    elif "AnnotationCollection" in kinds:
        return []
    else:
        raise AnnotationFormatError("not a Web Annotation collection, page or annotation")
    if not isinstance(items, list):
        raise AnnotationFormatError("'items' should be a list")
    return items


def parse_annotations(text: str) -> list[Annotation]:
    """Annotations from Web Annotation JSON (a collection, page, list or one) or JSON Lines.

    Raises :class:`AnnotationFormatError` with a one-line message naming the
    item or line at fault.
    """
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise AnnotationFormatError("the file is empty")
    try:
        return _parse(text)
    except RecursionError:
        raise AnnotationFormatError("the JSON is nested too deeply") from None


def _parse(text: str) -> list[Annotation]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as whole_error:
        lines = [(n, line) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
        if len(lines) < 2:
            raise AnnotationFormatError(
                f"not JSON: {whole_error.msg} (line {whole_error.lineno})"
            ) from None
        annotations = []
        for number, line in lines:
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                if number == lines[0][0]:  # not JSON Lines either: report the document's error
                    raise AnnotationFormatError(
                        f"not JSON: {whole_error.msg} (line {whole_error.lineno})"
                    ) from None
                raise AnnotationFormatError(f"line {number}: not JSON ({error.msg})") from None
            annotations.append(annotation_from_webanno(item, f"line {number}"))
        return annotations
    return [
        annotation_from_webanno(item, f"item {number}")
        for number, item in enumerate(_items(document), 1)
    ]
