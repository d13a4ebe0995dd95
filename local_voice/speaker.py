"""Aria's voice: pyttsx3 (in its own process) makes the audio; it is played so that it can be cut off.

Two players share one interface:
- `LivePlayer` plays each segment with `aplay` (a child process that `stop()` kills) and sleeps for real
  through the exercise pauses (an Event wait that `stop()` also ends);
- `WavWriterPlayer` (`--say-to DIR`) writes one WAV per reply, pauses as real zero samples, and keeps
  "playing" for exactly the audio's length, counted in the input frames the loop reads meanwhile.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

NO_SPEECH = ("No speech library found: install espeak-ng and libespeak-ng1 (sudo apt-get install espeak-ng "
             "libespeak-ng1), or use --text.")


class SpeechOutputError(Exception):
    """Speech output that cannot work; the message is one sentence saying what to do."""


@dataclass(frozen=True)
class SpokenSegment:
    text: str
    pause_s: float = 0.0


class Synthesizer:
    """A long-lived pyttsx3 worker process; `synthesize(text)` returns (16-bit mono PCM, sample rate)."""

    def __init__(self, startup_timeout_s: float = 30.0) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="aria-tts-"))
        self._count = 0
        self._lock = threading.Lock()
        try:
            self._proc = subprocess.Popen([sys.executable, "-m", "local_voice.tts_worker"], stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1,
                                          cwd=str(Path(__file__).resolve().parent.parent))
        except OSError as exc:
            raise SpeechOutputError(f"Could not start the speech process ({exc}): {NO_SPEECH}") from None
        first = self._read_line(startup_timeout_s)
        if not first.get("ready"):
            self.close()
            raise SpeechOutputError(NO_SPEECH)

    def _read_line(self, timeout_s: float) -> dict[str, Any]:
        assert self._proc.stdout is not None
        result: list[str] = []
        reader = threading.Thread(target=lambda: result.append(self._proc.stdout.readline()), daemon=True)  # type: ignore[union-attr]
        reader.start()
        reader.join(timeout_s)
        if not result or not result[0]:
            return {"error": "no answer from the speech process"}
        try:
            return json.loads(result[0])
        except json.JSONDecodeError:
            return {"error": result[0].strip()}

    def synthesize(self, text: str) -> tuple[bytes, int]:
        with self._lock:
            self._count += 1
            path = self._dir / f"seg{self._count}.wav"
            assert self._proc.stdin is not None
            try:
                self._proc.stdin.write(json.dumps({"text": text, "path": str(path)}) + "\n")
                self._proc.stdin.flush()
            except (BrokenPipeError, OSError):
                raise SpeechOutputError(NO_SPEECH) from None
            answer = self._read_line(30.0)
            if not answer.get("ok") or not path.exists():
                raise SpeechOutputError(f"Speech synthesis failed ({answer.get('error', 'no file')}): {NO_SPEECH}")
            with wave.open(str(path), "rb") as w:
                rate, pcm = w.getframerate(), w.readframes(w.getnframes())
            path.unlink(missing_ok=True)
            return pcm, rate

    def close(self) -> None:
        proc = getattr(self, "_proc", None)
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=3)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(self._dir, ignore_errors=True)


def wav_bytes(pcm: bytes, rate: int) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm)
    return buf.getvalue()


def trim_trailing_silence(pcm: bytes, keep_s: float, rate: int) -> bytes:
    """espeak ends every clip with ~0.4 s of zero samples; before an exercise pause that would make the pause
    longer than the content says, so cut them down to `keep_s`."""
    end = len(pcm) - len(pcm) % 2
    while end >= 2 and pcm[end - 2:end] == b"\x00\x00":
        end -= 2
    return pcm[:min(len(pcm) - len(pcm) % 2, end + 2 * int(keep_s * rate))]


def speech_then_pause(pcm: bytes, rate: int, pause_s: float) -> bytes:
    """A segment as played: its speech, then exactly `pause_s` of silence (when it has a pause)."""
    if pause_s <= 0:
        return pcm
    return trim_trailing_silence(pcm, 0.0, rate) + b"\x00\x00" * int(round(pause_s * rate))


def render(synth: Synthesizer, segments: Sequence[SpokenSegment]) -> tuple[bytes, int]:
    """All segments as one recording: speech, then the segment's pause as real silence."""
    parts: list[bytes] = []
    rate = 22050
    for seg in segments:
        if seg.text.strip():
            pcm, rate = synth.synthesize(seg.text)
            parts.append(speech_then_pause(pcm, rate, seg.pause_s))
        elif seg.pause_s > 0:
            parts.append(b"\x00\x00" * int(round(seg.pause_s * rate)))
    return b"".join(parts), rate


