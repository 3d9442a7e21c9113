"""Web Annotation import: lossless round trips, no duplicates, orphans kept, clear errors."""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from export_samples import sample_annotations

from articles.annotation import Anchor, Annotation
from articles.export import parse_annotations, to_jsonl, to_webanno_collection
from articles.export.webanno import AnnotationFormatError
from articles.ingest import load_sample
from store import DATA_DIR_ENV, Store
from tui.commands import export as export_command
from tui.commands import import_annotations


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))


def _sample_annotations() -> list[Annotation]:
    """Annotations on the bundled sample: tags, a note with newlines, quotes, non-ASCII."""
    articles = load_sample().articles
    out = []
    for n, article in enumerate(articles[:3]):
        first, second = article.body_sentences[1], article.body_sentences[2]
        out.append(
            Annotation(
                id=f"urn:uuid:11111111-0000-4000-8000-00000000000{n}",
                anchor=Anchor.from_text(
                    article.id, article.content_hash, article.text, first.start, second.end
                ),
                note=f'Note {n}: "quoted", [bracketed],\nsecond line — é',
                tags=("casualties/civilian", "sources") if n else (),
            )
        )
    return out


def _store_with(path: Path, annotations: list[Annotation]) -> None:
    store = Store.open(path)
    store.save_annotations(annotations)
    store.close()


def _stored(path: Path) -> list[Annotation]:
    store = Store.open(path, read_only=True)
    try:
        return store.annotations()
    finally:
        store.close()


def _import(file: Path | str, store: Path, *paths: str) -> int:
    return import_annotations.run(
        argparse.Namespace(file=str(file), paths=list(paths), store=str(store))
    )


def _export(store: Path, fmt: str, output: Path) -> int:
    return export_command.run(
        argparse.Namespace(
            paths=[],
            store=str(store),
            format=fmt,
            tag=[],
            article=[],
            output=str(output),
            title=None,
        )
    )


# Pure parsing ----------------------------------------------------------------------------------


@pytest.mark.parametrize("writer", [to_webanno_collection, to_jsonl])
def test_parse_round_trip_is_lossless(writer: object) -> None:
    annotations = sample_annotations()
    assert parse_annotations(writer(annotations)) == annotations  # type: ignore[operator]


def test_parse_keeps_microseconds_and_time_zones() -> None:
    (one,) = sample_annotations()[:1]
    import datetime as dt

    precise = dataclasses.replace(
        one, created=dt.datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=dt.UTC)
    )
    assert parse_annotations(to_jsonl([precise]))[0].created == precise.created


