"""The Markdown brief: tagged passages by tag, with citations and notes, then the claims
the passages take part in.

Layout::

    # Title
    summary line
    ## tag                 (one section per top-level tag, alphabetical)
    ### child              (``tag/child`` nested as a sub-section)
    > passage, quoted line by line
    — Outlet, “Headline”, 2015-10-03, paragraph 4
    Quoting: Speaker Name  (when the passage holds a quotation)
    Note: ...
    ## Notes without a tag
    ## Claims across articles

A passage with several tags appears under each.  Every piece of article or
user text is escaped (:mod:`articles.export.mdtext`), so the brief renders the
same in any Markdown renderer and stays readable as plain text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from articles.annotation import Annotation
from articles.export.citation import Citation, cite, index_articles, passage_start
from articles.export.claims_source import ClaimLike, QuoteLike
from articles.export.mdtext import block_quote, escape_inline, one_line, paragraphs
from articles.export.selection import tag_matches
from articles.model import Article
from articles.wording import by_value, counted, figure

DEFAULT_TITLE = "Briefing: tagged passages"
UNNAMED_SPEAKER = "a speaker the article does not name"
"""How the brief names the speaker of a quotation whose text says nobody."""
MAX_HEADING_LEVEL = 6


@dataclass
class _TagNode:
    """One level of the tag tree: passages tagged exactly here, and sub-tags."""

    name: str
    path: str
    passages: list[Annotation] = field(default_factory=list)
    passage_ids: set[str] = field(default_factory=set)
    children: dict[str, _TagNode] = field(default_factory=dict)


def _tag_tree(annotations: Sequence[Annotation], only: Sequence[str]) -> _TagNode:
    root = _TagNode("", "")
    for annotation in annotations:
        for tag in annotation.tags:
            if only and not any(tag_matches(tag, wanted) for wanted in only):
                continue
            node = root
            parts = tag.split("/")
            for depth, part in enumerate(parts):
                path = "/".join(parts[: depth + 1])
                node = node.children.setdefault(part, _TagNode(part, path))
            if annotation.id not in node.passage_ids:
                node.passage_ids.add(annotation.id)
                node.passages.append(annotation)
    return root


def citation_text(citation: Citation) -> str:
    """``Outlet, “Headline”, 2015-10-03, paragraph 4`` with what is known (escaped)."""
    if not citation.article_open:
        return f"article {escape_inline(citation.article_id)} (not open)"
    parts = []
    if citation.outlet:
        parts.append(f"*{one_line(citation.outlet)}*")
    parts.append(f"“{one_line(citation.headline or citation.article_id)}”")
    parts.append(citation.date or "undated")
    if citation.place:
        parts.append(citation.place)
    else:
        parts.append("passage not found in the current text")
    return ", ".join(parts)


_Quotes = Mapping[str, Sequence[QuoteLike]]
"""The open articles' quotations by article id, in text order."""


def _quotes_by_article(quotes: Iterable[QuoteLike] | None) -> dict[str, list[QuoteLike]]:
    out: dict[str, list[QuoteLike]] = {}
    for quote in quotes or ():
        out.setdefault(quote.article_id, []).append(quote)
    for found in out.values():
        found.sort(key=lambda q: q.start)
    return out


def quoted_speakers(
    annotation: Annotation, articles: Mapping[str, Article], quotes: _Quotes
) -> list[str]:
    """Who the passage quotes, in order (each once): the speakers of the quotations
    it overlaps where it stands in the article now; UNNAMED_SPEAKER for one the
    text attributes to nobody.  Empty for a passage without quotations."""
    article = articles.get(annotation.anchor.article_id)
    if article is None or annotation.orphaned:
        return []
    start = passage_start(annotation, article)
    if start is None:
        return []
    end = start + (len(annotation.anchor.exact) or annotation.anchor.end - annotation.anchor.start)
    names = [
        quote.speaker or UNNAMED_SPEAKER
        for quote in quotes.get(article.id, ())
        if quote.start < end and start < quote.end
    ]
    return list(dict.fromkeys(names))