class Player(Protocol):
    first_sample_at: float | None  # time.perf_counter() when the first sample of this reply was ready

    @property
    def playing(self) -> bool: ...

    def start(self, segments: Sequence[SpokenSegment], label: str = "") -> None: ...

    def advance(self, seconds: float) -> None: ...

    def stop(self) -> None: ...

    def close(self) -> None: ...


class WavWriterPlayer:
    """`--say-to DIR`: each reply becomes DIR/NNN-aria.wav; its length in input frames is its "playing" time."""

    def __init__(self, directory: str | Path, synth: Synthesizer) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.synth = synth
        self.count = 0
        self.last_path: Path | None = None
        self.last_duration_s = 0.0
        self.first_sample_at: float | None = None
        self._remaining_s = 0.0
        self.stopped_at_s: float | None = None

    @property
    def playing(self) -> bool:
        return self._remaining_s > 1e-9

    def start(self, segments: Sequence[SpokenSegment], label: str = "aria") -> None:
        self.count += 1
        self.first_sample_at = None
        self.stopped_at_s = None
        parts: list[bytes] = []
        rate = 22050
        for seg in segments:
            if seg.text.strip():
                pcm, rate = self.synth.synthesize(seg.text)
                if self.first_sample_at is None:
                    self.first_sample_at = time.perf_counter()
                parts.append(speech_then_pause(pcm, rate, seg.pause_s))
            elif seg.pause_s > 0:
                parts.append(b"\x00\x00" * int(round(seg.pause_s * rate)))
        pcm = b"".join(parts)
        self.last_path = self.directory / f"{self.count:03d}-{label}.wav"
        self.last_path.write_bytes(wav_bytes(pcm, rate))
        self.last_duration_s = len(pcm) / 2 / rate
        self._remaining_s = self.last_duration_s

    def advance(self, seconds: float) -> None:
        self._remaining_s = max(0.0, self._remaining_s - seconds)

    def stop(self) -> None:
        if self.playing:
            self.stopped_at_s = self.last_duration_s - self._remaining_s
        self._remaining_s = 0.0

    def close(self) -> None:
        self.synth.close()


class LivePlayer:
    """Plays through the default sound output with `aplay`, segment by segment, in a background thread."""

    def __init__(self, synth: Synthesizer, aplay: str | None = None) -> None:
        self.synth = synth
        self.aplay = aplay or shutil.which("aplay")
        if not self.aplay:
            raise SpeechOutputError("The aplay program is missing: install alsa-utils (sudo apt-get install "
                                    "alsa-utils), or use --say-to DIR or --text.")
        self._check_output()
        self.first_sample_at: float | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()

    def _check_output(self) -> None:
        probe = subprocess.run([str(self.aplay), "-q", "-"], input=wav_bytes(b"\x00\x00" * 160, 16000),
                               capture_output=True, check=False, timeout=10)
        if probe.returncode != 0:
            raise SpeechOutputError("No sound output found: plug in speakers or headphones, or use --say-to DIR "
                                    "to write Aria's speech to WAV files, or --text.")

    @property
    def playing(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, segments: Sequence[SpokenSegment], label: str = "") -> None:
        self.stop()
        self._stop = threading.Event()
        self.first_sample_at = None
        self._thread = threading.Thread(target=self._run, args=(list(segments), self._stop), daemon=True)
        self._thread.start()

    def _run(self, segments: list[SpokenSegment], stop: threading.Event) -> None:
        for seg in segments:
            if stop.is_set():
                return
            if seg.text.strip():
                pcm, rate = self.synth.synthesize(seg.text)
                if seg.pause_s > 0:  # the pause below is the whole silence, not espeak's tail plus the pause
                    pcm = trim_trailing_silence(pcm, 0.0, rate)
                if stop.is_set():
                    return
                with self._lock:
                    self._proc = subprocess.Popen([str(self.aplay), "-q", "-"], stdin=subprocess.PIPE,
                                                  stderr=subprocess.DEVNULL)
                proc = self._proc
                if self.first_sample_at is None:
                    self.first_sample_at = time.perf_counter()
                try:
                    assert proc.stdin is not None
                    proc.stdin.write(wav_bytes(pcm, rate))
                    proc.stdin.close()
                except (BrokenPipeError, OSError):
                    pass  # stopped while writing
                proc.wait()
            if seg.pause_s > 0 and stop.wait(seg.pause_s):  # a real silence, cut short by stop()
                return

    def advance(self, seconds: float) -> None:
        """Live playback runs on the wall clock."""

    def stop(self) -> None:
        self._stop.set()
        with self._lock:
            if self._proc is not None and self._proc.poll() is None:
                self._proc.kill()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._thread = None

    def close(self) -> None:
        self.stop()
        self.synth.close()


