"""The engine's per-turn variety: the same turn says the same thing; across turns every phrasing is heard."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from coach.content import default_content
from coach.models import PersonState, Turn
from coach.turn_context import TurnContext, Variety


def test_the_same_seed_gives_the_same_picks_and_floats_stay_in_range() -> None:
    first, second = Variety(12345), Variety(12345)
    picks = [first.random() for _ in range(1000)]
    assert picks == [second.random() for _ in range(1000)]
    assert all(0.0 <= p < 1.0 for p in picks)
    assert picks != [Variety(12346).random() for _ in range(1000)]


def test_every_phrasing_is_picked_about_as_often_across_turns() -> None:
    options = ["a", "b", "c", "d"]
    counts = Counter(Variety(seed).choice(options) for seed in range(4000))
    assert set(counts) == set(options)
    assert all(800 <= n <= 1200 for n in counts.values()), counts


def test_a_turn_always_gets_the_same_wording() -> None:
    content = default_content()
    key = next(k for k, v in content.prompts.prompts.items() if isinstance(v, list) and len(v) > 1)
    start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def said(minutes: int) -> str:
        turn = Turn(user_id="pat", text="hello", now=start + timedelta(minutes=minutes))
        return TurnContext(content, PersonState(user_id="pat"), turn, None, {}).line(key)

    assert said(0) == said(0)
    assert len({said(m) for m in range(40)}) > 1  # other turns hear other phrasings
