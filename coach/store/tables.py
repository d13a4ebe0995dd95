"""Tables of the store (SQLAlchemy Core metadata shared by the Store and the Alembic migrations).

Time columns hold UTC instants. Every history table has a natural unique key so that a retried write
(a worker retrying after a timeout, a channel replaying unsaved turns) is stored exactly once.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator

# Fixed constraint names, so migrations can refer to them on every backend.
metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored as UTC.

    SQLite keeps no offset (SQLAlchemy writes the wall time), so values are converted to UTC first and
    read back as UTC; PostgreSQL gets a timestamptz. The engine's clock is always aware; a naive value
    (a caller's bug) is taken as UTC rather than refused, because a turn that can never be written would
    block every later turn queued behind it.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        utc = value.replace(tzinfo=UTC) if value.utcoffset() is None else value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _fk_person() -> Column[Any]:
    return Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), nullable=False)


people = Table(
    "people", metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", String(1024), nullable=False, unique=True),
    Column("first_channel", String(16), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    # PersonState.model_dump_json(): the engine's memory of this person.
    Column("state", Text, nullable=False),
)

sessions = Table(
    "sessions", metadata,
    Column("id", Integer, primary_key=True),
    _fk_person(),
    # The channel's session id, or "day-YYYY-MM-DD" for channels without sessions.
    Column("session_key", String(1024), nullable=False),
    Column("channel", String(16), nullable=False),
    Column("started_at", UTCDateTime(), nullable=False),
    Column("last_turn_at", UTCDateTime(), nullable=False),
    Column("turn_count", Integer, nullable=False),
    UniqueConstraint("person_id", "session_key", "channel", name="uq_sessions_person_key_channel"),
)

checkins = Table(
    "checkins", metadata,
    Column("id", Integer, primary_key=True),
    _fk_person(),
    Column("day", Date, nullable=False),
    Column("weekly", Boolean, nullable=False),
    Column("answers", JSON, nullable=False),
    # Copies of the daily answers for queries (trend charts); `answers` is the record.
    Column("craving", Integer),
    Column("mood", Integer),
    Column("stress", Integer),
    Column("sleep_hours", Float),
    Column("cocaine_use", String(32)),
    Column("benzo_use", String(32)),
    Column("alcohol", String(32)),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    UniqueConstraint("person_id", "day", "weekly", name="uq_checkins_person_day_weekly"),
)

exercise_runs = Table(
    "exercise_runs", metadata,
    Column("id", Integer, primary_key=True),
    _fk_person(),
    Column("exercise_id", String(64), nullable=False),
    Column("started_at", UTCDateTime(), nullable=False),
    Column("craving_before", Integer),
    Column("craving_after", Integer),
    Column("completed", Boolean, nullable=False),
    Column("recorded_at", UTCDateTime(), nullable=False),
    UniqueConstraint("person_id", "started_at", "exercise_id", name="uq_exercise_runs_person_start_exercise"),
)

safety_events = Table(
    "safety_events", metadata,
    Column("id", Integer, primary_key=True),
    _fk_person(),
    Column("at", UTCDateTime(), nullable=False),
    # Sorted flags joined by commas, e.g. "benzo,mix".
    Column("flags", String(128), nullable=False),
    Column("channel", String(16), nullable=False),
    # Only when the person allowed transcripts to be kept.
    Column("text", Text),
    # One turn raises at most one safety event: a replayed turn is not a second crisis.
    UniqueConstraint("person_id", "at", "flags", name="uq_safety_events_person_at_flags"),
)

# Onboarding answers and setting changes: an append-only history of profile changes (the current
# profile itself lives in people.state).
person_events = Table(
    "person_events", metadata,
    Column("id", Integer, primary_key=True),
    _fk_person(),
    Column("kind", String(32), nullable=False),  # "onboarding_completed" | "setting_changed"
    Column("name", String(64), nullable=False),  # setting name; "" for onboarding
    Column("data", JSON, nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    UniqueConstraint("person_id", "kind", "name", "at", name="uq_person_events_person_kind_name_at"),
)

Index("ix_sessions_person_last", sessions.c.person_id, sessions.c.last_turn_at)
Index("ix_exercise_runs_person_started", exercise_runs.c.person_id, exercise_runs.c.started_at)
Index("ix_safety_events_person_at", safety_events.c.person_id, safety_events.c.at)
Index("ix_person_events_person_at", person_events.c.person_id, person_events.c.at)
