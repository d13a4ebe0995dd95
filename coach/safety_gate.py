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
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache, reduce
from operator import or_
from typing import TypeVar
from weakref import WeakValueDictionary

_T = TypeVar("_T")

_MARK = "\x00"  # a zero-width word boundary (\b, ^, $) inside an exact string
_MAX_SET = 512  # cap on the number of exact strings carried for one node
_SMALL_CLASS = 8  # character classes up to this size are expanded into exact strings
_MAX_MORE = 4  # requirements of a gate besides its first one (see gate_for)
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
    elements: list[frozenset[str]] = []  # what each node of the sequence needs on its own
    run: frozenset[str] | None = frozenset({""})
    all_exact = True
    for op, av in items:
        info = _node(op, av, w)
        if collect is not None and (need := _need(info)) is not None and _telling_set(need):
            elements.append(need)
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
    if collect is not None:
        # each node's own need holds for every match too: "tonight|today" in "(tonight|today) i will die",
        # where the whole is one set of exact strings and its rarest word ("die") was all its gate checked
        collect.extend(elements)
    if all_exact and run is not None:
        return _Info(run, None)
    if run is not None:
        candidates.append(run)
    if collect is not None:
        collect.extend(candidates)
    best = max(candidates, key=lambda c: _quality(c, w), default=None)
    return _Info(None, best if best is not None and _quality(best, w)[0] > 0 else None)


def _telling_set(strings: frozenset[str]) -> bool:
    """A node's own need worth a requirement: none of its strings a letter or two ("i", "k", "to ")."""
    return all(len(s.replace(_MARK, "").strip()) >= 3 for s in strings)


# ---- from marked strings to checks on an utterance -------------------------------------------------

@dataclass(frozen=True)
class Gate:
    """A rule may match only if one of `words` is a word of the text or one of `substrings` occurs in it.
    `always` means nothing is known: the rule must always run."""

    words: frozenset[str] = field(default_factory=frozenset)
    substrings: tuple[str, ...] = ()
    always: bool = False
    also: Gate | None = None  # a second, independent requirement of every match (both must hold)

    def __post_init__(self) -> None:
        # A word of the text meets the requirement when it is one of `words` or holds one of the substrings
        # without white space (those can only lie inside one word): worked out once per distinct word (see
        # _Memory). Only phrases are searched for in the whole text.
        inside = tuple(s for s in self.substrings if not any(c.isspace() for c in s))
        words = self.words
        holds = _Memory(lambda w: w in words or any(s in w for s in inside)) if inside or words else None
        object.__setattr__(self, "_holds", holds)
        object.__setattr__(self, "_across", tuple(s for s in self.substrings if s not in inside))

    def open(self, text: str, words: set[str] | frozenset[str] | list[str]) -> bool:
        """Whether every requirement holds; `words` are the words of `text` (text.split(), any order)."""
        gate: Gate | None = self
        while gate is not None:
            if not gate.always:
                holds: _Memory[bool] | None = gate._holds  # type: ignore[attr-defined]
                across: tuple[str, ...] = gate._across  # type: ignore[attr-defined]
                # any() over map(): the loops over words and phrases run in C, not in the interpreter
                if not ((holds is not None and any(map(holds.__getitem__, words)))
                        or (across and any(map(text.__contains__, across)))):
                    return False
            gate = gate.also
        return True


_MEMORIES: WeakValueDictionary[int, _Memory[object]] = WeakValueDictionary()  # id -> memory, while it lives


def forget_words() -> None:
    """Drop every gate's and index's per-word memory (benchmarks measure the cold case with it)."""
    for memory in list(_MEMORIES.values()):
        memory.clear()


class _Memory(dict[str, _T]):
    """token -> what `work(token)` says about it, worked out on first look-up (`memory[token]` runs in C once
    the token is known). Bounded: dropped and rebuilt past MAX tokens, so it never grows with the input."""

    MAX = 50_000

    def __init__(self, work: Callable[[str], _T]) -> None:
        super().__init__()
        self._work = work
        _MEMORIES[id(self)] = self

    def __missing__(self, token: str) -> _T:
        if len(self) >= self.MAX:
            self.clear()
        value = self[token] = self._work(token)
        return value


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


