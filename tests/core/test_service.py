"""The engine with a real store: what is said is saved, and a database outage never silences safety speech."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy

from coach.content import default_content
from coach.models import Turn
from coach.service import Coach
from coach.store import Store

START = datetime(2026, 11, 3, 19, 0, tzinfo=UTC)


class Person:
    def __init__(self, coach: Coach, user_id: str) -> None:
        self.coach, self.user_id, self.now = coach, user_id, START

    def launch(self):
        return self._turn(kind="launch")

    def say(self, text: str):
        return self._turn(text=text)

    def _turn(self, **kw):
        self.now += timedelta(seconds=15)
        return self.coach.handle(Turn(user_id=self.user_id, now=self.now, channel="text", **kw))


@pytest.fixture(scope="module")
def content():
    return default_content()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_exercise_and_checkin_across_sessions_are_stored(backend: str, request: pytest.FixtureRequest,
                                                         content) -> None:
    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "fresh_postgres_url")
    store = Store(url)
    person = Person(Coach(content, store), "sam")
    person.launch()
    for answer in ["no", "no"]:
        person.say(answer)
    person.say("i'm having a craving")
    person.say("eight")
    person.say("yes")
    while "how strong is the craving now" not in person.say("next").speech.lower():
        pass
    person.say("four")
    person.say("check in")
    person.say("six")
    person.say("five")
    person.say("stop")

    # A new process (a new Coach) the same evening resumes the check-in from the database.
    later = Person(Coach(content, Store(url)), "sam")
    later.now = person.now + timedelta(hours=1)
    assert "partway" in later.launch().speech
    later.say("yes")
    while "check-in done" not in later.say("skip").speech:
        pass

    runs = store.exercise_runs("sam")
    assert [(r.craving_before, r.craving_after, r.completed) for r in runs] == [(8, 4, True)]
    checkins = store.checkins("sam")
    assert len(checkins) == 1
    assert checkins[0].craving == 6 and checkins[0].mood == 5
    state = store.load_state("sam")
    assert state is not None and state.profile.onboarded and len(state.profile.checkins) == 1


class Outage:
    """Switches a database on the test PostgreSQL server off (no connections, open ones cut) and on again."""

    def __init__(self, postgres_server, name: str) -> None:
        self.url, self.name = postgres_server.create_database(name), name
        self.admin = sqlalchemy.create_engine(postgres_server.url("postgres"), isolation_level="AUTOCOMMIT")

    def __call__(self, up: bool) -> None:
        with self.admin.connect() as conn:
            conn.execute(sqlalchemy.text(f"ALTER DATABASE {self.name} ALLOW_CONNECTIONS {str(up).lower()}"))
            if not up:
                conn.execute(sqlalchemy.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                             "WHERE datname = :name"), {"name": self.name})

    def dispose(self) -> None:
        self.admin.dispose()


def test_database_outage_mid_session_still_speaks_and_saves_when_it_returns(postgres_server, content) -> None:
    database = Outage(postgres_server, "aria_outage")
    store = Store(database.url)
    coach = Coach(content, store)
    person = Person(coach, "robin")
    person.launch()
    person.say("no")
    person.say("no")
    assert store.person("robin") is not None

    database(up=False)
    try:
        crisis = person.say("i want to kill myself")
        assert crisis.flags == ["suicide"]
        assert "nine eight eight" in crisis.speech
        assert "couldn't save" in crisis.speech
        assert coach.unsaved_turns >= 1
    finally:
        database(up=True)

    person.say("how am i doing")
    assert coach.unsaved_turns == 0
    events = store.safety_events("robin")
    assert [e.flags for e in events] == [["suicide"]]
    database.dispose()


def test_unreachable_database_from_the_start_never_silences_safety(content) -> None:
    coach = Coach(content, Store("postgresql+psycopg://aria:secret@127.0.0.1:9/aria", upgrade=False))
    reply = Person(coach, "kim").say("i'm going to quit my xanax cold turkey")
    assert "benzo" in reply.flags
    assert "clinician" in reply.speech.lower()
    assert "couldn't save" in reply.speech
    assert "secret" not in reply.speech


def test_turns_unsaved_when_the_program_ends_are_stored_by_the_next_run(postgres_server, content, tmp_path) -> None:
    """Closed while the database is down: the waiting turns go to the outbox; the next run, once the
    database answers, stores them before it reads the person's state."""
    from coach.store.outbox import Outbox

    database = Outage(postgres_server, "aria_outbox_local")
    outbox = Outbox(tmp_path / "local-outbox.jsonl")
    store = Store(database.url)
    first_run = Coach(content, store, outbox=outbox)
    person = Person(first_run, "kai")
    person.launch()
    person.say("no")
    person.say("no")
    database(up=False)
    try:
        crisis = person.say("i want to kill myself")
        assert crisis.flags == ["suicide"] and "couldn't save" in crisis.speech
        first_run.close()  # the program ends before the database is back
        assert first_run.unsaved_turns == 0 and outbox.waiting()
    finally:
        database(up=True)
    assert store.safety_events("kai") == []

    second_run = Coach(content, store, outbox=outbox)
    Person(second_run, "kai").say("how am i doing")
    assert [e.flags for e in store.safety_events("kai")] == [["suicide"]]
    assert not outbox.waiting() and second_run.unsaved_turns == 0
    store.close()
    database.dispose()
