"""Fixture articles and annotations for the export tests: awkward text on purpose.

Passages hold double and curly quotes, square brackets, commas, newlines,
non-ASCII letters, an emoji (outside the BMP, so code-point offsets differ
from UTF-16 ones) and lines a spreadsheet or Markdown would misread.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from articles.annotation import Anchor, Annotation
from articles.model import Article, BlockKind, Metadata, Paragraph, Sentence

TEXT_A = (
    "Russia says 600 [IS] militants fled\n"
    "\n"
    'Moscow, 3 Oct — Russian strikes have sown "panic", forcing some 600 [IS] fighters '
    "to flee, the ministry said 😀 today.\n"
    "\n"
    '=HYPERLINK("http://evil.example", "click") was not in the report, said Zoë Müller.\n'
    "\n"
    "“It's absolutely clear,” said Cameron, “that Russia is not discriminating.”\n"
)
TEXT_B = (
    "Cameron: Russia backing 'butcher' Assad\n"
    "\n"
    "- Only one in 20 strikes hit IS targets, Britain's defence minister said.\n"
    "\n"
    "@Fallon told the Sun: “most are killing civilians”.\n"
)
T1 = dt.datetime(2024, 3, 1, 9, 30, 0, tzinfo=dt.UTC)
T2 = dt.datetime(2024, 3, 2, 17, 5, 42, tzinfo=dt.UTC)


def _article(article_id: str, text: str, outlet: str, date: dt.date | None) -> Article:
    """An article built by hand (not by ingestion, whose heuristics may change):
    one paragraph per non-blank line, the first the headline, one sentence each."""
    paragraphs: list[Paragraph] = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            kind = BlockKind.HEADLINE if not paragraphs else BlockKind.BODY
            paragraphs.append(Paragraph(len(paragraphs), position, position + len(line), kind))
        position += len(line) + 1
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        text=text,
        paragraphs=tuple(paragraphs),
        sentences=tuple(Sentence(p.index, p.start, p.end, p.index) for p in paragraphs),
        meta=Metadata(
            headline=text[paragraphs[0].start : paragraphs[0].end], outlet=outlet, date=date
        ),
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def sample_articles() -> tuple[Article, ...]:
    """Two articles with fixed metadata (ids ``alpha`` and ``beta``)."""
    return (
        _article("alpha", TEXT_A, "Middle East Eye", dt.date(2015, 10, 3)),
        _article("beta", TEXT_B, "The Guardian", None),
    )


def _span(text: str, begin: str, end: str) -> tuple[int, int]:
    start = text.index(begin)
    return start, text.index(end, start) + len(end)


def sample_annotations() -> list[Annotation]:
    """Six annotations: multi-paragraph, formula-like, untagged, emoji, orphaned (``gamma``)."""
    alpha, beta = sample_articles()
    out = []

    def add(
        ident: str,
        article: Article,
        span: tuple[int, int],
        note: str,
        tags: tuple[str, ...],
        orphaned: bool = False,
    ) -> None:
        anchor = Anchor.from_text(article.id, article.content_hash, article.text, *span)
        out.append(
            Annotation(
                id=f"urn:uuid:00000000-0000-4000-8000-00000000000{ident}",
                anchor=anchor,
                note=note,
                tags=tags,
                created=T1,
                modified=T2,
                orphaned=orphaned,
            )
        )

    add(
        "1",
        alpha,
        _span(TEXT_A, "Moscow, 3 Oct", "said Zoë Müller."),
        'Two claims in one: "panic" and the [IS] count,\nboth unsourced.',
        ("casualties/civilian", "claims"),
    )
    add("2", alpha, _span(TEXT_A, "=HYPERLINK", "report,"), "=1+1", ("sources",))
    add("3", beta, _span(TEXT_B, "- Only one", "minister said."), "-check the figure", ())
    add("4", beta, _span(TEXT_B, "@Fallon", "civilians”."), "@someone: compare", ("casualties",))
    add("5", alpha, _span(TEXT_A, "said 😀", "today."), "emoji before: offsets", ("claims",))
    gone = Anchor("gamma", "0" * 64, 10, 24, "a lost passage", "before ", " after")
    out.append(
        Annotation(
            id="urn:uuid:00000000-0000-4000-8000-000000000006",
            anchor=gone,
            note="from an article that is not open",
            tags=("casualties",),
            created=T1,
            modified=T1,
            orphaned=True,
        )
    )
    return out


@dataclass(frozen=True)
class FakeClaim:
    """The shape of ``articles.claims.Claim`` the brief reads."""

    summary: str
    members: tuple[tuple[str, int, int], ...]
    article_ids: tuple[str, ...]
    omitted_by: tuple[str, ...] = ()
    disagreement: tuple[dict[str, object], ...] = ()


def sample_claims() -> tuple[FakeClaim, ...]:
    """One claim made by both articles, with a disagreement."""
    a = _span(TEXT_A, "Moscow, 3 Oct", "today.")
    b = _span(TEXT_B, "- Only one", "minister said.")
    return (
        FakeClaim(
            summary="Russian strikes *mostly* miss [IS]",
            members=(("alpha", *a), ("beta", *b)),
            article_ids=("alpha", "beta"),
            omitted_by=("gamma",),
            disagreement=(
                {
                    "quantity": "militants",
                    "kind": "count",
                    "values": {"alpha": "600", "beta": "20"},
                },
            ),
        ),
    )
