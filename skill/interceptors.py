"""Loading a person's state before the handlers run and saving it after, so handlers never touch storage.

When the store is down the turn still runs (the safety screen needs no database) on the state carried
in the Alexa session, or a fresh one; nothing is written over the stored state in that case. The state
and the turn's events (check-ins, exercise runs, safety events) ride in the session attributes, and the
first turn that reaches the store again writes those events before its own (upserts on natural keys, so
a replay is stored once). The speech says plainly that the turn was not saved yet, and, when the session
ends before the store is back (nothing can be carried past it), that it will not be saved.
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

from coach.models import PersonState, Reply, Turn
from coach.store.outbox import Outbox
from coach.store.outbox import entry as outbox_entry
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
SESSION_PENDING = "aria_pending"  # session attribute: [{"turn": ..., "events": [...]}] not written yet
# Session attribute: true when the carried state began as a fresh stand-in because the store could not be
# read; it must never be saved over a person the store knows.
SESSION_STAND_IN = "aria_stand_in"
# Session attribute: the state as last saved, so a store outage mid-session resumes where the person was.
SESSION_SNAPSHOT = "aria_saved_state"
STAND_IN = "aria.stand_in"  # request attribute: this turn's starting state is a stand-in
# Alexa refuses responses over about 24 KB; the state only rides along while it leaves room for speech.
MAX_SESSION_STATE_BYTES = 12 * 1024


def _session(handler_input: HandlerInput) -> dict[str, Any] | None:
    if handler_input.request_envelope.session is None:
        return None
    return handler_input.attributes_manager.session_attributes


class LoadStateInterceptor(AbstractRequestInterceptor):  # type: ignore[misc]
    def __init__(self, adapter: StorePersistenceAdapter | None = None, outbox: Outbox | None = None) -> None:
        self.adapter = adapter
        self.outbox = outbox

    def process(self, handler_input: HandlerInput) -> None:
        manager = handler_input.attributes_manager
        request_attrs = manager.request_attributes
        user_id = alexa_user_id(handler_input.request_envelope)
        session = _session(handler_input) or {}
        stored: PersonState | None = None
        try:
            raw = manager.persistent_attributes.get(STATE_KEY)
            if self._drained_outbox():  # turns kept while the store was down are in it now: read again
                manager.persistent_attributes = self.adapter.get_attributes(handler_input.request_envelope)
                raw = manager.persistent_attributes.get(STATE_KEY)
            request_attrs[STORE_OK] = True
            if isinstance(raw, PersonState):
                stored = raw
            elif raw:
                stored = PersonState.model_validate(raw)
        except ValidationError:
            log.error("stored state for a person does not validate; starting from a fresh state")
        except Exception as exc:  # StoreUnavailable or a driver error: keep talking
            log.warning("store unavailable while loading state: %s", type(exc).__name__)
            request_attrs[STORE_OK] = False
        store_ok = bool(request_attrs[STORE_OK])
        # A previous turn of this session could not be saved: its state is newer than the store's, unless
        # it was a stand-in begun while the store was unreadable and the store knows this person after all.
        carried = _valid_state(session.get(SESSION_STATE), user_id)
        stand_in = bool(session.get(SESSION_STAND_IN))
        if carried is not None and not (stand_in and store_ok and stored is not None):
            state, request_attrs[STAND_IN] = carried, stand_in
            return self._use(request_attrs, state)
        if not store_ok:
            snapshot = _valid_state(session.get(SESSION_SNAPSHOT), user_id)
            if snapshot is not None:  # what the store held after this session's last saved turn
                request_attrs[STAND_IN] = False
                return self._use(request_attrs, snapshot)
        request_attrs[STAND_IN] = not store_ok
        self._use(request_attrs, stored if stored is not None and stored.user_id == user_id
                  else PersonState(user_id=user_id))

    @staticmethod
    def _use(request_attrs: dict[str, Any], state: PersonState) -> None:
        request_attrs[STATE] = state

    def _drained_outbox(self) -> bool:
        # Only once the store has just answered: while it is down, trying would make every turn wait twice.
        return self.outbox is not None and self.adapter is not None and self.outbox.drain(self.adapter.save_turn) > 0


def _valid_state(raw: object, user_id: str) -> PersonState | None:
    if not raw:
        return None
    try:
        state = PersonState.model_validate_json(raw) if isinstance(raw, str) else PersonState.model_validate(raw)
    except ValidationError:
        log.warning("session state does not validate; ignored")
        return None
    return state if state.user_id == user_id else None


class SaveStateInterceptor(AbstractResponseInterceptor):  # type: ignore[misc]
    def __init__(self, adapter: StorePersistenceAdapter, not_saved_text: str, lost_text: str | None = None, *,
                 outbox: Outbox | None = None, kept_text: str | None = None) -> None:
        self.adapter = adapter
        self.not_saved_text = not_saved_text  # carried in the session while the conversation goes on
        self.lost_text = lost_text or not_saved_text  # nowhere left to keep it
        self.outbox = outbox
        self.kept_text = kept_text or not_saved_text  # kept on this server's disk until the store is back

    def process(self, handler_input: HandlerInput, response: Response | None) -> None:
        manager = handler_input.attributes_manager
        request_attrs = manager.request_attributes
        turn, state, reply = request_attrs.get(TURN), request_attrs.get(NEW_STATE), request_attrs.get(REPLY)
        if turn is None or state is None or reply is None:
            return  # no engine turn ran (e.g. a request type the coach ignores)
        manager.persistent_attributes = {STATE_KEY: state}
        session = _session(handler_input)
        pending = _pending(session, state.user_id)
        earlier = list(pending)
        if reply.events:
            pending.append({"turn": turn.model_dump(mode="json"),
                            "events": [e.model_dump(mode="json") for e in reply.events]})
        if request_attrs.get(STORE_OK) and self._save(turn, state, reply, earlier):
            if session is not None:
                for key in (SESSION_STATE, SESSION_PENDING, SESSION_STAND_IN, SESSION_SNAPSHOT):
                    session.pop(key, None)
                if turn.kind != "end" and not reply.end_session:
                    # Without the last reply's words: a long exercise step must not crowd the snapshot out.
                    snapshot = session_state_json(state, exclude={"last_segments", "last_reprompt"})
                    if len(snapshot) <= MAX_SESSION_STATE_BYTES:
                        session[SESSION_SNAPSHOT] = snapshot
            return
        carried = {SESSION_STATE: session_state_json(state), SESSION_PENDING: pending,
                   SESSION_STAND_IN: bool(request_attrs.get(STAND_IN))}
        kept = (session is not None and turn.kind != "end" and not reply.end_session
                and len(json.dumps(carried)) <= MAX_SESSION_STATE_BYTES)
        on_disk = False
        if kept:
            assert session is not None
            session.pop(SESSION_SNAPSHOT, None)  # the carried state supersedes it
            session.update(carried)
        else:
            stand_in = bool(request_attrs.get(STAND_IN))
            # Every unsaved turn of the session with the newest state, as _save would have written them.
            on_disk = self.outbox is not None and self.outbox.put(
                [outbox_entry(e["turn"], state, e["events"], stand_in=stand_in) for e in earlier]
                + [outbox_entry(turn, state, list(reply.events), stand_in=stand_in)])
            if not on_disk:
                log.warning("a turn could not be saved and cannot be carried (%d with events)", len(pending))
        if response is not None and turn.kind != "end":
            _append_speech(response, self.not_saved_text if kept else self.kept_text if on_disk else self.lost_text)

    def _save(self, turn: Turn, state: PersonState, reply: Reply, earlier: list[dict[str, Any]]) -> bool:
        """Earlier unsaved turns' events, then this turn; False (nothing lost) if the store fails."""
        try:
            for entry in earlier:
                self.adapter.save_turn(Turn.model_validate(entry["turn"]), state,
                                       Reply.model_validate({"events": entry["events"]}))
            self.adapter.save_turn(turn, state, reply)
            return True
        except Exception as exc:
            log.warning("store unavailable while saving a turn: %s", type(exc).__name__)
            return False


