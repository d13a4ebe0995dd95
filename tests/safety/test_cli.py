"""`aria safety-check` as a real process: stdin lines in, one JSON object per line out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARIA = Path(sys.executable).with_name("aria")


def run(args: list[str], stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, input=stdin, capture_output=True, text=True, timeout=60, cwd=ROOT)


@pytest.mark.parametrize("command", [[str(ARIA), "safety-check"], [sys.executable, "-m", "coach", "safety-check"]])
def test_safety_check_prints_one_json_line_per_utterance(command: list[str]) -> None:
    if command[0] == str(ARIA) and not ARIA.exists():
        pytest.skip("console script not installed in this environment")
    lines = ["i want to stop my zanax", "I'm dying for a coffee", "", "i wanna die and i took all my pills",
             "stop", "give me the numbers"]
    done = run(command, "\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["text"] for o in out] == [t for t in lines if t]  # blank lines skipped
    for o in out:
        assert set(o) == {"text", "flags", "speech"}
        assert o["flags"] == sorted(o["flags"])
    benzo, idiom, crisis, stop, numbers = out
    assert benzo["flags"] == ["benzo"] and "clinician" in benzo["speech"]
    assert idiom == {"text": "I'm dying for a coffee", "flags": [], "speech": ""}
    assert crisis["flags"] == ["emergency", "suicide"]
    assert crisis["speech"].index("nine one one") < crisis["speech"].index("nine eight eight")
    assert stop["flags"] == [] and stop["speech"] == ""
    assert numbers["flags"] == [] and numbers["speech"] == ""  # a request, not a flag: the engine lists them


def test_safety_check_reads_a_pipe_without_a_trailing_newline_and_keeps_unicode() -> None:
    done = run([sys.executable, "-m", "coach", "safety-check"], "je veux mourir \u2014 i want to die")
    assert done.returncode == 0, done.stderr
    (only,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert only["text"] == "je veux mourir \u2014 i want to die" and only["flags"] == ["suicide"]


def test_safety_check_with_a_broken_safety_file_says_which_field(tmp_path: Path) -> None:
    bad = tmp_path / "safety.yaml"
    bad.write_text("flags: {}\nresources_speech: x\nresources_card: y\nsources: [z]\n", encoding="utf-8")
    done = run([sys.executable, "-m", "coach", "safety-check", "--safety-file", str(bad)], "hello\n")
    assert done.returncode == 2
    assert "safety.yaml" in done.stderr and "flags" in done.stderr
    assert "Traceback" not in done.stderr


def test_safety_check_help_names_the_output() -> None:
    done = run([sys.executable, "-m", "coach", "safety-check", "--help"], "")
    assert done.returncode == 0 and '"flags"' in done.stdout
