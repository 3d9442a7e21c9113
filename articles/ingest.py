"""Read files and folders into an :class:`ArticleSet`, never raising on bad input.

What cannot be read (binary, unreadable, empty) is listed in
``ArticleSet.skipped`` with a reason; what can be read with difficulty (not
UTF-8, too large) is opened and carries a notice.  Only a path that does not
exist at all is an error (:class:`MissingPathError`), so that the command can
exit non-zero with a one-line message.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from articles.layout import classify, normalise_line
from articles.model import Article, ArticleSet, Metadata, Paragraph, Sentence
from articles.segment import split_blocks, split_sentences

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 2_000_000
"""Files larger than this are opened up to this size (cut at a line end), with a notice."""
SAMPLE_PACKAGE = "articles.sample"


class MissingPathError(Exception):
    """A path given by the user does not exist."""


@dataclass(frozen=True, slots=True)
class RawText:
    """A file's decoded text before analysis."""

    id: str
    source: str
    text: str
    notices: tuple[str, ...] = ()
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    date: dt.date | None = None


def normalise_newlines(text: str) -> str:
    """Universal newlines, as ``open(..., newline=None)`` reads them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.05


def decode(data: bytes) -> tuple[str, str | None]:
    """(text, notice): UTF-8 when valid, else the best guess with a notice."""
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    encoding = None
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        encoding = best.encoding if best is not None else None
    except Exception:  # the detector is a nicety; fall through to cp1252
        encoding = None
    for candidate in (encoding, "cp1252", "latin-1"):
        if not candidate:
            continue
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        return text, f"not valid UTF-8; decoded as {candidate}"
    return data.decode("utf-8", errors="replace"), "not valid UTF-8; bad bytes replaced"


def _truncate(data: bytes) -> bytes:
    cut = data.rfind(b"\n", 0, MAX_BYTES)
    return data[: cut if cut > 0 else MAX_BYTES]


def _html_to_raw(article_id: str, source: str, html: str, notices: list[str]) -> RawText:
    """Main text and metadata of a web page, by trafilatura."""
    import trafilatura  # heavy; only HTML input pays for it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body:
        notices.append("no article text found in the HTML page")
        body = ""
    title = getattr(doc, "title", None) or None
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    raw_date = getattr(doc, "date", None)
    date = None
    if raw_date:
        try:
            date = dt.date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            date = None
    return RawText(
        article_id,
        source,
        normalise_newlines(text),
        tuple(notices),
        title=title,
        outlet=getattr(doc, "sitename", None) or None,
        byline=getattr(doc, "author", None) or None,
        date=date,
    )


def read_raw(path: Path, article_id: str | None = None) -> RawText | str:
    """The file's text, or a reason it cannot be opened."""
    article_id = article_id or path.stem
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        return f"cannot read: {error.strerror or error}"
    notices: list[str] = []
    if looks_binary(data):
        return "binary file, not text"
    if len(data) > MAX_BYTES:
        data = _truncate(data)
        notices.append(
            f"large file ({size / 1e6:.1f} MB): opened the first {len(data) / 1e6:.1f} MB"
        )
    text, notice = decode(data)
    if notice:
        notices.append(notice)
    if not text.strip():
        return "empty file"
    if path.suffix.lower() in (".html", ".htm"):
        return _html_to_raw(article_id, str(path), text, notices)
    return RawText(article_id, str(path), normalise_newlines(text), tuple(notices))


def _walk(folder: Path) -> Iterable[Path]:
    """Article files under ``folder``, recursively, hidden folders skipped, sorted."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                found.append(Path(root) / name)
    return sorted(found)


def _unique_id(stem: str, taken: set[str]) -> str:
    candidate, n = stem, 2
    while candidate in taken:
        candidate = f"{stem}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def build_articles(raws: Sequence[RawText]) -> tuple[Article, ...]:
    """Segment and classify every text; lines shared by several texts inform the layout."""
    blocks_of = [split_blocks(raw.text) for raw in raws]
    lines_of = [[raw.text[s:e] for s, e in blocks] for raw, blocks in zip(raws, blocks_of)]
    counts: Counter[str] = Counter()
    for lines in lines_of:
        counts.update({normalise_line(line) for line in lines})
    recurring = frozenset(k for k, c in counts.items() if c >= 2 and k)
    return tuple(
        build_article(raw, blocks, lines, recurring)
        for raw, blocks, lines in zip(raws, blocks_of, lines_of)
    )


def build_article(
    raw: RawText,
    blocks: Sequence[tuple[int, int]] | None = None,
    lines: Sequence[str] | None = None,
    recurring: frozenset[str] = frozenset(),
) -> Article:
    """One :class:`Article` from its raw text."""
    text = raw.text
    if blocks is None:
        blocks = split_blocks(text)
    if lines is None:
        lines = [text[s:e] for s, e in blocks]
    layout = classify(lines, recurring)
    paragraphs = tuple(
        Paragraph(i, s, e, kind) for i, ((s, e), kind) in enumerate(zip(blocks, layout.kinds))
    )
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        for s, e in split_sentences(text, paragraph.start, paragraph.end):
            sentences.append(Sentence(len(sentences), s, e, paragraph.index))
    if raw.title:
        headline = raw.title
    elif layout.headline_block is not None:
        headline = lines[layout.headline_block]
    else:
        headline = raw.id
    date = raw.date
    if date is None and layout.date is not None:
        try:
            date = dt.date(*layout.date)
        except ValueError:
            date = None
    meta = Metadata(
        headline=headline.strip(),
        outlet=raw.outlet or layout.outlet,
        byline=raw.byline or layout.byline,
        date=date,
    )
    return Article(
        id=raw.id,
        source=raw.source,
        text=text,
        paragraphs=paragraphs,
        sentences=tuple(sentences),
        meta=meta,
        content_hash=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        notices=raw.notices,
    )


def load_paths(paths: Sequence[str | Path]) -> ArticleSet:
    """Open files and folders (recursively).  Raises MissingPathError for a missing path."""
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise MissingPathError(f"no such file or folder: {', '.join(missing)}")
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    root: str | None = None
    for given in paths:
        path = Path(given)
        if path.is_dir():
            root = root or str(path)
            found = list(_walk(path))
            if not found:
                skipped.append((str(path), "folder holds no .txt, .md or .html files"))
            files.extend(found)
        else:
            files.append(path)
    if root is None and files:
        root = str(files[0].parent)
    raws: list[RawText] = []
    taken: set[str] = set()
    seen: set[Path] = set()
    for path in files:
        resolved = path.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        result = read_raw(path, _unique_id(path.stem, taken))
        if isinstance(result, str):
            skipped.append((str(path), result))
        else:
            raws.append(result)
    return ArticleSet(build_articles(raws), tuple(skipped), root=root)


def sample_dir() -> Path:
    """The bundled sample folder (package data)."""
    return Path(str(resources.files(SAMPLE_PACKAGE)))


def load_sample() -> ArticleSet:
    """The five bundled articles about the Russian strikes in Syria, October 2015."""
    folder = sample_dir()
    loaded = load_paths([folder])
    return ArticleSet(loaded.articles, loaded.skipped, root=str(folder), is_sample=True)
