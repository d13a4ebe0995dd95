"""The daily check-in reminder ("remind me at 8 pm"), spoken by the loop when it is running at that time.

The time lives in the person's profile (the engine's reminder flow sets it). A small JSON file remembers
the last day a reminder was spoken, so a restart does not repeat it, and no reminder is given on a day
the check-in is already done.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TEXT = "It's time for your daily check-in. Say \"start my check-in\" when you're ready, or \"not now\"."


def data_dir() -> Path:
    return Path(os.environ.get("ARIA_DATA_DIR") or Path.home() / ".local/share/coach-aria")


class Reminders:
    def __init__(self, store: Any | None, user_id: str, content: Any | None = None,
                 memory_file: Path | None = None) -> None:
        self.store = store
        self.user_id = user_id
        self.content = content
        self.memory_file = memory_file or data_dir() / "reminders.json"

    def _state(self) -> Any | None:
        if self.store is None:
            return None
        try:
            return self.store.load_state(self.user_id)
        except Exception:  # store down: no reminder this time, never a crash
            return None

    def _spoken_on(self) -> str | None:
        try:
            return json.loads(self.memory_file.read_text(encoding="utf-8")).get(self.user_id)
        except (OSError, ValueError, AttributeError):
            return None

    def _remember(self, day: date) -> None:
        try:
            data = json.loads(self.memory_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        data[self.user_id] = day.isoformat()
        try:
            self.memory_file.parent.mkdir(parents=True, exist_ok=True)
            self.memory_file.write_text(json.dumps(data), encoding="utf-8")
        except OSError:
            pass

    def due(self, now: datetime) -> str | None:
        """The reminder text if it is due now (and mark it spoken), else None."""
        state = self._state()
        if state is None or not state.profile.reminder_time:
            return None
        local = _local(now, state.profile.timezone)
        hour, minute = (int(x) for x in state.profile.reminder_time.split(":"))
        if local.time() < time(hour, minute):
            return None
        today = local.date()
        if self._spoken_on() == today.isoformat():
            return None
        if any(c.day == today for c in state.profile.checkins):
            return None
        self._remember(today)
        return self.text()

    def text(self) -> str:
        prompts = getattr(getattr(self.content, "prompts", None), "prompts", {}) or {}
        value = prompts.get("checkin_reminder")
        if isinstance(value, list):
            value = value[0] if value else None
        return str(value) if value else DEFAULT_TEXT


def _local(now: datetime, tz: str | None) -> datetime:
    if tz:
        try:
            return now.astimezone(ZoneInfo(tz))
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return now.astimezone()
