"""``briefreader quotes``: JSON shape and offsets, the table, bad input without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articles.ingest import sample_dir
from tui.cli import main


def test_json_on_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sample_dir().glob("*.txt")}
    for record in records:
        assert set(record) == {"article", "start", "end", "text", "speaker", "utterance"}
        assert texts[record["article"]][record["start"] : record["end"]] == record["text"]
        assert record["speaker"] is None or isinstance(record["speaker"], str)
    utterances: dict[str, set[str]] = {}
    for record in records:
        utterances.setdefault(record["utterance"], set()).add(record["article"])
    assert any(len(arts) >= 3 for arts in utterances.values())


def test_table_on_given_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "storm.txt"
    article.write_text(
        "Storm hits the coast\n\n"
        '"We are ready for the worst," said Mayor Tom Hale on Monday night.\n\n'
        "The storm reached the coast at dawn and closed the port for the day.\n",
        encoding="utf-8",
    )
    assert main(["quotes", str(article), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "Tom Hale" in out and "We are ready for the worst," in out


def test_missing_path_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "/no/such/folder", "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err and "Traceback" not in err


def test_skipped_files_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    (tmp_path / "ok.txt").write_text(
        "Budget passes\n\n"
        '"This budget protects the schools," Finance Minister Ola Berg said in parliament.\n',
        encoding="utf-8",
    )
    assert main(["quotes", str(tmp_path), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "broken.txt" in captured.err and "Traceback" not in captured.err
    records = json.loads(captured.out)
    assert [r["speaker"] for r in records] == ["Ola Berg"]


def test_the_table_keeps_every_word_at_80_columns(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Piped or at 80 columns the quotation column was pushed off the edge and
    # cropped: "Panic and desertion" read "Panic desertion".
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["quotes", "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) <= 80
    cells = [line.split("│")[3].strip() for line in out.splitlines() if line.count("│") == 4]
    running = " ".join(c for c in cells if c)
    assert "Panic and desertion have started in their ranks" in running
