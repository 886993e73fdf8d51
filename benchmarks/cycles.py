"""Memory over 100 connect/disconnect cycles of a remote feed: a new FeedPlayer opens a live
simulated feed, shows pictures, and is stopped and released again, as when a feed is added,
lost and reconnected, or removed.

    python -m benchmarks.cycles [--cycles 100] [--native]

With --native each player shows its pictures in a tile's native window on an Xvfb of the
benchmark's own (as on the chair's screen: libvlc opens a video output in that window, and
closes it, every cycle).

The resident set size is taken after every cycle, once the player is released. The baseline,
in the same run, is the size after the first 20 cycles (libvlc's plugins, codecs and Qt's
caches loaded). Reported: the size at the end as a ratio of the baseline, and the trend over
the cycles after the baseline (least squares, KB per cycle); target < 50 KB per cycle, i.e.
under 5 MB over 100 cycles. Prints one JSON object; Linux (reads /proc/self/status).
"""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtWidgets import QApplication

from benchmarks.feeds import start_x_server
from benchmarks.memory import report_growth, rss_mb, slope
from ui.video.player import FeedPlayer, close_libvlc, released
from ui.video.simulator import FeedSimulator, free_udp_base
from ui.video.tile import FeedTile
from ui.waiting import wait_until

WARM_CYCLES = 20
TARGET_KB_PER_CYCLE = 50.0
FRAMES_PER_CYCLE = 10
"""Pictures each connection shows before it is closed: it really decoded and displayed."""
DEADLINE_MS = 15_000


def one_cycle(mrl: str, tile: FeedTile | None) -> None:
    player = FeedPlayer(mrl)
    if tile is not None:
        player.set_window(tile.video_window())
    player.start()
    if not wait_until(lambda: player.pictures_shown >= FRAMES_PER_CYCLE, DEADLINE_MS):
        raise RuntimeError(f"no pictures within {DEADLINE_MS} ms")
    player.stop()
    if not wait_until(released().done, DEADLINE_MS):
        raise RuntimeError("the player was not released in time")
    player.deleteLater()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.cycles")
    parser.add_argument("--cycles", type=int, default=100)
    parser.add_argument("--native", action="store_true", help="a native window on Xvfb")
    args = parser.parse_args(argv)
    screen = start_x_server() if args.native else None
    os.environ["QT_QPA_PLATFORM"] = "xcb" if screen else "offscreen"
    app = QApplication.instance() or QApplication([])
    tile = FeedTile("f1", "Distansdeltagare") if screen else None
    if tile is not None:
        tile.resize(652, 420)
        tile.show()
    simulator = FeedSimulator([("f1", "Distansdeltagare")], base_port=free_udp_base(1))
    simulator.start()
    sizes: list[float] = []
    try:
        for _ in range(args.cycles):
            one_cycle(simulator.mrl("f1"), tile)
            app.processEvents()  # the deferred deletes
            sizes.append(rss_mb())
    finally:
        wait_until(released().done, DEADLINE_MS)
        close_libvlc()
        simulator.stop()
        if screen is not None:
            screen.terminate()
    warm = min(WARM_CYCLES, len(sizes) - 1)
    baseline = sizes[warm - 1] if warm else sizes[0]
    trend_kb = slope([(n, mb * 1024) for n, mb in enumerate(sizes[warm:], warm + 1)])
    return report_growth(
        {"cycles": args.cycles, "video": "native" if screen else "callbacks",
         "first_rss_mb": round(sizes[0], 1)},
        (baseline, sizes[-1]),
        ("kb_per_cycle", trend_kb, TARGET_KB_PER_CYCLE),
    )  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
