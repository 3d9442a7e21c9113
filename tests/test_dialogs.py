"""Pilot tests for the annotation dialogs and the Tags panel, each on a tiny host app."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from textual import events, on
from textual.app import App, ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, RadioSet, TextArea

from articles.annotation import Anchor, Annotation
from store.tags import PALETTE, TagInfo
from tui.dialogs.annotate import AnnotateDialog, AnnotationDraft
from tui.dialogs.export_dialog import ExportDialog, ExportRequest, follow_suffix
from tui.dialogs.tag_edit import NAMED_COLOURS, TagEditDialog, parse_colour, parse_tag
from tui.dialogs.tag_prompt import TagPrompt
from tui.shorten import clip, shorten
from tui.widgets.tag_input import TagInput, complete_last
from tui.widgets.tags_panel import TagsPanel

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
    # a whole tag, or a whole parent of tags, is not narrowed to one child (QA: the
    # export dialog's "quotes" became "quotes/barclay"); its "/" offers the children
    assert complete_last("casualties", KNOWN) is None
    assert complete_last("casualties/", KNOWN) == "casualties/civilian"
    assert complete_last("Casualties", KNOWN) is None


def test_complete_last_skips_tags_already_typed() -> None:
    assert complete_last("aid, a", ("aid", "aims")) == "aid, aims"
    assert complete_last("a, b", ("a, bc",), multiple=False) == "a, bc"


@pytest.mark.parametrize(
    ("text", "limit", "clipped"),
    [
        ("We will not stop… ever, until the job is done", 18, "We will not stop…"),
        ("It was. Then it was not at all", 9, "It was…"),
        ("short", 10, "short"),
        ("a  long\n quotation of words", 18, "a long quotation…"),
    ],
)
def test_clip_ends_in_one_ellipsis(text: str, limit: int, clipped: str) -> None:
    assert clip(text, limit) == clipped


def test_shorten_keeps_both_ends() -> None:
    text = "word " * 60 + "ending here"
    short = shorten(text, 60)
    assert len(short) <= 60
    assert short.startswith("word") and short.endswith("ending here")
    assert "…" in short
    assert shorten("a\n  b", 10) == "a b"


async def _burst(pilot: Any, keys: str) -> None:
    """Queue ``keys`` at once, as a paste or a script sends them (``pilot.press`` waits
    after each key), then let the app handle them."""
    for key in keys.split():
        pilot.app.post_message(events.Key(key, key if len(key) == 1 else None))
    await pilot.pause()
    await pilot.pause()


async def _annotate_with_burst(keys: str) -> tuple[Any, AnnotationDraft | None]:
    """An annotate dialog sent ``keys`` in one burst: what it was dismissed with (``_UNSET``
    while open) and, while open, what its fields hold."""
    host = _Host(AnnotateDialog(PASSAGE, KNOWN))
    async with host.run_test() as pilot:
        await pilot.pause()
        await _burst(pilot, keys)
        dialog = host.screen
        fields = dialog.draft() if isinstance(dialog, AnnotateDialog) else None
    return host.result, fields


async def test_text_right_after_tab_lands_in_the_next_field() -> None:
    _, fields = await _annotate_with_burst("n o t e tab a i d shift+tab x")
    assert fields == AnnotationDraft(note="notex", tags=("aid",))


async def test_ctrl_s_right_after_typing_saves_everything_typed() -> None:
    # a save key that overtook the typing saved a note cut short ("caption note" as "ca")
    saved, _ = await _annotate_with_burst("n o t e tab a i d shift+tab x ctrl+s")
    assert saved == AnnotationDraft(note="notex", tags=("aid",))


async def test_tab_in_a_tags_field_still_takes_the_suggestion_first() -> None:
    host = _Host(AnnotateDialog(PASSAGE, KNOWN))
    async with host.run_test() as pilot:
        await pilot.press("tab")
        await _burst(pilot, "c a s")  # the suggestion comes when the typing stops
        await _burst(pilot, "tab tab")
        assert host.screen.query_one("#annotate-tags", TagInput).value == "casualties"
        assert host.screen.focused is not None
        assert host.screen.focused.id == "annotate-note"  # the second tab moved on


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


async def test_tags_typed_after_an_annotation_s_tags_are_new_tags() -> None:
    app = _Host(AnnotateDialog(PASSAGE, KNOWN, note="n", tags=("frame/security",)))
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("tab")
        await pilot.press("end")
        await _type(pilot, "test/kill")
        await pilot.press("enter")
        await pilot.pause()
    assert app.result == AnnotationDraft(note="n", tags=("frame/security", "test/kill"))


async def test_annotate_escape_cancels() -> None:
    app = _Host(AnnotateDialog(PASSAGE, KNOWN))
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("escape")  # nothing typed: closes at once
        await pilot.pause()
    assert app.result is None


async def test_annotate_escape_asks_before_discarding_a_typed_note() -> None:
    app = _Host(AnnotateDialog(PASSAGE, KNOWN))
    async with app.run_test() as pilot:
        await pilot.pause()
        await _type(pilot, "a long note")
        await pilot.press("escape")
        await pilot.pause()
        assert app.result is _UNSET  # still open, and said so
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


# -- TagEditDialog -------------------------------------------------------------------------------


def test_parse_colour_and_tag() -> None:
    assert parse_colour("Teal") == NAMED_COLOURS["teal"]
    assert parse_colour(" #ABCDEF ") == "#abcdef"
    assert parse_colour("#abc") == "#aabbcc"
    assert parse_colour("#abcd") is None
    assert parse_colour("rouge") is None
    assert parse_tag(" a / b ") == "a/b"
    assert parse_tag("a, b") is None
    assert parse_tag("  ") is None


def test_named_colours_are_the_store_palette() -> None:
    assert tuple(NAMED_COLOURS.values()) == PALETTE


async def test_tag_edit_rename() -> None:
    app = _Host(TagEditDialog("rename", "aid", KNOWN))
    async with app.run_test() as pilot:
        await pilot.pause()
        edit = app.screen.query_one("#tag-edit-input", Input)
        assert edit.value == "aid"
        await pilot.press("enter")  # unchanged: refused, dialog stays
        await pilot.pause()
        assert app.result is _UNSET
        await _type(pilot, "/food")
        await pilot.press("enter")
        await pilot.pause()
    assert app.result == "aid/food"


async def test_tag_edit_rename_refuses_commas() -> None:
    app = _Host(TagEditDialog("rename", "aid", KNOWN))
    async with app.run_test() as pilot:
        await pilot.pause()
        await _type(pilot, ", x")
        await pilot.press("enter")
        await pilot.pause()
        error = str(app.screen.query_one("#tag-edit-error").render())
        assert "one tag" in error
        await pilot.press("escape")
        await pilot.pause()
    assert app.result is None


async def test_tag_edit_merge_by_typing_with_completion() -> None:
    app = _Host(TagEditDialog("merge", "aid", KNOWN))
    async with app.run_test() as pilot:
        await pilot.pause()
        await _type(pilot, "casualties/")
        await pilot.pause()
        await pilot.press("tab")
        await pilot.press("enter")
        await pilot.pause()
    assert app.result == "casualties/civilian"


async def test_tag_edit_merge_from_the_narrowed_list() -> None:
    app = _Host(TagEditDialog("merge", "aid", KNOWN))
    async with app.run_test() as pilot:
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        assert options.option_count == 3  # every tag but the one merged
        await _type(pilot, "fire")
        await pilot.pause()
        assert options.option_count == 1
        await pilot.press("tab")  # no suggestion for "fire": focus moves to the list
        assert app.screen.focused is options
        await pilot.press("enter")
        await pilot.pause()
    assert app.result == "Ceasefire"


async def test_tag_edit_recolour_from_palette_and_typed() -> None:
    app = _Host(TagEditDialog("recolour", "aid", KNOWN, colour=NAMED_COLOURS["green"]))
    async with app.run_test() as pilot:
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        assert app.screen.focused is options
        assert options.highlighted == list(NAMED_COLOURS).index("green")
        await pilot.press("down", "enter")
        await pilot.pause()
    assert app.result == NAMED_COLOURS["yellow"]

    app = _Host(TagEditDialog("recolour", "aid", KNOWN))
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("tab")
        await _type(pilot, "#12345")
        await pilot.press("enter")
        await pilot.pause()
        assert app.result is _UNSET  # five digits: refused
        await _type(pilot, "F")
        await pilot.press("enter")
        await pilot.pause()
    assert app.result == "#12345f"


# -- ExportDialog --------------------------------------------------------------------------------


def test_follow_suffix() -> None:
    assert follow_suffix("~/x.md", "md", "csv") == "~/x.csv"
    assert follow_suffix("~/x.json", "json", "jsonl") == "~/x.jsonl"
    assert follow_suffix("~/x.jsonl", "json", "md") == "~/x.jsonl"  # not the old suffix
    assert follow_suffix("~/notes.txt", "md", "csv") == "~/notes.txt"


async def test_export_path_suffix_follows_format(tmp_path: Path) -> None:
    start = str(tmp_path / "brief.md")
    app = _Host(ExportDialog(KNOWN, path=start))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        path_input = app.screen.query_one("#export-path", Input)
        await pilot.press("down", "space")  # md -> csv
        await pilot.pause()
        assert path_input.value == str(tmp_path / "brief.csv")
        await pilot.press("down", "down", "space")  # csv -> jsonl
        await pilot.pause()
        assert path_input.value == str(tmp_path / "brief.jsonl")
        # the cursor is at the end, so ctrl+u clears the whole path (it left "nl")
        assert path_input.cursor_position == len(path_input.value)
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.result == ExportRequest("jsonl", (), str(tmp_path / "brief.jsonl"))


async def test_export_keeps_an_edited_suffix_and_filters_tags(tmp_path: Path) -> None:
    app = _Host(ExportDialog(KNOWN, path=str(tmp_path / "brief.md")))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab")
        await _type(pilot, "casualties, ai")
        await pilot.press("tab", "tab")  # complete "aid", then to the path
        path_input = app.screen.query_one("#export-path", Input)
        assert app.screen.focused is path_input
        await pilot.press("end", "backspace", "backspace")  # (the path is selected: keep it)
        await _type(pilot, "txt")
        await pilot.press("shift+tab", "shift+tab")
        assert isinstance(app.screen.focused, RadioSet)
        await pilot.press("down", "space")
        await pilot.pause()
        assert path_input.value == str(tmp_path / "brief.txt")
        path_input.focus()
        await pilot.press("enter")
        await pilot.pause()
    assert app.result == ExportRequest("csv", ("casualties", "aid"), str(tmp_path / "brief.txt"))


async def test_typing_a_path_replaces_the_suggested_one(tmp_path: Path) -> None:
    """The suggested file is selected when its field gets the focus: a path typed there
    replaces it (it was appended: "~/briefreader-export.md/tmp/x.md", qaN D15)."""
    app = _Host(ExportDialog(KNOWN))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab", "tab")
        path_input = app.screen.query_one("#export-path", Input)
        assert app.screen.focused is path_input
        await _type(pilot, str(tmp_path / "mine.md"))
        assert path_input.value == str(tmp_path / "mine.md")
        await pilot.press("enter")
        await pilot.pause()
    assert app.result == ExportRequest("md", (), str(tmp_path / "mine.md"))


async def test_export_refuses_bad_destination_and_unknown_tag(tmp_path: Path) -> None:
    app = _Host(ExportDialog(KNOWN, path=str(tmp_path)))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "folder" in str(app.screen.query_one("#export-error").render())
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "no" / "x.md")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "no folder" in str(app.screen.query_one("#export-error").render())
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "x.md")
        app.screen.query_one("#export-tags", Input).value = "nothing"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "nothing" in str(app.screen.query_one("#export-error").render())
        assert app.result is _UNSET
        await pilot.press("escape")
        await pilot.pause()
    assert app.result is None


async def test_export_default_path_expands_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # no export of an earlier run in the way
    app = _Host(ExportDialog(KNOWN, fmt="qdc"))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#export-path", Input).value == "~/briefreader-export.qdc"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert isinstance(app.result, ExportRequest)
    assert app.result.format == "qdc"
    assert app.result.path == os.path.expanduser("~/briefreader-export.qdc")


async def test_export_asks_before_replacing_a_file(tmp_path: Path) -> None:
    existing = tmp_path / "brief.md"
    existing.write_text("an earlier brief")
    app = _Host(ExportDialog(KNOWN, path=str(existing)))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "exists" in str(app.screen.query_one("#export-error").render())
        assert app.result is _UNSET
        await pilot.press("ctrl+s")  # again: replace it
        await pilot.pause()
    assert app.result == ExportRequest("md", (), str(existing))


async def test_annotate_existing_tags_are_extended_not_replaced() -> None:
    app = _Host(AnnotateDialog(PASSAGE, KNOWN, tags=("aid",)))
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("tab")
        await _type(pilot, ", x")
        await pilot.press("enter")
        await pilot.pause()
    assert app.result == AnnotationDraft(note="", tags=("aid", "x"))


# -- TagsPanel -----------------------------------------------------------------------------------


def _annotation(
    ident: str, article: str, start: int, exact: str, tags: tuple[str, ...], **kw: Any
) -> Annotation:
    anchor = Anchor(article, "hash", start, start + len(exact), exact)
    return Annotation(ident, anchor, tags=tags, **kw)


ANNOTATIONS = (
    _annotation("a1", "bbc", 10, "Five civilians were killed.", ("casualties/civilian",)),
    _annotation("a2", "cnn", 5, "Aid trucks were stopped.", ("aid", "casualties")),
    _annotation("a3", "bbc", 2, "Trucks entered at dawn.", ("aid",), note="contradicts a2"),
    _annotation("a4", "cnn", 0, "A quote that vanished.", ("aid",), orphaned=True),
    _annotation("a5", "bbc", 40, "Just a note here.", (), note="check"),
)
TAGS = (
    TagInfo("aid", "#3cb44b", 3),
    TagInfo("casualties", "#e6194b", 1),
    TagInfo("casualties/civilian", "not-a-colour", 1),
)
LABELS = {"bbc": "BBC News", "cnn": "CNN"}


class _PanelHost(App[None]):
    """The Tags panel alone, recording the messages it posts."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[Any] = []

    def compose(self) -> ComposeResult:
        yield TagsPanel(id="tags")

    def on_mount(self) -> None:
        self.query_one(TagsPanel).show(TAGS, ANNOTATIONS, LABELS)
        self.query_one(TagsPanel).focus()

    @on(TagsPanel.PassageChosen)
    @on(TagsPanel.RenameRequested)
    @on(TagsPanel.MergeRequested)
    @on(TagsPanel.RecolourRequested)
    @on(TagsPanel.DeleteRequested)
    def _record(self, message: Any) -> None:
        self.messages.append(message)


