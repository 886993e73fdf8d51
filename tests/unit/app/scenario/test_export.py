"""A journal exported as a scenario plays back to the same meeting state."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from app.feeds.states import FeedCondition
from app.meeting import commands as cmd
from app.meeting import events as ev
from app.scenario.export import export_scenario
from app.scenario.parse import parse_scenario
from tests.support.meeting import Play, example_scenario, opened

pytestmark = pytest.mark.unit


def replayed_export(play: Play) -> Play:
    document = json.dumps(export_scenario(play.history), ensure_ascii=False)
    scenario = parse_scenario(document)
    return Play(scenario.create).steps(scenario)


def comparable(state):
    return replace(state, seq=0)


def test_the_example_survives_export_and_replay() -> None:
    scenario = example_scenario()
    play = Play(scenario.create).steps(scenario)
    again = replayed_export(play)
    assert comparable(again.state) == comparable(play.state)


def test_ui_style_upprop_corrections_and_chair_actions_survive_export() -> None:
    play = opened(remote=("m05",))
    play.do(cmd.TakeUpItem("a1"))
    play.do(cmd.RequestFloor("m02"))
    play.do(cmd.CallNextSpeaker())
    play.do(cmd.RecordNote("Frågan om budget ställdes."))
    play.do(cmd.RecordFeedHealth("m05", FeedCondition.LOST))
    play.do(cmd.AcknowledgeAlarm("m05"))
    play.do(cmd.OverrideFeedLoss("m05", "Hörs i telefon"))
    play.do(cmd.PutProposition(("forslag",), "forslag"))
    play.do(cmd.RecordAttendance("m03", ev.Attendance.ABSENT))
    play.do(cmd.AssignErsattare("m03", "e01"))
    play.do(cmd.CloseMeeting())
    again = replayed_export(play)
    assert comparable(again.state) == comparable(play.state)
