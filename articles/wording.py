"""Words for counts and figures shown to a reader: "1 article", "3 articles", "30,000"."""

from __future__ import annotations

from collections.abc import Mapping


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` and ``noun``, plural unless one ("1 article", "2 matches" with
    ``plural="matches"``; the plural is the noun and an "s" when not given)."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def figure(value: str) -> str:
    """A figure as a reader writes it: digits grouped by thousands ("30000" -> "30,000";
    "5%", "$5bn", "09-30" and "1.5" as they are)."""
    return f"{int(value):,}" if value.isdigit() and len(value) > 4 else value


def by_value(values: Mapping[str, str]) -> list[tuple[str, list[str]]]:
    """(value, the keys giving it) per distinct value, the most given first, then in
    order of first appearance: "30000" from three articles before "31000" from one."""
    groups: dict[str, list[str]] = {}
    for key, value in values.items():
        groups.setdefault(value, []).append(key)
    return sorted(groups.items(), key=lambda item: -len(item[1]))
