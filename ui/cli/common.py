"""What the commands share: opening the journal, choosing the meeting."""

from __future__ import annotations

from db.engine import open_engine
from db.journal import SqlJournalStore


class UsageError(Exception):
    """The user asked for something that cannot be done as asked; the message is Swedish."""


def open_store(database: str) -> SqlJournalStore:
    return SqlJournalStore(open_engine(database))


def pick_meeting(store: SqlJournalStore, meeting: str | None) -> str:
    ids = store.meeting_ids()
    if meeting:
        if meeting not in ids:
            raise UsageError(f"Sammanträdet {meeting} finns inte i journalen.")
        return meeting
    if not ids:
        raise UsageError("Journalen innehåller inget sammanträde.")
    return ids[-1]
