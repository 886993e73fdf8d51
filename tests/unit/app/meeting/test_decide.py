"""Attendance, agenda, debate, distance policy and feed rules: accepted and refused."""

from __future__ import annotations

import pytest

from app.feeds.states import FeedCondition
from app.meeting import commands as cmd
from app.meeting import events as ev
from app.meeting.errors import RuleViolation
from app.meeting.events import Attendance, SpeechKind
from app.meeting.model import DistancePolicy, Item, ItemFlag
from tests.support.meeting import opened, small_meeting

pytestmark = pytest.mark.unit


def refused(play, command, rule: str) -> str:
    before = play.state
    with pytest.raises(RuleViolation) as error:
        play.do(command)
    assert error.value.rule == rule
    assert play.state is before, "a refused command changes nothing"
    return error.value.message


def test_nothing_happens_before_the_meeting_is_opened() -> None:
    play = small_meeting()
    message = refused(play, cmd.TakeUpItem("a1"), "sammantrade.ej_oppnat")
    assert "inte öppnat" in message


def test_upprop_must_name_every_member_once() -> None:
    play = small_meeting()
    play.do(cmd.OpenMeeting())
    message = refused(play, cmd.RecordUpprop(present=("m01", "m02")), "upprop.ofullstandigt")
    assert "Ledamot 3" in message
    refused(
        play,
        cmd.RecordUpprop(present=("m01", "m02", "m03", "m04", "m05"), absent=("m02",)),
        "upprop.dubblett",
    )


def test_ersattare_serves_only_for_an_absent_member_and_turordning_is_a_warning() -> None:
    play = small_meeting()
    play.do(cmd.OpenMeeting())
    refused(
        play,
        cmd.RecordUpprop(present=("m01", "m02", "m03", "m04", "m05"), serving=(("m02", "e02"),)),
        "ersattare.ledamot_narvarande",
    )
    # m03 is S: e01 (S, 1) is next in turordning; e02 is M, so a warning, not a refusal
    events = play.do(
        cmd.RecordUpprop(
            present=("m01", "m02", "m04", "m05"), absent=("m03",), serving=(("m03", "e02"),)
        )
    )
    warnings = [e for e in events if isinstance(e, ev.WarningNoted)]
    assert [w.code for w in warnings] == ["ersattare.turordning"]
    assert "Ersa Ett (S) på tur" in warnings[0].message
    assert "e02" in play.state.serving_persons()


def test_quorum_is_more_than_half_of_the_seats() -> None:
    play = small_meeting(members=6)
    play.do(cmd.OpenMeeting())
    play.do(cmd.RecordUpprop(present=("m01", "m02", "m03"), absent=("m04", "m05", "m06")))
    play.do(cmd.TakeUpItem("a1"))
    assert play.state.quorum_required == 4
    message = refused(play, cmd.PutProposition(("forslag",), "forslag"), "beslutsforhet")
    assert "3 av 6" in message
    assert "minst 4" in message
    play.do(cmd.MemberArrives("m04"))
    play.do(cmd.PutProposition(("forslag",), "forslag"))


def test_a_member_who_left_may_not_come_back_to_serve() -> None:
    play = opened()
    play.do(cmd.MemberLeaves("m03", replaced_by="e01"))
    assert "e01" in play.state.serving_persons()
    message = refused(play, cmd.MemberArrives("m03"), "tjanstgoring.vaxeltjanstgoring")
    assert "växeltjänstgöring" in message


def test_late_arrival_takes_over_from_the_ersattare() -> None:
    play = small_meeting()
    play.do(cmd.OpenMeeting())
    play.do(
        cmd.RecordUpprop(
            present=("m01", "m02", "m04", "m05"), absent=("m03",), serving=(("m03", "e01"),)
        )
    )
    play.do(cmd.MemberArrives("m03"))
    assert "m03" in play.state.serving_persons()
    assert "e01" not in play.state.serving_persons()
    assert "e01" in play.state.ersattare_present


def test_paragraphs_number_on_from_the_first_given_and_items_are_taken_once() -> None:
    play = opened()
    play.do(cmd.TakeUpItem("a1", paragraph=40))
    play.do(cmd.TakeUpItem("a2"))
    assert play.state.items["a2"].paragraph == 41
    refused(play, cmd.TakeUpItem("a1"), "dagordning.redan_behandlat")
    refused(play, cmd.TakeUpItem("nope"), "dagordning.okant_arende")


