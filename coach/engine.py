"""The conversation engine: state + turn in, reply + new state out. No I/O, no clock.

Order of every turn, whatever the channel:
1. resolve the intent (the channel's, or the local matcher's from the words);
2. the safety screen, whose speech goes first; a crisis ends the current exercise;
3. requests that work anywhere (stop, help, repeat, the numbers, progress...);
4. the answer to whatever question is pending; otherwise the intent's own flow.
"""

from __future__ import annotations

import re

from coach.content import Content
from coach.flows import checkin, consent, exercise, onboarding, reminder
from coach.flows.progress import speak_progress, streak
from coach.models import CRISIS_FLAGS, Activity, PersonState, Reply, Turn
from coach.safety import screen
from coach.safety_speech import apply_screen
from coach.spoken import spoken_days
from coach.turn_context import TurnContext

# Intents that mean the same thing in any state.
GLOBAL = {"stop", "cancel", "help", "repeat", "resources", "capabilities", "progress", "set_reminder",
          "share_progress", "stop_sharing", "who_can_see", "who_looked", "start_over"}
# Intents that switch activity (a half-done check-in is kept as a draft).
SWITCH = {"craving", "checkin", "start_exercise", "list_exercises"}
CONSENT = {"share_progress", "stop_sharing", "who_can_see", "who_looked"}
MATCH_THRESHOLD = 0.75


