"""CSV: one row per annotation, safe to open in a spreadsheet.

A spreadsheet treats a cell starting with ``=``, ``+``, ``-`` or ``@`` (and,
in some, tab or carriage return) as a formula, so an article sentence such as
``=HYPERLINK(...)`` or ``-5 degrees`` could run as one (CSV injection).  Such
text cells get a leading ``'``, which spreadsheets show as "this is text".
The exact, unaltered text is in the JSON exports.

Offsets (``start``, ``end``) are Python ``str`` indices (Unicode code points)
into the article's stored text, end exclusive.  Tags are joined with ``", "``,
the way they are typed (a tag never contains a comma); newlines inside a
passage are kept inside the quoted cell, a carriage return read as one (the
writer quotes a cell holding a newline, not one holding only a carriage return,
which would split the row in a reader).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from articles.annotation import Annotation
from articles.export.citation import cite, index_articles
from articles.export.times import iso_time
from articles.model import Article

COLUMNS = (
    "id",
    "article_id",
    "outlet",
    "headline",
    "date",
    "paragraph",
    "start",
    "end",
    "exact",
    "note",
    "tags",
    "created",
    "modified",
    "orphaned",
    "block",
    "annotated_text",
    "file",
)
"""The header row, in order."""

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """``cell`` with a leading ``'`` when a spreadsheet would read it as a formula, and
    its carriage returns as newlines."""
    cell = "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
    return cell.replace("\r\n", "\n").replace("\r", "\n")


def to_csv(annotations: Sequence[Annotation], articles: Iterable[Article]) -> str:
    """The annotations as CSV text with a header row (``\\n`` line ends, UTF-8 safe)."""
    by_id = index_articles(articles)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for annotation in annotations:
        anchor = annotation.anchor
        citation = cite(annotation, by_id)
        text_cells = (
            annotation.id,
            anchor.article_id,
            citation.outlet,
            citation.headline,
            citation.date,
            "" if citation.paragraph is None else str(citation.paragraph),
            str(anchor.start),
            str(anchor.end),
            anchor.exact,
            annotation.note,
            ", ".join(annotation.tags),
            iso_time(annotation.created),
            iso_time(annotation.modified),
            "yes" if annotation.orphaned else "",
            citation.block,  # new columns go last: the ones before keep their places
            annotation.reworded_from,  # the words as annotated, when the article changed them
            # its file (relative to the folder opened): ids shift between sittings when
            # files of the same name are opened together; the file names it for good
            anchor.source
            or (by_id[anchor.article_id].source if anchor.article_id in by_id else ""),
        )
        writer.writerow([neutralise(cell) for cell in text_cells])
    return buffer.getvalue()


def _file_of(article_id: str, by_id: dict[str, Article]) -> str:
    """The file an open article was read from (an annotation saved before files were
    recorded); "" for one not open."""
    article = by_id.get(article_id)
    return article.source if article is not None else ""
