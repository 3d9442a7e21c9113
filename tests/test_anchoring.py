"""Re-anchoring annotations in changed text (articles.anchoring)."""

from __future__ import annotations

from articles.anchoring import reanchor
from articles.annotation import Anchor

TEXT = (
    "Moscow said on Tuesday that its strikes had hit forty targets.\n\n"
    "The ministry gave no evidence for the claim, which observers doubted.\n\n"
    "Residents of the town described heavy bombing overnight near the river.\n\n"
    "Officials in Washington said the strikes mostly hit rebel groups."
)
PASSAGE = "Residents of the town described heavy bombing overnight near the river."


def anchor_for(text: str, passage: str) -> Anchor:
    start = text.index(passage)
    return Anchor.from_text("a1", "old-hash", text, start, start + len(passage))


def test_unchanged_text_keeps_position() -> None:
    anchor = anchor_for(TEXT, PASSAGE)
    placed = reanchor(anchor, TEXT, "new-hash")
    assert placed is not None
    assert (placed.start, placed.end) == (anchor.start, anchor.end)
    assert placed.text_hash == "new-hash"


def test_text_inserted_before_shifts_offsets() -> None:
    anchor = anchor_for(TEXT, PASSAGE)
    edited = "UPDATED: this story has a new first paragraph.\n\n" + TEXT
    placed = reanchor(anchor, edited, "h2")
    assert placed is not None
    assert edited[placed.start : placed.end] == PASSAGE
    assert placed.start == anchor.start + len("UPDATED: this story has a new first paragraph.\n\n")


def test_paragraph_moved() -> None:
    anchor = anchor_for(TEXT, PASSAGE)
    paragraphs = TEXT.split("\n\n")
    moved = "\n\n".join([paragraphs[2], paragraphs[0], paragraphs[1], paragraphs[3]])
    placed = reanchor(anchor, moved, "h3")
    assert placed is not None
    assert (placed.start, placed.end) == (0, len(PASSAGE))
    assert placed.prefix == ""


def test_slightly_edited_passage_found_fuzzily() -> None:
    anchor = anchor_for(TEXT, PASSAGE)
    edited_passage = "Residents of the town described very heavy bombing overnight by the river."
    edited = TEXT.replace(PASSAGE, edited_passage)
    placed = reanchor(anchor, edited, "h4")
    assert placed is not None
    start = edited.index(edited_passage)
    assert abs(placed.start - start) <= 2
    assert abs(placed.end - (start + len(edited_passage))) <= 2
    assert placed.exact == edited_passage


def test_deleted_passage_is_orphan() -> None:
    anchor = anchor_for(TEXT, PASSAGE)
    edited = TEXT.replace(PASSAGE + "\n\n", "")
    assert PASSAGE not in edited
    assert reanchor(anchor, edited, "h5") is None


def test_repeated_text_disambiguated_by_context() -> None:
    repeated = "the strikes"
    text = (
        "Moscow defended the strikes on Tuesday. Critics in Paris condemned the strikes loudly. "
        "Turkey said the strikes crossed its border."
    )
    second = text.index(repeated, text.index("condemned"))
    anchor = Anchor.from_text("a1", "old", text, second, second + len(repeated))
    edited = "Breaking. " + text.replace("Moscow", "The Kremlin")
    placed = reanchor(anchor, edited, "h6")
    assert placed is not None
    assert edited[placed.start - len("condemned ") : placed.start] == "condemned "
    assert placed.exact == repeated


def test_tie_goes_to_nearest_occurrence() -> None:
    text = "x. same same. y. same same. z."
    pos = text.index("same", 20)
    anchor = Anchor("a1", "old", pos, pos + 4, "same", prefix="", suffix="")
    edited = "ab" + text
    placed = reanchor(anchor, edited, "h")
    assert placed is not None
    assert placed.start == edited.index("same", 20)


def test_short_quote_not_matched_fuzzily() -> None:
    anchor = Anchor("a1", "old", 0, 5, "Paris", prefix="", suffix=" said")
    assert reanchor(anchor, "Berlin and Rome said nothing.", "h") is None


def test_empty_quote_is_orphan() -> None:
    assert reanchor(Anchor("a1", "old", 0, 0, ""), "anything", "h") is None
