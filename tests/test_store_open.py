"""Opening a store: corrupt files, migrations, the lock, read-only folders, where it lives."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import orjson
import pytest
from tinydb import TinyDB

from articles.annotation import Anchor, Annotation
from articles.ingest import load_paths, load_sample
from store import Store, StoreCorrupt, StoreError, StoreReadOnly, resolve_store_path
from store import paths as store_paths
from store.db import OnCorrupt
from store.schema import SCHEMA_VERSION


def annotation(ident: str = "urn:a1") -> Annotation:
    anchor = Anchor("art", "hash", 0, 5, "Hello", "", " world")
    return Annotation(id=ident, anchor=anchor, note="n", tags=("t",))


# -- corrupt files -----------------------------------------------------------------------------


def write_corrupt(path: Path) -> bytes:
    raw = b'{"annotations": {"1": {"id": "x"'  # cut short
    path.write_bytes(raw)
    return raw


def test_corrupt_store_fails_and_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    raw = write_corrupt(path)
    with pytest.raises(StoreCorrupt) as caught:
        Store.open(path)
    moved = caught.value.moved_to
    assert moved is not None and moved.name.startswith("store.json.corrupt-")
    assert moved.read_bytes() == raw
    assert not path.exists()
    assert "corrupt" in str(caught.value) and str(moved) in str(caught.value)


@pytest.mark.parametrize("on_corrupt", ["fail", "fresh", "readonly"])
def test_a_file_that_is_no_store_is_never_moved(tmp_path: Path, on_corrupt: OnCorrupt) -> None:
    """ "--store article.txt" by mistake: refused, and the article stays where it is."""
    article = tmp_path / "reuters_dam.txt"
    article.write_text("Dam fails\n\nA dam collapsed on Monday.\n")
    with pytest.raises(StoreError, match="not a briefreader store"):
        Store.open(article, on_corrupt=on_corrupt)
    assert article.read_text().startswith("Dam fails")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [
        "reuters_dam.txt"
    ]


def test_corrupt_store_fresh(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    raw = write_corrupt(path)
    with Store.open(path, on_corrupt="fresh") as db:
        assert not db.read_only
        assert db.notice is not None and "corrupt" in db.notice and "fresh" in db.notice
        db.save_annotation(annotation())
    [moved] = tmp_path.glob("store.json.corrupt-*")
    assert moved.read_bytes() == raw
    with Store.open(path) as db:
        assert [a.id for a in db.annotations()] == ["urn:a1"]


def test_corrupt_store_read_only(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    write_corrupt(path)
    with Store.open(path, on_corrupt="readonly") as db:
        assert db.read_only and db.notice and "read-only" in db.notice
        assert db.annotations() == []
        with pytest.raises(StoreReadOnly):
            db.save_annotation(annotation())
    assert len(list(tmp_path.glob("store.json.corrupt-*"))) == 1


def test_second_corrupt_file_does_not_overwrite_first(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    for _ in range(2):
        write_corrupt(path)
        with pytest.raises(StoreCorrupt):
            Store.open(path)
    assert len(list(tmp_path.glob("store.json.corrupt-*"))) == 2


def test_unreadable_store_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    path.mkdir()  # a folder where the file should be: reading fails with an OSError
    with pytest.raises(StoreError, match="cannot read store"):
        Store.open(path)
    with Store.open(path, on_corrupt="readonly") as db:
        assert db.read_only and db.notice and "cannot read" in db.notice


# -- migrations --------------------------------------------------------------------------------


def test_v0_plain_tinydb_file_is_migrated_with_backup(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    old = TinyDB(path)  # TinyDB's default JSONStorage, no version
    old.table("annotations").insert(
        {
            "id": "urn:old",
            "article_id": "art",
            "text_hash": "h",
            "start": 3,
            "end": 8,
            "exact": "quote",
            "note": "kept",
            "tags": "a, b/c",
        }
    )
    old.table("settings").insert({"key": "pane_articles", "value": ["x", "y"]})
    old.close()
    original = path.read_bytes()
    with Store.open(path) as db:
        assert db.notice and "upgraded from schema 0" in db.notice
        [migrated] = db.annotations()
        assert migrated.id == "urn:old" and migrated.note == "kept"
        assert migrated.tags == ("a", "b/c")
        assert (migrated.anchor.start, migrated.anchor.end) == (3, 8)
        assert db.pane_articles() == ["x", "y"]
    [backup] = tmp_path.glob("store.json.v0-backup-*")
    assert backup.read_bytes() == original
    assert orjson.loads(path.read_bytes())["_meta"]["1"]["schema"] == SCHEMA_VERSION
    with Store.open(path) as db:
        assert db.notice is None


def test_newer_schema_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    path.write_bytes(orjson.dumps({"_meta": {"1": {"schema": SCHEMA_VERSION + 1}}}))
    with Store.open(path) as db:
        assert db.read_only and db.notice and "newer" in db.notice


# -- the lock ----------------------------------------------------------------------------------


def test_second_opener_is_read_only_and_told(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    first = Store.open(path)
    first.save_annotation(annotation())
    second = Store.open(path)
    assert not first.read_only
    assert second.read_only
    assert second.notice and "another briefreader" in second.notice
    assert [a.id for a in second.annotations()] == ["urn:a1"]
    with pytest.raises(StoreReadOnly):
        second.save_annotation(annotation("urn:a2"))
    second.close()
    first.close()
    with Store.open(path) as third:
        assert not third.read_only and third.notice is None
        assert [a.id for a in third.annotations()] == ["urn:a1"]


def test_lock_is_released_on_close(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    Store.open(path).close()
    with Store.open(path) as db:
        assert not db.read_only


# -- read-only folders -------------------------------------------------------------------------


def test_read_only_folder_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.json"
    with Store.open(path) as db:
        db.save_annotation(annotation())

    def refuse(self: object) -> bool:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("store.lock.StoreLock.acquire", refuse)
    with Store.open(path) as db:
        assert db.read_only and db.notice and "cannot write" in db.notice
        assert [a.id for a in db.annotations()] == ["urn:a1"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_by_permissions(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    with Store.open(folder / "store.json") as db:
        db.save_annotation(annotation())
    (folder / "store.json.lock").unlink()
    folder.chmod(0o555)
    try:
        with Store.open(folder / "store.json") as db:
            assert db.read_only and db.notice
            assert len(db.annotations()) == 1
    finally:
        folder.chmod(0o755)


def test_explicit_read_only(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    with Store.open(path) as db:
        db.save_annotation(annotation())
    with Store.open(path, read_only=True) as db:
        assert db.read_only and len(db.annotations()) == 1
        with pytest.raises(StoreReadOnly):
            db.delete_annotation("urn:a1")


# -- where a store lives -----------------------------------------------------------------------


def article_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(parents=True)
    (folder / "one.txt").write_text("Headline\n\nA body sentence here. Another one.\n")
    return folder


def test_explicit_store_path_wins(tmp_path: Path) -> None:
    article_set = load_paths([article_folder(tmp_path)])
    assert resolve_store_path(article_set, str(tmp_path / "x.json")) == tmp_path / "x.json"


def test_store_in_writable_article_folder(tmp_path: Path) -> None:
    folder = article_folder(tmp_path)
    article_set = load_paths([folder])
    assert resolve_store_path(article_set, None) == folder / ".briefreader" / "store.json"


def test_read_only_article_folder_uses_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _private_data_dir: Path
) -> None:
    folder = article_folder(tmp_path)
    article_set = load_paths([folder])
    monkeypatch.setattr(store_paths, "folder_is_writable", lambda _folder: False)
    path = resolve_store_path(article_set, None)
    assert path.is_relative_to(_private_data_dir / "stores")
    assert path.name == "store.json"
    assert resolve_store_path(article_set, None) == path  # stable
    other = load_paths([article_folder(tmp_path / "elsewhere")])
    assert resolve_store_path(other, None) != path


def test_sample_store_lives_in_data_dir(_private_data_dir: Path) -> None:
    path = resolve_store_path(load_sample(), None)
    assert path.is_relative_to(_private_data_dir / "stores")
    assert path.parent.name.startswith("sample-")


def test_data_dir_env_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BRIEFREADER_DATA_DIR", str(tmp_path / "d"))
    assert store_paths.data_dir() == tmp_path / "d"


def test_folder_is_writable(tmp_path: Path) -> None:
    assert store_paths.folder_is_writable(tmp_path / "not" / "yet")
    (tmp_path / "file").write_text("x")
    assert not store_paths.folder_is_writable(tmp_path / "file" / "sub")


def test_a_read_only_folder_s_store_is_said_and_found_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reader keeps a read-only folder's work in the data folder and says where;
    once the folder is writable, the commands still read that store."""
    from tui.commands.common import open_store as open_for_reading
    from tui.launch import open_store

    monkeypatch.setenv(store_paths.DATA_DIR_ENV, str(tmp_path / "data"))
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "a.txt").write_text("Dam fails\n\nA dam collapsed on Monday, officials said.\n")
    article_set = load_paths([folder])
    monkeypatch.setattr(store_paths, "folder_is_writable", lambda _folder: False)
    messages: list[str] = []
    store = open_store(article_set, None, messages)
    assert store is not None
    store.save_annotation(
        Annotation("urn:ro", Anchor(article_set.ids[0], "h", 0, 9, "Dam fails"), note="n")
    )
    store.close()
    assert any("cannot be written to" in m and "stores" in m for m in messages)
    monkeypatch.setattr(store_paths, "folder_is_writable", lambda _folder: True)
    reread = open_for_reading(article_set, None, read_only=True)
    assert reread is not None and [a.id for a in reread.annotations()] == ["urn:ro"]
    assert "reading the store in" in capsys.readouterr().err
    reread.close()


