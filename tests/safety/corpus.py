"""Reading the labelled safety corpora (tests/safety/corpus.tsv and the shared development set)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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
