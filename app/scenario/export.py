"""A journal written back out as a scenario: playing the export gives the same meeting state.

Corrections are applied first (the export states the corrected facts). Events the rules derive
again when played (warnings, exclusions of remote members) are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.feeds.states import FeedCondition
from app.meeting import events as ev
from app.meeting.codec import to_plain_fields
from app.meeting.history import Recorded, effective_events
from app.scenario.parse import FORMAT

_DERIVED = (ev.WarningNoted, ev.RemoteMembersExcluded)
_TRANSIENT = (ev.FloorRequested, ev.FloorRequestWithdrawn, ev.FloorEnded)
"""The speaker queue's requests: not facts of the protocol, and the queue empties at closing."""


def export_scenario(history: Sequence[Recorded]) -> dict[str, Any]:
    events = [e for e in effective_events(history) if not isinstance(e, _DERIVED + _TRANSIENT)]
    created = events[0]
    assert isinstance(created, ev.MeetingCreated)
    body = to_plain_fields(created.body)
    body["members"] = [_drop_none(m) for m in body["members"]]
    info = to_plain_fields(created.info)
    organisation = info.pop("organisation")
    info["others_present"] = [_drop_none(p) for p in info["others_present"]]
    agenda = [_drop_none(to_plain_fields(i)) for i in created.agenda]
    steps: list[dict[str, Any]] = []
    rest = events[1:]
    index = 0
    while index < len(rest):
        event = rest[index]
        if isinstance(event, ev.AgendaItemAdded):
            agenda.append(_drop_none(to_plain_fields(event.item)))
            index += 1
            continue
        step, index = _step(rest, index)
        if event.at is not None:
            step["at"] = event.at
        steps.append(step)
    return {
        "format": FORMAT,
        "organisation": organisation,
        "body": body,
        "meeting": info,
        "agenda": agenda,
        "steps": steps,
    }


def _drop_none(value: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in value.items() if v is not None and v != []}


def _followed_by_serving(events: Sequence[ev.Event], index: int) -> str | None:
    nxt = events[index + 1] if index + 1 < len(events) else None
    return nxt.ersattare if isinstance(nxt, ev.ErsattareServing) else None


def _step(events: Sequence[ev.Event], i: int) -> tuple[dict[str, Any], int]:
    e = events[i]
    match e:
        case ev.AttendanceRecorded() | ev.ErsattarePresent():
            return _upprop(events, i)
        case ev.ErsattareServing():
            return {"do": "ersattare", "seat": e.seat, "ersattare": e.ersattare}, i + 1
        case ev.UppropCompleted():
            return {"do": "upprop_klart"}, i + 1
        case ev.MemberLeft() | ev.CountedAbsent():
            step: dict[str, Any] = {
                "do": "leave" if isinstance(e, ev.MemberLeft) else "counted_absent",
                "member": e.member,
            }
            replaced_by = _followed_by_serving(events, i)
            if replaced_by:
                step["replaced_by"] = replaced_by
                return step, i + 2
            return step, i + 1
        case ev.VoteringStarted():
            return _votering(events, i)
    return _simple(e), i + 1


def _upprop(events: Sequence[ev.Event], i: int) -> tuple[dict[str, Any], int]:
    """AttendanceRecorded … UppropCompleted is one roll call; alone, a change of attendance."""
    end = i
    while end < len(events) and isinstance(
        events[end], ev.AttendanceRecorded | ev.ErsattareServing | ev.ErsattarePresent
    ):
        end += 1
    if end >= len(events) or not isinstance(events[end], ev.UppropCompleted):
        e = events[i]
        if isinstance(e, ev.ErsattarePresent):
            return {"do": "ersattare_narvarande", "ersattare": e.ersattare}, i + 1
        assert isinstance(e, ev.AttendanceRecorded)
        return {"do": "narvaro", "member": e.member, "attendance": e.attendance.value}, i + 1
    lists: dict[str, list[str]] = {"present": [], "remote": [], "absent": []}
    serving: dict[str, str] = {}
    ersattare_present: list[str] = []
    for e in events[i:end]:
        if isinstance(e, ev.AttendanceRecorded):
            lists[e.attendance.value].append(e.member)
        elif isinstance(e, ev.ErsattareServing):
            serving[e.seat] = e.ersattare
        else:
            assert isinstance(e, ev.ErsattarePresent)
            ersattare_present.append(e.ersattare)
    step: dict[str, Any] = {"do": "upprop", **{k: v for k, v in lists.items() if v}}
    if serving:
        step["serving"] = serving
    if ersattare_present:
        step["ersattare_present"] = ersattare_present
    return step, end + 1


