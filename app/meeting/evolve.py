"""evolve(state, event) -> state: pure folding of events into meeting state."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from app.feeds.states import FeedCondition
from app.meeting import elections
from app.meeting import events as ev
from app.meeting.state import (
    Ajournering,
    Decision,
    ItemState,
    MeetingState,
    OpenVotering,
    Phase,
    Protokollsanteckning,
    Reservation,
    SlutenResult,
    SpeakerQueue,
    ValResult,
    VoteringResult,
    Yrkande,
    evolved,
)

_Handler = Callable[[MeetingState, Any], MeetingState]
_HANDLERS: dict[type, _Handler] = {}


def _on(event_type: type) -> Callable[[_Handler], _Handler]:
    def register(fn: _Handler) -> _Handler:
        _HANDLERS[event_type] = fn
        return fn

    return register


def initial_state(created: ev.MeetingCreated) -> MeetingState:
    return MeetingState(
        body=created.body, info=created.info, agenda=created.agenda, last_at=created.at
    )


def evolve(state: MeetingState, event: ev.Event) -> MeetingState:
    """The state after `event`. Time moves on only when the event says when it happened."""
    new = _HANDLERS[type(event)](state, event)
    if event.at is not None and new.last_at != event.at:
        if new is state:
            return evolved(state, last_at=event.at)
        # `new` was made by this call and nobody else holds it yet: set the time in place
        # rather than copying the whole state a second time for every event.
        new.__dict__["last_at"] = event.at
    return new


def fold(state: MeetingState, events: Iterable[ev.Event]) -> MeetingState:
    for event in events:
        state = evolve(state, event)
    return state


def _with_item(state: MeetingState, **changes: Any) -> MeetingState:
    current = state.current
    assert current is not None, "decide() guarantees a current item"
    items = dict(state.items)
    items[current.item.id] = evolved(current, **changes)
    return evolved(state, items=items)


def _snapshot_serving(state: MeetingState) -> MeetingState:
    return _with_item(state, serving=state.serving()) if state.current else state


@_on(ev.MeetingCreated)
def _created(state: MeetingState, e: ev.MeetingCreated) -> MeetingState:
    return initial_state(e)


@_on(ev.AgendaItemAdded)
def _agenda_item_added(state: MeetingState, e: ev.AgendaItemAdded) -> MeetingState:
    return evolved(state, agenda=(*state.agenda, e.item))


@_on(ev.MeetingOpened)
def _opened(state: MeetingState, e: ev.MeetingOpened) -> MeetingState:
    return evolved(state, phase=Phase.OPEN, opened_at=e.at)


@_on(ev.MeetingClosed)
def _closed(state: MeetingState, e: ev.MeetingClosed) -> MeetingState:
    return evolved(state, phase=Phase.CLOSED, closed_at=e.at, speakers=SpeakerQueue())


@_on(ev.TeknikkontrollRecorded)
def _teknikkontroll(state: MeetingState, e: ev.TeknikkontrollRecorded) -> MeetingState:
    return evolved(state, teknikkontroll={**state.teknikkontroll, e.member: e.ok})


@_on(ev.AttendanceRecorded)
def _attendance(state: MeetingState, e: ev.AttendanceRecorded) -> MeetingState:
    return evolved(state, attendance={**state.attendance, e.member: e.attendance})


@_on(ev.ErsattareServing)
def _ersattare_serving(state: MeetingState, e: ev.ErsattareServing) -> MeetingState:
    holders = {s: p for s, p in state.seat_holders.items() if p != e.ersattare}
    holders[e.seat] = e.ersattare
    return evolved(
        state,
        seat_holders=holders,
        ersattare_present=state.ersattare_present - {e.ersattare},
    )


@_on(ev.ErsattarePresent)
def _ersattare_present(state: MeetingState, e: ev.ErsattarePresent) -> MeetingState:
    return evolved(state, ersattare_present=state.ersattare_present | {e.ersattare})


@_on(ev.UppropCompleted)
def _upprop_completed(state: MeetingState, e: ev.UppropCompleted) -> MeetingState:
    return _snapshot_serving(evolved(state, upprop_done=True))


@_on(ev.MemberArrived)
def _arrived(state: MeetingState, e: ev.MemberArrived) -> MeetingState:
    attendance = ev.Attendance.REMOTE if e.remote else ev.Attendance.PRESENT
    holders = dict(state.seat_holders)
    released = holders.pop(e.member, None)
    present = state.ersattare_present | {released} if released else state.ersattare_present
    return evolved(
        state,
        attendance={**state.attendance, e.member: attendance},
        seat_holders=holders,
        ersattare_present=present,
    )


@_on(ev.MemberLeft)
def _left(state: MeetingState, e: ev.MemberLeft) -> MeetingState:
    if state.body.member(e.member) is None:  # an ersättare leaves the seat it held
        holders = {s: p for s, p in state.seat_holders.items() if p != e.member}
        return evolved(
            state,
            seat_holders=holders,
            ersattare_present=state.ersattare_present - {e.member},
        )
    return evolved(
        state,
        attendance={**state.attendance, e.member: ev.Attendance.ABSENT},
        left=state.left | {e.member},
    )


@_on(ev.CountedAbsent)
def _counted_absent(state: MeetingState, e: ev.CountedAbsent) -> MeetingState:
    return evolved(state, attendance={**state.attendance, e.member: ev.Attendance.ABSENT})


@_on(ev.JusterareAppointed)
def _justerare(state: MeetingState, e: ev.JusterareAppointed) -> MeetingState:
    return evolved(state, justerare=e.members, justering_when=e.when, justering_where=e.where)


@_on(ev.ItemTakenUp)
def _item_taken_up(state: MeetingState, e: ev.ItemTakenUp) -> MeetingState:
    item = state.item(e.item)
    assert item is not None
    items = dict(state.items)
    items[e.item] = ItemState(item=item, paragraph=e.paragraph, presiding=state.presiding)
    state = evolved(
        state,
        items=items,
        current_item=e.item,
        next_paragraph=e.paragraph + 1,
        speakers=SpeakerQueue(),
    )
    return _snapshot_serving(state)


@_on(ev.PresidingChanged)
def _presiding(state: MeetingState, e: ev.PresidingChanged) -> MeetingState:
    state = evolved(state, presiding_override=e.member)
    return _with_item(state, presiding=state.presiding) if state.current else state


@_on(ev.JavDeclared)
def _jav(state: MeetingState, e: ev.JavDeclared) -> MeetingState:
    current = state.current
    assert current is not None
    state = _with_item(state, jav={**current.jav, e.member: e.replaced_by})
    return _snapshot_serving(state)


@_on(ev.RemoteMembersExcluded)
def _remote_excluded(state: MeetingState, e: ev.RemoteMembersExcluded) -> MeetingState:
    return _snapshot_serving(_with_item(state, excluded_remote=e.members))


@_on(ev.FloorRequested)
def _floor_requested(state: MeetingState, e: ev.FloorRequested) -> MeetingState:
    queue = state.speakers
    entry = (e.member, e.kind)
    if e.kind is ev.SpeechKind.ORDNINGSFRAGA:  # a point of order goes before everyone
        waiting = (entry, *queue.waiting)
    elif e.kind in (ev.SpeechKind.REPLIK, ev.SpeechKind.KONTRAREPLIK):
        # replies come straight after the speech they answer, after earlier replies
        index = sum(1 for _, k in queue.waiting if k is not ev.SpeechKind.ANFORANDE)
        waiting = (*queue.waiting[:index], entry, *queue.waiting[index:])
    else:
        waiting = (*queue.waiting, entry)
    return evolved(state, speakers=evolved(queue, waiting=waiting))


@_on(ev.FloorRequestWithdrawn)
def _floor_withdrawn(state: MeetingState, e: ev.FloorRequestWithdrawn) -> MeetingState:
    queue = state.speakers
    waiting = list(queue.waiting)
    waiting.remove((e.member, e.kind))
    return evolved(state, speakers=evolved(queue, waiting=tuple(waiting)))


@_on(ev.FloorGiven)
def _floor_given(state: MeetingState, e: ev.FloorGiven) -> MeetingState:
    queue = state.speakers
    waiting = list(queue.waiting)
    if (e.member, e.kind) in waiting:
        waiting.remove((e.member, e.kind))
    speakers = evolved(
        queue, waiting=tuple(waiting), current=(e.member, e.kind), current_since=e.at
    )
    state = evolved(state, speakers=speakers)
    current = state.current
    if current and e.member not in current.speakers:
        state = _with_item(state, speakers=(*current.speakers, e.member))
    return state


@_on(ev.FloorEnded)
def _floor_ended(state: MeetingState, e: ev.FloorEnded) -> MeetingState:
    return evolved(state, speakers=evolved(state.speakers, current=None, current_since=None))


@_on(ev.StreckDrawn)
def _streck(state: MeetingState, e: ev.StreckDrawn) -> MeetingState:
    return evolved(state, speakers=evolved(state.speakers, streck=True))


@_on(ev.YrkandeMade)
def _yrkande(state: MeetingState, e: ev.YrkandeMade) -> MeetingState:
    current = state.current
    assert current is not None
    yrkande = Yrkande(id=e.yrkande, kind=e.kind, by=e.by, text=e.text, target=e.target)
    return _with_item(state, yrkanden={**current.yrkanden, e.yrkande: yrkande})


@_on(ev.Instamt)
def _instamt(state: MeetingState, e: ev.Instamt) -> MeetingState:
    current = state.current
    assert current is not None
    y = current.yrkanden[e.yrkande]
    updated = replace(y, instam=(*y.instam, e.member))
    return _with_item(state, yrkanden={**current.yrkanden, e.yrkande: updated})


@_on(ev.YrkandeWithdrawn)
def _withdrawn(state: MeetingState, e: ev.YrkandeWithdrawn) -> MeetingState:
    current = state.current
    assert current is not None
    updated = replace(current.yrkanden[e.yrkande], withdrawn=True)
    return _with_item(state, yrkanden={**current.yrkanden, e.yrkande: updated})


@_on(ev.PropositionPut)
def _proposition(state: MeetingState, e: ev.PropositionPut) -> MeetingState:
    current = state.current
    assert current is not None
    decision = Decision(between=e.between, adopted=e.finds, at=e.at)
    state = _with_item(state, decisions=(*current.decisions, decision))
    return _snapshot_serving(state)


@_on(ev.VoteringStarted)
def _votering_started(state: MeetingState, e: ev.VoteringStarted) -> MeetingState:
    votering = OpenVotering(
        ja=e.ja,
        nej=e.nej,
        voters=state.voting_order(),
        requested_by=e.requested_by,
        kontraproposition=e.kontraproposition,
        at=e.at,
    )
    return _snapshot_serving(evolved(state, votering=votering))


@_on(ev.VoteCast)
def _vote_cast(state: MeetingState, e: ev.VoteCast) -> MeetingState:
    v = state.votering
    assert v is not None
    overrides = {**v.overrides, e.voter: e.override} if e.override else v.overrides
    return evolved(
        state, votering=evolved(v, votes={**v.votes, e.voter: e.vote}, overrides=overrides)
    )


@_on(ev.VoteringClosed)
def _votering_closed(state: MeetingState, e: ev.VoteringClosed) -> MeetingState:
    v = state.votering
    current = state.current
    assert v is not None
    assert current is not None
    result = VoteringResult(
        ja=v.ja,
        nej=v.nej,
        votes=tuple((p, v.votes[p]) for p in v.voters if p in v.votes),
        not_voting=tuple(p for p in v.voters if p not in v.votes),
        requested_by=v.requested_by,
        utslagsrost=e.utslagsrost,
        lott=e.lott,
        kontraproposition=v.kontraproposition,
        overrides=tuple(v.overrides.items()),
        at=v.at,
    )
    state = evolved(state, votering=None)
    if v.kontraproposition:
        return _with_item(state, kontrapropositioner=(*current.kontrapropositioner, result))
    decisions = list(current.decisions)
    if decisions and {v.ja, v.nej} <= set(decisions[-1].between):
        decisions[-1] = replace(decisions[-1], adopted=result.winner, votering=result)
    else:
        decisions.append(Decision((v.ja, v.nej), result.winner, votering=result, at=v.at))
    return _with_item(state, decisions=tuple(decisions))


@_on(ev.SlutenOmrostningHeld)
def _sluten(state: MeetingState, e: ev.SlutenOmrostningHeld) -> MeetingState:
    current = state.current
    assert current is not None
    result = SlutenResult(
        e.ja, e.nej, e.ja_count, e.nej_count, e.blanka, e.ogiltiga, lott=e.lott, at=e.at
    )
    decision = Decision((e.ja, e.nej), result.winner, sluten=result, at=e.at)
    return _snapshot_serving(_with_item(state, decisions=(*current.decisions, decision)))


@_on(ev.ValHeld)
def _val(state: MeetingState, e: ev.ValHeld) -> MeetingState:
    current = state.current
    assert current is not None
    result = ValResult(
        seats=e.seats,
        method=e.method,
        candidates=e.candidates,
        ballots=e.ballots,
        elected=elections.elected(e),
        lott=e.lott,
        requested_by=e.requested_by,
        at=e.at,
    )
    return _snapshot_serving(_with_item(state, val=(*current.val, result)))


@_on(ev.BeslutRecorded)
def _beslut(state: MeetingState, e: ev.BeslutRecorded) -> MeetingState:
    return _with_item(state, beslut_text=e.text)


@_on(ev.ReservationRecorded)
def _reservation(state: MeetingState, e: ev.ReservationRecorded) -> MeetingState:
    current = state.current
    assert current is not None
    reservation = Reservation(e.members, e.yrkande, e.motivation, e.written)
    return _with_item(state, reservations=(*current.reservations, reservation))


@_on(ev.ProtokollsanteckningRecorded)
def _anteckning(state: MeetingState, e: ev.ProtokollsanteckningRecorded) -> MeetingState:
    current = state.current
    assert current is not None
    note = Protokollsanteckning(e.members, e.text)
    return _with_item(state, anteckningar=(*current.anteckningar, note))


@_on(ev.NoteRecorded)
def _note(state: MeetingState, e: ev.NoteRecorded) -> MeetingState:
    current = state.current
    assert current is not None
    return _with_item(state, notes=(*current.notes, e.text))


@_on(ev.OmedelbarJusteringRecorded)
def _omedelbar(state: MeetingState, e: ev.OmedelbarJusteringRecorded) -> MeetingState:
    return _with_item(state, omedelbar_justering=True)


@_on(ev.Ajournerad)
def _ajournerad(state: MeetingState, e: ev.Ajournerad) -> MeetingState:
    current = state.current
    pause = Ajournering(
        start=e.at, paragraph=current.paragraph if current else None, reason=e.reason
    )
    return evolved(state, ajourneringar=(*state.ajourneringar, pause))


@_on(ev.Ateruppttagen)
def _ateruppttagen(state: MeetingState, e: ev.Ateruppttagen) -> MeetingState:
    pauses = list(state.ajourneringar)
    pauses[-1] = replace(pauses[-1], end=e.at)
    return evolved(state, ajourneringar=tuple(pauses))


@_on(ev.FeedHealthChanged)
def _feed(state: MeetingState, e: ev.FeedHealthChanged) -> MeetingState:
    feeds = {**state.feeds, e.feed: e.condition}
    if e.condition is FeedCondition.LIVE:
        overrides = {f: r for f, r in state.feed_overrides.items() if f != e.feed}
        return evolved(
            state,
            feeds=feeds,
            feed_overrides=overrides,
            alarms_acknowledged=state.alarms_acknowledged - {e.feed},
        )
    return evolved(state, feeds=feeds)


@_on(ev.FeedAlarmAcknowledged)
def _alarm_ack(state: MeetingState, e: ev.FeedAlarmAcknowledged) -> MeetingState:
    return evolved(state, alarms_acknowledged=state.alarms_acknowledged | {e.feed})


@_on(ev.FeedLossOverridden)
def _feed_override(state: MeetingState, e: ev.FeedLossOverridden) -> MeetingState:
    return evolved(state, feed_overrides={**state.feed_overrides, e.feed: e.reason})


@_on(ev.WarningNoted)
def _warning(state: MeetingState, e: ev.WarningNoted) -> MeetingState:
    return evolved(state, warnings=(*state.warnings, e.message))


@_on(ev.EntryCorrected)
def _corrected(state: MeetingState, e: ev.EntryCorrected) -> MeetingState:
    # Corrections are resolved before folding (app.meeting.history.effective_events): by the
    # time a fold meets one, its replacement has already taken the target's place.
    return state
