"""The safety screen: what must be said first, before anything else in a turn, on every channel.

`screen(text, extra_flags=..., safety=...)` is pure and fast: no database, no clock, no network, and it
loads nothing but content/safety.yaml (once), so it works while the rest of the system is down.
Flags are exactly `coach.models.FLAGS`; their speech is joined most urgent first.

How words become flags lives in `coach.safety_normalise` (spelling, contractions, drug-name classes)
and `coach.safety_patterns` (rules over word classes with negation and idiom handling).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from coach.content_schema import SafetyFile
from coach.models import FLAGS
from coach.safety_normalise import normalise
from coach.safety_patterns import detect, resources_requested

__all__ = ["Screen", "load_safety_file", "normalise", "screen"]

_KNOWN = frozenset(FLAGS)


class Screen(BaseModel):
    """The screen's verdict on one turn."""

    model_config = ConfigDict(frozen=True)

    flags: list[str]  # sorted alphabetically, each one of coach.models.FLAGS
    speech: str  # every flag's speech, most urgent first (FLAGS order); "" when no flag
    card: str  # the same help in writing (Alexa app card); "" when no flag
    resources_requested: bool  # "help", "give me the numbers", "crisis": speak resources_speech


def load_safety_file(path: Path | str | None = None) -> SafetyFile:
    """content/safety.yaml alone (ARIA_CONTENT_DIR is honoured), validated; ContentError if it is bad."""
    from coach.content import _load_file, default_content_dir

    target = Path(path) if path is not None else default_content_dir() / "safety.yaml"
    return _load_file(target, SafetyFile)  # type: ignore[return-value]


@cache
def _default_safety() -> SafetyFile:
    return load_safety_file()


def screen(text: str | None, *, extra_flags: Iterable[str] = (), safety: SafetyFile | None = None) -> Screen:
    """Screen one utterance. `extra_flags` (from a crisis intent the channel resolved) are merged in;
    names outside coach.models.FLAGS are ignored so a content slip can never silence the real ones."""
    flags: set[str] = set()
    asked = False
    if text:
        norm = normalise(text)
        if norm:
            flags = detect(norm)
            asked = resources_requested(norm)
    flags.update(f for f in extra_flags if f in _KNOWN)
    if not flags:
        return Screen.model_construct(flags=[], speech="", card="", resources_requested=asked)
    texts = (safety or _default_safety()).flags
    ordered = [f for f in FLAGS if f in flags]
    return Screen.model_construct(
        flags=sorted(flags),
        speech=" ".join(texts[f].speech.strip() for f in ordered),
        card="\n\n".join(texts[f].card.strip() for f in ordered),
        resources_requested=asked,
    )
