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


def _words(text: str) -> str:
    """A passage's words on one line, cut at 60 characters."""
    words = " ".join(text.split())
    return words if len(words) <= 60 else words[:59] + "…"


def _describe(annotation: Annotation, words: str | None = None) -> str:
    """The article and the passage's words (``words``: other words than the anchor's)."""
    shown = annotation.anchor.exact if words is None else words
    return f"{annotation.anchor.article_id}: “{_words(shown)}”"


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
        # an annotation names its article by id and by file (the file outlives the id)
        open_ids = {a.id for a in article_set.articles} | set(article_set.places().values())
        if placed and all(
            a.orphaned and a.anchor.article_id not in open_ids and a.anchor.source not in open_ids
            for a in placed
        ):
            # not one passage found, in articles not open here: the wrong folder, not
            # articles that changed (their annotations would be filed as its orphans)
            named = sorted({a.anchor.article_id for a in placed})
            listed = ", ".join(named[:5]) + (
                f" and {len(named) - 5} more" if len(named) > 5 else ""
            )
            print(
                f"briefreader: the annotations are about articles not open here ({listed}); "
                "nothing imported: give the folder of those articles",
                file=sys.stderr,
            )
            return 2
        try:
            if placed:
                store.save_annotations(placed)
            # placed again as the reader and the exports place them (by file too), so
            # that what this reports as orphaned is what they show as orphaned
            store.reanchor(article_set)
            now = {a.id: a for a in store.annotations()}
            orphans = [now.get(a.id, a) for a in placed if now.get(a.id, a).orphaned]
            moved = [
                now.get(a.id, a)
                for a in placed
                if not now.get(a.id, a).orphaned and now.get(a.id, a).reworded_from
            ]
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
    if moved:
        parts.append(f"{len(moved)} placed on changed words")
    if orphans:
        parts.append(f"{len(orphans)} orphaned (passage not found in the open articles)")
    print(", ".join(parts))
    for annotation in moved[:MAX_LISTED_ORPHANS]:
        # the words annotated, then the article's words now
        print(f"  changed: {_describe(annotation, annotation.reworded_from)}")
        print(f"       now “{_words(annotation.anchor.exact)}”")
    if len(moved) > MAX_LISTED_ORPHANS:
        print(f"  ... and {len(moved) - MAX_LISTED_ORPHANS} more")
    for orphan in orphans[:MAX_LISTED_ORPHANS]:
        print(f"  orphaned: {_describe(orphan)}")
    if len(orphans) > MAX_LISTED_ORPHANS:
        print(f"  ... and {len(orphans) - MAX_LISTED_ORPHANS} more")
    return 0
