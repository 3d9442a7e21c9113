"""Tags as the store reports them, and their default colours."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

PALETTE: tuple[str, ...] = (
    "#e6194b",
    "#3cb44b",
    "#ffe119",
    "#4363d8",
    "#f58231",
    "#911eb4",
    "#42d4f4",
    "#f032e6",
    "#bfef45",
    "#fabed4",
    "#469990",
    "#dcbeff",
    "#9a6324",
    "#aaffc3",
    "#808000",
    "#ffd8b1",
)
"""Distinct hex colours, readable as highlight backgrounds on dark and light themes."""


@dataclass(frozen=True, slots=True)
class TagInfo:
    """A tag: its name (``/`` nests), its colour (``#rrggbb``) and how many annotations carry it."""

    name: str
    colour: str
    count: int


def default_colour(tag: str) -> str:
    """The palette colour for ``tag``: the same on every run and machine (a hash, not order)."""
    digest = hashlib.sha256(tag.encode("utf-8", "surrogatepass")).digest()
    return PALETTE[int.from_bytes(digest[:4], "big") % len(PALETTE)]


def distinct_colours(tags: list[str], chosen: dict[str, str]) -> dict[str, str]:
    """A colour per tag: the user's (``chosen``), else its :func:`default_colour`, unless
    an earlier tag of ``tags`` (in order of first use) has that colour already and the
    palette has one nobody uses: then the next free one, so that a few tags never share
    a highlight."""
    out: dict[str, str] = {}
    used = {chosen[t] for t in tags if t in chosen}
    for tag in tags:
        if tag in chosen:
            out[tag] = chosen[tag]
            continue
        colour = default_colour(tag)
        if colour in used and len(used) < len(PALETTE):
            start = PALETTE.index(colour)
            colour = next(
                c
                for c in (PALETTE[(start + k) % len(PALETTE)] for k in range(len(PALETTE)))
                if c not in used
            )
        out[tag] = colour
        used.add(colour)
    return out


def rename_in(tags: tuple[str, ...], old: str, new: str) -> tuple[str, ...]:
    """``tags`` with ``old`` and its children (``old/...``) renamed under ``new``; no duplicates."""
    out: list[str] = []
    for tag in tags:
        if tag == old:
            tag = new
        elif tag.startswith(old + "/"):
            tag = new + tag[len(old) :]
        if tag not in out:
            out.append(tag)
    return tuple(out)
