"""Alexa request verification: what Amazon's certification requires of a skill hosted as a web service.

Checks, cheapest first: the certificate URL rules, the signing chain (via `SigningCerts`), the
Signature-256 over the raw body, well-formed JSON, the application id, and a timestamp within 150 s.
Every failure raises `VerificationFailed`; the endpoint turns it into HTTP 400.
"""

from __future__ import annotations

import base64
import binascii
import json
import posixpath
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote, urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from skill.certs import SigningCerts, VerificationFailed, utcnow

__all__ = ["RequestVerifier", "VerificationFailed", "check_cert_url", "parse_envelope", "request_time"]

TIMESTAMP_TOLERANCE = timedelta(seconds=150)
CERT_HOST = "s3.amazonaws.com"
CERT_PATH_PREFIX = "/echo.api/"


def check_cert_url(url: str) -> None:
    """Amazon's rules: https, host s3.amazonaws.com, path under /echo.api/ once normalised, port 443."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise VerificationFailed("cert_url", "unparseable") from None
    if parts.scheme.lower() != "https":
        raise VerificationFailed("cert_url", "scheme")
    if (parts.hostname or "").lower() != CERT_HOST or parts.username or parts.password:
        raise VerificationFailed("cert_url", "host")
    if port not in (None, 443):
        raise VerificationFailed("cert_url", "port")
    # Normalise percent-escapes and dot segments the way a server would, then check the prefix.
    path = posixpath.normpath(unquote(parts.path)) if parts.path else ""
    if not (path + "/").startswith(CERT_PATH_PREFIX) or path == CERT_PATH_PREFIX.rstrip("/"):
        raise VerificationFailed("cert_url", "path")


def parse_envelope(body: bytes) -> dict[str, Any]:
    try:
        envelope = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        raise VerificationFailed("malformed_json") from None
    if not isinstance(envelope, dict) or not isinstance(envelope.get("request"), dict):
        raise VerificationFailed("malformed_json", "no request object")
    return envelope


def request_time(envelope: Mapping[str, Any]) -> datetime | None:
    """request.timestamp: ISO 8601 normally; some request types send epoch milliseconds."""
    raw = (envelope.get("request") or {}).get("timestamp")
    if isinstance(raw, bool) or raw is None:
        return None
    try:
        if isinstance(raw, int | float):
            seconds = raw / 1000 if raw > 1e11 else raw
            return datetime.fromtimestamp(seconds, UTC)
        if isinstance(raw, str):
            parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except (ValueError, OverflowError, OSError):
        return None
    return None


def application_ids(envelope: Mapping[str, Any]) -> list[str]:
    ids = []
    for path in (("context", "System", "application", "applicationId"), ("session", "application", "applicationId")):
        node: Any = envelope
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        if node is not None:
            ids.append(node)
    return ids


@dataclass
class RequestVerifier:
    skill_id: str
    certs: SigningCerts
    clock: Callable[[], datetime] = utcnow
    tolerance: timedelta = TIMESTAMP_TOLERANCE

    def verify(self, headers: Mapping[str, str], body: bytes) -> dict[str, Any]:
        """The parsed request envelope, or VerificationFailed."""
        cert_url = headers.get("SignatureCertChainUrl") or ""
        signature_b64 = headers.get("Signature-256") or ""
        if not cert_url:
            raise VerificationFailed("cert_url", "missing header")
        if not signature_b64:
            raise VerificationFailed("signature", "missing Signature-256 header")
        check_cert_url(cert_url)
        try:
            signature = base64.b64decode(signature_b64, validate=True)
        except (binascii.Error, ValueError):
            raise VerificationFailed("signature", "not base64") from None
        now = self.clock()
        key = self.certs.public_key(cert_url, now)
        try:
            key.verify(signature, body, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            raise VerificationFailed("signature", "does not match body") from None
        envelope = parse_envelope(body)
        check_application_id(envelope, self.skill_id)
        stamp = request_time(envelope)
        if stamp is None:
            raise VerificationFailed("timestamp", "missing or unreadable")
        if abs(now - stamp) > self.tolerance:
            raise VerificationFailed("timestamp", "outside 150 s")
        return envelope


def check_application_id(envelope: Mapping[str, Any], skill_id: str) -> None:
    ids = application_ids(envelope)
    if not ids or any(i != skill_id for i in ids):
        raise VerificationFailed("application_id")
