"""The store: everything briefreader remembers about an article set, behind a domain API.

Only this package touches TinyDB; callers give and get domain objects
(:class:`~articles.annotation.Annotation`, :class:`~store.tags.TagInfo`, plain
JSON values), never documents.

Durability promise: **when a method that changes the store returns, the change
is on disk** (see :mod:`store.storage`: one fsync'd journal record per change,
the main file only ever replaced atomically).  A crash, a kill or a power cut
after that point loses nothing the user saw saved.

One writer: the store takes an exclusive lock (``store.json.lock``); a second
briefreader on the same store opens it read-only and says so in
:attr:`Store.notice`.  Changes to a read-only store raise
:class:`~store.errors.StoreReadOnly` and write nothing.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import datetime as dt
import os
import re
import shutil
import threading
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import orjson
from tinydb import TinyDB, where
from tinydb.storages import MemoryStorage, Storage
from tinydb.table import Table

from articles.annotation import Anchor, Annotation, new_id, now, spaced_words
from articles.model import Article, ArticleSet
from store import schema
from store.convert import annotation_from_doc, annotation_to_doc, date_from_doc, date_to_doc
from store.errors import StoreCorrupt, StoreError, StoreReadOnly
from store.lock import StoreLock
from store.storage import (
    JournalStorage,
    StorageCorrupt,
    StorageReadOnly,
    TrackingTable,
    real_path,
    salvage_tables,
)
from store.tags import TagInfo, default_colour, distinct_colours, rename_in

OnCorrupt = Literal["fail", "fresh", "readonly"]

UNDO_DEPTH = 100
"""How many annotation changes :meth:`Store.undo_last` can step back through."""


class _TinyDB(TinyDB):
    """TinyDB with tables that report exactly which documents a write changed."""

    table_class = TrackingTable


@dataclass(frozen=True, slots=True)
class _Change:
    """One undoable user action: annotations before and after (None: absent)."""

    description: str
    pairs: tuple[tuple[Annotation | None, Annotation | None], ...]
    decision: str | None = None
    """The id of a claim decision this action recorded (undo forgets it)."""


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _salvaged(path: Path, journal_path: Path) -> schema.Tables:
    """The documents a damaged store file (and its journal) still hold, in the current
    schema; empty when nothing can be read."""
    try:
        raw = path.read_bytes()
    except OSError:
        return {}
    journal = b""
    with contextlib.suppress(OSError):
        journal = journal_path.read_bytes()
    tables = salvage_tables(raw, journal)
    if schema.META_TABLE in tables and schema.version_of(tables) < schema.SCHEMA_VERSION:
        try:
            tables = schema.migrate(tables)
        except Exception:  # a salvage is a best effort
            return {}
    return tables


def _free_name(path: Path, suffix: str) -> Path:
    candidate = path.with_name(f"{path.name}.{suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.{suffix}-{n}")
        n += 1
    return candidate


class Store:
    """An open store; build it with :meth:`open` or :meth:`memory`."""

    path: Path | None
    """The store file, links followed (None for an in-memory store)."""
    read_only: bool
    """True when changes are refused (locked by another instance, read-only folder, ...)."""
    notice: str | None
    """What the user should be told about how the store was opened, or None."""

    def __init__(
        self,
        storage: Storage | type[Storage],
        *,
        path: Path | None,
        read_only: bool,
        notice: str | None = None,
        lock: StoreLock | None = None,
    ) -> None:
        self.path = path
        self.read_only = read_only
        self.notice = notice
        self._lock = lock
        self._mutex = threading.RLock()
        factory = storage if isinstance(storage, type) else (lambda *_a, **_k: storage)
        self._db = _TinyDB(storage=factory)
        self._storage = self._db.storage
        self._undo: list[_Change] = []
        self._annotations: dict[str, Annotation] = {}
        self._doc_ids: dict[str, int] = {}
        self.unreadable = 0
        """Annotation records in the file that cannot be read (edited by hand): left as
        they are, and said in :attr:`notice`."""
        self._load_annotations()
        if self.unreadable:
            said = (
                f"{self.unreadable} annotation record(s) in the store cannot be read "
                "(a field was changed by hand): they are left in the file as they are"
            )
            self.notice = f"{notice}; {said}" if notice else said
        if not read_only and schema.version_of(self._tables()) != schema.SCHEMA_VERSION:
            try:
                self._db.table(schema.META_TABLE).insert({"schema": schema.SCHEMA_VERSION})
            except OSError as error:
                # a full disk: the articles still open, and nothing pretends to be saved
                self._become_read_only(
                    f"cannot write store {path}: {error.strerror or error}: opened read-only, "
                    "so nothing can be saved (make room, then open the set again)"
                )

    def _become_read_only(self, reason: str) -> None:
        self.read_only = True
        if hasattr(self._storage, "read_only"):
            self._storage.read_only = True
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self.notice = f"{self.notice}; {reason}" if self.notice else reason

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def memory(cls) -> Store:
        """An empty in-memory store (tests): nothing is written anywhere."""
        return cls(MemoryStorage, path=None, read_only=False)

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, on_corrupt: OnCorrupt = "fail") -> Store:
        """Open (or create) the store at ``path``, or at the file a link there leads to.

        Never raises for a locked store or a read-only folder: it opens
        read-only and says why in :attr:`notice`.  A corrupt file is moved aside
        (never overwritten) and then, by ``on_corrupt``: ``"fail"`` raises
        :class:`StoreCorrupt`; ``"fresh"`` starts an empty store;
        ``"readonly"`` opens an empty read-only store.  An older schema is
        migrated after a backup copy of the file; a newer one opens read-only.
        Raises :class:`StoreError` for a store file that cannot be read (with
        ``on_corrupt="fail"``).
        """
        path = Path(path).expanduser()
        try:
            # Links followed once, here: saves, the journal, the lock and the copies
            # moved aside all go next to the real file, and two links to one store
            # take the same lock.
            path = real_path(path)
        except OSError as error:
            raise StoreError(f"cannot open store {path}: {error.strerror or error}") from None
        foreign = _foreign(path)
        if foreign:
            # "--store notes.txt": someone's file, not a broken store; never touch it
            raise StoreError(
                f"{path} is not a briefreader store ({foreign}); it was left as it "
                "is: choose another store file (e.g. --store notes.json)"
            )
        notices: list[str] = []
        lock: StoreLock | None = None
        if not read_only:
            lock = StoreLock(path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                acquired = lock.acquire()
            except OSError as error:
                acquired = False
                notices.append(
                    f"cannot write to {path.parent} ({error.strerror}): opened read-only"
                )
            else:
                if not acquired:
                    notices.append("another briefreader has this store open: opened read-only")
            if not acquired:
                lock = None
                read_only = True
        try:
            return cls._open_locked(path, read_only, on_corrupt, notices, lock)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def _open_locked(
        cls,
        path: Path,
        read_only: bool,
        on_corrupt: OnCorrupt,
        notices: list[str],
        lock: StoreLock | None,
    ) -> Store:
        try:
            storage = JournalStorage(path, read_only=read_only)
        except StorageCorrupt as error:
            return cls._corrupt(path, str(error), read_only, on_corrupt, notices, lock)
        except OSError as error:
            message = f"cannot read store {path}: {error.strerror or error}"
            if on_corrupt == "fail":
                raise StoreError(message) from None
            if lock is not None:
                lock.release()
            notices.append(f"{message}: opened an empty read-only store")
            return cls(MemoryStorage, path=path, read_only=True, notice="; ".join(notices))
        if storage.journal_damaged:
            kept = storage.journal_kept
            kept_note = f"; the journal was kept as {kept}" if kept else ""
            notices.append(
                f"{storage.journal_damaged} damaged record(s) of the store's journal were skipped "
                f"(those changes are lost; every intact change after them was kept){kept_note}"
            )
        tables = storage.read() or {}
        version = schema.version_of(tables)
        if version > schema.SCHEMA_VERSION:
            notices.append(
                f"store {path} was written by a newer briefreader (schema {version}): "
                "opened read-only"
            )
            storage.read_only = True
            read_only = True
            if lock is not None:
                lock.release()
                lock = None
        elif version < schema.SCHEMA_VERSION and tables:
            migrated = schema.migrate(tables)
            if read_only:
                storage.replace_all(migrated, persist=False)
            else:
                backup = _free_name(path, f"v{version}-backup-{_stamp()}")
                try:
                    shutil.copy2(path, backup)
                    with open(backup, "rb") as handle:
                        os.fsync(handle.fileno())
                    storage.replace_all(migrated)
                except OSError as error:
                    storage.close()
                    raise StoreError(f"cannot upgrade store {path}: {error.strerror}") from None
                notices.append(f"store upgraded from schema {version} (backup: {backup})")
        return cls(
            storage,
            path=path,
            read_only=read_only,
            notice="; ".join(notices) or None,
            lock=lock,
        )

    @classmethod
    def _corrupt(
        cls,
        path: Path,
        reason: str,
        read_only: bool,
        on_corrupt: OnCorrupt,
        notices: list[str],
        lock: StoreLock | None,
    ) -> Store:
        moved_to: Path | None = None
        journal = path.with_name(path.name + ".journal")
        if lock is not None:
            stamp = _stamp()
            try:
                moved_to = _free_name(path, f"corrupt-{stamp}")
                os.replace(path, moved_to)
                if journal.exists():
                    journal_to = _free_name(journal, f"corrupt-{stamp}")
                    os.replace(journal, journal_to)
                    journal = journal_to
            except OSError:
                moved_to = None
        journal_moved = journal if journal.name != path.name + ".journal" else None
        error = StoreCorrupt(path, moved_to, reason, journal_moved)
        if on_corrupt == "fail":
            raise error
        if on_corrupt == "fresh" and moved_to is not None and not read_only:
            notices.append(f"{error}; started a fresh store")
            return cls._open_locked(path, False, "fail", notices, lock)
        if lock is not None:
            lock.release()
        return cls.salvaged(path, error, notices)

    @classmethod
    def unopened(cls, path: Path, reason: str) -> Store:
        """An empty read-only stand-in for a store that cannot be opened (``reason``
        says why): the articles can still be read, nothing is written anywhere."""
        return cls(MemoryStorage, path=path, read_only=True, notice=reason)

    @classmethod
    def salvaged(cls, path: Path, error: StoreCorrupt, notices: Sequence[str] = ()) -> Store:
        """A read-only store of what the damaged file of ``error`` (and its journal) still
        hold whole: to read and export, not to build on (a fresh store is for new work)."""
        damaged = error.moved_to or path
        journal = error.journal_moved_to or damaged.with_name(damaged.name + ".journal")
        salvaged = _salvaged(damaged, journal)
        found = len(salvaged.get(schema.ANNOTATIONS, {}))
        said = list(notices)
        if not found:
            said.append(f"{error}; opened an empty read-only store")
            return cls(MemoryStorage, path=path, read_only=True, notice="; ".join(said))
        memory = MemoryStorage()
        memory.write(salvaged)
        said.append(
            f"{error}; opened read-only with the {found} annotation(s) still readable in it "
            "(export them to keep them)"
        )
        return cls(memory, path=path, read_only=True, notice="; ".join(said))

    def close(self) -> None:
        """Fold the journal into the main file and release the lock.  Safe to call twice."""
        with self._mutex:
            with contextlib.suppress(OSError):
                self._db.close()
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- internals -----------------------------------------------------------------------------

    def _tables(self) -> dict[str, dict[str, Any]]:
        return self._storage.read() or {}

    def _table(self, name: str) -> Table:
        return self._db.table(name)

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreReadOnly(
                f"store {self.path} is open read-only: not saved"
                + (f" ({self.notice})" if self.notice else "")
            )

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """Hold the mutex, refuse in read-only mode, and make the writes inside one record.

        All or nothing: when the record cannot be written the storage undoes the
        changes in memory and the store's own caches are rebuilt from it.
        """
        with self._mutex:
            self._check_writable()
            batch = getattr(self._storage, "batch", None)
            undo = list(self._undo)
            try:
                with batch() if batch is not None else contextlib.nullcontext():
                    yield
            except BaseException as error:
                self._undo = undo
                self._reload()
                if isinstance(error, StorageReadOnly):
                    raise StoreReadOnly(str(error)) from None
                if isinstance(error, OSError):
                    raise StoreError(
                        f"could not write store {self.path}: {error.strerror or error}"
                    ) from None
                raise

    def _reload(self) -> None:
        """Rebuild caches from the storage (after a failed write was rolled back)."""
        for name in self._db.tables():
            self._db.table(name).clear_cache()
        self._annotations.clear()
        self._doc_ids.clear()
        self._load_annotations()

    def _load_annotations(self) -> None:
        self.unreadable = 0
        for doc in self._table(schema.ANNOTATIONS).all():
            annotation = annotation_from_doc(doc)
            if annotation is None:
                self.unreadable += 1
                continue
            self._annotations[annotation.id] = annotation
            self._doc_ids[annotation.id] = doc.doc_id

    def _put(self, annotation: Annotation) -> None:
        doc = annotation_to_doc(annotation)
        table = self._table(schema.ANNOTATIONS)
        doc_id = self._doc_ids.get(annotation.id)
        if doc_id is None:
            self._doc_ids[annotation.id] = table.insert(doc)
        else:

            def replace(stored: MutableMapping[str, Any]) -> None:
                stored.clear()
                stored.update(doc)

            table.update(replace, doc_ids=[doc_id])
        self._annotations[annotation.id] = annotation

    def _drop(self, annotation_id: str) -> Annotation | None:
        doc_id = self._doc_ids.pop(annotation_id, None)
        if doc_id is not None:
            self._table(schema.ANNOTATIONS).remove(doc_ids=[doc_id])
        return self._annotations.pop(annotation_id, None)

    def _record(
        self, description: str, pairs: list[tuple[Annotation | None, Annotation | None]]
    ) -> None:
        if pairs:
            self._undo.append(_Change(description, tuple(pairs)))
            del self._undo[:-UNDO_DEPTH]

    # -- settings and pane state ---------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        """The JSON value stored under ``key``, or ``default``."""
        with self._mutex:
            doc = self._table(schema.SETTINGS).get(where("key") == key)
            return default if doc is None else doc.get("value", default)

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON value (raises ValueError for anything JSON cannot hold)."""
        try:
            value = orjson.loads(orjson.dumps(value))
        except TypeError as error:
            raise ValueError(f"setting {key!r} is not JSON: {error}") from None
        with self._writing():
            self._table(schema.SETTINGS).upsert({"key": key, "value": value}, where("key") == key)

    def pane_articles(self, article_set: ArticleSet | None = None) -> list[str]:
        """The articles in the panes, left to right, as last saved: their ids in
        ``article_set`` (saved by file, so a same-named file joining the set does
        not shift them); without a set, as stored."""
        value = self.setting("pane_articles", [])
        saved = [str(v) for v in value] if isinstance(value, list) else []
        if article_set is None:
            return saved
        by_place = {place: aid for aid, place in article_set.places().items()}
        # (files, or ids as stores saved them before files were kept)
        return [by_place.get(v, v) for v in saved]

    def set_pane_articles(self, ids: Sequence[str], article_set: ArticleSet | None = None) -> None:
        """Save which article is in which pane: by file when ``article_set`` is given."""
        saved = []
        for article_id in ids:
            article = article_set.by_id(str(article_id)) if article_set is not None else None
            saved.append(article_set.place(article) if article_set and article else str(article_id))
        self.set_setting("pane_articles", saved)

    # -- metadata corrections ------------------------------------------------------------------

    def correct_metadata(
        self,
        article_id: str,
        *,
        source: str = "",
        headline: str | None = None,
        outlet: str | None = None,
        date: dt.date | None = None,
    ) -> None:
        """Record the user's headline / outlet / date for an article (None: leave as is).

        ``source`` is the article's file (:meth:`ArticleSet.place`): it names the
        article when another file with its name joins the set and ids shift.
        """
        fields: dict[str, Any] = {"article_id": article_id}
        if source:
            fields["source"] = source
        if headline is not None:
            fields["headline"] = headline
        if outlet is not None:
            fields["outlet"] = outlet
        if date is not None:
            fields["date"] = date_to_doc(date)
        key = where("source") == source if source else where("article_id") == article_id
        with self._writing():
            self._table(schema.CORRECTIONS).upsert(fields, key)

    def clear_corrections(self, article_id: str, source: str = "") -> None:
        """Forget every correction of an article (by its file when given)."""
        key = where("source") == source if source else where("article_id") == article_id
        with self._writing():
            self._table(schema.CORRECTIONS).remove(key)

    def corrections(self, article_set: ArticleSet | None = None) -> dict[str, dict[str, Any]]:
        """Article id -> the corrected fields (``headline``, ``outlet``, ``date`` as a date).

        With ``article_set``, a correction made on a file goes to the article of that
        file, and to none while the file is not open (its id may name another file).
        """
        by_place = (
            {place: aid for aid, place in article_set.places().items()} if article_set else {}
        )
        with self._mutex:
            out: dict[str, dict[str, Any]] = {}
            for doc in self._table(schema.CORRECTIONS).all():
                fields: dict[str, Any] = {}
                if isinstance(doc.get("headline"), str):
                    fields["headline"] = doc["headline"]
                if isinstance(doc.get("outlet"), str):
                    fields["outlet"] = doc["outlet"]
                day = date_from_doc(doc.get("date"))
                if day is not None:
                    fields["date"] = day
                target = doc.get("article_id")
                source = doc.get("source")
                if article_set is not None and isinstance(source, str) and source:
                    target = by_place.get(source)
                if fields and isinstance(target, str):
                    out[target] = fields
            return out

    def apply_corrections(self, article_set: ArticleSet) -> ArticleSet:
        """``article_set`` with every corrected article's metadata replaced."""
        corrections = self.corrections(article_set)
        if not corrections:
            return article_set
        articles = tuple(
            dataclasses.replace(a, meta=dataclasses.replace(a.meta, **corrections[a.id]))
            if a.id in corrections
            else a
            for a in article_set.articles
        )
        return dataclasses.replace(article_set, articles=articles)

    # -- annotations ---------------------------------------------------------------------------

    def annotations(self, article_id: str | None = None) -> list[Annotation]:
        """Annotations (of one article, or all), by article then position."""
        with self._mutex:
            found = [
                a
                for a in self._annotations.values()
                if article_id is None or a.anchor.article_id == article_id
            ]
        return sorted(
            found, key=lambda a: (a.anchor.article_id, a.anchor.start, a.anchor.end, a.id)
        )

    def annotation(self, annotation_id: str) -> Annotation | None:
        with self._mutex:
            return self._annotations.get(annotation_id)

    def files_gone(self, article_set: ArticleSet) -> list[str]:
        """The files named by annotations that are neither open nor on disk any more
        (in the set's folder or the store's): deleted or moved away, not merely left
        out of the folders opened.  Their annotations are kept, placed again when the
        files come back."""
        if article_set.root is None or article_set.is_sample:
            return []
        open_places = set(article_set.places().values())
        folders = [Path(article_set.root)]
        if self.path is not None:
            folders.append(Path(self.path).parent.parent)  # <folder>/.briefreader/store.json
        gone: list[str] = []
        for annotation in self.annotations():
            source = annotation.anchor.source
            if not source or source in open_places or source in gone:
                continue
            if _named_elsewhere(source, open_places):
                continue
            try:
                there = any((folder / source).exists() for folder in folders)
            except OSError:
                there = True  # cannot tell: say nothing
            if not there:
                gone.append(source)
        return gone

    def save_annotation(self, annotation: Annotation) -> None:
        """Insert or replace (by id) an annotation; on disk when this returns.  Undoable."""
        with self._writing():
            before = self._annotations.get(annotation.id)
            self._put(annotation)
            self._record(
                "edit of annotation" if before else "new annotation", [(before, annotation)]
            )

    def save_annotations(self, annotations: Iterable[Annotation]) -> int:
        """Insert or replace many annotations in one durable write (imports); how many were new.

        All or nothing: on disk together when this returns.  Undoable as one step.
        """
        with self._writing():
            pairs: list[tuple[Annotation | None, Annotation | None]] = []
            new = 0
            for annotation in annotations:
                before = self._annotations.get(annotation.id)
                new += before is None
                self._put(annotation)
                pairs.append((before, annotation))
            self._record(f"import of {len(pairs)} annotations", pairs)
        return new

    def delete_annotation(self, annotation_id: str) -> Annotation | None:
        """Remove an annotation; the removed one, or None when there was none.  Undoable."""
        with self._writing():
            removed = self._drop(annotation_id)
            if removed is not None:
                self._record("deletion of annotation", [(removed, None)])
            return removed

    def undo_last(self) -> str | None:
        """Revert the last annotation change (save, delete, tag rename or merge).

        Returns what was undone (``"undid new annotation"``), or None when there
        is nothing to undo.
        """
        with self._writing():
            if not self._undo:
                return None
            change = self._undo.pop()
            if change.decision is not None:
                self._table(schema.CLAIM_DECISIONS).remove(where("id") == change.decision)
            for before, after in reversed(change.pairs):
                if before is None:
                    if after is not None:
                        self._drop(after.id)
                else:
                    self._put(before)
            return f"undid {change.description}"

    def undo_touches(self) -> list[Annotation]:
        """The annotations the next :meth:`undo_last` would change, as they are now (or
        were, for a deleted one): where the reader should show the undo."""
        with self._mutex:
            if not self._undo:
                return []
            return [a for pair in self._undo[-1].pairs for a in (pair[1] or pair[0],) if a]

    def reanchor(self, article_set: ArticleSet) -> list[Annotation]:
        """Place the set's annotations in today's texts; the orphans of the set.

        Each annotation finds its article (see :func:`_article_of`: its file, or
        the text it was made on when ids have shifted) and, when that text
        changed, its passage again.  One whose words changed keeps the words as
        annotated (``reworded_from``); one that cannot be placed is kept,
        flagged ``orphaned`` (its old anchor kept for a later try), never
        dropped.  Returns the set's orphaned annotations.
        """
        with self._mutex:
            articles = {a.id: a for a in article_set.articles}
            places = {article_set.place(a): a for a in article_set.articles}
            by_hash: dict[str, list[Article]] = {}
            for article in article_set.articles:
                by_hash.setdefault(article.content_hash, []).append(article)
            updates: list[Annotation] = []
            for annotation in self._annotations.values():
                placed = _placed_in(annotation, articles, places, by_hash, article_set)
                if placed is not None and placed != annotation:
                    updates.append(placed)
            if updates and not self.read_only:
                with self._writing():
                    for annotation in updates:
                        self._put(annotation)
            elif updates:
                for annotation in updates:
                    self._annotations[annotation.id] = annotation
            return [a for a in self.annotations() if a.orphaned and a.anchor.article_id in articles]

    def reworded(self, article_set: ArticleSet) -> list[Annotation]:
        """The set's annotations whose passage the article has reworded since (see
        :meth:`reanchor`)."""
        ids = set(article_set.ids)
        return [a for a in self.annotations() if a.reworded_from and a.anchor.article_id in ids]

    # -- tags ----------------------------------------------------------------------------------

    def _colours(self) -> dict[str, str]:
        return {
            doc["name"]: doc["colour"]
            for doc in self._table(schema.TAGS).all()
            if isinstance(doc.get("name"), str) and isinstance(doc.get("colour"), str)
        }

    def tags(self) -> list[TagInfo]:
        """Every tag in use, by name, with its colour (set, or the default) and count."""
        with self._mutex:
            counts: dict[str, int] = {}
            # in the order the tags were first used: an older tag keeps its colour
            for annotation in sorted(self._annotations.values(), key=lambda a: a.created):
                for tag in annotation.tags:
                    counts[tag] = counts.get(tag, 0) + 1
            colours = self._colours()
        chosen = distinct_colours(list(counts), colours)
        return [TagInfo(name, chosen[name], count) for name, count in sorted(counts.items())]

    def tag_colour(self, tag: str) -> str:
        found = next((t.colour for t in self.tags() if t.name == tag), None)
        if found is not None:
            return found
        with self._mutex:
            return self._colours().get(tag) or default_colour(tag)

    def set_tag_colour(self, tag: str, colour: str) -> None:
        """Give ``tag`` a colour (``#rrggbb`` or a colour name the TUI understands)."""
        colour = colour.strip()
        if not tag or not colour:
            raise ValueError("a tag and a colour are needed")
        with self._writing():
            self._table(schema.TAGS).upsert({"name": tag, "colour": colour}, where("name") == tag)

    def _retag(self, old: str, new: str, description: str) -> int:
        old, new = old.strip(), new.strip()
        if not old or not new:
            raise ValueError("tag names cannot be empty")
        if old == new:
            return 0
        with self._writing():
            stamp = now()
            pairs: list[tuple[Annotation | None, Annotation | None]] = []
            for annotation in list(self._annotations.values()):
                tags = rename_in(annotation.tags, old, new)
                if tags != annotation.tags:
                    after = dataclasses.replace(annotation, tags=tags, modified=stamp)
                    self._put(after)
                    pairs.append((annotation, after))
            colours = self._colours()
            table = self._table(schema.TAGS)
            for name, colour in colours.items():
                if name == old or name.startswith(old + "/"):
                    target = rename_in((name,), old, new)[0]
                    table.remove(where("name") == name)
                    if target not in colours and description.startswith("rename"):
                        table.upsert({"name": target, "colour": colour}, where("name") == target)
            self._record(description, pairs)
            return len(pairs)

    def rename_tag(self, old: str, new: str) -> int:
        """Rename a tag (and its ``old/...`` children) everywhere; how many annotations changed."""
        return self._retag(old, new, f"rename of tag {old} to {new}")

    def merge_tags(self, source: str, target: str) -> int:
        """Fold ``source`` (and its children) into ``target``; how many annotations changed."""
        return self._retag(source, target, f"merge of tag {source} into {target}")

    # -- claim decisions -----------------------------------------------------------------------

    def claim_decisions(self) -> list[dict[str, Any]]:
        """Every recorded claim decision (plain JSON dicts, each with an ``id``), oldest first."""
        with self._mutex:
            return [dict(doc) for doc in self._table(schema.CLAIM_DECISIONS).all()]

    def record_claim_decision(self, decision: dict[str, Any], *, undoable: str = "") -> str:
        """Store a decision (replacing one with the same ``id``; one is made if absent); its id.

        With ``undoable`` (what to call it: "claim rejected"), :meth:`undo_last`
        forgets a new decision again.
        """
        try:
            doc: dict[str, Any] = orjson.loads(orjson.dumps(decision))
        except TypeError as error:
            raise ValueError(f"claim decision is not JSON: {error}") from None
        if not isinstance(doc, dict):
            raise ValueError("a claim decision must be a dict")
        doc.setdefault("id", new_id())
        ident = str(doc["id"])
        with self._writing():
            table = self._table(schema.CLAIM_DECISIONS)
            existing = table.get(where("id") == ident)
            if existing is None:
                table.insert(doc)
                if undoable:
                    self._undo.append(_Change(undoable, (), decision=ident))
                    del self._undo[:-UNDO_DEPTH]
            else:

                def replace(stored: MutableMapping[str, Any]) -> None:
                    stored.clear()
                    stored.update(doc)

                table.update(replace, doc_ids=[existing.doc_id])
        return ident

    def remove_claim_decision(self, decision_id: str) -> bool:
        """Forget a decision; whether there was one."""
        with self._writing():
            return bool(self._table(schema.CLAIM_DECISIONS).remove(where("id") == decision_id))


