"""`aria voice --text --jsonl` works from a pipe on a fresh, non-editable install (content ships in the wheel)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_typed_mode_from_a_pipe_on_an_installed_wheel(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(wheels), str(ROOT)], check=True, cwd=tmp_path, timeout=300)
    wheel = next(wheels.glob("coach_aria_voice-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for shipped in ["content/exercises.yaml", "content/safety.yaml", "content/intents.yaml",
                    "coach/store/migrations/versions/0001_initial.py"]:
        assert shipped in names, f"{shipped} is not in the wheel"

    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
                   check=True, timeout=300)
    # -S: no site-packages processing, so the repository's editable install cannot leak in; the
    # dependencies come from this interpreter's site-packages, the project itself only from the wheel.
    env = {**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{sysconfig.get_paths()['purelib']}",
           "ARIA_DATA_DIR": str(tmp_path / "data")}
    env.pop("ARIA_DATABASE_URL", None)
    env.pop("ARIA_CONTENT_DIR", None)
    show = "import coach, content; print(coach.__file__, content.__file__)"
    where = subprocess.run([sys.executable, "-S", "-c", show], capture_output=True, text=True, env=env,
                           cwd=tmp_path, check=True)
    assert str(site) in where.stdout and str(ROOT) not in where.stdout

    said = "no\nno\ni'm having a craving\nseven\ni want to end it all\n"
    run = subprocess.run([sys.executable, "-S", "-m", "coach", "voice", "--text", "--jsonl"], input=said,
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert run.returncode == 0, run.stderr
    replies = [json.loads(line) for line in run.stdout.splitlines()]
    assert all(set(r) == {"speech", "flags", "end_session"} for r in replies)
    assert "benzos" in replies[0]["speech"]
    assert any("zero to ten" in r["speech"] for r in replies)
    crisis = next(r for r in replies if r["flags"])
    assert crisis["flags"] == ["suicide"] and "nine eight eight" in crisis["speech"]
    assert (tmp_path / "data" / "aria.db").exists()
