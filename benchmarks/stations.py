"""Several stations on one PostgreSQL database: how soon one station's event reaches another.

    python -m benchmarks.stations [--quick] [--database postgresql://…]

Without `--database`, a temporary PostgreSQL server is started (tests/support/postgres.py;
Debian's `postgresql` package). Two stations with engines of their own, as on two machines:

* notify: the chair station journals notes at a human pace (every 20 ms, faster than any
  meeting); the secretary station watches (db.notify, LISTEN/NOTIFY) and refreshes. Latency is
  from the chair's command to the entry in the secretary's session (target p95 ≤ 500 ms).
  Baseline, in the same run: a bare NOTIFY between two psycopg connections, the floor any
  watcher has; reported as ratios.
* race: both stations journal at once as fast as they can; the chain must verify and every
  acknowledged entry be there exactly once.

Prints one JSON object: {"notify_ms": {"p50", "p95", "max"}, "baseline_ms": {…},
"notify_p50_ratio", "chain_ok", "acked", "events_in_journal", …}.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

import psycopg

from app.meeting import commands as cmd
from db.engine import open_engine
from db.journal import SqlJournalStore
from db.notify import watcher_for
from db.session import MeetingSession
from db.verify import verify_database
from tests.support.meeting import example_scenario
from tests.support.postgres import postgres_server

TARGET_P95_MS = 500.0
PACE_S = 0.02


def percentiles(samples: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50": round(cuts[49], 2), "p95": round(cuts[94], 2), "max": round(max(samples), 2)}


@contextmanager
def station(url: str, meeting_id: str, actor: str) -> Iterator[MeetingSession]:
    engine = open_engine(url)
    try:
        yield MeetingSession.open(SqlJournalStore(engine), meeting_id, actor=actor)
    finally:
        engine.dispose()


def new_meeting(url: str) -> str:
    """The example meeting up to its first item, where notes may be journaled."""
    scenario = example_scenario()
    engine = open_engine(url)
    try:
        session = MeetingSession.create(SqlJournalStore(engine), scenario.create)
        for step in scenario.steps[:5]:
            session.dispatch_all(step.commands, at=step.at)
        return session.meeting_id
    finally:
        engine.dispose()


def notify_latency(url: str, meeting_id: str, events: int) -> list[float]:
    seen: dict[int, float] = {}
    done = threading.Event()
    with station(url, meeting_id, "chair") as chair, station(url, meeting_id, "sekr") as secr:
        watcher = watcher_for(secr.store.engine, meeting_id)  # type: ignore[attr-defined]

        def watch() -> None:
            try:
                while not done.is_set():
                    if watcher.wait(0.1):
                        now = time.perf_counter()
                        seen.update((r.seq, now) for r in secr.refresh())
            finally:
                watcher.close()

        thread = threading.Thread(target=watch)
        thread.start()
        sent: dict[int, float] = {}
        try:
            for n in range(events):
                started = time.perf_counter()
                (recorded,) = chair.dispatch(cmd.RecordNote(f"not {n}"), at="13:00:00").recorded
                sent[recorded.seq] = started
                time.sleep(PACE_S)
            deadline = time.monotonic() + 10
            while not sent.keys() <= seen.keys() and time.monotonic() < deadline:
                time.sleep(0.01)
        finally:
            done.set()
            thread.join()
    missing = sent.keys() - seen.keys()
    if missing:
        raise RuntimeError(f"{len(missing)} events never reached the other station")
    return [(seen[seq] - sent[seq]) * 1000 for seq in sent]


def bare_notify_latency(url: str, events: int) -> list[float]:
    engine = open_engine(url)
    # The driver's own connect arguments for this address, as SQLAlchemy works them out.
    args, options = engine.dialect.create_connect_args(engine.url)
    engine.dispose()
    conninfo = {**options, "autocommit": True}
    samples = []
    with (
        psycopg.connect(*args, **conninfo) as listener,
        psycopg.connect(*args, **conninfo) as sender,
    ):
        listener.execute("LISTEN klubban_baseline")
        for n in range(events):
            started = time.perf_counter()
            sender.execute("SELECT pg_notify('klubban_baseline', %s)", (str(n),))
            for _ in listener.notifies(timeout=5, stop_after=1):
                samples.append((time.perf_counter() - started) * 1000)
            time.sleep(PACE_S)
    return samples


def race(url: str, meeting_id: str, per_station: int) -> dict[str, object]:
    acked: list[int] = []
    failures: list[str] = []
    start = threading.Barrier(2)

    def write(actor: str) -> None:
        with station(url, meeting_id, actor) as session:
            start.wait()
            for n in range(per_station):
                try:
                    outcome = session.dispatch(cmd.RecordNote(f"{actor} {n}"), at="13:30:00")
                except Exception as error:  # counted and reported, not hidden
                    failures.append(f"{actor}: {error}")
                    continue
                acked.extend(r.seq for r in outcome.recorded)

    threads = [threading.Thread(target=write, args=(actor,)) for actor in ("chair", "sekr")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report = verify_database(url, meeting=meeting_id)
    engine = open_engine(url)
    try:
        stored = {e.seq for e in SqlJournalStore(engine).entries(meeting_id)}
    finally:
        engine.dispose()
    return {
        "chain_ok": report.ok,
        "acked": len(acked),
        "acked_lost": len(set(acked) - stored),
        "acked_twice": len(acked) - len(set(acked)),
        "race_failures": failures,
        "events_in_journal": len(stored),
    }


def run(url: str, *, events: int, per_station: int) -> dict[str, object]:
    meeting_id = new_meeting(url)
    baseline = bare_notify_latency(url, events)
    latency = notify_latency(url, meeting_id, events)
    report: dict[str, object] = {
        "events": events,
        "notify_ms": percentiles(latency),
        "baseline_ms": percentiles(baseline),
        "notify_p50_ratio": round(statistics.median(latency) / statistics.median(baseline), 2),
        "notify_p95_ratio": round(
            percentiles(latency)["p95"] / max(percentiles(baseline)["p95"], 0.01), 2
        ),
        "target_p95_ms": TARGET_P95_MS,
    }
    report.update(race(url, meeting_id, per_station))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stations", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="100 events, 50 per station")
    parser.add_argument("--database", help="a PostgreSQL address (default: a temporary server)")
    args = parser.parse_args(argv)
    events, per_station = (100, 50) if args.quick else (1000, 300)
    start = time.monotonic()
    server = nullcontext(None) if args.database else postgres_server()
    with server as temporary:
        url = args.database or temporary.create_database()
        report = run(url, events=events, per_station=per_station)
    report["seconds"] = round(time.monotonic() - start, 1)
    print(json.dumps(report, ensure_ascii=False))
    ok = (
        report["chain_ok"]
        and not report["acked_lost"]
        and report["notify_ms"]["p95"] <= TARGET_P95_MS  # type: ignore[index]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
