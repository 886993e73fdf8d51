"""Yrkanden, propositionsordning, votering, sluten omröstning, val, reservation."""

from __future__ import annotations

import pytest

from app.feeds.states import FeedCondition
from app.meeting import commands as cmd
from app.meeting.events import Ballot, ValMethod, Vote, YrkandeKind
from app.meeting.model import Item
from tests.support.meeting import opened
from tests.unit.app.meeting.test_decide import refused

pytestmark = pytest.mark.unit


def with_two_proposals(members: int = 5, **kwargs):
    play = opened(members, **kwargs)
    play.do(cmd.TakeUpItem("a1"))
    play.do(cmd.MakeYrkande(("m02",), YrkandeKind.BIFALL))
    play.do(cmd.MakeYrkande(("m03",), YrkandeKind.AVSLAG))
    play.do(cmd.PutProposition(("y1", "y2"), "y1"))
    return play


def vote(play, **votes: str) -> None:
    for voter, value in votes.items():
        play.do(cmd.CastVote(voter, Vote(value)))


def test_yrkanden_are_numbered_and_supported() -> None:
    play = opened()
    play.do(cmd.TakeUpItem("a1"))
    play.do(cmd.MakeYrkande(("m02",), YrkandeKind.BIFALL))
    play.do(cmd.MakeYrkande(("m03",), YrkandeKind.EGET, text="Motionen bifalls."))
    play.do(cmd.Instam("m04", "y2"))
    refused(play, cmd.Instam("m03", "y2"), "yrkande.redan_instamt")
    refused(play, cmd.MakeYrkande(("m03",), YrkandeKind.EGET), "yrkande.text_saknas")
    play.do(cmd.WithdrawYrkande("y1"))
    refused(play, cmd.Instam("m05", "y1"), "yrkande.atertaget")
    assert [y.id for y in play.state.current.active_yrkanden()] == ["y2"]
    assert play.state.current.yrkanden["y2"].instam == ("m04",)


def test_a_withdrawn_yrkande_cannot_be_put() -> None:
    play = opened()
    play.do(cmd.TakeUpItem("a1"))
    play.do(cmd.MakeYrkande(("m02",), YrkandeKind.AVSLAG))
    play.do(cmd.WithdrawYrkande("y1"))
    refused(play, cmd.PutProposition(("forslag", "y1"), "forslag"), "proposition.okant")


def test_aterremiss_is_put_first_and_against_idag() -> None:
    play = opened()
    play.do(cmd.TakeUpItem("a1"))
    play.do(cmd.MakeYrkande(("m02",), YrkandeKind.ATERREMISS, text="Utred mer."))
    play.do(cmd.MakeYrkande(("m03",), YrkandeKind.BIFALL))
    message = refused(play, cmd.PutProposition(("y2",), "y2"), "propositionsordning.formella_forst")
    assert "återremiss" in message
    refused(play, cmd.PutProposition(("y1", "y2"), "y1"), "propositionsordning.formella_mot_idag")
    play.do(cmd.PutProposition(("idag", "y1"), "y1"))
    # återremitterat: the item is decided
    refused(play, cmd.PutProposition(("y2",), "y2"), "beslut.arendet_avgjort")


def test_votering_records_every_serving_member_chair_last() -> None:
    play = with_two_proposals()
    play.do(cmd.StartVotering("y1", "y2", requested_by=("m03",)))
    assert play.state.votering.voters == ("m02", "m03", "m04", "m05", "m01")
    vote(play, m02="ja", m03="nej", m04="ja", m01="ja")
    play.do(cmd.CloseVotering())
    result = play.state.current.decisions[-1].votering
    assert result.not_voting == ("m05",)
    assert result.winner == "y1"
    assert play.state.current.decisions[-1].adopted == "y1"


def test_votering_needs_a_proposition_first() -> None:
    play = opened()
    play.do(cmd.TakeUpItem("a1"))
    play.do(cmd.MakeYrkande(("m02",), YrkandeKind.AVSLAG))
    refused(play, cmd.StartVotering("forslag", "y1"), "votering.proposition_forst")


def test_a_vote_is_corrected_by_casting_it_again_before_closing() -> None:
    play = with_two_proposals()
    play.do(cmd.StartVotering("y1", "y2"))
    vote(play, m02="ja", m03="nej")
    vote(play, m02="nej")
    assert play.state.votering.count(Vote.NEJ) == 2


