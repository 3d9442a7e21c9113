"""What every command shares: the PATH and --store arguments, and opening a set.

The ingestion and store modules are imported by the functions that use them:
the reader's launcher builds its argument parser from this module before it
pauses the garbage collector for start-up (tui.launch), and their imports are
a good part of that start-up.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from articles.model import ArticleSet
    from store import Store


def add_set_arguments(parser: argparse.ArgumentParser) -> None:
    """PATH... (files or folders; none: the bundled sample) and --store."""
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="article files or folders (.txt, .md, .html); none: the bundled sample",
    )
    parser.add_argument(
        "--store",
        metavar="PATH",
        help="the store file to use (default: .briefreader/store.json in the article folder)",
    )
    parser.epilog = parser.epilog or OFFSETS_NOTE  # the main command lists its commands there


OFFSETS_NOTE = (
    "Offsets (start, end) are character indices into each article's text as read: a text "
    "file's characters (UTF-8, universal newlines), so text == file_text[start:end]; for "
    "an HTML page, the main text extracted from it (headline, then body), not its markup."
)
"""What every command's offsets index (shown at the end of its --help)."""


def open_set(paths: list[str], *, quiet: bool = False, cached: bool = False) -> ArticleSet | None:
    """The article set, or None after printing a one-line message to stderr.

    Skipped files and notices are reported on stderr unless ``quiet`` (the
    reader shows them itself); when nothing could be opened they are always
    reported, since they say why.  ``cached`` reuses the segmentation of an
    unchanged set from the user's cache (the reader; batch commands read afresh).
    """
    from articles.ingest import MissingPathError, load_paths, load_sample

    try:
        if cached:
            # the reader only: keeps commands light
            from store.ingest_cache import load_cached_sample, load_set

            article_set = load_set(paths) if paths else load_cached_sample()
        elif not paths:
            article_set = load_sample()
        else:
            article_set = load_paths(paths)
    except MissingPathError as error:
        print(f"briefreader: {error}", file=sys.stderr)
        return None
    if not quiet or not article_set.articles:
        report_problems(article_set)
    if not article_set.articles:
        where = ", ".join(paths) if paths else "the sample"
        print(f"briefreader: no readable articles in {where}", file=sys.stderr)
        return None
    return article_set


def problem_lines(article_set: ArticleSet) -> list[str]:
    """One line per skipped file or notice, naming the file."""
    lines = [f"skipped {path}: {reason}" for path, reason in article_set.skipped]
    for article in article_set.articles:
        lines.extend(f"{article.source}: {notice}" for notice in article.notices)
    return lines


def report_problems(article_set: ArticleSet) -> None:
    for line in problem_lines(article_set):
        print(f"briefreader: {line}", file=sys.stderr)


def _there(path: str) -> bool:
    """Whether something is at ``path``, also when it cannot be read (not only "exists")."""
    try:
        os.stat(path)
    except FileNotFoundError:
        return False
    except OSError:
        return True  # (permission denied, a loop of links: there, not readable)
    return True


def open_store(article_set: ArticleSet, explicit: str | None, *, read_only: bool) -> Store | None:
    """The set's store, or None after a one-line message on stderr.

    Reading a store that does not exist yet gives an empty in-memory one
    rather than creating a file.
    """
    from store import Store, StoreError, resolve_store_path
    from store.paths import existing_store, kept_store_path
    from store.storage import JOURNAL_SUFFIX

    if explicit is not None and not explicit.strip():
        print("briefreader: --store needs a file name (it was given '')", file=sys.stderr)
        return None
    path = resolve_store_path(article_set, explicit)

    def exists(store_path: Path) -> bool:
        # A first session writes only the journal until it closes (or after a crash):
        # that is a store too.  Both live next to the real file when the path is a link.
        # A store that is there but cannot be reached (a folder that cannot be
        # searched, a loop of links) is there: opening it says why it cannot be read.
        real = os.path.realpath(store_path)
        return any(_there(p) for p in (real, real + JOURNAL_SUFFIX))

    if read_only and not exists(path) and not explicit:
        # the folder was read-only when the reader kept its work in the data folder;
        # else the store of a read-only folder, read where it is
        for other in (kept_store_path(article_set), existing_store(article_set)):
            if other is not None and other != path and exists(other):
                print(f"briefreader: reading the store in {other}", file=sys.stderr)
                path = other
                break
    if read_only and not exists(path):
        return Store.memory()
    try:
        # (read-only: a damaged store shows what it still holds, set aside or not)
        store = Store.open(
            path, read_only=read_only, on_corrupt="readonly" if read_only else "fail"
        )
    except (StoreError, OSError) as error:
        print(f"briefreader: {error}", file=sys.stderr)
        return None
    if store.notice:
        print(f"briefreader: {store.notice}", file=sys.stderr)
    return store
