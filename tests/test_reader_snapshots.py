"""Snapshots of the main screen at the sizes people use (cursor blink off, analysis done)."""

from __future__ import annotations

from textual.pilot import Pilot

from tests.reader_helpers import make_app, settle


async def _ready(pilot: Pilot) -> None:
    await settle(pilot)


def test_main_screen_120x40(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_ready)


def test_main_screen_80x24(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_ready)


def test_quotes_panel_120x40(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), press=["2"], run_before=_ready)


def test_help_screen_120x40(snap_compare) -> None:
    assert snap_compare(
        make_app(), terminal_size=(120, 40), press=["question_mark"], run_before=_ready
    )
