"""MeetingController over a real SQLite journal: commits announce themselves, refusals and
backups are signalled, and another station's events are picked up on refresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.meeting import commands as cmd
from app.meeting import events as ev
from db.backup import backup_journal
from db.engine import open_engine
from db.journal import SqlJournalStore
from db.session import MeetingSession
from db.verify import verify_database
from tests.support.controller import controller_on

pytestmark = pytest.mark.ui


@pytest.fixture
def journal(tmp_path: Path) -> str:
    return str(tmp_path / "kfn.db")


def test_a_committed_command_is_announced(qtbot, journal: str) -> None:
    controller = controller_on(journal, 19)
    with (
        qtbot.waitSignal(controller.state_changed) as changed,
        qtbot.waitSignal(controller.recorded) as blocker,
    ):
        assert controller.submit(cmd.RecordNote("Paus för fika."))
    (recorded,) = blocker.args
    assert changed.args == [controller.state]
    assert isinstance(recorded[-1].event, ev.NoteRecorded)
    assert recorded[-1].seq == controller.state.seq


def test_a_refused_command_says_the_rule_and_journals_nothing(qtbot, journal: str) -> None:
    controller = controller_on(journal, 19)
    seq = controller.state.seq
    with qtbot.waitSignal(controller.refused) as blocker:
        assert not controller.submit(cmd.Ateruppta())
    assert blocker.args[0].endswith(".")
    assert controller.state.seq == seq
    assert (
        MeetingSession.open(
            SqlJournalStore(open_engine(journal)), controller.session.meeting_id
        ).state.seq
        == seq
    )


def test_an_ajournering_takes_a_backup(qtbot, journal: str) -> None:
    backups: list[str] = []
    controller = controller_on(journal, 19, backups.append)
    assert controller.submit(cmd.Ajournera("Paus"))
    assert backups == ["ajournering"]


def test_refresh_picks_up_another_stations_events(qtbot, journal: str) -> None:
    controller = controller_on(journal, 19)
    other = MeetingSession.open(
        SqlJournalStore(open_engine(journal)), controller.session.meeting_id
    )
    other.dispatch(cmd.RecordNote("Från sekreterarens station."), at="15:00:00")
    with qtbot.waitSignal(controller.recorded) as blocker:
        controller.refresh()
    assert [r.seq for r in blocker.args[0]] == [other.state.seq]
    assert controller.state == other.state


def test_an_ajournering_writes_a_verified_backup_file(qtbot, journal: str) -> None:
    store = SqlJournalStore(open_engine(journal))
    controller = controller_on(journal, 19, lambda reason: backup_journal(store.engine, reason))
    assert controller.submit(cmd.Ajournera("Paus"))
    (copy,) = (Path(journal).parent / "backups").glob("*-ajournering.db")
    assert verify_database(str(copy)).ok
