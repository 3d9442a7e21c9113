"""One catalogue of key bindings, for the help screen and the command palette.

Bindings are declared once, in the ``BINDINGS`` of the class that owns the
action (STYLE.md 8).  This module lists them per area, applies the user's
keymap (binding id -> keys) so help shows the keys actually in force, loads
that keymap from ``keymap.toml`` in the config folder, and checks it: an entry
that would not make its key fire (an unknown id, a key another binding keeps)
is refused with a warning rather than shown in help.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from textual.binding import Binding, BindingType, InvalidBinding
from textual.keys import REPLACED_KEYS, Keys, format_key, key_to_character


@dataclass(frozen=True, slots=True)
class KeyEntry:
    """One binding as shown to the user."""

    area: str
    owner: str
    """"app", "screen", "pane", "list" (every side-panel list) or a "#widget-id" on the
    reader screen: where the action runs; "view:..." for a view over the reader (help,
    the matrix): its keys act there only."""
    keys: str
    description: str
    tooltip: str
    action: str
    id: str | None


def keys_of(entries: Iterable[KeyEntry], binding_id: str, default: str) -> str:
    """The keys (after the user's keymap) of the binding ``binding_id``, as shown."""
    return next((e.keys for e in entries if e.id == binding_id), default)


def close_keys(app: object, binding_id: str, default: str) -> str:
    """The keys that close a view, from the app's catalogue when it has one (the
    user's keymap applied), else ``default``."""
    entries = getattr(app, "key_entries", None)
    return keys_of(entries(), binding_id, default) if callable(entries) else default


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


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], list[str]]:
    """(keymap, problems): ``[keymap]`` of keymap.toml maps binding ids to keys.

    An unreadable file is ignored whole; an entry whose value is not a string
    of keys is left out.  Each is said in ``problems``; the ids and keys are
    checked against the bindings by :func:`check_keymap`.
    """
    path = path or config_dir() / "keymap.toml"
    if not path.exists():
        return {}, []
    import tomllib  # only when there is a keymap: most launches have none

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return {}, [f"ignored {path}: {error}"]
    table = data.get("keymap", data)
    if not isinstance(table, dict):
        return {}, [f'ignored {path}: [keymap] must be a table of binding id = "keys"']
    keymap: dict[str, str] = {}
    problems: list[str] = []
    for binding_id, keys in table.items():
        if isinstance(keys, str):
            keymap[str(binding_id)] = keys
        else:
            problems.append(
                f"{path}: ignored {_entry(binding_id, keys)}: the keys must be a string,"
                ' such as "j,down"'
            )
    return keymap, problems


def _entry(binding_id: object, keys: object) -> str:
    """A keymap entry as written in keymap.toml: "reader.sync" = "j"."""
    return f"{json.dumps(str(binding_id))} = {json.dumps(keys, ensure_ascii=False, default=str)}"


@dataclass(frozen=True, slots=True)
class _Bound:
    """One binding of one owner, with its keys (several for "j,down")."""

    owner: str
    id: str | None
    action: str
    description: str
    keys: tuple[str, ...]

    @property
    def name(self) -> str:
        what = f'"{self.description}"' if self.description else self.action
        return f"{what} ({self.id})" if self.id else what


_MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
_KEY_NAMES = frozenset(
    {k.value.rpartition("+")[2] for k in Keys if not k.value.startswith("<")} | set(REPLACED_KEYS)
)


def is_key(key: str) -> bool:
    """Whether ``key`` (normalised: "question_mark", not "?") names a key a terminal sends."""
    *modifiers, base = key.split("+")
    if not base or any(m not in _MODIFIERS for m in modifiers):
        return False
    if len(base) == 1:
        return base.isprintable() and not base.isspace()
    return base in _KEY_NAMES or key_to_character(base) is not None


def _printable(key: str) -> bool:
    """Whether ``key`` types a character (into a text field, before any binding)."""
    character = key_to_character(key)
    return character is not None and character.isprintable()


def _normalised(keys: str) -> tuple[str, ...]:
    """ "?, j" -> ("question_mark", "j"), as Textual reads a key list."""
    try:
        return tuple(b.key for b in Binding.make_bindings([Binding(keys, "_")]))
    except InvalidBinding:
        return ()


