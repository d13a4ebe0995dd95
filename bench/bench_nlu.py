"""Intent matcher latency: build time, and match() p50/p99 on utterances it has never seen.

Run: .venv/bin/python bench/bench_nlu.py [--count 5000] [--seed 7]
Inputs are the content's own phrases, perturbed the way recognizers and people perturb them (a dropped
word, a misheard word, a filler, an extra word), each one distinct, so the caches see no repeats of a
whole utterance. "cold caches" clears every cache before each call: the worst case after start-up.
Timings are the thread's CPU time per call, so other load on the machine does not inflate them.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach import nlu  # noqa: E402
from coach.content import default_content  # noqa: E402
from coach.nlu import IntentMatcher  # noqa: E402

EXTRA = ["really", "now", "please", "um", "okay", "so", "today", "again", "right", "like", "purple", "banana"]


def perturb(phrase: str, rng: random.Random) -> str:
    words = phrase.split()
    kind = rng.randrange(5)
    if kind == 0 and len(words) > 2:
        del words[rng.randrange(len(words))]
    elif kind == 1:
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 3:
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + rng.choice("aeiourstn") + w[j + 1:]
    elif kind == 2:
        words.insert(rng.randrange(len(words) + 1), rng.choice(EXTRA))
    elif kind == 3:
        words.append(rng.choice(EXTRA))
    return " ".join(words)


def inputs(matcher: IntentMatcher, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    phrases = matcher.phrases()
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        text = perturb(rng.choice(phrases), rng)
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


def clear_caches(matcher: IntentMatcher) -> None:
    nlu._align.cache_clear()
    nlu._word_cost.cache_clear()
    matcher._close.clear()
    matcher._capture_cache.clear()


def measure(matcher: IntentMatcher, texts: list[str], cold: bool) -> tuple[list[float], int]:
    timings: list[float] = []
    matched = 0
    for text in texts:
        if cold:
            clear_caches(matcher)
        # CPU time of this thread: the machine may be busy with other work, which is not the matcher's cost.
        t0 = time.thread_time()
        match = matcher.match(text)
        timings.append((time.thread_time() - t0) * 1000)
        matched += match is not None and match.score >= 0.75
    return timings, matched


def row(name: str, timings: list[float], matched: int) -> str:
    q = statistics.quantiles(timings, n=100)
    return (f"| {name} | {len(timings)} | {statistics.median(timings):.3f} | {q[98]:.3f} | {max(timings):.2f} | "
            f"{100 * matched / len(timings):.0f}% |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    content = default_content()
    t0 = time.perf_counter()
    matcher = IntentMatcher(content)
    build_ms = (time.perf_counter() - t0) * 1000
    texts = inputs(matcher, args.count, args.seed)
    measure(matcher, texts[:200], cold=False)  # warm-up: imports, first-use allocations
    warm = measure(matcher, texts, cold=False)
    cold = measure(matcher, texts[: max(200, args.count // 10)], cold=True)
    print(f"Python {platform.python_version()}, {platform.machine()}, {platform.system()}")
    print(f"build: {build_ms:.0f} ms, {len(matcher.phrases())} phrases")
    print("| setup | utterances | p50 ms | p99 ms | max ms | matched >= 0.75 |")
    print("| --- | --- | --- | --- | --- | --- |")
    print(row("distinct perturbed utterances", *warm))
    print(row("same, cold caches every call", *cold))


if __name__ == "__main__":
    main()
