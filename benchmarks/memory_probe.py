"""Peak memory of loading and analysing a folder: ``python -m benchmarks.memory_probe FOLDER``.

Run in a fresh process by the benchmark so that nothing else counts; prints one
JSON object: the peak resident set (``VmHWM``, else ``ru_maxrss``) after importing the reader's
modules, and after ingestion, quotes and claims of the folder.
"""

from __future__ import annotations

import resource
import sys

import orjson


def _peak_mb() -> float:
    """Peak resident set of this process so far, in MiB.

    ``VmHWM`` where Linux has it: ``ru_maxrss`` survives ``fork`` + ``exec``, so
    in a child of a big benchmark process it would report the parent's size.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str]) -> int:
    from articles.ingest import load_paths
    from tui.analysis import analyse_set
    from tui.app import BriefReaderApp  # noqa: F401  (the reader's own modules count)

    imports = _peak_mb()
    article_set = load_paths(argv[:1])
    loaded = _peak_mb()
    analysis = analyse_set(article_set)
    result = {
        "articles": len(article_set.articles),
        "claims": len(analysis.claims),
        "quotes": len(analysis.quotes.quotes),
        "imports_peak_mb": imports,
        "loaded_peak_mb": loaded,
        "peak_mb": _peak_mb(),
    }
    sys.stdout.write(orjson.dumps(result).decode() + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
