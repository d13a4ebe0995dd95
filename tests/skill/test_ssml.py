"""Rendering engine replies as Alexa SSML: escaping, pauses split into <= 10 s breaks, the 8,000 limit."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest

from coach.models import Card, Reply, Segment
from skill.ssml import MAX_SPEECH_CHARS, breaks, render, speech_ssml


def break_seconds(ssml: str) -> list[float]:
    return [float(s) for s in re.findall(r'<break time="([\d.]+)s"/>', ssml)]


@pytest.mark.parametrize(("seconds", "expected"), [
    (0, []), (3, [3.0]), (10, [10.0]), (12, [10.0, 2.0]), (25, [10.0, 10.0, 5.0]), (30, [10.0, 10.0, 10.0]),
    (4.5, [4.5]), (10.5, [10.0, 0.5]),
])
def test_pauses_become_breaks_of_at_most_ten_seconds(seconds: float, expected: list[float]) -> None:
    assert break_seconds(breaks(seconds)) == expected


def test_text_is_escaped_and_the_result_is_well_formed_xml() -> None:
    ssml = speech_ssml([Segment(text="Drugs & alcohol <together> are risky", pause_s=12)])
    root = ElementTree.fromstring(ssml)  # raises if the markup is broken
    assert root.tag == "speak"
    assert "Drugs & alcohol <together> are risky" in "".join(root.itertext())
    assert break_seconds(ssml) == [10.0, 2.0]


def test_speech_stays_under_eight_thousand_characters_and_says_how_to_go_on() -> None:
    segments = [Segment(text="Breathe in slowly and notice the air. " * 5, pause_s=10) for _ in range(100)]
    ssml = speech_ssml(segments)
    assert len(ssml) < MAX_SPEECH_CHARS
    assert "Say next to go on" in ssml
    ElementTree.fromstring(ssml)


def test_the_first_segment_is_kept_even_when_cut() -> None:
    first = "Call or text nine eight eight."
    ssml = speech_ssml([Segment(text=first), *[Segment(text="x " * 500) for _ in range(20)]])
    assert ssml.startswith("<speak>" + first)


def test_flagged_reply_gets_a_card_even_when_the_engine_gave_none() -> None:
    reply = Reply(segments=[Segment(text="Please call nine one one.")], flags=["emergency"], reprompt="Still there?")
    rendered = render(reply, safety_card=("Help now", "Call 911. Call or text 988."))
    assert rendered.card_title == "Help now" and "988" in (rendered.card_text or "")
    assert rendered.reprompt == "<speak>Still there?</speak>"
    assert rendered.should_end_session is False


def test_engine_card_and_end_session_pass_through() -> None:
    reply = Reply(segments=[Segment(text="Bye.")], end_session=True, reprompt="ignored",
                  card=Card(title="T", text="written"))
    rendered = render(reply, safety_card=("other", "other"))
    assert (rendered.card_title, rendered.card_text, rendered.reprompt, rendered.should_end_session) == (
        "T", "written", None, True)


def test_unflagged_reply_without_card_has_no_card() -> None:
    rendered = render(Reply(segments=[Segment(text="Hi.")]), safety_card=("Help", "988"))
    assert rendered.card_title is None
