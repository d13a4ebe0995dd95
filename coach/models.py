"""The boundary models of the engine: what a channel hands in, what comes back, and what is remembered.

Every channel (Alexa, local voice, typed text) speaks to the engine only through these types, so a
channel can never skip the safety screen or invent its own conversation state.
"""

from __future__ import annotations

import secrets
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# The only safety flags that exist. Order is the order their speech is given in (most urgent first).
FLAGS: tuple[str, ...] = ("emergency", "suicide", "mix", "benzo", "alone", "treatment")
Flag = Literal["emergency", "suicide", "mix", "benzo", "alone", "treatment"]
# Flags that end whatever the person was doing: nothing else matters in that moment.
CRISIS_FLAGS: frozenset[str] = frozenset({"emergency", "suicide"})

Channel = Literal["alexa", "local", "text"]


def new_link_code() -> str:
    """A one-time caregiver link code: six random digits, drawn by the channel, not by the engine."""
    return f"{secrets.randbelow(1_000_000):06d}"


class Turn(BaseModel):
    """One thing the person did: opened the skill, said something, or left."""

    model_config = ConfigDict(frozen=True)

    user_id: str
    channel: Channel = "text"
    kind: Literal["launch", "utterance", "end"] = "utterance"
    # Open-vocabulary words when the channel has them (typed text, local recognizer, Alexa free-text slot).
    text: str | None = None
    # Intent name from content/intents.yaml, when the channel already resolved one (Alexa does).
    intent: str | None = None
    slots: dict[str, str] = Field(default_factory=dict)
    now: datetime
    session_id: str | None = None
    # How much audio one reply may hold; Alexa needs long exercises split across "say next" turns.
    max_reply_seconds: float = 90.0
    # Fresh on every turn so the pure engine can hand out an unpredictable caregiver link code; it is only
    # used (and stored, hashed) when the person confirms sharing.
    link_code: str = Field(default_factory=new_link_code, pattern=r"^[0-9]{6}$", repr=False)


class Segment(BaseModel):
    """A piece of speech followed by a silence (exercise pauses are real silences)."""

    text: str
    pause_s: float = 0.0


class Card(BaseModel):
    title: str
    text: str


class SafetyEvent(BaseModel):
    type: Literal["safety"] = "safety"
    flags: list[str]
    channel: str
    # Only filled when the person allowed transcripts to be kept.
    text: str | None = None


class OnboardingCompleted(BaseModel):
    type: Literal["onboarding_completed"] = "onboarding_completed"
    uses_benzos: bool | None
    drinks_to_come_down: bool | None
    clinician_involved: bool | None


class CheckinCompleted(BaseModel):
    type: Literal["checkin_completed"] = "checkin_completed"
    day: date
    answers: dict[str, Any]
    weekly: bool = False


class ExerciseRun(BaseModel):
    type: Literal["exercise_run"] = "exercise_run"
    exercise_id: str
    started_at: datetime
    craving_before: int | None
    craving_after: int | None
    completed: bool


class SettingChanged(BaseModel):
    type: Literal["setting_changed"] = "setting_changed"
    name: str
    value: Any


# Caregiver sharing (42 CFR Part 2 style consent: who, what, purpose, until when; revocable at once).
CONSENT_CATEGORIES: tuple[str, ...] = ("activity", "trends", "checkin_answers", "use_disclosures", "medication",
                                       "safety_events", "notes")
ConsentCategory = Literal["activity", "trends", "checkin_answers", "use_disclosures", "medication",
                          "safety_events", "notes"]
DEFAULT_CONSENT: tuple[str, ...] = ("activity", "trends")


class ConsentGranted(BaseModel):
    """The person agreed to share; the store keeps the link code hashed, valid fifteen minutes, one use."""

    type: Literal["consent_granted"] = "consent_granted"
    code: str = Field(pattern=r"^[0-9]{6}$", repr=False)
    categories: list[ConsentCategory]
    days: int = Field(ge=1, le=366)
    # Who the person named ("mom", "counselor"); "" when they said only "my caregiver".
    label: str = ""
    purpose: str = "recovery support"
    # May the caregiver download what they see (CSV/JSON)? Only when the person said yes.
    allow_export: bool = False


