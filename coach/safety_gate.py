"""Cheap pre-filters for the safety regexes, derived from the regexes themselves.

Most utterances ("seven", "next", "i feel ok") match no safety rule, and running some sixty large
alternations over each of them is what made the screen slow. For every regex we work out, from its
parsed form, words or substrings of which every possible match must contain at least one. A rule whose
words are absent from the utterance cannot match, so its regex is skipped. Because the gate is derived
from the pattern (never written by hand) it cannot drift out of step with it: a new phrasing added to a
rule updates its gate too. Patterns we cannot analyse simply get no gate (always run).

The analysis walks Python's own regex parse tree (`re._parser`, stable since 3.11; a test pins it).
"""

from __future__ import annotations

import re
import re._constants as C  # noqa: N812  (the module's own short name)
import re._parser as P  # noqa: N812
from collections import Counter
from dataclasses import dataclass, field, replace

_MARK = "\x00"  # a zero-width word boundary (\b, ^, $) inside an exact string
_MAX_SET = 512  # cap on the number of exact strings carried for one node
_SMALL_CLASS = 8  # character classes up to this size are expanded into exact strings
_MIN_SUBSTRING = 1  # a required substring this long at least (short ones rank low, see _quality)

_BOUNDARIES = {C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING, C.AT_END, C.AT_END_STRING}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}


@dataclass(frozen=True)
class _Info:
    exact: frozenset[str] | None  # the node matches exactly one of these strings (markers included)
    need: frozenset[str] | None  # every match contains one of these strings; None: nothing known


_NOTHING = _Info(None, None)
_EMPTY = _Info(frozenset({""}), None)


def _node(op: object, av: object, w: bool) -> _Info:
    if op is C.LITERAL:
        return _Info(frozenset({chr(av)}), None)  # type: ignore[arg-type]
    if op is C.AT:
        return _Info(frozenset({_MARK if av in _BOUNDARIES else ""}), None)
    if op in (C.ASSERT, C.ASSERT_NOT):
        return _EMPTY  # consumes nothing
    if op is C.IN:
        chars: set[str] = set()
        for item_op, item_av in av:  # type: ignore[union-attr]
            if item_op is C.LITERAL:
                chars.add(chr(item_av))
            elif item_op is C.RANGE and item_av[1] - item_av[0] < _SMALL_CLASS:
                chars.update(chr(c) for c in range(item_av[0], item_av[1] + 1))
            else:
                return _NOTHING  # negated, category or wide range
        return _Info(frozenset(chars), None) if 0 < len(chars) <= _SMALL_CLASS else _NOTHING
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av  # type: ignore[misc]
        return _sequence(sub, w) if not add_flags and not del_flags else _NOTHING
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(av, w)  # type: ignore[arg-type]
    if op is C.BRANCH:
        return _branch(av[1], w)  # type: ignore[index]
    if op in _REPEATS:
        low, high, sub = av  # type: ignore[misc]
        inner = _sequence(sub, w)
        if low == 0:
            if high == 1 and inner.exact is not None:
                return _Info(inner.exact | {""}, None)
            return _NOTHING
        if low == high == 1:
            return inner
        return _Info(None, _need(inner))
    return _NOTHING  # ANY, NOT_LITERAL, CATEGORY, group references: anything could be there


def _need(info: _Info) -> frozenset[str] | None:
    return info.exact if info.exact is not None else info.need


def _branch(branches: list[P.SubPattern], w: bool) -> _Info:
    infos = [_sequence(b, w) for b in branches]
    if all(i.exact is not None for i in infos):
        union = frozenset().union(*(i.exact for i in infos))  # type: ignore[misc]
        if len(union) <= _MAX_SET:
            return _Info(union, None)
    needs = [_need(i) for i in infos]
    if any(n is None for n in needs):
        return _NOTHING
    return _Info(None, frozenset().union(*needs))  # type: ignore[misc]


def _sequence(items: P.SubPattern, w: bool, collect: list[frozenset[str]] | None = None) -> _Info:
    """What a sequence of nodes needs. `collect` receives every requirement found along it (each one must
    hold for any match), for gates that check two of them."""
    candidates: list[frozenset[str]] = []
    run: frozenset[str] | None = frozenset({""})
    all_exact = True
    for op, av in items:
        info = _node(op, av, w)
        if info.exact is not None:
            product = frozenset(a + b for a in run for b in info.exact) if run is not None else None
            if product is not None and len(product) <= _MAX_SET:
                run = product
            else:
                if run is not None:
                    candidates.append(run)
                run = info.exact
                all_exact = False
            continue
        all_exact = False
        if run is not None:
            candidates.append(run)
        if info.need is not None:
            candidates.append(info.need)
        run = frozenset({""})
    if all_exact and run is not None:
        return _Info(run, None)
    if run is not None:
        candidates.append(run)
    if collect is not None:
        collect.extend(candidates)
    best = max(candidates, key=lambda c: _quality(c, w), default=None)
    return _Info(None, best if best is not None and _quality(best, w)[0] > 0 else None)


