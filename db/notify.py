"""Noticing what other stations append to a meeting's journal.

PostgreSQL (chair, secretary and room display on separate machines): every append sends
`NOTIFY klubban_journal, '<meeting id>'` inside its transaction, so the notification leaves
only with the commit; a watcher LISTENs on a connection of its own and wakes at once.
SQLite (several windows or processes on one machine): `PRAGMA data_version` on a connection
of the watcher's own changes whenever another connection commits; it is polled.

A watcher only says "the journal may have grown": the caller then reads what is new after its
last sequence number, so a missed or duplicated wake-up can never lose or repeat an event.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Engine

if TYPE_CHECKING:
    import psycopg

CHANNEL = "klubban_journal"
"""The notification channel every append notifies, with the meeting id as payload."""
SQLITE_POLL_S = 0.05


class JournalWatcher(Protocol):
    def wait(self, timeout: float) -> bool:
        """Block up to `timeout` seconds; True when the meeting's journal may have grown."""
        ...

    def close(self) -> None: ...


def watcher_for(engine: Engine, meeting_id: str) -> JournalWatcher:
    if engine.dialect.name == "postgresql":
        return _PostgresWatcher(engine, meeting_id)
    return _SqliteWatcher(engine)


class _PostgresWatcher:
    def __init__(self, engine: Engine, meeting_id: str) -> None:
        import psycopg  # only a PostgreSQL station pays for the driver at start-up

        self._errors = psycopg.Error
        self._engine = engine
        self._meeting_id = meeting_id
        self._connection: psycopg.Connection | None = None
        self._listen()

    def _listen(self) -> None:
        raw = self._engine.raw_connection()
        connection = raw.driver_connection
        raw.detach()  # LISTEN belongs to this connection for good: never back to the pool
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANNEL}")
        self._connection = connection

    def wait(self, timeout: float) -> bool:
        try:
            if self._connection is None or self._connection.closed:
                self._listen()
                return True  # whatever was sent while we were not listening
            return any(
                note.payload == self._meeting_id
                for note in self._connection.notifies(timeout=timeout, stop_after=1)
            )
        except self._errors:
            # The server went away: say "maybe" after a pause, so the station reads the
            # journal (and shows the storage message) instead of waiting silently.
            self.close()
            time.sleep(timeout)
            return True

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class _SqliteWatcher:
    def __init__(self, engine: Engine) -> None:
        database = engine.url.database
        assert database, "a file journal"
        # A plain read-only connection of its own: data_version counts other connections' commits.
        uri = f"{Path(database).resolve().as_uri()}?mode=ro"
        self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._version = self._data_version()

    def _data_version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def wait(self, timeout: float) -> bool:
        remaining = timeout
        while True:
            try:
                version = self._data_version()
            except sqlite3.Error:
                version = -1  # unreadable now: let the station read and report it
            if version != self._version:
                self._version = version
                return True
            if remaining <= 0:
                return False
            time.sleep(min(SQLITE_POLL_S, remaining))
            remaining -= SQLITE_POLL_S

    def close(self) -> None:
        self._connection.close()
