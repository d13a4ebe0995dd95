"""What the Alexa endpoint benches share: the conversation each virtual user plays, signed requests for
it, a closed-loop load runner and the CPU accounting of gunicorn's workers.

bench_skill.py (coach against a hello-world baseline) and bench_load.py (1-50 users, SQLite and PostgreSQL,
history growth) both drive the server with these, so their figures are comparable.
"""

from __future__ import annotations

import os
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

Request = tuple[bytes, dict[str, str]]
Step = tuple[str, dict[str, str] | None]


class Signer(Protocol):
    def headers(self, body: bytes) -> dict[str, str]: ...


def conversation(alexa: dict[str, str], onboarding_answers: int = 3) -> list[Step]:
    """(request kind or Alexa intent name, slots) for one person's session: launch, onboarding answers,
    a craving rated before and after an exercise, a check-in answer, a free-text note, progress, stop."""
    steps: list[Step] = [("launch", None)]
    steps += [(alexa["no"], None)] * onboarding_answers
    steps += [(alexa["craving"], None), (alexa["rate"], {"number": "7"})]
    steps += [(alexa["next"], None)] * 4
    steps += [(alexa["rate"], {"number": "4"}), (alexa["checkin"], None), (alexa["rate"], {"number": "5"}),
              (alexa["free_text"], {"text": "tired but okay"}), (alexa["progress"], None), (alexa["stop"], None),
              ("end", None)]
    return steps


def make_requests(count: int, tag: str, alexa: dict[str, str], signer: Signer, skill_id: str, *,
                  onboarding_answers: int = 3) -> list[Request]:
    """`count` signed request bodies with headers: whole conversations, each for a new person."""
    from tests.skill.alexa_ca import alexa_request, body_of, intent, launch

    out: list[Request] = []
    person = 0
    while len(out) < count:
        person += 1
        kw = {"skill_id": skill_id, "user_id": f"amzn1.ask.account.bench-{tag}-{person}",
              "session_id": f"amzn1.echo-api.session.{tag}-{person}"}
        for name, slots in conversation(alexa, onboarding_answers):
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


def percentile(sorted_values: list[float], q: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * q))]


def worker_pids(master: int) -> list[int]:
    """gunicorn's worker processes: the master's children."""
    try:
        return [int(p) for p in Path(f"/proc/{master}/task/{master}/children").read_text().split()]
    except OSError:
        return []


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of these processes so far. The machine may be shared: CPU per request is
    the figure that depends least on what else runs, requests/s the one that depends most."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / os.sysconf("SC_CLK_TCK")


def run_load(post: Callable[[bytes, dict[str, str]], bool], batches: list[list[Request]], seconds: float,
             workers: list[int], latencies_out: list[float] | None = None) -> dict[str, Any]:
    """One thread per batch sends its requests back to back (closed loop, no think time) until `seconds`
    pass; `post` returns whether the answer was a 200. Latency, throughput and the workers' CPU (each
    request's seconds are also appended to `latencies_out` when given, to pool several runs)."""
    latencies: list[list[float]] = [[] for _ in batches]
    errors = [0] * len(batches)
    cpu_before = cpu_seconds(workers)
    deadline = time.perf_counter() + seconds

    def user(i: int) -> None:
        for body, headers in batches[i]:
            if time.perf_counter() >= deadline:
                return
            start = time.perf_counter()
            try:
                ok = post(body, headers)
            except OSError:
                ok = False
            latencies[i].append(time.perf_counter() - start)
            errors[i] += 0 if ok else 1

    started = time.perf_counter()
    threads = [threading.Thread(target=user, args=(i,)) for i in range(len(batches))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    worker_cpu = cpu_seconds(workers) - cpu_before
    values = sorted(x for lat in latencies for x in lat)
    if latencies_out is not None:
        latencies_out.extend(values)
    n = max(1, len(values))
    exhausted = any(len(lat) == len(batch) for lat, batch in zip(latencies, batches, strict=True))
    return {"requests": len(values), "errors": sum(errors), "seconds": round(elapsed, 2),
            "rps": round(len(values) / elapsed, 1),
            "p50_ms": round(1000 * statistics.median(values), 2) if values else None,
            "p99_ms": round(1000 * percentile(values, 0.99), 2) if values else None,
            "max_ms": round(1000 * values[-1], 2) if values else None,
            "ran_out_of_requests": exhausted,
            "worker_cpu_ms_per_request": round(1000 * worker_cpu / n, 3),
            "loadavg_1min": round(os.getloadavg()[0], 1)}
