"""Turning what a person said into an answer for a question (a 0-10 rating, hours, a choice, a note)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from coach.content_schema import CheckinItem, Choice
from coach.numbers import parse_number

# Said instead of an answer: the person moves on without answering.
_SKIP = re.compile(
    r"\b(skip( it| this| that)?|pass|prefer not to (say|answer)|(i'?d|i would) rather not( say| answer)?|"
    r"not (going|gonna) (to )?(say|answer)|next question|don'?t want to (say|answer)|no comment)\b"
)
_DONT_KNOW = re.compile(r"\b(i )?(do not|don'?t|dunno) know\b|\bnot sure\b|\bno idea\b")


@dataclass(frozen=True)
class Answer:
    """ok=False means "that was not an answer" (re-ask); value None with ok=True means "skipped"."""

    ok: bool
    value: Any = None

    @property
    def skipped(self) -> bool:
        return self.ok and self.value is None


NOT_AN_ANSWER = Answer(ok=False)
SKIPPED = Answer(ok=True, value=None)


def wants_to_skip(text: str, intent: str | None) -> bool:
    return intent == "skip" or bool(_SKIP.search(text))


def parse_rating(text: str, slots: dict[str, str], low: float, high: float, *, whole: bool = True) -> Answer:
    """A number in [low, high] from the words or the channel's number slot."""
    raw = slots.get("number") or text
    number = parse_number(raw)
    if number is None or not low <= number <= high:
        return NOT_AN_ANSWER
    if whole:
        # "six or seven" means between the two; a 0-10 scale keeps whole points, rounding half up.
        return Answer(ok=True, value=int(number + 0.5))
    return Answer(ok=True, value=round(number, 1))


def parse_item(item: CheckinItem, text: str, intent: str | None, slots: dict[str, str]) -> Answer:
    if item.kind == "choice":
        return parse_choice(item.choices, text, intent, slots)
    if wants_to_skip(text, intent) or _DONT_KNOW.search(text):
        return SKIPPED
    if item.kind == "scale":
        return parse_rating(text, slots, item.min or 0, item.max or 10)
    if item.kind == "hours":
        return parse_rating(text, slots, item.min or 0, item.max or 24, whole=False)
    note = (slots.get("text") or text).strip()
    if note.lower() in {"nothing", "none", "no", "nope", "nothing really", "not really"}:
        return SKIPPED
    return Answer(ok=True, value=note) if note else NOT_AN_ANSWER


def parse_choice(choices: list[Choice], text: str, intent: str | None, slots: dict[str, str]) -> Answer:
    values = {c.value for c in choices}
    slot_value = (slots.get("answer") or "").strip().lower().replace(" ", "_")
    if slot_value in values:
        return Answer(ok=True, value=slot_value)
    # The longest phrase wins: "not as prescribed" over "as prescribed", "yes with benzos" over "yes".
    found = longest_phrase(text, ((phrase, c.value) for c in choices for phrase in _phrases(c)))
    if found:
        return Answer(ok=True, value=found)
    if intent in ("yes", "no"):
        if intent in values:
            return Answer(ok=True, value=intent)
        if intent == "no" and "none" in values:
            return Answer(ok=True, value="none")
    if "prefer_not_to_say" in values and wants_to_skip(text, intent):
        return Answer(ok=True, value="prefer_not_to_say")
    if wants_to_skip(text, intent):
        return SKIPPED
    return NOT_AN_ANSWER


def _phrases(choice: Choice) -> list[str]:
    return [choice.value.replace("_", " "), choice.say, *choice.synonyms]


def longest_phrase(text: str, candidates: Iterable[tuple[str, str]]) -> str | None:
    """The value of the longest (phrase, value) whose phrase stands as whole words in text."""
    best: tuple[int, str] | None = None
    for phrase, value in candidates:
        phrase = " ".join(re.sub(r"[^\w\s']", " ", phrase.lower()).split())
        longer = best is None or len(phrase) > best[0]
        if phrase and longer and re.search(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", text):
            best = (len(phrase), value)
    return best[1] if best else None
