"""The proposed propositionsordning follows the usual practice."""

from __future__ import annotations

import pytest

from app.meeting import commands as cmd
from app.meeting.events import YrkandeKind
from app.meeting.propositionsordning import proposed_order
from tests.support.meeting import Play, example_scenario, opened

pytestmark = pytest.mark.unit


def test_formal_first_then_the_main_question_then_tillagg() -> None:
    play = opened()
    play.do(cmd.TakeUpItem("a1"))
    play.do(cmd.MakeYrkande(("m02",), YrkandeKind.BIFALL))
    play.do(cmd.MakeYrkande(("m03",), YrkandeKind.TILLAGG, "Och en uppföljning."))
    play.do(cmd.MakeYrkande(("m04",), YrkandeKind.ATERREMISS, "Utred."))
    play.do(cmd.MakeYrkande(("m05",), YrkandeKind.AVSLAG))
    order = proposed_order(play.state)
    assert [s.between for s in order] == [("idag", "y3"), ("y1", "y4"), ("y2",)]
    assert not any(s.kontraproposition for s in order)


def test_three_proposals_need_a_kontraproposition_and_tried_ones_drop_out() -> None:
    play = opened()
    play.do(cmd.TakeUpItem("a1"))
    play.do(cmd.MakeYrkande(("m02",), YrkandeKind.EGET, "A."))
    play.do(cmd.MakeYrkande(("m03",), YrkandeKind.EGET, "B."))
    play.do(cmd.MakeYrkande(("m04",), YrkandeKind.BORDLAGGNING, "Vänta."))
    order = proposed_order(play.state)
    assert order[0].between == ("idag", "y3")
    assert order[1].kontraproposition
    assert order[1].between == ("forslag", "y1", "y2")
    play.do(cmd.PutProposition(("idag", "y3"), "idag"))
    assert proposed_order(play.state)[0].between == ("forslag", "y1", "y2")


def test_once_the_main_question_is_decided_nothing_more_is_proposed() -> None:
    scenario = example_scenario()
    play = Play(scenario.create).steps(scenario, upto=17)  # § 14: y2 against y1, put
    assert proposed_order(play.state) == ()