def session_state_json(state: PersonState, exclude: set[str] | None = None) -> str:
    """The state as it rides in the session attributes: without fields that are None, which reload as None
    (no field that may be None defaults to anything else: tests/skill/test_session_state.py checks).
    exclude_defaults would be smaller still but cost three times as much on every turn."""
    # A string, not a dict: ask-sdk deep-copies session attributes on every request, and a string copies
    # for free where a dict of history summaries costs milliseconds.
    return state.model_dump_json(exclude={"sharing", *(exclude or ())}, exclude_none=True)


def _pending(session: dict[str, Any] | None, user_id: str) -> list[dict[str, Any]]:
    """This session's earlier turns whose events are not in the store yet; entries that do not validate
    (or belong to someone else) are dropped, so one bad entry cannot block every later save."""
    raw = (session or {}).get(SESSION_PENDING)
    kept: list[dict[str, Any]] = []
    for entry in raw if isinstance(raw, list) else []:
        try:
            turn = Turn.model_validate(entry["turn"])
            Reply.model_validate({"events": entry["events"]})
        except (ValidationError, KeyError, TypeError):
            log.warning("a pending turn in the session does not validate; dropped")
            continue
        if turn.user_id == user_id:
            kept.append(entry)
    return kept


def _append_speech(response: Response, text: str) -> None:
    extra = text_ssml(text)[len("<speak>"):-len("</speak>")]
    speech = response.output_speech
    if isinstance(speech, SsmlOutputSpeech) and speech.ssml:
        speech.ssml = speech.ssml[: -len("</speak>")] + " " + extra + "</speak>"
    else:
        response.output_speech = SsmlOutputSpeech(ssml=f"<speak>{extra}</speak>")
