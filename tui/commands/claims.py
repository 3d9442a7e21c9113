"""``briefreader claims [PATH...] --format json|table``: claims made by several articles.

json: a list of ``{"id", "summary", "members": [{"article", "start", "end",
"text"}], "disagreement", "omitted_by", "reported_by", "related_by"}`` with offsets
into each article's text (as in the quotes command): ``reported_by`` holds the
passages of articles without a member that give the claim's figure (another toll),
which dispute or repeat it rather than omit it; ``related_by``, per article with
neither, its sentence close to a member, which may make the claim in other words (so
the article is not said to omit it); members' articles, ``reported_by``'s,
``related_by``'s and ``omitted_by`` are the open articles.  table: a Rich table for
reading.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any

from articles.claim_decisions import ClaimDecision, apply_decisions
from articles.claims import Claim, ClaimMember, analyse_claims, rank_claims
from articles.model import Article
from articles.wording import counted
from store.claim_decisions import load_decisions
from store.paths import rooted
from tui.commands.common import add_set_arguments, open_set, open_store

MAX_LISTED = 10
"""Decisions that no longer apply, listed at most."""


def configure(parser: argparse.ArgumentParser) -> None:
    add_set_arguments(parser)
    parser.add_argument(
        "--format",
        choices=("json", "table"),
        default="table",
        help="json for scripts (one list), table for reading (default)",
    )


def _quote_analysis(articles: Sequence[Article]) -> object:
    """Shared quotations help claim linking; used when the quotes module is present."""
    try:
        from articles.quotes import analyse_quotes  # type: ignore[import-not-found,unused-ignore]

        return analyse_quotes(articles)
    except Exception:  # a quote bug must not stop the claims command
        return None


def claims_to_json(claims: Sequence[Claim], articles: Sequence[Article]) -> list[dict[str, Any]]:
    """The command's JSON shape (also used by exports and tests)."""
    by_id = {a.id: a for a in articles}
    return [_claim_json(claim, by_id) for claim in claims]


def _claim_json(claim: Claim, by_id: dict[str, Article]) -> dict[str, Any]:
    def passage(m: ClaimMember) -> dict[str, Any]:
        return {
            "article": m.article_id,
            "start": m.start,
            "end": m.end,
            "text": by_id[m.article_id].text[m.start : m.end],
            **({"role": m.role} if m.role else {}),
        }

    reporting = set(claim.reported_by)
    close = set(claim.related_by)
    return {
        "id": claim.id,
        "summary": claim.summary,
        "members": [passage(m) for m in claim.members],
        "disagreement": [dict(d) for d in claim.disagreement],
        "omitted_by": list(claim.omitted_by),
        # articles without a member that give the claim's figure in a sentence linked
        # to it: they neither make it in the linked words nor omit it
        "reported_by": [passage(m) for m in claim.reported if m.article_id in reporting],
        # per article with neither, its sentence close to a member (a strong link the
        # grouping left out): it may make the claim in other words, so it is not said
        # to omit it
        "related_by": [passage(m) for m in claim.related if m.article_id in close],
        **({"status": claim.status} if claim.status != "suggested" else {}),
    }


_STATUS_MARKS = {"accepted": "✓", "user": "✎"}
"""How the table marks the user's claims (as the Claims panel does)."""


TABLE_NAMES = 8
"""Articles a table cell names; beyond, it says how many more (a claim of a set of a
thousand articles listed every omitting one: millions of lines)."""


def _names(ids: Sequence[str], short: dict[str, str]) -> str:
    if len(ids) <= TABLE_NAMES:
        return ", ".join(short[a] for a in ids)
    shown = ", ".join(short[a] for a in ids[: TABLE_NAMES - 1])
    return f"{shown} and {len(ids) - TABLE_NAMES + 1} more"


def _dispute(entry: dict[str, Any], short: dict[str, str]) -> str:
    """``killed: ap 9, afp 8``; with many articles, how many give each figure."""
    values: dict[str, str] = entry["values"]
    if len(values) <= TABLE_NAMES:
        given = ", ".join(f"{short[a]} {v}" for a, v in values.items())
    else:
        counts = Counter(values.values())
        given = ", ".join(f"{v} in {n} articles" for v, n in counts.most_common())
    return f"{entry['quantity']}: {given}"


def _made_by(claim: Claim, short: dict[str, str]) -> str:
    """The member articles, then the ones giving the claim's figure in other sentences."""
    made = _names(claim.article_ids, short)
    if claim.reported_by:
        made += "; its figure also in " + _names(claim.reported_by, short)
    return made


def _print_table(claims: Sequence[Claim], articles: Sequence[Article]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    short = {a.id: a.id if len(a.id) <= 14 else a.id[:13] + "…" for a in articles}
    table = Table(title=f"{len(claims)} claims across {len(articles)} articles", expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("claim", ratio=3)
    table.add_column("made by", ratio=2)
    table.add_column("reach", justify="right", no_wrap=True)
    table.add_column("disagreement", ratio=2)
    table.add_column("omitted by", ratio=2)
    for n, claim in enumerate(claims, 1):
        disputes = "; ".join(_dispute(d, short) for d in claim.disagreement)
        mark = _STATUS_MARKS.get(claim.status, "")
        table.add_row(
            str(n),
            Text(f"{mark} {claim.summary}" if mark else claim.summary),
            Text(_made_by(claim, short)),
            f"{claim.reach}/{len(articles)}",
            Text(disputes, style="bold red") if disputes else Text("—", style="dim"),
            Text(_names(claim.omitted_by, short) or "—"),
        )
    Console().print(table)


def run(args: argparse.Namespace) -> int:
    article_set = open_set(args.paths)
    if article_set is None:
        return 2  # as the reader and quotes: no articles to work on
    articles = article_set.articles
    claims = analyse_claims(articles, quotes=_quote_analysis(articles))
    # The user's decisions (accept, reject, rename, merge, ...) from the set's store.
    store = open_store(article_set, args.store, read_only=True)
    if store is not None:
        article_set = rooted(article_set, store.path)
    if store is None:
        return 1
    try:
        texts = {a.id: a.text for a in articles}
        unapplied: list[ClaimDecision] = []
        claims = apply_decisions(
            claims,
            load_decisions(store),
            article_set.ids,
            texts,
            unapplied,
            article_set.places(),
        )
    finally:
        store.close()
    if unapplied:
        from articles.claim_decisions import describe

        print(
            f"briefreader: {counted(len(unapplied), 'claim decision')} no longer "
            f"{'applies' if len(unapplied) == 1 else 'apply'} in full (the articles changed, "
            "or are not all open); kept in the store:",
            file=sys.stderr,
        )
        for decision in unapplied[:MAX_LISTED]:
            print(f"  {describe(decision)}", file=sys.stderr)
        if len(unapplied) > MAX_LISTED:
            print(f"  ... and {len(unapplied) - MAX_LISTED} more", file=sys.stderr)
    claims = tuple(rank_claims(claims))  # the Claims panel's order
    if args.format == "json":
        json.dump(claims_to_json(claims, articles), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_table(claims, articles)
    return 0
