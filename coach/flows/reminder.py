"""'Remind me at 8 pm': the daily check-in reminder time (spoken by the local loop when it is due)."""

from __future__ import annotations

import re
from datetime import time

from coach.models import SettingChanged
from coach.numbers import parse_number
from coach.turn_context import TurnContext

_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")


def parse_clock(text: str) -> time | None:
    """'20:00' (Alexa AMAZON.TIME), '8 pm', 'eight thirty in the evening', 'half past seven am'."""
    text = text.strip().lower()
    exact = _CLOCK.match(text)
    if exact:
        hour, minute = int(exact.group(1)), int(exact.group(2))
        return time(hour, minute) if hour < 24 and minute < 60 else None
    text = text.replace("p.m.", "pm").replace("a.m.", "am").replace("o'clock", "").replace("oclock", "")
    half_past = re.search(r"\bhalf past\b", text)
    quarter_past = re.search(r"\bquarter past\b", text)
    text = re.sub(r"\b(half|quarter) past\b", " ", text)
    hm = re.search(r"\b(\d{1,2})[:. ](\d{2})\b", text)
    if hm:
        hour, minute = int(hm.group(1)), int(hm.group(2))
    else:
        tokens = text.split()
        number_words = [t for t in tokens if parse_number(t) is not None]
        if not number_words:
            return None
        hour = int(parse_number(number_words[0]) or 0)
        minute = int(parse_number(" ".join(number_words[1:2])) or 0) if len(number_words) > 1 else 0
        if len(number_words) > 2:
            minute = int(parse_number(" ".join(number_words[1:3])) or 0)
    if half_past:
        minute = 30
    elif quarter_past:
        minute = 15
    if re.search(r"\b(pm|evening|night|afternoon|tonight)\b", text) and hour < 12:
        hour += 12
    elif re.search(r"\b(am|morning)\b", text) and hour == 12:
        hour = 0
    if not (0 <= hour < 24 and 0 <= minute < 60):
        return None
    return time(hour, minute)


def set_reminder(ctx: TurnContext) -> None:
    when = parse_clock(ctx.slots.get("time") or ctx.text.replace("remind me", " "))
    if when is None:
        ctx.say("reminder_unclear")
        return
    value = when.strftime("%H:%M")
    ctx.state.profile.reminder_time = value
    ctx.events.append(SettingChanged(name="reminder_time", value=value))
    ctx.say("reminder_set", time=spoken_time(when))


def spoken_time(when: time) -> str:
    hour = when.hour % 12 or 12
    from coach.spoken import spoken_number

    minutes = "" if when.minute == 0 else f" {spoken_number(when.minute)}" if when.minute >= 10 \
        else f" oh {spoken_number(when.minute)}"
    return f"{spoken_number(hour)}{minutes} {'p m' if when.hour >= 12 else 'a m'}"
