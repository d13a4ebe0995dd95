"""The state carried in Alexa's session attributes reloads exactly as it was saved."""

from __future__ import annotations

import types
import typing
from datetime import UTC, date, datetime

from pydantic import BaseModel

from coach.models import CheckinSummary, ExerciseSummary, PersonState, Profile, Segment
from skill.interceptors import session_state_json


def _may_be_none(annotation: object) -> bool:
    if annotation is type(None) or annotation is typing.Any:
        return True
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return any(_may_be_none(a) for a in typing.get_args(annotation))
    return False


def _models(model: type[BaseModel], seen: set[type[BaseModel]]) -> set[type[BaseModel]]:
    if model not in seen:
        seen.add(model)
        for field in model.model_fields.values():
            stack = [field.annotation]
            while stack:
                annotation = stack.pop()
                if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                    _models(annotation, seen)
                stack.extend(typing.get_args(annotation))
    return seen


def test_no_field_that_may_be_none_defaults_to_something_else() -> None:
    """Dropping None fields from the session copy is only lossless while a missing field reloads as None."""
    models = _models(PersonState, set())
    assert {PersonState, Profile, CheckinSummary} <= models
    wrong = [f"{model.__name__}.{name}" for model in models for name, field in model.model_fields.items()
             if _may_be_none(field.annotation) and not field.is_required()
             and field.get_default(call_default_factory=True) is not None]
    assert not wrong, f"None would reload as the default for {wrong}: carry these fields explicitly"


def test_a_busy_state_reloads_exactly() -> None:
    state = PersonState(user_id="amzn1.ask.account.x", profile=Profile(
        onboarded=True, uses_benzos=True, clinician_involved=None, timezone="America/Chicago",
        checkins=[CheckinSummary(day=date(2026, 11, 20), craving=4, mood=None, stress=7)],
        exercises=[ExerciseSummary(day=date(2026, 11, 21), exercise_id="urge_surfing", craving_before=8,
                                   craving_after=None)]))
    state.activity.flow = "exercise"
    state.activity.exercise_id = "box_breathing"
    state.activity.exercise_started_at = datetime(2026, 11, 23, 16, 0, tzinfo=UTC)
    state.checkin_draft = None
    state.last_segments = [Segment(text="Breathe in.", pause_s=4.0)]
    carried = session_state_json(state)
    assert '":null' not in carried and '"mood"' not in carried  # None fields are left out
    assert PersonState.model_validate_json(carried) == state.model_copy(update={"sharing": None})
