"""`aria serve` and the gunicorn entry point as real processes: verification on by default, the dev flag warns."""

from __future__ import annotations

import http.client
import json
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.serve_cli import create_app
from tests.skill.alexa_ca import body_of, launch

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(port: int, proc: subprocess.Popen[str]) -> None:
    for _ in range(150):
        if proc.poll() is not None:
            raise AssertionError(f"server exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("server did not start")


def post(port: int, body: bytes) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("POST", "/alexa", body=body, headers={"Content-Type": "application/json"})
    resp = conn.getresponse()
    return resp.status, resp.read().decode()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ARIA_")}
    return {**clean, "ARIA_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}


def run(cmd: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield proc
    finally:
        proc.terminate()
        proc.wait(10)


def test_without_a_skill_id_the_app_starts_and_alexa_gets_a_clear_503(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    for name in ("ARIA_SKILL_ID", "ARIA_INSECURE_SKIP_ALEXA_VERIFICATION", "ARIA_VERIFY_ALEXA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ARIA_DATA_DIR", str(tmp_path))
    with caplog.at_level(logging.ERROR):
        app = create_app()
    assert "ARIA_SKILL_ID is not set" in caplog.text
    client = app.test_client()
    reply = client.post("/alexa", data=body_of(launch()), content_type="application/json")
    assert reply.status_code == 503
    assert "ARIA_SKILL_ID" in reply.get_json()["reason"]
    assert client.get("/caregiver/login").status_code == 200
    assert client.get("/healthz").status_code == 200


def test_aria_serve_with_the_dev_flag_answers_unsigned_requests_and_warns(env: dict[str, str]) -> None:
    port = free_port()
    cmd = [sys.executable, "-m", "coach", "serve", "--port", str(port), "--insecure-skip-verification"]
    for proc in run(cmd, env):
        wait_for(port, proc)
        status, text = post(port, body_of(launch(skill_id="amzn1.ask.skill.dev")))
        assert status == 200
        assert "benzos" in json.loads(text)["response"]["outputSpeech"]["ssml"].lower()
        home = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        home.request("GET", "/")
        landing = home.getresponse()
        assert (landing.status, landing.getheader("Location")) == (302, "/caregiver/")
        proc.terminate()
        _, err = proc.communicate(timeout=10)
        assert "VERIFICATION IS OFF" in err


def test_gunicorn_entry_point_verifies_by_default(env: dict[str, str]) -> None:
    port = free_port()
    env = {**env, "ARIA_SKILL_ID": "amzn1.ask.skill.prod"}
    cmd = [str(Path(sys.executable).parent / "gunicorn"), "-w", "1", "-b", f"127.0.0.1:{port}",
           "coach.serve_cli:create_app()"]
    for proc in run(cmd, env):
        wait_for(port, proc)
        status, text = post(port, body_of(launch(skill_id="amzn1.ask.skill.prod")))  # unsigned
        assert status == 400 and json.loads(text)["reason"] == "cert_url"
        status, _ = post(port, b"{not json")
        assert status == 400
