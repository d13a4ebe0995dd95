"""Store behaviour on both backends: state round trip, every event kind, exactly-once retries, history reads."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from coach.models import Activity, CheckinDraft, CheckinSummary
from coach.store import Store
from tests.store.helpers import (
    DAY,
    T0,
    checkin,
    onboarding,
    reply,
    run,
    safety,
    setting,
    state,
    turn,
    utc,
)


def test_unknown_person_has_no_state(store: Store) -> None:
    assert store.load_state("nobody") is None
    assert store.person("nobody") is None
    assert store.checkins("nobody") == []


def test_state_round_trip(store: Store) -> None:
    s = state(onboarded=True, uses_benzos=True, timezone="America/New_York", reminder_time="08:30",
              checkins=[CheckinSummary(day=DAY, craving=6, mood=4, stress=7)])
    s.activity = Activity(flow="exercise", exercise_id="urge_surfing", step_index=2, craving_before=8,
                          exercise_started_at=T0, suggested=["urge_surfing", "box_breathing"])
    s.checkin_draft = CheckinDraft(day=DAY, answers={"craving": 6, "sleep_hours": 6.5})
    store.save_turn(turn(), s, reply())
    loaded = store.load_state("amazon-user-1")
    assert loaded is not None
    # `sharing` is not part of the saved state: the store fills it from the consent tables on load.
    assert loaded.model_dump(exclude={"sharing"}) == s.model_dump(exclude={"sharing"})
    assert loaded.activity.exercise_started_at == T0


def test_state_is_replaced_by_the_next_turn(store: Store) -> None:
    store.save_turn(turn(), state(), reply())
    store.save_turn(turn(at=T0 + timedelta(seconds=5)), state(onboarded=True), reply())
    loaded = store.load_state("amazon-user-1")
    assert loaded is not None and loaded.profile.onboarded is True


def test_person_row_keeps_first_channel_and_created_time(store: Store) -> None:
    store.save_turn(turn(channel="alexa"), state(), reply())
    later = T0 + timedelta(hours=2)
    store.save_turn(turn(at=later, channel="local"), state(), reply())
    person = store.person("amazon-user-1")
    assert person is not None
    assert person.first_channel == "alexa"
    assert person.created_at == utc(T0)
    assert person.updated_at == utc(later)


def test_checkin_is_stored_with_typed_columns(store: Store) -> None:
    store.save_turn(turn(), state(), reply(checkin(sleep_hours=6.5, alcohol="yes_with_benzos")))
    [row] = store.checkins("amazon-user-1")
    assert row.day == DAY
    assert row.weekly is False
    assert row.answers["trigger"] == "payday"
    assert (row.craving, row.mood, row.stress, row.sleep_hours) == (6, 4, 7, 6.5)
    assert (row.cocaine_use, row.benzo_use, row.alcohol) == ("no", "as_prescribed", "yes_with_benzos")
    assert row.created_at == utc(T0)


def test_odd_answers_stay_in_json_and_leave_typed_columns_empty(store: Store) -> None:
    odd = checkin(craving="purple", mood=None, sleep_hours=True, cocaine_use=["no"])
    store.save_turn(turn(), state(), reply(odd))
    [row] = store.checkins("amazon-user-1")
    assert row.answers["craving"] == "purple"
    assert (row.craving, row.mood, row.sleep_hours, row.cocaine_use) == (None, None, None, None)


def test_daily_and_weekly_checkins_of_one_day_are_two_rows(store: Store) -> None:
    weekly = checkin().model_copy(update={"weekly": True, "answers": {"phq2_interest": "several_days"}})
    store.save_turn(turn(), state(), reply(checkin(), weekly))
    rows = store.checkins("amazon-user-1")
    assert [r.weekly for r in rows] == [False, True]


def test_exercise_run_is_stored(store: Store) -> None:
    store.save_turn(turn(), state(), reply(run("box_breathing", after=None, completed=False)))
    [row] = store.exercise_runs("amazon-user-1")
    assert row.exercise_id == "box_breathing"
    assert row.started_at == utc(T0)
    assert (row.craving_before, row.craving_after, row.completed) == (8, None, False)


def test_safety_event_is_stored(store: Store) -> None:
    store.save_turn(turn(), state(), reply(safety("mix", "benzo", text="i drank on my xanax")))
    [row] = store.safety_events("amazon-user-1")
    assert row.flags == ["benzo", "mix"]
    assert row.channel == "alexa"
    assert row.text == "i drank on my xanax"
    assert row.at == utc(T0)


def test_onboarding_and_setting_changes_are_person_events(store: Store) -> None:
    store.save_turn(turn(), state(), reply(onboarding(), setting("reminder_time", "21:15")))
    events = store.person_events("amazon-user-1")
    assert {(e.kind, e.name) for e in events} == {("onboarding_completed", ""), ("setting_changed", "reminder_time")}
    by_kind = {e.kind: e for e in events}
    assert by_kind["onboarding_completed"].data == {"uses_benzos": True, "drinks_to_come_down": False,
                                                    "clinician_involved": None}
    assert by_kind["setting_changed"].data == {"value": "21:15"}


def test_retried_turn_is_stored_exactly_once(store: Store) -> None:
    t, s, r = turn(), state(), reply(checkin(), run(), safety("benzo"), onboarding(), setting())
    for _ in range(3):
        store.save_turn(t, s, r)
    assert len(store.checkins("amazon-user-1")) == 1
    assert len(store.exercise_runs("amazon-user-1")) == 1
    assert len(store.safety_events("amazon-user-1")) == 1
    assert len(store.person_events("amazon-user-1")) == 2
    [session] = store.sessions("amazon-user-1")
    assert session.turn_count == 1


def test_second_checkin_of_a_day_updates_the_answers(store: Store) -> None:
    store.save_turn(turn(), state(), reply(checkin(craving=6)))
    store.save_turn(turn(at=T0 + timedelta(minutes=10)), state(), reply(checkin(craving=2)))
    [row] = store.checkins("amazon-user-1")
    assert row.craving == 2 and row.answers["craving"] == 2
    assert row.created_at == utc(T0)
    assert row.updated_at == utc(T0 + timedelta(minutes=10))


def test_same_exercise_started_at_another_time_is_another_run(store: Store) -> None:
    store.save_turn(turn(), state(), reply(run()))
    store.save_turn(turn(at=T0 + timedelta(hours=1)), state(), reply(run(started=T0 + timedelta(hours=1))))
    assert len(store.exercise_runs("amazon-user-1")) == 2


def test_same_instant_in_another_timezone_is_the_same_run(store: Store) -> None:
    store.save_turn(turn(), state(), reply(run(after=5)))
    store.save_turn(turn(), state(), reply(run(started=T0.astimezone(UTC), after=2)))
    [row] = store.exercise_runs("amazon-user-1")
    assert row.craving_after == 2


def test_sessions_count_turns_and_fall_back_to_a_day_key(store: Store) -> None:
    for i in range(3):
        store.save_turn(turn(at=T0 + timedelta(seconds=i)), state(), reply())
    store.save_turn(turn(at=T0 + timedelta(minutes=1), session_id=None, channel="local"), state(), reply())
    alexa, local = store.sessions("amazon-user-1")
    assert (alexa.session_key, alexa.channel, alexa.turn_count) == ("s-1", "alexa", 3)
    assert alexa.started_at == utc(T0) and alexa.last_turn_at == utc(T0 + timedelta(seconds=2))
    assert (local.session_key, local.channel, local.turn_count) == ("day-2026-11-23", "local", 1)


def test_turns_arriving_out_of_order_keep_the_session_span(store: Store) -> None:
    store.save_turn(turn(at=T0 + timedelta(seconds=30)), state(), reply())
    store.save_turn(turn(at=T0), state(), reply())
    [session] = store.sessions("amazon-user-1")
    assert session.started_at == utc(T0)
    assert session.last_turn_at == utc(T0 + timedelta(seconds=30))
    assert session.turn_count == 2


def test_people_are_kept_apart(store: Store) -> None:
    store.save_turn(turn("a"), state("a"), reply(checkin(craving=9), safety("suicide")))
    store.save_turn(turn("b"), state("b"), reply(checkin(craving=1)))
    assert [c.craving for c in store.checkins("a")] == [9]
    assert [c.craving for c in store.checkins("b")] == [1]
    assert store.safety_events("b") == []


def test_since_filters_history(store: Store) -> None:
    days = [date(2026, 11, 20), date(2026, 11, 22), date(2026, 11, 23)]
    for d in days:
        at = datetime(d.year, d.month, d.day, 12, tzinfo=UTC)
        store.save_turn(turn(at=at), state(), reply(checkin(day=d), run(started=at), safety("treatment")))
    since = date(2026, 11, 22)
    assert [c.day for c in store.checkins("amazon-user-1", since=since)] == days[1:]
    assert len(store.exercise_runs("amazon-user-1", since=since)) == 2
    assert len(store.safety_events("amazon-user-1", since=since)) == 2
    cutoff = datetime(2026, 11, 23, 11, tzinfo=UTC)
    assert len(store.exercise_runs("amazon-user-1", since=cutoff)) == 1


def test_delete_person_removes_state_and_history(store: Store) -> None:
    store.save_turn(turn("gone"), state("gone"), reply(checkin(), run(), safety("benzo"), setting()))
    store.save_turn(turn("kept"), state("kept"), reply(checkin()))
    assert store.delete_person("gone") is True
    assert store.load_state("gone") is None
    assert (store.checkins("gone"), store.exercise_runs("gone"), store.safety_events("gone")) == ([], [], [])
    assert store.person_events("gone") == [] and store.sessions("gone") == []
    assert len(store.checkins("kept")) == 1
    assert store.delete_person("gone") is False

