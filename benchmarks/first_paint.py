"""First paint: launch a command in a real terminal (tmux) and time until a text shows.

Each run is a fresh tmux session (120x40) on a private tmux socket, with
``BRIEFREADER_DATA_DIR`` in a fresh temporary folder.  The shell inside the
session writes a wall-clock stamp and then ``exec``s the command, so tmux's own
start-up is not counted (``PYTHONDONTWRITEBYTECODE`` is unset there, so the
warm-up launch leaves compiled bytecode, as an installed package has); the pane
is captured every few milliseconds until the expected text appears.
``briefreader`` and the floor app (the smallest Textual app that paints one
line) alternate, so both see the same machine load.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TEXT = "Russian airstrikes on Saturday"
"""Body text of the sample's first article: the reader has painted an article."""
SOCKET = f"briefbench-{os.getpid()}"
"""A private tmux server, so the benchmark never touches anybody else's sessions."""
POLL_S = 0.002
TIMEOUT_S = 30.0


def _tmux(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["tmux", "-L", SOCKET, *args], capture_output=True, text=True, check=False
    )


def time_to_text(command: list[str], text: str, data_dir: Path | None = None) -> float:
    """Seconds from exec-ing ``command`` in a fresh 120x40 terminal until ``text`` shows.

    ``data_dir``: the user data folder to launch with (a returning user's, kept
    between launches); None gives every launch a fresh, empty one (a first launch).
    """
    with tempfile.TemporaryDirectory(prefix="briefbench-") as folder:
        stamp = Path(folder) / "t0"
        data = str(data_dir) if data_dir is not None else folder + "/data"
        env = f"BRIEFREADER_DATA_DIR={shlex.quote(data)}"
        shell = (
            # Bytecode as a user has it (the warm-up launch writes it): with
            # PYTHONDONTWRITEBYTECODE inherited, every launch would compile the
            # project's own modules again, which the floor app never pays.
            "unset PYTHONDONTWRITEBYTECODE; "
            f"date +%s.%N > {shlex.quote(str(stamp))}; "
            f"{env} exec {' '.join(shlex.quote(c) for c in command)}"
        )
        name = f"fp-{uuid.uuid4().hex[:8]}"
        for _attempt in range(3):  # a tmux server shutting down refuses once: retry
            started = _tmux(
                "new-session", "-d", "-s", name, "-x", "120", "-y", "40", "bash", "-c", shell
            )
            if started.returncode == 0:
                break
            time.sleep(0.2)
        else:
            raise RuntimeError(f"tmux could not start: {started.stderr.strip()}")
        pane = _tmux("display-message", "-p", "-t", name, "#{pane_pid}").stdout.strip()
        try:
            deadline = time.monotonic() + TIMEOUT_S
            while time.monotonic() < deadline:
                screen = _tmux("capture-pane", "-p", "-t", name).stdout
                if text in screen:
                    seen = time.time()
                    break
                time.sleep(POLL_S)
            else:
                raise RuntimeError(f"{text!r} did not appear within {TIMEOUT_S:.0f} s")
            return seen - float(stamp.read_text())
        finally:
            _tmux("kill-session", "-t", name)
            if pane.isdigit():
                _wait_gone(int(pane))


def _wait_gone(pid: int, timeout: float = 5.0) -> None:
    """Wait for a measured process to end, so it never loads the next measurement."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def start_server() -> None:
    """Keep the private tmux server up between runs with one idle session."""
    _tmux("new-session", "-d", "-s", "keep", "-x", "20", "-y", "5", "sleep", "3600")


def stop_server() -> None:
    _tmux("kill-server")


def briefreader_command() -> list[str]:
    """The installed console script next to this interpreter."""
    return [str(Path(sys.executable).with_name("briefreader"))]


def floor_command() -> list[str]:
    return [sys.executable, str(ROOT / "benchmarks" / "floor_app.py")]


def bench_first_paint(runs: int) -> dict[str, object]:
    """Median first paint of briefreader on the sample and of the floor app, alternating.

    briefreader is launched two ways in each round: with an empty data folder
    (the very first launch: the store is created and the sample laid out) and
    with the data folder the launches before it left (every later launch:
    the store exists and the sample's segmentation is cached).
    """
    from benchmarks.floor_app import LINE

    if shutil.which("tmux") is None:
        return {"skipped": "tmux is not installed"}
    first: list[float] = []
    later: list[float] = []
    floor: list[float] = []
    start_server()
    try:
        with tempfile.TemporaryDirectory(prefix="briefbench-home-") as home:
            kept = Path(home) / "data"
            # one unmeasured launch of each warms the disk cache and the bytecode
            # cache, and leaves the returning user's data folder
            time_to_text(briefreader_command(), SAMPLE_TEXT, kept)
            time_to_text(floor_command(), LINE)
            for _ in range(runs):
                first.append(time_to_text(briefreader_command(), SAMPLE_TEXT) * 1000)
                floor.append(time_to_text(floor_command(), LINE) * 1000)
                later.append(time_to_text(briefreader_command(), SAMPLE_TEXT, kept) * 1000)
    finally:
        stop_server()
    first_ms, later_ms = statistics.median(first), statistics.median(later)
    floor_ms = statistics.median(floor)
    return {
        "app_median_ms": first_ms,
        "app_later_median_ms": later_ms,
        "floor_median_ms": floor_ms,
        "ratio": first_ms / floor_ms,
        "ratio_later": later_ms / floor_ms,
        "app_ms": first,
        "app_later_ms": later,
        "floor_ms": floor,
    }
