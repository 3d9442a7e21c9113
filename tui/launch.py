"""Open the reader: the article set, the store (with its failure modes), then the app.

A small set is read before the app starts (the first paint shows its text at
once); a large one is read in a worker behind a progress bar, so the terminal
answers immediately.

Python's cyclic garbage collector is paused from here to the app's first frame:
start-up imports Textual, the ingestion and store modules and builds the
screen, hundreds of thousands of objects that all live on, and the young
collections that walk them (about 20 ms before the first paint) would find
nothing to free.  The objects move to the oldest generation when it resumes
(:func:`articles.collector.collector_paused`).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from articles.model import ArticleSet
    from store import Store

SYNC_LIMIT = 40
"""Sets of up to this many files are read before the app starts."""
HANGUP_GRACE_S = 2.0
"""After a hang-up, how long a clean exit may take before the process just ends."""


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
    from store import Store, StoreCorrupt, StoreError, resolve_store_path
    from store.paths import existing_store, kept_elsewhere

    messages = messages if messages is not None else []
    if explicit is not None and not explicit.strip():
        print("briefreader: --store needs a file name (it was given '')", file=sys.stderr)
        return None
    path = resolve_store_path(article_set, explicit)
    if explicit is None and kept_elsewhere(article_set, path):
        found = existing_store(article_set)
        if found is not None and not path.exists() and _copied(found, path):
            messages.append(
                f"The folder {found.parent.parent} cannot be written to: its store was "
                f"copied to {path}, where annotations and decisions are kept from now on."
            )
        else:
            messages.append(
                f"The folder {article_set.root} cannot be written to: "
                f"annotations and decisions are kept in {path}."
            )
    if path.exists() and not _writable_file(path):
        messages.append(
            f"The store {path} is read-only (its file permissions): it is open read-only, "
            "nothing will be saved."
        )
        try:
            return Store.open(path, read_only=True)
        except StoreError as error:
            print(f"briefreader: {error}", file=sys.stderr)
            return None
    try:
        opened = Store.open(path)
        if not opened.annotations():
            messages += _set_aside_stores(path)
        return opened
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
        # The broken file is already moved aside: what it still holds, without writing.
        salvaged = Store.salvaged(path, error)
        shown = len(salvaged.annotations())
        messages.append(
            f"The store is open read-only (nothing will be saved), with the {shown} "
            f"annotation(s) still readable in the broken one, which is at {error.moved_to}."
        )
        return salvaged
    except StoreError as error:
        # not a store (an export given as --store), a folder in its place: nothing is
        # moved or written; the articles can still be read
        print(f"briefreader: {error}", file=sys.stderr)
        answer = _ask("Read the articles without the store (r) or quit (q)? [r] ", "rq", "r")
        if answer != "r":
            return None
        messages.append(f"{error}: the articles are open without it, nothing will be saved.")
        return Store.unopened(path, str(error))


def _set_aside_stores(path: Path) -> list[str]:
    """What to say of damaged stores set aside next to an empty store at ``path`` (a
    choice of "read-only" over one left the next launch empty, and it said nothing)."""
    found = sorted(
        p
        for p in path.parent.glob(path.name + ".corrupt-*")
        if not p.name.startswith(path.name + ".journal")
    )
    return [
        f"An earlier store of this set was damaged and set aside as {kept}: "
        f"briefreader export --store '{kept}' shows what it still holds."
        for kept in found[-1:]
    ]


def _copied(store: Path, to: Path) -> bool:
    """Copy a read-only folder's store (and a journal not yet merged) to ``to``."""
    import shutil

    try:
        to.parent.mkdir(parents=True, exist_ok=True)
        for source in (store, store.with_name(store.name + ".journal")):
            if source.exists():
                shutil.copyfile(source, to.with_name(to.name + source.name[len(store.name) :]))
    except OSError:
        return False
    return True


