"""Real processes and servers for the reliability tests (and bench/bench_load.py).

- `CertOrigin`: a local HTTP server standing in for Amazon's S3 at the network edge; it serves the test CA's
  signing chain, and on request answers slowly (a hung origin) so the skill's fetch timeout is exercised.
- `SkillServer`: gunicorn with 2+ sync workers running `tests.reliability.app_factory:create_app()`, i.e.
  the production app with verification on, over the database at `database_url`.
- `HttpClient`: the Flask-test-client shape (`post(path, data=, headers=)`) over a real TCP connection, so
  `tests.skill.alexa_client.AlexaPerson` drives the real server unchanged.
- `worker_serving`: which gunicorn worker holds a client's connection (from /proc), to kill exactly it.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
APP = "tests.reliability.app_factory:create_app()"
SLOW_ORIGIN_S = 60.0  # far beyond the skill's fetch timeout: only the timeout can end the wait


class CertOrigin:
    """Serves `chain` at any /echo.api/... path; paths containing "slow" hang for SLOW_ORIGIN_S first."""

    def __init__(self, chain: bytes) -> None:
        origin = self
        self.chain = chain
        self.requests: list[str] = []
        self._released = threading.Event()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                origin.requests.append(self.path)
                if "slow" in self.path:
                    origin._released.wait(SLOW_ORIGIN_S)
                if not self.path.startswith("/echo.api/"):
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(origin.chain)))
                self.end_headers()
                with contextlib.suppress(OSError):  # the skill may have given up already
                    self.wfile.write(origin.chain)

            def log_message(self, *args: object) -> None:
                pass

        self._handler = Handler
        self._serve(0)

    def _serve(self, port: int) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", port), self._handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.port = self.server.server_port
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def refuse(self) -> None:
        """Stop listening: connections to the origin are refused until `resume()`."""
        self.server.shutdown()
        self.server.server_close()

    def resume(self) -> None:
        self._serve(self.port)

    def close(self) -> None:
        self._released.set()
        self.refuse()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def closed_port_url() -> str:
    """An http origin on a loopback port nobody listens on (connections are refused at once)."""
    return f"http://127.0.0.1:{free_port()}"


@dataclass
class SkillServer:
    """gunicorn serving the skill; `start()` waits until /healthz answers."""

    database_url: str
    skill_id: str
    trust_roots: Path
    cert_origin: str
    workers: int = 2
    extra_env: dict[str, str] = field(default_factory=dict)
    port: int = 0
    proc: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None

    def env(self) -> dict[str, str]:
        clean = {k: v for k, v in os.environ.items() if not k.startswith("ARIA_")}
        data = {"ARIA_DATA_DIR": str(self.log_path.parent / f"data-{self.port}")} if self.log_path else {}
        return {**clean, **data, "PYTHONPATH": str(ROOT), "ARIA_DATABASE_URL": self.database_url,
                "ARIA_SKILL_ID": self.skill_id, "ARIA_ALEXA_TRUST_ROOTS": str(self.trust_roots),
                "ARIA_TEST_CERT_ORIGIN": self.cert_origin, **self.extra_env}

    def start(self, log_dir: Path) -> SkillServer:
        self.port = free_port()
        self.log_path = log_dir / f"gunicorn-{self.port}.log"
        cmd = [str(Path(sys.executable).parent / "gunicorn"), "--chdir", str(ROOT), "-w", str(self.workers),
               "-b", f"127.0.0.1:{self.port}", "--timeout", "60", "--graceful-timeout", "5", APP]
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(cmd, env=self.env(), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        self.wait_ready()
        return self

    def wait_ready(self, timeout_s: float = 60) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"gunicorn exited with {self.proc.returncode}:\n{self.log()}")
            with contextlib.suppress(OSError):
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200 and len(self.worker_pids()) == self.workers:
                    return
            time.sleep(0.1)
        raise AssertionError(f"gunicorn did not become ready:\n{self.log()}")

    def worker_pids(self) -> list[int]:
        assert self.proc is not None
        try:
            text = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text()
        except OSError:
            return []
        return [int(p) for p in text.split()]

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path and self.log_path.exists() else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # quick shutdown: nothing of the test is left in flight
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)

    def client(self, timeout_s: float = 30) -> HttpClient:
        return HttpClient(self.port, timeout_s)


@dataclass
class HttpResponse:
    status_code: int
    body: bytes

    def get_data(self, as_text: bool = False) -> Any:
        return self.body.decode() if as_text else self.body


class HttpClient:
    """POSTs over a fresh loopback TCP connection per request, like Alexa's edge does to a sync worker."""

    def __init__(self, port: int, timeout_s: float = 30) -> None:
        self.port = port
        self.timeout_s = timeout_s

    def connect(self) -> http.client.HTTPConnection:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout_s)
        conn.connect()
        return conn

    def post(self, path: str, data: bytes, headers: dict[str, str]) -> HttpResponse:
        conn = self.connect()
        try:
            return send(conn, path, data, headers)
        finally:
            conn.close()


def send(conn: http.client.HTTPConnection, path: str, data: bytes, headers: dict[str, str]) -> HttpResponse:
    conn.request("POST", path, body=data, headers=headers)
    resp = conn.getresponse()
    return HttpResponse(resp.status, resp.read())


def _socket_inode(server_port: int, client_port: int) -> int | None:
    """The inode of the server side of a loopback TCP connection, from /proc/net/tcp."""
    want_local, want_remote = f"0100007F:{server_port:04X}", f"0100007F:{client_port:04X}"
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        parts = line.split()
        if parts[1] == want_local and parts[2] == want_remote and parts[9] != "0":
            return int(parts[9])
    return None


def worker_serving(server: SkillServer, conn: http.client.HTTPConnection, timeout_s: float = 30) -> int:
    """The pid of the gunicorn worker that accepted `conn` (waits until one has)."""
    assert conn.sock is not None
    client_port = conn.sock.getsockname()[1]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        inode = _socket_inode(server.port, client_port)
        if inode is not None:
            target = f"socket:[{inode}]"
            for pid in server.worker_pids():
                with contextlib.suppress(OSError):
                    for fd in Path(f"/proc/{pid}/fd").iterdir():
                        with contextlib.suppress(OSError):
                            if os.readlink(fd) == target:
                                return pid
        time.sleep(0.02)
    raise AssertionError("no worker accepted the connection")


def kill(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
