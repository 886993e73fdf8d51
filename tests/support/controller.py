"""A real meeting on a temporary SQLite journal, played up to a chosen step of the example
scenario, behind a real controller: shared by the window tests of every console."""

from __future__ import annotations

from pathlib import Path

from db.engine import open_engine
from db.journal import SqlJournalStore
from db.session import MeetingSession
from tests.support.meeting import example_scenario
from ui.controller import Backup, MeetingController


def controller_on(
    journal: Path | str, upto: int, backup: Backup | None = None
) -> MeetingController:
    scenario = example_scenario()
    session = MeetingSession.create(SqlJournalStore(open_engine(str(journal))), scenario.create)
    for step in scenario.steps[:upto]:
        session.dispatch_all(step.commands, at=step.at)
    controller = MeetingController(session, backup=backup)
    controller.setProperty("journal", str(journal))
    return controller


def journaled(controller: MeetingController) -> list[object]:
    """The events of the meeting as a fresh reader of the journal file sees them."""
    store = SqlJournalStore(open_engine(str(controller.property("journal"))))
    return [r.event for r in MeetingSession.open(store, controller.session.meeting_id).history]
