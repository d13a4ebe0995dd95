"""ask-sdk persistence on the project's store: a person's state, keyed by the Alexa user id.

Persistent attributes are `{"state": PersonState}` (the model itself: nothing but this adapter ever
serialises them, so a JSON round trip per request would be pure cost). The SDK's save_attributes can only hand
over attributes, but a turn also produces events (check-ins, exercise runs, safety events) that must be
written in the same transaction as the state, so `save_turn` is the method the response interceptor
uses; save_attributes stays for callers that only have attributes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Protocol

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_model import RequestEnvelope

from coach.models import PersonState, Reply, Turn

STATE_KEY = "state"


class StateStore(Protocol):
    def load_state(self, user_id: str) -> PersonState | None: ...

    def save_turn(self, turn: Turn, state: PersonState, reply: Reply) -> None: ...


def alexa_user_id(request_envelope: RequestEnvelope) -> str:
    context = request_envelope.context
    if context is not None and context.system is not None and context.system.user is not None:
        return str(context.system.user.user_id)
    session = request_envelope.session
    if session is not None and session.user is not None:
        return str(session.user.user_id)
    raise ValueError("request has no user id")


class StorePersistenceAdapter(AbstractPersistenceAdapter):  # type: ignore[misc]
    def __init__(self, store: StateStore) -> None:
        self.store = store

    def get_attributes(self, request_envelope: RequestEnvelope) -> dict[str, Any]:
        """Raises the store's error (StoreUnavailable) when the database cannot answer."""
        state = self.store.load_state(alexa_user_id(request_envelope))
        return {STATE_KEY: state} if state is not None else {}

    def save_attributes(self, request_envelope: RequestEnvelope, attributes: dict[str, Any]) -> None:
        user_id = alexa_user_id(request_envelope)
        raw = attributes.get(STATE_KEY) or {"user_id": user_id}
        state = raw if isinstance(raw, PersonState) else PersonState.model_validate(raw)
        session = request_envelope.session
        turn = Turn(user_id=user_id, channel="alexa", kind="utterance", now=datetime.now(UTC),
                    session_id=session.session_id if session is not None else None)
        self.store.save_turn(turn, state, Reply())

    def delete_attributes(self, request_envelope: RequestEnvelope) -> None:
        # Forgetting a person is a store-level operation (history rows too), not a state overwrite.
        delete = getattr(self.store, "delete_person", None)
        if delete is None:
            raise NotImplementedError("the store has no delete_person(user_id)")
        delete(alexa_user_id(request_envelope))

    def save_turn(self, turn: Turn, state: PersonState, reply: Reply) -> None:
        """State, session row and events in one store transaction."""
        self.store.save_turn(turn, state, reply)
