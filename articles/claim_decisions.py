"""The user's decisions about claims, and applying them to a fresh analysis.

The machine suggests claims; the user accepts, rejects, renames, merges,
splits, adds or removes members, creates claims from a passage and marks a
member's role.  Decisions are stored (by the store, which does not need to
know their shape: :meth:`ClaimDecision.to_dict` / :meth:`from_dict` give plain
JSON) and re-applied after every analysis with :func:`apply_decisions`, so
they survive re-analysis: claim ids are derived from members' content
(:func:`articles.claims.claim_id`), and passages are named by article id and
offsets.  A decision also keeps what it was about as text (:func:`anchored`):
the passages of each claim it names and the words and files of its passages,
so that when the set changes (an article added, a sentence reworded: every
claim id it touches changes; a same-named file joining the set shifts article
ids) the decision follows the claim that succeeds its claim and the passages
to where their words moved in their own file.

Decisions are applied in the order given (oldest first).
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from articles.annotation import spaced_words
from articles.claims import Claim, ClaimMember, claim_id, summarise


class DecisionKind(StrEnum):
    """What the user decided."""

    ACCEPT = "accept"
    REJECT = "reject"
    RENAME = "rename"
    MERGE = "merge"
    """``claim_id`` absorbs ``other_ids``."""
    SPLIT = "split"
    """``passages`` leave ``claim_id`` and form a new claim ``new_id``."""
    ADD_MEMBER = "add_member"
    REMOVE_MEMBER = "remove_member"
    CREATE = "create"
    """A new claim ``new_id`` from ``passages``, summary ``text``."""
    ROLE = "role"
    """``passages`` get the role ``text`` (supports / disputes / context)."""


ROLES = ("supports", "disputes", "context")

Passage = tuple[str, int, int]
"""(article id, start, end): a passage of an article's text."""

Anchor = tuple[str, tuple[tuple[str, str], ...]]
"""(claim id, its members as (article id, passage text)): a claim found again by its words."""

SUCCESSOR_SHARE = 0.5
"""Share of a vanished claim's passages a claim must hold to succeed it (see :func:`successor`)."""


