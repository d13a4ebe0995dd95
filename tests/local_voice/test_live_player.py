"""The live player: real aplay (on ALSA's null device: CI has no sound card) fed by the pyttsx3 process.

Barge-in on the live path: while Aria is in an exercise pause, the person's real speech is run through the
endpointer frame by frame; once it counts as speech the player is stopped, and the pause ends right there
instead of running its full minute.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from local_voice.audio_in import frames_of, load_wav_16k, noise_frame
from local_voice.loop import LoopConfig
from local_voice.speaker import LivePlayer, SpeechOutputError, SpokenSegment, Synthesizer
from local_voice.vad import Endpointer
from tests.local_voice.speech_audio import speak_to_wav


@pytest.fixture(scope="module")
def synth() -> Iterator[Synthesizer]:
    s = Synthesizer()
    yield s
    s.close()


@pytest.fixture
def null_aplay(tmp_path: Path) -> str:
    aplay = shutil.which("aplay")
    assert aplay, "aplay is missing: apt-get install alsa-utils"
    script = tmp_path / "aplay-null"
    script.write_text(f'#!/bin/sh\nexec {aplay} -D null "$@"\n')
    script.chmod(0o755)
    return str(script)


def test_speech_during_a_pause_stops_playback(synth: Synthesizer, null_aplay: str, tmp_path: Path) -> None:
    player = LivePlayer(synth, aplay=null_aplay)
    try:
        player.start([SpokenSegment("Breathe in slowly, and let it out.", pause_s=60.0),
                      SpokenSegment("This should never be spoken.")])
        vad = Endpointer()
        config = LoopConfig()
        for i in range(20):  # the room is quiet first
            vad.feed(noise_frame(i))
        assert player.playing
        stopped_after_frames = None
        for n, frame in enumerate(frames_of(load_wav_16k(speak_to_wav("stop", tmp_path))), start=1):
            event = vad.feed(frame)
            if event and vad.speech_frames * 0.03 >= config.barge_in_s and player.playing:
                player.stop()
                stopped_after_frames = n
                break
        assert stopped_after_frames is not None, "the person's speech never counted as speech"
        assert not player.playing  # the pause was cut short: the second segment is never played
        assert player.first_sample_at is not None
    finally:
        player.close()


def test_no_sound_output_is_one_sentence(synth: Synthesizer, tmp_path: Path) -> None:
    broken = tmp_path / "aplay-no-device"  # real aplay, pointed at an output device that does not exist
    broken.write_text(f'#!/bin/sh\nexec {shutil.which("aplay")} -D no_such_sound_card "$@"\n')
    broken.chmod(0o755)
    with pytest.raises(SpeechOutputError, match=r"^No sound output found: .*--say-to DIR"):
        LivePlayer(synth, aplay=str(broken))
