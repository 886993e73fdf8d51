"""Known errors of the meeting domain, apart from bugs."""

from __future__ import annotations


class RuleViolation(Exception):
    """A command the rules forbid. `message` is Swedish and names the rule; nothing was
    written."""

    def __init__(self, message: str, *, rule: str) -> None:
        super().__init__(message)
        self.message = message
        self.rule = rule
