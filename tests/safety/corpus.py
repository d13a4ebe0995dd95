"""Reading the labelled safety corpora (tests/safety/corpus.tsv and the shared development set)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

from coach.models import FLAGS

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus.tsv"
# The shared development set, copied here so the check runs wherever the repository goes (CI has no
# ../shared); SHARED_DEV_SET is the live original, checked as well when present in case it grew.
DEV_SET = HERE / "dev_corpus.tsv"
SHARED_DEV_SET = Path(__file__).resolve().parents[3] / "shared" / "safety_dev_corpus.tsv"


@dataclass(frozen=True)
class Row:
    line: int
    expected: frozenset[str]  # empty for "none"
    either: bool  # ambiguous: any answer is acceptable
    text: str


def read_corpus(path: Path) -> list[Row]:
    rows = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        label, sep, text = raw.partition("\t")
        if not sep or not text.strip():
            raise ValueError(f"{path}:{number}: expected 'label<TAB>utterance', got {raw!r}")
        label = label.strip()
        if label == "either":
            rows.append(Row(number, frozenset(), True, text))
            continue
        expected = frozenset() if label == "none" else frozenset(p.strip() for p in label.split(","))
        unknown = expected - set(FLAGS)
        if unknown:
            raise ValueError(f"{path}:{number}: unknown label(s) {sorted(unknown)}")
        rows.append(Row(number, expected, False, text))
    return rows


def all_texts() -> list[str]:
    """Every utterance of the corpus and the development set (labels aside), for checks that a fast path
    gives the full path's answer."""
    return [r.text for r in read_corpus(CORPUS)] + ([r.text for r in read_corpus(DEV_SET)] if DEV_SET.exists() else [])


def word_salad(patterns: Iterable[str], noise: list[str]) -> st.SearchStrategy[list[str]]:
    """Random utterances (as word lists) over the words these regexes are made of, plus `noise`, so the
    regexes do match now and then."""
    vocab = sorted({w for p in patterns for w in re.findall(r"[a-z]{2,}", p)})
    return st.lists(st.sampled_from([*vocab, *noise]), min_size=1, max_size=14)
