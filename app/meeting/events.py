"""Events: immutable facts of a meeting, in the past tense. The journal stores exactly these.

Every event carries `at`, the meeting's local clock time ("HH:MM" or "HH:MM:SS") when it
happened. The journal row carries the wall-clock time it was written, separately.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.feeds.states import FeedCondition
from app.meeting.model import Body, Item, ItemId, MeetingInfo, PersonId


class Attendance(StrEnum):
    PRESENT = "present"
    REMOTE = "remote"
    ABSENT = "absent"


class SpeechKind(StrEnum):
    ANFORANDE = "anforande"
    REPLIK = "replik"
    KONTRAREPLIK = "kontrareplik"
    ORDNINGSFRAGA = "ordningsfraga"


class YrkandeKind(StrEnum):
    BIFALL = "bifall"
    AVSLAG = "avslag"
    ATERREMISS = "aterremiss"
    BORDLAGGNING = "bordlaggning"
    ANDRING = "andring"
    TILLAGG = "tillagg"
    EGET = "eget"


class Vote(StrEnum):
    JA = "ja"
    NEJ = "nej"
    AVSTAR = "avstar"


class ValMethod(StrEnum):
    MAJORITET = "majoritet"
    PROPORTIONELLT = "proportionellt"


FORSLAG = "forslag"
"""Proposal id of the item's own proposal (beslutsförslaget)."""
IDAG = "idag"
"""Proposal id for deciding the item today, against an återremiss or bordläggning."""


@dataclass(frozen=True, slots=True)
class Event:
    at: str | None


@dataclass(frozen=True, slots=True)
class MeetingCreated(Event):
    body: Body
    info: MeetingInfo
    agenda: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class AgendaItemAdded(Event):
    item: Item


@dataclass(frozen=True, slots=True)
class MeetingOpened(Event):
    pass


@dataclass(frozen=True, slots=True)
class TeknikkontrollRecorded(Event):
    member: PersonId
    ok: bool
    note: str | None = None


@dataclass(frozen=True, slots=True)
class AttendanceRecorded(Event):
    """One member's attendance at the upprop (or its correction)."""

    member: PersonId
    attendance: Attendance


@dataclass(frozen=True, slots=True)
class ErsattareServing(Event):
    """An ersättare takes a seat (`seat` is the ordinary member's id) from the next decision."""

    seat: PersonId
    ersattare: PersonId


@dataclass(frozen=True, slots=True)
class ErsattarePresent(Event):
    """An ersättare is in the room without serving (närvarande ersättare)."""

    ersattare: PersonId


@dataclass(frozen=True, slots=True)
class UppropCompleted(Event):
    pass


@dataclass(frozen=True, slots=True)
class MemberArrived(Event):
    member: PersonId
    remote: bool = False


@dataclass(frozen=True, slots=True)
class MemberLeft(Event):
    member: PersonId


@dataclass(frozen=True, slots=True)
class JusterareAppointed(Event):
    members: tuple[PersonId, ...]
    when: str | None
    where: str | None


@dataclass(frozen=True, slots=True)
class ItemTakenUp(Event):
    item: ItemId
    paragraph: int


@dataclass(frozen=True, slots=True)
class PresidingChanged(Event):
    """From now on `member` presides; None hands back to the ordinary chair."""

    member: PersonId | None


@dataclass(frozen=True, slots=True)
class JavDeclared(Event):
    """The member leaves the current item; `replaced_by` serves in the seat for it alone."""

    member: PersonId
    item: ItemId
    replaced_by: PersonId | None = None


@dataclass(frozen=True, slots=True)
class RemoteMembersExcluded(Event):
    """Remote members leave an item flagged sekretess or sluten omröstning (distance policy)."""

    item: ItemId
    members: tuple[PersonId, ...]
    flags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FloorRequested(Event):
    member: PersonId
    kind: SpeechKind


@dataclass(frozen=True, slots=True)
class FloorRequestWithdrawn(Event):
    member: PersonId
    kind: SpeechKind


@dataclass(frozen=True, slots=True)
class FloorGiven(Event):
    member: PersonId
    kind: SpeechKind


@dataclass(frozen=True, slots=True)
class FloorEnded(Event):
    pass


@dataclass(frozen=True, slots=True)
class StreckDrawn(Event):
    pass


