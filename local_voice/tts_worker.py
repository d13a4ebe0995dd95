"""pyttsx3 in its own process: reads {"text", "path"} JSON lines, writes each as a WAV file.

Its own process because pyttsx3 wants one engine per process and can block; the parent can always kill
it. Pitfalls handled here: the first runAndWait after init can return before a file exists (so run it
once at start), only the last queued save_to_file is written (so one file per runAndWait), and a rate set
right after runAndWait is sometimes ignored (so a short sleep first).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time

VOICE = os.environ.get("ARIA_TTS_VOICE", "gmw/en-us")
RATE = int(os.environ.get("ARIA_TTS_RATE", "150"))


# pyttsx3 prints ("Audio saved to ...") and espeak may write to fd 1: keep the real stdout for the protocol
# and send everything else to stderr.
_PROTOCOL = os.fdopen(os.dup(1), "w", buffering=1)
os.dup2(2, 1)
sys.stdout = sys.stderr


def _say(obj: dict[str, object]) -> None:
    _PROTOCOL.write(json.dumps(obj) + "\n")
    _PROTOCOL.flush()


def main() -> int:
    try:
        import pyttsx3

        engine = pyttsx3.init()
        engine.runAndWait()
        time.sleep(0.05)
        with contextlib.suppress(Exception):  # a missing voice leaves espeak's default English voice
            engine.setProperty("voice", VOICE)
        engine.setProperty("rate", RATE)
    except Exception as exc:  # no espeak library, no driver: the parent turns this into one sentence
        _say({"error": f"{type(exc).__name__}: {exc}"})
        return 1
    _say({"ready": True})
    for line in sys.stdin:
        try:
            request = json.loads(line)
            path = str(request["path"])
            engine.save_to_file(str(request["text"]), path)
            engine.runAndWait()
            for _ in range(50):  # the driver may finish writing a moment after runAndWait returns
                if os.path.exists(path) and os.path.getsize(path) > 44:
                    break
                time.sleep(0.01)
            else:
                engine.save_to_file(str(request["text"]), path)
                engine.runAndWait()
            _say({"ok": os.path.exists(path), "path": path})
        except Exception as exc:
            _say({"error": f"{type(exc).__name__}: {exc}"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
