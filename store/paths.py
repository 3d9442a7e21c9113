"""Where a set's store lives: ``--store``, the article folder, or the user data folder.

``BRIEFREADER_DATA_DIR`` overrides the user data folder (platformdirs'
``user_data_dir("briefreader")``); tests set it so they never touch the real one.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from platformdirs import user_data_dir

from articles.model import ArticleSet
from store.storage import JOURNAL_SUFFIX

DATA_DIR_ENV = "BRIEFREADER_DATA_DIR"
"""Environment variable naming the folder that replaces the per-user data folder."""

STORE_DIR = ".briefreader"
STORE_NAME = "store.json"


def data_dir() -> Path:
    """The per-user data folder (``$BRIEFREADER_DATA_DIR`` when set)."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override).expanduser() if override else Path(user_data_dir("briefreader"))


def folder_is_writable(folder: Path) -> bool:
    """Whether a file can really be created in ``folder`` (or it can be created).

    Tries instead of asking :func:`os.access`, which says yes to root on a
    read-only mount.
    """
    probe_dir = folder
    while not probe_dir.exists():
        if probe_dir.parent == probe_dir:
            return False
        probe_dir = probe_dir.parent
    if not probe_dir.is_dir():
        return False
    try:
        with tempfile.TemporaryFile(dir=probe_dir):
            pass
    except OSError:
        return False
    return True


def set_key(article_set: ArticleSet) -> str:
    """A stable name for the set: its root folder's path, or its article ids (the sample)."""
    if article_set.root and not article_set.is_sample:
        basis = str(Path(article_set.root).resolve())
        prefix = Path(article_set.root).resolve().name or "root"
    else:
        basis = "\n".join(sorted(article_set.ids))
        prefix = "sample" if article_set.is_sample else "set"
    digest = hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{prefix}-{digest}"


def resolve_store_path(article_set: ArticleSet, explicit: str | None) -> Path:
    """The store file for ``article_set``.

    ``explicit`` (``--store``) wins; else a store that already holds the set's work
    (:func:`existing_store`) where it can be written; else
    ``<root>/.briefreader/store.json`` when the set's folder is writable; else (a
    read-only folder, the bundled sample, no folder) ``<data dir>/stores/<set
    key>/store.json``.
    """
    if explicit:
        return Path(explicit).expanduser()
    if article_set.root and not article_set.is_sample:
        found = existing_store(article_set)
        if found is not None and folder_is_writable(found.parent):
            return found
        folder = Path(article_set.root)
        if found is None and folder.is_dir() and folder_is_writable(folder / STORE_DIR):
            return folder / STORE_DIR / STORE_NAME
    return kept_store_path(article_set)


def existing_store(article_set: ArticleSet) -> Path | None:
    """The store already kept for the set's files in a folder, if any: in the set's
    folder or the closest folder above it that has one (a subfolder of a folder
    worked on before, single files of it), up to the home folder; else in one of
    the folders given (the first folder named the store before a set of several
    folders had a folder of its own)."""
    if not article_set.root or article_set.is_sample:
        return None
    try:
        folder = Path(os.path.abspath(article_set.root))
        home = Path.home().resolve()
    except (OSError, RuntimeError):
        return None
    for candidate in (folder, *folder.parents):
        if _has_store(candidate):
            return candidate / STORE_DIR / STORE_NAME
        if candidate == home:
            break
    for given in article_set.folders:
        if _has_store(Path(given)):
            return Path(given) / STORE_DIR / STORE_NAME
    return None


def _has_store(folder: Path) -> bool:
    """Whether ``folder`` keeps a store (its file, or the journal of a first session)."""
    base = folder / STORE_DIR / STORE_NAME
    try:
        return base.exists() or base.with_name(STORE_NAME + JOURNAL_SUFFIX).exists()
    except OSError:
        return False


def kept_store_path(article_set: ArticleSet) -> Path:
    """Where the set's store is kept when its folder cannot hold it (read-only, the
    sample, no folder): ``<data dir>/stores/<set key>/store.json``."""
    return data_dir() / "stores" / set_key(article_set) / STORE_NAME


def kept_elsewhere(article_set: ArticleSet, path: Path) -> bool:
    """Whether a folder's set has its store at ``path`` in the data folder, not in the
    folder itself (the folder was read-only): the user should be told where."""
    return (
        bool(article_set.root)
        and not article_set.is_sample
        and path == kept_store_path(article_set)
    )
