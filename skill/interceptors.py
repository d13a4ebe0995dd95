"""Loading a person's state before the handlers run and saving it after, so handlers never touch storage.

When the store is down the turn still runs (the safety screen needs no database) on the state carried
in the Alexa session, or a fresh one; nothing is written over the stored state in that case, the
speech says plainly that this turn was not saved, and the state rides in the session attributes so
the conversation can go on.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor, AbstractResponseInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.ui import SsmlOutputSpeech
from pydantic import ValidationError

from coach.models import PersonState
from skill.persistence import STATE_KEY, StorePersistenceAdapter, alexa_user_id
from skill.ssml import text_ssml

log = logging.getLogger(__name__)

# Request attributes shared by the interceptors and handlers.
STATE = "aria.state"  # PersonState loaded for this request
STORE_OK = "aria.store_ok"  # the state came from (or at least was read from) the store
TURN = "aria.turn"  # the Turn the engine ran
REPLY = "aria.reply"  # the engine's Reply
NEW_STATE = "aria.new_state"  # the engine's new PersonState
SESSION_STATE = "aria_state"  # session attribute holding the state while the store is down
# Alexa refuses responses over about 24 KB; the state only rides along while it leaves room for speech.
MAX_SESSION_STATE_BYTES = 12 * 1024


def _session(handler_input: HandlerInput) -> dict[str, Any] | None:
    if handler_input.request_envelope.session is None:
        return None
    return handler_input.attributes_manager.session_attributes


class LoadStateInterceptor(AbstractRequestInterceptor):  # type: ignore[misc]
    def process(self, handler_input: HandlerInput) -> None:
        manager = handler_input.attributes_manager
        request_attrs = manager.request_attributes
        user_id = alexa_user_id(handler_input.request_envelope)
        state: PersonState | None = None
        try:
            stored = manager.persistent_attributes.get(STATE_KEY)
            request_attrs[STORE_OK] = True
            if isinstance(stored, PersonState):
                state = stored
            elif stored:
                state = PersonState.model_validate(stored)
        except ValidationError:
            log.error("stored state for a person does not validate; starting from a fresh state")
        except Exception as exc:  # StoreUnavailable or a driver error: keep talking
            log.warning("store unavailable while loading state: %s", type(exc).__name__)
            request_attrs[STORE_OK] = False
        carried = (_session(handler_input) or {}).get(SESSION_STATE)
        if carried:
            # A previous turn of this session could not be saved: its state is newer than the store's.
            try:
                state = PersonState.model_validate(carried)
            except ValidationError:
                log.warning("session state does not validate; ignored")
        if state is None or state.user_id != user_id:
            state = PersonState(user_id=user_id)
        request_attrs[STATE] = state


class SaveStateInterceptor(AbstractResponseInterceptor):  # type: ignore[misc]
    def __init__(self, adapter: StorePersistenceAdapter, not_saved_text: str) -> None:
        self.adapter = adapter
        self.not_saved_text = not_saved_text

    def process(self, handler_input: HandlerInput, response: Response | None) -> None:
        manager = handler_input.attributes_manager
        request_attrs = manager.request_attributes
        turn, state, reply = request_attrs.get(TURN), request_attrs.get(NEW_STATE), request_attrs.get(REPLY)
        if turn is None or state is None or reply is None:
            return  # no engine turn ran (e.g. a request type the coach ignores)
        manager.persistent_attributes = {STATE_KEY: state}
        saved = False
        if request_attrs.get(STORE_OK):
            try:
                self.adapter.save_turn(turn, state, reply)
                saved = True
            except Exception as exc:
                log.warning("store unavailable while saving a turn: %s", type(exc).__name__)
        session = _session(handler_input)
        if saved:
            if session:
                session.pop(SESSION_STATE, None)
            return
        carried = state.model_dump(mode="json")
        if session is not None and not reply.end_session and len(json.dumps(carried)) <= MAX_SESSION_STATE_BYTES:
            session[SESSION_STATE] = carried
        if response is not None and turn.kind != "end":
            _append_speech(response, self.not_saved_text)


def _append_speech(response: Response, text: str) -> None:
    extra = text_ssml(text)[len("<speak>"):-len("</speak>")]
    speech = response.output_speech
    if isinstance(speech, SsmlOutputSpeech) and speech.ssml:
        speech.ssml = speech.ssml[: -len("</speak>")] + " " + extra + "</speak>"
    else:
        response.output_speech = SsmlOutputSpeech(ssml=f"<speak>{extra}</speak>")
