"""Re-placing an annotation's anchor in an article whose text has changed.

The anchor carries a TextPositionSelector (``start``/``end``) and a
TextQuoteSelector (``exact`` with ``prefix``/``suffix`` context), as the W3C
Web Annotation model and Hypothesis do.  :func:`reanchor` tries, in order:

1. the old position, if the exact quote is still there;
2. the exact quote elsewhere, choosing among its occurrences by how well the
   text around each matches the stored prefix and suffix (nearest to the old
   position on ties);
3. a fuzzy match of the quote (rapidfuzz partial-ratio alignment, its ends
   refined), accepted above :data:`FUZZY_THRESHOLD`;
4. nothing: the caller keeps the annotation as an orphan.

Pure Python; no storage here.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from articles.annotation import Anchor

FUZZY_THRESHOLD = 80.0
"""Minimum rapidfuzz similarity (0-100) for a fuzzy match to count as the passage."""

MIN_FUZZY_CHARS = 12
"""Quotes shorter than this are only placed exactly: a fuzzy short match is mostly chance."""

MAX_OCCURRENCES = 2000
"""Occurrences of the exact quote weighed at most (a very common word gives up early)."""


def reanchor(anchor: Anchor, text: str, text_hash: str) -> Anchor | None:
    """``anchor`` placed in ``text`` (whose hash is ``text_hash``), or None (an orphan)."""
    start, end, exact = anchor.start, anchor.end, anchor.exact
    if not exact:
        return None
    if 0 <= start <= end <= len(text) and text[start:end] == exact:
        return _placed(anchor, text, text_hash, start, end)
    occurrences = _occurrences(text, exact)
    if occurrences:
        best = max(
            occurrences,
            key=lambda pos: (_context_score(anchor, text, pos), -abs(pos - start)),
        )
        return _placed(anchor, text, text_hash, best, best + len(exact))
    span = _fuzzy_span(exact, text)
    if span is None:
        return None
    return _placed(anchor, text, text_hash, *span)


def _placed(anchor: Anchor, text: str, text_hash: str, start: int, end: int) -> Anchor:
    return Anchor.from_text(anchor.article_id, text_hash, text, start, end, anchor.source)


def _occurrences(text: str, exact: str) -> list[int]:
    found: list[int] = []
    pos = text.find(exact)
    while pos >= 0 and len(found) < MAX_OCCURRENCES:
        found.append(pos)
        pos = text.find(exact, pos + 1)
    return found


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 100.0
    return float(fuzz.ratio(a, b))


def _context_score(anchor: Anchor, text: str, pos: int) -> float:
    """How well the text around an occurrence at ``pos`` matches the stored prefix and suffix."""
    end = pos + len(anchor.exact)
    before = text[max(0, pos - len(anchor.prefix)) : pos]
    after = text[end : end + len(anchor.suffix)]
    return _similarity(anchor.prefix, before) + _similarity(anchor.suffix, after)


def _fuzzy_span(exact: str, text: str) -> tuple[int, int] | None:
    """The span of ``text`` most like ``exact``, if similar enough."""
    if len(exact) < MIN_FUZZY_CHARS or not text:
        return None
    alignment = fuzz.partial_ratio_alignment(exact, text, score_cutoff=FUZZY_THRESHOLD)
    if alignment is None:
        return None
    start, end = alignment.dest_start, alignment.dest_end
    if alignment.src_start > 0 or alignment.src_end < len(exact):
        # The text is shorter than the quote around here: widen to the whole quote's length.
        start = max(0, start - alignment.src_start)
        end = min(len(text), end + (len(exact) - alignment.src_end))
    start, end = _refine(exact, text, start, end)
    if fuzz.ratio(exact, text[start:end]) < FUZZY_THRESHOLD:
        return None
    return start, end


def _refine(exact: str, text: str, start: int, end: int) -> tuple[int, int]:
    """Move each end of the span a little to the place that best matches ``exact``."""
    reach = max(8, len(exact) // 4)
    best_end = max(
        range(max(start + 1, end - reach), min(len(text), end + reach) + 1),
        key=lambda e: (fuzz.ratio(exact, text[start:e]), -abs(e - end)),
    )
    best_start = max(
        range(max(0, start - reach), min(best_end - 1, start + reach) + 1),
        key=lambda s: (fuzz.ratio(exact, text[s:best_end]), -abs(s - start)),
    )
    return best_start, best_end
