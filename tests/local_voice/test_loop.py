"""The hands-free loop on real audio: espeak-ng speech in, PocketSphinx decoding, pyttsx3 WAVs out.

Each test runs `VoiceLoop` in-process with a scripted input (frames, never the wall clock) so that wake
phrase, barge-in, silence timeout, exercise pauses and reminders can be checked one at a time.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coach.content import default_content
from coach.models import Turn
from coach.service import Coach
from coach.store import Store
from local_voice.audio_in import FRAME_SECONDS, ScriptedSource, Silence, Utterance, load_wav_16k
from local_voice.grammar import grammar_phrases
from local_voice.loop import LoopConfig, VoiceLoop
from local_voice.recognizer import PocketSphinxRecognizer
from local_voice.reminders import Reminders
from local_voice.speaker import Synthesizer, WavWriterPlayer
from tests.local_voice.speech_audio import read_wav, speak_to_wav

LOCAL = datetime.now().astimezone().tzinfo
DAY = datetime(2026, 11, 23, 18, 0, tzinfo=LOCAL)


@pytest.fixture(scope="module")
def content():
    return default_content()


@pytest.fixture(scope="module")
def phrases(content) -> list[str]:
    return grammar_phrases(content)[0]


@pytest.fixture
def recognizer(phrases) -> PocketSphinxRecognizer:
    # A fresh decoder per test: its running cepstral mean would otherwise make a test depend on the ones before.
    return PocketSphinxRecognizer(phrases)


@pytest.fixture(scope="module")
def synth() -> Iterator[Synthesizer]:
    s = Synthesizer()
    yield s
    s.close()


@pytest.fixture(scope="module")
def said(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("said")
    return lambda text: load_wav_16k(speak_to_wav(text, folder))


class Run:
    """One loop on a fresh SQLite store; `coach` and `store` outlive it for a second run."""

    def __init__(self, tmp: Path, recognizer, synth) -> None:
        self.tmp = tmp
        self.store = Store(url=f"sqlite:///{tmp}/aria.db")
        self.coach = Coach(store=self.store)
        self.recognizer = recognizer
        self.synth = synth
        self.out = io.StringIO()
        self.loop: VoiceLoop | None = None

    def onboard(self, user: str = "pat") -> None:
        for kind, text in (("launch", None), ("utterance", "no"), ("utterance", "no"), ("end", None)):
            self.coach.handle(Turn(user_id=user, channel="local", kind=kind, text=text, now=DAY, session_id="s0"))

    def run(self, script, clock=None, reminders=None, **config) -> VoiceLoop:
        config.setdefault("user_id", "pat")
        config.setdefault("announce_fallback", False)
        self.loop = VoiceLoop(self.coach, self.recognizer, ScriptedSource(script),
                              WavWriterPlayer(self.tmp / "aria", self.synth), LoopConfig(**config),
                              clock=clock or (lambda: DAY), reminders=reminders, out=self.out)
        assert self.loop.run() == 0
        return self.loop

    @property
    def printed(self) -> str:
        return self.out.getvalue()


@pytest.fixture
def run(tmp_path: Path, recognizer, synth) -> Iterator[Run]:
    r = Run(tmp_path, recognizer, synth)
    yield r
    r.store.close()


def test_wake_phrase_starts_a_conversation_and_other_speech_while_idle_is_ignored(run: Run, said) -> None:
    run.onboard()
    loop = run.run([Utterance(said("start my daily check in")), Utterance(said("hi aria"), gap_s=1.5)],
                   wake_required=True)
    heard = [line for line in run.printed.splitlines() if line.startswith("You:")]
    assert len(heard) == 2 and heard[1] == "You: hi aria"
    # Only the wake phrase got an answer: the greeting of someone Aria knows.
    assert [e.turn for e in loop.exchanges][:1] == ["launch"]
    assert loop.exchanges[0].heard == "hi aria"
    assert len(loop.exchanges) == 1, "what was said before the wake phrase got no answer"
    assert "check-in" in loop.exchanges[0].speech
    assert run.printed.index("You: hi aria") < run.printed.index("Aria:")


def test_without_the_wake_phrase_nothing_is_answered(run: Run, said) -> None:
    run.onboard()
    loop = run.run([Utterance(said("start my daily check in"))], wake_required=True)
    assert "You: start my daily check in" in run.printed
    assert loop.exchanges == [] and "Aria:" not in run.printed


def test_speech_while_aria_talks_cuts_her_off_and_becomes_the_next_turn(run: Run, said) -> None:
    run.onboard()
    # The greeting runs for many seconds; the person talks over it 1.5 s in.
    loop = run.run([Utterance(said("start my daily check in"), over_aria_after_s=1.5)], wake_required=False)
    launch, answer = loop.exchanges[0], loop.exchanges[1]
    full = read_wav(Path(launch.wav)).seconds
    assert launch.turn == "launch" and full > 5.0
    assert launch.interrupted_at_s is not None
    # Cut within a moment of the person starting (barge-in needs 0.25 s of their speech), long before the end.
    assert 1.5 < launch.interrupted_at_s < 1.5 + 1.0 < full
    assert "(Aria stops: you were speaking)" in run.printed
    assert answer.sent == "start my daily check in"
    assert "how strong is your craving" in answer.speech


def test_a_polite_listener_does_not_interrupt(run: Run, said) -> None:
    run.onboard()
    loop = run.run([Utterance(said("start my daily check in"), gap_s=1.2)], wake_required=False)
    assert loop.exchanges[0].interrupted_at_s is None
    assert "Aria stops" not in run.printed
    assert loop.exchanges[1].sent == "start my daily check in"


def test_silence_ends_the_conversation_politely_after_the_timeout(run: Run) -> None:
    run.onboard()
    loop = run.run([Silence(3.0)], wake_required=True, silence_timeout_s=100.0)
    assert loop.exchanges == []  # idle: silence is just silence
    loop = run.run([Silence(3.0)], wake_required=False, silence_timeout_s=2.0)
    assert [e.turn for e in loop.exchanges] == ["launch", "timeout"]
    assert "haven't heard anything" in loop.exchanges[-1].speech
    assert not loop.in_conversation
    assert read_wav(Path(loop.exchanges[-1].wav)).rms() > 300


def test_no_timeout_before_the_silence_is_long_enough(run: Run) -> None:
    run.onboard()
    loop = run.run([Silence(3.0)], wake_required=False, silence_timeout_s=10.0)
    assert [e.turn for e in loop.exchanges] == ["launch"]


def test_exercise_pauses_are_real_silences_of_the_contents_length(run: Run, said, content) -> None:
    run.onboard()
    loop = run.run([Utterance(said("start box breathing")), Utterance(said("it's a six"))], wake_required=False)
    exercise = loop.exchanges[-1]
    assert exercise.sent == "it's a six" and "Box breathing" in exercise.speech
    audio = read_wav(Path(exercise.wav))
    box = next(e for e in content.exercises.exercises if e.id == "box_breathing")
    expected = [step.pause_s for step in box.steps if step.pause_s >= 1.0]
    # Exact digital silence of at least 0.9 s: only the pauses are that (espeak's own gaps are shorter).
    measured = [length for _, length in audio.silences(window_s=0.01, threshold=0) if length >= 0.9]
    assert len(measured) == len(expected), (measured, expected)
    for got, want in zip(measured, expected, strict=True):
        assert want - 0.02 <= got <= want + 0.1  # + the next clip's lead-in, (measured, expected)
    # ... and the loop "played" the whole reply, pauses included, before listening for a turn again.
    assert audio.seconds > sum(expected)


def test_a_reminder_is_stored_then_spoken_when_the_clock_passes_it(run: Run, said, tmp_path: Path) -> None:
    run.onboard()
    loop = run.run([Utterance(said("set a reminder for eight p m"))], wake_required=False)
    assert loop.exchanges[1].sent == "set a reminder for eight pm"
    assert "eight p m" in loop.exchanges[1].speech
    state = run.store.load_state("pat")
    assert state is not None and state.profile.reminder_time == "20:00"

    start = DAY.replace(hour=19, minute=59, second=0)
    seen: list[datetime] = []

    def clock() -> datetime:  # time moves with the audio read, like a live microphone
        now = start + timedelta(seconds=(run.loop.frames_read if run.loop else 0) * FRAME_SECONDS)
        seen.append(now)
        return now

    spoken_at: list[datetime] = []

    class Watched(Reminders):
        def due(self, now: datetime) -> str | None:
            text = super().due(now)
            if text:
                spoken_at.append(now)
            return text

    reminders = Watched(run.store, "pat", run.coach.content, memory_file=tmp_path / "reminders.json")
    loop = run.run([Silence(100.0)], clock=clock, reminders=reminders, wake_required=True,
                   reminder_every_s=30.0, silence_timeout_s=200.0)
    spoken = [e for e in loop.exchanges if e.turn == "reminder"]
    assert len(spoken) == 1, "spoken once, not again on the next check"
    assert "check-in" in spoken[0].speech and read_wav(Path(spoken[0].wav)).rms() > 300
    assert any(t < start.replace(hour=20, minute=0) for t in seen), "it was checked before 8 pm too"
    # Checked every 30 s of audio from 19:59: spoken at the first check at or after 20:00, not before.
    eight = start.replace(hour=20, minute=0)
    assert len(spoken_at) == 1 and eight <= spoken_at[0] < eight + timedelta(seconds=1)
    assert "It's time for your daily check-in" in run.printed or spoken[0].speech in run.printed


def test_crisis_words_while_idle_are_answered_without_the_wake_phrase(run: Run, said) -> None:
    run.onboard()
    loop = run.run([Utterance(said("i want to kill myself"))], wake_required=True)
    assert len(loop.exchanges) >= 1
    crisis = loop.exchanges[0]
    assert crisis.sent == "i want to kill myself" and "suicide" in crisis.flags
    assert "nine eight eight" in crisis.speech
    assert read_wav(Path(crisis.wav)).rms() > 300
    assert "suicide" in {f for e in run.store.safety_events("pat") for f in e.flags}
