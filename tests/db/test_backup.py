"""Backups of the journal: a verified private copy beside a SQLite journal; the controller takes
one at an ajournering."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.meeting import codec
from app.meeting import events as ev
from db.backup import backup_journal
from db.engine import open_engine
from db.journal import SqlJournalStore
from db.verify import verify_database

pytestmark = pytest.mark.db


def test_a_backup_is_a_private_verified_copy_of_the_journal(tmp_path: Path) -> None:
    store = SqlJournalStore(open_engine(str(tmp_path / "mote.db")))
    store.create_meeting("m", "Möte")
    note = codec.encode(ev.NoteRecorded(None, text="Före pausen."), "test")
    store.append("m", [note], after_seq=0)
    copy = backup_journal(store.engine, "ajournering")
    assert copy.parent == tmp_path / "backups"
    assert copy.name.endswith("-ajournering.db")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    report = verify_database(str(copy))
    assert report.ok
    assert report.reports[0].count == 1
    assert report.reports[0].head_hash == store.head("m").hash


def test_a_backup_that_cannot_be_written_is_an_oserror(tmp_path: Path) -> None:
    store = SqlJournalStore(open_engine(str(tmp_path / "mote.db")))
    (tmp_path / "backups").write_text("en fil, inte en mapp")
    with pytest.raises(FileExistsError, match="backups"):
        backup_journal(store.engine, "avslut")
