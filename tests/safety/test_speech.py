"""What each flag makes Aria say, read from the shipped content/safety.yaml through screen().

Every flag must carry its resource (spoken digit by digit) and nothing may ever sound like dosing advice.
"""

from __future__ import annotations

import re

import pytest

from coach.models import FLAGS
from coach.safety import load_safety_file, screen

# flag -> phrases its speech must contain (lower case), and what its written card must contain
REQUIRED_SPEECH = {
    "suicide": ["nine eight eight", "nine eight eight lifeline dot org", "nine one one"],
    "emergency": ["nine one one", "naloxone"],
    "benzo": ["clinician", "seizures", "find treatment dot gov", "samhsa helpline"],
    "mix": ["overdose", "nine one one", "doctor or pharmacist"],
    "alone": ["never use alone", "one eight hundred, four eight four, three seven three one", "test strips",
              "naloxone"],
    "treatment": ["find treatment dot gov", "samhsa national helpline",
                  "one eight hundred, six six two, help, four three five seven"],
}
REQUIRED_CARD = {
    "suicide": ["988lifeline.org", "988", "911"],
    "emergency": ["911", "naloxone"],
    "benzo": ["findtreatment.gov", "1-800-662-4357", "seizures"],
    "mix": ["911", "overdose"],
    "alone": ["1-800-484-3731", "test strips", "naloxone"],
    "treatment": ["findtreatment.gov", "1-800-662-4357"],
}
# Something that sounds like a dose, a schedule or taper instructions.
DOSING = re.compile(
    r"\d+(?:\.\d+)?\s*(?:mg|milligrams?|mcg|micrograms?)\b|\b(?:milligram|microgram)s?\b"
    r"|\b(?:reduce|reducing|cut|cutting|lower|lowering|drop|dropping|decrease|decreasing)\s+(?:it\s+|the dose\s+)?"
    r"by\b|\b\d+\s*(?:%|percent)|\bper cent\b|\bpercent\b|\bevery (?:other day|two weeks|few days)\b"
    r"|\b(?:once|twice|three times) (?:a|per) (?:day|week)\b"
    r"|\b(?:half|quarter) (?:a |of a )?(?:pill|tablet|dose)\b|\btaper (?:schedule|plan) is\b|\bhalve\b",
    re.IGNORECASE)


@pytest.mark.parametrize("flag", FLAGS)
def test_each_flag_speaks_its_resource(flag: str) -> None:
    result = screen(None, extra_flags=[flag])
    assert result.flags == [flag]
    speech = result.speech.lower()
    for phrase in REQUIRED_SPEECH[flag]:
        assert phrase in speech, f"{flag} speech lacks {phrase!r}: {result.speech}"
    for phrase in REQUIRED_CARD[flag]:
        assert phrase.lower() in result.card.lower(), f"{flag} card lacks {phrase!r}: {result.card}"
    assert not re.search(r"\d", result.speech), "numbers in speech must be words, said digit by digit"


def test_benzo_speech_says_talk_to_a_clinician_before_stopping() -> None:
    speech = screen("i want to stop my xanax").speech.lower()
    assert "before you stop, cut down, or skip" in speech and "doctor" in speech
    assert "seizures" in speech


@pytest.mark.parametrize("flag", FLAGS)
def test_no_speech_or_card_gives_doses_or_schedules(flag: str) -> None:
    result = screen(None, extra_flags=[flag])
    for text in (result.speech, result.card):
        assert not DOSING.search(text), f"{flag}: {DOSING.search(text)!r} in {text!r}"


def test_resource_list_is_complete_and_free_of_dosing() -> None:
    safety = load_safety_file()
    speech = safety.resources_speech.lower()
    for phrase in ["nine one one", "nine eight eight", "lifeline dot org", "find treatment dot gov",
                   "one eight hundred, six six two, help, four three five seven",
                   "one eight hundred, four eight four, three seven three one"]:
        assert phrase in speech
    assert not DOSING.search(safety.resources_speech) and not re.search(r"\d", safety.resources_speech)


def test_dosing_detector_is_live() -> None:
    """The check above would catch the slips it is there for."""
    for slip in ["take 0.5 mg at night", "reduce by a quarter each week", "cut it by 10%", "2 milligrams",
                 "lower the dose by half", "take half a pill every other day", "twice a day"]:
        assert DOSING.search(slip), slip


def test_several_flags_are_all_spoken_most_urgent_first() -> None:
    result = screen("i took a handful of xanax with vodka and i want to die")
    assert {"emergency", "suicide", "mix"} <= set(result.flags)
    assert result.flags == sorted(result.flags)
    speech = result.speech
    # emergency first (coach.models.FLAGS order), then suicide; each once
    assert speech.index("medical emergency") < speech.index("nine eight eight")
    assert speech.count("Suicide and Crisis Lifeline") == 1


def test_no_flag_means_no_speech() -> None:
    result = screen("i feel ok today, a bit tired")
    assert result.flags == [] and result.speech == "" and result.card == ""


@pytest.mark.parametrize("text", ["", "   ", None, "?!", "\u2019\u2019", "🙂", "9" * 5000, "a" * 20000])
def test_odd_input_never_crashes(text: str | None) -> None:
    result = screen(text)
    assert isinstance(result.flags, list) and isinstance(result.speech, str)


def test_unknown_extra_flags_are_ignored_not_fatal() -> None:
    result = screen("hello", extra_flags=["not_a_flag", "suicide"])
    assert result.flags == ["suicide"] and "nine eight eight" in result.speech


@pytest.mark.parametrize("offset", range(0, 200, 9))
def test_a_crisis_phrase_anywhere_in_a_long_text_is_caught(offset: int) -> None:
    """Long input is screened in overlapping windows (coach.safety.WINDOW): no phrase falls between two."""
    filler = ("the weather was nice and we walked to the park with my sister " * 20).split()
    text = " ".join(filler[:offset] + ["honestly", "i", "want", "to", "kill", "myself"] + filler[offset:])
    assert "suicide" in screen(text).flags
    text = " ".join(filler[:offset] + ["i", "am", "going", "to", "stop", "my", "xanax"] + filler[offset:])
    assert screen(text).flags == ["benzo"]


def test_long_negation_context_still_counts_inside_a_window() -> None:
    filler = " ".join(["we talked about the weekend plans"] * 30)
    assert screen(f"{filler} and i am not going to kill myself").flags == []
    assert screen(f"{filler} and i do not want to live anymore").flags == ["suicide"]