@pytest.mark.parametrize(
    "content",
    [
        '{"hello": 1}',
        '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection"}',
        "[1, 2, 3]",
    ],
)
def test_a_json_file_that_is_no_store_is_never_moved(tmp_path: Path, content: str) -> None:
    """ "--store brief_export.json" by mistake: another tool's JSON is refused, untouched."""
    other = tmp_path / "brief_export.json"
    other.write_text(content)
    with pytest.raises(StoreError, match="not a briefreader store") as caught:
        Store.open(other, on_corrupt="fresh")
    assert "holds JSON that is not a store's" in str(caught.value)  # (not "no JSON")
    assert other.read_text() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief_export.json"]


def test_a_store_broken_to_garbage_is_still_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    path.write_bytes(b"\x00\x01garbage")
    with pytest.raises(StoreCorrupt):
        Store.open(path)


def test_annotation_records_edited_beyond_reading_are_said_and_kept(tmp_path: Path) -> None:
    """Hand edits: tags as a string, the anchor removed, start after end. The records
    stay in the file; the store says how many it cannot read."""
    import json

    from articles.annotation import Anchor, Annotation

    path = tmp_path / "store.json"
    with Store.open(path) as store:
        for n in range(4):
            anchor = Anchor("a", "h", 10 * n, 10 * n + 5, "Hello")
            store.save_annotation(Annotation(f"urn:{n}", anchor, tags=("t",)))
    data = json.loads(path.read_text())
    docs = data["annotations"]
    first, second, third = (docs[k] for k in sorted(docs, key=int)[:3])
    first["tags"] = "budget"
    del second["anchor"]
    third["anchor"]["start"], third["anchor"]["end"] = 99999, 5
    path.write_text(json.dumps(data))
    with Store.open(path) as store:
        assert [a.id for a in store.annotations()] == ["urn:3"]
        assert store.unreadable == 3
        assert store.notice is not None and store.notice.startswith("3 annotation record(s)")
    assert len(json.loads(path.read_text())["annotations"]) == 4  # nothing deleted


