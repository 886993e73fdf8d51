"""libvlc showing a feed in a tile's native window on a real X server (Xvfb), as on the chair's
screen: the picture is on the screen, no frame goes through Qt, and the health monitor still
sees every picture fault through the 32 × 18 sample the clone splitter sends alongside."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

from ui.video.simulator import Fault, FeedSimulator

pytestmark = pytest.mark.media

XVFB_RUN = shutil.which("xvfb-run")


@pytest.fixture
def shown(simulator: FeedSimulator) -> Iterator[subprocess.Popen]:
    assert XVFB_RUN, "xvfb-run saknas: installera paketet xvfb (scripts/system-packages.txt)"
    child = subprocess.Popen(
        [XVFB_RUN, "-a", "-s", "-screen 0 1280x720x24", sys.executable, "-m",
         "tests.support.native_video", simulator.mrl("m07")],
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    yield child
    _out, errors = child.communicate("end\n", timeout=60)
    assert child.returncode == 0, errors


def next_event(child: subprocess.Popen) -> dict:
    line = child.stdout.readline()
    assert line, f"the native window's run ended early: {child.stderr.read()}"
    return json.loads(line)


def test_the_picture_is_on_the_screen_and_not_painted_by_qt(shown: subprocess.Popen) -> None:
    live = next_event(shown)
    assert live["event"] == "live"
    assert live["frames_emitted"] == 0
    assert live["colours"] > 8  # the test picture's colour bars, not an empty window
    assert live["dark"] < 0.5


def test_picture_faults_are_seen_through_the_sample(
    shown: subprocess.Popen, simulator: FeedSimulator
) -> None:
    assert next_event(shown)["event"] == "live"
    simulator.inject("m07", Fault.FREEZE)
    assert next_event(shown)["value"] == "frozen"
    simulator.inject("m07", Fault.RESTORE)
    assert next_event(shown)["value"] == "live"
    simulator.inject("m07", Fault.BLACK)
    black = next_event(shown)
    assert black["value"] == "black"
    assert black["dark"] > 0.9  # the screen shows it too
    simulator.inject("m07", Fault.RESTORE)
    assert next_event(shown)["value"] == "live"
    simulator.inject("m07", Fault.KILL)
    verdicts = [next_event(shown)["value"]]
    if verdicts[0] == "stalling":  # the byte counter stopped; then the loss threshold passes
        verdicts.append(next_event(shown)["value"])
    assert verdicts[-1] == "lost"
