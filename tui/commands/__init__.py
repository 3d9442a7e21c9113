"""Subcommands of ``briefreader``: each module has ``configure(parser)`` and ``run(args)``.

Modules are imported only when their command runs, so ``briefreader quotes``
never loads Textual.  Register a new command by adding one line to COMMANDS.
"""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str]] = {
    # name: (module, one-line help)
    "quotes": ("tui.commands.quotes", "list direct quotations, speakers and utterances"),
    "claims": ("tui.commands.claims", "list claims made by several articles"),
    "export": ("tui.commands.export", "export annotated passages (md, csv, json, jsonl, qdc)"),
    "import-annotations": (
        "tui.commands.import_annotations",
        "read Web Annotation JSON back into the store",
    ),
}
