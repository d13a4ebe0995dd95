"""Alembic, driven from code: the migrations ship inside the package, so this works from a wheel and any cwd."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, func, select

from coach.store.connect import SQLITE_BEGIN

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Any constant: PostgreSQL advisory lock taken while migrating, so gunicorn workers starting together
# upgrade one after the other instead of racing to create the same tables.
_PG_LOCK_KEY = 0x41524941  # "ARIA"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` in one transaction (SQLite and PostgreSQL have transactional DDL)."""
    with engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"}).begin() as conn:
        if conn.dialect.name == "postgresql":
            # A migration may wait for another worker's migration as long as it takes.
            conn.execute(select(func.set_config("lock_timeout", "0", True)))
            conn.execute(select(func.pg_advisory_xact_lock(_PG_LOCK_KEY)))
        command.upgrade(alembic_config(conn), revision)
