"""Caregiver sharing in the store: consents, caregiver accounts, link codes, login limits and the audit log.

The consent model follows 42 CFR Part 2 even where it does not strictly apply: the person names who may
see what, for which purpose and until when; revoking takes effect on the caregiver's next request
(every read here re-checks the consent in the database, nothing is cached); every caregiver view and
export is written to an audit log the person can hear by voice.

Link codes are six digits spoken by the coach: stored only as an argon2 hash, valid fifteen minutes,
usable once. Tables live on the store's MetaData, so the one Alembic history covers them.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from coach.models import (
    CONSENT_CATEGORIES,
    CaregiverView,
    ConsentGranted,
    ConsentRevoked,
    SharedWith,
    SharingSummary,
    Turn,
)
from coach.store.errors import StoreUnavailable
from coach.store.tables import (
    UTCDateTime,
    checkins,
    exercise_runs,
    metadata,
    people,
    safety_events,
)

log = logging.getLogger(__name__)

CODE_VALID = timedelta(minutes=15)
# Login and link-code limits: this many failures per window, per account (or caregiver) and per address.
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
RECENT_VIEWS = 5

# Cheaper than the password hasher: a link code lives fifteen minutes, but hashing still runs inside the
# person's turn.
_code_hasher = PasswordHasher(time_cost=2, memory_cost=8 * 1024, parallelism=1)
_password_hasher = PasswordHasher()

caregivers = Table(
    "caregivers", metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(254), nullable=False, unique=True),  # lower-cased
    Column("name", String(100), nullable=False),
    Column("password_hash", String(255), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    # Part of every signed session cookie; logging out bumps it, so a copied cookie dies with the logout.
    Column("session_version", Integer, nullable=False, server_default="0"),
)

consent_grants = Table(
    "consent_grants", metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    # Filled when a caregiver redeems the link code.
    Column("caregiver_id", Integer, ForeignKey("caregivers.id", ondelete="CASCADE")),
    Column("label", String(64), nullable=False),
    Column("categories", JSON, nullable=False),
    Column("purpose", String(128), nullable=False),
    Column("allow_export", Boolean, nullable=False),
    # What the caregiver calls this person on their pages (given when linking); "" until then.
    Column("display_name", String(64), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
    Column("revoked_at", UTCDateTime()),
    Column("code_hash", String(255)),
    Column("code_expires_at", UTCDateTime(), nullable=False),
    Column("linked_at", UTCDateTime()),
    # A replayed turn (same person, same instant) grants once.
    UniqueConstraint("person_id", "created_at", name="uq_consent_grants_person_created"),
)

audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), nullable=False),
    Column("caregiver_id", Integer, ForeignKey("caregivers.id", ondelete="CASCADE"), nullable=False),
    Column("grant_id", Integer, ForeignKey("consent_grants.id", ondelete="SET NULL")),
    Column("action", String(32), nullable=False),  # "link", "view", "chart", "export_csv", "export_json"
    Column("detail", Text, nullable=False),  # the categories shown, comma separated
    Column("at", UTCDateTime(), nullable=False),
)

auth_failures = Table(
    "auth_failures", metadata,
    Column("id", Integer, primary_key=True),
    # "login-account:<sha256 of email>", "login-ip:<address>", "link:<caregiver id>", "link-ip:<address>",
    # "signup-ip:<address>" (every sign-up counts: hashing a password is deliberately expensive)
    Column("key", String(128), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
)

Index("ix_consent_grants_person", consent_grants.c.person_id, consent_grants.c.expires_at)
Index("ix_consent_grants_caregiver", consent_grants.c.caregiver_id)
Index("ix_audit_log_person_at", audit_log.c.person_id, audit_log.c.at)
Index("ix_auth_failures_key_at", auth_failures.c.key, auth_failures.c.at)

# Which check-in answers belong to which category; an answer in no list is never shown to a caregiver.
ANSWER_CATEGORIES: dict[str, tuple[str, ...]] = {
    "checkin_answers": ("craving", "mood", "stress", "sleep_hours", "phq2_interest", "phq2_down",
                        "gad2_nervous", "gad2_worry"),
    "use_disclosures": ("cocaine_use", "alcohol"),
    "medication": ("benzo_use",),
    "notes": ("trigger", "helped"),
}


# ---- records -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Caregiver:
    id: int
    email: str
    name: str
    session_version: int = 0


@dataclass(frozen=True)
class Grant:
    id: int
    person_id: int
    caregiver_id: int | None
    label: str
    categories: tuple[str, ...]
    purpose: str
    created_at: datetime
    expires_at: datetime
    allow_export: bool
    display_name: str

    def allows(self, category: str) -> bool:
        return category in self.categories


@dataclass(frozen=True)
class LinkedPatient:
    person_id: int
    label: str
    categories: tuple[str, ...]
    expires_at: datetime
    linked_at: datetime
    display_name: str
    allow_export: bool


@dataclass(frozen=True)
class TimelineItem:
    at: datetime
    kind: str  # "checkin", "exercise", "safety"
    title: str
    details: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class TrendPoint:
    day: date
    craving: int | None
    mood: int | None


@dataclass(frozen=True)
class PatientView:
    """What one caregiver request may show: the consent, the timeline, and the trend when consented."""

    grant: Grant
    items: list[TimelineItem]
    trend: list[TrendPoint] | None


@dataclass(frozen=True)
class AuditRow:
    caregiver: str
    action: str
    detail: str
    at: datetime


class RateLimited(Exception):
    """Too many failures for this account or address; try again later."""


class EmailTaken(Exception):
    pass


# ---- writing the person's consent events (called inside Store.save_turn's transaction) -----------


CONSENT_EVENTS = (ConsentGranted, ConsentRevoked)


def write_consent_event(conn: Connection, person_id: int, turn: Turn, event: object) -> bool:
    """Store a ConsentGranted or ConsentRevoked event; False when `event` is neither."""
    if isinstance(event, ConsentGranted):
        exists = conn.execute(select(consent_grants.c.id).where(
            consent_grants.c.person_id == person_id, consent_grants.c.created_at == turn.now)).scalar()
        if exists is None:  # a replayed turn grants once
            conn.execute(insert(consent_grants).values(
                person_id=person_id, caregiver_id=None, label=event.label[:64],
                categories=[c for c in CONSENT_CATEGORIES if c in event.categories], purpose=event.purpose[:128],
                allow_export=event.allow_export, display_name="",
                created_at=turn.now, expires_at=turn.now + timedelta(days=event.days), revoked_at=None,
                code_hash=_code_hasher.hash(event.code), code_expires_at=turn.now + CODE_VALID, linked_at=None))
        return True
    if isinstance(event, ConsentRevoked):
        where = [consent_grants.c.person_id == person_id, consent_grants.c.revoked_at.is_(None)]
        if event.grant_id is not None:
            where.append(consent_grants.c.id == event.grant_id)
        # Revoking also burns any unused link code.
        conn.execute(update(consent_grants).where(*where).values(revoked_at=turn.now, code_hash=None))
        return True
    return False


_ANY_GRANT = select(consent_grants.c.id).where(consent_grants.c.person_id == bindparam("person_id")).limit(1)


def sharing_summary(conn: Connection, person_id: int | None, now: datetime) -> SharingSummary:
    """Who can see this person's logs now (pending codes included) and who looked lately."""
    if person_id is None:
        return SharingSummary()
    # Most people never share: one indexed lookup spares them the three queries below on every turn
    # (no grant ever means no caregiver and no audit row either).
    if conn.execute(_ANY_GRANT, {"person_id": person_id}).first() is None:
        return SharingSummary()
    rows = conn.execute(
        select(consent_grants, caregivers.c.name)
        .outerjoin(caregivers, caregivers.c.id == consent_grants.c.caregiver_id)
        .where(consent_grants.c.person_id == person_id, _active(now))
        .where(or_(consent_grants.c.caregiver_id.is_not(None), consent_grants.c.code_expires_at > now))
        .order_by(consent_grants.c.created_at)).mappings().all()
    shared = [SharedWith(grant_id=r["id"], who=r["name"] or r["label"] or "", linked=r["caregiver_id"] is not None,
                         categories=list(r["categories"]), expires_at=r["expires_at"], label=r["label"])
              for r in rows]
    since = now - timedelta(days=30)
    views = conn.execute(
        select(caregivers.c.name, audit_log.c.action, audit_log.c.at)
        .join(caregivers, caregivers.c.id == audit_log.c.caregiver_id)
        .where(audit_log.c.person_id == person_id, audit_log.c.action != "link", audit_log.c.at >= since)
        .order_by(audit_log.c.at.desc(), audit_log.c.id.desc()).limit(RECENT_VIEWS)).mappings().all()
    count = conn.execute(select(func.count()).select_from(audit_log).where(
        audit_log.c.person_id == person_id, audit_log.c.action != "link", audit_log.c.at >= since)).scalar_one()
    return SharingSummary(
        shared_with=shared,
        recent_views=[CaregiverView(who=v["name"], what="export" if v["action"].startswith("export") else "timeline",
                                    at=v["at"]) for v in views],
        views_last_30_days=int(count))


