"""The real certificate download (urllib) against a real local HTTP server: size limit and timeout."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from skill.certs import fetch_url
from tests.skill.alexa_ca import FakeAmazonCA


class _Handler(BaseHTTPRequestHandler):
    chain = b""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/slow":
            time.sleep(2)
        body = b"x" * 200_000 if self.path == "/huge" else self.chain
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client may hang up first; that is the point
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def origin(test_ca: FakeAmazonCA) -> Iterator[str]:
    _Handler.chain = test_ca.good.chain_pem
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_fetch_returns_the_chain(origin: str, test_ca: FakeAmazonCA) -> None:
    assert fetch_url(f"{origin}/echo.api/cert.pem") == test_ca.good.chain_pem


def test_fetch_refuses_a_body_over_the_size_limit(origin: str) -> None:
    with pytest.raises(ValueError, match="larger than"):
        fetch_url(f"{origin}/huge", max_bytes=64 * 1024)


def test_fetch_gives_up_after_its_timeout(origin: str) -> None:
    with pytest.raises(OSError):  # socket.timeout / TimeoutError are OSErrors
        fetch_url(f"{origin}/slow", timeout=0.3)
