"""The app gunicorn loads in the reliability tests and the load bench: `tests.reliability.app_factory:create_app()`.

It is `coach.serve_cli.create_app` exactly as production builds it (verification on, store from
ARIA_DATABASE_URL), with one change at the network edge: the signing chain Alexa names at
https://s3.amazonaws.com/echo.api/... is downloaded by the real `skill.certs.fetch_url` (urllib, timeout,
size limit) from ARIA_TEST_CERT_ORIGIN (a local HTTP server the test runs) instead of from Amazon.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit

from coach.serve_cli import create_app as production_app
from skill.certs import fetch_url


def local_fetcher(origin: str) -> Any:
    def fetch(url: str) -> bytes:
        return fetch_url(origin.rstrip("/") + urlsplit(url).path)

    return fetch


def create_app() -> Any:
    return production_app(fetcher=local_fetcher(os.environ["ARIA_TEST_CERT_ORIGIN"]))
