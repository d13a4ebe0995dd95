"""Conversation flows the engine dispatches to: onboarding, craving and exercises, check-in, progress."""
