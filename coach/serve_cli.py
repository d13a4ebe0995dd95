"""`aria serve`: the web app (Alexa endpoint, and the caregiver pages) over one store.

Development:  aria serve --host 127.0.0.1 --port 8080
Production:   gunicorn -w 2 -b 0.0.0.0:8080 'coach.serve_cli:create_app()'
Configuration comes from the environment: ARIA_SKILL_ID (without it /alexa answers 503 while verification is on),
ARIA_DATABASE_URL / ARIA_DATA_DIR (the store), ARIA_ALEXA_TRUST_ROOTS (override the CA bundle).
`--insecure-skip-verification` (or ARIA_INSECURE_SKIP_ALEXA_VERIFICATION=1) is for local tools such as
virtual-alexa only; it logs a loud warning.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from flask import Flask, Response, redirect

from caregiver.app import install as install_caregiver
from coach.content import Content, ContentError, default_content
from coach.store.connect import data_dir
from coach.store.outbox import OUTBOX_FILE, Outbox
from coach.web_security import CookieSessionsExcept
from coach.web_security import install as install_web_security
from skill.app import (
    ALEXA_PATH,
    NO_SKILL_ID,
    SkillSettings,
    create_skill_blueprint,
    create_unconfigured_blueprint,
    create_verifier,
)
from skill.builder import build_skill, make_last_resort
from skill.certs import Fetcher, fetch_url

log = logging.getLogger(__name__)


def create_app(*, store: Any = None, content: Content | None = None, settings: SkillSettings | None = None,
               fetcher: Fetcher = fetch_url) -> Flask:
    content = content or default_content()
    settings = settings or SkillSettings.from_env()
    if store is None:
        store = _open_store()
    app = Flask("coach_aria")
    app.config["ARIA_STORE"] = store

    # Alexa skill endpoint: POST /alexa. Without a skill id nothing can be verified, so the endpoint says
    # so (503) while the rest of the app runs: a fresh `./dev serve` starts, and nothing unverified is answered.
    if settings.verify and not settings.skill_id:
        log.error(NO_SKILL_ID)
        app.register_blueprint(create_unconfigured_blueprint())
    else:
        verifier = create_verifier(settings, fetcher=fetcher)
        app.register_blueprint(create_skill_blueprint(
            build_skill(content, store, outbox=Outbox(data_dir() / OUTBOX_FILE)), verifier,
            insecure_skip_verification=not settings.verify,
            last_resort=make_last_resort(content)))

    # Caregiver pages under /caregiver/, over the same `store` (caregiver/app.py).
    install_caregiver(app, store)

    @app.get("/healthz")
    def healthz() -> tuple[str, int]:
        return "ok", 200

    @app.get("/")
    def home() -> Response:
        # People type the bare host name; the only pages for humans are the caregiver's.
        return redirect("/caregiver/")

    # Last, so the headers and limits cover every route above: see coach/web_security.py.
    install_web_security(app)
    app.session_interface = CookieSessionsExcept({ALEXA_PATH})  # cookies are for the caregiver pages only
    return app


def _open_store() -> Any:
    """The default store, migrated; if the database is down the app still starts (safety speech needs none)."""
    from coach.store import Store, StoreUnavailable

    try:
        return Store()
    except StoreUnavailable as exc:
        log.error("store unavailable at start-up (%s); serving anyway, turns will not be saved until it is back",
                  exc)
        return Store(upgrade=False)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="aria serve", description="run the Alexa endpoint and caregiver pages")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--insecure-skip-verification", action="store_true",
                        help="DEVELOPMENT ONLY: accept unsigned Alexa requests (logs a loud warning)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = SkillSettings.from_env(insecure_skip_verification=args.insecure_skip_verification)
    try:
        app = create_app(settings=settings)
    except (ValueError, ContentError) as exc:
        print(f"aria serve: {exc}", file=sys.stderr)
        return 2
    app.run(host=args.host, port=args.port, threaded=True)
    return 0
