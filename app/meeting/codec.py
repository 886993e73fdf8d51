"""Events to journal payloads and back, with the chain of upcasters for old payloads.

A payload is plain JSON (dicts, lists, strings, numbers, booleans, null). Every event type has
a schema version; an entry stored at an older version is upcast here, in one place, before it
is decoded, so old journals stay readable.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from enum import Enum
from functools import cache
from typing import Any

from app.journal.port import NewEntry
from app.meeting import events as ev

EVENT_TYPES: dict[str, type[ev.Event]] = {
    cls.__name__: cls
    for cls in vars(ev).values()
    if isinstance(cls, type) and issubclass(cls, ev.Event) and cls is not ev.Event
}

VERSIONS: dict[str, int] = {"FeedHealthChanged": 2}
"""Current schema version per event type; types not named here are at version 1."""

Upcaster = Callable[[dict[str, Any]], dict[str, Any]]


def _feed_health_v1_to_v2(payload: dict[str, Any]) -> dict[str, Any]:
    """v1 wrote the scenario's word: "state" with "restored" for a feed back to live."""
    payload = dict(payload)
    state = payload.pop("state")
    payload["condition"] = "live" if state == "restored" else state
    return payload


UPCASTERS: dict[tuple[str, int], Upcaster] = {
    ("FeedHealthChanged", 1): _feed_health_v1_to_v2,
}
"""(type, version) -> function lifting a payload from that version to the next."""


class UnknownEventType(Exception):
    """The journal names an event type this version of Klubban does not know."""


def version_of(type_name: str) -> int:
    return VERSIONS.get(type_name, 1)


def encode(event: ev.Event, actor: str) -> NewEntry:
    name = type(event).__name__
    return NewEntry(
        type=name, version=version_of(name), payload=to_plain_fields(event), actor=actor
    )


def decode(type_name: str, version: int, payload: dict[str, Any]) -> ev.Event:
    cls = EVENT_TYPES.get(type_name)
    if cls is None:
        raise UnknownEventType(type_name)
    while version < version_of(type_name):
        payload = UPCASTERS[(type_name, version)](payload)
        version += 1
    return _build(cls, payload)


def to_plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, ev.Event):  # nested event (a correction's replacement)
        return {"type": type(value).__name__, "payload": to_plain_fields(value)}
    if dataclasses.is_dataclass(value):
        return to_plain_fields(value)
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, frozenset | set):
        return sorted(to_plain(v) for v in value)
    return value


def to_plain_fields(value: Any) -> dict[str, Any]:
    return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}


def _build(cls: type, data: dict[str, Any]) -> Any:
    return _builder(cls)(data)


@cache
def _builder(cls: type) -> Callable[[dict[str, Any]], Any]:
    """A decoder for one dataclass, its field converters worked out once: replaying a long
    journal decodes every entry, so nothing is looked up per entry that can be looked up once."""
    hints = typing.get_type_hints(cls)
    converters = tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))

    def build(data: dict[str, Any]) -> Any:
        return cls(**{name: convert(data[name]) for name, convert in converters if name in data})

    return build


def _identity(value: Any) -> Any:
    return value


def _enum_converter(enum: type[Enum]) -> Callable[[Any], Any]:
    """A dictionary lookup: calling the Enum class costs several times more, and a roll-call
    vote has one per vote."""
    members = {member.value: member for member in enum}

    def convert(value: Any) -> Any:
        member = members.get(value)
        return enum(value) if member is None else member  # an unknown value raises as before

    return convert


def _optional(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else convert(value)


def _converter(hint: Any) -> Callable[[Any], Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _optional(_converter(options[0]))
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _converter(args[0])
            if item is _identity:
                return tuple
            return lambda value: tuple(item(v) for v in value)
        parts = tuple(_converter(a) for a in args)
        return lambda value: tuple(c(v) for c, v in zip(parts, value, strict=True))
    if origin is frozenset:
        (arg,) = typing.get_args(hint)
        item = _converter(arg)
        return lambda value: frozenset(item(v) for v in value)
    if hint is ev.Event:
        return lambda value: decode(value["type"], version_of(value["type"]), value["payload"])
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _enum_converter(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _builder(hint)
    return _identity
