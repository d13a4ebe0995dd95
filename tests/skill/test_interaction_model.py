"""The generated Alexa interaction model and manifest: structure Alexa would accept, built from content/."""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from coach.content import Content, default_content
from coach.content_schema import IntentFile
from skill.cli import main as skill_cli
from skill.model_builder import REQUIRED_BUILTINS, ModelError, build_interaction_model, build_manifest

CRISIS = ["crisis_suicide", "crisis_emergency", "crisis_benzo", "crisis_mix", "crisis_alone", "crisis_treatment"]
BUILTIN_SLOT_TYPES_USED = {"AMAZON.NUMBER", "AMAZON.SearchQuery", "AMAZON.TIME"}


@pytest.fixture(scope="module")
def content() -> Content:
    return default_content()


@pytest.fixture(scope="module")
def model(content: Content) -> dict[str, Any]:
    return build_interaction_model(content)["interactionModel"]["languageModel"]


def intents_by_name(model: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {i["name"]: i for i in model["intents"]}


def test_intent_names_are_unique(model: dict[str, Any]) -> None:
    names = [i["name"] for i in model["intents"]]
    assert [n for n, c in Counter(names).items() if c > 1] == []


def test_required_builtin_intents_are_present(model: dict[str, Any]) -> None:
    names = set(intents_by_name(model))
    assert set(REQUIRED_BUILTINS) <= names
    for name in ("AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.NextIntent", "AMAZON.RepeatIntent",
                 "AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.StartOverIntent"):
        assert name in names


def test_every_slot_type_is_defined_with_values(model: dict[str, Any]) -> None:
    defined = {t["name"]: t for t in model["types"]}
    for intent in model["intents"]:
        for slot in intent.get("slots", []):
            assert slot["type"].startswith("AMAZON.") or slot["type"] in defined, (intent["name"], slot)
    for t in defined.values():
        ids = [v["id"] for v in t["values"]]
        assert ids and len(ids) == len(set(ids)), t["name"]
        said = [v["name"]["value"] for v in t["values"]]
        synonyms = [s for v in t["values"] for s in v["name"].get("synonyms", [])]
        # One phrase, one value: otherwise entity resolution returns an arbitrary match.
        assert len(said + synonyms) == len(set(said + synonyms)), t["name"]


def test_no_sample_belongs_to_two_intents(model: dict[str, Any]) -> None:
    owner: dict[str, str] = {}
    for intent in model["intents"]:
        assert len(intent["samples"]) == len(set(intent["samples"])), intent["name"]
        for sample in intent["samples"]:
            assert sample not in owner, f"{sample!r} in {owner.get(sample)} and {intent['name']}"
            owner[sample] = intent["name"]


def test_samples_use_only_declared_slots_and_every_slot_is_used(model: dict[str, Any]) -> None:
    for intent in model["intents"]:
        declared = {s["name"] for s in intent.get("slots", [])}
        used: set[str] = set()
        for sample in intent["samples"]:
            slots = set(re.findall(r"\{(\w+)\}", sample))
            assert slots <= declared, (intent["name"], sample)
            used |= slots
        assert used == declared, intent["name"]


def test_samples_are_speakable_text(model: dict[str, Any]) -> None:
    for intent in model["intents"]:
        for sample in intent["samples"]:
            assert sample == sample.strip() and "  " not in sample
            assert not re.search(r"[0-9A-Z!?,;:\"()\[\]<>|]", re.sub(r"\{\w+\}", "", sample)), sample
            assert len(sample) <= 200


def test_search_query_samples_have_carrier_words(model: dict[str, Any]) -> None:
    checked = 0
    for intent in model["intents"]:
        query_slots = {s["name"] for s in intent.get("slots", []) if s["type"] == "AMAZON.SearchQuery"}
        for sample in intent["samples"]:
            in_sample = set(re.findall(r"\{(\w+)\}", sample))
            if in_sample & query_slots:
                checked += 1
                assert len(in_sample) == 1, sample  # Alexa allows no other slot beside a SearchQuery
                assert re.sub(r"\{\w+\}", "", sample).strip(), f"{sample!r} has no carrier phrase"
    assert checked > 0


def test_free_text_intent_takes_feelings_and_notes(content: Content, model: dict[str, Any]) -> None:
    free = intents_by_name(model)[content.intents.intents["free_text"].alexa_name]
    assert {"i feel {text}", "my note is {text}"} <= set(free["samples"])
    assert free["slots"] == [{"name": "text", "type": "AMAZON.SearchQuery"}]


@pytest.mark.parametrize("name", CRISIS)
def test_crisis_intents_have_many_samples(content: Content, model: dict[str, Any], name: str) -> None:
    spec = content.intents.intents[name]
    assert spec.safety_flag is not None
    assert len(intents_by_name(model)[spec.alexa_name]["samples"]) >= 10


def test_slot_types_the_intents_need(model: dict[str, Any]) -> None:
    used = {s["type"] for i in model["intents"] for s in i.get("slots", [])}
    assert used >= BUILTIN_SLOT_TYPES_USED


def test_invocation_name_is_valid(model: dict[str, Any]) -> None:
    name = model["invocationName"]
    assert re.fullmatch(r"[a-z][a-z ]+[a-z]", name) and len(name.split()) >= 2


def test_manifest_has_disclaimer_privacy_policy_and_https_endpoint(content: Content) -> None:
    manifest = build_manifest(content, "https://coach.example.org/alexa")["manifest"]
    locale = manifest["publishingInformation"]["locales"]["en-US"]
    description = locale["description"].lower()
    assert "not medical advice" in description and "not an emergency service" in description
    assert "911" in description and "988" in description
    assert manifest["privacyAndCompliance"]["locales"]["en-US"]["privacyPolicyUrl"].startswith("https://")
    assert manifest["apis"]["custom"]["endpoint"]["uri"] == "https://coach.example.org/alexa"
    assert all(p.startswith("Alexa, ") and content.intents.invocation_name in p for p in locale["examplePhrases"])


def test_cli_writes_the_ask_cli_layout(tmp_path: Path, content: Content, capsys: pytest.CaptureFixture[str]) -> None:
    assert skill_cli(["model", "--out", str(tmp_path)]) == 0
    package = tmp_path / "skill-package"
    written = json.loads((package / "interactionModels/custom/en-US.json").read_text())
    assert written == build_interaction_model(content)
    assert json.loads((package / "skill.json").read_text())["manifest"]["manifestVersion"] == "1.0"
    assert "wrote" in capsys.readouterr().out


def _with_intents(content: Content, change: dict[str, Any]) -> Content:
    data = content.intents.model_dump()
    data["intents"].update(change)
    return dataclasses.replace(content, intents=IntentFile.model_validate(data))


def test_a_sample_claimed_by_two_intents_is_an_error(content: Content, model: dict[str, Any]) -> None:
    taken = next(s for i in model["intents"] if i["name"] == "AMAZON.HelpIntent" for s in i["samples"])
    clash = {"clash": {"alexa_name": "ClashIntent", "samples": [f"(please | ) {taken}"]}}
    with pytest.raises(ModelError, match="already a sample of"):
        build_interaction_model(_with_intents(content, clash))


def test_a_sample_with_an_undeclared_slot_is_an_error(content: Content) -> None:
    bad = {"bad": {"alexa_name": "BadSlotIntent", "samples": ["set my mood to {mood}"]}}
    with pytest.raises(ModelError, match="undeclared slot"):
        build_interaction_model(_with_intents(content, bad))


def test_bad_content_makes_the_cli_fail_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert skill_cli(["model", "--out", str(tmp_path), "--content", str(tmp_path / "missing")]) == 1
    assert "missing" in capsys.readouterr().err
