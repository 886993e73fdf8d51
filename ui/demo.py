"""`klubban demo`: the example meeting with simulated remote feeds, ready to be chaired.

A fresh journal (in a temporary folder unless --db is given) gets the example body, meeting and
agenda; the meeting is played up to § 14 so that the consoles open on a live item. Each remote
member and the room get a simulated feed; the fault panel breaks and restores them.

`klubban demo --screenshots DIR` goes on to a namnupprop and a real feed alarm (the member's
sender is killed and the monitor's verdict is journaled), writes PNGs of the windows in those
states and exits.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from app.feeds.states import FeedCondition
from app.meeting import commands as cmd
from app.meeting.model import ROOM
from app.scenario.parse import Scenario, parse_scenario
from db.session import MeetingSession
from db.settings import load_settings
from ui.app import application
from ui.cli.common import open_store
from ui.console import Console
from ui.controller import MeetingController
from ui.resources import DEMO_SCENARIO, resource_path
from ui.video.simulator import Fault, FeedSimulator
from ui.video.simulator_panel import SimulatorPanel

LIVE_FROM_STEP = 9
"""Steps played before the windows open: upprop done, § 14 (Taxa för kulturskolan) taken up."""
NAMNUPPROP_STEP = 18
WAIT_MS = 20_000


def remote_members(scenario: Scenario) -> list[str]:
    """Who the example has taking part at a distance (the upprop says)."""
    return [
        member
        for step in scenario.steps
        for c in step.commands
        if isinstance(c, cmd.RecordUpprop)
        for member in c.remote
    ]


def wait_until(predicate: Callable[[], bool], timeout_ms: int = WAIT_MS) -> bool:
    """Run the event loop until `predicate` holds (checked as events arrive), or the deadline."""
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(50)
    check.timeout.connect(lambda: predicate() and loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    check.start()
    if not predicate():
        loop.exec()
    check.stop()
    return predicate()


def _grab(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"  {path}")


def demo_main(args: argparse.Namespace) -> int:
    app = application()
    scenario = parse_scenario(resource_path(*DEMO_SCENARIO).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="klubban-demo-") as directory:
        database = args.db or str(Path(directory) / "demo.db")
        session = MeetingSession.create(open_store(database), scenario.create, actor="demo")
        controller = MeetingController(session)
        for step in scenario.steps[:LIVE_FROM_STEP]:
            controller.submit(*step.commands, at=step.at)
        state = controller.state
        feeds = [(m, state.label(m)) for m in remote_members(scenario)]
        feeds.append((ROOM, "Sammanträdeslokalen"))
        print("Klubban demo: kodar testklipp för de simulerade flödena …", flush=True)
        simulator = FeedSimulator(feeds)
        simulator.start()
        try:
            console = Console(
                controller,
                settings=load_settings(),
                which=getattr(args, "window", None),
                sources={feed: simulator.mrl(feed) for feed, _ in feeds},
                screenshots=bool(args.screenshots),
            )
            if args.screenshots:
                return _screenshots(
                    console, controller, scenario, simulator, Path(args.screenshots)
                )
            panel = SimulatorPanel(simulator)
            console.show()
            panel.show()
            print(f"Journal: {database}. Stäng fönstren för att avsluta.", flush=True)
            code = app.exec()
            console.stop()
            return code
        finally:
            simulator.stop()


def _screenshots(
    console: Console,
    controller: MeetingController,
    scenario: Scenario,
    simulator: FeedSimulator,
    out: Path,
) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for window in console.windows.values():
        window.resize(1600, 1000)
    console.show()
    remote = remote_members(scenario)[0]
    frames: list[object] = []
    console.players[remote].frame_ready.connect(frames.append)
    if not wait_until(lambda: len(frames) > 25):
        print("Inga bilder från det simulerade flödet.", file=sys.stderr)
        return 1
    for step in scenario.steps[LIVE_FROM_STEP : NAMNUPPROP_STEP - 1]:
        controller.submit(*step.commands, at=step.at)
    # The namnupprop: the votering starts and the first three answer.
    votering = scenario.steps[NAMNUPPROP_STEP - 1].commands
    controller.submit(*votering[:4], at="13:38")
    # A moment of live video on the called member's tile (this is a picture, not a test).
    wait_until(lambda: False, 500)
    print("Skärmbilder:")
    _grab(console.windows["chair"], out / "chair.png")
    _grab(console.windows["room"], out / "room.png")
    simulator.inject(remote, Fault.KILL)
    if not wait_until(lambda: controller.state.feeds.get(remote) is FeedCondition.LOST):
        print("Larmet kom aldrig.", file=sys.stderr)
        return 1
    wait_until(lambda: False, 500)  # one flash of the tile
    _grab(console.windows["chair"], out / "chair-alarm.png")
    console.stop()
    return 0
