"""StationWatcher: what one station journals appears in another station's windows (through
its controller) without anyone pressing anything — on PostgreSQL (LISTEN/NOTIFY, separate
machines) and on a shared SQLite file (several processes on one machine)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.meeting import commands as cmd
from app.meeting import events as ev
from db.engine import open_engine
from db.journal import SqlJournalStore
from db.notify import watcher_for
from db.session import MeetingSession
from tests.support.meeting import example_scenario
from ui.controller import MeetingController
from ui.station import StationWatcher

pytestmark = pytest.mark.ui


@pytest.fixture(params=["postgresql", "sqlite"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return request.getfixturevalue("postgres_url")
    return str(tmp_path / "journal.db")


@pytest.fixture
def stations(database: str) -> Iterator[tuple[MeetingController, MeetingController]]:
    """Chair and secretary stations on one meeting, each with its own engine; the secretary's
    station watches the journal."""
    scenario = example_scenario()
    engines = [open_engine(database), open_engine(database)]
    chair_session = MeetingSession.create(SqlJournalStore(engines[0]), scenario.create)
    for step in scenario.steps[:5]:  # up to the first item taken up
        chair_session.dispatch_all(step.commands, at=step.at)
    secretary_session = MeetingSession.open(SqlJournalStore(engines[1]), chair_session.meeting_id)
    chair, secretary = MeetingController(chair_session), MeetingController(secretary_session)
    watcher = StationWatcher(secretary, watcher_for(engines[1], secretary.session.meeting_id))
    watcher.start()
    yield chair, secretary
    watcher.stop()
    for engine in engines:
        engine.dispose()


def test_another_stations_event_reaches_this_station(
    qtbot: QtBot, stations: tuple[MeetingController, MeetingController]
) -> None:
    chair, secretary = stations
    with qtbot.waitSignal(secretary.recorded, timeout=10_000) as arrived:
        assert chair.submit(cmd.RecordNote("Ordföranden noterar"), at="13:05:00")
    (recorded,) = arrived.args[0]
    assert recorded.event == ev.NoteRecorded("13:05:00", text="Ordföranden noterar")
    assert secretary.state == chair.state


def test_the_station_that_lost_a_race_shows_the_winners_event_first(
    qtbot: QtBot, stations: tuple[MeetingController, MeetingController]
) -> None:
    chair, secretary = stations
    seen: list[object] = []
    secretary.recorded.connect(lambda recorded: seen.extend(r.event for r in recorded))
    # Both write before the secretary's window has picked up the chair's event.
    assert chair.submit(cmd.RecordNote("först"), at="13:06:00")
    assert secretary.submit(cmd.RecordNote("sedan"), at="13:06:01")
    assert [e.text for e in seen] == ["först", "sedan"]
    chair.refresh()
    assert secretary.state == chair.state


def test_a_command_refused_on_the_winners_event_shows_that_event_first(
    stations: tuple[MeetingController, MeetingController],
) -> None:
    chair, secretary = stations
    order: list[str] = []
    secretary.recorded.connect(lambda new: order.extend(type(r.event).__name__ for r in new))
    secretary.refused.connect(lambda message: order.append(f"refused: {message}"))
    assert chair.submit(cmd.Ajournera("paus"), at="13:07:00")
    # The secretary's window has not picked up the ajournering when she adjourns too.
    assert not secretary.submit(cmd.Ajournera("paus"), at="13:07:01")
    assert order[0] == "Ajournerad"
    assert order[1].startswith("refused: ")
    assert "ajourner" in order[1].lower()
    assert secretary.state == chair.state
