"""`aria content check [--dir PATH]`: validate content/ the way start-up does, plus the template rules.

Start-up (coach.content.load_content) checks each file against its model. This adds what only makes
sense across files: every template expands, no sample belongs to two intents, samples are something
Alexa accepts, and no slot phrase (exercise alias, check-in synonym) means two different things.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

from coach.content import Content, ContentError, load_content
from coach.templates import TemplateError, expand, slot_names, spoken_form

# Alexa refuses digits and most punctuation in samples; apostrophes and periods ("i'm", "p.m.") are fine.
_ALEXA_SAMPLE = re.compile(r"^[a-z' .]*(\{[A-Za-z_][A-Za-z0-9_]*\}[a-z' .]*)*$")
MIN_CRISIS_SAMPLES = 20
MAX_SAMPLES_PER_INTENT = 500
MAX_SAMPLES_TOTAL = 5000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="aria content", description="Validate the content files.")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="load and validate every content file")
    check.add_argument("--dir", type=Path, default=None,
                       help="content directory (default: ARIA_CONTENT_DIR, else the shipped content)")
    args = parser.parse_args(argv)
    try:
        content = load_content(args.dir)
    except ContentError as exc:
        print(f"content check failed:\n{exc}", file=sys.stderr)
        return 1
    errors, samples = check_templates(content)
    if errors:
        print("content check failed:\n" + "\n".join(errors), file=sys.stderr)
        return 1
    print(f"content OK: {len(content.exercises.exercises)} exercises, "
          f"{len(content.checkin.daily) + len(content.checkin.weekly)} check-in items, "
          f"{len(content.intents.intents)} intents, {samples} samples")
    return 0


def check_templates(content: Content) -> tuple[list[str], int]:
    """Problems with the intent templates (one message each, naming file, field and line), and the sample count."""
    path = content.directory / "intents.yaml"
    raw = path.read_text(encoding="utf-8")
    intents = content.intents
    errors: list[str] = []
    owner: dict[str, str] = {}
    total = 0
    for name, spec in intents.intents.items():
        count = 0
        for n, template in enumerate(spec.samples):
            where = f"{path}: intents.{name}.samples.{n}{_line(raw, template)}"
            try:
                samples = expand(template, intents.rules)
            except TemplateError as exc:
                errors.append(f"{where}: {exc}")
                continue
            for sample in samples:
                count += 1
                for slot in slot_names(sample):
                    if slot not in spec.slots:
                        errors.append(f"{where}: {{{slot}}} is not a slot of this intent (slots: {sorted(spec.slots)})")
                if not _ALEXA_SAMPLE.match(sample):
                    errors.append(f"{where}: {sample!r}: Alexa samples are lower-case words (numbers spelled out)")
                if sample in owner and owner[sample] != name:
                    errors.append(f"{where}: sample {sample!r} also belongs to intent {owner[sample]!r}")
                owner.setdefault(sample, name)
        if spec.safety_flag and count < MIN_CRISIS_SAMPLES:
            errors.append(f"{path}: intents.{name}.samples: a crisis intent needs at least {MIN_CRISIS_SAMPLES} "
                          f"samples so Alexa recognises it; it has {count}")
        if count > MAX_SAMPLES_PER_INTENT:
            errors.append(f"{path}: intents.{name}.samples: {count} samples after expansion; keep it under "
                          f"{MAX_SAMPLES_PER_INTENT}")
        total += count
    if total > MAX_SAMPLES_TOTAL:
        errors.append(f"{path}: intents: {total} samples after expansion; keep the total under {MAX_SAMPLES_TOTAL}")
    errors += _slot_phrase_clashes(content)
    if not errors:
        try:
            from coach.nlu import IntentMatcher

            IntentMatcher(content)
        except (ValueError, TemplateError) as exc:
            errors.append(f"{path}: {exc}")
    return errors, total


def _slot_phrase_clashes(content: Content) -> list[str]:
    """A phrase that names two exercises, or two different check-in answers, cannot be resolved."""
    errors: list[str] = []
    names: dict[str, set[str]] = defaultdict(set)
    for exercise in content.exercises.exercises:
        for said in {spoken_form(s) for s in [exercise.title, *exercise.aliases]}:
            names[said].add(exercise.id)
    for said, ids in sorted(names.items()):
        if len(ids) > 1:
            errors.append(f"{content.directory / 'exercises.yaml'}: aliases: {said!r} names {len(ids)} exercises "
                          f"({', '.join(sorted(ids))})")
    answers: dict[str, set[str]] = defaultdict(set)
    for item in content.checkin.daily + content.checkin.weekly:
        for choice in item.choices:
            for said in {spoken_form(s) for s in [choice.say, *choice.synonyms]}:
                answers[said].add(choice.value)
    values = {c.value for i in content.checkin.daily + content.checkin.weekly for c in i.choices}
    for said, chosen in sorted(answers.items()):
        other = {v for v in values if spoken_form(v) == said} - chosen
        if len(chosen) > 1 or other:
            errors.append(f"{content.directory / 'checkin.yaml'}: choices: {said!r} is an answer for "
                          f"{', '.join(sorted(chosen | other))}")
    return errors


def _line(raw: str, template: str) -> str:
    for number, line in enumerate(raw.splitlines(), 1):
        if template in line:
            return f" (line {number})"
    return ""


if __name__ == "__main__":
    sys.exit(main())
