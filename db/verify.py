"""`verify` over a journal database: every meeting's chain, checked from the stored rows."""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.journal.port import StorageUnavailable, StoredEntry
from app.journal.verify import ChainReport, verify_chain
from db.engine import open_engine
from db.journal import SqlJournalStore


@dataclass(frozen=True, slots=True)
class DatabaseReport:
    database: str
    reports: tuple[ChainReport, ...]

    @property
    def ok(self) -> bool:
        return all(report.ok for report in self.reports)

    def describe(self) -> str:
        if not self.reports:
            return f"{self.database}: journalen innehåller inget sammanträde."
        return "\n".join(report.describe() for report in self.reports)


def verify_store(
    store: SqlJournalStore, *, meeting: str | None = None, seal: str | None = None
) -> tuple[ChainReport, ...]:
    ids = store.meeting_ids()
    if meeting is not None:
        if meeting not in ids:
            raise StorageUnavailable(f"Sammanträdet {meeting} finns inte i journalen.")
        ids = [meeting]
    if seal is not None and len(ids) != 1:
        raise StorageUnavailable(
            "Journalen innehåller flera sammanträden: ange vilket förseglingen gäller (--meeting)."
        )
    return tuple(_verify_meeting(store, meeting_id, seal) for meeting_id in ids)


def _verify_meeting(store: SqlJournalStore, meeting_id: str, seal: str | None) -> ChainReport:
    rows = store.rows(meeting_id)
    entries = (
        StoredEntry(m, seq, t, v, _decode(p), at, actor, prev, h)
        for m, seq, t, v, p, at, actor, prev, h in rows
    )
    return verify_chain(meeting_id, entries, seal=seal, payload_texts=(row[4] for row in rows))


def _decode(text: str) -> object:
    # A payload edited into invalid JSON must be reported as a broken encoding, not raise: the
    # wrapper never re-encodes to the stored text, so the chain check names the sequence.
    try:
        return json.loads(text)
    except ValueError:
        return {"oläsbar": text}


def verify_database(
    database: str, *, meeting: str | None = None, seal: str | None = None
) -> DatabaseReport:
    store = SqlJournalStore(open_engine(database, create=False))
    try:
        return DatabaseReport(database, verify_store(store, meeting=meeting, seal=seal))
    finally:
        store.engine.dispose()
