"""Several stations, one meeting, on a real PostgreSQL server: the example meeting runs there
as on SQLite, stations appending at once never fork the hash chain, the station that loses a
race takes the other's events and decides again on them, and a station killed mid-write loses
nothing it acknowledged."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.journal.verify import verify_chain
from app.meeting import commands as cmd
from app.meeting.errors import RuleViolation
from benchmarks.crash import run as crash_trials
from benchmarks.stations import run as stations_benchmark
from db.engine import open_engine
from db.journal import SqlJournalStore
from db.session import MeetingSession
from db.verify import verify_database
from tests.support.meeting import example_scenario

pytestmark = pytest.mark.db

NOTES_PER_STATION = 25


Opener = Callable[[str], SqlJournalStore]


@pytest.fixture
def store_on() -> Iterator[Opener]:
    """Opens a store with an engine (connection pool) of its own, as another machine has;
    every engine is closed at the end."""
    engines: list[Engine] = []

    def store(database: str) -> SqlJournalStore:
        engines.append(open_engine(database))
        return SqlJournalStore(engines[-1])

    yield store
    for engine in engines:
        engine.dispose()


def play_example(store: SqlJournalStore, *, close: bool = True) -> MeetingSession:
    """The example meeting, to its end or to just before it is closed."""
    scenario = example_scenario()
    session = MeetingSession.create(store, scenario.create)
    for step in scenario.steps if close else scenario.steps[:-1]:
        session.dispatch_all(step.commands, at=step.at)
    return session


def test_the_example_meeting_on_postgresql_replays_as_on_sqlite(
    postgres_url: str, tmp_path: Path, store_on: Opener
) -> None:
    on_postgres = play_example(store_on(postgres_url))
    on_sqlite = play_example(store_on(str(tmp_path / "j.db")))
    reopened = MeetingSession.open(store_on(postgres_url), on_postgres.meeting_id)
    assert reopened.state == on_sqlite.state
    assert verify_database(postgres_url).ok


def test_two_stations_appending_at_once_never_fork_the_chain(
    postgres_url: str, store_on: Opener
) -> None:
    first = play_example(store_on(postgres_url), close=False)
    stations = [
        MeetingSession.open(store_on(postgres_url), first.meeting_id, actor=name)
        for name in ("chair", "secretary")
    ]
    start = threading.Barrier(len(stations))
    failures: list[BaseException] = []

    def write(session: MeetingSession) -> None:
        try:
            start.wait()
            for n in range(NOTES_PER_STATION):
                session.dispatch(cmd.RecordNote(f"{session.actor} {n}"), at="12:00:00")
        except BaseException as error:  # reported by the test thread below
            failures.append(error)

    threads = [threading.Thread(target=write, args=(s,)) for s in stations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures  # a lost race is decided again under the lock: never refused

    store = store_on(postgres_url)
    entries = store.entries(first.meeting_id)
    assert verify_chain(first.meeting_id, entries).ok
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    notes = [e.payload["text"] for e in entries if e.type == "NoteRecorded"]
    for session in stations:
        mine = [f"{session.actor} {n}" for n in range(NOTES_PER_STATION)]
        assert [text for text in notes if text.startswith(session.actor)] == mine
        session.refresh()
    reopened = MeetingSession.open(store, first.meeting_id)
    assert stations[0].state == stations[1].state == reopened.state


def test_the_losing_station_takes_the_others_event_and_decides_again(
    postgres_url: str, store_on: Opener
) -> None:
    first = play_example(store_on(postgres_url), close=False)
    chair = MeetingSession.open(store_on(postgres_url), first.meeting_id, actor="chair")
    secretary = MeetingSession.open(store_on(postgres_url), first.meeting_id, actor="secretary")
    chair.dispatch(cmd.RecordNote("från ordföranden"), at="12:00:00")

    outcome = secretary.dispatch(cmd.RecordNote("från sekreteraren"), at="12:00:01")
    assert [r.event.text for r in outcome.foreign] == ["från ordföranden"]
    assert [r.event.text for r in outcome.recorded] == ["från sekreteraren"]

    # Decided again on the other's events: the same command can now break a rule.
    chair.dispatch(cmd.Ajournera("paus"), at="12:01:00")
    with pytest.raises(RuleViolation) as refused:
        secretary.dispatch(cmd.Ajournera("paus"), at="12:01:01")
    assert "ajourner" in refused.value.message.lower()
    secretary.refresh()
    assert secretary.state == chair.state


def test_a_station_killed_mid_write_loses_nothing_it_acknowledged(postgres_url: str) -> None:
    report = crash_trials(3, postgres_url, seed=11)
    assert report.acked_total > 0
    assert report.acked_lost == 0
    assert report.changed == 0
    assert report.chain_ok


def test_the_stations_benchmark_measures_on_a_real_server(postgres_url: str) -> None:
    report = stations_benchmark(postgres_url, events=20, per_station=10)
    assert report["chain_ok"]
    assert report["acked"] == 20
    assert report["acked_lost"] == report["acked_twice"] == 0
    assert report["race_failures"] == []
    assert 0 < report["notify_ms"]["p50"] <= report["notify_ms"]["p95"]
