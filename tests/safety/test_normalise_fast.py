"""The normaliser's piece-by-piece path (coach.safety_normalise.normalise_words) must give exactly what the
whole pipeline on the whole text gives (`_normalise_full`), on every input."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach import safety_normalise as sn

from .corpus import all_texts

TEXTS = all_texts()


def _same(text: str) -> None:
    full = sn._normalise_full(text)
    # the rules' regexes match ASCII only (coach.safety_factor.ASCII): what they see must be ASCII words
    assert re.fullmatch(r"[a-z0-9]+(?: [a-z0-9]+)*|", full), (text, full)
    norm, words = sn.normalise_words(text)
    assert norm == full, text
    assert words == full.split(), text
    assert sn.normalise(text) == full, text


def test_equal_to_the_whole_pipeline_on_the_corpora() -> None:
    for text in TEXTS:
        _same(text)
        _same(text.upper())  # typed in capitals
        _same(text.replace("'", "\u2019"))  # curly apostrophes


@pytest.mark.parametrize("text", [
    "", " ", "\t\n", "I can't", "i CANT", "shant", "we shan't go", "i'm done", "it's over dose time", "over dosed",
    "he o.d.'d", "she od'd", "o.d. last night", "o.d.", "w/o my xanax", "w/o", "call 9 1 1", "call 9-1-1",
    "call 911", "text 988", "9 8 8", "i took 9 pills", "xanax,klonopin", "xanax.", "(xanax)", "don't", "dont",
    "ΣΑΣ", "İstanbul", "café's", "ﬁx it", "no\u00a0more", "a\u2028b", "x\x1cy", "can\u2019t", "let's", "it`s",
    "i'd've", "'m", "n't", "o.d.'ing", "over  dose", "i\tam\ngoing to od", "zan ax bars", "any more", "no more",
])
def test_equal_to_the_whole_pipeline_on_edge_cases(text: str) -> None:
    _same(text)


_PIECES = ["i", "can't", "cant", "won't", "shan't", "ain't", "it's", "let's", "i'm", "you're", "we've", "they'll",
           "i'd", "o.d.", "o.d.'d", "od'd", "o.d.'ing", "od", "oded", "w/o", "9", "1", "8", "911", "988", "9-1-1",
           "over", "dose", "dosed", "xanax", "zan", "ax", "bars", "pills", "no", "more", "any", "my", "self",
           "benzo", "klonopin", "drink", "water", "not", "breath", "gonna", "im", "dont", "Σ", "İ", "é", "'", "\u2019",
           "`", ".", ",", "!", "?", "-", "/", "...", "it", "end", "all", "want", "to", "die", "kill", "myself"]
_SEPARATORS = [" ", " ", " ", "  ", "\t", "\n", "", ".", ",", "'", "\u00a0", "-"]


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=12))
def test_equal_to_the_whole_pipeline_on_random_pieces(parts: list[tuple[str, str]]) -> None:
    _same("".join(p + s for p, s in parts))


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("abcdegilmnorstwxyz IODT'\u2019`\u00b4\u02bc./-,!?0189\t\nΣİé\u00a0")),
               max_size=40))
def test_equal_to_the_whole_pipeline_on_random_characters(text: str) -> None:
    _same(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_equal_to_the_whole_pipeline_on_any_unicode(text: str) -> None:
    _same(text)


def test_the_memory_holds_pieces_never_whole_utterances_and_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """screen() must stay a pure function whose every repeat costs what the first call did: only words
    (whitespace-free pieces) are remembered, and the memory is dropped when it is full."""
    for text in TEXTS[:200]:
        sn.normalise(text)
    assert sn._PIECES and not any(re.search(r"\s", piece) for piece in sn._PIECES)
    for size in (1, 3, 5):  # dropped now and then in the middle of an utterance, too
        monkeypatch.setattr(sn._PieceMemory, "MAX", size)
        memory = sn._PieceMemory()
        monkeypatch.setattr(sn, "_PIECES", memory)
        for text in TEXTS[:300]:
            _same(text)
            assert len(memory) <= size and memory.loud <= {w for words in memory.values() for w in words}
