"""Numbers as people say them: "seven", "7", "about a six", "six and a half", "six or seven"."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "nought": 0, "none": 0, "nothing": 0, "nil": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
# Whole-utterance recognizer slips for a lone number word ("for" when someone said "four").
_ALONE = {"won": 1, "to": 2, "too": 2, "tree": 3, "for": 4, "fore": 4, "sex": 6, "ate": 8, "tin": 10}
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+")


def parse_number(text: str | None) -> float | None:
    """The number a person meant, or None when there is none ("purple").

    "six or seven" and "six to seven" give the middle (6.5): the person is between the two.
    """
    if not text:
        return None
    words = text.lower().replace("-", " ").replace("'", " ")
    tokens = _TOKEN.findall(words)
    if len(tokens) == 1 and tokens[0] in _ALONE:
        return float(_ALONE[tokens[0]])
    numbers: list[float] = []
    i = 0
    while i < len(tokens):
        value, used = _read_number(tokens, i)
        if value is None:
            i += 1
            continue
        i += used
        # "and a half" / "point five"
        if tokens[i:i + 3] == ["and", "a", "half"]:
            value += 0.5
            i += 3
        elif tokens[i:i + 2] == ["and", "half"]:
            value += 0.5
            i += 2
        elif i + 1 < len(tokens) and tokens[i] == "point" and tokens[i + 1] in _UNITS:
            value += _UNITS[tokens[i + 1]] / 10
            i += 2
        numbers.append(value)
        if len(numbers) == 2:
            break
    if not numbers:
        if re.search(r"\bhalf\b", words) and re.search(r"\b(an|a) half\b|\bhalf an?\b", words):
            return 0.5
        return None
    if len(numbers) == 2 and re.search(r"\d|\b(or|to|and)\b", words):
        between = re.search(r"\b(or|to)\b", words)
        if between:
            return (numbers[0] + numbers[1]) / 2
    return numbers[0]


def _read_number(tokens: list[str], i: int) -> tuple[float | None, int]:
    token = tokens[i]
    if token[0].isdigit():
        return float(token), 1
    if token in _TENS:
        if i + 1 < len(tokens) and tokens[i + 1] in _UNITS and 0 < _UNITS[tokens[i + 1]] < 10:
            return float(_TENS[token] + _UNITS[tokens[i + 1]]), 2
        return float(_TENS[token]), 1
    if token in _UNITS:
        if i + 1 < len(tokens) and tokens[i + 1] == "hundred":
            return float(_UNITS[token] * 100), 2
        return float(_UNITS[token]), 1
    return None, 1

