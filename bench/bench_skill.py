"""Alexa endpoint under gunicorn: requests/s and p50/p99 latency, the coach against a hello-world baseline.

Run: .venv/bin/python bench/bench_skill.py [--seconds 15] [--concurrency 4] [--workers 2]

Both targets run the same way: gunicorn (sync workers), the same Flask blueprint, Alexa request
verification ON (a test CA's chain served by a local fetcher, so after the first request the cert comes
from the cache; every request still has its RSA signature, application id and timestamp checked).
"hello" is a minimal ask-sdk-core skill that answers every request with one sentence; "coach" is the
real skill: engine, safety screen, SQLite store, state loaded and saved on every request.
Requests are signed before the clock starts; each client thread plays whole conversations for its own
people (launch, onboarding answers, a craving with ratings and "next", a check-in answer, stop).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SKILL_ID = "amzn1.ask.skill.00000000-bench-aria-0000-000000000000"


# ---- the app gunicorn loads -------------------------------------------------------------------


def bench_app(kind: str) -> Any:
    """gunicorn 'bench.bench_skill:bench_app("coach")': verification on, chain served from a local file."""
    from flask import Flask

    from skill.app import SkillSettings, create_skill_blueprint, create_verifier

    chain = Path(os.environ["ARIA_BENCH_CHAIN"]).read_bytes()
    settings = SkillSettings.from_env()
    assert settings.verify, "the bench measures with verification on"
    if kind == "coach":
        from coach.serve_cli import create_app

        return create_app(settings=settings, fetcher=lambda url: chain)
    from skill.hello import build_hello_skill

    app = Flask("hello")
    app.register_blueprint(create_skill_blueprint(build_hello_skill(),
                                                  create_verifier(settings, fetcher=lambda url: chain)))
    app.add_url_rule("/healthz", "healthz", lambda: ("ok", 200))
    return app


# ---- the load -------------------------------------------------------------------------------


def conversation(alexa: dict[str, str]) -> list[tuple[str, dict[str, str] | None]]:
    """(request kind or Alexa intent name, slots) for one person's session."""
    steps: list[tuple[str, dict[str, str] | None]] = [("launch", None)]
    steps += [(alexa["no"], None)] * 3  # onboarding questions
    steps += [(alexa["craving"], None), (alexa["rate"], {"number": "7"})]
    steps += [(alexa["next"], None)] * 4
    steps += [(alexa["rate"], {"number": "4"}), (alexa["checkin"], None), (alexa["rate"], {"number": "5"}),
              (alexa["free_text"], {"text": "tired but okay"}), (alexa["progress"], None), (alexa["stop"], None),
              ("end", None)]
    return steps


def make_requests(count: int, thread: int, alexa: dict[str, str], signer: Any) -> list[tuple[bytes, dict[str, str]]]:
    from tests.skill.alexa_ca import alexa_request, body_of, intent, launch

    out: list[tuple[bytes, dict[str, str]]] = []
    person = 0
    while len(out) < count:
        person += 1
        user, session = f"amzn1.ask.account.bench-{thread}-{person}", f"amzn1.echo-api.session.{thread}-{person}"
        for name, slots in conversation(alexa):
            kw = {"skill_id": SKILL_ID, "user_id": user, "session_id": session}
            if name == "launch":
                env = launch(**kw)
            elif name == "end":
                env = alexa_request({"type": "SessionEndedRequest", "reason": "USER_INITIATED"}, **kw)
            else:
                env = intent(name, slots, **kw)
            body = body_of(env)
            out.append((body, signer.headers(body)))
            if len(out) >= count:
                break
    return out


def run_load(port: int, batches: list[list[tuple[bytes, dict[str, str]]]], seconds: float) -> dict[str, Any]:
    latencies: list[list[float]] = [[] for _ in batches]
    errors = [0] * len(batches)
    deadline = time.perf_counter() + seconds

    def worker(i: int) -> None:
        for body, headers in batches[i]:
            if time.perf_counter() >= deadline:
                return
            start = time.perf_counter()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                conn.request("POST", "/alexa", body=body, headers=headers)
                resp = conn.getresponse()
                resp.read()
                conn.close()
                ok = resp.status == 200
            except OSError:
                ok = False
            latencies[i].append(time.perf_counter() - start)
            if not ok:
                errors[i] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(batches))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    all_lat = sorted(x for lat in latencies for x in lat)
    n = len(all_lat)
    return {
        "requests": n, "errors": sum(errors), "seconds": round(elapsed, 2),
        "rps": round(n / elapsed, 1),
        "p50_ms": round(1000 * statistics.median(all_lat), 2) if n else None,
        "p99_ms": round(1000 * all_lat[min(n - 1, int(n * 0.99))], 2) if n else None,
        "max_ms": round(1000 * all_lat[-1], 2) if n else None,
    }


