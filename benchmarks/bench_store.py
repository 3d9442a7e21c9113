"""Store benchmark: time to save one annotation with 10,000 stored, and a SIGKILL crash run.

Run: ``python benchmarks/bench_store.py [--stored 10000] [--saves 300] [--kills 200]``.
Prints a table and writes ``benchmarks/results/store.json``.  Compares the
store (journal + atomic compaction) with TinyDB's default JSONStorage and with
an atomic full-file orjson rewrite per save, all durable (fsync) except the
default JSONStorage, which does not sync at all.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import orjson
from tinydb import TinyDB

from articles.annotation import Anchor, Annotation
from store import Store
from store.convert import annotation_to_doc
from store.storage import atomic_write_bytes

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "store.json"
TEXT = (
    "Residents of the town described heavy bombing overnight near the river, officials said. " * 3
)


def make(i: int) -> Annotation:
    start = (i * 7) % 150
    anchor = Anchor.from_text(f"article-{i % 20}", "h" * 64, TEXT, start, start + 80)
    return Annotation(
        id=f"urn:uuid:{i:032d}", anchor=anchor, note=f"note {i}", tags=("casualties/civilian", "x")
    )


def timed(fn: Callable[[int], object], count: int, offset: int) -> list[float]:
    times = []
    for i in range(count):
        t0 = time.perf_counter()
        fn(offset + i)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def bench_store(folder: Path, stored: int, saves: int) -> dict[str, float]:
    db = Store.open(folder / "store.json")
    db.save_annotations(make(i) for i in range(stored))
    db.close()
    t0 = time.perf_counter()
    db = Store.open(folder / "store.json")
    open_ms = (time.perf_counter() - t0) * 1000
    new = timed(lambda i: db.save_annotation(make(i)), saves, stored)
    edit = timed(lambda i: db.save_annotation(make(i % stored)), saves, 0)
    t0 = time.perf_counter()
    db.close()
    close_ms = (time.perf_counter() - t0) * 1000
    return {
        "save_new_median_ms": statistics.median(new),
        "save_new_p95_ms": sorted(new)[int(len(new) * 0.95)],
        "save_new_max_ms": max(new),
        "save_edit_median_ms": statistics.median(edit),
        "open_ms": open_ms,
        "close_ms": close_ms,
    }


def bench_atomic_rewrite(folder: Path, stored: int, saves: int) -> dict[str, float]:
    docs = {str(i): annotation_to_doc(make(i)) for i in range(stored)}
    path = folder / "rewrite.json"

    def save(i: int) -> None:
        docs[str(i)] = annotation_to_doc(make(i))
        atomic_write_bytes(path, orjson.dumps({"annotations": docs}))

    times = timed(save, saves, stored)
    return {"save_new_median_ms": statistics.median(times)}


def bench_tinydb_default(folder: Path, stored: int, saves: int) -> dict[str, float]:
    db = TinyDB(folder / "default.json")
    table = db.table("annotations")
    table.insert_multiple(annotation_to_doc(make(i)) for i in range(stored))
    times = timed(lambda i: table.insert(annotation_to_doc(make(i))), saves, stored)
    db.close()
    return {"save_new_median_ms": statistics.median(times)}


def bench_kills(folder: Path, kills: int) -> dict[str, float]:
    writer = ROOT / "tests" / "crash_writer.py"
    path = folder / "crash.json"
    rng = random.Random(7)
    acknowledged: set[str] = set()
    lost = 0
    for run in range(kills):
        mode = "rewrite" if run % 2 else "journal"
        proc = subprocess.Popen(
            [sys.executable, str(writer), str(path), f"r{run}", mode],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()
        time.sleep(rng.uniform(0, 0.08))
        proc.kill()
        rest = proc.stdout.read()
        proc.wait()
        proc.stdout.close()
        acknowledged |= {ln for ln in (first + rest).splitlines() if ln and " " not in ln}
        with Store.open(path) as db:
            present = {a.id for a in db.annotations()}
            if db.notice:
                lost += 1
        lost += len(acknowledged - present)
    return {"kills": kills, "acknowledged": len(acknowledged), "lost": lost}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stored", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--default-saves", type=int, default=30)
    parser.add_argument("--kills", type=int, default=0, help="SIGKILL runs (0: skip)")
    args = parser.parse_args()
    results: dict[str, object] = {"stored": args.stored}
    with tempfile.TemporaryDirectory(dir=ROOT / "benchmarks") as tmp:
        folder = Path(tmp)
        results["store"] = bench_store(folder, args.stored, args.saves)
        results["atomic_full_rewrite"] = bench_atomic_rewrite(folder, args.stored, args.saves // 5)
        results["tinydb_default_jsonstorage"] = bench_tinydb_default(
            folder, args.stored, args.default_saves
        )
        if args.kills:
            results["crash"] = bench_kills(folder, args.kills)
    print(f"saving one annotation with {args.stored:,} stored (median, ms)")
    print(f"{'storage':<42}{'median ms':>10}")
    rows = [
        ("store (journal, fsync, durable)", results["store"]),
        ("atomic orjson full rewrite (durable)", results["atomic_full_rewrite"]),
        ("TinyDB default JSONStorage (no fsync)", results["tinydb_default_jsonstorage"]),
    ]
    for name, row in rows:
        assert isinstance(row, dict)
        print(f"{name:<42}{row['save_new_median_ms']:>10.3f}")
    store_row = results["store"]
    assert isinstance(store_row, dict)
    print(
        f"store: edit median {store_row['save_edit_median_ms']:.3f} ms, "
        f"p95 new {store_row['save_new_p95_ms']:.3f} ms, "
        f"max {store_row['save_new_max_ms']:.1f} ms, "
        f"open {store_row['open_ms']:.0f} ms, close {store_row['close_ms']:.0f} ms"
    )
    if "crash" in results:
        print(f"crash: {results['crash']}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2))
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    crash = results.get("crash")
    return 1 if isinstance(crash, dict) and crash["lost"] else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
