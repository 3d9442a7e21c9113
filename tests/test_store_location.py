"""Where a set's work is found again: whatever the order of the folders, a subset of
them, a read-only folder, a store file the user made read-only."""

from __future__ import annotations

import csv
import io
import stat
from pathlib import Path

import pytest

import store.paths as store_paths
from articles.annotation import Anchor, Annotation
from articles.ingest import load_paths, set_root
from articles.model import Article
from store import Store, resolve_store_path
from tui.cli import main
from tui.launch import open_store

STORY = "Dam fails\n\nA dam collapsed on Monday, officials said. Nine people died.\n"
OTHER = "Floods\n\nThe river rose two metres overnight, the agency said.\n"


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """C/partA/ic/dam.txt and C/partB/flood.txt; a private data folder."""
    monkeypatch.setenv(store_paths.DATA_DIR_ENV, str(tmp_path / "data"))
    root = tmp_path / "C"
    (root / "partA" / "ic").mkdir(parents=True)
    (root / "partB").mkdir()
    (root / "partA" / "ic" / "dam.txt").write_text(STORY, encoding="utf-8")
    (root / "partB" / "flood.txt").write_text(OTHER, encoding="utf-8")
    return root


def _sentence_anchor(article: Article, n: int, source: str) -> Anchor:
    """An anchor on the article's n-th body sentence, its file named ``source``."""
    sentence = article.body_sentences[n]
    return Anchor.from_text(
        article.id, article.content_hash, article.text, sentence.start, sentence.end, source
    )


def _annotate(paths: list[Path], note: str = "checked") -> Path:
    """Tag the dam article's first sentence through the reader's store; the store path."""
    article_set = load_paths(paths)
    store = open_store(article_set, None, [])
    assert store is not None
    dam = next(a for a in article_set.articles if a.id == "dam")
    anchor = _sentence_anchor(dam, 0, article_set.place(dam))
    store.save_annotation(Annotation("urn:uuid:dam", anchor, note=note, tags=("dam",)))
    store.close()
    return resolve_store_path(article_set, None)


