"""The regex pre-filters (coach.safety_gate) may only skip work, never change an answer."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach import safety_normalise as sn
from coach import safety_patterns as sp
from coach.safety_gate import Gate, GateIndex, gate_for

from .corpus import all_texts, word_salad

TEXTS = all_texts()


def _normalise_without_gates(text: str) -> str:
    t = text.lower().translate(sn._QUOTES)
    for pattern, repl in sn._PRE:
        t = pattern.sub(repl, t)
    t = sn._NON_WORD.sub(" ", t)
    t = " ".join(sn._WORDS.get(w, w) for w in t.split())
    t = sn._OVER.sub(r"over\1", t)
    for pattern, repl in sn._POST:
        t = pattern.sub(repl, t)
    return " ".join(t.split())


def test_gates_change_no_answer_on_the_corpora() -> None:
    for text in TEXTS:
        norm = sn.normalise(text)
        assert norm == _normalise_without_gates(text), text
        assert sp.rule_flags(norm) == sp.rule_flags(norm, gate=False), text


def test_every_rule_that_matches_had_its_gate_open() -> None:
    """Stronger than equal answers: for every corpus utterance, each single regex that finds something was
    let through by its own gate (so no rule is silently hidden behind another rule's flag)."""
    for text in TEXTS:
        norm = sn.normalise(text)
        words = set(norm.split())
        opened = set(sp._INDEX.open(norm, words))
        for i, rule in enumerate(sp.COMPILED):
            if rule.regex.search(norm):
                assert i in opened, (text, rule.flag, rule.gate)


_words = word_salad([rule.regex.pattern for rule in sp.COMPILED], ["i", "a", "to", "my", "not", "benzo", "xq", "zz"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_words)
def test_gate_is_sound_on_random_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    token_set = set(words)
    opened = set(sp._INDEX.open(text, token_set))
    for i, rule in enumerate(sp.COMPILED):
        if rule.regex.search(text):
            assert i in opened, (text, rule.flag)
    assert sp.rule_flags(text) == sp.rule_flags(text, gate=False)
    assert sp.detect(text) == sp.detect(text) and sn.normalise(text) == _normalise_without_gates(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdoz'. 91-", max_size=30))
def test_raw_text_gates_are_sound(text: str) -> None:
    """The rewrites before punctuation goes see raw text: apostrophes, dots, digits."""
    assert sn.normalise(text) == _normalise_without_gates(text)


@pytest.mark.parametrize(("pattern", "text"), [
    (r"\b(?:kill|killing|killed) myself\b", "i keep killing myself at work"),
    (r"\bsuicid(?:e|al)\b", "feeling suicidal"),
    (r"\b(?:no|not) (?:\w+ ){0,3}reason to live\b", "i have no real reason to live"),
    (r"\b[a-z]*(?:zepam|zolam)s?\b", "my lorazepam"),
    (r"\bcan'?t\b", "i can't"),
    (r"(?:ab|cd)+ef", "abcdabef"),
    (r"x?y{2,3}z", "yyz"),
])
def test_gate_opens_for_a_matching_text(pattern: str, text: str) -> None:
    assert re.search(pattern, text)
    gate = gate_for(pattern)
    assert gate.open(text, set(text.split())), gate
    assert GateIndex([gate]).open(text, text.split()) == [0]


def test_gates_are_specific_enough_to_help() -> None:
    """The point of the gates: a plain utterance opens few rules, and whole words are used where possible."""
    assert gate_for(r"\b(?:kill|killing|killed) myself\b") == Gate(
        words=frozenset({"myself"}), also=Gate(words=frozenset({"kill", "killing", "killed"})))  # both parts
    assert gate_for(r"\bsuicid(?:e|al)\b").words == {"suicide", "suicidal"}
    assert gate_for(r"\w+").always
    assert gate_for(re.compile("abc", re.IGNORECASE)).always
    text = "i would like to do the grounding exercise now"
    assert len(sp._INDEX.open(text, text.split())) <= 2, sp._INDEX.open(text, text.split())
    assert sum(not rule.gate.always for rule in sp.COMPILED) == len(sp.COMPILED)


def test_regex_parser_is_available() -> None:
    """The analysis reads Python's own regex parse tree; a Python release that moves it fails here first."""
    import re._parser as parser

    assert parser.parse(r"\bab(?:c|d)\b")


@pytest.mark.parametrize(("text", "expected"), [
    ("i want to end it all", [0, 1]),  # "end it" spans two tokens; " to end" starts at a token boundary
    ("i will spend it all", [0]),  # "end it" found at the end of "spend": still a candidate, and present
    ("the end of it", []),  # "end" and "it" both present, but not as the phrase
    ("to endure it", []),  # no space before "to": not the phrase " to end"
    ("i have to endure it", [1]),
    ("nothing here", []),
])
def test_phrases_across_tokens_are_found_only_where_they_occur(text: str, expected: list[int]) -> None:
    index = GateIndex([Gate(substrings=("end it",)), Gate(substrings=(" to end",))])
    assert index.open(text, text.split()) == expected
    assert index.open(text, set(text.split())) == expected  # again from the token memory, as a set


# ---- the index agrees with the gates it holds -----------------------------------------------------------

_PIECES = ["end", "it", "to", "end it", " to end", "ot want ", "my ", "a b", "zz", "en", "d i", "i", "want"]
_gates = st.builds(
    Gate,
    words=st.frozensets(st.sampled_from(["end", "it", "to", "want", "i", "zz", "b"]), max_size=3),
    substrings=st.lists(st.sampled_from(_PIECES), max_size=3).map(tuple),
    always=st.booleans(),
)


def _chained(parts: list[Gate]) -> Gate:
    gate = parts[-1]
    for part in reversed(parts[:-1]):
        gate = Gate(words=part.words, substrings=part.substrings, always=part.always, also=gate)
    return gate


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_gates, min_size=1, max_size=4).map(_chained), min_size=1, max_size=6),
       st.lists(st.sampled_from(["i", "want", "to", "end", "it", "spend", "not", "a", "b", "zz", "my", "tend"]),
                max_size=8))
