"""The room display follows the controller: item, speaker with a running time, and the last
vote's result."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.meeting import commands as cmd
from tests.support.controller import controller_on
from ui.controller import MeetingController
from ui.room.window import RoomWindow

pytestmark = pytest.mark.ui


def room(qtbot, controller: MeetingController) -> RoomWindow:
    window = RoomWindow(controller)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_item_and_speaker_follow_the_journal(qtbot, tmp_path: Path) -> None:
    controller = controller_on(tmp_path / "kfn.db", 9)
    window = room(qtbot, controller)
    assert window.paragraph.text() == "§ 14"
    assert window.title.text().startswith("Motion om fri entré")
    assert window.speaker.text() == "Ingen har ordet"
    assert not window.vote_panel.isVisible()
    controller.submit(cmd.GiveFloor("m07"))
    assert window.speaker.text() == "Greta Ols (V) – anförande"
    assert window.timer.text() == "00:00"
    controller.submit(cmd.EndFloor())
    assert window.timer.text() == ""


def test_the_last_vote_is_shown_with_the_casting_vote(qtbot, tmp_path: Path) -> None:
    window = room(qtbot, controller_on(tmp_path / "kfn.db", 23))
    assert window.paragraph.text() == "§ 15"
    assert window.vote_panel.isVisible()
    assert window.vote.text() == (
        "§ 14:  4 ja  ·  4 nej  ·  1 avstår  (ordförandens utslagsröst: ja)\n"
        "Beslut: bifall till yrkande y2 från Cia Fors (S)"
    )


def test_an_ajournering_is_shown(qtbot, tmp_path: Path) -> None:
    controller = controller_on(tmp_path / "kfn.db", 9)
    window = room(qtbot, controller)
    assert not window.status.isVisible()
    controller.submit(cmd.Ajournera())
    assert window.status.isVisible()
    assert window.status.text() == "Ajournerat"
    assert window.grab().save(str(tmp_path / "room.png"))
