"""Loads content/ into validated models. Bad content refuses to start with the file, field and line."""

from __future__ import annotations

import os
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Protocol, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from coach.content_schema import (
    CheckinFile,
    CheckinItem,
    Exercise,
    ExerciseFile,
    IntentFile,
    PromptFile,
    SafetyFile,
)

FILES: dict[str, type[BaseModel]] = {
    "exercises.yaml": ExerciseFile,
    "checkin.yaml": CheckinFile,
    "safety.yaml": SafetyFile,
    "intents.yaml": IntentFile,
    "prompts.yaml": PromptFile,
}


_T = TypeVar("_T")


class Chooser(Protocol):
    """What picks among a prompt's variants (random.Random, or the engine's per-turn Variety)."""

    def choice(self, options: Sequence[_T]) -> _T: ...


class ContentError(Exception):
    """Content that cannot be used. The message names the file, the field and the line to fix."""


def default_content_dir() -> Path:
    override = os.environ.get("ARIA_CONTENT_DIR")
    if override:
        return Path(override)
    import content  # the data package that ships with the wheel

    return Path(content.__file__).parent


@dataclass(frozen=True)
class Content:
    exercises: ExerciseFile
    checkin: CheckinFile
    safety: SafetyFile
    intents: IntentFile
    prompts: PromptFile
    directory: Path
    _exercise_index: dict[str, Exercise] = field(default_factory=dict, repr=False)

    def exercise(self, exercise_id: str) -> Exercise | None:
        return self._exercise_index.get(exercise_id)

    def checkin_item(self, item_id: str) -> CheckinItem | None:
        for item in self.checkin.daily + self.checkin.weekly:
            if item.id == item_id:
                return item
        return None

    def say(self, key: str, rng: Chooser | None = None, **values: Any) -> str:
        """The prompt text for key; a list of variants gives variety (pick is seeded by the caller)."""
        text = self.prompts.prompts[key]
        if isinstance(text, list):
            text = (rng or random.Random(0)).choice(text)
        return text.format(**values) if values else text


def load_content(directory: Path | None = None) -> Content:
    directory = Path(directory) if directory else default_content_dir()
    loaded: dict[str, BaseModel] = {}
    for filename, model in FILES.items():
        loaded[filename] = _load_file(directory / filename, model)
    exercises = loaded["exercises.yaml"]
    content = Content(
        exercises=exercises,  # type: ignore[arg-type]
        checkin=loaded["checkin.yaml"],  # type: ignore[arg-type]
        safety=loaded["safety.yaml"],  # type: ignore[arg-type]
        intents=loaded["intents.yaml"],  # type: ignore[arg-type]
        prompts=loaded["prompts.yaml"],  # type: ignore[arg-type]
        directory=directory,
        _exercise_index={e.id: e for e in exercises.exercises},  # type: ignore[attr-defined]
    )
    _check_prompts(content, directory / "prompts.yaml")
    return content


@cache
def default_content() -> Content:
    return load_content()


def _load_file(path: Path, model: type[BaseModel]) -> BaseModel:
    try:
        raw_text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(f"{path}: file is missing") from None
    try:
        data = yaml.safe_load(raw_text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ContentError(f"{path}{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
            line = _line_of(raw_text, err["loc"])
            at = f" (line {line})" if line else ""
            lines.append(f"{path}: {loc}{at}: {err['msg']}")
        raise ContentError("\n".join(lines)) from None


def _line_of(raw_text: str, loc: tuple[Any, ...]) -> int | None:
    """Walk the YAML node tree along a pydantic error location to find the line a person should edit."""
    try:
        node = yaml.compose(raw_text)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == str(part)), None)
            if match is None:
                break
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            break
        line = node.start_mark.line + 1
    return line


def _check_prompts(content: Content, path: Path) -> None:
    from coach.prompt_keys import REQUIRED_PROMPTS

    missing = sorted(REQUIRED_PROMPTS - set(content.prompts.prompts))
    if missing:
        raise ContentError(f"{path}: prompts: missing keys {', '.join(missing)}")
