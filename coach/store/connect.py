"""Where the database is and how to connect to it.

SQLite (the default) runs in WAL mode with a busy timeout and foreign keys on, and write transactions
start with BEGIN IMMEDIATE, so several processes can share one file: a writer waits for the lock instead
of failing when another process wrote between its read and its write. synchronous=NORMAL is SQLite's
recommended setting for WAL: a killed process loses nothing committed and the file is never corrupted;
only a power cut can roll back the last few commits. It saves an fsync per turn (about 5 ms here).
Deployments that need every commit on disk before the reply use PostgreSQL. PostgreSQL connections time out
quickly and lock waits are bounded, so a database that is down or stuck fails a turn fast instead of
hanging the voice reply (the service then keeps the turn in memory and says it was not saved).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

SQLITE_BUSY_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 3
# A turn waits at most this long for a row or table lock (Alexa gives a reply about 8 s in all).
PG_LOCK_TIMEOUT_MS = 5000
# Execution option read by the SQLite "begin" hook: "IMMEDIATE" for write transactions.
SQLITE_BEGIN = "aria_sqlite_begin"


def data_dir() -> Path:
    return Path(os.environ.get("ARIA_DATA_DIR") or Path.home() / ".local" / "share" / "coach-aria")


def default_url() -> str:
    """ARIA_DATABASE_URL, else a SQLite file in ARIA_DATA_DIR (~/.local/share/coach-aria)."""
    env = os.environ.get("ARIA_DATABASE_URL")
    if env:
        return env
    return f"sqlite:///{data_dir() / 'aria.db'}"


def describe(url: str | URL) -> str:
    """The URL with any password hidden, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def make_engine(url: str | URL) -> Engine:
    """An engine for `url`; creates the directory of a SQLite file. Raises OSError/ArgumentError."""
    parsed = make_url(url)
    kwargs: dict[str, Any] = {"hide_parameters": True, "future": True}
    if parsed.get_backend_name() == "sqlite":
        # A file needs no liveness ping (two extra statements a request); servers get one below.
        if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, **kwargs)
        _configure_sqlite(engine)
        return engine
    psycopg = parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("psycopg", "psycopg2")
    if psycopg:
        connect_args: dict[str, Any] = {}
        if "connect_timeout" not in parsed.query:
            connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
        if "options" not in parsed.query:
            connect_args["options"] = f"-c lock_timeout={PG_LOCK_TIMEOUT_MS}"
        kwargs["connect_args"] = connect_args
    return create_engine(parsed, pool_pre_ping=True, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own BEGIN handling is off: the "begin" hook below emits BEGIN itself, so DDL is
        # transactional too and writers can ask for IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get(SQLITE_BEGIN, "DEFERRED")
        # Straight to the driver: through exec_driver_sql this one statement cost as much as the query
        # that follows it (SQLAlchemy's execution events and result set-up, about 80 us).
        conn.connection.driver_connection.execute(f"BEGIN {mode}")