class TestUtslagsrost:
    def tie(self):
        play = with_two_proposals(members=4)
        play.do(cmd.StartVotering("y1", "y2"))
        vote(play, m02="ja", m03="nej", m04="nej", m01="ja")
        return play

    def test_a_tie_needs_the_chairs_utslagsrost(self) -> None:
        play = self.tie()
        message = refused(play, cmd.CloseVotering(), "votering.utslagsrost_kravs")
        assert "Lika röstetal (2–2)" in message
        play.do(cmd.CloseVotering(utslagsrost=Vote.JA))
        assert play.state.current.decisions[-1].adopted == "y1"

    def test_the_utslagsrost_follows_the_chairs_own_vote(self) -> None:
        play = self.tie()
        refused(play, cmd.CloseVotering(utslagsrost=Vote.NEJ), "votering.utslagsrost_egen_rost")

    def test_no_utslagsrost_without_a_tie_and_no_lott_outside_elections(self) -> None:
        play = with_two_proposals()
        play.do(cmd.StartVotering("y1", "y2"))
        vote(play, m02="ja", m03="ja", m04="nej")
        refused(play, cmd.CloseVotering(utslagsrost=Vote.JA), "votering.utslagsrost_utan_lika")
        tie = self.tie()
        refused(tie, cmd.CloseVotering(lott=Vote.NEJ), "votering.lott_endast_val")
        refused(
            tie,
            cmd.CloseVotering(utslagsrost=Vote.JA, lott=Vote.JA),
            "votering.utslag_och_lott",
        )


def test_jav_member_has_no_vote() -> None:
    play = opened()
    play.do(cmd.TakeUpItem("a1"))
    play.do(cmd.DeclareJav("m04"))
    play.do(cmd.MakeYrkande(("m02",), YrkandeKind.AVSLAG))
    play.do(cmd.PutProposition(("forslag", "y1"), "forslag"))
    play.do(cmd.StartVotering("forslag", "y1"))
    message = refused(play, cmd.CastVote("m04", Vote.JA), "tjanstgoring.ej_tjanstgorande")
    assert message == "Ledamoten Ledamot 4 tjänstgör inte vid § 1."


def test_a_remote_vote_while_the_feed_is_lost_needs_an_explicit_override() -> None:
    play = with_two_proposals(remote=("m05",))
    play.do(cmd.StartVotering("y1", "y2"))
    play.do(cmd.RecordFeedHealth("m05", FeedCondition.LOST))
    refused(play, cmd.CastVote("m05", Vote.JA), "votering.forbindelse_bruten")
    play.do(cmd.CastVote("m05", Vote.JA, override="Rösten hördes i telefon"))
    assert play.state.votering.overrides == {"m05": "Rösten hördes i telefon"}


def test_kontraproposition_picks_the_counter_proposal() -> None:
    play = opened()
    play.do(cmd.TakeUpItem("a1"))
    play.do(cmd.MakeYrkande(("m02",), YrkandeKind.BIFALL))
    play.do(cmd.MakeYrkande(("m03",), YrkandeKind.EGET, text="A"))
    play.do(cmd.MakeYrkande(("m04",), YrkandeKind.EGET, text="B"))
    play.do(cmd.PutProposition(("y1", "y2", "y3"), "y1"))
    play.do(cmd.StartVotering("y2", "y3", kontraproposition=True, winner_against="y1"))
    vote(play, m02="ja", m03="ja", m04="nej", m05="nej", m01="ja")
    play.do(cmd.CloseVotering())
    assert play.state.current.kontrapropositioner[-1].winner == "y2"
    play.do(cmd.StartVotering("y1", "y2"))
    vote(play, m02="ja", m03="nej", m04="ja", m05="ja", m01="ja")
    play.do(cmd.CloseVotering())
    assert play.state.current.decisions[-1].adopted == "y1"


