"""Scenario files to commands. Every step becomes the commands a click on the consoles would
send, so that `klubban scenario run` plays through the same write path as the windows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.feeds.states import FeedCondition
from app.meeting import commands as cmd
from app.meeting.events import Attendance, Ballot, SpeechKind, ValMethod, Vote, YrkandeKind
from app.meeting.model import (
    Body,
    BodyKind,
    DistancePolicy,
    Ersattare,
    Item,
    ItemFlag,
    MeetingInfo,
    Member,
    OtherPresent,
)
from app.scenario.reader import Obj, ScenarioError, load_json

FORMAT = "klubban-scenario/1"


@dataclass(frozen=True, slots=True)
class Step:
    number: int
    """1-based, as people count steps."""
    do: str
    at: str | None
    commands: tuple[cmd.Command, ...]


@dataclass(frozen=True, slots=True)
class Scenario:
    create: cmd.CreateMeeting
    steps: tuple[Step, ...]


def parse_scenario(text: str) -> Scenario:
    root = Obj(load_json(text), "$")
    fmt = root.str("format")
    if fmt != FORMAT:
        raise ScenarioError(f"okänt format ”{fmt}” (väntade {FORMAT})", "$.format")
    organisation = root.str("organisation")
    body = _body(root.obj("body"))
    info = _meeting(root.obj("meeting"), organisation)
    agenda = tuple(_item(o) for o in root.objs("agenda"))
    steps = tuple(_step(o, i + 1) for i, o in enumerate(root.objs("steps")))
    root.done()
    return Scenario(cmd.CreateMeeting(body=body, info=info, agenda=agenda), steps)


def _body(o: Obj) -> Body:
    members = []
    for m in o.objs("members"):
        members.append(
            Member(m.str("id"), m.str("name"), m.str("party"), m.str("role", required=False))
        )
        m.done()
    ersattare = []
    for e in o.objs("ersattare", required=False):
        ersattare.append(Ersattare(e.str("id"), e.str("name"), e.str("party"), e.int("order")))
        e.done()
    policy_obj = o.obj("distance_policy", required=False)
    body = Body(
        name=o.str("name"),
        kind=o.choice("kind", BodyKind),
        members=tuple(members),
        ersattare=tuple(ersattare),
        distance_policy=_policy(policy_obj) if policy_obj else DistancePolicy(),
    )
    o.done()
    return body


def _policy(o: Obj) -> DistancePolicy:
    default = DistancePolicy()
    exclude = o.strs("exclude", required=False) if "exclude" in o.value else None
    flags = []
    for index, flag in enumerate(exclude or ()):
        try:
            flags.append(ItemFlag(flag))
        except ValueError:
            raise ScenarioError(f"okänd flagga ”{flag}”", f"{o.at('exclude')}[{index}]") from None
    max_remote = o.int("max_remote", required=False)
    notice = o.int("notice_hours", required=False)
    policy = DistancePolicy(
        decided_by=o.str("decided_by", required=False),
        max_remote=max_remote,
        presidium_in_room=o.bool("presidium_in_room", default.presidium_in_room),
        notice_hours=default.notice_hours if notice is None else notice,
        exclude=default.exclude if exclude is None else tuple(flags),
    )
    o.done()
    return policy


def _meeting(o: Obj, organisation: str) -> MeetingInfo:
    others = []
    for p in o.objs("others_present", required=False):
        others.append(
            OtherPresent(
                p.str("name"), p.str("title", required=False), p.strs("items", required=False)
            )
        )
        p.done()
    info = MeetingInfo(
        organisation=organisation,
        date=o.str("date"),
        place=o.str("place"),
        secretary=o.str("secretary"),
        distance_allowed=o.bool("distance_allowed"),
        remote_announced=o.strs("remote_announced", required=False),
        others_present=tuple(others),
    )
    o.done()
    return info


def _item(o: Obj) -> Item:
    item = Item(
        id=o.str("id"),
        title=o.str("title"),
        dnr=o.str("dnr", required=False),
        proposal=o.str("proposal", required=False),
        sekretess=o.bool("sekretess"),
        sluten_omrostning=o.bool("sluten_omrostning"),
    )
    o.done()
    return item


def _step(o: Obj, number: int) -> Step:
    do = o.str("do")
    at = o.time("at")
    reader = _STEPS.get(do)
    if reader is None:
        known = ", ".join(sorted(_STEPS))
        raise ScenarioError(f"okänt steg ”{do}” (kända: {known})", o.at("do"), step=number)
    try:
        commands = reader(o)
        o.done()
    except ScenarioError as error:
        raise ScenarioError(error.message, error.path, step=number) from None
    return Step(number, do, at, commands)


def _votes(o: Obj) -> tuple[cmd.Command, ...]:
    votes = o.str_map("votes")
    overrides = o.str_map("overrides", required=False)
    cast = []
    for voter, vote in votes.items():
        try:
            value = Vote(vote)
        except ValueError:
            raise ScenarioError(
                f"okänd röst ”{vote}” (ja | nej | avstar)", f"{o.at('votes')}.{voter}"
            ) from None
        cast.append(cmd.CastVote(voter, value, override=overrides.get(voter)))
    close = cmd.CloseVotering(
        utslagsrost=o.choice("utslagsrost", Vote, required=False),
        lott=o.choice("lott", Vote, required=False),
    )
    return (*cast, close)


def _votering(o: Obj) -> tuple[cmd.Command, ...]:
    start = cmd.StartVotering(
        ja=o.str("ja"), nej=o.str("nej"), requested_by=o.strs("requested_by", required=False)
    )
    return (start, *_votes(o))


def _kontraproposition(o: Obj) -> tuple[cmd.Command, ...]:
    start = cmd.StartVotering(
        ja=o.str("ja"),
        nej=o.str("nej"),
        requested_by=o.strs("requested_by", required=False),
        kontraproposition=True,
        winner_against=o.str("winner_against"),
    )
    return (start, *_votes(o))


def _upprop(o: Obj) -> tuple[cmd.Command, ...]:
    return (
        cmd.RecordUpprop(
            present=o.strs("present", required=False),
            remote=o.strs("remote", required=False),
            absent=o.strs("absent", required=False),
            serving=tuple(o.str_map("serving", required=False).items()),
            ersattare_present=o.strs("ersattare_present", required=False),
        ),
    )


_FEED_STATES = {c.value: c for c in FeedCondition if c is not FeedCondition.LIVE}
_FEED_STATES["restored"] = FeedCondition.LIVE


def _feed(o: Obj) -> tuple[cmd.Command, ...]:
    state = o.str("state")
    if state not in _FEED_STATES:
        allowed = " | ".join(_FEED_STATES)
        raise ScenarioError(f"okänt värde ”{state}” (tillåtet: {allowed})", o.at("state"))
    return (cmd.RecordFeedHealth(o.str("member"), _FEED_STATES[state]),)


def _sluten(o: Obj) -> tuple[cmd.Command, ...]:
    counts = o.obj("counts")
    assert counts is not None
    command = cmd.HoldSlutenOmrostning(
        ja=o.str("ja"),
        nej=o.str("nej"),
        ja_count=counts.int("ja"),
        nej_count=counts.int("nej"),
        blanka=counts.int("blanka", required=False) or 0,
        ogiltiga=counts.int("ogiltiga", required=False) or 0,
        lott=o.choice("lott", Vote, required=False),
    )
    counts.done()
    return (command,)


def _val(o: Obj) -> tuple[cmd.Command, ...]:
    ballots = []
    for b in o.objs("ballots"):
        ballots.append(Ballot(b.strs("list"), b.int("count")))
        b.done()
    return (
        cmd.HoldVal(
            seats=o.int("seats"),
            method=o.choice("method", ValMethod),
            candidates=o.strs("candidates"),
            ballots=tuple(ballots),
            lott=o.strs("lott", required=False),
            requested_by=o.strs("requested_by", required=False),
        ),
    )


_STEPS: dict[str, Callable[[Obj], tuple[cmd.Command, ...]]] = {
    "open": lambda o: (cmd.OpenMeeting(),),
    "close": lambda o: (cmd.CloseMeeting(),),
    "upprop": _upprop,
    "arrive": lambda o: (cmd.MemberArrives(o.str("member"), o.bool("remote")),),
    "leave": lambda o: (cmd.MemberLeaves(o.str("member"), o.str("replaced_by", required=False)),),
    "justerare": lambda o: (
        cmd.AppointJusterare(
            o.strs("members"), o.str("when", required=False), o.str("where", required=False)
        ),
    ),
    "item": lambda o: (cmd.TakeUpItem(o.str("item"), o.int("paragraph", required=False)),),
    "ordforande": lambda o: (cmd.ChangePresiding(o.str("member", required=False)),),
    "jav": lambda o: (cmd.DeclareJav(o.str("member"), o.str("replaced_by", required=False)),),
    "speak": lambda o: (cmd.GiveFloor(o.str("member"), o.choice("kind", SpeechKind)),),
    "streck": lambda o: (cmd.DrawStreck(),),
    "yrkande": lambda o: (
        cmd.MakeYrkande(
            by=o.strs("by"),
            kind=o.choice("kind", YrkandeKind),
            text=o.str("text", required=False),
            target=o.str("target", required=False),
            yrkande=o.str("id"),
        ),
    ),
    "instam": lambda o: (cmd.Instam(o.str("member"), o.str("yrkande")),),
    "withdraw": lambda o: (cmd.WithdrawYrkande(o.str("yrkande")),),
    "proposition": lambda o: (cmd.PutProposition(o.strs("between"), o.str("finds")),),
    "votering": _votering,
    "kontraproposition": _kontraproposition,
    "beslut": lambda o: (cmd.RecordBeslut(o.str("text")),),
    "reservation": lambda o: (
        cmd.RecordReservation(
            members=o.strs("members"),
            yrkande=o.str("yrkande", required=False),
            motivation=o.str("motivation", required=False),
            written=o.bool("written"),
        ),
    ),
    "protokollsanteckning": lambda o: (
        cmd.RecordProtokollsanteckning(o.strs("members"), o.str("text")),
    ),
    "omedelbar_justering": lambda o: (cmd.RecordOmedelbarJustering(),),
    "ajournera": lambda o: (cmd.Ajournera(o.str("reason", required=False)),),
    "ateruppta": lambda o: (cmd.Ateruppta(),),
    "feed": _feed,
    "counted_absent": lambda o: (
        cmd.CountAbsent(o.str("member"), o.str("replaced_by", required=False)),
    ),
    "teknikkontroll": lambda o: (
        cmd.RecordTeknikkontroll(o.str("member"), o.bool("ok"), o.str("note", required=False)),
    ),
    "sluten_omrostning": _sluten,
    "val": _val,
    # Extensions of klubban-scenario/1 (docs/scenario-format-extensions.md): chair actions on
    # a feed alarm and the secretary's notes, so that an export keeps every journaled fact.
    "fortsatt": lambda o: (cmd.OverrideFeedLoss(o.str("member"), o.str("reason")),),
    "kvittera_larm": lambda o: (cmd.AcknowledgeAlarm(o.str("member")),),
    "anteckning": lambda o: (cmd.RecordNote(o.str("text")),),
    "ersattare": lambda o: (cmd.AssignErsattare(o.str("seat"), o.str("ersattare")),),
    "upprop_klart": lambda o: (cmd.CompleteUpprop(),),
    "ersattare_narvarande": lambda o: (cmd.RecordErsattarePresent(o.str("ersattare")),),
    "narvaro": lambda o: (
        cmd.RecordAttendance(o.str("member"), o.choice("attendance", Attendance)),
    ),
}
