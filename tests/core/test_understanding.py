"""Numbers, times and answers as people say them, including recognizer slips and nonsense."""

from __future__ import annotations

from datetime import time

import pytest

from coach.content_schema import Choice
from coach.flows.answers import parse_choice, parse_rating
from coach.flows.reminder import parse_clock, spoken_time
from coach.numbers import parse_number
from coach.spoken import spoken_number


@pytest.mark.parametrize("text,value", [
    ("seven", 7), ("7", 7), ("about a six", 6), ("six and a half", 6.5), ("six or seven", 6.5),
    ("ten out of ten", 10), ("i slept seven hours", 7), ("twenty one", 21), ("7.5", 7.5),
    ("it's a 3", 3), ("maybe 8 or 9", 8.5), ("none", 0), ("for", 4), ("zero", 0), ("six point five", 6.5),
])
def test_numbers_people_say(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["purple", "", "i don't know", "banana bread", "lots"])
def test_nonsense_is_not_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_rating_keeps_the_range_and_rounds_half_up() -> None:
    assert parse_rating("eleven", {}, 0, 10).ok is False
    assert parse_rating("six or seven", {}, 0, 10).value == 7
    assert parse_rating("", {"number": "4"}, 0, 10).value == 4
    assert parse_rating("purple", {}, 0, 10).ok is False


CHOICES = [Choice(value="none", say="none"), Choice(value="as_prescribed", say="as prescribed",
                                                    synonyms=["like my doctor said"]),
           Choice(value="not_as_prescribed", say="not as prescribed"),
           Choice(value="prefer_not_to_say", say="prefer not to say")]


@pytest.mark.parametrize("text,intent,value", [
    ("as prescribed", None, "as_prescribed"), ("not as prescribed", None, "not_as_prescribed"),
    ("i took them like my doctor said", None, "as_prescribed"), ("no", "no", "none"),
    ("i'd rather not say", None, "prefer_not_to_say"), ("skip", "skip", "prefer_not_to_say"),
])
def test_choices_longest_phrase_wins(text: str, intent: str | None, value: str) -> None:
    answer = parse_choice(CHOICES, text, intent, {})
    assert answer.ok and answer.value == value


def test_choice_nonsense_is_not_an_answer() -> None:
    assert parse_choice(CHOICES, "purple", None, {}).ok is False


@pytest.mark.parametrize("text,expected", [
    ("20:00", time(20, 0)), ("8 pm", time(20, 0)), ("eight thirty in the evening", time(20, 30)),
    ("half past seven am", time(7, 30)), ("7:15 am", time(7, 15)), ("nine", time(9, 0)),
])
def test_reminder_times(text: str, expected: time) -> None:
    assert parse_clock(text) == expected


def test_reminder_nonsense_and_speech() -> None:
    assert parse_clock("purple") is None
    assert parse_clock("25:00") is None
    assert spoken_time(time(20, 5)) == "eight oh five p m"
    assert spoken_number(42) == "forty two" and spoken_number(6.5) == "six and a half"
