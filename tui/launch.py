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


def open_store(
    article_set: ArticleSet, explicit: str | None, messages: list[str] | None = None
) -> Store | None:
    """The set's store; on a corrupt store, the user chooses fresh or read-only.

    What the user should be told in the reader is appended to ``messages``.
    """
    messages = messages if messages is not None else []
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
        if answer == "f":
            messages.append(f"Started a fresh store; the broken one is at {error.moved_to}.")
            return Store.open(path, on_corrupt="fresh")
        messages.append(
            f"The store is open read-only (nothing will be saved); "
            f"the broken one is at {error.moved_to}."
        )
        # The broken file is already moved aside: open what is there, without writing.
        return Store.open(path, read_only=True, on_corrupt="readonly")
    except StoreError as error:
        print(f"briefreader: {error}", file=sys.stderr)
        return None


def run_reader(paths: list[str], store_path: str | None) -> int:
    from tui.commands.common import open_set, problem_lines

    article_set = open_set(paths, quiet=True)
    if article_set is None:
        return 2
    store_messages: list[str] = []
    store = open_store(article_set, store_path, store_messages)
    if store is None:
        return 1
    try:
        article_set = store.apply_corrections(article_set)
        orphans = store.reanchor(article_set)
        from tui.app import BriefReaderApp
        from tui.keys import load_keymap

        keymap, keymap_problem = load_keymap()
        messages = store_messages + problem_lines(article_set)
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
        # The toasts are gone with the screen: leave the full list on the terminal.
        for line in messages:
            print(f"briefreader: {line}", file=sys.stderr)
        return app.return_code or 0
    finally:
        store.close()
