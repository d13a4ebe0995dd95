"""`aria safety-check`: screen utterances from stdin, one per line; print one JSON object per line.

    echo "i want to stop my xanax" | aria safety-check
    {"text": "i want to stop my xanax", "flags": ["benzo"], "speech": "Before you stop, ..."}

Blank lines are skipped. Output is flushed line by line so it can sit in a pipe. Exit status 0; 2 with a
message naming file and field when content/safety.yaml is unusable.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from coach.content import ContentError
from coach.safety import load_safety_file, screen


def run(lines: TextIO, out: TextIO, safety_path: str | None = None) -> int:
    safety = load_safety_file(safety_path)
    for line in lines:
        text = line.rstrip("\r\n")
        if not text.strip():
            continue
        result = screen(text, safety=safety)
        out.write(json.dumps({"text": text, "flags": result.flags, "speech": result.speech},
                             ensure_ascii=False) + "\n")
        out.flush()
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="aria safety-check",
        description="Screen utterances read from stdin (one per line). Prints one JSON object per line: "
                    '{"text": ..., "flags": [...], "speech": ...}.')
    parser.add_argument("--safety-file", metavar="PATH",
                        help="a safety.yaml to use instead of the one in the content directory")
    args = parser.parse_args(argv)
    try:
        return run(sys.stdin, sys.stdout, args.safety_file)
    except ContentError as exc:
        print(f"aria safety-check: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `aria safety-check | head` is fine
        return 0