def test_parse_accepts_other_tools_shapes() -> None:
    item = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "bodyValue": "a plain note",
        "target": {
            "source": "file:///home/x/articles/alpha.txt",
            "selector": {"type": "TextQuoteSelector", "exact": "Moscow"},
        },
    }
    paged = {"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [item]}}
    (from_page,) = parse_annotations(json.dumps(paged))
    assert from_page.anchor.article_id == "alpha"
    assert from_page.note == "a plain note"
    # No id: one derived from the content, the same on every import.
    assert from_page.id == parse_annotations(json.dumps([item]))[0].id
    assert from_page.id.startswith("urn:uuid:")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("{not json", "not JSON"),
        (to_jsonl(sample_annotations()[:1]) + '{"broken"\n', "line 2: not JSON"),
        ('{"hello": 1}', "not a Web Annotation"),
        ('[{"type": "Annotation"}]', "item 1: no target"),
        ('[{"type": "Annotation", "target": {"source": "x"}}]', "no TextQuoteSelector"),
        (
            '[{"type": "Annotation", "target": {"source": "x", "selector": '
            '{"type": "TextPositionSelector", "start": 5, "end": 2}}}]',
            "ends before it starts",
        ),
        (
            '[{"type": "Annotation", "created": "yesterday", "target": {"source": "x", '
            '"selector": {"type": "TextQuoteSelector", "exact": "a"}}}]',
            "ISO date-time",
        ),
        ("[" * 100_000, "JSON"),
    ],
)
def test_parse_errors_are_one_line(text: str, message: str) -> None:
    with pytest.raises(AnnotationFormatError) as caught:
        parse_annotations(text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


# The command --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_export_import_round_trip(tmp_path: Path, fmt: str) -> None:
    original = _sample_annotations()
    source, target = tmp_path / "a.json", tmp_path / "b.json"
    _store_with(source, original)
    exported = tmp_path / f"out.{fmt}"
    assert _export(source, fmt, exported) == 0
    assert _import(exported, target) == 0

    # the export also carries each passage's file, which the import keeps
    def fileless(found: list[Annotation]) -> list[Annotation]:
        return [
            dataclasses.replace(a, anchor=dataclasses.replace(a.anchor, source="")) for a in found
        ]

    assert fileless(_stored(target)) == fileless(_stored(source))
    assert all(a.anchor.source.endswith(".txt") for a in _stored(target))
    assert sorted(a.id for a in _stored(target)) == sorted(a.id for a in original)


def test_importing_twice_does_not_duplicate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = tmp_path / "a.json", tmp_path / "b.json"
    _store_with(source, _sample_annotations())
    exported = tmp_path / "out.jsonl"
    _export(source, "jsonl", exported)
    assert _import(exported, target) == 0
    assert _import(exported, target) == 0
    assert len(_stored(target)) == 3
    assert "3 already present" in capsys.readouterr().out


def test_a_later_edit_replaces_an_older_copy(tmp_path: Path) -> None:
    original = _sample_annotations()
    target = tmp_path / "b.json"
    _store_with(target, original)
    edited = dataclasses.replace(
        original[0],
        note="edited by the other analyst",
        modified=original[0].modified.replace(year=2099),
    )
    stale = dataclasses.replace(
        original[1], note="older copy", modified=original[1].modified.replace(year=2000)
    )
    file = tmp_path / "merge.jsonl"
    file.write_text(to_jsonl([edited, stale]), encoding="utf-8")
    assert _import(file, target) == 0
    by_id = {a.id: a for a in _stored(target)}
    assert by_id[edited.id].note == "edited by the other analyst"
    assert by_id[stale.id].note == original[1].note


def test_unplaceable_annotations_are_kept_as_orphans(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lost = Annotation(
        id="urn:uuid:22222222-0000-4000-8000-000000000000",
        anchor=Anchor("no-such-article", "f" * 64, 3, 20, "text nobody wrote", "", ""),
        note="from elsewhere",
        tags=("x",),
    )
    article = load_sample().articles[0]
    sentence = article.body_sentences[2]
    found = Annotation(
        id="urn:uuid:22222222-0000-4000-8000-000000000001",
        anchor=Anchor.from_text(
            article.id, article.content_hash, article.text, sentence.start, sentence.end
        ),
    )
    file = tmp_path / "lost.json"
    file.write_text(to_webanno_collection([lost, found]), encoding="utf-8")
    assert _import(file, tmp_path / "b.json") == 0
    stored = {a.id: a for a in _stored(tmp_path / "b.json")}[lost.id]
    assert stored.orphaned and stored.note == "from elsewhere" and stored.anchor == lost.anchor
    out = capsys.readouterr().out
    assert "1 orphaned" in out and "text nobody wrote" in out


def test_annotations_of_articles_none_of_which_is_open_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every passage missing, in articles not open here: the wrong folder; nothing is
    filed as its orphans (it imported them and exited 0: qaN D9)."""
    lost = Annotation(
        id="urn:uuid:22222222-0000-4000-8000-000000000009",
        anchor=Anchor("001_yahoo", "f" * 64, 3, 20, "text nobody wrote here", "", ""),
    )
    file = tmp_path / "lost.json"
    file.write_text(to_webanno_collection([lost]), encoding="utf-8")
    assert _import(file, tmp_path / "b.json") == 2
    assert "not open here (001_yahoo)" in capsys.readouterr().err
    assert _stored(tmp_path / "b.json") == []
    # one naming an open file, though its words are gone there: an orphan of this set
    sample = load_sample().articles[0]
    mine = dataclasses.replace(
        lost,
        id="urn:uuid:22222222-0000-4000-8000-00000000000a",
        anchor=dataclasses.replace(lost.anchor, source=Path(sample.source).name),
    )
    file.write_text(to_webanno_collection([lost, mine]), encoding="utf-8")
    assert _import(file, tmp_path / "b.json") == 0
    assert len(_stored(tmp_path / "b.json")) == 2


def test_a_passage_placed_on_changed_words_is_reported_and_keeps_its_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An annotation made before its article's words changed: placed on today's words,
    said so, and the words annotated kept (the import said nothing and dropped them:
    qaN D8)."""
    article = load_sample().articles[0]
    sentence = max(article.body_sentences, key=lambda s: s.end - s.start)
    today = article.text[sentence.start : sentence.end]
    first, rest = today.split(" ", 1)
    then = f"{first} indeed {rest}"  # the words as annotated, before an edit
    anchor = Anchor(article.id, "0" * 64, sentence.start, sentence.start + len(then), then)
    old = Annotation(id="urn:uuid:44444444-0000-4000-8000-000000000001", anchor=anchor)
    file = tmp_path / "old.json"
    file.write_text(to_webanno_collection([old]), encoding="utf-8")
    assert _import(file, tmp_path / "b.json") == 0
    (stored,) = _stored(tmp_path / "b.json")
    assert not stored.orphaned and stored.anchor.exact == today
    assert stored.reworded_from == then
    out = capsys.readouterr().out
    assert "1 placed on changed words" in out and "indeed" in out


def test_a_renamed_article_and_a_moved_passage_are_placed(tmp_path: Path) -> None:
    article = load_sample().articles[0]
    sentence = article.body_sentences[3]
    right = Anchor.from_text(
        article.id, article.content_hash, article.text, sentence.start, sentence.end
    )
    renamed = dataclasses.replace(right, article_id="renamed-file")  # found by its text hash
    moved = dataclasses.replace(right, text_hash="0" * 64, start=0, end=len(right.exact))
    annotations = [
        Annotation(id="urn:uuid:33333333-0000-4000-8000-000000000001", anchor=renamed),
        Annotation(id="urn:uuid:33333333-0000-4000-8000-000000000002", anchor=moved),
    ]
    file = tmp_path / "in.jsonl"
    file.write_text(to_jsonl(annotations), encoding="utf-8")
    assert _import(file, tmp_path / "b.json") == 0
    for stored in _stored(tmp_path / "b.json"):
        assert not stored.orphaned
        # placed on the right words of its file (which the store now records)
        assert dataclasses.replace(stored.anchor, source="") == right
        assert stored.anchor.source == Path(article.source).name


def test_a_locked_store_imports_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "b.json"
    file = tmp_path / "in.jsonl"
    file.write_text(to_jsonl(_sample_annotations()), encoding="utf-8")
    holder = Store.open(target)  # another briefreader has the store open
    try:
        assert _import(file, target) == 1
    finally:
        holder.close()
    assert "read-only" in capsys.readouterr().err
    assert _stored(target) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"\xc3\x28garbage \xff", "not UTF-8"),
        (b"<html>not json</html>", "not JSON"),
        (b'{"items": [{"type": "Annotation"}]}', "item 1: no target"),
    ],
)
def test_bad_files_fail_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    file = tmp_path / "in.json"
    if content is not None:
        file.write_bytes(content)
    assert _import(file, tmp_path / "b.json") == (2 if content is None else 1)  # 2: missing
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "b.json").exists()