def _named_elsewhere(source: str, places: Iterable[str]) -> bool:
    """Whether an open file is ``source`` named from another folder (see _same_file)."""
    return any(place.endswith("/" + source) or source.endswith("/" + place) for place in places)


def _article_of(
    anchor: Anchor,
    articles: dict[str, Article],
    places: dict[str, Article],
    by_hash: dict[str, list[Article]],
) -> Article | None:
    """The open article an anchor belongs to, or None when it is not open.

    Its file first (the id of a file shifts when another file with its name
    joins the set: "story" becomes "story-2"); when its file is not open, only
    an article holding the very text it was made on (the file moved or
    renamed), else none.  An anchor from before files were recorded: its id
    while the text is the one it was made on; then the article holding that
    very text (its id now names another file); then its id, whose text has
    changed.
    """
    if anchor.source and anchor.source in places:
        return places[anchor.source]
    if anchor.source:
        moved = _same_file(anchor.source, places)
        if moved is not None:
            return moved
        # its file is not open (removed, moved, or only part of the set opened): only
        # the very text it was made on, under another name, is where it belongs; an
        # outlet's copy that prints the same words is another article
        twins = by_hash.get(anchor.text_hash)
        return twins[0] if twins else None
    same = articles.get(anchor.article_id)
    if same is not None and same.content_hash == anchor.text_hash:
        return same
    twins = by_hash.get(anchor.text_hash)
    if twins:
        return same if same in twins else twins[0]
    return same


