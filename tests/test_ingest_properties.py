"""Property-based tests: whatever bytes arrive, ingestion never raises and offsets hold.

Random bytes, random text in random encodings, random quote marks and line
endings are written to files and opened with load_paths, the way a user opens
them.  The invariants are those every feature relies on (see articles.model).
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.controls import visible
from articles.ingest import load_paths
from articles.model import Article, ArticleSet
from articles.segment import split_blocks, split_sentences

# BRIEFREADER_EXAMPLES=5000 for a long hunt; the suite's default stays quick.
EXAMPLES = int(os.environ.get("BRIEFREADER_EXAMPLES", "120"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_counter = itertools.count()

QUOTES = "\"'“”‘’«»„‹›"
NEWLINES = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"]
_VOCABULARY = (
    "Mr. U.S. Gen. said the minister 3.5 ... … (AFP) Photo: By Jane Doe – — e.g. No. 10"
    " Published 3 October 2015 newsletter Sign up cookies ? ! . , : é Ж 中文 🙂 and agencies"
)
WORDS = st.sampled_from([*_VOCABULARY.split(" "), "\ufeff", "\u200b", "\t", " ", "  "])
TOKENS = st.one_of(
    WORDS,
    st.sampled_from(list(QUOTES)),
    st.sampled_from(NEWLINES),
    st.text(min_size=1, max_size=8),
)
TEXTS = st.lists(TOKENS, max_size=120).map(lambda parts: " ".join(parts))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("props")


def write(folder: Path, data: bytes, suffix: str = ".txt") -> Path:
    path = folder / f"f{next(_counter)}{suffix}"
    path.write_bytes(data)
    return path


def check_set(loaded: ArticleSet, expected_files: int) -> None:
    assert len(loaded.articles) + len(loaded.skipped) == expected_files
    for path, reason in loaded.skipped:
        assert path and reason and "\n" not in reason
    for article in loaded.articles:
        check_article(article)


def check_article(article: Article) -> None:
    text = article.text
    assert "\r" not in text, "newlines are normalised"
    previous = 0
    for i, p in enumerate(article.paragraphs):
        assert p.index == i
        assert previous <= p.start < p.end <= len(text), "paragraphs increase, never overlap"
        assert text[p.start : p.end].strip()
        previous = p.end
    previous = 0
    for i, s in enumerate(article.sentences):
        assert s.index == i
        paragraph = article.paragraphs[s.paragraph]
        assert paragraph.start <= s.start < s.end <= paragraph.end, "sentence inside paragraph"
        assert previous <= s.start
        previous = s.end
    assert article.meta.headline is not None
    for notice in article.notices:
        assert notice and "\n" not in notice


@SETTINGS
@given(data=st.binary(max_size=3000))
def test_random_bytes_never_raise(folder: Path, data: bytes) -> None:
    path = write(folder, data)
    check_set(load_paths([path]), 1)


@SETTINGS
@given(
    text=TEXTS,
    encoding=st.sampled_from(
        ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1", "cp1251"]
    ),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_random_text_in_random_encodings(
    folder: Path, text: str, encoding: str, newline: str
) -> None:
    data = text.replace("\n", newline).encode(encoding, errors="replace")
    path = write(folder, data)
    loaded = load_paths([path])
    check_set(loaded, 1)
    if encoding in ("utf-8", "utf-8-sig") and loaded.articles:
        # The offset contract: the text is the file as Python reads it (control
        # characters made visible, one for one).
        assert loaded.articles[0].text == visible(path.read_text(encoding="utf-8"))
        assert loaded.articles[0].notices == ()


@SETTINGS
@given(
    paragraphs=st.lists(
        st.tuples(
            st.sampled_from(list(QUOTES)),
            st.text(
                st.characters(exclude_categories=["Cs"], exclude_characters="\r\n"),
                min_size=1,
                max_size=60,
            ),
            st.sampled_from(list(QUOTES)),
            st.sampled_from([".", "?", "!", "", "…", ".”", '?"', ","]),
        ),
        min_size=1,
        max_size=15,
    ),
    newline=st.sampled_from(NEWLINES),
)
def test_random_quotes_and_line_endings(
    folder: Path, paragraphs: list[tuple[str, str, str, str]], newline: str
) -> None:
    text = newline.join(f"{o}{body}{c}{end} He said so." for o, body, c, end in paragraphs)
    path = write(folder, text.encode("utf-8"))
    loaded = load_paths([path])
    check_set(loaded, 1)
    if loaded.articles:
        assert loaded.articles[0].text == visible(path.read_text(encoding="utf-8"))


@SETTINGS
@given(texts=st.lists(TEXTS, min_size=2, max_size=4))
def test_sets_of_random_files_with_shared_lines(folder: Path, texts: list[str]) -> None:
    """Several files at once exercise the recurring-line logic across the set."""
    sub = folder / f"set{next(_counter)}"
    sub.mkdir()
    shared = "Sign up to our newsletter\nShare this\n"
    for i, text in enumerate(texts):
        (sub / f"a{i}.txt").write_text(shared + text + "\n" + shared, encoding="utf-8")
    check_set(load_paths([sub]), len(texts))


@SETTINGS
@given(html=TEXTS.map(lambda t: f"<html><body><article><p>{t}</p></article></body></html>"))
def test_random_html_never_raises(folder: Path, html: str) -> None:
    path = write(folder, html.encode("utf-8"), suffix=".html")
    check_set(load_paths([path]), 1)


# --- the segmenters on their own ---------------------------------------------------------------


@settings(max_examples=EXAMPLES * 3, deadline=None)
@given(text=TEXTS)
def test_split_blocks_properties(text: str) -> None:
    blocks = split_blocks(text)
    previous = 0
    for start, end in blocks:
        assert previous <= start < end <= len(text)
        chunk = text[start:end]
        assert chunk.strip() and not chunk[0].isspace() and not chunk[-1].isspace()
        previous = end
    # Nothing visible is lost: every non-space character outside blocks is invisible.
    covered: set[int] = set()
    for start, end in blocks:
        covered.update(range(start, end))
    for i, char in enumerate(text):
        if i not in covered:
            assert char.isspace() or char in "\ufeff\u200b\u200c\u200d\u2060\u00ad"


@settings(max_examples=EXAMPLES * 3, deadline=None)
@given(text=TEXTS, data=st.data())
def test_split_sentences_properties(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    spans = split_sentences(text, start, end)
    previous = start
    for s, e in spans:
        assert previous <= s < e <= end
        assert text[s:e].strip()
        previous = e
    # Every non-space character of the range is inside some sentence.
    for i in range(start, end):
        if not text[i].isspace():
            assert any(s <= i < e for s, e in spans), (i, text[i])


def test_utf8_with_a_stray_nul_is_not_read_as_utf16(folder: Path) -> None:
    """The property test above found "U.S. \\x00 Mr." (UTF-8, even length) read as UTF-16
    ("⹕⹓ 䴠⹲"): a text that is valid UTF-8 stays UTF-8."""
    path = write(folder, b"U.S. \x00 Mr.")
    loaded = load_paths([path])
    check_set(loaded, 1)
    if loaded.articles:
        assert loaded.articles[0].text == visible("U.S. \x00 Mr.")
