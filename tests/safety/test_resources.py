""""Help", "I need help", "crisis", "give me the numbers": the resource list, at any point of a conversation."""

from __future__ import annotations

import pytest

from coach.content import default_content
from coach.engine import Engine
from coach.safety import screen
from tests.core.talk import Talk

ASKS = ["help", "Help!", "I need help", "i need some help please", "crisis", "im in crisis",
        "give me the numbers", "Give me the numbers.", "what are the crisis numbers", "read me the hotlines",
        "who can i call", "alexa help me"]
NOT_ASKS = ["i want to stop using coke", "stop", "next", "seven", "help me with the breathing exercise",
            "can you help me pick an exercise", "the number seven", "my phone number changed", "i feel ok"]


@pytest.mark.parametrize("text", ASKS)
def test_screen_notices_a_request_for_the_numbers(text: str) -> None:
    assert screen(text).resources_requested


@pytest.mark.parametrize("text", NOT_ASKS)
def test_screen_does_not_take_everyday_speech_as_a_request(text: str) -> None:
    assert not screen(text).resources_requested


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(default_content())


@pytest.mark.parametrize("text", ["help", "I need help", "crisis", "give me the numbers"])
@pytest.mark.parametrize("where", ["start", "exercise", "check-in"])
def test_the_resource_list_is_spoken_anywhere(engine: Engine, text: str, where: str) -> None:
    talk = Talk(engine)
    talk.onboard()
    if where == "exercise":
        talk.say("i'm having a craving")
        talk.say("seven")
        talk.say("box breathing")
    elif where == "check-in":
        talk.say("start my check-in")
    reply = talk.say(text)
    spoken = reply.speech.lower()
    resources = engine.content.safety.resources_speech.lower()
    assert resources in spoken, reply.speech
    for number in ["nine one one", "nine eight eight", "one eight hundred, four eight four, three seven three one"]:
        assert number in spoken
    assert reply.flags == []  # asking for numbers is not a crisis and is not logged as one


def test_crisis_words_during_an_exercise_end_it_and_speak_first(engine: Engine) -> None:
    talk = Talk(engine)
    talk.onboard()
    talk.say("i'm having a craving")
    talk.say("eight")
    talk.say("box breathing")
    assert talk.state.activity.flow == "exercise"
    reply = talk.say("honestly i just want to die")
    assert reply.flags == ["suicide"]
    assert reply.speech.startswith(engine.content.safety.flags["suicide"].speech.strip()[:40])
    assert talk.state.activity.flow == "idle"
    assert any(type(e).__name__ == "SafetyEvent" and e.flags == ["suicide"] for e in reply.events)


@pytest.mark.parametrize("text", ["I'm dying for a coffee", "I killed it at work", "I want to stop using coke",
                                  "i want to quit cocaine", "stop", "I take my Klonopin as prescribed",
                                  "i'm not going to use tonight"])
def test_everyday_speech_raises_no_flag_through_the_engine(engine: Engine, text: str) -> None:
    """The engine adds flags from crisis intents too: no intent sample may turn these into a crisis."""
    talk = Talk(engine)
    talk.onboard()
    reply = talk.say(text)
    assert reply.flags == [], (text, reply.speech)
    assert not any(type(e).__name__ == "SafetyEvent" for e in reply.events)
