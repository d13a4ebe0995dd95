"""Faults against the real server (gunicorn, 2 workers): the database going away or locked mid-session,
a worker killed in the middle of a request, and Amazon's certificate URL hanging or refusing.

What must hold: every reply that passed verification speaks (the crisis lines whenever a turn is
flagged); an unsaved turn is carried in the Alexa session and written once the database answers again,
or, when the session ends first, kept in the server's outbox and written by the first request after; a
killed worker leaves no half-written turn and the next request works; a bad cert origin gives HTTP 400
without hanging a worker.
"""

from __future__ import annotations

import contextlib
import fcntl
import http.client
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy
from sqlalchemy.engine import make_url

from coach.content import Content
from coach.models import PersonState
from coach.store import Store
from coach.store.tables import exercise_runs, people
from tests.reliability.servers import CertOrigin, HttpResponse, SkillServer, kill, send, worker_serving
from tests.reliability.sessions import CRAVING_BEFORE, spoken
from tests.skill.alexa_ca import SKILL_ID, FakeAmazonCA, Signer, alexa_request, body_of
from tests.skill.alexa_client import AlexaPerson, Said

NOT_SAVED = "couldn't save that just now"
LOST = "won't be in your history"
KEPT = "I've kept it and will save it as soon as I can"


def words(text: str) -> str:
    import html

    return " ".join(html.unescape(text).split())


def speaks_crisis(said: Said, content: Content, flag: str) -> bool:
    card = said.card or {}
    return (words(content.safety.flags[flag].speech) in words(said.speech)
            and words(content.safety.flags[flag].card) in words(card.get("content", "")))


def awaiting(person: AlexaPerson, store: Store) -> str | None:
    """Where the conversation is: from the session while the store is down, else from the store."""
    carried = person.attributes.get("aria_state")
    if carried:
        return PersonState.model_validate_json(carried).activity.awaiting
    state = store.load_state(person.user_id)
    assert state is not None
    return state.activity.awaiting


@dataclass
class Site:
    """One gunicorn (2 workers) over one database, shared by the tests of this module (starting one costs
    seconds); every test uses people of its own."""

    url: str
    server: SkillServer
    store: Store
    origin: CertOrigin


@pytest.fixture(scope="module")
def origin(reliability_ca: FakeAmazonCA) -> Iterator[CertOrigin]:
    served = CertOrigin(reliability_ca.good.chain_pem)
    yield served
    served.close()


def _site(url: str, ca: FakeAmazonCA, origin: CertOrigin, directory: Any) -> Iterator[Site]:
    store = Store(url)
    server = SkillServer(database_url=url, skill_id=SKILL_ID, trust_roots=ca.write_roots(directory),
                         cert_origin=origin.url, workers=2)
    try:
        yield Site(url, server.start(directory), store, origin)
    finally:
        server.stop()


@pytest.fixture(scope="module")
def pg_site(postgres_server: Any, reliability_ca: FakeAmazonCA, origin: CertOrigin,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    url = postgres_server.create_database(f"aria_faults_{os.getpid()}")
    yield from _site(url, reliability_ca, origin, tmp_path_factory.mktemp("pg-site"))


@pytest.fixture(scope="module")
def sqlite_site(reliability_ca: FakeAmazonCA, origin: CertOrigin,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    directory = tmp_path_factory.mktemp("sqlite-site")
    yield from _site(f"sqlite:///{directory / 'aria.db'}", reliability_ca, origin, directory)


def person_on(server: SkillServer, ca: FakeAmazonCA, content: Content, name: str) -> AlexaPerson:
    return AlexaPerson(server.client(), ca.good, content, SKILL_ID, user_id=f"amzn1.ask.account.{name}")


def onboard(person: AlexaPerson) -> None:
    spoken(person.launch())
    spoken(person.say("no"))
    spoken(person.say("no"))


def answer_checkin_to_the_end(person: AlexaPerson, store: Store, where: str | None) -> Said:
    """From `where` in the check-in to its end, with fixed answers (works while the store is down)."""
    numbers = {"craving": "6", "mood": "5", "stress": "4", "sleep_hours": "7"}
    for _ in range(16):
        where = where or awaiting(person, store)
        if where in numbers:
            said = person.say("rate", number=numbers[where])
        elif where in ("trigger", "helped"):
            said = person.free("stress at work" if where == "trigger" else "a walk")
        elif where is not None and where.startswith(("phq", "gad")):
            said = person.choose("answer", "answer", "several days", "several_days")
        elif where in (None, "offer_exercise", "anything_else") or "check-in done" in person.history[-1].speech:
            return person.history[-1]
        else:
            said = person.choose("answer", "answer", "no", "no")
        spoken(said)
        if "check-in done" in said.speech:
            return said
        where = None
    raise AssertionError(f"check-in did not end: {person.history[-1].speech}")


# ---- PostgreSQL unreachable --------------------------------------------------------------------


@contextlib.contextmanager
def postgres_down(postgres_server: Any, url: str) -> Iterator[None]:
    """No new connections to the database, and every open one cut (as when the server goes away)."""
    name = make_url(url).database
    admin = sqlalchemy.create_engine(postgres_server.url("postgres"), isolation_level="AUTOCOMMIT")

    def allow(up: bool) -> None:
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(up).lower()}'))
            if not up:
                conn.execute(sqlalchemy.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                             "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": name})

    allow(False)
    try:
        yield
    finally:
        allow(True)
        admin.dispose()


