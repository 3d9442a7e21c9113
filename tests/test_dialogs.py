"""Pilot tests for the annotation dialogs and the Tags panel, each on a tiny host app."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Input, TextArea

from tui.dialogs.annotate import AnnotateDialog, AnnotationDraft
from tui.dialogs.tag_prompt import TagPrompt
from tui.shorten import shorten
from tui.widgets.tag_input import TagInput, complete_last

KNOWN = ("casualties", "casualties/civilian", "aid", "Ceasefire")
PASSAGE = "The ministry said [IS] fighters had withdrawn, a claim nobody could check."

_UNSET = object()


class _Host(App[None]):
    """Pushes one dialog on mount and records what it dismissed with."""

    def __init__(self, dialog: ModalScreen[Any]) -> None:
        super().__init__()
        self.dialog = dialog
        self.result: Any = _UNSET

    def on_mount(self) -> None:
        self.push_screen(self.dialog, self._done)

    def _done(self, result: Any) -> None:
        self.result = result


async def _type(pilot: Any, text: str) -> None:
    for char in text:
        await pilot.press("space" if char == " " else char)


# -- pure helpers --------------------------------------------------------------------------------


def test_complete_last_completes_only_the_last_item() -> None:
    assert complete_last("aid, cas", KNOWN) == "aid, casualties"
    assert complete_last("aid,  casualties/c", KNOWN) == "aid,  casualties/civilian"
    assert complete_last("ce", KNOWN) == "Ceasefire"  # case ignored, known spelling kept
    assert complete_last("aid, ", KNOWN) is None
    assert complete_last("aid, zzz", KNOWN) is None
    assert complete_last("casualties", KNOWN) == "casualties/civilian"


def test_complete_last_skips_tags_already_typed() -> None:
    assert complete_last("aid, a", ("aid", "aims")) == "aid, aims"
    assert complete_last("a, b", ("a, bc",), multiple=False) == "a, bc"


def test_shorten_keeps_both_ends() -> None:
    text = "word " * 60 + "ending here"
    short = shorten(text, 60)
    assert len(short) <= 60
    assert short.startswith("word") and short.endswith("ending here")
    assert "…" in short
    assert shorten("a\n  b", 10) == "a b"


# -- TagPrompt -----------------------------------------------------------------------------------


async def test_tag_prompt_splits_tags() -> None:
    app = _Host(TagPrompt(PASSAGE, KNOWN))
    async with app.run_test() as pilot:
        await pilot.pause()
        await _type(pilot, "a, b/c")
        await pilot.press("enter")
        await pilot.pause()
    assert app.result == ("a", "b/c")


async def test_tag_prompt_escape_cancels() -> None:
    app = _Host(TagPrompt(PASSAGE, KNOWN, initial="aid"))
    async with app.run_test() as pilot:
        await pilot.pause()
        await _type(pilot, ", x")
        await pilot.press("escape")
        await pilot.pause()
    assert app.result is None


@pytest.mark.parametrize("key", ["tab", "right"])
async def test_tag_prompt_completes_last_item(key: str) -> None:
    app = _Host(TagPrompt(PASSAGE, KNOWN))
    async with app.run_test() as pilot:
        await pilot.pause()
        await _type(pilot, "aid, casualties/c")
        await pilot.pause()
        tag_input = app.screen.query_one(TagInput)
        assert tag_input.suggestion == "aid, casualties/civilian"
        await pilot.press(key)
        assert tag_input.value == "aid, casualties/civilian"
        await pilot.press("enter")
        await pilot.pause()
    assert app.result == ("aid", "casualties/civilian")


async def test_tag_prompt_shows_passage_literally() -> None:
    app = _Host(TagPrompt(PASSAGE, KNOWN))
    async with app.run_test(size=(120, 20)) as pilot:
        await pilot.pause()
        shown = str(app.screen.query_one("#tag-prompt-passage").render())
        assert "[IS]" in shown


# -- AnnotateDialog ------------------------------------------------------------------------------


async def test_annotate_note_focused_then_tab_to_tags_enter_saves() -> None:
    app = _Host(AnnotateDialog(PASSAGE, KNOWN))
    async with app.run_test() as pilot:
        await pilot.pause()
        assert isinstance(app.screen.focused, TextArea)
        await _type(pilot, "first")
        await pilot.press("enter")  # a new line in the note, not a save
        await _type(pilot, "second")
        assert app.result is _UNSET
        await pilot.press("tab")
        assert isinstance(app.screen.focused, TagInput)
        await _type(pilot, "a, b/c")
        await pilot.press("enter")
        await pilot.pause()
    assert app.result == AnnotationDraft(note="first\nsecond", tags=("a", "b/c"))


async def test_annotate_ctrl_s_saves_from_the_note() -> None:
    app = _Host(AnnotateDialog(PASSAGE, KNOWN, note="old note", tags=("aid",), title="Edit"))
    async with app.run_test() as pilot:
        await pilot.pause()
        await _type(pilot, " more")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.result == AnnotationDraft(note="old note more", tags=("aid",))


async def test_annotate_escape_cancels() -> None:
    app = _Host(AnnotateDialog(PASSAGE, KNOWN))
    async with app.run_test() as pilot:
        await pilot.pause()
        await _type(pilot, "note")
        await pilot.press("escape")
        await pilot.pause()
    assert app.result is None


async def test_annotate_tags_autocomplete() -> None:
    app = _Host(AnnotateDialog(PASSAGE, KNOWN))
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("tab")
        await _type(pilot, "cea")
        await pilot.pause()
        await pilot.press("tab")
        await _type(pilot, ", new/tag")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.result == AnnotationDraft(note="", tags=("Ceasefire", "new/tag"))


class _InputOnly(App[None]):
    def compose(self) -> ComposeResult:
        yield Input()


async def test_type_helper_reaches_inputs() -> None:
    """The typing helper itself: spaces and slashes arrive as typed."""
    app = _InputOnly()
    async with app.run_test() as pilot:
        await _type(pilot, "a b/c, d")
        assert app.query_one(Input).value == "a b/c, d"
