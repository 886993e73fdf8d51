"""Resource faults on a real SQLite journal: a full disk, a read-only file, a lock held by
another process, a damaged file and a backup that cannot be written. Each gives
StorageUnavailable (or, for the backup, OSError) with a Swedish message that names the problem
and the way forward; afterwards, with the fault gone, the journal verifies, every entry that
was acknowledged before the fault is there unchanged, and the failed append left nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, event

from app.journal.port import StorageUnavailable, StoredEntry
from app.meeting import codec
from app.meeting import events as ev
from db import engine as db_engine
from db.backup import backup_journal
from db.engine import open_engine
from db.journal import SqlJournalStore
from db.verify import verify_database

pytestmark = pytest.mark.db

MEETING = "m"


def note(text: str):
    return codec.encode(ev.NoteRecorded(None, text=text), "test")


def append_note(store: SqlJournalStore, text: str) -> StoredEntry:
    (stored,) = store.append(MEETING, [note(text)], after_seq=store.head_seq(MEETING))
    return stored


def new_journal(path: Path, notes: int = 3) -> list[StoredEntry]:
    """A journal with one meeting and `notes` acknowledged notes; the engine is closed."""
    store = SqlJournalStore(open_engine(str(path)))
    try:
        store.create_meeting(MEETING, "Felprov")
        return [append_note(store, f"anteckning {n}") for n in range(1, notes + 1)]
    finally:
        store.engine.dispose()


def assert_intact(path: Path, acknowledged: list[StoredEntry]) -> None:
    """The journal verifies and holds exactly the acknowledged entries, unchanged."""
    assert verify_database(str(path)).ok
    store = SqlJournalStore(open_engine(str(path), create=False))
    try:
        assert store.entries(MEETING) == acknowledged
    finally:
        store.engine.dispose()


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    return tmp_path / "journal.db"


# a. Disk full ------------------------------------------------------------------------------


def limited(path: Path, max_pages: int) -> Engine:
    """The journal's own engine, every connection capped at `max_pages` pages (a full disk)."""
    engine = open_engine(str(path))

    @event.listens_for(engine, "connect")
    def _cap(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {max_pages}")

    engine.dispose()  # connections opened by open_engine have no cap
    return engine


def test_a_full_disk_is_named_and_loses_nothing(journal: Path) -> None:
    acknowledged = new_journal(journal, notes=2)
    store = SqlJournalStore(limited(journal, 40))
    failure = None
    for n in range(200):  # 40 pages of 4 KiB fill after a few dozen 3 KB notes
        try:
            acknowledged.append(append_note(store, f"stor {n} " + "x" * 3000))
        except StorageUnavailable as error:
            failure = error
            break
    assert failure is not None, "the capped journal never filled"
    assert len(acknowledged) > 2
    assert "Disken är full" in failure.message
    assert "Frigör utrymme" in failure.message
    assert "Inget kvitterat har gått förlorat" in failure.message
    assert store.head_seq(MEETING) == acknowledged[-1].seq  # the failed append left nothing
    store.engine.dispose()

    assert_intact(journal, acknowledged)
    roomy = SqlJournalStore(open_engine(str(journal)))  # the disk has room again
    try:
        acknowledged.append(append_note(roomy, "efter städningen " + "x" * 3000))
    finally:
        roomy.engine.dispose()
    assert_intact(journal, acknowledged)


# b. Read-only file -------------------------------------------------------------------------


def read_only_store(path: Path) -> SqlJournalStore:
    """The journal as a user who may only read it gets it. chmod stops everyone but root; as
    root, SQLite's own read-only mode stands in for it (same driver error, same wrapping)."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        return SqlJournalStore(open_engine(str(path), create=False))
    return SqlJournalStore(create_engine(f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true"))


def test_a_read_only_journal_is_named_and_loses_nothing(journal: Path) -> None:
    acknowledged = new_journal(journal)
    store = read_only_store(journal)
    try:
        assert store.entries(MEETING) == acknowledged  # reading still works
        with pytest.raises(StorageUnavailable) as failure:
            append_note(store, "skrivs inte")
        assert store.head_seq(MEETING) == acknowledged[-1].seq
    finally:
        store.engine.dispose()
        journal.chmod(0o600)
    message = failure.value.message
    assert "skrivskyddad" in message
    assert "Kopiera journalen till en skrivbar mapp" in message
    assert "Inget kvitterat har gått förlorat" in message

    assert_intact(journal, acknowledged)
    writable = SqlJournalStore(open_engine(str(journal)))
    try:
        acknowledged.append(append_note(writable, "skrivbar igen"))
    finally:
        writable.engine.dispose()
    assert_intact(journal, acknowledged)


# c. Locked by another process --------------------------------------------------------------

_HOLD_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("LOCKED", flush=True)
while True:
    time.sleep(1)
"""


def test_a_journal_locked_by_another_process_is_named_and_loses_nothing(
    journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    acknowledged = new_journal(journal)
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 200)  # read at connect time
    store = SqlJournalStore(open_engine(str(journal)))
    with subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(journal)], stdout=subprocess.PIPE, text=True
    ) as other:
        try:
            assert other.stdout is not None
            assert other.stdout.readline().strip() == "LOCKED"
            with pytest.raises(StorageUnavailable) as failure:
                append_note(store, "väntar förgäves")
            assert store.entries(MEETING) == acknowledged  # readers are not blocked (WAL)
        finally:
            other.kill()
    message = failure.value.message
    assert "låst av ett annat program" in message
    assert "försök igen" in message
    assert "Inget kvitterat har gått förlorat" in message

    try:
        acknowledged.append(append_note(store, "när låset släppt"))
    finally:
        store.engine.dispose()
    assert_intact(journal, acknowledged)


