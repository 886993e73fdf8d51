"""`klubban demo`: the example meeting with simulated remote feeds, ready to be chaired.

A fresh journal (in a temporary folder unless --db is given) gets the example body, meeting and
agenda; the meeting is played up to § 14 so that the consoles open on a live item. Each remote
member and the room get a simulated feed; the fault panel breaks and restores them.

`klubban demo --screenshots DIR` instead plays the whole example meeting through the windows
(the secretary's keys and forms, the chair's buttons and alarm banner, a real fault at the
member's sender), writes PNGs at the upprop, the namnupprop and the feed alarm, and exits; with
--db the journal stays for inspection.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from app.meeting import commands as cmd
from app.meeting.model import ROOM
from app.scenario.parse import Scenario, parse_scenario
from db.session import MeetingSession
from db.settings import load_settings
from ui.app import application
from ui.cli.common import open_store
from ui.console import Console
from ui.controller import MeetingController
from ui.drive import DriveError, WindowDriver
from ui.resources import DEMO_SCENARIO, resource_path
from ui.style import set_font_scale
from ui.video.simulator import FeedSimulator, free_udp_base
from ui.video.simulator_panel import SimulatorPanel
from ui.waiting import wait_until

LIVE_FROM_STEP = 9
"""Steps played before the windows open: upprop done, § 14 (Taxa för kulturskolan) taken up."""


def remote_members(scenario: Scenario) -> list[str]:
    """Who the example has taking part at a distance (the upprop says)."""
    return [
        member
        for step in scenario.steps
        for c in step.commands
        if isinstance(c, cmd.RecordUpprop)
        for member in c.remote
    ]


def _grab(window: QWidget, path: Path, shown: Callable[[], int]) -> None:
    """The window as it is on the screen. Qt paints all of it but the native video windows,
    which libvlc draws: their pixels are taken from the screen once the window is on top and
    libvlc has drawn over it (`shown`: the pictures shown so far)."""
    before = shown()
    window.raise_()
    wait_until(lambda: shown() > before + 10)
    image = window.grab()
    painter = QPainter(image)
    for surface in window.findChildren(QWidget):
        if surface.testAttribute(Qt.WidgetAttribute.WA_NativeWindow) and surface.isVisible():
            corner = surface.mapTo(window, QPoint(0, 0))
            painter.drawPixmap(corner, surface.screen().grabWindow(surface.winId()))
    painter.end()
    image.save(str(path))
    print(f"  {path}")


def demo_main(args: argparse.Namespace) -> int:
    app = application()
    settings = load_settings()
    set_font_scale(float(settings["ui.font_scale"]))
    scenario = parse_scenario(resource_path(*DEMO_SCENARIO).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="klubban-demo-") as directory:
        database = args.db or str(Path(directory) / "demo.db")
        session = MeetingSession.create(open_store(database), scenario.create, actor="demo")
        controller = MeetingController(session)
        if not args.screenshots:
            for step in scenario.steps[:LIVE_FROM_STEP]:
                controller.submit(*step.commands, at=step.at)
        state = controller.state
        feeds = [(m, state.label(m)) for m in remote_members(scenario)]
        feeds.append((ROOM, "Sammanträdeslokalen"))
        print("Klubban demo: kodar testklipp för de simulerade flödena …", flush=True)
        simulator = FeedSimulator(feeds, base_port=free_udp_base(len(feeds)))
        simulator.start()
        try:
            console = Console(
                controller,
                settings=settings,
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
    """Play the whole example through the windows; pictures at the upprop, the namnupprop
    and the feed alarm."""
    out.mkdir(parents=True, exist_ok=True)
    windows = console.windows
    for window in windows.values():
        window.resize(1600, 1000)
    console.show()
    player = console.players[remote_members(scenario)[0]]

    def shown_in_all() -> int:  # one feed is lost at the alarm; the others go on
        return sum(p.pictures_shown for p in console.players.values())

    if not wait_until(lambda: player.pictures_shown > 25):
        print("Inga bilder från det simulerade flödet.", file=sys.stderr)
        return 1
    pictures = {
        "upprop": (("secretary", "secretary-upprop.png"),),
        "namnupprop": (
            ("chair", "chair.png"),
            ("secretary", "secretary-votering.png"),
            ("room", "room.png"),
        ),
        "alarm": (("chair", "chair-alarm.png"),),
    }
    taken: set[str] = set()

    def moment(name: str) -> None:
        if name in taken:
            return
        taken.add(name)
        for window, file in pictures[name]:
            _grab(windows[window], out / file, shown_in_all)

    driver = WindowDriver(
        controller, windows["chair"], windows["secretary"], simulator=simulator, moment=moment
    )
    print("Spelar exempelsammanträdet genom fönstren; skärmbilder:")
    try:
        for step in scenario.steps:
            driver.play(step)
    except DriveError as error:
        print(f"Steget kunde inte tas: {error}", file=sys.stderr)
        return 1
    finally:
        console.stop()
    return 0 if taken == set(pictures) else 1
