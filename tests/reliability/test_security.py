"""Security review of the whole web surface, as tests that fail when a regression comes back.

- Every response (the Alexa endpoint, the health check, 404s and 405s, every caregiver page and static
  file) carries the headers from coach/web_security.py; nothing but static files may be cached.
- HTML pages contain nothing the Content-Security-Policy would block (inline scripts, event-handler
  attributes, inline styles, javascript: URLs), so the strict policy never has to be loosened.
- No secret reaches the logs: the session key, passwords, link codes, CSRF tokens, session cookies,
  Alexa signatures, the database password, captured at DEBUG while they are used.
- No transcript reaches the logs: a crisis utterance typed, spoken to the skill and sent while the
  database is down, captured at DEBUG; the person's words never appear.
- SQL only through SQLAlchemy's expression language: a scan of the source tree for raw SQL strings
  handed to execute()/text(), outside the Alembic migrations, listing every offender.
"""

from __future__ import annotations

import ast
import io
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from flask import Flask, request
from flask.testing import FlaskClient

from coach.content import Content, default_content
from coach.models import ConsentGranted, PersonState, Reply, Turn
from coach.safety import screen
from coach.serve_cli import create_app
from coach.service import Coach
from coach.store import Store
from coach.web_security import CONTENT_SECURITY_POLICY, install
from skill.app import SkillSettings
from tests.skill.alexa_ca import SKILL_ID, FakeAmazonCA, alexa_request, body_of, make_test_ca

ROOT = Path(__file__).resolve().parents[2]
CONTENT: Content = default_content()
CA: FakeAmazonCA = make_test_ca()

SECRET_KEY = "s3cr3t-session-key-" + "k" * 40
PASSWORD = "correct horse battery staple 42"
LINK_CODE = "493817"
# Words no reply, prompt or log line would ever contain by themselves; the screen must flag the sentence.
CRISIS_WORDS = "I want to kill myself tonight, aquamarine tortoise"
MARKERS = ("aquamarine", "tortoise")

EXPECTED_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(f"sqlite:///{tmp_path / 'aria.db'}")
    yield s
    s.close()


