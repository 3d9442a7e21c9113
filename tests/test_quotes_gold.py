"""The quotation analysis against the hand-made gold set of the bundled sample (issue 3 bar).

The scorer and the gold files are copied into ``tests/data`` so that the test
runs on a clean clone; when ``../shared`` is present its (possibly newer)
copies are used instead.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from articles.ingest import load_sample, sample_dir
from articles.quotes import analyse_quotes
from tui.commands.quotes import as_records

HERE = Path(__file__).parent
SHARED = HERE.parent.parent / "shared"


def _paths() -> tuple[Path, Path]:
    """(scorer, gold folder): the shared copies when present, else the bundled ones."""
    scorer = SHARED / "tools" / "eval_gold.py"
    gold = SHARED / "gold" / "seeds"
    if scorer.is_file() and (gold / "quotes.json").is_file():
        return scorer, gold
    return HERE / "data" / "eval_gold.py", HERE / "data" / "gold" / "seeds"


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    scorer, gold = _paths()
    if not scorer.is_file():
        pytest.skip(f"no gold scorer at {scorer}")
    records = as_records(analyse_quotes(load_sample().articles))
    pred = tmp_path_factory.mktemp("gold") / "quotes.json"
    pred.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            str(scorer),
            "--corpus",
            str(sample_dir()),
            "--gold",
            str(gold),
            "--pred-quotes",
            str(pred),
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, dict[str, float]] = json.loads(done.stdout)
    return result


def test_quote_spans_f1(scores: dict[str, dict[str, float]]) -> None:
    assert scores["quotes"]["f1"] >= 0.97, scores["quotes"]


def test_speaker_accuracy(scores: dict[str, dict[str, float]]) -> None:
    assert scores["speaker"]["accuracy"] >= 0.95, scores["speaker"]


def test_utterance_links_f1(scores: dict[str, dict[str, float]]) -> None:
    assert scores["utterance"]["f1"] >= 0.90, scores["utterance"]


def test_records_are_file_slices() -> None:
    """Every record's text is exactly the file's text between its offsets."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sample_dir().glob("*.txt")}
    for record in as_records(analyse_quotes(load_sample().articles)):
        text = texts[str(record["article"])]
        assert text[int(record["start"]) : int(record["end"])] == record["text"]  # type: ignore[call-overload]
