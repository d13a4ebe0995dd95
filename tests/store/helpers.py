"""Turns, states and replies for store tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from coach.models import (
    CheckinCompleted,
    Event,
    ExerciseRun,
    OnboardingCompleted,
    PersonState,
    Reply,
    SafetyEvent,
    Segment,
    SettingChanged,
    Turn,
)

EASTERN = timezone(timedelta(hours=-5))
T0 = datetime(2026, 11, 23, 21, 30, tzinfo=EASTERN)  # 02:30 UTC on the 24th: the UTC day differs
DAY = date(2026, 11, 23)


def turn(user_id: str = "amazon-user-1", *, at: datetime = T0, session_id: str | None = "s-1",
         channel: str = "alexa") -> Turn:
    return Turn(user_id=user_id, channel=channel, now=at, session_id=session_id)  # type: ignore[arg-type]


def state(user_id: str = "amazon-user-1", **profile: Any) -> PersonState:
    s = PersonState(user_id=user_id)
    s.profile = s.profile.model_copy(update=profile)
    s.last_segments = [Segment(text="Breathe in slowly.", pause_s=4.0)]
    return s


def checkin(day: date = DAY, **answers: Any) -> CheckinCompleted:
    base: dict[str, Any] = {"craving": 6, "mood": 4, "stress": 7, "sleep_hours": 5.5, "cocaine_use": "no",
                            "benzo_use": "as_prescribed", "alcohol": "no", "trigger": "payday"}
    return CheckinCompleted(day=day, answers={**base, **answers})


def run(exercise_id: str = "urge_surfing", *, started: datetime = T0, after: int | None = 3,
        completed: bool = True) -> ExerciseRun:
    return ExerciseRun(exercise_id=exercise_id, started_at=started, craving_before=8, craving_after=after,
                       completed=completed)


def safety(*flags: str, text: str | None = None) -> SafetyEvent:
    return SafetyEvent(flags=list(flags), channel="alexa", text=text)


def onboarding() -> OnboardingCompleted:
    return OnboardingCompleted(uses_benzos=True, drinks_to_come_down=False, clinician_involved=None)


def setting(name: str = "reminder_time", value: Any = "09:00") -> SettingChanged:
    return SettingChanged(name=name, value=value)


def reply(*events: Event) -> Reply:
    return Reply(segments=[Segment(text="Okay.")], events=list(events))


def utc(dt: datetime) -> datetime:
    return dt.astimezone(UTC)
