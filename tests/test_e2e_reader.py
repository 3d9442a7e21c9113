"""End to end: the installed ``briefreader`` in a real terminal, driven with keys."""

from __future__ import annotations

import pytest

from tests.tmux_driver import Tmux, briefreader_command

pytestmark = pytest.mark.e2e


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    return {
        "BRIEFREADER_DATA_DIR": str(tmp_path / "data"),
        "BRIEFREADER_CONFIG_DIR": str(tmp_path / "config"),
        "TERM": "xterm-256color",
    }


def test_sample_opens_side_by_side_moves_between_panes_and_quits(env) -> None:
    tmux = Tmux(briefreader_command(), width=120, height=40, env=env)
    try:
        screen = tmux.wait_for("Russian airstrikes on Saturday")
        # Two articles' text side by side on the same rows.
        row = next(line for line in screen.splitlines() if "Russia presses Syria" in line)
        assert "Russia says its Syria" in row
        tmux.wait_for("¶")  # the status line tracks the cursor
        tmux.send("tab", "c")
        screen = tmux.wait_for("TRTWorld")
        assert "Fallon says 'One out of 20'" in screen
        tmux.send("j", "j", "J")
        tmux.send("q")
        assert tmux.exit_status() == 0
    finally:
        tmux.close()


def test_pane_choice_survives_a_restart(env) -> None:
    tmux = Tmux(briefreader_command(), width=120, height=40, env=env)
    try:
        tmux.wait_for("Russian airstrikes on Saturday")
        tmux.send("tab", "c", "c")
        tmux.wait_for("Leaders call on Russia")
        tmux.send("q")
        assert tmux.exit_status() == 0
    finally:
        tmux.close()
    tmux = Tmux(briefreader_command(), width=120, height=40, env=env)
    try:
        screen = tmux.wait_for("Leaders call on Russia")
        assert "Russia says its Syria" in screen
        tmux.send("q")
        assert tmux.exit_status() == 0
    finally:
        tmux.close()


def test_missing_path_exits_non_zero_with_one_line(env, tmp_path) -> None:
    tmux = Tmux(f"{briefreader_command()} {tmp_path / 'nope.txt'}", env=env)
    try:
        assert tmux.exit_status() != 0
        screen = tmux.capture()
        assert "no such file or folder" in screen
        assert "Traceback" not in screen
    finally:
        tmux.close()
