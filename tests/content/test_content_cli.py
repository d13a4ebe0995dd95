"""`aria content check` as a person runs it: a real subprocess, passing and failing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .helpers import copy_content, replace_in, shipped

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coach", "content", "check", *args], cwd=ROOT, text=True,
                          capture_output=True, timeout=120, env={**os.environ, **(env or {})})


def test_shipped_content_passes_with_counts() -> None:
    result = run()
    assert result.returncode == 0, result.stderr
    content = shipped()
    items = len(content.checkin.daily) + len(content.checkin.weekly)
    assert result.stdout.startswith(f"content OK: {len(content.exercises.exercises)} exercises, {items} check-in "
                                    f"items, {len(content.intents.intents)} intents, ")
    assert result.stderr == ""


def test_a_broken_copy_fails_via_dir(tmp_path: Path) -> None:
    broken = copy_content(tmp_path / "content")
    line = replace_in(broken / "exercises.yaml", "minutes: 3\n", "minutes: 9\n")
    result = run("--dir", str(broken))
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"{broken / 'exercises.yaml'}: exercises.0.minutes (line {line})" in result.stderr


def test_a_broken_copy_fails_via_environment(tmp_path: Path) -> None:
    broken = copy_content(tmp_path / "content")
    line = replace_in(broken / "intents.yaml", '"i feel like using"', '"i feel like [using"')
    result = run(env={"ARIA_CONTENT_DIR": str(broken)})
    assert result.returncode == 1
    assert "intents.craving.samples" in result.stderr and f"(line {line})" in result.stderr
    assert "missing ']'" in result.stderr


def test_usage_error_without_a_subcommand() -> None:
    result = subprocess.run([sys.executable, "-m", "coach", "content"], cwd=ROOT, text=True, capture_output=True,
                            timeout=120)
    assert result.returncode == 2 and "check" in result.stderr
