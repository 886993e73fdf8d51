"""The state of a meeting, folded from its events, and the questions the rules ask of it.

State values are frozen; the mappings inside them are never mutated after construction
(evolve copies the one it changes), so a state can be shared freely between threads and views.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from functools import cache
from typing import Any, NamedTuple, TypeVar

from app.feeds.states import FeedCondition
from app.meeting.events import (
    FORSLAG,
    IDAG,
    Attendance,
    Ballot,
    SpeechKind,
    ValMethod,
    Vote,
    YrkandeKind,
)
from app.meeting.model import ROOM, Body, Item, ItemId, MeetingInfo, PersonId

_T = TypeVar("_T")


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def evolved(value: _T, **changes: Any) -> _T:
    """A copy of a frozen state value with `changes`: dataclasses.replace without re-running
    __init__, which made replaying a long journal several times slower."""
    assert changes.keys() <= _field_names(type(value)), changes.keys()
    new = object.__new__(type(value))
    attributes = new.__dict__
    attributes.update(value.__dict__)
    attributes.update(changes)
    return new


class Phase(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Yrkande:
    id: str
    kind: YrkandeKind
    by: tuple[PersonId, ...]
    text: str | None = None
    target: str | None = None
    instam: tuple[PersonId, ...] = ()
    withdrawn: bool = False


@dataclass(frozen=True, slots=True)
class VoteringResult:
    ja: str
    nej: str
    votes: tuple[tuple[PersonId, Vote], ...]
    """Votes in the order they were called (upprop order, the presiding member last)."""
    not_voting: tuple[PersonId, ...]
    requested_by: tuple[PersonId, ...] = ()
    utslagsrost: Vote | None = None
    lott: Vote | None = None
    kontraproposition: bool = False
    overrides: tuple[tuple[PersonId, str], ...] = ()
    at: str | None = None

    def count(self, vote: Vote) -> int:
        return sum(1 for _, v in self.votes if v is vote)

    @property
    def winning_vote(self) -> Vote:
        ja, nej = self.count(Vote.JA), self.count(Vote.NEJ)
        if ja != nej:
            return Vote.JA if ja > nej else Vote.NEJ
        decided = self.utslagsrost or self.lott
        if decided is None:  # decide() refuses closing a tie without one
            raise ValueError("tie without utslagsröst or lott")
        return decided

    @property
    def winner(self) -> str:
        return self.ja if self.winning_vote is Vote.JA else self.nej


@dataclass(frozen=True, slots=True)
class SlutenResult:
    ja: str
    nej: str
    ja_count: int
    nej_count: int
    blanka: int
    ogiltiga: int
    lott: Vote | None = None
    at: str | None = None

    @property
    def winner(self) -> str:
        if self.ja_count != self.nej_count:
            return self.ja if self.ja_count > self.nej_count else self.nej
        return self.ja if self.lott is Vote.JA else self.nej


@dataclass(frozen=True, slots=True)
class ValResult:
    seats: int
    method: ValMethod
    candidates: tuple[str, ...]
    ballots: tuple[Ballot, ...]
    elected: tuple[str, ...]
    lott: tuple[str, ...] = ()
    requested_by: tuple[PersonId, ...] = ()
    at: str | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """One question put by the chair and how it was answered."""

    between: tuple[str, ...]
    adopted: str
    votering: VoteringResult | None = None
    sluten: SlutenResult | None = None
    at: str | None = None


class ServingSeat(NamedTuple):
    seat: PersonId
    person: PersonId
    remote: bool


@dataclass(frozen=True, slots=True)
class Reservation:
    members: tuple[PersonId, ...]
    yrkande: str | None
    motivation: str | None
    written: bool


@dataclass(frozen=True, slots=True)
class Protokollsanteckning:
    members: tuple[PersonId, ...]
    text: str


@dataclass(frozen=True)
class ItemState:
    item: Item
    paragraph: int
    presiding: PersonId | None = None
    jav: Mapping[PersonId, PersonId | None] = field(default_factory=dict)
    excluded_remote: tuple[PersonId, ...] = ()
    yrkanden: Mapping[str, Yrkande] = field(default_factory=dict)
    decisions: tuple[Decision, ...] = ()
    kontrapropositioner: tuple[VoteringResult, ...] = ()
    val: tuple[ValResult, ...] = ()
    beslut_text: str | None = None
    reservations: tuple[Reservation, ...] = ()
    anteckningar: tuple[Protokollsanteckning, ...] = ()
    notes: tuple[str, ...] = ()
    omedelbar_justering: bool = False
    serving: tuple[ServingSeat, ...] = ()
    """Who served at this § (the set at its last decision, or when it was taken up)."""
    speakers: tuple[PersonId, ...] = ()
    """Who spoke, in order of their first turn."""

    def active_yrkanden(self) -> tuple[Yrkande, ...]:
        return tuple(y for y in self.yrkanden.values() if not y.withdrawn)


@dataclass(frozen=True)
class SpeakerQueue:
    waiting: tuple[tuple[PersonId, SpeechKind], ...] = ()
    current: tuple[PersonId, SpeechKind] | None = None
    current_since: str | None = None
    streck: bool = False


@dataclass(frozen=True)
class OpenVotering:
    ja: str
    nej: str
    voters: tuple[PersonId, ...]
    """Called in this order: serving members in upprop order, the presiding member last."""
    votes: Mapping[PersonId, Vote] = field(default_factory=dict)
    overrides: Mapping[PersonId, str] = field(default_factory=dict)
    requested_by: tuple[PersonId, ...] = ()
    kontraproposition: bool = False
    at: str | None = None

    def count(self, vote: Vote) -> int:
        return sum(1 for v in self.votes.values() if v is vote)


@dataclass(frozen=True, slots=True)
class Ajournering:
    start: str | None
    end: str | None = None
    paragraph: int | None = None
    reason: str | None = None


@dataclass(frozen=True)
class MeetingState:
    body: Body
    info: MeetingInfo
    agenda: tuple[Item, ...]
    seq: int = 0
    """The journal sequence number of the last event folded in."""
    phase: Phase = Phase.PLANNED
    opened_at: str | None = None
    closed_at: str | None = None
    last_at: str | None = None
    attendance: Mapping[PersonId, Attendance] = field(default_factory=dict)
    upprop_done: bool = False
    seat_holders: Mapping[PersonId, PersonId] = field(default_factory=dict)
    """Seats an ersättare has taken (seat member id → ersättare id)."""
    ersattare_present: frozenset[PersonId] = frozenset()
    left: frozenset[PersonId] = frozenset()
    """Members who left the meeting (they may not come back to serve: no växeltjänstgöring)."""
    teknikkontroll: Mapping[PersonId, bool] = field(default_factory=dict)
    feeds: Mapping[str, FeedCondition] = field(default_factory=dict)
    feed_overrides: Mapping[str, str] = field(default_factory=dict)
    alarms_acknowledged: frozenset[str] = frozenset()
    presiding_override: PersonId | None = None
    justerare: tuple[PersonId, ...] = ()
    justering_when: str | None = None
    justering_where: str | None = None
    items: Mapping[ItemId, ItemState] = field(default_factory=dict)
    current_item: ItemId | None = None
    next_paragraph: int = 1
    speakers: SpeakerQueue = SpeakerQueue()
    votering: OpenVotering | None = None
    ajourneringar: tuple[Ajournering, ...] = ()
    warnings: tuple[str, ...] = ()

    # -- questions the rules and the windows ask ------------------------------------------

    @property
    def adjourned(self) -> bool:
        return bool(self.ajourneringar) and self.ajourneringar[-1].end is None

    @property
    def current(self) -> ItemState | None:
        return self.items.get(self.current_item) if self.current_item else None

    def item(self, item_id: ItemId) -> Item | None:
        return next((i for i in self.agenda if i.id == item_id), None)

    @property
    def presiding(self) -> PersonId | None:
        if self.presiding_override:
            return self.presiding_override
        chair = self.body.chair
        return chair.id if chair else None

    def name(self, person: PersonId) -> str:
        return self.body.person_name(person)

    def label(self, person: PersonId) -> str:
        """ "Anna Berg (S)": how people are named in messages and the protocol."""
        party = self.body.party_of(person)
        return f"{self.name(person)} ({party})" if party else self.name(person)

    def is_remote(self, member: PersonId) -> bool:
        return self.attendance.get(member) is Attendance.REMOTE

    def feed_blocked(self, member: PersonId) -> FeedCondition | None:
        """The condition that keeps a remote member from taking part, unless overridden."""
        if not self.is_remote(member):
            return None
        for feed in (member, ROOM):
            condition = self.feeds.get(feed, FeedCondition.LIVE)
            if condition.blocks_participation and feed not in self.feed_overrides:
                return condition
        return None

    def attending(self, member: PersonId) -> bool:
        """Present in the room, or at a distance after a passed teknikkontroll."""
        status = self.attendance.get(member)
        if status is Attendance.PRESENT:
            return True
        return status is Attendance.REMOTE and self.teknikkontroll.get(member, False)

    def serving(self) -> tuple[ServingSeat, ...]:
        """Who serves now, seat by seat in upprop order (derived: nothing stores it).

        Replaying a long journal asks this at every decision, so the answer is kept with the
        exact (never mutated) values it was computed from and reused while they are the same.
        """
        current = self.current
        basis = (
            self.body,
            self.attendance,
            self.seat_holders,
            self.teknikkontroll,
            current.jav if current else None,
            current.excluded_remote if current else None,
        )
        cached = self.__dict__.get("_serving")
        if cached is not None and all(a is b for a, b in zip(cached[0], basis, strict=True)):
            return cached[1]
        value = self._compute_serving()
        self.__dict__["_serving"] = (basis, value)
        return value

    def _compute_serving(self) -> tuple[ServingSeat, ...]:
        current = self.current
        jav = current.jav if current else {}
        excluded = current.excluded_remote if current else ()
        attendance = self.attendance
        checked = self.teknikkontroll
        holders = self.seat_holders
        present, remote = Attendance.PRESENT, Attendance.REMOTE
        seats = []
        for member in self.body.members:
            seat = member.id
            if seat in jav:
                person = jav[seat]
            elif seat in holders:
                person = holders[seat]
            else:
                status = attendance.get(seat)
                taking_part = status is present or (status is remote and checked.get(seat, False))
                if not taking_part or seat in excluded:
                    continue
                person = seat
            if person is not None:
                seats.append(ServingSeat(seat, person, attendance.get(person) is remote))
        return tuple(seats)

    def serving_persons(self) -> tuple[PersonId, ...]:
        return tuple(s.person for s in self.serving())

    @property
    def quorum_required(self) -> int:
        """More than half of the seats."""
        return self.body.seats // 2 + 1

    def has_quorum(self) -> bool:
        return len(self.serving()) >= self.quorum_required

    def voting_order(self) -> tuple[PersonId, ...]:
        """Serving members in upprop order, the presiding member last."""
        persons = self.serving_persons()
        chair = self.presiding
        if chair in persons:
            return (*(p for p in persons if p != chair), chair)
        return persons

    def remote_attending(self) -> tuple[PersonId, ...]:
        return tuple(m.id for m in self.body.members if self.is_remote(m.id))

    def seat_of(self, person: PersonId) -> PersonId | None:
        for seat in self.serving():
            if seat.person == person:
                return seat.seat
        return None

    def proposal_ids(self) -> frozenset[str]:
        """Everything a proposition or votering may name in the current item."""
        current = self.current
        ids = {FORSLAG, IDAG}
        if current:
            ids.update(y.id for y in current.active_yrkanden())
        return frozenset(ids)
