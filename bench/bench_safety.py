"""Safety screen speed: throughput (utterances/s on one core) and per-call latency.

Run: .venv/bin/python bench/bench_safety.py [--repeat 40] [--core 0]
Inputs are the labelled corpus (tests/safety/corpus.tsv) plus the shared development set when present,
repeated. screen() keeps no cache, so a repeat costs what the first pass cost. The process is pinned to
one core (--core, -1 to leave it free) and runs one thread. Throughput is utterances per second of this
thread's CPU time (other load on the machine does not count against the screen); wall-clock throughput is
printed beside it. Latency per call is the thread's CPU time too; p99 of a busy machine's wall clock is
mostly the scheduler.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach import safety_gate, safety_normalise  # noqa: E402
from coach.safety import screen  # noqa: E402
from coach.safety_normalise import normalise  # noqa: E402
from coach.safety_patterns import detect  # noqa: E402
from tests.safety.corpus import CORPUS, DEV_SET, read_corpus  # noqa: E402

TARGET = 20_000


def corpus() -> tuple[list[str], list[str]]:
    rows = read_corpus(CORPUS) + (read_corpus(DEV_SET) if DEV_SET.exists() else [])
    flagged = [r.text for r in rows if r.expected]
    quiet = [r.text for r in rows if not r.expected]
    return flagged, quiet


def throughput(texts: list[str], repeat: int) -> tuple[float, float, float]:
    """Utterances per second over `repeat` passes: (median pass, best pass) by this thread's CPU time, and
    the whole run by the wall clock. The best pass is the one least disturbed by other work on the machine."""
    rates: list[float] = []
    w0 = time.perf_counter()
    for _ in range(repeat):
        c0 = time.thread_time()
        for text in texts:
            screen(text)
        rates.append(len(texts) / (time.thread_time() - c0))
    wall = repeat * len(texts) / (time.perf_counter() - w0)
    return statistics.median(rates), max(rates), wall


def latencies(texts: list[str], repeat: int) -> list[float]:
    out: list[float] = []
    clock = time.thread_time_ns
    for _ in range(repeat):
        for text in texts:
            t0 = clock()
            screen(text)
            out.append((clock() - t0) / 1000)
    return out


def row(name: str, texts: list[str], repeat: int) -> str:
    median_rate, best_rate, wall_rate = throughput(texts, repeat)
    lat = latencies(texts, max(1, repeat // 4))
    q = statistics.quantiles(lat, n=100)
    return (f"| {name} | {len(texts)} x {repeat} | {median_rate:,.0f} | {best_rate:,.0f} | {wall_rate:,.0f} | "
            f"{statistics.median(lat):.1f} | {q[98]:.1f} | {max(lat):.0f} |")


def cold_words(texts: list[str], repeat: int) -> str:
    """Worst case for the pre-filters: what each word opens is forgotten before every call, as if every
    utterance were made of words never heard before."""
    timings: list[float] = []
    for _ in range(repeat):
        for text in texts:
            safety_gate.forget_words()  # every index's and gate's per-word memory
            safety_normalise._PIECES.clear()  # what each piece of text becomes
            t0 = time.thread_time_ns()
            screen(text)
            timings.append((time.thread_time_ns() - t0) / 1000)
    q = statistics.quantiles(timings, n=100)
    return (f"| whole corpus, word memory cleared before every call | {len(texts)} x {repeat} | "
            f"{1e6 / statistics.mean(timings):,.0f} (mean) | | | {statistics.median(timings):.1f} | "
            f"{q[98]:.1f} | {max(timings):.0f} |")


def stages(texts: list[str], repeat: int) -> str:
    norms = [normalise(t) for t in texts]
    c0 = time.thread_time()
    for _ in range(repeat):
        for t in texts:
            normalise(t)
    c1 = time.thread_time()
    for _ in range(repeat):
        for n in norms:
            detect(n)
    c2 = time.thread_time()
    n = repeat * len(texts)
    return (f"per call, all utterances: normalise {1e6 * (c1 - c0) / n:.1f} us, "
            f"detect {1e6 * (c2 - c1) / n:.1f} us, rest of screen() is building the reply")


def reference_ms() -> float:
    """CPU time of a fixed pure-Python loop, best of five: compare it across runs to see how much the rest
    of the machine (a busy sibling core) slowed this one down."""
    best = float("inf")
    for _ in range(5):
        c0 = time.thread_time()
        total = 0
        for i in range(1_000_000):
            total += i & 7
        best = min(best, time.thread_time() - c0)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--core", type=int, default=0, help="CPU to pin to; -1: do not pin")
    args = parser.parse_args()
    if args.core >= 0 and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.core})
    c0 = time.perf_counter()
    screen("i want to stop my xanax")  # first call: loads content/safety.yaml
    first_ms = (time.perf_counter() - c0) * 1000
    flagged, quiet = corpus()
    everything = flagged + quiet
    throughput(everything, 2)  # warm-up
    print(f"Python {platform.python_version()}, {platform.machine()}, {platform.system()}, "
          f"{os.cpu_count()} CPUs, pinned to {'core ' + str(args.core) if args.core >= 0 else 'none'}")
    print(f"first screen() call (loads safety.yaml): {first_ms:.1f} ms; reference loop: {reference_ms():.0f} ms; "
          f"load average {os.getloadavg()[0]:.1f}")
    print("| utterances | count | utt/s CPU, median pass | utt/s CPU, best pass | utt/s wall | p50 us | p99 us "
          "| max us |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    print(row("whole corpus", everything, args.repeat))
    print(row("flagged only", flagged, args.repeat))
    print(row("no flag (hard negatives)", quiet, args.repeat))
    print(cold_words(everything, max(1, args.repeat // 8)))
    print(stages(everything, max(1, args.repeat // 4)))
    median_rate, best_rate, _ = throughput(everything, args.repeat)
    print(f"target >= {TARGET:,} utt/s on one core: median pass {median_rate:,.0f} "
          f"({'met' if median_rate >= TARGET else 'NOT met'}), best pass {best_rate:,.0f}")


if __name__ == "__main__":
    main()
