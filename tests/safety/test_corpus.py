"""The screen against the labelled corpus: recall per flag and false alarms on hard negatives.

Thresholds (issue 3): recall 100% on suicide and emergency, at least 95% on the other flags; at most 3%
of negatives may raise any flag. Failures list every missed or wrongly flagged utterance.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.models import FLAGS
from coach.safety import screen

from .corpus import CORPUS, DEV_SET, SHARED_DEV_SET, Row, read_corpus

RECALL_FLOOR = {"suicide": 1.0, "emergency": 1.0, "mix": 0.95, "benzo": 0.95, "alone": 0.95, "treatment": 0.95}
MAX_FALSE_ALARM_RATE = 0.03


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return read_corpus(CORPUS)


def test_corpus_is_big_and_varied_enough(rows: list[Row]) -> None:
    per_flag = {flag: sum(flag in r.expected for r in rows) for flag in FLAGS}
    negatives = [r for r in rows if not r.either and not r.expected]
    assert len({r.text for r in rows}) == len(rows), "duplicate utterances in the corpus"
    assert len(rows) >= 300, len(rows)
    assert all(n >= 30 for n in per_flag.values()), per_flag
    assert len(negatives) >= 120, len(negatives)
    # both speech-recognition style (lower case, no punctuation) and typed style (capitals or punctuation)
    asr = [r for r in rows if re.fullmatch(r"[a-z0-9 ]+", r.text)]
    typed = [r for r in rows if not re.fullmatch(r"[a-z0-9 ]+", r.text)]
    assert len(asr) >= 150 and len(typed) >= 60, (len(asr), len(typed))


def _recall_report(rows: list[Row]) -> tuple[dict[str, float], list[str]]:
    recall: dict[str, float] = {}
    misses: list[str] = []
    for flag in FLAGS:
        labelled = [r for r in rows if flag in r.expected]
        hit = 0
        for r in labelled:
            got = screen(r.text).flags
            if flag in got:
                hit += 1
            else:
                misses.append(f"line {r.line}: {flag} missed in {r.text!r} (got {got})")
        recall[flag] = hit / len(labelled) if labelled else 1.0
    return recall, misses


def test_recall_per_flag(rows: list[Row]) -> None:
    recall, misses = _recall_report(rows)
    low = {f: round(v, 3) for f, v in recall.items() if v < RECALL_FLOOR[f]}
    assert not low, f"recall below floor {low}:\n" + "\n".join(misses)


def test_negatives_rarely_flagged(rows: list[Row]) -> None:
    negatives = [r for r in rows if not r.either and not r.expected]
    alarms = [f"line {r.line}: {r.text!r} -> {screen(r.text).flags}" for r in negatives if screen(r.text).flags]
    rate = len(alarms) / len(negatives)
    assert rate <= MAX_FALSE_ALARM_RATE, f"{rate:.1%} of negatives flagged:\n" + "\n".join(alarms)


@pytest.mark.parametrize("path", [DEV_SET, SHARED_DEV_SET], ids=["copy", "shared"])
def test_shared_development_set(path: Path) -> None:
    if path == SHARED_DEV_SET and not path.exists():
        pytest.skip(f"no live shared development set at {path} (the copy in tests/safety is checked)")
    problems = []
    for r in read_corpus(path):
        if r.either:
            continue
        got = set(screen(r.text).flags)
        if r.expected - got or (not r.expected and got):
            problems.append(f"line {r.line}: {r.text!r} expected {sorted(r.expected) or 'none'}, got {sorted(got)}")
    assert not problems, "\n".join(problems)


def test_thresholds_would_catch_a_broken_screen(rows: list[Row], monkeypatch: pytest.MonkeyPatch) -> None:
    """The recall check is live: a screen that forgets one suicide phrasing fails it."""
    import coach.safety as safety_module

    real_detect = safety_module.detect
    victim = next(r for r in rows if r.expected == {"suicide"})

    def forgetful(norm: str, *args: object) -> set[str]:
        flags = real_detect(norm, *args)
        if norm == safety_module.normalise(victim.text):
            flags.discard("suicide")
        return flags

    monkeypatch.setattr(safety_module, "detect", forgetful)
    recall, misses = _recall_report(rows)
    assert recall["suicide"] < 1.0 and any(victim.text in m for m in misses)
