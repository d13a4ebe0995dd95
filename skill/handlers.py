"""Alexa requests mapped onto engine turns. The registration order in `build_skill` is the map of the skill.

Every handler does the same three things: build a `Turn` from the request, run the engine on the state
the request interceptor loaded, render the reply. The safety screen runs inside the engine, so no
handler can skip it; crisis intents get their own handler only so that nothing registered later can
ever shadow them.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from ask_sdk_core.dispatch_components import AbstractExceptionHandler, AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import IntentRequest, Response
from ask_sdk_model.slu.entityresolution import StatusCode
from ask_sdk_model.ui import SimpleCard

from coach.content import Content
from coach.engine import Engine
from coach.models import Reply, Turn
from coach.safety import screen
from skill.interceptors import NEW_STATE, REPLY, STATE, TURN
from skill.persistence import alexa_user_id
from skill.ssml import render, text_ssml

log = logging.getLogger(__name__)

MAX_REPLY_SECONDS = 90.0  # Alexa closes the mic after long speech; exercises continue on "next"
FREE_TEXT_INTENT = "free_text"
FREE_TEXT_SLOT = "text"
FALLBACK_INTENT = "fallback"
SORRY = "Sorry, something went wrong on my side. If you need someone right now, say give me the numbers."
SORRY_NEXT = "You can say that again, or say help."


def sorry(content: Content) -> str:
    try:
        return content.say("internal_error")
    except Exception:  # a missing prompt must not break the last line of defence
        return SORRY


class IntentMap:
    """Alexa intent names <-> the internal names in content/intents.yaml."""

    def __init__(self, content: Content) -> None:
        intents = content.intents.intents
        self.internal = {spec.alexa_name: name for name, spec in intents.items()}
        self.safety_flag = {name: spec.safety_flag for name, spec in intents.items() if spec.safety_flag}
        self.crisis_alexa = {spec.alexa_name for spec in intents.values() if spec.safety_flag}
        self.free_text_alexa = intents[FREE_TEXT_INTENT].alexa_name if FREE_TEXT_INTENT in intents else None


def intent_request(handler_input: HandlerInput) -> IntentRequest | None:
    req = handler_input.request_envelope.request
    return req if isinstance(req, IntentRequest) else None


def slot_values(req: IntentRequest) -> dict[str, str]:
    """Slot name -> the entity-resolved canonical value when Alexa matched one, else what was heard."""
    values: dict[str, str] = {}
    for name, slot in (req.intent.slots or {}).items():
        if slot is None or slot.value in (None, ""):
            continue
        value = str(slot.value)
        authorities = slot.resolutions.resolutions_per_authority if slot.resolutions else None
        for authority in authorities or []:
            if authority.status and authority.status.code == StatusCode.ER_SUCCESS_MATCH and authority.values:
                resolved = authority.values[0].value
                # The model sets id to the content's canonical value ("urge_surfing"); name is how it is said.
                value = str(resolved.id or resolved.name)
                break
        values[name] = value
    return values


def request_now(handler_input: HandlerInput) -> datetime:
    stamp = handler_input.request_envelope.request.timestamp
    if isinstance(stamp, datetime):
        # In the standard library's UTC: the SDK's parser hands back dateutil zones, whose offset arithmetic
        # costs a microsecond or more at every later conversion (the store converts each instant it binds).
        return stamp.astimezone(UTC) if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    return datetime.now(UTC)


class EngineHandler(AbstractRequestHandler):  # type: ignore[misc]
    """Base: turns the request into an engine turn and the reply into an Alexa response."""

    kind = "utterance"

    def __init__(self, engine: Engine, intents: IntentMap) -> None:
        self.engine = engine
        self.intents = intents

    def intent_and_text(self, req: IntentRequest | None) -> tuple[str | None, dict[str, str], str | None]:
        if req is None:
            return None, {}, None
        slots = slot_values(req)
        internal = self.intents.internal.get(req.intent.name, FALLBACK_INTENT)
        text = slots.pop(FREE_TEXT_SLOT, None) if internal == FREE_TEXT_INTENT else None
        return internal, slots, text

    def handle(self, handler_input: HandlerInput) -> Response:
        intent, slots, text = self.intent_and_text(intent_request(handler_input))
        session = handler_input.request_envelope.session
        turn = Turn(user_id=alexa_user_id(handler_input.request_envelope), channel="alexa", kind=self.kind,
                    intent=intent, slots=slots, text=text, now=request_now(handler_input),
                    session_id=session.session_id if session is not None else None,
                    max_reply_seconds=MAX_REPLY_SECONDS)
        request_attrs = handler_input.attributes_manager.request_attributes
        # The state was read for this request alone (store or session) and nothing else looks at it.
        reply, new_state = self.engine.turn(request_attrs[STATE], turn, owned=True)
        request_attrs.update({TURN: turn, REPLY: reply, NEW_STATE: new_state})
        return respond(handler_input, reply, self.engine.content, speak=self.kind != "end")


def safety_card(content: Content, flags: list[str]) -> tuple[str, str]:
    text = "\n\n".join(content.safety.flags[f].card for f in flags if f in content.safety.flags)
    return content.say("safety_card_title"), text or content.safety.resources_card


def respond(handler_input: HandlerInput, reply: Reply, content: Content, *, speak: bool = True) -> Response:
    builder = handler_input.response_builder
    if not speak:  # SessionEndedRequest: Alexa accepts no speech
        return builder.response
    rendered = render(reply, safety_card=safety_card(content, reply.flags) if reply.flags else None)
    builder.speak(rendered.speech)
    if rendered.reprompt:
        builder.ask(rendered.reprompt)
    if rendered.card_title is not None:
        builder.set_card(SimpleCard(title=rendered.card_title, content=rendered.card_text))
    builder.set_should_end_session(rendered.should_end_session)
    return builder.response


class LaunchHandler(EngineHandler):
    kind = "launch"

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("LaunchRequest")(handler_input))


class SessionEndedHandler(EngineHandler):
    kind = "end"

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("SessionEndedRequest")(handler_input))


class CrisisIntentHandler(EngineHandler):
    """Suicide, emergency, benzo stopping, mixing, using alone, treatment: before everything else."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        req = intent_request(handler_input)
        return req is not None and req.intent.name in self.intents.crisis_alexa


