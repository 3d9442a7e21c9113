"""The reader's first frame: painted once, outside Textual's start-up batch, with article text.

The first-paint benchmark (benchmarks/first_paint.py) measures the time from
launch to article text in a real terminal; these tests pin down the two
properties that keep it short and that a refactor could silently lose: the
first frame Textual computes for the reader is actually shown (not rendered
inside the app's mount batch and thrown away), and it already holds the
panes' text (the panes lay out when they get their size, not one frame later).
"""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from rich.console import RenderableType
from textual._compositor import CompositorUpdate
from textual.message import Message
from textual.screen import Screen

from articles.ingest import load_sample
from store import Store
from tui import launch
from tui.app import BriefReaderApp
from tui.screens.reader import ReaderScreen

_CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
BODY_TEXT = "Russian airstrikes on Saturday"
"""Body text of the sample's first article, in the first pane at 120x40."""


def recording_app() -> tuple[BriefReaderApp, list[tuple[bool, str]]]:
    """The app on the sample, and the reader frames Textual computes for it.

    Each frame is (computed inside a batch, so never shown; its text).
    """
    app = BriefReaderApp(load_sample(), Store.memory())
    frames: list[tuple[bool, str]] = []
    display = app._display

    def record(screen: Screen[Any], renderable: RenderableType | None) -> None:
        if isinstance(screen, ReaderScreen) and isinstance(renderable, CompositorUpdate):
            text = _CONTROL.sub("", renderable.render_segments(app.console))
            frames.append((bool(app._batch_count), text))
        display(screen, renderable)

    app._display = record  # type: ignore[method-assign]
    return app, frames


async def test_first_reader_frame_is_shown_and_holds_article_text() -> None:
    app, frames = recording_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert frames, "the reader was never painted"
        held_back, text = frames[0]
        assert not held_back, "the reader's first frame was rendered inside a batch"
        assert BODY_TEXT in text, "the first frame shows the panes without their text"


async def test_pane_wraps_once_for_its_first_size() -> None:
    """The text is wrapped for the scrollbar it will have: no re-wrap when it appears."""
    app, _frames = recording_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = next(s for s in app.screen_stack if isinstance(s, ReaderScreen))
        for pane in screen.panes:
            assert pane.show_vertical_scrollbar
            assert pane.virtual_size.width == pane.scrollable_content_region.width


async def test_on_first_frame_runs_once_after_the_first_reader_frame() -> None:
    """The launcher resumes the garbage collector here: after the text is shown, once."""
    app, frames = recording_app()
    seen: list[list[tuple[bool, str]]] = []
    app._on_first_frame = lambda: seen.append(list(frames))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
    assert len(seen) == 1, "on_first_frame must run exactly once"
    shown = [text for held_back, text in seen[0] if not held_back]
    assert shown and BODY_TEXT in shown[0], "on_first_frame ran before the text was painted"


def _fake_run(record: list[tuple[str, bool]]) -> Any:
    def run(self: BriefReaderApp, *args: object, **kwargs: object) -> None:
        record.append(("before the first frame", gc.isenabled()))
        self._first_frame_shown()
        record.append(("after the first frame", gc.isenabled()))
        self._first_frame_shown()  # a second frame changes nothing
        record.append(("later", gc.isenabled()))

    return run


def test_collector_paused_during_start_up_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFREADER_DATA_DIR", str(tmp_path / "data"))
    record: list[tuple[str, bool]] = []
    monkeypatch.setattr(BriefReaderApp, "run", _fake_run(record))
    monkeypatch.setattr(launch, "_on_a_terminal", lambda: True)  # (pytest's streams are not)
    assert gc.isenabled()
    assert launch.run_reader([], None) == 0
    assert record == [
        ("before the first frame", False),
        ("after the first frame", True),
        ("later", True),
    ]
    assert gc.isenabled()


def test_collector_resumed_when_the_reader_does_not_start(tmp_path: Path) -> None:
    assert launch.run_reader([str(tmp_path / "missing.txt")], None) == 2
    assert gc.isenabled()


