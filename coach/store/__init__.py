"""The store: people, sessions, check-ins, exercise runs and safety events in one SQLAlchemy database.

`Store(url=None, *, upgrade=True)`; SQLite by default, any SQLAlchemy URL via ARIA_DATABASE_URL.
Every database error surfaces as StoreUnavailable.
"""

from coach.store.errors import StoreUnavailable
from coach.store.records import (
    CheckinRecord,
    ExerciseRunRecord,
    PersonEventRecord,
    PersonRecord,
    SafetyEventRecord,
    SessionRecord,
)
from coach.store.store import Store

__all__ = [
    "CheckinRecord",
    "ExerciseRunRecord",
    "PersonEventRecord",
    "PersonRecord",
    "SafetyEventRecord",
    "SessionRecord",
    "Store",
    "StoreUnavailable",
]