class TestSlutenOmrostning:
    def test_counts_only_and_never_more_ballots_than_members_in_the_room(self) -> None:
        items = (Item("a1", "Ärende", sluten_omrostning=True),)
        play = opened(5, remote=("m05",), items=items)
        play.do(cmd.TakeUpItem("a1"))
        assert "m05" not in play.state.serving_persons()
        refused(play, cmd.StartVotering("forslag", "idag"), "votering.sluten_kravs")
        message = refused(
            play,
            cmd.HoldSlutenOmrostning("forslag", "idag", 3, 1, blanka=1),
            "sluten.for_manga_valsedlar",
        )
        assert "5 valsedlar" in message
        assert "4 tjänstgörande" in message
        play.do(cmd.HoldSlutenOmrostning("forslag", "idag", 3, 1))
        assert play.state.current.decisions[-1].adopted == "forslag"

    def test_a_tie_is_decided_by_lot_not_by_utslagsrost(self) -> None:
        play = opened(4)
        play.do(cmd.TakeUpItem("a1"))
        refused(play, cmd.HoldSlutenOmrostning("forslag", "idag", 2, 2), "sluten.lott_kravs")
        play.do(cmd.HoldSlutenOmrostning("forslag", "idag", 2, 2, lott=Vote.NEJ))
        assert play.state.current.decisions[-1].adopted == "idag"


class TestVal:
    def test_proportional_31_members_7_seats_17_5_5_4(self) -> None:
        play = opened(31)
        play.do(cmd.TakeUpItem("a3"))
        groups = {
            "A": [f"A{i}" for i in range(1, 8)],
            "B": [f"B{i}" for i in range(1, 4)],
            "C": [f"C{i}" for i in range(1, 4)],
            "D": [f"D{i}" for i in range(1, 4)],
        }
        ballots = (
            Ballot(tuple(groups["A"]), 17),
            Ballot(tuple(groups["B"]), 5),
            Ballot(tuple(groups["C"]), 5),
            Ballot(tuple(groups["D"]), 4),
        )
        play.do(
            cmd.HoldVal(
                seats=7,
                method=ValMethod.PROPORTIONELLT,
                candidates=tuple(n for g in groups.values() for n in g),
                ballots=ballots,
                lott=("C1", "B1"),
                requested_by=tuple(f"m{i:02}" for i in range(2, 6)),
            )
        )
        elected = play.state.current.val[-1].elected
        assert elected == ("A1", "A2", "A3", "A4", "B1", "C1", "D1")

    def test_a_proportional_election_needs_enough_requests(self) -> None:
        play = opened(31)
        play.do(cmd.TakeUpItem("a3"))
        message = refused(
            play,
            cmd.HoldVal(
                seats=7,
                method=ValMethod.PROPORTIONELLT,
                candidates=("A1",),
                ballots=(Ballot(("A1",), 31),),
                requested_by=("m02", "m03", "m04"),
            ),
            "val.proportionellt_troskel",
        )
        assert "minst 4" in message

    def test_majority_election_tie_for_the_last_seat_needs_a_lot(self) -> None:
        play = opened(5)
        play.do(cmd.TakeUpItem("a3"))
        ballots = (Ballot(("Ada",), 2), Ballot(("Bo",), 2), Ballot(("Cid",), 1))
        command = cmd.HoldVal(1, ValMethod.MAJORITET, ("Ada", "Bo", "Cid"), ballots)
        message = refused(play, command, "val.lott_kravs")
        assert "Ada och Bo" in message
        play.do(
            cmd.HoldVal(1, ValMethod.MAJORITET, ("Ada", "Bo", "Cid"), ballots, lott=("Bo", "Ada"))
        )
        assert play.state.current.val[-1].elected == ("Bo",)


class TestReservation:
    def test_only_those_who_took_part_and_did_not_abstain_may_reserve(self) -> None:
        play = with_two_proposals()
        play.do(cmd.StartVotering("y1", "y2"))
        vote(play, m02="ja", m03="nej", m04="avstar", m05="ja", m01="ja")
        play.do(cmd.CloseVotering())
        refused(play, cmd.RecordReservation(("m04",)), "reservation.avstod")
        refused(play, cmd.RecordReservation(("e01",)), "reservation.deltog_ej")
        play.do(cmd.RecordReservation(("m03",), yrkande="y2", motivation="Skäl.", written=True))
        assert play.state.current.reservations[0].members == ("m03",)

    def test_reservation_needs_a_decision(self) -> None:
        play = opened()
        play.do(cmd.TakeUpItem("a1"))
        refused(play, cmd.RecordReservation(("m02",)), "reservation.inget_beslut")
