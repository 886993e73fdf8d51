"""A real meeting on a temporary SQLite journal, played up to a chosen step of the example
scenario, behind a real controller (the room display's tests use the same)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from db.engine import open_engine
from db.journal import SqlJournalStore
from db.session import MeetingSession
from tests.support.meeting import example_scenario
from ui.controller import MeetingController

ControllerAt = Callable[[int], MeetingController]


def controller_on(journal: Path, upto: int) -> MeetingController:
    scenario = example_scenario()
    session = MeetingSession.create(SqlJournalStore(open_engine(str(journal))), scenario.create)
    for step in scenario.steps[:upto]:
        session.dispatch_all(step.commands, at=step.at)
    controller = MeetingController(session)
    controller.setProperty("journal", str(journal))
    return controller


def journaled(controller: MeetingController) -> list[object]:
    """The events of the meeting as a fresh reader of the journal file sees them."""
    store = SqlJournalStore(open_engine(str(controller.property("journal"))))
    return [r.event for r in MeetingSession.open(store, controller.session.meeting_id).history]


@pytest.fixture
def controller_at(tmp_path: Path) -> ControllerAt:
    return lambda upto: controller_on(tmp_path / "kfn.db", upto)
