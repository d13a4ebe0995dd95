"""The wake phrase: "Aria" or "hey Aria" at the start of what was heard, forgiving recognition slips."""

from __future__ import annotations

import re
from dataclasses import dataclass

GREETINGS = frozenset({"hey", "hi", "okay", "ok", "hello", "a"})
# How recognizers commonly spell "Aria" (the word is rare in their vocabularies).
ARIA = frozenset({"aria", "arya", "ariah", "areia", "ariya", "arria", "aaria"})


@dataclass(frozen=True)
class Wake:
    woke: bool
    rest: str  # what was said after the wake phrase ("hey aria I'm having a craving" -> "i'm having a craving")


def detect(text: str) -> Wake:
    words = re.sub(r"[^a-z' ]+", " ", text.lower()).split()
    for skip in (0, 1):  # "aria ..." or "hey aria ..."
        if len(words) > skip and words[skip] in ARIA and (skip == 0 or words[0] in GREETINGS):
            return Wake(True, " ".join(words[skip + 1:]))
    return Wake(False, "")
