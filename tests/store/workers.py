"""Code run in separate processes by the concurrency tests (importable, so `spawn` can start it)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from coach.store import Store
from tests.store.helpers import T0, checkin, reply, run, safety, state, turn

SHARED_TURNS = 8


def write_like_a_worker(url: str, worker: int, barrier: Any) -> None:
    """Every worker opens the store (migrating an empty database at the same moment as the others), then
    writes the same shared turns, as retries racing each other would, and one turn of its own."""
    barrier.wait(timeout=60)
    store = Store(url)
    barrier.wait(timeout=60)
    for i in range(SHARED_TURNS):
        at = T0 + timedelta(days=i)
        store.save_turn(turn(at=at), state(), reply(checkin(day=at.date(), craving=i % 11), run(started=at),
                                                    safety("benzo")))
    own = T0 + timedelta(days=100, seconds=worker)
    store.save_turn(turn(f"own-{worker}", at=own), state(f"own-{worker}"), reply(checkin(day=own.date())))
    store.close()
