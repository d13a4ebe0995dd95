"""The Rhasspy/hassil-style template expander."""

from __future__ import annotations

import pytest

from coach.templates import MAX_EXPANSIONS, TemplateError, expand, slot_names


def test_plain_words_and_whitespace_are_normalised() -> None:
    assert expand("  i am   having a   craving ", {}) == ["i am having a craving"]


def test_optional_words_give_with_and_without() -> None:
    assert sorted(expand("[please] stop", {})) == ["please stop", "stop"]


def test_alternatives_and_nesting() -> None:
    got = expand("(start | do [the (box | slow)]) breathing", {})
    assert sorted(got) == ["do breathing", "do the box breathing", "do the slow breathing", "start breathing"]


def test_empty_alternative_is_optional() -> None:
    assert sorted(expand("(really | ) bad", {})) == ["bad", "really bad"]


def test_rules_expand_and_may_refer_to_rules() -> None:
    rules = {"benzo": "(xanax | <generic>)", "<generic>": "alprazolam"}
    assert expand("i ran out of <benzo>", rules) == ["i ran out of xanax", "i ran out of alprazolam"]


def test_slots_are_kept_as_placeholders() -> None:
    got = expand("[it's] about {number}", {})
    assert sorted(got) == ["about {number}", "it's about {number}"]
    assert slot_names("remind me at {time} for {what}") == ["time", "what"]


def test_duplicates_are_removed_in_order() -> None:
    assert expand("[the] (box | box) [the]", {}) == ["the box the", "the box", "box the", "box"]


@pytest.mark.parametrize("template,message", [
    ("(start | do breathing", "missing ')'"),
    ("[please stop", "missing ']'"),
    ("stop) now", "unbalanced ')'"),
    ("(stop ] now", "unbalanced ']'"),
    ("i ran out of <nope>", "unknown rule <nope>"),
    ("about {two words}", "bad slot placeholder"),
    ("a > b", "unbalanced '>'"),
])
def test_syntax_errors_name_the_template(template: str, message: str) -> None:
    with pytest.raises(TemplateError) as err:
        expand(template, {})
    assert message in str(err.value)
    assert repr(template) in str(err.value)


def test_a_rule_that_refers_to_itself_is_an_error() -> None:
    with pytest.raises(TemplateError, match="refers to itself"):
        expand("<a>", {"a": "x [<b>]", "b": "<a>"})


def test_runaway_expansion_is_refused() -> None:
    ten = "(a | b | c | d | e | f | g | h | i | j)"
    with pytest.raises(TemplateError, match=str(MAX_EXPANSIONS)):
        expand(" ".join([ten] * 4), {})
