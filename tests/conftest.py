"""Shared test set-up: no test may touch the real per-user data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point ``BRIEFREADER_DATA_DIR`` (store.paths) at a fresh temporary folder for each test."""
    folder = tmp_path_factory.mktemp("data-dir")
    monkeypatch.setenv("BRIEFREADER_DATA_DIR", str(folder))
    # Nor the user's keymap: tui.keys reads keymap.toml from here.
    monkeypatch.setenv("BRIEFREADER_CONFIG_DIR", str(folder / "config"))
    yield folder
