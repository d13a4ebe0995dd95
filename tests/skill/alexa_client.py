"""Plays a person talking to the skill through the real Flask endpoint, as Alexa would send it.

Every request is signed with the test CA's leaf key and verified by the endpoint; session attributes
are echoed back the way Alexa does; every response is checked against Alexa's rules before a test
sees it (well-formed SSML, breaks of at most 10 s, speech under 8,000 characters).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree

from flask.testing import FlaskClient

from coach.content import Content
from tests.skill.alexa_ca import Signer, alexa_request, body_of


@dataclass
class Said:
    payload: dict[str, Any]

    @property
    def response(self) -> dict[str, Any]:
        return self.payload["response"]

    @property
    def ssml(self) -> str:
        return (self.response.get("outputSpeech") or {}).get("ssml", "")

    @property
    def speech(self) -> str:
        """The words only, whitespace normalised."""
        return " ".join(re.sub(r"<[^>]+>", " ", self.ssml).split())

    @property
    def reprompt(self) -> str | None:
        rep = self.response.get("reprompt")
        return rep["outputSpeech"]["ssml"] if rep else None

    @property
    def card(self) -> dict[str, Any] | None:
        return self.response.get("card")

    @property
    def ended(self) -> bool:
        return bool(self.response.get("shouldEndSession"))

    def breaks(self) -> list[float]:
        return [float(s) for s in re.findall(r'<break time="([\d.]+)s"/>', self.ssml)]


def check_alexa_rules(said: Said) -> None:
    if said.ssml:
        ElementTree.fromstring(said.ssml)
        assert len(said.ssml) < 8000
        assert all(0 < b <= 10 for b in said.breaks())
    if said.reprompt:
        ElementTree.fromstring(said.reprompt)
    if said.card:
        assert said.card["type"] == "Simple" and said.card["title"] and said.card["content"]


@dataclass
class AlexaPerson:
    client: FlaskClient
    signer: Signer
    content: Content
    skill_id: str
    user_id: str = "amzn1.ask.account.PAT"
    session_number: int = 0
    attributes: dict[str, Any] = field(default_factory=dict)
    history: list[Said] = field(default_factory=list)

    @property
    def session_id(self) -> str:
        return f"amzn1.echo-api.session.{self.user_id}.{self.session_number}"

    def post(self, request: dict[str, Any], *, new: bool = False) -> Said:
        envelope = alexa_request(request, skill_id=self.skill_id, user_id=self.user_id, session_id=self.session_id,
                                 new=new, attributes=self.attributes)
        body = body_of(envelope)
        resp = self.client.post("/alexa", data=body, headers=self.signer.headers(body))
        assert resp.status_code == 200, resp.get_data(as_text=True)
        said = Said(json.loads(resp.get_data(as_text=True)))
        check_alexa_rules(said)
        self.attributes = said.payload.get("sessionAttributes") or {}
        self.history.append(said)
        if said.ended:
            self.attributes = {}
        return said

    def launch(self) -> Said:
        self.session_number += 1
        self.attributes = {}
        return self.post({"type": "LaunchRequest"}, new=True)

    def say(self, internal_intent: str, **slots: str) -> Said:
        """An intent by its content name; slot values as heard."""
        name = self.content.intents.intents[internal_intent].alexa_name
        return self.intent(name, {k: (v, None) for k, v in slots.items()})

    def choose(self, internal_intent: str, slot: str, heard: str, canonical: str) -> Said:
        """A custom-slot answer with entity resolution, the way Alexa reports a synonym match."""
        name = self.content.intents.intents[internal_intent].alexa_name
        return self.intent(name, {slot: (heard, canonical)})

    def free(self, text: str) -> Said:
        return self.say("free_text", text=text)

    def intent(self, alexa_name: str, slots: dict[str, tuple[str, str | None]]) -> Said:
        slot_json: dict[str, Any] = {}
        for key, (heard, canonical) in slots.items():
            slot_json[key] = {"name": key, "value": heard, "confirmationStatus": "NONE"}
            if canonical is not None:
                slot_json[key]["resolutions"] = {"resolutionsPerAuthority": [{
                    "authority": f"amzn1.er-authority.echo-sdk.{self.skill_id}.X",
                    "status": {"code": "ER_SUCCESS_MATCH"},
                    "values": [{"value": {"name": canonical.replace("_", " "), "id": canonical}}]}]}
        return self.post({"type": "IntentRequest", "dialogState": "COMPLETED",
                          "intent": {"name": alexa_name, "confirmationStatus": "NONE", "slots": slot_json}})

    def end(self, reason: str = "USER_INITIATED") -> Said:
        said = self.post({"type": "SessionEndedRequest", "reason": reason})
        self.attributes = {}
        return said
