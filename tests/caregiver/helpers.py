"""Patients' turns written straight to the store, for caregiver tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from coach.models import (
    CheckinCompleted,
    ConsentGranted,
    ConsentRevoked,
    ExerciseRun,
    PersonState,
    Reply,
    SafetyEvent,
    Turn,
)
from coach.store import Store

# Real time: Store.load_state reads the sharing summary against the clock.
NOW = datetime.now(UTC).replace(microsecond=0)
ALL = ["activity", "trends", "checkin_answers", "use_disclosures", "medication", "safety_events", "notes"]


def write(store: Store, user_id: str, at: datetime, *events: Any) -> None:
    store.save_turn(Turn(user_id=user_id, now=at, text="x"), PersonState(user_id=user_id), Reply(events=list(events)))


def grant(store: Store, user_id: str, code: str, *, at: datetime = NOW, categories: list[str] | None = None,
          days: int = 90, label: str = "", allow_export: bool = False) -> None:
    write(store, user_id, at, ConsentGranted(code=code, categories=categories or ["activity", "trends"],  # type: ignore[arg-type]
                                             days=days, label=label, allow_export=allow_export))


def revoke(store: Store, user_id: str, at: datetime, grant_id: int | None = None) -> None:
    write(store, user_id, at, ConsentRevoked(grant_id=grant_id))


def history(store: Store, user_id: str, day: date) -> None:
    """A check-in with every kind of answer, an exercise and a crisis, on `day`."""
    at = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=18)
    write(store, user_id, at,
          CheckinCompleted(day=day, answers={"craving": 7, "mood": 3, "stress": 6, "sleep_hours": 5.5,
                                             "cocaine_use": "yes", "benzo_use": "more_than_prescribed",
                                             "trigger": "SECRET-NOTE fight with boss"}),
          ExerciseRun(exercise_id="urge_surfing", started_at=at, craving_before=8, craving_after=4, completed=True),
          SafetyEvent(flags=["suicide"], channel="text", text="SECRET-WORDS i want to die"))
