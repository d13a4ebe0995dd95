"""Runs intent_cases.yaml: sentences as a recognizer writes them -> intent and slots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from .helpers import HERE, matcher

CASES_FILE: Path = HERE / "intent_cases.yaml"


def _cases() -> list[Any]:
    data = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    out = []
    for test in data["tests"]:
        expected = test["intent"]
        for sentence in test["sentences"]:
            out.append(pytest.param(str(sentence), expected["name"], expected.get("slots", {}),
                                    id=f"{expected['name']}: {sentence}"))
    return out


def _no_match() -> list[str]:
    return yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))["no_match"]


@pytest.mark.parametrize("sentence,intent,slots", _cases())
def test_sentence_gives_intent_and_slots(sentence: str, intent: str, slots: dict[str, str]) -> None:
    match = matcher().match(sentence)
    assert match is not None, f"{sentence!r} matched nothing"
    assert (match.intent, match.slots) == (intent, {k: str(v) for k, v in slots.items()}), match
    # The engine ignores matches under 0.75; every case here must clear that bar.
    assert match.score >= 0.75


@pytest.mark.parametrize("sentence", _no_match())
def test_nonsense_matches_nothing_the_engine_would_use(sentence: str) -> None:
    match = matcher().match(sentence)
    assert match is None or match.score < 0.75, match


def test_every_intent_with_samples_has_a_case() -> None:
    data = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    covered = {t["intent"]["name"] for t in data["tests"]}
    from .helpers import shipped

    wanted = {name for name, spec in shipped().intents.intents.items() if spec.samples}
    assert wanted - covered == set()
