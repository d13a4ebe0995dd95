"""Caregiver accounts on the real pages: sign-up, sign-in, cookies, CSRF, rate limits, sign-out, the
session key, on SQLite and PostgreSQL."""

from __future__ import annotations

import html
import os
import stat
from pathlib import Path

import pytest
from flask import Flask

from caregiver.secret import load_secret_key
from coach.store import Store
from coach.store.consent import ConsentStore

from .helpers import NOW, grant
from .web import PASSWORD, Caregiver, make_app


def cookie_header(answer: object) -> str:
    [cookie] = [c for c in answer.headers.getlist("Set-Cookie") if c.startswith("aria_caregiver=")]  # type: ignore[attr-defined]
    return cookie


def test_sign_up_signs_in_with_a_locked_down_cookie(app: Flask) -> None:
    jane = Caregiver(app)
    answer = jane.signup()
    assert answer.status_code == 303 and answer.headers["Location"].endswith("/caregiver/")
    cookie = cookie_header(answer)
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/caregiver" in cookie
    assert "Secure" not in cookie  # plain HTTP in development: a Secure cookie would never come back
    page = html.unescape(jane.text("/caregiver/"))
    assert "Signed in as Jane Doe" in page and "Nobody shares with you" in page


def test_behind_tls_the_cookie_is_secure(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARIA_BEHIND_TLS", "1")
    monkeypatch.setenv("ARIA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("ARIA_SECRET_KEY", raising=False)
    app = make_app(store)
    client = app.test_client()
    page = client.get("/caregiver/login", base_url="https://care.example.org")
    assert "Secure" in cookie_header(page)
    assert page.headers["Strict-Transport-Security"].startswith("max-age=")


def test_sign_in_with_the_right_password_only(app: Flask, store: Store) -> None:
    ConsentStore(store).create_caregiver("jane@example.org", "Jane Doe", PASSWORD, NOW)
    jane = Caregiver(app)
    wrong = jane.login(password="not the password")
    assert wrong.status_code == 401 and "don't match" in html.unescape(wrong.get_data(as_text=True))
    assert jane.get("/caregiver/").status_code == 303
    right = jane.login(email="JANE@example.org ")
    assert right.status_code == 303 and right.headers["Location"].endswith("/caregiver/")
    assert jane.get("/caregiver/").status_code == 200


def test_sign_in_is_rate_limited(app: Flask, store: Store) -> None:
    ConsentStore(store).create_caregiver("jane@example.org", "Jane Doe", PASSWORD, NOW)
    attacker = Caregiver(app, address="203.0.113.66")
    for n in range(5):
        assert attacker.login(password=f"guess {n}").status_code == 401
    blocked = attacker.login()  # even the right password, for now
    assert blocked.status_code == 429 and "paused for fifteen minutes" in blocked.get_data(as_text=True)
    # The account is protected from any address.
    assert Caregiver(app, address="192.0.2.10").login().status_code == 429


def test_csrf_token_missing_or_wrong_is_refused(app: Flask, store: Store) -> None:
    ConsentStore(store).create_caregiver("jane@example.org", "Jane Doe", PASSWORD, NOW)
    jane = Caregiver(app)
    form = {"email": "jane@example.org", "password": PASSWORD}
    for token in ("", "x" * 43):
        refused = jane.post("/caregiver/login", form, token=token)
        assert refused.status_code == 400 and "expired" in refused.get_data(as_text=True)
    # Another session's real token is no good either.
    other = Caregiver(app).token()
    assert jane.post("/caregiver/login", form, token=other).status_code == 400
    assert jane.get("/caregiver/").status_code == 303  # still signed out
    assert jane.login().status_code == 303
    grant(store, "pat", "472019")
    for token in ("", other):
        assert jane.post("/caregiver/link", {"code": "472019"}, token=token).status_code == 400
        assert jane.post("/caregiver/logout", token=token).status_code == 400
    assert "Nobody shares with you" in jane.text("/caregiver/")  # the code was not used
    assert jane.link("472019").status_code == 303


def test_the_token_changes_at_sign_in(app: Flask, store: Store) -> None:
    ConsentStore(store).create_caregiver("jane@example.org", "Jane Doe", PASSWORD, NOW)
    jane = Caregiver(app)
    before = jane.token()
    assert jane.login().status_code == 303
    assert jane.token("/caregiver/") != before
    assert jane.post("/caregiver/logout", token=before).status_code == 400


def test_sign_out_ends_the_session_even_for_a_copied_cookie(app: Flask, store: Store) -> None:
    jane = Caregiver(app)
    jane.signup()
    stolen = jane.client.get_cookie("aria_caregiver", path="/caregiver")
    assert stolen is not None
    out = jane.post("/caregiver/logout", page="/caregiver/")
    assert out.status_code == 303 and "/caregiver/login" in out.headers["Location"]
    assert jane.get("/caregiver/").status_code == 303
    thief = Caregiver(app)
    thief.client.set_cookie("aria_caregiver", stolen.value, path="/caregiver")
    assert thief.get("/caregiver/").status_code == 303
    # Signing in again works, with a new session.
    assert jane.login().status_code == 303 and jane.get("/caregiver/").status_code == 200


def test_sign_up_checks_its_input(app: Flask) -> None:
    jane = Caregiver(app)
    cases = [({"name": "", "email": "jane@example.org", "password": PASSWORD, "password_again": PASSWORD},
              "Enter your name"),
             ({"name": "Jane", "email": "not an email", "password": PASSWORD, "password_again": PASSWORD},
              "valid email"),
             ({"name": "Jane", "email": "jane@example.org", "password": "short", "password_again": "short"},
              "at least 12"),
             ({"name": "Jane", "email": "jane@example.org", "password": PASSWORD, "password_again": PASSWORD + "!"},
              "not the same")]
    for form, message in cases:
        answer = jane.post("/caregiver/signup", form, page="/caregiver/signup")
        assert answer.status_code == 400 and message in answer.get_data(as_text=True), message
    assert jane.signup().status_code == 303
    again = Caregiver(app).signup(email="Jane@Example.org")
    assert again.status_code == 409 and "already an account" in again.get_data(as_text=True)


def test_sign_ups_from_one_address_are_limited(app: Flask) -> None:
    for n in range(5):
        assert Caregiver(app, address="203.0.113.9").signup(email=f"c{n}@example.org").status_code == 303
    blocked = Caregiver(app, address="203.0.113.9").signup(email="c9@example.org")
    assert blocked.status_code == 429
    assert Caregiver(app, address="203.0.113.10").signup(email="c9@example.org").status_code == 303


def test_sign_up_can_be_turned_off(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARIA_CAREGIVER_SIGNUP", "0")
    monkeypatch.setenv("ARIA_DATA_DIR", str(tmp_path / "data"))
    app = make_app(store)
    visitor = Caregiver(app)
    assert visitor.get("/caregiver/signup").status_code == 404
    assert "Create one" not in visitor.text("/caregiver/login")


def test_the_session_key_is_made_once_and_kept_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARIA_SECRET_KEY", raising=False)
    first = load_secret_key(tmp_path)
    assert len(first) >= 32 and load_secret_key(tmp_path) == first
    mode = stat.S_IMODE(os.stat(tmp_path / "caregiver-secret-key").st_mode)
    assert mode == 0o600
    monkeypatch.setenv("ARIA_SECRET_KEY", "k" * 40)
    assert load_secret_key(tmp_path) == "k" * 40
    monkeypatch.setenv("ARIA_SECRET_KEY", "too short")
    with pytest.raises(ValueError, match="at least 32"):
        load_secret_key(tmp_path)


def test_a_session_signed_with_another_key_is_ignored(store: Store, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARIA_DATA_DIR", str(tmp_path / "one"))
    monkeypatch.delenv("ARIA_SECRET_KEY", raising=False)
    jane = Caregiver(make_app(store))
    jane.signup()
    cookie = jane.client.get_cookie("aria_caregiver", path="/caregiver")
    assert cookie is not None
    monkeypatch.setenv("ARIA_DATA_DIR", str(tmp_path / "two"))
    elsewhere = Caregiver(make_app(store))
    elsewhere.client.set_cookie("aria_caregiver", cookie.value, path="/caregiver")
    assert elsewhere.get("/caregiver/").status_code == 303


def test_a_database_outage_is_a_clear_503(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARIA_DATA_DIR", str(tmp_path / "data"))
    down = Store("postgresql+psycopg://aria@127.0.0.1:9/nowhere?connect_timeout=2", upgrade=False)
    visitor = Caregiver(make_app(down))
    answer = visitor.login()
    assert answer.status_code == 503 and "can't reach" in html.unescape(answer.get_data(as_text=True))


def test_a_session_ends_after_eight_hours(app: Flask) -> None:
    jane = Caregiver(app)
    jane.signup()
    assert jane.get("/caregiver/").status_code == 200
    with jane.client.session_transaction(path="/caregiver/") as session:
        session["t"] = session["t"] - 8 * 3600 - 1
    assert jane.get("/caregiver/").status_code == 303
    assert jane.login().status_code == 303 and jane.get("/caregiver/").status_code == 200