class ConsentRevoked(BaseModel):
    """Stop sharing: one consent (grant_id), or every consent and unused link code (None)."""

    type: Literal["consent_revoked"] = "consent_revoked"
    grant_id: int | None = None


Event = Annotated[
    SafetyEvent | OnboardingCompleted | CheckinCompleted | ExerciseRun | SettingChanged | ConsentGranted
    | ConsentRevoked,
    Field(discriminator="type"),
]


class Reply(BaseModel):
    segments: list[Segment] = Field(default_factory=list)
    reprompt: str | None = None
    flags: list[str] = Field(default_factory=list)
    end_session: bool = False
    card: Card | None = None
    events: list[Event] = Field(default_factory=list)

    @property
    def speech(self) -> str:
        return " ".join(s.text.strip() for s in self.segments if s.text.strip())


# ---- what the engine remembers about a person -------------------------------------------------


class CheckinSummary(BaseModel):
    day: date
    craving: int | None = None
    mood: int | None = None
    stress: int | None = None


class ExerciseSummary(BaseModel):
    day: date
    exercise_id: str
    craving_before: int | None = None
    craving_after: int | None = None


class Profile(BaseModel):
    onboarded: bool = False
    uses_benzos: bool | None = None
    drinks_to_come_down: bool | None = None
    clinician_involved: bool | None = None
    keep_transcripts: bool = False
    timezone: str | None = None  # IANA name; None = the timezone of the turn's clock
    reminder_time: str | None = None  # "HH:MM", local time
    # Recent history is kept in state so progress and escalation rules need no database read.
    checkins: list[CheckinSummary] = Field(default_factory=list)
    exercises: list[ExerciseSummary] = Field(default_factory=list)
    last_weekly: date | None = None
    # Check-in days in a row just before the oldest summary in `checkins` (which keeps a bounded window),
    # so a streak longer than the window is still counted whole.
    streak_carry: int = 0


class CheckinDraft(BaseModel):
    day: date
    answers: dict[str, Any] = Field(default_factory=dict)
    weekly: bool = False


class Activity(BaseModel):
    """Where the conversation is right now."""

    flow: Literal["idle", "onboarding", "craving", "exercise", "checkin"] = "idle"
    # The question waiting for an answer, e.g. "craving_before", "choose_exercise", a check-in item id.
    awaiting: str | None = None
    retries: int = 0
    exercise_id: str | None = None
    step_index: int = 0
    paused: bool = False
    exercise_started_at: datetime | None = None
    craving_before: int | None = None
    suggested: list[str] = Field(default_factory=list)
    onboarding: dict[str, Any] = Field(default_factory=dict)
    # The sharing being set up by voice: categories, days, label (coach.flows.consent).
    consent: dict[str, Any] = Field(default_factory=dict)


class SharedWith(BaseModel):
    grant_id: int
    # The caregiver's name once they linked, else who the person named when sharing.
    who: str
    linked: bool
    categories: list[str]
    expires_at: datetime
    # Who the person named when sharing ("mom"), "" for just "my caregiver".
    label: str = ""


class CaregiverView(BaseModel):
    who: str
    what: str  # "timeline", "export"
    at: datetime


class SharingSummary(BaseModel):
    """Who can see the person's logs and who looked, read from the store with the state (never saved in it)."""

    shared_with: list[SharedWith] = Field(default_factory=list)
    recent_views: list[CaregiverView] = Field(default_factory=list)  # newest first
    views_last_30_days: int = 0


class PersonState(BaseModel):
    user_id: str
    profile: Profile = Field(default_factory=Profile)
    activity: Activity = Field(default_factory=Activity)
    checkin_draft: CheckinDraft | None = None
    last_segments: list[Segment] = Field(default_factory=list)
    last_reprompt: str | None = None
    # Derived by Store.load_state from the consent tables; None = could not be checked. Not part of the
    # saved state JSON (the store leaves it out), so a stale copy can never be read back.
    sharing: SharingSummary | None = None
