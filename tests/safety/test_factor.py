"""coach.safety_factor: grouping alternations by first letter must not change a single match."""

from __future__ import annotations

import re

import pytest

from coach import safety_normalise, safety_patterns
from coach.safety_factor import factor, split_branches
from coach.safety_normalise import normalise

from .corpus import all_texts


def test_groups_branches_by_first_letter_and_keeps_barriers_in_place() -> None:
    pattern = r"\b(?:stop|stops|quit|cut (?:down|back)|(?:come|go) off|skip|quits|taper)\b"
    out = factor(pattern)
    assert out == r"(?a)\b(?:s(?:top|tops)|quit|cut (?:down|back)|(?:come|go) off|skip|quits|taper)\b"
    assert split_branches("a|b(c|d)|[|]e") == ["a", "b(c|d)", "[|]e"]
    assert factor(r"(?:ab|cd)") == r"(?a)(?:ab|cd)"  # short alternations are left alone
    assert factor(r"[(]x(?:a1|a2|a3|a4|a5|a6)") == r"(?a)[(]x(?:a(?:1|2|3|4|5|6))"  # "(" in a class is a literal


def test_factored_regexes_match_ascii_and_normalised_text_is_ascii() -> None:
    """factor() turns on ASCII matching, which means the same as Unicode matching only on ASCII text: the
    normaliser's output is ASCII letters, digits and single spaces, whatever comes in."""
    assert re.compile(factor(r"\bx\b")).flags & re.ASCII
    odd = ["café Σίσυφος naïve ﬁx İi ½ ٣ x\u00a0y", "ＸＡＮＡＸ", "o.d.'d 9\u00a01\u00a01"]
    for text in all_texts() + odd:
        assert re.fullmatch(r"[a-z0-9]+(?: [a-z0-9]+)*|", normalise(text)), text


def _texts() -> list[str]:
    return [normalise(text) for text in all_texts()]


@pytest.mark.parametrize("index", range(len(safety_patterns.COMPILED)))
def test_every_rule_matches_exactly_where_its_written_form_does(index: int) -> None:
    compiled = safety_patterns.COMPILED[index]
    written = re.compile(_written(index))
    assert compiled.regex.pattern != "" and compiled.regex.pattern == factor(written.pattern)
    for text in _TEXTS:
        assert [m.span() for m in compiled.regex.finditer(text)] == [m.span() for m in written.finditer(text)], text


def _written(index: int) -> str:
    branches = [b for r in safety_patterns.RULES for b in safety_patterns.top_level_alternatives(r.pattern)]
    return branches[index]


_TEXTS = _texts()


def test_normalise_rewrites_are_unchanged_by_factoring(monkeypatch: pytest.MonkeyPatch) -> None:
    pairs = zip(safety_normalise._POST_RUN, safety_normalise._POST, strict=True)
    assert any(run.pattern != written.pattern for (run, _), (written, _) in pairs)  # some were factored
    texts = all_texts()
    factored = [normalise(t) for t in texts]
    monkeypatch.setattr(safety_normalise, "_POST_RUN", safety_normalise._POST)
    assert [normalise(t) for t in texts] == factored
