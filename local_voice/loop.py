"""The hands-free loop: listen, recognise, run the shared engine, speak; wake phrase, barge-in, timeout.

Time is counted in audio frames, not read from the wall clock, so the same state machine runs live on a
microphone (frames arrive in real time) and on recorded files in tests (frames arrive as fast as read).

States: idle (only the wake phrase, or crisis speech, starts a conversation) and in conversation (every
utterance is a turn; `silence_timeout_s` of quiet ends it politely). While Aria speaks the input keeps
being read: speech from the person for `barge_in_s` cuts her off, and what they said becomes the next turn.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from coach.models import CRISIS_FLAGS, Reply, Turn
from local_voice import wake
from local_voice.audio_in import FRAME_SECONDS, AudioSource
from local_voice.recognizer import Recognition, Recognizer
from local_voice.speaker import Player, SpokenSegment
from local_voice.vad import Endpointer

# Words for the local channel only. A clinician-reviewed prompt of the same key in content/prompts.yaml wins.
DEFAULT_LINES = {
    "voice_fallback_engine": ("I'm using the backup speech recognizer, which understands less. Please use short "
                              "phrases, like \"I'm having a craving\" or \"start my check-in\"."),
    "voice_silence_timeout": ("I haven't heard anything for a while, so I'll stop listening for now. "
                              "Say \"Aria\" whenever you want me."),
}


@dataclass
class LoopConfig:
    user_id: str = "local"
    wake_required: bool = True
    silence_timeout_s: float = 20.0
    hangover_s: float = 0.6
    barge_in_s: float = 0.25
    reminder_every_s: float = 30.0
    announce_fallback: bool = True
    max_reply_seconds: float = 600.0


@dataclass
class Exchange:
    """One thing Aria said and why (a line of transcript.jsonl)."""

    n: int
    turn: str  # launch | utterance | end | notice | timeout | reminder
    heard: str | None = None  # the recognizer's best guess
    accepted: bool | None = None  # False: too weak a match, sent as "not understood"
    sent: str | None = None  # the text the engine saw
    speech: str = ""
    flags: list[str] = field(default_factory=list)
    end_session: bool = False
    wav: str | None = None
    interrupted_at_s: float | None = None
    latency_s: float | None = None  # end of the person's speech -> first sample of the reply


class VoiceLoop:
    def __init__(self, coach: Any, recognizer: Recognizer, source: AudioSource, player: Player,
                 config: LoopConfig | None = None, *, clock: Callable[[], datetime] | None = None,
                 reminders: Any | None = None, transcript_path: Path | None = None,
                 out: TextIO | None = None) -> None:
        self.coach = coach
        self.recognizer = recognizer
        self.source = source
        self.player = player
        self.config = config or LoopConfig()
        self.clock = clock or (lambda: datetime.now(UTC))
        self.reminders = reminders
        self.transcript_path = transcript_path
        self.out = out
        self.vad = Endpointer(hangover_s=self.config.hangover_s)
        self.in_conversation = False
        self.session_id: str | None = None
        self.exchanges: list[Exchange] = []
        self._current: Exchange | None = None
        self._quiet_s = 0.0
        self._since_reminder_s = self.config.reminder_every_s  # check once right at start
        self.frames_read = 0

    # ---- the loop -----------------------------------------------------------------------------------

    def run(self) -> int:
        if self.config.announce_fallback and self.recognizer.lower_accuracy:
            self._speak_lines([self._line("voice_fallback_engine")], "notice")
        if not self.config.wake_required:
            self._start_conversation(launch=True)
        while True:
            speaking = self.player.playing
            frame = self.source.read(speaking)
            if frame is None:
                break
            self.frames_read += 1
            if speaking:
                self.player.advance(FRAME_SECONDS)
            self._on_frame(frame)
        if self.vad.in_speech:  # the input ended mid-sentence: still hear it out
            self._on_end_of_speech(time.perf_counter())
        self._finish_session()
        return 0

    def _on_frame(self, frame: bytes) -> None:
        event = self.vad.feed(frame)
        if event is not None:
            if event.kind == "start":
                self.recognizer.start()
                self.recognizer.accept(event.audio)
            elif event.kind == "speech":
                self.recognizer.accept(event.audio)
                if self.player.playing and self.vad.speech_frames * FRAME_SECONDS >= self.config.barge_in_s:
                    self._interrupt()
            else:
                self.recognizer.accept(event.audio)
                self._on_end_of_speech(time.perf_counter())
        busy = self.vad.in_speech or self.player.playing
        self._quiet_s = 0.0 if busy else self._quiet_s + FRAME_SECONDS
        if self.in_conversation and self._quiet_s >= self.config.silence_timeout_s:
            self._timeout()
        self._since_reminder_s += FRAME_SECONDS
        if not busy and not self.in_conversation and self._since_reminder_s >= self.config.reminder_every_s:
            self._since_reminder_s = 0.0
            self._remind()

    def _interrupt(self) -> None:
        self.player.stop()
        if self._current is not None:
            self._current.interrupted_at_s = getattr(self.player, "stopped_at_s", None) or 0.0
            self._write_transcript()
        self._print("(Aria stops: you were speaking)")

    # ---- what was heard ---------------------------------------------------------------------------------

    def _on_end_of_speech(self, detected_at: float) -> None:
        result = self.recognizer.finish()
        self._print(f"You: {result.raw or '(nothing recognised)'}"
                    + ("" if result.accepted or not result.raw else " (not sure: treated as not understood)"))
        # When Aria cut in on the endpoint, the speech really ended `hangover_s` earlier; the bench reports
        # latency from the endpoint decision, which is what the machine controls.
        if not self.in_conversation:
            self._while_idle(result, detected_at)
        else:
            self._in_conversation(result, detected_at)

    def _while_idle(self, result: Recognition, detected_at: float) -> None:
        heard = result.text if result.accepted else ""
        woke = wake.detect(heard)
        if woke.woke or not self.config.wake_required:
            replies = self._start_conversation(launch=woke.woke or not self.config.wake_required, speak=False)
            rest = woke.rest if woke.woke else heard
            if rest:
                replies.append(self._utterance(rest))
            self._say_replies(replies, "utterance" if rest else "launch", result, rest or None, detected_at)
        elif heard and self._is_crisis(heard):
            # Crisis words are never ignored for lack of a wake word.
            self.in_conversation = True
            reply = self._utterance(heard)
            self._say_replies([reply], "utterance", result, heard, detected_at)
        # Anything else said while idle was not meant for Aria: not answered, not stored.

    def _in_conversation(self, result: Recognition, detected_at: float) -> None:
        heard = result.text if result.accepted else ""
        woke = wake.detect(heard)
        sent = woke.rest if woke.woke else heard
        reply = self._utterance(sent)
        self._say_replies([reply], "utterance", result, sent, detected_at)

    def _is_crisis(self, text: str) -> bool:
        try:
            from coach.safety import screen

            return bool(set(screen(text).flags) & CRISIS_FLAGS)
        except Exception:  # the engine also screens every turn; this is only the idle shortcut
            return False

    # ---- turns -----------------------------------------------------------------------------------------

    def _turn(self, kind: str, text: str | None = None) -> Reply:
        if self.session_id is None:
            self.session_id = uuid.uuid4().hex
        turn = Turn(user_id=self.config.user_id, channel="local", kind=kind, text=text,  # type: ignore[arg-type]
                    now=self.clock(), session_id=self.session_id,
                    max_reply_seconds=self.config.max_reply_seconds)
        reply: Reply = self.coach.handle(turn)
        if reply.end_session or kind == "end":
            self.session_id = None
        return reply

    def _utterance(self, text: str) -> Reply:
        return self._turn("utterance", text)

    def _start_conversation(self, launch: bool, speak: bool = True) -> list[Reply]:
        self.in_conversation = True
        self._quiet_s = 0.0
        replies = [self._turn("launch")] if launch else []
        if speak and replies:
            self._say_replies(replies, "launch", None, None, None)
        return replies

    def _say_replies(self, replies: list[Reply], kind: str, heard: Recognition | None, sent: str | None,
                     detected_at: float | None) -> None:
        segments = [SpokenSegment(s.text, s.pause_s) for r in replies for s in r.segments]
        flags = sorted({f for r in replies for f in r.flags})
        end = bool(replies) and replies[-1].end_session
        exchange = Exchange(n=len(self.exchanges) + 1, turn=kind, heard=heard.raw if heard else None,
                            accepted=heard.accepted if heard else None, sent=sent,
                            speech=" ".join(r.speech for r in replies if r.speech), flags=flags, end_session=end)
        self._play(exchange, segments, detected_at)
        if end:
            self.in_conversation = False if self.config.wake_required else self.in_conversation
            self.session_id = None

    def _speak_lines(self, lines: list[str], kind: str) -> None:
        exchange = Exchange(n=len(self.exchanges) + 1, turn=kind, speech=" ".join(lines))
        self._play(exchange, [SpokenSegment(t) for t in lines], None)

    def _play(self, exchange: Exchange, segments: list[SpokenSegment], detected_at: float | None) -> None:
        self.exchanges.append(exchange)
        self._current = exchange
        if exchange.speech:
            self._print(f"Aria: {exchange.speech}")
        if segments:
            self.player.start(segments, "aria")
            first = self.player.first_sample_at
            if detected_at is not None and first is not None:
                exchange.latency_s = round(first - detected_at, 4)
            path = getattr(self.player, "last_path", None)
            exchange.wav = str(path) if path else None
        self._quiet_s = 0.0
        self._write_transcript()

    def _timeout(self) -> None:
        self._quiet_s = 0.0
        self._speak_lines([self._line("voice_silence_timeout")], "timeout")
        self._finish_session()
        self.in_conversation = False

    def _finish_session(self) -> None:
        if self.session_id is None:
            return
        reply = self._turn("end")
        if reply.speech:  # only safety speech survives an end turn
            self._say_replies([reply], "end", None, None, None)

    def _remind(self) -> None:
        if self.reminders is None:
            return
        text = self.reminders.due(self.clock())
        if text:
            self._speak_lines([text], "reminder")
            self.in_conversation = True  # they can answer "start my check-in" without the wake phrase

    # ---- output ---------------------------------------------------------------------------------------

    def _line(self, key: str) -> str:
        prompts = getattr(getattr(getattr(self.coach, "content", None), "prompts", None), "prompts", {}) or {}
        value = prompts.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        return str(value) if value else DEFAULT_LINES[key]

    def _print(self, line: str) -> None:
        if self.out is not None:
            print(line, file=self.out, flush=True)

    def _write_transcript(self) -> None:
        if self.transcript_path is None:
            return
        lines = [json.dumps(asdict(e), ensure_ascii=False) for e in self.exchanges]
        self.transcript_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
