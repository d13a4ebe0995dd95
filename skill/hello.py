"""A minimal hello-world ask-sdk-core skill: the baseline the bench compares the coach against, and a
skill that needs no engine or database for the verification tests."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_model import Response

HELLO = "Hello from the test skill."


class HelloHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        return handler_input.response_builder.speak(HELLO).set_should_end_session(False).response


def build_hello_skill() -> CustomSkill:
    sb = SkillBuilder()
    sb.add_request_handler(HelloHandler())
    return sb.create()
