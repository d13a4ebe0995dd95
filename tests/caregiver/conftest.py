"""Caregiver fixtures: every store-backed caregiver test runs on SQLite and on a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from coach.store import Store
from coach.store.consent import ConsentStore

from .web import make_app


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    fixture = "sqlite_url" if request.param == "sqlite" else "fresh_postgres_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store(db_url)
    yield s
    s.close()


@pytest.fixture
def consents(store: Store) -> ConsentStore:
    return ConsentStore(store)


@pytest.fixture
def app(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Flask:
    """The real app from `aria serve`, on this test's database; the session key is made in ARIA_DATA_DIR."""
    monkeypatch.delenv("ARIA_SECRET_KEY", raising=False)
    monkeypatch.delenv("ARIA_BEHIND_TLS", raising=False)
    monkeypatch.setenv("ARIA_DATA_DIR", str(tmp_path / "data"))
    return make_app(store)
