"""The journaled TinyDB storage: every kind of TinyDB write persists, torn journals are safe."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import orjson
import pytest
from tinydb import TinyDB, where
from tinydb.table import Document

from store.storage import (
    JournalStorage,
    StorageCorrupt,
    StorageReadOnly,
    TrackingTable,
    atomic_write_bytes,
)


class DB(TinyDB):
    table_class = TrackingTable


def open_db(path: Path, *, read_only: bool = False) -> DB:
    return DB(storage=lambda *_a, **_k: JournalStorage(path, read_only=read_only))


def reopened(path: Path) -> dict[str, list[dict[str, object]]]:
    """The content a fresh process would see (read-only: no compaction)."""
    db = open_db(path, read_only=True)
    return {name: sorted(map(dict, db.table(name).all()), key=repr) for name in db.tables()}


def test_every_tinydb_write_kind_persists(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    db = open_db(path)
    t = db.table("t")
    t.insert({"k": 1})
    t.insert_multiple([{"k": 2}, {"k": 3}, {"k": 4}])
    t.update({"v": "a"}, where("k") == 1)
    t.update_multiple([({"v": "b"}, where("k") == 2)])
    t.upsert({"k": 5, "v": "new"}, where("k") == 5)
    t.upsert(Document({"k": 3, "v": "by id"}, doc_id=3))
    t.remove(where("k") == 4)
    t.update(lambda doc: doc.__setitem__("nested", {"x": [1, 2]}), doc_ids=[1])
    db.table("gone").insert({"x": 1})
    db.drop_table("gone")
    db.table("emptied").insert({"x": 1})
    db.table("emptied").truncate()
    expected = sorted(map(dict, t.all()), key=repr)
    assert reopened(path)["t"] == expected
    assert "gone" not in reopened(path)
    assert not reopened(path).get("emptied")
    assert {"k": 1, "v": "a", "nested": {"x": [1, 2]}} in expected


def test_unchanged_documents_are_not_journalled(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    db = open_db(path)
    t = db.table("t")
    t.insert_multiple({"k": i} for i in range(50))
    journal = path.with_name("s.json.journal")
    size = len(journal.read_bytes().rstrip(b"\0"))
    t.update({"v": 1}, where("k") == 7)
    line = journal.read_bytes().rstrip(b"\0")[size:]
    record = orjson.loads(line.split(b" ", 1)[1])
    assert record == {"ops": [["t", "8", {"k": 7, "v": 1}]]}


def test_close_folds_journal_into_main_file(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    db = open_db(path)
    db.table("t").insert({"k": 1})
    db.close()
    assert orjson.loads(path.read_bytes()) == {"t": {"1": {"k": 1}}}
    assert path.with_name("s.json.journal").stat().st_size == 0
    assert TinyDB(path).table("t").all() == [{"k": 1}]  # still a plain TinyDB file


def test_torn_last_journal_line_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    db = open_db(path)
    db.table("t").insert({"k": 1})
    db.table("t").insert({"k": 2})
    journal = path.with_name("s.json.journal")
    data = journal.read_bytes().rstrip(b"\0")
    journal.write_bytes(data[:-7])  # the second record loses its end
    storage = JournalStorage(path)
    assert storage.read() == {"t": {"1": {"k": 1}}}
    assert not storage.journal_damaged
    # Opening writable folded the intact part in and removed the torn tail.
    assert journal.stat().st_size == 0
    assert orjson.loads(path.read_bytes()) == {"t": {"1": {"k": 1}}}


def _three_records(tmp_path: Path) -> tuple[Path, Path]:
    """A store whose journal holds three records, {"k": 0}, {"k": 1}, {"k": 2}: (the
    store, its journal)."""
    path = tmp_path / "s.json"
    db = open_db(path)
    for k in range(3):
        db.table("t").insert({"k": k})
    return path, path.with_name("s.json.journal")


def test_damaged_middle_record_is_reported(tmp_path: Path) -> None:
    path, journal = _three_records(tmp_path)
    lines = journal.read_bytes().rstrip(b"\0").splitlines(keepends=True)
    lines[1] = lines[1].replace(b'"k":1', b'"k":9')  # checksum no longer matches
    journal.write_bytes(b"".join(lines))
    storage = JournalStorage(path, read_only=True)
    assert storage.journal_damaged == 1
    # the damaged record is lost, the intact one after it is not
    assert storage.read() == {"t": {"1": {"k": 0}, "3": {"k": 2}}}
    assert storage.journal_kept is None  # read-only: nothing written, nothing compacted


def test_a_damaged_journal_is_kept_before_compaction(tmp_path: Path) -> None:
    path, journal = _three_records(tmp_path)
    lines = journal.read_bytes().rstrip(b"\0").splitlines(keepends=True)
    lines[0] = lines[0].replace(b'"k":0', b'"k":#')
    damaged = b"".join(lines)
    journal.write_bytes(damaged)
    storage = JournalStorage(path)
    assert storage.journal_damaged == 1
    assert storage.read() == {"t": {"2": {"k": 1}, "3": {"k": 2}}}
    assert storage.journal_kept is not None
    assert storage.journal_kept.read_bytes() == damaged
    assert orjson.loads(path.read_bytes()) == {"t": {"2": {"k": 1}, "3": {"k": 2}}}


def test_replay_after_compaction_is_idempotent(tmp_path: Path) -> None:
    """A kill between the main-file rewrite and the journal truncation changes nothing."""
    path = tmp_path / "s.json"
    db = open_db(path)
    t = db.table("t")
    t.insert({"k": 1})
    t.update({"k": 2}, doc_ids=[1])
    t.insert({"k": 3})
    t.remove(doc_ids=[2])
    journal = path.with_name("s.json.journal").read_bytes().rstrip(b"\0")
    db.close()
    path.with_name("s.json.journal").write_bytes(journal)
    assert JournalStorage(path, read_only=True).read() == {"t": {"1": {"k": 2}}}


def test_batch_is_one_record(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    db = open_db(path)
    storage = db.storage
    assert isinstance(storage, JournalStorage)
    with storage.batch():
        for k in range(5):
            db.table("t").insert({"k": k})
    records = path.with_name("s.json.journal").read_bytes().rstrip(b"\0").splitlines()
    assert len(records) == 1
    assert len(reopened(path)["t"]) == 5


def test_read_only_storage_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(b'{"t": {"1": {"k": 1}}}')
    db = open_db(path, read_only=True)
    with pytest.raises(StorageReadOnly):
        db.table("t").insert({"k": 2})
    assert orjson.loads(path.read_bytes()) == {"t": {"1": {"k": 1}}}
    assert not path.with_name("s.json.journal").exists()


# (one record that is no document, '{"t": {"1": 5}}', is kept for the store to count)
@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b'{"t": [1]}'])
def test_corrupt_main_file_raises(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(raw)
    with pytest.raises(StorageCorrupt):
        JournalStorage(path)


def test_atomic_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    atomic_write_bytes(path, b"one")
    atomic_write_bytes(path, b"two")
    assert path.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_atomic_write_follows_a_link_and_keeps_the_mode(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    target = real / "f.json"
    target.write_bytes(b"one")
    target.chmod(0o600)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    atomic_write_bytes(link, b"two")
    assert link.is_symlink() and target.read_bytes() == b"two"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in real.iterdir()] == ["f.json"]


def test_atomic_write_gives_a_new_file_the_umask_s_mode(tmp_path: Path) -> None:
    umask = os.umask(0o027)
    try:
        atomic_write_bytes(tmp_path / "f.json", b"one")
        atomic_write_bytes(tmp_path / "g.json", b"one", new_mode=0o666)
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "f.json").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "g.json").stat().st_mode) == 0o640


def test_atomic_write_refuses_a_link_loop(tmp_path: Path) -> None:
    link = tmp_path / "a"
    link.symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(link)
    with pytest.raises(OSError):
        atomic_write_bytes(link, b"one")
    assert link.is_symlink() and (tmp_path / "b").is_symlink()


def test_growing_journal_is_compacted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("store.storage.MIN_COMPACT_BYTES", 200)
    path = tmp_path / "s.json"
    db = open_db(path)
    for k in range(40):
        db.table("t").insert({"k": k, "pad": "x" * 20})
    journal = path.with_name("s.json.journal")
    assert len(journal.read_bytes().rstrip(b"\0")) < 2000
    assert len(reopened(path)["t"]) == 40


def test_failed_batch_is_rolled_back(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    db = open_db(path)
    storage = db.storage
    assert isinstance(storage, JournalStorage)
    t = db.table("t")
    t.insert({"k": 1})
    with pytest.raises(RuntimeError), storage.batch():
        t.update({"k": 2}, doc_ids=[1])
        t.insert({"k": 3})
        db.drop_table("other")
        raise RuntimeError("boom")
    t.clear_cache()
    assert [dict(d) for d in t.all()] == [{"k": 1}]
    assert reopened(path) == {"t": [{"k": 1}]}
    t.insert({"k": 4})
    assert reopened(path) == {"t": [{"k": 1}, {"k": 4}]}


def _disk_with_room(monkeypatch: pytest.MonkeyPatch, room: int) -> None:
    """Writes beyond ``room`` bytes in all fail as a full disk does."""
    import errno

    import store.storage as storage_module

    real = storage_module._pwrite_all
    used = [0]

    def pwrite(fd: int, data: bytes, offset: int) -> None:
        if used[0] + len(data) > room:
            raise OSError(errno.ENOSPC, "No space left on device")
        used[0] += len(data)
        real(fd, data, offset)

    monkeypatch.setattr(storage_module, "_pwrite_all", pwrite)


def test_a_nearly_full_disk_still_takes_a_record_without_the_reserve(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No room for the journal's 1 MB reserve, room for the record: it is written."""
    _disk_with_room(monkeypatch, 4096)
    path = tmp_path / "s.json"
    db = open_db(path)
    db.table("t").insert({"k": 1})
    journal = path.with_name("s.json.journal")
    assert journal.stat().st_size < 4096
    assert reopened(path) == {"t": [{"k": 1}]}


