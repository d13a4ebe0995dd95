"""Migrations build the schema from empty on both backends, match the table definitions, and SQLite is set up
for several processes (WAL, busy timeout, foreign keys)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url

from coach.store import Store
from coach.store.migrate import head_revision
from coach.store.tables import metadata

TABLES = {"people", "sessions", "checkins", "exercise_runs", "safety_events", "person_events"}
# Importing coach.store imports every module that puts tables on the store's metadata.
ALL_TABLES = set(metadata.tables)


def test_upgrade_creates_every_table_from_empty(db_url: str) -> None:
    plain = create_engine(db_url)
    assert set(inspect(plain).get_table_names()) == set()
    store = Store(db_url)
    assert TABLES <= ALL_TABLES
    assert set(inspect(plain).get_table_names()) == ALL_TABLES | {"alembic_version"}
    assert store.revision() == head_revision() is not None
    store.close()
    plain.dispose()


def test_without_upgrade_nothing_is_created(db_url: str) -> None:
    store = Store(db_url, upgrade=False)
    assert store.revision() is None
    store.upgrade()
    assert store.revision() == head_revision()
    store.close()


def test_upgrade_twice_is_harmless(store: Store, db_url: str) -> None:
    store.upgrade()
    again = Store(db_url)
    assert again.revision() == head_revision()
    again.close()


def test_migrations_match_the_table_definitions(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_unique_keys_exist_in_the_database(store: Store) -> None:
    inspector = inspect(store.engine)
    uniques = {t: {tuple(u["column_names"]) for u in inspector.get_unique_constraints(t)} for t in TABLES}
    assert ("person_id", "day", "weekly") in uniques["checkins"]
    assert ("person_id", "started_at", "exercise_id") in uniques["exercise_runs"]
    assert ("user_id",) in uniques["people"]


def test_sqlite_runs_in_wal_mode_with_busy_timeout_and_foreign_keys(sqlite_url: str) -> None:
    store = Store(sqlite_url)
    path = make_url(sqlite_url).database
    assert path is not None
    with sqlite3.connect(path) as raw:  # a connection the store did not configure
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()


def test_default_url_uses_aria_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARIA_DATABASE_URL", raising=False)
    monkeypatch.setenv("ARIA_DATA_DIR", str(tmp_path / "not" / "yet"))
    store = Store()
    assert (tmp_path / "not" / "yet" / "aria.db").exists()
    assert store.location.endswith("/not/yet/aria.db")
    store.close()


def test_database_url_env_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARIA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ARIA_DATABASE_URL", f"sqlite:///{tmp_path / 'elsewhere.db'}")
    store = Store()
    assert (tmp_path / "elsewhere.db").exists()
    assert not (tmp_path / "data").exists()
    store.close()
