"""Rename, merge or recolour a tag: one small dialog with three modes.

* ``rename``: a new name (``/`` nests; its child tags follow it in the store).
* ``merge``: the tag to fold this one into, typed with completion or picked from
  the list of the other tags (the list narrows as you type).
* ``recolour``: a colour from the named palette, or ``#rrggbb`` typed.

Each dismisses with the validated answer (a tag name, or a ``#rrggbb`` colour),
or None on escape.  Invalid input shows why under the field and keeps the dialog.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar, Literal

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.markup import escape
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from articles.annotation import split_tags
from tui.dialogs.fields import FieldsDialog
from tui.widgets.tag_input import TagInput

EditMode = Literal["rename", "merge", "recolour"]

NAMED_COLOURS: dict[str, str] = {
    "red": "#e6194b",
    "green": "#3cb44b",
    "yellow": "#ffe119",
    "blue": "#4363d8",
    "orange": "#f58231",
    "purple": "#911eb4",
    "cyan": "#42d4f4",
    "magenta": "#f032e6",
    "lime": "#bfef45",
    "pink": "#fabed4",
    "teal": "#469990",
    "lavender": "#dcbeff",
    "brown": "#9a6324",
    "mint": "#aaffc3",
    "olive": "#808000",
    "apricot": "#ffd8b1",
}
"""The store's tag palette (store.tags.PALETTE) under names people can type."""

_HEX = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


def parse_colour(text: str) -> str | None:
    """``#rrggbb`` (lower case) for a palette name, ``#rrggbb`` or ``#rgb``; None otherwise."""
    value = text.strip().casefold()
    if value in NAMED_COLOURS:
        return NAMED_COLOURS[value]
    match = _HEX.fullmatch(value)
    if match is None:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return f"#{digits.lower()}"


def parse_tag(text: str) -> str | None:
    """The one tag in ``text`` (trimmed, ``a / b`` -> ``a/b``), or None if none or several."""
    tags = split_tags(text)
    return tags[0] if len(tags) == 1 else None


class TagEditDialog(FieldsDialog[str | None]):
    """Asks for a tag's new name, merge target or colour; dismisses with it or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "dismiss(None)",
            "Cancel",
            id="tag_edit.cancel",
            tooltip="Close without changing the tag",
        ),
    ]

    DEFAULT_CSS = """
    TagEditDialog { align: center middle; }
    TagEditDialog > Vertical {
        width: 70; max-width: 95%; height: auto; max-height: 90%;
        padding: 0 1; border: round $accent; background: $surface;
        border-title-color: $accent;
    }
    TagEditDialog OptionList { height: auto; max-height: 12; margin-top: 1; }
    TagEditDialog #tag-edit-error { color: $error; height: auto; }
    TagEditDialog #tag-edit-hint { color: $text-muted; }
    """

    TITLES: ClassVar[dict[str, str]] = {
        "rename": "Rename tag",
        "merge": "Merge tag",
        "recolour": "Tag colour",
    }

    def __init__(
        self,
        mode: EditMode,
        tag: str,
        known_tags: Sequence[str] = (),
        colour: str = "",
    ) -> None:
        super().__init__()
        if mode not in self.TITLES:
            raise ValueError(f"unknown mode {mode!r}")
        self.mode: EditMode = mode
        self.tag = tag
        self.colour = colour
        self.targets = tuple(t for t in known_tags if not self._inside(t))

    def _inside(self, other: str) -> bool:
        """Whether ``other`` is this tag or one of its children (no merge target)."""
        return other == self.tag or other.startswith(self.tag + "/")

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = escape(f"{self.TITLES[self.mode]}: {self.tag}")
            if self.mode == "rename":
                yield Input(
                    self.tag,
                    placeholder="new name (a/b nests)",
                    id="tag-edit-input",
                    select_on_focus=False,
                )
                hint = "enter renames (child tags follow) · esc cancels"
            elif self.mode == "merge":
                yield TagInput(
                    self.targets,
                    multiple=False,
                    placeholder="merge into… (tab completes)",
                    id="tag-edit-input",
                )
                yield OptionList(*self._target_options(""), id="tag-edit-list")
                hint = "enter merges · tab: the list · esc cancels"
            else:
                yield OptionList(*self._colour_options(), id="tag-edit-list")
                yield Input(
                    placeholder="or type a name or #rrggbb", id="tag-edit-input", max_length=20
                )
                hint = "enter picks · tab: type a colour · esc cancels"
            yield Static("", id="tag-edit-error", markup=False)
            yield Static(hint, id="tag-edit-hint", markup=False)

    def on_mount(self) -> None:
        if self.mode == "recolour":
            options = self.query_one("#tag-edit-list", OptionList)
            current = parse_colour(self.colour)
            names = list(NAMED_COLOURS.values())
            if current in names:
                options.highlighted = names.index(current)
            options.focus()
        else:
            self.query_one("#tag-edit-input", Input).focus()

    def _target_options(self, typed: str) -> list[Option]:
        needle = typed.strip().casefold()
        return [
            Option(Text(tag), id=f"t{index}")
            for index, tag in enumerate(self.targets)
            if needle in tag.casefold()
        ]

    def _colour_options(self) -> list[Option]:
        options = []
        for name, hex_colour in NAMED_COLOURS.items():
            label = Text()
            label.append("■■ ", style=Style(color=hex_colour))
            label.append(f"{name:<10}")
            label.append(hex_colour, style="dim")
            options.append(Option(label, id=name))
        return options

    # -- answers ---------------------------------------------------------------------------------

    def _fail(self, why: str) -> None:
        self.query_one("#tag-edit-error", Static).update(why)

    def _answer(self, raw: str) -> None:
        """Validate ``raw`` for this mode and dismiss with it, or say what is wrong."""
        if self.mode == "recolour":
            colour = parse_colour(raw)
            if colour is None:
                self._fail(f"Not a colour: {raw.strip()!r}. Use a name above or #rrggbb.")
                return
            self.dismiss(colour)
            return
        tag = parse_tag(raw)
        if tag is None:
            self._fail("Type one tag name (no commas).")
        elif tag == self.tag:
            self._fail("That is the tag's current name.")
        elif self.mode == "merge" and self._inside(tag):
            self._fail("A tag cannot be merged into one of its own children.")
        else:
            self.dismiss(tag)

    @on(Input.Submitted, "#tag-edit-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._answer(event.value)

    @on(Input.Changed, "#tag-edit-input")
    def _changed(self, event: Input.Changed) -> None:
        self._fail("")
        if self.mode == "merge":
            options = self.query_one("#tag-edit-list", OptionList)
            options.set_options(self._target_options(event.value))
            options.highlighted = 0 if options.option_count else None

    @on(OptionList.OptionSelected, "#tag-edit-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if self.mode == "recolour":
            self._answer(option_id)
        else:
            self._answer(self.targets[int(option_id[1:])])