@pytest.mark.slow
def test_postgres_outage_mid_checkin_speaks_and_writes_the_turns_when_it_returns(
        postgres_server: Any, pg_site: Site, reliability_ca: FakeAmazonCA, reliability_content: Content) -> None:
    store, server = pg_site.store, pg_site.server
    person = person_on(server, reliability_ca, reliability_content, "outage")
    onboard(person)
    spoken(person.say("checkin"))
    spoken(person.say("rate", number="6"))  # craving, saved
    assert awaiting(person, store) == "mood"

    with postgres_down(postgres_server, pg_site.url):
        done = answer_checkin_to_the_end(person, store, "mood")
        assert NOT_SAVED in done.speech
        crisis = person.say("crisis_suicide")
        assert speaks_crisis(crisis, reliability_content, "suicide") and NOT_SAVED in crisis.speech
        assert "aria_pending" in person.attributes  # the unsaved turns ride in the session

    back = spoken(person.say("progress"))
    assert NOT_SAVED not in back.speech and "aria_pending" not in person.attributes
    [checkin] = store.checkins(person.user_id)
    assert (checkin.craving, checkin.mood, checkin.stress, checkin.sleep_hours) == (6, 5, 4, 7.0)
    assert [e.flags for e in store.safety_events(person.user_id)] == [["suicide"]]
    state = store.load_state(person.user_id)
    assert state is not None and [c.day for c in state.profile.checkins] == [datetime.now(UTC).date()]


@pytest.mark.slow
def test_a_session_ending_during_an_outage_keeps_its_turns_on_disk_until_the_store_is_back(
        postgres_server: Any, pg_site: Site, reliability_ca: FakeAmazonCA, reliability_content: Content) -> None:
    """Stop while the database is down: the session can carry nothing further, so the turns wait in the
    server's outbox, and the person hears they were kept; once the database answers, the next request
    stores them before reading the state, so the half-done check-in is there to finish."""
    store, server = pg_site.store, pg_site.server
    person = person_on(server, reliability_ca, reliability_content, "ends-in-outage")
    onboard(person)
    with postgres_down(postgres_server, pg_site.url):
        spoken(person.say("checkin"))
        spoken(person.say("rate", number="6"))
        done = answer_checkin_to_the_end(person, store, None)
        assert NOT_SAVED in done.speech
        stop = spoken(person.say("stop"))
        assert stop.ended and KEPT in stop.speech and LOST not in stop.speech
    assert store.checkins(person.user_id) == []  # the database is back, but no request has come yet
    again = spoken(person.launch())
    assert NOT_SAVED not in again.speech and LOST not in again.speech
    [checkin] = store.checkins(person.user_id)
    assert (checkin.craving, checkin.mood, checkin.stress, checkin.sleep_hours) == (6, 5, 4, 7.0)
    state = store.load_state(person.user_id)
    assert state is not None and [c.day for c in state.profile.checkins] == [datetime.now(UTC).date()]


# ---- SQLite locked -----------------------------------------------------------------------------


def sqlite_path(url: str) -> str:
    database = make_url(url).database
    assert database
    return database


