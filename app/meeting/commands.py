"""Commands: what a person asks the meeting to do, in the imperative. decide() validates them."""

from __future__ import annotations

from dataclasses import dataclass

from app.feeds.states import FeedCondition
from app.meeting.events import (
    Attendance,
    Ballot,
    Event,
    SpeechKind,
    ValMethod,
    Vote,
    YrkandeKind,
)
from app.meeting.model import Body, Item, ItemId, MeetingInfo, PersonId


@dataclass(frozen=True, slots=True)
class Command:
    pass


@dataclass(frozen=True, slots=True)
class CreateMeeting(Command):
    body: Body
    info: MeetingInfo
    agenda: tuple[Item, ...] = ()


@dataclass(frozen=True, slots=True)
class AddAgendaItem(Command):
    item: Item


@dataclass(frozen=True, slots=True)
class OpenMeeting(Command):
    pass


@dataclass(frozen=True, slots=True)
class CloseMeeting(Command):
    pass


@dataclass(frozen=True, slots=True)
class RecordTeknikkontroll(Command):
    member: PersonId
    ok: bool
    note: str | None = None


@dataclass(frozen=True, slots=True)
class RecordUpprop(Command):
    """The whole roll call at once (as a scenario states it)."""

    present: tuple[PersonId, ...] = ()
    remote: tuple[PersonId, ...] = ()
    absent: tuple[PersonId, ...] = ()
    serving: tuple[tuple[PersonId, PersonId], ...] = ()
    """(absent member's seat, ersättare) pairs."""
    ersattare_present: tuple[PersonId, ...] = ()


@dataclass(frozen=True, slots=True)
class RecordAttendance(Command):
    """One member's attendance, as the secretary walks the upprop (or corrects it)."""

    member: PersonId
    attendance: Attendance


@dataclass(frozen=True, slots=True)
class AssignErsattare(Command):
    seat: PersonId
    ersattare: PersonId


@dataclass(frozen=True, slots=True)
class RecordErsattarePresent(Command):
    """An ersättare is in the room without serving."""

    ersattare: PersonId


@dataclass(frozen=True, slots=True)
class CompleteUpprop(Command):
    pass


@dataclass(frozen=True, slots=True)
class MemberArrives(Command):
    member: PersonId
    remote: bool = False


@dataclass(frozen=True, slots=True)
class MemberLeaves(Command):
    member: PersonId
    replaced_by: PersonId | None = None


@dataclass(frozen=True, slots=True)
class AppointJusterare(Command):
    members: tuple[PersonId, ...]
    when: str | None = None
    where: str | None = None


@dataclass(frozen=True, slots=True)
class TakeUpItem(Command):
    item: ItemId
    paragraph: int | None = None


@dataclass(frozen=True, slots=True)
class ChangePresiding(Command):
    member: PersonId | None


@dataclass(frozen=True, slots=True)
class DeclareJav(Command):
    member: PersonId
    replaced_by: PersonId | None = None


@dataclass(frozen=True, slots=True)
class RequestFloor(Command):
    member: PersonId
    kind: SpeechKind = SpeechKind.ANFORANDE


@dataclass(frozen=True, slots=True)
class WithdrawFloorRequest(Command):
    member: PersonId
    kind: SpeechKind


@dataclass(frozen=True, slots=True)
class GiveFloor(Command):
    member: PersonId
    kind: SpeechKind = SpeechKind.ANFORANDE


@dataclass(frozen=True, slots=True)
class CallNextSpeaker(Command):
    pass


@dataclass(frozen=True, slots=True)
class EndFloor(Command):
    pass


@dataclass(frozen=True, slots=True)
class DrawStreck(Command):
    pass


@dataclass(frozen=True, slots=True)
class MakeYrkande(Command):
    by: tuple[PersonId, ...]
    kind: YrkandeKind
    text: str | None = None
    target: str | None = None
    yrkande: str | None = None
    """The yrkande's id; None lets the meeting number it (y1, y2 …)."""


@dataclass(frozen=True, slots=True)
class Instam(Command):
    member: PersonId
    yrkande: str


@dataclass(frozen=True, slots=True)
class WithdrawYrkande(Command):
    yrkande: str


@dataclass(frozen=True, slots=True)
class PutProposition(Command):
    between: tuple[str, ...]
    finds: str


@dataclass(frozen=True, slots=True)
class StartVotering(Command):
    ja: str
    nej: str
    requested_by: tuple[PersonId, ...] = ()
    kontraproposition: bool = False
    winner_against: str | None = None


@dataclass(frozen=True, slots=True)
class CastVote(Command):
    voter: PersonId
    vote: Vote
    override: str | None = None


@dataclass(frozen=True, slots=True)
class CloseVotering(Command):
    utslagsrost: Vote | None = None
    lott: Vote | None = None


@dataclass(frozen=True, slots=True)
class RecordBeslut(Command):
    text: str


@dataclass(frozen=True, slots=True)
class RecordReservation(Command):
    members: tuple[PersonId, ...]
    yrkande: str | None = None
    motivation: str | None = None
    written: bool = False


@dataclass(frozen=True, slots=True)
class RecordProtokollsanteckning(Command):
    members: tuple[PersonId, ...]
    text: str


@dataclass(frozen=True, slots=True)
class RecordNote(Command):
    text: str


@dataclass(frozen=True, slots=True)
class RecordOmedelbarJustering(Command):
    pass


@dataclass(frozen=True, slots=True)
class Ajournera(Command):
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Ateruppta(Command):
    pass


@dataclass(frozen=True, slots=True)
class RecordFeedHealth(Command):
    feed: str
    condition: FeedCondition
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class AcknowledgeAlarm(Command):
    feed: str


@dataclass(frozen=True, slots=True)
class OverrideFeedLoss(Command):
    feed: str
    reason: str


@dataclass(frozen=True, slots=True)
class CountAbsent(Command):
    member: PersonId
    replaced_by: PersonId | None = None


@dataclass(frozen=True, slots=True)
class HoldSlutenOmrostning(Command):
    ja: str
    nej: str
    ja_count: int
    nej_count: int
    blanka: int = 0
    ogiltiga: int = 0
    lott: Vote | None = None


@dataclass(frozen=True, slots=True)
class HoldVal(Command):
    seats: int
    method: ValMethod
    candidates: tuple[str, ...]
    ballots: tuple[Ballot, ...]
    lott: tuple[str, ...] = ()
    requested_by: tuple[PersonId, ...] = ()


@dataclass(frozen=True, slots=True)
class CorrectEntry(Command):
    """Supersede the journal entry `target_seq` with `replacement` (None strikes it)."""

    target_seq: int
    reason: str
    replacement: Event | None = None
