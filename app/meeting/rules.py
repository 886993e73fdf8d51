"""Shared checks of decide(): each raises RuleViolation with a Swedish message naming the rule."""

from __future__ import annotations

from typing import NoReturn

from app.feeds.states import SWEDISH
from app.meeting import events as ev
from app.meeting.errors import RuleViolation
from app.meeting.model import PersonId
from app.meeting.state import ItemState, MeetingState, Phase


def fail(message: str, rule: str) -> NoReturn:
    raise RuleViolation(message, rule=rule)


def require_open(state: MeetingState) -> None:
    if state.phase is Phase.PLANNED:
        fail("Sammanträdet är inte öppnat än.", "sammantrade.ej_oppnat")
    if state.phase is Phase.CLOSED:
        fail(
            "Sammanträdet är avslutat; journalen tar inte emot fler beslut.", "sammantrade.avslutat"
        )


def require_not_adjourned(state: MeetingState, what: str) -> None:
    if state.adjourned:
        fail(
            f"Sammanträdet är ajournerat: {what} kan inte ske förrän det återupptagits.",
            "ajournering.inget_beslut",
        )


def require_item(state: MeetingState) -> ItemState:
    current = state.current
    if current is None:
        fail("Inget ärende är upptaget: ta upp ett ärende först.", "arende.inget_upptaget")
    return current


def require_person(state: MeetingState, person: PersonId) -> None:
    if state.body.member(person) is None and state.body.ersattare_by_id(person) is None:
        fail(f"{person} är varken ledamot eller ersättare i {state.body.name}.", "person.okand")


def require_member(state: MeetingState, person: PersonId) -> None:
    if state.body.member(person) is None:
        fail(f"{person} är inte ledamot i {state.body.name}.", "person.ej_ledamot")


def require_ersattare(state: MeetingState, person: PersonId) -> None:
    if state.body.ersattare_by_id(person) is None:
        fail(f"{person} är inte ersättare i {state.body.name}.", "person.ej_ersattare")


def paragraph_label(state: MeetingState) -> str:
    current = state.current
    return f"§ {current.paragraph}" if current else "detta skede"


def require_serving(state: MeetingState, person: PersonId, role: str = "") -> None:
    if person not in state.serving_persons():
        kind = "Ersättaren" if state.body.ersattare_by_id(person) else "Ledamoten"
        fail(
            f"{kind} {state.name(person)} tjänstgör inte vid {paragraph_label(state)}{role}.",
            "tjanstgoring.ej_tjanstgorande",
        )


def require_taking_part(state: MeetingState, person: PersonId) -> None:
    """Present in the room, or serving at a distance, or a serving ersättare."""
    if not (state.attending(person) or person in state.serving_persons()):
        fail(
            f"{state.label(person)} deltar inte i sammanträdet just nu.",
            "narvaro.ej_narvarande",
        )


def require_quorum(state: MeetingState) -> None:
    serving = len(state.serving())
    if serving < state.quorum_required:
        fail(
            f"{state.body.name} är inte beslutför: {serving} av {state.body.seats} ledamöter "
            f"tjänstgör, minst {state.quorum_required} krävs (mer än hälften).",
            "beslutsforhet",
        )


def require_feeds_live(state: MeetingState, persons: tuple[PersonId, ...]) -> None:
    """No decision while a serving remote member is not seen and heard (KL 5 kap. 16 §)."""
    for person in persons:
        condition = state.feed_blocked(person)
        if condition is not None:
            fail(
                f"{state.label(person)} deltar på distans men bild eller ljud saknas "
                f"({SWEDISH[condition]}). Ajournera, räkna ledamoten som frånvarande eller "
                "fortsätt med en motivering innan beslut fattas.",
                "distans.forbindelse_bruten",
            )


def remote_checks(
    state: MeetingState, member: PersonId, remote_after: tuple[PersonId, ...], at: str | None
) -> tuple[ev.Event, ...]:
    """The body's distance policy for a member who is to take part at a distance."""
    if not state.info.distance_allowed:
        fail(
            "Deltagande på distans är inte tillåtet vid detta sammanträde.",
            "distans.ej_tillatet",
        )
    policy = state.body.distance_policy
    basis = f" ({policy.decided_by})" if policy.decided_by else ""
    chair = state.body.chair
    if policy.presidium_in_room and member in {chair.id if chair else None, state.presiding}:
        fail(
            f"{state.label(member)} är ordförande och ska vara på plats i "
            f"sammanträdeslokalen{basis}.",
            "distans.presidiet_pa_plats",
        )
    if policy.max_remote is not None and len(remote_after) > policy.max_remote:
        fail(
            f"Högst {policy.max_remote} ledamöter får delta på distans samtidigt{basis}; "
            f"med {state.label(member)} skulle de bli {len(remote_after)}.",
            "distans.max_antal",
        )
    warnings: list[ev.Event] = []
    if member not in state.info.remote_announced:
        warnings.append(
            ev.WarningNoted(
                at,
                code="distans.ej_anmald",
                message=f"{state.label(member)} deltar på distans utan föranmälan "
                f"({policy.notice_hours} timmar i förväg).",
            )
        )
    if not state.teknikkontroll.get(member, False):
        warnings.append(
            ev.WarningNoted(
                at,
                code="distans.teknikkontroll_saknas",
                message=f"{state.label(member)} har ingen godkänd teknikkontroll och räknas "
                "inte som närvarande förrän en kontroll godkänts.",
            )
        )
    return tuple(warnings)


def turordning_warning(
    state: MeetingState, seat: PersonId, ersattare: PersonId, at: str | None
) -> tuple[ev.Event, ...]:
    """Departing from the turordning is the body's call: noted, not refused."""
    expected = suggested_ersattare(state, seat)
    if expected is None or expected == ersattare:
        return ()
    return (
        ev.WarningNoted(
            at,
            code="ersattare.turordning",
            message=f"{state.label(ersattare)} tjänstgör för {state.label(seat)}; enligt "
            f"turordningen står {state.label(expected)} på tur.",
        ),
    )


def suggested_ersattare(state: MeetingState, seat: PersonId) -> PersonId | None:
    """The next free ersättare of the seat's party by turordning (None if the party has none).

    Ersättare already serving or with other duties are passed over.
    """
    party = state.body.party_of(seat)
    busy = set(state.seat_holders.values())
    current = state.current
    if current:
        busy.update(p for p in current.jav.values() if p)
    candidates = sorted(
        (e for e in state.body.ersattare if e.party == party and e.id not in busy),
        key=lambda e: e.order,
    )
    return candidates[0].id if candidates else None