def test_jav_takes_the_member_out_of_the_item_and_an_ersattare_in_for_it_alone() -> None:
    play = opened()
    play.do(cmd.TakeUpItem("a1"))
    play.do(cmd.DeclareJav("m03", replaced_by="e01"))
    assert "m03" not in play.state.serving_persons()
    assert "e01" in play.state.serving_persons()
    play.do(cmd.PutProposition(("forslag",), "forslag"))
    play.do(cmd.TakeUpItem("a2"))
    assert "m03" in play.state.serving_persons()
    assert "e01" not in play.state.serving_persons()


def test_speaker_queue_puts_ordningsfraga_first_and_replies_before_speeches() -> None:
    play = opened()
    play.do(cmd.TakeUpItem("a1"))
    refused(play, cmd.RequestFloor("m02", SpeechKind.REPLIK), "talarlista.replik")
    play.do(cmd.RequestFloor("m02"))
    play.do(cmd.RequestFloor("m03"))
    play.do(cmd.CallNextSpeaker())
    play.do(cmd.RequestFloor("m04", SpeechKind.REPLIK))
    play.do(cmd.RequestFloor("m05", SpeechKind.ORDNINGSFRAGA))
    assert [m for m, _ in play.state.speakers.waiting] == ["m05", "m04", "m03"]
    assert play.state.speakers.current == ("m02", SpeechKind.ANFORANDE)


def test_streck_closes_the_list_for_new_speeches() -> None:
    play = opened()
    play.do(cmd.TakeUpItem("a1"))
    play.do(cmd.RequestFloor("m02"))
    play.do(cmd.DrawStreck())
    message = refused(play, cmd.RequestFloor("m03"), "talarlista.streck")
    assert "Streck i debatten" in message
    play.do(cmd.GiveFloor("m02"))  # already on the list before the streck


def test_nothing_is_decided_during_an_ajournering() -> None:
    play = opened()
    play.do(cmd.TakeUpItem("a1"))
    play.do(cmd.Ajournera(), at="10:00")
    refused(play, cmd.PutProposition(("forslag",), "forslag"), "ajournering.inget_beslut")
    refused(play, cmd.Ajournera(), "ajournering.redan")
    play.do(cmd.Ateruppta(), at="10:10")
    play.do(cmd.PutProposition(("forslag",), "forslag"))
    refused(play, cmd.Ateruppta(), "ajournering.ej_ajournerat")


class TestDistancePolicy:
    def test_distance_participation_needs_the_meeting_to_allow_it(self) -> None:
        play = small_meeting(distance_allowed=False)
        play.do(cmd.OpenMeeting())
        refused(
            play,
            cmd.RecordUpprop(present=("m01", "m02", "m03", "m04"), remote=("m05",)),
            "distans.ej_tillatet",
        )

    def test_the_chair_must_be_in_the_room(self) -> None:
        play = small_meeting(policy=DistancePolicy(decided_by="KF 2021-02-22 § 18"))
        play.do(cmd.OpenMeeting())
        message = refused(
            play,
            cmd.RecordUpprop(present=("m02", "m03", "m04", "m05"), remote=("m01",)),
            "distans.presidiet_pa_plats",
        )
        assert "Anna Berg (S) är ordförande" in message
        assert "KF 2021-02-22 § 18" in message

    def test_a_remote_member_cannot_take_the_chair(self) -> None:
        play = opened(remote=("m04",))
        refused(play, cmd.ChangePresiding("m04"), "distans.presidiet_pa_plats")

    def test_more_than_max_remote_is_refused(self) -> None:
        play = small_meeting(policy=DistancePolicy(max_remote=1), announced=("m04", "m05"))
        play.do(cmd.OpenMeeting())
        message = refused(
            play,
            cmd.RecordUpprop(present=("m01", "m02", "m03"), remote=("m04", "m05")),
            "distans.max_antal",
        )
        assert "Högst 1" in message

    def test_remote_without_notice_is_allowed_with_a_warning(self) -> None:
        play = small_meeting()
        play.do(cmd.OpenMeeting())
        play.do(cmd.RecordTeknikkontroll("m05", True))
        events = play.do(cmd.RecordUpprop(present=("m01", "m02", "m03", "m04"), remote=("m05",)))
        codes = [e.code for e in events if isinstance(e, ev.WarningNoted)]
        assert codes == ["distans.ej_anmald"]
        assert "m05" in play.state.serving_persons()

    def test_remote_member_without_passed_teknikkontroll_does_not_count(self) -> None:
        play = small_meeting(announced=("m05",))
        play.do(cmd.OpenMeeting())
        play.do(cmd.RecordTeknikkontroll("m05", False, "inget ljud"))
        events = play.do(cmd.RecordUpprop(present=("m01", "m02", "m03", "m04"), remote=("m05",)))
        assert [e.code for e in events if isinstance(e, ev.WarningNoted)] == [
            "distans.teknikkontroll_saknas"
        ]
        assert "m05" not in play.state.serving_persons()
        play.do(cmd.RecordTeknikkontroll("m05", True))
        assert "m05" in play.state.serving_persons()

    def test_remote_members_leave_a_sekretess_item(self) -> None:
        items = (Item("a1", "Personalärende", sekretess=True), Item("a2", "Öppet ärende"))
        play = opened(remote=("m05",), items=items)
        events = play.do(cmd.TakeUpItem("a1"))
        excluded = [e for e in events if isinstance(e, ev.RemoteMembersExcluded)]
        assert excluded[0].members == ("m05",)
        assert excluded[0].flags == (ItemFlag.SEKRETESS.value,)
        assert "m05" not in play.state.serving_persons()
        play.do(cmd.PutProposition(("forslag",), "forslag"))
        play.do(cmd.TakeUpItem("a2"))
        assert "m05" in play.state.serving_persons()


