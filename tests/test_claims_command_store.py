"""`briefreader claims --store` shows the claims with the user's decisions applied."""

from __future__ import annotations

import json

from articles import claim_decisions as decide
from store import Store
from store.claim_decisions import save_decision
from tui.cli import main


def _claims(capsys, *args: str) -> list[dict]:
    assert main(["claims", "--format", "json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_rejected_and_renamed_claims_in_the_command_output(tmp_path, capsys) -> None:
    path = tmp_path / "store.json"
    before = _claims(capsys, "--store", str(path))
    rejected, renamed = before[0]["id"], before[1]["id"]
    store = Store.open(path)
    save_decision(store, decide.reject(rejected))
    save_decision(store, decide.rename(renamed, "My own summary"))
    store.close()
    after = _claims(capsys, "--store", str(path))
    ids = {c["id"] for c in after}
    assert rejected not in ids
    assert next(c for c in after if c["id"] == renamed)["summary"] == "My own summary"
    assert len(after) == len(before) - 1
