"""espeak-ng speaks → `aria voice --wav ... --engine pocketsphinx --say-to DIR` as a real process → a whole
first conversation: onboarding, the daily check-in (every item content/checkin.yaml asks, weekly ones too)
and a crisis turn; checked in the printed transcript, the store and the WAV Aria spoke.

The utterances are phrasings the grammar-bound fallback decodes reliably from espeak-ng's voice (sox -R
makes the audio, and so the decoding, repeatable).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.content import default_content
from coach.store import Store
from tests.local_voice.speech_audio import read_wav, speak_to_wav

ROOT = Path(__file__).resolve().parents[2]

# (what the person says, the check-in item it answers or None, the stored value)
SCRIPT: list[tuple[str, str | None, object]] = [
    ("yes", None, None),  # onboarding: do you take benzos?
    ("not really", None, None),  # ... drink to come down?
    ("yes", None, None),  # ... is a clinician involved?
    ("let's do my daily check in", None, None),
    ("it's a six", "craving", 6),
    ("about a three", "mood", 3),
    ("it's a five", "stress", 5),
    ("i got six hours of sleep", "sleep_hours", 6.0),
    ("i stayed clean", "cocaine_use", "no"),
    ("as prescribed", "benzo_use", "as_prescribed"),
    ("not really", "alcohol", "no"),
    ("my trigger was stress at work", "trigger", "stress at work"),
    ("what helped was going for a walk", "helped", "going for a walk"),
    ("not at all", "phq2_interest", "not_at_all"),
    ("not at all", "phq2_down", "not_at_all"),
    ("a few days", "gad2_nervous", "several_days"),
    ("not at all", "gad2_worry", "not_at_all"),
    ("i want to kill myself", None, None),
]


@pytest.fixture(scope="module")
def conversation(tmp_path_factory: pytest.TempPathFactory) -> dict:
    work = tmp_path_factory.mktemp("e2e")
    wavs = [str(speak_to_wav(text, work / "said")) for text, _, _ in SCRIPT]
    env = {**os.environ, "ARIA_DATA_DIR": str(work / "data"), "ARIA_DATABASE_URL": f"sqlite:///{work}/aria.db"}
    proc = subprocess.run([sys.executable, "-m", "coach", "voice", "--wav", *wavs, "--engine", "pocketsphinx",
                           "--say-to", str(work / "aria"), "--user", "pat"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    exchanges = [json.loads(line) for line in (work / "aria" / "transcript.jsonl").read_text().splitlines()]
    return {"proc": proc, "work": work, "exchanges": exchanges}


@pytest.mark.slow
def test_every_utterance_is_recognised_and_answered(conversation: dict) -> None:
    proc = conversation["proc"]
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    heard = [line.removeprefix("You: ") for line in proc.stdout.splitlines() if line.startswith("You: ")]
    assert len(heard) == len(SCRIPT)
    for (said, _, _), got in zip(SCRIPT, heard, strict=True):
        assert "not sure" not in got and "nothing recognised" not in got, f"{said!r} was heard as {got!r}"
    # The fallback says so first, then Aria greets a new person.
    ex = conversation["exchanges"]
    assert ex[0]["turn"] == "notice" and "backup speech recognizer" in ex[0]["speech"]
    assert ex[1]["turn"] == "launch" and "benzos" in ex[1]["speech"]
    said_to_aria = [e["sent"] for e in ex if e["turn"] == "utterance"]
    assert len(said_to_aria) == len(SCRIPT)
    assert "how strong is your craving" in proc.stdout
    assert "check-in done" in proc.stdout


@pytest.mark.slow
def test_the_check_in_is_stored_with_every_item_asked(conversation: dict) -> None:
    store = Store(url=f"sqlite:///{conversation['work']}/aria.db")
    try:
        checkins = store.checkins("pat")
        events = store.safety_events("pat")
    finally:
        store.close()
    assert len(checkins) == 1
    answers = checkins[0].answers
    content = default_content().checkin
    asked = {item.id for item in content.daily + content.weekly}
    assert asked == {item for _, item, _ in SCRIPT if item}, "the script must answer every check-in item"
    expected = {item: value for _, item, value in SCRIPT if item}
    assert answers == expected
    assert checkins[0].craving == 6 and checkins[0].benzo_use == "as_prescribed"
    assert "suicide" in {flag for e in events for flag in e.flags}


@pytest.mark.slow
def test_the_crisis_reply_is_spoken_audio_that_says_nine_eight_eight(conversation: dict) -> None:
    crisis = conversation["exchanges"][-1]
    assert crisis["sent"] == "i want to kill myself"
    assert "suicide" in crisis["flags"]
    assert "nine eight eight" in crisis["speech"] and "988" not in crisis["speech"]
    wav = Path(crisis["wav"])
    assert wav.is_file() and wav.parent == conversation["work"] / "aria"
    audio = read_wav(wav)
    words = len(crisis["speech"].split())
    # espeak-ng at ~150 words a minute: the whole text, not a stub or a clipped file.
    assert words / 3.5 < audio.seconds < words / 1.5
    assert audio.rms() > 500, "the crisis WAV is silent"
    assert "Aria: I'm really glad you told me" in conversation["proc"].stdout
