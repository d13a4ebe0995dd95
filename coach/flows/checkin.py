"""The daily check-in: one item at a time, resumable the same day, with the escalation rules."""

from __future__ import annotations

from datetime import date, timedelta

from coach.content_schema import CheckinItem
from coach.flows.answers import parse_item
from coach.flows.progress import streak, trim_checkins
from coach.models import Activity, CheckinCompleted, CheckinDraft, CheckinSummary
from coach.safety_speech import add_safety
from coach.spoken import spoken_days, spoken_number
from coach.turn_context import TurnContext

HIGH_CRAVING = 7
HIGH_CRAVING_DAYS = 3
LOW_MOOD = 2
WEEKLY_EVERY_DAYS = 7
SCREEN_POSITIVE = 3  # PHQ-2 / GAD-2 score at which a clinician conversation is worth suggesting


def done_today(ctx: TurnContext) -> bool:
    return any(c.day == ctx.today for c in ctx.state.profile.checkins)


def start(ctx: TurnContext) -> None:
    """Begin today's check-in, or pick up where the person left off earlier today."""
    if done_today(ctx):
        ctx.state.activity = Activity()
        ctx.ask(ctx.line("checkin_already_done"), ctx.line("what_next_reprompt"))
        return
    draft = ctx.state.checkin_draft
    if draft and draft.day == ctx.today and draft.answers:
        ctx.say("checkin_resume")
    else:
        last_weekly = ctx.state.profile.last_weekly
        weekly = last_weekly is None or (ctx.today - last_weekly).days >= WEEKLY_EVERY_DAYS
        ctx.state.checkin_draft = CheckinDraft(day=ctx.today, weekly=weekly)
        ctx.say("checkin_intro")
    ctx.state.activity = Activity(flow="checkin")
    ask_next(ctx)


def items_for(ctx: TurnContext) -> list[CheckinItem]:
    profile = ctx.state.profile
    draft = ctx.state.checkin_draft
    items = list(ctx.content.checkin.daily)
    if draft and draft.weekly:
        items += ctx.content.checkin.weekly
    # Skip an item only when the person told us it does not apply (unknown still asks).
    return [i for i in items if i.only_if is None or getattr(profile, i.only_if) is not False]


def current_item(ctx: TurnContext) -> CheckinItem | None:
    awaiting = ctx.state.activity.awaiting
    return ctx.content.checkin_item(awaiting) if awaiting else None


def ask_next(ctx: TurnContext) -> None:
    draft = ctx.state.checkin_draft
    assert draft is not None
    remaining = [i for i in items_for(ctx) if i.id not in draft.answers]
    if not remaining:
        finish(ctx)
        return
    item = remaining[0]
    ctx.state.activity.awaiting = item.id
    ctx.state.activity.retries = 0
    ctx.ask(item.ask, _reprompt(ctx, item))


def ask_current(ctx: TurnContext) -> None:
    item = current_item(ctx)
    if item is None:
        ask_next(ctx)
        return
    ctx.ask(item.ask, _reprompt(ctx, item))


def answer(ctx: TurnContext) -> None:
    """The person replied to the current item."""
    item = current_item(ctx)
    draft = ctx.state.checkin_draft
    if item is None or draft is None or draft.day != ctx.today:
        start(ctx)
        return
    result = parse_item(item, ctx.text, ctx.intent, ctx.slots)
    if not result.ok:
        if ctx.state.activity.retries == 0:
            ctx.state.activity.retries = 1
            ctx.say_text(_not_understood(ctx, item))
            ctx.ask(item.ask, _reprompt(ctx, item))
            return
        # Twice is enough: a check-in should never feel like a test.
        ctx.say("checkin_skip_after_retry")
        result_value = None
    else:
        result_value = result.value
    draft.answers[item.id] = result_value
    _react(ctx, item, result_value)
    if ctx.state.activity.awaiting == "mood_safety":
        return
    ask_next(ctx)


def answer_mood_safety(ctx: TurnContext) -> None:
    """Reply to the gentle safety question asked after a very low mood."""
    if ctx.intent == "yes":
        add_safety(ctx, ["suicide"])
        ctx.state.activity.awaiting = None
        ctx.ask(ctx.line("checkin_after_crisis"), ctx.line("what_next_reprompt"))
        return
    if ctx.intent == "no":
        ctx.say("mood_safety_no")
    else:
        ctx.say("mood_safety_unclear")
    ask_next(ctx)