def _same_file(source: str, places: dict[str, Article]) -> Article | None:
    """The open article whose file is ``source`` named from another folder: one name
    ends with the other ("ic/000_bbc.txt" saved when the set's folder was the one
    above, "000_bbc.txt" now that ``ic`` is opened alone, or the other way round).
    Only when one file answers."""
    name = source.rsplit("/", 1)[-1]
    found = [
        article
        for place, article in places.items()
        if place.rsplit("/", 1)[-1] == name and _named_elsewhere(source, (place,))
    ]
    return found[0] if len(found) == 1 else None


def _placed_in(
    annotation: Annotation,
    articles: dict[str, Article],
    places: dict[str, Article],
    by_hash: dict[str, list[Article]],
    article_set: ArticleSet,
) -> Annotation | None:
    """``annotation`` placed in its article of ``articles``, or None when not open."""
    anchor = annotation.anchor
    article = _article_of(anchor, articles, places, by_hash)
    if article is None:
        if anchor.source and anchor.article_id in articles:
            # its file is not open, and its old id now names another article: named by
            # its file until that is open again, so no article takes it for its own
            return dataclasses.replace(annotation, anchor=dataclasses.replace(
                anchor, article_id=anchor.source
            ))  # fmt: skip
        return None
    anchor = dataclasses.replace(anchor, article_id=article.id, source=article_set.place(article))
    if (
        anchor.text_hash == article.content_hash
        and article.text[anchor.start : anchor.end] == anchor.exact
    ):
        # (the same text, and the passage where the offsets say: a record edited by
        # hand, or another tool's copying the hash, is searched for like any other)
        return dataclasses.replace(annotation, anchor=anchor, orphaned=False)
    # Imported only when a text changed (rapidfuzz): not on every launch.
    from articles.anchoring import reanchor as reanchor_anchor

    found = reanchor_anchor(anchor, article.text, article.content_hash)
    if found is None:
        return dataclasses.replace(annotation, anchor=anchor, orphaned=True)
    original = annotation.reworded_from or annotation.anchor.exact
    reworded = "" if spaced_words(found.exact) == spaced_words(original) else original
    return dataclasses.replace(annotation, anchor=found, orphaned=False, reworded_from=reworded)


