"""The analysis cache: round trip, misses on any change, corrupt files recomputed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from articles.ingest import load_sample
from articles.model import ArticleSet
from store.analysis_cache import AnalysisCache, cache_key, default_cache
from store.file_cache import source_hash
from tui.analysis import analyse_set


@pytest.fixture(scope="module")
def sample() -> ArticleSet:
    return load_sample()


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("analysis-*.json"))


def test_round_trip_gives_equal_analysis(sample: ArticleSet, tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path)
    first = analyse_set(sample, cache=cache)
    second = analyse_set(sample, cache=cache)
    assert not first.cached
    assert second.cached
    assert first.quotes.quotes  # the sample has quotations and claims to compare
    assert first.claims
    assert any(c.related for c in first.claims)  # (the passages close to a claim, too)
    assert second.quotes.quotes == first.quotes.quotes
    assert second.claims == first.claims
    # the rebuilt QuoteAnalysis answers like the computed one
    utterance = first.quotes.utterances()[0]
    assert second.quotes.utterance_members(utterance) == first.quotes.utterance_members(utterance)
    assert second.quotes.speakers() == first.quotes.speakers()
    assert [second.quotes.text_of(q) for q in second.quotes.quotes] == [
        first.quotes.text_of(q) for q in first.quotes.quotes
    ]


def test_without_cache_nothing_is_written(sample: ArticleSet, tmp_path: Path) -> None:
    result = analyse_set(sample)
    assert not result.cached
    assert not list(tmp_path.iterdir())


def test_changed_article_is_a_miss(sample: ArticleSet, tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path)
    analyse_set(sample, cache=cache)
    first = sample.articles[0]
    edited = dataclasses.replace(first, content_hash="0" * 64)
    changed = dataclasses.replace(sample, articles=(edited, *sample.articles[1:]))
    assert cache_key(changed.articles) != cache_key(sample.articles)
    assert not analyse_set(changed, cache=cache).cached
    assert analyse_set(changed, cache=cache).cached
    assert len(_entries(tmp_path)) == 2


def test_key_covers_order_date_and_aliases(sample: ArticleSet) -> None:
    base = cache_key(sample.articles)
    assert cache_key(tuple(reversed(sample.articles))) != base
    first = sample.articles[0]
    redated = dataclasses.replace(
        first, meta=dataclasses.replace(first.meta, date=dt.date(1999, 1, 2))
    )
    assert cache_key((redated, *sample.articles[1:])) != base
    assert cache_key(sample.articles, {"Putin": "Vladimir Putin"}) != base
    assert cache_key(sample.articles) == base


def test_code_version_covers_subpackages(tmp_path: Path) -> None:
    # the analysis code lives in subpackages too (articles/speakers/): editing one
    # of their modules must give new cache keys, as editing a top-level one does
    (tmp_path / "speakers").mkdir()
    (tmp_path / "claims.py").write_text("A = 1\n")
    (tmp_path / "speakers" / "names.py").write_text("B = 1\n")
    before = source_hash(tmp_path)
    (tmp_path / "speakers" / "names.py").write_text("B = 2\n")
    assert source_hash(tmp_path) != before
    # a module moved into a subpackage is a change as well
    (tmp_path / "speakers" / "names.py").write_text("B = 1\n")
    assert source_hash(tmp_path) == before
    (tmp_path / "speakers" / "names.py").rename(tmp_path / "names.py")
    assert source_hash(tmp_path) != before


def test_aliases_are_part_of_the_lookup(sample: ArticleSet, tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path)
    analyse_set(sample, cache=cache)
    assert not analyse_set(sample, cache=cache, aliases={"Kremlin": "Russia"}).cached


@pytest.mark.parametrize(
    "garbage",
    [b"", b"{not json", b"[]", b'{"format": 1, "key": "other"}', b"\xff\xfe\x00"],
)
def test_corrupt_file_is_recomputed(sample: ArticleSet, tmp_path: Path, garbage: bytes) -> None:
    cache = AnalysisCache(tmp_path)
    expected = analyse_set(sample, cache=cache)
    (entry,) = _entries(tmp_path)
    entry.write_bytes(garbage)
    again = analyse_set(sample, cache=cache)
    assert not again.cached
    assert again.claims == expected.claims
    # and the broken entry was replaced by a good one
    assert analyse_set(sample, cache=cache).cached


def test_wrong_shape_is_a_miss(sample: ArticleSet, tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path)
    analyse_set(sample, cache=cache)
    (entry,) = _entries(tmp_path)
    key = entry.stem.removeprefix("analysis-")
    entry.write_bytes(
        b'{"format": 1, "key": "%s", "quotes": [[1, 2]], "claims": []}' % key.encode()
    )
    assert not analyse_set(sample, cache=cache).cached


def test_unwritable_folder_is_not_fatal(sample: ArticleSet, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = AnalysisCache(blocker / "cache")
    result = analyse_set(sample, cache=cache)
    assert result.claims
    assert not result.cached


def test_old_entries_are_pruned(
    sample: ArticleSet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("store.file_cache.MAX_ENTRIES", 2)
    cache = AnalysisCache(tmp_path)
    for n in range(4):
        subset = dataclasses.replace(sample, articles=sample.articles[n : n + 2])
        analyse_set(subset, cache=cache)
    assert len(_entries(tmp_path)) == 2


def test_default_cache_honours_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFREADER_DATA_DIR", str(tmp_path))
    assert default_cache().folder == tmp_path / "cache"


def test_progress_moves_with_each_article_and_can_stop_the_analysis(
    sample: ArticleSet, tmp_path: Path
) -> None:
    from tui.analysis import AnalysisStopped

    seen: list[tuple[str, float]] = []
    analyse_set(sample, progress=lambda step, fraction: seen.append((step, fraction)))
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    finding = {f for step, f in seen if step == "Finding quotations"}
    assert len(finding) >= len(sample.articles)  # one step per article at least
    assert any(step == "Linking claims" and 0.6 < f < 1.0 for step, f in seen)

    def stop_after_first_article(step: str, fraction: float) -> None:
        if fraction > 0.1:
            raise AnalysisStopped

    cache = AnalysisCache(tmp_path)
    with pytest.raises(AnalysisStopped):
        analyse_set(sample, progress=stop_after_first_article, cache=cache)
    assert _entries(tmp_path) == []  # nothing half-done is cached
