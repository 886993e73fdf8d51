"""Watching the journal for other stations' appends (db.notify), on a real PostgreSQL server
(LISTEN/NOTIFY) and on a real SQLite file (data_version)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.journal.port import NewEntry
from db.engine import open_engine
from db.journal import SqlJournalStore
from db.notify import watcher_for

pytestmark = pytest.mark.db

WAKE_S = 10.0
"""Long enough for the slowest machine; a watcher that works returns at once."""


def note(text: str) -> NewEntry:
    return NewEntry("NoteRecorded", 1, {"at": None, "text": text}, "station-a")


@pytest.fixture(params=["postgresql", "sqlite"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return request.getfixturevalue("postgres_url")
    return str(tmp_path / "journal.db")


def test_a_watcher_wakes_when_another_station_appends(database: str) -> None:
    writer = SqlJournalStore(open_engine(database))
    writer.create_meeting("m1", "Möte")
    watcher = watcher_for(open_engine(database), "m1")
    try:
        assert not watcher.wait(0.2)  # nothing yet
        writer.append("m1", [note("a")], after_seq=0)
        assert watcher.wait(WAKE_S)
        assert not watcher.wait(0.2)  # one append, one wake-up
    finally:
        watcher.close()
        writer.engine.dispose()


def test_a_postgres_watcher_ignores_other_meetings(postgres_url: str) -> None:
    writer = SqlJournalStore(open_engine(postgres_url))
    writer.create_meeting("m1", "Möte")
    writer.create_meeting("m2", "Annat möte")
    watcher = watcher_for(open_engine(postgres_url), "m1")
    try:
        writer.append("m2", [note("annat")], after_seq=0)
        assert not watcher.wait(0.5)
        writer.append("m1", [note("vårt")], after_seq=0)
        assert watcher.wait(WAKE_S)
    finally:
        watcher.close()
        writer.engine.dispose()


def test_a_postgres_watcher_survives_a_lost_connection(postgres_url: str) -> None:
    """The server drops the watcher's connection: it says "maybe grew" (so the station reads
    the journal) and listens again on a new connection."""
    writer = SqlJournalStore(open_engine(postgres_url))
    writer.create_meeting("m1", "Möte")
    watcher = watcher_for(open_engine(postgres_url), "m1")
    try:
        with writer.engine.begin() as connection:
            connection.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE left(query, 6) = 'LISTEN' AND pid <> pg_backend_pid()"
            )
        assert watcher.wait(1.0)  # the loss noticed
        assert watcher.wait(1.0)  # listening again: reported as a possible change
        writer.append("m1", [note("efter")], after_seq=0)
        assert watcher.wait(WAKE_S)
    finally:
        watcher.close()
        writer.engine.dispose()
