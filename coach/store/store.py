"""The Store: a person's state and history in one SQLAlchemy database (SQLite by default, any URL).

Every write is one transaction: a turn's state, its session row and its events are saved together or
not at all, so a failure never leaves half a turn and never touches what an earlier turn saved. Every
history row has a natural key and is written with an upsert, so a retried turn is stored exactly once
even when several workers write at the same time.

Errors of any kind surface as StoreUnavailable with a short message (no SQL, no row data, no password);
the driver's exception stays chained for logs, with statement parameters hidden by the engine.
"""

from __future__ import annotations

import logging
import math
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from typing import Any, Literal, Protocol

from sqlalchemy import Connection, Engine, Table, and_, bindparam, case, delete, insert, literal, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError
from sqlalchemy.sql.elements import ColumnElement

from coach.models import (
    CheckinCompleted,
    ExerciseRun,
    OnboardingCompleted,
    PersonState,
    Reply,
    SafetyEvent,
    SettingChanged,
    SharingSummary,
    Turn,
)
from coach.store import migrate
from coach.store.connect import SQLITE_BEGIN, default_url, describe, make_engine
from coach.store.consent import CONSENT_EVENTS, load_sharing, write_consent_event
from coach.store.errors import StoreUnavailable
from coach.store.records import (
    CheckinRecord,
    ExerciseRunRecord,
    PersonEventRecord,
    PersonRecord,
    SafetyEventRecord,
    SessionRecord,
)
from coach.store.sqlite_turns import SqliteTurns
from coach.store.tables import checkins, exercise_runs, people, person_events, safety_events, sessions
from coach.store.upserts import StatementKey, UpdateFn, Values, statement_key, upsert_statement

log = logging.getLogger(__name__)

StateWrite = Literal["always", "if newer", "if new person"]

# Check-in answers copied into typed columns for queries; the answers JSON stays the full record.
_INT_ANSWERS = ("craving", "mood", "stress")
_CHOICE_ANSWERS = ("cocaine_use", "benzo_use", "alcohol")
_INT_LIMIT = 2**31 - 1


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OperationalError | InterfaceError | TimeoutError | ConnectionError | sqlite3.OperationalError):
        return "database unreachable or busy"
    if isinstance(exc, IntegrityError):
        return "the database refused the write"
    return f"{type(exc).__name__}"


