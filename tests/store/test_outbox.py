"""The outbox: turns the store could not take, kept on disk and replayed into a real store later."""

from __future__ import annotations

import fcntl
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from coach.models import PersonState, Reply, Turn
from coach.store import Store, StoreUnavailable
from coach.store.outbox import Outbox, entry
from tests.store.helpers import T0, checkin, run, safety, state, turn


def _save_into(store: Store):  # noqa: ANN202 - a SaveTurn
    def save(t: Turn, s: PersonState, r: Reply, state_write: str) -> None:
        store.save_turn(t, s, r, state_write=state_write)  # type: ignore[arg-type]
    return save


def test_turns_wait_on_disk_readable_by_the_owner_only_and_replay_in_order(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "data" / "outbox.jsonl")
    assert not outbox.waiting()
    later = T0 + timedelta(minutes=3)
    assert outbox.put([entry(turn(), state(), [checkin(craving=6)])])
    assert outbox.put([entry(turn(at=later), state(timezone="America/Chicago"), [run(), safety("benzo")])])
    assert outbox.waiting()
    assert stat.S_IMODE(os.stat(outbox.path).st_mode) == 0o600
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    assert outbox.drain(_save_into(store)) == 2
    assert not outbox.waiting()
    [stored] = store.checkins("amazon-user-1")
    assert stored.craving == 6
    assert [r.exercise_id for r in store.exercise_runs("amazon-user-1")] == ["urge_surfing"]
    assert [e.flags for e in store.safety_events("amazon-user-1")] == [["benzo"]]
    loaded = store.load_state("amazon-user-1")
    assert loaded is not None and loaded.profile.timezone == "America/Chicago"  # the newest state of the two
    store.close()


def test_a_failing_store_keeps_that_turn_and_the_rest_for_next_time(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.jsonl")
    outbox.put([entry(turn(at=T0 + timedelta(minutes=i)), state(), [checkin(craving=i)]) for i in range(3)])
    calls: list[int] = []

    def flaky(t: Turn, s: PersonState, r: Reply, state_write: str) -> None:
        calls.append(len(calls))
        if len(calls) == 2:
            raise StoreUnavailable("could not save the turn: database unreachable or busy")

    assert outbox.drain(flaky) == 1
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    assert outbox.drain(_save_into(store)) == 2  # the second and third, in order
    assert [c.craving for c in store.checkins("amazon-user-1")] == [2]  # one check-in a day: the last wins
    assert not outbox.waiting()
    store.close()


def test_an_unreadable_line_is_dropped_and_the_others_are_stored(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.jsonl")
    outbox.put([entry(turn(), state(), [checkin(craving=4)])])
    with open(outbox.path, "ab") as fh:
        fh.write(b'{"turn": {"user_id": "amazon-user-1"}, "state": \n')  # a write cut short by a crash
        fh.write(b'{"turn": 1, "state": {}, "events": []}\n')
    outbox.put([entry(turn(at=T0 + timedelta(minutes=1)), state(), [safety("suicide")])])
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    assert outbox.drain(_save_into(store)) == 2
    assert [c.craving for c in store.checkins("amazon-user-1")] == [4]
    assert [e.flags for e in store.safety_events("amazon-user-1")] == [["suicide"]]
    assert not outbox.waiting()
    store.close()


def test_a_late_turn_never_overwrites_a_newer_state(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    # saved after the outage, before the outbox is replayed
    store.save_turn(turn(at=T0 + timedelta(hours=1)), state(timezone="Europe/Berlin"), Reply())
    outbox = Outbox(tmp_path / "outbox.jsonl")
    outbox.put([entry(turn(), state(timezone="Asia/Tokyo"), [checkin(craving=5)])])
    assert outbox.drain(_save_into(store)) == 1
    loaded = store.load_state("amazon-user-1")
    assert loaded is not None and loaded.profile.timezone == "Europe/Berlin"
    assert [c.craving for c in store.checkins("amazon-user-1")] == [5]  # its events are stored all the same
    store.close()


def test_a_stand_in_state_only_ever_creates_a_person(tmp_path: Path) -> None:
    """A state begun fresh while the store was unreadable must not replace what the store knows."""
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    store.save_turn(turn(), state(timezone="Europe/Berlin"), Reply())
    outbox = Outbox(tmp_path / "outbox.jsonl")
    outbox.put([entry(turn(at=T0 + timedelta(hours=2)), state(), [checkin(craving=3)], stand_in=True),
                entry(turn("amazon-user-2", at=T0 + timedelta(hours=2)),
                      state("amazon-user-2", timezone="America/Denver"), [], stand_in=True)])
    assert outbox.drain(_save_into(store)) == 2
    known, new = store.load_state("amazon-user-1"), store.load_state("amazon-user-2")
    assert known is not None and known.profile.timezone == "Europe/Berlin"
    assert new is not None and new.profile.timezone == "America/Denver"
    assert [c.craving for c in store.checkins("amazon-user-1")] == [3]
    store.close()


def test_while_another_worker_drains_this_one_does_not_wait(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.jsonl")
    outbox.put([entry(turn(), state(), [])])
    fd = os.open(tmp_path / "outbox.jsonl.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        assert outbox.drain(pytest.fail) == 0  # type: ignore[arg-type]
    finally:
        os.close(fd)
    assert outbox.waiting()


def test_a_disk_that_refuses_is_reported_not_raised(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    outbox = Outbox(blocker / "outbox.jsonl")
    assert outbox.put([entry(turn(), state(), [])]) is False
    assert not outbox.waiting()


def test_a_long_outbox_is_replayed_a_slice_per_request(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.jsonl")
    outbox.put([entry(turn(at=T0 + timedelta(minutes=i)), state(), [safety("benzo")]) for i in range(5)])
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    assert outbox.drain(_save_into(store), limit=2) == 2
    assert len(store.safety_events("amazon-user-1")) == 2 and outbox.waiting()
    assert outbox.drain(_save_into(store), limit=2) == 2
    assert outbox.drain(_save_into(store), limit=2) == 1
    assert len(store.safety_events("amazon-user-1")) == 5 and not outbox.waiting()
    store.close()


def test_a_turn_that_keeps_failing_is_set_aside_not_lost_and_stops_blocking_the_rest(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.jsonl")
    outbox.put([entry(turn("poison"), state("poison"), []), entry(turn(), state(), [checkin(craving=2)])])
    store = Store(f"sqlite:///{tmp_path / 'a.db'}")
    save = _save_into(store)

    def refuses_poison(t: Turn, s: PersonState, r: Reply, state_write: str) -> None:
        if t.user_id == "poison":
            raise StoreUnavailable("could not save the turn: the database refused the write")
        save(t, s, r, state_write)

    assert [outbox.drain(refuses_poison) for _ in range(3)] == [0, 0, 1]
    assert [c.craving for c in store.checkins("amazon-user-1")] == [2]
    assert not outbox.waiting()
    rejected = (tmp_path / "outbox.jsonl.rejected").read_text().splitlines()
    assert len(rejected) == 1 and '"user_id":"poison"' in rejected[0] and '"attempts":3' in rejected[0]
    assert stat.S_IMODE(os.stat(tmp_path / "outbox.jsonl.rejected").st_mode) == 0o600
    store.close()
