"""Streaks and craving trends, from the history summary the state already carries."""

from __future__ import annotations

from datetime import date, timedelta
from statistics import mean

from coach.models import CheckinSummary
from coach.spoken import spoken_days, spoken_number
from coach.turn_context import TurnContext


def streak(checkins: list[CheckinSummary], today: date) -> int:
    """Days in a row with a check-in, ending today (or yesterday: today's may still be to come)."""
    days = {c.day for c in checkins}
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def speak_progress(ctx: TurnContext) -> None:
    profile = ctx.state.profile
    if not profile.checkins and not profile.exercises:
        ctx.say("progress_none")
        return
    days = streak(profile.checkins, ctx.today)
    if days:
        ctx.say("progress_streak", days=spoken_days(days))
    else:
        ctx.say("progress_no_streak")
    week = [c.craving for c in profile.checkins
            if c.craving is not None and ctx.today - c.day < timedelta(days=7)]
    before = [c.craving for c in profile.checkins
              if c.craving is not None and timedelta(days=7) <= ctx.today - c.day < timedelta(days=14)]
    if week and before:
        now, then = round(mean(week)), round(mean(before))
        key = "trend_down" if now < then else "trend_up" if now > then else "trend_same"
        ctx.say(key, now=spoken_number(now), then=spoken_number(then))
    elif week:
        ctx.say("trend_week_only", now=spoken_number(round(mean(week))))
    runs = [e for e in profile.exercises if ctx.today - e.day < timedelta(days=7)]
    if runs:
        drops = [e.craving_before - e.craving_after for e in runs
                 if e.craving_before is not None and e.craving_after is not None]
        ctx.say("exercises_this_week", count=spoken_number(len(runs)),
                times="time" if len(runs) == 1 else "times")
        if drops and mean(drops) > 0:
            ctx.say("exercises_help", points=spoken_number(round(mean(drops), 1)))
