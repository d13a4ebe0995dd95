"""A long history stays bounded in the state without cutting the streak short.

The state keeps the newest 120 check-in summaries (so every turn costs the same whatever the history; see
bench/bench_load.py); a streak longer than that window is carried in Profile.streak_carry.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from coach.content import Content
from coach.flows.progress import KEEP_CHECKIN_SUMMARIES, streak, trim_checkins
from coach.models import CheckinSummary, ExerciseSummary, PersonState, Profile, Reply, Turn
from coach.serve_cli import create_app
from coach.service import Coach
from coach.store import Store
from skill.app import SkillSettings
from skill.interceptors import MAX_SESSION_STATE_BYTES, session_state_json
from tests.reliability.sessions import days_before, seed_checkins
from tests.skill.alexa_ca import SKILL_ID, FakeAmazonCA
from tests.skill.alexa_client import AlexaPerson

TODAY = date(2026, 11, 23)


def profile_with(days: list[date]) -> Profile:
    return Profile(checkins=[CheckinSummary(day=d) for d in days])


def test_trimming_keeps_the_window_and_carries_the_run_past_it() -> None:
    profile = profile_with(days_before(TODAY, 300))
    trim_checkins(profile)
    assert len(profile.checkins) == KEEP_CHECKIN_SUMMARIES
    assert profile.streak_carry == 300 - KEEP_CHECKIN_SUMMARIES
    assert streak(profile.checkins, TODAY, profile.streak_carry) == 300


def test_a_gap_just_before_the_window_carries_nothing() -> None:
    days = [d for d in days_before(TODAY, 300) if d != TODAY - timedelta(days=KEEP_CHECKIN_SUMMARIES + 1)]
    profile = profile_with(days)
    trim_checkins(profile)
    assert profile.streak_carry == 0
    assert streak(profile.checkins, TODAY, profile.streak_carry) == KEEP_CHECKIN_SUMMARIES


def test_a_gap_inside_the_window_ends_the_streak_there_whatever_the_carry() -> None:
    days = [d for d in days_before(TODAY, 300) if d != TODAY - timedelta(days=10)]
    profile = profile_with(days)
    trim_checkins(profile)
    assert profile.streak_carry == 299 - KEEP_CHECKIN_SUMMARIES
    assert streak(profile.checkins, TODAY, profile.streak_carry) == 9


def test_trimming_day_by_day_carries_the_run_on() -> None:
    profile = profile_with(days_before(TODAY - timedelta(days=29), 200))
    trim_checkins(profile)
    for n in range(30, 0, -1):  # a month of further daily check-ins, trimmed after each as the coach does
        profile.checkins.append(CheckinSummary(day=TODAY - timedelta(days=n - 1)))
        trim_checkins(profile)
    assert streak(profile.checkins, TODAY, profile.streak_carry) == 230


def test_two_years_of_daily_check_ins_are_spoken_as_the_whole_streak(sqlite_url: str,
                                                                     reliability_content: Content) -> None:
    store = Store(sqlite_url)
    now = datetime.now(UTC)
    seed_checkins(store, "long-timer", days_before(now.date(), 730), onboarded=True,
                  summaries=KEEP_CHECKIN_SUMMARIES)
    coach = Coach(reliability_content, store)
    said = coach.handle(Turn(user_id="long-timer", kind="launch", now=now))
    assert "730 days" in said.speech
    answers = ["check in", "six", "five", "four", "seven", "no", "no", "no", "work", "a walk", *["several days"] * 4]
    for text in answers:
        said = coach.handle(Turn(user_id="long-timer", text=text, now=now))
        if "check-in done" in said.speech:
            break
    assert "731 days in a row" in said.speech
    state = store.load_state("long-timer")
    assert state is not None and len(state.profile.checkins) == KEEP_CHECKIN_SUMMARIES
    assert len(store.checkins("long-timer")) == 731
    store.close()


def test_a_full_history_keeps_every_alexa_response_under_its_size_limit(
        tmp_path: Path, reliability_ca: FakeAmazonCA, reliability_content: Content) -> None:
    """The saved state rides in the session attributes (for outages); with the longest exercise reply and a
    full summary window the response must stay under Alexa's ~24 KB."""
    store = Store(f"sqlite:///{tmp_path / 'aria.db'}")
    today = datetime.now(UTC).date()
    user_id = "amzn1.ask.account.heavy"
    checkins = [CheckinSummary(day=d, craving=10, mood=10, stress=10) for d in days_before(today, 120)]
    state = PersonState(user_id=user_id, profile=Profile(onboarded=True, checkins=checkins))
    longest = max(reliability_content.exercises.exercises, key=lambda e: sum(len(s.text) for s in e.steps))
    # Grow the history until the saved state only just fits in the session (the largest that rides along).
    while len(session_state_json(state)) < MAX_SESSION_STATE_BYTES - 800:
        state.profile.exercises.append(ExerciseSummary(day=today, exercise_id=longest.id, craving_before=10,
                                                       craving_after=10))
    store.save_turn(Turn(user_id=user_id, channel="alexa", now=datetime.now(UTC)), state, Reply())
    settings = SkillSettings(skill_id=SKILL_ID, verify=True, trust_roots=str(reliability_ca.write_roots(tmp_path)))
    app = create_app(store=store, content=reliability_content, settings=settings, fetcher=reliability_ca.fetch)
    person = AlexaPerson(app.test_client(), reliability_ca.good, reliability_content, SKILL_ID, user_id=user_id)
    person.launch()
    person.say("craving")
    person.say("rate", number="9")
    person.choose("start_exercise", "exercise", longest.title.lower(), longest.id)
    for _ in range(len(longest.steps)):
        person.say("next")
    assert all("aria_saved_state" in said.payload["sessionAttributes"] for said in person.history if not said.ended)
    sizes = [len(json.dumps(said.payload)) for said in person.history]
    assert max(sizes) < 24 * 1024, sizes
    store.close()