@lru_cache(maxsize=4096)  # asked again for the same strings while a gate's requirements are ranked
def _checks(needed: frozenset[str], words: bool) -> frozenset[tuple[str, str]] | None:
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
    return frozenset(checks)


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
    # More requirements from elsewhere in the pattern ("stop ..." and "... benzo"): most rules need two or
    # three rare things, and a GateIndex checks every one of them for the price of one (each is remembered
    # per token), so a rule runs only when all of them are there.
    first = _gate_of(needed, words)
    more: list[Gate] = []
    for candidate in sorted({c for c in found if c != needed and _quality(c, words)[0]},
                            key=lambda c: (_quality(c, words), sorted(c)), reverse=True):
        if len(more) >= _MAX_MORE:  # (building a gate is the slow part of importing the rules)
            break
        gate = _token_checks(_gate_of(candidate, words))
        if gate is not None and not any(_implies(known, gate) for known in (first, *more)):
            more.append(gate)
    # one set of strings can hold two rare words in each string ("benzo ... gone", "benzo ... empty"): the
    # second word of each is a requirement of its own
    if words:
        second = _second_words(needed, first)
        if second is not None and second not in more:
            more.insert(0, second)
    also = None
    for gate in reversed(more[:_MAX_MORE]):
        also = replace(gate, also=also)
    return replace(first, also=also)


def _implies(known: Gate, other: Gate) -> bool:
    """Whether every text that meets requirement `known` meets `other` too (then `other` adds nothing): each
    word of `known` is a word of `other` or holds one of its substrings, each substring holds one."""
    if other.always:
        return True
    if known.always:
        return False
    return (all(w in other.words or any(s in w for s in other.substrings) for w in known.words)
            and all(any(s in sub for s in other.substrings) for sub in known.substrings))


def _second_words(needed: frozenset[str], first: Gate) -> Gate | None:
    """For strings each of which holds a rare whole word besides the one `first` checks: a requirement of
    one such other word per string (every match contains one of the strings, so one of these words too)."""
    per = [[w for w in _pieces(m)[0] if w not in _COMMON and w not in first.words] for m in needed]
    if not per or any(not ws for ws in per):
        return None
    freq = Counter(w for ws in per for w in set(ws))
    return Gate(words=frozenset(max(ws, key=lambda w: (freq[w], len(w))) for ws in per))


def _token_checks(gate: Gate) -> Gate | None:
    """The requirement as a GateIndex can check it from its per-token memory alone: a phrase across tokens
    becomes the piece of it some token must hold (a weaker check, never a wrong one: see _phrase_piece).
    None when that is not possible or the requirement says nothing."""
    if gate.always or (not gate.words and not gate.substrings):
        return None
    words, substrings = set(gate.words), set()
    for sub in gate.substrings:
        if not any(c.isspace() for c in sub):
            substrings.add(sub)
            continue
        piece = _phrase_piece(sub)
        if piece is None:
            return None
        kind, text = piece
        (words.add if kind == "word" else substrings.add)(text)
    return Gate(words=frozenset(words), substrings=tuple(sorted(_cover(substrings))))


def _gate_of(needed: frozenset[str], words: bool) -> Gate:
    checks = _checks(needed, words) or set()
    return Gate(words=frozenset(v for kind, v in checks if kind == "word"),
                substrings=tuple(sorted(_cover({v for kind, v in checks if kind == "substring"}))))


@lru_cache(maxsize=65536)  # the same pieces come up again and again while covering
def _telling(piece: str) -> bool:
    """Pieces rare enough in speech to be worth a check: five letters, or three with a rare letter."""
    if piece.strip() in _COMMON or all(w in _COMMON for w in piece.split()):
        return False
    return len(piece.strip()) >= 5 or (len(piece) >= 3 and any(c in "zxqjkv" for c in piece))


