"""Load test of the Alexa endpoint on loopback: throughput and p50/p99 at 1, 10 and 50 concurrent users,
on SQLite and PostgreSQL, and how turn cost grows with stored history (1 day, 120 days, 2 years of check-ins).

Run: .venv/bin/python bench/bench_load.py [--seconds 10] [--users 1,10,50] [--backends sqlite,postgresql]

The server is the production app (`coach.serve_cli.create_app`) under gunicorn with 2 sync workers, with
Alexa request verification ON: every request carries a real RSA signature from the test CA's leaf key,
and the signing chain is downloaded once per worker from a local stand-in for Amazon's cert URL
(tests/reliability/app_factory.py). Requests are signed before the clock starts. Each virtual user
plays whole conversations for people of its own (launch, onboarding, a craving with ratings and
"next" through an exercise, a check-in answer, progress, stop) over a fresh connection per request, as
Alexa's edge does; the next request goes as soon as the answer is in (closed loop, no think time).
PostgreSQL is a throwaway cluster started here (Debian's binaries, fsync off like the test fixture).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.loadgen import Request, cpu_seconds, make_requests, run_load  # noqa: E402
from coach.content import Content, default_content  # noqa: E402
from coach.flows.progress import streak  # noqa: E402
from coach.store import Store  # noqa: E402
from tests.reliability.servers import CertOrigin, HttpClient, SkillServer, free_port  # noqa: E402
from tests.reliability.sessions import days_before, seed_checkins  # noqa: E402
from tests.skill.alexa_ca import SKILL_ID, FakeAmazonCA, make_test_ca  # noqa: E402
from tests.skill.alexa_client import AlexaPerson  # noqa: E402

# ---- PostgreSQL for the bench ------------------------------------------------------------------


@contextmanager
def postgres_cluster(workdir: Path) -> Iterator[str]:
    """A throwaway cluster; yields the URL of an empty database on it."""
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not bins:
        raise SystemExit("PostgreSQL server binaries not found (apt-get install postgresql)")
    bin_dir = bins[-1].parent
    root = workdir / "pg"
    root.mkdir()
    data, sockets = root / "data", root / "sock"
    sockets.mkdir()
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(workdir, "postgres", "postgres")
        for p in (root, sockets):
            shutil.chown(p, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = free_port()

    def run(*args: str) -> None:
        subprocess.run([*as_user, *args], check=True, capture_output=True, cwd=root, timeout=120)

    run(str(bin_dir / "initdb"), "-D", str(data), "-U", "aria", "--auth=trust", "-E", "UTF8", "--locale=C",
        "--no-sync")
    options = (f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off "
               "-c max_connections=200")
    run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w", "-o", options, "start")
    try:
        run(str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "aria", "aria_bench")
        yield f"postgresql+psycopg://aria@127.0.0.1:{port}/aria_bench"
    finally:
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")


# ---- the load ----------------------------------------------------------------------------------


def load(server: SkillServer, batches: list[list[Request]], seconds: float) -> dict[str, Any]:
    client = HttpClient(server.port, timeout_s=30)
    return run_load(lambda body, headers: client.post("/alexa", body, headers).status_code == 200,
                    batches, seconds, server.worker_pids())


def signed(count: int, tag: str, alexa: dict[str, str], ca: FakeAmazonCA) -> list[Request]:
    return make_requests(count, tag, alexa, ca.good, SKILL_ID, onboarding_answers=2)


# ---- history ------------------------------------------------------------------------------------


def time_history(server: SkillServer, store: Store, content: Content, ca: FakeAmazonCA, days: int,
                 people: int) -> dict[str, Any]:
    """Per-turn latency for people with `days` of earlier daily check-ins (seeded straight into the store)."""
    today = datetime.now(UTC).date()
    timings: dict[str, list[float]] = {"launch": [], "progress": [], "checkin_answer": [], "checkin_complete": []}
    spoken_streaks: set[str] = set()
    users = [f"amzn1.ask.account.history-{days}-{n}" for n in range(people)]
    for user_id in users:
        seed_checkins(store, user_id, days_before(today, days), onboarded=True, summaries=120)
    workers = server.worker_pids()
    cpu_before, requests = cpu_seconds(workers), 0
    for user_id in users:
        person = AlexaPerson(HttpClient(server.port), ca.good, content, SKILL_ID, user_id=user_id)

        def timed(kind: str, call: Any, *args: Any, **kw: Any) -> Any:
            start = time.perf_counter()
            said = call(*args, **kw)
            timings[kind].append(time.perf_counter() - start)
            return said

        timed("launch", person.launch)
        timed("progress", person.say, "progress")
        person.say("checkin")
        for value in ("6", "5", "4"):
            timed("checkin_answer", person.say, "rate", number=value)
        person.say("rate", number="7")
        for _ in range(4):
            state = store.load_state(user_id)
            assert state is not None
            if state.activity.awaiting == "trigger":
                break
            person.choose("answer", "answer", "no", "no")
        person.free("stress at work")
        said = timed("checkin_complete", person.free, "a walk")
        while "check-in done" not in said.speech:
            said = person.choose("answer", "answer", "several days", "several_days")
        match = re.search(r"checked in (.+?) in a row", said.speech)
        spoken_streaks.add(match.group(1) if match else "none")
        state = store.load_state(user_id)
        assert state is not None
        stored_rows = len(store.checkins(user_id))
        person.say("stop")
        requests += len(person.history)
    worker_cpu = cpu_seconds(workers) - cpu_before
    return {"days": days, "stored_checkins_per_person": stored_rows,
            "worker_cpu_ms_per_request": round(1000 * worker_cpu / requests, 1),
            "state_summary_days": len(state.profile.checkins),
            "streak_spoken": sorted(spoken_streaks),
            "streak_from_state": streak(state.profile.checkins, today, state.profile.streak_carry),
            **{f"{k}_p50_ms": round(1000 * statistics.median(v), 1) for k, v in timings.items()},
            **{f"{k}_max_ms": round(1000 * max(v), 1) for k, v in timings.items()}}


# ---- one backend --------------------------------------------------------------------------------


def bench_backend(url: str, args: argparse.Namespace, workdir: Path, content: Content,
                  ca: FakeAmazonCA) -> dict[str, Any]:
    alexa = {name: spec.alexa_name for name, spec in content.intents.intents.items()}
    store = Store(url)  # migrate before the workers start (as `aria db upgrade` would)
    origin = CertOrigin(ca.good.chain_pem)
    server = SkillServer(database_url=url, skill_id=SKILL_ID, trust_roots=ca.write_roots(workdir),
                         cert_origin=origin.url, workers=args.workers, extra_env={"PYTHONWARNINGS": "ignore"})
    result: dict[str, Any] = {"load": {}, "history": []}
    try:
        server.start(workdir)
        load(server, [signed(40, f"warm-{t}", alexa, ca) for t in range(4)], 3)
        for users in args.users:
            per_user = int(args.seconds * 400 / users) + 20  # more than the server can answer in time
            batches = [signed(per_user, f"u{users}-{t}", alexa, ca) for t in range(users)]
            result["load"][users] = load(server, batches, args.seconds)
            print(f"  {users:>3} users: {result['load'][users]}", flush=True)
        for days in (1, 120, 730):  # 120: the state's summary window is full; beyond it nothing grows
            result["history"].append(time_history(server, store, content, ca, days, args.history_people))
            print(f"  history {days} days: {result['history'][-1]}", flush=True)
    finally:
        server.stop()
        origin.close()
        store.close()
    return result


def machine() -> dict[str, str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    pg = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return {"nproc": str(os.cpu_count()), "cpu": cpu, "python": platform.python_version(),
            "postgresql": pg[-1].parent.parent.name if pg else "none",
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--users", default="1,10,50")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--history-people", type=int, default=10)
    args = parser.parse_args()
    args.users = [int(u) for u in args.users.split(",")]
    content = default_content()
    ca = make_test_ca()
    results: dict[str, Any] = {"machine": machine(), "workers": args.workers, "seconds": args.seconds}
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for backend in args.backends.split(","):
            print(f"{backend}:", flush=True)
            if backend == "sqlite":
                (workdir / "sqlite").mkdir()
                results[backend] = bench_backend(f"sqlite:///{workdir / 'sqlite' / 'aria.db'}", args,
                                                 workdir / "sqlite", content, ca)
            else:
                with postgres_cluster(workdir) as url:
                    (workdir / "pgsite").mkdir()
                    results[backend] = bench_backend(url, args, workdir / "pgsite", content, ca)
    print(json.dumps(results, indent=2, default=str))
    print("\n| backend | users | requests/s | p50 ms | p99 ms | max ms | errors | worker CPU ms/request | load avg |\n"
          "|---|---|---|---|---|---|---|---|---|")
    for backend in args.backends.split(","):
        for users, r in results[backend]["load"].items():
            print(f"| {backend} | {users} | {r['rps']} | {r['p50_ms']} | {r['p99_ms']} | {r['max_ms']} | "
                  f"{r['errors']} | {r['worker_cpu_ms_per_request']} | {r['loadavg_1min']} |")
    print("\n| backend | history | launch p50 ms | progress p50 ms | check-in answer p50 ms | "
          "check-in complete p50 ms | worker CPU ms/request | streak spoken |\n|---|---|---|---|---|---|---|---|")
    for backend in args.backends.split(","):
        for h in results[backend]["history"]:
            print(f"| {backend} | {h['days']} days | {h['launch_p50_ms']} | {h['progress_p50_ms']} | "
                  f"{h['checkin_answer_p50_ms']} | {h['checkin_complete_p50_ms']} | {h['worker_cpu_ms_per_request']} | "
                  f"{', '.join(h['streak_spoken'])} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
