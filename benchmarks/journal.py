"""Journal speed: durable appends against raw sqlite3, replay and verification of 100 000 events.

    python -m benchmarks.journal [--quick]

* append: one entry per transaction through `SqlJournalStore.append` (what acknowledges a
  command) against the floor — raw `sqlite3` inserts of the same rows into the same table, one
  per transaction, with the same pragmas (WAL, synchronous=FULL). What the ratio shows is
  Klubban's own cost: reading the head, chaining and hashing, SQLAlchemy. Ratios p50 and p99
  (target ≤ 1.5).
* replay: 100 000 stored entries of a realistic meeting (101 members; speeches, yrkanden,
  namnupprop) read from the journal file, decoded and folded into the meeting state
  (target < 1 s).
* verify: `verify_database` over the same 100 000 entries.

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from app.journal.chain import GENESIS
from app.meeting import codec
from app.meeting import commands as cmd
from app.meeting import events as ev
from app.meeting.events import Vote, YrkandeKind
from app.meeting.model import Item
from db.engine import open_engine
from db.journal import ROW_FIELDS, SqlJournalStore, chain_entries, stored_row, utc_now
from db.session import MeetingSession
from db.verify import verify_database
from tests.support.meeting import Play, opened

MEETING = "m"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _note(n: int) -> codec.NewEntry:
    return codec.encode(ev.NoteRecorded(None, text=f"Anteckning nummer {n} om ärendet."), "bänk")


class KlubbanAppender:
    """Appends through `SqlJournalStore.append`, timing each call."""

    def __init__(self, path: Path) -> None:
        self.store = SqlJournalStore(open_engine(str(path)))
        self.store.create_meeting(MEETING, "Bänk")
        self.seq = 0
        self.times: list[float] = []

    def append(self, count: int) -> None:
        for _ in range(count):
            entry = _note(self.seq)
            start = time.perf_counter()
            (stored,) = self.store.append(MEETING, [entry], after_seq=self.seq)
            self.times.append(time.perf_counter() - start)
            self.seq = stored.seq

    def close(self) -> None:
        self.store.engine.dispose()


class RawAppender:
    """The floor: the very rows Klubban writes (same schema, chained untimed) inserted with
    the stdlib driver, one BEGIN IMMEDIATE … COMMIT each, with the same pragmas."""

    def __init__(self, path: Path) -> None:
        engine = open_engine(str(path))  # the journal's schema, made by its migrations
        SqlJournalStore(engine).create_meeting(MEETING, "Bänk")
        engine.dispose()
        self.connection = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
            self.connection.execute(f"PRAGMA {pragma}")
        marks = ", ".join("?" * len(ROW_FIELDS))
        self.insert = f"INSERT INTO journal_event ({', '.join(ROW_FIELDS)}) VALUES ({marks})"
        self.seq, self.prev_hash = 0, GENESIS
        self.times: list[float] = []

    def append(self, count: int) -> None:
        for _ in range(count):
            new = [_note(self.seq)]
            (entry,) = chain_entries(MEETING, new, self.seq, self.prev_hash, utc_now())
            row = tuple(stored_row(entry)[field] for field in ROW_FIELDS)
            start = time.perf_counter()
            self.connection.execute("BEGIN IMMEDIATE")
            self.connection.execute(self.insert, row)
            self.connection.execute("COMMIT")
            self.times.append(time.perf_counter() - start)
            self.seq, self.prev_hash = entry.seq, entry.hash

    def close(self) -> None:
        self.connection.close()


def appends(folder: Path, count: int, rounds: int = 10) -> tuple[list[float], list[float]]:
    """(Klubban's, raw) append times, measured in alternating rounds so that the machine's
    noise (other processes, the disk) falls on both alike."""
    ours, raw = KlubbanAppender(folder / "klubban.db"), RawAppender(folder / "raw.db")
    try:
        for _ in range(rounds):
            raw.append(count // rounds)
            ours.append(count // rounds)
    finally:
        ours.close()
        raw.close()
    return ours.times, raw.times


def large_meeting(events: int) -> Play:
    """A 101-member meeting played until it has `events` events: items with speaker lists,
    an avslag yrkande and a namnupprop each."""
    play = opened(101)
    n = 0
    while len(play.history) < events:
        n += 1
        play.do(cmd.AddAgendaItem(Item(f"x{n}", f"Ärende {n}")), cmd.TakeUpItem(f"x{n}"))
        for m in range(2, 30):
            play.do(cmd.RequestFloor(f"m{m:02}"))
        for _ in range(2, 30):
            play.do(cmd.CallNextSpeaker(), at="10:00:02")
        play.do(cmd.MakeYrkande(("m02",), YrkandeKind.AVSLAG))
        yrkande = max(play.state.current.yrkanden)
        play.do(cmd.PutProposition(("forslag", yrkande), "forslag"))
        play.do(cmd.StartVotering("forslag", yrkande))
        for voter in play.state.votering.voters:
            play.do(cmd.CastVote(voter, Vote.JA), at="10:00:01")
        play.do(cmd.CloseVotering())
    return play


def store_meeting(path: Path, play: Play) -> None:
    store = SqlJournalStore(open_engine(str(path)))
    store.create_meeting(MEETING, "Bänk")
    entries = [codec.encode(r.event, "bänk") for r in play.history]
    for start in range(0, len(entries), 5000):
        store.append(MEETING, entries[start : start + 5000], after_seq=start)
    store.engine.dispose()


def timed(function) -> tuple[float, object]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.journal")
    parser.add_argument("--quick", action="store_true", help="fewer appends and events")
    args = parser.parse_args(argv)
    count = 200 if args.quick else 1000
    events = 20_000 if args.quick else 100_000
    with tempfile.TemporaryDirectory(prefix="klubban-bench-") as directory:
        folder = Path(directory)
        ours, raw = appends(folder, count)
        play = large_meeting(events)
        journal = folder / "stor.db"
        store_meeting(journal, play)
        store = SqlJournalStore(open_engine(str(journal)))
        replay_s, session = timed(lambda: MeetingSession.open(store, MEETING))
        store.engine.dispose()
        verify_s, report = timed(lambda: verify_database(str(journal)))
    scale = 100_000 / len(play.history)
    result = {
        "appends": count,
        "append_p50_ms": round(statistics.median(ours) * 1000, 3),
        "append_p99_ms": round(percentile(ours, 0.99) * 1000, 3),
        "raw_p50_ms": round(statistics.median(raw) * 1000, 3),
        "raw_p99_ms": round(percentile(raw, 0.99) * 1000, 3),
        "append_p50_ratio": round(statistics.median(ours) / statistics.median(raw), 2),
        "append_p99_ratio": round(percentile(ours, 0.99) / percentile(raw, 0.99), 2),
        "events": len(play.history),
        "replay_100k_s": round(replay_s * scale, 3),
        "verify_100k_s": round(verify_s * scale, 3),
        "replayed_state_matches": session.state == play.state,
        "chain_ok": report.ok,
    }
    print(json.dumps(result))
    return 0 if result["replayed_state_matches"] and result["chain_ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
