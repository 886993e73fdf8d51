"""Start-up: the last meeting opens by itself, and a meeting interrupted by a crash resumes in
the windows exactly where its journal ends."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from app.meeting import commands as cmd
from db.session import MeetingSession
from db.settings import Settings
from tests.support.controller import controller_on
from ui.app import LAST_MEETING, _choose_meeting, run_gui
from ui.cli.common import open_store
from ui.controller import MeetingController
from ui.secretary.models import JournalModel
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


def test_a_station_shows_what_another_station_journals(
    qapp, postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The secretary's station as `klubban --database postgresql://… --window secretary` starts
    it; the chair's station, another process in real life, journals a note: it appears in the
    secretary's journal view with nobody touching that window."""
    monkeypatch.setenv("KLUBBAN_CONFIG_DIR", str(tmp_path))
    chair = controller_on(postgres_url, 5)
    args = argparse.Namespace(
        database=postgres_url, window="secretary", meeting=chair.session.meeting_id
    )
    shown: list[str] = []

    def journal_view() -> JournalModel:
        (window,) = [w for w in qapp.topLevelWidgets() if isinstance(w, SecretaryWindow)]
        return window.journal.model

    def chair_writes() -> None:
        model = journal_view()

        def look() -> None:
            last = model.data(model.index(model.rowCount() - 1))
            if "Kaffet är slut" in (last or ""):
                shown.append(last)
                qapp.exit(0)

        model.rowsInserted.connect(look)
        model.modelReset.connect(look)
        assert chair.submit(cmd.RecordNote("Kaffet är slut"), at="13:10:00")

    QTimer.singleShot(0, chair_writes)
    QTimer.singleShot(20_000, lambda: qapp.exit(3))  # never reached when it works
    assert run_gui(args) == 0
    assert shown
    chair.session.store.engine.dispose()  # type: ignore[attr-defined]
