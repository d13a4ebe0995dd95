"""The safety screen: what must be said first, before anything else in a turn, on every channel.

`screen(text, extra_flags=..., safety=...)` is pure and fast: no database, no clock, no network, and it
loads nothing but content/safety.yaml (once), so it works while the rest of the system is down.
Flags are exactly `coach.models.FLAGS`; their speech is joined most urgent first.

How words become flags lives in `coach.safety_normalise` (spelling, contractions, drug-name classes)
and `coach.safety_patterns` (rules over word classes with negation and idiom handling); what keeps it
fast is `coach.safety_gate` (pre-filters read off each regex, so most regexes never run on a turn).
Measured in bench/bench_safety.py; labelled corpus and thresholds in tests/safety/.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from coach.content_schema import SafetyFile
from coach.models import FLAGS
from coach.safety_normalise import normalise, normalise_words
from coach.safety_patterns import detect, resources_requested

__all__ = ["Screen", "load_safety_file", "normalise", "screen"]

_KNOWN = frozenset(FLAGS)


@dataclass(frozen=True, slots=True)
class Screen:
    """The screen's verdict on one turn. A plain dataclass, not a pydantic model: it never crosses a
    process boundary, and building a pydantic model cost a quarter of the screen's time."""

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
        norm, words = normalise_words(text)
        if norm:
            word_set = set(words)
            flags = _detect_in_windows(norm, words, word_set)
            asked = resources_requested(norm, word_set)
    if extra_flags:
        flags.update(f for f in extra_flags if f in _KNOWN)
    if not flags:
        return Screen(flags=[], speech="", card="", resources_requested=asked)
    names, speech, card = _reply(safety or _default_safety(), flags)
    return Screen(flags=list(names), speech=speech, card=card, resources_requested=asked)


# Long input (a pasted page, a runaway transcript) is screened in overlapping windows of words: the rules
# look a few words around each match, and on one huge string that look-around made the cost grow with
# the square of the length. Every phrase a rule can match (well under OVERLAP words, with its context)
# lies whole inside some window, so nothing is missed.
WINDOW = 60
OVERLAP = 20


def _detect_in_windows(norm: str, words: list[str], word_set: set[str]) -> set[str]:
    if len(words) <= WINDOW:
        return detect(norm, word_set)
    flags: set[str] = set()
    for start in range(0, len(words) - OVERLAP, WINDOW - OVERLAP):
        part = words[start: start + WINDOW]
        flags |= detect(" ".join(part), set(part))
    return flags


_Reply = tuple[tuple[str, ...], str, str]  # flags sorted, speech, card
_TEXTS: dict[int, tuple[SafetyFile, dict[str, str], dict[str, str], dict[frozenset[str], _Reply]]] = {}


def _reply(safety: SafetyFile, flags: set[str]) -> _Reply:
    """The reply to a set of flags: built once per safety file and set of flags (a handful of sets ever
    occur; this remembers flags, never utterances) rather than on every flagged turn."""
    hit = _TEXTS.get(id(safety))
    if hit is None or hit[0] is not safety:  # the identity check: an id may be reused after a file is freed
        if len(_TEXTS) > 16:
            _TEXTS.clear()
        hit = _TEXTS[id(safety)] = (safety, {f: t.speech.strip() for f, t in safety.flags.items()},
                                    {f: t.card.strip() for f, t in safety.flags.items()}, {})
    _, speech, card, replies = hit
    key = frozenset(flags)
    reply = replies.get(key)
    if reply is None:
        ordered = [f for f in FLAGS if f in flags]
        reply = replies[key] = (tuple(sorted(flags)), " ".join(speech[f] for f in ordered),
                                "\n\n".join(card[f] for f in ordered))
    return reply