def _labels(panel: TagsPanel) -> list[str]:
    return [str(node.label) for node in panel.root.children]


async def test_tags_panel_shows_tags_counts_and_groups() -> None:
    app = _PanelHost()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        panel = app.query_one(TagsPanel)
        assert _labels(panel) == ["■ aid  3", "■ casualties  1", "Untagged  1", "Orphaned  1"]
        casualties = panel.root.children[1]
        assert [str(n.label) for n in casualties.children][-1] == "■ civilian  1"
        assert panel.passage_ids("aid") == ["a3", "a4", "a2"]  # by article label, then offset
        orphans = panel.root.children[3]
        assert [n.data.annotation_id for n in orphans.children if n.data] == ["a4"]
        passage = str(panel.root.children[0].children[0].label)
        assert "BBC News" in passage and "Trucks entered at dawn." in passage


async def test_tags_panel_lists_passages_in_article_order_passage_first() -> None:
    """Article 3 before article 12 (sorting the labels put 12 first), and each row
    starts with its passage, which a narrow panel still shows."""
    app = _PanelHost()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        panel = app.query_one(TagsPanel)
        labels = {"cnn": "3 CNN: Aid convoy", "bbc": "12 BBC News: Aid convoy"}
        panel.show(TAGS, ANNOTATIONS, labels)
        await pilot.pause()
        assert panel.passage_ids("aid") == ["a4", "a2", "a3"]
        first = str(panel.root.children[0].children[0].label)
        assert first.startswith("“A quote that vanished.”")


