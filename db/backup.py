"""Automatic backups of the journal, at every ajournering and at the close of a meeting.

SQLite: SQLite's online backup into `backups/` beside the journal file (a consistent copy even
while another station writes), verified after writing. PostgreSQL: every meeting's journal as
JSON lines in the user's data folder (the rows as stored, so the chain re-verifies). A backup
is a way forward when the journal file is lost or damaged: open the copy instead."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from db.journal import SqlJournalStore
from db.settings import data_dir
from db.verify import verify_database


def backup_journal(engine: Engine, reason: str) -> Path:
    """Write a backup and return its path; raises OSError if it failed."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database:
        source = Path(database)
        target = source.parent / "backups" / f"{source.stem}-{stamp}-{reason}.db"
        _sqlite_backup(source, target)
        if not verify_database(str(target)).ok:
            raise OSError(f"Säkerhetskopian {target} kunde inte verifieras.")
        return target
    target = data_dir() / "backups" / f"journal-{stamp}-{reason}.jsonl"
    _jsonl_backup(SqlJournalStore(engine), target)
    return target


def _sqlite_backup(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    origin, copy = sqlite3.connect(source), sqlite3.connect(target)
    try:
        origin.backup(copy)
    except sqlite3.Error as error:  # one kind of failure for the caller
        raise OSError(f"{target}: {error}") from error
    finally:
        origin.close()
        copy.close()


def _jsonl_backup(store: SqlJournalStore, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        for meeting_id in store.meeting_ids():
            store.write_jsonl(meeting_id, out)
        out.flush()
        os.fsync(out.fileno())
