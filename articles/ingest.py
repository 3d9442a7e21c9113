"""Read files and folders into an :class:`ArticleSet`, never raising on bad input.

What cannot be read (binary, unreadable, empty) is listed in
``ArticleSet.skipped`` with a reason; what can be read with difficulty (not
UTF-8, too large) is opened and carries a notice.  Only a path that does not
exist at all is an error (:class:`MissingPathError`), so that the command can
exit non-zero with a one-line message.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from articles.collector import collector_paused
from articles.controls import visible, visible_line
from articles.model import (
    Article,
    ArticleSet,
    BlockKind,
    Metadata,
    Paragraph,
    Sentence,
    plain_heading,
    text_hash,
)
from articles.segment import iter_lines, split_blocks, split_sentences

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")
"""Read as Markdown: stored as the text a reader sees (see articles.markdown_text)."""
MAX_BYTES = 2_000_000
"""Files larger than this are opened up to this size (cut at a line end), with a notice."""
SAMPLE_FOLDER = Path(__file__).resolve().parent / "sample"
"""The bundled sample: package data installed next to this module (setuptools
package-data), found without importlib.resources, which would add ~10 ms to the
first paint for a path known in advance."""
MIN_HTML_WORDS = 3
"""Extracted page text shorter than this (a lone menu item) counts as no article text."""


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


def printable_name(path: str | Path) -> str:
    """A file name or path as text that can be shown and stored: bytes that are not
    UTF-8 escaped (``caf\\xe9.txt``), control characters made visible."""
    return visible_line(os.fsencode(str(path)).decode("utf-8", "backslashreplace"))


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when NUL bytes sit on one side of every pair (ASCII
    text), or when text with NUL bytes reads as UTF-16 that has line or word breaks and
    no control characters (Chinese or Japanese, whose characters have no NUL byte)."""
    head = data[:8192]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= 0.4 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.4 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    if b"\x00" not in head or len(data) % 2 or _reads_as_utf8(head):
        return None  # (UTF-8 with a stray NUL, "U.S. \x00 Mr.", is no UTF-16)
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            # (the last unit may be half of a pair cut at 8 KB)
            text = head[: len(head) - 2].decode(encoding)
        except UnicodeDecodeError:
            continue  # binary data has lone surrogates: one in 32 units is one
        breaks = sum(text.count(c) for c in "\n \u3000\u3002")
        controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r")
        if breaks and not controls and not any(0xE000 <= ord(c) <= 0xF8FF for c in text):
            return encoding
    return None


def _reads_as_utf8(head: bytes) -> bool:
    """Whether the first bytes of a file are valid UTF-8 (a character cut at their end
    aside)."""
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(head) - 3 and error.reason == "unexpected end of data"
    return True


def unicode_encoding(data: bytes) -> str | None:
    """A UTF-16 or UTF-32 encoding marked by a byte-order mark or evident from NUL bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return utf16_without_bom(data)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
"""Control characters that plain text does not use (tab, newlines, form feed, ESC allowed)."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB (UTF-16/32 text is not binary)."""
    head = data[:8192]
    if not head or unicode_encoding(head) is not None:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C
    return controls / len(head) > 0.05


def _mostly_latin(data: bytes) -> bool:
    """Few bytes above ASCII among the letters: a Western European single-byte text.

    Cyrillic, Greek or Arabic in a single-byte encoding has whole words of
    high bytes; French or German in cp1252 has the odd accented letter.
    """
    high = sum(1 for b in data if b >= 0x80)
    letters = sum(1 for b in data if 65 <= b <= 90 or 97 <= b <= 122)
    return high <= 0.3 * (letters + high)


_UTF8_SEQUENCE_RE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
"""A character of two to four bytes in UTF-8: single-byte text (an accented letter, then
a symbol or two) seldom makes one by chance."""
MIXED_MIN_SEQUENCES = 2
"""UTF-8 characters that make a file that is not all UTF-8 a mix, not single-byte text."""


