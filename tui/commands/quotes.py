"""``briefreader quotes``: every direct quotation, its speaker and utterance id.

``--format json`` prints a list of ``{"article", "start", "end", "text",
"speaker", "utterance"}`` objects where ``text == file_text[start:end]`` (the
words between the marks); ``--format table`` prints a Rich table.  Problems
with input files go to stderr, one line each; a missing path exits with 2.
"""

from __future__ import annotations

import argparse
import json
import sys

from articles.quotes import QuoteAnalysis, analyse_quotes
from tui.commands.common import add_set_arguments, open_set


def configure(parser: argparse.ArgumentParser) -> None:
    """PATH..., --store and --format."""
    add_set_arguments(parser)
    parser.add_argument(
        "--format",
        choices=("json", "table"),
        default="table",
        help="json: a list of quotation objects; table: a readable table (default)",
    )


def as_records(analysis: QuoteAnalysis) -> list[dict[str, object]]:
    """The JSON objects of the command, in article order."""
    return [
        {
            "article": q.article_id,
            "start": q.start,
            "end": q.end,
            "text": analysis.text_of(q),
            "speaker": q.speaker,
            "utterance": q.utterance,
        }
        for q in analysis.quotes
    ]


def _table(analysis: QuoteAnalysis) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    articles_of: dict[str, set[str]] = {}
    for q in analysis.quotes:
        articles_of.setdefault(q.utterance, set()).add(q.article_id)
    # Fits 80 columns (and a pipe, which Rich reads as 80): long ids fold onto
    # more lines instead of pushing the quotation off the edge, where Rich
    # cropped its words.
    table = Table(title=f"{len(analysis.quotes)} quotations", show_lines=True, expand=True)
    table.add_column("article", overflow="fold", max_width=14)
    table.add_column("speaker / utterance", overflow="fold", max_width=24)
    table.add_column("quotation", min_width=20, ratio=1)
    for q in analysis.quotes:
        who = Text(q.speaker or "(not said)", style="bold" if q.speaker else "dim")
        n = len(articles_of[q.utterance])
        who.append(f"\n{q.utterance} ({n} article{'s' if n != 1 else ''})", style="dim")
        table.add_row(Text(f"{q.article_id}\n@{q.start}"), who, Text(analysis.text_of(q)))
    Console().print(table)


def run(args: argparse.Namespace) -> int:
    """Print the quotations of the set; 2 when the set cannot be opened."""
    article_set = open_set(list(args.paths))
    if article_set is None:
        return 2
    analysis = analyse_quotes(article_set.articles)
    if args.format == "json":
        json.dump(as_records(analysis), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _table(analysis)
    return 0
