"""Crash harness: nothing acknowledged is ever lost, whenever the process dies.

A child process appends journal entries through `SqlJournalStore.append` (the call that
acknowledges a command) and prints each acknowledgement with its hash; every few appends it
forces a WAL checkpoint, so that some kills land in the middle of one (SQLite; `--db` may also
be a PostgreSQL address, a station killed mid-write). The parent SIGKILLs the
child at a random moment, reopens the journal, verifies the chain and checks that every
acknowledged entry is there, unchanged. The same journal is reused across trials, as a real
meeting is reopened after each crash.

    python -m benchmarks.crash [--trials N] [--quick] [--db PATH]

Prints one JSON object: {"trials", "acked_total", "acked_lost", "changed", "chain_ok",
"kills_during_checkpoint", "events_in_journal", "seconds"}.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

MEETING = "krasch"
CHECKPOINT_EVERY = 7


@dataclass
class CrashReport:
    trials: int = 0
    acked_total: int = 0
    acked_lost: int = 0
    changed: int = 0
    chain_ok: bool = True
    kills_during_checkpoint: int = 0
    events_in_journal: int = 0
    seconds: float = 0.0


def child(database: str) -> None:
    """Append forever, acknowledging each committed entry on stdout."""
    from app.meeting import codec
    from app.meeting import events as ev
    from db.engine import open_engine
    from db.journal import SqlJournalStore

    store = SqlJournalStore(open_engine(database))
    if MEETING not in store.meeting_ids():
        store.create_meeting(MEETING, "Kraschprov")
    seq = store.head_seq(MEETING)
    out = sys.stdout
    while True:
        entry = codec.encode(ev.NoteRecorded(None, text=f"anteckning {seq + 1}"), "krasch")
        (stored,) = store.append(MEETING, [entry], after_seq=seq)
        seq = stored.seq
        out.write(f"ACK {stored.seq} {stored.hash}\n")
        out.flush()
        if seq % CHECKPOINT_EVERY == 0 and store.engine.dialect.name == "sqlite":
            out.write("CKPT\n")
            out.flush()
            with store.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            out.write("CKPT-END\n")
            out.flush()


def _trial(database: str, rng: random.Random, report: CrashReport) -> None:
    from db.engine import is_url

    with subprocess.Popen(
        [sys.executable, "-m", "benchmarks.crash", "--child", database],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    ) as process:
        assert process.stdout is not None
        lines = [process.stdout.readline()]  # the child is up and has committed once
        if rng.random() < 0.25 and not is_url(database):
            # Aim at a checkpoint: die the moment the child says it is starting one.
            while lines[-1].strip() not in ("CKPT", ""):
                lines.append(process.stdout.readline())
        else:
            time.sleep(rng.uniform(0.0, 0.25))  # a random moment to die at
        os.kill(process.pid, signal.SIGKILL)
        lines += process.stdout.read().splitlines()
    acked = {}
    for line in lines:
        parts = line.split()
        if parts and parts[0] == "ACK":
            acked[int(parts[1])] = parts[2]
    if lines[-1].strip() == "CKPT":
        report.kills_during_checkpoint += 1
    _check(database, acked, report)


def _check(database: str, acked: dict[int, str], report: CrashReport) -> None:
    from db.engine import open_engine
    from db.journal import SqlJournalStore
    from db.verify import verify_database

    report.trials += 1
    report.acked_total += len(acked)
    verified = verify_database(database)
    report.chain_ok = report.chain_ok and verified.ok
    store = SqlJournalStore(open_engine(database, create=False))
    try:
        stored = {
            e.seq: e.hash for e in store.entries(MEETING, after_seq=min(acked, default=1) - 1)
        }
        report.events_in_journal = store.head_seq(MEETING)
    finally:
        store.engine.dispose()
    report.acked_lost += sum(1 for seq in acked if seq not in stored)
    report.changed += sum(1 for seq, h in acked.items() if seq in stored and stored[seq] != h)


def run(trials: int, database: str | None = None, *, seed: int | None = None) -> CrashReport:
    rng = random.Random(seed)
    report = CrashReport()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="klubban-crash-") as directory:
        path = database or str(Path(directory) / "krasch.db")
        for _ in range(trials):
            _trial(path, rng, report)
    report.seconds = round(time.perf_counter() - start, 2)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.crash")
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="20 trials")
    parser.add_argument("--db", help="journal file to use (default: a temporary one)")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child)
        return 0
    report = run(20 if args.quick else args.trials, args.db, seed=args.seed)
    print(json.dumps(asdict(report)))
    ok = report.acked_lost == 0 and report.changed == 0 and report.chain_ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
