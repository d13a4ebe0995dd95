"""Coach: the engine plus the store, for channels that keep no state of their own (typed, local voice).

It never raises. The safety screen runs before any database access can fail it: when the store is
down the turn runs on the last known (or a fresh) state, the reply says plainly that it was not saved,
and the turn waits in memory to be written when the store answers again. Turns still waiting when the
program ends go to the outbox on disk (coach/store/outbox.py); the next run stores them as soon as the
store answers, before it reads anyone's state.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from coach.content import Content, default_content
from coach.engine import Engine
from coach.models import PersonState, Reply, Segment, Turn
from coach.safety import screen

if TYPE_CHECKING:  # the store is optional for this module (typed mode talks without one)
    from coach.store.outbox import Outbox
    from coach.store.store import StateWrite

log = logging.getLogger(__name__)


class StateStore(Protocol):
    def load_state(self, user_id: str) -> PersonState | None: ...

    def save_turn(self, turn: Turn, state: PersonState, reply: Reply, *, state_write: StateWrite = "always") -> None:
        ...


class Coach:
    def __init__(self, content: Content | None = None, store: StateStore | None = None,
                 engine: Engine | None = None, outbox: Outbox | None = None) -> None:
        self.content = content or default_content()
        self.engine = engine or Engine(self.content)
        self.store = store
        self.outbox = outbox
        self._states: dict[str, PersonState] = {}
        self._unsaved: list[tuple[Turn, PersonState, Reply]] = []
        self._stand_in: set[str] = set()  # people whose state began fresh because the store was unreadable

    def close(self) -> None:
        """Keep turns the store never took in the outbox, for the next run to store."""
        if not self._unsaved:
            return
        from coach.store.outbox import entry as outbox_entry

        entries = [outbox_entry(t, s, list(r.events), stand_in=t.user_id in self._stand_in)
                   for t, s, r in self._unsaved]
        if self.outbox is not None and self.outbox.put(entries):
            log.warning("%d unsaved turn(s) kept in %s until the store answers", len(entries), self.outbox.path)
            self._unsaved.clear()
        else:
            log.error("%d turn(s) could not be saved and are lost", len(entries))

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
                    if self._drained_outbox():  # an earlier run's turns are in the store now: read again
                        stored = self.store.load_state(user_id)
                    self._stand_in.discard(user_id)
                    if stored is not None:
                        return stored
            except Exception as exc:  # StoreUnavailable or a driver error: keep talking
                log.warning("store unavailable while loading state: %s", type(exc).__name__)
                if user_id not in self._states:
                    self._stand_in.add(user_id)
        return self._states.get(user_id) or PersonState(user_id=user_id)

    def _drained_outbox(self) -> bool:
        # Only right after the store answered: while it is down, trying would make every turn wait twice.
        store = self.store
        if self.outbox is None or store is None:
            return False
        return self.outbox.drain(lambda t, s, r, write: store.save_turn(t, s, r, state_write=write)) > 0

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
