"""The local intent matcher: recognised or typed words -> an intent from content/intents.yaml.

Speech recognisers make small mistakes ("urge serving", "im having a craving", "its about a six"), so
matching is fuzzy at the word level: a token edit distance where a misheard word costs less the more it
looks like the right one. Everything that can be precomputed is: the expanded samples, the filled-in
custom slot values and an index from words to samples, so one match is a handful of small alignments.
"""

from __future__ import annotations

import difflib
import heapq
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel

from coach.content import Content
from coach.numbers import parse_number
from coach.templates import expand, slot_names, slot_values, spoken_form

# Scores below this are no match at all (the engine applies its own, stricter threshold on top).
MIN_SCORE = 0.7
# How many index candidates get the full alignment.
_CANDIDATES = 20
# Open slot types: their words are captured from the utterance, not listed in advance.
NUMBER, SEARCH, TIME = "AMAZON.NUMBER", "AMAZON.SearchQuery", "AMAZON.TIME"
# A free-text capture proves little about intent ("it was {text}" fits almost anything): rank it lower.
_SEARCH_WEIGHT = 0.9
# Words people add that change nothing; dropping or adding one costs half a word.
_LIGHT = frozenset({"a", "an", "the", "please", "just", "so", "well", "oh", "um", "uh", "er", "erm", "hmm",
                    "hey", "really", "now", "then", "ok", "okay", "like"})
_FILLERS = frozenset({"um", "uh", "er", "erm", "hmm", "aria", "alexa"})
_NUMBER_WORDS = frozenset({
    "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "and", "a", "half",
    "point", "or", "to", "none", "nothing", "nought",
})
_TIME_WORDS = frozenset({"am", "pm", "noon", "midnight", "morning", "evening", "night", "afternoon",
                         "tonight", "oclock", "o'clock", "half", "quarter", "past", "in", "the", "at"})
# Filled in for AMAZON.* slots when listing phrases for a recognizer grammar.
_NUMBER_FILL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "fifteen", "twenty"]
_TIME_FILL = ["seven am", "eight am", "nine am", "noon", "six pm", "seven pm", "eight pm", "nine pm",
              "eight thirty pm", "ten pm"]

_CONTRACTIONS = [
    (r"\blet's\b", "let us"), (r"\bwon't\b", "will not"), (r"\bcan't\b", "can not"), (r"\bain't\b", "is not"),
    (r"n't\b", " not"), (r"\bi'm\b", "i am"), (r"'re\b", " are"), (r"'ve\b", " have"), (r"'ll\b", " will"),
    (r"'d\b", " would"), (r"\b(it|that|what|there|he|she|who|how|here|where)'s\b", r"\1 is"),
]
# Recogniser spellings without the apostrophe ("im", "its", "dont"), as a speech engine writes them.
_BARE = {
    "im": "i am", "ive": "i have", "id": "i would", "ill": "i will", "its": "it is", "thats": "that is",
    "whats": "what is", "theres": "there is", "hows": "how is", "whos": "who is", "lets": "let us",
    "dont": "do not", "didnt": "did not", "doesnt": "does not", "cant": "can not", "wont": "will not",
    "isnt": "is not", "wasnt": "was not", "havent": "have not", "wouldnt": "would not", "shouldnt": "should not",
    "couldnt": "could not", "arent": "are not", "werent": "were not", "youre": "you are", "wanna": "want to",
    "gonna": "going to", "gotta": "got to", "cannot": "can not", "ok": "okay", "checkin": "check in",
    "nevermind": "never mind", "alright": "all right",
}
_DIGITS = re.compile(r"[0-9]+")
_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


class Match(BaseModel):
    intent: str
    slots: dict[str, str]
    score: float


def _int_words(n: int) -> str:
    if n < 20:
        return _SMALL[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _SMALL[n % 10])
    return str(n)