def _react(ctx: TurnContext, item: CheckinItem, value: object) -> None:
    if item.kind == "choice" and value in item.clinician_prompt_on:
        add_safety(ctx, [item.clinician_flag])
    if item.id == "cocaine_use" and value == "yes":
        ctx.say("checkin_used_support")
    if item.id == "mood" and isinstance(value, int) and value <= LOW_MOOD:
        ctx.state.activity.awaiting = "mood_safety"
        ctx.ask(ctx.line("mood_safety_question"), ctx.line("mood_safety_reprompt"))
        return
    if item.kind in ("scale", "hours") and value is not None:
        ctx.say("checkin_ack_number", value=spoken_number(value))
    elif value is not None and item.kind != "choice":
        ctx.say("checkin_ack_note")


def finish(ctx: TurnContext) -> None:
    draft = ctx.state.checkin_draft
    assert draft is not None
    answers = dict(draft.answers)
    profile = ctx.state.profile
    ctx.events.append(CheckinCompleted(day=draft.day, answers=answers, weekly=draft.weekly))
    profile.checkins = [c for c in profile.checkins if c.day != draft.day]
    profile.checkins.append(CheckinSummary(day=draft.day, craving=answers.get("craving"),
                                           mood=answers.get("mood"), stress=answers.get("stress")))
    trim_checkins(profile)
    if draft.weekly:
        profile.last_weekly = draft.day
    ctx.state.checkin_draft = None
    ctx.state.activity = Activity()
    days = streak(profile.checkins, ctx.today, profile.streak_carry)
    ctx.say("checkin_done_streak" if days >= 2 else "checkin_done", days=spoken_days(days))
    if _high_craving_run(profile.checkins, ctx.today):
        ctx.say("high_craving_run", days=spoken_number(HIGH_CRAVING_DAYS))
    if draft.weekly and _weekly_screen_positive(ctx, answers):
        ctx.say("weekly_screen_positive")
    craving = answers.get("craving")
    if isinstance(craving, int) and craving >= 5:
        ctx.state.activity = Activity(flow="idle", awaiting="offer_exercise")
        ctx.ask(ctx.line("offer_exercise_after_checkin"), ctx.line("yes_no_reprompt"))
    else:
        ctx.ask(ctx.line("anything_else"), ctx.line("what_next_reprompt"))


def _high_craving_run(checkins: list[CheckinSummary], today: date) -> bool:
    by_day = {c.day: c.craving for c in checkins}
    days = [today - timedelta(days=n) for n in range(HIGH_CRAVING_DAYS)]
    return all((by_day.get(d) or 0) >= HIGH_CRAVING for d in days)


def _weekly_screen_positive(ctx: TurnContext, answers: dict[str, object]) -> bool:
    totals: dict[str, int] = {}
    for item in ctx.content.checkin.weekly:
        score = next((c.score for c in item.choices if c.value == answers.get(item.id)), None)
        prefix = item.id.split("_")[0]
        totals[prefix] = totals.get(prefix, 0) + (score or 0)
    return any(total >= SCREEN_POSITIVE for total in totals.values())


def _not_understood(ctx: TurnContext, item: CheckinItem) -> str:
    if item.kind == "scale":
        return ctx.line("need_number", low=spoken_number(item.min), high=spoken_number(item.max))
    if item.kind == "hours":
        return ctx.line("need_hours")
    if item.kind == "choice":
        return ctx.line("need_choice", options=_options(item))
    return ctx.line("need_note")


def _reprompt(ctx: TurnContext, item: CheckinItem) -> str:
    if item.kind == "choice":
        return ctx.line("choice_reprompt", options=_options(item))
    if item.kind == "text" and ctx.turn.channel == "alexa":
        return ctx.line("note_reprompt_alexa")
    return item.ask


def _options(item: CheckinItem) -> str:
    says = [c.say for c in item.choices]
    return ", ".join(says[:-1]) + ", or " + says[-1] if len(says) > 1 else says[0]