class Store:
    """State and history of people, in the database at `url`.

    `url` defaults to ARIA_DATABASE_URL, else SQLite at $ARIA_DATA_DIR/aria.db. With `upgrade=True`
    (the default) the schema is migrated to the newest revision now, which connects and so raises
    StoreUnavailable if the database is down; with `upgrade=False` nothing connects until first use.
    """

    def __init__(self, url: str | None = None, *, upgrade: bool = True) -> None:
        self.url = url or default_url()
        try:
            self.engine: Engine = make_engine(self.url)
        except Exception as exc:
            # Not chained: a URL parse error repeats the URL, password included.
            raise StoreUnavailable(f"could not open the database: {type(exc).__name__}") from None
        # SQLite writers take the write lock up front (BEGIN IMMEDIATE) and wait on busy_timeout for it.
        self._writer = self.engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
        # The per-turn statements on the sqlite3 driver itself (coach.store.sqlite_turns); None elsewhere.
        self._sqlite_turns = SqliteTurns(self.engine) if self.engine.dialect.name == "sqlite" else None
        if upgrade:
            self.upgrade()

    @property
    def location(self) -> str:
        """Where the database is, password hidden."""
        return describe(self.url)

    def __repr__(self) -> str:
        return f"Store({self.location!r})"

    def close(self) -> None:
        if self._sqlite_turns is not None:
            self._sqlite_turns.close()
        self.engine.dispose()

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except StoreUnavailable:
            raise
        except Exception as exc:
            message = f"could not {action}: {_reason(exc)}"
            log.warning("store: %s (%s)", message, type(exc).__name__)
            raise StoreUnavailable(message) from exc

    # ---- schema -----------------------------------------------------------------------------

    def upgrade(self) -> None:
        """Create or migrate the schema to the newest revision (safe to run from many workers at once)."""
        with self._errors("migrate the database"):
            migrate.upgrade(self.engine)

    def revision(self) -> str | None:
        with self._errors("read the schema revision"), self.engine.connect() as conn:
            return migrate.current_revision(conn)

    def ping(self) -> bool:
        """True when the database answers. Never raises."""
        try:
            with self.engine.connect() as conn:
                return conn.execute(select(literal(1))).scalar() == 1
        except Exception:
            return False

    # ---- the engine's state -----------------------------------------------------------------

    def load_state(self, user_id: str) -> PersonState | None:
        """The person's state, or None for someone never seen. `sharing` is read fresh from the consent tables."""
        with self._errors("load the state"):
            if self._sqlite_turns is not None:
                try:
                    return self._load_on_driver(self._sqlite_turns, user_id)
                except sqlite3.Error:  # no consent tables yet, a dead connection: the portable path copes
                    pass
            with self.engine.connect() as conn:
                row = conn.execute(_STATE_OF, {"user_id": user_id}).first()
                if row is None:
                    return None
                state = PersonState.model_validate_json(row.state)
                state.sharing = load_sharing(conn, row.id)
                return state

    def _load_on_driver(self, fast: SqliteTurns, user_id: str) -> PersonState | None:
        found = fast.load(user_id)
        if found is None:
            return None
        person_id, state_json, shares = found
        state = PersonState.model_validate_json(state_json)
        if not shares:  # nobody was ever given access: nothing more to read
            state.sharing = SharingSummary()
            return state
        with self.engine.connect() as conn:
            state.sharing = load_sharing(conn, person_id)
        return state

    def save_turn(self, turn: Turn, state: PersonState, reply: Reply, *, state_write: StateWrite = "always") -> None:
        """Person state, session row and one row per event of `reply`, in one transaction.

        For a turn written late (from an outbox) `state_write` says when its state may replace the stored
        one: "if newer" (no later turn saved one since) or "if new person" (a stand-in state, begun while
        the store was unreadable, only for someone the store has never seen); its events are stored anyway."""
        with self._errors("save the turn"):
            if state.user_id != turn.user_id:
                raise ValueError("state and turn belong to different people")
            person_row = {"user_id": turn.user_id, "first_channel": turn.channel, "created_at": turn.now,
                          "updated_at": turn.now, "state": state.model_dump_json(exclude={"sharing"})}
            session_row = {"session_key": turn.session_id or f"day-{turn.now.date().isoformat()}",
                           "channel": turn.channel, "started_at": turn.now, "last_turn_at": turn.now,
                           "turn_count": 1}
            fast = self._sqlite_turns
            if fast is not None and not any(isinstance(e, CONSENT_EVENTS) for e in reply.events):
                try:
                    with fast.writing() as driver_writes:
                        _write_turn(driver_writes, turn, person_row, session_row, reply.events, state_write=state_write)
                    return
                except (sqlite3.ProgrammingError, sqlite3.InterfaceError):
                    pass  # the thread's connection was unusable (and is dropped); nothing was written
                # A locked or failing database (OperationalError) is not retried: the turn would wait twice.
            with self._writer.begin() as conn:
                _write_turn(_ConnectionWrites(conn), turn, person_row, session_row, reply.events,
                            state_write=state_write)

    # ---- history ----------------------------------------------------------------------------

    def person(self, user_id: str) -> PersonRecord | None:
        with self._errors("read the person"), self.engine.connect() as conn:
            row = conn.execute(select(people).where(people.c.user_id == user_id)).mappings().first()
            if row is None:
                return None
            return PersonRecord(user_id=row["user_id"], first_channel=row["first_channel"],
                                created_at=row["created_at"], updated_at=row["updated_at"],
                                state=PersonState.model_validate_json(row["state"]))

    def sessions(self, user_id: str, since: date | None = None) -> list[SessionRecord]:
        query = _history(sessions, user_id).order_by(sessions.c.started_at, sessions.c.id)
        if since is not None:
            query = query.where(sessions.c.last_turn_at >= _instant(since))
        return [SessionRecord.model_validate(dict(row)) for row in self._rows("read sessions", query)]

    def checkins(self, user_id: str, since: date | None = None) -> list[CheckinRecord]:
        """Check-ins from day `since` on (a datetime counts as its date), oldest first."""
        query = _history(checkins, user_id).order_by(checkins.c.day, checkins.c.weekly, checkins.c.id)
        if since is not None:
            query = query.where(checkins.c.day >= (since.date() if isinstance(since, datetime) else since))
        return [CheckinRecord.model_validate(dict(row)) for row in self._rows("read check-ins", query)]

    def exercise_runs(self, user_id: str, since: date | None = None) -> list[ExerciseRunRecord]:
        """Runs started at or after `since` (a date means its midnight UTC), oldest first."""
        query = _history(exercise_runs, user_id).order_by(exercise_runs.c.started_at, exercise_runs.c.id)
        if since is not None:
            query = query.where(exercise_runs.c.started_at >= _instant(since))
        return [ExerciseRunRecord.model_validate(dict(row)) for row in self._rows("read exercise runs", query)]

    def safety_events(self, user_id: str, since: date | None = None) -> list[SafetyEventRecord]:
        """Safety events at or after `since` (a date means its midnight UTC), oldest first."""
        query = _history(safety_events, user_id).order_by(safety_events.c.at, safety_events.c.id)
        if since is not None:
            query = query.where(safety_events.c.at >= _instant(since))
        return [SafetyEventRecord(at=row["at"], flags=[f for f in row["flags"].split(",") if f],
                                  channel=row["channel"], text=row["text"])
                for row in self._rows("read safety events", query)]

    def person_events(self, user_id: str, since: date | None = None) -> list[PersonEventRecord]:
        """Onboarding answers and setting changes, oldest first."""
        query = _history(person_events, user_id).order_by(person_events.c.at, person_events.c.id)
        if since is not None:
            query = query.where(person_events.c.at >= _instant(since))
        return [PersonEventRecord.model_validate(dict(row)) for row in self._rows("read person events", query)]

    def delete_person(self, user_id: str) -> bool:
        """Forget a person: state and every history row, in one transaction. False if unknown."""
        with self._errors("delete the person"), self._writer.begin() as conn:
            person_id = conn.execute(select(people.c.id).where(people.c.user_id == user_id)).scalar()
            if person_id is None:
                return False
            for table in (person_events, safety_events, exercise_runs, checkins, sessions):
                conn.execute(delete(table).where(table.c.person_id == person_id))
            conn.execute(delete(people).where(people.c.id == person_id))
            return True

    def _rows(self, action: str, query: Any) -> list[Any]:
        with self._errors(action), self.engine.connect() as conn:
            return list(conn.execute(query).mappings())


