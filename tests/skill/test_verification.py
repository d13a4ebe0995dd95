"""Alexa request verification through the real Flask endpoint, with requests signed by a test CA."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill_builder import SkillBuilder
from cryptography import x509
from flask import Flask

from skill.app import MAX_BODY_BYTES, SkillSettings, create_skill_blueprint, create_verifier
from skill.certs import SigningCerts, VerificationFailed, load_trust_roots
from skill.hello import HELLO
from skill.verify import check_cert_url
from tests.skill.alexa_ca import CERT_URL, FakeAmazonCA, body_of, intent, launch

AppFactory = Callable[..., Flask]


def post(app: Flask, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, Any], str]:
    resp = app.test_client().post("/alexa", data=body, headers=headers)
    text = resp.get_data(as_text=True)
    return resp.status_code, (json.loads(text) if text.startswith("{") else {}), text


def refused(app: Flask, body: bytes, headers: dict[str, str]) -> str:
    status, payload, text = post(app, body, headers)
    assert status == 400, text
    assert "Traceback" not in text and "File \"" not in text
    return payload["reason"]


def test_valid_request_is_answered(make_app: AppFactory, test_ca: FakeAmazonCA) -> None:
    body = body_of(launch())
    status, payload, _ = post(make_app(), body, test_ca.good.headers(body))
    assert status == 200
    assert HELLO in payload["response"]["outputSpeech"]["ssml"]


def test_tampered_body_is_refused(make_app: AppFactory, test_ca: FakeAmazonCA) -> None:
    body = body_of(intent("AMAZON.HelpIntent"))
    headers = test_ca.good.headers(body)
    tampered = body.replace(b"AMAZON.HelpIntent", b"AMAZON.StopIntent")
    assert refused(make_app(), tampered, headers) == "signature"


def test_signature_from_another_key_is_refused(make_app: AppFactory, test_ca: FakeAmazonCA) -> None:
    body = body_of(launch())
    headers = test_ca.good.headers(body)
    headers["Signature-256"] = test_ca.untrusted.sign(body)  # a real signature, by the wrong key
    assert refused(make_app(), body, headers) == "signature"


@pytest.mark.parametrize("signature", ["", "not base64 !!", "QUJD"])
def test_missing_or_garbage_signature_is_refused(make_app: AppFactory, test_ca: FakeAmazonCA, signature: str) -> None:
    body = body_of(launch())
    headers = test_ca.good.headers(body) | {"Signature-256": signature}
    assert refused(make_app(), body, headers) == "signature"


BAD_URLS = [
    "http://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://notamazon.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem",
    "https://s3.amazonaws.com/invalid.path/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/../echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/%2e%2e/echo-api-cert.pem",
    "https://s3.amazonaws.com:8443/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com:notaport/echo.api/echo-api-cert.pem",
    "https://evil.example@s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "",
]


@pytest.mark.parametrize("url", BAD_URLS)
def test_bad_cert_url_is_refused_before_any_fetch(make_app: AppFactory, test_ca: FakeAmazonCA, url: str) -> None:
    body = body_of(launch())
    headers = test_ca.good.headers(body) | {"SignatureCertChainUrl": url}
    fetched_before = len(test_ca.fetched)
    assert refused(make_app(), body, headers) == "cert_url"
    assert len(test_ca.fetched) == fetched_before


@pytest.mark.parametrize("url", [
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "HTTPS://s3.AmazonAWS.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem",
])
def test_cert_urls_amazon_allows_pass_the_rules(url: str) -> None:
    check_cert_url(url)  # raises on refusal


def test_chain_from_untrusted_root_is_refused(make_app: AppFactory, test_ca: FakeAmazonCA) -> None:
    body = body_of(launch())
    assert refused(make_app(), body, test_ca.untrusted.headers(body)) == "cert_chain"


def test_expired_cert_is_refused(make_app: AppFactory, test_ca: FakeAmazonCA) -> None:
    body = body_of(launch())
    assert refused(make_app(), body, test_ca.expired.headers(body)) == "cert_chain"


def test_cert_without_echo_api_san_is_refused(make_app: AppFactory, test_ca: FakeAmazonCA) -> None:
    body = body_of(launch())
    assert refused(make_app(), body, test_ca.wrong_san.headers(body)) == "cert_chain"


def test_unreachable_cert_is_refused(make_app: AppFactory, test_ca: FakeAmazonCA) -> None:
    body = body_of(launch())
    headers = test_ca.good.headers(body) | {"SignatureCertChainUrl": "https://s3.amazonaws.com/echo.api/missing.pem"}
    assert refused(make_app(), body, headers) == "cert_fetch"


# Alexa timestamps carry whole seconds: truncating one from the future brings it up to a second closer,
# so the just-too-far future case is 152 s (151 s flaked at 150.0x s); the past one only moves further.
@pytest.mark.parametrize("age_s", [151, 600, -152, -3600])
def test_stale_or_future_timestamp_is_refused(make_app: AppFactory, test_ca: FakeAmazonCA, age_s: int) -> None:
    body = body_of(launch(timestamp=datetime.now(UTC) - timedelta(seconds=age_s)))
    assert refused(make_app(), body, test_ca.good.headers(body)) == "timestamp"


def test_timestamp_inside_tolerance_is_accepted(make_app: AppFactory, test_ca: FakeAmazonCA) -> None:
    body = body_of(launch(timestamp=datetime.now(UTC) - timedelta(seconds=100)))
    status, _, _ = post(make_app(), body, test_ca.good.headers(body))
    assert status == 200


def test_epoch_millisecond_timestamp_is_understood(make_app: AppFactory, test_ca: FakeAmazonCA) -> None:
    envelope = launch()
    envelope["request"]["timestamp"] = int(datetime.now(UTC).timestamp() * 1000) - 400_000
    body = body_of(envelope)
    assert refused(make_app(), body, test_ca.good.headers(body)) == "timestamp"


def test_wrong_application_id_is_refused(make_app: AppFactory, test_ca: FakeAmazonCA) -> None:
    body = body_of(launch(skill_id="amzn1.ask.skill.someone-else"))
    assert refused(make_app(), body, test_ca.good.headers(body)) == "application_id"


def test_mismatched_application_ids_are_refused(make_app: AppFactory, test_ca: FakeAmazonCA) -> None:
    envelope = launch()
    envelope["session"]["application"]["applicationId"] = "amzn1.ask.skill.someone-else"
    body = body_of(envelope)
    assert refused(make_app(), body, test_ca.good.headers(body)) == "application_id"


@pytest.mark.parametrize("body", [b"{not json", b"", b"[1, 2]", b'{"request": "x"}', b"\xff\xfe\x00"])
def test_malformed_json_signed_correctly_is_refused(make_app: AppFactory, test_ca: FakeAmazonCA, body: bytes) -> None:
    assert refused(make_app(), body, test_ca.good.headers(body)) == "malformed_json"


def test_malformed_json_without_verification_is_still_400(test_ca: FakeAmazonCA) -> None:
    from skill.hello import build_hello_skill

    app = Flask("insecure")
    app.register_blueprint(create_skill_blueprint(build_hello_skill(), None, insecure_skip_verification=True))
    status, payload, _ = post(app, b"{oops", {"Content-Type": "application/json"})
    assert (status, payload["reason"]) == (400, "malformed_json")


def test_oversized_body_is_refused_unread(make_app: AppFactory, test_ca: FakeAmazonCA) -> None:
    envelope = launch()
    envelope["padding"] = "x" * MAX_BODY_BYTES
    body = body_of(envelope)
    assert refused(make_app(), body, test_ca.good.headers(body)) == "body_too_large"


def test_wrong_method_is_not_a_server_error(make_app: AppFactory) -> None:
    assert make_app().test_client().get("/alexa").status_code == 405


def test_cert_is_fetched_once_and_cached(make_app: AppFactory, test_ca: FakeAmazonCA) -> None:
    app = make_app()
    before = test_ca.fetched.count(CERT_URL)
    for _ in range(3):
        body = body_of(launch())
        assert post(app, body, test_ca.good.headers(body))[0] == 200
    assert test_ca.fetched.count(CERT_URL) - before == 1


def test_cache_expires_with_the_cert(test_ca: FakeAmazonCA) -> None:
    certs = SigningCerts(x509.load_pem_x509_certificates(test_ca.root_pem), test_ca.fetch)
    now = datetime.now(UTC)
    certs.public_key(CERT_URL, now)
    certs.public_key(CERT_URL, now + timedelta(hours=1))
    assert certs.fetches == 1
    leaf = x509.load_pem_x509_certificates(test_ca.good.chain_pem)[0]
    after_expiry = leaf.not_valid_after_utc + timedelta(seconds=1)
    with pytest.raises(VerificationFailed) as err:
        certs.public_key(CERT_URL, after_expiry)
    assert err.value.reason == "cert_chain" and certs.fetches == 2


def test_cache_has_a_maximum_age(test_ca: FakeAmazonCA) -> None:
    certs = SigningCerts(x509.load_pem_x509_certificates(test_ca.root_pem), test_ca.fetch,
                         max_age=timedelta(minutes=10))
    now = datetime.now(UTC)
    certs.public_key(CERT_URL, now)
    certs.public_key(CERT_URL, now + timedelta(minutes=11))
    assert certs.fetches == 2


class _Boom(AbstractRequestHandler):
    def can_handle(self, handler_input: object) -> bool:
        return True

    def handle(self, handler_input: object) -> object:
        raise RuntimeError("handler bug")


def test_a_broken_skill_still_speaks_and_never_500s(make_app: AppFactory, test_ca: FakeAmazonCA) -> None:
    sb = SkillBuilder()
    sb.add_request_handler(_Boom())  # no exception handler: the SDK itself raises out of invoke
    body = body_of(launch())
    status, payload, _ = post(make_app(sb.create()), body, test_ca.good.headers(body))
    assert status == 200
    assert "nine eight eight" in payload["response"]["outputSpeech"]["ssml"]


def test_verification_is_on_unless_the_dev_flag_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARIA_VERIFY_ALEXA", raising=False)
    monkeypatch.delenv("ARIA_INSECURE_SKIP_ALEXA_VERIFICATION", raising=False)
    assert SkillSettings.from_env().verify is True
    assert SkillSettings.from_env(insecure_skip_verification=True).verify is False
    monkeypatch.setenv("ARIA_INSECURE_SKIP_ALEXA_VERIFICATION", "1")
    assert SkillSettings.from_env().verify is False


def test_verification_on_requires_a_skill_id() -> None:
    with pytest.raises(ValueError, match="ARIA_SKILL_ID"):
        create_verifier(SkillSettings(skill_id=None, verify=True))


def test_turning_verification_off_warns_loudly(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert create_verifier(SkillSettings(skill_id=None, verify=False)) is None
    assert "VERIFICATION IS OFF" in caplog.text


def test_no_verifier_without_the_explicit_flag() -> None:
    from skill.hello import build_hello_skill

    with pytest.raises(ValueError):
        create_skill_blueprint(build_hello_skill(), None)


def test_a_root_that_does_not_parse_does_not_hide_the_others(test_ca: FakeAmazonCA, tmp_path: Any) -> None:
    broken = b"-----BEGIN CERTIFICATE-----\nTm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n"
    bundle = tmp_path / "roots.pem"
    bundle.write_bytes(b"# a comment line\n" + broken + test_ca.root_pem)
    roots = load_trust_roots(bundle)
    assert [r.subject.rfc4514_string() for r in roots] == ["CN=Aria Test Root CA"]


def test_the_default_bundle_loads_amazons_roots() -> None:
    names = {r.subject.rfc4514_string() for r in load_trust_roots()}
    # echo-api.amazon.com's chain is issued under Amazon Trust Services' roots.
    assert any("Amazon Root CA 1" in n for n in names)
