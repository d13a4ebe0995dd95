"""SQLite's driver-level turn statements (coach.store.sqlite_turns) write exactly what the portable path writes."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from coach.store import Store
from coach.store.tables import metadata
from tests.store.helpers import T0, checkin, onboarding, reply, run, safety, setting, state, turn, utc

TABLES = [t.name for t in metadata.sorted_tables]


def _replay(store: Store) -> None:
    """New person, new and existing sessions, a replayed turn, an older turn arriving late, another
    timezone for the same instant, every kind of event but consent (its link code is salted), replayed
    events, a check-in updated later the same day, and a second person."""
    later = T0 + timedelta(minutes=5)
    steps = [
        (turn(), state(), reply()),
        (turn(at=later), state(), reply(checkin(craving=6))),
        (turn(at=later), state(), reply(checkin(craving=6))),  # Alexa retried the request
        (turn(at=T0 + timedelta(minutes=2)), state(), reply(run())),  # arrives after a later turn
        (turn(at=utc(later + timedelta(minutes=1))), state(), reply(safety("benzo"))),
        (turn(at=T0 - timedelta(minutes=1)), state(), reply()),  # widens the span backwards
        (turn(at=later + timedelta(minutes=2)), state(), reply(onboarding(), setting(), run(after=None),
                                                               safety("suicide", text="kept by consent"))),
        (turn(at=later + timedelta(minutes=2)), state(), reply(onboarding(), setting())),  # replayed: stored once
        (turn(at=later + timedelta(minutes=3)), state(), reply(checkin(craving=2, mood=7, sleep_hours=6.5))),
        (turn(session_id="s-2", at=T0 + timedelta(hours=1)), state(checkin_hour=9), reply()),
        (turn(session_id=None, at=T0 + timedelta(hours=2)), state(), reply()),
        (turn("amazon-user-2", at=later), state("amazon-user-2"), reply()),
        (turn("amazon-user-2", at=later + timedelta(seconds=1)), state("amazon-user-2"), reply()),
    ]
    for t, s, r in steps:
        store.save_turn(t, s, r)


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        return {name: conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall() for name in TABLES}


def test_driver_path_and_portable_path_write_the_same_rows(tmp_path: Path) -> None:
    fast, portable = Store(f"sqlite:///{tmp_path / 'fast.db'}"), Store(f"sqlite:///{tmp_path / 'portable.db'}")
    assert fast._sqlite_turns is not None
    portable._sqlite_turns = None
    _replay(fast)
    _replay(portable)
    fast.close()
    portable.close()
    rows = _dump(tmp_path / "fast.db")
    # the replay really wrote something of every kind
    assert all(rows[name] for name in ("people", "sessions", "checkins", "exercise_runs", "safety_events",
                                       "person_events")), {name: len(found) for name, found in rows.items()}
    assert rows == _dump(tmp_path / "portable.db")


def test_driver_path_loads_what_the_portable_path_loads(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    _replay(store)
    fast = {user: store.load_state(user) for user in ("amazon-user-1", "amazon-user-2", "nobody")}
    store._sqlite_turns = None
    portable = {user: store.load_state(user) for user in ("amazon-user-1", "amazon-user-2", "nobody")}
    store.close()
    assert fast["amazon-user-1"] is not None and fast["nobody"] is None
    assert fast == portable


def test_a_replayed_turn_is_counted_once_on_the_driver_path(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    for _ in range(3):
        store.save_turn(turn(), state(), reply())
    store.save_turn(turn(at=T0 + timedelta(seconds=1)), state(), reply())
    [session] = store.sessions("amazon-user-1")
    store.close()
    assert session.turn_count == 2
    assert session.started_at == utc(T0) and session.last_turn_at == utc(T0 + timedelta(seconds=1))


def test_load_falls_back_when_the_consent_tables_are_missing(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    store = Store(f"sqlite:///{path}")
    store.save_turn(turn(), state(), reply())
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DROP TABLE consent_grants")
    loaded = store.load_state("amazon-user-1")
    store.close()
    assert loaded is not None and loaded.user_id == "amazon-user-1"
    assert loaded.sharing is None  # the coach says it cannot check who sees what


def test_each_thread_keeps_one_connection_and_a_forked_child_opens_its_own(tmp_path: Path) -> None:
    import os
    import threading

    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    fast = store._sqlite_turns
    assert fast is not None
    _replay(store)
    mine = fast._driver()
    assert fast._driver() is mine  # reused turn after turn, not checked out of the pool each time
    other: list[object] = []
    thread = threading.Thread(target=lambda: other.append(fast._driver()))
    thread.start()
    thread.join()
    assert other and other[0] is not mine
    pid = os.fork()
    if pid == 0:  # the child must neither reuse the parent's connection nor fail to read
        code = 1
        try:
            loaded = store.load_state("amazon-user-1")
            code = 0 if fast._driver() is not mine and loaded is not None else 2
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 0
    store.close()


def test_a_connection_that_failed_is_replaced(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    fast = store._sqlite_turns
    assert fast is not None
    store.save_turn(turn(), state(), reply())
    broken = fast._driver()
    broken.close()  # as if the connection had died under us
    assert store.load_state("amazon-user-1") is not None  # the portable path answered this one
    assert fast._driver() is not broken
    store.save_turn(turn(at=T0 + timedelta(seconds=1)), state(), reply())
    [session] = store.sessions("amazon-user-1")
    store.close()
    assert session.turn_count == 2
