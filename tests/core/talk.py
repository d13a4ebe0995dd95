"""A tiny driver for whole conversations with the real engine and real content."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from coach.engine import Engine
from coach.models import PersonState, Reply, Turn

START = datetime(2026, 11, 2, 18, 0, tzinfo=UTC)


@dataclass
class Talk:
    engine: Engine
    user_id: str = "pat"
    now: datetime = START
    channel: str = "text"
    max_reply_seconds: float = 600.0
    state: PersonState = field(init=False)
    replies: list[Reply] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.state = PersonState(user_id=self.user_id)

    @property
    def events(self) -> list:
        return [e for r in self.replies for e in r.events]

    def _run(self, turn: Turn) -> Reply:
        reply, self.state = self.engine.turn(self.state, turn)
        self.replies.append(reply)
        self.now += timedelta(seconds=20)
        return reply

    def launch(self) -> Reply:
        return self._run(self._turn(kind="launch"))

    def say(self, text: str) -> Reply:
        return self._run(self._turn(text=text))

    def intent(self, name: str, **slots: str) -> Reply:
        return self._run(self._turn(intent=name, slots=slots))

    def end(self) -> Reply:
        return self._run(self._turn(kind="end"))

    def next_day(self, days: int = 1) -> None:
        self.now += timedelta(days=days)

    def _turn(self, **kw) -> Turn:
        return Turn(user_id=self.user_id, channel=self.channel, now=self.now,
                    max_reply_seconds=self.max_reply_seconds, **kw)

    def onboard(self, benzos: str = "no", drinks: str = "no", clinician: str | None = None) -> None:
        self.launch()
        self.say(benzos)
        self.say(drinks)
        if clinician is not None:
            self.say(clinician)