# ---- from marked strings to checks on an utterance -------------------------------------------------

@dataclass(frozen=True)
class Gate:
    """A rule may match only if one of `words` is a word of the text or one of `substrings` occurs in it.
    `always` means nothing is known: the rule must always run."""

    words: frozenset[str] = field(default_factory=frozenset)
    substrings: tuple[str, ...] = ()
    always: bool = False
    also: Gate | None = None  # a second, independent requirement of every match (both must hold)

    def open(self, text: str, words: set[str] | frozenset[str]) -> bool:
        return self._first_open(text, words) and (self.also is None or self.also.open(text, words))

    def _first_open(self, text: str, words: set[str] | frozenset[str]) -> bool:
        if self.always or not self.words.isdisjoint(words):
            return True
        for sub in self.substrings:  # noqa: SIM110  (a plain loop: any() with a generator costs more here)
            if sub in text:
                return True
        return False


# Words too frequent in speech to make a useful gate on their own.
_COMMON = frozenset({
    "i", "a", "an", "the", "to", "of", "in", "on", "at", "it", "is", "am", "are", "was", "be", "been", "do",
    "did", "does", "not", "no", "my", "me", "and", "or", "for", "with", "so", "just", "that", "this", "what",
    "how", "have", "has", "had", "will", "would", "can", "could", "get", "go", "going", "want", "you", "he",
    "she", "they", "we", "who", "why", "when", "where", "there", "their", "them", "his", "her", "your", "our",
    "us", "him", "all", "some", "any", "up", "out", "about", "like", "know", "if", "then", "than", "but", "as",
    "by", "from", "one", "really", "feel", "think", "need", "should", "keep", "let", "now", "more", "very",
    "too", "also", "because", "here", "ok", "okay", "yes", "yeah", "time", "today", "day", "make", "take", "got",
    "see", "say", "said", "back", "still", "even", "over", "off", "down", "much", "many", "well", "right",
    "something", "thing", "things", "people", "someone", "anything", "everything", "never", "ever", "again",
    "only", "being", "into"
})


def _pieces(marked: str) -> tuple[list[str], list[str]]:
    """(words the marked string shows whole, i.e. with a delimiter on both sides; every other piece)."""
    parts = re.split(r"([ \x00])", marked)
    # parts alternate text, delimiter, text, ...: a text part is whole with delimiters on both sides
    whole = [parts[i] for i in range(2, len(parts) - 1, 2) if parts[i]]
    partial = [p for p in (parts[0], parts[-1]) if p] if len(parts) > 1 else [parts[0]]
    return whole, partial


def _checks(needed: frozenset[str], words: bool) -> set[tuple[str, str]] | None:
    """One check per required string: ('word', w) or ('substring', s); None if one of them is useless.
    Preference: a rare whole word, a long piece of a word, a phrase (as substrings), then a common word."""
    per = [(m, *_pieces(m)) for m in needed]
    freq = Counter(w for _, whole, _ in per for w in set(whole))
    checks: set[tuple[str, str]] = set()
    for marked, whole, partial in per:
        rare = [w for w in whole if w not in _COMMON] if words else []
        if rare:  # the word most alternatives share, so the set stays small
            checks.add(("word", max(rare, key=lambda w: (freq[w], len(w)))))
            continue
        pieces = [p for p in (partial + whole) if len(p) >= 4 and p not in _COMMON]
        plain = marked.replace(_MARK, "")
        if pieces:
            checks.add(("substring", max(pieces, key=len)))
        elif " " in plain.strip() and len(plain.strip()) >= 5:  # "go on", "not be here": the phrase itself
            checks.add(("substring", plain))
        elif whole and words:
            checks.add(("word", max(whole, key=lambda w: (freq[w], len(w)))))
        elif len(plain.strip()) >= _MIN_SUBSTRING:
            checks.add(("substring", plain))
        else:
            return None
    return checks


def _weak(check: str) -> bool:
    """A check most utterances would pass: a common word, a short piece, a phrase of common words only."""
    words = check.split()
    return len(check.strip()) < 5 or all(w in _COMMON for w in words)


def _quality(needed: frozenset[str], words: bool) -> tuple[int, int, int]:
    """Higher is better: usable at all, few weak checks (common words, short substrings), few checks."""
    checks = _checks(needed, words)
    if not checks:
        return (0, 0, 0)
    weak = sum(1 for _, v in checks if _weak(v))
    return (1, -weak, -len(checks))


