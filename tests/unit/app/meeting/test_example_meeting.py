"""The example meeting (Kultur- och fritidsnämnden 2026-03-16) played through decide/evolve."""

from __future__ import annotations

import pytest

from app.meeting import commands as cmd
from app.meeting.errors import RuleViolation
from app.meeting.events import Vote
from app.meeting.state import Phase
from tests.support.meeting import Play, example_scenario

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def played() -> Play:
    scenario = example_scenario()
    return Play(scenario.create).steps(scenario)


def test_the_whole_example_plays_to_the_close(played: Play) -> None:
    state = played.state
    assert state.phase is Phase.CLOSED
    assert state.opened_at == "13:00"
    assert state.closed_at == "14:35"
    assert [i.paragraph for i in state.items.values()] == [12, 13, 14, 15, 16]


def test_paragraph_14_vote_is_a_tie_decided_by_the_chairs_utslagsrost(played: Play) -> None:
    item = played.state.items["a3"]
    votering = item.decisions[-1].votering
    assert votering is not None
    assert (votering.count(Vote.JA), votering.count(Vote.NEJ), votering.count(Vote.AVSTAR)) == (
        4,
        4,
        1,
    )
    assert votering.utslagsrost is Vote.JA
    assert votering.winner == "y2"
    # upprop order, the presiding chair last
    assert [p for p, _ in votering.votes][-1] == "m01"
    assert votering.votes[0][0] == "m02"


def test_kim_tell_serves_for_dag_lind_and_mia_vik_for_filip_nord_at_15(played: Play) -> None:
    serving_14 = {s.seat: s.person for s in played.state.items["a3"].serving}
    serving_15 = {s.seat: s.person for s in played.state.items["a4"].serving}
    assert serving_14["m04"] == "e02"
    assert serving_14["m06"] == "m06"
    assert serving_15["m06"] == "e04"
    assert played.state.items["a4"].jav == {"m06": "e04"}


def test_ajourneringar_are_recorded_with_their_paragraphs(played: Play) -> None:
    pauses = [(a.start, a.end, a.paragraph) for a in played.state.ajourneringar]
    assert pauses == [("13:42", "13:55", 14), ("14:03", "14:08", 15)]


def test_aterremiss_is_tried_first_then_the_item_is_decided(played: Play) -> None:
    item = played.state.items["a5"]
    assert [(d.between, d.adopted) for d in item.decisions] == [
        (("idag", "y3"), "idag"),
        (("y4",), "y4"),
    ]


def test_the_remote_member_without_notice_is_accepted_with_no_warning_when_announced(
    played: Play,
) -> None:
    # m07 announced distance participation and passed teknikkontroll: no warning
    assert played.state.warnings == ()


def test_a_vote_by_a_substitute_who_does_not_serve_is_refused_naming_the_rule() -> None:
    scenario = example_scenario()
    play = Play(scenario.create).steps(scenario, upto=17)  # up to the proposition at § 14
    play.do(cmd.StartVotering(ja="y2", nej="y1"))
    with pytest.raises(RuleViolation) as refused:
        play.do(cmd.CastVote("e01", Vote.JA))
    assert refused.value.message == "Ersättaren Jan Sand tjänstgör inte vid § 14."
    assert refused.value.rule == "tjanstgoring.ej_tjanstgorande"