def _passage(
    annotation: Annotation, articles: Mapping[str, Article], other_tags: bool, quotes: _Quotes
) -> str:
    lines = [
        block_quote(annotation.anchor.exact),
        "",
        f"— {citation_text(cite(annotation, articles))}",
    ]
    speakers = quoted_speakers(annotation, articles, quotes)
    if speakers:
        lines += ["", "Quoting: " + "; ".join(one_line(name) for name in speakers)]
    if annotation.orphaned:
        lines += ["", "(orphaned: this passage could not be found again in its article)"]
    elif annotation.reworded_from:
        lines += [
            "",
            "(the article has reworded this passage since it was annotated; it read:)",
            "",
            block_quote(annotation.reworded_from),
        ]
    note = [line for line in annotation.note.splitlines() if line.strip()]
    if note:
        lines += ["", f"Note: {one_line(note[0])}"]
        for more in paragraphs("\n".join(note[1:])):
            lines += ["", more]
    if other_tags and annotation.tags:
        lines += ["", "Tags: " + ", ".join(escape_inline(t) for t in annotation.tags)]
    return "\n".join(lines)


def _section(
    node: _TagNode, level: int, articles: Mapping[str, Article], quotes: _Quotes
) -> list[str]:
    hashes = "#" * min(level, MAX_HEADING_LEVEL)
    heading = one_line(node.name) if level <= MAX_HEADING_LEVEL else one_line(node.path)
    out = [f"{hashes} {heading}", ""]
    for annotation in node.passages:
        out += [_passage(annotation, articles, len(annotation.tags) > 1, quotes), ""]
    for name in sorted(node.children, key=str.casefold):
        out += _section(node.children[name], level + 1, articles, quotes)
    return out


def _member(member: Any) -> tuple[str, int, int]:
    """(article_id, start, end) from a tuple or an object with those attributes."""
    if isinstance(member, tuple | list):
        return str(member[0]), int(member[1]), int(member[2])
    return str(member.article_id), int(member.start), int(member.end)


HEADLINE_HINT_CHARS = 40


def _article_label(article_id: str, articles: Mapping[str, Article]) -> str:
    """The outlet (or headline) naming an article; with a headline hint when the
    outlet is shared by several open articles, so they can be told apart."""
    article = articles.get(article_id)
    if article is None:
        return escape_inline(article_id)
    outlet = article.meta.outlet
    if not outlet:
        # no outlet known: the headline in quotation marks, cut (a line of the text
        # read as "At least 80 people were killed … disasters. says 80")
        headline = " ".join((article.meta.headline or "").split())
        if not headline or headline == article_id:
            return escape_inline(article_id)
        if len(headline) > HEADLINE_HINT_CHARS:
            headline = headline[: HEADLINE_HINT_CHARS - 1].rstrip() + "…"
        return f"“{one_line(headline)}”"
    shared = sum(1 for other in articles.values() if other.meta.outlet == outlet) > 1
    if not shared:
        return one_line(outlet)
    hint = " ".join((article.meta.headline or article_id).split())
    if len(hint) > HEADLINE_HINT_CHARS:
        hint = hint[: HEADLINE_HINT_CHARS - 1].rstrip() + "…"
    return f"{one_line(outlet)} (“{one_line(hint)}”)"