def worker_pids(master: int) -> list[int]:
    """gunicorn's worker processes (children of the master), read from /proc."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == master:
                pids.append(int(entry.name))
    return pids


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(port: int, proc: subprocess.Popen[bytes], timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not become ready")


def bench_target(kind: str, args: argparse.Namespace, env: dict[str, str], alexa: dict[str, str],
                 signer: Any) -> dict[str, Any]:
    port = free_port()
    cmd = [str(Path(sys.executable).parent / "gunicorn"), "--chdir", str(ROOT), "-w", str(args.workers), "-b",
           f"127.0.0.1:{port}", "--log-level", "warning", f'bench.bench_skill:bench_app("{kind}")']
    proc = subprocess.Popen(cmd, env=env)
    try:
        wait_ready(port, proc)
        per_thread = int(args.seconds * 1500 / args.concurrency) + 200  # more than can be sent in time
        # /healthz answers as soon as one worker is up; the others may still be importing the app (seconds of
        # CPU each), so warm up long enough that every worker is serving before the clock starts.
        warm = [make_requests(1500, 1000 + t, alexa, signer) for t in range(args.concurrency)]
        run_load(port, warm, 10)
        batches = [make_requests(per_thread, t, alexa, signer) for t in range(args.concurrency)]
        # Requests must be fresh (150 s window), so the signing above must not take longer than that.
        workers = worker_pids(proc.pid)
        cpu_before = sum(cpu_seconds(pid) for pid in workers)
        result = run_load(port, batches, args.seconds)
        cpu = sum(cpu_seconds(pid) for pid in workers) - cpu_before
        # CPU per request is what the app costs whatever else the machine is doing; requests/s is not.
        result["worker_cpu_ms_per_request"] = round(1000 * cpu / max(1, result["requests"]), 3)
        return result
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    from coach.content import default_content
    from tests.skill.alexa_ca import make_test_ca

    content = default_content()
    alexa = {name: spec.alexa_name for name, spec in content.intents.intents.items()}
    ca = make_test_ca()
    with tempfile.TemporaryDirectory() as tmp:
        roots, chain = Path(tmp, "roots.pem"), Path(tmp, "chain.pem")
        roots.write_bytes(ca.root_pem)
        chain.write_bytes(ca.good.chain_pem)
        env = dict(os.environ, ARIA_SKILL_ID=SKILL_ID, ARIA_ALEXA_TRUST_ROOTS=str(roots),
                   ARIA_BENCH_CHAIN=str(chain), ARIA_DATA_DIR=tmp, ARIA_VERIFY_ALEXA="1",
                   ARIA_INSECURE_SKIP_ALEXA_VERIFICATION="")
        env.pop("ARIA_DATABASE_URL", None)
        from coach.store import Store

        Store(f"sqlite:///{Path(tmp) / 'aria.db'}").close()  # what `aria db upgrade` does, before the workers start
        results = {kind: bench_target(kind, args, env, alexa, ca.good) for kind in ("hello", "coach")}
    ratio = results["coach"]["rps"] / results["hello"]["rps"] if results["hello"]["rps"] else 0.0
    report = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
              "gunicorn_workers": args.workers, "concurrency": args.concurrency, "seconds": args.seconds,
              **results, "coach_vs_hello_throughput": round(ratio, 3)}
    print(json.dumps(report, indent=2))
    print()
    print("| target | requests/s | p50 ms | p99 ms | errors | worker CPU ms/request |")
    print("|---|---|---|---|---|---|")
    for kind in ("hello", "coach"):
        r = results[kind]
        print(f"| {kind} | {r['rps']} | {r['p50_ms']} | {r['p99_ms']} | {r['errors']} | "
              f"{r['worker_cpu_ms_per_request']} |")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    print(f"\ncoach throughput = {ratio:.0%} of hello (target >= 70%); coach p99 {results['coach']['p99_ms']} ms "
          f"(target < 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