def _as_single_bytes(error: UnicodeError) -> tuple[str, int]:
    """Decode error handler: the bytes that are not UTF-8, read as cp1252 (else latin-1)."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return "".join(_single_byte(b) for b in bad), error.end


def _single_byte(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")  # (five bytes cp1252 leaves undefined)


_SINGLE_BYTE_ERRORS = "briefreader-single-byte"
codecs.register_error(_SINGLE_BYTE_ERRORS, _as_single_bytes)


def _fallback_notice(encoding: str) -> str:
    return f"not valid UTF-8: decoded with fallback encoding {encoding}"


def decode(data: bytes) -> tuple[str, str | None]:
    """(text, notice): UTF-8 when valid (a BOM is kept, as ``read_text`` keeps it),
    else UTF-16/32 when marked, else the best single-byte guess, with a notice."""
    wide = unicode_encoding(data)
    if wide is not None:
        try:
            return data.decode(wide), f"decoded as {wide.upper()}"
        except UnicodeDecodeError:
            return data.decode(
                wide, errors="replace"
            ), f"decoded as {wide.upper()}, bad bytes replaced"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    if len(_UTF8_SEQUENCE_RE.findall(data, 0, 200_000)) >= MIXED_MIN_SEQUENCES:
        # UTF-8 with a passage pasted in another encoding: only the bytes that are not
        # UTF-8 are read as cp1252 (decoding it all so garbled the UTF-8 part)
        text = data.decode("utf-8", errors=_SINGLE_BYTE_ERRORS)
        return text, "not valid UTF-8 throughout: the bytes that are not were read as cp1252"
    sample = data[:200_000]
    candidates: list[str] = []
    if _mostly_latin(sample):
        candidates.append("cp1252")
    else:
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(sample).best()
            if best is not None:
                candidates.append(best.encoding)
        except Exception:  # the detector is a nicety; fall through to cp1252
            pass
    candidates += ["cp1252", "latin-1"]
    for candidate in candidates:
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        return text, _fallback_notice(candidate)
    return data.decode("utf-8", errors="replace"), "not valid UTF-8: bad bytes replaced"


def _truncate(data: bytes) -> bytes:
    """The first MAX_BYTES, cut at a line end, or else between two UTF-8 characters."""
    cut = data.rfind(b"\n", 0, MAX_BYTES)
    if cut > 0:
        return data[:cut]
    cut = MAX_BYTES
    while cut > MAX_BYTES - 4 and 0x80 <= data[cut] <= 0xBF:
        cut -= 1
    return data[:cut]


def has_text(text: str) -> bool:
    """Whether ``text`` holds anything visible (not only spaces and BOMs)."""
    return next(iter_lines(text), None) is not None


def _html_to_raw(article_id: str, source: str, html: str, notices: list[str]) -> RawText | str:
    """Main text and metadata of a web page, by trafilatura (or why there is none)."""
    try:
        import trafilatura  # heavy; only HTML input pays for it

        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as error:  # a library failure must not stop the other files
        return f"cannot extract the text of this HTML page ({type(error).__name__}: {error})"
    body = getattr(doc, "text", None) if doc is not None else None
    title = getattr(doc, "title", None) or None
    if body and len(body.split()) < MIN_HTML_WORDS:
        body = None  # a stray menu item is not an article
    if not body:
        if not title:
            return "no article text found in the HTML page"
        notices.append("no article text found in the HTML page; showing its title only")
        body = ""
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
        byline=_visible_byline(html, _authors(getattr(doc, "author", None))),
        date=date,
    )


_BYLINE_ELEMENT_RE = re.compile(
    r"<(?P<tag>[a-z][a-z0-9]*)\b[^>]*\bclass=[\"'][^\"']*\bbyline\b[^\"']*[\"'][^>]*>"
    r"(?P<inner>.{1,400}?)</(?P=tag)>",
    re.IGNORECASE | re.DOTALL,
)
_TAG_RE = re.compile(r"<[^>]+>")
_BY_RE = re.compile(r"^\s*by\s+", re.IGNORECASE)


def _visible_byline(html: str, meta: str | None) -> str | None:
    """The byline the page shows ("By Tom Hallett and Priya Raman") when it names the
    metadata's author and more (a co-author the ``author`` meta tag leaves out); else
    the metadata's."""
    found = _BYLINE_ELEMENT_RE.search(html)
    if found is None or meta is None:
        return meta
    import html as entities

    shown = " ".join(entities.unescape(_TAG_RE.sub(" ", found.group("inner"))).split())
    shown = _BY_RE.sub("", shown).split("|")[0].strip(" ,;")
    names = [n.strip() for n in meta.split(";")]
    if len(shown) > len(meta) and all(n in shown for n in names) and len(shown) <= 120:
        return _authors(shown)
    return meta


_MONTHS = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "jan", "feb", "mar", "apr"),
        *("jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    }
)


