"""A test certificate authority that stands in for Amazon's: root -> intermediate -> echo-api leaf.

Requests are signed with the leaf's real RSA key, exactly as Alexa signs them; only the download of the
chain (Amazon's S3 URL, the network edge) is replaced by a dictionary lookup.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem"
SKILL_ID = "amzn1.ask.skill.00000000-test-aria-0000-000000000000"


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _ca_cert(cn: str, key: rsa.RSAPrivateKey, issuer: tuple[x509.Certificate, rsa.RSAPrivateKey] | None,
             start: datetime, end: datetime) -> x509.Certificate:
    issuer_name = issuer[0].subject if issuer else _name(cn)
    signing_key = issuer[1] if issuer else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(cn)).issuer_name(issuer_name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None if issuer is None else 0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer[1].public_key()), critical=False)
    return builder.sign(signing_key, hashes.SHA256())


def _leaf_cert(key: rsa.RSAPrivateKey, issuer: tuple[x509.Certificate, rsa.RSAPrivateKey], san: str,
               start: datetime, end: datetime) -> x509.Certificate:
    return (
        x509.CertificateBuilder()
        .subject_name(_name(san)).issuer_name(issuer[0].subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=True,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(san)]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer[1].public_key()), critical=False)
        .sign(issuer[1], hashes.SHA256())
    )


def _pem(*certs: x509.Certificate) -> bytes:
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)


@dataclass
class Signer:
    """One signing identity: a leaf key and the chain the fetcher serves for its URL."""

    key: rsa.RSAPrivateKey
    chain_pem: bytes
    url: str

    def sign(self, body: bytes) -> str:
        return base64.b64encode(self.key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()

    def headers(self, body: bytes) -> dict[str, str]:
        return {"SignatureCertChainUrl": self.url, "Signature-256": self.sign(body),
                "Content-Type": "application/json"}


@dataclass
class FakeAmazonCA:
    root_pem: bytes
    good: Signer
    expired: Signer
    wrong_san: Signer
    untrusted: Signer
    # URL -> chain PEM: what the injected fetcher serves instead of Amazon's S3.
    served: dict[str, bytes] = field(default_factory=dict)
    fetched: list[str] = field(default_factory=list)

    def fetch(self, url: str) -> bytes:
        self.fetched.append(url)
        if url not in self.served:
            raise OSError(f"404 {url}")
        return self.served[url]

    def write_roots(self, directory: Path) -> Path:
        path = directory / "test-alexa-roots.pem"
        path.write_bytes(self.root_pem)
        return path


def make_test_ca(now: datetime | None = None) -> FakeAmazonCA:
    now = now or datetime.now(UTC)
    start, end = now - timedelta(days=1), now + timedelta(days=365)
    root_key, inter_key, leaf_key = _key(), _key(), _key()
    root = _ca_cert("Aria Test Root CA", root_key, None, start - timedelta(days=30), end + timedelta(days=365))
    inter = _ca_cert("Aria Test Intermediate", inter_key, (root, root_key), start - timedelta(days=10),
                     end + timedelta(days=30))
    leaf = _leaf_cert(leaf_key, (inter, inter_key), "echo-api.amazon.com", start, end)
    expired_key = _key()
    expired = _leaf_cert(expired_key, (inter, inter_key), "echo-api.amazon.com", now - timedelta(days=400),
                         now - timedelta(days=35))
    wrong_key = _key()
    wrong = _leaf_cert(wrong_key, (inter, inter_key), "evil.example.com", start, end)
    # A look-alike chain from a CA nobody trusts, with every name right.
    rogue_root_key, rogue_leaf_key = _key(), _key()
    rogue_root = _ca_cert("Aria Test Root CA", rogue_root_key, None, start, end)
    rogue_leaf = _leaf_cert(rogue_leaf_key, (rogue_root, rogue_root_key), "echo-api.amazon.com", start, end)

    base = "https://s3.amazonaws.com/echo.api/"
    ca = FakeAmazonCA(
        root_pem=_pem(root),
        good=Signer(leaf_key, _pem(leaf, inter), CERT_URL),
        expired=Signer(expired_key, _pem(expired, inter), base + "expired.pem"),
        wrong_san=Signer(wrong_key, _pem(wrong, inter), base + "wrong-san.pem"),
        untrusted=Signer(rogue_leaf_key, _pem(rogue_leaf, rogue_root), base + "rogue.pem"),
    )
    for s in (ca.good, ca.expired, ca.wrong_san, ca.untrusted):
        ca.served[s.url] = s.chain_pem
    return ca


def alexa_request(request: dict[str, Any], *, skill_id: str = SKILL_ID, user_id: str = "amzn1.ask.account.TEST",
                  session_id: str = "amzn1.echo-api.session.1", new: bool = False,
                  timestamp: datetime | None = None, attributes: dict[str, Any] | None = None) -> dict[str, Any]:
    """A request envelope shaped like the ones Alexa sends."""
    stamp = (timestamp or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "version": "1.0",
        "session": {"new": new, "sessionId": session_id, "application": {"applicationId": skill_id},
                    "attributes": attributes or {}, "user": {"userId": user_id}},
        "context": {"System": {"application": {"applicationId": skill_id}, "user": {"userId": user_id},
                               "device": {"deviceId": "amzn1.ask.device.TEST", "supportedInterfaces": {}},
                               "apiEndpoint": "https://api.amazonalexa.com"}},
        "request": {"requestId": "amzn1.echo-api.request.1", "locale": "en-US", "timestamp": stamp, **request},
    }


def launch(**kw: Any) -> dict[str, Any]:
    return alexa_request({"type": "LaunchRequest"}, new=True, **kw)


def intent(name: str, slots: dict[str, str] | None = None, **kw: Any) -> dict[str, Any]:
    slot_json = {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in (slots or {}).items()}
    return alexa_request({"type": "IntentRequest", "dialogState": "COMPLETED",
                          "intent": {"name": name, "confirmationStatus": "NONE", "slots": slot_json}}, **kw)


def body_of(envelope: dict[str, Any]) -> bytes:
    return json.dumps(envelope, separators=(",", ":")).encode()
