"""Engine turn latency: p50/p99 over N turns of realistic sessions, without a database and with SQLite.

Run: .venv/bin/python bench/bench_engine.py [--turns 10000]
Each session is onboarding, a check-in and a craving exercise (a mix of typed answers, nonsense and
commands), repeated for many people, so the numbers include the intent matcher and safety screen.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach.content import default_content  # noqa: E402
from coach.engine import Engine  # noqa: E402
from coach.models import Turn  # noqa: E402
from coach.service import Coach  # noqa: E402

SESSION = [None, "yes", "no", "yes", "check in", "six", "purple", "four", "five", "seven hours", "no",
           "as prescribed", "no", "work stress", "a walk", "several days", "not at all", "not at all",
           "several days", "i'm having a craving", "eight", "yes", "next", "next", "next", "next", "five",
           "no", "how am i doing", "give me the numbers", "stop"]


def turns(count: int):
    start = datetime(2026, 11, 2, 18, 0, tzinfo=UTC)
    n = 0
    person = 0
    while n < count:
        person += 1
        for i, text in enumerate(SESSION):
            if n >= count:
                return
            kind = "launch" if text is None else "utterance"
            yield Turn(user_id=f"bench-{person}", kind=kind, text=text, channel="text",
                       now=start + timedelta(seconds=20 * i), max_reply_seconds=90)
            n += 1


def measure(handle, count: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds per turn. CPU time is what the turn costs; wall time adds waiting for
    the disk and, on a shared machine, for the core (so its tail shows the machine's load, not the code)."""
    wall, cpu = [], []
    for turn in turns(count):
        c0, t0 = time.thread_time(), time.perf_counter()
        handle(turn)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
    return wall, cpu


def summary(name: str, timings: tuple[list[float], list[float]]) -> str:
    cells = []
    for series in timings:
        q = statistics.quantiles(series, n=100)
        cells.append(f"{statistics.median(series):.3f} | {q[98]:.3f} | {max(series):.2f}")
    return f"| {name} | {len(timings[0])} | " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=10_000)
    args = parser.parse_args()
    load_before = f"{os.getloadavg()[0]:.2f}"
    content = default_content()
    engine = Engine(content)
    no_db = Coach(content, store=None, engine=engine)
    measure(no_db.handle, 300)  # warm-up
    rows = [summary("engine, no database", measure(no_db.handle, args.turns))]
    from coach.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.db")
        with_db = Coach(content, store=store, engine=engine)
        rows.append(summary("engine + SQLite (load + save every turn)", measure(with_db.handle, args.turns)))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Python {platform.python_version()}, {platform.machine()}, {platform.system()}")
    print(f"load average before/after: {load_before} / {os.getloadavg()[0]:.2f}")
    print("| setup | turns | wall p50 ms | wall p99 ms | wall max ms | CPU p50 ms | CPU p99 ms | CPU max ms |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    print("\n".join(rows))
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
