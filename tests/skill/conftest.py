"""Fixtures for the Alexa channel: a test CA standing in for Amazon's, and Flask apps around skills."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from ask_sdk_core.skill import CustomSkill
from flask import Flask

from skill.app import SkillSettings, create_skill_blueprint, create_verifier
from skill.hello import build_hello_skill
from tests.skill.alexa_ca import SKILL_ID, FakeAmazonCA, make_test_ca


@pytest.fixture(scope="session")
def test_ca() -> FakeAmazonCA:
    return make_test_ca()


@pytest.fixture
def roots_file(test_ca: FakeAmazonCA, tmp_path: Path) -> Path:
    return test_ca.write_roots(tmp_path)


@pytest.fixture
def make_app(test_ca: FakeAmazonCA, roots_file: Path) -> Callable[..., Flask]:
    """A Flask app with the skill endpoint, verification on against the test CA (offline fetcher)."""

    def build(skill: CustomSkill | None = None, **blueprint_kw: object) -> Flask:
        settings = SkillSettings(skill_id=SKILL_ID, verify=True, trust_roots=str(roots_file))
        verifier = create_verifier(settings, fetcher=test_ca.fetch)
        app = Flask("test-skill")
        app.register_blueprint(create_skill_blueprint(skill or build_hello_skill(), verifier,
                                                      **blueprint_kw))  # type: ignore[arg-type]
        return app

    return build
