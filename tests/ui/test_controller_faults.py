"""The controller when the backup at an ajournering cannot be written: the ajournering itself
is journaled, the failure is signalled in Swedish, and the journal is unchanged by it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.meeting import commands as cmd
from app.meeting import events as ev
from db.backup import backup_journal
from db.engine import open_engine
from db.journal import SqlJournalStore
from db.verify import verify_database
from tests.support.controller import controller_on, journaled

pytestmark = pytest.mark.ui


def test_a_backup_that_cannot_be_written_is_signalled_and_loses_nothing(
    qtbot, tmp_path: Path
) -> None:
    journal = tmp_path / "kfn.db"
    (tmp_path / "backups").write_text("en fil, inte en mapp")  # mkdir of backups/ fails
    store = SqlJournalStore(open_engine(str(journal)))
    try:
        controller = controller_on(journal, 19, lambda reason: backup_journal(store.engine, reason))
        before = journaled(controller)
        with qtbot.waitSignal(controller.storage_failed) as failed:
            assert controller.submit(cmd.Ajournera("Paus"))
    finally:
        store.engine.dispose()
    (message,) = failed.args
    assert message.startswith("Säkerhetskopian vid ajournering kunde inte skrivas")
    assert "Journalen är oförändrad" in message
    after = journaled(controller)
    assert after[: len(before)] == before  # nothing acknowledged is lost
    assert [type(e) for e in after[len(before) :]] == [ev.Ajournerad]
    assert verify_database(str(journal)).ok
    assert (tmp_path / "backups").read_text() == "en fil, inte en mapp"