# d. Damaged file ---------------------------------------------------------------------------


def damage(path: Path, page_size: int = 4096) -> None:
    """Overwrite every page but the first and the last two with garbage."""
    size = path.stat().st_size
    assert size > page_size * 4
    assert not Path(f"{path}-wal").exists()  # every commit is in the main file
    with path.open("r+b") as file:
        file.seek(page_size)
        file.write(bytes(range(256)) * ((size - 3 * page_size) // 256))


def open_and_read(path: Path) -> list[StoredEntry]:
    store = SqlJournalStore(open_engine(str(path), create=False))
    try:
        return store.entries(MEETING)
    finally:
        store.engine.dispose()


def test_a_damaged_journal_points_to_the_backup_which_holds_everything(journal: Path) -> None:
    acknowledged = new_journal(journal, notes=40)
    engine = open_engine(str(journal))
    try:
        copy = backup_journal(engine, "ajournering")
    finally:
        engine.dispose()
    damage(journal)

    with pytest.raises(StorageUnavailable) as failure:
        open_and_read(journal)
    message = failure.value.message
    assert str(journal) in message
    assert "skadad" in message
    assert "säkerhetskopian" in message
    # The way forward names the folder the backups are really written to.
    assert f"mappen {copy.parent.name} bredvid journalen" in message
    with pytest.raises(StorageUnavailable, match="skadad"):
        verify_database(str(journal))

    assert_intact(copy, acknowledged)  # the backup is the way forward, and it works
    store = SqlJournalStore(open_engine(str(copy), create=False))
    try:
        acknowledged.append(append_note(store, "fortsatt på kopian"))
    finally:
        store.engine.dispose()
    assert_intact(copy, acknowledged)


# e. A backup that cannot be written --------------------------------------------------------


def test_a_backup_that_cannot_be_written_leaves_the_journal_unchanged(journal: Path) -> None:
    acknowledged = new_journal(journal)
    before = journal.read_bytes()
    blocker = journal.parent / "backups"
    blocker.write_text("en fil, inte en mapp")
    engine = open_engine(str(journal))
    try:
        with pytest.raises(OSError, match="backups"):
            backup_journal(engine, "avslut")
        store = SqlJournalStore(engine)
        acknowledged.append(append_note(store, "efter den misslyckade kopian"))
    finally:
        engine.dispose()
    assert blocker.read_text() == "en fil, inte en mapp"
    assert before != journal.read_bytes()  # the journal stayed writable
    assert_intact(journal, acknowledged)
