"""The sample's shipped segmentation: current, identical to segmenting, ignored when stale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from articles import shipped_sample
from articles.ingest import SAMPLE_FOLDER, build_articles, load_sample, read_paths
from store.ingest_cache import IngestCache, load_cached_sample


def test_the_shipped_segmentation_is_current() -> None:
    raws = read_paths([SAMPLE_FOLDER]).raws
    shipped = shipped_sample.shipped_articles(raws)
    assert shipped is not None, (
        "articles/sample/segmentation.json is stale: run `python -m articles.shipped_sample`"
    )
    assert shipped == build_articles(raws)


def test_a_first_launch_reads_the_sample_without_the_layout_rules(tmp_path: Path) -> None:
    # A fresh interpreter and an empty cache: the very first launch.
    code = (
        "import sys; from pathlib import Path\n"
        "from store.ingest_cache import IngestCache, load_cached_sample\n"
        f"s = load_cached_sample(IngestCache(Path({str(tmp_path)!r})))\n"
        "print(len(s.articles), 'articles.layout' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["5", "False"]


@pytest.mark.parametrize("damage", ["key", "truncate", "garbage"])
def test_a_stale_or_broken_file_is_ignored(
    damage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "segmentation.json"
    shipped_sample.write_segmentation(target)
    text = target.read_text("utf-8")
    if damage == "key":
        target.write_text(text.replace('"key":"', '"key":"0', 1), "utf-8")
    elif damage == "truncate":
        target.write_text(text[: len(text) // 2], "utf-8")
    else:
        target.write_bytes(b"\xff\x00 not json")
    monkeypatch.setattr(shipped_sample, "SEGMENTATION_FILE", target)
    raws = read_paths([SAMPLE_FOLDER]).raws
    assert shipped_sample.shipped_articles(raws) is None
    opened = load_cached_sample(IngestCache(tmp_path / "cache"))
    assert opened == load_sample()
