"""INSERT ... ON CONFLICT for the store's natural keys, in the dialect of whichever insert() is given.

PostgreSQL runs it through SQLAlchemy; SQLite runs the same statement on its driver
(coach.store.sqlite_turns). Both dialects' insert() constructs share this API.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.sql.schema import Table

Values = dict[str, Any]
# Given the proposed row (an `excluded` pseudo-table, or bind parameters), the columns to change on a clash.
UpdateFn = Callable[[Mapping[str, Any]], Values]


def upsert_statement(ins: Any, table: Table, keys: list[str], on_conflict: UpdateFn | None) -> Any:
    """`ins` (a dialect's insert(table)) that keeps the old row on a clash of `keys` when `on_conflict` is
    None, else applies on_conflict(the proposed row) and returns the row's id."""
    if on_conflict is None:
        return ins.on_conflict_do_nothing(index_elements=keys)
    return ins.on_conflict_do_update(index_elements=keys, set_=on_conflict(ins.excluded)).returning(table.c.id)


StatementKey = tuple[str, tuple[str, ...], tuple[str, ...], str | None]


def statement_key(table: Table, columns: tuple[str, ...], keys: tuple[str, ...],
                  on_conflict: UpdateFn | None) -> StatementKey:
    """What a cached upsert statement depends on. The policy is known by its qualified name, so each
    table's policies must be distinct functions (a table's lambdas in one function would share a name)."""
    return table.name, columns, keys, None if on_conflict is None else on_conflict.__qualname__
