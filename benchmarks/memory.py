"""Memory over a long run: 9 simulated remote feeds decoded and shown in the chair console
while a scripted meeting goes on (the example meeting, played again and again through the
controller into a real journal), with the players restarted now and then as lost feeds are.

    python -m benchmarks.memory [--minutes 10]

The resident set size is sampled every few seconds. The baseline, in the same run, is the
size after the first minute (libvlc's and Qt's caches filled). Reported: the size at the end
as a ratio of the baseline, and the trend over the second half of the run (least squares, MB
per minute). No growth trend means a slope near zero; target < 1 MB/min.
Prints one JSON object; Linux (reads /proc/self/status).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.scenario.parse import parse_scenario
from db.session import MeetingSession
from db.settings import Settings
from ui.cli.common import open_store
from ui.console import Console
from ui.controller import MeetingController
from ui.video.player import close_libvlc, released
from ui.video.simulator import FeedSimulator, free_udp_base
from ui.waiting import wait_until

FEEDS = 9
SAMPLE_S = 5
TARGET_MB_PER_MIN = 1.0
EXAMPLE = (
    Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "exempelby-kfn-2026-03-16.json"
)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def report_growth(
    fields: dict[str, object],
    sizes_mb: tuple[float, float],
    trend: tuple[str, float, float],
) -> int:
    """Print the report: `fields`, the size at the baseline and at the end, and the trend
    (its unit, value and target). The exit code is 0 if the trend stayed under the target."""
    baseline_mb, end_mb = sizes_mb
    unit, value, target = trend
    result = {
        **fields,
        "baseline_rss_mb": round(baseline_mb, 1),
        "end_rss_mb": round(end_mb, 1),
        "end_to_baseline_ratio": round(end_mb / baseline_mb, 3),
        f"trend_{unit}": round(value, 3),
        f"target_{unit}": target,
        "no_growth_trend": value < target,
    }
    print(json.dumps(result))
    return 0 if result["no_growth_trend"] else 1


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (minute, MB)."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in points) / den if den else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memory")
    parser.add_argument("--minutes", type=float, default=10.0)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    scenario = parse_scenario(EXAMPLE.read_text(encoding="utf-8"))
    feeds = [(f"f{n}", f"Distansdeltagare {n}") for n in range(1, FEEDS + 1)]
    samples: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="klubban-bench-") as directory:
        store = open_store(str(Path(directory) / "minne.db"))
        simulator = FeedSimulator(feeds, base_port=free_udp_base(FEEDS), size=(320, 180))
        simulator.start()
        session = MeetingSession.create(store, scenario.create)
        controller = MeetingController(session)
        console = Console(controller, settings=Settings(), which="chair")
        for feed, _ in feeds:
            console.add_feed(feed, simulator.mrl(feed))
        console.show()
        start = time.monotonic()
        end = start + args.minutes * 60
        step, meetings, restarts = 0, 1, 0
        try:
            while time.monotonic() < end:
                if step == len(scenario.steps):
                    session = MeetingSession.create(store, scenario.create)
                    controller = MeetingController(session)
                    step, meetings = 0, meetings + 1
                controller.submit(*scenario.steps[step].commands, at=scenario.steps[step].at)
                step += 1
                if step % 12 == 0:  # a lost feed reconnecting: its player starts over
                    player = console.players[feeds[step % FEEDS][0]]
                    player.stop()
                    player.start()
                    restarts += 1
                wait_until(lambda: False, SAMPLE_S * 1000)
                samples.append(((time.monotonic() - start) / 60, rss_mb()))
        finally:
            console.stop()
            wait_until(released().done, 15_000)
            close_libvlc()
            simulator.stop()
            store.engine.dispose()
    app.processEvents()
    warm = [s for s in samples if s[0] >= min(1.0, args.minutes / 3)]
    baseline = warm[0][1] if warm else samples[0][1]
    second_half = [s for s in samples if s[0] >= args.minutes / 2]
    trend = slope(second_half) if len(second_half) >= 2 else 0.0
    return report_growth(
        {"minutes": args.minutes, "feeds": FEEDS, "meetings_played": meetings,
         "player_restarts": restarts},
        (baseline, samples[-1][1]),
        ("mb_per_min", trend, TARGET_MB_PER_MIN),
    )  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