def test_collector_resumed_when_the_app_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFREADER_DATA_DIR", str(tmp_path / "data"))

    def fail(self: BriefReaderApp, *args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(BriefReaderApp, "run", fail)
    monkeypatch.setattr(launch, "_on_a_terminal", lambda: True)
    with pytest.raises(RuntimeError):
        launch.run_reader([], None)
    assert gc.isenabled()


def _run_python(code: str, env: dict[str, str] | None = None) -> str:
    """What a fresh interpreter running ``code`` prints (a process of its own: nothing
    this test session imported counts)."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=env,
    )
    return done.stdout.strip()


def test_reader_loads_no_side_panel_module_before_its_first_frame() -> None:
    """The panels and Textual's tabs are imported with the side panel, after the first frame."""
    code = (
        "import sys, tui.app\n"
        "late = ('tui.widgets.quotes_panel', 'tui.widgets.claims_panel',\n"
        "        'tui.widgets.tags_panel', 'tui.widgets.article_list', 'textual.widgets._tabs')\n"
        "print(sorted(m for m in late if m in sys.modules))\n"
    )
    assert _run_python(code) == "[]"


def test_no_launch_lays_out_the_sample_before_its_first_frame(tmp_path: Path) -> None:
    """The first launch reads the shipped segmentation, later ones the cached one:
    neither imports the layout rules."""
    code = (
        "import sys\n"
        "from tui.commands.common import open_set\n"
        "found = open_set([], quiet=True, cached=True)\n"
        "assert found is not None and found.is_sample and len(found.articles) == 5\n"
        "print('articles.layout' in sys.modules)\n"
    )
    env = {**os.environ, "BRIEFREADER_DATA_DIR": str(tmp_path / "data")}
    assert [_run_python(code, env) for _ in range(2)] == ["False", "False"]
    assert list((tmp_path / "data" / "cache").glob("ingest-*.json"))


async def test_the_status_line_needs_no_export_module() -> None:
    """The status line's paragraph number comes from the article, not from the exporters."""
    code = (
        "import sys, asyncio\n"
        "from articles.ingest import load_sample\n"
        "from store import Store\n"
        "from tui.app import BriefReaderApp\n"
        "async def main():\n"
        "    app = BriefReaderApp(load_sample(), Store.memory())\n"
        "    async with app.run_test(size=(120, 40)) as pilot:\n"
        "        await pilot.pause()\n"
        "        print(app.screen.query_one('#status').render())\n"
        "        print('articles.export' in sys.modules)\n"
        "asyncio.run(main())\n"
    )
    status, exported = _run_python(code).splitlines()[-2:]
    assert re.match(r"¶\d+ · sentence \d+/\d+", status), status
    assert exported == "False"


def _panel_messages() -> list[tuple[Message, str]]:
    from tui.widgets.article_list import ArticleList
    from tui.widgets.claims_panel import ClaimsPanel
    from tui.widgets.quotes_panel import QuotesPanel
    from tui.widgets.tags_panel import TagsPanel

    return [
        (ArticleList.Chosen("x"), "on_article_list_chosen"),
        (QuotesPanel.UtteranceChosen("u"), "on_quotes_panel_utterance_chosen"),
        (QuotesPanel.VariantsRequested("u"), "on_quotes_panel_variants_requested"),
        (ClaimsPanel.ClaimChosen("c"), "on_claims_panel_claim_chosen"),
        (ClaimsPanel.Decision("accept", "c"), "on_claims_panel_decision"),
        (TagsPanel.PassageChosen("a", False), "on_tags_panel_passage_chosen"),
        (TagsPanel.RenameRequested("t"), "on_tags_panel_rename_requested"),
        (TagsPanel.MergeRequested("t"), "on_tags_panel_merge_requested"),
        (TagsPanel.RecolourRequested("t"), "on_tags_panel_recolour_requested"),
    ]


async def test_panel_messages_reach_the_reader_by_handler_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Handled by naming convention (the panel classes are not imported at class creation)."""
    messages = _panel_messages()
    handled: list[str] = []
    for message, name in messages:
        assert message.handler_name == name
        owner = next(c for c in ReaderScreen.__mro__ if name in c.__dict__)
        monkeypatch.setattr(owner, name, lambda self, event, name=name: handled.append(name))
    app, _frames = recording_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for message, _name in messages:
            app.screen.post_message(message)
        await pilot.pause()
    assert handled == [name for _message, name in messages]


async def test_a_tab_key_pressed_before_the_side_panel_mounts_is_not_lost(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The side panel mounts just after the first frame; hold it back longer so
    # that the key surely arrives first, as a quick typist's (or a script's) does.
    from textual.widgets import TabbedContent

    from tests.reader_helpers import make_app
    from tui.screens.reader import ReaderScreen

    original = ReaderScreen._mount_side

    def late(self: ReaderScreen) -> None:
        self.set_timer(0.3, lambda: original(self))

    monkeypatch.setattr(ReaderScreen, "_mount_side", late)
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        assert not app.screen.query("#tabs")
        await pilot.press("4")

        def settled() -> bool:
            found = app.screen.query("#tabs")
            focused = app.focused
            return (
                bool(found)
                and found.first(TabbedContent).active == "tags"
                and focused is not None
                and any(node.id == "tags" for node in focused.ancestors_with_self)
            )

        # The panel mounts after its 0.3 s hold and a refresh or two; on a loaded
        # machine that takes longer, so wait for the outcome rather than a fixed time.
        deadline = time.monotonic() + 10.0
        while not settled() and time.monotonic() < deadline:
            await pilot.pause(0.05)
        tabs = app.screen.query_one("#tabs", TabbedContent)
        assert tabs.active == "tags"
        focused = app.focused
        assert focused is not None
        assert any(node.id == "tags" for node in focused.ancestors_with_self), focused
