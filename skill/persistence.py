"""ask-sdk persistence on the project's store: a person's state, keyed by the Alexa user id.

Persistent attributes are `{"state": PersonState}` (the model itself: nothing but this adapter ever
serialises them, so a JSON round trip per request would be pure cost). The SDK's save_attributes can only hand
over attributes, but a turn also produces events (check-ins, exercise runs, safety events) that must be
written in the same transaction as the state, so `save_turn` is the method the response interceptor
uses; save_attributes stays for callers that only have attributes.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_model import RequestEnvelope

from coach.models import PersonState, Reply, Turn
from coach.service import StateStore
from coach.store.store import StateWrite

STATE_KEY = "state"


def alexa_user_id(request_envelope: RequestEnvelope) -> str:
    context = request_envelope.context
    if context is not None and context.system is not None and context.system.user is not None:
        return str(context.system.user.user_id)
    session = request_envelope.session
    if session is not None and session.user is not None:
        return str(session.user.user_id)
    raise ValueError("request has no user id")


class SqliteWriteLock:
    """One writer at a time across threads and gunicorn workers, for a SQLite file.

    SQLite lets a blocked writer poll with growing sleeps (1, 2, 5, 10 ... 100 ms) until the lock frees;
    with a few workers writing, that backoff makes the slowest turns take a second (measured: p99 1.1 s
    vs 0.15 s with this lock, 3 processes on this machine). Here a waiter retries every half
    millisecond instead. After `timeout_s` the write goes ahead unlocked and SQLite's own locking takes
    over, so a stuck process can delay a turn but never hang it.
    """

    POLL_S = 0.0005

    def __init__(self, database: str, timeout_s: float = 2.0) -> None:
        self.path = Path(database + ".write-lock")
        self.timeout_s = timeout_s
        self._thread_lock = threading.Lock()
        # The lock file stays open between turns (opening it cost as much as a SQLite statement), but
        # only in the process that opened it: a forked worker sharing the parent's open file would share
        # its flock too, and the two would no longer exclude each other.
        self._handle: BinaryIO | None = None
        self._handle_pid = 0

    @contextmanager
    def hold(self) -> Iterator[None]:
        if not self._thread_lock.acquire(timeout=self.timeout_s):
            yield
            return
        try:
            fd = self._fd()
            if fd is None:
                yield  # no lock file (directory gone, read-only): the store will report the write
                return
            locked = self._lock(fd)
            try:
                yield
            finally:
                if locked:
                    fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            self._thread_lock.release()

    def _fd(self) -> int | None:
        """This process's open lock file (called with the thread lock held)."""
        if self._handle is None or self._handle_pid != os.getpid():
            try:
                self._handle = open(self.path, "a+b")  # noqa: SIM115 - kept open for the process's life
            except OSError:
                self._handle = None
                return None
            self._handle_pid = os.getpid()
        return self._handle.fileno()

    def _lock(self, fd: int) -> bool:
        deadline = time.monotonic() + self.timeout_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return False
                time.sleep(self.POLL_S)


def sqlite_write_lock(store: object) -> SqliteWriteLock | None:
    """A write lock for stores on a SQLite file (None for other databases, or in-memory SQLite)."""
    engine = getattr(store, "engine", None)
    url = getattr(engine, "url", None)
    if url is None or url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return SqliteWriteLock(str(Path(database).expanduser()))


class StorePersistenceAdapter(AbstractPersistenceAdapter):  # type: ignore[misc]
    def __init__(self, store: StateStore) -> None:
        self.store = store
        self._write_lock = sqlite_write_lock(store)

    def get_attributes(self, request_envelope: RequestEnvelope) -> dict[str, Any]:
        """Raises the store's error (StoreUnavailable) when the database cannot answer."""
        state = self.store.load_state(alexa_user_id(request_envelope))
        return {STATE_KEY: state} if state is not None else {}

    def save_attributes(self, request_envelope: RequestEnvelope, attributes: dict[str, Any]) -> None:
        user_id = alexa_user_id(request_envelope)
        raw = attributes.get(STATE_KEY) or {"user_id": user_id}
        state = raw if isinstance(raw, PersonState) else PersonState.model_validate(raw)
        session = request_envelope.session
        turn = Turn(user_id=user_id, channel="alexa", kind="utterance", now=datetime.now(UTC),
                    session_id=session.session_id if session is not None else None)
        self.store.save_turn(turn, state, Reply())

    def delete_attributes(self, request_envelope: RequestEnvelope) -> None:
        # Forgetting a person is a store-level operation (history rows too), not a state overwrite.
        delete = getattr(self.store, "delete_person", None)
        if delete is None:
            raise NotImplementedError("the store has no delete_person(user_id)")
        delete(alexa_user_id(request_envelope))

    def save_turn(self, turn: Turn, state: PersonState, reply: Reply, state_write: StateWrite = "always") -> None:
        """State, session row and events in one store transaction (state_write: see Store.save_turn)."""
        if self._write_lock is None:
            self.store.save_turn(turn, state, reply, state_write=state_write)
            return
        with self._write_lock.hold():
            self.store.save_turn(turn, state, reply, state_write=state_write)
