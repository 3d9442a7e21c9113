"""Helper process for the crash test: saves annotations and acknowledges each one.

``python tests/crash_writer.py STORE PREFIX MODE [COUNT]`` opens the store, then
saves annotations with ids ``PREFIX-0``, ``PREFIX-1``, ... (every fifth one
also edits the previous annotation's note) and prints each id on stdout,
flushed, only after :meth:`Store.save_annotation` has returned.  The test kills
it with SIGKILL at random moments; every printed id must survive.  MODE
``journal`` folds the journal into the main file every 16 KiB; ``rewrite``
after every save, so kills land in the middle of atomic rewrites too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import store.storage
from articles.annotation import Anchor, Annotation
from store import Store

PADDING = "\n" + "padding so the file takes a while to rewrite; " * 20
TEXT = "Moscow said on Tuesday that its strikes had hit forty targets near the river. " * 4


def annotation(ident: str, note: str) -> Annotation:
    anchor = Anchor.from_text("article-1", "hash", TEXT, 10, 60)
    return Annotation(id=ident, anchor=anchor, note=note, tags=("crash", "test/nested"))


def main(argv: list[str]) -> int:
    path, prefix, mode = Path(argv[1]), argv[2], argv[3]
    count = int(argv[4]) if len(argv) > 4 else 1_000_000
    if mode == "rewrite":
        store.storage.MIN_COMPACT_BYTES = 0
        store.storage.COMPACT_FRACTION = 1 << 40
    else:
        store.storage.MIN_COMPACT_BYTES = 16 * 1024
    db = Store.open(path)
    if db.read_only:
        print(f"READONLY {db.notice}", flush=True)
        return 1
    for i in range(count):
        ident = f"{prefix}-{i}"
        db.save_annotation(annotation(ident, f"note for {ident}" + PADDING))
        print(ident, flush=True)
        if i and i % 5 == 0:
            previous = f"{prefix}-{i - 1}"
            db.save_annotation(annotation(previous, f"edited note for {previous}" + PADDING))
            print(f"EDIT {previous}", flush=True)
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
