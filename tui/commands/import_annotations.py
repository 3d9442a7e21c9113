"""``briefreader import-annotations FILE [PATH...]``: Web Annotation JSON into the store.

Reads what ``briefreader export --format json|jsonl`` writes (and Web
Annotation files of other tools): a collection, a page, a list, one
annotation, or JSON Lines; ``-`` reads stdin.  Each annotation is placed in
the open articles (:mod:`articles.export.placing`); one whose passage cannot
be found is stored anyway, flagged orphaned, and listed.  An annotation whose
id is already in the store is not duplicated: it replaces the stored one only
when it was modified later (so two analysts can merge their work both ways).

Everything is saved in one durable, all-or-nothing write; the command exits
0 only once that write has returned.  A file that cannot be read gives a
one-line message and exit status 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from articles.annotation import Annotation
from articles.export.placing import place
from articles.export.webanno import AnnotationFormatError, parse_annotations
from articles.ingest import unicode_encoding
from store import StoreError
from store.paths import rooted
from tui.commands.common import add_set_arguments, open_set, open_store

MAX_LISTED_ORPHANS = 20


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help="Web Annotation JSON (collection or JSON Lines); - for stdin"
    )
    add_set_arguments(parser)


def read_file(name: str) -> str | None:
    """The file's text, or None after a one-line message."""
    if not name.strip():
        print(f"briefreader: no such file: {name!r}", file=sys.stderr)
        return None
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).expanduser().read_bytes()
    except FileNotFoundError:
        print(f"briefreader: no such file: {name}", file=sys.stderr)
        return None
    except IsADirectoryError:
        print(f"briefreader: {name} is a folder, not an annotation file", file=sys.stderr)
        return None
    except OSError as error:
        print(f"briefreader: cannot read {name}: {error.strerror or error}", file=sys.stderr)
        return None
    # (an editor on Windows saves UTF-16 with its mark, or UTF-8 with one)
    encoding = unicode_encoding(data) or "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        print(f"briefreader: {name}: not UTF-8 text (is it a JSON export?)", file=sys.stderr)
        return None


def merge(
    incoming: list[Annotation], stored: dict[str, Annotation]
) -> tuple[list[Annotation], int, int]:
    """(annotations to save, how many were already there, how many replace an older copy).

    The same id twice in the file counts once (the later-modified copy wins).
    """
    newest: dict[str, Annotation] = {}
    for annotation in incoming:
        seen = newest.get(annotation.id)
        if seen is None or annotation.modified > seen.modified:
            newest[annotation.id] = annotation
    to_save: list[Annotation] = []
    present = updated = 0
    for annotation in newest.values():
        old = stored.get(annotation.id)
        if old is None:
            to_save.append(annotation)
        elif annotation.modified > old.modified:
            to_save.append(annotation)
            updated += 1
        else:
            present += 1
    return to_save, present, updated


def _describe(annotation: Annotation) -> str:
    exact = " ".join(annotation.anchor.exact.split())
    if len(exact) > 60:
        exact = exact[:59] + "…"
    return f"{annotation.anchor.article_id}: “{exact}”"


def run(args: argparse.Namespace) -> int:
    text = read_file(args.file)
    if text is None:
        # a missing path is status 2, as in every command; an unreadable file 1
        from articles.ingest import missing_paths

        missing = args.file != "-" and bool(missing_paths([os.path.expanduser(args.file)]))
        return 2 if missing else 1
    try:
        incoming = parse_annotations(text)
    except AnnotationFormatError as error:
        print(f"briefreader: {args.file}: {error}", file=sys.stderr)
        return 1
    article_set = open_set(args.paths)
    if article_set is None:
        return 2  # as every command: no articles to work on
    store = open_store(article_set, args.store, read_only=False)
    if store is not None:
        article_set = rooted(article_set, store.path)
    if store is None:
        return 1
    try:
        if store.read_only:
            print("briefreader: the store is read-only: nothing imported", file=sys.stderr)
            return 1
        stored = {a.id: a for a in store.annotations()}
        to_save, present, updated = merge(incoming, stored)
        placed = [place(a, article_set.articles) for a in to_save]
        try:
            if placed:
                store.save_annotations(placed)
            # placed again as the reader and the exports place them (by file too), so
            # that what this reports as orphaned is what they show as orphaned
            store.reanchor(article_set)
            now = {a.id: a for a in store.annotations()}
            orphans = [now.get(a.id, a) for a in placed if now.get(a.id, a).orphaned]
        except (StoreError, OSError) as error:
            print(f"briefreader: nothing imported: {error}", file=sys.stderr)
            return 1
    finally:
        store.close()
    added = len(placed) - updated
    parts = [f"imported {added} new annotation{'s' if added != 1 else ''}"]
    if updated:
        parts.append(f"updated {updated}")
    if present:
        parts.append(f"{present} already present")
    if orphans:
        parts.append(f"{len(orphans)} orphaned (passage not found in the open articles)")
    print(", ".join(parts))
    for orphan in orphans[:MAX_LISTED_ORPHANS]:
        print(f"  orphaned: {_describe(orphan)}")
    if len(orphans) > MAX_LISTED_ORPHANS:
        print(f"  ... and {len(orphans) - MAX_LISTED_ORPHANS} more")
    return 0
