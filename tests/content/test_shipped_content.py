"""The content that ships: it loads, and it keeps the rules clinicians and both channels rely on."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from coach.content_cli import check_templates
from coach.templates import expand, slot_values, spoken_form

from .helpers import matcher, shipped

BUILT_INS = {
    "help": "AMAZON.HelpIntent", "stop": "AMAZON.StopIntent", "cancel": "AMAZON.CancelIntent",
    "fallback": "AMAZON.FallbackIntent", "yes": "AMAZON.YesIntent", "no": "AMAZON.NoIntent",
    "next": "AMAZON.NextIntent", "repeat": "AMAZON.RepeatIntent", "pause": "AMAZON.PauseIntent",
    "resume": "AMAZON.ResumeIntent", "start_over": "AMAZON.StartOverIntent",
}
COACH = {
    "craving": "CravingIntent", "start_exercise": "StartExerciseIntent", "list_exercises": "ListExercisesIntent",
    "checkin": "CheckInIntent", "rate": "RateIntent", "answer": "AnswerIntent", "skip": "SkipIntent",
    "progress": "ProgressIntent", "capabilities": "CapabilitiesIntent", "resources": "ResourcesIntent",
    "free_text": "FreeTextIntent", "set_reminder": "SetReminderIntent", "share_progress": "ShareProgressIntent",
    "stop_sharing": "StopSharingIntent", "who_can_see": "WhoCanSeeIntent", "who_looked": "WhoLookedIntent",
}
CRISIS = {
    "crisis_suicide": ("SuicideIntent", "suicide"), "crisis_emergency": ("EmergencyIntent", "emergency"),
    "crisis_benzo": ("BenzoStopIntent", "benzo"), "crisis_mix": ("MixIntent", "mix"),
    "crisis_alone": ("UseAloneIntent", "alone"), "crisis_treatment": ("TreatmentIntent", "treatment"),
}
DAILY = ["craving", "mood", "stress", "sleep_hours", "cocaine_use", "benzo_use", "alcohol", "trigger", "helped"]
WEEKLY = ["phq2_interest", "phq2_down", "gad2_nervous", "gad2_worry"]
EVIDENCE = {"urge_surfing", "sober_breathing_space", "paced_breathing", "box_breathing", "grounding_54321",
            "delay_distract_decide", "halt_check", "play_the_tape_forward", "call_support", "reasons_list"}


def all_samples() -> dict[str, list[str]]:
    intents = shipped().intents
    return {name: [s for t in spec.samples for s in expand(t, intents.rules)]
            for name, spec in intents.intents.items()}


# ---- exercises -----------------------------------------------------------------------------------


def test_the_evidence_based_exercises_are_all_there() -> None:
    exercises = shipped().exercises.exercises
    assert len(exercises) >= 8
    assert {e.id for e in exercises} >= EVIDENCE


@pytest.mark.parametrize("exercise_id", sorted(EVIDENCE))
def test_each_exercise_is_one_to_five_minutes_cited_and_speakable(exercise_id: str) -> None:
    exercise = shipped().exercise(exercise_id)
    assert exercise is not None
    assert 60 <= exercise.estimated_seconds() <= 300
    assert 1 <= exercise.minutes <= 5
    # The minutes a person is told are within about a minute of the spoken length.
    assert abs(exercise.minutes * 60 - exercise.estimated_seconds()) <= 75
    assert exercise.sources and all(len(s) > 20 for s in exercise.sources)
    assert exercise.summary.count(".") <= 1 and exercise.summary.endswith(".")
    for step in exercise.steps:
        assert not re.search(r"[\d<>*#_\[\]{}]", step.text), step.text  # spoken by TTS: no digits or markup
        assert 0 <= step.pause_s <= 30
    assert sum(s.pause_s for s in exercise.steps) >= 10  # real silences, not a lecture


def test_no_exercise_promises_how_long_a_craving_lasts() -> None:
    text = " ".join(s.text.lower() for e in shipped().exercises.exercises for s in e.steps)
    assert not re.search(r"\b(lasts?|only takes|within|after)\b[^.]{0,30}\bminutes?\b", text)
    assert "peak" in text and "pass" in text


def test_no_exercise_talks_about_doses() -> None:
    text = " ".join(s.text.lower() for e in shipped().exercises.exercises for s in e.steps)
    assert not re.search(r"\b(mg|milligrams?|dose|doses|dosage|taper)\b", text)


def test_exercise_names_resolve_to_their_exercise() -> None:
    values = {v.value: v for v in slot_values(shipped())["EXERCISE"]}
    for exercise in shipped().exercises.exercises:
        names = {spoken_form(n) for n in [exercise.title, *exercise.aliases]}
        assert names <= {*values[exercise.id].synonyms, spoken_form(exercise.id)}
        for name in names:
            match = matcher().match(name)
            assert match is not None and match.slots.get("exercise") == exercise.id, (name, match)


# ---- check-in ------------------------------------------------------------------------------------


def test_checkin_items_in_order_with_their_kinds() -> None:
    checkin = shipped().checkin
    assert [i.id for i in checkin.daily] == DAILY
    assert [i.id for i in checkin.weekly] == WEEKLY
    kinds = {i.id: i.kind for i in checkin.daily + checkin.weekly}
    assert [kinds[i] for i in DAILY] == ["scale"] * 3 + ["hours"] + ["choice"] * 3 + ["text"] * 2
    assert {kinds[i] for i in WEEKLY} == {"choice"}
    assert checkin.sources


def test_scales_say_their_range() -> None:
    for item_id in ("craving", "mood", "stress"):
        item = shipped().checkin_item(item_id)
        assert item is not None and (item.min, item.max) == (0, 10)
        assert "from zero to ten" in item.ask.lower()
    sleep = shipped().checkin_item("sleep_hours")
    assert sleep is not None and (sleep.min, sleep.max) == (0, 24)


def test_use_items_have_the_agreed_choices_and_clinician_prompts() -> None:
    content = shipped()

    def values(item_id: str) -> list[str]:
        item = content.checkin_item(item_id)
        assert item is not None
        return [c.value for c in item.choices]

    assert values("cocaine_use") == ["yes", "no", "prefer_not_to_say"]
    assert values("benzo_use") == ["none", "as_prescribed", "not_as_prescribed", "ran_out_or_stopping",
                                   "prefer_not_to_say"]
    assert values("alcohol") == ["no", "yes", "yes_with_benzos", "prefer_not_to_say"]
    benzo, alcohol, cocaine = (content.checkin_item(i) for i in ("benzo_use", "alcohol", "cocaine_use"))
    assert benzo and alcohol and cocaine
    assert benzo.only_if == "uses_benzos" and benzo.clinician_flag == "benzo"
    assert benzo.clinician_prompt_on == ["not_as_prescribed", "ran_out_or_stopping"]
    assert alcohol.clinician_prompt_on == ["yes_with_benzos"] and alcohol.clinician_flag == "mix"
    assert "since your last check-in" in cocaine.ask.lower()


def test_weekly_screeners_score_zero_to_three_and_are_cited() -> None:
    content = shipped()
    for item_id in WEEKLY:
        item = content.checkin_item(item_id)
        assert item is not None
        assert [(c.value, c.score) for c in item.choices] == [
            ("not_at_all", 0), ("several_days", 1), ("more_than_half_the_days", 2), ("nearly_every_day", 3)]
        assert "two weeks" in item.ask
    sources = " ".join(content.checkin.sources)
    assert "Kroenke" in sources and "2003" in sources and "2007" in sources


def test_no_checkin_question_asks_for_a_dose() -> None:
    for item in shipped().checkin.daily + shipped().checkin.weekly:
        assert not re.search(r"\b(mg|milligrams?|how many (pills|tablets)|dose)\b", item.ask.lower()), item.id
        assert not re.search(r"\d", item.ask), item.id


def test_every_choice_phrase_is_understood_as_that_choice() -> None:
    from coach.flows.answers import parse_choice

    content = shipped()
    for item in content.checkin.daily + content.checkin.weekly:
        for choice in item.choices:
            for phrase in [choice.say, *choice.synonyms]:
                match = matcher().match(phrase)
                assert match is not None, phrase
                slots = match.slots
                got = parse_choice(item.choices, spoken_form(phrase), match.intent, slots)
                assert got.ok and got.value == choice.value, (item.id, phrase, match)


# ---- intents -------------------------------------------------------------------------------------


def test_every_agreed_intent_is_there_with_its_alexa_name() -> None:
    intents = shipped().intents
    assert intents.invocation_name == "coach aria"
    names = {k: v.alexa_name for k, v in intents.intents.items()}
    assert {k: names.get(k) for k in BUILT_INS} == BUILT_INS
    assert {k: names.get(k) for k in COACH} == COACH
    assert {k: (names.get(k), intents.intents[k].safety_flag) for k in CRISIS} == CRISIS
    assert set(names) == set(BUILT_INS) | set(COACH) | set(CRISIS)


def test_slots_of_the_agreed_intents() -> None:
    intents = shipped().intents.intents
    assert intents["start_exercise"].slots == {"exercise": "EXERCISE"}
    assert intents["rate"].slots == {"number": "AMAZON.NUMBER"}
    assert intents["answer"].slots == {"answer": "ANSWER"}
    assert intents["free_text"].slots == {"text": "AMAZON.SearchQuery"}
    assert intents["set_reminder"].slots == {"time": "AMAZON.TIME"}
    types = shipped().intents.slot_types
    assert types["EXERCISE"].values_from == "exercises" and types["ANSWER"].values_from == "checkin_choices"


def test_every_intent_but_fallback_has_samples() -> None:
    samples = all_samples()
    assert samples.pop("fallback") == []
    assert all(samples.values())


def test_no_sample_belongs_to_two_intents() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for name, samples in all_samples().items():
        for sample in samples:
            owners[sample].add(name)
    shared = {s: o for s, o in owners.items() if len(o) > 1}
    assert shared == {}


def test_crisis_intents_have_many_samples() -> None:
    samples = all_samples()
    for name in CRISIS:
        assert len(samples[name]) >= 20, name


def test_samples_are_valid_for_alexa_and_bounded() -> None:
    samples = all_samples()
    for name, items in samples.items():
        assert len(items) <= 400, name
        for sample in items:
            assert re.fullmatch(r"[a-z' .]*(\{[a-z_]+\}[a-z' .]*)*", sample), (name, sample)
    assert sum(len(v) for v in samples.values()) < 5000


def test_free_text_samples_always_have_carrier_words() -> None:
    for sample in all_samples()["free_text"]:
        assert sample != "{text}" and sample.replace("{text}", "").strip()


def test_template_check_of_the_shipped_content_is_clean() -> None:
    errors, count = check_templates(shipped())
    assert errors == []
    assert count == sum(len(v) for v in all_samples().values())