def test_index_opens_exactly_the_gates_whose_requirements_all_hold(gates: list[Gate], words: list[str]) -> None:
    """Every requirement of every gate (first, `also`, phrases across tokens) through the bit layout gives the
    same answer as checking each gate on its own."""
    text = " ".join(words)
    index = GateIndex(gates)
    expected = [i for i, g in enumerate(gates) if g.open(text, set(words))]
    assert index.open(text, words) == expected
    assert index.open(text, set(words)) == expected  # again, from the token memory
    assert index.open(text, words, start=2) == [i for i in expected if i >= 2]


def test_a_rule_gets_every_rare_part_as_a_requirement() -> None:
    """'benzo ... gone': both parts are required, so a text with only one of them runs nothing."""
    gate = gate_for(r"\bbenzo (?:\w+ ){0,3}(?:gone|empty|finished)\b")
    assert gate.also is not None and set(gate.also.substrings) == {"gone", "empty", "finished"}
    index = GateIndex([gate])
    assert index.open("my benzo bottle is empty", ["my", "benzo", "bottle", "is", "empty"]) == [0]
    assert index.open("my benzo is here", ["my", "benzo", "is", "here"]) == []
    assert index.open("the bottle is empty", ["the", "bottle", "is", "empty"]) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab c", min_size=1, max_size=6), st.text(alphabet="ab c\t", max_size=20))
def test_a_phrase_is_only_searched_where_its_token_test_allows(phrase: str, text: str) -> None:
    """_phrase_piece may only skip phrases that cannot be in the text."""
    from coach.safety_gate import _phrase_piece

    if " " not in phrase or phrase not in text:
        return
    piece = _phrase_piece(phrase)
    if piece is None:
        return
    kind, what = piece
    tokens = text.split()
    if kind == "word":
        assert what in tokens
    elif kind == "end":
        assert any(t.endswith(what) for t in tokens)
    else:
        assert any(t.startswith(what) for t in tokens)


def _open_as_defined(gate: Gate | None, text: str, words: set[str]) -> bool:
    """Gate.open by its definition: for every requirement, one of its words among `words` or one of its
    substrings in `text` (Gate.open remembers per word which substrings a word holds)."""
    while gate is not None:
        if not (gate.always or not gate.words.isdisjoint(words) or any(s in text for s in gate.substrings)):
            return False
        gate = gate.also
    return True


@settings(max_examples=400, deadline=None)
@given(st.lists(_gates, min_size=1, max_size=4).map(_chained),
       st.lists(st.sampled_from(["i", "want", "to", "end", "it", "spend", "not", "a", "b", "zz", "my", "tend"]),
                max_size=8))
def test_gate_open_is_its_definition(gate: Gate, words: list[str]) -> None:
    text = " ".join(words)
    assert gate.open(text, set(words)) == _open_as_defined(gate, text, set(words))
    assert gate.open(text, words) == _open_as_defined(gate, text, set(words))  # a list of the words will do


def test_the_patterns_own_gates_are_their_definition_on_the_corpora() -> None:
    gates = [sp._ANY_GATE, sp._FULL_GATE, sp._ALONE_GATE]
    for text in TEXTS:
        norm = sn.normalise(text)
        words = set(norm.split())
        for gate in gates:
            assert gate.open(norm, words) == _open_as_defined(gate, norm, words), (text, gate)