def test_a_store_that_cannot_be_written_at_all_opens_read_only_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store import Store

    _disk_with_room(monkeypatch, 0)
    store = Store.open(tmp_path / "store.json")
    assert store.read_only
    assert store.notice is not None and "No space left on device" in store.notice
    store.close()


def test_a_damaged_newline_between_records_loses_only_the_damaged_one(tmp_path: Path) -> None:
    path, journal = _three_records(tmp_path)
    data = bytearray(journal.read_bytes().rstrip(b"\0"))
    first_end = data.index(b"\n")
    data[first_end] = ord("X")  # the first record's end and the second's start run together
    journal.write_bytes(bytes(data))
    storage = JournalStorage(path, read_only=True)
    assert storage.journal_damaged == 1
    assert storage.read() == {"t": {"2": {"k": 1}, "3": {"k": 2}}}


def test_salvage_reads_on_from_the_next_table_after_damage_in_the_middle() -> None:
    """A bad sector in the claim decisions leaves the annotations after them whole: the
    read-only store shows them (it said "opened an empty read-only store": qaP A5)."""
    import orjson

    from store.storage import salvage_tables

    doc = {
        "_meta": {"1": {"schema": 3}},
        "claim_decisions": {"1": {"kind": "reject"}, "2": {"kind": "accept"}},
        "annotations": {"1": {"id": "a"}, "2": {"id": "b"}, "3": {"id": "c"}},
        "tags": {"1": {"name": "x"}},
    }
    raw = orjson.dumps(doc).decode()
    at = raw.index('"kind":"reject"')
    damaged = raw[:at] + '"kind":"rej\x00ect" garbage ,,, ' + raw[at + 15 :]
    tables = salvage_tables(damaged.encode())
    assert tables["_meta"] == doc["_meta"]
    assert tables["annotations"] == doc["annotations"]
    assert tables["tags"] == doc["tags"]
    # cut short, as before: what comes before the cut
    cut = salvage_tables(raw.encode()[: raw.index('"3"')])
    assert cut["annotations"] == {"1": {"id": "a"}, "2": {"id": "b"}}
