"""A turn's read and write on SQLite, as SQLAlchemy statements compiled once and run on the sqlite3 driver.

A turn reads the person's state, then writes it back with its session row and its events. Executed
through SQLAlchemy each statement cost 60-100 us of Python around 5-15 us of SQLite work, which made
storage most of an Alexa request's cost (bench/README.md, "Alexa endpoint"). Compiled once here, they
cost what SQLite costs. They are still SQLAlchemy expressions over the tables in coach.store.tables
(the upserts are the very statements PostgreSQL runs, in SQLite's dialect), so the SQL follows the schema
and values are always bound parameters, converted by the columns' own SQLAlchemy types: a row written
this way is byte for byte the row the portable path writes (tests/store/test_sqlite_turns.py).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import Engine, bindparam, exists, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.schema import Table

from coach.store.consent import consent_grants
from coach.store.tables import people
from coach.store.upserts import StatementKey, UpdateFn, statement_key, upsert_statement

# The person's row and whether any consent grant exists (without one there is nothing to share, so the
# sharing summary's queries can be skipped).
_LOAD = select(people.c.id, people.c.state,
               exists().where(consent_grants.c.person_id == people.c.id)).where(
    people.c.user_id == bindparam("user_id"))

_Parameter = tuple[str, Callable[[Any], Any] | None, Any]  # (name, the type's converter, value if not given)


class _Compiled:
    """A statement as SQL text for one dialect, with its parameters in order and each column type's converter."""

    def __init__(self, statement: ClauseElement, dialect: Dialect, column_keys: list[str] | None = None) -> None:
        compiled = statement.compile(dialect=dialect, column_keys=column_keys)
        self.sql = str(compiled)
        self.params: list[_Parameter] = []
        for name in compiled.positiontup or ():
            bind = compiled.binds[name]
            # Anonymous binds (literals such as a CASE's 1 and 0) carry their own value.
            self.params.append((name, bind.type.dialect_impl(dialect).bind_processor(dialect), bind.effective_value))

    def run(self, driver: sqlite3.Connection, values: Mapping[str, Any]) -> sqlite3.Cursor:
        args = []
        for name, process, fixed in self.params:
            value = values.get(name, fixed)
            args.append(process(value) if process is not None else value)
        return driver.execute(self.sql, args)


class DriverWrites:
    """Upserts inside one open driver transaction (Store.save_turn's `writes` on SQLite)."""

    def __init__(self, turns: SqliteTurns, driver: sqlite3.Connection) -> None:
        self._turns, self._driver = turns, driver

    def upsert(self, table: Table, values: Mapping[str, Any], keys: list[str],
               on_conflict: UpdateFn | None) -> int | None:
        """Insert `values`, or on a clash of `keys` apply `on_conflict` (None: keep the old row); the row id
        when `on_conflict` is given."""
        statement = self._turns.upsert_statement(table, tuple(values), tuple(keys), on_conflict)
        # fetchall: a RETURNING statement left half-read would keep the transaction from committing.
        rows = statement.run(self._driver, values).fetchall()
        return int(rows[0][0]) if on_conflict is not None else None

    def connection(self) -> Any:
        raise TypeError("consent events are written through SQLAlchemy; Store.save_turn sends them there")


class SqliteTurns:
    """Driver-level load and write of a turn, on one SQLite engine.

    Each thread keeps a connection of its own, taken from the engine once (so it is set up exactly like
    the pool's) and then detached from the pool: checking a connection out and back in for every turn
    cost as much as the statements themselves. A forked child opens its own (SQLite connections must
    not cross a fork), and a connection that failed is dropped so the next turn starts afresh.
    """

    def __init__(self, engine: Engine) -> None:
        dialect = engine.dialect
        if not dialect.positional:
            raise ValueError("SqliteTurns needs a dialect with positional parameters (sqlite3's '?')")
        self._engine = engine
        self._dialect = dialect
        self._local = threading.local()
        self._load = _Compiled(_LOAD, dialect)
        self._upserts: dict[StatementKey, _Compiled] = {}

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

    @contextmanager
    def writing(self) -> Iterator[DriverWrites]:
        """One write transaction: committed when the block ends, rolled back (nothing written) if it raises."""
        driver = self._driver()
        try:
            driver.execute("BEGIN IMMEDIATE")  # the write lock up front, as Store's writer connections take it
            try:
                yield DriverWrites(self, driver)
            except BaseException:
                with suppress(sqlite3.Error):
                    driver.rollback()
                raise
            driver.commit()
        except sqlite3.Error:
            self.close()
            raise

    def upsert_statement(self, table: Table, columns: tuple[str, ...], keys: tuple[str, ...],
                         on_conflict: UpdateFn | None) -> _Compiled:
        cache_key = statement_key(table, columns, keys, on_conflict)
        compiled = self._upserts.get(cache_key)
        if compiled is None:
            statement = upsert_statement(sqlite_insert(table), table, list(keys), on_conflict)
            compiled = self._upserts[cache_key] = _Compiled(statement, self._dialect, list(columns))
        return compiled