@contextlib.contextmanager
def sqlite_locked(url: str) -> Iterator[sqlite3.Connection]:
    """Another process holding SQLite's write lock (as a stuck writer or a backup would)."""
    conn = sqlite3.connect(sqlite_path(url), isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    finally:
        conn.execute("ROLLBACK")
        conn.close()


@pytest.mark.slow
def test_sqlite_locked_during_a_crisis_turn_still_speaks_and_the_event_is_written_after(
        sqlite_site: Site, reliability_ca: FakeAmazonCA, reliability_content: Content) -> None:
    store, server = sqlite_site.store, sqlite_site.server
    person = person_on(server, reliability_ca, reliability_content, "locked")
    onboard(person)
    with sqlite_locked(sqlite_site.url):
        crisis = person.free("i want to kill myself")  # waits out the busy timeout, then answers
        assert speaks_crisis(crisis, reliability_content, "suicide") and NOT_SAVED in crisis.speech
        assert store.safety_events(person.user_id) == []  # readers are not blocked in WAL mode
    spoken(person.say("help"))
    assert [e.flags for e in store.safety_events(person.user_id)] == [["suicide"]]


# ---- a worker killed mid-request ---------------------------------------------------------------


def to_craving_after(person: AlexaPerson, store: Store, content: Content) -> tuple[str, datetime]:
    """Onboard, rate a craving, run an exercise to its end: the next answer records the run."""
    onboard(person)
    spoken(person.say("craving"))
    spoken(person.say("rate", number=str(CRAVING_BEFORE)))
    exercise = content.exercises.exercises[0]
    spoken(person.choose("start_exercise", "exercise", exercise.title.lower(), exercise.id))
    for _ in range(len(exercise.steps) + 2):
        if awaiting(person, store) == "craving_after":
            break
        spoken(person.say("next"))
    state = store.load_state(person.user_id)
    assert state is not None and state.activity.awaiting == "craving_after"
    assert state.activity.exercise_started_at is not None
    return exercise.id, state.activity.exercise_started_at


def rating_request(person: AlexaPerson, number: str) -> tuple[bytes, dict[str, str]]:
    """The signed "rate" request AlexaPerson would send next (same session and attributes)."""
    name = person.content.intents.intents["rate"].alexa_name
    envelope = alexa_request({"type": "IntentRequest", "dialogState": "COMPLETED", "intent": {
        "name": name, "confirmationStatus": "NONE",
        "slots": {"number": {"name": "number", "value": number, "confirmationStatus": "NONE"}}}},
        skill_id=SKILL_ID, user_id=person.user_id, session_id=person.session_id, attributes=person.attributes)
    body = body_of(envelope)
    return body, person.signer.headers(body)


class InFlight:
    """A request sent on its own connection from a thread, so the test can act while a worker holds it."""

    def __init__(self, server: SkillServer, body: bytes, headers: dict[str, str]) -> None:
        self.conn = server.client().connect()
        self.outcome: HttpResponse | BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(body, headers), daemon=True)
        self.thread.start()

    def _run(self, body: bytes, headers: dict[str, str]) -> None:
        try:
            self.outcome = send(self.conn, "/alexa", body, headers)
        except (OSError, http.client.HTTPException) as exc:
            self.outcome = exc

    def result(self) -> HttpResponse | BaseException | None:
        self.thread.join(60)
        self.conn.close()
        return self.outcome


