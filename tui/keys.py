"""One catalogue of key bindings, for the help screen and the command palette.

Bindings are declared once, in the ``BINDINGS`` of the class that owns the
action (STYLE.md 8).  This module lists them per area, applies the user's
keymap (binding id -> keys) so help shows the keys actually in force, and
loads that keymap from ``keymap.toml`` in the config folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from textual.binding import Binding, BindingType
from textual.keys import format_key


@dataclass(frozen=True, slots=True)
class KeyEntry:
    """One binding as shown to the user."""

    area: str
    owner: str
    """"app", "screen", "pane", "list" (every side-panel list) or a "#widget-id" on the
    reader screen: where the action runs."""
    keys: str
    description: str
    tooltip: str
    action: str
    id: str | None


def _bindings(raw: Iterable[BindingType]) -> list[Binding]:
    return list(Binding.make_bindings(raw))


def catalogue(
    sources: Iterable[tuple[str, str, Iterable[BindingType]]], keymap: Mapping[str, str]
) -> list[KeyEntry]:
    """Entries for (area, owner, BINDINGS) sources, keys overridden by ``keymap``."""
    entries: list[KeyEntry] = []
    seen: set[tuple[str, str]] = set()
    for area, owner, raw in sources:
        by_action: dict[str, list[Binding]] = {}
        for binding in _bindings(raw):
            if not binding.description:
                continue
            by_action.setdefault(binding.action, []).append(binding)
        for action, group in by_action.items():
            if (owner, action) in seen:
                continue
            seen.add((owner, action))
            first = group[0]
            keys = keymap.get(first.id, "") if first.id else ""
            if not keys:
                keys = ",".join(b.key for b in group)
            entries.append(
                KeyEntry(
                    area, owner, _display(keys), first.description, first.tooltip, action, first.id
                )
            )
    return entries


def _display(keys: str) -> str:
    """ "question_mark,f1" -> "? / f1": the keys as a person types them."""
    return " / ".join(format_key(k.strip()) for k in keys.split(",") if k.strip())


def config_dir() -> Path:
    """Where keymap.toml lives; BRIEFREADER_CONFIG_DIR overrides (tests, portable use)."""
    override = os.environ.get("BRIEFREADER_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("briefreader"))


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """(keymap, problem): ``[keymap]`` of keymap.toml maps binding ids to keys."""
    path = path or config_dir() / "keymap.toml"
    if not path.exists():
        return {}, None
    import tomllib  # only when there is a keymap: most launches have none

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return {}, f"ignored {path}: {error}"
    table = data.get("keymap", data)
    keymap = {str(k): str(v) for k, v in table.items() if isinstance(v, str)}
    return keymap, None
