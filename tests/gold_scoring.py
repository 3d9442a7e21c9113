"""Run the customer's gold scorer (tools/eval_gold.py) on predictions for the sample.

The scorer and the gold files are copied into ``tests/data`` so that the gold
tests run on a clean clone; when ``../shared`` is present its (possibly newer)
copies are used instead.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Literal

import pytest

from articles.ingest import sample_dir

HERE = Path(__file__).parent
SHARED = HERE.parent.parent / "shared"


def scorer_paths(kind: Literal["quotes", "claims"]) -> tuple[Path, Path]:
    """(scorer, gold folder): the shared copies when present, else the bundled ones."""
    scorer = SHARED / "tools" / "eval_gold.py"
    gold = SHARED / "gold" / "seeds"
    if scorer.is_file() and (gold / f"{kind}.json").is_file():
        return scorer, gold
    return HERE / "data" / "eval_gold.py", HERE / "data" / "gold" / "seeds"


def score_sample(kind: Literal["quotes", "claims"], records: Any, folder: Path) -> dict[str, Any]:
    """The scorer's JSON result for ``records`` (the command's JSON output) on the sample."""
    scorer, gold = scorer_paths(kind)
    if not scorer.is_file():
        pytest.skip(f"no gold scorer at {scorer}")
    pred = folder / f"{kind}.json"
    pred.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(scorer), "--corpus", str(sample_dir()), "--gold", str(gold),
         f"--pred-{kind}", str(pred), "--json"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result
