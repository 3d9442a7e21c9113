"""Correct an article's headline, outlet and date (kept in the store)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from articles.model import Metadata
from tui.dialogs.fields import FieldsDialog


@dataclass(frozen=True, slots=True)
class MetadataEdit:
    """What the user typed; ``date`` None when the field is empty."""

    headline: str
    outlet: str
    date: dt.date | None


def parse_date(text: str) -> dt.date | None:
    """YYYY-MM-DD, or None for an empty field; ValueError otherwise."""
    text = text.strip()
    return dt.date.fromisoformat(text) if text else None


class MetadataDialog(FieldsDialog[MetadataEdit | None]):
    """Three fields; Enter in the last one or ctrl+s saves; escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+s",
            "save",
            "Save",
            id="metadata.save",
            tooltip="Save the corrected headline, outlet and date",
        ),
        Binding(
            "escape",
            "dismiss(None)",
            "Cancel",
            id="metadata.cancel",
            tooltip="Close without saving",
        ),
    ]

    DEFAULT_CSS = """
    MetadataDialog { align: center middle; }
    MetadataDialog > Vertical {
        width: 90%; max-width: 100; height: auto; padding: 0 1;
        border: round $accent; background: $surface;
    }
    MetadataDialog Label { margin-top: 1; color: $text-muted; }
    MetadataDialog #metadata-error { color: $error; height: auto; }
    """

    def __init__(self, meta: Metadata, typed: MetadataEdit | None = None) -> None:
        """``typed``: what was typed before (a save that failed), else ``meta``'s values."""
        super().__init__()
        self.meta = meta
        self.typed = typed

    def compose(self) -> ComposeResult:
        typed = self.typed
        headline = typed.headline if typed else self.meta.headline
        outlet = typed.outlet if typed else self.meta.outlet or ""
        date = typed.date if typed else self.meta.date
        with Vertical() as box:
            box.border_title = "Correct headline, outlet and date"
            yield Label("Headline")
            yield Input(headline, id="metadata-headline")
            yield Label("Outlet")
            yield Input(outlet, id="metadata-outlet")
            yield Label("Date (YYYY-MM-DD)")
            yield Input(
                date.isoformat() if date else "",
                placeholder="e.g. 2015-10-03",
                id="metadata-date",
            )
            yield Static("", id="metadata-error", markup=False)
            yield Static(
                "tab: next field · enter in date or ctrl+s: save · esc: cancel", markup=False
            )

    def has_unsaved(self) -> bool:
        """Edited fields, or a correction that could not be saved (opened again on it)."""
        return self.typed is not None or super().has_unsaved()

    def action_save(self) -> None:
        try:
            date = parse_date(self.query_one("#metadata-date", Input).value)
        except ValueError:
            typed = self.query_one("#metadata-date", Input).value.strip()
            shaped = re.fullmatch(r"\d{4}-\d{2}-\d{2}", typed) is not None
            self.query_one("#metadata-error", Static).update(
                f"{typed} is no date on the calendar."
                if shaped
                else "The date must look like 2015-10-03."
            )
            self.query_one("#metadata-date", Input).focus()
            return
        self.dismiss(
            MetadataEdit(
                headline=self.query_one("#metadata-headline", Input).value.strip(),
                outlet=self.query_one("#metadata-outlet", Input).value.strip(),
                date=date,
            )
        )

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "metadata-date":
            self.action_save()
        else:
            self.focus_next()