# -- a store reached through a link; the store's mode ------------------------------------------


def linked_store(tmp_path: Path) -> tuple[Path, Path]:
    """``real/store.json`` holding annotation urn:a1, and ``link.json`` pointing at it."""
    real = tmp_path / "real" / "store.json"
    with Store.open(real) as db:
        db.save_annotation(annotation())
    link = tmp_path / "link.json"
    link.symlink_to(Path("real") / "store.json")
    return real, link


def test_a_linked_store_is_written_through_the_link(tmp_path: Path) -> None:
    real, link = linked_store(tmp_path)
    with Store.open(link) as db:
        assert db.path == real
        db.save_annotation(annotation("urn:a2"))
    assert link.is_symlink()
    with Store.open(real) as db:
        assert sorted(a.id for a in db.annotations()) == ["urn:a1", "urn:a2"]
    # the journal and the lock live next to the real file, never next to the link
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real"]
    assert sorted(p.name for p in real.parent.iterdir()) == [
        "store.json",
        "store.json.journal",
        "store.json.lock",
    ]


def test_a_linked_store_is_locked_at_the_real_file(tmp_path: Path) -> None:
    real, link = linked_store(tmp_path)
    other = tmp_path / "other.json"
    other.symlink_to(real)
    with Store.open(link) as first:
        assert not first.read_only
        for path in (real, other):
            with Store.open(path) as second:
                assert second.read_only
                assert second.notice and "another briefreader" in second.notice
    with Store.open(other) as db:
        assert not db.read_only