def test_cli_bad_file_has_no_traceback(tmp_path: Path) -> None:
    file = tmp_path / "bad.jsonl"
    file.write_text('{"type": "Annotation"}\n{"type": "Annotation"}\n', encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tui.cli",
            "import-annotations",
            str(file),
            "--store",
            str(tmp_path / "s.json"),
        ],
        capture_output=True,
        text=True,
        env={"PATH": "", DATA_DIR_ENV: str(tmp_path / "data")},
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == f"briefreader: {file}: line 1: no target"


def test_control_characters_in_imported_notes_and_tags_are_made_visible() -> None:
    from articles.annotation import Anchor, Annotation

    annotation = Annotation(
        "urn:x",
        Anchor("a", "h", 0, 4, "\x1b[2Jx"),
        note="clear\x1b[2J the screen\r\nnext line",
        tags=("bad\x1btag",),
    )
    assert annotation.note == "clear␛[2J the screen\nnext line"
    assert annotation.tags == ("bad␛tag",) and annotation.anchor.exact == "␛[2Jx"


def test_the_import_report_orphans_what_the_exports_show_as_orphaned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An annotation whose id names another article now (ids follow file names) but whose
    file is open is placed, and not reported as orphaned (qaK: reported, then exported
    placed)."""
    article, other = load_sample().articles[:2]
    sentence = article.body_sentences[2]
    anchor = Anchor.from_text(  # the id of another open article, the right file
        other.id, "0" * 64, article.text, sentence.start, sentence.end, Path(article.source).name
    )
    file = tmp_path / "in.jsonl"
    file.write_text(
        to_jsonl([Annotation(id="urn:uuid:44444444-0000-4000-8000-000000000001", anchor=anchor)]),
        encoding="utf-8",
    )
    assert _import(file, tmp_path / "b.json") == 0
    assert "orphaned" not in capsys.readouterr().out
    (stored,) = _stored(tmp_path / "b.json")
    assert not stored.orphaned and stored.anchor.article_id == article.id


def test_a_passage_not_in_its_text_is_an_orphan_though_its_hash_matches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A record edited by hand, or another tool's copying the hash: the words decide."""
    article = load_sample().articles[0]
    sentence = article.body_sentences[2]
    words = article.text[sentence.start : sentence.end]
    forged = Anchor(article.id, article.content_hash, 999_999, 1_000_010, "this text is nowhere")
    moved = Anchor(article.id, article.content_hash, 0, len(words), words)
    file = tmp_path / "in.jsonl"
    file.write_text(
        to_jsonl(
            [
                Annotation(id="urn:uuid:44444444-0000-4000-8000-000000000001", anchor=forged),
                Annotation(id="urn:uuid:44444444-0000-4000-8000-000000000002", anchor=moved),
            ]
        ),
        encoding="utf-8",
    )
    assert _import(file, tmp_path / "b.json") == 0
    assert "1 orphaned" in capsys.readouterr().out
    placed = {a.anchor.exact: a for a in _stored(tmp_path / "b.json")}
    assert placed["this text is nowhere"].orphaned
    assert not placed[words].orphaned
    found = placed[words].anchor
    assert (found.start, found.end) == (sentence.start, sentence.end)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_an_export_saved_by_an_editor_with_a_byte_order_mark_imports(
    tmp_path: Path, encoding: str
) -> None:
    file = tmp_path / "notes.json"
    file.write_text(to_webanno_collection(_sample_annotations()), encoding=encoding)
    assert _import(file, tmp_path / "b.json") == 0
    assert len(_stored(tmp_path / "b.json")) == 3