async def test_tags_panel_selecting_a_passage_posts_passage_chosen() -> None:
    app = _PanelHost()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        panel = app.query_one(TagsPanel)
        await pilot.press("enter")  # the tag "aid": expands, posts nothing of ours
        await pilot.pause()
        assert panel.root.children[0].is_expanded
        assert app.messages == []
        await pilot.press("down", "down", "down", "enter")  # aid > its third passage (a2)
        await pilot.pause()
        assert app.messages == [TagsPanel.PassageChosen("a2", False)]
        await pilot.press("up", "enter")  # the orphan a4, listed under its tag too
        await pilot.pause()
        assert app.messages[-1] == TagsPanel.PassageChosen("a4", True)


async def test_tags_panel_D_asks_to_delete_the_passage_under_the_cursor_orphans_too() -> None:
    app = _PanelHost()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("D")  # on the tag "aid": nothing to delete
        await pilot.pause()
        assert app.messages == []
        panel = app.query_one(TagsPanel)
        orphans = panel.root.children[3]
        orphans.expand()
        await pilot.pause()
        panel.move_cursor(orphans.children[0])
        await pilot.press("D")
        await pilot.pause()
        assert app.messages == [TagsPanel.DeleteRequested("a4")]


async def test_tags_panel_keys_request_rename_merge_recolour() -> None:
    app = _PanelHost()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("down")  # from aid to casualties
        await pilot.press("r", "m", "o")
        await pilot.pause()
        assert app.messages == [
            TagsPanel.RenameRequested("casualties"),
            TagsPanel.MergeRequested("casualties"),
            TagsPanel.RecolourRequested("casualties"),
        ]
        await pilot.press("down", "r")  # the Untagged group: not a tag
        await pilot.pause()
        assert len(app.messages) == 3


