"""The phrase list for closed-grammar recognition, built from the same content templates as the Alexa model.

Rule that matters: every crisis phrase is in every grammar. A closed grammar forces what it hears onto its
nearest phrase, so without them "I want to kill myself" could come out as a command.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

WAKE_PHRASES: tuple[str, ...] = ("aria", "hey aria", "hi aria", "okay aria", "ok aria")
NUMBER_WORDS: tuple[str, ...] = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
)
# Speech recognizers spell these as letters; dictionaries have "p" and "m", not "pm".
_SPELLED = {"am": "a m", "pm": "p m", "a.m.": "a m", "p.m.": "p m"}


def normalise_phrase(text: str) -> str:
    text = text.lower().replace("’", "'")
    words = []
    for word in re.sub(r"[^a-z0-9'. ]+", " ", text).split():
        word = _SPELLED.get(word, word.strip("."))
        if word:
            words.append(word)
    return " ".join(words)


def crisis_phrases(content: Any) -> list[str]:
    """Every sample of an intent that carries a safety flag (crisis_suicide, crisis_emergency, ...)."""
    from coach.templates import expand

    out: list[str] = []
    intents = content.intents
    for spec in intents.intents.values():
        if not getattr(spec, "safety_flag", None):
            continue
        for template in spec.samples:
            for sample in expand(template, intents.rules):
                if "{" not in sample:
                    out.append(normalise_phrase(sample))
    return list(dict.fromkeys(p for p in out if p))


def corpus_phrases(path: Path) -> list[str]:
    """Extra crisis utterances kept as plain lines (e.g. the safety test corpus), if such a file exists."""
    if not path.is_file():
        return []
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            lines.append(normalise_phrase(line.split("\t")[0]))
    return [p for p in lines if p]


def grammar_phrases(content: Any, extra: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """(all phrases, crisis phrases) for a recognizer grammar: intents, crisis, wake words, numbers."""
    from coach.nlu import IntentMatcher

    crisis = list(dict.fromkeys([*crisis_phrases(content), *(normalise_phrase(e) for e in extra)]))
    phrases = [normalise_phrase(p) for p in IntentMatcher(content).phrases()]
    numbers = [*NUMBER_WORDS, *(f"about {n}" for n in NUMBER_WORDS), *(f"{n} and a half" for n in NUMBER_WORDS)]
    everything = [*crisis, *phrases, *WAKE_PHRASES, *(f"{w} {p}" for w in ("hey aria",) for p in crisis), *numbers]
    return [p for p in dict.fromkeys(everything) if p], [p for p in crisis if p]


def jsgf(phrases: Sequence[str]) -> str:
    """A JSGF grammar with one public rule: any one of the phrases. Words are plain lower-case tokens."""
    alternatives = []
    for phrase in phrases:
        words = [w for w in phrase.split() if re.fullmatch(r"[a-z][a-z']*", w)]
        if words and len(words) == len(phrase.split()):
            alternatives.append(" ".join(words))
    if not alternatives:
        raise ValueError("a grammar needs at least one phrase")
    body = "\n    | ".join(dict.fromkeys(alternatives))
    return f"#JSGF V1.0;\ngrammar aria;\npublic <utterance> =\n      {body};\n"
