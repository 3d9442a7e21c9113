"""The ``briefreader`` command: the reader, and subcommands for scripts.

``briefreader [PATH...]`` opens the reader; ``briefreader COMMAND ...`` runs
one of :data:`tui.commands.COMMANDS`.  Imports are lazy so that a subcommand
never pays for Textual and the reader's first paint is not delayed.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from tui.commands import COMMANDS


def _version() -> str:
    # importlib.metadata costs tens of milliseconds: only --version pays for it
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("briefreader")
    except PackageNotFoundError:
        return "unknown"


class _VersionAction(argparse.Action):
    """``--version``: the installed version, looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **_: object):
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"briefreader {_version()}")
        parser.exit()


def _main_parser() -> argparse.ArgumentParser:
    from tui.commands.common import add_set_arguments

    commands = "\n".join(f"  {name:<20}{help_}" for name, (_, help_) in COMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="briefreader",
        description="Read news articles side by side: quotations, claims, annotations.",
        epilog=f"commands (briefreader COMMAND --help):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction)
    add_set_arguments(parser)
    return parser


def _command_parser(name: str) -> tuple[argparse.ArgumentParser, object]:
    module_name, help_ = COMMANDS[name]
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"briefreader {name}", description=help_)
    parser.add_argument("--version", action=_VersionAction)
    module.configure(parser)
    return parser, module


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if sys.stderr is None:  # closed by the caller ("2>&-"): messages go nowhere, not fail
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process
    try:
        if args and args[0] in COMMANDS:
            if sys.stdout is None:
                print("briefreader: standard output is closed: nowhere to write", file=sys.stderr)
                return 1
            parser, module = _command_parser(args[0])
            status = int(module.run(parser.parse_args(args[1:])) or 0)  # type: ignore[attr-defined]
            sys.stdout.flush()  # (a full disk says so here, not at exit)
            return status
        options = _main_parser().parse_args(args)
        from tui.launch import run_reader

        return run_reader(options.paths, options.store)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:
        # the output could not be written (a full disk, a closed stream): the commands
        # report their own files' errors, so this is what the shell gave them
        where = f"{error.filename}: " if error.filename else "cannot write the output: "
        print(f"briefreader: {where}{error.strerror or error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
