"""Many Alexa users at once against gunicorn (2 workers, real processes), on PostgreSQL and on SQLite.

Each simulated user signs every request with the test CA's leaf key (the server verifies the chain,
downloaded once per worker from a local stand-in for Amazon's cert URL) and plays a whole day: onboarding,
a craving with an exercise rated before and after, then a full check-in in a second session. Users start
with 0 to 4 days of earlier check-ins, so each has a different streak to reach. Afterwards the database
must hold every check-in and exercise run exactly once, the right streaks, and no request may have failed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from coach.content import Content
from coach.flows.progress import streak
from coach.spoken import spoken_days
from coach.store import Store
from tests.reliability.servers import CertOrigin, SkillServer
from tests.reliability.sessions import CHECKIN, CRAVING_AFTER, CRAVING_BEFORE, days_before, seed_checkins, whole_day
from tests.skill.alexa_ca import SKILL_ID, FakeAmazonCA
from tests.skill.alexa_client import AlexaPerson, Said

USERS = 20


def run_users(server: SkillServer, store: Store, content: Content, ca: FakeAmazonCA,
              today: datetime) -> dict[str, tuple[int, str, Said | BaseException]]:
    """user id -> (earlier check-in days, exercise id, the reply closing the check-in or the error)."""
    exercises = [e.id for e in content.exercises.exercises]
    plan = {f"amzn1.ask.account.load-{i:02d}": (i % 5, exercises[i % len(exercises)]) for i in range(USERS)}
    for user_id, (prior, _) in plan.items():
        seed_checkins(store, user_id, days_before(today.date(), prior))
    results: dict[str, tuple[int, str, Said | BaseException]] = {}
    barrier = threading.Barrier(USERS)

    def play(user_id: str) -> None:
        prior, exercise_id = plan[user_id]
        person = AlexaPerson(server.client(), ca.good, content, SKILL_ID, user_id=user_id)
        try:
            barrier.wait(30)
            results[user_id] = (prior, exercise_id, whole_day(person, store, content, exercise_id))
        except BaseException as exc:  # collected and reported by the test, with the user it happened to
            results[user_id] = (prior, exercise_id, exc)

    threads = [threading.Thread(target=play, args=(u,)) for u in plan]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    return results


def check_database(store: Store, results: dict[str, tuple[int, str, Said | BaseException]],
                   today: datetime) -> None:
    failures = {u: repr(r) for u, (_, _, r) in results.items() if isinstance(r, BaseException)}
    assert not failures, failures
    assert len(results) == USERS
    for user_id, (prior, exercise_id, done) in results.items():
        checkins = store.checkins(user_id)
        assert [c.day for c in checkins] == [*days_before(today.date(), prior), today.date()]
        mine = checkins[-1]
        assert (mine.craving, mine.mood, mine.stress, mine.sleep_hours, mine.cocaine_use) == (
            CHECKIN["craving"], CHECKIN["mood"], CHECKIN["stress"], float(CHECKIN["sleep_hours"]), "no")
        assert mine.answers["trigger"] == "stress at work" and mine.answers["helped"] == "a walk"
        runs = store.exercise_runs(user_id)
        assert [(r.exercise_id, r.craving_before, r.craving_after, r.completed) for r in runs] == [
            (exercise_id, CRAVING_BEFORE, CRAVING_AFTER, True)]
        state = store.load_state(user_id)
        assert state is not None and state.profile.onboarded and state.activity.flow == "idle"
        assert streak(state.profile.checkins, today.date()) == prior + 1
        assert isinstance(done, Said)
        if prior:
            assert f"{spoken_days(prior + 1)} in a row" in done.speech
        assert [e.kind for e in store.person_events(user_id)].count("onboarding_completed") == 1
        assert len(store.sessions(user_id)) == 2 + (1 if prior else 0)  # two sessions, and the seeding turn


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_parallel_users_run_whole_sessions_and_everything_is_stored_once(
        backend: str, request: pytest.FixtureRequest, skill_server: Callable[..., SkillServer],
        cert_origin: CertOrigin, reliability_ca: FakeAmazonCA, reliability_content: Content) -> None:
    url = request.getfixturevalue("fresh_postgres_url" if backend == "postgresql" else "sqlite_url")
    store = Store(url)  # migrated here once; each worker's create_app migrates again (a no-op) as in production
    server = skill_server(url, workers=2)
    today = datetime.now(UTC)
    results = run_users(server, store, reliability_content, reliability_ca, today)
    check_database(store, results, today)
    # Each worker verified the chain once and then used its cache.
    assert 1 <= len(cert_origin.requests) <= server.workers
    assert "Traceback" not in server.log()
    store.close()
