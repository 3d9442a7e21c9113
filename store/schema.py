"""The store's schema version and the migrations that bring older files up to it.

Version 0 is a plain TinyDB file as TinyDB's default JSONStorage writes it: no
``_meta`` table.  Each migration takes the tables of version N and returns
those of version N+1; :func:`migrate` runs them in order.  The store backs the
old file up before writing the migrated one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 1
"""The version this code writes."""

META_TABLE = "_meta"
ANNOTATIONS = "annotations"
SETTINGS = "settings"
CORRECTIONS = "corrections"
TAGS = "tags"
CLAIM_DECISIONS = "claim_decisions"
TABLE_NAMES = frozenset(
    {"_default", META_TABLE, ANNOTATIONS, SETTINGS, CORRECTIONS, TAGS, CLAIM_DECISIONS}
)
"""Every table a store file may hold (TinyDB's default one too)."""

Tables = dict[str, dict[str, Any]]


def version_of(tables: Tables) -> int:
    """The schema version recorded in ``tables`` (0 when there is none)."""
    for doc in tables.get(META_TABLE, {}).values():
        version = doc.get("schema")
        if isinstance(version, int) and not isinstance(version, bool):
            return version
    return 0


def with_version(tables: Tables, version: int) -> Tables:
    out = dict(tables)
    out[META_TABLE] = {"1": {"schema": version}}
    return out


def _v0_to_v1(tables: Tables) -> Tables:
    """Add the version; nest flat anchors; tags typed as a comma string become a list."""
    out = dict(tables)
    annotations: dict[str, Any] = {}
    for key, doc in tables.get(ANNOTATIONS, {}).items():
        doc = dict(doc)
        if "anchor" not in doc and "article_id" in doc:
            doc["anchor"] = {
                name: doc.pop(name)
                for name in ("article_id", "text_hash", "start", "end", "exact", "prefix", "suffix")
                if name in doc
            }
        if isinstance(doc.get("tags"), str):
            doc["tags"] = [t.strip() for t in doc["tags"].split(",") if t.strip()]
        doc.setdefault("note", "")
        doc.setdefault("tags", [])
        doc.setdefault("orphaned", False)
        annotations[key] = doc
    if annotations:
        out[ANNOTATIONS] = annotations
    return with_version(out, 1)


MIGRATIONS: dict[int, Callable[[Tables], Tables]] = {0: _v0_to_v1}
"""From version N (key) to N+1."""


def migrate(tables: Tables) -> Tables:
    """``tables`` brought to :data:`SCHEMA_VERSION` (raises ValueError from a newer version)."""
    version = version_of(tables)
    if version > SCHEMA_VERSION:
        raise ValueError(f"schema {version} is newer than this briefreader ({SCHEMA_VERSION})")
    while version < SCHEMA_VERSION:
        tables = MIGRATIONS[version](tables)
        version = version_of(tables)
    return tables
