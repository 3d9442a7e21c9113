"""``briefreader export [PATH...] --format md|csv|json|jsonl|qdc``: annotations out of the store.

Writes to stdout, or to ``--output FILE`` (see :func:`write_file`: a file is
replaced atomically, so a failed export never leaves half a file; a link is
followed; a FIFO or a device is written in place).  ``--tag`` keeps
annotations with that tag or a tag nested under it; ``--article`` keeps those
of that article; both may be repeated.  Without ``--format`` the format
follows the output file's suffix, else Markdown.  The formatters are in
:mod:`articles.export`; this module opens the articles and the store and
writes the result.
"""

from __future__ import annotations

import argparse
import errno
import os
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from articles.export import (
    FORMATS,
    SUFFIXES,
    codebook_tags,
    find_claims,
    find_quotes,
    render_export,
    select_annotations,
)
from articles.model import ArticleSet
from store import Store
from store.paths import rooted
from store.storage import atomic_write_bytes, write_all
from tui.commands.common import add_set_arguments, open_set, open_store


def configure(parser: argparse.ArgumentParser) -> None:
    add_set_arguments(parser)
    parser.add_argument(
        "--format",
        "-f",
        choices=tuple(FORMATS),
        help="md (brief), csv, json (Web Annotation collection), jsonl (one per line), "
        "qdc (REFI-QDA codebook of the tags); default: from --output's suffix, else md",
    )
    # "--tag a b" and "--tag a --tag b" both give two tags (the issue writes "--tag T ...")
    parser.add_argument(
        "--tag",
        action="append",
        nargs="+",
        default=[],
        metavar="T",
        help="only annotations with tag T or a tag under it (T/...); several: --tag a b",
    )
    parser.add_argument(
        "--article",
        action="append",
        nargs="+",
        default=[],
        metavar="ID",
        help="only annotations of these articles (ids: the file names' stems)",
    )
    parser.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    parser.add_argument("--title", help="the Markdown brief's title")


def guess_format(output: str | None) -> str:
    """The format an output file's suffix names, else ``md``."""
    if output:
        suffix = Path(output).suffix.lower()
        for fmt, known in SUFFIXES.items():
            if suffix == known:
                return fmt
        if suffix in (".jsonld", ".markdown"):
            return "json" if suffix == ".jsonld" else "md"
    return "md"


