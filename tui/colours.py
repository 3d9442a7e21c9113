"""Colours that stay the same for a speaker or tag in every pane and panel."""

from __future__ import annotations

from collections.abc import Iterable

from rich.style import Style

SPEAKER_COLOURS = (
    "#f5c211",
    "#62a0ea",
    "#ff7b63",
    "#8ff0a4",
    "#dc8add",
    "#99c1f1",
    "#ffbe6f",
    "#57e389",
    "#f66151",
    "#c061cb",
    "#33d17a",
    "#e5a50a",
)
"""Readable on dark and light themes; cycled when there are more speakers."""
UNKNOWN_SPEAKER = "#c0bfbc"


def speaker_styles(speakers: Iterable[str | None]) -> dict[str | None, Style]:
    """A foreground style per speaker, by order of first appearance in the set."""
    styles: dict[str | None, Style] = {None: Style(color=UNKNOWN_SPEAKER, italic=True)}
    for speaker in speakers:
        if speaker not in styles:
            colour = SPEAKER_COLOURS[(len(styles) - 1) % len(SPEAKER_COLOURS)]
            styles[speaker] = Style(color=colour)
    return styles
