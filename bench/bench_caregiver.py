"""Caregiver pages: latency of a patient page (consent check, 30-day timeline and trend, audit row, HTML),
a CSV export, and a sign-in (argon2 verify), through the real app in one process (Flask test client).

Run: .venv/bin/python bench/bench_caregiver.py [--url URL] [--views 300] [--logins 20]
Without --url it uses a fresh SQLite file. The patient has 90 days of check-ins, two exercises a day and a
few safety events; the caregiver may see every category, so the page is as big as it gets.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach.models import (  # noqa: E402
    CONSENT_CATEGORIES,
    CheckinCompleted,
    ConsentGranted,
    ExerciseRun,
    PersonState,
    Reply,
    SafetyEvent,
    Turn,
)
from coach.serve_cli import create_app  # noqa: E402
from coach.store import Store  # noqa: E402
from skill.app import SkillSettings  # noqa: E402

PASSWORD = "correct horse battery"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def _history(store: Store, now: datetime) -> None:
    for d in range(90, 0, -1):
        at = now - timedelta(days=d)
        events: list[object] = [
            CheckinCompleted(day=at.date(), answers={"craving": d % 11, "mood": 5, "stress": 4, "sleep_hours": 7,
                                                     "cocaine_use": "no", "trigger": "work", "helped": "a walk"}),
            ExerciseRun(exercise_id="box_breathing", started_at=at, craving_before=7, craving_after=4, completed=True),
            ExerciseRun(exercise_id="urge_surfing", started_at=at + timedelta(hours=3), craving_before=6,
                        craving_after=3, completed=True)]
        if d % 15 == 0:
            events.append(SafetyEvent(flags=["benzo"], channel="text", text="words never shown"))
        store.save_turn(Turn(user_id="pat", now=at, text="x"), PersonState(user_id="pat"),
                        Reply(events=events))  # type: ignore[arg-type]
    store.save_turn(Turn(user_id="pat", now=now, text="x"), PersonState(user_id="pat"), Reply(events=[
        ConsentGranted(code="472019", categories=list(CONSENT_CATEGORIES), days=90, allow_export=True)]))  # type: ignore[arg-type]


def _timed(n: int, call: Callable[[], int]) -> list[float]:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        status = call()
        times.append((time.perf_counter() - start) * 1000)
        assert status in (200, 303), status
    return times


def _report(name: str, times: list[float]) -> None:
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"{name:<28} n={len(times):<4} p50 {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url")
    parser.add_argument("--views", type=int, default=300)
    parser.add_argument("--logins", type=int, default=20)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="aria-bench-caregiver-"))
    os.environ["ARIA_DATA_DIR"] = str(tmp)
    store = Store(args.url or f"sqlite:///{tmp / 'aria.db'}")
    now = datetime.now(UTC)
    _history(store, now)
    app = create_app(store=store, settings=SkillSettings(skill_id=None, verify=False))
    client = app.test_client()

    def token(page: str) -> str:
        found = TOKEN.search(client.get(page).get_data(as_text=True))
        assert found is not None
        return found.group(1)

    client.post("/caregiver/signup", data={"name": "Jane", "email": "jane@example.org", "password": PASSWORD,
                                           "password_again": PASSWORD, "csrf_token": token("/caregiver/signup")})
    linked = client.post("/caregiver/link", data={"code": "472019", "csrf_token": token("/caregiver/")})
    page = linked.headers["Location"]
    csrf = token("/caregiver/")
    print(f"{platform.node()}: {os.cpu_count()} CPUs, Python {platform.python_version()}, {store.location}")
    _report("patient page (GET)", _timed(args.views, lambda: client.get(page).status_code))
    _report("CSV export (POST)", _timed(args.views // 3, lambda: client.post(
        f"{page}/export.csv", data={"csrf_token": csrf}).status_code))
    _report("patient list (GET)", _timed(args.views, lambda: client.get("/caregiver/").status_code))
    def login() -> int:
        other = app.test_client()  # a new browser each time: signed out
        found = TOKEN.search(other.get("/caregiver/login").get_data(as_text=True))
        assert found is not None
        return other.post("/caregiver/login", data={"email": "jane@example.org", "password": PASSWORD,
                                                    "csrf_token": found.group(1)}).status_code

    _report("sign-in (argon2)", _timed(args.logins, login))
    size = len(client.get(page).data)
    print(f"patient page size {size / 1024:.0f} KiB (90 days of history, 30 shown)")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
