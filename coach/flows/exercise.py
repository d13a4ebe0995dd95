"""Craving response: rate the craving, choose an exercise, run it step by step, rate again, reflect."""

from __future__ import annotations

import re

from coach.content_schema import Exercise
from coach.flows.answers import longest_phrase, parse_rating
from coach.models import Activity, ExerciseRun, ExerciseSummary, Segment
from coach.spoken import spoken_number
from coach.turn_context import TurnContext

STILL_HIGH = 7
WORDS_PER_SECOND = 2.5
# Checked in order: "the second one" must not be read as "one".
_ORDINALS = [("second", 1), ("other", 1), ("last", 1), ("two", 1), ("first", 0), ("one", 0)]


def level(rating: int | None) -> str:
    if rating is None:
        return "medium"
    return "high" if rating >= STILL_HIGH else "medium" if rating >= 4 else "low"


# ---- craving ------------------------------------------------------------------------------------


def start_craving(ctx: TurnContext, exercise_id: str | None = None) -> None:
    ctx.state.activity = Activity(flow="craving", awaiting="craving_before", exercise_id=exercise_id)
    ctx.say("craving_intro" if exercise_id is None else "exercise_rate_first")
    ctx.ask(ctx.line("rate_craving"), ctx.line("rate_craving_reprompt"))


def answer_before(ctx: TurnContext) -> None:
    activity = ctx.state.activity
    rating = parse_rating(ctx.text, ctx.slots, 0, 10)
    if not rating.ok:
        if activity.retries == 0:
            activity.retries = 1
            ctx.say("need_number", low="zero", high="ten")
            ctx.ask(ctx.line("rate_craving"), ctx.line("rate_craving_reprompt"))
            return
        ctx.say("rating_skipped")
    activity.craving_before = rating.value
    activity.retries = 0
    if rating.value is not None:
        ctx.say(f"craving_level_{level(rating.value)}", rating=spoken_number(rating.value))
    chosen = activity.exercise_id or named_exercise(ctx)
    if chosen:
        start_exercise(ctx, chosen)
    else:
        suggest(ctx)


def suggest(ctx: TurnContext, exclude: set[str] | None = None) -> None:
    activity = ctx.state.activity
    lvl = level(activity.craving_before)
    recent = {e.exercise_id for e in ctx.state.profile.exercises[-3:]}
    pool = [e for e in ctx.content.exercises.exercises if e.id not in (exclude or set())]
    # Fit the craving's strength first, then what the person has not just done.
    pool.sort(key=lambda e: (lvl not in e.good_for, e.id in recent, ctx.rng.random()))
    picks = pool[:2]
    activity.flow = "craving"
    activity.awaiting = "choose_exercise"
    activity.suggested = [e.id for e in picks]
    if len(picks) == 1:
        ctx.ask(ctx.line("suggest_one", first=picks[0].title, first_summary=picks[0].summary),
                ctx.line("choose_reprompt_one", first=picks[0].title))
        return
    ctx.ask(ctx.line("suggest_two", first=picks[0].title, first_summary=picks[0].summary,
                     second=picks[1].title, second_summary=picks[1].summary),
            ctx.line("choose_reprompt", first=picks[0].title, second=picks[1].title))


def choose(ctx: TurnContext) -> None:
    activity = ctx.state.activity
    chosen = named_exercise(ctx)
    if chosen is None and activity.suggested:
        if ctx.intent == "yes":
            chosen = activity.suggested[0]
        else:
            for word, index in _ORDINALS:
                if re.search(rf"\b{word}\b", ctx.text) and index < len(activity.suggested):
                    chosen = activity.suggested[index]
                    break
    if chosen:
        start_exercise(ctx, chosen)
        return
    if ctx.intent == "no" or re.search(r"\b(something else|another|different|neither)\b", ctx.text):
        suggest(ctx, exclude=set(activity.suggested))
        return
    if ctx.intent == "start_exercise":
        ctx.say("unknown_exercise")
        list_exercises(ctx)
        return
    ctx.ask(ctx.line("choose_again", first=_title(ctx, 0), second=_title(ctx, 1)),
            ctx.line("choose_reprompt", first=_title(ctx, 0), second=_title(ctx, 1)))


def list_exercises(ctx: TurnContext) -> None:
    titles = [e.title for e in ctx.content.exercises.exercises]
    ctx.state.activity.flow = "craving" if ctx.state.activity.flow != "exercise" else "exercise"
    if ctx.state.activity.flow == "craving":
        ctx.state.activity.awaiting = "choose_exercise"
    ctx.ask(ctx.line("exercise_list", titles=", ".join(titles[:-1]) + ", and " + titles[-1]),
            ctx.line("exercise_list_reprompt"))


def named_exercise(ctx: TurnContext) -> str | None:
    """The exercise the person named, from the channel's slot or from their words."""
    slot = (ctx.slots.get("exercise") or "").strip().lower()
    by_id = {e.id: e for e in ctx.content.exercises.exercises}
    if slot.replace(" ", "_") in by_id:
        return slot.replace(" ", "_")
    words = slot or ctx.text
    if not words:
        return None
    return longest_phrase(words, ((name, e.id) for e in ctx.content.exercises.exercises
                                  for name in [e.title, e.id.replace("_", " "), *e.aliases]))


# ---- running an exercise ------------------------------------------------------------------------