async def test_tags_panel_refresh_keeps_open_nodes_and_cursor() -> None:
    app = _PanelHost()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        panel = app.query_one(TagsPanel)
        await pilot.press("down", "enter", "down")  # open casualties, onto its passage (a2)
        await pilot.pause()
        before = panel.cursor_node.data if panel.cursor_node else None
        assert before is not None and before.annotation_id == "a2"
        panel.show(TAGS, ANNOTATIONS[:3], LABELS)
        await pilot.pause()
        assert panel.root.children[1].is_expanded
        assert panel.cursor_node is not None and panel.cursor_node.data == before
        assert "Orphaned  1" not in _labels(panel)


async def test_tags_panel_empty() -> None:
    app = _PanelHost()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        panel = app.query_one(TagsPanel)
        panel.show((), (), {})
        await pilot.pause()
        assert "No tags yet" in _labels(panel)[0]


async def test_tag_edit_merge_refuses_own_children() -> None:
    app = _Host(TagEditDialog("merge", "casualties", KNOWN))
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.screen.query_one(OptionList).option_count == 2  # aid, Ceasefire
        await _type(pilot, "casualties/civilian")
        await pilot.press("enter")
        await pilot.pause()
        assert "children" in str(app.screen.query_one("#tag-edit-error").render())
        assert app.result is _UNSET


