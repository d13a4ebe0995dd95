"""Build the Coach (engine + store) that the typed and spoken local channels share."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


def make_coach(db_url: str | None = None) -> Any:
    """A Coach on the local store; if the store cannot be opened, a Coach that still talks.

    The coach never refuses to talk because of the database: the safety speech must always be heard, and
    `Coach` itself says plainly when a turn could not be saved.
    """
    from coach.service import Coach
    from coach.store.connect import data_dir
    from coach.store.outbox import LOCAL_OUTBOX_FILE, Outbox

    store = open_store(db_url)
    return Coach(store=store, outbox=Outbox(data_dir() / LOCAL_OUTBOX_FILE))


def open_store(db_url: str | None) -> Any | None:
    try:
        from coach.store import Store
    except ImportError as exc:  # the store package not installed or broken: talk without saving
        log.warning("store not available: %s", exc)
        return None
    try:
        # Store() upgrades the schema itself, so a first run on a fresh computer creates the SQLite file.
        return Store(url=db_url) if db_url else Store()
    except Exception as exc:  # noqa: BLE001 - any driver error: keep talking, Coach reports "not saved"
        log.warning("store unavailable (%s): %s", type(exc).__name__, exc)
    try:
        # Down at start-up: a store that connects on first use, so turns are saved once it is back.
        return Store(url=db_url, upgrade=False) if db_url else Store(upgrade=False)
    except Exception as exc:  # noqa: BLE001 - not even a URL that parses: talk without saving
        log.warning("store cannot be opened (%s)", type(exc).__name__)
        return None