def _and_list(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _disagreement_lines(value: Any, articles: Mapping[str, Article]) -> list[str]:
    """What the claim analysis says about disagreement, as escaped lines.

    ``articles.claims`` gives one ``{"quantity", "kind", "values": {article_id:
    value}}`` dict per disputed figure; plain text and objects with a
    ``summary`` or ``text`` are accepted too.
    """
    if not value:
        return []
    if value is True:
        return ["the articles do not agree on this claim"]
    if isinstance(value, str):
        return [one_line(value)]
    if isinstance(value, Mapping):
        values = value.get("values")
        what = " ".join(str(value.get(k, "")) for k in ("quantity",) if value.get(k))
        kind = value.get("kind")
        head = one_line(f"{what} ({kind})" if what and kind else what or str(kind or "figure"))
        if isinstance(values, Mapping):
            said = "; ".join(
                f"{_and_list([_article_label(str(a), articles) for a in ids])} "
                f"say{'s' if len(ids) == 1 else ''} {one_line(figure(str(v)))}"
                for v, ids in by_value({str(k): str(x) for k, x in values.items()})
            )
            return [f"{head}: {said}"]
        return [head]
    if isinstance(value, Iterable):
        return [line for item in value for line in _disagreement_lines(item, articles)]
    for attribute in ("summary", "description", "text", "reason"):
        text = getattr(value, attribute, None)
        if isinstance(text, str) and text:
            return [one_line(text)]
    return [one_line(str(value))]


def _claim(number: int, claim: ClaimLike, articles: Mapping[str, Article]) -> list[str]:
    status = {"accepted": " (accepted)", "user": " (yours)"}.get(getattr(claim, "status", ""), "")
    out = [f"### {number}. {one_line(claim.summary)}{status}", ""]
    made_by = ", ".join(_article_label(a, articles) for a in claim.article_ids)
    out += [f"Made by {counted(len(claim.article_ids), 'article')}: {made_by}", ""]
    for member in claim.members:
        article_id, start, end = _member(member)
        article = articles.get(article_id)
        where = _article_label(article_id, articles)
        if article is not None:
            place = article.paragraph_label(start, "paragraph ")
            if place is not None:
                where += f", {place}"
            role = getattr(member, "role", None)
            marked = f" ({role})" if role else ""  # supports / disputes / context, the user's
            out.append(f"- {where}{marked}: {one_line(article.text[start:end])}")
        else:
            out.append(f"- {where}")
    omitted = getattr(claim, "omitted_by", ()) or ()
    if omitted:
        out += ["", "Not mentioned by: " + ", ".join(_article_label(a, articles) for a in omitted)]
    disagreement = _disagreement_lines(getattr(claim, "disagreement", None), articles)
    if len(disagreement) == 1:
        out += ["", f"Disagreement: {disagreement[0]}"]
    elif disagreement:
        out += ["", "Disagreement:", "", *(f"- {line}" for line in disagreement)]
    return [*out, ""]


def _touches(claim: ClaimLike, annotations: Sequence[Annotation]) -> bool:
    """Whether one of the claim's passages overlaps an annotated passage."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for annotation in annotations:
        if not annotation.orphaned:
            anchor = annotation.anchor
            spans.setdefault(anchor.article_id, []).append((anchor.start, anchor.end))
    for member in claim.members:
        article_id, m_start, m_end = _member(member)
        if any(m_start < end and start < m_end for start, end in spans.get(article_id, ())):
            return True
    return False


def to_markdown(
    annotations: Sequence[Annotation],
    articles: Iterable[Article],
    *,
    title: str = DEFAULT_TITLE,
    tags: Sequence[str] = (),
    claims: Sequence[ClaimLike] | None = None,
    quotes: Iterable[QuoteLike] | None = None,
) -> str:
    """The brief as Markdown text (ends with one newline).

    ``annotations`` are taken in the given order (see
    :func:`~articles.export.selection.select_annotations`); ``tags`` limits
    the tag sections to those tags and their sub-tags (and drops the
    untagged-notes section); ``claims`` None leaves the claims section out,
    an empty sequence says there are none; ``quotes`` (the open articles'
    quotations) names who each passage quotes.
    """
    by_id = index_articles(articles)
    by_article = _quotes_by_article(quotes)
    article_count = len({a.anchor.article_id for a in annotations})
    out = [f"# {one_line(title)}", ""]
    passages = "passage" if len(annotations) == 1 else "passages"
    sources = "article" if article_count == 1 else "articles"
    out += [f"{len(annotations)} annotated {passages} from {article_count} {sources}.", ""]
    tree = _tag_tree(annotations, tags)
    for name in sorted(tree.children, key=str.casefold):
        out += _section(tree.children[name], 2, by_id, by_article)
    untagged = [a for a in annotations if not a.tags]
    if untagged and not tags:
        out += ["## Notes without a tag", ""]
        for annotation in untagged:
            out += [_passage(annotation, by_id, False, by_article), ""]
    if claims is not None:
        out += ["## Claims across articles", ""]
        # a brief cites the claims its passages take part in, not every claim of the set
        # (and those the user accepted or made: a fact-checker's own verdicts)
        touching = [
            c
            for c in claims
            if _touches(c, annotations) or getattr(c, "status", "") in ("accepted", "user")
        ]
        if not claims:
            out += ["No claim is made by more than one article.", ""]
        elif not touching:
            out += [
                f"None of these passages is part of the {len(claims)} claims made by more "
                "than one article (`briefreader claims` lists them).",
                "",
            ]
        for number, claim in enumerate(touching, start=1):
            out += _claim(number, claim, by_id)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
