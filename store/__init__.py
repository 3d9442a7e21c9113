"""Persistence for briefreader: the only package that uses TinyDB.

:class:`Store` hands out domain objects; :func:`resolve_store_path` says where
a set's store lives.  The durability promise is in :mod:`store.db`.
"""

from __future__ import annotations

from store.db import Store
from store.errors import StoreCorrupt, StoreError, StoreLocked, StoreReadOnly
from store.paths import DATA_DIR_ENV, data_dir, resolve_store_path
from store.tags import TagInfo

__all__ = [
    "DATA_DIR_ENV",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreLocked",
    "StoreReadOnly",
    "TagInfo",
    "data_dir",
    "resolve_store_path",
]
