"""Whole conversations through the real engine with the shipped content."""

from __future__ import annotations

import pytest

from coach.content import default_content
from coach.engine import Engine
from coach.models import CheckinCompleted, ExerciseRun, OnboardingCompleted, SafetyEvent

from .talk import Talk


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(default_content())


@pytest.fixture
def talk(engine: Engine) -> Talk:
    return Talk(engine)


def test_onboarding_with_benzos_speaks_clinician_prompt_and_records_answers(talk: Talk) -> None:
    first = talk.launch()
    assert "benzos" in first.speech.lower()
    assert "not an emergency service" in first.speech
    assert first.end_session is False and first.reprompt

    after_benzos = talk.say("yes i take klonopin")
    assert "benzo" in after_benzos.flags
    assert "clinician" in after_benzos.speech.lower()
    assert "alcohol" in after_benzos.speech.lower()

    talk.say("no")
    done = talk.say("no not right now")
    assert "find treatment dot gov" in done.speech
    events = [e for e in talk.events if isinstance(e, OnboardingCompleted)]
    assert events == [OnboardingCompleted(uses_benzos=True, drinks_to_come_down=False, clinician_involved=False)]
    assert talk.state.profile.onboarded and talk.state.profile.uses_benzos is True

    # The next launch knows the person: no onboarding again.
    talk.next_day()
    again = talk.launch()
    assert "benzos" not in again.speech.lower()
    assert "check-in" in again.speech


def test_onboarding_without_benzos_or_alcohol_asks_no_clinician_question(talk: Talk) -> None:
    talk.launch()
    talk.say("nope")
    done = talk.say("prefer not to say")
    assert done.flags == []
    assert talk.state.profile.onboarded
    assert talk.state.profile.uses_benzos is False and talk.state.profile.drinks_to_come_down is None


def test_craving_exercise_with_before_and_after_ratings(talk: Talk, engine: Engine) -> None:
    talk.onboard()
    ask = talk.say("i'm having a craving")
    assert "zero to ten" in ask.speech
    suggestion = talk.say("about an eight")
    assert "eight" in suggestion.speech
    exercise = engine.content.exercise(talk.state.activity.suggested[0])
    assert exercise is not None and exercise.title in suggestion.speech

    running = talk.say(exercise.title.lower())
    assert exercise.steps[0].text in running.speech
    # Exercise pauses are real silences of the content's length.
    assert any(seg.pause_s == step.pause_s and seg.text == step.text
               for seg in running.segments for step in exercise.steps if step.pause_s)
    reply = running
    while "how strong is the craving now" not in reply.speech.lower():
        reply = talk.say("next")
    assert exercise.steps[-1].text in " ".join(r.speech for r in talk.replies[-3:])

    reflected = talk.say("five")
    assert "from eight to five" in reflected.speech.lower()
    runs = [e for e in talk.events if isinstance(e, ExerciseRun)]
    assert len(runs) == 1
    assert (runs[0].exercise_id, runs[0].craving_before, runs[0].craving_after, runs[0].completed) == (
        exercise.id, 8, 5, True)
    bye = talk.say("no thanks")
    assert bye.end_session


def test_long_exercise_is_split_across_next_turns_when_the_channel_needs_it(engine: Engine) -> None:
    talk = Talk(engine, max_reply_seconds=30)
    talk.onboard()
    talk.say("i'm having a craving")
    talk.say("six")
    first = talk.say("yes")
    assert 'say "next"' in first.speech.lower()
    exercise = engine.content.exercise(talk.state.activity.exercise_id or "")
    assert exercise is not None
    spoken_steps = 0
    for _ in range(len(exercise.steps) + 1):
        spoken_steps = talk.state.activity.step_index
        if talk.state.activity.awaiting == "craving_after":
            break
        talk.say("next")
    assert talk.state.activity.awaiting == "craving_after"
    assert spoken_steps <= len(exercise.steps)
    assert len([r for r in talk.replies if 'say "next"' in r.speech.lower()]) >= 2


def test_still_high_after_exercise_offers_another_or_a_support_call(talk: Talk) -> None:
    talk.onboard()
    talk.say("i really want to use")
    talk.say("nine")
    talk.say("yes")
    while talk.state.activity.awaiting != "craving_after":
        talk.say("next")
    reply = talk.say("eight")
    assert "from nine to eight" in reply.speech.lower()
    assert "call someone" in reply.speech.lower()
    again = talk.say("another exercise")
    assert talk.state.activity.awaiting == "choose_exercise"
    assert talk.state.activity.suggested and talk.replies[-1] is again


