"""The tags as a REFI-QDA codebook (``.qdc``), for ATLAS.ti, NVivo, MAXQDA and others.

The REFI-QDA Codebook standard (namespace ``urn:QDA-XML:codebook:1.0``) is
``<CodeBook><Codes><Code guid name isCodable color>`` with codes nested for a
hierarchy, which is how a tag ``casualties/civilian`` is written: a
``civilian`` code inside ``casualties``.  A parent that is only implied by a
nested tag is still a codable code, since briefreader lets you use it too.

Guids are UUID5 of the full tag path, so the same tag gets the same guid in
every export and a re-imported codebook merges instead of duplicating.
Colours are written only when they are ``#RRGGBB`` (or ``#RGB``) hex.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

NAMESPACE = "urn:QDA-XML:codebook:1.0"
TAG_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:briefreader:tag")
"""UUID5 namespace of tag guids; changing it would change every exported guid."""

_HEX_RE = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


class TagLike(Protocol):
    """A tag with an optional colour (``store.TagInfo`` fits)."""

    @property
    def name(self) -> str: ...

    @property
    def colour(self) -> str | None: ...


def tag_guid(path: str) -> str:
    """The stable guid of a tag (its full ``a/b`` path)."""
    return str(uuid.uuid5(TAG_NAMESPACE, path))


def hex_colour(colour: str | None) -> str | None:
    """``#RRGGBB`` (upper case) from a hex colour, or None for anything else."""
    match = _HEX_RE.fullmatch((colour or "").strip())
    if match is None:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits.upper()


@dataclass
class _Node:
    path: str
    colour: str | None = None
    children: dict[str, _Node] = field(default_factory=dict)


def _tree(tags: Iterable[str | TagLike]) -> _Node:
    root = _Node("")
    for tag in tags:
        name, colour = (tag, None) if isinstance(tag, str) else (tag.name, tag.colour)
        parts = [p.strip() for p in name.split("/") if p.strip()]
        node = root
        for depth, part in enumerate(parts):
            node = node.children.setdefault(part, _Node("/".join(parts[: depth + 1])))
        if parts and colour and node.colour is None:
            node.colour = hex_colour(colour)
    return root


def _add_codes(parent: ET.Element, node: _Node) -> None:
    for name in sorted(node.children, key=str.casefold):
        child = node.children[name]
        element = ET.SubElement(
            parent, f"{{{NAMESPACE}}}Code", guid=tag_guid(child.path), name=name, isCodable="true"
        )
        if child.colour:
            element.set("color", child.colour)
        _add_codes(element, child)


def code_count(tags: Iterable[str | TagLike]) -> int:
    """How many codes :func:`to_qdc` writes for ``tags``: each tag, and each parent of a
    tag ("casualties" for "casualties/civilian") once."""

    def size(node: _Node) -> int:
        return sum(1 + size(child) for child in node.children.values())

    return size(_tree(tags))


def to_qdc(tags: Iterable[str | TagLike], *, origin: str = "briefreader") -> str:
    """The codebook as XML text (UTF-8 declaration, indented, ends with a newline).

    ``tags`` are tag names or objects with ``name`` and ``colour``; the same
    tag given twice is written once; codes are sorted by name at each level.
    """
    ET.register_namespace("", NAMESPACE)
    book = ET.Element(f"{{{NAMESPACE}}}CodeBook", origin=origin)
    codes = ET.SubElement(book, f"{{{NAMESPACE}}}Codes")
    _add_codes(codes, _tree(tags))
    ET.indent(book, space="  ")
    body = ET.tostring(book, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n"