_STORE_HEAD_RE = re.compile(
    rb'\s*\{\s*"(?:' + b"|".join(n.encode() for n in sorted(schema.TABLE_NAMES)) + rb')"\s*:\s*\{'
)
"""How a store file opens: its first table's name, then that table's object."""


def _foreign(path: Path) -> str | None:
    """Why ``path`` is a file that was never a store, or None when it may be one.

    A store (even a truncated one) opens with "{"; one that reads as JSON is an
    object of tables, each an object of documents.  Anything else that reads
    whole (an export, another tool's settings) is someone else's file: never
    moved aside as a broken store.  A file named ``.json`` that does not read
    whole may be a store cut short: not foreign.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(256)
            if _STORE_HEAD_RE.match(head):
                return None  # opens with one of a store's tables: no need to read on
            raw = (head + handle.read()).removeprefix(codecs.BOM_UTF8)
    except OSError:
        return None
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        # not whole: a store cut short or broken (named .json, or opening like one),
        # else someone's text
        if path.suffix.lower() == ".json" or raw.lstrip().startswith(b"{"):
            return None
        return "it holds no JSON"
    if not isinstance(data, dict) or any(
        name not in schema.TABLE_NAMES or not isinstance(table, dict)
        for name, table in data.items()
    ):
        return "it holds JSON that is not a store's: an export, or another tool's file"
    return None
