"""One tile painted for real (offscreen): the picture fills its area, the caption strip below
it names the member, and a bar above it names the feed's fault (both are drawn once and kept,
so a change must show at once). Nothing covers the picture: on a real screen libvlc shows it
in a native window that cannot be painted over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from app.feeds.states import FeedCondition
from ui.style import ALARM, LEVEL_COLOURS, PANEL, SPEAKER, TOUCH_MIN
from ui.video.tile import _BORDER, STRIP, FeedTile

pytestmark = pytest.mark.ui

PICTURE = QColor("#3070a0")
FAULT_BAR = (_BORDER + 4, _BORDER + 4)
"""The inside's top left corner: the fault bar while the feed is not live."""
MIDDLE = (166, 100)


@pytest.fixture
def tile(qtbot) -> FeedTile:
    tile = FeedTile("m01", "Anna Berg (S)")
    qtbot.addWidget(tile)
    tile.resize(320 + 2 * _BORDER, 180 + TOUCH_MIN + 2 * _BORDER)  # the picture's area: 320 × 180
    tile.show()
    qtbot.waitExposed(tile)
    return tile


def colour(tile: FeedTile, x: int, y: int) -> str:
    return tile.grab().toImage().pixelColor(x, y).name()


def picture() -> QImage:
    image = QImage(320, 180, QImage.Format.Format_RGB32)
    image.fill(PICTURE)
    return image


def test_without_a_picture_the_inside_is_the_panel(tile: FeedTile) -> None:
    assert colour(tile, *MIDDLE) == PANEL


def test_the_picture_fills_its_area_across(tile: FeedTile) -> None:
    tile.show_frame(picture())
    assert colour(tile, *MIDDLE) == PICTURE.name()
    assert colour(tile, _BORDER + 1, MIDDLE[1]) == PICTURE.name()  # from edge to edge
    tile.resize(tile.width() + 200, tile.height())
    assert colour(tile, _BORDER + 1, MIDDLE[1]) == PANEL  # wider than the picture: bars
    assert colour(tile, tile.width() // 2, MIDDLE[1]) == PICTURE.name()


def test_the_fault_bar_comes_and_goes_with_the_condition(tile: FeedTile) -> None:
    tile.show_frame(picture())
    assert colour(tile, *FAULT_BAR) == PICTURE.name()
    tile.set_condition(FeedCondition.FROZEN)
    assert colour(tile, *FAULT_BAR) == QColor(LEVEL_COLOURS[FeedCondition.FROZEN.level]).name()
    tile.set_condition(FeedCondition.LOST)
    assert colour(tile, *FAULT_BAR) == QColor(LEVEL_COLOURS[FeedCondition.LOST.level]).name()
    tile.set_condition(FeedCondition.LIVE)
    assert colour(tile, *FAULT_BAR) == PICTURE.name()


def test_the_caption_strip_lies_below_the_picture(tile: FeedTile) -> None:
    tile.show_frame(picture())
    speaker = tile.listen_button()
    assert colour(tile, _BORDER + 4, speaker.bottom() - 2) == STRIP.name()
    assert colour(tile, _BORDER + 4, speaker.top() - 2) == PICTURE.name()


def test_the_speaker_button_turns_yellow_while_its_sound_plays(tile: FeedTile) -> None:
    tile.show_frame(picture())
    button = tile.listen_button()
    corner = (button.x() + 9, button.y() + 9)  # inside the button's ground, clear of the glyph
    muted = QColor(colour(tile, *corner))
    assert muted.lightness() < PICTURE.lightness()  # a dark ground
    tile.set_listening(True)
    assert colour(tile, *corner) == QColor(SPEAKER).name()
    tile.set_listening(False)
    assert QColor(colour(tile, *corner)) == muted


def test_a_lost_feeds_border_flashes_and_its_fault_bar_stays(qtbot, tile: FeedTile) -> None:
    tile.show_frame(picture())
    tile.set_condition(FeedCondition.LOST)
    bar = QColor(LEVEL_COLOURS[FeedCondition.LOST.level]).name()
    assert colour(tile, 2, 60) == QColor(ALARM).name()
    qtbot.waitUntil(lambda: colour(tile, 2, 60) == PANEL, timeout=2000)
    assert colour(tile, *FAULT_BAR) == bar
    qtbot.waitUntil(lambda: colour(tile, 2, 60) == QColor(ALARM).name(), timeout=2000)


def test_a_native_video_window_takes_the_pictures_place(tile: FeedTile) -> None:
    tile.show_frame(picture())
    assert tile.video_window() == int(tile.video_surface.winId())
    surface = tile.video_surface
    assert surface.testAttribute(Qt.WidgetAttribute.WA_NativeWindow)
    assert surface.geometry().contains(QPoint(*MIDDLE))
    assert surface.geometry().bottom() < tile.listen_button().top()  # the strip stays visible
    top = surface.geometry().top()
    tile.set_condition(FeedCondition.LOST)
    assert surface.geometry().top() > top  # below the fault bar
    tile.resize(640 + 2 * _BORDER, 480)
    assert surface.width() == 640


def test_a_tap_on_the_native_video_window_reaches_the_tile(qtbot, tile: FeedTile) -> None:
    tile.video_window()
    with qtbot.waitSignal(tile.tapped) as tapped:
        qtbot.mouseClick(tile.video_surface, Qt.MouseButton.LeftButton)
    assert tapped.args == ["m01"]
