"""The PocketSphinx grammar: built from content/ templates, holds every crisis phrase, and decodes spoken
crisis words to text the safety screen flags (a closed grammar must never turn them into a command)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.content import default_content
from coach.safety import screen
from local_voice.audio_in import frames_of, load_wav_16k, noise_frame
from local_voice.grammar import grammar_phrases, respell, word_graph
from local_voice.recognizer import PocketSphinxRecognizer
from tests.local_voice.speech_audio import speak_to_wav


@pytest.fixture(scope="module")
def grammar() -> tuple[list[str], list[str]]:
    return grammar_phrases(default_content())


@pytest.fixture(scope="module")
def recognizer(grammar) -> PocketSphinxRecognizer:
    return PocketSphinxRecognizer(grammar[0])


def test_word_graph_accepts_exactly_the_phrases(recognizer: PocketSphinxRecognizer) -> None:
    phrases = ["remind me at eight p m", "remind me every day at eight p m", "remind me at nine p m", "help",
               "help me", "i want to kill myself"]
    graph = word_graph(phrases)
    decoder = recognizer._decoder
    fsg = decoder.create_fsg("t", graph.start, graph.final, graph.transitions)
    for phrase in phrases:
        assert fsg.accept(phrase), phrase
    for other in ["remind me at", "remind me every day at nine", "help me at eight p m", "i want to", "me",
                  "help help"]:
        assert not fsg.accept(other), other
    # Shared endings are merged: "... at eight p m" and "... at nine p m" end in the same states.
    flat_states = sum(len(p.split()) for p in phrases) + 2
    assert graph.states < flat_states


def test_content_grammar_is_compact_and_keeps_every_crisis_phrase(grammar, recognizer) -> None:
    phrases, crisis = grammar
    assert len(crisis) > 100
    kept = set(recognizer.phrases)
    missing = [p for p in crisis if p not in kept]
    assert missing == [], f"crisis phrases the recognizer cannot hear: {missing[:5]}"
    # Trigger and helped answers can be given as words, not only as carrier phrases.
    assert "my trigger was stress at work" in kept and "what helped was going for a walk" in kept
    graph = word_graph(recognizer.phrases)
    assert graph.states < len(recognizer.phrases) / 5


@pytest.mark.parametrize(("said", "flag"), [
    ("i want to kill myself", "suicide"),
    ("i ran out of my benzos", "benzo"),
    ("i want to stop taking my benzos", "benzo"),
    ("hey aria i want to kill myself", "suicide"),
])
def test_spoken_crisis_words_reach_the_safety_screen(recognizer, said: str, flag: str, tmp_path: Path) -> None:
    quiet = b"".join(noise_frame(i) for i in range(10))
    pcm = quiet + load_wav_16k(speak_to_wav(said, tmp_path)) + quiet + quiet
    recognizer.start()
    for frame in frames_of(pcm):
        recognizer.accept(frame)
    result = recognizer.finish()
    assert result.accepted, result.raw
    assert flag in screen(result.text).flags, result.text


def test_respell_undoes_the_dictionary_spelling_of_times() -> None:
    assert respell("remind me at eight thirty p m") == "remind me at eight thirty pm"
    assert respell("set a reminder for seven a m") == "set a reminder for seven am"
    assert respell("i am okay") == "i am okay"
