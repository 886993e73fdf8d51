"""Events to payloads and back; old payloads are upcast in one place."""

from __future__ import annotations

import json

import pytest

from app.feeds.states import FeedCondition
from app.meeting import codec
from app.meeting import events as ev
from app.meeting.codec import UnknownEventType
from tests.support.meeting import Play, example_scenario

pytestmark = pytest.mark.unit


def test_every_event_of_the_example_round_trips_through_json() -> None:
    scenario = example_scenario()
    play = Play(scenario.create).steps(scenario)
    kinds = set()
    for record in play.history:
        entry = codec.encode(record.event, actor="test")
        payload = json.loads(json.dumps(entry.payload))
        assert codec.decode(entry.type, entry.version, payload) == record.event
        kinds.add(entry.type)
    assert {"MeetingCreated", "VoteCast", "JavDeclared", "FeedHealthChanged"} <= kinds


def test_a_correction_carries_its_replacement_event() -> None:
    event = ev.EntryCorrected(
        "10:00",
        target_seq=7,
        reason="felregistrerad",
        replacement=ev.VoteCast(None, "m02", ev.Vote.NEJ),
    )
    entry = codec.encode(event, "test")
    assert codec.decode(entry.type, entry.version, entry.payload) == event


def test_feed_health_v1_payload_is_upcast_to_v2() -> None:
    """v1 (the scenario's words) wrote {"feed", "state"} with "restored" for a feed back."""
    assert codec.version_of("FeedHealthChanged") == 2
    restored = codec.decode(
        "FeedHealthChanged", 1, {"at": "14:07", "feed": "m07", "state": "restored"}
    )
    assert restored == ev.FeedHealthChanged("14:07", feed="m07", condition=FeedCondition.LIVE)
    lost = codec.decode("FeedHealthChanged", 1, {"at": "14:03", "feed": "m07", "state": "lost"})
    assert lost.condition is FeedCondition.LOST


def test_an_unknown_event_type_is_a_known_error() -> None:
    with pytest.raises(UnknownEventType):
        codec.decode("SomethingNew", 1, {})
