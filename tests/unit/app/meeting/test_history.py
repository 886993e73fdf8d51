"""Corrections are new events; the corrected fact is what the state (and protocol) shows."""

from __future__ import annotations

import pytest

from app.meeting import commands as cmd
from app.meeting import events as ev
from app.meeting.errors import RuleViolation
from app.meeting.history import correction, replay
from tests.support.meeting import Play, example_scenario, opened

pytestmark = pytest.mark.unit


def test_replay_equals_the_live_state() -> None:
    scenario = example_scenario()
    play = Play(scenario.create).steps(scenario)
    assert replay(play.history) == play.state


def _seq_of(play: Play, predicate) -> int:
    return next(r.seq for r in play.history if predicate(r.event))


def test_correcting_a_vote_after_the_votering_changes_the_tally() -> None:
    play = opened()
    play.do(cmd.TakeUpItem("a1"))
    play.do(cmd.MakeYrkande(("m02",), ev.YrkandeKind.AVSLAG))
    play.do(cmd.PutProposition(("forslag", "y1"), "forslag"))
    play.do(cmd.StartVotering("forslag", "y1"))
    for voter, value in (
        ("m02", "nej"),
        ("m03", "ja"),
        ("m04", "ja"),
        ("m05", "nej"),
        ("m01", "ja"),
    ):
        play.do(cmd.CastVote(voter, ev.Vote(value)))
    play.do(cmd.CloseVotering())
    seq = _seq_of(play, lambda e: isinstance(e, ev.VoteCast) and e.voter == "m04")
    fixed = correction(
        play.history, seq, "Felregistrerad röst", ev.VoteCast(None, "m04", ev.Vote.NEJ), "10:30"
    )
    play.history.append(type(play.history[0])(len(play.history) + 1, fixed))
    state = replay(play.history)
    result = state.items["a1"].decisions[-1].votering
    assert (result.count(ev.Vote.JA), result.count(ev.Vote.NEJ)) == (2, 3)
    assert result.winner == "y1"


def test_corrections_are_refused_when_they_cannot_stand() -> None:
    play = opened()
    with pytest.raises(RuleViolation) as error:
        correction(play.history, 999, "x", None, None)
    assert error.value.rule == "rattelse.okand_post"
    with pytest.raises(RuleViolation) as error:
        correction(play.history, 1, "x", None, None)
    assert error.value.rule == "rattelse.ej_rattningsbar"
    seq = _seq_of(play, lambda e: isinstance(e, ev.AttendanceRecorded))
    with pytest.raises(RuleViolation) as error:
        correction(play.history, seq, "x", ev.MeetingOpened(None), None)
    assert error.value.rule == "rattelse.annat_slag"
    with pytest.raises(RuleViolation) as error:
        correction(play.history, seq, "  ", None, None)
    assert error.value.rule == "rattelse.skal_saknas"
