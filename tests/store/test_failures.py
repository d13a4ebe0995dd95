"""A failed write loses nothing already saved, and every failure is a StoreUnavailable with a plain message."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from coach.models import Reply, Segment
from coach.store import Store, StoreUnavailable
from coach.store.tables import people, safety_events
from tests.store.helpers import T0, checkin, reply, run, safety, state, turn

LATER = T0 + timedelta(days=1)
# Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once.
CLOSED_URL = "postgresql+psycopg://aria:hunter2-secret@127.0.0.1:9/aria"


def _saved_first_turn(store: Store) -> None:
    store.save_turn(turn(), state(onboarded=True), reply(checkin(craving=6), run(), safety("benzo")))


def _assert_first_turn_intact(store: Store) -> None:
    loaded = store.load_state("amazon-user-1")
    assert loaded is not None and loaded.profile.onboarded is True and loaded.profile.uses_benzos is None
    assert [c.craving for c in store.checkins("amazon-user-1")] == [6]
    assert len(store.exercise_runs("amazon-user-1")) == 1
    [session] = store.sessions("amazon-user-1")
    assert session.turn_count == 1


def test_a_bad_event_mid_transaction_rolls_back_the_whole_turn(store: Store) -> None:
    _saved_first_turn(store)
    # The checkin and the run would be written before the bad event is reached.
    bad = Reply.model_construct(segments=[Segment(text="Okay.")], reprompt=None, flags=[], end_session=False,
                                card=None, events=[checkin(day=LATER.date(), craving=2),
                                                   run(started=LATER), object()])
    with pytest.raises(StoreUnavailable):
        store.save_turn(turn(at=LATER, session_id="s-2"), state(onboarded=True, uses_benzos=True), bad)
    _assert_first_turn_intact(store)


def test_a_missing_table_fails_the_turn_and_keeps_earlier_rows(store: Store) -> None:
    _saved_first_turn(store)
    safety_events.drop(store.engine)
    with pytest.raises(StoreUnavailable) as caught:
        store.save_turn(turn(at=LATER), state(onboarded=True, uses_benzos=True),
                        reply(checkin(day=LATER.date(), craving=2), safety("suicide", text="private words")))
    message = str(caught.value)
    assert "private words" not in message and "INSERT" not in message.upper()
    _assert_first_turn_intact(store)


def test_state_of_another_person_is_refused(store: Store) -> None:
    with pytest.raises(StoreUnavailable):
        store.save_turn(turn("a"), state("b"), reply())
    assert store.load_state("a") is None and store.load_state("b") is None


def test_unreadable_stored_state_is_a_store_error(store: Store) -> None:
    _saved_first_turn(store)
    with store.engine.begin() as conn:
        conn.execute(update(people).values(state='{"user_id": 12'))
    with pytest.raises(StoreUnavailable) as caught:
        store.load_state("amazon-user-1")
    assert "user_id" not in str(caught.value)


def test_unreachable_postgres_fails_with_no_password_in_the_message() -> None:
    with pytest.raises(StoreUnavailable) as caught:
        Store(CLOSED_URL)
    assert "hunter2" not in str(caught.value)
    assert "unreachable" in str(caught.value)
    # The chained driver error stays for logs; it must not carry the password either.
    assert all("hunter2" not in str(exc) for exc in _chain(caught.value))


def test_unreachable_postgres_without_upgrade_fails_on_use() -> None:
    store = Store(CLOSED_URL, upgrade=False)
    assert "hunter2" not in repr(store)
    assert store.ping() is False
    with pytest.raises(StoreUnavailable):
        store.load_state("amazon-user-1")
    with pytest.raises(StoreUnavailable) as caught:
        store.save_turn(turn(), state(), reply(safety("suicide")))
    assert "hunter2" not in str(caught.value)


def _chain(exc: BaseException | None) -> list[BaseException]:
    found: list[BaseException] = []
    while exc is not None and exc not in found:
        found.append(exc)
        exc = exc.__cause__ or exc.__context__
    return found


@pytest.mark.parametrize("url", ["postgresql+psycopg://aria:hunter2-secret@host:notaport/aria",
                                 "hunter2-secret:://@"])
def test_unparseable_url_hides_the_password(url: str) -> None:
    with pytest.raises(StoreUnavailable) as caught:
        Store(url)
    assert "hunter2" not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_missing_driver_is_a_store_error() -> None:
    with pytest.raises(StoreUnavailable):
        Store("nosuchdialect://aria:hunter2-secret@localhost/aria", upgrade=False)


def test_ping_answers_when_up(store: Store) -> None:
    assert store.ping() is True


def test_a_write_stuck_behind_a_lock_fails_instead_of_hanging_and_loses_nothing(store: Store) -> None:
    """Another writer holds the person's row (PostgreSQL: lock_timeout) or the file (SQLite: busy_timeout)."""
    _saved_first_turn(store)
    with store.engine.execution_options(aria_sqlite_begin="IMMEDIATE").begin() as holder:
        holder.execute(update(people).where(people.c.user_id == "amazon-user-1").values(first_channel="text"))
        with pytest.raises(StoreUnavailable) as caught:
            store.save_turn(turn(at=LATER), state(onboarded=True, uses_benzos=True),
                            reply(checkin(day=LATER.date(), craving=2)))
        assert "busy" in str(caught.value)
        holder.rollback()
    _assert_first_turn_intact(store)
    store.save_turn(turn(at=LATER), state(onboarded=True, uses_benzos=True), reply(checkin(day=LATER.date())))
    assert len(store.checkins("amazon-user-1")) == 2
