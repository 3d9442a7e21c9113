"""Golden-file tests of every export format, plus the properties each must keep.

Run with ``BRIEFREADER_UPDATE_GOLDEN=1`` to rewrite the golden files after an
intended change; then read the diff before committing it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from export_samples import TEXT_A, TEXT_B, sample_annotations, sample_articles, sample_claims

from articles.annotation import Anchor, Annotation
from articles.export import render_export, to_csv, to_markdown
from articles.export.csv_format import neutralise
from articles.export.markdown import UNNAMED_SPEAKER
from articles.export.mdtext import block_quote, escape_line
from articles.export.qdc import NAMESPACE, hex_colour, tag_guid, to_qdc
from articles.export.selection import select_annotations

GOLDEN = Path(__file__).parent / "golden"
NS = {"q": NAMESPACE}


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("BRIEFREADER_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8", newline="")
    expected = path.read_bytes().decode("utf-8")
    assert text == expected, f"{name} differs from the golden file"


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "qdc"])
def test_golden(fmt: str) -> None:
    check_golden(f"export.{fmt}", render_export(fmt, sample_annotations(), sample_articles()))


def test_golden_markdown_with_claims() -> None:
    text = render_export(
        "md", sample_annotations(), sample_articles(), claims=sample_claims(), title="Syria brief"
    )
    check_golden("export.md", text)


def test_markdown_without_claims_has_no_claims_section() -> None:
    text = to_markdown(sample_annotations(), sample_articles())
    assert "Claims" not in text
    assert "\n## casualties\n" in text


def test_markdown_nests_hierarchical_tags() -> None:
    text = to_markdown(sample_annotations(), sample_articles())
    top = text.index("\n## casualties\n")
    nested = text.index("\n### civilian\n")
    assert top < nested < text.index("\n## claims\n")


def test_markdown_quotes_every_line_and_escapes_markup() -> None:
    text = to_markdown(sample_annotations(), sample_articles())
    assert "> \\=HYPERLINK(" in text or "> =HYPERLINK(" in text
    assert "600 \\[IS\\] fighters" in text  # brackets cannot become a link
    quoted = block_quote("first line\n\n# second\n- third")
    assert quoted == "> first line\n>\n> \\# second\n>\n> \\- third"
    assert escape_line("1. not a list") == "1\\. not a list"
    assert escape_line("<b>bold</b> &amp; *em*") == "\\<b\\>bold\\</b\\> \\&amp; \\*em\\*"


def test_markdown_tag_filter_limits_sections() -> None:
    selected = select_annotations(sample_annotations(), tags=["casualties"])
    text = to_markdown(selected, sample_articles(), tags=["casualties"])
    assert "\n## casualties\n" in text and "\n### civilian\n" in text
    assert "\n## claims\n" not in text and "Notes without a tag" not in text


def test_markdown_cites_outlet_headline_date_paragraph() -> None:
    text = to_markdown(sample_annotations(), sample_articles())
    assert (
        "— *Middle East Eye*, “Russia says 600 \\[IS\\] militants fled”, 2015-10-03, paragraph 2"
        in text
    )
    assert "*The Guardian*, “Cameron: Russia backing 'butcher' Assad”, undated, paragraph" in text


@dataclass(frozen=True)
class _Quote:
    article_id: str
    start: int
    end: int
    speaker: str | None


def _quote(article: str, text: str, words: str, speaker: str | None) -> _Quote:
    start = text.index(words)
    return _Quote(article, start, start + len(words), speaker)


def test_markdown_names_who_each_passage_quotes() -> None:
    quotes = [
        _quote("alpha", TEXT_A, "panic", None),
        _quote("alpha", TEXT_A, "It's absolutely clear,", "David Cameron"),
        _quote("alpha", TEXT_A, "that Russia is not discriminating.", "David Cameron"),
        _quote("beta", TEXT_B, "most are killing civilians", "Michael Fallon"),
    ]
    text = to_markdown(sample_annotations(), sample_articles(), quotes=quotes)
    # the passage on "most are killing civilians" names its speaker under the citation
    assert "paragraph 2\n\nQuoting: Michael Fallon\n\nNote: @someone" in text
    # a quotation the text attributes to no one is said so, once per passage
    assert text.count("Quoting: " + UNNAMED_SPEAKER + "\n") == 2  # the passage under two tags
    # passages without quotations, and one not found in its article, name nobody
    assert text.count("Quoting: ") == 3
    assert "Quoting:" not in to_markdown(sample_annotations(), sample_articles())


def test_a_passage_over_one_speaker_s_two_quotations_names_him_once() -> None:
    alpha = sample_articles()[0]
    start, end = _span_of(TEXT_A, "“It's absolutely clear,”", "not discriminating.”")
    annotation = Annotation(
        id="urn:uuid:00000000-0000-4000-8000-0000000000aa",
        anchor=Anchor.from_text("alpha", alpha.content_hash, TEXT_A, start, end),
        tags=("cameron",),
    )
    quotes = [
        _quote("alpha", TEXT_A, "It's absolutely clear,", "David Cameron"),
        _quote("alpha", TEXT_A, "that Russia is not discriminating.", "David Cameron"),
    ]
    text = to_markdown([annotation], sample_articles(), quotes=quotes)
    assert text.count("Quoting: David Cameron\n") == 1


def test_csv_round_trips_through_the_csv_module() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(sample_annotations(), sample_articles()))))
    assert len(rows) == 6
    first = rows[0]
    assert first["article_id"] == "alpha"
    assert first["outlet"] == "Middle East Eye"
    assert first["date"] == "2015-10-03"
    assert "\n" in first["exact"] and "Zoë Müller" in first["exact"]
    assert first["tags"] == "casualties/civilian, claims"
    assert first["created"] == "2024-03-01T09:30:00Z"


def test_csv_neutralises_formula_cells() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(sample_annotations(), sample_articles()))))
    dangerous = ("=", "+", "-", "@", "\t", "\r")
    for row in rows:
        for value in row.values():
            assert not value.startswith(dangerous), value
    by_id = {row["id"][-1]: row for row in rows}
    assert by_id["2"]["exact"].startswith("'=HYPERLINK(")
    assert by_id["2"]["note"] == "'=1+1"
    assert by_id["3"]["exact"].startswith("'- Only")
    assert by_id["4"]["exact"].startswith("'@Fallon")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\nx"),
        ("one\rtwo\r\nthree", "one\ntwo\nthree"),
        ("safe = yes", "safe = yes"),
        ("", ""),
    ],
)
def test_neutralise(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


def test_a_note_with_carriage_returns_keeps_its_row_whole() -> None:
    import dataclasses

    annotations = [
        dataclasses.replace(a, note="\rCR note" if n == 0 else "line\rbreak")
        for n, a in enumerate(sample_annotations())
    ]
    text = to_csv(annotations, sample_articles())
    rows = list(csv.reader(io.StringIO(text)))
    assert {len(row) for row in rows} == {len(rows[0])}  # no row split at a bare CR
    notes = [row[rows[0].index("note")] for row in rows[1:]]
    assert notes[0] == "\nCR note" and notes[1] == "line\nbreak"


def test_json_keeps_exact_text_unneutralised() -> None:
    data = json.loads(render_export("json", sample_annotations(), sample_articles()))
    exact = [item["target"]["selector"][0]["exact"] for item in data["items"]]
    assert any(e.startswith("=HYPERLINK(") for e in exact)


def test_json_is_a_web_annotation_collection() -> None:
    data = json.loads(render_export("json", sample_annotations(), sample_articles()))
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection"
    assert data["total"] == len(data["items"]) == 6
    assert "code points" in data["offsetUnit"]
    item = data["items"][0]
    assert item["type"] == "Annotation"
    assert item["id"].startswith("urn:uuid:")
    kinds = [s["type"] for s in item["target"]["selector"]]
    assert kinds == ["TextQuoteSelector", "TextPositionSelector"]
    purposes = [b["purpose"] for b in item["body"]]
    assert purposes == ["tagging", "tagging", "commenting"]
    assert item["target"]["articleId"] == "alpha"


def test_position_selector_counts_code_points() -> None:
    alpha = sample_articles()[0]
    data = json.loads(render_export("json", sample_annotations(), sample_articles()))
    emoji = next(i for i in data["items"] if i["id"].endswith("5"))
    position = emoji["target"]["selector"][1]
    exact = emoji["target"]["selector"][0]["exact"]
    assert alpha.text[position["start"] : position["end"]] == exact
    assert "😀" in exact


def test_jsonl_lines_are_standalone_annotations() -> None:
    lines = render_export("jsonl", sample_annotations(), sample_articles()).splitlines()
    assert len(lines) == 6
    for line in lines:
        item = json.loads(line)
        assert item["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
        assert item["type"] == "Annotation"
        assert "offsetUnit" in item


def test_qdc_structure() -> None:
    root = ET.fromstring(render_export("qdc", sample_annotations(), sample_articles()))
    assert root.tag == f"{{{NAMESPACE}}}CodeBook"
    (codes,) = root.findall("q:Codes", NS)
    top = {c.get("name"): c for c in codes.findall("q:Code", NS)}
    assert set(top) == {"casualties", "claims", "sources"}
    nested = top["casualties"].findall("q:Code", NS)
    assert [c.get("name") for c in nested] == ["civilian"]
    every = root.findall(".//q:Code", NS)
    guids = [c.get("guid") for c in every]
    assert len(set(guids)) == len(guids) == 4
    assert all(c.get("isCodable") == "true" for c in every)
    assert nested[0].get("guid") == tag_guid("casualties/civilian")


def test_qdc_colours_and_stable_guids() -> None:
    class Info:
        def __init__(self, name: str, colour: str | None) -> None:
            self.name, self.colour = name, colour

    xml = to_qdc([Info("a/b", "#abc"), Info("c", "red"), "a"])
    root = ET.fromstring(xml)
    codes = {c.get("name"): c for c in root.iter(f"{{{NAMESPACE}}}Code")}
    assert codes["b"].get("color") == "#AABBCC"
    assert codes["c"].get("color") is None  # only hex colours are written
    assert codes["a"].get("guid") == tag_guid("a") == ET.fromstring(to_qdc(["a"]))[0][0].get("guid")
    assert hex_colour("#12ab9F") == "#12AB9F"


def test_qdc_escapes_awkward_tag_names() -> None:
    root = ET.fromstring(to_qdc(['quotes "and" <angles> & ampersands/naïve']))
    names = [c.get("name") for c in root.iter(f"{{{NAMESPACE}}}Code")]
    assert names == ['quotes "and" <angles> & ampersands', "naïve"]


def test_select_by_article_and_tag_prefix() -> None:
    chosen = select_annotations(sample_annotations(), article_ids=["beta"], tags=["casualties"])
    assert [a.id[-1] for a in chosen] == ["4"]
    assert [a.id[-1] for a in select_annotations(sample_annotations(), tags=["casual"])] == []


def test_unknown_format_raises_value_error() -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        render_export("pdf", sample_annotations(), sample_articles())


def test_markdown_renders_as_intended() -> None:
    """A real CommonMark parser sees the structure we meant and no stray markup."""
    from markdown_it import MarkdownIt

    text = render_export(
        "md", sample_annotations(), sample_articles(), claims=sample_claims(), title="Syria brief"
    )
    html = MarkdownIt("commonmark").render(text)
    assert html.count("<h1>") == 1
    assert html.count("<blockquote>") == 7  # one per passage under each of its tags
    assert "<a " not in html and "<em>mostly</em>" not in html
    assert "<h1>" not in html.split("</h1>", 1)[1]  # "# heading" text stays text
    assert "<li>Only one" not in html  # "- Only" inside a quote is not a list item
    assert "[IS]" in html and "Zoë Müller" in html and "😀" in html


def test_markdown_marks_orphans_and_closed_articles() -> None:
    text = to_markdown(sample_annotations(), sample_articles())
    assert "article gamma (not open)" in text
    assert "orphaned" in text


def test_a_reworded_passage_is_exported_with_the_words_as_annotated() -> None:
    import dataclasses

    from articles.export.webanno import parse_annotations, to_webanno_collection

    first = sample_annotations()[0]
    reworded = dataclasses.replace(first, reworded_from="the words as they were annotated")
    rows = list(csv.DictReader(io.StringIO(to_csv([reworded], sample_articles()))))
    assert rows[0]["annotated_text"] == "the words as they were annotated"
    brief = to_markdown([reworded], sample_articles())
    assert "reworded this passage since it was annotated" in brief
    assert "> the words as they were annotated" in brief
    (back,) = parse_annotations(to_webanno_collection([reworded]))
    assert back.reworded_from == "the words as they were annotated"


def _span_of(text: str, begin: str, end: str) -> tuple[int, int]:
    start = text.index(begin)
    return start, text.index(end, start) + len(end)


def test_exports_name_each_passage_s_file_and_an_import_keeps_it() -> None:
    """Ids shift when files of one name are opened together; the file names the article
    across sittings: a CSV column, a JSON target field, read back on import."""
    from articles.export.webanno import parse_annotations

    alpha = sample_articles()[0]
    annotation = Annotation(
        id="urn:uuid:00000000-0000-4000-8000-0000000000bb",
        anchor=Anchor.from_text("alpha", alpha.content_hash, TEXT_A, 0, 11, "ic/alpha.txt"),
        tags=("x",),
    )
    (row,) = csv.DictReader(io.StringIO(to_csv([annotation], sample_articles())))
    assert row["file"] == "ic/alpha.txt"
    (plain,) = csv.DictReader(io.StringIO(to_csv(sample_annotations()[:1], sample_articles())))
    assert plain["file"] == "alpha.txt"  # saved before files were kept: the open article's
    text = render_export("jsonl", [annotation], sample_articles())
    assert json.loads(text)["target"]["file"] == "ic/alpha.txt"
    (back,) = parse_annotations(text)
    assert back.anchor.source == "ic/alpha.txt"


def test_an_article_without_an_outlet_is_named_by_its_headline_in_marks() -> None:
    """A .txt file with no outlet: "“Spain train crash: …” says 80", not a bare line."""
    import dataclasses

    from articles.export.markdown import HEADLINE_HINT_CHARS, _article_label
    from articles.ingest import load_sample

    article = load_sample().articles[0]
    bare = dataclasses.replace(article, meta=dataclasses.replace(article.meta, outlet=None))
    label = _article_label(bare.id, {bare.id: bare})
    assert label.startswith("“") and label.endswith("”")
    assert len(label) <= HEADLINE_HINT_CHARS + 2
    nameless = dataclasses.replace(bare, meta=dataclasses.replace(bare.meta, headline=bare.id))
    assert _article_label(bare.id, {bare.id: nameless}) == bare.id.replace("_", "\\_")
