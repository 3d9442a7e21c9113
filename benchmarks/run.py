"""Run every benchmark: ``python -m benchmarks.run [--quick] [--sizes ...] [--runs N]``.

Prints a table of each figure against its target and writes
``benchmarks/results/latest.json`` (figures, targets, machine, load average).
What each measure does is in its module: :mod:`benchmarks.first_paint`,
:mod:`benchmarks.analysis_bench`, :mod:`benchmarks.key_latency`,
:mod:`benchmarks.memory_probe`, :mod:`benchmarks.bench_store`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "latest.json"
BENCHES = ("first_paint", "analysis", "reopen", "key_latency", "save", "memory")


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table: a figure, its target, and whether it is met."""

    measure: str
    value: float | None
    unit: str
    target: str
    ok: bool | None


def machine() -> dict[str, Any]:
    """CPU model, cores, Python and the load average when the run started."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_start": list(os.getloadavg()),
    }


# --------------------------------------------------------------------------- the measures


def run_first_paint(args: argparse.Namespace) -> tuple[dict[str, Any], list[Row]]:
    from benchmarks.first_paint import bench_first_paint

    result = bench_first_paint(args.paint_runs)
    if "skipped" in result:
        return result, [Row("first paint", None, "", "<= 1.3x floor", None)]
    ratio = float(result["ratio"])  # type: ignore[arg-type]
    later = float(result["ratio_later"])  # type: ignore[arg-type]
    first_ms = float(result["app_median_ms"])  # type: ignore[arg-type]
    later_ms = float(result["app_later_median_ms"])  # type: ignore[arg-type]
    floor_ms = float(result["floor_median_ms"])  # type: ignore[arg-type]
    return result, [
        Row("first paint: briefreader, first launch", first_ms, "ms", "", None),
        Row("first paint: briefreader, later launches", later_ms, "ms", "", None),
        Row("first paint: floor app", floor_ms, "ms", "", None),
        Row("first paint: first launch / floor", ratio, "x", "<= 1.3x", ratio <= 1.3),
        Row("first paint: later launches / floor", later, "x", "<= 1.3x", later <= 1.3),
    ]


def run_analysis(args: argparse.Namespace) -> tuple[dict[str, Any], list[Row]]:
    from benchmarks.analysis_bench import bench_size

    results: dict[str, Any] = {}
    rows = []
    for size in args.sizes:
        runs = max(1, args.runs if size < 5000 else min(args.runs, 2))
        figures = bench_size(size, runs)
        results[str(size)] = figures
        target, ok = ("< 3 s", figures["total_s"] < 3.0) if size == 1000 else ("", None)
        rows.append(
            Row(
                f"analysis {size:,} articles (ingest {figures['ingest_s']:.2f} + quotes "
                f"{figures['quotes_s']:.2f} + claims {figures['claims_s']:.2f})",
                figures["total_s"],
                "s",
                target,
                ok,
            )
        )
    if "1000" in results and "5000" in results:
        growth = results["5000"]["total_s"] / results["1000"]["total_s"]
        results["growth_5000_over_1000"] = growth
        rows.append(Row("analysis 5,000 / 1,000", growth, "x", "<= 6x", growth <= 6.0))
    return results, rows


def run_reopen(args: argparse.Namespace) -> tuple[dict[str, Any], list[Row]]:
    from benchmarks.analysis_bench import bench_reopen

    size = 1000 if 1000 in args.sizes or not args.quick else max(args.sizes)
    result = bench_reopen(size, max(1, min(args.runs, 3)))
    total = result["total_ratio"]
    return result, [
        Row(
            f"reopen {size:,} unchanged: reading + ingestion + analysis (cached / first)",
            total * 100,
            "%",
            "< 10%",
            total < 0.10,
        ),
        Row(
            f"reopen {size:,} unchanged: analysis only (cached / first)",
            result["analysis_ratio"] * 100,
            "%",
            "(info)",
            None,
        ),
    ]


def run_key_latency(args: argparse.Namespace) -> tuple[dict[str, Any], list[Row]]:
    from benchmarks.key_latency import bench_key_latency

    count = 100 if args.quick else 1000
    result = bench_key_latency(count, 40 if args.quick else 200)
    rows = [
        Row(
            f"key j -> repaint, 2,000-paragraph pane, {count:,} articles (median)",
            result["median_ms"],
            "ms",
            "< 16 ms",
            result["median_ms"] < 16.0,
        ),
        Row("key j -> repaint (p95)", result["p95_ms"], "ms", "(info)", None),
    ]
    if result["during_analysis_median_ms"] is not None:
        rows.append(
            Row(
                f"key j -> repaint while analysing ({result['during_analysis_presses']} presses)",
                result["during_analysis_median_ms"],
                "ms",
                "(info)",
                None,
            )
        )
    return result, rows


def run_save(args: argparse.Namespace) -> tuple[dict[str, Any], list[Row]]:
    from benchmarks.bench_store import bench_store

    stored = 1000 if args.quick else 10_000
    with tempfile.TemporaryDirectory(prefix="briefbench-store-") as tmp:
        result = bench_store(Path(tmp), stored, 50 if args.quick else 300)
    result["stored"] = stored
    median = result["save_new_median_ms"]
    return result, [
        Row(
            f"save one annotation, {stored:,} stored (median, durable)",
            median,
            "ms",
            "< 5 ms",
            median < 5.0,
        )
    ]


def run_memory(args: argparse.Namespace) -> tuple[dict[str, Any], list[Row]]:
    from benchmarks.analysis_bench import write_synthetic_set

    count = 100 if args.quick else 1000
    with tempfile.TemporaryDirectory(prefix="briefbench-mem-") as tmp:
        folder = write_synthetic_set(count, Path(tmp) / "set")
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.memory_probe", str(folder)],
            capture_output=True,
            cwd=ROOT,
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode(errors="replace").strip()[-2000:])
    result: dict[str, Any] = orjson.loads(done.stdout)
    peak = result["peak_mb"]
    return result, [
        Row(f"peak memory, {count:,} articles analysed", peak, "MB", "< 300 MB", peak < 300.0),
        Row("peak memory after imports only", result["imports_peak_mb"], "MB", "(info)", None),
    ]


RUNNERS: dict[str, Callable[[argparse.Namespace], tuple[dict[str, Any], list[Row]]]] = {
    "first_paint": run_first_paint,
    "analysis": run_analysis,
    "reopen": run_reopen,
    "key_latency": run_key_latency,
    "save": run_save,
    "memory": run_memory,
}


# --------------------------------------------------------------------------- output


def table(rows: Sequence[Row]) -> Table:
    out = Table(title="briefreader benchmarks (medians)")
    out.add_column("measure")
    out.add_column("value", justify="right")
    out.add_column("target")
    out.add_column("")
    for row in rows:
        value = "-" if row.value is None else f"{row.value:,.2f} {row.unit}"
        verdict = {True: "[green]ok[/]", False: "[red]MISS[/]", None: ""}[row.ok]
        out.add_row(row.measure, value, row.target, verdict)
    return out


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, few runs (smoke)")
    parser.add_argument("--sizes", help="article counts for the analysis (10,100,1000,5000)")
    parser.add_argument("--runs", type=int, help="runs per figure (median); default 3")
    parser.add_argument(
        "--only", help=f"comma-separated subset of: {', '.join(BENCHES)} (default: all)"
    )
    parser.add_argument("--output", type=Path, default=RESULTS, help="JSON file to write")
    args = parser.parse_args(argv)
    default_sizes = "10,100" if args.quick else "10,100,1000,5000"
    try:
        args.sizes = [int(s) for s in (args.sizes or default_sizes).split(",") if s.strip()]
    except ValueError:
        parser.error("--sizes takes comma-separated whole numbers, e.g. 10,100,1000")
    args.runs = args.runs or (1 if args.quick else 3)
    args.paint_runs = 3 if args.quick else max(args.runs, 15)
    args.only = [b.strip() for b in (args.only or ",".join(BENCHES)).split(",") if b.strip()]
    unknown = [b for b in args.only if b not in RUNNERS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHES)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    os.chdir(ROOT)
    console = Console()
    report: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "quick": args.quick,
        "runs": args.runs,
        "results": {},
    }
    rows: list[Row] = []
    started = time.perf_counter()
    for name in args.only:
        with console.status(f"running {name}..."):
            try:
                result, found = RUNNERS[name](args)
            except Exception as error:  # one broken measure must not lose the others
                result, found = {"error": f"{type(error).__name__}: {error}"}, []
                console.print(f"[red]{name} failed:[/] {error}")
        report["results"][name] = result
        rows.extend(found)
    report["machine"]["load_average_end"] = list(os.getloadavg())
    report["seconds"] = time.perf_counter() - started
    report["rows"] = [
        {"measure": r.measure, "value": r.value, "unit": r.unit, "target": r.target, "ok": r.ok}
        for r in rows
    ]
    console.print(table(rows))
    load = report["machine"]
    console.print(
        f"{load['cpu']}, {load['cores']} cores, Python {load['python']}; load average "
        f"{load['load_average_start'][0]:.2f} at start, {load['load_average_end'][0]:.2f} at end"
    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    console.print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
