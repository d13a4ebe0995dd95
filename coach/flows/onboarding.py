"""First conversation: who this is for, benzos and alcohol, and whether a clinician is involved."""

from __future__ import annotations

import re

from coach.models import Activity, OnboardingCompleted
from coach.safety_speech import add_safety
from coach.turn_context import TurnContext

_YES = re.compile(r"\b(yes|yeah|yep|yup|sure|i do|i am|i have|sometimes|correct|right|uh huh|a little|occasionally)\b")
_NO = re.compile(r"\b(no|nope|nah|never|i don'?t|i do not|not really|none|i am not|i'm not|i haven'?t)\b")
_SKIP = re.compile(r"\b(skip|pass|prefer not|rather not|not (going|gonna) to say|don'?t want to say)\b")


def yes_no(ctx: TurnContext) -> bool | None | str:
    """True, False, None for "prefer not to say", or "unclear"."""
    if ctx.intent == "yes":
        return True
    if ctx.intent == "no":
        return False
    text = ctx.text
    if _SKIP.search(text) or ctx.intent == "skip":
        return None
    if _NO.search(text):
        return False
    if _YES.search(text):
        return True
    return "unclear"


def start(ctx: TurnContext) -> None:
    ctx.state.activity = Activity(flow="onboarding", awaiting="onboard_benzos")
    ctx.say("welcome_first_time")
    ctx.ask(ctx.line("onboard_ask_benzos"), ctx.line("yes_no_skip_reprompt"))


def answer(ctx: TurnContext) -> None:
    activity = ctx.state.activity
    reply = yes_no(ctx)
    if reply == "unclear":
        if activity.retries == 0:
            activity.retries = 1
            ctx.say("need_yes_no")
            _ask_again(ctx)
            return
        reply = None
    activity.retries = 0
    answers = activity.onboarding
    if activity.awaiting == "onboard_benzos":
        answers["uses_benzos"] = reply
        if reply:
            add_safety(ctx, ["benzo"])
        activity.awaiting = "onboard_drinks"
        ctx.ask(ctx.line("onboard_ask_drinks"), ctx.line("yes_no_skip_reprompt"))
        return
    if activity.awaiting == "onboard_drinks":
        answers["drinks_to_come_down"] = reply
        if reply and answers.get("uses_benzos"):
            add_safety(ctx, ["mix"])
        elif reply:
            ctx.say("onboard_alcohol_note")
        if answers.get("uses_benzos") or reply:
            activity.awaiting = "onboard_clinician"
            ctx.ask(ctx.line("onboard_ask_clinician"), ctx.line("yes_no_skip_reprompt"))
            return
        finish(ctx)
        return
    if activity.awaiting == "onboard_clinician":
        answers["clinician_involved"] = reply
        if reply is False:
            ctx.say("onboard_find_clinician")
        elif reply:
            ctx.say("onboard_has_clinician")
        finish(ctx)


def finish(ctx: TurnContext) -> None:
    answers = ctx.state.activity.onboarding
    profile = ctx.state.profile
    profile.onboarded = True
    profile.uses_benzos = answers.get("uses_benzos")
    profile.drinks_to_come_down = answers.get("drinks_to_come_down")
    profile.clinician_involved = answers.get("clinician_involved")
    ctx.events.append(OnboardingCompleted(uses_benzos=profile.uses_benzos,
                                          drinks_to_come_down=profile.drinks_to_come_down,
                                          clinician_involved=profile.clinician_involved))
    ctx.state.activity = Activity(awaiting="launch_offer")
    ctx.say("onboard_done")
    ctx.ask(ctx.line("offer_checkin_or_exercise"), ctx.line("what_next_reprompt"))


def _ask_again(ctx: TurnContext) -> None:
    key = {"onboard_benzos": "onboard_ask_benzos", "onboard_drinks": "onboard_ask_drinks",
           "onboard_clinician": "onboard_ask_clinician"}[ctx.state.activity.awaiting or "onboard_benzos"]
    ctx.ask(ctx.line(key), ctx.line("yes_no_skip_reprompt"))