class TestFeeds:
    def test_no_decision_while_a_remote_members_feed_is_lost(self) -> None:
        play = opened(remote=("m05",))
        play.do(cmd.TakeUpItem("a1"))
        play.do(cmd.RecordFeedHealth("m05", FeedCondition.LOST), at="10:03")
        message = refused(
            play, cmd.PutProposition(("forslag",), "forslag"), "distans.forbindelse_bruten"
        )
        assert "förbindelse bruten" in message

    def test_the_chair_can_continue_with_a_reason(self) -> None:
        play = opened(remote=("m05",))
        play.do(cmd.TakeUpItem("a1"))
        play.do(cmd.RecordFeedHealth("m05", FeedCondition.FROZEN))
        refused(play, cmd.OverrideFeedLoss("m05", "  "), "larm.motivering_saknas")
        play.do(cmd.OverrideFeedLoss("m05", "Ledamoten hörs i telefon"))
        play.do(cmd.PutProposition(("forslag",), "forslag"))

    def test_counted_absent_calls_in_the_ersattare(self) -> None:
        play = opened(remote=("m05",))
        play.do(cmd.RecordFeedHealth("m05", FeedCondition.LOST))
        play.do(cmd.CountAbsent("m05", replaced_by="e01"))
        assert play.state.attendance["m05"] is Attendance.ABSENT
        assert "e01" in play.state.serving_persons()

    def test_a_lost_room_feed_affects_every_remote_member(self) -> None:
        play = opened(remote=("m05",))
        play.do(cmd.TakeUpItem("a1"))
        play.do(cmd.RecordFeedHealth("room", FeedCondition.LOST))
        refused(play, cmd.PutProposition(("forslag",), "forslag"), "distans.forbindelse_bruten")
        play.do(cmd.RecordFeedHealth("room", FeedCondition.LIVE))
        play.do(cmd.PutProposition(("forslag",), "forslag"))

    def test_silence_is_not_a_block_and_repeated_health_is_not_journaled_twice(self) -> None:
        play = opened(remote=("m05",))
        play.do(cmd.TakeUpItem("a1"))
        assert play.do(cmd.RecordFeedHealth("m05", FeedCondition.SILENT))
        assert play.do(cmd.RecordFeedHealth("m05", FeedCondition.SILENT)) == ()
        play.do(cmd.PutProposition(("forslag",), "forslag"))

    def test_acknowledging_needs_an_alarm(self) -> None:
        play = opened(remote=("m05",))
        refused(play, cmd.AcknowledgeAlarm("m05"), "larm.inget_larm")
        play.do(cmd.RecordFeedHealth("m05", FeedCondition.LOST))
        play.do(cmd.AcknowledgeAlarm("m05"))
        assert "m05" in play.state.alarms_acknowledged
        play.do(cmd.RecordFeedHealth("m05", FeedCondition.LIVE))
        assert "m05" not in play.state.alarms_acknowledged
