"""Rewrites a regex's long alternations so Python's engine tries far fewer branches per position.

`re` tries the branches of `(?:stop|stops|quit|cut down|...)` one by one at every position of the text; a
rule whose list has a hundred phrasings costs a hundred comparisons per character. Grouping the branches
by their first letter, `(?:s(?:top|tops)|q(?:uit)|c(?:ut down)|...)`, leaves one comparison per letter.
The language matched is unchanged, and so is where each match starts: branches with different first
letters can never match at the same place, and branches are only reordered across such boundaries (a
branch starting with a group or an escape is a barrier nothing moves across). Verified in
tests/safety/test_factor.py against every rule and the whole corpus.
"""

from __future__ import annotations

from collections.abc import Iterator

MIN_BRANCHES = 6  # shorter alternations gain nothing


def _structural(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """(index, character) of the characters that shape the regex: escapes and character classes skipped."""
    i, in_class = start, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1: i + 2] == "]":  # "[]...]": a leading ] is a literal
                i += 1
        else:
            yield i, c
        i += 1


def split_branches(body: str) -> list[str]:
    """The top-level branches of an alternation body: `a|b(c|d)|[|]e` -> ["a", "b(c|d)", "[|]e"]."""
    parts: list[str] = []
    depth, start = 0, 0
    for i, c in _structural(body):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return parts


def _closing(pattern: str, at: int) -> int:
    """Index of the ")" that closes the group opened at pattern[at]."""
    depth = 0
    for i, c in _structural(pattern, at):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"unbalanced group at {at} in {pattern!r}")


# The regexes factored here run on normalised text only (coach.safety_normalise: ASCII letters, digits and
# single spaces). On such text ASCII matching (re.ASCII, inline "(?a)") finds exactly what Unicode matching
# finds, and its \b and \w are a table look-up instead of three Unicode database calls per character: the
# rules' regexes did a fifth less work with it. tests/safety/test_factor.py checks both facts.
ASCII = "(?a)"


def factor(pattern: str) -> str:
    """The same regex, for normalised text, with every long non-capturing alternation grouped by first letter
    (and ASCII matching, see ASCII above)."""
    return ASCII + _factor(pattern)


def _factor(pattern: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i: i + 2])
            i += 2
        elif pattern.startswith("(?:", i):
            end = _closing(pattern, i)
            out.append("(?:" + _factor_body(_factor(pattern[i + 3: end])) + ")")
            i = end + 1
        elif pattern[i] == "[":  # a character class is copied whole: "(" inside it is a literal
            end = i + 1 + (pattern[i + 1: i + 2] == "]")
            while pattern[end] != "]":
                end += 2 if pattern[end] == "\\" else 1
            out.append(pattern[i: end + 1])
            i = end + 1
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


def _plain_start(branch: str) -> bool:
    # a letter that stands for itself: not followed by a quantifier that would make it optional
    return len(branch) >= 2 and branch[0].isalpha() and branch[0].islower() and branch[1] not in "?*+{"


def _factor_body(body: str) -> str:
    branches = split_branches(body)
    if len(branches) < MIN_BRANCHES:
        return body
    out: list[str] = []
    segment: dict[str, list[str]] = {}

    def flush() -> None:
        for first, tails in segment.items():
            out.append(first + tails[0] if len(tails) == 1 else first + "(?:" + "|".join(tails) + ")")
        segment.clear()

    for branch in branches:
        if _plain_start(branch):
            segment.setdefault(branch[0], []).append(branch[1:])
        else:  # a barrier: what may start with any letter keeps its place in the order
            flush()
            out.append(branch)
    flush()
    return "|".join(out)
