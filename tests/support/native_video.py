"""One feed shown by libvlc in a tile's native window, on a real X server: run by
tests/media/test_native_video.py under xvfb-run (the test process itself is offscreen, where
libvlc cannot embed).

`python -m tests.support.native_video MRL` prints one JSON line per event — "live" once the
feed has shown pictures, then "condition" at each change of the monitor's verdict — each with
what the screen shows in the tile's video window (distinct colours, share of dark pixels).
Anything on stdin (or its end) quits."""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from app.feeds.states import FeedCondition
from ui.video.player import FeedPlayer, embeds_video, released
from ui.video.tile import FeedTile
from ui.waiting import wait_until

DEADLINE_MS = 120_000


def screen_pixels(tile: FeedTile) -> dict[str, float]:
    """What the X server shows in the tile's video window (libvlc draws it, not Qt)."""
    surface = tile.video_surface
    assert surface is not None
    image = surface.screen().grabWindow(surface.winId()).toImage()
    width, height = image.width(), image.height()
    points = [image.pixelColor(width * (2 * i + 1) // 64, height * (2 * j + 1) // 36)
              for i in range(32) for j in range(18)]  # fmt: skip
    return {
        "colours": len({point.rgb() for point in points}),
        "dark": sum(point.lightness() < 40 for point in points) / len(points),
    }


def main(mrl: str) -> int:
    app = QApplication([])
    assert embeds_video(), QApplication.platformName()
    tile = FeedTile("m07", "Greta Ols (V)")
    tile.resize(652, 420)
    tile.show()
    player = FeedPlayer(mrl)
    player.set_window(tile.video_window())
    frames = []
    player.frame_ready.connect(frames.append)

    def report(event: str, **fields: object) -> None:
        print(json.dumps({"event": event, **fields, **screen_pixels(tile)}), flush=True)

    def on_health(condition: FeedCondition) -> None:
        tile.set_condition(condition)
        shown = player.pictures_shown
        wait_until(lambda: player.pictures_shown > shown + 5)  # libvlc drew the latest
        report("condition", value=condition.value)

    player.start()
    started = wait_until(
        lambda: (
            player.pictures_shown > 25 and player._monitor.health.picture_changed_at_ms is not None
        ),
        timeout_ms=30_000,
    )
    report("live" if started else "no pictures", frames_emitted=len(frames))
    player.health_changed.connect(on_health)
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    stdin.activated.connect(app.quit)
    QTimer.singleShot(DEADLINE_MS, app.quit)
    app.exec()
    player.stop()
    released().result(timeout=30)
    return 0


if __name__ == "__main__":
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    sys.exit(main(sys.argv[1]))
