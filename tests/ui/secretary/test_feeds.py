"""Setting up feed sources in the secretary's window: saved without credentials in the
database, refused with a Swedish message when malformed, and "Testa" with real libvlc."""

from __future__ import annotations

import pytest

from app.meeting.model import ROOM
from db.reference import load_feed_sources
from ui.secretary.feeds import FeedSourcesDialog
from ui.video.simulator import FeedSimulator

pytestmark = pytest.mark.media


@pytest.fixture
def dialog(qtbot, controller_at):
    controller = controller_at(9)
    made = FeedSourcesDialog(controller.session.store.engine, controller.state)
    qtbot.addWidget(made)
    return made


def test_a_source_is_saved_and_listed(dialog: FeedSourcesDialog) -> None:
    dialog.who.setCurrentIndex(dialog.who.findData("m07"))
    dialog.mrl.setText("srt://kamera.kommun.se:9000")
    assert dialog.save()
    (source,) = load_feed_sources(dialog._engine)
    assert (source.name, source.person_id, source.mrl) == (
        "m07",
        "m07",
        "srt://kamera.kommun.se:9000",
    )
    assert dialog.sources.item(0).text() == "Greta Ols (V): srt://kamera.kommun.se:9000"


def test_a_malformed_source_is_refused_in_swedish(qtbot, dialog: FeedSourcesDialog) -> None:
    dialog.mrl.setText("kamera i salen")
    assert not dialog.save()
    assert "mellanslag" in dialog.result.text()
    with qtbot.waitSignal(dialog.tested) as verdict:
        dialog.test()
    assert verdict.args[0] is False
    assert load_feed_sources(dialog._engine) == []


def test_testa_sees_pictures_from_a_live_source(
    qtbot, dialog: FeedSourcesDialog, simulator: FeedSimulator
) -> None:
    dialog.who.setCurrentIndex(dialog.who.findData(ROOM))
    dialog.mrl.setText(simulator.mrl("m07"))
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as verdict:
        dialog.test()
    assert verdict.args == [True, "Bild tas emot."]


def test_testa_says_when_nothing_comes(qtbot, dialog: FeedSourcesDialog) -> None:
    dialog.mrl.setText("udp://@127.0.0.1:9")
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as verdict:
        dialog.test()
    assert verdict.args[0] is False
    assert dialog.test_button.isEnabled()
