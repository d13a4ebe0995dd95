"""Fixed wording of the caregiver pages: the 42 CFR Part 2 notice, emergency help, labels for answers.

The notice is the regulation's own required text (42 CFR 2.32(a), as amended by 89 FR 12472, 16 Feb 2024):
it must accompany every disclosure made with the patient's consent, on screen and in every export. So must
the scope of the consent (2.32(b): what is shared, for what purpose, since and until when), which the patient
page and both exports state next to it.
Emergency facts follow ../shared/NOTES.md (988 Lifeline, 911 signs, Never Use Alone, SAMHSA helpline).
"""

from __future__ import annotations

# 42 CFR 2.32(a)(2): the short statement, shown as a banner on every page with patient data.
NOTICE_SHORT = "42 CFR part 2 prohibits unauthorized use or disclosure of these records."

# 42 CFR 2.32(a)(1): the full statement, shown under the banner and written into every export.
NOTICE_FULL = (
    "This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). "
    "These rules prohibit you from using or disclosing this record, or testimony that describes the information "
    "contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, "
    "State, or local authority, against the patient, unless authorized by the consent of the patient, except as "
    "provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, "
    "the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of "
    "the following applies: Further use or disclosure is expressly permitted by the written consent of the "
    "individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. "
    "You are a covered entity or business associate and have received the record for treatment, payment, or health "
    "care operations, or You have received the record from a covered entity or business associate as permitted by "
    "45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is "
    "NOT sufficient to meet the required elements of written consent to further use or redisclose the record "
    "(see 42 CFR 2.31)."
)

CATEGORY_LABELS: dict[str, str] = {
    "activity": "Activity and streak",
    "trends": "Craving and mood trend",
    "checkin_answers": "Check-in answers",
    "use_disclosures": "Answers about use",
    "medication": "Medication answers",
    "safety_events": "Safety events (that crisis resources were given, never what was said)",
    "notes": "Notes",
}

ANSWER_LABELS: dict[str, str] = {
    "craving": "Craving (0-10)",
    "mood": "Mood (0-10)",
    "stress": "Stress (0-10)",
    "sleep_hours": "Hours slept",
    "phq2_interest": "Little interest or pleasure (0-3)",
    "phq2_down": "Feeling down (0-3)",
    "gad2_nervous": "Feeling nervous or on edge (0-3)",
    "gad2_worry": "Not able to stop worrying (0-3)",
    "cocaine_use": "Cocaine use since last check-in",
    "alcohol": "Alcohol",
    "benzo_use": "Benzodiazepines",
    "trigger": "Main trigger",
    "helped": "What helped",
}

KIND_LABELS: dict[str, str] = {"checkin": "Check-in", "exercise": "Exercise", "safety": "Safety"}


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category.replace("_", " "))


def answer_label(key: str) -> str:
    return ANSWER_LABELS.get(key, key.replace("_", " ").capitalize())
