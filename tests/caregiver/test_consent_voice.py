"""Sharing with a caregiver by voice: whole conversations through the real engine and shipped content."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from coach.content import default_content
from coach.engine import Engine
from coach.flows.consent import parse_categories, parse_duration, spoken_code
from coach.models import (
    CaregiverView,
    ConsentGranted,
    ConsentRevoked,
    SharedWith,
    SharingSummary,
    Turn,
    new_link_code,
)
from tests.core.talk import Talk


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(default_content())


@pytest.fixture
def talk(engine: Engine) -> Talk:
    t = Talk(engine)
    t.onboard()
    return t


def consent_events(talk: Talk) -> list[object]:
    return [e for e in talk.events if isinstance(e, ConsentGranted | ConsentRevoked)]


def no_digits(text: str) -> bool:
    return re.search(r"\d", text) is None


def test_share_with_defaults_speaks_the_turns_code_digit_by_digit(talk: Talk, engine: Engine) -> None:
    explain = talk.say("share my progress with my caregiver")
    assert "activity and streak" in explain.speech and "craving and mood trend" in explain.speech
    assert "may not pass it on" in explain.speech and "stop sharing" in explain.speech
    assert talk.state.activity.awaiting == "consent_categories"

    assert "activity and streak, and craving and mood trend" in talk.say("the usual").speech
    assert "download a copy" in talk.say("that's fine").speech
    confirm = talk.say("no")
    assert "for ninety days" in confirm.speech and "link code" in confirm.speech
    assert "not download" in confirm.speech
    assert consent_events(talk) == []  # nothing is granted before the yes

    turn = Turn(user_id=talk.user_id, text="yes", now=talk.now, link_code="472019")
    reply, talk.state = engine.turn(talk.state, turn)
    assert reply.events == [ConsentGranted(code="472019", categories=["activity", "trends"], days=90, label="")]
    assert "four, seven, two, zero, one, nine" in reply.speech
    assert "fifteen minutes" in reply.speech and "once" in reply.speech
    assert no_digits(reply.speech)
    # The code in writing (the Alexa channel shows the card).
    assert reply.card is not None and "472019" in reply.card.text
    assert talk.state.activity.awaiting is None


def test_categories_beyond_the_default_only_when_named(talk: Talk) -> None:
    talk.say("let my mom see my progress")
    ack = talk.say("activity and cravings and my notes")
    assert "notes" in ack.speech and "check-in answers" not in ack.speech
    talk.say("a year")
    assert "they may download a copy" in talk.say("yes they can").speech
    talk.say("yes")
    [granted] = consent_events(talk)
    assert isinstance(granted, ConsentGranted)
    assert granted.categories == ["activity", "trends", "notes"]
    assert granted.days == 365 and granted.label == "mom" and granted.allow_export


@pytest.mark.parametrize(("said", "expected"), [
    ("everything", set(["activity", "trends", "checkin_answers", "use_disclosures", "medication",
                        "safety_events", "notes"])),
    ("everything except notes and safety", {"activity", "trends", "checkin_answers", "use_disclosures",
                                            "medication"}),
    ("just activity", {"activity"}),
    ("check in answers and medication", {"checkin_answers", "medication"}),
    ("medication answers", {"medication"}),
    ("cravings", {"trends"}),
    ("purple", None),
])
def test_category_answers(said: str, expected: set[str] | None) -> None:
    assert parse_categories(said) == expected


@pytest.mark.parametrize(("said", "days"), [
    ("ninety days", 90), ("thirty days", 30), ("a year", 365), ("six months", 180), ("two weeks", 14),
    ("forty five days", 45), ("purple", None), ("five years", None),
])
def test_duration_answers(said: str, days: int | None) -> None:
    assert parse_duration(said, {}) == days


def test_an_unclear_answer_about_downloads_twice_means_no_download(talk: Talk) -> None:
    talk.say("share my progress")
    talk.say("the usual")
    talk.say("thirty days")
    again = talk.say("purple")
    assert "yes or no" in again.speech.lower() and talk.state.activity.awaiting == "consent_export"
    confirm = talk.say("purple")
    assert "not download" in confirm.speech
    talk.say("yes")
    [granted] = consent_events(talk)
    assert isinstance(granted, ConsentGranted) and not granted.allow_export


def test_saying_no_at_the_end_shares_nothing(talk: Talk) -> None:
    talk.say("share my progress")
    talk.say("everything")
    talk.say("thirty days")
    talk.say("yes")
    done = talk.say("no")
    assert "nothing is shared" in done.speech.lower()
    assert consent_events(talk) == []
    assert talk.state.activity.awaiting is None


def test_nonsense_twice_gives_up_without_sharing(talk: Talk) -> None:
    talk.say("share my progress")
    again = talk.say("purple monkeys")
    assert "didn't catch" in again.speech
    assert talk.state.activity.awaiting == "consent_categories"
    gave_up = talk.say("purple monkeys")
    assert "nothing is shared" in gave_up.speech.lower()
    assert consent_events(talk) == []


def test_a_craving_mid_consent_goes_to_the_craving_flow(talk: Talk) -> None:
    talk.say("share my progress")
    reply = talk.say("i'm having a craving")
    assert "zero to ten" in reply.speech
    assert talk.state.activity.awaiting == "craving_before"
    assert consent_events(talk) == []


def test_safety_speech_still_comes_first_during_consent(talk: Talk) -> None:
    talk.say("share my progress")
    reply = talk.say("i want to kill myself")
    assert "suicide" in reply.flags
    assert "nine eight eight" in reply.speech
    assert consent_events(talk) == []


def test_alexa_intents_with_default_categories_and_a_number_slot(engine: Engine) -> None:
    alexa = Talk(engine, channel="alexa")
    alexa.onboard()
    alexa.intent("share_progress")
    alexa.intent("yes")  # the usual categories
    alexa.intent("rate", number="30")
    alexa.intent("no")  # no downloads
    code = new_link_code()
    reply, alexa.state = engine.turn(alexa.state, Turn(user_id=alexa.user_id, channel="alexa", intent="yes",
                                                       now=alexa.now, link_code=code))
    assert reply.events == [ConsentGranted(code=code, categories=["activity", "trends"], days=30, label="")]
    assert spoken_code(code) in reply.speech and "Alexa app" in reply.speech
    assert reply.card is not None and code in reply.card.text


def test_each_turn_brings_a_fresh_six_digit_code() -> None:
    now = datetime(2026, 11, 2, tzinfo=UTC)
    codes = {Turn(user_id="x", now=now).link_code for _ in range(50)}
    assert all(re.fullmatch(r"\d{6}", c) for c in codes)
    assert len(codes) > 40


# ---- who can see, who looked, stop sharing ----------------------------------------------------------


def summary() -> SharingSummary:
    return SharingSummary(
        shared_with=[
            SharedWith(grant_id=7, who="Jane Doe", linked=True, categories=["activity", "trends", "notes"],
                       expires_at=datetime(2027, 1, 31, tzinfo=UTC)),
            SharedWith(grant_id=9, who="dad", linked=False, categories=["activity"],
                       expires_at=datetime(2027, 2, 1, tzinfo=UTC)),
        ],
        recent_views=[CaregiverView(who="Jane Doe", what="timeline", at=datetime(2026, 11, 1, 9, tzinfo=UTC)),
                      CaregiverView(who="Jane Doe", what="export", at=datetime(2026, 10, 30, 9, tzinfo=UTC))],
        views_last_30_days=12)


def test_who_can_see_names_caregivers_categories_and_expiry_in_words(talk: Talk) -> None:
    talk.state.sharing = summary()
    reply = talk.say("who can see my logs")
    assert "Jane Doe can see your activity and streak, craving and mood trend, and notes until January thirty first" \
        in reply.speech
    assert "link code for your dad is waiting" in reply.speech
    assert no_digits(reply.speech)


def test_who_can_see_with_nobody(talk: Talk) -> None:
    talk.state.sharing = SharingSummary()
    assert "nobody can see your logs" in talk.say("who can see my logs").speech.lower()


def test_without_the_store_the_coach_says_it_cannot_check(talk: Talk) -> None:
    talk.state.sharing = None
    for said in ("who can see my logs", "who looked at my logs"):
        reply = talk.say(said)
        assert "can't check that right now" in reply.speech
        assert "Jane" not in reply.speech


def test_who_looked_gives_the_count_and_recent_views(talk: Talk) -> None:
    talk.state.sharing = summary()
    reply = talk.say("who looked at my logs")
    assert "looked at twelve times" in reply.speech
    assert "Jane Doe looked at your logs on November first" in reply.speech
    assert "Jane Doe exported your logs on October thirtieth" in reply.speech
    assert no_digits(reply.speech)
    talk.state.sharing = SharingSummary()
    assert "No caregiver has looked" in talk.say("who looked at my logs").speech


def test_stop_sharing_everyone_after_a_yes(talk: Talk) -> None:
    talk.state.sharing = summary()
    ask = talk.say("stop sharing")
    assert "everyone" in ask.speech
    done = talk.say("yes")
    assert consent_events(talk) == [ConsentRevoked(grant_id=None)]
    assert "Nobody can see your logs now" in done.speech


def test_stop_sharing_with_a_named_caregiver(talk: Talk) -> None:
    talk.state.sharing = summary()
    ask = talk.say("stop sharing with my dad")
    assert "your dad" in ask.speech
    talk.say("yes")
    assert consent_events(talk) == [ConsentRevoked(grant_id=9)]


def test_stop_sharing_no_keeps_everything(talk: Talk) -> None:
    talk.state.sharing = summary()
    talk.say("turn off sharing")
    kept = talk.say("no")
    assert "nothing has changed" in kept.speech
    assert consent_events(talk) == []


def test_stop_sharing_works_even_when_sharing_cannot_be_checked(talk: Talk) -> None:
    talk.state.sharing = None
    talk.say("stop sharing")
    talk.say("yes")
    assert consent_events(talk) == [ConsentRevoked(grant_id=None)]


def test_stop_sharing_with_nobody_to_stop(talk: Talk) -> None:
    talk.state.sharing = SharingSummary()
    reply = talk.say("stop sharing")
    assert "nothing to stop" in reply.speech
    assert talk.state.activity.awaiting != "consent_revoke"


def test_who_can_see_mid_setup_goes_back_to_the_question(talk: Talk) -> None:
    talk.state.sharing = SharingSummary()
    talk.say("share my progress")
    talk.say("the usual")
    reply = talk.say("who can see my logs")
    assert "nobody" in reply.speech.lower() and "For how long" in reply.speech
    talk.say("thirty days")
    reply = talk.say("who looked at my logs")
    assert "download a copy" in reply.speech
    talk.say("no")
    talk.say("yes")
    assert [type(e) for e in consent_events(talk)] == [ConsentGranted]