def test_a_corrupt_linked_store_is_moved_aside_next_to_the_real_file(tmp_path: Path) -> None:
    real, link = linked_store(tmp_path)
    write_corrupt(real)
    with Store.open(link, on_corrupt="fresh") as db:
        assert not db.read_only and db.annotations() == []
        db.save_annotation(annotation("urn:a2"))
    assert link.is_symlink()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("link")] == ["link.json"]
    assert any(p.name.startswith("store.json.corrupt-") for p in real.parent.iterdir())
    with Store.open(real) as db:
        assert [a.id for a in db.annotations()] == ["urn:a2"]


@pytest.mark.parametrize("mode", [0o600, 0o640])
def test_a_store_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "store.json"
    with Store.open(path) as db:
        db.save_annotation(annotation())
    path.chmod(mode)
    with Store.open(path) as db:
        db.save_annotation(annotation("urn:a2"))
        # the journal holds the same work: it is no more readable than the store
        journal = path.with_name(path.name + ".journal")
        assert stat.S_IMODE(journal.stat().st_mode) == mode
    assert stat.S_IMODE(path.stat().st_mode) == mode
    with Store.open(path) as db:
        assert sorted(a.id for a in db.annotations()) == ["urn:a1", "urn:a2"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be"])
def test_a_store_saved_with_a_byte_order_mark_opens_whole(tmp_path: Path, encoding: str) -> None:
    """Notepad saves a hand-edited file with a UTF-8 BOM, or as UTF-16: the store is not
    corrupt, and the next save writes it as UTF-8 again."""
    from articles.annotation import Anchor, Annotation

    path = tmp_path / "store.json"
    with Store.open(path) as store:
        store.save_annotation(Annotation("urn:1", Anchor("a", "h", 0, 5, "Hello"), note="né"))
    text = path.read_text(encoding="utf-8")
    marked = text.encode(encoding)
    if encoding == "utf-16-be":
        marked = b"\xfe\xff" + marked
    path.write_bytes(marked)
    with Store.open(path) as store:
        assert [a.note for a in store.annotations()] == ["né"] and store.notice is None
        store.save_annotation(Annotation("urn:2", Anchor("a", "h", 0, 5, "Hello"), note="x"))
    assert sorted(p.name for p in tmp_path.iterdir() if "corrupt" in p.name) == []
    with Store.open(path) as store:
        assert sorted(a.note for a in store.annotations()) == ["né", "x"]


def test_one_record_edited_to_null_is_counted_not_a_broken_store(tmp_path: Path) -> None:
    import json

    from articles.annotation import Anchor, Annotation

    path = tmp_path / "store.json"
    with Store.open(path) as store:
        for n in range(2):
            anchor = Anchor("a", "h", 10 * n, 10 * n + 5, "Hello")
            store.save_annotation(Annotation(f"urn:{n}", anchor, note=str(n)))
    data = json.loads(path.read_text())
    first = sorted(data["annotations"], key=int)[0]
    data["annotations"][first] = None
    path.write_text(json.dumps(data))
    with Store.open(path) as store:
        assert [a.note for a in store.annotations()] == ["1"]
        assert store.unreadable == 1 and not store.read_only
    assert not [p for p in tmp_path.iterdir() if "corrupt" in p.name]


def test_a_created_time_edited_beyond_reading_takes_the_modified_one() -> None:
    """(It became "now": a new time at every export.)"""
    from articles.annotation import Anchor, Annotation
    from store.convert import annotation_from_doc, annotation_to_doc

    doc = annotation_to_doc(Annotation("urn:1", Anchor("a", "h", 0, 5, "Hello"), note="n"))
    doc["created"] = "last Tuesday"
    doc["modified"] = "2024-03-01T09:30:00+00:00"
    first = annotation_from_doc(doc)
    assert first is not None
    assert first.created == first.modified
    assert first.created.isoformat() == "2024-03-01T09:30:00+00:00"


def test_a_store_cut_short_opens_read_only_with_what_it_still_holds(tmp_path: Path) -> None:
    """Half a file: the annotations written whole before the damage are shown."""
    path = tmp_path / "store.json"
    with Store.open(path) as db:
        db.save_annotation(annotation())
        db.save_annotation(annotation("urn:a2"))
    whole = path.read_bytes()
    cut = whole.index(b'"urn:a2"')
    path.write_bytes(whole[:cut])  # the second record is cut short
    with Store.open(path, on_corrupt="readonly") as db:
        assert db.read_only
        assert [a.id for a in db.annotations()] == ["urn:a1"]
        assert db.notice is not None and "1 annotation(s) still readable" in db.notice
    (moved,) = tmp_path.glob("store.json.corrupt-*")
    assert moved.read_bytes() == whole[:cut]  # the damaged file is kept as it was
