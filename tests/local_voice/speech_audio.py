"""Real audio for the local voice tests: espeak-ng speaks, sox resamples, and a few measurements.

Utterances are synthesised once per test session into a cache folder (same text -> same file), resampled
with `sox -R` to the 16 kHz mono the loop reads: `-R` makes sox's dither repeatable, so decoding is too.
"""

from __future__ import annotations

import array
import hashlib
import math
import shutil
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

VOICE = "en-us"
RATE_WPM = 140


def need(program: str) -> str:
    path = shutil.which(program)
    if path is None:  # no skip: these tests must really run; say what to install
        raise RuntimeError(f"{program} is missing: apt-get install {program}")
    return path


def speak_to_wav(text: str, folder: Path, rate_wpm: int = RATE_WPM) -> Path:
    """`text` spoken by espeak-ng (voice en-us) as a 16 kHz mono 16-bit WAV in `folder` (cached by text)."""
    folder.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha1(f"{VOICE}|{rate_wpm}|{text}".encode()).hexdigest()[:12]
    out = folder / f"{key}.wav"
    if out.exists():
        return out
    raw = folder / f"{key}-espeak.wav"
    subprocess.run([need("espeak-ng"), "-v", VOICE, "-s", str(rate_wpm), "-w", str(raw), text], check=True,
                   capture_output=True, timeout=60)
    subprocess.run([need("sox"), "-R", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(out)], check=True,
                   capture_output=True, timeout=60)
    raw.unlink()
    return out


def silence_wav(seconds: float, path: Path, rate: int = 16000) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x00\x00" * int(seconds * rate))
    return path


@dataclass(frozen=True)
class Recording:
    rate: int
    samples: array.array

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate

    def rms(self, start_s: float = 0.0, end_s: float | None = None) -> float:
        a = int(start_s * self.rate)
        b = len(self.samples) if end_s is None else int(end_s * self.rate)
        part = self.samples[a:b]
        return math.sqrt(sum(s * s for s in part) / len(part)) if part else 0.0

    def silences(self, window_s: float = 0.02, threshold: int = 1) -> list[tuple[float, float]]:
        """(start, length) of each run where no sample exceeds `threshold`, measured in `window_s` steps."""
        step = max(1, int(window_s * self.rate))
        runs: list[tuple[float, float]] = []
        start: int | None = None
        for i in range(0, len(self.samples), step):
            quiet = max((abs(s) for s in self.samples[i:i + step]), default=0) <= threshold
            if quiet and start is None:
                start = i
            elif not quiet and start is not None:
                runs.append((start / self.rate, (i - start) / self.rate))
                start = None
        if start is not None:
            runs.append((start / self.rate, (len(self.samples) - start) / self.rate))
        return runs


def read_wav(path: Path) -> Recording:
    with wave.open(str(path), "rb") as w:
        assert w.getnchannels() == 1 and w.getsampwidth() == 2, f"{path}: not 16-bit mono"
        samples = array.array("h")
        samples.frombytes(w.readframes(w.getnframes()))
        return Recording(w.getframerate(), samples)
