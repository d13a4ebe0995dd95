"""Engine replies as Alexa speech: SSML with real pauses, a reprompt, and a card with written numbers.

Alexa holds at most 10 s in one <break>, so longer pauses become several breaks; speech must stay
under 8,000 characters, so a reply that would not fit is cut at a segment boundary (never the safety
speech, which the engine always puts first).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from xml.sax.saxutils import escape

from coach.models import Reply, Segment

MAX_BREAK_S = 10.0
MAX_SPEECH_CHARS = 8000
# Room kept for the closing tag and a "say next" line when speech is cut short.
_SPEECH_BUDGET = MAX_SPEECH_CHARS - 200
CUT_SHORT = "There is more. Say next to go on."


def breaks(seconds: float) -> str:
    """Silence as <break> tags of at most 10 s each (e.g. 25 s -> 10 s + 10 s + 5 s)."""
    if seconds <= 0:
        return ""
    tenths = round(seconds * 10)
    if tenths <= 0:
        return ""
    count = math.ceil(tenths / (MAX_BREAK_S * 10))
    out = []
    for _ in range(count):
        chunk = min(tenths, int(MAX_BREAK_S * 10))
        tenths -= chunk
        out.append(f'<break time="{_fmt(chunk)}s"/>')
    return "".join(out)


def _fmt(tenths: int) -> str:
    return str(tenths // 10) if tenths % 10 == 0 else f"{tenths / 10:.1f}"


def segment_ssml(segment: Segment) -> str:
    text = escape(" ".join(segment.text.split()))
    return (text + (" " if text and segment.pause_s > 0 else "") + breaks(segment.pause_s)).strip()


def speech_ssml(segments: list[Segment]) -> str:
    parts: list[str] = []
    used = len("<speak></speak>")
    for i, seg in enumerate(segments):
        piece = segment_ssml(seg)
        if not piece:
            continue
        if used + len(piece) + 1 > _SPEECH_BUDGET and i > 0:
            parts.append(escape(CUT_SHORT))
            break
        if used + len(piece) + 1 > _SPEECH_BUDGET:  # a single first segment larger than the limit
            piece = escape(" ".join(seg.text.split())[: _SPEECH_BUDGET // 2])
        parts.append(piece)
        used += len(piece) + 1
    return "<speak>" + " ".join(parts) + "</speak>"


def text_ssml(text: str) -> str:
    return "<speak>" + escape(" ".join(text.split()))[:_SPEECH_BUDGET] + "</speak>"


@dataclass(frozen=True)
class Rendered:
    speech: str
    reprompt: str | None
    card_title: str | None
    card_text: str | None
    should_end_session: bool


def render(reply: Reply, *, safety_card: tuple[str, str] | None = None) -> Rendered:
    """`safety_card` (title, text) is used when a flag fired but the engine gave no card."""
    card = reply.card
    title, text = (card.title, card.text) if card else (None, None)
    if reply.flags and card is None and safety_card is not None:
        title, text = safety_card
    reprompt = None if reply.end_session or not reply.reprompt else text_ssml(reply.reprompt)
    return Rendered(speech=speech_ssml(reply.segments), reprompt=reprompt, card_title=title, card_text=text,
                    should_end_session=reply.end_session)
