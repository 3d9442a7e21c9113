"""The store's domain API: annotations, undo, tags, corrections, settings, claim decisions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from articles.annotation import Anchor, Annotation
from articles.ingest import load_paths, load_sample
from articles.model import ArticleSet
from store import Store, StoreError, TagInfo
from store.tags import PALETTE, default_colour


def make(
    ident: str, article: str = "art", start: int = 0, tags: tuple[str, ...] = ()
) -> Annotation:
    anchor = Anchor(article, "hash", start, start + 5, "Hello", "", " world")
    return Annotation(id=ident, anchor=anchor, note=f"note {ident}", tags=tags)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "store.json"


def test_annotations_round_trip_across_reopen(path: Path) -> None:
    saved = make("urn:1", tags=("casualties/civilian", "Syria"))
    with Store.open(path) as db:
        db.save_annotation(saved)
        db.save_annotation(make("urn:2", article="other", start=9))
    with Store.open(path) as db:
        assert db.annotations("art") == [saved]
        assert [a.id for a in db.annotations()] == ["urn:1", "urn:2"]
        assert db.annotation("urn:1") == saved


def test_save_is_an_upsert_by_id(path: Path) -> None:
    with Store.open(path) as db:
        db.save_annotation(make("urn:1"))
        edited = dataclasses.replace(make("urn:1"), note="changed")
        db.save_annotation(edited)
        assert db.annotations() == [edited]
    with Store.open(path) as db:
        assert db.annotations() == [edited]


def test_delete_returns_the_annotation(path: Path) -> None:
    saved = make("urn:1")
    with Store.open(path) as db:
        db.save_annotation(saved)
        assert db.delete_annotation("urn:1") == saved
        assert db.delete_annotation("urn:1") is None
        assert db.annotations() == []
    with Store.open(path) as db:
        assert db.annotations() == []


def test_undo_reverts_save_edit_and_delete() -> None:
    db = Store.memory()
    first = make("urn:1")
    db.save_annotation(first)
    edited = dataclasses.replace(first, note="edited")
    db.save_annotation(edited)
    db.delete_annotation("urn:1")
    assert db.undo_last() == "undid deletion of annotation"
    assert db.annotations() == [edited]
    assert db.undo_last() == "undid edit of annotation"
    assert db.annotations() == [first]
    assert db.undo_last() == "undid new annotation"
    assert db.annotations() == []
    assert db.undo_last() is None


def test_undo_is_durable(path: Path) -> None:
    with Store.open(path) as db:
        db.save_annotation(make("urn:1"))
        db.save_annotation(make("urn:2"))
        db.undo_last()
    with Store.open(path) as db:
        assert [a.id for a in db.annotations()] == ["urn:1"]


def test_save_annotations_batch_counts_new(path: Path) -> None:
    with Store.open(path) as db:
        db.save_annotation(make("urn:1"))
        assert db.save_annotations([make("urn:1"), make("urn:2"), make("urn:3")]) == 2
        assert db.undo_last() == "undid import of 3 annotations"
        assert [a.id for a in db.annotations()] == ["urn:1"]


def test_tags_counts_and_default_colours() -> None:
    db = Store.memory()
    db.save_annotation(make("urn:1", tags=("a", "b/c")))
    db.save_annotation(make("urn:2", tags=("a",)))
    assert db.tags() == [
        TagInfo("a", default_colour("a"), 2),
        TagInfo("b/c", default_colour("b/c"), 1),
    ]
    assert default_colour("a") in PALETTE
    assert default_colour("a") == default_colour("a")
    db.set_tag_colour("a", "#123456")
    assert db.tags()[0].colour == "#123456"


def test_default_colours_spread_over_palette() -> None:
    colours = {default_colour(f"tag{i}") for i in range(100)}
    assert len(colours) > len(PALETTE) // 2


def test_rename_tag_renames_children_and_keeps_colour(path: Path) -> None:
    with Store.open(path) as db:
        db.save_annotation(make("urn:1", tags=("casualties", "other")))
        db.save_annotation(make("urn:2", tags=("casualties/civilian",)))
        db.set_tag_colour("casualties", "#aa0000")
        assert db.rename_tag("casualties", "deaths") == 2
    with Store.open(path) as db:
        names = {t.name: t for t in db.tags()}
        assert set(names) == {"deaths", "deaths/civilian", "other"}
        assert names["deaths"].colour == "#aa0000"
        assert db.annotation("urn:1").tags == ("deaths", "other")  # type: ignore[union-attr]


def test_merge_tags_removes_duplicates_and_is_undoable() -> None:
    db = Store.memory()
    db.save_annotation(make("urn:1", tags=("IS", "ISIS")))
    db.save_annotation(make("urn:2", tags=("IS",)))
    db.set_tag_colour("ISIS", "#00ff00")
    assert db.merge_tags("IS", "ISIS") == 2
    assert db.tags() == [TagInfo("ISIS", "#00ff00", 2)]
    assert db.annotation("urn:1").tags == ("ISIS",)  # type: ignore[union-attr]
    assert db.undo_last() == "undid merge of tag IS into ISIS"
    assert db.annotation("urn:1").tags == ("IS", "ISIS")  # type: ignore[union-attr]


def test_empty_tag_names_are_refused() -> None:
    db = Store.memory()
    with pytest.raises(ValueError):
        db.rename_tag("a", " ")


def test_pane_state_and_settings_persist(path: Path) -> None:
    with Store.open(path) as db:
        assert db.pane_articles() == []
        db.set_pane_articles(["b", "a"])
        db.set_setting("theme", "textual-light")
        db.set_setting("layout", {"panes": 3})
    with Store.open(path) as db:
        assert db.pane_articles() == ["b", "a"]
        assert db.setting("theme") == "textual-light"
        assert db.setting("layout") == {"panes": 3}
        assert db.setting("missing", 7) == 7


def test_setting_must_be_json() -> None:
    with pytest.raises(ValueError):
        Store.memory().set_setting("x", object())


def test_metadata_corrections_persist_and_apply(path: Path) -> None:
    sample = load_sample()
    first = sample.articles[0]
    with Store.open(path) as db:
        db.correct_metadata(first.id, outlet="The Outlet", date=dt.date(2015, 10, 6))
        db.correct_metadata(first.id, headline="A better headline")
    with Store.open(path) as db:
        corrected = db.apply_corrections(sample)
    meta = corrected.articles[0].meta
    assert meta.headline == "A better headline"
    assert meta.outlet == "The Outlet"
    assert meta.date == dt.date(2015, 10, 6)
    assert corrected.articles[0].text == first.text
    assert corrected.articles[1:] == sample.articles[1:]
    with Store.open(path) as db:
        db.clear_corrections(first.id)
        assert db.apply_corrections(sample) == sample


def test_claim_decisions_persist(path: Path) -> None:
    with Store.open(path) as db:
        ident = db.record_claim_decision({"kind": "reject", "claim": "c1"})
        db.record_claim_decision({"id": "d2", "kind": "rename", "summary": "Toll: 40"})
        db.record_claim_decision({"id": "d2", "kind": "rename", "summary": "Toll: 41"})
    with Store.open(path) as db:
        decisions = {d["id"]: d for d in db.claim_decisions()}
        assert decisions[ident] == {"id": ident, "kind": "reject", "claim": "c1"}
        assert decisions["d2"]["summary"] == "Toll: 41"
        assert len(decisions) == 2
        assert db.remove_claim_decision(ident)
        assert not db.remove_claim_decision(ident)
    with Store.open(path) as db:
        assert [d["id"] for d in db.claim_decisions()] == ["d2"]


def test_reanchor_moves_and_orphans(tmp_path: Path) -> None:
    folder = tmp_path / "arts"
    folder.mkdir()
    body = "Officials said forty targets were hit overnight. Residents fled the town at dawn."
    (folder / "a.txt").write_text(f"Headline\n\n{body}\n")
    before = load_paths([folder])
    article = before.articles[0]
    kept_start = article.text.index("Residents")
    lost_start = article.text.index("Officials")
    kept = Annotation(
        "urn:kept",
        Anchor.from_text(
            article.id, article.content_hash, article.text, kept_start, kept_start + 30
        ),
    )
    lost = Annotation(
        "urn:lost",
        Anchor.from_text(
            article.id, article.content_hash, article.text, lost_start, lost_start + 40
        ),
    )
    db = Store.open(tmp_path / "store.json")
    db.save_annotation(kept)
    db.save_annotation(lost)
    assert db.reanchor(before) == []
    (folder / "a.txt").write_text(
        "New intro paragraph.\n\nHeadline\n\nResidents fled the town at dawn.\n"
    )
    after = load_paths([folder])
    orphans = db.reanchor(after)
    assert [o.id for o in orphans] == ["urn:lost"]
    assert orphans[0].orphaned
    moved = db.annotation("urn:kept")
    assert moved is not None and not moved.orphaned
    new_text = after.articles[0].text
    assert new_text[moved.anchor.start : moved.anchor.end] == kept.anchor.exact
    db.close()
    with Store.open(tmp_path / "store.json") as db:
        assert {a.id: a.orphaned for a in db.annotations()} == {"urn:kept": False, "urn:lost": True}


QUOTE = '"The cracks were visible from the road," said a local engineer.'


def _outlet(folder: Path, outlet: str, lead: str) -> None:
    (folder / outlet).mkdir(parents=True, exist_ok=True)
    (folder / outlet / "story.txt").write_text(f"Dam fails\n\n{lead}\n\n{QUOTE}\n")


def _annotate(
    article_set: ArticleSet, article_id: str, words: str, *, source: bool = True
) -> Annotation:
    article = article_set.by_id(article_id)
    start = article.text.index(words)
    place = article_set.place(article) if source else ""
    anchor = Anchor.from_text(
        article.id, article.content_hash, article.text, start, start + len(words), place
    )
    return Annotation("urn:" + article_id, anchor, note="check")


@pytest.mark.parametrize("source", [True, False], ids=["with-file", "made-before-files-kept"])
def test_an_annotation_stays_with_its_file_when_ids_shift(tmp_path: Path, source: bool) -> None:
    """Two files called story.txt are "story" and "story-2" by folder order; a third
    that sorts between them makes the second "story-3".  The annotation made on
    the second (whose quotation the first also prints) stays on its text."""
    folder = tmp_path / "set"
    _outlet(folder, "bbc", "A dam burst on Monday.")
    _outlet(folder, "reuters", "A dam collapsed on Monday, Reuters reports.")
    before = load_paths([folder])
    assert before.ids == ("story", "story-2")
    annotation = _annotate(before, "story-2", "The cracks were visible", source=source)
    db = Store.open(tmp_path / "store.json")
    db.save_annotation(annotation)
    _outlet(folder, "cnn", "A dam gave way on Monday.")
    after = load_paths([folder])
    assert after.by_id("story-3").source.endswith("reuters/story.txt")
    assert db.reanchor(after) == []
    placed = db.annotation(annotation.id)
    assert placed is not None and placed.anchor.article_id == "story-3"
    assert placed.anchor.source == "reuters/story.txt" and not placed.reworded_from
    text = after.by_id("story-3").text
    assert text[placed.anchor.start : placed.anchor.end] == "The cracks were visible"
    db.close()


def test_a_reworded_passage_keeps_the_words_as_annotated(tmp_path: Path) -> None:
    folder = tmp_path / "set"
    _outlet(folder, "bbc", "A dam burst on Monday.")
    before = load_paths([folder])
    annotation = _annotate(before, "story", QUOTE)
    db = Store.open(tmp_path / "store.json")
    db.save_annotation(annotation)
    story = folder / "bbc" / "story.txt"
    story.write_text(story.read_text().replace("from the road", "from the highway"))
    after = load_paths([folder])
    assert db.reanchor(after) == []
    placed = db.annotation(annotation.id)
    assert placed is not None and "from the highway" in placed.anchor.exact
    assert placed.reworded_from == QUOTE
    assert db.reworded(after) == [placed]
    # reworded again: the words as annotated are still the first ones
    story.write_text(story.read_text().replace("from the highway", "from the motorway"))
    db.reanchor(load_paths([folder]))
    assert db.annotation(annotation.id).reworded_from == QUOTE
    db.close()
    with Store.open(tmp_path / "store.json") as db:
        assert db.annotation(annotation.id).reworded_from == QUOTE


def test_memory_store_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    db = Store.memory()
    db.save_annotation(make("urn:1"))
    db.close()
    assert db.path is None and list(tmp_path.iterdir()) == []


def test_failed_disk_write_changes_nothing(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    db = Store.open(path)
    original = make("urn:1")
    db.save_annotation(original)
    real = os.fdatasync

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fdatasync", full_disk)
    with pytest.raises(StoreError, match="No space left"):
        db.save_annotation(dataclasses.replace(original, note="lost"))
    with pytest.raises(StoreError):
        db.save_annotation(make("urn:2"))
    assert db.annotations() == [original]
    monkeypatch.setattr(os, "fdatasync", real)
    db.save_annotation(make("urn:3"))
    db.close()
    with Store.open(path) as db:
        assert [a.id for a in db.annotations()] == ["urn:1", "urn:3"]
        assert db.annotation("urn:1") == original


def test_a_few_tags_never_share_a_colour_and_an_older_tag_keeps_its_own(path: Path) -> None:
    from store.tags import PALETTE

    names = [f"tag{k}" for k in range(len(PALETTE))]
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    with Store.open(path) as db:
        for k, name in enumerate(names):
            created = start + dt.timedelta(minutes=k)
            note = dataclasses.replace(make(f"urn:{k}", tags=(name,)), created=created)
            db.save_annotation(note)
        colours = {t.name: t.colour for t in db.tags()}
        assert len(set(colours.values())) == len(PALETTE)
        first = colours["tag0"]
        db.save_annotation(make("urn:new", tags=("another",)))
        assert {t.name: t.colour for t in db.tags()}["tag0"] == first
        assert db.tag_colour("tag0") == first


def test_an_annotation_whose_file_is_gone_never_moves_onto_a_copy(tmp_path: Path) -> None:
    """A syndicated copy prints the same words with a line of its own: when the
    annotated file is removed (or only the copy is opened), the annotation is not
    open; it does not move onto the copy."""
    folder = tmp_path / "set"
    _outlet(folder, "reuters", "A dam burst on Monday.")
    (folder / "yahoo").mkdir()
    copy = "Yahoo News\n\n" + (folder / "reuters" / "story.txt").read_text()
    (folder / "yahoo" / "story.txt").write_text(copy)
    before = load_paths([folder])
    reuters = next(a for a in before.articles if "reuters" in a.source)
    annotation = _annotate(before, reuters.id, "The cracks were visible")
    db = Store.open(tmp_path / "store.json")
    db.save_annotation(annotation)
    (folder / "reuters" / "story.txt").unlink()
    after = load_paths([folder])
    db.reanchor(after)
    kept = db.annotation(annotation.id)
    assert kept is not None and kept.anchor.start == annotation.anchor.start
    assert kept.anchor.exact == annotation.anchor.exact  # placed nowhere, changed nothing
    assert db.annotations(after.ids[0]) == []  # not on the copy, which is now "story"
    (folder / "reuters" / "story.txt").write_text((folder / "yahoo" / "story.txt").read_text()[12:])
    back = load_paths([folder])
    db.reanchor(back)
    reuters = next(a for a in back.articles if "reuters" in a.source)
    assert [a.id for a in db.annotations(reuters.id)] == [annotation.id]  # home again
    db.close()


def test_a_renamed_file_keeps_its_annotations(tmp_path: Path) -> None:
    folder = tmp_path / "set"
    _outlet(folder, "reuters", "A dam burst on Monday.")
    before = load_paths([folder])
    annotation = _annotate(before, "story", "The cracks were visible")
    db = Store.open(tmp_path / "store.json")
    db.save_annotation(annotation)
    (folder / "reuters" / "story.txt").rename(folder / "reuters" / "dam.txt")
    after = load_paths([folder])
    assert db.reanchor(after) == []
    placed = db.annotation(annotation.id)
    assert placed is not None and placed.anchor.article_id == "dam"
    assert placed.anchor.source == "reuters/dam.txt"
    db.close()


def test_corrections_and_panes_follow_their_files_when_ids_shift(
    path: Path, tmp_path: Path
) -> None:
    """bbc/story.txt and reuters/story.txt are "story" and "story-2"; cnn/story.txt
    joins and takes "story-2": Reuters' corrected outlet and its pane stay Reuters'."""
    root = tmp_path / "set"
    body = "Storm hits coast\n\nHeavy rain fell on Monday, {} said.\n"
    for outlet in ("bbc", "reuters"):
        (root / outlet).mkdir(parents=True)
        (root / outlet / "story.txt").write_text(body.format(outlet), encoding="utf-8")
    before = load_paths([root])
    assert before.ids == ("story", "story-2")
    reuters = before.by_id("story-2")
    assert reuters is not None
    with Store.open(path) as db:
        db.correct_metadata(reuters.id, source=before.place(reuters), outlet="Reuters")
        db.set_pane_articles(["story-2", "story"], before)
    (root / "cnn").mkdir()
    (root / "cnn" / "story.txt").write_text(body.format("cnn"), encoding="utf-8")
    after = load_paths([root])
    assert [after.place(a) for a in after.articles] == [
        "bbc/story.txt",
        "cnn/story.txt",
        "reuters/story.txt",
    ]
    with Store.open(path) as db:
        corrected = db.apply_corrections(after)
        assert db.pane_articles(after) == ["story-3", "story"]
    outlets = {after.place(a): a.meta.outlet for a in corrected.articles}
    assert outlets["reuters/story.txt"] == "Reuters"
    assert outlets["cnn/story.txt"] != "Reuters"
