"""`aria voice` as a real process: what a person can fix ends in one sentence and exit status 2, never a
traceback (no microphone, no or broken Vosk model, an audio file that is not audio)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.local_voice.speech_audio import speak_to_wav

ROOT = Path(__file__).resolve().parents[2]


def aria_voice(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "ARIA_VOSK_MODEL"}  # only what the test sets
    environ.update(ARIA_DATA_DIR=str(tmp_path / "data"), ARIA_DATABASE_URL=f"sqlite:///{tmp_path}/aria.db", **env)
    return subprocess.run([sys.executable, "-m", "coach", "voice", *args], cwd=ROOT, env=environ,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def one_sentence(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].endswith("."), lines[0]
    return lines[0]


@pytest.mark.parametrize("device", ["999", "no such microphone"])
def test_no_microphone_is_one_sentence_and_a_failure_status(tmp_path: Path, device: str) -> None:
    message = one_sentence(aria_voice(tmp_path, "--device", device, "--user", "x"))
    assert message.startswith("No microphone found")
    assert "--wav FILE or --text" in message


def test_missing_vosk_model(tmp_path: Path) -> None:
    wav = speak_to_wav("hello", tmp_path)
    message = one_sentence(aria_voice(tmp_path, "--wav", str(wav), "--model", str(tmp_path / "nowhere")))
    assert message.startswith(f"No Vosk model at {tmp_path / 'nowhere'}")
    assert "aria voice download-model" in message and "--engine pocketsphinx" in message


def test_a_named_model_that_is_missing_is_reported_before_a_missing_microphone(tmp_path: Path) -> None:
    proc = aria_voice(tmp_path, "--device", "999", "--model", str(tmp_path / "typo"))
    assert one_sentence(proc).startswith(f"No Vosk model at {tmp_path / 'typo'}")


def test_missing_vosk_model_named_by_the_environment(tmp_path: Path) -> None:
    wav = speak_to_wav("hello", tmp_path)
    proc = aria_voice(tmp_path, "--wav", str(wav), ARIA_VOSK_MODEL=str(tmp_path / "gone"))
    assert one_sentence(proc).startswith(f"No Vosk model at {tmp_path / 'gone'}")


def test_broken_vosk_model(tmp_path: Path) -> None:
    wav = speak_to_wav("hello", tmp_path)
    model = tmp_path / "model"
    (model / "am").mkdir(parents=True)
    (model / "conf").mkdir()
    (model / "am" / "final.mdl").write_bytes(b"not a kaldi model")
    (model / "conf" / "model.conf").write_text("--sample-frequency=16000\n")
    message = one_sentence(aria_voice(tmp_path, "--wav", str(wav), "--model", str(model)))
    assert message.startswith(f"The Vosk model at {model} could not be loaded")


def test_a_folder_that_is_not_a_model(tmp_path: Path) -> None:
    wav = speak_to_wav("hello", tmp_path)
    (tmp_path / "empty").mkdir()
    message = one_sentence(aria_voice(tmp_path, "--wav", str(wav), "--model", str(tmp_path / "empty")))
    assert "is not a complete Vosk model" in message


def test_a_file_that_is_not_audio(tmp_path: Path) -> None:
    bad = tmp_path / "notes.wav"
    bad.write_text("this is not audio")
    message = one_sentence(aria_voice(tmp_path, "--wav", str(bad), "--engine", "pocketsphinx"))
    assert message.startswith(f"Could not read {bad} as audio")


def test_a_missing_audio_file(tmp_path: Path) -> None:
    message = one_sentence(aria_voice(tmp_path, "--wav", str(tmp_path / "none.wav"), "--engine", "pocketsphinx"))
    assert message.startswith(f"No audio file at {tmp_path / 'none.wav'}")
