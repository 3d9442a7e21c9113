"""End to end (issue 5): tag, select and annotate, tag in another article, quit, reopen."""

from __future__ import annotations

import pytest

from tests.tmux_driver import Tmux, briefreader_command

pytestmark = pytest.mark.e2e


def test_annotate_with_keys_quit_reopen_and_see_them(tmp_path) -> None:
    env = {
        "BRIEFREADER_DATA_DIR": str(tmp_path / "data"),
        "BRIEFREADER_CONFIG_DIR": str(tmp_path / "config"),
        "TERM": "xterm-256color",
        "HOME": str(tmp_path),
    }
    command = briefreader_command()
    tmux = Tmux(command, width=140, height=45, env=env)
    try:
        tmux.wait_for("Russian airstrikes on Saturday")
        tmux.wait_for("¶")
        # Tag the current sentence.
        tmux.send("t")
        tmux.wait_for("Tag")
        tmux.send("firsttag", "Enter")
        tmux.wait_for("Tagged: firsttag")
        # Select two sentences and annotate them with a note and two tags.
        tmux.send("j", "v", "j", "a")
        tmux.wait_for("Note")
        # as a person types: the note shows before Tab moves on to the tags (a Tab
        # in the same burst as the text is sometimes taken before the note has focus)
        tmux.send("Kartapolov claims panic")
        tmux.wait_for("Kartapolov claims panic")
        tmux.send("Tab", "moscow, claims/numbers", "Enter")
        tmux.wait_for("Annotation saved")
        # Tag a passage in the other article.
        tmux.send("Tab", "t")
        tmux.send("afp", "Enter")
        tmux.wait_for("Tagged: afp")
        tmux.send("q")
        assert tmux.exit_status() == 0
    finally:
        tmux.close()

    tmux = Tmux(command, width=140, height=45, env=env)
    try:
        tmux.wait_for("Russian airstrikes on Saturday")
        tmux.send("4")  # the Tags tab lists them
        # the panel fills in steps (tags, then their passages): wait for each, as a
        # person watching it would
        for tag in ("firsttag", "moscow", "claims", "numbers", "afp"):
            tmux.wait_for(tag)
        # The annotated sentences are highlighted: a background colour on the text.
        coloured = tmux.capture_with_escapes()
        assert "48;" in coloured  # some background colour is set
        tmux.send("Escape", "Tab", "g", "n")
        tmux.wait_for("✎")
        tmux.send("q")
        assert tmux.exit_status() == 0
    finally:
        tmux.close()
