"""Start-up: the last meeting opens by itself, and a meeting interrupted by a crash resumes in
the windows exactly where its journal ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from db.session import MeetingSession
from db.settings import Settings
from tests.support.controller import controller_on
from ui.app import LAST_MEETING, _choose_meeting
from ui.cli.common import open_store
from ui.controller import MeetingController
from ui.secretary.window import SecretaryWindow

pytestmark = pytest.mark.ui

_PLAY_AND_HANG = """
import sys, time
from tests.support.controller import controller_on
controller = controller_on(sys.argv[1], int(sys.argv[2]))
print(controller.session.meeting_id, controller.state.seq, flush=True)
time.sleep(60)
"""


def test_the_last_meeting_opens_without_asking(tmp_path: Path) -> None:
    journal = tmp_path / "k.db"
    first = controller_on(journal, 5).session.meeting_id
    store = open_store(str(journal))
    settings = Settings().with_free("window", LAST_MEETING, first)
    assert _choose_meeting(store, None, settings) == first


def test_a_killed_meeting_resumes_where_its_journal_ends(qtbot, tmp_path: Path) -> None:
    journal = tmp_path / "k.db"
    # The meeting runs in another process, adjourned at § 14, and is killed there.
    child = subprocess.Popen(
        [sys.executable, "-c", _PLAY_AND_HANG, str(journal), "20"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert child.stdout is not None
    meeting, seq = child.stdout.readline().split()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    store = open_store(str(journal))
    session = MeetingSession.open(store, meeting)
    assert session.state.seq == int(seq)
    assert session.state.adjourned
    window = SecretaryWindow(MeetingController(session))
    qtbot.addWidget(window)
    assert "ajournerat" in window.status.text()
    assert "§ 14" in window.header.text()
    assert window.tabs.currentWidget() is window.item, "the upprop is done: the item is in front"
