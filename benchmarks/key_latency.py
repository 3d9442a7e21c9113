"""Key latency: from pressing ``j`` to the repaint, in a pane showing a 2,000-paragraph article.

In process, with Textual's Pilot (headless): the reader opens 1,000 synthetic
articles plus one long article (2,000 paragraphs) in an in-memory store.  The
app's ``_display`` (where Textual hands a finished screen update to the
driver) is wrapped to stamp every repaint; for a headless driver it would
write nothing, so the wrapper also renders the update to terminal bytes, which
is the work a real terminal would cost.  The latency of one press is the time
from posting the key to the first repaint after it.  Presses are measured
while the analysis worker runs (informational) and after it has finished.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from textual._compositor import CompositorUpdate

from articles.ingest import RawText, build_articles, load_sample
from articles.model import Article, ArticleSet
from store import Store
from tui.app import BriefReaderApp
from tui.screens.reader import ReaderScreen

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.claims_synth import synthetic_articles  # noqa: E402

LONG_PARAGRAPHS = 2000


def long_article(paragraphs: int = LONG_PARAGRAPHS) -> Article:
    """One article of ``paragraphs`` body paragraphs, cycled from the sample's content."""
    pool = [
        a.paragraph_text(p)
        for a in load_sample().articles
        for p in a.paragraphs
        if p.kind.is_content and len(a.paragraph_text(p)) > 80
    ]
    body = [f"{pool[n % len(pool)]} ({n})" for n in range(paragraphs)]
    text = "A very long report on the war\n\n" + "\n\n".join(body) + "\n"
    (article,) = build_articles([RawText(id="long", source="synthetic:long", text=text)])
    return article


async def _measure(count: int, presses: int) -> dict[str, Any]:
    long = long_article()
    article_set = ArticleSet((long, *synthetic_articles(count)))
    app = BriefReaderApp(article_set, Store.memory())
    stamps: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        original = app._display
        console = app.console

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            if renderable is not None:
                if isinstance(renderable, CompositorUpdate):
                    renderable.render_segments(console)
                stamps.append(time.perf_counter())

        app._display = display  # type: ignore[method-assign]
        await pilot.pause()
        reader = next(s for s in app.screen_stack if isinstance(s, ReaderScreen))
        pane = reader.panes[0]
        reader.show_article(long, pane)
        pane.focus()
        await pilot.pause()
        paragraphs = len(pane.article.paragraphs) if pane.article else 0

        async def press() -> float:
            before = len(stamps)
            t0 = time.perf_counter()
            await pilot.press("j")
            deadline = t0 + 2.0
            while len(stamps) == before and time.perf_counter() < deadline:
                await asyncio.sleep(0)
            return (stamps[before] - t0) * 1000 if len(stamps) > before else float("nan")

        busy: list[float] = []
        while reader.workers and any(w.is_running for w in app.workers) and len(busy) < presses:
            busy.append(await press())
        await app.workers.wait_for_complete()
        await pilot.pause()
        idle = [await press() for _ in range(presses)]
        cursor = pane.cursor
    idle_ok = [x for x in idle if x == x]
    busy_ok = [x for x in busy if x == x]
    return {
        "articles": len(article_set.articles),
        "paragraphs_in_pane": paragraphs,
        "presses": len(idle_ok),
        "median_ms": statistics.median(idle_ok),
        "p95_ms": sorted(idle_ok)[int(len(idle_ok) * 0.95)],
        "max_ms": max(idle_ok),
        "during_analysis_presses": len(busy_ok),
        "during_analysis_median_ms": statistics.median(busy_ok) if busy_ok else None,
        "cursor_after": cursor,
    }


def bench_key_latency(count: int = 1000, presses: int = 200) -> dict[str, Any]:
    """Median key-to-repaint latency with ``count`` articles loaded (see the module doc)."""
    return asyncio.run(_measure(count, presses))
