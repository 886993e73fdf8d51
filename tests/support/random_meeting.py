"""Random meetings for property tests: a strategy of commands and a player that applies
whatever the rules accept (shared by the pure and the journal property tests)."""

from __future__ import annotations

from hypothesis import strategies as st

from app.feeds.states import FeedCondition
from app.meeting import commands as cmd
from app.meeting import events as ev
from app.meeting.errors import RuleViolation
from app.meeting.events import Attendance, SpeechKind, Vote, YrkandeKind
from app.meeting.history import replay
from tests.support.meeting import Play, small_meeting

MEMBERS = 7
PEOPLE = [f"m{i:02}" for i in range(1, MEMBERS + 1)] + ["e01", "e02"]

people = st.sampled_from(PEOPLE)
proposal = st.sampled_from(["forslag", "idag", "y1", "y2", "y3", "y4"])
commands = st.one_of(
    st.builds(cmd.TakeUpItem, st.sampled_from(["a1", "a2", "a3"])),
    st.builds(cmd.RequestFloor, people, st.sampled_from(list(SpeechKind))),
    st.builds(cmd.CallNextSpeaker),
    st.builds(cmd.DrawStreck),
    st.builds(
        cmd.MakeYrkande, st.tuples(people), st.sampled_from(list(YrkandeKind)), st.just("Text.")
    ),
    st.builds(cmd.Instam, people, proposal),
    st.builds(cmd.WithdrawYrkande, proposal),
    st.builds(
        cmd.PutProposition,
        st.lists(proposal, min_size=1, max_size=3, unique=True).map(tuple),
        proposal,
    ),
    st.builds(cmd.StartVotering, proposal, proposal),
    st.builds(cmd.CastVote, people, st.sampled_from(list(Vote))),
    st.builds(cmd.CloseVotering, st.sampled_from([None, Vote.JA, Vote.NEJ])),
    st.builds(cmd.DeclareJav, people, st.sampled_from([None, "e01", "e02"])),
    st.builds(cmd.MemberLeaves, people, st.sampled_from([None, "e01", "e02"])),
    st.builds(cmd.MemberArrives, people, st.booleans()),
    st.builds(cmd.RecordAttendance, people, st.sampled_from(list(Attendance))),
    st.builds(cmd.RecordFeedHealth, people, st.sampled_from(list(FeedCondition))),
    st.builds(cmd.CountAbsent, people, st.sampled_from([None, "e01", "e02"])),
    st.builds(cmd.Ajournera),
    st.builds(cmd.Ateruppta),
    st.builds(cmd.RecordReservation, st.tuples(people)),
)


def play_random(sequence: list[cmd.Command], remote: int) -> tuple[Play, int]:
    ids = PEOPLE[:MEMBERS]
    play = small_meeting(MEMBERS, announced=tuple(ids[-remote:]) if remote else ())
    play.do(cmd.OpenMeeting())
    for member in ids[-remote:] if remote else ():
        play.do(cmd.RecordTeknikkontroll(member, True))
    play.do(
        cmd.RecordUpprop(
            present=tuple(ids[: MEMBERS - remote]), remote=tuple(ids[MEMBERS - remote :])
        )
    )
    accepted = 0
    for command in sequence:
        try:
            play.do(command)
            accepted += 1
        except RuleViolation:
            pass
    return play, accepted


def voterings(play: Play):
    """Each closed votering with the serving members at the moment it started."""
    started = None
    for index, record in enumerate(play.history):
        if isinstance(record.event, ev.VoteringStarted):
            started = replay(play.history[: index + 1])
        elif isinstance(record.event, ev.VoteringClosed):
            after = replay(play.history[: index + 1])
            item = after.current
            result = (
                item.kontrapropositioner[-1]
                if started.votering.kontraproposition
                else item.decisions[-1].votering
            )
            yield started.serving_persons(), result
