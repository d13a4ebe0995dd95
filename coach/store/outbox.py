"""Turns the database could not take, kept in a local file until it can.

When the store is down, an Alexa conversation carries its unsaved turns in the session and the local
channels keep them in memory; a session that ends first (the person said stop, the device timed out, the
program was closed) has nowhere left to keep them, and without this file their check-in answers and
exercise ratings would be gone. Each turn is one JSON line (the turn,
the state after it, its events), appended and fsynced under a lock shared by every worker of the host.
The next request that reaches the store and finds the file non-empty replays it through Store.save_turn
(state_write "if newer"), oldest first: events are upserts on natural keys, so a line replayed twice is
stored once, and a state older than what the store already holds is not written over it.

The file holds health data like the database does: it is created readable by its owner only and
emptied as soon as its turns are stored.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from coach.models import PersonState, Reply, Turn
from coach.store.store import StateWrite

log = logging.getLogger(__name__)

# In the data directory (ARIA_DATA_DIR), beside a SQLite database; one per channel, so a local run and a
# server on one computer never store each other's turns in the wrong database.
OUTBOX_FILE = "alexa-outbox.jsonl"
LOCAL_OUTBOX_FILE = "local-outbox.jsonl"
DRAIN_LIMIT = 50  # turns replayed per request, so the request that finds a long outbox still answers in time
MAX_ATTEMPTS = 3  # failures (with the store answering) before a turn is set aside instead of blocking the rest

# Store.save_turn's signature for a late turn: (turn, state, reply, state_write).
SaveTurn = Callable[[Turn, PersonState, Reply, StateWrite], None]


def entry(turn: Turn | dict[str, Any], state: PersonState, events: list[Any], *,
          stand_in: bool = False) -> dict[str, Any]:
    """One outbox line's content; the turn and events are models or their JSON form. A stand-in state
    (begun while the store was unreadable) is only ever stored for someone the store has never seen."""
    return {"turn": turn if isinstance(turn, dict) else turn.model_dump(mode="json"),
            "state": state.model_dump(mode="json", exclude={"sharing"}),
            "events": [e if isinstance(e, dict) else e.model_dump(mode="json") for e in events],
            "stand_in": stand_in}


class Outbox:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock_path = self.path.with_name(self.path.name + ".lock")
        self._rejected_path = self.path.with_name(self.path.name + ".rejected")

    def waiting(self) -> bool:
        """True when some turn is waiting (one stat call: cheap enough for every request)."""
        try:
            return self.path.stat().st_size > 0
        except OSError:
            return False

    def put(self, entries: list[dict[str, Any]]) -> bool:
        """Append `entries` (see `entry`) durably; False if the disk refused (nothing is half-written
        in a way the reader cannot skip: each line is written whole or dropped at replay as unreadable)."""
        if not entries:
            return True
        data = "".join(json.dumps(e, separators=(",", ":")) + "\n" for e in entries).encode()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._locked(blocking=True):
                _append(self.path, data)
        except OSError as exc:
            log.error("outbox: could not keep %d unsaved turn(s): %s", len(entries), type(exc).__name__)
            return False
        return True

    def drain(self, save: SaveTurn, limit: int = DRAIN_LIMIT) -> int:
        """Replay up to `limit` waiting turns oldest first, until one fails. Returns how many were stored.

        A turn that fails stays, with the rest, for the next request; one that has failed MAX_ATTEMPTS
        times although the store answers is set aside in `<outbox>.rejected` (kept, logged) so it cannot
        hold up every turn behind it. Nothing waiting (one stat call, so every request may ask) or another
        process draining right now: returns 0 at once."""
        if not self.waiting():
            return 0
        try:
            with self._locked(blocking=False):
                lines = self._read()
                done = 0
                for number, line in enumerate(lines[:limit]):
                    parsed = _parse(line)
                    if parsed is None:
                        log.error("outbox: line %d is unreadable and is dropped", number + 1)
                        continue
                    try:
                        save(*parsed)
                    except Exception as exc:
                        retry = self._failed(line)
                        if retry is not None:  # the store may just be busy: keep this one and the rest
                            log.warning("outbox: %d turn(s) still waiting: %s", len(lines) - number,
                                        type(exc).__name__)
                            self._rewrite([retry, *lines[number + 1:]])
                            return done
                        log.error("outbox: a turn failed %d times and was set aside in %s: %s", MAX_ATTEMPTS,
                                  self._rejected_path.name, type(exc).__name__)
                        continue
                    done += 1
                self._rewrite(lines[limit:])
                if done:
                    log.info("outbox: %d turn(s) stored late", done)
                return done
        except BlockingIOError:
            return 0
        except OSError as exc:
            log.error("outbox: could not read or rewrite: %s", type(exc).__name__)
            return 0

    def _failed(self, line: bytes) -> bytes | None:
        """The line with one more failed attempt counted, or None once it is set aside."""
        raw = json.loads(line)
        raw["attempts"] = int(raw.get("attempts", 0)) + 1
        encoded = json.dumps(raw, separators=(",", ":")).encode()
        if raw["attempts"] < MAX_ATTEMPTS:
            return encoded
        _append(self._rejected_path, encoded + b"\n")
        return None

    def _read(self) -> list[bytes]:
        try:
            return [line for line in self.path.read_bytes().splitlines() if line.strip()]
        except FileNotFoundError:
            return []

    def _rewrite(self, lines: list[bytes]) -> None:
        temporary = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, b"".join(line + b"\n" for line in lines))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, self.path)

    @contextmanager
    def _locked(self, *, blocking: bool) -> Iterator[None]:
        self._lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if blocking else fcntl.LOCK_EX | fcntl.LOCK_NB)
            yield
        finally:
            os.close(fd)  # closing releases the lock


def _append(path: Path, data: bytes) -> None:
    """Append durably to a file readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _parse(line: bytes) -> tuple[Turn, PersonState, Reply, StateWrite] | None:
    try:
        raw = json.loads(line)
        turn = Turn.model_validate(raw["turn"])
        state = PersonState.model_validate(raw["state"])
        reply = Reply.model_validate({"events": raw["events"]})
        stand_in = raw.get("stand_in", True) is not False  # unsure: never let it replace a stored state
    except (ValueError, KeyError, TypeError, AttributeError, ValidationError):
        return None
    if state.user_id != turn.user_id:
        return None
    return turn, state, reply, "if new person" if stand_in else "if newer"
