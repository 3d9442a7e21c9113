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


def test_accepted_claims_and_member_roles_show_in_json_and_table(tmp_path, capsys) -> None:
    path = tmp_path / "store.json"
    before = _claims(capsys, "--store", str(path))
    assert all("status" not in c for c in before)  # the machine's suggestions
    chosen = before[2]
    member = chosen["members"][0]
    store = Store.open(path)
    save_decision(store, decide.accept(chosen["id"]))
    passage = (member["article"], member["start"], member["end"])
    save_decision(store, decide.mark_role(chosen["id"], passage, "disputes"))
    store.close()
    after = {c["id"]: c for c in _claims(capsys, "--store", str(path))}
    assert after[chosen["id"]]["status"] == "accepted"
    assert after[chosen["id"]]["members"][0]["role"] == "disputes"
    assert main(["claims", "--store", str(path)]) == 0
    assert "✓ " in capsys.readouterr().out


def test_the_command_lists_claims_in_the_panel_order(tmp_path, capsys) -> None:
    listed = _claims(capsys, "--store", str(tmp_path / "store.json"))
    reach = [len({m["article"] for m in c["members"]}) for c in listed]
    assert reach == sorted(reach, reverse=True)


def test_the_command_says_when_decisions_no_longer_apply(tmp_path, capsys) -> None:
    from dataclasses import replace

    path = tmp_path / "store.json"
    store = Store.open(path)
    gone = replace(
        decide.accept("c000000000000"),
        anchors=(("c000000000000", (("nowhere", "A sentence no article holds."),)),),
    )
    save_decision(store, gone)
    store.close()
    assert main(["claims", "--format", "json", "--store", str(path)]) == 0
    err = capsys.readouterr().err
    assert "1 claim decision no longer applies" in err
    # which one, by its words (only a count was said: qaN D5)
    assert "accepted the claim “A sentence no article holds.”" in err