def _active(now: datetime) -> Any:
    return and_(consent_grants.c.revoked_at.is_(None), consent_grants.c.expires_at > now)


# ---- the caregiver side ---------------------------------------------------------------------------


class ConsentStore:
    """Caregiver accounts and everything a caregiver may read, on the Store's database.

    Every read that shows patient data takes the caregiver id and re-checks an active consent in the same
    query, so a revoked or expired consent shows nothing from the next request on.
    """

    def __init__(self, store: Any) -> None:
        self.store = store
        self.engine = store.engine
        self._writer = getattr(store, "_writer", store.engine)

    def _errors(self, action: str) -> Any:
        return self.store._errors(action)

    # ---- accounts ------------------------------------------------------------------------------

    def create_caregiver(self, email: str, name: str, password: str, now: datetime) -> Caregiver:
        email = email.strip().lower()
        hashed = _password_hasher.hash(password)
        new_id: int | None = None
        try:
            with self._errors("create the account"), self._writer.begin() as conn:
                if conn.execute(select(caregivers.c.id).where(caregivers.c.email == email)).scalar() is None:
                    new_id = conn.execute(insert(caregivers).values(
                        email=email, name=name.strip()[:100], password_hash=hashed, created_at=now)
                        .returning(caregivers.c.id)).scalar_one()
        except StoreUnavailable as exc:
            if isinstance(exc.__cause__, IntegrityError):  # a sign-up racing another for the same email
                raise EmailTaken(email) from None
            raise
        if new_id is None:
            raise EmailTaken(email)
        return Caregiver(id=int(new_id), email=email, name=name.strip()[:100])

    def authenticate(self, email: str, password: str, address: str, now: datetime) -> Caregiver | None:
        """The caregiver, or None for a wrong email or password. RateLimited after too many failures."""
        email = email.strip().lower()
        keys = [f"login-account:{hashlib.sha256(email.encode()).hexdigest()[:40]}", f"login-ip:{address}"[:128]]
        self._check_limit(keys, now)
        with self._errors("read the account"), self.engine.connect() as conn:
            row = conn.execute(select(caregivers).where(caregivers.c.email == email)).mappings().first()
        ok = False
        if row is not None:
            try:
                ok = _password_hasher.verify(row["password_hash"], password)
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                ok = False
        else:
            # Same work for an unknown email, so timing does not tell which emails have accounts.
            with contextlib.suppress(VerifyMismatchError, VerificationError, InvalidHashError):
                _password_hasher.verify(_DUMMY_HASH, password)
        if not ok or row is None:
            self._fail(keys, now)
            return None
        self._clear(keys[:1])
        return Caregiver(id=row["id"], email=row["email"], name=row["name"], session_version=row["session_version"])

    def caregiver(self, caregiver_id: int) -> Caregiver | None:
        with self._errors("read the account"), self.engine.connect() as conn:
            row = conn.execute(select(caregivers).where(caregivers.c.id == caregiver_id)).mappings().first()
        return None if row is None else Caregiver(id=row["id"], email=row["email"], name=row["name"],
                                                  session_version=row["session_version"])

    def end_sessions(self, caregiver_id: int) -> None:
        """Log this caregiver out everywhere: sessions carrying the old version stop working."""
        with self._errors("log out"), self._writer.begin() as conn:
            conn.execute(update(caregivers).where(caregivers.c.id == caregiver_id)
                         .values(session_version=caregivers.c.session_version + 1))

    def count_signup(self, address: str, now: datetime) -> None:
        """Count one self sign-up from `address`; RateLimited after MAX_FAILURES in the window."""
        keys = [f"signup-ip:{address}"[:128]]
        self._check_limit(keys, now)
        self._fail(keys, now)

    # ---- link codes ----------------------------------------------------------------------------

    def link(self, caregiver_id: int, code: str, address: str, now: datetime,
             display_name: str = "") -> LinkedPatient | None:
        """Redeem a link code: the newest pending consent whose code matches. None for a wrong or stale code."""
        keys = [f"link:{caregiver_id}", f"link-ip:{address}"[:128]]
        self._check_limit(keys, now)
        code = "".join(ch for ch in code if ch.isdigit())
        with self._errors("link the patient"), self._writer.begin() as conn:
            pending = conn.execute(select(consent_grants).where(
                _active(now), consent_grants.c.caregiver_id.is_(None), consent_grants.c.code_hash.is_not(None),
                consent_grants.c.code_expires_at > now)).mappings().all()
            match = next((row for row in pending if len(code) == 6 and _code_matches(row["code_hash"], code)), None)
            if match is not None:
                conn.execute(update(consent_grants).where(consent_grants.c.id == match["id"]).values(
                    caregiver_id=caregiver_id, linked_at=now, code_hash=None,
                    display_name=display_name.strip()[:64]))
                conn.execute(insert(audit_log).values(
                    person_id=match["person_id"], caregiver_id=caregiver_id, grant_id=match["id"], action="link",
                    detail=",".join(match["categories"]), at=now))
        if match is None:
            self._fail(keys, now)
            return None
        return LinkedPatient(person_id=match["person_id"], label=match["label"], categories=tuple(match["categories"]),
                             expires_at=match["expires_at"], linked_at=now, display_name=display_name.strip()[:64],
                             allow_export=match["allow_export"])

    # ---- what a caregiver may see --------------------------------------------------------------

    def patients(self, caregiver_id: int, now: datetime) -> list[LinkedPatient]:
        with self._errors("read linked patients"), self.engine.connect() as conn:
            rows = conn.execute(select(consent_grants).where(
                consent_grants.c.caregiver_id == caregiver_id, _active(now))
                .order_by(consent_grants.c.linked_at.desc(), consent_grants.c.id.desc())).mappings().all()
        seen: dict[int, LinkedPatient] = {}
        for r in rows:  # the newest consent per patient
            seen.setdefault(r["person_id"], LinkedPatient(
                person_id=r["person_id"], label=r["label"], categories=tuple(r["categories"]),
                expires_at=r["expires_at"], linked_at=r["linked_at"], display_name=r["display_name"],
                allow_export=r["allow_export"]))
        return list(seen.values())

    def grant_for(self, caregiver_id: int, person_id: int, now: datetime) -> Grant | None:
        """The active consent letting this caregiver see this person, or None (no consent, revoked, expired)."""
        with self._errors("check the consent"), self.engine.connect() as conn:
            return _grant(conn, caregiver_id, person_id, now)

    def view(self, caregiver_id: int, person_id: int, now: datetime, *, action: str = "view",
             days: int = 30) -> PatientView | None:
        """The consented timeline (newest first) and trend, with one audit row; None, no data and no row
        without an active consent of this caregiver for this person. Exports need the person's yes to export."""
        with self._errors("read the timeline"), self._writer.begin() as conn:
            grant = _grant(conn, caregiver_id, person_id, now)
            if grant is None or (action.startswith("export") and not grant.allow_export):
                return None
            items = _timeline(conn, grant, now - timedelta(days=days))
            trend = _trend(conn, person_id, now, days) if grant.allows("trends") else None
            _audit(conn, grant, caregiver_id, action, now)
        return PatientView(grant=grant, items=items, trend=trend)

    def timeline(self, caregiver_id: int, person_id: int, now: datetime, *, days: int = 30,
                 action: str = "view") -> tuple[Grant, list[TimelineItem]] | None:
        result = self.view(caregiver_id, person_id, now, action=action, days=days)
        return None if result is None else (result.grant, result.items)

    def trend(self, caregiver_id: int, person_id: int, now: datetime, days: int = 30) -> list[TrendPoint] | None:
        """Daily craving and mood for the last `days` days, when the consent includes trends."""
        result = self.view(caregiver_id, person_id, now, action="chart", days=days)
        return None if result is None else result.trend

    def audit(self, user_id: str) -> list[AuditRow]:
        """Every caregiver view and export of this person's logs, newest first."""
        with self._errors("read the audit log"), self.engine.connect() as conn:
            rows = conn.execute(
                select(caregivers.c.name, audit_log.c.action, audit_log.c.detail, audit_log.c.at)
                .join(caregivers, caregivers.c.id == audit_log.c.caregiver_id)
                .join(people, people.c.id == audit_log.c.person_id)
                .where(people.c.user_id == user_id)
                .order_by(audit_log.c.at.desc(), audit_log.c.id.desc())).mappings().all()
        return [AuditRow(caregiver=r["name"], action=r["action"], detail=r["detail"], at=r["at"]) for r in rows]

    def sharing(self, user_id: str, now: datetime) -> SharingSummary:
        with self._errors("read sharing"), self.engine.connect() as conn:
            person_id = conn.execute(select(people.c.id).where(people.c.user_id == user_id)).scalar()
            return sharing_summary(conn, person_id, now)

    # ---- rate limits ---------------------------------------------------------------------------

    def _check_limit(self, keys: Sequence[str], now: datetime) -> None:
        with self._errors("check the rate limit"), self.engine.connect() as conn:
            counts = [(key, conn.execute(select(func.count()).select_from(auth_failures).where(
                auth_failures.c.key == key, auth_failures.c.at > now - FAILURE_WINDOW)).scalar_one()) for key in keys]
        for key, count in counts:
            if count >= MAX_FAILURES:
                raise RateLimited(key.split(":", 1)[0])

    def _fail(self, keys: Iterable[str], now: datetime) -> None:
        with self._errors("record a failed attempt"), self._writer.begin() as conn:
            conn.execute(delete(auth_failures).where(auth_failures.c.at < now - FAILURE_WINDOW * 4))
            for key in keys:
                conn.execute(insert(auth_failures).values(key=key, at=now))

    def _clear(self, keys: Iterable[str]) -> None:
        with self._errors("clear failed attempts"), self._writer.begin() as conn:
            conn.execute(delete(auth_failures).where(auth_failures.c.key.in_(list(keys))))