def gate_for(pattern: str | re.Pattern[str], *, words: bool = True) -> Gate:
    """The pre-filter of one regex (see module doc). Falls back to `Gate(always=True)`.

    words=True only for text that is normalised words separated by single spaces (then whole words are
    checked by set look-up); raw text gets substring checks only."""
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    flags = pattern.flags & ~re.UNICODE if isinstance(pattern, re.Pattern) else 0
    if flags:
        return Gate(always=True)  # case-insensitive etc.: the literals would not be literal
    found: list[frozenset[str]] = []
    try:
        info = _sequence(P.parse(source), words, collect=found)
    except (re.error, TypeError, ValueError):  # pragma: no cover - a pattern re.compile accepted
        return Gate(always=True)
    needed = _need(info)
    if needed is None or _quality(needed, words)[0] == 0:
        return Gate(always=True)
    # A second requirement from elsewhere in the pattern ("stop ..." and "... benzo"), if it is a telling one:
    # most rules need two rare things, and checking both keeps far more regexes from running.
    second = [c for c in found if c != needed and _usable_second(c, words)]
    also = _gate_of(max(second, key=lambda c: _quality(c, words)), words) if second else None
    return replace(_gate_of(needed, words), also=also)


def _usable_second(needed: frozenset[str], words: bool) -> bool:
    usable, minus_weak, minus_count = _quality(needed, words)
    return usable == 1 and -minus_weak * 3 <= -minus_count  # at most a third of its checks are weak


def _gate_of(needed: frozenset[str], words: bool) -> Gate:
    checks = _checks(needed, words) or set()
    return Gate(words=frozenset(v for kind, v in checks if kind == "word"),
                substrings=tuple(sorted(_cover({v for kind, v in checks if kind == "substring"}))))


def _telling(piece: str) -> bool:
    """Pieces rare enough in speech to be worth a check: five letters, or three with a rare letter."""
    if piece.strip() in _COMMON or all(w in _COMMON for w in piece.split()):
        return False
    return len(piece.strip()) >= 5 or (len(piece) >= 3 and any(c in "zxqjkv" for c in piece))


def _cover(needed: set[str], shortest: int = 3) -> set[str]:
    """Fewer substrings that still catch every needed one: "zepam" contains "zep", so a text without "zep"
    contains none of zepam/zepams/zepan/... (greedy set cover by shared pieces of `shortest`+ letters)."""
    remaining = set(needed)
    chosen: set[str] = set()
    while remaining:
        counts: Counter[str] = Counter()
        for s in remaining:
            n = len(s)
            pieces = {p for i in range(n) for j in range(i + shortest, n + 1) if _telling(p := s[i:j])}
            counts.update(pieces | {s})  # a string is always its own piece
        best = max(counts, key=lambda piece: (counts[piece], len(piece), piece))
        chosen.add(best)
        remaining = {s for s in remaining if best not in s}
    return chosen


class GateIndex:
    """Many gates at once: which of them are open for a text.

    A substring without white space can only occur inside one white-space separated token of the text, so
    what a token opens (its word look-up plus the substrings inside it) is worked out once per distinct
    token and remembered; spoken vocabulary is small, so after warm-up a text costs one dictionary look-up
    per token. The few substrings that span tokens are tested on the whole text."""

    _MAX_TOKENS = 50_000  # remembered tokens; the memory is dropped and rebuilt past this

    def __init__(self, gates: list[Gate]) -> None:
        self._also = [g.also for g in gates]
        self._two_part = frozenset(i for i, g in enumerate(gates) if g.also is not None)
        self._always = frozenset(i for i, g in enumerate(gates) if g.always)
        self._by_word: dict[str, set[int]] = {}
        inside: dict[str, set[int]] = {}
        across: dict[str, set[int]] = {}
        for i, g in enumerate(gates):
            for w in g.words:
                self._by_word.setdefault(w, set()).add(i)
            for sub in g.substrings:
                target = across if any(c.isspace() for c in sub) else inside
                target.setdefault(sub, set()).add(i)
        self._inside = list(inside.items())
        self._across = list(across.items())
        self._token_gates: dict[str, frozenset[int]] = {}

    def _opened_by(self, token: str) -> frozenset[int]:
        found = set(self._by_word.get(token, ()))
        for sub, hit in self._inside:
            if sub in token:
                found.update(hit)
        if len(self._token_gates) >= self._MAX_TOKENS:
            self._token_gates.clear()
        opened = self._token_gates[token] = frozenset(found)
        return opened

    def open(self, text: str, tokens: list[str] | set[str], start: int = 0) -> list[int]:
        """Indexes (ascending, from `start`) of the gates open for `text`; `tokens` are text.split() (in any
        order, repeats allowed)."""
        hits = list(map(self._token_gates.get, tokens))
        if None in hits:  # tokens not seen before: work them out once
            hits = [self._opened_by(t) if h is None else h for h, t in zip(hits, tokens, strict=True)]
        chosen = self._always.union(*hits)
        for sub, hit in self._across:
            if sub in text:
                chosen = chosen | hit
        if not chosen:
            return []
        if start:
            chosen = frozenset(i for i in chosen if i >= start)
        if self._two_part and not self._two_part.isdisjoint(chosen):
            # their second requirement, checked on the few gates the first one let through
            word_set = tokens if isinstance(tokens, set) else set(tokens)
            also = self._also
            return sorted([i for i in chosen if (second := also[i]) is None or second.open(text, word_set)])
        return sorted(chosen)

    def forget(self) -> None:
        """Drop the per-token memory (benchmarks measure the cold case with it)."""
        self._token_gates.clear()
