"""The caregiver pages: a Flask blueprint over the store's ConsentStore.

Every page that shows patient data asks the store, in that request, for this caregiver's active consent
for this patient (coach/store/consent.py): nothing is cached, so revoking or expiry locks the caregiver
out on the very next request, and a patient id typed into the URL shows nothing without a consent. Every
such page and every export writes an audit row the patient can hear by voice ("who looked at my logs").
Pages without a consent answer 404 whether or not the patient exists, so ids reveal nothing.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import wraps
from typing import Any

from flask import (
    Blueprint,
    Flask,
    Response,
    abort,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.exceptions import HTTPException

from caregiver import csrf
from caregiver.export import to_csv, to_json
from caregiver.forms import LinkForm, LoginForm, SignupForm, parse
from caregiver.secret import load_secret_key
from caregiver.wording import KIND_LABELS, NOTICE_FULL, NOTICE_SHORT, answer_label, category_label
from coach.store.consent import (
    Caregiver,
    ConsentStore,
    EmailTaken,
    LinkedPatient,
    PatientView,
    RateLimited,
    TrendPoint,
)
from coach.store.errors import StoreUnavailable

SESSION_LIFETIME = timedelta(hours=8)
TREND_DAYS = 30
COOKIE_NAME = "aria_caregiver"
URL_PREFIX = "/caregiver"

View = Callable[..., Any]


def install(app: Flask, store: Any, *, secret_key: str | None = None, signup: bool | None = None) -> None:
    """Register the caregiver pages on `app` over `store`. Sign-up is on unless ARIA_CAREGIVER_SIGNUP=0."""
    if not app.secret_key:
        app.secret_key = secret_key or load_secret_key()
    if signup is None:
        signup = os.environ.get("ARIA_CAREGIVER_SIGNUP", "1").strip().lower() not in {"0", "false", "no", "off"}
    app.config["PERMANENT_SESSION_LIFETIME"] = SESSION_LIFETIME
    # Only the caregiver pages need the cookie; the Alexa endpoint never sees it.
    app.config["SESSION_COOKIE_NAME"] = COOKIE_NAME
    app.config["SESSION_COOKIE_PATH"] = URL_PREFIX
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    # Secure cookies behind TLS come from coach/web_security.py (ARIA_BEHIND_TLS=1).
    app.register_blueprint(create_blueprint(ConsentStore(store), signup=signup))


def create_blueprint(consents: ConsentStore, *, signup: bool = True) -> Blueprint:
    bp = Blueprint("caregiver", __name__, url_prefix=URL_PREFIX, template_folder="templates",
                   static_folder="static")

    def now() -> datetime:
        return datetime.now(UTC)

    def address() -> str:
        return request.remote_addr or "unknown"

    @bp.before_request
    def load_caregiver() -> None:
        g.caregiver = None
        if request.endpoint == "caregiver.static":
            return
        csrf.protect()
        g.caregiver = _signed_in(consents)

    @bp.context_processor
    def template_values() -> dict[str, Any]:
        return {"csrf_token": csrf.token, "me": g.get("caregiver"), "signup_open": signup,
                "notice_short": NOTICE_SHORT, "notice_full": NOTICE_FULL}

    @bp.errorhandler(StoreUnavailable)
    def store_down(_: StoreUnavailable) -> tuple[str, int]:
        return render_template("caregiver/message.html", title="Try again in a moment",
                               message="The caregiver pages can't reach their database right now. Nothing was "
                                       "changed. Please try again in a few minutes."), 503

    @bp.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> tuple[str, int]:
        titles = {400: "That didn't work", 403: "Not allowed", 404: "Not available", 405: "Not allowed",
                  413: "Too much data", 429: "Too many attempts"}
        code = exc.code or 500
        return render_template("caregiver/message.html", title=titles.get(code, "Something went wrong"),
                               message=exc.description or ""), code

    def signed_in_only(view: View) -> View:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if g.caregiver is None:
                return redirect(url_for("caregiver.login"), code=303)
            return view(*args, **kwargs)
        return wrapper

    @bp.get("/")
    @signed_in_only
    def index() -> str:
        return _patients_page(consents, g.caregiver, now())

    @bp.route("/login", methods=["GET", "POST"])
    def login() -> Any:
        if request.method == "GET":
            if g.caregiver is not None:
                return redirect(url_for("caregiver.index"), code=303)
            return render_template("caregiver/login.html")
        form, _ = parse(LoginForm, request.form)
        if form is None or not form.email or not form.password:
            return render_template("caregiver/login.html", errors=["Enter your email and password."]), 400
        try:
            caregiver = consents.authenticate(form.email, form.password, address(), now())
        except RateLimited:
            return render_template("caregiver/login.html", email=form.email, errors=[
                "Too many failed sign-ins. For your patients' safety, signing in is paused for fifteen minutes."
            ]), 429
        if caregiver is None:
            return render_template("caregiver/login.html", email=form.email,
                                   errors=["That email and password don't match an account."]), 401
        _start_session(caregiver)
        return redirect(url_for("caregiver.index"), code=303)

    @bp.route("/signup", methods=["GET", "POST"])
    def signup_page() -> Any:
        if not signup:
            abort(404, description="Accounts are made by the operator of this service.")
        if request.method == "GET":
            return render_template("caregiver/signup.html", values={})
        values = {k: request.form.get(k, "") for k in ("name", "email")}
        form, errors = parse(SignupForm, request.form)
        if form is not None and form.mismatch():
            errors = [form.mismatch() or ""]
        if form is None or errors:
            return render_template("caregiver/signup.html", values=values, errors=errors), 400
        try:
            consents.count_signup(address(), now())
            caregiver = consents.create_caregiver(form.email, form.name, form.password, now())
        except RateLimited:
            return render_template("caregiver/signup.html", values=values, errors=[
                "Too many new accounts from this address. Please try again later."]), 429
        except EmailTaken:
            return render_template("caregiver/signup.html", values=values, errors=[
                "There is already an account with this email. Sign in instead."]), 409
        _start_session(caregiver)
        return redirect(url_for("caregiver.index"), code=303)

    @bp.post("/logout")
    def logout() -> Any:
        if g.caregiver is not None:
            consents.end_sessions(g.caregiver.id)
        session.clear()
        csrf.rotate()
        return redirect(url_for("caregiver.login", out=1), code=303)

    @bp.post("/link")
    @signed_in_only
    def link() -> Any:
        form, errors = parse(LinkForm, request.form)
        if form is None:
            return _patients_page(consents, g.caregiver, now(), errors=errors), 400
        try:
            linked = consents.link(g.caregiver.id, form.code, address(), now(), display_name=form.display_name)
        except RateLimited:
            return _patients_page(consents, g.caregiver, now(), errors=[
                "Too many wrong codes. Adding patients is paused for fifteen minutes."]), 429
        if linked is None:
            return _patients_page(consents, g.caregiver, now(), errors=[
                "That code didn't work. A code works once, for fifteen minutes after the patient hears it: "
                "ask them to say \"share my progress\" again for a new one."]), 400
        return redirect(url_for("caregiver.patient", person_id=linked.person_id), code=303)

    @bp.get("/patients/<int:person_id>")
    @signed_in_only
    def patient(person_id: int) -> Any:
        view = consents.view(g.caregiver.id, person_id, now(), action="view", days=TREND_DAYS)
        if view is None:
            abort(404, description=_NO_ACCESS)
        return render_template("caregiver/patient.html", person_id=person_id, view=view,
                               name=_name(view), timeline=_timeline_rows(view),
                               categories=[category_label(c) for c in view.grant.categories],
                               trend_json=None if view.trend is None else _chart_data(view.trend, now().date()),
                               trend_rows=view.trend or [])

    @bp.post("/patients/<int:person_id>/export.<fmt>")
    @signed_in_only
    def export(person_id: int, fmt: str) -> Response:
        if fmt not in ("csv", "json"):
            abort(404, description="Exports are CSV or JSON.")
        grant = consents.grant_for(g.caregiver.id, person_id, now())
        if grant is None:
            abort(404, description=_NO_ACCESS)
        if not grant.allow_export:
            abort(403, description="This patient has not allowed downloads. You can still read the page.")
        at = now()
        view = consents.view(g.caregiver.id, person_id, at, action=f"export_{fmt}", days=TREND_DAYS)
        if view is None:  # revoked between the two reads
            abort(404, description=_NO_ACCESS)
        body = to_csv(view, _name(view), at) if fmt == "csv" else to_json(view, _name(view), at)
        mimetype = "text/csv" if fmt == "csv" else "application/json"
        filename = f"coach-aria-patient-{person_id}-{at:%Y%m%d}.{fmt}"
        return Response(body, mimetype=mimetype,
                        headers={"Content-Disposition": f'attachment; filename="{filename}"'})

    return bp


_NO_ACCESS = ("You can't see this patient's logs: there is no active sharing from them to you (it may have "
              "been stopped or have expired). Ask them to share again by voice if that is what they want.")


def _signed_in(consents: ConsentStore) -> Caregiver | None:
    """The caregiver of this session, or None (and the session emptied) when it is stale or logged out."""
    caregiver_id, version, started = session.get("cg"), session.get("v"), session.get("t")
    if not isinstance(caregiver_id, int):
        return None
    if not isinstance(started, int | float) or time.time() - started > SESSION_LIFETIME.total_seconds():
        session.clear()
        return None
    caregiver = consents.caregiver(caregiver_id)
    if caregiver is None or caregiver.session_version != version:
        session.clear()
        return None
    return caregiver


def _start_session(caregiver: Caregiver) -> None:
    # A new session on every sign-in: nothing set before it (by anyone) carries over.
    session.clear()
    session.permanent = True
    session["cg"], session["v"], session["t"] = caregiver.id, caregiver.session_version, int(time.time())
    csrf.rotate()


def _patients_page(consents: ConsentStore, caregiver: Caregiver, at: datetime,
                   errors: list[str] | None = None) -> str:
    patients = consents.patients(caregiver.id, at)
    return render_template("caregiver/patients.html", patients=[
        {"id": p.person_id, "name": _linked_name(p), "until": p.expires_at, "export": p.allow_export,
         "categories": [category_label(c) for c in p.categories]} for p in patients], errors=errors or [])


def _linked_name(p: LinkedPatient) -> str:
    return p.display_name or f"Patient linked {p.linked_at:%d %b %Y}"


def _name(view: PatientView) -> str:
    return view.grant.display_name or f"Patient shared {view.grant.created_at:%d %b %Y}"


def _timeline_rows(view: PatientView) -> list[dict[str, Any]]:
    rows = []
    for item in view.items:
        # Check-ins and safety events are known by day only; exercises have a time.
        when = f"{item.at:%a %d %b %Y, %H:%M} UTC" if item.kind == "exercise" else f"{item.at:%a %d %b %Y}"
        rows.append({"when": when, "iso": item.at.isoformat(), "kind": item.kind,
                     "kind_label": KIND_LABELS.get(item.kind, item.kind), "title": item.title,
                     "details": [(answer_label(k), v) for k, v in item.details]})
    return rows


def _chart_data(trend: list[TrendPoint], today: date) -> dict[str, list[Any]]:
    """Every day of the window (gaps as null, so a missed day shows as a gap, not a straight line)."""
    by_day = {p.day: p for p in trend}
    days = [today - timedelta(days=n) for n in range(TREND_DAYS - 1, -1, -1)]
    return {
        "labels": [f"{d:%d %b}" for d in days],
        "craving": [by_day[d].craving if d in by_day else None for d in days],
        "mood": [by_day[d].mood if d in by_day else None for d in days],
    }
