"""Pydantic models for everything in content/. Content is data a clinician can review; these models are
what makes a typo in it a start-up error instead of a silent gap in a conversation."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from coach.models import FLAGS

_ID = r"^[a-z][a-z0-9_]*$"
SPEAKING_WORDS_PER_SECOND = 2.5  # ~150 words a minute, the rate the speakers use


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---- exercises ---------------------------------------------------------------------------------


class ExerciseStep(Strict):
    text: str = Field(min_length=1)
    # A real silence after the text; Alexa can hold at most 10 s in one break, so longer ones are split.
    pause_s: float = Field(default=0.0, ge=0, le=30)


class Exercise(Strict):
    id: str = Field(pattern=_ID)
    title: str
    summary: str = Field(min_length=1, description="one spoken sentence used when offering it")
    minutes: float = Field(ge=1, le=5)
    aliases: list[str] = Field(default_factory=list, description="other names a person may say")
    good_for: list[Literal["high", "medium", "low"]] = Field(default_factory=lambda: ["high", "medium", "low"])
    sources: list[str] = Field(min_length=1)
    steps: list[ExerciseStep] = Field(min_length=2)

    def estimated_seconds(self) -> float:
        words = sum(len(s.text.split()) for s in self.steps)
        return words / SPEAKING_WORDS_PER_SECOND + sum(s.pause_s for s in self.steps)

    @model_validator(mode="after")
    def _length_matches_minutes(self) -> Exercise:
        seconds = self.estimated_seconds()
        if not 40 <= seconds <= 330:
            raise ValueError(f"steps take about {seconds:.0f} s spoken; an exercise must fit in 1-5 minutes")
        return self


class ExerciseFile(Strict):
    exercises: list[Exercise] = Field(min_length=1)

    @field_validator("exercises")
    @classmethod
    def _unique_ids(cls, v: list[Exercise]) -> list[Exercise]:
        _no_duplicates([e.id for e in v], "exercise id")
        return v


# ---- check-in ----------------------------------------------------------------------------------


class Choice(Strict):
    value: str = Field(pattern=_ID)
    say: str = Field(description="how the coach says this option when listing them")
    synonyms: list[str] = Field(default_factory=list)
    score: int | None = None  # PHQ-2 / GAD-2 item scores


class CheckinItem(Strict):
    id: str = Field(pattern=_ID)
    ask: str
    kind: Literal["scale", "hours", "choice", "text"]
    min: float | None = None
    max: float | None = None
    choices: list[Choice] = Field(default_factory=list)
    # Answers (choice values) that must bring the clinician prompt: benzo misuse, running out, alcohol + benzos.
    clinician_prompt_on: list[str] = Field(default_factory=list)
    # Which safety speech those answers bring: "mix" for alcohol with benzos, "benzo" otherwise.
    clinician_flag: Literal["benzo", "mix"] = "benzo"
    # Only asked when the person told onboarding they take benzos or drink to come down.
    only_if: Literal["uses_benzos", "drinks_to_come_down"] | None = None
    optional: bool = True

    @model_validator(mode="after")
    def _shape(self) -> CheckinItem:
        if self.kind in ("scale", "hours") and (self.min is None or self.max is None):
            raise ValueError(f"a {self.kind} item needs min and max")
        if self.kind == "choice" and len(self.choices) < 2:
            raise ValueError("a choice item needs at least two choices")
        values = [c.value for c in self.choices]
        _no_duplicates(values, "choice value")
        unknown = set(self.clinician_prompt_on) - set(values)
        if unknown:
            raise ValueError(f"clinician_prompt_on names unknown choices: {sorted(unknown)}")
        return self


class CheckinFile(Strict):
    daily: list[CheckinItem] = Field(min_length=1)
    weekly: list[CheckinItem] = Field(default_factory=list)
    sources: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> CheckinFile:
        _no_duplicates([i.id for i in self.daily + self.weekly], "check-in item id")
        return self


# ---- safety ------------------------------------------------------------------------------------


class FlagText(Strict):
    speech: str = Field(min_length=1, description="spoken first, before anything else in the turn")
    card: str = Field(min_length=1, description="the same help in writing, for the Alexa app card")


class SafetyFile(Strict):
    flags: dict[str, FlagText]
    resources_speech: str = Field(min_length=1, description="'give me the numbers': every line, spoken")
    resources_card: str = Field(min_length=1)
    sources: list[str] = Field(min_length=1)

    @field_validator("flags")
    @classmethod
    def _every_flag(cls, v: dict[str, FlagText]) -> dict[str, FlagText]:
        missing = set(FLAGS) - set(v)
        extra = set(v) - set(FLAGS)
        if missing or extra:
            raise ValueError(f"flags must be exactly {list(FLAGS)}; missing {sorted(missing)}, unknown {sorted(extra)}")
        return v

    @model_validator(mode="after")
    def _no_digits_spoken(self) -> SafetyFile:
        # Numbers must be said so they are heard ("nine eight eight"); a TTS may read 988 as "nine hundred...".
        for name, text in [*((f"flags.{k}.speech", t.speech) for k, t in self.flags.items()),
                           ("resources_speech", self.resources_speech)]:
            if re.search(r"\d", text):
                raise ValueError(f"{name}: spell out numbers in speech (found a digit)")
        return self


# ---- intents -----------------------------------------------------------------------------------


class SlotValue(Strict):
    value: str
    synonyms: list[str] = Field(default_factory=list)


class SlotType(Strict):
    # A slot type listed here is custom; AMAZON.* types are referenced by name only.
    values: list[SlotValue] = Field(default_factory=list)
    # "exercises" fills the values from content/exercises.yaml (ids with titles and aliases as synonyms).
    values_from: Literal["exercises", "checkin_choices"] | None = None


class IntentSpec(Strict):
    alexa_name: str = Field(pattern=r"^(AMAZON\.[A-Za-z]+|[A-Z][A-Za-z]+Intent)$")
    samples: list[str] = Field(default_factory=list, description="Rhasspy-style templates")
    slots: dict[str, str] = Field(default_factory=dict, description="slot name -> slot type")
    safety_flag: str | None = None

    @field_validator("safety_flag")
    @classmethod
    def _known_flag(cls, v: str | None) -> str | None:
        if v is not None and v not in FLAGS:
            raise ValueError(f"unknown safety flag {v!r}; one of {list(FLAGS)}")
        return v


class IntentFile(Strict):
    invocation_name: str = Field(pattern=r"^[a-z][a-z ]+$")
    rules: dict[str, str] = Field(default_factory=dict, description="reusable <rule> templates")
    slot_types: dict[str, SlotType] = Field(default_factory=dict)
    intents: dict[str, IntentSpec]

    @model_validator(mode="after")
    def _slot_types_exist(self) -> IntentFile:
        for name, intent in self.intents.items():
            for slot, stype in intent.slots.items():
                if not stype.startswith("AMAZON.") and stype not in self.slot_types:
                    raise ValueError(f"intents.{name}.slots.{slot}: slot type {stype!r} is not defined")
        _no_duplicates([i.alexa_name for i in self.intents.values()], "alexa_name")
        return self


# ---- prompts -----------------------------------------------------------------------------------


class PromptFile(Strict):
    prompts: dict[str, str | list[str]]


def _no_duplicates(values: list[str], what: str) -> None:
    seen: set[str] = set()
    for v in values:
        if v in seen:
            raise ValueError(f"duplicate {what} {v!r}")
        seen.add(v)
