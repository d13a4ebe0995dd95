"""Where the person's voice comes from: the default microphone, or recorded WAV files.

Everything downstream sees one format: 16 kHz mono signed 16-bit little-endian PCM in 30 ms frames.
`read(speaking)` is told whether Aria is talking so a scripted source can behave like a polite person
(wait for Aria to finish) or an interrupting one (talk over her after a delay).
"""

from __future__ import annotations

import contextlib
import queue
import random
import shutil
import struct
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

SAMPLE_RATE = 16000
FRAME_SAMPLES = 480  # 30 ms
FRAME_BYTES = FRAME_SAMPLES * 2
FRAME_SECONDS = FRAME_SAMPLES / SAMPLE_RATE
# Recognizers compute log energies: pure digital zeros are not how a room sounds and hurt PocketSphinx.
NOISE_AMPLITUDE = 24


class AudioInputError(Exception):
    """Audio input that cannot be used; the message is one sentence saying what to do."""


class AudioSource(Protocol):
    def read(self, speaking: bool = False) -> bytes | None:
        """The next frame (FRAME_BYTES), or None when the input has ended."""
        ...

    def close(self) -> None: ...


def room_noise(seconds: float, seed: int = 0) -> bytes:
    """Quiet, deterministic background noise (about -60 dBFS)."""
    rng = random.Random(seed)
    n = int(round(seconds * SAMPLE_RATE))
    return struct.pack(f"<{n}h", *(int(rng.gauss(0, NOISE_AMPLITUDE)) for _ in range(n)))


_NOISE_FRAMES: list[bytes] = []


def noise_frame(seed: int) -> bytes:
    """One 30 ms frame of room noise from a fixed pool: making fresh Gaussian noise for every frame of a
    long reply cost half the run time of a scripted conversation."""
    if not _NOISE_FRAMES:
        _NOISE_FRAMES.extend(room_noise(FRAME_SECONDS, i) for i in range(97))
    return _NOISE_FRAMES[seed % len(_NOISE_FRAMES)]


def load_wav_16k(path: str | Path) -> bytes:
    """Any audio file sox reads, as 16 kHz mono 16-bit PCM. `-R` makes sox's dither repeatable."""
    path = Path(path)
    if not path.is_file():
        raise AudioInputError(f"No audio file at {path}: check the path given to --wav.")
    sox = shutil.which("sox")
    if sox is None:
        raise AudioInputError("The sox program is missing: install it (sudo apt-get install sox) to read WAV files.")
    proc = subprocess.run([sox, "-R", str(path), "-t", "raw", "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16",
                           "-e", "signed-integer", "-L", "-"], capture_output=True, check=False)
    if proc.returncode != 0:
        reason = proc.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["unknown error"]
        raise AudioInputError(f"Could not read {path} as audio ({reason[0]}): give a WAV file.")
    return proc.stdout


def frames_of(pcm: bytes) -> list[bytes]:
    pad = (-len(pcm)) % FRAME_BYTES
    pcm = pcm + b"\x00" * pad
    return [pcm[i:i + FRAME_BYTES] for i in range(0, len(pcm), FRAME_BYTES)]


# ---- scripted input: recorded utterances with silences between them ------------------------------


@dataclass(frozen=True)
class Utterance:
    """One recorded thing the person says.

    gap_s: silence before it, counted only while Aria is quiet (a polite speaker waits for her).
    over_aria_after_s: if set, the person talks over Aria this many seconds after she starts speaking.
    """

    pcm: bytes
    gap_s: float = 0.6
    over_aria_after_s: float | None = None
    label: str = ""


@dataclass(frozen=True)
class Silence:
    """The person says nothing for this long once Aria is quiet (used to reach the silence timeout)."""

    seconds: float


ScriptItem = Utterance | Silence


