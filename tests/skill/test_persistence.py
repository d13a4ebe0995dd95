"""The ask-sdk persistence adapter on the real store, and the SQLite write lock it uses."""

from __future__ import annotations

import fcntl
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ask_sdk_model import RequestEnvelope

from coach.models import ExerciseRun, PersonState, Profile, Reply, Turn
from coach.store import Store
from skill.persistence import SqliteWriteLock, StorePersistenceAdapter, sqlite_write_lock
from tests.skill.alexa_ca import launch


def envelope(user_id: str) -> RequestEnvelope:
    from ask_sdk_core.serialize import DefaultSerializer

    from tests.skill.alexa_ca import body_of

    return DefaultSerializer().deserialize(body_of(launch(user_id=user_id)).decode(), RequestEnvelope)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'aria.db'}")


def test_attributes_round_trip_by_alexa_user_id(store: Store) -> None:
    adapter = StorePersistenceAdapter(store)
    pat, sam = envelope("amzn1.ask.account.PAT"), envelope("amzn1.ask.account.SAM")
    assert adapter.get_attributes(pat) == {}
    adapter.save_attributes(pat, {"state": PersonState(user_id="amzn1.ask.account.PAT",
                                                       profile=Profile(onboarded=True))})
    loaded = adapter.get_attributes(pat)["state"]
    assert isinstance(loaded, PersonState) and loaded.profile.onboarded
    assert adapter.get_attributes(sam) == {}
    adapter.delete_attributes(pat)
    assert adapter.get_attributes(pat) == {}


def test_save_turn_writes_state_and_events_together(store: Store) -> None:
    adapter = StorePersistenceAdapter(store)
    now = datetime.now(UTC)
    turn = Turn(user_id="amzn1.ask.account.PAT", channel="alexa", now=now, session_id="s1")
    reply = Reply(events=[ExerciseRun(exercise_id="box_breathing", started_at=now, craving_before=7,
                                      craving_after=3, completed=True)])
    adapter.save_turn(turn, PersonState(user_id=turn.user_id), reply)
    assert store.load_state(turn.user_id) is not None
    assert [(r.exercise_id, r.craving_after) for r in store.exercise_runs(turn.user_id)] == [("box_breathing", 3)]


def test_sqlite_stores_get_a_write_lock_others_do_not(store: Store) -> None:
    lock = sqlite_write_lock(store)
    assert lock is not None and lock.path.name == "aria.db.write-lock"
    assert sqlite_write_lock(Store("sqlite:///:memory:", upgrade=False)) is None
    assert sqlite_write_lock(object()) is None


def test_write_lock_excludes_other_writers(tmp_path: Path) -> None:
    lock = SqliteWriteLock(str(tmp_path / "aria.db"))
    # Another open file description (as another gunicorn worker has) cannot take it meanwhile.
    with lock.hold(), open(lock.path, "a+b") as other, pytest.raises(BlockingIOError):
        fcntl.flock(other.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    with open(lock.path, "a+b") as other:
        fcntl.flock(other.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # released afterwards
        fcntl.flock(other.fileno(), fcntl.LOCK_UN)


def test_a_stuck_lock_holder_delays_but_never_blocks_a_write(tmp_path: Path) -> None:
    lock = SqliteWriteLock(str(tmp_path / "aria.db"), timeout_s=0.2)
    entered = False
    with open(lock.path, "a+b") as stuck:
        fcntl.flock(stuck.fileno(), fcntl.LOCK_EX)
        with lock.hold():
            entered = True
    assert entered


def test_a_missing_directory_is_left_for_the_store_to_report(tmp_path: Path) -> None:
    lock = SqliteWriteLock(str(tmp_path / "gone" / "aria.db"))
    with lock.hold():
        pass


def test_the_kept_lock_file_is_reopened_after_a_fork(tmp_path: Path) -> None:
    """gunicorn forks workers: a child must not take the lock through its parent's open file."""
    lock = SqliteWriteLock(str(tmp_path / "aria.db"))
    with lock.hold():
        pid = os.fork()
        if pid == 0:  # the child: the parent holds the lock, so a non-blocking take must fail
            code = 3
            try:
                fd = lock._fd()
                if fd is not None:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        code = 1  # taken: it shared the parent's lock
                    except BlockingIOError:
                        code = 0
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 0
