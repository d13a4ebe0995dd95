"""`aria` command: a thin router. Each area owns its own sub-command module and argument parsing."""

from __future__ import annotations

import importlib
import sys

# sub-command -> (module, help). Modules are imported only when used, so `aria safety-check` never
# pays for loading speech or web libraries.
COMMANDS: dict[str, tuple[str, str]] = {
    "voice": ("coach.voice_cli", "talk to Aria: microphone (default), --text, or --wav files"),
    "safety-check": ("coach.safety_cli", "screen utterances from stdin, one JSON line each"),
    "content": ("coach.content_cli", "content check: validate content/ and report problems"),
    "serve": ("coach.serve_cli", "run the Alexa endpoint and caregiver pages"),
    "skill": ("skill.cli", "skill model: write the Alexa interaction model (ASK CLI layout)"),
    "db": ("coach.store.cli", "db upgrade: create or migrate the database"),
    "caregiver": ("caregiver.cli", "caregiver add-account / audit: accounts for the caregiver pages"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        print("usage: aria COMMAND [options]\n\ncommands:")
        for name, (_, text) in COMMANDS.items():
            print(f"  {name:<13} {text}")
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"aria: unknown command {name!r}; try `aria --help`", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[name][0])
    return int(module.main(rest) or 0)


if __name__ == "__main__":
    sys.exit(main())
