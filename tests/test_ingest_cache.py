"""The ingestion cache: an unchanged set reopens without segmenting, with identical articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from articles.ingest import MissingPathError, load_paths, sample_dir
from store.ingest_cache import IngestCache, load_set


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The bundled sample as the user's own folder, plus a file read with a notice."""
    target = tmp_path / "set"
    shutil.copytree(sample_dir(), target)
    (target / "cp1252.txt").write_bytes(
        "Headline\n\nThe “minister” said it was fine.\n".encode("cp1252")
    )
    return target


def test_a_reopen_gives_the_same_articles_from_the_cache(folder: Path, tmp_path: Path) -> None:
    cache = IngestCache(tmp_path / "cache")
    fresh = load_paths([folder])
    first = load_set([folder], cache)
    assert list(cache.folder.glob("ingest-*.json"))
    calls: list[object] = []
    original = IngestCache.articles

    def spy(self: IngestCache, raws: object) -> object:
        result = original(self, raws)  # type: ignore[arg-type]
        calls.append(result[1])
        return result

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(IngestCache, "articles", spy)
        again = load_set([folder], cache)
    assert calls == [True]
    assert first == fresh and again == fresh
    assert any(a.notices for a in again.articles)


def test_a_changed_file_is_segmented_again(folder: Path, tmp_path: Path) -> None:
    cache = IngestCache(tmp_path / "cache")
    load_set([folder], cache)
    victim = sorted(folder.glob("*.txt"))[0]
    victim.write_text("A new headline\n\nOnly one sentence now. And a second one.\n", "utf-8")
    reopened = load_set([folder], cache)
    assert reopened == load_paths([folder])
    assert len(list(cache.folder.glob("ingest-*.json"))) == 2


def test_a_corrupt_entry_is_a_miss_not_an_error(folder: Path, tmp_path: Path) -> None:
    cache = IngestCache(tmp_path / "cache")
    load_set([folder], cache)
    (entry,) = cache.folder.glob("ingest-*.json")
    entry.write_bytes(b'{"format": 1, "key": "' + entry.stem.split("-", 1)[1].encode() + b'", "art')
    assert load_set([folder], cache) == load_paths([folder])
    entry.write_bytes(b"\x00\xff not json")
    assert load_set([folder], cache) == load_paths([folder])


def test_an_unwritable_cache_still_opens_the_set(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", "utf-8")
    assert load_set([folder], IngestCache(blocker / "cache")) == load_paths([folder])


def test_missing_paths_are_reported_as_by_load_paths(tmp_path: Path) -> None:
    with pytest.raises(MissingPathError):
        load_set([tmp_path / "nowhere"], IngestCache(tmp_path / "cache"))
