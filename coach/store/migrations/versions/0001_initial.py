"""Initial schema: people, sessions, check-ins, exercise runs, safety events, person events.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Plain types here (not the app's TypeDecorators): a migration is frozen history.
TS = sa.DateTime(timezone=True)


def _person_id() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("person_id", sa.Integer,
                     sa.ForeignKey("people.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.String(1024), nullable=False),
        sa.Column("first_channel", sa.String(16), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("state", sa.Text, nullable=False),
        sa.UniqueConstraint("user_id", name="uq_people_user_id"),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        _person_id(),
        sa.Column("session_key", sa.String(1024), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("last_turn_at", TS, nullable=False),
        sa.Column("turn_count", sa.Integer, nullable=False),
        sa.UniqueConstraint("person_id", "session_key", "channel", name="uq_sessions_person_key_channel"),
    )
    op.create_index("ix_sessions_person_last", "sessions", ["person_id", "last_turn_at"])
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer, primary_key=True),
        _person_id(),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("weekly", sa.Boolean, nullable=False),
        sa.Column("answers", sa.JSON, nullable=False),
        sa.Column("craving", sa.Integer),
        sa.Column("mood", sa.Integer),
        sa.Column("stress", sa.Integer),
        sa.Column("sleep_hours", sa.Float),
        sa.Column("cocaine_use", sa.String(32)),
        sa.Column("benzo_use", sa.String(32)),
        sa.Column("alcohol", sa.String(32)),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.UniqueConstraint("person_id", "day", "weekly", name="uq_checkins_person_day_weekly"),
    )
    op.create_table(
        "exercise_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        _person_id(),
        sa.Column("exercise_id", sa.String(64), nullable=False),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("craving_before", sa.Integer),
        sa.Column("craving_after", sa.Integer),
        sa.Column("completed", sa.Boolean, nullable=False),
        sa.Column("recorded_at", TS, nullable=False),
        sa.UniqueConstraint("person_id", "started_at", "exercise_id", name="uq_exercise_runs_person_start_exercise"),
    )
    op.create_index("ix_exercise_runs_person_started", "exercise_runs", ["person_id", "started_at"])
    op.create_table(
        "safety_events",
        sa.Column("id", sa.Integer, primary_key=True),
        _person_id(),
        sa.Column("at", TS, nullable=False),
        sa.Column("flags", sa.String(128), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("text", sa.Text),
        sa.UniqueConstraint("person_id", "at", "flags", name="uq_safety_events_person_at_flags"),
    )
    op.create_index("ix_safety_events_person_at", "safety_events", ["person_id", "at"])
    op.create_table(
        "person_events",
        sa.Column("id", sa.Integer, primary_key=True),
        _person_id(),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.UniqueConstraint("person_id", "kind", "name", "at", name="uq_person_events_person_kind_name_at"),
    )
    op.create_index("ix_person_events_person_at", "person_events", ["person_id", "at"])


def downgrade() -> None:
    for table in ("person_events", "safety_events", "exercise_runs", "checkins", "sessions", "people"):
        op.drop_table(table)
