"""Exports of annotations: pure formatters from domain objects to text.

Nothing here touches the store or the screen: every formatter takes
:class:`~articles.annotation.Annotation` objects and the open
:class:`~articles.model.Article` objects and returns a ``str``, so the CLI
(``briefreader export``) and the reader's export dialog share one
implementation.

Formats: ``md`` (a readable brief), ``csv`` (one row per annotation,
spreadsheet-safe), ``json`` / ``jsonl`` (W3C Web Annotation), ``qdc``
(REFI-QDA codebook of the tags).  :func:`webanno.parse_annotations` reads the
JSON forms back.
"""

from __future__ import annotations

from articles.export.claims_source import find_claims, find_quotes
from articles.export.csv_format import to_csv
from articles.export.markdown import to_markdown
from articles.export.qdc import to_qdc
from articles.export.render import codebook_tags, render_export
from articles.export.selection import select_annotations
from articles.export.webanno import (
    AnnotationFormatError,
    parse_annotations,
    to_jsonl,
    to_webanno_collection,
)

FORMATS: dict[str, str] = {
    "md": "Markdown brief",
    "csv": "CSV table",
    "json": "Web Annotation collection (JSON-LD)",
    "jsonl": "Web Annotations, one per line",
    "qdc": "REFI-QDA codebook of the tags",
}
"""Format name -> human label, in menu order."""

SUFFIXES: dict[str, str] = {
    "md": ".md",
    "csv": ".csv",
    "json": ".json",
    "jsonl": ".jsonl",
    "qdc": ".qdc",
}
"""Format name -> the file suffix a default output file gets."""

__all__ = [
    "FORMATS",
    "SUFFIXES",
    "AnnotationFormatError",
    "codebook_tags",
    "find_claims",
    "find_quotes",
    "parse_annotations",
    "render_export",
    "select_annotations",
    "to_csv",
    "to_jsonl",
    "to_markdown",
    "to_qdc",
    "to_webanno_collection",
]
