"""``briefreader claims``: JSON shape, offsets, table, bad input."""

from __future__ import annotations

import json

from articles.ingest import load_sample
from tui.cli import main


def test_json_on_the_sample_has_the_documented_shape(capsys) -> None:
    assert main(["claims", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and data
    texts = {a.id: a.text for a in load_sample().articles}
    for claim in data:
        assert set(claim) == {"id", "summary", "members", "disagreement", "omitted_by"}
        assert len({m["article"] for m in claim["members"]}) >= 2
        for member in claim["members"]:
            assert set(member) == {"article", "start", "end", "text"}
            assert texts[member["article"]][member["start"] : member["end"]] == member["text"]
        assert not set(claim["omitted_by"]) & {m["article"] for m in claim["members"]}


def test_json_ids_are_stable_between_runs(capsys) -> None:
    main(["claims", "--format", "json"])
    first = [c["id"] for c in json.loads(capsys.readouterr().out)]
    main(["claims", "--format", "json"])
    assert [c["id"] for c in json.loads(capsys.readouterr().out)] == first


def test_table_prints_claims(capsys) -> None:
    assert main(["claims", "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "claims across 5 articles" in out


def test_folder_with_one_article_gives_an_empty_list(tmp_path, capsys) -> None:
    (tmp_path / "only.txt").write_text("A headline\n\nOne sentence here.\n", encoding="utf-8")
    assert main(["claims", str(tmp_path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_missing_path_is_one_line_not_a_traceback(tmp_path, capsys) -> None:
    assert main(["claims", str(tmp_path / "nope"), "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1
