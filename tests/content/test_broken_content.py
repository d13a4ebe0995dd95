"""Broken copies of the content refuse to load, with a message naming the file, the field and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.content import ContentError, load_content
from coach.content_cli import check_templates

from .helpers import copy_content, replace_in


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    return copy_content(tmp_path / "content")


def load_error(directory: Path) -> str:
    with pytest.raises(ContentError) as err:
        load_content(directory)
    return str(err.value)


def template_errors(directory: Path) -> str:
    errors, _ = check_templates(load_content(directory))
    assert errors, "the broken template was not reported"
    return "\n".join(errors)


def test_the_unbroken_copy_loads(broken: Path) -> None:
    # Guards the tests below: they fail because of what they break, not because the copy is bad.
    assert check_templates(load_content(broken))[0] == []


def test_a_pause_too_long_names_file_field_and_line(broken: Path) -> None:
    line = replace_in(broken / "exercises.yaml", "pause_s: 2\n", "pause_s: 99\n")
    message = load_error(broken)
    assert "exercises.yaml" in message
    assert "exercises.0.steps.0.pause_s" in message
    assert f"line {line}" in message


def test_an_exercise_too_long_to_fit_in_five_minutes(broken: Path) -> None:
    text = (broken / "exercises.yaml").read_text()
    for pause in (4, 8, 10, 12):
        text = text.replace(f"pause_s: {pause}\n", "pause_s: 30\n")
    (broken / "exercises.yaml").write_text(text)
    message = load_error(broken)
    assert "exercises.yaml" in message and "exercises.0" in message and "1-5 minutes" in message


def test_an_unknown_clinician_prompt_choice(broken: Path) -> None:
    line = replace_in(broken / "checkin.yaml", "clinician_prompt_on: [yes_with_benzos]",
                      "clinician_prompt_on: [yes_with_beer]")
    message = load_error(broken)
    assert "checkin.yaml" in message and "daily.6" in message and "yes_with_beer" in message
    assert f"line {line}" in message or f"line {line - 2}" in message  # the item starts two lines above


def test_a_misspelt_field_is_refused(broken: Path) -> None:
    line = replace_in(broken / "checkin.yaml", "    ask: Right now", "    aks: Right now")
    message = load_error(broken)
    assert "checkin.yaml" in message and "daily.0.aks" in message and f"line {line}" in message


def test_an_unknown_safety_flag(broken: Path) -> None:
    line = replace_in(broken / "intents.yaml", "safety_flag: suicide", "safety_flag: sad")
    message = load_error(broken)
    assert "intents.yaml" in message and "intents.crisis_suicide.safety_flag" in message
    assert f"line {line}" in message


def test_invalid_yaml_gives_the_line(broken: Path) -> None:
    line = replace_in(broken / "intents.yaml", "  craving:\n", "  craving: [\n")
    message = load_error(broken)
    assert "intents.yaml" in message and "not valid YAML" in message
    assert "line" in message and line > 0


def test_a_missing_file(broken: Path) -> None:
    (broken / "checkin.yaml").unlink()
    assert "checkin.yaml: file is missing" in load_error(broken)


def test_an_unbalanced_template(broken: Path) -> None:
    line = replace_in(broken / "intents.yaml", '"i feel like using"', '"i feel like (using"')
    message = template_errors(broken)
    assert "intents.yaml" in message and "intents.craving.samples" in message
    assert f"line {line}" in message and "missing ')'" in message


def test_an_unknown_rule(broken: Path) -> None:
    line = replace_in(broken / "intents.yaml", '"<benzo> withdrawal"', '"<benz> withdrawal"')
    message = template_errors(broken)
    assert "intents.crisis_benzo.samples" in message and "unknown rule <benz>" in message
    assert f"line {line}" in message


def test_a_sample_shared_by_two_intents(broken: Path) -> None:
    replace_in(broken / "intents.yaml", "      - help me out\n", "      - help me out\n      - cancel\n")
    message = template_errors(broken)
    assert "intents.cancel.samples.0" in message and "'cancel' also belongs to intent 'help'" in message


def test_a_slot_the_intent_does_not_have(broken: Path) -> None:
    replace_in(broken / "intents.yaml", '"i feel like using"', '"i feel like {drug}"')
    assert "{drug} is not a slot of this intent" in template_errors(broken)


def test_digits_in_a_sample(broken: Path) -> None:
    replace_in(broken / "intents.yaml", '"call nine one one"', '"call 911"')
    assert "'call 911': Alexa samples are lower-case words" in template_errors(broken)


def test_too_few_crisis_samples(broken: Path) -> None:
    path = broken / "intents.yaml"
    text = path.read_text()
    start = text.index("  crisis_alone:")
    end = text.index("  crisis_treatment:")
    path.write_text(text[:start] + "  crisis_alone:\n    alexa_name: UseAloneIntent\n    safety_flag: alone\n"
                    "    samples:\n      - i'm using alone\n\n" + text[end:])
    assert "intents.crisis_alone.samples: a crisis intent needs at least 20" in template_errors(broken)


def test_an_alias_naming_two_exercises(broken: Path) -> None:
    replace_in(broken / "exercises.yaml", "aliases: [box breath,", "aliases: [grounding, box breath,")
    message = template_errors(broken)
    assert "exercises.yaml" in message and "'grounding' names 2 exercises" in message


def test_a_synonym_meaning_two_answers(broken: Path) -> None:
    replace_in(broken / "checkin.yaml", "synonyms: [nope,", "synonyms: [yeah, nope,")
    message = template_errors(broken)
    assert "checkin.yaml" in message and "'yeah' is an answer for no, yes" in message


def test_two_open_slots_in_one_sample(broken: Path) -> None:
    replace_in(broken / "intents.yaml", '"remind me at {time}"', '"remind me at {time} {text}"')
    replace_in(broken / "intents.yaml", "      time: AMAZON.TIME\n",
               "      time: AMAZON.TIME\n      text: AMAZON.SearchQuery\n")
    assert "has more than one open slot" in template_errors(broken)