def _authors(found: str | None) -> str | None:
    """The page's authors as trafilatura gives them, without the date it may split off
    a byline with them ("By AFP | July 25, 2013" gives "AFP; July")."""
    if not found:
        return None
    parts = [p.strip() for p in found.split(";")]
    kept = [p for p in parts if p and p.casefold().rstrip(".") not in _MONTHS]
    kept = [p for p in kept if not any(c.isdigit() for c in p)]
    return "; ".join(kept) or None


def _markdown_to_raw(article_id: str, source: str, text: str, notices: list[str]) -> RawText:
    """A Markdown file's text as a reader sees it, and its front matter's metadata
    (see :mod:`articles.markdown_text`); the file as it is if it cannot be parsed."""
    from articles.markdown_text import read_markdown

    try:
        found = read_markdown(text)
    except Exception as error:  # a parser failure must not lose the file: show it as written
        notices.append(f"shown as written: cannot read it as Markdown ({type(error).__name__})")
        return RawText(article_id, source, text, tuple(notices))
    body, title = found.text, found.title
    first = body.split("\n", 1)[0]
    if title and first.startswith("#") and _same_title(plain_heading(first), title):
        title = plain_heading(first)  # the text's own heading, the fuller form of it
    elif title and plain_heading(first) != plain_heading(title):
        # the front matter's title heads the text (and is the headline), before any
        # heading of the page's own ("Site Navigation")
        body = f"# {title}\n\n{body}"
    if not has_text(body):
        body, title = text, None  # nothing but markup: show what is there
    return RawText(
        article_id,
        source,
        body,
        tuple(notices),
        title=title,
        outlet=found.outlet,
        byline=found.byline,
        date=found.date,
    )


def _same_title(heading: str, title: str) -> bool:
    """Whether a heading and a front matter's title are one title (one holds most of
    the other's words: "Floods hit York" and "Floods hit York as river peaks")."""
    a, b = (set(re.findall(r"\w+", t.casefold())) for t in (heading, title))
    small = min(len(a), len(b))
    return small > 0 and len(a & b) >= 0.8 * small


def read_raw(path: Path, article_id: str | None = None) -> RawText | str:
    """The file's text, or a reason it cannot be opened."""
    article_id = article_id or path.stem
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            # a named pipe or a device: reading it would wait for a writer forever
            return "not a regular file"
        size = info.st_size
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except IsADirectoryError:
        return "a folder, not a file"
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
    if not has_text(text):
        return "empty file"
    text = visible(normalise_newlines(text))
    if path.suffix.lower() in (".html", ".htm"):
        return _html_to_raw(article_id, printable_name(path), text, notices)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return _markdown_to_raw(article_id, printable_name(path), text, notices)
    return RawText(article_id, printable_name(path), text, tuple(notices))


def _walk(
    folder: Path, errors: list[OSError], skipped: list[tuple[str, str]] | None = None
) -> list[Path]:
    """Article files under ``folder``, recursively, hidden folders skipped, sorted.

    Folders that cannot be listed are appended to ``errors``; to ``skipped``, the
    empty subfolders and a saved web page's resource folder
    ("Page_files" next to "Page.html": its ads and widgets are no articles).
    """
    found: list[Path] = []
    holding: set[str] = set()  # folders with a file in them (of any kind)
    walked: list[str] = []
    for root, dirs, files in os.walk(folder, followlinks=False, onerror=errors.append):
        pages = {name.rsplit(".", 1)[0] for name in files if name.lower().endswith(_PAGES)}
        resources = [d for d in dirs if d.endswith("_files") and d[: -len("_files")] in pages]
        if skipped is not None:
            for d in resources:
                skipped.append(
                    (printable_name(Path(root) / d), "a saved web page's files, not articles")
                )
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in resources)
        walked.append(root)
        if files:
            holding.add(root)
        for name in files:
            if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                found.append(Path(root) / name)
    if skipped is not None and found:
        # the outermost empty subfolders: no file in or below them (a folder of
        # pictures is no surprise; the set's own folder is said by the caller)
        empty = [
            w for w in walked[1:] if not any(h == w or h.startswith(w + os.sep) for h in holding)
        ]
        for w in empty:
            if not any(w.startswith(e + os.sep) for e in empty):
                skipped.append((printable_name(w), "empty folder"))
    return sorted(found)


_PAGES = (".html", ".htm")


