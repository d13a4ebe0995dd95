"""The Alexa interaction model and skill manifest, generated from content/ (ASK CLI project layout).

content/intents.yaml is the one source of sample utterances; `coach.templates.expand` turns its
templates into samples (slot placeholders kept), the same expansion the local recognizer uses, so the
two channels cannot drift apart. Samples are normalised the way Alexa wants them (lower case, no
punctuation but apostrophes, periods in initialisms and hyphens) and a sample claimed by two intents
is a build error, because Alexa would route it to only one of them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from coach.content import Content

LOCALE = "en-US"
# Alexa requires these in every custom model; the builder adds any the content left out.
REQUIRED_BUILTINS = ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
                     "AMAZON.FallbackIntent")
SKILL_NAME = "Coach Aria"
PRIVACY_POLICY_PLACEHOLDER = "https://example.com/coach-aria/privacy-policy"  # replace before certification
TERMS_PLACEHOLDER = "https://example.com/coach-aria/terms-of-use"
ENDPOINT_PLACEHOLDER = "https://your-host.example.com/alexa"
DISCLAIMER = (
    "Coach Aria is not medical advice and is not an emergency service. In an emergency call 911. "
    "If you are thinking about suicide or are in crisis, call or text 988 (Suicide & Crisis Lifeline). "
    "Never stop or cut down benzodiazepines without talking to your clinician: stopping suddenly can cause seizures."
)
DESCRIPTION = (
    "Coach Aria is a voice coach for people recovering from cocaine use. When a craving hits, Aria guides a "
    "short exercise (urge surfing, paced breathing, grounding, delay and distract) and asks you to rate the "
    "craving before and after. A daily check-in tracks craving, mood, stress, sleep and support, and Aria "
    "tells you your streak and how your cravings are trending. If you mention a crisis, Aria gives the crisis "
    "lines first, and a card in the Alexa app carries the numbers in writing.\n\n" + DISCLAIMER
)
_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_ALLOWED = re.compile(r"[^a-z0-9{}_' .\-]")


class ModelError(ValueError):
    """The content cannot make a valid interaction model; the message says which intent and sample."""


def normalise_sample(sample: str) -> str:
    text = _SLOT.sub(lambda m: "{" + m.group(1) + "}", sample.strip())
    parts = re.split(r"(\{[A-Za-z_][A-Za-z0-9_]*\})", text)
    out = []
    for part in parts:
        if _SLOT.fullmatch(part):
            out.append(part)
        else:
            cleaned = _ALLOWED.sub(" ", part.lower())
            cleaned = re.sub(r"(?<![a-z])\.|\.(?![a-z])", " ", cleaned)  # keep "a.m." style dots only
            out.append(cleaned)
    return " ".join("".join(out).split())


def _expand(template: str, rules: dict[str, str]) -> list[str]:
    from coach.templates import expand

    return list(expand(template, rules))


def _slot_type_values(content: Content) -> dict[str, list[dict[str, Any]]]:
    """Custom slot type -> Alexa values. The id is the canonical content value ("urge_surfing"), the name
    how it is said ("urge surfing"); handlers pass the resolved name and the engine maps it back."""
    from coach.templates import slot_values, spoken_form

    result: dict[str, list[dict[str, Any]]] = {}
    for type_name, values in slot_values(content).items():
        entries = []
        for v in values:
            said = spoken_form(v.value) or v.value
            if re.search(r"\d", said) and v.synonyms:
                said = normalise_sample(v.synonyms[0])  # "grounding 54321" is not what anyone says
            synonyms = sorted({normalise_sample(s) for s in v.synonyms} - {said, ""})
            name: dict[str, Any] = {"value": said}
            if synonyms:
                name["synonyms"] = synonyms
            entries.append({"id": v.value, "name": name})
        result[type_name] = entries
    return result


def build_interaction_model(content: Content) -> dict[str, Any]:
    spec_file = content.intents
    owner: dict[str, str] = {}
    problems: list[str] = []
    intents: list[dict[str, Any]] = []
    for name, spec in spec_file.intents.items():
        samples: list[str] = []
        for template in spec.samples:
            for raw in _expand(template, spec_file.rules):
                sample = normalise_sample(raw)
                if not sample or sample in samples:
                    continue
                used = set(_SLOT.findall(sample))
                unknown = used - set(spec.slots)
                if unknown:
                    problems.append(f"intents.{name}: sample {sample!r} uses undeclared slot(s) {sorted(unknown)}")
                    continue
                if sample in owner:
                    problems.append(f"intents.{name}: sample {sample!r} is already a sample of {owner[sample]}")
                    continue
                owner[sample] = name
                samples.append(sample)
        entry: dict[str, Any] = {"name": spec.alexa_name, "samples": samples}
        if spec.slots:
            entry["slots"] = [{"name": slot, "type": stype} for slot, stype in spec.slots.items()]
        intents.append(entry)
    if problems:
        raise ModelError(f"{content.directory / 'intents.yaml'}:\n" + "\n".join(problems))
    present = {i["name"] for i in intents}
    intents += [{"name": b, "samples": []} for b in REQUIRED_BUILTINS if b not in present]
    types = [{"name": t, "values": values} for t, values in _slot_type_values(content).items()]
    used_types = {s["type"] for i in intents for s in i.get("slots", [])}
    types = [t for t in types if t["name"] in used_types or t["name"] in spec_file.slot_types]
    return {"interactionModel": {"languageModel": {
        "invocationName": spec_file.invocation_name, "intents": intents, "types": types}}}


def build_manifest(content: Content, endpoint: str = ENDPOINT_PLACEHOLDER,
                   ssl_certificate_type: str = "Trusted") -> dict[str, Any]:
    invocation = content.intents.invocation_name
    return {"manifest": {
        "manifestVersion": "1.0",
        "publishingInformation": {
            "locales": {LOCALE: {
                "name": SKILL_NAME,
                "summary": "A voice coach for cravings and daily check-ins in recovery from cocaine use. "
                           "Not medical advice; not an emergency service.",
                "description": DESCRIPTION,
                "examplePhrases": [f"Alexa, open {invocation}", f"Alexa, ask {invocation} to help with a craving",
                                   f"Alexa, tell {invocation} I want to check in"],
                "keywords": ["recovery", "craving", "cocaine", "check in", "mindfulness", "urge surfing"],
            }},
            "isAvailableWorldwide": False,
            "distributionCountries": ["US"],
            "category": "HEALTH_AND_FITNESS",
            "testingInstructions": "Say 'open " + invocation + "', answer the onboarding questions, then say "
                                   "'I have a craving' or 'check in'. Crisis phrases give the crisis lines. "
                                   + DISCLAIMER,
        },
        "privacyAndCompliance": {
            "allowsPurchases": False, "usesPersonalInfo": False, "isChildDirected": False,
            "isExportCompliant": True, "containsAds": False,
            "locales": {LOCALE: {"privacyPolicyUrl": PRIVACY_POLICY_PLACEHOLDER, "termsOfUseUrl": TERMS_PLACEHOLDER}},
        },
        "apis": {"custom": {"endpoint": {"uri": endpoint, "sslCertificateType": ssl_certificate_type}}},
    }}


def write_project(content: Content, out_dir: Path, endpoint: str = ENDPOINT_PLACEHOLDER,
                  ssl_certificate_type: str = "Trusted") -> list[Path]:
    """Writes out_dir/skill-package/{skill.json, interactionModels/custom/en-US.json}; returns the paths."""
    package = Path(out_dir) / "skill-package"
    model_path = package / "interactionModels" / "custom" / f"{LOCALE}.json"
    manifest_path = package / "skill.json"
    model = build_interaction_model(content)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    model_path.write_text(json.dumps(model, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    manifest = build_manifest(content, endpoint, ssl_certificate_type)
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return [manifest_path, model_path]
