"""The table from command type to its rule handler, filled by the decide modules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.meeting.events import Event

Handler = Callable[[Any, Any, str | None], tuple[Event, ...]]
HANDLERS: dict[type, Handler] = {}


def handles(command_type: type) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[command_type] = fn
        return fn

    return register
