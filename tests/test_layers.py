"""Imports go one way: articles <- store <- tui, and only tui's app modules load Textual.

Each check runs in a fresh interpreter, so modules imported by other tests
cannot hide or fake a violation.  Every module of a package is imported (found
by walking the package), and after each import the forbidden top-level
packages are looked for in ``sys.modules``.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

_PROBE = r"""
import importlib, json, pkgutil, sys

package, forbidden, extra = sys.argv[1], set(sys.argv[2].split(",")), sys.argv[3:]
root = importlib.import_module(package)
names = [package]
if hasattr(root, "__path__"):
    names += [m.name for m in pkgutil.walk_packages(root.__path__, package + ".")]
names += extra
offenders = {}
for name in names:
    importlib.import_module(name)
    loaded = sorted(m for m in forbidden if m in sys.modules)
    if loaded:
        offenders[name] = loaded
        break  # later modules would only repeat the first offender's imports
print(json.dumps({"modules": names, "offenders": offenders}))
"""


def probe(package: str, forbidden: tuple[str, ...], *extra: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, package, ",".join(forbidden), *extra],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_articles_imports_neither_textual_nor_tinydb_nor_upper_layers() -> None:
    report = probe("articles", ("textual", "tinydb", "store", "tui"))
    modules = report["modules"]
    assert isinstance(modules, list)
    assert "articles.ingest" in modules and "articles.layout" in modules
    assert report["offenders"] == {}


def test_store_never_imports_textual_or_tui() -> None:
    report = probe("store", ("textual", "tui"))
    assert report["offenders"] == {}


def test_command_modules_and_cli_do_not_import_textual() -> None:
    """Subcommands stay fast: the CLI and every command module run without Textual."""
    report = probe("tui.commands", ("textual",), "tui.cli")
    modules = report["modules"]
    assert isinstance(modules, list) and "tui.cli" in modules
    assert report["offenders"] == {}


@pytest.mark.parametrize("forbidden", ["textual", "tinydb"])
def test_the_probe_catches_a_violation(forbidden: str) -> None:
    """The probe itself works: importing the forbidden package is reported."""
    report = probe("json", (forbidden,), forbidden)
    assert report["offenders"] == {forbidden: [forbidden]}
