"""Alexa endpoint under gunicorn: requests/s and p50/p99 latency, the coach against a hello-world baseline.

Run: .venv/bin/python bench/bench_skill.py [--seconds 15] [--rounds 5] [--concurrency 4] [--workers 2]

Both targets run the same way: gunicorn (sync workers), the same Flask blueprint, Alexa request
verification ON (a test CA's chain served by a local fetcher, so after the first request the cert comes
from the cache; every request still has its RSA signature, application id and timestamp checked).
"hello" is a minimal ask-sdk-core skill that answers every request with one sentence; "coach" is the
real skill: engine, safety screen, SQLite store, state loaded and saved on every request.
Requests are signed before the clock starts; each client thread plays whole conversations for its own
people (launch, onboarding answers, a craving with ratings and "next", a check-in answer, stop). Both
servers run side by side and the measured windows alternate between them (--rounds), so a slow minute on
this shared machine weighs on both alike; the report gives the ratio per round too.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.loadgen import make_requests, percentile, run_load, worker_pids  # noqa: E402
from tests.reliability.servers import free_port  # noqa: E402

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


# ---- the load ----------------------------------------------------------------------------------


def post_fresh_connection(port: int) -> Callable[[bytes, dict[str, str]], bool]:
    """A POST over a new connection each time, as Alexa's edge does."""
    def post(body: bytes, headers: dict[str, str]) -> bool:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("POST", "/alexa", body=body, headers=headers)
        resp = conn.getresponse()
        resp.read()
        conn.close()
        return resp.status == 200
    return post


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


class Target:
    """One gunicorn server for `kind`, started and warmed up; `measure` runs one window of load."""

    def __init__(self, kind: str, args: argparse.Namespace, env: dict[str, str], alexa: dict[str, str],
                 signer: Any) -> None:
        self.kind, self.args, self.alexa, self.signer = kind, args, alexa, signer
        self.port = free_port()
        cmd = [str(Path(sys.executable).parent / "gunicorn"), "--chdir", str(ROOT), "-w", str(args.workers), "-b",
               f"127.0.0.1:{self.port}", "--log-level", "warning", f'bench.bench_skill:bench_app("{kind}")']
        self.proc = subprocess.Popen(cmd, env=env)
        self.windows: list[dict[str, Any]] = []
        self.latencies: list[float] = []

    def start(self) -> None:
        wait_ready(self.port, self.proc)
        self.post, self.workers = post_fresh_connection(self.port), worker_pids(self.proc.pid)
        # /healthz answers as soon as one worker is up; the others may still be importing the app (seconds of
        # CPU each), so warm up long enough that every worker is serving before the clock starts.
        warm = [make_requests(1500, f"warm-{t}", self.alexa, self.signer, SKILL_ID)
                for t in range(self.args.concurrency)]
        run_load(self.post, warm, 10, self.workers)

    def measure(self, round_number: int, seconds: float) -> dict[str, Any]:
        per_thread = int(seconds * 1500 / self.args.concurrency) + 200  # more than can be sent in time
        # Signed just before the window (Alexa's 150 s freshness), each round for new people.
        batches = [make_requests(per_thread, f"{round_number}-{t}", self.alexa, self.signer, SKILL_ID)
                   for t in range(self.args.concurrency)]
        result = run_load(self.post, batches, seconds, self.workers, self.latencies)
        self.windows.append(result)
        return result

    def summary(self) -> dict[str, Any]:
        requests = sum(w["requests"] for w in self.windows)
        seconds = sum(w["seconds"] for w in self.windows)
        values = sorted(self.latencies)
        cpu = sum(w["worker_cpu_ms_per_request"] * w["requests"] for w in self.windows) / max(1, requests)
        return {"requests": requests, "errors": sum(w["errors"] for w in self.windows),
                "rps": round(requests / seconds, 1) if seconds else 0.0,
                "p50_ms": round(1000 * statistics.median(values), 2) if values else None,
                "p99_ms": round(1000 * percentile(values, 0.99), 2) if values else None,
                "worker_cpu_ms_per_request": round(cpu, 3),
                "rps_per_window": [w["rps"] for w in self.windows]}

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=15, help="measured seconds per target, in all")
    parser.add_argument("--rounds", type=int, default=5, help="alternating windows per target")
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
        targets = {kind: Target(kind, args, env, alexa, ca.good) for kind in ("hello", "coach")}
        try:
            for target in targets.values():
                target.start()
            # Windows alternate, so whatever else the machine (or its host) does in a given minute weighs on
            # both targets alike; only the target being measured gets requests, the other's workers sit idle.
            ratios = []
            for round_number in range(args.rounds):
                window = args.seconds / args.rounds
                hello = targets["hello"].measure(round_number, window)["rps"]
                coach = targets["coach"].measure(round_number, window)["rps"]
                ratios.append(coach / hello if hello else 0.0)
        finally:
            for target in targets.values():
                target.stop()
    results = {kind: target.summary() for kind, target in targets.items()}
    ratio = results["coach"]["rps"] / results["hello"]["rps"] if results["hello"]["rps"] else 0.0
    report = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
              "gunicorn_workers": args.workers, "concurrency": args.concurrency, "seconds": args.seconds,
              "rounds": args.rounds, **results, "coach_vs_hello_throughput": round(ratio, 3),
              "coach_vs_hello_per_round": [round(r, 3) for r in ratios]}
    print(json.dumps(report, indent=2))
    print()
    print("| target | requests/s | p50 ms | p99 ms | errors | worker CPU ms/request |")
    print("|---|---|---|---|---|---|")
    for kind in ("hello", "coach"):
        r = results[kind]
        print(f"| {kind} | {r['rps']} | {r['p50_ms']} | {r['p99_ms']} | {r['errors']} | "
              f"{r['worker_cpu_ms_per_request']} |")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    print(f"\ncoach throughput = {ratio:.0%} of hello (target >= 70%; per round "
          f"{', '.join(f'{r:.0%}' for r in ratios)}); coach p99 {results['coach']['p99_ms']} ms (target < 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
