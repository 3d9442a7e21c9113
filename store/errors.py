"""What can go wrong when opening or writing a store, as exceptions with user-facing messages."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Any store problem; ``str(error)`` is a one-line message for the user."""


class StoreCorrupt(StoreError):
    """The store file could not be parsed.

    ``moved_to`` is where the broken file was moved (never overwritten), or
    None when it could not be moved (a read-only folder).
    """

    def __init__(
        self,
        path: Path,
        moved_to: Path | None,
        reason: str = "",
        journal_moved_to: Path | None = None,
    ) -> None:
        self.path = path
        self.moved_to = moved_to
        self.reason = reason
        self.journal_moved_to = journal_moved_to
        """Where its journal was moved with it (None: it had none, or it stayed)."""
        where = f"moved to {moved_to}" if moved_to else "left in place"
        detail = f" ({reason})" if reason else ""
        super().__init__(f"store {path} is corrupt{detail}: {where}")


class StoreLocked(StoreError):
    """Another briefreader has the store open for writing."""


class StoreReadOnly(StoreError):
    """A change was asked of a store opened read-only; nothing was written."""
