"""Control characters made visible: text from files and imports never drives the terminal.

An escape sequence saved from a terminal log, a form feed, or one typed into a
note and imported is shown as the symbol that stands for it ("␛[31m"), one
character for one, so offsets into a text are kept.
"""

from __future__ import annotations

import re

_CONTROL_PICTURES = {
    **{c: 0x2400 + c for c in range(32) if c not in (9, 10)},
    0x7F: 0x2421,
    **dict.fromkeys(range(0x80, 0xA0), 0xFFFD),
}
"""C0 controls other than tab and newline -> Control Pictures (U+2400...), DEL -> ␡,
C1 controls -> U+FFFD."""
_LINE_PICTURES = {**_CONTROL_PICTURES, 9: 0x2409, 10: 0x2424}
"""The same, with tab and newline too: for what must stay on one line (a file name)."""


_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Any character :func:`visible` changes: texts have none, and a search costs less than a
translation of every character."""


def visible(text: str) -> str:
    """``text`` with control characters (other than tab and newline) made visible."""
    return text.translate(_CONTROL_PICTURES) if _CONTROL_RE.search(text) else text


def visible_line(text: str) -> str:
    """``text`` with every control character made visible, tab and newline included."""
    return text.translate(_LINE_PICTURES)
