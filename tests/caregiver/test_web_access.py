"""What a caregiver can reach through the real pages, on SQLite and PostgreSQL: only consented patients,
only consented categories, nothing after revocation or expiry, whatever URL they type; every view and
export leaves an audit row and the patient hears who looked."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from datetime import timedelta

from flask import Flask
from sqlalchemy import select

from coach.content import default_content
from coach.models import Turn
from coach.service import Coach
from coach.store import Store
from coach.store.consent import ConsentStore, audit_log, consent_grants
from coach.store.tables import people

from .helpers import ALL, NOW, grant, history, revoke
from .web import Caregiver

PRIVATE = ("SECRET-NOTE", "SECRET-WORDS", "Cocaine use", "Benzodiazepines", "Main trigger",
           "Crisis and support resources")


def person_id(store: Store, user_id: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(people.c.id).where(people.c.user_id == user_id)).scalar_one())


def audit_actions(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return [r.action for r in conn.execute(select(audit_log.c.action).order_by(audit_log.c.id))]


def signed_up(app: Flask, email: str = "jane@example.org", name: str = "Jane Doe") -> Caregiver:
    caregiver = Caregiver(app)
    assert caregiver.signup(email, name).status_code == 303
    return caregiver


def linked(app: Flask, store: Store, user_id: str = "pat", code: str = "472019", **grant_kw: object) -> tuple[
        Caregiver, int]:
    history(store, user_id, (NOW - timedelta(days=2)).date())
    grant(store, user_id, code, **grant_kw)  # type: ignore[arg-type]
    jane = signed_up(app)
    answer = jane.link(code, "Pat")
    assert answer.status_code == 303
    pid = person_id(store, user_id)
    assert answer.headers["Location"].endswith(f"/caregiver/patients/{pid}")
    return jane, pid


def test_without_consent_a_patient_is_never_shown(app: Flask, store: Store) -> None:
    history(store, "pat", (NOW - timedelta(days=2)).date())
    grant(store, "pat", "472019")  # a code nobody redeemed
    jane = signed_up(app)
    pid = person_id(store, "pat")
    page = jane.get(f"/caregiver/patients/{pid}")
    assert page.status_code == 404
    body = page.get_data(as_text=True)
    assert "no active sharing" in body and "Daily check-in" not in body and "urge surfing" not in body
    assert jane.get(f"/caregiver/patients/{pid + 1000}").status_code == 404  # nobody: the same answer
    assert jane.export(pid, "csv").status_code == 404
    assert "Nobody shares with you" in jane.text("/caregiver/")
    assert audit_actions(store) == []


def test_signed_out_visitors_are_sent_to_sign_in(app: Flask, store: Store) -> None:
    _, pid = linked(app, store)
    stranger = Caregiver(app)
    for path in ("/caregiver/", f"/caregiver/patients/{pid}"):
        answer = stranger.get(path)
        assert answer.status_code == 303 and answer.headers["Location"].endswith("/caregiver/login")
    assert stranger.post(f"/caregiver/patients/{pid}/export.csv").status_code == 303
    assert audit_actions(store) == ["link"]


def test_the_default_consent_shows_activity_and_trend_only(app: Flask, store: Store) -> None:
    jane, pid = linked(app, store)
    body = jane.text(f"/caregiver/patients/{pid}")
    assert "Daily check-in done" in body and "Craving exercise done: urge surfing" in body
    assert "8 → 4" in body  # craving before → after
    for private in PRIVATE:
        assert private not in body
    assert 'id="trend-chart"' in body and 'id="trend-data"' in body
    trend = json.loads(re.search(r'id="trend-data">(.*?)</script>', body, re.S).group(1))  # type: ignore[union-attr]
    assert len(trend["labels"]) == 30 and trend["craving"][-3] == 7 and trend["mood"][-3] == 3
    assert "Download CSV" not in body and "did not allow downloads" in body


def test_without_trends_there_is_no_chart_and_no_craving_numbers(app: Flask, store: Store) -> None:
    jane, pid = linked(app, store, categories=["activity"])
    body = jane.text(f"/caregiver/patients/{pid}")
    assert "Daily check-in done" in body
    assert "trend-chart" not in body and "8 → 4" not in body and "Craving (0-10)" not in body


def test_every_category_still_shows_only_that_crisis_resources_were_given(app: Flask, store: Store) -> None:
    jane, pid = linked(app, store, categories=ALL)
    body = jane.text(f"/caregiver/patients/{pid}")
    assert "Crisis and support resources were given" in body and "SECRET-NOTE" in body
    assert "Cocaine use since last check-in" in body and "Benzodiazepines" in body
    assert "SECRET-WORDS" not in body and "suicide" not in body and "i want to die" not in body


def test_the_page_carries_the_part_2_notice_and_emergency_help(app: Flask, store: Store) -> None:
    jane, pid = linked(app, store)
    answer = jane.get(f"/caregiver/patients/{pid}")
    body = answer.get_data(as_text=True)
    assert "42 CFR part 2 prohibits unauthorized use or disclosure of these records." in body
    assert "A general authorization for the release of medical or other information is NOT sufficient" in body
    # ... and the scope of the consent (42 CFR 2.32(b)): what, for what purpose, since and until when.
    scope = " ".join(body.split())
    assert re.search(r"They share with you: [^.]+, for recovery support\. They agreed on \d\d \w{3} \d{4}, "
                     r"until \d\d \w{3} \d{4}", scope), scope[:2000]
    assert 'href="tel:911"' in body and 'href="tel:988"' in body and "naloxone" in body
    # Nothing from elsewhere: every script, style and link is this site's own (or a phone number).
    for url in re.findall(r'(?:src|href)="([^"]+)"', body):
        assert url.startswith(("/caregiver/", "tel:", "#")), url
    assert '<meta name="viewport"' in body and 'lang="en"' in body
    assert answer.headers["Cache-Control"] == "no-store"
    assert "script-src 'self'" in answer.headers["Content-Security-Policy"]
    chart = jane.get("/caregiver/static/vendor/chart.js/chart.umd.min.js")
    assert chart.status_code == 200 and b"Chart.js v4" in chart.data


def test_another_patients_id_shows_nothing(app: Flask, store: Store) -> None:
    jane, pat = linked(app, store)
    history(store, "sam", (NOW - timedelta(days=1)).date())
    grant(store, "sam", "222222", allow_export=True)
    bob = signed_up(app, "bob@example.org", "Bob")
    assert bob.link("222222").status_code == 303
    sam = person_id(store, "sam")
    assert jane.get(f"/caregiver/patients/{sam}").status_code == 404
    assert jane.export(sam, "json").status_code == 404
    assert bob.get(f"/caregiver/patients/{pat}").status_code == 404
    assert bob.get(f"/caregiver/patients/{sam}").status_code == 200
    patients = jane.text("/caregiver/")
    assert f"/caregiver/patients/{pat}" in patients and f"/caregiver/patients/{sam}" not in patients


def test_revoking_by_voice_locks_the_caregiver_out_on_the_next_request(app: Flask, store: Store) -> None:
    jane, pid = linked(app, store, allow_export=True)
    assert jane.get(f"/caregiver/patients/{pid}").status_code == 200
    revoke(store, "pat", NOW + timedelta(seconds=1))
    assert jane.get(f"/caregiver/patients/{pid}").status_code == 404
    assert jane.export(pid, "csv").status_code == 404
    assert "Nobody shares with you" in jane.text("/caregiver/")
    assert audit_actions(store) == ["link", "view"]


def test_an_expired_consent_shows_nothing(app: Flask, store: Store) -> None:
    history(store, "pat", (NOW - timedelta(days=3)).date())
    granted = NOW - timedelta(days=2)
    grant(store, "pat", "472019", at=granted, days=1)
    jane = signed_up(app)
    me = ConsentStore(store).authenticate("jane@example.org", "correct horse battery", "192.0.2.1", NOW)
    assert me is not None
    # Linked in time, back then; the consent ran out a day ago.
    assert ConsentStore(store).link(me.id, "472019", "192.0.2.1", granted + timedelta(minutes=1)) is not None
    pid = person_id(store, "pat")
    assert jane.get(f"/caregiver/patients/{pid}").status_code == 404
    assert "Nobody shares with you" in jane.text("/caregiver/")


def test_wrong_and_expired_link_codes_fail(app: Flask, store: Store) -> None:
    grant(store, "pat", "472019", at=NOW - timedelta(minutes=16))  # its code ran out a minute ago
    grant(store, "sam", "305118")
    jane = signed_up(app)
    for code, status in (("472019", 400), ("305119", 400), ("12345", 400), ("abcdef", 400)):
        answer = jane.link(code)
        assert answer.status_code == status, code
        said = html.unescape(answer.get_data(as_text=True))
        assert "That code didn't work" in said or "A link code is six digits" in said
    assert "Nobody shares with you" in jane.text("/caregiver/")
    assert jane.link("305 118").status_code == 303


def test_link_codes_are_rate_limited(app: Flask, store: Store) -> None:
    grant(store, "pat", "472019")
    jane = signed_up(app)
    for n in range(5):
        assert jane.link(f"00000{n}").status_code == 400
    blocked = jane.link("472019")  # even the right code, for now
    assert blocked.status_code == 429 and "paused" in blocked.get_data(as_text=True)


def test_every_view_and_export_leaves_an_audit_row_and_the_patient_hears_it(app: Flask, store: Store) -> None:
    jane, pid = linked(app, store, allow_export=True)
    assert jane.get(f"/caregiver/patients/{pid}").status_code == 200
    assert jane.get(f"/caregiver/patients/{pid}").status_code == 200
    assert jane.export(pid, "csv").status_code == 200
    assert jane.export(pid, "json").status_code == 200
    assert audit_actions(store) == ["link", "view", "view", "export_csv", "export_json"]
    with store.engine.connect() as conn:
        rows = conn.execute(select(audit_log)).mappings().all()
        grant_id = conn.execute(select(consent_grants.c.id)).scalar_one()
    assert {(r["person_id"], r["grant_id"]) for r in rows} == {(pid, grant_id)}
    assert all(abs(r["at"] - NOW) < timedelta(minutes=10) for r in rows)
    # The patient asks by voice.
    coach = Coach(default_content(), store=store)
    heard = coach.handle(Turn(user_id="pat", text="who looked at my logs", now=NOW + timedelta(minutes=1))).speech
    assert "looked at four times" in heard
    assert "Jane Doe exported your logs" in heard and "Jane Doe looked at your logs" in heard


def test_exports_only_with_the_patients_yes(app: Flask, store: Store) -> None:
    jane, pid = linked(app, store)  # export not allowed
    for fmt in ("csv", "json"):
        refused = jane.export(pid, fmt)
        assert refused.status_code == 403 and "not allowed downloads" in refused.get_data(as_text=True)
    assert audit_actions(store) == ["link"]


def test_exports_hold_what_the_page_shows_and_the_notice(app: Flask, store: Store) -> None:
    jane, pid = linked(app, store, allow_export=True, categories=["activity", "trends", "notes"])
    answer = jane.export(pid, "csv")
    assert answer.mimetype == "text/csv" and "attachment" in answer.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(answer.get_data(as_text=True))))
    assert rows[0] == ["notice", "42 CFR part 2 prohibits unauthorized use or disclosure of these records."]
    # The scope of the consent travels with every disclosure (42 CFR 2.32(b)).
    scope = {row[0]: row[1] for row in rows[:8] if len(row) == 2}
    assert scope["shared categories"] == "activity, trends, notes"
    assert scope["purpose of sharing"] == "recovery support"
    assert scope["consent given (UTC)"] < scope["consent ends (UTC)"]
    flat = repr(rows)
    assert "Craving exercise done: urge surfing" in flat and "SECRET-NOTE" in flat
    assert "Cocaine" not in flat and "Crisis" not in flat
    document = json.loads(jane.export(pid, "json").get_data(as_text=True))
    assert document["notice"].startswith("This record which has been disclosed to you")
    assert document["shared_categories"] == ["activity", "trends", "notes"]
    assert document["consent_purpose"] == "recovery support"
    assert document["consent_given_at"] == scope["consent given (UTC)"]
    assert document["consent_expires_at"] == scope["consent ends (UTC)"]
    assert [p["craving"] for p in document["trend"]] == [7]
    assert any(item["kind"] == "exercise" for item in document["timeline"])


def test_unknown_export_formats_and_methods_are_clear_errors(app: Flask, store: Store) -> None:
    jane, pid = linked(app, store, allow_export=True)
    assert jane.export(pid, "xml").status_code == 404
    assert jane.get(f"/caregiver/patients/{pid}/export.csv").status_code == 405
    assert audit_actions(store) == ["link"]
