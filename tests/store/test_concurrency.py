"""Several processes on one database (gunicorn workers): migrations do not race, and every check-in and
exercise run is stored exactly once."""

from __future__ import annotations

import multiprocessing
from datetime import timedelta

from coach.store import Store
from tests.store.helpers import T0
from tests.store.workers import SHARED_TURNS, write_like_a_worker

WORKERS = 4


def test_workers_racing_store_each_checkin_and_run_once(db_url: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(WORKERS)
    processes = [ctx.Process(target=write_like_a_worker, args=(db_url, i, barrier)) for i in range(WORKERS)]
    for p in processes:
        p.start()
    for p in processes:
        p.join(timeout=300)
    assert [p.exitcode for p in processes] == [0] * WORKERS

    store = Store(db_url, upgrade=False)
    assert len(store.checkins("amazon-user-1")) == SHARED_TURNS
    assert len(store.exercise_runs("amazon-user-1")) == SHARED_TURNS
    assert len(store.safety_events("amazon-user-1")) == SHARED_TURNS
    # turn_count only skips a replay of the latest turn; the session's span is exact whatever the order.
    [session] = store.sessions("amazon-user-1")
    assert session.started_at == T0
    assert session.last_turn_at == T0 + timedelta(days=SHARED_TURNS - 1)
    for i in range(WORKERS):
        assert len(store.checkins(f"own-{i}")) == 1
    store.close()
