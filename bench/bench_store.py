"""Store latency and throughput: save_turn / load_state, one process or several writing at once.

Run: .venv/bin/python bench/bench_store.py [--url URL] [--turns 2000] [--processes 4]
Without --url it uses a fresh SQLite file (WAL). Each turn saves a realistic state plus, every few turns,
a check-in, an exercise run or a safety event, like a real conversation. Reports p50/p99 per call and
turns per second in total; with several processes, every process writes its own people at once (like
gunicorn workers) and the row counts are checked at the end.
"""

from __future__ import annotations

import argparse
import multiprocessing
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach.models import (  # noqa: E402
    CheckinCompleted,
    CheckinSummary,
    Event,
    ExerciseRun,
    PersonState,
    Reply,
    SafetyEvent,
    Segment,
    Turn,
)
from coach.store import Store  # noqa: E402

START = datetime(2026, 11, 2, 18, 0, tzinfo=UTC)


def _state(user_id: str) -> PersonState:
    state = PersonState(user_id=user_id)
    state.profile.onboarded = True
    state.profile.checkins = [CheckinSummary(day=(START - timedelta(days=d)).date(), craving=d % 11, mood=5,
                                             stress=4) for d in range(60)]
    state.last_segments = [Segment(text="Breathe in slowly through your nose. " * 4, pause_s=4.0)] * 6
    return state


def _events(i: int, at: datetime) -> list[Event]:
    if i % 10 == 3:
        return [CheckinCompleted(day=at.date(), answers={"craving": 6, "mood": 5, "stress": 4, "sleep_hours": 7,
                                                         "cocaine_use": "no", "alcohol": "no"})]
    if i % 10 == 7:
        return [ExerciseRun(exercise_id="urge_surfing", started_at=at - timedelta(minutes=3), craving_before=8,
                            craving_after=4, completed=True)]
    if i % 50 == 11:
        return [SafetyEvent(flags=["benzo"], channel="text")]
    return []


def work(url: str, worker: int, turns: int, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    store = Store(url)
    saves: list[float] = []
    loads: list[float] = []
    people = 20
    for i in range(turns):
        user_id = f"bench-{worker}-{i % people}"
        at = START + timedelta(minutes=i)
        t0 = time.perf_counter()
        state = store.load_state(user_id) or _state(user_id)
        t1 = time.perf_counter()
        store.save_turn(Turn(user_id=user_id, now=at, session_id=f"s-{i // 30}"), state,
                        Reply(segments=[Segment(text="Okay.")], events=_events(i, at)))
        t2 = time.perf_counter()
        loads.append(t1 - t0)
        saves.append(t2 - t1)
    store.close()
    out.put((loads, saves))


def _ms(values: list[float], q: float) -> str:
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000:.2f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", help="SQLAlchemy URL (default: a fresh SQLite file)")
    parser.add_argument("--turns", type=int, default=2000, help="turns per process")
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    url = args.url or f"sqlite:///{tempfile.mkdtemp(prefix='aria-bench-')}/aria.db"
    Store(url).close()  # migrate once before timing

    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=work, args=(url, w, args.turns, out)) for w in range(args.processes)]
    started = time.perf_counter()
    for p in procs:
        p.start()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    elapsed = time.perf_counter() - started
    if any(p.exitcode != 0 for p in procs):
        print("a worker failed", file=sys.stderr)
        return 1
    loads = [x for r in results for x in r[0]]
    saves = [x for r in results for x in r[1]]
    store = Store(url, upgrade=False)
    checkins = sum(len(store.checkins(f"bench-{w}-{p}")) for w in range(args.processes) for p in range(20))
    store.close()
    total = args.turns * args.processes
    print(f"{platform.python_version()} {platform.machine()}, {store.location.split(':')[0]}, "
          f"{args.processes} process(es) x {args.turns} turns")
    print(f"load_state p50 {_ms(loads, 0.5)}  p99 {_ms(loads, 0.99)}")
    print(f"save_turn  p50 {_ms(saves, 0.5)}  p99 {_ms(saves, 0.99)}  (mean {statistics.mean(saves) * 1000:.2f} ms)")
    print(f"{total / elapsed:.0f} turns/s in total (load + save, including process start); "
          f"{checkins} check-in rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
