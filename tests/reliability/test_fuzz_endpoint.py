"""Property-based fuzzing of the Alexa endpoint through the real Flask app (`coach.serve_cli.create_app`).

With verification ON (production): random bodies and headers, mutations of correctly signed requests
(flipped or cut bytes, forged or foreign signatures, odd certificate URLs, stale timestamps, other skill
ids) are always refused with a clean HTTP 400, and only an untouched request gets a 200.
With verification OFF (the development flag): Alexa-shaped JSON with random request types, intents,
slots, missing fields, huge strings and unicode gets either a clean 400 or a 200 whose speech follows
Alexa's rules and is never empty for a launch or an intent. In neither mode does any request give a
500, let an exception escape, or reach the skill's last-resort exception path.

Runs are deterministic by default (derandomize) so CI is stable; ARIA_FUZZ_RANDOM=1 explores new examples.
"""

from __future__ import annotations

import base64
import contextlib
import html
import json
import logging
import os
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.content import Content, default_content
from coach.serve_cli import create_app
from coach.store import Store
from skill.app import SkillSettings
from tests.skill.alexa_ca import CERT_URL, SKILL_ID, FakeAmazonCA, alexa_request, body_of, make_test_ca
from tests.skill.alexa_client import Said, check_alexa_rules

ROOT = Path(__file__).resolve().parents[2]
CONTENT: Content = default_content()
# Module-level rather than a fixture so a failing example does not print a whole certificate chain.
CA: FakeAmazonCA = make_test_ca()
ALEXA_INTENTS = sorted(spec.alexa_name for spec in CONTENT.intents.intents.values())
SPEAKING_TYPES = {"LaunchRequest", "IntentRequest"}

