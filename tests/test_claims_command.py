"""``briefreader claims``: JSON shape, offsets, table, bad input."""

from __future__ import annotations

import json

from claims_fixtures import REPORTED_TOLL

from articles.ingest import load_sample
from tui.cli import main


def test_json_on_the_sample_has_the_documented_shape(capsys) -> None:
    assert main(["claims", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and data
    texts = {a.id: a.text for a in load_sample().articles}
    for claim in data:
        assert set(claim) == {
            "id",
            "summary",
            "members",
            "disagreement",
            "omitted_by",
            "reported_by",
            "related_by",
        }
        assert len({m["article"] for m in claim["members"]}) >= 2
        for member in (*claim["members"], *claim["reported_by"], *claim["related_by"]):
            assert set(member) == {"article", "start", "end", "text"}
            assert texts[member["article"]][member["start"] : member["end"]] == member["text"]
        # every open article makes the claim, reports its figure, may make it in other
        # words, or omits it: one of them
        making = {m["article"] for m in claim["members"]}
        reporting = {m["article"] for m in claim["reported_by"]}
        close = [m["article"] for m in claim["related_by"]]
        omitting = set(claim["omitted_by"])
        groups = [making, reporting, set(close), omitting]
        assert sum(map(len, groups)) == len(set().union(*groups)) == len(texts)
        assert len(close) == len(set(close))  # one passage per article


def test_an_article_giving_the_claim_s_toll_elsewhere_reports_it(
    tmp_path, capsys, monkeypatch
) -> None:
    """An article whose toll sentence is linked to a claim but not grouped with it is
    neither a member nor omitting: the JSON gives its passage under ``reported_by``, the
    table names it, and the claim's reach counts it."""
    from articles.claims import analyse_claims
    from articles.ingest import load_paths

    for name, text in REPORTED_TOLL.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    claims = analyse_claims(load_paths([tmp_path]).articles)
    fire = next(c for c in claims if {m.article_id for m in c.members} == {"a", "b"})
    assert fire.reported_by == ("c",)  # the link model leaves c's sentence out
    assert fire.reach == 3 and fire.omitted_by == ("d",)
    assert main(["claims", str(tmp_path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    entry = next(c for c in data if c["id"] == fire.id)
    assert [(m["article"], m["text"][:4]) for m in entry["reported_by"]] == [("c", "Nine")]
    assert entry["omitted_by"] == ["d"]
    assert entry["disagreement"][0]["values"] == {"a": "7", "b": "7", "c": "9"}
    monkeypatch.setenv("COLUMNS", "200")  # one line per cell
    assert main(["claims", str(tmp_path), "--format", "table"]) == 0
    assert "a, b; its figure also in c" in capsys.readouterr().out


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


def test_a_table_of_many_articles_counts_them_instead_of_listing_each(capsys, monkeypatch) -> None:
    """A claim of a thousand-article set: its cells name a few articles and count the
    rest (the table listed every omitting article: millions of lines)."""
    from articles.claims import Claim, ClaimMember
    from articles.model import Article, Metadata
    from tui.commands import claims as command

    ids = tuple(f"a{n:04d}" for n in range(1000))
    members = tuple(ClaimMember(i, 0, 4, 0, ("9",)) for i in ids[:20])
    claim = Claim(
        "c1",
        "Nine people died",
        members,
        ids[:20],
        ids,
        disagreement=(
            {
                "quantity": "killed",
                "kind": "count",
                "values": {i: "9" if n < 15 else "8" for n, i in enumerate(ids[:20])},
            },
        ),
    )
    articles = [Article(i, i, "t", (), (), Metadata(headline=i), content_hash="") for i in ids]
    monkeypatch.setenv("COLUMNS", "300")  # one line per cell
    command._print_table([claim], articles)
    out = capsys.readouterr().out
    assert len(out.splitlines()) < 10
    cells = " ".join(out.replace("│", " ").split())
    assert "and 973 more" in cells and "and 13 more" in cells  # omitted by; made by
    assert "9 in 15 articles, 8 in 5 articles" in cells