_DUMMY_HASH = _password_hasher.hash("not a real password")


def _code_matches(code_hash: str, code: str) -> bool:
    try:
        return _code_hasher.verify(code_hash, code)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _grant(conn: Connection, caregiver_id: int, person_id: int, now: datetime) -> Grant | None:
    row = conn.execute(select(consent_grants).where(
        consent_grants.c.caregiver_id == caregiver_id, consent_grants.c.person_id == person_id, _active(now))
        .order_by(consent_grants.c.linked_at.desc(), consent_grants.c.id.desc()).limit(1)).mappings().first()
    if row is None:
        return None
    return Grant(id=row["id"], person_id=row["person_id"], caregiver_id=row["caregiver_id"], label=row["label"],
                 categories=tuple(row["categories"]), purpose=row["purpose"], created_at=row["created_at"],
                 expires_at=row["expires_at"], allow_export=row["allow_export"], display_name=row["display_name"])


def _trend(conn: Connection, person_id: int, now: datetime, days: int) -> list[TrendPoint]:
    # A check-in marked weekly is the daily one with the weekly questions added: it counts too.
    first = (now - timedelta(days=days - 1)).date()
    rows = conn.execute(select(checkins.c.day, checkins.c.craving, checkins.c.mood).where(
        checkins.c.person_id == person_id, checkins.c.day >= first)
        .order_by(checkins.c.day, checkins.c.id)).mappings().all()
    by_day: dict[date, TrendPoint] = {}
    for r in rows:
        seen = by_day.get(r["day"])
        by_day[r["day"]] = TrendPoint(day=r["day"], craving=r["craving"] if r["craving"] is not None else
                                      (seen.craving if seen else None),
                                      mood=r["mood"] if r["mood"] is not None else (seen.mood if seen else None))
    return list(by_day.values())


