"""What the domain needs from a journal store; implemented in db/ (SQLite, PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class NewEntry:
    """An entry to append: an encoded event (see app.meeting.codec)."""

    type: str
    version: int
    payload: dict[str, Any]
    actor: str


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """An entry as it stands in the journal. `recorded_at` is ISO-8601 UTC wall-clock time."""

    meeting_id: str
    seq: int
    type: str
    version: int
    payload: dict[str, Any]
    recorded_at: str
    actor: str
    prev_hash: str
    hash: str


class ConcurrentAppendError(Exception):
    """Another writer appended first: re-read the journal, re-validate, try again."""


class StorageUnavailable(Exception):
    """The journal cannot be written or read now (locked, read-only, disk full, corrupt).

    `message` is Swedish and tells the user what happened and what to do.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class JournalStore(Protocol):
    def append(
        self, meeting_id: str, entries: Sequence[NewEntry], *, after_seq: int
    ) -> list[StoredEntry]:
        """Append atomically after `after_seq`; returns the stored entries once committed.

        Raises ConcurrentAppendError if the journal has grown past `after_seq`.
        """
        ...

    def append_decided(
        self,
        meeting_id: str,
        decide: Callable[[list[StoredEntry]], Sequence[NewEntry]],
        *,
        after_seq: int,
    ) -> tuple[list[StoredEntry], list[StoredEntry]]:
        """Under the meeting's write lock: read what others appended after `after_seq`, hand
        it to `decide`, append what `decide` returns after it, commit. Returns (the others'
        entries, the stored ones). Nobody can append in between, so a station that lost a race
        cannot lose the next one; an exception from `decide` appends nothing."""
        ...

    def entries(self, meeting_id: str, *, after_seq: int = 0) -> list[StoredEntry]: ...

    def meeting_ids(self) -> list[str]: ...
