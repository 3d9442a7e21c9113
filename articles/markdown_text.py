"""Markdown files as the text a reader sees: the stored text of a ``.md`` article.

A Markdown article (a blog post, a note exported from an editor, a page saved
by a clipper) carries markup a reader never sees: ``**emphasis**``, links'
targets, images, HTML, escapes, and often a front-matter block of metadata at
the top.  Left in, it shows raw in the panes, hides speakers from attribution
(``said **council leader** Claire Douglas``) and puts the front matter where
the headline should be.  So, as an HTML page becomes its main text, a Markdown
file becomes its text as rendered, and its offsets (like every article's) are
indices into that stored text:

* the front matter (``---`` YAML or ``+++`` TOML at the very top) is left out,
  its title, date, author and publisher kept as the article's metadata;
* the body is parsed as CommonMark by markdown-it-py (the parser Rich uses):
  emphasis, code and link marks, link and image targets, images and HTML tags
  go; link text, code and escaped characters stay;
* headings keep their ``#`` marks, list items their markers, one block per
  paragraph, so the layout reads the structure as it reads a plain-text file.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from typing import Any

_FRONT_MATTER_RE = re.compile(
    r"\A\ufeff?(?:---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)|\+\+\+[ \t]*\n(?P<toml>.*?)\n\+\+\+)"
    r"[ \t]*(?:\n|\Z)",
    re.DOTALL,
)
_FIELD_RE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(?P<value>.*?)[ \t]*$")
_TAG_RE = re.compile(r"<[^>]*>")
_HIDDEN_HTML_RE = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.I | re.S)

TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("date", "published", "pubdate", "publishdate", "date_published", "published_at")
BYLINE_KEYS = ("author", "byline", "authors", "by")
OUTLET_KEYS = ("publisher", "outlet", "publication", "site", "site_name", "sitename", "source")
"""Front-matter fields read as the article's metadata, the first one found of each."""


@dataclass(frozen=True, slots=True)
class MarkdownText:
    """A Markdown file read as text, with what its front matter says."""

    text: str
    title: str | None = None
    date: dt.date | None = None
    byline: str | None = None
    outlet: str | None = None


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The front matter's simple ``key: value`` fields (lower-case keys; lists and
    nested values left out) and the text after it.  No front matter: ``({}, text)``."""
    match = _FRONT_MATTER_RE.match(text)
    if match is None:
        return {}, text
    fields: dict[str, str] = {}
    listing: str | None = None  # the key of a YAML list being read ("author:" then "- A")
    for line in (match.group("yaml") or match.group("toml") or "").splitlines():
        item = _LIST_ITEM_RE.match(line)
        if item is not None and listing is not None:
            name = _unquoted(item.group(1))
            fields[listing] = f"{fields[listing]} and {name}" if listing in fields else name
            continue
        listing = None
        field = _FIELD_RE.match(line)
        if field is None:
            continue
        key, value = field.group("key").lower(), _unquoted(field.group("value"))
        if not value:
            listing = None if key in fields else key
        elif value.startswith("[") and value.endswith("]"):  # author: [A, B]
            names = [_unquoted(v) for v in value[1:-1].split(",") if v.strip()]
            if names:
                fields.setdefault(key, " and ".join(names))
        elif value[0] not in "{|>&":
            fields.setdefault(key, value.strip())
    return fields, text[match.end() :]


_LIST_ITEM_RE = re.compile(r"^\s*-\s+(.+?)\s*$")


def _unquoted(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _first(fields: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((fields[k] for k in keys if fields.get(k)), None)


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_markdown(text: str) -> MarkdownText:
    """``text`` (a Markdown file, newlines normalised) as the text a reader sees.

    Raises whatever markdown-it-py raises on input it cannot parse; the caller
    then keeps the file's text as it is.
    """
    fields, body = front_matter(text)
    title = _first(fields, TITLE_KEYS)
    return MarkdownText(
        text=render_text(body),
        # a title written in Markdown ("**Floods** hit [York](https://...)") as read
        title=render_text(title).strip() or None if title else None,
        date=_date(_first(fields, DATE_KEYS)),
        byline=_first(fields, BYLINE_KEYS),
        outlet=_first(fields, OUTLET_KEYS),
    )


def render_text(markdown: str) -> str:
    """CommonMark as plain text: one block per paragraph, heading or list item."""
    from markdown_it import MarkdownIt  # only Markdown input pays for the parser

    blocks: list[str] = []
    marker = ""  # a list item's marker, put before its item's first block
    heading = ""  # "## " inside a heading
    for token in MarkdownIt("commonmark").parse(markdown):
        kind = token.type
        text = ""
        if kind == "list_item_open":
            ordered = token.markup in (".", ")")
            marker = f"{token.info}{token.markup} " if ordered else "- "
        elif kind == "heading_open":
            heading = "#" * int(token.tag[1:]) + " "
        elif kind == "heading_close":
            heading = ""
        elif kind == "inline":
            text = heading + _inline_text(token.children or []).strip()
        elif kind in ("fence", "code_block"):
            text = token.content.rstrip("\n")
        elif kind == "html_block":
            shown = _HIDDEN_HTML_RE.sub("", token.content)  # a script's code is no text
            lines = (_TAG_RE.sub("", line) for line in shown.split("\n"))
            text = "\n".join(html.unescape(line).strip() for line in lines if line.strip())
        if text.strip("# \n"):
            blocks.append(marker + text)
            marker = ""
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _inline_text(children: list[Any]) -> str:
    """An inline run's text: words, code and line breaks; no marks, targets or images."""
    parts: list[str] = []
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak") or _is_break_tag(child):
            parts.append("\n")
    return "".join(parts)


def _is_break_tag(token: Any) -> bool:
    """An inline ``<br>``: a line break in the text."""
    return bool(token.type == "html_inline" and token.content.lower().startswith("<br"))