@pytest.fixture
def app(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Flask:
    monkeypatch.setenv("ARIA_SECRET_KEY", SECRET_KEY)
    monkeypatch.setenv("ARIA_DATA_DIR", str(tmp_path))
    roots = CA.write_roots(tmp_path)
    settings = SkillSettings(skill_id=SKILL_ID, verify=True, trust_roots=str(roots))
    return create_app(store=store, content=CONTENT, settings=settings, fetcher=CA.fetch)


# ---- a caregiver in a test client ----------------------------------------------------------------

_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


class Browser:
    def __init__(self, client: FlaskClient) -> None:
        self.client = client
        self.tokens: list[str] = []

    def token(self, page: str) -> str:
        found = _TOKEN.search(self.client.get(page).get_data(as_text=True))
        assert found, f"no CSRF token on {page}"
        self.tokens.append(found.group(1))
        return found.group(1)

    def submit(self, page: str, action: str, form: dict[str, str]) -> Any:
        return self.client.post(action, data={**form, "csrf_token": self.token(page)})


def linked_caregiver(app: Flask, store: Store) -> Browser:
    """Sign up, and link a patient who shared everything with a one-time code (as the voice flow writes it)."""
    now = datetime.now(UTC)
    turn = Turn(user_id="amzn1.ask.account.PATIENT", now=now, text="share everything")
    store.save_turn(turn, PersonState(user_id=turn.user_id), Reply(events=[ConsentGranted(
        code=LINK_CODE, categories=["activity", "trends", "checkin_answers", "use_disclosures", "medication",
                                    "safety_events", "notes"], days=30, allow_export=True)]))
    browser = Browser(app.test_client())
    resp = browser.submit("/caregiver/signup", "/caregiver/signup", {
        "name": "Jane Doe", "email": "jane@example.org", "password": PASSWORD, "password_again": PASSWORD})
    assert resp.status_code in (200, 302, 303), resp.get_data(as_text=True)[:500]
    resp = browser.submit("/caregiver/", "/caregiver/link", {"code": LINK_CODE, "display_name": "Sam"})
    assert resp.status_code in (200, 302, 303)
    return browser


def crawl(client: FlaskClient, start: list[str], limit: int = 40) -> dict[str, Any]:
    """GET every same-site link (href/src) reachable from `start`; path -> response."""
    seen: dict[str, Any] = {}
    queue = list(start)
    while queue and len(seen) < limit:
        path = queue.pop(0)
        if path in seen:
            continue
        resp = client.get(path)
        seen[path] = resp
        if resp.mimetype == "text/html":
            links = LinkParser.links(resp.get_data(as_text=True))
            for link in links:
                target = urlsplit(urljoin("http://localhost" + path, link))
                if target.netloc == "localhost" and "logout" not in target.path:
                    queue.append(target.path)
    return seen


class LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.found.append(value)

    @classmethod
    def links(cls, html: str) -> list[str]:
        parser = cls()
        parser.feed(html)
        return parser.found


class CspViolations(HTMLParser):
    """What `script-src 'self'; style-src 'self'` would block in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script":
            kind = (values.get("type") or "").lower()
            # A JSON data block is never executed, so CSP allows it; any other script needs a src.
            self._in_script = not values.get("src") and kind not in ("application/json", "application/ld+json")
        if tag == "style":
            self.problems.append("<style> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...> event handler")
            if name == "style":
                self.problems.append(f"<{tag} style=...> inline style")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}=javascript:...>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.problems.append(f"inline script: {data.strip()[:60]!r}")

    @classmethod
    def of(cls, html: str) -> list[str]:
        parser = cls()
        parser.feed(html)
        return parser.problems


def is_static(path: str) -> bool:
    return "/static/" in path


def check_headers(path: str, resp: Any) -> None:
    for name, value in EXPECTED_HEADERS.items():
        assert resp.headers.get(name) == value, f"{path} ({resp.status_code}): {name} = {resp.headers.get(name)!r}"
    assert "camera=()" in resp.headers.get("Permissions-Policy", "")
    assert "frame-ancestors 'none'" in resp.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in resp.headers["Content-Security-Policy"]
    if not is_static(path):
        assert resp.headers.get("Cache-Control") == "no-store", f"{path}: {resp.headers.get('Cache-Control')!r}"
    assert "Strict-Transport-Security" not in resp.headers  # not behind TLS in this app


# ---- headers -------------------------------------------------------------------------------------


def test_security_headers_on_every_kind_of_response(app: Flask) -> None:
    client = app.test_client()
    body = body_of(alexa_request({"type": "LaunchRequest"}, new=True))
    responses = {
        "/alexa (signed)": client.post("/alexa", data=body, headers=CA.good.headers(body)),
        "/alexa (forged)": client.post("/alexa", data=body, headers={"Signature-256": "x"}),
        "/alexa (GET)": client.get("/alexa"),
        "/healthz": client.get("/healthz"),
        "/no-such-page": client.get("/no-such-page"),
    }
    assert responses["/alexa (signed)"].status_code == 200
    assert responses["/alexa (forged)"].status_code == 400
    assert responses["/alexa (GET)"].status_code == 405
    assert responses["/no-such-page"].status_code == 404
    for path, resp in responses.items():
        check_headers(path, resp)


def test_every_route_of_the_app_is_covered(app: Flask, store: Store) -> None:
    """Every GET route in the URL map (caregiver pages included), logged out and logged in."""
    rules = [r for r in app.url_map.iter_rules() if "GET" in (r.methods or set())]
    assert any(r.rule.startswith("/caregiver") for r in rules), "caregiver pages are not registered"
    paths = [re.sub(r"<(?:int:)?[^>]+>", "1", r.rule) for r in rules if "static" not in r.endpoint]
    anonymous = app.test_client()
    for path in paths:
        check_headers(path, anonymous.get(path))
    browser = linked_caregiver(app, store)
    pages = crawl(browser.client, ["/caregiver/"])
    assert any(re.search(r"/caregiver/patients/\d+$", p) for p in pages), f"patient page not reached: {list(pages)}"
    assert any(is_static(p) for p in pages), "no static file was linked"
    for path, resp in pages.items():
        check_headers(path, resp)
        assert resp.status_code == 200, path


def test_caregiver_pages_have_nothing_the_policy_would_block(app: Flask, store: Store) -> None:
    browser = linked_caregiver(app, store)
    pages = crawl(browser.client, ["/caregiver/", "/caregiver/login", "/caregiver/signup"])
    html_pages = {p: r for p, r in pages.items() if r.mimetype == "text/html"}
    assert len(html_pages) >= 3
    problems = {p: CspViolations.of(r.get_data(as_text=True)) for p, r in html_pages.items()}
    assert not any(problems.values()), {p: v for p, v in problems.items() if v}


def test_the_policy_checker_finds_what_it_must() -> None:
    page = ('<p style="color:red" onclick="x()">a</p><script>alert(1)</script><style>p{}</style>'
            '<a href="javascript:void(0)">b</a><script src="/s.js"></script>'
            '<script type="application/json">{}</script>')
    assert len(CspViolations.of(page)) == 5


def test_behind_tls_adds_hsts_secure_cookies_and_trusts_only_the_configured_proxies() -> None:
    seen: dict[str, Any] = {}

    def probe_app(**kw: Any) -> FlaskClient:
        app = Flask("probe")
        app.secret_key = "x" * 40

        @app.get("/probe")
        def probe() -> str:
            from flask import session

            session["k"] = "v"
            seen.update(scheme=request.scheme, remote=request.remote_addr)
            return "ok"

        install(app, **kw)
        return app.test_client()

    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}
    resp = probe_app(behind_tls=True, trusted_proxies=1).get("/probe", headers=forwarded)
    assert resp.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    cookie = resp.headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert seen == {"scheme": "https", "remote": "203.0.113.9"}
    # Without a configured proxy, anybody's X-Forwarded-* headers are ignored.
    resp = probe_app(behind_tls=False, trusted_proxies=0).get("/probe", headers=forwarded)
    assert "Strict-Transport-Security" not in resp.headers and "Secure" not in resp.headers["Set-Cookie"]
    assert seen == {"scheme": "http", "remote": "127.0.0.1"}


def test_a_view_keeps_its_own_policy_header_and_gets_the_rest() -> None:
    app = Flask("probe")

    @app.get("/embed")
    def embed() -> tuple[str, dict[str, str]]:
        return "ok", {"x-frame-options": "SAMEORIGIN", "Content-Security-Policy": "default-src 'none'"}

    install(app, behind_tls=False, trusted_proxies=0)
    resp = app.test_client().get("/embed")
    assert resp.headers.getlist("X-Frame-Options") == ["SAMEORIGIN"]  # any case, never doubled
    assert resp.headers.getlist("Content-Security-Policy") == ["default-src 'none'"]
    assert resp.headers["X-Content-Type-Options"] == "nosniff" and resp.headers["Referrer-Policy"] == "no-referrer"


def test_cookie_sessions_open_on_caregiver_pages_and_not_on_the_alexa_endpoint(app: Flask) -> None:
    from flask.sessions import NullSession, SecureCookieSession

    with app.test_request_context("/alexa", method="POST"):
        from flask import session

        assert isinstance(session._get_current_object(), NullSession)  # type: ignore[attr-defined]
    with app.test_request_context("/caregiver/login"):
        from flask import session

        current = session._get_current_object()  # type: ignore[attr-defined]
        assert isinstance(current, SecureCookieSession) and not isinstance(current, NullSession)
    resp = app.test_client().get("/caregiver/login")
    cookie = resp.headers.get("Set-Cookie", "")  # the login form's CSRF token lives in the session
    assert resp.status_code == 200 and cookie.startswith(app.config["SESSION_COOKIE_NAME"] + "=")


def test_proxy_count_must_be_a_whole_number(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARIA_TRUSTED_PROXIES", "nginx")
    with pytest.raises(ValueError, match="ARIA_TRUSTED_PROXIES"):
        install(Flask("probe"))


# ---- logs ----------------------------------------------------------------------------------------


def logged_text(caplog: pytest.LogCaptureFixture) -> str:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return "\n".join(formatter.format(r) for r in caplog.records)


def test_no_secrets_in_logs(app: Flask, store: Store, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = app.test_client()
    signatures = []
    for request_ in ({"type": "LaunchRequest"}, {"type": "IntentRequest", "intent": {"name": "ShareProgressIntent"}}):
        body = body_of(alexa_request(request_, user_id="amzn1.ask.account.PATIENT"))
        headers = CA.good.headers(body)
        signatures.append(headers["Signature-256"])
        assert client.post("/alexa", data=body, headers=headers).status_code == 200
    tampered = body_of(alexa_request({"type": "LaunchRequest"}))
    assert client.post("/alexa", data=tampered, headers={**CA.good.headers(b"other"),
                                                          "Content-Type": "application/json"}).status_code == 400
    browser = linked_caregiver(app, store)
    assert browser.client.get("/caregiver/").status_code == 200
    stranger = Browser(app.test_client())
    wrong = stranger.submit("/caregiver/login", "/caregiver/login", {"email": "jane@example.org",
                                                                      "password": PASSWORD + "x"})
    assert wrong.status_code in (200, 400, 401, 403, 429)
    cookie = browser.client.get_cookie("aria_caregiver", path="/caregiver")
    assert cookie is not None
    secrets_used = [SECRET_KEY, PASSWORD, LINK_CODE, cookie.value, *browser.tokens, *stranger.tokens,
                    "amzn1.ask.account.PATIENT",  # who is talking to the skill is nobody's business either
                    *(s[:24] for s in signatures)]
    logs = logged_text(caplog)
    assert caplog.records, "nothing was logged at all: the capture is not working"
    leaked = [s[:12] + "..." for s in secrets_used if s and s in logs]
    assert not leaked, f"secrets in the logs: {leaked}"


def test_no_database_password_in_logs_when_the_database_is_down(caplog: pytest.LogCaptureFixture,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level(logging.DEBUG)
    password = "db-pa55word-" + "p" * 12
    monkeypatch.setenv("ARIA_DATABASE_URL", f"postgresql+psycopg://aria:{password}@127.0.0.1:1/aria")
    monkeypatch.setenv("ARIA_SECRET_KEY", SECRET_KEY)
    app = create_app(content=CONTENT, settings=SkillSettings(skill_id=None, verify=False))
    body = body_of(alexa_request({"type": "LaunchRequest"}, skill_id="amzn1.ask.skill.dev"))
    assert app.test_client().post("/alexa", data=body).status_code == 200
    logs = logged_text(caplog)
    assert "unavailable" in logs  # the outage itself is logged...
    assert password not in logs  # ...without the credentials


def test_no_transcript_in_logs_typed_skill_and_outage(app: Flask, tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    assert "suicide" in screen(CRISIS_WORDS).flags  # a crisis utterance, not just odd words
    caplog.set_level(logging.DEBUG)

    # Typed mode, the way `aria voice --text` runs it: a real store, then a store that is down.
    from local_voice.text_mode import run

    out = io.StringIO()
    run(Coach(content=CONTENT, store=Store(f"sqlite:///{tmp_path / 'typed.db'}")), "typed-person",
        io.StringIO(f"hello\n{CRISIS_WORDS}\nmy note is {CRISIS_WORDS}\n"), out, jsonl=True)
    assert "nine eight eight" in out.getvalue()
    down = Coach(content=CONTENT, store=Store("postgresql+psycopg://aria@127.0.0.1:1/aria", upgrade=False))
    reply = down.handle(Turn(user_id="typed-person", channel="text", text=CRISIS_WORDS, now=datetime.now(UTC)))
    assert "suicide" in reply.flags and down.unsaved_turns == 1

    # The skill: free text carrying the words, and a crisis intent.
    client = app.test_client()
    name = CONTENT.intents.intents["free_text"].alexa_name
    body = body_of(alexa_request({"type": "IntentRequest", "intent": {
        "name": name, "slots": {"text": {"name": "text", "value": CRISIS_WORDS}}}},
        user_id="amzn1.ask.account.SPEAKER"))
    resp = client.post("/alexa", data=body, headers=CA.good.headers(body))
    assert resp.status_code == 200 and "nine eight eight" in resp.get_data(as_text=True)

    logs = logged_text(caplog).lower()
    assert caplog.records, "nothing was logged at all: the capture is not working"
    assert "unavailable" in logs  # the outage was logged, so its log lines were really checked
    assert not [m for m in MARKERS if m in logs], "the person's words are in the logs"
    assert "kill myself" not in logs


# ---- SQL only through SQLAlchemy's expression language --------------------------------------------

SOURCE_DIRS = ("coach", "skill", "local_voice", "caregiver", "content", "bench")
EXECUTE_NAMES = {"execute", "executemany", "executescript", "exec_driver_sql"}
# Fixed connection set-up statements with no data in them (SQLite pragmas, the BEGIN mode hook). Each
# entry is a file and the exact source of the call; anything new, even in the same file, is flagged.
ALLOWED = {
    ("coach/store/connect.py", 'cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")'),
    ("coach/store/connect.py", 'cursor.execute("PRAGMA journal_mode = WAL")'),
    ("coach/store/connect.py", 'cursor.execute("PRAGMA foreign_keys = ON")'),
    ("coach/store/connect.py", 'cursor.execute("PRAGMA synchronous = NORMAL")'),
    # Transaction control, not data: SQLite's BEGIN with its locking mode has no expression form.
    ("coach/store/connect.py", 'conn.connection.driver_connection.execute(f"BEGIN {mode}")'),
    ("coach/store/sqlite_turns.py", 'driver.execute("BEGIN IMMEDIATE")'),
}


def _is_sql_string(node: ast.expr) -> bool:
    """A literal, f-string, concatenation or %/.format() of strings: SQL written by hand."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _is_sql_string(node.left) or _is_sql_string(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _is_sql_string(node.func.value)
    return False


def raw_sql_calls(source: str, filename: str) -> list[tuple[int, str]]:
    """(line, source) of every text(...) call and every execute-like call given a SQL string."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        raw = name in ("text", "literal_column") and bool(node.args) and _is_sql_string(node.args[0])
        raw = raw or (name in EXECUTE_NAMES and bool(node.args) and _is_sql_string(node.args[0]))
        if raw:
            found.append((node.lineno, ast.get_source_segment(source, node) or name))
    return found


def test_sql_goes_only_through_sqlalchemy_expressions() -> None:
    offenders = []
    files = [p for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py")
             if "migrations" not in p.parts and ".venv" not in p.parts]
    assert len(files) > 30
    for path in files:
        rel = path.relative_to(ROOT).as_posix()
        for line, call in raw_sql_calls(path.read_text(encoding="utf-8"), rel):
            if (rel, call) not in ALLOWED:
                offenders.append(f"{rel}:{line}: {call}")
    assert not offenders, "raw SQL outside migrations (use SQLAlchemy expressions):\n" + "\n".join(offenders)


def test_the_sql_scan_finds_raw_sql_in_every_form() -> None:
    sample = '''
from sqlalchemy import text
conn.execute(text("SELECT * FROM people WHERE user_id = '" + uid + "'"))
conn.execute("DELETE FROM people")
cur.execute(f"SELECT * FROM people WHERE id = {pid}")
cur.executescript("DROP TABLE people;")
conn.exec_driver_sql("SELECT %s" % uid)
conn.execute("SELECT {}".format(uid))
conn.execute(select(people).where(people.c.id == pid))
'''
    lines = [line for line, _ in raw_sql_calls(sample, "sample.py")]
    assert sorted(lines) == [3, 4, 5, 6, 7, 8], lines


# ---- dependencies pinned -----------------------------------------------------------------------------


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not pinned with =="
            pins[canonical(name)] = version.strip()
    return pins


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_dependency_is_pinned_at_the_installed_version() -> None:
    """Walk the installed requirement tree of coach-aria-voice[dev]: each one pinned, at the version in use."""
    from importlib import metadata

    from packaging.requirements import Requirement

    pins = _pins()
    problems, seen = [], set()
    queue = [(Requirement(r), "coach-aria-voice[dev]") for r in metadata.requires("coach-aria-voice") or []]
    while queue:
        req, parent = queue.pop()
        extras = {"dev"} if parent == "coach-aria-voice[dev]" else set()
        if req.marker is not None and not any(req.marker.evaluate({"extra": e}) for e in extras or {""}):
            continue
        name = canonical(req.name)
        if name in seen:
            continue
        seen.add(name)
        installed = metadata.version(req.name)
        if name not in pins:
            problems.append(f"{req.name} (needed by {parent}) is not in constraints.txt")
        elif pins[name] != installed:
            problems.append(f"{req.name}: constraints.txt pins {pins[name]}, {installed} is installed")
        queue += [(Requirement(r), req.name) for r in metadata.requires(req.name) or []]
    assert len(seen) > 30  # the walk really went through the tree
    assert not problems, "\n".join(problems)


# ---- deployment: the skill manifest states how the endpoint's certificate was issued ----------------


def test_skill_manifest_certificate_type_is_trusted_unless_told_otherwise(tmp_path: Path) -> None:
    """docs/deploy.md relies on it: a CA-issued certificate is "Trusted", the only type certification takes."""
    import json

    from skill.cli import main as skill_main

    def certificate_type(*extra: str) -> str:
        assert skill_main(["model", "--out", str(tmp_path), "--endpoint", "https://aria.example.org/alexa",
                           *extra]) == 0
        manifest = json.loads((tmp_path / "skill-package" / "skill.json").read_text())
        endpoint = manifest["manifest"]["apis"]["custom"]["endpoint"]
        assert endpoint["uri"] == "https://aria.example.org/alexa"
        return str(endpoint["sslCertificateType"])

    assert certificate_type() == "Trusted"
    assert certificate_type("--ssl-certificate-type", "Wildcard") == "Wildcard"
