"""Property-based fuzzing of the engine: random conversations, from any state, with any words.

Hypothesis builds sequences of turns (launches, session ends, real sample utterances, numbers, Alexa
intents with odd slots, random unicode, huge strings, clocks that jump days or run backwards) and plays
them through `Engine.turn`, carrying the state from one turn to the next, so every state the engine
can reach is also fuzzed. Properties, on every turn:
- the engine never raises and the new state survives the store's JSON round trip;
- a launch or an utterance always gets speech (never a silent reply);
- whenever the safety screen flags the words (or a crisis intent), that speech comes first.

Runs are deterministic by default (derandomize) so CI is stable; ARIA_FUZZ_RANDOM=1 explores new examples.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.content import Content, default_content
from coach.engine import Engine
from coach.models import PersonState, Reply, Turn
from coach.nlu import IntentMatcher
from coach.safety import screen

CONTENT: Content = default_content()
ENGINE = Engine(CONTENT)
PHRASES: list[str] = IntentMatcher(CONTENT).phrases()
INTENTS: list[str] = sorted(CONTENT.intents.intents)
INTENT_FLAGS = {name: spec.safety_flag for name, spec in CONTENT.intents.intents.items() if spec.safety_flag}

# Said the way people say them; each must raise the flag named (checked by a test below, so the
# crisis property can never pass vacuously on phrases the screen does not catch).
CRISIS_PHRASES: dict[str, str] = {
    "I want to kill myself": "suicide",
    "i wanna die": "suicide",
    "i'm thinking about suicide": "suicide",
    "my friend is not breathing": "emergency",
    "he collapsed and wont wake up": "emergency",
    "I'm going to stop taking my xanax tomorrow": "benzo",
    "can I quit my valium cold turkey": "benzo",
    "I had some drinks and took my klonopin": "mix",
    "I'm going to use alone tonight": "alone",
    "where can I find rehab": "treatment",
}

FUZZ = settings(
    max_examples=int(os.environ.get("ARIA_FUZZ_EXAMPLES", "120")),
    deadline=None,
    derandomize=not os.environ.get("ARIA_FUZZ_RANDOM"),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)

# ---- strategies ------------------------------------------------------------------------------

weird_text = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=40),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz '-,.!?0123456789", max_size=120),
    st.integers(-10**6, 10**6).map(str),
    st.sampled_from(["", " ", "\n", "\x00", "purple", "eleven", "minus three", "a million", "½", "٧", "seven and a",
                     "yes no", "no yes maybe", "stop stop stop", "🙂" * 30, "ten out of ten out of ten"]),
    st.integers(1000, 6000).map(lambda n: ("i feel like " * n)[:n]),  # huge
)
words = st.one_of(st.sampled_from(PHRASES), weird_text, st.sampled_from(sorted(CRISIS_PHRASES)))
slot_values = st.dictionaries(st.sampled_from(["number", "answer", "exercise", "text", "time", "who", "days",
                                               "category", "nonsense"]),
                              st.one_of(weird_text, st.sampled_from(PHRASES)), max_size=3)
zones = st.sampled_from([UTC, timezone(timedelta(hours=-8)), timezone(timedelta(hours=5, minutes=30)),
                         timezone(timedelta(hours=14))])
# Mostly forward by seconds to days, sometimes backwards (a device clock that was wrong).
steps = st.one_of(st.integers(1, 120), st.integers(3600, 3 * 86400), st.integers(-86400, -1))


@st.composite
def turn_specs(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["utterance"] * 14 + ["launch", "launch", "end"]))
    spec: dict[str, Any] = {"kind": kind, "step": draw(steps), "zone": draw(zones)}
    if kind != "utterance":
        return spec
    how = draw(st.sampled_from(["typed", "typed", "typed", "intent", "free_text"]))
    if how == "typed":
        spec.update(channel=draw(st.sampled_from(["text", "local"])), text=draw(words))
    elif how == "intent":
        spec.update(channel="alexa", intent=draw(st.one_of(st.sampled_from(INTENTS), st.text(max_size=20))),
                    slots=draw(slot_values))
    else:
        spec.update(channel="alexa", intent="free_text", text=draw(words))
    return spec


def make_turn(spec: dict[str, Any], now: datetime, user_id: str = "fuzz") -> Turn:
    return Turn(user_id=user_id, channel=spec.get("channel", "alexa"), kind=spec["kind"], text=spec.get("text"),
                intent=spec.get("intent"), slots=spec.get("slots", {}), now=now.astimezone(spec["zone"]),
                session_id="s1")


# ---- the checks every turn must pass ----------------------------------------------------------


def expected_screen(turn: Turn) -> Any:
    """What the screen says about this turn: the words, plus the flag of a crisis intent the channel named."""
    flag = INTENT_FLAGS.get(turn.intent or "")
    return screen(turn.text, extra_flags=[flag] if flag else [], safety=CONTENT.safety)


def play(state: PersonState, turn: Turn) -> tuple[Reply, PersonState]:
    reply, new_state = ENGINE.turn(state, turn)
    assert isinstance(new_state, PersonState)
    # The store keeps the state as JSON: whatever the engine produced must come back the same.
    assert PersonState.model_validate_json(new_state.model_dump_json()) == new_state
    if turn.kind != "end":
        assert reply.speech.strip(), f"silent reply to {turn!r}"
    result = expected_screen(turn)
    if result.flags:
        assert reply.segments and reply.segments[0].text == result.speech, (
            f"safety speech not first for {turn!r}: {reply.speech[:200]!r}")
        assert set(result.flags) <= set(reply.flags)
        assert reply.card is not None
    return reply, new_state


def play_all(specs: list[dict[str, Any]]) -> PersonState:
    state, now = PersonState(user_id="fuzz"), START
    for spec in specs:
        now += timedelta(seconds=spec["step"])
        _, state = play(state, make_turn(spec, now))
    return state


# ---- properties --------------------------------------------------------------------------------


def test_every_crisis_phrase_used_here_is_flagged_by_the_screen() -> None:
    for phrase, flag in CRISIS_PHRASES.items():
        assert flag in screen(phrase).flags, phrase


@FUZZ
@given(st.lists(turn_specs(), min_size=1, max_size=30))
def test_random_conversations_never_raise_never_go_silent(specs: list[dict[str, Any]]) -> None:
    play_all(specs)


@FUZZ
@given(st.lists(turn_specs(), max_size=25), st.sampled_from(sorted(CRISIS_PHRASES)),
       st.sampled_from(["text", "local", "alexa_free_text", "alexa_intent"]))
def test_a_crisis_from_any_reachable_state_gets_its_safety_speech_first(
        specs: list[dict[str, Any]], phrase: str, channel: str) -> None:
    state = play_all(specs)
    flag = CRISIS_PHRASES[phrase]
    now = START + timedelta(seconds=sum(s["step"] for s in specs) + 5)
    if channel == "alexa_intent":
        intent = next(name for name, f in INTENT_FLAGS.items() if f == flag)
        turn = Turn(user_id="fuzz", channel="alexa", intent=intent, now=now)
    elif channel == "alexa_free_text":
        turn = Turn(user_id="fuzz", channel="alexa", intent="free_text", text=phrase, now=now)
    else:
        turn = Turn(user_id="fuzz", channel=channel, text=phrase, now=now)  # type: ignore[arg-type]
    reply, _ = play(state, turn)
    assert CONTENT.safety.flags[flag].speech.strip() in reply.segments[0].text
    assert flag in reply.flags


@FUZZ
@given(st.lists(turn_specs(), max_size=20), weird_text, weird_text)
def test_crisis_words_inside_other_words_still_come_first(specs: list[dict[str, Any]], before: str,
                                                         after: str) -> None:
    """Whatever surrounds the words, if the screen flags them, the engine speaks that first."""
    state = play_all(specs)
    text = f"{before} I want to kill myself {after}"
    turn = Turn(user_id="fuzz", channel="text", text=text, now=START + timedelta(days=400))
    reply, _ = play(state, turn)
    if expected_screen(turn).flags:
        assert reply.segments[0].text == expected_screen(turn).speech


@pytest.mark.parametrize("text", ["", " ", "\x00\x00", "🙂" * 5000, "a" * 100_000, "seven " * 20_000])
def test_extreme_single_utterances_from_a_fresh_state(text: str) -> None:
    for kind in ("utterance", "launch"):
        play(PersonState(user_id="fuzz"), Turn(user_id="fuzz", kind=kind, text=text, now=START))  # type: ignore[arg-type]