def wait_until(condition: Any, what: str, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def unchanged_after_kill(store: Store, person: AlexaPerson, before: Any) -> None:
    state = store.load_state(person.user_id)
    assert state is not None and state.activity.awaiting == "craving_after"
    assert state.profile.exercises == before["exercises"]
    assert store.exercise_runs(person.user_id) == []
    assert store.sessions(person.user_id) == before["sessions"]


def record_before(store: Store, person: AlexaPerson) -> dict[str, Any]:
    state = store.load_state(person.user_id)
    assert state is not None
    return {"exercises": state.profile.exercises, "sessions": store.sessions(person.user_id)}


def finish_after_kill(server: SkillServer, store: Store, person: AlexaPerson, exercise_id: str) -> None:
    server.wait_ready()  # the master has replaced the killed worker
    again = spoken(person.say("rate", number="3"))  # the person repeats the answer
    assert "seven" in again.speech and "three" in again.speech
    runs = store.exercise_runs(person.user_id)
    assert [(r.exercise_id, r.craving_before, r.craving_after, r.completed) for r in runs] == [
        (exercise_id, CRAVING_BEFORE, 3, True)]


@pytest.mark.slow
def test_a_worker_killed_mid_transaction_leaves_nothing_half_written_on_postgres(
        pg_site: Site, reliability_ca: FakeAmazonCA, reliability_content: Content) -> None:
    store, server = pg_site.store, pg_site.server
    person = person_on(server, reliability_ca, reliability_content, "killed-pg")
    exercise_id, started_at = to_craving_after(person, store, reliability_content)
    before = record_before(store, person)
    database = make_url(pg_site.url).database
    engine = sqlalchemy.create_engine(pg_site.url)
    try:
        with engine.connect() as blocker:
            # An uncommitted row with the run's natural key: the worker's transaction writes the person's
            # state and session row, then waits on this row's key: it is killed right there.
            tx = blocker.begin()
            person_id = blocker.execute(sqlalchemy.select(people.c.id).where(
                people.c.user_id == person.user_id)).scalar_one()
            blocker.execute(sqlalchemy.insert(exercise_runs).values(
                person_id=person_id, exercise_id=exercise_id, started_at=started_at, craving_before=None,
                craving_after=None, completed=False, recorded_at=datetime.now(UTC)))
            request = InFlight(server, *rating_request(person, "3"))

            def worker_waits_on_the_row() -> bool:
                return bool(blocker.execute(sqlalchemy.text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = :db AND wait_event_type = 'Lock'"),
                    {"db": database}).scalar())

            wait_until(worker_waits_on_the_row, "the worker to block inside its transaction")
            kill(worker_serving(server, request.conn))
            outcome = request.result()
            assert not isinstance(outcome, HttpResponse), "the killed worker must not have answered"
            tx.rollback()
    finally:
        engine.dispose()
    unchanged_after_kill(store, person, before)
    finish_after_kill(server, store, person, exercise_id)


@pytest.mark.slow
def test_a_worker_killed_while_writing_to_sqlite_leaves_the_database_whole(
        sqlite_site: Site, reliability_ca: FakeAmazonCA, reliability_content: Content) -> None:
    store, server = sqlite_site.store, sqlite_site.server
    person = person_on(server, reliability_ca, reliability_content, "killed-sqlite")
    exercise_id, _ = to_craving_after(person, store, reliability_content)
    before = record_before(store, person)
    lock_file = sqlite_path(sqlite_site.url) + ".write-lock"

    def worker_is_writing() -> bool:
        """The worker holds the cross-worker write lock: it is inside save_turn, waiting for SQLite."""
        with open(lock_file, "a+b") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
            return False

    with sqlite_locked(sqlite_site.url):
        request = InFlight(server, *rating_request(person, "3"))
        wait_until(worker_is_writing, "the worker to start its write")
        kill(worker_serving(server, request.conn))
        assert not isinstance(request.result(), HttpResponse), "the killed worker must not have answered"
    with contextlib.closing(sqlite3.connect(sqlite_path(sqlite_site.url))) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    unchanged_after_kill(store, person, before)
    finish_after_kill(server, store, person, exercise_id)


# ---- Amazon's certificate URL slow or unreachable ------------------------------------------------


def signed_launch(signer: Signer, user: str) -> tuple[bytes, dict[str, str]]:
    from tests.skill.alexa_ca import launch

    body = body_of(launch(skill_id=SKILL_ID, user_id=f"amzn1.ask.account.{user}"))
    return body, signer.headers(body)


def post_all(server: SkillServer, requests: list[tuple[bytes, dict[str, str]]]) -> list[tuple[int, dict[str, Any]]]:
    """Sent at the same time; the client waits far longer than the skill's fetch timeout, never forever."""
    out: list[Any] = [None] * len(requests)

    def one(i: int) -> None:
        resp = server.client(timeout_s=30).post("/alexa", *requests[i])
        out[i] = (resp.status_code, json.loads(resp.body))

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(requests))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert all(o is not None for o in out), "a request got no answer"
    return out


def answers_valid_requests(server: SkillServer, ca: FakeAmazonCA, name: str) -> None:
    results = post_all(server, [signed_launch(ca.good, f"{name}-{i}") for i in range(4)])
    assert [status for status, _ in results] == [200] * 4
    assert all(payload["response"]["outputSpeech"]["ssml"] for _, payload in results)


@pytest.mark.slow
def test_a_hung_cert_origin_gives_400_and_does_not_hold_the_workers(
        sqlite_site: Site, reliability_ca: FakeAmazonCA) -> None:
    good = reliability_ca.good
    hung = Signer(good.key, good.chain_pem, "https://s3.amazonaws.com/echo.api/slow-echo-api-cert.pem")
    # One per worker and more: each waits out the fetch timeout (3 s) while the origin hangs for a minute.
    results = post_all(sqlite_site.server, [signed_launch(hung, f"hung-{i}") for i in range(3)])
    assert results == [(400, {"error": "bad_request", "reason": "cert_fetch"})] * 3
    answers_valid_requests(sqlite_site.server, reliability_ca, "after-hung")


@pytest.mark.slow
def test_an_unreachable_cert_origin_gives_400_and_the_next_request_works(
        sqlite_site: Site, reliability_ca: FakeAmazonCA) -> None:
    good = reliability_ca.good
    rotated = Signer(good.key, good.chain_pem, "https://s3.amazonaws.com/echo.api/rotated-echo-api-cert.pem")
    sqlite_site.origin.refuse()
    try:
        results = post_all(sqlite_site.server, [signed_launch(rotated, f"refused-{i}") for i in range(2)])
    finally:
        sqlite_site.origin.resume()
    assert results == [(400, {"error": "bad_request", "reason": "cert_fetch"})] * 2
    [(status, payload)] = post_all(sqlite_site.server, [signed_launch(rotated, "after-refused")])
    assert status == 200 and payload["response"]["outputSpeech"]["ssml"]
    answers_valid_requests(sqlite_site.server, reliability_ca, "after-refused")