class ScriptedSource:
    """Plays a script of utterances into the loop, timed by frames, never by the wall clock."""

    def __init__(self, items: Iterable[ScriptItem], tail_s: float = 1.5, seed: int = 1) -> None:
        self._items = list(items)
        self._pending: list[bytes] = []
        self._tail_s = tail_s
        self._noise_seed = seed
        self._quiet_frames = 0
        self._speaking_frames = 0
        self._finished = False
        self._talking = False  # the pending frames are an utterance (not quiet)

    def _noise_frame(self) -> bytes:
        self._noise_seed += 1
        return noise_frame(self._noise_seed)

    def read(self, speaking: bool = False) -> bytes | None:
        self._speaking_frames = self._speaking_frames + 1 if speaking else 0
        # Quiet means neither Aria nor the person talking: the gap before the next utterance starts counting
        # only after the person's own last utterance has ended.
        self._quiet_frames = 0 if speaking or self._talking else self._quiet_frames + 1
        if self._pending:
            return self._pending.pop(0)
        self._talking = False
        if not self._items:
            if self._finished:
                return None
            self._finished = True
            self._pending = [self._noise_frame() for _ in range(int(self._tail_s / FRAME_SECONDS))]
            return self._pending.pop(0) if self._pending else None
        item = self._items[0]
        if isinstance(item, Silence):
            if speaking:  # a silent listener lets Aria finish; the silence counts from there
                return self._noise_frame()
            self._items.pop(0)
            n = int(round(item.seconds / FRAME_SECONDS))
            self._pending = [self._noise_frame() for _ in range(n)]
            return self._noise_frame()
        due = (speaking and item.over_aria_after_s is not None
               and self._speaking_frames * FRAME_SECONDS >= item.over_aria_after_s) or \
              (not speaking and self._quiet_frames * FRAME_SECONDS >= item.gap_s)
        if due:
            self._items.pop(0)
            self._pending = _with_noise_floor(frames_of(item.pcm), self._noise_seed)
            self._talking = True
            return self._pending.pop(0)
        return self._noise_frame()

    def close(self) -> None:
        self._items.clear()
        self._pending.clear()


def _with_noise_floor(frames: list[bytes], seed: int) -> list[bytes]:
    """Recorded files often start and end in digital silence: give it the room's noise instead."""
    out = []
    for i, frame in enumerate(frames):
        if frame.count(0) == len(frame):
            frame = noise_frame(seed * 7919 + i)
        out.append(frame)
    return out


def wav_script(paths: Sequence[str | Path], gap_s: float = 1.2) -> ScriptedSource:
    """The files as a polite person says them: each after `gap_s` of quiet (longer than the endpointer's
    hangover, or two utterances would run together into one)."""
    return ScriptedSource([Utterance(load_wav_16k(p), gap_s=gap_s, label=str(p)) for p in paths])


# ---- the microphone -----------------------------------------------------------------------------------


def _import_sounddevice() -> Any:
    try:
        import sounddevice
    except OSError:  # sounddevice raises OSError when the PortAudio library itself is missing
        raise AudioInputError("The PortAudio library is missing: install it (sudo apt-get install libportaudio2), "
                              "or use --wav FILE or --text.") from None
    except ImportError:
        raise AudioInputError("The sounddevice package is missing: reinstall Coach Aria (pip install -e .), "
                              "or use --wav FILE or --text.") from None
    return sounddevice


class MicrophoneSource:
    """The default input device, 16 kHz mono, in 30 ms frames."""

    def __init__(self, device: int | str | None = None, sd: Any | None = None) -> None:
        self._sd = sd or _import_sounddevice()
        self._frames: queue.Queue[bytes] = queue.Queue(maxsize=2000)
        try:
            info = self._sd.query_devices(device, kind="input")
        except Exception:  # PortAudioError / ValueError: no input device at all
            raise AudioInputError("No microphone found: plug one in, or use --wav FILE or --text.") from None
        if not info or int(info.get("max_input_channels", 0)) < 1:
            raise AudioInputError("No microphone found: plug one in, or use --wav FILE or --text.")
        try:
            self._stream = self._sd.RawInputStream(samplerate=SAMPLE_RATE, channels=1, dtype="int16",
                                                   blocksize=FRAME_SAMPLES, device=device, callback=self._callback)
            self._stream.start()
        except Exception as exc:
            raise AudioInputError(f"The microphone could not be opened ({exc}): check that no other program holds "
                                  "it, or use --wav FILE or --text.") from None

    def _callback(self, indata: Any, frames: int, time: Any, status: Any) -> None:
        # If the loop stalls, dropping audio beats unbounded memory.
        with contextlib.suppress(queue.Full):
            self._frames.put_nowait(bytes(indata))

    def read(self, speaking: bool = False) -> bytes | None:
        try:
            frame = self._frames.get(timeout=3.0)
        except queue.Empty:
            raise AudioInputError("The microphone stopped sending audio: check that it is still plugged in.") from None
        if len(frame) < FRAME_BYTES:
            frame = frame + b"\x00" * (FRAME_BYTES - len(frame))
        return frame[:FRAME_BYTES]

    def close(self) -> None:
        try:
            self._stream.stop()
            self._stream.close()
        except Exception:  # closing a device that vanished must not crash the goodbye
            pass