def check_keymap(
    keymap: Mapping[str, str],
    owners: Mapping[str, Iterable[BindingType]],
    chains: Sequence[Sequence[str]],
    text_fields: Iterable[str] = (),
) -> tuple[dict[str, str], list[str]]:
    """(accepted keymap, problems): the entries of ``keymap`` that make a key fire.

    ``owners`` maps a name to the bindings it holds (all of them: a widget's
    inherited ones too); ``chains`` lists the owners whose bindings are live
    together (the focused widget's, its screen's, the app's: a key bound twice
    in one chain fires only one of them); the owners in ``text_fields`` hold a text
    field, which takes printable keys before any binding.

    An entry is refused, and said why, when its id names no binding, when a
    key is not a key name, or when a key is one another binding in the same
    chain keeps: the binding keeps its own keys, so help, which shows the
    accepted keymap, never names a key that does nothing.  Of two entries
    moving bindings onto one key, the first in the file wins.
    """
    slots: dict[tuple[str, str], _Bound] = {}
    for owner, raw in owners.items():
        for b in Binding.make_bindings(list(raw)):  # "j,down" comes as two: one slot
            slot = (owner, b.id or f"<{b.action}>")
            old = slots.get(slot)
            keys = (old.keys if old else ()) + (b.key,)
            slots[slot] = _Bound(owner, b.id, b.action, b.description, keys)
    bindings = list(slots.values())
    known = {b.id for b in bindings if b.id}
    typed = set(text_fields)
    together = {(a, b) for chain in chains for a in chain for b in chain}

    problems: list[str] = []
    wanted: dict[str, tuple[str, ...]] = {}
    for binding_id, value in keymap.items():
        keys = _normalised(value)
        if binding_id not in known:
            problems.append(
                f"keymap.toml: ignored {_entry(binding_id, value)}: no binding has this id "
                "(help, ?, lists them)"
            )
        elif not keys:
            problems.append(
                f"keymap.toml: ignored {_entry(binding_id, value)}: no keys "
                "(a binding cannot be unbound; it keeps its keys)"
            )
        elif bad := [k for k in keys if not is_key(k)]:
            hint = "; key names are lower case" if is_key(bad[0].lower()) else ""
            problems.append(
                f"keymap.toml: ignored {_entry(binding_id, value)}: {bad[0]!r} is not a key name "
                f"(such as j, J, ctrl+n, f5, pageup{hint})"
            )
        else:
            wanted[binding_id] = keys
    order = list(wanted)

    def clashes(binding_id: str, state: Mapping[str, tuple[str, ...]]) -> list[tuple[str, bool]]:
        """Why keys ``state`` gives ``binding_id`` would not fire: (reason, for good)
        for each, "for good" when the rival keeps its keys whatever the keymap says."""
        found = []
        for mine in (b for b in bindings if b.id == binding_id):
            # a key the binding has anyway is no news: defaults may share a key on
            # purpose (escape cancels a selection, else clears the search)
            for key in (k for k in state[binding_id] if k not in mine.keys):
                if mine.owner in typed and _printable(key):
                    why = f"{_display(key)} is typed into the text fields where {mine.name} acts"
                    found.append((why, True))
                for other in bindings:
                    moved = other.id in state
                    keys = state[other.id] if other.id and moved else other.keys
                    if (
                        other.id != binding_id
                        and (mine.owner, other.owner) in together
                        and key in keys
                    ):
                        found.append((f"{_display(key)} is already {other.name}", not moved))
        return found

    # Drop every entry that clashes with a binding that keeps its keys; when the
    # only clashes are between entries, the later one in the file.  Then take
    # back, in file order, a dropped entry that no longer clashes.
    state = dict(wanted)
    while found := {i: c for i in state if (c := clashes(i, state))}:
        for_good = [i for i, c in found.items() if any(fixed for _, fixed in c)]
        for binding_id in for_good or [max(found, key=order.index)]:
            del state[binding_id]
    for binding_id in order:
        trial = {**state, binding_id: wanted[binding_id]}
        if binding_id not in state and not clashes(binding_id, trial):
            state = trial
    for binding_id in order:
        if binding_id in state:
            continue
        why = clashes(binding_id, {**state, binding_id: wanted[binding_id]})[0][0]
        kept = next(b.keys for b in bindings if b.id == binding_id)
        problems.append(
            f"keymap.toml: {_entry(binding_id, keymap[binding_id])} refused: {why}; "
            f"{binding_id} keeps {_display(','.join(kept))}"
        )
    return {i: ",".join(keys) for i, keys in state.items()}, problems
