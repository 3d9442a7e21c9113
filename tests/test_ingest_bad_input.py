"""Each kind of bad input gets a clear message naming the file, never an exception."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from articles.ingest import MAX_BYTES, MissingPathError, load_paths, read_raw
from articles.model import BlockKind

ARTICLE = (
    "Harbour reopens after storm\n\n"
    "The harbour reopened on Monday after a storm closed it for three days.\n\n"
    "Fishing boats returned to sea at dawn, the harbour master said.\n"
)


def write(path: Path, text: str = ARTICLE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_path_raises_missing_path_error_naming_it(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt")
    missing = tmp_path / "nowhere" / "story.txt"
    with pytest.raises(MissingPathError) as caught:
        load_paths([good, missing])
    assert str(missing) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_empty_folder_is_a_skipped_entry_naming_it(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF-1.4")  # not an article file type
    good = write(tmp_path / "good.txt")
    loaded = load_paths([empty, good])
    assert [a.id for a in loaded.articles] == ["good"]
    assert [path for path, _ in loaded.skipped] == [str(empty)]
    assert "no .txt" in loaded.skipped[0][1]


def test_binary_file_is_skipped_and_named(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    write(tmp_path / "good.txt")
    loaded = load_paths([tmp_path])
    assert [a.id for a in loaded.articles] == ["good"]
    assert loaded.skipped == ((str(binary), "binary file, not text"),)


def test_empty_and_blank_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"\xef\xbb\xbf \r\n\t\n")
    loaded = load_paths([tmp_path])
    assert loaded.articles == ()
    assert sorted(reason for _, reason in loaded.skipped) == ["empty file", "empty file"]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_non_utf8_file_is_opened_with_a_fallback_notice(tmp_path: Path, encoding: str) -> None:
    text = (
        "Café owners protest over rent rises\n\n"
        "Owners of cafés in the old town said the rises would force them to close. "
        "Der Bürgermeister sagte, man werde prüfen.\n"
    )
    path = tmp_path / "cafe.txt"
    path.write_bytes(text.encode(encoding))
    loaded = load_paths([path])
    (article,) = loaded.articles
    assert article.text == text
    (notice,) = article.notices
    assert "not valid UTF-8" in notice and "fallback" in notice


def test_cp1252_typographic_quotes_decode_to_the_right_characters(tmp_path: Path) -> None:
    text = "“We’re finished,” the owner said — and left… for good.\n"
    path = tmp_path / "quotes.txt"
    path.write_bytes(text.encode("cp1252"))
    (article,) = load_paths([path]).articles
    assert article.text == text
    assert "cp1252" in article.notices[0]


def test_a_file_mixing_utf8_and_cp1252_keeps_both_parts_readable(tmp_path: Path) -> None:
    """A web article with one paragraph pasted from a cp1252 file: the UTF-8 part stays
    UTF-8 (decoding it all as one single-byte encoding garbled it and lost a quote)."""
    utf8 = "Bridge collapse kills 39\n\nThe mayor said “it is a tragedy” on Tuesday.\n\n"
    single = "Señor Núñez said “we will rebuild” – at a cost of 5€ million.\n"
    path = tmp_path / "mixed.txt"
    path.write_bytes(utf8.encode("utf-8") + single.encode("cp1252"))
    (article,) = load_paths([path]).articles
    assert article.text == utf8 + single
    (notice,) = article.notices
    assert "not valid UTF-8 throughout" in notice


def test_cyrillic_single_byte_text_is_detected(tmp_path: Path) -> None:
    text = "Россия нанесла новые удары по позициям боевиков в Сирии, сообщили в министерстве.\n"
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    (article,) = load_paths([path]).articles
    assert article.text == text
    assert article.notices


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32"])
def test_utf16_and_utf32_files_are_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(ARTICLE.encode(encoding))
    loaded = load_paths([path])
    assert loaded.skipped == ()
    (article,) = loaded.articles
    assert article.text == ARTICLE
    assert article.headline == "Harbour reopens after storm"


def test_50_mb_file_opens_truncated_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    paragraph = ("The council met again on Tuesday to discuss the harbour plan. " * 8) + "\n\n"
    block = (paragraph * (1_000_000 // len(paragraph) + 1)).encode("utf-8")
    with path.open("wb") as handle:
        handle.write(b"Council meets again on harbour plan\n\n")
        for _ in range(50):
            handle.write(block)
    assert path.stat().st_size > 50_000_000
    loaded = load_paths([path])
    (article,) = loaded.articles
    assert len(article.text.encode("utf-8")) <= MAX_BYTES
    assert article.text.rstrip().endswith("harbour plan.")
    (notice,) = article.notices
    assert "large file" in notice and "50." in notice
    assert article.headline == "Council meets again on harbour plan"


def test_large_file_without_newlines_is_cut_between_characters(tmp_path: Path) -> None:
    path = tmp_path / "oneline.txt"
    path.write_bytes(("Zürich é ü " * (MAX_BYTES // 5)).encode("utf-8"))
    result = read_raw(path)
    assert not isinstance(result, str)
    assert all("UTF-8" not in notice for notice in result.notices), result.notices
    assert result.text.startswith("Zürich é ü")


def test_folder_of_2000_files_opens_them_all(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(2000):
        (folder / f"story_{i:04d}.txt").write_text(
            f"Story number {i} about the harbour\n\n"
            f"The harbour authority published report number {i} on Monday. "
            "It said traffic was up on last year.\n",
            encoding="utf-8",
        )
    loaded = load_paths([folder])
    assert len(loaded.articles) == 2000 and loaded.skipped == ()
    assert len(set(loaded.ids)) == 2000


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_unreadable_file_is_skipped_and_named(tmp_path: Path) -> None:
    locked = write(tmp_path / "locked.txt")
    write(tmp_path / "good.txt")
    locked.chmod(0)
    try:
        loaded = load_paths([tmp_path])
    finally:
        locked.chmod(0o644)
    assert [a.id for a in loaded.articles] == ["good"]
    ((path, reason),) = loaded.skipped
    assert path == str(locked) and reason.startswith("cannot read")


def test_unreadable_file_reported_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same path as above, with the permission error simulated (root reads anything)."""
    locked = write(tmp_path / "locked.txt")
    write(tmp_path / "good.txt")
    real_open = Path.open

    def refusing_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    loaded = load_paths([tmp_path])
    assert [a.id for a in loaded.articles] == ["good"]
    assert loaded.skipped == ((str(locked), "cannot read: Permission denied"),)


