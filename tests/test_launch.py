"""Opening the reader's store: a corrupt file is moved aside and the user chooses."""

from __future__ import annotations

import pytest

from articles.ingest import load_paths
from store import Store
from tui import launch


@pytest.fixture
def article_folder(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text("A headline\n\nSome body text that is long enough.\n")
    return folder


def _corrupt_store(folder):
    store_file = folder / ".briefreader" / "store.json"
    store_file.parent.mkdir()
    store_file.write_bytes(b'{"_default": {"1": {"broken":')
    return store_file


def test_corrupt_store_without_a_terminal_opens_read_only(article_folder, monkeypatch) -> None:
    store_file = _corrupt_store(article_folder)
    monkeypatch.setattr(launch, "_ask", lambda *args: "r")
    store = launch.open_store(load_paths([article_folder]), None)
    assert store is not None and store.read_only
    moved = list(store_file.parent.glob("store.json.corrupt-*"))
    assert len(moved) == 1
    assert moved[0].read_bytes() == b'{"_default": {"1": {"broken":'
    store.close()


def test_corrupt_store_start_fresh(article_folder, monkeypatch) -> None:
    store_file = _corrupt_store(article_folder)
    monkeypatch.setattr(launch, "_ask", lambda *args: "f")
    store = launch.open_store(load_paths([article_folder]), None)
    assert store is not None and not store.read_only
    store.set_pane_articles(["one"])
    store.close()
    assert Store.open(store_file).pane_articles() == ["one"]
    assert list(store_file.parent.glob("store.json.corrupt-*"))


def test_corrupt_store_quit(article_folder, monkeypatch) -> None:
    _corrupt_store(article_folder)
    monkeypatch.setattr(launch, "_ask", lambda *args: "q")
    assert launch.open_store(load_paths([article_folder]), None) is None


def test_ask_defaults_when_nobody_can_answer(monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert launch._ask("?", "frq", "r") == "r"


class _Exited(Exception):
    pass


def _exit(status: int) -> None:
    raise _Exited(status)


def test_quitting_while_the_analysis_runs_leaves_at_once(tmp_path, monkeypatch, capsys) -> None:
    """Saved work is on disk; an analysis still running (a cache) does not hold the exit."""
    store = Store.open(tmp_path / "store.json")
    closed: list[bool] = []
    monkeypatch.setattr(store, "close", lambda: closed.append(True))
    monkeypatch.setattr(launch.os, "_exit", _exit)
    with pytest.raises(_Exited) as exited:
        launch.leave_if_busy({1: True}, ["3 files were skipped"], store, 0)
    assert exited.value.args == (0,)
    assert closed == [True]
    assert "briefreader: 3 files were skipped" in capsys.readouterr().err


@pytest.mark.parametrize("busy", [{}, {1: False}, {1: True, 2: False}])
def test_nothing_busy_or_an_export_writing_exits_as_usual(tmp_path, monkeypatch, busy) -> None:
    store = Store.open(tmp_path / "store.json")
    monkeypatch.setattr(launch.os, "_exit", _exit)
    launch.leave_if_busy(busy, [], store, 0)  # returns: the normal exit follows
    store.close()


def test_read_only_over_a_damaged_store_shows_what_it_still_holds(
    article_folder, monkeypatch
) -> None:
    """The reader's "open read-only (r)" showed an empty store: the work looked lost."""
    from articles.annotation import Anchor, Annotation

    article = load_paths([article_folder]).articles[0]
    store_file = article_folder / ".briefreader" / "store.json"
    with Store.open(store_file) as db:
        for n in (1, 2):
            anchor = Anchor.from_text(article.id, article.content_hash, article.text, 0, 10)
            db.save_annotation(Annotation(id=f"urn:a{n}", anchor=anchor, tags=("kept",)))
    whole = store_file.read_bytes()
    store_file.write_bytes(whole[: whole.index(b'"urn:a2"')])
    monkeypatch.setattr(launch, "_ask", lambda *args: "r")
    messages: list[str] = []
    store = launch.open_store(load_paths([article_folder]), None, messages)
    assert store is not None and store.read_only
    assert [a.id for a in store.annotations()] == ["urn:a1"]
    assert any("1 annotation(s) still readable" in m for m in messages)
    store.close()


@pytest.mark.parametrize("shape", ["not a store", "a folder"])
def test_a_store_that_is_no_store_still_lets_the_articles_be_read(
    article_folder, monkeypatch, shape
) -> None:
    store_file = article_folder / ".briefreader" / "store.json"
    store_file.parent.mkdir()
    if shape == "a folder":
        store_file.mkdir()
    else:
        store_file.write_text("[1, 2, 3]")
    monkeypatch.setattr(launch, "_ask", lambda *args: "r")
    messages: list[str] = []
    store = launch.open_store(load_paths([article_folder]), None, messages)
    assert store is not None and store.read_only and store.annotations() == []
    assert messages and "nothing will be saved" in messages[-1]
    assert store_file.exists() and (store_file.is_dir() or store_file.read_text() == "[1, 2, 3]")
    monkeypatch.setattr(launch, "_ask", lambda *args: "q")
    assert launch.open_store(load_paths([article_folder]), None) is None


def test_the_next_launch_after_a_damaged_store_says_where_it_was_set_aside(
    article_folder, monkeypatch, capsys
) -> None:
    """Read-only was chosen; the next launch opened an empty store and said nothing."""
    store_file = _corrupt_store(article_folder)
    monkeypatch.setattr(launch, "_ask", lambda *args: "r")
    launch.open_store(load_paths([article_folder]), None).close()  # type: ignore[union-attr]
    messages: list[str] = []
    store = launch.open_store(load_paths([article_folder]), None, messages)
    assert store is not None and not store.read_only
    (moved,) = store_file.parent.glob("store.json.corrupt-*")
    assert any(str(moved) in m and "export --store" in m for m in messages)
    store.close()
