"""The local intent matcher beyond the sentence cases: normalising, phrases for grammars, slot capture."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.nlu import Match, normalise

from .helpers import matcher, shipped


@pytest.mark.parametrize("text,words", [
    ("I'm having a craving!", ["i", "am", "having", "a", "craving"]),
    ("im having a craving", ["i", "am", "having", "a", "craving"]),
    ("It's 7.", ["it", "is", "seven"]),
    ("about 6.5 hours", ["about", "six", "point", "five", "hours"]),
    ("Let's do my check-in", ["let", "us", "do", "my", "check", "in"]),
    ("remind me at 8 p.m.", ["remind", "me", "at", "eight", "pm"]),
    ("remind me at 7:30", ["remind", "me", "at", "seven", "thirty"]),
    ("um, I can't, uh, sleep", ["i", "can", "not", "sleep"]),
    ("don't   WANNA", ["do", "not", "want", "to"]),
])
def test_normalise(text: str, words: list[str]) -> None:
    assert normalise(text) == words


def test_empty_or_blank_text_is_no_match() -> None:
    assert matcher().match("") is None
    assert matcher().match("  ,, ") is None


def test_match_is_a_pydantic_model_with_a_score_between_zero_and_one() -> None:
    match = matcher().match("start the urge serving")
    assert isinstance(match, Match)
    assert 0.75 <= match.score < 1.0  # a slip costs something, but not the match
    exact = matcher().match("start urge surfing")
    assert exact is not None and exact.score == 1.0


def test_invocation_words_are_ignored() -> None:
    match = matcher().match("ask coach aria what can you do")
    assert match is not None and match.intent == "capabilities"


def test_number_slot_is_a_number_the_engine_can_read() -> None:
    from coach.numbers import parse_number

    for text, value in [("it's a ten", 10.0), ("about seven hours", 7.0), ("6 and a half hours", 6.5),
                        ("twelve hours", 12.0)]:
        match = matcher().match(text)
        assert match is not None and match.intent == "rate", text
        assert parse_number(match.slots["number"]) == value


def test_number_slot_refuses_words_that_are_not_numbers() -> None:
    match = matcher().match("about purple")
    assert match is None or match.intent != "rate"


def test_free_text_is_captured_after_the_carrier_words() -> None:
    match = matcher().match("my note is I called my sister and it helped a lot")
    assert match is not None and match.intent == "free_text"
    assert match.slots == {"text": "i called my sister and it helped a lot"}


def test_crisis_sentences_beat_free_text() -> None:
    match = matcher().match("i feel suicidal")
    assert match is not None and match.intent == "crisis_suicide"


def test_phrases_fill_every_slot() -> None:
    phrases = matcher().phrases()
    assert len(phrases) == len(set(phrases))
    assert not any(re.search(r"[{}<>\[\]()|]", p) for p in phrases)
    assert {"it's about a six", "six out of ten", "remind me at eight pm", "start box breathing",
            "i'd say prefer not to say", "as prescribed", "my trigger was", "what helped was"} <= set(phrases)
    # Safety phrases must be in any closed grammar, or a recognizer turns them into commands.
    assert {"i want to kill myself", "i ran out of xanax", "call nine one one"} <= set(phrases)


def test_phrases_cover_every_exercise_name_and_intent() -> None:
    phrases = set(matcher().phrases())
    for exercise in shipped().exercises.exercises:
        assert exercise.title.lower().replace(",", "") in phrases
    understood = {m.intent for m in (matcher().match(p) for p in sorted(phrases)[::25]) if m}
    assert len(understood) >= 15


def test_every_phrase_matches_its_own_intent() -> None:
    # What the recognizer can produce from its grammar, the matcher must map back (slots aside).
    from coach.templates import expand

    intents = shipped().intents
    for name, spec in intents.intents.items():
        for template in spec.samples:
            for sample in expand(template, intents.rules):
                if "{" in sample:
                    continue
                match = matcher().match(sample)
                assert match is not None and match.intent == name and match.score == 1.0, (sample, match)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120))
def test_any_text_gives_a_match_or_none_never_an_error(text: str) -> None:
    match = matcher().match(text)
    assert match is None or (0.0 <= match.score <= 1.0 and match.intent in shipped().intents.intents)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["i", "want", "to", "start", "the", "six", "about", "xanax", "stop", "my",
                                 "note", "is", "box", "breathing", "hours", "never", "zzz", "7"]), max_size=40))
def test_word_salad_from_the_vocabulary_never_breaks_the_matcher(words: list[str]) -> None:
    match = matcher().match(" ".join(words))
    assert match is None or 0.0 <= match.score <= 1.0
