"""virtual-alexa (npm), a real Alexa request generator nobody here wrote, against the generated interaction
model and the running endpoint.

The node script (tests/node/drive.js) resolves each utterance to an intent with our en-US.json, builds the
request JSON Alexa would send (entity resolution included) and POSTs it to a real HTTP server started
here. virtual-alexa cannot sign requests, so this test, and only this test, runs the app with
verification turned off by the development flag.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from werkzeug.serving import make_server

from coach.content import Content, default_content
from coach.serve_cli import create_app
from coach.store import Store
from skill.app import SkillSettings
from skill.model_builder import write_project

NODE_DIR = Path(__file__).resolve().parents[1] / "node"
SKILL_ID = "amzn1.ask.skill.virtual-alexa-test"

# (utterance, the intent our model must resolve it to)
SCRIPT: list[tuple[str | None, str | None]] = [
    (None, None),  # launch
    ("no", "AMAZON.NoIntent"),  # onboarding: benzos
    ("no thanks", "AMAZON.NoIntent"),  # onboarding: alcohol
    ("i'm having a craving", "CravingIntent"),
    ("about a seven", "RateIntent"),
    ("box breathing", "StartExerciseIntent"),
    ("next", "AMAZON.NextIntent"),
    ("i want to kill myself", "SuicideIntent"),
    ("my chest hurts", "EmergencyIntent"),
    ("i want to stop taking my benzos", "BenzoStopIntent"),
    ("i mixed xanax with alcohol", "MixIntent"),
    ("i'm going to use alone", "UseAloneIntent"),
    ("i need to go to rehab", "TreatmentIntent"),
    ("i feel worn out", "FreeTextIntent"),
    ("give me the numbers", "ResourcesIntent"),
    ("stop", "AMAZON.StopIntent"),
]
CRISIS_FLAG = {"SuicideIntent": "suicide", "EmergencyIntent": "emergency", "BenzoStopIntent": "benzo",
               "MixIntent": "mix", "UseAloneIntent": "alone", "TreatmentIntent": "treatment"}


def _node_ready() -> None:
    if shutil.which("node") is None:
        pytest.skip("node is not installed (./dev setup installs it)")
    if not (NODE_DIR / "node_modules" / "virtual-alexa").is_dir():
        pytest.fail("tests/node/node_modules is missing: run ./dev setup (it runs npm ci in tests/node)")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Store]]:
    store = Store(f"sqlite:///{tmp_path / 'aria.db'}")
    app = create_app(store=store, content=default_content(),
                     settings=SkillSettings(skill_id=SKILL_ID, verify=False))
    srv = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.server_port}/alexa", store
    finally:
        srv.shutdown()
        thread.join(10)


def drive(plan: dict[str, Any]) -> list[dict[str, Any]]:
    proc = subprocess.run(["node", str(NODE_DIR / "drive.js")], input=json.dumps(plan), capture_output=True,
                          text=True, timeout=120, cwd=NODE_DIR)
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]


def speech(step: dict[str, Any]) -> str:
    ssml = step["response"]["response"].get("outputSpeech", {}).get("ssml", "")
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", ssml)).split())


def test_virtual_alexa_conversation_against_the_generated_model(server: tuple[str, Store], tmp_path: Path) -> None:
    _node_ready()
    url, store = server
    content: Content = default_content()
    write_project(content, tmp_path)
    model = tmp_path / "skill-package" / "interactionModels" / "custom" / "en-US.json"
    user = "amzn1.ask.account.VIRTUAL-PAT"
    steps: list[dict[str, Any]] = [{"launch": True} if u is None else {"utter": u} for u, _ in SCRIPT]
    results = drive({"url": url, "model": str(model), "applicationId": SKILL_ID, "userId": user, "steps": steps})
    assert len(results) == len(SCRIPT)

    for (utterance, expected), result in zip(SCRIPT, results, strict=True):
        assert "error" not in result, (utterance, result)
        assert result["intent"] == expected, (utterance, result["intent"])
        assert speech(result), utterance  # every turn said something
        if expected in CRISIS_FLAG:
            flag = CRISIS_FLAG[expected]
            said = speech(result)
            assert " ".join(content.safety.flags[flag].speech.split()) in said, (utterance, said)
            card = result["response"]["response"].get("card")
            assert card and " ".join(content.safety.flags[flag].card.split()) in " ".join(card["content"].split())

    by_utterance = {u: r for (u, _), r in zip(SCRIPT, results, strict=True)}
    assert by_utterance["about a seven"]["slots"]["number"] in ("7", "seven")
    exercise_slot = by_utterance["box breathing"]["request"]["request"]["intent"]["slots"]["exercise"]
    assert exercise_slot["resolutions"]["resolutionsPerAuthority"][0]["values"][0]["value"]["id"] == "box_breathing"
    assert by_utterance["i feel worn out"]["slots"]["text"] == "worn out"
    assert by_utterance["stop"]["response"]["response"]["shouldEndSession"] is True

    # What virtual-alexa's requests did was stored for the person it named.
    runs = store.exercise_runs(user)
    assert [(r.exercise_id, r.craving_before) for r in runs] == [("box_breathing", 7)]
    flags = {f for e in store.safety_events(user) for f in e.flags}
    assert set(CRISIS_FLAG.values()) <= flags


def test_virtual_alexa_crisis_phrases_from_a_fresh_launch(server: tuple[str, Store], tmp_path: Path) -> None:
    _node_ready()
    url, _ = server
    content = default_content()
    write_project(content, tmp_path)
    model = tmp_path / "skill-package" / "interactionModels" / "custom" / "en-US.json"
    phrases = {"i'm thinking about suicide": "SuicideIntent", "he isn't breathing": "EmergencyIntent",
               "i ran out of klonopin": "BenzoStopIntent", "is it safe to drink on xanax": "MixIntent"}
    for phrase, expected in phrases.items():
        results = drive({"url": url, "model": str(model), "applicationId": SKILL_ID,
                         "userId": f"amzn1.ask.account.{expected}",
                         "steps": [{"launch": True}, {"utter": phrase}]})
        crisis = results[1]
        assert crisis.get("intent") == expected, (phrase, crisis)
        assert " ".join(content.safety.flags[CRISIS_FLAG[expected]].speech.split()) in speech(crisis)
