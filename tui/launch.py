"""Open the reader: resolve the article set and the store, then run the app."""

from __future__ import annotations

import sys


def run_reader(paths: list[str], store_path: str | None) -> int:
    from tui.commands.common import open_set

    article_set = open_set(paths)
    if article_set is None:
        return 2
    print("the reader UI is not built yet", file=sys.stderr)
    return 1
