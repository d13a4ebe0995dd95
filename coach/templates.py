"""Rhasspy/hassil-style sample templates: `[optional]`, `(a | b)`, `<rule>` and `{slot}`.

One template source feeds both the Alexa interaction model (samples with `{slot}` left in) and the
local matcher and recognizer grammar (slots filled with their values), so the two can never drift.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coach.content_schema import SlotValue

if TYPE_CHECKING:
    from coach.content import Content

# Beyond this a template is almost certainly a mistake (and Alexa would refuse the model anyway).
MAX_EXPANSIONS = 5000
_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class TemplateError(ValueError):
    """A template that cannot be expanded; the message quotes the template."""


# ---- parsing -------------------------------------------------------------------------------------
# A template is parsed into nested alternatives: Alt = list of Seq, Seq = list of items, an item being a
# word, a `{slot}` placeholder, a rule reference or a nested Alt. `[x]` is simply `(x | )`.


@dataclass(frozen=True)
class _Rule:
    name: str


class _Parser:
    def __init__(self, template: str) -> None:
        self.template = template
        self.tokens = re.findall(r"\{[^{}]*\}|<[^<>]*>|[\[\]()|]|[^\s\[\]()|<>{}]+|[<>{}]", template)
        self.pos = 0

    def error(self, message: str) -> TemplateError:
        return TemplateError(f"template {self.template!r}: {message}")

    def parse(self) -> list[list[object]]:
        alt = self._alternatives(closing=None)
        if self.pos != len(self.tokens):
            raise self.error(f"unexpected {self.tokens[self.pos]!r}")
        return alt

    def _alternatives(self, closing: str | None) -> list[list[object]]:
        options: list[list[object]] = [[]]
        while self.pos < len(self.tokens):
            token = self.tokens[self.pos]
            if token in (")", "]"):
                if token != closing:
                    raise self.error(f"unbalanced {token!r}")
                return options
            self.pos += 1
            if token == "|":
                options.append([])
            elif token in ("(", "["):
                close = ")" if token == "(" else "]"
                inner = self._alternatives(closing=close)
                if self.pos >= len(self.tokens):
                    raise self.error(f"unbalanced {token!r}: missing {close!r}")
                self.pos += 1
                if token == "[":
                    inner = [*inner, []]
                options[-1].append(inner)
            elif token.startswith("<") and token.endswith(">") and len(token) > 2:
                options[-1].append(_Rule(token[1:-1].strip()))
            elif token.startswith("{") and token.endswith("}"):
                if not _SLOT.fullmatch(token):
                    raise self.error(f"bad slot placeholder {token!r}")
                options[-1].append(token)
            elif token in ("<", ">", "{", "}"):
                raise self.error(f"unbalanced {token!r}")
            else:
                options[-1].append(token)
        return options


def expand(template: str, rules: dict[str, str]) -> list[str]:
    """Every sentence the template stands for, in order, without duplicates, whitespace normalised.

    `{slot}` placeholders are kept verbatim; `<rule>` is replaced by the expansions of rules["rule"]
    (keys may also be written with their angle brackets).
    """
    results = _expand(template, _normalise_rules(rules), stack=())
    seen: dict[str, None] = {}
    for words in results:
        sentence = " ".join(words)
        if sentence:
            seen.setdefault(sentence, None)
    return list(seen)


def _normalise_rules(rules: dict[str, str]) -> dict[str, str]:
    return {k.strip().strip("<>").strip(): v for k, v in rules.items()}


def _expand(template: str, rules: dict[str, str], stack: tuple[str, ...]) -> list[tuple[str, ...]]:
    parser = _Parser(template)
    tree = parser.parse()
    try:
        out = _expand_alt(tree, rules, stack)
    except TemplateError as exc:
        if stack:
            raise
        raise TemplateError(f"template {template!r}: {exc}") from None
    if len(out) > MAX_EXPANSIONS:
        raise TemplateError(f"template {template!r}: expands to {len(out)} sentences (limit {MAX_EXPANSIONS})")
    return out


def _expand_alt(alt: list[list[object]], rules: dict[str, str], stack: tuple[str, ...]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for seq in alt:
        parts: list[list[tuple[str, ...]]] = []
        for item in seq:
            if isinstance(item, str):
                parts.append([(item,)])
            elif isinstance(item, _Rule):
                parts.append(_expand_rule(item.name, rules, stack))
            else:
                parts.append(_expand_alt(item, rules, stack))  # type: ignore[arg-type]
        total = 1
        for p in parts:
            total *= len(p)
            if total > MAX_EXPANSIONS:
                raise TemplateError(f"expands to more than {MAX_EXPANSIONS} sentences")
        for combo in itertools.product(*parts):
            out.append(tuple(word for piece in combo for word in piece))
    return out


def _expand_rule(name: str, rules: dict[str, str], stack: tuple[str, ...]) -> list[tuple[str, ...]]:
    if name not in rules:
        raise TemplateError(f"unknown rule <{name}>")
    if name in stack:
        raise TemplateError(f"rule <{name}> refers to itself ({' -> '.join([*stack, name])})")
    try:
        return _expand(rules[name], rules, (*stack, name))
    except TemplateError as exc:
        if stack:
            raise
        raise TemplateError(f"in rule <{name}>: {exc}") from None


def slot_names(sample: str) -> list[str]:
    """The `{slot}` names in an expanded sample, in order."""
    return _SLOT.findall(sample)


# ---- slot values ---------------------------------------------------------------------------------


def slot_values(content: Content) -> dict[str, list[SlotValue]]:
    """Values (with synonyms) of every custom slot type, `values_from` resolved from the content files."""
    out: dict[str, list[SlotValue]] = {}
    for type_name, slot_type in content.intents.slot_types.items():
        pairs: list[tuple[str, list[str]]] = [(v.value, list(v.synonyms)) for v in slot_type.values]
        if slot_type.values_from == "exercises":
            for exercise in content.exercises.exercises:
                pairs.append((exercise.id, [exercise.title, *exercise.aliases]))
        elif slot_type.values_from == "checkin_choices":
            for item in content.checkin.daily + content.checkin.weekly:
                for choice in item.choices:
                    pairs.append((choice.value, [choice.say, *choice.synonyms]))
        out[type_name] = _merge(pairs)
    return out


def spoken_form(text: str) -> str:
    """A value as it can be said: lower case, no punctuation but apostrophes, single spaces."""
    return " ".join(re.sub(r"[^\w\s']|_", " ", text.lower()).split())


def _merge(pairs: list[tuple[str, list[str]]]) -> list[SlotValue]:
    """One SlotValue per value; a phrase belongs to the first value that claims it (Alexa needs that)."""
    values: dict[str, list[str]] = {}
    claimed: set[str] = set()
    for value, _ in pairs:
        values.setdefault(value, [])
        claimed.add(value.lower())
    for value, synonyms in pairs:
        # "urge_surfing" is not something a person says; "urge surfing" is.
        for synonym in [value, *synonyms]:
            said = spoken_form(synonym)
            if said and said not in claimed and not re.search(r"\d", said):
                claimed.add(said)
                values[value].append(said)
    return [SlotValue(value=value, synonyms=syns) for value, syns in values.items()]
