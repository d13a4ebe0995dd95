"""The one error the store raises: the database could not do what was asked."""

from __future__ import annotations


class StoreUnavailable(Exception):
    """The database is down, unreachable, locked too long, or refused the write.

    The message is short and plain (what failed, and the error class): never SQL, row data or a password,
    because callers log it and channels may speak a summary of it.
    """
