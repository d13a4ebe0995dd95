"""Helpers for the content tests: the shipped content, and broken copies of it."""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path

from coach.content import FILES, Content, default_content_dir, load_content
from coach.nlu import IntentMatcher

HERE = Path(__file__).parent


@cache
def shipped() -> Content:
    return load_content()


@cache
def matcher() -> IntentMatcher:
    return IntentMatcher(shipped())


def copy_content(target: Path) -> Path:
    """A writable copy of the content directory, to break on purpose."""
    target.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        shutil.copyfile(default_content_dir() / name, target / name)
    return target


def replace_in(path: Path, old: str, new: str) -> int:
    """Replace the first `old` in a file; returns the 1-based line where it was (so tests can expect it)."""
    text = path.read_text(encoding="utf-8")
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")
    return text.count("\n", 0, at) + 1
