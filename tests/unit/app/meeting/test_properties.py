"""Properties over random meetings: whatever sequence of commands the rules accept, replaying
the history gives the live state, and every votering accounts for exactly the serving members."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.meeting import commands as cmd
from app.meeting.events import Vote, YrkandeKind
from app.meeting.history import replay
from tests.support.random_meeting import MEMBERS, commands, play_random, voterings

pytestmark = pytest.mark.unit


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(commands, max_size=60), st.integers(0, 2))
def test_replaying_the_history_gives_the_live_state(sequence, remote) -> None:
    play, _ = play_random(sequence, remote)
    assert replay(play.history) == play.state


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(commands, max_size=80), st.integers(0, 2))
def test_every_votering_accounts_for_exactly_the_serving_members(sequence, remote) -> None:
    play, _ = play_random(sequence, remote)
    for serving, result in voterings(play):
        voters = [p for p, _ in result.votes] + list(result.not_voting)
        assert sorted(voters) == sorted(serving)
        assert sum(result.count(v) for v in Vote) + len(result.not_voting) == len(serving)


def test_the_generator_reaches_closed_voterings() -> None:
    """Guards the property above against vacuity: a plain sequence gets a votering through."""
    sequence = [
        cmd.TakeUpItem("a1"),
        cmd.MakeYrkande(("m02",), YrkandeKind.AVSLAG, "Text."),
        cmd.PutProposition(("forslag", "y1"), "forslag"),
        cmd.StartVotering("forslag", "y1"),
        cmd.CastVote("m02", Vote.NEJ),
        cmd.CloseVotering(),
    ]
    play, accepted = play_random(sequence, 1)
    assert accepted == len(sequence)
    ((serving, result),) = voterings(play)
    assert len(serving) == MEMBERS
    assert result.not_voting[-1] == "m01"