@dataclass(frozen=True, slots=True)
class ClaimDecision:
    """One decision, in JSON-friendly fields only (str, int, tuples)."""

    kind: DecisionKind
    claim_id: str
    """The claim decided about (for CREATE: the new claim's id)."""
    text: str = ""
    """RENAME/CREATE: the summary; ROLE: the role."""
    other_ids: tuple[str, ...] = ()
    """MERGE: the claims merged into ``claim_id``."""
    passages: tuple[Passage, ...] = ()
    """ADD/REMOVE_MEMBER, SPLIT, CREATE, ROLE: the passages concerned."""
    new_id: str = ""
    """SPLIT: the id of the claim split off."""
    created: str = ""
    """ISO 8601 time of the decision."""
    anchors: tuple[Anchor, ...] = ()
    """The claims named by ``claim_id`` and ``other_ids`` as their passages' words (see
    :func:`anchored`); empty in decisions stored before anchors were kept."""
    passage_texts: tuple[str, ...] = ()
    """The words of each of ``passages`` when decided (empty when not kept)."""
    passage_places: tuple[str, ...] = ()
    """The file of each of ``passages`` (:meth:`articles.model.ArticleSet.place`), which
    names it when article ids shift (empty when not kept)."""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON (for the store)."""
        return {
            "kind": self.kind.value,
            "claim_id": self.claim_id,
            "text": self.text,
            "other_ids": list(self.other_ids),
            "passages": [list(p) for p in self.passages],
            "new_id": self.new_id,
            "created": self.created,
            "anchors": {cid: [list(m) for m in members] for cid, members in self.anchors},
            "passage_texts": list(self.passage_texts),
            "passage_places": list(self.passage_places),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClaimDecision:
        """The decision from :meth:`to_dict` output; raises ValueError on bad data."""
        try:
            return cls(
                kind=DecisionKind(data["kind"]),
                claim_id=str(data["claim_id"]),
                text=str(data.get("text", "")),
                other_ids=tuple(str(x) for x in data.get("other_ids", ())),
                passages=tuple((str(a), int(s), int(e)) for a, s, e in data.get("passages", ())),
                new_id=str(data.get("new_id", "")),
                created=str(data.get("created", "")),
                anchors=tuple(
                    (str(cid), tuple((str(a), str(t)) for a, t in members))
                    for cid, members in dict(data.get("anchors") or {}).items()
                ),
                passage_texts=tuple(str(t) for t in data.get("passage_texts") or ()),
                passage_places=tuple(str(t) for t in data.get("passage_places") or ()),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"not a claim decision: {error}") from error


def now_iso() -> str:
    """The current time as stored in :attr:`ClaimDecision.created`."""
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


_VERBS = {
    DecisionKind.ACCEPT: "accepted",
    DecisionKind.REJECT: "rejected",
    DecisionKind.RENAME: "renamed",
    DecisionKind.MERGE: "merged",
    DecisionKind.SPLIT: "split off",
    DecisionKind.ADD_MEMBER: "added",
    DecisionKind.REMOVE_MEMBER: "removed",
    DecisionKind.CREATE: "created",
    DecisionKind.ROLE: "marked",
}


def describe(decision: ClaimDecision, width: int = 60) -> str:
    """One line saying what a decision was about, by its words ('added “The mayor of
    Olmen appealed…”', 'accepted the claim “At least 12 people were killed…”'): for a
    reader told that it no longer applies."""
    verb = _VERBS.get(decision.kind, str(decision.kind))
    if decision.kind is DecisionKind.ROLE and decision.text:
        verb = f"marked {decision.text}"
    words = next((w for w in decision.passage_texts if w.strip()), "")
    what = "passage"
    if not words:
        claimed = [w for claim_id, pairs in decision.anchors for _a, w in pairs if claim_id]
        words, what = (claimed[0] if claimed else decision.text), "the claim"
    words = " ".join(words.split())
    if len(words) > width:
        words = words[: width - 1] + "…"
    return f"{verb} {what} “{words}”" if words else f"{verb} claim {decision.claim_id}"


def new_claim_id(passages: Iterable[Passage]) -> str:
    """An id for a user-made claim, stable for the same passages."""
    return "u" + claim_id((a, f"{s}:{e}") for a, s, e in passages)[1:]


# --------------------------------------------------------------------------- constructors


def accept(claim: str) -> ClaimDecision:
    return ClaimDecision(DecisionKind.ACCEPT, claim, created=now_iso())


def reject(claim: str) -> ClaimDecision:
    return ClaimDecision(DecisionKind.REJECT, claim, created=now_iso())


def rename(claim: str, summary: str) -> ClaimDecision:
    return ClaimDecision(DecisionKind.RENAME, claim, text=summary, created=now_iso())


def merge(into: str, others: Sequence[str]) -> ClaimDecision:
    return ClaimDecision(DecisionKind.MERGE, into, other_ids=tuple(others), created=now_iso())


def split(claim: str, passages: Sequence[Passage]) -> ClaimDecision:
    passages = tuple(passages)
    return ClaimDecision(
        DecisionKind.SPLIT, claim, passages=passages, new_id=new_claim_id(passages),
        created=now_iso(),
    )  # fmt: skip


def add_member(claim: str, passage: Passage) -> ClaimDecision:
    return ClaimDecision(DecisionKind.ADD_MEMBER, claim, passages=(passage,), created=now_iso())


def remove_member(claim: str, passage: Passage) -> ClaimDecision:
    return ClaimDecision(DecisionKind.REMOVE_MEMBER, claim, passages=(passage,), created=now_iso())


def create(passages: Sequence[Passage], summary: str) -> ClaimDecision:
    passages = tuple(passages)
    return ClaimDecision(
        DecisionKind.CREATE, new_claim_id(passages), text=summary, passages=passages,
        created=now_iso(),
    )  # fmt: skip


def mark_role(claim: str, passage: Passage, role: str) -> ClaimDecision:
    """Mark a member passage with one of :data:`ROLES`, or clear its mark with ""."""
    if role and role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, or empty")
    return ClaimDecision(
        DecisionKind.ROLE, claim, text=role, passages=(passage,), created=now_iso()
    )


# --------------------------------------------------------------------------- anchors


def anchored(
    decision: ClaimDecision,
    claims: Iterable[Claim],
    texts: Mapping[str, str],
    places: Mapping[str, str] | None = None,
) -> ClaimDecision:
    """``decision`` with the words of what it is about: the passages of every claim it
    names (among ``claims``) and of its own passages (``texts``: article id -> text),
    and the files of its passages (``places``: article id -> file, when given)."""
    named = {decision.claim_id, *decision.other_ids}
    anchors = tuple(
        (claim.id, tuple(sorted(_claim_words(claim, texts))))
        for claim in claims
        if claim.id in named
    )
    passage_texts = tuple(texts[a][s:e] if a in texts else "" for a, s, e in decision.passages)
    passage_places = tuple(places.get(a, "") for a, _s, _e in decision.passages) if places else ()
    return replace(
        decision, anchors=anchors, passage_texts=passage_texts, passage_places=passage_places
    )


def _claim_words(claim: Claim, texts: Mapping[str, str]) -> set[tuple[str, str]]:
    """(article id, passage words) of the claim's members."""
    return {
        (m.article_id, spaced_words(texts[m.article_id][m.start : m.end]))
        for m in claim.members
        if m.article_id in texts
    }


def successor(
    anchor: Sequence[tuple[str, str]], claims: Iterable[Claim], texts: Mapping[str, str]
) -> Claim | None:
    """The claim that succeeds a vanished one, known by its passages' words.

    The claim holding the largest share of them, at least SUCCESSOR_SHARE (an
    article added to the set adds members; a reworded sentence drops one),
    ties going to the closer match (Jaccard).  None when no claim holds enough.
    """
    # by words alone: an article's id shifts when a file with its name joins the set
    wanted = {words for _article, words in anchor}
    if not wanted:
        return None
    best: tuple[float, float] | None = None
    found: Claim | None = None
    for claim in claims:
        have = {words for _article, words in _claim_words(claim, texts)}
        shared = len(wanted & have)
        if not shared:
            continue
        rank = (shared / len(wanted), shared / len(wanted | have))
        if rank[0] >= SUCCESSOR_SHARE and (best is None or rank > best):
            best, found = rank, claim
    return found


def _moved(
    passage: Passage,
    words: str,
    texts: Mapping[str, str],
    file: str = "",
    places: Mapping[str, str] | None = None,
    by_place: Mapping[str, str] | None = None,
) -> Passage | None:
    """Where a passage's words are now: unchanged, or their occurrence nearest the old
    place; None when the article is gone or no longer holds them.

    ``file`` is the passage's file when it was decided, ``places`` maps today's
    article ids to their files and ``by_place`` the files to the ids.  While the
    file is open, it names the article (not the id, which may now name another
    file); once it is gone (renamed, closed), the one article holding the words,
    if only one does.
    """
    article_id, start, end = passage
    if file and places:
        here = (by_place or {place: aid for aid, place in places.items()}).get(file)
        if here is not None:
            own = texts[here]
            if not words or own[start:end] == words:
                return (here, start, end)
            # reworded in its own file: not moved to another article's copy
            return (
                _nearest(here, own, words, start)
                if words in own
                else _reworded(here, own, words, start)
            )
        if places.get(article_id) != file:
            return _only_holder(words, texts, start)
    text = texts.get(article_id)
    if text is not None and (not words or text[start:end] == words):
        return passage
    if text is None or words not in text:
        # the article's id now names another file, or the file was renamed; else the
        # article reworded the passage ("He wiped his eyes" -> "He wiped away tears")
        found = _only_holder(words, texts, start)
        if found is None and text is not None:
            found = _reworded(article_id, text, words, start)
        return found
    return _nearest(article_id, text, words, start)


def _reworded(article_id: str, text: str, words: str, start: int) -> Passage | None:
    """Where ``text`` now holds words much like a passage's (an edit changed a word or
    two), as annotations follow their passage; None when nothing is alike enough."""
    from articles.anchoring import reanchor
    from articles.annotation import Anchor as Where

    found = reanchor(Where(article_id, "", start, start + len(words), words), text, "")
    return (article_id, found.start, found.end) if found is not None else None


def _only_holder(words: str, texts: Mapping[str, str], start: int) -> Passage | None:
    """The passage of ``words`` in the one article that holds them, if only one does."""
    holders = [aid for aid, other in texts.items() if words and words in other]
    if len(holders) != 1:
        return None
    return _nearest(holders[0], texts[holders[0]], words, start)


def _nearest(article_id: str, text: str, words: str, start: int) -> Passage | None:
    """The occurrence of ``words`` in ``text`` nearest ``start``."""
    places = []
    at = text.find(words)
    while at >= 0:
        places.append(at)
        at = text.find(words, at + 1)
    if not places:
        return None
    at = min(places, key=lambda p: abs(p - start))
    return (article_id, at, at + len(words))


# --------------------------------------------------------------------------- applying


def _key(member: ClaimMember) -> Passage:
    return (member.article_id, member.start, member.end)


def _member(passage: Passage, sentence: int = -1) -> ClaimMember:
    return ClaimMember(passage[0], passage[1], passage[2], sentence)


def _rebuild(
    claim: Claim,
    members: Iterable[ClaimMember],
    all_articles: Sequence[str],
    texts: Mapping[str, str] | None = None,
    story_of: Mapping[str, tuple[str, ...]] | None = None,
) -> Claim:
    """``claim`` with new members; article ids, omissions and disagreements follow.

    ``story_of`` gives the articles of each article's story (from the machine's
    claims): a claim's omissions are its story's articles that do not make it.

    An article whose passages all left gives no figure to the claim any more; when
    the summary was the words of a passage that left, the first passage left names
    the claim (``texts``: article id -> text, when given).
    """
    members = tuple(sorted(set(members), key=lambda m: (m.article_id, m.start, m.end)))
    seen = {m.article_id for m in members}
    order = tuple(all_articles) or tuple(sorted(seen))
    # omissions within the claim's story: its own, and those of articles joining it
    # (an article no story knows brings in the whole set)
    stories = {id(s): s for s in (story_of.get(aid, order) for aid in seen)} if story_of else {}
    if claim.open_articles:
        stories[id(claim.open_articles)] = claim.open_articles
    if len(stories) == 1:
        order = next(iter(stories.values()))
    elif stories:
        peers = {aid for s in stories.values() for aid in s}
        order = tuple(aid for aid in order if aid in peers)
    summary = claim.summary
    if texts is not None and members:
        kept = {(m.article_id, m.start, m.end) for m in members}
        gone = [m for m in claim.members if (m.article_id, m.start, m.end) not in kept]
        if any(summarise(_words(m, texts)) == summary for m in gone):
            summary = summarise(_words(members[0], texts))
    return replace(
        claim,
        summary=summary,
        members=members,
        article_ids=tuple(a for a in order if a in seen),
        open_articles=order,
        disagreement=_still_disputed(claim, members),
    )


def _words(member: ClaimMember, texts: Mapping[str, str]) -> str:
    return texts.get(member.article_id, "")[member.start : member.end]


def _still_disputed(claim: Claim, members: Sequence[ClaimMember]) -> tuple[dict[str, Any], ...]:
    """The claim's disputed figures as its passages now give them: an article's
    figure stands while one of its member passages (or, for an article without a
    member, the passage reporting the claim's figure: :attr:`Claim.reported`) still
    gives it; a figure only a removed passage gave is no longer the article's."""
    given: dict[str, set[str]] = defaultdict(set)
    unread: set[str] = set()  # articles with a passage the user added: figures not read
    for m in members:
        given[m.article_id].update(m.numbers)
        if m.sentence < 0:
            unread.add(m.article_id)
    with_members = set(given)
    for m in claim.reported:
        if m.article_id not in with_members:
            given[m.article_id].update(m.numbers)
    out = []
    for entry in claim.disagreement:
        values = {}
        for a, v in entry["values"].items():
            if a in unread:
                values[a] = v
                continue
            # the figures its remaining passages still give ("191, 80" less the
            # passage of 191 is "80", not nothing)
            kept = [x for x in v.split(", ") if x in given.get(a, ())]
            if kept:
                values[a] = ", ".join(kept)
        if len(values) >= 2 and len(set(values.values())) >= 2:
            out.append({**entry, "values": values})
    return tuple(out)


def apply_decisions(
    claims: Sequence[Claim],
    decisions: Iterable[ClaimDecision],
    article_ids: Sequence[str] = (),
    texts: Mapping[str, str] | None = None,
    unapplied: list[ClaimDecision] | None = None,
    places: Mapping[str, str] | None = None,
) -> tuple[Claim, ...]:
    """The claims as the user has shaped them.

    ``article_ids`` are the open articles, in order (for omissions of changed
    claims; when empty, the union of the claims' articles and omissions is used).
    A rejected claim is dropped, and stays dropped after re-analysis because
    its id comes back unchanged.  With ``texts`` (article id -> text), a
    decision about a claim whose id is gone (the set changed) applies to its
    :func:`successor`, and passages follow their words (see :func:`anchored`), in
    their own file when ``places`` (article id -> file) names the open files.
    Decisions that find nothing to apply to are skipped, and added to
    ``unapplied`` when given: the articles they were about may not be open.
    """
    if not article_ids:
        seen: dict[str, None] = {}
        for claim in claims:
            for aid in (*claim.article_ids, *claim.open_articles):
                seen.setdefault(aid, None)
        article_ids = tuple(seen)
    by_id: dict[str, Claim] = {c.id: c for c in claims}
    order: list[str] = [c.id for c in claims]
    # each article's story, from the machine's claims (a story's tuple is shared)
    story_of: dict[str, tuple[str, ...]] = {}
    known: set[int] = set()
    for claim in claims:
        if id(claim.open_articles) not in known:
            known.add(id(claim.open_articles))
            for aid in claim.open_articles:
                story_of.setdefault(aid, claim.open_articles)
    by_place = {place: aid for aid, place in (places or {}).items()}
    for decision in decisions:
        if texts is not None:
            followed = _followed(decision, by_id, texts, places, by_place)
            lost = len(followed.passages) < len(decision.passages)
            decision = followed
            if decision.kind is not DecisionKind.CREATE and decision.claim_id not in by_id:
                if unapplied is not None:
                    unapplied.append(decision)
                continue
            if lost and unapplied is not None:
                unapplied.append(decision)  # applied in part: a passage's words are gone
        kind, target = decision.kind, by_id.get(decision.claim_id)
        if kind is DecisionKind.CREATE:
            members = [_member(p) for p in decision.passages]
            if not members:
                # every passage's words are gone: no claim of nothing (reported above)
                continue
            new = Claim(decision.claim_id, decision.text, (), (), status="user")
            by_id[new.id] = _rebuild(new, members, article_ids, story_of=story_of)
            if new.id not in order:
                order.insert(0, new.id)
            continue
        if target is None:
            continue
        if kind is DecisionKind.ACCEPT:
            by_id[target.id] = replace(target, status="accepted")
        elif kind is DecisionKind.REJECT:
            del by_id[target.id]
        elif kind is DecisionKind.RENAME:
            by_id[target.id] = replace(target, summary=decision.text)
        elif kind is DecisionKind.MERGE:
            members = list(target.members)
            reported = list(target.reported)
            related = list(target.related)
            for other_id in decision.other_ids:
                other = by_id.pop(other_id, None)
                if other is not None and other_id != target.id:
                    members.extend(other.members)
                    reported.extend(other.reported)
                    related.extend(other.related)
            merged = _dedupe(members)
            target = replace(
                target,
                reported=tuple(dict.fromkeys(reported)),
                related=tuple(dict.fromkeys(related)),
            )
            by_id[target.id] = replace(
                _rebuild(target, merged, article_ids, story_of=story_of), status="accepted"
            )
        elif kind is DecisionKind.SPLIT:
            leaving = set(decision.passages)
            stay = [m for m in target.members if _key(m) not in leaving]
            go = [m for m in target.members if _key(m) in leaving]
            if not go:
                if unapplied is not None and decision not in unapplied:
                    unapplied.append(decision)  # nothing left to split off
                continue
            by_id[target.id] = _rebuild(target, stay, article_ids, texts, story_of)
            # named by its own passage: the claim's summary twice read as one claim
            first = go[0]
            own = texts.get(first.article_id, "")[first.start : first.end] if texts else ""
            summary = summarise(own) if own.strip() else f"{target.summary} (split off)"
            new = Claim(decision.new_id, summary, (), (), status="user")
            by_id[new.id] = _rebuild(new, go, article_ids, story_of=story_of)
            order.insert(order.index(target.id) + 1, new.id)
        elif kind is DecisionKind.ADD_MEMBER:
            extra = [_member(p) for p in decision.passages]
            by_id[target.id] = _rebuild(
                target, _dedupe([*target.members, *extra]), article_ids, story_of=story_of
            )
        elif kind is DecisionKind.REMOVE_MEMBER:
            gone = set(decision.passages)
            kept = [m for m in target.members if _key(m) not in gone]
            by_id[target.id] = _rebuild(target, kept, article_ids, texts, story_of)
        elif kind is DecisionKind.ROLE:
            marked = set(decision.passages)
            members = [
                replace(m, role=decision.text or None) if _key(m) in marked else m
                for m in target.members
            ]
            by_id[target.id] = replace(target, members=tuple(members))
    return tuple(by_id[i] for i in order if i in by_id)


def _followed(
    decision: ClaimDecision,
    by_id: Mapping[str, Claim],
    texts: Mapping[str, str],
    places: Mapping[str, str] | None,
    by_place: Mapping[str, str],
) -> ClaimDecision:
    """``decision`` aimed at today's claims and passages: a vanished claim id replaced
    by its successor's, passages moved with their words (ones whose words are gone
    dropped)."""
    anchors = dict(decision.anchors)

    def now(claim_id: str) -> str:
        if claim_id in by_id or claim_id not in anchors:
            return claim_id
        found = successor(anchors[claim_id], by_id.values(), texts)
        return found.id if found is not None else claim_id

    changes: dict[str, Any] = {}
    if decision.kind is not DecisionKind.CREATE:
        changes["claim_id"] = now(decision.claim_id)
    if decision.other_ids:
        changes["other_ids"] = tuple(now(o) for o in decision.other_ids)
    if decision.passage_texts and len(decision.passage_texts) == len(decision.passages):
        files = decision.passage_places
        if len(files) != len(decision.passages):
            files = ("",) * len(decision.passages)  # stored before files were kept
        moved = [
            _moved(p, words, texts, file, places, by_place)
            for p, words, file in zip(decision.passages, decision.passage_texts, files, strict=True)
        ]
        changes["passages"] = tuple(p for p in moved if p is not None)
    return replace(decision, **changes) if changes else decision


def _dedupe(members: Iterable[ClaimMember]) -> list[ClaimMember]:
    """One member per passage (the first seen keeps its role and figures)."""
    out: dict[Passage, ClaimMember] = {}
    for member in members:
        out.setdefault(_key(member), member)
    return list(out.values())