def write_output(text: str, output: str | None) -> bool:
    """Write to ``output`` (see :func:`write_file`), or to stdout; False after a one-line
    message."""
    data = text.encode("utf-8")
    if output is None:
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            buffer.write(data)
            buffer.flush()
        else:
            sys.stdout.write(text)
        return True
    target = Path(output).expanduser()
    if target.is_dir():
        print(f"briefreader: {output} is a folder; give a file name", file=sys.stderr)
        return False
    try:
        write_file(target, data)
    except OSError as error:
        print(f"briefreader: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return False
    return True


def write_file(path: Path, data: bytes) -> None:
    """Write an export to ``path`` as the user means it (the reader's export uses this too).

    A regular file, or none yet, is replaced atomically, so a failed export never
    leaves half a file: a link is followed to the file it leads to, which keeps its
    permission bits (a new one gets the usual 0666 less the umask: an export is
    meant to be shared).  Anything else (a FIFO, a terminal, a device) is opened and
    written in place, as is a file named through a process's open descriptors
    (``/dev/stdout``): there is no file there to replace.  Raises :class:`OSError`.
    """
    path = path.expanduser()
    try:
        found: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        found = None  # nothing there yet, or a link to a file still to be made
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if found is None or (stat.S_ISREG(found.st_mode) and not _names_open_file(path)):
        atomic_write_bytes(path, data, new_mode=0o666)
        return
    regular = stat.S_ISREG(found.st_mode)
    # A regular file behind /dev/stdout is what the shell opened: added to (after
    # "> file" it is empty), never cut short under a ">>" that meant to keep it.
    fd = os.open(path, os.O_WRONLY | (os.O_APPEND if regular else 0))
    try:
        write_all(fd, data)
        if regular:
            os.fsync(fd)
    finally:
        os.close(fd)


def _names_open_file(path: Path) -> bool:
    """Whether ``path`` leads to its file through ``/proc`` (``/dev/stdout``, ``/dev/fd/N``).

    Such a link names a file some process has open, not a place in a folder: what
    it reads as may be ``pipe:[...]`` or a deleted file's old name, so it is never
    followed to a file to replace.
    """
    for _hop in range(40):  # the kernel's own limit on links in a row
        if not path.is_symlink():
            return False
        if os.path.realpath(path.parent).startswith("/proc/"):
            return True
        path = path.parent / os.readlink(path)
    return False


@dataclass(frozen=True, slots=True)
class ExportResult:
    """The text of an export and how many annotations (or, for ``qdc``, codes) it holds."""

    text: str
    count: int
    noun: str
    """"annotations" or "codes" (a codebook's tags and their parents)."""

    @property
    def counted(self) -> str:
        """ "1 annotation", "3 annotations", "6 codes"."""
        return f"{self.count} {self.noun[:-1] if self.count == 1 else self.noun}"


def build_export(
    store: Store,
    article_set: ArticleSet,
    fmt: str,
    *,
    tags: Sequence[str] = (),
    article_ids: Sequence[str] = (),
    title: str | None = None,
) -> ExportResult:
    """Render an export from an open store (the reader's export dialog calls this too).

    Uses the store's metadata corrections and, for ``md``, the claim
    analysis of the open articles (of ``article_ids`` when given).  Reads
    only: the store is not changed.  Raises ValueError for an unknown format.
    """
    article_set = store.apply_corrections(article_set)
    annotations = store.annotations()
    tag_infos = store.tags()
    articles = article_set.articles
    claims = None
    quotes = None
    if fmt == "md":
        # who each passage quotes, and the claims they take part in (one quote analysis)
        quotes = find_quotes(articles)
        claims = find_claims(articles, quotes)
        if claims is not None:
            # the user's decisions: a rejected claim stays out, a renamed one is renamed
            from articles.claim_decisions import apply_decisions
            from articles.claims import Claim
            from store.claim_decisions import load_decisions

            found = cast("Sequence[Claim]", claims)  # find_claims gives articles.claims' claims
            texts = {a.id: a.text for a in articles}
            claims = apply_decisions(
                found, load_decisions(store), article_set.ids, texts, places=article_set.places()
            )
        if claims is not None and article_ids:
            wanted = set(article_ids)
            claims = tuple(c for c in claims if wanted & set(c.article_ids))
    text = render_export(
        fmt,
        annotations,
        articles,
        tags=tags,
        article_ids=article_ids,
        tag_infos=tag_infos,
        claims=claims,
        quotes=None if quotes is None else quotes.quotes,
        **({"title": title} if title else {}),
    )
    if fmt == "qdc":
        from articles.export.qdc import code_count

        codes = codebook_tags(annotations, tag_infos, tags=tags, whole_scheme=not article_ids)
        return ExportResult(text, code_count(codes), "codes")
    count = len(select_annotations(annotations, tags=tags, article_ids=article_ids))
    return ExportResult(text, count, "annotations")


def _paths_taken_as_values(args: argparse.Namespace) -> None:
    """Flatten ``--tag a b --tag c`` (lists of values, one per option) and move the
    files and folders typed after a value back among the paths ("export --tag
    casualties ./set", "--tag afp ."): after an option's first value (always a tag or
    an id), a value naming something on disk is a path."""
    for name in ("tag", "article"):
        values: list[str] = []
        for given in getattr(args, name) or []:
            group = [given] if isinstance(given, str) else list(given)
            values.append(group[0])
            for value in group[1:]:
                if value.strip() and os.path.exists(value):
                    args.paths = [*args.paths, value]
                else:
                    values.append(value)
        setattr(args, name, values)


def run(args: argparse.Namespace) -> int:
    _paths_taken_as_values(args)
    article_set = open_set(args.paths)
    if article_set is None:
        return 2  # as the reader and quotes: no articles to work on
    unknown = [a for a in args.article if article_set.by_id(a) is None]
    if unknown:
        print(
            f"briefreader: no open article with id {', '.join(unknown)} "
            f"(open: {', '.join(article_set.ids)})",
            file=sys.stderr,
        )
        return 2
    fmt = args.format or guess_format(args.output)
    store = open_store(article_set, args.store, read_only=True)
    if store is not None:
        article_set = rooted(article_set, store.path)
    if store is None:
        return 1
    try:
        store.reanchor(article_set)  # read-only: current positions in memory, nothing written
        result = build_export(
            store, article_set, fmt, tags=args.tag, article_ids=args.article, title=args.title
        )
    finally:
        store.close()
    if not result.count:
        wanted = [f"--tag {t}" for t in args.tag] + [f"--article {a}" for a in args.article]
        print(
            f"briefreader: no {result.noun} to export"
            + (f" (with {' '.join(wanted)})" if wanted else ""),
            file=sys.stderr,
        )
        if wanted:
            # a filter that matches nothing is a mistake (a mistyped tag): an error,
            # whether the export goes to a file or to stdout, and nothing is written
            print(f"briefreader: nothing written to {args.output or 'stdout'}", file=sys.stderr)
            return 1
        if args.output:
            # no annotations yet is no error, but an empty export must not replace a
            # brief written before; stdout still gets the empty export (a CSV's header)
            print(f"briefreader: nothing written to {args.output}", file=sys.stderr)
            return 0
    if not write_output(result.text, args.output):
        return 1
    if args.output:
        print(
            f"briefreader: wrote {result.counted} as {fmt} to {args.output}",
            file=sys.stderr,
        )
    return 0