def _exported(paths: list[Path], capsys: pytest.CaptureFixture[str]) -> str:
    """The notes of the exported annotations placed in an open article ("note ¶N")."""
    capsys.readouterr()
    assert main(["export", *map(str, paths), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    return " ".join(f"{r['note']} ¶{r['paragraph']}" for r in rows if r["headline"])


def test_the_set_root_does_not_depend_on_the_order_of_the_paths(corpus: Path) -> None:
    a, b = corpus / "partA", corpus / "partB"
    assert set_root([a, b]) == set_root([b, a]) == str(corpus)
    assert set_root([a]) == str(a)
    assert set_root([a / "ic" / "dam.txt"]) == str(a / "ic")


def test_folders_in_another_order_find_the_same_work(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = corpus / "partA", corpus / "partB"
    path = _annotate([a, b])
    assert path == corpus / ".briefreader" / "store.json"
    assert resolve_store_path(load_paths([b, a]), None) == path
    assert "checked ¶1" in _exported([b, a], capsys)


def test_a_subfolder_or_a_file_opened_alone_finds_the_work_above_it(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _annotate([corpus / "partA", corpus / "partB"])
    ic = corpus / "partA" / "ic"
    # edited since: found by its file (named from the folder above), not by its text
    (ic / "dam.txt").write_text(STORY.replace("Nine", "Ten"), encoding="utf-8")
    assert resolve_store_path(load_paths([ic]), None) == path
    assert "checked ¶1" in _exported([ic], capsys)
    assert "checked ¶1" in _exported([ic / "dam.txt"], capsys)
    assert not (ic / ".briefreader").exists()


def test_a_store_kept_in_the_first_folder_given_is_still_found(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Stores of sets of several folders used to be kept in the first one."""
    a, b = corpus / "partA", corpus / "partB"
    legacy = a / ".briefreader" / "store.json"
    legacy.parent.mkdir()
    article_set = load_paths([a, b])
    store = Store.open(legacy)
    dam = next(x for x in article_set.articles if x.id == "dam")
    # its file as named when the first folder was the set's
    anchor = _sentence_anchor(dam, 0, "ic/dam.txt")
    store.save_annotation(Annotation("urn:uuid:old", anchor, note="from before"))
    store.close()
    assert resolve_store_path(load_paths([b, a]), None) == legacy
    assert "from before ¶1" in _exported([a, b], capsys)


def _annotated_read_only_folder(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """partA, annotated while writable, then read-only (as far as briefreader can tell)."""
    folder = corpus / "partA"
    _annotate([folder])
    monkeypatch.setattr(store_paths, "folder_is_writable", lambda _folder: False)
    return folder


def test_a_read_only_folder_s_store_is_copied_where_the_work_goes_on(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _annotated_read_only_folder(corpus, monkeypatch)
    # the commands read it where it is
    assert "checked" in _exported([folder], capsys)
    # the reader copies it to the data folder and says so
    messages: list[str] = []
    store = open_store(load_paths([folder]), None, messages)
    assert store is not None and [a.note for a in store.annotations()] == ["checked"]
    assert not store.read_only
    store.close()
    assert any("its store was copied to" in m for m in messages)
    assert "checked" in _exported([folder], capsys)


def test_a_store_file_made_read_only_is_opened_read_only(corpus: Path) -> None:
    folder = corpus / "partB"
    (folder / "dam.txt").write_text(STORY, encoding="utf-8")
    path = _annotate([folder])
    before = path.read_bytes()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    messages: list[str] = []
    store = open_store(load_paths([folder]), None, messages)
    assert store is not None and store.read_only
    store.close()
    assert any("is read-only (its file permissions)" in m for m in messages)
    assert path.read_bytes() == before


def test_annotations_on_a_deleted_file_are_said_at_launch(corpus: Path) -> None:
    """A file deleted since it was annotated is said (its work is kept); a file merely
    left out of the folders opened is not."""
    from tui.app import placing_messages

    a, b = corpus / "partA", corpus / "partB"
    _annotate([a, b])
    article_set = load_paths([a, b])
    store = open_store(article_set, None, [])
    assert store is not None
    assert not [m for m in placing_messages(store, load_paths([b, corpus / "partA" / "ic"]))
                if "no longer there" in m]  # fmt: skip
    (a / "ic" / "dam.txt").unlink()
    said = [m for m in placing_messages(store, load_paths([a, b])) if "no longer there" in m]
    store.close()
    assert said == [
        "1 annotation(s) are on files that are no longer there (partA/ic/dam.txt); they are "
        "kept, and placed again if the files come back."
    ]


def test_folders_far_apart_keep_their_store_in_the_data_folder_and_catch_no_other_set(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two folders whose closest common folder is far above them (/tmp): a store there
    would be every set's below it. The pair keeps its store in the data folder; a store
    left up there by earlier versions is taken only by a set whose files it names."""
    far_a = tmp_path / "x" / "y" / "a"
    far_b = tmp_path / "z" / "w" / "b"
    for folder, text in ((far_a, STORY), (far_b, OTHER)):
        folder.mkdir(parents=True)
        (folder / ("dam.txt" if text is STORY else "flood.txt")).write_text(text, encoding="utf-8")
    path = _annotate([far_a, far_b])
    assert path == store_paths.kept_store_path(load_paths([far_b, far_a]))
    assert not (tmp_path / ".briefreader").exists()
    assert "checked ¶1" in _exported([far_b, far_a], capsys)
    # a store left in the common folder names these files: only they take it
    stray = tmp_path / ".briefreader" / "store.json"
    stray.parent.mkdir()
    stray.write_bytes(path.read_bytes().replace(b'"dam.txt"', b'"x/y/a/dam.txt"'))
    unrelated = tmp_path / "x" / "other"
    unrelated.mkdir()
    (unrelated / "flood.txt").write_text(OTHER, encoding="utf-8")
    assert resolve_store_path(load_paths([unrelated]), None) != stray


def test_work_kept_in_the_data_folder_goes_on_there_once_the_folder_is_writable(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import time

    folder = _annotated_read_only_folder(corpus, monkeypatch)
    store = open_store(load_paths([folder]), None, [])  # copied to the data folder
    assert store is not None
    anchor = store.annotations()[0].anchor
    store.save_annotation(Annotation("urn:uuid:later", anchor, note="while read-only"))
    store.close()
    kept = store_paths.kept_store_path(load_paths([folder]))
    later = time.time() + 5
    os.utime(kept, (later, later))
    monkeypatch.setattr(store_paths, "folder_is_writable", lambda _folder: True)
    assert resolve_store_path(load_paths([folder]), None) == kept
    assert "while read-only" in _exported([folder], capsys)


def test_a_file_is_named_as_its_store_names_it_whichever_part_is_opened(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Work done on a subfolder opened alone names its files from the store's folder,
    as work done on the whole does: one name per file in the exports' file column."""
    from store.paths import rooted

    _annotate([corpus / "partA", corpus / "partB"])
    ic = corpus / "partA" / "ic"
    store = open_store(load_paths([ic]), None, [])
    assert store is not None
    article_set = rooted(load_paths([ic]), store.path)
    dam = article_set.articles[0]
    assert article_set.place(dam) == "partA/ic/dam.txt"
    anchor = _sentence_anchor(dam, 1, article_set.place(dam))
    store.save_annotation(Annotation("urn:uuid:sub", anchor, note="from the subfolder"))
    store.close()
    for opened in ([ic], [corpus / "partB", corpus / "partA"]):
        capsys.readouterr()
        assert main(["export", *map(str, opened), "--format", "csv"]) == 0
        rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert {r["file"] for r in rows} == {"partA/ic/dam.txt"}, opened
