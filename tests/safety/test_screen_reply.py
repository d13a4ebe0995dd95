"""screen()'s reply, built once per set of flags (coach.safety._reply), equals the reply built in full."""

from __future__ import annotations

import itertools

from coach.models import FLAGS
from coach.safety import _default_safety, screen
from coach.safety_normalise import normalise
from coach.safety_patterns import detect, resources_requested

from .corpus import all_texts

TEXTS = all_texts()


def _expected(flags: set[str]) -> tuple[list[str], str, str]:
    safety = _default_safety()
    ordered = [f for f in FLAGS if f in flags]
    return (sorted(flags), " ".join(safety.flags[f].speech.strip() for f in ordered),
            "\n\n".join(safety.flags[f].card.strip() for f in ordered))


def test_reply_equals_the_full_construction_on_the_corpora() -> None:
    flagged = 0
    for text in TEXTS:
        norm = normalise(text)
        flags = detect(norm) if norm else set()
        got = screen(text)
        assert (got.flags, got.speech, got.card) == _expected(flags), text
        assert got.resources_requested == (bool(norm) and resources_requested(norm)), text
        flagged += bool(flags)
    assert flagged > len(TEXTS) // 3  # the corpus is mostly flagged: the comparison covered many sets


def test_every_set_of_flags_from_a_channel_gets_the_full_reply() -> None:
    for size in range(1, len(FLAGS) + 1):
        for combo in itertools.combinations(FLAGS, size):
            got = screen("hello", extra_flags=[*combo, "not-a-flag"])
            assert (got.flags, got.speech, got.card) == _expected(set(combo)), combo


def test_each_reply_has_its_own_list_of_flags() -> None:
    first = screen("i want to die")
    first.flags.append("changed by a caller")
    again = screen("i want to die")
    assert again.flags == ["suicide"] and again.speech == first.speech
