"""The export formatters stay in the pure layer; the commands never load Textual."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        ("articles.export", ("textual", "tinydb", "store", "tui")),
        ("tui.commands.export", ("textual",)),
        ("tui.commands.import_annotations", ("textual",)),
    ],
)
def test_imports_stay_in_their_layer(module: str, forbidden: tuple[str, ...]) -> None:
    code = (
        f"import sys, {module}\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {forbidden!r})\n"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == ""
