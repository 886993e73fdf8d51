"""`klubban demo --screenshots` on a real X server (Xvfb): the chair console with live simulated
video, the room display, and a real feed alarm (the sender killed, the loss detected by the
monitor, journaled and shown on the banner)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.e2e

XVFB_RUN = shutil.which("xvfb-run")


def test_the_demo_writes_screenshots_of_a_namnupprop_and_a_feed_alarm(tmp_path: Path) -> None:
    assert XVFB_RUN, "xvfb-run saknas: installera paketet xvfb (scripts/system-packages.txt)"
    out = tmp_path / "bilder"
    environment = {**os.environ, "QT_QPA_PLATFORM": "xcb", "KLUBBAN_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [XVFB_RUN, "-a", "-s", "-screen 0 1920x1080x24",
         sys.executable, "-m", "ui.main", "demo", "--screenshots", str(out)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    for name in ("chair.png", "chair-alarm.png", "room.png"):
        image = QImage(str(out / name))
        assert image.width() >= 1200, name
    alarm, calm = QImage(str(out / "chair-alarm.png")), QImage(str(out / "chair.png"))
    # The banner across the top is alarm red only in the alarm picture.
    red = alarm.pixelColor(40, 60)
    assert red.red() > 100 > red.green()
    assert calm.pixelColor(40, 60).red() < 100
