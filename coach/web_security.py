"""Security settings every response of the web app gets (Alexa endpoint, health check, caregiver pages).

`install(app)` is called once by `coach.serve_cli.create_app`, after every blueprint is registered:
- response headers: a strict Content-Security-Policy (scripts and styles only from our own files, so
  no inline script can run even if some caregiver-supplied text were ever rendered unescaped), no
  MIME sniffing, no Referer (caregiver URLs name patients), no framing, no browser features;
- `Cache-Control: no-store` on everything but static files: speech for a person in crisis and
  caregiver pages must never sit in a shared or browser cache;
- HSTS and secure session cookies only when the app is told it runs behind TLS (ARIA_BEHIND_TLS=1),
  because HSTS sent over plain HTTP is meaningless and a secure cookie would break local development;
- ProxyFix when ARIA_TRUSTED_PROXIES=N says how many proxies (nginx, a load balancer) sit in front,
  so the client address and https scheme come from their X-Forwarded-* headers and from nobody else;
- a request body limit (MAX_CONTENT_LENGTH) for every route, so no view can be made to read megabytes.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

from flask import Flask, Request, Response, request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface
from werkzeug.middleware.proxy_fix import ProxyFix

# What the app accepts in one request body. The Alexa endpoint has its own tighter limit (128 KB);
# caregiver forms are a few hundred bytes.
MAX_REQUEST_BYTES = 256 * 1024
HSTS_VALUE = "max-age=31536000; includeSubDomains"

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])

SECURITY_HEADERS: Mapping[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def _proxy_count(value: str | None) -> int:
    try:
        count = int((value or "0").strip() or "0")
    except ValueError:
        raise ValueError(f"ARIA_TRUSTED_PROXIES must be a whole number of proxies, not {value!r}") from None
    if count < 0:
        raise ValueError("ARIA_TRUSTED_PROXIES must not be negative")
    return count


class CookieSessionsExcept(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, except on paths that never use one.

    The Alexa endpoint is such a path: Amazon sends no cookies, and opening an empty session (a signing
    serializer built per request) cost about 5% of an Alexa request. Those requests get Flask's null
    session, which refuses writes, so a handler that tried to use one would fail loudly in tests.
    """

    def __init__(self, paths: Iterable[str]) -> None:
        self.paths = frozenset(paths)

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        if request.path in self.paths:
            return None  # Flask substitutes its null session
        return super().open_session(app, request)


def install(app: Flask, *, behind_tls: bool | None = None, trusted_proxies: int | None = None) -> Flask:
    """Add the headers, body limit, cookie flags and proxy handling. Unset arguments come from the env."""
    if behind_tls is None:
        behind_tls = _truthy(os.environ.get("ARIA_BEHIND_TLS"))
    if trusted_proxies is None:
        trusted_proxies = _proxy_count(os.environ.get("ARIA_TRUSTED_PROXIES"))

    app.config.setdefault("MAX_CONTENT_LENGTH", MAX_REQUEST_BYTES)
    if app.config.get("MAX_CONTENT_LENGTH") is None:
        app.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    if app.config.get("SESSION_COOKIE_SAMESITE") is None:
        app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    if behind_tls:
        app.config["SESSION_COOKIE_SECURE"] = True
        app.config["PREFERRED_URL_SCHEME"] = "https"
    app.config["ARIA_BEHIND_TLS"] = behind_tls

    if trusted_proxies and not app.config.get("ARIA_PROXY_FIX"):
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=trusted_proxies, x_proto=trusted_proxies,  # type: ignore[method-assign]
                                x_host=trusted_proxies, x_port=trusted_proxies)
        app.config["ARIA_PROXY_FIX"] = trusted_proxies

    @app.after_request
    def _security_headers(response: Response) -> Response:
        # A view may set a stricter or page-specific policy of its own; everything else gets ours. (One
        # pass over the names: Headers.setdefault raises and catches a KeyError per missing header, which
        # was a tenth of an Alexa request's Python time.)
        present = {name.lower() for name in response.headers.keys()}  # noqa: SIM118 - Headers iterates pairs
        for name, value in SECURITY_HEADERS.items():
            if name.lower() not in present:
                response.headers.add(name, value)
        if behind_tls:
            response.headers["Strict-Transport-Security"] = HSTS_VALUE
        if not (request.endpoint or "").endswith("static"):
            response.headers["Cache-Control"] = "no-store"
            response.headers["Pragma"] = "no-cache"
        return response

    return app
