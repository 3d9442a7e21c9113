"""Escaping user text for Markdown that still reads well as plain text.

Only characters that would change the rendering are escaped: inline markup
(``\\ ` * _ [ ] < > ~``), an ``&`` that would start an entity, and the block
markers a line could begin with (headings, quotes, list items, setext
underlines).  Quotes, commas, brackets in words and non-ASCII text are left
alone apart from ``[``/``]`` so that ``[IS]`` cannot become a link.
"""

from __future__ import annotations

import re

_INLINE_RE = re.compile(r"([\\`*_\[\]<>~])")
_ENTITY_RE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_LIST_NUMBER_RE = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_BLOCK_START = "#>+-=|"


def escape_inline(text: str) -> str:
    """``text`` with inline Markdown markup neutralised; newlines are kept."""
    return _ENTITY_RE.sub(r"\\&", _INLINE_RE.sub(r"\\\1", text))


def escape_line(line: str) -> str:
    """One line, stripped of outer spaces (indentation would make a code block), escaped."""
    line = escape_inline(line.strip())
    if line[:1] in _BLOCK_START:
        return "\\" + line
    return _LIST_NUMBER_RE.sub(r"\1\\\2", line)


def one_line(text: str) -> str:
    """``text`` for use inside a line (after a label, in a heading): inline
    markup escaped, runs of white space (line breaks too) made one space."""
    return escape_inline(" ".join(text.split()))


def paragraphs(text: str) -> list[str]:
    """The non-blank lines of ``text``, each escaped: one Markdown paragraph each."""
    return [escape_line(line) for line in text.splitlines() if line.strip()]


def block_quote(text: str) -> str:
    """``text`` as a block quote, line by line; each line its own quoted paragraph."""
    lines = paragraphs(text) or [""]
    return "\n>\n".join(f"> {line}".rstrip() for line in lines)
