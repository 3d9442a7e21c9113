"""A durable, crash-safe TinyDB storage: an orjson main file plus an append-only journal.

The promise
-----------
**When a write to the store returns, the change is on disk.**  Every TinyDB write
is turned into one journal record (the documents it changed, never the whole
database), appended to ``<store>.journal`` and ``fdatasync``-ed before
:meth:`JournalStorage.write` returns.  A process killed at any instant (SIGKILL,
power loss after the sync) loses nothing it was told was saved.

Why a journal: TinyDB hands a storage the *whole* database on every write.
Rewriting a 10,000-annotation file atomically with orjson takes about 7 ms
here (serialise, fsync, rename, fsync of the folder), over the 5 ms budget for
saving one annotation; appending the one changed document and syncing it takes
a fraction of a millisecond.

Files
-----
``store.json``
    The main file: a plain TinyDB JSON document (``{table: {doc_id: doc}}``),
    so TinyDB's default JSONStorage can still read it.  It is only ever
    replaced whole: written to a temporary file in the same folder, flushed,
    fsync-ed, renamed over the old one with :func:`os.replace`, then the folder
    is fsync-ed.  A kill at any instant leaves the old or the new complete file.
    The new file keeps the old one's permission bits (a private store stays
    private).  ``path`` is the real file: :meth:`store.db.Store.open` follows
    links first, so every file below lives next to it.
``store.json.journal``
    One line per write: ``<crc32 hex> <orjson record>\\n``, then zeros (the
    file is preallocated so that syncing a record is cheap).  On open the
    journal is replayed over the main file, in order; replaying is idempotent
    (each record sets whole documents or removes them), so a journal that was
    already folded into the main file does no harm.  A torn or damaged line
    (bad checksum, bad JSON, no newline) ends the replay: a kill mid-append can
    only tear the last line, whose write had not returned.
    It gets the main file's permission bits: it holds the same work.
Compaction folds the journal into the main file (atomic rewrite, then the
journal is emptied): on open when a journal is present, on :meth:`close`, and
when the journal grows past half the main file (at least 1 MiB).

Finding what changed
--------------------
TinyDB updates documents in place, so the storage cannot see changes by object
identity alone.  :class:`TrackingTable` (installed as the TinyDB
``table_class``) records every document key that an update touches and tells
the storage; new, replaced and removed documents are also found by an identity
comparison with the last persisted state.  Together they give the exact set of
changed documents for each write.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import json
import os
import re
import stat
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage
from tinydb.table import Table

from store.schema import TABLE_NAMES

JOURNAL_SUFFIX = ".journal"
"""Appended to the main file's name for the journal file."""

MIN_COMPACT_BYTES = 1 << 20
"""The journal is folded into the main file when it passes this size and ..."""

COMPACT_FRACTION = 2
"""... ``1 / COMPACT_FRACTION`` of the main file's size."""

PREALLOCATE_BYTES = 1 << 20
"""The journal grows by this many zero bytes at a time (see :meth:`JournalStorage._append`)."""

Tables = dict[str, dict[str, Any]]


class StorageCorrupt(Exception):
    """The main file exists but is not a TinyDB JSON document."""


class StorageReadOnly(Exception):
    """A write was attempted on a storage opened read-only."""


