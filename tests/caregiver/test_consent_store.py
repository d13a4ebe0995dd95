"""Consents, link codes, rate limits and the audit log in the store, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import inspect, select

from coach.content import default_content
from coach.models import CheckinCompleted, Turn
from coach.service import Coach
from coach.store import Store
from coach.store.consent import (
    MAX_FAILURES,
    ConsentStore,
    EmailTaken,
    RateLimited,
    audit_log,
    consent_grants,
)

from .helpers import ALL, NOW, grant, history, revoke, write

IP = "203.0.113.7"


def caregiver(consents: ConsentStore, email: str = "jane@example.org", name: str = "Jane Doe") -> int:
    return consents.create_caregiver(email, name, "correct horse battery", NOW).id


def test_tables_exist_after_upgrade(store: Store) -> None:
    names = set(inspect(store.engine).get_table_names())
    assert {"caregivers", "consent_grants", "audit_log", "auth_failures"} <= names


def test_the_code_is_stored_hashed_with_a_fifteen_minute_expiry(store: Store) -> None:
    grant(store, "pat", "472019", days=30)
    with store.engine.connect() as conn:
        row = conn.execute(select(consent_grants)).mappings().one()
    assert "472019" not in row["code_hash"] and row["code_hash"].startswith("$argon2")
    assert row["code_expires_at"] - row["created_at"] == timedelta(minutes=15)
    assert row["expires_at"] - row["created_at"] == timedelta(days=30)
    assert row["caregiver_id"] is None


def test_a_replayed_turn_grants_once(store: Store) -> None:
    grant(store, "pat", "472019")
    grant(store, "pat", "472019")
    with store.engine.connect() as conn:
        assert len(conn.execute(select(consent_grants)).all()) == 1


def test_link_with_the_right_code_once(store: Store, consents: ConsentStore) -> None:
    jane, bob = caregiver(consents), caregiver(consents, "bob@example.org", "Bob")
    grant(store, "pat", "472019", label="mom")
    linked = consents.link(jane, "472 019", IP, NOW + timedelta(minutes=5))
    assert linked is not None and linked.label == "mom"
    # One use: the same code does nothing for anybody afterwards.
    assert consents.link(bob, "472019", IP, NOW + timedelta(minutes=6)) is None
    assert [p.person_id for p in consents.patients(jane, NOW)] == [linked.person_id]
    assert consents.patients(bob, NOW) == []


@pytest.mark.parametrize("code", ["472018", "47201", "4720199", "abcdef", ""])
def test_wrong_codes_fail(store: Store, consents: ConsentStore, code: str) -> None:
    jane = caregiver(consents)
    grant(store, "pat", "472019")
    assert consents.link(jane, code, IP, NOW + timedelta(minutes=1)) is None
    assert consents.patients(jane, NOW) == []


def test_an_expired_code_fails(store: Store, consents: ConsentStore) -> None:
    jane = caregiver(consents)
    grant(store, "pat", "472019")
    assert consents.link(jane, "472019", IP, NOW + timedelta(minutes=15, seconds=1)) is None
    assert consents.link(jane, "472019", IP, NOW + timedelta(minutes=14, seconds=59)) is not None


def test_a_code_revoked_before_use_fails(store: Store, consents: ConsentStore) -> None:
    jane = caregiver(consents)
    grant(store, "pat", "472019")
    revoke(store, "pat", NOW + timedelta(minutes=1))
    assert consents.link(jane, "472019", IP, NOW + timedelta(minutes=2)) is None


def test_link_attempts_are_rate_limited(store: Store, consents: ConsentStore) -> None:
    jane = caregiver(consents)
    grant(store, "pat", "472019")
    for n in range(MAX_FAILURES):
        assert consents.link(jane, f"00000{n}", IP, NOW + timedelta(seconds=n)) is None
    with pytest.raises(RateLimited):
        consents.link(jane, "472019", "198.51.100.1", NOW + timedelta(minutes=1))
    # The limit is this caregiver's and this address's: another caregiver elsewhere can still redeem it.
    bob = caregiver(consents, "bob@example.org", "Bob")
    assert consents.link(bob, "472019", "198.51.100.1", NOW + timedelta(minutes=1)) is not None


def test_login_is_rate_limited_per_account_and_per_address(consents: ConsentStore) -> None:
    caregiver(consents)
    assert consents.authenticate("jane@example.org", "correct horse battery", IP, NOW) is not None
    for n in range(MAX_FAILURES):
        assert consents.authenticate("JANE@example.org", f"wrong {n}", f"198.51.100.{n}", NOW) is None
    with pytest.raises(RateLimited):  # the account, from a new address, even with the right password
        consents.authenticate("jane@example.org", "correct horse battery", "192.0.2.99", NOW)
    assert consents.authenticate("jane@example.org", "correct horse battery", IP,
                                 NOW + timedelta(minutes=16)) is not None
    # One address trying many accounts is stopped too.
    for n in range(MAX_FAILURES):
        assert consents.authenticate(f"nobody{n}@example.org", "x", "192.0.2.50", NOW) is None
    with pytest.raises(RateLimited):
        consents.authenticate("jane@example.org", "correct horse battery", "192.0.2.50", NOW)


def test_emails_are_unique_ignoring_case(consents: ConsentStore) -> None:
    caregiver(consents)
    with pytest.raises(EmailTaken):
        consents.create_caregiver("Jane@Example.org", "Other", "another password", NOW)


def test_timeline_shows_only_the_consented_categories(store: Store, consents: ConsentStore) -> None:
    jane = caregiver(consents)
    history(store, "pat", (NOW - timedelta(days=2)).date())
    grant(store, "pat", "472019")  # the default: activity and trends
    linked = consents.link(jane, "472019", IP, NOW)
    assert linked is not None
    result = consents.timeline(jane, linked.person_id, NOW)
    assert result is not None
    _, items = result
    text = repr(items)
    assert {i.kind for i in items} == {"checkin", "exercise"}
    assert "8 → 4" in text  # craving before and after: part of the trend
    for private in ("SECRET", "cocaine_use", "benzo_use", "craving', '7", "safety", "Crisis"):
        assert private not in text


def test_timeline_with_every_category_still_never_shows_crisis_words(store: Store, consents: ConsentStore) -> None:
    jane = caregiver(consents)
    history(store, "pat", (NOW - timedelta(days=2)).date())
    grant(store, "pat", "472019", categories=ALL)
    linked = consents.link(jane, "472019", IP, NOW)
    assert linked is not None
    result = consents.timeline(jane, linked.person_id, NOW)
    assert result is not None
    text = repr(result[1])
    assert "SECRET-NOTE" in text and "cocaine_use" in text and "benzo_use" in text
    assert "Crisis and support resources were given" in text
    assert "SECRET-WORDS" not in text and "suicide" not in text


def test_no_access_to_other_patients_after_revocation_or_expiry(store: Store, consents: ConsentStore) -> None:
    jane = caregiver(consents)
    grant(store, "pat", "111111", days=30)
    grant(store, "sam", "222222")
    pat = consents.link(jane, "111111", IP, NOW)
    assert pat is not None
    with store.engine.connect() as conn:
        sam_id = conn.execute(select(consent_grants.c.person_id).where(consent_grants.c.caregiver_id.is_(None))
                              ).scalar_one()
    assert consents.timeline(jane, sam_id, NOW) is None  # never linked
    assert consents.timeline(jane, pat.person_id, NOW + timedelta(days=30, seconds=1)) is None  # expired
    assert consents.timeline(jane, pat.person_id, NOW) is not None
    revoke(store, "pat", NOW + timedelta(minutes=1))
    assert consents.timeline(jane, pat.person_id, NOW + timedelta(minutes=2)) is None
    assert consents.trend(jane, pat.person_id, NOW + timedelta(minutes=2)) is None
    assert consents.patients(jane, NOW + timedelta(minutes=2)) == []


def test_every_view_leaves_an_audit_row_and_refusals_none(store: Store, consents: ConsentStore) -> None:
    jane = caregiver(consents)
    grant(store, "pat", "472019", allow_export=True)
    linked = consents.link(jane, "472019", IP, NOW)
    assert linked is not None and linked.allow_export
    consents.timeline(jane, linked.person_id, NOW)
    consents.trend(jane, linked.person_id, NOW)
    consents.view(jane, linked.person_id, NOW, action="export_csv")
    revoke(store, "pat", NOW + timedelta(minutes=1))
    assert consents.view(jane, linked.person_id, NOW + timedelta(minutes=2)) is None
    rows = consents.audit("pat")
    assert [r.action for r in rows] == ["export_csv", "chart", "view", "link"]
    assert all(r.caregiver == "Jane Doe" and r.detail == "activity,trends" for r in rows)
    with store.engine.connect() as conn:
        assert len(conn.execute(select(audit_log)).all()) == 4


def test_export_only_when_the_person_allowed_it(store: Store, consents: ConsentStore) -> None:
    jane = caregiver(consents)
    grant(store, "pat", "472019")  # allow_export defaults to no
    linked = consents.link(jane, "472019", IP, NOW)
    assert linked is not None and not linked.allow_export
    for action in ("export_csv", "export_json"):
        assert consents.view(jane, linked.person_id, NOW, action=action) is None
    view = consents.view(jane, linked.person_id, NOW)
    assert view is not None and not view.grant.allow_export
    assert [r.action for r in consents.audit("pat")] == ["view", "link"]


def test_load_state_carries_the_sharing_summary(store: Store, consents: ConsentStore) -> None:
    grant(store, "pat", "472019", label="mom")
    state = store.load_state("pat")
    assert state is not None and state.sharing is not None
    [pending] = state.sharing.shared_with
    assert pending.who == "mom" and not pending.linked
    jane = caregiver(consents)
    linked = consents.link(jane, "472019", IP, NOW)
    assert linked is not None
    consents.timeline(jane, linked.person_id, NOW)
    state = store.load_state("pat")
    assert state is not None and state.sharing is not None
    assert [(s.who, s.linked, s.categories) for s in state.sharing.shared_with] == [
        ("Jane Doe", True, ["activity", "trends"])]
    assert state.sharing.views_last_30_days == 1 and state.sharing.recent_views[0].who == "Jane Doe"
    # Derived, never saved: the stored state JSON has no sharing in it.
    record = store.person("pat")
    assert record is not None
    with store.engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT state FROM people").scalar_one()
    assert "sharing" not in raw and "Jane" not in raw


def test_voice_session_through_the_coach_and_store(store: Store, consents: ConsentStore) -> None:
    """A whole patient session with the real service: share, link, ask who can see, revoke, ask again."""
    coach = Coach(default_content(), store=store)
    clock = [NOW]

    def say(text: str, **kw: str) -> str:
        clock[0] += timedelta(seconds=10)
        return coach.handle(Turn(user_id="pat", text=text or None, now=clock[0], **kw)).speech  # type: ignore[arg-type]

    say("", kind="launch")
    say("no")
    say("no")
    say("share my progress with my sister")
    say("everything except notes")
    say("thirty days")
    say("no")  # no downloads
    spoken = say("yes", link_code="305118")
    assert "three, zero, five, one, one, eight" in spoken
    jane = caregiver(consents)
    linked = consents.link(jane, "305118", IP, clock[0] + timedelta(minutes=1))
    assert linked is not None and linked.label == "sister"
    assert "Jane Doe can see your activity and streak" in say("who can see my logs")
    assert "stop sharing with Jane Doe" in say("stop sharing with my sister")
    assert "can't see your logs anymore" in say("yes")
    assert consents.grant_for(jane, linked.person_id, clock[0] + timedelta(seconds=1)) is None
    assert "nobody can see your logs" in say("who can see my logs").lower()


def test_a_check_in_with_the_weekly_questions_is_in_the_trend(store: Store, consents: ConsentStore) -> None:
    jane = caregiver(consents)
    day = (NOW - timedelta(days=1)).date()
    write(store, "pat", NOW - timedelta(days=1), CheckinCompleted(day=day, weekly=True,
                                                                  answers={"craving": 5, "mood": 6, "phq2_down": 1}))
    grant(store, "pat", "472019")
    linked = consents.link(jane, "472019", IP, NOW)
    assert linked is not None
    view = consents.view(jane, linked.person_id, NOW)
    assert view is not None and view.trend is not None
    assert [(p.day, p.craving, p.mood) for p in view.trend] == [(day, 5, 6)]
    assert [i.title for i in view.items] == ["Daily check-in done (with the weekly questions)"]
