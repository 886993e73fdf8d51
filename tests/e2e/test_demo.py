"""`klubban demo --screenshots` on a real X server (Xvfb): the whole example meeting played
through the windows only (the secretary's keys and forms, the chair's buttons and alarm
banner, a real fault at the member's sender), pictures of each window along the way, and a
journal that gives the same meeting as `klubban scenario run` of the same file."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.protocol.project import project
from db.engine import open_engine
from db.journal import SqlJournalStore
from db.session import MeetingSession
from db.verify import verify_database
from tests.conftest import EXAMPLE_SCENARIO
from ui.cli import scenario

pytestmark = pytest.mark.e2e

XVFB_RUN = shutil.which("xvfb-run")
PICTURES = ("chair.png", "chair-alarm.png", "room.png", "secretary-upprop.png",
            "secretary-votering.png")  # fmt: skip
_TIME = re.compile(r"\b\d{2}:\d{2}(:\d{2})?\b")


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the pictures' folder, the journal) of one demo run through the windows."""
    assert XVFB_RUN, "xvfb-run saknas: installera paketet xvfb (scripts/system-packages.txt)"
    work = tmp_path_factory.mktemp("demo")
    out, journal = work / "bilder", work / "demo.db"
    environment = {**os.environ, "QT_QPA_PLATFORM": "xcb", "KLUBBAN_DATA_DIR": str(work)}
    result = subprocess.run(
        [XVFB_RUN, "-a", "-s", "-screen 0 1920x1080x24", sys.executable, "-m", "ui.main",
         "demo", "--screenshots", str(out), "--db", str(journal)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return out, journal


def test_every_window_is_pictured(played) -> None:
    out, _journal = played
    for name in PICTURES:
        image = QImage(str(out / name))
        assert image.width() >= 1200, name


def test_the_chair_picture_shows_the_members_video(played) -> None:
    # On an X server libvlc draws the picture in the tile's native window, not Qt: the
    # screenshot takes it from the screen. The simulator's test picture has many colours.
    out, _journal = played
    chair = QImage(str(out / "chair.png"))
    width, height = chair.width(), chair.height()
    colours = {chair.pixel(width * x // 100, height * y // 100)
               for x in range(4, 26) for y in range(30, 50)}  # fmt: skip
    assert len(colours) > 8


def test_the_alarm_picture_has_the_red_banner(played) -> None:
    out, _journal = played
    alarm, calm = QImage(str(out / "chair-alarm.png")), QImage(str(out / "chair.png"))
    red = alarm.pixelColor(40, 60)
    assert red.red() > 100 > red.green()
    assert calm.pixelColor(40, 60).red() < 100


def without_times(value: object) -> object:
    """The protocol with every clock time blanked: the windows ran at today's pace."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return type(value)(
            **{f.name: without_times(getattr(value, f.name)) for f in dataclasses.fields(value)}
        )
    if isinstance(value, tuple):
        return tuple(without_times(v) for v in value)
    if isinstance(value, str):
        return _TIME.sub("hh:mm", value)
    return value


def protocol_of(journal: Path):
    store = SqlJournalStore(open_engine(str(journal), create=False))
    try:
        (meeting,) = store.meeting_ids()
        session = MeetingSession.open(store, meeting)
        return project(session.state, session.history)
    finally:
        store.engine.dispose()


def test_the_journal_gives_the_same_meeting_as_the_scenario(played, tmp_path: Path) -> None:
    _out, journal = played
    assert verify_database(str(journal)).ok
    reference = tmp_path / "scenario.db"
    assert scenario.run(str(EXAMPLE_SCENARIO), str(reference), out=io.StringIO()) == 0
    through_windows, scripted = protocol_of(journal), protocol_of(reference)
    assert through_windows.paragraph_range == "§§ 12–16"
    assert without_times(through_windows) == without_times(scripted)
