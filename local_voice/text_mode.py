"""Typed mode (`aria voice --text`): type what you would say, read what Aria says.

With a terminal it is a chat ("You: " / "Aria: "); with piped stdin it reads one utterance per line, and
with --jsonl it prints one JSON object per reply, which makes it the harness for conversation tests.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TextIO

from coach.models import Reply, Turn


class TextSession:
    """Turns lines of text into launch / utterance / end turns for one person."""

    def __init__(self, coach: Any, user_id: str, clock: Callable[[], datetime] | None = None) -> None:
        self.coach = coach
        self.user_id = user_id
        self.clock = clock or (lambda: datetime.now(UTC))
        self.session_id: str | None = None

    def _turn(self, kind: str, text: str | None = None) -> Reply:
        if self.session_id is None:
            self.session_id = uuid.uuid4().hex
        turn = Turn(user_id=self.user_id, channel="text", kind=kind, text=text, now=self.clock(),  # type: ignore[arg-type]
                    session_id=self.session_id, max_reply_seconds=600)
        reply: Reply = self.coach.handle(turn)
        if reply.end_session or kind == "end":
            self.session_id = None
        return reply

    @property
    def open(self) -> bool:
        return self.session_id is not None

    def launch(self) -> Reply:
        return self._turn("launch")

    def say(self, text: str) -> Reply:
        # After Aria ended a session, the next line opens a new one directly ("ask Aria to ...").
        return self._turn("utterance", text)

    def end(self) -> Reply | None:
        return self._turn("end") if self.open else None


def reply_json(reply: Reply) -> str:
    return json.dumps({"speech": reply.speech, "flags": list(reply.flags), "end_session": reply.end_session},
                      ensure_ascii=False)


def run(coach: Any, user_id: str, stdin: TextIO, stdout: TextIO, *, jsonl: bool = False,
        interactive: bool | None = None) -> int:
    interactive = (stdin.isatty() and not jsonl) if interactive is None else interactive
    session = TextSession(coach, user_id)

    def show(reply: Reply) -> None:
        if jsonl:
            print(reply_json(reply), file=stdout, flush=True)
        elif reply.speech:
            print(f"Aria: {reply.speech}", file=stdout, flush=True)

    show(session.launch())
    while True:
        if interactive:
            if not session.open:
                break
            try:
                line = input("You: ")
            except (EOFError, KeyboardInterrupt):
                print(file=stdout)
                break
        else:
            raw = stdin.readline()
            if not raw:
                break
            line = raw
        line = line.strip()
        if not line:
            continue
        show(session.say(line))
    closing = session.end()
    if closing is not None and closing.speech:
        show(closing)
    return 0
