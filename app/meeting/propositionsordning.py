"""The usual propositionsordning for the current item, proposed for the chair to adjust.

Formal yrkanden (återremiss, bordläggning) are tried first, each against deciding the item
today; then the substantive proposals: one alone, two against each other, three or more with a
kontrapropositionsvotering first to pick the counter-proposal; tilläggsyrkanden last, each on
its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.meeting.events import FORSLAG, IDAG, YrkandeKind
from app.meeting.state import MeetingState

_FORMAL = (YrkandeKind.ATERREMISS, YrkandeKind.BORDLAGGNING)


@dataclass(frozen=True, slots=True)
class PropositionStep:
    between: tuple[str, ...]
    kontraproposition: bool = False
    note: str = ""
    """Swedish, for the secretary's helper: what this step decides."""


def proposed_order(state: MeetingState) -> tuple[PropositionStep, ...]:
    current = state.current
    if current is None:
        return ()
    tried = {pid for d in current.decisions for pid in d.between}
    active = [y for y in current.active_yrkanden() if y.id not in tried]
    steps = [
        PropositionStep((IDAG, y.id), note=f"{_formal_name(y.kind)} mot att avgöra ärendet i dag")
        for y in active
        if y.kind in _FORMAL
    ]
    has_proposal = current.item.proposal is not None
    # Once the main question has been put (on any of its proposals) it is decided.
    main = {FORSLAG, *_substantive(has_proposal, list(current.active_yrkanden()))}
    substantive = [] if main & tried else _substantive(has_proposal, active)
    if len(substantive) >= 3:
        steps.append(
            PropositionStep(
                tuple(substantive),
                kontraproposition=True,
                note="kontrapropositionsvotering: välj motförslag till huvudförslaget",
            )
        )
    elif substantive:
        steps.append(PropositionStep(tuple(substantive), note="huvudfrågan"))
    steps += [
        PropositionStep((y.id,), note="tilläggsyrkande, bifall eller avslag")
        for y in active
        if y.kind is YrkandeKind.TILLAGG
    ]
    return tuple(steps)


def _formal_name(kind: YrkandeKind) -> str:
    return "återremiss" if kind is YrkandeKind.ATERREMISS else "bordläggning"


def _substantive(has_proposal: bool, active) -> list[str]:
    """Bifall to the proposal is the proposal itself; avslag, ändring and egna yrkanden stand
    as proposals of their own."""
    ids: list[str] = []
    bifall = [y for y in active if y.kind is YrkandeKind.BIFALL and y.target is None]
    if has_proposal or bifall:
        ids.append(bifall[0].id if bifall else FORSLAG)
    ids += [
        y.id
        for y in active
        if y.kind in (YrkandeKind.AVSLAG, YrkandeKind.ANDRING, YrkandeKind.EGET)
        or (y.kind is YrkandeKind.BIFALL and y.target is not None)
    ]
    return ids


def votering_question(state: MeetingState) -> tuple[str, str] | str:
    """What a votering asked for now is about: ja for the proposal the chair found for at the
    last proposition, nej for the other one. A str instead says (in Swedish) why there is
    nothing to vote on."""
    current = state.current
    decision = current.decisions[-1] if current and current.decisions else None
    if decision is None:
        return "Omröstning förutsätter att ordföranden först ställt proposition."
    if len(decision.between) < 2:
        return "Propositionen gällde ett enda förslag: inget att rösta om."
    nej = next(p for p in decision.between if p != decision.adopted)
    return decision.adopted, nej
