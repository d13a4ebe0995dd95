"""A simulated Alexa user's whole day with the coach, and history seeded straight into the store.

Session 1: launch, onboarding (two answers), a craving rated 7, an exercise run step by step, craving
rated 3 after, goodbye. Session 2: launch, the full daily check-in (numbers, choices, two free-text
notes, the weekly items), stop, and the device's SessionEndedRequest. Every reply must be HTTP 200 with
speech (AlexaPerson checks the status and Alexa's response rules; `spoken` checks the speech).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from coach.content import Content
from coach.flows.progress import trim_checkins
from coach.models import CheckinCompleted, CheckinSummary, PersonState, Profile, Reply, Turn
from coach.store import Store
from tests.skill.alexa_client import AlexaPerson, Said

CRAVING_BEFORE, CRAVING_AFTER = 7, 3
CHECKIN = {"craving": 6, "mood": 5, "stress": 4, "sleep_hours": 7}


def spoken(said: Said) -> Said:
    assert said.speech.strip(), f"a silent reply: {said.payload}"
    return said


def awaiting(store: Store, person: AlexaPerson) -> str | None:
    state = store.load_state(person.user_id)
    assert state is not None
    return state.activity.awaiting


def flow(store: Store, person: AlexaPerson) -> str:
    state = store.load_state(person.user_id)
    assert state is not None
    return state.activity.flow


def craving_and_exercise(person: AlexaPerson, store: Store, content: Content, exercise_id: str) -> None:
    spoken(person.say("craving"))
    spoken(person.say("rate", number=str(CRAVING_BEFORE)))
    exercise = content.exercise(exercise_id)
    assert exercise is not None
    spoken(person.choose("start_exercise", "exercise", exercise.title.lower(), exercise.id))
    for _ in range(len(exercise.steps) + 2):
        if awaiting(store, person) == "craving_after":
            break
        spoken(person.say("next"))
    assert awaiting(store, person) == "craving_after"
    spoken(person.say("rate", number=str(CRAVING_AFTER)))


def full_checkin(person: AlexaPerson, store: Store) -> Said:
    spoken(person.say("checkin"))
    for key in ("craving", "mood", "stress", "sleep_hours"):
        assert awaiting(store, person) == key
        spoken(person.say("rate", number=str(CHECKIN[key])))
    for _ in range(4):  # cocaine use, benzos, alcohol: whichever yes/no items come before the trigger
        if awaiting(store, person) == "trigger":
            break
        spoken(person.choose("answer", "answer", "no", "no"))
    assert awaiting(store, person) == "trigger"
    spoken(person.free("stress at work"))
    last = spoken(person.free("a walk"))
    for _ in range(8):  # the weekly PHQ-2 / GAD-2 items on the first check-in of the week
        if flow(store, person) != "checkin":
            break
        last = spoken(person.choose("answer", "answer", "several days", "several_days"))
    assert flow(store, person) != "checkin"
    return last


def whole_day(person: AlexaPerson, store: Store, content: Content, exercise_id: str) -> Said:
    """Both sessions; returns the reply that closed the check-in (it speaks the streak)."""
    spoken(person.launch())
    spoken(person.say("no"))  # benzos
    spoken(person.say("no"))  # alcohol to come down
    craving_and_exercise(person, store, content, exercise_id)
    bye = spoken(person.say("no"))  # no other exercise
    if not bye.ended:
        person.end()
    spoken(person.launch())
    done = full_checkin(person, store)
    stop = spoken(person.say("stop"))
    if not stop.ended:
        person.end()
    return done


def seed_checkins(store: Store, user_id: str, days: list[date], *, onboarded: bool = False,
                  summaries: int | None = None) -> None:
    """Check-ins on `days` written as one earlier turn (rows + the state's summary), as the coach writes them."""
    if not days:
        return
    profile = Profile(onboarded=onboarded, checkins=[CheckinSummary(day=d, craving=4, mood=6, stress=5) for d in days])
    if summaries:
        trim_checkins(profile, summaries)  # the bounded window the coach keeps, with its streak carry
    state = PersonState(user_id=user_id, profile=profile)
    events = [CheckinCompleted(day=d, answers={"craving": 4, "mood": 6, "stress": 5, "sleep_hours": 7,
                                               "cocaine_use": "no"}) for d in days]
    now = datetime.combine(max(days), time(12), tzinfo=UTC)
    store.save_turn(Turn(user_id=user_id, channel="alexa", now=now, session_id=f"seed-{user_id}"), state,
                    Reply(events=events))


def days_before(today: date, count: int) -> list[date]:
    return [today - timedelta(days=n) for n in range(count, 0, -1)]