def test_stop_mid_exercise_records_an_unfinished_run_and_ends(engine: Engine) -> None:
    talk = Talk(engine, max_reply_seconds=30)
    talk.onboard()
    talk.say("i'm having a craving")
    talk.say("seven")
    talk.say("yes")
    assert talk.state.activity.flow == "exercise" and talk.state.activity.awaiting == "exercise_next"
    stopped = talk.say("stop")
    assert stopped.end_session
    runs = [e for e in talk.events if isinstance(e, ExerciseRun)]
    assert len(runs) == 1 and runs[0].completed is False and runs[0].craving_before == 7
    assert talk.state.activity.flow == "idle"


def test_pause_resume_repeat_and_skip_inside_an_exercise(engine: Engine) -> None:
    talk = Talk(engine, max_reply_seconds=20)
    talk.onboard()
    talk.say("i'm having a craving")
    talk.say("five")
    first = talk.say("yes")
    paused = talk.say("pause")
    assert "resume" in paused.speech.lower()
    assert talk.state.activity.paused
    repeated = talk.say("repeat")
    assert repeated.speech == paused.speech
    index = talk.state.activity.step_index
    talk.say("skip")
    assert talk.state.activity.step_index >= index + 2 or talk.state.activity.awaiting == "craving_after"
    assert first.speech


def test_full_checkin_with_nonsense_answers(talk: Talk) -> None:
    talk.onboard(benzos="yes", drinks="no", clinician="yes")
    intro = talk.say("start my check in")
    assert "zero to ten" in intro.speech
    bad = talk.say("purple")
    assert "from zero to ten" in bad.speech.lower()
    assert talk.state.activity.awaiting == "craving"
    talk.say("about a six")            # craving
    talk.say("purple")                 # mood: nonsense once
    talk.say("banana")                 # twice: skipped, move on
    talk.say("seven")                  # stress
    talk.say("six and a half hours")   # sleep
    talk.say("no")                     # cocaine use
    benzo = talk.say("as prescribed")  # benzo use
    assert benzo.flags == []
    talk.say("no")                     # alcohol
    talk.say("stress at work")         # trigger
    talk.say("going for a walk")       # helped
    # Weekly PHQ-2 / GAD-2 on the first check-in
    while talk.state.activity.flow == "checkin":
        talk.say("several days")
    done = talk.replies[-1]
    assert "check-in done" in done.speech
    completed = [e for e in talk.events if isinstance(e, CheckinCompleted)]
    assert len(completed) == 1
    answers = completed[0].answers
    assert answers["craving"] == 6 and answers["mood"] is None and answers["stress"] == 7
    assert answers["sleep_hours"] == 6.5 and answers["cocaine_use"] == "no"
    assert answers["benzo_use"] == "as_prescribed" and answers["alcohol"] == "no"
    assert answers["trigger"] == "stress at work" and answers["helped"] == "going for a walk"
    assert completed[0].weekly is True
    assert answers["phq2_interest"] == "several_days" or answers["phq2_interest"] is not None


def test_checkin_benzo_running_out_brings_the_clinician_prompt(talk: Talk) -> None:
    talk.onboard(benzos="yes", drinks="no", clinician="no")
    talk.say("check in")
    for answer in ["three", "six", "four", "eight", "no"]:
        talk.say(answer)
    assert talk.state.activity.awaiting == "benzo_use"
    reply = talk.intent("answer", answer="ran_out_or_stopping")
    assert reply.flags == ["benzo"]
    assert "clinician" in reply.speech.lower() and "seizure" in reply.speech.lower()
    assert talk.state.activity.awaiting == "alcohol"
    mix = talk.say("yes with my benzos")
    assert "mix" in mix.flags
    assert any(isinstance(e, SafetyEvent) and e.flags == ["mix"] for e in mix.events)


def test_checkin_stopped_midway_resumes_later_the_same_day(talk: Talk) -> None:
    talk.onboard()
    talk.say("let's do my check in")
    talk.say("two")
    talk.say("seven")
    stopped = talk.say("stop")
    assert stopped.end_session and "saved your answers" in stopped.speech
    talk.end()
    talk.now = talk.now.replace(hour=21)
    back = talk.launch()
    assert "partway" in back.speech
    resumed = talk.say("yes")
    assert "pick up where we left off" in resumed.speech
    assert talk.state.activity.awaiting == "stress"
    assert talk.state.checkin_draft is not None and talk.state.checkin_draft.answers == {"craving": 2, "mood": 7}


def test_checkin_draft_does_not_carry_over_to_the_next_day(talk: Talk) -> None:
    talk.onboard()
    talk.say("check in")
    talk.say("four")
    talk.say("stop")
    talk.next_day()
    back = talk.launch()
    assert "partway" not in back.speech
    talk.say("check in")
    assert talk.state.activity.awaiting == "craving"
    assert talk.state.checkin_draft is not None and talk.state.checkin_draft.answers == {}