def _unique_id(stem: str, taken: set[str]) -> str:
    candidate, n = stem, 2
    while candidate in taken:
        candidate = f"{stem}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def build_articles(raws: Sequence[RawText]) -> tuple[Article, ...]:
    """Segment and classify every text; lines shared by several texts inform the layout."""
    with collector_paused():
        return _build_articles(raws)


def _build_articles(raws: Sequence[RawText]) -> tuple[Article, ...]:
    # The layout rules (a few dozen patterns, ~15 ms to compile) are imported
    # only when texts are segmented: a reopened set whose segmentation is
    # cached (store.ingest_cache) never needs them, nor does its first paint.
    from articles.layout import normalise_line

    blocks_of = [split_blocks(raw.text) for raw in raws]
    lines_of = [
        [raw.text[s:e] for s, e in blocks] for raw, blocks in zip(raws, blocks_of, strict=True)
    ]
    norms_of = [[normalise_line(line) for line in lines] for lines in lines_of]
    counts: Counter[str] = Counter()
    copies: set[str] = set()
    for raw, norms in zip(raws, norms_of, strict=True):
        if raw.text in copies:
            continue  # a second copy of one text recurs in it, not across outlets
        copies.add(raw.text)
        counts.update(set(norms))
    recurring = frozenset(k for k, c in counts.items() if c >= 2 and k)
    return tuple(
        build_article(raw, blocks, lines, recurring, norms)
        for raw, blocks, lines, norms in zip(raws, blocks_of, lines_of, norms_of, strict=True)
    )


def build_article(
    raw: RawText,
    blocks: Sequence[tuple[int, int]] | None = None,
    lines: Sequence[str] | None = None,
    recurring: frozenset[str] = frozenset(),
    norms: Sequence[str] | None = None,
) -> Article:
    """One :class:`Article` from its raw text (``norms``: the lines' normalised forms)."""
    from articles.layout import classify, glued_title

    text = raw.text
    if blocks is None:
        blocks = split_blocks(text)
    if lines is None:
        lines = [text[s:e] for s, e in blocks]
    layout = classify(lines, recurring, norms)
    kinds = layout.kinds
    if kinds and not any(kind.is_content for kind in kinds):
        # Nothing reads as an article (one short line, a list of names): show it
        # all rather than fold everything and open an empty pane.
        kinds = tuple(BlockKind.BODY if k is BlockKind.CHROME else k for k in kinds)
    if (
        raw.title
        and kinds
        and not kinds[0].is_content
        and BlockKind.HEADLINE not in kinds
        and plain_heading(lines[0]) == plain_heading(raw.title)
    ):
        # The page's own title opens the extracted text (HTML): it is the headline,
        # however short (a short line alone at the top reads as navigation).  After
        # the fallback above, so that a page of short lines still shows them all.
        kinds = (BlockKind.HEADLINE, *kinds[1:])
    paragraphs = tuple(
        Paragraph(i, s, e, kind) for i, ((s, e), kind) in enumerate(zip(blocks, kinds, strict=True))
    )
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        for s, e in split_sentences(text, paragraph.start, paragraph.end):
            sentences.append(Sentence(len(sentences), s, e, paragraph.index))
    if raw.title:
        headline = raw.title
    elif layout.headline_block is not None:
        block = lines[layout.headline_block]
        headline = glued_title(block) or block  # (without a byline glued on)
    else:
        headline = raw.id
    date = raw.date
    if date is None and layout.date is not None:
        try:
            date = dt.date(*layout.date)
        except ValueError:
            date = None
    meta = Metadata(
        # one line: a hard-wrapped title is one headline, not its first line
        headline=plain_heading(headline),
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
        content_hash=text_hash(text),
        notices=raw.notices,
    )


def load_paths(paths: Sequence[str | Path]) -> ArticleSet:
    """Open files and folders (recursively).  Raises MissingPathError for a missing path."""
    found = read_paths(paths)
    return ArticleSet(
        build_articles(found.raws), found.skipped, root=found.root, folders=found.folders
    )


@dataclass(frozen=True, slots=True)
class ReadPaths:
    """Files and folders read and decoded, before segmentation (see :func:`read_paths`)."""

    raws: tuple[RawText, ...]
    skipped: tuple[tuple[str, str], ...]
    """(path, reason) for every file or folder that could not be read."""
    root: str | None
    """The folder the paths belong to (:func:`set_root`)."""
    folders: tuple[str, ...] = ()
    """The folders given, in order."""


