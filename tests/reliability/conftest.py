"""Fixtures for the reliability tests: the test CA, a local stand-in for Amazon's cert origin, and gunicorn."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from coach.content import Content, default_content
from tests.reliability.servers import CertOrigin, SkillServer
from tests.skill.alexa_ca import SKILL_ID, FakeAmazonCA, make_test_ca


@pytest.fixture(scope="session")
def reliability_ca() -> FakeAmazonCA:
    return make_test_ca()


@pytest.fixture(scope="session")
def reliability_content() -> Content:
    return default_content()


@pytest.fixture
def cert_origin(reliability_ca: FakeAmazonCA) -> Iterator[CertOrigin]:
    origin = CertOrigin(reliability_ca.good.chain_pem)
    yield origin
    origin.close()


@pytest.fixture
def skill_server(reliability_ca: FakeAmazonCA, cert_origin: CertOrigin,
                 tmp_path: Path) -> Iterator[Callable[..., SkillServer]]:
    """`skill_server(database_url, workers=2, cert_origin=None)`: a started gunicorn, stopped afterwards."""
    roots = reliability_ca.write_roots(tmp_path)
    started: list[SkillServer] = []

    def start(database_url: str, *, workers: int = 2, origin: str | None = None, **kw: Any) -> SkillServer:
        server = SkillServer(database_url=database_url, skill_id=SKILL_ID, trust_roots=roots,
                             cert_origin=origin or cert_origin.url, workers=workers, **kw)
        started.append(server)
        return server.start(tmp_path)

    yield start
    for server in started:
        server.stop()
