"""MeetingSession: the single write path. A command is decided against the replayed state,
appended to the journal, and acknowledged only after the commit; windows, the CLI and the
scenario runner all go through here (the Qt controller wraps it)."""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from app.journal.port import ConcurrentAppendError, JournalStore, NewEntry, StoredEntry
from app.meeting import codec
from app.meeting import commands as cmd
from app.meeting import events as ev
from app.meeting.decide import decide
from app.meeting.errors import RuleViolation
from app.meeting.evolve import evolve
from app.meeting.history import Recorded, correction, replay
from app.meeting.state import MeetingState, evolved

Clock = Callable[[], str]
"""Returns the meeting's local clock time, "HH:MM:SS"."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a command wrote (already committed) and the state after it."""

    recorded: tuple[Recorded, ...]
    state: MeetingState
    foreign: tuple[Recorded, ...] = ()
    """Entries another station appended that this session picked up on the way."""

    @property
    def events(self) -> tuple[ev.Event, ...]:
        return tuple(r.event for r in self.recorded)

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(e.message for e in self.events if isinstance(e, ev.WarningNoted))


def to_recorded(entry: StoredEntry) -> Recorded:
    event = codec.decode(entry.type, entry.version, entry.payload)
    return Recorded(entry.seq, event, entry.recorded_at, entry.actor)


def replay_entries(entries: Sequence[StoredEntry]) -> MeetingState:
    """Decode and fold stored entries (used on opening and by the replay benchmark)."""
    return replay([to_recorded(e) for e in entries])


class MeetingSession:
    """One meeting, open for reading and writing through one journal store."""

    def __init__(
        self,
        store: JournalStore,
        meeting_id: str,
        history: list[Recorded],
        *,
        actor: str = "klubban",
        clock: Clock | None = None,
    ) -> None:
        self._store = store
        self.meeting_id = meeting_id
        self._history = history
        self._state = replay(history)
        self.actor = actor
        self._clock = clock

    @classmethod
    def create(
        cls,
        store: JournalStore,
        command: cmd.CreateMeeting,
        *,
        meeting_id: str | None = None,
        actor: str = "klubban",
        clock: Clock | None = None,
        at: str | None = None,
    ) -> MeetingSession:
        meeting_id = meeting_id or _new_meeting_id(command)
        events = decide(None, command, at)
        title = f"{command.body.name} {command.info.date}"
        store.create_meeting(meeting_id, title)  # type: ignore[attr-defined]
        stored = store.append(meeting_id, [codec.encode(e, actor) for e in events], after_seq=0)
        return cls(store, meeting_id, list(_recorded(stored)), actor=actor, clock=clock)

    @classmethod
    def open(
        cls,
        store: JournalStore,
        meeting_id: str,
        *,
        actor: str = "klubban",
        clock: Clock | None = None,
    ) -> MeetingSession:
        with _collector_paused():
            history = list(_recorded(store.entries(meeting_id)))
            if not history:
                raise KeyError(meeting_id)
            return cls(store, meeting_id, history, actor=actor, clock=clock)

    @property
    def state(self) -> MeetingState:
        return self._state

    @property
    def store(self) -> JournalStore:
        return self._store

    @property
    def history(self) -> tuple[Recorded, ...]:
        return tuple(self._history)

    def dispatch(self, command: cmd.Command, *, at: str | None = None) -> Outcome:
        return self.dispatch_all((command,), at=at)

    def dispatch_all(self, commands: Sequence[cmd.Command], *, at: str | None = None) -> Outcome:
        """Decide every command in turn and append all their events in one transaction:
        either the whole step is journaled or nothing is. RuleViolation leaves no trace."""
        at = at or (self._clock() if self._clock else None)
        events = _decide_all(self._state, self._history, commands, at)
        if not events:
            return Outcome((), self._state)
        try:
            stored = self._store.append(
                self.meeting_id, self._encode(events), after_seq=self._state.seq
            )
        except ConcurrentAppendError:
            return self._dispatch_locked(commands, at)
        recorded = _recorded(stored)
        self._apply(recorded)
        return Outcome(recorded, self._state)

    def _dispatch_locked(self, commands: Sequence[cmd.Command], at: str | None) -> Outcome:
        """Another station wrote first: decide again on its events while holding the meeting's
        write lock, so that nobody can write in between this time. A refusal on the others'
        events appends nothing, but this session has then taken their events (see `since`)."""

        others: tuple[Recorded, ...] = ()

        def decide_again(entries: list[StoredEntry]) -> list[NewEntry]:
            nonlocal others
            others = _recorded(entries)
            history, state = _advanced(self._history, self._state, others)
            return self._encode(_decide_all(state, history, commands, at))

        try:
            _, stored = self._store.append_decided(
                self.meeting_id, decide_again, after_seq=self._state.seq
            )
        except RuleViolation:
            self._apply(others)  # committed by the other station, and the refusal rests on them
            raise
        recorded = _recorded(stored)
        self._apply(others + recorded)
        return Outcome(recorded, self._state, others)

    def since(self, seq: int) -> tuple[Recorded, ...]:
        """What this session holds after `seq` (a meeting's sequence numbers run 1, 2, 3 …)."""
        return tuple(self._history[seq:])

    def _encode(self, events: Sequence[ev.Event]) -> list[NewEntry]:
        return [codec.encode(e, self.actor) for e in events]

    def _apply(self, recorded: Sequence[Recorded]) -> None:
        self._history, self._state = _advanced(self._history, self._state, recorded)

    def refresh(self) -> list[Recorded]:
        """Pick up what other stations appended since this session last looked."""
        new = _recorded(self._store.entries(self.meeting_id, after_seq=self._state.seq))
        self._apply(new)
        return list(new)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Opening a meeting builds hundreds of thousands of small objects, none of them in a
    reference cycle; Python's cycle collector would walk them again and again as they pile up
    (a third of the replay time of 100 000 events, benchmarks.journal)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _recorded(entries: Sequence[StoredEntry]) -> tuple[Recorded, ...]:
    return tuple(to_recorded(e) for e in entries)


def _decide_all(
    state: MeetingState,
    history: Sequence[Recorded],
    commands: Sequence[cmd.Command],
    at: str | None,
) -> list[ev.Event]:
    """The events of `commands`, each decided on the state the ones before it left."""
    events: list[ev.Event] = []
    for command in commands:
        if isinstance(command, cmd.CorrectEntry):
            new: Sequence[ev.Event] = (
                correction(history, command.target_seq, command.reason, command.replacement, at),
            )
        else:
            new = decide(state, command, at)
        for event in new:
            state = evolve(state, event)
        events += new
    return events


def _advanced(
    history: list[Recorded], state: MeetingState, recorded: Sequence[Recorded]
) -> tuple[list[Recorded], MeetingState]:
    """History and state after `recorded` (a correction replays everything)."""
    if not recorded:
        return history, state
    history = [*history, *recorded]
    if any(isinstance(r.event, ev.EntryCorrected) for r in recorded):
        return history, replay(history)
    for r in recorded:
        state = evolve(state, r.event)
    return history, evolved(state, seq=recorded[-1].seq)


def _new_meeting_id(command: cmd.CreateMeeting) -> str:
    return f"{command.info.date}-{uuid.uuid4().hex[:8]}"
