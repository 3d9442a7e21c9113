"""Drive the installed ``briefreader`` command in a real terminal (tmux)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

TMUX = ("tmux", "-L", f"briefreader-tests-{os.getpid()}")
"""A tmux server of the test run's own: no other terminal's sessions or shutdown get in the way."""


def briefreader_command() -> str:
    """The installed console script next to this interpreter."""
    script = Path(sys.executable).with_name("briefreader")
    if not script.exists():
        pytest.skip("the briefreader command is not installed in this environment")
    return str(script)


class Tmux:
    """One detached tmux session running a command; captures what a person would see."""

    def __init__(
        self, command: str, *, width: int = 120, height: int = 40, env: dict[str, str] | None = None
    ) -> None:
        if shutil.which("tmux") is None:
            pytest.skip("tmux is not installed")
        self.name = f"br-{uuid.uuid4().hex[:8]}"
        self.status_file = Path(os.environ.get("TMPDIR", "/tmp")) / f"{self.name}.rc"
        exports = " ".join(f"{k}={_quote(v)}" for k, v in (env or {}).items())
        shell = f"{exports} {command}; echo $? > {self.status_file}; sleep 60"
        start = [
            *TMUX,
            "new-session",
            "-d",
            "-s",
            self.name,
            "-x",
            str(width),
            "-y",
            str(height),
            "bash",
            "-c",
            shell,
        ]
        # A server whose last session just closed is still shutting down and refuses a
        # new session once; the next attempt starts a fresh server.
        for _attempt in range(3):
            started = subprocess.run(start, capture_output=True, text=True, check=False)
            if started.returncode == 0:
                break
            time.sleep(0.3)
        else:
            raise AssertionError(f"tmux could not start a session: {started.stderr.strip()}")

    def send(self, *keys: str, pause: float = 0.3) -> None:
        for key in keys:
            subprocess.run([*TMUX, "send-keys", "-t", self.name, key], check=True)
            time.sleep(pause)

    def capture(self) -> str:
        result = subprocess.run(
            [*TMUX, "capture-pane", "-p", "-t", self.name],
            capture_output=True,
            text=True,
            check=False,
        )
        return result.stdout

    def capture_with_escapes(self) -> str:
        """The screen with its colour escape sequences (to check highlighting)."""
        result = subprocess.run(
            [*TMUX, "capture-pane", "-e", "-p", "-t", self.name],
            capture_output=True,
            text=True,
            check=False,
        )
        return result.stdout

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.capture()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} did not appear on screen:\n{screen}")

    def exit_status(self, timeout: float = 10.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.status_file.exists() and self.status_file.read_text().strip():
                return int(self.status_file.read_text().strip())
            time.sleep(0.2)
        raise AssertionError(f"the command did not exit:\n{self.capture()}")

    def close(self) -> None:
        subprocess.run([*TMUX, "kill-session", "-t", self.name], check=False, capture_output=True)
        self.status_file.unlink(missing_ok=True)


def _quote(value: str) -> str:
    return "'" + value.replace("'", "'\\''") + "'"