class Engine:
    def __init__(self, content: Content, matcher: object | None = None) -> None:
        self.content = content
        if matcher is None:
            from coach.nlu import IntentMatcher

            matcher = IntentMatcher(content)
        self.matcher = matcher
        self._intent_flags = {name: spec.safety_flag for name, spec in content.intents.intents.items()
                              if spec.safety_flag}

    # ---- the one public entry point ----------------------------------------------------------

    def turn(self, state: PersonState, turn: Turn, *, owned: bool = False) -> tuple[Reply, PersonState]:
        """The reply and the new state. `state` is left as it was, unless the caller hands it over with
        `owned=True` (it was built for this turn alone and is never looked at again): then it is changed
        in place and returned, which spares a copy (about 50 us, 2-3% of an Alexa request)."""
        if not owned:
            # Rebuilt from a dump instead of model_copy(deep=True): copy.deepcopy walks every history
            # summary in Python (7.7 ms for a full history vs 1.2 ms; bench/bench_load.py).
            state = PersonState.model_validate(state.model_dump())
        intent, slots = self._understand(turn)
        ctx = TurnContext(self.content, state, turn, intent, slots)
        self._screen(ctx)
        if turn.kind == "end":
            # The device closed the session: nobody is listening, so only safety speech is kept.
            exercise.abandon(ctx)
            ctx.end_session = True
        elif turn.kind == "launch":
            self._launch(ctx)
        elif not (ctx.flags & CRISIS_FLAGS):
            self._utterance(ctx)
        if intent != "repeat" and ctx.segments:
            state.last_segments = list(ctx.segments)
            state.last_reprompt = ctx.reprompt
        return ctx.to_reply(), state

    # ---- steps --------------------------------------------------------------------------------

    def _understand(self, turn: Turn) -> tuple[str | None, dict[str, str]]:
        if turn.intent:
            return turn.intent, dict(turn.slots)
        if turn.kind != "utterance" or not (turn.text or "").strip():
            return None, dict(turn.slots)
        match = self.matcher.match(turn.text)  # type: ignore[attr-defined]
        if match is None or match.score < MATCH_THRESHOLD or match.intent == "fallback":
            return None, dict(turn.slots)
        return match.intent, {**match.slots, **turn.slots}

    def _screen(self, ctx: TurnContext) -> None:
        intent_flag = self._intent_flags.get(ctx.intent or "")
        result = screen(ctx.turn.text, extra_flags=[intent_flag] if intent_flag else [],
                        safety=self.content.safety)
        apply_screen(ctx, result, first=True)
        if ctx.flags & CRISIS_FLAGS:
            # Nothing else matters in that moment: the exercise ends, a check-in waits for later.
            exercise.abandon(ctx)
            ctx.state.activity = Activity()
            ctx.ask(ctx.line("after_crisis"), ctx.line("after_crisis_reprompt"))
        elif result.resources_requested or ctx.intent == "resources":
            ctx.say_text(self.content.safety.resources_speech)
            ctx.intent = "resources"

    def _launch(self, ctx: TurnContext) -> None:
        if ctx.flags & CRISIS_FLAGS:
            return
        state = ctx.state
        if state.activity.flow == "exercise":
            exercise.abandon(ctx)
        state.activity = Activity()
        if not state.profile.onboarded:
            onboarding.start(ctx)
            return
        days = streak(state.profile.checkins, ctx.today, state.profile.streak_carry)
        ctx.say("welcome_back_streak" if days >= 2 else "welcome_back", days=spoken_days(days))
        draft = state.checkin_draft
        if draft and draft.day == ctx.today and draft.answers:
            state.activity = Activity(awaiting="resume_offer")
            ctx.ask(ctx.line("offer_resume_checkin"), ctx.line("yes_no_reprompt"))
        elif not checkin.done_today(ctx):
            state.activity = Activity(awaiting="launch_offer")
            ctx.ask(ctx.line("offer_checkin_or_exercise"), ctx.line("what_next_reprompt"))
        else:
            ctx.ask(ctx.line("what_next"), ctx.line("what_next_reprompt"))

    def _utterance(self, ctx: TurnContext) -> None:
        intent = ctx.intent
        activity = ctx.state.activity
        awaiting = activity.awaiting or ""
        taking_note = activity.flow == "checkin" and self._awaiting_note(ctx)
        if intent == "resources":
            self._reask(ctx)
            return
        # While sharing is being set up, "cravings" or "check-in answers" name categories, not a switch.
        if awaiting.startswith("consent_") and intent not in GLOBAL and consent.answer(ctx, SWITCH):
            return
        if intent in GLOBAL and not (taking_note and intent not in {"stop", "cancel", "help", "repeat"}):
            self._global(ctx, intent)
            return
        if intent in SWITCH and not taking_note and not self._flow_takes(ctx, intent):
            self._switch(ctx, intent)
            return
        if awaiting.startswith("onboard_"):
            onboarding.answer(ctx)
        elif awaiting == "craving_before":
            if intent == "start_exercise" or (ctx.slots.get("exercise") and not ctx.slots.get("number")):
                activity.exercise_id = exercise.named_exercise(ctx) or activity.exercise_id
                ctx.ask(ctx.line("rate_craving"), ctx.line("rate_craving_reprompt"))
            else:
                exercise.answer_before(ctx)
        elif awaiting == "choose_exercise":
            exercise.choose(ctx)
        elif activity.flow == "exercise" and awaiting == "exercise_next":
            self._during_exercise(ctx)
        elif awaiting == "craving_after":
            exercise.answer_after(ctx)
        elif awaiting == "after_offer":
            exercise.after_offer(ctx)
        elif awaiting == "mood_safety":
            checkin.answer_mood_safety(ctx)
        elif activity.flow == "checkin" and awaiting:
            checkin.answer(ctx)
        elif awaiting in ("launch_offer", "resume_offer", "offer_exercise"):
            self._offer_reply(ctx, awaiting)
        else:
            self._idle(ctx)

    # ---- handlers -----------------------------------------------------------------------------

    def _global(self, ctx: TurnContext, intent: str) -> None:
        if intent in ("stop", "cancel"):
            self._stop(ctx)
        elif intent == "help":
            ctx.say("help")
            ctx.say_text(self.content.safety.resources_speech)
            self._reask(ctx)
        elif intent == "repeat":
            self._repeat(ctx)
        elif intent == "capabilities":
            ctx.say("capabilities")
            self._reask(ctx)
        elif intent == "progress":
            speak_progress(ctx)
            self._reask(ctx)
        elif intent == "set_reminder":
            reminder.set_reminder(ctx)
            self._reask(ctx)
        elif intent in CONSENT:
            if not consent.handle(ctx, intent):
                self._reask(ctx)
        elif intent == "start_over":
            self._start_over(ctx)

    def _switch(self, ctx: TurnContext, intent: str) -> None:
        activity = ctx.state.activity
        if intent == "checkin":
            if activity.flow == "exercise":
                exercise.abandon(ctx)
            if activity.flow == "checkin":
                checkin.ask_current(ctx)
            else:
                checkin.start(ctx)
        elif intent == "craving":
            if activity.flow == "exercise":
                exercise.abandon(ctx)
            exercise.start_craving(ctx)
        elif intent == "list_exercises":
            exercise.list_exercises(ctx)
        elif intent == "start_exercise":
            chosen = exercise.named_exercise(ctx)
            if chosen is None:
                ctx.say("unknown_exercise")
                exercise.list_exercises(ctx)
                return
            if activity.flow == "exercise":
                exercise.abandon(ctx)
            exercise.start_craving(ctx, exercise_id=chosen)

    def _flow_takes(self, ctx: TurnContext, intent: str) -> bool:
        """Some switch intents are answers in the current flow ("box breathing" when asked to choose)."""
        awaiting = ctx.state.activity.awaiting
        if intent in ("start_exercise", "list_exercises"):
            return awaiting in ("choose_exercise", "after_offer") and intent == "start_exercise"
        return False

    def _awaiting_note(self, ctx: TurnContext) -> bool:
        item = checkin.current_item(ctx)
        return item is not None and item.kind == "text"

    def _during_exercise(self, ctx: TurnContext) -> None:
        intent = ctx.intent
        if intent in ("next", "resume", "yes") or re.search(r"\b(go on|continue|ready|ok|okay)\b", ctx.text):
            exercise.continue_exercise(ctx)
        elif intent == "pause":
            exercise.pause(ctx)
        elif intent == "skip":
            exercise.skip_step(ctx)
        elif intent == "no":
            exercise.stop(ctx)
            ctx.ask(ctx.line("anything_else"), ctx.line("what_next_reprompt"))
        else:
            ctx.ask(ctx.line("exercise_how_to_go_on"), ctx.line("say_next_reprompt"))

    def _offer_reply(self, ctx: TurnContext, awaiting: str) -> None:
        text, intent = ctx.text, ctx.intent
        wants_exercise = re.search(r"\b(exercise|craving|breath|breathing|urge)\b", text)
        wants_checkin = re.search(r"\b(check ?in|checkin|questions)\b", text)
        if awaiting == "offer_exercise" and (intent == "yes" or wants_exercise):
            exercise.start_craving(ctx)
        elif (awaiting == "resume_offer" and (intent == "yes" or wants_checkin)) or (
                awaiting == "launch_offer" and wants_checkin):
            checkin.start(ctx)
        elif awaiting == "launch_offer" and wants_exercise:
            exercise.start_craving(ctx)
        elif awaiting == "launch_offer" and intent == "yes":
            checkin.start(ctx)
        elif intent == "no":
            ctx.state.activity = Activity()
            ctx.say("goodbye")
            ctx.end_session = True
        else:
            self._idle(ctx)

    def _stop(self, ctx: TurnContext) -> None:
        flow = ctx.state.activity.flow
        if flow == "exercise":
            exercise.stop(ctx)
        elif flow == "checkin" and ctx.state.checkin_draft and ctx.state.checkin_draft.answers:
            ctx.say("checkin_saved_for_later")
        ctx.state.activity = Activity()
        ctx.say("goodbye")
        ctx.end_session = True

    def _start_over(self, ctx: TurnContext) -> None:
        activity = ctx.state.activity
        if activity.flow == "exercise" and activity.exercise_id:
            activity.step_index = 0
            exercise.continue_exercise(ctx)
        elif activity.flow == "checkin" and ctx.state.checkin_draft:
            ctx.state.checkin_draft.answers.clear()
            checkin.ask_next(ctx)
        else:
            self._launch(ctx)

    def _repeat(self, ctx: TurnContext) -> None:
        if ctx.state.last_segments:
            ctx.segments.extend(ctx.state.last_segments)
            ctx.reprompt = ctx.state.last_reprompt
        else:
            ctx.ask(ctx.line("what_next"), ctx.line("what_next_reprompt"))

    def _reask(self, ctx: TurnContext) -> None:
        """After a side request, go back to the question that was waiting, if any."""
        activity = ctx.state.activity
        awaiting = activity.awaiting or ""
        if activity.flow == "checkin" and checkin.current_item(ctx):
            checkin.ask_current(ctx)
        elif awaiting == "craving_before":
            ctx.ask(ctx.line("rate_craving"), ctx.line("rate_craving_reprompt"))
        elif awaiting == "craving_after":
            ctx.ask(ctx.line("rate_after"), ctx.line("rate_craving_reprompt"))
        elif awaiting == "exercise_next":
            ctx.ask(ctx.line("say_next"), ctx.line("say_next_reprompt"))
        elif awaiting == "choose_exercise" and activity.suggested:
            exercise.suggest(ctx)
        elif awaiting.startswith("onboard_"):
            key = {"onboard_benzos": "onboard_ask_benzos", "onboard_drinks": "onboard_ask_drinks"}.get(
                awaiting, "onboard_ask_clinician")
            ctx.ask(ctx.line(key), ctx.line("yes_no_skip_reprompt"))
        else:
            ctx.ask(ctx.line("what_next"), ctx.line("what_next_reprompt"))

    def _idle(self, ctx: TurnContext) -> None:
        if ctx.flags:
            # The safety speech was the answer; leave room for the person to go on.
            ctx.ask(ctx.line("after_safety"), ctx.line("what_next_reprompt"))
            return
        ctx.say("not_understood")
        ctx.ask(ctx.line("what_next"), ctx.line("what_next_reprompt"))
