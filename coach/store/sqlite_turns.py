"""The statements every turn runs on SQLite, compiled once by SQLAlchemy and run on the sqlite3 driver.

A turn reads the person's state, then writes it back with its session row. Executed through SQLAlchemy
each statement cost 60-100 us of Python around 5-15 us of SQLite work, which made storage most of an
Alexa request's cost (bench/README.md, "Alexa endpoint"). Compiled once here, they cost what SQLite costs.
They are still SQLAlchemy expressions over the tables in coach.store.tables, so the SQL follows the schema
and values are always bound parameters.

Only the common case lives here: a turn with no events, whose person and session rows already exist.
Anything else (a new person, a new session, check-ins, runs, safety events) goes through the Store's
portable path. Datetimes are bound with SQLAlchemy's own processors for these columns, so a row written
either way is byte for byte the same (tests/store/test_sqlite_turns.py compares them).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Dialect, Engine, Integer, bindparam, cast, exists, func, select, update
from sqlalchemy.sql import ClauseElement

from coach.store.consent import consent_grants
from coach.store.tables import people, sessions

# The person's row and whether any consent grant exists (without one there is nothing to share, so the
# sharing summary's queries can be skipped).
_LOAD = select(people.c.id, people.c.state,
               exists().where(consent_grants.c.person_id == people.c.id)).where(
    people.c.user_id == bindparam("user_id"))
_TOUCH_PERSON = (update(people).where(people.c.user_id == bindparam("user_id"))
                 .values(updated_at=bindparam("now"), state=bindparam("state")).returning(people.c.id))
# Store._session_update for SQLite: a replay of the latest turn (same instant) is not counted again and the
# span only widens. Every right-hand side reads the row as it was before the update.
_TOUCH_SESSION = (update(sessions)
                  .where(sessions.c.person_id == bindparam("person_id"),
                         sessions.c.session_key == bindparam("session_key"),
                         sessions.c.channel == bindparam("channel"))
                  .values(turn_count=sessions.c.turn_count + cast(sessions.c.last_turn_at != bindparam("at"), Integer),
                          last_turn_at=func.max(sessions.c.last_turn_at, bindparam("at")),
                          started_at=func.min(sessions.c.started_at, bindparam("at"))))


class _Compiled:
    """A statement as SQL text for one dialect, with its positional parameter order."""

    def __init__(self, statement: ClauseElement, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        self.sql = str(compiled)
        self.order = tuple(compiled.positiontup or ())

    def run(self, driver: sqlite3.Connection, values: Mapping[str, Any]) -> sqlite3.Cursor:
        return driver.execute(self.sql, tuple(values[name] for name in self.order))


class SqliteTurns:
    """Driver-level load and save of a turn's state, on one SQLite engine.

    Each thread keeps a connection of its own, taken from the engine once (so it is set up exactly like
    the pool's) and then detached from the pool: checking a connection out and back in for every turn
    cost as much as the statements themselves. A forked child opens its own (SQLite connections must
    not cross a fork), and a connection that failed is dropped so the next turn starts afresh.
    """

    def __init__(self, engine: Engine) -> None:
        dialect = engine.dialect
        self._engine = engine
        self._local = threading.local()
        if not dialect.positional:
            raise ValueError("SqliteTurns needs a dialect with positional parameters (sqlite3's '?')")
        self._load, self._touch_person, self._touch_session = (
            _Compiled(stmt, dialect) for stmt in (_LOAD, _TOUCH_PERSON, _TOUCH_SESSION))
        self._person_time = _processor(people.c.updated_at.type.dialect_impl(dialect).bind_processor(dialect))
        self._session_time = _processor(sessions.c.last_turn_at.type.dialect_impl(dialect).bind_processor(dialect))

    def _driver(self) -> sqlite3.Connection:
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            proxy = self._engine.raw_connection()
            driver = proxy.driver_connection
            proxy.detach()
            local.driver, local.pid = driver, os.getpid()
        return local.driver  # type: ignore[no-any-return]

    def close(self) -> None:
        """Close this thread's connection (others close when their threads end)."""
        local = self._local
        driver, pid = getattr(local, "driver", None), getattr(local, "pid", None)
        local.driver = local.pid = None
        if driver is not None and pid == os.getpid():
            driver.close()

    def load(self, user_id: str) -> tuple[int, str, bool] | None:
        """(person id, state JSON, has any consent grant), or None for someone never seen."""
        try:
            row = self._load.run(self._driver(), {"user_id": user_id}).fetchone()
        except sqlite3.Error:
            self.close()
            raise
        return None if row is None else (int(row[0]), str(row[1]), bool(row[2]))

    def save_existing(self, user_id: str, now: datetime, state_json: str, session_key: str, channel: str) -> bool:
        """Write the state and count the turn in its session, in one transaction, when both rows exist.

        False (and nothing written) when either row is missing: the caller's portable path inserts it.
        """
        try:
            return self._save_existing(self._driver(), user_id, now, state_json, session_key, channel)
        except sqlite3.Error:
            self.close()
            raise

    def _save_existing(self, driver: sqlite3.Connection, user_id: str, now: datetime, state_json: str,
                       session_key: str, channel: str) -> bool:
        driver.execute("BEGIN IMMEDIATE")  # the write lock up front, as Store's writer connections take it
        try:
            # fetchall: a RETURNING statement left half-read would keep the transaction from committing.
            rows = self._touch_person.run(
                driver, {"user_id": user_id, "now": self._person_time(now), "state": state_json}).fetchall()
            if rows:
                touched = self._touch_session.run(driver, {
                    "person_id": int(rows[0][0]), "session_key": session_key, "channel": channel,
                    "at": self._session_time(now)})
                if touched.rowcount == 1:
                    driver.commit()
                    return True
        except BaseException:
            driver.rollback()
            raise
        driver.rollback()
        return False


def _processor(process: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    return process if process is not None else (lambda value: value)