def _cover(needed: set[str], shortest: int = 3) -> set[str]:
    return set(_cover_of(frozenset(needed), shortest))


@lru_cache(maxsize=4096)  # the same alternatives recur across rules (death words, drug classes)
def _cover_of(needed: frozenset[str], shortest: int) -> frozenset[str]:
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
    return frozenset(chosen)


class GateIndex:
    """Many gates at once: which of them are open for a text.

    A gate's requirements (its first one and each `also`) are laid out as bits of one int: requirement k of
    gate i is bit base + k * len(gates) + i (below base: one bit per phrase, see below). What a token
    satisfies (its word look-up plus the substrings inside it) is worked out once per distinct token and
    remembered as an int with those bits set; spoken vocabulary is small, so after warm-up a text costs one
    dictionary look-up and one OR per token. A gate is open when all its requirements are met: the int
    shifted by each layer and ANDed, in C, however many gates and requirements there are (sets of ids, or a
    loop over the gates, cost several times more).

    A phrase that spans tokens ("to end", "ot want ") cannot lie inside one token, but it can only occur in
    a text that has the tokens it is built of: its inner words whole, its first piece ending a token, its
    last piece starting one (whatever the white space between the tokens, a phrase with single spaces needs
    exactly this). The token memory notes which phrases a token could belong to, by their most telling
    piece, so only those few phrases are searched for in the whole text."""


    def __init__(self, gates: list[Gate]) -> None:
        width = len(gates)
        chains = [_chain(g) for g in gates]
        layers = max((len(c) for c in chains), default=1)
        # phrases across tokens get the lowest bits (a marker each), so finding them touches a small int
        phrases = sorted({sub for chain in chains for req in chain if not req.always for sub in req.substrings
                          if any(c.isspace() for c in sub)})
        base = len(phrases)
        always = 0
        masks: dict[Gate, int] = {}  # each distinct requirement -> the bits of every place it is required
        for i, chain in enumerate(chains):
            for k in range(layers):
                bit = 1 << (base + k * width + i)
                if k >= len(chain) or chain[k].always:
                    always |= bit  # no such requirement: met by every text
                else:
                    masks[chain[k]] = masks.get(chain[k], 0) | bit
        self._always = always
        self._base = base
        self._gates = (1 << width) - 1
        self._shifts = [base + k * width for k in range(1, layers)]
        self._by_word: dict[str, int] = {}
        inside: dict[str, int] = {}
        across: dict[str, int] = {}
        for req, bits in masks.items():
            for w in req.words:
                self._by_word[w] = self._by_word.get(w, 0) | bits
            for sub in req.substrings:
                target = across if any(c.isspace() for c in sub) else inside
                target[sub] = target.get(sub, 0) | bits
        # substrings inside a token, filed by their first three letters: a new token looks up its own
        # three-letter pieces instead of testing every substring (shorter substrings are tested directly)
        self._short: list[tuple[str, int]] = [(sub, hit) for sub, hit in inside.items() if len(sub) < 3]
        self._by_trigram: dict[str, list[tuple[str, int]]] = {}
        for sub, hit in inside.items():
            if len(sub) >= 3:
                self._by_trigram.setdefault(sub[:3], []).append((sub, hit))
        # a phrase's marker bit is set for the tokens that could be part of it
        self._phrases: dict[int, tuple[str, int]] = {}  # marker bit -> (phrase, bits it sets when present)
        self._phrases_always: list[tuple[str, int]] = []  # no token test possible: always searched
        self._ends: list[tuple[str, int]] = []  # (piece, marker): a token ending with the piece
        self._starts: list[tuple[str, int]] = []  # (piece, marker): a token starting with the piece
        for j, sub in enumerate(phrases):
            hit = across[sub]
            where = _phrase_piece(sub)
            if where is None:
                self._phrases_always.append((sub, hit))
                continue
            marker = 1 << j
            self._phrases[marker] = (sub, hit)
            kind, piece = where
            if kind == "word":
                self._by_word[piece] = self._by_word.get(piece, 0) | marker
            else:
                (self._ends if kind == "end" else self._starts).append((piece, marker))
        self._markers = sum(self._phrases)
        self._loud = self._gates << base | self._markers  # first requirements and phrase markers (see quiet)
        self._token_bits: _Memory[int] = _Memory(self._opened_by)

    def _opened_by(self, token: str) -> int:
        found = self._by_word.get(token, 0)
        for sub, hit in self._short:
            if sub in token:
                found |= hit
        by_trigram = self._by_trigram
        for i in range(len(token) - 2):
            for sub, hit in by_trigram.get(token[i: i + 3], ()):
                if token.startswith(sub, i):
                    found |= hit
        for piece, marker in self._ends:
            if token.endswith(piece):
                found |= marker
        for piece, marker in self._starts:
            if token.startswith(piece):
                found |= marker
        return found

    def open(self, text: str, tokens: list[str] | set[str], start: int = 0) -> list[int]:
        """Indexes (ascending, from `start`) of the gates open for `text`; `tokens` are text.split() (in any
        order, repeats allowed)."""
        # a token not seen before is worked out on look-up (_Memory.__missing__), once
        met = reduce(or_, map(self._token_bits.__getitem__, tokens), self._always)
        for sub, hit in self._phrases_always:
            if sub in text:
                met |= hit
        markers = met & self._markers
        while markers:  # phrases some token could be part of: search those in the text
            bit = markers & -markers
            markers ^= bit
            sub, hit = self._phrases[bit]
            if sub in text:
                met |= hit
        found = met >> self._base
        for shift in self._shifts:  # every requirement of a gate met: its bit set in every layer
            found &= met >> shift
        found &= self._gates
        if start:
            found = found >> start << start
        opened = []
        while found:  # highest bit first: one big-int operation fewer per gate than lowest first
            at = found.bit_length() - 1
            opened.append(at)
            found ^= 1 << at
        opened.reverse()
        return opened

    def quiet(self, token: str) -> bool:
        """Whether the token meets no gate's first requirement and is no part of a phrase: a text made only of
        quiet tokens opens nothing, unless `opens_on_quiet_text` (every gate needs its first requirement)."""
        return not self._token_bits[token] & self._loud

    @property
    def opens_on_quiet_text(self) -> bool:
        """Whether some gate can open on a text of quiet tokens: one whose first requirement always holds, or
        a phrase no token test exists for (searched in every text)."""
        return bool(self._phrases_always) or bool(self._always & self._gates << self._base)

    def forget(self) -> None:
        """Drop the per-token memory (benchmarks measure the cold case with it)."""
        self._token_bits.clear()


def _chain(gate: Gate) -> list[Gate]:
    """A gate's requirements one by one: itself without `also`, then each `also`."""
    out = []
    step: Gate | None = gate
    while step is not None:
        out.append(replace(step, also=None))
        step = step.also
    return out


def _phrase_piece(phrase: str) -> tuple[str, str] | None:
    """The most telling token test for a phrase that spans tokens: ('word', w) for a word it holds whole,
    ('end', p) for the piece a token must end with, ('start', p) for the piece a token must start with;
    None when its white space is not single spaces (then no token test is sound)."""
    if any(c.isspace() and c != " " for c in phrase):
        return None
    parts = phrase.split(" ")
    inner = parts[1:-1]
    if any(not p for p in inner):
        return None  # two spaces in a row
    rare = [p for p in inner if p not in _COMMON]
    if rare:
        return ("word", max(rare, key=len))
    ends = [("end", parts[0]), ("start", parts[-1])]
    piece = max(ends, key=lambda e: len(e[1]))
    if len(piece[1]) >= 3 or not inner:
        return piece if piece[1] else None
    return ("word", max(inner, key=len))