async def test_tag_prompt_initial_tags_are_extended() -> None:
    app = _Host(TagPrompt(PASSAGE, KNOWN, initial="aid"))
    async with app.run_test() as pilot:
        await pilot.pause()
        await _type(pilot, ", b")
        await pilot.press("enter")
        await pilot.pause()
    assert app.result == ("aid", "b")


def test_typed_tags_are_one_tag_in_any_letter_case_and_spacing() -> None:
    from articles.annotation import split_tags

    assert split_tags("warnings/ignored, Warnings/Ignored") == ("warnings/ignored",)
    assert split_tags("spaced   tag , a / b") == ("spaced tag", "a/b")
    # a known tag keeps its own spelling, whatever the case typed
    assert split_tags("russia, SYRIA/aleppo", ["Syria/Aleppo"]) == ("russia", "Syria/Aleppo")
    # quotation marks are no part of a tag ('"quoted' and 'tag"' were shown as one tag)
    assert split_tags('partial, "quoted,tag", “curly”') == ("partial", "quoted", "tag", "curly")
    assert split_tags("don't") == ("don't",)


async def test_a_prompt_with_typed_text_holds_unsaved_text() -> None:
    from tui.dialogs.text_prompt import TextPrompt

    app = _Host(TextPrompt("Rename the claim", "Old name"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, TextPrompt) and not prompt.has_unsaved()
        await pilot.press("end", *" 77-80")
        assert prompt.has_unsaved()
