"""The working context of one engine turn: what came in, and the reply being built up.

Flows (onboarding, craving, exercise, check-in) write into it; the engine turns it into a Reply.
"""

from __future__ import annotations

import contextlib
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from coach.content import Content
from coach.models import Card, PersonState, Reply, Segment, Turn

_PUNCT = re.compile(r"[^\w\s']")
T = TypeVar("T")


class Variety:
    """Deterministic variety for one turn: the same turn always gets the same wording.

    A 64-bit linear congruential generator (Knuth's MMIX constants), plenty for picking among a few
    phrasings; seeding random.Random's Mersenne Twister cost 18 us, a tenth of an engine turn."""

    _MASK = (1 << 64) - 1

    def __init__(self, seed: int) -> None:
        self._state = seed & self._MASK

    def random(self) -> float:
        """A float in [0, 1)."""
        self._state = (self._state * 6364136223846793005 + 1442695040888963407) & self._MASK
        return (self._state >> 11) / float(1 << 53)

    def choice(self, options: Sequence[T]) -> T:
        return options[int(self.random() * len(options))]


@dataclass
class TurnContext:
    content: Content
    state: PersonState
    turn: Turn
    intent: str | None
    slots: dict[str, str]
    segments: list[Segment] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    card: Card | None = None
    reprompt: str | None = None
    end_session: bool = False
    rng: Variety = field(init=False)

    def __post_init__(self) -> None:
        # Variety without hidden state: the same turn always gets the same wording.
        seed = zlib.crc32(f"{self.turn.user_id}|{self.turn.now.isoformat()}|{self.turn.text}".encode())
        self.rng = Variety(seed)

    # ---- input helpers -----------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The person's words, lower-cased and without punctuation ("" when the channel had none)."""
        return " ".join(_PUNCT.sub(" ", (self.turn.text or "").lower()).split())

    @property
    def today(self) -> date:
        tz_name = self.state.profile.timezone
        now = self.turn.now
        if tz_name:
            with contextlib.suppress(ZoneInfoNotFoundError):
                now = now.astimezone(ZoneInfo(tz_name))
        return now.date()

    # ---- output helpers ----------------------------------------------------------------------

    def line(self, key: str, **values: Any) -> str:
        return self.content.say(key, self.rng, **values)

    def say(self, key: str, pause_s: float = 0.0, **values: Any) -> None:
        self.say_text(self.line(key, **values), pause_s)

    def say_text(self, text: str, pause_s: float = 0.0) -> None:
        if text.strip() or pause_s:
            self.segments.append(Segment(text=text.strip(), pause_s=pause_s))

    def ask(self, question: str, reprompt: str | None = None) -> None:
        """End the reply with a question; the reprompt is what the device says if nobody answers."""
        self.say_text(question)
        self.reprompt = reprompt or question

    def to_reply(self) -> Reply:
        return Reply(
            segments=self.segments,
            reprompt=None if self.end_session else self.reprompt,
            flags=sorted(self.flags),
            end_session=self.end_session,
            card=self.card,
            events=self.events,
        )