def read_paths(paths: Sequence[str | Path]) -> ReadPaths:
    """The decoded texts of files and folders (recursively), in a stable order.

    The first half of :func:`load_paths`, for callers that can reuse a cached
    segmentation of the same texts.  Raises MissingPathError for a missing path.
    """
    skipped: list[tuple[str, str]] = []
    missing: list[str] = []
    present: list[Path] = []
    for given in paths:
        problem = _unreachable(given)
        if problem is None:
            present.append(Path(given))
        elif problem == _MISSING:
            missing.extend(missing_paths([given]))
        else:
            skipped.append((printable_name(given), problem))
    if missing:
        raise MissingPathError(f"no such file or folder: {', '.join(missing)}")
    files: list[Path] = []
    folders: list[str] = []
    for path in present:
        if path.is_dir():
            folders.append(str(path))
            errors: list[OSError] = []
            found = _walk(path, errors, skipped)
            for error in errors:
                where = printable_name(error.filename or str(path))
                skipped.append((where, f"cannot list folder: {error.strerror or error}"))
            if not found and not errors:
                skipped.append((printable_name(path), "folder holds no .txt, .md or .html files"))
            files.extend(found)
        else:
            files.append(path)
    root = set_root(present)
    raws: list[RawText] = []
    taken: set[str] = set()
    seen: set[Path] = set()
    for path in files:
        try:
            resolved = path.resolve(strict=True)
        except (OSError, RuntimeError) as error:  # (RuntimeError: a link loop, Python 3.11)
            skipped.append((printable_name(path), _link_problem(path, error)))
            continue
        if resolved in seen:
            continue
        seen.add(resolved)
        result = read_raw(path, _unique_id(printable_name(path.stem), taken))
        if isinstance(result, str):
            skipped.append((printable_name(path), result))
        else:
            raws.append(result)
    return ReadPaths(tuple(raws), tuple(skipped), root, tuple(folders))


def set_root(paths: Sequence[Path]) -> str | None:
    """The folder a set opened from ``paths`` belongs to: the folder when one is given
    alone, else the closest folder holding every folder and file given (a file's
    folder), whatever their order: the set's store and its files' names (relative
    to it) do not change when the same folders are given in another order."""
    if not paths:
        return None
    places = [str(p) if p.is_dir() else str(p.parent) for p in paths]
    if len(set(places)) == 1:
        return places[0]
    try:
        return os.path.commonpath(places)
    except ValueError:  # relative and absolute paths mixed
        return os.path.commonpath([os.path.abspath(p) for p in places])


_MISSING = "missing"


def missing_paths(paths: Sequence[str | Path]) -> list[str]:
    """The paths given that name nothing at all (an empty one included), as shown."""
    return [
        repr(str(p)) if not str(p).strip() else printable_name(p)
        for p in paths
        if _unreachable(p) == _MISSING
    ]


def _unreachable(given: str | Path) -> str | None:
    """Why a path given by the user cannot be opened: ``_MISSING`` when nothing is
    there (also for an empty argument, which is no name for the current folder),
    else a reason to skip it (a link to nowhere, a folder that cannot be searched);
    None when it can be tried."""
    if not str(given).strip():
        return _MISSING
    path = Path(given)
    try:
        path.stat()
        return None
    except FileNotFoundError:
        pass
    except OSError as error:
        return _link_problem(path, error)
    try:
        path.lstat()
    except FileNotFoundError:
        return _MISSING
    except OSError as error:
        return f"cannot read: {error.strerror or error}"
    return "broken symbolic link: what it points to is gone"


def _link_problem(path: Path, error: OSError | RuntimeError) -> str:
    """The reason a path cannot be followed, as the user would name it."""
    if isinstance(error, RuntimeError) or getattr(error, "errno", None) == errno.ELOOP:
        return "symbolic link loop: it points back to itself"
    if isinstance(error, FileNotFoundError):
        return "broken symbolic link: what it points to is gone"
    return f"cannot read: {error.strerror or error}" if isinstance(error, OSError) else str(error)


def sample_dir() -> Path:
    """The bundled sample folder (package data)."""
    return SAMPLE_FOLDER


def load_sample(
    build: Callable[[Sequence[RawText]], tuple[Article, ...]] = build_articles,
) -> ArticleSet:
    """The five bundled articles about the Russian strikes in Syria, October 2015.

    ``build`` segments the texts (the reader passes one that reuses a cached
    segmentation).
    """
    folder = sample_dir()
    found = read_paths([folder])
    return ArticleSet(build(found.raws), found.skipped, root=str(folder), is_sample=True)
