"""``briefreader export``: formats, filters, output files and errors, on the bundled sample."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from articles.annotation import Anchor, Annotation
from articles.export.qdc import NAMESPACE
from articles.ingest import load_sample
from store import DATA_DIR_ENV, Store
from tui.commands import export as export_command


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A store with three annotations on the sample, one per article, different tags."""
    path = tmp_path / "store.json"
    articles = load_sample().articles
    tags = [("sources",), ("casualties/civilian", "russia"), ("casualties",)]
    store = Store.open(path)
    for n, article in enumerate(articles[:3]):
        sentence = article.body_sentences[2]
        store.save_annotation(
            Annotation(
                id=f"urn:uuid:44444444-0000-4000-8000-00000000000{n}",
                anchor=Anchor.from_text(
                    article.id, article.content_hash, article.text, sentence.start, sentence.end
                ),
                note=f"=note {n}",
                tags=tags[n],
            )
        )
    store.close()
    return path


def _run(
    store: Path, *, fmt: str | None = "md", tag=(), article=(), output=None, title=None
) -> int:
    return export_command.run(
        argparse.Namespace(
            paths=[],
            store=str(store),
            format=fmt,
            tag=list(tag),
            article=list(article),
            output=None if output is None else str(output),
            title=title,
        )
    )


