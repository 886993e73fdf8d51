"""A meeting's history as journaled: corrections resolved, then folded into state."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.meeting import events as ev
from app.meeting.evolve import fold, initial_state
from app.meeting.rules import fail
from app.meeting.state import MeetingState, evolved


@dataclass(frozen=True, slots=True)
class Recorded:
    """A journaled event with its sequence number (and, from the store, its wall time)."""

    seq: int
    event: ev.Event
    recorded_at: str | None = None
    actor: str | None = None


_UNCORRECTABLE = (ev.MeetingCreated, ev.EntryCorrected, ev.MeetingClosed, ev.MeetingOpened)


def effective_events(history: Iterable[Recorded]) -> list[ev.Event]:
    """The events as corrected: each corrected entry replaced (or struck) where it stood."""
    history = list(history)
    replacements: dict[int, ev.Event | None] = {}
    for record in history:
        if isinstance(record.event, ev.EntryCorrected):
            replacements[record.event.target_seq] = record.event.replacement
    result: list[ev.Event] = []
    for record in history:
        if isinstance(record.event, ev.EntryCorrected):
            continue
        if record.seq in replacements:
            replacement = replacements[record.seq]
            if replacement is not None:
                result.append(replacement)
        else:
            result.append(record.event)
    return result


def replay(history: Sequence[Recorded]) -> MeetingState:
    """The meeting state after every journaled event, corrections applied."""
    if not history:
        raise ValueError("empty history")
    events = effective_events(history)
    created = events[0]
    assert isinstance(created, ev.MeetingCreated), "a journal starts with MeetingCreated"
    state = fold(initial_state(created), events[1:])
    return evolved(state, seq=history[-1].seq)


def correction(
    history: Sequence[Recorded],
    target_seq: int,
    reason: str,
    replacement: ev.Event | None,
    at: str | None,
) -> ev.EntryCorrected:
    """Validate a correction against the whole history; the result is the event to append."""
    target = next((r for r in history if r.seq == target_seq), None)
    if target is None:
        fail(f"Det finns ingen journalpost nummer {target_seq}.", "rattelse.okand_post")
    if isinstance(target.event, _UNCORRECTABLE):
        fail("Den journalposten kan inte rättas.", "rattelse.ej_rattningsbar")
    if replacement is not None and type(replacement) is not type(target.event):
        fail(
            "En rättelse ersätter en uppgift med en uppgift av samma slag; stryk den och "
            "registrera den nya i stället.",
            "rattelse.annat_slag",
        )
    if not reason.strip():
        fail("Ange skälet till rättelsen.", "rattelse.skal_saknas")
    corrected = ev.EntryCorrected(at, target_seq=target_seq, reason=reason, replacement=replacement)
    try:
        replay([*history, Recorded(history[-1].seq + 1, corrected)])
    except (AssertionError, KeyError, ValueError) as error:
        fail(
            f"Rättelsen går inte ihop med det som registrerats senare ({error}).",
            "rattelse.motsagelse",
        )
    return corrected
