"""A dropped terminal (ssh gone, tmux session killed) ends briefreader, even during start-up."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from tmux_driver import briefreader_command


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped by tmux) counts as gone.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (OSError, IndexError):
        return True
    return state != "Z"


@pytest.mark.parametrize("delay", [0.2, 0.4, 0.7, 1.5])
def test_killing_the_terminal_ends_the_process(delay: float, tmp_path: Path) -> None:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    name = f"br-hup-{uuid.uuid4().hex[:8]}"
    # A private server, as a dropped ssh connection: the terminal goes with its session.
    tmux = ["tmux", "-L", name]
    command = f"BRIEFREADER_DATA_DIR={tmp_path} exec {briefreader_command()}"
    subprocess.run(
        [*tmux, "new-session", "-d", "-s", name, "-x", "120", "-y", "40", command], check=True
    )
    pid = int(
        subprocess.run(
            [*tmux, "display-message", "-p", "-t", name, "#{pane_pid}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    try:
        time.sleep(delay)
        subprocess.run([*tmux, "kill-session", "-t", name], check=False)
        deadline = time.monotonic() + 8
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(pid), "briefreader kept running after its terminal was gone"
    finally:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
