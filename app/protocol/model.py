"""The protocol as data: what a Swedish protocol states, projected from the journal.

No wording lives here except names as they are printed ("Anna Berg (S)") and the § ranges
("§§ 12–15"); the sentences come from the phrase templates, which a municipality may override.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Attendee:
    """A line under Beslutande: who, in which capacity, for which §§."""

    label: str
    role: str | None = None
    """"ordförande", "vice ordförande" …"""
    tjg_for: str | None = None
    """The member whose seat an ersättare filled."""
    paragraphs: str | None = None
    """"§§ 12–14, 16" when not present for every §; None when present throughout."""
    remote: bool = False


@dataclass(frozen=True, slots=True)
class Pause:
    start: str | None
    end: str | None
    paragraph: int | None
    cause: str | None = None
    """Why, if the journal says: the reason given, or the feed loss that caused it."""


@dataclass(frozen=True, slots=True)
class VoteLine:
    label: str
    vote: str
    """"ja", "nej", "avstar" or "deltar_ej"."""


@dataclass(frozen=True, slots=True)
class Votering:
    ja: str
    """The proposal a ja-röst supports (its label)."""
    nej: str
    ja_count: int
    nej_count: int
    avstar_count: int
    lines: tuple[VoteLine, ...]
    """In upprop order; members serving who did not vote are "deltar_ej"."""
    winner: str
    utslagsrost: str | None = None
    lott: str | None = None
    kontraproposition: bool = False
    overrides: tuple[tuple[str, str], ...] = ()
    """(member, reason) for votes recorded while the member's feed was not live."""

    @property
    def columns(self) -> tuple[str, ...]:
        """The vote list's columns: "deltar_ej" only when someone serving did not vote."""
        base = ("ja", "nej", "avstar")
        silent = any(line.vote == "deltar_ej" for line in self.lines)
        return (*base, "deltar_ej") if silent else base

    def count(self, column: str) -> int:
        return sum(1 for line in self.lines if line.vote == column)


@dataclass(frozen=True, slots=True)
class SlutenVote:
    ja: str
    nej: str
    ja_count: int
    nej_count: int
    blanka: int
    ogiltiga: int
    winner: str
    lott: str | None = None


@dataclass(frozen=True, slots=True)
class Proposition:
    between: tuple[str, ...]
    adopted: str
    votering: Votering | None = None
    sluten: SlutenVote | None = None


@dataclass(frozen=True, slots=True)
class Yrkande:
    by: tuple[str, ...]
    kind: str
    text: str | None
    target: str | None
    supporters: tuple[str, ...]
    withdrawn: bool


@dataclass(frozen=True, slots=True)
class Election:
    method: str
    """"majoritet" or "proportionellt"."""
    seats: int
    elected: tuple[str, ...]
    calculation: tuple[str, ...]
    """The lines of the calculation (comparison numbers, lots), for the bilaga."""
    lott: tuple[str, ...] = ()
    requested_by: tuple[str, ...] = ()
    bilaga: int | None = None
    """The number of the bilaga with the calculation (proportional elections)."""


@dataclass(frozen=True, slots=True)
class Interruption:
    """A remote feed that failed during the §, and what the chair did."""

    who: str
    condition: str
    """Swedish, e.g. "förbindelse bruten"."""
    start: str | None
    end: str | None
    action: str | None
    """"ajournering", "räknades som frånvarande", "fortsatte: <reason>" or None."""


@dataclass(frozen=True, slots=True)
class Reservation:
    by: tuple[str, ...]
    against: str | None
    written: bool
    motivation: str | None
    bilaga: int | None = None


@dataclass(frozen=True, slots=True)
class Anteckning:
    by: tuple[str, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    number: int
    title: str
    dnr: str | None
    proposal: str | None
    sekretess: bool
    yrkanden: tuple[Yrkande, ...]
    propositions: tuple[Proposition, ...]
    kontrapropositioner: tuple[Votering, ...]
    elections: tuple[Election, ...]
    beslut: str | None
    """The decision in words, as adopted ("Motionen avslås."); None: see the propositions."""
    jav: tuple[tuple[str, str | None], ...]
    """(member, replaced by)"""
    excluded_remote: tuple[str, ...]
    """Remote members who left the item (sekretess or sluten omröstning)."""
    interruptions: tuple[Interruption, ...]
    reservations: tuple[Reservation, ...]
    anteckningar: tuple[Anteckning, ...]
    omedelbar_justering: bool
    corrections: tuple[str, ...] = ()
    """What was corrected in the record of this §, and why."""


@dataclass(frozen=True, slots=True)
class Bilaga:
    number: int
    paragraph: int
    reservation: Reservation | None = None
    election: Election | None = None


@dataclass(frozen=True, slots=True)
class Protocol:
    organisation: str
    organ: str
    meeting_id: str
    date: str
    place: str
    start: str | None
    end: str | None
    pauses: tuple[Pause, ...]
    beslutande: tuple[Attendee, ...]
    ovriga: tuple[str, ...]
    sekreterare: str
    ordforande: str
    justerare: tuple[str, ...]
    justering_when: str | None
    justering_where: str | None
    paragraphs: tuple[Paragraph, ...]
    seal: str | None
    """The journal's head hash at the close: printed so truncation can be detected."""
    warnings: tuple[str, ...] = ()

    @property
    def paragraph_range(self) -> str:
        numbers = [p.number for p in self.paragraphs]
        return paragraph_range(numbers)

    @property
    def bilagor(self) -> tuple[Bilaga, ...]:
        """Written reservations and election calculations, in the order of their numbers."""
        found = [
            Bilaga(r.bilaga, p.number, reservation=r)
            for p in self.paragraphs
            for r in p.reservations
            if r.bilaga
        ]
        found += [
            Bilaga(e.bilaga, p.number, election=e)
            for p in self.paragraphs
            for e in p.elections
            if e.bilaga
        ]
        return tuple(sorted(found, key=lambda b: b.number))


def paragraph_range(numbers: list[int] | tuple[int, ...]) -> str:
    """ "§ 12", "§§ 12–16", "§§ 12–14, 16"."""
    if not numbers:
        return ""
    runs: list[list[int]] = []
    for number in sorted(numbers):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs]
    sign = "§" if len(numbers) == 1 else "§§"
    return f"{sign} {', '.join(parts)}"
