"""Files of derived data in one folder: atomic writes, misses instead of errors, pruning.

The base of the analysis and ingestion caches.  An entry is one file
``<folder>/<prefix><key>.json``.  Writes go to a temporary file that replaces
the entry (``os.replace``) but are not synced: a cache lost in a crash is only
recomputed.  An unreadable entry is a miss; the oldest entries of a prefix are
deleted beyond :data:`MAX_ENTRIES`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from functools import cache
from pathlib import Path

import articles

MAX_ENTRIES = 16
"""Entries kept per prefix; older ones (by modification time) are deleted after a write."""


def source_hash(folder: Path) -> str:
    """A hash of the Python source under ``folder``, subpackages included (names and bytes)."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.py")):
        digest.update(path.relative_to(folder).as_posix().encode())
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    return digest.hexdigest()


@cache
def code_version() -> str:
    """A hash of the ``articles`` package's source: any analysis change gives new keys."""
    return source_hash(Path(articles.__file__).parent)


class FileCache:
    """Entries named ``<prefix><key>.json`` in ``folder`` (created on the first write)."""

    prefix = "entry-"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        """Where the entries live."""

    def path_for(self, key: str) -> Path:
        return self.folder / f"{self.prefix}{key}.json"

    def _read_bytes(self, key: str) -> bytes | None:
        """The entry's bytes, or None; a read marks it recently used (it survives pruning)."""
        path = self.path_for(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        with contextlib.suppress(OSError):
            os.utime(path)
        return data

    def _write(self, key: str, data: bytes) -> bool:
        """Write the entry atomically; False (and nothing raised) when it cannot."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.prefix}", suffix=".tmp", dir=self.folder)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.replace(tmp, self.path_for(key))
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError:
            return False
        self._prune()
        return True

    def _prune(self) -> None:
        """Delete the oldest entries beyond :data:`MAX_ENTRIES` (best effort)."""
        try:
            entries = sorted(
                self.folder.glob(f"{self.prefix}*.json"),
                key=lambda p: p.stat().st_mtime,
                reverse=True,
            )
            for old in entries[MAX_ENTRIES:]:
                old.unlink(missing_ok=True)
        except OSError:
            return
