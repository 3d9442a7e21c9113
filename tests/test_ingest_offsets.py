"""Offsets: every paragraph and sentence span indexes Article.text, which is the file as read."""

from __future__ import annotations

from pathlib import Path

import pytest

from articles.ingest import load_paths, load_sample
from articles.model import Article

STORY = (
    "Council approves new cycle lanes\n"
    "\n"
    "The city council approved 12 km of new cycle lanes on Tuesday. Mr. Okoro voted against.\n"
    "\n"
    "“It’s a good day,” said Dr. Lena Fischer. “We waited… for years.”\n"
    "Work starts in May; it will cost 4.5 million euros.\n"
)


def check_offsets(article: Article) -> None:
    """The invariants every feature relies on."""
    text = article.text
    previous_end = -1
    for index, paragraph in enumerate(article.paragraphs):
        assert paragraph.index == index
        assert 0 <= paragraph.start < paragraph.end <= len(text)
        assert paragraph.start >= previous_end, "paragraphs overlap or go backwards"
        previous_end = paragraph.end
        chunk = text[paragraph.start : paragraph.end]
        assert chunk == chunk.strip() and "\n\n" not in chunk
    previous_end = -1
    for index, sentence in enumerate(article.sentences):
        assert sentence.index == index
        paragraph = article.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
        assert sentence.start >= previous_end
        previous_end = sentence.end
        assert article.sentence_text(sentence).strip()
    # Every paragraph's visible text is covered by its sentences.
    for paragraph in article.paragraphs:
        inside = [s for s in article.sentences if s.paragraph == paragraph.index]
        assert inside, f"paragraph {paragraph.index} has no sentence"
        assert inside[0].start == paragraph.start and inside[-1].end == paragraph.end


def load_one(path: Path) -> Article:
    loaded = load_paths([path])
    assert loaded.skipped == (), loaded.skipped
    (article,) = loaded.articles
    return article


@pytest.mark.parametrize(
    ("name", "newline", "bom"),
    [
        ("lf", "\n", b""),
        ("crlf", "\r\n", b""),
        ("cr", "\r", b""),
        ("bom_lf", "\n", b"\xef\xbb\xbf"),
        ("bom_crlf", "\r\n", b"\xef\xbb\xbf"),
    ],
)
def test_text_is_the_file_as_read_text(tmp_path: Path, name: str, newline: str, bom: bytes) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(bom + STORY.replace("\n", newline).encode("utf-8"))
    article = load_one(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.notices == ()
    check_offsets(article)
    assert article.headline == "Council approves new cycle lanes"
    texts = [article.sentence_text(s) for s in article.sentences]
    assert texts == [
        "Council approves new cycle lanes",
        "The city council approved 12 km of new cycle lanes on Tuesday.",
        "Mr. Okoro voted against.",
        "“It’s a good day,” said Dr. Lena Fischer.",
        "“We waited… for years.”",
        "Work starts in May; it will cost 4.5 million euros.",
    ]


def test_same_text_whatever_the_line_endings(tmp_path: Path) -> None:
    spans = []
    for newline in ("\n", "\r\n", "\r"):
        path = tmp_path / f"story{len(newline)}{newline == chr(13)}.txt"
        path.write_bytes(STORY.replace("\n", newline).encode("utf-8"))
        article = load_one(path)
        spans.append([(s.start, s.end) for s in article.sentences])
    assert spans[0] == spans[1] == spans[2]


def test_content_hash_is_of_the_text(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    article = load_one(path)
    assert article.content_hash == hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def test_sentence_and_paragraph_lookup_by_offset(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    article = load_one(path)
    target = article.sentences[2]
    assert article.sentence_at(target.start) == target
    assert article.sentence_at(target.end - 1) == target
    assert article.paragraph_at(target.start) == article.paragraphs[target.paragraph]
    blank = article.text.index("\n\n")
    assert article.paragraph_at(blank + 1) is None


def test_sample_offsets_and_text() -> None:
    sample = load_sample()
    assert sample.is_sample and len(sample.articles) == 5 and sample.skipped == ()
    for article in sample.articles:
        assert article.text == Path(article.source).read_text(encoding="utf-8")
        check_offsets(article)


def test_markdown_file_headline_without_markup(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "# Council approves new cycle lanes\n\n"
        "The city council approved 12 km of new cycle lanes on Tuesday, after a long debate.\n",
        encoding="utf-8",
    )
    article = load_one(path)
    assert article.headline == "Council approves new cycle lanes"
    assert article.text == path.read_text(encoding="utf-8")
    check_offsets(article)
