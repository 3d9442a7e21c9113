"""Analysis: ingestion + quotes + claims on synthetic sets, and reopening through the cache.

The set comes from ``tests/claims_synth.py`` (the sample's paragraphs
recombined with varied names and figures, so cross-article links exist at
every size), written as ``.txt`` files to a temporary folder so that
ingestion (:func:`articles.ingest.load_paths`) is timed too.

Every timed run starts with the analysis modules' in-process caches empty
(:func:`clear_analysis_caches`), so each run costs what opening the set costs
in a fresh process.  Without that, the second and third runs at 1,000
articles reuse whole-article results from the first (the caches hold a few
thousand texts) while the runs at 5,000 cannot, which made the 1,000 figure
flattering and the 5,000 / 1,000 ratio look superlinear.
"""

from __future__ import annotations

import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

from articles.claims import analyse_claims
from articles.ingest import load_paths
from articles.quotes import analyse_quotes
from store.analysis_cache import AnalysisCache
from store.ingest_cache import IngestCache, load_set
from tui.analysis import analyse_set

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.claims_synth import synthetic_articles  # noqa: E402


def clear_analysis_caches() -> int:
    """Empty every ``functools`` cache of the loaded ``articles`` modules; returns how many.

    Caches such as the sentence reader's or the per-article mention and alias
    caches make a repeat analysis of the same texts in one process cheaper; a
    benchmark run must not inherit them from the run before.
    """
    cleared = 0
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "articles" or name.startswith("articles.")):
            continue
        for value in list(vars(module).values()):
            if (
                callable(getattr(value, "cache_clear", None))
                and getattr(value, "__module__", "") == name
            ):
                value.cache_clear()
                cleared += 1
    return cleared


def write_synthetic_set(count: int, folder: Path) -> Path:
    """``count`` synthetic articles as text files in ``folder``; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for article in synthetic_articles(count):
        (folder / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    return folder


def _one_run(folder: Path) -> dict[str, float]:
    clear_analysis_caches()
    gc.collect()
    t0 = time.perf_counter()
    article_set = load_paths([str(folder)])
    t1 = time.perf_counter()
    quotes = analyse_quotes(article_set.articles)
    t2 = time.perf_counter()
    claims = analyse_claims(article_set.articles, quotes=quotes)
    t3 = time.perf_counter()
    return {
        "ingest_s": t1 - t0,
        "quotes_s": t2 - t1,
        "claims_s": t3 - t2,
        "total_s": t3 - t0,
        "articles": len(article_set.articles),
        "quotes": len(quotes.quotes),
        "claims": len(claims),
    }


def bench_size(count: int, runs: int) -> dict[str, float]:
    """Median ingestion, quotes, claims and total seconds for ``count`` articles."""
    with tempfile.TemporaryDirectory(prefix="briefbench-set-") as tmp:
        folder = write_synthetic_set(count, Path(tmp) / "set")
        results = [_one_run(folder) for _ in range(runs)]
    medians = {k: statistics.median(r[k] for r in results) for k in results[0]}
    medians["runs"] = runs
    return medians


def bench_reopen(count: int, runs: int) -> dict[str, float]:
    """First opening (cache misses, written) vs reopening the unchanged set (cache hits).

    The reader's path both times: files read and segmented through the
    ingestion cache, then quotes and claims through the analysis cache.  Totals
    include reading the files (a reopen reads them again to hash them); the
    analysis-only figures are reported too.
    """
    firsts: list[tuple[float, float]] = []
    reopens: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="briefbench-cache-") as tmp:
        folder = write_synthetic_set(count, Path(tmp) / "set")
        for n in range(runs):
            cache = AnalysisCache(Path(tmp) / f"cache{n}")
            segmentations = IngestCache(Path(tmp) / f"cache{n}")
            for record in (firsts, reopens):
                clear_analysis_caches()
                gc.collect()
                t0 = time.perf_counter()
                article_set = load_set([str(folder)], segmentations)
                t1 = time.perf_counter()
                result = analyse_set(article_set, cache=cache)
                t2 = time.perf_counter()
                if result.cached != (record is reopens):
                    raise RuntimeError("the analysis cache did not behave as expected")
                record.append((t2 - t0, t2 - t1))
    first_total = statistics.median(t for t, _ in firsts)
    first_analysis = statistics.median(a for _, a in firsts)
    reopen_total = statistics.median(t for t, _ in reopens)
    reopen_analysis = statistics.median(a for _, a in reopens)
    return {
        "articles": count,
        "first_total_s": first_total,
        "first_analysis_s": first_analysis,
        "reopen_total_s": reopen_total,
        "reopen_analysis_s": reopen_analysis,
        "analysis_ratio": reopen_analysis / first_analysis,
        "total_ratio": reopen_total / first_total,
    }
