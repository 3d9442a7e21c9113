"""The store never loses an acknowledged annotation, whenever its process is killed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store import Store

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 30


def run_and_kill(
    store_path: Path, prefix: str, mode: str, rng: random.Random
) -> tuple[set[str], set[str]]:
    """Start a writer, kill it at a random moment; (acknowledged ids, acknowledged edits)."""
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(store_path), prefix, mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=WRITER.parent.parent,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    time.sleep(rng.uniform(0, 0.08))
    os.kill(proc.pid, signal.SIGKILL)
    rest = proc.stdout.read()
    proc.wait()
    assert proc.stderr is not None
    proc.stderr.close()
    proc.stdout.close()
    lines = [line for line in (first + rest).splitlines() if line]
    assert lines and not lines[0].startswith("READONLY"), lines[:1]
    saved = {line for line in lines if not line.startswith("EDIT ")}
    edits = {line[5:] for line in lines if line.startswith("EDIT ")}
    return saved, edits


@pytest.mark.slow
def test_sigkill_never_loses_acknowledged_annotations(tmp_path: Path) -> None:
    store_path = tmp_path / "store.json"
    rng = random.Random(20151006)
    acknowledged: set[str] = set()
    edited: set[str] = set()
    for run in range(KILLS):
        mode = "rewrite" if run % 2 else "journal"
        saved, edits = run_and_kill(store_path, f"run{run}", mode, rng)
        acknowledged |= saved
        edited |= edits
        # The store must open cleanly after every kill, not only at the end.
        with Store.open(store_path) as db:
            assert db.notice is None
            present = {a.id: a for a in db.annotations()}
        missing = acknowledged - present.keys()
        assert not missing, f"after kill {run}: lost {sorted(missing)[:5]}"
    assert len(acknowledged) > KILLS
    with Store.open(store_path) as db:
        present = {a.id: a for a in db.annotations()}
    for ident in acknowledged:
        note = present[ident].note
        first_line = note.splitlines()[0]
        if ident in edited:
            assert first_line == f"edited note for {ident}"
        else:
            assert first_line in (f"note for {ident}", f"edited note for {ident}")


def test_writer_finishes_cleanly(tmp_path: Path) -> None:
    store_path = tmp_path / "store.json"
    result = subprocess.run(
        [sys.executable, str(WRITER), str(store_path), "w", "journal", "12"],
        capture_output=True,
        text=True,
        cwd=WRITER.parent.parent,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    with Store.open(store_path) as db:
        assert len(db.annotations()) == 12
    assert store_path.with_name("store.json.journal").stat().st_size == 0
