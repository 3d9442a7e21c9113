"""Which annotations an export holds: filters by tag and article, in reading order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from articles.annotation import Annotation


def tag_matches(tag: str, wanted: str) -> bool:
    """Whether ``tag`` is ``wanted`` or nested under it (``a/b`` matches ``a``), in any
    letter case (``Casualties`` matches ``casualties``)."""
    wanted = wanted.strip("/ ").casefold()
    tag = tag.casefold()
    return tag == wanted or tag.startswith(wanted + "/")


def select_annotations(
    annotations: Iterable[Annotation],
    *,
    tags: Sequence[str] = (),
    article_ids: Sequence[str] = (),
    article_order: Sequence[str] = (),
) -> list[Annotation]:
    """The annotations to export, sorted by article then position.

    ``tags``: keep annotations carrying one of these tags or a tag nested under
    one (so ``--tag casualties`` also exports ``casualties/civilian``); empty
    keeps all.  ``article_ids``: keep annotations on these articles; empty
    keeps all.  ``article_order``: the open articles' ids, so that the export
    follows the reader's order; articles not in it come after, by id.
    """
    rank = {article_id: i for i, article_id in enumerate(article_order)}
    wanted_articles = set(article_ids)
    kept = [
        a
        for a in annotations
        if (not wanted_articles or a.anchor.article_id in wanted_articles)
        and (not tags or any(tag_matches(t, w) for t in a.tags for w in tags))
    ]
    return sorted(
        kept,
        key=lambda a: (
            rank.get(a.anchor.article_id, len(rank)),
            a.anchor.article_id,
            a.anchor.start,
            a.anchor.end,
            a.created,
            a.id,
        ),
    )
