"""Reference data of a meeting: the body, its people, the agenda (frozen values)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

PersonId = str
ItemId = str
ROOM = "room"
"""The feed id of the room's outgoing picture (what the remote members see)."""


class BodyKind(StrEnum):
    FULLMAKTIGE = "fullmaktige"
    STYRELSE = "styrelse"
    NAMND = "namnd"
    UTSKOTT = "utskott"
    BOLAGSSTYRELSE = "bolagsstyrelse"


class ItemFlag(StrEnum):
    SEKRETESS = "sekretess"
    SLUTEN_OMROSTNING = "sluten_omrostning"


@dataclass(frozen=True, slots=True)
class Member:
    """An ordinarie ledamot; `role` is free text such as "ordforande" or "1:e vice ordforande"."""

    id: PersonId
    name: str
    party: str
    role: str | None = None

    @property
    def is_chair(self) -> bool:
        return self.role == "ordforande"


@dataclass(frozen=True, slots=True)
class Ersattare:
    """A substitute; `order` is the turordning within the party (1 is called first)."""

    id: PersonId
    name: str
    party: str
    order: int


@dataclass(frozen=True, slots=True)
class DistancePolicy:
    """The body's rules for distance participation (from its arbetsordning or reglemente)."""

    decided_by: str | None = None
    max_remote: int | None = None
    presidium_in_room: bool = True
    notice_hours: int = 24
    exclude: tuple[ItemFlag, ...] = (ItemFlag.SEKRETESS, ItemFlag.SLUTEN_OMROSTNING)


@dataclass(frozen=True, slots=True)
class Body:
    name: str
    kind: BodyKind
    members: tuple[Member, ...]
    ersattare: tuple[Ersattare, ...] = ()
    distance_policy: DistancePolicy = field(default_factory=DistancePolicy)

    def person_name(self, person: PersonId) -> str:
        for p in (*self.members, *self.ersattare):
            if p.id == person:
                return p.name
        return person

    def member(self, person: PersonId) -> Member | None:
        return next((m for m in self.members if m.id == person), None)

    def ersattare_by_id(self, person: PersonId) -> Ersattare | None:
        return next((e for e in self.ersattare if e.id == person), None)

    def party_of(self, person: PersonId) -> str | None:
        for p in (*self.members, *self.ersattare):
            if p.id == person:
                return p.party
        return None

    @property
    def chair(self) -> Member | None:
        return next((m for m in self.members if m.is_chair), None)

    @property
    def seats(self) -> int:
        return len(self.members)


@dataclass(frozen=True, slots=True)
class Item:
    """One ärende on the agenda."""

    id: ItemId
    title: str
    dnr: str | None = None
    proposal: str | None = None
    sekretess: bool = False
    sluten_omrostning: bool = False

    @property
    def flags(self) -> frozenset[ItemFlag]:
        flags = set()
        if self.sekretess:
            flags.add(ItemFlag.SEKRETESS)
        if self.sluten_omrostning:
            flags.add(ItemFlag.SLUTEN_OMROSTNING)
        return frozenset(flags)


@dataclass(frozen=True, slots=True)
class OtherPresent:
    """Övriga närvarande: officials and others without a vote; `items` limits their presence."""

    name: str
    title: str | None = None
    items: tuple[ItemId, ...] = ()


@dataclass(frozen=True, slots=True)
class MeetingInfo:
    organisation: str
    date: str
    """ISO date (YYYY-MM-DD) of the meeting."""
    place: str
    secretary: str
    distance_allowed: bool = False
    remote_announced: tuple[PersonId, ...] = ()
    others_present: tuple[OtherPresent, ...] = ()
