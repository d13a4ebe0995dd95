"""`aria caregiver` as a real process: the operator makes an account that then signs in on the pages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.store import Store

from .web import PASSWORD, Caregiver, make_app


def aria(*args: str, stdin: str, env_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ARIA_DATA_DIR": str(env_dir)}
    env.pop("ARIA_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "coach", "caregiver", *args], input=stdin, text=True,
                          capture_output=True, env=env, timeout=120, cwd=Path(__file__).parents[2])


@pytest.mark.slow
def test_add_account_then_sign_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = aria("add-account", "--email", "Jane@Example.org", "--name", "Jane Doe", stdin=PASSWORD + "\n",
                env_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "jane@example.org (Jane Doe) created" in made.stdout
    again = aria("add-account", "--email", "jane@example.org", "--name", "Jane", stdin=PASSWORD + "\n",
                 env_dir=tmp_path)
    assert again.returncode == 1 and "already an account" in again.stderr
    short = aria("add-account", "--email", "bob@example.org", "--name", "Bob", stdin="short\n", env_dir=tmp_path)
    assert short.returncode == 2 and "at least 12 characters" in short.stderr

    monkeypatch.setenv("ARIA_DATA_DIR", str(tmp_path))  # the database the command used
    store = Store(f"sqlite:///{tmp_path / 'aria.db'}")
    jane = Caregiver(make_app(store))
    assert jane.login().status_code == 303
    assert jane.get("/caregiver/").status_code == 200
    store.close()

    audit = aria("audit", "pat", stdin="", env_dir=tmp_path)
    assert audit.returncode == 0 and audit.stdout == ""