def start_exercise(ctx: TurnContext, exercise_id: str) -> None:
    exercise = ctx.content.exercise(exercise_id)
    if exercise is None:
        ctx.say("unknown_exercise")
        list_exercises(ctx)
        return
    before = ctx.state.activity.craving_before
    ctx.state.activity = Activity(flow="exercise", exercise_id=exercise.id, step_index=0,
                                  exercise_started_at=ctx.turn.now, craving_before=before)
    ctx.say("exercise_start", title=exercise.title)
    continue_exercise(ctx)


def continue_exercise(ctx: TurnContext) -> None:
    activity = ctx.state.activity
    exercise = ctx.content.exercise(activity.exercise_id or "")
    if exercise is None:
        ctx.state.activity = Activity()
        ctx.ask(ctx.line("anything_else"), ctx.line("what_next_reprompt"))
        return
    activity.paused = False
    budget = ctx.turn.max_reply_seconds
    spent = sum(_seconds(s) for s in ctx.segments)
    steps = exercise.steps
    spoke_one = False
    while activity.step_index < len(steps):
        step = steps[activity.step_index]
        cost = _seconds(Segment(text=step.text, pause_s=step.pause_s))
        if spoke_one and spent + cost > budget:
            break
        ctx.say_text(step.text, step.pause_s)
        spent += cost
        activity.step_index += 1
        spoke_one = True
    if activity.step_index >= len(steps):
        activity.awaiting = "craving_after"
        activity.retries = 0
        ctx.ask(ctx.line("rate_after"), ctx.line("rate_craving_reprompt"))
    else:
        activity.awaiting = "exercise_next"
        ctx.ask(ctx.line("say_next"), ctx.line("say_next_reprompt"))


def pause(ctx: TurnContext) -> None:
    ctx.state.activity.paused = True
    ctx.ask(ctx.line("paused"), ctx.line("paused_reprompt"))


def skip_step(ctx: TurnContext) -> None:
    ctx.state.activity.step_index += 1
    ctx.say("skipping_step")
    continue_exercise(ctx)


def answer_after(ctx: TurnContext) -> None:
    activity = ctx.state.activity
    rating = parse_rating(ctx.text, ctx.slots, 0, 10)
    if not rating.ok and activity.retries == 0:
        activity.retries = 1
        ctx.say("need_number", low="zero", high="ten")
        ctx.ask(ctx.line("rate_after"), ctx.line("rate_craving_reprompt"))
        return
    after = rating.value if rating.ok else None
    before = activity.craving_before
    _record(ctx, completed=True, after=after)
    if before is not None and after is not None:
        key = "reflect_down" if after < before else "reflect_up" if after > before else "reflect_same"
        ctx.say(key, before=spoken_number(before), after=spoken_number(after))
    else:
        ctx.say("reflect_unrated")
    ctx.state.activity = Activity(awaiting="after_offer", craving_before=after, suggested=[activity.exercise_id or ""])
    if after is not None and after >= STILL_HIGH:
        ctx.ask(ctx.line("still_high_offer"), ctx.line("still_high_reprompt"))
    else:
        ctx.ask(ctx.line("another_offer"), ctx.line("yes_no_reprompt"))


def after_offer(ctx: TurnContext) -> None:
    """Reply to "another exercise, or call someone?" after a finished exercise."""
    previous = set(ctx.state.activity.suggested)
    if re.search(r"\b(call|phone|ring|text|sponsor|someone|support)\b", ctx.text):
        start_exercise(ctx, _support_exercise(ctx) or next(iter(previous)))
        return
    chosen = named_exercise(ctx)
    if chosen:
        start_exercise(ctx, chosen)
        return
    if ctx.intent == "yes" or re.search(r"\b(another|again|more|one more)\b", ctx.text):
        suggest(ctx, exclude=previous)
        return
    ctx.state.activity = Activity()
    ctx.say("goodbye_after_exercise")
    ctx.end_session = True


def stop(ctx: TurnContext) -> None:
    """The person stopped: keep what happened, no judgement. All steps heard counts as completed."""
    activity = ctx.state.activity
    exercise = ctx.content.exercise(activity.exercise_id or "")
    _record(ctx, completed=bool(exercise) and activity.step_index >= len(exercise.steps), after=None)
    ctx.state.activity = Activity()
    ctx.say("exercise_stopped")


def abandon(ctx: TurnContext) -> None:
    """The exercise ended without a word from the person (session closed, crisis): record it quietly."""
    if ctx.state.activity.flow == "exercise":
        _record(ctx, completed=False, after=None)
    ctx.state.activity = Activity()


def _record(ctx: TurnContext, *, completed: bool, after: int | None) -> None:
    activity = ctx.state.activity
    if not activity.exercise_id:
        return
    started = activity.exercise_started_at or ctx.turn.now
    ctx.events.append(ExerciseRun(exercise_id=activity.exercise_id, started_at=started,
                                  craving_before=activity.craving_before, craving_after=after,
                                  completed=completed))
    if completed:
        profile = ctx.state.profile
        profile.exercises.append(ExerciseSummary(day=ctx.today, exercise_id=activity.exercise_id,
                                                 craving_before=activity.craving_before, craving_after=after))
        profile.exercises = profile.exercises[-60:]


def _support_exercise(ctx: TurnContext) -> str | None:
    for exercise in ctx.content.exercises.exercises:
        if "call" in exercise.id or "support" in exercise.id:
            return exercise.id
    return None


def _title(ctx: TurnContext, index: int) -> str:
    suggested = ctx.state.activity.suggested
    exercise: Exercise | None = ctx.content.exercise(suggested[index]) if index < len(suggested) else None
    return exercise.title if exercise else ctx.content.exercises.exercises[index].title


def _seconds(segment: Segment) -> float:
    return len(segment.text.split()) / WORDS_PER_SECOND + segment.pause_s
