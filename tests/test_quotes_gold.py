"""The quotation analysis against the hand-made gold set of the bundled sample (issue 3 bar).

See tests/gold_scoring.py for where the scorer and the gold files come from.
"""

from __future__ import annotations

import pytest

from articles.ingest import load_sample, sample_dir
from articles.quotes import analyse_quotes
from tests.gold_scoring import score_sample
from tui.commands.quotes import as_records


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    records = as_records(analyse_quotes(load_sample().articles))
    return score_sample("quotes", records, tmp_path_factory.mktemp("gold"))


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
