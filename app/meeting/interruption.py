"""The body's routine for technical interruptions: what the alarm banner advises, and when.

After `adjourn_after_s` without a live feed the chair should adjourn; after
`count_absent_after_s` the member should be counted absent and the next ersättare in turordning
called in. The routine only advises: the chair decides, and the decision is journaled.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.meeting.model import ROOM, PersonId
from app.meeting.rules import suggested_ersattare
from app.meeting.state import MeetingState


@dataclass(frozen=True, slots=True)
class InterruptionRoutine:
    adjourn_after_s: float = 60.0
    count_absent_after_s: float = 600.0
    support_name: str | None = None
    support_phone: str | None = None

    @property
    def support(self) -> str | None:
        parts = [p for p in (self.support_name, self.support_phone) if p]
        return ", ".join(parts) if parts else None


class Advice(StrEnum):
    WAIT = "wait"
    ADJOURN = "adjourn"
    COUNT_ABSENT = "count_absent"


@dataclass(frozen=True, slots=True)
class InterruptionAdvice:
    advice: Advice
    text: str
    """Swedish, for the banner."""
    ersattare: PersonId | None = None


def advise(
    state: MeetingState, feed: str, down_for_s: float, routine: InterruptionRoutine
) -> InterruptionAdvice:
    who = "sammanträdeslokalens bild och ljud" if feed == ROOM else state.label(feed)
    if feed != ROOM and down_for_s >= routine.count_absent_after_s:
        ersattare = suggested_ersattare(state, feed)
        call = f" och kalla in {state.label(ersattare)}" if ersattare else ""
        return InterruptionAdvice(
            Advice.COUNT_ABSENT,
            f"Enligt rutinen: räkna {who} som frånvarande{call}.",
            ersattare,
        )
    if down_for_s >= routine.adjourn_after_s and not state.adjourned:
        return InterruptionAdvice(
            Advice.ADJOURN, f"Enligt rutinen: ajournera tills {who} är tillbaka."
        )
    remaining = max(0, round(routine.adjourn_after_s - down_for_s))
    text = (
        f"Vänta på {who} (ajournera om {remaining} s)."
        if not state.adjourned
        else f"Sammanträdet är ajournerat i väntan på {who}."
    )
    return InterruptionAdvice(Advice.WAIT, text)
