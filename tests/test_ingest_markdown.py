"""Markdown files are read as the text a reader sees: no marks, front matter as metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from articles.ingest import load_paths
from articles.markdown_text import front_matter, render_text
from articles.model import Article, BlockKind
from articles.quotes import analyse_quotes

POST = """---
title: "Flood defences fail in York"
date: 2024-01-05
author: Jane Smith
publisher: 'The Northern Echo'
tags: [floods, york]
---

# Flood defences fail in *York* as river peaks

By **Jane Smith**

The River Ouse peaked at 5.2 metres on Thursday, overwhelming
[flood barriers](https://example.com/barriers) in the city centre.

"We did everything we could," said **council leader** Claire Douglas. "The water simply
came too fast."

![Sandbags on Ouse Bridge](https://example.com/sandbags.jpg)

The Environment Agency said 300 homes were flooded.
"""


def _load(tmp_path: Path, text: str, name: str = "post.md") -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_paths([path]).articles[0]


def _kinds(article: Article) -> list[tuple[str, str]]:
    return [(p.kind.value, article.text[p.start : p.end]) for p in article.paragraphs]


def test_a_post_reads_without_its_marks_and_its_front_matter(tmp_path: Path) -> None:
    article = _load(tmp_path, POST)
    for mark in ("**", "](", "https://", "![", "---", "tags:"):
        assert mark not in article.text
    assert "overwhelming\nflood barriers in the city centre." in article.text
    assert article.meta.headline == "Flood defences fail in York as river peaks"
    assert article.meta.byline == "Jane Smith"
    assert article.meta.outlet == "The Northern Echo"
    assert article.meta.date == dt.date(2024, 1, 5)
    kinds = _kinds(article)
    assert kinds[0] == ("headline", "Flood defences fail in York as river peaks")
    assert [k for k, _ in kinds].count("body") == 3


def test_speakers_behind_emphasis_are_found(tmp_path: Path) -> None:
    article = _load(tmp_path, POST)
    quotes = analyse_quotes([article]).quotes
    assert [q.speaker for q in quotes] == ["Claire Douglas", "Claire Douglas"]
    assert article.text[quotes[0].start : quotes[0].end] == "We did everything we could,"


def test_offsets_index_the_stored_text(tmp_path: Path) -> None:
    article = _load(tmp_path, POST)
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end].strip()
        paragraph = article.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end


def test_the_front_matter_title_heads_a_text_without_a_heading(tmp_path: Path) -> None:
    article = _load(
        tmp_path,
        "---\ntitle: Bridge reopens\n---\n"
        "The bridge reopened on Monday after two years of repairs, the council said.\n\n"
        "About 12,000 vehicles a day are expected to cross it, according to its figures.\n",
    )
    assert article.meta.headline == "Bridge reopens"
    assert _kinds(article)[0] == ("headline", "Bridge reopens")
    assert article.paragraphs[-1].kind is BlockKind.BODY


def test_plain_text_saved_as_markdown_keeps_its_words(tmp_path: Path) -> None:
    text = (
        "Strikes hit 600 \\[IS\\] fighters\n\n"
        "Russia said 600 [IS] fighters fled & 3 * 4 = 12.\n\n"
        "- first point\n- second point\n\n"
        "1999. The year it began.\n"
    )
    article = _load(tmp_path, text)
    assert "Strikes hit 600 [IS] fighters" in article.text
    assert "Russia said 600 [IS] fighters fled & 3 * 4 = 12." in article.text
    assert "- first point\n\n- second point" in article.text
    assert "1999. The year it began." in article.text


def test_html_in_markdown_keeps_its_text_not_its_tags() -> None:
    text = render_text(
        "Lead paragraph.\n\n<figure><img src=a.jpg><figcaption>Photo: AP</figcaption></figure>\n"
    )
    assert text == "Lead paragraph.\n\nPhoto: AP\n"
    script = render_text("Lead.\n\n<script>\nalert(1)\n</script>\n\n<style>p {}</style>\n")
    assert script == "Lead.\n"


def test_front_matter_fields() -> None:
    fields, rest = front_matter('+++\ntitle = "A"\ndate = 2020-02-03\nmap = {a = 1}\n+++\nBody\n')
    assert fields == {"title": "A", "date": "2020-02-03"}
    assert rest == "Body\n"
    assert front_matter("Body --- not front matter\n---\n") == (
        {},
        "Body --- not front matter\n---\n",
    )


def test_a_file_the_parser_fails_on_is_shown_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import articles.markdown_text as markdown_text

    def broken(text: str) -> object:
        raise RecursionError("too deep")

    monkeypatch.setattr(markdown_text, "read_markdown", broken)
    article = _load(tmp_path, "A **bold** claim, said the minister.\n")
    assert article.text == "A **bold** claim, said the minister.\n"
    assert any("cannot read it as Markdown" in n for n in article.notices)


def test_a_file_of_only_markup_shows_what_is_there(tmp_path: Path) -> None:
    article = _load(tmp_path, "![](https://example.com/a.jpg)\n")
    assert article.text == "![](https://example.com/a.jpg)\n"


def test_text_files_are_not_read_as_markdown(tmp_path: Path) -> None:
    article = _load(tmp_path, "A **bold** claim\n\nSaid the minister.\n", name="note.txt")
    assert "**bold**" in article.text


def test_front_matter_in_markdown_and_lists_of_authors(tmp_path: Path) -> None:
    """A title written in Markdown is read as text; a page heading unlike the title
    ("Site Navigation") does not take its place; a list of authors is the byline."""
    article = _load(
        tmp_path,
        '---\ntitle: "**Floods** hit [York](https://example.com)"\nauthor:\n  - Jane Smith\n'
        '  - "Bob Jones"\n---\n# Site Navigation\n\n'
        "The River Ouse peaked at 5.2 metres on Thursday, the Environment Agency said.\n\n"
        "About 300 homes were flooded in the city centre, officials said on Friday.\n",
    )
    assert article.meta.headline == "Floods hit York"
    assert article.meta.byline == "Jane Smith and Bob Jones"
    fields, _ = front_matter("---\nauthors: [Ann Lee, 'Tom Ode']\n---\nx\n")
    assert fields == {"authors": "Ann Lee and Tom Ode"}