class FreeTextIntentHandler(EngineHandler):
    """"I feel {text}", "my note is {text}": the words go through the safety screen in the engine."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        req = intent_request(handler_input)
        return req is not None and req.intent.name == self.intents.free_text_alexa


class CoachIntentHandler(EngineHandler):
    """Every other intent from content/intents.yaml, built-in AMAZON.* ones included."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        req = intent_request(handler_input)
        return req is not None and req.intent.name in self.intents.internal


class UnknownIntentHandler(EngineHandler):
    """An intent the content does not know (a model out of date): treated as not understood."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return intent_request(handler_input) is not None

    def intent_and_text(self, req: IntentRequest | None) -> tuple[str | None, dict[str, str], str | None]:
        return FALLBACK_INTENT, {}, None


class IgnoredRequestHandler(AbstractRequestHandler):  # type: ignore[misc]
    """System.ExceptionEncountered and other request types that expect no speech."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        log.info("ignored request type %s", handler_input.request_envelope.request.object_type)
        return handler_input.response_builder.response


class SpeakAnywayExceptionHandler(AbstractExceptionHandler):  # type: ignore[misc]
    """A bug must not silence the coach: apologise, and if the turn was a crisis, give the lines anyway."""

    def __init__(self, content: Content, intents: IntentMap) -> None:
        self.content = content
        self.intents = intents

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        log.error("skill handler failed: %s", type(exception).__name__, exc_info=exception)
        flags: list[str] = []
        parts: list[str] = []
        try:
            result = self._screen(handler_input)
            flags = list(result.flags)
            if result.speech:
                parts.append(result.speech)
        except Exception:
            log.exception("safety screen failed inside the exception handler")
            parts.append(self.content.safety.resources_speech)
        parts += [sorry(self.content), SORRY_NEXT]
        builder = handler_input.response_builder
        builder.speak(text_ssml(" ".join(parts))).ask(text_ssml(SORRY_NEXT))
        if flags:
            title, text = safety_card(self.content, flags)
            builder.set_card(SimpleCard(title=title, content=text))
        return builder.response

    def _screen(self, handler_input: HandlerInput) -> Any:
        req = intent_request(handler_input)
        if req is None:
            return screen(None, safety=self.content.safety)
        internal = self.intents.internal.get(req.intent.name)
        flag = self.intents.safety_flag.get(internal or "")
        text = slot_values(req).get(FREE_TEXT_SLOT) if internal == FREE_TEXT_INTENT else None
        return screen(text, extra_flags=[flag] if flag else [], safety=self.content.safety)
