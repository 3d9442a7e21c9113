"""One writer per store: an exclusive ``flock`` on ``<store>.lock``, held while open."""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path


class StoreLock:
    """A non-blocking exclusive lock on ``<store>.lock``.

    The kernel drops a ``flock`` when its process dies, so a crashed briefreader
    never leaves a stale lock behind.
    """

    def __init__(self, store_path: Path) -> None:
        self.path = store_path.with_name(store_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it.

        Raises :class:`OSError` when the lock file cannot be created (a read-only folder).
        """
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except OSError:
            os.close(fd)
            raise
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
