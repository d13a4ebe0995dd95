"""Sharing with a caregiver, by voice: who sees what, for how long, and taking it back at once.

Consent follows 42 CFR Part 2's model: the person hears what would be shared and why, chooses the
categories (only activity and the craving and mood trend unless they name more), a duration, and
whether the caregiver may download a copy (no unless they say yes); then the coach speaks a one-time
link code (it comes in with the turn, so the engine stays pure). Granting and revoking are events the
store writes. "Who can see my logs" and "who looked at my logs" read the sharing summary the store
attaches to the state; without it the coach says plainly it can't check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from coach.flows import exercise
from coach.flows.answers import longest_phrase
from coach.flows.onboarding import yes_no
from coach.models import (
    CONSENT_CATEGORIES,
    DEFAULT_CONSENT,
    Activity,
    Card,
    ConsentGranted,
    ConsentRevoked,
    SharedWith,
)
from coach.numbers import parse_number
from coach.turn_context import TurnContext

DEFAULT_DAYS = 90
MAX_DAYS = 365

# How each category is spoken.
CATEGORY_SPEECH: dict[str, str] = {
    "activity": "activity and streak",
    "trends": "craving and mood trend",
    "checkin_answers": "check-in answers",
    "use_disclosures": "answers about use",
    "medication": "medication answers",
    "safety_events": "safety events",
    "notes": "notes",
}
# What people say for each category (matched as whole words, longest phrase first).
_CATEGORY_PHRASES: dict[str, tuple[str, ...]] = {
    "activity": ("activity and streak", "activity and streaks", "activity", "streak", "streaks", "exercises",
                 "exercise", "check in streak"),
    "trends": ("craving and mood trend", "craving and mood trends", "craving trend", "mood trend", "trends",
               "trend", "cravings", "craving", "mood", "moods", "craving and mood"),
    "checkin_answers": ("check in answers", "checkin answers", "check ins", "check in", "checkins", "checkin",
                        "answers", "my answers", "questions"),
    "use_disclosures": ("answers about use", "use answers", "use disclosures", "disclosures", "drug use",
                        "whether i used", "using", "use", "slips", "slip", "relapses"),
    "medication": ("medication answers", "medication", "medications", "medicine", "medicines", "meds",
                   "benzo answers", "benzos", "benzo", "pills"),
    "safety_events": ("safety events", "safety", "crisis", "crises", "crisis events"),
    "notes": ("notes", "note", "my notes"),
}
_ALL = re.compile(r"\b(all|everything|every thing|the lot|all of (it|them))\b")
_EXCEPT = re.compile(r"\b(except|but not|apart from|without|but)\b")
_DEFAULT = re.compile(r"\b(usual|default|basics|basic|standard|that's fine|sounds good|okay|ok)\b")
_NOTHING = re.compile(r"\b(nothing|none|never mind|nevermind|don't share|do not share|not now)\b")
_FILLER = frozenset({"and", "my", "the", "just", "only", "also", "plus", "with", "share", "please", "i'd", "like",
                     "to", "them", "it", "of", "all", "so", "as", "well", "too", "i", "want", "me"})
_CARER = re.compile(r"\b(caregiver|family|doctor|counselor|counsellor|clinician|therapist|sponsor|partner|wife|"
                    r"husband|mom|mum|mother|dad|father|sister|brother|friend|son|daughter|nurse)\b")

_ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
             "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth",
             "thirtieth", "thirty first"]
_MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_SMALL = _DIGITS + ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                    "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


# ---- spoken forms ---------------------------------------------------------------------------------


def number_words(n: int) -> str:
    """0-999 in words ("one hundred and twenty")."""
    if n < 20:
        return _SMALL[n]
    if n < 100:
        tens, units = divmod(n, 10)
        return _TENS[tens] + (f" {_SMALL[units]}" if units else "")
    hundreds, rest = divmod(n, 100)
    return f"{_SMALL[hundreds]} hundred" + (f" and {number_words(rest)}" if rest else "")


def spoken_duration(days: int) -> str:
    if days == 365:
        return "a year"
    return "one day" if days == 1 else f"{number_words(days)} days"


def spoken_date(moment: datetime) -> str:
    return f"{_MONTHS[moment.month]} {_ORDINALS[moment.day]}"


def spoken_code(code: str) -> str:
    return ", ".join(_DIGITS[int(d)] for d in code)


def spoken_list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    # The items have "and" inside ("activity and streak"), so the last one gets a comma too.
    return ", ".join(items[:-1]) + ", and " + items[-1]


def spoken_categories(categories: Iterable[str]) -> str:
    chosen = set(categories)
    return spoken_list([CATEGORY_SPEECH[c] for c in CONSENT_CATEGORIES if c in chosen])


def _who(label: str) -> str:
    return f"your {label}" if label else "your caregiver"


def _shared_who(shared: SharedWith) -> str:
    return shared.who if shared.linked and shared.who else _who(shared.who)


# ---- entry points ------------------------------------------------------------------------------------


def handle(ctx: TurnContext, intent: str) -> bool:
    """A consent request from anywhere. True when the reply ends with a question of this flow."""
    if intent == "share_progress":
        start_sharing(ctx)
        return True
    if intent == "stop_sharing":
        return start_revoking(ctx)
    if intent == "who_can_see":
        who_can_see(ctx)
    elif intent == "who_looked":
        who_looked(ctx)
    if (ctx.state.activity.awaiting or "").startswith("consent_"):
        ask_current(ctx)
        return True
    return False


def start_sharing(ctx: TurnContext) -> None:
    if ctx.state.activity.flow == "exercise":
        exercise.abandon(ctx)
    found = _CARER.search(ctx.text)
    label = found.group(1) if found and found.group(1) != "caregiver" else ""
    ctx.state.activity = Activity(awaiting="consent_categories", consent={"label": label})
    ctx.say("consent_explain", who=_who(label))
    ctx.ask(ctx.line("consent_ask_categories"), ctx.line("consent_categories_reprompt"))


def start_revoking(ctx: TurnContext) -> bool:
    sharing = ctx.state.sharing
    if sharing is not None and not sharing.shared_with:
        ctx.say("consent_nothing_to_stop")
        return False
    named = _named_grant(ctx) if sharing is not None else None
    if ctx.state.activity.flow == "exercise":
        exercise.abandon(ctx)
    if named is not None:
        who = _shared_who(named)
        ctx.state.activity = Activity(awaiting="consent_revoke", consent={"grant_id": named.grant_id, "who": who})
        ctx.ask(ctx.line("consent_revoke_confirm_one", who=who), ctx.line("yes_no_reprompt"))
    else:
        ctx.state.activity = Activity(awaiting="consent_revoke", consent={"grant_id": None})
        ctx.ask(ctx.line("consent_revoke_confirm_all"), ctx.line("yes_no_reprompt"))
    return True


def who_can_see(ctx: TurnContext) -> None:
    sharing = ctx.state.sharing
    if sharing is None:
        ctx.say("consent_cant_check")
        return
    if not sharing.shared_with:
        ctx.say("consent_who_none")
        return
    for shared in sharing.shared_with:
        if shared.linked:
            ctx.say("consent_who_item", who=_shared_who(shared), categories=spoken_categories(shared.categories),
                    until=spoken_date(shared.expires_at))
        else:
            ctx.say("consent_who_pending", who=_shared_who(shared))
    ctx.say("consent_stop_hint")


def who_looked(ctx: TurnContext) -> None:
    sharing = ctx.state.sharing
    if sharing is None:
        ctx.say("consent_cant_check")
        return
    count = sharing.views_last_30_days
    if count == 0:
        ctx.say("consent_looked_none")
        return
    ctx.say("consent_looked_count", count=number_words(min(count, 999)), times="time" if count == 1 else "times")
    for view in sharing.recent_views[:3]:
        what = "exported your logs" if view.what == "export" else "looked at your logs"
        ctx.say("consent_looked_item", who=view.who, what=what, when=spoken_date(view.at))


def ask_current(ctx: TurnContext) -> None:
    """Ask the pending consent question again (after a side request such as "who can see my logs")."""
    activity = ctx.state.activity
    data = activity.consent
    if activity.awaiting == "consent_categories":
        ctx.ask(ctx.line("consent_ask_categories"), ctx.line("consent_categories_reprompt"))
    elif activity.awaiting == "consent_duration":
        ctx.ask(ctx.line("consent_ask_duration"), ctx.line("consent_duration_reprompt"))
    elif activity.awaiting == "consent_export":
        ctx.ask(ctx.line("consent_ask_export"), ctx.line("consent_export_reprompt"))
    elif activity.awaiting == "consent_confirm":
        _ask_confirm(ctx)
    elif activity.awaiting == "consent_revoke":
        if data.get("grant_id") is None:
            ctx.ask(ctx.line("consent_revoke_confirm_all"), ctx.line("yes_no_reprompt"))
        else:
            ctx.ask(ctx.line("consent_revoke_confirm_one", who=data.get("who", "")), ctx.line("yes_no_reprompt"))


def answer(ctx: TurnContext, switch_intents: Iterable[str] = ()) -> bool:
    """The answer to a pending consent question. False (and the flow dropped) when the person clearly moved
    on to something else the engine should handle, such as "I'm having a craving"."""
    awaiting = ctx.state.activity.awaiting
    if awaiting == "consent_categories":
        return _answer_categories(ctx, set(switch_intents))
    if awaiting == "consent_duration":
        return _answer_duration(ctx, set(switch_intents))
    if awaiting == "consent_export":
        return _answer_export(ctx, set(switch_intents))
    if awaiting == "consent_confirm":
        _answer_confirm(ctx)
    elif awaiting == "consent_revoke":
        _answer_revoke(ctx)
    else:
        ctx.state.activity = Activity()
        return False
    return True


# ---- steps ----------------------------------------------------------------------------------------


def parse_categories(text: str) -> set[str] | None:
    """The categories named in `text`; "all" and "all but notes" work. None when nothing was named."""
    parts = _EXCEPT.split(text, maxsplit=1)
    head, tail = (parts[0], parts[-1]) if len(parts) > 1 else (text, None)
    chosen = set(CONSENT_CATEGORIES) if _ALL.search(head) else _named(head)
    if tail is not None:
        chosen -= _named(tail)
    return chosen or None


def _named(text: str) -> set[str]:
    return _scan(text)[0]


def _only_categories(text: str) -> bool:
    """True when `text` is just a list of categories ("cravings", "activity and my notes"), nothing more."""
    found, rest = _scan(text)
    return bool(found) and all(word in _FILLER for word in rest.split())


def _scan(text: str) -> tuple[set[str], str]:
    candidates = [(phrase, cat) for cat, phrases in _CATEGORY_PHRASES.items() for phrase in phrases]
    found: set[str] = set()
    rest = f" {text} "
    while True:
        cat = longest_phrase(rest.strip(), candidates)
        if cat is None:
            return found, rest
        found.add(cat)
        # Blank out the phrase that matched, so "medication answers" is not also "answers".
        for phrase in sorted((p for p, c in candidates if c == cat), key=len, reverse=True):
            new = re.sub(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", " ", rest, count=1)
            if new != rest:
                rest = new
                break
        else:
            return found, rest


def _answer_categories(ctx: TurnContext, switch_intents: set[str]) -> bool:
    activity = ctx.state.activity
    text = ctx.text or (ctx.slots.get("text") or ctx.slots.get("answer") or "").lower()
    chosen = parse_categories(text) if text else None
    if ctx.intent in switch_intents and not (chosen and (_only_categories(text) or _ALL.search(text))):
        ctx.state.activity = Activity()
        return False
    if chosen is None:
        if ctx.intent == "no" or _NOTHING.search(text):
            _cancel(ctx)
            return True
        if ctx.intent == "yes" or _DEFAULT.search(text):
            chosen = set(DEFAULT_CONSENT)
    if chosen is None:
        if activity.retries == 0:
            activity.retries = 1
            ctx.say("consent_categories_unclear")
            ctx.ask(ctx.line("consent_categories_reprompt"), ctx.line("consent_categories_reprompt"))
        else:
            _cancel(ctx)
        return True
    activity.retries = 0
    activity.consent["categories"] = [c for c in CONSENT_CATEGORIES if c in chosen]
    activity.awaiting = "consent_duration"
    ctx.say("consent_categories_ack", categories=spoken_categories(chosen))
    ctx.ask(ctx.line("consent_ask_duration"), ctx.line("consent_duration_reprompt"))
    return True


def parse_duration(text: str, slots: dict[str, str]) -> int | None:
    """Days to share: "ninety days", "a year", "six months", "two weeks"; None when not understood."""
    if re.search(r"\b(a|one) year\b|\ba whole year\b|\btwelve months\b", text):
        return 365
    number = parse_number(text) if text else None
    if number is None and slots.get("number"):
        number = parse_number(slots["number"])
    if number is None:
        if re.search(r"\ba month\b", text):
            return 30
        if re.search(r"\ba week\b", text):
            return 7
        return None
    days = number
    if re.search(r"\bmonths?\b", text):
        days = number * 30
    elif re.search(r"\bweeks?\b", text):
        days = number * 7
    elif re.search(r"\byears?\b", text):
        days = number * 365
    whole = int(days)
    return whole if whole == days and 1 <= whole <= MAX_DAYS else None


def _answer_duration(ctx: TurnContext, switch_intents: set[str]) -> bool:
    activity = ctx.state.activity
    text = ctx.text
    days = parse_duration(text, ctx.slots)
    if days is None and (ctx.intent == "yes" or _DEFAULT.search(text)):
        days = DEFAULT_DAYS
    if days is None and ctx.intent in switch_intents:
        ctx.state.activity = Activity()
        return False
    if days is None and (ctx.intent == "no" or _NOTHING.search(text)):
        _cancel(ctx)
        return True
    if days is None:
        if activity.retries == 0:
            activity.retries = 1
            ctx.say("consent_duration_unclear")
            ctx.ask(ctx.line("consent_duration_reprompt"), ctx.line("consent_duration_reprompt"))
        else:
            _cancel(ctx)
        return True
    activity.retries = 0
    activity.consent["days"] = days
    activity.awaiting = "consent_export"
    ctx.ask(ctx.line("consent_ask_export"), ctx.line("consent_export_reprompt"))
    return True


def _answer_export(ctx: TurnContext, switch_intents: set[str]) -> bool:
    """May the caregiver download a copy? Only a clear yes allows it; a second unclear answer means no."""
    activity = ctx.state.activity
    reply = yes_no(ctx)
    if reply == "unclear" and ctx.intent in switch_intents:
        ctx.state.activity = Activity()
        return False
    if reply == "unclear" and activity.retries == 0:
        activity.retries = 1
        ctx.say("need_yes_no")
        ctx.ask(ctx.line("consent_ask_export"), ctx.line("consent_export_reprompt"))
        return True
    activity.retries = 0
    activity.consent["allow_export"] = reply is True
    activity.awaiting = "consent_confirm"
    _ask_confirm(ctx)
    return True


def _ask_confirm(ctx: TurnContext) -> None:
    data = ctx.state.activity.consent
    download = "consent_download_allowed" if data.get("allow_export") else "consent_download_not_allowed"
    ctx.ask(ctx.line("consent_confirm", who=_who(data.get("label", "")),
                     categories=spoken_categories(data.get("categories", DEFAULT_CONSENT)),
                     days=spoken_duration(int(data.get("days", DEFAULT_DAYS))), download=ctx.line(download)),
            ctx.line("yes_no_reprompt"))


def _answer_confirm(ctx: TurnContext) -> None:
    activity = ctx.state.activity
    reply = yes_no(ctx)
    if reply is True:
        _grant(ctx)
    elif reply == "unclear" and activity.retries == 0:
        activity.retries = 1
        ctx.say("need_yes_no")
        _ask_confirm(ctx)
    else:
        _cancel(ctx)


def _grant(ctx: TurnContext) -> None:
    data = ctx.state.activity.consent
    categories = [c for c in CONSENT_CATEGORIES if c in data.get("categories", DEFAULT_CONSENT)]
    days = int(data.get("days", DEFAULT_DAYS))
    label = str(data.get("label", ""))
    code = ctx.turn.link_code
    ctx.events.append(ConsentGranted(code=code, categories=categories, days=days, label=label,  # type: ignore[arg-type]
                                     allow_export=bool(data.get("allow_export", False))))
    ctx.state.activity = Activity()
    digits = spoken_code(code)
    ctx.say("consent_code", code=digits)
    if ctx.turn.channel == "alexa":
        ctx.say("consent_code_card_note")
    card_text = ctx.line("consent_card_text", code=code, categories=spoken_categories(categories),
                         days=spoken_duration(days))
    if ctx.card is None:
        ctx.card = Card(title=ctx.line("consent_card_title"), text=card_text)
    else:
        ctx.card = Card(title=ctx.card.title, text=f"{ctx.card.text}\n\n{card_text}")
    ctx.ask(ctx.line("anything_else"), ctx.line("what_next_reprompt"))


def _cancel(ctx: TurnContext) -> None:
    ctx.state.activity = Activity()
    ctx.say("consent_cancelled")
    ctx.ask(ctx.line("anything_else"), ctx.line("what_next_reprompt"))


def _answer_revoke(ctx: TurnContext) -> None:
    activity = ctx.state.activity
    data = dict(activity.consent)
    reply = yes_no(ctx)
    if reply is True:
        grant_id = data.get("grant_id")
        ctx.events.append(ConsentRevoked(grant_id=grant_id))
        ctx.state.activity = Activity()
        if grant_id is None:
            ctx.say("consent_revoked_all")
        else:
            ctx.say("consent_revoked_one", who=data.get("who", ""))
        ctx.ask(ctx.line("anything_else"), ctx.line("what_next_reprompt"))
    elif reply == "unclear" and activity.retries == 0:
        activity.retries = 1
        ctx.say("need_yes_no")
        ask_current(ctx)
    else:
        ctx.state.activity = Activity()
        ctx.say("consent_revoke_kept")
        ctx.ask(ctx.line("anything_else"), ctx.line("what_next_reprompt"))


def _named_grant(ctx: TurnContext) -> SharedWith | None:
    """The one consent whose caregiver the person named ("stop sharing with my mom", "with Jane")."""
    sharing = ctx.state.sharing
    text = ctx.text
    if sharing is None or not text:
        return None
    def named_in_text(shared: SharedWith) -> bool:
        names = [shared.label, shared.who.split()[0] if shared.who.strip() else ""]
        return any(name and re.search(rf"\b{re.escape(name.lower())}\b", text) for name in names)

    named = [s for s in sharing.shared_with if named_in_text(s)]
    return named[0] if len(named) == 1 else None