def fsync_dir(folder: Path) -> None:
    """Make a rename or a file creation in ``folder`` durable (no-op where unsupported)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def real_path(path: Path) -> Path:
    """``path`` with every symbolic link followed, made absolute: the file itself.

    A link to a file that does not exist yet gives that file (writing creates it).
    Raises :class:`OSError` (``ELOOP``) for a loop of links.
    """
    real = Path(os.path.realpath(path))
    if real.is_symlink():
        # realpath gives up at a loop and hands back a link, which a rename would replace
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))
    return real


def write_all(fd: int, data: bytes) -> None:
    """Write all of ``data`` to ``fd`` (``os.write`` may take only part of it)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _create_temporary(target: Path, mode: int) -> tuple[Path, int]:
    """A new temporary file next to ``target`` (created with ``mode`` less the umask) and
    its descriptor open for writing.

    Named by process and thread, so two writers never share one; one left behind by
    a killed process of the same number is removed first.  Creating exclusively
    gives a fresh file with ``mode`` (a stale one would keep its own) and never
    follows a link someone put in its place.
    """
    tmp = target.with_name(f".{target.name}.{os.getpid()}-{threading.get_native_id()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    try:
        return tmp, os.open(tmp, flags, mode)
    except FileExistsError:
        os.unlink(tmp)
        return tmp, os.open(tmp, flags, mode)


def file_mode(path: Path) -> int | None:
    """The permission bits of the file at ``path`` (links followed), or None when there is none."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return None


def atomic_write_bytes(path: Path, data: bytes, *, new_mode: int = 0o644) -> None:
    """Replace the file at ``path`` with ``data`` so a crash leaves either the old or the new
    file whole (temporary file, fsync, rename, fsync of the folder).

    A symbolic link is followed: the file it leads to is replaced, from a temporary
    file in that file's folder, and the link stays a link.  An existing file keeps
    its permission bits; a new one gets ``new_mode`` less the umask.  Raises
    :class:`OSError` when the file cannot be written (nothing is changed then).
    """
    target = real_path(path)
    kept = file_mode(target)
    # Created with the kept bits (less the umask) so the data is never more readable
    # than the file it replaces; then set exactly, as the umask may have taken some.
    tmp, fd = _create_temporary(target, new_mode if kept is None else kept & 0o777)
    try:
        if kept is not None:
            os.fchmod(fd, kept)
        write_all(fd, data)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(tmp, target)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(target.parent)


UNREADABLE_KEY = "unreadable"
"""The field a record that is not a document (null, a number) is kept under."""


def parse_tables(raw: bytes) -> Tables:
    """The tables of a main file's bytes; empty bytes are an empty database.

    Raises :class:`StorageCorrupt` when the bytes are not ``{table: {id: doc}}``.
    A UTF-8 byte-order mark (an editor's, after a hand edit) is passed over, and a
    store an editor saved as UTF-16 (with its mark) is read as such: it is written back
    as UTF-8 at the next save.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            raw = raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as error:
            raise StorageCorrupt(f"not valid UTF-16 ({error.reason})") from None
    raw = raw.removeprefix(codecs.BOM_UTF8)
    if not raw.strip():
        return {}
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise StorageCorrupt(f"not valid JSON ({error})") from None
    if not isinstance(data, dict) or not all(isinstance(table, dict) for table in data.values()):
        raise StorageCorrupt("not a TinyDB database (expected tables of documents)")
    for table in data.values():
        for doc_id, doc in table.items():
            if not isinstance(doc, dict):
                # one record edited to null or a number is not a broken store: kept,
                # wrapped, for the store to count as unreadable
                table[doc_id] = {UNREADABLE_KEY: doc}
    return data


def _pwrite_all(fd: int, data: bytes, offset: int) -> None:
    view = memoryview(data)
    while view:
        written = os.pwrite(fd, view, offset)
        view = view[written:]
        offset += written


def _encode_body(ops: list[bytes], drop: list[str]) -> bytes:
    body = b'{"ops":[' + b",".join(ops) + b"]"
    if drop:
        body += b',"drop":' + orjson.dumps(drop)
    return body + b"}"


def _frame(body: bytes) -> bytes:
    return b"%08x %s\n" % (zlib.crc32(body), body)


def salvage_tables(raw: bytes, journal: bytes = b"") -> Tables:
    """The whole documents a damaged main file still holds (a file cut short, a bad
    sector), with its journal's intact records replayed over them: what a store that
    cannot be parsed can still show.  Reads up to the damage, then from the next table
    the file names after it (a bad sector in the claim decisions leaves the annotations
    after them whole); never raises."""
    tables: Tables = {}
    try:
        text = raw.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="replace")
    except Exception:
        return tables
    decoder = json.JSONDecoder()
    at = _skip(text, 0)
    if not text.startswith("{", at):
        return tables
    damage = _salvage_from(text, _skip(text, at + 1), tables, decoder)
    while damage is not None:
        found = _TABLE_START_RE.search(text, damage + 1)
        if found is None:
            break
        damage = _salvage_from(text, found.start(), tables, decoder)
    records, _ = _decode_records(journal)
    for record in records:
        with contextlib.suppress(Exception):
            _apply(tables, record)
    return tables


_TABLE_START_RE = re.compile(
    r'"(?:' + "|".join(sorted(TABLE_NAMES)) + r')"\s*:\s*\{\s*(?:"[^"\\]*"\s*:\s*\{|\})'
)
"""Where a table of a store file starts: its name, and its first document or its end."""


def _salvage_from(text: str, at: int, tables: Tables, decoder: json.JSONDecoder) -> int | None:
    """Read tables from ``at`` into ``tables``, document by document: None when the file
    ends well, else where the damage is (the documents before it are kept)."""
    try:
        while text.startswith('"', at):
            name, at = decoder.raw_decode(text, at)
            at = _skip(text, at)
            if not text.startswith(":", at) or not text.startswith("{", _skip(text, at + 1)):
                return at
            at = _skip(text, _skip(text, at + 1) + 1)
            table = tables.setdefault(str(name), {})
            while text.startswith('"', at):
                key, at = decoder.raw_decode(text, at)
                at = _skip(text, at)
                if not text.startswith(":", at):
                    return at
                doc, at = decoder.raw_decode(text, _skip(text, at + 1))
                if isinstance(doc, dict):
                    table[str(key)] = doc
                at = _skip(text, at)
                if text.startswith(",", at):
                    at = _skip(text, at + 1)
            if not text.startswith("}", at):
                return at
            at = _skip(text, at + 1)
            if text.startswith(",", at):
                at = _skip(text, at + 1)
    except (ValueError, RecursionError):
        return at  # the damage: everything before it is kept
    return None if text.startswith("}", at) else at


def _skip(text: str, at: int) -> int:
    """``at`` moved past white space."""
    while at < len(text) and text[at] in " \t\r\n":
        at += 1
    return at


def _decode_record(line: bytes) -> dict[str, Any] | None:
    """One journal line's record, or None when its frame, checksum or JSON is damaged."""
    if len(line) < 10 or line[8:9] != b" ":
        return None
    try:
        crc = int(line[:8], 16)
    except ValueError:
        return None
    body = line[9:]
    if zlib.crc32(body) != crc:
        return None
    try:
        record = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    return record if isinstance(record, dict) else None


_FRAME_START_RE = re.compile(rb"[0-9a-f]{8} \{")
"""Where a journal record's frame starts: its checksum, a space and its JSON."""


def _decode_records(raw: bytes) -> tuple[list[dict[str, Any]], int]:
    """The intact records of a journal and how many whole lines were damaged.

    A torn append (a crash mid-write) can only leave the last line without its
    newline: it is ignored.  A damaged line with lines after it (a bad sector, an
    edit) is skipped and counted; the intact records after it still apply, each
    setting or removing whole documents, so no later work is dropped with it.
    """
    records: list[dict[str, Any]] = []
    damaged = 0
    at = 0
    while at < len(raw):
        newline = raw.find(b"\n", at)
        if newline < 0:
            break  # the torn tail of the last append (or the preallocated zeros)
        line = raw[at:newline]
        record = _decode_record(line)
        if record is None:
            if line.strip(b"\0"):
                damaged += 1
                # the newline between two records may be what was damaged: a record
                # framed whole later in the line is still applied
                for frame in _FRAME_START_RE.finditer(line, 1):
                    found = _decode_record(line[frame.start() :])
                    if found is not None:
                        records.append(found)
                        break
        else:
            records.append(record)
        at = newline + 1
    return records, damaged


def _apply(tables: Tables, record: Mapping[str, Any]) -> None:
    for name in record.get("drop", ()):
        tables.pop(name, None)
    for name, key, doc in record.get("ops", ()):
        table = tables.setdefault(name, {})
        if doc is None:
            table.pop(key, None)
        else:
            table[key] = doc


def _keep_copy(path: Path, data: bytes) -> Path | None:
    """Write ``data`` next to ``path`` as ``<name>.damaged-<time>`` (None if it cannot)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)  # (a private store's copy stays private)
        atomic_write_bytes(target, data, new_mode=mode)
    except OSError:
        return None
    return target


class JournalStorage(Storage):
    """TinyDB storage over ``path`` (main file) and ``path.journal``; see the module docstring.

    ``read_only``: load, never write (a write raises :class:`StorageReadOnly`).
    Raises :class:`StorageCorrupt` when the main file cannot be parsed, and
    :class:`OSError` when it cannot be read.
    """

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.journal_path = self.path.with_name(self.path.name + JOURNAL_SUFFIX)
        self.read_only = read_only
        self.journal_damaged = 0
        """Damaged records of the journal that were not its last (skipped and reported)."""
        self.journal_kept: Path | None = None
        """Where a copy of a journal with damaged records was kept (writable stores)."""
        self._tables: Tables = {}
        self._persisted: dict[str, dict[str, Any]] = {}
        """Per table, the documents as last written (shared objects): for :meth:`write`."""
        self._mirrors: dict[str, dict[int, Any]] = {}
        """Per table, the documents keyed by TinyDB's integer ids: for :class:`TrackingTable`."""
        self._seen: dict[str, dict[str, Any]] = {}
        """Per table, the table object last persisted: an unchanged object was not rewritten."""
        self._journal_fd: int | None = None
        self._journal_size = 0
        """Bytes of records in the journal (where the next one goes)."""
        self._journal_capacity = 0
        """The journal file's size: records plus preallocated zeros."""
        self._main_size = 0
        self._batch_depth = 0
        self._pending_ops: list[bytes] = []
        self._pending_drop: list[str] = []
        self._rollback_log: list[tuple[str, str | None, Any]] = []
        self._load()

    # -- loading -------------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raw = b""
        self._main_size = len(raw)
        self._tables = parse_tables(raw)
        try:
            journal = self.journal_path.read_bytes()
        except FileNotFoundError:
            journal = b""
        records, damaged = _decode_records(journal)
        self.journal_damaged = damaged
        for record in records:
            _apply(self._tables, record)
        self._snapshot()
        if damaged and not self.read_only:
            # the evidence is kept before compaction empties the journal
            self.journal_kept = _keep_copy(self.journal_path, journal.rstrip(b"\0"))
        if journal and not self.read_only:
            self.compact()

    def _snapshot(self) -> None:
        self._persisted = {name: dict(table) for name, table in self._tables.items()}
        self._seen = dict(self._tables)
        self._mirrors = {}

    # -- the TinyDB Storage interface ----------------------------------------------------------

    def read(self) -> Tables | None:
        """The live tables, keyed by string ids (TinyDB converts the documents it returns)."""
        return self._tables

    def write(self, data: Tables) -> None:
        """Persist what changed since the last write; on disk when this returns.

        TinyDB calls this with the whole database.  Tables changed through
        :class:`TrackingTable` never come here; this path (dropping tables)
        finds new, replaced and removed documents by identity.  Documents
        changed in place are only seen through :class:`TrackingTable`, which
        the store always uses.
        """
        self._check_writable()
        ops: list[bytes] = []
        drop = [name for name in self._persisted if name not in data]
        for name in drop:
            if self._batch_depth:
                self._rollback_log.append((name, None, dict(self._persisted[name])))
            del self._persisted[name]
            self._seen.pop(name, None)
            self._mirrors.pop(name, None)
        for name, table in data.items():
            before = self._persisted.get(name)
            if before is not None and table is self._seen.get(name) and len(before) == len(table):
                continue
            before = before or {}
            found = [
                orjson.dumps([name, key, doc])
                for key, doc in table.items()
                if before.get(key) is not doc
            ]
            found.extend(orjson.dumps([name, key, None]) for key in before if key not in table)
            if found:
                ops.extend(found)
                if self._batch_depth:
                    old = self._persisted.get(name)
                    self._rollback_log.append((name, None, None if old is None else dict(old)))
            self._persisted[name] = dict(table)
            self._seen[name] = table
            self._mirrors.pop(name, None)
        self._tables = data
        self._journal(ops, drop)
        self._maybe_compact()

    def close(self) -> None:
        """Fold the journal into the main file (when writable) and release the journal."""
        if not self.read_only:
            with contextlib.suppress(OSError):
                self._flush_batch()
                if self._journal_size:
                    self.compact()
        self._close_journal()

    # -- the fast path for TrackingTable -------------------------------------------------------

    def mirror(self, name: str) -> dict[int, Any]:
        """Table ``name`` keyed by integer document id (built once, then kept in step)."""
        mirror = self._mirrors.get(name)
        if mirror is None:
            mirror = {int(key): doc for key, doc in self._tables.get(name, {}).items()}
            self._mirrors[name] = mirror
        return mirror

    def apply(self, name: str, table: dict[int, Any], changed: set[int]) -> None:
        """Make ``table`` (integer ids) the new content of ``name``; ``changed`` keys differ.

        On disk when this returns.
        """
        self._check_writable()
        docs = {str(key): table.get(key) for key in changed}
        # Journal first: if the disk refuses, memory still matches the disk.
        self._journal([orjson.dumps([name, key, doc]) for key, doc in docs.items()], [])
        for key in docs:
            self._log_old(name, key)
        stored = self._tables.setdefault(name, {})
        self._seen[name] = stored
        persisted = self._persisted.setdefault(name, {})
        for key, doc in docs.items():
            if doc is None:
                stored.pop(key, None)
                persisted.pop(key, None)
            else:
                stored[key] = doc
                persisted[key] = doc
        self._mirrors[name] = table
        self._maybe_compact()

    def _check_writable(self) -> None:
        if self.read_only:
            raise StorageReadOnly(f"{self.path} is open read-only")

    # -- batching ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group the writes inside into one journal record: one sync, all or nothing.

        If the block raises, or the record cannot be written, every change made
        inside is undone in memory too, and the exception propagates.
        """
        outer = not self._batch_depth
        if outer:
            self._rollback_log = []
        self._batch_depth += 1
        try:
            yield
        except BaseException:
            self._batch_depth -= 1
            if outer:
                self._rollback()
            raise
        self._batch_depth -= 1
        if not outer:
            return
        try:
            self._flush_batch()
        except BaseException:
            self._rollback()
            raise
        self._rollback_log = []
        self._maybe_compact()

    def _log_old(self, name: str, key: str | None) -> None:
        """Inside a batch, remember a document (or a whole table: ``key`` None) before a change."""
        if not self._batch_depth:
            return
        table = self._tables.get(name)
        if key is None:
            self._rollback_log.append((name, None, None if table is None else dict(table)))
        else:
            self._rollback_log.append((name, key, None if table is None else table.get(key)))

    def _rollback(self) -> None:
        self._pending_ops, self._pending_drop = [], []
        for name, key, old in reversed(self._rollback_log):
            self._mirrors.pop(name, None)
            if key is None:
                if old is None:
                    self._tables.pop(name, None)
                    self._persisted.pop(name, None)
                else:
                    self._tables[name] = old
                    self._persisted[name] = dict(old)
                self._seen[name] = self._tables.get(name, {})
                continue
            for target in (self._tables.setdefault(name, {}), self._persisted.setdefault(name, {})):
                if old is None:
                    target.pop(key, None)
                else:
                    target[key] = old
        self._rollback_log = []

    def _journal(self, ops: list[bytes], drop: list[str]) -> None:
        if not ops and not drop:
            return
        self._pending_ops.extend(ops)
        self._pending_drop.extend(drop)
        if not self._batch_depth:
            self._flush_batch()

    def _flush_batch(self) -> None:
        if not self._pending_ops and not self._pending_drop:
            return
        body = _encode_body(self._pending_ops, self._pending_drop)
        self._pending_ops, self._pending_drop = [], []
        self._append(_frame(body))

    # -- the journal and compaction ------------------------------------------------------------

    def _append(self, data: bytes) -> None:
        """Write one framed record after the last one and sync it.

        The journal is preallocated with zeros (:data:`PREALLOCATE_BYTES` at a
        time, fsync-ed with its new size), so a record lands inside the file's
        existing size and ``fdatasync`` only has data to flush: about a tenth
        of a millisecond here instead of one to four for a growing file.  A
        failed write is overwritten by the next record; a record cut short is
        followed only by zeros or by a later record's overwrite, and replay
        stops there.
        """
        if self._journal_fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            created = not self.journal_path.exists()
            # The journal holds the same work as the main file: it gets the same bits.
            mode = file_mode(self.path)
            self._journal_fd = os.open(
                self.journal_path, os.O_RDWR | os.O_CREAT, 0o644 if mode is None else mode
            )
            found = os.fstat(self._journal_fd)
            if mode is not None and stat.S_IMODE(found.st_mode) != mode:
                with contextlib.suppress(OSError):  # not our file: it keeps its own bits
                    os.fchmod(self._journal_fd, mode)
            self._journal_capacity = found.st_size
            if created:
                fsync_dir(self.path.parent)
        fd = self._journal_fd
        end = self._journal_size + len(data)
        try:
            grew = end > self._journal_capacity
            if grew:
                need = end - self._journal_capacity
                grow = max(PREALLOCATE_BYTES, need)
                try:
                    _pwrite_all(fd, bytes(grow), self._journal_capacity)
                except OSError as error:
                    if error.errno != errno.ENOSPC or grow == need:
                        raise
                    # a nearly full disk: no room to reserve, maybe room for the record
                    # (the zeros written so far are cut off again)
                    os.ftruncate(fd, self._journal_capacity)
                    grow = need
                    _pwrite_all(fd, bytes(grow), self._journal_capacity)
                self._journal_capacity += grow
            _pwrite_all(fd, data, self._journal_size)
            if grew:
                os.fsync(fd)
            else:
                os.fdatasync(fd)
        except OSError:
            # Best effort: a record the caller is told failed must not replay later.
            with contextlib.suppress(OSError):
                _pwrite_all(fd, bytes(len(data)), self._journal_size)
            with contextlib.suppress(OSError):
                self._journal_capacity = os.fstat(fd).st_size
            raise
        self._journal_size = end

    def _maybe_compact(self) -> None:
        """Fold the journal in once it is large; only called when memory matches the journal."""
        if self._batch_depth or self._pending_ops or self._pending_drop:
            return
        if self._journal_size > max(MIN_COMPACT_BYTES, self._main_size // COMPACT_FRACTION):
            self.compact()

    def compact(self) -> None:
        """Rewrite the main file atomically with the current state, then empty the journal.

        A kill between the two steps leaves a journal that replays to the same state.
        """
        self._check_writable()
        self._flush_batch()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = orjson.dumps(self._tables)
        atomic_write_bytes(self.path, data)
        self._main_size = len(data)
        self._close_journal()
        with contextlib.suppress(FileNotFoundError):
            os.truncate(self.journal_path, 0)
        self._journal_size = 0

    def replace_all(self, tables: Tables, *, persist: bool = True) -> None:
        """Replace the whole database: atomically on disk (migrations), or only in memory."""
        if persist:
            self._check_writable()
        self._pending_ops, self._pending_drop = [], []
        self._tables = tables
        self._snapshot()
        if persist:
            self.compact()

    def _close_journal(self) -> None:
        if self._journal_fd is not None:
            os.close(self._journal_fd)
            self._journal_fd = None


class TrackingTable(Table):
    """A TinyDB table whose updates reach a :class:`JournalStorage` as changed documents only.

    TinyDB's ``_update_table`` converts the whole table to integer ids and back
    on every write and hands the storage the whole database: O(n) work in
    Python per saved document.  Here the updater runs on a copy of the
    storage's integer-keyed mirror through a recording mapping, which notes each
    key set or removed and the serialised form of each document read; a read
    document whose serialised form differs afterwards was changed in place.
    Only the changed documents go to :meth:`JournalStorage.apply`.  Other
    storages get TinyDB's own behaviour.
    """

    def _update_table(self, updater: Callable[[dict[int, Mapping[str, Any]]], None]) -> None:
        storage = self._storage
        if not isinstance(storage, JournalStorage):
            super()._update_table(updater)
            return
        recorder = _RecordingDict(storage.mirror(self.name))
        updater(recorder)
        storage.apply(self.name, dict(recorder), recorder.changed_keys())
        self.clear_cache()


class _RecordingDict(dict):  # type: ignore[type-arg]
    """A dict that remembers the keys set or removed through it and the documents read.

    Documents read through it are copies, so in-place updates touch only the copy
    until :meth:`JournalStorage.apply` has journalled them.
    """

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.written: set[Any] = set()
        self.read: dict[Any, bytes] = {}

    def __getitem__(self, key: Any) -> Any:
        if key in self.read or key in self.written:
            return super().__getitem__(key)
        raw = orjson.dumps(super().__getitem__(key))
        # Hand out a copy: an update that fails to reach the disk leaves the stored one intact.
        copy = orjson.loads(raw)
        super().__setitem__(key, copy)
        self.read[key] = raw
        return copy

    def __setitem__(self, key: Any, value: Any) -> None:
        self.written.add(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: Any) -> None:
        self.written.add(key)
        super().__delitem__(key)

    def pop(self, key: Any, *default: Any) -> Any:
        self.written.add(key)
        return super().pop(key, *default)

    def clear(self) -> None:
        self.written.update(self.keys())
        super().clear()

    def changed_keys(self) -> set[Any]:
        """Keys set or removed, plus documents read whose content has changed since."""
        changed = set(self.written)
        for key, before in self.read.items():
            if key in changed or key not in self:
                continue
            if orjson.dumps(dict.__getitem__(self, key)) != before:
                changed.add(key)
        return changed
