"""The feed-alarm banner on a real journal: a lost feed names the member, sounds until
acknowledged, and each one-tap action is journaled; restoration clears the banner and offers
Återuppta."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.feeds.states import FeedCondition
from app.meeting import commands as cmd
from app.meeting import events as ev
from app.meeting.events import Attendance
from app.meeting.interruption import InterruptionRoutine
from app.meeting.model import ROOM
from db.settings import Settings
from tests.support.controller import journaled
from tests.ui.conftest import ControllerAt
from ui.chair.window import ChairWindow
from ui.console import routine
from ui.controller import MeetingController

pytestmark = pytest.mark.ui

BEFORE_LOSS = 23
"""§ 15 of the example scenario, Greta Ols (V) at a distance, just before her feed is lost."""


def chair(qtbot, controller: MeetingController) -> ChairWindow:
    window = ChairWindow(controller)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    return window


def tap(qtbot, button: QPushButton) -> None:
    assert button.isVisible()
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def lose(controller: MeetingController, feed: str = "m07") -> None:
    assert controller.submit(cmd.RecordFeedHealth(feed, FeedCondition.LOST), at="14:03:10")


def test_no_banner_while_every_feed_is_live(qtbot, controller_at: ControllerAt) -> None:
    window = chair(qtbot, controller_at(BEFORE_LOSS))
    assert not window.banner.isVisible()
    assert not window.banner.sound.playing


def test_a_lost_feed_raises_the_banner_naming_member_failure_and_time(
    qtbot, controller_at: ControllerAt
) -> None:
    controller = controller_at(BEFORE_LOSS)
    window = chair(qtbot, controller)
    lose(controller)
    assert window.banner.isVisible()
    row = window.banner.rows["m07"]
    assert row.headline.text() == "Greta Ols (V): förbindelse bruten sedan 14:03:10"
    assert row.count_absent.text() == "Räkna som frånvarande"  # V has no ersättare
    assert window.banner.sound.playing


def test_ajournera_from_the_banner_then_restoration_offers_ateruppta(
    qtbot, controller_at: ControllerAt
) -> None:
    controller = controller_at(BEFORE_LOSS)
    window = chair(qtbot, controller)
    lose(controller)
    tap(qtbot, window.banner.rows["m07"].ajournera)
    adjourned = journaled(controller)[-1]
    assert isinstance(adjourned, ev.Ajournerad)
    assert adjourned.reason == "Bild och ljud saknas: Greta Ols (V)"
    controller.submit(cmd.RecordFeedHealth("m07", FeedCondition.LIVE))
    assert "m07" not in window.banner.rows
    assert not window.banner.sound.playing
    assert window.banner.restored.isVisible()
    assert "Greta Ols (V)" in window.banner.restored_text.text()
    tap(qtbot, window.banner.ateruppta)
    assert isinstance(journaled(controller)[-1], ev.Ateruppttagen)
    assert not window.banner.isVisible()


def test_kvittera_ljud_silences_but_keeps_the_banner(qtbot, controller_at: ControllerAt) -> None:
    controller = controller_at(BEFORE_LOSS)
    window = chair(qtbot, controller)
    lose(controller)
    row = window.banner.rows["m07"]
    tap(qtbot, row.kvittera)
    assert journaled(controller)[-1] == ev.FeedAlarmAcknowledged(
        controller.state.last_at, feed="m07"
    )
    assert not window.banner.sound.playing
    assert window.banner.isVisible()
    assert not row.kvittera.isEnabled()


def test_fortsatt_needs_a_reason_and_journals_it(qtbot, controller_at: ControllerAt) -> None:
    controller = controller_at(BEFORE_LOSS)
    window = chair(qtbot, controller)
    lose(controller)
    row = window.banner.rows["m07"]
    tap(qtbot, row.fortsatt)
    dialog = row.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.confirm.isEnabled()
    qtbot.keyClicks(dialog.reason, "Ledamoten deltar via telefon")  # QTest types ASCII only
    tap(qtbot, dialog.confirm)
    overridden = journaled(controller)[-1]
    assert overridden == ev.FeedLossOverridden(
        controller.state.last_at, feed="m07", reason="Ledamoten deltar via telefon"
    )
    assert row.advice.text() == "Sammanträdet fortsätter: Ledamoten deltar via telefon"
    assert not window.banner.sound.playing


def test_rakna_som_franvarande_counts_the_member_absent(qtbot, controller_at: ControllerAt) -> None:
    controller = controller_at(BEFORE_LOSS)
    window = chair(qtbot, controller)
    lose(controller)
    tap(qtbot, window.banner.rows["m07"].count_absent)
    assert journaled(controller)[-1] == ev.CountedAbsent(controller.state.last_at, member="m07")
    assert not window.banner.isVisible()
    assert window.quorum_panel.summary.text() == "8 av 9 tjänstgör"


def test_the_banner_suggests_the_next_ersattare_in_turordning(
    qtbot, controller_at: ControllerAt
) -> None:
    controller = controller_at(BEFORE_LOSS)
    assert controller.submit(
        cmd.RecordAttendance("m08", Attendance.REMOTE), cmd.RecordTeknikkontroll("m08", ok=True)
    )
    window = chair(qtbot, controller)
    lose(controller, "m08")
    row = window.banner.rows["m08"]
    assert row.count_absent.text() == "Räkna som frånvarande – kalla in Jan Sand (S)"
    tap(qtbot, row.count_absent)
    assert journaled(controller)[-2:][0] == ev.CountedAbsent(controller.state.last_at, "m08")
    assert controller.state.seat_holders["m08"] == "e01"


def test_a_lost_room_feed_cannot_count_anyone_absent(qtbot, controller_at: ControllerAt) -> None:
    controller = controller_at(BEFORE_LOSS)
    window = chair(qtbot, controller)
    lose(controller, ROOM)
    row = window.banner.rows[ROOM]
    assert row.headline.text().startswith("Sammanträdeslokalen: förbindelse bruten")
    assert not row.count_absent.isVisible()


def test_the_banner_follows_the_bodys_routine_and_names_the_support(
    qtbot, controller_at: ControllerAt
) -> None:
    controller = controller_at(BEFORE_LOSS)
    routine = InterruptionRoutine(
        adjourn_after_s=0, support_name="IT-support", support_phone="0123-456 78"
    )
    window = ChairWindow(controller, routine=routine)
    qtbot.addWidget(window)
    lose(controller)
    advice = window.banner.rows["m07"].advice.text()
    assert advice.startswith("Enligt rutinen: ajournera tills Greta Ols (V) är tillbaka.")
    assert "Teknisk support: IT-support, 0123-456 78." in advice


def test_the_routine_comes_from_the_settings() -> None:
    settings = Settings().with_value("interruption.support_phone", "0123-456 78")
    settings = settings.with_value("interruption.adjourn_after_s", 45)
    made = routine(settings)
    assert (made.adjourn_after_s, made.support) == (45.0, "0123-456 78")
