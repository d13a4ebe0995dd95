"""The concept rules (coach.safety_concepts): what each pairing decides, and that their pre-filters only skip
work. Recall and false alarms on whole utterances are the corpus's job (test_corpus.py, rounds 200+)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from coach import safety_concepts as sc
from coach import safety_patterns as sp
from coach.safety import screen
from coach.safety_normalise import normalise

from .corpus import all_texts, word_salad

TEXTS = all_texts()


@pytest.mark.parametrize(("text", "flagged"), [
    ("i ran out of my klonopin on sunday", True),
    ("i ran out of coffee and my klonopin is on the nightstand", False),  # the cue's own object
    ("my klonopin, i ran out two days ago", True),  # no other object: a time
    ("i lost five pounds since starting my lexapro and my klonopin is the same", False),
    ("i am not out of my xanax", False),  # negated
    ("i quit my xanax years ago and i am doing great", False),  # long over
    ("i used to take my xanax as prescribed but i quit on my own two days ago", True),  # other clause
    ("my doctor retired but the new one refilled my klonopin", False),  # fine, said after the cue
    ("i have been on klonopin for like six years and my therapist said to look at it and i just stopped "
     "taking it on saturday", True),  # a pronoun reaches back past the usual distance
    ("i did not have any problems with my klonopin this week", False),
    ("i have not had any of my ativan since thursday", True),
])
def test_benzo_cue_and_its_object(text: str, flagged: bool) -> None:
    assert ("benzo" in screen(text).flags) is flagged, screen(text)


@pytest.mark.parametrize(("text", "flagged"), [
    ("everybody is asleep so i am going to sneak out to the garage and use", True),
    ("i take my klonopin every night and i live alone", False),  # a routine, not using
    ("i would rather be alone than go back to using with those people", False),
    ("i used to get high alone in my car but i have been clean eight months", False),
    ("nobody will find out if i get high in my room tonight", True),
    ("i am parked outside the pharmacy to pick up my prescription", False),
])
def test_alone_needs_using_and_nobody_around(text: str, flagged: bool) -> None:
    assert ("alone" in screen(text).flags) is flagged, screen(text)


@pytest.mark.parametrize(("text", "flagged"), [
    ("how do i get my husband into rehab", True),
    ("i need to talk to somebody at a clinic about my using", True),
    ("i need to talk to someone about my drinking water habit lol", False),
    ("i am getting hair treatment at the salon tomorrow", False),
    ("i need to find someone to get high with", False),
    ("i finished rehab two years ago and i am doing well", False),
    ("i went to one meeting years ago and hated it but i should try again can you find me one", True),
])
def test_treatment_is_asked_for(text: str, flagged: bool) -> None:
    assert ("treatment" in screen(text).flags) is flagged, screen(text)


def _without_gates(norm: str) -> set[str]:
    sc.GATED = False
    try:
        return sp.detect(norm)
    finally:
        sc.GATED = True


def test_gates_change_no_answer_on_the_corpora() -> None:
    for text in TEXTS:
        norm = normalise(text)
        assert sp.detect(norm) == _without_gates(norm), text


def test_every_cue_that_matches_had_its_gate_open() -> None:
    for text in TEXTS:
        norm = normalise(text)
        opened = set(sp._INDEX.open(norm, set(norm.split())))
        for cue in sc.CUES:
            if cue.regex.search(norm):
                assert cue.at in opened, (text, cue.regex.pattern[:60], cue.gate)


_words = word_salad([cue.regex.pattern for cue in sc.CUES], ["i", "a", "my", "not", "benzo", "opioid", "alcohol", "xq"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_words)
def test_gates_are_sound_on_random_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    opened = set(sp._INDEX.open(text, set(words)))
    for cue in sc.CUES:
        if cue.regex.search(text):
            assert cue.at in opened, (text, cue.regex.pattern[:60])
    assert sp.detect(text) == _without_gates(text), text


@pytest.mark.slow  # a fresh interpreter imports the rules (several seconds, more on a busy machine)
def test_either_module_may_be_imported_first() -> None:
    """The two modules import each other; the cues join the rules' index whichever comes first (here
    coach.safety_patterns came first, through coach.safety)."""
    text = "i ran out of my xanax so i am going to use alone in my car"
    code = f"import coach.safety_concepts; from coach.safety import screen; print(sorted(screen({text!r}).flags))"
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == str(sorted(screen(text).flags)) == "['alone', 'benzo']"