def test_duplicate_stems_in_two_folders_get_unique_ids(tmp_path: Path) -> None:
    first = write(tmp_path / "left" / "story.txt")
    second = write(tmp_path / "right" / "story.txt", ARTICLE.replace("Monday", "Tuesday"))
    loaded = load_paths([tmp_path / "left", tmp_path / "right"])
    assert len(loaded.articles) == 2
    assert len(set(loaded.ids)) == 2
    assert loaded.ids[0] == "story"
    assert {a.source for a in loaded.articles} == {str(first), str(second)}


def test_the_same_file_given_twice_is_opened_once(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt")
    loaded = load_paths([path, tmp_path, path])
    assert loaded.ids == ("story",)


def test_a_mixed_folder_opens_what_it_can(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    write(tmp_path / "sub" / "b.md")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "d.txt").write_bytes(b"")
    write(tmp_path / ".hidden" / "e.txt")
    write(tmp_path / "f.json", "{}")
    loaded = load_paths([tmp_path])
    assert sorted(loaded.ids) == ["a", "b"]
    assert sorted(Path(path).name for path, _ in loaded.skipped) == ["c.txt", "d.txt"]


def test_a_file_with_nothing_article_like_shows_its_text(tmp_path: Path) -> None:
    # One short line was folded as page furniture: the pane opened empty.
    (tmp_path / "note.txt").write_text("secret\n", encoding="utf-8")
    (article,) = load_paths([tmp_path]).articles
    assert [p.kind for p in article.paragraphs] == [BlockKind.BODY]
    assert article.content_sentences


def test_a_named_pipe_in_the_folder_is_skipped_not_waited_on(tmp_path: Path) -> None:
    # Reading a FIFO waits for a writer forever: the reader froze on a blank screen.
    (tmp_path / "story.txt").write_text("Storm hits\n\nRain fell on Monday.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    loaded = load_paths([tmp_path])
    assert [a.id for a in loaded.articles] == ["story"]
    assert (str(tmp_path / "pipe.txt"), "not a regular file") in loaded.skipped


def test_looping_and_broken_links_are_skipped_and_named(tmp_path: Path) -> None:
    folder = tmp_path / "set"
    good = write(folder / "good.txt")
    (folder / "self.txt").symlink_to("self.txt")
    (folder / "one.txt").symlink_to("two.txt")
    (folder / "two.txt").symlink_to("one.txt")
    (folder / "gone.txt").symlink_to("nowhere.txt")
    loaded = load_paths([folder])
    assert [a.id for a in loaded.articles] == ["good"]
    reasons = {Path(p).name: why for p, why in loaded.skipped}
    assert reasons["self.txt"].startswith("symbolic link loop")
    assert reasons["one.txt"].startswith("symbolic link loop")
    assert reasons["gone.txt"].startswith("broken symbolic link")
    # given by name: the same reasons, and the good file opens
    named = load_paths([folder / "self.txt", folder / "gone.txt", good])
    assert [a.id for a in named.articles] == ["good"] and len(named.skipped) == 2


def test_an_empty_path_argument_is_missing_not_the_current_folder(tmp_path: Path) -> None:
    with pytest.raises(MissingPathError, match="''"):
        load_paths([""])


def test_a_file_in_a_folder_that_cannot_be_searched_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write(tmp_path / "good.txt")
    locked = write(tmp_path / "locked" / "x.txt")
    real_stat = Path.stat

    def stat(self: Path, **kwargs: Any) -> os.stat_result:
        if self.parent.name == "locked":  # as for a user without x on the folder
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    monkeypatch.setattr(Path, "lstat", stat)
    loaded = load_paths([locked, good])
    assert [a.id for a in loaded.articles] == ["good"]
    assert loaded.skipped == ((str(locked), "cannot read: Permission denied"),)


def test_a_file_name_that_is_not_utf8_opens_under_a_name_that_can_be_stored(
    tmp_path: Path,
) -> None:
    import json

    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw, "wb") as handle:
        handle.write(ARTICLE.encode())
    (article,) = load_paths([tmp_path]).articles
    assert article.id == "caf\\xe9"
    json.dumps([article.id, article.source]).encode("utf-8")  # no lone surrogates


def test_control_characters_are_shown_visible_with_offsets_kept(tmp_path: Path) -> None:
    text = "Storm report\n\nRed \x1b[31mwarning\x1b[0m issued.\x0c Page two.\x07\n"
    path = tmp_path / "esc.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = load_paths([path]).articles
    assert len(article.text) == len(text)
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert "␛[31mwarning␛[0m" in article.text and "␌" in article.text
    at = text.index("warning")
    assert article.text[at : at + 7] == "warning"


def test_utf16_chinese_without_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    text = "外交部发言人表示：“我们反对这一决定。”\n\n" * 5
    path = tmp_path / "cjk.txt"
    path.write_bytes(text.encode("utf-16-le"))
    (article,) = load_paths([path]).articles
    assert "外交部发言人" in article.text and article.notices == ("decoded as UTF-16-LE",)
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(256)) * 40)
    assert load_paths([noise, path]).skipped == ((str(noise), "binary file, not text"),)


def test_a_saved_page_s_files_and_an_empty_subfolder_are_skipped_and_named(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text(
        "Bridge reopens\n\nThe mayor said the bridge would reopen on Monday after repairs.\n",
        encoding="utf-8",
    )
    (tmp_path / "Bridge reopens - Daily.html").write_text(
        "<html><head><title>Bridge reopens</title></head><body><h1>Bridge reopens</h1>"
        "<p>The mayor said the bridge would reopen on Monday after repairs by the crews."
        "</p></body></html>",
        encoding="utf-8",
    )
    resources = tmp_path / "Bridge reopens - Daily_files"
    resources.mkdir()
    (resources / "saved_resource.html").write_text(
        "<html><body><p>Advertisement</p><p>Subscribe to our newsletter. Click here.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    (tmp_path / "empty" / "deeper").mkdir(parents=True)
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "map.png").write_bytes(b"\x89PNG")
    loaded = load_paths([tmp_path])
    assert sorted(a.id for a in loaded.articles) == ["Bridge reopens - Daily", "a"]
    reasons = {Path(where).name: reason for where, reason in loaded.skipped}
    assert reasons == {
        "Bridge reopens - Daily_files": "a saved web page's files, not articles",
        "empty": "empty folder",
    }
