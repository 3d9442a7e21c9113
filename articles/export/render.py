"""One entry point for every format, shared by ``briefreader export`` and the export dialog."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from articles.annotation import Annotation
from articles.export.claims_source import ClaimLike, QuoteLike
from articles.export.csv_format import to_csv
from articles.export.markdown import DEFAULT_TITLE, to_markdown
from articles.export.qdc import TagLike, to_qdc
from articles.export.selection import select_annotations, tag_matches
from articles.export.webanno import to_jsonl, to_webanno_collection
from articles.model import Article


@dataclass(frozen=True, slots=True)
class _Tag:
    name: str
    colour: str | None = None


def codebook_tags(
    annotations: Sequence[Annotation],
    tag_infos: Iterable[TagLike] = (),
    *,
    tags: Sequence[str] = (),
    whole_scheme: bool = True,
) -> list[TagLike]:
    """The tags a codebook holds, with their colours.

    ``whole_scheme``: every known tag (``tag_infos``, e.g. ``store.tags()``)
    plus those on ``annotations``; otherwise only those on ``annotations``
    (an export limited to some articles).  ``tags`` then keeps only those
    tags and the ones nested under them.
    """
    colours = {info.name: info.colour for info in tag_infos}
    names = list(colours) if whole_scheme else []
    for annotation in annotations:
        names.extend(t for t in annotation.tags if t not in names)
    if tags:
        names = [n for n in names if any(tag_matches(n, wanted) for wanted in tags)]
    return [_Tag(name, colours.get(name)) for name in dict.fromkeys(names)]


def render_export(
    fmt: str,
    annotations: Iterable[Annotation],
    articles: Sequence[Article],
    *,
    tags: Sequence[str] = (),
    article_ids: Sequence[str] = (),
    tag_infos: Iterable[TagLike] = (),
    claims: Sequence[ClaimLike] | None = None,
    quotes: Iterable[QuoteLike] | None = None,
    title: str = DEFAULT_TITLE,
) -> str:
    """The export text in ``fmt`` (``md``, ``csv``, ``json``, ``jsonl``, ``qdc``).

    ``annotations`` are all candidates (e.g. ``store.annotations()``); they
    are filtered by ``tags`` (a tag or any tag nested under it) and
    ``article_ids`` and sorted in the order of ``articles``.  ``tag_infos``
    gives the codebook its colours and unused tags; ``claims`` (from
    :func:`~articles.export.claims_source.find_claims`) adds the brief's
    claims section, ``quotes`` (from
    :func:`~articles.export.claims_source.find_quotes`) the speakers the
    brief's passages quote.  Raises ValueError for an unknown format.
    """
    selected = select_annotations(
        annotations,
        tags=tags,
        article_ids=article_ids,
        article_order=[a.id for a in articles],
    )
    if fmt == "md":
        return to_markdown(selected, articles, title=title, tags=tags, claims=claims, quotes=quotes)
    if fmt == "csv":
        return to_csv(selected, articles)
    if fmt == "json":
        return to_webanno_collection(selected, label=title)
    if fmt == "jsonl":
        return to_jsonl(selected)
    if fmt == "qdc":
        return to_qdc(
            codebook_tags(selected, tag_infos, tags=tags, whole_scheme=not article_ids),
            origin="briefreader",
        )
    raise ValueError(f"unknown export format {fmt!r}")