def _audit(conn: Connection, grant: Grant, caregiver_id: int, action: str, now: datetime) -> None:
    conn.execute(insert(audit_log).values(person_id=grant.person_id, caregiver_id=caregiver_id, grant_id=grant.id,
                                          action=action, detail=",".join(grant.categories), at=now))


def _timeline(conn: Connection, grant: Grant, since: datetime) -> list[TimelineItem]:
    items: list[TimelineItem] = []
    person_id = grant.person_id
    shown_answers = [key for cat, keys in ANSWER_CATEGORIES.items() if grant.allows(cat) for key in keys]
    if grant.allows("activity") or shown_answers:
        rows = conn.execute(select(checkins).where(checkins.c.person_id == person_id,
                                                   checkins.c.day >= since.date())
                            .order_by(checkins.c.day)).mappings().all()
        for r in rows:
            answers = r["answers"] or {}
            details = tuple((key, _answer_text(answers[key])) for key in shown_answers
                            if answers.get(key) is not None)
            if not grant.allows("activity") and not details:
                continue
            at = datetime.combine(r["day"], datetime.min.time(), tzinfo=UTC)
            items.append(TimelineItem(at=at, kind="checkin",
                                      title="Daily check-in done" + (" (with the weekly questions)"
                                                                     if r["weekly"] else ""),
                                      details=details))
    if grant.allows("activity") or grant.allows("trends"):
        rows = conn.execute(select(exercise_runs).where(exercise_runs.c.person_id == person_id,
                                                        exercise_runs.c.started_at >= since)).mappings().all()
        for r in rows:
            details: tuple[tuple[str, str], ...] = ()
            if grant.allows("trends"):
                before, after = r["craving_before"], r["craving_after"]
                details = (("craving", f"{_answer_text(before)} → {_answer_text(after)}"),)
            title = "Craving exercise" + (" done" if r["completed"] else " started")
            if grant.allows("activity"):
                title += f": {r['exercise_id'].replace('_', ' ')}"
            items.append(TimelineItem(at=r["started_at"], kind="exercise", title=title, details=details))
    if grant.allows("safety_events"):
        rows = conn.execute(select(safety_events.c.at).where(safety_events.c.person_id == person_id,
                                                             safety_events.c.at >= since)).mappings().all()
        # Never the words, never which screen fired: only that crisis resources were given that day.
        for day in sorted({r["at"].date() for r in rows}):
            items.append(TimelineItem(at=datetime.combine(day, datetime.min.time(), tzinfo=UTC), kind="safety",
                                      title="Crisis and support resources were given"))
    items.sort(key=lambda item: item.at, reverse=True)
    return items


def _answer_text(value: object) -> str:
    if value is None:
        return "not given"
    if isinstance(value, str):
        return value.replace("_", " ")
    return str(value)


def load_sharing(conn: Connection, person_id: int) -> SharingSummary | None:
    """The sharing summary for Store.load_state; None (the coach says it cannot check) if it cannot be read."""
    # On PostgreSQL a failed query spoils the whole transaction, hence the savepoint; SQLite needs none.
    guard = conn.begin_nested() if conn.dialect.name == "postgresql" else contextlib.nullcontext()
    try:
        with guard:
            return sharing_summary(conn, person_id, datetime.now(UTC))
    except Exception as exc:  # e.g. a database not yet migrated: the state itself must still load
        log.warning("could not read the sharing summary: %s", type(exc).__name__)
        return None
