"""SqlJournalStore on real SQLite files: chained appends, acknowledged only when committed, no
forks, and journals written by older versions still open (upcasting)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.feeds.states import FeedCondition
from app.journal.chain import GENESIS
from app.journal.port import ConcurrentAppendError, NewEntry
from app.journal.verify import verify_chain
from app.meeting import events as ev
from app.meeting.errors import RuleViolation
from db.engine import open_engine
from db.journal import SqlJournalStore
from db.session import MeetingSession
from tests.support.meeting import example_scenario

pytestmark = pytest.mark.db


@pytest.fixture
def store(tmp_path: Path) -> SqlJournalStore:
    store = SqlJournalStore(open_engine(str(tmp_path / "j.db")))
    store.create_meeting("m1", "Testmöte")
    yield store
    store.engine.dispose()


def entry(n: int) -> NewEntry:
    return NewEntry("NoteRecorded", 1, {"at": None, "text": f"anteckning {n}"}, "test")


def test_appended_entries_chain_and_read_back(store: SqlJournalStore) -> None:
    first = store.append("m1", [entry(1), entry(2)], after_seq=0)
    second = store.append("m1", [entry(3)], after_seq=2)
    assert [e.seq for e in first + second] == [1, 2, 3]
    assert first[0].prev_hash == GENESIS
    assert second[0].prev_hash == first[1].hash
    assert store.entries("m1") == first + second
    assert store.entries("m1", after_seq=2) == second
    assert store.head("m1") == second[0]
    assert verify_chain("m1", store.entries("m1")).ok


def test_a_stale_writer_is_told_and_writes_nothing(store: SqlJournalStore) -> None:
    store.append("m1", [entry(1)], after_seq=0)
    with pytest.raises(ConcurrentAppendError):
        store.append("m1", [entry(2)], after_seq=0)
    assert [e.seq for e in store.entries("m1")] == [1]


def test_append_decided_hands_over_the_others_entries_and_appends_after_them(
    store: SqlJournalStore,
) -> None:
    theirs = store.append("m1", [entry(1), entry(2)], after_seq=0)
    seen = []

    def decide(foreign):
        seen.extend(foreign)
        return [entry(3)]

    foreign, stored = store.append_decided("m1", decide, after_seq=0)
    assert foreign == seen == theirs
    assert [e.seq for e in stored] == [3]
    assert stored[0].prev_hash == theirs[-1].hash
    assert verify_chain("m1", store.entries("m1")).ok


def test_append_decided_appends_nothing_when_the_decision_is_refused(
    store: SqlJournalStore,
) -> None:
    store.append("m1", [entry(1)], after_seq=0)

    def refuse(_foreign):
        raise RuleViolation("Sammanträdet är ajournerat.", rule="ajournering")

    with pytest.raises(RuleViolation):
        store.append_decided("m1", refuse, after_seq=0)
    assert store.append_decided("m1", lambda _f: [], after_seq=1) == ([], [])
    assert [e.seq for e in store.entries("m1")] == [1]


def test_two_sessions_on_one_journal_never_fork(tmp_path: Path) -> None:
    path = str(tmp_path / "j.db")
    scenario = example_scenario()
    a = MeetingSession.create(SqlJournalStore(open_engine(path)), scenario.create)
    b = MeetingSession.open(SqlJournalStore(open_engine(path)), a.meeting_id)
    a.dispatch_all(scenario.steps[0].commands, at=scenario.steps[0].at)
    outcome = b.dispatch_all(scenario.steps[1].commands, at=scenario.steps[1].at)
    assert [r.seq for r in outcome.foreign] == [r.seq for r in a.history[1:]]
    store = SqlJournalStore(open_engine(path))
    assert verify_chain(a.meeting_id, store.entries(a.meeting_id)).ok
    assert MeetingSession.open(store, a.meeting_id).state == b.state


def test_a_journal_written_by_an_older_version_is_upcast_on_opening(tmp_path: Path) -> None:
    """Version 1 of FeedHealthChanged wrote the scenario's word "state" ("restored")."""
    path = str(tmp_path / "j.db")
    scenario = example_scenario()
    session = MeetingSession.create(SqlJournalStore(open_engine(path)), scenario.create)
    store = SqlJournalStore(open_engine(path))
    old = NewEntry(
        "FeedHealthChanged", 1, {"at": "10:00", "feed": "room", "state": "restored"}, "v0"
    )
    store.append(session.meeting_id, [old], after_seq=1)
    reopened = MeetingSession.open(store, session.meeting_id)
    event = reopened.history[-1].event
    assert event == ev.FeedHealthChanged("10:00", feed="room", condition=FeedCondition.LIVE)
    assert store.entries(session.meeting_id)[-1].version == 1  # stored bytes are never rewritten