# ---- writing ------------------------------------------------------------------------------------


def _session_update(new: Mapping[str, Any]) -> Values:
    # A replay of the session's latest turn (same instant) is not counted again; a replay of an older
    # turn is, so turn_count is a close count, not an exact one. The span is exact in any order.
    return {
        "turn_count": sessions.c.turn_count + case((new["last_turn_at"] != sessions.c.last_turn_at, 1), else_=0),
        "last_turn_at": case((new["last_turn_at"] > sessions.c.last_turn_at, new["last_turn_at"]),
                             else_=sessions.c.last_turn_at),
        "started_at": case((new["started_at"] < sessions.c.started_at, new["started_at"]),
                           else_=sessions.c.started_at),
    }


class _Writes(Protocol):
    def upsert(self, table: Table, values: Values, keys: list[str], on_conflict: UpdateFn | None) -> int | None: ...

    def connection(self) -> Connection: ...


class _ConnectionWrites:
    """Upserts through a SQLAlchemy connection (any database; SQLite's usual path is DriverWrites)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def upsert(self, table: Table, values: Values, keys: list[str], on_conflict: UpdateFn | None) -> int | None:
        return _upsert(self.conn, table, values, keys, on_conflict)

    def connection(self) -> Connection:
        return self.conn


def _person_update(new: Mapping[str, Any]) -> Values:
    return {"updated_at": new["updated_at"], "state": new["state"]}


def _person_update_if_newer(new: Mapping[str, Any]) -> Values:
    # A turn replayed from the outbox must not overwrite a state saved by a later turn. Alexa's timestamps
    # are whole seconds, so a turn of the same second counts as newer (it was kept because it came last).
    newer = new["updated_at"] >= people.c.updated_at
    return {"updated_at": case((newer, new["updated_at"]), else_=people.c.updated_at),
            "state": case((newer, new["state"]), else_=people.c.state)}


def _person_kept(_new: Mapping[str, Any]) -> Values:
    # A state begun as a stand-in while the store was unreadable never replaces a stored one; the no-op
    # update still hands back the row's id for the turn's events.
    return {"updated_at": people.c.updated_at}


_STATE_POLICIES: dict[str, UpdateFn] = {"always": _person_update, "if newer": _person_update_if_newer,
                                        "if new person": _person_kept}


def _write_turn(writes: _Writes, turn: Turn, person_row: Values, session_row: Values, events: list[Any], *,
                state_write: StateWrite = "always") -> None:
    person_id = writes.upsert(people, person_row, ["user_id"], _STATE_POLICIES[state_write])
    assert person_id is not None
    writes.upsert(sessions, {"person_id": person_id, **session_row}, ["person_id", "session_key", "channel"],
                  _session_update)
    for event in events:
        _write_event(writes, person_id, turn, event)


def _write_event(writes: _Writes, person_id: int, turn: Turn, event: object) -> None:
    if isinstance(event, CheckinCompleted):
        answers = event.model_dump(mode="json")["answers"]
        row = {"person_id": person_id, "day": event.day, "weekly": event.weekly, "answers": answers,
               **_typed_answers(answers), "created_at": turn.now, "updated_at": turn.now}
        keep = ("answers", *_INT_ANSWERS, "sleep_hours", *_CHOICE_ANSWERS, "updated_at")
        writes.upsert(checkins, row, ["person_id", "day", "weekly"], lambda new: {k: new[k] for k in keep})
    elif isinstance(event, ExerciseRun):
        row = {"person_id": person_id, "exercise_id": event.exercise_id, "started_at": event.started_at,
               "craving_before": _as_int(event.craving_before), "craving_after": _as_int(event.craving_after),
               "completed": event.completed, "recorded_at": turn.now}
        keep = ("craving_before", "craving_after", "completed")
        writes.upsert(exercise_runs, row, ["person_id", "started_at", "exercise_id"],
                      lambda new: {k: new[k] for k in keep})
    elif isinstance(event, SafetyEvent):
        row = {"person_id": person_id, "at": turn.now, "flags": ",".join(sorted(set(event.flags))),
               "channel": event.channel, "text": event.text}
        writes.upsert(safety_events, row, ["person_id", "at", "flags"], None)
    elif isinstance(event, OnboardingCompleted | SettingChanged):
        data = event.model_dump(mode="json", exclude={"type"})
        name = data.pop("name", "") if isinstance(event, SettingChanged) else ""
        row = {"person_id": person_id, "kind": event.type, "name": str(name)[:64], "data": data, "at": turn.now}
        writes.upsert(person_events, row, ["person_id", "kind", "name", "at"], None)
    elif not (isinstance(event, CONSENT_EVENTS) and write_consent_event(writes.connection(), person_id, turn, event)):
        raise TypeError(f"unknown event type {type(event).__name__}")


# Statements are built once per (table, columns, keys, policy) and reused: building an expression and its
# cache key costs more than SQLite takes to run it.
_STATE_OF = select(people.c.id, people.c.state).where(people.c.user_id == bindparam("user_id"))
_PG_UPSERTS: dict[StatementKey, Any] = {}
_READ_THEN_WRITE: dict[StatementKey, tuple[Any, Any, Any]] = {}


def _pg_upsert_statement(table: Table, columns: tuple[str, ...], keys: tuple[str, ...],
                         on_conflict: UpdateFn | None) -> Any:
    cache_key = statement_key(table, columns, keys, on_conflict)
    stmt = _PG_UPSERTS.get(cache_key)
    if stmt is None:
        stmt = _PG_UPSERTS[cache_key] = upsert_statement(pg_insert(table), table, list(keys), on_conflict)
    return stmt


def _read_then_write_statements(table: Table, columns: tuple[str, ...], keys: tuple[str, ...],
                                on_conflict: UpdateFn | None) -> tuple[Any, Any, Any]:
    """(find the row by its keys, insert, update by id) with bound parameters `key_*`, `new_*`, `row_id`."""
    cache_key = statement_key(table, columns, keys, on_conflict)
    stmts = _READ_THEN_WRITE.get(cache_key)
    if stmts is None:
        find = select(table.c.id).where(and_(*(table.c[k] == bindparam(f"key_{k}") for k in keys)))
        change = None
        if on_conflict is not None:
            new: dict[str, ColumnElement[Any]] = {c: bindparam(f"new_{c}", type_=table.c[c].type) for c in columns}
            change = update(table).where(table.c.id == bindparam("row_id")).values(**on_conflict(new))
        stmts = _READ_THEN_WRITE[cache_key] = (find, insert(table), change)
    return stmts


def _upsert(conn: Connection, table: Table, values: Values, keys: list[str],
            on_conflict: UpdateFn | None) -> int | None:
    """Insert `values`, or on a clash of `keys` apply `on_conflict(new values)` (None: keep the old row).

    Returns the row id when `on_conflict` is given. PostgreSQL does it in one atomic statement. SQLite and
    other databases read then write: SQLite writers hold the database's one write lock from BEGIN IMMEDIATE
    on, so nobody can insert between the read and the write, and SQLAlchemy caches these plain statements
    (it compiles an ON CONFLICT statement afresh on every call, most of a turn's cost on SQLite). Elsewhere
    the unique constraint still stops a duplicate.
    """
    if conn.dialect.name == "postgresql":
        stmt = _pg_upsert_statement(table, tuple(values), tuple(keys), on_conflict)
        result = conn.execute(stmt, values)
        return None if on_conflict is None else int(result.scalar_one())
    find, add, change = _read_then_write_statements(table, tuple(values), tuple(keys), on_conflict)
    existing = conn.execute(find, {f"key_{k}": values[k] for k in keys}).scalar()
    if existing is None:
        result = conn.execute(add, values)
        return int(result.inserted_primary_key[0]) if result.inserted_primary_key else None
    if change is not None:
        conn.execute(change, {"row_id": existing, **{f"new_{c}": v for c, v in values.items()}})
    return int(existing)


def _as_int(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    number = round(value)
    return number if abs(number) <= _INT_LIMIT else None


def _typed_answers(answers: Mapping[str, Any]) -> Values:
    typed: Values = {key: _as_int(answers.get(key)) for key in _INT_ANSWERS}
    hours = answers.get("sleep_hours")
    ok = isinstance(hours, int | float) and not isinstance(hours, bool) and math.isfinite(hours)
    typed["sleep_hours"] = float(hours) if ok else None
    for key in _CHOICE_ANSWERS:
        value = answers.get(key)
        typed[key] = value[:32] if isinstance(value, str) else None
    return typed


# ---- reading ------------------------------------------------------------------------------------


def _history(table: Table, user_id: str) -> Any:
    columns = [c for c in table.c if c.name not in ("id", "person_id")]
    return select(*columns).join(people, people.c.id == table.c.person_id).where(people.c.user_id == user_id)


def _instant(since: date) -> datetime:
    if isinstance(since, datetime):
        return since if since.utcoffset() is not None else since.replace(tzinfo=UTC)
    return datetime.combine(since, time.min, tzinfo=UTC)

