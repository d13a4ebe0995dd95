"""Prompt keys the engine speaks; content/prompts.yaml must define every one (checked at load)."""

REQUIRED_PROMPTS: frozenset[str] = frozenset()
