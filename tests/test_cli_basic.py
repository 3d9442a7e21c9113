"""The installed command: help, version, and bad paths met with one line, never a traceback."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.commands import COMMANDS


def command() -> list[str]:
    """The installed ``briefreader`` script next to this interpreter, else ``python -m tui.cli``."""
    script = Path(sys.executable).with_name("briefreader")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "tui.cli"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_COLOR="1", TERM="dumb")
    return subprocess.run(
        [*command(), *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_help_exits_zero_and_lists_commands() -> None:
    result = run("--help")
    assert result.returncode == 0, result.stderr
    assert "usage: briefreader" in result.stdout
    assert "--store" in result.stdout and "--version" in result.stdout
    for name in COMMANDS:
        assert name in result.stdout


def test_version_exits_zero() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("briefreader ")
    assert result.stdout.split()[1][0].isdigit()


def test_python_dash_m_works_too() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui.cli", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and result.stdout.startswith("briefreader ")


def assert_one_line_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("briefreader: ")
    for needle in needles:
        assert needle in lines[0]


def test_missing_path_exits_non_zero_with_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    assert_one_line_error(run(str(missing)), str(missing))


def test_folder_with_nothing_readable_exits_non_zero_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "junk.txt").write_bytes(b"\x00\x01\x02" * 50)
    result = run(str(tmp_path))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "junk.txt" in result.stderr  # the skipped file is named
    assert "no readable articles" in result.stderr


def _registered(name: str) -> bool:
    if name not in COMMANDS:
        return False
    try:
        return importlib.util.find_spec(COMMANDS[name][0]) is not None
    except ModuleNotFoundError:
        return False


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_registered_command_has_help(name: str) -> None:
    if not _registered(name):
        pytest.skip(f"the {name} command is not written yet")
    result = run(name, "--help")
    assert result.returncode == 0, result.stderr
    assert f"briefreader {name}" in result.stdout
    assert "--store" in result.stdout
    assert "HTML page" in " ".join(result.stdout.split())  # what offsets index


def test_quotes_help() -> None:
    if not _registered("quotes"):
        pytest.skip("the quotes command is not written yet")
    result = run("quotes", "--help")
    assert result.returncode == 0, result.stderr
    assert "usage: briefreader quotes" in result.stdout


@pytest.mark.parametrize("name", ["quotes", "claims", "export"])
def test_subcommand_with_missing_path_exits_with_one_line(name: str, tmp_path: Path) -> None:
    if not _registered(name):
        pytest.skip(f"the {name} command is not written yet")
    missing = tmp_path / "gone.txt"
    result = run(name, str(missing))
    assert_one_line_error(result, str(missing))
    assert result.returncode == 2  # as the README says, for every command


def test_the_reader_without_a_terminal_says_so_instead_of_waiting(tmp_path: Path) -> None:
    # as "ssh host briefreader" without -t, or a script: no keys can ever come
    result = run(cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("briefreader: the reader needs a terminal")
    assert "\x1b" not in result.stdout + result.stderr  # nothing drawn


def test_a_store_that_cannot_be_reached_or_is_named_empty_is_refused(tmp_path: Path) -> None:
    """A loop of links (as a folder that cannot be searched) is no empty store: the
    command says why and exits 1; --store '' and an empty annotation file name too."""
    loop = tmp_path / "self.json"
    loop.symlink_to("self.json")
    for name in ("export", "claims"):
        result = run(name, "--store", str(loop), "--format", "json")
        assert result.returncode == 1, result.stdout
        assert "cannot open store" in result.stderr and "Traceback" not in result.stderr
        result = run(name, "--store", "", "--format", "json")
        assert result.returncode == 1
        assert result.stderr.strip() == "briefreader: --store needs a file name (it was given '')"
    result = run("import-annotations", "")
    assert result.returncode == 2 and result.stderr.strip() == "briefreader: no such file: ''"


def test_a_full_disk_or_closed_output_is_one_line_not_a_traceback() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    env = dict(os.environ, NO_COLOR="1", TERM="dumb")
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [*command(), "quotes", "--format", "json"],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=60, env=env,
        )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip() == "briefreader: cannot write the output: No space left on device"
    closed = subprocess.run(
        [*command(), "quotes", "--format", "json"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=60, env=env,
        close_fds=True, preexec_fn=lambda: os.close(1),
    )  # fmt: skip
    assert closed.returncode == 1 and "Traceback" not in closed.stderr
