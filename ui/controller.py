"""MeetingController: the one write path every window uses. It wraps a MeetingSession, turns
refusals and storage failures into signals, and announces what was journaled — the windows
update from these signals only, never from each other."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from app.journal.port import ConcurrentAppendError, StorageUnavailable
from app.meeting import commands as cmd
from app.meeting import events as ev
from app.meeting.errors import RuleViolation
from app.meeting.history import Recorded
from app.meeting.state import MeetingState
from db.session import MeetingSession

Backup = Callable[[str], object]
"""Called with a reason ("ajournering", "avslut") after an event that calls for a backup."""

_BACKUP_AFTER: dict[type, str] = {ev.Ajournerad: "ajournering", ev.MeetingClosed: "avslut"}


def wall_clock() -> str:
    return datetime.now().strftime("%H:%M:%S")


class MeetingController(QObject):
    recorded = Signal(object)
    """tuple[Recorded, ...] newly journaled, this station's or another's, in journal order."""
    state_changed = Signal(object)
    """MeetingState after the journal grew."""
    refused = Signal(str)
    """A command broke a rule: the Swedish message naming it."""
    storage_failed = Signal(str)
    """The journal could not be written: the Swedish message and what to do."""

    def __init__(
        self,
        session: MeetingSession,
        *,
        backup: Backup | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._backup = backup
        self.last_refusal: RuleViolation | None = None

    @property
    def session(self) -> MeetingSession:
        return self._session

    @property
    def state(self) -> MeetingState:
        return self._session.state

    @property
    def history(self) -> tuple[Recorded, ...]:
        return self._session.history

    def submit(self, *commands: cmd.Command, at: str | None = None) -> bool:
        """Decide and journal the commands as one step. True once committed; False if refused
        (nothing journaled) or the journal is unavailable (nothing acknowledged)."""
        before = self._session.state.seq
        try:
            outcome = self._session.dispatch_all(commands, at=at or wall_clock())
        except RuleViolation as refusal:
            self.last_refusal = refusal
            # Refused perhaps on what another station has just journaled: show that first.
            self._announce(self._session.since(before))
            self.refused.emit(refusal.message)
            return False
        except (StorageUnavailable, ConcurrentAppendError) as failure:
            message = getattr(failure, "message", None) or (
                "Journalen ändrades samtidigt från flera stationer; försök igen."
            )
            self.storage_failed.emit(message)
            return False
        self._announce(outcome.foreign + outcome.recorded)
        return True

    def refresh(self) -> None:
        """Pick up what other stations journaled (called by the station watcher)."""
        try:
            new = self._session.refresh()
        except StorageUnavailable as failure:
            self.storage_failed.emit(failure.message)
            return
        if new:
            self._announce(tuple(new))

    def _announce(self, recorded: tuple[Recorded, ...]) -> None:
        if not recorded:
            return
        self.recorded.emit(recorded)
        self.state_changed.emit(self._session.state)
        if self._backup is None:
            return
        for reason in {
            _BACKUP_AFTER[type(r.event)] for r in recorded if type(r.event) in _BACKUP_AFTER
        }:
            try:
                self._backup(reason)
            except StorageUnavailable as failure:
                self.storage_failed.emit(failure.message)
            except OSError as failure:  # sqlite3.Error is not an OSError: see db.backup
                self.storage_failed.emit(
                    f"Säkerhetskopian vid {reason} kunde inte skrivas ({failure}). "
                    "Journalen är oförändrad; kontrollera diskutrymmet."
                )
