"""Streaks and craving trends, from the history summary the state already carries."""

from __future__ import annotations

from datetime import date, timedelta
from statistics import mean

from coach.models import CheckinSummary, Profile
from coach.spoken import spoken_days, spoken_number
from coach.turn_context import TurnContext

KEEP_CHECKIN_SUMMARIES = 120


def streak(checkins: list[CheckinSummary], today: date, carry: int = 0) -> int:
    """Days in a row with a check-in, ending today (or yesterday: today's may still be to come).

    `carry` is the run of check-in days just before the oldest summary kept (Profile.streak_carry): the
    state keeps a bounded window of summaries, and a streak longer than the window goes on past it.
    """
    days = {c.day for c in checkins}
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    if count and day < min(days):  # the run reaches back past the oldest summary kept
        count += carry
    return count


def trim_checkins(profile: Profile, keep: int = KEEP_CHECKIN_SUMMARIES) -> None:
    """Sort the summaries and keep the newest `keep`, carrying the streak that runs past the cut."""
    ordered = sorted(profile.checkins, key=lambda c: c.day)
    dropped, kept = ordered[:-keep], ordered[-keep:]
    if dropped:
        edge = kept[0].day - timedelta(days=1)
        reaches_edge = any(c.day == edge for c in dropped)
        profile.streak_carry = streak(dropped, edge, profile.streak_carry) if reaches_edge else 0
    profile.checkins = kept


def speak_progress(ctx: TurnContext) -> None:
    profile = ctx.state.profile
    if not profile.checkins and not profile.exercises:
        ctx.say("progress_none")
        return
    days = streak(profile.checkins, ctx.today, profile.streak_carry)
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
