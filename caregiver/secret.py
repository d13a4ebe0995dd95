"""The key that signs caregiver session cookies.

ARIA_SECRET_KEY when set (a deployment with several machines must set the same value everywhere);
otherwise a random key generated once and kept in ARIA_DATA_DIR/caregiver-secret-key (mode 0600), so
sessions survive a restart and every gunicorn worker on the machine signs with the same key.
"""

from __future__ import annotations

import os
import secrets
import time
from pathlib import Path

from coach.store.connect import data_dir

ENV_NAME = "ARIA_SECRET_KEY"
FILE_NAME = "caregiver-secret-key"
MIN_LENGTH = 32


def load_secret_key(directory: Path | None = None) -> str:
    """The session signing key. Raises ValueError for a configured key too short to be safe."""
    configured = os.environ.get(ENV_NAME, "").strip()
    if configured:
        if len(configured) < MIN_LENGTH:
            raise ValueError(f"{ENV_NAME} must be at least {MIN_LENGTH} characters (use e.g. `openssl rand -hex 32`)")
        return configured
    path = (directory or data_dir()) / FILE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: of several workers starting at once exactly one creates the file; the rest read it.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read(path)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_hex(32))
        handle.flush()
        os.fsync(handle.fileno())
    return _read(path)


def _read(path: Path) -> str:
    # A worker can get here between another's create and write: the file exists but is still empty.
    for _ in range(200):
        key = path.read_text(encoding="ascii").strip()
        if len(key) >= MIN_LENGTH:
            return key
        time.sleep(0.01)
    raise ValueError(f"{path} holds no usable key; delete it and restart to make a new one")
