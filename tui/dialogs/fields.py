"""The base of dialogs with several fields: ``tab`` / ``shift+tab`` move between them at once.

Textual resolves an ordinary binding only after the key has reached the focused
field and bubbled up from it, while the app hands every later key to whatever
is focused when that key arrives.  Text typed or pasted right after ``tab``
therefore landed in the field being left (a note followed by its tags became
one note).  A priority binding is resolved by the app before it hands the next
key on, so focus has moved by then.

The dialogs' save keys (``ctrl+s``) are ordinary bindings for the opposite
reason: as a priority binding, a save could overtake the characters typed just
before it, still on their way to the field, and save a note cut short.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual import events, on
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import Input, TextArea

from tui.widgets.tag_input import TagInput

ResultT = TypeVar("ResultT")


class FieldsDialog(ModalScreen[ResultT]):
    """A modal dialog whose fields ``tab`` and ``shift+tab`` cycle through.

    On a short terminal (fewer than 28 rows) the screen has the class ``-short`` and
    the dialogs drop their spacing, so that their last line, the keys, stays in view.
    """

    VERTICAL_BREAKPOINTS = [(0, "-short"), (28, "-tall")]

    DEFAULT_CSS = """
    FieldsDialog.-short Label { margin-top: 0; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "tab",
            "next_field",
            "Next field",
            show=False,
            id="dialog.next_field",
            tooltip="Accept the suggested tag in a tags field, else move to the next field",
            priority=True,
        ),
        Binding(
            "shift+tab",
            "previous_field",
            "Previous field",
            show=False,
            id="dialog.previous_field",
            tooltip="Move to the previous field",
            priority=True,
        ),
    ]

    _initial: tuple[str, ...] | None = None
    """The fields' contents as the dialog opened (for :meth:`has_unsaved`)."""

    @on(events.Mount)
    def _remember_fields(self) -> None:
        self._initial = self._field_values()

    def _field_values(self) -> tuple[str, ...]:
        return tuple(
            field.text if isinstance(field, TextArea) else field.value
            for field in self.query("Input, TextArea")
            if isinstance(field, Input | TextArea)
        )

    def has_unsaved(self) -> bool:
        """Whether a field was edited since the dialog opened (quitting asks first)."""
        return self._initial is not None and self._field_values() != self._initial

    def action_next_field(self) -> None:
        focused = self.focused
        if isinstance(focused, TagInput):
            focused.action_complete()  # a suggestion first, as the field's own tab does
        else:
            self.focus_next()

    def action_previous_field(self) -> None:
        self.focus_previous()
