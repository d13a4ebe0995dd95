"""What the store's read methods return: plain pydantic models, no SQLAlchemy objects leak out."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from coach.models import PersonState


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True)


class PersonRecord(_Record):
    user_id: str
    first_channel: str
    created_at: datetime
    updated_at: datetime
    state: PersonState


class SessionRecord(_Record):
    session_key: str
    channel: str
    started_at: datetime
    last_turn_at: datetime
    turn_count: int


class CheckinRecord(_Record):
    day: date
    weekly: bool
    answers: dict[str, Any]
    craving: int | None = None
    mood: int | None = None
    stress: int | None = None
    sleep_hours: float | None = None
    cocaine_use: str | None = None
    benzo_use: str | None = None
    alcohol: str | None = None
    created_at: datetime
    updated_at: datetime


class ExerciseRunRecord(_Record):
    exercise_id: str
    started_at: datetime
    craving_before: int | None
    craving_after: int | None
    completed: bool
    recorded_at: datetime


class SafetyEventRecord(_Record):
    at: datetime
    flags: list[str]
    channel: str
    text: str | None = None


class PersonEventRecord(_Record):
    kind: str
    name: str
    data: dict[str, Any]
    at: datetime
