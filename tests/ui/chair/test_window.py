"""The chair console on a real journal: real clicks on the big actions change what the window
shows, and the journal holds the matching events; refusals are shown in Swedish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from app.feeds.states import FeedCondition
from app.meeting import commands as cmd
from app.meeting import events as ev
from app.meeting.model import Item
from tests.support.controller import journaled
from tests.ui.conftest import ControllerAt
from ui.chair.window import ChairWindow
from ui.controller import MeetingController
from ui.style import TOUCH_MIN
from ui.video.grid import FeedGridPanel

# The offscreen platform cannot pass size hints to a window manager and says so when a shown
# window gets a minimum size; nothing is wrong with the window.
pytestmark = pytest.mark.ui

AT_A3 = 9
"""Steps of the example scenario up to § 14 (the motion about the badhus) being taken up."""
BEFORE_PROPOSITION = 16
"""§ 14 with yrkanden y1 (Greta Ols) and y2 (Cia Fors, bifall) standing."""


def chair(
    qtbot, controller: MeetingController, grid: FeedGridPanel | None = None, size=(1600, 1000)
) -> ChairWindow:
    window = ChairWindow(controller, grid=grid)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def tap(qtbot, button: QPushButton) -> None:
    assert button.isVisible()
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def touch(button: QPushButton) -> None:
    """A finger tap: Qt turns the unhandled touch into the click a button acts on (the
    point must lie on the screen: the offscreen screen is 800 × 800)."""
    screen = QTest.createTouchDevice()
    centre = button.rect().center()
    QTest.touchEvent(button, screen).press(0, centre, button).commit()
    QTest.touchEvent(button, screen).release(0, centre, button).commit()


def test_the_window_shows_the_item_and_every_action_is_touch_sized(qtbot, controller_at) -> None:
    window = chair(qtbot, controller_at(AT_A3))
    assert window.item_panel.paragraph.text() == "§ 14   ·   Dnr KFN 2025/0117"
    assert window.item_panel.title.text().startswith("Motion om fri entré")
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            assert button.height() >= TOUCH_MIN
            assert button.width() >= TOUCH_MIN
            assert button.accessibleName()


def test_nasta_talare_gives_the_floor_to_the_first_in_the_queue(
    qtbot, controller_at: ControllerAt
) -> None:
    controller = controller_at(AT_A3)
    controller.submit(cmd.RequestFloor("m07"), cmd.RequestFloor("m03"))
    window = chair(qtbot, controller)
    assert window.queue_model.rowCount() == 2
    tap(qtbot, window.actions_panel.buttons["next_speaker"])
    assert journaled(controller)[-1] == ev.FloorGiven(
        controller.state.last_at, member="m07", kind=ev.SpeechKind.ANFORANDE
    )
    assert window.item_panel.speaker.text() == "Greta Ols (V) – anförande"
    assert window.item_panel.timer.text() == "00:00"
    assert window.queue_model.rowCount() == 1


def test_replik_is_asked_for_by_tapping_a_name_and_goes_first(
    qtbot, controller_at: ControllerAt
) -> None:
    controller = controller_at(AT_A3)
    controller.submit(cmd.RequestFloor("m05"), cmd.GiveFloor("m07"))
    window = chair(qtbot, controller)
    tap(qtbot, window.actions_panel.buttons["replik"])
    dialog = window.actions_panel.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    (cia,) = [b for b in dialog.buttons if b.text() == "Cia Fors (S)"]
    tap(qtbot, cia)
    assert isinstance(journaled(controller)[-1], ev.FloorRequested)
    first = window.queue_model.index(0)
    assert first.data() == "1. Cia Fors (S) – replik"


def test_during_a_replik_the_one_replied_to_is_offered_a_kontrareplik(
    qtbot, controller_at: ControllerAt
) -> None:
    controller = controller_at(AT_A3)
    controller.submit(cmd.GiveFloor("m07"), cmd.GiveFloor("m03", ev.SpeechKind.REPLIK))
    window = chair(qtbot, controller)
    tap(qtbot, window.actions_panel.buttons["replik"])
    dialog = window.actions_panel.dialog
    assert dialog is not None
    first = dialog.buttons[0]
    assert first.text() == "Kontrareplik: Greta Ols (V)"
    tap(qtbot, first)
    assert window.queue_model.index(0).data() == "1. Greta Ols (V) – kontrareplik"


def test_streck_then_a_second_streck_is_refused_in_swedish(
    qtbot, controller_at: ControllerAt
) -> None:
    controller = controller_at(AT_A3)
    window = chair(qtbot, controller, size=(800, 780))
    button = window.actions_panel.buttons["streck"]
    with qtbot.waitSignal(controller.recorded):
        touch(button)
    assert isinstance(journaled(controller)[-1], ev.StreckDrawn)
    assert "Streck i debatten" in window.item_panel.status.text()
    seq = controller.state.seq
    tap(qtbot, button)
    assert window.refusal.isVisible()
    assert window.refusal.text() == "Streck i debatten är redan satt."
    assert controller.state.seq == seq


def test_proposition_then_votering_highlights_the_first_voter(
    qtbot, controller_at: ControllerAt
) -> None:
    controller = controller_at(BEFORE_PROPOSITION)
    grid = FeedGridPanel()
    for member in ("m07", "m02"):
        grid.add_tile(member, controller.state.label(member))
    window = chair(qtbot, controller, grid)
    tap(qtbot, window.actions_panel.buttons["proposition"])
    dialog = window.actions_panel.dialog
    assert dialog is not None
    assert len(dialog.buttons) == 2
    (y2,) = [b for b in dialog.buttons if "Cia Fors" in b.text()]
    tap(qtbot, y2)
    put = journaled(controller)[-1]
    assert isinstance(put, ev.PropositionPut)
    assert put.finds == "y2"
    tap(qtbot, window.actions_panel.buttons["votering"])
    started = journaled(controller)[-1]
    assert isinstance(started, ev.VoteringStarted)
    assert (started.ja, started.nej) == ("y2", "y1")
    assert "Votering pågår" in window.item_panel.status.text()
    assert controller.state.votering.voters[0] == "m02"
    assert grid.tile("m02").highlighted
    assert grid.enlarged == "m02"


def test_votering_before_a_proposition_is_refused(qtbot, controller_at: ControllerAt) -> None:
    window = chair(qtbot, controller_at(BEFORE_PROPOSITION))
    tap(qtbot, window.actions_panel.buttons["votering"])
    assert window.refusal.text() == (
        "Omröstning förutsätter att ordföranden först ställt proposition."
    )


def test_ajournera_and_ateruppta_toggle(qtbot, controller_at: ControllerAt) -> None:
    controller = controller_at(AT_A3)
    window = chair(qtbot, controller)
    toggle = window.actions_panel.buttons["ajournera"]
    tap(qtbot, toggle)
    assert isinstance(journaled(controller)[-1], ev.Ajournerad)
    assert toggle.text() == "Återuppta"
    assert window.item_panel.status.text().startswith("Ajournerat sedan ")
    tap(qtbot, toggle)
    assert isinstance(journaled(controller)[-1], ev.Ateruppttagen)
    assert toggle.text() == "Ajournera"


def test_nasta_arende_takes_up_the_next_item(qtbot, controller_at: ControllerAt) -> None:
    controller = controller_at(AT_A3 - 1)
    window = chair(qtbot, controller)
    tap(qtbot, window.actions_panel.buttons["next_item"])
    taken = journaled(controller)[-1]
    assert isinstance(taken, ev.ItemTakenUp)
    assert taken.item == "a3"
    assert window.item_panel.paragraph.text().startswith("§ 14")


def test_the_quorum_panel_names_remote_members_whose_feed_is_down(
    qtbot, controller_at: ControllerAt
) -> None:
    controller = controller_at(AT_A3)
    window = chair(qtbot, controller)
    panel = window.quorum_panel
    assert panel.summary.text() == "9 av 9 tjänstgör"
    assert not panel.down_names.isVisible()
    controller.submit(cmd.RecordFeedHealth("m07", FeedCondition.LOST))
    assert panel.down_names.text() == "Greta Ols (V)"
    assert panel.down_names.isVisible()
    assert not panel.warning.isVisible()  # 8 of the 9 still make a quorum of 5


def test_a_sekretess_item_tells_the_chair_which_remote_members_must_leave(
    qtbot, controller_at: ControllerAt
) -> None:
    controller = controller_at(AT_A3)
    window = chair(qtbot, controller)
    status = window.item_panel.status
    assert "lämna" not in status.text()
    secret = Item("s1", "Ansökan om bistånd", sekretess=True)
    assert controller.submit(cmd.AddAgendaItem(secret), cmd.TakeUpItem("s1"))
    excluded = journaled(controller)[-1]
    assert isinstance(excluded, ev.RemoteMembersExcluded)
    names = ", ".join(controller.state.label(p) for p in excluded.members)
    assert excluded.members  # the example has members at a distance
    assert status.isVisible()
    assert f"Distansdeltagare ska lämna ärendet: {names}" in status.text()


def test_a_screenshot_of_the_console(qtbot, controller_at: ControllerAt, tmp_path) -> None:
    controller = controller_at(AT_A3)
    controller.submit(cmd.RequestFloor("m03"), cmd.GiveFloor("m07"))
    window = chair(qtbot, controller)
    path = tmp_path / "chair.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000
