"""The technical-interruption routine advises the chair step by step."""

from __future__ import annotations

import pytest

from app.feeds.states import FeedCondition
from app.meeting import commands as cmd
from app.meeting.interruption import Advice, InterruptionRoutine, advise
from tests.support.meeting import opened

pytestmark = pytest.mark.unit

ROUTINE = InterruptionRoutine(
    adjourn_after_s=30,
    count_absent_after_s=300,
    support_name="IT-support",
    support_phone="0123-456",
)


def test_advice_moves_from_waiting_to_adjourning_to_counting_absent() -> None:
    play = opened(remote=("m03",))
    play.do(cmd.RecordFeedHealth("m03", FeedCondition.LOST))
    wait = advise(play.state, "m03", 10, ROUTINE)
    assert wait.advice is Advice.WAIT
    assert "ajournera om 20 s" in wait.text
    assert advise(play.state, "m03", 31, ROUTINE).advice is Advice.ADJOURN
    absent = advise(play.state, "m03", 301, ROUTINE)
    assert absent.advice is Advice.COUNT_ABSENT
    assert absent.ersattare == "e01"  # m03 is S: e01 is first in the S turordning
    assert "kalla in Ersa Ett (S)" in absent.text
    assert ROUTINE.support == "IT-support, 0123-456"


def test_the_room_feed_is_never_counted_absent_and_adjourned_meetings_wait() -> None:
    play = opened(remote=("m03",))
    assert advise(play.state, "room", 10_000, ROUTINE).advice is Advice.ADJOURN
    play.do(cmd.Ajournera())
    waiting = advise(play.state, "room", 10_000, ROUTINE)
    assert waiting.advice is Advice.WAIT
    assert "ajournerat" in waiting.text
