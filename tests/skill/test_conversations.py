"""Whole conversations through the real Flask endpoint: signed requests, real engine, real SQLite store.

The app is built by `coach.serve_cli.create_app` (the same factory `aria serve` and gunicorn use), with
verification on against the test CA; requests are shaped and signed as Alexa sends them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from coach.content import Content, default_content
from coach.engine import Engine
from coach.models import CheckinSummary, PersonState, Profile, Reply, Turn
from coach.serve_cli import create_app
from coach.store import Store
from skill.app import SkillSettings
from tests.skill.alexa_ca import SKILL_ID, FakeAmazonCA
from tests.skill.alexa_client import AlexaPerson, Said

CRISIS = {"crisis_suicide": "suicide", "crisis_emergency": "emergency", "crisis_benzo": "benzo",
          "crisis_mix": "mix", "crisis_alone": "alone", "crisis_treatment": "treatment"}


@pytest.fixture(scope="module")
def content() -> Content:
    return default_content()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'aria.db'}")


@pytest.fixture
def app_for(content: Content, test_ca: FakeAmazonCA, roots_file: Path) -> Callable[..., Flask]:
    def build(store: Any, **kw: Any) -> Flask:
        settings = SkillSettings(skill_id=SKILL_ID, verify=True, trust_roots=str(roots_file))
        return create_app(store=store, content=content, settings=settings, fetcher=test_ca.fetch, **kw)

    return build


@pytest.fixture
def person(app_for: Callable[..., Flask], store: Store, content: Content, test_ca: FakeAmazonCA) -> AlexaPerson:
    return AlexaPerson(app_for(store).test_client(), test_ca.good, content, SKILL_ID)


def words(text: str) -> str:
    return " ".join(html.unescape(text).split())


def has_safety_speech(said: Said, content: Content, flag: str) -> bool:
    return words(content.safety.flags[flag].speech) in words(said.speech)


def onboard(person: AlexaPerson) -> None:
    person.launch()
    person.say("no")  # benzos
    person.say("no")  # alcohol to come down


def state_of(store: Store, person: AlexaPerson) -> Any:
    state = store.load_state(person.user_id)
    assert state is not None
    return state


# ---- launch and onboarding ---------------------------------------------------------------------


def test_first_launch_starts_onboarding_and_is_saved(person: AlexaPerson, store: Store) -> None:
    said = person.launch()
    assert "not an emergency service" in said.speech
    assert "benzos" in said.speech.lower()
    assert said.reprompt and not said.ended
    assert state_of(store, person).activity.awaiting == "onboard_benzos"


def test_onboarding_with_benzos_gives_the_clinician_prompt_with_a_card_and_is_remembered(
        person: AlexaPerson, store: Store, content: Content) -> None:
    person.launch()
    benzos = person.say("yes")
    assert has_safety_speech(benzos, content, "benzo")
    assert benzos.card is not None and words(content.safety.flags["benzo"].card) in words(benzos.card["content"])
    person.say("no")  # alcohol
    person.say("yes")  # clinician involved
    profile = state_of(store, person).profile
    assert profile.onboarded and profile.uses_benzos is True and profile.clinician_involved is True
    assert [e.kind for e in store.person_events(person.user_id)].count("onboarding_completed") == 1
    assert [e.flags for e in store.safety_events(person.user_id)] == [["benzo"]]

    person.end()
    again = person.launch()  # a new session: the person is known
    assert "benzos" not in again.speech.lower()
    assert "check-in" in again.speech


def test_streak_and_history_from_earlier_sessions_are_spoken(person: AlexaPerson, store: Store) -> None:
    # Two earlier days of check-ins, saved by another channel through the same store.
    today = datetime.now(UTC).date()
    state = PersonState(user_id=person.user_id, profile=Profile(onboarded=True, checkins=[
        CheckinSummary(day=today - timedelta(days=2), craving=5), CheckinSummary(day=today - timedelta(days=1))]))
    store.save_turn(Turn(user_id=person.user_id, channel="text", now=datetime.now(UTC)), state, Reply())
    said = person.launch()
    assert "two days" in said.speech
    progress = person.say("progress")
    assert "two days" in progress.speech


# ---- craving and exercise ------------------------------------------------------------------------


def start_exercise(person: AlexaPerson, store: Store, content: Content, rating: str = "8") -> str:
    onboard(person)
    ask = person.say("craving")
    assert "zero to ten" in ask.speech
    suggestion = person.say("rate", number=rating)
    suggested = state_of(store, person).activity.suggested
    assert suggested, suggestion.speech
    exercise = content.exercise(suggested[0])
    assert exercise is not None and exercise.title in suggestion.speech
    running = person.choose("start_exercise", "exercise", exercise.title.lower(), exercise.id)
    assert words(exercise.steps[0].text) in words(running.speech)
    assert state_of(store, person).activity.flow == "exercise"
    return exercise.id


def test_craving_exercise_with_ratings_before_and_after(person: AlexaPerson, store: Store, content: Content) -> None:
    exercise_id = start_exercise(person, store, content, rating="8")
    exercise = content.exercise(exercise_id)
    assert exercise is not None
    spoken = list(person.history[-1:])
    for _ in range(len(exercise.steps) + 2):
        if state_of(store, person).activity.awaiting == "craving_after":
            break
        spoken.append(person.say("next"))
    assert state_of(store, person).activity.awaiting == "craving_after"
    # Every step was spoken, with its pause as real <break> silence (each at most 10 s).
    ssml = " ".join(s.ssml for s in spoken)
    for step in exercise.steps:
        assert words(step.text) in words(" ".join(s.speech for s in spoken))
    total_pause = sum(s.pause_s for s in exercise.steps)
    assert sum(b for s in spoken for b in s.breaks()) >= total_pause - 0.01
    if any(s.pause_s > 10 for s in exercise.steps):
        assert '<break time="10s"/><break' in ssml
    # No reply holds much more than the 90 s Alexa allows: long exercises go on after "next".
    for s in spoken:
        assert sum(s.breaks()) + len(s.speech.split()) / 2.5 <= 100

    reflected = person.say("rate", number="5")
    assert re.search(r"\beight\b.*\bfive\b", reflected.speech.lower())
    runs = store.exercise_runs(person.user_id)
    assert [(r.exercise_id, r.craving_before, r.craving_after, r.completed) for r in runs] == [
        (exercise_id, 8, 5, True)]
    bye = person.say("no")
    assert bye.ended


def test_stop_mid_exercise_ends_the_session_and_keeps_an_unfinished_run(
        person: AlexaPerson, store: Store, content: Content) -> None:
    exercise_id = start_exercise(person, store, content, rating="7")
    stopped = person.say("stop")
    assert stopped.ended and stopped.reprompt is None
    runs = store.exercise_runs(person.user_id)
    assert [(r.exercise_id, r.craving_before, r.completed) for r in runs] == [(exercise_id, 7, False)]
    assert state_of(store, person).activity.flow == "idle"


def test_device_closing_the_session_mid_exercise_is_recorded_silently(
        person: AlexaPerson, store: Store, content: Content) -> None:
    start_exercise(person, store, content)
    ended = person.end("EXCEEDED_MAX_REPROMPTS")
    assert "outputSpeech" not in ended.response or not ended.response.get("outputSpeech")
    assert [r.completed for r in store.exercise_runs(person.user_id)] == [False]
    assert state_of(store, person).activity.flow == "idle"


# ---- check-in across two sessions ----------------------------------------------------------------


def test_full_checkin_across_two_sessions(person: AlexaPerson, store: Store, content: Content) -> None:
    onboard(person)
    intro = person.say("checkin")
    assert "zero to ten" in intro.speech
    person.say("rate", number="6")  # craving
    person.say("rate", number="5")  # mood
    paused = person.say("stop")
    assert paused.ended and "saved your answers" in paused.speech
    assert store.checkins(person.user_id) == []

    resumed_offer = person.launch()  # second session, same day
    assert "partway through" in resumed_offer.speech
    person.say("yes")
    assert state_of(store, person).activity.awaiting == "stress"
    person.say("rate", number="7")  # stress
    person.say("rate", number="6")  # hours slept
    assert state_of(store, person).activity.awaiting == "cocaine_use"
    for _ in range(3):  # cocaine use, then alcohol (asked of everyone) and any other yes/no item
        person.choose("answer", "answer", "no", "no")
        if state_of(store, person).activity.awaiting == "trigger":
            break
    assert state_of(store, person).activity.awaiting == "trigger"
    person.free("stress at work")  # "my trigger was {text}"
    person.free("a walk")  # "what helped was {text}"
    for _ in range(8):  # weekly PHQ-2 / GAD-2 on the first check-in
        if state_of(store, person).activity.flow != "checkin":
            break
        person.choose("answer", "answer", "several days", "several_days")
    assert "check-in done" in person.history[-1].speech
    [checkin] = store.checkins(person.user_id)
    assert (checkin.craving, checkin.mood, checkin.stress, checkin.sleep_hours, checkin.cocaine_use) == (
        6, 5, 7, 6.0, "no")
    assert checkin.answers["trigger"] == "stress at work" and checkin.answers["helped"] == "a walk"
    assert len(store.sessions(person.user_id)) == 2


# ---- crisis intents from any state ---------------------------------------------------------------


def _to_state(person: AlexaPerson, store: Store, content: Content, where: str) -> None:
    if where == "onboarding":
        person.launch()
    elif where == "idle":
        onboard(person)
    elif where == "exercise":
        start_exercise(person, store, content)
    elif where == "checkin":
        onboard(person)
        person.say("checkin")
        person.say("rate", number="4")


@pytest.mark.parametrize("where", ["onboarding", "idle", "exercise", "checkin"])
@pytest.mark.parametrize("intent", sorted(CRISIS))
def test_crisis_intent_from_any_state(person: AlexaPerson, store: Store, content: Content, intent: str,
                                      where: str) -> None:
    _to_state(person, store, content, where)
    flag = CRISIS[intent]
    said = person.say(intent)
    assert has_safety_speech(said, content, flag)
    assert said.speech.startswith(words(content.safety.flags[flag].speech)[:40])  # safety speech comes first
    assert said.card is not None
    assert words(content.safety.flags[flag].card) in words(said.card["content"])
    assert not said.ended  # the coach stays with the person
    assert flag in [f for e in store.safety_events(person.user_id) for f in e.flags]
    if flag in ("suicide", "emergency"):
        assert state_of(store, person).activity.flow == "idle"
        if where == "exercise":
            assert [r.completed for r in store.exercise_runs(person.user_id)] == [False]


def test_free_text_goes_through_the_safety_screen(person: AlexaPerson, store: Store, content: Content) -> None:
    onboard(person)
    said = person.free("like i want to kill myself")
    assert has_safety_speech(said, content, "suicide")
    assert said.card is not None
    assert ["suicide"] in [e.flags for e in store.safety_events(person.user_id)]


def test_an_intent_the_content_does_not_know_is_answered(person: AlexaPerson) -> None:
    onboard(person)
    said = person.intent("SomeRetiredIntent", {})
    assert said.speech and not said.ended


def test_people_are_kept_apart(app_for: Callable[..., Flask], store: Store, content: Content,
                               test_ca: FakeAmazonCA) -> None:
    client = app_for(store).test_client()
    pat = AlexaPerson(client, test_ca.good, content, SKILL_ID, user_id="amzn1.ask.account.PAT")
    sam = AlexaPerson(client, test_ca.good, content, SKILL_ID, user_id="amzn1.ask.account.SAM")
    onboard(pat)
    first = sam.launch()
    assert "benzos" in first.speech.lower()  # Sam is new, whatever Pat did
    assert state_of(store, pat).profile.onboarded and not state_of(store, sam).profile.onboarded


# ---- when parts fail -----------------------------------------------------------------------------


def test_store_down_still_speaks_crisis_lines_and_carries_the_session(
        app_for: Callable[..., Flask], content: Content, test_ca: FakeAmazonCA, tmp_path: Path) -> None:
    down = Store(f"sqlite:///{tmp_path / 'no-such-dir' / 'aria.db'}", upgrade=False)
    person = AlexaPerson(app_for(down).test_client(), test_ca.good, content, SKILL_ID)
    first = person.launch()
    assert "benzos" in first.speech.lower()
    assert "couldn't save" in first.speech
    second = person.say("yes")  # onboarding goes on: the state rode in the session attributes
    assert has_safety_speech(second, content, "benzo")
    assert "alcohol" in second.speech.lower() or "drink" in second.speech.lower()
    crisis = person.say("crisis_suicide")
    assert has_safety_speech(crisis, content, "suicide") and crisis.card is not None


class _BrokenEngine(Engine):
    def turn(self, state: Any, turn: Any) -> Any:
        raise RuntimeError("engine bug")


def test_a_broken_engine_still_gives_crisis_lines(content: Content, store: Store, test_ca: FakeAmazonCA,
                                                  roots_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import skill.builder

    original = skill.builder.build_skill
    monkeypatch.setattr("coach.serve_cli.build_skill",
                        lambda c, s, **kw: original(c, s, engine=_BrokenEngine(c), **kw))
    settings = SkillSettings(skill_id=SKILL_ID, verify=True, trust_roots=str(roots_file))
    app = create_app(store=store, content=content, settings=settings, fetcher=test_ca.fetch)
    person = AlexaPerson(app.test_client(), test_ca.good, content, SKILL_ID)
    crisis = person.say("crisis_emergency")
    assert has_safety_speech(crisis, content, "emergency")
    assert "something went wrong" in crisis.speech and crisis.card is not None
    plain = person.say("help")
    assert "something went wrong" in plain.speech and plain.card is None
    assert store.load_state(person.user_id) is None  # nothing half-done was saved
