"""A caregiver in a browser, for Flask test-client tests: keeps cookies, reads the CSRF token from forms."""

from __future__ import annotations

import re
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from coach.serve_cli import create_app
from skill.app import SkillSettings

PASSWORD = "correct horse battery"
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def make_app(store: Any) -> Flask:
    return create_app(store=store, settings=SkillSettings(skill_id=None, verify=False))


class Caregiver:
    def __init__(self, app: Flask, address: str = "198.51.100.20") -> None:
        self.client: FlaskClient = app.test_client()
        self.address = address

    def get(self, path: str) -> TestResponse:
        return self.client.get(path, environ_base={"REMOTE_ADDR": self.address})

    def token(self, page: str = "/caregiver/login") -> str:
        found = _TOKEN.search(self.get(page).get_data(as_text=True))
        assert found is not None, f"no CSRF token on {page}"
        return found.group(1)

    def post(self, path: str, data: dict[str, str] | None = None, *, token: str | None = None,
             page: str = "/caregiver/login") -> TestResponse:
        """POST a form with this session's token (read from `page`), or the `token` given ("" for none)."""
        form = dict(data or {})
        sent = self.token(page) if token is None else token
        if sent:
            form["csrf_token"] = sent
        return self.client.post(path, data=form, environ_base={"REMOTE_ADDR": self.address})

    def signup(self, email: str = "jane@example.org", name: str = "Jane Doe") -> TestResponse:
        return self.post("/caregiver/signup", {"name": name, "email": email, "password": PASSWORD,
                                               "password_again": PASSWORD}, page="/caregiver/signup")

    def login(self, email: str = "jane@example.org", password: str = PASSWORD) -> TestResponse:
        return self.post("/caregiver/login", {"email": email, "password": password})

    def link(self, code: str, display_name: str = "") -> TestResponse:
        return self.post("/caregiver/link", {"code": code, "display_name": display_name}, page="/caregiver/")

    def export(self, person_id: int, fmt: str) -> TestResponse:
        return self.post(f"/caregiver/patients/{person_id}/export.{fmt}", page="/caregiver/")

    def text(self, path: str) -> str:
        return self.get(path).get_data(as_text=True)