@dataclass(frozen=True, slots=True)
class YrkandeMade(Event):
    yrkande: str
    by: tuple[PersonId, ...]
    kind: YrkandeKind
    text: str | None = None
    target: str | None = None


@dataclass(frozen=True, slots=True)
class Instamt(Event):
    member: PersonId
    yrkande: str


@dataclass(frozen=True, slots=True)
class YrkandeWithdrawn(Event):
    yrkande: str


@dataclass(frozen=True, slots=True)
class PropositionPut(Event):
    """The chair puts `between` and finds `finds` adopted (decided by acklamation unless a
    votering follows)."""

    between: tuple[str, ...]
    finds: str


@dataclass(frozen=True, slots=True)
class VoteringStarted(Event):
    """An open roll-call vote (namnupprop): `ja` and `nej` are proposal ids."""

    ja: str
    nej: str
    requested_by: tuple[PersonId, ...] = ()
    kontraproposition: bool = False
    winner_against: str | None = None
    """For a kontrapropositionsvotering: the main proposal the winner will be put against."""


@dataclass(frozen=True, slots=True)
class VoteCast(Event):
    """A serving member's vote; a later VoteCast by the same voter corrects it before closing."""

    voter: PersonId
    vote: Vote
    override: str | None = None
    """The chair's recorded reason when a remote member's feed was not live."""


@dataclass(frozen=True, slots=True)
class VoteringClosed(Event):
    utslagsrost: Vote | None = None
    lott: Vote | None = None


@dataclass(frozen=True, slots=True)
class BeslutRecorded(Event):
    text: str


@dataclass(frozen=True, slots=True)
class ReservationRecorded(Event):
    members: tuple[PersonId, ...]
    yrkande: str | None = None
    motivation: str | None = None
    written: bool = False


@dataclass(frozen=True, slots=True)
class ProtokollsanteckningRecorded(Event):
    members: tuple[PersonId, ...]
    text: str


@dataclass(frozen=True, slots=True)
class NoteRecorded(Event):
    """The secretary's free note on the current §; not part of the protocol unless copied."""

    text: str


@dataclass(frozen=True, slots=True)
class OmedelbarJusteringRecorded(Event):
    pass


@dataclass(frozen=True, slots=True)
class Ajournerad(Event):
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Ateruppttagen(Event):
    pass


@dataclass(frozen=True, slots=True)
class FeedHealthChanged(Event):
    """Evidence from the feed monitor (or stated by a scenario). `feed` is a member id or
    "room"."""

    feed: str
    condition: FeedCondition
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class FeedAlarmAcknowledged(Event):
    """The chair silenced the audible alarm for a feed (the banner stays)."""

    feed: str


@dataclass(frozen=True, slots=True)
class FeedLossOverridden(Event):
    """The chair continues although a remote member's feed is not live, for a reason."""

    feed: str
    reason: str


@dataclass(frozen=True, slots=True)
class CountedAbsent(Event):
    """The chair decides a remote member without a live feed is counted absent."""

    member: PersonId


@dataclass(frozen=True, slots=True)
class SlutenOmrostningHeld(Event):
    ja: str
    nej: str
    ja_count: int
    nej_count: int
    blanka: int
    ogiltiga: int
    lott: Vote | None = None
    """Decides a tie: the chair has no utslagsröst in a secret ballot."""


@dataclass(frozen=True, slots=True)
class Ballot:
    names: tuple[str, ...]
    count: int


@dataclass(frozen=True, slots=True)
class ValHeld(Event):
    seats: int
    method: ValMethod
    candidates: tuple[str, ...]
    ballots: tuple[Ballot, ...]
    lott: tuple[str, ...] = ()
    requested_by: tuple[PersonId, ...] = ()


@dataclass(frozen=True, slots=True)
class WarningNoted(Event):
    """A rule the meeting departed from knowingly (e.g. distance without notice), in Swedish."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class EntryCorrected(Event):
    """Supersedes the journal entry `target_seq`: `replacement` takes its place (None strikes
    it). The original stays in the journal; the protocol shows the corrected fact."""

    target_seq: int
    reason: str
    replacement: Event | None = None


@dataclass(frozen=True, slots=True)
class MeetingClosed(Event):
    pass
