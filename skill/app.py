"""The Alexa endpoint: POST /alexa, verified, handed to an ask-sdk-core skill, answered as JSON.

Refusals are HTTP 400 with a short JSON reason and never a stack trace; a request that passed
verification always gets a speakable Alexa response, even if the skill itself broke (HTTP 200 with
an apology and the crisis lines), because a silent speaker is the worst answer to someone in trouble.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill import CustomSkill
from ask_sdk_model import IntentRequest, RequestEnvelope
from flask import Blueprint, Response, request

from skill.certs import Fetcher, SigningCerts, fetch_url, load_trust_roots, utcnow
from skill.verify import RequestVerifier, VerificationFailed, parse_envelope

log = logging.getLogger(__name__)

ALEXA_PATH = "/alexa"  # where Amazon posts requests (the skill's endpoint URL ends with it)
MAX_BODY_BYTES = 128 * 1024  # Alexa requests are a few KB; refuse anything that could tie up a worker
INSECURE_WARNING = (
    "!!! ALEXA REQUEST VERIFICATION IS OFF (development flag). Anyone who can reach this server can "
    "impersonate Alexa and any user. Never run like this where Amazon or the internet can reach it. !!!"
)
LAST_RESORT_SPEECH = (
    "Sorry, something went wrong on my side. If you are in danger or thinking about suicide, call or "
    "text nine eight eight, or call nine one one now. Please try me again in a moment."
)

LastResort = Callable[[dict[str, Any]], dict[str, Any]]


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class SkillSettings:
    """Configuration from the environment (ARIA_SKILL_ID, ARIA_VERIFY_ALEXA, ARIA_ALEXA_TRUST_ROOTS)."""

    skill_id: str | None
    verify: bool = True
    trust_roots: str | None = None

    @classmethod
    def from_env(cls, *, insecure_skip_verification: bool = False) -> SkillSettings:
        verify = not (insecure_skip_verification
                      or _truthy(os.environ.get("ARIA_INSECURE_SKIP_ALEXA_VERIFICATION"))
                      or os.environ.get("ARIA_VERIFY_ALEXA", "1").strip() == "0")
        return cls(skill_id=os.environ.get("ARIA_SKILL_ID") or None, verify=verify,
                   trust_roots=os.environ.get("ARIA_ALEXA_TRUST_ROOTS") or None)


NO_SKILL_ID = ("Alexa endpoint is OFF: ARIA_SKILL_ID is not set. Set it to your skill's application id "
               "(amzn1.ask.skill....) and restart; the caregiver pages work meanwhile.")


def create_unconfigured_blueprint() -> Blueprint:
    """POST /alexa while no skill id is configured: a clear 503, never an unverified answer."""
    bp = Blueprint("alexa", __name__)

    @bp.post(ALEXA_PATH)
    def alexa() -> Response:
        return _json({"error": "not_configured", "reason": NO_SKILL_ID}, 503)

    return bp


def create_verifier(settings: SkillSettings, *, fetcher: Fetcher = fetch_url,
                    clock: Callable[[], Any] = utcnow) -> RequestVerifier | None:
    """The verifier, or None (with a loud warning) when the development flag turned it off."""
    if not settings.verify:
        log.warning(INSECURE_WARNING)
        return None
    if not settings.skill_id:
        raise ValueError("ARIA_SKILL_ID is required while Alexa request verification is on "
                         "(set it to your skill's application id, amzn1.ask.skill....)")
    certs = SigningCerts(load_trust_roots(settings.trust_roots), fetcher)
    return RequestVerifier(settings.skill_id, certs, clock=clock)


def _json(payload: dict[str, Any], status: int) -> Response:
    return Response(json.dumps(payload, separators=(",", ":")), status=status, mimetype="application/json")


def _refuse(reason: str) -> Response:
    return _json({"error": "bad_request", "reason": reason}, 400)


def generic_last_resort(_envelope: dict[str, Any]) -> dict[str, Any]:
    return speech_response(LAST_RESORT_SPEECH)


def speech_response(speech: str, card: tuple[str, str] | None = None) -> dict[str, Any]:
    from xml.sax.saxutils import escape

    response: dict[str, Any] = {"outputSpeech": {"type": "SSML", "ssml": f"<speak>{escape(speech)}</speak>"},
                                "shouldEndSession": False,
                                "reprompt": {"outputSpeech": {"type": "SSML",
                                                              "ssml": "<speak>Are you still there?</speak>"}}}
    if card:
        response["card"] = {"type": "Simple", "title": card[0], "content": card[1]}
    return {"version": "1.0", "response": response}


def _read_body() -> bytes | None:
    """The raw body, or None when it is larger than MAX_BODY_BYTES (checked before reading it all)."""
    length = request.content_length
    if length is not None and length > MAX_BODY_BYTES:
        return None
    body = request.stream.read(MAX_BODY_BYTES + 1)
    return None if len(body) > MAX_BODY_BYTES else body


def _missing_part(envelope: RequestEnvelope) -> str | None:
    """What a readable envelope lacks that every Alexa request has: a user id, an intent with a name."""
    system = envelope.context.system if envelope.context is not None else None
    users = (system.user if system is not None else None, envelope.session.user if envelope.session else None)
    if not any(u is not None and isinstance(u.user_id, str) and u.user_id for u in users):
        return "user id"
    if envelope.request is None:
        return "request"
    if isinstance(envelope.request, IntentRequest) and (
            envelope.request.intent is None or not isinstance(envelope.request.intent.name, str)):
        return "intent name"
    return None


def create_skill_blueprint(skill: CustomSkill, verifier: RequestVerifier | None, *,
                           insecure_skip_verification: bool = False,
                           last_resort: LastResort = generic_last_resort,
                           url_prefix: str = "") -> Blueprint:
    """POST /alexa. `verifier=None` is accepted only together with insecure_skip_verification=True."""
    if verifier is None and not insecure_skip_verification:
        raise ValueError("no request verifier given; pass insecure_skip_verification=True to run without one")
    if verifier is None:
        log.warning(INSECURE_WARNING)
    serializer = DefaultSerializer()
    bp = Blueprint("alexa", __name__, url_prefix=url_prefix)

    @bp.post(ALEXA_PATH)
    def alexa() -> Response:
        body = _read_body()
        if body is None:
            log.warning("alexa request refused: body larger than %d bytes", MAX_BODY_BYTES)
            return _refuse("body_too_large")
        try:
            envelope = verifier.verify(request.headers, body) if verifier else parse_envelope(body)
        except VerificationFailed as exc:
            log.warning("alexa request refused: %s", exc)
            return _refuse(exc.reason)
        try:
            request_envelope = serializer.deserialize(body.decode("utf-8"), RequestEnvelope)
        except Exception as exc:  # shapes the SDK cannot read are the sender's fault, not ours
            log.warning("alexa request refused: unreadable envelope (%s)", type(exc).__name__)
            return _refuse("malformed_request")
        missing = _missing_part(request_envelope)
        if missing:
            # Parts Alexa always sends; without them the handlers have nothing to work on (found by fuzzing).
            log.warning("alexa request refused: no %s", missing)
            return _refuse("malformed_request")
        try:
            response_envelope = skill.invoke(request_envelope=request_envelope, context=None)
            payload = serializer.serialize(response_envelope)
        except Exception:
            log.exception("skill failed outside its own exception handlers")
            payload = last_resort(envelope)
        return _json(payload, 200)

    @bp.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response:  # pragma: no cover - the view catches what it can
        log.error("alexa endpoint error: %s", type(exc).__name__)
        return _refuse("bad_request")

    return bp