def _writable_file(path: Path) -> bool:
    """Whether the store file may be written: its permissions allow it (a file the
    user made read-only stays read-only, even for root, who could write it anyway)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return True  # (opening it says what is wrong)
    return bool(mode & 0o222) and os.access(path, os.W_OK)


def _on_a_terminal() -> bool:
    """Whether keys come from a terminal and the screen goes to one (Textual draws on
    stderr and takes the size from stdout): else the reader would wait for ever."""
    streams = (sys.__stdin__, sys.__stdout__, sys.__stderr__)
    try:
        return all(stream is not None and stream.isatty() for stream in streams)
    except (OSError, ValueError):  # a closed stream
        return False


def count_files(paths: Sequence[str], limit: int) -> int:
    """How many article files the paths hold, counting no further than ``limit + 1``."""
    from articles.ingest import SUFFIXES

    count = 0
    for given in paths:
        path = Path(given)
        try:
            folder = path.is_dir()
        except OSError:  # (a folder above that cannot be searched: read_paths says so)
            folder = False
        if not folder:
            count += 1
        else:
            for _root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                count += sum(1 for f in files if f.lower().endswith(SUFFIXES))
                if count > limit:
                    return count
        if count > limit:
            return count
    return count


def _placeholder_set(paths: Sequence[str]) -> ArticleSet:
    """An empty set with the root the loaded set will have (it names the store)."""
    from articles.ingest import set_root
    from articles.model import ArticleSet

    given = [Path(p) for p in paths]
    folders = tuple(str(p) for p in given if p.is_dir())
    return ArticleSet((), root=set_root(given), folders=folders)


def run_reader(paths: list[str], store_path: str | None) -> int:
    """Open the reader on ``paths`` (none: the sample); the exit status."""
    from articles.collector import collector_paused

    with ExitStack() as start_up:
        start_up.enter_context(collector_paused())
        # The app closes the stack (resuming the collector) once it has painted.
        return _run_reader(paths, store_path, start_up.close)


def leave_if_busy(
    busy: Mapping[int, bool], messages: Sequence[str], store: Store, status: int
) -> None:
    """Exit now if a worker thread is still busy once the reader has stopped.

    Quitting while a large set is read or analysed waited on a blank terminal until
    the thread finished (asyncio joins its threads); the analysis stops at its next
    article, but one long text can hold it for seconds.  Every change is already on
    disk (the store's journal) and the analysis is only a cache, so say the last
    words, fold the store and leave.
    """
    if not busy or not all(busy.values()):
        return  # nothing at work, or an export writing a file: let it finish
    for line in messages:
        print(f"briefreader: {line}", file=sys.stderr)
    store.close()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def _run_reader(paths: list[str], store_path: str | None, started: Callable[[], None]) -> int:
    from articles.ingest import missing_paths
    from tui.commands.common import open_set, problem_lines

    missing = missing_paths(paths)
    if missing:
        print(f"briefreader: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    background = bool(paths) and count_files(paths, SYNC_LIMIT) > SYNC_LIMIT
    article_set: ArticleSet | None
    if background:
        article_set = None
        store_set = _placeholder_set(paths)
    else:
        article_set = open_set(paths, quiet=True, cached=True)
        if article_set is None:
            return 2
        store_set = article_set
    # (after the paths: a missing one or an empty folder is the first thing to say)
    if not _on_a_terminal():
        print(
            "briefreader: the reader needs a terminal to draw on and read keys from "
            "(over ssh: ssh -t); in scripts use briefreader quotes, claims or export",
            file=sys.stderr,
        )
        return 2
    store_messages: list[str] = []
    store = open_store(store_set, store_path, store_messages)
    if store is None:
        return 1
    try:
        from store.paths import rooted
        from tui.app import BriefReaderApp, placing_messages
        from tui.keys import load_keymap

        messages = list(store_messages)
        if article_set is not None:
            # named as the store names the files (a subfolder of its folder opened alone)
            article_set = store.apply_corrections(rooted(article_set, store.path))
            placed = placing_messages(store, article_set)
            messages += problem_lines(article_set) + placed
        keymap, keymap_problems = load_keymap()
        messages += keymap_problems
        app = BriefReaderApp(
            article_set,
            store,
            keymap=keymap,
            startup_messages=messages,
            loader=_loader(paths, store.path) if background else None,
            loading_message=f"Opening the articles in {', '.join(paths)}…",
            on_first_frame=started,
        )

        def _stop(signum: int, frame: object) -> None:
            # The store has already written every change (journal, fsync); quit cleanly.
            if signum == signal.SIGHUP:
                # The terminal is gone (ssh dropped, tmux session killed).  Restoring it
                # can block for ever on Textual's output queue when this arrives during
                # start-up; nothing is left to save, so leave anyway if the clean exit
                # has not finished within a moment.
                watchdog = threading.Timer(HANGUP_GRACE_S, os._exit, args=(128 + signum,))
                watchdog.daemon = True
                watchdog.start()
            app.exit()

        for sig in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, _stop)
        app.after_run = lambda: leave_if_busy(
            app.busy_threads, app.startup_messages, store, app.return_code or 0
        )
        app.run()
        # The toasts are gone with the screen: leave the full list on the terminal.
        for line in app.startup_messages:
            print(f"briefreader: {line}", file=sys.stderr)
        return app.return_code or 0
    finally:
        store.close()


def _loader(paths: Sequence[str], store_path: Path | None = None) -> Callable[[], ArticleSet]:
    """Reads the set when called (in the app's worker), its files named as the store at
    ``store_path`` names them."""

    def load() -> ArticleSet:
        from store.ingest_cache import load_set
        from store.paths import rooted

        return rooted(load_set(list(paths)), store_path)

    return load