def test_very_low_mood_asks_gently_about_safety(talk: Talk) -> None:
    talk.onboard()
    talk.say("check in")
    talk.say("five")
    question = talk.say("one")
    assert "hurting yourself" in question.speech
    assert question.flags == []
    crisis = talk.say("yes")
    assert crisis.flags == ["suicide"]
    assert "nine eight eight" in crisis.speech


def test_very_low_mood_then_no_continues_the_checkin(talk: Talk) -> None:
    talk.onboard()
    talk.say("check in")
    talk.say("five")
    talk.say("two")
    reply = talk.say("no")
    assert reply.flags == []
    assert talk.state.activity.awaiting == "stress"


def test_high_craving_three_days_running_suggests_reaching_out(talk: Talk) -> None:
    talk.onboard()
    for day in range(3):
        if day:
            talk.next_day()
        talk.say("check in")
        talk.say("nine")
        while talk.state.activity.flow == "checkin":
            talk.say("skip")
    last = talk.replies[-1].speech
    assert "high three days running" in last
    assert "three days in a row" in last


def test_crisis_in_the_middle_of_an_exercise_ends_it_and_speaks_first(talk: Talk) -> None:
    talk.onboard()
    talk.say("i'm having a craving")
    talk.say("eight")
    talk.say("yes")
    assert talk.state.activity.flow == "exercise"
    reply = talk.say("i want to die")
    assert reply.flags == ["suicide"]
    assert reply.segments[0].text.lower().find("nine eight eight") >= 0
    assert talk.state.activity.flow == "idle"
    runs = [e for e in talk.events if isinstance(e, ExerciseRun)]
    assert len(runs) == 1 and runs[0].completed is False
    assert reply.card is not None and "988" in reply.card.text


@pytest.mark.parametrize("intent,flag", [("crisis_suicide", "suicide"), ("crisis_emergency", "emergency"),
                                         ("crisis_benzo", "benzo"), ("crisis_mix", "mix"),
                                         ("crisis_alone", "alone"), ("crisis_treatment", "treatment")])
def test_crisis_intents_flag_from_any_state(talk: Talk, intent: str, flag: str) -> None:
    talk.onboard()
    talk.say("check in")
    reply = talk.intent(intent)
    assert flag in reply.flags
    assert reply.segments[0].text  # the safety speech comes first
    assert any(isinstance(e, SafetyEvent) for e in reply.events)


def test_resources_and_help_at_any_point_then_back_to_the_question(talk: Talk) -> None:
    talk.onboard()
    talk.say("check in")
    numbers = talk.say("give me the numbers")
    assert "nine eight eight" in numbers.speech
    assert "zero to ten" in numbers.speech  # and back to the question that was waiting
    assert talk.state.activity.awaiting == "craving"
    helped = talk.say("help")
    assert "nine eight eight" in helped.speech and "zero to ten" in helped.speech


def test_progress_reports_streak_and_trend(talk: Talk) -> None:
    talk.onboard()
    for day in range(9):
        if day:
            talk.next_day()
        talk.say("check in")
        talk.say("eight" if day < 2 else "three")
        while talk.state.activity.flow == "checkin":
            talk.say("skip")
    reply = talk.say("how am i doing")
    assert "nine days in a row" in reply.speech
    assert "down from" in reply.speech


def test_reminder_time_is_understood_and_kept(talk: Talk) -> None:
    talk.onboard()
    reply = talk.say("remind me at 8 pm")
    assert talk.state.profile.reminder_time == "20:00"
    assert "eight p m" in reply.speech
    talk.intent("set_reminder", time="07:30")
    assert talk.state.profile.reminder_time == "07:30"


def test_unknown_words_get_a_clear_spoken_answer(talk: Talk) -> None:
    talk.onboard()
    reply = talk.say("purple elephants dance")
    assert reply.speech and not reply.end_session and reply.reprompt


def test_the_engine_leaves_the_callers_state_alone_unless_it_is_handed_over(engine: Engine) -> None:
    from datetime import UTC, datetime

    from coach.models import PersonState, Turn

    state = PersonState(user_id="someone")
    before = state.model_dump()
    launch = Turn(user_id="someone", channel="text", kind="launch", now=datetime(2026, 11, 23, 9, tzinfo=UTC))
    reply, new = engine.turn(state, launch)
    assert new is not state and state.model_dump() == before  # pure by default
    assert new.activity != state.activity or new.last_segments != state.last_segments  # the turn did change it
    handed_over = PersonState(user_id="someone")
    reply_owned, same = engine.turn(handed_over, launch, owned=True)
    assert same is handed_over and same.model_dump() == new.model_dump()
    assert reply_owned.speech == reply.speech
