"""Puts safety screen results into a turn: speech first, a written card, a safety event.

Every flag is spoken at most once per turn, however many rules (screen, crisis intent, check-in
answer) raised it.
"""

from __future__ import annotations

from collections.abc import Iterable

from coach.models import Card, SafetyEvent, Segment
from coach.safety import Screen, screen
from coach.turn_context import TurnContext


def apply_screen(ctx: TurnContext, result: Screen, *, first: bool) -> None:
    new = [f for f in result.flags if f not in ctx.flags]
    if not new:
        return
    if len(new) != len(result.flags):
        result = screen(None, extra_flags=new, safety=ctx.content.safety)
    ctx.flags.update(new)
    if first:
        ctx.segments.insert(0, Segment(text=result.speech))
    else:
        ctx.say_text(result.speech)
    card_text = result.card if not ctx.card else f"{ctx.card.text}\n\n{result.card}"
    ctx.card = Card(title=ctx.line("safety_card_title"), text=card_text)
    transcript = ctx.turn.text if ctx.state.profile.keep_transcripts else None
    ctx.events.append(SafetyEvent(flags=sorted(new), channel=ctx.turn.channel, text=transcript))


def add_safety(ctx: TurnContext, flags: Iterable[str]) -> None:
    """Speak the safety text for flags raised by a rule rather than by the words themselves."""
    flags = [f for f in flags if f not in ctx.flags]
    if flags:
        apply_screen(ctx, screen(None, extra_flags=flags, safety=ctx.content.safety), first=False)