def normalise(text: str) -> list[str]:
    """Lower case words: contractions expanded, punctuation gone, small numbers as words, fillers out."""
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"\b([ap])\.\s?m\b\.?", r"\1m", text)
    text = re.sub(r"(\d+):(\d\d)", r"\1 \2", text)
    for pattern, repl in _CONTRACTIONS:
        text = re.sub(pattern, repl, text)
    text = text.replace("'", "")
    text = re.sub(r"(\d+)\.(\d+)", r"\1 point \2", text)
    text = re.sub(r"[^\w\s]|_", " ", text)
    words: list[str] = []
    for token in text.split():
        if _DIGITS.fullmatch(token) and len(token) <= 2:
            words.extend(_int_words(int(token)).split())
        elif token in _BARE:
            words.extend(_BARE[token].split())
        elif token not in _FILLERS:
            words.append(token)
    return words


def _strip_invocation(words: list[str]) -> list[str]:
    """"ask coach aria to check in" -> "check in" (the name itself is already dropped as a filler)."""
    if len(words) > 2 and words[0] in ("ask", "tell") and words[1] == "coach":
        words = words[2:]
        if len(words) > 1 and words[0] in ("to", "that"):
            words = words[1:]
    return words


@lru_cache(maxsize=50_000)
def _word_cost(a: str, b: str) -> float:
    """0 for the same word, up to 1 for unrelated words (a misheard word sounds and looks alike)."""
    if a == b:
        return 0.0
    # Most word pairs share almost no letter pairs: settle those without the full comparison.
    ga, gb = _bigrams(a), _bigrams(b)
    if 2 * len(ga & gb) < 0.3 * (len(ga) + len(gb)):
        return 1.0
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    # "serving" for "surfing" (0.71) is a slip; "purple" for "sure" (0.6) is a different word.
    return 1.0 if ratio < 0.6 else min(1.0, (1.0 - ratio) * 1.5)


def _gap(word: str) -> float:
    return 0.5 if word in _LIGHT else 1.0


@lru_cache(maxsize=50_000)
def _align(said: tuple[str, ...], sample: tuple[str, ...]) -> float:
    """Weighted token edit distance between what was said and a sample (the hot loop: kept plain)."""
    gaps = [0.5 if w in _LIGHT else 1.0 for w in sample]
    prev = [0.0]
    total = 0.0
    for g in gaps:
        total += g
        prev.append(total)
    for s in said:
        gap_s = 0.5 if s in _LIGHT else 1.0
        left = prev[0] + gap_s
        cur = [left]
        for j, w in enumerate(sample):
            best = prev[j + 1] + gap_s
            insert = left + gaps[j]
            if insert < best:
                best = insert
            diagonal = prev[j] if s == w else prev[j] + _word_cost(s, w)
            if diagonal < best:
                best = diagonal
            cur.append(best)
            left = best
        prev = cur
    return prev[-1]


def _length(words: tuple[str, ...]) -> float:
    return sum(_gap(w) for w in words)


@dataclass(frozen=True)
class _Sample:
    intent: str
    words: tuple[str, ...]  # all the words; for a sample with a slot, the words before it
    after: tuple[str, ...] = ()  # the words after the slot
    slot: str | None = None
    slot_type: str | None = None
    filled: tuple[tuple[str, str], ...] = ()  # slots filled in advance (templates with two slots)
    literal: bool = True  # written word for word, no slot: wins ties


@dataclass(frozen=True)
class _Capture:
    value: str
    cost: float  # how far the words were from the value's nearest name
    length: float  # length of that name


