"""Open the reader: the article set, the store (with its failure modes), then the app."""

from __future__ import annotations

import signal
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from articles.model import ArticleSet
    from store import Store


def _ask(question: str, choices: str, default: str) -> str:
    """One-letter answer from the terminal; ``default`` when nobody can answer."""
    if not sys.stdin.isatty():
        return default
    try:
        answer = input(question).strip().lower()[:1]
    except EOFError:
        return default
    return answer if answer and answer in choices else default


def open_store(article_set: ArticleSet, explicit: str | None) -> Store | None:
    """The set's store; on a corrupt store, the user chooses fresh or read-only."""
    from store import Store, StoreCorrupt, StoreError, resolve_store_path

    path = resolve_store_path(article_set, explicit)
    try:
        return Store.open(path)
    except StoreCorrupt as error:
        print(
            f"briefreader: the store {path} could not be read; "
            f"the broken file was moved to {error.moved_to}.",
            file=sys.stderr,
        )
        answer = _ask("Start a fresh store (f), open read-only (r) or quit (q)? [r] ", "frq", "r")
        if answer == "q":
            return None
        return Store.open(path, on_corrupt="fresh" if answer == "f" else "readonly")
    except StoreError as error:
        print(f"briefreader: {error}", file=sys.stderr)
        return None


def run_reader(paths: list[str], store_path: str | None) -> int:
    from tui.commands.common import open_set, problem_lines

    article_set = open_set(paths)
    if article_set is None:
        return 2
    store = open_store(article_set, store_path)
    if store is None:
        return 1
    try:
        article_set = store.apply_corrections(article_set)
        orphans = store.reanchor(article_set)
        from tui.app import BriefReaderApp
        from tui.keys import load_keymap

        keymap, keymap_problem = load_keymap()
        messages = problem_lines(article_set)
        if keymap_problem:
            messages.append(keymap_problem)
        if orphans:
            messages.append(
                f"{len(orphans)} annotation(s) could not be placed in the changed text; "
                "they are kept and listed as orphaned in the Tags tab (4)."
            )
        app = BriefReaderApp(article_set, store, keymap=keymap, startup_messages=messages)

        def _stop(signum: int, frame: object) -> None:
            # The store has already written every change; quit cleanly.
            app.exit()

        for sig in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, _stop)
        app.run()
        return app.return_code or 0
    finally:
        store.close()
