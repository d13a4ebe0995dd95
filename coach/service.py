"""Coach: the engine plus the store, for channels that keep no state of their own (typed, local voice).

It never raises. The safety screen runs before any database access can fail it: when the store is
down the turn runs on the last known (or a fresh) state, the reply says plainly that it was not saved,
and the turn waits in memory to be written when the store answers again.
"""

from __future__ import annotations

import logging
from typing import Protocol

from coach.content import Content, default_content
from coach.engine import Engine
from coach.models import PersonState, Reply, Segment, Turn
from coach.safety import screen

log = logging.getLogger(__name__)


class StateStore(Protocol):
    def load_state(self, user_id: str) -> PersonState | None: ...

    def save_turn(self, turn: Turn, state: PersonState, reply: Reply) -> None: ...


class Coach:
    def __init__(self, content: Content | None = None, store: StateStore | None = None,
                 engine: Engine | None = None) -> None:
        self.content = content or default_content()
        self.engine = engine or Engine(self.content)
        self.store = store
        self._states: dict[str, PersonState] = {}
        self._unsaved: list[tuple[Turn, PersonState, Reply]] = []

    @property
    def unsaved_turns(self) -> int:
        return len(self._unsaved)

    def handle(self, turn: Turn) -> Reply:
        try:
            state = self._load(turn.user_id)
            reply, new_state = self.engine.turn(state, turn)
        except Exception:  # a bug must not silence the safety speech
            log.exception("engine failed on a turn")
            return self._last_resort(turn)
        self._states[turn.user_id] = new_state
        if not self._save(turn, new_state, reply):
            reply = reply.model_copy(update={"segments": [*reply.segments,
                                                          Segment(text=self.content.say("not_saved"))]})
        return reply

    def _load(self, user_id: str) -> PersonState:
        if self.store is not None:
            try:
                self._flush()
                if not any(t.user_id == user_id for t, _, _ in self._unsaved):
                    stored = self.store.load_state(user_id)
                    if stored is not None:
                        return stored
            except Exception as exc:  # StoreUnavailable or a driver error: keep talking
                log.warning("store unavailable while loading state: %s", type(exc).__name__)
        return self._states.get(user_id) or PersonState(user_id=user_id)

    def _save(self, turn: Turn, state: PersonState, reply: Reply) -> bool:
        if self.store is None:
            return True
        self._unsaved.append((turn, state, reply))
        try:
            self._flush()
        except Exception as exc:
            log.warning("store unavailable; %d turn(s) kept in memory: %s", len(self._unsaved), type(exc).__name__)
            return False
        return True

    def _flush(self) -> None:
        """Write waiting turns oldest first; stop at the first failure so order is kept."""
        while self._unsaved and self.store is not None:
            turn, state, reply = self._unsaved[0]
            self.store.save_turn(turn, state, reply)
            self._unsaved.pop(0)

    def _last_resort(self, turn: Turn) -> Reply:
        result = screen(turn.text, safety=self.content.safety)
        segments = [Segment(text=result.speech)] if result.speech else []
        segments.append(Segment(text=self.content.say("internal_error")))
        return Reply(segments=segments, flags=result.flags, reprompt=self.content.say("what_next_reprompt"))
