"""Alexa's signing certificate: fetched from Amazon, checked against trusted roots, cached until it expires.

The fetch is the only network call in the skill, so it is an injectable function: production uses
urllib with a short timeout and a size limit; tests serve a test CA's chain from a local fixture.
A chain is checked once (roots, SAN echo-api.amazon.com, validity) and its public key is then cached
by URL until the leaf's not_valid_after or a maximum age, whichever comes first.
"""

from __future__ import annotations

import logging
import os
import threading
import urllib.request
import warnings
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.x509.verification import DNSName, PolicyBuilder, Store, VerificationError

log = logging.getLogger(__name__)

ALEXA_SAN = "echo-api.amazon.com"
FETCH_TIMEOUT_S = 3.0
MAX_CHAIN_BYTES = 64 * 1024  # Amazon's chain is about 6 KB; anything far larger is not it
MAX_CACHE_AGE = timedelta(hours=24)
MAX_CACHE_ENTRIES = 16

Fetcher = Callable[[str], bytes]


class VerificationFailed(Exception):
    """A request that must be refused. `reason` is a short code safe to log and to return."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


def fetch_url(url: str, *, timeout: float = FETCH_TIMEOUT_S, max_bytes: int = MAX_CHAIN_BYTES) -> bytes:
    """Download the PEM chain. Never follows the request past max_bytes or timeout seconds."""
    req = urllib.request.Request(url, headers={"User-Agent": "coach-aria-voice"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - URL rules checked before
        data = resp.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError(f"certificate chain larger than {max_bytes} bytes")
    return data


def load_trust_roots(path: str | os.PathLike[str] | None = None) -> list[x509.Certificate]:
    """Roots from ARIA_ALEXA_TRUST_ROOTS (or `path`), else the certifi bundle (Amazon's roots are in it)."""
    if path is None:
        path = os.environ.get("ARIA_ALEXA_TRUST_ROOTS") or None
    if path is None:
        import certifi

        path = certifi.where()
    roots = _load_each(Path(path).read_bytes())
    if not roots:
        raise ValueError(f"{path}: no certificates")
    return roots


_PEM_END = b"-----END CERTIFICATE-----"


def _load_each(bundle: bytes) -> list[x509.Certificate]:
    """Every certificate of a PEM bundle that parses, one by one.

    Why: public bundles carry a few old roots that newer cryptography releases warn about (negative
    serial numbers) and announce they will reject; one such root must not stop the endpoint starting.
    """
    roots = []
    for block in bundle.split(_PEM_END)[:-1]:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                roots.append(x509.load_pem_x509_certificate(block + _PEM_END))
        except ValueError:
            log.info("skipping a trust root that does not parse")
    return roots


@dataclass(frozen=True)
class _Entry:
    key: RSAPublicKey
    not_before: datetime
    expires_at: datetime


class SigningCerts:
    """URL -> verified RSA public key of Alexa's signing certificate."""

    def __init__(self, trust_roots: Iterable[x509.Certificate], fetcher: Fetcher = fetch_url, *,
                 max_age: timedelta = MAX_CACHE_AGE, max_entries: int = MAX_CACHE_ENTRIES) -> None:
        self._store = Store(list(trust_roots))
        self._fetch = fetcher
        self._max_age = max_age
        self._max_entries = max_entries
        self._cache: OrderedDict[str, _Entry] = OrderedDict()
        self._lock = threading.Lock()
        self.fetches = 0  # how many times the network was asked (tests and the bench read it)

    def public_key(self, url: str, now: datetime) -> RSAPublicKey:
        with self._lock:
            entry = self._cache.get(url)
            if entry is not None and entry.not_before <= now < entry.expires_at:
                self._cache.move_to_end(url)
                return entry.key
        entry = self._load(url, now)
        with self._lock:
            self._cache[url] = entry
            self._cache.move_to_end(url)
            while len(self._cache) > self._max_entries:
                self._cache.popitem(last=False)
        return entry.key

    def _load(self, url: str, now: datetime) -> _Entry:
        self.fetches += 1
        try:
            pem = self._fetch(url)
        except Exception as exc:  # timeout, DNS, HTTP error, too large: all mean "cannot verify"
            raise VerificationFailed("cert_fetch", type(exc).__name__) from None
        try:
            chain = x509.load_pem_x509_certificates(pem)
        except ValueError:
            raise VerificationFailed("cert_parse") from None
        leaf, intermediates = chain[0], chain[1:]
        verifier = PolicyBuilder().store(self._store).time(now).build_server_verifier(DNSName(ALEXA_SAN))
        try:
            verifier.verify(leaf, intermediates)
        except VerificationError as exc:
            # Covers an untrusted chain, a missing SAN and a leaf outside its validity period.
            raise VerificationFailed("cert_chain", str(exc)) from None
        key = leaf.public_key()
        if not isinstance(key, RSAPublicKey):
            raise VerificationFailed("cert_key", "not an RSA key")
        # The cache must not outlive any certificate of the chain.
        expires = min([c.not_valid_after_utc for c in chain] + [now + self._max_age])
        return _Entry(key=key, not_before=leaf.not_valid_before_utc, expires_at=expires)


def utcnow() -> datetime:
    return datetime.now(UTC)
