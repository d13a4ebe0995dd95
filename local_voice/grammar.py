"""The phrase list for closed-grammar recognition, built from the same content templates as the Alexa model.

PocketSphinx gets the phrases as a minimal word automaton (`word_graph`), not as a flat list of
alternatives. Rule that matters: every crisis phrase is in every grammar. A closed grammar forces what it
hears onto its nearest phrase, so without them "I want to kill myself" could come out as a command.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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


def respell(text: str) -> str:
    """Undo the dictionary spelling for the engine: "eight p m" -> "eight pm" (its time parser wants that)."""
    return re.sub(r"\b([ap]) m\b", r"\1m", text)


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


# A closed grammar cannot take free text, so the check-in's "main trigger" and "what helped" answers get
# common everyday answers (said alone or after the content's carrier words, "my trigger was ..."). The
# open-vocabulary Vosk engine needs none of this.
FREE_TEXT_FILLS: tuple[str, ...] = (
    "nothing", "work", "stress", "stress at work", "money", "my family", "my friends", "my partner",
    "being alone", "being bored", "feeling tired", "feeling lonely", "a party", "payday", "the weekend",
    "an argument", "a walk", "going for a walk", "music", "sleep", "exercise", "a meeting", "my sponsor",
    "calling my sponsor", "talking to a friend", "my kids", "prayer", "breathing", "the breathing exercise",
    "cooking", "reading", "a shower",
)


def free_text_phrases(content: Any, fills: Sequence[str] = FREE_TEXT_FILLS) -> list[str]:
    """Samples of intents with a free-text (SearchQuery) slot, the slot filled with each common answer."""
    from coach.templates import expand, slot_names

    out: list[str] = list(fills)
    intents = content.intents
    for spec in intents.intents.values():
        free = {name for name, kind in (getattr(spec, "slots", None) or {}).items() if kind == "AMAZON.SearchQuery"}
        if not free:
            continue
        for template in spec.samples:
            for sample in expand(template, intents.rules):
                names = slot_names(sample)
                if len(names) == 1 and names[0] in free:
                    out += [sample.replace("{" + names[0] + "}", fill) for fill in fills]
    return list(dict.fromkeys(normalise_phrase(p) for p in out))


def grammar_phrases(content: Any, extra: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """(all phrases, crisis phrases) for a recognizer grammar: intents, crisis, wake words, numbers."""
    from coach.nlu import IntentMatcher

    crisis = list(dict.fromkeys([*crisis_phrases(content), *(normalise_phrase(e) for e in extra)]))
    phrases = [normalise_phrase(p) for p in IntentMatcher(content).phrases()]
    numbers = [*NUMBER_WORDS, *(f"about {n}" for n in NUMBER_WORDS), *(f"{n} and a half" for n in NUMBER_WORDS)]
    everything = [*crisis, *phrases, *free_text_phrases(content), *WAKE_PHRASES,
                  *(f"{w} {p}" for w in ("hey aria",) for p in crisis), *numbers]
    return [p for p in dict.fromkeys(everything) if p], [p for p in crisis if p]


@dataclass(frozen=True)
class WordGraph:
    """A finite-state grammar over words: the minimal acyclic automaton accepting exactly the phrases.

    Why not one JSGF alternative per phrase: thousands of flat alternatives put thousands of word models
    at the start state, and PocketSphinx then needs ~50 s to compile and 10-100 s to decode one utterance.
    Merging common prefixes and suffixes ("remind me every day at ..." shares its times with "remind me
    at ...") gives a few hundred states with the same language, decoded in a fraction of real time.
    """

    start: int
    final: int
    # (from, to, probability, word) or (from, to, probability) for the null step into `final`
    transitions: list[tuple[int, int, float, str] | tuple[int, int, float]]

    @property
    def states(self) -> int:
        return self.final + 1


def word_graph(phrases: Iterable[str]) -> WordGraph:
    """The minimal automaton: a trie of the phrases, then equal subtrees merged bottom-up."""
    children: list[dict[str, int]] = [{}]
    accepting = [False]
    for phrase in phrases:
        node = 0
        for word in phrase.split():
            nxt = children[node].get(word)
            if nxt is None:
                children.append({})
                accepting.append(False)
                nxt = children[node][word] = len(children) - 1
            node = nxt
        if node:
            accepting[node] = True
    if not children[0]:
        raise ValueError("a grammar needs at least one phrase")
    # Trie nodes are numbered parents first, so walking backwards visits every child before its parent.
    same: dict[tuple[bool, tuple[tuple[str, int], ...]], int] = {}
    representative = [0] * len(children)
    for node in range(len(children) - 1, -1, -1):
        key = (accepting[node], tuple(sorted((w, representative[c]) for w, c in children[node].items())))
        representative[node] = same.setdefault(key, node)
    kept = sorted(set(representative))
    number = {node: i for i, node in enumerate(kept)}
    final = len(kept)
    transitions: list[tuple[int, int, float, str] | tuple[int, int, float]] = []
    for node in kept:
        ways = len(children[node]) + (1 if accepting[node] else 0)
        for word, child in children[node].items():
            transitions.append((number[node], number[representative[child]], 1.0 / ways, word))
        if accepting[node]:
            transitions.append((number[node], final, 1.0 / ways))
    return WordGraph(number[0], final, transitions)
