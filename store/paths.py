"""Where a set's store lives: ``--store``, the article folder, or the user data folder.

``BRIEFREADER_DATA_DIR`` overrides the user data folder (platformdirs'
``user_data_dir("briefreader")``); tests set it so they never touch the real one.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import replace
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


MAX_STORE_DEPTH = 2
"""How far above the files a set's folder, or a folder keeping its store, may be: a
common folder further up (/tmp, the home folder) is no set's folder, and its store
would catch every set below it."""


def _given(article_set: ArticleSet) -> list[Path]:
    """The folders given and the folders of the files read (absolute)."""
    places = [Path(os.path.abspath(f)) for f in article_set.folders]
    places += [
        Path(os.path.abspath(a.source)).parent
        for a in article_set.articles
        if not a.source.startswith(("sample:", "test:"))
    ]
    return places


def _depth(folder: Path, place: Path) -> int:
    try:
        return len(place.relative_to(folder).parts)
    except ValueError:
        return MAX_STORE_DEPTH + 1


def root_is_close(article_set: ArticleSet) -> bool:
    """Whether the set's folder holds every folder given within MAX_STORE_DEPTH levels
    (one folder given is its own set's folder; so are files of one folder)."""
    if not article_set.root:
        return False
    root = Path(os.path.abspath(article_set.root))
    folders = [Path(os.path.abspath(f)) for f in article_set.folders]
    if folders == [root]:
        return True
    far = (p for p in _given(article_set) if _depth(root, p) > MAX_STORE_DEPTH)
    if next(far, None) is not None:
        return False
    try:
        home = Path.home().resolve()
    except (OSError, RuntimeError):
        home = None
    return root != Path(root.anchor) and (home is None or root != home or root in folders)


def set_key(article_set: ArticleSet) -> str:
    """A stable name for the set: its root folder's path (the folders given, sorted, when
    they are far apart), or its article ids (the sample)."""
    if article_set.root and not article_set.is_sample:
        root = Path(article_set.root).resolve()
        if root_is_close(article_set) or not article_set.folders:
            basis, prefix = str(root), root.name or "root"
        else:
            folders = sorted(str(Path(f).resolve()) for f in article_set.folders)
            basis, prefix = "\n".join(folders), Path(folders[0]).name or "set"
    else:
        basis = "\n".join(sorted(article_set.ids))
        prefix = "sample" if article_set.is_sample else "set"
    digest = hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{prefix}-{digest}"


def resolve_store_path(article_set: ArticleSet, explicit: str | None) -> Path:
    """The store file for ``article_set``.

    ``explicit`` (``--store``) wins; else a store that already holds the set's work
    (:func:`existing_store`) where it can be written, unless the reader kept the work
    in the data folder since (the folder was read-only then); else
    ``<root>/.briefreader/store.json`` when the set's folder is close to its files
    (:func:`root_is_close`) and writable; else (a read-only folder, folders far
    apart, the bundled sample, no folder) ``<data dir>/stores/<set key>/store.json``.
    """
    if explicit:
        return Path(explicit).expanduser()
    kept = kept_store_path(article_set)
    if article_set.root and not article_set.is_sample:
        found = existing_store(article_set)
        if found is not None and folder_is_writable(found.parent):
            if _newer(kept, found):
                return kept  # copied there while the folder was read-only: the work went on
            return found
        folder = Path(article_set.root)
        if (
            found is None
            and root_is_close(article_set)
            and folder.is_dir()
            and folder_is_writable(folder / STORE_DIR)
        ):
            return folder / STORE_DIR / STORE_NAME
    return kept


def _newer(kept: Path, found: Path) -> bool:
    """Whether the data folder's copy of a store was written after the folder's store."""
    try:
        return kept.exists() and kept.stat().st_mtime > found.stat().st_mtime
    except OSError:
        return False


def existing_store(article_set: ArticleSet) -> Path | None:
    """The store already kept for the set's files in a folder, if any: in the set's
    folder, or a folder up to MAX_STORE_DEPTH levels above it whose store holds work on
    these very files (a subfolder of a folder worked on before, single files of it);
    else in one of the folders given (the first folder named the store before a set of
    several folders had a folder of its own)."""
    if not article_set.root or article_set.is_sample:
        return None
    try:
        folder = Path(os.path.abspath(article_set.root))
        home = Path.home().resolve()
    except (OSError, RuntimeError):
        return None
    for depth, candidate in enumerate((folder, *folder.parents)):
        if depth > MAX_STORE_DEPTH:
            break
        if _has_store(candidate) and (
            (depth == 0 and root_is_close(article_set)) or _knows(candidate, article_set)
        ):
            return candidate / STORE_DIR / STORE_NAME
        if candidate == home:
            break
    for given in article_set.folders:
        if _has_store(Path(given)):
            return Path(given) / STORE_DIR / STORE_NAME
    return None


def _knows(folder: Path, article_set: ArticleSet) -> bool:
    """Whether the store kept in ``folder`` holds work on one of the set's files (an
    annotation's file or a pane's): a store above the set is its store only then."""
    try:
        import orjson

        data = orjson.loads((folder / STORE_DIR / STORE_NAME).read_bytes())
    except (OSError, ValueError):
        return False
    files = set()
    for article in article_set.articles:
        try:
            files.add(Path(os.path.abspath(article.source)).relative_to(folder).as_posix())
        except ValueError:
            continue
    if not files or not isinstance(data, dict):
        return False
    named: set[str] = set()
    for doc in (data.get("annotations") or {}).values():
        anchor = doc.get("anchor") if isinstance(doc, dict) else None
        if isinstance(anchor, dict) and isinstance(anchor.get("source"), str):
            named.add(anchor["source"])
    for doc in (data.get("settings") or {}).values():
        if isinstance(doc, dict) and doc.get("key") == "pane_articles":
            named.update(v for v in doc.get("value") or () if isinstance(v, str))
    return not files.isdisjoint(named)


def rooted(article_set: ArticleSet, store_path: Path | None) -> ArticleSet:
    """``article_set`` with the folder of its store as its root, when that folder holds
    the set's own (a subfolder or files opened on their own): the set's files are then
    named as the store names them, whichever part of the folder is opened."""
    if store_path is None or article_set.root is None or article_set.is_sample:
        return article_set
    store_path = Path(store_path)
    if store_path.parent.name != STORE_DIR:
        return article_set  # --store elsewhere, or the data folder: the set's own root
    folder = Path(os.path.abspath(store_path.parent.parent))
    root = Path(os.path.abspath(article_set.root))
    if folder == root or folder not in root.parents:
        return article_set
    # the same form as the root given (relative paths stay relative), as files are named
    new_root = str(folder) if os.path.isabs(article_set.root) else os.path.relpath(folder)
    return replace(article_set, root=new_root)


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


def _has_store(folder: Path) -> bool:
    """Whether ``folder`` keeps a store (its file, or the journal of a first session)."""
    base = folder / STORE_DIR / STORE_NAME
    try:
        return base.exists() or base.with_name(STORE_NAME + JOURNAL_SUFFIX).exists()
    except OSError:
        return False
