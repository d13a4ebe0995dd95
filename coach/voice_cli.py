"""`aria voice`: talk to Aria offline.

`--text` is typed mode (handled here, no speech libraries loaded); everything else (microphone, --wav
files, `download-model`) is the local voice channel in `local_voice.cli`.
"""

from __future__ import annotations

import argparse
import logging
import sys


def text_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aria voice --text",
                                     description="Type what you would say; read what Aria says.")
    parser.add_argument("--text", action="store_true", required=True, help="typed mode")
    parser.add_argument("--jsonl", action="store_true",
                        help='print one JSON object per reply: {"speech", "flags", "end_session"}')
    parser.add_argument("--user", default="local", help="who is talking (default: local)")
    parser.add_argument("--db", default=None, help="store URL (default: ARIA_DATABASE_URL or local SQLite)")
    return parser


def main(argv: list[str]) -> int:
    if "--text" not in argv:
        from local_voice.cli import main as voice_main

        return voice_main(argv)
    args = text_parser().parse_args(argv)
    logging.basicConfig(level=logging.ERROR, format="%(message)s")
    from local_voice.coach_factory import make_coach
    from local_voice.text_mode import run

    coach = make_coach(args.db)
    try:
        return run(coach, args.user, sys.stdin, sys.stdout, jsonl=args.jsonl)
    finally:
        coach.close()  # turns the store never took go to the outbox for the next run


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
