"""The coach as an ask-sdk-core skill: handlers in the order they are tried, state kept by interceptors."""

from __future__ import annotations

from typing import Any

from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder

from coach.content import Content
from coach.engine import Engine
from coach.store.outbox import Outbox
from skill import handlers as h
from skill.app import speech_response
from skill.interceptors import LoadStateInterceptor, SaveStateInterceptor
from skill.persistence import StateStore, StorePersistenceAdapter


def build_skill(content: Content, store: StateStore, engine: Engine | None = None,
                outbox: Outbox | None = None) -> CustomSkill:
    """`outbox`: where turns wait that the store could not take and the session can no longer carry."""
    engine = engine or Engine(content)
    intents = h.IntentMap(content)
    adapter = StorePersistenceAdapter(store)
    sb = CustomSkillBuilder(persistence_adapter=adapter)
    sb.add_global_request_interceptor(LoadStateInterceptor(adapter, outbox))
    sb.add_global_response_interceptor(SaveStateInterceptor(adapter, content.say("not_saved_session"),
                                                            content.say("not_saved_lost"), outbox=outbox,
                                                            kept_text=content.say("not_saved")))
    for handler in (
        h.LaunchHandler(engine, intents),
        h.SessionEndedHandler(engine, intents),
        h.CrisisIntentHandler(engine, intents),
        h.FreeTextIntentHandler(engine, intents),
        h.CoachIntentHandler(engine, intents),
        h.UnknownIntentHandler(engine, intents),
        h.IgnoredRequestHandler(),
    ):
        sb.add_request_handler(handler)
    sb.add_exception_handler(h.SpeakAnywayExceptionHandler(content, intents))
    return sb.create()


def make_last_resort(content: Content) -> Any:
    """What the endpoint says if the skill itself could not produce a response: the numbers, always."""

    def last_resort(_envelope: dict[str, Any]) -> dict[str, Any]:
        speech = f"{h.sorry(content)} {content.safety.resources_speech}"
        return speech_response(speech, card=(content.say("safety_card_title"), content.safety.resources_card))

    return last_resort
