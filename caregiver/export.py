"""CSV and JSON downloads of what one caregiver may see of one patient (only with the patient's yes).

Both carry the 42 CFR Part 2 notice, because the rule wants it with every disclosure, files included.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

from caregiver.wording import NOTICE_FULL, NOTICE_SHORT, answer_label
from coach.store.consent import PatientView

# A spreadsheet runs a cell starting with one of these as a formula; notes are the patient's own words.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def to_csv(view: PatientView, name: str, now: datetime) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["notice", NOTICE_SHORT])
    writer.writerow(["patient", _cell(name)])
    writer.writerow(["shared categories", ", ".join(view.grant.categories)])
    writer.writerow(["purpose of sharing", _cell(view.grant.purpose)])
    writer.writerow(["consent given (UTC)", view.grant.created_at.isoformat(timespec="seconds")])
    writer.writerow(["consent ends (UTC)", view.grant.expires_at.isoformat(timespec="seconds")])
    writer.writerow(["exported at (UTC)", now.isoformat(timespec="seconds")])
    writer.writerow([])
    writer.writerow(["when (UTC)", "kind", "what", "details"])
    for item in view.items:
        details = "; ".join(f"{answer_label(k)}: {v}" for k, v in item.details)
        writer.writerow([item.at.isoformat(timespec="minutes"), item.kind, _cell(item.title), _cell(details)])
    if view.trend is not None:
        writer.writerow([])
        writer.writerow(["day", "craving (0-10)", "mood (0-10)"])
        for point in view.trend:
            writer.writerow([point.day.isoformat(), _blank(point.craving), _blank(point.mood)])
    writer.writerow([])
    writer.writerow(["notice", NOTICE_FULL])
    return out.getvalue()


def to_json(view: PatientView, name: str, now: datetime) -> str:
    document = {
        "notice": NOTICE_FULL,
        "patient": name,
        "shared_categories": list(view.grant.categories),
        "consent_purpose": view.grant.purpose,
        "consent_given_at": view.grant.created_at.isoformat(timespec="seconds"),
        "consent_expires_at": view.grant.expires_at.isoformat(timespec="seconds"),
        "exported_at": now.isoformat(timespec="seconds"),
        "timeline": [{"at": item.at.isoformat(timespec="minutes"), "kind": item.kind, "what": item.title,
                      "details": dict(item.details)} for item in view.items],
        "trend": None if view.trend is None else [
            {"day": p.day.isoformat(), "craving": p.craving, "mood": p.mood} for p in view.trend],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def _blank(value: int | None) -> str:
    return "" if value is None else str(value)