FUZZ = settings(
    max_examples=int(os.environ.get("ARIA_FUZZ_EXAMPLES", "120")),
    deadline=None,
    derandomize=not os.environ.get("ARIA_FUZZ_RANDOM"),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


class Records(logging.Handler):
    """Every log record of the app while a test runs (ERROR ones mean an exception path was taken)."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def errors(self) -> list[str]:
        return [f"{r.name}: {r.getMessage()}" for r in self.records if r.levelno >= logging.ERROR]


@pytest.fixture(scope="module")
def records() -> Iterator[Records]:
    handler = Records()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield handler
    root.removeHandler(handler)
    root.setLevel(old_level)


def build_app(directory: Path, settings_: SkillSettings) -> Flask:
    store = Store(f"sqlite:///{directory / 'aria.db'}")
    return create_app(store=store, content=CONTENT, settings=settings_, fetcher=CA.fetch)


@pytest.fixture(scope="module")
def verified(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    directory = tmp_path_factory.mktemp("fuzz-verified")
    roots = CA.write_roots(directory)
    return build_app(directory, SkillSettings(skill_id=SKILL_ID, verify=True, trust_roots=str(roots))).test_client()


@pytest.fixture(scope="module")
def unverified(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    directory = tmp_path_factory.mktemp("fuzz-dev")
    return build_app(directory, SkillSettings(skill_id=None, verify=False)).test_client()


# ---- what every answer must look like ---------------------------------------------------------


def check_answer(resp: Any, records: Records, *, allowed: set[int]) -> dict[str, Any]:
    """A clean answer: an allowed status, JSON, no trace of an exception anywhere."""
    text = resp.get_data(as_text=True)
    assert resp.status_code in allowed, f"{resp.status_code}: {text[:300]}"
    assert "Traceback" not in text and "Exception" not in text
    assert resp.headers.get("X-Content-Type-Options") == "nosniff"
    errors = records.errors()
    records.records.clear()
    assert not errors, f"an exception path was taken: {errors}"
    if resp.status_code == 400 and resp.mimetype == "text/html":
        # Refused by Werkzeug before any view ran (e.g. an invalid Host header): its plain error page.
        assert "Bad Request" in text
        return {}
    assert resp.mimetype == "application/json"
    payload = json.loads(text)
    if resp.status_code == 400:
        assert payload["error"] == "bad_request" and re.fullmatch(r"[a-z_]+", payload["reason"])
    return payload


# ---- strategies ------------------------------------------------------------------------------

# What an HTTP server can hand a WSGI app as a header value: latin-1 without control characters.
header_text = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"),
                      max_size=200)
header_names = st.sampled_from(["SignatureCertChainUrl", "Signature-256", "Signature", "Content-Type",
                                "Content-Encoding", "Transfer-Encoding", "X-Forwarded-For", "Host"])
cert_urls = st.one_of(
    st.builds(lambda scheme, host, port, path: f"{scheme}://{host}{port}{path}",
              st.sampled_from(["https", "HTTPS", "http", "ftp", "file", ""]),
              st.sampled_from(["s3.amazonaws.com", "S3.AmazonAWS.com", "s3.amazonaws.com.evil.example",
                               "evil.example", "user:pw@s3.amazonaws.com", "[::1]", "s3.amazonaws.com:443@x", ""]),
              st.sampled_from(["", ":443", ":8443", ":0", ":99999", ":abc", ":-1"]),
              st.one_of(st.sampled_from(["/echo.api/echo-api-cert-test.pem", "/echo.api/../x.pem", "/ECHO.API/x",
                                         "/echo.api/%2e%2e/x.pem", "/echo.api/", "/echo.api", "//echo.api/x",
                                         "/echo.api/x.pem?a=b#c", "/echo.api/expired.pem", "/echo.api/rogue.pem"]),
                        header_text.map(lambda t: "/echo.api/" + t))),
    header_text,
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
big_text = st.one_of(st.text(max_size=60), st.integers(1, 40_000).map(lambda n: "é" * n),
                     st.text(min_size=1, max_size=8).map(lambda s: s * 3000))
weird_text = st.one_of(st.text(max_size=60), st.sampled_from(["", " ", "\x00", "🙂🙂", "i want to kill myself",
                                                              "purple", "7", "-1", "1e309", "NaN"]))


def stamp(offset_s: float = 0.0) -> str:
    return (datetime.now(UTC) + timedelta(seconds=offset_s)).strftime("%Y-%m-%dT%H:%M:%SZ")


@st.composite
def slot_maps(draw: st.DrawFn) -> Any:
    if draw(st.integers(0, 9)) == 0:
        return draw(json_values)  # not even a mapping
    slots: dict[str, Any] = {}
    for name in draw(st.lists(st.one_of(st.sampled_from(["number", "answer", "text", "exercise", "time", "who"]),
                                        st.text(max_size=12)), max_size=4, unique=True)):
        shape = draw(st.integers(0, 5))
        if shape == 0:
            slots[name] = None
        elif shape == 1:
            slots[name] = draw(json_values)
        else:
            slot: dict[str, Any] = {"name": name, "value": draw(st.one_of(big_text, weird_text, json_values)),
                                    "confirmationStatus": "NONE"}
            if shape == 3:
                slot["resolutions"] = {"resolutionsPerAuthority": [{
                    "authority": "amzn1.er-authority.x", "status": {"code": draw(st.sampled_from(
                        ["ER_SUCCESS_MATCH", "ER_SUCCESS_NO_MATCH", "ER_ERROR_TIMEOUT", "bogus"]))},
                    "values": draw(st.one_of(st.just([]), st.lists(st.fixed_dictionaries(
                        {"value": st.fixed_dictionaries({"name": weird_text, "id": weird_text})}), max_size=2)))}]}
            elif shape == 4:
                slot["resolutions"] = draw(json_values)
            slots[name] = slot
    return slots


@st.composite
def envelopes(draw: st.DrawFn, *, skill_id: str = SKILL_ID) -> dict[str, Any]:
    """Alexa-shaped requests, mostly plausible, with any part possibly odd or missing."""
    kind = draw(st.one_of(st.sampled_from(["LaunchRequest", "IntentRequest", "IntentRequest", "IntentRequest",
                                           "SessionEndedRequest", "CanFulfillIntentRequest",
                                           "System.ExceptionEncountered", "AudioPlayer.PlaybackStarted",
                                           "Alexa.Presentation.APL.UserEvent", "Connections.Response"]),
                          st.text(max_size=20)))
    request: dict[str, Any] = {"type": kind, "requestId": draw(weird_text), "locale": draw(
        st.sampled_from(["en-US", "en-GB", "de-DE", "", "xx"])),
        "timestamp": draw(st.one_of(st.just(stamp()), st.just(stamp()), st.sampled_from(
            ["", "yesterday", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-13-40T99:99:99Z"]),
            st.integers(-10**15, 10**15), json_values))}
    if kind == "IntentRequest" or draw(st.booleans()):
        request["intent"] = {"name": draw(st.one_of(st.sampled_from(ALEXA_INTENTS), st.text(max_size=30))),
                             "confirmationStatus": draw(st.sampled_from(["NONE", "CONFIRMED", "DENIED", "weird"])),
                             "slots": draw(slot_maps())}
    if kind == "SessionEndedRequest":
        request["reason"] = draw(st.sampled_from(["USER_INITIATED", "ERROR", "EXCEEDED_MAX_REPROMPTS", "x"]))
    user_id = draw(st.one_of(st.just("amzn1.ask.account.FUZZ"), st.text(min_size=1, max_size=40),
                             st.integers(300, 5000).map(lambda n: "amzn1.ask.account." + "A" * n)))
    attributes = draw(st.one_of(st.just({}), st.dictionaries(st.text(max_size=10), json_values, max_size=3),
                                st.fixed_dictionaries({"aria_state": json_values}),
                                st.fixed_dictionaries({"aria_state": st.fixed_dictionaries(
                                    {"user_id": st.just(user_id), "activity": json_values})})))
    envelope = alexa_request(request, skill_id=skill_id, user_id=user_id, attributes=attributes,
                             new=draw(st.booleans()))
    envelope["request"] = request  # alexa_request fills defaults in; keep the drawn (odd) fields as drawn
    # Take parts away: every field Alexa normally sends may be missing.
    for path in draw(st.lists(st.sampled_from([("session",), ("context",), ("version",), ("session", "user"),
                                                ("context", "System", "user"), ("session", "attributes"),
                                                ("request", "timestamp"), ("request", "locale"),
                                                ("request", "requestId"), ("request", "intent")]),
                              max_size=3)):
        node: Any = envelope
        for key in path[:-1]:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, dict):
            node.pop(path[-1], None)
    if draw(st.integers(0, 5)) == 0:  # no user id anywhere: rare from Alexa, but must not break the skill
        envelope.get("session", {}).pop("user", None)
        envelope.get("context", {}).get("System", {}).pop("user", None)
    if draw(st.integers(0, 9)) == 0:
        envelope[draw(st.text(max_size=8))] = draw(json_values)
    return envelope


def speech_of(payload: dict[str, Any]) -> str:
    return Said(payload).speech


def check_skill_answer(resp: Any, records: Records, envelope: dict[str, Any], body: bytes) -> None:
    payload = check_answer(resp, records, allowed={200, 400})
    if resp.status_code == 400:
        if payload["reason"] == "body_too_large":
            assert len(body) > 128 * 1024
        return
    said = Said(payload)
    check_alexa_rules(said)
    request = envelope.get("request") or {}
    if request.get("type") in SPEAKING_TYPES:
        assert said.speech.strip(), f"silent 200 for {request.get('type')}"


# ---- verification ON: only the untouched, correctly signed request gets through -------------------


@FUZZ
@given(body=st.one_of(st.binary(max_size=3000), json_values.map(lambda v: json.dumps(v).encode())),
       headers=st.dictionaries(header_names, header_text, max_size=5))
def test_random_bodies_and_headers_are_refused(verified: FlaskClient, records: Records, body: bytes,
                                              headers: dict[str, str]) -> None:
    resp = verified.post("/alexa", data=body, headers=headers)
    check_answer(resp, records, allowed={400})


def signed_request(kind: str) -> tuple[bytes, dict[str, str]]:
    request: dict[str, Any] = {"type": "LaunchRequest"} if kind == "launch" else {
        "type": "IntentRequest", "intent": {"name": "CravingIntent", "confirmationStatus": "NONE", "slots": {}}}
    body = body_of(alexa_request(request, user_id="amzn1.ask.account.SIGNED", new=kind == "launch"))
    return body, CA.good.headers(body)


mutations = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 10**6)),
    st.tuples(st.just("append"), st.binary(min_size=1, max_size=50)),
    st.tuples(st.just("signature"), st.one_of(header_text, st.binary(max_size=300).map(
        lambda b: base64.b64encode(b).decode()))),
    st.tuples(st.just("cert_url"), cert_urls),
    st.tuples(st.just("drop"), st.sampled_from(["SignatureCertChainUrl", "Signature-256"])),
    st.tuples(st.just("signer"), st.sampled_from(["expired", "wrong_san", "untrusted"]), st.booleans()),
    st.tuples(st.just("timestamp"), st.one_of(st.integers(-10**6, -170), st.integers(170, 10**6),
                                              st.integers(-120, 120))),
    st.tuples(st.just("skill_id"), st.text(max_size=60)),
)


@FUZZ
@given(kind=st.sampled_from(["launch", "intent"]), mutation=mutations)
def test_mutated_signed_requests_are_refused_and_only_genuine_ones_pass(
        verified: FlaskClient, records: Records, kind: str, mutation: tuple[Any, ...]) -> None:
    body, headers = signed_request(kind)
    original = (body, dict(headers))
    what = mutation[0]
    genuine = False  # set when the mutation still leaves a request Amazon could have sent
    if what == "flip":
        i = mutation[1] % len(body)
        body = body[:i] + bytes([body[i] ^ mutation[2]]) + body[i + 1:]
    elif what == "cut":
        body = body[: mutation[1] % len(body)]
    elif what == "append":
        body = body + mutation[1]
    elif what == "signature":
        headers["Signature-256"] = mutation[1]
    elif what == "cert_url":
        headers["SignatureCertChainUrl"] = mutation[1]
    elif what == "drop":
        del headers[mutation[1]]
    elif what == "signer":
        signer = getattr(CA, mutation[1])
        headers = signer.headers(body)
        if mutation[2]:  # a real chain's URL, but the signature made by another key
            headers["SignatureCertChainUrl"] = CERT_URL
    elif what in ("timestamp", "skill_id"):
        envelope = json.loads(body)
        if what == "timestamp":
            envelope["request"]["timestamp"] = stamp(mutation[1])
            genuine = abs(mutation[1]) <= 120  # within the 150 s Amazon allows, with room for a slow run
        else:
            envelope["session"]["application"]["applicationId"] = mutation[1]
            envelope["context"]["System"]["application"]["applicationId"] = mutation[1]
            genuine = mutation[1] == SKILL_ID
        body = body_of(envelope)
        headers = CA.good.headers(body)  # correctly signed: only the content itself is wrong
    genuine = genuine or (body, headers) == original
    resp = verified.post("/alexa", data=body, headers=headers)
    payload = check_answer(resp, records, allowed={200} if genuine else {400})
    if genuine:
        assert speech_of(payload)


@FUZZ
@given(envelope=envelopes())
def test_signed_odd_envelopes_get_a_clean_400_or_speech(verified: FlaskClient, records: Records,
                                                        envelope: dict[str, Any]) -> None:
    """Correctly signed (as if Amazon itself sent something odd): the skill must cope."""
    body = body_of(envelope)
    resp = verified.post("/alexa", data=body, headers=CA.good.headers(body))
    check_skill_answer(resp, records, envelope, body)


# ---- verification OFF (development flag): Alexa-shaped but weird JSON ---------------------------


@FUZZ
@given(envelope=envelopes(skill_id="amzn1.ask.skill.dev"))
def test_weird_alexa_json_gets_a_clean_400_or_non_empty_speech(unverified: FlaskClient, records: Records,
                                                               envelope: dict[str, Any]) -> None:
    body = body_of(envelope)
    resp = unverified.post("/alexa", data=body, headers={"Content-Type": "application/json"})
    check_skill_answer(resp, records, envelope, body)


@FUZZ
@given(raw=st.one_of(st.binary(max_size=2000), json_values.map(lambda v: json.dumps(v).encode()),
                     st.text(max_size=300).map(lambda t: ('{"request": ' + t).encode("utf-8", "surrogatepass"))))
def test_random_bytes_without_verification_are_refused_cleanly(unverified: FlaskClient, records: Records,
                                                               raw: bytes) -> None:
    resp = unverified.post("/alexa", data=raw, headers={"Content-Type": "application/json"})
    check_answer(resp, records, allowed={200, 400})


def test_every_crisis_intent_still_speaks_with_odd_slots(unverified: FlaskClient, records: Records) -> None:
    """Crisis intents with junk slots and a session nobody has seen: the crisis speech, not an error."""
    for name, spec in CONTENT.intents.intents.items():
        if not spec.safety_flag:
            continue
        envelope = alexa_request({"type": "IntentRequest", "intent": {
            "name": spec.alexa_name, "confirmationStatus": "NONE",
            "slots": {"x": {"name": "x", "value": "🙂" * 500}, "y": None}}}, skill_id="amzn1.ask.skill.dev",
            user_id=f"amzn1.ask.account.CRISIS.{name}", attributes={"aria_state": {"garbage": [1, 2]}})
        resp = unverified.post("/alexa", data=body_of(envelope), headers={"Content-Type": "application/json"})
        said = Said(check_answer(resp, records, allowed={200}))
        expected = " ".join(CONTENT.safety.flags[spec.safety_flag].speech.split())
        assert " ".join(html.unescape(said.speech).split()).startswith(expected), name


# ---- oversized bodies: refused before they are read ----------------------------------------------

TEN_MB = 10 * 1024 * 1024


def test_a_10_mb_body_is_refused_by_the_endpoint(verified: FlaskClient, records: Records) -> None:
    resp = verified.post("/alexa", data=b"{" + b" " * TEN_MB, headers={"Content-Type": "application/json"})
    assert check_answer(resp, records, allowed={400})["reason"] == "body_too_large"


def test_every_route_has_a_request_body_limit(verified: FlaskClient) -> None:
    """Not only /alexa: MAX_CONTENT_LENGTH (coach.web_security) caps what any view can be made to read."""
    limit = verified.application.config["MAX_CONTENT_LENGTH"]
    assert limit is not None and limit <= 1024 * 1024
    app = Flask("limit-probe")
    from coach.web_security import install

    install(app)

    @app.post("/echo")
    def echo() -> str:
        from flask import request

        return str(len(request.get_data()))

    client = app.test_client()
    assert client.post("/echo", data=b"x" * 1000).get_data(as_text=True) == "1000"
    assert client.post("/echo", data=b"x" * TEN_MB).status_code == 413


# Against gunicorn itself, over raw sockets, because only a real server shows whether a worker waits for
# a body it should never read. The socket timeout is a hang guard, not a measurement: a server that
# waited for the promised 10 MB would never answer, and the test fails with a timeout.
HANG_GUARD_S = 30.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _children(pid: int) -> set[int]:
    text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    return {int(p) for p in text.split()}


@pytest.fixture(scope="module")
def gunicorn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, subprocess.Popen[str]]]:
    """The production entry point, one sync worker, verification on."""
    directory = tmp_path_factory.mktemp("fuzz-gunicorn")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARIA_")}
    env.update(ARIA_SKILL_ID=SKILL_ID, ARIA_DATA_DIR=str(directory), PYTHONPATH=str(ROOT))
    cmd = [str(Path(sys.executable).parent / "gunicorn"), "-w", "1", "-b", f"127.0.0.1:{port}",
           "coach.serve_cli:create_app()"]
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(600):  # start-up loads content and migrates the store: seconds on a busy machine
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                if _request(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")[0] == 200:
                    break
            except OSError:
                threading.Event().wait(0.1)
        yield port, proc
    finally:
        proc.terminate()
        proc.wait(20)


def _request(port: int, head: bytes, body_parts: list[bytes] = ()) -> tuple[int, bytes]:  # type: ignore[assignment]
    """Send `head`, then the body parts from a thread (the server may stop reading), return status and body."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=HANG_GUARD_S)
    with sock:
        sock.sendall(head)

        def send_rest() -> None:
            with contextlib.suppress(OSError):
                for part in body_parts:
                    sock.sendall(part)

        sender = threading.Thread(target=send_rest, daemon=True)
        sender.start()
        data = b""
        with contextlib.suppress(ConnectionResetError):
            while b"\r\n\r\n" not in data or not _complete(data):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data.split(b"\r\n\r\n", 1)[1]


def _complete(data: bytes) -> bool:
    head, _, body = data.partition(b"\r\n\r\n")
    match = re.search(rb"(?i)content-length:\s*(\d+)", head)
    return match is not None and len(body) >= int(match.group(1))


def _worker_still_serves(port: int, proc: subprocess.Popen[str], workers: set[int]) -> None:
    assert _request(port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")[0] == 200
    body = body_of(alexa_request({"type": "LaunchRequest"}))
    status, answer = _request(port, b"POST /alexa HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                              b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
    assert status == 400 and json.loads(answer)["reason"] == "cert_url"  # unsigned: refused as usual
    assert proc.poll() is None and _children(proc.pid) == workers  # the same worker, not a replacement


def test_a_content_length_of_10_mb_is_refused_before_the_body_arrives(
        gunicorn: tuple[int, subprocess.Popen[str]]) -> None:
    port, proc = gunicorn
    workers = _children(proc.pid)
    head = (b"POST /alexa HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n\r\n" % TEN_MB)
    status, body = _request(port, head, [b"{" + b" " * 1023])  # 1 KB of the promised 10 MB, then nothing
    assert status == 400 and json.loads(body)["reason"] == "body_too_large"
    _worker_still_serves(port, proc, workers)


def test_a_body_longer_than_its_content_length_is_cut_there(gunicorn: tuple[int, subprocess.Popen[str]]) -> None:
    port, proc = gunicorn
    workers = _children(proc.pid)
    envelope = body_of(alexa_request({"type": "LaunchRequest"}))
    head = (b"POST /alexa HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(envelope))
    status, body = _request(port, head, [envelope, b"x" * TEN_MB])  # 10 MB more than declared
    assert status == 400 and json.loads(body)["reason"] == "cert_url"  # the declared bytes were judged
    _worker_still_serves(port, proc, workers)


def test_an_endless_chunked_body_is_refused_at_the_limit(gunicorn: tuple[int, subprocess.Popen[str]]) -> None:
    port, proc = gunicorn
    workers = _children(proc.pid)
    head = b"POST /alexa HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    chunk = b"%x\r\n%s\r\n" % (16384, b" " * 16384)
    status, body = _request(port, head, [chunk] * 40)  # 640 KB and no final chunk: it never ends by itself
    assert status in (400, 413)
    if status == 400:
        assert json.loads(body)["reason"] == "body_too_large"
    _worker_still_serves(port, proc, workers)
