"""The chair's console with a real remote feed: the member who has the floor goes silent at
the sender, and the silence travels through libvlc, the player, the console and the controller
into the journal as evidence. Silence while someone else speaks is no fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.feeds.states import FeedCondition
from app.meeting import commands as cmd
from app.meeting import events as ev
from db.settings import load_settings
from tests.support.controller import controller_on, journaled
from ui.console import Console
from ui.video.player import released
from ui.video.simulator import Fault, FeedSimulator

pytestmark = pytest.mark.media

AT_A3 = 9
"""The example meeting up to § 14 taken up; Greta Ols (V), m07, takes part at a distance."""
DEADLINE_MS = 15_000


def test_silence_of_the_member_with_the_floor_is_journaled(
    qtbot, simulator: FeedSimulator, tmp_path: Path
) -> None:
    controller = controller_on(tmp_path / "kfn.db", AT_A3)
    console = Console(
        controller, settings=load_settings(tmp_path / "settings.toml"), which="chair",
        sources={"m07": simulator.mrl("m07")},
    )  # fmt: skip
    player = console.players["m07"]
    frames: list[object] = []
    player.frame_ready.connect(frames.append)
    console.show()
    try:
        qtbot.waitUntil(lambda: len(frames) >= 10, timeout=DEADLINE_MS)
        simulator.inject("m07", Fault.SILENCE)
        controller.submit(cmd.GiveFloor("m03"))
        qtbot.wait(4000)  # longer than the silence threshold (3 s): someone else speaks
        assert player.condition is FeedCondition.LIVE
        controller.submit(cmd.GiveFloor("m07"))
        qtbot.waitUntil(
            lambda: controller.state.feeds.get("m07") is FeedCondition.SILENT,
            timeout=DEADLINE_MS,
        )
        recorded = [e for e in journaled(controller) if isinstance(e, ev.FeedHealthChanged)]
        assert recorded[-1].condition is FeedCondition.SILENT
    finally:
        console.stop()
        qtbot.waitUntil(released().done, timeout=DEADLINE_MS)
