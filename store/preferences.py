"""The user's own preferences, for every set: ``<data dir>/preferences.json``.

A set's store keeps what belongs to the set (annotations, decisions, panes); a
preference such as the colour theme follows the user from set to set.  Reading
never fails (a missing or broken file is no preferences); writing is atomic and
a failure to write is ignored: a preference is a convenience, not work.
"""

from __future__ import annotations

import contextlib
import json

from store.paths import data_dir
from store.storage import atomic_write_bytes

FILE_NAME = "preferences.json"


def preference(name: str) -> str | None:
    """The saved value of ``name``, or None."""
    try:
        with open(data_dir() / FILE_NAME, encoding="utf-8") as handle:
            saved = json.load(handle)
    except (OSError, ValueError):
        return None
    value = saved.get(name) if isinstance(saved, dict) else None
    return value if isinstance(value, str) else None


def set_preference(name: str, value: str) -> None:
    """Save ``name`` (atomically, see :func:`store.storage.atomic_write_bytes`); errors are
    ignored."""
    folder = data_dir()
    path = folder / FILE_NAME
    try:
        with open(path, encoding="utf-8") as handle:
            saved = json.load(handle)
        if not isinstance(saved, dict):
            saved = {}
    except (OSError, ValueError):
        saved = {}
    if saved.get(name) == value:
        return
    saved[name] = value
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, json.dumps(saved).encode("utf-8"))
