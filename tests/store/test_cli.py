"""`aria db upgrade` as a user runs it: a separate process, from another working directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, inspect

from coach.store.migrate import head_revision

REPO = Path(__file__).resolve().parents[2]


def aria(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run([sys.executable, "-m", "coach", *args], cwd=cwd, env=full_env, capture_output=True,
                          text=True, timeout=120)


def test_db_upgrade_creates_the_schema(db_url: str, tmp_path: Path) -> None:
    done = aria("db", "upgrade", "--url", db_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"schema revision {head_revision()}" in done.stdout
    engine = create_engine(db_url)
    assert {"people", "checkins", "exercise_runs", "safety_events"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_db_upgrade_defaults_to_aria_data_dir(tmp_path: Path) -> None:
    env = {"ARIA_DATA_DIR": str(tmp_path / "data"), "ARIA_DATABASE_URL": ""}
    done = aria("db", "upgrade", cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert str(tmp_path / "data" / "aria.db") in done.stdout
    assert (tmp_path / "data" / "aria.db").exists()


def test_db_upgrade_reports_an_unreachable_database_without_the_password(tmp_path: Path) -> None:
    done = aria("db", "upgrade", "--url", "postgresql+psycopg://aria:hunter2-secret@127.0.0.1:9/aria",
                cwd=tmp_path)
    assert done.returncode == 1
    assert "unreachable" in done.stderr
    assert "hunter2" not in done.stdout + done.stderr
    assert "***" in done.stderr


def test_db_without_a_sub_command_is_a_usage_error(tmp_path: Path) -> None:
    done = aria("db", cwd=tmp_path)
    assert done.returncode == 2
    assert "upgrade" in done.stderr
