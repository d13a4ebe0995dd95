"""End to end in a real headless Chromium (Debian's, driven by playwright-core from Node): a patient shares
by voice in typed mode, a caregiver signs in, links with the spoken code, sees the timeline and the drawn
chart; the patient revokes by voice and the caregiver's next page load is locked out.

Everything is a real process: `aria serve` on a fresh SQLite file, `aria voice --text --jsonl` for the
patient, `aria caregiver add-account` for the operator, Chromium for the caregiver. Screenshots go to
tests/browser/screenshots/ (git-ignored) and are kept after the run.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHOTS = HERE / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
PASSWORD = "correct horse battery"
DIGITS = {w: str(n) for n, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven",
                                         "eight", "nine"])}

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARIA_")}
    return {**env, "ARIA_DATA_DIR": str(tmp_path / "data"), "ARIA_SKILL_ID": "amzn1.ask.skill.browser-test",
            "PYTHONUNBUFFERED": "1"}


def aria(env: dict[str, str], *args: str, lines: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coach", *args], input="\n".join(lines or []) + "\n", text=True,
                          capture_output=True, env=env, cwd=ROOT, timeout=300)


def patient(env: dict[str, str], *said: str) -> list[dict[str, Any]]:
    """One typed-mode session of the patient `pat`: every reply as the JSON object the coach printed."""
    done = aria(env, "voice", "--text", "--jsonl", "--user", "pat", lines=list(said))
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def spoken_code(replies: list[dict[str, Any]]) -> str:
    [speech] = [r["speech"] for r in replies if "Here is the link code:" in r["speech"]]
    words = speech.split("Here is the link code:")[1].split(".")[0]
    return "".join(DIGITS[w.strip()] for w in words.split(","))


@pytest.fixture
def server(env: dict[str, str]) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "coach", "serve", "--port", str(port)], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            if proc.poll() is not None:
                pytest.fail(f"aria serve exited early:\n{proc.stdout.read() if proc.stdout else ''}")
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("aria serve did not answer /healthz")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


class Browser:
    """tests/browser/drive.mjs as a child process: one JSON command in, one JSON answer out."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(["node", str(HERE / "drive.mjs")], cwd=HERE, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     env={**os.environ, "CHROMIUM_PATH": CHROMIUM})

    def do(self, **command: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            err = self.proc.stderr.read() if self.proc.stderr else ""
            pytest.fail(f"the browser driver died:\n{err}")
        answer: dict[str, Any] = json.loads(line)
        assert answer["ok"], answer.get("error")
        return answer

    def close(self) -> None:
        if self.proc.poll() is None and self.proc.stdin is not None:
            self.proc.stdin.write(json.dumps({"cmd": "quit"}) + "\n")
            self.proc.stdin.flush()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@pytest.fixture
def browser() -> Iterator[Browser]:
    if shutil.which("node") is None:
        pytest.fail("node is not installed: ./dev setup installs nodejs and npm")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: ./dev setup installs Debian's chromium")
    if not (HERE / "node_modules" / "playwright-core").is_dir():
        pytest.fail("tests/browser/node_modules is missing: ./dev setup runs npm ci there")
    driver = Browser()
    yield driver
    driver.close()


def test_link_by_spoken_code_see_timeline_and_chart_then_locked_out_after_revoking(
        server: str, env: dict[str, str], browser: Browser) -> None:
    SHOTS.mkdir(exist_ok=True)
    for old in SHOTS.glob("*.png"):
        old.unlink()
    made = aria(env, "caregiver", "add-account", "--email", "jane@example.org", "--name", "Jane Doe",
                lines=[PASSWORD])
    assert made.returncode == 0, made.stderr

    # The patient: onboarding, a daily check-in (weekly questions too), a craving exercise, then sharing.
    replies = patient(env, "no", "no", "check in", "six", "five", "four", "seven hours", "no", "no",
                      "stress at work", "a walk", "not at all", "not at all", "not at all", "not at all",
                      "i'm having a craving", "eight", "box breathing", "stop",
                      "share my progress with my caregiver", "the usual", "thirty days", "no", "yes")
    code = spoken_code(replies)
    assert len(code) == 6

    seen = browser.do(cmd="link", base=server, email="jane@example.org", password=PASSWORD, code=code,
                      name="Pat", shots=str(SHOTS))
    assert seen["heading"] == "Pat"
    assert "42 CFR part 2 prohibits unauthorized use or disclosure of these records." in seen["notice"]
    assert "911" in seen["emergency"] and "988" in seen["emergency"]
    timeline = "\n".join(seen["timeline"])
    assert "Daily check-in done" in timeline and "Craving exercise" in timeline
    assert "stress at work" not in timeline  # notes were not shared
    assert seen["chartPixels"] > 500, "the chart canvas is blank"
    assert seen["chartBox"]["width"] <= 390  # fits a phone screen
    assert seen["errors"] == []  # no script errors, no CSP violations
    assert all(url.startswith(server) for url in seen["requests"]), seen["requests"]

    # The patient hears who looked, then takes it back.
    later = patient(env, "who looked at my logs", "stop sharing", "yes")
    heard = " ".join(r["speech"] for r in later)
    assert "Jane Doe looked at your logs" in heard
    assert "Nobody can see your logs now" in heard

    locked = browser.do(cmd="reload", shots=str(SHOTS), name="3-after-revoking")
    assert locked["status"] == 404
    assert "no active sharing" in locked["text"] and "Daily check-in done" not in locked["text"]
    assert sorted(p.name for p in SHOTS.glob("*.png")) == ["1-patients-empty.png", "2-patient.png",
                                                            "3-after-revoking.png"]