def _votering(events: Sequence[ev.Event], i: int) -> tuple[dict[str, Any], int]:
    start = events[i]
    assert isinstance(start, ev.VoteringStarted)
    step: dict[str, Any] = {
        "do": "kontraproposition" if start.kontraproposition else "votering",
        "ja": start.ja,
        "nej": start.nej,
    }
    if start.requested_by:
        step["requested_by"] = list(start.requested_by)
    if start.kontraproposition:
        step["winner_against"] = start.winner_against
    votes: dict[str, str] = {}
    overrides: dict[str, str] = {}
    j = i + 1
    while j < len(events) and isinstance(events[j], ev.VoteCast):
        cast = events[j]
        assert isinstance(cast, ev.VoteCast)
        votes.pop(cast.voter, None)  # a later vote by the same voter corrected the earlier one
        votes[cast.voter] = cast.vote.value
        if cast.override:
            overrides[cast.voter] = cast.override
        j += 1
    step["votes"] = votes
    if overrides:
        step["overrides"] = overrides
    if j < len(events) and isinstance(events[j], ev.VoteringClosed):
        closed = events[j]
        if closed.utslagsrost:
            step["utslagsrost"] = closed.utslagsrost.value
        if closed.lott:
            step["lott"] = closed.lott.value
        j += 1
    return step, j


def _simple(e: ev.Event) -> dict[str, Any]:
    match e:
        case ev.MeetingOpened():
            return {"do": "open"}
        case ev.MeetingClosed():
            return {"do": "close"}
        case ev.TeknikkontrollRecorded():
            return _drop_none(
                {"do": "teknikkontroll", "member": e.member, "ok": e.ok, "note": e.note}
            )
        case ev.MemberArrived():
            return {"do": "arrive", "member": e.member, "remote": e.remote}
        case ev.JusterareAppointed():
            return _drop_none(
                {"do": "justerare", "members": list(e.members), "when": e.when, "where": e.where}
            )
        case ev.ItemTakenUp():
            return {"do": "item", "item": e.item, "paragraph": e.paragraph}
        case ev.PresidingChanged():
            return {"do": "ordforande", "member": e.member}
        case ev.JavDeclared():
            return _drop_none({"do": "jav", "member": e.member, "replaced_by": e.replaced_by})
        case ev.FloorGiven():
            return {"do": "speak", "member": e.member, "kind": e.kind.value}
        case ev.StreckDrawn():
            return {"do": "streck"}
        case ev.YrkandeMade():
            return _drop_none(
                {
                    "do": "yrkande",
                    "id": e.yrkande,
                    "by": list(e.by),
                    "kind": e.kind.value,
                    "text": e.text,
                    "target": e.target,
                }
            )
        case ev.Instamt():
            return {"do": "instam", "member": e.member, "yrkande": e.yrkande}
        case ev.YrkandeWithdrawn():
            return {"do": "withdraw", "yrkande": e.yrkande}
        case ev.PropositionPut():
            return {"do": "proposition", "between": list(e.between), "finds": e.finds}
        case ev.BeslutRecorded():
            return {"do": "beslut", "text": e.text}
        case ev.ReservationRecorded():
            return _drop_none(
                {
                    "do": "reservation",
                    "members": list(e.members),
                    "yrkande": e.yrkande,
                    "motivation": e.motivation,
                    "written": e.written,
                }
            )
        case ev.ProtokollsanteckningRecorded():
            return {"do": "protokollsanteckning", "members": list(e.members), "text": e.text}
        case ev.NoteRecorded():
            return {"do": "anteckning", "text": e.text}
        case ev.OmedelbarJusteringRecorded():
            return {"do": "omedelbar_justering"}
        case ev.Ajournerad():
            return _drop_none({"do": "ajournera", "reason": e.reason})
        case ev.Ateruppttagen():
            return {"do": "ateruppta"}
        case ev.FeedHealthChanged():
            state = "restored" if e.condition is FeedCondition.LIVE else e.condition.value
            return {"do": "feed", "member": e.feed, "state": state}
        case ev.FeedAlarmAcknowledged():
            return {"do": "kvittera_larm", "member": e.feed}
        case ev.FeedLossOverridden():
            return {"do": "fortsatt", "member": e.feed, "reason": e.reason}
        case ev.SlutenOmrostningHeld():
            return _drop_none(
                {
                    "do": "sluten_omrostning",
                    "ja": e.ja,
                    "nej": e.nej,
                    "counts": {
                        "ja": e.ja_count,
                        "nej": e.nej_count,
                        "blanka": e.blanka,
                        "ogiltiga": e.ogiltiga,
                    },
                    "lott": e.lott.value if e.lott else None,
                }
            )
        case ev.ValHeld():
            return _drop_none(
                {
                    "do": "val",
                    "seats": e.seats,
                    "method": e.method.value,
                    "candidates": list(e.candidates),
                    "ballots": [{"list": list(b.names), "count": b.count} for b in e.ballots],
                    "lott": list(e.lott),
                    "requested_by": list(e.requested_by),
                }
            )
    raise ValueError(f"no scenario step for {type(e).__name__}")
