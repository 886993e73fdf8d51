"""Properties of the stored journal over random meetings (real SQLite files): replaying what
was stored gives the live state, the chain verifies, and any change to a stored byte, a deleted
event or two swapped events is found by `verify`."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.meeting import codec
from db.engine import open_engine
from db.journal import SqlJournalStore
from db.session import MeetingSession
from db.verify import verify_database
from tests.support.random_meeting import commands, play_random

pytestmark = pytest.mark.db

FIELDS = ("type", "payload", "recorded_at", "actor", "prev_hash", "hash")
EXAMPLES = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def store_play(path: Path, sequence, remote: int):
    play, _ = play_random(sequence, remote)
    store = SqlJournalStore(open_engine(str(path)))
    store.create_meeting("m", "Slumpmöte")
    store.append("m", [codec.encode(r.event, "test") for r in play.history], after_seq=0)
    store.engine.dispose()
    return play


def tamper(path: Path, *statements: tuple[str, tuple]) -> None:
    connection = sqlite3.connect(path)
    triggers = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name='journal_event'"
    ).fetchall()
    for name, _ in triggers:
        connection.execute(f'DROP TRIGGER "{name}"')
    for sql, parameters in statements:
        connection.execute(sql, parameters)
    for _, sql in triggers:
        connection.execute(sql)
    connection.commit()
    connection.close()


@EXAMPLES
@given(st.lists(commands, max_size=40), st.integers(0, 2))
def test_the_stored_journal_replays_to_the_live_state_and_verifies(sequence, remote) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "j.db"
        play = store_play(path, sequence, remote)
        session = MeetingSession.open(SqlJournalStore(open_engine(str(path))), "m")
        assert session.state == play.state
        assert verify_database(str(path)).ok


@EXAMPLES
@given(
    st.lists(commands, max_size=30),
    st.integers(0, 2),
    st.data(),
)
def test_changing_any_stored_byte_is_detected(sequence, remote, data) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "j.db"
        play = store_play(path, sequence, remote)
        seq = data.draw(st.integers(1, len(play.history)), label="seq")
        field = data.draw(st.sampled_from(FIELDS), label="field")
        connection = sqlite3.connect(path)
        (value,) = connection.execute(
            f"SELECT {field} FROM journal_event WHERE seq = ?", (seq,)
        ).fetchone()
        connection.close()
        index = data.draw(st.integers(0, len(value) - 1), label="byte")
        changed = value[:index] + chr((ord(value[index]) + 1) % 0x7F or 0x41) + value[index + 1 :]
        tamper(path, (f"UPDATE journal_event SET {field} = ? WHERE seq = ?", (changed, seq)))
        report = verify_database(str(path))
        assert not report.ok
        assert report.reports[0].problem.seq <= seq + 1


@EXAMPLES
@given(st.lists(commands, min_size=3, max_size=30), st.data())
def test_a_deleted_or_swapped_event_is_detected(sequence, data) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "j.db"
        play = store_play(path, sequence, 0)
        last = len(play.history)
        head = play_head(path)
        first = data.draw(st.integers(1, last - 1), label="first")
        if data.draw(st.booleans(), label="delete"):
            tamper(path, ("DELETE FROM journal_event WHERE seq = ?", (first,)))
        else:
            second = data.draw(st.integers(first + 1, last), label="second")
            swap = "UPDATE journal_event SET seq = ? WHERE seq = ?"
            tamper(path, (swap, (-1, first)), (swap, (first, second)), (swap, (second, -1)))
        assert not verify_database(str(path)).ok
        assert not verify_database(str(path), seal=head).ok


def play_head(path: Path) -> str:
    connection = sqlite3.connect(path)
    (head,) = connection.execute("SELECT hash FROM journal_event ORDER BY seq DESC").fetchone()
    connection.close()
    return head


def test_a_truncated_tail_passes_the_chain_but_not_the_seal(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    play = store_play(path, [], 1)
    head = play_head(path)
    tamper(path, ("DELETE FROM journal_event WHERE seq = ?", (len(play.history),)))
    assert verify_database(str(path)).ok
    report = verify_database(str(path), seal=head)
    assert not report.ok
    assert "kortats" in report.describe()
