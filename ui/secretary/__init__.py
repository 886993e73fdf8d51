"""The secretary's console (keyboard first)."""