class IntentMatcher:
    def __init__(self, content: Content) -> None:
        self.content = content
        intents = content.intents
        self._values = slot_values(content)
        # Custom slot types: every way to say a value -> the value (first claim wins, as in slot_values).
        self._names: dict[str, dict[tuple[str, ...], str]] = {}
        for type_name, values in self._values.items():
            names: dict[tuple[str, ...], str] = {}
            for value in values:
                for said in [spoken_form(value.value), *value.synonyms]:
                    names.setdefault(tuple(normalise(said)), value.value)
            self._names[type_name] = names
        self._longest_name = {t: max((len(said) for said in names), default=0) for t, names in self._names.items()}
        self._longest_len = {t: max((_length(said) for said in names), default=0.0) for t, names in self._names.items()}
        self._samples: list[_Sample] = []
        self._templates: list[tuple[str, str, dict[str, str]]] = []
        for name, spec in intents.intents.items():
            for template in spec.samples:
                for sample in expand(template, intents.rules):
                    self._templates.append((name, sample, spec.slots))
                    self._add(name, sample, spec.slots)
        self._index: dict[str, list[int]] = defaultdict(list)
        for i, s in enumerate(self._samples):
            for w in set(s.words + s.after):
                self._index[w].append(i)
        n = len(self._samples)
        self._idf = {w: math.log(1 + n / len(ids)) for w, ids in self._index.items()}
        self._fixed_len = [_length(s.words) + _length(s.after) for s in self._samples]
        self._weight = [sum(self._idf[w] for w in set(s.words + s.after)) or 1.0 for s in self._samples]
        self._common = max(50, n // 8)
        slot_words = {w for names in self._names.values() for said in names for w in said}
        self._by_bigram: dict[str, list[str]] = defaultdict(list)
        for word in sorted(set(self._index) | slot_words):
            for gram in _bigrams(word):
                self._by_bigram[gram].append(word)
        self._close: dict[str, list[str]] = {}
        self._name_index: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for type_name, names in self._names.items():
            by_word: dict[str, list[tuple[str, ...]]] = defaultdict(list)
            for said in names:
                for w in set(said):
                    by_word[w].append(said)
            self._name_index[type_name] = by_word
        self._exact: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i, s in enumerate(self._samples):
            if s.slot is None:
                self._exact[s.words].append(i)
        self._bare_slots = [i for i, s in enumerate(self._samples) if s.slot and not s.words and not s.after]
        self._capture_cache: dict[tuple[str, tuple[str, ...]], _Capture | None] = {}

    # ---- building ------------------------------------------------------------------------------

    def _add(self, intent: str, sample: str, slots: dict[str, str]) -> None:
        names = slot_names(sample)
        for name in names:
            if name not in slots:
                raise ValueError(f"intents.{intent}: sample {sample!r} uses {{{name}}} but the intent has no such slot")
        variants: list[tuple[str, tuple[tuple[str, str], ...]]] = [(sample, ())]
        if len(names) > 1:
            # Two slots in one sample: custom ones are filled in advance so one slot is left to capture.
            for name in names:
                if slots[name].startswith("AMAZON."):
                    continue
                variants = [(text.replace("{" + name + "}", said, 1), (*filled, (name, value)))
                            for text, filled in variants
                            for said, value in self._spoken_values(slots[name])]
            if len([n for n in names if slots[n].startswith("AMAZON.")]) > 1:
                raise ValueError(f"intents.{intent}: sample {sample!r} has more than one open slot")
        for text, filled in variants:
            left = slot_names(text)
            if not left:
                self._samples.append(_Sample(intent, tuple(normalise(text)), filled=filled, literal=not names))
                continue
            before, _, after = text.partition("{" + left[0] + "}")
            self._samples.append(_Sample(intent, tuple(normalise(before)), tuple(normalise(after)), left[0],
                                         slots[left[0]], filled, literal=False))

    def _spoken_values(self, slot_type: str) -> list[tuple[str, str]]:
        return [(said, value.value) for value in self._values.get(slot_type, [])
                for said in [spoken_form(value.value), *value.synonyms]]

    # ---- public --------------------------------------------------------------------------------

    def phrases(self) -> list[str]:
        """Every sample with its slots filled, for a recognizer grammar (free-text slots: carrier words only)."""
        out: dict[str, None] = {}
        for _, sample, slots in self._templates:
            texts = [sample]
            for name in slot_names(sample):
                kind = slots[name]
                fills = (_NUMBER_FILL if kind == NUMBER else _TIME_FILL if kind == TIME else [""] if kind == SEARCH
                         else [said for said, _ in self._spoken_values(kind)])
                texts = [t.replace("{" + name + "}", fill, 1) for t in texts for fill in fills]
            for text in texts:
                phrase = " ".join(text.split())
                if phrase:
                    out.setdefault(phrase, None)
        return list(out)

    def match(self, text: str) -> Match | None:
        words = tuple(_strip_invocation(normalise(text)))
        if not words:
            return None
        exact = self._exact.get(words)
        if exact:
            return self._result(min(exact), {}, 1.0)
        best_key: tuple[float, bool, int] | None = None
        best: tuple[int, dict[str, str], float] | None = None
        said = _length(words)
        for i in self._candidates(words):
            sample = self._samples[i]
            # Nothing that cannot beat the best so far (or reach MIN_SCORE) is worth aligning.
            floor = best[2] if best else MIN_SCORE
            scored = self._score(sample, words, said, self._fixed_len[i], floor)
            if scored is None:
                continue
            score, slots = scored
            key = (round(score, 6), sample.literal, len(sample.words) + len(sample.after))
            if best_key is None or key > best_key:
                best_key, best = key, (i, slots, score)
        if best is None or best[2] < MIN_SCORE:
            return None
        return self._result(*best)

    # ---- matching ------------------------------------------------------------------------------

    def _result(self, index: int, captured: dict[str, str], score: float) -> Match:
        sample = self._samples[index]
        return Match(intent=sample.intent, slots={**dict(sample.filled), **captured}, score=round(score, 4))

    def _known(self, word: str) -> list[str]:
        if word in self._idf:
            return [word]
        close = self._close.get(word)
        if close is None:
            close = self._close_words(word)
            if len(self._close) > 20_000:
                self._close.clear()
            self._close[word] = close
        return close

    def _close_words(self, word: str) -> list[str]:
        """Vocabulary words that look like a word the recognizer got slightly wrong ("serving": "surfing")."""
        grams = _bigrams(word)
        shared: Counter[str] = Counter()
        for gram in grams:
            for known in self._by_bigram.get(gram, ()):
                shared[known] += 1
        # Only words sharing a third of their letter pairs are worth a full comparison.
        pool = [k for k, n in shared.items() if 3 * n >= len(grams) and abs(len(k) - len(word)) <= 3]
        scored = sorted(((difflib.SequenceMatcher(None, word, k).ratio(), k) for k in pool), reverse=True)
        return [k for ratio, k in scored[:3] if ratio >= 0.6]

    def _candidates(self, words: tuple[str, ...]) -> list[int]:
        known = {k for word in set(words) for k in self._known(word) if k in self._index}
        # Words in most samples ("i", "my") say little and cost the most to count: use them only if alone.
        telling = [k for k in known if len(self._index[k]) <= self._common] or list(known)
        weights: Counter[int] = Counter()
        for k in telling:
            idf = self._idf[k]
            for i in self._index[k]:
                weights[i] += idf
        said = sum(self._idf[k] for k in telling)
        ranked = heapq.nlargest(_CANDIDATES * 4, weights, key=lambda i: weights[i] / max(self._weight[i], said))
        n = len(words)
        # Length is a cheap first filter: a fixed sample much longer or shorter than what was said cannot win.
        fixed = [i for i in ranked if self._samples[i].slot is None and abs(len(self._samples[i].words) - n) <= 3]
        open_ = [i for i in ranked if self._samples[i].slot is not None]
        return fixed[:_CANDIDATES] + open_[:_CANDIDATES] + self._bare_slots

    def _score(self, sample: _Sample, words: tuple[str, ...], said: float, fixed_len: float,
               floor: float) -> tuple[float, dict[str, str]] | None:
        """(score, captured slots) of one sample, or None when it cannot score at least `floor`."""
        n = len(words)
        if sample.slot is None:
            most = max(said, fixed_len, 1.0)
            # Every word more or fewer costs at least half a word.
            if 1.0 - 0.5 * abs(n - len(sample.words)) / most < floor:
                return None
            return 1.0 - _align(words, sample.words) / most, {}
        before, after = sample.words, sample.after
        slot_type = sample.slot_type or ""
        weight = _SEARCH_WEIGHT if slot_type == SEARCH else 1.0
        longest = self._longest_len.get(slot_type)
        best: tuple[float, dict[str, str]] | None = None
        # A slip rarely changes the number of words around the slot by more than one.
        starts = range(max(0, len(before) - 1), min(n, len(before) + 1) + 1)
        ends = range(max(0, n - len(after) - 1), min(n, n - len(after) + 1) + 1)
        head = {i: _align(words[:i], before) for i in starts}
        tail = {j: _align(words[j:], after) for j in ends}
        for i, head_cost in head.items():
            for j, tail_cost in tail.items():
                if j <= i:
                    continue
                # The capture costs at least nothing and is at most the longest value name long.
                room = longest if longest is not None else _length(words[i:j])
                if weight * (1.0 - (head_cost + tail_cost) / max(fixed_len + room, said, 1.0)) < floor:
                    continue
                capture = self._capture(slot_type, words[i:j])
                if capture is None:
                    continue
                cost = head_cost + tail_cost + capture.cost
                score = 1.0 - cost / max(fixed_len + capture.length, said, 1.0)
                if sample.slot_type == SEARCH:
                    score = 0.5 if not before and not after else score * _SEARCH_WEIGHT
                if best is None or score > best[0]:
                    best = (score, {sample.slot or "": capture.value})
        return best

    def _capture(self, slot_type: str, words: tuple[str, ...]) -> _Capture | None:
        key = (slot_type, words)
        if key not in self._capture_cache:
            if len(self._capture_cache) > 20000:
                self._capture_cache.clear()
            self._capture_cache[key] = self._read_slot(slot_type, words)
        return self._capture_cache[key]

    def _read_slot(self, slot_type: str, words: tuple[str, ...]) -> _Capture | None:
        length = _length(words)
        if slot_type == NUMBER:
            if len(words) > 5 or any(w not in _NUMBER_WORDS and not _DIGITS.fullmatch(w) for w in words):
                return None
            number = parse_number(" ".join(words))
            if number is None:
                return None
            return _Capture(str(int(number)) if number == int(number) else str(number), 0.0, length)
        if slot_type == TIME:
            if len(words) > 6 or any(w not in _NUMBER_WORDS and w not in _TIME_WORDS and not _DIGITS.fullmatch(w)
                                     for w in words):
                return None
            if not any(w in _NUMBER_WORDS - {"and", "a", "to", "or"} or w in ("noon", "midnight") for w in words):
                return None
            return _Capture(" ".join(words), 0.0, length)
        if slot_type == SEARCH or slot_type.startswith("AMAZON."):
            return _Capture(" ".join(words), 0.0, length)
        names = self._names.get(slot_type, {})
        if words in names:
            return _Capture(names[words], 0.0, length)
        if len(words) > self._longest_name.get(slot_type, 0) + 1:
            return None
        # A misheard value name: align with the names that share a (nearly) same word that is not filler.
        by_word = self._name_index.get(slot_type, {})
        pool = {said for w in words if w not in _LIGHT for known in self._known(w) for said in by_word.get(known, ())}
        best: _Capture | None = None
        for said in pool:
            if abs(len(said) - len(words)) > 1:
                continue
            cost = _align(words, said)
            if best is None or cost < best.cost:
                best = _Capture(names[said], cost, _length(said))
        if best is None or best.cost / max(best.length, length, 1.0) > 0.4:
            return None
        return best


@lru_cache(maxsize=50_000)
def _bigrams(word: str) -> frozenset[str]:
    padded = f" {word} "
    return frozenset(padded[i:i + 2] for i in range(len(padded) - 1))
