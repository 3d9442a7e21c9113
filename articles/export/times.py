"""Timestamps in exports: UTC, ISO 8601 with ``Z`` (xsd:dateTime), read back losslessly."""

from __future__ import annotations

import datetime as dt


def iso_time(value: dt.datetime) -> str:
    """UTC ISO 8601 with a ``Z``; naive times are taken as UTC; microseconds kept if any."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def parse_time(text: str) -> dt.datetime:
    """An ISO 8601 date-time as an aware UTC datetime; raises ValueError when it is not one."""
    value = dt.datetime.fromisoformat(text.strip())
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)