def test_markdown_to_stdout(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(store_path, title="Syria, October 2015") == 0
    out = capsys.readouterr().out
    assert out.startswith("# Syria, October 2015\n")
    assert "3 annotated passages from 3 articles." in out
    for heading in ("\n## casualties\n", "\n### civilian\n", "\n## russia\n", "\n## sources\n"):
        assert heading in out
    assert "Middle East Eye" in out and "paragraph" in out
    assert "## Claims across articles" in out  # the claim analysis is installed


def test_csv_rows_and_injection(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(store_path, fmt="csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 3
    assert all(row["note"].startswith("'=note") for row in rows)


def test_tag_filter_includes_nested_tags(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(store_path, fmt="json", tag=["casualties"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 2
    tags = {b["value"] for item in data["items"] for b in item["body"] if b["purpose"] == "tagging"}
    assert {"casualties", "casualties/civilian"} <= tags


def test_tag_filter_ignores_letter_case(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(store_path, fmt="json", tag=["Casualties"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 2


def test_an_export_that_matches_nothing_never_replaces_a_file(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "brief.md"
    assert _run(store_path, output=brief) == 0
    before = brief.read_text()
    assert _run(store_path, tag=["nope"], output=brief) == 1
    err = capsys.readouterr().err
    assert "no annotations to export (with --tag nope)" in err
    assert f"nothing written to {brief}" in err
    assert brief.read_text() == before


def test_article_filter(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = load_sample().articles[0].id
    assert _run(store_path, fmt="jsonl", article=[first]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["target"]["articleId"] == first


def test_unknown_article_is_an_error(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(store_path, article=["nope"]) == 2
    assert "no open article with id nope" in capsys.readouterr().err


def test_output_file_and_format_from_suffix(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "codes.qdc"
    assert _run(store_path, fmt=None, output=output) == 0
    root = ET.fromstring(output.read_text(encoding="utf-8"))
    assert root.tag == f"{{{NAMESPACE}}}CodeBook"
    names = {c.get("name") for c in root.iter(f"{{{NAMESPACE}}}Code")}
    assert names == {"sources", "casualties", "civilian", "russia"}
    # the count said is the codes written, parents included
    assert "wrote 4 codes as qdc" in capsys.readouterr().err
    colours = [
        c.get("color") for c in root.iter(f"{{{NAMESPACE}}}Code") if c.get("name") == "russia"
    ]
    assert colours[0] and colours[0].startswith("#")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".codes")] == []
    # a file to share: the mode of any new file, not a temporary file's 0600
    umask = os.umask(0)
    os.umask(umask)
    assert output.stat().st_mode & 0o777 == 0o666 & ~umask


def test_unwritable_output_fails_cleanly(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(store_path, output=tmp_path / "missing-folder" / "x.md") == 1
    assert "cannot write" in capsys.readouterr().err
    assert _run(store_path, output=tmp_path) == 1
    assert "is a folder" in capsys.readouterr().err


def test_no_store_yet_exports_nothing_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No annotations yet is no error (status 0, to stdout or a file alike): stdout gets
    the empty export (the CSV's header), a file is not written (an earlier export there
    is kept); a filter matching nothing is an error (see below)."""
    missing = tmp_path / "none" / "store.json"
    assert _run(missing, fmt="csv") == 0
    captured = capsys.readouterr()
    assert captured.out.count("\n") == 1  # the header row only
    assert "no annotations to export" in captured.err
    assert not missing.parent.exists()
    out = tmp_path / "brief.csv"
    out.write_text("an earlier export\n", encoding="utf-8")
    assert _run(missing, fmt="csv", output=out) == 0
    assert out.read_text(encoding="utf-8") == "an earlier export\n"
    assert "nothing written to" in capsys.readouterr().err


def test_export_does_not_write_to_the_store(store_path: Path) -> None:
    before = store_path.read_bytes()
    assert _run(store_path, fmt="json") == 0
    assert store_path.read_bytes() == before


def test_cli_end_to_end(store_path: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui.cli", "export", "--store", str(store_path), "--format", "md"],
        capture_output=True,
        env={"PATH": "", DATA_DIR_ENV: str(tmp_path / "data")},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8").startswith("# Briefing: tagged passages\n")


def _live_store(path: Path, ident: str) -> Store:
    """A store still open (as the reader holds it) with one annotation tagged "fresh" on
    the sample: written to its journal only, no main file yet."""
    article = load_sample().articles[0]
    sentence = article.body_sentences[1]
    live = Store.open(path)
    live.save_annotation(
        Annotation(
            id=ident,
            anchor=Anchor.from_text(
                article.id, article.content_hash, article.text, sentence.start, sentence.end
            ),
            tags=("fresh",),
        )
    )
    return live


def test_a_store_written_only_to_its_journal_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A first session (or one killed) has written the journal and no main file yet:
    # the command said "no annotations to export", as if the work were lost.
    path = tmp_path / "live" / "store.json"
    path.parent.mkdir()
    live = _live_store(path, "urn:uuid:55555555-0000-4000-8000-000000000000")
    assert not path.exists()  # only the journal, while the reader runs
    assert _run(path, fmt="csv") == 0
    assert "fresh" in capsys.readouterr().out
    live.close()


def test_a_linked_store_written_only_to_its_journal_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the link leads to a main file not written yet; the journal is next to it
    path = tmp_path / "live" / "store.json"
    link = tmp_path / "link.json"
    link.symlink_to(path)
    live = _live_store(link, "urn:uuid:55555555-0000-4000-8000-000000000001")
    assert not path.exists() and path.with_name("store.json.journal").exists()
    assert _run(link, fmt="csv") == 0
    assert "fresh" in capsys.readouterr().out
    live.close()
    assert link.is_symlink() and path.exists()


def _claims_of_the_passages(store: Store) -> list:  # type: ignore[type-arg]
    """The sample's claims that a passage annotated in ``store`` takes part in."""
    from articles.claims import analyse_claims
    from articles.quotes import analyse_quotes

    articles = load_sample().articles
    spans = [(a.anchor.article_id, a.anchor.start, a.anchor.end) for a in store.annotations()]
    return [
        c
        for c in analyse_claims(articles, quotes=analyse_quotes(articles))
        if any(
            m.article_id == a and m.start < e and s < m.end for m in c.members for a, s, e in spans
        )
    ]


def test_the_brief_leaves_out_rejected_claims_and_uses_new_names(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from articles.claim_decisions import ClaimDecision, DecisionKind
    from store.claim_decisions import save_decision

    store = Store.open(store_path)
    # the brief lists the claims its passages take part in
    first, second = _claims_of_the_passages(store)[:2]
    save_decision(store, ClaimDecision(DecisionKind.REJECT, first.id))
    save_decision(store, ClaimDecision(DecisionKind.RENAME, second.id, text="Renamed one"))
    store.close()
    assert _run(store_path) == 0
    brief = capsys.readouterr().out
    assert first.summary not in brief
    assert "Renamed one" in brief


def test_the_brief_lists_only_the_claims_its_passages_take_part_in(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(store_path) == 0
    brief = capsys.readouterr().out
    claims = brief[brief.index("## Claims across articles") :]
    listed = claims.count("\n### ")
    assert 0 < listed < 10  # the sample has dozens of claims; the brief cites a few


def test_the_brief_marks_accepted_claims_and_the_user_s_roles(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from articles.claim_decisions import accept, mark_role
    from store.claim_decisions import save_decision

    store = Store.open(store_path)
    claim = _claims_of_the_passages(store)[0]
    member = claim.members[0]
    save_decision(store, accept(claim.id))
    save_decision(
        store, mark_role(claim.id, (member.article_id, member.start, member.end), "disputes")
    )
    store.close()
    assert _run(store_path) == 0
    brief = capsys.readouterr().out
    assert " (accepted)\n" in brief
    assert " (disputes): " in brief


# -- where --output writes: links are followed, FIFOs and devices written in place -------------


def _csv_export(store_path: Path, capsys: pytest.CaptureFixture[str]) -> bytes:
    """What the CSV export prints (small: it fits in a pipe's buffer)."""
    assert _run(store_path, fmt="csv") == 0
    return capsys.readouterr().out.encode("utf-8")


def test_an_output_symlink_is_followed(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _csv_export(store_path, capsys)
    real = tmp_path / "real"
    real.mkdir()
    (real / "brief.csv").write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(Path("real") / "brief.csv")
    assert _run(store_path, fmt="csv", output=link) == 0
    assert link.is_symlink() and os.readlink(link) == str(Path("real") / "brief.csv")
    assert (real / "brief.csv").read_bytes() == expected
    # the temporary file was made in the target's folder and is gone
    assert sorted(p.name for p in real.iterdir()) == ["brief.csv"]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_dangling_output_symlink_creates_its_target(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _csv_export(store_path, capsys)
    (tmp_path / "real").mkdir()
    link = tmp_path / "link.csv"
    link.symlink_to(tmp_path / "real" / "new.csv")
    assert _run(store_path, fmt="csv", output=link) == 0
    assert link.is_symlink()
    assert (tmp_path / "real" / "new.csv").read_bytes() == expected


def test_an_output_fifo_is_written_in_place(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _csv_export(store_path, capsys)
    fifo = tmp_path / "fifo.csv"
    os.mkfifo(fifo)
    # Opened for reading and writing, the FIFO has a reader (the export's open does not
    # block) and a writer (reading what is there does not wait for an end of file).
    fd = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)
    try:
        assert _run(store_path, fmt="csv", output=fifo) == 0
        received = b""
        while True:
            try:
                chunk = os.read(fd, 65536)
            except BlockingIOError:
                break
            received += chunk
    finally:
        os.close(fd)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received == expected
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".fifo")] == []


def test_an_output_character_device_is_written_in_place(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a private twin of /dev/full (every write fails with "no space"): the device stays
    full = tmp_path / "full"
    try:
        os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except OSError:
        pytest.skip("cannot make a device node here")
    assert _run(store_path, fmt="csv", output=full) == 1
    err = capsys.readouterr().err
    assert err.startswith("briefreader: cannot write") and err.count("\n") == 1, err
    assert stat.S_ISCHR(os.lstat(full).st_mode)


def test_output_through_a_proc_fd_link_goes_to_the_open_file(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # what --output /dev/stdout does (tried on a private link to /proc/self/fd/1, so a
    # regression can never replace the system's /dev/stdout): a pipe, then a file
    if not Path("/proc/self/fd/1").exists():
        pytest.skip("no /proc fd links here")
    expected = _csv_export(store_path, capsys)
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    command = [sys.executable, "-m", "tui.cli", "export", "--store", str(store_path)]
    command += ["--format", "csv", "--output", str(link)]
    env = {**os.environ, DATA_DIR_ENV: str(tmp_path / "data")}
    piped = subprocess.run(command, capture_output=True, env=env, timeout=120)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == expected
    redirected = tmp_path / "redirected.csv"
    with redirected.open("wb") as handle:
        to_file = subprocess.run(
            command, stdout=handle, stderr=subprocess.PIPE, env=env, timeout=120
        )
    assert to_file.returncode == 0, to_file.stderr
    assert redirected.read_bytes() == expected
    assert link.is_symlink()


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664])
def test_an_existing_output_file_keeps_its_mode(
    store_path: Path, tmp_path: Path, mode: int
) -> None:
    private = tmp_path / "private.md"
    private.write_text("old\n")
    private.chmod(mode)
    assert _run(store_path, output=private) == 0
    assert private.read_text().startswith("# Briefing")
    assert stat.S_IMODE(private.stat().st_mode) == mode


def test_a_symlinked_output_keeps_its_target_s_mode(store_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "target.md"
    target.write_text("old\n")
    target.chmod(0o600)
    link = tmp_path / "link.md"
    link.symlink_to(target)
    assert _run(store_path, output=link) == 0
    assert link.is_symlink() and target.read_text().startswith("# Briefing")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize("kind", ["loop", "missing folder"])
def test_an_output_link_that_leads_nowhere_fails_in_one_line(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    link = tmp_path / "link.md"
    if kind == "loop":
        (tmp_path / "other.md").symlink_to(link)
        link.symlink_to(tmp_path / "other.md")
    else:
        link.symlink_to(tmp_path / "missing" / "brief.md")
    assert _run(store_path, output=link) == 1
    err = capsys.readouterr().err
    assert err.startswith("briefreader: cannot write") and err.count("\n") == 1, err
    assert link.is_symlink()


def test_the_reader_s_writer_follows_links_and_writes_fifos(tmp_path: Path) -> None:
    # the in-app export (tui.screens.annotating) writes with the same function
    target = tmp_path / "target.json"
    target.write_text("old")
    target.chmod(0o600)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    export_command.write_file(link, b"new")
    assert link.is_symlink() and target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    fd = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)
    try:
        export_command.write_file(fifo, b"piped")
        assert os.read(fd, 100) == b"piped"
    finally:
        os.close(fd)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_several_tags_after_one_tag_option_and_a_path_after_them(
    store_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 6 writes "--tag T ...": "--tag sources russia" is two tags; a folder typed
    after them is still the set to open, not a tag."""
    import csv
    import io

    from tui.cli import main

    def rows(*args: str) -> list[dict[str, str]]:
        assert main(["export", "--store", str(store_path), "--format", "csv", *args]) == 0
        return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))

    both = rows("--tag", "sources", "russia")
    assert sorted(r["tags"] for r in both) == ["casualties/civilian, russia", "sources"]
    assert rows("--tag", "sources", "--tag", "russia") == both
    sample = load_sample()
    copy = tmp_path / "set"
    copy.mkdir()
    for article in sample.articles:
        (copy / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    # (a set of its own: its store is empty, so nothing matches, but it opens), also a
    # folder named without a slash, after one tag or several
    opened: list[list[str]] = []
    real_open_set = export_command.open_set

    def open_set(paths: list[str]):  # type: ignore[no-untyped-def]
        opened.append(list(paths))
        return real_open_set(paths)

    monkeypatch.setattr(export_command, "open_set", open_set)
    monkeypatch.chdir(tmp_path)
    for args in (
        ["--tag", "sources", f"{copy}/"],
        ["--tag", "sources", "set"],
        ["--tag", "a", "--tag", "b", "set"],
    ):
        # (a tag no annotation of that set carries: said, exit 1, nothing written)
        assert main(["export", *args, "--format", "csv"]) == 1
        captured = capsys.readouterr()
        assert "no such file" not in captured.err and captured.out == ""
        assert "no annotations to export (with --tag" in captured.err
        assert opened.pop() in ([f"{copy}/"], ["set"])


def test_the_brief_names_who_a_tagged_quotation_quotes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from articles.quotes import analyse_quotes

    articles = load_sample().articles
    fallon = next(q for q in analyse_quotes(articles).quotes if q.speaker == "Michael Fallon")
    article = next(a for a in articles if a.id == fallon.article_id)
    sentence = next(s for s in article.sentences if s.start <= fallon.start < s.end)
    path = tmp_path / "store.json"
    store = Store.open(path)
    store.save_annotation(
        Annotation(
            id="urn:uuid:55555555-0000-4000-8000-000000000001",
            anchor=Anchor.from_text(
                article.id, article.content_hash, article.text, sentence.start, sentence.end
            ),
            tags=("fallon",),
        )
    )
    store.close()
    assert _run(path) == 0
    brief = capsys.readouterr().out
    passage = brief[brief.index("## fallon") : brief.index("## Claims across articles")]
    assert "\n\nQuoting: Michael Fallon\n" in passage


def test_the_brief_lists_a_claim_the_user_accepted_though_no_passage_is_in_it(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Accepting (and renaming) a claim is a fact-checker's verdict: the brief shows it."""
    from articles.claim_decisions import ClaimDecision, DecisionKind, accept
    from articles.claims import analyse_claims
    from articles.quotes import analyse_quotes
    from store.claim_decisions import save_decision

    store = Store.open(store_path)
    cited = {c.id for c in _claims_of_the_passages(store)}
    articles = load_sample().articles
    other = next(
        c for c in analyse_claims(articles, quotes=analyse_quotes(articles)) if c.id not in cited
    )
    save_decision(store, accept(other.id))
    save_decision(store, ClaimDecision(DecisionKind.RENAME, other.id, text="Toll: 77-80"))
    store.close()
    assert _run(store_path) == 0
    brief = capsys.readouterr().out
    claims = brief[brief.index("## Claims across articles") :]
    assert "Toll: 77-80 (accepted)" in claims


def test_a_damaged_store_exports_what_it_still_holds(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file a damaged store was set aside as: the commands read it read-only."""
    whole = store_path.read_bytes()
    cut = whole.index(b"44444444-0000-4000-8000-000000000002")
    store_path.write_bytes(whole[:cut])
    assert _run(store_path, fmt="csv") == 0
    captured = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(captured.out)))
    assert len(rows) == 2
    assert "still readable" in captured.err
    assert store_path.read_bytes() == whole[:cut]  # read, never moved or written
