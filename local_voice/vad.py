"""Where an utterance starts and ends: an energy endpointer over 30 ms frames.

The noise floor adapts (slowly up, quickly down), so a quiet room and a noisy one both work; an utterance
starts after a few loud frames and ends after `hangover_s` of quiet. A little audio from before the start
(pre-roll) is kept so the first consonant is not cut off.
"""

from __future__ import annotations

import array
import math
from collections import deque
from dataclasses import dataclass, field

from local_voice.audio_in import FRAME_SECONDS


def frame_rms(frame: bytes) -> float:
    samples = array.array("h")
    samples.frombytes(frame[: len(frame) - len(frame) % 2])
    if not samples:
        return 0.0
    return math.sqrt(sum(s * s for s in samples) / len(samples))


@dataclass
class SpeechEvent:
    kind: str  # "start" | "speech" | "end"
    audio: bytes = b""  # "start": pre-roll + first frames; "speech": this frame; "end": nothing


@dataclass
class Endpointer:
    hangover_s: float = 0.6
    start_frames: int = 3
    preroll_s: float = 0.3
    min_rms: float = 250.0  # never call quieter than this speech (16-bit scale)
    floor_ratio: float = 4.0  # speech is this many times louder than the noise floor
    max_utterance_s: float = 20.0
    floor: float = 60.0
    in_speech: bool = False
    speech_frames: int = 0  # loud frames in the current utterance
    _quiet: int = 0
    _loud_run: int = 0
    _length: int = 0
    _history: deque[bytes] = field(default_factory=deque)

    @property
    def threshold(self) -> float:
        return max(self.min_rms, self.floor * self.floor_ratio)

    def feed(self, frame: bytes) -> SpeechEvent | None:
        rms = frame_rms(frame)
        loud = rms >= self.threshold
        if not loud:  # learn the room only from quiet frames
            self.floor = rms if rms < self.floor else self.floor * 0.995 + rms * 0.005
        if not self.in_speech:
            self._history.append(frame)
            keep = int(self.preroll_s / FRAME_SECONDS) + self.start_frames
            while len(self._history) > keep:
                self._history.popleft()
            self._loud_run = self._loud_run + 1 if loud else 0
            if self._loud_run >= self.start_frames:
                self.in_speech = True
                self.speech_frames = self._loud_run
                self._quiet = 0
                self._length = len(self._history)
                audio = b"".join(self._history)
                self._history.clear()
                return SpeechEvent("start", audio)
            return None
        self._length += 1
        if loud:
            self.speech_frames += 1
            self._quiet = 0
        else:
            self._quiet += 1
        if self._quiet * FRAME_SECONDS >= self.hangover_s or self._length * FRAME_SECONDS >= self.max_utterance_s:
            self.reset()
            return SpeechEvent("end", frame)
        return SpeechEvent("speech", frame)

    @property
    def trailing_quiet_s(self) -> float:
        """How long the current utterance has been quiet (the end of speech lies this far back)."""
        return self._quiet * FRAME_SECONDS

    def reset(self) -> None:
        self.in_speech = False
        self.speech_frames = 0
        self._quiet = 0
        self._loud_run = 0
        self._length = 0
        self._history.clear()
