"""Passages cut down to one readable line, for prompts, lists and panels."""

from __future__ import annotations

ELLIPSIS = "…"


def shorten(text: str, limit: int = 80) -> str:
    """``text`` on one line (runs of whitespace collapsed), at most ``limit`` characters.

    A long passage keeps its beginning and its end, joined by an ellipsis, because
    both tell the reader which passage it is; the cut falls on a word boundary
    when there is one near.
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    if limit < 8:
        return flat[: max(0, limit - 1)] + ELLIPSIS
    room = limit - 3  # " … "
    head_room = room * 2 // 3
    tail_room = room - head_room
    head = flat[:head_room]
    cut = head.rfind(" ")
    if cut > head_room // 2:
        head = head[:cut]
    tail = flat[-tail_room:]
    cut = tail.find(" ")
    if 0 <= cut < tail_room // 2:
        tail = tail[cut + 1 :]
    return f"{head} {ELLIPSIS} {tail}"


def clip(text: str, limit: int) -> str:
    """``text`` on one line, cut at ``limit`` characters with one ellipsis at the end.

    Where the cut falls on the text's own ellipsis or stops ("he said…"), they go,
    so the line never ends in two ("……").
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[: max(0, limit - 1)].rstrip(" .…") + ELLIPSIS
